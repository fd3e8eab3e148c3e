"""The trigger and actor lexicons: data files validated when loaded, and used by sentences."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from eventwire.errors import DataFileError
from eventwire.extract import lexicon
from eventwire.extract.lexicon import load_actor_lexicon, load_triggers
from eventwire.extract.ontology import PLOVER_TYPES, load_ontology
from eventwire.records import Event

ExtractEvents = Callable[..., list[Event]]  # the `extract_events` fixture of conftest.py


@pytest.fixture
def fresh_lexicons() -> Iterator[None]:
    """Empty the lexicon caches around a test that loads a patched data file."""
    load_triggers.cache_clear()
    load_actor_lexicon.cache_clear()
    yield
    load_triggers.cache_clear()
    load_actor_lexicon.cache_clear()


def serve_jsonl(monkeypatch: pytest.MonkeyPatch, rows: list[dict[str, Any]]) -> None:
    """Serve `rows` as the patched file, and nothing as the added trigger files (frames, patterns)."""
    added = {lexicon.FRAMES_FILE, lexicon.PATTERNS_FILE}
    monkeypatch.setattr(lexicon, "read_jsonl", lambda name: [] if name in added else rows)


# --- triggers.jsonl -------------------------------------------------------------------------------


def test_trigger_lexicon_loads_and_indexes_by_lemma_and_pos() -> None:
    triggers = load_triggers()
    assert len(triggers.triggers) > 20
    shell = triggers.candidates("shell", "VERB")
    assert {t.type for t in shell} == {"ASSAULT"}
    assert shell[0].origin == "hand"  # hand-written entries come first
    assert shell[0].modes_by_word["shell"] == "shelling"
    assert triggers.candidates("shell", "ADJ") == ()


def test_every_trigger_type_is_a_plover_type() -> None:
    assert {t.type for t in load_triggers().triggers} <= set(PLOVER_TYPES)


def test_every_trigger_mode_is_a_mode_of_its_type() -> None:
    ontology = load_ontology()
    for trig in load_triggers().triggers:
        for mode in [trig.mode, *trig.modes_by_word.values(), *trig.modes_by_modifier.values()]:
            assert mode is None or ontology.is_mode(trig.type, mode), (trig.id, mode)


GOOD_TRIGGER = {"id": "test.zap", "type": "ASSAULT", "pos": "VERB", "lemmas": ["zap"], "mode": "missile"}


def test_patched_trigger_file_is_what_loads(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [GOOD_TRIGGER])
    (trig,) = load_triggers().candidates("zap", "VERB")
    assert (trig.id, trig.type, trig.mode) == ("test.zap", "ASSAULT", "missile")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown keys"),
        ({"type": "ATTACK"}, "not a PLOVER type"),
        ({"type": "assault"}, "not a PLOVER type"),
        ({"pos": "ADV"}, "pos"),
        ({"mode": "laser"}, "not a mode of ASSAULT"),
        ({"mode": "riot"}, "not a mode of ASSAULT"),  # a PROTEST mode
        ({"modes_by_word": {"laser": "laser"}}, "not a mode of ASSAULT"),
        ({"modes_by_modifier": {"laser": "laser"}}, "not a mode of ASSAULT"),
        ({"modes_by_modifier": ["laser"]}, "must map words to modes"),
        ({"lemmas": "zap"}, "lemmas"),
        ({"subjects": "supporter"}, "subjects"),
        ({"predicates": "terrorist"}, "predicates"),
        ({"objects": ["@persons"]}, "unknown word class"),
        ({"prep_objects": {"at": ["@weapons", "car"]}}, "unknown word class"),
    ],
)
def test_malformed_trigger_record_is_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None, change: dict[str, Any], message: str
) -> None:
    serve_jsonl(monkeypatch, [GOOD_TRIGGER, {**GOOD_TRIGGER, **change}])
    with pytest.raises(DataFileError, match=message) as raised:
        load_triggers()
    assert "record 2" in str(raised.value)


def test_a_repeated_hand_written_trigger_id_is_rejected(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [GOOD_TRIGGER, {**GOOD_TRIGGER, "lemmas": ["blast"]}])
    with pytest.raises(DataFileError, match=r"'test\.zap' repeats"):
        load_triggers()


def test_the_hand_written_trigger_ids_are_unique() -> None:
    ids = [t.id for t in load_triggers().triggers if t.origin != "petrarch2"]
    assert len(ids) == len(set(ids))


def test_the_people_class_stands_for_every_word_that_names_people(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None
) -> None:
    serve_jsonl(
        monkeypatch,
        [
            {**GOOD_TRIGGER, "objects": ["@people", "crew"]},
            {**GOOD_TRIGGER, "id": "t.at", "prep_objects": {"at": ["@people"]}},
        ],
    )
    objects, at = load_triggers().candidates("zap", "VERB")
    assert lexicon.PEOPLE_CLASS not in objects.objects
    # person nouns of casualty_words.json, personal pronouns, one-word titles, and the listed word
    assert {"academic", "villager", "them", "minister", "crew"} <= objects.objects
    assert not {"who", "prime minister", "car"} & objects.objects
    assert at.prep_objects["at"] == lexicon.people_words()


def test_the_place_class_stays_the_marker_and_predicates_load(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None
) -> None:
    serve_jsonl(
        monkeypatch,
        [
            {**GOOD_TRIGGER, "objects": ["@place", "town"]},
            {**GOOD_TRIGGER, "id": "t.named", "predicates": ["terrorist"]},
        ],
    )
    place, named = load_triggers().candidates("zap", "VERB")
    assert place.objects == {lexicon.PLACE_CLASS, "town"}  # matched against the marker of a named place
    assert named.predicates == {"terrorist"} and named.specificity == 1


def test_the_hand_triggers_name_the_place_class_and_predicates() -> None:
    by_id = {t.id: t for t in load_triggers().triggers}
    assert lexicon.PLACE_CLASS in by_id["assault.occupy-place"].objects
    assert "terrorist" in by_id["sanction.designate-terrorist"].predicates


def test_the_named_person_class_stays_the_marker(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [{**GOOD_TRIGGER, "objects": ["@named_person", "captive"]}])
    (named,) = load_triggers().candidates("zap", "VERB")
    assert named.objects == {lexicon.NAMED_PERSON_CLASS, "captive"}  # matched against a name's marker


def test_a_release_takes_a_captive_named_by_name_but_a_beating_does_not() -> None:
    by_id = {t.id: t for t in load_triggers().triggers}
    assert lexicon.NAMED_PERSON_CLASS in by_id["concede.verb"].objects
    assert lexicon.NAMED_PERSON_CLASS not in by_id["assault.beat-person"].objects  # "beat Federer"


def test_the_money_class_stays_the_marker(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [{**GOOD_TRIGGER, "objects": ["@money", "grant"]}])
    (money,) = load_triggers().candidates("zap", "VERB")
    assert money.objects == {lexicon.MONEY_CLASS, "grant"}  # matched against a sum's marker


def test_an_unknown_word_class_is_rejected(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [{**GOOD_TRIGGER, "objects": ["@cash"]}])
    with pytest.raises(DataFileError, match="unknown word class"):
        load_triggers()


def test_the_hand_triggers_give_money_to_a_side() -> None:
    by_id = {t.id: t for t in load_triggers().triggers}
    assert by_id["aid.money"].objects == {lexicon.MONEY_CLASS}
    assert by_id["aid.money"].preps == {"to"}


def test_the_hand_triggers_name_the_people_class() -> None:
    beat = next(t for t in load_triggers().triggers if t.id == "assault.beat-person")
    assert beat.objects == lexicon.people_words()


# --- actor_sectors.json and organisations.jsonl ----------------------------------------------------


@pytest.mark.parametrize(
    "section",
    [["birthday"], {"heads": ["party"], "words": ["birthday"]}, {"heads": "party", "words": [], "sector": "CVL"}],
)
def test_malformed_gathering_modifiers_are_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None, section: object
) -> None:
    raw = {**lexicon.read_json(lexicon.SECTORS_FILE), "gathering_modifiers": section}
    monkeypatch.setattr(lexicon, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match="gathering_modifiers"):
        load_actor_lexicon()


def test_actor_lexicon_loads() -> None:
    actors = load_actor_lexicon()
    assert actors.gathering_sector("party", ["a", "birthday"]) == "CVL"
    assert actors.gathering_sector("party", ["the", "ruling"]) is None
    assert actors.gathering_sector("army", ["birthday"]) is None
    assert actors.head_nouns["police"] == "COP"
    assert actors.head_nouns["army"] == "MIL"
    assert "state" in actors.condition_heads  # "a state of emergency" is no party
    assert "officer" in actors.police_context_heads
    assert "jet" in actors.machine_heads and "fighter" in actors.machine_kinds  # "fighter jets"
    assert "police" not in actors.machine_kinds  # "police helicopters" are the police's
    assert actors.titles["prime minister"] == "GOV"
    assert {"proposal", "decision", "bid"} <= actors.act_heads  # "Kenya's bid" is Kenya's
    assert "town" not in actors.act_heads
    assert {"official", "state-run"} <= actors.state_media_modifiers and "private" not in actors.state_media_modifiers
    assert len(actors.organisations) > 50


def test_malformed_act_heads_are_rejected(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    raw = {**lexicon.read_json(lexicon.SECTORS_FILE), "act_heads": ["proposal"]}
    monkeypatch.setattr(lexicon, "read_json", lambda name: raw)
    with pytest.raises(DataFileError, match="act_heads"):
        load_actor_lexicon()


def test_state_run_agencies_are_marked_and_others_are_not() -> None:
    actors = load_actor_lexicon()
    kcna, yonhap, reuters = (actors.organisation(name) for name in ("KCNA", "Yonhap", "Reuters"))
    assert kcna is not None and kcna.state_run
    assert yonhap is not None and not yonhap.state_run
    assert reuters is not None and not reuters.state_run


def test_a_state_run_flag_that_is_no_boolean_is_rejected(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [{**GOOD_ORG, "state_run": "yes"}])
    with pytest.raises(DataFileError, match="record 1: state_run"):
        load_actor_lexicon()


@pytest.mark.parametrize("alias", ["Nato", "NATO", "the North Atlantic Treaty Organization"])
def test_nato_is_an_international_organisation_without_country(alias: str) -> None:
    org = load_actor_lexicon().organisation(alias)
    assert org is not None and (org.name, org.country, org.sector) == ("NATO", None, "IGO")


@pytest.mark.parametrize("alias", ["the IRGC", "IRGC", "IRGC's", "the Revolutionary Guards"])
def test_irgc_is_iranian_military(alias: str) -> None:
    org = load_actor_lexicon().organisation(alias)
    assert org is not None and (org.country, org.sector) == ("IRN", "MIL")


@pytest.mark.parametrize(
    ("alias", "name", "country", "sector"),
    [
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "MLI", "REB"),
        ("the Arakan Army", "Arakan Army", "MMR", "REB"),
        ("ISWAP", "Islamic State West Africa Province", "NGA", "REB"),
        ("CODECO", "CODECO", "COD", "UAF"),
        ("Tren de Aragua", "Tren de Aragua", "VEN", "CRM"),
        # bodies and agencies of 1990s wire copy
        ("the OSCE", "OSCE", None, "IGO"),
        ("Organization of African Unity", "African Union", None, "IGO"),
        ("UNSCOM", "UNSCOM", None, "IGO"),
        ("Tanjug", "Tanjug", "SRB", "MED"),
    ],
)
def test_armed_groups_and_bodies_the_phoenix_lists_lack_are_known(
    alias: str, name: str, country: str | None, sector: str
) -> None:
    org = load_actor_lexicon().organisation(alias)
    assert org is not None and (org.name, org.country, org.sector) == (name, country, sector)


def test_taliban_is_an_afghan_rebel_group() -> None:
    org = load_actor_lexicon().organisation("the Taliban")
    assert org is not None and (org.name, org.country, org.sector) == ("Taliban", "AFG", "REB")


@pytest.mark.parametrize("text", ["Acme Holdings", "the", "Iraq"])
def test_text_that_is_no_alias_names_no_organisation(text: str) -> None:
    assert load_actor_lexicon().organisation(text) is None


GOOD_ORG = {"name": "Test Front", "aliases": ["Test Front"], "country": "IRQ", "sector": "REB"}


@pytest.mark.parametrize("bad_country", ["Iraq", "iraq", "IQ", "IRAQ", 368])
def test_organisation_with_bad_country_code_is_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None, bad_country: object
) -> None:
    serve_jsonl(monkeypatch, [GOOD_ORG, {**GOOD_ORG, "name": "Other Front", "country": bad_country}])
    with pytest.raises(DataFileError, match="record 2: country must be ISO 3166-1 alpha-3"):
        load_actor_lexicon()


@pytest.mark.parametrize(
    "row",
    [
        {"name": "Test Front", "aliases": ["Test Front"], "country": None},
        {"aliases": ["Test Front"], "country": None, "sector": "REB"},
        {"name": "Test Front", "aliases": "Test Front", "country": None, "sector": "REB"},
    ],
)
def test_organisation_without_name_sector_or_alias_list_is_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None, row: dict[str, Any]
) -> None:
    serve_jsonl(monkeypatch, [row])
    with pytest.raises(DataFileError, match="record 1"):
        load_actor_lexicon()


def test_organisation_with_null_country_loads(monkeypatch: pytest.MonkeyPatch, fresh_lexicons: None) -> None:
    serve_jsonl(monkeypatch, [{**GOOD_ORG, "country": None, "sector": "IGO"}])
    org = load_actor_lexicon().organisation("the Test Front")
    assert org is not None and (org.name, org.country) == ("Test Front", None)


# --- sectors used by sentences ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Iraqi police arrested three men.", "COERCE", ("IRQ", "COP")),
        ("Kenyan soldiers arrested five men in Mandera on Monday.", "COERCE", ("KEN", "MIL")),
        ("A Turkish court sentenced two journalists to prison.", "COERCE", ("TUR", "JUD")),
        ("Pakistani lawmakers accused India of spying.", "ACCUSE", ("PAK", "LEG")),
        ("Iranian officials accused Washington of lying.", "ACCUSE", ("IRN", "GOV")),
    ],
)
def test_head_noun_gives_the_actor_sector(
    extract_events: ExtractEvents, text: str, event_type: str, actor: tuple[str, str]
) -> None:
    (event,) = [e for e in extract_events(text) if e.type == event_type]
    assert event.actor is not None and (event.actor.country, event.actor.sector) == actor


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Four soldiers were killed by al-Shabaab militants in Mogadishu on Sunday.", "al-Shabaab", "REB"),
        ("Four soldiers were killed by Islamic State militants in Anbar province on Sunday.", "Islamic State", "REB"),
    ],
)  # fmt: skip
def test_named_organisation_keeps_its_sector(extract_events: ExtractEvents, text: str, name: str, sector: str) -> None:
    (event,) = [e for e in extract_events(text) if e.type == "ASSAULT"]
    assert event.actor is not None and (event.actor.name, event.actor.sector) == (name, sector)


def test_subject_constrained_and_adjective_triggers_load() -> None:
    triggers = load_triggers()
    gather = triggers.candidates("gather", "VERB")[0]
    assert gather.type == "PROTEST" and "supporter" in gather.subjects
    assert [t.type for t in triggers.candidates("responsible", "ADJ")] == ["ACCUSE"]
