"""Shape checks that keep common non-events out of the mentions (`extract/events.py`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Party
from .arguments import Arguments
from .lexicon import load_actor_lexicon, load_triggers
from .role_words import load_role_words
from .status import FORCE_TYPES
from .tree import absorbed, own_object
from .triggers import TriggerMatch, derived_pattern_holds
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
        return hostile or revenge or derived_pattern_holds(token, "THREATEN", load_triggers())
    if trig.type == "REQUEST" and trig.speech and trig.pos == "VERB":
        # "demanded that the US cancel the sale": the clause says what is asked of whom.
        clause = {"ccomp"} if lemma(token) in load_event_words().clause_request_verbs else set()
        asked = any(c.dep_ in {"dobj", "dative", "xcomp"} | clause for c in token.children)
        return asked or args.target is not None
    return None


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
    if trig.type == "CONSULT" and match.mode == "visit":
        return True  # a visit's host may be the place visited: see `roles.visit_host`
    if trig.type == "ACCUSE" and match.mode == "investigate" and trig.pos == "NOUN":
        # "police opened an investigation into the killing": PLOVER needs no recipient; one that
        # is only being conducted or mentioned ("an investigation by X") is no new event.
        return args.actor is not None and lemma(token.head) in load_event_words().opening_verbs
    if trig.type == "ACCUSE" and match.mode == "investigate" and trig.pos == "VERB":
        if "under" in trig.prep_objects:
            return args.target is not None  # "X was placed under investigation": by the authorities
        # "The UN investigated reports of mass graves": PLOVER needs no recipient, only who probes.
        return args.actor is not None and not args.passive
    if trig.type == "SUPPORT" and match.mode == "endorse" and own_object(token):
        return False  # "China defended its rights": backing one's own act or claim supports no other
    if trig.type == "SUPPORT" and match.mode == "sign":
        return True  # "Kenya and Uganda signed a trade pact": the signers are all sources (PLOVER)
    if trig.type in {"CONSULT", "SUPPORT", "ACCUSE"}:
        # "failed to negotiate compensation", "the council endorsed the proposal", "said it
        # condemned the damage": no counterpart, no dyad to code.
        return target is not None
    return None


def _abstract_object(verb: Token) -> bool:
    """Whether a verb's object (a passive's subject) names no party and no violence: "the latest
    threats", "the charges", "corruption", "land disputes have been fought in the courts" (not "the
    rebels", "them", "Russia", "a fierce battle")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    words = load_role_words()
    if obj is None or obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ or lemma(obj) in words.violence_words:
        return False
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


def _fights_an_abstraction(match: TriggerMatch) -> bool:
    """ "vowed to fight the latest threats", "will fight the charges": a clash needs a side to fight,
    not a policy, a charge or a disease."""
    trig = match.trigger
    if trig.type != "ASSAULT" or match.mode != "clash" or trig.pos != "VERB" or trig.objects:
        return False  # "exchanged fire": the pattern's own object
    return _abstract_object(match.token)


def _takes_a_figure(match: TriggerMatch) -> bool:
    """ "helped to capture the students' interest", "seized the opportunity", "took the title": a
    verb of seizing or attacking whose object is a prize or a feeling seizes nobody's anything."""
    if match.trigger.type not in {"COERCE", "ASSAULT"} or match.trigger.pos != "VERB":
        return False
    obj = next((c for c in match.token.children if c.dep_ == "dobj"), None)
    return obj is not None and lemma(obj) in load_role_words().figurative_objects


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
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if trig.type == "REJECT" and objects & load_event_words().view_nouns:
        return False  # "rejected Jansa's assessment" disputes a view; it refuses nothing
    if trig.type == "PROTEST" and token.lemma_.lower() == "demonstrate" and objects:
        return False  # "to demonstrate solidarity" shows something; it is no demonstration
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
