"""One source article as read: outlet, link, and its text with the sentences its events came from marked."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from .queries import read_snapshot


@dataclass(slots=True)
class EventRef:
    """An event a passage of the article reports."""

    id: str
    type: str
    colour: str


@dataclass(slots=True)
class Passage:
    """A stretch of the article's text; `events` is empty for text no event came from."""

    text: str
    events: list[EventRef] = field(default_factory=list)


@dataclass(slots=True)
class SourcePage:
    """The article's fields, its text as passages and the events it reports."""

    article: dict[str, Any]
    passages: list[Passage]
    events: list[EventRef]


def _spans(conn: sqlite3.Connection, article_id: str, text: str) -> dict[tuple[int, int], list[EventRef]]:
    from .queries import type_colour

    spans: dict[tuple[int, int], list[EventRef]] = {}
    rows = conn.execute(
        "SELECT em.event_id, e.type, m.evidence FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
        "JOIN events e ON e.id = em.event_id WHERE m.article_id = ? ORDER BY m.ordinal",
        [article_id],
    ).fetchall()
    for event_id, event_type, evidence in rows:
        for sentence in json.loads(evidence or "[]"):
            start, end = sentence.get("start"), sentence.get("end")
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
                continue
            refs = spans.setdefault((start, end), [])
            if all(r.id != event_id for r in refs):
                refs.append(EventRef(event_id, event_type, type_colour(event_type)))
    return spans


def passages(text: str, spans: dict[tuple[int, int], list[EventRef]]) -> list[Passage]:
    """The text cut at the marked spans; of overlapping spans the earlier (then longer) one is kept."""
    out: list[Passage] = []
    at = 0
    for (start, end), refs in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        if start < at:
            continue
        if start > at:
            out.append(Passage(text[at:start]))
        out.append(Passage(text[start:end], refs))
        at = end
    if at < len(text):
        out.append(Passage(text[at:]))
    return out


def source_page(conn: sqlite3.Connection, article_id: str) -> SourcePage | None:
    """The article with its marked passages; None when unknown."""
    with read_snapshot(conn):
        found = conn.execute(
            "SELECT id, doc, url, title, outlet, published, text FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if found is None:
            return None
        article = dict(zip(("id", "doc", "url", "title", "outlet", "published", "text"), found, strict=True))
        spans = _spans(conn, article_id, article["text"])
    events = list({r.id: r for refs in spans.values() for r in refs}.values())
    return SourcePage(article, passages(article["text"], spans), events)
