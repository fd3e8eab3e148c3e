"""When the violence happened, as opposed to when it was reported, charged or announced.

Crime copy dates its news twice: "A man was shot Monday night ... police said Tuesday ... a
suspect was charged Wednesday". The incident's day is a date phrase on the violent act or on a
sentence that reports it, not one hanging on a verb of telling, charging or identifying
(date_words.json `announcement_verbs`). A violent mention without a date of its own takes the
incident day stated last in the report before it, else the first one after a dateline.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..records import EventDate
from .dates import DATA_FILE
from .victims import load_casualty_words


@cache
def announcement_verbs() -> frozenset[str]:
    """Lemmas of verbs whose dates are news-making dates (date_words.json)."""
    section = read_json(DATA_FILE).get("announcement_verbs")
    if not isinstance(section, dict):
        raise DataFileError(f"{DATA_FILE}: 'announcement_verbs' must be an object with 'lemmas'")
    return frozenset(w.lower() for w in string_list(DATA_FILE, section.get("lemmas"), "announcement_verbs.lemmas"))


def is_violent_word(tok: Token) -> bool:
    """A word that reports the violence itself ("shot", "killed", "died", "shooting")."""
    lex = load_casualty_words()
    lemma = tok.lemma_.lower()
    return lemma in lex.verbs or lemma in lex.dying_verbs or lemma in lex.death_nouns or lemma in lex.violence_words


def announced(date_token: Token) -> bool:
    """Whether a date phrase hangs on a verb of telling or charging ("police said Monday")."""
    node = date_token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return (
                node.lemma_.lower() in announcement_verbs() and not is_violent_word(node) and not _reported_itself(node)
            )
    return False


def _reported_itself(verb: Token) -> bool:
    """ "A shooting was reported Monday night": the violence is the passive subject of the telling,
    whose day is the day it happened (a call to the police), not a later announcement."""
    return any(c.dep_ == "nsubjpass" and is_violent_word(c) for c in verb.children)


def incident_dates(dates: list[tuple[Token, EventDate]]) -> list[EventDate]:
    """The day-precision dates of a sentence that can be an incident's day."""
    return [when for tok, when in dates if when.precision == "day" and not when.approximate and not announced(tok)]
