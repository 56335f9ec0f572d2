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
    promise_made_types: frozenset[str] = frozenset()  # "pledged a new era of partnership": the promise is the act
    factive_marks: frozenset[str] = frozenset()  # "although X did Y": Y is asserted whatever governs the clause
    hedges: frozenset[str] = frozenset()  # "Russia likely provided advice": an act only thought probable
    quantity_nouns: frozenset[str] = frozenset()  # "thousands of troops": the troops are what is sent
    outbound_trade_nouns: frozenset[str] = frozenset()  # "restricting sales of software to China": aimed where the goods go
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
    closing_verbs: frozenset[str] = frozenset()  # "the visit on Friday ended in ...": the encounter's day (dates pass 4)
    # "condemned the treaty after a meeting on 20 June": an act just after an encounter falls on its
    # day (status and dates pass, session 13)
    sequence_preps: frozenset[str] = frozenset()
    encounter_types: frozenset[str] = frozenset()
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
    speaker_modifiers: frozenset[str] = frozenset()  # "a ministry spokeswoman", "a senior official": still bare (pass 43)
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
    threatening_verbs: frozenset[str] = frozenset()  # "threatened to impose tariffs": a threat (types pass 1)
    ceasing_verbs: frozenset[str] = frozenset()  # "stopped sharing intelligence with Kyiv": a measure (types pass 1)
    act_refusing_verbs: frozenset[str] = frozenset()  # "declined to endorse the plan": a rejection (types pass, session 13)
    refused_stands: frozenset[str] = frozenset()  # the act types whose refusal is a REJECT of their other side
    applying_verbs: frozenset[str] = frozenset()  # "Sweden applied together with Finland": for membership
    addressee_nouns: frozenset[str] = frozenset()  # "pressed its allies to act": object class addressees (pass 32)
    levied_goods: frozenset[str] = frozenset()  # "a 34 percent duty on American goods": one levy (pass 32)
    proposals: frozenset[str] = frozenset()  # what a rejection answers: "rejected the proposal"
    representatives: frozenset[str] = frozenset()  # "the leaders of Japan" stand for Japan
    former_words: frozenset[str] = frozenset()  # "a former U.S. envoy" no longer acts for the state (pass 31)
    residents: frozenset[str] = frozenset()  # "companies in China" are China's
    hyphen_prefixes: frozenset[str] = frozenset()  # "test-fired" is one verb, "test-fire"
    # "rejects these demands": the noun -> the type of the saying it renames (official-register pass)
    renamed_sayings: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    renaming_determiners: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()  # "the ROK side" is the ROK (official-register pass, session 12)
    currency_nouns: frozenset[str] = frozenset()  # "US dollars": no actor (official-register pass, session 12)
    safeguards: frozenset[str] = frozenset()  # "commitment to Japan's defence" is to Japan
    instruments: frozenset[str] = frozenset()  # "signed a law ratifying X": the signer ratifies
    demand_modals: frozenset[str] = frozenset()  # "told X that Washington must stop": a demand
    demanding_verbs: frozenset[str] = frozenset()  # the speech verbs such a demand is made with
    asking_verbs: frozenset[str] = frozenset()  # "invited X to join ... on Wednesday": the asking's day (dates pass 4)
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
    having_verbs: frozenset[str] = frozenset()  # "X has no formal alliance with Y" (relationships pass 1)
    reliance_verbs: frozenset[str] = frozenset()  # "X relies on Y for gas": Y supplies X (relationships pass 1)
    share_verbs: frozenset[str] = frozenset()  # "X accounts for 90% of Y's trade" (relationships pass 1)
    supplied_goods: frozenset[str] = frozenset()  # goods a standing supply is of (relationships pass 1)
    patronage_nouns: frozenset[str] = frozenset()  # "X depends on Y's loans": Y is X's patron (relationships pass 3)
    defending_verbs: frozenset[str] = frozenset()  # "X's commitment to defend Y": ALLY (relationships pass 3)
    pledge_nouns: frozenset[str] = frozenset()
    pledge_verbs: frozenset[str] = frozenset()
    traded_nouns: frozenset[str] = frozenset()  # "90% of Y's trade": a share of it is a TRADE tie (relationships pass 1)
    body_nouns: frozenset[str] = frozenset()  # "the grouping": the organisation last named
    clause_synonyms: dict[str, str] = field(default_factory=dict)  # "the other's aid" read as "assistance" (relationships pass 2)
    island_states: dict[str, frozenset[str]] = field(default_factory=dict)  # "the islands' main partner" (relationships pass 2)
    country_possessors: frozenset[str] = frozenset()  # "the country's ally": the state named last (relationships pass 4)
    tie_ceasing_verbs: frozenset[str] = frozenset()  # "ceased to be Peru's ally": the tie denied (relationships pass 2)
    denying_verbs: frozenset[str] = frozenset()  # "denied that it was Peru's ally": the tie denied (relationships pass 5)
    rumour_nouns: frozenset[str] = frozenset()  # "dismissed talk of an alliance" (relationships pass 5)
    distance_words: frozenset[str] = frozenset()  # "far from allies" (relationships pass 5)
    at_odds_nouns: frozenset[str] = frozenset()  # "Chile is at odds with Peru": ADVERSARY (relationships pass 5)
    owned_ties: frozenset[str] = frozenset()  # "India's purchases of Russian crude": held by the possessor (relationships pass 5)
    ranking_verbs: frozenset[str] = frozenset()  # "counts Peru among its allies" (relationships pass 2)
    standing_verbs: dict[str, tuple[str, str]] = field(default_factory=dict)  # "trades with", "belongs to" (relationships pass 2)
    aspiration_nouns: frozenset[str] = frozenset()  # "Peru's bid to join NATO": no member yet (relationships pass 2)
    aspiring_verbs: frozenset[str] = frozenset()  # "Peru wants to join NATO" (relationships pass 2)
    joining_words: frozenset[str] = frozenset()  # join, membership, accession (relationships pass 2)
    member_heads: frozenset[str] = frozenset()  # "a NATO member state": the noun a member word qualifies
    advising_verbs: frozenset[str] = frozenset()  # "advised citizens to avoid travelling to Japan": a travel advisory
    avoiding_verbs: frozenset[str] = frozenset()
    obligation_words: frozenset[str] = frozenset()  # "told Xi that China had an obligation to act", "needed to act": a demand
    between_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    partitives: frozenset[str] = frozenset()  # "several of the vessels": the phrase is the vessels
    # a heading naming an official text ("Statement by the Ministry of ...", "Embassy of ...:
    # Spokesperson's remarks"): its body is the "we" of the text (official-register pass, session 12)
    issuing_words: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()  # "Q:" opens a journalist's question in a briefing
    aiming_participles: frozenset[str] = frozenset()  # "sanctions related to the North": aimed at it
    claim_nouns: frozenset[str] = frozenset()  # "..., a charge Beijing denied": the claim a denial renames
    single_state_measures: frozenset[str] = frozenset()  # "unilateral sanctions": a state's, not a body's
    # "the reports", "such claims" a denial answers, each with the verb that makes one: the maker
    # at the latest earlier mention is the one answered (reject pass, session 13)
    made_claims: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    claim_making_verbs: frozenset[str] = frozenset()  # "passed a warning to Moscow": who made the warning
    replacing_marks: frozenset[str] = frozenset()  # "abstained rather than vote against X": the act set aside
    charge_nouns: frozenset[str] = frozenset()  # "called the accusation unjustified": blame on a charge rejects it
    expelling_verbs: frozenset[str] = frozenset()  # "ordered 18 Russian diplomats to leave": an expulsion
    mission_people: frozenset[str] = frozenset()  # whom ordering out is an expulsion of their state
    governing_nouns: frozenset[str] = frozenset()  # "the government": the state the sentence before was about
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
    advised_acts: frozenset[str] = frozenset()  # "warned Ukrainians to expect blackouts": advice (threaten pass)
    commentator_nouns: frozenset[str] = frozenset()  # "Chinese scholars have warned": not the state (threaten pass)
    fearing_verbs: frozenset[str] = frozenset()  # "officials fear the president could lift": no threat (threaten pass)
    ministry_nouns: frozenset[str] = frozenset()  # "the defence ministry": the state in focus (pass 27)
    summons_place_preps: frozenset[str] = frozenset()  # "was summoned to the ministry": the host (rules pass, session 17)
    open_object_classes: frozenset[str] = frozenset()  # "suspended its participation": no target needed (pass 27)
    formal_findings: frozenset[str] = frozenset()  # "issued a warrant ... called the decision historic"
    war_counts: frozenset[str] = frozenset()  # "would be treated as a declaration of war": a threat
    measure_nouns: frozenset[str] = frozenset()  # "a dispute over U.S. export rules": against their maker
    easing_verbs: frozenset[str] = frozenset()  # "cut tariffs on Chinese goods": a measure undone is a concession
    attempt_governors: frozenset[str] = frozenset()  # "attempt/fail to": an `attempted` act still took place
    readiness_governors: frozenset[str] = frozenset()  # "willing to work with": intent (rules pass, session 17)
    readiness_planned_types: frozenset[str] = frozenset()  # the types such readiness plans, not offers
    eliciting_verbs: frozenset[str] = frozenset()  # "the launch drew condemnation from Seoul": Seoul reacts
    adopting_verbs: frozenset[str] = frozenset()  # "adopted a resolution that condemned X": the adopter condemns (pass 23)
    ultimatum_verbs: frozenset[str] = frozenset()  # "... or face new sanctions": an ultimatum (pass 23)
    asking_words: frozenset[str] = frozenset()  # "called on Moscow to withdraw": a concession asked for (pass 25)
    companion_words: frozenset[str] = frozenset()  # "voted against it alongside Russia": Russia did too (pass 23)
    holding_verbs: frozenset[str] = frozenset()  # "nationals held in China": an arrest
    water_bodies: frozenset[str] = frozenset()  # "over the Sea of Japan": a place, not Japan (pass 30)
    venue_parts: frozenset[str] = frozenset()  # "on the sidelines of the UN General Assembly": a venue (roles pass 1)
    # event type -> what a transfer of that type can be made in return for (roles pass 1)
    returned_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    staging_verbs: frozenset[str] = frozenset()  # "began their annual exercise": one held (pass 30)
    war_figurative_modifiers: frozenset[str] = frozenset()  # "a trade war": no fighting (pass 39)
    war_ending_verbs: frozenset[str] = frozenset()  # "would end the war": the ender is no side (pass 39)
    measured_nouns: frozenset[str] = frozenset()  # "trade between them is small": a volume, no act (pass 39)
    verdict_heads: frozenset[str] = frozenset()  # "a terrorist act": the adjective is the verdict
    rights_verbs: frozenset[str] = frozenset()  # "reserved the right to retaliate": a promised act
    war_talk: frozenset[str] = frozenset()  # "urged the parties to seek a settlement": a war's sides are meant
    armed_side_determiners: frozenset[str] = frozenset()  # "supplied weapons to either side" (session 14)
    armed_side_classes: frozenset[str] = frozenset()  # what, given to "either side", speaks of a war
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


def _words(section: dict[str, Any], key: str) -> frozenset[str]:
    """A word list of a cue file's section, lower-cased (an absent or empty list is none)."""
    return frozenset(str(w).lower() for w in section.get(key) or ())


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
        reaffirming_verbs=_words(status, "reaffirming_verbs"),
        standing_commitments=_words(status, "standing_commitments"),
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
        threat_contents=_words(events, "threat_contents"),
        statement_nouns=_words(events, "statement_nouns"),
        utterance_nouns=_words(events, "utterance_nouns"),
        future_modals=_words(status, "future_modals"),
        promising_verbs=_words(status, "promising_verbs"),
        promise_made_types=frozenset(str(w).upper() for w in status.get("promise_made_types") or ()),
        factive_marks=_words(status, "factive_marks"),
        hedges=_words(status, "hedges"),
        representatives=_words(events, "representatives"),
        former_words=_words(events, "former_words"),
        residents=_words(events, "residents"),
        hyphen_prefixes=_words(events, "hyphen_prefixes"),
        safeguards=_words(events, "safeguards"),
        side_nouns=_words(events, "side_nouns"),
        renamed_sayings={str(w).lower(): str(k) for k, ws in (events.get("renamed_sayings") or {}).items() for w in ws},
        renaming_determiners=_words(events, "renaming_determiners"),
        currency_nouns=_words(events, "currency_nouns"),
        instruments=_words(events, "instruments"),
        demand_modals=_words(events, "demand_modals"),
        demanding_verbs=_words(events, "demanding_verbs"),
        asking_verbs=_words(events, "asking_verbs"),
        proposals=_words(events, "proposals"),
        remarks=_words(events, "remarks"),
        invitations=_words(events, "invitations"),
        declining_verbs=_words(events, "declining_verbs"),
        speaking_verbs=_words(events, "speaking_verbs"),
        tie_nouns=_words(events, "tie_nouns"),
        wishing_verbs=_words(events, "wishing_verbs"),
        wish_modals=_words(events, "wish_modals"),
        membership_verbs=_words(rels, "membership_verbs"),
        chairing_verbs=_words(rels, "chairing_verbs"),
        supplying_verbs=_words(rels, "supplying_verbs"),
        receiving_verbs=_words(rels, "receiving_verbs"),
        habitual_verbs=_words(rels, "habitual_verbs"),
        lapsing_verbs=_words(rels, "lapsing_verbs"),
        intake_nouns=_words(rels, "intake_nouns"),
        share_words=_words(rels, "share_words"),
        having_verbs=_words(rels, "having_verbs"),
        reliance_verbs=_words(rels, "reliance_verbs"),
        share_verbs=_words(rels, "share_verbs"),
        supplied_goods=_words(rels, "supplied_goods"),
        patronage_nouns=_words(rels, "patronage_nouns"),
        defending_verbs=_words(rels, "defending_verbs"),
        pledge_nouns=_words(rels, "pledge_nouns"),
        pledge_verbs=_words(rels, "pledge_verbs"),
        traded_nouns=_words(rels, "traded_nouns"),
        binding_verbs=_words(rels, "binding_verbs"),
        chair_nouns=_words(rels, "chair_nouns"),
        member_heads=_words(rels, "member_heads"),
        body_nouns=_words(rels, "body_nouns"),
        clause_synonyms={str(k).lower(): str(v).lower() for k, v in (rels.get("clause_synonyms") or {}).items()},
        island_states={str(k).lower(): frozenset(map(str, v)) for k, v in (rels.get("island_states") or {}).items()},
        country_possessors=_words(rels, "country_possessors"),
        tie_ceasing_verbs=_words(rels, "tie_ceasing_verbs"),
        denying_verbs=_words(rels, "denying_verbs"),
        rumour_nouns=_words(rels, "rumour_nouns"),
        distance_words=_words(rels, "distance_words"),
        at_odds_nouns=_words(rels, "at_odds_nouns"),
        owned_ties=_words(rels, "owned_ties"),
        ranking_verbs=_words(rels, "ranking_verbs"),
        aspiration_nouns=_words(rels, "aspiration_nouns"),
        aspiring_verbs=_words(rels, "aspiring_verbs"),
        joining_words=_words(rels, "joining_words"),
        standing_verbs={str(k).lower(): (str(v["type"]), str(v["prep"]).lower()) for k, v in (rels.get("standing_verbs") or {}).items()},
        advising_verbs=_words(events, "advising_verbs"),
        avoiding_verbs=_words(events, "avoiding_verbs"),
        obligation_words=_words(events, "obligation_words"),
        between_adjectives={str(k).lower(): tuple(str(n) for n in v) for k, v in (events.get("between_adjectives") or {}).items()},
        partitives=_words(events, "partitives"),
        issuing_words=_words(events, "issuing_words"),
        question_marks=_words(events, "question_marks"),
        aiming_participles=_words(events, "aiming_participles"),
        claim_nouns=_words(events, "claim_nouns"),
        single_state_measures=_words(events, "single_state_measures"),
        made_claims={str(k).lower(): str(v).lower() for k, v in (events.get("made_claims") or {}).items()},
        claim_making_verbs=_words(events, "claim_making_verbs"),
        replacing_marks=_words(events, "replacing_marks"),
        charge_nouns=_words(events, "charge_nouns"),
        expelling_verbs=_words(events, "expelling_verbs"),
        mission_people=_words(events, "mission_people"),
        governing_nouns=_words(events, "governing_nouns"),
        channel_nouns=_words(events, "channel_nouns"),
        joint_adverbs=_words(events, "joint_adverbs"),
        topic_verbs=_words(events, "topic_verbs"),
        accord_nouns=_words(events, "accord_nouns"),
        term_accords=_words(events, "term_accords"),
        open_appeals=_words(events, "open_appeals"),
        proposal_appeals=_words(events, "proposal_appeals"),
        company_verbs=_words(events, "company_verbs"),
        act_nouns=frozenset(str(w).lower() for w in [*(events.get("act_nouns") or ()), *(events.get("named_act_nouns") or ())]),
        generic_act_nouns=_words(events, "act_nouns"),
        telling_verbs=_words(events, "telling_verbs"),
        addressing_verbs=_words(events, "addressing_verbs"),
        forewarning_verbs=_words(events, "forewarning_verbs"),
        advised_acts=_words(events, "advised_acts"),
        commentator_nouns=_words(events, "commentator_nouns"),
        fearing_verbs=_words(events, "fearing_verbs"),
        ministry_nouns=_words(events, "ministry_nouns"),
        summons_place_preps=_words(events, "summons_place_preps"),
        open_object_classes=_words(events, "open_object_classes"),
        formal_findings=_words(events, "formal_findings"),
        war_counts=_words(events, "war_counts"),
        measure_nouns=_words(events, "measure_nouns"),
        easing_verbs=_words(events, "easing_verbs"),
        attempt_governors=_words(status, "attempt_governors"),
        readiness_governors=_words(status, "readiness_governors"),
        readiness_planned_types=frozenset(str(w).upper() for w in status.get("readiness_planned_types") or ()),
        eliciting_verbs=_words(events, "eliciting_verbs"),
        adopting_verbs=_words(events, "adopting_verbs"),
        ultimatum_verbs=_words(events, "ultimatum_verbs"),
        asking_words=_words(events, "asking_words"),
        companion_words=_words(events, "companion_words"),
        holding_verbs=_words(events, "holding_verbs"),
        water_bodies=_words(events, "water_bodies"),
        venue_parts=_words(events, "venue_parts"),
        returned_classes={str(k).upper(): frozenset(str(w).lower() for w in v or ())
                          for k, v in (events.get("returned_classes") or {}).items()},
        staging_verbs=_words(events, "staging_verbs"),
        war_figurative_modifiers=_words(events, "war_figurative_modifiers"),
        war_ending_verbs=_words(events, "war_ending_verbs"),
        measured_nouns=_words(events, "measured_nouns"),
        verdict_heads=_words(events, "verdict_heads"),
        rights_verbs=_words(events, "rights_verbs"),
        war_talk=_words(events, "war_talk"),
        armed_side_determiners=_words(events, "armed_side_determiners"),
        armed_side_classes=_words(events, "armed_side_classes"),
        quantity_nouns=_words(events, "quantity_nouns"),
        outbound_trade_nouns=_words(events, "outbound_trade_nouns"),
        knowing_nouns=_words(events, "knowing_nouns"),
        refusing_verbs=_words(events, "refusing_verbs"),
        acceptance_verbs=_words(events, "acceptance_verbs"),
        accession_verbs=_words(events, "accession_verbs"),
        admitting_verbs=_words(events, "admitting_verbs"),
        granting_participles=_words(events, "granting_participles"),
        basis_nouns=_words(events, "basis_nouns"),
        blaming_verbs=_words(events, "blaming_verbs"),
        carried_texts=_words(events, "carried_texts"),
        carrying_participles=_words(events, "carrying_participles"),
        giver_nouns=_words(events, "giver_nouns"),
        opposed_measures=_words(events, "opposed_measures"),
        fuelled_acts=_words(events, "fuelled_acts"),
        sequel_verbs=_words(events, "sequel_verbs"),
        closing_verbs=_words(events, "closing_verbs"),
        sequence_preps=_words(events, "sequence_preps"),
        encounter_types=frozenset(str(w).upper() for w in events.get("encounter_types") or ()),
        spoken_types=frozenset(str(w).upper() for w in events.get("spoken_types") or ()),
        acting_bodies=_words(events, "acting_bodies"),
        state_group_nouns=_words(events, "state_group_nouns"),
        member_nouns=_words(events, "member_nouns"),
        alliances=frozenset(str(w) for w in events.get("alliances") or ()),
        attack_nouns=_words(events, "attack_nouns"),
        unanswered_words=_words(events, "unanswered_words"),
        listing_verbs=_words(events, "listing_verbs"),
        blacklist_nouns=_words(events, "blacklist_nouns"),
        blacklist_words=_words(events, "blacklist_words"),
        speaking_nouns=_words(events, "speaking_nouns"),
        speaker_modifiers=_words(events, "speaker_modifiers"),
        watching_verbs=_words(events, "watching_verbs"),
        culprit_words=_words(events, "culprit_words"),
        plotting_verbs=_words(events, "plotting_verbs"),
        helping_verbs=_words(events, "helping_verbs"),
        blamed_acts=_words(events, "blamed_acts"),
        qualified_verdicts={str(k).lower(): frozenset(str(a).lower() for a in v)
                            for k, v in (events.get("qualified_verdicts") or {}).items()},
        drafter_nouns=_words(events, "drafter_nouns"),
        wrong_ways=_words(events, "wrong_ways"),
        consequence_verbs=_words(events, "consequence_verbs"),
        denial_words=_words(events, "denial_words"),
        unhesitating_verbs=_words(events, "unhesitating_verbs"),
        threatening_verbs=_words(events, "threatening_verbs"),
        ceasing_verbs=_words(events, "ceasing_verbs"),
        act_refusing_verbs=_words(events, "act_refusing_verbs"),
        refused_stands=frozenset(str(w).upper() for w in events.get("refused_stands") or ()),
        applying_verbs=_words(events, "applying_verbs"),
        addressee_nouns=_words(events, "addressee_nouns"),
        levied_goods=_words(events, "levied_goods"),
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
