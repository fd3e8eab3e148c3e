"""Known organisations: the names of organisations.jsonl as ORG entities, over the model's guesses.

Runs after the statistical tagger. A name of the list wins over the model's entities that lie
inside it ("Islamic" tagged NORP in "the Islamic State") or that cover exactly its words ("Wagner"
tagged a place in "Wagner fighters"), but not over an entity that reaches beyond it: "Ben Wagner"
stays a person. Names of the list that fall where the model saw nothing are tagged too.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..datafiles import read_jsonl
from ..errors import DataFileError

ORGANISATIONS_FILE = "organisations.jsonl"
COMPONENT = "eventwire_organisations"


@cache
def organisation_names() -> dict[str, str]:
    """Alias -> canonical name, from organisations.jsonl (validated).

    A short all-capital alias needs three letters: "IS" alone would tag every "is" typed in
    capitals.
    """
    names: dict[str, str] = {}
    for lineno, row in enumerate(read_jsonl(ORGANISATIONS_FILE), start=1):
        name, aliases = row.get("name"), row.get("aliases")
        if not isinstance(name, str) or not isinstance(aliases, list) or not aliases:
            raise DataFileError(f"{ORGANISATIONS_FILE}: record {lineno} needs 'name' and a list of 'aliases'")
        if "sector" not in row or "country" not in row:
            raise DataFileError(f"{ORGANISATIONS_FILE}: record {lineno} needs 'country' and 'sector'")
        for alias in aliases:
            if not isinstance(alias, str) or not alias:
                raise DataFileError(f"{ORGANISATIONS_FILE}: record {lineno} has an empty alias")
            if len(alias) >= 3 or not alias.isupper():
                names[alias] = name
    return names


class KnownOrganisations:
    """Pipeline component: tag the names of organisations.jsonl as ORG (see the module doc)."""

    def __init__(self, nlp: Language, names: dict[str, str]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.names = names
        self.matcher.add("ORG", [nlp.make_doc(alias) for alias in names])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc, as_spans=True)
        if not matches:
            return doc
        ents = list(doc.ents)
        taken: list[Span] = []
        # Longest names first: "Islamic State of Iraq and the Levant" before "Islamic State".
        for span in sorted(matches, key=lambda s: (s.start - s.end, s.start)):
            if any(t.start < span.end and span.start < t.end for t in taken):
                continue
            inside = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(e.start < span.start or e.end > span.end for e in inside):
                continue  # "Ben Wagner": the model's longer name stands
            ents = [e for e in ents if e not in inside]
            taken.append(Span(doc, span.start, span.end, label="ORG", span_id=self.names.get(span.text, "")))
        doc.ents = sorted(ents + taken, key=lambda s: s.start)
        return doc


@Language.factory(COMPONENT, assigns=["doc.ents"])
def make_known_organisations(nlp: Language, name: str) -> KnownOrganisations:
    """Factory registered with spaCy."""
    return KnownOrganisations(nlp, organisation_names())
