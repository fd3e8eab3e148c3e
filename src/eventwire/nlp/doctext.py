"""The text of a Doc, computed once: spaCy rebuilds `Doc.text` from every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, cached in the doc's user data (token texts never change after tokenisation)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text` (no trailing whitespace) cut from the cached doc text instead of rebuilt from tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]
