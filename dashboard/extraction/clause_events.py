"""Stage: events read from words other than a cue's own verb or noun: a demand or wish modal ("said
Washington must stop"), "together with", a promised response ("would require a resolute
response"), a denial the tagger read as a noun ("a charge Beijing rejects"), and a reaction drawn
from someone ("the launch drew condemnation from Seoul"). document.py calls these per sentence
after the cue events, so they see what those found.

A mixin of `_DocumentAnalysis` (document.py): it reads `self.cues`, `self.by_token` and who took
part in each trigger's event (`self._parts`, kept by emit.py), and emits through emit.py, using
phrases.py, roles.py, status.py, when.py, triggers.py, targets.py, reactions.py and
noun_events.py (`_referent`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors import Mention
from ..cues import EventCue, Reading
from .context import REACTIONS, ROLE_KINDS, _clause_tokens, _unique

# acts a state may hold out on a condition another is to meet: doing so threatens it (pass 32)
CONDITIONED_TYPES = {"SANCTION", "ASSAULT", "COERCE"}


class _ClauseEvents:
    """Events read from modals, adverbs and phrases that are not cues (a mixin of _DocumentAnalysis)."""

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

    def _named_culprit(self, sent: Span, word: Token, attribution: str | None) -> None:
        """"Tehran said that Israel and the United States were behind the bombing", "said Kurdish
        militants were responsible for the explosion": a reported "X was behind / responsible for"
        an attack or a crime is the speaker's charge against X (pass 24)."""
        if word.dep_ == "prep":
            be, acts = word.head, [c for c in word.children if c.dep_ == "pobj"]
        elif word.dep_ == "acomp":
            be = word.head
            acts = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ == "pobj"]
        else:
            return
        wanted = self.cues.attack_nouns | self.cues.blamed_acts
        if be.lemma_.lower() != "be" or be.dep_ != "ccomp" or not any(a.lemma_.lower() in wanted for a in acts) \
                or any(c.dep_ == "neg" for c in be.children):
            return  # ("said Ukraine was not behind it", "was behind the wheel": no charge)
        say = be.head
        if say.lemma_.lower() not in self.cues.reporting:
            return
        self._speaker_charges(sent, say, be, attribution, 0.6, strict=True)

    def _speaker_charges(self, sent: Span, say: Token, clause: Token, attribution: str | None,
                         confidence: float, strict: bool) -> None:
        """The reporting verb's subject accuses the subject of the clause it reports (the charge of
        `_named_culprit` and `_named_plotter`); `strict=False` lets a state's people stand for it."""
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        cue = self.cues.verbs.get("accuse")
        if subject is None or cue is None:
            return
        sources = self._subjects(say).mentions
        own = {m.actor.country for m in sources}
        targets = [m for m in self._np(subject, strict).mentions if m.actor.country not in own]
        if not sources or not targets:
            return
        status, attributed = self._status(say, None)
        self._emit(sent, say, Reading("ACCUSE", None), sources, _unique(targets), status, attribution or attributed,
                   confidence, cue, None, self._date_for(say, None))

    def _named_plotter(self, sent: Span, attack: Token, attribution: str | None) -> None:
        """"Moscow claimed that British specialists had helped prepare the attack", "said Kyiv had
        planned the bombing": a reported preparing, planning or staging of an attack (or helping
        to) is the speaker's charge against its subject, as "was behind" is (pass 27)."""
        verb = attack.head
        if attack.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in self.cues.plotting_verbs:
            return
        clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.helping_verbs else verb
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.cues.reporting \
                or any(c.dep_ == "neg" for c in (*clause.children, *verb.children)):
            return
        # ("British naval specialists": a state's people stand for it here)
        self._speaker_charges(sent, clause.head, clause, attribution, 0.55, strict=False)

    def _unanswered_act(self, sent: Span, word: Token, attribution: str | None) -> None:
        """"Delhi said the attack would not go unanswered", "such provocations will not remain
        unpunished": a reported promise that an act will be answered is the speaker's threat at
        the act's doer (of this sentence, or the one a definite noun refers back to; pass 24)."""
        verb = word.head
        if word.dep_ not in ("acomp", "oprd", "xcomp", "advmod") or not any(c.dep_ == "neg" for c in verb.children) \
                or not any(c.dep_ == "aux" and c.lower_ in self.cues.future_modals for c in verb.children):
            return
        reporter = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.cues.reporting else next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.cues.reporting), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if reporter is None or subject is None:
            return
        sources = self._subjects(reporter).mentions
        own = {m.actor.country for m in sources}
        doers: list[Mention] = []
        parts = self._parts.get(subject.i)
        if parts is not None and parts[0]:
            doers = list(parts[0])
        elif (cue := self.cues.nouns.get(subject.lemma_.lower())) is not None and (earlier := self._referent(subject, cue)):
            doers = list(earlier[0])
        doers = doers or [m for t in subject.subtree if t.i in self.by_token
                          for m in [self.by_token[t.i]] if m.actor.kind in ROLE_KINDS]
        targets = [m for m in doers if m.actor.country not in own]
        if not sources or not targets:
            return
        cue = self.cues.verbs.get("warn") or EventCue("warn", "verb", "THREATEN")
        self._emit(sent, verb, Reading("THREATEN", None), sources, _unique(targets), "asserted",
                   attribution or self._attribution(reporter), 0.55, cue, self._location(verb), self._date_for(reporter, None))

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
        targets = self._past_the_helped(self._sentence_of(verb).root, targets) if targets else self._war_counterpart(verb, sources)
        if not sources or not targets:
            return
        cue = self.cues.verbs.get("warn") or EventCue("warn", "verb", "THREATEN")
        self._emit(sent, verb, Reading("THREATEN", None), sources, _unique(targets), "asserted",
                   attribution or self._attribution(reporter), 0.55, cue, self._location(verb), self._date_for(reporter, None))

    def _listed(self, sent: Span, noun: Token, attribution: str | None) -> None:
        """"Moscow placed Seoul on its list of unfriendly countries", "added Chinese firms to its entity
        list": putting a state (or what names one) on a list of the shunned sanctions it (pass 42)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "to", "onto", "in") \
                or noun.head.head.lemma_.lower() not in self.cues.listing_verbs or noun.head.head.pos_ != "VERB":
            return
        if noun.lower_ != "blacklist" and not any(t.lemma_.lower() in self.cues.blacklist_words or t.lower_ in self.cues.blacklist_words
                                                  for t in noun.subtree if t.i != noun.i):
            return
        verb = noun.head.head
        sources = self._subjects(verb).mentions
        own = {m.actor.country for m in sources}
        targets = [m for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass") for m in self._np(o).mentions
                   if m.actor.country and m.actor.country not in own]
        if not sources or not targets:
            return
        cue = self.cues.verbs.get("blacklist") or EventCue("blacklist", "verb", "SANCTION")
        status, attributed = self._status(verb, None)
        self._emit(sent, verb, Reading("SANCTION", "sanctions"), sources, _unique(targets), status,
                   attribution or attributed, 0.6, cue, self._location(verb), self._date_for(verb, None))

    def _conditioned_measure(self, sent: Span, act: Token, attribution: str | None) -> None:
        """"said it was prepared to raise tariffs further if China did not back down": a measure or
        attack held out on a condition another state is to meet (or not) is a threat at that state
        (pass 32); a threat the sentence already makes ("threatened to ...", "warned that ...") is
        read with its own verb."""
        parts = self._parts.get(act.i)
        if parts is None or not parts[0] or parts[2] not in CONDITIONED_TYPES:
            return
        sources = parts[0]
        own = {m.actor.country for m in sources}
        condition = None
        if any(above.lemma_.lower() in self.cues.fearing_verbs for above in act.ancestors):
            return  # ("officials fear that the president could lift the sanctions ... if ..."; threaten pass, session 13)
        for above in [act, *act.ancestors]:
            cue = self.cues.verbs.get(above.lemma_.lower()) if above.pos_ == "VERB" else None
            if above.i != act.i and cue is not None and cue.type == "THREATEN":
                return
            condition = condition or next((c for c in above.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)), None)
            if above.lemma_.lower() in self.cues.reporting or above.dep_ not in ("xcomp", "ccomp", "conj", "acomp", "dobj", "obj"):
                # (only up the verbs that hold the act out: not from a condition of its own, "if it
                # was attacked by China", nor from a participle, "soldiers captured by Ukraine")
                break
        if condition is None:
            return
        targets = [m for s in condition.children if s.dep_ in ("nsubj", "nsubjpass")
                   for m in self._np(s, True).mentions
                   if m.actor.kind in ROLE_KINDS and m.actor.country and m.actor.country not in own]
        if not targets:
            return
        cue = self.cues.verbs.get("warn") or EventCue("warn", "verb", "THREATEN")
        self._emit(sent, act, Reading("THREATEN", None), sources, _unique(targets), "asserted",
                   attribution, 0.55, cue, self._location(act), self._date_for(act, None))
        self._parts[act.i] = parts  # (the act itself stays what later sentences refer back to)

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
        say = self._reporting_head(verb)
        if modal.dep_ != "aux" or say is None:
            return
        # "must/should" after a saying; "would/will/could" after a wish ("hoped Japan would help")
        said = modal.lower_ in self.cues.demand_modals and say.lemma_.lower() in self.cues.demanding_verbs
        wished = modal.lower_ in self.cues.wish_modals and say.lemma_.lower() in self.cues.wishing_verbs
        if not (said or wished):
            return
        self._demand_of(sent, verb, say, attribution)

    def _reporting_head(self, verb: Token) -> Token | None:
        """The verb whose reported clause `verb` heads: its head for a complement clause, and for a
        second "that" clause coordinated with one ("said talks were possible but that Pyongyang must
        stop", where the parser makes it a conjunct of the first clause, or of the main verb when
        the saying is itself a conjunct: "condemned the launch and said ..., but that Pyongyang must
        stop") the saying verb of the first (types pass 1); else None."""
        if verb.dep_ == "ccomp":
            return verb.head
        if verb.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "ccomp":
            return first.head
        # (the saying verb nearest before the clause among the main verb's conjuncts, itself included)
        says = [c for c in (first, *(c for c in first.children if c.dep_ == "conj"))
                if c.i < verb.i and c.pos_ == "VERB" and any(k.dep_ == "ccomp" for k in c.children)
                and c.lemma_.lower() in self.cues.demanding_verbs]
        return max(says, key=lambda c: c.i) if says else None

    def _reported_obligation(self, sent: Span, word: Token, attribution: str | None) -> None:
        """"Biden told Xi that China had an obligation to rein in Pyongyang", "said Moscow needed to
        withdraw its troops": saying another state is bound or needs to act demands it as "must"
        does (pass nineteen)."""
        if word.pos_ == "NOUN" and word.lemma_.lower() != "need":
            # the noun owned through "have" and followed by what is owed ("an obligation to act"; "had
            # normal needs to develop their relations" is no demand)
            verb = word.head
            if word.dep_ not in ("dobj", "obj") or verb.lemma_.lower() != "have" or not any(
                    c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in word.children):
                return
        elif word.pos_ == "VERB" and word.lemma_.lower() == "need" and any(
                c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
                for c in word.children):
            verb = word
            if any(c.dep_ in ("neg", "aux") for c in verb.children):
                return  # "would not need to take the floor": no demand
        else:
            return
        say = self._reporting_head(verb)
        if say is None or say.lemma_.lower() not in self.cues.demanding_verbs:
            return
        self._demand_of(sent, verb, say, attribution)

    def _demand_of(self, sent: Span, verb: Token, say: Token, attribution: str | None) -> None:
        """The REQUEST of a demand reported by `say` in its clause `verb`: of the clause's subject,
        or, for a passive one ("told the council that Russia should be stripped of its veto"), of its
        agent, else of whom the speaker told (pass nineteen)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        cue = self.cues.verbs.get("demand")
        if cue is None:
            return
        sources = self._subjects(say).mentions
        own = {m.actor.country for m in sources}
        if subject is not None:
            targets = [m for m in self._np(subject, True).mentions if m.actor.country not in own]
        elif any(c.dep_ == "nsubjpass" for c in verb.children):
            targets = [m for m in self._prep_objects(verb, ("by",), strict=True) if m.actor.country not in own] or [
                m for c in say.children if c.dep_ in ("dobj", "obj", "dative") for m in self._np(c, True).mentions
                if m.actor.country not in own]
        else:
            return
        if not sources or not targets:
            return
        status, attributed = self._status(say, None)
        self._emit(sent, say, Reading("REQUEST", "demand"), sources, targets, status, attribution or attributed,
                   0.6, cue, None, self._date_for(say, None))

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
        if main_parts is not None and main_parts[0]:
            earlier = main_parts
        elif subject is None:
            # a main clause with neither an act nor a subject ("..., drawing criticism" hung on a
            # subjectless verb): no doers to react to
            return
        else:
            earlier = self._parts.get(subject.i)
        if earlier is None and subject is not None:
            # "the attempt to put a satellite into orbit": the act the subject's clause names
            earlier = next((self._parts[c.i] for c in subject.children
                            if c.dep_ in ("acl", "relcl") and c.i in self._parts and self._parts[c.i][0]), None)
        subject_cue = self.cues.nouns.get(subject.lemma_.lower()) if subject is not None else None
        if (earlier is None or not earlier[0]) and subject_cue is not None:
            earlier = self._referent(subject, subject_cue)
        if earlier is not None and earlier[2] not in REACTIONS:
            doers = list(earlier[0])
        elif subject is not None:
            doers = self._np(subject).mentions
        else:
            return
        reading = self._modifier_reading(noun, cue) or Reading(cue.type, cue.mode)
        status, attributed = self._noun_status(noun, None, cue)
        self._emit(sent, noun, reading, reactors, _unique(doers), status, attribution or attributed,
                   0.6, cue, self._location(noun), self._date_for(noun.head, None))
