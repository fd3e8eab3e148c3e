"""Who says so, and did it happen: attribution (source, speaker) and status of a trigger.

Attribution walks up from the trigger to a reporting verb ("said", "told", "reported",
"confirmed", "according to"); its subject is the source. "X cited Y as saying" makes Y the
speaker and X the source. Status: a negated trigger is `negated`; a modal or future one is
`planned`, or `conditional` when an "if"/"unless" clause hangs on it; a trigger under "plan",
"intend", "consider", "prepare" is `planned`; a report by "deny" is `denied`; a report by a
party to the event (same country as actor or target) is `claimed`; the rest is `asserted`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .role_words import load_role_words
from .triggers import for_to_clause
from .words import lemma, load_event_words


@dataclass(slots=True)
class Attribution:
    """The reporting verb above a trigger, its source (subject) and the speaker of the words."""

    verb: Token | None
    source: Token | None
    speaker: Token | None
    denied: bool = False
    claimed_verb: bool = False


def _subject_noun(subject: Token | None) -> Token | None:
    """ "The Red Cross operating in Iraq said": a participle parsed as the subject stands for its
    own subject."""
    if subject is not None and subject.pos_ == "VERB":
        return next((c for c in subject.children if c.dep_ in {"nsubj", "nsubjpass"}), subject)
    return subject


def _teller(verb: Token) -> Token | None:
    """Who tells: the reporting verb's subject, or in the passive its "by" ("reports that troops
    fired were denied by the ministry": the ministry, not the reports)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    teller = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    return teller or _subject_noun(next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None))


def attribution(trigger: Token) -> Attribution:
    """Find the reporting verb governing the trigger, or "according to X"."""
    node = trigger
    hops = 0
    while hops < 6:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                to = next((g for g in child.children if g.lower_ == "to"), None)
                obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return Attribution(child, obj, obj)
        if lemma(node) in load_event_words().reporting_verbs and node.i != trigger.i and node.pos_ != "NOUN":
            # "denied reports that troops had fired": a report or claim noun is what the verb
            # above it tells or denies, not the telling itself.
            source = _teller(node)
            speaker = source
            if node.lemma_.lower() in load_role_words().quoting_verbs:
                speaker = next((c for c in node.children if c.dep_ == "dobj"), source)
            verb_lemma = node.lemma_.lower()
            return Attribution(node, source, speaker, denied=verb_lemma == "deny", claimed_verb=verb_lemma == "claim")
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        node = node.head
        hops += 1
    # "..., the military said": the reporting verb may be the root, or hang off the root as a
    # parenthetical ('"...," state TV cited the Guards as saying').
    root = trigger.sent.root
    for verb in [root, *[c for c in root.children if c.dep_ in {"parataxis", "ccomp", "advcl", "conj"}]]:
        if lemma(verb) in load_event_words().reporting_verbs and verb.i != trigger.i and verb.i > trigger.i - 40:
            source = _subject_noun(next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None))
            if source is None:
                continue
            speaker = source
            if verb.lemma_.lower() in load_role_words().quoting_verbs:
                speaker = next((c for c in verb.children if c.dep_ == "dobj"), source)
            return Attribution(verb, source, speaker, denied=verb.lemma_.lower() == "deny")
    return Attribution(None, None, None)


def _aux_children(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]


def _phrasal_lemma(verb: Token) -> str:
    """A verb's lemma with its particle, if it has one ("call off")."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma(verb)} {particle.lower_}" if particle is not None else lemma(verb)


def is_negated(trigger: Token) -> bool:
    """A negation on the trigger or on its auxiliary chain ("did not attack", "never met")."""
    if any(c.dep_ == "neg" or c.lower_ in load_role_words().negation_words for c in trigger.children):
        return True
    if trigger.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
        return True
    # "they have provided no evidence": the act's object is denied.
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if any(d.lower_ == "no" and d.dep_ == "det" for o in objects for d in o.children):
        return True
    head = trigger.head
    # "did not go on to attack", "refused to meet" are handled by their own triggers.
    if trigger.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children):
        return True
    # "was not about to kill anyone", "is not ready to negotiate": the negation sits on the copula
    # of the adjective whose complement the act is.
    if trigger.dep_ == "xcomp" and head.dep_ == "acomp" and any(c.dep_ == "neg" for c in head.head.children):
        return True
    # "did not let anybody shoot the suspect", "would not allow troops to fire": an act not permitted.
    if trigger.dep_ in {"ccomp", "xcomp"} and lemma(head) in load_event_words().permitting_verbs:
        return is_negated(head)
    # "entered the town without fighting", "took the city without firing a shot": no such act.
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ == "without":
        return True
    # "banned protests in the capital", "prohibited demonstrations": an act forbidden did not happen.
    forbidden = trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubjpass"}
    if forbidden and lemma(head) in load_event_words().forbidding_verbs:
        return True
    # "cancelled Friday's protest", "postponed the talks": an act called off did not happen; so
    # does a trigger that is itself a verb called off ("the union called off the strike").
    cancelling = load_event_words().cancelling_verbs
    if forbidden and _phrasal_lemma(head) in cancelling:
        return True
    if any(c.dep_ == "prt" for c in trigger.children) and _phrasal_lemma(trigger) in cancelling:
        return True
    # "failed to reach agreement", "failed to agree on a budget": the act did not happen.
    if trigger.dep_ == "xcomp" and lemma(head) in load_event_words().failing_verbs:
        return True
    # "blocked lawyers from visiting him": a prevented act did not happen.
    if (
        trigger.dep_ == "pcomp"
        and trigger.head.lower_ == "from"
        and lemma(trigger.head.head) in load_event_words().preventing_verbs
    ):
        return True
    # "no formal order to pull out", "no plans to attack": a negated noun governs the act.
    return trigger.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def planning_verb(trigger: Token) -> Token | None:
    """The planning verb or noun a trigger is the content of, with no modal in between:
    "proposed slapping tariffs", "announced plans to tax"."""
    node = trigger
    for _ in range(3):
        words = load_role_words()
        if {c.lower_ for c in _aux_children(node)} & (words.modals | words.obligation_modals):
            return None
        if node.dep_ not in {"xcomp", "acl", "conj"} or node.head.i == node.i:
            return None
        node = node.head
        if lemma(node) in load_event_words().planning_verbs:
            return node
    return None


def intent_frame(trigger: Token) -> Token | None:
    """The word of willingness that governs an act: "is prepared to lift", "offered to release",
    "agreed to withdraw" (PLOVER codes such statements of intent as AGREE)."""
    node = trigger
    for _ in range(2):
        if node.dep_ not in {"xcomp", "ccomp", "acl"} or node.head.i == node.i:
            return None
        if lemma(node.head) in load_event_words().intent_words or node.head.lower_ in load_event_words().intent_words:
            return node.head
        node = node.head
    return None


def _condition_clause(node: Token) -> Token | None:
    """The "if"/"unless" clause that hangs on a verb (role_words `condition_markers`)."""
    markers = load_role_words().condition_markers
    return next(
        (
            c
            for c in node.children
            if c.dep_ == "advcl" and any(m.lower_ in markers and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )


def condition_of(trigger: Token) -> Token | None:
    """The verb of the condition an act hangs on: "Russia said it would respond militarily if
    Finland joined NATO" (joined), looked for on the trigger and the verbs it is the complement
    or conjunct of, as `modality` reads them."""
    node = trigger
    for _ in range(3):
        clause = _condition_clause(node)
        if clause is not None:
            return clause
        if node.dep_ not in {"xcomp", "conj", "acl"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def modality(trigger: Token) -> str | None:
    """'conditional', 'planned', 'obligation' (should/must) or None (it happened)."""
    words = load_role_words()
    node = trigger
    for _ in range(3):
        auxes = {c.lower_ for c in _aux_children(node)}
        conditional = _condition_clause(node) is not None
        if auxes & words.obligation_modals:
            return "obligation"
        if auxes & (words.modals | words.going_words):
            return "conditional" if conditional else "planned"
        if conditional:
            return "conditional"
        if for_to_clause(node):
            return "planned"  # "time for Russia to end the war", "waited for the army to withdraw"
        if node.dep_ == "ROOT" and node.tag_ == "VB" and any(a.lower_ == "to" for a in _aux_children(node)):
            return "planned"  # a headline's future: "Nigeria to deploy 2,000 troops to the Delta"
        if node.dep_ == "advcl" and any(
            m.lower_ in words.condition_markers and m.dep_ == "mark" for m in node.children
        ):
            return "conditional"  # the condition itself: "if Israel invades Lebanon"
        if (
            node.dep_ in {"xcomp", "acl"}
            and lemma(node.head) in load_event_words().planning_verbs | load_event_words().intent_nouns
        ):
            return "planned"  # "decided to withdraw", "plans to tax", "in his haste to withdraw"
        if node.dep_ == "xcomp" and lemma(node.head) in load_event_words().ordering_verbs:
            return "planned"  # "ordered the army to free the hostages": not yet obeyed
        if node.dep_ in {"xcomp", "conj", "acl"} and node.head.i != node.i:
            node = node.head
            continue
        break
    if trigger.pos_ == "NOUN":
        # "planned attacks", "a possible strike", "any retaliation"
        if any(c.lower_ in words.prospective_modifiers for c in trigger.children):
            return "planned"
        gov = trigger.head
        if gov.pos_ in {"VERB", "AUX"} and (
            lemma(gov) in load_event_words().planning_verbs or any(c.lower_ in words.modals for c in _aux_children(gov))
        ):
            return "planned"
    return None
