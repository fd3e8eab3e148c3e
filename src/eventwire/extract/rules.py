"""The registry machinery of the role and status rules that shape an event mention.

A rule is a small named function that takes the mention being built (`RuleContext`) and returns
the changed record, or None when it does not apply. Rules run in stages, in the order the
registry (`extract/rule_registry.py`) declares; every rule that changes a mention leaves its
name in the mention's `rules`, so its effect on an evaluation set can be measured by running
with it disabled (`scripts/rule_effects.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from spacy.tokens import Doc, Span, Token

from ..records import Party, PlaceMention, Status
from .actors import ActorResolver
from .arguments import Arguments
from .modality import Attribution
from .triggers import TriggerMatch

# The points of `extract/events.py` where rules run, in the order they are reached:
# "subject" before the actor is resolved, "actor" once it is, "roles" once the target is,
# "speech" after the shape checks, "status" for the mood decision (the first rule that decides
# wins), "claim" once a status is set, "place" once a location is, "parties" once the date is.
Stage = Literal["subject", "actor", "roles", "speech", "status", "claim", "place", "parties"]


class Scope(Protocol):
    """What a rule may consult about the article besides the sentence: parse, actors, places."""

    @property
    def doc(self) -> Doc: ...

    @property
    def places(self) -> list[PlaceMention]: ...

    @property
    def actors(self) -> ActorResolver: ...

    def party(self, head: Token | None, speaker: Party | None) -> Party | None:
        """The party a head token names, read in the speaker's words."""
        ...

    def demonym(self, text: str) -> str | None:
        """The country a demonym ("Chinese") names."""
        ...

    def place_at(self, head: Token | None) -> PlaceMention | None:
        """The facility, town or region a head token names, if it names one and not a side."""
        ...


@dataclass(slots=True)
class RuleContext:
    """One mention while the rules shape it: what the parse gives and what has been decided."""

    scope: Scope
    sentence: Span
    match: TriggerMatch
    matches: list[TriggerMatch]
    args: Arguments
    att: Attribution
    speaker: Party | None
    source: Party | None
    event_type: str
    mode: str | None
    actor: Party | None = None
    target: Party | None = None
    place_target: PlaceMention | None = None
    mood: str | None = None
    negated: bool = False
    status: Status | None = None
    location: PlaceMention | None = None
    local: bool = False
    drop: bool = False  # a rule decided that this is no event
    rules: list[str] = field(default_factory=list)  # the pattern and the rules that shaped it

    @property
    def token(self) -> Token:
        """The trigger token."""
        return self.match.token


RuleFunction = Callable[[RuleContext], RuleContext | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule, the stage it runs at and its function (whose docstring says why it exists)."""

    name: str
    stage: Stage
    apply: RuleFunction

    @property
    def doc(self) -> str:
        """The rule's docstring: the sentence it exists for."""
        return (self.apply.__doc__ or "").strip()


def run_stage(registry: Sequence[Rule], stage: Stage, ctx: RuleContext, disabled: Collection[str] = ()) -> RuleContext:
    """Apply a stage's rules in their declared order; stop early when a rule drops the mention."""
    for rule in registry:
        if rule.stage != stage or rule.name in disabled:
            continue
        changed = rule.apply(ctx)
        if changed is None:
            continue
        ctx = changed
        ctx.rules.append(rule.name)
        if ctx.drop:
            break
    return ctx
