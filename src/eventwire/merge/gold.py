"""Scoring the cross-article merge against a gold of happenings: B-cubed over mentions.

A gold file is JSON Lines, one wire-style report per line: `id`, `happening` (reports of one
real event share it; a distractor has a happening of its own), `type` (the PLOVER type of the
happening), `outlet`, `url`, `published` and `text`. Each report is extracted and stored like
`eventwire ingest` would; the items scored are the mentions of each report whose type family
(`blocking.type_family`) is the happening's, labelled with the happening, clustered by the event
the store put them in.

B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of its predicted cluster
that shares its gold label, recall the share of its gold cluster that shares its predicted
cluster; both averaged over items. A report whose extraction found no mention of its family
scores nothing and is listed as missing (it lowers no figure, so they are printed apart).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..records import Article, Event, PlaceMention
from .blocking import type_family


@dataclass(frozen=True, slots=True)
class GoldReport:
    """One report of the gold, as an Article plus the happening it reports."""

    article: Article
    happening: str
    type: str


@dataclass(slots=True)
class BCubed:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""

    precision: float
    recall: float
    items: int
    missing: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def line(self) -> str:
        """The figures, one line."""
        return (
            f"B-cubed precision {self.precision:.3f} recall {self.recall:.3f} F1 {self.f1:.3f} over {self.items} "
            f"mentions; reports with no mention of their type: {len(self.missing)}"
        )


def load_gold(path: Path | str) -> list[GoldReport]:
    """The reports of a gold file."""
    reports: list[GoldReport] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        article = Article(
            id=raw["id"],
            doc=raw["id"],
            text=raw["text"],
            url=raw.get("url"),
            outlet=raw.get("outlet"),
            published=date.fromisoformat(raw["published"]) if raw.get("published") else None,
            source=str(path),
            published_source="metadata" if raw.get("published") else None,
        )
        reports.append(GoldReport(article, raw["happening"], raw["type"]))
    return reports


def b_cubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float]:
    """(precision, recall) of item -> predicted cluster against item -> gold label, over gold's items."""
    items = sorted(gold)
    if not items:
        return 0.0, 0.0
    by_gold: dict[str, set[str]] = {}
    by_predicted: dict[str, set[str]] = {}
    for item in items:
        by_gold.setdefault(gold[item], set()).add(item)
        by_predicted.setdefault(predicted[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        mine, theirs = by_predicted[predicted[item]], by_gold[gold[item]]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    return precision / len(items), recall / len(items)


def score_store(db_path: Path | str, reports: Sequence[GoldReport]) -> tuple[BCubed, dict[str, str]]:
    """B-cubed of the events of a store holding the gold's reports, and the scored item -> event map."""
    from ..store import Store
    from ..store.ids import article_id

    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    missing: list[str] = []
    with Store.open(db_path) as store:
        for report in reports:
            rows = store.db.execute(
                "SELECT m.id, m.type, em.event_id FROM mentions m JOIN event_mentions em ON em.mention_id = m.id "
                "WHERE m.article_id = ?",
                [article_id(report.article)],
            ).fetchall()
            found = [(mid, eid) for mid, kind, eid in rows if type_family(kind) == type_family(report.type)]
            if not found:
                missing.append(report.article.id)
            for mid, eid in found:
                gold[mid] = report.happening
                predicted[mid] = eid
    precision, recall = b_cubed(gold, predicted)
    return BCubed(precision, recall, len(gold), missing), predicted


def store_reports(db_path: Path | str, extracted: Sequence[tuple[Article, list[Event], list[PlaceMention]]]) -> None:
    """Store extracted reports in the given order, as `eventwire ingest` would."""
    from ..store import Store

    with Store.open(db_path) as store:
        for article, events, places in extracted:
            store.add(article, events, places)
