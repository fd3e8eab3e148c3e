"""The model's attribute ruler (tag map, morphology and lemma exceptions), applied by lookup.

spaCy's `AttributeRuler` runs a `Matcher` of the model's rules over every doc and builds a
`Span` per match: on the parsed sentences it cost as much as the parser itself. Almost all of
the rules look at one token (its tag, lower-cased form, dependency label, whether it is space),
so what they set depends only on those four values, which recur: the answer is computed once
per combination and kept. The few rules over two tokens ("gon na", "there is") still run in a
`Matcher` of their own. Rules apply in the order of the original, later rules winning, so the
output is the original's (a test compares them token by token over real articles).

`swap_attribute_ruler(nlp)` puts this in place of the model's component when every rule is of
a form understood here (a value, IN, NOT_IN or REGEX on TAG, LOWER or DEP; IS_SPACE) and leaves
the original otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS  # type: ignore[import-not-found]  # Cython module without stubs
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

from .swap import replace_component

COMPONENT = "attribute_ruler"
FACTORY = "eventwire_lookup_attribute_ruler"
Key = tuple[str, str, str, bool]  # tag, lower-cased form, dependency label, is space
Test = Callable[[Key], bool]
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2}
MAX_KINDS = 200_000  # token kinds whose answer is kept before the memo starts afresh


_READ: list[str | int] = ["TAG", "LOWER", "DEP", "IS_SPACE"]  # what a one-token rule reads
_SET: list[str | int] = ["POS", "MORPH", "LEMMA"]  # what almost every rule sets, written as columns
_POS, _MORPH, _LEMMA = (IDS[name] for name in ("POS", "MORPH", "LEMMA"))


@dataclass(frozen=True, slots=True)
class _Plan:
    """What one combination of rules does to a token: column values, and any other attributes."""

    columns: tuple[tuple[int, int], ...]  # (index in _SET, value)
    other: dict[int, Any]


class UnsupportedRule(ValueError):
    """A rule of a form the lookup does not evaluate; the model's own component stays."""


def _value_test(field: int, value: Any) -> Test:
    if isinstance(value, str):
        return lambda key: key[field] == value
    if isinstance(value, Mapping) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda key: key[field] in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda key: key[field] not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda key: pattern.search(key[field]) is not None
    raise UnsupportedRule(f"no lookup for {value!r}")


def _space_test(want: bool) -> Test:
    return lambda key: key[3] is want


def token_test(spec: Mapping[str, Any]) -> Test:
    """One token pattern of a rule as a test of a token's (tag, lower, dep, is_space)."""
    tests: list[Test] = []
    for name, value in spec.items():
        if name in _FIELDS:
            tests.append(_value_test(_FIELDS[name], value))
        elif name == "IS_SPACE" and isinstance(value, bool):
            tests.append(_space_test(value))
        else:
            raise UnsupportedRule(f"no lookup for the attribute {name!r}")
    return lambda key: all(test(key) for test in tests)


def _needed_values(pattern: list[dict[str, Any]]) -> list[tuple[int, frozenset[str]]]:
    """For each token of a pattern that names fixed values of TAG, LOWER or DEP: the column and
    the values, one of which some token must have (REGEX and other operators need nothing)."""
    needs: list[tuple[int, frozenset[str]]] = []
    for spec in pattern:
        for name, value in spec.items():
            if name not in _FIELDS:
                continue
            if isinstance(value, str):
                needs.append((_FIELDS[name], frozenset([value])))
            elif isinstance(value, Mapping) and set(value) == {"IN"}:
                needs.append((_FIELDS[name], frozenset(value["IN"])))
    return needs


class LookupAttributeRuler:
    """Pipeline component: the rules of an `AttributeRuler`, answered per token kind."""

    def __init__(self, original: AttributeRuler) -> None:
        self.attrs: list[dict[int, Any]] = list(original.attrs)
        # Token patterns of the one-token rules, split by what they read: a pattern that names
        # the lower-cased form(s) it wants is tried only on those words; the rest (tag, dep,
        # space, a REGEX on the form) on every token kind.
        self.by_form: dict[str, list[tuple[int, Test]]] = {}
        self.by_kind: list[tuple[int, Test]] = []  # read tag, dep, space only
        self.by_regex: list[tuple[int, Test]] = []
        self.pairs = Matcher(original.vocab)
        # Per pattern of the rules over several tokens: values some token of the doc must have
        # for it to match (a doc with none of them skips the Matcher, which visits every token).
        self.pair_needs: list[list[tuple[int, frozenset[str]]]] = []
        self._pair_hashes: dict[int, list[list[tuple[int, frozenset[int]]]]] = {}  # by StringStore
        self.indices: dict[str, int] = {}
        for rule_id in range(len(original.attrs)):
            _, patterns = original.matcher.get(str(rule_id))
            index = original.indices[rule_id]
            if all(len(p) == 1 for p in patterns) and index in (0, -1):
                for (spec,) in patterns:
                    self._index(rule_id, spec)
            else:
                self.pairs.add(str(rule_id), patterns)
                self.pair_needs.extend(_needed_values(p) for p in patterns)
                self.indices[str(rule_id)] = index
        self._answers: dict[Key, tuple[int, ...]] = {}
        self._kind_answers: dict[tuple[str, str, bool], frozenset[int]] = {}
        self._hash_answers: dict[tuple[int, int, int, int], tuple[int, ...]] = {}
        self._plans: dict[tuple[int, ...], _Plan] = {}

    def _index(self, rule_id: int, spec: Mapping[str, Any]) -> None:
        test = token_test(spec)
        forms = spec.get("LOWER")
        if forms is None:
            self.by_kind.append((rule_id, test))
        elif isinstance(forms, str):
            self.by_form.setdefault(forms, []).append((rule_id, test))
        elif isinstance(forms, Mapping) and "IN" in forms:
            for form in forms["IN"]:
                self.by_form.setdefault(form, []).append((rule_id, test))
        else:
            self.by_regex.append((rule_id, test))

    def _rules_for(self, key: Key) -> tuple[int, ...]:
        """Ids of the one-token rules that hold for a token kind, in rule order."""
        found = self._answers.get(key)
        if found is None:
            kind = (key[0], key[2], key[3])
            general = self._kind_answers.get(kind)
            if general is None:
                general = self._kind_answers[kind] = frozenset(r for r, test in self.by_kind if test(key))
            special = {r for r, test in (*self.by_form.get(key[1], ()), *self.by_regex) if test(key)}
            if len(self._answers) >= MAX_KINDS:
                self._answers.clear()
            found = self._answers[key] = tuple(sorted(general | special))
        return found

    def _rules_by_hash(self, doc: Doc, row: tuple[int, int, int, int]) -> tuple[int, ...]:
        """`_rules_for` of a token kind given as string-store hashes (tag, lower, dep, is space)."""
        found = self._hash_answers.get(row)
        if found is None:
            strings = doc.vocab.strings
            tag, lower, dep, space = row
            if len(self._hash_answers) >= MAX_KINDS:
                self._hash_answers.clear()
            key = (strings[tag] if tag else "", strings[lower], strings[dep] if dep else "", bool(space))
            found = self._hash_answers[row] = self._rules_for(key)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        read = doc.to_array(_READ)
        extra: dict[int, list[int]] = {}
        if len(self.pairs) and self._pairs_may_match(doc, read):
            strings = doc.vocab.strings
            for match_id, start, end in self.pairs(doc, allow_missing=True):
                name = strings[match_id]
                index = self.indices[name]
                extra.setdefault((start if index >= 0 else end) + index, []).append(int(name))
        columns = doc.to_array(_SET)
        changed = False
        for i, row in enumerate(read.tolist()):
            rule_ids = self._rules_by_hash(doc, tuple(row))
            if i in extra:
                rule_ids = tuple(sorted({*rule_ids, *extra[i]}))
            if not rule_ids:
                continue
            plan = self._plans.get(rule_ids)
            if plan is None:
                plan = self._plans[rule_ids] = self._plan(doc, rule_ids)
            if plan.other:  # TAG or DEP: spaCy's own setter, one token at a time
                set_token_attrs(doc[i], plan.other)
            for column, value in plan.columns:
                columns[i, column] = value
                changed = True
        if changed:
            doc.from_array(_SET, columns)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy uint64 array
        return doc

    def _pairs_may_match(self, doc: Doc, read: numpy.ndarray) -> bool:
        """False when no pattern over several tokens can match: each misses a value it needs."""
        key = id(doc.vocab.strings)
        needs = self._pair_hashes.get(key)
        if needs is None:
            strings = doc.vocab.strings
            needs = self._pair_hashes[key] = [
                [(column, frozenset(strings.add(v) for v in values)) for column, values in pattern]
                for pattern in self.pair_needs
            ]
        present = [set(read[:, column].tolist()) for column in range(len(_FIELDS))]
        return any(all(not present[column].isdisjoint(hashes) for column, hashes in p) for p in needs)

    def _plan(self, doc: Doc, rule_ids: tuple[int, ...]) -> _Plan:
        """What a combination of rules sets: POS, MORPH and LEMMA as column values, the rest as is."""
        merged = self._merge(rule_ids)
        columns: list[tuple[int, int]] = []
        other: dict[int, Any] = {}
        for attr, value in merged.items():
            if attr == _POS:
                columns.append((0, int(value)))
            elif attr == _MORPH:
                columns.append((1, int(value)))  # the hash as spaCy sets it
            elif attr == _LEMMA:
                columns.append((2, int(doc.vocab.strings.add(value) if isinstance(value, str) else value)))
            else:
                other[attr] = value
        return _Plan(tuple(columns), other)

    def _merge(self, rule_ids: tuple[int, ...]) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for rule_id in rule_ids:  # in rule order: a later rule's value wins, as in spaCy's ruler
            out.update(self.attrs[rule_id])
        return out


def swap_attribute_ruler(nlp: Language) -> bool:
    """Put `LookupAttributeRuler` in place of the model's attribute ruler (same name, same
    position); False when the model has none or a rule of a form the lookup does not evaluate."""
    original = nlp.get_pipe(COMPONENT) if COMPONENT in nlp.pipe_names else None
    if not isinstance(original, AttributeRuler):
        return False
    try:
        LookupAttributeRuler(original)
    except UnsupportedRule:
        return False
    replace_component(nlp, COMPONENT, FACTORY)
    return True


@Language.factory(FACTORY)
def make_lookup_attribute_ruler(nlp: Language, name: str) -> LookupAttributeRuler:
    """Factory registered with spaCy: the rules of the pipeline's attribute ruler, by lookup."""
    original = nlp.get_pipe(COMPONENT)
    if not isinstance(original, AttributeRuler):
        raise UnsupportedRule(f"the pipeline's {COMPONENT!r} is no AttributeRuler")
    return LookupAttributeRuler(original)
