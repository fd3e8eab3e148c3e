"""Reader fixes the bad-input corpus led to: FIFOs, corrupt JSON Lines lines, lone surrogates, stray bytes, length."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ingest_support import ENGLISH_PARAGRAPH, only_article, only_skip, read_all

from eventwire.ingest import DEFAULT_MAX_CHARS, decode_bytes, iter_inputs
from eventwire.records import Article, Skip


def test_fifo_found_in_a_directory_is_skipped_not_read(tmp_path: Path) -> None:
    # Opening a FIFO nobody writes to blocks for ever: the whole run would hang.
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "story.txt").write_text(ENGLISH_PARAGRAPH, encoding="utf-8")
    results = read_all(tmp_path)
    assert results[0] == Skip(str(tmp_path / "pipe.txt"), "not a regular file")
    assert isinstance(results[1], Article)


def test_a_binary_line_costs_a_jsonl_file_only_that_line(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"a{n}", "text": ENGLISH_PARAGRAPH}) for n in (1, 2)]
    path = tmp_path / "news.jsonl"
    path.write_bytes(good[0].encode() + b"\n\x00\x00\x00\xff\xfe\x00\n" + good[1].encode() + b"\n")
    results = read_all(path)
    assert [r.doc for r in results if isinstance(r, Article)] == ["a1", "a2"]
    assert [r for r in results if isinstance(r, Skip)] == [Skip(f"{path}:2", "binary line (not UTF-8 text)")]


def test_a_binary_file_named_jsonl_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"SQLite format 3\x00" + bytes(2048) + b"\n{not json}\n")
    assert only_skip(read_all(path)).reason == "binary file"


def test_lone_surrogate_in_jsonl_becomes_a_replacement_character_at_the_same_offset(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    text = "Police said \\ud800 that " + ENGLISH_PARAGRAPH.strip()
    path.write_text('{"id": "s", "title": "A \\udc00 title", "text": "' + text + '"}\n', encoding="utf-8")
    article = only_article(read_all(path))
    assert article.text.startswith("Police said \ufffd that Police fired")
    assert article.title == "A \ufffd title"
    article.text.encode("utf-8")  # storable and printable


def test_stray_cp1252_byte_in_utf8_text_keeps_the_utf8() -> None:
    data = "Protesters gathered in Zürich and Kraków on Tuesday.".encode() + b" The \x93last\x94 word."
    assert decode_bytes(data) == "Protesters gathered in Zürich and Kraków on Tuesday. The \u201clast\u201d word."


def test_many_stray_bytes_mean_a_western_code_page() -> None:
    data = ("Café " * 100).encode("cp1252") + "Zürich".encode()
    assert decode_bytes(data).startswith("Café Café")


def test_article_over_the_length_limit_is_skipped_with_its_length(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ENGLISH_PARAGRAPH * 20, encoding="utf-8")
    length = len(ENGLISH_PARAGRAPH * 20)
    skip = only_skip(list(iter_inputs([str(path)], max_chars=length - 1)))
    assert skip.reason == f"too long ({length} characters > {length - 1}; see --max-chars)"
    assert isinstance(only_article(list(iter_inputs([str(path)], max_chars=length))), Article)
    assert DEFAULT_MAX_CHARS == 100_000
