"""People of the actor dictionary whom the model left untagged, tagged as persons.

The English model often misses a bare surname that begins a short sentence ("Modi accused the
opposition of treason", "Merkel said"): no entity, so no party, and the event is dropped for want
of a side. A run of proper nouns that no entity or place covers, that the sentence uses as a
participant (not a compound of another noun: "Strathclyde Police"), and that the actor
dictionary lists only as a person's name or variant (actors.tsv, actors_recent.tsv) is tagged
PERSON before the actors are resolved, so that the argument rules and the resolver read a person.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..resolve.actors_index import ActorIndex

PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def tag_known_persons(doc: Doc, index: ActorIndex, taken: Iterable[int] = ()) -> list[Span]:
    """Tag the untagged runs of proper nouns the dictionary names as persons; return the spans.

    `taken`: token indexes already read as something else (the places the geoparser found).
    """
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)} | set(taken)
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if doc[i].tag_ not in PROPER_NOUN_TAGS or i in covered:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].tag_ in PROPER_NOUN_TAGS and end not in covered:
            end += 1
        run = doc[i:end]
        if _a_participant(run) and _only_persons(index, run.text):
            found.append(Span(doc, i, end, label="PERSON"))
        i = end
    if found:
        doc.set_ents(found, default="unmodified")
    return found


def _a_participant(run: Span) -> bool:
    """The run is a name the sentence uses for someone: capitalised words, not a compound that
    names something else ("Strathclyde Police", "the Modi government")."""
    if not all(t.text[:1].isupper() and t.is_alpha for t in run):
        return False
    return run.root.dep_ != "compound"


def _only_persons(index: ActorIndex, name: str) -> bool:
    entries = index.lookup(name)
    return bool(entries) and all(e.kind == "person" for e in entries)
