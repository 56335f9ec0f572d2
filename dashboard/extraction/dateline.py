"""Wire datelines ("SEOUL, Oct. 22 (Yonhap) -- "): the text as parsed (`_parse_text`, used when
tokenizing in extract.py) and the place a dateline names (`_dateline_place`, which tells
`actors.find` which state an official of unnamed state serves).
"""
from __future__ import annotations

import re


# A wire dateline ("SEOUL, Oct. 22 (Yonhap) -- ", "UNITED NATIONS - ") is not part of the first
# sentence: parsed with it, the capitalised place becomes the subject of the lead's verb.
_DATELINE = re.compile(r"\A(\s*)([A-Z][A-Z.'/ ]{0,40}[A-Z]{2}(?:,\s*[A-Z][a-z]{1,8}\.?(?:\s+\d{1,2})?)?"
                       r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--?|\u2014|\u2013)\s)(?=[A-Z])")


def _dateline_place(text: str) -> str | None:
    """The one place a leading wire dateline names ("MOSCOW, Nov 3 (Reuters) - " -> "MOSCOW"); None
    without a dateline or when it names two ("KYIV/MOSCOW")."""
    match = _DATELINE.match(text)
    if not match:
        return None
    place = re.split(r"[,(]|\s-|\s\u2014|\s\u2013", match.group(2))[0].strip()
    return place if place and "/" not in place else None


def _parse_text(text: str) -> str:
    """The text as parsed: a leading dateline replaced by a sentence of its own of the same length
    (a full stop, spaces, a line break), so every offset is unchanged. Blank spaces alone would be a
    token that the parser attaches to the lead, upsetting its parse."""
    match = _DATELINE.match(text)
    if not match:
        return text
    filler = "." + " " * (match.end(2) - match.start(2) - 2) + "\n"
    return text[:match.start(2)] + filler + text[match.end(2):]
