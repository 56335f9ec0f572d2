"""Stage: who fills a verb's roles. The subjects of a verb, through conjunctions, control verbs
("urged Russia to withdraw"), relative clauses and passives (`_subjects`), the objects of its
prepositions (`_prep_objects`), and the owner behind a noun that is not an actor (`_owner_of`).

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues` and the "to"
phrases a transfer noun has claimed (`self._claimed_preps`, set by targets.py), and uses
phrases.py (`_np`, `_accuses_itself`).
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from ..actors import Mention
from .context import FINITE_TAGS, OBJECT_CONTROL, POSSESSION_VERBS, PREP_CONTROL, RELATIVE, Found, _pluperfect, _unique


# acts a promised response can answer (`_answered_act`; roles pass 1)
_ANSWERED_ACTS = frozenset({"SANCTION", "ASSAULT", "MOBILIZE", "COERCE", "THREATEN"})


class _Roles:
    """Who fills a verb's subject and prepositional roles (a mixin of _DocumentAnalysis)."""

    def _stray_subject(self, verb: Token) -> Found:
        """"At a dialogue the two ministers chaired, the first in six years, China, according to its
        readout, urged Japan ...": the parser may hang the subject, set off by commas after a fronted
        phrase, on that phrase as a modifier; a name so set off before a main verb that has no
        actor for subject is its subject (pass 27)."""
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            return Found([], 0.0)
        stray = [t for t in self._sentence_of(verb) if t.i < verb.i and t.dep_ == "npadvmod" and t.pos_ == "PROPN"
                 and t.i > self._sentence_of(verb).start and self.doc[t.i - 1].text == ","
                 and t.i + 1 < verb.i and self.doc[t.i + 1].text == ","]
        if not stray:
            # "On Monday and Tuesday Dan Driscoll, the Army secretary, met ...": a name run on from
            # a fronted date, that the parser joins to the date, ends right before the main verb (pass 31)
            stray = [t for t in self._sentence_of(verb) if t.i < verb.i and t.dep_ == "conj" and t.pos_ == "PROPN"
                     and t.head.ent_type_ in ("DATE", "TIME") and t.ent_type_ not in ("DATE", "TIME")
                     and t.i in self.by_token
                     and all(x.is_punct for x in self.doc[t.right_edge.i + 1:verb.i])]
        if not stray:
            # "In April Paris accused Moscow ...": a name right after a fronted month, that the parser
            # takes for the month's head and the preposition's object, is the main verb's subject (pass 36)
            stray = [t for t in self._sentence_of(verb) if t.i < verb.i and t.dep_ == "pobj" and t.pos_ == "PROPN"
                     and t.head.dep_ == "prep" and t.head.head.i == verb.i and t.ent_type_ not in ("DATE", "TIME")
                     and t.i in self.by_token
                     and any(c.dep_ in ("compound", "nmod") and c.ent_type_ in ("DATE", "TIME") and c.i < t.i for c in t.children)
                     and all(x.dep_ in ("advmod", "neg", "aux") or x.is_punct for x in self.doc[t.i + 1:verb.i])]
        found = self._np(stray[-1], True) if stray else Found([], 0.0)
        return Found(found.mentions, found.how * 0.8) if found.mentions else Found([], 0.0)

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
            motion = verb.head
            if child.lower_ in RELATIVE and motion.dep_ == "pobj" and motion.head.dep_ == "agent" \
                    and motion.head.head.dep_ == "acl" and "motion" in self._object_classes(motion.head.head.head):
                # ("a resolution drafted by European states that condemned ...": the clause is the
                # motion's, hung by the parser on the last noun before it)
                motion = motion.head.head.head
            if (not found.mentions or motion is not verb.head) and child.lower_ in RELATIVE and verb.dep_ == "relcl" and motion.dep_ in ("dobj", "obj") \
                    and motion.head.lemma_.lower() in self.cues.adopting_verbs and "motion" in self._object_classes(motion):
                # "the assembly adopted a resolution that condemned Russia's invasion": the
                # motion speaks for whoever adopted it (pass 23)
                found = self._subjects(motion.head, depth + 1)
            if found.mentions or child is subjects[-1]:
                # ("a step Beijing welcomed" parsed with two subjects: the one naming an actor)
                return found if found.mentions else (self._stray_subject(verb) if child.pos_ == "NOUN" else found)
        if not subjects and verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Japan was the first country to impose sanctions", "Syria is one of the few states to
            # have voted against it": an infinitival relative on the copula's complement (or on the
            # "of" group of "one") is done by the copula's subject (pass 43)
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
                noun = noun.head.head
            if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not self._np(noun, True).mentions:
                found = self._subjects(noun.head, depth + 1)
                kind = any(t.lemma_.lower() in ("country", "state", "nation") for t in (noun, *(
                    o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")))
                if kind and not all(m.actor.kind == "country" for m in found.mentions):
                    found = Found([], 0.0)  # ("it was one of five countries to ..." read as a body: no one)
                if found.mentions:
                    return Found(found.mentions, found.how * 0.9)
        if not subjects:
            stray = self._stray_subject(verb)
            if stray.mentions:
                return stray
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
                if not found.mentions and verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
                    # "said the announcement showed that Russia could no longer wage its war and
                    # called on Beijing to ...": a plain past is not under the modal; with no actor
                    # the subject of the clause above, the reporter's act (pass 38)
                    above = finite
                    while not found.mentions and above.dep_ == "ccomp" and above.head.pos_ == "VERB" \
                            and above.head.tag_ in FINITE_TAGS:
                        above = above.head
                        found = self._subjects(above, depth + 1)
                return Found(found.mentions, found.how * 0.85)
            if head.dep_ == "xcomp" and head.head.pos_ == "VERB":
                # "China, the North's ally, called on all sides to address the issue and refrained
                # from criticising Pyongyang" ("called" parsed as a participle): the asker's act
                found = self._subjects(head.head, depth + 1)
                return Found(found.mentions, found.how * 0.8)
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and head.tag_ in ("VB", "VBG") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) \
                and (cue := self.cues.verbs.get(verb.lemma_.lower())) is not None and cue.type in ("REQUEST", "THREATEN", "ACCUSE"):
            # "said the alliance had seen signs that Beijing might be planning such support and
            # urged China not to provide it": a plain past cannot share the modal of the clause it
            # is joined to, so it is the reporter's (pass eighteen)
            reporter = next((a for a in head.ancestors if a.lemma_.lower() in self.cues.reporting and a.tag_ == "VBD"), None)
            if reporter is not None:
                found = self._subjects(reporter, depth + 1)
                if found.mentions:
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
        if verb.dep_ == "conj" and head.dep_ == "relcl" and verb.tag_ == "VBD" \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children) \
                and head.head.dep_ in ("dobj", "obj") and not self._np(head.head, True).mentions:
            # "said Beijing supported all efforts that were conducive to peace and urged the
            # parties to ...": a plain past joined to a relative clause on a thing is the act of the
            # clause the thing is the object of, or of its reporter (pass 38)
            clause = head.head.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.cues.reporting:
                clause = clause.head
            found = self._subjects(clause, depth + 1)
            if found.mentions:
                return Found(found.mentions, found.how * 0.8)
        if verb.dep_ == "conj" and (reporter := self._second_act_reporter(verb, head, depth)) is not None:
            # "said Iran had delivered missiles and imposed sanctions on Iranian airlines", "accused
            # Iran of delivering missiles and imposed sanctions": a second act the parser joins to
            # the reported clause is the reporter's (pass 38)
            found = self._subjects(reporter, depth + 1)
            if found.mentions:
                return Found(found.mentions, found.how * 0.8)
        if verb.dep_ == "pcomp" and head.lower_ == "without" and head.i > self._sentence_of(verb).start \
                and self.doc[head.i - 1].text == ",":
            # "urged all parties to exercise restraint, without criticising Moscow": a "without"
            # clause set off by a comma is done by the subject of the finite clause it closes, not
            # by those a control verb inside that clause asks (roles pass 1)
            finite = head.head
            while finite.tag_ not in FINITE_TAGS and finite.head.i != finite.i:
                finite = finite.head
            if finite.tag_ in FINITE_TAGS:
                found = self._subjects(finite, depth + 1)
                if found.mentions:
                    return Found(found.mentions, found.how * 0.85)
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
            if verb.dep_ == "pcomp" and head.lower_ == "for" and verb.tag_ == "VBG":
                # "imposed sanctions on Chinese firms for helping Russia's army", "an embargo on
                # Iran for ...": the reason a measure gives is the act of those it falls on, not of
                # whoever imposes it (pass 42)
                measures = [controller] + [c for c in controller.children if c.dep_ in ("dobj", "obj")]
                hit = [m for n in measures if n.pos_ in ("NOUN", "PROPN")
                       and (cue := self._cue(n)) is not None and cue.pos == "noun" and cue.type == "SANCTION"
                       for p in n.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "against")
                       for o in p.children if o.dep_ == "pobj" for m in self._np(o).mentions]
                if not hit and controller.lemma_.lower() in OBJECT_CONTROL:
                    # ("fined Chilean firms for ...": those the object names, not only an actor itself)
                    hit = [m for c in controller.children if c.dep_ in ("dobj", "obj") for m in self._np(c).mentions]
                if hit:
                    return Found(_unique(hit), 0.8)
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

    def _answered_act(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a promised response that names no one answers: the doers of the latest act
        reported before it that was aimed at the threatening state ("Japan banned exports of
        cars to Russia ... the ambassador warned that Moscow would respond" -> Japan; roles pass 1)."""
        own = {m.actor.country for m in sources} - {None}
        if not own:
            return []
        for i in sorted((i for i in self._parts if i < verb.i), reverse=True):
            doers, others, event_type = self._parts[i]
            if event_type not in _ANSWERED_ACTS or not own & {m.actor.country for m in others}:
                continue
            found = [m for m in doers if m.actor.country and m.actor.country not in own]
            if found:
                return _unique(found)
        return []

    def _folded_recipient(self, verb: Token, theme: Token) -> list[Mention]:
        """The recipient the parser folds into a transfer's theme: a name it makes a compound of
        the theme ("sending Russia artillery shells"), or, right after the verb, a modifier of a
        theme with modifiers of its own ("will send Ukraine advanced multiple rocket launchers",
        parsed with "Ukraine" an `nmod` of "launchers"; roles pass 1)."""
        return [self.by_token[c.i] for c in theme.children
                if (c.dep_ == "compound" or (c.dep_ == "nmod" and c.left_edge.i == verb.i + 1))
                and c.i in self.by_token and self.by_token[c.i].form in ("name", "metonym")]

    def _returned_for(self, verb: Token, event_type: str) -> Token | None:
        """What an act of `event_type` is made "in return for" or "in exchange for", when that is
        of a kind the same act can move (`returned_classes` of event_cues.yaml: arms, technology,
        troops, aid... for a transfer; captives for a release), on the verb or on its object
        ("shipped shells to Russia in exchange for food", "supplied technology to Pyongyang in
        return for the troops the North has sent"; roles pass 1): the thing given back, or None."""
        kinds = self.cues.returned_classes.get(event_type, frozenset())
        if not kinds:
            return None
        holders = [verb, *(o for o in verb.children if o.dep_ in ("dobj", "obj"))]
        for prep in (p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"):
            for swap in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in ("return", "exchange")):
                for given in (o for f in swap.children if f.dep_ == "prep" and f.lower_ == "for"
                              for o in f.children if o.dep_ == "pobj"):
                    if any(set(self._object_classes(t)) & kinds for t in (given, *given.conjuncts)):
                        return given
        return None

    def _denied_victims(self, deniers: list[Mention], denial: Token) -> list[Mention]:
        """Whom a denial with no claimant in view answers: those the deniers' state was last
        reported to have acted against ("Polish officials said Russian drones had entered Poland's
        airspace ... Moscow denied any intent" -> Poland; roles pass 1)."""
        own = {m.actor.country for m in deniers} - {None}
        if not own:
            return []
        for i in sorted((i for i in self._parts if i < denial.i), reverse=True):
            doers, others, event_type = self._parts[i]
            if event_type in _ANSWERED_ACTS and own & {m.actor.country for m in doers}:
                found = [m for m in others if m.actor.country and m.actor.country not in own]
                if found:
                    return _unique(found)
        return []

    def _second_act_reporter(self, verb: Token, head: Token, depth: int) -> Token | None:
        """The finite verb whose subject a coordinated plain past shares when the parser joins it
        to the clause below that verb (pass 38): to a gerund after a preposition ("accused Iran
        of delivering missiles and imposed sanctions": a past is no conjunct of a gerund), or to
        a reported clause whose subject it would act on ("said Iran had delivered missiles and
        imposed sanctions on Iranian airlines")."""
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return None
        if head.dep_ == "pcomp" and head.tag_ == "VBG" and verb.tag_ == "VBD" and head.head.dep_ == "prep" \
                and head.head.head.pos_ == "VERB" and head.head.head.tag_ in FINITE_TAGS:
            return head.head.head
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.cues.reporting \
                and head.head.tag_ in FINITE_TAGS and self._acts_on_itself(verb, head, depth):
            return head.head
        return None

    def _acts_on_itself(self, verb: Token, clause: Token, depth: int) -> bool:
        """Whether every state the subject of `clause` names is one `verb` acts on: its object,
        the object of its prepositions or of its object's ("imposed sanctions on Iranian
        airlines"; pass 38)."""
        subjects = {m.actor.country for m in self._subjects(clause, depth + 1).mentions} - {None}
        nouns = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        for holder in [verb, *nouns]:
            nouns.extend(o for p in holder.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
        # (an object read from a pronoun is left out: "said North Korean soldiers had found him and
        # shot him" is the soldiers' act, whoever "him" was resolved to)
        objects = {m.actor.country for o in nouns if o.pos_ != "PRON" for m in self._np(o).mentions}
        return bool(subjects) and subjects <= objects

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
            if child.dep_ == "prep" and child.lower_ not in wanted:
                # "protested to Moscow over the violation and to Seoul over the shots": a wanted
                # preposition the parser makes a conjunct of another of the verb's (pass 40)
                out.extend(m for conj in child.conjuncts if conj.dep_ == "conj" and conj.pos_ == "ADP"
                           and conj.lower_ in wanted and conj.i not in self._claimed_preps
                           for o in conj.children if o.dep_ == "pobj" for m in self._np(o, strict).mentions)
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in wanted and child.i not in self._claimed_preps:
                # "talks with Putin and with Kim": the second preposition is a conjunct of the first
                for conj in child.conjuncts:
                    if conj.lower_ in wanted:
                        for o in conj.children:
                            if o.dep_ == "pobj":
                                out.extend(self._np(o, strict).mentions)
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.is_title and obj.lemma_.lower() in self.cues.water_bodies \
                            and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
                        continue  # ("over the Sea of Japan": a place named after a state; pass 30)
                    if obj.dep_ == "pobj" and obj.lower_ in self.cues.venue_parts and obj.i not in self.by_token:
                        continue  # ("met on the sidelines of the G20 summit": where, not with whom; roles pass 1)
                    if obj.dep_ == "pobj":
                        out.extend(self._np(obj, strict).mentions)
                    elif obj.dep_ == "prep" and obj.lower_ in wanted:  # "from within"
                        out.extend(self._prep_objects(obj, wanted, strict))
                    elif obj.dep_ == "pcomp" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in obj.children):
                        # "concerns about what they called China's behaviour": the thing named
                        for named in (c for c in obj.children if c.dep_ in ("oprd", "attr")):
                            out.extend(self._np(named, strict).mentions)
                        # "on what they describe as the policy of the United States" (pass 22)
                        for named in (o for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                                      for o in c.children if o.dep_ == "pobj"):
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

    def _companions(self, trigger: Token) -> list[Mention]:
        """Who takes the same stand as the subject: "voted against it, in the company of Russia",
        "Japan, along with South Korea, condemned the launch", "imposed sanctions alongside the EU"
        (`companion_words`; pass 23)."""
        verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") else trigger
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        words = self.cues.companion_words
        found: list[Mention] = []
        # (on the verb, or on its subject: "Canada, along with Australia, condemned ...")
        for p in [*verb.children, *(c for s in verb.children if s.dep_ == "nsubj" for c in s.children)]:
            if p.dep_ != "prep" or p.lower_ not in words | {"in"}:
                continue
            if p.lower_ == "in":
                # "in the company of Russia", "in company with China"
                heads = [c for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() in words]
                objs = [o for h in heads for q in h.children if q.dep_ == "prep" and q.lower_ in ("of", "with")
                        for o in q.children if o.dep_ == "pobj"]
            else:
                # "alongside the EU", "along with South Korea"
                objs = [o for o in p.children if o.dep_ == "pobj"] + [
                    o for q in p.children if q.dep_ == "prep" and q.lower_ == "with" for o in q.children if o.dep_ == "pobj"]
            found += [m for o in objs for m in self._np(o, True).mentions]
        return found

