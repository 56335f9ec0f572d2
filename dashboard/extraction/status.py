"""Stage: status and attribution. Whether an event is asserted, planned, hypothetical or negated,
from the trigger's own auxiliaries and negation and from the verbs that govern it,
up to a reporting verb, whose subject becomes the attribution (`_status`, `_own_status`,
`_noun_status`); "according to" (`_according_to`); and whether a token states what a denial
denies (`_denied`).

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc` and `self.cues`, adds the
speakers of reported claims to `self._claimants_seen` (which reactions.py reads), and uses
roles.py (`_subjects`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..cues import EventCue
from .context import OCCURRENCE_VERBS, PREP_CONTROL, THEME_CLASSES


class _Status:
    """Status, attribution and denials (a mixin of _DocumentAnalysis)."""

    def _denied(self, tok: Token) -> bool:
        """Whether `tok` states what a denial denies ("denied that it supplies weapons"): the
        REJECT carries it; the denied act is not reported again as an event."""
        if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and self.cues.governors.get(tok.head.lemma_.lower()) == "negated" \
                and not any(c.dep_ == "neg" for c in tok.head.children) \
                and not getattr(self.cues.verbs.get(tok.lemma_.lower()), "recipient_subject", False):
            # "Beijing has denied sending arms to Russia": an act of the denier's own denied as a
            # gerund is reported, negated by its governor, beside the REJECT ("denied receiving
            # weapons from X" denies X's act, which stays unreported) (pass 43)
            return False
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

    def _replaced_act(self, verb: Token) -> bool:
        """Whether `verb` is an act set aside for the one it is joined to: "abstained rather than
        vote against Russia", "abstained instead of voting against Moscow" (`replacing_marks` of
        event_cues.yaml, between the two verbs; reject pass, session 13)."""
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or not verb.head.i < verb.i:
            return False
        between = " ".join(t.lower_ for t in self.doc[verb.head.i + 1:verb.i])
        return any(f" {mark} " in f" {between} " for mark in self.cues.replacing_marks)

    def _status(self, verb: Token, cue: EventCue | None) -> tuple[str, str | None]:
        """Status from the trigger's own auxiliaries and negation, then from the verbs that
        govern it, up to a reporting verb (whose subject becomes the attribution)."""
        if cue is not None and cue.attempted and verb.dep_ in ("xcomp", "acl", "advcl") \
                and verb.head.lemma_.lower() in self.cues.attempt_governors:
            # "North Korea's attempt to put a satellite into orbit ended in failure", "failed to put
            # a satellite into orbit": the launch took place, as the attempt (or failure) did
            return self._status(verb.head, None)
        if self._replaced_act(verb):
            # "abstained rather than vote against Russia": the act set aside was not done (reject
            # pass, session 13)
            return "negated", None
        status: str | None = cue.status if cue is not None and cue.pos == "verb" and not cue.light else None
        attribution = None
        tok = verb
        first = True
        would = False
        independent = False
        # "warned that they would see the office collapsed, and a week after Pyongyang cut every
        # hotline": a conjunct with a subject and a factive mark of its own (after, because...) is a
        # clause of fact, under no modal or negation above it (pass 26)
        factual = verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
            c.dep_ == "mark" and c.lower_ in self.cues.factive_marks for c in verb.children)
        for _ in range(8):
            # "does not rule out supplying weapons, but it has sent only aid": a conjunct with a
            # subject of its own is its own clause, not under the other conjunct's negation or modal
            own = None if independent or (factual and not first) else self._own_status(tok, inherit_negation=first or tok.dep_ != "conj")
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
            if first and own == "hypothetical" and self._stated_readiness(verb, cue):
                own = "planned"
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
                if gov and status is None and not factual:
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
                if gov and status is None and dep != "conj" and not independent and not factual:
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

    def _stated_readiness(self, verb: Token, cue: EventCue | None) -> bool:
        """"China is willing to work with Pyongyang", "said it was ready to work with the United
        States": a readiness (`readiness_governors`) to act of a type it plans
        (`readiness_planned_types`: COOPERATE) is an intent stated, planned, not an offer, when
        nothing else makes it one: no modal, condition or hedge on the act, none on the readiness
        ("would be willing to work with Seoul if ..." stays hypothetical; rules pass, session 17)."""
        if cue is None or cue.type not in self.cues.readiness_planned_types or verb.dep_ != "xcomp" \
                or verb.head.lemma_.lower() not in self.cues.readiness_governors:
            return False
        for tok in (verb, verb.head, verb.head.head):
            for c in tok.children:
                if (c.dep_ == "aux" and c.lower_ in self.cues.modals) or c.dep_ == "neg" \
                        or (c.dep_ == "mark" and c.lower_ in self.cues.conditional_marks) \
                        or (c.dep_ == "advmod" and c.lower_ in self.cues.hedges) \
                        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in self.cues.conditional_marks
                                                       for g in c.children)):
                    return False
        return True

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
            if child.dep_ in ("dobj", "obj") and tok.pos_ == "VERB" \
                    and any(d.dep_ == "det" and d.lower_ in self.cues.negations for d in child.children) \
                    and THEME_CLASSES.intersection(self._object_classes(child)):
                # "Beijing supplies no weapons to either side", "sent no troops": a transfer of no
                # goods is one denied (session 14; "left no doubt" moves nothing and is no event)
                return "negated"
        for child in tok.children:
            # "if talks fail, X will impose sanctions": the condition hangs below the event
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in self.cues.conditional_marks for g in child.children):
                if tok.tag_ in ("VBD", "VBZ") and tok.lemma_.lower() in self.cues.forewarning_verbs \
                        and any(c.dep_ == "prep" and c.lower_ == "of" for t in (tok, *(c for c in tok.children if c.dep_ in ("npadvmod", "dobj")))
                                for c in t.children):
                    # (the parser may hang the "of" on a time phrase: "warned that day of a response", as an object)
                    # "warned of a new response if the broadcasts continued": the condition is the
                    # response's; the warning was given (official-register pass, session 12)
                    continue
                return "hypothetical"
        for child in tok.children:
            word = child.lower_
            if child.dep_ == "aux" and word in self.cues.modals:
                return self.cues.modals[word]
            if child.dep_ == "mark" and word in self.cues.conditional_marks:
                return "hypothetical"
            if child.dep_ == "advmod" and word in self.cues.hedges and tok.pos_ in ("VERB", "AUX"):
                return "hypothetical"
        if self._accord_term(tok):
            return "planned"  # "an agreement that lifts the sanctions": its terms are still to come
        # "is expected to", "are set to", "is due to"
        if tok.dep_ == "xcomp" and self._governed_as(tok.head):
            governed = self._governed_as(tok.head)
            # a causative: the act is as done as the causing ("will prompt Japan to protest": planned)
            return self._own_status(tok.head) if governed == "asserted" else governed
        # "its refusal to supply weapons", "a plan to send troops" (not "a proposal that X rejected")
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in self.cues.noun_governors \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            offer = tok.head
            if offer.lemma_.lower() in self.cues.invitations and offer.dep_ in ("dobj", "obj") \
                    and self._verb_phrase(offer.head) in self.cues.declining_verbs:
                return "negated"  # "turned down an invitation to hold talks": no talks (pass twenty)
            denial = self.cues.verbs.get(offer.head.lemma_.lower()) if offer.dep_ in ("dobj", "obj") else None
            if denial is not None and denial.claim and offer.head.pos_ == "VERB":
                return "negated"  # "denied any plan to attack Chile": a plan denied is none (pass 44)
            if offer.lemma_.lower() in self.cues.standing_commitments and offer.dep_ in ("dobj", "obj") \
                    and offer.head.lemma_.lower() in self.cues.reaffirming_verbs \
                    and any(c is not None and c.type == "SUPPORT" for c in (self._cue(tok), self._fallback_cue(tok))):
                # "reaffirmed its commitment to defend Japan": a standing support restated is given
                # now ("reiterated its pledge to send tanks" is still a plan; pass 30)
                return "asserted"
            return self.cues.noun_governors[tok.head.lemma_.lower()]
        return None

    def _accord_term(self, tok: Token) -> bool:
        """A plain present-tense relative clause on an accord states its terms, which are still to be
        carried out ("a trade deal that sets a 15% tariff", "a pact which lifts the sanctions"); a
        past ("the deal that cut tariffs") reports what it did (pass twenty-one)."""
        return tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and tok.head.lemma_.lower() in self.cues.term_accords \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children)

    def _governed_as(self, governor: Token) -> str | None:
        """The status a governing verb gives its complement; "call" governs only as an appeal
        ("called on Russia to withdraw", not "called a news conference to dispute it")."""
        lemma = governor.lemma_.lower()
        if lemma in PREP_CONTROL and not any(c.dep_ == "prep" and c.lower_ in PREP_CONTROL[lemma]
                                             for c in governor.children):
            return None
        phrase = self._verb_phrase(governor)
        if phrase != lemma and phrase in self.cues.governors:
            # "ruled out sending troops", "held off on imposing tariffs": a phrasal verb of
            # exclusion negates what it governs; denied ("did not rule out"), it leaves it open (pass 31)
            if phrase in self.cues.open_when_negated and any(
                    c.dep_ == "neg" and c.lower_ in self.cues.negations for c in governor.children):
                return "hypothetical"
            return self.cues.governors[phrase]
        return self.cues.governors.get(lemma)

    @staticmethod
    def _verb_phrase(tok: Token) -> str:
        """A verb's lemma with its particle, as cue lists write it ("rule out")."""
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        return " ".join([tok.lemma_.lower(), *particles])

    def _noun_status(self, noun: Token, light: Token | None, cue: EventCue) -> tuple[str, str | None]:
        # (the light verb's own cue: "called off a meeting" is "call off", not "call"; pass nineteen)
        light_cue = (self._cue(light) or self.cues.verbs.get(light.lemma_.lower())) if light is not None else None
        if light_cue is not None and light_cue.override:
            # "denied any arms transfers": the denial happened, whatever it denies
            # ("skipped the summit": a light verb of staying away negates what it governs; pass nineteen)
            found = self._status(light, None)
            if light_cue.status == "negated" and found[0] in ("asserted", "planned"):
                return "negated", found[1]
            return found
        if light is not None and light.lemma_.lower() in self.cues.war_ending_verbs | self.cues.ceasing_verbs \
                and any(c.dep_ == "poss" for c in noun.children) and noun.dep_ in ("dobj", "obj"):
            # "called on Russia to end its buildup near Ukraine": what one is asked or vows to end
            # of one's own is going on, whatever the mood of the ending (roles pass 2)
            return "asserted", self._status(light, None)[1]
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
            lc = light_cue
            if status == "asserted" and lc is not None and lc.status:
                status = lc.status
            return status, attribution
        if noun.dep_ in ("dobj", "obj") and self._accord_term(head):
            return "planned", None  # "a deal that sets a 15% tariff on imports from Korea" (pass twenty-one)
        # a noun inside a conditional clause ("if such a deal transpires")
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if noun.dep_ in ("nsubj", "nsubjpass", "attr") and verb.pos_ in ("VERB", "AUX") \
                and verb.lemma_.lower() in OCCURRENCE_VERBS:
            status, attribution = self._status(verb, None)
            return status, attribution
        return "asserted", None

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
            if tok.lower_ == "according" and tok.i + 1 < self._sentence_of(tok).end and self.doc[tok.i + 1].lower_ == "to":
                to = self.doc[tok.i + 1]
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        span = self.doc[obj.left_edge.i: obj.right_edge.i + 1]
                        return span.text if len(span) <= 12 else obj.text
        return None
