"""Every place mention's offsets index the article text as read: library records and CLI JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from eventwire.cli import main
from eventwire.geoparse import Geoparser
from eventwire.ingest import iter_inputs
from eventwire.records import Article, PlaceMention
from eventwire.resolve.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "seed" / "000_773db53a13bc0aed.txt"
GWN_DIR = SHARED / "corpus" / "geowebnews-dev"
# Place-rich GeoWebNews articles, with curly quotes and accented names among them.
GWN_DOCS = ("gwn-000", "gwn-002", "gwn-004", "gwn-046", "gwn-108", "gwn-126", "gwn-138", "gwn-178")
PATHS = [SEED, *(GWN_DIR / f"{name}.txt" for name in GWN_DOCS)]
# A BOM, CRLF line ends, curly quotes, accented letters and a character outside the BMP.
AWKWARD_TEXT = (
    "\ufeffBAGHDAD (Reuters) \u2014 \u201cWe\u2019re safe,\u201d said a man in S\u00e3o Paulo \U0001f525 on Monday.\r\n"
    "Rockets struck Erbil, Iraq, overnight, and police in Z\u00fcrich said nothing was known about a link "
    "with the attacks on US bases in the Middle East, officials said.\r\n"
)

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def parsed(nlp: Language, gazetteer: Gazetteer) -> dict[str, tuple[Article, list[PlaceMention]]]:
    """Each article read by `iter_inputs`, with its place mentions, keyed by file name."""
    geo = Geoparser(nlp=nlp, gazetteer=gazetteer)
    articles = [a for a in iter_inputs([str(p) for p in PATHS]) if isinstance(a, Article)]
    assert len(articles) == len(PATHS)
    return {Path(article.doc).name: (article, mentions) for article, mentions in geo.places(articles)}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_mention_slices_its_own_text_out_of_the_article(
    parsed: dict[str, tuple[Article, list[PlaceMention]]], path: Path
) -> None:
    article, mentions = parsed[path.name]
    assert len(mentions) >= 3, "a place-rich article should yield places"
    for m in mentions:
        assert 0 <= m.start < m.end <= len(article.text)
        assert article.text[m.start : m.end] == m.text, m
        assert m.doc == article.doc
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


@pytest.fixture(scope="module")
def cli_rows(gazetteer_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    """`eventwire places` JSON Lines for the corpus articles and one awkward hand-made file, by doc."""
    awkward = tmp_path_factory.mktemp("offsets") / "awkward.txt"
    awkward.write_bytes(AWKWARD_TEXT.encode("utf-8"))
    args = ["places", "--gazetteer", str(gazetteer_path), *(str(p) for p in PATHS), str(awkward)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows: dict[str, list[dict[str, object]]] = {}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        rows.setdefault(str(row["doc"]), []).append(row)
    return rows


@pytest.mark.parametrize("name", [p.name for p in PATHS] + ["awkward.txt"])
def test_cli_offsets_index_the_decoded_file_contents(cli_rows: dict[str, list[dict[str, object]]], name: str) -> None:
    [doc] = [doc for doc in cli_rows if Path(doc).name == name]
    # A leading BOM is not part of the text; line ends are kept as they are.
    text = Path(doc).read_bytes().decode("utf-8-sig")
    rows = cli_rows[doc]
    assert len(rows) >= 3
    for row in rows:
        start, end = row["start"], row["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == row["text"], row


def test_cli_offsets_count_characters_not_bytes(cli_rows: dict[str, list[dict[str, object]]]) -> None:
    [rows] = [rows for doc, rows in cli_rows.items() if doc.endswith("awkward.txt")]
    text = AWKWARD_TEXT.removeprefix("\ufeff")
    found = {row["text"]: row["start"] for row in rows}
    assert found["BAGHDAD"] == 0
    assert found["São Paulo"] == text.index("São Paulo")
    assert found["Zürich"] == text.index("Zürich")
    assert found["Erbil"] == text.index("Erbil")
