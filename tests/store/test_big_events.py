"""A big story grows by attachment: adding a mention costs the same whatever the event's size."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.records import Article, Event, EventDate, Evidence, Party, PlaceMention, QuantityClaim
from eventwire.store import Store, merging

LAGOS = PlaceMention("d", "Lagos", 40, 45, "Lagos", "NGA", "Lagos", 6.45, 3.39, "city", "g1")
POLICE = Party("Police", None, "NGA", "COP", "group")
PROTESTERS = Party("protesters", None, "NGA", "CVL", "group")


def report(n: int) -> tuple[Article, Event]:
    text = f"Police arrested {10 + n} protesters in Lagos on Monday."
    article = Article(f"a{n}", f"feed-{n}", text, url=f"https://news.example.org/lagos/{n}", outlet=f"outlet {n % 7}")
    claim = QuantityClaim("arrested", 10 + n, None, None, str(10 + n), 16, 18)
    event = Event(
        doc=article.doc,
        type="COERCE",
        mode="arrest",
        cameo="173",
        acled=None,
        actor=POLICE,
        target=PROTESTERS,
        location=LAGOS,
        date=EventDate("2024-03-04", "Monday", "day"),
        status="asserted",
        source=None,
        quantities=[claim],
        conflicts=[],
        evidence=[Evidence(text, 0, len(text))],
        confidence=0.8,
    )
    return article, event


def test_near_duplicates_grow_one_event_past_the_big_event_size(tmp_path: Path) -> None:
    total = merging.BIG_EVENT + 12
    with Store.open(tmp_path / "dupes.db") as store:
        for n in range(total):
            article, event = report(n)
            stored = store.add(article, [event], [], date(2024, 3, 5))
            assert stored is not None and len(stored.events) == 1
        rows = list(store.db.query("SELECT * FROM events"))
        assert len(rows) == 1
        (row,) = rows
        assert (row["n_mentions"], row["n_articles"], row["n_sources"]) == (total, total, 7)
        assert store.count("event_mentions") == total
        linked = store.db.execute("SELECT count(*) FROM claims WHERE event_id = ?", [row["id"]]).fetchone()[0]
        assert linked == total
        (estimate,) = list(store.db.query("SELECT * FROM estimates"))
        assert estimate["n_claims"] == total and estimate["n_sources"] == 7
        assert (estimate["low"], estimate["high"]) == (10, 10 + total - 1)


def test_attachment_needs_the_same_event_not_only_the_same_block(tmp_path: Path) -> None:
    with Store.open(tmp_path / "dupes.db") as store:
        for n in range(merging.BIG_EVENT + 2):
            dupe, same = report(n)
            store.add(dupe, [same], [], date(2024, 3, 5))
        # Same place and day, the other direction and kind: protesters attacking the police.
        article = Article("x", "x", "Protesters stoned police officers in Lagos on Monday.", url="https://x.example/1")
        _, event = report(0)
        event.type, event.mode, event.actor, event.target = "ASSAULT", "beating", PROTESTERS, POLICE
        event.evidence = [Evidence(article.text, 0, len(article.text))]
        store.add(article, [event], [], date(2024, 3, 5))
        assert store.count("events") == 2
