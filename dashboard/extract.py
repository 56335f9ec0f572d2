"""Extraction: a Document -> its actors, events (source -> action -> target, status, date) and
standing relationships, each with the sentence it came from.

Pipeline per document: spaCy parse (nlp.py) -> actor mentions (actors.py, PhraseMatcher-based)
-> per sentence: event triggers by lemma (cues.py), roles from the dependency parse, status from
modality/negation/conditionals, date (dates.py) -> relationships from relational nouns. A small
discourse context resolves "it", "their", "both leaders", "the two countries" across sentences.
All knowledge is in data/*.yaml; this module only walks the parse.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import combinations, permutations
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from . import __version__
from .actors import ActorDictionary, Mention, dictionary
from .config import DATA_DIR
from .cues import SYMMETRIC_EVENTS, SYMMETRIC_RELATIONSHIPS, EventCue, Knowledge, Reading, knowledge
from .dates import DateMention, count_of, event_date, find_dates, shifted
from .nlp import get_nlp
from .scope import event_types


def _version() -> str:
    """Changes whenever extraction code or its knowledge files change."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    sources = [here / name for name in ("extract.py", "actors.py", "dates.py", "cues.py", "nlp.py")]
    knowledge_files = [DATA_DIR / name for name in ("actors.yaml", "event_cues.yaml", "relationship_cues.yaml", "verb_lexicon.yaml",
                                                    "event_types.csv")]
    for path in [*sources, *knowledge_files]:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return f"{__version__}+{h.hexdigest()[:10]}"


EXTRACTOR_VERSION: str = _version()

PERSONAL = {"he", "him", "his", "she", "her"}
SINGULAR = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "themselves"}
RELATIVE = {"which", "that", "who", "whom", "whose"}
GROUP_NOUNS = {"leader", "country", "nation", "side", "state", "government", "party", "neighbour", "neighbor", "ally", "capital", "member",
               "navy", "army"}
SINGLE_NOUNS = {"country", "nation", "state", "regime", "government"}
OBJECT_CONTROL = {"urge", "ask", "warn", "press", "force", "help", "allow", "persuade", "encourage", "call", "push", "appeal",
                  # "prompting Beijing to lodge a complaint": what provokes someone to act
                  "prompt", "spur", "compel", "oblige", "order", "cause", "lead",
                  "tell", "invite", "accuse", "prevent", "stop", "bar", "ban", "deter", "pressure", "enable",
                  # "condemned North Korea for providing ...": the one condemned provides
                  "condemn", "blame", "criticise", "criticize", "denounce", "praise", "thank", "commend",
                  "punish", "sanction", "fault", "congratulate"}
#: Verbs that say whether an event noun happens ("if such a deal transpires", "the summit will
#: take place"); other verbs with the noun as subject say something else about it.
OCCURRENCE_VERBS = {"be", "happen", "occur", "take", "begin", "start", "continue", "go", "proceed", "transpire",
                    "materialise", "materialize", "come", "resume", "end", "break"}
PREP_CONTROL = {"call": ("on", "upon"), "appeal": ("to",)}  # the one asked to act is a prepositional object
SMALL_CLAUSE_VERBS = {"help", "assist", "let", "make", "enable"}
POSSESSION_VERBS = {"have", "possess", "own", "develop", "build", "operate", "maintain", "boast"}
THEME_CLASSES = {"arms", "munitions", "technology", "troops", "aid", "missile", "satellite", "nuclear"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
FALLBACK_STRICT = {"CONSULT", "COOPERATE", "AGREE", "AID", "REQUEST"}
ROLE_KINDS = {"country", "organisation", "person", "agency", "military", "media", "group"}
#: Verbal reactions whose target, when no actor is named, is whoever did what they react to
#: ("Japan condemned the launch" -> the launcher).
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT", "THREATEN", "REQUEST"}
# joining a body ("became NATO's 32nd member", "joined NATO"): an agreement with it
_ACCESSION = EventCue("accession", "verb", "AGREE", "accession")
_REFUSAL_PLEDGE = EventCue("refusal pledge", "verb", "REJECT", "refusal pledge", no_target=True)
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}
COUNT_WORDS = {"both", "two", "three", "four", "all"}
OTHERNESS = {"other", "another", "neighbouring", "neighboring", "third", "foreign", "different", "host"}


# --------------------------------------------------------------------------------------------
# discourse context: who "it", "they", "both leaders" refer to
@dataclass
class Context:
    groups: list[tuple[str, list[Mention]]] = field(default_factory=list)  # ("coordinated" | "sentence", actors)
    last_group: list[Mention] = field(default_factory=list)
    last_single: Mention | None = None
    last_person: Mention | None = None
    last_speaker: Mention | None = None  # the latest person who was a clause's subject
    last_subject_state: Mention | None = None  # the latest state that was a clause's subject

    def note(self, mentions: list[Mention], groups: list[list[Mention]]) -> None:
        if groups:
            self.last_group = groups[-1]
        elif len({m.actor.id for m in mentions}) >= 2 and not self.last_group:
            self.last_group = _unique(mentions)
        # counted references ("the three") may also mean everyone a sentence named
        everyone = _unique_countries(mentions)
        if len(everyone) >= 2:
            self.groups.append(("sentence", everyone))
        self.groups.extend(("coordinated", g) for g in groups)
        if mentions:
            states = [m for m in mentions if m.actor.kind in ("country", "organisation")] or mentions
            self.last_single = states[0]
            people = [m for m in mentions if m.actor.kind == "person"]
            if people:
                self.last_person = people[0]
            subjects = [m for m in people if m.doc_dep in ("nsubj", "nsubjpass")]
            if subjects:
                self.last_speaker = subjects[-1]
            acting = [m for m in mentions if m.actor.kind == "country" and m.doc_dep in ("nsubj", "nsubjpass")]
            if acting:
                self.last_subject_state = acting[-1]


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            out.append(m)
    return out


@dataclass
class Found:
    """Actors filling a role, and how sure the way they were found is."""
    mentions: list[Mention]
    how: float


# --------------------------------------------------------------------------------------------
class _DocumentAnalysis:
    """Everything extracted from one parsed document."""

    def __init__(self, document: Any, parsed: Doc, actors: ActorDictionary, cues: Knowledge):
        self.document = document
        self.doc = parsed
        self.cues = cues
        self.actors = actors
        self.published: date | None = getattr(document, "published", None)
        self.mentions = actors.find(parsed, self.published, _dateline_place(getattr(document, "text", "") or ""))
        self.by_token: dict[int, Mention] = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.dates = find_dates(parsed.text, self.published)
        self.date_tokens: dict[int, DateMention] = {}
        for d in self.dates:
            span = parsed.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                # the last token carries the expression's attachment ("in 2019" -> 2019); not a
                # full stop the month pattern took for an abbreviation's ("on 28 March.")
                last = span[-1]
                while last.is_punct and last.i > span.start:
                    last = parsed[last.i - 1]
                self.date_tokens[last.i] = d
        # Candidate tokens from one pass over the lemma ids (set look-ups, no Token objects):
        # only these are looked at as cues, so the rule layer's cost follows the cue words.
        lemma_ids, lower_ids, self._idx, self._len = parsed.to_array([LEMMA, LOWER, IDX, LENGTH]).T
        lemma_set, lower_set = _cue_hashes(parsed.vocab, cues)
        self._candidates: list[int] = [i for i, (lemma, lower) in enumerate(zip(lemma_ids.tolist(), lower_ids.tolist()))
                                       if lemma in lemma_set or lower in lower_set]
        self._mention_starts = [m.start for m in self.mentions]
        self.context = Context()
        self.events: list[dict[str, Any]] = []
        self.relationships: list[dict[str, Any]] = []
        self._seen_events: set[tuple[Any, ...]] = set()
        self._seen_rels: set[tuple[Any, ...]] = set()
        self._sentence_mentions: list[Mention] = []
        self._frame_subject: list[Mention] = []  # the viewer in "X sees Y as its Z"
        # who made claims a denial may answer, latest last (a denial's own sentence may report
        # the denier's words after the claim it answers: "denied any role, saying ...")
        self._claimants_seen: list[list[Mention]] = []
        # who drafted the motion last named ("a resolution, drafted by the United States and Japan")
        self._motion_makers: list[list[Mention]] = []
        # the body whose membership the text last spoke of ("applied for membership" is to join it)
        self._membership_body: Mention | None = None
        # appeals made so far (askers, asked), which a refusal by one asked answers
        self._appeals: list[tuple[list[Mention], list[Mention]]] = []
        self._sentence_accusers: list[Token] = []  # accusing verbs of the current sentence
        # who took part in each trigger's event (emitted or not), and the latest event per
        # noun and per type, so "the launch" or "condemned the visit" can find them
        self._parts: dict[int, tuple[list[Mention], list[Mention], str]] = {}
        # every act with doers, in the order made (a trigger read twice keeps both readings)
        self._acts: list[tuple[int, list[Mention], str]] = []
        # "to" phrases the parser hung on a verb that a transfer noun below it has taken back
        self._claimed_preps: set[int] = set()
        self._recent_noun: dict[str, tuple[list[Mention], list[Mention], str]] = {}
        self._recent_type: dict[str, tuple[list[Mention], list[Mention], str]] = {}
        self._described_by: dict[str, Mention] = {}  # noun lemma -> the actor that last modified it
        self._recent_mode: dict[str, tuple[list[Mention], list[Mention], str]] = {}
        self._recent_at: dict[tuple[str, str], int] = {}
        # the day the previous sentence's main act is dated, which "the two leaders then signed..."
        # continues (see _scene_continued)
        self._scene_before: DateMention | None = None
        self._scene_date: DateMention | None = None
        self._background = False  # ("noun"|"mode", key) -> its latest trigger

    # ---------------------------------------------------------------- run
    def run(self) -> dict[str, Any]:
        for sent in self.doc.sents:
            lo, hi = bisect_left(self._mention_starts, sent.start), bisect_left(self._mention_starts, sent.end)
            self._sentence_mentions = self.mentions[lo:hi]
            lo, hi = bisect_left(self._candidates, sent.start), bisect_left(self._candidates, sent.end)
            # a sentence in the past perfect is background: the scene's day carries over it
            if self._scene_date is not None or not self._background:
                self._scene_before = self._scene_date
            self._scene_date, self._background = None, _pluperfect(sent.root)
            self._sentence(sent, [self.doc[i] for i in self._candidates[lo:hi]])
            for m in self._sentence_mentions:
                # "a Chinese foreign ministry spokesperson": "the spokesperson" later is the same
                last = self.doc[m.end - 1]
                if last.dep_ in ("compound", "amod", "poss") and last.head.pos_ == "NOUN" and m.actor.country:
                    self._described_by[last.head.lemma_.lower()] = m
            actors = [m for m in self._sentence_mentions if m.actor.kind in ROLE_KINDS]
            # "Russia's envoy, Vassily Nebenzia, argued ...": a name in apposition to the subject
            # is the subject, the one "he" next refers to
            actors = [replace(m, doc_dep=self.doc[m.end - 1].head.dep_)
                      if m.doc_dep == "appos" and self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass") else m
                      for m in actors]
            self.context.note(actors, self._groups(actors))
        return {
            "document": _document_json(self.document),
            "actors": self._actors_json(),
            "events": self.events,
            "relationships": self.relationships,
        }

    def _groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        """Coordinated actors ("Putin and Kim", "between Russia and North Korea"), which
        "the two leaders" and "they" refer back to."""
        groups = []
        for m in mentions:
            head = self.doc[m.end - 1]
            if head.dep_ == "conj":
                continue
            members = [m] + [self.by_token[c.i] for c in head.conjuncts if c.i in self.by_token and c.i > head.i]
            members = _unique(x for x in members if x.actor.kind in ROLE_KINDS)
            if len(members) >= 2:
                groups.append(members)
        return groups

    def _actors_json(self) -> list[dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for m in self.mentions:
            a = m.actor
            entry = out.setdefault(a.id, {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                                          "role": a.role, "mentions": []})
            entry["mentions"].append([int(self._idx[m.start]), int(self._idx[m.end - 1] + self._len[m.end - 1])])
        return list(out.values())

    def _sentence(self, sent: Span, candidates: list[Token]) -> None:
        light_nouns: dict[int, list[Token]] = {}  # event noun -> the light verbs that govern it
        triggers: list[tuple[Token, EventCue]] = []
        fallbacks: list[tuple[Token, EventCue]] = []
        for tok in candidates:
            cue = self._cue(tok)
            if cue is not None:
                triggers.append((tok, cue))
            elif (lexical := self._fallback_cue(tok)) is not None:
                fallbacks.append((tok, lexical))
        for tok, cue in triggers:
            if cue.pos == "verb" and cue.light:
                for obj in self._objects(tok):
                    noun_cue = self._cue(obj)
                    # "support Russia's war": an event someone else owns is what the verb is
                    # about, not an act the verb's subject performs
                    if noun_cue is not None and noun_cue.pos == "noun" and not self._owned(obj) \
                            and not self._others_event(obj, noun_cue, tok):
                        light_nouns.setdefault(obj.i, []).append(tok)
        attribution = self._according_to(candidates)
        self._sentence_accusers = [tok for tok, cue in triggers if cue.pos == "verb" and cue.type == "ACCUSE"]
        # nouns first, then verbs from the most deeply embedded up, so a reaction
        # ("warned that any deal would...") sees the events it reacts to
        nouns = [(tok, cue) for tok, cue in triggers if cue.pos == "noun"]
        # deepest first, so "expressed concern over the visit" sees the visit's doers
        nouns.sort(key=lambda item: -_depth(item[0]))
        for tok, cue in nouns:
            lights: list[Token | None] = list(light_nouns.get(tok.i) or [None])
            # "denied its war": the war is still Russia's, whatever else is denied
            # "joined the war against Ukraine": the war is still Russia's too
            if all(l is not None and (self.cues.verbs[l.lemma_.lower()].override or self.cues.verbs[l.lemma_.lower()].shared)
                   for l in lights):
                lights.append(None)
            for light in lights:
                if light is None and cue.only_light:
                    continue
                self._noun_event(sent, tok, cue, light, attribution)
        verbs = [(tok, cue) for tok, cue in triggers if cue.pos == "verb"]
        # lexicon verbs join the cue verbs, deepest first, so a reaction sees their acts too
        # ("Beijing waived visa requirements for South Korean visitors, a step Seoul welcomed")
        verbs += [(tok, cue) for tok, cue in fallbacks]
        fallback_at = {tok.i for tok, _ in fallbacks}
        verbs.sort(key=lambda item: -_depth(item[0]))
        for tok, cue in verbs:
            if tok.i in fallback_at:
                self._fallback_event(sent, tok, cue, attribution)
                continue
            if any(tok in light_nouns.get(o.i, ()) for o in self._objects(tok)):
                continue  # the noun carries the event ("backed sanctions")
            self._verb_event(sent, tok, cue, attribution)
        for tok, cue in nouns:
            if cue.type in REACTIONS and self._elicited_from(tok):
                self._elicited_reaction(sent, tok, cue, attribution)
        for tok in candidates:
            if tok.lower_ in self.cues.demand_modals or tok.lower_ in self.cues.wish_modals:
                self._reported_demand(sent, tok, attribution)
            elif tok.lower_ in self.cues.joint_adverbs:
                self._joint_act(sent, tok, attribution)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.threat_contents:
                self._promised_reaction(sent, tok, attribution)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.cues.denial_words:
                self._denial_read_as_noun(sent, tok, attribution)
        self._relationships(sent, candidates)

    def _denial_read_as_noun(self, sent: Span, word: Token, attribution: str | None) -> None:
        """"..., a charge Beijing rejects", "a charge the alliance rejects": the tagger reads the
        denial's verb as a plural noun after its subject; the one named between the claim noun and
        it rejects the claim, which answers its claimant."""
        claim = word.head if word.head.lemma_.lower() in self.cues.claim_nouns else next(
            (c for c in word.subtree if c.i < word.i and c.lemma_.lower() in self.cues.claim_nouns), None)
        if claim is None or not claim.i < word.i:
            return
        deniers = _unique(self.by_token[i] for i in range(claim.i + 1, word.i) if i in self.by_token
                          and self.by_token[i].actor.kind in ROLE_KINDS and self.by_token[i].actor.country)
        if not deniers:
            return
        targets = self._claimants(deniers)
        cue = self.cues.verbs.get("reject") or EventCue("reject", "verb", "REJECT")
        if targets:
            self._emit(sent, word, Reading("REJECT", None), deniers, targets, "asserted", attribution, 0.6, cue,
                       None, self._date_for(word, None))

    def _promised_reaction(self, sent: Span, content: Token, attribution: str | None) -> None:
        """"Kishida said a seventh nuclear test by North Korea would require a resolute response",
        "'Any move that endangers China's interests will be met with a resolute response,' a
        spokesperson said": a reported promise that an act will meet a reaction is the speaker's
        threat at the act's doer (a warning's own threat is read with the warning)."""
        verb = content.head if content.dep_ in ("dobj", "obj") else (
            content.head.head if content.dep_ == "pobj" and content.head.lower_ == "with" else None)
        if verb is None or verb.lemma_.lower() not in self.cues.consequence_verbs \
                or not any(c.dep_ == "aux" and c.lower_ in self.cues.future_modals for c in verb.children):
            return
        reporter = None
        for above in [verb, *verb.ancestors]:
            cue = self.cues.verbs.get(above.lemma_.lower()) if above.pos_ == "VERB" else None
            if cue is not None and cue.type == "THREATEN" and above.i != verb.i:
                return  # "warned that ... would be met with a severe response": the warning's
            if above.i != verb.i and above.lemma_.lower() in self.cues.reporting:
                reporter = above
                break
        if reporter is None:
            # a quotation set before its "said": the parser makes "said" the quote's head's head
            reporter = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp")
                             and c.lemma_.lower() in self.cues.reporting), None)
        if reporter is None:
            return
        sources = self._subjects(reporter).mentions
        own = {m.actor.country for m in sources}
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        targets: list[Mention] = []
        if subject is not None:
            for t in _clause_tokens(subject):
                parts = self._parts.get(t.i)
                if parts is not None and parts[0]:
                    targets = [m for m in parts[0] if m.actor.country not in own]
                    break
            targets = targets or [m for t in subject.subtree for m in ([self.by_token[t.i]] if t.i in self.by_token else [])
                                  if m.actor.country not in own and m.actor.kind in ROLE_KINDS]
        targets = targets or self._war_counterpart(verb, sources)
        if not sources or not targets:
            return
        cue = self.cues.verbs.get("warn") or EventCue("warn", "verb", "THREATEN")
        self._emit(sent, verb, Reading("THREATEN", None), sources, _unique(targets), "asserted",
                   attribution or self._attribution(reporter), 0.55, cue, self._location(verb), self._date_for(reporter, None))

    def _joint_act(self, sent: Span, adverb: Token, attribution: str | None) -> None:
        """"South Korea said it would analyze the wreckage together with U.S. experts": an act done
        together with another state is cooperation with it, as done as the act."""
        withs = [adverb.head] if adverb.head.lower_ == "with" else [c for c in adverb.children if c.lower_ == "with"]
        partners = [m for w in withs for o in w.children if o.dep_ == "pobj" for m in self._np(o).mentions]
        verb = adverb
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if not partners or verb.pos_ not in ("VERB", "AUX") or self._cue(verb) is not None \
                or self._fallback_cue(verb) is not None:
            return  # (an act with a cue or lexicon entry of its own says what is done with whom)
        sources = self._subjects(verb).mentions
        own = {m.actor.country for m in sources}
        partners = [m for m in partners if m.actor.country not in own]
        if not sources or not partners:
            return
        status, attributed = self._status(verb, None)
        self._emit(sent, adverb, Reading("COOPERATE", None), sources, _unique(partners), status,
                   attribution or attributed, 0.55, None, self._location(verb), self._date_for(verb, None))

    def _reported_demand(self, sent: Span, modal: Token, attribution: str | None) -> None:
        """"Wang told Blinken that Washington must stop ...": saying another state must or should
        act is a REQUEST of it by the speaker."""
        verb = modal.head
        if modal.dep_ != "aux" or verb.dep_ != "ccomp":
            return
        # "must/should" after a saying; "would/will/could" after a wish ("hoped Japan would help")
        said = modal.lower_ in self.cues.demand_modals and verb.head.lemma_.lower() in self.cues.demanding_verbs
        wished = modal.lower_ in self.cues.wish_modals and verb.head.lemma_.lower() in self.cues.wishing_verbs
        if not (said or wished):
            return
        say = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        cue = self.cues.verbs.get("demand")
        if subject is None or cue is None:
            return
        sources = self._subjects(say).mentions
        own = {m.actor.country for m in sources}
        targets = [m for m in self._np(subject, True).mentions if m.actor.country not in own]
        if not sources or not targets:
            return
        status, attributed = self._status(say, None)
        self._emit(sent, say, Reading("REQUEST", "demand"), sources, targets, status, attribution or attributed,
                   0.6, cue, None, self._date_for(say, None))

    # ---------------------------------------------------------------- cues
    def _cue(self, tok: Token) -> EventCue | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "AUX" and (any(c.dep_ in ("attr", "acomp") for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            # ("should be of great concern": a verdict after "of", as after a bare copula)
            # a copula with a predicate noun: only a judging cue ("was a flagrant breach")
            cue = self.cues.verbs.get(lemma)
            return cue if cue is not None and cue.subject_judged and cue.only_verdicts else None
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lower_ in self.cues.adjectives \
                and any(c.dep_ == "auxpass" for c in tok.children):
            # "was deeply shocked by the attacks", parsed as a passive verb: the feeling's cue
            return self.cues.adjectives[tok.lower_]
        if tok.pos_ == "VERB" and lemma in self.cues.acceptance_verbs and any(c.dep_ == "neg" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "wo", "could", "can", "ca") for c in tok.children) \
                and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            # "Moscow would not accept NATO troops": a pledge not to accept is a refusal (of a thing
            # named in its clause: "terms he said Washington could not accept" is left to the terms)
            return _REFUSAL_PLEDGE
        if tok.pos_ == "VERB":
            # a phrasal verb ("hit back") is its own cue, before the bare verb's (the parser
            # often makes the particle an adverb right after the verb)
            # (or right after its object: "brushed the remark aside")
            after_object = {o.right_edge.i + 1 for o in tok.children if o.dep_ in ("dobj", "obj")}
            for prt in tok.children:
                if prt.dep_ == "prt" or (prt.dep_ == "advmod" and (prt.i == tok.i + 1 or prt.i in after_object)):
                    phrasal = self.cues.verbs.get(f"{lemma} {prt.lower_}")
                    if phrasal is not None:
                        return phrasal
            return self.cues.verbs.get(lemma)
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            return self.cues.adjectives.get(tok.lower_)
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_title):
            # a capitalised event noun names a particular one ("the Treaty on ...", "the Summit")
            cue = self.cues.nouns.get(lemma)
            if cue is None or tok.i in self.by_token:
                return None
            if cue.plural_only and tok.tag_ != "NNS" and self._modifier_reading(tok, cue) is None \
                    and not self._of_theme(tok):
                # "a joint exercise" is one; "the exercise" after drills were reported is those drills
                definite = any(c.lower_ in DEFINITE for c in tok.children)
                if not (definite and cue.type in self._recent_type):
                    return None
            if cue.only_modifiers and self._modifier_reading(tok, cue) is None \
                    and not (cue.named and tok.pos_ == "PROPN" and tok.is_title) and not self._agents_of(tok):
                # "the launch" after a launch was reported is that launch again (also one reported
                # under another type: "fired a new missile at Dnipro" is an attack of that mode)
                definite = any(c.lower_ in DEFINITE for c in tok.children)
                if not (definite and (cue.type in self._recent_type or ("mode", cue.mode) in self._recent_at)):
                    return None
            return cue
        return None

    def _elicited_from(self, noun: Token) -> list[Mention]:
        """Who reacts in "the launch drew condemnation from Seoul" (an eliciting verb's object)."""
        if noun.dep_ not in ("dobj", "obj") or noun.head.lemma_.lower() not in self.cues.eliciting_verbs:
            return []
        return self._prep_objects(noun, ("from",)) or self._prep_objects(noun.head, ("from",))

    def _elicited_reaction(self, sent: Span, noun: Token, cue: EventCue, attribution: str | None) -> None:
        """"The launch drew condemnation from Seoul": Seoul reacts to the doers of the subject's act
        (an act of this sentence, or the earlier one a definite noun refers back to)."""
        reactors = self._elicited_from(noun)
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        main_parts = None
        if subject is None and noun.head.tag_ == "VBG" and noun.head.dep_ in ("advcl", "conj", "xcomp"):
            # "Iran put a satellite into orbit, drawing criticism from France": the main clause's
            # act, else its subject's ("North Korea's attempt to put a satellite into orbit ended
            # in failure, prompting condemnation from Japan")
            main = noun.head.head
            main_parts = self._parts.get(main.i)
            subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if not reactors or (subject is None and main_parts is None):
            return
        earlier = main_parts if main_parts is not None and main_parts[0] else self._parts.get(subject.i)
        if earlier is None:
            # "the attempt to put a satellite into orbit": the act the subject's clause names
            earlier = next((self._parts[c.i] for c in subject.children
                            if c.dep_ in ("acl", "relcl") and c.i in self._parts and self._parts[c.i][0]), None)
        subject_cue = self.cues.nouns.get(subject.lemma_.lower())
        if (earlier is None or not earlier[0]) and subject_cue is not None:
            earlier = self._referent(subject, subject_cue)
        doers = list(earlier[0]) if earlier is not None and earlier[2] not in REACTIONS else self._np(subject).mentions
        reading = self._modifier_reading(noun, cue) or Reading(cue.type, cue.mode)
        status, attributed = self._noun_status(noun, None, cue)
        self._emit(sent, noun, reading, reactors, _unique(doers), status, attribution or attributed,
                   0.6, cue, self._location(noun), self._date_for(noun.head, None))

    def _fallback_cue(self, tok: Token) -> EventCue | None:
        """The verb lexicon's entry for a verb no cue covers (a phrasal entry before the bare verb's)."""
        if tok.pos_ != "VERB" or not self.cues.fallback_verbs:
            return None
        lemma = tok.lemma_.lower()
        for prt in tok.children:
            if prt.dep_ == "prt" or (prt.dep_ == "advmod" and prt.i == tok.i + 1):
                phrasal = self.cues.fallback_verbs.get(f"{lemma} {prt.lower_}")
                if phrasal is not None:
                    return phrasal
        return self.cues.fallback_verbs.get(lemma)

    def _modifier_reading(self, tok: Token, cue: EventCue) -> Reading | None:
        """A refinement by a modifier ("arms deal", "joint exercises") or by what the noun is
        of ("the launch of a satellite", "a package of sanctions")."""
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
                # a hyphenated modifier the tokenizer split ("three - way exercise") is read whole
                whole = "".join(t.text for t in self.doc[child.left_edge.i:child.i + 1]).lower()
                for key in (child.lemma_.lower(), child.lower_, whole):
                    if key in cue.modifiers:
                        return cue.modifiers[key]
            elif child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for part in (obj, *[c for c in obj.children if c.dep_ in ("compound", "amod")]):
                            for key in (part.lemma_.lower(), part.lower_):
                                if key in cue.modifiers:
                                    return cue.modifiers[key]
        return None

    def _object_classes(self, obj: Token) -> tuple[str, ...]:
        """What kind of thing an object is: arms, troops, missile... or "person" for an actor."""
        for tok in (obj, *[c for c in obj.children if c.dep_ in ("compound", "amod")]):
            classes = self.cues.object_classes.get(tok.lemma_.lower()) or self.cues.object_classes.get(tok.lower_)
            if classes:
                return classes
        if obj.pos_ == "NUM" or obj.lemma_.lower() in self.cues.quantity_nouns:
            # "sending thousands of troops", "a batch of shells": the quantity is of its "of" object
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                for inner in (o for o in of.children if o.dep_ == "pobj"):
                    classes = self._object_classes(inner)
                    if classes:
                        return classes
        if obj.i in self.by_token and self.by_token[obj.i].actor.kind == "person":
            return ("person", "individual")  # "joined Kim" (a person) is not "joined Russia"
        if obj.i in self.by_token and self.by_token[obj.i].actor.kind != "unknown" or obj.lower_ in PERSONAL | PLURAL | SINGULAR:
            return ("person",)
        if obj.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in obj.children):
            return ("person",)  # "press both governments", "urged the two sides"
        return ()

    @staticmethod
    def _free_relative(verb: Token) -> tuple[Token, Token] | None:
        """(naming verb, named noun) of a "what X called a Y" object, which the parser makes a
        clause of the verb's own."""
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"):
            if any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in clause.children):
                named = next((c for c in clause.children if c.dep_ in ("oprd", "attr")), None)
                if named is not None:
                    return clause, named
        return None

    def _of_owner(self, noun: Token) -> list[Mention]:
        """"containers of North Korean munitions": the owner of what the container holds."""
        return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in self._np(o).mentions]

    def _agents_of(self, noun: Token) -> list[Mention]:
        """The states a "by" phrase names as the doers of an event noun: "the launch by North
        Korea", also when the parser hangs the phrase on the active verb whose object the noun is
        ("condemned the launch by North Korea on Wednesday")."""
        heads = [noun]
        verb = noun.head
        if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and not self._passive(verb):
            heads.append(verb)
        return [m for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
                for o in p.children if o.dep_ == "pobj" for m in self._np(o, True).mentions if m.actor.kind in ROLE_KINDS]

    def _of_theme(self, noun: Token) -> bool:
        """"Moscow's supply of fighter jets": a transfer noun in the singular is one act when it
        says what it moves."""
        return any(o.dep_ == "pobj" and THEME_CLASSES.intersection(self._object_classes(o))
                   for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)

    def _objects(self, verb: Token) -> list[Token]:
        """Direct objects, through relative pronouns to their antecedent, and xcomp chains
        ("vowed to impose sanctions")."""
        out = []
        cue = self.cues.verbs.get(verb.lemma_.lower())
        light_preps = cue.light_preps if cue is not None else ()
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in light_preps:
                # "voted for the sanctions", "sanctions which Russia voted for"
                out.extend(self._antecedent(o) for o in child.children if o.dep_ == "pobj")
            if child.dep_ in ("dobj", "obj"):
                out.append(self._antecedent(child))
                out.extend(c for c in child.children if c.dep_ == "conj")
                part = child
                for _ in range(2):
                    # "announced $500 million in military aid", "imposed a new round of
                    # sanctions": an amount or part of an event noun stands for the noun (two
                    # deep: "pledged a minimum of 40 billion euros in military aid")
                    if self._cue(part) is not None or part.lemma_.lower() in self.cues.knowing_nouns:
                        break
                    inner = [o for p in part.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
                    out.extend(inner)
                    if len(inner) != 1:
                        break
                    part = inner[0]
            elif child.dep_ == "xcomp" and child.pos_ == "VERB":
                out.extend(o for o in (self._antecedent(c) for c in child.children if c.dep_ == "dobj"))
        return out

    def _others_event(self, noun: Token, cue: EventCue, verb: Token) -> bool:
        """"Abe said Tokyo supported the dialogue" after Trump and Kim met: a bare definite event
        noun refers back to an event of others, which the verb is about, not one its subject holds."""
        verb_cue = self._cue(verb)
        if verb_cue is None or verb_cue.type not in REACTIONS or cue.type not in SYMMETRIC_EVENTS \
                or [c.lower_ for c in noun.children if c.dep_ != "punct"] != ["the"]:
            return False  # (joining the talks is taking part in them)
        referent = self._referent(noun, cue)
        if referent is None or not referent[0]:
            return False
        parties = {m.actor.country for m in (*referent[0], *referent[1])}
        subjects = {m.actor.country for m in self._subjects(verb).mentions}
        return bool(subjects) and not subjects & parties

    def _owned(self, noun: Token) -> bool:
        # a possessive pronoun ("adopted its package") is the subject's own, not another owner
        return any(c.dep_ == "poss" and c.pos_ != "PRON" and self._np(c, True).mentions for c in noun.children)

    def _antecedent(self, tok: Token) -> Token:
        """What a relative pronoun stands for. "sanctions on North Korea, which China supports":
        the parser hangs the clause on the nearest noun; an event noun above it is the better antecedent."""
        clause = tok.head
        if tok.dep_ == "pobj" and clause.dep_ == "prep" and clause.head.dep_ == "relcl":
            clause = clause.head  # "sanctions that Moscow had voted for": the preposition is stranded
        if tok.lower_ in RELATIVE and (clause.dep_ == "relcl" or (clause.dep_ == "acl" and tok.dep_ in ("dobj", "obj", "pobj"))):
            # (the parser makes some object relatives an "acl": "a proposal that the US rejected")
            noun = clause.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                above = noun.head.head
                cue = self._cue(above)
                if cue is not None and cue.pos == "noun":
                    return above
            return noun
        return tok

    # ---------------------------------------------------------------- actors of a phrase
    def _np(self, tok: Token, strict: bool = False, depth: int = 0) -> Found:
        """The actors a noun phrase headed by `tok` names. strict: the phrase must *be* an actor
        (its head a mention or a pronoun), not merely mention one among its modifiers."""
        if depth > 4:
            return Found([], 0.0)
        found: list[Mention] = []
        how = 1.0
        m = self.by_token.get(tok.i)
        if m is not None and m.actor.kind in ROLE_KINDS:
            found.append(m)
            for child in tok.children:
                # "French and German diplomats", "U.S. and Russian officials": the first of two
                # coordinated nationalities lies outside the mention the second one makes
                if child.dep_ in ("amod", "nmod", "compound") and child.i < m.start \
                        and any(c.dep_ == "conj" and c.i >= m.start for c in child.children):
                    found.extend(x for x in self._np(child, False, depth + 1).mentions
                                 if x.actor.kind == "country" and x.actor.country != m.actor.country)
        elif tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            return self._np(tok.head.head, strict, depth + 1)
        elif tok.lower_ in self.cues.partitives and _partitive_whole(tok) is not None:
            # "several of the vessels and their Russian operators": the part is of the whole's actors
            return self._np(_partitive_whole(tok), strict, depth + 1)
        elif tok.pos_ == "PRON" or tok.lower_ in PERSONAL | PLURAL | SINGULAR:
            found.extend(self._pronoun(tok))
            how = 0.7
        elif tok.lemma_.lower() in ("party", "side") and any(c.lower_ in ("all", "both") for c in tok.children) \
                and (sides := self._war_sides(tok)):
            # "urged all parties to observe three principles" amid a war under way: its two sides
            found.extend(sides)
            how = 0.7
        elif tok.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in tok.children):
            found.extend(self._counted_group(next(c for c in tok.children if c.lower_ in COUNT_WORDS),
                                             people=tok.lemma_.lower() in ("leader", "side")))
            how = 0.7
        elif tok.lower_ in COUNT_WORDS and tok.pos_ == "NUM" or (tok.lower_ == "both" and tok.dep_ in ("nsubj", "dobj")):
            # "accused the three of conspiring"
            found.extend(self._counted_group(tok))
            how = 0.6
        elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in self._described_by \
                and self._cue(tok) is None and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]:
            # "the spokesperson" after "a Chinese foreign ministry spokesperson": the same one
            found.append(self._described_by[tok.lemma_.lower()])
            how = 0.7
        elif tok.lemma_.lower() in self.cues.statement_nouns and [c.lower_ for c in tok.children
                                                                 if c.dep_ not in ("punct", "prep")] == ["the"]:
            # "The statement blamed Seoul": the statement last reported speaks for its maker
            found.extend(self._earlier_maker(tok, self._said_in))
            how = 0.6
        elif self._bare_group_noun(tok):
            found.extend(self._bare_group(tok))
            how = 0.6
        elif tok.lemma_.lower() in SINGLE_NOUNS and any(c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("poss", "compound", "amod") for c in tok.children) and tok.tag_ == "NN":
            if self.context.last_single is not None:
                found.append(self.context.last_single)
                how = 0.6
        elif tok.lemma_.lower() in SINGLE_NOUNS and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("poss", "compound") for c in tok.children) \
                and all(c.text.islower() and c.i not in self.by_token and c.lower_ not in OTHERNESS
                        for c in tok.children if c.dep_ == "amod"):
            # "the isolated state": a description refers to the state the text last had act
            if self.context.last_subject_state is not None:
                found.append(self.context.last_subject_state)
                how = 0.5
        elif not strict or (tok.lemma_.lower() in self.cues.representatives and tok.pos_ == "NOUN") \
                or (tok.lemma_.lower() in self.cues.safeguards and tok.pos_ == "NOUN"):
            # strict, a representative still counts: "met the leaders of Japan" meets Japan; and
            # so does what keeps a state safe: "commitment to Japan's defence" is to Japan
            # (a pronoun possessor is left as it was: "pressed its partners" names the presser, a
            # target that is the source itself and so counts as none)
            counterpart = tok.lemma_.lower() in self.cues.counterpart_nouns and tok.pos_ == "NOUN" and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            if counterpart and tok.dep_ == "appos" and any(c.dep_ == "poss" for c in tok.children):
                # "Russia, the North's closest partner, called ...": the partner is Russia
                return self._np(tok.head, strict, depth + 1)
            for dep in ("poss", "compound", "amod", "nmod", "npadvmod"):
                if counterpart and dep == "poss":
                    continue  # "accused Ukraine's Western backers": the backers, not Ukraine
                for child in tok.children:
                    if child.dep_ == dep and child.i < tok.i:
                        sub = self._np(child, strict, depth + 1)
                        if sub.mentions:
                            found.extend(sub.mentions)
                            how = 0.8
                if found and dep == "poss":
                    # "its Russian comrades": a nationality says who the noun's people are; the
                    # possessor only whose comrades they are
                    named = [m for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                             for m in self._np(c, strict, depth + 1).mentions]
                    if named:
                        found = named
                if found:
                    break
            if not found and tok.pos_ in ("NOUN", "PROPN") and self._cue(tok) is None:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for obj in child.children:
                            if obj.dep_ == "pobj":
                                # a part of a state's craft is the state's ("the propeller of a
                                # U.S. drone"), though the craft is no actor itself
                                found.extend(self._np(obj, "craft" not in self._object_classes(obj), depth + 1).mentions)
                                how = 0.75
            if not found and tok.pos_ == "NOUN" and "craft" in self._object_classes(tok):
                found.extend(self._craft_named_before(tok))
                how = 0.7
            lemma = tok.lemma_.lower()
            if not found and tok.pos_ == "NOUN" and "zone" in (self.cues.object_classes.get(lemma) or self.cues.object_classes.get(tok.lower_, ())):
                # "waters near Japan's south-western islands", "airspace off Taiwan": a zone placed
                # by a state's land is that state's
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in ("near", "off", "around", "surrounding"):
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, False, depth + 1).mentions if m.actor.kind == "country")
                        how = 0.7
            if not found and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "against") \
                    and self._cue(tok) is None:
                # "fired six missiles at an arsenal in the Bryansk region": what is fired at, placed
                # in a state's place, is that state's (pass sixteen)
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "in":
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, False, depth + 1).mentions
                                     if m.actor.kind == "country" and m.form in ("place", "metonym"))
                        how = 0.7
            if not found and tok.pos_ == "NOUN" and (lemma in self.cues.representatives or lemma in self.cues.residents):
                # "a foreign ministry spokeswoman in Beijing": one who speaks for a state, placed in
                # its capital, speaks for it (only a state: "officials in Kursk" are anyone's)
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "in":
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, True, depth + 1).mentions if m.actor.kind == "country")
                        how = 0.7
        if m is None and tok.pos_ == "NOUN" and found:
            # "its strategic partner China", "Russia's ally, Belarus": a name set beside the noun
            # says who it is; its possessor or modifiers only whose partner
            # (a name the dictionary cannot place says less than the possessor: "China's special
            # representative, Li Hui")
            named = [a for c in tok.children if c.dep_ == "appos" for a in self._np(c, True, depth + 1).mentions
                     if a.actor.country]
            if named:
                found = named
        for child in tok.children:
            if child.dep_ == "conj":
                found.extend(self._np(child, strict, depth + 1).mentions)
            elif child.dep_ == "appos" and not found:
                found.extend(self._np(child, True, depth + 1).mentions)
        return Found(_unique(found), how if found else 0.0)

    def _craft_named_before(self, tok: Token) -> list[Mention]:
        """Whose "the balloon" is: the state of the latest craft named before with one, of the same
        word if any ("a Chinese high-altitude balloon ... brought the balloon down"), else of any."""
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("poss", "compound", "nmod") or c.i in self.by_token for c in tok.children):
            return []
        owned = []
        for earlier in reversed(self.doc[max(0, tok.i - 400):tok.i]):
            if earlier.pos_ == "NOUN" and "craft" in self._object_classes(earlier) and any(
                    c.dep_ in ("amod", "compound", "poss") and c.i in self.by_token for c in earlier.children):
                states = [m for c in earlier.children if c.dep_ in ("amod", "compound", "poss") and c.i in self.by_token
                          for m in [self.by_token[c.i]] if m.actor.kind == "country"]
                if states:
                    owned.append((earlier.lemma_.lower() == tok.lemma_.lower(), states))
        same = [states for is_same, states in owned if is_same]
        return same[0] if same else (owned[0][1] if owned else [])

    @staticmethod
    def _bare_group_noun(tok: Token) -> bool:
        """"the leaders", "the governments": a plural group noun with nothing of its own to say whose."""
        return (tok.lemma_.lower() in GROUP_NOUNS and tok.tag_ == "NNS"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in ("poss", "compound", "amod", "nummod", "prep", "nmod", "relcl", "acl")
                            for c in tok.children))

    def _bare_group(self, tok: Token) -> list[Mention]:
        """Who "the leaders" are: the states named earlier in the same sentence (as actors, not as
        modifiers), when two or more; else those of the latest sentence naming two or more."""
        before = _unique_countries(_as_actors(self.doc, (m for m in self._sentence_mentions
                                                         if m.end <= tok.i and m.actor.kind in ROLE_KINDS
                                                         and not self._of_a_thing(m))))
        if len(before) >= 2:
            return before
        # everyone the latest such sentence named as actors ("Biden hosted Yoon and Kishida"), not
        # just a coordination inside it
        for kind, group in reversed(self.context.groups):
            group = _unique_countries(_as_actors(self.doc, group))
            if kind == "sentence" and len(group) >= 2:
                return group
        return []

    def _accuses_itself(self, verb: Token, clause: Token, depth: int) -> bool:
        """Whether the subject of `clause` would be the one `verb` acts on (its object's state)."""
        subjects = {m.actor.country for m in self._subjects(clause, depth + 1).mentions}
        objects = {m.actor.country for o in verb.children if o.dep_ in ("dobj", "obj")
                   for m in self._np(o, True).mentions}
        return bool(subjects) and subjects <= objects

    def _of_a_thing(self, mention: Mention) -> bool:
        """A state named only to say what a thing is of ("denounced the drills as an Asian version
        of NATO"): it takes no part in the sentence as an actor."""
        head = self.doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "poss":
            head = head.head  # "a rehearsal of Israel's plans"
        prep = head.head
        return (head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
                and prep.head.lemma_.lower() not in GROUP_NOUNS and self._cue(prep.head) is None)

    def _is_subject(self, mention: Mention) -> bool:
        head = self.doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def _np_owner(self, pronoun: Token) -> Mention | None:
        """"Russia's invasion of its neighbour": inside X's noun phrase, "its" is X."""
        node = pronoun.head
        for _ in range(4):
            for child in node.children:
                if child.dep_ == "poss" and child.i != pronoun.i and child.i in self.by_token:
                    return self.by_token[child.i]
            if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _counted_group(self, count: Token | None, people: bool = False,
                       outside: frozenset[str] = frozenset()) -> list[Mention]:
        """Who "both", "the two countries", "the three" are: the first states named earlier in
        the same sentence, else the latest coordinated group of that size, else the latest
        sentence naming that many. `outside`: countries known not to be among them."""
        size = {"both": 2, "two": 2, "three": 3, "four": 4, "bilateral": 2, "trilateral": 3}.get(count.lower_) \
            if count is not None else None
        if size and count is not None:
            # in "X accuses Y of supplying Z, which both governments deny" the two are Y and Z,
            # not the accuser: inside a relative clause, the main clause's subject is left out
            in_relative = any(a.dep_ == "relcl" for a in count.ancestors)
            before = _unique_countries(m for m in self._sentence_mentions
                                       if m.end <= count.i and m.actor.kind in ROLE_KINDS
                                       and not (in_relative and self._is_subject(m))
                                       and m.actor.country not in outside)
            if len(before) >= size:
                return before[:size]
            if count.head.lemma_.lower() == "member":
                # "accused the council's two veto-wielding members of shielding Pyongyang, saying
                # Beijing and Moscow had blocked ...": members of a body are named where the
                # sentence goes on to say who they are
                later = [g for g in self._groups([m for m in self._sentence_mentions if m.start > count.i])
                         if len(_unique_countries(g)) == size and not any(m.actor.country in outside for m in g)]
                if later:
                    return later[0]
            # "the two leaders" / "the two sides" are people met before ("Putin and Kim")
            searches = [("coordinated", True)] if people else []
            searches += [("coordinated", False), ("sentence", False)]
            for wanted_kind, only_people in searches:
                for kind, group in reversed(self.context.groups):
                    # states named only as modifiers ("North Korean and Chinese pressure") are no group
                    group = _as_actors(self.doc, group)
                    if kind == wanted_kind and len(_unique_countries(group)) == size \
                            and not any(m.actor.country in outside for m in group) \
                            and (not only_people or all(m.actor.kind == "person" for m in group)):
                        return group
                if people and wanted_kind == "coordinated" and only_people:
                    # "Yoon held a summit with Xi ... The two leaders agreed": the latest sentence
                    # naming that many leaders of different states, whoever else it named
                    for kind, group in reversed(self.context.groups):
                        leaders = [m for m in group if m.actor.kind == "person"]
                        if kind == "sentence" and len(_unique_countries(leaders)) == size \
                                and not any(m.actor.country in outside for m in leaders):
                            return leaders
            # "the first visit to South Korea by an American submarine ... a body the two allies set
            # up": states named only as modifiers, when nothing else counts right
            for kind, group in reversed(self.context.groups):
                if kind == "sentence" and len(_unique_countries(group)) == size \
                        and not any(m.actor.country in outside for m in group):
                    return group
            # "the two allies" is never a group of three or four (a smaller group may be the part
            # of the count that was named: "trilateral cooperation" after "Biden met Yoon and Kishida")
            if size < len(_unique_countries(self.context.last_group)):
                return []
        return list(self.context.last_group)

    def _pronoun(self, tok: Token) -> list[Mention]:
        word = tok.lower_
        # a capital named as the place something happens ("speaking in Hanoi") is no antecedent
        before = [m for m in self._sentence_mentions if m.end <= tok.i and m.actor.kind in ROLE_KINDS
                  and not (m.doc_dep == "pobj" and self.doc[m.end - 1].head.lower_ in ("in", "at"))]
        if word == "both":
            return self._counted_group(tok)
        if word in PLURAL:
            # a coordination named before it ("China and Russia declared ..., weeks before the
            # invasion of Ukraine, and their patrols"), else the last two named, else the context's
            coordinated = self._groups(before)
            if coordinated:
                return coordinated[-1]
            return list(self.context.last_group) if not _group_in(before) else _group_in(before)
        if word in PERSONAL:
            people = [m for m in before if m.actor.kind == "person"]
            clause_subject: set[int] = set()
            if word in ("him", "her") and tok.dep_ in ("dobj", "obj", "dative"):
                # "Kuleba told him": an object pronoun is never its own verb's subject
                clause_subject = {m.start for c in tok.head.children if c.dep_ == "nsubj"
                                  for m in self._np(c, True).mentions}
                people = [m for m in people if m.start not in clause_subject]
            if len(people) >= 2:
                # "Kim told Lavrov that his government would support Moscow": in what someone
                # reports, he/his is first the reporter, not whoever was told
                speakers = [m for m in self._reporter(tok) if m in people]
                if speakers:
                    return speakers[:1]
            if people:
                return [people[-1]]
            # "He called on ...": the person the text was last about, not the last one named
            found = next((m for m in (self.context.last_speaker, self.context.last_person)
                          if m is not None and m.start not in clause_subject), None)
            return [found] if found else []
        if word in SINGULAR:
            # the nearest state or body before it in the sentence ("Russia's invasion of its
            # neighbour"), else a person's state ("Putin's military ... its operations"); a
            # demonym modifying a noun ("buying North Korean shells for its war") is no antecedent
            before = [m for m in before if self.doc[m.end - 1].dep_ not in ("amod", "compound")] or before
            owner = self._np_owner(tok)
            if owner is not None:
                return [owner]
            if tok.head.dep_ == "appos":
                # "Moscow, its partner": "its" is not the phrase it stands beside
                beside = self.by_token.get(tok.head.head.i)
                before = [m for m in before if m != beside]
            elif tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and tok.head.dep_ not in ("nsubj", "nsubjpass") \
                    and (beside := self._unparsed_apposition(tok.head)) is not None:
                # nor one the parser missed ("ties with the United States, its only treaty ally")
                before = [m for m in before if m != beside]
            conditional = tok.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in tok.head.children)
            objects = [m for m in before if m.doc_dep in ("dobj", "obj")]
            if tok.dep_ == "nsubjpass" and conditional and objects:
                # "would defend Taiwan if it was attacked": the one defended, not the defender
                return [objects[-1]]
            if tok.dep_ == "poss":
                # "it would reconsider its refusal": "its" is whoever the clause's "it" is
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it"), None)
                if subject is not None:
                    return self._pronoun(subject)
                # "Vietnam upgraded its ties ..., and Washington is now its largest export market,
                # while Russia has been its main supplier": a copula's predicate is its subject's
                # role for another, the sentence's main subject
                # (only subjects that do not hold the pronoun itself, which would resolve it again)
                local = {m.actor.country for t in (verb, *(c for c in verb.children if c.dep_ == "aux"))
                         for c in t.children if c.dep_ == "nsubj" and not (c.left_edge.i <= tok.i <= c.right_edge.i)
                         for m in self._np(c, True).mentions} \
                    if verb.lemma_.lower() == "be" and tok.head.dep_ == "attr" else set()
                if local:
                    main = next((self.by_token[c.i] for c in tok.sent.root.children
                                 if c.dep_ == "nsubj" and c.i in self.by_token and c.i < tok.i), None)
                    if main is not None and main.actor.kind in ("country", "organisation") and main.actor.country not in local:
                        return [main]
            elif tok.dep_ in ("nsubj", "nsubjpass"):
                # a subject "it" is the clause subject named before ("South Korea summoned the
                # Russian ambassador and said it would ...")
                subjects = [m for m in before if m.doc_dep in ("nsubj", "nsubjpass") and m.actor.kind != "person"]
                if subjects:
                    return [subjects[-1]]
            states = [m for m in before if m.actor.kind != "person"]
            if tok.dep_ == "poss":
                # "Turkey and Hungary have not yet ratified its bid": a singular "its" is none of
                # a coordinated subject before it
                plural = {id(m) for group in self._groups(before) if len(group) >= 2 for m in group
                          if self._is_subject(m)}
                if plural:
                    states = [m for m in states if id(m) not in plural]
                    before = [m for m in before if id(m) not in plural]
            if tok.dep_ == "poss" and "zone" in self._object_classes(tok.head) and tok.head.dep_ in ("dobj", "obj"):
                # "Japan summoned China's ambassador after a Chinese plane violated its airspace":
                # a zone entered is another's than the entrant's
                entrants = {m.actor.country for m in self._subjects(tok.head.head).mentions}
                states = [m for m in states if m.actor.country not in entrants]
            if states:
                return [states[-1]]
            if before:
                return [before[-1]]
            return [self.context.last_single] if self.context.last_single else []
        return []

    # ---------------------------------------------------------------- roles of verbs
    def _subjects(self, verb: Token, depth: int = 0) -> Found:
        if depth > 5:
            return Found([], 0.0)
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and depth == 0:
            # "it was concerned that ...": the copula's subject
            return self._subjects(verb.head, depth + 1)
        # climbing from "to visit" to "Kim is expected": the passive subject is the doer
        subject_deps = ("nsubj", "csubj", "nsubjpass") if depth else ("nsubj", "csubj")
        subjects = [c for c in verb.children if c.dep_ in subject_deps]
        for child in subjects:
            found = self._np(child)
            if not found.mentions and child.lower_ in RELATIVE and verb.dep_ == "relcl":
                found = self._owner_of(verb.head)
            if found.mentions or child is subjects[-1]:
                # ("a step Beijing welcomed" parsed with two subjects: the one naming an actor)
                return found
        # no subject of its own: "prepare to meet", "warned X against providing", "has warned ...
        # and has vowed": take it from the controlling or coordinated verb
        head = verb.head
        if verb.dep_ == "conj" and head.tag_ == "VB" and (verb.tag_ in FINITE_TAGS or (
                # ("to address the issue and refrained from": a past the tagger took for a participle)
                verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))):
            # "expected troops to join the war and urged partners to respond": a finite verb
            # coordinated under an infinitive shares the subject of the finite clause above it
            finite = head
            while finite.tag_ not in FINITE_TAGS and finite.head.i != finite.i:
                finite = finite.head
            if finite.tag_ in FINITE_TAGS:
                found = self._subjects(finite, depth + 1)
                return Found(found.mentions, found.how * 0.85)
            if head.dep_ == "xcomp" and head.head.pos_ == "VERB":
                # "China, the North's ally, called on all sides to address the issue and refrained
                # from criticising Pyongyang" ("called" parsed as a participle): the asker's act
                found = self._subjects(head.head, depth + 1)
                return Found(found.mentions, found.how * 0.8)
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and head.tag_ != "VBG" and head.dep_ == "ccomp" \
                and head.head.tag_ == "VBG" and head.head.lemma_.lower() in self.cues.reporting:
            # "saying Washington had overreacted and warning that ...": a participle joined to the
            # reported clause pairs with the reporting participle, whose subject it shares
            found = self._subjects(head.head, depth + 1)
            if found.mentions:
                return found
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.tag_ == "VBG" and head.head.dep_ == "advcl" \
                and head.head.lemma_.lower() in self.cues.reporting and verb.tag_ == "VBD" \
                and self.doc[verb.i - 1].lower_ == "and" and self.doc[verb.i - 2].text == ",":
            # "Biden condemned the strikes, saying they showed ..., and spoke with Zelenskyy": a past
            # set off after a "saying" aside continues the main clause, whose subject it shares
            found = self._subjects(head.head.head, depth + 1)
            if found.mentions:
                return Found(found.mentions, found.how * 0.85)
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.reporting \
                and (cue := self.cues.verbs.get(verb.lemma_.lower())) is not None \
                and ((cue.type in ("REQUEST", "THREATEN")
                      and (any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
                           # "said Japan had formalised ... and warned": a simple past beside a
                           # reported past perfect is the reporter's, not the reported clause's
                           or (_pluperfect(head) and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children))))
                     # "said the visit was a grave threat and accused Washington of ...": no actor
                     # is the reported clause's subject, so the reaction is the reporter's
                     or (cue.type in ("REQUEST", "THREATEN", "ACCUSE", "REJECT") and verb.tag_ == "VBD"
                         and not any(c.dep_ == "aux" for c in verb.children)
                         and (not self._subjects(head, depth + 1).mentions
                              # "said Ukrainian forces were shelling the plant and accused Kyiv of
                              # ...": the reported clause's subject would accuse itself
                              or self._accuses_itself(verb, head, depth)
                              # "said Russia was trying to wipe Ukraine off the map and appealed to
                              # Western partners": a plain past beside a reported progressive is
                              # not under its "was"
                              or (head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
                                  and cue.type == "REQUEST")))):
            # "Xi told Biden that Taiwan remained the most important issue and urged Washington to
            # stop": an appeal the parser joins to the reported clause is the reporter's second act;
            # so is a warning ("said Japan had formalised an attack capability and warned that
            # Pyongyang would respond")
            found = self._subjects(head.head, depth + 1)
            return Found(found.mentions, found.how * 0.8)
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl", "ccomp") and head.i != verb.i:
            if verb.dep_ == "xcomp" or verb.dep_ == "pcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
                controller = head if head.pos_ in ("VERB", "AUX") else head.head
                if controller.lemma_.lower() in OBJECT_CONTROL:
                    for c in controller.children:
                        if c.dep_ in ("dobj", "obj"):
                            found = self._np(c, strict=True)
                            if found.mentions:
                                return Found(found.mentions, found.how * 0.85)
                        # "called on Russia to withdraw", "appealed to Seoul to send": the one asked
                        if c.dep_ == "prep" and c.lower_ in PREP_CONTROL.get(controller.lemma_.lower(), ()):
                            found = Found([m for o in c.children if o.dep_ == "pobj"
                                           for m in self._np(o, strict=True).mentions], 0.85)
                            if found.mentions:
                                return found
            if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
                found = self._np(head)
                if not found.mentions and head.head.pos_ == "VERB" and (
                        head.lemma_.lower() in self.cues.noun_governors
                        or (head.lemma_.lower() in self.cues.instruments and verb.tag_ == "VBG")):
                    # ("signed a law ratifying the treaty": the signer ratifies)
                    # "Putin accepted an invitation to visit Pyongyang": the accepter visits
                    sub = self._subjects(head.head, depth + 1)
                    return Found(sub.mentions, sub.how * 0.8)
                return found
            target = head if head.pos_ in ("VERB", "AUX") else head.head
            if verb.dep_ == "pcomp":
                target = head.head
            if verb.dep_ == "pcomp" and head.lower_ == "of" and target.pos_ == "NOUN" \
                    and target.lemma_.lower() in self.cues.measure_nouns:
                # "its long-standing policy of not supplying weapons to Ukraine": the policy's
                # owner, else whoever holds it
                owner = [m for c in target.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
                if owner:
                    return Found(owner, 0.8)
                if target.dep_ in ("dobj", "obj") and target.head.pos_ in ("VERB", "AUX"):
                    found = self._subjects(target.head, depth + 1)
                    return Found(found.mentions, found.how * 0.8)
            found = self._subjects(target, depth + 1)
            if verb.dep_ == "pcomp" and head.lower_ == "in" and target.lemma_.lower() in self.cues.company_verbs:
                # "Japan has joined the United States and the EU in freezing the assets": those
                # joined do it too
                joined = [m for o in target.children if o.dep_ in ("dobj", "obj") for m in self._np(o, True).mentions]
                return Found(_unique(found.mentions + joined), found.how * 0.85)
            return Found(found.mentions, found.how * 0.85)
        if verb.dep_ == "relcl":
            return self._owner_of(verb.head)
        return Found([], 0.0)

    def _owner_of(self, noun: Token) -> Found:
        """The actor behind a noun that is not one itself: the noun's own modifiers, or the
        subject of "possess/have" ("Russia possesses a complex that can provide...")."""
        found = self._np(noun)
        if found.mentions:
            return found
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in POSSESSION_VERBS:
            sub = self._subjects(noun.head)
            return Found(sub.mentions, sub.how * 0.8)
        return Found([], 0.0)

    def _passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def _prep_objects(self, head: Token, preps: Iterable[str], strict: bool = False) -> list[Mention]:
        wanted = set(preps)
        out: list[Mention] = []
        for child in head.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in wanted and child.i not in self._claimed_preps:
                # "talks with Putin and with Kim": the second preposition is a conjunct of the first
                for conj in child.conjuncts:
                    if conj.lower_ in wanted:
                        for o in conj.children:
                            if o.dep_ == "pobj":
                                out.extend(self._np(o, strict).mentions)
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        out.extend(self._np(obj, strict).mentions)
                    elif obj.dep_ == "prep" and obj.lower_ in wanted:  # "from within"
                        out.extend(self._prep_objects(obj, wanted, strict))
                    elif obj.dep_ == "pcomp" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in obj.children):
                        # "concerns about what they called China's behaviour": the thing named
                        for named in (c for c in obj.children if c.dep_ in ("oprd", "attr")):
                            out.extend(self._np(named, strict).mentions)
            elif child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON"):
                out.extend(self._np(child, strict).mentions)
            elif child.dep_ == "prep" and child.lower_ in ("by", "via", "over"):
                # "spoke by telephone with Zelensky": the phrase hung on the means is the verb's
                for means in (o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in self.cues.channel_nouns):
                    out.extend(self._prep_objects(means, wanted, strict))
            elif child.dep_ == "prep" and child.lower_ == "about" and "with" in wanted and head.pos_ == "VERB" \
                    and (cue := self.cues.verbs.get(head.lemma_.lower())) is not None and cue.type == "CONSULT":
                # "ready to talk about strategic arms limitations with Russia": the parser hangs the
                # partner on the topic
                for topic in (o for o in child.children if o.dep_ == "pobj"):
                    out.extend(self._prep_objects(topic, ("with",), strict))
        return _unique(out)

    # ---------------------------------------------------------------- events
    def _denied(self, tok: Token) -> bool:
        """Whether `tok` states what a denial denies ("denied that it supplies weapons"): the
        REJECT carries it; the denied act is not reported again as an event."""
        node = tok
        for _ in range(6):
            if node.dep_ not in ("ccomp", "xcomp", "pcomp", "pobj", "prep", "dobj", "conj") or node.head.i == node.i:
                return False
            if node.i == tok.i and node.dep_ == "conj" and tok.pos_ == "VERB":
                # "dismissed the vote and accused Washington of ...": an act coordinated with the
                # denial is the denier's own, not what is denied
                cue = self.cues.verbs.get(node.head.lemma_.lower()) if node.head.pos_ == "VERB" else None
                if cue is not None and cue.claim:
                    return False
            node = node.head
            cue = self.cues.verbs.get(node.lemma_.lower()) if node.pos_ == "VERB" else None
            if cue is not None and cue.claim:
                return True
        return False

    def _verb_event(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        if self._denied(verb):
            return
        if verb.pos_ == "VERB" and verb.lower_ in self.cues.adjectives:
            self._feeling(sent, verb, cue, attribution)
            return
        if cue.type == "AID" and verb.dep_ == "amod" and verb.tag_ == "VBN":
            # "Ukraine's use of American-supplied weapons": the state named on the participle gave
            # them to whoever has or uses them
            givers = [self.by_token[c.i] for c in verb.children
                      if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i in self.by_token
                      and self.by_token[c.i].actor.kind == "country"]
            things = verb.head
            holder = things.head.head if things.dep_ == "pobj" and things.head.lower_ == "of" else None
            receivers = [m for n in (things, holder) if n is not None for c in n.children if c.dep_ == "poss"
                         for m in self._np(c, True).mentions]
            own = {m.actor.country for m in givers}
            receivers = [m for m in receivers if m.actor.country not in own]
            if givers and receivers:
                status, attributed = self._status(verb, cue)
                self._emit(sent, verb, Reading("AID", cue.mode), givers, _unique(receivers), status,
                           attribution or attributed, 0.6, cue, self._location(verb), self._date_for(verb, None))
                return
        if verb.lemma_.lower() == "have" and any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in self.cues.basis_nouns
                and any(d.lower_ in ("no", "little") for d in o.children) for o in verb.children):
            # "Matsuno said Moscow's decision had no scientific basis": a reported judgement that
            # another's act is baseless accuses its doer
            self._judged_subject(sent, verb, replace(cue, type="ACCUSE", verdicts={}), attribution)
            return
        if cue.only_modal and not self._promised(verb):
            return  # "urged partners to respond" is no threat; "would respond", "vowed to retaliate" are
        object_classes = {c for o in verb.children if o.dep_ in ("dobj", "obj") for c in self._object_classes(o)}
        if cue.subject_judged and not (not cue.only_objects and object_classes & set(cue.objects)):
            if cue.only_objects and not object_classes & set(cue.objects):
                return  # "bore responsibility" judges its bearer; "bore fruit" does not
            self._judged_subject(sent, verb, cue, attribution)
            return
        # ("violated Japanese airspace": an act of its own, not a judgement of the subject)
        reading = Reading(cue.type, cue.mode)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects and cue.only_objects and cue.symmetric and verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "a resolution, drafted by the United States and Japan": what is drafted is the noun
            objects = [verb.head]
        if not objects and cue.only_objects and cue.theme_source and self._passive(verb):
            # "troops had been sent to Russia": the passive subject is what is sent
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not objects:
            named = self._free_relative(verb)
            if named is not None:
                # "test-fired what it called a new tactical guided weapon": the thing so called
                objects = [named[1]]
        if not objects and verb.lemma_.lower() in SMALL_CLAUSE_VERBS:
            # "help North Korea build satellites": the parser makes the helped the clause's subject
            objects = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        if not objects and cue.type not in REACTIONS:
            objects = self._misparsed_object(verb)
        classes: tuple[str, ...] = ()
        theme: Token | None = None
        for obj in objects[:1]:
            near = obj.head.head if obj.lower_ in RELATIVE and obj.head.dep_ in ("relcl", "acl") else None
            obj = self._antecedent(obj)
            classes = self._object_classes(obj)
            if near is not None and near.i != obj.i and not any(c in cue.objects for c in classes) \
                    and any(c in cue.objects for c in self._object_classes(near)):
                # "the launch of a missile, which North Korea fired": what is fired is the missile,
                # not the event noun above it
                obj, classes = near, self._object_classes(near)
            known = [c for c in classes if c in cue.objects]
            if known:
                reading = cue.objects[known[0]]
                if reading.mode == "veto":
                    cue = replace(cue, no_target=True)  # ("killed a resolution": a veto stands alone, as 'veto' does)
            # what a transfer moves is not its target ("supplied shells to Russia"); what an
            # attack or seizure hits is ("captured North Korean soldiers")
            if THEME_CLASSES.intersection(classes) and (cue.objects or cue.theme_source or cue.recipient_subject) \
                    and not (known and cue.objects[known[0]].type in ("ASSAULT", "COERCE")):
                # (a drone brought down is hit, not moved)
                theme = obj
        if verb.lemma_.lower() in self.cues.accession_verbs and not any(c in cue.objects for c in classes):
            named = [m for o in objects for m in self._np(o, True).mentions]
            bodies = [m for m in named if m.actor.kind == "organisation"]
            # (not "joined the United States and the EU in freezing assets": company in an act)
            if bodies and len(bodies) == len(named) and not any(
                    c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children):
                # "Finland joined NATO": joining a body is an agreement with it
                status, attributed = self._status(verb, cue)
                self._emit(sent, verb, Reading("AGREE", "accession"), self._subjects(verb).mentions, bodies, status,
                           attribution or attributed, 0.7, _ACCESSION, self._location(verb), self._date_for(verb, None))
                return
        verdict = self._verdict(verb, cue)
        if verdict is not None:
            # "called the launch a violation": a judgement of whoever did the object's event
            sources = self._subjects(verb).mentions
            status, attributed = self._status(verb, cue)
            own = {m.actor.country for m in sources}
            # "branded China an enabler of Russia's war": the one named is judged, not the war
            pair = self._double_object(verb)
            judged = [m for m in self._np(pair[0], True).mentions if m.actor.country not in own] if pair else []
            if verdict == "THREATEN":
                # "calling it a stern warning to the United States": a warning is to whom it is addressed
                judged = [m for c in verb.subtree if cue.verdicts.get(c.lemma_.lower()) == "THREATEN"
                          for m in self._prep_objects(c, ("to", "against")) if m.actor.country not in own]
            judged = judged or self._reacted_to(verb, sources) or self._remark_maker(objects, own)
            if not judged:
                # "called Japan's move openly hostile": a judged act someone owns judges its owner
                judged = [m for obj in objects for p in obj.children if p.dep_ == "poss"
                          for m in self._np(p, True).mentions if m.actor.country not in own]
            if not judged:
                # "called China a decisive enabler": the one judged is the object itself
                own = {m.actor.country for m in sources}
                # ("called the statement a transparent attempt": the statement's maker is judged)
                judged = [m for obj in objects for m in self._np(obj, True).mentions
                          if m.actor.country not in own and (self._is_actor_object(verb, m)
                                                             or obj.lemma_.lower() in self.cues.statement_nouns)]
            self._emit(sent, verb, Reading(verdict, None), sources, _unique(judged),
                       status, attribution or attributed, 0.7, cue, self._location(verb), self._date_for(verb, None))
            return
        if cue.only_verdicts:
            return
        if cue.only_objects and not any(c in cue.objects for c in classes) and not (
                cue.particle_preps and not cue.only_preps
                and any(c.dep_ == "prep" and c.lower_ in cue.particle_preps for c in verb.children)):
            # (a cue's own particle also makes it one: "press for the lifting of the ban"); other
            # objects are left to the verb lexicon ("shared technology with Pyongyang": a transfer,
            # while only "sharing information" is the cue's cooperation)
            lexical = self._fallback_cue(verb)
            if lexical is not None:
                self._fallback_event(sent, verb, lexical, attribution)
            return
        if cue.only_preps:
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.particle_preps]
            if not preps:
                return
            reading = Reading(cue.particle_preps[preps[0].lower_], cue.mode)
        elif cue.particle_preps and not any(c in cue.objects for c in classes):
            # "Russian troops had fired on the plant": with no object of its own, a particle
            # says what the act is
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.particle_preps]
            if preps:
                reading = Reading(cue.particle_preps[preps[0].lower_], None)
        passive = self._passive(verb)
        how = 0.85
        passive = passive or (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
        if passive:
            sources = self._prep_objects(verb, ("by",), strict=False)
            patients = [self._np(c) for c in verb.children if c.dep_ == "nsubjpass"]
            targets = [m for f in patients for m in f.mentions]
            if not patients and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBN")
                                 or (verb.dep_ == "pcomp" and verb.tag_ == "VBN")):
                # (also "drifted across the US before being shot down by a US jet")
                # "the bombers flew near Alaska and were intercepted by US jets", "Kim inspected
                # bombers, accompanied by Shoigu": the shared subject is the patient
                targets = self._subjects(verb).mentions
                how = 0.7
            if not patients and verb.dep_ == "acl" and not cue.theme_source and reading.type != "AID":
                # "two North Korean soldiers captured by Ukrainian forces": the noun a passive
                # participle describes is what was done to (what is moved is no target: below)
                targets = self._np(verb.head, True).mentions
                how = 0.7
            if not sources and cue.host_source:
                # "Kim had also been invited to visit Moscow": an invitation to a state is its own
                sources = [m for c in verb.children if c.dep_ in ("xcomp", "advcl")
                           for m in [*(n for o in c.children if o.dep_ in ("dobj", "obj") for n in self._np(o, True).mentions),
                                     *self._prep_objects(c, ("to",), strict=True)]
                           if m.actor.kind == "country" and m.actor.country not in {t.actor.country for t in targets}]
                how = 0.6
            if not sources and cue.theme_source:
                sources, targets = targets, []
                how = 0.7
            targets = targets + self._prep_objects(verb, cue.preps)
            if not targets and verb.dep_ == "acl" and reading.type == "AID":
                # "Russia fired missiles supplied by North Korea": the user received them
                user = verb.head.head
                if user.pos_ in ("VERB", "AUX") and verb.head.dep_ in ("dobj", "obj"):
                    targets = self._subjects(user).mentions
        else:
            subj = self._subjects(verb)
            sources, how = subj.mentions, 0.85 * (subj.how or 1.0)
            targets = []
            for obj in objects:
                obj = self._antecedent(obj)
                if theme is not None and obj.i == theme.i:
                    continue
                found = self._np(obj, strict=reading.type in ("AID", "CONSULT")).mentions
                count = next((c for c in obj.children if c.lower_ in COUNT_WORDS), None) \
                    if obj.lemma_.lower() in GROUP_NOUNS else (obj if obj.lower_ == "both" else None)
                own = {m.actor.country for m in sources}
                if count is not None and own & {m.actor.country for m in found}:
                    # "China urged both sides to keep talking": those addressed are others than
                    # the subject, counted among the states named without it
                    found = self._counted_group(count, people=obj.lemma_.lower() in ("leader", "side"),
                                                outside=frozenset(c for c in own if c))
                targets.extend(found)
            if reading.type == "SANCTION" and not targets:
                # "the prohibition it imposed in 2013 on seafood from waters off Fukushima": a curb
                # on goods is aimed at where they come from
                targets = [m for pr in verb.children if pr.dep_ == "prep" and pr.lower_ in ("on", "against")
                           for g in pr.children if g.dep_ == "pobj" and not self._np(g, True).mentions
                           for m in [*self._of_owner(g), *self._prep_objects(g, ("from",))]]
            if reading.type == "SANCTION" and "trade" in classes and not targets:
                # "suspended all imports of Japanese aquatic products", "halted exports to China":
                # a halt to trade is aimed at the goods' origin or the trade's other end
                targets = [m for obj in objects for m in [*self._of_owner(obj), *self._prep_objects(obj, ("to", "from"))]]
            if cue.host_source and targets:
                # "invited Xi to next year's APEC summit": the invitation is to Xi, not to the body
                # whose event he is invited to
                targets.extend(m for p in verb.children if p.dep_ == "prep" and p.lower_ in cue.preps
                               for o in p.children if o.dep_ == "pobj" and self._cue(o) is None
                               for m in self._np(o).mentions)
            else:
                targets.extend(self._prep_objects(verb, cue.preps))
            if reading.mode == "ground incursion" and not any(m.actor.kind == "military" for m in sources):
                return  # only armed forces crossing a border attack ("a soldier crossed the border to defect")
            for child in verb.children:
                if child.dep_ == "dative":
                    targets.extend(self._np(child, True).mentions)
                elif cue.purpose_preps and child.dep_ in ("advcl", "xcomp"):
                    # "sent troops to fight alongside X" / "to support X's war"
                    targets.extend(self._prep_objects(child, cue.purpose_preps))
                    purpose = self.cues.verbs.get(child.lemma_.lower())
                    if purpose is not None and purpose.type in ("SUPPORT", "AID", "COOPERATE"):
                        for obj in child.children:
                            if obj.dep_ in ("dobj", "obj"):
                                targets.extend(self._np(obj).mentions)
            if cue.object_preps:
                for obj in objects:
                    for tok in obj.subtree:
                        if tok.i != obj.i and tok.dep_ in ("prep", "agent") and tok.lower_ in cue.preps:
                            targets.extend(self._prep_objects(tok.head, (tok.lower_,)))
            own = {m.actor.country for m in sources}
            if not [m for m in targets if m.actor.country not in own] and reading.type not in ("ACCUSE", "SUPPORT", "REQUEST", "REJECT"):
                # "threatened further action against Russia": the target hangs on the object
                # (but "condemned the use of missiles against Ukraine" does not target Ukraine);
                # "withdrew its complaint against Japan": an event noun's own target
                for obj in objects:
                    if theme is not None and obj.i == theme.i:
                        # "supplying lethal aid to Moscow" with "to" hung on what is moved
                        targets.extend(self._prep_objects(obj, [p for p in cue.preps if p != "with"]))
                        continue
                    own_cue = self._cue(obj)
                    preps = own_cue.preps if own_cue is not None and own_cue.pos == "noun" else cue.preps
                    targets.extend(self._prep_objects(obj, [p for p in preps if p not in ("with", "to")]))
            if reading.type == "REJECT" and not [m for m in targets if m.actor.country not in own]:
                targets = targets + (self._proposers(objects) or self._remark_maker(objects, own))
                if not targets and reading.mode == "abstention":
                    targets = self._drafters(verb)  # "China abstained": on the draft last named
                if not targets and (
                        # (or a reduced relative the parser hangs as a clause of "claims": "...,
                        # claims Japan has repeatedly rejected as groundless")
                        (verb.dep_ in ("relcl", "ccomp") and verb.head.lemma_.lower() in self.cues.claim_nouns
                         and (verb.dep_ == "relcl" or verb.head.lower_ != verb.head.lemma_.lower()))
                        or any(o.lemma_.lower() in self.cues.claim_nouns for o in objects)):
                    # "..., a charge Moscow rejected", "rejected the allegation": rejecting a
                    # claim answers its claimant, as a denial does
                    targets = self._claimants(sources, verb)
            if reading.type == "REJECT" and not [m for m in targets if m.actor.country not in own] \
                    and verb.lemma_.lower() in self.cues.refusing_verbs:
                # "Kishida called on China to lift the ban ..., but Beijing has refused to reverse
                # the measure": a refusal answers the latest appeal made to the refuser's state
                # (an appeal earlier in the same sentence is read after the refusal, deeper in it)
                appeals = list(self._appeals) + [
                    (self._subjects(tok).mentions, [self.by_token[t.i] for t in tok.subtree if t.i in self.by_token])
                    for tok in sent if tok.i < verb.i and tok.pos_ == "VERB"
                    and (appeal := self.cues.verbs.get(tok.lemma_.lower())) is not None and appeal.type == "REQUEST"]
                targets = next(([m for m in askers if m.actor.country not in own] for askers, asked in reversed(appeals)
                                if own & {m.actor.country for m in asked}
                                and any(m.actor.country not in own for m in askers)), targets)
            if cue.claim:
                # a denial answers a claim: its target is the claimant, not what was denied
                targets = [m for m in targets if m.actor.kind in ROLE_KINDS and self._is_actor_object(verb, m)] \
                    or self._remark_maker(objects, own) or self._claimants(sources, verb)
            elif not targets and reading.type in REACTIONS:
                targets = self._reacted_to(verb, sources)
                if not targets and reading.type in ("SUPPORT", "ACCUSE"):
                    # "welcomed the proposal": a reaction to a proposal is to whoever made it
                    targets = [m for m in self._proposers(objects) if m.actor.country not in own]
                if not targets and reading.type in ("ACCUSE", "SUPPORT", "REJECT"):
                    # "denounced a new deterrence arrangement between South Korea and the United
                    # States": a reaction to a tie or pact is to its parties
                    targets = [m for obj in objects for m in self._prep_objects(obj, ("between", "by"), strict=True)]
            if not targets and reading.type == "ASSAULT":
                targets = self._where_place(verb) or self._enemy_of_side(verb)
            if not targets and reading.type == "REQUEST" and objects and all(
                    o.pos_ == "NOUN" and not self._np(o, True).mentions for o in objects) \
                    and any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                            for c in verb.children):
                # "urged allies to strike back", "urged all sides to exercise restraint": a
                # request to no state in particular still stands
                cue = replace(cue, no_target=True)
            if not targets and reading.type == "THREATEN" and self._threat_content(verb, cue, sources):
                targets = self._threatened(verb, sources)
                if not targets:
                    cue = replace(cue, no_target=True)  # a threat at no one in particular still stands
            elif not targets and reading.type == "THREATEN" and cue.only_modal:
                targets = self._threatened(verb, sources)
        if theme is not None and not targets and not passive:
            # "sending Russia artillery shells": the parser folds the recipient into the theme
            targets = [self.by_token[c.i] for c in theme.children
                       if c.dep_ == "compound" and c.i in self.by_token and self.by_token[c.i].form in ("name", "metonym")]
        if theme is not None and not sources and cue.theme_source:
            sources = self._np(theme).mentions
        if cue.recipient_subject and reading.type == "AID" and not passive:
            # "Russia received North Korean shells": the giver is the shells' owner or "from X"
            # (which the parser may hang on the shells)
            givers = self._prep_objects(verb, ("from",)) or (
                (self._prep_objects(theme, ("from",)) or self._np(theme).mentions or self._of_owner(theme))
                if theme is not None else []) or self._in_return(verb, sources)
            sources, targets = givers, sources
        if reading.type == "AID" and not targets and sources:
            # "provided technical advice for the launch": help for an act goes to its doer
            own = {m.actor.country for m in sources}
            targets = [m for h in [verb, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj" and o.i in self._parts
                       for m in self._parts[o.i][0] if m.actor.country not in own]
        if reading.type == "AID" and not targets and sources:
            targets = self._recipient_before(verb, sources)
        if targets and cue.targeted_type:
            reading = Reading(cue.targeted_type, reading.mode)
        if reading.type in SYMMETRIC_EVENTS and cue.type not in SYMMETRIC_EVENTS and not targets:
            return  # "sent delegations" with no destination: the senders did not meet each other
        status, attributed = self._status(verb, cue)
        location = self._location(verb)
        self._emit(sent, verb, reading, sources, _unique(targets), status, attribution or attributed,
                   how, cue, location, self._date_for(verb, None))
        if reading.type == "ACCUSE" and verb.lemma_.lower() in self.cues.blaming_verbs and targets:
            self._blamed_attack(sent, verb, _unique(targets), attribution)

    def _blamed_attack(self, sent: Span, verb: Token, blamed: list[Mention], attribution: str | None) -> None:
        """"Putin blamed Ukraine's special services for Saturday's blast on the Kerch bridge": an
        attack blamed on someone, with no doer of its own, is theirs (aimed at the other side of a
        war under way, else at no one named)."""
        for attack in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.cues.attack_nouns):
            parts = self._parts.get(attack.i)
            if parts is not None and parts[0]:
                continue
            cue = self.cues.nouns.get("attack") or self.cues.verbs["attack"]
            own = {m.actor.country for m in blamed}
            targets = [m for m in self._prep_objects(attack, ("on", "against"), strict=True) if m.actor.country not in own]
            targets = targets or self._war_counterpart(attack, blamed)
            status, attributed = self._noun_status(attack, None, cue)
            # (no mode: an act only blamed is not what a later "the attacks" renames)
            self._emit(sent, attack, Reading("ASSAULT", None), blamed, targets, status, attribution or attributed,
                       0.55, replace(cue, no_target=True), self._location(attack), self._date_for(attack, None))

    def _feeling(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        """"Guterres was deeply shocked by the attacks": a feeling parsed as a passive verb is the
        subject's reaction to the act its "by" (or about/over/at) phrase names, not an act the
        agent does to the subject."""
        sources = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self._np(c).mentions]
        if not sources:
            sources = self._subjects(verb).mentions
        own = {m.actor.country for m in sources}
        targets = [m for m in self._prep_objects(verb, ["by", *cue.preps], strict=True) if m.actor.country not in own]
        targets = targets or self._reacted_to(verb, sources)
        if not sources or not targets:
            return
        status, attributed = self._status(verb, cue)
        self._emit(sent, verb, Reading(cue.type, cue.mode), sources, _unique(targets), status,
                   attribution or attributed, 0.7, cue, self._location(verb), self._date_for(verb, None))

    def _fallback_event(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        """A lexicon verb between two named actors: the subject (or passive agent) acts on the
        direct object (or passive subject) or on the object of one of the entry's prepositions.
        Nothing is guessed: with no actor on either side there is no event (a broad word list
        is trusted only where the sentence itself names both parties)."""
        if self._denied(verb):
            return
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any((noun_cue := self._cue(o)) is not None and noun_cue.pos == "noun" for o in objects):
            return  # "sealed a deal": the event noun carries the event
        if self._passive(verb):
            sources = self._prep_objects(verb, ("by",), strict=True)
            patients = [] if cue.only_preps else [c for c in verb.children if c.dep_ == "nsubjpass"]
            how = 0.5
        elif verb.dep_ == "xcomp" and (controller := next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)):
            # "resolutions which require countries to repatriate the workers": the one asked does
            # it, and "countries" names no one (the cue path knows its control verbs by name)
            sources, how = self._np(self._antecedent(controller), True).mentions, 0.45
            patients = [] if cue.only_preps else objects
        else:
            subj = self._subjects(verb)
            sources, how = subj.mentions, 0.5 * (subj.how or 1.0)
            patients = [] if cue.only_preps else objects
        own = {m.actor.country for m in sources}
        # a meeting, pact, transfer or appeal is with the actor itself; a reaction, sanction or
        # strike may be aimed at what an actor owns ("regretted the Russian step")
        strict = cue.type in FALLBACK_STRICT
        targets = []
        for patient in (self._antecedent(o) for o in patients):
            # ("phased out imports of Russian coal": what is cut is the coal's owner's)
            targets += self._np(patient, strict).mentions or ([] if strict else self._of_owner(patient))
        targets += self._prep_objects(verb, cue.preps, strict=strict)
        if cue.only_preps and not targets:
            # "waived visa requirements for South Korean visitors": the phrase may hang on the object
            targets += [m for o in objects for m in self._prep_objects(o, cue.preps, strict=strict)]
        if not targets and cue.type == "REQUEST" and self._membership_body is not None and (any(
                o.lemma_.lower() == "membership" and not any(c.dep_ in ("poss", "prep") for c in o.children)
                for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
                or (verb.lemma_.lower() in self.cues.applying_verbs and not any(
                    c.dep_ in ("dobj", "obj", "dative") or (c.dep_ == "prep" and c.lower_ in ("to", "for"))
                    for c in verb.children))):
            # "Sweden applied for membership in May 2022", "Sweden, which applied together with
            # Finland last May", after NATO's membership was spoken of
            targets = [self._membership_body]
        targets = [m for m in targets if m.actor.country and m.actor.country not in own]
        if not sources or not targets:
            return
        status, attributed = self._status(verb, cue)
        self._emit(sent, verb, Reading(cue.type, cue.mode), sources, _unique(targets), status, attribution or attributed,
                   how, cue, self._location(verb), self._date_for(verb, None))

    def _judged_subject(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        """"Kirby said the delivery violated UN resolutions", "Rutte said the deployment marked a
        dangerous expansion of the war": a reported judgement of an act (or of a state) is the
        speaker's accusation of its doer. Unreported, the narrator judges, and no one accuses."""
        event_type = cue.type
        if cue.verdicts:
            verdicts = [cue.verdicts[c.lemma_.lower()] for c in verb.children
                        if c.dep_ in ("dobj", "obj", "attr", "acomp") and c.lemma_.lower() in cue.verdicts]
            if not verdicts and verb.pos_ == "AUX":
                # "the deepening military cooperation ... should be of great concern"
                verdicts = [cue.verdicts[o.lemma_.lower()] for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cue.verdicts]
            if not verdicts and verb.pos_ == "AUX":
                # "said the sponsors had been politically motivated": a verdict only with its adverb
                verdicts = ["ACCUSE" for c in verb.children if c.dep_ == "acomp"
                            and any(a.lower_ in self.cues.qualified_verdicts.get(c.lower_, ()) for a in c.children)]
            if not verdicts:
                return
            event_type = verdicts[0]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return
        tok, speakers, warned = verb, [], False
        for _ in range(4):
            if tok.dep_ not in ("ccomp", "conj", "parataxis") or tok.head.i == tok.i:
                break
            tok = tok.head
            warning = self.cues.verbs.get(tok.lemma_.lower())
            # a warning reports a judgement too ("warned that the relationship posed a threat")
            if tok.lemma_.lower() in self.cues.reporting or (warning is not None and warning.type == "THREATEN"
                                                              and tok.pos_ == "VERB"):
                speakers = self._subjects(tok).mentions
                warned = tok.lemma_.lower() not in self.cues.reporting
                break
        if not speakers:
            return
        own = {m.actor.country for m in speakers}
        judged: list[Mention] = []
        for t in _clause_tokens(subject):
            parts = self._parts.get(t.i)
            # "the sanctions worsened tension" judges those who imposed them, not a veto of them
            if parts is not None and parts[0] and parts[2] not in REACTIONS:
                judged = list(parts[0]) + (list(parts[1]) if parts[2] in SYMMETRIC_EVENTS else [])
                break
        if not judged and subject.lemma_.lower() in self.cues.drafter_nouns \
                and [c.lower_ for c in subject.children if c.dep_ == "det"] == ["the"]:
            # "the sponsors had been politically motivated": who drafted the motion last named
            # together by others than the speaker
            judged = next((list(makers) for makers in reversed(self._motion_makers)
                           if not {m.actor.country for m in makers} & {m.actor.country for m in speakers}), [])
        # "the deepening relationship between Moscow and Pyongyang posed a threat": its parties
        judged = judged or self._np(subject).mentions or self._prep_objects(subject, ("between",), strict=True)
        judged = [m for m in judged if m.actor.country not in own]
        if not judged:
            return
        status, attributed = self._status(verb, None)
        if warned and self._own_status(verb) is not None:
            return  # "warned that a deal would violate ...": the warning is the event, not a charge
        if status == "hypothetical" and (self._own_status(verb) is None or any(
                c.dep_ == "aux" and c.lower_ in self.cues.demand_modals for c in verb.children)):
            # the judgement is made, whatever the act it judges ("should be of great concern" too)
            status = "asserted"
        self._emit(sent, verb, Reading(event_type, None), speakers, _unique(judged), status,
                   attribution or attributed, 0.65, cue, self._location(verb), self._date_for(verb, None))

    def _promised(self, verb: Token) -> bool:
        """Whether an act is promised: under will/would, or the complement of vow/pledge/threaten."""
        if any(c.dep_ == "aux" and c.lower_ in self.cues.future_modals for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.promising_verbs

    def _threat_content(self, verb: Token, cue: EventCue, sources: list[Mention] = ()) -> bool:
        """Whether a warning says what will befall someone: a promised reaction ("would
        respond") or a threat word in what it warns of ("serious consequences", "countermeasures"),
        or what the warner's own state promises to do ("warned that Pyongyang would show through
        action how it regarded Tokyo's moves")."""
        if cue.only_modal and not cue.only_objects:
            return True  # ("would take measures" threatens only someone named or in view)
        own = {m.actor.country for m in sources if m.actor.country}
        for clause in verb.children:
            if clause.dep_ == "ccomp" and own and self._promised(clause) and any(
                    m.actor.country in own for c in clause.children if c.dep_ == "nsubj" for m in self._np(c, True).mentions):
                return True
        for tok in verb.subtree:
            if tok.lemma_.lower() in self.cues.threat_contents and not (
                    tok.head.dep_ == "prep" and tok.head.head.i == verb.i and tok.head.lower_ == "in"):
                # (not the warning's own adverbial: "Putin warned in response that ...")
                return True
            if tok.lemma_.lower() == "war" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.cues.war_counts:
                return True  # "would be treated as a declaration of war"
            other = self.cues.verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            if other is not None and other.only_modal and tok.i != verb.i and self._promised(tok):
                return True
        return False

    def _threatened(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a threat without a named target is aimed at: an actor inside its clause ("respond
        in a way South Korea would not like"), the target of the reaction it is coordinated with
        ("denounced the drills and warned..."), else the doers of an event named earlier in the
        sentence ("the deployment posed a threat and Seoul would respond")."""
        own = {m.actor.country for m in sources}
        # "warned that any arms deliveries to Kyiv would wreck its relations with Seoul": a threat
        # to one's ties with a state is aimed at that state
        ties = _unique(m for t in verb.subtree if t.lemma_.lower() in self.cues.tie_nouns and t.i != verb.i
                       for m in self._prep_objects(t, ("with",)) if m.actor.country not in own)
        if ties:
            return ties
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # "as Moscow promised a response and Washington distanced itself": a clause coordinated with
        # its own subject is another act, whose actors the threat is not aimed at
        subjects |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        # "act against Chinese entities that it says supply Russia's defence industry": a relative
        # clause describes a target already named and names no other (but "respond in a way South
        # Korea would not like" names its target there)
        for relative in (t for t in verb.subtree if t.dep_ == "relcl" and t.i != verb.i):
            own_part = {t.i for t in relative.head.subtree} - {t.i for t in relative.subtree}
            if any(i in self.by_token and self.by_token[i].actor.kind in ROLE_KINDS for i in own_part):
                subjects |= {t.i for t in relative.subtree}
        inside = _unique(self.by_token[t.i] for t in verb.subtree
                         if t.i in self.by_token and t.i not in subjects and self.by_token[t.i].actor.kind in ROLE_KINDS
                         and self.by_token[t.i].form != "place" and self.by_token[t.i].actor.country not in own)
        if inside:
            return inside
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            head_cue = self._cue(verb.head)
            if head_cue is not None and head_cue.type in REACTIONS:
                found = self._reacted_to(verb.head, sources)
                if found:
                    return found
        for i in range(verb.i - 1, verb.sent.start - 1, -1):
            parts = self._parts.get(i)
            if parts is not None:
                doers = [m for m in parts[0] if m.actor.country not in own]
                if doers:
                    return doers
        last = self.context.last_subject_state
        if self._cue(verb) is not None and self._cue(verb).only_modal and last is not None and last.actor.country not in own:
            # "vowed that Seoul would hit back against any provocation": a promised retaliation
            # with no one named answers the other side, the state the text last had act
            return [last]
        # "Putin warned that any further attacks would be met with a severe response": a side of
        # an ongoing war threatens the other side (pass fifteen)
        return self._war_counterpart(verb, sources)

    def _host_capital(self, trigger: Token, own: str | None) -> list[Mention]:
        """The state whose capital talks are held "in" (on the trigger or the verb that holds it)."""
        for head in (trigger, trigger.head):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        m = self.by_token.get(obj.i)
                        if m is not None and m.form == "metonym" and m.actor.kind == "country" \
                                and m.actor.country != own and obj.dep_ == "pobj":
                            return [m]
        return []

    @staticmethod
    def _misparsed_object(verb: Token) -> list[Token]:
        """"blacklisted North Korean officials and Russian firms linked to the supply chain": the
        parser reads the participle as a clause ("firms linked ...") whose subject is really the
        act's object. Only for acts, not verbs of saying, whose clauses are real."""
        for clause in verb.children:
            # (also a coordinated clause: "Yoon met U.S. President Joe Biden and Japanese Prime
            # Minister Shigeru Ishiba, and the three leaders condemned ..." parsed with the met as
            # the second verb's subjects)
            if clause.dep_ not in ("ccomp", "conj") or clause.tag_ not in ("VBN", "VBD") or clause.i < verb.i:
                continue
            if any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in clause.children):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
            if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
                return subjects
        return []

    @staticmethod
    def _double_object(verb: Token) -> tuple[Token, Token] | None:
        """(the one judged, the verdict) when a verb has two noun objects: "branded China an enabler"."""
        objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
        return (objects[0], objects[-1]) if len(objects) >= 2 else None

    def _verdict(self, verb: Token, cue: EventCue) -> str | None:
        """The event type a judging predicate gives: "called X a violation", "described X as a provocation"."""
        if not cue.verdicts:
            return None
        # "branded China a decisive enabler": the parser may read the one judged and the verdict
        # as two objects (dative + dobj, or dobj + dobj); the verdict is the second
        pair = self._double_object(verb)
        for child in verb.children:
            # ("the launch was absolutely unacceptable": a judging adjective after a copula)
            nouns = [child] if child.dep_ in ("oprd", "attr") or (pair and child == pair[1]) \
                or (child.dep_ == "acomp" and verb.pos_ == "AUX") else []
            if child.dep_ == "prep" and child.lower_ == "as":
                nouns = [o for o in child.children if o.dep_ == "pobj"]
            if child.dep_ in ("dobj", "obj"):
                # "called the decision deeply unfortunate and irresponsible", parsed with the
                # adjectives on the noun: an adjective after its noun is the predicate
                after = [a for a in child.children if a.dep_ == "amod" and a.i > child.i]
                nouns = nouns + after + [c for a in after for c in a.conjuncts]
            for noun in nouns:
                found = cue.verdicts.get(noun.lemma_.lower())
                if found is not None:
                    return found
                if noun.lemma_.lower() in self.cues.act_nouns and any(
                        t.lower_ in self.cues.wrong_ways for t in noun.subtree if t.i != noun.i):
                    return "ACCUSE"  # "described it as a step in the wrong direction", "a step backward"
        return None

    def _war_sides(self, tok: Token) -> list[Mention]:
        """The two sides of a war under way on the publication date, once the text has named both
        before `tok` and its sentence speaks of fighting (an event of the war's kind or its nouns)."""
        named = {m.actor.country for m in self.mentions if m.start < tok.i}
        fighting = any((self._parts.get(t.i) or ((), (), ""))[2] == "ASSAULT" for t in tok.sent) or any(
            t.lemma_.lower() in war.nouns or t.lemma_.lower() in ("fighting", "battlefield", "escalation")
            for t in tok.sent for war in self.cues.ongoing_wars)
        for war in self.cues.ongoing_wars:
            if (self.published is None or self.published >= war.start) and {war.source, war.target} <= named and fighting:
                return [Mention(tok.i, tok.i + 1, self.actors.actors[war.source], "implied"),
                        Mention(tok.i, tok.i + 1, self.actors.actors[war.target], "implied")]
        return []

    def _war_counterpart(self, trigger: Token, sources: list[Mention]) -> list[Mention]:
        """The other side of an ongoing war whose one side all `sources` are, once the text has
        named both sides before `trigger`."""
        own = {m.actor.country for m in sources}
        named = {m.actor.country for m in self.mentions if m.start < trigger.i}
        for war in self.cues.ongoing_wars:
            if self.published is None or self.published < war.start:
                continue
            sides = {war.source, war.target}
            if len(own) == 1 and own <= sides and sides <= named:
                other = (sides - own).pop()
                return [Mention(trigger.i, trigger.i + 1, self.actors.actors[other], "implied")]
        return []

    def _ongoing_war(self, noun: Token, sources: list[Mention], targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """"Russia's war" (no target named) or "the war in Ukraine" (no aggressor named): a war
        the knowledge file lists as under way on the publication date fills the missing side."""
        lemma = noun.lemma_.lower()
        for war in self.cues.ongoing_wars:
            if lemma not in war.nouns or (self.published is not None and self.published < war.start):
                continue
            side = Mention(noun.i, noun.i + 1, self.actors.actors[war.source], "implied")
            other = Mention(noun.i, noun.i + 1, self.actors.actors[war.target], "implied")
            if sources and not targets and any(m.actor.country == war.source for m in sources):
                return sources, [other]
            if targets and not sources and any(m.actor.country == war.target for m in targets):
                return [side], targets
            if not sources and not targets and any(c.lower_ == "the" for c in noun.children) \
                    and {war.source, war.target} <= {m.actor.country for m in self.mentions if m.start < noun.i}:
                # "on the eve of the first anniversary of the invasion", after Russia and Ukraine
                # were named: the war under way between them
                return [side], [other]
        return sources, targets

    def _appealed_for(self, proposal: Token) -> list[Mention]:
        """"The watchdog called for a protection zone ... Zelensky welcomed the proposal for a
        protection zone": who made the latest appeal for the same thing the proposal is for."""
        wanted = {o.lemma_.lower() for p in proposal.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj"}
        for i in range(proposal.i - 1, -1, -1):
            parts = self._parts.get(i)
            if not wanted or parts is None or parts[2] != "REQUEST" or not parts[0]:
                continue
            asked = {o.lemma_.lower() for c in self.doc[i].children
                     for o in ([c] if c.dep_ in ("dobj", "obj") else c.children if c.dep_ == "prep" else ())
                     if o.dep_ in ("dobj", "obj", "pobj")}
            if asked & wanted:
                return list(parts[0])
        return []

    def _proposers(self, objects: list[Token]) -> list[Mention]:
        """Whose proposal was rejected: its owner ("Russia's proposal", "a US-drafted resolution"),
        else the subject of the act it renames ("Russia pressed for X, a proposal that ...")."""
        for obj in objects:
            obj = self._antecedent(obj)
            if obj.lemma_.lower() not in self.cues.proposals:
                continue
            owners = self._np(obj).mentions
            if not owners and [c.lower_ for c in obj.children if c.dep_ == "det"] == ["the"]:
                # "NATO adopted a declaration ... China rejected the declaration": the one who
                # made the one named earlier
                owners = self._earlier_maker(obj, self._made_as_object)
                if not owners and obj.lemma_.lower() in self.cues.proposal_appeals:
                    owners = self._appealed_for(obj)
                if not owners and "motion" in self._object_classes(obj):
                    # "Beijing did not block the draft" after "a resolution, drafted by the United
                    # States and Japan": the drafters of the motion last named
                    owners = self._drafters(obj)
            if not owners and obj.dep_ in ("dobj", "obj", "appos") and obj.head.pos_ in ("VERB", "AUX"):
                owners = self._subjects(obj.head).mentions
            if owners:
                return owners
        return []

    def _drafters(self, trigger: Token) -> list[Mention]:
        """Who drafted the latest motion named together by others than the one acting on it (no
        state blocks or abstains on its own draft: "An amendment tabled by Russia and China ...
        Beijing did not block the draft" is the earlier US-Japanese draft)."""
        own = {m.actor.country for m in self._subjects(trigger.head if trigger.pos_ == "NOUN" else trigger).mentions}
        for makers in reversed(self._motion_makers):
            if not own & {m.actor.country for m in makers}:
                return list(makers)
        return []

    def _remark_maker(self, objects: list[Token], own: set[str | None]) -> list[Mention]:
        """Whose words a reaction answers: "the remark", "the comment" (or "it" standing for one
        earlier in the sentence) with no owner named are those of whoever last spoke in the text
        before it, other than the reacting state ("Biden replied: ... Mao Ning called the comment
        extremely wrong" -> Biden)."""
        for obj in objects:
            if obj.lower_ == "it":
                obj = next((t for t in reversed(obj.sent[: obj.i - obj.sent.start])
                            if t.lemma_.lower() in self.cues.remarks and t.pos_ == "NOUN"), obj)
            if obj.lemma_.lower() not in self.cues.remarks or self._np(obj, True).mentions \
                    or any(c.dep_ == "poss" for c in obj.children):
                continue
            for i in range(obj.i - 1, -1, -1):
                verb = self.doc[i]
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.speaking_verbs:
                    continue
                found = [m for m in self._subjects(verb).mentions if m.actor.country and m.actor.country not in own]
                if found:
                    return found
        return []

    def _earlier_maker(self, noun: Token, made_by: Callable[[Token], Token | None]) -> list[Mention]:
        """Who made the latest earlier thing of the same name: its possessor ("Her statement"), or
        the subject of the verb `made_by` finds for it."""
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, -1, -1):
            earlier = self.doc[i]
            if earlier.lemma_.lower() != lemma:
                continue
            owners = [m for c in earlier.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
            verb = None if owners else made_by(earlier)
            if verb is not None:
                owners = self._subjects(verb).mentions
            if owners:
                return owners
        return []

    @staticmethod
    def _said_in(tok: Token) -> Token | None:
        """The verb a statement was made in: "said in a statement"."""
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") and tok.head.head.pos_ == "VERB":
            return tok.head.head
        return None

    @staticmethod
    def _made_as_object(tok: Token) -> Token | None:
        """The verb a thing was the object of: "NATO leaders adopted a declaration"."""
        return tok.head if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" else None

    def _recipient_before(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """"does not rule out supplying weapons to Ukraine, but has so far sent only humanitarian
        aid": a transfer with no recipient named goes where the same giver's transfer named
        earlier in the sentence goes."""
        givers = {m.actor.country for m in sources}
        for i in range(verb.i - 1, verb.sent.start - 1, -1):
            parts = self._parts.get(i)
            if parts is not None and parts[2] == "AID" and parts[1] and {m.actor.country for m in parts[0]} == givers:
                return list(parts[1])
        # else where the same giver's latest transfer in the text went ("its help for Ukraine ...
        # Yoon said South Korea could consider supplying arms")
        parts = self._recent_type.get("AID")
        if parts is not None and parts[1] and {m.actor.country for m in parts[0]} == givers:
            return list(parts[1])
        return []

    def _where_place(self, trigger: Token) -> list[Mention]:
        """"the Kursk region, where Ukraine launched a cross-border incursion": an attack in a
        "where" clause is on the place the clause hangs on."""
        verb = self._clause_verb(trigger)
        if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return []
        place = verb.head
        found = self.by_token.get(place.i)
        if found is None:
            found = next((self.by_token[c.i] for c in place.children
                          if c.i in self.by_token and c.dep_ in ("compound", "amod", "poss", "nmod")), None)
        return [found] if found is not None and found.actor.country else []

    def _there_place(self, noun: Token) -> list[Mention]:
        """"toured Bucha ... and denounced the atrocities committed there": an act done "there" is
        on the last place named before it in the sentence."""
        there = next((t for t in noun.subtree if t.lower_ == "there" and t.dep_ == "advmod"), None)
        if there is None:
            return []
        places = [m for m in self._sentence_mentions if m.end <= there.i and m.form == "place" and m.actor.country]
        return places[-1:]

    def _enemy_of_side(self, verb: Token) -> list[Mention]:
        """"fighting alongside Russian forces" (no enemy named): in a war the knowledge file lists
        as under way, fighting on one side is fighting against the other."""
        sides = self._prep_objects(verb, ("alongside", "for"))
        for war in self.cues.ongoing_wars:
            if self.published is not None and self.published < war.start:
                continue
            for side, enemy in ((war.source, war.target), (war.target, war.source)):
                if any(m.actor.country == side for m in sides):
                    return [Mention(verb.i, verb.i + 1, self.actors.actors[enemy], "implied")]
        return []

    def _overriding_date(self, noun: Token, light: Token | None, light_cue: EventCue | None) -> DateMention | None:
        """When a light verb's own act replaces the noun's ("On 22 November South Korea suspended
        the 2018 agreement"), a date of the verb's clause is the act's, not the noun's year."""
        if light is not None and light_cue is not None and light_cue.override:
            own = self._date_for(light, None)
            if own is not None:
                return own
        return self._date_for(noun, light)

    def _between_adjective(self, noun: Token) -> list[Mention]:
        """The parties an adjective names: "a 2018 inter-Korean military agreement" (the parser
        splits "inter-Korean" into three modifiers)."""
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        if not modifiers or not self.cues.between_adjectives:
            return []
        text = self.doc[min(c.i for c in modifiers):noun.i].text.lower().replace(" - ", "-")
        for adjective, names in self.cues.between_adjectives.items():
            if adjective in text:
                actors = [self.actors.lookup(n) for n in names]
                return [Mention(noun.i, noun.i + 1, a, "name") for a in actors if a is not None]
        return []

    def _stray_recipient(self, noun: Token) -> list[Mention]:
        """"voiced deep concern over North Korea's supply of artillery shells and ballistic missiles
        to Russia": a "to" phrase the parser hangs on the governing verb, after a transfer noun
        with no recipient of its own, is the transfer's recipient (and no longer the verb's)."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == noun.i or verb.i > noun.i:
            return []
        giving = self.cues.verbs.get(verb.lemma_.lower())
        if giving is not None and giving.type == "AID" and noun.dep_ in ("dobj", "obj") and noun.head.i == verb.i:
            return []  # "was considering supplying lethal aid to Russia": the supplying's own recipient
        for prep in verb.children:
            # (right after the noun's phrase: "conveyed concern to Beijing over the supply" keeps it)
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == noun.right_edge.i + 1:
                found = [m for o in prep.children if o.dep_ == "pobj" for m in self._np(o, True).mentions]
                if found:
                    self._claimed_preps.add(prep.i)
                    return found
        return []

    def _in_return(self, verb: Token, receivers: list[Mention]) -> list[Mention]:
        """"the North had shipped containers to Russia ... and Pyongyang was receiving food in
        return": what is received in return (or exchange) comes from whom the receiver's latest
        transfer went to."""
        if not any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ in ("return", "exchange") for o in p.children)
                   for p in verb.children):
            return []
        parts = self._recent_type.get("AID")
        own = {m.actor.country for m in receivers}
        if parts is not None and parts[1] and own & {m.actor.country for m in parts[0]}:
            return [m for m in parts[1] if m.actor.country not in own]
        return []

    def _is_actor_object(self, verb: Token, mention: Mention) -> bool:
        """Whether `mention` is itself the object ("rejected Japan"), not a part of it."""
        return any(c.dep_ in ("dobj", "obj") and c.i in range(mention.start, mention.end) for c in verb.children)

    def _claimants(self, deniers: list[Mention], denial: Token | None = None) -> list[Mention]:
        """Who made the claim a denial answers: the sayer of a claim the parser hangs under the
        denial ("U.S. officials have warned that China was arming Russia, a charge Beijing has
        denied", parsed with "warned" under "denied"), else an accuser in the same sentence ("X
        accuses Y of ..., which Y denies"), else the speaker of the latest reported claim."""
        own = {m.actor.country for m in deniers}
        if denial is not None:
            # (or "..., a charge Tehran denied" parsed as a relative clause on "charge", which
            # hangs on the verb that made it)
            said_by = [c for c in denial.children if c.dep_ == "ccomp"]
            renamed = None
            if denial.dep_ == "relcl" and denial.head.lemma_.lower() in self.cues.claim_nouns:
                said_by.extend(a for a in denial.head.ancestors if a.pos_ == "VERB")
                if denial.head.dep_ in ("npadvmod", "appos") and denial.head.head.pos_ == "VERB":
                    # "had designated both men as wrongfully detained, a label Moscow dismissed":
                    # a claim noun set after a clause renames that clause's act, whatever its verb
                    renamed = denial.head.head
            for said in said_by:
                claim = self.cues.verbs.get(said.lemma_.lower())
                if (
                        said.lemma_.lower() in self.cues.reporting
                        or (claim is not None and claim.type in ("ACCUSE", "THREATEN"))
                        or (renamed is not None and said.i == renamed.i and not self._passive(said))):
                    found = [m for m in self._subjects(said).mentions if m.actor.country and m.actor.country not in own]
                    if found:
                        return found
        for verb in self._sentence_accusers:
            found = [m for m in self._subjects(verb).mentions if m.actor.country and m.actor.country not in own]
            if found:
                return found
        for claimants in reversed(self._claimants_seen):
            found = [m for m in claimants if m.actor.country and m.actor.country not in own]
            if found:
                return found
        return []

    def _reacted_to(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """The doers of the event a reaction is about: its object ("condemned the launch") or
        the clause it governs ("warned that any arms deal ... would")."""
        candidates = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # ("a withdrawal that Washington described as a step in the wrong direction": the act the
        # relative pronoun stands for)
        candidates += [self._antecedent(c) for c in candidates if c.lower_ in RELATIVE and verb.dep_ == "relcl"]
        own = {m.actor.country for m in sources}
        # (the parser may make the set-off noun a second subject: "a step Beijing welcomed")
        for obj in candidates + [c for c in verb.children if c.dep_ == "nsubj"]:
            comma = obj.left_edge.i - 1
            if obj.pos_ == "NOUN" and comma > verb.sent.start and self.doc[comma].text == "," \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) \
                    and obj.i < verb.i and self._cue(obj) is None and not self._np(obj, True).mentions:
                # "Beijing waived visa requirements for South Korean visitors, a step Seoul
                # welcomed": a noun set off after a clause renames the act just before it
                for i in range(comma - 1, verb.sent.start - 1, -1):
                    parts = self._parts.get(i)
                    if parts is not None and parts[0]:
                        found = [m for m in parts[0] if m.actor.country not in own]
                        if found:
                            return _unique(found)
                        break
        candidates += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "acl")]
        candidates += [o for c in verb.children if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj"]
        for top in candidates:
            for tok in _clause_tokens(top):
                parts = self._parts.get(tok.i)
                if parts is None:
                    continue
                doers, others, event_type = parts
                if not doers:
                    continue  # "concern that Putin had not ruled out cooperation with X": Putin, below
                found = list(doers) + (list(others) if event_type in SYMMETRIC_EVENTS else [])
                found = [m for m in found if m.actor.country not in own]
                if found:
                    return _unique(found)
        # no event inside: "expressed concern that Putin had not ruled out ..." is about Putin
        for top in candidates:
            if top.dep_ in ("ccomp", "acl") and top.pos_ in ("VERB", "AUX"):
                for subject in (c for c in top.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"):
                    found = [m for m in self._np(subject, True).mentions if m.actor.country not in own]
                    if found:
                        return found
        # "filed a dispute at the WTO over U.S. export rules" (or "over the rules the U.S. Commerce
        # Department unveiled"): a complaint over measures is against whoever made them
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "over"):
            for measure in (o for o in prep.children if o.dep_ == "pobj"
                            and o.lemma_.lower() in self.cues.measure_nouns):
                # (a reduced relative the parser may join to the verb: "over the rules the U.S.
                # Commerce Department unveiled on 7 October")
                clauses = [r for r in measure.children if r.dep_ == "relcl"] + [
                    r for r in verb.children if r.dep_ == "conj" and r.i > measure.i and not any(
                        c.dep_ in ("dobj", "obj") for c in r.children)]
                makers = self._np(measure).mentions or [
                    m for r in clauses for c in r.children
                    if c.dep_ == "nsubj" and (r.dep_ == "relcl" or c.left_edge.i == measure.right_edge.i + 1)
                    for m in self._np(c).mentions]
                found = [m for m in makers if m.actor.country not in own]
                if found:
                    return _unique(found)
        # "Blinken called the decision deeply unfortunate", after Russia's suspension was reported:
        # a bare definite act noun (act_nouns: decision, move, step) renames the latest act before
        # (also after a preposition: "was deeply concerned by the decision")
        for obj in [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + [
                o for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "over", "at", "with")
                for o in c.children if o.dep_ == "pobj"]:
            # (a relative clause set off by a comma adds to it: "the decision, which he said ...")
            if obj.lemma_.lower() in self.cues.act_nouns and [c.lower_ for c in obj.children if c.dep_ == "det"] == ["the"] \
                    and not any(c.dep_ in ("poss", "prep", "compound", "acl") or (
                        c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text != ",") for c in obj.children):
                noun = obj.lemma_.lower()
                acts = sorted((a for a in self._acts if a[0] < obj.i), key=lambda a: a[0], reverse=True)
                if noun not in self.cues.generic_act_nouns:
                    # "the revocation" renames an act reported with its verb ("signed a law
                    # revoking the ratification, completing a withdrawal"): the sentence's act
                    # nearest to the latest word of the same stem
                    named = next((t for t in reversed(self.doc[:obj.i]) if t.lemma_.lower()[:4] == noun[:4]
                                  and t.pos_ in ("VERB", "NOUN")), None)
                    if named is None:
                        continue
                    acts = sorted((a for a in acts if named.sent.start <= a[0] < named.sent.end),
                                  key=lambda a: abs(a[0] - named.i))
                for i, doers, event_type in acts:
                    found = [m for m in doers if m.actor.country not in own] if self._decided(self.doc[i], event_type) else []
                    if found:  # (a reaction to one's own act is no one else's)
                        return _unique(found)
        return []

    def _decided(self, trigger: Token, event_type: str) -> bool:
        """Whether an act can be what "the decision" renames: not a saying (an accusation, appeal,
        threat, praise or denial) nor an act only reported inside one ("accused Moscow of trying to
        cover up its purchases": no one decided the purchases here); a veto or refusal can."""
        if event_type in REACTIONS and event_type != "REJECT":
            return False
        cue = self.cues.verbs.get(trigger.lemma_.lower()) if trigger.pos_ == "VERB" else None
        if cue is not None and cue.claim:
            return False
        below = trigger
        for above in trigger.ancestors:
            if below.dep_ == "advcl" and above.pos_ == "VERB" and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "once", "when") for c in below.children):
                # a time clause of the saying is no content of it ("would take measures after
                # the United States raised tariffs": the raising was decided)
                break
            said = self.cues.verbs.get(above.lemma_.lower()) if above.pos_ == "VERB" else None
            if said is not None and said.type in REACTIONS:
                return False
            below = above
        return True

    def _concerned_party(self, noun: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a concern about an activity is about when no event cue names it: the actor the
        activity is done with, against or by ("concerns about any country exercising with
        Russia" -> Russia); a place it happens in is no one's act."""
        own = {m.actor.country for m in sources}
        found: list[Mention] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "at")):
            for tok in prep.subtree:
                m = self.by_token.get(tok.i)
                if m is None or m.actor.country in own or m.actor.kind not in ROLE_KINDS or tok.i != m.end - 1:
                    continue
                if (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "against", "by") and tok.head.head.pos_ == "VERB") \
                        or (tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB"):
                    found.append(m)
        return _unique(found)

    def _noun_event(self, sent: Span, noun: Token, cue: EventCue, light: Token | None, attribution: str | None) -> None:
        reading = self._modifier_reading(noun, cue) or Reading(cue.type, cue.mode)
        light_cue = self.cues.verbs.get(light.lemma_.lower()) if light is not None else None
        if light_cue is not None and light_cue.override and not (
                light_cue.type == "SANCTION" and reading.type in ("MOBILIZE", "ASSAULT")):
            # (halting or suspending one's own deployment or strikes sanctions no one: "called
            # on North Korea to halt the deployment" stays the deployment, asked to stop)
            reading = Reading(light_cue.type, light_cue.mode or reading.mode)
        how = 0.75
        # the noun's own participants: "between X and Y", "X's", "US sanctions", "by X", "on Y"
        pair: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        pair.extend(self._np(obj, True).mentions)
        owners = _unique(m for child in noun.children
                         if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i
                         for m in self._np(child, True).mentions)
        if not owners and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in self.cues.quantity_nouns:
            # "North Korea's unprecedented number of missile launches": the quantity's owner owns them
            owners = _unique(m for child in noun.head.head.children if child.dep_ == "poss"
                             for m in self._np(child, True).mentions)
        between = self._between_adjective(noun)
        if between:
            pair, owners = pair + between, []
        if len(owners) >= 2 and reading.type in SYMMETRIC_EVENTS:
            pair, owners = pair + owners, []
        owners = owners or self._prep_objects(noun, ("by", "of") if cue.of_doer else ("by",)) or self._agents_of(noun)
        if not owners and not pair and light is None and reading.type in SYMMETRIC_EVENTS:
            # "noted that bilateral trade had nearly doubled": a bilateral act is between the two
            # states named first in the sentence (or the latest pair)
            sides = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in ("bilateral", "trilateral")), None)
            if sides is not None:
                pair = _unique_countries(self._counted_group(sides))
        agents = _unique(m for acl in noun.children if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD")
                         and any(c.dep_ == "agent" for c in acl.children)
                         for m in self._prep_objects(acl, ("by",), strict=True))
        if agents and (not owners or noun.pos_ == "PROPN"):
            # "the Washington Declaration unveiled on Wednesday by Biden and Yoon": a participle's
            # agents are the doers; in a name, the place it carries says where, not who
            owners = agents
            if len(owners) >= 2 and reading.type in SYMMETRIC_EVENTS:
                pair, owners = pair + owners, []
        if not owners and reading.type == "AID":
            # "arms transfers from North Korea to Russia": a transfer's origin is its giver
            owners = self._prep_objects(noun, ("from",))
        recipients: list[Mention] = []
        if cue.recipient_subject and reading.type == "AID":
            # "Moscow's purchase of North Korean missiles": the owner receives; the giver is "from"
            # or the nationality of what is bought
            recipients = owners
            owners = self._prep_objects(noun, ("from",)) or _unique(
                m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in self._np(o).mentions)
        targets = recipients + self._prep_objects(noun, tuple(p for p in cue.preps if p != "between"),
                                                  strict=cue.strict_targets)
        if not targets:
            # "a package of sanctions against Russia": the target hangs on what it is of
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in of.children if o.dep_ == "pobj"):
                    targets = self._prep_objects(obj, tuple(p for p in cue.preps if p not in ("between", "for")))
        if not targets and reading.type in ("AGREE", "COOPERATE"):
            # "signed a defence cooperation agreement giving American forces access to its bases":
            # whom an accord grants something is its other party
            targets = [m for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in self.cues.granting_participles
                       for o in acl.children if o.dep_ in ("dative", "dobj", "obj") for m in self._np(o).mentions]
        if not targets and reading.type == "SANCTION":
            # "restrictions on imports of Japanese seafood": a curb on goods is aimed at their origin
            targets = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in cue.preps
                       for o in p.children if o.dep_ == "pobj" for m in self._of_owner(o)]
        if not targets:
            # "sanctions related to the North", "measures targeting Russian banks"
            for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in self.cues.aiming_participles):
                targets = self._prep_objects(acl, ("to", "at", "against")) + [
                    m for o in acl.children if o.dep_ in ("dobj", "obj") for m in self._np(o).mentions]
        if not targets and not cue.recipient_subject and (
                reading.type == "AID" or (reading.type == "MOBILIZE" and "to" in cue.preps)):
            # ("condemned the deployment of North Korean soldiers to Russia": where troops are sent)
            targets = self._stray_recipient(noun)
        own_parts = bool(owners or targets or pair)
        if reading.type in REACTIONS and not owners and self._elicited_from(noun):
            return  # "the launch drew condemnation from Seoul": read once the sentence's acts are known

        sources = owners
        # ("called for talks between Moscow and Kyiv": talks between others are not the caller's)
        if light is None and not owners and not (pair and len(pair) >= 2) and noun.dep_ == "pobj" \
                and noun.head.head.pos_ in ("VERB", "AUX") and (
                (noun.head.lower_ in ("for", "at", "during") and reading.type in ("CONSULT", "AGREE", "COOPERATE"))
                or (noun.head.lower_ == "in" and reading.type == "ASSAULT" and not self._passive(noun.head.head))):
            # ("used North Korean infantry in assaults on Ukrainian positions": the user attacks)
            # "travelled to Pyongyang for talks with X": the traveller talks; "Yoon and Kishida
            # agreed ... at a summit in Tokyo": those who acted at it took part
            subj = self._subjects(noun.head.head)
            sources, how = subj.mentions, 0.7 * (subj.how or 1.0)
        if light is not None:
            subj = self._subjects(light)
            if subj.mentions:
                sources, how = subj.mentions, 0.8 * (subj.how or 1.0)
            # "pledged support for Moscow": the parser often hangs the noun's preposition on the verb
            targets = targets + self._prep_objects(light, [p for p in cue.preps if p != "between"])
            if light_cue is not None and light_cue.override and reading.type == light_cue.type and sources:
                # "would halt visa-free trips by Japanese citizens": a suspension of others' acts is aimed at them
                own = {m.actor.country for m in sources}
                targets = targets + [m for m in owners if m.actor.country not in own]
        if not sources and light is None and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            # "the drills were a stern warning to Taiwan": an act that is another is by its doers
            for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
                parts = self._parts.get(subject.i)
                if parts is not None and parts[0] and parts[2] not in REACTIONS:
                    sources, how = list(parts[0]), 0.6
        if pair and not sources:
            sources, targets = pair[:1], pair[1:] + targets
        elif pair:
            targets = targets + [m for m in pair if m not in sources]

        if not own_parts and any(c.lower_ in DEFINITE for c in noun.children):
            # "the launch", "the agreement": an event already reported
            earlier = self._referent(noun, cue)
            if earlier is not None and light is None:
                self._parts[noun.i] = earlier
                return
        else:
            earlier = None
        if earlier is not None:
            doers, others, earlier_type = earlier
            if earlier_type in SYMMETRIC_EVENTS and len({m.actor.country for m in [*doers, *others]}) < 2 \
                    and not (light_cue is not None and light_cue.override):
                # "Putin signed a law revoking the ratification of the treaty ... the United States,
                # which signed the treaty": an agreement recorded with one party names no other
                pass
            elif (light_cue is not None and light_cue.override) or earlier_type in SYMMETRIC_EVENTS:
                targets = [m for m in [*doers, *others] if m not in sources]
            else:
                targets = targets or list(others)
            how *= 0.8
        if reading.type == "ASSAULT" and not targets:
            targets = self._where_place(light if light is not None else noun) or self._there_place(noun)
        if reading.type == "ASSAULT" and not (sources and targets):
            sources, targets = self._ongoing_war(noun, sources, targets)
        if light is not None and sources and not targets and not cue.no_target and earlier is None:
            # "both vetoed new sanctions" after "sanctions on North Korea": the same target
            same = self._recent_noun.get(noun.lemma_.lower())
            if same is not None:
                targets = [m for m in same[1] if m not in sources]
                how *= 0.7
        effective = light_cue if light_cue is not None and light_cue.override else cue
        if effective.claim:
            # "dismissed the new restrictions" after sanctions were reported: a rejected act of
            # others is answered to its doers ("denied the arms transfers", an act of the deniers'
            # own, still answers whoever claimed it)
            own = {m.actor.country for m in sources}
            done_by = list(earlier[0]) if earlier is not None and earlier[2] not in REACTIONS and not own & {
                m.actor.country for m in earlier[0]} else []
            # ("dismissed criticism from Washington as hypocritical": a reaction's maker is named by "from")
            critics = self._prep_objects(noun, ("from",)) if cue.type in REACTIONS else []
            targets = [m for m in owners if m not in sources] or [m for m in critics if m not in sources] \
                or done_by or self._claimants(sources)
        elif not targets and reading.type in REACTIONS:
            # "expressed concern that Putin had not ruled out cooperation"
            targets = self._reacted_to(noun, sources) or (self._reacted_to(light, sources) if light is not None else [])
            if not targets and reading.type == "ACCUSE":
                targets = self._concerned_party(noun, sources)
        status, attributed = self._noun_status(noun, light, cue)
        location = self._location(noun) or (self._location(light) if light is not None else None)
        self._emit(sent, noun, reading, sources, _unique(targets), status, attribution or attributed,
                   how, effective, location, self._overriding_date(noun, light, light_cue))

    def _referent(self, noun: Token, cue: EventCue) -> tuple[list[Mention], list[Mention], str] | None:
        """The event a definite noun refers back to: the latest one named by the same noun or of
        any kind the noun can name ("the drills" after "held a joint air exercise")."""
        modes = dict.fromkeys([cue.mode, *(r.mode for r in cue.modifiers.values())])
        keys = [("noun", noun.lemma_.lower())] + [("mode", m) for m in modes if m]
        found = [(self._recent_at[k], k) for k in keys if k in self._recent_at]
        if found:
            _, (kind, key) = max(found)
            return self._recent_noun[key] if kind == "noun" else self._recent_mode[key]
        return self._recent_type.get(cue.type)

    def _emit(self, sent: Span, trigger: Token, reading: Reading, sources: list[Mention], targets: list[Mention],
              status: str, attribution: str | None, how: float, cue: EventCue, location: str | None,
              when: DateMention | None) -> None:
        sources = [m for m in _unique(sources) if m.actor.country and m.form != "place"]
        first = trigger
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if cue is not None and "bond" in cue.objects and trigger.pos_ == "VERB" and any(
                o.dep_ in ("dobj", "obj") and "bond" in self._object_classes(o) for o in trigger.children) \
                and not [m for m in targets if m.actor.country not in {s.actor.country for s in sources}]:
            return  # (deepening ties with no one named: "alarm at deepening ties between Moscow and Pyongyang")
        if cue is not None and cue.mode == "refusal pledge":
            if status == "negated":
                status = "asserted"  # (the refusal is made; what is refused is not accepted)
            own = {m.actor.country for m in sources}
            if not [m for m in targets if m.actor.country and m.actor.country not in own]:
                # "Kuleba told him that Ukraine would not accept any proposal ...": a refusal
                # voiced to someone is made to them
                told = next((a for a in trigger.ancestors if a.lemma_.lower() == "tell"), None)
                told_to = [o for o in told.children if o.dep_ in ("dobj", "obj", "dative")] if told is not None else []
                if told_to:
                    targets = [m for o in told_to for m in self._np(o).mentions if m.actor.country and m.actor.country not in own]
                    if not targets:
                        return  # (made to someone we cannot place: no refusal at no one)
        if reading.type in ("ASSAULT", "COERCE") and first.dep_ == "xcomp" \
                and first.head.lemma_.lower() in self.cues.unhesitating_verbs \
                and any(c.dep_ == "neg" for c in first.head.children):
            # "Russia would not hesitate to attack", "would not hesitate to occupy, subdue and
            # reclaim South Korean territory": an attack one says one would not shrink from threatens
            reading, status = Reading("THREATEN", None), "asserted"
        company = trigger.head.head if trigger.dep_ == "pcomp" and trigger.head.lower_ == "in" else None
        if company is not None and company.lemma_.lower() in self.cues.company_verbs \
                and any(c.dep_ == "neg" for c in company.children) and not any(c.dep_ == "neg" for c in trigger.children):
            # "South Korea did not join China in banning Japanese fish": China bans, South Korea
            # does not
            joiners = {m.actor.id for m in self._subjects(company).mentions}
            if joiners and any(m.actor.id not in joiners for m in sources):
                self._emit(sent, trigger, reading, [m for m in sources if m.actor.id in joiners], targets, "negated",
                           attribution, how, cue, location, when)
                sources = [m for m in sources if m.actor.id not in joiners]
                status = "asserted" if status == "negated" else status
        # a target the dictionary cannot place (a university, an unnamed group) says nothing
        # about who acted on whom; the act stands without one where it can
        targets = [m for m in targets if m.actor.country]
        if reading.type == "CONSULT" and trigger.pos_ == "NOUN" and len({m.actor.country for m in sources}) == 1 \
                and sources[0].actor.kind != "organisation" \
                and not [m for m in targets if m.actor.country != sources[0].actor.country]:
            # (a body's own summit in a member's capital is held there, not with the host: "the
            # NATO summit in Vilnius")
            # "Blinken held talks in Seoul": talks abroad with no one named are with the host (a
            # noun only: "speaking in Hanoi" is no talk with Vietnam)
            targets = self._host_capital(trigger, sources[0].actor.country)
        if reading.type == "MOBILIZE" and reading.mode == "military exercise" and not targets \
                and len({m.actor.country for m in sources}) >= 2:
            # "the United States and its two Asian allies will hold annual exercises": held
            # together, with no one they are aimed at, the exercises are joint
            reading = Reading("COOPERATE", "joint exercise")
        elif reading.type == "MOBILIZE" and not targets and len({m.actor.country for m in sources}) >= 2 \
                and any(c.lower_ in ("joint", "combined") for o in trigger.children if o.dep_ in ("dobj", "obj")
                        for c in o.subtree):
            # "Belarus and Russia had agreed to deploy a joint regional grouping of troops": a
            # deployment made together, aimed at no one named, is their cooperation
            reading = Reading("COOPERATE", "joint deployment")
        if reading.type in ("ASSAULT", "COERCE") and sources and not [m for m in targets if m.actor.country not in
                                                           {s.actor.country for s in sources}]:
            # "said Ukrainian forces were shelling the plant", "Russian forces seized the facility":
            # in a war under way between two states both named in the text, a side's attack or
            # seizure aimed at no one named is on the other side
            targets = targets + self._war_counterpart(trigger, sources)
        parts = (sources, targets, reading.type)
        self._parts[trigger.i] = parts
        if sources:
            self._acts.append((trigger.i, sources, reading.type))
        # "any further attacks" is no particular act that "the attacks" could later rename
        generic = trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in trigger.children)
        if (sources or targets) and not generic:
            self._recent_type[reading.type] = parts
            if reading.mode:
                self._recent_mode[reading.mode] = parts
                self._recent_at[("mode", reading.mode)] = trigger.i
            if trigger.pos_ == "NOUN":
                self._recent_noun[trigger.lemma_.lower()] = parts
                self._recent_at[("noun", trigger.lemma_.lower())] = trigger.i
        if not sources:
            return
        if reading.type == "ACCUSE" and status == "asserted":
            self._claimants_seen.append(sources)
        if reading.type == "REQUEST" and targets:
            self._appeals.append((sources, targets))
        if reading.mode == "co-sponsorship" and len(sources) + len(targets) >= 2:
            self._motion_makers.append(_unique([*sources, *targets]))
        # a target that is the source itself ("its third launch") counts as no target
        pairs: list[tuple[Mention, Mention | None]] = [
            (s, t) for s in sources for t in targets if t.actor.country != s.actor.country]
        if pairs:
            pass
        elif len(sources) >= 2 and self._reciprocal(trigger) and reading.type not in SYMMETRIC_EVENTS:
            # "Beijing and Seoul exchanged protests": each side's act is aimed at the other
            pairs = [(a, b) for a, b in permutations(sources, 2) if a.actor.country != b.actor.country]
        elif len(sources) >= 2 and (reading.type in SYMMETRIC_EVENTS or cue.symmetric or self._reciprocal(trigger)):
            pairs = [(a, b) for a, b in combinations(sources, 2) if a.actor.country != b.actor.country]
        elif (cue.no_target and not self._quits_a_thing(trigger, reading)) or self._open_appeal(trigger, reading):
            pairs = [(s, None) for s in sources]
        quad = event_types().get(reading.type, {}).get("quad_class", "")
        value, precision = event_date(when, self.published)
        for source, target in pairs:
            key = (source.actor.id, target.actor.id if target else None, reading.type, status, trigger.i)
            if key in self._seen_events:
                continue
            self._seen_events.add(key)
            self.events.append({
                "source": source.actor.id,
                "target": target.actor.id if target else None,
                "source_country": source.actor.country,
                "target_country": target.actor.country if target else None,
                "type": reading.type,
                "quad_class": quad,
                "mode": reading.mode,
                "status": status,
                "date": value,
                "date_precision": precision,
                "location": location,
                "attribution": attribution,
                "sentence": sent.text.lstrip(),
                "start": sent.end_char - len(sent.text.lstrip()),
                "end": sent.end_char,
                "confidence": round(min(1.0, max(0.05, how)), 2),
            })

    def _open_appeal(self, trigger: Token, reading: Reading) -> bool:
        """"called for a security protection zone", "urged an immediate end to all shelling": an
        appeal for a thing (not for an act of someone named) stands with no one it is made of."""
        if reading.type != "REQUEST" or trigger.pos_ != "VERB" or self._denied(trigger):
            return False
        lemma = trigger.lemma_.lower()
        if any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
            return False  # "urged partners to increase deliveries": an act asked of someone
        # (also hung on the one appealed to: "appealed to Western partners for more air defense systems")
        preps = [p for p in trigger.children if p.dep_ == "prep"]
        preps += [q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"]
        things = [o for p in preps if f"{lemma} {p.lower_}" in self.cues.open_appeals
                  for o in p.children if o.dep_ == "pobj"]
        if lemma in self.cues.open_appeals:
            things += [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
        if trigger.dep_ == "conj" and trigger.head.dep_ == "xcomp":
            return False  # (an appeal the parser joins to the act asked of someone else)
        return bool(things) and not any(self._np(o, True).mentions or "person" in self._object_classes(o) for o in things)

    def _quits_a_thing(self, trigger: Token, reading: Reading) -> bool:
        """"would withdraw from discussions on joint economic activities", "was not withdrawing
        from the 2010 accord": leaving a thing that is no one (talks, an accord) yields to no one,
        unlike withdrawing troops or withdrawing from a place or a city."""
        if reading.type != "YIELD" or trigger.pos_ != "VERB":
            return False
        left = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children if o.dep_ == "pobj"]
        # (so does withdrawing a measure or decision: "ask Russia to withdraw it [the decision]")
        dropped = [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
        if not left and dropped and all(o.lower_ in ("it", "them") or o.lemma_.lower() in self.cues.measure_nouns
                                        or o.lemma_.lower() in self.cues.act_nouns for o in dropped):
            return True
        return bool(left) and all(
            o.lemma_.lower() in self.cues.accord_nouns for o in left)

    def _reciprocal(self, trigger: Token) -> bool:
        """An event noun given by a reciprocal light verb ("exchanged protests", "traded accusations")."""
        if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "obj"):
            return False
        verb = self.cues.verbs.get(trigger.head.lemma_.lower())
        return verb is not None and verb.light and verb.symmetric

    # ---------------------------------------------------------------- status
    def _status(self, verb: Token, cue: EventCue | None) -> tuple[str, str | None]:
        """Status from the trigger's own auxiliaries and negation, then from the verbs that
        govern it, up to a reporting verb (whose subject becomes the attribution)."""
        if cue is not None and cue.attempted and verb.dep_ in ("xcomp", "acl", "advcl") \
                and verb.head.lemma_.lower() in self.cues.attempt_governors:
            # "North Korea's attempt to put a satellite into orbit ended in failure", "failed to put
            # a satellite into orbit": the launch took place, as the attempt (or failure) did
            return self._status(verb.head, None)
        status: str | None = cue.status if cue is not None and cue.pos == "verb" and not cue.light else None
        attribution = None
        tok = verb
        first = True
        would = False
        independent = False
        for _ in range(8):
            # "does not rule out supplying weapons, but it has sent only aid": a conjunct with a
            # subject of its own is its own clause, not under the other conjunct's negation or modal
            own = None if independent else self._own_status(tok, inherit_negation=first or tok.dep_ != "conj")
            # likewise a clause of fact under although/because/while... ("could receive technology,
            # although the Kremlin has denied any cooperation": the denial is not hypothetical)
            independent = (any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and (
                tok.dep_ == "conj" or (tok.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in self.cues.factive_marks for c in tok.children)))) or (
                # "said the satellite would soon be placed in orbit and dismissed criticism": a plain
                # past joined to a modal (or negated) clause is not under its modal or negation
                # ("said sanctions were not effective and called for talks")
                tok.dep_ == "conj" and tok.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)
                and any((c.dep_ == "aux" and c.lower_ in self.cues.modals) or c.dep_ == "neg" for c in tok.head.children))
            if own and status is None:
                status = own
                would = any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)
            dep, head = tok.dep_, tok.head
            if head.i == tok.i:
                break
            if dep in ("ccomp", "parataxis") or (dep == "advcl" and head.lemma_.lower() in self.cues.reporting):
                if head.lemma_.lower() in self.cues.reporting:
                    attribution = self._attribution(head)
                    speakers = self._subjects(head).mentions
                    if speakers:
                        self._claimants_seen.append(speakers)
                    # reported "would" is the speaker's "will": "said it would redeploy"
                    if status == "hypothetical" and would:
                        status = "planned"
                    break
                gov = self._governed_as(head)
                if gov and status is None:
                    status = gov
                tok = head
            elif dep in ("xcomp", "conj", "advcl", "acomp") or (dep == "pcomp" and head.dep_ == "prep"):
                if dep == "pcomp":
                    head = head.head
                    if head.lemma_.lower() in self.cues.reporting:
                        # "accused Pyongyang of sending troops": the act is the accusers' claim
                        attribution = self._attribution(head)
                        break
                gov = self._governed_as(head)
                if gov and status is None and dep != "conj" and not independent:
                    # a causative ("prompting Beijing to lodge a complaint") reports the act as done
                    # as the causing is: "will prompt Japan to protest" is planned
                    status = (self._own_status(head) or "asserted") if gov == "asserted" else gov
                tok = head
            elif dep == "relcl" and verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i == tok.i \
                    and tok.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in verb.children) \
                    and head.head.pos_ in ("VERB", "AUX"):
                # "would restore the measures it had halted ... and deploy forces": a bare
                # infinitive cannot join a finite relative clause; it joins the modal clause above
                tok = head.head
            else:
                break
            first = False
        return status or "asserted", attribution

    def _own_status(self, tok: Token, inherit_negation: bool = True) -> str | None:
        for child in tok.children:
            word = child.lower_
            if child.dep_ == "neg" and word in self.cues.negations and inherit_negation:
                # "does not rule out supplying weapons": a denied exclusion leaves the act open
                if self._verb_phrase(tok) in self.cues.open_when_negated:
                    return "hypothetical"
                return "negated"
            if word in ("neither", "nor") and child.dep_ in ("preconj", "cc", "det", "advmod"):
                return "negated"
        for child in tok.children:
            # "if talks fail, X will impose sanctions": the condition hangs below the event
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in self.cues.conditional_marks for g in child.children):
                return "hypothetical"
        for child in tok.children:
            word = child.lower_
            if child.dep_ == "aux" and word in self.cues.modals:
                return self.cues.modals[word]
            if child.dep_ == "mark" and word in self.cues.conditional_marks:
                return "hypothetical"
            if child.dep_ == "advmod" and word in self.cues.hedges and tok.pos_ in ("VERB", "AUX"):
                return "hypothetical"
        # "is expected to", "are set to", "is due to"
        if tok.dep_ == "xcomp" and self._governed_as(tok.head):
            governed = self._governed_as(tok.head)
            # a causative: the act is as done as the causing ("will prompt Japan to protest": planned)
            return self._own_status(tok.head) if governed == "asserted" else governed
        # "its refusal to supply weapons", "a plan to send troops" (not "a proposal that X rejected")
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in self.cues.noun_governors \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return self.cues.noun_governors[tok.head.lemma_.lower()]
        return None

    def _governed_as(self, governor: Token) -> str | None:
        """The status a governing verb gives its complement; "call" governs only as an appeal
        ("called on Russia to withdraw", not "called a news conference to dispute it")."""
        lemma = governor.lemma_.lower()
        if lemma in PREP_CONTROL and not any(c.dep_ == "prep" and c.lower_ in PREP_CONTROL[lemma]
                                             for c in governor.children):
            return None
        return self.cues.governors.get(lemma)

    @staticmethod
    def _verb_phrase(tok: Token) -> str:
        """A verb's lemma with its particle, as cue lists write it ("rule out")."""
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        return " ".join([tok.lemma_.lower(), *particles])

    def _noun_status(self, noun: Token, light: Token | None, cue: EventCue) -> tuple[str, str | None]:
        light_cue = self.cues.verbs.get(light.lemma_.lower()) if light is not None else None
        if light_cue is not None and light_cue.override:
            # "denied any arms transfers": the denial happened, whatever it denies
            return self._status(light, None)
        if light is not None:
            denied = self._status(light, None)
            if denied[0] == "negated":
                return denied  # "had not signed any agreements": not signed, not maybe signed
            if light_cue is not None and light_cue.status == "negated":
                # "cancelled a planned visit": put off, whatever it was planned to be
                return ("negated" if denied[0] == "asserted" else denied[0]), denied[1]
        for child in noun.children:
            if child.dep_ in ("amod", "det", "compound", "advmod"):
                # the written form first: "planned" is a status, its lemma "plan" is not
                status = self.cues.status_modifiers.get(child.lower_) or self.cues.status_modifiers.get(child.lemma_.lower())
                if status:
                    return status, None
        # "the possibility of an arms deal", "the risks of a war"
        head = noun.head
        if light is None and noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            asked = self.cues.verbs.get(head.lemma_.lower())
            if asked is not None and asked.type == "REQUEST" and not asked.light:
                # "demanded the withdrawal of troops": what is asked for has not happened
                return "hypothetical", None
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in self.cues.hypothetical_heads:
            return "hypothetical", None
        if light is not None:
            status, attribution = self._status(light, None)
            lc = self.cues.verbs.get(light.lemma_.lower())
            if status == "asserted" and lc is not None and lc.status:
                status = lc.status
            return status, attribution
        # a noun inside a conditional clause ("if such a deal transpires")
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if noun.dep_ in ("nsubj", "nsubjpass", "attr") and verb.pos_ in ("VERB", "AUX") \
                and verb.lemma_.lower() in OCCURRENCE_VERBS:
            status, attribution = self._status(verb, None)
            return status, attribution
        return "asserted", None

    # ---------------------------------------------------------------- attribution, dates, place
    def _attribution(self, verb: Token) -> str | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                span = self.doc[child.left_edge.i: child.right_edge.i + 1]
                if len(span) > 12:
                    span = self.doc[child.i: child.i + 1]
                return span.text
        return None

    def _according_to(self, candidates: list[Token]) -> str | None:
        for tok in candidates:
            if tok.lower_ == "according" and tok.i + 1 < tok.sent.end and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        span = self.doc[obj.left_edge.i: obj.right_edge.i + 1]
                        return span.text if len(span) <= 12 else obj.text
        return None

    def _date_for(self, trigger: Token, light: Token | None) -> DateMention | None:
        """A date expression attached to the trigger's own clause (not to a nested event)."""
        owners = {trigger.i}
        if light is not None:
            owners.add(light.i)
        named = self._free_relative(trigger) if trigger.pos_ == "VERB" else None
        if named is not None:
            owners.add(named[0].i)  # "fired what it called a new weapon on Saturday"
        if trigger.pos_ in ("NOUN", "PROPN"):
            verb = trigger.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and self._cue(verb) is None:
                owners.add(verb.i)
            head = trigger.head
            if trigger.dep_ == "appos" or (trigger.dep_ in ("dobj", "obj") and any(
                    c.dep_ == trigger.dep_ and c.i < trigger.i for c in head.children)):
                # "fired a missile on Thursday, its first ICBM launch": an appositive (or the
                # second object the parser makes of one) renames the act, so shares its date
                owners.add(head.i)
                if trigger.dep_ == "appos" and head.dep_ in ("dobj", "obj"):
                    owners.add(head.head.i)  # (renaming the act's object: "test-fired a missile on Thursday, its first launch")
            if trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during") and trigger.head.head.pos_ == "VERB":
                # "agreed on Thursday ... at a summit in Tokyo": the summit was when they acted at it
                owners.add(trigger.head.head.i)
            # "his second summit with Trump, held in Hanoi in February": a participle on the noun
            # (the parser may tag it VBD: "the Washington Declaration unveiled on Wednesday")
            owners.update(c.i for c in trigger.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
        # "voted on Wednesday to demand", "summoned X on Monday to demand": a purpose or
        # control clause happens when its governing act does
        climber = trigger
        while climber.dep_ in ("xcomp", "advcl") and climber.head.i != climber.i \
                and (any(c.dep_ == "aux" and c.lower_ == "to" for c in climber.children) or self._same_time(climber)):
            climber = climber.head
            owners.add(climber.i)
        if climber.dep_ == "acl" and climber.head.lemma_.lower() in self.cues.attempt_governors \
                and climber.head.head.pos_ in ("VERB", "AUX"):
            # "North Korea's attempt to put a satellite into orbit ended in failure on Wednesday":
            # the attempt's act is when what is said of the attempt happened
            owners.add(climber.head.head.i)
        # owners in a participle clause act when the clause they hang on does ("ending a pause
        # at a summit" under "agreed on Thursday")
        for i in list(owners):
            tok = self.doc[i]
            while self._same_time(tok) and tok.head.i != tok.i:
                tok = tok.head
                owners.add(tok.i)
        # "Speaking in Hanoi on 20 June, Putin warned": a same-time participle clause on an
        # owner dates the owner's act
        owners.update(c.i for i in list(owners) for c in self.doc[i].children if self._same_time(c))
        # "Lukashenko, chairing a defence council on Monday, called ...": a participle aside set
        # off after the subject is when its subject acts
        owners.update(a.i for i in list(owners) for subj in self.doc[i].children if subj.dep_ == "nsubj"
                      for a in subj.children if a.dep_ == "acl" and a.tag_ == "VBG" and self.doc[a.i - 1].text == ",")
        # "their first meeting since 2019" is not a meeting in 2019
        first = any(c.lower_ in ("first", "last", "only") for c in trigger.children)
        best: DateMention | None = None
        best_distance = 0
        for i, mention in self.date_tokens.items():
            if not (trigger.sent.start <= i < trigger.sent.end):
                continue
            if first and (self.doc.text[mention.start:mention.start + 5].lower() == "since"
                          or self.doc.text[max(0, mention.start - 6):mention.start].lower().strip() == "since"):
                continue  # "since April 2019": the month pattern leaves the "since" outside
            owner = self.doc[i]
            while owner.head.i != owner.i:
                owner = owner.head
                if owner.i in owners or owner.pos_ in ("VERB", "AUX") or self._cue(owner) is not None:
                    break
            if owner.i in owners:
                if best is None or abs(i - trigger.i) < best_distance:
                    best, best_distance = mention, abs(i - trigger.i)
        if best is None:
            best = self._when_date(light if light is not None else trigger)
        if best is None:
            best = self._offset_date(trigger)
        if best is None:
            best = self._reported_date(light if light is not None else trigger)
        if best is None:
            best = self._conjunct_date(light if light is not None else trigger)
        if best is None and climber.dep_ == "advcl" and climber.head.i != climber.i and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in climber.children):
            # "Last month, Japan summoned China's ambassador after a Chinese plane violated its
            # airspace": an act just before or after one dated only to a month or year falls in it
            around = self._date_for(climber.head, None)
            if around is not None and around.precision in ("month", "year"):
                best = around
        if best is None:
            # "The North claimed last week that it had successfully tested a missile": a past
            # perfect reported by a saying dated only to a week, month or year falls in it
            reported = self._clause_verb(light if light is not None else trigger)
            if reported.dep_ == "ccomp" and _pluperfect(reported) and reported.head.lemma_.lower() in self.cues.reporting:
                around = self._date_for(reported.head, None)
                if around is not None:
                    best = around
        if best is None and self._scene_before is not None and self._scene_continued(light if light is not None else trigger):
            best = self._scene_before
        if best is not None and best.precision == "day" and self._in_main_clause(trigger) \
                and not _pluperfect(self._clause_verb(trigger)):
            self._scene_date = best
        return best

    def _offset_date(self, trigger: Token) -> DateMention | None:
        """"said on Friday ..., a day after he held his first summit" -> the summit on Thursday;
        "fired a missile on Monday, two days before the summit" -> the summit on Wednesday: an act
        a count of days after/before a dated one."""
        verb = self._clause_verb(trigger)
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before"):
            relation, direction, anchor = trigger.head, trigger.head.lower_, trigger.head.head
        elif verb.dep_ == "advcl" and verb.head.i != verb.i:
            mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if mark is None:
                return None
            relation, direction, anchor = verb, mark, verb.head
        else:
            return None
        span = next((c for c in relation.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
        if span is None:
            return None
        count = next((count_of(c.lower_) for c in span.children if c.dep_ in ("det", "nummod")), None)
        if count is None:
            return None
        # the anchor's time is that of its clause, or of the saying that reports it
        while True:
            found = self._date_for(anchor, None)
            if found is not None or anchor.dep_ != "ccomp" or anchor.head.i == anchor.i:
                break
            anchor = anchor.head
        if found is None:
            return None
        return shifted(found, -count if direction == "after" else count)

    def _reported_date(self, trigger: Token) -> DateMention | None:
        """"said on Thursday that Washington was stoking tension": what a dated saying reports as
        going on (present or progressive, no modal) is dated by the saying."""
        verb = self._clause_verb(trigger)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues.reporting:
            return None
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.lower_ in ("had", "has", "have") for a in auxes):
            return None
        if not (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and auxes)):
            return None
        return self._date_for(verb.head, None)

    def _conjunct_date(self, trigger: Token) -> DateMention | None:
        """"met Yoon on Wednesday and asked Seoul for arms": a verb coordinated with a dated one,
        naming no time of its own, happened then too."""
        verb = self._clause_verb(trigger)
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
            return None
        # only a shared subject and tense ("has since fired", "and from that autumn Washington
        # accused" are other times)
        # ("Putin, chairing a security meeting on Monday, called the assault ...": the parser may
        # make the aside's participle the root and the finite verb after it its conjunct)
        aside = verb.head.tag_ == "VBG" and verb.tag_ == "VBD" and self.doc[verb.i - 1].text == "," \
            and any(c.dep_ == "nsubj" for c in verb.head.children)
        if (verb.tag_ != verb.head.tag_ and not aside) or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            return None
        return self._date_for(verb.head, None)

    @staticmethod
    def _clause_verb(tok: Token) -> Token:
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _in_main_clause(self, trigger: Token) -> bool:
        verb = self._clause_verb(trigger)
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _scene_continued(self, trigger: Token) -> bool:
        """"On Tuesday, Kim met Putin. The two leaders signed a treaty": a main clause whose subject
        refers back to the group just reported ("they", "both", "the two leaders") continues that
        scene, and its day, unless it names a time of its own."""
        if not self._in_main_clause(trigger):
            return False
        verb = self._clause_verb(trigger)
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ("they", "both"):
                return True
            if subject.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in subject.children):
                return True
        return False

    @staticmethod
    def _same_time(clause: Token) -> bool:
        """A participle clause with no subordinator of its own, or with while/as/when, happens
        when its governing act does ("inspected bombers on Saturday, accompanied by Shoigu")."""
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBN", "VBG"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return False
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        return all(m in ("while", "as", "when") for m in marks)

    def _when_date(self, trigger: Token) -> DateMention | None:
        """A "when" clause happens at the time it hangs on: "since April 2019, when they held a
        summit" (a relative clause on the date) or "in May 2022, when the two blocked sanctions"
        (an adverbial clause of a dated act)."""
        verb = trigger
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            return None
        head = verb.head
        if verb.dep_ == "relcl":
            start, end = int(self._idx[head.i]), int(self._idx[head.i] + self._len[head.i])
            return next((m for m in self.dates if m.start <= start and end <= m.end), None)
        if verb.dep_ == "advcl" and head.i != verb.i:
            return self._date_for(head, None)
        return None

    def _location(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (obj.ent_type_ in LOCATION_LABELS or obj.i in self.by_token):
                        span = self.doc[obj.left_edge.i: obj.right_edge.i + 1]
                        text = span.text
                        return text[4:] if text.lower().startswith("the ") else text
        return None

    # ---------------------------------------------------------------- relationships
    def _relationships(self, sent: Span, candidates: list[Token]) -> None:
        cues = self.cues
        for tok in candidates:
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            lemma = tok.lemma_.lower()
            cue = cues.rel_nouns.get(lemma) if tok.pos_ in ("NOUN", "PROPN") else cues.rel_adjectives.get(tok.lower_)
            if cue is None or tok.i in self.by_token:
                continue
            rel_type = cue.type
            modified = None
            for child in tok.children:
                if child.dep_ in ("amod", "compound") and child.i < tok.i:
                    modified = cue.modifiers.get(child.lemma_.lower()) or cue.modifiers.get(child.lower_) or modified
            if modified:
                rel_type = modified
            elif cue.treaty_clause and _reciprocal_clause(sent):
                pass  # "obliges each side to provide military assistance if the other is attacked"
            elif cue.only_modifiers:
                continue
            if cue.of_classes and not any(set(cue.of_classes).intersection(self._object_classes(o))
                                          for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                          for o in p.children if o.dep_ == "pobj"):
                continue  # "a source of tension" is no supplier
            if cue.sphere:
                self._sphere(sent, tok)
                continue
            if cue.treaty_clause:
                self._treaty_tie(sent, tok, rel_type)
                continue
            self._frame_subject = []
            named = self._treaty_parties(tok)
            if named:
                # "the Treaty on Comprehensive Strategic Partnership": the tie is between its parties
                for a, b in combinations(named, 2):
                    self._emit_rel(sent, a, b, rel_type, False, 0.6)
                continue
            pair = self._hyphen_pair(tok) if rel_type in SYMMETRIC_RELATIONSHIPS else []
            if pair:
                # "the U.S.-Japan alliance": the tie is between the two states it is named by
                self._emit_rel(sent, pair[0], pair[1], rel_type, False, 0.7)
                continue
            holders, negated, how = self._holders(tok)
            others = self._counterparts(tok, cue.preps)
            count = next((c for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), None)
            if not holders and others and count is not None:
                # "the United States and its two Asian allies": the allies are the two named before
                own = {m.actor.country for m in others}
                holders = [m for m in self._counted_group(count) if m.actor.country not in own]
                how = 0.6
            if not holders and not others and count is not None and tok.tag_ == "NNS" \
                    and rel_type in SYMMETRIC_RELATIONSHIPS:
                # "the most hostile intentions of the two allies": calling the states counted allies
                # states their tie; whoever speaks of them is not one of them
                holders = self._counted_group(count, outside=frozenset(m.actor.country for m in self._reporter(tok)))
                how = 0.6
            if not holders and others and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ == "poss" for c in tok.children):
                # "Campbell said the alliance with Seoul remained ironclad": a tie with a partner
                # and no owner named is the reporting speaker's own
                own = {m.actor.country for m in others}
                holders = [m for m in self._reporter(tok) if m.actor.country not in own]
                how = 0.6
            if not others:
                for sibling in (tok.head,) if tok.dep_ == "conj" else tuple(c for c in tok.children if c.dep_ == "conj"):
                    others = self._counterparts(sibling, cue.preps)
                    if others:
                        break
            if not others and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into") \
                    and tok.head.head.lemma_.lower() in self.cues.forming_verbs:
                # ("upgraded its ties with the United States to a partnership": the other side is
                # who the ties upgraded are with)
                own = {m.actor.country for m in holders}
                others = [m for o in tok.head.head.children if o.dep_ in ("dobj", "obj")
                          for m in self._prep_objects(o, ("with",)) if m.actor.country not in own]
            if not others and self._frame_subject and rel_type in SYMMETRIC_RELATIONSHIPS:
                # "X sees Y as an adversary" / "X called Y a foe": the viewer is the other side
                others = [m for m in self._frame_subject if m not in holders]
            if cue.only_with_preps and not others:
                continue
            if not holders and len(others) >= 2 and rel_type in SYMMETRIC_RELATIONSHIPS:
                holders, others = others[:1], others[1:]
            if not others and len(holders) >= 2 and rel_type in SYMMETRIC_RELATIONSHIPS:
                for a, b in combinations(holders, 2):
                    self._emit_rel(sent, a, b, rel_type, negated, how)
                continue
            for h in holders:
                for o in others:
                    src, dst = (o, h) if cue.reverse else (h, o)
                    self._emit_rel(sent, src, dst, rel_type, negated, how)
                    if rel_type == "MEMBER" and not negated and tok.dep_ == "attr" \
                            and tok.head.lemma_.lower() in self.cues.accession_verbs:
                        # "Sweden formally became NATO's 32nd member on Thursday": joining is an act
                        status, attributed = self._status(tok.head, None)
                        self._emit(sent, tok.head, Reading("AGREE", "accession"), [src], [dst], status, attributed,
                                   how, _ACCESSION, self._location(tok.head), self._date_for(tok.head, None))

    def _hyphen_pair(self, noun: Token) -> list[Mention]:
        """The two states of a hyphenated modifier ("U.S.-Japan", "Russia-North Korea") before the noun."""
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
        if not modifiers and noun.i > 0 and "-" in self.doc[noun.i - 1].text.strip("-"):
            # "the U.S.-Japan alliance" as one token the parser hangs elsewhere
            modifiers = [self.doc[noun.i - 1]]
        if not modifiers:
            return []
        start = min(c.left_edge.i if c.head.i == noun.i else c.i for c in modifiers)
        parts = [p.strip() for p in self.doc[start:noun.i].text.split("-")]
        if len(parts) != 2:
            return []
        found: list[Mention] = []
        for part in parts:
            actor = self.actors.lookup(part[4:] if part.lower().startswith("the ") else part)
            if actor is None or actor.kind != "country":
                return []
            found.append(Mention(noun.i, noun.i + 1, actor, "name"))
        return found if found[0].actor.country != found[1].actor.country else []

    def _reporter(self, tok: Token) -> list[Mention]:
        """Who reports the clause holding `tok`: the subject of the nearest verb of saying above it."""
        node = tok
        for _ in range(8):
            if node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in self.cues.reporting \
                    and node.i not in {t.i for t in tok.ancestors if t.dep_ == "relcl"}:
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i
                       for c in node.children):
                    continue  # "his office said": tok is in the reporter itself, not reported by it
                return self._subjects(node).mentions
        return []

    def _treaty_parties(self, noun: Token) -> list[Mention]:
        """Parties of the agreement whose name holds `noun` ("Treaty on ... Partnership")."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("on", "of"):
            return []
        parts = self._parts.get(noun.head.head.i)
        if parts is None or parts[2] != "AGREE":
            return []
        return _unique_countries([*parts[0], *parts[1]])

    def _holders(self, noun: Token) -> tuple[list[Mention], bool, float]:
        """Whose tie the noun describes, and whether it is denied."""
        negated = any(c.lower_ in self.cues.rel_negations and c.dep_ in ("det", "neg") for c in noun.children)
        named = [m for c in noun.children if c.dep_ == "appos" for m in self._np(c, True).mentions if m.actor.country]
        if named:
            # "Russia and its strategic partner China": the name set beside the noun holds the tie
            return named, negated, 0.75
        if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and noun.head.head.lemma_.lower() in self.cues.forming_verbs:
            # "Vietnam upgraded its ties with the United States to a comprehensive strategic
            # partnership": the upgrader holds the tie it is raised to
            return self._subjects(noun.head.head).mentions, negated, 0.7
        node = noun
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and (
                node.head.head.lower_ == "one" or node.head.head.like_num or node.head.head.lower_ in ("both", "all")):
            # "has become one of Moscow's suppliers", "Japan and South Korea, two of NATO's four
            # partners": the tie is said of the part
            node = node.head.head
        if node.dep_ == "compound" and node.head.pos_ == "NOUN":
            # "signed the Comprehensive Strategic Partnership treaty": the tie the named pact forms
            head = node.head
            if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in self.cues.forming_verbs:
                return self._subjects(head.head).mentions, negated, 0.7
        for clause in node.children:
            # "the alliance the two countries had kept": the holders are the relative clause's subject
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.cues.forming_verbs:
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
                if subjects:
                    return [m for c in subjects for m in self._np(c, True).mentions], negated, 0.7
        head = node.head
        own_subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if own_subjects:
            # a small clause: "the treaty makes Russia and North Korea allies"
            return [m for c in own_subjects for m in self._np(c, True).mentions], negated, 0.7
        if node.dep_ in ("attr", "acomp", "oprd") and head.lemma_.lower() in self.cues.copulas:
            negated = negated or any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children) \
                or _no_longer(head)
            for c in head.children:
                if c.dep_ in ("dobj", "obj") and c.i < node.i:
                    # "Lai called China a hostile force": China holds the tie, the caller is the
                    # other side (also in a participle: "welcomed the summit, calling Japan its ally")
                    self._frame_subject = self._subjects(head).mentions
                    return self._np(c, True).mentions, negated, 0.7
            # ("while Russia has for decades been its main supplier": the parser may hang the
            # subject on the auxiliary)
            on_aux = [m for a in head.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"
                      for m in self._np(c, True).mentions]
            if on_aux:
                return on_aux, negated, 0.8
            if head.dep_ in ("acl", "advcl", "relcl") and not any(c.dep_ == "nsubj" for c in head.children):
                return self._np(head.head if head.dep_ != "advcl" else self._subject_token(head.head), True).mentions, negated, 0.7
            return self._subjects(head).mentions, negated, 0.8
        if node.dep_ == "appos":
            return self._np(head, True).mentions, negated, 0.75
        beside = self._unparsed_apposition(node)
        if beside is not None:
            return [beside], negated, 0.7
        if node.dep_ in ("dobj", "obj") and head.lemma_.lower() in self.cues.forming_verbs:
            # "Russia and China declared a partnership": the subjects hold the tie they form
            negated = negated or any(c.dep_ == "neg" for c in head.children)
            return self._subjects(head).mentions, negated, 0.7
        if node.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in self.cues.changing_verbs:
            # "turned Pyongyang into Moscow's leading source of ammunition": the one turned holds it
            changed = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
            if changed:
                return [m for c in changed for m in self._np(c, True).mentions], negated, 0.7
        if node.dep_ == "pobj" and head.lower_ == "as":
            owner = head.head
            negated = negated or (owner.pos_ in ("VERB", "AUX") and (
                any(c.dep_ == "neg" or c.lower_ == "never" for c in owner.children) or _no_longer(owner)))
            if owner.pos_ in ("NOUN", "PROPN"):
                return self._np(owner).mentions, negated, 0.7
            for c in owner.children:
                if c.dep_ in ("dobj", "obj"):
                    # "North Korea sees the US as its adversary": "its" is the seer
                    self._frame_subject = self._subjects(owner).mentions
                    return self._np(c, True).mentions, negated, 0.7
            return self._subjects(owner).mentions, negated, 0.7
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            # "China's 'no limits' partnership with Russia": the possessor holds a tie "with" another
            owners = [m for c in noun.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
            if owners:
                return owners, negated, 0.7
        return [], negated, 0.0

    def _unparsed_apposition(self, noun: Token) -> Mention | None:
        """An apposition the parser missed ("For Beijing, now Russia's largest trading partner, ..."
        parsed with the noun as the clause's dependent): the actor just before the comma that opens
        the noun's own phrase."""
        i = noun.i - 1
        while i >= 0 and self.doc[i].dep_ in ("det", "amod", "compound", "poss", "case", "advmod", "nummod") \
                and noun in self.doc[i].ancestors:
            i -= 1
        if i < 1 or self.doc[i].text != "," or (i - 1) not in self.by_token:
            return None
        return self.by_token[i - 1]

    def _subject_token(self, verb: Token) -> Token:
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
        return verb

    def _counterparts(self, noun: Token, preps: Iterable[str]) -> list[Mention]:
        # a noun's complement follows it: a fronted "For Beijing, ... partner" is no counterpart
        found = [m for m in self._prep_objects(noun, preps) if m.start > noun.i]
        if found and any(c.dep_ == "poss" for c in noun.children):
            # "the United States, its only treaty ally, as well as with Australia": a phrase set off
            # after a possessed tie noun by a comma or "as well as" continues the clause, not the tie
            starts = [c.i for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i]
            if starts and all(any(t.is_punct or t.dep_ == "cc" for t in self.doc[noun.i + 1:i]) for i in starts):
                found = []
        if not found:
            for child in noun.children:
                if child.dep_ == "poss":
                    if child.pos_ == "PRON" and self._frame_subject:
                        found.extend(self._frame_subject)
                    else:
                        found.extend(self._np(child, True).mentions)
        if not found and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            # "Seoul, a U.S. ally", "is an American ally": a state named before one of its kind is
            # the other side (the plural "its South Korean allies" names the allies themselves)
            for child in noun.children:
                if child.dep_ in ("compound", "amod") and child.i < noun.i:
                    found.extend(m for m in self._np(child, True).mentions if m.actor.kind == "country")
        return _unique(found)

    def _treaty_tie(self, sent: Span, clause: Token, rel_type: str) -> None:
        """A treaty clause ("mutual assistance") ties the treaty's parties: its owners, the states
        it is "with" or "between", and, with one of them named, the subject that signs or holds it."""
        treaty = clause
        for _ in range(5):
            if treaty.head.i == treaty.i:
                return
            treaty = treaty.head
            cue = self.cues.nouns.get(treaty.lemma_.lower()) if treaty.pos_ in ("NOUN", "PROPN") else None
            if cue is not None and cue.type == "AGREE":
                break
            if treaty.pos_ in ("VERB", "AUX"):
                # "The pact obliges each side to provide ... assistance": the clause's subject
                subject = next((c for c in treaty.children if c.dep_ == "nsubj"), None)
                cue = self.cues.nouns.get(subject.lemma_.lower()) if subject is not None and subject.pos_ == "NOUN" else None
                if cue is not None and cue.type == "AGREE":
                    treaty = subject
                    break
        else:
            return
        if cue is None or cue.type != "AGREE":
            return
        parties = [m for c in treaty.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                   for m in self._np(c, True).mentions]
        parties += self._prep_objects(treaty, ("with", "between"))
        parties = _unique_countries(parties)
        if not parties and any(c.lower_ in DEFINITE for c in treaty.children):
            # "the pact" named before ("ratified the partnership treaty with North Korea")
            earlier = self._referent(treaty, cue)
            if earlier is not None:
                parties = _unique_countries([*earlier[0], *earlier[1]])
        verb = treaty.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if len(parties) == 1:
            if verb.pos_ in ("VERB", "AUX"):
                parties = _unique_countries(parties + self._subjects(verb).mentions)
        elif not parties and treaty.dep_ in ("dobj", "obj") and verb.lemma_.lower() in self.cues.forming_verbs:
            # "Moscow and Pyongyang, which signed a mutual defence treaty in June": those who sign it
            parties = _unique_countries(self._subjects(verb).mentions)
        for a, b in combinations(parties, 2):
            self._emit_rel(sent, a, b, rel_type, False, 0.6)

    def _sphere(self, sent: Span, sphere: Token) -> None:
        """"X within Y's sphere of influence": Y is X's patron."""
        patrons = [m for c in sphere.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
        if not patrons or sphere.dep_ != "pobj":
            return
        prep = sphere.head
        owner = prep.head
        if owner.lower_ == "as":
            owner = owner.head
        clients: list[Mention] = []
        for c in owner.children:
            if c.dep_ in ("dobj", "obj"):
                clients = self._np(c, True).mentions
        if not clients:
            clients = self._subjects(owner).mentions if owner.pos_ in ("VERB", "AUX") else self._np(owner, True).mentions
        negated = any(c.dep_ == "neg" for c in owner.children)
        for p in patrons:
            for c in clients:
                self._emit_rel(sent, p, c, "PATRON", negated, 0.7)

    def _emit_rel(self, sent: Span, source: Mention, target: Mention, rel_type: str, negated: bool, how: float) -> None:
        if not source.actor.country or not target.actor.country or source.actor.country == target.actor.country:
            return
        if rel_type == "MEMBER" and target.actor.kind != "organisation":
            return  # one is a member of a body, never of a state ("members of shielding Pyongyang")
        key = (source.actor.id, target.actor.id, rel_type, negated, sent.start)
        if key in self._seen_rels:
            return
        self._seen_rels.add(key)
        if rel_type == "MEMBER":
            self._membership_body = target
        self.relationships.append({
            "source": source.actor.id,
            "target": target.actor.id,
            "source_country": source.actor.country,
            "target_country": target.actor.country,
            "type": rel_type,
            "negated": negated,
            "sentence": sent.text.lstrip(),
            "start": sent.end_char - len(sent.text.lstrip()),
            "end": sent.end_char,
            "confidence": round(how, 2),
        })


def _reciprocal_clause(sent: Span) -> bool:
    """A sentence that distributes an obligation over two sides ("each side ... the other",
    "each other", "one another")."""
    words = {t.lower_ for t in sent}
    return ("each" in words and "other" in words) or ("one" in words and "another" in words)


def _partitive_whole(tok: Token) -> Token | None:
    """The whole a partitive word is part of: "vessels" in "several of the vessels"."""
    # (a pronoun whole is left alone: "most of them were deployed" is about troops as often as states)
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.pos_ != "PRON"), None)


def _no_longer(verb: Token) -> bool:
    """"would no longer regard the South as a partner": the parser hangs "no" on "longer"."""
    return any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(n.dep_ == "neg" for n in c.children)
               for c in verb.children)


def _pluperfect(verb: Token) -> bool:
    """"Kim had arrived on Wednesday": a past before the story's, which sets no scene."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _clause_tokens(top: Token) -> Iterator[Token]:
    """`top` and what hangs on it, without descending into relative or adjectival clauses
    (in "measures that Beijing does not endorse" the endorsing is not what the measures are)."""
    stack = [top]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl"))


_hash_cache: dict[tuple[int, int], tuple[frozenset[int], frozenset[int]]] = {}


def _cue_hashes(vocab: Vocab, cues: Knowledge) -> tuple[frozenset[int], frozenset[int]]:
    """String-store ids of every cue lemma (and of the lower-case words looked at directly)."""
    key = (id(vocab), id(cues))
    found = _hash_cache.get(key)
    if found is None:
        lemmas = {v.split()[0] for v in [*cues.verbs, *cues.fallback_verbs]} | set(cues.nouns) | set(cues.rel_nouns) | set(cues.adjectives) \
            | set(cues.threat_contents) | set(cues.acceptance_verbs)
        lemmas |= {w[:1].upper() + w[1:] for w in lemmas}
        lowers = set(cues.rel_adjectives) | set(cues.adjectives) | {"according"} | set(cues.demand_modals) | set(cues.wish_modals) | set(cues.joint_adverbs) \
            | set(cues.denial_words)
        found = (frozenset(vocab.strings.add(w) for w in lemmas), frozenset(vocab.strings.add(w) for w in lowers))
        _hash_cache[key] = found
    return found


def _unique_countries(mentions: Iterable[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.actor.country and m.actor.country not in seen:
            seen.add(m.actor.country)
            out.append(m)
    return out


def _as_actors(doc: Doc, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions that name an actor, not a modifier's nationality ("North Korean and Chinese
    pressure")."""
    out = []
    for m in mentions:
        tok = doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("amod", "compound"):
            out.append(m)
    return out


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i:
        tok = tok.head
        depth += 1
    return depth


def _group_in(mentions: list[Mention]) -> list[Mention]:
    """The last coordinated pair in a sentence so far ("Putin and Kim ... their")."""
    unique = _unique(mentions)
    return unique[-2:] if len(unique) >= 2 else []


def _document_json(doc: Any) -> dict[str, Any]:
    published = getattr(doc, "published", None)
    return {"path": doc.path, "title": getattr(doc, "title", None),
            "published": published.isoformat() if published else None,
            "source": getattr(doc, "source", None), "url": getattr(doc, "url", None)}


# --------------------------------------------------------------------------------------------
def _analyse(document: Any, parsed: Doc) -> dict[str, Any]:
    nlp = get_nlp()
    return _DocumentAnalysis(document, parsed, dictionary(nlp), knowledge()).run()


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


def _tokenized(nlp: Any, text: str) -> Doc:
    """The text tokenized for the pipeline, a sentence starting after each blank line: the parser
    otherwise runs a paragraph's last sentence into the next one's."""
    doc = nlp.make_doc(_parse_text(text))
    prefixes = knowledge().hyphen_prefixes
    joined: list[int] = []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
        elif tok.text == "-" and not before.whitespace_ and not tok.whitespace_ and before.lower_ in prefixes \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha and not doc[tok.i + 1].lower_.endswith("ing"):
            joined.append(before.i)  # ("the test-firing of": the noun parses well as it is)
    if joined:
        # "test-fired": one verb, not a noun "test" the parser makes the subject
        with doc.retokenize() as retokenizer:
            for i in joined:
                retokenizer.merge(doc[i:i + 3])
    return doc


def extract(doc: Any) -> dict[str, Any]:
    """One document's actors, events and relationships as a JSON-ready object."""
    nlp = get_nlp()
    return _analyse(doc, nlp(_tokenized(nlp, doc.text)))


def extract_many(docs: Iterable[Any], batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """The same results as `extract` for each document, parsed in batches with nlp.pipe."""
    nlp = get_nlp()
    pending = iter(docs)
    # nlp.pipe with as_tuples keeps each document beside its parse without holding all in memory
    for parsed, document in nlp.pipe(((_tokenized(nlp, d.text), d) for d in pending), batch_size=batch_size, as_tuples=True):
        yield _analyse(document, parsed)


def cli_extract(path: Path) -> int:
    """`python -m dashboard extract FILE`: print the first record's extraction as JSON."""
    from .nlp import ModelUnavailable
    from .readers import ReadError, read_documents

    try:
        documents, errors = read_documents(path)
    except ReadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # anything the reader did not anticipate, still one line
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for err in errors:
        print(f"warning: {err}", file=sys.stderr)
    if not documents:
        print(f"error: {path}: no readable record", file=sys.stderr)
        return 1
    if len(documents) + len(errors) > 1:
        print(f"note: {path} holds {len(documents) + len(errors)} records; printing the first "
              f"({documents[0].path})", file=sys.stderr)
    try:
        result = extract(documents[0])
    except ModelUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (RecursionError, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
        # An extractor defect on one text: one line naming the file (as ingest logs it), not a
        # traceback. (A broken cue file, CueFileError, is reported by the command line itself.)
        from .cues import CueFileError

        if isinstance(exc, CueFileError):
            raise
        print(f"error: {path}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0
