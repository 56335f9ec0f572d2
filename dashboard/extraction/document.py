"""One document's analysis: `_DocumentAnalysis`, assembled from the per-stage mixins of this
package, holds the parse, the actor mentions, the dates and the state the stages share (set up
in `__init__`, documented there), and `run` walks the sentences: per sentence `_sentence` finds
the cue tokens and reads noun events (deepest first), then verb events, then the readings of
clause_events.py, then relationships; after each sentence the discourse context is updated.
"""
from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from typing import Any

from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..actors import ActorDictionary, Mention
from ..cues import EventCue, Knowledge
from ..dates import DateMention, find_dates
from .clause_events import _ClauseEvents
from .context import REACTIONS, ROLE_KINDS, Context, _pluperfect, _unique
from .dateline import _dateline_place
from .emit import _CEASED, _Emitting
from .issuer import _Issuer
from .learned import forget as forget_learned_memo
from .learned import learned_events
from .learned_relationships import learned_relationships
from .noun_events import _NounEvents
from .phrases import _Phrases
from .reactions import _Reactions
from .relationships import _Relationships
from .roles import _Roles
from .status import _Status
from .targets import _Targets
from .triggers import _Triggers
from .verb_events import _VerbEvents
from .when import _When

log = logging.getLogger(__name__)


class _DocumentAnalysis(
    _Triggers, _Phrases, _Roles, _VerbEvents, _NounEvents, _ClauseEvents, _Targets, _Reactions, _Emitting,
    _Status, _When, _Relationships, _Issuer,
):
    """Everything extracted from one parsed document."""

    def __init__(self, document: Any, parsed: Doc, actors: ActorDictionary, cues: Knowledge,
                 skip_failing_sentences: bool = False):
        self.document = document
        # a rule defect on one sentence loses that sentence's claims, not the article (ingest and
        # the command line); tests and the library default keep it an error
        self._skip_failing = skip_failing_sentences
        self.doc = parsed
        self.cues = cues
        self.actors = actors
        self.published: date | None = getattr(document, "published", None)
        # the sentences and their first tokens, found once: a Token's own `.sent` makes two spans
        # and asks whether the text is parsed each time it is read (`_sentence_of`)
        self._sents: list[Span] = list(parsed.sents)
        self._sent_starts: list[int] = [s.start for s in self._sents]
        self.mentions = actors.find(parsed, self.published, _dateline_place(getattr(document, "text", "") or ""))
        # "29.5 billion US dollars", "Russian roubles": a state naming a currency is no actor in the
        # text (official-register pass, session 12)
        self.mentions = [m for m in self.mentions if not (
            parsed[m.end - 1].dep_ in ("compound", "amod", "nmod") and parsed[m.end - 1].head.lemma_.lower() in cues.currency_nouns)]
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
        # each token's lower-case lemma and lower-case form (`tok.lemma_.lower()`, `tok.lower_`) from
        # the same ids: the rules that look at every word of a sentence test these strings first and
        # make a Token only of a word that may be a cue
        strings = parsed.vocab.strings
        self._lemma_lower: list[str] = [_lowered(strings, h) for h in lemma_ids.tolist()]
        self._lower: list[str] = [strings[h] for h in lower_ids.tolist()]
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
        self._accusations_seen: list[tuple[list[Mention], list[Mention]]] = []  # (accusers, accused)
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
        # plural noun lemma -> (where, whom): the latest "ministers of the G7", "Japanese and Korean
        # envoys", which a later bare "the ministers" means (roles pass 2, phrases._note_represented)
        self._represented: dict[str, tuple[int, list[Mention]]] = {}
        self._recent_mode: dict[str, tuple[list[Mention], list[Mention], str]] = {}
        self._recent_at: dict[tuple[str, str], int] = {}
        # the day the previous sentence's main act is dated, which "the two leaders then signed..."
        # continues (see _scene_continued)
        self._scene_before: DateMention | None = None
        self._scene_date: DateMention | None = None
        # the scene each sentence opened with, by its first token, for the learned tier that dates
        # its additions after the rules have read the whole text (dates pass 1)
        self._scenes: dict[int, DateMention | None] = {}
        # the day the previous sentence's main verb itself is dated (not a noun's or a nested
        # clause's date), which a later past-tense sentence naming no time continues (dates pass 2)
        self._root_scene: DateMention | None = None
        self._root_scenes: dict[int, DateMention | None] = {}
        self._background = False  # ("noun"|"mode", key) -> its latest trigger
        self._skipped_sentences: set[int] = set()  # first tokens of sentences a rule defect lost
        # the references each sentence makes and whom the rules read them as (phrases._note_references)
        self.references: list[tuple[int, int, str, list[tuple[str, str]]]] = []
        # the body an official text's heading names, whom its "we" means (issuer.py)
        self._find_issuer()

    def run(self) -> dict[str, Any]:
        for sent in self.doc.sents:
            lo, hi = bisect_left(self._mention_starts, sent.start), bisect_left(self._mention_starts, sent.end)
            self._sentence_mentions = self.mentions[lo:hi]
            lo, hi = bisect_left(self._candidates, sent.start), bisect_left(self._candidates, sent.end)
            # a sentence in the past perfect is background: the scene's day carries over it
            if self._scene_date is not None or not self._background:
                self._scene_before = self._scene_date
            self._scene_date, self._background = None, _pluperfect(sent.root)
            self._scenes[sent.start] = self._scene_before
            self._root_scenes[sent.start] = self._root_scene
            kept = len(self.events), len(self.relationships)
            try:
                self._sentence(sent, [self.doc[i] for i in self._candidates[lo:hi]])
            except (RecursionError, ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
                if not self._skip_failing:
                    raise
                del self.events[kept[0]:], self.relationships[kept[1]:]
                self._skipped_sentences.add(sent.start)  # (the learned tier leaves it too)
                log.warning("%s: extraction skipped the sentence at characters %d-%d (%s: %s)",
                            getattr(self.document, "path", "document"), sent.start_char, sent.end_char,
                            type(exc).__name__, exc)
            if self._scene_date is None:
                # "A spokeswoman said on Tuesday the controls were lawful. She accused ...": a dated
                # saying with no event of its own sets the scene too (pass 34), and so does any
                # dated main clause ("Mr. Lai's address on May 20 was cautious. He urged Beijing
                # to ..." → that day; dates pass 1)
                self._date_for(sent.root, None)
            if sent.start not in self._skipped_sentences:
                self._root_scene = self._root_day(sent)
                # who its references stand for, the context still this sentence's (for the learned tier)
                self._note_references(sent)
            for m in self._sentence_mentions:
                # "a Chinese foreign ministry spokesperson": "the spokesperson" later is the same
                last = self.doc[m.end - 1]
                if last.dep_ in ("compound", "amod", "poss") and last.head.pos_ == "NOUN" and m.actor.country:
                    self._described_by[last.head.lemma_.lower()] = m
            # (a fixed group such as "the West" is no member of the groups later sentences refer
            # back to, nor what their "they" means; pass 29)
            actors = [m for m in self._sentence_mentions if m.actor.kind in ROLE_KINDS and m.actor.role != "fixed group"]
            # "Russia's envoy, Vassily Nebenzia, argued ...": a name in apposition to the subject
            # is the subject, the one "he" next refers to
            actors = [replace(m, doc_dep=self.doc[m.end - 1].head.dep_)
                      if m.doc_dep == "appos" and self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass") else m
                      for m in actors]
            # "Kuleba's own statement was more guarded. He said ...": a person whose words are the
            # subject is the one "he" next refers to, as the subject would be (pass 35)
            actors = [replace(m, doc_dep=self.doc[m.end - 1].head.dep_)
                      if m.doc_dep == "poss" and m.actor.kind == "person"
                      and self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass")
                      and self.doc[m.end - 1].head.lemma_.lower() in self.cues.utterance_nouns else m
                      for m in actors]
            # a plural noun subject ("Ukrainian officials said"): what a "they" opening the next
            # sentence most likely means (pass eighteen)
            plural = [m for m in actors if m.actor.kind != "person" and m.doc_dep in ("nsubj", "nsubjpass")
                      and self.doc[m.end - 1].tag_ == "NNS"]
            # ("Foreign ministers of the Group of Seven ended their talks. They ...": a plural
            # representatives' subject, named or bare, is the states or body it stands for; roles pass 2)
            plural = _unique([*plural, *self._note_represented(sent)])
            # (whom a subject "he" stands for is read before this sentence's people are noted)
            main = self._main_person(sent)
            self.context.note(actors, self._groups(actors), plural)
            root = sent.root
            # (or whose the subject is: "Chile's foreign minister said ...")
            self.context.main_subject = next(
                (m for m in actors if m.actor.country and m.form != "place" and (
                    (m.doc_dep in ("nsubj", "nsubjpass") and self.doc[m.end - 1].head.i == root.i)
                    or (m.doc_dep == "poss" and self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass")
                        and self.doc[m.end - 1].head.head.i == root.i))), None)
            reporter = [m for m in actors if m.actor.kind == "person" and m.doc_dep in ("nsubj", "nsubjpass")
                        and self.doc[m.end - 1].head.i == root.i and root.lemma_.lower() in self.cues.reporting]
            if reporter:
                # "Putin told reporters that Kim had asked him to ... He said he would ...": the one
                # whose words the sentence reports, not a person its report names as a subject, is
                # whom a "he" next goes on with (roles pass 2)
                self.context.last_speaker = reporter[0]
            elif main is not None:
                # "Mr. Kim's leverage has grown. He has ...", "He said Putin would ... He also ...":
                # the person the main clause is about (its subject, the owner of its subject, or
                # whom its subject "he" stands for), not a person a clause below it names, is whom a
                # "he" next goes on with (pronoun pass 1)
                self.context.last_speaker = main
        actors = self._actors_json()
        # the learned tier: events a trained model reads where the rules read none (learned.py)
        self.events += learned_events(self, actors)
        # and standing relationships likewise (learned_relationships.py)
        self.relationships += learned_relationships(self, actors)
        forget_learned_memo(self.doc)
        return {
            "document": _document_json(self.document),
            "actors": actors,
            "events": self.events,
            "relationships": self.relationships,
        }

    def _sentence_of(self, tok: Token) -> Span:
        """`tok.sent`, the sentence a token of this document is in, from the sentences found once."""
        if not isinstance(tok, Token) or tok.doc is not self.doc:
            return tok.sent
        return self._sents[bisect_right(self._sent_starts, tok.i) - 1]

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
            # ("declined to condemn the invasion": a stand withheld governs no event noun; reject pass, session 13)
            if cue.pos == "verb" and cue.light and not (cue.type == "REJECT" and self._withheld_stand(tok)):
                for obj in self._objects(tok):
                    noun_cue = self._cue(obj)
                    # "support Russia's war": an event someone else owns is what the verb is
                    # about, not an act the verb's subject performs
                    if noun_cue is not None and noun_cue.pos == "noun" and not self._owned(obj) \
                            and not self._others_event(obj, noun_cue, tok) \
                            and not (cue.mode == "easing" and noun_cue.type != "SANCTION") \
                            and not (cue.mode == "ceasing" and noun_cue.type not in _CEASED) \
                            and not (cue.mode == "exit" and (obj.lemma_.lower() not in self.cues.accord_nouns
                                                             or _left_as_it_is(tok))):
                        # ("cutting short a trip": the easing verbs govern only measures; "left the
                        # summit": leaving is an exit only from an accord or talks, pass 42; "stopped
                        # the war": stop and cease govern only a giving or a working together, types
                        # pass, session 13)
                        light_nouns.setdefault(obj.i, []).append(tok)
        watched_with: set[int] = set()  # feelings read after what is watched with them
        for tok, cue in triggers:
            # "was following the summit with concern", "greeted the decision with alarm": a feeling
            # "with" which one watches or meets an act is expressed about it (pass 24)
            # (the parser may hang the "with" on the object: "watching the summit with concern")
            if cue.pos == "noun" and cue.only_light and cue.type in REACTIONS and tok.dep_ == "pobj" \
                    and tok.head.lower_ == "with":
                watcher = tok.head.head.head if tok.head.head.dep_ in ("dobj", "obj") else tok.head.head
                if watcher.pos_ == "VERB" and watcher.lemma_.lower() in self.cues.watching_verbs:
                    light_nouns.setdefault(tok.i, []).append(watcher)
                    watched_with.add(tok.i)
        attribution = self._according_to(candidates)
        self._sentence_accusers = [tok for tok, cue in triggers if cue.pos == "verb" and cue.type == "ACCUSE"]
        # nouns first, then verbs from the most deeply embedded up, so a reaction
        # ("warned that any deal would...") sees the events it reacts to
        nouns = [(tok, cue) for tok, cue in triggers if cue.pos == "noun"]
        # deepest first, so "expressed concern over the visit" sees the visit's doers
        nouns.sort(key=lambda item: (item[0].i in watched_with, -_depth(item[0])))
        for tok, cue in nouns:
            lights: list[Token | None] = list(light_nouns.get(tok.i) or [None])
            # "denied its war": the war is still Russia's, whatever else is denied
            # "joined the war against Ukraine": the war is still Russia's too
            if all(l is not None and (v := self.cues.verbs.get(l.lemma_.lower())) is not None and (v.override or v.shared)
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
        for tok, cue in triggers:
            self._conditioned_measure(sent, tok, attribution)  # "would raise tariffs if China ..." (pass 32)
        for tok, cue in nouns:
            # ("drew a protest from Tokyo": a protest is drawn like a condemnation; pass 23)
            if (cue.type in REACTIONS or cue.type == "PROTEST") and self._elicited_from(tok):
                self._elicited_reaction(sent, tok, cue, attribution)
        for tok in candidates:
            if tok.lower_ in self.cues.demand_modals or tok.lower_ in self.cues.wish_modals:
                self._reported_demand(sent, tok, attribution)
            elif tok.lemma_.lower() in self.cues.obligation_words:
                self._reported_obligation(sent, tok, attribution)
            elif tok.lower_ in self.cues.joint_adverbs:
                self._joint_act(sent, tok, attribution)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.threat_contents:
                self._promised_reaction(sent, tok, attribution)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.cues.denial_words:
                self._denial_read_as_noun(sent, tok, attribution)
            elif tok.lower_ in self.cues.culprit_words:
                self._named_culprit(sent, tok, attribution)
            elif tok.lower_ in self.cues.unanswered_words:
                self._unanswered_act(sent, tok, attribution)
            elif tok.pos_ == "NOUN" and tok.lower_ in self.cues.blacklist_nouns:
                self._listed(sent, tok, attribution)  # "placed Peru on its blacklist" (pass 42)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.attack_nouns \
                    and tok.head.lemma_.lower() in self.cues.plotting_verbs:
                self._named_plotter(sent, tok, attribution)
        self._relationships(sent, candidates)


_lowered_seen: dict[int, str] = {}


def _lowered(strings: Any, key: int) -> str:
    """The lower-cased string of a string-store id (ids are hashes of the strings, so one table
    serves every document)."""
    found = _lowered_seen.get(key)
    if found is None:
        if len(_lowered_seen) > 500_000:  # (a long-running ingest: bounded)
            _lowered_seen.clear()
        found = _lowered_seen[key] = strings[key].lower()
    return found


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i:
        tok = tok.head
        depth += 1
    return depth


_hash_cache: dict[tuple[int, int], tuple[frozenset[int], frozenset[int]]] = {}


def _cue_hashes(vocab: Vocab, cues: Knowledge) -> tuple[frozenset[int], frozenset[int]]:
    """String-store ids of every cue lemma (and of the lower-case words looked at directly)."""
    key = (id(vocab), id(cues))
    found = _hash_cache.get(key)
    if found is None:
        lemmas = {v.split()[0] for v in [*cues.verbs, *cues.fallback_verbs]} | set(cues.nouns) | set(cues.rel_nouns) | set(cues.adjectives) \
            | set(cues.threat_contents) | set(cues.acceptance_verbs) | set(cues.obligation_words) | set(cues.membership_verbs) \
            | set(cues.chairing_verbs) | set(cues.chair_nouns) | set(cues.supplying_verbs) | set(cues.receiving_verbs) \
            | set(cues.attack_nouns) | set(cues.reliance_verbs) | set(cues.share_verbs)
        lemmas |= {w[:1].upper() + w[1:] for w in lemmas}
        lowers = set(cues.rel_adjectives) | set(cues.adjectives) | {"according"} | set(cues.demand_modals) | set(cues.wish_modals) | set(cues.joint_adverbs) \
            | set(cues.denial_words) | set(cues.culprit_words) | set(cues.unanswered_words) | set(cues.blacklist_nouns)
        found = (frozenset(vocab.strings.add(w) for w in lemmas), frozenset(vocab.strings.add(w) for w in lowers))
        _hash_cache[key] = found
    return found


def _document_json(doc: Any) -> dict[str, Any]:
    published = getattr(doc, "published", None)
    return {"path": doc.path, "title": getattr(doc, "title", None),
            "published": published.isoformat() if published else None,
            "source": getattr(doc, "source", None), "url": getattr(doc, "url", None)}


def _left_as_it_is(verb: Token) -> bool:
    """"left the treaty intact", "left the accord in place", "in limbo": a thing left in a state is
    kept, not quit; so is one a participle of result leaves ("..., leaving the treaty in doubt")
    (pass 42)."""
    return verb.tag_ == "VBG" or any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in verb.children) or any(
        t.dep_ == "pobj" and t.head.lower_ in ("in", "on") and t.lower_ in ("place", "limbo", "doubt", "force", "hold", "question")
        for t in verb.subtree)
