"""The actor dictionary (actors.tsv), the agent nouns (actor_agents.tsv) and the index built from them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import DataFileError
from eventwire.resolve import actors_build
from eventwire.resolve.actors_index import (
    ActorEntry,
    ActorIndex,
    ActorRole,
    data_version,
    load_actor_rows,
    load_agents,
    parse_roles,
    stored_version,
)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ActorIndex]:
    """An index built for this module (opening a missing file builds it)."""
    with ActorIndex.open(tmp_path_factory.mktemp("actors") / "actors.sqlite") as opened:
        yield opened


# --- the data files ----------------------------------------------------------------------------------


def test_actor_file_loads_with_every_kind() -> None:
    rows = load_actor_rows()
    assert len(rows) > 15_000
    kinds = {entry.kind for entry, _ in rows}
    assert kinds == {"person", "country", "institution", "armed", "igo", "ngo"}
    by_id = {entry.id: entry for entry, _ in rows}
    assert by_id["islamic-state"].kind == "armed"


def test_recent_actors_add_people_and_extend_known_ones() -> None:
    """actors_recent.tsv: leaders who took office after the dictionaries end (2014) are new
    actors; a known person's later office is added to the roles actors.tsv gives."""
    by_id = {entry.id: (entry, names) for entry, names in load_actor_rows()}
    trump, names = by_id["donald-trump"]
    assert "Trump" in names
    assert trump.role_at(date(2018, 4, 6)) == ActorRole("USA", ("GOV",), date(2017, 1, 20), date(2021, 1, 20))
    # between two terms no dated role covers the date: the default, the office he is in the news for
    assert trump.role_at(date(2023, 1, 1)) == ActorRole("USA", ("GOV",), None, None)
    guterres, names = by_id["antonio-guterres"]
    assert guterres.role_at(date(1999, 1, 1)).country == "PRT"  # type: ignore[union-attr]  # from actors.tsv
    assert guterres.role_at(date(2019, 1, 1)).country is None  # type: ignore[union-attr]  # the UN's
    assert "Guterres" in names


def test_a_recent_row_of_another_kind_is_a_data_file_error(tmp_path: Path) -> None:
    recent = tmp_path / "actors_recent.tsv"
    recent.write_text("id\tkind\tname\tvariants\troles\nislamic-state\tperson\tX\t\tIRQ:GOV::\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="armed"):
        load_actor_rows(recent_path=recent)


def test_recent_leaders_are_found_by_surname_in_an_article(index: ActorIndex) -> None:
    assert [e.id for e in index.lookup("Zelensky")] == ["volodymyr-zelensky"]
    assert [e.id for e in index.lookup("Macron")] == ["emmanuel-macron"]
    # a common surname is no leader: crime copy names local people so
    assert "boris-johnson" not in [e.id for e in index.lookup("Johnson")]
    # leaders of the Phoenix lists whose bare surname only the recent rows give
    for surname, actor_id in (("Biden", "joe-biden"), ("Xi", "xi-jinping"), ("Kagame", "paul-kagame")):
        assert [e.id for e in index.lookup(surname)] == [actor_id], surname
    biden = index.lookup("Biden")[0]
    assert biden.role_at(date(2022, 5, 1)) == ActorRole("USA", ("GOV",), date(2021, 1, 20), date(2025, 1, 20))


def test_agent_file_loads_nouns_and_plurals() -> None:
    agents = load_agents()
    assert len(agents) > 2_000
    assert agents["cleric"].sector == "REL"
    assert agents["clerics"] is agents["cleric"]
    assert agents["police"].sector == "COP"


def test_no_one_word_name_is_an_english_word(index: ActorIndex) -> None:
    """The review dropped names like "Youth" (a Basque group's variant) and "Bush"."""
    for word in ("youth", "bush", "will", "police", "government"):
        assert index.lookup(word) == ()


def test_a_bad_role_is_a_data_file_error() -> None:
    with pytest.raises(DataFileError):
        parse_roles("IRAN:GOV::")
    with pytest.raises(DataFileError):
        parse_roles("IRN:GOV:2013-08-04:")
    with pytest.raises(DataFileError):
        parse_roles("IRN:GOV")


def test_a_bad_actor_row_is_a_data_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "actors.tsv"
    bad.write_text("id\tkind\tname\tvariants\troles\nx\tplanet\tX\t\tIRN:GOV::\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="kind"):
        load_actor_rows(bad)


_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(
    country=st.sampled_from(["IRN", "USA", "-"]),
    sectors=st.lists(st.sampled_from(["GOV", "MIL", "REB", "IGO", "ELI"]), min_size=1, max_size=3),
    start=st.none() | _days,
    end=st.none() | _days,
)
def test_roles_parse_back_what_the_builder_writes(
    country: str, sectors: list[str], start: date | None, end: date | None
) -> None:
    role = ActorRole(None if country == "-" else country, tuple(sectors), start, end)
    assert parse_roles(actors_build._roles_text((role,))) == (role,)


# --- roles by date ------------------------------------------------------------------------------------


def _only(index: ActorIndex, name: str) -> ActorEntry:
    found = index.lookup(name)
    assert found, name
    return found[0]


def test_a_role_is_chosen_by_date(index: ActorIndex) -> None:
    ahmadinejad = _only(index, "Mahmoud Ahmadinejad")
    in_office = ahmadinejad.role_at(date(2010, 6, 1))
    after = ahmadinejad.role_at(date(2018, 6, 1))
    assert in_office is not None and (in_office.country, in_office.sector) == ("IRN", "GOV")
    assert after is not None and (after.country, after.sector) == ("IRN", "ELI")


def test_an_armed_group_is_non_state_and_dated(index: ActorIndex) -> None:
    group = _only(index, "Daesh")
    role = group.role_at(date(2016, 1, 1))
    assert group.name == "Islamic State"
    assert role is not None and role.country is None and role.sector == "REB" and "GOV" not in role.sectors
    assert group.role_at(date(2005, 1, 1)) is None  # the dictionary codes the name from 2013 only


def test_variants_find_the_actor(index: ActorIndex) -> None:
    assert _only(index, "Hassan Rowhani").id == _only(index, "Hassan Rouhani").id
    assert _only(index, "al-Nusra Front").id == _only(index, "Jabhat al-Nusra").id


def test_an_igo_has_no_country(index: ActorIndex) -> None:
    role = _only(index, "African Development Bank").role_at(None)
    assert role is not None and role.country is None and role.sector == "IGO"


# --- the index file -----------------------------------------------------------------------------------


def test_index_build_records_the_data_version(tmp_path: Path) -> None:
    path = tmp_path / "actors.sqlite"
    count = actors_build.build(path)
    assert count == len(load_actor_rows())
    assert stored_version(path) == data_version()
    with ActorIndex.open(path) as opened:
        assert opened.count() == count
        assert opened.agent("riot police") == "COP"


def test_a_stale_index_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "actors.sqlite"
    path.write_bytes(b"not a database")
    assert stored_version(path) is None
    with ActorIndex.open(path) as opened:
        assert opened.lookup("Hezbollah")
    assert stored_version(path) == data_version()
