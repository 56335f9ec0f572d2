"""Stage: which tokens are event cues, and what a cue verb acts on. `_cue` reads a token against
the cue files (verbs, nouns, predicative adjectives), `_fallback_cue` against the verb lexicon;
`_objects`, `_object_classes` and the modifier helpers say what kind of thing a verb's object or
an event noun is about.

A mixin of `_DocumentAnalysis` (document.py): it reads `self.doc`, `self.cues`, `self.by_token`
and the latest events by type (`self._recent_type`, `self._recent_at`, kept by emit.py), and uses
phrases.py (`_np`, `_antecedent`), roles.py (`_subjects`, `_passive`) and noun_events.py
(`_referent`).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors import Mention
from ..cues import SYMMETRIC_EVENTS, EventCue, Reading
from .context import (
    COUNT_WORDS, DEFINITE, GROUP_NOUNS, PERSONAL, PLURAL, REACTIONS, ROLE_KINDS, SINGULAR, THEME_CLASSES,
    _REFUSAL_PLEDGE,
)


class _Triggers:
    """Which tokens are event cues and what a cue verb acts on (a mixin of _DocumentAnalysis)."""

    def _cue(self, tok: Token) -> EventCue | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "AUX" and (any(c.dep_ in ("attr", "acomp") for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            # ("should be of great concern": a verdict after "of", as after a bare copula)
            # a copula with a predicate noun: only a judging cue ("was a flagrant breach")
            cue = self.cues.verbs.get(lemma)
            return cue if cue is not None and cue.subject_judged and cue.only_verdicts else None
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lower_ in self.cues.adjectives \
                and (any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acomp"):
            # (or tagged a participle after a copula: "Japan was seriously concerned about ..."; pass 22)
            # "was deeply shocked by the attacks", parsed as a passive verb: the feeling's cue
            return self.cues.adjectives[tok.lower_]
        if tok.pos_ == "VERB" and lemma in self.cues.acceptance_verbs and any(c.dep_ == "neg" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "wo", "could", "can", "ca", "does", "do", "did")
                        for c in tok.children) \
                and any(c.dep_ in ("dobj", "obj") for c in tok.children):
            # (or a plain refusal in the present or past: "Russia does not recognise the court's
            # jurisdiction" rejects the court, it is no negated support; pass 37)
            # "Moscow would not accept NATO troops": a pledge not to accept is a refusal (of a thing
            # named in its clause: "terms he said Washington could not accept" is left to the terms)
            return _REFUSAL_PLEDGE
        if tok.pos_ == "VERB" and lemma in self.cues.holding_verbs and tok.tag_ == "VBN" and tok.dep_ == "acl" \
                and {"citizen", "captive"} & set(self._object_classes(tok.head)) \
                and any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
            # "Japanese nationals held in China": kept there, as if "detained in China" (pass eighteen)
            return self.cues.verbs.get("detain")
        if tok.pos_ == "VERB":
            # a phrasal verb ("hit back") is its own cue, before the bare verb's (the parser
            # often makes the particle an adverb right after the verb)
            # (or right after its object: "brushed the remark aside")
            after_object = {o.right_edge.i + 1 for o in tok.children if o.dep_ in ("dobj", "obj")}
            for prt in tok.children:
                # ("walked out of the room": a particle the parser reads as a preposition; pass nineteen)
                # (or after the verb's own adverbs: "cut sharply across"; pass twenty)
                if prt.dep_ == "prt" or (prt.dep_ in ("advmod", "prep") and (prt.i == tok.i + 1 or (
                        prt.dep_ == "advmod" and prt.i in after_object) or (
                        prt.dep_ == "prep" and prt.i > tok.i + 1
                        and all(t.dep_ == "advmod" and t.head.i == tok.i for t in tok.doc[tok.i + 1:prt.i])))):
                    phrasal = self.cues.verbs.get(f"{lemma} {prt.lower_}")
                    if phrasal is not None:
                        return phrasal
            return self.cues.verbs.get(lemma)
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            return self.cues.adjectives.get(tok.lower_)
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_title):
            # a capitalised event noun names a particular one ("the Treaty on ...", "the Summit")
            cue = self.cues.nouns.get(lemma)
            if cue is None or tok.i in self.by_token:
                return None
            if cue.mode == "war" and any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in self.cues.war_figurative_modifiers
                                         for c in tok.children):
                return None  # "Washington's trade war with Beijing": a dispute, no fighting (pass 39)
            if lemma in self.cues.measured_nouns and self._measured(tok):
                return None  # "trade between the two countries has been negligible": a volume (pass 39)
            if cue.plural_only and tok.tag_ != "NNS" and self._modifier_reading(tok, cue) is None \
                    and not self._of_theme(tok) and not self._staged(tok) \
                    and not self._levied_on_goods(tok, cue):
                # "a joint exercise" is one; "the exercise" after drills were reported is those drills
                definite = any(c.lower_ in DEFINITE for c in tok.children)
                # (also when the drills were reported as joint ones: "began their joint drills ...
                # the exercise was a provocation"; pass 30)
                if not (definite and (cue.type in self._recent_type
                                      or any(r.type in self._recent_type for r in cue.modifiers.values()))):
                    return None
            if cue.only_modifiers and self._modifier_reading(tok, cue) is None \
                    and not (cue.named and tok.pos_ == "PROPN" and tok.is_title) and not self._agents_of(tok) \
                    and not self._contact_with(tok, cue):
                # "the launch" after a launch was reported is that launch again (also one reported
                # under another type: "fired a new missile at Dnipro" is an attack of that mode)
                definite = any(c.lower_ in DEFINITE for c in tok.children)
                if not (definite and (cue.type in self._recent_type or ("mode", cue.mode) in self._recent_at)):
                    return None
            return cue
        return None

    def _measured(self, noun: Token) -> bool:
        """Whether `noun` stands in a clause whose verb is a copula with an adjective ("trade between
        them is small", "its trade with X is worth many times its trade with Y"; pass 39)."""
        node = noun
        while node.head.i != node.i and node.dep_ not in ("relcl", "ccomp", "advcl", "xcomp", "conj", "acl"):
            node = node.head
            if node.lemma_ == "be" and node.pos_ in ("AUX", "VERB"):
                return any(c.dep_ == "acomp" for c in node.children)
        return False

    def _staged(self, noun: Token) -> bool:
        """"began their largest annual exercise", "held a drill on Monday": the object of a verb of
        staging is one held, singular or not (pass 30)."""
        return noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" \
            and noun.head.lemma_.lower() in self.cues.staging_verbs

    def _fallback_cue(self, tok: Token) -> EventCue | None:
        """The verb lexicon's entry for a verb no cue covers (a phrasal entry before the bare verb's)."""
        if tok.pos_ != "VERB" or not self.cues.fallback_verbs:
            return None
        lemma = tok.lemma_.lower()
        for prt in tok.children:
            if prt.dep_ == "prt" or (prt.dep_ == "advmod" and prt.i == tok.i + 1):
                phrasal = self.cues.fallback_verbs.get(f"{lemma} {prt.lower_}")
                if phrasal is not None:
                    return phrasal
        return self.cues.fallback_verbs.get(lemma)

    def _modifier_reading(self, tok: Token, cue: EventCue) -> Reading | None:
        """A refinement by a modifier ("arms deal", "joint exercises") or by what the noun is
        of ("the launch of a satellite", "a package of sanctions")."""
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < tok.i:
                # a hyphenated modifier the tokenizer split ("three - way exercise") is read whole
                whole = "".join(t.text for t in self.doc[child.left_edge.i:child.i + 1]).lower()
                for key in (child.lemma_.lower(), child.lower_, whole):
                    if key in cue.modifiers:
                        return cue.modifiers[key]
            # ("controls on exports to Seoul": what a measure is on refines it as its modifier would; pass 26)
            elif child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "on" and child.i == tok.i + 1):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for part in (obj, *[c for c in obj.children if c.dep_ in ("compound", "amod")]):
                            for key in (part.lemma_.lower(), part.lower_):
                                if key in cue.modifiers:
                                    return cue.modifiers[key]
        return None

    def _object_classes(self, obj: Token) -> tuple[str, ...]:
        """What kind of thing an object is: arms, troops, missile... or "person" for an actor."""
        # ("$2 billion": a currency sign is a quantifier of the number; pass 22)
        for tok in (obj, *[c for c in obj.children if c.dep_ in ("compound", "amod") or c.dep_ == "quantmod" and c.tag_ == "$"]):
            classes = self.cues.object_classes.get(tok.lemma_.lower()) or self.cues.object_classes.get(tok.lower_)
            if classes and tok.i == obj.i and obj.lemma_.lower() in self.cues.quantity_nouns:
                # "sent a shipment of humanitarian aid": a quantity noun with a class of its own
                # (shipments are goods abroad) is also what it is of (session 14)
                inner = tuple(c for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                              for o in of.children if o.dep_ == "pobj" for c in self._object_classes(o))
                return classes + tuple(c for c in inner if c not in classes)
            if classes:
                return classes
        if obj.pos_ == "NUM" or obj.lemma_.lower() in self.cues.quantity_nouns:
            # "sending thousands of troops", "a batch of shells": the quantity is of its "of" object
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                for inner in (o for o in of.children if o.dep_ == "pobj"):
                    classes = self._object_classes(inner)
                    if classes:
                        return classes
        if obj.i in self.by_token and self.by_token[obj.i].actor.kind == "person":
            return ("person", "individual")  # "joined Kim" (a person) is not "joined Russia"
        if obj.i in self.by_token and self.by_token[obj.i].actor.kind != "unknown" or obj.lower_ in PERSONAL | PLURAL | SINGULAR:
            return ("person",)
        if obj.lemma_.lower() in GROUP_NOUNS and any(c.lower_ in COUNT_WORDS for c in obj.children):
            return ("person",)  # "press both governments", "urged the two sides"
        if obj.lemma_.lower() in self.cues.addressee_nouns:
            return ("addressees",)  # "pressed its allies to release aid": states not named (pass 32)
        return ()

    @staticmethod
    def _free_relative(verb: Token) -> tuple[Token, Token] | None:
        """(naming verb, named noun) of a "what X called a Y" object, which the parser makes a
        clause of the verb's own."""
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"):
            if any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in clause.children):
                named = next((c for c in clause.children if c.dep_ in ("oprd", "attr")), None)
                if named is None:
                    # ("rejected what it called groundless accusations": the parser may make the
                    # name a second object; pass nineteen)
                    named = next((c for c in clause.children if c.dep_ in ("dobj", "obj") and c.lower_ != "what"
                                  and c.pos_ == "NOUN"), None)
                if named is not None:
                    return clause, named
        return None

    def _of_owner(self, noun: Token) -> list[Mention]:
        """"containers of North Korean munitions": the owner of what the container holds."""
        return [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for m in self._np(o).mentions]

    def _curbed_exports(self, noun: Token) -> list[Token]:
        """"curbs on exports of chips", "restrictions on the export of equipment": the exports a
        measure noun is on (pass seventeen)."""
        heads = [noun, noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [noun]
        # (also hung on the verb: "imposed curbs on exports of chips to China")
        return [o for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "export"]

    def _membership_of(self, noun: Token) -> list[Mention]:
        """The body a "membership" noun is of: "membership of NATO", "NATO membership", "its
        membership in the alliance" (pass eighteen)."""
        if noun.lemma_.lower() != "membership":
            return []
        found = [m for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.pos_ != "PRON"
                 for m in self._np(c, True).mentions]
        found += [m for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "to")
                  for o in p.children if o.dep_ == "pobj" for m in self._np(o, True).mentions]
        return [m for m in found if m.actor.kind == "organisation"]

    def _applied_to(self, head: Token) -> list[Mention]:
        """The body applied to: "for (fast-track) membership of NATO", "an application to join NATO"."""
        found = [m for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj" for m in self._membership_of(o)]
        found += [m for x in head.children if x.dep_ in ("acl", "xcomp") and x.lemma_.lower() == "join"
                  for o in x.children if o.dep_ in ("dobj", "obj") for m in self._np(o, True).mentions
                  if m.actor.kind == "organisation"]
        return found

    def _aiming_participles(self, noun: Token) -> list[Token]:
        """"sanctions related to the North", "measures targeting Russian banks"; also a participle
        the parser hangs on the verb whose object the noun is ("announced new sanctions on Friday
        targeting 1,000 Russian individuals"; pass eighteen)."""
        found = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in self.cues.aiming_participles]
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
            found += [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i
                      and c.lemma_.lower() in self.cues.aiming_participles]
        return found

    def _agents_of(self, noun: Token) -> list[Mention]:
        """The states a "by" phrase names as the doers of an event noun: "the launch by North
        Korea", also when the parser hangs the phrase on the active verb whose object the noun is
        ("condemned the launch by North Korea on Wednesday")."""
        heads = [noun]
        verb = noun.head
        if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and not self._passive(verb):
            heads.append(verb)
        return [m for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
                for o in p.children if o.dep_ == "pobj" for m in self._np(o, True).mentions if m.actor.kind in ROLE_KINDS]

    def _contact_with(self, noun: Token, cue: EventCue) -> bool:
        """"the call with Lloyd Austin", "on the telephone with his counterparts": a noun of contact
        read only with a modifier is one when its "with" names the other party (pass 32)."""
        return cue.type == "CONSULT" and any(
            o.dep_ == "pobj" and any(m.actor.kind in ROLE_KINDS for m in self._np(o, True).mentions)
            for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children)

    def _levied_on_goods(self, noun: Token, cue: EventCue) -> bool:
        """"a 34 percent duty on all American goods": a measure noun in the singular is one measure
        when it falls on goods (pass 32)."""
        return cue.type == "SANCTION" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in self.cues.levied_goods
            for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for o in p.children)

    def _of_theme(self, noun: Token) -> bool:
        """"Moscow's supply of fighter jets": a transfer noun in the singular is one act when it
        says what it moves."""
        return any(o.dep_ == "pobj" and THEME_CLASSES.intersection(self._object_classes(o))
                   for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)

    def _objects(self, verb: Token) -> list[Token]:
        """Direct objects, through relative pronouns to their antecedent, and xcomp chains
        ("vowed to impose sanctions")."""
        out = []
        cue = self.cues.verbs.get(verb.lemma_.lower())
        light_preps = cue.light_preps if cue is not None else ()
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in light_preps:
                # "voted for the sanctions", "sanctions which Russia voted for"
                out.extend(self._antecedent(o) for o in child.children if o.dep_ == "pobj")
            if child.dep_ in ("dobj", "obj") and child.left_edge.i > self._sentence_of(verb).start \
                    and self.doc[child.left_edge.i - 1].text == "," \
                    and any(c.dep_ in ("dobj", "obj") and c.i < child.i for c in verb.children):
                # "voiced concern about AUKUS, the security pact linking ...": a second object set off
                # by a comma is the parser's reading of an apposition, not the verb's object (pass 27)
                continue
            if child.dep_ in ("dobj", "obj"):
                out.append(self._antecedent(child))
                out.extend(c for c in child.children if c.dep_ == "conj")
                part = child
                for _ in range(2):
                    # "announced $500 million in military aid", "imposed a new round of
                    # sanctions": an amount or part of an event noun stands for the noun (two
                    # deep: "pledged a minimum of 40 billion euros in military aid")
                    if self._cue(part) is not None or part.lemma_.lower() in self.cues.knowing_nouns:
                        break
                    inner = [o for p in part.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
                    out.extend(inner)
                    if len(inner) != 1:
                        break
                    part = inner[0]
            elif child.dep_ == "xcomp" and child.pos_ == "VERB":
                out.extend(o for o in (self._antecedent(c) for c in child.children if c.dep_ == "dobj"))
        if not out:
            out.extend(self._modified_object(verb))
        return out

    @staticmethod
    def _modified_object(verb: Token) -> list[Token]:
        """"South Korea scrambled jets", read by the parser as a noun phrase "scrambled jets" whose
        participle has a subject of its own: a verb with a subject is a clause, and the noun it
        modifies is its object (pass 41)."""
        if verb.dep_ == "amod" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.i < verb.head.i \
                and verb.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in verb.children):
            return [verb.head]
        return []

    def _others_event(self, noun: Token, cue: EventCue, verb: Token) -> bool:
        """"Abe said Tokyo supported the dialogue" after Trump and Kim met: a bare definite event
        noun refers back to an event of others, which the verb is about, not one its subject holds."""
        verb_cue = self._cue(verb)
        if verb_cue is None or verb_cue.type not in REACTIONS or cue.type not in SYMMETRIC_EVENTS \
                or [c.lower_ for c in noun.children if c.dep_ != "punct"] != ["the"]:
            return False  # (joining the talks is taking part in them)
        referent = self._referent(noun, cue)
        if referent is None or not referent[0]:
            return False
        parties = {m.actor.country for m in (*referent[0], *referent[1])}
        subjects = {m.actor.country for m in self._subjects(verb).mentions}
        return bool(subjects) and not subjects & parties

    def _owned(self, noun: Token) -> bool:
        # a possessive pronoun ("adopted its package") is the subject's own, not another owner
        return any(c.dep_ == "poss" and c.pos_ != "PRON" and self._np(c, True).mentions for c in noun.children)
