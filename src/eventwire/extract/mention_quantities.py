"""Quantities of a sentence's mentions: counts, casualties and weapons, and the victims they name.

A figure belongs to the compatible mention whose phrase holds it, else the nearest; a figure in a
sentence with no trigger belongs to the last violent event nearby; casualty statements join the
report's incidents (extract/casualties.py) and give a violent mention its victims.
"""

from __future__ import annotations

from functools import cached_property
from typing import TypeGuard

from spacy.tokens import Span, Token

from ..nlp.doctext import span_text
from ..records import EventMention, Evidence, Party, QuantityClaim
from .casualties import TALLY_KINDS, Incidents, sentence_statements, stated_day, victim_party
from .modality import attribution
from .numbers import Quantity
from .quantities import CASUALTY_KINDS, FoundQuantity
from .tree import in_cause_phrase, subtree_has
from .victims import VictimStatement, dated_aside, incident_places, is_separate_incident, load_casualty_words

VIOLENT_TYPES = frozenset({"ASSAULT", "OTHER"})
KIND_FOR_TYPE = {"arrested": {"COERCE"}, "participants": {"PROTEST"}, "weapons": {"ASSAULT"}}
CARRY_SENTENCES = 2
_DEFINITE = frozenset({"the", "this", "that"})


def _armed(mention: EventMention | None) -> TypeGuard[EventMention]:
    """An attack with a weapon (a shooting, a stabbing): its victims are told of far below it."""
    return mention is not None and mention.type == "ASSAULT" and mention.mode in load_casualty_words().weapon_modes


def _said_of_known(statements: list[VictimStatement]) -> bool:
    """Whether a sentence says how a person already named fared (died, is in critical condition),
    beyond being taken somewhere: a statement that belongs to the report's last violent event."""
    return any(
        "treatment" not in s.rules and any(v.reference in {"named", "known"} for v in s.victims) for s in statements
    )


def sentence_evidence(sent: Span) -> Evidence:
    """The sentence without surrounding white space, with offsets into the article."""
    text = span_text(sent)
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    return Evidence(text.strip(), sent.start_char + lead, sent.end_char - trail)


class QuantityAttachment:
    """The quantity side of `extract.events.MentionExtractor`, which supplies the article's
    mentions so far, the source resolver and the demonym lookup."""

    mentions: list[EventMention]

    def _source(self, head: Token | None) -> Party | None:
        raise NotImplementedError

    def demonym(self, text: str) -> str | None:
        """The country a demonym names."""
        raise NotImplementedError

    def noun_sector(self, noun: str) -> str | None:
        """The sector a bare people noun names ("soldiers" -> MIL)."""
        raise NotImplementedError

    @cached_property
    def _casualties(self) -> Incidents:
        """The report's incidents and their victims, tied across sentences (extract/casualties.py)."""
        return Incidents()

    def _attach_quantities(
        self, index: int, sent: Span, made: list[tuple[EventMention, Token]], found: list[FoundQuantity]
    ) -> None:
        statements = sentence_statements(sent, found)
        causes = [s for s in statements if in_cause_phrase(s.anchor)]
        if causes:
            statements = [s for s in statements if all(s is not c for c in causes)]
            self._tally_cause(made, causes, index)
        made = [(m, tok) for m, tok in made if not m.cause]  # marked by the extractor (`in_cause_phrase`)
        if not statements:
            self._join_known_incident(made, sent)
            if any(m.type in VIOLENT_TYPES for m, _ in made):
                held = incident_places(sent)
                if held:
                    self._casualties.hold(held, index)
        if not found and not statements:
            return
        att = attribution(sent.root)
        source = self._source(att.source)
        for q in found:
            if q.kind in TALLY_KINDS and q.teller is None:
                continue  # counted from the victims below
            owner = self._owner(q, made)
            if owner is None:
                owner = self._carry_over(index, sent, q)
                if owner is None:
                    continue
            # "police said three were killed, while organisers put the toll at 11": an estimate
            # is its teller's claim
            claim_source = (self._source(q.teller) if q.teller is not None else None) or owner.source or source
            owner.quantities.append(
                QuantityClaim(
                    kind=q.kind,
                    value=q.quantity.value,
                    low=q.quantity.low,
                    high=q.quantity.high,
                    text=q.quantity.text,
                    start=q.start,
                    end=q.end,
                    source=claim_source,
                )
            )
        if not statements:
            return
        # The sentence's victims join the incident's; its violent mentions carry the counts.
        owners = [m for m, _ in made if m.type in VIOLENT_TYPES]
        if not owners:
            first = statements[0]
            span = first.victims[0] if first.victims else None
            kind = "killed" if first.outcome == "killed" else "injured"
            probe = FoundQuantity(kind, Quantity(None, None, None, None, ""), span.start if span else sent.start_char,
                                  span.end if span else sent.start_char, first.anchor)  # fmt: skip
            carried = self._carry_over(index, sent, probe)
            owners = [carried] if carried is not None else []
        recent = next((m for m in reversed(self.mentions) if m.type in VIOLENT_TYPES and m not in owners), None)
        separate = is_separate_incident(sent)
        if separate:
            tally = self._casualties.separate(owners[0].type if owners else "ASSAULT")
        elif owners and owners[0].trigger:
            tally = self._casualties.for_mention(owners[0])
        elif recent is not None:
            tally = self._casualties.for_mention(recent)
        else:
            tally = self._casualties.current()
        if not separate:
            tally = self._casualties.knowing(statements) or tally
        places = incident_places(sent)
        before = _told_before(owners, tally.mentions)
        aside = dated_aside(sent) or before
        if tally.elsewhere(statements, places) or (aside and tally.strangers(statements, unnamed=before)):
            tally = self._casualties.separate(owners[0].type if owners else "ASSAULT")
        places |= self._casualties.held(tally, index)
        if not self._casualties.repeated(sent):  # a sentence printed twice tells of nobody new
            told = next((m.source for m in owners if m.source), None) or source
            tally.add(statements, index, told, places, self._teller)
        violent_made = [(m, tok) for m, tok in made if m.type in VIOLENT_TYPES]
        for owner, tok in violent_made:
            # The one violent word of a sentence owns its victims; of several, each its own.
            own = [s for s in statements if len(violent_made) == 1 or tok.i in {s.anchor.i, s.anchor.head.i}]
            if owner.target is None and owner.type == "ASSAULT" and own:
                owner.target = victim_party(own, owner, self.demonym, self.noun_sector)
                owner.anaphoric = owner.anaphoric and owner.target is None and owner.actor is None
        if not owners and not tally.mentions and _armed(recent) and _said_of_known(statements) and not separate:
            owners = [recent]  # "Jane Roe was pronounced dead at the hospital", far below the shooting
        tally.attach(owners)

    def _teller(self, statement: VictimStatement) -> Party | None:
        """The source of the reporting verb that governs a statement ("..., but the defence
        ministry said only five were wounded"), if any."""
        att = attribution(statement.anchor)
        if att.verb is None or att.source is None or att.source.pos_ == "PRON":
            return None  # "which they said killed 30": the mention's named source says more
        return self._source(att.source)

    def _tally_cause(self, made: list[tuple[EventMention, Token]], causes: list[VictimStatement], index: int) -> None:
        """The victims of an act another one answers (`in_cause_phrase`) are that act's own
        incident, carried by its mention when the sentence codes it."""
        owners = [m for m, _ in made if m.type in VIOLENT_TYPES and m.cause]
        if not owners:
            return
        tally = self._casualties.aside(owners[0].type)
        tally.add(causes, index, None, frozenset())
        for owner in owners:
            if owner.target is None and owner.type == "ASSAULT":
                owner.target = victim_party(causes, owner, self.demonym, self.noun_sector)
        tally.attach(owners)

    def _join_known_incident(self, made: list[tuple[EventMention, Token]], sent: Span) -> None:
        """ "Police have no motive yet for the killing": a definite noun for an armed attack, in a
        sentence that names no victims, is the report's first incident with victims and carries
        its counts; the report's first violent noun at all carries the people it told of before
        any violence."""
        tally = self._casualties.first_armed()
        # "... a man whose body was found in a ditch. He was the apparent victim of a drive-by
        # shooting": the report's first violence owns the dead it told of before any.
        first = (
            tally is None
            and not any(m.type in VIOLENT_TYPES for m in self.mentions)
            and not any(t.dep_ == "advmod" and t.lower_ in load_casualty_words().additive_adverbs for t in sent)
        )  # "Detectives are also investigating a shooting": another incident
        if first:
            tally = self._casualties.unowned()
        if tally is None or is_separate_incident(sent):
            return
        for mention, tok in made:
            if mention.type != "ASSAULT" or (mention.mode is not None and not _armed(mention)):
                continue
            if tok.pos_ == "NOUN" and (first or any(c.lower_ in _DEFINITE for c in tok.children)):
                tally.attach([mention])

    @staticmethod
    def _owner(q: FoundQuantity, made: list[tuple[EventMention, Token]]) -> EventMention | None:
        compatible = [
            (m, tok) for m, tok in made
            if m.type in KIND_FOR_TYPE.get(q.kind, VIOLENT_TYPES) or (q.kind == "weapons" and m.type == "THREATEN")
        ]  # fmt: skip
        if not compatible:
            return None
        for m, tok in compatible:
            if tok.i == q.anchor.i or subtree_has(tok, q.anchor) or subtree_has(q.anchor, tok):
                return m
        return min(compatible, key=lambda mt: abs(mt[1].i - q.anchor.i))[0]

    def _carry_over(self, index: int, sent: Span, q: FoundQuantity) -> EventMention | None:
        """A figure in a sentence without a trigger belongs to the last violent event nearby."""
        if q.kind not in CASUALTY_KINDS | {"weapons"}:
            return None
        recent = next(
            (
                m
                for m in reversed(self.mentions)
                if m.type in VIOLENT_TYPES and index - m.sentence_index <= CARRY_SENTENCES
            ),
            None,
        )
        if recent is None:
            return None
        carried = EventMention(
            type=recent.type,
            mode=None,
            trigger="",
            trigger_start=sent.start_char,
            sentence_index=index,
            actor=None,
            target=None,
            location=None,
            date=None,
            status=recent.status,
            source=None,
            quantities=[],
            evidence=sentence_evidence(sent),
            anaphoric=True,
            confidence=recent.confidence,
        )
        self.mentions.append(carried)
        carried.source = self._source(attribution(sent.root).source)
        return carried


def _told_before(owners: list[EventMention], known: list[EventMention]) -> bool:
    """Whether a sentence's violence is stated on a day before every day the incident's mentions
    state: "A man was shot and killed late Thursday night ... On Wednesday afternoon, Jane Roe was
    found dead" (nobody dies before the shooting that kills them; "shot Sunday ... died Monday" is
    one incident)."""
    days = [d for m in owners if (d := stated_day(m.date)) is not None]
    before = [d for m in known if (d := stated_day(m.date)) is not None]
    return bool(days) and bool(before) and max(days) < min(before)
