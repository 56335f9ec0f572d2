"""Stage: the other side of an act when its parse names no one. Whom a threat is aimed at, the
verdict a judging verb gives ("called X a violation"), the other side of a war under way, the
place a "where" or "there" clause acts on, the host of talks, the recipient of a transfer, and
what a verb's objects really are when the parser misreads them.

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues`, `self.actors`,
`self.mentions`, `self.published`, `self.by_token`, `self.context`, `self._sentence_mentions`,
`self._parts`, `self._recent_type` and `self._claimed_preps` (which it also sets, for roles.py),
and uses phrases.py (`_np`),
roles.py (`_prep_objects`), triggers.py (`_cue`), reactions.py (`_reacted_to`) and when.py
(`_clause_verb`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors import Mention
from ..cues import EventCue
from .context import REACTIONS, ROLE_KINDS, _unique


# verbs that make someone act ("prompting Seoul to scramble jets"; pass 41)
_CAUSING = frozenset({"prompt", "spur", "force", "lead", "cause", "compel", "provoke", "trigger"})

class _Targets:
    """The other side of an act when its parse names no one (a mixin of _DocumentAnalysis)."""

    def _promised(self, verb: Token) -> bool:
        """Whether an act is promised: under will/would, or the complement of vow/pledge/threaten."""
        if any(c.dep_ == "aux" and c.lower_ in self.cues.future_modals for c in verb.children):
            return True
        if self._reserved_right(verb):
            return True  # "reserved the right to retaliate": as promised as "would retaliate" (pass eighteen)
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.cues.promising_verbs

    def _reserved_right(self, verb: Token) -> bool:
        """"Russia reserved the right to retaliate": an act one keeps the right to (pass eighteen)."""
        return verb.dep_ in ("acl", "xcomp") and verb.head.lemma_.lower() == "right" and verb.head.dep_ in ("dobj", "obj") \
            and verb.head.head.lemma_.lower() in self.cues.rights_verbs

    def _threat_content(self, verb: Token, cue: EventCue, sources: list[Mention] = ()) -> bool:
        """Whether a warning says what will befall someone: a promised reaction ("would
        respond") or a threat word in what it warns of ("serious consequences", "countermeasures"),
        or what the warner's own state promises to do ("warned that Pyongyang would show through
        action how it regarded Tokyo's moves")."""
        if cue.only_modal and not cue.only_objects:
            return True  # ("would take measures" threatens only someone named or in view)
        own = {m.actor.country for m in sources if m.actor.country}
        for clause in verb.children:
            if clause.dep_ == "ccomp" and own and self._promised(clause) and any(
                    m.actor.country in own for c in clause.children if c.dep_ == "nsubj" for m in self._np(c, True).mentions):
                return True
        for tok in verb.subtree:
            if tok.lemma_.lower() in self.cues.threat_contents and not (
                    tok.head.dep_ == "prep" and tok.head.head.i == verb.i and tok.head.lower_ == "in"):
                # (not the warning's own adverbial: "Putin warned in response that ...")
                return True
            if tok.lemma_.lower() == "war" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.cues.war_counts:
                return True  # "would be treated as a declaration of war"
            other = self.cues.verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            if other is not None and other.only_modal and tok.i != verb.i and self._promised(tok) \
                    and tok.head.lemma_.lower() != "right":  # (a reserved reprisal is a threat of its own)
                return True
        return False

    def _past_the_helped(self, scope: Token, targets: list[Mention]) -> list[Mention]:
        """A threat at whoever helps another, the helped named as well, aims at the helper only
        (threaten pass, session 13): "warned of consequences if China gave material support to
        Russia's war" -> China, not Russia; "any Chinese firm that provided material support for
        Russia's war in Ukraine would face consequences" -> China, not Russia nor Ukraine; "said China
        was considering providing lethal support to Russia's war effort, and warned of serious
        consequences" -> China. What the help's own phrase (anywhere in the sentence, `scope` its
        root) names past its giver is dropped; a state that is itself a giver stays."""
        aimed = {m.actor.country for m in targets}
        dropped: set[int] = set()
        givers: set[str | None] = set()
        for t in scope.subtree:
            parts = self._parts.get(t.i)
            if parts is None or parts[2] != "AID" or not {m.actor.country for m in parts[0]} & aimed:
                continue
            givers |= {m.actor.country for m in parts[0]}
            act = t.head if t.pos_ != "VERB" and t.dep_ in ("dobj", "obj") else t
            subjects = {s.i for c in act.children if c.dep_ in ("nsubj", "nsubjpass") for s in c.subtree}
            dropped |= {x.i for x in act.subtree} - subjects
        if not dropped:
            return targets
        kept = [m for m in targets if m.start not in dropped or m.actor.country in givers]
        return kept or targets

    def _threatened(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Whom a threat without a named target is aimed at: an actor inside its clause ("respond
        in a way South Korea would not like"), the target of the reaction it is coordinated with
        ("denounced the drills and warned..."), else the doers of an event named earlier in the
        sentence ("the deployment posed a threat and Seoul would respond")."""
        own = {m.actor.country for m in sources}
        # "warned that any arms deliveries to Kyiv would wreck its relations with Seoul": a threat
        # to one's ties with a state is aimed at that state
        ties = _unique(m for t in verb.subtree if t.lemma_.lower() in self.cues.tie_nouns and t.i != verb.i
                       for m in self._prep_objects(t, ("with",)) if m.actor.country not in own)
        if ties:
            return ties
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        # "as Moscow promised a response and Washington distanced itself": a clause coordinated with
        # its own subject is another act, whose actors the threat is not aimed at
        subjects |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
        # "act against Chinese entities that it says supply Russia's defence industry": a relative
        # clause describes a target already named and names no other (but "respond in a way South
        # Korea would not like" names its target there)
        for relative in (t for t in verb.subtree if t.dep_ == "relcl" and t.i != verb.i):
            own_part = {t.i for t in relative.head.subtree} - {t.i for t in relative.subtree}
            if any(i in self.by_token and self.by_token[i].actor.kind in ROLE_KINDS for i in own_part):
                subjects |= {t.i for t in relative.subtree}
        inside = _unique(self.by_token[t.i] for t in verb.subtree
                         if t.i in self.by_token and t.i not in subjects and self.by_token[t.i].actor.kind in ROLE_KINDS
                         and self.by_token[t.i].form != "place" and self.by_token[t.i].actor.country not in own)
        if inside:
            return inside
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Tokyo would examine the impact of the Chinese measures and would respond
            # appropriately": a response sharing its subject with the clause before answers whom
            # that clause's object names (pass seventeen)
            named = _unique(self.by_token[t.i] for o in verb.head.children if o.dep_ in ("dobj", "obj") for t in o.subtree
                            if t.i in self.by_token and self.by_token[t.i].actor.kind in ROLE_KINDS
                            and self.by_token[t.i].form != "place" and self.by_token[t.i].actor.country not in own)
            if named:
                return named
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            head_cue = self._cue(verb.head)
            if head_cue is not None and head_cue.type in REACTIONS:
                found = self._reacted_to(verb.head, sources)
                if found:
                    return found
        if self._reserved_right(verb):
            # "lodged a protest with the United States ..., warning that Beijing reserved the right
            # to respond", "dismissed the sanctions ..., adding that Moscow reserved the right to
            # take countermeasures": a reserved reprisal answers the reaction it is said with
            # (pass eighteen)
            for above in verb.head.head.ancestors:
                above_cue = self._cue(above)
                if above_cue is None:
                    continue
                named = [m for o in above.children if o.dep_ in ("dobj", "obj")
                         for m in [*self._np(o).mentions, *self._prep_objects(o, ("with", "to", "against", "on"))]]
                named += self._prep_objects(above, ("with", "to", "against", "on"))
                named = [m for m in _unique(named) if m.actor.country not in own] \
                    or (self._reacted_to(above, sources) if above_cue.type in REACTIONS else [])
                if named:
                    return named
            return []  # (no reaction it is said with names anyone: no guess)
        for i in range(verb.i - 1, self._sentence_of(verb).start - 1, -1):
            parts = self._parts.get(i)
            if parts is not None:
                doers = [m for m in parts[0] if m.actor.country not in own]
                if doers:
                    return doers
        last = self.context.last_subject_state
        if self._cue(verb) is not None and self._cue(verb).only_modal and last is not None and last.actor.country not in own:
            # "vowed that Seoul would hit back against any provocation": a promised retaliation
            # with no one named answers the other side, the state the text last had act
            return [last]
        # "Japan banned exports to Russia ... Moscow would respond": the latest act aimed at the
        # threatening state (roles.py, roles pass 1)
        answered = self._answered_act(verb, sources)
        if answered:
            return answered
        # "Putin warned that any further attacks would be met with a severe response": a side of
        # an ongoing war threatens the other side (pass fifteen)
        return self._war_counterpart(verb, sources)

    def _host_capital(self, trigger: Token, own: str | None) -> list[Mention]:
        """The state whose capital talks are held "in" (on the trigger or the verb that holds it)."""
        for head in (trigger, trigger.head):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        m = self.by_token.get(obj.i)
                        if m is not None and m.form == "metonym" and m.actor.kind == "country" \
                                and m.actor.country != own and obj.dep_ == "pobj":
                            return [m]
        return []

    @staticmethod
    def _misparsed_object(verb: Token) -> list[Token]:
        """"blacklisted North Korean officials and Russian firms linked to the supply chain": the
        parser reads the participle as a clause ("firms linked ...") whose subject is really the
        act's object. Only for acts, not verbs of saying, whose clauses are real."""
        for clause in verb.children:
            # (also a coordinated clause: "Yoon met U.S. President Joe Biden and Japanese Prime
            # Minister Shigeru Ishiba, and the three leaders condemned ..." parsed with the met as
            # the second verb's subjects)
            if clause.dep_ not in ("ccomp", "conj") or clause.tag_ not in ("VBN", "VBD") or clause.i < verb.i:
                continue
            if any(c.dep_ in ("mark", "aux", "auxpass", "neg") for c in clause.children):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
            if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
                return subjects
        return []

    @staticmethod
    def _double_object(verb: Token) -> tuple[Token, Token] | None:
        """(the one judged, the verdict) when a verb has two noun objects: "branded China an enabler"."""
        objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
        return (objects[0], objects[-1]) if len(objects) >= 2 else None

    def _verdict(self, verb: Token, cue: EventCue) -> str | None:
        """The event type a judging predicate gives: "called X a violation", "described X as a provocation"."""
        if not cue.verdicts:
            return None
        # "branded China a decisive enabler": the parser may read the one judged and the verdict
        # as two objects (dative + dobj, or dobj + dobj); the verdict is the second
        pair = self._double_object(verb)
        for child in verb.children:
            # ("the launch was absolutely unacceptable": a judging adjective after a copula)
            nouns = [child] if child.dep_ in ("oprd", "attr") or (pair and child == pair[1]) \
                or (child.dep_ == "acomp" and verb.pos_ == "AUX") else []
            if child.dep_ == "prep" and child.lower_ == "as":
                nouns = [o for o in child.children if o.dep_ == "pobj"]
                # "described the rhetoric as dangerous and irresponsible": the parser may hang a
                # bare adjective on "as" as a modifier (pass twenty)
                adjectives = [o for o in child.children if o.dep_ in ("amod", "acomp") and o.pos_ == "ADJ"]
                nouns = nouns + adjectives + [c for a in adjectives for c in a.conjuncts]
            if child.dep_ in ("dobj", "obj"):
                # "called the decision deeply unfortunate and irresponsible", parsed with the
                # adjectives on the noun: an adjective after its noun is the predicate
                after = [a for a in child.children if a.dep_ == "amod" and a.i > child.i]
                # ("called Western accusations of sabotage unfounded": the parser may bury the
                # predicate adjective in the object's last phrase, as its last word; pass twenty-one)
                last = max((t for t in child.subtree if not t.is_punct), key=lambda t: t.i)
                if last.i > child.i and last.head.i != child.i and last.tag_ in ("JJ", "VBN") and last.lemma_.lower() in cue.verdicts:
                    after.append(last)
                nouns = nouns + after + [c for a in after for c in a.conjuncts]
                nouns = nouns + self._quoted_verdict(child, cue)
            for noun in nouns:
                found = cue.verdicts.get(noun.lemma_.lower())
                if found is not None:
                    return found
                if noun.lemma_.lower() in self.cues.verdict_heads and (noun.dep_ != "dobj" or (pair and noun == pair[1])):
                    # ("designated Poland an unfriendly country": the second of two objects; pass twenty)
                    # "described the raid as a planned terrorist act": its adjective judges (pass eighteen)
                    found = next((cue.verdicts[a.lemma_.lower()] for a in noun.children
                                  if a.dep_ in ("amod", "compound") and a.i < noun.i and a.lemma_.lower() in cue.verdicts), None)
                    if found is not None:
                        return found
                # "called the launch an act of aggression", "a matter of grave concern": a verdict
                # noun as the "of" object of the predicate noun judges as well (pass 23)
                found = next((cue.verdicts[o.lemma_.lower()] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                              and noun.pos_ == "NOUN" for o in p.children
                              if o.dep_ == "pobj" and o.lemma_.lower() in cue.verdicts), None)
                if found is not None:
                    return found
                if noun.lemma_.lower() in self.cues.giver_nouns and noun.dep_ != "dobj" and "ACCUSE" in cue.verdicts.values() \
                        and any(o.dep_ == "pobj" and o.lemma_.lower() in self.cues.fuelled_acts
                                for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
                    return "ACCUSE"  # "called Washington the main supplier of the war" (pass 35)
                if noun.lemma_.lower() in self.cues.act_nouns and any(
                        t.lower_ in self.cues.wrong_ways for t in noun.subtree if t.i != noun.i):
                    return "ACCUSE"  # "described it as a step in the wrong direction", "a step backward"
        return None

    def _quoted_verdict(self, judged: Token, cue: EventCue) -> list[Token]:
        """"calling Moscow's allegations "transparently false"": a quoted verdict right after the
        one judged, that the parser hangs outside the judging verb, is its predicate (pass 38)."""
        i = judged.right_edge.i + 1
        if i >= len(self.doc) or self.doc[i].text not in ('"', "“", "'"):
            return []
        out = []
        for tok in self.doc[i + 1:min(i + 6, len(self.doc))]:
            if tok.is_quote or tok.is_punct:
                break
            if tok.lemma_.lower() in cue.verdicts and tok.pos_ in ("ADJ", "NOUN") and not tok.is_ancestor(judged) \
                    and tok.i not in {t.i for t in judged.head.subtree if t.dep_ in ("oprd", "attr", "acomp")}:
                out.append(tok)
        return out

    def _war_sides(self, tok: Token) -> list[Mention]:
        """The two sides of a war under way on the publication date, once the text has named both
        before `tok` and its sentence speaks of fighting (an event of the war's kind or its nouns)."""
        named = {m.actor.country for m in self.mentions if m.start < tok.i}
        fighting = any((self._parts.get(t.i) or ((), (), ""))[2] == "ASSAULT" for t in self._sentence_of(tok)) or any(
            t.lemma_.lower() in war.nouns or t.lemma_.lower() in self.cues.war_talk
            for t in self._sentence_of(tok) for war in self.cues.ongoing_wars)
        if not fighting and any(c.lower_ in self.cues.armed_side_determiners for c in tok.children):
            # "has not supplied lethal weapons to either side": arms given to either side speak of
            # the war themselves (session 14)
            fighting = any(self.cues.armed_side_classes.intersection(self.cues.object_classes.get(t.lemma_.lower(), ()))
                           for t in self._sentence_of(tok))
        for war in self.cues.ongoing_wars:
            if (self.published is None or self.published >= war.start) and {war.source, war.target} <= named and fighting:
                return [Mention(tok.i, tok.i + 1, self.actors.actors[war.source], "implied"),
                        Mention(tok.i, tok.i + 1, self.actors.actors[war.target], "implied")]
        return []

    def _war_counterpart(self, trigger: Token, sources: list[Mention]) -> list[Mention]:
        """The other side of an ongoing war whose one side all `sources` are, once the text has
        named both sides before `trigger`."""
        own = {m.actor.country for m in sources}
        named = {m.actor.country for m in self.mentions if m.start < trigger.i}
        for war in self.cues.ongoing_wars:
            if self.published is None or self.published < war.start:
                continue
            sides = {war.source, war.target}
            if len(own) == 1 and own <= sides and sides <= named:
                other = (sides - own).pop()
                return [Mention(trigger.i, trigger.i + 1, self.actors.actors[other], "implied")]
        return []

    def _ongoing_war(self, noun: Token, sources: list[Mention], targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """"Russia's war" (no target named) or "the war in Ukraine" (no aggressor named): a war
        the knowledge file lists as under way on the publication date fills the missing side."""
        lemma = noun.lemma_.lower()
        for war in self.cues.ongoing_wars:
            if lemma not in war.nouns or (self.published is not None and self.published < war.start):
                continue
            side = Mention(noun.i, noun.i + 1, self.actors.actors[war.source], "implied")
            other = Mention(noun.i, noun.i + 1, self.actors.actors[war.target], "implied")
            if sources and not targets and any(m.actor.country == war.source for m in sources):
                return sources, [other]
            if targets and not sources and any(m.actor.country == war.target for m in targets):
                return [side], targets
            if not sources and not targets and any(c.lower_ == "the" for c in noun.children) \
                    and {war.source, war.target} <= {m.actor.country for m in self.mentions if m.start < noun.i}:
                # "on the eve of the first anniversary of the invasion", after Russia and Ukraine
                # were named: the war under way between them
                return [side], [other]
        return sources, targets

    def _recipient_before(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """"does not rule out supplying weapons to Ukraine, but has so far sent only humanitarian
        aid": a transfer with no recipient named goes where the same giver's transfer named
        earlier in the sentence goes."""
        givers = {m.actor.country for m in sources}
        for i in range(verb.i - 1, self._sentence_of(verb).start - 1, -1):
            parts = self._parts.get(i)
            if parts is not None and parts[2] == "AID" and parts[1] and {m.actor.country for m in parts[0]} == givers:
                return list(parts[1])
        # else where the same giver's latest transfer in the text went ("its help for Ukraine ...
        # Yoon said South Korea could consider supplying arms")
        parts = self._recent_type.get("AID")
        if parts is not None and parts[1] and {m.actor.country for m in parts[0]} == givers:
            return list(parts[1])
        return []

    def _backed_party(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """"The United States has been Ukraine's largest backer, committing $27 billion in aid": a
        transfer in a participle clause on a clause calling its giver someone's backer, supplier
        or donor goes to that someone (pass 30)."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.lemma_.lower() not in ("be", "become", "remain", "stay"):
            return []
        own = {m.actor.country for m in sources}
        found: list[Mention] = []
        # ("has been by far Ukraine's largest supplier": the parser may make the noun the object of "by")
        attrs = [c for c in verb.head.children if c.dep_ == "attr"] + [
            o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj" and any(f.lower_ == "far" for f in o.children)]
        for attr in attrs:
            if attr.lemma_.lower() not in self.cues.giver_nouns:
                continue
            for c in attr.children:
                if c.dep_ == "poss":
                    found.extend(self._np(c, True).mentions)
            found.extend(self._prep_objects(attr, ("to", "of", "for")))
        return [m for m in found if m.actor.country not in own]

    def _warned(self, verb: Token, sources: list[Mention]) -> list[Mention]:
        """Whom warning shots or flares warn off when no "at" names them: the object of their purpose
        clause ("fired warning shots to drive back North Korean soldiers"), else the doers of the
        latest military act aimed at the firers' state, in this sentence or the one before (an
        incursion they answer; pass twenty)."""
        own = {m.actor.country for m in sources}
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp"):
                found = [m for obj in child.children if obj.dep_ in ("dobj", "obj")
                         for m in self._np(self._antecedent(obj), True).mentions if m.actor.country not in own]
                if found:
                    return _unique(found)
        if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in _CAUSING:
            # "Russian bombers entered the zone, prompting Seoul to scramble jets": what the
            # causing clause's doers did is what the scramble answers, even before that act is
            # read (pass 41)
            found = [m for m in self._subjects(verb.head).mentions if m.actor.country and m.actor.country not in own]
            if found:
                return _unique(found)
        # (only a military act in this sentence or the one before: an older or verbal act is
        # not what the shots answer)
        sents = list(self.doc.sents)
        index = next(n for n, s in enumerate(sents) if s.start <= verb.i < s.end)
        start = sents[index - 1].start if index else self._sentence_of(verb).start
        for i in range(verb.i - 1, start - 1, -1):
            parts = self._parts.get(i)
            if parts is not None and parts[0] and parts[2] in ("MOBILIZE", "ASSAULT", "COERCE") \
                    and own & {m.actor.country for m in parts[1]}:
                found = [m for m in parts[0] if m.actor.country not in own]
                if found:
                    return _unique(found)
        return []

    def _where_place(self, trigger: Token) -> list[Mention]:
        """"the Kursk region, where Ukraine launched a cross-border incursion": an attack in a
        "where" clause is on the place the clause hangs on."""
        verb = self._clause_verb(trigger)
        if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return []
        place = verb.head
        found = self.by_token.get(place.i)
        if found is None:
            found = next((self.by_token[c.i] for c in place.children
                          if c.i in self.by_token and c.dep_ in ("compound", "amod", "poss", "nmod")), None)
        return [found] if found is not None and found.actor.country else []

    def _there_place(self, noun: Token) -> list[Mention]:
        """"toured Bucha ... and denounced the atrocities committed there": an act done "there" is
        on the last place named before it in the sentence."""
        there = next((t for t in noun.subtree if t.lower_ == "there" and t.dep_ == "advmod"), None)
        if there is None:
            return []
        places = [m for m in self._sentence_mentions if m.end <= there.i and m.form == "place" and m.actor.country]
        return places[-1:]

    def _enemy_of_side(self, verb: Token) -> list[Mention]:
        """"fighting alongside Russian forces" (no enemy named): in a war the knowledge file lists
        as under way, fighting on one side is fighting against the other."""
        sides = self._prep_objects(verb, ("alongside", "for"))
        for war in self.cues.ongoing_wars:
            if self.published is not None and self.published < war.start:
                continue
            for side, enemy in ((war.source, war.target), (war.target, war.source)):
                if any(m.actor.country == side for m in sides):
                    return [Mention(verb.i, verb.i + 1, self.actors.actors[enemy], "implied")]
        return []

    def _between_adjective(self, noun: Token) -> list[Mention]:
        """The parties an adjective names: "a 2018 inter-Korean military agreement" (the parser
        splits "inter-Korean" into three modifiers)."""
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        if not modifiers or not self.cues.between_adjectives:
            return []
        text = self.doc[min(c.i for c in modifiers):noun.i].text.lower().replace(" - ", "-")
        for adjective, names in self.cues.between_adjectives.items():
            if adjective in text:
                actors = [self.actors.lookup(n) for n in names]
                return [Mention(noun.i, noun.i + 1, a, "name") for a in actors if a is not None]
        return []

    def _stray_recipient(self, noun: Token) -> list[Mention]:
        """"voiced deep concern over North Korea's supply of artillery shells and ballistic missiles
        to Russia": a "to" phrase the parser hangs on the governing verb, after a transfer noun
        with no recipient of its own, is the transfer's recipient (and no longer the verb's)."""
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == noun.i or verb.i > noun.i:
            return []
        giving = self.cues.verbs.get(verb.lemma_.lower())
        if giving is not None and giving.type == "AID" and noun.dep_ in ("dobj", "obj") and noun.head.i == verb.i:
            return []  # "was considering supplying lethal aid to Russia": the supplying's own recipient
        if giving is not None and giving.type == "AID" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") \
                and noun.head.head.dep_ in ("dobj", "obj") and noun.head.head.head.i == verb.i:
            return []  # ("provided $300 million in aid to Georgia": the amount's giving keeps it too; pass 30)
        for prep in verb.children:
            # (right after the noun's phrase: "conveyed concern to Beijing over the supply" keeps it)
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == noun.right_edge.i + 1:
                found = [m for o in prep.children if o.dep_ == "pobj" for m in self._np(o, True).mentions]
                if found:
                    self._claimed_preps.add(prep.i)
                    return found
        return []

    def _in_return(self, verb: Token, receivers: list[Mention]) -> list[Mention]:
        """"the North had shipped containers to Russia ... and Pyongyang was receiving food in
        return": what is received in return (or exchange) comes from whom the receiver's latest
        transfer went to."""
        if not any(p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ in ("return", "exchange") for o in p.children)
                   for p in verb.children):
            return []
        parts = self._recent_type.get("AID")
        own = {m.actor.country for m in receivers}
        if parts is not None and parts[1] and own & {m.actor.country for m in parts[0]}:
            return [m for m in parts[1] if m.actor.country not in own]
        return []

    def _is_actor_object(self, verb: Token, mention: Mention) -> bool:
        """Whether `mention` is itself the object ("rejected Japan"), not a part of it."""
        return any(c.dep_ in ("dobj", "obj") and c.i in range(mention.start, mention.end) for c in verb.children)

    def _asked_meeting_party(self, verb: Token, cue: EventCue, objects: list[Token], own: set[str]) -> list[Mention]:
        """"requested talks with Kyiv", "called for an emergency meeting of the Security Council":
        asking for a meeting is asking it of whoever is to be met, or of the body that is to sit
        (pass 27). Only a meeting noun's "with" (or the verb's, where the parser hangs it there)
        and an organisation after its "of"; "demanded the withdrawal of troops" names no one. A verb
        that asks only through a preposition takes only that object ("called an emergency meeting
        of G7 leaders" convenes it, "called for" one asks)."""
        objects = [] if cue.only_preps else list(objects)
        asked = objects + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                                 for o in p.children if o.dep_ == "pobj"]
        out: list[Mention] = []
        for noun in asked:
            cue = self._cue(noun)
            if cue is None or cue.pos != "noun" or cue.type != "CONSULT":
                continue
            out += self._prep_objects(noun, ("with",), strict=True)
            out += [m for m in self._prep_objects(noun, ("of",), strict=True) if m.actor.kind == "organisation"]
            if noun in objects:
                out += self._prep_objects(verb, ("with",), strict=True)
        return _unique(m for m in out if m.actor.country not in own)
