"""The model's rule lemmatizer, answered once per token kind.

spaCy's `Lemmatizer.__call__` visits every token as a Python `Token`, asks `rule_lemmatize`
(which keeps its own cache keyed by form, part of speech and morphology) and sets the lemma
string back: on the parsed sentences that loop cost more than the tagger. What the rule mode
answers depends only on (form, part of speech, morphology): base forms are recomputed each time
but from those three values, everything else is cached by them. `LookupLemmatizer` reads the
three columns of a doc as arrays, asks the model's own lemmatizer once per unseen combination,
and writes the lemma column back in one call; the lemmatizer's word lists become sets, which
answer its `form in index` tests alike without a linear search. Tokens that already have a
lemma (set by the attribute ruler) keep it, as in spaCy (the component does not overwrite).
One answer differs from the model's: a verb it leaves as written that is an English prefix on an
irregular form of its exception table ("retook", "overran") gets the prefix on that form's
lemma ("retake", "overrun"), so the trigger lexicon's "retake" matches.

`swap_lemmatizer(nlp)` puts this in place of the model's component when it is a rule-mode
`Lemmatizer` that does not overwrite, and leaves the original otherwise.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from ..errors import EventwireError
from .swap import replace_component

COMPONENT = "lemmatizer"
FACTORY = "eventwire_lookup_lemmatizer"
_COLUMNS: list[str | int] = ["ORTH", "POS", "MORPH", "LEMMA"]
MAX_KINDS = 200_000  # token kinds whose lemma is kept before the memo starts afresh
# English verb prefixes that keep the base's irregular forms: re-take/re-took, over-run/over-ran,
# with-draw/with-drew, under-take/under-took, out-run, up-hold, fore-see, mis-take.
VERB_PREFIXES = ("re", "over", "with", "under", "out", "up", "fore", "mis")


class NoLemmatizer(EventwireError):
    """The pipeline has no spaCy `Lemmatizer` under the expected name."""


class LookupLemmatizer:
    """Pipeline component: the lemmas of a rule-mode `Lemmatizer`, computed once per token kind."""

    def __init__(self, original: Lemmatizer) -> None:
        self.original = original
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._irregular: dict[str, list[str]] | None = None
        _index_as_sets(original)

    @property
    def lookups(self) -> Lookups:
        """The model lemmatizer's tables (its exception table feeds the prefilter's forms)."""
        return self.original.lookups

    @property
    def mode(self) -> str:
        return str(self.original.mode)

    def _lemma(self, doc: Doc, i: int) -> str:
        """The model's lemma, or for a prefixed irregular verb it leaves as written ("retook",
        "overran") the prefix on the irregular base's lemma ("retake", "overrun")."""
        lemma: str = self.original.lemmatize(doc[i])[0]
        token = doc[i]
        if token.pos_ != "VERB" or lemma != token.lower_:
            return lemma
        irregular = self._verb_exceptions()
        for prefix in VERB_PREFIXES:
            base = lemma[len(prefix) :]
            if lemma.startswith(prefix) and len(base) >= 3 and base in irregular:
                return prefix + irregular[base][0]
        return lemma

    def _verb_exceptions(self) -> dict[str, list[str]]:
        if self._irregular is None:
            lookups = self.original.lookups
            table = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
            self._irregular = dict(table.get("verb", {}))
        return self._irregular

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(_COLUMNS)
        table: list[list[int]] = rows.tolist()
        memo = self._lemmas
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                if len(memo) >= MAX_KINDS:
                    memo.clear()
                found = memo[key] = doc.vocab.strings.add(self._lemma(doc, i))
            rows[i, 3] = found
            changed = True
        if changed:
            doc.from_array(["LEMMA"], rows[:, 3:4])  # type: ignore[arg-type]  # a numpy uint64 array
        return doc


def _index_as_sets(original: Lemmatizer) -> None:
    """The rule lemmatizer asks `form in index` of its word list per part of speech for every
    candidate form of every new word: lists of up to 57,528 words, searched one by one (0.75 s
    of a pass over 100 articles). The same words as sets answer alike. The component is ours
    alone once swapped out of the pipeline, so its table is changed in place."""
    if not original.lookups.has_table("lemma_index"):
        return
    table = original.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        words = table[key]
        if isinstance(words, list):
            table[key] = frozenset(words)


def swap_lemmatizer(nlp: Language) -> bool:
    """Put `LookupLemmatizer` in place of the model's lemmatizer (same name, same position);
    False when the model has none, or one that is not rule-based or overwrites lemmas."""
    original = nlp.get_pipe(COMPONENT) if COMPONENT in nlp.pipe_names else None
    if not isinstance(original, Lemmatizer) or original.mode != "rule" or original.overwrite:
        return False
    replace_component(nlp, COMPONENT, FACTORY)
    return True


@Language.factory(FACTORY)
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Factory registered with spaCy: the pipeline's rule lemmatizer, by lookup."""
    original = nlp.get_pipe(COMPONENT)
    if not isinstance(original, Lemmatizer):
        raise NoLemmatizer(f"the pipeline's {COMPONENT!r} is no Lemmatizer")
    return LookupLemmatizer(original)
