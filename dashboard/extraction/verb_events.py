"""Stage: events a cue verb triggers. `_verb_event` reads a cue verb's source, target, status and
date from the parse (the bulk of the rules); `_fallback_event` does the same, more strictly, for a
verb-lexicon verb; `_blamed_attack`, `_feeling` and `_judged_subject` read the special shapes
("blamed Ukraine for the blast", "was shocked by the attacks", "said the delivery violated ...").

A mixin of `_DocumentAnalysis` (document.py): it reads `self.cues`, `self.by_token`,
`self._parts`, and the motions, appeals and membership body named so far (`self._motion_makers`,
`self._appeals`, kept by emit.py; `self._membership_body`, kept by relationships.py); the parties
come from phrases.py, roles.py, targets.py and reactions.py, status from status.py, the date and
place from when.py, and every event goes out through emit.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import Mention
from ..cues import SYMMETRIC_EVENTS, EventCue, Reading
from .context import (
    COUNT_WORDS, DEFINITE, FALLBACK_STRICT, GROUP_NOUNS, REACTIONS, RELATIVE, ROLE_KINDS, SMALL_CLAUSE_VERBS,
    THEME_CLASSES, _ACCESSION, _clause_tokens, _unique,
)


def _reciprocal(tok: Token) -> bool:
    """"each other", "one another": an object that is the subjects themselves, one at a time."""
    words = {tok.lower_, *(c.lower_ for c in tok.children if c.dep_ == "det")}
    return words in ({"each", "other"}, {"one", "another"})


class _VerbEvents:
    """Events a cue verb or lexicon verb triggers (a mixin of _DocumentAnalysis)."""

    def _travel_advisory(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> bool:
        """"Beijing advised Chinese citizens to avoid travelling to Japan": telling one's own people to
        stay away from a state is a measure against it (SANCTION, mode travel advisory; pass
        nineteen), not their visit put off."""
        avoid = verb.head
        if verb.dep_ != "xcomp" or avoid.lemma_.lower() not in self.cues.avoiding_verbs or avoid.dep_ != "xcomp":
            return False
        advise = avoid.head
        if advise.lemma_.lower() not in self.cues.advising_verbs or not any(
                o.dep_ in ("dobj", "obj") and "citizen" in self._object_classes(o) for o in advise.children):
            return False
        sources = self._subjects(advise).mentions
        own = {m.actor.country for m in sources}
        targets = [m for m in self._prep_objects(verb, cue.preps) if m.actor.country not in own]
        if not sources or not targets:
            return False
        status, attributed = self._status(advise, None)
        self._emit(sent, verb, Reading("SANCTION", "travel advisory"), sources, _unique(targets), status,
                   attribution or attributed, 0.6, None, self._location(advise), self._date_for(advise, None))
        return True

    def _deadline_given(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> bool:
        """"gave Moscow two weeks to agree to a truce": time given someone to do something is an
        ultimatum, a threat to the one given it, as the noun "ultimatum" is (object class `deadline`, whether the parser makes the
        time an object or an adverbial; pass 36). A time given with no act to do is no event at all
        ("gave Kyiv two days of talks"), and no transfer either."""
        times = [c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod") and "deadline" in self._object_classes(c)]
        if not times:
            return False
        acts = [c for t in (verb, *times) for c in t.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        sources = self._subjects(verb).mentions
        own = {m.actor.country for m in sources}
        targets = [m for c in verb.children if c.dep_ == "dative" for m in self._np(self._antecedent(c), True).mentions
                   if m.actor.country not in own]
        if acts and sources and targets:
            status, attributed = self._status(verb, cue)
            reading = cue.objects["deadline"]
            self._emit(sent, verb, Reading(reading.type, reading.mode), sources, _unique(targets), status,
                       attribution or attributed, 0.6, cue, self._location(verb), self._date_for(verb, None))
        return True

    def _ordered_out(self, sent: Span, verb: Token, attribution: str | None) -> bool:
        """"ordered 18 Russian diplomats to leave", "told two Russian embassy staff to leave within
        72 hours": ordering another state's envoys or mission staff out is an expulsion of that state
        (SANCTION, mode expulsion, as "expelled" is), not their own leaving (references pass,
        session 12). Ordering out one's own people or no state's is not."""
        order = verb.head
        if verb.dep_ != "xcomp" or order.lemma_.lower() not in self.cues.expelling_verbs or "expel" not in self.cues.verbs:
            return False
        people = [o for o in order.children if o.dep_ in ("dobj", "obj")
                  and o.lemma_.lower() in self.cues.mission_people]
        if not people:
            return False
        sources = self._subjects(order).mentions
        own = {m.actor.country for m in sources}
        # (whose they are is said before the noun: "Russian diplomats", "Russian embassy staff",
        # "Moscow's envoy")
        targets = [m for o in people for m in (*self._np(o, True).mentions,
                                               *(self.by_token[t.i] for t in self.doc[o.left_edge.i:o.i] if t.i in self.by_token))
                   if m.actor.country not in own]
        if not sources or not targets:
            return False
        status, attributed = self._status(order, None)
        self._emit(sent, order, Reading("SANCTION", "expulsion"), sources, _unique(targets), status,
                   attribution or attributed, 0.7, self.cues.verbs["expel"], self._location(order), self._date_for(order, None))
        return True

    def _words_taken_back(self, verb: Token) -> bool:
        """Whether what `verb` withdraws is words (remarks, claims, statements), as its object or as
        the noun its clause describes."""
        words = self.cues.remarks | self.cues.claim_nouns | self.cues.statement_nouns
        clause = verb.head if verb.dep_ == "xcomp" else verb
        return any(o.lemma_.lower() in words for o in self._objects(verb)) or (
            clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in words)

    def _verb_event(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        if self._denied(verb):
            return
        if cue.type == "REJECT" and self._withheld_stand(verb):
            return  # "refused to condemn the invasion": no rejection of anyone (reject pass, session 13)
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
        if cue.type == "THREATEN" and self._no_threat(verb, cue):
            # (its doers stay what the warning that foresees it is about: "Poland warned that Wagner
            # fighters could threaten its borders" charges Russia)
            self._parts[verb.i] = (self._subjects(verb).mentions, [], "THREATEN")
            return
        if cue.only_modal and cue.type == "THREATEN" and self._retaliation_on_trade(sent, verb, cue, attribution):
            return
        if cue.only_modal and not self._promised(verb):
            return  # "urged partners to respond" is no threat; "would respond", "vowed to retaliate" are
        if cue.type == "CONSULT" and cue.mode == "visit" and self._travel_advisory(sent, verb, cue, attribution):
            return
        if "deadline" in cue.objects and self._deadline_given(sent, verb, cue, attribution):
            return
        if cue.mode == "exit" and self._ordered_out(sent, verb, attribution):
            return
        if cue.mode == "withdrawal" and self._words_taken_back(verb):
            return  # "remarks Tokyo has refused to withdraw": taking back words moves no forces (pass nineteen)
        if cue.mode == "withdrawal" and not self._objects(verb):
            accords = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.cues.accord_nouns]
            if accords:
                # "withdrew from peace treaty talks with Japan": leaving talks or an accord rejects
                # its other parties (pass twenty)
                sources = self._subjects(verb).mentions
                own = {m.actor.country for m in sources}
                parties = _unique(m for a in accords for t in a.subtree if t.i in self.by_token
                                  for m in [self.by_token[t.i]] if m.actor.country not in own)
                if sources and parties:
                    status, attributed = self._status(verb, cue)
                    self._emit(sent, verb, Reading("REJECT", "withdrawal"), sources, parties, status,
                               attribution or attributed, 0.7, cue, self._location(verb), self._date_for(verb, None))
                return
        object_classes = {c for o in [c for c in verb.children if c.dep_ in ("dobj", "obj")] or self._modified_object(verb)
                          for c in self._object_classes(o)}
        if cue.subject_judged and not (not cue.only_objects and object_classes & set(cue.objects)):
            if cue.only_objects and not object_classes & set(cue.objects):
                return  # "bore responsibility" judges its bearer; "bore fruit" does not
            self._judged_subject(sent, verb, cue, attribution)
            return
        # ("violated Japanese airspace": an act of its own, not a judgement of the subject)
        reading = Reading(cue.type, cue.mode)
        withheld = False  # an abstention taking the target of the act it replaced
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] or self._modified_object(verb)
        if not objects and " " in cue.lemma:
            # "Germany called in Russia's ambassador": the parser reads a phrasal verb's particle
            # right after it as a preposition, so the verb's own object is that word's object
            # (rules pass, session 16)
            particle = cue.lemma.split(" ", 1)[1]
            objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == particle and p.i == verb.i + 1
                       for o in p.children if o.dep_ == "pobj"]
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
        if not objects and cue.verdicts:
            # "called Berlin's decision historic", parsed with the one judged as a compound of the
            # verdict: that noun is the object, and an owner hung on the adjective is its owner (pass 27)
            objects = [t for o in verb.children if o.dep_ == "oprd"
                       and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < o.i for c in o.children)
                       for t in [*(c for c in o.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < o.i), o]]
        if not objects and cue.verdicts and any(o.dep_ == "oprd" for o in verb.children):
            # "Moscow called the United States an accomplice", parsed with the one judged as a
            # dative before the verdict: it is the object judged (pass 35)
            objects = [o for o in verb.children if o.dep_ == "dative" and o.pos_ in ("PROPN", "NOUN")]
        if not objects and cue.type not in REACTIONS:
            objects = self._misparsed_object(verb)
        first_recipient: list[Mention] = []
        if len(objects) >= 2 and cue.type == "AID" and (cue.only_objects or cue.theme_source):
            # "has sent Ukraine more than 200 of its tanks", "sells Armenia most of its weapons": the
            # parser makes the recipient a first direct object; a state named there receives what
            # the second names (pass 33)
            first_recipient = [m for m in self._np(objects[0], True).mentions
                               if m.actor.kind == "country" and m.form in ("name", "metonym")]
            if first_recipient:
                objects = objects[1:]
        elif len(objects) == 1 and cue.type == "AID" and (cue.only_objects or cue.theme_source):
            # (or hangs the quantity on the state: "sent Ukraine 200 of its tanks")
            quantity = [c for c in objects[0].children if c.i > objects[0].i and c.dep_ in ("nummod", "amod", "appos")
                        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
            named = [m for m in self._np(objects[0], True).mentions
                     if m.actor.kind == "country" and m.form in ("name", "metonym")] if quantity else []
            if named:
                first_recipient, objects = named, quantity[:1]
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
                    and not (known and cue.objects[known[0]].type in ("ASSAULT", "COERCE")) \
                    and verb.lemma_.lower() not in self.cues.helping_verbs:
                # (a drone brought down is hit, not moved; forces helped are helped, not moved: "its
                # soldiers helped Russian forces" aids Russia, pass 31)
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
        if verdict == "SUPPORT" and any((c := self.cues.nouns.get(t.lemma_.lower())) is not None and c.type == "CONSULT"
                                        for t in (*objects, *(s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")))):
            # "said its talks with Quito were meaningful": talks judged favourably are no one's act (pass 40)
            verdict = None
        if verdict == "ACCUSE" and objects and all(o.lemma_.lower() in self.cues.charge_nouns for o in objects):
            # "called the accusation completely unjustified", "called the charges irresponsible":
            # blame laid on a charge is no charge of one's own but a rejection of the one made, as
            # "called the charges absurd" is (`charge_nouns`; references pass, session 12)
            verdict = "REJECT"
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
                          if m.actor.country not in own and (self._is_actor_object(verb, m) or obj.dep_ == "dative"
                                                             or obj.lemma_.lower() in self.cues.statement_nouns)]
            if not judged and verdict == "ACCUSE":
                # "called the decrees the beginning of a Russian invasion of Ukraine": with no one
                # judged in the object, the owner of the act the verdict names (pass 38)
                named = [n for c in verb.children if c.dep_ in ("oprd", "attr")
                         for n in (c, *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj"))]
                judged = [m for n in named if n.lemma_.lower() in cue.verdicts
                          for a in n.children if a.dep_ in ("poss", "amod") and a.i < n.i
                          for m in self._np(a, True).mentions if m.actor.country not in own]
            if verdict == "REJECT" and not judged:
                # ("called the claims by Manila a fabrication": the claims' makers)
                judged = [m for obj in objects for m in self._prep_objects(obj, ("by",), strict=True)
                          if m.actor.country not in own]
            if not judged and verdict == "REJECT" and any(o.lemma_.lower() in self.cues.claim_nouns for o in objects):
                # "called the accusations unfounded": a claim judged baseless answers its claimant,
                # as a denial does, and with none named still stands (pass twenty-one)
                judged = [m for m in self._claimants(sources, verb) if m.actor.country not in own]
                if not judged:
                    cue = replace(cue, no_target=True)
            elif verdict == "REJECT" and not judged and self.cues.verbs.get("deny") is not None:
                # "The Kremlin called the reports fake": a verdict of falsehood on words no one is
                # named as saying is a denial, as "denied the reports" is (pass 23)
                self._emit(sent, verb, Reading("REJECT", "denial"), sources, [], status, attribution or attributed,
                           0.6, self.cues.verbs["deny"], self._location(verb), self._date_for(verb, None))
                return
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
            if "for" in cue.particle_preps and any(
                    c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for c in verb.children):
                # "would press for the United States to keep its commitment": the particle's own
                # clause, whose subject is the one asked (pass 24)
                self._asked_undone(sent, verb, cue, attribution)
                return
            lexical = self._fallback_cue(verb)
            if lexical is not None:
                self._fallback_event(sent, verb, lexical, attribution)
            return
        if cue.only_preps:
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.particle_preps]
            if not preps and cue.object_preps:
                # ("defend its territory against X": the parser hangs the particle on the object; pass 26)
                preps = [c for o in verb.children if o.dep_ in ("dobj", "obj")
                         for c in o.children if c.dep_ == "prep" and c.lower_ in cue.particle_preps]
            if not preps and (lexical := self._fallback_cue(verb)) is not None:
                # ("committed to defend South Korea": with no "against", the verb lexicon's reading stands)
                self._fallback_event(sent, verb, lexical, attribution)
                return
            if not preps:
                self._asked_undone(sent, verb, cue, attribution)
                return
            reading = Reading(cue.particle_preps[preps[0].lower_], cue.mode)
        elif cue.particle_preps and not any(c in cue.objects for c in classes):
            # "Russian troops had fired on the plant": with no object of its own, a particle
            # says what the act is
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.particle_preps]
            if preps:
                reading = Reading(cue.particle_preps[preps[0].lower_], None)
        passive = self._passive(verb)
        # ("was summoned to the ministry and warned that ...": a participle joined to a passive, with
        # no subject, auxiliary or object of its own, shares its voice, also a verb of advising the
        # parser tags as a past after a summons ("was summoned and told", not "was summoned and said";
        # not "troops had been sent ... and warned", a misattached verb of the reporter's); rules pass, session 17)
        passive = passive or (verb.dep_ == "conj" and self._passive(verb.head) and (
            verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_.lower() in self.cues.advising_verbs
                                   and self._summons_verb(verb.head))) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj", "dative") for c in verb.children))
        how = 0.85
        passive = passive or (verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children))
        # ("Japanese nationals detained in China": a participle of arrest describes the arrested)
        passive = passive or (verb.dep_ == "acl" and verb.tag_ == "VBN" and reading.mode == "arrest")
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
            if not sources and reading.mode == "arrest":
                # "a Canadian businessman who was detained in Beijing": an arrest no one is named
                # as making is by the state it was made in (pass seventeen)
                sources = [replace(m, form="metonym") for m in self._prep_objects(verb, ("in",), strict=True)
                           if m.actor.kind == "country"]
                if not targets and verb.dep_ == "acl":
                    targets = self._np(verb.head).mentions  # ("Japanese nationals detained in China")
                how = 0.6
            if not sources and reading.mode == "summons":
                # "the British ambassador was summoned to the ministry": an envoy is summoned by the
                # state he is posted to, which the passive leaves to the place or the story before
                sources = self._summoner(verb, targets)
                how = 0.6
            elif not sources and verb.dep_ == "conj" and self._passive(verb.head) and self._summons_verb(verb.head):
                # "was summoned to the ministry and warned that ...": what the envoy was told there,
                # the summoner told him
                sources = self._prep_objects(verb.head, ("by",)) or self._summoner(verb.head, targets)
                how = 0.6
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
                if verb.lemma_.lower() in self.cues.topic_verbs:
                    continue  # "discussed Ukraine": a topic, not a party (pass 26)
                found = self._np(obj, strict=reading.type in ("AID", "CONSULT")).mentions
                if not found and _reciprocal(obj):
                    # "Moscow and Kyiv accused each other", "invited one another": each of the
                    # subjects acts on the others (pass 23)
                    found = list(sources)
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
                outbound = any(o.lemma_.lower() in self.cues.outbound_trade_nouns for o in objects)
                if not targets and outbound:
                    # "restricting sales of chip-design software to China": "to" hung on the verb (pass nineteen;
                    # shipments abroad too, session 14)
                    targets = self._prep_objects(verb, ("to",))
                if not targets and outbound:
                    # "banned exports of gallium and germanium to the United States": the parser may
                    # hang "to" on a coordinated good inside the object (pass twenty-one)
                    targets = [m for o in objects for p in o.subtree if p.dep_ == "prep" and p.lower_ == "to"
                               and p.head.i != verb.i for m in self._prep_objects(p.head, ("to",))]
            if cue.host_source and targets:
                # "invited Xi to next year's APEC summit": the invitation is to Xi, not to the body
                # whose event he is invited to
                targets.extend(m for p in verb.children if p.dep_ == "prep" and p.lower_ in cue.preps
                               for o in p.children if o.dep_ == "pobj" and self._cue(o) is None
                               for m in self._np(o).mentions)
            else:
                # ("stood beside the border with Belarus": with particles of several readings, only
                # those of the reading taken name its target; pass 36)
                targets.extend(self._prep_objects(verb, [p for p in cue.preps if not cue.only_preps
                                                         or cue.particle_preps.get(p, reading.type) == reading.type]))
                if reading.type == "REJECT" and cue.particle_preps.get("against") == "REJECT":
                    own = {m.actor.country for m in sources}
                    drafters, motions = self._motion_drafters(verb, [m for m in targets if m.actor.country not in own])
                    # ("voted against it": an "it" that stands for a motion names no state)
                    targets = [m for m in targets if m.start not in motions] + drafters
                if reading.type in ("REJECT", "SUPPORT") and not targets and self._membership_body is not None and any(
                        o.lemma_.lower() == "membership" and not any(c.dep_ in ("poss", "prep") for c in o.children)
                        for o in objects) and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
                    # "Hungary and Slovakia oppose membership outright", after NATO membership was
                    # spoken of: the body's (as "applied for membership" is; pass 23)
                    targets = [self._membership_body]
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
            if cue.object_preps or reading.mode == "cut ties":
                # (cutting ties: "with" hangs on the ties whatever the verb, "cut relations with X"; pass 22)
                object_preps = cue.preps if cue.object_preps else ("with",)
                for obj in objects:
                    for tok in obj.subtree:
                        if tok.i != obj.i and tok.dep_ in ("prep", "agent") and tok.lower_ in object_preps:
                            targets.extend(self._prep_objects(tok.head, (tok.lower_,)))
            if verb.lemma_.lower() in self.cues.blaming_verbs:
                # "blamed the crisis on the United States": the blamed party, "on" hung by the parser
                # on what is blamed (blame X on Y takes its "on" itself; pass 22)
                for obj in objects:
                    targets.extend(self._prep_objects(obj, ("on",)))
            own = {m.actor.country for m in sources}
            if reading.type == "AID" and not [m for m in targets if m.actor.country not in own]:
                # "sent shells and missiles for use against Ukraine": arms sent for use against one
                # side of a war under way go to the other side (pass 23)
                against = [m for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "against" and t.head.i != verb.i
                           for m in self._prep_objects(t.head, ("against",), strict=True)]
                sides = {against[0].actor.country} if against else set()
                for war in self.cues.ongoing_wars:
                    if sides and sides <= {war.source, war.target} and war.source != war.target \
                            and (self.published is None or self.published >= war.start):
                        other = ({war.source, war.target} - sides).pop()
                        if other not in own:
                            targets = targets + [Mention(verb.i, verb.i + 1, self.actors.actors[other], "implied")]
                        break
            # ("discussed strikes on Russian territory": a topic's own target is no party to the talks; pass 37)
            if not [m for m in targets if m.actor.country not in own] and reading.type not in ("ACCUSE", "SUPPORT", "REQUEST", "REJECT") \
                    and verb.lemma_.lower() not in self.cues.topic_verbs:
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
                targets = targets + (self._proposers(objects) or self._remark_maker(objects, own)
                                     or self._earlier_claim_maker(objects, own))
                if not targets and reading.mode == "abstention":
                    # "abstained rather than block Washington", "abstained instead of voting against
                    # Moscow": the stand against whom the act the abstention replaced was aimed,
                    # withheld (negated below; reject pass, session 13)
                    targets = [m for c in verb.children if self._replaced_act(c)
                               for m in [*(m for o in c.children if o.dep_ in ("dobj", "obj") for m in self._np(o, True).mentions),
                                         *self._prep_objects(c, ("against",), strict=True)]
                               if m.actor.country not in own]
                    withheld = bool(targets)
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
                # ("dismissed Kyiv's peace plan as unrealistic": a proposal dismissed answers its maker; pass nineteen)
                targets = [m for m in targets if m.actor.kind in ROLE_KINDS and self._is_actor_object(verb, m)] \
                    or self._remark_maker(objects, own) or [m for m in self._proposers(objects) if m.actor.country not in own] \
                    or [m for o in objects if o.lemma_.lower() in self.cues.claim_nouns for c in o.children if c.dep_ == "poss"
                        for m in self._np(c, True).mentions if m.actor.country not in own] \
                    or [m for o in objects if o.pos_ == "NOUN" for c in o.children if c.dep_ == "poss"
                        for m in self._np(c, True).mentions if m.actor.kind in ROLE_KINDS and m.actor.country not in own] \
                    or self._earlier_claim_maker(objects, own) \
                    or self._claimants(sources, verb) or self._denied_victims(sources, verb)
                # (any other thing dismissed that a state owns answers that state: "dismissed Quito's
                # gestures as posturing"; pass 44)
                # ("dismissed Addis Ababa's claims as baseless": a claim's owner made it; pass 24)
            elif reading.type in REACTIONS and (not targets or any(
                    self._object_it(o) is not o for o in verb.children if o.dep_ in ("dobj", "obj"))
                    # (or one the pronoun reading gives the reacting state itself: "Peru seized two
                    # Chilean boats. Chile condemned it"; rules pass, session 17)
                    or any(o.lower_ == "it" and {m.actor.country for m in targets} <= own
                           for o in verb.children if o.dep_ in ("dobj", "obj"))):
                # (an object "it" that stands for a thing named before it, not for a state: "called
                # the verdict regrettable and said Japan could never accept it"; references pass, session 12)
                targets = self._reacted_to(verb, sources) or targets
                if not targets and reading.type in ("SUPPORT", "ACCUSE"):
                    # "welcomed the proposal": a reaction to a proposal is to whoever made it
                    targets = [m for m in self._proposers(objects) if m.actor.country not in own]
                if not targets and reading.type in ("ACCUSE", "SUPPORT", "REJECT"):
                    # "denounced a new deterrence arrangement between South Korea and the United
                    # States": a reaction to a tie or pact is to its parties
                    targets = [m for obj in objects for m in self._prep_objects(obj, ("between", "by"), strict=True)]
            if not targets and not objects and reading.type in ("PROTEST", "ACCUSE"):
                # "Japan protested after the North fired two missiles": a protest or complaint with no object
                # answers the doers of the act its time clause names (pass 40)
                targets = [m for c in verb.children if c.dep_ == "advcl"
                           and any(k.dep_ in ("mark", "advmod") and k.lower_ in ("after", "when") for k in c.children)
                           and (c.lemma_.lower() in self.cues.verbs or c.i in self._parts)
                           for m in self._subjects(c).mentions if m.actor.country not in own]
            if not targets and reading.type in ("ACCUSE", "REJECT") and any(
                    o.lemma_.lower() in self.cues.opposed_measures and not any(c.lower_ in DEFINITE for c in o.children)
                    for o in objects):
                # "Beijing opposes unilateral sanctions", "criticises Western sanctions on Moscow":
                # opposing a kind of measure, its imposer unnamed, answers whoever the text first
                # reported imposing one (the story's measure; later ones are mostly answers to it),
                # other than the opposer ("The United States imposed sanctions on Rosneft ... China
                # firmly opposed unilateral sanctions" -> CHN->USA; rejects pass, session 14); with
                # none reported it stands with no target (pass 35)
                # ("unilateral sanctions" are a state's: an international body's are passed over)
                single = any(c.lower_ in self.cues.single_state_measures for o in objects for c in o.children)
                imposers = lambda parts: [m for m in parts[0] if m.actor.country and m.actor.country not in own
                                          and not (single and m.actor.kind == "organisation")]
                targets = next((imposers(parts) for i, parts in sorted(self._parts.items())
                                if i < verb.i and parts[2] == "SANCTION" and imposers(parts)), [])
                if not targets:
                    cue = replace(cue, no_target=True)
            if not targets and reading.mode == "walkout":
                # "walked out of the room as Hayashi began to speak": a walkout is at the speaker
                # it met (pass nineteen)
                targets = [m for c in verb.children if c.dep_ == "advcl"
                           and any(g.dep_ == "mark" and g.lower_ in ("as", "when", "while") for g in c.children)
                           for m in self._subjects(c).mentions if m.actor.country not in own]
            if not targets and reading.type == "ASSAULT":
                targets = self._where_place(verb) or self._enemy_of_side(verb)
            if reading.type == "REQUEST" and not [m for m in targets if m.actor.country not in own]:
                # "requested talks with Kyiv": a meeting asked for is asked of its other party (pass 27)
                targets = targets + self._asked_meeting_party(verb, cue, objects, own)
            # ("urged its allies to ...": the owner "its" is the asker itself, no one else; pass twenty-one)
            # ("called on the parties concerned to meet halfway": those called on, the clause maybe
            # hung on their own participle; pass 22)
            asked = objects or ([o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                                 for o in p.children if o.dep_ == "pobj"] if cue.only_preps else [])
            if reading.type == "REQUEST" and not [m for m in targets if m.actor.country not in own] and asked and all(
                    o.pos_ == "NOUN" and not [m for m in self._np(o, True).mentions if m.actor.country not in own]
                    for o in asked) \
                    and any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                            for c in [*verb.children, *(g for o in asked if o not in objects for a in o.children
                                                         if a.dep_ == "acl" for g in a.children)]):
                # "urged allies to strike back", "urged all sides to exercise restraint": a
                # request to no state in particular still stands
                cue = replace(cue, no_target=True)
            if not targets and reading.type == "THREATEN" and self._threat_content(verb, cue, sources):
                targets = self._threatened(verb, sources)
                if not targets and self._reserved_right(verb):
                    return  # a right kept against no one named is no threat made (pass eighteen)
                if not targets and verb.lemma_.lower() in self.cues.forewarning_verbs and not self._threat_content(verb, cue):
                    # "warned that Russia would keep raising the issue": a warning whose only content is
                    # the warner's own plan, aimed at no one, threatens no one (threaten pass, session 13)
                    return
                if not targets:
                    cue = replace(cue, no_target=True)  # a threat at no one in particular still stands
            elif not targets and reading.type == "THREATEN" and cue.only_modal:
                targets = self._threatened(verb, sources)
                if not targets and self._reserved_right(verb):
                    return
        if first_recipient and not passive:
            own = {m.actor.country for m in sources}
            targets = [m for m in first_recipient if m.actor.country not in own] or targets
        if theme is not None and not targets and not passive:
            # "sending Russia artillery shells": the parser folds the recipient into the theme
            targets = self._folded_recipient(verb, theme)
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
            # "provided $2 billion in aid to Kyiv", "sent a batch of missiles to Kyiv": the recipient
            # hung by the parser on what the amount is of (pass 30)
            own = {m.actor.country for m in sources}
            targets = [m for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                       for n in p.children if n.dep_ == "pobj"
                       for m in self._prep_objects(n, ("to",)) if m.actor.country not in own]
        if reading.type == "AID" and not targets and sources:
            targets = self._backed_party(verb, sources)  # ("Ukraine's largest donor, providing $5 billion"; pass 30)
        if reading.type == "AID" and not targets and sources:
            targets = self._recipient_before(verb, sources)
        if reading.mode in ("warning shots", "scramble") and not targets:
            targets = self._warned(verb, sources) if sources else []
            if not targets:
                return  # shots warning no one named say nothing of whom they warn
        if targets and cue.targeted_type and reading.type != "COERCE":
            # (warning shots fired at someone stay a warning: "fired warning shots at the soldiers")
            reading = Reading(cue.targeted_type, reading.mode)
        if reading.type == "AID" and reading.mode == "troop deployment" and targets and any(
                p.dep_ == "prep" and p.lower_ == "into" for p in verb.children) and not any(
                c.dep_ in ("advcl", "xcomp") for c in verb.children):
            # (a purpose clause says whom they help: "sent troops into Russia to fight alongside its forces")
            # "since Russia sent its troops into Ukraine": troops sent into a state invade it, they
            # do not help it (pass nineteen)
            reading = Reading("ASSAULT", "invasion")
        if reading.mode == "troop deployment" and reading.type in ("AID", "MOBILIZE"):
            # "sent more troops to the border with Belarus", "deployed troops to the Belarusian
            # border": forces brought to a border (object class border) are a build-up facing the
            # state across it, not help for it; none named, it stands alone (pass 26)
            borders = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "toward", "towards", "near", "along")
                       for o in p.children if o.dep_ == "pobj" and "border" in self._object_classes(o)]
            if borders:
                own = {m.actor.country for m in sources}
                reading = Reading("MOBILIZE", "troop deployment")
                # ("with" the parser may hang on the verb, right after the border)
                across = [m for b in borders for h in (b, verb) for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                          and (h is b or w.i == b.right_edge.i + 1) for m in self._prep_objects(h, ("with",))]
                # (only the border's own state: not whom a purpose clause names, "to work with X")
                targets = [m for m in [m for b in borders for m in self._np(b).mentions] + across if m.actor.country not in own]
                cue = replace(cue, no_target=True)
        if reading.mode == "deterrence":
            # (what is defended is no target: "defend South Korea against the North")
            guarded = {m.start for o in objects for m in self._np(o).mentions}
            targets = [m for m in targets if m.start not in guarded]
        if reading.mode == "deterrence" and not targets:
            # "defend every ally against any threat from Moscow": the act guarded against is of
            # whoever it is from or by (pass 26)
            targets = [m for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "against"
                       for o in t.children if o.dep_ == "pobj"
                       for m in [*self._prep_objects(o, ("from", "by")), *self._of_owner(o)]]
            if not targets:
                return  # guarding against no one named warns no one
        if reading.type in SYMMETRIC_EVENTS and cue.type not in SYMMETRIC_EVENTS and not targets:
            return  # "sent delegations" with no destination: the senders did not meet each other
        if set(classes) & self.cues.open_object_classes and any(c in cue.objects for c in classes):
            # "Moscow had suspended its participation": the measure stands with no one named (pass 27);
            # so does backing peace efforts ("supported every effort toward peace"), a verb that is an
            # event with any object too (session 14)
            cue = replace(cue, no_target=True)
        if reading.type == "THREATEN" and verb.lemma_.lower() in self.cues.forewarning_verbs and targets \
                and self._alleged_hostility(verb, targets) and not self._threat_content(verb, cue, sources):
            # "officials have warned for weeks that Moscow could invade": a warning of another's
            # hostile act, with nothing the warner will do, charges it (pass 37)
            reading = Reading("ACCUSE", None)
        if reading.type == "THREATEN" and targets:
            targets = self._past_the_helped(self._sentence_of(verb).root, targets)
        status, attributed = self._status(verb, cue)
        if withheld and status == "asserted":
            status = "negated"  # (an abstention in place of a stand: the stand was not taken)
        if status == "asserted" and reading.type == "AID" and verb.lemma_.lower() in self.cues.promising_verbs:
            status = "planned"  # "pledged 2 billion euros for Kyiv": money promised is not yet given (pass 22)
        location = self._location(verb)
        self._emit(sent, verb, reading, sources, _unique(targets), status, attribution or attributed,
                   how, cue, location, self._date_for(verb, None))
        if reading.type == "AID" and targets and sources and verb.dep_ == "xcomp" and status != "negated" \
                and verb.head.lemma_.lower() == "agree" and "agree" in self.cues.verbs:
            # "France agreed in October to sell Armenia radars": agreeing to a transfer is a deal with
            # its recipient, made as the agreeing is (pass 33)
            agree_cue = self.cues.verbs["agree"]
            agreed, agreed_by = self._status(verb.head, agree_cue)
            if agreed != "negated":
                self._emit(sent, verb.head, Reading("AGREE", agree_cue.mode), sources, _unique(targets), agreed,
                           attribution or agreed_by, how * 0.9, agree_cue, location, self._date_for(verb.head, None))
        if targets and sources and status != "negated" and (given := self._returned_for(verb, reading.type)) is not None:
            # "the North has shipped shells to Russia in exchange for food": what comes back is a
            # transfer from the recipient to the giver; so is a release for a release (roles pass 1)
            own = {m.actor.country for m in sources}
            back = [m for m in _unique(targets) if m.actor.country not in own]
            if back:
                self._emit(sent, given, reading, back, sources, status, attribution or attributed,
                           how * 0.8, cue, location, self._date_for(verb, None))
        if reading.type == "REQUEST" and targets and "threaten" in self.cues.verbs and any(
                t.dep_ == "conj" and t.lemma_.lower() in self.cues.ultimatum_verbs
                and any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children) for t in verb.subtree):
            # "called on Moscow to accept a ceasefire or face new sanctions": an ultimatum threatens
            # those asked as it asks them (pass 23)
            self._emit(sent, verb, Reading("THREATEN", "ultimatum"), sources, _unique(targets), status,
                       attribution or attributed, how * 0.9, self.cues.verbs["threaten"], location, self._date_for(verb, None))
        if reading.type == "ACCUSE" and verb.lemma_.lower() in self.cues.blaming_verbs and targets \
                and not any(_reciprocal(o) for o in objects):  # (blamed on each other: its doer is unknown)
            self._blamed_attack(sent, verb, _unique(targets), attribution)

    def _no_threat(self, verb: Token, cue: EventCue) -> bool:
        """Whether a THREATEN verb makes no threat by its subject's state (threaten pass, session 13):
        advice a warning gives its hearers ("warned Ukrainians to expect rolling blackouts"), a warning
        that only states a fact ("warned that the war concerned Asia"), a response promised to
        another's concession ("if Seoul lifts its restrictions, China will respond accordingly"), the
        words of commentators, who do not speak for their state ("Chinese scholars have warned that
        ..."), and a threat another may pose that a warning or a fear only foresees ("warned that
        Wagner fighters could threaten their borders": the warning is the event, read on its own)."""
        lemma = verb.lemma_.lower()
        if lemma in self.cues.forewarning_verbs and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in self.cues.advised_acts and not any(g.dep_ == "neg" for g in c.children)
                for c in verb.children):
            return True
        # (the parser may take the clause's subject for an object marked "that", its verb for a
        # participle: "warn that the war concerned Asia"; a hostile act of another's it reports is a
        # charge, read below as pass 37 has it)
        misread = [o for o in verb.children if o.dep_ in ("dobj", "obj")
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in o.children)]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
            a for o in misread for a in o.children if a.dep_ in ("acl", "relcl") and a.tag_ in ("VBD", "VBN")]
        # (with the clauses coordinated with them: "warned that separatists were the biggest threat
        # and that Washington should stop arming the island" holds a demand)
        clauses += [k for c in clauses for k in c.conjuncts if k.pos_ in ("VERB", "AUX") and k not in clauses]
        if lemma in self.cues.forewarning_verbs and clauses and not any(
                (c.dep_ in ("dobj", "obj", "dative") and c not in misread) or (c.dep_ == "prep" and c.lower_ in cue.preps)
                for c in verb.children) \
                and all(c.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not any(g.dep_ in ("aux", "auxpass", "advcl") for g in c.children)
                        for c in clauses) \
                and not any((act := self._cue(t)) is not None and act.type in ("ASSAULT", "MOBILIZE", "COERCE")
                            for c in clauses for t in c.subtree if t.pos_ in ("VERB", "NOUN")) \
                and not self._threat_content(verb, cue):
            # "Kishida used the conference to warn that the war concerned Asia": a warning that only
            # states how things are or were, with no modal, no condition, no threat word and no one
            # warned, says nothing will befall anyone
            return True
        if cue.only_modal and any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "once") for g in c.children)
                and (held := self._cue(c)) is not None and held.type == "YIELD" for c in verb.children):
            # "If the ROK side lifts its restrictions, China will respond accordingly": a response
            # promised to another's concession answers it in kind, no threat
            return True
        clause = verb
        while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head  # ("analysts met and warned": the subject of the first verb)
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.commentator_nouns for c in clause.children):
            return True
        foreseen = self.cues.forewarning_verbs | self.cues.fearing_verbs
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in foreseen and any(
            c.dep_ == "aux" and self.cues.modals.get(c.lower_) == "hypothetical" and c.lower_ not in self.cues.future_modals
            for c in verb.children)

    def _summons_verb(self, tok: Token) -> bool:
        """Whether `tok` is a verb whose cue reads it as a summons ("summoned", "called in")."""
        cue = self.cues.verbs.get(tok.lemma_.lower())
        return cue is not None and cue.mode == "summons"

    def _summoner(self, verb: Token, envoys: list[Mention]) -> list[Mention]:
        """Who summoned an envoy when a passive names no one (rules pass, session 17): the state
        the place he was summoned to or in names ("was summoned to the Japanese foreign ministry",
        "summoned in Tokyo"); a bare "the ministry" there, the state that spoke or acted just before
        (as a bare ministry subject is read); with no place, the summoner of the latest summons
        reported ("French Ambassador Pierre Levy was also summoned"). Never the envoy's own state."""
        own = {m.actor.country for m in envoys}
        keep = lambda found: [m for m in _unique(found) if m.actor.country and m.actor.country not in own
                              and m.actor.kind in ROLE_KINDS]
        places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in self.cues.summons_place_preps
                  for o in p.children if o.dep_ == "pobj"]
        for place in places:
            # (the ministry's own place: "to the foreign ministry in Tokyo")
            found = keep([*self._np(place).mentions, *self._prep_objects(place, ("in",))])
            if not found and place.lemma_.lower() in self.cues.ministry_nouns:
                found = keep(self._last_state_speaker(place) or self._state_in_focus(place))
            if found:
                return found
        if places:
            return []  # (a place that names no one says nothing of an earlier summons)
        summons = [i for i, parts in self._parts.items() if i < verb.i and parts[2] == "PROTEST" and parts[0]
                   and self._summons_verb(self.doc[i])]
        return keep(self._parts[max(summons)][0]) if summons else []

    def _alleged_hostility(self, verb: Token, targets: list[Mention]) -> bool:
        """Whether the clause a warning reports has one of `targets` as its subject and a hostile
        act (ASSAULT, MOBILIZE, COERCE) of that subject's as its verb or inside it ("that Moscow
        could invade", "that Quito was preparing a missile test")."""
        named = {m.actor.country for m in targets}
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
            subjects = [m for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        for m in self._np(c, True).mentions]
            if not subjects or not {m.actor.country for m in subjects} <= named:
                continue
            if any(c.dep_ == "neg" for c in clause.children) or any(
                    c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "should") for g in c.children)
                    for c in clause.children):
                continue  # ("would come to an end if it harmed ...": a condition set is a threat)
            if any(cue.type in ("ASSAULT", "MOBILIZE", "COERCE") for t in clause.subtree
                   if t.pos_ in ("VERB", "NOUN") and (cue := self._cue(t)) is not None):
                return True
        return False

    def _retaliation_on_trade(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> bool:
        """"China might retaliate against Australian exports": striking back at a state's trade is a
        sanction of that state, with the status of its own modal (pass 23)."""
        goods = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue.preps
                 for o in p.children if o.dep_ == "pobj" and "trade" in self._object_classes(o)]
        if not goods or "sanction" not in self.cues.verbs:
            return False
        sources = self._subjects(verb).mentions
        own = {m.actor.country for m in sources}
        targets = [m for g in goods for m in [*self._np(g).mentions, *self._of_owner(g), *self._prep_objects(g, ("from",))]
                   if m.actor.country not in own]
        if sources and targets:
            status, attributed = self._status(verb, None)
            self._emit(sent, verb, Reading("SANCTION", "retaliation"), sources, _unique(targets), status,
                       attribution or attributed, 0.6, self.cues.verbs["sanction"], self._location(verb),
                       self._date_for(verb, None))
        return True

    def _motion_drafters(self, verb: Token, named: list[Mention]) -> tuple[list[Mention], set[int]]:
        """"voted against the resolution drafted by Ukraine", "voted against it" (a motion named
        before): a vote against a motion is against its drafters (pass 23)."""
        found: list[Mention] = []
        motions: set[int] = set()
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ != "against":
                continue
            for o in (self._antecedent(o) for o in p.children if o.dep_ == "pobj"):
                if o.lower_ == "it":
                    pronoun = o.i
                    # "The assembly adopted a resolution drafted by Ukraine. The United States voted
                    # against it": the latest motion of this sentence or the one before
                    start = self._sentence_of(o).start
                    if start > 0:
                        start = self._sentence_of(o.doc[start - 1]).start
                    o = next((t for t in reversed(o.doc[start:o.i]) if t.pos_ == "NOUN"
                              and "motion" in self._object_classes(t)), o)
                    if o.i != pronoun:
                        motions.add(pronoun)
                if "motion" not in self._object_classes(o):
                    continue
                found += [m for acl in o.children if acl.dep_ == "acl"
                          for m in self._prep_objects(acl, ("by",))]
                if not found and not [m for m in named if m.start not in motions]:
                    found += self._drafters(verb)
        return found, motions

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
            # (a participle after a copula: the copula's subject, "Japan was seriously concerned"; pass 22)
            sources = self._subjects(verb.head if verb.dep_ == "acomp" else verb).mentions
        own = {m.actor.country for m in sources}
        targets = [m for m in self._prep_objects(verb, ["by", *cue.preps], strict=True) if m.actor.country not in own]
        targets = targets or self._reacted_to(verb, sources)
        if not sources or not targets:
            return
        status, attributed = self._status(verb, cue)
        self._emit(sent, verb, Reading(cue.type, cue.mode), sources, _unique(targets), status,
                   attribution or attributed, 0.7, cue, self._location(verb), self._date_for(verb, None))

    def _asked_undone(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        """"called for the ban to be lifted": asking that an act reported before be done or undone
        (a passive clause marked 'for', its subject that act) is a request of whoever did it (pass
        seventeen)."""
        if "for" not in cue.particle_preps:
            return
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "ccomp", "xcomp") \
                    or not any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
                continue
            sources = self._subjects(verb).mentions
            own = {m.actor.country for m in sources}
            if self._passive(clause):
                doers = [m for c in clause.children if c.dep_ == "nsubjpass" and c.i in self._parts
                         for m in self._parts[c.i][0] if m.actor.country not in own]
            else:
                # "called for NATO to step up its presence": an active clause's subject is the one
                # asked to act (pass twenty-one)
                doers = [m for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                         for m in self._np(c, True).mentions if m.actor.country not in own]
            if sources and doers:
                status, attributed = self._status(verb, cue)
                self._emit(sent, verb, Reading(cue.particle_preps["for"], cue.mode), sources, _unique(doers), status,
                           attribution or attributed, 0.6, cue, self._location(verb), self._date_for(verb, None))
                return

    def _fallback_event(self, sent: Span, verb: Token, cue: EventCue, attribution: str | None) -> None:
        """A lexicon verb between two named actors: the subject (or passive agent) acts on the
        direct object (or passive subject) or on the object of one of the entry's prepositions.
        Nothing is guessed: with no actor on either side there is no event (a broad word list
        is trusted only where the sentence itself names both parties)."""
        if self._denied(verb):
            return
        if verb.lemma_.lower() in self.cues.aiming_participles and (
                (verb.dep_ == "acl" and self._cue(verb.head) is not None)
                or (verb.dep_ == "advcl" and any(self._cue(o) is not None for o in verb.head.children
                                                 if o.dep_ in ("dobj", "obj") and o.i < verb.i))):
            return  # "new sanctions targeting Russian firms": the aim of the noun's event, no attack
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
        if not targets and cue.type == "REQUEST" and verb.lemma_.lower() in self.cues.applying_verbs:
            # "Ukraine applied for membership of NATO" (pass eighteen)
            targets = self._applied_to(verb)
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
            if not verdicts:
                # "said the deployment was a hostile move": a plain act noun judged by its adjective,
                # as after "called" (verdict_heads; pass 24)
                verdicts = [cue.verdicts[a.lemma_.lower()] for c in verb.children
                            if c.dep_ in ("dobj", "obj", "attr") and c.lemma_.lower() in self.cues.verdict_heads
                            for a in c.children if a.dep_ in ("amod", "compound") and a.i < c.i
                            and a.lemma_.lower() in cue.verdicts]
            if not verdicts and " " in cue.lemma:
                # "said the launch amounted to an effective territorial encroachment": a phrasal
                # verb's verdict is its particle's object (pass 22)
                particle = cue.lemma.split()[1]
                verdicts = [cue.verdicts[o.lemma_.lower()] for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ == particle
                            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cue.verdicts]
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
            if event_type == "SUPPORT" and any((c := self.cues.nouns.get(t.lemma_.lower())) is not None and c.type == "CONSULT"
                                               for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")):
                return  # "said its talks with Quito were meaningful": talks judged favourably (pass 40)
        elif any(c.dep_ == "neg" and c.lower_ in self.cues.negations for c in verb.children):
            # "said Russia would not obstruct supplies", "said Paris was not undermining the
            # talks": a wrong denied charges no one (pass 31)
            return
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            # "said China was building up its forces and was the main enabler of the war": a
            # conjunct shares its first verb's subject (pass nineteen)
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
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
