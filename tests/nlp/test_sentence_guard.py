"""The sentence guard's array form sets exactly the starts a token-by-token reading sets."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from eventwire.nlp.sentences import DATELINE, BoundaryRules, SentenceGuard, load_boundary_rules

RULES = load_boundary_rules()
# Pieces written here: listed abbreviations, openers, datelines, line breaks, plain words, and the
# articles and labels of a headline run into its lede.
PIECES = [
    "Gen.",
    "Jan.",
    "U.S.",
    "Dr.",
    "The",
    "He",
    "It",
    "troops",
    "fired",
    "at",
    "a",
    "base",
    ".",
    ",",
    "\n",
    "\n\n",
    " ",
    "BAGHDAD (Reuters) -",
    "KABUL, Afghanistan —",
    "Khartoum, Jun 15 (UNI)",
    "Mr.",
    "said",
    "Sept.",
    "in",
    "A",
    "An",
    "man",
    "and",
    "vitamin",
    "Vitamin",
    "Photo",
    "42-year-old",
    "Sgt.",
    "approx.",
    "Sgt",
    "frays JEDDAH, Saudi Arabia (AP) —",
    "BANGKOK (AP) —",
    "|",
    " | ",
]


def _reference(rules: BoundaryRules, doc: Doc) -> list[bool | None]:
    """The guard as first written: one Token at a time (kept here as the specification)."""
    tokens = list(doc)
    text = doc.text
    for match in DATELINE.finditer(text):
        i = max(j for j, t in enumerate(tokens) if t.idx <= match.end())
        if i > 0:
            tokens[i].is_sent_start = True
        # a dateline run into a headline on its line starts a sentence of its own
        begin = match.start()
        if begin > 0 and text[begin - 1] == " " and text[begin] != " ":
            first = [j for j, t in enumerate(tokens) if t.idx == begin]
            if first and first[0] > 0:
                tokens[first[0]].is_sent_start = True
    for i in range(1, len(tokens) - 1):
        # "shooting A 42-year-old man": a lower-case word, a capitalised article, a lower-case word
        before, prev, token, after = (tokens[i - 2] if i > 1 else None), tokens[i - 1], tokens[i], tokens[i + 1]
        letters = re.search(r"[A-Za-z]*[a-z]$", prev.text)
        run = (before.text if before is not None and not before.whitespace_ else "") + prev.text
        word = re.search(r"[A-Za-z]*[a-z]$", run)  # the letters before the space, across tokens
        lower_word = letters is not None and word is not None and word.group(0).lower() not in rules.letter_labels
        opener = token.text in {"A", "An", "The"} and prev.whitespace_ == " " and token.whitespace_ == " "
        lower_next = after.text[:1].islower() or after.text[:1].isdigit()
        if lower_word and opener and lower_next and after.text not in {"and", "or"}:
            token.is_sent_start = True
    for k, (prev, token) in enumerate(pairwise(tokens)):
        if token.is_space:
            continue
        # "Sgt" "." : a listed abbreviation the tokenizer split before its full stop
        title = tokens[k - 1] if k > 0 else None
        split = (
            prev.text == "."
            and title is not None
            and not title.whitespace_
            and title.text + "." in rules.no_break_after
        )
        piped = prev.text == "|" and k > 0 and bool(prev.whitespace_) and bool(tokens[k - 1].whitespace_)
        if "\n" in prev.text or "\n" in prev.whitespace_ or piped:
            token.is_sent_start = True
        elif (
            prev.text in rules.no_break_after
            or split
            or (prev.text in rules.conditional_break_after and token.text not in rules.sentence_openers)
        ):
            token.is_sent_start = False
    return [t.is_sent_start for t in doc]


@cache
def _blank() -> spacy.language.Language:
    """One blank English pipeline for all examples (making one takes a tenth of a second)."""
    return spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=30), st.lists(st.booleans(), max_size=30))
def test_the_guard_sets_the_starts_the_token_loop_sets(pieces: list[str], spaces: list[bool]) -> None:
    nlp = _blank()
    text = "".join(p + (" " if i < len(spaces) and spaces[i] else "") for i, p in enumerate(pieces))
    ours = SentenceGuard(RULES)(nlp.make_doc(text))
    assert [t.is_sent_start for t in ours] == _reference(RULES, nlp.make_doc(text))


def test_a_line_break_and_an_abbreviation_decide_sentence_starts() -> None:
    nlp = spacy.blank("en")
    doc = SentenceGuard(RULES)(nlp.make_doc("KABUL, Afghanistan — Gen. Smith said\nTroops left the U.S. base."))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["Gen."] is True  # the story starts after the dateline's dash
    assert starts["Smith"] is False  # never a start after a title
    assert starts["Troops"] is True  # a new line
    assert starts["base"] is False  # "U.S." followed by no sentence opener


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("Khartoum, Jun 15 (UNI) A feared unit of the security forces raped women.", "A"),
        ("NEW DELHI, March 7 (Xinhua) -- Two civilians were killed in Kashmir.", "Two"),
        ("SANA'A, Feb. 5 (Saba) At least three civilians were killed.", "At"),
        ("Port Au Prince, Jan 5, 2020 (AFP) Gangs burned homes.", "Gangs"),
    ],
)
def test_a_wire_dateline_with_its_day_and_agency_ends_before_the_story(text: str, first_word: str) -> None:
    doc = SentenceGuard(RULES)(spacy.blank("en").make_doc(text))
    assert next(t for t in doc if t.text == first_word).is_sent_start is True


@pytest.mark.parametrize(
    "text",
    [
        "Police said Monday, May 4 (a holiday) that the road was closed.",
        "The minister met Smith in Cairo, Jan 5 (AP) reported.",
    ],
)
def test_a_day_and_a_bracket_inside_a_sentence_is_no_dateline(text: str) -> None:
    assert DATELINE.search(text) is None


def test_a_title_split_from_its_full_stop_starts_no_sentence() -> None:
    nlp = spacy.blank("en")
    doc = SentenceGuard(RULES)(nlp.make_doc("Police said. Sgt. Ellen Price was hurt."))
    words = [t.text for t in doc]
    price = doc[words.index("Ellen")]
    assert price.is_sent_start is False, words


def test_the_pipeline_keeps_a_title_one_token(nlp: spacy.language.Language) -> None:
    words = [t.text for t in nlp.make_doc("Lance Cpl. David Gonzalez and Lt. Col. Ann Ruiz")]
    assert words[:3] == ["Lance", "Cpl.", "David"] and "Col." in words
