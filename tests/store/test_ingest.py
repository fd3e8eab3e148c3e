"""Ingest is idempotent and atomic: re-ingesting changes nothing, a crash leaves no half article."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_support import (
    SEED_PUBLISHED,
    Extracted,
    OpenExtractor,
    read_articles,
    store_all,
    table_checksums,
)

from eventwire.extractor import Extractor
from eventwire.parallel import ExtractorSpec
from eventwire.records import Article, Event, Evidence
from eventwire.store import Store
from eventwire.store import merging as merging_module
from eventwire.store.ids import article_id
from eventwire.store.ingest import ingest


def _no_extractor() -> Extractor:
    raise AssertionError("a duplicate article was parsed")


def test_reingesting_stored_articles_changes_nothing_and_parses_nothing(
    db_copy: Path, corpus_dir: Path, extracted: list[Extracted]
) -> None:
    before = table_checksums(db_copy)
    with Store.open(db_copy) as store:
        seed = list(ingest(store, read_articles([corpus_dir / "seed"]), _no_extractor, SEED_PUBLISHED))
        rest = list(ingest(store, read_articles([corpus_dir / "gwn", corpus_dir / "wire"]), _no_extractor))
    outcomes = seed + rest
    assert len(outcomes) == len(extracted)
    assert all(o.duplicate for o in outcomes)
    assert table_checksums(db_copy) == before


def test_an_article_repeated_in_one_run_is_stored_once(
    tmp_path: Path, corpus_dir: Path, open_extractor: OpenExtractor
) -> None:
    reports = read_articles([corpus_dir / "wire"])[:1]
    with Store.open(tmp_path / "db.db") as store:
        outcomes = list(ingest(store, reports + reports, open_extractor))
        # The duplicate is noticed while the first copy is still being parsed.
        assert sorted(o.duplicate for o in outcomes) == [False, True]
        assert store.count("articles") == 1


def test_a_crash_mid_article_leaves_no_row_of_it_and_the_next_run_stores_it(
    tmp_path: Path,
    built_db: Path,
    extracted: list[Extracted],
    open_extractor: OpenExtractor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    victim = next(e for e in extracted if e.events and e.article.url)  # a wire report with events
    path = tmp_path / "crash.db"
    store_all(path, [e for e in extracted if e is not victim])
    before = table_checksums(path)
    aid = article_id(victim.article)

    def crash(*args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("power cut after the mentions insert")

    monkeypatch.setattr(merging_module, "remerge", crash)
    with Store.open(path) as store, pytest.raises(RuntimeError, match="power cut"):
        list(ingest(store, [victim.article], open_extractor))
    assert table_checksums(path) == before
    with Store.open(path) as store:
        for table in ("articles", "mentions", "claims", "places"):
            column = "id" if table == "articles" else "article_id"
            assert store.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [aid]).fetchone()[0] == 0

    monkeypatch.undo()
    with Store.open(path) as store:
        assert [o.duplicate for o in ingest(store, [victim.article], open_extractor)] == [False]
    # Crash and resume end where an uninterrupted run ends (ingest times aside).
    skip = frozenset({"ingested_at"})
    assert table_checksums(path, skip) == table_checksums(built_db, skip)


def _event(doc: str, spans: list[tuple[int, int]]) -> Event:
    evidence = [Evidence("Troops fired on the crowd.", start, end) for start, end in spans]
    return Event("d", "ASSAULT", None, "19", None, None, None, None, None, "asserted", None, [], [], evidence, 0.6)


def test_two_events_of_one_article_with_the_same_evidence_get_distinct_mentions(tmp_path: Path) -> None:
    article = Article(id="x", doc="x.txt", text="Troops fired on the crowd.")
    with Store.open(tmp_path / "db.db") as store:
        stored = store.add(article, [_event("x.txt", [(0, 26)]), _event("x.txt", [(0, 26)])])
        assert stored is not None and stored.mentions == 2
        assert store.count("mentions") == 2
        # A second add of the same article writes nothing.
        assert store.add(article, [_event("x.txt", [(0, 26)])]) is None
        assert store.count("mentions") == 2


def test_ingest_with_two_workers_stores_what_one_process_stores(
    tmp_path: Path, built_db: Path, corpus_dir: Path, gazetteer_path: Path
) -> None:
    """Workers extract, this process alone writes: the database equals the one-process build."""
    spec = ExtractorSpec(gazetteer_path=gazetteer_path)
    path = tmp_path / "two-workers.db"
    with Store.open(path) as store:
        seed = list(ingest(store, read_articles([corpus_dir / "seed"]), spec, SEED_PUBLISHED, jobs=2))
        rest = list(ingest(store, read_articles([corpus_dir / "gwn", corpus_dir / "wire"]), spec, jobs=2))
    assert not any(o.duplicate for o in seed + rest)
    skip = frozenset({"ingested_at"})
    assert table_checksums(path, skip) == table_checksums(built_db, skip)
