"""Sentence-level event mentions from a parsed article.

For each sentence: find triggers, drop those absorbed by a speech act ("urged X to withdraw"
is one REQUEST, not a REQUEST and a RETREAT), read actor and target off the parse and resolve
them, decide status and source, attach date, place and quantities. A violent act that is
only future or conditional in someone's words becomes that speaker's THREATEN; one that
someone says another "should" do becomes their REQUEST.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..records import EventDate, EventMention, Evidence, Party, PlaceMention, QuantityClaim, Status
from .actors import ActorResolver
from .arguments import Arguments, trigger_arguments
from .dates import find_dates
from .lexicon import load_actor_lexicon, load_triggers
from .modality import Attribution, attribution, is_negated, modality
from .quantities import CASUALTY_KINDS, FoundQuantity, sentence_quantities
from .triggers import TriggerMatch, find_triggers

FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
VIOLENT_TYPES = frozenset({"ASSAULT", "OTHER"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "on", "across", "inside", "around", "over"})
KIND_FOR_TYPE = {"arrested": {"COERCE"}, "participants": {"PROTEST"}, "weapons": {"ASSAULT"}}
_PRECISION_RANK = {"facility": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}
CARRY_SENTENCES = 2


@dataclass(slots=True)
class ArticleContext:
    """What extraction needs besides the parse: ids, dates, places and gazetteer lookups."""

    doc_id: str
    published: date | None
    places: Sequence[PlaceMention]
    demonym: Callable[[str], str | None]
    capital_country: Callable[[str], str | None]


def _subtree_has(root: Token, token: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (token is root or root in token.ancestors)


def _core_span(head: Token | None) -> tuple[int, int]:
    """Char range of a party's core phrase (modifiers, no prepositional attachments)."""
    if head is None:
        return (-1, -1)
    toks = [head] + [
        t for c in head.children if c.dep_ in {"compound", "amod", "poss", "det", "nummod"} for t in c.subtree
    ]
    return (min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks))


def _in_span(place: PlaceMention, span: tuple[int, int]) -> bool:
    return span[0] <= place.start < span[1]


class MentionExtractor:
    """Extracts EventMentions from one parsed article, sentence by sentence."""

    def __init__(self, doc: Doc, ctx: ArticleContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.triggers = load_triggers()
        place_by_start = {p.start: p for p in ctx.places}
        self.places = sorted(ctx.places, key=lambda p: p.start)
        self.actors = ActorResolver(doc, load_actor_lexicon(), place_by_start, ctx.demonym, ctx.capital_country)
        self.dateline = self._dateline_place()
        self.mentions: list[EventMention] = []

    def _dateline_place(self) -> PlaceMention | None:
        for place in self.places[:6]:
            if place.text.isupper() and len(place.text) > 2:
                after = self.doc.text[place.end : place.end + 3].lstrip()
                if after[:1] in {"(", "-", ",", "—", "–"}:
                    return place
        return None

    # --- per sentence --------------------------------------------------------------------
    def run(self) -> list[EventMention]:
        """All mentions of the article in document order."""
        for index, sent in enumerate(self.doc.sents):
            if sent.text.strip():
                self._sentence(index, sent)
        return self.mentions

    def _absorbed(self, matches: list[TriggerMatch]) -> set[int]:
        absorbed: set[int] = set()
        for outer in matches:
            if not outer.trigger.absorb:
                continue
            for inner in matches:
                if inner is not outer and _subtree_has(outer.token, inner.token):
                    absorbed.add(inner.token.i)
        return absorbed

    def _sentence(self, index: int, sent: Span) -> None:
        matches = find_triggers(sent, self.triggers)
        self.actors.scan_sentence(sent, frozenset(m.token.i for m in matches))
        quantities = sentence_quantities(sent)
        dates = self._dates(sent)
        absorbed = self._absorbed(matches)
        made: list[tuple[EventMention, Token]] = []
        for match in matches:
            if match.token.i in absorbed:
                continue
            mention = self._mention(index, sent, match, dates, matches)
            if mention is not None:
                made.append((mention, match.token))
        self._attach_quantities(index, sent, made, quantities)
        for mention, _ in made:
            if mention.type == "OTHER" and not any(q.kind in CASUALTY_KINDS for q in mention.quantities):
                continue
            self.mentions.append(mention)

    def _dates(self, sent: Span) -> list[tuple[Token, EventDate]]:
        published = self.ctx.published
        out: list[tuple[Token, EventDate]] = []
        for start, end, resolved in find_dates(sent.text, published or date.today()):
            if published is None and resolved.relative:
                continue
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            out.append((span.root, EventDate(resolved.value, resolved.text, resolved.precision)))
        return out

    def _date_for(
        self, trigger: Token, att: Attribution, dates: list[tuple[Token, EventDate]], n_triggers: int
    ) -> EventDate | None:
        for tok, when in dates:
            if _subtree_has(trigger, tok):
                return when
        # Walk up clausal links only ("voted on Sunday to demand"), not through prepositions.
        node = trigger
        while node.dep_ in {"xcomp", "conj", "ccomp", "advcl", "relcl"} and node.head is not node:
            node = node.head
            for tok, when in dates:
                if tok.head is node or (tok.head.dep_ == "prep" and tok.head.head is node):
                    return when
        if att.verb is not None:
            for tok, when in dates:
                if tok.head is att.verb or (tok.head.dep_ == "prep" and tok.head.head is att.verb):
                    return when
        if len(dates) == 1 and n_triggers == 1:
            return dates[0][1]
        if self.ctx.published is None:
            return None
        return EventDate(self.ctx.published.isoformat(), "", "day", default=True)

    def _location_for(self, sent: Span, trigger: Token, exclude: list[tuple[int, int]]) -> PlaceMention | None:
        in_sentence = [p for p in self.places if sent.start_char <= p.start < sent.end_char and p.kind == "toponym"]
        usable = [p for p in in_sentence if not any(_in_span(p, span) for span in exclude)]
        attached = []
        for place in usable:
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            if _subtree_has(trigger, tok) and tok.head.lower_ in LOCATIVE_PREPS | {"-"}:
                attached.append(place)
        pool = attached or usable
        if pool:
            return min(
                pool,
                key=lambda p: (_PRECISION_RANK.get(p.precision or "region", 5), abs(p.start - trigger.idx)),
            )
        # Nearest place earlier in the paragraph, else the dateline.
        para_start = self.doc.text.rfind("\n", 0, sent.start_char)
        earlier = [p for p in self.places if para_start <= p.start < sent.start_char and p.kind == "toponym"]
        if earlier:
            return earlier[-1]
        return self.dateline

    def _party(self, head: Token | None, speaker: Party | None) -> Party | None:
        if head is None:
            return None
        for tok in [head, *head.conjuncts]:
            party = self.actors.resolve(tok, speaker)
            if party is not None and (party.country or party.name):
                return party
        return None

    def _place_target(self, head: Token | None) -> PlaceMention | None:
        """A target that is a facility, city or region is where it happened, not who was hit."""
        if head is None:
            return None
        for place in self.places:
            if place.start <= head.idx < place.end and place.precision in {
                "facility",
                "city",
                "admin1",
                "region",
            }:
                return place
        return None

    def _mention(
        self,
        index: int,
        sent: Span,
        match: TriggerMatch,
        dates: list[tuple[Token, EventDate]],
        matches: list[TriggerMatch],
    ) -> EventMention | None:
        trig = match.trigger
        token = match.token
        args: Arguments = trigger_arguments(match)
        att = attribution(token)
        speaker_party = self._party(att.speaker, None) if att.speaker is not None else None
        source_party = self._party(att.source, None) if att.source is not None else None
        if (
            args.actor is not None
            and trig.type == "ASSAULT"
            and any(m.token.i == args.actor.i and m.trigger.type == "OTHER" for m in matches)
        ):
            return None  # "a stampede that killed 56": the stampede's casualties, not an attack
        actor = self._party(args.actor, speaker_party)
        place_target = self._place_target(args.target)
        target = None if place_target is not None else self._party(args.target, speaker_party)
        if trig.type == "RETREAT":
            origin = args.origin or self._based_origin(args.target)
            origin_party = self._party(origin, speaker_party) if origin is not None else None
            if origin_party is not None:
                target = origin_party
            if actor is None and args.passive and args.target is not None:
                owner = self.actors.resolve(args.target, speaker_party)
                actor = Party(owner.text, owner.name, owner.country, owner.sector) if owner and owner.country else None
        if trig.absorb and target is None:
            inner = next((m for m in matches if m is not match and _subtree_has(token, m.token)), None)
            if inner is not None:
                inner_args = trigger_arguments(inner)
                target = self._party(inner_args.actor, speaker_party)
        event_type, mode = trig.type, match.mode
        mood = modality(token)
        negated = is_negated(token)
        status: Status
        if mood == "obligation":
            if speaker_party is None or trig.type in {"REQUEST", "THREATEN"}:
                return None
            event_type, mode, target, actor = "REQUEST", "appeal", actor, speaker_party
            status = "asserted"
        elif mood in {"planned", "conditional"} and trig.type in FORCE_TYPES and speaker_party is not None:
            # Words of a future or conditional use of force: the speaker's threat.
            event_type, mode, actor = "THREATEN", "force", speaker_party
            if target is None and place_target is None:
                return None
            status = "asserted"
        elif negated:
            status = "negated"
        elif att.denied:
            status = "denied"
        elif mood == "conditional":
            status = "conditional"
        elif mood == "planned":
            status = "planned"
        else:
            status = "asserted"
        if status == "asserted" and source_party is not None and source_party.country:
            parties = {p.country for p in (actor, target) if p is not None and p.country}
            if source_party.country in parties:
                status = "claimed"
        exclude = [_core_span(args.actor), _core_span(args.target if place_target is None else None)]
        location = place_target or self._location_for(sent, token, exclude)
        when = self._date_for(token, att, dates, len(matches))
        anaphoric = actor is None and target is None
        confidence = 0.45 + 0.2 * (actor is not None) + 0.15 * (target is not None)
        confidence += 0.1 * (when is not None and not when.default) + 0.05 * (location is not None)
        return EventMention(
            type=event_type,
            mode=mode,
            trigger=token.text,
            trigger_start=token.idx,
            sentence_index=index,
            actor=actor,
            target=target,
            location=location,
            date=when,
            status=status,
            source=source_party,
            quantities=[],
            evidence=Evidence(sent.text.strip(), sent.start_char + _lead(sent.text), sent.end_char - _trail(sent.text)),
            anaphoric=anaphoric,
            confidence=min(confidence, 0.95),
        )

    def _based_origin(self, head: Token | None) -> Token | None:
        """ "Iraq-based forces": the place the forces are based in."""
        if head is None:
            return None
        for tok in self.actors.phrase_tokens(head):
            nxt = self.doc[tok.i + 1 : tok.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "based":
                return tok
        return None

    # --- quantities ------------------------------------------------------------------------
    def _attach_quantities(
        self, index: int, sent: Span, made: list[tuple[EventMention, Token]], found: list[FoundQuantity]
    ) -> None:
        if not found:
            return
        att = attribution(sent.root)
        source = self._party(att.source, None) if att.source is not None else None
        for q in found:
            owner = self._owner(q, made)
            if owner is None:
                owner = self._carry_over(index, sent, q)
                if owner is None:
                    continue
            claim_source = owner.source or source
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

    @staticmethod
    def _owner(q: FoundQuantity, made: list[tuple[EventMention, Token]]) -> EventMention | None:
        compatible = [
            (m, tok) for m, tok in made
            if m.type in KIND_FOR_TYPE.get(q.kind, VIOLENT_TYPES) or (q.kind == "weapons" and m.type == "THREATEN")
        ]  # fmt: skip
        if not compatible:
            return None
        for m, tok in compatible:
            if tok is q.anchor or _subtree_has(tok, q.anchor) or _subtree_has(q.anchor, tok):
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
            evidence=Evidence(sent.text.strip(), sent.start_char + _lead(sent.text), sent.end_char - _trail(sent.text)),
            anaphoric=True,
            confidence=recent.confidence,
        )
        self.mentions.append(carried)
        att = attribution(sent.root)
        carried.source = self._party(att.source, None) if att.source is not None else None
        return carried


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def _trail(text: str) -> int:
    return len(text) - len(text.rstrip())


def extract_mentions(doc: Doc, ctx: ArticleContext) -> list[EventMention]:
    """Sentence-level event mentions of one parsed article."""
    return MentionExtractor(doc, ctx).run()
