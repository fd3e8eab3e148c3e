"""Casualties counted from the victims, tied across the sentences of one report.

The tally keeps the people a report says were hurt or killed. A new statement either names
people already known ("the victim later died", "Jane Roe, 26,", "he", "both victims", a lede
restated: "A man was shot Monday ... A 25-year-old man was shot in the leg") and moves them to
the worse outcome, or names new ones ("another man", "a woman" after "a man", "two others").
Killed counts the people who died, injured those hurt who did not, so a victim counts once, as
the Gun Violence Archive and ACLED count them; the shooter counts when shot.

Every count stays a claim: the figure, the words of the statement that set it last (its
hedge: "at least 80" keeps low 80) and the source that said so. An explicit "no one was hurt"
is its own zero claim. Sentences that tally many incidents ("the 20th homicide this year") do
not count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..nlp.doctext import doc_text, span_text
from ..records import EventDate, EventMention, Party, QuantityClaim
from .numbers import Quantity, parse_quantity
from .outcomes import sentence_outcomes, unreal
from .quantities import FoundQuantity
from .tree import in_cause_phrase
from .victims import (
    SEVERITY,
    Outcome,
    Reference,
    Victim,
    VictimStatement,
    in_clauses,
    is_statistics,
    load_casualty_words,
    same_person_name,
    tally_clauses,
)

TALLY_KINDS = ("killed", "injured")
# Two noun phrases this close in one sentence are a listing ("a man dead and a teenager wounded");
# further apart, a run-in headline and its lede may name the same person twice.
BESIDE_CHARS = 60
REPEAT_CHARS = 40  # a sentence this long told twice is printed twice, not a second incident
PENDING_SENTENCES = 2  # a sentence placing violence places the victims named this soon after it
SAME_INCIDENT_DAYS = 1  # violence stated on days further apart is two incidents
# Victims whose noun names these sectors are armed men, police or peacekeepers (IGO), not civilians
# ("four soldiers", "two peacekeepers").
_ARMED_VICTIM_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "IGO"})
_COUNTED: dict[str, Outcome] = {"killed": "killed", "injured": "injured"}


@dataclass(slots=True)
class Casualty:
    """People of the incident with one outcome (a group splits when its members' fates differ)."""

    count: int
    outcome: Outcome
    victim: Victim
    seen: int
    first: int = -1  # the sentence that named them first
    origin: int = 0  # the phrase that counted them ("two men"), shared by the parts of a split group
    size: int = 1  # how many that phrase counted


def _says_alive(statement: VictimStatement) -> bool:
    """Whether a statement's word says its people were hurt and lived ("were wounded"; not "were
    shot"; casualty_words.json `living_hurt`)."""
    anchor = statement.anchor
    words = load_casualty_words().living_hurt
    if statement.outcome != "injured" or anchor.pos_ not in {"VERB", "ADJ"}:
        return False  # "both were found with a gunshot wound": a wound says nothing of who lived
    return anchor.lemma_.lower() in words or anchor.lower_ in words


def _group_of(pool: list[Casualty], outcome: Outcome) -> bool:
    """Whether an unnamed group of several has this outcome."""
    return any(p.victim.name is None and p.count > 1 and p.outcome == outcome for p in pool)


def _same_source(a: Party | None, b: Party | None) -> bool:
    """Whether two sources are one teller (by name, else by their words)."""
    if a is None or b is None:
        return a is b
    return (a.name or a.text).lower() == (b.name or b.text).lower()


@dataclass(slots=True)
class _Change:
    text: str
    start: int
    end: int
    quantity: Quantity | None
    source: Party | None


@dataclass(slots=True)
class IncidentTally:
    """The victims of a report's incident and the claims that carry their counts."""

    people: list[Casualty] = field(default_factory=list)
    changes: dict[str, _Change] = field(default_factory=dict)
    zeros: dict[str, _Change] = field(default_factory=dict)
    mentions: list[EventMention] = field(default_factory=list)
    emitted: list[tuple[EventMention, QuantityClaim]] = field(default_factory=list)
    # The people each victim phrase made, by (sentence, phrase start): "another man was shot and
    # killed" is one man whichever of its two verbs speaks first.
    made: dict[tuple[int, int], Casualty] = field(default_factory=dict)
    # The blocks where its victims were named ("1200 elm"): new victims elsewhere are another incident.
    places: set[str] = field(default_factory=set)
    # Of each group phrase (by origin), how many members later phrases singled out ("a man was hit
    # in the leg" after "two men were wounded"): "another man" is then one of the rest.
    singled: dict[int, int] = field(default_factory=dict)
    # Figures another source gave for the same people ("the attack left 25 dead, officials said
    # ... the militants claimed to have killed 100 soldiers"): claims beside the tally's own.
    rivals: list[QuantityClaim] = field(default_factory=list)

    # --- reading statements ----------------------------------------------------------------
    def elsewhere(self, statements: list[VictimStatement], places: frozenset[str]) -> bool:
        """Whether a sentence names new victims at blocks, or clock times, none of this incident's
        victims were named at ("Around 8:15 p.m., a woman was shot in the 900 block of Oak Avenue"
        after a shooting on Elm Street at 9:31 p.m.): another incident of a round-up."""
        if not any(_apart_in(places, self.places, clock) for clock in (False, True)):
            return False
        return any(
            s.outcome != "unhurt" and v.reference in {"new", "additive"} and v.count is not None
            for s in statements
            for v in s.victims
        )

    def strangers(self, statements: list[VictimStatement], *, unnamed: bool = False) -> bool:
        """Whether a sentence names a person by a name none of the incident's people has, once it
        has people ("On March 14, Jane Roe was shot" in a report of John Doe's killing). With
        `unnamed`, for a sentence told on a day before the incident's, a person brought in
        anew counts too ("A woman was also shot Friday" below Saturday's killing)."""
        if not self.people:
            return False
        return any(
            (unnamed and v.reference in {"new", "additive"})
            or (v.reference == "named" and not any(same_person_name(p.victim.name, v.name) for p in self.people))
            for s in statements
            if s.outcome != "unhurt"
            for v in s.victims
        )

    def add(
        self,
        statements: Iterable[VictimStatement],
        index: int,
        source: Party | None,
        places: frozenset[str] = frozenset(),
        told_by: Callable[[VictimStatement], Party | None] | None = None,
    ) -> None:
        """Tie one sentence's statements to the victims known so far (named at these blocks).
        `told_by` gives a statement's own teller, where a clause of the sentence has one ("the
        Taliban said 30 were killed, but the ministry said five were wounded"); else `source`."""
        self.places |= places
        sentence_source = source
        told_here: list[tuple[Party, VictimStatement]] = []
        for statement in _worst_first(_in_own_clauses(list(statements))):
            own = told_by(statement) if told_by is not None else None
            source = own or sentence_source
            if own is not None:
                rival = self._other_tellers_count(statement, own, told_here)
                told_here.append((own, statement))
                if rival is not None:
                    self.rivals.append(rival)
                    continue
            if statement.zero:
                kind: str = statement.outcome
                start, end = statement.zero_span
                self.zeros.setdefault(kind, _Change(statement.zero_text, start, end, None, source))
                continue
            before = self.totals()
            rival = self._rival_figure(statement, source, before)
            if rival is not None and rival not in self.rivals:
                self.rivals.append(rival)
            for victim in self._listing(statement.victims):
                again = self.made.get((index, victim.start))
                if self._described(victim, statement, index):
                    continue
                if again is not None and again in self.people:
                    self._apply(again, again.count, statement.outcome, index)
                else:
                    self._resolve(victim, statement.outcome, index, _says_alive(statement))
            after = self.totals()
            for kind in TALLY_KINDS:
                if after[kind] != before[kind]:
                    last = statement.victims[-1]
                    first = statement.victims[0]
                    quantity = first.quantity if len(statement.victims) == 1 else None
                    text = last.text if first is last else f"{first.text} ... {last.text}"
                    self.changes[kind] = _Change(text, first.start, last.end, quantity, source)

    @staticmethod
    def _other_tellers_count(
        statement: VictimStatement, teller: Party, told_here: list[tuple[Party, VictimStatement]]
    ) -> QuantityClaim | None:
        """ "Local officials said 45 people were killed, while the government said 17 had died":
        one sentence's second count of the same outcome, of one group of people, by another named
        teller is that teller's rival count of the same dead, not more dead (None otherwise)."""
        if len(statement.victims) != 1 or statement.zero:
            return None
        victim = statement.victims[0]
        if victim.reference != "new" or victim.count is None or victim.count < 2:
            return None
        for other_teller, other in told_here:
            if other.outcome != statement.outcome or len(other.victims) != 1 or other.zero:
                continue
            if other.victims[0].reference != "new" or _same_source(other_teller, teller):
                continue
            q = victim.quantity
            low, high = (q.low, q.high) if q is not None else (None, None)
            return QuantityClaim(
                statement.outcome, victim.count, low, high, victim.text, victim.start, victim.end, teller
            )
        return None

    def _rival_figure(
        self, statement: VictimStatement, source: Party | None, before: dict[str, int]
    ) -> QuantityClaim | None:
        """The count a tally drops when a new source gives a larger figure for people another
        named source counted ("nine persons have been confirmed dead by the police ... an
        eyewitness claimed that twelve people were killed"): the two disagree, so the smaller stays
        a claim of its source beside the tally's. Only figures of two or more on both sides (one
        person more is no rival count) from two named sources; a smaller figure is more often a
        part of the whole ("two police officers died") than a rival, and is not kept."""
        kind = statement.outcome
        old = self.changes.get(kind)
        if kind not in TALLY_KINDS or source is None or len(statement.victims) != 1 or old is None:
            return None
        victim = statement.victims[0]
        known = before[kind]
        if victim.reference != "new" or victim.count is None or known < 2 or victim.count <= known:
            return None
        if old.source is None or _same_source(old.source, source):
            return None
        kept = old.quantity
        low, high = (kept.low, kept.high) if kept is not None and kept.value == known else (None, None)
        return QuantityClaim(kind, known, low, high, old.text, old.start, old.end, old.source)

    def _described(self, victim: Victim, statement: VictimStatement, index: int) -> bool:
        """ "The identity of the man who was killed", "the three men who were injured": known people
        described by their fate in a relative clause are those who already have it (when as many
        do); the clause identifies them and changes nobody."""
        if victim.reference != "known" or statement.anchor.dep_ != "relcl" or statement.outcome == "unhurt":
            return False
        same = [p for p in self.people if p.outcome == statement.outcome and _compatible(p.victim, victim)]
        if not same or sum(p.count for p in same) < (victim.count or 1):
            return False
        for person in same:
            person.seen = index
        return True

    def _listing(self, victims: list[Victim]) -> list[Victim]:
        """ "a girl and a man were found shot": each restates a different known person it matches;
        one who matches nobody left is a new person ("Man, 16-year-old girl wounded ... A man and
        a teenage girl were wounded": the girl again, and the man, whom the headline's parse
        missed)."""
        if len(victims) < 2 or any(v.reference != "new" for v in victims):
            return victims
        free = [p for p in self.people if p.outcome != "unhurt" for _ in range(p.count)]
        out = []
        for victim in victims:
            match = next((p for p in free if _compatible(p.victim, victim)), None)
            if match is None:
                out.append(replace(victim, reference="additive"))
            else:
                free.remove(match)
                out.append(victim)
        return out

    def totals(self) -> dict[str, int]:
        """People killed and people injured (hurt and alive) so far."""
        out = dict.fromkeys(TALLY_KINDS, 0)
        for person in self.people:
            if person.outcome in out:
                out[person.outcome] += person.count
        return out

    def _new(self, victim: Victim, outcome: Outcome, index: int) -> None:
        if victim.count is not None and victim.count > 0:
            person = Casualty(victim.count, outcome, victim, index, index, len(self.made) + 1, victim.count)
            self.people.append(person)
            self.made[(index, victim.start)] = person

    def _resolve(self, victim: Victim, outcome: Outcome, index: int, alive: bool = False) -> None:
        """Tie a victim phrase to the people known, or count new ones. `alive`: the phrase's word
        says they lived ("were wounded"), so they are none of the dead."""
        ref = victim.reference
        if ref == "additive":
            rest = self._rest_of_group(victim, index)
            again = None if rest else self._other_group(victim, index)
            if rest and victim.count is not None:
                self._single(rest[0], victim.count)
                self._spread(rest, victim.count, outcome, index, restated=False)
            elif again is None:
                self._new(victim, outcome, index)
            else:
                self._apply(again, again.count, outcome, index)
            return
        # "left a man dead and a teenager wounded": a new phrase is nobody its own sentence named.
        pool = [
            p
            for p in self.people
            if _compatible(p.victim, victim)
            and not self._named_beside(p, victim, index)
            and not _died_beside(p, victim, outcome, index)
        ]
        living = [p for p in pool if p.outcome != "unhurt"]
        if victim.count is None:
            # "the victims", "they": the people named last ("Both victims were rushed to a hospital,
            # where they were pronounced dead"); an unknown number of new people counts nobody.
            if ref in {"known", "pronoun"} and living:
                last = max(p.seen for p in living)
                named = [p for p in living if p.seen == last]
                # "Four people were shot, two fatally ... They died at the scene": where some of
                # them already have this fate, the phrase restates those.
                named = [p for p in named if p.outcome == outcome] or named
                for person in named:
                    self._apply(person, person.count, outcome, index)
            return
        if ref == "partitive":
            if living:
                self._spread(living, victim.count, outcome, index, restated=False)
            else:
                self._new(victim, outcome, index)  # "One of the robbers was shot", nobody counted before
            return
        if ref == "named":
            same = [p for p in pool if same_person_name(p.victim.name, victim.name) and p.count == 1]
            unnamed = [p for p in pool if p.victim.name is None and p.count == 1]
            candidates = same or unnamed
            if not same and not any(p.outcome == outcome for p in unnamed) and _group_of(pool, outcome):
                # "killing two people and wounding a third. Killed were A and B": the two dead,
                # not the one wounded, whose fate no name here repeats
                candidates = []
            # "one man was killed and a woman wounded ... Joe Doe was pronounced dead": a name
            # restates the one whose fate it repeats, else the one named last.
            ranked = sorted(
                enumerate(candidates),
                key=lambda ip: (
                    victim.police and ip[1].victim.police,  # "Officer Dan Mitchell": the officer
                    ip[1].outcome == outcome,
                    *_likeness(ip[1].victim, victim),
                    ip[0],
                ),
            )
            target = ranked[-1][1] if ranked else self._member(pool, victim, outcome)
            if target is None:
                self._new(victim, outcome, index)
            else:
                if ranked:
                    self._single(target, 1)
                target.victim = _named(target.victim, victim)
                self._apply(target, 1, outcome, index)
            return
        if ref == "new" and outcome == "unhurt":
            return  # "a woman was not hurt": nobody to count
        total = sum(p.count for p in living)
        if alive and ref == "new" and (victim.count or 0) > 1 and all(p.outcome == "killed" for p in living):
            # "15 people were killed ... 40 people were wounded": forty others
            self._new(victim, outcome, index)
        elif (alive or _hurt_apart(victim, outcome)) and victim.count == 1 and _someone_else(victim, living):
            # "Gunmen killed a farmer ... His son was wounded", "Troops killed three rebels ... One
            # soldier was wounded": a wounded person no word of the dead describes is another;
            # so is a bystander hit after them ("shot Derrick Mims ... A bystander was struck")
            self._new(victim, outcome, index)
        elif not living or (victim.added and not any(p.outcome == outcome for p in living)):
            # "The man killed Monday ... The shooting also injured a 57-year-old man": one more, of
            # another fate than all counted ("Four others were shot ... Two women were also shot":
            # two of the four).
            self._new(victim, outcome, index)
        elif victim.ordinal is not None and ref == "new" and total == victim.ordinal - 1:
            # "Two men were shot ... A third man was wounded": the third comes right after those
            # counted, one more (not when the count skips: "a robbery suspect was killed ... two
            # suspects are on the run and a third was shot" counts from the two who ran)
            self._new(victim, outcome, index)
        elif victim.count == 1:
            # "the other woman", "the second man": not the one spoken of last
            sign = -1 if ref == "known" and _others(victim) else 1
            # of equally like people, one who already has this fate: "another man is dead ... an
            # 18-year-old has been shot and killed" restates the dead man, not the wounded officer;
            # "Two men were shot, one fatally ... The 20-year-old was pronounced dead" the dead one
            # A pronoun stands for the one spoken of last, and of those, one who already has its
            # fate: "Two men were shot, one fatally ... He died at the scene" is the dead one.
            target = max(
                living,
                key=lambda p: (
                    *_likeness(p.victim, victim),
                    ref in {"new", "known"} and p.outcome == outcome,
                    sign * p.seen,
                    ref == "pronoun" and p.outcome == outcome,
                ),
            )
            self._single(target, 1)
            self._apply(target, 1, outcome, index)
        elif victim.count == total or ref in {"known", "pronoun"}:
            # "Both women were taken to the hospital" after one was shot: the other was hurt some
            # other way, so a definite group restates no more than those counted
            self._spread(living, min(victim.count, total), outcome, index)
        elif victim.count > total:
            self._spread(living, total, outcome, index)
            extra = replace(victim, count=victim.count - total)
            self._new(extra, outcome, index)
        else:
            self._spread(living, victim.count, outcome, index)

    def _single(self, person: Casualty, n: int) -> None:
        """Note that a later phrase singled out n members of the person's group phrase."""
        if person.size > 1:
            self.singled[person.origin] = self.singled.get(person.origin, 0) + n

    def _rest_of_group(self, victim: Victim, index: int) -> list[Casualty]:
        """ "Two men were wounded ... A man was hit in the leg ... Another man was grazed": the
        other members of a group of which a later phrase singled out some, if as many remain."""
        if victim.count is None:
            return []
        for person in reversed(self.people):
            done = self.singled.get(person.origin, 0)
            if person.first == index or not done or done + victim.count > person.size:
                continue
            parts = [p for p in self.people if p.origin == person.origin and p.outcome != "unhurt"]
            if parts and all(_compatible(p.victim, victim) for p in parts):
                return parts
        return []

    def _other_group(self, victim: Victim, index: int) -> Casualty | None:
        """ "one man was killed and four others wounded ... Four other men suffered wounds": "others"
        restate the others of an earlier sentence that are as many (the one besides whom they are
        others is the same)."""
        if victim.count is None:
            return None
        return next(
            (
                p
                for p in reversed(self.people)
                if p.first != index
                and p.count == victim.count
                and p.outcome != "unhurt"
                and (_others(p.victim) or self._beside_other_fate(p))
                and _compatible(p.victim, victim)
            ),
            None,
        )

    def _beside_other_fate(self, person: Casualty) -> bool:
        """Whether a group was named in a sentence that named others with another fate first ("left
        two men dead and four wounded": the four are others than the two)."""
        return any(
            p.first == person.first and p.origin < person.origin and p.outcome != person.outcome
            for p in self.people
            if p.origin != person.origin and p.first >= 0
        )

    def _member(self, pool: list[Casualty], victim: Victim, outcome: Outcome) -> Casualty | None:
        """ "Two people were found dead ... Jane Roe, 55, had been shot": a named person is one of
        an unnamed group the report counted before, split off it; of the group whose fate the
        statement repeats ("three men dead and two others wounded ... Jane Roe was pronounced
        dead" is one of the dead), else of the group named last."""
        groups = [p for p in reversed(pool) if p.victim.name is None and p.count > 1]
        group = next((p for p in groups if p.outcome == outcome), None) or next(iter(groups), None)
        if group is None:
            return None
        group.count -= 1
        self._single(group, 1)
        member = Casualty(
            1, group.outcome, replace(group.victim, count=1), group.seen, group.first, group.origin, group.size
        )
        self.people.append(member)
        return member

    @staticmethod
    def _named_beside(person: Casualty, victim: Victim, index: int) -> bool:
        """Whether a new phrase sits beside another phrase of its sentence that named this person
        (any phrase when the new one is coordinated with it: "shot Dale Pruitt and a woman"). A
        relative owned by a pronoun is new there too: "a professor was injured and her husband
        killed" names two people."""
        known = person.victim
        return (
            (victim.reference == "new" or victim.kin)
            and person.first == index
            and bool(victim.noun and (known.noun or victim.conjunct))
            and known.start != victim.start
            and (abs(known.start - victim.start) <= BESIDE_CHARS or victim.own_clause)
        )

    def _spread(self, people: list[Casualty], n: int, outcome: Outcome, index: int, restated: bool = True) -> None:
        """Give n of these people the outcome: those it restates first ("56 dead" after "56 dead and
        210 injured"), then the least hurt and most recently named ("one of them died")."""
        for person in sorted(people, key=lambda p: (restated and p.outcome != outcome, SEVERITY[p.outcome], -p.seen)):
            if n <= 0:
                return
            take = min(n, person.count)
            self._apply(person, take, outcome, index)
            n -= take

    def _apply(self, person: Casualty, n: int, outcome: Outcome, index: int) -> None:
        person.seen = index
        if SEVERITY[outcome] <= SEVERITY[person.outcome]:
            return
        if n < person.count:
            person.count -= n
            self.people.append(Casualty(n, outcome, person.victim, index, -1, person.origin, person.size))
        else:
            person.outcome = outcome

    # --- claims ----------------------------------------------------------------------------
    def claims(self) -> list[QuantityClaim]:
        """One claim per counted kind, and each explicit zero."""
        totals = self.totals()
        out: list[QuantityClaim] = []
        for kind in TALLY_KINDS:
            change = self.changes.get(kind)
            if totals[kind] > 0 and change is not None:
                q = change.quantity
                hedged = q is not None and q.value == totals[kind]
                out.append(
                    QuantityClaim(
                        kind,
                        totals[kind],
                        q.low if hedged and q else None,
                        q.high if hedged and q else None,
                        change.text,
                        change.start,
                        change.end,
                        change.source,
                    )
                )
            zero = self.zeros.get(kind)
            if zero is not None:
                out.append(QuantityClaim(kind, 0, None, None, zero.text, zero.start, zero.end, zero.source))
        out += [r for r in self.rivals if r.value != totals[r.kind]]
        return out

    def attach(self, owners: Iterable[EventMention]) -> None:
        """Make these mentions carry the incident's counts, and bring every carrier up to date."""
        for owner in owners:
            if all(owner is not m for m in self.mentions):
                self.mentions.append(owner)
        for mention, claim in self.emitted:
            mention.quantities[:] = [q for q in mention.quantities if q is not claim]
        self.emitted = []
        for mention in self.mentions:
            for claim in self.claims():
                mention.quantities.append(claim)
                self.emitted.append((mention, claim))


def victim_party(
    statements: list[VictimStatement],
    mention: EventMention,
    demonym: Callable[[str], str | None],
    noun_sector: Callable[[str], str | None],
) -> Party | None:
    """A party for the unnamed people a violent mention's own words hit ("a man was shot", "the
    killing of a teenager"), when the report names no target: of the country where it happened, unless
    its words say they are of another ("80 American soldiers" hit in Iraq are for the actor
    resolver). Civilians, unless their noun names armed men or police ("killing four soldiers")."""
    # A named person is for the actor resolver, which knows whose side they were on.
    hit = [
        v
        for s in statements
        if s.outcome != "unhurt" and not s.zero
        for v in s.victims
        if v.name is None and not _anaphoric(v)
    ]
    if not hit:
        return None
    victim = hit[0]
    if parse_quantity(victim.text) is not None:
        return None  # "left 32 dead": a figure says nothing of whose side the dead were on
    loc = mention.location
    country = loc.country if loc is not None and loc.precision not in {None, "region"} else None
    words = [w.strip("\"'“”‘’()[],.") for w in victim.text.split()]
    if any(demonym(w) not in {None, country} for w in words if w[:1].isupper()):
        return None
    named = noun_sector(victim.noun) if victim.noun else None
    sector = "COP" if victim.police else named if named in _ARMED_VICTIM_SECTORS else "CVL"
    return Party(victim.text, None, country, sector, "person" if victim.count == 1 else "group", implied=True)


def _anaphoric(victim: Victim) -> bool:
    """ "another", "two others": whoever the report named before, no party of their own."""
    noun = victim.noun.rstrip("s")
    return noun in load_casualty_words().additive_words


def _apart_in(places: frozenset[str], known: set[str], clock: bool) -> bool:
    """Whether both name blocks (or clock times, "@9:31p") and share none."""
    mine = {p for p in places if p.startswith("@") == clock}
    theirs = {p for p in known if p.startswith("@") == clock}
    return bool(mine and theirs and not mine & theirs)


def _worst_first(statements: list[VictimStatement]) -> list[VictimStatement]:
    """The statements of a sentence in order, those about one phrase worst fate first: "Jane Roe
    was found with a gunshot wound and was pronounced dead" names the one who died."""
    first: dict[int, int] = {}
    for i, statement in enumerate(statements):
        if statement.victims:
            first.setdefault(statement.victims[0].start, i)

    def key(item: tuple[int, VictimStatement]) -> tuple[int, int]:
        i, statement = item
        group = first[statement.victims[0].start] if statement.victims else i
        return group, -SEVERITY[statement.outcome]

    return [s for _, s in sorted(enumerate(statements), key=key)]


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _in_own_clauses(statements: list[VictimStatement]) -> list[VictimStatement]:
    """Mark the new victims of a clause with its own subject that "and" or "but" joins to another
    statement's clause ("A man and his son were shot and killed inside their home on Sunday night, and a
    neighbor was wounded trying to help"): a listing of other people, however long the first
    clause (`IncidentTally._named_beside`)."""
    anchors = {s.anchor.i for s in statements}
    out = []
    for statement in statements:
        verb = statement.anchor
        # joined by "and" or "but" (a run-in headline's verb and its lede's may parse as a conj too)
        linked = any(c.dep_ == "cc" and c.i < verb.i for c in [*verb.head.children, *verb.children])
        joined = verb.dep_ == "conj" and linked and any(c.dep_ in _SUBJECTS for c in verb.children)
        head = verb.head
        while joined and head.i not in anchors and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "shot and killed ..., and a neighbor was wounded": up the coordination
        if joined and head.i in anchors and head.i != verb.i:
            victims = [replace(v, own_clause=True) if v.reference == "new" else v for v in statement.victims]
            statement = replace(statement, victims=victims)
        out.append(statement)
    return out


def _died_beside(person: Casualty, victim: Victim, outcome: Outcome, index: int) -> bool:
    """ "killed two men and wounded three", "left one dead and four wounded": a bare figure of the
    wounded is not the dead its own sentence named."""
    return (
        outcome == "injured"
        and victim.reference == "new"
        and not victim.noun
        and person.first == index
        and person.outcome == "killed"
    )


def _hurt_apart(victim: Victim, outcome: Outcome) -> bool:
    """A bystander who was hurt: a person the report sets apart from the dead by the part they
    played, whatever word tells the wound. (A relative is not: "shot his wife", "found her father
    shot" name the dead as often as another person.)"""
    return outcome == "injured" and victim.bystander


def _someone_else(victim: Victim, living: list[Casualty]) -> bool:
    """Whether one person said to have lived is none of the dead counted so far: a relative ("his
    son") or a new phrase ("a soldier") whose noun none of the dead bear. A bare description ("a
    19-year-old") or the word of one of them ("a man ... a man was wounded") may restate the dead."""
    if not living or any(p.outcome != "killed" for p in living) or not victim.noun:
        return False
    if victim.reference != "new" and not victim.kin:
        return False
    if victim.bystander and victim.reference == "new" and all(p.victim.name for p in living):
        return True  # "shot Derrick Mims ... Mims died ... A bystander was struck and survived"
    return all(p.victim.noun and p.victim.noun != victim.noun for p in living)


def _others(victim: Victim) -> bool:
    """Whether a phrase named people besides someone ("two others", "another man", "a second man")."""
    words = load_casualty_words().additive_words
    return victim.reference == "additive" or any(w in words for w in victim.text.lower().split())


def _compatible(known: Victim, new: Victim) -> bool:
    if known.gender and new.gender and known.gender != new.gender:
        return False
    if known.age is not None and new.age is not None and known.age != new.age:
        return False
    if known.name and new.name and not same_person_name(known.name, new.name) and new.reference == "named":
        return False
    if (known.police and new.offender) or (known.offender and (new.police or new.bystander)):
        return False  # "the suspect" is not one of the officers; "a guard" is none of the robbers
    if known.by_offender and (new.offender or new.by_police):
        return False  # "a gunman killed two ... before he was fatally shot by a deputy": the gunman
    if known.bystander and new.offender:
        return False
    return not (new.police and not known.police and known.reference != "pronoun" and new.reference == "new")


def _likeness(known: Victim, new: Victim) -> tuple[int, int]:
    """How well a known victim fits a new phrase: same noun ("the man" for "a man"), same gender."""
    return (int(bool(new.noun) and known.noun == new.noun), int(bool(new.gender) and known.gender == new.gender))


def _named(known: Victim, new: Victim) -> Victim:
    return replace(
        known,
        name=new.name,
        gender=known.gender or new.gender,
        age=known.age if known.age is not None else new.age,
    )


def sentence_statements(sent: Span, found: list[FoundQuantity]) -> list[VictimStatement]:
    """A sentence's victim statements, with its stated casualty figures that no victim phrase
    covers ("80 dead", "no one was killed") added as statements of their own."""
    tallies: list[Token] = []
    if is_statistics(sent, in_cause_phrase):
        found_clauses = tally_clauses(sent, in_cause_phrase)
        if found_clauses is None:
            return []
        tallies = found_clauses  # "..., marking the city's 20th homicide this year": that clause only
    statements = [s for s in sentence_outcomes(sent) if not in_clauses(s.anchor, tallies)]
    covered = [(v.start, v.end) for s in statements for v in s.victims]
    lex = load_casualty_words()
    for q in found:
        if q.kind not in _COUNTED or q.quantity.value is None or q.teller is not None:
            continue  # a party's estimate of the toll is its own claim (mention_quantities)
        if in_clauses(q.anchor, tallies):
            continue
        if any(start <= q.start < end or q.start <= start < q.end for start, end in covered):
            continue
        outcome = _COUNTED[q.kind]
        if q.quantity.value == 0:
            after = doc_text(sent.doc)[q.end : q.end + 6].lower()
            if "else" in after or "other" in after or any(w in q.quantity.text.lower() for w in lex.additive_words):
                continue  # "no one else was hurt" says nothing new
            statements.append(
                VictimStatement(outcome, [], q.anchor, zero=True, zero_text=q.quantity.text, zero_span=(q.start, q.end))
            )
            continue
        if not isinstance(q.quantity.value, int) or unreal(q.anchor):
            continue
        following = doc_text(sent.doc)[q.end : q.end + 12].lower().split()[:1]
        before = doc_text(sent.doc)[max(0, q.start - 12) : q.start].lower().split()[-1:]
        # "one dead and six others injured", "another 40 were wounded": the figure counts others
        # than those named
        adds = (following and following[0].rstrip("s") in lex.additive_words) or (
            before and before[0] in lex.additive_words
        )
        ref: Reference = "additive" if adds else "new"
        victim = Victim(q.quantity.text, q.start, q.end, q.quantity.value, ref, quantity=q.quantity)
        statements.append(VictimStatement(outcome, [victim], q.anchor, rules=["figure"]))
    # in the order they are told: "killed one and wounded another" names the one before the other
    return sorted(statements, key=lambda s: s.anchor.i)


def stated_day(when: EventDate | None) -> date | None:
    """The day a mention's own words state (not a carried or publication default)."""
    if when is None or when.default or when.approximate or when.precision != "day":
        return None
    try:
        return date.fromisoformat(when.value[:10])
    except ValueError:
        return None


LOCAL_PRECISIONS = frozenset({"facility", "city", "admin2", "admin1"})


def mention_area(mention: EventMention, own: bool = True) -> tuple[str, str] | None:
    """The country and province of a mention's town or finer place; with `own`, only a place in
    the trigger's own phrase (not one elsewhere in the sentence, carried from an earlier one or
    from the dateline: "died ... at Walter Reed in Bethesda" is not where he was shot)."""
    place = mention.location
    if place is None or place.precision not in LOCAL_PRECISIONS or not place.country or not place.admin1:
        return None
    if own and not mention.place_attached:
        return None
    return (place.country, place.admin1)


def other_province(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Two places of one country in different provinces. Places in two countries are not
    counted apart: in a local report one of them is more often a town the gazetteer put abroad
    ("a Bristol Township home") than an incident in another country."""
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def stated_span(when: EventDate | None) -> tuple[date, date] | None:
    """The first and last day of the day, month or year a mention's own words state ("in 2022",
    "last month", "early Sunday"); None for a carried, default or approximate date."""
    if when is None or when.default or when.approximate:
        return None
    value = when.value
    try:
        if when.precision == "day":
            day = date.fromisoformat(value[:10])
            return day, day
        if when.precision == "month":
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        if when.precision == "year":
            return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
    except ValueError:
        return None
    return None


def _spans_apart(span: tuple[date, date], other: tuple[date, date] | None) -> bool:
    """Stated days more than one apart are two incidents ("Friday night" and "early Saturday" are
    one), and so is a stated month or year that ends, or starts, days away from a stated day ("a
    fatal shooting in 2022 that left two people dead" below Sunday's shooting)."""
    if other is None:
        return False
    gap = max((other[0] - span[1]).days, (span[0] - other[1]).days)
    return gap > SAME_INCIDENT_DAYS


@dataclass(slots=True)
class Incidents:
    """The incidents of one report, each with its own tally: a stampede's dead are not the
    missile strike's. A violent mention belongs to the incident of its type and mode, unless its
    own words date it days away from that incident's (a roundup's earlier shooting)."""

    tallies: list[tuple[str, str | None, IncidentTally]] = field(default_factory=list)
    last: IncidentTally | None = None
    told: list[str] = field(default_factory=list)
    # The blocks and times of a sentence that placed violence but named nobody ("The latest shooting
    # happened at 2:50 a.m. in the 2600 block of Elm Street"), and its index: the victims the next
    # sentences name were hurt there.
    pending: frozenset[str] = frozenset()
    pending_index: int = -1
    # Incidents told in passing (`aside`): no later mention joins one by its type alone.
    asides: list[IncidentTally] = field(default_factory=list)

    def hold(self, places: frozenset[str], index: int) -> None:
        """Keep the places of a sentence that placed violence without naming its victims."""
        self.pending, self.pending_index = places, index

    def held(self, tally: IncidentTally, index: int) -> frozenset[str]:
        """The places held for the victims of this sentence, when it follows closely and its tally
        has none yet; none after it."""
        places = self.pending if not tally.places and 0 < index - self.pending_index <= PENDING_SENTENCES else None
        self.pending = frozenset()
        return places or frozenset()

    def repeated(self, sent: Span) -> bool:
        """Whether a sentence that states victims repeats one told before, word for word (a page's
        photo caption or teaser printed twice, "Advertisement" glued before it): nobody new."""
        words = " ".join(span_text(sent).lower().split())
        if len(words) < REPEAT_CHARS:
            return False
        if any(words.endswith(told) or told.endswith(words) for told in self.told):
            return True
        self.told.append(words)
        return False

    def for_mention(self, mention: EventMention) -> IncidentTally:
        """The tally of the incident a mention reports (a new one for a new kind of event)."""
        for _kind, _mode, tally in self.tallies:
            if any(m is mention for m in tally.mentions):
                self.last = tally
                return tally
        span, area = stated_span(mention.date), mention_area(mention)
        for kind, mode, tally in reversed(self.tallies):
            if any(tally is a for a in self.asides):
                continue  # "killed five in retaliation for the killing of two": not that killing
            if kind == mention.type and (mode is None or mention.mode is None or mode == mention.mode):
                if span is not None and any(_spans_apart(span, stated_span(m.date)) for m in tally.mentions):
                    continue  # "On Jan. 9, another man was shot" in a report of a Feb. 14 shooting
                if area is not None and any(other_province(mention_area(m, own=False), area) for m in tally.mentions):
                    continue  # "In El Geneina, armed men killed 40" after 17 killed in Khartoum
                self.last = tally
                return tally
        tally = IncidentTally()
        self.tallies.append((mention.type, mention.mode, tally))
        self.last = tally
        return tally

    def knowing(self, statements: list[VictimStatement]) -> IncidentTally | None:
        """The incident whose people a sentence names by name ("Martinez's murder" after another
        incident was told): the latest one that knows the name."""
        names = [v.name for s in statements for v in s.victims if v.reference == "named" and v.name]
        for _kind, _mode, tally in reversed(self.tallies):
            if any(same_person_name(p.victim.name, n) for p in tally.people for n in names):
                return tally
        return None

    def first_armed(self) -> IncidentTally | None:
        """The report's first incident with victims and a weapon ("a woman was fatally shot")."""
        modes = load_casualty_words().weapon_modes
        for _kind, _mode, tally in self.tallies:
            if tally.people and any(m.type == "ASSAULT" and m.mode in modes for m in tally.mentions):
                return tally
        return None

    def unowned(self) -> IncidentTally | None:
        """The report's first incident with victims and no violent mention yet ("the body of a
        man was found in a ditch", told before any shooting)."""
        return next((tally for _kind, _mode, tally in self.tallies if tally.people and not tally.mentions), None)

    def separate(self, kind: str) -> IncidentTally:
        """Start the tally of another incident of this kind ("in a separate shooting")."""
        tally = IncidentTally()
        self.tallies.append((kind, None, tally))
        self.last = tally
        return tally

    def aside(self, kind: str) -> IncidentTally:
        """Start the tally of an incident told in passing ("in retaliation for the killing of two
        soldiers", "convicted of killing a guard"): the report's story goes on with the incident
        it spoke of before, not with this one."""
        tally = IncidentTally()
        self.tallies.append((kind, None, tally))
        self.asides.append(tally)
        return tally

    def current(self) -> IncidentTally:
        """The incident the report spoke of last (a new one at the start)."""
        if self.last is None:
            self.last = IncidentTally()
            self.tallies.append(("ASSAULT", None, self.last))
        return self.last
