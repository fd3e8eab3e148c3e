"""Sentence-boundary guard: set boundaries the statistical parser gets wrong in news copy.

Runs before the parser, which respects boundaries already set: no sentence starts after a
title or month abbreviation ("Gen.", "Jan."), after "U.S." unless a typical sentence opener
follows, and every line break starts a new sentence (wire copy has one paragraph a line and
headlines without a full stop).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..datafiles import read_json, string_list

DATA_FILE = "abbreviations.json"
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,[ A-Za-z.]{2,30})?\s*(?:\([^)\n]{1,60}\))?\s*[-—–]+\s*(?=\S)", re.M
)


@dataclass(frozen=True, slots=True)
class BoundaryRules:
    """The abbreviation lists of abbreviations.json, validated."""

    no_break_after: frozenset[str]
    conditional_break_after: frozenset[str]
    sentence_openers: frozenset[str]


@cache
def load_boundary_rules() -> BoundaryRules:
    """Load and validate abbreviations.json."""
    raw = read_json(DATA_FILE)
    return BoundaryRules(
        no_break_after=frozenset(string_list(DATA_FILE, raw.get("no_break_after"), "no_break_after")),
        conditional_break_after=frozenset(
            string_list(DATA_FILE, raw.get("conditional_break_after"), "conditional_break_after")
        ),
        sentence_openers=frozenset(string_list(DATA_FILE, raw.get("sentence_openers"), "sentence_openers")),
    )


class SentenceGuard:
    """Pipeline component: find abbreviations and line breaks, then fix sentence starts."""

    def __init__(self, rules: BoundaryRules) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        tokens = list(doc)  # one Token object per token: indexing the doc twice per step cost 5 % of extraction
        for i in _dateline_ends(tokens):
            tokens[i].is_sent_start = True
        for prev, token in pairwise(tokens):
            if token.is_space:
                continue
            if "\n" in prev.text or "\n" in prev.whitespace_:
                token.is_sent_start = True
            elif prev.text in rules.no_break_after or (
                prev.text in rules.conditional_break_after and token.text not in rules.sentence_openers
            ):
                token.is_sent_start = False
        return doc


def _dateline_ends(tokens: list[Token]) -> list[int]:
    """ "BAGHDAD (Reuters) - Iran fired ...": the story's first sentence starts after the dash, so
    the dateline city is not read as the subject. Indexes of the tokens that start such a story."""
    text = "".join([t.text_with_ws for t in tokens])
    starts = [t.idx for t in tokens]
    out = []
    for match in DATELINE.finditer(text):
        i = bisect_right(starts, match.end()) - 1
        if i > 0:
            out.append(i)
    return out


@Language.factory("eventwire_sentence_guard", assigns=["token.is_sent_start"])
def make_sentence_guard(nlp: Language, name: str) -> SentenceGuard:
    """Factory registered with spaCy."""
    return SentenceGuard(load_boundary_rules())
