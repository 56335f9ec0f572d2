"""Stage: writing an event. `_emit` takes one reading (type, sources, targets, status, date),
makes the adjustments that need the whole reading (a refusal pledge, "would not hesitate to
attack", joint exercises, talks in a host's capital, a war side's attack on the other side),
records the act for later sentences (`self._parts`, `self._acts`, the latest event by noun, mode
and type, claims, appeals and co-sponsored motions), which the other stages consult, and writes
one event record per source-target pair, a duplicate or a source's act on itself left out.

A mixin of `_DocumentAnalysis` (document.py): it appends to `self.events` and keeps the state
above (initialised in document.py), and uses phrases.py (`_np`), roles.py (`_subjects`),
status.py (`_denied`), targets.py (`_host_capital`, `_war_counterpart`) and triggers.py
(`_object_classes`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations, permutations

from spacy.tokens import Span, Token

from ..actors import Mention
from ..cues import SYMMETRIC_EVENTS, EventCue, Reading
from ..dates import DateMention, event_date, shifted
from ..scope import event_types
from .context import _unique

# the stands others may take together with the subject ("in the company of Russia"; pass 23)
_STANDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "PROTEST", "SANCTION", "THREATEN"})
# the stands that share the addressee of a coordinated charge or appeal (pass 37)
_SHARED_ADDRESSEE = frozenset({"ACCUSE", "PROTEST", "REQUEST"})
# the stands a purpose clause of a contact takes towards the one contacted (pass 37)
_ADDRESSED_STANDS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "PROTEST", "THREATEN"})
# acts whose ceasing ("stopped sharing intelligence with Kyiv") is a measure against their other side (types pass 1)
_CEASED = frozenset({"AID", "COOPERATE"})

# a month or weekday with no word pointing back ("in August", "on Tuesday", bare "Tuesday"; not
# "last Tuesday", "since Tuesday"): a plan's is the coming one
_PLAIN_MONTH = re.compile(r"(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_PLAIN_WEEKDAY = re.compile(r"(?:(?:on|this|by|from)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")


class _Emitting:
    """Writing an event and recording it for later sentences (a mixin of _DocumentAnalysis)."""

    def _emit(self, sent: Span, trigger: Token, reading: Reading, sources: list[Mention], targets: list[Mention],
              status: str, attribution: str | None, how: float, cue: EventCue, location: str | None,
              when: DateMention | None) -> None:
        if sources and reading.type in _STANDS:
            # "voted against it, in the company of Russia": the companions take the stand too (pass 23)
            own = {m.actor.country for m in sources}
            companions = [m for m in self._companions(trigger) if m.actor.country not in own
                          and m.actor.country not in {t.actor.country for t in targets}]
            if companions:
                # (a target that is the subject itself is no one's target, the companions' neither)
                sources, targets = sources + companions, [t for t in targets if t.actor.country not in own]
        sources = [m for m in _unique(sources) if m.actor.country and m.form != "place"]
        # "said the West was fighting Russia", "accused Kyiv's Western backers of seeking its
        # defeat": a fixed group (data/actors.yaml, role "fixed group") acts only through a verb it
        # is the subject of in a clause no one else reports (pass 29)
        sources = [m for m in sources if m.actor.role != "fixed group" or self._own_main_clause(m, trigger)]
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
            if not [m for m in targets if m.actor.country and m.actor.country not in own]:
                # "would not accept troops from NATO countries", "will never recognise the
                # Council's resolutions", "would never recognise the annexation": a refusal to
                # accept a thing answers whoever it comes from or is owned by, or the doer of the act
                # it names (reject pass, session 13)
                refused = [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
                targets = targets + (
                    # (the parser may hang "from" on the verb: "accept troops from NATO countries")
                    [m for m in [*self._prep_objects(trigger, ("from",)),
                                 *(m for o in refused for m in self._prep_objects(o, ("from", "by")))]
                     if m.actor.country and m.actor.country not in own]
                    or [m for o in refused for c in o.children if c.dep_ == "poss" for m in self._np(c, True).mentions
                        if m.actor.country and m.actor.country not in own]
                    or [m for m in self._reacted_to(trigger, sources) if m.actor.country and m.actor.country not in own])
        if reading.type in ("ACCUSE", "PROTEST") and sources and not [
                m for m in targets if m.actor.country and m.actor.country not in {s.actor.country for s in sources}]:
            # "Japan told China that it had serious concerns", "informed Seoul it was deeply
            # concerned": a concern or protest voiced to someone, by the teller, is made to them (pass 27)
            targets = targets + self._told_to(trigger, sources)
        if reading.type in _SHARED_ADDRESSEE and sources and not [
                m for m in targets if m.actor.country and m.actor.country not in {s.actor.country for s in sources}]:
            # "expressed regret over the legislation and called on Pyongyang to return to dialogue",
            # "conveyed its concern to Beijing and asked for greater transparency": a charge or an
            # appeal made to no one named shares the addressee of the one coordinated with it (pass 37)
            targets = targets + self._conjunct_addressee(trigger, sources, reading.type)
        if reading.type == "REJECT" and reading.mode == "veto" and self._veto_cast(trigger) and sources and not [
                m for m in targets if m.actor.country and m.actor.country not in {s.actor.country for s in sources}]:
            # "Russia vetoed the renewal of the panel", "both vetoed new sanctions": a veto naming no
            # drafter is cast against the body that votes, the organisation the text last named
            # (rules pass, session 16;
            # only a vetoing verb, or what it governs: "holds a veto", "stripped of its veto", "the first
            # time either power used its veto" name no veto cast)
            targets = targets + self._vetoed_body(trigger, sources)
        if reading.type in _ADDRESSED_STANDS and sources and not [
                m for m in targets if m.actor.country and m.actor.country not in {s.actor.country for s in sources}]:
            # "Erdogan telephoned Putin to express his support", "summoned Japan's ambassador to
            # demand that she retract the remarks": a stand taken in order to contact someone is
            # taken towards them, by the one who made contact (pass 37)
            addressed = self._addressed(trigger)
            if addressed is not None:
                sources, targets = addressed
        # (pass 24: also a measure, and the noun of a light verb: "would not hesitate to impose new
        # sanctions on Iran" threatens them, not a negated sanction)
        unshrinking = first.head if first.dep_ in ("dobj", "obj") and first.pos_ == "NOUN" else first
        if reading.type in ("ASSAULT", "COERCE", "SANCTION") and unshrinking.dep_ == "xcomp" \
                and unshrinking.head.lemma_.lower() in self.cues.unhesitating_verbs \
                and any(c.dep_ == "neg" for c in unshrinking.head.children):
            # "Russia would not hesitate to attack", "would not hesitate to occupy, subdue and
            # reclaim South Korean territory": an attack one says one would not shrink from threatens
            reading, status = Reading("THREATEN", None), "asserted"
        elif reading.type != "THREATEN" and sources and unshrinking.dep_ == "xcomp" \
                and unshrinking.head.lemma_.lower() in self.cues.threatening_verbs \
                and {m.actor.country for m in sources} <= {m.actor.country for m in self._subjects(unshrinking.head).mentions}:
            # "Ottawa threatened to impose tariffs on Chilean wine": the act threatened is the threat
            # made, with the threatening's own status; only of the one who threatens ("the dispute
            # threatened to derail the talks" leaves the talks; types pass 1)
            reading, status = Reading("THREATEN", None), self._status(unshrinking.head, None)[0]
        elif reading.type in _CEASED and unshrinking.dep_ == "xcomp" and unshrinking.tag_ == "VBG" \
                and unshrinking.head.lemma_.lower() in self.cues.ceasing_verbs \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in unshrinking.head.children) \
                and not any(c.dep_ == "aux" and c.lower_ in self.cues.demand_modals for c in unshrinking.head.children) \
                and self._status(unshrinking.head, None)[0] in ("asserted", "negated"):
            # "Washington has stopped sharing intelligence with Kyiv": ceasing to give or to work with
            # someone is a measure against them, with the ceasing's own status; only a ceasing done
            # or denied ("would stop shipping LNG to Japan" is left as it was; types pass 1)
            reading, status = Reading("SANCTION", "suspension"), self._status(unshrinking.head, None)[0]
        elif reading.type in _CEASED and first.pos_ == "NOUN" and first.dep_ in ("dobj", "obj") \
                and first.head.pos_ == "VERB" and first.head.lemma_.lower() in self.cues.ceasing_verbs \
                and (any(c.dep_ in ("nsubj", "nsubjpass") for c in first.head.children)
                     or (first.head.dep_ == "advcl" and first.head.tag_ == "VBG")) \
                and not any(c.dep_ == "aux" and c.lower_ in self.cues.demand_modals for c in first.head.children) \
                and not self._asked_for(first.head) \
                and self._status(first.head, None)[0] in ("asserted", "negated"):
            # "Gazprom had stopped its deliveries to Moldova", "Seoul ceased its cooperation with
            # Tokyo": the noun of a giving or a working together, ceased, is the same measure as the
            # gerund above, not the act still going on; asked for ("demands that Washington stop the
            # deliveries") it is no measure taken; a participle ("used his veto, stopping an aid
            # package for Ukraine") is its clause's subject's act (types pass, session 13)
            reading, status = Reading("SANCTION", "suspension"), self._status(first.head, None)[0]
        refusal = unshrinking.head if unshrinking.dep_ in ("xcomp", "advcl") and unshrinking.pos_ == "VERB" else None
        if refusal is not None and reading.type in self.cues.refused_stands and sources \
                and self._verb_phrase(refusal) in self.cues.act_refusing_verbs \
                and (unshrinking.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in unshrinking.children)) \
                and {m.actor.country for m in sources} <= {m.actor.country for m in self._subjects(refusal).mentions} \
                and self._status(refusal, None)[0] == "asserted":
            # "India declined to endorse China's Belt and Road Initiative", "Beijing ruled out joining
            # any three-way treaty with Washington": refusing to agree with, back, work with or meet
            # someone rejects them, a stand taken now; the act refused is still reported, negated,
            # below (types pass, session 13)
            self._emit(sent, trigger, Reading("REJECT", None), sources, targets, "asserted", attribution, how, cue, location, when)
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
        if (reading.type in ("ASSAULT", "COERCE") or reading.mode == "ceasefire") and sources and not [
                m for m in targets if m.actor.country not in {s.actor.country for s in sources}]:
            # (a side's ceasefire is toward the other side too: "Russia declared a unilateral
            # three-day ceasefire" -> YIELD RUS->UKR; pass seventeen)
            # "said Ukrainian forces were shelling the plant", "Russian forces seized the facility":
            # in a war under way between two states both named in the text, a side's attack or
            # seizure aimed at no one named is on the other side
            targets = targets + self._war_counterpart(trigger, sources)
        if reading.type == "AGREE" and trigger.pos_ == "VERB" and len({m.actor.country for m in sources}) == 1 \
                and not [m for m in targets if m.actor.country != sources[0].actor.country]:
            # "after meeting Xi Jinping, who agreed to pause the controls", "Macron met Scholz ...
            # Germany agreed to buy more jets": an agreement with no one named, just after a meeting
            # of the agreeing state with another, is with that other (pass seventeen)
            targets = self._meeting_partner(trigger, sources[0].actor.country)
        answered = self._measured_against(trigger, reading.mode) if reading.mode else None
        if answered is not None and reading.type == "MOBILIZE" and sources and not targets:
            # "South Korea fired missiles of its own within hours of the launch": a show of force
            # answering another's act of the same kind is aimed at its doers (pass 41)
            own = {m.actor.country for m in sources}
            targets = [m for m in answered[0] if m.actor.country and m.actor.country not in own]
        parts = (sources, targets, reading.type)
        self._parts[trigger.i] = parts
        if sources:
            self._acts.append((trigger.i, sources, reading.type))
        # "any further attacks" is no particular act that "the attacks" could later rename
        generic = trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in trigger.children)
        if answered is not None:
            generic = True  # "fired missiles of its own within hours of the launch" is not "the launch" (pass 41)
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
        if reading.type == "YIELD" and (self._asked_for(first) or self._subjunctive(first)):
            # "called on Moscow to withdraw its forces": the appeal is the event, the concession
            # asked for is none (still recorded above for whoever the appeal is made to; pass 25)
            return
        if reading.type == "ACCUSE" and status == "asserted":
            self._claimants_seen.append(sources)
            self._accusations_seen.append((sources, targets))
        if reading.type == "REQUEST" and targets:
            self._appeals.append((sources, targets))
        if reading.mode == "accession":
            # joining a body speaks of its membership as a MEMBER tie does ("an invitation for
            # Ukraine to join NATO ... Hungary opposes membership"; pass 23)
            body = next((t for t in targets if t.actor.kind == "organisation"), None)
            if body is not None:
                self._membership_body = body
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
        if status == "planned" and when is not None and when.precision == "day" and when.relative \
                and self.published is not None and when.value < self.published.isoformat() \
                and _PLAIN_WEEKDAY.fullmatch(self.doc.text[when.start:when.end].strip()) \
                and not self._past_act_date(when):
            # "is due to hold a summit with Xi on Tuesday" in Monday's paper: a plan's weekday is
            # the coming one, not the one just past (pass nineteen)
            when = shifted(when, 7) or when
        if status == "planned" and when is not None and when.precision == "month" and when.relative \
                and self.published is not None and when.value[:7] < self.published.isoformat()[:7] \
                and _PLAIN_MONTH.fullmatch(self.doc.text[when.start:when.end].strip()):
            # "plan a combined exercise in August" in June's paper: a plan's bare month is the
            # coming one, not last year's (pass twenty)
            when = replace(when, value=f"{int(when.value[:4]) + 1}{when.value[4:]}")
        if when is None and (reading.type in self.cues.spoken_types or status == "planned"):
            # "said on Tuesday that NATO was ready to defend every ally", "said on Friday it would
            # send cluster munitions": a statement's act, or a plan it announces, is dated by the
            # saying (pass 34)
            when = self._saying_date(trigger)
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
                "method": "rules",  # (the learned tier's events say "learned": learned.py)
            })

    def _meeting_partner(self, trigger: Token, own: str | None) -> list[Mention]:
        """The other party of the latest meeting of `own` with one other state reported in the
        trigger's sentence or the one before it."""
        start = self._sentence_of(trigger).start
        if start > 0:
            start = self._sentence_of(self.doc[start - 1]).start
        for i in sorted(self._parts, reverse=True):
            sources, targets, kind = self._parts[i]
            if i < start or kind != "CONSULT":
                continue
            countries = {m.actor.country for m in [*sources, *targets]}
            if own in countries and len(countries) == 2:
                return [m for m in [*sources, *targets] if m.actor.country != own][:1]
        return []

    def _veto_cast(self, trigger: Token) -> bool:
        """Whether `trigger` is a vetoing verb ("vetoed", "blocked a resolution") or a noun that one
        governs ("both vetoed new sanctions")."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        cue = self.cues.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        return cue is not None and (cue.mode == "veto" or any(r.mode == "veto" for r in cue.objects.values()))

    def _vetoed_body(self, trigger: Token, sources: list[Mention]) -> list[Mention]:
        """The organisation a veto is cast in when it names no one: the last one named in the text up
        to the end of the veto's sentence ("... the Security Council. Russia vetoed the renewal of the
        panel" -> the UN), never one of the vetoers."""
        own = {m.actor.country for m in sources}
        end = trigger.sent.end
        bodies = [m for m in self.mentions if m.start < end and m.actor.kind == "organisation"
                  and m.actor.country and m.actor.country not in own]
        return bodies[-1:]

    def _told_to(self, trigger: Token, sources: list[Mention]) -> list[Mention]:
        """Whom the teller of the clause holding `trigger` told it (`telling_verbs`: tell, inform,
        notify), when the teller is the one who acts in it; none else."""
        own = {m.actor.country for m in sources}
        below = trigger
        for above in trigger.ancestors:
            if below.dep_ not in ("ccomp", "dobj", "obj", "acomp", "attr", "conj", "xcomp"):
                return []
            if above.pos_ == "VERB" and above.lemma_.lower() in self.cues.telling_verbs:
                if below.dep_ != "ccomp" or {m.actor.country for m in self._subjects(above).mentions} != own:
                    return []
                return [m for o in above.children if o.dep_ in ("dobj", "obj", "dative")
                        for m in self._np(o, True).mentions if m.actor.country and m.actor.country not in own]
            below = above
        return []

    def _conjunct_addressee(self, trigger: Token, sources: list[Mention], act: str) -> list[Mention]:
        """Whom a verb coordinated with the clause of `trigger` (the verb itself, or the light verb
        of a noun: "expressed regret") addresses, when that verb is itself a charge or an appeal
        (a cue verb or a light verb with a cue noun of type ACCUSE, PROTEST or REQUEST, other than
        `act`) sharing the subject: its object, dative, or "on"/"to" object; else none."""
        verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
        if verb.pos_ != "VERB":
            return []
        own = {m.actor.country for m in sources}
        for other in verb.conjuncts:
            later = other if other.i > verb.i else verb
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
                continue  # (a clause with a subject of its own: "... and Beijing asked ...")
            own_cue = self.cues.verbs.get(other.lemma_.lower())
            types = {own_cue.type} if own_cue is not None else set()
            types |= {c.type for o in other.children if o.dep_ in ("dobj", "obj") for c in [self._cue(o)] if c is not None}
            if not types & _SHARED_ADDRESSEE or act in types:
                continue  # (a charge beside a charge: the other one already stands for the pair)
            found = [m for o in other.children if o.dep_ in ("dobj", "obj", "dative")
                     for m in self._np(o, True).mentions]
            found += [m for p in other.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
                      for o in p.children if o.dep_ == "pobj" for m in self._np(o, True).mentions]
            found += [m for o in other.children if o.dep_ in ("dobj", "obj")
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "to"
                      for g in p.children if g.dep_ == "pobj" for m in self._np(g, True).mentions]
            found = [m for m in found if m.actor.country and m.actor.country not in own]
            if found:
                return _unique(found)
        return []

    def _addressed(self, trigger: Token) -> tuple[list[Mention], list[Mention]] | None:
        """(contacter, contacted) when `trigger` (or the verb whose object it is: "to express his
        support") is the purpose infinitive of a contact verb (`addressing_verbs`: telephone,
        summon, visit, ...) with a state as its object; else None."""
        verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
        contact = verb.head
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or contact.i == verb.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or contact.pos_ != "VERB" or contact.lemma_.lower() not in self.cues.addressing_verbs \
                or self._passive(contact):
            return None
        contacters = self._subjects(contact).mentions
        own = {m.actor.country for m in contacters}
        contacted = [m for o in contact.children if o.dep_ in ("dobj", "obj", "dative")
                     for m in self._np(o, True).mentions if m.actor.country and m.actor.country not in own]
        if not contacters or not contacted:
            return None
        return contacters, contacted

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

    @staticmethod
    def _subjunctive(act: Token) -> bool:
        """"if Washington insisted in talks that Russia withdraw": a bare verb after one singular named
        subject in a subordinate clause is a mandative subjunctive, a concession asked for and not
        made, whatever the parser hangs the clause on (here "talks"; s14 yield pass). "Russia
        withdraws", "Russia will withdraw", "Russia and Belarus withdraw" are not."""
        if act.pos_ != "VERB" or act.tag_ != "VBP" or act.dep_ not in ("ccomp", "relcl", "advcl"):
            return False
        subjects = [c for c in act.children if c.dep_ == "nsubj"]
        return len(subjects) == 1 and subjects[0].tag_ == "NNP" and not any(c.dep_ == "conj" for c in subjects[0].children)

    def _asked_for(self, act: Token) -> bool:
        """A concession someone is asked to make: the complement or object of an appeal or demand
        ("called on Moscow to withdraw", "demanded that they withdraw", "demanded the withdrawal of
        Russian forces", "its call on Russia to withdraw"; pass 25). Not one agreed, refused or made."""
        if act.dep_ == "pobj" and act.head.lower_ == "for" and act.head.dep_ == "prep":
            act = act.head  # "called for the withdrawal of troops"
            return act.head.lemma_.lower() in self.cues.asking_words and act.head.pos_ == "VERB" \
                and not self._denied(act.head)
        if act.dep_ not in ("xcomp", "ccomp", "dobj", "obj", "acl"):
            return False
        head = act.head
        if head.lemma_.lower() not in self.cues.asking_words:
            # (a noun under its light verb: "urged Beijing to lift the ban")
            return act.pos_ == "NOUN" and act.dep_ in ("dobj", "obj") and head.pos_ == "VERB" \
                and head.dep_ in ("xcomp", "ccomp", "acl") and self._asked_for(head)
        if head.pos_ == "NOUN":
            return act.dep_ == "acl"  # "its call on Russia to withdraw"
        return head.pos_ in ("VERB", "AUX") and not self._denied(head)

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

    def _past_act_date(self, when: DateMention) -> bool:
        """"pledged on Sunday to give Ukraine jets", "said on Monday it would send troops": a
        weekday on a past-tense verb dates that act (the pledge, the saying), which is behind
        the paper, so a plan it governs keeps the day just past (pass 30)."""
        token = next((self.doc[i] for i, m in self.date_tokens.items() if m.start == when.start), None)
        while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head
        if token is not None and token.dep_ == "xcomp" and token.tag_ == "VB" \
                and token.head.lemma_.lower() in self.cues.asking_verbs:
            # ("invited Finland to join the alliance on Wednesday": the day is the asking's; dates pass 4)
            token = token.head
        return token is not None and token.tag_ == "VBD"

    def _own_main_clause(self, mention: Mention, trigger: Token) -> bool:
        """Whether `mention` is the subject of `trigger` (or of the verb it is conjoined to), in a
        clause that is no other's complement or adverbial clause (pass 29)."""
        head = self.doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        verb = trigger
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i != verb.i:
            return False
        return not any(t.dep_ in ("ccomp", "xcomp", "pcomp", "advcl") for t in [verb, *verb.ancestors])

    def _measured_against(self, trigger: Token, mode: str) -> tuple[list[Mention], list[Mention], str] | None:
        """"South Korea fired missiles of its own within hours of the launch", "staged drills in
        response to the exercise": an act placed by a prepositional phrase against a definite
        earlier act of its own kind is a second act, an answer; a later "the launch" still means
        the first one (pass 41)."""
        if trigger.pos_ != "VERB":
            return None
        for prep in trigger.children:
            if prep.dep_ != "prep":
                continue
            for tok in prep.subtree:
                if tok.pos_ != "NOUN" or tok.i == trigger.i or not any(
                        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children):
                    continue
                cue = self.cues.nouns.get(tok.lemma_.lower())
                if cue is not None and mode in (cue.mode, *(r.mode for r in cue.modifiers.values())):
                    return self._referent(tok, cue) or ([], [], "")
        return None
