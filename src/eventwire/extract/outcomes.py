"""What happened to whom: victim statements of one sentence, by construction.

Each rule reads one construction of crime and conflict copy and names it in the statement's
`rules`:

- ``verb``: a violent verb's object or passive subject ("officers shot and killed a wanted
  man", "a man was shot in the leg", "was found shot", "a man shot in the leg"); "fatally",
  "dead", "to death" or a coordinated "and killed" make it a death; "shot himself" hits the
  subject; "shot at" hits nobody.
- ``dying``: the subject of "died", "succumbed" ("the victim later died at the hospital").
- ``state``: an outcome word as complement: "was pronounced dead", "left a man dead and a
  juvenile wounded", "found a woman dead", "lay dead", "the wounded man".
- ``condition``: "in critical condition", "listed in stable condition".
- ``treatment``: "taken to a hospital", "treated for gunshot wounds", "suffered injuries", "a
  man with a gunshot wound".
- ``noun``: "the death of X", "X's killing", "the fatal shooting of X", "the bodies of X and Y".
- ``unhurt``: "was not hurt", "escaped uninjured": the person is no casualty.
- ``found``: "police found a juvenile shot" where the tagger reads "shot" as a noun.
- ``share``: "four people were shot, one fatally": a share of the victims died.
- ``life``: "the shooting took the life of Jane Roe".

Statements in the conditional or under an intention ("threatened to kill") are not outcomes.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from .numbers import parse_quantity
from .role_words import load_role_words
from .tree import found_participle_subject, gapped_passive, misread_participle, result_object
from .triggers import hyphened_lemma
from .victims import (
    CasualtyWords,
    Outcome,
    Victim,
    VictimStatement,
    is_body_part,
    load_casualty_words,
    victims_of,
)
from .words import HYPHENS, load_event_words

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODALS = frozenset({"could", "would", "might", "may", "should", "must", "can"})
_HEDGED_VICTIMS = frozenset({"possible", "potential", "alleged", "suspected", "unconfirmed"})
# "could not be saved" is a past inability; "may not survive" a hedge
_HEDGING_MODALS = _MODALS - {"could", "can"}
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_NO_DOERS = frozenset({"neither", "no", "none"})
_INHERIT_DEPS = frozenset({"conj", "xcomp", "oprd", "advcl", "pcomp", "ccomp"})


_PAST_VERB_TAGS = frozenset({"VBD", "VBN"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _hypothetical(verb: Token, lex: CasualtyWords) -> bool:
    """ "could have killed", "threatened to kill", "tried to shoot", "an attempt to kill", "whether
    anyone was hurt": not done, or not known to be."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in lex.open_marks for c in verb.children):
        return True  # "it is not known whether anyone was hurt"
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "conj"
        and verb.head.tag_ in _PAST_VERB_TAGS | {"VBG"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    ):
        # A bare base form is no past act: "saying he was going to 'put an end to her,' and kill
        # her", where the quote mark made the parser hang "kill" on the story's past verb, or "he
        # was going to kill her and then kill himself", hung on "going".
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "about":
        return True  # "rambling about killing people", "joked about shooting": talk, not an act
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.head.children)
    ):
        return True  # "he would kill as many officers as he could until he died"
    node = verb
    while node.dep_ in {"xcomp", "conj", "ccomp", "acl"} and node.head.i != node.i:
        link, below, node = node.dep_, node, node.head
        if link in {"conj", "xcomp"} and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True  # "they may get desperate and shoot someone"
        bare = below.tag_ == "VB" and not any(c.dep_ == "aux" for c in below.children)
        if link == "conj" and bare and _negated(node):
            # "begged him to not take the car or hurt her", "did not stop or shoot": a bare base
            # form shares its head's negation ("didn't say a word and shot him" does not).
            return True
        lemma = node.lemma_.lower()
        if link == "xcomp" and lemma in lex.order_heads and any(c.lower_ == "to" for c in below.children):
            return True  # "told him to stab the man": asked for, not done
        if link in {"ccomp", "xcomp"} and lemma in load_event_words().permitting_verbs and unreal(node, lex):
            return True  # "did not let anybody shoot him": an act not permitted did not happen
        if link == "ccomp" and lemma in lex.doubt_heads and _negated(node) and not _asks(below):
            return True  # "police did not believe the victim had been shot": not known
        if link == "ccomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.uncertain_adjectives for c in node.children
        ):
            return True  # "it's possible a person was shot and fled": not known
        if lemma in lex.intent_heads and (lemma != "go" or (link == "xcomp" and node.tag_ == "VBG")):
            return True  # "go" only as "was going to shoot", not "the gun went off and killed"
    return False


def _asks(clause: Token) -> bool:
    """ "who shot the man", "how the victim was hurt": a question about a fact, which it presumes."""
    return any(t.tag_ in {"WP", "WDT", "WRB", "WP$"} for t in clause.subtree if t.i < clause.i)


def unreal(verb: Token, lex: CasualtyWords | None = None) -> bool:
    """Whether a verb's act did not happen or is not known to have ("begged him not to hurt her
    two sons", "could have killed three")."""
    return verb.pos_ in {"VERB", "AUX"} and (_hypothetical(verb, lex or load_casualty_words()) or _negated(verb))


def _attempted(noun: Token, lex: CasualtyWords) -> bool:
    """ "attempted murder", "the would-be killing": a death noun for what did not happen."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lex.intent_modifiers for c in noun.children)


def _negated(verb: Token) -> bool:
    """ "was not hurt", "wasn’t hurt" (the curly "n’t" sometimes parsed as a name)."""
    words = load_casualty_words().negation_words
    if any(c.dep_ == "neg" or (c.lower_ in words and c.i < verb.i) for c in verb.children):
        return True
    # "Neither round struck the driver", "two rounds, neither of which struck him": no shot hit
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and (
        doer.lower_ in _NO_DOERS or any(c.dep_ == "det" and c.lower_ in _NO_DOERS for c in doer.children)
    )


def _patients(verb: Token, depth: int = 0) -> list[Token]:
    """Who a verb's action fell on: passive subject, else object, else inherited from its head."""
    children = list(verb.children)
    misread = misread_participle(verb)
    if misread is not None:
        return [misread]  # "The man killed Monday night has been identified"
    found = found_participle_subject(verb) or gapped_passive(verb) or _conjunct_before(verb)
    if found is not None:
        # "police found a man shot multiple times", tagged a finite past; "a man was killed and
        # his wife wounded"
        return [found]
    own = [c for c in children if c.dep_ == "nsubjpass"] or [c for c in children if c.dep_ == "dobj"]
    own = own or [found for found in [result_object(verb)] if found is not None]  # "shot dead a man"
    own = [_owner_of_part(o) for o in own]  # "grazed the officer's arm": the officer
    if own:
        if own[0].lower_ in REFLEXIVES:
            return _agents(verb) or _gerund_clause_agents(verb) or own
        # "killed his wife and then himself": the parser hangs the second object on the verb
        itself = [c for c in children if c.dep_ == "conj" and c.lower_ in REFLEXIVES and c.i > own[0].i]
        return own + (_agents(verb) or itself) if itself else own
    if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children):
        small = [c for c in children if c.dep_ == "nsubj"]
        if small and small[0].tag_ in _RELATIVE_TAGS:
            return []  # "a man who pistol-whipped a woman" (the tagger's VBN): he did it, to nobody named here
        if small:
            return small  # "found a man shot", "left ... a teenager wounded": a participle's subject
    acl_past = _misread_past_participle(verb)
    if (
        verb.dep_ in {"acl", "relcl"}
        and (verb.tag_ == "VBN" or acl_past)
        and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}
    ):
        return [verb.head]  # "a man shot in the leg"
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        # "a man was pistol-whipped", parsed as a state
        return [c for c in verb.head.children if c.dep_ == "nsubj"] or _subject_before_be(verb.head)
    if verb.tag_ in {"VBG", "VBZ", "VBP", "VBD"} and any(c.dep_ == "nsubj" for c in children):
        return []  # "'They are shooting again,' a homeowner is heard saying": its subject shoots, at nobody named
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "oprd"} and verb.head.pos_ in {"VERB", "AUX"}:
        return []  # "two men were seen shooting", "started shooting": the subject shoots
    if depth < 3 and verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head.head if verb.dep_ == "pcomp" else verb.head
        if verb.dep_ in {"advcl", "pcomp"} and not any(c.dep_ == "auxpass" for c in children):
            return []  # "police fired after he ran": a passive clause only ("died after being shot")
        if verb.dep_ in {"xcomp", "oprd", "ccomp"} or head.pos_ in {"VERB", "AUX"}:
            inherited = _patients(head, depth + 1)
            if not inherited and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children):
                # "a man ran and was shot", "a man believed to be 20 was shot": a passive shares the subject
                return [s for s in head.children if s.dep_ == "nsubj"]
            if inherited or verb.dep_ in {"conj", "ccomp"} or verb.tag_ == "VBG":
                # "started shooting": the subject is the shooter; "dispatchers say that ...": a teller
                return inherited
            return [s for s in head.children if s.dep_ == "nsubj"]
    return []


def _owner_of_part(noun: Token) -> Token:
    """The person whose body part a verb's object or passive subject is ("a bullet struck the
    man's leg", "grazed the officer's arm", "her arm was grazed"; role_words.json
    `body_parts`), else the noun itself."""
    if not is_body_part(noun):
        return noun
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in {"its", "whose"}:
        return noun
    return owner


def _conjunct_before(verb: Token) -> Token | None:
    """ "found one man dead and another seriously wounded", with "another" joined to the man and
    "wounded" hung on the sentence's verb: a participle with no subject or auxiliary right after a
    joined person (adverbs aside) tells of that person."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children):
        return None
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ == "ADV" and verb.doc[before].head.i == verb.i:
        before -= 1
    person = verb.doc[before] if before >= 0 else None
    if person is None or person.dep_ != "conj" or person.head.i == verb.i:
        return None
    return person if person.pos_ in {"NOUN", "PRON", "DET"} else None


def _own_fate_after(person: Token, anchor: Token, lex: CasualtyWords) -> bool:
    """Whether a joined person has a fate word of its own right after it ("one man dead and another
    seriously wounded": "wounded" is the other's, not "dead")."""
    after = person.i + 1
    doc = person.doc
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after >= len(doc) or after == anchor.i:
        return False
    word = doc[after]
    return word.lemma_.lower() in lex.verbs or word.lower_ in lex.outcome_adjectives


def _agents(verb: Token) -> list[Token]:
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
        if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
            break
        node = node.head
    return []


def _gerund_clause_agents(verb: Token) -> list[Token]:
    """ "shot two people before killing himself", "after turning the gun on himself": the one who
    does an -ing clause's act is the subject of the verb the clause hangs on."""
    if verb.tag_ != "VBG":
        return []
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in _SEQUENCE_WORDS and prep.head.pos_ in {"VERB", "AUX"}:
        return _agents(prep.head)
    marked = any(c.dep_ in {"mark", "prep"} and c.lower_ in _SEQUENCE_WORDS for c in verb.children)
    if verb.dep_ == "advcl" and marked and verb.head.pos_ in {"VERB", "AUX"}:
        return _agents(verb.head)
    return []  # "were engaged in shooting themselves with airsoft guns" hurts nobody named


_SEQUENCE_WORDS = frozenset({"before", "after"})


def _subject_before_be(be: Token) -> list[Token]:
    """The subject of a subjectless "was" that the parser hung on the preposition before it:
    "investigating after a 68-year-old man was slain", parsed "after [a man]" and "was slain"."""
    if be.i == 0:
        return []
    noun = be.doc[be.i - 1]
    prep = noun.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj" or prep.lower_ not in {"after", "before", "since"}:
        return []
    return [noun]


def _subjects(verb: Token) -> list[Token]:
    """The one a state or death is said of: subject, else the subject of the verb it hangs on."""
    subjects = _agents(verb)
    if subjects and subjects[0].pos_ == "VERB" and subjects[0].tag_ == "VBN":
        # "A woman shot Friday night has died": the parser made the participle the clause subject
        told = next((c for c in subjects[0].children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
        return [told] if told is not None else []
    if subjects:
        return subjects
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return _agents(verb.head)  # "a man walked into a clinic suffering from a gunshot wound"
    prep = verb.head
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ in {"after", "before", "from"}
        and prep.head.i != prep.i
    ):
        return _agents(prep.head)  # "four people arrived at a hospital after suffering gunshot wounds"
    return []


def _fatal_setting(noun: Token, lex: CasualtyWords) -> bool:
    """Whether a noun names an act that killed whom it struck (casualty_words.json `fatal_settings`);
    the tokenizer splits "murder-suicide", so the word is read whole (`triggers.hyphened_lemma`)."""
    return (hyphened_lemma(noun) or noun.lemma_.lower()) in lex.fatal_settings


def _fatal(verb: Token, lex: CasualtyWords) -> bool:
    for child in verb.children:
        lemma = child.lemma_.lower()
        if child.dep_ in {"advmod", "acomp", "oprd", "xcomp", "amod", "npadvmod"} and lemma in lex.fatal_modifiers:
            return lemma != "death"
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lemma_.lower() == "death" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(_fatal_setting(g, lex) for g in child.children):
            return True  # "shot his wife and then himself in an apparent murder-suicide"
        entry = lex.verbs.get(lemma)
        killing = (entry is not None and entry.outcome == "killed") or lemma in lex.dying_verbs
        # "shot and killed"; not "four men were shot and one of them was killed", whose second
        # clause has its own subject
        if child.dep_ == "conj" and killing and not any(g.dep_ in _SUBJECTS for g in child.children):
            return True
    return False


def _statement(
    outcome: Outcome, heads: Iterable[Token], anchor: Token, rule: str, lex: CasualtyWords
) -> VictimStatement | None:
    victims: list[Victim] = []
    for head in heads:
        # "one man dead and another seriously wounded": the other's fate is its own
        apart = [c.idx for c in head.conjuncts if _own_fate_after(c, anchor, lex)]
        victims.extend(v for v in victims_of(head, lex) if not any(v.start <= at < v.end for at in apart))
    if not victims:
        return None
    # who did it, for a verb of violence only ("taken to a hospital by police" hurt nobody)
    doers = {d.lemma_.lower() for d in _doers(anchor)} if rule == "verb" else set()
    by_offender, by_police = bool(doers & lex.offender_nouns), bool(doers & (lex.police_nouns | _POLICE_WORDS))
    for victim in victims:
        if victim.offender and by_police:
            continue
        victim.by_offender, victim.by_police = by_offender and not victim.offender, by_police
    return VictimStatement(outcome, victims, anchor, rules=[rule])


_POLICE_WORDS = frozenset({"police", "cop", "policeman"})


def _doers(verb: Token) -> list[Token]:
    """Who did a verb's act: its "by" agent, else its subject, looking up through the clause a
    participle hangs on ("A gunman opened fire, killing two people")."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return [agent]
    node = verb
    for _ in range(3):
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in node.children):
            return []  # a passive with no agent: nobody named
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects
        if node.dep_ not in {"conj", "xcomp", "advcl"} or node.head.i == node.i:
            break
        node = node.head
    return []


def _with_result(verb: Token, results: frozenset[str]) -> bool:
    """ "burned five villagers alive", "beat a man to death": a result word beside the verb or
    after its "to"."""
    for child in verb.children:
        if child.lower_ in results:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in results for g in child.children):
            return True
    return False


def _verb_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    entry = lex.verbs.get(tok.lemma_.lower())
    if entry is None or tok.pos_ not in {"VERB", "AUX"} or _hypothetical(tok, lex):
        return None
    if (
        any(c.dep_ == "prep" and c.lower_ in {"at", "into", "toward", "towards"} for c in tok.children)
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in tok.children)
        and misread_participle(tok) is None  # "A young man shot at close range ... is making a recovery"
        and not _reduced_relative(tok)
    ):
        return None  # "shot at a car": nobody hit
    if any(
        c.dep_ == "prep" and c.lower_ in {"at", "toward", "towards"} and not any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    ):
        return None  # "three teens were shot at": nobody hit
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ in entry.harmless_particles for c in tok.children):
        return None  # "shot down 30 of 35 drones": a craft downed, nobody hit
    if entry.results and not _with_result(tok, entry.results):
        return None  # "burned the house", "beat Uganda 2-0": only "burned ... alive", "beat ... to death" kill
    if entry.hits and not _with_firing(tok, lex) and not _hit_in_the_body(tok):
        agents = [
            g for c in tok.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "with"} for g in c.children
        ]
        if not any(a.lemma_.lower() in entry.hits for a in agents + _agents(tok) + _fused_instrument(tok)):
            return None  # "hit the clerk with the gun", "pistol-whipped the resident"
    outcome: Outcome = entry.outcome
    if any(c.dep_ == "advmod" and c.lower_ in lex.near_miss_modifiers for c in tok.children):
        if outcome != "killed":
            return None  # "gunfire nearly hit a man": nobody hit
        outcome = "injured"  # "he was nearly killed": hurt
    elif outcome == "injured" and (
        _fatal(tok, lex) or any(c.dep_ == "prt" and c.lower_ in entry.fatal_particles for c in tok.children)
    ):
        outcome = "killed"  # "shot and killed", "fatally shot", "gunned down"
    if any(c.lower_ in lex.nonfatal_modifiers for c in tok.children):
        outcome = "injured"
    if _negated(tok):
        outcome = "unhurt"
    elided = _elided_subject(tok, lex)
    found = (
        VictimStatement(outcome, elided, tok, rules=["verb"])
        if elided
        else _statement(outcome, _patients(tok), tok, "verb", lex)
    )
    clause = tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "advcl"}  # "after shooting another man"
    if found is not None and (clause or any(c.dep_ == "nsubj" for c in tok.children)):
        # "he stabbed another man": another than the attacker, not one more victim
        found.victims = [_other_than_subject(v) for v in found.victims]
    if found is not None and any(c.dep_ == "advmod" and c.lower_ in lex.additive_adverbs for c in tok.children):
        found.victims = [_added(v) for v in found.victims]
    return found


def _misread_past_participle(verb: Token) -> bool:
    """ "one of two people shot at the home", with "shot" tagged a past: a verb on the object of a
    preposition cannot be its predicate, so it is the participle ("three teenagers shot at
    them", whose noun may be the subject, is read as tagged)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "pobj"


def _reduced_relative(verb: Token) -> bool:
    """ "identified the man killed in a shooting last week at an apartment complex": a past
    participle on a noun of people tells what was done to them, and its "at" says where (not
    "three teenagers shot at them": an "at" of people is an aim, however the parse tags it)."""
    people = load_casualty_words().person_nouns
    aimed = any(
        g.pos_ == "PRON" or g.lemma_.lower() in people
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in c.children
    )
    return (
        verb.dep_ == "acl"
        and (verb.tag_ == "VBN" or _misread_past_participle(verb))
        and verb.head.i < verb.i
        and verb.head.lemma_.lower() in people
        and not aimed
    )


def _fused_instrument(verb: Token) -> list[Token]:
    """The instrument written into the verb ("pistol-whipped", "pistol whipping"): the word right
    before it, across a hyphen, whatever the parser made of it."""
    doc, i = verb.doc, verb.i - 1
    if i >= 0 and doc[i].text in HYPHENS:
        i -= 1
    return [doc[i]] if i >= verb.sent.start else []


def _elided_subject(verb: Token, lex: CasualtyWords) -> list[Victim]:
    """ "left a man dead and a juvenile wounded", "one man is dead and another hospitalized": the
    second of two coordinated outcomes names its own people just before its participle, where the
    parser hangs them on the participle as a modifier."""
    if verb.tag_ != "VBN" or verb.dep_ not in {"conj", "oprd"} or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    if before.head.i != verb.i or before.dep_ not in {"npadvmod", "det", "amod", "advmod"}:
        return []
    if before.lower_ in lex.additive_words:
        return [Victim(before.text, before.idx, before.idx + len(before.text), 1, "additive")]
    return victims_of(before, lex)


def _added(victim: Victim) -> Victim:
    """ "The shooting also injured a 57-year-old man": someone brought in anew beside those the
    report counted (casualties.IncidentTally weighs it against their fates)."""
    if victim.reference == "new":
        victim.added = True
    return victim


def _other_than_subject(victim: Victim) -> Victim:
    if victim.reference == "additive" and victim.text.lower().startswith("another ") and victim.noun:
        victim.reference = "new"
    return victim


def _share_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    """ "four people were shot, one fatally", "three men were shot, two of them fatally": a share
    of the victims just named died."""
    if tok.dep_ not in {"npadvmod", "appos", "advmod", "dep"} or not (tok.like_num or tok.lower_ == "one"):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in lex.fatal_modifiers for c in tok.children):
        return None
    verb = tok.head if tok.dep_ != "appos" else tok.head.head
    entry = lex.verbs.get(verb.lemma_.lower())
    if entry is None or verb.pos_ not in {"VERB", "AUX"} or _hypothetical(verb, lex) or _negated(verb):
        return None
    quantity = parse_quantity(tok.text)
    if quantity is None or not isinstance(quantity.value, int):
        return None
    share = Victim(tok.text, tok.idx, tok.idx + len(tok.text), quantity.value, "partitive")
    return VictimStatement("killed", [share], tok, rules=["share"])


def _with_firing(verb: Token, lex: CasualtyWords) -> bool:
    """ "fired once, striking the clerk", "opened fire and hit two men": a hit from a gun fired."""
    linked = [verb.head] if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i else []
    linked += [c for c in verb.children if c.dep_ in {"conj", "advcl"}]
    return any(v.lemma_.lower() in lex.firing_verbs and v.pos_ == "VERB" for v in linked)


def _hit_in_the_body(verb: Token) -> bool:
    """ "a 10-year-old player was hit in the leg", "struck in the chest": a person hit in a part of
    the body (role_words.json `body_parts`), in the passive with nobody named as the hitter, was hit
    by something fired ("began hitting the victim in her face", "striking him in the head" are
    blows a person gives)."""
    parts = load_role_words().body_parts
    passive = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    return passive and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in parts for g in c.children)
        for c in verb.children
    )


def _found_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    """ "police found a juvenile shot": the participle read as a noun, the person as its modifier."""
    outcome = lex.found_participles.get(tok.lower_)
    if outcome is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in lex.dying_verbs:
        # "The teen shot Sunday in Columbus is in stable condition", with "teen shot" read as a noun
        person = _person_before_participle(tok, lex)
        return _statement(outcome, [person], tok, "found", lex) if person is not None else None
    if outcome is None or tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "nsubjpass", "attr"}:
        return None
    if tok.head.lemma_.lower() not in lex.state_verbs or _negated(tok.head) or _hypothetical(tok.head, lex):
        return None
    people = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i == tok.i - 1]
    return _statement(outcome, people, tok, "found", lex) if people else None


def _person_before_participle(noun: Token, lex: CasualtyWords) -> Token | None:
    """The person of a participle of harm the parser read as a noun with the person as its
    modifier ("The teen shot Sunday", "The man stabbed Friday night"): the participle has a
    day or a place hung on it, and a person noun right before it."""
    if noun.pos_ not in {"NOUN", "VERB"} or noun.lower_ not in lex.found_participles:
        return None  # a verb as a subject is the same misreading ("UPDATE: The teen shot Sunday")
    told = any(
        (c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}) or (c.dep_ == "prep" and c.i > noun.i)
        for c in noun.children
    )
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if not told or before is None or before.head.i != noun.i or before.dep_ not in {"compound", "amod"}:
        return None
    return before if before.lower_ in lex.person_nouns or before.lemma_.lower() in lex.person_nouns else None


def _dying_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    lemma = tok.lemma_.lower()
    phrasal = any(f"{lemma} {c.lower_}" in lex.dying_verbs for c in tok.children if c.dep_ in {"prt", "advmod"})
    if (
        (lemma not in lex.dying_verbs and not phrasal)
        or tok.pos_ not in {"VERB", "AUX"}
        or _hypothetical(tok, lex)
        or _negated(tok)
    ):
        return None
    found = _statement("killed", _subjects(tok), tok, "dying", lex)
    if found is None:
        # "A man who was shot Friday night outside a nightclub has died", "A man shot Friday night
        # outside a nightclub died Sunday": the parser hung the death on the shooting or gave it
        # a place for its subject; the one shot is who died.
        shot = _shot_one(tok, lex)
        found = _statement("killed", [shot], tok, "dying", lex) if shot is not None else None
    return found


def _shot_one(dying: Token, lex: CasualtyWords) -> Token | None:
    """The person a misparsed death verb is said of: the noun a relative clause with the death
    hangs on, or the subject of a verb of violence read as a participle ("A man shot Friday",
    with no object) that the death hangs on."""
    head = dying.head
    if dying.dep_ == "relcl" and head.pos_ in {"NOUN", "PROPN"}:
        return head
    for subject in (c for c in dying.children if c.dep_ == "nsubj"):
        person = _person_before_participle(subject, lex)
        if person is not None:
            return person  # "The teen shot Sunday in Columbus has died", with "teen shot" read as a noun
    if dying.dep_ not in {"advcl", "ccomp"} or head.lemma_.lower() not in lex.verbs:
        return None
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in head.children):
        return None  # "a man shot his wife and died": the shooter
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _failed_survival_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    """ "He did not survive", "the boy could not be saved": a survival denied is a death (not "may
    not survive", a hedge, nor "is not expected to survive", a forecast held by another verb)."""
    if tok.lemma_.lower() not in lex.failed_survival or tok.pos_ != "VERB" or not _negated(tok):
        return None
    hedged = any(c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS for c in tok.children)
    if hedged or tok.dep_ in {"xcomp", "ccomp"}:
        return None
    return _statement("killed", _subjects(tok) or _patients(tok), tok, "dying", lex)


def _state_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    outcome = lex.outcome_adjectives.get(tok.lower_) or lex.outcome_adjectives.get(tok.lemma_.lower())
    head = tok.head
    fate = lex.victim_compounds.get(tok.lower_)
    if fate is not None and tok.dep_ == "compound" and head.lemma_.lower() == "victim":
        # "Officers located three gunshot victims"; not "have not found a gunshot victim", nor
        # "reports of a possible shooting victim"
        told = head.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "appos"} and not _negated(head.head)
        hedged = any(c.dep_ == "amod" and c.lower_ in _HEDGED_VICTIMS for c in head.children)
        return _statement(fate, [head], tok, "state", lex) if told and not hedged else None
    if outcome is None:
        return None
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "located a 36-year-old female and a 10-year-old male deceased"
    # "deputies located a 36-year-old female deceased", parsed as a clause on the noun
    found_so = first.dep_ in {"dobj", "nsubjpass"} and first.head.lemma_.lower() in lex.state_verbs
    if tok.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and found_so and not _negated(first.head):
        return _statement(outcome, [first], tok, "state", lex)
    if tok.dep_ == "amod" and head.pos_ in {"NOUN", "PROPN"}:
        found = _statement(outcome, [head], tok, "state", lex)  # "the wounded man", "a man dead"
        other = tok.doc[tok.i - 1] if tok.i > 0 else None
        if found is None and other is not None and other.lower_ == "another" and other.head.i == head.i:
            # "one man was killed and another wounded Monday night", read with "another" on "night"
            found = VictimStatement(outcome, [Victim(other.text, other.idx, other.idx + 7, 1, "additive")], tok)
            found.rules.append("state")
        return found
    if tok.dep_ == "dobj" and head.lemma_.lower() in lex.state_verbs and not unreal(head, lex):
        # "left a 15-year-old dead", parsed with the age as the adjective of "dead": the age is
        # the person
        age = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "old" and c.i < tok.i), None)
        return _statement(outcome, [age], tok, "state", lex) if age is not None else None
    if tok.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "attr", "advcl"} and head.lemma_.lower() in lex.state_verbs:
        if _hypothetical(head, lex) or _negated(head):
            return None
        # "left one person dead Wednesday": a day hung on the state is no one it is said of
        own = [c for c in tok.children if c.dep_ in {"npadvmod", "nsubj"} and c.ent_type_ not in {"DATE", "TIME"}]
        heads = own or [c for c in head.children if c.dep_ in {"nsubjpass", "dobj"}] or _subjects(head)
        return _statement(outcome, heads, tok, "state", lex)
    return None


def _condition_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    if tok.lemma_.lower() != "condition" or not any(c.lower_ in lex.condition_adjectives for c in tok.children):
        return None
    prep = tok.head
    if prep.lower_ != "in" or prep.head.i == prep.i:
        return None
    holder = prep.head
    if holder.pos_ in {"NOUN", "PROPN", "PRON"}:
        return _statement("injured", [holder], tok, "condition", lex)
    return _statement("injured", _patients(holder) or _subjects(holder), tok, "condition", lex)


def _treatment_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    lemma = tok.lemma_.lower()
    if lemma in lex.wound_nouns and tok.head.lower_ == "with" and tok.head.head.i != tok.head.i:
        holder = tok.head.head
        if holder.lemma_.lower() in lex.treatment_places and holder.dep_ == "pobj" and holder.head.head.i != holder.i:
            # "arrived at a hospital with a gunshot wound": the parse hangs the wound on the place
            holder = holder.head.head
        if holder.pos_ in {"NOUN", "PROPN", "PRON"}:
            return _statement("injured", [holder], tok, "treatment", lex)
        return _statement("injured", _patients(holder) or _subjects(holder), tok, "treatment", lex)
    if lemma in lex.wound_nouns and tok.pos_ == "NOUN":
        found = _wound_owners(tok, lex) or _wound_holders(tok)
        if found:
            return _statement("injured", found, tok, "treatment", lex)
    if (
        lemma not in lex.treatment_verbs | lex.recovery_verbs
        or tok.pos_ != "VERB"
        or _hypothetical(tok, lex)
        or _negated(tok)
    ):
        return None
    objects = {g.lemma_.lower() for c in tok.children if c.dep_ in {"prep", "dobj"} for g in [c, *c.children]}
    if not (objects & (lex.treatment_places | lex.wound_nouns) or _recovering(tok, lex)) or _in_custody(tok, lex):
        return None
    if any(
        g.lemma_.lower() in lex.precaution_words for c in tok.children if c.dep_ in {"prep", "advcl"} for g in c.subtree
    ):
        return None  # "was taken to a hospital as a precaution", "for evaluation": nobody hurt
    heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not heads and lemma in {"take", "transport", "rush", "airlift", "fly", "carry", "drive", "admit"}:
        heads = [c for c in tok.children if c.dep_ == "dobj"]
    heads = heads or _subjects(tok)
    return _statement("injured", heads, tok, "treatment", lex)


def _recovering(tok: Token, lex: CasualtyWords) -> bool:
    """ "Two men are recovering after a shooting", "is recuperating from gunshot wounds": getting
    over the violence or the wound its phrase names (not "police recovered a gun")."""
    if tok.lemma_.lower() not in lex.recovery_verbs or any(c.dep_ == "dobj" for c in tok.children):
        return False
    words = lex.violence_words | lex.wound_nouns | set(lex.verbs)
    return any(g.lemma_.lower() in words for c in tok.children if c.dep_ in {"prep", "advcl"} for g in c.subtree)


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_SEEMING = frozenset({"be", "appear", "seem"})


def _wound_owners(wound: Token, lex: CasualtyWords) -> list[Token]:
    """ "The cashier's injuries were not life-threatening": whose wounds a clause is about. Only
    the subject of its clause, and only a wound or an injury (not "the officer's bullet")."""
    if wound.lower_ not in lex.owned_wounds or wound.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return [c for c in wound.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]


def _wound_holders(wound: Token) -> list[Token]:
    """ "located a man with what appeared to be gunshot wounds", "arrived at a hospital suffering
    from a gunshot wound" (with "suffering" read as a noun): who has the wound, found above it
    through a seeming verb or a suffering."""
    node = wound.head
    for _ in range(5):
        if node.head.i == node.i:
            return []
        if node.lower_ == "with" and node.dep_ == "prep" and node is not wound.head:
            owner = node.head
            return [owner] if owner.pos_ in {"NOUN", "PROPN"} else [c for c in owner.children if c.dep_ == "dobj"]
        if node.lower_ == "from" and node.head.lower_ == "suffering" and node.head.pos_ == "NOUN":
            verb = node.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            return [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ in {"VERB", "AUX"} else []
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() not in _SEEMING:
            return []
        node = node.head
    return []


def _in_custody(verb: Token, lex: CasualtyWords) -> bool:
    """ "transported the three men to the juvenile detention center", "to the Juvenile Assessment
    Center" (a modifier of a modifier): a place of custody, not care."""
    places = [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.lemma_.lower() in lex.treatment_places
    ]
    return any(m.lower_ in lex.custody_words for p in places for m in p.subtree if m.i < p.i)


def _ordinal(noun: Token, lex: CasualtyWords) -> bool:
    """ "the city's sixth homicide", "the 40th killing this year": a count of incidents."""
    return any(
        c.dep_ in {"amod", "nummod", "compound"} and (c.lower_ in lex.ordinal_words or c.ent_type_ == "ORDINAL")
        for c in noun.children
    )


def _body_part(noun: Token) -> bool:
    """ "shot in her lower body", "wounds to the body": the body is where, not whose death."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in {"in", "to", "into", "on", "throughout"}


def _charged_as_killing(noun: Token, lex: CasualtyWords) -> bool:
    """ "Was charged with murder in the shooting of his roommate", "charged a teen with first-degree
    murder in the shooting": violence a suspect is charged in with a killing's charge (casualty_words
    `fatal_charges`) killed its victim ("attempted murder in the shooting" did not)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "for"}:
        return False
    governor = noun.head.head
    charges = [governor, *(c for c in governor.children if c.dep_ in {"compound", "amod"})]  # "a murder charge in"
    if governor.pos_ in {"VERB", "AUX"}:
        charges = [g for p in governor.children if p.dep_ == "prep" and p.lower_ in {"with", "on"} for g in p.children]
    if _attempted(governor, lex):
        return False  # "an attempted murder charge"
    return any(c.lemma_.lower() in lex.fatal_charges and not _attempted(c, lex) for c in charges)


def _noun_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    lemma = tok.lemma_.lower()
    outcome = lex.death_nouns.get(lemma) if tok.pos_ == "NOUN" else None
    if lemma == "body" and tok.pos_ == "NOUN" and not _body_part(tok):
        verb = tok.head
        if tok.dep_ in {"nsubjpass", "dobj"} and (_hypothetical(verb, lex) or _negated(verb)):
            return None  # "where her body might never be found"
        outcome = "killed"
    if outcome is None or _attempted(tok, lex) or _ordinal(tok, lex):
        return None
    if any(c.lemma_.lower() in lex.fatal_modifiers or c.lemma_.lower() == "death" for c in tok.children):
        outcome = "killed"  # "the fatal shooting of", "the shooting death of"
    elif _charged_as_killing(tok, lex):
        outcome = "killed"  # "charged with murder in the shooting of his roommate"
    heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads += [_relative_antecedent(c) or c for c in tok.children if c.dep_ == "poss"]
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.death_nouns:
        return None  # "shooting death": the head noun speaks
    return _statement(outcome, heads, tok, "noun", lex)


def _relative_antecedent(owner: Token) -> Token | None:
    """The noun "whose" stands for: "a 25-year-old man whose body was found in a ditch"."""
    if owner.tag_ != "WP$":
        return None
    clause = owner.head
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"} else None


def _life_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    """ "the shooting took the life of Jane Roe": the 'of' object of a life taken was killed; "took
    his own life", "turned the gun on himself", "lost their lives": the subject was."""
    if tok.dep_ != "dobj" or _hypothetical(tok.head, lex) or _negated(tok.head):
        return None
    verb = tok.head.lemma_.lower()
    if tok.lemma_.lower() in lex.turned_weapons and verb in lex.turn_verbs:
        on_self = any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _REFLEXIVES for g in c.children)
            for c in [*tok.children, *tok.head.children]
        )
        return _statement("killed", _subjects(tok.head), tok, "life", lex) if on_self else None
    if tok.lemma_.lower() != "life" or verb not in lex.life_verbs | lex.losing_verbs:
        return None
    if verb in lex.losing_verbs or any(c.lower_ == "own" for c in tok.children):
        return _statement("killed", _subjects(tok.head), tok, "life", lex)
    heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return _statement("killed", heads, tok, "life", lex)


def _unhurt_rule(tok: Token, lex: CasualtyWords) -> VictimStatement | None:
    if tok.lower_ not in lex.unhurt_words:
        return None
    return _statement("unhurt", _subjects(tok.head) if tok.dep_ != "amod" else [tok.head], tok, "unhurt", lex)


_RULES = (
    _verb_rule,
    _dying_rule,
    _failed_survival_rule,
    _state_rule,
    _condition_rule,
    _treatment_rule,
    _noun_rule,
    _unhurt_rule,
    _found_rule,
    _share_rule,
    _life_rule,
)


def sentence_outcomes(sent: Span, lex: CasualtyWords | None = None) -> list[VictimStatement]:
    """The victim statements of a sentence, in order of their anchor words."""
    lex = lex or load_casualty_words()
    out: list[VictimStatement] = []
    for tok in sent:
        for rule in _RULES:
            found = rule(tok, lex)
            if found is not None:
                out.append(found)
                break
    return out
