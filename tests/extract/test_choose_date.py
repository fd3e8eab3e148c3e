"""The date a merged event shows (merge/compose.py `choose_date`): stated, exact, finest, most
often stated, and among equally often stated days the earliest, whatever the mentions' order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.merge.compose import DateView, choose_date


def day(value: str, *, default: bool = False, approximate: bool = False) -> DateView:
    return DateView(value, "day", default, approximate)


def chosen(views: list[DateView | None]) -> str | None:
    index = choose_date(views)
    if index is None:
        return None
    view = views[index]
    assert view is not None
    return view.value


def test_the_earliest_of_days_stated_once_is_the_violences() -> None:
    # "shot about 5 p.m. Saturday" ... "remained in hospital Sunday": the later day is the aftermath's.
    assert chosen([day("2020-01-05"), day("2020-01-04")]) == "2020-01-04"


def test_a_day_stated_more_often_wins_over_an_earlier_one() -> None:
    assert chosen([day("2020-01-03"), day("2020-01-05"), day("2020-01-05")]) == "2020-01-05"


def test_a_stated_day_wins_over_an_earlier_default() -> None:
    assert chosen([day("2020-01-01", default=True), day("2020-01-06")]) == "2020-01-06"


def test_an_exact_day_wins_over_an_earlier_approximate_one() -> None:
    assert chosen([day("2020-01-01", approximate=True), day("2020-01-06")]) == "2020-01-06"


def test_no_date_chooses_nothing() -> None:
    assert choose_date([None, None]) is None


DAYS = st.builds(
    day,
    st.sampled_from(["2020-01-03", "2020-01-04", "2020-01-05", "2020-01-06"]),
    default=st.booleans(),
    approximate=st.booleans(),
)


@given(st.lists(st.one_of(st.none(), DAYS), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_the_chosen_day_does_not_depend_on_the_mentions_order(views: list[DateView | None], rnd: object) -> None:
    shuffled = list(views)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert chosen(views) == chosen(shuffled)
