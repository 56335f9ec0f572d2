"""Stage: who "we" is in an official text (official-register pass, session 12).

A ministry statement, a communiqué, an embassy's comment or a briefing transcript speaks in the
first person for the body that issues it ("We categorically reject such assessments", "We call on
Russia to ...", "our ally"). Its heading names that body ("Statement by the North Atlantic
Council ...", "Embassy of the Russian Federation in ...", "Regular Briefing by the Spokesperson of
the Ministry of Unification"), or its first sentence does ("We, the Leaders of the Group of
Seven, met ..."). `_first_person` resolves "we", "us", "our" to, in order: the actors a verb of
saying above it reports for ("Peskov said we ..." is Peskov's), the actors set in apposition to it,
the issuing body, and otherwise no one (a news story's stray "we" stays unresolved, as before).
In a briefing transcript a "we" in a journalist's question ("Q: ...") is no state's.

A mixin of `_DocumentAnalysis` (document.py): `_find_issuer` runs once in its set-up and reads
`self.document`, `self.doc`, `self.cues` and `self.actors`; `_first_person` is called by
phrases.py (`_pronoun`) and uses relationships.py (`_reporter`) and phrases.py (`_np`).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..actors import Actor, Mention
from .context import ROLE_KINDS, _unique

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
# a heading is a line with no closing full stop, question or exclamation mark, and short
_HEADING_WORDS = 40
_SEGMENT_BREAK = re.compile(r"\s*(?::|;|\s-\s|\s–\s|\(|\))\s*")


class _Issuer:
    """The body that issues an official text, whom its "we" means (a mixin of _DocumentAnalysis)."""

    def _find_issuer(self) -> None:
        self._issuer: Actor | None = None
        self._question_spans: list[tuple[int, int]] = self._question_paragraphs()
        lines = self._heading_lines()
        if not lines or not any(self._names_issuing(line) for line in lines):
            return  # a news headline names no issuing body: a "we" in its story is left as it was
        from ..nlp import get_nlp
        nlp = get_nlp()
        for line in lines:
            parsed = nlp(line)
            mentions = [m for m in self.actors.find(parsed, self.published)
                        if m.actor.country and m.actor.kind in ROLE_KINDS]
            by = next((t.i for t in parsed if t.lower_ == "by"), None)
            if by is not None:
                # "Statement by the North Atlantic Council on recent Russian hybrid activities",
                # "Judgment of the Seoul court ... (Statement by Foreign Minister Motegi)": the one a
                # text is by issues it, not a state its subject names
                found = [m for m in mentions if m.start > by]
            else:
                # "Embassy of the People's Republic of China in the Republic of Korea: Spokesperson's
                # remarks ...", "The White House: Readout of ...": the body naming the heading's
                # first part (not "Press Release: ... Summons Japanese Ambassador", whose first part
                # names no one)
                first = _SEGMENT_BREAK.split(line, maxsplit=1)[0]
                found = [m for m in mentions if parsed[m.end - 1].idx < len(first)]
            if found:
                self._issuer = found[0].actor
                return

    def _heading_lines(self) -> list[str]:
        """The title and the heading lines the text opens with ("Embassy of the Russian Federation
        ...\\nComment by Ambassador ..."), which the reader may have kept in the text."""
        text = getattr(self.document, "text", "") or ""
        first = text.lstrip().split("\n\n", 1)[0]
        lines = [ln.strip() for ln in first.split("\n") if ln.strip()]
        heading = []
        for ln in lines:
            if ln[-1] in ".?!\"”'" or len(ln.split()) > _HEADING_WORDS:
                heading = []  # the opening paragraph is prose: no heading lines kept in the text
                break
            heading.append(ln)
        title = (getattr(self.document, "title", None) or "").strip()
        stem = title.rstrip("…").rstrip(".").strip()
        if title and not (heading and heading[0].startswith(stem)):
            heading.insert(0, title)
        return heading

    def _names_issuing(self, line: str) -> bool:
        low = " " + re.sub(r"[^\w']+", " ", line.lower()) + " "
        return any(f" {w} " in low or f" {w}'s " in low for w in self.cues.issuing_words)

    def _question_paragraphs(self) -> list[tuple[int, int]]:
        """Token spans of a briefing's questions: paragraphs opening with "Q:"."""
        spans: list[tuple[int, int]] = []
        opened: int | None = None
        for tok in self.doc:
            starts = tok.i == 0 or (self.doc[tok.i - 1].is_space and "\n" in self.doc[tok.i - 1].text)
            if not starts or tok.is_space:
                continue
            if opened is not None:
                spans.append((opened, tok.i))
                opened = None
            if tok.lower_ in self.cues.question_marks and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ":":
                opened = tok.i
        if opened is not None:
            spans.append((opened, len(self.doc)))
        return spans

    def _first_person(self, tok: Token) -> list[Mention]:
        """Whom "we", "us" or "our" at `tok` stands for."""
        if any(a <= tok.i < b for a, b in self._question_spans):
            return []  # "Q: Do we know ...": the journalist
        reported = [m for m in self._reporter(tok) if m.start != tok.i]
        if reported:
            # "Peskov said we would respond": the one whose words they are (a reporter no state
            # places speaks for no state here either)
            return _unique(m for m in reported if m.actor.country)
        named = [m for c in tok.children if c.dep_ == "appos" for m in self._np(c, False, 3).mentions if m.actor.country]
        if named:
            # "We, the Leaders of the Group of Seven, met ...": the text's "we" from here on
            if self._issuer is None:
                self._issuer = named[0].actor
            return _unique(named)
        if self._issuer is not None:
            # "We call on Russia to ...", "our ally" in the Ministry's statement: the Ministry's state
            return [Mention(tok.i, tok.i + 1, self._issuer, "issuer", tok.dep_)]
        return []
