"""Event dates: the date expressions in a text, resolved against the publication date.

`find_dates(text, published)` returns every expression it can resolve with its character span,
value ("YYYY-MM-DD", "YYYY-MM" or "YYYY") and precision (day | month | year). Relative
expressions ("on Tuesday", "last year", "earlier this month") need the publication date and are
skipped without one: a date is never invented. `event_date` picks the fallback.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<{0}>19[4-9]\d|20[0-4]\d)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b" + _YEAR.format("y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("day_month_year", r"\b" + _DAY.format("d") + r"\s+" + _MONTH.format("m") + r",?\s+" + _YEAR.format("y") + r"\b"),
    ("month_day_year", r"\b" + _MONTH.format("m") + r"\s+" + _DAY.format("d") + r",?\s+" + _YEAR.format("y") + r"\b"),
    ("day_month", r"\b" + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m") + r"(?![\w-])"),
    ("month_day", r"\b" + _MONTH.format("m") + r"\s+" + _DAY.format("d") + r"\b(?!,?\s*(?:19|20)\d\d)(?![\d:])"),
    ("month_year", r"\b(?:(?:(?i:early|mid|late|mid-))\s*)?" + _MONTH.format("m") + r",?\s+(?:of\s+)?" + _YEAR.format("y") + r"\b"),
    # "in July last year", "since March this year": a month of the year named relative to
    # publication (dates pass 1)
    ("month_rel_year", r"\b(?:(?i:in|since|during|until|till|by|from|early|late|mid|before|after)\s+)?(?:early\s+|late\s+|mid-)?" + _MONTH.format("m") + r"\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b"),
    ("rel_month", r"\b(?P<rel>(?i:last|this|next|earlier\s+this|later\s+this|early\s+this|late\s+last|earlier\s+last))\s+(?P<unit>month|year|week)\b"),
    # "that same month", "later that year", "the same day": the time the text last named
    # ("the same afternoon", "that night": a part of the day last named; dates pass 1)
    ("anaphor", r"\b(?i:that\s+same|the\s+same|that)\s+(?:(?P<unit>day|month|year)|(?P<part>morning|afternoon|evening|night))\b"),
    # "a day earlier", "two days later", "hours earlier", "the day before", "the next day": counted
    # from the day the text last named (pass 34)
    ("shift", r"\b(?:(?P<count>(?i:a|an|one|two|three|four|five|six|seven|\d))\s+(?P<unit>(?i:day|days|week|weeks))|(?P<hours>(?i:hours|minutes|moments)))\s+(?P<dir>(?i:earlier|later))\b"
              # "hit back within hours": the same day (not "within hours of the launch", which
              # names its own anchor; dates pass 1)
              r"|\b(?i:within\s+(?P<within>hours|minutes))\b(?!\s+of\b)"
              r"|\b(?i:the\s+(?P<prev>day|night)\s+before|the\s+(?P<next>next|following)\s+day)\b(?!\s+(?:the|a|an|his|her|its|their)\b)"),
    ("rel_day", r"\b(?P<word>(?i:yesterday|today|tomorrow))\b"),
    # bare too: agency style writes "North Korea said Thursday"
    ("weekday", r"\b(?:(?P<wrel>(?i:last|next|this\s+past|this|on|since|by|until|from))\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("prep_month", r"\b(?P<prep>(?i:in|since|during|until|till|by|from|last|this|next|early|late|mid|before|after|earlier\s+in|later\s+in))\s+(?:early\s+|late\s+|mid-)?" + _MONTH.format("m") + r"\b(?!\s+[0-3]?\d\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"),
    ("year", r"\b(?:(?:(?i:in|since|during|until|till|by|from|before|after|of|early|late|mid|mid-|the|their|its|his|her)|[A-Za-z]+'s|’s)\s+)(?:early\s+|late\s+|mid-)?" + _YEAR.format("y") + r"\b(?![-–]\d)"),
]
# Case-sensitive but for the small words (scoped (?i:...)): a global IGNORECASE makes the scan
# several times slower, and news writes month and weekday names capitalised.
_ALTERNATION = "|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})" for name, pattern in _PATTERNS)
# Every pattern opens at a word boundary followed by a word character or "’" ("Moscow’s 2014"):
# said once in front, the scan skips the word ends and the letters inside words without trying
# each pattern there (about 2.7 times faster over the development texts, the same matches).
_REGEX = re.compile(r"\b(?=[\w’])(?:" + _ALTERNATION + ")")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str
    precision: str  # day | month | year
    relative: bool  # resolved against the publication date


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _fmt(day: date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(kind: str, g: dict[str, str], published: date | None) -> tuple[date, str, bool] | None:
    """(a representative day, precision, relative?) for one matched expression."""
    def get(name: str) -> str | None:
        return g.get(f"{kind}_{name}")

    if kind in ("iso", "day_month_year", "month_day_year"):
        m = int(get("m")) if kind == "iso" else _month(get("m"))
        day = _safe_date(int(get("y")), m, int(get("d")))
        return (day, "day", False) if day else None
    if kind == "month_year":
        return date(int(get("y")), _month(get("m")), 1), "month", False
    if kind == "year":
        return date(int(get("y")), 1, 1), "year", False
    if published is None:
        return None
    if kind == "month_rel_year":
        rel = get("rel").lower()
        return date(published.year + {"last": -1, "this": 0, "next": 1}[rel], _month(get("m")), 1), "month", True
    if kind in ("day_month", "month_day"):
        day = _safe_date(published.year, _month(get("m")), int(get("d")))
        return (day, "day", True) if day else None
    if kind == "prep_month":
        m = _month(get("m"))
        prep = get("prep").lower()
        year = published.year
        if prep == "next" or (prep not in ("last",) and m > published.month and prep in ("until", "till", "by", "this", "later in")):
            year = published.year if m >= published.month else published.year + 1
        elif m > published.month:
            # "in September" in an article from March is last September
            year -= 1
        elif prep == "last" and m >= published.month:
            year -= 1
        return date(year, m, 1), "month", True
    if kind == "rel_month":
        rel = " ".join(get("rel").lower().split())
        unit = get("unit").lower()
        step = -1 if rel.endswith("last") or rel == "last" else (1 if rel == "next" else 0)
        if unit == "year":
            return date(published.year + step, 1, 1), "year", True
        if unit == "month":
            y, m = published.year, published.month + step
            if m < 1:
                y, m = y - 1, 12
            elif m > 12:
                y, m = y + 1, 1
            return date(y, m, 1), "month", True
        day = published + timedelta(days=7 * step)
        return day, "month", True  # a week is finer than a month but not a day
    if kind == "rel_day":
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[get("word").lower()]
        return published + timedelta(days=offset), "day", True
    if kind == "weekday":
        target = WEEKDAYS[get("wd").lower()]
        rel = (get("wrel") or "").lower()
        if rel == "next":
            delta = (target - published.weekday()) % 7 or 7
            return published + timedelta(days=delta), "day", True
        if rel == "last":
            # "last Thursday" is the Thursday of the week before publication's (a Friday paper's
            # "last Thursday" is eight days back, not yesterday; dates pass 1)
            monday = published - timedelta(days=published.weekday())
            return monday - timedelta(days=7 - target), "day", True
        # "on Tuesday" in news means the most recent Tuesday (the publication day included)
        delta = (published.weekday() - target) % 7
        return published - timedelta(days=delta), "day", True
    return None


_PRECISIONS = ("year", "month", "day")


def _anaphor(earlier: list[DateMention], unit: str, start: int, end: int) -> DateMention | None:
    """"That same month" is the month of the last date named before it, when that was at least
    as fine as a month; otherwise it is not resolved."""
    if not earlier or _PRECISIONS.index(earlier[-1].precision) < _PRECISIONS.index(unit):
        return None
    last = earlier[-1]
    value = last.value[: {"year": 4, "month": 7, "day": 10}[unit]]
    return DateMention(start, end, value, unit, last.relative)


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Every resolvable date expression in `text` (offsets shifted by `offset`)."""
    out: list[DateMention] = []
    for match in _REGEX.finditer(text):
        kind = match.lastgroup
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        if kind in ("anaphor", "shift"):
            # "the bloc's first sanctions since 1989. The same day, ...": a "since" date opens a
            # span and is no occasion a later "the same day" or "hours later" refers to (dates pass 1)
            points = [m for m in out if not text[m.start - offset:m.end - offset].lower().startswith("since")]
        if kind == "anaphor":
            unit = (groups.get("anaphor_unit") or "day").lower()
            if unit == "year" and out and out[-1].precision == "month" and out[-1].relative \
                    and text[out[-1].end - offset: match.start()].strip().lower() == "of":
                # "in June of that year": that month of the year last named before it
                month = out.pop()
                year = _anaphor([m for m in points if m is not month], "year", month.start, offset + match.end())
                if year is not None:
                    out.append(DateMention(month.start, offset + match.end(), year.value + month.value[4:], "month", year.relative))
                continue
            mention = _anaphor(points, unit, offset + match.start(), offset + match.end())
            if mention is not None:
                out.append(mention)
            continue
        if kind == "shift":
            if points and points[-1].precision == "day":
                moved = shifted(points[-1], _shift_days(groups))
                out.append(DateMention(offset + match.start(), offset + match.end(), moved.value, "day", points[-1].relative))
            continue
        resolved = _resolve(kind, groups, published) if kind else None
        if resolved is None:
            continue
        day, precision, relative = resolved
        out.append(DateMention(offset + match.start(), offset + match.end(), _fmt(day, precision), precision, relative))
    return out


def _shift_days(groups: dict[str, str]) -> int:
    """The days a matched "shift" expression counts ("a day earlier" -1, "the next day" +1)."""
    if groups.get("shift_hours") or groups.get("shift_within"):
        return 0
    if groups.get("shift_prev") or groups.get("shift_next"):
        return -1 if groups.get("shift_prev") else 1
    days = count_of(groups["shift_count"]) * (7 if groups["shift_unit"].lower().startswith("week") else 1)
    return -days if groups["shift_dir"].lower() == "earlier" else days


def shift_days(text: str) -> int | None:
    """The days a count from the day last named covers, when `text` is one ("The day before"
    -1, "a week earlier" -7, "hours later" 0), else None (dates pass 3)."""
    match = _REGEX.fullmatch(text.strip())
    if match is None or match.lastgroup != "shift":
        return None
    return _shift_days({k: v for k, v in match.groupdict().items() if v is not None})


# "a day after", "two days before": the counts news writes out in words
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


def count_of(word: str) -> int | None:
    """The number a count word or numeral stands for ("two", "3"), else None."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return COUNTS.get(word)


def shifted(anchor: DateMention, days: int) -> DateMention | None:
    """A day-precision mention `days` after `anchor` (before when negative), kept at the
    anchor's place in the text; None unless the anchor is a day."""
    if anchor.precision != "day":
        return None
    day = date.fromisoformat(anchor.value) + timedelta(days=days)
    return DateMention(anchor.start, anchor.end, day.isoformat(), "day", True)


def event_date(found: DateMention | None, published: date | None) -> tuple[str | None, str | None]:
    """(date, precision) for an event: the text's own date, else the publication date, else unknown."""
    if found is not None:
        return found.value, found.precision
    if published is not None:
        return published.isoformat(), "published"
    return None, None
