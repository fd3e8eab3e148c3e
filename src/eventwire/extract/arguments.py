"""Actor and target of a trigger from the dependency parse.

Verbs: subject -> actor and object -> target (active), passive subject -> target and "by"
agent -> actor, target prepositions (on, against, at, targeting, upon), coordination shares
the subject ("Iran and Iraq"), an open complement inherits its governor's subject ("voted to
demand"), and a participle modifying a noun takes the noun ("missiles targeting X").
Nouns: possessor -> actor ("Iran's attack"), a country or demonym modifier -> actor ("US drone
strike"), "by"/"from" -> actor, "on"/"against"/"of"/"to" -> target, and a light verb lends its
subject ("launched an attack").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from .actors import PARTITIVE_HEADS, agent_of_noun
from .lexicon import MONEY_CLASS, load_actor_lexicon, load_triggers, names_people_or_a_side, people_words
from .role_words import load_role_words
from .tree import found_participle_subject, gapped_passive, misread_participle, result_object, travelled_for
from .triggers import TriggerMatch, amount_thing, of_objects, predicate_nouns, raised_object
from .victims import load_casualty_words
from .words import HYPHENS, lemma, load_event_words, names_money, stance

# "recalled its ambassador to Moscow", "sent troops to the border": destinations are targets for
# these types (a retreat's destination is not: "moved to Kuwait").
TO_TARGET_TYPES = frozenset({"SANCTION", "MOBILIZE", "AID", "COOPERATE", "CONSULT"})
# "apologised to South Korea": a concession with no object is made to the side after "to" (one with
# an object is made to it: "released two hostages to the Red Cross" frees the hostages).
_TO_TARGET_INTRANSITIVE_TYPES = frozenset({"CONCEDE"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_YIELD_PREPS = frozenset({"to", "into"})
# "US troops deployed to Kuwait": the forces a deployment moves are its side (PLOVER codes the
# mobilizing side), so their participle keeps them the actor.
MOVED_SIDE_TYPES = frozenset({"MOBILIZE"})


_PEOPLE_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE"})
_OWNER_TARGET_TYPES = frozenset({"SUPPORT", "SANCTION"})  # a keyed object's owner is the side backed or punished
"""Types whose people object is itself the target when the trigger keys on it: the people hit,
held or freed (a sanction's or a meeting's people stand for their side)."""
_MOVERS = frozenset({"RETREAT", "MOBILIZE"})  # an event noun whose "of" names those who move
_BY = frozenset({"by"})


@dataclass(slots=True)
class Arguments:
    """Head tokens of the actor and target (None when the parse gives none)."""

    actor: Token | None
    target: Token | None
    passive: bool = False
    origin: Token | None = None


def _names_people(tok: Token) -> bool:
    """Whether a word names people: a word of the lexicon's `@people` class (casualty_words.json
    `person_nouns`, a personal pronoun, a one-word title)."""
    words = people_words()
    return lemma(tok) in words or tok.lower_ in words


def _named_doer(actor: Token | None) -> bool:
    """Whether a clause's doer is named by a noun, not left to a pronoun."""
    return actor is not None and actor.pos_ != "PRON"


def _child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    found = [c for c in token.children if c.dep_ in deps]
    if len(found) > 1 and found[0].pos_ == "ADJ" and found[1].pos_ in {"NOUN", "PROPN"}:
        # "Sudan's paramilitary Rapid Support Forces attacked": the parse splits one subject in
        # two at an adjective before a name; the name is the subject.
        return found[1]
    return found[0] if found else None


def _pobj(prep: Token) -> Token | None:
    # "on Tuesday" is a time, never a party.
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.ent_type_ not in {"DATE", "TIME"}), None)


def _launched(verb: Token, actor: Token, match: TriggerMatch) -> bool:
    """Whether the actor found is the noun a past participle modifies and the very object the
    trigger keys on: a weapon fired or launched, not its user ("units stationed in the hills" are
    still the side that stations them)."""
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and actor.i == verb.head.i and lemma(actor) in match.trigger.objects
    )


def _by(verb: Token) -> list[Token]:
    """The "by" of a participle: its agent, or a preposition "by" the parse did not make one."""
    return [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]


def _agent_noun(agent: Token) -> Token | None:
    """The doer a passive's "by" names. "shot by responding officers" may be parsed as a gerund
    with its object: the participle describes the officers, who are the doers."""
    found = _pobj(agent)
    if found is not None and found.dep_ == "pcomp" and found.tag_ == "VBG":
        obj = _child(found, {"dobj"})
        if obj is not None and obj.left_edge.i == found.i + 1:
            return obj
    return found


def _dative(verb: Token) -> Token | None:
    """The recipient: "sold Saudi Arabia howitzers" (the noun) or "gave a welcome to X" (the
    preposition's object)."""
    dative = _child(verb, {"dative"})
    return _pobj(dative) if dative is not None and dative.pos_ == "ADP" else dative


def _prep_object(token: Token, preps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            obj = _pobj(child)
            if obj is not None:
                return obj
            # "out of Iraq": the object hangs one preposition deeper.
            inner = next((g for g in child.children if g.dep_ == "prep"), None)
            if inner is not None and _pobj(inner) is not None:
                return _pobj(inner)
        if child.dep_ == "prt" and child.lower_ in preps:
            inner = next((g for g in token.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            if inner is not None:
                return _pobj(inner)
    return None


def _owner_by_subject(noun: Token, pronoun: Token) -> Token | None:
    """The side a possessive pronoun on an event noun stands for, read off the subject of the verb
    that governs the noun. "Colombia's government and the ELN agreed to extend their ceasefire":
    "their" after a subject that names two sides stands for both (`roles.joint_sides` pairs
    them). "The rebels announced their withdrawal", "the army resumed its offensive": a side that
    announces, begins or resumes (role_words.json `own_act_verbs`) its own event does it;
    "ordered their withdrawal" speaks of another side's."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = _inherited_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if subject is None:
        return None
    if pronoun.lower_ == "their" and any(c.dep_ == "conj" for c in subject.children):
        return subject
    own = noun.dep_ == "dobj" and noun.head.i == verb.i and lemma(verb) in load_role_words().own_act_verbs
    if not own or subject.pos_ == "PRON" or subject.i > noun.i:
        return None
    # "its" stands for one side, "their" for a plural one; a name agrees with either ("the
    # Taliban ... their", "Russia ... its")
    agrees = subject.pos_ == "PROPN" or (pronoun.lower_ == "their") == (subject.tag_ in {"NNS", "NNPS"})
    return subject if agrees else None


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of a verb, looking through xcomp, conj and participle chains."""
    seen = 0
    current = verb
    while seen < 4:
        subj = _child(current, SUBJECT_DEPS) or _subject_of_auxiliary(current)
        if subj is not None:
            return subj
        if current.dep_ == "xcomp" and current.head.i != current.i:
            controller = _child(current.head, {"dobj"})
            words = load_role_words()
            if controller is not None and lemma(current.head) not in words.instrument_verbs | words.summoning_verbs:
                return controller  # "forced him to resign", "persuaded Iran to withdraw": the object acts
            # "police used excessive force to disperse": what is used is the means; the user acts;
            # "summoned the envoy to protest": the summoner protests.
        # "Kenya is prepared to lift", "Israel is about to invade": through a word of willingness
        # or of a plan to the subject of its copula.
        event_words = load_event_words()
        planning = event_words.intent_words | event_words.planning_verbs
        willing = current.dep_ == "acomp" and lemma(current) in planning
        if (current.dep_ in {"xcomp", "conj", "advcl"} or willing) and current.head.i != current.i:
            if current.dep_ == "advcl" and under_attack(current.head):
                return None  # "a patrol came under fire, killing two soldiers": the patrol did not kill
            accused = _accused_doer(current)
            if accused is not None:
                return accused
            current = _past_aside(current)
            seen += 1
            continue
        if current.dep_ == "pcomp" and current.head.head.i != current.head.i:
            held = _child(current.head.head, {"dobj"}) if current.head.lower_ == "for" else None
            if held is not None and current.tag_ == "VBG":
                return held  # "arrested 30 farmers for protesting": the farmers protested
            current = current.head.head  # "By recalling its ambassador, Slovenia ..."
            seen += 1
            continue
        if _misread_reduced_relative(current):
            # "Gunmen linked to the Taliban attacked a checkpoint": the parse takes the participle
            # for the main verb and hangs the real one on it; the participle's subject acts.
            return _child(current.head, {"nsubj"})
        if current.dep_ == "amod" and current.tag_ == "VBG" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # "the visiting minister", "attacking forces" (not "wounded soldiers")
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            noun = current.head
            # "his haste to withdraw"; "issued a declaration demanding that": a noun of intent or a
            # paper a side issues does not act or speak; its owner or the clause's subject does.
            statement = current.dep_ == "acl" and lemma(noun) in load_role_words().statement_nouns
            if statement or any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
                # "his haste to withdraw", "an order to pull out": the noun's owner, else the
                # subject of the clause that holds the noun; the noun itself is not the agent. The
                # owner may be a modifier: "the Saudi decision to lift", "the US plan to sell".
                owner = _child(noun, {"poss"}) or _modifier_party(noun)
                if owner is not None:
                    return owner
                if noun.head.pos_ in {"VERB", "AUX"} and noun.head.i != noun.i:
                    if statement and _opposes(noun.head):
                        return None  # "vetoed a resolution calling for a ceasefire": not the vetoer's call
                    current = noun.head
                    seen += 1
                    continue
                if noun.dep_ == "ROOT" and not statement and lemma(noun) not in load_event_words().intent_nouns:
                    # A headline's "EU to impose new sanctions on Russia", or a clause the parse
                    # made one ("Police in Tbilisi used water cannon to disperse protesters"):
                    # the noun the sentence rests on is the one who acts.
                    return noun
                return None
            return noun  # "missiles targeting X", "the stampede that killed 56"
        return None
    return None


def _accused_doer(participle: Token) -> Token | None:
    """ "The army accused the RSF of shelling the district, killing nine civilians": a participle
    of the act someone is accused of, which the parse hangs on the verb of accusing, was done by
    the accused (its object, or its passive subject), not by the accuser (role_words.json
    `charge_clause_verbs`)."""
    head = participle.head
    if (
        participle.dep_ != "advcl"
        or participle.tag_ != "VBG"
        or lemma(head) not in load_role_words().charge_clause_verbs
    ):
        return None
    accused = _child(head, {"dobj"}) or _child(head, {"nsubjpass"})
    holders = [head] + ([accused] if accused is not None else [])  # "accused CODECO fighters of attacking"
    if not any(c.dep_ == "prep" and c.lower_ == "of" for h in holders for c in h.children):
        return None  # "police charged the crowd, injuring five": a charge, not an accusation
    return accused


def _subject_of_auxiliary(verb: Token) -> Token | None:
    """The subject the parse hung on the verb's auxiliary instead of the verb: "Egypt and Qatar
    are mediating between Israel and Hamas", where "Egypt" is the subject of "are"."""
    for aux in verb.children:
        if aux.dep_ in {"aux", "auxpass"} and aux.i < verb.i:
            subj = _child(aux, {"nsubj"})
            if subj is not None and subj.i < aux.i:
                return subj
    return None


def _misread_reduced_relative(verb: Token) -> bool:
    """A finite verb the parse hangs as a bare `dep` on a past participle before it that has a
    subject of its own ("Gunmen linked to the Taliban attacked ...": "linked" read as the root)."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or head.tag_ != "VBN" or head.i > verb.i:
        return False
    subject = _child(head, {"nsubj"})
    return subject is not None and subject.i < head.i


def _opposes(verb: Token) -> bool:
    """Whether a verb rejects or denounces what it takes ("vetoed", "rejected", "blocked",
    "condemned"; role_words.json `opposing_verbs`)."""
    return lemma(verb) in load_role_words().opposing_verbs


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a fronted phrase: "With the signing of a memorandum, the
    Sudanese government and the SPLM have agreed to allow access", where "government" became a
    conjunct of "memorandum". The noun phrase right before a finite main verb with no subject,
    after the comma that closes the fronted phrase, is its subject."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i]
    if verb.tag_ not in _FINITE_TAGS and not auxiliaries:
        return None
    first = min([verb.i, *(c.i for c in auxiliaries)])
    before = verb.doc[first - 1] if first > verb.sent.start else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = before
    while noun.dep_ in {"conj", "appos"} and noun.head.i < noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        if any(t.text == "," for t in verb.doc[noun.head.i : noun.i]):
            break  # the comma that closes the fronted phrase
        noun = noun.head
    if noun.head.i == verb.i or not any(t.text == "," for t in verb.doc[verb.sent.start : noun.left_edge.i]):
        return None
    return noun


def _a_doer(subject: Token | None) -> bool:
    """Whether a clause's subject is someone who can act: people, a side, a named person or group."""
    if subject is None:
        return False
    return (
        subject.pos_ == "PRON"
        or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
        or names_people_or_a_side(lemma(subject))
    )


def _past_aside(clause: Token) -> Token:
    """The verb a participle clause hangs on, past a speaker's aside ("Warplanes struck the camp,
    the military said, wounding three": the warplanes wound, not the military) or a clause of time
    (role_words.json `time_clause_markers`)."""
    head = clause.head
    participle = clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > head.i
    words = load_role_words()
    timed = head.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in words.time_clause_markers for m in head.children
    )
    violent = lemma(head) in words.violence_words or lemma(head) in load_casualty_words().verbs
    if participle and timed and not violent and not _a_doer(_child(head, SUBJECT_DEPS)):
        # "A roadside bomb exploded as a police vehicle passed, killing three officers": the
        # participle tells of the main clause's act, not of the time clause it follows; one whose
        # subject can act keeps it ("as militants attacked, killing two", "as activists took to
        # the streets, demanding the release of").
        return head.head
    said = lemma(head) == "say" or lemma(head) in load_event_words().reporting_verbs
    if not (said and participle):
        return head
    if head.dep_ == "parataxis" and head.head.i != head.i:
        return head.head  # the aside hangs on the report
    # the report hangs on the aside, told before it
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), head)


def _verb_arguments(match: TriggerMatch) -> Arguments:
    verb = match.token
    if lemma(verb) in load_casualty_words().dying_verbs:
        # "Two children died in an air strike": the dead are the strike's target, its doer unnamed.
        return Arguments(None, _child(verb, SUBJECT_DEPS), passive=True)
    if match.mode == "occupy" and lemma(verb) in load_role_words().yielding_verbs:
        # "Kabul fell to the Taliban", "the town fell into the hands of the militants": the side it
        # fell to took the place that fell.
        taker = _prep_object(verb, _YIELD_PREPS)
        if taker is not None and lemma(taker) == "hand":
            taker = _prep_object(taker, frozenset({"of"}))
        if taker is not None:
            return Arguments(taker, _child(verb, SUBJECT_DEPS))
    small = _small_clause_patient(verb)
    gapped = gapped_passive(verb)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _reduced_passive(match)
    if passive or small is not None or gapped is not None:
        target = _child(verb, {"nsubjpass"}) or small or misread_participle(verb) or gapped
        if target is not None and lemma(_counted(target)) in match.trigger.objects & load_role_words().projectile_nouns:
            # "gunfire was exchanged", "shots were traded": what was fired is no side; "rockets
            # were fired at Sderot": the place or side it was fired at is
            target = _prep_object(verb, load_role_words().target_preps)
        agent = _child(verb, {"agent"})
        if agent is None:
            # "was shot and wounded by responding officers": the last participle's "by" (often
            # parsed a plain preposition) names the doer of both.
            agent = next((by for c in verb.conjuncts if c.i > verb.i and c.tag_ == "VBN" for by in _by(c)), None)
        actor = _agent_noun(agent) if agent is not None else None
        if target is None and verb.dep_ in {"acl", "relcl"}:
            target = verb.head
        sides = _sides(target) if actor is None and target is not None and target.dep_ == "nsubjpass" else None
        if target is not None and sides is not None and sides[0] is not None and lemma(target) in match.trigger.objects:
            # "The peace deal between the DRC and Rwanda was signed in Luanda": with nobody named
            # after "by", the sides of the deal signed it, the first the actor
            return Arguments(sides[0], sides[1], passive=True)
        if target is not None and lemma(target) in match.trigger.objects:
            # "Sanctions were imposed on Iran by Washington", "aid was delivered to Gaza by
            # Jordan": the thing the entry keys on is no side; the side after the target
            # preposition is, as in the active "imposed sanctions on Iran"
            words = load_role_words()
            to_target = match.trigger.type in TO_TARGET_TYPES
            aims = words.target_preps | words.to_target_preps if to_target else words.target_preps
            # "military aid was approved for Taiwan by Congress": aid is for its recipient
            aimed = _prep_object(verb, aims | {"for"} if match.trigger.type == "AID" else aims)
            target = aimed or target
        return Arguments(actor, target, passive=True, origin=_prep_object(verb, load_role_words().source_preps))
    actor = _inherited_subject(verb) or _stranded_subject(verb)
    if actor is not None and _launched(verb, actor, match):
        # "a drone launched toward the airport": the weapon was launched; its doer is the
        # participle's agent ("a drone launched by the Houthis"), else nobody named.
        agent = _child(verb, {"agent"})
        actor = _agent_noun(agent) if agent is not None else None
    if actor is not None and actor.lower_ in load_role_words().relative_pronouns and actor.head.dep_ == "relcl":
        # "officers, who returned fire and killed him": the relative clause's noun, also for a
        # verb joined to the clause's own
        actor = actor.head.head
    if actor is not None:
        actor = _wielder(actor)
    if match.trigger.speech:
        # "threatened new sanctions against Russia", "threatened tariffs on Chinese goods": a measure
        # a threat's entry retypes it by (`modes_by_word`) is aimed at the side after its preposition.
        # "threatened military action against Iran", "threatened military intervention in Niger":
        # force threatened (event_words `force_nouns`) is aimed at the side after its preposition,
        # or at the country it would be used in.
        measure = _child(verb, {"dobj"})
        aim = load_role_words().target_preps
        force = measure is not None and lemma(measure) in load_event_words().force_nouns
        if (
            match.trigger.type != "THREATEN"
            or measure is None
            or not (force or lemma(measure) in match.trigger.modes_by_word)
        ):
            measure = None
        reach = aim | {"in"} if force else aim
        target = (
            (measure is not None and (_prep_object(measure, reach) or _prep_object(verb, reach)))
            or _child(verb, {"dobj", "dative"})
            or _prep_object(verb, load_role_words().verb_counterpart_preps)
            or raised_object(verb)
            or _asked_clause_subject(verb)
        )
        if target is None and match.trigger.type == "THREATEN":
            # "vowed to retaliate against Israel": whom the act threatened is aimed at
            act = _child(verb, {"xcomp"})
            target = _prep_object(act, aim) if act is not None else None
            threatened = _child(act, {"dobj"}) if act is not None and target is None else None
            if threatened is not None and lemma(threatened) in load_event_words().force_nouns:
                # "threatened to take military action against Syria": the force the act would use
                target = _prep_object(threatened, aim | {"in"})
            if target is None and act is not None and lemma(act) in load_event_words().revenge_words:
                target = _child(act, {"dobj"})  # "vowed to destroy Hamas": the side to be destroyed
        if target is None and match.trigger.type == "REJECT":
            # "The Taliban refused to hand over bin Laden to the United States": the refused act's
            # recipient asked for it
            act = _child(verb, {"xcomp"})
            words = load_role_words()
            if act is not None and lemma(act) in words.transfer_verbs:
                target = _prep_object(act, words.to_target_preps)
    else:
        words = load_role_words()
        # "surrendered to the army": a surrender is made to the side after "to" (a withdrawal "to
        # the border" goes to a place)
        yielded = match.trigger.type in _TO_TARGET_INTRANSITIVE_TYPES or match.mode == "surrender"
        to_target = match.trigger.type in TO_TARGET_TYPES or (yielded and _child(verb, {"dobj"}) is None)
        preps = words.target_preps | words.to_target_preps if to_target else words.target_preps
        needed_to = match.trigger.preps & words.to_target_preps if match.trigger.objects else frozenset()
        if needed_to:
            # "set fire to a police station": an entry keyed on its object that needs a "to" acts on
            # the side after it (`_side_or_premises`).
            preps = preps | needed_to
        # "designated the Houthis a terrorist organisation": a parse may read the object as a dative
        target = (
            _child(verb, {"dobj"})
            or result_object(verb)
            or _counterpart(verb, match)
            or _prep_object(verb, preps)
            or _child(verb, {"dative"})
        )
        relative = target is not None and (target.tag_ in {"WP", "WDT"} or target.lower_ == "that")
        if relative and verb.dep_ == "relcl":
            # "the activist, whom Russian authorities detained", "the village that Russian
            # artillery shelled": the noun the relative clause is on
            target = verb.head
        thing = amount_thing(target) if target is not None else None
        if thing is not None and (match.trigger.type == "AID" or _prep_object(thing, preps) is not None):
            # "pledged 500 million euros in aid to Ukraine", "imposed $50 billion in tariffs on
            # China": the amount stands for the aid, or for what is aimed at a side; "$50 billion in
            # American products" stays the amount, whose words say whose goods (`goods-origin`).
            target = thing
        into = _prep_object(verb, frozenset({"into"})) if target is not None and target.dep_ == "dobj" else None
        if into is not None and target is not None and lemma(target) in words.driven_vehicles:
            # "rammed his car into a crowd", "drove a truck into the market": the vehicle is the
            # means; the side it was driven into is the target.
            target = into
        owner = _owner(target) if target is not None and match.trigger.type == "ASSAULT" else None
        if target is not None and match.mode == "veto" and _keyed_object(target, match):
            # "blocked the EU's sanctions package", "vetoed the UN resolution on Syria": a measure
            # vetoed is its proposer's; what it is about is no side of the veto.
            # "vetoed an Algerian draft resolution": a demonym names the proposer as well
            owner = _child(target, {"poss"}) or next(
                (
                    c
                    for c in target.children
                    if (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
                    or (c.dep_ == "amod" and c.ent_type_ == "NORP")
                ),
                None,
            )
        if owner is not None:
            # "a bullet grazed the victim's head on Elm Street": the owner, not a place after it.
            target = owner
        elif (
            target is not None
            and lemma(fired := _counted(target)) in words.projectile_nouns
            and fired.lemma_.lower() not in match.trigger.objects
        ):
            # "fired shots at a man", "hurled stones at the police": what is fired or thrown is
            # no side; the side it is aimed at is (when the entry keyed on it, as below).
            target = _prep_object(verb, preps)
        elif match.trigger.objects and target is not None and _keyed_object(target, match):
            # "fired missiles at X": the object is the weapon; the target is the preposition's;
            # "sell Saudi Arabia 180 howitzers": the recipient.
            # "restored ties with Somalia": the object's partner; "summoned the Nigerian ambassador":
            # the object itself when nothing else is named (a person stands for their state).
            obj = target
            aimed = _prep_object(verb, preps) or _prep_object(obj, preps)
            if match.trigger.type == "ASSAULT" and lemma(obj) in load_actor_lexicon().head_nouns and aimed is None:
                # "drove back the ISIL terrorists from a village": the side the entry keyed on is
                # the one driven, not a weapon fired at someone after a preposition ("launched a
                # drone at a US warship": the drone is the weapon).
                return Arguments(actor, obj, origin=_prep_object(verb, load_role_words().source_preps))
            # "voiced support for Seoul's plan": backing is for its recipient.
            # "sent aid for the refugees", "a loan for Kenya": aid is for its recipient too;
            # "issued an arrest warrant for Putin": a writ is against whom it names.
            backing = (
                {"for"}
                if lemma(obj) in words.backing_nouns | words.writ_nouns or match.trigger.type == "AID"
                else set()
            )
            if match.trigger.type == "CONSULT" and lemma(obj) in load_actor_lexicon().titles:
                # "received the Ugandan foreign minister at State House": the person received is
                # the meeting's other side, whatever place the meeting had.
                return Arguments(actor, obj, origin=_prep_object(verb, load_role_words().source_preps))
            # "received a call from Putin": a meeting's counterpart is where the call came from.
            caller = frozenset({"from"}) if match.trigger.type == "CONSULT" else frozenset()
            # "held talks on border security": what talks are on is their topic; "with" names the side
            kept = frozenset({"with"}) | caller
            if match.trigger.type != "CONSULT":
                kept |= preps | backing
            # "fired 40 missiles and 50 drones at Ukraine": the last of coordinated objects holds it.
            on_verb = _prep_object(verb, preps | backing)
            if on_verb is not None and on_verb.head.lower_ in words.to_target_preps:
                # "imposed sanctions on Iran over its drone sales to Russia": an aim the object
                # names itself comes before a "to" the parser hangs on the verb.
                on_verb = _prep_object(obj, words.target_preps) or on_verb
            target = (
                _counterpart(verb, match)
                or on_verb
                or _dative(verb)
                or next(
                    (t for o in (obj, *obj.conjuncts, *of_objects(obj)) if (t := _prep_object(o, kept))),
                    None,
                )
                or _prep_object(verb, caller)
            )
            if target is not None and target.head.lower_ in needed_to and not _side_or_premises(target):
                target = None  # "set fire to their mattresses", "to tyres": things, no side
            if target is None and match.trigger.origin == "frame" and obj.pos_ in {"NOUN", "PROPN"}:
                target = obj
            elif (
                target is None
                and match.trigger.type in _PEOPLE_PATIENT_TYPES
                and (_names_people(obj) or (lemma(obj) in load_role_words().people_bodies and _named_doer(actor)))
            ):
                # "beat two suspected thieves", "set a man ablaze": the person is hit; "freed 20
                # soldiers": the people freed ("expelled 60 diplomats" stands for their state);
                # "police fired tear gas to disperse the crowd": the crowd dispersed (not by "he",
                # the host "dispersing a crowd following a party").
                target = obj
            elif target is None and match.trigger.type == "COERCE" and match.mode == "ban":
                # "suspended two newspapers", "closed the Al Jazeera bureau": what is banned is
                # the side restricted, when a party's words name it.
                target = obj
            elif target is None and match.trigger.type == "COERCE" and match.mode == "disrupt":
                target = _weapon_user(_counted(obj))
            elif target is None and match.trigger.type in _OWNER_TARGET_TYPES:
                # "ratified Sweden's NATO membership", "froze Iran's assets", "froze the assets of
                # three Hezbollah financiers": whose the thing is.
                owner = _child(obj, {"poss"}) or _prep_object(obj, frozenset({"of"}))
                target = owner if owner is not None and owner.pos_ != "PRON" else None
    if match.trigger.type == "CONSULT" and target is not None and _a_topic(verb, target):
        # "were discussing Mr Trump's impeachment": what is discussed, whoever owns it; the side
        # "with" may hang on it ("discussed the crisis with Saudi officials")
        target = _prep_object(target, load_role_words().consult_preps)
    if match.trigger.type == "CONSULT" and target is None:
        target = _prep_object(verb, load_role_words().consult_preps)
    if match.trigger.type == "ASSAULT" and match.trigger.mode == "clash" and target is None:
        # "Rebels clashed with the army", "troops exchanged fire with gunmen": a clash's other side.
        target = _prep_object(verb, load_role_words().clash_preps)
    # "Fighting between the army and the RSF killed 20": a gerund's sides; "families fled after
    # fighting between M23 rebels and the army": sides named so are the fight's, not a subject the
    # gerund would take over from the clause it hangs on.
    # (A mediator's "between" names whom it mediates between: "offered to mediate between Serbia
    # and Kosovo" stays Germany's, `mediation-between`.)
    inherited = actor is not None and _child(verb, SUBJECT_DEPS) is None and match.trigger.type == "ASSAULT"
    sides = _sides(verb) if (actor is None or inherited) and target is None else None
    if sides is not None:
        actor, target = sides
    return Arguments(actor, target, origin=_prep_object(verb, load_role_words().source_preps))


def _counterpart(verb: Token, match: TriggerMatch) -> Token | None:
    """ "met with Wang Yi on the sidelines of the summit", "clashed with protesters at the
    parliament": the side met or fought "with" comes before a place or occasion after "on" or "at"."""
    words = load_role_words()
    if match.trigger.type == "CONSULT":
        return _prep_object(verb, words.consult_preps)
    if match.trigger.type == "ASSAULT" and match.mode == "clash":
        return _prep_object(verb, words.clash_preps)
    return None


def _a_topic(verb: Token, obj: Token) -> bool:
    """ "discussed Iran's nuclear programme", "were discussing Mr Trump's impeachment": a side's
    thing that a verb of meeting takes as its object, which names no people nor an event, is the
    meeting's topic, not the side; the counterpart is the side met "with", if any. Not "met Iran's
    delegation" (people of the side), nor "held Iran's talks" (an event noun other rules read)."""
    if obj.dep_ != "dobj" or obj.head.i != verb.i or obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children):
        return False  # "met his Japanese counterpart": a person, whatever noun names him
    word = lemma(obj)
    if names_people_or_a_side(word) or word in PARTITIVE_HEADS:
        return False
    return not load_triggers().candidates(word, "NOUN")


def _asked_clause_subject(verb: Token) -> Token | None:
    """ "Poland demanded that Germany pay reparations", "urged that the rebels lay down their
    arms": who a request's clause asks to act is the request's addressee."""
    if lemma(verb) not in load_event_words().clause_request_verbs:
        return None
    clause = _child(verb, {"ccomp"})
    return _child(clause, {"nsubj"}) if clause is not None else None


def _sides(token: Token) -> tuple[Token | None, Token] | None:
    """ "talks between Armenia and Azerbaijan", "fighting between the army and the RSF": the
    event's two sides, the first its actor and the other its target (role_words.json
    `sides_preps`); None unless two are coordinated, or one noun names both ("talks between the
    warring Sudanese factions": `both_sides_nouns`, the target, with no actor of its own)."""
    words = load_role_words()
    first = _prep_object(token, words.sides_preps)
    if first is None and token.dep_ in {"nsubj", "nsubjpass"} and _child(token.head, {"dobj"}) is None:
        # "clashes broke out between the army and the RSF", "talks were held between Armenia and
        # Azerbaijan": the parser hangs the sides on the verb the event noun is the subject of
        first = _prep_object(token.head, words.sides_preps)
    if first is None:
        return None
    if not first.conjuncts:
        return (None, first) if _both_sides(first, words.both_sides_nouns) else None
    return first, first.conjuncts[0]


def _both_sides(noun: Token, nouns: frozenset[str]) -> bool:
    """A plural that names the two sides as such: "the warring factions", "rival factions", "the
    two parties"; not people in general ("homicides are between parties who know each other")."""
    described = any(c.dep_ in {"amod", "nummod", "compound"} for c in noun.children)
    return lemma(noun) in nouns and noun.tag_ in {"NNS", "NNPS"} and described


def _participle_of_noun(verb: Token) -> bool:
    """A past participle with no object after the noun it modifies ("a man shot by police")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and _child(verb, {"dobj"}) is None
    )


def _small_clause_patient(verb: Token) -> Token | None:
    """The subject of a bare past participle in a verb's complement: "police found a man shot in
    the leg", "left two officers wounded" (the man was shot), parsed as the participle's subject
    or as the object of the verb it complements. Not after a verb of saying, where a participle tag
    may be a finite past ("said a man shot at officers"); one after a verb of finding may be
    tagged a finite past itself (`tree.found_participle_subject`)."""
    found = found_participle_subject(verb)
    if found is not None:
        return found
    if verb.tag_ != "VBN" or verb.dep_ not in {"ccomp", "xcomp", "oprd"} or verb.head.i == verb.i:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return None
    head = verb.head
    if lemma(head) == "say" or lemma(head) in load_event_words().reporting_verbs:
        return None
    controller = _child(head, {"dobj"}) if verb.dep_ == "xcomp" else None
    return _child(verb, {"nsubj"}) or (controller if controller is not None and controller.i < verb.i else None)


def _reduced_passive(match: TriggerMatch) -> bool:
    """A past participle after the noun it tells of, with no auxiliary: "a man shot by police on
    Sunday has died", "including a 19-year-old fatally stabbed Sunday". The noun is what the act
    fell on (a passive subject), not its doer; a weapon the trigger takes as its object stays the
    instrument ("rockets fired at the base wounded three": the base is the target)."""
    verb = match.token
    if match.trigger.type in MOVED_SIDE_TYPES:
        return False
    if misread_participle(verb) is not None:
        return True  # "The man killed Monday night has been identified"
    if not _participle_of_noun(verb):
        return False
    # "An official newspaper called Thursday on Arabs to unite.": a full sentence whose root the
    # parser made the noun has its main verb misread as a participle, unless a "by" agent
    # names the doer. A headline ("Teen fatally stabbed in Toledo") has no full stop.
    if verb.head.dep_ == "ROOT" and verb.sent[-1].text == "." and _child(verb, {"agent"}) is None:
        return False
    objects = match.trigger.objects
    return not (objects and lemma(verb.head) in objects) and lemma(verb.head) not in load_role_words().violence_words


def _wielder(subject: Token) -> Token:
    """ "a rocket fired by militants struck a school", "a bomb planted by the rebels killed four":
    a weapon that acts was used by the agent of its participle; "shelling by government forces
    killed three civilians", "attacks by jihadists killed five": a violent act that acts was done
    by the side its own "by" names. Without either it stays the subject (a weapon is no party, and
    the event names no actor). "Artillery shelling by separatist forces", parsed as a participle on
    "Artillery", is the same act, and so is "mortar fire by separatist forces"."""
    violence = load_role_words().violence_words
    if lemma(subject) not in violence and not any(
        c.dep_ == "compound" and lemma(c) in violence for c in subject.children
    ):
        return subject
    holders = [subject] + [c for c in subject.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}]
    for holder in holders:
        for by in _by(holder):
            found = _agent_noun(by)
            if found is not None:
                return found
    return subject


def _opposed(noun: Token) -> Token | None:
    """ "anti-Israel protests", "an anti-government rally": the side an event noun is against,
    named after the prefix "anti" and a hyphen."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"amod", "compound", "nmod"} and stance(c) == "anti" and c.lower_ != "anti"
            and c.text not in HYPHENS
        ),
        None,
    )  # fmt: skip


def _modifier_party(noun: Token) -> Token | None:
    """A country, demonym or organisation among the noun's modifiers, nested ones included
    ("the US drone strike": "US" modifies "drone")."""
    stack = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}]
    found: list[Token] = []
    words = load_role_words()
    while stack:
        child = stack.pop(0)
        if child.ent_type_ in {"DATE", "TIME"}:
            continue  # "a hearing Tuesday": a day, not a party
        if stance(child) is not None:
            continue  # "anti-Israel protests", "pro-Russian rallies": a cause (`_opposed`), not who
        if load_actor_lexicon().names_generation(child):
            continue  # "Gen Z protests": an age group, no side
        after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if after is not None and after.dep_ == "compound" and words.is_premises(lemma(after)):
            continue  # "the Kabul mosque bombing": the mosque's town is where, not who
        led = child.head
        if child.dep_ == "npadvmod" and led.tag_ == "VBN" and led.dep_ == "amod":
            # "Saudi-led coalition airstrikes", "Iran-backed militia attacks": the body the
            # country leads or backs acts, not the country (nor its people)
            body = led.head if led.head.i != noun.i else None
            if body is None and lemma(led) in load_event_words().patron_participles:
                # "Iran-backed militia attacks" parsed with "backed" on "attacks": the militia
                # after it acts; a country that leads ("a Saudi-led strike") is the side itself
                body = next((c for c in noun.children if c.dep_ == "compound" and c.i > led.i), None)
            if body is not None:
                found.append(body)
                continue
        if child.pos_ == "PROPN" or child.ent_type_ in {"GPE", "NORP", "ORG"}:
            found.append(child)
        stack += [c for c in child.children if c.dep_ in {"compound", "amod", "nmod", "npadvmod"}]
    # "US Predator attacks": a country or demonym before a product or operation name.
    named = next((t for t in found if t.ent_type_ in {"GPE", "NORP"}), found[0] if found else None)
    if named is not None:
        return named
    # "a police crackdown", "a rebel attack", "a government offensive": a word for the side that acts.
    for c in noun.children:
        prefixed = c.i > 0 and c.doc[c.i - 1].text in {"-", "anti", "pro"}  # "anti-government protests"
        if c.dep_ in {"compound", "amod"} and lemma(c) in words.agent_modifiers and not prefixed:
            return c
    return None


def _state_arguments(noun: Token) -> Arguments | None:
    """ "X is in custody": X is the patient; "police took X into custody": the police act on X."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in load_role_words().state_preps or noun.head.head.i == noun.head.i:
        return None
    governor = noun.head.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return None
    obj = _child(governor, {"dobj"})
    if obj is not None:
        return Arguments(_inherited_subject(governor), obj)
    agent = _child(governor, {"agent"})
    patient = _child(governor, {"nsubj", "nsubjpass"})
    return Arguments(_pobj(agent) if agent is not None else None, patient, passive=True)


def _adjective_arguments(match: TriggerMatch) -> Arguments:
    """Blame predicates: "said China was responsible for the attack" (the speaker accuses the
    subject; the caller supplies the speaker) and "held Russia responsible" (the verb's subject
    accuses its object). Without a "for" complement it is a duty, not blame."""
    adj = match.token
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in adj.children):
        return Arguments(None, None)
    head = adj.head
    if lemma(head) in load_event_words().judging_verbs and head.i != adj.i:
        obj = _child(head, {"dobj"}) or _child(adj, {"nsubj"})
        if obj is not None:
            return Arguments(_inherited_subject(head), obj)
    if adj.dep_ == "acomp":
        return Arguments(None, _child(head, {"nsubj"}))
    return Arguments(None, None)


def _takes_part(noun: Token) -> bool:
    """Whether an event noun inside a preposition takes part in the clause's action: "in a phone
    call ... urged", "launched ten days of war games", "flew to Geneva for talks"."""
    words = load_role_words()
    prep = noun.head
    if prep.lower_ in words.participant_preps:
        return True
    if prep.lower_ == "of" and lemma(prep.head) in words.measure_nouns:
        # "launched ten days of war games", "in a series of raids"; not "discussing a series of rapes"
        holder = prep.head
        return (holder.dep_ == "pobj" and holder.head.lower_ in words.participant_preps) or (
            holder.head.pos_ in {"VERB", "AUX"} and lemma(holder.head) in load_event_words().light_verbs
        )
    return travelled_for(noun) is not None


def _counted(noun: Token) -> Token:
    """What a count heads: "rockets" of "dozens of rockets" and "40 of the rockets"; else the noun."""
    if noun.lower_ in PARTITIVE_HEADS or noun.like_num or noun.ent_type_ == "CARDINAL":
        return next(iter(of_objects(noun)), noun)
    return noun


def _keyed_object(obj: Token, match: TriggerMatch) -> bool:
    """Whether the object is the thing a trigger entry keys on; for aid, also through "of" ("delivered
    a new batch of tanks to Ukraine": the tanks, as the trigger matched them; "sent a shipment of
    ammunition to Ukraine", where the parse hangs the recipient on the ammunition). Not for other
    types: "defused hundreds of landmines" keeps its object."""
    objects = match.trigger.objects
    if obj.lemma_.lower() in objects or (MONEY_CLASS in objects and names_money(obj)):
        return True  # "granted $15 million to Sudan": the sum is what is given
    weapon = _counted(obj)
    counted = weapon.lemma_.lower()
    if match.trigger.type == "ASSAULT" and counted in objects & load_role_words().projectile_nouns:
        return True  # "fired dozens of rockets at northern Israel": the rockets, counted
    if match.mode == "disrupt" and counted in objects and _weapon_user(weapon) is not None:
        # "shot down 30 of 35 drones launched by Russia": the drones, counted, of a side named
        # ("defused hundreds of landmines" keeps its object)
        return True
    words = load_event_words()
    if lemma(obj) in words.effort_nouns | words.equipment_nouns and any(
        c.dep_ == "compound" and c.lemma_.lower() in objects for c in obj.children
    ):
        # "announced a military aid package for Ukraine", "a sanctions package against Russia",
        # "delivered two air defence systems to Ukraine"
        return True
    return match.trigger.type == "AID" and any(g.lemma_.lower() in objects for g in of_objects(obj))


def _stray_agent(noun: Token) -> Token | None:
    """ "Nigeria condemned the attack by herders": a "by" the parse hung on the active verb right
    after its object noun belongs to the noun (an active verb has no agent of its own)."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    by = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1), None
    )
    obj = _pobj(by) if by is not None else None
    return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None


def _noun_arguments(match: TriggerMatch) -> Arguments:
    noun = match.token
    if lemma(noun) in load_event_words().state_nouns:
        state = _state_arguments(noun)
        if state is not None:
            return state
    actor = _child(noun, {"poss"})
    patient: Token | None = None
    if actor is not None and lemma(noun) in load_event_words().patient_nouns and not of_objects(noun):
        # "his release", "the journalist's arrest": whom it befell; "Israel's release of 39
        # prisoners", "Russia's arrest of a US reporter": who did it to the "of"
        patient, actor = actor, None
    if actor is not None and actor.lower_ in {"their", "its"}:
        actor = _owner_by_subject(noun, actor) or actor
    if actor is None and _sides(noun) is None:
        # "the Doha talks between the US and the Taliban": two sides named after "between" are
        # the talks' own; a modifier then names a place or a broker.
        actor = _modifier_party(noun)
    intruding = lemma(noun) in load_role_words().intruding_nouns
    if actor is None and intruding:
        # "the incursion of coast guard vessels into Japanese waters": whose incursion it is
        actor = next(iter(of_objects(noun)), None)
    if actor is None and match.trigger.type not in _MOVERS:  # a withdrawal "from" names the place left
        agent = _prep_object(noun, load_role_words().noun_agent_preps)
        if agent is None and match.mode == "visit":
            # "the visit of the US House speaker to Taiwan": whose visit it is; "to" names the host.
            agent = _prep_object(noun, load_role_words().visitor_preps)
        actor = agent
    if actor is None:
        actor = _stray_agent(noun)
    words = load_role_words()
    # "consultations with Russia on the gas deal": a meeting's "on" names its topic, not a side.
    target_preps = words.consult_preps if match.trigger.type == "CONSULT" else words.noun_target_preps
    if intruding:
        target_preps = (target_preps - {"of"}) | {"into"}
    target = _prep_object(noun, target_preps) or patient
    if target is None and actor is not None and agent_of_noun(actor):
        # "an attack by jihadists on a military post": the parse hangs the noun's target on its agent
        target = _prep_object(actor, words.target_preps)
    if target is None and not _names_people(noun):
        target = _opposed(noun)  # "anti-Israel protests"; "anti-Israel protesters" are people
    if target is None and noun.dep_ == "dobj" and lemma(noun.head) in load_event_words().light_verbs:
        # "brought a case against Myanmar", "waged a campaign against the rebels": the parser
        # hangs the noun's "against" on the verb that carries it.
        carried = _prep_object(noun.head, words.carried_target_preps)
        target = carried if carried is not None and carried.ent_type_ not in {"DATE", "TIME"} else None
    sides = _sides(noun) if actor is None and target is None else None
    if sides is not None:
        return Arguments(*sides, origin=_prep_object(noun, words.source_preps))
    governing = noun.head.head if noun.dep_ == "pobj" else None  # "came [under [attack]]"
    if target is None and governing is not None and under_attack(governing):
        # "a convoy came under a Taliban attack": the subject is hit; the noun's own side struck.
        return Arguments(actor, _child(governing, SUBJECT_DEPS), origin=_prep_object(noun, words.source_preps))
    if target is not None and lemma(target) in words.body_parts:
        target = _wounded(noun, target)
    # A light noun inside a participant preposition takes part in the clause's action ("in a
    # phone call ... urged"); after/before/over/about only set the scene ("after the attacks").
    # "was killed by gunfire": the passive's instrument; the clause's subject is the victim, and
    # the subject of a clause it hangs on ("police are asking for help after ...") did not act.
    if actor is None:
        actor = _claimant(noun)
    instrument = noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    if actor is None and match.trigger.light and not instrument and (noun.dep_ != "pobj" or _takes_part(noun)):
        governor = noun.head
        hops = 0
        # "launched an attack", "in a phone call ... urged": the governing verb's subject.
        while governor.pos_ not in {"VERB", "AUX"} and governor.dep_ not in {"ROOT"} and hops < 3:
            governor = governor.head
            hops += 1
        # "a soldier wounded in the attack": the participle's noun suffered the act, not did it.
        if (
            governor.pos_ in {"VERB", "AUX"}
            and (lemma(governor) in load_event_words().light_verbs or noun.dep_ == "pobj")
            and not _participle_of_noun(governor)
            and misread_participle(governor) is None
            and gapped_passive(governor) is None  # "a man was killed and his wife wounded in a shooting"
            and not _suffered(governor)
            and not _named_as(noun, governor)
        ):
            # "Two people died and five were injured in a shooting": a passive with a subject of
            # its own tells what its subject underwent; no conjunct's subject did the act.
            passive = any(c.dep_ == "nsubjpass" for c in governor.children)
            actor = None if passive else _inherited_subject(governor)
            if actor is None and lemma(governor) in words.participation_verbs:
                # "Police were involved in a gunfight", "soldiers have been engaged in a fire
                # exchange": the passive's subject takes part in the event.
                actor = _child(governor, {"nsubjpass"})
            elif target is None and lemma(governor) in words.participation_verbs:
                # "Police engaged the bandits in a gun duel": the object is the other side.
                target = _child(governor, {"dobj"})
    if actor is None and match.trigger.type in _MOVERS:
        # "The withdrawal of French troops from Niger was completed", "the deployment of Kenyan
        # police began": with no one who orders or announces it, the forces after "of" move
        actor = next(iter(of_objects(noun)), None) or _prep_object(noun, _BY)
    return Arguments(actor, target, origin=_prep_object(noun, words.source_preps))


def _claimant(noun: Token) -> Token | None:
    """ "The Taliban claimed responsibility for the bombing", "IS claimed credit for the attack":
    the side that claims an act (role_words.json `claiming_verbs` with one of
    `responsibility_nouns`) did it, unless nobody claims it ("no group has claimed responsibility");
    so does the agent of an act claimed in the passive ("the attack was claimed by JNIM") and the
    subject of one claimed outright ("the Houthis claimed an attack on a ship")."""
    words = load_role_words()
    if noun.dep_ == "nsubjpass" and lemma(noun.head) in words.claiming_verbs:
        # "The attack, which killed 12 soldiers, was claimed by JNIM": the passive's agent.
        verb = noun.head
        agent = _child(verb, {"agent"})
        subject = _agent_noun(agent) if agent is not None else None
    elif noun.dep_ == "dobj" and lemma(noun.head) in words.act_claiming_verbs:
        # "The Houthis claimed an attack on a ship", "JNIM claimed the ambush": the act itself claimed.
        verb = noun.head
        subject = _inherited_subject(verb)
    else:
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        claimed = noun.head.head
        verb = claimed.head
        if claimed.dep_ != "dobj" or lemma(claimed) not in words.responsibility_nouns:
            return None
        if lemma(verb) not in words.claiming_verbs:
            return None
        subject = _inherited_subject(verb)
    nobody = load_casualty_words().no_count_determiners
    if subject is None or any(c.dep_ == "neg" for c in verb.children) or subject.lower_ in nobody:
        return None
    if any(c.dep_ == "det" and c.lower_ in nobody for c in subject.children):
        return None
    return subject


def _named_as(noun: Token, verb: Token) -> bool:
    """ "Macron called the attack an act of terror": a verb of naming (event_words.json
    `naming_verbs`) names the event noun as something, and no light verb carries it (Macron did
    not attack); "called a strike" still does."""
    if lemma(verb) not in load_event_words().naming_verbs or noun.dep_ != "dobj":
        return False  # "carried out airstrikes early orakiya": a second noun the parse took for one
    named = predicate_nouns(verb)
    return bool(named) and noun not in named


def _suffered(verb: Token) -> bool:
    """A verb of dying or of undergoing harm ("four people arrived after suffering injuries during
    a shooting", "a man died in an attack"; role_words.json `undergoing_verbs`): its subject is a
    victim of the event noun in its phrase, not the doer ("rebels killed ten in an attack" did)."""
    name = lemma(verb)
    return name in load_casualty_words().dying_verbs or name in load_role_words().undergoing_verbs


def under_attack(verb: Token) -> bool:
    """ "The convoy came under attack", "was under heavy fire": the verb's subject is the target."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    nouns = load_role_words().under_attack_nouns
    return any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" and lemma(g) in nouns for g in c.children)
        for c in verb.children
    )


def _wounded(noun: Token, part: Token) -> Token | None:
    """Whose body part a wound noun names: "a gunshot wound to his head" (his), "a man with a
    wound to the chest" (the man); else nobody (a body part is no party)."""
    owner = _child(part, {"poss"})
    if owner is not None:
        return owner
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head.head
    return None


def trigger_arguments(match: TriggerMatch) -> Arguments:
    """Actor and target heads of a trigger."""
    if match.trigger.pos == "ADJ":
        return _adjective_arguments(match)
    args = _verb_arguments(match) if match.trigger.pos == "VERB" else _noun_arguments(match)
    # "seized the governor's car" takes the car, not the governor: only violence aims at the owner.
    return _owner_targeted(args) if match.trigger.type == "ASSAULT" else args


def _owner_targeted(args: Arguments) -> Arguments:
    """An act of violence on what a side owns, or on a person's body part, aims at the owner
    (`_owner`)."""
    owner = _owner(args.target) if args.target is not None else None
    return args if owner is None else replace(args, target=owner)


def _side_or_premises(noun: Token) -> bool:
    """A name, people, or a building or craft a side uses ("the offices of the ruling party", "a
    police station", "Indian flights": a premises, or a noun a party's word names), not a mere
    thing ("their mattresses")."""
    if noun.pos_ == "PROPN" or names_people_or_a_side(lemma(noun)):
        return True
    words = load_role_words()
    return (
        words.is_premises(lemma(noun))
        or lemma(noun) in words.owned_premises
        or any(c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} for c in noun.children)
        # "closed its airspace to Indian flights": a country's craft stand for the country
        or any(c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"} for c in noun.children)
    )


def _weapon_user(weapon: Token) -> Token | None:
    """ "shot down 12 Houthi drones", "intercepted Iranian missiles", "Hezbollah's rockets",
    "rockets fired by Hamas": the side whose weapon a disruption stops is the side it acts on, named
    by a possessor, a name or a nationality before the weapon, or the agent of the participle that
    fired it. Not a kind of weapon ("ballistic missiles", "Shahed drones" name no side)."""
    owner = _child(weapon, {"poss"})
    if owner is None:
        owner = next(
            (c for c in weapon.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"NORP", "GPE", "ORG"}),
            None,
        )
    if owner is None:
        fired = next((c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        by = _by(fired) if fired is not None else []
        owner = _agent_noun(by[0]) if by else None
    return owner if owner is not None and owner.pos_ in {"NOUN", "PROPN", "ADJ"} else None


def _owner(thing: Token) -> Token | None:
    """ "raided the home of an opposition leader", "attacked the governor's motorcade": what a side
    owns or lives in (role_words.json `owned_premises`) stands for its owner, named by a possessor
    or an "of" that is a noun; "a bullet grazed the victim's head": so does a person's body part (a
    possessor that names people: "the group's head" is a title). None for anything else."""
    if thing.pos_ != "NOUN":
        return None
    words = load_role_words()
    owner = _child(thing, {"poss"})
    if lemma(thing) in words.owned_premises:
        owner = owner or _prep_object(thing, frozenset({"of"}))
    elif lemma(thing) not in words.body_parts or owner is None or not _names_people(owner):
        return None
    if owner is None or owner.pos_ not in {"NOUN", "PROPN"}:
        # "detonated targeting their vehicle": a possessive pronoun stands for the victims the
        # clause names, which its nearest antecedent often is not; the act stays on the thing.
        return None
    return owner


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Iran and Iraq")."""
    return [token, *[c for c in token.conjuncts]]
