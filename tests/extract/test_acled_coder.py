"""The ACLED coder: one decision table (acled_rules.json) over type, mode, parties and cue words.

Each of ACLED's 25 sub-event types has a row of the table test below, with a sentence written
for it (none is taken from an evaluation set), the PLOVER type and mode extraction gives such a
sentence, and its parties.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwire.errors import DataFileError
from eventwire.extract import acled as acled_module
from eventwire.extract.acled import AcledCoder, code_event, interaction, load_acled_coder, load_inter_table
from eventwire.records import Party

ARMY = Party("government troops", sector="MIL", country="NGA", kind="group")
POLICE = Party("riot police", sector="COP", country="KEN", kind="group")
REBELS = Party("rebels", sector="REB", kind="group")
GUNMEN = Party("unknown gunmen", sector="REB", kind="group")
VILLAGERS = Party("villagers", sector="CVL", kind="group")
PROTESTERS = Party("protesters", sector="OPP", kind="group")
STUDENTS = Party("students", sector="CVL", kind="group")
NOBODY = None

CASES = [
    # Battles
    ("ASSAULT", "clash", ARMY, REBELS, "Government troops and rebels exchanged fire for hours near the river crossing.",
     "Battles", "Armed clash"),
    ("ASSAULT", "occupy", ARMY, NOBODY, "The army said its soldiers had recaptured the market town.",
     "Battles", "Government regains territory"),
    ("ASSAULT", "occupy", REBELS, NOBODY, "Rebels seized the district headquarters and the town.",
     "Battles", "Non-state actor overtakes territory"),
    # Explosions/Remote violence
    ("ASSAULT", None, NOBODY, VILLAGERS, "Residents said canisters of chlorine gas were dropped on the hamlet at dawn.",
     "Explosions/Remote violence", "Chemical weapon"),
    ("ASSAULT", "airstrike", ARMY, REBELS, "Warplanes pounded rebel positions outside the city overnight.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "bombing", NOBODY, NOBODY, "A man in an explosive vest blew himself up at the stadium.",
     "Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "shelling", REBELS, NOBODY, "Mortar rounds landed in the old quarter, wrecking two houses.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "bombing", NOBODY, ARMY, "A roadside bomb tore through an army truck on the highway.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "grenade", NOBODY, POLICE, "Attackers lobbed a hand grenade into the police post, wounding three.",
     "Explosions/Remote violence", "Grenade"),
    # Violence against civilians
    ("ASSAULT", "sexual", GUNMEN, VILLAGERS, "Witnesses said the gunmen raped several women during the raid.",
     "Violence against civilians", "Sexual violence"),
    ("ASSAULT", "firearms", GUNMEN, VILLAGERS, "Unknown gunmen shot dead four villagers working in their fields.",
     "Violence against civilians", "Attack"),
    ("ASSAULT", "abduction", GUNMEN, STUDENTS, "Armed men kidnapped eleven students from their dormitory.",
     "Violence against civilians", "Abduction/forced disappearance"),
    # Protests
    ("PROTEST", "demonstration", STUDENTS, NOBODY, "Students marched to parliament against the fee rise.",
     "Protests", "Peaceful protest"),
    ("PROTEST", "demonstration", PROTESTERS, NOBODY, "Police fired tear gas to disperse the teachers.",
     "Protests", "Protest with intervention"),
    ("PROTEST", "demonstration", PROTESTERS, NOBODY, "Soldiers fired live ammunition at the protest.",
     "Protests", "Excessive force against protesters"),
    # Riots
    ("PROTEST", "demonstration", PROTESTERS, NOBODY, "Demonstrators hurled stones at police and set fire to a bank.",
     "Riots", "Violent demonstration"),
    ("ASSAULT", "beating", NOBODY, NOBODY, "An angry mob lynched a man accused of stealing a goat.",
     "Riots", "Mob violence"),
    # Strategic developments
    ("AGREE", "ceasefire", ARMY, REBELS, "The two sides signed a ceasefire in the capital on Sunday.",
     "Strategic developments", "Agreement"),
    ("COERCE", "arrest", POLICE, NOBODY, "Police arrested thirty people suspected of smuggling fuel.",
     "Strategic developments", "Arrests"),
    ("COOPERATE", "group_change", REBELS, NOBODY, "Two rebel factions announced they would merge under one command.",
     "Strategic developments", "Change to group/activity"),
    ("COERCE", "disrupt", ARMY, NOBODY, "Army engineers defused a bomb planted under the bridge.",
     "Strategic developments", "Disrupted weapons use"),
    ("COERCE", "seize", ARMY, NOBODY, "Soldiers found a cache of rifles and ammunition buried in a farm.",
     "Strategic developments", "Disrupted weapons use"),
    ("MOBILIZE", "base", REBELS, NOBODY, "The insurgents set up a new base in the hills above the valley.",
     "Strategic developments", "Headquarters or base established"),
    ("COERCE", "seize", GUNMEN, NOBODY, "Armed men looted shops and carried off grain from the market.",
     "Strategic developments", "Looting/property destruction"),
    ("ASSAULT", "occupy", REBELS, NOBODY, "Rebels took the town without a fight after the garrison left.",
     "Strategic developments", "Non-violent transfer of territory"),
    ("ASSAULT", "missile", Party("Pyongyang", sector="GOV", country="PRK"), NOBODY,
     "Pyongyang test-fired a new medium-range missile into the sea off its east coast.",
     "Strategic developments", "Other"),
]  # fmt: skip


@pytest.mark.parametrize(("plover", "mode", "actor", "target", "sentence", "event_type", "sub_type"), CASES)
def test_each_sub_event_type_has_its_rule(
    plover: str,
    mode: str | None,
    actor: Party | None,
    target: Party | None,
    sentence: str,
    event_type: str,
    sub_type: str,
) -> None:
    code = code_event(plover, mode, actor, target, [sentence])
    assert code is not None, sentence
    assert (code.event_type, code.sub_event_type) == (event_type, sub_type), code.rule


def test_the_table_covers_all_twenty_five_sub_types() -> None:
    coded = {rule.code for rule in load_acled_coder().rules if rule.code is not None}
    assert {code[1] for code in coded} >= {case[6] for case in CASES}
    assert len({case[6] for case in CASES}) == 25  # "Other": weapons tests; the rest is left to a human coder


def test_first_matching_rule_wins() -> None:
    # A grenade thrown by demonstrators is a violent demonstration: protest rules come first.
    code = code_event("PROTEST", "demonstration", PROTESTERS, None, ["Protesters threw a grenade at the police line."])
    assert code is not None and code.sub_event_type == "Violent demonstration"
    code = code_event("ASSAULT", "grenade", None, POLICE, ["A grenade was thrown at the police line."])
    assert code is not None and code.sub_event_type == "Grenade"


def test_events_outside_acled_get_no_code() -> None:
    assert code_event("CONSULT", "meet", ARMY, REBELS, ["The two commanders met for talks."]) is None
    assert code_event("PROTEST", "boycott", STUDENTS, None, ["Students boycotted the exams."]) is None


def test_non_violent_is_not_violent() -> None:
    code = code_event("PROTEST", "demonstration", PROTESTERS, None, ["Thousands of non-violent protesters marched."])
    assert code is not None and code.sub_event_type == "Peaceful protest"


def test_a_strike_coded_from_the_air_is_an_air_strike_without_an_air_word() -> None:
    # "An Israeli strike killed a commander": extraction's mode says air; the snippet has no air word.
    sentence = "A strike killed a senior commander of the group in the capital on Monday."
    code = code_event("ASSAULT", "airstrike", Party("Israel", country="ISR", sector="MIL"), REBELS, [sentence])
    assert code is not None and code.sub_event_type == "Air/drone strike"
    ground = code_event("ASSAULT", None, Party("Israel", country="ISR", sector="MIL"), REBELS, [sentence])
    assert ground is not None and ground.sub_event_type == "Armed clash"


def test_weapon_words_tell_air_strikes_from_shelling_and_ieds() -> None:
    def sub(sentence: str) -> str | None:
        code = code_event("ASSAULT", None, None, None, [sentence])
        return code.sub_event_type if code else None

    assert sub("A drone struck a car carrying two commanders.") == "Air/drone strike"
    assert sub("Artillery shells hit the outskirts of the city.") == "Shelling/artillery/missile attack"
    assert sub("A landmine exploded under a minibus.") == "Remote explosive/landmine/IED"
    assert sub("Militants blew up a gas pipeline in the north on Tuesday.") == "Remote explosive/landmine/IED"
    assert sub("Anti-aircraft guns fired at the hills.") != "Air/drone strike"


@pytest.mark.parametrize(
    ("party", "event_type", "actor", "code"),
    [
        (ARMY, "Battles", True, 1),
        (Party("soldiers", sector="MIL", country="USA"), "Battles", True, 8),  # abroad: external forces
        (REBELS, "Battles", True, 2),
        (GUNMEN, "Violence against civilians", True, 3),  # unidentified armed group
        (Party("Fulani herdsmen", kind="group"), "Battles", True, 4),
        (PROTESTERS, "Riots", True, 5),
        (PROTESTERS, "Protests", True, 6),
        (STUDENTS, "Protests", True, 6),
        (VILLAGERS, "Riots", False, 7),
        (Party("UN peacekeepers", sector="IGO"), "Battles", False, 8),
        (Party("the town"), "Battles", True, None),
    ],
)
def test_inter_codes_come_from_sector_or_words(party: Party, event_type: str, actor: bool, code: int | None) -> None:
    assert load_inter_table().code(party, "NGA", event_type, actor=actor) == code


def test_coded_event_carries_inter_codes_and_interaction() -> None:
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, ["Gunmen shot dead four villagers."])
    assert code is not None
    assert (code.inter1, code.inter2, code.interaction) == (3, 7, 37)
    assert code.as_dict() == {
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "rule": code.rule,
        "inter1": "3",
        "inter2": "7",
        "interaction": "37",
    }
    assert interaction(None, None) is None


def test_data_files_load_and_every_cue_list_is_used() -> None:
    coder = load_acled_coder()
    assert isinstance(coder, AcledCoder) and len(coder.rules) > 25
    used = {c for r in coder.rules for c in (*r.cues, *r.any_cues, *r.no_cues)}
    assert used == set(coder.cues)
    for name in ("acled_rules.json", "acled_cues.json", "acled_actors.json"):
        raw = json.loads(resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8"))
        assert raw["version"] == 1 and "ACLED codebook" in raw["about"]


def test_a_rule_naming_an_unknown_cue_list_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    real = acled_module.read_json

    def fake(name: str) -> dict[str, object]:
        if name == acled_module.RULES_FILE:
            return {"version": 1, "rules": [{"id": "x", "any_cues": ["nonesuch"], "code": ["Battles", "Armed clash"]}]}
        return real(name)

    monkeypatch.setattr(acled_module, "read_json", fake)
    load_acled_coder.cache_clear()
    try:
        with pytest.raises(DataFileError, match="nonesuch"):
            load_acled_coder()
    finally:
        load_acled_coder.cache_clear()


def test_civilians_fighting_each_other_are_mob_violence() -> None:
    sentence = "Villagers clashed with sticks and machetes over a grazing field, and a farmer was killed."
    code = code_event("ASSAULT", "clash", VILLAGERS, None, [sentence])
    assert code is not None and code.sub_event_type == "Mob violence"


def test_property_destroyed_in_an_attack_is_not_looting() -> None:
    sentence = "The militants killed ten people and set fire to houses before fleeing."
    assert code_event("COERCE", "seize", GUNMEN, None, [sentence]) is None
    looted = code_event("COERCE", "seize", GUNMEN, None, ["Armed men looted the village granary at night."])
    assert looted is not None and looted.sub_event_type == "Looting/property destruction"


def test_an_invasion_by_state_forces_is_a_battle_and_one_that_burns_homes_is_destruction() -> None:
    # PLOVER codes the occupation of territory (CAMEO 192) as COERCE, seize
    army = Party("the army", sector="MIL", country="RUS", kind="group")
    invaded = code_event("COERCE", "seize", army, None, ["Russian forces invaded the country from three sides."])
    assert invaded is not None and invaded.sub_event_type == "Armed clash"
    burned = code_event("COERCE", "seize", army, None, ["Soldiers invaded the hamlet and torched homes."])
    assert burned is not None and burned.sub_event_type == "Looting/property destruction"
    # controls: goods seized with no invasion stay looting; so do villages a non-state group invades
    seized = code_event("COERCE", "seize", GUNMEN, None, ["Armed men seized cattle from herders."])
    assert seized is not None and seized.sub_event_type == "Looting/property destruction"
    raided = code_event("COERCE", "seize", GUNMEN, None, ["Gunmen invaded the village at night."])
    assert raided is not None and raided.sub_event_type != "Armed clash"


def test_who_reports_an_attack_is_not_taken_for_its_target() -> None:
    code = code_event(
        "ASSAULT", "firearms", GUNMEN, None, ["Gunmen shot dead four farmers near the river, police said."]
    )
    assert code is not None and code.sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("plover", "mode", "sentence"),
    [
        ("ASSAULT", None, "A minibus plunged into a river near the bridge, killing nine passengers."),
        ("ASSAULT", None, "Two houses collapsed after days of heavy rain, killing a mother and her son."),
        ("ASSAULT", "bombing", "A gas explosion ripped through a bakery in the old town, killing three workers."),
        ("OTHER", "accident", "Eleven pilgrims drowned when their ferry capsized on the lake."),
        ("ASSAULT", None, "A lorry collided with a bus on the coast road, leaving fourteen people dead."),
        ("ASSAULT", None, "An army helicopter crashed into a hillside in fog, killing its crew of five."),
        ("ASSAULT", "firearms", "A boy accidentally shot his younger sister with a pistol he found in a drawer."),
        ("ASSAULT", "firearms", "The man was hurt when his rifle went off accidentally as he climbed a fence."),
    ],
)  # fmt: skip
def test_accidents_get_no_acled_code(plover: str, mode: str | None, sentence: str) -> None:
    # Crashes, collapses, drownings and gas explosions are no political violence (ACLED records none).
    assert code_event(plover, mode, None, VILLAGERS, [sentence]) is None


def test_violence_beside_an_accident_word_is_still_coded() -> None:
    after_crash = "A driver was shot dead by another motorist after a minor crash on the ring road."
    code = code_event("ASSAULT", "firearms", None, VILLAGERS, [after_crash])
    assert code is not None and code.sub_event_type == "Attack"
    sentence = "Gunmen ambushed the bus after it overturned on the road, killing six passengers."
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, [sentence])
    assert code is not None and code.event_type == "Violence against civilians"
    # troops named beside an accidental shooting leave it to the rules of who was hit
    sentence = "Soldiers at a checkpoint accidentally shot dead two villagers returning from market."
    code = code_event("ASSAULT", "firearms", ARMY, VILLAGERS, [sentence])
    assert code is not None and code.event_type == "Violence against civilians"


def test_a_weapons_test_is_other_and_a_missile_attack_is_not() -> None:
    test_code = code_event("ASSAULT", "missile", ARMY, None, ["The army test-fired a new anti-ship missile at sea."])
    assert test_code is not None and test_code.sub_event_type == "Other"
    attack = code_event(
        "ASSAULT", "missile", REBELS, None, ["Rebels fired missiles at the airport, killing two guards."]
    )
    assert attack is not None and attack.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("actor", "sentence", "sub_type"),
    [
        (PROTESTERS, "Protesters outside the ministry demanded the release of the jailed reporters.",
         "Peaceful protest"),
        (NOBODY, "Marching crowds demanded new elections until police fired tear gas at them.",
         "Protest with intervention"),
        (PROTESTERS, "Demonstrators hurled stones at the police as they demanded the mayor resign.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_demands_voiced_at_a_demonstration_are_the_protest(actor: Party | None, sentence: str, sub_type: str) -> None:
    code = code_event("REQUEST", "demand", actor, None, [sentence])
    assert code is not None and code.sub_event_type == sub_type, code
    # A demand with no demonstration is no protest.
    assert code_event("REQUEST", "demand", PROTESTERS, None, ["The opposition demanded a recount."]) is None


def test_troops_deployed_are_a_change_to_group_activity_but_exercises_are_not() -> None:
    sentence = "The army moved two armoured brigades and artillery to the northern border on Friday."
    code = code_event("MOBILIZE", "deploy", ARMY, None, [sentence])
    assert code is not None and code.sub_event_type == "Change to group/activity"
    assert code_event("MOBILIZE", "deploy", ARMY, None, ["The army deployed tanks for a joint exercise."]) is None
    assert code_event("MOBILIZE", "deploy", STUDENTS, None, ["Students deployed banners on campus."]) is None


def test_reported_violence_is_coded_as_the_violence() -> None:
    accused = code_event("ACCUSE", "criticize", Party("Amnesty International", sector="NGO"), ARMY,
                         ["Amnesty accused government troops of raping women in the camps."])  # fmt: skip
    assert accused is not None and accused.sub_event_type == "Sexual violence"
    condemned = code_event("ACCUSE", "criticize", None, None, ["Lawyers condemned the arrest of the union leader."])
    assert condemned is not None and condemned.sub_event_type == "Arrests"
    welcomed = code_event("SUPPORT", "praise", Party("Egypt", sector="GOV", country="EGY"), None,
                          ["Egypt welcomed the truce between the two armed movements."])  # fmt: skip
    assert welcomed is not None and welcomed.sub_event_type == "Agreement"
    # Blame with no violence, arrest or deal in it stays uncoded.
    assert code_event("ACCUSE", "criticize", None, ARMY, ["The minister criticised the army's budget."]) is None


def test_armed_groups_killing_named_civilians_is_an_attack_even_beside_soldiers() -> None:
    sentence = "Militants stormed the village and killed twelve farmers before the army arrived."
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, [sentence])
    assert code is not None and code.sub_event_type == "Attack"
    # Gunmen who also hit a military post fight an armed side: a battle.
    both = "Gunmen killed nine people, attacking a market and an army post near the border."
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, [both])
    assert code is not None and code.sub_event_type == "Armed clash"


def test_a_civilian_shot_by_nobody_named_is_an_attack_whatever_police_do() -> None:
    """Crime copy names the police who respond or ask for help; the shooter is unknown: an attack
    on a civilian (ACLED Violence against civilians), not a clash between armed sides."""
    man = Party("a 19-year-old man", sector="CVL", kind="person")
    asked = "Police in Toledo are asking for help after a 19-year-old man was shot dead on Monday."
    code = code_event("ASSAULT", "firearms", NOBODY, man, [asked])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Violence against civilians", "Attack")
    # A firefight the police were in is a clash.
    fought = "A man was shot dead on Monday in an exchange of gunfire with police in Toledo."
    code = code_event("ASSAULT", "firearms", NOBODY, man, [fought])
    assert code is not None and code.sub_event_type == "Armed clash"
    # Stabbed or beaten by nobody named is the same attack on a civilian.
    for mode, told in [
        ("stabbing", "Police identified a 19-year-old man fatally stabbed on Sunday near Elm Street."),
        ("beating", "Officers found a woman beaten unconscious in a parking garage on Friday."),
    ]:
        code = code_event("ASSAULT", mode, NOBODY, man, [told])
        assert code is not None and code.sub_event_type == "Attack", told


def test_people_killed_in_a_clash_between_armed_groups_are_a_battle() -> None:
    """Civilians or people caught in a clash between gangs or armed sides: ACLED codes the clash."""
    people = Party("three people", sector="CVL", kind="group")
    told = "Three people were killed on Sunday in a clash between two rival gangs in the capital."
    code = code_event("ASSAULT", "clash", NOBODY, people, [told])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Battles", "Armed clash")
    # Without a clash, people killed by armed men are attacked.
    shot = "Gunmen killed three people on Sunday in the capital."
    code = code_event("ASSAULT", "firearms", GUNMEN, people, [shot])
    assert code is not None and code.sub_event_type == "Attack"


def test_people_who_riot_are_a_violent_demonstration_whatever_they_are_called() -> None:
    """ "Fans rioted ..., hurling petrol bombs at police": the bombs are the rioters' projectiles, no
    remote explosive; a mob that rioted and lynched someone is mob violence."""
    fans = Party("football fans", sector="CVL", kind="group")
    rioted = "Football fans rioted in the city centre, smashing shop windows and hurling petrol bombs at police."
    code = code_event("ASSAULT", "bombing", fans, POLICE, [rioted])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Riots", "Violent demonstration")
    lynched = "A mob rioted in the market and beat two men accused of theft."
    code = code_event("ASSAULT", "beating", Party("a mob", sector="CVL", kind="group"), None, [lynched])
    assert code is not None and code.sub_event_type == "Mob violence"
    # Gunmen are no rioters, whatever the report calls the unrest.
    gunmen = "Gunmen opened fire on a bus during the riots, killing six passengers."
    code = code_event("ASSAULT", "firearms", GUNMEN, VILLAGERS, [gunmen])
    assert code is not None and code.event_type != "Riots"


def test_state_forces_capturing_a_place_regain_it_whatever_shelling_came_before() -> None:
    army = Party("Malian troops", sector="MIL", country="MLI", kind="group")
    took = "Malian troops fought their way into the rebel-held town, capturing it after weeks of shelling."
    code = code_event("ASSAULT", "clash", army, REBELS, [took])
    assert code is not None and code.sub_event_type == "Government regains territory"
    # Fighters captured in a village are arrested people, not territory.
    held = "Malian troops clashed with rebels in a village and captured 20 fighters."
    code = code_event("ASSAULT", "clash", army, REBELS, [held])
    assert code is not None and code.sub_event_type != "Government regains territory"


def test_troops_marching_into_a_town_are_no_demonstration() -> None:
    sentence = "The troops seized the hill and marched into the outskirts of the port city."
    assert code_event("PROTEST", "demonstration", ARMY, None, [sentence]) is None
    rally = code_event("PROTEST", "demonstration", Party("police officers", sector="COP"), None,
                       ["Police officers marched to parliament to protest unpaid wages."])  # fmt: skip
    assert rally is not None and rally.event_type == "Protests"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rioters set ablaze two buses outside the stadium as the protest went on.",
        "Demonstrators put up barricades of burning tyres on the main road.",
        "The rally descended into violence after dark.",
        "Students rioted on the campus after the verdict.",
    ],
)
def test_destruction_by_demonstrators_is_a_violent_demonstration(sentence: str) -> None:
    code = code_event("PROTEST", "demonstration", PROTESTERS, None, [sentence])
    assert code is not None and code.sub_event_type == "Violent demonstration", code


def test_a_captured_commander_is_an_arrest_and_seized_arms_are_disrupted_weapons() -> None:
    commander = Party("a rebel commander", sector="REB", kind="person")
    sentence = "Soldiers captured a rebel commander who ran the group's bomb-making cell."
    code = code_event("COERCE", "seize", ARMY, commander, [sentence])
    assert code is not None and code.sub_event_type == "Arrests"
    arms = code_event("COERCE", "seize", ARMY, None, ["Soldiers seized rifles and grenades at a roadblock."])
    assert arms is not None and arms.sub_event_type == "Disrupted weapons use"


def test_looting_rioters_with_petrol_bombs_are_no_disrupted_weapons() -> None:
    sentence = "Rioters looted a bank and attacked officers with petrol bombs and bricks."
    code = code_event("COERCE", "seize", PROTESTERS, None, [sentence])
    assert code is not None and code.sub_event_type == "Violent demonstration"


def test_territory_taken_after_bombardment_is_no_peaceful_transfer() -> None:
    sentence = "Troops entered the two villages after the rebels withdrew under heavy artillery fire."
    code = code_event("ASSAULT", "occupy", ARMY, None, [sentence])
    assert code is not None and code.sub_event_type == "Government regains territory"
    quiet = code_event(
        "RETREAT", "military", REBELS, None, ["The rebels pulled out and the army entered without fighting."]
    )
    assert quiet is not None and quiet.sub_event_type == "Non-violent transfer of territory"


def test_unrest_alone_is_no_demonstration() -> None:
    assert code_event("PROTEST", "riot", None, None, ["Unrest has spread to three more provinces."]) is None
    looted = code_event("PROTEST", "riot", None, None, ["In the unrest, shops in the centre were looted overnight."])
    assert looted is not None and looted.sub_event_type == "Looting/property destruction"
    quiet = code_event("PROTEST", "riot", PROTESTERS, None, ["Protesters waved flags in the unrest-hit town square."])
    assert quiet is not None and quiet.sub_event_type == "Peaceful protest"


def test_foreign_forces_taking_a_place_from_rebels_regain_it_for_the_government() -> None:
    kenyans = Party("Kenyan troops", sector="MIL", country="KEN", kind="group")
    sentence = "Kenyan troops seized the port town from al-Shabaab fighters."
    code = code_event("ASSAULT", "occupy", kenyans, Party("al-Shabaab", sector="REB"), [sentence], event_country="SOM")
    assert code is not None and code.inter1 == 8
    assert code.sub_event_type == "Government regains territory"


def test_aircraft_shot_down_or_striking_is_no_accident() -> None:
    downed = code_event(
        "ASSAULT", None, REBELS, ARMY, ["Rebels shot down an army helicopter, which crashed near the base."]
    )
    assert downed is not None and downed.event_type == "Battles"
    strike = code_event(
        "ASSAULT", "airstrike", ARMY, None, ["An airstrike hit the school, which collapsed on the pupils."]
    )
    assert strike is not None and strike.sub_event_type == "Air/drone strike"


def test_a_rally_mourning_earlier_dead_is_no_excessive_force() -> None:
    sentence = "Thousands rallied in the square to mourn the marchers shot dead by police last month."
    code = code_event("PROTEST", "demonstration", PROTESTERS, None, [sentence])
    assert code is not None and code.sub_event_type == "Peaceful protest"
    shot = code_event("PROTEST", "demonstration", PROTESTERS, None, ["Police shot dead two marchers at the rally."])
    assert shot is not None and shot.sub_event_type == "Excessive force against protesters"


def test_forces_pulling_back_with_no_taker_change_their_activity() -> None:
    moved = code_event(
        "RETREAT", "military", REBELS, None, ["Rebel units pulled back from the hills toward the capital."]
    )
    assert moved is not None and moved.sub_event_type == "Change to group/activity"
    taken = code_event("RETREAT", "military", REBELS, None,
                       ["Rebel units pulled back from the town and the army moved in hours later."])  # fmt: skip
    assert taken is not None and taken.sub_event_type == "Non-violent transfer of territory"
    envoy = code_event("RETREAT", "military", ARMY, None, ["The government withdrew its ambassador from the capital."])
    assert envoy is None or envoy.sub_event_type != "Change to group/activity"


def test_an_abduction_at_a_protest_is_an_abduction() -> None:
    sentence = "Masked men abducted two organisers of the protest as police dispersed the crowd."
    code = code_event("ASSAULT", "abduction", None, PROTESTERS, [sentence])
    assert code is not None and code.sub_event_type == "Abduction/forced disappearance"


def test_a_resignation_is_no_agreement() -> None:
    sentence = "The prime minister resigned over the ceasefire deal he had signed."
    assert code_event("RETREAT", "resign", Party("the prime minister", sector="GOV"), None, [sentence]) is None


def test_an_activist_arrested_over_a_past_protest_is_an_arrest() -> None:
    activist = Party("a student activist", sector="OPP", kind="person")
    later = "Police arrested a student activist at her home for organising last week's protest."
    code = code_event("COERCE", "arrest", POLICE, activist, [later])
    assert code is not None and code.sub_event_type == "Arrests"
    at_the_scene = "Police arrested forty protesters as they marched on the parliament."
    code = code_event("COERCE", "arrest", POLICE, PROTESTERS, [at_the_scene])
    assert code is not None and code.sub_event_type == "Protest with intervention"


def test_a_police_search_is_coded_only_for_its_arrests() -> None:
    quiet = code_event("COERCE", "search", POLICE, None, ["Police searched the offices of the paper on Monday."])
    assert quiet is None
    sweep = code_event("COERCE", "search", POLICE, None, ["Police raided the camp and arrested 14 men on Monday."])
    assert sweep is not None and sweep.sub_event_type == "Arrests"


def test_foreign_troops_shooting_civilians_is_an_attack_by_external_forces() -> None:
    troops = Party("foreign troops", sector="MIL", country="FRA", kind="group")
    code = code_event(
        "ASSAULT", "firearms", troops, VILLAGERS, ["Foreign troops shot dead two villagers at a checkpoint."], "MLI"
    )
    assert code is not None and (code.sub_event_type, code.inter1) == ("Attack", 8)


def test_a_signed_peace_deal_is_an_agreement_and_a_trade_pact_is_not_coded() -> None:
    peace = code_event("SUPPORT", "sign", ARMY, REBELS, ["The government and the rebels signed a peace deal."])
    assert peace is not None and peace.sub_event_type == "Agreement"
    trade = code_event("SUPPORT", "sign", ARMY, None, ["Kenya and Uganda signed a trade pact in Nairobi."])
    assert trade is None


def test_the_shooting_an_arrest_answers_is_an_attack_and_the_arrest_an_arrest() -> None:
    sentence = "Police arrested a man on Monday and charged him in the shooting of a teenager earlier this month."
    gunman = Party("a man", sector="CVL", kind="person")
    teenager = Party("a teenager", sector="CVL", kind="person")
    shooting = code_event("ASSAULT", "firearms", None, teenager, [sentence])
    assert shooting is not None and shooting.sub_event_type == "Attack"
    arrest = code_event("COERCE", "arrest", POLICE, gunman, [sentence])
    assert arrest is not None and arrest.sub_event_type == "Arrests"
    raid = code_event("ASSAULT", None, POLICE, None, ["Police raided the camp and detained 14 men on Monday."])
    assert raid is not None and raid.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    ("mode", "actor", "sentence", "expected"),
    [
        (None, PROTESTERS, "Thousands of protesters stormed the parliament building in the capital on Saturday.",
         "Violent demonstration"),
        ("occupy", Party("angry residents", sector="CVL", kind="group"),
         "Angry residents stormed a police station in the town and set it on fire.", "Mob violence"),
        ("occupy", VILLAGERS, "Villagers occupied the district office in the town on Monday.",
         "Violent demonstration"),
        # Rebels who storm a town still take territory.
        ("occupy", REBELS, "Rebels stormed the town on Monday and raised their flag over the district office.",
         "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_demonstrators_or_a_crowd_storming_a_building_riot_and_take_no_territory(
    mode: str | None, actor: Party, sentence: str, expected: str
) -> None:
    code = code_event("ASSAULT", mode, actor, None, [sentence])
    assert code is not None and code.sub_event_type == expected


@pytest.mark.parametrize(
    ("target", "sentence", "sub_type"),
    [
        (Party("a village chief", sector="GOV", kind="person"), "Gunmen shot dead a village chief.", "Attack"),
        (Party("the mayor of Djibo", sector="GOV", kind="person"), "Gunmen killed the mayor of Djibo.", "Attack"),
        (Party("a local councillor", sector="LEG"), "Gunmen on motorcycles killed a local councillor.", "Attack"),
        # controls: state forces are an armed side, whatever their rank
        (Party("a police chief", sector="COP", kind="person"), "Gunmen shot dead a police chief.", "Armed clash"),
        (Party("an army post", sector="MIL"), "Gunmen attacked an army post on Monday.", "Armed clash"),
        (Party("the government", sector="GOV"), "Gunmen attacked the government.", "Armed clash"),
    ],
)
def test_an_office_holder_targeted_by_violence_is_a_civilian(target: Party, sentence: str, sub_type: str) -> None:
    code = code_event("ASSAULT", "firearms", GUNMEN, target, [sentence])
    assert code is not None and code.sub_event_type == sub_type, code


def test_an_office_holder_who_acts_stays_state_forces() -> None:
    # control: the office's word makes a civilian only of the side violence is done to
    governor = Party("the governor", sector="GOV", kind="person")
    assert load_inter_table().code(governor, "NGA", "Strategic developments", actor=True) == 1
    assert load_inter_table().code(governor, "NGA", "Violence against civilians", actor=False) == 7


def test_a_malformed_unarmed_office_section_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    real = acled_module.read_json

    def fake(name: str) -> dict[str, object]:
        raw = dict(real(name))
        if name == acled_module.ACTORS_FILE:
            raw["unarmed_office"] = ["chief"]
        return raw

    monkeypatch.setattr(acled_module, "read_json", fake)
    load_inter_table.cache_clear()
    try:
        with pytest.raises(DataFileError, match="unarmed_office"):
            load_inter_table()
    finally:
        load_inter_table.cache_clear()


def test_a_lone_gunman_firing_on_a_group_is_no_mob() -> None:
    man = Party("the man", sector="CVL", kind="person")
    people = Party("people", sector="CVL", kind="group")
    shot = "Police said the man opened fire on a group of people standing outside a nightclub."
    code = code_event("ASSAULT", "firearms", man, people, [shot])
    assert code is not None and code.sub_event_type == "Attack", code
    # control: a crowd of villagers with machetes is still a mob
    hacked = "A group of villagers attacked two herders with machetes."
    code = code_event("ASSAULT", None, VILLAGERS, people, [hacked])
    assert code is not None and code.sub_event_type == "Mob violence", code


def test_a_homicide_with_no_side_named_is_an_attack_on_civilians() -> None:
    told = "Police are investigating a double homicide on the city's east side."
    code = code_event("ASSAULT", None, NOBODY, None, [told])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Violence against civilians", "Attack")
    # control: a killing in a fight between armed gangs is a battle
    fought = "Police are investigating a murder after a gunfight between two gangs in the east side."
    code = code_event("ASSAULT", None, NOBODY, None, [fought])
    assert code is not None and code.sub_event_type == "Armed clash", code


def test_state_forces_clashing_with_unarmed_people_is_a_riot() -> None:
    """Unarmed supporters, youths or villagers who clash with police fight back: ACLED codes the
    riot, not an attack on civilians (who would not clash), whichever side the sentence names first."""
    supporters = Party("supporters", sector="OPP", country="KEN", kind="group")
    told = "Clashes erupted between police and supporters of the opposition leader in the capital."
    code = code_event("ASSAULT", "clash", POLICE, supporters, [told])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Riots", "Violent demonstration")
    youths = "Youths clashed with riot police near the stadium."
    code = code_event("ASSAULT", "clash", Party("youths", sector="CVL", kind="group"), POLICE, [youths])
    assert code is not None and code.event_type == "Riots"
    # controls: an armed side is a battle; police who shoot unarmed people attack them
    code = code_event("ASSAULT", "clash", POLICE, GUNMEN, ["Police clashed with gunmen near the market."])
    assert code is not None and code.sub_event_type == "Armed clash"
    shot = "Police clashed with villagers and opened fire on them, killing two."
    code = code_event("ASSAULT", "clash", POLICE, VILLAGERS, [shot])
    assert code is not None and code.event_type != "Riots"


def test_civilians_storming_a_fence_or_gate_riot() -> None:
    migrants = Party("migrants", sector="REF", kind="group")
    stormed = "Hundreds of migrants stormed the border fence before dawn."
    code = code_event("ASSAULT", None, migrants, None, [stormed])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Riots", "Violent demonstration")
    # control: gunmen who storm a hotel are no rioters
    code = code_event("ASSAULT", "firearms", GUNMEN, None, ["Gunmen stormed a hotel in the capital."])
    assert code is not None and code.event_type != "Riots"
    # control: a few men who storm a home rob it
    robbers = Party("three men", sector="CVL", kind="group")
    code = code_event("ASSAULT", None, robbers, None, ["Three men stormed into the home and stole a TV."])
    assert code is None or code.event_type != "Riots"


def test_state_forces_that_bombed_a_place_struck_it_from_the_air() -> None:
    """Armies drop bombs from aircraft; rebels and unknown attackers set them off on the ground."""
    junta = Party("the military junta", sector="GOV", country="MMR", kind="group")
    told = "The military junta bombed a village in the north, killing 50 civilians."
    code = code_event("ASSAULT", "bombing", junta, VILLAGERS, [told])
    assert code is not None and code.sub_event_type == "Air/drone strike", code
    # controls: militants who bomb a bus set off a bomb; so do troops with planted explosives
    code = code_event("ASSAULT", "bombing", GUNMEN, None, ["Militants bombed a bus in the city."])
    assert code is not None and code.sub_event_type == "Remote explosive/landmine/IED", code
    planted = "Troops bombed the bridge with explosives planted overnight."
    code = code_event("ASSAULT", "bombing", ARMY, None, [planted])
    assert code is not None and code.sub_event_type == "Remote explosive/landmine/IED", code


def test_drugs_seized_are_no_acled_event_but_arms_are() -> None:
    seized = code_event("COERCE", "seize", POLICE, None, ["Police seized 200 kilograms of cocaine at the port."])
    assert seized is None, seized
    # controls: guns and drugs seized are disrupted weapons use; shops looted are looting
    armed = code_event("COERCE", "seize", POLICE, None, ["Police seized guns and drugs in a raid on two homes."])
    assert armed is not None and armed.sub_event_type == "Disrupted weapons use", armed
    looted = code_event("COERCE", "seize", ARMY, None, ["Soldiers looted shops selling drugs and food."])
    assert looted is not None and looted.sub_event_type == "Looting/property destruction", looted


def test_an_attacker_named_is_no_attack_that_makes_destruction_part_of_one() -> None:
    """ "the homes of two attackers" names people, not an attack in the snippet: the homes
    demolished are property destruction; "attacked the village and burned homes" is one attack."""
    army = Party("Israeli troops", sector="MIL", country="ISR", kind="group")
    told = "Israeli troops demolished the homes of two Palestinian attackers in Hebron."
    code = code_event("COERCE", "seize", army, None, [told])
    assert code is not None and code.sub_event_type == "Looting/property destruction", code
    fought = "Gunmen attacked the village and burned homes."
    assert code_event("COERCE", "seize", GUNMEN, None, [fought]) is None


def test_demonstrators_who_burn_or_loot_riot() -> None:
    supporters = Party("opposition supporters", sector="OPP", country="SEN", kind="group")
    told = "Opposition supporters set fire to the ruling party's headquarters in the capital."
    code = code_event("COERCE", "seize", supporters, None, [told])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Riots", "Violent demonstration"), code
    # controls: unknown assailants who burn a church destroy property; so do soldiers who loot
    code = code_event("COERCE", "seize", GUNMEN, None, ["Unknown assailants burned down a church."])
    assert code is not None and code.sub_event_type == "Looting/property destruction", code
    code = code_event("COERCE", "seize", ARMY, None, ["Soldiers looted shops in the market."])
    assert code is not None and code.sub_event_type == "Looting/property destruction", code


def test_a_suspect_turning_himself_in_is_no_agreement() -> None:
    suspect = Party("the suspect", sector="CRM", country="USA", kind="group")
    police = Party("police", sector="COP", country="USA", kind="group")
    told = "The suspect surrendered to police on Tuesday."
    assert code_event("RETREAT", "surrender", suspect, police, [told]) is None
    # control: fighters who surrender to the army make an agreement
    fighters = "Ten rebels surrendered to security forces in the east."
    code = code_event("RETREAT", "surrender", REBELS, ARMY, [fighters])
    assert code is not None and code.sub_event_type == "Agreement", code


def test_a_crowd_of_supporters_clashing_with_police_riots_and_a_mob_stays_a_mob() -> None:
    """A crowd word ("supporters", "villagers") had made any clash of civilians mob violence, even
    one with the police; a crowd that clashes with state forces riots (ACLED: violent demonstration)."""
    supporters = Party("supporters of the former prime minister", sector="CVL", country="PAK", kind="group")
    told = "Supporters of the former prime minister clashed with police after his arrest."
    code = code_event("ASSAULT", "clash", supporters, POLICE, [told])
    assert code is not None and (code.event_type, code.sub_event_type) == ("Riots", "Violent demonstration"), code
    # controls: an angry mob is mob violence; villagers who fight each other too
    mob = Party("an angry mob", sector="CVL", kind="group")
    code = code_event("ASSAULT", "clash", mob, POLICE, ["An angry mob clashed with police after a lynching."])
    assert code is not None and code.sub_event_type == "Mob violence", code
    code = code_event("ASSAULT", "clash", VILLAGERS, VILLAGERS, ["Villagers clashed with villagers over a field."])
    assert code is not None and code.sub_event_type == "Mob violence", code


@pytest.mark.parametrize(
    ("party", "actor", "code"),
    [
        # an organisation's own name says nothing of its kind: its sector does
        (Party("The Arakan Army", name="Arakan Army", country="MMR", sector="REB", kind="organisation"), True, 2),
        (Party("Syrian Democratic Forces", name="Syrian Democratic Forces", country="SYR", sector="REB"), True, 2),
        (Party("Kachin Independence Army", name="Kachin Independence Army", country="MMR", sector="REB"), True, 2),
        # a name that is no organisation's keeps its words: a driver is a civilian
        (Party("A medical marijuana driver", name="marijuana driver", country="USA", kind="person"), False, 7),
    ],
)
def test_inter_codes_read_the_words_past_an_organisations_name(party: Party, actor: bool, code: int) -> None:
    assert load_inter_table().code(party, "MMR", actor=actor) == code
