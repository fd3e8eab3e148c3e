"""Cheap English detection: the share of tokens that are common English function words."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from eventwire.errors import DataFileError

STOPWORDS_FILE = "english_stopwords.txt"

# English news scores about 0.35-0.5; French, German and Spanish prose about 0.02-0.08
# (shared words such as "a", "in", "was"); 0.12 sits well between.
MIN_STOPWORD_RATIO = 0.12
# Only the head of a long text is scored: it decides as well as the whole, and is cheaper.
MAX_WORDS = 2000
# Below this many words the ratio is too noisy to reject a text on a low score ...
MIN_WORDS_TO_JUDGE = 20
# ... unless it has no English function word at all in this many words.
MIN_WORDS_FOR_ZERO = 8
# A text whose letters are mostly outside the Latin script (Arabic, Chinese, Cyrillic, ...)
# is not English whatever its few Latin tokens say; Chinese has no spaces to count words by.
MIN_LATIN_SHARE = 0.5
MIN_LETTERS_FOR_SCRIPT = 20

_WORD = re.compile(r"[^\W\d_]+")
_WORD_CHARS_SCANNED = 40 * MAX_WORDS


def is_english(text: str) -> tuple[bool, float]:
    """Decide whether text is English; return the decision and the stopword ratio it rests on."""
    head = text[:_WORD_CHARS_SCANNED]
    words = [match.group().lower() for match in _WORD.finditer(head)][:MAX_WORDS]
    stopwords = english_stopwords()
    if not words:
        # Only digits, punctuation, symbols, bidi controls or combining marks: no language at all.
        return False, 0.0
    ratio = sum(1 for word in words if word in stopwords) / len(words)
    letters = [char for word in words for char in word]
    if len(letters) >= MIN_LETTERS_FOR_SCRIPT:
        latin = sum(1 for char in letters if _is_latin(char))
        if latin / len(letters) < MIN_LATIN_SHARE:
            return False, ratio
    if len(words) < MIN_WORDS_TO_JUDGE:
        return not (ratio == 0.0 and len(words) >= MIN_WORDS_FOR_ZERO), ratio
    return ratio >= MIN_STOPWORD_RATIO, ratio


@cache
def english_stopwords() -> frozenset[str]:
    """The packaged English function-word list (english_stopwords.txt), validated."""
    try:
        content = resources.files("eventwire").joinpath("data", STOPWORDS_FILE).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"cannot read {STOPWORDS_FILE}: {error}") from error
    words: set[str] = set()
    for lineno, line in enumerate(content.splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if not (word.isalpha() and word.islower()):
            raise DataFileError(f"{STOPWORDS_FILE}:{lineno}: not a lowercase word: {word!r}")
        words.add(word)
    if not words:
        raise DataFileError(f"{STOPWORDS_FILE}: no words")
    return frozenset(words)


def _is_latin(char: str) -> bool:
    # Basic Latin through Latin Extended-B, IPA, and Latin Extended Additional.
    code = ord(char)
    return code < 0x2B0 or 0x1E00 <= code <= 0x1EFF
