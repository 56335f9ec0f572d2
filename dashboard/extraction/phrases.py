"""Stage: who an actor is. The actors a noun phrase names (`_np`), what a pronoun or relative pronoun
stands for (`_pronoun`, `_antecedent`), and who "the leaders", "both" or "the two countries" are
(`_bare_group`, `_counted_group`).

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues`, `self.by_token`,
the current sentence's mentions (`self._sentence_mentions`) and the discourse `self.context`
(updated per sentence by document.py), and uses roles.py (`_subjects`), triggers.py (`_cue`,
`_object_classes`), reactions.py (`_earlier_maker`, `_said_in`), targets.py (`_war_sides`),
relationships.py (`_reporter`, `_unparsed_apposition`) and document.py (`_groups`).
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from ..actors import Mention
from .issuer import FIRST_PERSON

# acts that set two states against each other: no text calls both sides of one "the allies"
HOSTILE_TYPES = frozenset({"THREATEN", "ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "ACCUSE", "PROTEST"})
from .context import (
    COUNT_WORDS, DEFINITE, GROUP_NOUNS, OBJECT_CONTROL, OTHERNESS, PERSONAL, PLURAL, PREP_CONTROL, RELATIVE, ROLE_KINDS,
    SINGLE_NOUNS, SINGULAR, Found,
    _unique, _unique_countries,
)


# people who act for a state but are no group of its own people: "the governments", "the
# counterparts" are left to the rules for groups
_COLLECTIVE_REPRESENTATIVES = frozenset({"government", "delegation", "counterpart"})


class _Phrases:
    """Who the actors of a noun phrase or pronoun are (a mixin of _DocumentAnalysis)."""

    def _antecedent(self, tok: Token) -> Token:
        """What a relative pronoun stands for. "sanctions on North Korea, which China supports":
        the parser hangs the clause on the nearest noun; an event noun above it is the better antecedent."""
        clause = tok.head
        if tok.dep_ == "pobj" and clause.dep_ == "prep" and clause.head.dep_ == "relcl":
            clause = clause.head  # "sanctions that Moscow had voted for": the preposition is stranded
        if tok.lower_ in RELATIVE and (clause.dep_ == "relcl" or (clause.dep_ == "acl" and tok.dep_ in ("dobj", "obj", "pobj"))):
            # (the parser makes some object relatives an "acl": "a proposal that the US rejected")
            noun = clause.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                above = noun.head.head
                cue = self._cue(above)
                if cue is not None and cue.pos == "noun":
                    return above
            return noun
        return tok

    def _last_state_speaker(self, tok: Token) -> list[Mention]:
        """The states or bodies that were the subject of the latest verb of saying before `tok`, in
        its sentence or the one before (pass 24)."""
        start = self._sentence_of(tok).start
        if start > 0:
            start = self._sentence_of(self.doc[start - 1]).start
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.pos_ == "VERB" and t.lemma_.lower() in self.cues.reporting:
                found = [m for c in t.children if c.dep_ == "nsubj" and c.i < tok.i
                         for m in self._np(c, True, 4).mentions if m.actor.kind in ROLE_KINDS and m.actor.country]
                if found:
                    return _unique(found)
        return []

    def _state_in_focus(self, tok: Token) -> list[Mention]:
        """The one state that is the subject of the main verb of the sentence before `tok` (pass 27)."""
        if self._sentence_of(tok).start == 0:
            return []
        root = self._sentence_of(self.doc[self._sentence_of(tok).start - 1]).root
        found = _unique(m for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                        for s in (c, *c.conjuncts) for m in self._np(s, True, 4).mentions if m.actor.kind == "country")
        if len({m.actor.country for m in found}) == 1:
            found = found[:1]
        return found if len(found) == 1 else []

    def _recorded_allies(self, noun: Token) -> list[Mention]:
        """The states the text has so far recorded as allies (relationships of type ALLY, not
        negated) of whoever the pronoun possessing `noun` is: "its ally" only when there is one,
        "its allies" every one; none when `noun` names a state of its own ("its Russian ally") or
        the possessor is no pronoun (reference pass)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        # (a phrase naming no actor may hang on it: "accused its ally of spying")
        if owner is None or any(c.i in self.by_token or c.dep_ in ("appos", "relcl")
                                or (c.dep_ == "prep" and any(t.i in self.by_token for t in c.subtree)) for c in noun.children):
            return []
        own = {m.actor.country for m in self._pronoun(owner)} - {None}
        if not own:
            return []
        codes: list[str] = []
        for r in self.relationships:
            if r["type"] == "ALLY" and not r["negated"] and (r["source_country"] in own) != (r["target_country"] in own):
                other = r["target_country"] if r["source_country"] in own else r["source_country"]
                if other and other not in codes:
                    codes.append(other)
        if not codes or (noun.tag_ == "NN" and len(codes) != 1):
            return []
        latest = {m.actor.country: m for m in self.mentions if m.end <= noun.i and m.actor.kind in ROLE_KINDS}
        return [latest[c] for c in codes if c in latest]

    def _where_clause_state(self, tok: Token) -> Mention | None:
        """The state whose name a "where" clause holding `tok` hangs on ("in South Korea, where he
        urged the government ..."; reference pass)."""
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is None or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
            return None
        m = self.by_token.get(clause.head.i)
        return m if m is not None and m.actor.kind == "country" else None

    def _text_in_focus(self, tok: Token) -> Token | None:
        """The statement, note or letter (`statement_nouns`) that is the subject of the main verb of
        the sentence before `tok`, if any (reference pass)."""
        if self._sentence_of(tok).start == 0:
            return None
        root = self._sentence_of(self.doc[self._sentence_of(tok).start - 1]).root
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.by_token
                     and c.lemma_.lower() in self.cues.statement_nouns), None)

    def _note_references(self, sent) -> None:
        """Record who the sentence's references stand for ("he", "they", "it", "the two leaders",
        "the country"): each pronoun, and each definite or counted noun phrase naming no actor of its
        own, resolved by `_np` exactly as a rule consulting it would, the discourse `Context` still as
        the rules saw it while reading this sentence (document.py calls this before noting the
        sentence). The learned event tier turns them into candidates for sides the sentence does not
        name (learned.py, `candidates`): (start char, end char, kind, [(code, actor id), ...])."""
        for tok in sent:
            kind = self._reference_kind(tok)
            if kind is None:
                continue
            try:
                found = self._np(tok, True).mentions
            except (RecursionError, ValueError, KeyError, IndexError, AttributeError, TypeError):
                continue  # (a reference the rules cannot resolve stands for no one)
            sides = [(m.actor.country, m.actor.id) for m in _unique(found) if m.actor.country and m.actor.kind in ROLE_KINDS]
            if sides:
                self.references.append((tok.idx, tok.idx + len(tok), kind, sides))

    def _reference_kind(self, tok: Token) -> str | None:
        """What kind of reference a token is, for `_note_references`: a personal pronoun (he, his,
        she), a plural one (they, their, "both" standing alone), a singular one (it, its), or the head
        of a noun phrase with a definite or counting determiner ("the country", "the two leaders",
        "both countries": "definite" singular, "group" plural) with no actor named inside it and no
        possessor (which says whose it is, not who). None for anything else, and for a named mention."""
        if tok.i in self.by_token:
            return None
        word = tok.lower_
        if tok.pos_ == "PRON" or word in PERSONAL | PLURAL | SINGULAR:
            if word in PERSONAL:
                return "personal"
            if word in PLURAL or (word == "both" and tok.dep_ in ("nsubj", "dobj", "pobj")):
                return "plural"
            if word in SINGULAR and tok.dep_ != "expl":
                return "singular"
            return None
        if tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in DEFINITE | COUNT_WORDS
                                         for c in tok.children):
            return None
        if any(c.dep_ == "poss" for c in tok.children) or any(t.i in self.by_token for t in tok.subtree):
            return None
        return "group" if tok.tag_ == "NNS" else "definite"

    def _np(self, tok: Token, strict: bool = False, depth: int = 0) -> Found:
        """The actors a noun phrase headed by `tok` names. strict: the phrase must *be* an actor
        (its head a mention or a pronoun), not merely mention one among its modifiers."""
        if depth > 4:
            return Found([], 0.0)
        found: list[Mention] = []
        how = 1.0
        m = self.by_token.get(tok.i)
        if m is not None and m.actor.kind in ROLE_KINDS:
            found.append(m)
            if m.actor.kind == "person" and m.actor.country is None:
                # "John Smith, the U.S. Army secretary, met ...": a person the dictionary cannot
                # place is placed by the office set beside the name (not a former one) (pass 31)
                titled = [a for c in tok.children if c.dep_ == "appos" and not any(
                          g.lower_ in self.cues.former_words for g in c.children)
                          for a in self._np(c, True, depth + 1).mentions if a.actor.country]
                # "British Ambassador Nigel Casey": or by the office the title just before the name
                # names, the parser's compound on it (not a bare nationality: "four Chinese H-6K
                # bombers" is no person of China's; rules pass, session 17)
                titled = titled or [t for c in tok.children if c.dep_ in ("compound", "amod") and c.i < m.start
                                    and (t := self.by_token.get(c.i)) is not None and t.end == m.start
                                    and t.actor.country and t.actor.kind in ROLE_KINDS and t.actor.kind != "country"]
                if titled:
                    found = titled
            for child in tok.children:
                # "French and German diplomats", "U.S. and Russian officials": the first of two
                # coordinated nationalities lies outside the mention the second one makes
                if child.dep_ in ("amod", "nmod", "compound") and child.i < m.start \
                        and any(c.dep_ == "conj" and c.i >= m.start for c in child.children):
                    found.extend(x for x in self._np(child, False, depth + 1).mentions
                                 if x.actor.kind == "country" and x.actor.country != m.actor.country)
        elif tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
            return self._np(tok.head.head, strict, depth + 1)
        elif tok.lower_ in self.cues.partitives and _partitive_whole(tok) is not None:
            # "several of the vessels and their Russian operators": the part is of the whole's actors
            return self._np(_partitive_whole(tok), strict, depth + 1)
        elif tok.pos_ == "PRON" or tok.lower_ in PERSONAL | PLURAL | SINGULAR:
            found.extend(self._pronoun(tok))
            how = 0.7
        elif tok.lemma_.lower() in ("party", "side") and (any(c.lower_ in ("all", "both") or c.lower_ in self.cues.armed_side_determiners
                                                              for c in tok.children) or (
                tok.tag_ == "NNS" and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"])) \
                and (sides := self._war_sides(tok)):
            # (bare "the parties" too, pass eighteen: "urged the parties to seek a settlement")
            # "urged all parties to observe three principles" amid a war under way: its two sides
            found.extend(sides)
            how = 0.7
        elif tok.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in tok.children):
            found.extend(self._counted_group(next(c for c in tok.children if c.lower_ in COUNT_WORDS),
                                             people=tok.lemma_.lower() in ("leader", "side")))
            how = 0.7
        elif (represented := self._represented_before(tok)):
            # "Foreign ministers of the Group of Seven ended their talks ... the ministers said":
            # bare "the ministers" are those last named with whom they stand for, unless a meeting
            # reported since names those who took part (roles pass 2)
            found.extend(represented)
            how = 0.6
        elif tok.tag_ == "NNS" and tok.lemma_.lower() in ("minister", "leader") \
                and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"] \
                and self._people_named_together(tok.i):
            # "Park held talks with Wang Yi ... The ministers agreed": bare "the ministers" are those
            # who took part in the latest meeting reported (pass seventeen)
            found.extend(self._people_named_together(tok.i))
            how = 0.6
        elif tok.lower_ in COUNT_WORDS and tok.pos_ == "NUM" or (tok.lower_ == "both" and tok.dep_ in ("nsubj", "dobj")):
            # "accused the three of conspiring"
            found.extend(self._counted_group(tok))
            how = 0.6
        elif tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in self._described_by \
                and self._cue(tok) is None and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"]:
            # "the spokesperson" after "a Chinese foreign ministry spokesperson": the same one
            found.append(self._described_by[tok.lemma_.lower()])
            how = 0.7
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.cues.speaking_nouns and tok.dep_ in ("nsubj", "nsubjpass") \
                and _bare_speaker(tok, self.cues.speaker_modifiers) \
                and (spoken_for := self._last_state_speaker(tok)):
            # "The State Department said it was watching closely, and a spokesman warned that ...":
            # a spokesman for no one named speaks for the state that spoke just before (pass 24);
            # "the official", "a ministry spokeswoman", "a senior official" too (pass 43)
            found.extend(spoken_for)
            how = 0.6
        elif tok.lemma_.lower() in self.cues.ministry_nouns and tok.dep_ in ("nsubj", "nsubjpass") \
                and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] \
                and not any(t.i in self.by_token for t in tok.subtree if t.i != tok.i) \
                and (spoken_for := self._last_state_speaker(tok) or self._state_in_focus(tok)):
            # "Moscow had suspended its participation ... the defence ministry claimed": a ministry
            # of no state named is that of the state that spoke or acted just before (pass 27)
            found.extend(spoken_for)
            how = 0.6
        elif tok.lemma_.lower() in self.cues.statement_nouns and [c.lower_ for c in tok.children
                                                                 if c.dep_ not in ("punct", "prep")
                                                                 # ("The note, first reported by the Post, accuses ..."; pass 41)
                                                                 and not (c.dep_ == "acl" and c.tag_ == "VBN")] == ["the"]:
            # "The statement blamed Seoul": the statement last reported speaks for its maker
            found.extend(self._earlier_maker(tok, self._said_in))
            how = 0.6
        elif tok.lemma_.lower() == "ally" and tok.pos_ == "NOUN" and (allies := self._recorded_allies(tok)):
            # "South Korea is a treaty ally of the United States ... Seoul saw no reason to accuse
            # its ally of spying": a pronoun's ally is the ally the text has recorded for whoever the
            # pronoun is (its one ally for "its ally", every one for "its allies"; reference pass)
            found.extend(allies)
            how = 0.6
        elif tok.lemma_.lower() in self.cues.member_nouns and tok.tag_ == "NNS" \
                and [c.lower_ for c in tok.children if c.dep_ not in ("punct", "prep", "relcl", "acl")] in ([], ["the"]) \
                and (alliance := self._alliance_before(tok)):
            # "The allies agreed to raise the number of troops" at a NATO summit: NATO (pass 29)
            found.append(alliance)
            how = 0.6
        elif self._bare_group_noun(tok):
            found.extend(self._bare_group(tok))
            how = 0.6
        elif tok.lemma_.lower() in self.cues.carried_texts and tok.pos_ == "NOUN" and (carriers := [
                m for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in self.cues.carrying_participles
                for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                for m in self._np(o, True).mentions]):
            # "a commentary carried by KCNA accused Tokyo": the medium that carries a text speaks
            # through it (pass 22)
            found.extend(carriers)
            how = 0.7
        elif tok.tag_ == "NN" and tok.lemma_.lower() in self.cues.acting_bodies and \
                [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"] and (body := self._body_before(tok)):
            # "hosted a meeting of G7 leaders, at which the group announced sanctions": a bare "the
            # group" or "the bloc" is the organisation named last, in this sentence or the one before (pass 22)
            found.append(body)
            how = 0.6
        elif (tok.lemma_.lower() in SINGLE_NOUNS or tok.lemma_.lower() in self.cues.governing_nouns) \
                and any(c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("poss", "compound", "amod") for c in tok.children) and tok.tag_ == "NN":
            placed = self._placed_right_after(tok)
            if placed is not None:
                # "the government in Tokyo lodged a protest", "in Tokyo" hung by the parser on the
                # verb: the government of the place that follows it (pass 22)
                found.append(placed)
                how = 0.7
            elif (host := self._where_clause_state(tok)) is not None:
                # "two days in South Korea, where he urged the government to ...": in a "where"
                # clause on a state's name, the government is that state's (reference pass)
                found.append(host)
                how = 0.7
            elif tok.lemma_.lower() in self.cues.governing_nouns and tok.dep_ in ("nsubj", "nsubjpass") \
                    and (reporter := self._reporting_state(tok)) is not None:
                # "American officials said that the administration would brief its allies": the
                # government whose officials report what it will do (references pass, session 12)
                found.append(reporter)
                how = 0.6
            elif tok.lemma_.lower() in self.cues.governing_nouns and tok.dep_ in ("nsubj", "nsubjpass") \
                    and (subject := self._subject_before(tok)) is not None:
                # "Prime Minister Babis said officers of a Russian unit were involved in the blasts
                # in Britain ... The government ordered 18 Russian diplomats to leave": the acting
                # government is that of whom the sentence before was about (its main subject's
                # state), not the last state its report named; a government acted on ("He urged the
                # government to ...") is more often another's (references pass, session 12)
                found.append(subject)
                how = 0.6
            elif self.context.last_single is not None:
                found.append(self.context.last_single)
                how = 0.6
        elif tok.lemma_.lower() in SINGLE_NOUNS and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("poss", "compound") for c in tok.children) \
                and all(c.text.islower() and c.i not in self.by_token and c.lower_ not in OTHERNESS
                        for c in tok.children if c.dep_ == "amod"):
            # "the isolated state": a description refers to the state the text last had act
            if self.context.last_subject_state is not None:
                found.append(self.context.last_subject_state)
                how = 0.5
        elif not strict or (tok.lemma_.lower() in self.cues.representatives and tok.pos_ == "NOUN") \
                or (tok.lemma_.lower() in self.cues.safeguards and tok.pos_ == "NOUN") \
                or (tok.lemma_.lower() in self.cues.side_nouns and tok.tag_ == "NN"):
            # strict, a representative still counts: "met the leaders of Japan" meets Japan; and
            # so does what keeps a state safe: "commitment to Japan's defence" is to Japan
            # (a pronoun possessor is left as it was: "pressed its partners" names the presser, a
            # target that is the source itself and so counts as none)
            counterpart = tok.lemma_.lower() in self.cues.counterpart_nouns and tok.pos_ == "NOUN" and not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            if counterpart and tok.dep_ == "appos" and any(c.dep_ == "poss" for c in tok.children):
                # "Russia, the North's closest partner, called ...": the partner is Russia
                return self._np(tok.head, strict, depth + 1)
            for dep in ("poss", "compound", "amod", "nmod", "npadvmod"):
                if counterpart and dep == "poss":
                    continue  # "accused Ukraine's Western backers": the backers, not Ukraine
                for child in tok.children:
                    if child.dep_ == dep and child.i < tok.i:
                        sub = self._np(child, strict, depth + 1)
                        if sub.mentions:
                            found.extend(sub.mentions)
                            how = 0.8
                if found and dep == "poss":
                    # "its Russian comrades": a nationality says who the noun's people are; the
                    # possessor only whose comrades they are
                    named = [m for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                             for m in self._np(c, strict, depth + 1).mentions]
                    if named:
                        found = named
                if found:
                    break
            if not found and tok.pos_ in ("NOUN", "PROPN") and self._cue(tok) is None:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for obj in child.children:
                            if obj.dep_ == "pobj":
                                # a part of a state's craft is the state's ("the propeller of a
                                # U.S. drone"), though the craft is no actor itself
                                found.extend(self._np(obj, "craft" not in self._object_classes(obj), depth + 1).mentions)
                                how = 0.75
            if not found and tok.pos_ == "NOUN" and "craft" in self._object_classes(tok):
                found.extend(self._craft_named_before(tok))
                how = 0.7
            lemma = tok.lemma_.lower()
            if not found and tok.pos_ == "NOUN" and "zone" in (self.cues.object_classes.get(lemma) or self.cues.object_classes.get(tok.lower_, ())):
                # "waters near Japan's south-western islands", "airspace off Taiwan": a zone placed
                # by a state's land is that state's
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in ("near", "off", "around", "surrounding"):
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, False, depth + 1).mentions if m.actor.kind == "country")
                        how = 0.7
            if not found and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "against") \
                    and self._cue(tok) is None:
                # "fired six missiles at an arsenal in the Bryansk region": what is fired at, placed
                # in a state's place, is that state's (pass sixteen)
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "in":
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, False, depth + 1).mentions
                                     if m.actor.kind == "country" and m.form in ("place", "metonym"))
                        how = 0.7
                    elif child.dep_ == "prep" and child.lower_ in ("across", "throughout"):
                        # "fired 90 missiles at cities and power plants across Ukraine": spread over
                        # a state, what is fired at is that state's (pass eighteen)
                        found.extend(m for obj in child.children if obj.dep_ == "pobj"
                                     for m in self._np(obj, True, depth + 1).mentions if m.actor.kind == "country")
                        how = 0.7
            # (a pronoun possessor says only whose they are: "stands with its partners in Japan" is
            # with Japan; pass twenty-one)
            pronoun_owned = found and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and not any(
                c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i for c in tok.children)
            if (not found or pronoun_owned) and tok.pos_ == "NOUN" and (lemma in self.cues.representatives or lemma in self.cues.residents):
                # "a foreign ministry spokeswoman in Beijing": one who speaks for a state, placed in
                # its capital, speaks for it (only a state: "officials in Kursk" are anyone's)
                placed = [m for child in tok.children if child.dep_ == "prep" and child.lower_ == "in"
                          for obj in child.children if obj.dep_ == "pobj"
                          for m in self._np(obj, True, depth + 1).mentions if m.actor.kind == "country"]
                if placed:
                    found, how = placed, 0.7
        if m is None and tok.pos_ == "NOUN" and found:
            # "its strategic partner China", "Russia's ally, Belarus": a name set beside the noun
            # says who it is; its possessor or modifiers only whose partner
            # (a name the dictionary cannot place says less than the possessor: "China's special
            # representative, Li Hui")
            named = [a for c in tok.children if c.dep_ == "appos" for a in self._np(c, True, depth + 1).mentions
                     if a.actor.country]
            if named:
                found = named
        for child in tok.children:
            if child.dep_ == "conj":
                found.extend(self._np(child, strict, depth + 1).mentions)
            elif child.dep_ == "appos" and not found:
                found.extend(self._np(child, True, depth + 1).mentions)
        return Found(_unique(found), how if found else 0.0)

    def _craft_named_before(self, tok: Token) -> list[Mention]:
        """Whose "the balloon" is: the state of the latest craft named before with one, of the same
        word if any ("a Chinese high-altitude balloon ... brought the balloon down"), else of any."""
        if [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"] or any(
                c.dep_ in ("poss", "compound", "nmod") or c.i in self.by_token for c in tok.children):
            return []
        owned = []
        for earlier in reversed(self.doc[max(0, tok.i - 400):tok.i]):
            if earlier.pos_ == "NOUN" and "craft" in self._object_classes(earlier) and any(
                    c.dep_ in ("amod", "compound", "poss") and c.i in self.by_token for c in earlier.children):
                states = [m for c in earlier.children if c.dep_ in ("amod", "compound", "poss") and c.i in self.by_token
                          for m in [self.by_token[c.i]] if m.actor.kind == "country"]
                if states:
                    owned.append((earlier.lemma_.lower() == tok.lemma_.lower(), states))
        same = [states for is_same, states in owned if is_same]
        return same[0] if same else (owned[0][1] if owned else [])

    @staticmethod
    def _bare_group_noun(tok: Token) -> bool:
        """"the leaders", "the governments": a plural group noun with nothing of its own to say whose."""
        return (tok.lemma_.lower() in GROUP_NOUNS and tok.tag_ == "NNS"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in ("poss", "compound", "amod", "nummod", "prep", "nmod", "relcl", "acl")
                            for c in tok.children))

    def _bare_group(self, tok: Token) -> list[Mention]:
        """Who "the leaders" are: the states named earlier in the same sentence (as actors, not as
        modifiers), when two or more; else those of the latest sentence naming two or more."""
        allied = tok.lemma_.lower() in self.cues.member_nouns
        before = _unique_countries(_as_actors(self.doc, (m for m in self._sentence_mentions
                                                         if m.end <= tok.i and m.actor.kind in ROLE_KINDS
                                                         and not self._of_a_thing(m))))
        if len(before) >= 2 and (not allied or self._could_be_allies(before)):
            return before
        # everyone the latest such sentence named as actors ("Biden hosted Yoon and Kishida"), not
        # just a coordination inside it
        for kind, group in reversed(self.context.groups):
            group = _unique_countries(_as_actors(self.doc, group))
            if kind == "sentence" and len(group) >= 2:
                group = self._without_framers(group)
                if not allied or self._could_be_allies(group):
                    return group
        return []

    def _could_be_allies(self, group: list[Mention]) -> bool:
        """Whether "the allies" may be `group`: no organisation but an alliance, and no two of them
        the text has already set against each other by force, threat or sanction ("North Korea fired
        a missile ... the UN council met ... the allies would hold an exercise": not the sentence
        before's five parties pairwise; the latest group that passes, or none)."""
        if any(m.actor.kind == "organisation" and m.actor.country not in self.cues.alliances for m in group):
            return False
        codes = {m.actor.country for m in group}
        return not any(e["type"] in HOSTILE_TYPES and e["source_country"] in codes and e["target_country"] in codes
                       and e["source_country"] != e["target_country"] for e in self.events)

    def _without_framers(self, group: list[Mention]) -> list[Mention]:
        """A sentence's actors less one who only frames a clause naming all the others ("Pak warned
        that the United States and South Korea would pay ... Pak described the allies' exercise": the
        allies are the two warned about, not the warner; pass 25). Unchanged unless two remain."""
        def clause_verb(m: Mention) -> Token | None:
            node = self.doc[m.end - 1]
            for _ in range(6):
                if node.dep_ in ("nsubj", "nsubjpass"):
                    return node.head
                if node.dep_ not in ("appos", "pobj", "prep", "compound", "poss", "amod") or node.head.i == node.i:
                    return None
                node = node.head
            return None
        for m in group:
            verb = clause_verb(m)
            others = [o for o in group if o is not m]
            if verb is None or len(others) < 2:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            if clauses and all(any(c.left_edge.i <= o.start and o.end - 1 <= c.right_edge.i for c in clauses) for o in others):
                return others
        return group

    def _accuses_itself(self, verb: Token, clause: Token, depth: int) -> bool:
        """Whether the subject of `clause` would be the one `verb` acts on (its object's state)."""
        subjects = {m.actor.country for m in self._subjects(clause, depth + 1).mentions}
        objects = {m.actor.country for o in verb.children if o.dep_ in ("dobj", "obj")
                   for m in self._np(o, True).mentions}
        return bool(subjects) and subjects <= objects

    def _of_a_thing(self, mention: Mention) -> bool:
        """A state named only to say what a thing is of ("denounced the drills as an Asian version
        of NATO"): it takes no part in the sentence as an actor."""
        head = self.doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "poss":
            head = head.head  # "a rehearsal of Israel's plans"
        prep = head.head
        return (head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
                and prep.head.lemma_.lower() not in GROUP_NOUNS and self._cue(prep.head) is None)

    def _is_subject(self, mention: Mention) -> bool:
        head = self.doc[mention.end - 1]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def _placed_right_after(self, tok: Token) -> Mention | None:
        """The state of an "in" phrase right after a subject noun that the parser hangs on the verb
        ("the government in Tokyo lodged a protest"; pass 22)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.right_edge.i + 2 >= len(self.doc):
            return None
        prep = self.doc[tok.right_edge.i + 1]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i != tok.head.i:
            return None
        for obj in prep.children:
            m = self.by_token.get(obj.i)
            if obj.dep_ == "pobj" and m is not None and m.actor.kind == "country":
                return m
        return None

    def _body_before(self, tok: Token) -> Mention | None:
        """The organisation last named before `tok`, in its sentence or the one before (pass 22)."""
        start = self._sentence_of(tok).start
        if start > 0:
            start = self._sentence_of(self.doc[start - 1]).start
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.start >= start and m.actor.kind == "organisation" and m.actor.country:
                # (not when a group of some other kind was introduced since: "launched a new group")
                if any(t.lemma_.lower() in self.cues.acting_bodies and t.i not in self.by_token
                       and not any(c.lower_ == "the" for c in t.children) for t in self.doc[m.end:tok.i]):
                    return None
                return m
            if m.start < start:
                break
        return None

    def _np_owner(self, pronoun: Token) -> Mention | None:
        """"Russia's invasion of its neighbour": inside X's noun phrase, "its" is X."""
        node = pronoun.head
        for _ in range(4):
            for child in node.children:
                if child.dep_ == "poss" and child.i != pronoun.i and child.i in self.by_token:
                    return self.by_token[child.i]
            if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _named_with_unnamed(self, pronoun: Token) -> list[Mention]:
        """The actors named in the subject of the pronoun's clause when that subject joins them to a
        plural group of their own no one names ("the United States and its allies", "Russia and its
        partners"); empty otherwise (pass 25)."""
        verb = pronoun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i):
            members = [subject, *subject.conjuncts]
            unnamed = [t for t in members if t.i not in self.by_token and t.tag_ == "NNS"
                       and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)]
            named = [self.by_token[t.i] for t in members if t.i in self.by_token
                     and self.by_token[t.i].actor.kind in ROLE_KINDS]
            if unnamed and named:
                return named
        return []

    def _is_bare_representatives(self, tok: Token) -> bool:
        """"the ministers", "the envoys": plural people who act for a state, with nothing but "the"."""
        return (tok.tag_ == "NNS" and tok.pos_ == "NOUN" and tok.i not in self.by_token
                and tok.lemma_.lower() in self.cues.representatives and tok.lemma_.lower() not in _COLLECTIVE_REPRESENTATIVES
                and [c.lower_ for c in tok.children if c.dep_ != "punct"] == ["the"])

    def _represented_before(self, tok: Token) -> list[Mention]:
        """Whom bare "the ministers" stand for: the states or body named with the latest plural
        "ministers" before it ("ministers of the G7", "the G7's ministers", "Japanese and Korean
        ministers"), when no meeting reported after that names its participants (roles pass 2)."""
        if not self._is_bare_representatives(tok):
            return []
        at, named = self._represented.get(tok.lemma_.lower(), (-1, []))
        if not named or at >= tok.i:
            return []
        if any(at < i < tok.i and kind == "CONSULT" and len(_unique_countries([*sources, *targets])) >= 2
               for i, (sources, targets, kind) in self._parts.items()):
            return []
        return list(named)

    def _note_represented(self, sent) -> list[Mention]:
        """Record, per noun, whom plural representatives named with their principal stand for
        ("Foreign ministers of the Group of Seven", "the G7's foreign ministers", "Japanese and
        Korean envoys"), for a later bare "the ministers"; return the states or bodies the
        sentence's plural representative subjects stand for, named or bare, which a "they"
        opening the next sentence means (roles pass 2)."""
        subjects: list[Mention] = []
        lemmas, lowers = self._lemma_lower, self._lower
        # (a Token made only of a word that may be a representative)
        for tok in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in self.cues.representatives):
            if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.cues.representatives \
                    or tok.lemma_.lower() in _COLLECTIVE_REPRESENTATIVES:
                continue
            if self._is_bare_representatives(tok):
                named = self._represented_before(tok)
            else:
                # (only a principal of its own: "ministers of the G7", not "ministers at the G7 talks")
                own = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       or (c.dep_ == "prep" and c.lower_ == "of")]
                named = [m for m in self._np(tok).mentions if m.actor.kind in ("country", "organisation")] if own else []
                if named and not any(g.lower_ in self.cues.former_words for g in tok.children):
                    self._represented[tok.lemma_.lower()] = (tok.i, _unique(named))
            if named and tok.dep_ in ("nsubj", "nsubjpass"):
                subjects.extend(named)
        if subjects or not self.context.plural_subject:
            return subjects
        # "They condemned ... They reaffirmed ...": a "they" subject that goes on with the sentence
        # before's plural subject keeps it for the next
        going_on = {m.actor.country for m in self.context.plural_subject}
        for tok in (self.doc[i] for i in range(sent.start, sent.end) if lowers[i] == "they"):
            if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") \
                    and {m.actor.country for m in self._pronoun(tok)} == going_on:
                return list(self.context.plural_subject)
        return subjects

    def _asked_doer_of_relative(self, pronoun: Token) -> list[Mention]:
        """The one asked to act, when `pronoun` is the subject of a relative clause on the object
        of the act asked for ("urged Moscow to honour the commitments it had made", "called on
        Russia to pull back the troops it has massed"); empty otherwise (roles pass 2)."""
        clause = pronoun.head
        if clause.dep_ != "relcl":
            return []
        noun = clause.head
        verb = noun.head if noun.dep_ in ("dobj", "obj") else (
            noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None)
        if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL:
            return []
        asked = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")] or [
            o for c in verb.head.children if c.dep_ == "prep" and c.lower_ in PREP_CONTROL.get(verb.head.lemma_.lower(), ())
            for o in c.children if o.dep_ == "pobj"]
        found = [m for a in asked if a.i < pronoun.i for m in self._np(a, True).mentions
                 if m.actor.kind in ("country", "organisation")]
        return _unique(found) if len(_unique_countries(found)) == 1 else []

    def _people_named_together(self, before: int) -> list[Mention]:
        """Those who took part in the latest meeting reported before token `before` between two or
        more states."""
        for i in sorted(self._parts, reverse=True):
            sources, targets, kind = self._parts[i]
            if i < before and kind == "CONSULT" and len(_unique_countries([*sources, *targets])) >= 2:
                return list(sources) + list(targets)
        return []

    def _counted_group(self, count: Token | None, people: bool = False,
                       outside: frozenset[str] = frozenset()) -> list[Mention]:
        """Who "both", "the two countries", "the three" are: the first states named earlier in
        the same sentence, else the latest coordinated group of that size, else the latest
        sentence naming that many. `outside`: countries known not to be among them."""
        size = {"both": 2, "two": 2, "three": 3, "four": 4, "bilateral": 2, "trilateral": 3}.get(count.lower_) \
            if count is not None else None
        if size and count is not None and count.head.lemma_.lower() in self.cues.state_group_nouns:
            # "the two governments" are states: no group holding an organisation (pass 29)
            bodies = {m.actor.country for kind, group in self.context.groups for m in group
                      if m.actor.kind == "organisation" and m.actor.country}
            outside = outside | bodies
        else:
            bodies = set()
        if size and count is not None:
            # in "X accuses Y of supplying Z, which both governments deny" the two are Y and Z,
            # not the accuser: inside a relative clause, the main clause's subject is left out
            in_relative = any(a.dep_ == "relcl" for a in count.ancestors)
            # (nor one named only inside a relative clause the count is not in: "Xi, who held talks
            # with Putin, met Modi, days after New Delhi said the two countries had agreed" is
            # China and India; pass 29), unless too few are left without them: "Trump, who met
            # Putin last month, wants the two leaders to meet Zelenskiy" is Trump and Putin
            named = [m for m in self._sentence_mentions
                     if m.end <= count.i and m.actor.kind in ROLE_KINDS
                     and not (in_relative and self._is_subject(m))
                     and m.actor.country not in outside]
            before = _unique_countries(m for m in named if not self._in_other_relative(m, count))
            if len(before) < size:
                before = _unique_countries(named)
            if len(before) >= size:
                return before[:size]
            if count.head.lemma_.lower() == "member":
                # "accused the council's two veto-wielding members of shielding Pyongyang, saying
                # Beijing and Moscow had blocked ...": members of a body are named where the
                # sentence goes on to say who they are
                later = [g for g in self._groups([m for m in self._sentence_mentions if m.start > count.i])
                         if len(_unique_countries(g)) == size and not any(m.actor.country in outside for m in g)]
                if later:
                    return later[0]
            # "the two leaders" / "the two sides" are people met before ("Putin and Kim")
            searches = [("coordinated", True)] if people else []
            searches += [("coordinated", False), ("sentence", False)]
            for wanted_kind, only_people in searches:
                for kind, group in reversed(self.context.groups):
                    # states named only as modifiers ("North Korean and Chinese pressure") are no group
                    group = _as_actors(self.doc, group)
                    if kind == wanted_kind and len(_unique_countries(group)) == size \
                            and not any(m.actor.country in outside for m in group) \
                            and (not only_people or all(m.actor.kind == "person" for m in group)):
                        return group
                if people and wanted_kind == "coordinated" and only_people:
                    # "Yoon held a summit with Xi ... The two leaders agreed": the latest sentence
                    # naming that many leaders of different states, whoever else it named
                    for kind, group in reversed(self.context.groups):
                        leaders = [m for m in group if m.actor.kind == "person"]
                        if kind == "sentence" and len(_unique_countries(leaders)) == size \
                                and not any(m.actor.country in outside for m in leaders):
                            return leaders
            # "the first visit to South Korea by an American submarine ... a body the two allies set
            # up": states named only as modifiers, when nothing else counts right
            for kind, group in reversed(self.context.groups):
                if kind == "sentence" and len(_unique_countries(group)) == size \
                        and not any(m.actor.country in outside for m in group):
                    return group
            # "the two allies" is never a group of three or four (a smaller group may be the part
            # of the count that was named: "trilateral cooperation" after "Biden met Yoon and Kishida")
            if size < len(_unique_countries(self.context.last_group)):
                return []
            if any(m.actor.country in bodies for m in self.context.last_group):
                # (nor one holding an organisation; pass 29. Another excluded member is let
                # through as before: in "Putin said the two allies would respond together" the
                # speaker is one of the two)
                return []
        return list(self.context.last_group)

    def _reporting_state(self, tok: Token) -> Mention | None:
        """The state whose people report the clause `tok` is the subject of: the subject of the
        nearest reporting verb above it, when that subject names a state ("American officials",
        "Chile's president", "Chile")."""
        for above in tok.head.ancestors:
            if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in self.cues.reporting:
                found = [m for c in above.children if c.dep_ in ("nsubj", "nsubjpass")
                         for m in self._np(c, True).mentions if m.actor.country and m.form != "place"]
                return found[0] if found else None
        return None

    def _subject_before(self, tok: Token) -> Mention | None:
        """The main subject of the sentence before `tok`'s, when no state or body is named before
        `tok` in its own sentence (else that one is nearer)."""
        subject = self.context.main_subject
        if subject is None or subject.start >= self._sentence_of(tok).start:
            return None
        if any(m.end <= tok.i and m.actor.kind in ("country", "organisation") for m in self._sentence_mentions):
            return None
        return subject

    def _alliance_before(self, tok: Token) -> Mention | None:
        """The alliance (`alliances` in data/event_cues.yaml) named last before `tok`, in its
        sentence or the three before (pass 29)."""
        sents = [s for s in self.doc.sents if s.start <= tok.i][-4:]
        start = sents[0].start if sents else self._sentence_of(tok).start
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.actor.country in self.cues.alliances and not self._of_a_thing(m):
                # (not an alliance named only to say what a thing is of: "an Asian version of NATO")
                return m if m.start >= start else None
        return None

    def _in_other_relative(self, mention: Mention, count: Token) -> bool:
        """Whether `mention` lies inside a relative clause that `count` is not in (pass 29)."""
        for node in self.doc[mention.end - 1].ancestors:
            # (a "who"/"which" clause only: "information that Pyongyang was preparing ..." is the
            # parser's relative reading of a content clause)
            if node.dep_ == "relcl" and any(t.lower_ in ("who", "which", "whom", "whose") for t in node.subtree
                                            if t.i < node.i):
                return not (node.left_edge.i <= count.i <= node.right_edge.i)
        return False

    def _main_person(self, sent) -> Mention | None:
        """The person a sentence's main clause is about, for a "he" or "she" in the sentences after
        it: the root's subject when it names a person ("Biden's remarks were aimed ... after he said
        Putin cannot remain in power" is about Biden), the person owning that subject when it names
        no one ("Mr. Kim's leverage has grown"; not "Putin's spokesman", a person of his own), or
        whom a subject "he"/"she" stands for ("He said Putin would ..."); None when it is none of
        these (pronoun pass 1)."""
        root = sent.root
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ("he", "she"):
                found = [m for m in self._pronoun(subject) if m.actor.kind == "person"]
                return found[0] if len(found) == 1 else None
            named = self.by_token.get(subject.i)
            if named is not None:
                return named if named.actor.kind == "person" else None
            if subject.pos_ != "NOUN" or subject.lemma_.lower() in self.cues.representatives \
                    or any(c.dep_ == "appos" for c in subject.children):
                return None
            owners = [self.by_token[c.i] for c in subject.children if c.dep_ == "poss" and c.i in self.by_token]
            return owners[0] if len(owners) == 1 and owners[0].actor.kind == "person" else None
        return None

    def _unnamed_speaker(self, sent, before: int | None = None) -> Token | None:
        """The subject of the sentence's main verb (before token `before`, when given) when it is one
        speaker a speaking noun names without a name ("a foreign ministry spokesman in Beijing said",
        "the official said"), whom a "he" or "she" next means (pronoun pass 1)."""
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                        and (before is None or c.i < before)), None)
        if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" \
                or subject.lemma_.lower() not in self.cues.speaking_nouns \
                or any(c.dep_ == "appos" for c in subject.children) \
                or any(self.by_token[t.i].actor.kind == "person" for t in subject.subtree if t.i in self.by_token):
            return None
        return subject

    def _plural_clause_subject(self, tok: Token) -> list[Mention]:
        """The actors a plural noun subject of the clause holding `tok` names ("the two sides would
        strengthen their partnership"), when that subject comes before `tok` and is no pronoun,
        no coordination and no name; a clause with no subject of its own (an infinitive, a
        participle) is its head clause's (pronoun pass 1)."""
        verb = tok.head
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                break
            if verb.head.i == verb.i:
                return []
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > tok.i or subject.tag_ != "NNS" or subject.pos_ != "NOUN" \
                or subject.i in self.by_token or any(c.dep_ == "conj" for c in subject.children):
            return []
        found = [m for m in self._np(subject).mentions if m.actor.kind in ROLE_KINDS]
        return _unique(found) if len(_unique(found)) >= 2 or (
            found and subject.lemma_.lower() in self.cues.representatives) else []

    def _pronoun(self, tok: Token) -> list[Mention]:
        word = tok.lower_
        if word in FIRST_PERSON:
            # "We call on Russia to ...": the body issuing the text, or whoever reports it (issuer.py)
            return self._first_person(tok)
        # a capital named as the place something happens ("speaking in Hanoi") is no antecedent
        before = [m for m in self._sentence_mentions if m.end <= tok.i and m.actor.kind in ROLE_KINDS
                  and not (m.doc_dep == "pobj" and self.doc[m.end - 1].head.lower_ in ("in", "at"))]
        if word == "both":
            return self._counted_group(tok)
        if word in PLURAL and (named := self._named_with_unnamed(tok)):
            # "the United States and its allies had stepped up their exercises": the states named
            # in the clause's "X and its allies" subject, not the last two named (pass 25)
            return named
        if word == "they" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj" \
                and (shared := [m for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                                and c.tag_ == "NNS" and c.pos_ == "NOUN" and c.lemma_.lower() in self.cues.representatives
                                for m in self._np(c).mentions if m.actor.kind in ("country", "organisation")]):
            # "the ministers said Russia must withdraw ..., and they undertook to ...": "they" opening
            # a clause joined to one whose subject is plural representatives is those (roles pass 2)
            return _unique(shared)
        if word in ("their", "they") and (shared := self._plural_clause_subject(tok)):
            # "the two sides would strengthen their partnership", "the two countries should deepen
            # their ties": a "their" or "they" in a clause whose subject is a plural noun naming
            # actors ("the two sides", "the leaders") is those, not the last two named before it
            # (pronoun pass 1)
            return shared
        if word in PLURAL:
            # a coordination named before it ("China and Russia declared ..., weeks before the
            # invasion of Ukraine, and their patrols"), else the last two named, else the context's
            coordinated = self._groups(before)
            if coordinated:
                return coordinated[-1]
            if word == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Japanese officials said they would ...": a plural reporter's "they" in what it
                # reports is the reporter itself (pass twenty-one)
                speakers = [m for m in self._reporter(tok) if m.actor.kind != "person"]
                if speakers and all("NNS" in (self.doc[m.end - 1].tag_, self.doc[m.end - 1].head.tag_) for m in speakers):
                    return speakers
            if word == "they" and before and tok.dep_ in ("nsubj", "nsubjpass") and self.context.plural_subject \
                    and tok.head.lemma_.lower() in self.cues.reporting | self.cues.forewarning_verbs \
                    and tok.head.dep_ in ("parataxis", "ccomp") \
                    and tok.head.head.i > tok.i and len(_unique_countries(before)) < 2:
                # "Third countries that help Russia wage its war, they warned, would face severe
                # costs": a "they" reporting in parenthesis goes on with the sentence before's plural
                # subject, not a state its clause names (roles pass 2)
                return list(self.context.plural_subject)
            if word == "they" and not before and tok.dep_ in ("nsubj", "nsubjpass") and self.context.plural_subject:
                # "..., Ukrainian officials said. They blamed Russia.": the plural subject just
                # named, not a group named further back (pass eighteen)
                return list(self.context.plural_subject)
            return list(self.context.last_group) if not _group_in(before) else _group_in(before)
        if word in PERSONAL:
            people = [m for m in before if m.actor.kind == "person"]
            clause_subject: set[int] = set()
            if word in ("him", "her") and tok.dep_ in ("dobj", "obj", "dative"):
                # "Kuleba told him": an object pronoun is never its own verb's subject
                clause_subject = {m.start for c in tok.head.children if c.dep_ == "nsubj"
                                  for m in self._np(c, True).mentions}
                if not clause_subject and tok.head.dep_ == "conj":
                    # "he was unhappy with Putin and gave him 50 days": nor the subject the verb
                    # shares with the conjunct before it (pass 36)
                    clause_subject = {m.start for c in tok.head.head.children if c.dep_ == "nsubj"
                                      for m in self._np(c, True).mentions}
                people = [m for m in people if m.start not in clause_subject]
            if word in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj" and len(people) >= 2:
                # "Kim travelled to Beijing for his fourth meeting with Xi, and in April he met Putin":
                # "he" opening a clause joined to one with a person for subject is that person, not
                # the last one named (roles pass 2)
                first = [m for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                         for m in self._np(c, True).mentions if m.actor.kind == "person"]
                if len(first) == 1 and first[0] in people:
                    return first
            if len(people) >= 2:
                # "Kim told Lavrov that his government would support Moscow": in what someone
                # reports, he/his is first the reporter, not whoever was told
                speakers = [m for m in self._reporter(tok) if m in people]
                if speakers:
                    return speakers[:1]
            if people:
                return [people[-1]]
            if word in ("he", "she", "his", "her") and (speaker := self._unnamed_speaker(self._sentence_of(tok), tok.i) or (
                    self._unnamed_speaker(self._sentence_of(self.doc[self._sentence_of(tok).start - 1])) if self._sentence_of(tok).start > 0 else None)) is not None:
                # "A foreign ministry spokesman in Beijing said ... '...,' he said": a he or she after
                # a speaker named by no name (in its sentence's main clause or the one before) is
                # that speaker, who speaks for what the phrase names, or for no one, not the last
                # person named (pronoun pass 1)
                return [m for m in self._np(speaker).mentions if m.actor.kind != "person"]
            # "He called on ...": the person the text was last about, not the last one named
            found = next((m for m in (self.context.last_speaker, self.context.last_person)
                          if m is not None and m.start not in clause_subject), None)
            return [found] if found else []
        if word == "it" and tok.dep_ in ("nsubj", "nsubjpass") and not before \
                and (text := self._text_in_focus(tok)) is not None:
            # "The note accuses the United States of ... It also demands that Washington stop the
            # deliveries": a subject "it" with no actor before it goes on about the text that was
            # the sentence before's subject, and so speaks for whoever made it, not for the last
            # state named (reference pass)
            made_by = self._np(text, False, 4).mentions
            if made_by:
                return made_by
        if word in SINGULAR:
            # the nearest state or body before it in the sentence ("Russia's invasion of its
            # neighbour"), else a person's state ("Putin's military ... its operations"); a
            # demonym modifying a noun ("buying North Korean shells for its war") is no antecedent
            before = [m for m in before if self.doc[m.end - 1].dep_ not in ("amod", "compound")] or before
            owner = self._np_owner(tok)
            if owner is not None:
                return [owner]
            if tok.head.dep_ == "appos":
                # "Moscow, its partner": "its" is not the phrase it stands beside
                beside = self.by_token.get(tok.head.head.i)
                before = [m for m in before if m != beside]
            elif tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and tok.head.dep_ not in ("nsubj", "nsubjpass") \
                    and (beside := self._unparsed_apposition(tok.head)) is not None:
                # nor one the parser missed ("ties with the United States, its only treaty ally")
                before = [m for m in before if m != beside]
            conditional = tok.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in tok.head.children)
            objects = [m for m in before if m.doc_dep in ("dobj", "obj")]
            if tok.dep_ == "nsubjpass" and conditional and objects:
                # "would defend Taiwan if it was attacked": the one defended, not the defender
                return [objects[-1]]
            if tok.dep_ == "poss":
                # "it would reconsider its refusal": "its" is whoever the clause's "it" is
                verb = tok.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it"), None)
                if subject is not None:
                    return self._pronoun(subject)
                # "Vietnam upgraded its ties ..., and Washington is now its largest export market,
                # while Russia has been its main supplier": a copula's predicate is its subject's
                # role for another, the sentence's main subject
                # (only subjects that do not hold the pronoun itself, which would resolve it again)
                local = {m.actor.country for t in (verb, *(c for c in verb.children if c.dep_ == "aux"))
                         for c in t.children if c.dep_ == "nsubj" and not (c.left_edge.i <= tok.i <= c.right_edge.i)
                         for m in self._np(c, True).mentions} \
                    if verb.lemma_.lower() == "be" and tok.head.dep_ == "attr" else set()
                if local:
                    main = next((self.by_token[c.i] for c in self._sentence_of(tok).root.children
                                 if c.dep_ == "nsubj" and c.i in self.by_token and c.i < tok.i), None)
                    if main is not None and main.actor.kind in ("country", "organisation") and main.actor.country not in local:
                        return [main]
            elif tok.dep_ in ("nsubj", "nsubjpass") and (asked := self._asked_doer_of_relative(tok)):
                # "NATO called on Russia to pull back the troops it has massed near Ukraine's
                # borders": "it" in a relative clause on what one is asked to act on is the one asked
                # (roles pass 2)
                return asked
            elif tok.dep_ in ("nsubj", "nsubjpass"):
                # a subject "it" is the clause subject named before ("South Korea summoned the
                # Russian ambassador and said it would ...")
                subjects = [m for m in before if m.doc_dep in ("nsubj", "nsubjpass") and m.actor.kind != "person"]
                if subjects:
                    return [subjects[-1]]
            states = [m for m in before if m.actor.kind != "person"]
            if tok.dep_ == "poss":
                # "Turkey and Hungary have not yet ratified its bid": a singular "its" is none of
                # a coordinated subject before it
                plural = {id(m) for group in self._groups(before) if len(group) >= 2 for m in group
                          if self._is_subject(m)}
                if plural:
                    states = [m for m in states if id(m) not in plural]
                    before = [m for m in before if id(m) not in plural]
            if tok.dep_ == "poss" and "zone" in self._object_classes(tok.head) and tok.head.dep_ in ("dobj", "obj"):
                # "Japan summoned China's ambassador after a Chinese plane violated its airspace":
                # a zone entered is another's than the entrant's
                entrants = {m.actor.country for m in self._subjects(tok.head.head).mentions}
                states = [m for m in states if m.actor.country not in entrants]
            if tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
                # "Russia's forces are advancing around Pokrovsk, and its missiles struck Kyiv": a
                # place never acts, so whose the acting subject is is no place named (pass 31)
                states = [m for m in states if m.form != "place"] or states
            if states:
                return [states[-1]]
            if before:
                return [before[-1]]
            return [self.context.last_single] if self.context.last_single else []
        return []


def _partitive_whole(tok: Token) -> Token | None:
    """The whole a partitive word is part of: "vessels" in "several of the vessels"."""
    # (a pronoun whole is left alone: "most of them were deployed" is about troops as often as states;
    # not "several of us" in an official text, some of the issuing body's members: official-register pass)
    return next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and (o.pos_ != "PRON" or o.lower_ in FIRST_PERSON)), None)


def _as_actors(doc: Doc, mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions that name an actor, not a modifier's nationality ("North Korean and Chinese
    pressure")."""
    out = []
    for m in mentions:
        tok = doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("amod", "compound"):
            out.append(m)
    return out


def _group_in(mentions: list[Mention]) -> list[Mention]:
    """The last coordinated pair in a sentence so far ("Putin and Kim ... their")."""
    unique = _unique(mentions)
    return unique[-2:] if len(unique) >= 2 else []


def _bare_speaker(tok: Token, modifiers: frozenset[str]) -> bool:
    """"a spokesman", "the official", "a ministry spokeswoman", "a senior official": a speaking
    noun with an article and at most modifiers of rank or office, naming no one (pass 24, pass 43)."""
    words = [c for c in tok.children if c.dep_ != "punct"]
    dets = [c.lower_ for c in words if c.dep_ == "det"]
    if dets not in (["a"], ["an"], ["the"]):
        return False
    return all(c.dep_ == "det" or (c.dep_ in ("amod", "compound") and c.i < tok.i and not list(c.children)
                                   and c.lower_ in modifiers) for c in words)

