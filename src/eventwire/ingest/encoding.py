"""Decoding input bytes to text: BOMs, UTF-16 without BOM, UTF-8, then western code pages."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from eventwire.errors import BadInput

# Binary sniffing looks at the head of a file only, like `file(1)` and git do.
SNIFF_BYTES = 8192

# Share of control characters (other than whitespace) above which bytes are not text.
# Real text has almost none; 5% leaves room for a few stray escapes in old files.
MAX_CONTROL_RATIO = 0.05

# Code pages charset-normalizer may choose from: news arriving without a declared
# encoding is overwhelmingly UTF-8 or a western Windows/ISO page, and letting the
# detector pick exotic pages (cp1257, koi8, ...) turns short Latin-1 text into mojibake.
WESTERN_ENCODINGS = ["cp1252", "iso8859_15", "latin_1"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A well-formed multi-byte UTF-8 sequence: text that has them is UTF-8, whatever stray bytes it also has.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# More stray bytes than this and the text is in a western code page, not UTF-8 with slips.
MAX_STRAY_BYTES = 64

_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_CONTROL_BYTES = (frozenset(range(0x20)) - _TEXT_CONTROLS) | {0x7F}


def decode_bytes(data: bytes, *, fallback_encoding: str | None = None) -> str:
    """Decode input bytes to text (a leading BOM is dropped); raise BadInput for binary data.

    `fallback_encoding` (an HTML page's declared charset) is tried when the bytes are not UTF-8,
    before guessing a western code page.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return _checked(body.decode(encoding))
            except UnicodeDecodeError:
                if encoding == "utf-8":
                    # Editors sometimes prepend a UTF-8 BOM to cp1252 text; decode the rest.
                    return _checked(_decode_western(body))
                raise BadInput(f"undecodable text (invalid {encoding})") from None
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise BadInput("binary file")
        try:
            return _checked(data.decode(utf16))
        except UnicodeDecodeError:
            raise BadInput("binary file") from None
    if _control_ratio(head) > MAX_CONTROL_RATIO:
        raise BadInput("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mended = _decode_utf8_with_strays(data)
    if mended is not None:
        return mended
    if fallback_encoding is not None:
        try:
            return data.decode(fallback_encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_western(data)


def _decode_utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 text with a few stray single bytes (a pasted cp1252 quote) decoded as UTF-8, the strays as cp1252.

    None when the bytes hold no multi-byte UTF-8 sequence or too many strays to be UTF-8 at all.
    """
    if _UTF8_SEQUENCE.search(data) is None:
        return None
    pieces: list[str] = []
    position = 0
    for _ in range(MAX_STRAY_BYTES + 1):
        try:
            pieces.append(data[position:].decode("utf-8"))
            return "".join(pieces)
        except UnicodeDecodeError as error:
            stray = data[position + error.start : position + error.end]
            pieces.append(data[position : position + error.start].decode("utf-8"))
            pieces.append(stray.decode("cp1252", errors="ignore") or stray.decode("latin-1"))
            position += error.end
    return None


def _decode_western(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    candidates = ([best.encoding] if best is not None else []) + ["cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    # latin-1 maps every byte, so this is the decoder of last resort.
    return data.decode("latin-1")


def _utf16_without_bom(head: bytes) -> str | None:
    """Guess UTF-16 LE/BE from where NUL bytes fall (ASCII-range text has one NUL per pair)."""
    pairs = len(head) // 2
    if pairs == 0:
        return None
    even_nuls = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_nuls = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    # Text in UTF-16 has NULs on one side of most pairs and almost never on the other;
    # binary formats scatter NULs on both sides.
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    return sum(1 for byte in head if byte in _CONTROL_BYTES) / len(head)


def _checked(text: str) -> str:
    """Reject decoded text that is mostly control characters (binary behind a BOM or NULs)."""
    head = text[:SNIFF_BYTES]
    controls = sum(1 for char in head if ord(char) in _CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        raise BadInput("binary file")
    return text
