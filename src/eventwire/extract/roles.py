"""Role rules: who is the actor and who the target of a mention, when the parse alone misleads.

Each rule takes the mention being built (`RuleContext`) and returns the changed record, or None
when it does not apply; `extract/rule_registry.py` declares their order. Their docstrings give
the sentence each exists for; `tests/extract/test_rule_registry.py` tests each on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..nlp.doctext import doc_text
from ..records import Party, PlaceMention
from .acled import IMPLIED_MARK, load_inter_table
from .actors import INTERNATIONAL_SECTORS
from .arguments import trigger_arguments, under_attack
from .lexicon import load_actor_lexicon, load_triggers, names_people_or_a_side, people_words
from .mention_quantities import VIOLENT_TYPES
from .role_words import load_role_words
from .rules import RuleContext, Scope
from .shape import price_clauses
from .status import ARMED_SECTORS
from .tree import absorbed, dispatched, in_cause_phrase, prep_object, rush, subtree_has, travelled_for
from .triggers import ORIGIN_RANK, TriggerMatch
from .victims import load_casualty_words
from .words import lemma, load_event_words

# Types whose object is often another party's demand or proposal: its owner is the target.
OWNED_OBJECT_TYPES = frozenset({"CONCEDE", "REJECT", "AGREE", "SANCTION", "SUPPORT"})
AUTHORITY_SECTORS = frozenset({"COP", "JUD", "GOV"})
INSTITUTION_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG"})


def _phrase_text(scope: Scope, head: Token) -> str:
    words = scope.actors.phrase_tokens(head)
    return doc_text(scope.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]


# --- before the actor is resolved ------------------------------------------------------------
def subject_event_owns_casualties(ctx: RuleContext) -> RuleContext | None:
    """ "a stampede that killed 56", "the drone strike killed five": the casualties belong to the
    event the subject names, not to a second event."""
    subject = ctx.args.actor
    if subject is None or ctx.match.trigger.type != "ASSAULT":
        return None
    if not any(m.token.i == subject.i and m.trigger.type in VIOLENT_TYPES for m in ctx.matches):
        return None
    return replace(ctx, drop=True)


ACCIDENT_HEADS = frozenset({"explosion", "blast", "fire", "blaze", "explode", "burst", "ignite", "leak"})


def _accident_sentence(sent: Span) -> bool:
    """The sentence names an accident ("a crash", "capsized", "a gas explosion", "the tanker
    exploded") or a natural hazard (`_hazard_sentence`) and no weapon, attacker or violent act."""
    words = load_role_words()
    lemmas = [t.lemma_.lower() for t in sent]
    if any(lem in words.violence_words for lem in lemmas):
        return False
    if any(lem in words.accident_words for lem in lemmas) or _hazard_sentence(sent):
        return True
    return any(t.lemma_.lower() in words.accident_sources and _accident_head(t.head) for t in sent)


def _hazard_sentence(sent: Span) -> bool:
    """The sentence names a natural hazard or a disease as a common noun ("Storm Daniel killed",
    "cholera has killed"; role_words.json `hazard_nouns`): not "stormed the town", nor a name
    the word begins ("North Korea's Storm Corps")."""
    hazards = load_role_words().hazard_nouns
    # "Cholera has killed": a capitalised first word is tagged a name; a word that begins a name
    # is its compound.
    return any(
        t.lemma_.lower() in hazards
        and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_sent_start and t.dep_ != "compound"))
        for t in sent
    )


def _accident_head(head: Token) -> bool:
    """ "the gas exploded", "a gas fire": what an accident's source did; a fired weapon is no
    accident ("police fired tear gas": the verb is shooting)."""
    lemma = head.lemma_.lower()
    return lemma in ACCIDENT_HEADS and not (lemma == "fire" and head.pos_ == "VERB")


def tells_casualties(sentence: Iterable[Token]) -> bool:
    """The words say that someone died or was hurt: an outcome adjective ("left two dead",
    "wounded"), a verb of dying or a noun of a death (casualty_words.json)."""
    lex = load_casualty_words()
    return any(
        t.lemma_.lower() in lex.outcome_adjectives or t.lemma_.lower() in lex.dying_verbs
        or t.lemma_.lower() in lex.death_nouns for t in sentence
    )  # fmt: skip


def contest_is_no_fight(ctx: RuleContext) -> RuleContext | None:
    """ "Both games, hard fought battles and exciting for the fans": a fight, battle or attack in a
    sentence of sport (role_words.json `game_words`) with no weapon, victim or violence word
    besides it is a contest ("a fan was shot outside the game" stays an assault)."""
    if ctx.event_type != "ASSAULT":
        return None
    words = load_role_words()
    lemmas = {t.lemma_.lower() for t in ctx.sentence if t.i != ctx.token.i}
    lowers = {t.lower_ for t in ctx.sentence}
    if lowers.isdisjoint(words.game_words):
        return None
    if not lemmas.isdisjoint(words.violence_words) or any(m.token.i != ctx.token.i and m.trigger.type == "ASSAULT"
                                                           for m in ctx.matches):  # fmt: skip
        return None
    if tells_casualties(ctx.sentence):
        return None  # "a fan was shot dead outside the stadium after the game"
    lex = load_casualty_words()
    patients = [c for c in ctx.token.children if c.dep_ in {"nsubjpass", "dobj"}]
    if any(p.lemma_.lower() in lex.person_nouns or p.ent_type_ == "PERSON" for p in patients):
        return None  # "a player was shot after the game", "shot another man over a dice game"
    return replace(ctx, drop=True)


def quarrel_is_no_fight(ctx: RuleContext) -> RuleContext | None:
    """ "Kelly also has clashed with Trump's son-in-law Jared Kushner", "the minister clashed with
    the governor over the budget": a named person who clashes with another person, in a sentence
    with no weapon, victim or violence word, quarrels; nobody fights."""
    if ctx.event_type != "ASSAULT" or ctx.mode != "clash" or ctx.token.pos_ != "VERB":
        return None
    subject, other = ctx.args.actor, ctx.args.target
    if subject is None or other is None or not (_a_person(subject) and _a_person(other)):
        return None
    lemmas = {t.lemma_.lower() for t in ctx.sentence if t.i != ctx.token.i}
    if not lemmas.isdisjoint(load_role_words().violence_words) or tells_casualties(ctx.sentence):
        return None
    return replace(ctx, drop=True)


def _a_person(word: Token) -> bool:
    """A person by name ("Jared Kushner"), or by a title or apposition that is one's ("the
    governor", "Trump's son-in-law and adviser Jared Kushner")."""
    named = (word, *word.conjuncts)
    if any(w.ent_type_ == "PERSON" for w in named):
        return True  # "Trump's son-in-law and adviser Jared Kushner"
    titles = load_actor_lexicon().titles
    return lemma(word) in titles or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for w in named for c in w.children
    )


def medical_arrest_is_none(ctx: RuleContext) -> RuleContext | None:
    """ "He had a cardiac arrest", "died of a heart attack": a failing heart arrests and attacks
    nobody (role_words.json `medical_modifiers`)."""
    if ctx.event_type not in {"COERCE", "ASSAULT"} or ctx.match.trigger.pos != "NOUN":
        return None
    medical = load_role_words().medical_modifiers
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in medical for c in ctx.token.children):
        return None
    return replace(ctx, drop=True)


def cyber_attack_is_no_assault(ctx: RuleContext) -> RuleContext | None:
    """ "Countries are on high alert against malware attacks", "a cyber attack on the bank's
    servers", "hackers attacked the networks of universities": an attack on computers uses no
    force against people or places, so it is no ASSAULT (role_words.json `cyber_modifiers`)."""
    if ctx.event_type != "ASSAULT":
        return None
    cyber = load_role_words().cyber_modifiers
    if ctx.match.trigger.pos == "VERB":
        # "Chinese hackers attacked the networks of Australian universities": the doers say it
        doers = [c for c in ctx.token.children if c.dep_ == "nsubj"] or [a for a in [ctx.args.actor] if a is not None]
        # "Hackers linked to Russia attacked": a plural the model took for a name keeps its "s"
        words = [lemma(d) for d in doers] + [lemma(d).removesuffix("s") for d in doers if d.pos_ == "PROPN"]
        if not any(w in cyber for w in words) and not any(m.lower_ in cyber for d in doers for m in d.children):
            return None
        return replace(ctx, drop=True)
    if ctx.match.trigger.pos != "NOUN":
        return None
    if not any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in cyber for c in ctx.token.children):
        return None
    return replace(ctx, drop=True)


def crowd_control_is_no_chemical_attack(ctx: RuleContext) -> RuleContext | None:
    """ "Police used tear gas to disperse the supporters", "sprayed pepper gas on the crowd",
    "fired water cannons, tear gas and rubber bullets into the crowds": a weapon that controls a
    crowd (role_words.json `crowd_control_weapons` with one of `crowd_control_modifiers`) is a
    crackdown, not a chemical attack or a shooting; "used poison gas" or "chlorine gas" stays one,
    and so does "fired live rounds" beside rubber bullets."""
    if ctx.event_type != "ASSAULT" or ctx.match.trigger.pos != "VERB":
        return None
    words = load_role_words()
    obj = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    weapons = [obj, *obj.conjuncts]
    if not all(
        lemma(w) in words.crowd_control_weapons
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in words.crowd_control_modifiers for c in w.children)
        for w in weapons
    ):
        return None
    return replace(ctx, event_type="COERCE", mode="crackdown")


def thing_coerces_nobody(ctx: RuleContext) -> RuleContext | None:
    """ "Three bedrooms occupy the top floor", "blocks occupied by rice mills", "the hurricane
    destroyed the church": a verb of seizing, destroying or arresting whose doer is a disaster
    (role_words.json `accident_words`), or a verb of holding a space (`holding_verbs`) whose doer
    is a common noun no party or person word names, is said of things."""
    if ctx.event_type != "COERCE" or ctx.actor is not None or ctx.match.trigger.pos != "VERB":
        return None
    doer = ctx.args.actor
    if doer is None:
        return None
    accidents = load_role_words().accident_words
    if any(w.lemma_.lower() in accidents for w in (doer, *(c for c in doer.children if c.dep_ == "compound"))):
        return replace(ctx, drop=True)  # "Hurricane Betsy destroyed the church": a disaster's damage
    if ctx.token.lemma_.lower() not in load_role_words().holding_verbs or doer.pos_ != "NOUN" or doer.ent_type_:
        return None  # "the law enforcers seized mines": people no list names still seize
    people = load_casualty_words().person_nouns
    if doer.lemma_.lower() in people or doer.lower_ in people:
        return None
    return replace(ctx, drop=True)


def town_owns_no_act(ctx: RuleContext) -> RuleContext | None:
    """ "Logan is Birmingham's 25th homicide this year", "Baltimore's latest shooting": a town
    that owns an event noun is where it happened, not who did it (a capital stands for its
    government, "Moscow's offensive", and `Scope.place_at` leaves capitals to `party`)."""
    owner = ctx.args.actor
    if ctx.match.trigger.pos != "NOUN" or ctx.actor is None or owner is None:
        return None
    if owner.dep_ != "poss" or owner.head.i != ctx.token.i:
        return None
    place = ctx.scope.place_at(owner)
    if place is None or place.precision != "city":
        return None
    return replace(ctx, actor=None, args=replace(ctx.args, actor=None))


ARMED_BASE_SECTORS = ARMED_SECTORS | {"COP"}  # the armed sides (status.py), and the police


def office_is_no_base(ctx: RuleContext) -> RuleContext | None:
    """ "The UN opened an office in Juba", "the 30th FrontCounter office to open in the province":
    an office, a station or a presence (role_words.json `civil_premises`) is a base or headquarters
    (ACLED) only when an armed side sets it up: state forces, police, rebels or militias ("the
    insurgents set up a new office in the hills"). A base, a camp or a checkpoint is one by anyone."""
    if ctx.event_type != "MOBILIZE" or ctx.mode != "base":
        return None
    token = ctx.token
    held = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    if token.dep_ in {"acl", "relcl"}:
        held.append(token.head)  # "the 30th office to open in the province"
    if not any(lemma(w) in load_role_words().civil_premises for w in held):
        return None
    if ctx.actor is not None and ctx.actor.sector in ARMED_BASE_SECTORS:
        return None
    return replace(ctx, drop=True)


def attacked_position_is_its_forces(ctx: RuleContext) -> RuleContext | None:
    """ "Al-Shabaab militants attacked a military base", "gunmen attacked a police post": a post
    of armed forces (role_words.json `military_positions`) that a word for those forces
    modifies (actor_sectors.json `head_nouns`: "military", "army", "police") stands for them;
    the place then says whose they are (`localise`). Not a post a possessor owns, nor one whose
    sentence counts victims, who are then the side hit."""
    if ctx.event_type != "ASSAULT" or ctx.target is not None or ctx.args.target is None or ctx.args.passive:
        return None
    post = ctx.args.target
    if lemma(post) not in load_role_words().military_positions or any(c.dep_ == "poss" for c in post.children):
        return None  # "the militants' positions" are the militants'
    hurting = load_casualty_words().verbs
    if tells_casualties(ctx.sentence) or any(t.lemma_.lower() in hurting for t in ctx.sentence):
        return None  # "attacked a base, killing two soldiers": the victims are the side hit
    sectors = load_actor_lexicon().head_nouns
    modifiers = (c for c in post.children if c.dep_ in {"amod", "compound"})
    kind = next((sectors[lemma(c)] for c in modifiers if sectors.get(lemma(c)) in _POSTED), None)
    if kind is None:
        return None
    text = post.doc[post.left_edge.i : post.i + 1].text  # "a military base", without what follows
    return replace(ctx, target=Party(text, None, None, kind, "group"))


_POSTED = frozenset({"MIL", "COP"})  # forces whose posts stand for them


def base_is_no_counterpart(ctx: RuleContext) -> RuleContext | None:
    """ "Turkey established two military bases near Idlib": the base, camp or office set up is
    what the act makes, not a side it acts on (role_words.json `military_positions`,
    `civil_premises`), whatever party the phrase's words name ("Turkish bases")."""
    if ctx.event_type != "MOBILIZE" or ctx.mode != "base" or ctx.args.target is None or ctx.target is None:
        return None
    words = load_role_words()
    made = lemma(ctx.args.target)
    if made not in words.military_positions and made not in words.civil_premises:
        return None
    return replace(ctx, target=None)


def accident_is_no_assault(ctx: RuleContext) -> RuleContext | None:
    """ "A man was killed in a crash on the interstate", "a gas explosion killed four": a death
    in an accident is an OTHER event (mode accident; disaster for a natural hazard or a disease,
    "Storm Daniel killed thousands"), not an assault, when the sentence names no
    weapon, attacker or violent act ("a gunman killed two before crashing his car" stays one)."""
    if ctx.event_type != "ASSAULT" or ctx.mode == "clash" or not _accident_sentence(ctx.sentence):
        return None  # sides that fight are no accident ("fought battles as a ceasefire collapsed")
    hazards = load_role_words().hazard_nouns
    natural = any(t.lemma_.lower() in hazards for t in ctx.sentence)  # "Hurricane Ian killed", named
    head = ctx.args.actor
    if natural and head is not None and any(t.lemma_.lower() in hazards for t in head.subtree):
        # "Storm Daniel killed thousands": the hazard is what killed, no side.
        return replace(ctx, event_type="OTHER", mode="disaster", actor=None, args=replace(ctx.args, actor=None))
    return replace(ctx, event_type="OTHER", mode="disaster" if natural else "accident")


def under_fire_is_an_attack(ctx: RuleContext) -> RuleContext | None:
    """ "An army patrol came under heavy fire near Gao": fire that a side comes under
    (role_words.json `under_attack_nouns`) is gunfire aimed at it, not a blaze."""
    if ctx.event_type != "OTHER" or ctx.token.dep_ != "pobj" or ctx.token.head.lower_ != "under":
        return None
    if lemma(ctx.token) not in load_role_words().under_attack_nouns or not under_attack(ctx.token.head.head):
        return None
    return replace(ctx, event_type="ASSAULT", mode="firearms")


BLAST_NOUNS = frozenset({"explosion", "blast"})


def blast_at_a_crowd_site_is_bombing(ctx: RuleContext) -> RuleContext | None:
    """ "An explosion ripped through a mosque in Peshawar", "a blast near a checkpoint killed
    three": an explosion or blast at a place where people gather or security forces stand
    (role_words.json `attack_sites`), in a sentence that names no accident or its source
    (`_accident_sentence`), is a bombing, not an accident ("a gas explosion at a market" stays one);
    so is one an assault verb's victims were killed or hurt in ("killed in a blast in Kabul",
    `_killed_in`), which had made the killing a bombing and the blast an accident beside it."""
    token = ctx.token
    if ctx.event_type != "OTHER" or token.lemma_.lower() not in BLAST_NOUNS or _accident_sentence(ctx.sentence):
        return None
    if _killed_in(token, ctx.matches):
        return replace(ctx, event_type="ASSAULT", mode="bombing")
    scope = list(token.subtree)
    if token.dep_ in {"nsubj", "nsubjpass"}:
        scope += [t for c in token.head.children if c.i != token.i for t in c.subtree]  # "ripped through a mosque"
    # "killing 30 worshippers": the people who gather at such a place mark it as well
    words = load_role_words()
    sites = words.attack_sites | words.gathered_people
    if not any(t.lemma_.lower() in sites and t.dep_ in {"pobj", "dobj"} for t in scope) and not _forces_hit(scope):
        return None
    return replace(ctx, event_type="ASSAULT", mode="bombing")


def _forces_hit(scope: list[Token]) -> bool:
    """ "An explosion killed 12 soldiers", "the blast killed 12 people, 10 of them soldiers": a
    blast whose victims are troops or police (actor_sectors.json `head_nouns`) was set off at them
    like one at a checkpoint or a patrol; not a blast where arms are kept ("an explosion at an
    ammunition depot killed 12 soldiers", role_words.json `stockpile_nouns`)."""
    sectors = load_actor_lexicon().head_nouns
    if any(lemma(t) in load_role_words().stockpile_nouns for t in scope):
        return False
    hurt = load_casualty_words().verbs
    return any(
        sectors.get(lemma(t)) in _POSTED and t.pos_ == "NOUN" and t.dep_ not in {"compound", "amod", "poss"}
        and (t.head.lemma_.lower() in hurt or any(a.lemma_.lower() in hurt for a in t.ancestors))
        for t in scope
    )  # fmt: skip


def _killed_in(blast: Token, matches: list[TriggerMatch]) -> bool:
    """ "Two people were killed in a blast in Kabul", "a soldier was wounded by an explosion": the
    blast is what an assault verb of the sentence killed or hurt its victims in, so the killing
    is the blast's, one act (`blast_at_a_crowd_site_is_bombing`)."""
    prep = blast.head
    if blast.dep_ != "pobj" or prep.lower_ not in {"in", "by"}:
        return False
    return any(m.token.i == prep.head.i and m.trigger.type == "ASSAULT" for m in matches)


def executed_task_is_no_killing(ctx: RuleContext) -> RuleContext | None:
    """ "Officers executed a search warrant at the house": a warrant, order or plan that is
    executed kills nobody; only a person executed is a killing."""
    if ctx.event_type != "ASSAULT" or ctx.token.lemma_.lower() != "execute":
        return None
    objects = {c.lemma_.lower() for c in ctx.token.children if c.dep_ in {"dobj", "nsubjpass"}}
    return replace(ctx, drop=True) if objects & load_role_words().executed_objects else None


def responders_sent_is_no_request(ctx: RuleContext) -> RuleContext | None:
    """ "Deputies were called for a shooting at a gas station": responders summoned in the passive
    were sent there (`tree.dispatched`), nobody asked for the shooting; no REQUEST."""
    if ctx.event_type != "REQUEST":
        return None
    # "the fire department issued a call for a gunshot wound": the verb of a dispatched call
    if not dispatched(ctx.token) and not any(c.dep_ == "dobj" and dispatched(c) for c in ctx.token.children):
        return None
    return replace(ctx, drop=True)


def responders_dispatched_is_no_deployment(ctx: RuleContext) -> RuleContext | None:
    """ "Police were dispatched to Memorial Hospital", "dispatchers started sending police to a
    home": responders sent to a call are routine, no mobilisation of force (role_words.json
    `responder_nouns`, `sending_verbs`); a government that sends police to a country deploys them
    ("Kenya sent 400 police officers to Haiti")."""
    token, words = ctx.token, load_role_words()
    if ctx.event_type != "MOBILIZE" or lemma(token) not in words.sending_verbs:
        return None
    if (ctx.actor is not None and ctx.actor.sector == "GOV") or (
        ctx.target is not None and ctx.target.kind == "country"
    ):
        return None
    sent = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(lemma(c) in words.responder_nouns for c in sent):
        return None
    return replace(ctx, drop=True)


def rush_is_no_charge(ctx: RuleContext) -> RuleContext | None:
    """ "A man who charged at the deputies with a knife" is a rush (`tree.rush`), not a court's charge."""
    if ctx.event_type != "COERCE" or not rush(ctx.token):
        return None
    return replace(ctx, drop=True)


def charge_that_accuses(ctx: RuleContext) -> RuleContext | None:
    """ "The Georgian government charged that Russian helicopters had violated its airspace": a side
    that charges that something happened, with nobody charged (no object, not passive), accuses
    the clause's doer (CAMEO 112); "was charged with" stays a court's. A passive clause's subject
    suffered the act ("charged that the election had been rigged"): no target. A side that alleges
    that something happened accuses its doer the same way ("alleged that India was sponsoring
    attacks", CAMEO 110), and so does an accusation that it happened ("Beijing's accusation that
    Manila had rammed its vessel")."""
    token = ctx.token
    # "alleged that India was sponsoring", "Beijing's accusation that Manila had rammed its vessel"
    alleged = ctx.event_type == "ACCUSE" and (token.lemma_.lower() == "allege" or token.pos_ == "NOUN")
    if not alleged and (ctx.event_type != "COERCE" or token.lemma_.lower() != "charge"):
        return None
    if any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in token.children):
        return None
    clauses = (c for c in token.children if c.dep_ in {"ccomp", "acl"})
    clause = next((c for c in clauses if any(g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return None
    accused = next((c for c in clause.children if c.dep_ == "nsubj"), ctx.args.target)
    return replace(ctx, event_type="ACCUSE", mode="accuse", args=replace(ctx.args, target=accused))


def charged_position_is_an_assault(ctx: RuleContext) -> RuleContext | None:
    """ "Al-Shabab fighters charged a camp hosting government forces", "rebels charged the army's
    positions": a charge whose object is a military position (role_words.json
    `military_positions`) is an assault on it; a court charges people ("charged him with
    murder" stays a charge)."""
    token = ctx.token
    if ctx.event_type != "COERCE" or token.lemma_.lower() != "charge":
        return None
    positions = load_role_words().military_positions
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in positions for c in token.children):
        return None
    return replace(ctx, event_type="ASSAULT", mode=None)


def object_word_of_another_trigger(ctx: RuleContext) -> RuleContext | None:
    """ "Troops opened fire on the village": the fire is the object word of "opened fire", the
    assault, not a blaze of its own (an incident noun that another trigger requires as object)."""
    if ctx.event_type != "OTHER":
        return None
    token = ctx.token
    governing = next((m for m in ctx.matches if m.token.i == token.head.i and m.token.i != token.i), None)
    if governing is None or token.lemma_.lower() not in governing.trigger.objects:
        return None
    return replace(ctx, drop=True)


def attacked_unit_is_no_deployment(ctx: RuleContext) -> RuleContext | None:
    """ "Militants ambushed an army patrol near Gao", "a bomb targeting a police patrol", "an
    attack on a patrol": a patrol or other unit that violence is aimed at is the target, not a
    deployment of its own ("police stepped up patrols" stays one)."""
    token = ctx.token
    if ctx.event_type != "MOBILIZE" or token.pos_ != "NOUN":
        return None
    governor = token.head
    if token.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head  # "an attack on a patrol", "fired at a patrol"
    elif token.dep_ not in {"dobj", "nsubjpass"}:
        return None
    violent = any(m.token.i == governor.i and m.trigger.type in VIOLENT_TYPES for m in ctx.matches)
    return replace(ctx, drop=True) if violent else None


def disrupted_weapon_is_no_attack(ctx: RuleContext) -> RuleContext | None:
    """ "The army defused two bombs planted on the road", "police found a device planted under a
    car": a weapon that a side defuses, seizes or finds was laid but never used, so the participle
    that lays it is no attack of its own; the disruption is the event (ACLED: Disrupted weapons use).
    """
    token = ctx.token
    if ctx.event_type != "ASSAULT" or token.dep_ != "acl" or token.tag_ != "VBN":
        return None
    weapon = token.head
    if weapon.dep_ not in {"dobj", "nsubjpass"}:
        return None
    disrupting = any(
        m.token.i == weapon.head.i and m.trigger.type == "COERCE" and m.trigger.mode == "disrupt" for m in ctx.matches
    )
    return replace(ctx, drop=True) if disrupting else None


def freed_by_force_is_no_concession(ctx: RuleContext) -> RuleContext | None:
    """ "Gangs attacked two prisons, freeing thousands of inmates", "commandos stormed the ship and
    freed the hostages": people freed by the attack that the release hangs on (a participle or a
    conjoined verb of an assault) were freed by force; nobody conceded them (PLOVER CONCEDE,
    ACLED Agreement are releases a holder grants)."""
    token = ctx.token
    if ctx.event_type != "CONCEDE" or ctx.mode != "release" or token.pos_ != "VERB":
        return None
    if token.dep_ not in {"advcl", "conj", "xcomp"} or token.head.i == token.i:
        return None
    forced = any(m.token.i == token.head.i and m.trigger.type == "ASSAULT" for m in ctx.matches)
    return replace(ctx, drop=True) if forced else None


def launch_into_the_sea_is_a_show_of_force(ctx: RuleContext) -> RuleContext | None:
    """ "North Korea fired a ballistic missile into the sea off its east coast": a missile fired
    into open water (role_words.json `open_waters`), at nobody the sentence names, shows force
    (MOBILIZE, CAMEO 150) as a weapons test does; "fired rockets at ships in the Red Sea" stays an
    attack."""
    token = ctx.token
    if ctx.event_type != "ASSAULT" or ctx.match.trigger.pos != "VERB" or ctx.mode != "missile":
        return None
    words = load_role_words()
    # "launched two missiles into the sea": the parse may hang the "into" on the missiles
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    into_water = any(
        p.lower_ == "into" and any(lemma(g) in words.open_waters for g in p.children if g.dep_ == "pobj") for p in preps
    )
    aimed = [p for p in preps if p.lower_ in {"at", "on", "against", "toward", "towards"}]
    if not into_water or any(g.ent_type_ not in {"DATE", "TIME"} for p in aimed for g in p.children):
        return None  # "fired rockets at ships"; "on Sunday" aims at nobody
    return replace(ctx, event_type="MOBILIZE", mode="exercise")


def vow_to_prevent_is_intent(ctx: RuleContext) -> RuleContext | None:
    """ "The Afghan Taliban pledged to prevent attacks on Pakistan from Afghan soil", "the
    government vowed to stop attacks on farmers": a vow to prevent or stop violence (role_words.json
    `vowing_verbs`, `preventing_verbs`) promises protection, PLOVER's AGREE (intent), not a threat
    of that violence; "vowed to retaliate against Iran" and "warned Kabul to stop the attacks"
    stay threats."""
    token, words = ctx.token, load_role_words()
    if ctx.event_type != "THREATEN" or ctx.match.trigger.pos != "VERB" or lemma(token) not in words.vowing_verbs:
        return None
    act = next((c for c in token.children if c.dep_ == "xcomp"), None)
    if act is None or lemma(act) not in words.preventing_verbs:
        return None
    return replace(ctx, event_type="AGREE", mode="intent")


def dismissed_official_is_no_rejection(ctx: RuleContext) -> RuleContext | None:
    """ "Ukraine's defence minister was dismissed by President Zelensky", "the president dismissed
    his army chief": an official or a person dismissed is removed from office, no proposal or claim
    rejected (role_words.json `dismissing_verbs`); "dismissed the allegations" stays a rejection."""
    token = ctx.token
    if ctx.event_type != "REJECT" or lemma(token) not in load_role_words().dismissing_verbs:
        return None
    patient = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if patient is None:
        return None
    person = patient.ent_type_ == "PERSON" or lemma(patient) in load_actor_lexicon().titles
    return replace(ctx, drop=True) if person else None


# --- once the actor is resolved ---------------------------------------------------------------
def blame_needs_an_accuser(ctx: RuleContext) -> RuleContext | None:
    """ "X said China was responsible for ...": the speaker blames; no speaker, no blame
    ("responsible" also names duties: blame needs an accuser we can place)."""
    if ctx.match.trigger.pos != "ADJ":
        return None
    actor = ctx.actor or ctx.speaker
    if actor is None or not (actor.country or actor.kind == "organisation"):
        return replace(ctx, drop=True)
    return replace(ctx, actor=actor) if actor is not ctx.actor else None


def case_violence_is_not_the_arresters(ctx: RuleContext) -> RuleContext | None:
    """ "Police made an arrest in a homicide", "deputies arrested a man in the shooting", "a suspect
    in the stabbing": the violence is the case of the arrest or suspicion, not an act of the
    clause's subject (a light noun otherwise borrows the governing verb's subject)."""
    noun = ctx.token
    if ctx.event_type != "ASSAULT" or ctx.match.trigger.pos != "NOUN" or ctx.args.actor is None:
        return None
    words = load_role_words()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in words.participant_preps:
        return None
    holder = prep.head
    if holder.pos_ in {"NOUN", "PROPN"} and holder.dep_ in {"dobj", "nsubjpass"}:
        holder = holder.head  # "indicted a Toledo man in the fatal shooting": "in" hung on the man
    held = [holder, *(c for c in holder.children if c.dep_ in {"dobj", "nsubjpass"})]
    # "a judge cleared the officer of murder charges in the shooting": the charges he was cleared of
    held += [
        g for p in holder.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    ]
    if not any(lemma(w) in words.case_words for w in held):
        return None
    if subtree_has(noun, ctx.args.actor):
        return None  # the actor is read off the noun itself ("a homicide by a neighbour")
    return replace(ctx, actor=None, args=replace(ctx.args, actor=None))


def arrested_for_their_act(ctx: RuleContext) -> RuleContext | None:
    """ "An officer arrested a man for pointing a gun at a driver", "she was jailed for stabbing
    him": the violence an arrest or charge is for is the arrested person's act, not the
    arresters' (the gerund otherwise borrows the governing verb's subject)."""
    verb = ctx.token
    if ctx.event_type != "ASSAULT" or ctx.match.trigger.pos != "VERB" or verb.dep_ != "pcomp":
        return None
    prep, cases = verb.head, load_role_words().case_words
    if prep.lower_ != "for":
        return None
    if lemma(prep.head) in cases:
        held = [c for c in prep.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif prep.head.dep_ in {"dobj", "nsubjpass"} and lemma(prep.head.head) in cases:
        held = [prep.head]  # "arrested a man for shooting": the parse hangs "for" on the man
    else:
        return None
    if not held or held[0] is ctx.args.actor:
        return None
    actor = ctx.scope.party(held[0], ctx.speaker)
    return replace(ctx, actor=actor, args=replace(ctx.args, actor=held[0]))


def passive_accusation_needs_an_accuser(ctx: RuleContext) -> RuleContext | None:
    """ "Bassett is accused of stabbing a man": a passive accusation with no accuser named is
    the report of a charge, no dyad to code; one made "in an indictment" or "in a lawsuit" is
    the filer's, an implied prosecutor."""
    trig = ctx.match.trigger
    if trig.type != "ACCUSE" or trig.pos != "VERB" or ctx.mode == "investigate" or not ctx.args.passive:
        return None
    if ctx.actor is not None:
        return None
    documents = load_role_words().charge_documents
    if any(lemma(g) in documents for p in ctx.token.children if p.dep_ == "prep" for g in p.children):
        # "was accused in an indictment filed in Boston": the prosecutors' (or plaintiffs') act
        return replace(ctx, actor=Party(f"prosecutors {IMPLIED_MARK}", None, None, "JUD", "group", implied=True))
    return replace(ctx, drop=True)


# --- once the target is resolved ----------------------------------------------------------------
def talks_counterpart(ctx: RuleContext) -> RuleContext | None:
    """ "ruled out any resumption of talks with Washington": the talks' other party; a meeting
    held about talks meets their sides. "The UN condemned the killing of aid workers by
    militants": what is condemned is its doer's act, and the doer is accused (not the victims, who
    stay the target when no doer is named)."""
    if ctx.target is not None or ctx.args.target is None:
        return None
    for tok in ctx.scope.actors.phrase_tokens(ctx.args.target):
        event_noun = next((m for m in ctx.matches if m.token.i == tok.i and m is not ctx.match), None)
        hosted = ctx.event_type == "CONSULT" and event_noun is not None and event_noun.trigger.type == "CONSULT"
        if event_noun is not None and in_cause_phrase(tok):
            continue  # "vowed revenge for the killing of its general": the killed are no side of the threat
        if event_noun is not None and (ctx.match.trigger.absorb or hosted):
            # "Saudi Arabia hosted talks between the warring Sudanese factions": the host meets
            # the sides of the talks it holds
            inner = trigger_arguments(event_noun)
            side = inner.actor if ctx.event_type == "ACCUSE" and inner.actor is not None else inner.target
            target = ctx.scope.party(side, ctx.speaker)
            return replace(ctx, target=target) if target is not None else None
    return None


def victims_of_subject_event(ctx: RuleContext) -> RuleContext | None:
    """ "A roadside bombing killed one U.S. soldier": the violent event the subject names hit the
    object of the verb (which makes no event of its own, see `subject_event_owns_casualties`)."""
    trig, noun = ctx.match.trigger, ctx.token
    if ctx.target is not None or trig.type not in VIOLENT_TYPES or trig.pos != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ != "nsubj" or not any(m.token.i == verb.i and m.trigger.type == "ASSAULT" for m in ctx.matches):
        return None
    victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
    target = ctx.scope.party(victim, ctx.speaker) if victim is not None else None
    return replace(ctx, target=target) if target is not None else None


# Types whose two sides act together: "Kenya and Uganda held talks" is one side meeting the other,
# "Israel and Hamas agreed to a ceasefire" one side agreeing with the other.
JOINT_TYPES = frozenset({"CONSULT", "COOPERATE", "MOBILIZE", "AGREE", "SUPPORT"})
# Of SUPPORT, only acts two sides do together: signing a pact, restoring or strengthening ties
# ("Britain and France praised the deal" is two sides praising a third thing, no praise of each other).
JOINT_SUPPORT_MODES = frozenset({"sign", "recognize", "ties"})


def _second_side(ctx: RuleContext, head: Token) -> Party | None:
    """The other country of a coordinated actor: "Kenya and Uganda", "U.S. and Russian negotiators",
    "the foreign ministers of India and Pakistan", "officials from Sudan and Chad"."""
    first = ctx.actor.country if ctx.actor is not None else None
    modifiers = [c for c in head.children if c.dep_ in {"amod", "nmod", "compound"}]
    modifiers += [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in load_role_words().member_preps
        for g in p.children
        if g.dep_ == "pobj"
    ]
    shared = [c for m in modifiers for c in m.conjuncts]
    for tok in [*head.conjuncts, *shared]:
        country = ctx.scope.demonym(tok.text)
        if country is not None and tok in shared and ctx.actor is not None and ctx.actor.sector is not None:
            # "Armenian and Azerbaijani forces": the other country's forces, of the head's kind.
            party: Party | None = Party(f"{tok.text} {head.text}", None, country, ctx.actor.sector, "group")
        elif country is not None:
            party = Party(_phrase_text(ctx.scope, tok), None, country, None, "country")
        else:
            party = ctx.scope.party(tok, ctx.speaker)
        if party is not None and party.country and party.country != first:
            return party
    return None


def _other_conjunct(ctx: RuleContext, head: Token) -> Party | None:
    """The party a coordinated subject's second conjunct names ("the army and the RSF")."""
    for tok in head.conjuncts:
        party = ctx.scope.party(tok, ctx.speaker)
        if party is not None and ctx.actor is not None and party.text != ctx.actor.text:
            return party
    return None


def _listed_before(subject: Token) -> Token | None:
    """ "Turkey, Sweden sign security pact": the name a headline lists before its subject and a
    comma, which the parse hangs on the verb as a modifier."""
    if subject.i < 2 or subject.doc[subject.i - 1].text != ",":
        return None
    first = subject.doc[subject.i - 2]
    if first.dep_ != "npadvmod" or first.pos_ != "PROPN" or first.head.i != subject.head.i:
        return None
    return first if first.ent_type_ in {"GPE", "NORP", "ORG"} else None


def joint_sides(ctx: RuleContext) -> RuleContext | None:
    """ "U.S. and Russian negotiators returned to Geneva for talks", "French and Egyptian warships
    began war games", "Kenya and Somalia restored relations": an actor that coordinates two
    countries meets (exercises, agrees, signs or restores ties with) the other one; forces of two
    countries exercising together cooperate (PLOVER COOPERATE); a government and rebels of one
    country meet each other ("the government and the ELN resumed talks"). "Sudan's army and the RSF fought
    heavy battles", "Al-Shabaab fighters and Somali soldiers exchanged fire": two coordinated sides
    that clash fight each other, of one country or two. Two mediators mediate together, between
    others. Two sides that trade or exchange accusations (role_words.json `reciprocal_verbs`)
    accuse each other ("Ethiopia and Somalia traded accusations over the port deal")."""
    if ctx.target is not None or ctx.actor is None or ctx.args.actor is None:
        return None
    listed = _listed_before(ctx.args.actor)
    if listed is not None and (ctx.event_type in JOINT_TYPES or ctx.mode == "clash"):
        # "Turkey, Sweden sign security pact": a headline lists its first side before a comma
        first = ctx.scope.party(listed, ctx.speaker)
        if first is not None and first.country and first.country != ctx.actor.country:
            kind = "COOPERATE" if ctx.event_type == "MOBILIZE" else ctx.event_type
            return replace(ctx, event_type=kind, actor=first, target=ctx.actor)
    if ctx.event_type == "ASSAULT" and ctx.mode == "clash":
        other = _second_side(ctx, ctx.args.actor) or _other_conjunct(ctx, ctx.args.actor)
        return replace(ctx, target=other) if other is not None else None
    reciprocal = lemma(ctx.token) in load_role_words().reciprocal_verbs
    if ctx.event_type not in JOINT_TYPES and not (ctx.event_type == "ACCUSE" and reciprocal):
        return None
    if ctx.event_type == "CONSULT" and ctx.mode == "mediate":
        return None  # "Egypt and Qatar mediated a truce between Israel and Hamas": co-mediators (`mediation_between`)
    if ctx.event_type == "MOBILIZE" and ctx.mode != "exercise":
        return None
    if ctx.event_type == "SUPPORT" and ctx.mode not in JOINT_SUPPORT_MODES:
        return None
    if ctx.event_type == "AGREE" and ctx.token.lemma_.lower() != "agree" and ctx.match.trigger.origin != "hand":
        # "hopes the U.S. and China would find a solution" (a derived pattern) is nobody's
        # agreement; "Russia and Ukraine exchanged prisoners", "the government and the ELN signed a
        # ceasefire" (entries of agreements written for eventwire) are the two sides'.
        return None
    other = _second_side(ctx, ctx.args.actor)
    if other is None and (ctx.event_type in {"AGREE", "SUPPORT"} or reciprocal):
        # "the Ethiopian government and the TPLF signed a peace deal": sides of one country
        other = _other_conjunct(ctx, ctx.args.actor)
    elif other is None and ctx.event_type == "CONSULT":
        # "Colombia's government and the ELN resumed peace talks", "Sudan's army and the RSF held
        # talks": sides of one country meet when the other is named or of another kind ("the
        # president and his ministers met" is one side).
        other = _other_conjunct(ctx, ctx.args.actor)
        if other is not None and other.name is None and other.sector in {None, ctx.actor.sector}:
            other = None
    if other is None:
        return None
    if ctx.event_type == "MOBILIZE":
        return replace(ctx, event_type="COOPERATE", mode="military", target=other)
    return replace(ctx, target=other)


def mediation_between(ctx: RuleContext) -> RuleContext | None:
    """ "Kuwait mediated between Qatar and Saudi Arabia", "Egypt launched a mediation effort
    between the two factions", "Qatar brokered a truce between Israel and Hamas": the mediator
    consults the sides named after "between". So does the host of talks between two sides
    ("Qatar hosted talks between the Taliban and US officials"), a host in PLOVER's terms."""
    if ctx.event_type != "CONSULT" or ctx.mode not in {"mediate", "host"} or ctx.target is not None:
        return None
    holders = [ctx.token]
    while holders[-1].pos_ != "VERB" and holders[-1].head.i != holders[-1].i and len(holders) < 3:
        holders.append(holders[-1].head)  # "launched a mediation effort on Saturday between ..."
    holders += [c for c in ctx.token.children if c.dep_ == "dobj"]  # "brokered a truce between ..."
    for holder in holders:
        prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        side = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        target = ctx.scope.party(side, ctx.speaker) if side is not None else None
        if target is not None and target != ctx.actor:
            return replace(ctx, target=target)
    return None


def routine_police_inquiry(ctx: RuleContext) -> RuleContext | None:
    """ "Police are investigating the shooting": a police force looking into a crime is the
    routine of every crime report, not a political accusation (an inquiry by a government, a
    court or the UN stays ACCUSE)."""
    if ctx.event_type != "ACCUSE" or ctx.mode != "investigate" or ctx.match.trigger.pos != "VERB":
        return None
    return replace(ctx, drop=True) if ctx.actor is not None and ctx.actor.sector == "COP" else None


def seized_people(ctx: RuleContext) -> RuleContext | None:
    """ "Kidnappers seized a Catholic priest", "Islamic State fighters captured 30 villagers": a
    seizure of people by anyone but the state (acled_actors.json `state_sectors`) is an abduction
    (CAMEO 181, ACLED's abduction/forced disappearance); "Police seized a suspect" is an arrest.
    A seizure of things stays a seizure."""
    if ctx.event_type != "COERCE" or ctx.mode != "seize" or ctx.args.target is None or ctx.args.passive:
        return None
    seized = ctx.args.target
    people = load_casualty_words().person_nouns
    if lemma(seized) not in people and seized.lower_ not in people:
        return None  # a name is no evidence: the model tags villages as people ("occupying Togga Suuj")
    if ctx.actor is not None and ctx.actor.sector in load_inter_table().state_sectors:
        return replace(ctx, mode="arrest")
    return replace(ctx, event_type="ASSAULT", mode="abduction")


def taking_a_named_place(ctx: RuleContext) -> RuleContext | None:
    """ "The Nigerian army recaptured Bama from Boko Haram", "Ukrainian troops liberated Izium":
    a verb of taking (role_words.json `taking_verbs`) whose object is a named place takes
    territory (ASSAULT, mode occupy), whatever entry coded the verb (a derived pattern reads
    "captured" as an arrest, "liberated" as a release)."""
    if ctx.event_type == "ASSAULT" or lemma(ctx.token) not in load_role_words().taking_verbs:
        return None
    obj = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    # A place the resolver found, whatever the model labels it ("Kherson" as a person), or a town
    # too small for the gazetteer that the model labels a place ("Bama").
    placed = any(p.start <= obj.idx < p.end and p.kind == "toponym" for p in ctx.scope.places)
    if not placed and obj.ent_type_ not in {"GPE", "LOC"} and not _taken_from_a_side(ctx.token, obj):
        return None
    return replace(ctx, event_type="ASSAULT", mode="occupy", target=None)


def _taken_from_a_side(verb: Token, obj: Token) -> bool:
    """ "Wazalendo fighters captured Kibirizi from M23 rebels": a name no gazetteer places, taken
    from an armed side (role_words `loser_preps`), is a place, not a thing or a person seized."""
    if obj.pos_ != "PROPN" or obj.ent_type_ in {"PERSON", "NORP"}:
        return False
    loser = _on_act_or_object(verb, load_role_words().loser_preps)
    return loser is not None and load_actor_lexicon().head_nouns.get(lemma(loser)) in ARMED_SECTORS


def _on_act_or_object(token: Token, preps: Iterable[str]) -> Token | None:
    """The object of one of `preps` on an act, or on its direct object, where the parse often
    hangs it ("recaptured the town from the rebels", "received jets from Denmark", "recalled its
    ambassador from Peru"); on an event noun, on the noun or the verb that governs it."""
    holders = [token] if token.pos_ == "VERB" else [token, token.head]
    holders += [c for c in token.children if c.dep_ == "dobj"]
    # "regained control of the airport from the RSF": on what the object is of
    holders += [g for o in holders[1:] for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    found = (prep_object(h, p) for h in holders for p in preps)
    return next((t for t in found if t is not None), None)


def _people_of(place: PlaceMention | None) -> Party | None:
    """The people of a town or region named as a side ("aid to Gaza", "the crossing with Gaza"):
    the place's country, under the place's own words."""
    if place is None or not place.country:
        return None
    return Party(place.text, None, place.country, None, "country")


def aid_to_a_place(ctx: RuleContext) -> RuleContext | None:
    """ "Japan pledged $500 million in humanitarian aid to Gaza", "the UN delivered aid to
    Tigray": aid sent to a town or region goes to its people, so the place's country is the
    recipient (the place stays where the aid goes). A place hit by force names no side (`Scope.place_at`)."""
    people = _people_of(ctx.place_target)
    if ctx.match.trigger.type != "AID" or ctx.target is not None or people is None:
        return None
    return replace(ctx, target=people)


def handed_to_a_side(ctx: RuleContext) -> RuleContext | None:
    """ "Colombia extradited the drug lord Fabio Ochoa to the United States", "handed the suspects
    over to Interpol": judicial cooperation is with the side the person is sent to, not with the
    person (PLOVER COOPERATE, CAMEO 0641)."""
    if ctx.event_type != "COOPERATE" or ctx.mode != "judicial":
        return None
    receiver = ctx.scope.party(prep_object(ctx.token, "to"), ctx.speaker)
    return replace(ctx, target=receiver) if receiver is not None and receiver != ctx.actor else None


def asked_from_a_side(ctx: RuleContext) -> RuleContext | None:
    """ "Nepal requested emergency assistance from India", "demanded an apology from Japan": what
    is asked "from" a side is asked of it, when no addressee is named."""
    if ctx.event_type != "REQUEST" or ctx.target is not None:
        return None
    asked = prep_object(ctx.token, "from")
    thing = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    if asked is None and thing is not None:
        asked = prep_object(thing, "from")  # the parse may hang "from" on what is asked
    side = ctx.scope.party(asked, ctx.speaker)
    return replace(ctx, target=side) if side is not None and side.country != (ctx.actor and ctx.actor.country) else None


def discussed_with_a_side(ctx: RuleContext) -> RuleContext | None:
    """ "Lavrov discussed the war in Ukraine with Wang Yi": what is discussed is the topic; the
    side it is discussed "with" is met, whether the parse hangs "with" on the verb or on the topic
    (the topic's country, Ukraine, is no counterpart)."""
    if ctx.event_type != "CONSULT" or lemma(ctx.token) != "discuss":
        return None
    topic = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    partner = prep_object(ctx.token, "with") or (prep_object(topic, "with") if topic is not None else None)
    side = ctx.scope.party(partner, ctx.speaker) if partner is not None else None
    if side is None or side == ctx.target:
        return None
    return replace(ctx, target=side, args=replace(ctx.args, target=partner))


def received_aid(ctx: RuleContext) -> RuleContext | None:
    """ "Ukraine received the first F-16 jets from Denmark", "Gaza received 200 trucks of aid from
    Egypt": aid seen from its recipient is the giver's (after "from"; role_words.json
    `receiving_verbs`), to the receiver; with no giver named, only the receiver is. A town or a
    region that receives aid names its people, so its country receives it (as `aid_to_a_place`)."""
    if ctx.event_type != "AID" or lemma(ctx.token) not in load_role_words().receiving_verbs or ctx.args.passive:
        return None
    giver = _on_act_or_object(ctx.token, ("from",))
    receiver = ctx.actor or _people_of(ctx.scope.place_at(ctx.args.actor))
    return replace(ctx, actor=ctx.scope.party(giver, ctx.speaker) if giver is not None else None, target=receiver)


def border_with(ctx: RuleContext) -> RuleContext | None:
    """ "Chad closed its border with Sudan", "Pakistan shut the Torkham crossing with
    Afghanistan": a border or crossing closed is closed to the country on its other side, named
    after "with" (role_words.json `boundary_nouns`), or to the people of a region named so ("the
    crossing with Gaza"); the border itself is no side."""
    if ctx.event_type != "COERCE" or ctx.target is not None:
        return None
    boundaries = load_role_words().boundary_nouns
    if not any(c.dep_ == "dobj" and lemma(c) in boundaries for c in ctx.token.children):
        return None
    side = _on_act_or_object(ctx.token, ("with",))  # on the border or on the verb
    if side is None:
        return None
    target = ctx.scope.party(side, ctx.speaker) or _people_of(ctx.scope.place_at(side))  # "the crossing with Gaza"
    if target is None or target == ctx.actor:
        return None
    return replace(ctx, target=target)


def territory_taken_from(ctx: RuleContext) -> RuleContext | None:
    """ "The army recaptured the town from Wagner fighters", "Kurdish forces wrested the city
    from the Islamic State": the side a place is taken from (role_words.json `loser_preps`) is the
    taking's target. A place after "from" ("captured the village from the east") is no side."""
    if ctx.event_type != "ASSAULT" or ctx.mode != "occupy" or ctx.target is not None:
        return None
    loser = _on_act_or_object(ctx.token, sorted(load_role_words().loser_preps))  # "wrested the city of Raqqa from"
    if loser is None or any(p.start <= loser.idx < p.end and p.precision != "country" for p in ctx.scope.places):
        return None  # a country is a side ("from Russia"); a town or a region is where from
    target = ctx.scope.party(loser, ctx.speaker)
    if target is None or target == ctx.actor:
        return None
    return replace(ctx, target=target)


FORCE_ON_PEOPLE = frozenset({"ASSAULT", "COERCE"})


def policed_protest_is_not_the_police(ctx: RuleContext) -> RuleContext | None:
    """ "Kenyan police killed 20 protesters during demonstrations", "soldiers shot dead five
    students during protests": a protest noun in a clause of force (ASSAULT, COERCE) borrowed the
    clause's subject, who policed the protest; the protesters are the people the force fell on
    (the clause's object). A clause with no people as its object leaves the subject: "police
    marched in a protest over pay", "demonstrators clashed with police during a rally"; so does one
    whose force fell on the forces of order ("a man killed a security guard during protests")."""
    if ctx.event_type != "PROTEST" or ctx.token.pos_ != "NOUN" or ctx.args.actor is None:
        return None
    if ctx.args.actor.i in range(ctx.token.left_edge.i, ctx.token.right_edge.i + 1):
        return None  # "protests by students": the noun's own doer
    governor = ctx.token.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
        governor = governor.head
    if not any(m.token.i == governor.i and m.trigger.type in FORCE_ON_PEOPLE for m in ctx.matches):
        return None
    fell_on = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if fell_on is None or lemma(fell_on) not in people_words():
        return None  # "demonstrators clashed with police during a rally": the subject took part
    protesters = ctx.scope.party(fell_on, ctx.speaker)
    if protesters is None or protesters.sector in _ORDER_SECTORS:
        return None
    return replace(ctx, actor=protesters)


_ORDER_SECTORS = frozenset({"COP", "MIL"})  # forces of order: the side that polices a protest


def police_raid_is_a_search(ctx: RuleContext) -> RuleContext | None:
    """ "Police raided the offices of the newspaper and froze its assets": a police force's raid
    is a search of premises (COERCE, mode search), not an attack, unless the sentence tells violence
    of its own ("police raided a hideout, killing three gunmen") or its dead and wounded ("a police
    raid left two people dead")."""
    token = ctx.token
    if ctx.event_type != "ASSAULT" or token.lemma_.lower() not in load_role_words().raid_words:
        return None
    if ctx.actor is None or ctx.actor.sector != "COP":
        return None
    if any(m.trigger.type == "ASSAULT" and m.token.i != token.i for m in ctx.matches):
        return None
    clause = token.head if token.pos_ == "NOUN" else token
    if any(_outcome_of(t, {token.i, clause.i}) for t in ctx.sentence if tells_casualties([t])):
        return None
    return replace(ctx, event_type="COERCE", mode="search")


def _outcome_of(word: Token, clause: set[int]) -> bool:
    """A casualty word that hangs on the clause, not in a relative clause of its own: "the raid
    left two dead", "raided the slum, leaving two dead" (not "the home of a man who died")."""
    node = word
    while node.head.i != node.i and node.i not in clause:
        if node.dep_ == "relcl":
            return False
        node = node.head
    return node.i in clause


def state_protest_is_complaint(ctx: RuleContext) -> RuleContext | None:
    """ "China strongly protested the US decision", "Japan lodged a protest with Beijing": a
    state, a government body or an official protests by complaining (CAMEO 114, PLOVER ACCUSE),
    not by demonstrating; crowds, workers and parties demonstrate."""
    if ctx.event_type != "PROTEST" or lemma(ctx.token) != "protest" or ctx.actor is None:
        return None
    head, lexicon = ctx.args.actor, load_actor_lexicon()
    official = head is not None and "GOV" in (lexicon.head_nouns.get(lemma(head)), lexicon.titles.get(lemma(head)))
    # "the Kenyan president", "the foreign ministry" (not "government workers", whose head is no office)
    if ctx.actor.kind != "country" and not (ctx.actor.sector == "GOV" and (official or ctx.actor.kind == "person")):
        return None
    target = ctx.target
    if target is None:  # "India protested to Pakistan": the addressee of the complaint
        addressee = prep_object(ctx.token, "to") or prep_object(ctx.token, "with")
        target = ctx.scope.party(addressee, ctx.speaker) if addressee is not None else None
    return replace(ctx, event_type="ACCUSE", mode="accuse", target=target)


def condemned_act_in_a_country(ctx: RuleContext) -> RuleContext | None:
    """ "France condemned the coup in Niger", "the EU criticised the crackdown in Belarus": an
    accusation of an act that names no side accuses the country it happened in (PLOVER codes the
    dyad so); a place that is no country or town ("the comments in the newspaper") names none."""
    if ctx.event_type != "ACCUSE" or ctx.mode != "criticize" or ctx.target is not None or ctx.token.pos_ != "VERB":
        return None  # "police are investigating a shooting in Irvington" probes, it blames nobody
    obj = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    place = prep_object(obj, "in") if obj is not None else None
    if place is None or place.pos_ != "PROPN":
        return None
    country = ctx.scope.party(place, ctx.speaker)
    if (
        country is None
        or not country.country
        or country.kind in {"person", "organisation"}
        or country.sector not in {None, "GOV"}
    ):
        return None  # a person, a body or an armed side ("the Kenyan army") is a side, not a place
    if ctx.actor is not None and ctx.actor.country == country.country:
        return None
    return replace(ctx, target=country)


def object_owner_target(ctx: RuleContext) -> RuleContext | None:
    """ "accepted the demands of the rebels", "rejected Iran's proposal", "rejected a plan proposed
    by China", "expelled inspectors of the agency", "restored ties with Iran": whose demand,
    proposal or people it is, or the counterpart of the relation; "welcomed the agreement between
    Saudi Arabia and Iran": its first side (role_words.json `sides_preps`)."""
    head = ctx.args.target
    if ctx.target is not None or ctx.match.trigger.type not in OWNED_OBJECT_TYPES or head is None:
        return None
    words = load_role_words()
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ in words.owner_preps
               for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    # "rejected the proposal put forward by Egypt", "a peace plan proposed by China": the agent
    # of the participle that names who made it
    owners += [g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]  # fmt: skip
    # "welcomed the agreement between Saudi Arabia and Iran": the object's sides, the first named
    owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ in words.sides_preps
               for g in p.children if g.dep_ == "pobj" and g.conjuncts]  # fmt: skip
    target = next((p for p in (ctx.scope.party(o, ctx.speaker) for o in owners) if p is not None), None)
    return replace(ctx, target=target) if target is not None else None


def goods_origin(ctx: RuleContext) -> RuleContext | None:
    """ "duties on $50 billion of imports from China": the goods' country is the target."""
    if ctx.target is not None or ctx.match.trigger.type != "SANCTION" or ctx.args.target is None:
        return None
    scope = ctx.scope
    for tok in ctx.args.target.subtree:
        country = scope.demonym(tok.text) if tok.text[:1].isupper() else None
        place = next((p for p in scope.places if p.start == tok.idx and p.precision == "country"), None)
        if place is not None and place.country:
            return replace(ctx, target=Party(tok.text, place.name, place.country, "GOV", "country"))
        if country:
            return replace(ctx, target=Party(tok.text, None, country, None, "group"))
    return None


def ordered_out_is_expulsion(ctx: RuleContext) -> RuleContext | None:
    """ "The junta ordered French troops to leave the country", "Mali told the UN mission to
    leave": a side made to leave by another is expelled (CAMEO 166, 174; PLOVER SANCTION, mode
    expel), whatever the verb of ordering coded; its own forces sent away retreat instead ("ordered
    its troops to withdraw", "Russia ordered Russian troops to leave"), not deploy."""
    words, token = load_role_words(), ctx.token
    if ctx.actor is None or lemma(token) not in words.expelling_verbs:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    ordered = next((c for c in token.children if c.dep_ == "xcomp"), None)
    leave = ordered if ordered is not None and lemma(ordered) in words.leaving_verbs else None
    if ordered is not None and leave is None and ctx.event_type == "SANCTION" and ctx.mode == "expel":
        return replace(ctx, drop=True)  # "ordered the UN mission to step up patrols": no one is sent away
    if obj is None or leave is None:
        return None
    target = ctx.scope.party(obj, ctx.speaker)
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    if own or (target is not None and target.country and target.country == ctx.actor.country):
        if ctx.event_type != "MOBILIZE":
            return None
        if any(m.token.i == leave.i for m in ctx.matches):
            return replace(ctx, drop=True)  # "ordered his troops to withdraw": the withdrawal is the event
        return replace(ctx, event_type="RETREAT", mode="military", target=None)
    if target is None or not (target.country or target.kind == "organisation"):
        return None
    return replace(ctx, event_type="SANCTION", mode="expel", target=target)


def expelled_diplomats_state(ctx: RuleContext) -> RuleContext | None:
    """ "expelled 60 Russian diplomats": the diplomats' state (their own modifiers only, not "more
    diplomats than Britain"), when it is not the actor's."""
    trig = ctx.match.trigger
    if ctx.target is not None or trig.type != "SANCTION" or not trig.objects or ctx.args.target is not None:
        return None
    obj = next((c for c in ctx.token.children if c.dep_ == "dobj"), None)
    modifiers = [c for c in obj.children if c.dep_ in {"amod", "compound", "poss", "nmod"}] if obj else []
    owner = next((p for p in (ctx.scope.party(m, ctx.speaker) for m in modifiers) if p and p.country), None)
    if owner is None or obj is None or (ctx.actor is not None and owner.country == ctx.actor.country):
        return None
    # the target is the diplomats themselves ("ten Polish diplomats"), of the state that names them
    whole = ctx.scope.party(obj, ctx.speaker)
    if whole is not None and whole.country == owner.country:
        return replace(ctx, target=whole)
    return replace(ctx, target=replace(owner, text=_phrase_text(ctx.scope, obj)))


def recalled_envoy(ctx: RuleContext) -> RuleContext | None:
    """ "the ambassador to Moscow was recalled" (or withdrawn, `sanction.withdraw-envoy`): a state
    recalls its own envoy from his post;
    "Mexico recalled its ambassador from Peru", "... its ambassador to Peru": the post's state is
    the target."""
    trig, args = ctx.match.trigger, ctx.args
    if trig.type != "SANCTION" or (ctx.token.lemma_.lower() != "recall" and trig.id != "sanction.withdraw-envoy"):
        return None
    if not args.passive:
        if ctx.target is not None or ctx.actor is None:
            return None
        post = _on_act_or_object(ctx.token, ("from", "to"))  # "recalled its ambassador from Peru" / "to Turkey"
        host = ctx.scope.party(post, ctx.speaker)
        if host is None or not host.country or host.country == ctx.actor.country:
            return None
        return replace(ctx, target=host)
    if ctx.actor is not None:
        return None
    post = (prep_object(args.target, "to") if args.target is not None else None) or prep_object(ctx.token, "from")
    host = ctx.scope.party(post, ctx.speaker)
    target = ctx.target
    new_target = host if host is not None and target is not None and host.country != target.country else None
    if target is None and new_target is None:
        return None
    return replace(ctx, actor=target, target=new_target)


def retreating_troops(ctx: RuleContext) -> RuleContext | None:
    """ "pull out the 2,000 U.S. troops": the troops' side retreats."""
    target = ctx.target
    if ctx.match.trigger.type != "RETREAT" or ctx.actor is not None or target is None:
        return None
    if target.sector != "MIL" or not target.country:
        return None
    return replace(ctx, actor=target, target=None)


def _based_origin(scope: Scope, head: Token | None) -> Token | None:
    """ "Iraq-based forces": the place the forces are based in."""
    if head is None:
        return None
    for tok in scope.actors.phrase_tokens(head):
        nxt = scope.doc[tok.i + 1 : tok.i + 3]
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "based":
            return tok
    for tok in head.subtree:
        # "troops currently in Syria"
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.ent_type_ == "GPE":
            return tok
    return None


def moved_to_a_destination(ctx: RuleContext) -> RuleContext | None:
    """ "India moved additional troops to its border with China", "redeployed forces to the
    north": forces moved to a place, from nowhere the sentence names, are deployed there (PLOVER
    MOBILIZE); moved "from" or "out of" a place, or forces "based" in one ("moving its Iraq-based
    forces to Kuwait"), they retreat from it."""
    token = ctx.token
    if ctx.event_type != "RETREAT" or ctx.match.trigger.pos != "VERB" or not ctx.match.trigger.objects:
        return None
    if lemma(token) not in load_role_words().moving_verbs:
        return None
    if ctx.match.trigger.particle is not None or ctx.args.origin is not None:
        return None
    if _based_origin(ctx.scope, ctx.args.target) is not None:
        return None
    parts = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"}}
    if parts & {"out", "away", "back", "home"} or not any(
        prep_object(token, p) for p in ("to", "toward", "towards", "into")
    ):
        return None
    return replace(ctx, event_type="MOBILIZE", mode="deploy")


def retreat_origin(ctx: RuleContext) -> RuleContext | None:
    """ "Russia withdrew its forces from Syria", "Iraq-based forces pulled out": the place left
    is the target. "Mali announced its withdrawal from ECOWAS": an international body left is
    left as an agreement is (PLOVER RETREAT, CAMEO 16), not by forces."""
    if ctx.match.trigger.type != "RETREAT":
        return None
    origin = ctx.args.origin or _based_origin(ctx.scope, ctx.args.target)
    origin_party = ctx.scope.party(origin, ctx.speaker) if origin is not None else None
    if origin_party is None and origin is not None:
        origin_party = _place_left(ctx, origin)
    if origin_party is None:
        return None
    # an international court ("the International Criminal Court") is such a body too
    body = origin_party.kind == "organisation" and origin_party.country is None
    if ctx.mode == "military" and body and origin_party.sector in INTERNATIONAL_SECTORS | {"JUD"}:
        return replace(ctx, target=origin_party, mode="withdraw_agreement")
    return replace(ctx, target=origin_party)


def _place_left(ctx: RuleContext, origin: Token) -> Party | None:
    """ "withdrew from the Somali town of Beledweyne", "pulled out of the city of Kherson in
    Ukraine": a town left stands for the country it lies in, as a country left does (a town, city
    or region: actor_sectors.json `location_nouns`; not "withdrew from the race in Ohio")."""
    if lemma(origin) not in load_actor_lexicon().location_nouns:
        return None
    start, end = origin.left_edge.idx, origin.right_edge.idx + len(origin.right_edge)
    place = next((p for p in ctx.scope.places if start <= p.start < end and p.kind == "toponym" and p.country), None)
    if place is None or place.precision == "country":
        return None  # a country named so is one `party` already reads
    text = " ".join(doc_text(ctx.scope.doc)[start:end].split())
    return Party(text, None, place.country, None, "country")


def agreement_left_is_no_side(ctx: RuleContext) -> RuleContext | None:
    """ "The United States withdrew from the Paris climate agreement": an agreement left
    (role_words.json `agreement_nouns`) is no side, nor of the city that names it; its partner
    after "with" is ("pulled out of the nuclear deal with Iran"), when one is named."""
    if ctx.match.trigger.type != "RETREAT" or ctx.mode != "withdraw_agreement":
        return None
    agreements = load_role_words().agreement_nouns
    left = next((t for t in (ctx.args.origin, ctx.args.target) if t is not None and lemma(t) in agreements), None)
    if left is None:
        return None
    partner = prep_object(left, "with") or prep_object(ctx.token, "with")
    side = ctx.scope.party(partner, ctx.speaker) if partner is not None else None
    return replace(ctx, target=side) if side != ctx.target else None


def withdrawn_forces_owner(ctx: RuleContext) -> RuleContext | None:
    """ "2,000 U.S. troops will be withdrawn": the side of the forces withdrawn retreats."""
    args = ctx.args
    if ctx.match.trigger.type != "RETREAT" or ctx.actor is not None or not args.passive or args.target is None:
        return None
    owner = ctx.scope.actors.resolve(args.target, ctx.speaker)
    if owner is None or not owner.country:
        return None
    return replace(ctx, actor=Party(owner.text, owner.name, owner.country, owner.sector))


def deployed_forces_are_the_deployers(ctx: RuleContext) -> RuleContext | None:
    """ "Russia massed troops near Ukraine's borders", "Kenya deployed police officers to Haiti":
    the forces a side deploys, sends or mobilises are its own (named without an owner, or with
    "its"), so they are the actor's and no target. The target is the side the destination names:
    a country it goes to, near or around, or the one across a border ("to the border with
    Guyana", "Ukraine's borders"); none when it names none ("called up 360,000 reservists").
    Forces deployed or put on alert in the passive, by nobody named ("Kenyan police officers were
    deployed to Haiti", "Azerbaijani troops were put on high alert"), are their own state's
    mobilisation: the forces are the actor."""
    if ctx.event_type == "MOBILIZE" and ctx.mode != "base" and _forces_mobilised_by_nobody(ctx):
        assert ctx.target is not None
        moved = replace(ctx, actor=ctx.target, target=None)
        return deployed_forces_are_the_deployers(moved) or moved
    if ctx.event_type != "MOBILIZE" or ctx.mode == "base" or ctx.actor is None or not ctx.actor.country:
        return None  # a base set up "near Latakia" faces nobody (`base-is-no-counterpart`)
    target = ctx.target
    own = target is not None and (
        target.sector in _DEPLOYED_SECTORS and not target.name and target.country in {None, ctx.actor.country}
    )
    if target is not None and not own:
        return None
    heads = [ctx.token] + ([ctx.args.target] if ctx.args.target is not None else [])
    if ctx.token.pos_ == "NOUN" and ctx.token.dep_ == "dobj":
        heads.append(ctx.token.head)  # "approved the deployment of 3,000 troops to Poland"
    side = next((found for head in heads if (found := _destination_side(ctx, head)) is not None), None)
    return replace(ctx, target=side) if side is not None or own else None


def _forces_mobilised_by_nobody(ctx: RuleContext) -> bool:
    """Whether the event's subject is forces of a known country that the passive says were
    deployed or alerted, with no agent or actor named."""
    target, head = ctx.target, ctx.args.target
    if ctx.actor is not None or ctx.args.actor is not None or target is None or head is None:
        return False
    return head.dep_ == "nsubjpass" and target.sector in _DEPLOYED_SECTORS and bool(target.country) and not target.name


_DESTINATION_PREPS = frozenset({"to", "into", "near", "along", "around", "toward", "towards", "on", "at", "across"})


def _destination_side(ctx: RuleContext, head: Token) -> Party | None:
    """The foreign side a destination phrase on a word names (role_words.json `boundary_nouns`:
    a border names the country on its other side)."""
    own_country = ctx.actor.country if ctx.actor is not None else None
    for prep in head.children:
        if prep.dep_ not in {"prep", "dative"} or prep.lower_ not in _DESTINATION_PREPS:
            continue
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            named: Token | None = place
            side: Party | None = None
            if lemma(place) in load_role_words().boundary_nouns:
                across = prep_object(place, "with")
                owner = next((c for c in place.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                named = across or owner
                # "near the Ukrainian border": the country of the border's adjective
                adjective = next((c for c in place.children if c.dep_ == "amod" and ctx.scope.demonym(c.text)), None)
                if named is None and adjective is not None:
                    side = Party(adjective.text, None, ctx.scope.demonym(adjective.text), None, "country")
            side = side or (ctx.scope.party(named, ctx.speaker) if named is not None else None)
            if side is not None and side.country and side.country != own_country:
                return side
    return None


_DEPLOYED_SECTORS = frozenset({"MIL", "COP"})


def _inner_event(ctx: RuleContext) -> TriggerMatch | None:
    inside = absorbed([ctx.match, *[m for m in ctx.matches if m is not ctx.match]])
    return min(
        (m for m in ctx.matches if m.token.i in inside),
        key=lambda m: (ORIGIN_RANK.get(m.trigger.origin, len(ORIGIN_RANK)), m.token.i),
        default=None,
    )


def _place_owner(ctx: RuleContext, head: Token) -> Party | None:
    """The country of a place a threatened act would fall on: the town or region the head or its
    "of" names ("to attack Rafah", "the city of Rafah"), or the country named after its "of" ("the
    Essequibo region of Guyana")."""
    owner = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children), None)
    people = _people_of(ctx.scope.place_at(head)) or _people_of(ctx.scope.place_at(owner))
    if people is not None:
        return people
    party = ctx.scope.party(owner, ctx.speaker) if owner is not None else None
    return party if party is not None and party.kind == "country" else None


def warned_side_pays(ctx: RuleContext) -> RuleContext | None:
    """ "Iran warned that Israel would pay a heavy price", "warned that Washington would face
    consequences": the side told it would pay or face a price or a reprisal (role_words.json
    `consequence_nouns`) is the one threatened; "warned of retaliation against Finland" threatens
    the side the reprisal is against."""
    if ctx.event_type != "THREATEN" or ctx.target is not None:
        return None
    nouns = load_role_words().consequence_nouns
    for clause in price_clauses(ctx.token):
        payer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        side = ctx.scope.party(payer, ctx.speaker) if payer is not None and payer.pos_ != "PRON" else None
        if side is not None:
            return replace(ctx, target=side)
    reprisal = prep_object(ctx.token, "of")
    if reprisal is not None and lemma(reprisal) in nouns:
        aimed = prep_object(reprisal, "against")
        side = ctx.scope.party(aimed, ctx.speaker) if aimed is not None else None
        if side is not None:
            return replace(ctx, target=side)
    return None


def absorbed_inner_event(ctx: RuleContext) -> RuleContext | None:
    """ "urged X to withdraw" / "demand for X to leave": X, who is asked to act; "vowed to fight
    the U.S." / "refused to meet X": whom the act would hit. Not when a passive names the
    target: "X is accused of stabbing Y" accuses X, not Y. A threat of force whose content is a
    sanction threatens a sanction ("threatened to impose tariffs on Mexico")."""
    trig, args = ctx.match.trigger, ctx.args
    if not trig.absorb:
        return None
    inner = _inner_event(ctx)
    retyped = None
    if inner is not None and trig.type == "THREATEN" and inner.trigger.type == "SANCTION" and ctx.mode == "force":
        ctx = retyped = replace(ctx, mode="sanction")  # "threatened to impose tariffs on Mexico"
    if ctx.target is not None or (args.passive and args.target is not None) or inner is None:
        return retyped
    inner_args = trigger_arguments(inner)
    first, second = (inner_args.actor, inner_args.target) if trig.type == "REQUEST" else (inner_args.target, None)
    if first is not None and args.actor is not None and first.i == args.actor.i:
        # "Qatar called on both sides to resume talks": the parse lends the asker as the doer of
        # what is asked; a side does not ask itself.
        first = None
    target = ctx.scope.party(first, ctx.speaker) or ctx.scope.party(second, ctx.speaker)
    if target is None and first is not None and trig.type == "THREATEN":
        target = _place_owner(ctx, first)  # "threatened to annex the Essequibo region of Guyana"
    actor = ctx.actor
    if target is not None and actor is not None and target.country == actor.country and trig.type != "REQUEST":
        target = None
    return replace(ctx, target=target) if target is not None else retyped


# --- after the shape checks -------------------------------------------------------------------
def misparsed_speech_coordination(ctx: RuleContext) -> RuleContext | None:
    """ "Moon said China was responsible and called for Beijing's help": a misparsed coordination
    lends the reported clause's subject; the speaker asks, not China."""
    trig, actor, target, speaker = ctx.match.trigger, ctx.actor, ctx.target, ctx.speaker
    if not trig.speech or trig.type not in {"REQUEST", "ACCUSE", "REJECT"}:
        return None
    if actor is None or target is None or actor.country is None or actor.country != target.country:
        return None
    if speaker is None or speaker.country in {None, actor.country}:
        return None
    return replace(ctx, actor=speaker)


# --- once the location is known -----------------------------------------------------------------
def struck_city_is_place(ctx: RuleContext) -> RuleContext | None:
    """ "the strike on Kyiv": Kyiv is the government hit and the place."""
    args = ctx.args
    if ctx.match.trigger.type != "ASSAULT" or ctx.place_target is not None or args.target is None:
        return None
    idx = args.target.idx
    hit = next((p for p in ctx.scope.places if p.start <= idx < p.end and p.precision == "city"), None)
    return replace(ctx, location=hit) if hit is not None else None


def retreat_origin_is_place(ctx: RuleContext) -> RuleContext | None:
    """ "Russia will pull its troops out of Syria": the country left, named in the sentence, is
    where the withdrawal happens."""
    target, sent = ctx.target, ctx.sentence
    if ctx.match.trigger.type != "RETREAT" or target is None or not target.country:
        return None
    origin_place = next((p for p in ctx.scope.places if p.country == target.country and p.start >= sent.start_char
                         and p.end <= sent.end_char and p.precision == "country"), None)  # fmt: skip
    return replace(ctx, location=origin_place) if origin_place is not None else None


# --- once the date is known -----------------------------------------------------------------------
def crowd_is_civilians(ctx: RuleContext) -> RuleContext | None:
    """ "hundreds of supporters of Park gathered", "thousands marched": the trigger's subject
    list, or the protest itself, says who they are: civilians of the place they gather."""
    trig, subject = ctx.match.trigger, ctx.args.actor
    if ctx.actor is not None or subject is None:
        return None
    crowd = trig.type == "PROTEST" and lemma(subject) in load_event_words().crowd_nouns
    if not (trig.subjects or crowd):
        return None
    words = load_role_words()
    if {lemma(subject), lemma(subject).removesuffix("s")} & (words.violence_words | words.projectile_nouns):
        return None  # "a grenade thrown into a bar wounded nine", "mortar rounds struck": the weapon is nobody
    return replace(ctx, actor=Party(_phrase_text(ctx.scope, subject), None, None, "CVL", "group"))


def state_strike_is_its_military(ctx: RuleContext) -> RuleContext | None:
    """ "An Israeli airstrike", "a Russian missile strike", "Turkish shelling": a state named only
    as the modifier of a strike from the air or from afar (role_words.json `military_modes`)
    struck with its armed forces, not as a government."""
    actor, head = ctx.actor, ctx.args.actor
    if ctx.event_type != "ASSAULT" or ctx.mode not in load_role_words().military_modes or ctx.token.pos_ != "NOUN":
        return None
    if actor is None or head is None or not actor.country or actor.sector not in {None, "GOV"}:
        return None
    if actor.kind not in {"country", "group"}:
        return None  # a person or an organisation keeps their own
    modifier = head
    while modifier.dep_ in {"amod", "compound", "nmod", "npadvmod"} and modifier.head.i != modifier.i:
        modifier = modifier.head
        if modifier.i == ctx.token.i:
            return replace(ctx, actor=replace(actor, sector="MIL"))
    return None


def struck_property_is_its_country(ctx: RuleContext) -> RuleContext | None:
    """ "Russian missiles struck a power plant in Kharkiv", "Israeli jets hit targets in southern
    Lebanon", "Russia shelled Kharkiv": a thing or a town a foreign side strikes, which names no
    side, belongs to the country where the sentence places it; the strike is on that country (as
    PLOVER and CAMEO code the dyad: Phoenix lists Kharkiv or Aleppo as their countries). A
    strike at home ("rebels attacked a power plant in Kaduna") keeps no target: the thing is
    nobody's that the sentence says."""
    head, actor, location = ctx.args.target, ctx.actor, ctx.location
    # "Russia attacked Kharkiv", "a ground assault on Rafah": a town struck is a place hit too
    town = head is not None and head.pos_ == "PROPN" and ctx.scope.place_at(head) is not None
    if ctx.event_type != "ASSAULT" or ctx.target is not None or head is None or not (head.pos_ == "NOUN" or town):
        return None
    if actor is None or not actor.country or location is None or not location.country:
        return None
    if actor.country == location.country or lemma(head) in people_words():
        return None
    if lemma(head) in load_role_words().garrison_nouns:
        return None  # "fired missiles at two bases in Iraq hosting US troops": whose forces hold it
    hurting = load_casualty_words().verbs
    if tells_casualties(ctx.sentence) or any(t.lemma_.lower() in hurting and t != ctx.token for t in ctx.sentence):
        return None  # "bombed a house in Gaza, killing five": the victims are the side hit
    if not ctx.sentence.start_char <= location.start < ctx.sentence.end_char:
        return None  # only a place this sentence names, not the report's focus
    return replace(ctx, target=Party(_phrase_text(ctx.scope, head), None, location.country, None, "country"))


def protest_at_an_embassy(ctx: RuleContext) -> RuleContext | None:
    """ "Pakistanis demonstrated outside the Danish embassy in Islamabad", "protesters rallied at
    the embassy of Iran": a protest with no named addressee, held at a state's embassy or consulate
    (role_words.json `mission_nouns`), is aimed at that state, not at the host government."""
    if ctx.match.trigger.type != "PROTEST" or ctx.event_type == "ACCUSE" or ctx.target is not None:
        return None
    missions = load_role_words().mission_nouns
    for noun in ctx.token.subtree:
        if noun.lemma_.lower() not in missions or noun.dep_ != "pobj":
            continue
        owners = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"}]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for owner in owners:
            party = ctx.scope.party(owner, ctx.speaker)
            if party is not None and party.country:
                mission = Party(_phrase_text(ctx.scope, noun), None, party.country, "GOV", "country")
                return replace(ctx, target=mission)
    return None


def protest_aims_at_local_government(ctx: RuleContext) -> RuleContext | None:
    """ "Thousands of farmers protested in Lagos": a protest with no named addressee is aimed at
    the government where it is held."""
    location = ctx.location
    if ctx.match.trigger.type != "PROTEST" or ctx.event_type == "ACCUSE" or ctx.target is not None:
        return None  # a state's complaint (`state_protest_is_complaint`) is addressed, not held
    if ctx.actor is None or location is None or not location.country:
        return None
    implied = Party(f"government {IMPLIED_MARK}", None, location.country, "GOV", "group", implied=True)
    return replace(ctx, target=implied)


def coerce_falls_on_actors_people(ctx: RuleContext) -> RuleContext | None:
    """ "the junta ordered the opposition party to disband": arrests, bans and orders fall on
    people within the actor's reach; an unnamed group is of the actor's country."""
    actor, target, head = ctx.actor, ctx.target, ctx.args.target
    if ctx.event_type != "COERCE" or actor is None or not actor.country or head is None:
        return None
    if target is None and head.pos_ == "NOUN":
        # "demolished a house in Hebron": property seized or destroyed is of the place it stands
        # in (`localise`), not of the actor's country; people arrested or banned are within reach.
        thing = ctx.mode == "seize" and not names_people_or_a_side(lemma(head))
        country = None if thing else actor.country
        return replace(ctx, target=Party(_phrase_text(ctx.scope, head), None, country, None, "group"))
    if target is not None and target.country is None and target.kind == "group" and not target.name:
        if ctx.mode == "seize" and head.pos_ == "NOUN" and not names_people_or_a_side(lemma(head)):
            return None  # "Iran seized an oil tanker": a thing seized is of nobody the report names
        return replace(ctx, target=replace(target, country=actor.country))
    return None


# The COERCE modes whose doers, police or a court, report them.
_REPORTED_BY_DOERS = frozenset({"arrest", "search", "seize", "disrupt", "sentence"})


def passive_arrest_by_reporting_police(ctx: RuleContext) -> RuleContext | None:
    """ "X has been arrested, the NYPD says": the police who report the arrest made it; so does a
    court that reports a sentence. Not a ban or an expulsion: "X was barred from the White House,
    according to four aides" is not the aides' act."""
    source = ctx.source
    if ctx.actor is not None or ctx.match.trigger.type != "COERCE" or not ctx.args.passive:
        return None
    if ctx.mode not in _REPORTED_BY_DOERS:
        return None
    if source is None or source.sector not in AUTHORITY_SECTORS:
        return None
    return replace(ctx, actor=source)


def building_hosts_nobody(ctx: RuleContext) -> RuleContext | None:
    """ "She has visited the complaints office of the court", "the minister toured a hospital": a
    building or site visited is no counterpart (`visit_host` may name the place's government)."""
    head = ctx.args.target
    if ctx.event_type != "CONSULT" or ctx.mode != "visit" or ctx.target is None or head is None:
        return None
    if head.pos_ != "NOUN" or lemma(head) not in load_role_words().facility_nouns:
        return None
    return replace(ctx, target=None)


def visit_host(ctx: RuleContext) -> RuleContext | None:
    """ "a reception for the visiting Russian defence minister" in Hanoi, "Blinken arrived in Cairo
    for talks": the side that is not named is the government of the place visited, when that is
    another country."""
    actor, target, location = ctx.actor, ctx.target, ctx.location
    travel = travelled_for(ctx.token)
    if ctx.event_type != "CONSULT" or (ctx.mode != "visit" and travel is None):
        return None
    if travel is not None:
        location = _destination(ctx, travel)  # "arrived in Cairo for talks on Gaza": Cairo's
    if (actor is None) == (target is None) or location is None or not location.country:
        return None
    present = actor or target
    if present is None or present.country is None or present.country == location.country:
        return None  # a visitor from nowhere known is no foreign guest
    host = Party(f"host government {IMPLIED_MARK}", None, location.country, "GOV", "group", implied=True)
    return replace(ctx, actor=present, target=host) if target is None else replace(ctx, actor=host, target=present)


def _destination(ctx: RuleContext, verb: Token) -> PlaceMention | None:
    """The place a verb of travel goes to or arrives in ("flew to Moscow", "arrived in Cairo")."""
    ends = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in"} for g in p.children]
    ends += [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}]  # "visited Moscow", "flew home"
    return next((p for p in ctx.scope.places for g in ends if p.start <= g.idx < p.end), None)


# Cooperation between firms: a deal, a pact or talks of companies with companies (or with no one
# named) is commerce, not a political event.
_DEAL_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})


def business_deal_is_no_event(ctx: RuleContext) -> RuleContext | None:
    """ "Alcoa has signed agreements with three insurers", "Europe's five largest airlines agreed
    to cut fares": a firm that agrees, signs or talks with other firms, or with no side named, does
    business. A deal with a state, an army or a people stays an event, and so does one of people
    in business ("Kenyan traders agreed to end their strike": casualty_words.json `person_nouns`)."""
    if ctx.event_type not in _DEAL_TYPES or ctx.actor is None or ctx.actor.sector != "BUS":
        return None
    head = ctx.args.actor
    if head is None or lemma(head) in load_casualty_words().person_nouns:
        return None
    if ctx.target is not None and ctx.target.sector != "BUS":
        return None
    return replace(ctx, drop=True)


def meeting_needs_two_sides(ctx: RuleContext) -> RuleContext | None:
    """ "the president met aides on Monday": a meeting with one side unknown is no dyad; nor is
    one with aides, advisers or staff no country is named for ("he met top national security
    aides"): a leader's own people (role_words.json `entourage_nouns`); nor a visit to one's family
    (`kin_nouns`)."""
    if ctx.event_type != "CONSULT":
        return None
    head = ctx.args.target
    if head is not None and lemma(head) in load_role_words().kin_nouns:
        return replace(ctx, drop=True)  # "travel back home to visit with their families"
    if ctx.actor is not None and ctx.target is not None:
        own = ctx.target.country is None and ctx.target.name is None and ctx.target.kind == "group"
        if not (own and head is not None and lemma(head) in load_role_words().entourage_nouns):
            return None
    return replace(ctx, drop=True)


def implied_authorities(ctx: RuleContext) -> RuleContext | None:
    """ "Bassett was arrested", "he was sentenced to ten years", "the mayor was placed under
    investigation": arrests, sentences and investigations of a person are made by the authorities."""
    investigated = ctx.match.trigger.type == "ACCUSE" and ctx.mode == "investigate"
    if ctx.actor is not None or not (ctx.match.trigger.type == "COERCE" or investigated):
        return None
    if not ctx.args.passive or ctx.target is None:
        return None
    sector = "JUD" if ctx.mode == "sentence" else "COP"
    return replace(ctx, actor=Party(f"authorities {IMPLIED_MARK}", None, None, sector, "group", implied=True))


def crackdown_falls_on_the_protesters(ctx: RuleContext) -> RuleContext | None:
    """ "Police dispersed a rally in Tbilisi", "broke up a protest by opposition supporters": force
    used on a protest falls on its people, named after "by" or implied (CAMEO 175, PLOVER COERCE on
    the demonstrators), not on nobody."""
    if ctx.event_type not in {"COERCE", "ASSAULT"} or ctx.target is not None or ctx.actor is None:
        return None
    if ctx.event_type == "COERCE" and ctx.mode != "crackdown":
        return None
    protest = next((c for c in ctx.token.children if c.dep_ == "dobj"), None) or prep_object(ctx.token, "on")
    if protest is None or not any(t.type == "PROTEST" for t in load_triggers().candidates(lemma(protest), "NOUN")):
        return None
    agent = prep_object(protest, "by")
    people = ctx.scope.party(agent, ctx.speaker) if agent is not None else None
    implied = Party(f"protesters {IMPLIED_MARK}", None, None, "OPP", "group", implied=True)
    return replace(ctx, target=people or implied)


def one_side_is_not_the_other(ctx: RuleContext) -> RuleContext | None:
    """ "talks between Defence Ministers Ngo Xuan Lich and Sergey Shoyu", "the shoot-out between
    the raiders and soldiers": when only the second of two sides resolves, it stands for both (a
    party is read through its conjuncts); a party is not its own counterpart, and the side that
    resolved is the one the first side faced, so the event keeps it as its target only."""
    if ctx.actor is None or ctx.target is None or ctx.actor.text != ctx.target.text:
        return None
    return replace(ctx, actor=None)


def reporter_is_not_target(ctx: RuleContext) -> RuleContext | None:
    """ "Police arrested two men, police said": the reporter of an event is not its target."""
    if ctx.target is None or ctx.source is None or ctx.target.text != ctx.source.text:
        return None
    return replace(ctx, target=None)


def _localise(party: Party | None, location: PlaceMention | None, local: bool) -> Party | None:
    if party is None or party.country or party.actor_id or party.kind == "organisation" or location is None:
        return party  # a dictionary actor with no country (an IGO's official) stays without one
    if party.sector in INTERNATIONAL_SECTORS:
        return party  # "Arab League chief X" in Baghdad is no Iraqi
    institution = party.kind == "group" and party.sector in INSTITUTION_SECTORS and party.name is None
    if (party.kind == "person" or location.precision == "country") and not local and not institution:
        return party  # but "the parliament", "police" are the institutions of where it happens
    if location.precision not in {"city", "admin2", "admin1", "facility", "country"} or not location.country:
        return party
    return replace(party, country=location.country)


_OUTWARD_SPEECH = frozenset({"ACCUSE", "THREATEN", "REJECT"})
"""Speech acts a state body aims at another state, whose country is then not the body's."""


def _place_is_the_target(ctx: RuleContext) -> bool:
    """ "Kim Jong Un threatened to use nuclear weapons against South Korea": a named person whose
    event is placed only by the country it aims at is not of that country. Nor is a state body
    that accuses, threatens or rebuffs it ("The Ministry of External Affairs accused Canada": a
    country does not accuse itself); people who praise their own army may well be its people."""
    actor, target, location = ctx.actor, ctx.target, ctx.location
    if actor is None or target is None or location is None:
        return False
    state_body = actor.kind == "group" and actor.sector == "GOV" and ctx.event_type in _OUTWARD_SPEECH
    if actor.kind != "person" and not state_body:
        return False
    return location.precision == "country" and target.country is not None and target.country == location.country


def _arrived(actor: Token | None) -> bool:
    """ "Blinken arrived in Cairo on Tuesday for talks": the subject of a verb of arrival
    (role_words.json `arrival_verbs`) is a guest of the place, not one of its people."""
    return actor is not None and actor.dep_ == "nsubj" and lemma(actor.head) in load_role_words().arrival_verbs


VENUE_TYPES = frozenset({"CONSULT", "AGREE"})
"""Talks and deals, which sides often hold on neutral ground (and signings, SUPPORT's `sign`);
backing given in the field ("Russian warplanes supported government troops") is no meeting."""


def _met_abroad(ctx: RuleContext) -> bool:
    """ "Ethiopian federal forces and Tigrayan fighters signed a peace deal in Pretoria": a side
    of another country than the place met there as a guest, so the place is a venue and says
    nothing of the other side's country."""
    place = ctx.location
    if place is None or not place.country:
        return False
    return any(p is not None and p.country and p.country != place.country for p in (ctx.actor, ctx.target))


def localise(ctx: RuleContext) -> RuleContext | None:
    """ "a 28-year-old man was stabbed in Leeds": an unnamed local party is of the country where it
    happened, as ACLED codes local actors, when the place is known below country level; a named
    person only when the place is in the same sentence, and is no more than the country its act
    aims at. Protesters are people of the place where they protest, wherever the sentence names
    it; who leaves a place is not of that place ("In his haste to withdraw from Syria, Trump"),
    and talks or a deal one side came from abroad for are held at a venue (`_met_abroad`)."""
    trig = ctx.match.trigger
    withdrawal = trig.type == "RETREAT" and ctx.mode != "resign"  # an official leaves office, not a place
    if (ctx.event_type in VENUE_TYPES or ctx.mode == "sign") and _met_abroad(ctx):
        return None
    if ctx.actor is not None and ctx.actor.kind == "person" and not ctx.actor.country and _arrived(ctx.args.actor):
        return replace(ctx, actor=replace(ctx.actor, guest=True), target=_localise(ctx.target, ctx.location, ctx.local))
    actor = (
        ctx.actor
        if withdrawal or _place_is_the_target(ctx)
        else _localise(ctx.actor, ctx.location, ctx.local or trig.type == "PROTEST")
    )
    counterpart = ctx.args.target is not None and lemma(ctx.args.target) in load_role_words().counterpart_nouns
    # "urging the counterpart to sign": a counterpart is of the other side, not of the place
    target = ctx.target if counterpart else _localise(ctx.target, ctx.location, ctx.local)
    if actor is ctx.actor and target is ctx.target:
        return None
    return replace(ctx, actor=actor, target=target)
