"""Actor dictionary and resolution: who a stretch of text names.

Knowledge lives in data/actors.yaml (states with names, demonyms, capitals and seats of
government; organisations; people with dated offices; named and generic bodies). Resolution runs
two PhraseMatchers over a parsed doc (written forms case-sensitively; titles and generic bodies
case-insensitively), so its cost does not grow with the dictionary. Named entities the dictionary
does not know are kept as actors with country None rather than dropped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import yaml
from spacy.attrs import IS_TITLE, POS
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.language import Language

from .config import DATA_DIR

ACTORS_FILE = DATA_DIR / "actors.yaml"

#: spaCy entity labels kept as actors when the dictionary does not know the name.
UNKNOWN_KINDS = {"PERSON": "person", "ORG": "organisation", "NORP": "group", "GPE": "unknown"}
#: Dependency labels through which a noun's modifiers name who it belongs to.
QUALIFIER_DEPS = {"poss", "amod", "compound", "nmod", "npadvmod"}


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str  # country | organisation | person | agency | military | media | group | unknown
    country: str | None
    role: str | None = None


@dataclass(frozen=True)
class Mention:
    start: int  # token offsets in the doc, end exclusive
    end: int
    actor: Actor
    form: str  # "name" | "demonym" | "metonym" | "place" | "title" | "body" | "unknown"
    doc_dep: str = ""  # dependency label of the mention's last token (its head in the phrase)


@dataclass(frozen=True)
class Office:
    role: str
    titles: tuple[str, ...]
    start: date | None
    end: date | None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "actor"


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _forms(*groups: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for group in groups:
        out.extend(str(g) for g in group or ())
    return out


class ActorDictionary:
    """Everything data/actors.yaml knows, with matchers over a given vocab."""

    def __init__(self, data: dict[str, Any], nlp: Language):
        vocab = nlp.vocab
        self.actors: dict[str, Actor] = {}
        self.offices: dict[str, list[Office]] = {}
        # written form -> list of (actor id, form kind); case-sensitive
        self._names: dict[str, tuple[str, str]] = {}
        # lower-cased title -> list of (person id, office); generic body -> (slug, kind, role)
        self._titles: dict[str, list[tuple[str, Office]]] = {}
        self._bodies: dict[str, tuple[str, str, str]] = {}

        for code, entry in (data.get("countries") or {}).items():
            self.actors[code] = Actor(code, entry["name"], "country", code)
            self._add_name(entry["name"], code, "name")
            for alias in _forms(entry.get("aliases")):
                self._add_name(alias, code, "name")
            for demonym in _forms(entry.get("demonyms")):
                self._add_name(demonym, code, "demonym")
            for place in _forms(entry.get("capitals"), entry.get("seats")):
                self._add_name(place, code, "metonym")
            for place in _forms(entry.get("places")):
                # a city or region is the state only as a target ("shelled Kharkiv"), never as an actor
                self._add_name(place, code, "place")
        # "the alliance" after NATO was named: a common noun an organisation is referred back by
        # (countries too: "the North" after North Korea). A capitalised descriptor must be written so.
        self._descriptors: dict[str, str] = {}
        for code, entry in (data.get("countries") or {}).items():
            for word in entry.get("descriptors") or ():
                self._descriptors[str(word)] = code
        for code, entry in (data.get("organisations") or {}).items():
            for word in entry.get("descriptors") or ():
                self._descriptors[str(word)] = code
            self.actors[code] = Actor(code, entry["name"], "organisation", code)
            self._add_name(entry["name"], code, "name")
            self._add_name(code, code, "name")
            for alias in _forms(entry.get("aliases")):
                self._add_name(alias, code, "name")
        for pid, entry in (data.get("people") or {}).items():
            offices = [
                Office(o["role"], tuple(t.lower() for t in o.get("titles") or ()), _as_date(o.get("from")), _as_date(o.get("to")))
                for o in entry.get("offices") or ()
            ]
            self.offices[pid] = offices
            role = offices[0].role if offices else None
            self.actors[pid] = Actor(pid, entry["name"], "person", entry.get("country"), role)
            for form in [entry["name"], *_forms(entry.get("aliases"))]:
                self._add_name(form, pid, "name")
            for office in offices:
                for title in office.titles:
                    self._titles.setdefault(title, []).append((pid, office))
        for bid, entry in (data.get("bodies") or {}).items():
            self.actors[bid] = Actor(bid, entry["name"], entry.get("kind", "agency"), entry.get("country"), entry.get("role"))
            for form in [entry["name"], *_forms(entry.get("aliases"))]:
                self._add_name(form, bid, "name")
        # "China's commerce ministry": a body the dictionary does not list, named by a word any
        # state's institutions are named by, still acts for the state in front of it
        # "the government" after an official was named: his or her state's (see _speakers_government)
        self._own_bodies = frozenset(str(w).lower() for w in data.get("speakers_bodies") or ())
        self._state_body_heads = frozenset(str(w).lower() for w in data.get("state_body_heads") or ())
        # Word lists of data/actors.yaml (see its comments): an office held in a body named just
        # before it, a body or title found abroad as often as at home, an accord's head noun, and
        # a spokesman's words
        self._office_words = frozenset(str(w).lower() for w in data.get("office_words") or ())
        self._stationed = frozenset(str(w).lower() for w in data.get("stationed_bodies") or ())
        self._accord_heads = frozenset(str(w).lower() for w in data.get("accord_heads") or ())
        self._spokespeople = frozenset(str(w).lower() for w in data.get("spokespeople") or ())
        for body, entry in (data.get("qualified_bodies") or {}).items():
            for form in [body, *_forms(entry.get("aliases"))]:
                self._bodies.setdefault(form.lower(), (slug(body), entry.get("kind", "agency"), entry.get("role", body)))
        # Generic titles ("president", "foreign minister") qualify like bodies even for
        # countries whose office-holders the dictionary does not list.
        for title in list(self._titles):
            self._bodies.setdefault(title, (slug(title), "person", title))
        # Titles only one state's officials bear ("Chief Cabinet Secretary", "Assistant Secretary
        # of State") name that state when no other is written beside them.
        self._national_titles: dict[str, str] = {}
        for title, code in (data.get("national_titles") or {}).items():
            self._national_titles[str(title).lower()] = str(code)
            self._bodies.setdefault(str(title).lower(), (slug(str(title)), "person", str(title).lower()))

        self.name_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.title_matcher = PhraseMatcher(vocab, attr="LOWER")
        # Patterns go through the pipeline's own tokenizer so they split as the text does.
        self._name_keys: dict[int, str] = {}
        for form in self._names:
            self.name_matcher.add("NAME:" + form, [nlp.make_doc(form)])
            self._name_keys[vocab.strings["NAME:" + form]] = form
        self._body_keys: dict[int, str] = {}
        for form in self._bodies:
            self.title_matcher.add("BODY:" + form, [nlp.make_doc(form)])
            self._body_keys[vocab.strings["BODY:" + form]] = form

    def _add_name(self, form: str, actor_id: str, kind: str) -> None:
        form = form.strip()
        if not form:
            return
        # First definition wins: data order puts states before people and bodies.
        self._names.setdefault(form, (actor_id, kind))
        if form[0].islower():
            self._names.setdefault(form[0].upper() + form[1:], (actor_id, kind))

    # --- lookups -------------------------------------------------------------------------
    def lookup(self, form: str) -> Actor | None:
        hit = self._names.get(form)
        return self.actors[hit[0]] if hit else None

    def with_role(self, actor: Actor, on: date | None) -> Actor:
        """A person with the role they held on `on` (their latest role when no office fits)."""
        offices = self.offices.get(actor.id)
        if not offices or on is None:
            return actor
        for office in offices:
            if office.holds(on):
                return Actor(actor.id, actor.name, actor.kind, actor.country, office.role)
        return actor

    def holder(self, title: str, country: str, on: date | None) -> Actor | None:
        """Who held `title` for `country` on `on`."""
        if on is None:
            return None
        for pid, office in self._titles.get(title.lower(), ()):
            if self.actors[pid].country == country and office.holds(on):
                return Actor(pid, self.actors[pid].name, "person", country, office.role)
        return None

    # --- resolution ----------------------------------------------------------------------
    def find(self, doc: Doc, on: date | None, dateline: str | None = None) -> list[Mention]:
        """All actor mentions in `doc`, sorted, non-overlapping (longest first). `dateline` is the
        place a wire dateline names ("MOSCOW"), where an official named with no state is from
        when the sentence names none."""
        candidates: list[Mention] = []
        for key, start, end in self.name_matcher(doc):
            actor_id, form = self._names[self._name_keys[key]]
            actor = self.with_role(self.actors[actor_id], on)
            candidates.append(Mention(start, end, actor, form))
        # A one-word name inside a longer personal name the tagger found ("Kim" in "Kim Hong-kyun")
        # is someone else who shares it, not the person the dictionary knows by that word.
        candidates = [m for m in candidates if not _inside_longer_name(doc, m)]
        candidates = [m for m in candidates if not _tail_of_longer_name(doc, m, candidates)]
        candidates = [m for m in candidates if not _head_of_longer_place(doc, m)]
        named = _longest(candidates)
        taken = _covered(named)

        bodies: list[Mention] = []
        loose: list[tuple[int, int, str]] = []
        named_by_token = _by_token(named)  # for _seat, built once: `named` does not change below
        for key, start, end in _longest_spans(self.title_matcher(doc)):
            form = self._body_keys[key]
            if any(i in taken for i in range(start, end)) and self._names.get(doc[start:end].text) is None:
                continue
            qualifier = _qualifier(doc, start, end, named)
            body_slug, kind, role = self._bodies[form]
            if (qualifier is None or qualifier.actor.country is None) and form in self._national_titles:
                code = self._national_titles[form]
                qualifier = Mention(start, end, self.actors.get(code, Actor(code, code, "country", code)), "name")
            if (qualifier is None or qualifier.actor.country is None) and form.lower() not in self._stationed \
                    and self._bodies[form][1] != "military":
                # (not troops: "troops in Ukraine" are as often another's)
                qualifier = _seat(doc, start, end, named_by_token)
            if qualifier is None or qualifier.actor.country is None:
                # "ambassador Anatoly Antonov": a title with no state, kept to tell who a name
                # the dictionary does not know right after it is
                loose.append((start, end, form))
                continue
            code = qualifier.actor.country
            actor = self.holder(form, code, on) if kind == "person" else None
            if actor is None:
                actor = Actor(f"{code.lower()}-{body_slug}", f"{self.actors[code].name if code in self.actors else code} {role}",
                              kind, code, role)
            # The mention spans the qualifier too, so "Russia's foreign ministry" is one actor.
            bodies.append(Mention(min(start, qualifier.start), end, actor, "title" if kind == "person" else "body"))
        mentions = _longest([*named, *bodies])
        # A title directly before a name ("Russian President Vladimir Putin") is the same person.
        mentions = _merge_titles(mentions)
        # An organisation named after a place or people ("the Helsinki Policy Forum", "Russian
        # Orthodox Church") is its own actor, not the state its capital or demonym names.
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            inside = [m for m in mentions if ent.start <= m.start and m.end <= ent.end]
            if inside and all(m.form in ("metonym", "demonym") for m in inside) and sum(m.end - m.start for m in inside) < len(_trim(ent) or ()):
                mentions = [m for m in mentions if m not in inside]
        mentions.extend(_short_names(doc, mentions))
        taken = _covered(mentions)

        for ent in doc.ents:
            kind = UNKNOWN_KINDS.get(ent.label_)
            if kind is None or any(i in taken for i in range(ent.start, ent.end)):
                continue
            span = _trim(ent)
            if span is None:
                continue
            if kind == "organisation" and span[-1].lower_ in self._accord_heads:
                continue  # "the U.S.-Philippines Mutual Defense Treaty" is a document, no actor (pass seventeen)
            actor = Actor(slug(span.text), span.text, kind, None)
            # "Japanese Prime Minister Ryutaro Hashimoto": a name the dictionary does not know
            # still acts for the state its title names
            title = next((m for m in mentions if m.end == span.start and m.form == "title"), None)
            if title is not None and kind == "person":
                mentions.remove(title)
                mentions.append(Mention(title.start, span.end, Actor(actor.id, actor.name, "person", title.actor.country,
                                                                     title.actor.role), "name"))
                continue
            if kind == "person":
                official = self._official(doc, span, mentions, loose, dateline)
                if official is not None:
                    mentions.append(official)
                    continue
            if kind == "organisation" and span[-1].lower_ in self._state_body_heads:
                qualifier = _qualifier(doc, span.start, span.end, mentions)
                if qualifier is not None and qualifier.actor.kind == "country":
                    code = qualifier.actor.country
                    adjacent = span.start - 1 <= qualifier.end <= span.start
                    if adjacent:
                        mentions.remove(qualifier)  # one actor, as "Russia's foreign ministry" is
                    mentions.append(Mention(qualifier.start if adjacent else span.start, span.end,
                                            Actor(f"{code.lower()}-{slug(span.text)}", span.text, "agency", code,
                                                  span.text.lower()), "body"))
                    continue
            mentions.append(Mention(span.start, span.end, actor, "unknown"))
        mentions.extend(self._described(doc, mentions))
        mentions.sort(key=lambda m: m.start)
        mentions = _named_again(mentions)
        # (and a surname standing alone after a person placed only now: "U.S. Treasury Secretary
        # Janet Yellen ... Yellen arrives in Beijing"; pass eighteen)
        mentions.extend(_short_names(doc, mentions))
        mentions.extend(self._speakers_government(doc, mentions, loose))
        mentions.extend(self._title_again(doc, mentions, loose))
        mentions.extend(_bodys_spokesman(doc, mentions, self._spokespeople))
        mentions.sort(key=lambda m: m.start)
        return [replace(m, doc_dep=doc[m.end - 1].dep_) for m in mentions]

    def _official(self, doc: Doc, span: Span, mentions: list[Mention], loose: list[tuple[int, int, str]],
                  dateline: str | None) -> Mention | None:
        """A person the dictionary does not know, introduced as some state's official: set off
        after a title or body that has its state ("Japan's ambassador, Kazuyuki Yamazaki"), or
        right after a title with none ("Prime Minister Ulf Kristersson"), then of the first state
        or state body the sentence names before it, else of the dateline's state."""
        actor = Actor(slug(span.text), span.text, "person", None)
        root = span.root
        if root.dep_ == "appos" and span.start > 0 and doc[span.start - 1].text == ",":
            for m in mentions:
                if (m.form in ("title", "body") and m.actor.country and m.start <= root.head.i < m.end
                        and m.actor.kind in ("person", "agency")):
                    return Mention(span.start, span.end, replace(actor, country=m.actor.country, role=m.actor.role), "name")
        for m in mentions:
            # "U.S. Treasury Secretary Janet Yellen", "Pentagon spokesman John Doe": an office word
            # right after a state body, before the name, makes its holder that body's (pass eighteen)
            between = doc[m.end:span.start]
            # (one office word may be lower case, as wire copy writes it after a body it does not
            # capitalise: "Iran's foreign ministry spokesman Nasser Kanaani"; pass twenty)
            if m.actor.country and m.actor.kind in ("agency", "military") and 1 <= len(between) <= 2 \
                    and between[-1].lower_ in self._office_words and (all(t.is_title for t in between) or len(between) == 1):
                return Mention(span.start, span.end, replace(actor, country=m.actor.country, role=between.text.lower()), "name")
        for m in mentions:
            # "U.S. House of Representatives Speaker Nancy Pelosi", "South Korean National Assembly
            # Speaker Kim": a state, then the capitalised name of one of its bodies ending in an
            # office word, right before a name (pass nineteen)
            between = doc[m.end:span.start]
            if m.actor.kind == "country" and m.actor.country and 2 <= len(between) <= 5 and between[0].is_title \
                    and between[-1].lower_ in self._office_words and all(t.is_title or t.lower_ in ("of", "for") for t in between):
                return Mention(span.start, span.end, replace(actor, country=m.actor.country, role=between[-1].lower_), "name")
            if m.actor.kind == "organisation" and m.actor.country is None and len(between) == 1 \
                    and between[0].lower_ in self._office_words and between[0].is_title and m.end - m.start >= 2:
                # (the tagger may take the state into the body's name: "South Korean National Assembly")
                for width in (2, 1):
                    state = self.lookup(doc[m.start:m.start + width].text)
                    if state is not None and state.kind == "country" and m.end - m.start > width:
                        return Mention(span.start, span.end, replace(actor, country=state.country,
                                                                     role=between[0].lower_), "name")
        for m in mentions:
            # "American basketball star Brittney Griner", "Russian arms dealer Viktor Bout": a
            # nationality and a plain description right before a name (pass eighteen)
            between = doc[m.end:span.start]
            if m.form == "demonym" and m.actor.kind == "country" and 1 <= len(between) <= 3 \
                    and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in between) and between[-1].pos_ == "NOUN":
                return Mention(span.start, span.end, replace(actor, country=m.actor.country), "name")
        title = next((t for t in loose if t[1] == span.start), None)
        if title is None:
            return None
        sentence = doc[title[0]].sent
        code = next((m.actor.country for m in sorted(mentions, key=lambda m: m.start)
                     if sentence.start <= m.start and m.end <= title[0] and m.actor.country
                     and m.actor.kind in ("country", "agency", "military") and m.form != "place"), None)
        if code is None and dateline:
            place = self.lookup(dateline.title())
            code = place.country if place is not None and place.kind == "country" else None
        if code is None:
            return None
        return Mention(title[0], span.end, replace(actor, country=code, role=title[2]), "name")

    def _title_again(self, doc: Doc, mentions: list[Mention], loose: list[tuple[int, int, str]]) -> list[Mention]:
        """"Russian envoy Vassily Nebenzia ... The envoy accused Washington": a bare "the <title>" is
        the one person named earlier in the document under that title (none when two were)."""
        out = []
        taken = _covered(mentions)
        for start, end, form in loose:
            if start == 0 or doc[start - 1].lower_ != "the" or start in taken or any(i in taken for i in range(start, end)):
                continue
            # (only the title's own words before it: "the prime minister", not "the Polish envoy")
            if any(c.i < start - 1 or (c.i > end - 1 and c.dep_ not in ("punct",)) or (c.i >= start and c.dep_ not in
                   ("compound", "amod")) for c in doc[end - 1].children if c.i != start - 1):
                continue
            # (the title may stand just before the name: "Russian envoy Vassily Nebenzia")
            people = {m.actor.id: m.actor for m in mentions if m.end <= start and m.actor.kind == "person" and m.actor.country
                      and form in doc[max(0, m.start - 3):m.end].text.lower()}
            if len(people) == 1:
                out.append(Mention(start - 1, end, next(iter(people.values())), "title"))
        return out

    def _speakers_government(self, doc: Doc, mentions: list[Mention], loose: list[tuple[int, int, str]]) -> list[Mention]:
        """"Chang Ho-jin said the government condemned ...": a bare "the government" (no state of
        its own) after one state's official in the same sentence is that official's government."""
        out = []
        taken = _covered(mentions)
        for start, end, form in loose:
            if form not in self._own_bodies or start == 0 or doc[start - 1].lower_ != "the" or start in taken:
                continue
            if any(c.dep_ not in ("det", "punct") for c in doc[end - 1].children):
                continue
            sentence = doc[start].sent
            official = next((m for m in reversed(mentions) if sentence.start <= m.start and m.end <= start - 1
                             and m.actor.kind == "person" and m.actor.country), None)
            if official is None:
                continue
            body_slug, kind, role = self._bodies[form]
            code = official.actor.country
            name = self.actors[code].name if code in self.actors else code
            out.append(Mention(start - 1, end, Actor(f"{code.lower()}-{body_slug}", f"{name} {role}", kind, code, role), "body"))
        return out

    def _described(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Beijing urged the alliance to stop..." after NATO was named: a bare "the <descriptor>"
        (no modifier or clause of its own, which would make it some other alliance) refers back to
        the organisation it describes, if that was named earlier in the document."""
        if not self._descriptors:
            return []
        first_named = {}
        for m in mentions:
            first_named.setdefault(m.actor.id, m.start)
            # "North Korea's military cooperation" (named as its military) names North Korea too
            if m.actor.country:
                first_named.setdefault(m.actor.country, m.start)
        taken = _covered(mentions)
        out = []
        for tok in doc:
            code = self._descriptors.get(tok.text) or self._descriptors.get(tok.lower_)
            if code is None or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
                continue
            if first_named.get(code, tok.i) >= tok.i:
                continue
            if any(c.dep_ not in ("det", "punct", "case") and not _aside(doc, tok, c) for c in tok.children):
                continue
            out.append(Mention(tok.i - 1, tok.i + 1, self.actors[code], "metonym"))
        return out


def _aside(doc: Doc, tok: Token, child: Token) -> bool:
    """A dependent that says nothing of which one `tok` is: a relative clause set off by a comma
    ("the alliance, which Moscow calls hostile") or a preposition the parser hangs on the noun with
    no object, only a gerund ("accused the alliance of trying to expand"; reference pass)."""
    if child.dep_ == "relcl":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," and child.i > tok.i
    return child.dep_ == "prep" and child.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children) \
        and not any(c.dep_ == "pobj" for c in child.children)


def _short_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Wang is expected to ..." after "Wang Yi" was named: one word of a known person's full name,
    standing alone, refers back to the one person named earlier in the document with that word
    (none when two earlier people share it, or when it is part of a longer name)."""
    taken = _covered(mentions)
    earlier = [(m.start, m.actor) for m in mentions
               if m.actor.kind == "person" and m.actor.country is not None and len(m.actor.name.split()) > 1]
    out: list[Mention] = []
    if not earlier:
        return out
    # the capitalised proper nouns from one array of part-of-speech ids, not a Token per word
    pos, title = doc.to_array([POS, IS_TITLE]).T
    propn = pos == PROPN
    for i in np.flatnonzero(propn & (title == 1)).tolist():
        if i in taken:
            continue
        if (i > 0 and propn[i - 1]) or (i + 1 < len(doc) and propn[i + 1]):
            continue
        tok = doc[i]
        people = {actor.id: actor for start, actor in earlier if start < tok.i and tok.text in actor.name.split()}
        if len(people) == 1:
            out.append(Mention(tok.i, tok.i + 1, next(iter(people.values())), "name"))
    return out


def _named_again(mentions: list[Mention]) -> list[Mention]:
    """"Antonov accused ..." after "ambassador Anatoly Antonov": a name the dictionary does not
    know, all of whose words belong to one person named earlier with a state, is that person."""
    out: list[Mention] = []
    for m in mentions:
        if m.form == "unknown" and m.actor.kind == "person":
            words = set(m.actor.name.split())
            people = {p.actor.id: p.actor for p in out
                      if p.actor.kind == "person" and p.actor.country and words <= set(p.actor.name.split())}
            if len(people) == 1:
                m = replace(m, actor=next(iter(people.values())), form="name")
        out.append(m)
    return out


def _head_of_longer_place(doc: Doc, mention: Mention) -> bool:
    """"the West" in "the West Bank" or "the West Sea": a group's name that a capitalised word of
    the same place name goes on from is no mention of the group (pass 29)."""
    if mention.actor.kind != "group" or mention.end >= len(doc):
        return False
    after = doc[mention.end]
    return after.text[:1].isupper() and after.pos_ == "PROPN" and after.ent_iob_ == "I" \
        and after.ent_type_ in ("LOC", "GPE", "FAC")


def _inside_longer_name(doc: Doc, mention: Mention) -> bool:
    if mention.actor.kind != "person" or mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    after = doc[mention.end]
    return (doc[mention.start].ent_type_ == "PERSON" and after.ent_type_ == "PERSON" and after.ent_iob_ == "I"
            and after.text[:1].isupper())


def _bodys_spokesman(doc: Doc, mentions: list[Mention], spokespeople: frozenset[str]) -> list[Mention]:
    """"China's Eastern Theatre Command said ... A spokesman accused Washington": a bare "a/the
    spokesman" opening a sentence that names no actor before it speaks for the state body whose
    statement the sentence before opened with (pass twenty)."""
    out = []
    taken = _covered(mentions)
    sents = list(doc.sents)
    for n, sent in enumerate(sents[1:], 1):
        words = [t for t in sent if not t.is_space and not t.is_punct]
        if len(words) < 3 or words[1].lower_ not in spokespeople or words[0].lower_ not in ("a", "the"):
            continue
        spokesman = words[1]
        if spokesman.i in taken or spokesman.dep_ != "nsubj" or any(c.dep_ not in ("det", "punct") for c in spokesman.children):
            continue
        before = sents[n - 1]
        first = next((m for m in mentions if before.start <= m.start < before.end), None)
        if first is None or first.actor.kind not in ("agency", "military") or not first.actor.country:
            continue
        code = first.actor.country
        role = f"{first.actor.role or first.actor.name} {spokesman.lower_}"
        out.append(Mention(words[0].i, spokesman.i + 1, Actor(f"{code.lower()}-{slug(role)}", role, "person", code, role), "title"))
    return out


def _tail_of_longer_name(doc: Doc, mention: Mention, candidates: list[Mention]) -> bool:
    """A body's name of several words that ends a longer capitalised name the dictionary does not
    know is that other body's ("the Kurdistan Workers' Party" is not North Korea's Workers' Party;
    pass twenty). Only a proper noun the parser joins to the name counts, and not a state or a
    name known itself ("Japan Coast Guard", "Russian Pacific Fleet")."""
    if mention.actor.kind in ("person", "country") or mention.end - mention.start < 2 or mention.start == 0:
        return False
    before = doc[mention.start - 1]
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.dep_ == "compound"
            and mention.start <= before.head.i < mention.end and before.ent_type_ not in ("GPE", "NORP")
            and not any(m.start <= before.i < m.end for m in candidates))


def _longest(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    used: set[int] = set()
    for m in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if not any(i in used for i in range(m.start, m.end)):
            out.append(m)
            used.update(range(m.start, m.end))
    out.sort(key=lambda m: m.start)
    return out


def _longest_spans(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out, used = [], set()
    for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(i in used for i in range(start, end)):
            out.append((key, start, end))
            used.update(range(start, end))
    return sorted(out, key=lambda m: m[1])


def _covered(mentions: Iterable[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _by_token(mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    return {i: m for m in mentions for i in range(m.start, m.end)}


def _seat(doc: Doc, start: int, end: int, by_token: dict[int, Mention]) -> Mention | None:
    """The state whose capital or name a body or title with no state of its own is "in": "officials
    in Kyiv said", or a sentence opening "In Beijing, a foreign ministry spokesperson said" (pass
    seventeen). Regions and cities other than capitals say nothing. `by_token` maps token index to
    the named mention covering it (built once per document by the caller)."""

    def state(tok: Token) -> Mention | None:
        m = by_token.get(tok.i)
        return m if m is not None and m.actor.kind == "country" and m.form in ("name", "metonym") else None

    for child in doc[end - 1].children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ == "pobj" and state(obj) is not None:
                    return state(obj)
    sent = doc[start].sent
    words = [t for t in sent if not t.is_space]
    # (only the subject of the sentence's own verb: "In Moscow, Peskov said Russia would take
    # military-technical countermeasures" places no body the reported clause names)
    head = doc[end - 1]
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # ("a foreign ministry spokesperson")
    if len(words) > 3 and words[0].lower_ == "in" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i == sent.root.i:
        m = state(words[1])
        if m is not None and m.end < len(doc) and doc[m.end].text == "," and m.end <= start:
            return m
    return None


def _qualifier(doc: Doc, start: int, end: int, named: list[Mention]) -> Mention | None:
    """The state or organisation a generic body/title belongs to: a name, demonym or capital
    right before it ("Russian", "Russia's", "the US"), among its modifiers, or after "of"."""
    by_token = {i: m for m in named for i in range(m.start, m.end)}
    head = doc[end - 1]
    # adjacent: "Russian troops", "Russia's foreign ministry", "the NATO chief"
    j = start - 1
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j >= 0 and j in by_token and by_token[j].actor.kind in ("country", "organisation"):
        return by_token[j]
    for child in head.children:
        if child.dep_ in QUALIFIER_DEPS and child.i < start:
            m = by_token.get(child.i)
            if m is not None and m.actor.kind in ("country", "organisation"):
                return m
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                m = by_token.get(obj.i)
                if obj.dep_ == "pobj" and m is not None and m.actor.kind in ("country", "organisation"):
                    return m
    return None


def _merge_titles(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.form == "title" and m.actor.kind == "person" and prev.end == m.start):
            out[-1] = Mention(prev.start, m.end, m.actor, "name")
            continue
        out.append(m)
    return out


def _trim(ent: Span) -> Span | None:
    """An entity without a leading determiner or trailing possessive; None if nothing is left."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    # the tagger sometimes takes in a sentence's closing stop ("Kyiv." as an ORG)
    while end > start and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].is_punct):
        end -= 1
    if end <= start or not any(t.is_alpha for t in ent.doc[start:end]):
        return None
    return ent.doc[start:end]


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


_dictionaries: dict[tuple[int, Path], ActorDictionary] = {}


def dictionary(nlp: Language, path: Path = ACTORS_FILE) -> ActorDictionary:
    """The dictionary for a pipeline, built once per process."""
    key = (id(nlp), path)
    found = _dictionaries.get(key)
    if found is None:
        found = _dictionaries[key] = ActorDictionary(_load(path), nlp)
    return found
