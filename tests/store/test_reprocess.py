"""Re-extraction of stored articles: mentions replaced, events re-merged, a killed run resumes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.records import Article, Event, EventDate, Evidence, Party, PlaceMention
from eventwire.store import Store
from eventwire.store.ids import article_id
from eventwire.store.ingest import pipeline_key, replace_article, stored_articles

HARARE = PlaceMention("d", "Harare", 30, 36, "Harare", "ZWE", "Harare", -17.83, 31.05, "city", "g2")
SOLDIERS = Party("Soldiers", None, "ZWE", "MIL", "group")
CROWD = Party("opposition supporters", None, "ZWE", "OPP", "group")


def event(text: str, when: EventDate | None) -> Event:
    return Event(
        doc="d",
        type="ASSAULT",
        mode="shooting",
        cameo="190",
        acled=None,
        actor=SOLDIERS,
        target=CROWD,
        location=HARARE,
        date=when,
        status="asserted",
        source=None,
        quantities=[],
        conflicts=[],
        evidence=[Evidence(text, 0, len(text))],
        confidence=0.7,
    )


TEXT_A = "Soldiers opened fire on opposition supporters in Harare on Wednesday, killing three."
TEXT_B = "HARARE, Aug. 1, 2018 (Wire) - Troops shot dead three opposition supporters in Harare on Wednesday."


def test_reprocess_replaces_mentions_and_merges_with_the_right_date(tmp_path: Path) -> None:
    a = Article("a", "a.txt", TEXT_A, url="https://one.example/a")
    b = Article("b", "b.txt", TEXT_B, url="https://two.example/b", published=date(2018, 8, 1))
    with Store.open(tmp_path / "x.db") as store:
        store.add(a, [event(TEXT_A, None)])  # no publication date: undated, alone
        store.add(b, [event(TEXT_B, EventDate("2018-08-01", "Wednesday", "day"))])
        assert store.count("events") == 2
        key = pipeline_key("test-model", date(2018, 8, 1))
        todo = list(stored_articles(store, key, None))
        assert sorted(str(x.url) for x in todo) == ["https://one.example/a", "https://two.example/b"]
        first = next(x for x in todo if x.url == a.url)
        again = event(TEXT_A, EventDate("2018-08-01", "Wednesday", "day"))
        assert replace_article(store, first, [again], [], date(2018, 8, 1), key) == 1
        assert store.count("mentions") == 2 and store.count("events") == 1
        row = store.db.execute("SELECT published, published_source, pipeline FROM articles WHERE id = ?", [first.id])
        assert row.fetchone() == ("2018-08-01", "option", key)
        # A run killed here resumes with the articles not yet done.
        assert [x.url for x in stored_articles(store, key, None)] == ["https://two.example/b"]
        assert article_id(a) == first.id


def test_stored_text_article_finds_its_dateline_again(tmp_path: Path) -> None:
    b = Article("b", "b.txt", TEXT_B, url="https://two.example/b")
    with Store.open(tmp_path / "x.db") as store:
        store.add(b, [])
        (again,) = stored_articles(store, pipeline_key("m", None), None)
    assert again.published == date(2018, 8, 1) and again.published_source == "text"


def test_ingest_summary_counts_undated_articles_and_names_the_remedy() -> None:
    from eventwire.cli_store import IngestReport

    report = IngestReport()
    report.stored, report.undated = 3, 2
    line = report.line(5)
    assert "2 without a publication date" in line and "eventwire reprocess --published" in line
    report.undated = 0
    assert "publication date" not in report.line(5)


def _actors(store: Store) -> list[tuple[str, str, int]]:
    return sorted(store.db.execute("SELECT country, sector, count FROM actors").fetchall())


def test_reprocess_counts_each_party_once_and_drops_parties_no_mention_names(tmp_path: Path) -> None:
    a = Article("a", "a.txt", TEXT_A, url="https://one.example/a")
    police = Party("riot police", None, "ZWE", "COP", "group")
    first = event(TEXT_A, None)
    again = event(TEXT_A, EventDate("2018-08-01", "Wednesday", "day"))
    again.actor = police  # the new pipeline reads the shooters as police; the crowd stays
    with Store.open(tmp_path / "x.db") as store:
        store.add(a, [first])
        assert _actors(store) == [("ZWE", "MIL", 1), ("ZWE", "OPP", 1)]
        (stored,) = stored_articles(store, pipeline_key("m", None), None)
        replace_article(store, stored, [again], [], None, pipeline_key("m", None))
        after = _actors(store)
    # As if the article had been stored once with the new events: soldiers gone, crowd counted once.
    with Store.open(tmp_path / "fresh.db") as fresh:
        fresh.add(a, [again])
        assert after == _actors(fresh) == [("ZWE", "COP", 1), ("ZWE", "OPP", 1)]
