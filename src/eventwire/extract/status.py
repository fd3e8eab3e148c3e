"""Status rules: what the mood, negation and attribution of a trigger make of a mention.

The "status" stage is a decision: its rules run in the declared order and the first that sets a
status (or drops the mention) decides; a mention none of them decides is asserted. A violent act
that is only future or conditional in someone's words becomes that speaker's THREATEN; one that
someone says another "should" do becomes their REQUEST.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Party
from .lexicon import load_actor_lexicon, names_people_or_a_side
from .modality import condition_of, intent_frame, planning_verb
from .prefilter import QUOTES
from .role_words import load_role_words
from .rules import RuleContext
from .tree import future
from .words import lemma, load_event_words

FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", None})
# "X will withdraw its force unless Y ...": a harmful act on a condition is the actor's threat.
CONDITIONAL_THREAT_TYPES = frozenset({"RETREAT", "SANCTION", "PROTEST", "COERCE", "MOBILIZE", "REJECT"})
# A stated intention to do one of these ("is willing to withdraw its troops", "offered to release
# the hostages", "is ready to sign the treaty") is PLOVER's AGREE; a bare future ("would be
# moved") stays a planned event.
INTENT_TYPES = frozenset({"AID", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT", "SUPPORT"})
# Every cooperative act announced for the future ("Finland will give Tanzania a grant", "the
# rebels said they will release the hostages", "will back the resolution", "Chile will pull its
# troops out of Haiti", "the minister will visit Hanoi") is an intent too: the PLOVER 2021 manual
# takes all cooperative actions reported in the future tense to imply intentions (AGREE).
ANNOUNCED_INTENT_TYPES = INTENT_TYPES
SPEECH_ACT_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "ACCUSE"})
FUTURE_MOODS = frozenset({"planned", "conditional"})


def _other_side(speaker: Party | None, actor: Party) -> bool:
    """The speaker is placed in another country than the actor: words about someone else."""
    return bool(speaker and speaker.country and actor.country and speaker.country != actor.country)


def _own_plan(speaker: Party | None, actor: Party | None) -> bool:
    """A planned use of force counts when the actor's side announces it."""
    if speaker is None or actor is None:
        return False
    if speaker.country and actor.country:
        return speaker.country == actor.country
    return bool(speaker.name and speaker.name == actor.name)


def _threat_by(speaker: Party | None, actor: Party | None, target: Party | None) -> bool:
    """Whether a future use of force in someone's words is that speaker's threat; a news outlet
    reporting another's plan ("X is preparing an offensive, the daily said") threatens nobody."""
    if speaker is None or target is None or (not speaker.country and speaker.kind != "organisation"):
        return False
    if speaker.sector == "MED":
        return False
    if target.country and target.country == speaker.country and speaker.sector in STATE_SECTORS:
        return False  # a state's planned force at home is a plan; farmers' "would blockade Paris" is a threat
    return actor is None or actor.country == speaker.country or actor.name == speaker.name


def obligation_is_request(ctx: RuleContext) -> RuleContext | None:
    """ "The minister said Russia should withdraw its troops": what someone says another should
    do is the speaker's REQUEST of that party; with no speaker, or on a request or threat word
    that is not a construction of its own, it is no event."""
    if ctx.status is not None or ctx.mood != "obligation":
        return None
    trig = ctx.match.trigger
    if ctx.speaker is None or (trig.type in {"REQUEST", "THREATEN"} and trig.construction is None):
        return replace(ctx, drop=True)
    return replace(ctx, event_type="REQUEST", mode="appeal", target=ctx.actor, actor=ctx.speaker, status="asserted")


ARMED_SECTORS = frozenset({"MIL", "REB"})


def readiness_is_mobilization(ctx: RuleContext) -> RuleContext | None:
    """ "The army prepared to resume shelling the rebel villages": an armed side getting ready
    to attack raises its alert, PLOVER's MOBILIZE (CAMEO 15), whoever reports it."""
    if ctx.status is not None or ctx.match.trigger.type != "ASSAULT" or ctx.actor is None:
        return None
    if ctx.actor.sector not in ARMED_SECTORS:
        return None
    node = ctx.token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "acl", "advcl"} or node.head.i == node.i:
            return None  # "prepared to attack", "gearing up to attack" (parsed as a purpose clause)
        node = node.head
        if node.lemma_.lower() in load_role_words().readiness_verbs or node.lower_ in load_role_words().readiness_verbs:
            return replace(ctx, event_type="MOBILIZE", mode="alert", target=ctx.target, status="asserted")
    return None


def _decided(ctx: RuleContext) -> bool:
    """Whether a decision verb governs the act: "announced it would ban", "announced plans to tax"."""
    words = load_role_words().decision_verbs
    if ctx.att.verb is not None and ctx.att.verb.lemma_.lower() in words:
        return True
    return any(a.lemma_.lower() in words for a in list(ctx.token.ancestors)[:3])


def _condition_side(ctx: RuleContext) -> Party | None:
    """ "Russia said it would respond militarily if Finland joined NATO": force that names no
    target, held out on another side's act, threatens the side that would act (the condition's
    subject, a name or a word for a side; not a pronoun, which may stand for the speaker, and not
    what is done to someone, "if it is attacked")."""
    clause = condition_of(ctx.token)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    if not (subject.ent_type_ in {"GPE", "ORG", "NORP"} or names_people_or_a_side(lemma(subject))):
        return None
    side = ctx.scope.party(subject, ctx.speaker)
    if side is None or not (side.country or side.kind == "organisation"):
        return None
    actor = ctx.actor or ctx.speaker
    if actor is not None and (side.name == actor.name or (side.country and side.country == actor.country)):
        return None  # "would fight back if its forces were attacked": the speaker's own side
    return side


def future_force_is_threat(ctx: RuleContext) -> RuleContext | None:
    """ "Iran said it would strike US bases": words of a future or conditional use of force by
    the speaker's side are the speaker's threat; with no target named, the side whose act is its
    condition is threatened (`_condition_side`)."""
    if ctx.status is not None or ctx.mood not in FUTURE_MOODS or ctx.match.trigger.type not in FORCE_TYPES:
        return None
    if ctx.target is None and ctx.mood == "conditional":
        ctx = replace(ctx, target=_condition_side(ctx))
    if not _threat_by(ctx.speaker, ctx.actor, ctx.target):
        return None
    if ctx.match.trigger.type == "SANCTION" and _decided(ctx):
        return None  # "the US announced it would ban all aid": the sanction decided (planned)
    if ctx.match.trigger.type == "MOBILIZE" and ctx.args.target is not None and ctx.args.target.dep_ == "dobj":
        return None  # "would deploy troops in Rio": the object is the forces moved, no adversary
    return replace(ctx, event_type="THREATEN", mode="force", actor=ctx.speaker, status="asserted")


def _forces_moved(ctx: RuleContext) -> bool:
    """Whether a withdrawal moves armed forces ("troops", "some of its trainers"), as one with
    nothing named does ("the US will pull out")."""
    if any(p is not None and p.sector == "MIL" for p in (ctx.actor, ctx.target)):
        return True
    moved = next((c for c in ctx.token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if moved is None:
        return True
    words = [moved, *(g for p in moved.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    return any(load_actor_lexicon().head_nouns.get(w.lemma_.lower()) == "MIL" for w in words)


def intent_is_agree(ctx: RuleContext) -> RuleContext | None:
    """ "The rebels are willing to release the hostages", "Finland will give Tanzania a grant":
    a stated intention to cooperate is PLOVER's AGREE (intent), unless another side says it. So
    is an offer on a condition in the actor's own side's words ("the guerrillas said they would
    meet the envoy if he came alone")."""
    trig, token = ctx.match.trigger, ctx.token
    if ctx.status is not None or trig.type not in INTENT_TYPES or ctx.actor is None or ctx.negated:
        return None  # "will not allow": a refusal (`refusal_is_reject`)
    offer = trig.type not in CONDITIONAL_THREAT_TYPES  # "would withdraw unless": a threat (below)
    if ctx.mood == "conditional" and offer and _own_plan(ctx.speaker, ctx.actor) and future(token):
        return replace(ctx, event_type="AGREE", mode="intent", status="asserted")
    if ctx.mood != "planned":
        return None
    if intent_frame(token) is None and not (trig.type in ANNOUNCED_INTENT_TYPES and future(token)):
        return None
    if intent_frame(token) is None and trig.type == "RETREAT" and _forces_moved(ctx):
        return None  # "would move its trainers out of Iraq": a planned pullout of forces (the seed's gold)
    if _other_side(ctx.speaker, ctx.actor):
        return None
    return replace(ctx, event_type="AGREE", mode="intent", status="asserted")


def conditional_harm_is_threat(ctx: RuleContext) -> RuleContext | None:
    """ "X will withdraw its force unless Y pays": a harmful act on a condition is the actor's
    threat."""
    if ctx.status is not None or ctx.mood != "conditional" or ctx.actor is None:
        return None
    if ctx.match.trigger.type not in CONDITIONAL_THREAT_TYPES or _other_side(ctx.speaker, ctx.actor):
        return None
    return replace(ctx, event_type="THREATEN", mode=None, status="asserted")


def speech_act_made_now(ctx: RuleContext) -> RuleContext | None:
    """ "We will take revenge": a threat, demand, refusal or accusation in the future tense is
    made now."""
    if ctx.status is not None or ctx.mood not in FUTURE_MOODS or ctx.match.trigger.type not in SPEECH_ACT_TYPES:
        return None
    return replace(ctx, status="asserted")


def attempted_act_dropped(ctx: RuleContext) -> RuleContext | None:
    """ "The prince tried to force him to resign": an act someone only tried to bring about did not
    happen; an attempted attack or use of force is that act (CAMEO 185), kept."""
    if ctx.status is not None or ctx.match.trigger.type in {"ASSAULT", "COERCE"}:
        return None
    node = ctx.token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in load_role_words().attempt_verbs:
            return replace(ctx, drop=True)
    return None


def _ownerless_prospect(noun: Token) -> bool:
    """ "the threat of", "a risk of", "fear of" with no owner ("Russia's threat of" is Russia's)."""
    if noun.lemma_.lower() not in load_role_words().prospect_nouns:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _permitted_by_a_thing(trigger: Token) -> bool:
    """ "signed a pact allowing troops to deploy", "a law that allows police to detain suspects":
    what a pact, a law or a deal permits (event_words.json `permitting_verbs`) is possible, not
    done; a side that lets others act ("the army allowed protesters to march") may have seen it
    done, and is left to the other rules."""
    verb = trigger.head
    if trigger.dep_ not in {"ccomp", "xcomp"} or verb.i == trigger.i:
        return False
    if verb.lemma_.lower() not in load_event_words().permitting_verbs:
        return False
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        subject: Token | None = verb.head
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
            subject = verb.head
    if subject is None or subject.pos_ != "NOUN":
        return False
    return not names_people_or_a_side(subject.lemma_.lower())


def capability_is_no_act(ctx: RuleContext) -> RuleContext | None:
    """ "Iran has the capability to strike Israel", "Kenyans have the right to protest", "limited
    Boko Haram's capacity to launch attacks": an act a side can do, or has the right to, is not
    done (role_words.json `capability_nouns`). The act is the infinitive on the noun, or the
    object of a light verb that is. Nor is an event that is only a prospect: "face the threat of
    detention", "the risk of arrest" (`prospect_nouns`)."""
    node = ctx.token
    first = node
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the threat of detention and deportation"
    if node.pos_ == "NOUN" and first.pos_ in {"VERB", "AUX"} and first.i != node.i:
        # "face the threat of detention, and even deportation": a noun the parse coordinates with
        # the verb is coordinated with its object.
        obj = next((c for c in first.children if c.dep_ == "dobj"), None)
        if obj is not None and _ownerless_prospect(obj) and any(c.lower_ == "of" for c in obj.children):
            return replace(ctx, drop=True)
    if (
        first.pos_ == "NOUN"
        and first.dep_ == "pobj"
        and first.head.lower_ == "of"
        and _ownerless_prospect(first.head.head)
    ):
        return replace(ctx, drop=True)  # "face the threat of detention", "the risk of arrest"
    if _permitted_by_a_thing(ctx.token):
        return replace(ctx, drop=True)
    if node.pos_ == "NOUN" and node.dep_ == "dobj":
        node = node.head  # "capacity to launch attacks": the light verb carries the infinitive
    if node.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    return replace(ctx, drop=True) if node.head.lemma_.lower() in load_role_words().capability_nouns else None


def speculation_dropped(ctx: RuleContext) -> RuleContext | None:
    """ "Analysts said Russia could invade": one side's speculation about another's plans of
    force is not a coded event (the actor's own side announcing it is a plan, and so is a plan
    the writer states: "Kenya plans to deploy", "Kenya will deploy 1,000 police officers")."""
    if ctx.status is not None or ctx.mood not in FUTURE_MOODS or ctx.match.trigger.type not in FORCE_TYPES:
        return None
    if _own_plan(ctx.speaker, ctx.actor):
        return None
    if ctx.speaker is None and ctx.actor is not None and (planning_verb(ctx.token) is not None or _announced(ctx)):
        return None
    return replace(ctx, drop=True)


def _announced(ctx: RuleContext) -> bool:
    """The writer's own future of the act, not a hedge, a condition or someone's words: "will
    deploy" (not "could invade", "would strike", "will strike if", "analysts said X will")."""
    if ctx.mood != "planned" or ctx.att.verb is not None or ctx.token.dep_ == "relcl":
        return False  # "go and shoot at people that will shoot back": a kind of people, no plan
    if any(t.text in QUOTES for t in ctx.sentence if t.i < ctx.token.i):
        return False  # a quotation's future is its speaker's, whom the sentence may not name
    auxiliaries = {c.lower_ for c in ctx.token.children if c.dep_ == "aux"}
    if ctx.token.dep_ == "ROOT" and auxiliaries == {"to"}:
        return True  # a headline's "Nigeria to deploy 2,000 troops to the Niger Delta"
    return bool(auxiliaries & load_role_words().announcing_auxiliaries) and not auxiliaries & (
        load_role_words().modals - load_role_words().announcing_auxiliaries
    )


def refusal_is_reject(ctx: RuleContext) -> RuleContext | None:
    """ "Syria says it will not accept more refugees", "the two sides failed to reach an
    agreement", "Ecuador will not allow more refugees in": an agreement, or a cooperative act
    announced for the future, that a named side withholds is PLOVER's REJECT (refuse), made now."""
    if ctx.status is not None or not ctx.negated or ctx.actor is None:
        return None
    withheld = ctx.event_type in INTENT_TYPES and ctx.mood == "planned" and future(ctx.token)
    if ctx.event_type != "AGREE" and not withheld:
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"can", "could"} for c in ctx.token.children):
        return None  # "they could not agree on the rate": an inability, not a refusal
    return replace(ctx, event_type="REJECT", mode="refuse", status="asserted")


def negated(ctx: RuleContext) -> RuleContext | None:
    """ "Police did not arrest the protesters": the act did not happen."""
    return replace(ctx, status="negated") if ctx.status is None and ctx.negated else None


def denied(ctx: RuleContext) -> RuleContext | None:
    """ "The army denied that it shelled the village": a reported act its subject denies."""
    return replace(ctx, status="denied") if ctx.status is None and ctx.att.denied else None


def conditional(ctx: RuleContext) -> RuleContext | None:
    """ "If the talks fail, the union would strike": an act on a condition."""
    return replace(ctx, status="conditional") if ctx.status is None and ctx.mood == "conditional" else None


def planned(ctx: RuleContext) -> RuleContext | None:
    """ "The two leaders will meet in Geneva next week": an act announced for the future."""
    return replace(ctx, status="planned") if ctx.status is None and ctx.mood == "planned" else None


def claimed_by_own_side(ctx: RuleContext) -> RuleContext | None:
    """ "Our forces destroyed five enemy tanks, the army said": an act reported by one of its own
    parties is that side's claim."""
    source = ctx.source
    if ctx.status != "asserted" or source is None or not source.country:
        return None
    if source.sector == "MED" and not _state_run(source):
        return None  # "..., Yonhap reported": an outlet says where the report came from, no side's claim
    parties = {p.country for p in (ctx.actor, ctx.target) if p is not None and p.country}
    return replace(ctx, status="claimed") if source.country in parties else None


def _state_run(source: Party) -> bool:
    """Whether a news source is an agency its state runs (organisations.jsonl `state_run`: KCNA,
    Xinhua, TASS; or one its words call so, actor_sectors.json `state_media_modifiers`: "the
    official news agency", "state-run media"), whose report of its own state's act is that state's
    claim."""
    lexicon = load_actor_lexicon()
    found = lexicon.organisation(source.name or source.text)
    if found is not None and found.state_run:
        return True
    return not lexicon.state_media_modifiers.isdisjoint(source.text.lower().split())
