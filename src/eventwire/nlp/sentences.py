"""Sentence-boundary guard: set boundaries the statistical parser gets wrong in news copy.

Runs before the parser, which respects boundaries already set: no sentence starts after a
title or month abbreviation ("Gen.", "Jan."), after "U.S." unless a typical sentence opener
follows, and every line break starts a new sentence (wire copy has one paragraph a line and
headlines without a full stop), as does a capitalised article right after a word that ends in a
lower-case letter (a headline run into its lede: "Man killed in east side shooting A 32-year-old
man was shot").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.attrs import ORTH  # type: ignore[import-not-found]  # Cython module without stubs
from spacy.language import Language
from spacy.tokens import Doc

from ..datafiles import read_json, string_list

DATA_FILE = "abbreviations.json"
_NOT_A_START = 2**64 - 1  # -1 as spaCy stores it in a uint64 column
_DASHED_DATELINE = r"^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,[ A-Za-z.]{2,30})?\s*(?:\([^)\n]{1,60}\))?\s*[-—–]+\s*(?=\S)"
# "Khartoum, Jun 15 (UNI) A unit of ...", "NEW DELHI, March 7 (Xinhua) -- Two civilians ...": a
# wire dateline with its day and the agency in brackets, with or without a dash after it.
_AGENCY_DATELINE = (
    r"^[ \t]*[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"\s*\([A-Z][A-Za-z .&-]{1,30}\)\s*[-—–]*\s*(?=\S)"
)
# "... frays hours after signing in Jeddah Advertisement JEDDAH, Saudi Arabia (AP) — Sudan's army
# ...": a headline and page debris run into the dateline on one line; the city in capitals, the
# agency in brackets and the dash mark it.
_RUN_IN_DATELINE = (
    r"(?<=[a-z0-9.'’\"”)] )[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
    r" \([A-Z][A-Za-z .&-]{1,30}\) [-—–]+ (?=\S)"
)
DATELINE = re.compile(f"{_DASHED_DATELINE}|{_AGENCY_DATELINE}|{_RUN_IN_DATELINE}", re.M)


@dataclass(frozen=True, slots=True)
class BoundaryRules:
    """The abbreviation lists of abbreviations.json, validated."""

    no_break_after: frozenset[str]
    conditional_break_after: frozenset[str]
    sentence_openers: frozenset[str]
    letter_labels: frozenset[str] = frozenset()
    title_abbreviations: frozenset[str] = frozenset()


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
        letter_labels=frozenset(string_list(DATA_FILE, raw.get("letter_labels"), "letter_labels")),
        title_abbreviations=frozenset(string_list(DATA_FILE, raw.get("title_abbreviations"), "title_abbreviations")),
    )


def keep_titles_whole(nlp: Language) -> None:
    """Make the tokenizer keep each title abbreviation ("Cpl.", "Sgt.") one token."""
    for title in sorted(load_boundary_rules().title_abbreviations):
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]


class SentenceGuard:
    """Pipeline component: find abbreviations and line breaks, then fix sentence starts.

    Reads the doc's text and token columns as arrays and touches only the tokens after a line
    break, a listed abbreviation or a dateline: it runs on every text, so a Python loop over all
    tokens cost more than the rest of the component.
    """

    def __init__(self, rules: BoundaryRules) -> None:
        self.rules = rules
        self._ids: dict[int, tuple[frozenset[int], frozenset[int]]] = {}  # by StringStore: listed hashes

    def _listed(self, doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
        """Hashes of the no-break and conditional-break abbreviations in the doc's string store."""
        key = id(doc.vocab.strings)
        found = self._ids.get(key)
        if found is None:
            strings = doc.vocab.strings
            found = self._ids[key] = (
                frozenset(strings.add(w) for w in self.rules.no_break_after),
                frozenset(strings.add(w) for w in self.rules.conditional_break_after),
            )
        return found

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        text = doc.text
        starts: list[int] = doc.to_array("IDX").tolist()
        no_break, conditional = self._listed(doc)
        decided: dict[int, bool] = dict.fromkeys(_dateline_ends(text, starts), True)
        decided.update(dict.fromkeys(_run_in_starts(text, starts, self.rules.letter_labels), True))
        breaks = _after_line_breaks(text, starts)
        listed = no_break | conditional
        orths = doc.to_array("ORTH")[:-1].tolist()
        after = [i + 1 for i, orth in enumerate(orths) if orth in listed]
        # "1 dead, 2 hurt in shooting | Police say a man died": a page's separator between spaces
        pipe = doc.vocab.strings["|"]
        breaks.update(i + 1 for i, orth in enumerate(orths) if orth == pipe and i and _spaced(doc, i))
        # "Sgt. Ellen Price" at a sentence's start, tokenised "Sgt" "." : the stop is the title's
        stop = doc.vocab.strings["."]
        titles = self.rules.no_break_after
        split = [i + 1 for i, orth in enumerate(orths) if orth == stop and i and _split_title_of(doc, i, titles)]
        after += split
        openers = self.rules.sentence_openers
        for i in sorted(breaks.union(after)):
            token = doc[i]
            if token.is_space:
                continue
            if i in breaks:
                decided[i] = True
            elif doc[i - 1].orth in no_break or i in split or token.text not in openers:
                decided[i] = False
        if decided:
            # One write: `Token.is_sent_start = ...` checks the whole doc for a parse each time.
            column = doc.to_array("SENT_START")
            for i, value in decided.items():
                column[i] = 1 if value else _NOT_A_START
            doc.from_array(["SENT_START"], column)  # type: ignore[arg-type]  # a numpy uint64 array
        return doc


def _split_title_of(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """Whether the full stop at token `i` ends a listed title the tokenizer split off it."""
    word = doc[i - 1]
    return not word.whitespace_ and word.text + "." in titles


def _spaced(doc: Doc, i: int) -> bool:
    """Whether the token at `i` stands between spaces."""
    return bool(doc[i].whitespace_) and bool(doc[i - 1].whitespace_)


def _after_line_breaks(text: str, starts: list[int]) -> set[int]:
    """Tokens whose previous token (with its trailing space) holds a line break."""
    out: set[int] = set()
    at = text.find("\n")
    while at != -1:
        i = bisect_right(starts, at)
        if 0 < i < len(starts):
            out.add(i)
        at = text.find("\n", at + 1)
    return out


# "Man killed in east side shooting A 32-year-old man was shot ...": a headline run into its lede
# without a full stop ("Photo", "View Larger Map Man": title-case headlines and page furniture
# too); a capitalised article right after a word that ends in a lower-case letter starts the lede
# ("The Hague" does not match: a capital after; nor does a letter that labels, abbreviations.json
# `letter_labels`: "vitamin A", "Blood Type A").
_RUN_IN = re.compile(r"([A-Za-z]*[a-z]) (?=(?:A|An|The) (?!and\b|or\b)[a-z0-9])")


def _run_in_starts(text: str, starts: list[int], labels: frozenset[str]) -> list[int]:
    """Tokens that start a lede a headline runs into."""
    out = []
    for match in _RUN_IN.finditer(text):
        if match.group(1).lower() in labels:
            continue
        i = bisect_right(starts, match.end()) - 1
        if i > 0 and starts[i] == match.end():
            out.append(i)
    return out


def _dateline_ends(text: str, starts: list[int]) -> list[int]:
    """ "BAGHDAD (Reuters) - Iran fired ...": the story's first sentence starts after the dash, so
    the dateline city is not read as the subject. Indexes of the tokens that start such a story,
    and of a dateline run into the headline before it on its line (the headline ends there)."""
    out = []
    for match in DATELINE.finditer(text):
        i = bisect_right(starts, match.end()) - 1
        if i > 0:
            out.append(i)
        begin = match.start()
        if begin > 0 and text[begin - 1] == " " and text[begin] != " ":
            j = bisect_right(starts, begin) - 1
            if j > 0 and starts[j] == begin:
                out.append(j)
    return out


@Language.factory("eventwire_sentence_guard", assigns=["token.is_sent_start"])
def make_sentence_guard(nlp: Language, name: str) -> SentenceGuard:
    """Factory registered with spaCy."""
    return SentenceGuard(load_boundary_rules())
