"""Evidence sentences cut into plain and highlighted segments (the template escapes every one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an evidence sentence; `role` (actor, target, location, quantity) when highlighted."""

    text: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of a sentence, in sentence offsets."""

    start: int
    end: int
    role: str


def find_spans(
    sentence: str, sentence_start: int, roles: dict[str, str | None], quantities: list[dict[str, Any]]
) -> list[Span]:
    """Where the mention's actor, target, location and quantity texts lie within one sentence.

    Quantities carry article offsets, used when they fall inside the sentence; the party and place
    texts have none per sentence, so their first occurrence is taken.
    """
    spans: list[Span] = []
    for quantity in quantities:
        text, start = quantity.get("text"), quantity.get("start")
        if not text or not isinstance(start, int):
            continue
        rel = start - sentence_start
        if rel >= 0 and sentence[rel : rel + len(text)] == text:
            spans.append(Span(rel, rel + len(text), "quantity"))
    for role, text in roles.items():
        # Whole words only: the actor "Iran" is not highlighted inside "Iranian".
        found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence) if text else None
        if found:
            spans.append(Span(found.start(), found.end(), role))
    return spans


def segments(sentence: str, spans: list[Span]) -> list[Segment]:
    """The sentence as segments; of overlapping spans the earlier (then longer) one wins."""
    out: list[Segment] = []
    at = 0
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start < at:
            continue
        if span.start > at:
            out.append(Segment(sentence[at : span.start]))
        out.append(Segment(sentence[span.start : span.end], span.role))
        at = span.end
    if at < len(sentence):
        out.append(Segment(sentence[at:]))
    return out
