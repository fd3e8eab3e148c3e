"""Attach numbers to events: which kind (killed, injured, weapons...) a number counts.

A number's kind comes from the noun it counts ("22 missiles" -> weapons, "80 dead" ->
killed) or from the verb that noun is subject or object of ("80 ... were killed", "injured
more than 210"); quantity_kinds.json lists both. Partitives count their inner noun: in "two
of the 17 missiles" the figure is 17, and "none of the missiles were intercepted" is not a
count of weapons; a count of a kind counts its noun ("hundreds of supporters rallied").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..nlp.doctext import doc_text, span_text
from .numbers import Quantity, find_quantities
from .victims import follows_animals, load_casualty_words

QUANTITY_KINDS_FILE = "quantity_kinds.json"
CASUALTY_KINDS = frozenset({"killed", "injured", "missing"})
_VICTIM_KINDS = frozenset({"killed", "injured", "arrested", "missing"})


@dataclass(frozen=True, slots=True)
class QuantityKinds:
    """quantity_kinds.json: the kind a counted noun, or the verb of a counted noun, names."""

    by_noun: dict[str, str]
    by_verb: dict[str, str]


@cache
def load_quantity_kinds() -> QuantityKinds:
    """Load and validate quantity_kinds.json."""
    raw = read_json(QUANTITY_KINDS_FILE)
    kinds = frozenset(string_list(QUANTITY_KINDS_FILE, raw.get("kinds"), "kinds"))

    def table(key: str) -> dict[str, str]:
        value = raw.get(key)
        if not isinstance(value, dict) or not value:
            raise DataFileError(f"{QUANTITY_KINDS_FILE}: '{key}' must map words to kinds")
        wrong = sorted(word for word, kind in value.items() if kind not in kinds or not word.islower())
        if wrong:
            raise DataFileError(f"{QUANTITY_KINDS_FILE}: '{key}' has unknown kinds or words not in lower case: {wrong}")
        return dict(value)

    return QuantityKinds(by_noun=table("nouns"), by_verb=table("verbs"))


@dataclass(slots=True)
class FoundQuantity:
    """A quantity phrase of a sentence, its kind and the token it hangs on."""

    kind: str
    quantity: Quantity
    start: int
    end: int
    anchor: Token
    # Who set a count at the figure ("organisers put the toll at 11"): the figure is that
    # party's estimate, a claim of its own beside the victims others counted.
    teller: Token | None = None


def _first_conjunct(noun: Token) -> Token:
    """ "arrested two men and three women": the noun the verb takes, of which the others are
    conjuncts."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}:
        noun = noun.head
    return noun


def _verb_kind(noun: Token) -> str | None:
    """ "arrested 40 protesters", "abducted 20 students", "arrested dozens of protesters": people
    arrested or taken are counted so, whatever they were doing; so are those coordinated with
    them ("arrested two men and three women")."""
    taken = _first_conjunct(noun)
    head_kind = load_quantity_kinds().by_verb.get(taken.head.lemma_.lower())
    return head_kind if taken.dep_ in {"nsubjpass", "dobj"} and head_kind in _VICTIM_KINDS else None


def _kind_of(noun: Token) -> tuple[str | None, Token]:
    kinds = load_quantity_kinds()
    lemma = noun.lemma_.lower()
    head = noun.head
    head_kind = kinds.by_verb.get(head.lemma_.lower())
    verb_kind = _verb_kind(noun)
    if verb_kind is not None:
        return verb_kind, _first_conjunct(noun).head
    if lemma in kinds.by_noun:
        return kinds.by_noun[lemma], noun
    if noun.lower_ in kinds.by_noun:
        return kinds.by_noun[noun.lower_], noun
    if noun.dep_ in {"nsubjpass", "dobj", "nsubj", "attr"} and head_kind is not None:
        return head_kind, head
    if lemma in load_casualty_words().address_nouns:
        return None, noun  # "the 6300 block of Elm Drive that killed two": an address
    # "80 people ... killed" where the participle modifies the noun: "people killed"
    for child in noun.children:
        if child.dep_ in {"acl", "amod", "relcl"} and child.lemma_.lower() in kinds.by_verb:
            return kinds.by_verb[child.lemma_.lower()], child
    return None, noun


def _state_after(number: Token) -> tuple[str | None, Token]:
    """ "left one dead and four injured", "left two dead and four injured": a casualty state right
    after a figure standing alone says what the figure counts, however the parser links the two
    (the state as the figure's modifier or head, or as its verb's complement), and not the state
    of the figure it is coordinated with; so does one in a verbless headline ("Two dead, three
    hurt in shooting outside bar")."""
    # "Two dead, three hurt in shooting": a headline's figure is its root or an apposition
    if number.dep_ not in {"dobj", "conj", "nsubj", "nsubjpass", "ROOT", "appos"} or number.i + 1 >= len(number.doc):
        return None, number
    state = number.nbor(1)
    # "one dead and four injured" read as coordinated figures or states: the second's verb is
    # the first's.
    governor = number.head.head if number.dep_ == "conj" else number.head
    if governor.pos_ == "ADP":
        return None, number  # "bringing the total to two dead and seven wounded": a tally's figures
    linked = (
        state.head.i == number.i
        or number.head.i == state.i
        or (state.head.i == governor.i and state.dep_ in {"oprd", "xcomp", "advcl", "conj"})
    )
    kind = _kind_of(state)[0] if linked and state.pos_ in {"ADJ", "VERB"} else None
    return (kind, state) if kind in CASUALTY_KINDS else (None, number)


def _tally_kind(number: Token) -> tuple[str | None, Token]:
    """ "The death toll rose to 62", "the number of injured stands at 40", "the toll reached 30":
    a figure a count changes to counts what the count's subject counts. "Organisers put the toll
    at 11", "officials raised the death toll to 45": a count set at or to a figure by whoever
    estimates it counts what it counts."""
    words = load_casualty_words()
    verb = number.head
    if number.dep_ == "pobj" and verb.lower_ in {"to", "at"}:
        verb = verb.head
        estimated = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.tally_nouns), None)
        if estimated is not None:
            return _count_kind(estimated, verb, number)
    elif number.dep_ != "dobj":
        return None, number
    if verb.lemma_.lower() not in words.tally_verbs:
        return None, number
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _count_kind(subject, verb, number)


_DEFINITE = frozenset({"the", "these", "those", "this", "that", "its", "their", "his", "her", "our", "my", "your"})


def _counted_of(number: Token) -> tuple[bool, Token | None]:
    """A number's "of": (True, None) for a partitive, a part of a known whole ("two of the 17
    missiles", "none of them"); (False, the noun it counts) for a count of a kind ("hundreds of
    supporters", "dozens of people"); (False, None) with no "of"."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return False, None
    inner = next((g for g in of.children if g.dep_ == "pobj"), None)
    if inner is None or inner.pos_ == "PRON" or inner.like_num:
        return True, None
    if any(c.lower_ in _DEFINITE or c.dep_ in {"poss", "nummod"} for c in inner.children):
        return True, None
    return False, inner


def _estimator(number: Token) -> Token | None:
    """Who sets a count at a figure ("organisers put the toll at 11", "officials raised the death
    toll to 45"): the subject of the verb whose object is the count."""
    if number.dep_ != "pobj" or number.head.lower_ not in {"to", "at"}:
        return None
    verb = number.head.head
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in load_casualty_words().tally_nouns for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _count_kind(subject: Token | None, verb: Token, number: Token) -> tuple[str | None, Token]:
    """The casualty kind a count noun counts ("the death toll", "the number of dead")."""
    if subject is None or subject.lemma_.lower() not in load_casualty_words().tally_nouns:
        return None, number
    kind, _ = _kind_of(subject)
    if kind is None:
        # "the number of dead", "the count of the injured"
        counted = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj"]  # fmt: skip
        kind = next((k for k, _ in map(_kind_of, counted) if k in CASUALTY_KINDS), None)
    return (kind, verb) if kind in CASUALTY_KINDS else (None, number)


def sentence_quantities(sent: Span) -> list[FoundQuantity]:
    """Every counted quantity of a sentence with its kind; unkinded numbers are dropped."""
    doc = sent.doc
    out: list[FoundQuantity | None] = []
    nouns: list[Token | None] = []  # the common noun each entry of `out` counts, if a count modifies it
    for start, end, quantity in find_quantities(span_text(sent)):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        number = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), span[-1])
        if _an_age(number):
            continue  # "Gabrial Knecht, 21, and Cristoval Mundo, 19, were arrested": ages, no count
        partitive, counted = _counted_of(number)
        if partitive:
            continue  # partitive: "two of the 17 missiles", "none of the missiles"
        noun = number.head if number.dep_ in {"nummod", "quantmod", "amod", "det"} else number
        if counted is not None and _verb_kind(number) is None:
            noun = counted  # "hundreds of supporters rallied": the supporters are counted
        if noun.dep_ == "quantmod" or noun.like_num:
            noun = noun.head
        if noun.lower_ == "of" and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ == "ADP":
            obj = next((c for c in noun.children if c.dep_ == "pobj"), None)
            noun = obj if obj is not None else noun
        lex = load_casualty_words()
        if noun.lemma_.lower() in lex.animal_nouns or follows_animals(noun, lex):
            continue  # "killed five cougars", "five others were killed by hunters": no casualties
        kind, anchor = _state_after(number)
        if kind is None:
            kind, anchor = _kind_of(noun)
        if kind is None and number.dep_ in {"dobj", "nsubjpass", "nsubj"}:
            kind, anchor = _kind_of(number)
        if kind is None and number.dep_ == "dobj":
            # "the clashes left two dead", "left three wounded": the state said of the figure
            states = (c for c in number.head.children if c.dep_ in {"oprd", "xcomp", "advcl"} and c.i == number.i + 1)
            state = next(states, None)
            if state is not None and _kind_of(state)[0] in CASUALTY_KINDS:
                kind, anchor = _kind_of(state)
        if kind is None and number.dep_ in {"nsubjpass", "nsubj"} and number.head.lemma_.lower() in lex.state_verbs:
            # "Two men were shot. One was pronounced dead at the scene", "two were found dead": the
            # state said of a figure standing for people
            states = (c for c in number.head.children if c.dep_ in {"oprd", "acomp", "xcomp"} and c.i > number.i)
            state = next(states, None)
            if state is not None and _kind_of(state)[0] in CASUALTY_KINDS:
                kind, anchor = _kind_of(state)
        teller = None
        if kind is None:
            kind, anchor = _tally_kind(number)
            teller = _estimator(number) if kind is not None else None
        if kind is None:
            continue
        found = FoundQuantity(kind, quantity, sent.start_char + start, sent.start_char + end, anchor, teller)
        # only "two men and three women": counts that modify coordinated common nouns add up
        counted_noun = noun if number.dep_ == "nummod" and noun.pos_ == "NOUN" else None
        out.append(_summed(found, out, counted_noun, nouns))
        nouns.append(counted_noun)
    return [q for q in out if q is not None]


def _an_age(number: Token) -> bool:
    """ "Gabrial Knecht, 21, of Hamilton City", "his girlfriend, 23, both from Kalamazoo": a bare
    number set off by commas after a name or a word for a person is that person's age."""
    doc = number.doc
    if number.i < 2 or number.i + 1 >= len(doc) or not number.like_num or doc[number.i - 1].text != ",":
        return False
    if doc[number.i + 1].text not in {",", ".", ")", ";"} and doc[number.i + 1].lower_ != "and":
        return False
    before = doc[number.i - 2]
    return (
        before.pos_ == "PROPN"
        or before.ent_type_ == "PERSON"
        or before.lemma_.lower() in load_casualty_words().person_nouns
    )


def _summed(
    found: FoundQuantity, earlier: list[FoundQuantity | None], noun: Token | None, nouns: list[Token | None]
) -> FoundQuantity | None:
    """ "arrested two men and three women", "abducted 20 students and three teachers": counts of
    coordinated nouns that one verb takes add up (the first count becomes their sum, the others
    none). Killed and injured are counted from the victims instead (`extract/casualties.py`)."""
    if noun is None or found.kind not in _SUMMED_KINDS or noun.dep_ != "conj":
        return found
    if not isinstance(found.quantity.value, int):
        return found
    first = _first_conjunct(noun)
    for index, (other, other_noun) in enumerate(zip(earlier, nouns, strict=True)):
        if other is None or other.kind != found.kind or other.anchor.i != found.anchor.i:
            continue
        if other_noun is None or _first_conjunct(other_noun).i != first.i:
            continue
        if not isinstance(other.quantity.value, int):
            continue
        total = other.quantity.value + found.quantity.value
        said = doc_text(noun.doc)[other.start : found.end]  # "two men and three": the span of the sum
        quantity = Quantity(total, None, None, None, said)
        earlier[index] = FoundQuantity(other.kind, quantity, other.start, found.end, other.anchor, other.teller)
        return None
    return found


_SUMMED_KINDS = frozenset({"arrested", "missing", "displaced"})
