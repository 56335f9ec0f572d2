"""Stage: events a cue noun names ("the summit", "Russia's supply of arms to ...", "a deal between
A and B"), with or without a light verb that governs it ("held talks"), and `_referent`: the
earlier event a definite noun refers back to ("the launch").

A mixin of `_DocumentAnalysis` (document.py): it reads `self.cues`, `self._parts` and the latest
events by noun, mode and type (`self._recent_noun`, `self._recent_mode`, `self._recent_type`,
`self._recent_at`, kept by emit.py; it also sets `self._parts` of a noun that renames an earlier
event); the parties come from phrases.py, roles.py, triggers.py,
targets.py, reactions.py and clause_events.py (`_elicited_from`), status from status.py, date
and place from when.py, and every event goes out through emit.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import Mention
from ..cues import SYMMETRIC_EVENTS, EventCue, Reading
from .context import DEFINITE, REACTIONS, ROLE_KINDS, THEME_CLASSES, _unique, _unique_countries


# acts whose welcome supports their doer, not the one they are aimed at (pass 37)
_HOSTILE_ACTS = frozenset({"SANCTION", "ASSAULT", "COERCE", "THREATEN"})

class _NounEvents:
    """Events a cue noun names, and what a definite event noun refers back to (a mixin of _DocumentAnalysis)."""

    def _noun_event(self, sent: Span, noun: Token, cue: EventCue, light: Token | None, attribution: str | None) -> None:
        reading = self._modifier_reading(noun, cue) or Reading(cue.type, cue.mode)
        light_cue = self.cues.verbs.get(light.lemma_.lower()) if light is not None else None
        if light_cue is not None and light_cue.override and not (
                light_cue.type == "SANCTION" and reading.type in ("MOBILIZE", "ASSAULT")) and not (
                light_cue.type == "ACCUSE" and reading.type == "PROTEST"):
            # (a protest lodged or filed stays a protest: "lodged a strong protest with Tokyo"; pass 40)
            # (halting or suspending one's own deployment or strikes sanctions no one: "called
            # on North Korea to halt the deployment" stays the deployment, asked to stop)
            easing = light.lemma_.lower() in self.cues.easing_verbs
            if easing and reading.type == "SANCTION":
                # "would cut tariffs on Chinese goods", "suspend the export controls": undoing a
                # measure is a concession to whom it is aimed at
                reading = Reading("YIELD", "easing")
            else:
                reading = Reading(light_cue.type, light_cue.mode or reading.mode)
        if light is None and reading.type == "AGREE" and noun.dep_ in ("dobj", "obj"):
            undoing = self.cues.verbs.get(noun.head.lemma_.lower())
            if undoing is not None and undoing.override and undoing.type in ("SANCTION", "REJECT"):
                # "suspended a 2018 inter-Korean military agreement": the accord suspended or
                # rejected is the verb's event, not an agreement made now (pass twenty)
                return
        if light is None and reading.type == "AGREE" and self._standing_accord(noun):
            return  # "urged Washington not to use its treaty with Manila": an accord in force, no act (pass 25)
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
        if not owners and reading.type == "AID" and not cue.recipient_subject:
            # "the transfer of North Korean missiles to Russia": goods of a state named as what is
            # moved are moved by that state, as a purchase's are bought from it (session 14)
            owners = _unique(m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and THEME_CLASSES.intersection(self._object_classes(o))
                             for m in self._np(o).mentions if m.actor.kind in ROLE_KINDS)
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
        if not targets and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            # "any contact or negotiations with Japan": a phrase after both coordinated nouns, hung
            # on the first, is the second's too (pass seventeen)
            targets = [m for p in noun.head.children if p.dep_ == "prep" and p.i > noun.i
                       and p.lower_ in cue.preps and p.lower_ != "between"
                       for o in p.children if o.dep_ == "pobj" for m in self._np(o, strict=cue.strict_targets).mentions]
        if not targets:
            # "a package of sanctions against Russia": the target hangs on what it is of
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in of.children if o.dep_ == "pobj"):
                    # ("a new package of military aid for Kyiv": aid is "for" its recipient; pass nineteen)
                    targets = self._prep_objects(obj, tuple(p for p in cue.preps if p not in ("between", "for")
                                                            or (p == "for" and reading.type == "AID")))
        if not targets and reading.type in ("AGREE", "COOPERATE"):
            # "signed a defence cooperation agreement giving American forces access to its bases":
            # whom an accord grants something is its other party
            targets = [m for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in self.cues.granting_participles
                       for o in acl.children if o.dep_ in ("dative", "dobj", "obj") for m in self._np(o).mentions]
        if not targets and reading.type == "SANCTION":
            # "restrictions on imports of Japanese seafood": a curb on goods is aimed at their origin
            targets = [m for p in noun.children if p.dep_ == "prep" and p.lower_ in cue.preps
                       for o in p.children if o.dep_ == "pobj" for m in self._of_owner(o)]
            # ("raised tariffs on $200 billion of Chinese goods": an amount of goods, the "on" also
            # where the parser hangs it on the verb the measure is the object of; session 14)
            targets += [m for h in ([noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [])
                        for p in h.children if p.dep_ == "prep" and p.lower_ in cue.preps
                        for o in p.children if o.dep_ == "pobj"
                        and (o.pos_ == "NUM" or o.lemma_.lower() in self.cues.quantity_nouns)
                        for m in self._of_owner(o)]
            # ("a tariff on imports from South Korea": goods "from" a state come from it, the "on"
            # also where the parser hangs it on the verb the measure is the object of; pass twenty-one)
            targets += [m for h in [noun, *([noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [])]
                        for p in h.children if p.dep_ == "prep" and p.lower_ in cue.preps
                        for o in p.children if o.dep_ == "pobj" and "trade" in self._object_classes(o)
                        for m in self._prep_objects(o, ("from",))]
            # ("curbs on exports of chips to China": curbed exports are aimed where they go)
            # (also on a coordinated good: "exports of advanced chips and tools to China")
            # (or on the verb the exports hang on: "imposed curbs on exports of chips to China")
            targets += [m for o in self._curbed_exports(noun)
                        for p in [*o.subtree, *(o.head.head.children if o.head.head.i != noun.i else ())]
                        if p.dep_ == "prep" and p.lower_ == "to"
                        for g in p.children if g.dep_ == "pobj" for m in self._np(g).mentions]
            exporting = any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == "export" for c in noun.children)
            if not targets and exporting:
                # "joined export controls on chip-making equipment aimed at China": goods under an
                # export measure, aimed at a state, name its target; so does "to" a state where the
                # parser hangs it on the verb ("imposed export controls on chips to China"; session 14)
                heads = [noun, *([noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [])]
                goods = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                         for o in p.children if o.dep_ == "pobj"]
                targets = [m for o in goods for acl in o.children
                           if acl.dep_ == "acl" and acl.lemma_.lower() in self.cues.aiming_participles
                           for m in self._prep_objects(acl, ("to", "at", "against"))]
                if goods and not targets:
                    targets = [m for h in [*heads[1:], *goods] for m in self._prep_objects(h, ("to",))]
            if not targets and (self._curbed_exports(noun) or any(
                    c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == "export" for c in noun.children)):
                # "Japan's restrictions on the export of chipmaking equipment", "the export controls
                # it announced": curbs on one's own exports, with no destination named, stand alone
                cue = replace(cue, no_target=True)
        if not targets:
            # "sanctions related to the North", "measures targeting Russian banks"
            for acl in self._aiming_participles(noun):
                targets = self._prep_objects(acl, ("to", "at", "against")) + [
                    m for o in acl.children if o.dep_ in ("dobj", "obj") for m in self._np(o).mentions]
        if not targets and reading.type == "SANCTION":
            # "export controls that cut China off from advanced chips": a measure's relative clause
            # names whom it acts on (pass nineteen)
            targets = [m for rel in noun.children if rel.dep_ == "relcl" and rel.pos_ == "VERB"
                       for o in rel.children if o.dep_ in ("dobj", "obj") and o.lower_ not in ("that", "which", "who")
                       for m in self._np(o).mentions]
        if not targets and (reading.type == "SANCTION" or reading.mode == "easing"):
            # "would lift the tariffs imposed on Chinese goods", "the sanctions it placed on Russia": the
            # participle or relative clause that lays the measure names whom it falls on (s14 yield pass;
            # "imposed by the previous administration on Chinese goods": the parser may hang the "on"
            # on the agent)
            layers = [v for v in noun.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]
            layers += [o for v in layers for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            targets = [m for v in layers
                       for p in v.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "against")
                       for o in p.children if o.dep_ == "pobj"
                       for m in (self._np(o).mentions or self._of_owner(o))]
        if not targets and reading.type == "SANCTION":
            # "sanctions over Russia's invasion of Ukraine": a measure over a state's act is on that
            # state (the "over" may hang on the verb the measure is the object of; pass twenty)
            heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj") else [])
            targets = _unique(m for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "over"
                              for o in p.children if o.dep_ == "pobj"
                              for owner in o.children if owner.dep_ == "poss" for m in self._np(owner, True).mentions)
        if not targets and not cue.recipient_subject and (
                reading.type == "AID" or (reading.type == "MOBILIZE" and "to" in cue.preps)):
            # ("condemned the deployment of North Korean soldiers to Russia": where troops are sent)
            targets = self._stray_recipient(noun)
        own_parts = bool(owners or targets or pair)
        if (reading.type in REACTIONS or reading.type == "PROTEST") and not owners and self._elicited_from(noun):
            return  # "the launch drew condemnation from Seoul": read once the sentence's acts are known

        sources = owners
        # ("for another round of talks with X": the talks stand where their round does; pass nineteen)
        anchor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.head.head.lemma_.lower() in self.cues.quantity_nouns else noun
        # ("called for talks between Moscow and Kyiv": talks between others are not the caller's)
        if light is None and not owners and not (pair and len(pair) >= 2) and anchor.dep_ == "pobj" \
                and anchor.head.head.pos_ in ("VERB", "AUX") and (
                (anchor.head.lower_ in ("for", "at", "during", "in", "after", "following") and reading.type in ("CONSULT", "AGREE", "COOPERATE"))
                # ("spent Sunday on the telephone with X": who is on the line calls; pass 32)
                or (anchor.head.lower_ == "on" and reading.mode == "phone call")
                or (anchor.head.lower_ == "in" and reading.type == "ASSAULT" and not self._passive(anchor.head.head))):
            # ("said in a phone call with X", "after talks with X, Y agreed": who speaks or acts in or
            # after them took part; pass 26)
            # ("used North Korean infantry in assaults on Ukrainian positions": the user attacks)
            # "travelled to Pyongyang for talks with X": the traveller talks; "Yoon and Kishida
            # agreed ... at a summit in Tokyo": those who acted at it took part
            subj = self._subjects(anchor.head.head)
            sources, how = subj.mentions, 0.7 * (subj.how or 1.0)
            if reading.type == "CONSULT" and not targets and anchor.head.lower_ in ("in", "during") \
                    and anchor.head.head.lemma_.lower() in self.cues.telling_verbs:
                # "Biden told Putin in a phone call that ...", "informed Macron during talks": the
                # one told is the other side of the call or talks (pass 41)
                own = {m.actor.country for m in sources}
                targets = [m for o in anchor.head.head.children if o.dep_ in ("dobj", "obj", "dative")
                           for m in self._np(o, True).mentions if m.actor.country and m.actor.country not in own]
        if light is not None:
            subj = self._subjects(light)
            if reading.type == "ASSAULT" and cue.mode == "war" and light.lemma_.lower() in self.cues.war_ending_verbs:
                # "has said he would end the war within days": who would end a war is no side of it;
                # the war keeps its own sides (its owner, a war under way; pass 39)
                subj = None
            if subj is not None and subj.mentions:
                sources, how = subj.mentions, 0.8 * (subj.how or 1.0)
            # "pledged support for Moscow": the parser often hangs the noun's preposition on the verb
            targets = targets + self._prep_objects(light, [p for p in cue.preps if p != "between"])
            if light_cue is not None and light_cue.override and reading.type == light_cue.type and sources:
                # "would halt visa-free trips by Japanese citizens": a suspension of others' acts is aimed at them
                own = {m.actor.country for m in sources}
                # (but a measure eased is no act of whom it is aimed at: its organisation owner or
                # participle's agent laid it, "easing the United Nations sanctions", "lift the tariffs
                # imposed by Japan on Chinese goods" yield to neither; s14 yield pass)
                makers = {m.actor.country for m in agents} | {m.actor.country for m in owners if m.actor.kind == "organisation"} \
                    if reading.mode == "easing" else set()
                targets = targets + [m for m in owners if m.actor.country not in own | makers]
            if light_cue is not None and light_cue.override and light_cue.type == "SUPPORT" \
                    and cue.type in _HOSTILE_ACTS and reading.type == "SUPPORT":
                # "Kyiv welcomed the American sanctions against Moscow": welcoming a hostile act
                # supports whoever did it, never the one it is aimed at (pass 37)
                own = {m.actor.country for m in sources}
                targets = [m for m in owners if m.actor.country not in own]
        if light is not None and sources and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in self.cues.proposals \
                and not [m for m in targets if m.actor.country not in {s.actor.country for s in sources}]:
            # "Pyongyang rejected repeated U.S. offers of talks", "accepted Tokyo's offer of aid":
            # the act offered is with whoever offered it (pass 35)
            own = {m.actor.country for m in sources}
            targets = targets + [m for m in self._np(noun.head.head).mentions if m.actor.country not in own]
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

        judging = self.cues.verbs.get(noun.head.lemma_.lower()) if noun.dep_ in ("dobj", "obj") else None
        if not own_parts and (any(c.lower_ in DEFINITE for c in noun.children) or (
                # "called any deployment a grave escalation": a verdict on any such act is on the
                # one the text spoke of (pass 23)
                judging is not None and judging.verdicts and any(c.lower_ == "any" for c in noun.children))):
            # "the launch", "the agreement": an event already reported
            earlier = self._referent(noun, cue)
            if earlier is not None and light is None:
                self._parts[noun.i] = earlier
                return
            if light_cue is not None and light_cue.own_parts:
                return  # "Zelensky, who attended the summit": whom he met there is not said (pass nineteen)
        else:
            earlier = None
        if earlier is not None:
            doers, others, earlier_type = earlier
            if earlier_type in SYMMETRIC_EVENTS and len({m.actor.country for m in [*doers, *others]}) < 2 \
                    and not (light_cue is not None and light_cue.override):
                # "Putin signed a law revoking the ratification of the treaty ... the United States,
                # which signed the treaty": an agreement recorded with one party names no other
                pass
            elif light_cue is not None and light_cue.override and light_cue.type == "SUPPORT" \
                    and earlier_type not in SYMMETRIC_EVENTS and reading.type == "SUPPORT":
                # "Canada imposed sanctions on Peru. Chile welcomed the sanctions": a welcome of a
                # one-sided act backs its doers, not those it was aimed at (passes 37 and 39)
                targets = [m for m in doers if m not in sources]
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
        if reading.mode == "membership application" and not targets:
            # "submitting an application for fast-track membership of NATO" (pass eighteen)
            targets = self._applied_to(noun)
        if reading.type == "REQUEST" and light is None and noun.dep_ == "pobj" and noun.head.lower_ == "at" \
                and noun.head.head.pos_ == "VERB":
            # "NATO ambassadors met in Brussels at Warsaw's request", "at the request of Kyiv": the
            # requester asked whoever did what was done at it (pass eighteen)
            if not sources:
                sources = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                           for o in p.children if o.dep_ == "pobj" for m in self._np(o, True).mentions]
            own = {m.actor.country for m in sources}
            if sources and not targets:
                targets = [m for m in self._subjects(noun.head.head).mentions if m.actor.country not in own]
        if light is not None and sources and not targets and reading.type == "AID":
            targets = self._backed_party(self._clause_verb(light), sources)  # (pass 30)
        if light is not None and sources and not targets and cue.type == "AID" and reading.type == "SANCTION":
            # "Washington suspended military aid on March 3": aid halted is aid withheld from whom
            # the same giver's latest transfer went to (pass eighteen)
            targets = self._recipient_before(light, sources)
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

    def _standing_accord(self, noun: Token) -> bool:
        """"its treaty with Manila", "their AUKUS security pact", "how Moscow applied its mutual defence
        treaty with Pyongyang": an accord owned by a possessive pronoun, with no verb here making,
        signing or ratifying it (no light verb, no relative or participle clause on it, nothing new),
        is one already in force, a standing tie the text refers back to, not an agreement made (pass 25)."""
        if noun.lemma_.lower() not in self.cues.accord_nouns or noun.lemma_.lower() in ("talk", "discussion", "negotiation"):
            return False
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            return False
        if any(c.dep_ in ("relcl", "acl") or c.lower_ in ("new", "latest", "first") for c in noun.children):
            return False
        return True

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
