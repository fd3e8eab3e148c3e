"""ACLED coding of an event: event type, sub-event type and the actors' inter codes.

One coder driven by three data files: `acled_rules.json` (an ordered decision table, first match
wins), `acled_cues.json` (word lists the table names: weapons, instruments, territory, force on
demonstrators ...) and `acled_actors.json` (ACLED's inter codes by sector and by actor words).
Extraction (`merge.document`) and the ACLED export (`store.acled`) both code through here, so an
event's codes are the same wherever they are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..records import Party
from .lexicon import load_actor_lexicon

RULES_FILE = "acled_rules.json"
CUES_FILE = "acled_cues.json"
MAX_REMEMBERED = 20_000  # sentences whose cues `AcledCoder.cues_in` keeps before it starts afresh
ACTORS_FILE = "acled_actors.json"
INTER_CODES = frozenset(range(0, 9))  # 0: unknown party
EXTERNAL = 8
CIVILIANS = 7


@dataclass(frozen=True, slots=True)
class AcledCode:
    """What the coder assigns one event: ACLED types, inter codes and the rule that decided."""

    event_type: str
    sub_event_type: str
    inter1: int | None
    inter2: int | None
    rule: str

    @property
    def interaction(self) -> int | None:
        """ACLED's joint interaction code of the two parties."""
        return interaction(self.inter1, self.inter2)

    def as_dict(self) -> dict[str, str]:
        """The event record's `acled` field (codes as strings; unknown codes left out)."""
        out = {"event_type": self.event_type, "sub_event_type": self.sub_event_type, "rule": self.rule}
        for key, value in (("inter1", self.inter1), ("inter2", self.inter2), ("interaction", self.interaction)):
            if value is not None:
                out[key] = str(value)
        return out


@dataclass(frozen=True, slots=True)
class AcledRule:
    """One row of the decision table."""

    id: str
    code: tuple[str, str] | None
    types: frozenset[str] | None = None
    modes: frozenset[str] | None = None
    cues: tuple[str, ...] = ()
    any_cues: tuple[str, ...] = ()
    no_cues: tuple[str, ...] = ()
    actor: frozenset[int] | None = None
    actor_not: frozenset[int] = frozenset()
    target: frozenset[int] | None = None
    target_not: frozenset[int] = frozenset()

    def holds(self, event_type: str, mode: str | None, found: frozenset[str], inter1: int, inter2: int) -> bool:
        """Whether every condition of the rule holds for this event."""
        return (
            (self.types is None or event_type in self.types)
            and (self.modes is None or (mode or "") in self.modes)
            and all(c in found for c in self.cues)
            and (not self.any_cues or any(c in found for c in self.any_cues))
            and not any(c in found for c in self.no_cues)
            and (self.actor is None or inter1 in self.actor)
            and inter1 not in self.actor_not
            and (self.target is None or inter2 in self.target)
            and inter2 not in self.target_not
        )


# "non-violent" is not "violent"; "anti-government protesters" are protesters. Put once in front of
# all the phrases of a list, so the engine tries the phrases only where a word starts.
_WORD_START = r"(?<!\w)(?<!non-)"


def _phrase_body(phrase: str) -> str:
    star = phrase.endswith("*")
    words = [re.escape(w) for w in phrase.rstrip("*").split()]
    return r"[\s-]+".join(words) + (r"\w*" if star else r"(?!\w)")


def phrase_pattern(phrase: str) -> str:
    """Regex of one cue phrase: whole words, `*` = any ending, a space = spaces or a hyphen."""
    return _WORD_START + _phrase_body(phrase)


def compile_words(name: str, key: str, words: Any) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase of a word list."""
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(f"{name}: {key!r} must be a non-empty list of phrases")
    bodies = "|".join(_phrase_body(w.lower().strip()) for w in words)
    return re.compile(f"{_WORD_START}(?:{bodies})", re.IGNORECASE)


IMPLIED_MARK = "(implied)"


def is_implied(text: str | None) -> bool:
    """Whether a party's text is one a rule supplied ("government (implied)", `Party.implied`):
    the report names no such side."""
    return bool(text) and str(text).endswith(IMPLIED_MARK)


def _inside_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word at `at` follows another capitalised word: the second or later
    word of a name ("People's" and "Army" in "New People's Army")."""
    if not text[at : at + 1].isupper():
        return False
    before = text[:at].split()
    return bool(before) and before[-1][:1].isupper()


def _without_name(text: str | None, name: str | None) -> str | None:
    """A party's phrase with its organisation's name taken out ("The Arakan Army fighters" -> "The
    fighters"); a person's or a place's name stays ("a marijuana driver" is a driver)."""
    if not text or not name or load_actor_lexicon().organisation(name) is None:
        return text
    at = text.lower().find(name.lower())
    return text if at < 0 else text[:at] + " " + text[at + len(name) :]


@dataclass(frozen=True, slots=True)
class InterTable:
    """ACLED inter codes of parties, from their sector or the words that name them."""

    by_sector: dict[str, int]
    state_sectors: frozenset[str]
    by_word: tuple[tuple[int, re.Pattern[str]], ...]
    protest_codes: dict[str, int]
    unarmed_sectors: frozenset[str] = frozenset()
    unarmed_words: re.Pattern[str] | None = None
    former_words: re.Pattern[str] | None = None

    def code(
        self, party: Party | None, event_country: str | None = None, event_type: str = "", *, actor: bool = True
    ) -> int | None:
        """The inter code of one party (None: no party)."""
        if party is None:
            return None
        return self.code_of(party.sector, party.text, party.country, event_country, event_type, actor, party.name)

    def _unarmed_office(self, sector: str | None, text: str | None) -> bool:
        """Whether a party is an unarmed office-holder (acled_actors.json `unarmed_office`): a
        state sector's party named by an office's word ("a village chief", "the mayor")."""
        found = self.unarmed_words
        return found is not None and sector in self.unarmed_sectors and bool(found.search(text or ""))

    def word_code(self, text: str | None) -> int | None:
        """The inter code the words of a party's phrase give, if any."""
        if not text:
            return None
        # The word that comes first names the party: "Houthi militias in military areas" are militias;
        # a word inside a name, after another capitalised word, is the name's ("New People's Army
        # rebels" are rebels, not people or an army).
        found = [
            (m.start(), c)
            for c, pattern in self.by_word
            for m in pattern.finditer(text)
            if not _inside_a_name(text, m.start())
        ]
        return min(found)[1] if found else None

    def code_of(
        self,
        sector: str | None,
        text: str | None,
        party_country: str | None,
        event_country: str | None,
        event_type: str,
        actor: bool = True,
        name: str | None = None,
    ) -> int | None:
        """The inter code of a party given by its fields (the export's rows carry no Party).

        The words of the report's own phrase come first ("security forces ... on Taliban
        militants"), past the party's dictionary name: "Arakan Army" or "Syrian Democratic Forces"
        are rebels by their sector, not state forces by their last word ("Wagner fighters" are
        fighters)."""
        if not actor and event_type in self.protest_codes and is_implied(text):
            return None  # a crowd's implied addressee ("government (implied)") is no actor2 of ACLED's
        text = _without_name(text, name)
        if not actor and self.former_words is not None and self.former_words.search(text or ""):
            return CIVILIANS  # "killed a former army officer", "a retired policeman": out of the forces
        code = self.word_code(text)
        if code is None and not actor and self._unarmed_office(sector, text):
            return CIVILIANS  # "shot dead a village chief": an office-holder targeted is a civilian
        if code is None and sector is not None:
            code = self.by_sector.get(sector)
        if code is None:
            return None
        if code == 1 and party_country and event_country and party_country != event_country:
            return EXTERNAL  # state forces acting outside their own country
        crowd = self.protest_codes.get(event_type)
        # In a demonstration the unarmed side that acts is the crowd: protesters (6) or rioters (5).
        if crowd is not None and (code in self.protest_codes.values() or (actor and code == CIVILIANS)):
            return crowd
        return code


@dataclass(frozen=True, slots=True)
class AcledCoder:
    """The decision table with the word lists and inter codes it reads."""

    rules: tuple[AcledRule, ...]
    cues: dict[str, re.Pattern[str]]
    inter: InterTable
    incident_types: frozenset[str] = frozenset()
    incident_sub_types: frozenset[str] = frozenset()
    armed_codes: frozenset[int] = frozenset()
    ignore: re.Pattern[str] | None = None
    # Cue lists found per sentence: an article's events share their evidence sentences.
    _found: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def is_incident(self, acled: dict[str, str] | None) -> bool:
        """Whether a code is of an incident ACLED records with unidentified sides, or one of armed actors."""
        if not acled:
            return False
        if acled.get("event_type") in self.incident_types or acled.get("sub_event_type") in self.incident_sub_types:
            return True
        codes = {acled.get("inter1"), acled.get("inter2")}
        return any(c is not None and c.isdigit() and int(c) in self.armed_codes for c in codes)

    def cues_in(self, sentences: Iterable[str]) -> frozenset[str]:
        """Names of the word lists that occur in the sentences (a phrase never spans two)."""
        found: frozenset[str] = frozenset()
        for sentence in sentences:
            known = self._found.get(sentence)
            if known is None:
                if len(self._found) >= MAX_REMEMBERED:
                    self._found.clear()
                known = self._found[sentence] = self._cues_of(sentence)
            found |= known
        return found

    def _cues_of(self, text: str) -> frozenset[str]:
        if self.ignore is not None:
            text = self.ignore.sub(" ", text)
        return frozenset(name for name, pattern in self.cues.items() if pattern.search(text))

    def rule_for(
        self, event_type: str, mode: str | None, found: frozenset[str], inter1: int | None, inter2: int | None
    ) -> AcledRule | None:
        """The first rule that holds, or None."""
        a, t = inter1 or 0, inter2 or 0
        return next((r for r in self.rules if r.holds(event_type, mode, found, a, t)), None)

    def code(
        self,
        event_type: str,
        mode: str | None,
        actor: Party | None,
        target: Party | None,
        sentences: Sequence[str],
        event_country: str | None = None,
    ) -> AcledCode | None:
        """ACLED codes of an event from its type, mode, parties and evidence sentences."""
        found = self.cues_in(sentences)
        # Inter codes of demonstrators depend on the event type, known only after the rule: code twice.
        inter1 = self.inter.code(actor, event_country)
        inter2 = self.inter.code(target, event_country, actor=False)
        rule = self.rule_for(event_type, mode, found, inter1, inter2)
        if rule is None or rule.code is None:
            return None
        acled_type, sub_type = rule.code
        return AcledCode(
            event_type=acled_type,
            sub_event_type=sub_type,
            inter1=self.inter.code(actor, event_country, acled_type),
            inter2=self.inter.code(target, event_country, acled_type, actor=False),
            rule=rule.id,
        )


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's joint code: the two inter codes, lower first; a lone actor's code followed by 0."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 if len(codes) == 1 else codes[0] * 10 + codes[1]


def _names(raw: dict[str, Any], key: str, where: str, known: set[str] | None = None) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(f"{RULES_FILE}: {where}: {key!r} must be a list of strings")
    if known is not None and (unknown := set(value) - known):
        raise DataFileError(f"{RULES_FILE}: {where}: unknown cue list(s) {sorted(unknown)}")
    return tuple(value)


def _codes(raw: dict[str, Any], key: str, where: str) -> frozenset[int] | None:
    if key not in raw:
        return None
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(v, int) and v in INTER_CODES for v in value):
        raise DataFileError(f"{RULES_FILE}: {where}: {key!r} must be a list of inter codes 0-8")
    return frozenset(value)


def parse_rule(raw: Any, cue_names: set[str]) -> AcledRule:
    """One decision-table row, schema-checked."""
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or "code" not in raw:
        raise DataFileError(f"{RULES_FILE}: every rule needs an 'id' and a 'code'")
    where = raw["id"]
    code = raw["code"]
    if code is not None and not (isinstance(code, list) and len(code) == 2 and all(isinstance(c, str) for c in code)):
        raise DataFileError(f"{RULES_FILE}: {where}: code must be [event_type, sub_event_type] or null")
    types, modes = _names(raw, "types", where), _names(raw, "modes", where)
    return AcledRule(
        id=where,
        code=(code[0], code[1]) if code is not None else None,
        types=frozenset(types) if "types" in raw else None,
        modes=frozenset(modes) if "modes" in raw else None,
        cues=_names(raw, "cues", where, cue_names),
        any_cues=_names(raw, "any_cues", where, cue_names),
        no_cues=_names(raw, "no_cues", where, cue_names),
        actor=_codes(raw, "actor", where),
        actor_not=_codes(raw, "actor_not", where) or frozenset(),
        target=_codes(raw, "target", where),
        target_not=_codes(raw, "target_not", where) or frozenset(),
    )


@cache
def load_inter_table() -> InterTable:
    """Load and schema-check acled_actors.json."""
    raw = read_json(ACTORS_FILE)
    by_sector, by_word, protest = raw.get("by_sector"), raw.get("by_word"), raw.get("protest_codes")
    if not isinstance(by_sector, dict) or not all(isinstance(v, int) and v in INTER_CODES for v in by_sector.values()):
        raise DataFileError(f"{ACTORS_FILE}: 'by_sector' must map sectors to inter codes 1-8")
    if not isinstance(by_word, dict) or not all(k.isdigit() and int(k) in INTER_CODES for k in by_word):
        raise DataFileError(f"{ACTORS_FILE}: 'by_word' must map inter codes to word lists")
    if not isinstance(protest, dict) or not all(isinstance(v, int) for v in protest.values()):
        raise DataFileError(f"{ACTORS_FILE}: 'protest_codes' must map ACLED event types to inter codes")
    unarmed = raw.get("unarmed_office")
    if unarmed is not None and not (isinstance(unarmed, dict) and isinstance(unarmed.get("sectors"), list)):
        raise DataFileError(f"{ACTORS_FILE}: 'unarmed_office' must be an object with 'sectors' and 'words'")
    former = raw.get("former_members")
    if former is not None and not (isinstance(former, dict) and isinstance(former.get("words"), list)):
        raise DataFileError(f"{ACTORS_FILE}: 'former_members' must be an object with 'words'")
    return InterTable(
        by_sector=dict(by_sector),
        state_sectors=frozenset(raw.get("state_sectors", [])),
        by_word=tuple((int(k), compile_words(ACTORS_FILE, k, v)) for k, v in by_word.items()),
        protest_codes=dict(protest),
        unarmed_sectors=frozenset(unarmed["sectors"]) if unarmed else frozenset(),
        unarmed_words=compile_words(ACTORS_FILE, "unarmed_office", unarmed.get("words")) if unarmed else None,
        former_words=compile_words(ACTORS_FILE, "former_members", former.get("words")) if former else None,
    )


@cache
def load_acled_coder() -> AcledCoder:
    """Load and schema-check the ACLED decision table and the word lists it names."""
    cue_file = read_json(CUES_FILE)
    cues_raw = cue_file.get("cues")
    ignore = compile_words(CUES_FILE, "ignore", cue_file["ignore"]) if "ignore" in cue_file else None
    if not isinstance(cues_raw, dict) or not cues_raw:
        raise DataFileError(f"{CUES_FILE}: 'cues' must be an object of word lists")
    cues = {name: compile_words(CUES_FILE, name, words) for name, words in cues_raw.items()}
    table = read_json(RULES_FILE)
    rules_raw = table.get("rules")
    incidents = table.get("incidents", {})
    if not isinstance(incidents, dict):
        raise DataFileError(f"{RULES_FILE}: 'incidents' must be an object")
    if not isinstance(rules_raw, list) or not rules_raw:
        raise DataFileError(f"{RULES_FILE}: 'rules' must be a non-empty list")
    rules = tuple(parse_rule(r, set(cues)) for r in rules_raw)
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise DataFileError(f"{RULES_FILE}: rule ids must be unique")
    return AcledCoder(
        rules=rules,
        cues=cues,
        inter=load_inter_table(),
        incident_types=frozenset(string_list(RULES_FILE, incidents.get("event_types", []), "incidents.event_types")),
        incident_sub_types=frozenset(
            string_list(RULES_FILE, incidents.get("sub_event_types", []), "incidents.sub_event_types")
        ),
        armed_codes=_codes(incidents, "armed_inter_codes", "incidents") or frozenset(),
        ignore=ignore,
    )


def code_event(
    event_type: str,
    mode: str | None,
    actor: Party | None,
    target: Party | None,
    sentences: Sequence[str],
    event_country: str | None = None,
) -> AcledCode | None:
    """ACLED codes of one event with the packaged tables (see `AcledCoder.code`)."""
    return load_acled_coder().code(event_type, mode, actor, target, sentences, event_country)
