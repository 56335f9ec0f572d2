"""Stage: standing relationships (ALLY, PARTNER, TRADE, PATRON, SUPPLIER, ADVERSARY, MEMBER) from
relational nouns and adjectives ("Russia's ally", "a strategic partnership between ...", "the
U.S.-Japan alliance"), treaty clauses and spheres of influence, each written by `_emit_rel`.

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues`, `self.actors`,
`self.by_token`, `self._parts`, `self._frame_subject` and `self._membership_body`, appends to
`self.relationships`, and uses phrases.py, roles.py, status.py, when.py, triggers.py,
noun_events.py (`_referent`) and emit.py (`_emit`: joining a body is also an AGREE event); the
body of the latest MEMBER tie is kept in `self._membership_body` for verb_events.py.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable

from spacy.tokens import Span, Token

from ..actors import Mention
from ..cues import SYMMETRIC_RELATIONSHIPS, Reading
from .context import COUNT_WORDS, DEFINITE, RELATIVE, _ACCESSION, _unique, _unique_countries


class _Relationships:
    """Standing relationships between actors (a mixin of _DocumentAnalysis)."""

    def _relationships(self, sent: Span, candidates: list[Token]) -> None:
        cues = self.cues
        self._tie_holders: frozenset[str] = frozenset()  # the holders of the tie noun read (relationships pass 4)
        if any(t.lemma_.lower() in cues.membership_verbs for t in candidates):
            self._body_members(sent)
        if any(t.lemma_.lower() in cues.chairing_verbs or t.lemma_.lower() in cues.chair_nouns for t in candidates):
            self._chairs(sent)
        if sent.root.lemma_.lower() in cues.body_nouns or sent.root.lemma_.lower() in cues.copulas:
            self._body_defined(sent)
        self._standing_verbs(sent)
        self._at_odds(sent)
        self._defence_pledges(sent)
        self._sought_membership(sent)
        for tok in candidates:
            if tok.pos_ == "VERB" and (tok.lemma_.lower() in cues.supplying_verbs or tok.lemma_.lower() in cues.receiving_verbs):
                self._habitual_supply(sent, tok)
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in cues.reliance_verbs:
                self._reliance(sent, tok)
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in cues.share_verbs:
                self._share_of(sent, tok)
        for tok in candidates:
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            lemma = tok.lemma_.lower()
            cue = cues.rel_nouns.get(lemma) if tok.pos_ in ("NOUN", "PROPN") else cues.rel_adjectives.get(tok.lower_)
            if cue is None and tok.pos_ == "NOUN" and lemma in cues.clause_synonyms:
                # "commits each to come to the other's aid": read as "assistance" (relationships pass 2)
                cue = cues.rel_nouns.get(cues.clause_synonyms[lemma])
            if cue is None or tok.i in self.by_token:
                continue
            if cue.head_only and (tok.dep_ in ("compound", "amod", "nmod")
                                  or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
                continue  # "a trade war with China", "the trade of munitions between ...": an act (pass 28)
            if cue.head_only and not self._prep_objects(tok, cue.preps):
                continue  # "settling their trade in roubles": the other side is named by "with"/"between"
            rel_type = cue.type
            modified = None
            for child in tok.children:
                if child.dep_ in ("amod", "compound") and child.i < tok.i:
                    modified = cue.modifiers.get(child.lemma_.lower()) or cue.modifiers.get(child.lower_) or modified
            if modified:
                rel_type = modified
            elif cue.treaty_clause and _reciprocal_clause(sent):
                pass  # "obliges each side to provide military assistance if the other is attacked"
            elif cue.only_modifiers:
                continue
            if cue.of_classes and not any(set(cue.of_classes).intersection(self._object_classes(o)) or self._goods(o)
                                          for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                          for o in p.children if o.dep_ == "pobj"):
                continue  # "a source of tension" is no supplier (a source of goods is: relationships pass 1)
            if cue.sphere:
                self._sphere(sent, tok)
                continue
            if cue.treaty_clause:
                self._treaty_tie(sent, tok, rel_type)
                continue
            self._frame_subject = []
            self._tie_holders = frozenset()
            named = self._treaty_parties(tok)
            if named:
                # "the Treaty on Comprehensive Strategic Partnership": the tie is between its parties
                for a, b in combinations(named, 2):
                    self._emit_rel(sent, a, b, rel_type, False, 0.6)
                continue
            pair = self._hyphen_pair(tok) if rel_type in SYMMETRIC_RELATIONSHIPS else []
            if pair:
                # "the U.S.-Japan alliance": the tie is between the two states it is named by
                # ("dismissed talk of a Russia-China alliance": denied; relationships pass 5)
                self._emit_rel(sent, pair[0], pair[1], rel_type, self._denier(tok) is not None, 0.7)
                continue
            said_of = self._tie_said_of(tok, rel_type)
            if said_of is not None:
                # "it is not a military alliance" (of the treaty just named), "the Russia-China
                # relationship does not turn into an alliance" (pass 28)
                parties, negated = said_of
                for a, b in combinations(parties, 2):
                    self._emit_rel(sent, a, b, rel_type, negated, 0.6)
                continue
            anchor = tok
            if tok.dep_ in ("nmod", "compound") and tok.i < tok.head.i and any(c.dep_ == "conj" for c in tok.children) \
                    and tok.head.lemma_.lower() in cues.counterpart_nouns:
                # "Poland's most important ally and weapons supplier": the parser hangs the first tie
                # noun of a coordination on the last; it stands where that one stands (pass 33)
                anchor = tok.head
            if rel_type != "MEMBER" and tok.dep_ == "compound" and tok.head.i == tok.i + 1 \
                    and tok.head.lemma_.lower() in cues.member_heads:
                # "Peru is a client state of Chile", "declared Chile an enemy state": the tie noun
                # qualifies a state; it stands where the state stands (relationships pass 2)
                anchor = tok.head
            holders, negated, how = self._holders(anchor)
            self._tie_holders = frozenset(m.actor.country for m in holders)
            negated = negated or (anchor.head.lemma_.lower() in cues.copulas and _negative_framer(anchor))
            denier = self._denier(anchor)
            if denier is not None:
                # "Chile denied that it was Peru's ally", "Lavrov dismissed talk of an alliance between
                # Russia and China", "Chile and Peru are far from allies": a tie denied or kept at a
                # distance is denied (relationships pass 5)
                negated = True
                if not holders and denier.dep_ == "advmod":
                    # ("Chile and Peru are far from allies": the copula's subjects hold it)
                    holders, how = [m for m in self._subjects(denier.head).mentions if m.actor.kind == "country"], 0.7
                elif not holders and not cue.head_only and self._prep_objects(anchor, ("with",)) \
                        and not self._prep_objects(anchor, ("between",)) \
                        and anchor in denier.subtree and denier.pos_ == "VERB" and not any(
                            c.dep_ == "poss" for c in anchor.children):
                    # ("Chile ruled out an alliance with Peru": the one refusing it is its would-be holder;
                    # not "denied any arms trade with Peru", a trade of goods being an act)
                    holders, how = [m for m in self._subjects(denier).mentions if m.actor.kind == "country"], 0.6
            if not holders and anchor.dep_ == "pobj" and anchor.head.lower_ == "like" \
                    and (likened := self.by_token.get(anchor.head.head.i)) is not None and likened.actor.kind == "country":
                # "Peru, like Chile and Bolivia a founding member of NATO": the parser makes the noun a
                # second object of "like"; the state "like" hangs on holds it (relationships pass 3)
                holders, how = [likened], 0.7
            if not holders and cue.head_only:
                # "Chinese trade with Russia has reached record levels": a state's demonym or name on the
                # trade holds it, as its possessor does (relationships pass 4)
                holders = [m for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                           for m in self._np(c, True).mentions if m.actor.kind == "country"]
                how = 0.7 if holders else how
            if lemma in cues.owned_ties:
                # "India's purchases of Russian crude", "Chinese purchases of Iranian oil": a state's
                # purchases of another's goods are its trade with it; only goods, never "purchases of
                # Russian goodwill", and only plural: "Poland's purchase of Russian gas" is one act
                # (relationships pass 5)
                # (nor arms: "its purchases of North Korean weapons" are deliveries, read as acts)
                bought = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                if tok.tag_ != "NNS" or not any(self._goods(o) and not {"arms", "munitions"} & set(self._object_classes(o))
                                                for o in bought):
                    continue
                if not holders:
                    for c in tok.children:
                        if c.dep_ == "poss" and c.pos_ == "PRON":
                            # ("China ... has increased its purchases": "its" is the subject of the nearest
                            # clause above, when that is a state, as in relationships pass 1)
                            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and any(
                                d.dep_ in ("nsubj", "nsubjpass") and not d.left_edge.i <= tok.i <= d.right_edge.i
                                for d in a.children)), None)
                            subject = [m for m in self._subjects(verb).mentions if m.actor.kind == "country"] \
                                if verb is not None else []
                            holders += subject or [m for m in self._np(c, True).mentions if m.actor.kind == "country"]
                        elif c.dep_ in ("amod", "compound", "poss") and c.i < tok.i:
                            holders += [m for m in self._np(c, True).mentions if m.actor.kind == "country"]
                    how = 0.7 if holders else how
            holders = holders + self._likened(holders, anchor)
            if negated and _not_both(anchor):
                continue  # "China cannot be both a peacemaker and Russia's main supplier": no denial of either (relationships pass 3)
            others = self._counterparts(anchor, cue.preps)
            if others and holders and tok.dep_ == "conj" and tok.head.lemma_.lower() in cues.counterpart_nouns \
                    and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) \
                    and {m.actor.country for m in others} <= self._tie_holders:
                # "Chile is the country's treaty ally and its largest arms supplier": an "its" read as the
                # holder itself is the other side of the tie noun it is coordinated with (relationships pass 4)
                others = [m for m in self._counterparts(tok.head, cue.preps) if m.actor.country not in self._tie_holders]
            first = tok
            while first.dep_ == "conj" and first.head.lemma_.lower() in cues.counterpart_nouns:
                first = first.head  # ("its main ally and trading partner": the phrase's first noun)
            if holders and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in first.children):
                # An "its" on a tie noun set beside a state is the possessor of the phrase it is set in
                # ("Pyongyang ... its border with China, its main ally and trading partner": the border's
                # owner), or of an apposition before it on the same state ("China, North Korea's largest
                # trading partner and, with Russia, its only treaty ally"), not the state named last
                # (relationships pass 5)
                own = {m.actor.country for m in holders}
                owners: list[Mention] = []
                if first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.lemma_.lower() not in cues.rel_nouns:
                    for c in first.head.children:
                        if c.dep_ == "poss" and c.pos_ == "PRON":
                            # (that phrase's own "its" is the subject of the nearest clause above whose
                            # subject does not hold it, as in relationships pass 1)
                            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and any(
                                d.dep_ in ("nsubj", "nsubjpass") and not d.left_edge.i <= tok.i <= d.right_edge.i
                                for d in a.children)), None)
                            owners += self._subjects(verb).mentions if verb is not None else []
                        elif c.dep_ == "poss":
                            owners += self._np(c, True).mentions
                elif first.dep_ == "appos":
                    owners = [m for a in first.head.children if a.dep_ == "appos" and a.i < first.i
                              and a.lemma_.lower() in cues.counterpart_nouns
                              for c in a.children if c.dep_ == "poss" and c.pos_ != "PRON" for m in self._np(c, True).mentions]
                owners = [m for m in owners if m.actor.kind == "country" and m.actor.country not in own]
                if owners:
                    others = owners
            if not others and rel_type == "SUPPLIER":
                # "a key supplier of arms to Peru": the recipient hangs on the goods (relationships pass 2)
                others = [m for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj" and (self._goods(g) or {"arms", "munitions"} & set(self._object_classes(g)))
                          for m in self._prep_objects(g, ("to",)) if m.actor.kind == "country"]
            if rel_type == "MEMBER" and not others:
                # "Poland, a NATO member state", "a NATO member": the body named before the noun
                # (pass nineteen)
                host = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.cues.member_heads else tok
                others = [m for c in (*tok.children, *host.children) if c.dep_ in ("compound", "nmod") and c.i < tok.i
                          for m in self._np(c, True).mentions if m.actor.kind == "organisation"]
                if others and host is not tok and not holders:
                    holders, negated, how = self._holders(host)
                if not others and holders and tok.dep_ in ("attr", "oprd") and not any(
                        c.dep_ in ("poss", "prep", "compound", "nmod") for c in tok.children):
                    # "NATO said it was concerned, but stressed that Turkey remained a valued member":
                    # a bare membership is of the body the sentence first names (pass 33)
                    others = [m for m in self.mentions if sent.start <= m.start and m.end <= tok.i
                              and m.actor.kind == "organisation" and m.actor.country
                              and m.actor.country not in {h.actor.country for h in holders}][:1]
            if not holders and others and tok.lemma_.lower() in cues.counterpart_nouns \
                    and any(c.dep_ == "poss" for c in tok.children):
                # "ready to discuss the proposal with its South Korean ally": a national modifier on a
                # possessed counterpart noun names the one holding the tie (relationships pass 1)
                owners = others
                if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
                    # ("its" is the subject of the clause the noun is in: "the United States ... was
                    # ready to discuss it with its South Korean ally")
                    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= tok.i <= c.right_edge.i
                        for c in a.children)), None)
                    owners = [m for m in self._subjects(verb).mentions if m.actor.kind == "country"
                              and not tok.left_edge.i <= m.start <= tok.right_edge.i] if verb is not None else []
                own = {m.actor.country for m in owners}
                national = [m for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                            for m in self._np(c, True).mentions if m.actor.kind == "country" and m.actor.country not in own]
                if national and owners:
                    holders, others, how = national, owners, 0.7
            count = next((c for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), None)
            if count is None and not holders and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and tok.head.head.lower_ in ("both", "two", "three") and tok.head.head.dep_ in ("nsubj", "nsubjpass"):
                # "a reminder that both of the North's patrons are now standing beside ...": the counted
                # subject is the group named before, as "its two allies" is (relationships pass 3)
                count = tok.head.head
            set_off = self._coordination_set_off(tok.head.head) \
                if others and tok.dep_ == "pobj" and tok.head.lower_ == "of" else []
            if set_off:
                # "Tokyo and Seoul, two of the United States' treaty allies, ...": the parser detaches the
                # counted phrase from the coordination it is set beside (hanging it on a noun before, whose
                # holder it is not); that coordination holds the tie (relationships pass 4)
                holders, how = [m for m in set_off if m.actor.country not in {o.actor.country for o in others}], 0.6
            if not holders and others and count is not None:
                # "the United States and its two Asian allies": the allies are the two named before
                own = {m.actor.country for m in others}
                # (the counted are states, never a body: "the two largest rivals of the United States"
                # after "Washington and NATO"; relationships pass 2)
                bodies = frozenset(m.actor.country for m in self.mentions if m.actor.kind == "organisation" and m.actor.country)
                holders = self._not_acting_on([m for m in self._counted_group(count, outside=bodies)
                                               if m.actor.country not in own], tok)
                how = 0.6
            if not holders and not others and count is not None and tok.tag_ == "NNS" \
                    and rel_type in SYMMETRIC_RELATIONSHIPS:
                # "the most hostile intentions of the two allies": calling the states counted allies
                # states their tie; whoever speaks of them is not one of them
                holders = self._counted_group(count, outside=frozenset(m.actor.country for m in self._reporter(tok)))
                national = [m for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                            for m in self._np(c, True).mentions if m.actor.kind == "country"]
                if national:
                    # "the quarrel comes at the worst moment for the two American allies": a nationality on
                    # the counted tie noun names the other side of each one's tie, not a tie between them;
                    # the counted are taken only from the states named before in the sentence, exactly as
                    # many (relationships pass 4)
                    own = {m.actor.country for m in national}
                    before = _unique_countries(m for m in self.mentions if sent.start <= m.start and m.end <= tok.left_edge.i
                                               and m.actor.kind == "country" and m.actor.country not in own)
                    size = {"two": 2, "three": 3, "four": 4, "both": 2}.get(count.lower_)
                    holders, others = (before, _unique(national)[:1]) if size and len(before) == size else ([], [])
                if any(self._modifier_of_thing(m) for m in holders):
                    # "taken delivery of a Russian air-defence system, the sharpest break yet between two
                    # NATO allies": a state named only as a thing's modifier is not one of those
                    # counted, and the group is misread (relationships pass 2)
                    holders = []
                how = 0.6
            if not holders and others and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ == "poss" for c in tok.children):
                # "Campbell said the alliance with Seoul remained ironclad": a tie with a partner
                # and no owner named is the reporting speaker's own
                own = {m.actor.country for m in others}
                holders = [m for m in self._reporter(tok) if m.actor.country not in own]
                how = 0.6
            if not others:
                for sibling in (tok.head,) if tok.dep_ == "conj" else tuple(c for c in tok.children if c.dep_ == "conj"):
                    others = self._counterparts(sibling, cue.preps)
                    if others:
                        break
            if not others and anchor.dep_ in ("dobj", "obj") and anchor.head.dep_ == "relcl" \
                    and (anchor.head.lemma_.lower() in cues.forming_verbs or anchor.head.lemma_.lower() in cues.having_verbs) \
                    and any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom")
                                                                            for o in p.children) for p in anchor.head.children):
                # "Bolivia, with which Chile has built a close partnership": the tie formed or had "with
                # which" is with the clause's antecedent (relationships pass 4)
                # (the parser may hang the clause on the verb before: the antecedent is then the noun
                # right before the comma that opens it)
                verb = anchor.head
                start = min(p.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "with")
                before = self.doc[start - 1] if start > 0 and self.doc[start - 1].is_punct else None
                antecedent = verb.head if verb.head.pos_ in ("NOUN", "PROPN") else \
                    self.doc[start - 2] if before is not None and start > 1 and self.doc[start - 2].pos_ == "PROPN" else None
                own = {m.actor.country for m in holders}
                others = [m for m in self._np(antecedent, True).mentions if m.actor.country not in own] \
                    if antecedent is not None else []
            if not others and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into") \
                    and tok.head.head.lemma_.lower() in self.cues.forming_verbs:
                # ("upgraded its ties with the United States to a partnership": the other side is
                # who the ties upgraded are with)
                own = {m.actor.country for m in holders}
                others = [m for o in tok.head.head.children if o.dep_ in ("dobj", "obj")
                          for m in self._prep_objects(o, ("with",)) if m.actor.country not in own]
            if not others and self._frame_subject and rel_type in SYMMETRIC_RELATIONSHIPS:
                # "X sees Y as an adversary" / "X called Y a foe": the viewer is the other side
                others = [m for m in self._frame_subject if m not in holders]
            if not others and len(holders) == 1 and rel_type in ("ALLY", "PARTNER", "ADVERSARY") \
                    and anchor.dep_ in ("attr", "oprd") and not any(c.dep_ == "poss" for c in anchor.children):
                # "Korea has proven a reliable partner, said the Polish defence minister", "he said
                # Australia remained the partner of choice": a state called a partner, with no other
                # side named, is the speaker's partner (pass 33)
                own = {m.actor.country for m in holders}
                others = [m for m in self._reporter(anchor) if m.actor.country and m.actor.country not in own]
                how = 0.6
            if not holders and not others and rel_type == "ALLY" and tok.tag_ == "NN":
                # "Trump said the United States was behind Japan and called the alliance a cornerstone":
                # a bare "the alliance" a state's speaker names is between his state and the one other
                # state the sentence names (relationships pass 3)
                pair = self._speakers_alliance(sent, tok)
                if pair:
                    holders, others, how = pair[:1], pair[1:], 0.6
            if cue.only_with_preps and not others:
                continue
            if not holders and len(others) >= 2 and rel_type in SYMMETRIC_RELATIONSHIPS \
                    and not _only_with(tok, cue.preps):
                holders, others = others[:1], others[1:]
            if holders and not others and count is not None and tok.tag_ == "NNS" and rel_type in SYMMETRIC_RELATIONSHIPS:
                # ("Japan and Peru, two American allies": likewise the nationality is the other side;
                # relationships pass 4)
                own = {m.actor.country for m in holders}
                others = [m for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                          for m in self._np(c, True).mentions if m.actor.kind == "country" and m.actor.country not in own][:1]
            if not others and len(holders) >= 2 and rel_type in SYMMETRIC_RELATIONSHIPS:
                for a, b in combinations(holders, 2):
                    self._emit_rel(sent, a, b, rel_type, negated, how)
                continue
            if others and not cue.reverse and any(c.lower_.split("-")[0] in ("second", "third") for c in tok.subtree
                                                  if c.i < tok.i and c.dep_ in ("amod", "advmod")):
                # "Russia has become the North's second-largest trading partner after China": the one
                # ranked before holds the same tie (pass 28)
                # (the parser may hang "after" on the copula)
                for first in self._prep_objects(tok, ("after",)) + (
                        self._prep_objects(tok.head, ("after",)) if tok.dep_ == "attr" else []):
                    for o in others:
                        self._emit_rel(sent, first, o, rel_type, negated, 0.6)
            if others and holders and not cue.reverse and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ("top", "leading", "main"))
                                                              for c in tok.children):
                # "Chile is Peru's largest arms supplier, followed by Bolivia": who follows in the
                # ranking holds the same tie (relationships pass 2)
                # (the parser may hang "followed" on the copula)
                for follow in (c for t in (tok, tok.head if tok.dep_ == "attr" else tok) for c in t.children
                               if c.dep_ in ("acl", "advcl") and c.lemma_.lower() == "follow" and c.tag_ == "VBN"):
                    for o in others:
                        for nxt in (self.by_token[t.i] for a in follow.children if a.dep_ == "agent" for p in a.children
                                    if p.dep_ == "pobj" for t in (p, *p.conjuncts) if t.i in self.by_token):
                            self._emit_rel(sent, nxt, o, rel_type, negated, 0.6)
            for h in holders:
                for o in others:
                    src, dst = (o, h) if cue.reverse else (h, o)
                    self._emit_rel(sent, src, dst, rel_type, negated, how)
                    if rel_type == "MEMBER" and not negated and tok.dep_ == "attr" \
                            and tok.head.lemma_.lower() in self.cues.accession_verbs:
                        # "Sweden formally became NATO's 32nd member on Thursday": joining is an act
                        status, attributed = self._status(tok.head, None)
                        self._emit(sent, tok.head, Reading("AGREE", "accession"), [src], [dst], status, attributed,
                                   how, _ACCESSION, self._location(tok.head), self._date_for(tok.head, None))
                    elif rel_type == "MEMBER" and not negated and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
                            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in self.cues.admitting_verbs:
                        # "the bloc on Thursday admitted Chile as its tenth member": taking it in is an act (pass 42)
                        verb = tok.head.head
                        status, attributed = self._status(verb, None)
                        self._emit(sent, verb, Reading("AGREE", "accession"), [src], [dst], status, attributed,
                                   how, _ACCESSION, self._location(verb), self._date_for(verb, None))

    def _not_acting_on(self, group: list[Mention], noun: Token) -> list[Mention]:
        """A counted group with another side named ("the United States' two Asian allies") is not the
        states that are the subject of a verb above the noun, acting on the counted ones ("to show how closely Moscow and
        Beijing are aligned and to probe the seams between the United States' two Asian allies", "if
        Moscow and Beijing wanted to test whether Washington's two partners would stand together"):
        with one of them among it the group is misread and none is taken (relationships pass 1)."""
        acting: set[str] = set()
        for verb in noun.ancestors:
            if verb.pos_ in ("VERB", "AUX"):
                for c in verb.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= noun.i <= c.right_edge.i:
                        acting |= {m.actor.country for m in self._np(c, True).mentions}
                for conj in (verb.head,) if verb.dep_ == "conj" else ():
                    # ("... are aligned and to probe ...": a clause coordinated with the one above)
                    for c in conj.children:
                        if c.dep_ in ("nsubj", "nsubjpass") and not c.left_edge.i <= noun.i <= c.right_edge.i:
                            acting |= {m.actor.country for m in self._np(c, True).mentions}
        return [] if any(m.actor.country in acting for m in group) else group

    def _tie_said_of(self, noun: Token, rel_type: str) -> tuple[list[Mention], bool] | None:
        """A symmetric tie (not a counterpart noun: "alliance", not "ally") said of a pact or of a
        relationship rather than of states: the copula's subject "it" or a pact noun stands for the
        parties of the latest accord ("Russia and Iran signed a treaty ... it is not a military
        alliance" -> ALLY RUS-IRN, negated); a relationship named by a hyphenated pair stands for the
        pair, also as the subject of a verb of change ("the Russia-China relationship does not turn
        into a formal military alliance") (pass 28)."""
        cues = self.cues
        if rel_type not in SYMMETRIC_RELATIONSHIPS or noun.lemma_.lower() in cues.counterpart_nouns \
                or self._counterparts(noun, cues.rel_nouns[noun.lemma_.lower()].preps if noun.lemma_.lower() in cues.rel_nouns else ()):
            return None
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in cues.copulas:
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.lemma_.lower() in cues.changing_verbs:
            verb = noun.head.head
            if any(c.dep_ in ("dobj", "obj") for c in verb.children):
                return None
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        parties: list[Mention] = []
        agree = cues.nouns.get(subject.lemma_.lower()) if subject.pos_ == "NOUN" else None
        if subject.lemma_.lower() in cues.trade_heads:
            parties = self._hyphen_pair(subject)
        elif subject.lower_ == "it" or (agree is not None and agree.type == "AGREE"
                                         and any(c.lower_ in DEFINITE for c in subject.children)):
            earlier = self._referent(subject, agree) if agree is not None else self._recent_type.get("AGREE")
            parties = _unique_countries([*earlier[0], *earlier[1]]) if earlier else []
        if len(parties) < 2:
            return None
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _no_longer(verb)
        return parties, negated

    def _habitual_supply(self, sent: Span, verb: Token) -> None:
        """"Russia supplies 9% of Japan's LNG imports", "Britain began supplying the missiles to Kyiv",
        "Hungary will keep receiving Russian gas": a supply stated as a habit (a present simple verb,
        or one under a verb of habit) is a standing SUPPLIER tie (pass 28)."""
        cues = self.cues
        if verb.dep_ == "relcl" and self._relative_supply(sent, verb):
            return
        habit = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.habitual_verbs else None
        if habit is None and (verb.tag_ not in ("VBZ", "VBP") or verb.dep_ in ("relcl", "acl", "amod", "advcl")
                              or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            return
        clause = habit if habit is not None else verb
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in clause.children):
            return
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for t in (verb, clause) for c in t.children)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        subjects = [m for m in self._subjects(clause).mentions if m.actor.kind == "country"]
        # (only goods or things of a kind: "both buy Iranian goodwill cheaply" is bought from no one;
        # relationships pass 2)
        from_object = [m for o in objects if self._goods(o) or set(self._object_classes(o)) - {"person", "individual"}
                       for t in o.subtree if t.dep_ in ("amod", "compound", "poss") and t.head.i == o.i
                       for m in self._np(t, True).mentions if m.actor.kind == "country"]
        if verb.lemma_.lower() in cues.receiving_verbs:
            suppliers, recipients = from_object, subjects
            if any(self._goods(o) for o in objects):
                # "Hungary still buys most of its gas from Russia": goods bought "from" a state
                # (relationships pass 1)
                suppliers = suppliers + [m for m in self._prep_objects(verb, ("from",)) if m.actor.kind == "country"]
                # ("buys most of its arms from Chile": the parser may hang "from" on the goods;
                # relationships pass 2)
                suppliers += [m for o in objects for t in o.subtree if t.dep_ == "pobj" and t.i != o.i
                              for m in self._prep_objects(t, ("from",)) if m.actor.kind == "country"]
        else:
            recipients = [m for m in self._prep_objects(verb, ("to",)) if m.actor.kind == "country"]
            recipients += [m for c in verb.children if c.dep_ == "dative" for m in self._np(c, True).mentions]
            if len(objects) >= 2:
                # "Russia sells Armenia most of its weapons": the parser makes the indirect object a
                # second direct object; a state named first is the recipient (pass 33)
                recipients += [m for m in self._np(objects[0], True).mentions if m.actor.kind == "country"]
            if any(self._goods(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj"):
                # "Chile supplies Peru with arms": the object supplied "with" goods is the recipient
                # (relationships pass 5)
                recipients += [self.by_token[t.i] for o in objects for t in (o, *o.conjuncts)
                               if t.i in self.by_token and self.by_token[t.i].actor.kind == "country"]
            for o in objects:
                for t in o.subtree:
                    if t.dep_ == "poss" and t.head.lemma_.lower() in cues.intake_nouns:
                        # "9% of Japan's LNG imports"
                        recipients += self._np(t, True).mentions
                    elif t.dep_ == "poss" and t.pos_ != "PRON" and t.head.dep_ == "pobj" and t.head.head.lower_ == "of" \
                            and t.head.head.head.lower_ in cues.share_words:
                        # "supplies much of Turkey's natural gas": a share of a state's goods (pass 33)
                        recipients += self._np(t, True).mentions
                    elif t.dep_ == "acl" and t.lemma_.lower() in cues.receiving_verbs:
                        # "the gallium imported by the United States"
                        recipients += [m for a in t.children if a.dep_ == "agent" for p in a.children
                                       if p.dep_ == "pobj" for m in self._np(p, True).mentions]
            suppliers = subjects
        # (a war's sides that "either side" stands for are no standing customer: "Beijing insists that
        # it supplies no weapons to either side"; session 14)
        recipients = [m for m in recipients if not any(c.lower_ in cues.armed_side_determiners for c in self.doc[m.start].children)]
        for s in _unique_countries(suppliers):
            for r in _unique_countries(recipients):
                self._emit_rel(sent, s, r, "SUPPLIER", negated, 0.6)

    def _relative_supply(self, sent: Span, verb: Token) -> bool:
        """"the missile-defence systems Japan is buying from the United States", "the gas Russia sells
        to Hungary": a relative clause in the present on goods, with the other state named, states a
        standing supply (relationships pass 1). Whether one was found."""
        cues = self.cues
        goods = verb.head
        # (the noun or a modifier before it: "the missile-defence systems")
        named = [goods, *(t for t in goods.subtree if t.i < goods.i and t.dep_ in ("compound", "amod"))]
        if not (any(t.lemma_.lower() in cues.supplied_goods or t.lower_ in cues.supplied_goods for t in named)
                or {"arms", "munitions"} & set(self._object_classes(goods))):
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        present = (verb.tag_ in ("VBZ", "VBP") and not auxes) or (
            verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].lower_ in ("is", "are", "am"))
        if not present or any(c.dep_ == "neg" for c in verb.children):
            return False
        subjects = [m for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE
                    for m in self._np(c, True).mentions if m.actor.kind == "country"]
        if verb.lemma_.lower() in cues.receiving_verbs:
            suppliers = [m for m in self._prep_objects(verb, ("from",)) if m.actor.kind == "country"]
            recipients = subjects
        else:
            suppliers = subjects
            recipients = [m for m in self._prep_objects(verb, ("to",)) if m.actor.kind == "country"]
        for s in _unique_countries(suppliers):
            for r in _unique_countries(recipients):
                self._emit_rel(sent, s, r, "SUPPLIER", False, 0.6)
        return bool(suppliers and recipients)

    def _goods(self, obj: Token) -> bool:
        """Whether a phrase names goods a state may supply ("most of its gas", "LNG", "weapons",
        "part of its energy imports"): a word of `supplied_goods` or `intake_nouns` in it."""
        cues = self.cues
        return any(t.lemma_.lower() in cues.supplied_goods or t.lower_ in cues.supplied_goods
                   or t.lower_ in cues.intake_nouns for t in obj.subtree)

    def _reliance(self, sent: Span, verb: Token) -> None:
        """"Japan relies on Russia for part of its energy imports", "Hungary depends on Russian gas":
        a state relying on another for goods is supplied by it (relationships pass 1); the supplier
        is the "on" object, or the state the goods are from, the recipient the subject. Reliance for
        anything else ("relies on Washington for its security") and a condition tie no one."""
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children):
            return
        on = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
        wanted = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        suppliers: list[Mention] = []
        patronage = self.cues.patronage_nouns
        patrons = [m for o in on for m in self._np(o, True).mentions if m.actor.kind == "country"] \
            if any(o.lemma_.lower() in patronage or o.lower_ in patronage for o in wanted) else \
            [m for o in on if not wanted for g in (o, *o.conjuncts) if g.lemma_.lower() in patronage or g.lower_ in patronage
             for t in g.children if t.dep_ in ("amod", "compound", "poss") for m in self._np(t, True).mentions
             if m.actor.kind == "country"]
        if wanted and any(self._goods(o) for o in wanted):
            suppliers = [m for o in on for m in self._np(o, True).mentions if m.actor.kind == "country"]
        elif not wanted:
            suppliers = [m for o in on if self._goods(o) for t in o.children if t.dep_ in ("amod", "compound", "poss")
                         for m in self._np(t, True).mentions if m.actor.kind == "country"]
        if not suppliers and not patrons:
            return
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _no_longer(verb)
        if verb.dep_ == "relcl" and any(t.lower_ in RELATIVE for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
            # "Tokyo and Seoul, both of which rely on Russia for ...": the states the clause is on
            recipients = [m for m in self._np(verb.head, True).mentions if m.actor.kind == "country"]
            if not recipients and verb.head.dep_ == "appos":
                # "Bolivia, another government that has leaned on Chile for arms": the clause is on a
                # description set beside the state (relationships pass 2)
                recipients = [m for m in self._np(verb.head.head, True).mentions if m.actor.kind == "country"]
        else:
            # ("His government depends on Russian loans": a leader's government stands for his state;
            # relationships pass 3)
            subject = self._subject_token(verb)
            recipients = [m for m in self._subjects(verb).mentions if m.actor.kind == "country"
                          or (m.actor.kind == "person" and subject.lemma_.lower() in ("government", "country", "economy", "regime"))]
        for s in _unique_countries(suppliers):
            for r in _unique_countries(recipients):
                self._emit_rel(sent, s, r, "SUPPLIER", negated, 0.6)
        for s in _unique_countries(patrons):
            # ("depends on Russian loans", "relies on Chile for aid": money or aid relied on makes
            # the giver a patron; relationships pass 3)
            for r in _unique_countries(recipients):
                self._emit_rel(sent, s, r, "PATRON", negated, 0.6)

    def _share_of(self, sent: Span, verb: Token) -> None:
        """"China accounts for more than 90 percent of North Korea's trade" -> TRADE CHN-PRK; "Russia
        accounts for 40 percent of Hungary's gas imports" -> SUPPLIER RUS->HUN: a state that makes
        up a share of another's trade or exports trades with it, of its imports or goods supplies it
        (relationships pass 1). Only with the other state the possessor of what the share is "of"."""
        cues = self.cues
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children):
            return
        shares = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _no_longer(verb)
        holders = [m for m in self._subjects(verb).mentions if m.actor.kind == "country"]
        for share in shares:
            for whole in (o for p in share.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                if whole.lemma_.lower() in cues.traded_nouns or whole.lower_ in cues.traded_nouns:
                    rel_type = "TRADE"
                elif self._goods(whole):
                    rel_type = "SUPPLIER"
                else:
                    continue
                others = [m for c in whole.children if c.dep_ == "poss" and c.pos_ != "PRON"
                          for m in self._np(c, True).mentions if m.actor.kind == "country"]
                for h in _unique_countries(holders):
                    for o in _unique_countries(others):
                        self._emit_rel(sent, h, o, rel_type, negated, 0.6)

    def _hyphen_pair(self, noun: Token) -> list[Mention]:
        """The two states of a hyphenated modifier ("U.S.-Japan", "Russia-North Korea") before the noun."""
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
        if not modifiers and noun.i > 0 and "-" in self.doc[noun.i - 1].text.strip("-"):
            # "the U.S.-Japan alliance" as one token the parser hangs elsewhere
            modifiers = [self.doc[noun.i - 1]]
        if not modifiers:
            return []
        start = min(c.left_edge.i if c.head.i == noun.i else c.i for c in modifiers)
        parts = [p.strip() for p in self.doc[start:noun.i].text.split("-")]
        if len(parts) != 2:
            return []
        found: list[Mention] = []
        for part in parts:
            actor = self.actors.lookup(part[4:] if part.lower().startswith("the ") else part)
            if actor is None or actor.kind != "country":
                return []
            found.append(Mention(noun.i, noun.i + 1, actor, "name"))
        return found if found[0].actor.country != found[1].actor.country else []

    def _reporter(self, tok: Token) -> list[Mention]:
        """Who reports the clause holding `tok`: the subject of the nearest verb of saying above it."""
        node = tok
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in self.cues.reporting \
                    and node.i not in {t.i for t in tok.ancestors if t.dep_ == "relcl"}:
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i
                       for c in node.children):
                    continue  # "his office said": tok is in the reporter itself, not reported by it
                return self._subjects(node).mentions
        return self._inserted_reporter(tok)

    def _inserted_reporter(self, tok: Token) -> list[Mention]:
        """"Seoul, he said, was not a partner": a verb of saying set into the clause (parsed as
        parataxis on a verb above `tok`) reports it; its subject is the reporter (relationships pass 3)."""
        for node in tok.ancestors:
            for c in node.children:
                if c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in self.cues.reporting \
                        and not c.left_edge.i <= tok.i <= c.right_edge.i:
                    return self._subjects(c).mentions
        return []

    def _treaty_parties(self, noun: Token) -> list[Mention]:
        """Parties of the agreement whose name holds `noun` ("Treaty on ... Partnership")."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("on", "of"):
            return []
        parts = self._parts.get(noun.head.head.i)
        if parts is None or parts[2] != "AGREE":
            return []
        return _unique_countries([*parts[0], *parts[1]])

    def _body_members(self, sent: Span) -> None:
        """"The SCO, led by China and Russia, also includes India and Pakistan": the states a body
        includes or comprises, and those it is led by, are its members (pass nineteen). A bare "the
        bloc"/"the grouping" is the organisation last named."""
        for verb in sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.cues.membership_verbs:
                continue
            if lemma == "lead":
                # only the passive participle on the body: "the grouping, led by China and Russia"
                if verb.dep_ != "acl" or verb.tag_ != "VBN":
                    continue
                body_tok = verb.head
                members = [m for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                           for m in self._np(o, True).mentions]
            else:
                body_tok = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if body_tok is not None and body_tok.lower_ in RELATIVE and verb.dep_ == "relcl":
                    body_tok = verb.head
                members = [m for o in verb.children if o.dep_ in ("dobj", "obj") for m in self._np(o, True).mentions]
            if body_tok is None:
                continue
            bodies = [m for m in self._np(body_tok, True).mentions if m.actor.kind == "organisation"]
            if not bodies and body_tok.lemma_.lower() in self.cues.body_nouns and [
                    c.lower_ for c in body_tok.children if c.dep_ == "det"] == ["the"]:
                bodies = [m for m in self.mentions if m.end <= body_tok.i and m.actor.kind == "organisation"
                          and m.actor.country][-1:]
            for body in bodies:
                for member in members:
                    if member.actor.kind == "country":
                        self._emit_rel(sent, member, body, "MEMBER", False, 0.6)

    def _body_defined(self, sent: Span) -> None:
        """"The CSTO is a military alliance of Russia, Belarus and Armenia", and the verbless answer to
        a heading "What is the CSTO?" -- "A military alliance of six former Soviet republics: Russia,
        Belarus, ...": the states a definition of a body lists are its members; the body is the
        copula's subject, or in a verbless definition the organisation last named (pass 33)."""
        root = sent.root
        if root.lemma_.lower() in self.cues.body_nouns and root.pos_ == "NOUN":
            body_tok = root
            before = [m for m in self.mentions if m.end <= sent.start and m.actor.kind == "organisation"
                      and m.actor.country][-1:]
        else:
            body_tok = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in self.cues.body_nouns), None)
            if body_tok is None or any(c.dep_ == "neg" for c in root.children):
                return
            before = [m for c in root.children if c.dep_ == "nsubj" for m in self._np(c, True).mentions
                      if m.actor.kind == "organisation"]
        if not before or any(c.dep_ == "poss" for c in body_tok.children):
            return
        listed = [t for c in body_tok.children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
        listed += [t for p in body_tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
        members = [m for t in listed for m in self._np(t, True).mentions
                   if m.actor.kind == "country" and not _former_part(self.doc[m.start])]
        for member in _unique_countries(members):
            self._emit_rel(sent, member, before[0], "MEMBER", False, 0.6)

    def _chairs(self, sent: Span) -> None:
        """"Italy, which chairs the Group of Seven this year", "Poland holds the rotating presidency
        of the EU": a state chairing a body is its member (pass 22)."""
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lemma in self.cues.chairing_verbs:
                verb = tok
                bodies = [o for o in tok.children if o.dep_ in ("dobj", "obj")] + [
                    o for p in tok.children if p.dep_ == "prep" and p.lower_ == "over" for o in p.children if o.dep_ == "pobj"]
            elif tok.pos_ == "NOUN" and lemma in self.cues.chair_nouns and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
                verb = tok.head
                bodies = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            else:
                continue
            orgs = [m for b in bodies for m in self._np(b, True).mentions if m.actor.kind == "organisation"]
            if not orgs or any(c.dep_ == "neg" for c in verb.children):
                continue
            for state in (m for m in self._subjects(verb).mentions if m.actor.kind == "country"):
                for org in orgs:
                    self._emit_rel(sent, state, org, "MEMBER", False, 0.6)

    def _holders(self, noun: Token) -> tuple[list[Mention], bool, float]:
        """Whose tie the noun describes, and whether it is denied."""
        # (a negation before the noun: "not a rival" after it contrasts another noun, "Chile is an ally
        # of Peru, not a rival"; and "neither" on the first of a coordination denies every noun of it:
        # "neither an ally nor a rival of Peru"; relationships pass 2)
        top = noun
        while top.dep_ == "conj":
            top = top.head
        if noun.pos_ == "VERB" and noun.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in noun.children):
            # "Chile is closely allied with Peru", "Chile and Peru are allied": a passive tie word's
            # subjects hold it (relationships pass 2)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in noun.children) or _no_longer(noun)
            return [m for c in noun.children if c.dep_ == "nsubjpass" for m in self._np(c, True).mentions], negated, 0.7
        negated = any(c.lower_ in self.cues.rel_negations and c.dep_ in ("det", "neg") and c.i < noun.i for c in noun.children) \
            or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in top.children)
        named = [m for c in noun.children if c.dep_ == "appos" for m in self._np(c, True).mentions if m.actor.country]
        if named:
            # "Russia and its strategic partner China": the name set beside the noun holds the tie
            return named, negated, 0.75
        beside = self._name_after(noun)
        if beside:
            # "Peru's ally Chile voted", "EU members Spain and Italy objected", "fellow NATO member
            # Turkey": a name right after the noun that the parser makes a second subject (or the head
            # the noun modifies) is set beside it all the same (relationships pass 2)
            return beside, negated, 0.7
        if noun.lemma_.lower() in self.cues.counterpart_nouns and any(c.dep_ == "poss" for c in noun.children):
            # "Tokyo and its allies in Washington and Seoul": the allies are those whose capitals or
            # states they are "in" (pass seventeen)
            # (the capitals or states themselves: "its allies in the region" names none)
            placed = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                      if (m := self.by_token.get(t.i)) is not None
                      and m.actor.kind == "country" and m.form in ("name", "metonym")]
            if placed:
                return placed, negated, 0.7
        if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "into") and noun.head.head.lemma_.lower() in self.cues.forming_verbs:
            # "Vietnam upgraded its ties with the United States to a comprehensive strategic
            # partnership": the upgrader holds the tie it is raised to
            return self._subjects(noun.head.head).mentions, negated, 0.7
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in self.cues.copulas \
                and {"each", "other"} <= {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}:
            # "Russia and China call each other strategic partners": the parser makes "each other" a
            # modifier of the noun; the reciprocal subjects hold the tie between them (pass 33)
            negated = negated or any(c.dep_ == "neg" for c in noun.head.children) or _no_longer(noun.head)
            return self._subjects(noun.head).mentions, negated, 0.7
        first = noun
        while first.dep_ == "conj" and first.head.lemma_.lower() in self.cues.counterpart_nouns:
            first = first.head  # "its main ally and trading partner": the phrase's first noun
        if first.dep_ == "conj" and first.lemma_.lower() in self.cues.counterpart_nouns and any(
                c.dep_ == "poss" for c in first.children):
            # "relies on China, its main ally and trading partner": an apposition the parser makes a
            # conjunct of the name before the comma (pass 22)
            # (also with a named possessor: "urged Beijing, North Korea's treaty ally and its main
            # trading partner, to press ..."; relationships pass 3)
            beside = self._unparsed_appositions(first)
            if beside:
                return beside, negated, 0.7
        node = noun
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and (
                node.head.head.lower_ == "one" or node.head.head.like_num or node.head.head.lower_ in ("both", "all")):
            # "has become one of Moscow's suppliers", "Japan and South Korea, two of NATO's four
            # partners": the tie is said of the part
            node = node.head.head
        if node.dep_ == "compound" and node.head.pos_ == "NOUN":
            # "signed the Comprehensive Strategic Partnership treaty": the tie the named pact forms
            head = node.head
            if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in self.cues.forming_verbs:
                return self._subjects(head.head).mentions, negated, 0.7
        for clause in node.children:
            # "the alliance the two countries had kept": the holders are the relative clause's subject
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.cues.forming_verbs:
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
                if subjects:
                    return [m for c in subjects for m in self._np(c, True).mentions], negated, 0.7
        head = node.head
        if node.dep_ == "nsubj" and head.lemma_.lower() in self.cues.copulas:
            # "Peru's closest ally is Chile", "Chile, whose main supplier of gas is Peru": a tie noun as the
            # copula's subject is held by the state named as its complement (relationships pass 5)
            named = [self.by_token[t.i] for c in head.children if c.dep_ == "attr" for t in (c, *c.conjuncts)
                     if t.i in self.by_token]
            if named:
                negated = negated or any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children) or _no_longer(head)
                return named, negated, 0.7
        own_subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if own_subjects:
            # a small clause: "the treaty makes Russia and North Korea allies"
            # ("will not make Chile an ally of Peru": the verb above denies it; relationships pass 1)
            frame = node.head if node.dep_ in ("ccomp", "xcomp", "oprd") and node.head.lemma_.lower() in self.cues.copulas else None
            if frame is not None:
                negated = negated or any(c.dep_ == "neg" or c.lower_ == "never" for c in frame.children) or _no_longer(frame)
                if [c.lower_ for c in own_subjects] == ["it"] and frame.dep_ == "advcl" and frame.tag_ == "VBG":
                    # ("..., making it Peru's largest arms supplier": "it" is the clause's subject)
                    return self._subjects(frame.head).mentions, negated, 0.7
                # ("Chile does not consider Peru an ally": the viewer is the other side, as with
                # an object; relationships pass 1)
                self._frame_subject = self._subjects(frame).mentions
            return [m for c in own_subjects for m in self._np(c, True).mentions], negated, 0.7
        by_far = node.dep_ == "pobj" and head.lower_ == "by" and any(c.lower_ == "far" for c in (*node.children, *head.children)) \
            and head.head.lemma_.lower() in self.cues.copulas
        if by_far:
            # "China remains by far North Korea's largest trading partner": the parser hangs the
            # noun on "by"; it is the copula's complement all the same (pass 28)
            node, head = head, head.head
        among = node.dep_ == "pobj" and head.lower_ == "among" and noun.tag_ == "NNS" \
            and head.head.lemma_.lower() in self.cues.copulas | self.cues.ranking_verbs \
            and not any(c.dep_ in ("acomp", "attr", "oprd") for c in head.head.children)  # ("is popular among ...")
        if among:
            # "Peru is among Chile's closest allies", "Chile counts Peru among its allies": one among
            # the tie's holders is one of them, as the copula's complement (relationships pass 2)
            node, head = head, head.head
        # ("Chile, which Peru calls its closest ally": the parser makes a possessed complement a second
        # direct object after the relative pronoun; it is the frame's complement all the same;
        # relationships pass 5)
        second_object = node.dep_ in ("dobj", "obj") and head.lemma_.lower() in self.cues.copulas \
            and any(c.dep_ in ("dobj", "obj") and c.i < node.i and c.lower_ in RELATIVE for c in head.children)
        if (by_far or among or second_object or node.dep_ in ("attr", "acomp", "oprd")) \
                and (head.lemma_.lower() in self.cues.copulas or among):
            negated = negated or any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children) \
                or _no_longer(head) or (head.dep_ == "xcomp" and head.head.lemma_.lower() in self.cues.tie_ceasing_verbs
                                        and not any(c.dep_ == "neg" for c in head.head.children)) \
                or any(c.dep_ == "nsubj" and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children)
                       for c in head.children)
            # ("Chile ceased to be Peru's ally", "stopped being its main supplier"; "Neither Chile nor
            # Peru is an ally of Bolivia": relationships pass 2)
            for c in head.children:
                if c.dep_ in ("dobj", "obj") and c.i < node.i and c.lower_ == "it" and head.dep_ == "advcl" \
                        and head.tag_ == "VBG":
                    # "The United States has provided $65 billion in aid, making it by far Kyiv's
                    # largest weapons supplier": "it" in a participle of result is the clause's
                    # subject (relationships pass 1)
                    return self._subjects(head.head).mentions, negated, 0.7
                if c.dep_ in ("dobj", "obj") and c.i < node.i:
                    # "Lai called China a hostile force": China holds the tie, the caller is the
                    # other side (also in a participle: "welcomed the summit, calling Japan its ally")
                    self._frame_subject = self._subjects(head).mentions
                    return self._np(c, True).mentions, negated, 0.7
            # ("while Russia has for decades been its main supplier": the parser may hang the
            # subject on the auxiliary)
            on_aux = [m for a in head.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"
                      for m in self._np(c, True).mentions]
            if on_aux:
                return on_aux, negated, 0.8
            if head.dep_ in ("acl", "advcl", "relcl") and not any(c.dep_ == "nsubj" for c in head.children):
                return self._np(head.head if head.dep_ != "advcl" else self._subject_token(head.head), True).mentions, negated, 0.7
            if head.dep_ == "relcl" and any(c.dep_ == "nsubj" and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)
                                            for c in head.children):
                # "Erdogan, whose country is a member of NATO": the country of the one the clause is on (pass nineteen)
                return self._np(head.head, True).mentions, negated, 0.7
            return self._subjects(head).mentions, negated, 0.8
        if node.dep_ == "appos":
            on_head = self._np(head, True).mentions
            if len(on_head) > 1 and node.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in node.children) \
                    and (last := self._unparsed_apposition(node)) is not None:
                # "spoke with Wallace of Britain, Lecornu of France and Akar of Turkey, a NATO member":
                # "a" member is one, the one named right before the comma, not the whole coordination
                # (relationships pass 3)
                return [last], negated, 0.7
            if on_head or not (beside := self._unparsed_appositions(node)):
                return on_head, negated, 0.75
            # "its border with China, its main ally, remains closed": set beside the name before the
            # comma, not the phrase the parser hangs it on (pass 22)
            return beside, negated, 0.7
        beside = self._unparsed_appositions(node)
        if beside:
            return beside, negated, 0.7
        if node.dep_ in ("dobj", "obj") and (head.lemma_.lower() in self.cues.forming_verbs
                                              or head.pos_ == "VERB" and head.lemma_.lower() in self.cues.having_verbs):
            # "Russia and China declared a partnership": the subjects hold the tie they form
            # ("Chile has no formal alliance with Peru": or the tie they have; relationships pass 1)
            negated = negated or any(c.dep_ == "neg" for c in head.children)
            return self._subjects(head).mentions, negated, 0.7
        if node.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in self.cues.changing_verbs:
            # "turned Pyongyang into Moscow's leading source of ammunition": the one turned holds it
            changed = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
            if changed:
                return [m for c in changed for m in self._np(c, True).mentions], negated, 0.7
        if node.dep_ == "pobj" and head.lower_ == "as":
            owner = head.head
            negated = negated or (owner.pos_ in ("VERB", "AUX") and (
                any(c.dep_ == "neg" or c.lower_ == "never" for c in owner.children) or _no_longer(owner)
                # "neither describes the other as an ally": a negative subject denies it (pass 42)
                or any(c.dep_ in ("nsubj", "preconj") and c.lower_ in ("neither", "none", "nobody") for c in owner.children)))
            if owner.pos_ in ("NOUN", "PROPN"):
                found = self._np(owner).mentions
                if found or owner.dep_ != "pobj" or owner.head.head.pos_ != "VERB" \
                        or noun.lemma_.lower() not in self.cues.counterpart_nouns:
                    return found, negated, 0.7
                # "have taken part in recent summits as partners of the alliance": the parser hangs
                # "as" on a verb's object of place, which names no one (relationships pass 2)
                owner = owner.head.head
            for c in owner.children:
                if c.dep_ in ("dobj", "obj") and {"each", "other"} <= {t.lower_ for t in c.subtree} | {c.lower_}:
                    # "the two largest rivals of Chile now see each other as partners": the reciprocal
                    # subjects hold the tie between them (as "call each other partners", pass 33;
                    # relationships pass 2)
                    count = next((n for sj in owner.children if sj.dep_ == "nsubj" for n in sj.children
                                  if n.dep_ == "nummod" and n.lower_ in COUNT_WORDS), None)
                    if count is not None:
                        # (counted: "the two largest rivals of Chile" are two states other than Chile)
                        bodies = frozenset(m.actor.country for m in self.mentions if m.actor.kind == "organisation")
                        named = {m.actor.country for m in self._np(count.head, True).mentions}
                        group = [m for m in self._counted_group(count, outside=bodies) if m.actor.country not in named]
                        return (group if len(group) >= 2 else []), negated, 0.6
                    return self._subjects(owner).mentions, negated, 0.7
                if c.dep_ in ("dobj", "obj"):
                    if not self._np(c, True).mentions and noun.lemma_.lower() in self.cues.counterpart_nouns \
                            and owner.lemma_.lower() not in self.cues.copulas and self._prep_objects(noun, ("of", "with", "to")):
                        # "Sweden took part in the summit as a partner of NATO", "joined the talks as an
                        # ally of Chile": the object of a verb that frames nothing ("see", "treat" do) and
                        # names no one is no holder; the subject acts in the tie's role (relationships pass 2)
                        break
                    # "North Korea sees the US as its adversary": "its" is the seer
                    self._frame_subject = self._subjects(owner).mentions
                    if not self._frame_subject and owner.dep_ == "relcl" and owner.head.dep_ == "appos":
                        # ("Poland, a country that regards the United States as its ultimate protector":
                        # the seer is the state the clause's description is set beside; relationships pass 5)
                        self._frame_subject = [m for m in self._np(owner.head.head, True).mentions if m.actor.kind == "country"]
                    return self._np(c, True).mentions, negated, 0.7
            if owner.dep_ == "relcl" and any(c.dep_ == "nsubj" and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)
                                             for c in owner.children):
                # "Japan and South Korea, whose countries have taken part as partners of the alliance": the
                # states the clause is on (as with a copula, pass nineteen; relationships pass 2)
                return self._np(owner.head, True).mentions, negated, 0.7
            return self._subjects(owner).mentions, negated, 0.7
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            # "China's 'no limits' partnership with Russia": the possessor holds a tie "with" another
            owners = [m for c in noun.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
            if owners:
                return owners, negated, 0.7
        return [], negated, 0.0

    def _denier(self, noun: Token) -> Token | None:
        """What denies a tie noun (relationships pass 5): a verb of denial (`denying_verbs`: deny,
        dismiss, reject, rule out ...) not itself denied, whose object is the noun or a word of talk
        about it ("dismissed talk of an alliance", `rumour_nouns`), or whose complement clause, or
        the clause on such a word, states it ("denied that it was Peru's ally", "dismissed
        suggestions that it was Peru's ally"); or "far from" before the noun ("far from allies",
        `distance_words`). None when nothing does ("confirmed that it was Peru's ally", "did not
        deny that ...", "far from Peru")."""
        cues = self.cues
        node = noun
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "from" and node.head.head.lower_ in cues.distance_words \
                and node.head.head.dep_ == "advmod":
            return node.head.head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in cues.rumour_nouns:
            node = node.head.head
        if node.dep_ in ("dobj", "obj") and self._denying(node.head):
            return node.head
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or node.head.i != clause.i or node.dep_ not in ("attr", "oprd", "acomp", "dobj", "obj"):
            # (only a tie the clause states: in "denied reports that North Korea, its ally, had sent
            # troops" the apposition is not what is denied)
            return None
        if clause.dep_ == "ccomp" and self._denying(clause.head):
            return clause.head
        if clause.dep_ == "acl" and clause.head.lemma_.lower() in cues.rumour_nouns \
                and clause.head.dep_ in ("dobj", "obj") and self._denying(clause.head.head):
            return clause.head.head
        return None

    def _denying(self, verb: Token) -> bool:
        """A verb of `denying_verbs` ("rule out" with its particle), not itself denied ("did not deny")."""
        if verb.pos_ != "VERB":
            return False
        words = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
        return bool(words & self.cues.denying_verbs) and not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) and not _no_longer(verb)

    def _unparsed_apposition(self, noun: Token) -> Mention | None:
        """An apposition the parser missed ("For Beijing, now Russia's largest trading partner, ..."
        parsed with the noun as the clause's dependent): the actor just before the comma that opens
        the noun's own phrase."""
        i = noun.i - 1
        while i >= 0 and self.doc[i].dep_ in ("det", "amod", "compound", "poss", "case", "advmod", "nummod") \
                and noun in self.doc[i].ancestors:
            i -= 1
        if i < 1 or self.doc[i].text != "," or (i - 1) not in self.by_token:
            return None
        return self.by_token[i - 1]

    def _unparsed_appositions(self, noun: Token) -> list[Mention]:
        """`_unparsed_apposition` as a list; a plural noun is set beside the names coordinated with
        the last as well ("In Tokyo and Seoul, both treaty allies of the United States, ...";
        relationships pass 3)."""
        last = self._unparsed_apposition(noun)
        if last is None:
            return []
        if noun.tag_ != "NNS":
            return [last]
        names = [self.by_token[t.i] for t in self.doc[last.end - 1].conjuncts if t.i < last.start and t.i in self.by_token]
        return [*[m for m in names if m.actor.kind == last.actor.kind], last]

    def _defence_pledges(self, sent: Span) -> None:
        """"Washington's commitment to defend both countries", "Russia has promised to defend Belarus":
        a state pledging (`pledge_nouns`, `pledge_verbs`) to defend (`defending_verbs`) a state named
        as the verb's object is its ally; a negation on either denies it, a condition ties no one
        (relationships pass 3)."""
        cues = self.cues
        lemmas = self._lemma_lower
        for verb in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in cues.defending_verbs):  # (only its verbs' words)
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.defending_verbs \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue
            pledge = verb.head
            if verb.dep_ == "acl" and pledge.pos_ == "NOUN" and pledge.lemma_.lower() in cues.pledge_nouns:
                holders = [m for c in pledge.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
                holders += [m for c in pledge.children if c.dep_ in ("compound", "amod") and c.i < pledge.i
                            for m in self._np(c, True).mentions if m.actor.kind == "country"]
                frame = pledge.head if pledge.head.pos_ in ("VERB", "AUX") else pledge
            elif verb.dep_ == "xcomp" and pledge.pos_ == "VERB" and pledge.lemma_.lower() in cues.pledge_verbs:
                holders = self._subjects(pledge).mentions
                frame = pledge
            else:
                continue
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in (*verb.children, *frame.children)):
                continue
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for t in (verb, pledge, frame) for c in t.children) \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in pledge.children)
            holders = _unique_countries(m for m in holders if m.actor.kind != "organisation")
            own = {m.actor.country for m in holders}
            defended = []
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
                count = next((c for c in obj.children if c.lower_ in COUNT_WORDS), None)
                if obj.i in self.by_token:
                    defended += [self.by_token[t.i] for t in (obj, *obj.conjuncts) if t.i in self.by_token]
                elif count is not None:
                    # ("both countries", "the two nations": the states counted, the pledger not among them)
                    defended += self._counted_group(count, outside=frozenset(own))
            for h in holders:
                for d in _unique_countries(m for m in defended if m.actor.country not in own and m.actor.kind != "organisation"):
                    self._emit_rel(sent, h, d, "ALLY", negated, 0.6)

    def _standing_verbs(self, sent: Span) -> None:
        """"Chile trades heavily with Peru" -> TRADE, "Chile, which belongs to NATO" -> MEMBER: a verb
        of `standing_verbs` in the present simple, with no direct object, modal or condition, ties
        its subjects to the object of its preposition (relationships pass 2)."""
        standing = self.cues.standing_verbs
        lemmas = self._lemma_lower
        for verb in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in standing):  # (only its verbs' words)
            entry = standing.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
            # (the present simple, with "do" support when denied: "Chile does not belong to NATO")
            present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ in ("does", "do") for c in verb.children))
            if entry is None or not present or any(
                    c.dep_ in ("dobj", "obj", "auxpass") or (c.dep_ == "aux" and c.lemma_.lower() != "do")
                    or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")) for c in verb.children):
                continue
            rel_type, prep = entry
            others = self._prep_objects(verb, (prep,))
            if rel_type == "MEMBER":
                others = [m for m in others if m.actor.kind == "organisation"]
            else:
                others = [m for m in others if m.actor.kind == "country"]
            holders = [m for m in self._subjects(verb).mentions if m.actor.kind == "country"]
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _no_longer(verb)
            for h in _unique_countries(holders):
                for o in _unique(others):
                    self._emit_rel(sent, h, o, rel_type, negated, 0.6)

    def _at_odds(self, sent: Span) -> None:
        """"Chile is at odds with Peru", "Chile and Peru remain at loggerheads": a state "at" one of
        `at_odds_nouns` with another, or states that are so together, are adversaries
        (relationships pass 5); the other side is the noun's (or its verb's) "with" object, else the
        subjects are paired among themselves. A modal or a condition ties no one; a negation denies it."""
        nouns, lowers = self.cues.at_odds_nouns, self._lower
        for noun in (self.doc[i] for i in range(sent.start, sent.end) if lowers[i] in nouns):  # (only its nouns' words)
            if noun.lower_ not in self.cues.at_odds_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "at":
                continue
            verb = noun.head.head
            if verb.pos_ not in ("VERB", "AUX") or any(
                    (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
                    for c in verb.children):
                continue
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _no_longer(verb)
            # ("both find themselves at odds with Washington": the subject, not the reflexive object)
            holders = _unique_countries(m for m in self._subjects(verb).mentions if m.actor.kind == "country")
            own = {m.actor.country for m in holders}
            others = [m for m in self._prep_objects(noun, ("with",)) + self._prep_objects(verb, ("with",))
                      if m.actor.kind == "country" and m.actor.country not in own]
            if others:
                for h in holders:
                    for o in _unique_countries(others):
                        self._emit_rel(sent, h, o, "ADVERSARY", negated, 0.6)
            else:
                for a, b in combinations(holders, 2):
                    self._emit_rel(sent, a, b, "ADVERSARY", negated, 0.6)

    def _sought_membership(self, sent: Span) -> None:
        """"Peru's bid to join NATO", "Peru's hopes of joining NATO", "Peru's path to membership",
        "Peru's NATO membership bid", "Peru wants to join NATO": a state seeking to join a body is
        not yet its member -> MEMBER negated (relationships pass 2). The body is the object of "join",
        the "of"/"in"/"to" object or modifier of "membership"/"accession", else the organisation named
        last in the sentence before the phrase."""
        cues = self.cues
        lemmas = self._lemma_lower
        for tok in (self.doc[i] for i in range(sent.start, sent.end)
                    if lemmas[i] in cues.aspiration_nouns or lemmas[i] in cues.aspiring_verbs):  # (only its words)
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in cues.aspiration_nouns:
                seekers = [m for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"
                           for m in self._np(c, True).mentions if m.actor.kind == "country"]
                # (a pronoun possessor is left alone: in "Russia would not agree unless Kyiv ... gave up
                # its bid to join NATO" it is read as the wrong state)
            elif tok.pos_ == "VERB" and lemma in cues.aspiring_verbs and not any(c.dep_ == "neg" for c in tok.children):
                seekers = [m for m in self._subjects(tok).mentions if m.actor.kind == "country"]
            else:
                continue
            if not seekers:
                continue
            # ("to join": a clause on the word; "of joining", "to membership": a preposition's object;
            # "a NATO membership bid": a modifier)
            joins = [c for c in tok.children if c.lemma_.lower() in cues.joining_words
                     and (c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" or c.dep_ == "compound" and tok.pos_ == "NOUN")]
            if tok.pos_ == "NOUN":
                joins += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "to", "for", "towards")
                          for o in p.children if o.dep_ in ("pobj", "pcomp") and o.lemma_.lower() in cues.joining_words]
            bodies: list[Mention] = []
            for j in joins:
                named = [o for o in j.children if o.dep_ in ("dobj", "obj", "compound", "nmod", "poss")] + [
                    o for p in j.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "to") for o in p.children if o.dep_ == "pobj"]
                named += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < j.i and j.dep_ == "compound"]
                bodies += [m for o in named for m in self._np(o, True).mentions if m.actor.kind == "organisation"]
                if not bodies and j.pos_ == "NOUN":
                    # (or its official: "NATO's chief said that Peru's path to membership ...")
                    last = [m for m in self.mentions if sent.start <= m.start and m.end <= tok.i and m.actor.country
                            and m.actor.kind in ("organisation", "person")][-1:]
                    body = self.actors.lookup(last[0].actor.country) if last else None
                    if body is not None and body.kind == "organisation":
                        bodies = [Mention(last[0].start, last[0].end, body, "name")]
            for s in _unique_countries(seekers):
                for b in _unique(bodies):
                    self._emit_rel(sent, s, b, "MEMBER", True, 0.6)

    def _modifier_of_thing(self, mention: Mention) -> bool:
        """Whether a mention is a demonym or name modifying goods or a thing of a kind ("a Russian
        air-defence system", not "the British decision"; relationships pass 2)."""
        tok = self.doc[mention.end - 1]
        return tok.dep_ in ("amod", "compound") and tok.head.i not in self.by_token and tok.head.pos_ == "NOUN" \
            and (self._goods(tok.head) or bool({"arms", "missile", "munitions", "craft", "technology", "satellite"}
                                               & set(self._object_classes(tok.head))))

    def _name_after(self, noun: Token) -> list[Mention]:
        """The states named right after a counterpart noun or "member", unparsed as its
        apposition: a sibling with the noun's own role and head ("Peru's ally Chile voted": two
        subjects), or the name the noun modifies ("fellow NATO member Turkey") (relationships pass 2)."""
        if noun.lemma_.lower() not in self.cues.counterpart_nouns and noun.lemma_.lower() != "member":
            return []
        if noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ == "PROPN":
            names = [noun.head]
        else:
            nxt = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) and noun.right_edge.i == noun.i else None
            if nxt is None or nxt.pos_ != "PROPN" or nxt.dep_ != noun.dep_ or nxt.head.i != noun.head.i \
                    or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                return []
            names = [nxt, *nxt.conjuncts]
        found = [self.by_token[t.i] for t in names if t.i in self.by_token]
        return [m for m in found if m.actor.country and m.actor.kind == "country"]

    def _island_before(self, tok: Token) -> list[Mention]:
        """"the islands' main security partner", "the island's largest trading partner": a bare
        "the island(s)"/"the archipelago" is the island state of that kind (`island_states`) named
        last before it (a state, its capital, leader or government; relationships pass 2)."""
        states = self.cues.island_states.get(tok.lower_)
        if not states or [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return []
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.actor.kind != "organisation" and m.actor.country in states:
                return [m]
        return []

    def _coordination_set_off(self, count: Token) -> list[Mention]:
        """The states of a coordination of names ("Tokyo and Seoul") directly before a comma and the count
        word `count` ("two", "three") of a partitive "two of X's allies", as many as the count says;
        else none."""
        size = {"two": 2, "three": 3, "four": 4}.get(count.lower_)
        if size is None or count.i < 2 or self.doc[count.i - 1].text != "," \
                or not any(c.dep_ == "prep" and c.lower_ == "of" for c in count.children):
            return []
        last = self.doc[count.i - 2]
        if last.dep_ != "conj":
            return []
        first = last
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        group = [self.by_token.get(t.i) for t in (first, *first.conjuncts)]
        if any(m is None or m.actor.kind == "organisation" or not m.actor.country for m in group):
            return []
        group = _unique_countries(group)
        return group if len(group) == size else []

    def _country_before(self, tok: Token) -> list[Mention]:
        """"the United States is the country's treaty ally", "Russia, which was one of the country's biggest
        trading partners": a bare "the country"/"the nation" as the possessor of a tie noun is the state
        named last before it that is not the tie's holder (relationships pass 4)."""
        if tok.lower_ not in self.cues.country_possessors \
                or [c.lower_ for c in tok.children if c.dep_ not in ("case", "punct")] != ["the"]:
            return []
        own = getattr(self, "_tie_holders", frozenset())
        if not own:
            return []  # (with no holder named, "the country's allies" may be anyone's)
        for m in reversed(self.mentions):
            if m.end <= tok.i and m.actor.kind != "organisation" and m.actor.country and m.actor.country not in own:
                return [m]
        return []

    def _subject_token(self, verb: Token) -> Token:
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
        return verb

    def _counterparts(self, noun: Token, preps: Iterable[str]) -> list[Mention]:
        # a noun's complement follows it: a fronted "For Beijing, ... partner" is no counterpart
        found = [m for m in self._prep_objects(noun, preps) if m.start > noun.i]
        if found and any(c.dep_ == "poss" for c in noun.children):
            # "the United States, its only treaty ally, as well as with Australia": a phrase set off
            # after a possessed tie noun by a comma or "as well as" continues the clause, not the tie
            starts = [c.i for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i]
            if starts and all(any(t.is_punct or t.dep_ == "cc" for t in self.doc[noun.i + 1:i]) for i in starts):
                found = []
        if not found and "between" in preps:
            # "the partnership between their countries": the states the possessive stands for (pass 28)
            found = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation", "state", "side")
                     for c in o.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
        if not found and "between" in preps:
            # "a military alliance between the two neighbours", "the partnership between the two": the
            # states counted (relationships pass 5)
            for o in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" for o in p.children
                      if o.dep_ == "pobj"):
                count = o if o.lower_ in COUNT_WORDS else next(
                    (c for c in o.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), None)
                if count is not None and count.lower_ in ("both", "two", "three", "four") \
                        and not getattr(self.cues.rel_nouns.get(noun.lemma_.lower()), "head_only", False):
                    # (not "trade between the two countries", often an act: "facilitate arms trade
                    # between the two countries")
                    found = self._counted_group(count)
        if not found:
            for child in noun.children:
                if child.dep_ == "poss" and child.lower_ == "whose":
                    # "Chile, whose closest ally is Peru": whose is the relative clause's antecedent
                    # (relationships pass 5)
                    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
                    if clause is not None:
                        found.extend(self._np(clause.head, True).mentions)
                elif child.dep_ == "poss":
                    if child.pos_ == "PRON" and self._frame_subject:
                        found.extend(self._frame_subject)
                    elif (same := self._same_person_subject(noun, child)) is not None:
                        found.extend(same)
                    else:
                        named = self._np(child, True).mentions
                        if self._country_before(child) and all(m.actor.country in self._tie_holders for m in named):
                            # ("the country" read as the holder itself; relationships pass 4)
                            named = self._country_before(child)
                        found.extend(named or self._island_before(child))
        if not found and (any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)
                          or (any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                              and any(c.dep_ == "amod" and c.lower_ in ("other", "only", "sole") for c in noun.children))):
            # (pass 42: "Spain, the other American ally in the region", "another NATO ally")
            # "Seoul, a U.S. ally", "is an American ally": a state named before one of its kind is
            # the other side (the plural "its South Korean allies" names the allies themselves)
            for child in noun.children:
                if child.dep_ in ("compound", "amod") and child.i < noun.i:
                    found.extend(m for m in self._np(child, True).mentions if m.actor.kind == "country")
        # "an alliance of six former Soviet republics": a state named as what its parts once were is
        # not the other side (pass 33)
        found = [m for m in found if not _former_part(self.doc[m.start])]
        return _unique(found)

    def _speakers_alliance(self, sent: Span, noun: Token) -> list[Mention]:
        """The two states of a bare "the alliance" (nothing but "the" on it) that is the object of a
        verb whose subject is a state's person or the state itself, in a sentence naming exactly one
        other state and, like the sentence before, no organisation (so never NATO as "the alliance")."""
        if [c.lower_ for c in noun.children] != ["the"] or noun.dep_ not in ("dobj", "obj"):
            return []
        verb = noun.head
        subjects = [m for m in self._subjects(verb).mentions if m.actor.country and m.actor.kind != "organisation"]
        if len(_unique_countries(subjects)) != 1:
            return []
        start = self._sentence_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        around = [m for m in self.mentions if start <= m.start and m.end <= sent.end]
        if any(m.actor.kind == "organisation" for m in around):
            return []
        named = _unique_countries(m for m in around if m.start >= sent.start and m.actor.country
                                  and not noun.left_edge.i <= m.start <= noun.right_edge.i)
        own = subjects[0].actor.country
        if len(named) != 2 or own not in {m.actor.country for m in named}:
            return []
        return [subjects[0], next(m for m in named if m.actor.country != own)]

    def _likened(self, holders: list[Mention], noun: Token) -> list[Mention]:
        """"Brazil, like China and Russia a founding member of the BRICS group", "Peru, like Chile, is
        a member of NATO", "Like Chile, Peru is an ally of Brazil": the states a holder is likened to
        hold the tie too (a "like" on a holder, or on the copula the noun is the complement of;
        relationships pass 3)."""
        if not holders:
            return []
        hosts = [self.doc[m.end - 1] for m in holders]
        noun_like = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "like" else None
        if noun.dep_ in ("attr", "oprd") and noun.head.lemma_.lower() in self.cues.copulas:
            hosts.append(noun.head)
        own = {m.actor.country for m in holders}
        found = [m for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "like"
                 for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                 if t is not noun and (p is not noun_like or t.i < noun.i)
                 and (m := self.by_token.get(t.i)) is not None and m.actor.kind == "country" and m.actor.country not in own]
        return _unique(found)

    def _same_person_subject(self, noun: Token, owner: Token) -> list[Mention] | None:
        """"This month he stood beside Xi and Putin, a sign that his old patron China had decided ...":
        a "his"/"her" on a tie noun is the "he"/"she" that is the subject of the nearest clause above
        the noun whose subject does not hold it, not the person named last (relationships pass 3);
        None when that subject is no such pronoun."""
        pronoun = {"his": "he", "her": "she"}.get(owner.lower_)
        if pronoun is None:
            return None
        for verb in noun.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or any(c.left_edge.i <= noun.i <= c.right_edge.i for c in subjects):
                continue
            if [c.lower_ for c in subjects] != [pronoun]:
                return None
            found = self._np(subjects[0], True).mentions
            return found or None
        return None

    def _treaty_tie(self, sent: Span, clause: Token, rel_type: str) -> None:
        """A treaty clause ("mutual assistance") ties the treaty's parties: its owners, the states
        it is "with" or "between", and, with one of them named, the subject that signs or holds it."""
        holder = clause.head if clause.dep_ in ("compound", "amod", "nmod") else clause
        for rel in (c for c in holder.children if c.dep_ == "relcl"):
            # "the mutual defence pledge that Moscow gave North Korea": the clause's giver and
            # receiver are the parties, not a pact the pledge is compared with (pass 28)
            given = [m for c in rel.children if c.dep_ in ("nsubj", "dobj", "obj", "dative")
                     for m in self._np(c, True).mentions if m.actor.kind == "country"]
            parties = _unique_countries(given)
            if len(parties) >= 2:
                for a, b in combinations(parties, 2):
                    self._emit_rel(sent, a, b, rel_type, False, 0.6)
                return
        treaty = clause
        named = [(o, c) for p in holder.children if holder is not clause and p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                 and (c := self.cues.nouns.get(o.lemma_.lower())) is not None and c.type == "AGREE"]
        if named:
            # "the mutual defence clause of the treaty": the treaty the clause is of (pass 28)
            treaty, cue = named[0]
        else:
            for _ in range(5):
                if treaty.head.i == treaty.i:
                    return
                treaty = treaty.head
                cue = self.cues.nouns.get(treaty.lemma_.lower()) if treaty.pos_ in ("NOUN", "PROPN") else None
                if cue is not None and cue.type == "AGREE":
                    break
                if treaty.pos_ in ("VERB", "AUX"):
                    # "The pact obliges each side to provide ... assistance": the clause's subject
                    subject = next((c for c in treaty.children if c.dep_ == "nsubj"), None)
                    cue = self.cues.nouns.get(subject.lemma_.lower()) if subject is not None and subject.pos_ == "NOUN" else None
                    if cue is not None and cue.type == "AGREE":
                        treaty = subject
                        break
            else:
                return
        if cue is None or cue.type != "AGREE":
            return
        if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.cues.lapsing_verbs for c in treaty.children):
            return  # "the 1961 treaty between the Soviet Union and North Korea, which lapsed": no tie now (pass 28)
        parties = [m for c in treaty.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                   for m in self._np(c, True).mentions]
        parties += self._prep_objects(treaty, ("with", "between"))
        for c in treaty.children:
            # "the U.S.-Philippines Mutual Defense Treaty": a hyphenated pair among its modifiers
            # names both parties (pass seventeen)
            halves = c.text.split("-") if c.dep_ in ("compound", "amod", "nmod") and c.i < treaty.i else []
            actors = [self.actors.lookup(h) for h in halves] if len(halves) == 2 else []
            if len(actors) == 2 and all(a is not None and a.kind == "country" for a in actors):
                parties += [Mention(c.i, c.i + 1, a, "name") for a in actors]
        if len(_unique_countries(parties)) < 2:
            # ("the 1951 U.S.-Philippines Mutual Defense Treaty" split by the tokenizer: a hyphenated
            # word of the name as written; pass 28)
            for word in self.doc[treaty.left_edge.i:treaty.i].text.split():
                halves = word.split("-")
                actors = [self.actors.lookup(h) for h in halves] if len(halves) == 2 else []
                if len(actors) == 2 and all(a is not None and a.kind == "country" for a in actors):
                    parties = [Mention(treaty.i, treaty.i + 1, a, "name") for a in actors]
        parties = _unique_countries(parties)
        if not parties and any(c.lower_ in DEFINITE for c in treaty.children):
            # "the pact" named before ("ratified the partnership treaty with North Korea")
            earlier = self._referent(treaty, cue)
            if earlier is not None:
                parties = _unique_countries([*earlier[0], *earlier[1]])
        verb = treaty.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if len(parties) == 1:
            if verb.pos_ in ("VERB", "AUX"):
                parties = _unique_countries(parties + self._subjects(verb).mentions)
        elif not parties and treaty.dep_ in ("dobj", "obj") and verb.lemma_.lower() in self.cues.forming_verbs:
            # "Moscow and Pyongyang, which signed a mutual defence treaty in June": those who sign it
            parties = _unique_countries(self._subjects(verb).mentions)
        elif not parties and treaty.dep_ == "pobj" and treaty.head.dep_ == "agent" \
                and verb.lemma_.lower() in self.cues.binding_verbs and not any(c.dep_ == "neg" for c in verb.children):
            # "Russia and Armenia are bound by a mutual defence treaty": those the treaty binds (pass 33)
            # (named: "the two" may be counted among the wrong states)
            bound = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in COUNT_WORDS]
            parties = _unique_countries([m for c in bound for m in self._np(c, True).mentions])
        for a, b in combinations(parties, 2):
            self._emit_rel(sent, a, b, rel_type, False, 0.6)

    def _sphere(self, sent: Span, sphere: Token) -> None:
        """"X within Y's sphere of influence": Y is X's patron."""
        patrons = [m for c in sphere.children if c.dep_ == "poss" for m in self._np(c, True).mentions]
        if not patrons or sphere.dep_ != "pobj":
            return
        prep = sphere.head
        owner = prep.head
        if owner.lower_ == "as":
            owner = owner.head
        clients: list[Mention] = []
        for c in owner.children:
            if c.dep_ in ("dobj", "obj"):
                clients = self._np(c, True).mentions
        if not clients:
            clients = self._subjects(owner).mentions if owner.pos_ in ("VERB", "AUX") else self._np(owner, True).mentions
        negated = any(c.dep_ == "neg" for c in owner.children)
        for p in patrons:
            for c in clients:
                self._emit_rel(sent, p, c, "PATRON", negated, 0.7)

    def _emit_rel(self, sent: Span, source: Mention, target: Mention, rel_type: str, negated: bool, how: float) -> None:
        if not source.actor.country or not target.actor.country or source.actor.country == target.actor.country:
            return
        if rel_type == "MEMBER" and target.actor.kind != "organisation":
            return  # one is a member of a body, never of a state ("members of shielding Pyongyang")
        key = (source.actor.id, target.actor.id, rel_type, negated, sent.start)
        if key in self._seen_rels:
            return
        self._seen_rels.add(key)
        if rel_type == "MEMBER":
            self._membership_body = target
        self.relationships.append({
            "source": source.actor.id,
            "target": target.actor.id,
            "source_country": source.actor.country,
            "target_country": target.actor.country,
            "type": rel_type,
            "negated": negated,
            "sentence": sent.text.lstrip(),
            "start": sent.end_char - len(sent.text.lstrip()),
            "end": sent.end_char,
            "confidence": round(how, 2),
            "method": "rules",  # (the learned tier's relationships say "learned": learned_relationships.py)
        })


def _reciprocal_clause(sent: Span) -> bool:
    """A sentence that distributes an obligation over two sides ("each side ... the other",
    "each other", "one another")."""
    words = {t.lower_ for t in sent}
    return ("each" in words and "other" in words) or ("one" in words and "another" in words)


def _former_part(tok: Token) -> bool:
    """"former Soviet republics", "ex-Yugoslav states": a demonym under "former" names what the
    states once belonged to, not a party (pass 33)."""
    return tok.dep_ in ("amod", "compound") and any(
        c.lower_ in ("former", "ex") and c.i < tok.i for c in tok.head.children if c.dep_ in ("amod", "advmod"))


def _only_with(noun: Token, preps: Iterable[str]) -> bool:
    """"no trilateral alliance with the United States and Japan": the states a tie is "with" are its
    other side, never its two ends; only "between", "of" or a possessor pairs them (pass 28)."""
    used = {c.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ in preps}
    return used == {"with"} and not any(c.dep_ == "poss" for c in noun.children)


def _negative_framer(noun: Token) -> bool:
    """"Nothing makes the two allies", "None of this makes them partners", "No one calls them
    rivals": a tie framed by a verb (one of `copulas`, checked by the caller) whose subject is a
    negative pronoun is denied (relationships pass 2)."""
    if noun.dep_ not in ("dobj", "obj", "attr", "oprd"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("nothing", "none", "neither", "nobody", "no-one")
               or c.dep_ == "nsubj" and c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)
               for c in noun.head.children)


def _not_both(noun: Token) -> bool:
    """"cannot be both a peacemaker and the main supplier of Russia's war machine", "is not both an
    ally and a rival": a denied coordination under "both" denies the pair, not each noun of it
    (relationships pass 3)."""
    top = noun
    while top.dep_ == "conj":
        top = top.head
    if not any(c.dep_ == "conj" for c in top.children):
        return False
    return any(c.lower_ == "both" and c.dep_ in ("preconj", "dep", "det", "advmod") and c.i < top.i
               for c in (*top.children, *top.head.children))


def _no_longer(verb: Token) -> bool:
    """"would no longer regard the South as a partner": the parser hangs "no" on "longer"."""
    return any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(n.dep_ == "neg" for n in c.children)
               for c in verb.children)
