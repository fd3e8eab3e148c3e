"""Write the generated part of the bad-input corpus (large, binary and file-system cases) to a directory.

    python scripts/make_bad_corpus.py OUT_DIR [--no-big]

The small hand-written cases (hostile feeds, broken HTML, non-English text, a JSON Lines file with
broken lines among good ones) are committed under tests/fixtures/bad/ with their own manifest.json.
This script writes the cases that are large (a 50 MB text), binary, or need the file system (a
symlink loop, a FIFO), plus OUT_DIR/manifest.json: for every input (a file, a JSON Lines line or a
feed item) whether it must be stored, must be skipped (with a regex its one-line reason matches),
or may be either. Everything is deterministic (seeded), so the corpus is the same on every run.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import os
import random
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

SEED = 20261125
Put = Callable[..., None]
BIG_TEXT_BYTES = 50 * 1024 * 1024
# Just under the default --max-bytes (5,000,000): it passes the size check and meets the length limit.
NEAR_LIMIT_BYTES = 4_900_000
UNPUNCTUATED_WORDS = 100_000
NESTING_DEPTH = 100_000
SECRET = "EVENTWIRE-DTD-SECRET-7f3a"

# English wire copy with names that need more than ASCII, so a wrong decoding shows.
ENGLISH = (
    "Police fired tear gas at several hundred protesters in Zürich on Tuesday as demonstrators "
    "blocked the road to the airport, witnesses said. At least 12 people were injured and 30 were "
    "arrested, a police spokesman told reporters. The protest was organised by a group led by "
    "François Müller, who said the government had ignored the demands of farmers for months.\n"
)
# cp1252 has curly quotes and the euro sign; Latin-1 does not.
ENGLISH_CP1252 = (
    "The minister said the “emergency” fund of €200 million would reach farmers near São Paulo "
    "within weeks — a promise the unions called “too late”. Police arrested 14 protesters "
    "outside the ministry on Monday, officials said.\n"
)
# Vocabulary of the unpunctuated paragraph, one string to keep it short.
WORDS = (
    "police protesters government minister army soldiers capital city province border town village "
    "officials witnesses rebels troops crowd market road bridge airport hospital school election "
    "court judge leader party union workers farmers fire gas shots clashes attack strike march "
    "said reported told announced arrested killed injured fled burned blocked gathered"
)


@dataclass(slots=True)
class Expect:
    """What reading one input must give: `stored`, `skipped` (reason matching `reason`) or `either`."""

    source: str
    expect: str
    reason: str | None = None
    contains: str | None = None


def write_corpus(root: Path, big: bool = True) -> list[Expect]:
    """Write the generated cases under `root` and return (and write to manifest.json) their expectations."""
    rng = random.Random(SEED)
    root.mkdir(parents=True, exist_ok=True)
    expects: list[Expect] = []

    def put(relative: str, data: bytes, expect: str, reason: str | None = None, contains: str | None = None) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expects.append(Expect(relative, expect, reason, contains))

    english = ENGLISH * 6
    # Binary files under text suffixes: the suffix must not make them text.
    put("binary/random.txt", rng.randbytes(65536), "skipped", "^binary file$")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4096)
    put("binary/image.txt", png, "skipped", "^binary file$")
    put("binary/compressed.html", gzip.compress(english.encode("utf-8"), mtime=0), "skipped", "^binary file$")
    put("binary/database.jsonl", b"SQLite format 3\x00" + bytes(4096) + rng.randbytes(4096), "skipped", "^binary file$")
    put("binary/deflate.xml", zlib.compress(english.encode("utf-8") * 20), "skipped", "^binary file$")
    put("binary/elf.rss", b"\x7fELF\x02\x01\x01" + bytes(9) + rng.randbytes(8192), "skipped", "^binary file$")

    # Empty in every way a file can be empty.
    for name, data in [
        ("empty.txt", b""),
        ("whitespace.txt", b" \t\r\n\n  \n"),
        ("bom_only.txt", codecs.BOM_UTF8),
        ("utf16_bom_only.txt", codecs.BOM_UTF16_LE),
        ("zero_width.txt", "\u200b\u2060\ufeff\n\u00a0\n".encode()),
        ("empty.jsonl", b""),
        ("blank_lines.jsonl", b"\n\n\r\n\n"),
        ("empty.html", b""),
        ("empty.xml", b""),
    ]:
        put(f"empty/{name}", data, "skipped", "^empty$")
    put("empty/empty_body.html", b"<html><head><title>x</title></head><body></body></html>", "skipped", "^no main text")

    # Encodings: all English, all must be stored and decoded right.
    put("encoding/latin1.txt", english.encode("latin-1"), "stored", contains="François Müller")
    put("encoding/cp1252.txt", (ENGLISH_CP1252 * 4).encode("cp1252"), "stored", contains="“emergency” fund of €200")
    # Each variant says which it is, so that equal texts are not stored once as duplicates.
    for name, bom, codec in [
        ("utf8_bom", codecs.BOM_UTF8, "utf-8"),
        ("utf16le_bom", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf16be_bom", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf16le_no_bom", b"", "utf-16-le"),
        ("utf16be_no_bom", b"", "utf-16-be"),
        ("utf32_bom", codecs.BOM_UTF32_LE, "utf-32-le"),
    ]:
        text = _labelled(english, name)
        put(f"encoding/{name}.txt", bom + text.encode(codec), "stored", contains=f"Zürich ({name})")
    html_latin1 = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        f"<title>Zurich protest</title></head><body><article><p>{_labelled(ENGLISH, 'latin-1 page')}</p>"
        f"<p>{ENGLISH}</p></article></body></html>"
    )
    put("encoding/latin1_meta.html", html_latin1.encode("latin-1"), "stored", contains="François Müller")
    # UTF-8 with one stray cp1252 byte (a pasted quote): decoded as a western code page, not dropped.
    put(
        "encoding/utf8_with_cp1252_byte.txt",
        _labelled(english, "stray byte").encode() + b"The \x93last\x94 word.\n",
        "stored",
        contains="Zürich",
    )

    # NUL bytes: inside plain text they mean binary; escaped inside JSON they are text.
    nul_text = english.encode().replace(b" ", b" \x00", 40)
    put("nul/nul_bytes.txt", nul_text, "skipped", "^binary file$")
    record = {"id": "nul-escaped", "text": english.replace("Tuesday", "Tues\u0000day")}
    put("nul/nul_escaped.jsonl", (json.dumps(record) + "\n").encode(), "either")
    expects.pop()  # a JSON Lines file is judged by its records
    expects.append(Expect("doc:nul-escaped", "stored", contains="Tues\u0000day"))

    # Size: the 50 MB text is refused unread; one under --max-bytes meets the per-article length limit.
    if big:
        put("size/fifty_mb.txt", _repeat(english, BIG_TEXT_BYTES), "skipped", "^over size limit")
    put("size/near_limit.txt", _repeat(english, NEAR_LIMIT_BYTES), "skipped", "^too long")
    vocabulary = WORDS.split()
    unpunctuated = " ".join(rng.choice(vocabulary) for _ in range(UNPUNCTUATED_WORDS)) + "\n"
    put("size/no_punctuation.txt", unpunctuated.encode(), "skipped", "^too long")
    huge_record = {"id": "huge-record", "text": _repeat(ENGLISH, 1_500_000).decode()}
    put("size/huge_record.jsonl", (json.dumps(huge_record) + "\n").encode(), "either")
    expects.pop()
    expects.append(Expect("size/huge_record.jsonl:1", "skipped", "^too long"))

    # Hostile HTML: deep nesting (recursion limits), a page cut in half, random bytes inside.
    deep = (
        "<html><body>"
        + "<div>" * NESTING_DEPTH
        + f"<p>{_labelled(ENGLISH, 'deep')}</p>"
        + "</div>" * NESTING_DEPTH
        + "</body></html>"
    )
    put("html/deep_nesting.html", deep.encode(), "either")
    inline = (
        "<html><body><article><p>" + "<b><i>" * 20000 + _labelled(ENGLISH, "inline") + "</p></article></body></html>"
    )
    put("html/deep_inline_unclosed.html", inline.encode(), "either")
    page = f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    cut = _labelled(page, "cut")
    put("html/truncated_mid_tag.html", cut.encode()[: len(cut) // 2 + 7], "either")
    noisy = (
        _labelled(page, "noisy")
        .encode()
        .replace(b"</p><p>", b"</p>" + rng.randbytes(64).replace(b"<", b"") + b"<p>", 1)
    )
    put("html/bytes_inside.html", noisy, "either")
    attribute = (
        f'<html><body><div title="{"x" * 2_000_000}"><p>{_labelled(ENGLISH, "attribute")}</p></div></body></html>'
    )
    put("html/huge_attribute.html", attribute.encode(), "either")

    # A feed whose DOCTYPE names a local DTD defining an entity: its value must never reach the text.
    dtd = root / "feeds" / "secret.dtd"
    dtd.parent.mkdir(parents=True, exist_ok=True)
    dtd.write_text(f'<!ENTITY leak "{SECRET}">\n', encoding="utf-8")
    feed = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file://{dtd.resolve()}">\n'
        '<rss version="2.0"><channel><title>DTD</title><item><title>Strike</title>'
        "<link>https://dtd.example.com/strike</link>"
        "<description>Workers went on strike in Lagos on Monday, the union said. &amp; &leak; end.</description>"
        "</item></channel></rss>\n"
    )
    put("feeds/external_dtd_file.rss", feed.encode(), "either")
    expects.pop()  # a feed is judged by its items
    expects.append(Expect("doc:https://dtd.example.com/strike", "either"))

    # File system: a directory whose symlinks loop back, a dangling link, a FIFO nobody writes to.
    loop = root / "loop"
    (loop / "inner").mkdir(parents=True, exist_ok=True)
    put("loop/inner/story.txt", (ENGLISH_CP1252 + ENGLISH).encode(), "stored", contains="São Paulo")
    _symlink("..", loop / "inner" / "up")
    _symlink(".", loop / "self")
    _symlink(str(loop.resolve()), loop / "inner" / "absolute")
    _symlink("nowhere.txt", loop / "dangling.txt")
    expects.append(Expect("loop/dangling.txt", "skipped", "No such file"))
    fifo = loop / "pipe.txt"
    if not fifo.exists():
        os.mkfifo(fifo)
    expects.append(Expect("loop/pipe.txt", "skipped", "^not a regular file$"))

    _hardening_cases(root, rng, put, expects)
    (root / "manifest.json").write_text(json.dumps([asdict(e) for e in expects], indent=1) + "\n", encoding="utf-8")
    return expects


def _hardening_cases(root: Path, rng: random.Random, put: Put, expects: list[Expect]) -> None:
    """The cases of issue 14: file names that are not UTF-8 or forge lines, text with no words, hostile JSON."""
    names = root / "names"
    names.mkdir(parents=True, exist_ok=True)
    # (raw name, how eventwire shows and stores it, content, expectation, reason)
    for raw, shown, data, expect, reason in [
        (b"r\xe9sum\xe9.txt", "r\\xe9sum\\xe9.txt", _labelled(ENGLISH * 3, "latin-1 name"), "stored", None),
        (b"a\nskipped forged.txt", "a\\nskipped forged.txt", "", "skipped", "^empty$"),
        (b"b\r\x1b[2K\x1b]0;owned\x07.txt", "b\\r\\x1b[2K\\x1b]0;owned\\x07.txt", "", "skipped", "^empty$"),
        (b"c\xff\xfe\xe2\x80\xae.txt", "c\\xff\\xfe\\u202e.txt", "", "skipped", "^empty$"),
    ]:
        with open(os.path.join(os.fsencode(names), raw), "wb") as handle:
            handle.write(data.encode("utf-8"))
        expects.append(Expect(f"names/{shown}", expect, reason, "Zürich" if expect == "stored" else None))
    # Text with not one word: no language at all, so not English.
    for name, text in [
        ("digits_only.txt", " ".join(str(rng.randrange(10**6)) for _ in range(300))),
        ("punctuation_only.txt", "!?.,;:-()[]{}'\"/\\|*&^%$#@~" * 40),
        ("bidi_only.txt", "\u202e\u202d\u2066\u2067\u2068\u2069\u200e\u200f" * 50),
        ("combining_only.txt", "\u0301\u0302\u0303\u0308\u0327\u0331" * 60),
    ]:
        # Bidi controls are dropped as invisible: that text is then empty.
        put(f"words/{name}", (text + "\n").encode(), "skipped", "^(not English|empty$)")
    # JSON Lines: a number past int()'s digit limit, deep nesting, then a good record that must survive them.
    good = {"id": "after-hostile-json", "text": _labelled(ENGLISH * 2, "after hostile json")}
    lines = ['{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}", "[" * 5000, json.dumps(good)]
    put("jsonl/hostile_json.jsonl", ("\n".join(lines) + "\n").encode(), "either")
    expects.pop()
    expects.append(Expect("jsonl/hostile_json.jsonl:1", "skipped", "^malformed JSON: a number is too long$"))
    expects.append(Expect("jsonl/hostile_json.jsonl:2", "skipped", "^malformed JSON: nested too deeply$"))
    expects.append(Expect("doc:after-hostile-json", "stored", contains="after hostile json"))


def _labelled(text: str, label: str) -> str:
    """The text with its first "Zürich" marked by a label, so that variants differ."""
    return text.replace("Zürich", f"Zürich ({label})", 1)


def _repeat(text: str, size: int) -> bytes:
    unit = text.encode("utf-8")
    return (unit * (size // len(unit) + 1))[:size]


def _symlink(target: str, link: Path) -> None:
    if not link.is_symlink():
        link.symlink_to(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="Directory to write the generated cases to.")
    parser.add_argument("--no-big", action="store_true", help="Leave out the 50 MB text.")
    args = parser.parse_args()
    expects = write_corpus(args.out, big=not args.no_big)
    print(f"{len(expects)} expectations written to {args.out / 'manifest.json'}")


if __name__ == "__main__":
    main()
