"""iter_inputs on text files, directories, stdin and every kind of bad input."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest
from ingest_support import ENGLISH_PARAGRAPH, FIXTURES, only_article, only_skip, read_all

from eventwire.ingest import content_id, iter_inputs
from eventwire.records import Article, Skip


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_file_becomes_article_with_exact_text(tmp_path: Path) -> None:
    text = "Protesters clash with police\n\n" + ENGLISH_PARAGRAPH
    path = write(tmp_path / "report.txt", text)
    article = only_article(read_all(path))
    assert article.text == text
    assert article.doc == str(path)
    assert article.source == str(path)
    assert article.id == content_id(text) and len(article.id) == 16
    assert article.title == "Protesters clash with police"
    assert article.published is None


def test_doc_is_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "report.txt", ENGLISH_PARAGRAPH)
    monkeypatch.chdir(tmp_path)
    assert only_article(read_all("report.txt")).doc == "report.txt"


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = write(tmp_path / "report.txt", ENGLISH_PARAGRAPH * 2)
    assert only_article(read_all(path)).title is None


def test_same_text_gets_same_id(tmp_path: Path) -> None:
    first = only_article(read_all(write(tmp_path / "a.txt", ENGLISH_PARAGRAPH)))
    second = only_article(read_all(write(tmp_path / "b.txt", ENGLISH_PARAGRAPH)))
    assert first.id == second.id


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "  \n".encode("utf-16"), "\ufeff\u200b \n".encode()])
def test_empty_or_whitespace_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "empty.txt", content)
    assert only_skip(read_all(path)) == Skip(str(path), "empty")


def test_file_over_size_limit_is_skipped_with_sizes(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", ENGLISH_PARAGRAPH * 10)
    size = path.stat().st_size
    skip = only_skip(read_all(path, max_bytes=100))
    assert skip.reason == f"over size limit ({size} bytes > 100)"


def test_file_at_size_limit_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "exact.txt", ENGLISH_PARAGRAPH)
    only_article(read_all(path, max_bytes=path.stat().st_size))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"Police said\x00 the\x00 attack\x00\x01\x02\x03 killed\x00\x00 five\x00 people",
        bytes(range(1, 9)) * 100,
    ],
    ids=["png-with-txt-suffix", "nul-bytes", "control-characters"],
)
def test_binary_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "image.txt", content)
    assert only_skip(read_all(path)) == Skip(str(path), "binary file")


def test_latin1_file_is_decoded(tmp_path: Path) -> None:
    text = "Le café: " + ENGLISH_PARAGRAPH.replace("capital", "capital, near the café in Montréal,")
    path = write(tmp_path / "latin1.txt", text.encode("latin-1"))
    assert only_article(read_all(path)).text == text


def test_cp1252_smart_quotes_become_curly_quotes(tmp_path: Path) -> None:
    data = b"The minister said \x93we will respond\x94 to the attack. " + ENGLISH_PARAGRAPH.encode()
    article = only_article(read_all(write(tmp_path / "cp1252.txt", data)))
    assert article.text.startswith("The minister said “we will respond” to the attack.")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_file_is_decoded(tmp_path: Path, codec: str) -> None:
    path = write(tmp_path / "utf16.txt", ENGLISH_PARAGRAPH.encode(codec))
    assert only_article(read_all(path)).text == ENGLISH_PARAGRAPH


def test_utf8_bom_is_dropped_so_offsets_start_at_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + ENGLISH_PARAGRAPH.encode())
    article = only_article(read_all(path))
    assert article.text == ENGLISH_PARAGRAPH
    assert article.text.index("Police") == 0


@pytest.mark.parametrize("language", ["french", "german", "spanish", "arabic", "chinese"])
def test_non_english_file_is_skipped_with_ratio(language: str) -> None:
    path = FIXTURES / f"{language}.txt"
    skip = only_skip(read_all(path))
    assert skip.source == str(path)
    assert skip.reason.startswith("not English (english stopword ratio 0.0")
    assert skip.reason.endswith(")")


def test_missing_path_is_skipped_with_os_reason(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    assert only_skip(read_all(path)) == Skip(str(path), "No such file or directory")


def test_path_through_a_file_is_skipped_with_os_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "report.txt", ENGLISH_PARAGRAPH) / "inner.txt"
    assert only_skip(read_all(path)) == Skip(str(path), "Not a directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_skipped_with_os_reason(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", ENGLISH_PARAGRAPH)
    path.chmod(0)
    try:
        assert only_skip(read_all(path)) == Skip(str(path), "Permission denied")
    finally:
        path.chmod(0o644)


def test_directory_is_read_recursively_sorted_by_suffix(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ENGLISH_PARAGRAPH + "b")
    write(tmp_path / "a.TXT", ENGLISH_PARAGRAPH + "a")
    write(tmp_path / "sub" / "c.text", ENGLISH_PARAGRAPH + "c")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden.txt", ENGLISH_PARAGRAPH)
    write(tmp_path / ".git" / "d.txt", ENGLISH_PARAGRAPH)
    docs = [result.doc for result in read_all(tmp_path) if isinstance(result, Article)]
    assert docs == [str(tmp_path / name) for name in ("a.TXT", "b.txt", "sub/c.text")]


def test_directory_suffixes_can_be_restricted(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ENGLISH_PARAGRAPH)
    write(tmp_path / "b.text", ENGLISH_PARAGRAPH)
    results = list(iter_inputs([str(tmp_path)], suffixes=[".text"]))
    assert [result.doc for result in results if isinstance(result, Article)] == [str(tmp_path / "b.text")]


def test_directory_with_symlink_loop_terminates(tmp_path: Path) -> None:
    write(tmp_path / "news" / "a.txt", ENGLISH_PARAGRAPH)
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news", target_is_directory=True)
    (tmp_path / "news" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "news" / "self").symlink_to(tmp_path / "news" / "self")
    results = read_all(tmp_path / "news")
    articles = [result for result in results if isinstance(result, Article)]
    assert [article.doc for article in articles] == [str(tmp_path / "news" / "a.txt")]


def test_symlink_loop_given_as_path_is_skipped(tmp_path: Path) -> None:
    loop = tmp_path / "self.txt"
    loop.symlink_to(loop)
    assert only_skip(read_all(loop)).reason == "Too many levels of symbolic links"


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    skip = only_skip(read_all(tmp_path))
    assert skip.source == str(tmp_path)
    assert skip.reason.startswith("no input files")


def test_bad_inputs_in_a_directory_never_raise(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", ENGLISH_PARAGRAPH)
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "binary.txt", bytes(range(256)) * 8)
    write(tmp_path / "broken.jsonl", b'{"text": "x"\n[1, 2]\n')
    write(tmp_path / "broken.html", b"<html><body><div><p class='x' <b>")
    write(tmp_path / "broken.xml", b"<rss><channel><item><title>x</ti")
    write(tmp_path / "french.txt", (FIXTURES / "french.txt").read_bytes())
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    results = read_all(tmp_path)
    assert sum(isinstance(result, Article) for result in results) == 1
    # JSONL and feed skips name a line ("broken.jsonl:2") or an entry ("broken.xml#1").
    skips = [result for result in results if isinstance(result, Skip)]
    reasons = {Path(skip.source.split(":")[0].split("#")[0]).name: skip.reason for skip in skips}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary file"
    assert reasons["dangling.txt"] == "No such file or directory"
    assert reasons["french.txt"].startswith("not English")
    assert {"broken.jsonl", "broken.html", "broken.xml"} <= set(reasons)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text_is_read_with_doc_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, ENGLISH_PARAGRAPH.encode())
    article = only_article(read_all("-"))
    assert (article.doc, article.text, article.source) == ("-", ENGLISH_PARAGRAPH, "-")


def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    body = ENGLISH_PARAGRAPH.strip()
    lines = f'{{"id": "a1", "text": "{body}"}}\n{{"id": "a2", "text": "{body}"}}\n'
    feed_stdin(monkeypatch, lines.encode())
    assert [result.doc for result in read_all("-") if isinstance(result, Article)] == ["a1", "a2"]


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, (FIXTURES / "article.html").read_bytes())
    article = only_article(read_all("-"))
    assert article.doc == "-"
    assert article.title == "Protesters clash with police in Lagos"
    assert "<p>" not in article.text


def test_stdin_over_size_limit_is_skipped_unread_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"x" * 5000)
    assert only_skip(read_all("-", max_bytes=1000)) == Skip("-", "over size limit (more than 1000 bytes)")


def test_stdin_binary_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, bytes(range(256)) * 4)
    assert only_skip(read_all("-")) == Skip("-", "binary file")


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path / "page", (FIXTURES / "article.html").read_bytes())
    article = only_article(read_all(path))
    assert article.outlet == "Daily Courier"
