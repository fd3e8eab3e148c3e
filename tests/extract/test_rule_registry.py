"""The role and status rules of `extract/rule_registry.py`, one hand-written sentence each.

Each case names a rule, a sentence it exists for, the mention it shapes (type and trigger word)
and what the mention looks like because of it; the rule's name must be among the mention's
`rules`. A rule that drops a mention is tested by the mention being there only with the rule
disabled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from typing import Any

import pytest

from eventwire import extractor as extractor_module
from eventwire.extract.events import ArticleContext
from eventwire.extract.rule_registry import RULE_NAMES, RULES
from eventwire.extractor import Extractor
from eventwire.records import Article, EventMention

RuleMentions = Callable[..., list[EventMention]]

# rule, sentence, mention type, trigger word, {attribute path: expected value}
SHAPED: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("blame-needs-an-accuser", "The Ukrainian foreign minister said Russia was responsible for the attack on the "
     "power plant.", "ACCUSE", "responsible", {"actor.country": "UKR", "target.country": "RUS"}),
    ("accident-is-no-assault", "A man was killed in a collision with a truck near Leeds on Sunday.",
     "OTHER", "killed", {"mode": "accident"}),
    ("police-raid-is-a-search", "Police raided the offices of a newspaper in Nairobi and froze its accounts.",
     "COERCE", "raided", {"mode": "search", "actor.sector": "COP"}),
    ("joint-sides", "Kenyan and Tanzanian troops began a week of war games near Arusha.", "COOPERATE", "games",
     {"actor.country": "KEN", "target.country": "TZA", "mode": "military"}),
    ("mediation-between", "Norway mediated between Colombia and the FARC rebels in Havana.", "CONSULT",
     "mediated", {"actor.country": "NOR", "target.country": "COL", "mode": "mediate"}),
    ("refusal-is-reject", "Serbia and Kosovo failed to reach an agreement in Brussels on Monday.", "REJECT",
     "reach", {"actor.country": "SRB", "mode": "refuse", "status": "asserted"}),
    ("talks-counterpart", "Iran ruled out any resumption of talks with Washington.", "REJECT", "ruled",
     {"actor.country": "IRN", "target.country": "USA"}),
    ("state-strike-is-its-military", "A Turkish airstrike killed two fighters in northern Iraq on Monday.",
     "ASSAULT", "airstrike", {"actor.country": "TUR", "actor.sector": "MIL"}),
    ("victims-of-subject-event", "A suicide bombing killed seven Afghan soldiers in Kabul on Monday.", "ASSAULT",
     "bombing", {"target.country": "AFG", "target.sector": "MIL"}),
    ("object-owner-target", "Serbia rejected the proposal of the European Union.", "REJECT", "rejected",
     {"target.text": "the European Union"}),
    ("goods-origin", "The United States imposed duties on $50 billion of imports from China.", "SANCTION",
     "imposed", {"actor.country": "USA", "target.country": "CHN"}),
    ("expelled-diplomats-state", "Poland expelled 45 Russian diplomats on Wednesday.", "SANCTION", "expelled",
     {"actor.country": "POL", "target.country": "RUS"}),
    ("recalled-envoy", "The French ambassador to Moscow was recalled on Friday.", "SANCTION", "recalled",
     {"actor.country": "FRA", "target.country": "RUS"}),
    ("retreating-troops", "It was decided to pull out the 2,000 U.S. troops stationed in Syria.", "RETREAT", "pull",
     {"actor.country": "USA", "actor.sector": "MIL"}),
    ("retreat-origin", "Russia withdrew its troops from Syria on Monday.", "RETREAT", "withdrew",
     {"actor.country": "RUS", "target.country": "SYR"}),
    ("attacked-position-is-its-forces", "Al-Shabaab militants attacked a military base in Somalia on Monday.",
     "ASSAULT", "attacked", {"target.sector": "MIL"}),
    ("agreement-left-is-no-side", "The United States withdrew from the Paris climate agreement.", "RETREAT",
     "withdrew", {"actor.country": "USA", "target": None}),
    ("withdrawn-forces-owner", "Iranian advisers were withdrawn from Syria last month.", "RETREAT", "withdrawn",
     {"actor.country": "IRN", "target.country": "SYR"}),
    ("struck-property-is-its-country", "Russian missiles struck a power plant in Kharkiv overnight.", "ASSAULT",
     "struck", {"actor.country": "RUS", "target.country": "UKR", "target.text": "a power plant in Kharkiv"}),
    ("deployed-forces-are-the-deployers", "Russia deployed troops to the border with Finland.", "MOBILIZE",
     "deployed", {"actor.country": "RUS", "target.country": "FIN"}),
    ("absorbed-inner-event", "Hezbollah vowed to attack Israel.", "THREATEN", "vowed", {"target.country": "ISR"}),
    ("warned-side-pays", "Iran warned that Israel would pay a heavy price.", "THREATEN", "warned",
     {"actor.country": "IRN", "target.country": "ISR"}),
    ("misparsed-speech-coordination", "The Japanese prime minister said North Korea was responsible and demanded "
     "Pyongyang's apology.", "REQUEST", "demanded", {"actor.country": "JPN"}),
    ("obligation-is-request", "The French president said Iran should release the detained journalists.", "REQUEST",
     "release", {"actor.country": "FRA", "target.country": "IRN", "mode": "appeal"}),
    ("readiness-is-mobilization", "Ethiopian troops were preparing to attack rebel positions near Mekele.",
     "MOBILIZE", "attack", {"actor.country": "ETH", "mode": "alert", "status": "asserted"}),
    ("future-force-is-threat", "Iran's foreign minister said Tehran would strike American bases in Iraq.",
     "THREATEN", "strike", {"actor.country": "IRN", "mode": "force"}),
    ("intent-is-agree", "The rebels are willing to release the hostages.", "AGREE", "release",
     {"mode": "intent", "status": "asserted", "actor.sector": "REB"}),
    ("conditional-harm-is-threat", "Nigeria will recall its ambassador unless Ghana apologises.", "THREATEN",
     "recall", {"actor.country": "NGA", "status": "asserted"}),
    ("speech-act-made-now", "Iran will take revenge on the United States, its foreign minister said.", "THREATEN",
     "take", {"status": "claimed", "target.country": "USA"}),
    ("negated", "Police did not arrest the protesters in Paris.", "COERCE", "arrest", {"status": "negated"}),
    ("denied", "The Turkish army denied that it shelled Kurdish villages.", "ASSAULT", "shelled",
     {"status": "denied"}),
    ("conditional", "If the talks succeed, Sudan could release the detained activists.", "CONCEDE", "release",
     {"status": "conditional"}),
    ("planned", "Kenyan teachers will march through Nairobi on Friday.", "PROTEST", "march",
     {"status": "planned"}),
    ("claimed-by-own-side", "Chinese police arrested two Uighur activists, Chinese state media said.", "COERCE",
     "arrested", {"status": "claimed"}),
    ("struck-city-is-place", "Russian missiles struck Kyiv on Monday.", "ASSAULT", "struck",
     {"location.name": "Kyiv"}),
    ("retreat-origin-is-place", "Russia withdrew its troops from Syria on Monday.", "RETREAT", "withdrew",
     {"location.country": "SYR"}),
    ("crowd-is-civilians", "Thousands marched through central Nairobi on Sunday.", "PROTEST", "marched",
     {"actor.sector": "CVL"}),
    ("protest-aims-at-local-government", "Thousands marched through central Nairobi on Sunday.", "PROTEST",
     "marched", {"target.country": "KEN", "target.sector": "GOV", "target.implied": True}),
    ("coerce-falls-on-actors-people", "The Egyptian government banned the opposition party.", "COERCE", "banned",
     {"target.country": "EGY"}),
    ("passive-arrest-by-reporting-police", "Two men have been arrested, the Metropolitan Police said.", "COERCE",
     "arrested", {"actor.country": "GBR", "actor.sector": "COP"}),
    ("building-hosts-nobody", "The French president visited a hospital in Kabul on Monday.", "CONSULT", "visited",
     {"target.country": "AFG", "target.implied": True}),
    ("visit-host", "The visiting Russian defence minister was received in Hanoi on Monday.", "CONSULT", "visiting",
     {"actor.country": "RUS", "target.country": "VNM", "target.implied": True}),
    ("implied-authorities", "The journalist was arrested in Istanbul on Tuesday.", "COERCE", "arrested",
     {"actor.sector": "COP", "actor.implied": True}),
    ("seized-people", "Kidnappers seized a Catholic priest in Edo state, Nigeria, on Monday.", "ASSAULT", "seized",
     {"mode": "abduction"}),
    ("one-side-is-not-the-other", "Fighting between Ngo Xuan Lich and the Vietnamese army broke out in Hanoi.",
     "ASSAULT", "Fighting", {"actor": None, "target.text": "the Vietnamese army"}),
    ("reporter-is-not-target", "The rebels attacked the army, the army said.", "ASSAULT", "attacked",
     {"target": None, "actor.sector": "REB"}),
    ("taking-a-named-place", "M23 rebels captured Bunagana on Monday.", "ASSAULT", "captured",
     {"mode": "occupy", "target": None}),
    ("under-fire-is-an-attack", "An army patrol came under heavy fire near Gao on Monday.", "ASSAULT", "fire",
     {"mode": "firearms", "target.sector": "MIL"}),
    ("policed-protest-is-not-the-police", "Soldiers shot dead five students during protests in Bamako on Monday.",
     "PROTEST", "protests", {"actor.text": "five students"}),
    ("received-aid", "Ukraine received the first F-16 fighter jets from Denmark.", "AID", "received",
     {"actor.country": "DNK", "target.country": "UKR", "mode": "military"}),
    ("aid-to-a-place", "The EU sent 50 tonnes of food aid to Gaza on Monday.", "AID", "sent",
     {"target.country": "PSE", "target.text": "Gaza"}),
    ("town-owns-no-act", "Baltimore's latest shooting left two men dead on Monday.", "ASSAULT", "shooting",
     {"actor": None, "location.text": "Baltimore"}),
    ("border-with", "Chad closed its border with Sudan after the fighting in Darfur.", "COERCE", "closed",
     {"target.country": "SDN", "target.text": "Sudan"}),
    ("territory-taken-from", "Kurdish fighters wrested the town of Manbij from Islamic State militants.", "ASSAULT",
     "wrested", {"mode": "occupy", "target.sector": "REB", "target.text": "Islamic State militants"}),
    ("crowd-control-is-no-chemical-attack", "Police in Harare used tear gas to disperse the crowd on Monday.",
     "COERCE", "used", {"mode": "crackdown"}),
    ("charged-position-is-an-assault", "Rebels charged the army positions near Goma at dawn.", "ASSAULT",
     "charged", {"actor.country": "COD"}),
    ("protest-at-an-embassy", "Students protested outside the French embassy in Bamako on Friday.", "PROTEST",
     "protested", {"target.country": "FRA"}),
    ("handed-to-a-side", "Italy extradited the mafia boss to Spain on Friday.", "COOPERATE", "extradited",
     {"target.country": "ESP"}),
    ("asked-from-a-side", "Kenya requested urgent help from Uganda on Friday.", "REQUEST", "requested",
     {"target.country": "UGA"}),
    ("discussed-with-a-side", "Lavrov discussed the war in Ukraine with Wang Yi on Tuesday.", "CONSULT", "discussed",
     {"actor.country": "RUS", "target.country": "CHN"}),
    ("charge-that-accuses", "Armenia charged that Azerbaijani troops had shelled the village of Sotk.", "ACCUSE",
     "charged", {"actor.country": "ARM", "target.country": "AZE"}),
    ("blast-at-a-crowd-site-is-bombing", "An explosion tore through a crowded market in Maiduguri on Friday.",
     "ASSAULT", "explosion", {"mode": "bombing", "location.text": "Maiduguri"}),
    ("moved-to-a-destination", "Pakistan moved troops to its border with Afghanistan.", "MOBILIZE", "moved",
     {"actor.country": "PAK", "mode": "deploy"}),
    ("state-protest-is-complaint", "The Kenyan foreign ministry protested to Uganda over the arrests.", "ACCUSE",
     "protested", {"actor.country": "KEN", "target.country": "UGA", "mode": "accuse"}),
    ("base-is-no-counterpart", "Russia set up new Russian bases near Latakia on Monday.", "MOBILIZE", "set",
     {"target": None}),
    ("localise", "A 28-year-old man was stabbed in Leeds on Saturday.", "ASSAULT", "stabbed",
     {"target.country": "GBR"}),
    ("case-violence-is-not-the-arresters", "Detectives in Toledo made an arrest in the stabbing of a cook on Monday.",
     "ASSAULT", "stabbing", {"actor": None}),
    ("arrested-for-their-act", "Deputies in Lufkin jailed a woman for stabbing her landlord on Monday.",
     "ASSAULT", "stabbing", {"actor.text": "a woman"}),
    ("condemned-act-in-a-country", "Ghana condemned the coup in Burkina Faso on Saturday.", "ACCUSE", "condemned",
     {"target.country": "BFA", "actor.country": "GHA"}),
    ("crackdown-falls-on-the-protesters", "Police in Minsk dispersed a rally with water cannon on Sunday.", "COERCE",
     "dispersed", {"target.sector": "OPP", "target.implied": True}),
    ("ordered-out-is-expulsion", "Chad ordered Sudanese soldiers to leave its territory.", "SANCTION", "ordered",
     {"mode": "expel", "target.country": "SDN", "actor.country": "TCD"}),
    ("launch-into-the-sea-is-a-show-of-force", "North Korea fired a ballistic missile into the sea on Thursday.",
     "MOBILIZE", "fired", {"mode": "exercise", "actor.country": "PRK"}),
    ("vow-to-prevent-is-intent", "The Afghan Taliban pledged to prevent attacks on Pakistan from Afghan soil.",
     "AGREE", "pledged", {"mode": "intent", "actor.country": "AFG", "target.country": "PAK"}),
]  # fmt: skip

# rule, sentence, type and trigger word of the mention it drops
DROPPED: list[tuple[str, str, str, str]] = [
    ("freed-by-force-is-no-concession", "Gangs attacked two prisons in Port-au-Prince, freeing 400 inmates.", "CONCEDE",
     "freeing"),
    ("contest-is-no-fight", "Both games were hard fought battles and exciting for the fans.", "ASSAULT", "fought"),
    ("medical-arrest-is-none", "The singer suffered a cardiac arrest at his home in Lyon.", "COERCE", "arrest"),
    ("quarrel-is-no-fight", "The finance minister clashed with the governor over the budget in Lagos.", "ASSAULT",
     "clashed"),
    ("cyber-attack-is-no-assault", "Hackers launched a cyber attack on the bank's servers in Oslo.", "ASSAULT",
     "attack"),
    ("office-is-no-base", "The UN opened an office in Juba on Monday.", "MOBILIZE", "opened"),
    ("thing-coerces-nobody", "Three bedrooms, each with a bathroom, occupy the top floor.", "COERCE", "occupy"),
    ("subject-event-owns-casualties", "A suicide bombing killed seven Afghan soldiers in Kabul on Monday.",
     "ASSAULT", "killed"),
    ("executed-task-is-no-killing", "Officers executed a search warrant at a house in Akron on Tuesday.", "ASSAULT",
     "executed"),
    ("responders-sent-is-no-request", "Troopers were called for a brawl at a truck stop near Amarillo on Sunday.",
     "REQUEST", "called"),
    ("rush-is-no-charge", "A man charged at two deputies with a machete in Ocala on Monday.", "COERCE", "charged"),
    ("attacked-unit-is-no-deployment", "Insurgents ambushed a police patrol near Kandahar on Friday.", "MOBILIZE",
     "patrol"),
    ("object-word-of-another-trigger", "Gunmen opened fire on a wedding party in Kandahar, killing five guests.",
     "OTHER", "fire"),
    ("routine-police-inquiry", "Detroit police are investigating the robbery of a gas station.", "ACCUSE",
     "investigating"),
    ("capability-is-no-act", "Kenyans have the right to protest against the government in Nairobi.", "PROTEST",
     "protest"),
    ("speculation-dropped", "Analysts said Russia could invade Ukraine next month.", "COERCE", "invade"),
    ("passive-accusation-needs-an-accuser", "The Kenyan minister was accused of smuggling gold into Uganda.", "ACCUSE",
     "accused"),
    ("attempted-act-dropped", "The Ugandan president tried to persuade Kenya to withdraw its troops from Somalia.",
     "RETREAT", "withdraw"),
    ("meeting-needs-two-sides", "Talks with Iran were held in Vienna on Monday.", "CONSULT", "Talks"),
    ("disrupted-weapon-is-no-attack", "Troops in Kidal defused a mine planted on the main road.", "ASSAULT",
     "planted"),
    ("business-deal-is-no-event", "The Canadian aluminium producer signed agreements with three insurers.",
     "SUPPORT", "signed"),
    ("dismissed-official-is-no-rejection", "Ukraine's defence minister was dismissed by President Zelensky on "
     "Sunday.", "REJECT", "dismissed"),
    ("responders-dispatched-is-no-deployment", "Police were dispatched to Memorial Hospital in Chattanooga on "
     "Monday.", "MOBILIZE", "dispatched"),
]  # fmt: skip


@pytest.fixture(scope="session")
def rule_mentions(extractor: Extractor) -> RuleMentions:
    """`rule_mentions(text, disabled=())`: the sentence-level mentions of a text, coded with the
    named rules disabled."""

    def run(text: str, disabled: Collection[str] = ()) -> list[EventMention]:
        captured: list[EventMention] = []
        original = extractor_module.extract_mentions

        def capture(doc: object, ctx: ArticleContext) -> list[EventMention]:
            found = original(doc, dataclasses.replace(ctx, disabled_rules=frozenset(disabled)))  # type: ignore[arg-type]
            captured.extend(found)
            return found

        extractor_module.extract_mentions = capture  # type: ignore[assignment]
        try:
            list(extractor.extract([Article(id="t", doc="t", text=text)]))
        finally:
            extractor_module.extract_mentions = original
        return captured

    return run


def _value(mention: EventMention, path: str) -> Any:
    value: Any = mention
    for name in path.split("."):
        value = getattr(value, name)
    return value


def _the_mention(mentions: list[EventMention], event_type: str, trigger: str) -> EventMention:
    found = [m for m in mentions if m.type == event_type and m.trigger == trigger]
    assert len(found) == 1, [(m.type, m.trigger, m.rules) for m in mentions]
    return found[0]


@pytest.mark.parametrize(("rule", "text", "event_type", "trigger", "expected"), SHAPED, ids=[c[0] for c in SHAPED])
def test_rule_shapes_the_mention_it_exists_for(
    rule_mentions: RuleMentions, rule: str, text: str, event_type: str, trigger: str, expected: dict[str, Any]
) -> None:
    mention = _the_mention(rule_mentions(text), event_type, trigger)
    assert rule in mention.rules
    assert {path: _value(mention, path) for path in expected} == expected


@pytest.mark.parametrize(("rule", "text", "event_type", "trigger"), DROPPED, ids=[c[0] for c in DROPPED])
def test_rule_drops_the_mention_it_exists_for(
    rule_mentions: RuleMentions, rule: str, text: str, event_type: str, trigger: str
) -> None:
    assert not [m for m in rule_mentions(text) if m.type == event_type and m.trigger == trigger]
    kept = _the_mention(rule_mentions(text, disabled=[rule]), event_type, trigger)
    assert rule not in kept.rules


def test_disabling_a_rule_changes_what_it_decides(rule_mentions: RuleMentions) -> None:
    text = "Police did not arrest the protesters in Paris."
    assert _the_mention(rule_mentions(text, disabled=["negated"]), "COERCE", "arrest").status == "asserted"


def test_registry_names_are_unique_documented_and_each_tested() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)) == len(RULE_NAMES)
    assert all(len(rule.doc) > 20 for rule in RULES), [r.name for r in RULES if len(r.doc) <= 20]
    tested = {case[0] for case in SHAPED} | {case[0] for case in DROPPED}
    assert tested == RULE_NAMES
