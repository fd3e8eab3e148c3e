"""Worker processes: same results as one process, in input order, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ModelNotFound
from eventwire.extractor import Extractor
from eventwire.ingest import iter_inputs
from eventwire.nlp.pipeline import PipelineConfig
from eventwire.parallel import ExtractorSpec, WorkerStats, code_articles
from eventwire.records import Article
from eventwire.timelimit import TimedOut

GWN_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "geowebnews-dev"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [a for a in iter_inputs([str(p) for p in sorted(GWN_DIR.glob("*.txt"))[:20]]) if isinstance(a, Article)]
    assert len(found) == 20
    return found


def test_two_workers_return_the_events_and_places_of_one_process_in_input_order(
    articles: list[Article], gazetteer_path: Path
) -> None:
    spec = ExtractorSpec(gazetteer_path=gazetteer_path)
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor:
        here = list(code_articles(articles, extractor, jobs=1))
    stats = WorkerStats()
    there = list(code_articles(articles, spec, jobs=2, stats=stats))
    assert [f.article.id for f in there] == [a.id for a in articles]
    assert [[e.to_dict() for e in f.events] for f in there] == [[e.to_dict() for e in f.events] for f in here]
    assert [f.places for f in there] == [f.places for f in here]
    assert sum(len(f.events) for f in there) > 0
    assert len(stats.rss_mib) == 2  # both workers did work and reported their memory
    assert {"entities", "parse", "extract"} <= set(stats.watch.seconds)


def test_a_worker_that_cannot_load_its_model_reports_why(articles: list[Article]) -> None:
    spec = ExtractorSpec(PipelineConfig(model="no_such_spacy_pipeline"))
    with pytest.raises(ModelNotFound, match="no_such_spacy_pipeline"):
        list(code_articles(articles[:2], spec, jobs=2))


def test_an_open_extractor_cannot_be_sent_to_workers(articles: list[Article], gazetteer_path: Path) -> None:
    with Extractor.open(gazetteer_path=gazetteer_path) as extractor, pytest.raises(TypeError):
        list(code_articles(articles[:1], extractor, jobs=2))


def test_workers_enforce_the_time_limit_and_keep_the_other_articles(
    articles: list[Article], gazetteer_path: Path
) -> None:
    # about 300,000 characters: a minute of work, far past the limit; the limit leaves an ordinary
    # article (and a worker's first, which loads the lexicons) room on a loaded two-core machine,
    # where a limit of 1 s had timed out gwn-000 once
    long_text = " ".join(a.text for a in articles) * 9
    slow = Article(id="slow", doc="slow.txt", text=long_text)
    batch = [articles[0], slow, articles[1]]
    spec = ExtractorSpec(gazetteer_path=gazetteer_path, time_limit=4.0)
    found = list(code_articles(batch, spec, jobs=2))
    assert [f.article.id for f in found] == [a.id for a in batch]
    assert isinstance(found[1], TimedOut) and found[1].skip().reason == "timed out after 4 s"
    assert not isinstance(found[0], TimedOut) and not isinstance(found[2], TimedOut)
