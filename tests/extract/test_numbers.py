"""Number phrases read as values (parse_quantity) and found in sentences (find_quantities)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import DataFileError
from eventwire.extract import numbers
from eventwire.extract.numbers import Quantity, find_quantities, parse_quantity

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n: int, *, british_and: bool = True) -> str:
    """English words for 0 <= n < 1,000,000 ("one thousand two hundred and thirty-four")."""
    joiner = " and " if british_and else " "
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (joiner + to_words(rest) if rest else "")
    rest = n % 1000
    head = f"{to_words(n // 1000, british_and=british_and)} thousand"
    if not rest:
        return head
    return head + (joiner if rest < 100 else " ") + to_words(rest, british_and=british_and)


def q(value: float | None, low: float | None, high: float | None, hedge: str | None) -> tuple[object, ...]:
    return (value, low, high, hedge)


def read(text: str) -> tuple[object, ...] | None:
    quantity = parse_quantity(text)
    if quantity is None:
        return None
    assert quantity.text == text
    return (quantity.value, quantity.low, quantity.high, quantity.hedge)


def found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in find_quantities(text)]


# --- stated numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("80", 80),
        ("1,200", 1200),
        ("5,000", 5000),
        ("1.5 million", 1_500_000),
        ("2.3bn", 2_300_000_000),
        ("2.3 billion", 2_300_000_000),
        ("5k", 5000),
        ("1.2m", 1_200_000),
        ("12.5", 12.5),
        ("eighty", 80),
        ("twenty-two", 22),
        ("Twenty-two", 22),
        ("twenty two", 22),
        ("one hundred and fifty", 150),
        ("one hundred fifty", 150),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("two million", 2_000_000),
        ("twelve hundred", 1200),
        ("one thousand and five", 1005),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("one", 1),
    ],
)
def test_stated_number_reads_as_exact_value(text: str, value: float) -> None:
    assert read(text) == q(value, None, None, None)


@pytest.mark.parametrize("text", ["no", "none", "None", "zero", "nobody", "no one", "No one"])
def test_no_one_and_none_read_as_zero(text: str) -> None:
    assert read(text) == q(0, None, None, None)


@pytest.mark.parametrize(
    "text",
    ["a", "an", "first", "twenty-second", "22nd", "hundred", "dozen", "a score", "half", "", "  ",
     "some", "about", "two two", "one one hundred", "1,2345", "12,34", "F-16", "$5", "40%"],
)  # fmt: skip
def test_words_that_are_not_quantities_read_as_none(text: str) -> None:
    assert parse_quantity(text) is None


# --- hedges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 80", q(80, 80, None, "at least")),
        ("no fewer than 80", q(80, 80, None, "at least")),
        ("80 or more", q(80, 80, None, "at least")),
        ("80+", q(80, 80, None, "at least")),
        ("more than 210", q(210, 210, None, "more than")),
        ("over 210", q(210, 210, None, "more than")),
        ("upwards of 210", q(210, 210, None, "more than")),
        ("up to 50", q(50, None, 50, "up to")),
        ("as many as 50", q(50, None, 50, "up to")),
        ("no more than 50", q(50, None, 50, "up to")),
        ("fewer than 10", q(10, None, 10, "fewer than")),
        ("less than 10", q(10, None, 10, "fewer than")),
        ("under 10", q(10, None, 10, "fewer than")),
        ("nearly 40", q(40, None, 40, "nearly")),
        ("almost 40", q(40, None, 40, "nearly")),
        ("close to 40", q(40, None, 40, "nearly")),
        ("about 40", q(40, None, None, "about")),
        ("around 40", q(40, None, None, "about")),
        ("roughly 40", q(40, None, None, "about")),
        ("approximately 40", q(40, None, None, "about")),
        ("an estimated 40", q(40, None, None, "about")),
        ("40 or so", q(40, None, None, "about")),
        ("some 40", q(40, None, None, "some")),
        ("More than 5,000", q(5000, 5000, None, "more than")),
        ("more than a dozen", q(12, 12, None, "more than")),
        ("nearly two dozen", q(24, None, 24, "nearly")),
        ("at least one hundred and fifty", q(150, 150, None, "at least")),
    ],
)
def test_hedge_sets_the_bound_on_the_stated_number(text: str, expected: tuple[object, ...]) -> None:
    assert read(text) == expected


def test_two_hedges_pulling_different_ways_are_not_read() -> None:
    assert parse_quantity("about 80 or more") is None


# --- ranges ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 10 and 20", q(10, 10, 20, None)),
        ("Between 10 and 20", q(10, 10, 20, None)),
        ("10 to 20", q(10, 10, 20, None)),
        ("10-20", q(10, 10, 20, None)),
        ("10–20", q(10, 10, 20, None)),
        ("two or three", q(2, 2, 3, None)),
        ("1 to 2 million", q(1_000_000, 1_000_000, 2_000_000, None)),
        ("10,000 to 20,000", q(10_000, 10_000, 20_000, None)),
        ("between one hundred and fifty and two hundred", q(150, 150, 200, None)),
        ("about 10 to 20", q(10, 10, 20, "about")),
    ],
)
def test_range_takes_the_lower_figure_as_value(text: str, expected: tuple[object, ...]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", ["20-10", "between 10", "between 20 and 10", "2020-01"])
def test_range_running_backwards_is_not_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


# --- vague counts (ACLED: dozens 12, hundreds 100) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("tens", 10, "tens"),
        ("dozens", 12, "dozens"),
        ("Dozens", 12, "dozens"),
        ("scores", 20, "scores"),
        ("hundreds", 100, "hundreds"),
        ("thousands", 1000, "thousands"),
        ("millions", 1_000_000, "millions"),
        ("tens of thousands", 10_000, "tens of thousands"),
        ("hundreds of thousands", 100_000, "hundreds of thousands"),
        ("several", 3, "several"),
        ("a few", 3, "a few"),
        ("a handful", 3, "a few"),
        ("a couple", 2, "a few"),
        ("several hundred", 300, "several"),
        ("a few dozen", 36, "a few"),
        ("several thousand", 3000, "several"),
    ],
)
def test_vague_count_reads_as_its_conservative_floor(text: str, value: int, hedge: str) -> None:
    assert read(text) == q(value, value, None, hedge)


def test_hedge_before_vague_count_replaces_its_name() -> None:
    assert read("at least dozens") == q(12, 12, None, "at least")
    assert read("up to hundreds") == q(100, None, 100, "up to")


# --- properties ------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=999_999))
def test_digits_with_thousands_separators_read_back(n: int) -> None:
    quantity = parse_quantity(f"{n:,}")
    assert quantity is not None and quantity.value == n


@given(st.integers(min_value=0, max_value=9_999), st.booleans(), st.booleans())
def test_number_words_read_back(n: int, british_and: bool, capitalised: bool) -> None:
    words = to_words(n, british_and=british_and)
    quantity = parse_quantity(words.capitalize() if capitalised else words)
    assert quantity is not None and quantity.value == n


HEDGES = [
    "at least", "more than", "over", "up to", "as many as", "about", "around", "some", "nearly",
    "almost", "fewer than", "less than", "an estimated", "approximately", "no fewer than",
]  # fmt: skip


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(HEDGES), st.booleans())
def test_hedged_number_keeps_value_and_consistent_bounds(n: int, hedge: str, in_words: bool) -> None:
    number = to_words(n) if in_words else f"{n:,}"
    quantity = parse_quantity(f"{hedge} {number}")
    assert quantity is not None and quantity.value == n and quantity.hedge is not None
    assert quantity.low is None or quantity.low <= n
    assert quantity.high is None or n <= quantity.high


@given(st.integers(min_value=0, max_value=99_999), st.integers(min_value=0, max_value=99_999))
def test_range_bounds_are_ordered(a: int, b: int) -> None:
    quantity = parse_quantity(f"between {a:,} and {b:,}")
    if a <= b:
        assert quantity == Quantity(a, a, b, None, f"between {a:,} and {b:,}")
    else:
        assert quantity is None


WORDS = [
    "at", "least", "more", "than", "about", "some", "no", "none", "one", "twenty", "two", "hundred",
    "and", "dozens", "a", "few", "killed", "in", "Jan", "March", "F", "percent", "$", "%", "am",
    "between", "to", "or", "of", "thousands", "tens", "people", "half", "dozen", "Twenty-two",
]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.integers(min_value=0, max_value=10**9).map(str),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.sampled_from(list("-+~.,:;/()'\"–")),
    st.text(max_size=4),
)
SENTENCES = st.one_of(
    st.text(),
    st.lists(st.tuples(PIECES, st.sampled_from(["", " ", "  ", "\n", "-"])), max_size=25).map(
        lambda parts: "".join(p + sep for p, sep in parts)
    ),
)


@given(SENTENCES)
def test_found_offsets_slice_the_text_to_the_phrase(text: str) -> None:
    previous_end = 0
    for start, end, quantity in find_quantities(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == quantity.text
        assert parse_quantity(quantity.text) == quantity
        previous_end = end


@given(st.text())
def test_parse_quantity_never_raises(text: str) -> None:
    parse_quantity(text)


# --- finding quantities in sentences ---------------------------------------------------------


def test_finds_every_count_of_a_news_sentence() -> None:
    text = (
        'State TV said at least 80 "American terrorists" were killed in attacks involving 15 '
        "missiles, adding that none of the missiles were intercepted."
    )
    got = find_quantities(text)
    assert [(text[s:e], x.value, x.low, x.hedge) for s, e, x in got] == [
        ("at least 80", 80, 80, "at least"),
        ("15", 15, None, None),
        ("none", 0, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Twenty-two missiles were fired.", ["Twenty-two"]),
        ("Two of the 17 missiles targeting Ain al-Asad did not go off.", ["Two", "17"]),
        ("There were no casualties among Iraqi forces.", ["no"]),
        ("No one was hurt.", ["No one"]),
        ("Dozens were wounded and hundreds fled.", ["Dozens", "hundreds"]),
        ("Tens of thousands of people marched.", ["Tens of thousands"]),
        ("Police arrested between 10 and 20 people.", ["between 10 and 20"]),
        ("It killed 10-15 people and injured more than 210.", ["10-15", "more than 210"]),
        ("About 2,000 people gathered.", ["About 2,000"]),
        ("At least 2000 people were detained.", ["At least 2000"]),
        ("Some 1.5 million people have fled.", ["Some 1.5 million"]),
        ("80+ people were hurt.", ["80+"]),
    ],
)
def test_finds_quantity_phrases(text: str, phrases: list[str]) -> None:
    assert found(text) == phrases


@pytest.mark.parametrize(
    "text",
    [
        # years
        "It happened in 2019.",
        "The US withdrew from the pact in 2018 and has since imposed sanctions.",
        "talks on a 2015 nuclear deal",
        "since 2014",
        "between 2019 and 2020",
        "the 1990s",
        "mid-2019",
        # times
        "the attacks began at 1.20am",
        "at 4 p.m. local time",
        "at 4pm",
        "at 10:30",
        "at 0600 GMT",
        # dates
        "on Jan 8",
        "on Jan. 8",
        "on 8 January",
        "Wednesday (Jan 8)",
        "on Jan 8, 2020",
        "2020-01-08",
        "8/1/2020",
        # percentages and money
        "up 40%",
        "up 40 percent",
        "40 per cent",
        "at least 40%",
        "$5 million",
        "US$5 million",
        "more than $5 million",
        "5 million dollars",
        # ordinals, labels, phone-like numbers, model names, measures, compound modifiers
        "the 22nd brigade",
        "the first attack",
        "No. 10",
        "Resolution 2334",
        "call 555-123-4567",
        "call 07700900123",
        "F-16 jets",
        "Su-24 bombers",
        "the G7 summit",
        "COVID-19 cases",
        "flight MH17",
        "10 km away",
        "a 30-year-old man",
        "a three-day visit",
        "a 2-1 win",
        "version 3.5.1",
        # "no" that is no count
        "No, he said.",
        "It is no longer safe.",
        "There is no doubt.",
        "a",
    ],
)
def test_skips_numbers_that_are_not_counts(text: str) -> None:
    assert found(text) == []


def test_comma_grouped_year_like_number_is_a_count() -> None:
    assert found("In 2019, 2,019 people came.") == ["2,019"]


def test_year_and_count_in_one_sentence() -> None:
    assert found("In 2019, 40 people died on Jan 8.") == ["40"]


# --- the data file ---------------------------------------------------------------------------


@pytest.fixture
def fresh_lexicon() -> Iterator[None]:
    numbers.load_number_words.cache_clear()
    numbers._finder.cache_clear()
    yield
    numbers.load_number_words.cache_clear()
    numbers._finder.cache_clear()


@pytest.mark.parametrize(
    "raw",
    [
        {"version": 1},
        {"version": 1, "units": {"one": "1"}},
        {"version": 1, "units": {"zero": 0, "one": 1}, "tens": {"twenty": 21}},
    ],
)
def test_malformed_data_file_raises_with_its_name(
    raw: dict[str, object], monkeypatch: pytest.MonkeyPatch, fresh_lexicon: None
) -> None:
    monkeypatch.setattr(numbers, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match=r"number_words\.json"):
        parse_quantity("80")


def test_packaged_data_file_loads() -> None:
    lexicon = numbers.load_number_words()
    assert lexicon.vague_counts[("dozens",)].value == 12
    assert lexicon.vague_counts[("hundreds",)].value == 100
