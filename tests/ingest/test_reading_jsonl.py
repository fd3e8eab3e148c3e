"""JSON Lines files: one Article per good line; each bad line is a Skip and the rest still yield."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ingest_support import ENGLISH_PARAGRAPH, read_all

from eventwire.records import Article, Skip


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields: object) -> str:
    return json.dumps({"text": ENGLISH_PARAGRAPH, **fields})


def test_each_line_becomes_an_article(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [
            record(id="a1", url="https://x.example/1", title="Clashes", published="2020-01-08"),
            record(url="https://x.example/2", published="2020-01-09T10:30:00Z"),
            record(),
        ],
    )
    first, second, third = read_all(path)
    assert isinstance(first, Article) and isinstance(second, Article) and isinstance(third, Article)
    assert (first.doc, first.url, first.title, first.published) == (
        "a1",
        "https://x.example/1",
        "Clashes",
        date(2020, 1, 8),
    )
    assert (second.doc, second.published) == ("https://x.example/2", date(2020, 1, 9))
    assert third.doc == f"{path}:3"
    assert first.text == ENGLISH_PARAGRAPH
    assert first.source == str(path)


def test_malformed_line_is_skipped_and_good_lines_still_yield(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "news.jsonl", [record(id="a1"), '{"id": "a2", "text": "unterminated', record(id="a3")]
    )
    results = read_all(path)
    assert [result.doc for result in results if isinstance(result, Article)] == ["a1", "a3"]
    (skip,) = [result for result in results if isinstance(result, Skip)]
    assert skip.source == f"{path}:2"
    assert skip.reason.startswith("malformed JSON: Unterminated string")


def test_line_that_is_not_an_object_is_skipped(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "news.ndjson", ["[1, 2, 3]", record(id="a2")])
    results = read_all(path)
    assert results[0] == Skip(f"{path}:1", "malformed JSON: expected an object, got list")
    assert isinstance(results[1], Article)


def test_missing_or_empty_text_is_skipped(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [
            json.dumps({"id": "a1"}),
            json.dumps({"id": "a2", "text": "  "}),
            json.dumps({"id": "a3", "text": 5}),
        ],
    )
    assert read_all(path) == [
        Skip(f"{path}:1", "empty"),
        Skip(f"{path}:2", "empty"),
        Skip(f"{path}:3", "text is not a string"),
    ]


def test_non_english_record_is_skipped(tmp_path: Path) -> None:
    spanish = (
        "El presidente del Gobierno anunció este martes un paquete de ayudas para las familias "
        "afectadas por las inundaciones."
    )
    path = write_lines(tmp_path / "news.jsonl", [json.dumps({"id": "es1", "text": spanish})])
    (skip,) = read_all(path)
    assert isinstance(skip, Skip)
    assert skip.reason.startswith("not English (english stopword ratio")


def test_blank_lines_are_ignored_and_line_numbers_kept(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "news.jsonl", ["", record(), "   ", "{bad"])
    article, skip = read_all(path)
    assert isinstance(article, Article) and article.doc == f"{path}:2"
    assert isinstance(skip, Skip) and skip.source == f"{path}:4"


def test_bad_published_date_is_left_empty(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "news.jsonl", [record(id="a1", published="last Tuesday")])
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.published is None


def test_text_with_line_separator_is_one_record(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [json.dumps({"id": "a1", "text": ENGLISH_PARAGRAPH + "\u2028end"}, ensure_ascii=False)],
    )
    (article,) = read_all(path)
    assert isinstance(article, Article) and article.text.endswith("\u2028end")
