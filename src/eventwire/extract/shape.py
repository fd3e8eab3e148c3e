"""Shape checks that keep common non-events out of the mentions (`extract/events.py`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Party
from .arguments import Arguments
from .lexicon import load_actor_lexicon, load_triggers, people_words
from .role_words import load_role_words
from .status import FORCE_TYPES
from .tree import absorbed, own_object, prep_object, travelled_for
from .triggers import TriggerMatch, derived_pattern_holds, for_to_clauses
from .words import lemma, load_event_words


def _speech_well_formed(match: TriggerMatch, args: Arguments, matches: list[TriggerMatch]) -> bool | None:
    """A threat needs a hostile content ("vowed to implement the rule of law" is not one); a
    request needs an addressee or something asked ("advised that it expects" informs)."""
    trig, token = match.trigger, match.token
    if trig.type == "THREATEN" and trig.speech and token.lemma_.lower() != "threaten":
        inside = absorbed([match, *[m for m in matches if m is not match]])
        hostile = any(
            m.token.i in inside
            and m.trigger.type in FORCE_TYPES | {"THREATEN"}
            and not _fights_an_abstraction(m)
            and not _anothers_act(m.token)
            for m in matches
        )
        revenge = any(lemma(c) in load_event_words().revenge_words and not _abstract_object(c) for c in token.subtree)
        return (
            hostile
            or revenge
            or _warned_side(token)
            or bool(price_clauses(token))
            or derived_pattern_holds(token, "THREATEN", load_triggers())
        )
    if trig.type == "REQUEST" and trig.speech and trig.pos == "VERB":
        # "demanded that the US cancel the sale": the clause says what is asked of whom.
        clause = {"ccomp"} if lemma(token) in load_event_words().clause_request_verbs else set()
        asked = any(c.dep_ in {"dobj", "dative", "xcomp"} | clause for c in token.children)
        # "called for Israel to withdraw": the for-clause names who is asked and what.
        return asked or args.target is not None or bool(for_to_clauses(token))
    return None


def price_clauses(verb: Token) -> list[Token]:
    """The clauses of a warning that say a side would pay, face or suffer a price or a reprisal
    ("warned that Washington would face consequences"; role_words.json `paying_verbs`,
    `consequence_nouns`)."""
    words = load_role_words()
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and lemma(c) in words.paying_verbs
        and any(o.dep_ == "dobj" and lemma(o) in words.consequence_nouns for o in c.children)
    ]


def _warned_side(verb: Token) -> bool:
    """ "Beijing warned Washington against selling arms to Taiwan": a warning addressed to a named
    side, against an act of its own or of what it would suffer ("of serious consequences"),
    threatens that side whatever the act (PETRARCH2's WARN, CAMEO 130); a warning to nobody
    ("warned of heavy rain") still needs a hostile content."""
    addressee = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if addressee is None or not (addressee.pos_ == "PROPN" or addressee.ent_type_ in {"GPE", "ORG", "NORP"}):
        return False
    words = load_role_words()
    if any(c.dep_ == "prep" and c.lower_ in words.warning_preps for c in verb.children):
        return True
    # "Washington warned Damascus of serious consequences": what the side would suffer
    of = prep_object(verb, "of")
    return of is not None and of.lemma_.lower() in words.consequence_nouns


def _anothers_act(noun: Token) -> bool:
    """ "NATO warned of a Russian military build-up", "warned of Iran's attacks": an act that a
    named party owns is that party's, and a warning of it threatens nothing (not "warned of its
    retaliation", "warned of war")."""
    if noun.pos_ != "NOUN":
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"}]
    return bool(owners)


def _relation_well_formed(match: TriggerMatch, args: Arguments, target: Party | None) -> bool | None:
    """A meeting, backing or accusation needs a counterpart ("officials continue to meet")."""
    trig, token = match.trigger, match.token
    if trig.type == "CONSULT" and (match.mode == "visit" or travelled_for(token) is not None):
        # a visit's host may be the place visited, and so may the host of talks someone travelled
        # to ("arrived in Cairo for talks"): see `roles.visit_host`
        return True
    if trig.type == "CONSULT" and match.mode == "host":
        host = token.head if token.dep_ in {"acl", "relcl"} else args.actor
        if host is not None and _premises(host):
            return False  # "military bases hosting US-led coalition personnel": a site houses, nobody meets
    if trig.type == "ACCUSE" and match.mode == "investigate" and trig.pos == "NOUN":
        # "police opened an investigation into the killing": PLOVER needs no recipient; one that
        # is only being conducted or mentioned ("an investigation by X") is no new event.
        return args.actor is not None and lemma(token.head) in load_event_words().opening_verbs
    if trig.type == "ACCUSE" and match.mode == "investigate" and trig.pos == "VERB":
        if "under" in trig.prep_objects:
            return args.target is not None  # "X was placed under investigation": by the authorities
        # "The UN investigated reports of mass graves": PLOVER needs no recipient, only who probes.
        return args.actor is not None and not args.passive
    if (
        trig.type == "CONSULT"
        and trig.pos == "VERB"
        and any(c.dep_ == "dobj" and lemma(c) in load_role_words().goal_nouns for c in token.children)
    ):
        return False  # "grown to meet those increasing demands", "met the deadline": no one is met
    if trig.type == "SUPPORT" and match.mode == "endorse" and own_object(token):
        return False  # "China defended its rights": backing one's own act or claim supports no other
    if trig.type == "SUPPORT" and args.target is not None and lemma(args.target) in load_role_words().occasion_nouns:
        return False  # "the unit supported the Presidential Inauguration": an occasion, not a side
    if trig.type == "SUPPORT" and match.mode == "sign":
        return True  # "Kenya and Uganda signed a trade pact": the signers are all sources (PLOVER)
    if trig.type == "SUPPORT" and match.mode == "ties" and args.actor is not None and args.actor.conjuncts:
        return True  # "Japan and South Korea strengthened ties": with each other (`joint-sides`)
    if trig.type in {"CONSULT", "SUPPORT", "ACCUSE"}:
        # "failed to negotiate compensation", "the council endorsed the proposal", "said it
        # condemned the damage": no counterpart, no dyad to code.
        return target is not None
    return None


def _regulations(verb: Token) -> bool:
    """Whether a verb's object is a plural of rules ("imposed export controls", "border
    controls"; role_words.json `regulation_plurals`), not control of a place."""
    plurals = load_role_words().regulation_plurals
    return any(c.dep_ == "dobj" and c.tag_ == "NNS" and lemma(c) in plurals for c in verb.children)


def _a_side(word: Token | None) -> bool:
    """Whether a word can name a side a place falls to: a name ("the Taliban", "Russia") or a word
    for people or armed groups ("the rebels", "government forces")."""
    if word is None:
        return False
    if word.pos_ == "PROPN" or word.ent_type_ in {"ORG", "NORP", "GPE", "PERSON"}:
        return True
    return lemma(word) in load_actor_lexicon().head_nouns or lemma(word) in people_words()


def _premises(word: Token) -> bool:
    """A base, camp, school or market (role_words.json `military_positions`, `facility_nouns`,
    `attack_sites`): a place that houses people, no party that meets them."""
    return load_role_words().is_premises(lemma(word))


def _abstract_object(verb: Token) -> bool:
    """Whether a verb's object (a passive's subject) names no party and no violence: "the latest
    threats", "the charges", "corruption", "land disputes have been fought in the courts" (not "the
    rebels", "them", "Russia", "a fierce battle")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    words = load_role_words()
    if obj is None or obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ or lemma(obj) in words.violence_words:
        return False
    if _reciprocal(obj):
        return False  # "the army and the RSF fought each other": the subject's sides
    if lemma(obj) in words.combat_nouns:
        # "fought heavy battles", "fought a war" (not "fought a legal battle", "a political fight")
        return _figuratively_modified(obj)
    named = [c for c in obj.children if c.dep_ in {"amod", "compound", "nmod"}]
    if any(t.ent_type_ in {"NORP", "ORG", "GPE", "PERSON"} for t in named):
        return False  # "the Islamist group" (not "the administration's latest threats")
    if any(t.type in {"ASSAULT", "PROTEST"} for t in load_triggers().candidates(lemma(obj), "NOUN")):
        return False  # "fought a fierce battle": the fight itself
    lexicon = load_actor_lexicon()
    heads = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    return not any(lemma(h) in lexicon.head_nouns or lemma(h) in lexicon.titles for h in heads)


def _reciprocal(obj: Token) -> bool:
    """ "each other", "one another"."""
    return obj.lower_ in {"other", "another"} and any(c.lower_ in {"each", "one"} for c in obj.children)


def _fights_an_abstraction(match: TriggerMatch) -> bool:
    """ "vowed to fight the latest threats", "will fight the charges": a clash needs a side to fight,
    not a policy, a charge or a disease."""
    trig = match.trigger
    if trig.type != "ASSAULT" or match.mode != "clash" or trig.pos != "VERB" or trig.objects:
        return False  # "exchanged fire": the pattern's own object
    return _abstract_object(match.token) or _fights_for_life(match.token)


def _fights_for_life(verb: Token) -> bool:
    """ "A teenager is fighting for his life after being shot": a fight "for" one's life or
    survival (role_words.json `struggle_objects`; singular, since soldiers who "fought for their
    lives" may be in combat) is a struggle to live, no clash."""
    words = load_role_words().struggle_objects
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in words for g in c.children)
        for c in verb.children
    )


def _takes_a_figure(match: TriggerMatch) -> bool:
    """ "helped to capture the students' interest", "seized the opportunity", "took the title",
    "wiped out the recovery": a verb of seizing or attacking whose object is a prize, a feeling or
    a figure of the markets seizes nobody's anything."""
    if match.trigger.type not in {"COERCE", "ASSAULT"} or match.trigger.pos != "VERB":
        return False
    obj = next((c for c in match.token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(t.type == "PROTEST" for t in load_triggers().candidates(lemma(obj), "NOUN")) and _market_move(obj):
        return True  # "wiped out the rally seen in technology shares"
    return lemma(obj) in load_role_words().figurative_objects


def _figurative_combat(match: TriggerMatch) -> bool:
    """ "a fierce legal battle", "a bruising political fight": a combat noun as the trigger, which
    a figurative modifier makes a contest of courts, votes or markets, is no clash."""
    token = match.token
    if match.trigger.type != "ASSAULT" or match.trigger.pos != "NOUN":
        return False
    return lemma(token) in load_role_words().combat_nouns and _figuratively_modified(token)


def _figuratively_modified(noun: Token) -> bool:
    """Whether a modifier of a noun makes its combat figurative ("legal", "political";
    role_words.json `figurative_combat`)."""
    words = load_role_words().figurative_combat
    return any(c.dep_ in {"amod", "compound"} and lemma(c) in words for c in noun.children)


def _strikes_anything(verb: Token) -> bool:
    """Whether "striking" strikes something or somewhere ("jets were striking targets", "drones
    have been striking across Yemen"): an object, a preposition or a particle."""
    return any(c.dep_ in {"dobj", "prep", "prt", "agent", "dative"} for c in verb.children)


def _said_clause(child: Token) -> bool:
    """A clause a verb says: a complement with its own subject ("protesting that he couldn't",
    "protested he was innocent"), not a clause the parse hangs on a verb of marching ("marched on
    Saturday in what was their 13th weekend")."""
    return child.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)


def _policy_subject(verb: Token) -> bool:
    """Whether an attack verb's subject is a law, a sanction or a tariff (role_words.json
    `policy_instruments`): "the law targets activists", "new tariffs hit Chinese steel"."""
    words = load_role_words().policy_instruments
    return any(c.dep_ == "nsubj" and lemma(c) in words for c in verb.children)


def _market_move(noun: Token) -> bool:
    """Whether a rally is the markets' ("a stock market rally", "the rally seen in technology
    shares", "a relief rally", "oil prices extended their rally"): a modifier, the object of
    "in", "of" or "for" on the noun or on a participle after it, or the subject of the verb it is
    the object of, is a word of the markets (role_words.json `market_words`)."""
    market = load_role_words().market_words
    near = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    near += [g for c in noun.children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in MARKET_PREPS]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if noun.dep_ == "dobj":  # "oil prices extended their rally": the rally of the verb's subject
        doers = [c for c in noun.head.children if c.dep_ == "nsubj"]
        objects += doers + [g for d in doers for g in d.children if g.dep_ == "compound"]
    # A market or a relief named only as a place or a cause ("a march towards the university
    # market", "a rally in the market square") moves no prices; as a modifier it does.
    traded = market - PLACE_LIKE_MARKET_WORDS
    return any(lemma(w) in market or w.lower_ in market for w in near) or any(
        lemma(w) in traded or w.lower_ in traded for w in objects
    )


MARKET_PREPS = frozenset({"in", "of", "for"})  # "a rally in technology shares", "a rally of the dollar"
PLACE_LIKE_MARKET_WORDS = frozenset({"market", "markets", "relief"})


def well_formed(match: TriggerMatch, args: Arguments, target: Party | None, matches: list[TriggerMatch]) -> bool:
    """Shape checks that keep common non-events out."""
    trig, token = match.trigger, match.token
    if _fights_an_abstraction(match) or _takes_a_figure(match) or _figurative_combat(match):
        return False
    speech = _speech_well_formed(match, args, matches)
    if speech is not None:
        return speech
    relation = _relation_well_formed(match, args, target)
    if relation is not None:
        return relation
    if trig.pos == "ADJ":
        return args.target is not None
    if match.mode == "occupy" and _regulations(token):
        return False  # "China imposed export controls on gallium": rules, no hold on territory
    if match.mode == "occupy" and lemma(token) in load_role_words().yielding_verbs and not _a_side(args.actor):
        return False  # "fell to the ground", "fell to a record low", "fell into a river": no side took it
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if trig.type == "REJECT" and objects & load_event_words().view_nouns:
        return False  # "rejected Jansa's assessment" disputes a view; it refuses nothing
    if trig.type == "PROTEST" and token.lemma_.lower() == "demonstrate" and objects:
        return False  # "to demonstrate solidarity" shows something; it is no demonstration
    if trig.type == "ASSAULT" and lemma(token) == "strike" and token.tag_ == "VBG" and not _strikes_anything(token):
        return False  # "his resemblance to Allen was striking": remarkable, not a blow
    if trig.type == "ASSAULT" and trig.pos == "VERB" and _policy_subject(token):
        return False  # "this punitive law targets those very individuals": a law uses no force
    if trig.type == "PROTEST" and trig.pos == "NOUN" and _market_move(token):
        return False  # "the rally seen in technology shares": the markets rallied, nobody marched
    if trig.type == "PROTEST" and lemma(token) == "protest" and any(_said_clause(c) for c in token.children):
        return False  # "he told the host, protesting that he couldn't": an objection in words
    if trig.type == "AGREE" and token.lemma_.lower() == "agree":
        # "X agrees" or "agreed with accusations" (a view) is not an agreement; "agreed to
        # withdraw", "agreed on (upon) a truce", "agreed with Russia" are.
        return any(c.dep_ in {"xcomp", "ccomp"} or c.lower_ in {"to", "on", "upon"} for c in token.children) or (
            target is not None
        )
    # "declined to comment" is no rejection of anything.
    return not (
        trig.type == "REJECT"
        and any(c.dep_ == "xcomp" and lemma(c) in load_event_words().no_comment_verbs for c in token.children)
    )
