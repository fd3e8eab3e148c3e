"""Small readings of the dependency parse that extraction and its rules share."""

from __future__ import annotations

from spacy.tokens import Token

from .role_words import load_role_words
from .triggers import TriggerMatch, for_to_clauses
from .victims import load_casualty_words
from .words import lemma, load_event_words

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acl", "oprd", "pobj", "attr"})
# "in retaliation for", "in response to", "angry over", "protested against" (not "retaliated with")
_CAUSE_PREPS = frozenset({"for", "to", "over", "against", "of"})
_CONVICTION_PREPS = frozenset({"of", "for"})  # "convicted of killing", "jailed for the murder of"


def found_participle_subject(verb: Token) -> Token | None:
    """ "Police found a man shot multiple times": after a verb of finding or leaving
    (casualty_words.json `state_verbs`), the tagger may read a participle of harm
    (`found_participles`) as a finite past with the person as its subject, and "multiple times" as
    its object; the person was shot. A verb with an auxiliary or a real object is read as written
    ("found the suspect had shot his wife"), and so is any other verb ("reported a gunman fired
    six times at a home")."""
    words = load_casualty_words()
    if verb.tag_ != "VBD" or verb.dep_ != "ccomp" or verb.lower_ not in words.found_participles:
        return None
    if lemma(verb.head) not in words.state_verbs:
        return None
    if any(c.dep_ in {"aux", "auxpass"} or (c.dep_ == "dobj" and lemma(c) != "time") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.i < verb.i else None


def subtree_has(root: Token, token: Token) -> bool:
    """Whether `token` is `root` or one of its descendants."""
    return root.left_edge.i <= token.i <= root.right_edge.i and (token.i == root.i or root in token.ancestors)


def core_span(head: Token | None) -> tuple[int, int]:
    """Char range of a party's core phrase (modifiers, no prepositional attachments)."""
    if head is None:
        return (-1, -1)
    toks = [head] + [
        t for c in head.children if c.dep_ in {"compound", "amod", "poss", "det", "nummod"} for t in c.subtree
    ]
    return (min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks))


def misread_participle(verb: Token) -> Token | None:
    """The noun a past participle tells of, where the parser read the participle as the main verb
    and the real one as its bare conjunct or clause: "The man killed Monday night in a double
    shooting has been identified", "A young man shot during a home invasion is making a recovery"
    (the man was killed, shot; the finite verb after is the sentence's). A verb with an object, a
    pronoun subject or a joining "and", or a clause with a subject or a "when" of its own, is read
    as written. So is a participle with a death hung on it ("A man shot Friday night outside a
    nightclub died Sunday", "The man shot Friday night has died": the man was shot)."""
    if verb.tag_ in {"VBD", "VBN"} and _death_hung_on(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and subject.i < verb.i:
            return subject
    if verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ in _OBJECT_OR_JOIN for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i > verb.i:
        return None
    for conj in verb.children:
        if (
            conj.dep_ in {"conj", "advcl"}
            and conj.i > verb.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in conj.children)
            and any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" and c.i < conj.i for c in conj.children)
            and not any(t.text in {",", ";"} for t in verb.doc[verb.i : conj.i] if t.head.i in {verb.i, conj.i})
        ):
            return subject
    return None


def gapped_passive(verb: Token) -> Token | None:
    """ "A boy was killed and his brother wounded": a participle joined to a passive, with a
    subject of its own and no auxiliary or object, shares the passive's "was"; its subject was
    wounded, it wounded nobody. So does one joined to a verb of leaving or finding with a small
    clause ("left one man dead and another man wounded"). The tagger may read the participle as a
    finite past ("his wife wounded" tagged VBD), which the same test covers."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBN", "VBD"}:
        return None
    head = verb.head
    # "left one man dead and another man wounded": a verb of leaving or finding with a small
    # clause (casualty_words.json `state_verbs`) lends its verb to the next one as a passive does
    small_clause = lemma(head) in load_casualty_words().state_verbs and any(
        c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} for c in head.children
    )
    if not small_clause and not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.i < verb.i else None


def _death_hung_on(verb: Token) -> bool:
    """Whether a verb with no object of its own has a death verb with no subject of its own hung
    on it after it (casualty_words.json `dying_verbs`)."""
    if any(c.dep_ in _OBJECT_OR_JOIN - {"ccomp", "aux"} for c in verb.children):
        return False
    dying = load_casualty_words().dying_verbs
    return any(
        c.dep_ in {"advcl", "ccomp", "conj"}
        and c.i > verb.i
        and c.lemma_.lower() in dying
        and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
        for c in verb.children
    )


_OBJECT_OR_JOIN = frozenset({"dobj", "obj", "ccomp", "xcomp", "cc", "dative", "auxpass", "aux"})


def result_object(verb: Token) -> Token | None:
    """ "An Israeli settler shot dead a Palestinian man": the parser may hang the object on the
    result word right after the verb ("dead" with "man" as its object); it is the verb's object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for result in verb.children:
        if result.dep_ in {"acomp", "advmod", "oprd", "xcomp"} and result.pos_ in {"ADJ", "ADV"} and result.i > verb.i:
            found = next((g for g in result.children if g.dep_ == "dobj"), None)
            if found is not None:
                return found
    return None


def own_object(verb: Token) -> bool:
    """The verb's object is the subject's own: "defended its decision", "upheld their rights"."""
    return any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in verb.children
    )


def future(token: Token) -> bool:
    """A future auxiliary on the act, or on the verb of its noun: "will give", "would release",
    "will give Malawi a grant" (not "tried to force")."""
    nodes = [token, token.head] if token.pos_ == "NOUN" else [token]
    return any(c.dep_ == "aux" and c.lower_ in load_role_words().future_auxiliaries for n in nodes for c in n.children)


def prep_object(head: Token, preposition: str) -> Token | None:
    """The object of a preposition on a word ("ambassador to Moscow", "recalled from Moscow")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def rush(verb: Token) -> bool:
    """ "A man who charged at the deputies with a knife": charging at or into someone, with no one
    charged (no object, not passive), is a rush, not a court's charge ("charged him at his
    arraignment", "was charged at the courthouse" stay charges)."""
    if verb.lemma_.lower() != "charge":
        return False
    if any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in load_role_words().rush_preps for c in verb.children)


def dispatched(verb: Token) -> bool:
    """ "Officers were called to a shooting", "deputies were summoned for a fight": responders
    sent somewhere in the passive, not a call for something; what they were sent to is an event.
    So is a call responded to ("officers responded to a call for shots fired")."""
    words = load_role_words()
    if verb.pos_ == "NOUN":
        # "officers responded to a call for shots fired", "received a call about a fight", "issued a
        # call for a gunshot wound": nobody appeals for violence
        if verb.lemma_.lower() not in words.dispatch_verbs:
            return False
        governor = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb.head
        asked = prep_object(verb, "for")
        violence = asked is not None and (
            asked.lemma_.lower() in words.violence_words or asked.lemma_.lower() in load_casualty_words().wound_nouns
        )
        return violence or governor.lemma_.lower() in words.call_response_verbs
    if verb.lemma_.lower() not in words.dispatch_verbs or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if subject.lower_ in words.relative_pronouns and verb.dep_ == "relcl":
            subject = verb.head  # "officers who were called to": the relative's antecedent
        if subject.lemma_.lower() in words.responder_nouns:
            return True
        # "they were called", not "marches that have been called for" nor "it was called".
        if "Prs" in subject.morph.get("PronType", []) and subject.lower_ != "it":
            return True
    return False


def absorbed(matches: list[TriggerMatch]) -> set[int]:
    """Triggers inside a speech act's complement are its content, not events of their own:
    "urged X to withdraw", "ruled out any resumption of talks", "demand for Washington to
    withdraw". Adjuncts ("in a phone call ... urged") stay events."""
    found: set[int] = set()
    for outer in matches:
        if not outer.trigger.absorb or dispatched(outer.token):
            continue
        # "warned Israel against any attack": what a threat warns against has not happened.
        preps = load_role_words().complement_preps
        if outer.trigger.type == "THREATEN":
            preps = preps | load_role_words().warning_preps
        complements = [
            c for c in outer.token.children
            if c.dep_ in COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ in preps)
        ]  # fmt: skip
        complements += _stray_that_clauses(outer.token) + for_to_clauses(outer.token)
        for inner in matches:
            if inner is outer or (inner.trigger.type == "ASSAULT" and charge_report(outer)):
                continue
            if inner.token.dep_ == "pobj" and inner.token.head.lower_ in load_role_words().scene_preps:
                continue  # "called for calm after the clashes": the clashes happened
            if in_cause_phrase(inner.token):
                continue  # "vowed revenge for the killing of its general": the killing happened
            if _scene_clause(inner.token, outer.token):
                continue  # "vowed to fight the U.S. after Trump proposed tariffs": the proposal was made
            inside = any(subtree_has(c, inner.token) for c in complements)
            infinitive = (
                inner.token.i > outer.token.i
                and inner.token.i - outer.token.i <= 8
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.token.children)
            )
            told = told_as_past(inner.token) or (inner.token.dep_ == "relcl" and told_as_past(inner.token.head))
            # "Nigeria condemned the attack on the village": what is condemned happened.
            told = told or (outer.trigger.type == "ACCUSE" and _condemned_act(outer.token, inner.token))
            if (inside or infinitive) and not told and not _pledged_cooperation(outer, inner, matches):
                found.add(inner.token.i)
    return found


def _scene_clause(token: Token, outer: Token) -> bool:
    """Whether a word lies in a clause with a subject of its own that a scene word introduces
    ("after Trump proposed slapping tariffs", "since the army withdrew"; role_words.json
    `scene_preps`), below a speech act: it tells what happened before, not what is said."""
    scene = load_role_words().scene_preps
    for node in [token, *token.ancestors]:
        if node.i == outer.i:
            return False
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in scene for c in node.children):
            return any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    return False


# What a side vows or pledges to do for another: a promise, not a threat (see `_pledged_cooperation`).
_COOPERATIVE_TYPES = frozenset({"AID", "AGREE", "CONSULT", "COOPERATE", "SUPPORT"})


def _pledged_cooperation(outer: TriggerMatch, inner: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """ "pledged to deepen military cooperation", "vowed to strengthen ties with Sri Lanka": a
    vow of cooperation is no threat; the act promised stays a mention of its own, which the
    status rules code as the intent it is (PLOVER's AGREE). "Threatened to cut aid" keeps its
    sanction inside the threat, and so does a vow with a hostile end ("vowed to join forces to
    respond to the strike", "to fight the US")."""
    if outer.trigger.type != "THREATEN" or outer.token.lemma_.lower() == "threaten":
        return False
    if inner.trigger.type not in _COOPERATIVE_TYPES:
        return False
    vowed = {t.i for t in outer.token.subtree}
    if any(m.token.i in vowed and m.trigger.type not in _COOPERATIVE_TYPES for m in matches if m is not outer):
        return False
    revenge = load_event_words().revenge_words
    return not any(lemma(t) in revenge for t in outer.token.subtree)


def _stray_that_clauses(noun: Token) -> list[Token]:
    """ "renewed its plea that the army release the detainees": the parser hangs the noun's
    that-clause on the verb whose object the noun is; it is still what the noun asks."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [
        c for c in noun.head.children
        if c.dep_ == "ccomp" and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip


def _condemned_act(verb: Token, noun: Token) -> bool:
    """An event noun that a verb of blame takes as its object ("condemned the attack", "denounced
    the killings of protesters"), not the act someone is accused of ("accused X of attacking")."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.i == verb.i


def told_as_past(noun: Token) -> bool:
    """An event noun whose own relative clause tells that it happened: "urged an investigation
    into the attack that killed 20 villagers" (the attack is no content of the request; "an end
    to attacks that target civilians" still is)."""
    if noun.pos_ != "NOUN":
        return False
    return any(
        clause.dep_ == "relcl"
        and (
            clause.tag_ == "VBD"
            or (
                clause.tag_ == "VBN"
                and any(a.dep_ == "aux" and a.lower_ in {"has", "have", "had"} for a in clause.children)
            )
        )
        for clause in noun.children
    )


def charge_report(match: TriggerMatch) -> bool:
    """ "A man accused of shooting a clerk", "is accused of stabbing her": a passive accusation
    with no accuser is a report of a charge. The violence charged is the report's own (with an
    alleged doer), not the content of a side's accusation ("Iran accused the US of attacking
    its ships", "was accused by Iran of attacking")."""
    token = match.token
    if match.trigger.type != "ACCUSE" or token.tag_ != "VBN":
        return False
    return not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in token.children)


def in_cause_phrase(token: Token) -> bool:
    """Whether a word names the act another one answers: "fired rockets in retaliation for the
    killing of a commander", "in response to the arrest", "attacked a post to avenge the death of
    their leader" (role_words.json `cause_heads`), as does a protest or anger its grievance
    ("protested the killing of a teenager", "angry over the death of") and the dead a vigil or a
    funeral is held for ("a vigil for a teenager killed last month"); so does the crime a court punishes ("executed a
    man convicted of killing a guard", "sentenced for the murder of"; `conviction_heads`). That act
    came first, and its victims are not the answer's."""
    words = load_role_words()
    heads = words.cause_heads
    for tok in [token, *token.ancestors]:
        prep = tok.head
        if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _CAUSE_PREPS and lemma(prep.head) in heads:
            return True
        if tok.dep_ == "dobj" and lemma(tok.head) in heads:
            return True
        if (
            tok.dep_ in {"pobj", "pcomp"}
            and prep.dep_ == "prep"
            and prep.lower_ in _CONVICTION_PREPS
            and lemma(prep.head) in words.conviction_heads
        ):
            return True  # "executed a man convicted of killing a guard": the crime came first
    return False


def travelled_for(noun: Token) -> Token | None:
    """The verb of travel an event noun is the purpose of ("flew to Geneva for talks", "arrived in
    Cairo for talks": event_words.json `travel_verbs`, role_words.json `purpose_preps`), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i or prep.lower_ not in load_role_words().purpose_preps:
        return None
    verb = prep.head
    return verb if verb.i != prep.i and lemma(verb) in load_event_words().travel_verbs else None
