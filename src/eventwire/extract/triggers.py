"""Find event triggers in a parsed sentence: lemma + part of speech + context constraints.

The tokens that can be triggers are found by spaCy `PhraseMatcher`s compiled once per vocabulary
from the lexicon's records (`trigger_index`); the part of speech, the constraints (objects,
particles, prepositions) and the choice of the most specific entry are checked here in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .dates import month_of
from .lexicon import MONEY_CLASS, NAMED_PERSON_CLASS, PLACE_CLASS, Trigger, TriggerLexicon, people_words
from .numbers import load_number_words
from .role_words import load_role_words
from .words import HYPHENS, lemma, load_event_words, names_money

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj", "attr", "oprd"})
NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LOC"})


def in_long_entity(token: Token) -> bool:
    """Whether the token is inside a named entity of two or more tokens."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start >= 2


ORIGIN_RANK = {"hand": 0, "frame": 1, "petrarch2": 2}
OBLIGATION_CLAUSE = "obligation_clause"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_RESULT_DEPS = frozenset({"advcl", "oprd", "acomp", "xcomp", "ccomp"})


@dataclass(slots=True)
class TriggerMatch:
    """A token that triggers an event, the lexicon entry it matched and the mode it implies."""

    token: Token
    trigger: Trigger
    mode: str | None


def _of_child(token: Token) -> bool:
    """Whether a word has an "of" phrase ("31 of 38 drones")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _objects(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    # "ordered the party to disband" is often parsed as a clause whose subject is the party.
    objs += [raised for raised in [raised_object(token)] if raised is not None]
    # "shot down 31 of 38 drones": a count before "of" the parse hangs on the verb as an adverb.
    objs += [c for c in token.children if c.dep_ == "npadvmod" and c.like_num and _of_child(c)]
    # "fired the rockets" / "some of its forces": look through partitive heads; "$100 billion
    # in tariffs": an amount's "in" names the thing.
    words = load_event_words()
    for obj in list(objs):
        if lemma(obj) in words.act_nouns:
            continue  # "ordered the release of 50 protesters": the release is ordered, not the protesters
        if lemma(obj) in words.record_nouns:
            continue  # "released the name of a man shot dead": a record of people, not the people
        preps = {"of", "in"} if _an_amount(obj) else {"of"}
        objs += [g for p in obj.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children]
        if _an_amount(obj) and obj.head.i == token.i:
            objs += [g for p in _in_after(obj) for g in p.children]
    # "a man was pistol-whipped": a hyphenated participle the parse reads as the complement of
    # "be"; the copula's subject is the passive subject.
    if token.dep_ == "acomp" and token.head.lemma_ == "be":
        objs += [c for c in token.head.children if c.dep_ == "nsubj"]
    # "missiles targeting X" / "missiles launched by Iran": the modified noun is the object; of
    # an infinitive it is what the act is for ("an agreement to cancel the debt").
    if token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"} and not _infinitive(token):
        objs.append(token.head)
    if token.tag_ == "VBN" and token.head.lemma_ in _CAUSATIVE_VERBS and token.head.i != token.i:
        # "having a gun put to his head", "had her car stolen": the causative's subject is what
        # the participle was done to.
        objs += [c for c in token.children if c.dep_ == "nsubj"]
    if _reduced_relative(token) and token.doc[token.i - 1] not in objs:
        # "a report of shots fired": the parse hangs the participle on "report", or reads it as a
        # clause of its own with no auxiliary (at most a wrong subject); the noun right before it
        # is what was fired.
        objs.append(token.doc[token.i - 1])
    return objs


_CAUSATIVE_VERBS = frozenset({"have", "get"})


def of_objects(noun: Token) -> list[Token]:
    """The nouns after a noun's "of" ("a batch of tanks": tanks; "the release of 50 protesters")."""
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _partly_a_person(word: Token) -> bool:
    """A proper noun whose compound words the model tags as a person's name: "Kyi" of "Aung San Suu Kyi"."""
    return word.pos_ == "PROPN" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in word.children)


def _contents(thing: Token, participles: frozenset[str]) -> list[Token]:
    """What a participle of holding says a thing holds: "caches containing weapons" (weapons),
    "a truck loaded with explosives" (explosives)."""
    held = [a for a in thing.children if a.dep_ in {"acl", "relcl"} and lemma(a) in participles]
    objects = [g for a in held for g in a.children if g.dep_ == "dobj"]
    return objects + [
        g for a in held for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
    ]


def _infinitive(verb: Token) -> bool:
    """ "to cancel" of "an agreement to cancel the debt"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _an_amount(obj: Token) -> bool:
    """ "$100 billion", "1.5 billion euros", "500 tonnes": a sum or measure, whose "in" names
    the thing ("pledged 1.5 billion euros in aid")."""
    if obj.like_num or obj.tag_ == "$" or obj.ent_type_ == "MONEY":
        return True
    counted = any(c.dep_ == "nummod" for c in obj.children)
    return counted and obj.lower_ in load_number_words().not_a_count_before


def amount_thing(obj: Token) -> Token | None:
    """What an amount counts: "aid" of "1.5 billion euros in aid", "loans" of "$2 billion in
    loans"; None unless `obj` is an amount with an "in" or "of" object."""
    if not _an_amount(obj):
        return None
    preps = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}] + _in_after(obj)
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)


def _in_after(amount: Token) -> list[Token]:
    """ "pledged 500 million dollars in aid": the "in" right after an amount, which the parse may
    hang on the verb, names what the amount counts."""
    return [
        p
        for p in amount.head.children
        if p.dep_ == "prep"
        and p.lower_ == "in"
        and p.i == amount.right_edge.i + 1
        and amount.dep_ == "dobj"
        # "charged four in a series of robberies": people counted, no sum ("$4.5 billion" is one)
        and (not amount.like_num or amount.ent_type_ == "MONEY")
    ]


def _reduced_relative(token: Token) -> bool:
    if token.tag_ != "VBN" or token.i == 0 or token.doc[token.i - 1].pos_ != "NOUN":
        return False
    return not any(c.dep_ in {"aux", "auxpass"} or c.i == token.i - 1 for c in token.children)


def raised_object(verb: Token) -> Token | None:
    """The subject of an infinitival complement: "ordered [the party to disband]"."""
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"} and _infinitive(clause):
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return subject
    return None


def _kind_modifiers(token: Token) -> list[Token]:
    """The adjectives and nouns before a noun that say which kind it is ("military aid")."""
    return [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]


def _modifiers(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in _MODIFIER_DEPS]


def _words_near(token: Token) -> list[Token]:
    """Objects, modifiers, instruments and agents whose words can set a mode."""
    # The subject too when it is an instrument: "Israeli jets struck Gaza" (airstrike).
    subjects = [s for s in subject_heads(token) if s.pos_ == "NOUN" or (s.pos_ == "PROPN" and s.is_sent_start)]
    words = _objects(token) + _modifiers(token) + subjects
    # "sexually assaulted a woman": an adverb of manner says what kind of act.
    words += [c for c in token.children if c.dep_ == "advmod" and c.pos_ == "ADV"]
    for prep in token.children:
        if prep.dep_ in {"prep", "agent"}:
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            # "pulled out of the grain deal": the object hangs one preposition deeper.
            words += objects or [g for p in prep.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for w in list(words):
        words += _modifiers(w)
    return words


def predicate_nouns(verb: Token) -> list[Token]:
    """What a verb names its object as: "designated [the group] a terrorist organisation",
    "labelled the IRGC a terrorist entity", "declared the envoy persona non grata", "listed the
    militia as a terrorist group", and in the passive "the group was designated a terrorist
    organisation" (the object is then the subject). The first of two objects is the one named."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    if not objects:
        # "designated the Houthis a terrorist organisation": the parse may read the object as a dative
        objects = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN"}]
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    named = [o for o in objects if o.dep_ == "oprd" or passive or o is not objects[0]]
    # "designated the Revolutionary Guards a terror group": the parse may make the name an apposition
    named += [a for o in objects[:1] for a in o.children if a.dep_ == "appos"]
    if (
        len(objects) == 1
        and not named
        and any(c.dep_ == "compound" and lemma(c) in people_words() for c in objects[0].children)
    ):
        # "called the Ukrainian leaders criminals": the parse may run the two nouns into one phrase,
        # the people named as its modifier and the name as its head.
        named.append(objects[0])
    as_what = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]
    as_what = [g for g in as_what if g.dep_ == "pobj"]
    # not "conducted an exchange as part of a deal", "as a sign of goodwill": what it was of
    return named + [g for g in as_what if (objects or passive) and not _of_child(g)]


def subject_heads(token: Token) -> list[Token]:
    """The subject of a verb and, for "hundreds of supporters", the partitive's noun."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subj in list(subjects):
        subjects += [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return subjects


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entity labels of the "@place" word class


def people_of_a_nation(word: Token) -> bool:
    """ "Americans", "Palestinians", "Rohingya": a plural the model tags a nationality or a group
    (NORP) names people, whatever word it is."""
    return word.ent_type_ == "NORP" and word.tag_ in {"NNPS", "NNS"}


def _noun_forms(word: Token) -> set[str]:
    """A noun's lemma; for a sentence's capitalised first word that the model took for a name
    ("Rockets rained down", lemma "Rockets"), its lower-cased form and that form's singular."""
    if word.pos_ != "PROPN" or not word.is_sent_start:
        return {word.lemma_.lower()}
    return {word.lemma_.lower(), word.lower_, word.lower_.removesuffix("s")}


def _in_name(word: Token) -> bool:
    """Whether a word is part of a company's, a person's or a product's name (the model's entity)."""
    return word.ent_type_ in {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC"}


def _with_modifiers(heads: list[Token]) -> list[Token]:
    return heads + [c for h in heads for c in h.children if c.dep_ in {"compound", "amod"}]


@dataclass(slots=True)
class _TokenContext:
    """What a candidate token's constraints read, computed once for all of its lexicon entries
    ("call" alone has dozens: each read the same objects, particles and prepositions)."""

    token: Token
    _subjects: frozenset[str] | None = None
    _predicates: frozenset[str] | None = None
    _particles: frozenset[str] | None = None
    _preps: frozenset[str] | None = None
    _objects: dict[str, frozenset[str]] = field(default_factory=dict)

    def subject_words(self) -> frozenset[str]:
        """Lemmas of the subject heads and their modifiers ("peacekeeping troops")."""
        if self._subjects is None:
            # A name's word does not class the subject: "Shell shares hit a record high".
            heads = [w for w in _with_modifiers(subject_heads(self.token)) if w.dep_ != "compound" or not _in_name(w)]
            self._subjects = frozenset(f for s in heads for f in _noun_forms(s))
        return self._subjects

    def predicate_words(self) -> frozenset[str]:
        """Lemmas of what the verb names its object as, and of that noun's modifiers."""
        if self._predicates is None:
            named = predicate_nouns(self.token)
            self._predicates = frozenset(lemma(w) for w in _with_modifiers(named))
        return self._predicates

    def object_words(self, kind: str) -> frozenset[str]:
        """Lemmas and lower-cased forms of the words an entry's objects are matched against:
        the noun's modifiers ("modifiers"), the verb's own objects ("own") or, for hand-written
        and frame records, its objects seen through partitives and raised clauses ("objects")."""
        found = self._objects.get(kind)
        if found is None:
            token = self.token
            if kind == "modifiers":
                # "troop deployments", and "the deployment of 3,000 troops": what an event noun
                # acts on is its modifier or its "of" object
                pool = _modifiers(token) + of_objects(token)
            elif kind == "own":
                pool = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
            else:
                pool = _objects(token)
                # "released Prime Minister X", "allowed candidate X to run": a named person is
                # matched by the title before the name (not a street by its name: "Union Street").
                # The model may tag only part of a long name ("Aung San" of "Aung San Suu Kyi").
                named = [w for w in pool if w.ent_type_ == "PERSON" or _partly_a_person(w)]
                pool += [c for w in named for c in w.children if c.dep_ == "compound"]
                # "ended mediation efforts", "send air defence systems", "sent 400 police
                # officers": an effort's, an equipment's or a member's kind is what is acted on.
                words = load_event_words()
                kinds = words.effort_nouns | words.equipment_nouns | words.member_nouns
                pool += [c for w in pool if lemma(w) in kinds for c in w.children if c.dep_ == "compound"]
                # "discovered two caches containing weapons", "seized a truck loaded with
                # explosives": what a thing holds (event_words `container_participles`) is acted on.
                pool += [g for w in list(pool) for g in _contents(w, words.container_participles)]
            found = frozenset(w.lemma_.lower() for w in pool) | {w.lower_ for w in pool}
            # "live-fire drills", "cease-fire talks": a modifier the tokenizer split at its hyphen
            # is matched by the whole word
            found |= {joined for w in pool if (joined := hyphened_lemma(w)) is not None}
            if any(people_of_a_nation(w) for w in pool):
                found |= {"people"}  # "freed 10 Americans": the people of a country are people
            if any(w.ent_type_ in PLACE_LABELS for w in pool):
                found |= {PLACE_CLASS}  # "overran Mosul": a named place
            if any(names_money(w) for w in pool):
                found |= {MONEY_CLASS}  # "granted $15 million to Sudan": a sum of money
            if any(w.ent_type_ == "PERSON" or _partly_a_person(w) for w in pool):
                found |= {NAMED_PERSON_CLASS}  # "freed Nazanin Zaghari-Ratcliffe": a named person
            self._objects[kind] = found
        return found

    def particles(self) -> frozenset[str]:
        if self._particles is None:
            deps = {"prt", "prep", "advmod"}
            found = {c.lower_ for c in self.token.children if c.dep_ in deps and not _proportion(c)}
            # "burned five villagers alive": a result adjective, however the parse attaches it.
            found |= {c.lower_ for c in self.token.children if c.pos_ == "ADJ" and c.dep_ in _RESULT_DEPS}
            # "set a man ablaze": the parse may hang it on the object, after it, as no modifier stands.
            found |= {
                g.lower_
                for c in self.token.children
                if c.dep_ == "dobj"
                for g in c.children
                if g.pos_ in {"ADJ", "NOUN"} and g.dep_ == "amod" and g.i > c.i  # "ablaze" is tagged either
            }
            if self.token.pos_ == "NOUN":
                found = self._noun_particles()
            self._particles = frozenset(found)
        return self._particles

    def _noun_particles(self) -> set[str]:
        """A noun's particle is the word right after it ("a shoot out"), wherever the parse hangs
        it ("got into a shoot out" puts it on the verb), unless it heads a phrase ("out of town")."""
        token = self.token
        if token.i + 1 >= len(token.doc):
            return set()
        after = token.nbor(1)
        if after.pos_ not in {"ADP", "ADV", "PART"} or any(c.dep_ in {"prep", "pobj"} for c in after.children):
            return set()
        return {after.lower_}

    def prepositions(self) -> frozenset[str]:
        """Prepositions of the token, except one holding a time ("called the centre on Thursday"),
        and those of an adverb particle ("pushed back from their strongholds")."""
        if self._preps is None:
            holders = [
                self.token,
                *(c for c in self.token.children if c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES),
            ]
            self._preps = frozenset(
                c.lower_
                for holder in holders
                for c in holder.children
                if (c.dep_ in {"prep", "prt", "agent"} or (c.dep_ == "dative" and c.lower_ == "to"))
                and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
                and not _to_a_figure(c)
            ) | ({"for"} if for_to_clauses(self.token) else set())
        return self._preps


_ADVERB_PARTICLES = frozenset({"back", "out", "away", "off"})  # parsed as adverbs with a phrase of their own


def for_to_clauses(word: Token) -> list[Token]:
    """ "called for Israel to withdraw", "pressing for the chief to resign": a clause with a
    subject of its own brought in by "for" and told in the "to" infinitive. The parser marks the
    "for" on the clause's verb, not as the preposition of the word before it; what such a clause
    tells is wanted, not done."""
    return [
        c for c in word.children
        if c.dep_ in _CLAUSE_DEPS and c.i > word.i and for_to_clause(c)
    ]  # fmt: skip


def for_to_clause(verb: Token) -> bool:
    """Whether a verb heads a "for X to ..." clause."""
    marked = any(m.dep_ == "mark" and m.lower_ == "for" and m.i < verb.i for m in verb.children)
    return marked and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "acl", "relcl"})


def _to_a_figure(prep: Token) -> bool:
    """ "costs have fallen by one to two per cent", "prices fell to $50": a preposition whose
    object is a number or a percentage (number_words.json `not_a_count_before`) moves a figure;
    "fell to the rebels" takes a town."""
    units = {w.lower() for w in load_number_words().not_a_count_before}
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        words = [c.lower_ for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
        if obj.like_num or obj.pos_ == "NUM" or " ".join([*words, obj.lower_]) in units:
            return True
    return False


def _proportion(word: Token) -> bool:
    """ "rule 21 out of 29 states": "out" of a proportion after a figure is no particle ("ruled
    out talks", "pulled out of Syria" keep theirs)."""
    return word.i > 0 and word.nbor(-1).like_num and any(c.lower_ == "of" for c in word.children)


def _constraints_hold(token: Token, trig: Trigger, context: _TokenContext | None = None) -> bool:
    context = context or _TokenContext(token)
    if trig.subjects and trig.subjects.isdisjoint(context.subject_words()):
        return False  # "peacekeeping troops arrived": a subject is known by its kind too
    if trig.predicates and trig.predicates.isdisjoint(context.predicate_words()):
        return False  # "designated the group a terrorist organisation"
    if trig.objects:
        # A derived pattern names the verb's own object ("build an army"), not one seen through a
        # partitive or a raised clause ("building a network of armies").
        kind = "modifiers" if trig.pos != "VERB" else "own" if trig.origin == "petrarch2" else "objects"
        if trig.objects.isdisjoint(context.object_words(kind)):
            return False
    if trig.particle is not None and trig.particle not in context.particles():
        return False
    if trig.bare and not context.particles().isdisjoint(load_event_words().phrasal_particles):
        return False
    if trig.mandative:
        return not trig.preps.isdisjoint(context.prepositions()) or _subjunctive_clause(token)
    if trig.preps and trig.preps.isdisjoint(context.prepositions()) and not _on_object(trig, token):
        return False
    return all(_prep_object_holds(token, prep, words) for prep, words in trig.prep_objects.items())


def _subjunctive_clause(verb: Token) -> bool:
    """A that-clause that says what must be done: its verb in the bare form with a subject of its
    own ("insists that the president resign"), or with a modal of obligation (role_words.json
    `obligation_modals`: "insisted that the talks should resume", "must end"). After a past
    "insisted", a present form is that bare form too, as a claim would be told in the past
    ("insisted that the United States lift sanctions", but "insisted that its strikes targeted only
    Hamas"); the tagger often reads the bare verb as a present or a noun. A request noun's
    that-clause says it the same way ("its call that Russia withdraw its troops")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" or _that_clause_of_noun(verb, c)):
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        if auxiliaries & load_role_words().obligation_modals:
            return True
        bare = {"VB", "VBP", "NN"} if verb.tag_ == "VBD" else {"VB"}
        if clause.tag_ in bare and not auxiliaries:
            return True
    return False


def _that_clause_of_noun(noun: Token, clause: Token) -> bool:
    """ "repeated its call that Russia withdraw its troops": a noun's that-clause (no relative
    clause: "the call that came on Monday" has no "that" of its own)."""
    return (
        noun.pos_ == "NOUN"
        and clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _on_object(trig: Trigger, token: Token) -> bool:
    """A trigger that needs an object word takes "against" on the object as well: the parser often
    hangs "against demonstrators" on "ammunition" in "used live ammunition against demonstrators".
    Other prepositions on the object say where it is ("had a gun at his side"), not whom it aims at,
    except "with" for a trigger that needs no object: "discussed the war with Wang Yi" is
    discussed with him.
    """
    if not trig.objects and "with" in trig.preps:
        objects = (c for c in token.children if c.dep_ == "dobj")
        return any(p.dep_ == "prep" and p.lower_ == "with" for c in objects for p in c.children)
    if not trig.objects or "against" not in trig.preps:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "against" and lemma(c) in trig.objects
        for c in token.children
        if c.dep_ in {"dobj", "nsubjpass"}
        for p in c.children
    )


def _prep_object_holds(token: Token, prep: str, words: frozenset[str]) -> bool:
    """A preposition on the trigger or on its object, with one of `words` as its object when given:
    "put them on trial", "staged a demonstration in solidarity". As with objects, the object is
    seen through a partitive head: "put its army on the highest level of alert"."""
    holders = [token, *(o for o in _objects(token) if o.i != token.i)]
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        holders.append(token.head)  # "opened a hearing Wednesday into X": the parse hangs it on the verb
    for holder in holders:
        for child in holder.children:
            if child.dep_ not in {"prep", "prt", "agent", "dative"} or child.lower_ != prep:
                continue
            heads = list(child.children)
            heads += [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            # "provide Kiev with air defence systems": an equipment's kind is what is given
            kinds = load_event_words().equipment_nouns
            heads += [c for h in heads if lemma(h) in kinds for c in h.children if c.dep_ == "compound"]
            if not words or any(g.lemma_.lower() in words or g.lower_ in words for g in heads):
                return True
            if PLACE_CLASS in words and any(g.ent_type_ in PLACE_LABELS for g in heads):
                return True  # "strikes on Kyiv": a named place
    return False


def _mode(token: Token, trig: Trigger) -> str | None:
    if trig.modes_by_modifier:
        for word in [token, *_words_near(token)]:
            kinds = (trig.modes_by_modifier.get(m.lower_) for m in _kind_modifiers(word))
            mode = next((k for k in kinds if k), None)
            if mode:
                return mode
    if trig.modes_by_word:
        if token.lemma_.lower() in trig.modes_by_word:
            return trig.modes_by_word[token.lemma_.lower()]
        for near in _words_near(token):
            # "fired mortar rounds": a noun's compound says which kind of round it is.
            for word in [*(c for c in near.children if c.dep_ == "compound" and c.i < near.i), near]:
                mode = next((trig.modes_by_word[f] for f in sorted(_noun_forms(word)) if f in trig.modes_by_word), None)
                mode = mode or trig.modes_by_word.get(word.lower_)
                if mode:
                    return mode
    return trig.mode


POS_CLASS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}


@dataclass(frozen=True, slots=True)
class TriggerIndex:
    """The lexicon compiled for one vocabulary: which tokens of a sentence can be triggers.

    `by_lemma` matches a token's lemma as the records spell it (lower case) or capitalised, as
    the model leaves proper nouns and headlines; `by_form` matches the lower-cased word of the
    nouns (looked up by their form too), of the words whose lemma the model gets wrong
    (`lemma_fixes`) and of the cue words of the named constructions ("must"), whose head is the
    candidate, and the lexicon's hyphenated words as the tokenizer splits them ("sit", "-", "in"),
    whose last token is the candidate and is looked up by the whole word (`hyphened_lemma`).
    """

    by_lemma: PhraseMatcher
    by_form: PhraseMatcher
    cue_key: int
    hyphened_key: int
    obligation: Trigger | None  # the obligation clause's record: its lemmas are its cue words


_INDEXES: dict[tuple[int, int], tuple[Vocab, TriggerLexicon, TriggerIndex]] = {}


def _lemma_docs(vocab: Vocab, words: set[str]) -> list[Doc]:
    spelled = {v for w in words for v in (w, w.capitalize(), w.title(), w.upper())}
    return [Doc(vocab, words=[w], lemmas=[w]) for w in sorted(spelled)]


def _form_docs(vocab: Vocab, words: set[str]) -> list[Doc]:
    return [Doc(vocab, words=[w]) for w in sorted(words)]


def _hyphened_docs(vocab: Vocab, words: set[str]) -> list[Doc]:
    """A hyphenated word as the tokenizer splits it ("sit", "-", "in"), with an "s" and without."""
    docs = []
    for word in sorted(words):
        for form in (word, word + "s"):
            parts = form.split("-")
            docs.append(Doc(vocab, words=[t for part in parts for t in (part, "-")][:-1]))
    return docs


def _hyphened_pos(token: Token, lexicon: TriggerLexicon) -> tuple[str | None, str | None]:
    """The part of speech a token is looked up as, and the hyphenated lemma it ends when the
    lexicon has one ("gang-raped": a verb; "the pull-out": a noun, whatever "out" is tagged)."""
    pos = POS_CLASS.get(token.pos_)
    joined = hyphened_lemma(token)
    if joined is None:
        return pos, None
    if pos is not None and lexicon.candidates(joined, pos):
        return pos, joined
    return ("NOUN", joined) if lexicon.candidates(joined, "NOUN") else (pos, None)


def hyphened_lemma(token: Token) -> str | None:
    """The lemma of the word a token ends when the tokenizer split it at a tight hyphen ("in" of
    "sit-in" -> "sit-in", "ups" of "build-ups" -> "build-up"), else None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in HYPHENS or doc[token.i - 1].whitespace_:
        return None
    first = doc[token.i - 2]
    if first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{lemma(token)}"


def trigger_index(lexicon: TriggerLexicon, vocab: Vocab) -> TriggerIndex:
    """The lexicon's matchers for a vocabulary, compiled on first use and then reused."""
    key = (id(lexicon), id(vocab))
    cached = _INDEXES.get(key)
    if cached is not None and cached[0] is vocab and cached[1] is lexicon:
        return cached[2]
    by_lemma = PhraseMatcher(vocab, attr="LEMMA")
    by_lemma.add("LEMMA", _lemma_docs(vocab, {lemma for lemma, _ in lexicon.by_lemma}))
    by_form = PhraseMatcher(vocab, attr="LOWER")
    nouns = {lemma for lemma, pos in lexicon.by_lemma if pos == "NOUN"}
    by_form.add("FORM", _form_docs(vocab, nouns | set(load_event_words().lemma_fixes)))
    cues = {w.lower() for t in lexicon.triggers if t.construction for w in t.lemmas}
    by_form.add("CUE", _form_docs(vocab, cues))
    by_form.add("HYPHENED", _hyphened_docs(vocab, {w for w, _ in lexicon.by_lemma if "-" in w.strip("-")}))
    strings = vocab.strings
    index = TriggerIndex(
        by_lemma, by_form, strings["CUE"], strings["HYPHENED"], lexicon.construction(OBLIGATION_CLAUSE)
    )
    if len(_INDEXES) > 8:
        _INDEXES.clear()  # lexicons built by tests: keep the cache small
    _INDEXES[key] = (vocab, lexicon, index)
    return index


def candidate_tokens(sent: Span, lexicon: TriggerLexicon) -> list[Token]:
    """The tokens of a sentence that a lexicon entry or a named construction may code, in order."""
    index = trigger_index(lexicon, sent.doc.vocab)
    doc = sent.doc
    found = {start for _, start, _ in index.by_lemma(sent)}
    for key, start, end in index.by_form(sent):
        found.add(doc[start].head.i if key == index.cue_key else end - 1 if key == index.hyphened_key else start)
    return [doc[i] for i in sorted(found) if sent.start <= i < sent.end]


def find_triggers(sent: Span, lexicon: TriggerLexicon) -> list[TriggerMatch]:
    """Every trigger token of a sentence, the most specific lexicon entry for each."""
    out: list[TriggerMatch] = []
    obligation = trigger_index(lexicon, sent.doc.vocab).obligation
    for token in candidate_tokens(sent, lexicon):
        pos, joined = _hyphened_pos(token, lexicon)
        if pos == "ADJ" and _incident_modifier(token):
            pos = "NOUN"
        if pos is None:
            continue
        if token.ent_type_ in {"DATE", "TIME"} or _month_name(token):
            continue  # "in March 2019", "on the night of 6 March" is a month, not a march
        if _hyphened_adjective(token):
            continue  # "non-life-threatening injuries": an adjective, not a threat
        if pos == "NOUN" and token.ent_type_ in NAME_LABELS and token.ent_iob_ != "" and in_long_entity(token):
            continue  # "the No. 2 Detention Centre", "the Justice Department": a name, not an event
        if (
            pos in {"NOUN", "VERB"}
            and token.dep_ == "compound"
            and token.head.pos_ in {"NOUN", "PROPN"}
            and lemma(token.head) not in load_event_words().effort_nouns | load_event_words().incident_nouns
        ):
            # "a detention centre", "protest leaders", "the shooting range's permit" (however the
            # tagger reads "shooting"): a noun's modifier names a kind of thing;
            # "a mediation effort", "a rescue mission": the effort is the event; "the Feb. 27
            # shooting death of his neighbor", "a stabbing incident": the incident is the act.
            continue
        candidates = lexicon.candidates(joined or lemma(token), pos)
        if not candidates and pos == "NOUN":
            candidates = lexicon.candidates(token.lower_, pos)
        context = _TokenContext(token)
        chosen = best_trigger([t for t in candidates if _constraints_hold(token, t, context)])
        if chosen is None and pos == "VERB" and obligation is not None and obligation_clause(token, obligation.lemmas):
            chosen = obligation
        if chosen is not None and chosen.type != "ASSAULT" and _participle_state(token):
            continue  # "the jailed Kremlin critic", "a convicted felon", "UN-recognised government"
        if chosen is not None and _apposition_role(token):
            continue  # "Mustapha Karimbe, a civilian helping the military fight the group, said"
        if chosen is not None:
            match = TriggerMatch(token, chosen, _mode(token, chosen))
            if not _custody_left(match):
                out.append(match)
    return _without_verbs_of_recoded_objects(out)


def _without_verbs_of_recoded_objects(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """A verb coded by its object word gives way when the object is itself coded as another kind
    of act: "launched strikes on Kyiv" is no labour strike, since the noun, with its "on" a
    named place, is armed force; "launched a strike over pay" keeps the verb's reading."""
    nouns = {m.token.i: m.trigger.type for m in matches if m.token.pos_ == "NOUN" and m.trigger.type != "OTHER"}
    if not nouns:
        return matches
    return [m for m in matches if not _object_coded_apart(m, nouns)]


def _object_coded_apart(match: TriggerMatch, nouns: dict[int, str]) -> bool:
    """Only a light verb (event_words.json `light_verbs`: "launched", "staged") of a frame or a
    derived pattern gives way, since its subject does the act its object names, and only to an
    act (a disaster noun, type OTHER, needs a count to be an event). A hand-written entry names
    its objects for what they are ("opened fire" is no blaze), and a verb that acts on the act
    its object names is an event of its own ("accepted demands", "lifted a blockade",
    "suspended aid deliveries")."""
    trig = match.trigger
    if match.token.pos_ != "VERB" or not trig.objects or trig.origin == "hand":
        return False
    if lemma(match.token) not in load_event_words().light_verbs:
        return False
    return any(
        c.dep_ == "dobj" and nouns.get(c.i, trig.type) != trig.type and lemma(c) in trig.objects
        for c in match.token.children
    )


def _apposition_role(token: Token) -> bool:
    """A verb in a participle's clause that describes a person in apposition ("Karimbe, a civilian
    helping the military fight the group, said", "a farmer fighting eviction") tells what the
    person does, not an event of the report."""
    node, described = token, False
    while node.dep_ in {"xcomp", "ccomp", "acl"} and node.tag_ in {"VB", "VBG"} and node.head.i != node.i:
        described = described or (node.dep_ == "acl" and node.tag_ == "VBG")
        node = node.head
    return described and node.dep_ == "appos"


def _custody_left(match: TriggerMatch) -> bool:
    """ "released the president's son from detention", "escaped from custody", "fled from arrest":
    a custody noun after "from" names the state someone left, not an arrest the sentence tells."""
    token = match.token
    return (
        match.trigger.type == "COERCE"
        and match.mode == "arrest"
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "from"
    )


def _participle_state(token: Token) -> bool:
    """A past participle before the noun it describes ("pardoned three jailed journalists", "the
    banned munitions", "an occupied vehicle") names a state the noun is in, not an act the
    sentence tells; violence so named stays its victim's ("the wounded passenger" was shot)."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i


def _incident_modifier(token: Token) -> bool:
    """An act's -ing noun the tagger read as an adjective of the incident it names ("went on a
    shooting rampage"; event_words.json `incident_nouns`)."""
    return (
        token.dep_ == "amod" and token.lower_.endswith("ing") and lemma(token.head) in load_event_words().incident_nouns
    )


def _month_name(token: Token) -> bool:
    """A month's capitalised name the entity tagger missed ("on the night of 6 March"): inside a
    sentence, or at its start before a day's number ("March 6 marked ...")."""
    if month_of(token.text) is None:
        return False
    doc = token.doc
    if token.i != token.sent.start:
        return True
    return token.i + 1 < len(doc) and doc[token.i + 1].like_num


def derived_pattern_holds(token: Token, kind: str, lexicon: TriggerLexicon) -> bool:
    """Whether a derived pattern of type `kind` that constrains its lemma holds on `token`.

    "China warned Taiwan against independence", "warned of war", "vowed revenge on its enemies":
    a warning or vow names its content with words a pattern of the field's dictionaries
    constrains (PETRARCH2's "warn against independence", CAMEO 130), though the hand entry that
    codes the token ("warn" as a threat) is chosen first (`best_trigger`). A pattern that
    constrains nothing ("warn" alone) is no evidence.
    """
    pos = POS_CLASS.get(token.pos_)
    if pos is None:
        return False
    context = _TokenContext(token)
    return any(
        t.type == kind and t.origin == "petrarch2" and t.specificity > 0 and _constraints_hold(token, t, context)
        for t in lexicon.candidates(lemma(token), pos)
    )


def _hyphened_adjective(token: Token) -> bool:
    """A present participle joined by a hyphen to the word before it and describing a noun or a
    state ("life-threatening injuries", "the wounds are not life-threatening"): a compound
    adjective, no act."""
    doc = token.doc
    return (
        token.tag_ == "VBG"
        and token.dep_ in {"amod", "acomp"}
        and token.i >= 2
        and doc[token.i - 1].text in HYPHENS
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def obligation_clause(verb: Token, cues: frozenset[str]) -> bool:
    """ "Russia said Sudan must return the helicopter", "the forum concluded that rich nations
    must pay more": a reported clause that puts an obligation on a named party (a noun subject,
    not "we" or "it") is the speaker's demand of that party, with or without a trigger word.
    `cues` are the construction record's words ("must": PLOVER codes demands; "should" advises)."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or lemma(verb.head) not in load_event_words().reporting_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in cues for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def best_trigger(matching: list[Trigger]) -> Trigger | None:
    """The entry a token is coded with: entries of triggers.jsonl first (they carry the modes by
    word and the flags the extraction rules were written for), then the hand frames, then the
    derived patterns; within one source, the most specific (by its number of constraints)."""
    if not matching:
        return None
    return max(matching, key=lambda t: (-ORIGIN_RANK.get(t.origin, len(ORIGIN_RANK)), t.specificity))
