"""A kind of construction written for these tests: an outcome adjective right after the verb
("shot dead two protesters"), which the parse hangs on the object, is what the verb did, not a
word of the side's phrase; an outcome adjective that describes the noun stays in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_support import counted, only

from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.mark.parametrize(
    ("text", "target", "kind"),
    [
        ("Kenyan police shot dead two protesters in Nairobi on Tuesday.", "two protesters", "killed"),
        ("Gunmen shot dead two men near a market in Kano on Sunday.", "two men", "killed"),
        # control: the adjective describes the people before the verb acts on them
        ("Malian soldiers shot two wounded rebels near Gao on Monday.", "two wounded rebels", "injured"),
    ],
)
def test_a_result_adjective_is_no_word_of_the_target(
    extract_events: ExtractEvents, text: str, target: str, kind: str
) -> None:
    shooting = only(extract_events(text), "ASSAULT")
    assert shooting.target is not None and shooting.target.text.startswith(target), shooting.to_dict()
    assert counted(shooting, kind) >= 2, shooting.to_dict()
