"""decode_bytes: BOMs, UTF-16 without BOM, UTF-8, western code pages, binary data."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventwire.errors import BadInput
from eventwire.ingest import decode_bytes

# Documents never contain control characters other than whitespace (those mean binary), and
# a leading U+FEFF is indistinguishable from a BOM, so the round-trip alphabet leaves them out.
document_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\t\r"),
    max_size=300,
)


@given(document_text)
@example("Iran fired 22 missiles at US-led forces in Iraq.")
@example("Teheran’s “slap on the face” – café, naïve, 東京, مرحبا")
def test_utf8_text_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8")) == text


@given(document_text)
def test_utf8_with_bom_round_trips_without_the_bom(text: str) -> None:
    assert decode_bytes(text.encode("utf-8-sig")) == text


@given(document_text)
@example("A")
@example("東京で会議")
def test_utf16_with_bom_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-16")) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_from_nul_positions(codec: str) -> None:
    text = "Protesters gathered outside parliament on Monday, police said.\n" * 3
    assert decode_bytes(text.encode(codec)) == text


def test_utf16_be_bom_is_stripped() -> None:
    assert decode_bytes(codecs.BOM_UTF16_BE + "Hello world".encode("utf-16-be")) == "Hello world"


def test_utf8_bom_is_stripped_so_offsets_index_the_text() -> None:
    text = decode_bytes(codecs.BOM_UTF8 + b"Kabul, Afghanistan")
    assert text == "Kabul, Afghanistan"
    assert text.index("Kabul") == 0


def test_cp1252_smart_quotes_decode_to_curly_quotes() -> None:
    data = b"The minister said \x93we will respond\x94 to the attack \x96 and left."
    assert decode_bytes(data) == "The minister said “we will respond” to the attack – and left."


def test_latin1_accents_decode() -> None:
    data = "The café in Montréal reopened after the storm, the owner said.".encode("latin-1")
    assert decode_bytes(data) == "The café in Montréal reopened after the storm, the owner said."


def test_utf8_bom_before_cp1252_bytes_still_decodes() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"caf\xe9 \x93quoted\x94") == "café “quoted”"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
        b"some text\x00with a NUL\x00 in\x00 the middle of it\x00\x00\x01\x02",
        bytes(range(1, 32)) * 20,
    ],
    ids=["png", "zip", "nul-bytes", "control-characters"],
)
def test_binary_data_raises_bad_input(data: bytes) -> None:
    with pytest.raises(BadInput, match="binary file"):
        decode_bytes(data)


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ""
