"""What every extraction stage shares: the word sets the rules consult, the discourse `Context`
(who "it", "they", "both leaders" refer to across sentences), `Found` (the actors filling a role
and how sure the way they were found is), and small helpers over mention lists and the parse.

Depends on no other module of the package; every stage imports from it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from spacy.tokens import Token

from ..actors import Mention
from ..cues import EventCue


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
                  "punish", "sanction", "fault", "congratulate",
                  # "fined Chilean firms for helping ...": the one penalised or rewarded did it (pass 42)
                  "fine", "fin", "penalise", "penalize", "reward", "rebuke", "reprimand", "censure", "chastise"}
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


# discourse context: who "it", "they", "both leaders" refer to
@dataclass
class Context:
    groups: list[tuple[str, list[Mention]]] = field(default_factory=list)  # ("coordinated" | "sentence", actors)
    last_group: list[Mention] = field(default_factory=list)
    last_single: Mention | None = None
    last_person: Mention | None = None
    last_speaker: Mention | None = None  # the latest person who was a clause's subject
    last_subject_state: Mention | None = None  # the latest state that was a clause's subject
    # the actors a plural noun subject named in the sentence just before ("..., Ukrainian officials
    # said. They blamed Russia."), empty when that sentence named none or coordinated a group
    plural_subject: list[Mention] = field(default_factory=list)
    # the actor the sentence just before was about: its main clause's subject, a person ("Prime
    # Minister X said ...") or a state, or None when that subject named no one (references pass,
    # session 12: "the government" in the next sentence is that subject's, not a state a phrase
    # of the report names)
    main_subject: Mention | None = None

    def note(self, mentions: list[Mention], groups: list[list[Mention]], plural_subject: list[Mention] = ()) -> None:
        self.plural_subject = [] if groups else list(plural_subject)
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


def _unique_countries(mentions: Iterable[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.actor.country and m.actor.country not in seen:
            seen.add(m.actor.country)
            out.append(m)
    return out


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
