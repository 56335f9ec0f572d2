"""Cue knowledge: event, status and relationship cues loaded from data/*.yaml into lookups.

One job: turn the cue files into typed, hashable lookups that the extraction rules consult per token
(dictionary look-ups keyed by lemma, so cost does not grow with the number of cues).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .config import DATA_DIR

EVENT_CUES_FILE = DATA_DIR / "event_cues.yaml"
RELATIONSHIP_CUES_FILE = DATA_DIR / "relationship_cues.yaml"
VERB_LEXICON_FILE = DATA_DIR / "verb_lexicon.yaml"
SYMMETRIC_EVENTS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
SYMMETRIC_RELATIONSHIPS = frozenset({"ALLY", "PARTNER", "TRADE", "ADVERSARY"})


@dataclass(frozen=True)
class Reading:
    type: str
    mode: str | None


@dataclass(frozen=True)
class EventCue:
    lemma: str
    pos: str  # "verb" | "noun"
    type: str
    mode: str | None = None
    preps: tuple[str, ...] = ()
    no_target: bool = False
    light: bool = False
    status: str | None = None
    objects: dict[str, Reading] = field(default_factory=dict, hash=False, compare=False)
    only_objects: bool = False
    theme_source: bool = False
    modifiers: dict[str, Reading] = field(default_factory=dict, hash=False, compare=False)
    only_modifiers: bool = False
    plural_only: bool = False
    symmetric: bool = False
    targeted_type: str | None = None  # "fired missiles at X" is an attack once it has a target
    particle_preps: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    only_preps: bool = False
    override: bool = False  # as a light verb, its own type replaces the noun's
    object_preps: bool = False  # the target may hang on the object's own clause
    purpose_preps: tuple[str, ...] = ()  # "sent troops to fight alongside X"
    claim: bool = False  # a denial: targets the claimant, not the denied thing's target
    light_preps: tuple[str, ...] = ()  # "voted for sanctions": the light verb's prepositional object
    recipient_subject: bool = False  # "Russia received shells": the subject receives
    only_light: bool = False  # an event noun only under a light verb ("expressed concern")
    named: bool = False  # with only_modifiers: a capitalised name also counts ("the Washington Declaration")
    # "called the launch a violation": the predicate noun judges the object's event
    verdicts: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    only_verdicts: bool = False  # an event only with one of those predicate nouns
    only_modal: bool = False  # an event only under will/would ("Seoul would respond"): a promised reaction
    shared: bool = False  # as a light verb, the noun's event also stands on its own ("joined the war")
    strict_targets: bool = False  # the prepositional object must be the actor itself ("commitment to Taiwan")
    subject_judged: bool = False  # "the delivery violated resolutions, Kirby said": the speaker judges the subject
    of_doer: bool = False  # a noun of an intransitive act: "the withdrawal of North Korean troops" -> their withdrawal
    host_source: bool = False  # passive with no agent: "was invited to visit Moscow" -> by the host, Russia
    fallback: bool = False  # from the verb lexicon: an event only between two named actors, at lower confidence
    attempted: bool = False  # an attempt at it, or a failure of it, still happened ("failed to put a satellite into orbit")
    own_parts: bool = False  # as a light verb, only the parties the noun names ("attended the G20 summit"), no earlier event's


@dataclass(frozen=True)
class RelationshipCue:
    lemma: str
    type: str
    modifiers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    only_modifiers: bool = False
    reverse: bool = False
    sphere: bool = False
    only_with_preps: bool = False
    preps: tuple[str, ...] = ()
    treaty_clause: bool = False  # "a treaty of mutual assistance": a tie between the treaty's parties
    of_classes: tuple[str, ...] = ()  # a tie only when "of" what it names ("source of ammunition")
    head_only: bool = False  # never as a modifier, nor "of" goods ("a trade war with China", "the trade of munitions"; pass 28)


@dataclass(frozen=True)
class OngoingWar:
    source: str
    target: str
    start: date
    nouns: frozenset[str]


@dataclass(frozen=True)
class Knowledge:
    verbs: dict[str, EventCue]
    nouns: dict[str, EventCue]
    object_classes: dict[str, tuple[str, ...]]  # lemma -> classes ("missile": arms, missile)
    modals: dict[str, str]
    governors: dict[str, str]
    noun_governors: dict[str, str]
    status_modifiers: dict[str, str]
    hypothetical_heads: frozenset[str]
    conditional_marks: frozenset[str]
    negations: frozenset[str]
    open_when_negated: frozenset[str]
    reporting: frozenset[str]
    rel_nouns: dict[str, RelationshipCue]
    rel_adjectives: dict[str, RelationshipCue]
    rel_preps: tuple[str, ...]
    rel_negations: frozenset[str]
    copulas: frozenset[str]
    trade_heads: frozenset[str]
    trade_modifiers: frozenset[str]
    ongoing_wars: tuple[OngoingWar, ...] = ()
    adjectives: dict[str, EventCue] = field(default_factory=dict)  # "is concerned that ..."
    forming_verbs: frozenset[str] = frozenset()
    changing_verbs: frozenset[str] = frozenset()  # "turned Pyongyang into Moscow's source of X"
    threat_contents: frozenset[str] = frozenset()  # "warned of serious consequences"
    statement_nouns: frozenset[str] = frozenset()  # "the statement blamed Seoul": its maker acts
    utterance_nouns: frozenset[str] = frozenset()  # "Kuleba's statement was guarded. He ..." (pass 35)
    future_modals: frozenset[str] = frozenset()
    promising_verbs: frozenset[str] = frozenset()
    factive_marks: frozenset[str] = frozenset()  # "although X did Y": Y is asserted whatever governs the clause
    hedges: frozenset[str] = frozenset()  # "Russia likely provided advice": an act only thought probable
    quantity_nouns: frozenset[str] = frozenset()  # "thousands of troops": the troops are what is sent
    knowing_nouns: frozenset[str] = frozenset()  # "had no notice of the operation": no part of it
    refusing_verbs: frozenset[str] = frozenset()  # "refused to reverse the measure": answers an appeal
    acceptance_verbs: frozenset[str] = frozenset()  # "would not accept NATO troops": a pledge of refusal
    accession_verbs: frozenset[str] = frozenset()  # "joined NATO", "became NATO's member": AGREE with it
    admitting_verbs: frozenset[str] = frozenset()  # "admitted Chile as its tenth member": AGREE (pass 42)
    granting_participles: frozenset[str] = frozenset()  # "an agreement giving US forces access": its party
    basis_nouns: frozenset[str] = frozenset()  # "the decision had no scientific basis": a charge
    blaming_verbs: frozenset[str] = frozenset()  # "blamed X for the blast": the blast is X's
    carried_texts: frozenset[str] = frozenset()  # "a commentary carried by KCNA": speaks for KCNA (pass 22)
    carrying_participles: frozenset[str] = frozenset()
    giver_nouns: frozenset[str] = frozenset()  # "Ukraine's largest backer, committing $2 billion" (pass 30)
    opposed_measures: frozenset[str] = frozenset()  # "opposes unilateral sanctions": no target (pass 35)
    fuelled_acts: frozenset[str] = frozenset()  # "called X the main supplier of the war": blame (pass 35)
    reaffirming_verbs: frozenset[str] = frozenset()  # "reaffirmed its commitment to defend X" (pass 30)
    standing_commitments: frozenset[str] = frozenset()
    sequel_verbs: frozenset[str] = frozenset()  # "the strike came two days after": the lede's act again (pass 34)
    spoken_types: frozenset[str] = frozenset()  # acts a statement makes: dated by the saying (pass 34)
    acting_bodies: frozenset[str] = frozenset()  # "the group announced sanctions": the organisation just named (pass 22)
    state_group_nouns: frozenset[str] = frozenset()  # "the two governments": states, never an organisation (pass 29)
    member_nouns: frozenset[str] = frozenset()  # "the allies agreed": the alliance just named (pass 29)
    alliances: frozenset[str] = frozenset()  # organisation codes whose members those nouns are
    attack_nouns: frozenset[str] = frozenset()  # what may be blamed on someone as their attack
    unanswered_words: frozenset[str] = frozenset()  # "would not go unanswered": a threat (pass 24)
    listing_verbs: frozenset[str] = frozenset()  # "placed Peru on its blacklist": a sanction (pass 42)
    blacklist_nouns: frozenset[str] = frozenset()
    blacklist_words: frozenset[str] = frozenset()
    speaking_nouns: frozenset[str] = frozenset()  # bare "a spokesman": for the state that just spoke (pass 24)
    watching_verbs: frozenset[str] = frozenset()  # "following the summit with concern" (pass 24)
    culprit_words: frozenset[str] = frozenset()  # "said X was behind the attack": a charge (pass 24)
    plotting_verbs: frozenset[str] = frozenset()  # "said X had helped prepare the attack": a charge (pass 27)
    helping_verbs: frozenset[str] = frozenset()
    blamed_acts: frozenset[str] = frozenset()  # what one may be "behind" besides attack_nouns (pass 24)
    # judging adjectives that judge only with one of their adverbs ("politically motivated")
    qualified_verdicts: dict[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)
    drafter_nouns: frozenset[str] = frozenset()  # "the sponsors": who drafted the motion last named
    wrong_ways: frozenset[str] = frozenset()  # "a step in the wrong direction": an act noun judged
    consequence_verbs: frozenset[str] = frozenset()  # "would be met with / require a response": a threat
    denial_words: frozenset[str] = frozenset()  # "a charge Beijing rejects", "rejects" read as a noun
    unhesitating_verbs: frozenset[str] = frozenset()  # "would not hesitate to attack": a threat
    applying_verbs: frozenset[str] = frozenset()  # "Sweden applied together with Finland": for membership
    addressee_nouns: frozenset[str] = frozenset()  # "pressed its allies to act": object class addressees (pass 32)
    levied_goods: frozenset[str] = frozenset()  # "a 34 percent duty on American goods": one levy (pass 32)
    proposals: frozenset[str] = frozenset()  # what a rejection answers: "rejected the proposal"
    representatives: frozenset[str] = frozenset()  # "the leaders of Japan" stand for Japan
    former_words: frozenset[str] = frozenset()  # "a former U.S. envoy" no longer acts for the state (pass 31)
    residents: frozenset[str] = frozenset()  # "companies in China" are China's
    hyphen_prefixes: frozenset[str] = frozenset()  # "test-fired" is one verb, "test-fire"
    safeguards: frozenset[str] = frozenset()  # "commitment to Japan's defence" is to Japan
    instruments: frozenset[str] = frozenset()  # "signed a law ratifying X": the signer ratifies
    demand_modals: frozenset[str] = frozenset()  # "told X that Washington must stop": a demand
    demanding_verbs: frozenset[str] = frozenset()  # the speech verbs such a demand is made with
    remarks: frozenset[str] = frozenset()  # "brushed the remark aside": answers whoever last spoke
    invitations: frozenset[str] = frozenset()  # "turned down an invitation to meet X": X invited
    declining_verbs: frozenset[str] = frozenset()  # "declined an invitation to meet": no meeting
    speaking_verbs: frozenset[str] = frozenset()  # whose subject makes a remark ("Biden replied")
    tie_nouns: frozenset[str] = frozenset()  # "would wreck its relations with Seoul": aimed at Seoul
    wishing_verbs: frozenset[str] = frozenset()  # "China hoped Japan would help": a request of Japan
    wish_modals: frozenset[str] = frozenset()  # the modals such a wish is made with
    membership_verbs: frozenset[str] = frozenset()  # "the bloc includes India": a member (relationships)
    chairing_verbs: frozenset[str] = frozenset()  # "Italy chairs the G7": a member (relationships; pass 22)
    chair_nouns: frozenset[str] = frozenset()  # "holds the presidency of the EU": a member (pass 22)
    supplying_verbs: frozenset[str] = frozenset()  # "Russia supplies gas to Hungary": a standing SUPPLIER tie (pass 28)
    receiving_verbs: frozenset[str] = frozenset()  # "Hungary keeps receiving Russian gas": its supplier (pass 28)
    habitual_verbs: frozenset[str] = frozenset()  # "began supplying", "will keep receiving": the act as a standing tie
    lapsing_verbs: frozenset[str] = frozenset()  # "the treaty, which lapsed": its clause ties no one now (pass 28)
    intake_nouns: frozenset[str] = frozenset()  # "supplies 9% of Japan's LNG imports": Japan receives
    binding_verbs: frozenset[str] = frozenset()  # "are bound by a mutual defence treaty" (pass 33)
    share_words: frozenset[str] = frozenset()  # "supplies much of Turkey's gas": Turkey receives (pass 33)
    body_nouns: frozenset[str] = frozenset()  # "the grouping": the organisation last named
    member_heads: frozenset[str] = frozenset()  # "a NATO member state": the noun a member word qualifies
    advising_verbs: frozenset[str] = frozenset()  # "advised citizens to avoid travelling to Japan": a travel advisory
    avoiding_verbs: frozenset[str] = frozenset()
    obligation_words: frozenset[str] = frozenset()  # "told Xi that China had an obligation to act", "needed to act": a demand
    between_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    partitives: frozenset[str] = frozenset()  # "several of the vessels": the phrase is the vessels
    aiming_participles: frozenset[str] = frozenset()  # "sanctions related to the North": aimed at it
    claim_nouns: frozenset[str] = frozenset()  # "..., a charge Beijing denied": the claim a denial renames
    counterpart_nouns: frozenset[str] = frozenset()  # "Ukraine's backers" are not Ukraine
    channel_nouns: frozenset[str] = frozenset()  # "spoke by telephone with X": the phrase is the verb's
    joint_adverbs: frozenset[str] = frozenset()  # "analyze the wreckage together with U.S. experts"
    topic_verbs: frozenset[str] = frozenset()  # "discussed Ukraine": the object is what is talked of (pass 26)
    accord_nouns: frozenset[str] = frozenset()  # "withdraw from the accord": leaving it yields to no one
    term_accords: frozenset[str] = frozenset()  # "a deal that sets a tariff": the accord's terms, planned
    open_appeals: frozenset[str] = frozenset()  # "called for a protection zone": an appeal with no one asked
    proposal_appeals: frozenset[str] = frozenset()  # "the proposal" renames the appeal made before it
    company_verbs: frozenset[str] = frozenset()  # "joined X in freezing ...": X does it too
    act_nouns: frozenset[str] = frozenset()  # "condemned the decision": the latest act reported
    # of those, the ones that rename any act; the rest rename only an act of their own verb
    # ("the revocation" a revoking)
    generic_act_nouns: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()  # "told China it had serious concerns": voiced to China
    addressing_verbs: frozenset[str] = frozenset()  # "telephoned Putin to express support": to Putin (pass 37)
    forewarning_verbs: frozenset[str] = frozenset()  # "warned that Moscow could invade": a charge (pass 37)
    ministry_nouns: frozenset[str] = frozenset()  # "the defence ministry": the state in focus (pass 27)
    open_object_classes: frozenset[str] = frozenset()  # "suspended its participation": no target needed (pass 27)
    formal_findings: frozenset[str] = frozenset()  # "issued a warrant ... called the decision historic"
    war_counts: frozenset[str] = frozenset()  # "would be treated as a declaration of war": a threat
    measure_nouns: frozenset[str] = frozenset()  # "a dispute over U.S. export rules": against their maker
    easing_verbs: frozenset[str] = frozenset()  # "cut tariffs on Chinese goods": a measure undone is a concession
    attempt_governors: frozenset[str] = frozenset()  # "attempt/fail to": an `attempted` act still took place
    eliciting_verbs: frozenset[str] = frozenset()  # "the launch drew condemnation from Seoul": Seoul reacts
    adopting_verbs: frozenset[str] = frozenset()  # "adopted a resolution that condemned X": the adopter condemns (pass 23)
    ultimatum_verbs: frozenset[str] = frozenset()  # "... or face new sanctions": an ultimatum (pass 23)
    asking_words: frozenset[str] = frozenset()  # "called on Moscow to withdraw": a concession asked for (pass 25)
    companion_words: frozenset[str] = frozenset()  # "voted against it alongside Russia": Russia did too (pass 23)
    holding_verbs: frozenset[str] = frozenset()  # "nationals held in China": an arrest
    water_bodies: frozenset[str] = frozenset()  # "over the Sea of Japan": a place, not Japan (pass 30)
    staging_verbs: frozenset[str] = frozenset()  # "began their annual exercise": one held (pass 30)
    war_figurative_modifiers: frozenset[str] = frozenset()  # "a trade war": no fighting (pass 39)
    war_ending_verbs: frozenset[str] = frozenset()  # "would end the war": the ender is no side (pass 39)
    measured_nouns: frozenset[str] = frozenset()  # "trade between them is small": a volume, no act (pass 39)
    verdict_heads: frozenset[str] = frozenset()  # "a terrorist act": the adjective is the verdict
    rights_verbs: frozenset[str] = frozenset()  # "reserved the right to retaliate": a promised act
    war_talk: frozenset[str] = frozenset()  # "urged the parties to seek a settlement": a war's sides are meant
    # verb lexicon (data/verb_lexicon.yaml): consulted only for verbs no cue above covers
    fallback_verbs: dict[str, EventCue] = field(default_factory=dict, hash=False, compare=False)


def _reading(value: dict[str, Any], default: EventCue | None = None) -> Reading:
    return Reading(value.get("type") or (default.type if default else ""), value.get("mode"))


def _event_cue(lemma: str, pos: str, raw: dict[str, Any], default_preps: list[str]) -> EventCue:
    return EventCue(
        lemma=lemma,
        pos=pos,
        type=raw["type"],
        mode=raw.get("mode"),
        preps=tuple(raw.get("preps", default_preps)),
        no_target=bool(raw.get("no_target", False)),
        light=bool(raw.get("light", False)),
        status=raw.get("status"),
        objects={k: _reading(v) for k, v in (raw.get("objects") or {}).items()},
        only_objects=bool(raw.get("only_objects", False)),
        theme_source=bool(raw.get("theme_source", False)),
        modifiers={k: _reading(v) for k, v in (raw.get("modifiers") or {}).items()},
        only_modifiers=bool(raw.get("only_modifiers", False)),
        plural_only=bool(raw.get("plural_only", False)),
        symmetric=bool(raw.get("symmetric", False)),
        targeted_type=raw.get("targeted_type"),
        particle_preps=dict(raw.get("particle_preps") or {}),
        only_preps=bool(raw.get("only_preps", False)),
        override=bool(raw.get("override", False)),
        object_preps=bool(raw.get("object_preps", False)),
        purpose_preps=tuple(raw.get("purpose_preps") or ()),
        claim=bool(raw.get("claim", False)),
        light_preps=tuple(raw.get("light_preps") or ()),
        recipient_subject=bool(raw.get("recipient_subject", False)),
        only_light=bool(raw.get("only_light", False)),
        named=bool(raw.get("named", False)),
        verdicts={str(k).lower(): str(v) for k, v in (raw.get("verdicts") or {}).items()},
        only_verdicts=bool(raw.get("only_verdicts", False)),
        only_modal=bool(raw.get("only_modal", False)),
        of_doer=bool(raw.get("of_doer", False)),
        host_source=bool(raw.get("host_source", False)),
        subject_judged=bool(raw.get("subject_judged", False)),
        strict_targets=bool(raw.get("strict_targets", False)),
        shared=bool(raw.get("shared", False)),
        own_parts=bool(raw.get("own_parts", False)),
        attempted=bool(raw.get("attempted", False)),
    )


class CueFileError(ValueError):
    """A cue file that would load wrongly (a repeated key silently replaces the first entry)."""


class _CueLoader(yaml.SafeLoader):
    """YAML 1.1 reads on/off/yes/no as booleans; in cue lists they are words ("sanctions on").
    A key given twice in one mapping is an error, not a silent replacement of the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise CueFileError(f"{self.name}: line {key_node.start_mark.line + 1}: '{key}' is given twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_CueLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CueLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _read(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_CueLoader) or {}


def _fallback_verbs(path: Path, known_types: frozenset[str]) -> dict[str, EventCue]:
    """The verb lexicon as fallback cues; an entry that would load wrongly is refused, naming the file."""
    raw = _read(path)
    entries = raw.get("verbs") if isinstance(raw, dict) else None
    default_preps = (raw.get("defaults") or {}).get("preps") or {} if isinstance(raw, dict) else {}
    if not isinstance(entries, dict) or not isinstance(default_preps, dict):
        raise CueFileError(f"{path.name}: expected a mapping 'verbs' of lemma -> {{type, ...}}")
    out: dict[str, EventCue] = {}
    for lemma, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("type") not in known_types:
            raise CueFileError(f"{path.name}: verb '{lemma}' needs a type from data/event_types.csv, got {entry!r}")
        preps = entry.get("preps", default_preps.get(entry["type"], []))
        if not isinstance(preps, list) or (entry.get("only_preps") and not preps):
            raise CueFileError(f"{path.name}: verb '{lemma}' has preps {preps!r}; expected a list (not empty with only_preps)")
        out[str(lemma).lower()] = EventCue(
            lemma=str(lemma).lower(), pos="verb", type=entry["type"], preps=tuple(str(p) for p in preps),
            status=entry.get("status"), only_preps=bool(entry.get("only_preps", False)), fallback=True)
    return out


@lru_cache(maxsize=4)
def knowledge(event_file: Path = EVENT_CUES_FILE, relationship_file: Path = RELATIONSHIP_CUES_FILE,
              lexicon_file: Path = VERB_LEXICON_FILE) -> Knowledge:
    from .scope import event_types  # (scope reads data/event_types.csv once per process)

    events = _read(event_file)
    rels = _read(relationship_file)
    defaults = events.get("defaults") or {}
    verbs = {k: _event_cue(k, "verb", v, defaults.get("verb_preps", [])) for k, v in (events.get("verbs") or {}).items()}
    nouns = {k: _event_cue(k, "noun", v, defaults.get("noun_preps", [])) for k, v in (events.get("nouns") or {}).items()}
    # predicative adjectives read like verbs ("Washington is concerned that ...")
    adjectives = {k: _event_cue(k, "verb", v, defaults.get("verb_preps", [])) for k, v in (events.get("adjectives") or {}).items()}
    classes: dict[str, tuple[str, ...]] = {}
    for cls, lemmas in (events.get("object_classes") or {}).items():
        for lemma in lemmas:
            key = str(lemma).lower()
            classes[key] = classes.get(key, ()) + (cls,)
    status = events.get("status") or {}
    rel_preps = tuple(rels.get("preps") or ())
    rel_nouns = {
        k: RelationshipCue(k, v["type"], dict(v.get("modifiers") or {}), bool(v.get("only_modifiers", False)),
                           bool(v.get("reverse", False)), bool(v.get("sphere", False)),
                           bool(v.get("only_with_preps", False)), tuple(v.get("preps", rel_preps)),
                           bool(v.get("treaty_clause", False)), tuple(v.get("of_classes") or ()),
                           bool(v.get("head_only", False)))
        for k, v in (rels.get("nouns") or {}).items()
    }
    rel_adjs = {
        k: RelationshipCue(k, v["type"], preps=tuple(v.get("preps", rel_preps)))
        for k, v in (rels.get("adjectives") or {}).items()
    }
    return Knowledge(
        verbs=verbs,
        nouns=nouns,
        adjectives=adjectives,
        object_classes=classes,
        modals={str(k).lower(): v for k, v in (status.get("modals") or {}).items()},
        governors=dict(status.get("governors") or {}),
        noun_governors=dict(status.get("noun_governors") or {}),
        reaffirming_verbs=frozenset(str(w).lower() for w in status.get("reaffirming_verbs") or ()),
        standing_commitments=frozenset(str(w).lower() for w in status.get("standing_commitments") or ()),
        status_modifiers=dict(status.get("modifiers") or {}),
        hypothetical_heads=frozenset(status.get("hypothetical_heads") or ()),
        conditional_marks=frozenset(status.get("conditional_marks") or ()),
        negations=frozenset(str(n).lower() for n in status.get("negations") or ()),
        open_when_negated=frozenset(str(n).lower() for n in status.get("open_when_negated") or ()),
        reporting=frozenset(status.get("reporting") or ()),
        rel_nouns=rel_nouns,
        rel_adjectives=rel_adjs,
        rel_preps=rel_preps,
        rel_negations=frozenset(str(n).lower() for n in rels.get("negations") or ()),
        counterpart_nouns=frozenset(str(n).lower() for n in rels.get("counterpart_nouns") or ()),
        copulas=frozenset(rels.get("copulas") or ()),
        forming_verbs=frozenset(rels.get("forming_verbs") or ()),
        changing_verbs=frozenset(rels.get("changing_verbs") or ()),
        threat_contents=frozenset(str(w).lower() for w in events.get("threat_contents") or ()),
        statement_nouns=frozenset(str(w).lower() for w in events.get("statement_nouns") or ()),
        utterance_nouns=frozenset(str(w).lower() for w in events.get("utterance_nouns") or ()),
        future_modals=frozenset(str(w).lower() for w in status.get("future_modals") or ()),
        promising_verbs=frozenset(str(w).lower() for w in status.get("promising_verbs") or ()),
        factive_marks=frozenset(str(w).lower() for w in status.get("factive_marks") or ()),
        hedges=frozenset(str(w).lower() for w in status.get("hedges") or ()),
        representatives=frozenset(str(w).lower() for w in events.get("representatives") or ()),
        former_words=frozenset(str(w).lower() for w in events.get("former_words") or ()),
        residents=frozenset(str(w).lower() for w in events.get("residents") or ()),
        hyphen_prefixes=frozenset(str(w).lower() for w in events.get("hyphen_prefixes") or ()),
        safeguards=frozenset(str(w).lower() for w in events.get("safeguards") or ()),
        instruments=frozenset(str(w).lower() for w in events.get("instruments") or ()),
        demand_modals=frozenset(str(w).lower() for w in events.get("demand_modals") or ()),
        demanding_verbs=frozenset(str(w).lower() for w in events.get("demanding_verbs") or ()),
        proposals=frozenset(str(w).lower() for w in events.get("proposals") or ()),
        remarks=frozenset(str(w).lower() for w in events.get("remarks") or ()),
        invitations=frozenset(str(w).lower() for w in events.get("invitations") or ()),
        declining_verbs=frozenset(str(w).lower() for w in events.get("declining_verbs") or ()),
        speaking_verbs=frozenset(str(w).lower() for w in events.get("speaking_verbs") or ()),
        tie_nouns=frozenset(str(w).lower() for w in events.get("tie_nouns") or ()),
        wishing_verbs=frozenset(str(w).lower() for w in events.get("wishing_verbs") or ()),
        wish_modals=frozenset(str(w).lower() for w in events.get("wish_modals") or ()),
        membership_verbs=frozenset(str(w).lower() for w in rels.get("membership_verbs") or ()),
        chairing_verbs=frozenset(str(w).lower() for w in rels.get("chairing_verbs") or ()),
        supplying_verbs=frozenset(str(w).lower() for w in rels.get("supplying_verbs") or ()),
        receiving_verbs=frozenset(str(w).lower() for w in rels.get("receiving_verbs") or ()),
        habitual_verbs=frozenset(str(w).lower() for w in rels.get("habitual_verbs") or ()),
        lapsing_verbs=frozenset(str(w).lower() for w in rels.get("lapsing_verbs") or ()),
        intake_nouns=frozenset(str(w).lower() for w in rels.get("intake_nouns") or ()),
        share_words=frozenset(str(w).lower() for w in rels.get("share_words") or ()),
        binding_verbs=frozenset(str(w).lower() for w in rels.get("binding_verbs") or ()),
        chair_nouns=frozenset(str(w).lower() for w in rels.get("chair_nouns") or ()),
        member_heads=frozenset(str(w).lower() for w in rels.get("member_heads") or ()),
        body_nouns=frozenset(str(w).lower() for w in rels.get("body_nouns") or ()),
        advising_verbs=frozenset(str(w).lower() for w in events.get("advising_verbs") or ()),
        avoiding_verbs=frozenset(str(w).lower() for w in events.get("avoiding_verbs") or ()),
        obligation_words=frozenset(str(w).lower() for w in events.get("obligation_words") or ()),
        between_adjectives={str(k).lower(): tuple(str(n) for n in v) for k, v in (events.get("between_adjectives") or {}).items()},
        partitives=frozenset(str(w).lower() for w in events.get("partitives") or ()),
        aiming_participles=frozenset(str(w).lower() for w in events.get("aiming_participles") or ()),
        claim_nouns=frozenset(str(w).lower() for w in events.get("claim_nouns") or ()),
        channel_nouns=frozenset(str(w).lower() for w in events.get("channel_nouns") or ()),
        joint_adverbs=frozenset(str(w).lower() for w in events.get("joint_adverbs") or ()),
        topic_verbs=frozenset(str(w).lower() for w in events.get("topic_verbs") or ()),
        accord_nouns=frozenset(str(w).lower() for w in events.get("accord_nouns") or ()),
        term_accords=frozenset(str(w).lower() for w in events.get("term_accords") or ()),
        open_appeals=frozenset(str(w).lower() for w in events.get("open_appeals") or ()),
        proposal_appeals=frozenset(str(w).lower() for w in events.get("proposal_appeals") or ()),
        company_verbs=frozenset(str(w).lower() for w in events.get("company_verbs") or ()),
        act_nouns=frozenset(str(w).lower() for w in [*(events.get("act_nouns") or ()), *(events.get("named_act_nouns") or ())]),
        generic_act_nouns=frozenset(str(w).lower() for w in events.get("act_nouns") or ()),
        telling_verbs=frozenset(str(w).lower() for w in events.get("telling_verbs") or ()),
        addressing_verbs=frozenset(str(w).lower() for w in events.get("addressing_verbs") or ()),
        forewarning_verbs=frozenset(str(w).lower() for w in events.get("forewarning_verbs") or ()),
        ministry_nouns=frozenset(str(w).lower() for w in events.get("ministry_nouns") or ()),
        open_object_classes=frozenset(str(w).lower() for w in events.get("open_object_classes") or ()),
        formal_findings=frozenset(str(w).lower() for w in events.get("formal_findings") or ()),
        war_counts=frozenset(str(w).lower() for w in events.get("war_counts") or ()),
        measure_nouns=frozenset(str(w).lower() for w in events.get("measure_nouns") or ()),
        easing_verbs=frozenset(str(w).lower() for w in events.get("easing_verbs") or ()),
        attempt_governors=frozenset(str(w).lower() for w in status.get("attempt_governors") or ()),
        eliciting_verbs=frozenset(str(w).lower() for w in events.get("eliciting_verbs") or ()),
        adopting_verbs=frozenset(str(w).lower() for w in events.get("adopting_verbs") or ()),
        ultimatum_verbs=frozenset(str(w).lower() for w in events.get("ultimatum_verbs") or ()),
        asking_words=frozenset(str(w).lower() for w in events.get("asking_words") or ()),
        companion_words=frozenset(str(w).lower() for w in events.get("companion_words") or ()),
        holding_verbs=frozenset(str(w).lower() for w in events.get("holding_verbs") or ()),
        water_bodies=frozenset(str(w).lower() for w in events.get("water_bodies") or ()),
        staging_verbs=frozenset(str(w).lower() for w in events.get("staging_verbs") or ()),
        war_figurative_modifiers=frozenset(str(w).lower() for w in events.get("war_figurative_modifiers") or ()),
        war_ending_verbs=frozenset(str(w).lower() for w in events.get("war_ending_verbs") or ()),
        measured_nouns=frozenset(str(w).lower() for w in events.get("measured_nouns") or ()),
        verdict_heads=frozenset(str(w).lower() for w in events.get("verdict_heads") or ()),
        rights_verbs=frozenset(str(w).lower() for w in events.get("rights_verbs") or ()),
        war_talk=frozenset(str(w).lower() for w in events.get("war_talk") or ()),
        quantity_nouns=frozenset(str(w).lower() for w in events.get("quantity_nouns") or ()),
        knowing_nouns=frozenset(str(w).lower() for w in events.get("knowing_nouns") or ()),
        refusing_verbs=frozenset(str(w).lower() for w in events.get("refusing_verbs") or ()),
        acceptance_verbs=frozenset(str(w).lower() for w in events.get("acceptance_verbs") or ()),
        accession_verbs=frozenset(str(w).lower() for w in events.get("accession_verbs") or ()),
        admitting_verbs=frozenset(str(w).lower() for w in events.get("admitting_verbs") or ()),
        granting_participles=frozenset(str(w).lower() for w in events.get("granting_participles") or ()),
        basis_nouns=frozenset(str(w).lower() for w in events.get("basis_nouns") or ()),
        blaming_verbs=frozenset(str(w).lower() for w in events.get("blaming_verbs") or ()),
        carried_texts=frozenset(str(w).lower() for w in events.get("carried_texts") or ()),
        carrying_participles=frozenset(str(w).lower() for w in events.get("carrying_participles") or ()),
        giver_nouns=frozenset(str(w).lower() for w in events.get("giver_nouns") or ()),
        opposed_measures=frozenset(str(w).lower() for w in events.get("opposed_measures") or ()),
        fuelled_acts=frozenset(str(w).lower() for w in events.get("fuelled_acts") or ()),
        sequel_verbs=frozenset(str(w).lower() for w in events.get("sequel_verbs") or ()),
        spoken_types=frozenset(str(w).upper() for w in events.get("spoken_types") or ()),
        acting_bodies=frozenset(str(w).lower() for w in events.get("acting_bodies") or ()),
        state_group_nouns=frozenset(str(w).lower() for w in events.get("state_group_nouns") or ()),
        member_nouns=frozenset(str(w).lower() for w in events.get("member_nouns") or ()),
        alliances=frozenset(str(w) for w in events.get("alliances") or ()),
        attack_nouns=frozenset(str(w).lower() for w in events.get("attack_nouns") or ()),
        unanswered_words=frozenset(str(w).lower() for w in events.get("unanswered_words") or ()),
        listing_verbs=frozenset(str(w).lower() for w in events.get("listing_verbs") or ()),
        blacklist_nouns=frozenset(str(w).lower() for w in events.get("blacklist_nouns") or ()),
        blacklist_words=frozenset(str(w).lower() for w in events.get("blacklist_words") or ()),
        speaking_nouns=frozenset(str(w).lower() for w in events.get("speaking_nouns") or ()),
        watching_verbs=frozenset(str(w).lower() for w in events.get("watching_verbs") or ()),
        culprit_words=frozenset(str(w).lower() for w in events.get("culprit_words") or ()),
        plotting_verbs=frozenset(str(w).lower() for w in events.get("plotting_verbs") or ()),
        helping_verbs=frozenset(str(w).lower() for w in events.get("helping_verbs") or ()),
        blamed_acts=frozenset(str(w).lower() for w in events.get("blamed_acts") or ()),
        qualified_verdicts={str(k).lower(): frozenset(str(a).lower() for a in v)
                            for k, v in (events.get("qualified_verdicts") or {}).items()},
        drafter_nouns=frozenset(str(w).lower() for w in events.get("drafter_nouns") or ()),
        wrong_ways=frozenset(str(w).lower() for w in events.get("wrong_ways") or ()),
        consequence_verbs=frozenset(str(w).lower() for w in events.get("consequence_verbs") or ()),
        denial_words=frozenset(str(w).lower() for w in events.get("denial_words") or ()),
        unhesitating_verbs=frozenset(str(w).lower() for w in events.get("unhesitating_verbs") or ()),
        applying_verbs=frozenset(str(w).lower() for w in events.get("applying_verbs") or ()),
        addressee_nouns=frozenset(str(w).lower() for w in events.get("addressee_nouns") or ()),
        levied_goods=frozenset(str(w).lower() for w in events.get("levied_goods") or ()),
        trade_heads=frozenset(rels.get("trade_heads") or ()),
        trade_modifiers=frozenset(rels.get("trade_modifiers") or ()),
        fallback_verbs={k: v for k, v in _fallback_verbs(lexicon_file, frozenset(event_types())).items()
                        # an existing cue always wins; one that takes only some objects leaves
                        # the others to the lexicon ("share" information / technology), as one that
                        # takes only a particle leaves the verb without it ("defend" a state; pass 26)
                        if k not in verbs or verbs[k].only_objects or verbs[k].only_preps},
        ongoing_wars=tuple(
            OngoingWar(w["source"], w["target"], date.fromisoformat(str(w["from"])), frozenset(w.get("nouns") or ()))
            for w in events.get("ongoing_wars") or ()
        ),
    )
