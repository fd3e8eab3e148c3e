"""Number phrases of news copy read as values: "at least 80", "Twenty-two", "dozens", "1.5 million".

One set of rules reads every phrase, so counts from different reports compare:

* ``value`` is always the number the report states (the best single value); ``low`` and
  ``high`` are the bounds its wording gives, ``None`` where it gives none. An exact number
  ("80") has neither. ``low <= value <= high`` holds wherever they are set.
* Hedges before or after the number (normalised in ``Quantity.hedge``):

  - "at least 80", "no fewer than 80", "80 or more", "80+": hedge "at least", low 80.
  - "more than 210", "over 210", "upwards of 210": hedge "more than", low 210. The bound is
    the stated number, not 211: the hedge keeps the strictness and low stays a figure the
    report printed.
  - "up to 50", "as many as 50", "no more than 50", "50 or fewer": hedge "up to", high 50.
  - "fewer than 10", "less than 10", "under 10": hedge "fewer than", value 10, high 10 (the
    stated number again; the hedge says the bound is strict).
  - "nearly 40", "almost 40", "close to 40": hedge "nearly", high 40.
  - "about 40", "around", "approximately", "roughly", "an estimated", "40 or so": hedge
    "about", no bounds. "some 40": hedge "some", no bounds.

* Ranges "between 10 and 20", "10 to 20", "10-20", "two or three": low 10, high 20 and
  value 10, the lower figure, as ACLED codes the most conservative estimate. A scale word on
  the upper end carries to the lower one ("1 to 2 million"). A hedge before a range is kept
  ("about 10 to 20": hedge "about").
* Vague counts (the table is in number_words.json): ACLED codes "tens" as 10, "dozens" as 12
  and "hundreds" as 100 when no better figure exists, "and so on"; eventwire carries that on
  to "thousands" 1,000, "tens of thousands" 10,000, "hundreds of thousands" 100,000,
  "millions" 1,000,000 and "scores" 20, and reads "several", "a few" and "a handful" as 3 and
  "a couple" as 2 (its own conservative choice, not ACLED's). The value is also the floor
  (low = value, high None; UCDP keeps low/best/high apart the same way) and the hedge names
  the vague word ("a handful" and "a couple" normalise to "a few"). "several hundred" and "a
  few dozen" multiply (300, 36). A hedge before a vague count replaces its hedge name; "up to
  hundreds" makes the value a ceiling instead of a floor.
* "no", "none", "zero", "nobody", "no one" read as 0. "a"/"an" alone, ordinals ("first",
  "22nd") and bare unit words ("hundred", "dozen") are not quantities.

``find_quantities`` finds the quantity phrases of a sentence and skips numbers that are not
counts: years (a 4-digit number 1900-2100 written without a comma, unless a hedge counts it:
"in 2019" and "the 2015 deal" are years, "at least 2000" is a count; see ``is_bare_year``),
clock times ("1.20am", "4 p.m.", "10:30"), dates ("Jan 8", "8 January"), percentages, money
("$5 million"), measures ("10 km"), ordinals ("22nd"), labels ("No. 10", "Resolution 2334"),
model names ("F-16", "Su-24", "G7", "COVID-19"), phone- and ID-like digits (numbers chained by
"-", "/", ":" or ".", runs of 7 or more digits without commas, leading zeros), and numbers
used as compound modifiers ("a 30-year-old", "a three-day visit").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, Literal

from ..datafiles import read_json, string_list
from ..errors import DataFileError

DATA_FILE = "number_words.json"

Bound = Literal["low", "high", "none"]
_BOUNDS: dict[str, Bound] = {"low": "low", "high": "high", "none": "none"}
# Digits beyond this are IDs or noise, and Decimal's 28-digit context would round them.
_MAX_DIGITS = 21
# The longest quantity phrase, in tokens ("between one hundred and fifty and two hundred").
_MAX_PHRASE_TOKENS = 16


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase read as a best value, with the bounds and hedge its wording gives."""

    value: int | float | None
    low: int | float | None
    high: int | float | None
    hedge: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge phrase and the bound it puts on the stated number."""

    words: tuple[str, ...]
    hedge: str
    bound: Bound


@dataclass(frozen=True, slots=True)
class VagueCount:
    """A vague count ("dozens") or multiplier ("several" in "several hundred") and its value."""

    words: tuple[str, ...]
    value: int
    hedge: str


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The lexicon of number_words.json, validated."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    digit_scales: dict[str, int]
    suffix_scales: dict[str, int]
    zero_phrases: frozenset[tuple[str, ...]]
    zero_not_before: frozenset[str]
    prefix_hedges: tuple[Hedge, ...]
    suffix_hedges: tuple[Hedge, ...]
    vague_counts: dict[tuple[str, ...], VagueCount]
    vague_multipliers: tuple[VagueCount, ...]
    range_connectors: frozenset[str]
    not_a_count_after: tuple[str, ...]
    not_a_count_before: tuple[str, ...]

    @property
    def unit_words(self) -> dict[str, int]:
        """Words that multiply the number before them ("two dozen", "half a million")."""
        return {"dozen": 12, "hundred": 100, **self.scales}


# --- loading ---------------------------------------------------------------------------------


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _int_map(raw: dict[str, Any], key: str) -> dict[str, int]:
    value = raw.get(key)
    if (
        not isinstance(value, dict)
        or not value
        or not all(isinstance(k, str) and k and type(v) is int and v >= 0 for k, v in value.items())
    ):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be an object of non-negative integers")
    return {k.lower(): v for k, v in value.items()}


def _entries(raw: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = raw.get(key)
    if isinstance(value, dict):
        value = value.get("entries")
    if not isinstance(value, list) or not value or not all(isinstance(row, dict) for row in value):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be a non-empty list of objects")
    return value


def _hedges(raw: dict[str, Any], key: str) -> tuple[Hedge, ...]:
    hedges: list[Hedge] = []
    for row in _entries(raw, key):
        phrase, hedge, bound = row.get("phrase"), row.get("hedge"), row.get("bound")
        if not (isinstance(phrase, str) and phrase.strip() and isinstance(hedge, str) and hedge):
            raise DataFileError(f"{DATA_FILE}: each '{key}' entry needs a 'phrase' and a 'hedge'")
        if bound not in _BOUNDS:
            raise DataFileError(f"{DATA_FILE}: '{key}' {phrase!r}: 'bound' must be low, high or none")
        hedges.append(Hedge(_phrase_words(phrase), hedge, _BOUNDS[bound]))
    # Longest first, so "no more than" wins over "no" and "well over" over "over".
    return tuple(sorted(hedges, key=lambda h: -len(h.words)))


def _vague(raw: dict[str, Any], key: str) -> list[VagueCount]:
    counts: list[VagueCount] = []
    for row in _entries(raw, key):
        phrase, value, hedge = row.get("phrase"), row.get("value"), row.get("hedge")
        if not (
            isinstance(phrase, str)
            and phrase.strip()
            and type(value) is int
            and value > 0
            and isinstance(hedge, str)
            and hedge
        ):
            raise DataFileError(f"{DATA_FILE}: each '{key}' entry needs a 'phrase', a positive 'value' and a 'hedge'")
        counts.append(VagueCount(_phrase_words(phrase), value, hedge))
    return counts


def _section_list(raw: dict[str, Any], key: str, field: str) -> list[str]:
    section = raw.get(key)
    if not isinstance(section, dict):
        raise DataFileError(f"{DATA_FILE}: '{key}' must be an object")
    return string_list(DATA_FILE, section.get(field), f"{key}.{field}")


@cache
def load_number_words() -> NumberWords:
    """Load and validate number_words.json (once)."""
    raw = read_json(DATA_FILE)
    units = _int_map(raw, "units")
    tens = _int_map(raw, "tens")
    if "zero" not in units or any(not 0 <= v <= 19 for v in units.values()):
        raise DataFileError(f"{DATA_FILE}: 'units' must map the words zero..nineteen to 0..19")
    if any(v % 10 or not 20 <= v <= 90 for v in tens.values()):
        raise DataFileError(f"{DATA_FILE}: 'tens' must map twenty..ninety to 20..90")
    return NumberWords(
        units=units,
        tens=tens,
        scales=_int_map(raw, "scales"),
        digit_scales=_int_map(raw, "scale_words_after_digits"),
        suffix_scales=_int_map(raw, "attached_scale_suffixes"),
        zero_phrases=frozenset(
            _phrase_words(p) for p in string_list(DATA_FILE, raw.get("zero_phrases"), "zero_phrases")
        ),
        zero_not_before=frozenset(
            w.lower() for w in string_list(DATA_FILE, raw.get("zero_not_before"), "zero_not_before")
        ),
        prefix_hedges=_hedges(raw, "prefix_hedges"),
        suffix_hedges=_hedges(raw, "suffix_hedges"),
        vague_counts={v.words: v for v in _vague(raw, "vague_counts")},
        vague_multipliers=tuple(sorted(_vague(raw, "vague_multipliers"), key=lambda v: -len(v.words))),
        range_connectors=frozenset(string_list(DATA_FILE, raw.get("range_connectors"), "range_connectors")),
        not_a_count_after=tuple(
            _section_list(raw, "not_a_count_after", "currency") + _section_list(raw, "not_a_count_after", "labels")
        ),
        not_a_count_before=tuple(_section_list(raw, "not_a_count_before", "words")),
    )


# --- reading one phrase ----------------------------------------------------------------------

_PHRASE_TOKEN = re.compile(
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![,.]?\d)(?P<suffix>[a-z]*)"
    r"|(?P<word>[a-z]+)"
    r"|(?P<sym>[-+~])"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.ASCII | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: Literal["num", "word", "sym"]
    text: str
    suffix: str = ""


def _phrase_tokens(text: str) -> list[_Token] | None:
    """The tokens of a lower-cased phrase, or None if it holds anything a quantity cannot."""
    normalised = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
    tokens: list[_Token] = []
    for match in _PHRASE_TOKEN.finditer(normalised):
        kind = "num" if match.group("num") is not None else match.lastgroup
        if kind == "num":
            tokens.append(_Token("num", match.group("num"), match.group("suffix")))
        elif kind == "word":
            tokens.append(_Token("word", match.group()))
        elif kind == "sym":
            tokens.append(_Token("sym", match.group()))
        elif kind == "other":
            return None
    return tokens


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _digits(token: _Token, lex: NumberWords) -> Decimal | None:
    if token.kind != "num" or sum(c.isdigit() for c in token.text) > _MAX_DIGITS:
        return None
    value = Decimal(token.text.replace(",", ""))
    if token.suffix:
        scale = lex.suffix_scales.get(token.suffix)
        if scale is None:
            return None
        value *= scale
    return value


def _below_hundred(words: Sequence[str], i: int, lex: NumberWords) -> tuple[int | None, int]:
    if i >= len(words):
        return None, i
    word = words[i]
    if word in lex.tens:
        value = lex.tens[word]
        if i + 1 < len(words) and 1 <= lex.units.get(words[i + 1], 0) <= 9:
            return value + lex.units[words[i + 1]], i + 2
        return value, i + 1
    if word in lex.units:
        return lex.units[word], i + 1
    return None, i


def _below_thousand(words: Sequence[str], i: int, lex: NumberWords) -> tuple[int | None, int]:
    value, i = _below_hundred(words, i, lex)
    if value is None or i >= len(words) or words[i] != "hundred":
        return value, i
    if value == 0:
        return None, i
    value *= 100
    i += 1
    after_and = i + 1 if i < len(words) and words[i] == "and" else i
    rest, j = _below_hundred(words, after_and, lex)
    if rest:
        return value + rest, j
    return value, i


def _word_number(tokens: Sequence[_Token], lex: NumberWords) -> int | None:
    """Number words ("one hundred and fifty", "twenty-two", "a thousand") as an integer."""
    words: list[str] = []
    for i, token in enumerate(tokens):
        if token.kind == "word":
            words.append(token.text)
        elif (
            token.text == "-"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1].text in lex.tens
            and 1 <= lex.units.get(tokens[i + 1].text, 0) <= 9
        ):
            continue  # "twenty-two"
        else:
            return None
    if not words or ("zero" in words and words != ["zero"]):
        return None
    if words[0] in ("a", "an") and len(words) > 1 and (words[1] == "hundred" or words[1] in lex.scales):
        words[0] = "one"
    total, last_scale, i = 0, 0, 0
    while i < len(words):
        chunk, i = _below_thousand(words, i, lex)
        if chunk is None or (last_scale and chunk >= last_scale):
            return None
        if i < len(words) and words[i] in lex.scales:
            scale = lex.scales[words[i]]
            if chunk == 0 or (last_scale and scale >= last_scale):
                return None
            total, last_scale, i = total + chunk * scale, scale, i + 1
            if i < len(words) and words[i] == "and":
                i += 1
                if i == len(words):
                    return None
            continue
        return total + chunk if i == len(words) else None
    return total


def _multiplier(tokens: Sequence[_Token], lex: NumberWords) -> Decimal | None:
    """The count before a unit word: "a" dozen, "half a" dozen, "two" dozen, "2" dozen."""
    texts = [t.text for t in tokens]
    if texts in (["a"], ["an"]):
        return Decimal(1)
    if texts in (["half", "a"], ["half", "an"]):
        return Decimal("0.5")
    if len(tokens) == 1 and tokens[0].kind == "num" and not tokens[0].suffix:
        return _digits(tokens[0], lex)
    value = _word_number(tokens, lex)
    return None if value is None else Decimal(value)


def _exact(tokens: Sequence[_Token], lex: NumberWords) -> Decimal | None:
    """One stated number: digits (with a scale), number words, "two dozen", "half a million"."""
    if not tokens:
        return None
    last = tokens[-1]
    if last.kind == "word" and last.text == "dozen":
        count = _multiplier(tokens[:-1], lex) if len(tokens) > 1 else None
        return None if count is None else count * 12
    if len(tokens) == 3 and tokens[0].text == "half" and tokens[1].text in ("a", "an"):
        unit = lex.unit_words.get(tokens[2].text)
        return None if unit is None else Decimal(unit) / 2
    if tokens[0].kind == "num":
        value = _digits(tokens[0], lex)
        if value is None or len(tokens) == 1:
            return value
        if len(tokens) == 2 and tokens[1].kind == "word" and not tokens[0].suffix:
            scale = lex.digit_scales.get(tokens[1].text)
            return None if scale is None else value * scale
        return None
    number = _word_number(tokens, lex)
    return None if number is None else Decimal(number)


def _vague_count(tokens: Sequence[_Token], lex: NumberWords) -> VagueCount | None:
    key = tuple(t.text for t in tokens if t.kind == "word")
    if len(key) != len(tokens):
        return None
    if key in lex.vague_counts:
        return lex.vague_counts[key]
    for multiplier in lex.vague_multipliers:
        n = len(multiplier.words)
        if len(key) == n + 1 and key[:n] == multiplier.words and key[n] in lex.unit_words:
            return VagueCount(key, multiplier.value * lex.unit_words[key[n]], multiplier.hedge)
    return None


def _trailing_scale(tokens: Sequence[_Token], lex: NumberWords) -> int:
    last = tokens[-1]
    if last.kind == "num":
        return lex.suffix_scales.get(last.suffix, 1)
    return lex.unit_words.get(last.text) or lex.digit_scales.get(last.text) or 1


def _has_scale(tokens: Sequence[_Token], lex: NumberWords) -> bool:
    return any((t.kind == "num" and t.suffix) or t.text in lex.unit_words or t.text in lex.digit_scales for t in tokens)


def _range(tokens: Sequence[_Token], lex: NumberWords) -> tuple[Decimal, Decimal] | None:
    """A range "between 10 and 20", "10 to 20", "10-20", "two or three" as (low, high)."""
    if tokens and tokens[0].text == "between":
        body, connectors = tokens[1:], frozenset({"and"})
    else:
        body, connectors = tokens, lex.range_connectors
    # Number words contain "and" ("one hundred and fifty"), so try every connector position.
    for i in range(1, len(body) - 1):
        if body[i].kind == "num" or body[i].text not in connectors:
            continue
        left, right = body[:i], body[i + 1 :]
        low, high = _exact(left, lex), _exact(right, lex)
        if low is None or high is None:
            continue
        scale = _trailing_scale(right, lex)
        if scale > 1 and not _has_scale(left, lex) and low * scale <= high:
            low *= scale  # "1 to 2 million"
        if low <= high:
            return low, high
    return None


def _strip_hedges(tokens: list[_Token], lex: NumberWords) -> tuple[Hedge | None, Hedge | None, list[_Token]]:
    texts = [t.text for t in tokens]
    prefix = next(
        (h for h in lex.prefix_hedges if tuple(texts[: len(h.words)]) == h.words and len(h.words) < len(texts)),
        None,
    )
    if prefix is not None:
        tokens, texts = tokens[len(prefix.words) :], texts[len(prefix.words) :]
    suffix = next(
        (h for h in lex.suffix_hedges if tuple(texts[-len(h.words) :]) == h.words and len(h.words) < len(texts)),
        None,
    )
    if suffix is not None:
        tokens = tokens[: -len(suffix.words)]
    return prefix, suffix, tokens


def _bounded(value: Decimal, hedge: Hedge | None, text: str) -> Quantity:
    number = _number(value)
    if hedge is None:
        return Quantity(number, None, None, None, text)
    if hedge.bound == "low":
        return Quantity(number, number, None, hedge.hedge, text)
    if hedge.bound == "high":
        return Quantity(number, None, number, hedge.hedge, text)
    return Quantity(number, None, None, hedge.hedge, text)


def parse_quantity(text: str) -> Quantity | None:
    """Read a whole number phrase ("at least 80", "dozens", "10-20") as a Quantity, else None."""
    lex = load_number_words()
    tokens = _phrase_tokens(text)
    if not tokens:
        return None
    prefix, suffix, tokens = _strip_hedges(tokens, lex)
    if prefix is not None and suffix is not None:
        return None  # "about 80 or more": two hedges pull different ways
    hedge = prefix or suffix
    if all(t.kind == "word" for t in tokens) and tuple(t.text for t in tokens) in lex.zero_phrases:
        return None if hedge else Quantity(0, None, None, None, text)
    exact = _exact(tokens, lex)
    if exact is not None:
        return _bounded(exact, hedge, text)
    vague = _vague_count(tokens, lex)
    if vague is not None:
        value = vague.value
        if hedge is not None and hedge.bound == "high":
            return Quantity(value, None, value, hedge.hedge, text)
        return Quantity(value, value, None, hedge.hedge if hedge else vague.hedge, text)
    span = _range(tokens, lex)
    if span is None or suffix is not None:
        return None
    low, high = _number(span[0]), _number(span[1])
    return Quantity(low, low, high, prefix.hedge if prefix else None, text)


# --- finding quantities in a sentence --------------------------------------------------------

_TEXT_TOKEN = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?P<suffix>[A-Za-z]*)|(?P<word>[A-Za-z]+)|[-+~\u2013\u2014]|\S",
    re.ASCII,
)
_YEAR = re.compile(r"19\d\d|20\d\d|2100")
_DIGIT_CHAIN = "/:."


@dataclass(frozen=True, slots=True)
class _TextToken:
    start: int
    end: int
    text: str
    is_num: bool
    digits_end: int  # end of the digits, before an attached suffix ("5k")


def _alternation(phrases: Sequence[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@dataclass(frozen=True, slots=True)
class _Finder:
    """Compiled context patterns and word sets for find_quantities."""

    starters: frozenset[str]
    vocabulary: frozenset[str]
    hedge_before: re.Pattern[str]
    not_a_count_after: re.Pattern[str]
    not_a_count_before: re.Pattern[str]


@cache
def _finder() -> _Finder:
    lex = load_number_words()
    phrases = [h.words for h in lex.prefix_hedges + lex.suffix_hedges]
    phrases += list(lex.vague_counts) + [v.words for v in lex.vague_multipliers] + list(lex.zero_phrases)
    first_words = {p[0] for p in phrases if p[0] not in ("or", "+", "-", "plus")}
    number_words = set(lex.units) | set(lex.tens) | {"a", "an", "half", "between"}
    vocabulary = {w for p in phrases for w in p} | number_words | set(lex.unit_words)
    vocabulary |= set(lex.digit_scales) | set(lex.range_connectors) | {"and", "\u2013", "\u2014"}
    hedge_words = [" ".join(h.words) for h in lex.prefix_hedges]
    return _Finder(
        starters=frozenset(first_words | number_words),
        vocabulary=frozenset(vocabulary),
        hedge_before=re.compile(rf"(?<![A-Za-z])(?:{_alternation(hedge_words)})\s*$", re.IGNORECASE),
        not_a_count_after=re.compile(rf"(?:(?<![A-Za-z])(?:{_alternation(lex.not_a_count_after)}))\s*$", re.IGNORECASE),
        not_a_count_before=re.compile(rf"\s*(?:{_alternation(lex.not_a_count_before)})(?![A-Za-z])", re.IGNORECASE),
    )


def is_bare_year(text: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] are a year: 1900-2100 without a comma, hedge, price or unit."""
    if not _YEAR.fullmatch(text, start, end):
        return False
    finder = _finder()
    return not (
        finder.hedge_before.search(text, max(0, start - 40), start)
        or finder.not_a_count_after.search(text, max(0, start - 24), start)
        or finder.not_a_count_before.match(text, end)
    )


@cache
def _month_of() -> Callable[[str], int | None]:
    # Imported here, not at the top: the dates module imports this one.
    from .dates import month_of

    return month_of


_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?\s+$")
_WORD_AFTER = re.compile(r"\s+(?:of\s+)?([A-Za-z]+\.?)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z']+)")


def _text_tokens(text: str) -> list[_TextToken]:
    tokens: list[_TextToken] = []
    for m in _TEXT_TOKEN.finditer(text):
        is_num = m.group("num") is not None
        tokens.append(_TextToken(m.start(), m.end(), m.group(), is_num, m.end("num") if is_num else m.end()))
    return tokens


def _among(char: str, chars: str) -> bool:
    return bool(char) and char in chars


def _excluded(text: str, span: Sequence[_TextToken], quantity: Quantity) -> bool:
    """Whether a phrase that reads as a quantity is a year, time, date, price or label instead."""
    finder, lex = _finder(), load_number_words()
    start, end = span[0].start, span[-1].end
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start > 1 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before.isalnum() or after.isalnum():
        return True  # "G7", "MH17"
    if _among(before, "-\u2013") and before2.isalnum():
        return True  # "F-16", "COVID-19", a chain "555-123-4567"
    if _among(before, "$£€¥₹#+") or (_among(before, _DIGIT_CHAIN + ",") and before2.isdigit()):
        return True
    if after == "%" or (after == "'" and _among(after2, "sS")):
        return True  # "40%", "the 1990's"
    if _among(after, "-\u2013" + _DIGIT_CHAIN + ",") and after2.isalnum():
        return True  # "a 30-year-old", "10:30", "3.5.1"
    if finder.not_a_count_after.search(text, max(0, start - 24), start):
        return True
    if finder.not_a_count_before.match(text, end):
        return True
    for token in span:
        if not token.is_num:
            continue
        digits = text[token.start : token.digits_end]
        if (len(digits) > 1 and digits[0] == "0" and digits[1] != ".") or len(digits.split(".")[0]) >= 7:
            return True  # "0600", "08", phone and ID numbers
        if is_bare_year(text, token.start, token.digits_end):
            return True
    month_of = _month_of()
    if span[0].is_num:
        word = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if word and month_of(word.group(1)):
            return True  # "Jan 8"
    if span[-1].is_num:
        word = _WORD_AFTER.match(text, end)
        if word and month_of(word.group(1)):
            return True  # "8 January"
    if quantity.value == 0 and len(span) == 1 and span[0].text.lower() == "no":
        following = _NEXT_WORD.match(text, end)
        return following is None or following.group(1).lower() in lex.zero_not_before
    return False


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """Every quantity phrase of a sentence as (start, end, quantity); text[start:end] == quantity.text."""
    return list(_quantities_of(text))


@lru_cache(maxsize=4096)
def _quantities_of(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    # Kept per text: the counts of a sentence are read for its quantities and again for its zero counts.
    return tuple(_scan_quantities(text))


def _scan_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    finder = _finder()
    tokens = _text_tokens(text)
    found: list[tuple[int, int, Quantity]] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        if not first.is_num and first.text.lower() not in finder.starters:
            i += 1
            continue
        # The longest run of tokens that could belong to one quantity phrase.
        j = i + 1
        while (
            j < len(tokens)
            and j - i < _MAX_PHRASE_TOKENS
            and (tokens[j].is_num or tokens[j].text.lower() in finder.vocabulary)
        ):
            j += 1
        for k in range(j, i, -1):
            phrase = text[first.start : tokens[k - 1].end]
            quantity = parse_quantity(phrase)
            if quantity is None:
                continue
            if not _excluded(text, tokens[i:k], quantity):
                found.append((first.start, tokens[k - 1].end, quantity))
            # An excluded phrase is skipped whole: a shorter reading of "at least 40%" is no count.
            i = k - 1
            break
        i += 1
    return found
