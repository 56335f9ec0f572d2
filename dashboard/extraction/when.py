"""Stage: dates and places. The date expression that belongs to a trigger (`_date_for`): its own
clause's, an offset from another dated act ("a day after the summit"), a dated saying's, a dated
conjunct's, a "when" clause's, or the scene the previous sentence set; and the place named in a
trigger's clause (`_location`).

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues`, `self.dates` and
`self.date_tokens` (found in document.py), `self.by_token`, the token offsets (`self._idx`,
`self._len`) and the scene's date (`self._scene_before`, carried over by document.py's `run`;
`self._scene_date`, which `_date_for` sets), and uses triggers.py (`_cue`, `_free_relative`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..cues import EventCue
from ..dates import DateMention, count_of, shift_days, shifted
from .context import COUNT_WORDS, GROUP_NOUNS, LOCATION_LABELS, _pluperfect


class _When:
    """Dates and places of events (a mixin of _DocumentAnalysis)."""

    def _overriding_date(self, noun: Token, light: Token | None, light_cue: EventCue | None) -> DateMention | None:
        """When a light verb's own act replaces the noun's ("On 22 November South Korea suspended
        the 2018 agreement"), a date of the verb's clause is the act's, not the noun's year."""
        if light is not None and light_cue is not None and light_cue.override:
            own = self._date_for(light, None)
            if own is not None:
                return own
            # ("Peru will suspend the ban it imposed in August": the ban's own clause dates the
            # ban, not its suspension; dates pass 2)
            self._made_at_off = True
            try:
                return self._date_for(noun, light)
            finally:
                self._made_at_off = False
        return self._date_for(noun, light)

    def _date_for(self, trigger: Token, light: Token | None) -> DateMention | None:
        """A date expression attached to the trigger's own clause (not to a nested event)."""
        owners = {trigger.i}
        if light is not None:
            owners.add(light.i)
        if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":
            # "the president is due in Lima on Friday": a predicative adjective's dates hang on its copula (pass 44)
            owners.add(trigger.head.i)
        named = self._free_relative(trigger) if trigger.pos_ == "VERB" else None
        acting = light if light is not None else trigger
        if acting.dep_ == "acl" and acting.tag_ == "VBG" and acting.head.dep_ in ("dobj", "obj") \
                and acting.head.head.pos_ in ("VERB", "AUX"):
            # "adopted a resolution calling on Russia to withdraw": what a text the act makes calls
            # for is said when the act makes it (dates pass 3)
            owners.add(acting.head.head.i)
        if named is not None:
            owners.add(named[0].i)  # "fired what it called a new weapon on Saturday"
        if trigger.pos_ in ("NOUN", "PROPN"):
            verb = trigger.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and self._cue(verb) is None:
                owners.add(verb.i)
            head = trigger.head
            if trigger.dep_ == "appos" or (trigger.dep_ in ("dobj", "obj") and any(
                    c.dep_ == trigger.dep_ and c.i < trigger.i for c in head.children)):
                # "fired a missile on Thursday, its first ICBM launch": an appositive (or the
                # second object the parser makes of one) renames the act, so shares its date
                owners.add(head.i)
                if trigger.dep_ == "appos" and head.dep_ in ("dobj", "obj"):
                    owners.add(head.head.i)  # (renaming the act's object: "test-fired a missile on Thursday, its first launch")
            if trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during", "in") and trigger.head.head.pos_ == "VERB":
                # "agreed on Thursday ... at a summit in Tokyo": the summit was when they acted at it
                # ("agreed on Wednesday ..., in their first meeting in a year": so is a meeting they
                # acted in; dates pass 3, also when the parser hangs it on their infinitive)
                acted = trigger.head.head
                owners.add(acted.i)
                while acted.dep_ == "xcomp" and acted.head.i != acted.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in acted.children):
                    acted = acted.head
                    owners.add(acted.i)
            elif trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during", "in") and self._encounter(trigger):
                # "agreed to the extension in their first telephone call, on Jan. 26": a meeting
                # hung on the act's object through "in" is when they acted in it too (dates pass 4,
                # session 13); only an encounter noun, and only through nouns, not a participle's
                # clause ("the treaty signed in their first call")
                acted = self._venue_verb(trigger)
                if acted is not None:
                    owners.add(acted.i)
            # "his second summit with Trump, held in Hanoi in February": a participle on the noun
            # (the parser may tag it VBD: "the Washington Declaration unveiled on Wednesday")
            owners.update(c.i for c in trigger.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
            # "the export controls it announced on Oct. 9", "the agreement the two leaders reached
            # last month": a relative clause with a subject of its own whose object is the noun
            # (no object of its own but the relative pronoun) made the act, so dates it (dates pass 2;
            # "the sanctions, which took effect in May", the noun its subject, is left alone)
            owners.update(c.i for c in trigger.children if c.dep_ == "relcl" and c.i > trigger.i
                          and not getattr(self, "_made_at_off", False)
                          and any(o.dep_ == "nsubj" and o.lower_ not in ("that", "which", "who") for o in c.children)
                          and all(o.lower_ in ("that", "which") for o in c.children if o.dep_ in ("dobj", "obj")))
            # "China's ban on Japanese seafood, imposed in August": a participle set off by a comma
            # after the noun's complement, which the parser hangs on the complement (dates pass 1)
            owners.update(a.i for prep in trigger.children if prep.dep_ == "prep" and prep.i > trigger.i
                          for obj in prep.children if obj.dep_ == "pobj"
                          for a in obj.children if a.dep_ == "acl" and a.tag_ == "VBN" and self.doc[a.i - 1].text == ",")
        # "voted on Wednesday to demand", "summoned X on Monday to demand": a purpose or
        # control clause happens when its governing act does
        # (dates pass 2: from the light verb of a noun, "telephoned Putin on Saturday to express
        # his support"; and a gerund complement, "paratroopers began landing on Thursday")
        climber = light if light is not None and trigger.pos_ in ("NOUN", "PROPN") else trigger
        while climber.dep_ in ("xcomp", "advcl") and climber.head.i != climber.i \
                and (any(c.dep_ == "aux" and c.lower_ == "to" for c in climber.children) or self._same_time(climber)
                     or (climber.dep_ == "xcomp" and climber.tag_ == "VBG")):
            climber = climber.head
            owners.add(climber.i)
        if climber.dep_ == "pcomp" and climber.head.lower_ in ("by", "in") and climber.head.head.pos_ in ("VERB", "AUX"):
            # "Moscow responded in May by barring ...": the means happens when the act it is the
            # means of does (pass twenty-one); "on Monday the EU joined Washington in sanctioning
            # officials": so does the act a verb's "in" gerund names (dates pass 1)
            owners.add(climber.head.head.i)
        if climber.dep_ == "acl" and climber.head.lemma_.lower() in self.cues.attempt_governors \
                and climber.head.head.pos_ in ("VERB", "AUX"):
            # "North Korea's attempt to put a satellite into orbit ended in failure on Wednesday":
            # the attempt's act is when what is said of the attempt happened
            owners.add(climber.head.head.i)
        # (each owner's dependents listed once for the passes below, not once a pass)
        kids: dict[int, list[Token]] = {}

        def children(i: int) -> list[Token]:
            found = kids.get(i)
            if found is None:
                found = kids[i] = list(self.doc[i].children)
            return found

        # owners in a participle clause act when the clause they hang on does ("ending a pause
        # at a summit" under "agreed on Thursday")
        for i in list(owners):
            tok = self.doc[i]
            while self._same_time(tok) and tok.head.i != tok.i:
                tok = tok.head
                owners.add(tok.i)
        # "Speaking in Hanoi on 20 June, Putin warned": a same-time participle clause on an
        # owner dates the owner's act
        owners.update(c.i for i in list(owners) for c in children(i) if self._same_time(c))
        # "Lukashenko, chairing a defence council on Monday, called ...": a participle aside set
        # off after the subject is when its subject acts
        owners.update(a.i for i in list(owners) for subj in children(i) if subj.dep_ == "nsubj"
                      for a in subj.children if a.dep_ == "acl" and a.tag_ == "VBG" and self.doc[a.i - 1].text == ",")
        # "The measures, announced on Thursday, included the expulsion of ten diplomats": a past
        # participle aside on a subject that is a thing, not an actor, dates what is said of it
        # ("Kim, elected in 2012, accused ..." does not; dates pass 1)
        owners.update(a.i for i in list(owners) for subj in children(i) if subj.dep_ == "nsubj"
                      and subj.pos_ == "NOUN" and subj.i not in self.by_token
                      for a in subj.children if a.dep_ == "acl" and a.tag_ == "VBN" and self.doc[a.i - 1].text == ",")
        # "a commentary carried by KCNA on Tuesday accused ...": a text speaks when it was carried (pass 22)
        owners.update(a.i for i in list(owners) for subj in children(i) if subj.dep_ == "nsubj"
                      and subj.lemma_.lower() in self.cues.carried_texts
                      for a in subj.children if a.dep_ == "acl" and a.lemma_.lower() in self.cues.carrying_participles)
        # "North Korea's foreign ministry, in a statement carried by KCNA on Tuesday, said ...": the
        # saying is made when the text it is made in was carried (dates pass 3)
        owners.update(a.i for i in list(owners) for prep in children(i) if prep.dep_ == "prep" and prep.lower_ == "in"
                      for text in prep.children if text.dep_ == "pobj" and text.lemma_.lower() in self.cues.carried_texts
                      for a in text.children if a.dep_ == "acl" and a.lemma_.lower() in self.cues.carrying_participles)
        # "Zelenskyy's visit to the White House on Friday ended in a shouting match": an encounter
        # coming to an end (`closing_verbs`) ends on the day its subject names (dates pass 4)
        owners.update(subj.i for i in list(owners) if self.doc[i].lemma_.lower() in self.cues.closing_verbs
                      for subj in children(i) if subj.dep_ == "nsubj" and self._encounter(subj))
        # "their first meeting since 2019" is not a meeting in 2019
        first = any(c.lower_ in ("first", "last", "only") for c in trigger.children)
        # "Xi, who stopped in Kazakhstan on Wednesday, told Tokayev ...": a simple-past relative
        # clause set off after the subject, dated to a day, is the occasion its subject acts at
        # in the simple past ("Kim, who took power in 2011, accused ..." is not: a year is no
        # occasion; and only when the act names no time of its own: "Xi, who held talks with Putin
        # on Tuesday, met Modi on Wednesday"; dates pass 3)
        occasions = set(r.i for i in list(owners) if self.doc[i].tag_ == "VBD"
                      for subj in children(i) if subj.dep_ == "nsubj"
                      for r in subj.children if r.dep_ == "relcl" and r.tag_ == "VBD" and not _pluperfect(r)
                      and self.doc[r.left_edge.i - 1].text == ","
                      and any(r.left_edge.i <= j <= r.right_edge.i and m.precision == "day" for j, m in self.date_tokens.items()))
        encounter = self._encounter_before(trigger)
        if encounter is not None:
            # "agreed on Tuesday ..., after their first talks since 2022": a meeting the act
            # follows in its own clause is dated by it (status and dates pass, session 13)
            owners.add(encounter.i)
        best = self._nearest_owned(trigger, owners, first)
        if best is None:
            best = self._asked_date(light if light is not None else trigger)
        if best is None and occasions:
            best = self._nearest_owned(trigger, owners | occasions, first)
        if best is None:
            best = self._encounter_day(owners)
        if best is not None:
            best = self._scene_shift(trigger, best)
        if best is None:
            best = self._when_date(light if light is not None else trigger)
        if best is None:
            best = self._offset_date(trigger)
        if best is None:
            best = self._reported_date(light if light is not None else trigger)
        if best is None:
            best = self._conjunct_date(light if light is not None else trigger)
        if best is None and not getattr(self, "_framing", False):
            self._framing = True
            try:
                best = self._framed_date(light if light is not None else trigger, climber)
            finally:
                self._framing = False
        if best is None and climber.dep_ == "advcl" and climber.head.i != climber.i and any(
                c.dep_ == "mark" and c.lower_ in ("after", "before") for c in climber.children):
            # "Last month, Japan summoned China's ambassador after a Chinese plane violated its
            # airspace": an act just before or after one dated only to a month or year falls in it
            around = self._date_for(climber.head, None)
            if around is not None and around.precision in ("month", "year"):
                best = around
        if best is None:
            # "The blast tore through a facility on Tuesday afternoon as Russia fired 90 missiles":
            # a finite clause of *as* or *while* (not past perfect) happens when the act it hangs
            # on does (pass 34)
            clause = self._clause_verb(light if light is not None else trigger)
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.dep_ in ("dobj", "obj"):
                clause = self._clause_verb(clause.head)  # ("as the Assembly adopted a resolution calling on ...")
            if clause.dep_ == "advcl" and clause.head.i != clause.i and clause.tag_ in ("VBD", "VBZ", "VBP") \
                    and not _pluperfect(clause) and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                best = self._date_for(clause.head, None)
        if best is None:
            # "The North claimed last week that it had successfully tested a missile": a past
            # perfect reported by a saying dated only to a week, month or year falls in it
            reported = self._clause_verb(light if light is not None else trigger)
            if reported.dep_ == "ccomp" and _pluperfect(reported) and reported.head.lemma_.lower() in self.cues.reporting:
                around = self._date_for(reported.head, None)
                if around is not None:
                    best = around
        scene = self._scene_of(trigger)
        if best is None and scene is not None and self._scene_continued(light if light is not None else trigger):
            best = scene
        if best is None and self._scene_goes_on(light if light is not None else trigger):
            best = getattr(self, "_root_scenes", {}).get(self._sentence_of(trigger).start, getattr(self, "_root_scene", None))
        if best is not None and best.precision == "day" and self._in_main_clause(trigger) \
                and not _pluperfect(self._clause_verb(trigger)):
            self._scene_date = best
        return best

    @staticmethod
    def _venue_verb(noun: Token) -> Token | None:
        """The verb a noun is the venue or occasion of through a chain of prepositional phrases, at
        least one of them "at", "in" or "during" ("signed decrees ... at the end of an address",
        "agreed to the extension in their first call"), else None (dates pass 4, session 13)."""
        tok, venue = noun, False
        for _ in range(4):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return None
            prep = tok.head
            venue = venue or prep.lower_ in ("at", "in", "during")
            if prep.head.pos_ in ("VERB", "AUX"):
                return prep.head if venue else None
            if prep.head.pos_ not in ("NOUN", "PROPN"):
                return None
            tok = prep.head
        return None

    def _asked_date(self, trigger: Token) -> DateMention | None:
        """Dates pass 4 (session 13): "NATO leaders invited Finland and Sweden to join the alliance on
        Wednesday": a verb of asking (`asking_verbs`) in the simple past names an act still to come,
        so a past day the parser hangs inside its to-infinitive is the asking's ("invited Finland to
        join the alliance next month" leaves the joining its own time)."""
        verb = self._clause_verb(trigger)
        if verb.tag_ != "VBD" or verb.lemma_.lower() not in self.cues.asking_verbs or self.published is None:
            return None
        for inf in verb.children:
            if inf.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
                found = self._nearest_owned(inf, {inf.i}, False)
                if found is not None and found.precision == "day" and found.value <= self.published.isoformat():
                    return found
        return None

    def _encounter_before(self, trigger: Token) -> Token | None:
        """The verb an encounter noun (a meeting, talks, a call: `encounter_types`) is the object of
        "after" or "following" in ("approved the aid on Wednesday after a telephone call with
        Zelenskiy"), else None: an act just after a meeting falls on its day."""
        if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or not self._encounter(trigger):
            return None
        prep = trigger.head
        if prep.lower_ not in self.cues.sequence_preps or prep.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "npadvmod" for c in prep.children):
            return None  # ("days after talks on Friday" counts from them: `_offset_date`)
        return prep.head

    def _encounter_day(self, owners: set[int]) -> DateMention | None:
        """Status and dates pass (session 13): "After a meeting of the council on 20 June, the
        adviser condemned the treaty", "said after talks with Kim in Pyongyang on Tuesday": an
        undated act just after an encounter (`_encounter_before`) dated to a day falls on that day
        (not "days after talks on Friday", nor a month: later in it is not the same time)."""
        for i in sorted(owners):
            for prep in self.doc[i].children:
                if prep.dep_ != "prep" or prep.lower_ not in self.cues.sequence_preps \
                        or any(c.dep_ == "npadvmod" for c in prep.children) \
                        or any(c.dep_ == "npadvmod" and c.right_edge.i + 1 == prep.i for c in self.doc[i].children):
                    continue
                for noun in prep.children:
                    if noun.dep_ == "pobj" and self._encounter(noun):
                        found = next((m for j, m in sorted(self.date_tokens.items())
                                      if noun.left_edge.i <= j <= noun.right_edge.i and m.precision == "day"), None)
                        if found is not None:
                            return found
        return None

    def _encounter(self, noun: Token) -> bool:
        cue = self.cues.nouns.get(noun.lemma_.lower())
        return cue is not None and cue.type in self.cues.encounter_types

    def _scene_shift(self, trigger: Token, mention: DateMention) -> DateMention:
        """Dates pass 3: "The day before, Wang Yi had met Kuleba", "A day earlier, Trump held talks
        with Lee": a count of days opening a sentence counts from the scene the story last set by
        a main verb's date (`_root_day`), not from whatever day the text last named ("plans
        announced a day earlier", "the controls it announced on Oct. 9"); with no such scene, or a
        count inside the sentence ("said two days later"), the text's reading stands."""
        days = shift_days(self.doc.text[mention.start:mention.end])
        if days is None:
            return mention
        sent = self._sentence_of(trigger)
        if self.doc.text[sent.start_char:mention.start].strip().lower() not in ("", "but", "and"):
            return mention
        scene = getattr(self, "_root_scenes", {}).get(sent.start)
        if scene is None or scene.precision != "day":
            return mention
        moved = shifted(scene, days)
        return DateMention(mention.start, mention.end, moved.value, "day", True)

    def _nearest_owned(self, trigger: Token, owners: set[int], first: bool) -> DateMention | None:
        """The date expression of the trigger's sentence nearest the trigger whose own head (up to
        the first verb or event cue above it) is one of `owners`."""
        best: DateMention | None = None
        best_distance = 0
        sent = self._sentence_of(trigger)  # (once, not twice per date of the document: a Token's sentence is sought anew each time)
        lo, hi = sent.start, sent.end
        for i, mention in self.date_tokens.items():
            if not (lo <= i < hi):
                continue
            if first and (self.doc.text[mention.start:mention.start + 5].lower() == "since"
                          or self.doc.text[max(0, mention.start - 6):mention.start].lower().strip() == "since"):
                continue  # "since April 2019": the month pattern leaves the "since" outside
            owner = self.doc[i]
            while owner.head.i != owner.i:
                owner = owner.head
                if owner.i in owners or owner.pos_ in ("VERB", "AUX") or self._cue(owner) is not None:
                    break
            if owner.i in owners:
                if best is None or abs(i - trigger.i) < best_distance:
                    best, best_distance = mention, abs(i - trigger.i)
        return best

    def _pair_date(self, verb: Token, *roots: Token, kind: str | None = None, status: str | None = None) -> DateMention | None:
        """The date of the act the learned tier reads between two mentions (their roots, source
        first): that of the verb governing both, or when it names none, that of the clause holding
        either mention below it ("Japanese lawmakers attended the inauguration, and on the same day
        China's ambassador warned that the Japanese people would ..." → the warning's day, not the
        undated first conjunct's; dates pass 1). As for the rules' events (emit.py), an act a
        statement makes (`spoken_types`) or a planned one is, failing those, dated by the saying
        that reports it ("Kim said in January that the United States remained the North's biggest
        enemy" → ACCUSE 2021-01)."""
        found = self._date_for(verb, None)
        if found is not None:
            return found
        for root in roots:
            own = self._clause_verb(root)
            if own.i != verb.i and own.pos_ in ("VERB", "AUX"):
                found = self._date_for(own, None)
                if found is not None:
                    return found
        if kind is not None:
            # "both voted for the sanctions of 2017", "the two leaders declared a partnership in
            # February": the learned act's own noun (an object of the verb, direct or through a
            # preposition, whose cue is of the type read) dated in its own phrase dates the act; not
            # another act's noun ("condemned the invasion of 2022" is no ASSAULT read; dates pass 4)
            for obj in (o for c in verb.children for o in ([c] if c.dep_ in ("dobj", "obj") else
                        [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [])):
                cue = self.cues.nouns.get(obj.lemma_.lower())
                if cue is not None and cue.type == kind:
                    found = self._nearest_owned(obj, {obj.i}, any(c.lower_ in ("first", "last", "only") for c in obj.children))
                    if found is not None:
                        return found
        if kind in self.cues.spoken_types or status == "planned":
            for clause in (verb, *(self._clause_verb(root) for root in roots)):
                found = self._saying_date(clause)
                if found is not None:
                    return found
        return None

    def _scene_of(self, trigger: Token) -> DateMention | None:
        """The scene the trigger's sentence opened with: recorded per sentence, so the learned tier,
        which dates its additions once the rules have read the whole text, reads the scene of the
        sentence it dates and not the last one's (dates pass 1)."""
        scenes = getattr(self, "_scenes", None)
        if scenes and self._sentence_of(trigger).start in scenes:
            return scenes[self._sentence_of(trigger).start]
        return self._scene_before

    def _framed_date(self, trigger: Token, climber: Token) -> DateMention | None:
        """Dates pass 1: a clause dated by the frame it is set in.
        - "a statement on Friday in which she called the plan admirable": a relative clause of
          "in/at/during which" happens at its antecedent's time;
        - "The EU did on Thursday what Kyiv had feared: its leaders agreed to open talks": a clause
          after a colon elaborates the dated clause before it (the parser makes that one its ccomp);
        - "which it banned when the plant began releasing water in August 2023": an act with a
          "when" clause of its own happens at that clause's time."""
        verb = self._clause_verb(trigger)
        framed = verb
        while framed.dep_ == "conj" and framed.head.i != framed.i and framed.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in framed.children):
            framed = framed.head  # ("in which he called Ukraine a creation ... and accused Kyiv": dates pass 4)
        if framed.dep_ in ("relcl", "advcl") and framed.head.i != framed.i and any(
                c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and any(o.lower_ == "which" for o in c.children)
                for c in framed.children):
            # (dates pass 4, session 13: the parser may hang "at which" on the verb whose object the
            # antecedent is, "hosted a meeting later Friday, at which the group announced": an
            # adverbial clause, happening when that verb does)
            found = self._date_for(framed.head, None)
            if found is None and framed.dep_ == "relcl":
                # "signed decrees late on Monday ..., at the end of an address in which he accused":
                # an antecedent undated in its own phrase is the occasion of the act it is the venue of
                acted = self._venue_verb(framed.head)
                if acted is None and framed.head.dep_ in ("dobj", "obj") and self._encounter(framed.head):
                    # "hosted a virtual meeting later Monday, at which ...": a meeting is when it is
                    # held, hosted or attended (a verb of meeting or a light verb), not when it is
                    # criticised ("criticised on Monday the summit in which ...")
                    cue = self._cue(framed.head.head)
                    if cue is not None and (cue.light or cue.type in self.cues.encounter_types):
                        acted = framed.head.head
                if acted is not None:
                    found = self._date_for(acted, None)
            if found is not None:
                return found
        clause = climber if climber.pos_ in ("VERB", "AUX") else verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        for before in (c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i):
            if any(t.text == ":" and t.head.i == clause.i for t in self.doc[before.right_edge.i + 1:clause.i]):
                found = self._date_for(before, None)
                if found is not None:
                    return found
        for when in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                     and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)):
            # (the date inside the "when" clause itself, nearest first: asking _date_for would
            # come back here through _when_date)
            inside = [(abs(i - when.i), m) for i, m in self.date_tokens.items() if when.left_edge.i <= i <= when.right_edge.i]
            if inside:
                return min(inside, key=lambda d: d[0])[1]
        return None

    def _offset_date(self, trigger: Token) -> DateMention | None:
        """"said on Friday ..., a day after he held his first summit" -> the summit on Thursday;
        "fired a missile on Monday, two days before the summit" -> the summit on Wednesday: an act
        a count of days after/before a dated one."""
        verb = self._clause_verb(trigger)
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before"):
            relation, direction, anchor = trigger.head, trigger.head.lower_, trigger.head.head
        elif verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
            mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if mark is None:
                return None
            # "came three days after Kim warned ..., and a week after Pyongyang cut ...": a
            # coordinated clause with its own after/before counts from the same anchor (dates pass 3)
            clause = verb
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ != "advcl" or clause.head.i == clause.i:
                return None
            relation, direction, anchor = verb, mark.lower_, clause.head
        else:
            return None
        span = next((c for c in relation.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
        if span is None and relation.pos_ in ("VERB", "AUX"):
            # "The vote came a day after Putin received Wang": the parser hangs the count on the
            # governing verb, just before the subordinator (dates pass 3)
            span = next((c for c in anchor.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")
                         and c.i < relation.i and c.right_edge.i + 1 == mark.i), None)
        if span is None:
            return None
        count = next((count_of(c.lower_) for c in span.children if c.dep_ in ("det", "nummod")), None)
        if count is None:
            return None
        if span.lemma_.lower() == "week":
            count *= 7  # ("a week after Pyongyang cut every hotline")
        # the anchor's time is that of its clause, or of the saying that reports it
        while True:
            found = self._date_for(anchor, None)
            if found is not None or anchor.dep_ != "ccomp" or anchor.head.i == anchor.i:
                break
            anchor = anchor.head
        if found is None and anchor.lemma_.lower() in self.cues.sequel_verbs:
            # "The session of the council on Wednesday came two days after ...": the subject of
            # *came* or *followed* dated to a day in its own phrase is the anchor (dates pass 1)
            subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                found = next((m for i, m in sorted(self.date_tokens.items())
                              if subject.left_edge.i <= i <= subject.right_edge.i and m.precision == "day"), None)
        if found is None:
            found = self._lede_day(anchor)
        if found is None:
            return None
        return shifted(found, -count if direction == "after" else count)

    def _lede_day(self, anchor: Token) -> DateMention | None:
        """"The strike came two days after Ukraine fired ...": an undated "came" or "followed" whose
        subject is a definite event noun names the story's act again, dated as the lede dates it
        (the first sentence's day; `sequel_verbs`, pass 34)."""
        if anchor.lemma_.lower() not in self.cues.sequel_verbs:
            return None
        subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in subject.children):
            return None
        lede = next((s for s in self.doc.sents if sum(t.is_alpha for t in s) > 3), None)
        if lede is None or lede.start >= self._sentence_of(anchor).start:
            return None
        return next((m for i, m in sorted(self.date_tokens.items())
                     if lede.start <= i < lede.end and m.precision == "day"), None)

    def _reported_date(self, trigger: Token) -> DateMention | None:
        """"said on Thursday that Washington was stoking tension": what a dated saying reports as
        going on (present or progressive, no modal) is dated by the saying."""
        verb = self._clause_verb(trigger)
        while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "has begun supplying": the tense is the governing verb's (pass 30)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues.reporting:
            return None
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if self._announced_now(verb, auxes):
            return self._date_for(verb.head, None)
        if any(a.tag_ == "MD" or a.lower_ in ("had", "has", "have") for a in auxes):
            return None
        if not (verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and auxes)):
            return None
        return self._date_for(verb.head, None)

    @staticmethod
    def _announced_now(verb: Token, auxes: list[Token]) -> bool:
        """"will send troops, the minister said on Tuesday", "has begun supplying missiles, he told
        parliament on Thursday": a plan announced (will/would) or an act just completed (has/have)
        is dated by the saying that makes it known (pass 30); "had" and other modals are not."""
        if any(a.lower_ == "had" for a in auxes):
            return False
        if any(a.tag_ == "MD" for a in auxes):
            return all(a.lower_ in ("will", "would", "'ll") for a in auxes if a.tag_ == "MD")
        return any(a.lower_ in ("has", "have") for a in auxes)

    def _saying_date(self, trigger: Token) -> DateMention | None:
        """The date of the saying that reports the trigger's clause ("said on Tuesday that NATO was
        ready to defend ..."), climbing controlled, coordinated and participle clauses inside the
        report and undated sayings nested in it ("lodged a protest on Sunday, saying ... and warning
        that Beijing reserved the right to respond"); for acts a statement makes and plans it
        announces (see emit.py; pass 34)."""
        sayings = self.cues.reporting | self.cues.demanding_verbs | self.cues.speaking_verbs
        verb = self._clause_verb(trigger)
        for _ in range(8):
            if verb.head.i == verb.i:
                return None
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in sayings:
                found = self._date_for(verb.head, None)
                if found is not None:
                    return found
            elif verb.dep_ not in ("xcomp", "acomp", "conj", "ccomp", "acl") and not self._same_time(verb):
                return None
            verb = self._clause_verb(verb.head)  # ("reserved the right to respond": the right's verb)
        return None

    def _conjunct_date(self, trigger: Token) -> DateMention | None:
        """"met Yoon on Wednesday and asked Seoul for arms": a verb coordinated with a dated one,
        naming no time of its own, happened then too."""
        verb = self._clause_verb(trigger)
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i:
            return None
        head = verb.head
        if verb.tag_ == "VBD" and head.tag_ == "VB" and head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            # "invited Finland to join the alliance on Wednesday and named Russia ...": a finite verb
            # the parser coordinates with a bare infinitive goes with the verb governing it (dates pass 4)
            head = head.head
        # only a shared subject and tense ("has since fired", "and from that autumn Washington
        # accused" are other times)
        # ("Putin, chairing a security meeting on Monday, called the assault ...": the parser may
        # make the aside's participle the root and the finite verb after it its conjunct)
        aside = head.tag_ == "VBG" and verb.tag_ == "VBD" and self.doc[verb.i - 1].text == "," \
            and any(c.dep_ == "nsubj" for c in head.children)
        # ("held talks on Monday, trading warnings but agreeing that ...": a bare present participle
        # coordinated with a finite verb, or with a participle clause of one, is a participle
        # clause of it; dates pass 1)
        participle = verb.tag_ == "VBG" and (head.tag_ in ("VBD", "VBZ", "VBP") or self._same_time(head))
        # ("held talks on Friday, and the three leaders condemned ...": a subject of its own that
        # refers back to the actors just named, in the same simple past, goes on with their act;
        # dates pass 3)
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ("said on Wednesday that ..., but he warned that ...": *he* or *she* after a single actor
        # named as the first conjunct's subject is that actor again; dates pass 4, session 13)
        single = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        single = len(single) == 1 and single[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in single[0].children)
        back = bool(own) and verb.tag_ == head.tag_ == "VBD" and all(
            self._refers_back(c) or self._swallowed_back(c, head) or (single and c.lower_ in ("he", "she")) for c in own)
        if (verb.tag_ != head.tag_ and not aside and not participle) \
                or (own and not back) or any(c.dep_ == "aux" for c in verb.children):
            return None
        return self._date_for(head, None)

    def _swallowed_back(self, subject: Token, head: Token) -> bool:
        """Dates pass 4 (session 13): "Yoon met Biden and Ishiba, and the three leaders condemned ...":
        the parser may take the first verb's objects into the second's subject; a subject beginning
        after that verb whose last conjunct refers back is the group just reported."""
        conjuncts = [c for c in subject.conjuncts if c.i > subject.i]
        return subject.left_edge.i > head.i and bool(conjuncts) and self._refers_back(max(conjuncts, key=lambda c: c.i))

    @staticmethod
    def _refers_back(subject: Token) -> bool:
        """A subject naming again the actors just reported: "they", "both", "the two leaders", "the
        leaders" (a definite plural group noun), not a new actor ("Chile", "the Peruvian navy")."""
        if subject.lower_ in ("they", "both"):
            return True
        if subject.lemma_.lower() not in GROUP_NOUNS:
            return False
        return any(c.lower_ in COUNT_WORDS for c in subject.children) or (
            subject.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in subject.children))

    @staticmethod
    def _clause_verb(tok: Token) -> Token:
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _in_main_clause(self, trigger: Token) -> bool:
        verb = self._clause_verb(trigger)
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    def _scene_continued(self, trigger: Token) -> bool:
        """"On Tuesday, Kim met Putin. The two leaders signed a treaty": a main clause whose subject
        refers back to the group just reported ("they", "both", "the two leaders") continues that
        scene, and its day, unless it names a time of its own."""
        if not self._in_main_clause(trigger):
            return False
        verb = self._clause_verb(trigger)
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ("they", "both"):
                return True
            if subject.lower_ in ("he", "she") and verb.tag_ == "VBD":
                # "She accused the United States of ..." after "A spokeswoman said on Tuesday ...":
                # the person just reported goes on, in the same tense (pass 34)
                return True
            if subject.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in subject.children):
                return True
        return False

    def _scene_goes_on(self, trigger: Token) -> bool:
        """Dates pass 2: "Russia and China declared on Friday that ... Putin told Xi at the start of
        the meeting that ...": a main clause in the simple past with a subject of its own, in a
        sentence that names no time at all, goes on with the scene the story last set by a main
        verb's own date (`_root_day`); any other subject may, not only "he" or "the two leaders"
        (`_scene_continued`). A sentence naming a date, a present-tense sentence ("Analysts say")
        or a subordinate clause takes nothing from it, and a scene set only by a noun's date ("a
        reaction to the declaration unveiled on Wednesday") is none."""
        if not self._in_main_clause(trigger):
            return False
        sent = self._sentence_of(trigger)
        if any(sent.start <= i < sent.end for i in self.date_tokens):
            return False
        verb = self._clause_verb(trigger)
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
            verb = verb.head
        # ("The strike came two days after ...": a came/followed names the lede's act again and
        # counts from the lede's day, `_lede_day`)
        return verb.tag_ == "VBD" and verb.lemma_.lower() not in self.cues.sequel_verbs \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    def _root_day(self, sent) -> DateMention | None:
        """The day a sentence's main verb is dated, by its own clause or by the scene it goes on
        with (not by a noun's date below it); a past-perfect sentence is background and keeps the
        scene before it (dates pass 2)."""
        if _pluperfect(sent.root):
            return getattr(self, "_root_scenes", {}).get(sent.start)
        kept = self._scene_date
        try:
            found = self._date_for(sent.root, None)
        finally:
            self._scene_date = kept
        return found if found is not None and found.precision == "day" else None

    @staticmethod
    def _same_time(clause: Token) -> bool:
        """A participle clause with no subordinator of its own, or with while/as/when, happens
        when its governing act does ("inspected bombers on Saturday, accompanied by Shoigu")."""
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBN", "VBG"):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return False
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        return all(m in ("while", "as", "when") for m in marks)

    def _when_date(self, trigger: Token) -> DateMention | None:
        """A "when" clause happens at the time it hangs on: "since April 2019, when they held a
        summit" (a relative clause on the date) or "in May 2022, when the two blocked sanctions"
        (an adverbial clause of a dated act)."""
        verb = trigger
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            return None
        head = verb.head
        if verb.dep_ == "relcl":
            start, end = int(self._idx[head.i]), int(self._idx[head.i] + self._len[head.i])
            return next((m for m in self.dates if m.start <= start and end <= m.end), None)
        if verb.dep_ == "advcl" and head.i != verb.i:
            return self._date_for(head, None)
        return None

    def _location(self, tok: Token) -> str | None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (obj.ent_type_ in LOCATION_LABELS or obj.i in self.by_token):
                        span = self.doc[obj.left_edge.i: obj.right_edge.i + 1]
                        text = span.text
                        return text[4:] if text.lower().startswith("the ") else text
        return None
