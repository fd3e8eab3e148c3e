"""Sentence-level event mentions from a parsed article.

For each sentence: find triggers, drop those absorbed by a speech act ("urged X to withdraw"
is one REQUEST, not a REQUEST and a RETREAT), read actor and target off the parse and resolve
them, decide status and source, attach date, place and quantities. A violent act that is
only future or conditional in someone's words becomes that speaker's THREATEN; one that
someone says another "should" do becomes their REQUEST.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..nlp.doctext import doc_text
from ..records import EventDate, EventMention, Evidence, Party, PlaceMention, QuantityClaim, Status
from .actors import ActorResolver
from .arguments import Arguments, trigger_arguments
from .casualties import TALLY_KINDS, Incidents, sentence_statements, victim_party
from .dates import find_dates, is_calendar_day, stated_publication
from .event_dates import announced, incident_dates, is_violent_word
from .lexicon import load_actor_lexicon, load_triggers
from .modality import Attribution, attribution, intent_frame, is_negated, modality, planning_verb
from .numbers import Quantity
from .prefilter import mostly_debris
from .quantities import CASUALTY_KINDS, FoundQuantity, sentence_quantities
from .triggers import ORIGIN_RANK, TriggerMatch, find_triggers
from .victims import is_separate_incident
from .words import lemma, load_event_words

FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
VIOLENT_TYPES = frozenset({"ASSAULT", "OTHER"})
# Acts one side does to another. Coded from a derived (PETRARCH2) pattern with one side missing,
# or from any new pattern or frame with no actor at all, they are mostly not events ("offered a
# timetable", "adopt the bills", "talks were suspended"): confidence says so.
RELATIONAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
     "CONCEDE"}
)  # fmt: skip
ONE_SIDED_DERIVED_CONFIDENCE = 0.2  # below the reportable floor even when two mentions merge
# Types whose object is often another party's demand or proposal: its owner is the target.
OWNED_OBJECT_TYPES = frozenset({"CONCEDE", "REJECT", "AGREE", "SANCTION", "SUPPORT"})
# "X will withdraw its force unless Y ...": a harmful act on a condition is the actor's threat.
CONDITIONAL_THREAT_TYPES = frozenset({"RETREAT", "SANCTION", "PROTEST", "COERCE", "MOBILIZE", "REJECT"})
# A stated intention to do one of these ("is willing to withdraw its troops", "offered to release
# the hostages", "is ready to sign the treaty") is PLOVER's AGREE; a bare future ("would be
# moved") stays a planned event.
INTENT_TYPES = frozenset({"AID", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT", "SUPPORT"})
# Giving, conceding and cooperating announced for the future ("Finland will give Tanzania a
# grant", "the rebels said they will release the hostages", "will sign the treaty", "will back
# the resolution": PLOVER codes promises to sign as AGREE) are intents too; moving forces
# ("would be moved to Kuwait") and meetings ("will meet") stay planned events.
ANNOUNCED_INTENT_TYPES = frozenset({"AID", "CONCEDE", "COOPERATE", "SUPPORT"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "on", "across", "inside", "around", "over"})
KIND_FOR_TYPE = {"arrested": {"COERCE"}, "participants": {"PROTEST"}, "weapons": {"ASSAULT"}}
CARRY_SENTENCES = 2
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acl", "oprd", "pobj", "attr"})
QUOTES = '"“”'
AUTHORITY_SECTORS = frozenset({"COP", "JUD", "GOV"})
INSTITUTION_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG"})
YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(slots=True)
class ArticleContext:
    """What extraction needs besides the parse: ids, dates, places and gazetteer lookups."""

    doc_id: str
    published: date | None
    places: Sequence[PlaceMention]
    demonym: Callable[[str], str | None]
    capital_country: Callable[[str], str | None]
    debris: Sequence[tuple[int, int]] = ()


def _subtree_has(root: Token, token: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (token.i == root.i or root in token.ancestors)


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
        # Without a given date, one the page states ("Published Saturday, March 31, 2018").
        self.published = ctx.published or stated_publication(doc_text(doc))
        # A person's role in the actor dictionary is the one held on the article's date.
        self.actors = ActorResolver(
            doc, load_actor_lexicon(), place_by_start, ctx.demonym, ctx.capital_country, published=self.published
        )
        self.dateline = self._dateline_place()
        self.mentions: list[EventMention] = []
        self._year_anchor: date | None = None

    def _dateline_place(self) -> PlaceMention | None:
        for place in self.places[:6]:
            if place.text.isupper() and len(place.text) > 2:
                after = doc_text(self.doc)[place.end : place.end + 3].lstrip()
                if after[:1] in {"(", "-", ",", "—", "–"}:
                    return place
        return None

    # --- per sentence --------------------------------------------------------------------
    def run(self) -> list[EventMention]:
        """All mentions of the article in document order."""
        self.sentences = list(self.doc.sents)
        for index, sent in enumerate(self.sentences):
            if sent.text.strip() and not self._is_debris(sent):
                self._sentence(index, sent)
        return self.mentions

    def _is_debris(self, sent: Span) -> bool:
        """Captions, promos and other page debris are not reports of events."""
        return mostly_debris(sent, self.ctx.debris)

    @staticmethod
    def _absorbed(matches: list[TriggerMatch]) -> set[int]:
        """Triggers inside a speech act's complement are its content, not events of their own:
        "urged X to withdraw", "ruled out any resumption of talks", "demand for Washington to
        withdraw". Adjuncts ("in a phone call ... urged") stay events."""
        absorbed: set[int] = set()
        for outer in matches:
            if not outer.trigger.absorb:
                continue
            complements = [
                c for c in outer.token.children
                if c.dep_ in COMPLEMENT_DEPS or (c.dep_ == "prep" and c.lower_ in {"for", "of", "on", "to"})
            ]  # fmt: skip
            for inner in matches:
                if inner is outer:
                    continue
                inside = any(_subtree_has(c, inner.token) for c in complements)
                infinitive = (
                    inner.token.i > outer.token.i
                    and inner.token.i - outer.token.i <= 8
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.token.children)
                )
                if inside or infinitive:
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
        published = self.published
        out: list[tuple[Token, EventDate]] = []
        anchor = self._year_anchor
        for start, end, resolved in find_dates(sent.text, published or anchor or date.today()):
            if published is None and resolved.relative and not (anchor and is_calendar_day(resolved.text)):
                continue
            if not resolved.relative and resolved.precision == "day":
                # "On March 21, 2018, ... On March 22, the parliament": the stated year carries on.
                self._year_anchor = date.fromisoformat(resolved.value)
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            # "last week" is a week, not a day: merging allows for it and a stated day wins.
            approximate = any(w in resolved.text.lower() for w in ("week", "recent", "earlier", "ago"))
            out.append(
                (span.root, EventDate(resolved.value, resolved.text, resolved.precision, approximate=approximate))
            )
        if any(is_violent_word(t) for t in sent):
            # The days this sentence gives the violence it reports, for mentions that state none.
            first = not self._incident_days
            self._incident_days.extend(incident_dates(out))
            if first and self._incident_days:
                # Violent mentions before it (a headline) had only the publication day.
                day = self._incident_days[0]
                for mention in self.mentions:
                    if mention.type in VIOLENT_TYPES and mention.date is not None and mention.date.default:
                        mention.date = EventDate(day.value, day.text, day.precision, default=True)
        return out

    @cached_property
    def _incident_days(self) -> list[EventDate]:
        """Days stated for the report's violence so far (extract/event_dates.py)."""
        return []

    def _date_for(
        self,
        trigger: Token,
        att: Attribution,
        dates: list[tuple[Token, EventDate]],
        trigger_tokens: set[int],
    ) -> EventDate | None:
        for tok, when in dates:
            if _subtree_has(trigger, tok) and self._nearest_trigger(tok, trigger_tokens) == trigger.i:
                if tok.dep_ in {"nummod", "compound", "amod"} and tok.head.i != trigger.i:
                    continue  # "a 2015 nuclear deal": a year describing a thing, not the event
                return when
        # Walk up clausal links only ("voted on Sunday to demand"), not through prepositions.
        node = trigger
        while node.dep_ in {"xcomp", "conj", "ccomp", "advcl", "relcl"} and node.head.i != node.i:
            node = node.head
            for tok, when in dates:
                if tok.head.i == node.i or (tok.head.dep_ == "prep" and tok.head.head.i == node.i):
                    return when
        violent = is_violent_word(trigger)
        if violent:
            # "A man was shot Monday, police said Tuesday": the violence's day, not the telling's.
            own = incident_dates(dates) if len(trigger_tokens) == 1 else []
            if own:
                return own[0]
        if att.verb is not None and not violent:
            for tok, when in dates:
                if tok.head.i == att.verb.i or (tok.head.dep_ == "prep" and tok.head.head.i == att.verb.i):
                    return when
        for tok, when in dates:
            owner = self._nearest_trigger(tok, trigger_tokens)
            owner_tok = self.doc[owner] if owner is not None else None
            if (
                owner_tok is not None
                and owner_tok.dep_ == "pobj"
                and owner_tok.head.lower_ in {"in", "during"}
                and owner_tok.head.head.i == trigger.i
            ):
                return when  # an adjunct's time: "in a phone call on Tuesday, X urged"
        if len(dates) == 1 and len(trigger_tokens) == 1 and not (violent and announced(dates[0][0])):
            return dates[0][1]
        if violent and self._incident_days:
            # The day the report first gives its violence (the lede's), carried in place of the
            # publication day: a default still, so it never splits an event and a stated day wins.
            day = self._incident_days[0]
            return EventDate(day.value, day.text, day.precision, default=True)
        if self.published is None:
            return None
        return EventDate(self.published.isoformat(), "", "day", default=True)

    @staticmethod
    def _nearest_trigger(tok: Token, trigger_tokens: set[int]) -> int | None:
        """The first trigger among a token's ancestors (a date belongs to the nearest event)."""
        for node in [tok, *tok.ancestors]:
            if node.i in trigger_tokens:
                return node.i
        return None

    def _location_for(self, sent: Span, trigger: Token, exclude: list[tuple[int, int]]) -> PlaceMention | None:
        """Where the sentence puts the event, else nearby, else the dateline or focus (`resolve.focus`)."""
        from ..resolve.focus import event_location  # imported here: the method's body is the resolve helper's

        in_sentence = [p for p in self.places if sent.start_char <= p.start < sent.end_char and p.kind == "toponym"]
        usable = [p for p in in_sentence if not any(_in_span(p, span) for span in exclude)]
        attached = []
        for place in usable:
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            if (
                span is not None
                and _subtree_has(trigger, span.root)
                and span.root.head.lower_ in LOCATIVE_PREPS | {"-"}
            ):
                attached.append(place)
        para_start = max(doc_text(self.doc).rfind("\n", 0, sent.start_char), self._sentence_start(sent, back=2))
        earlier = [p for p in self.places if para_start <= p.start < sent.start_char and p.kind == "toponym"]
        return event_location(attached, usable, earlier, self.dateline or self.focus, trigger.idx)

    def _sentence_start(self, sent: Span, back: int) -> int:
        index = next((i for i, s in enumerate(self.sentences) if s.start == sent.start), 0)
        return self.sentences[max(0, index - back)].start_char

    @property
    def focus(self) -> PlaceMention | None:
        """The article's main place (`resolve.focus.article_focus`)."""
        from ..resolve.focus import article_focus  # imported here: the method's body is the resolve helper's

        return article_focus(self.places)

    def _party(self, head: Token | None, speaker: Party | None) -> Party | None:
        if head is None:
            return None
        if head.pos_ == "NOUN":
            # "a fellow US ally in the Gulf, Qatar", "EU countries - Austria, Slovakia": the named
            # apposition says who.
            # The apposition may hang on the noun or on its place modifier ("ally in the Gulf, Qatar").
            holders = [head, *(g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
            for app in (c for h in holders for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                named = self.actors.resolve(app, speaker)
                if named is not None and named.country and named.kind == "country":
                    return named
        for tok in [head, *head.conjuncts]:
            party = self.actors.resolve(tok, speaker)
            if party is not None and (party.country or party.name or party.sector):
                return party
        return None

    def _source(self, head: Token | None) -> Party | None:
        """A source needs no country: "state TV", "the military", "a senior official"."""
        if head is None:
            return None
        party = self._party(head, None)
        if party is not None:
            return party
        tokens = self.actors.phrase_tokens(head)
        text = doc_text(self.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        sector = load_actor_lexicon().head_nouns.get(head.lemma_.lower())
        return Party(text, None, None, sector, "unknown")

    def _quote_attribution(self, index: int, sent: Span) -> Attribution:
        """A quoted sentence with no reporting verb takes the one that closes the quotation
        ('"Their bases will be targeted ..." state TV cited the Guards as saying.')."""
        if sent.text.lstrip()[:1] not in QUOTES:
            return Attribution(None, None, None)
        for later in self.sentences[index + 1 : index + 4]:
            att = attribution(later.root)
            if att.verb is not None:
                return att
            if any(q in later.text for q in QUOTES):
                break
        return Attribution(None, None, None)

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
                if place.precision == "city" and self.ctx.capital_country(place.text):
                    return None  # "urged Teheran": a capital named as an actor is its government
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
        fired = [f"pattern:{trig.id}"]  # the pattern and the rules that shaped the mention
        args: Arguments = trigger_arguments(match)
        att = attribution(token)
        if att.verb is None:
            att = self._quote_attribution(index, sent)
        speaker_party = self._party(att.speaker, None) if att.speaker is not None else None
        if speaker_party is None and att.verb is not None and trig.pos == "ADJ":
            # '"The analysis shows that Russia is responsible," Cerar said': the one who says it.
            outer = attribution(att.verb)
            if outer.verb is not None and outer.speaker is not None:
                att = outer
                speaker_party = self._party(att.speaker, None)
        source_party = self._source(att.source)
        if (
            args.actor is not None
            and trig.type == "ASSAULT"
            and any(m.token.i == args.actor.i and m.trigger.type in {"OTHER", "ASSAULT"} for m in matches)
        ):
            # "a stampede that killed 56", "the drone strike killed five": the casualties belong
            # to the event the subject names, not to a second event.
            return None
        actor = self._party(args.actor, speaker_party)
        if trig.pos == "ADJ":
            # "X said China was responsible for ...": the speaker blames; no speaker, no blame.
            actor = actor or speaker_party
            if actor is None or not (actor.country or actor.kind == "organisation"):
                return None  # "responsible" also names duties: blame needs an accuser we can place
        place_target = self._place_target(args.target)
        target = None if place_target is not None else self._party(args.target, speaker_party)
        if target is None and args.target is not None and trig.absorb:
            # "ruled out any resumption of talks with Washington": the talks' other party.
            for tok in self.actors.phrase_tokens(args.target):
                event_noun = next((m for m in matches if m.token.i == tok.i and m is not match), None)
                if event_noun is not None:
                    target = self._party(trigger_arguments(event_noun).target, speaker_party)
                    break
        if target is None and trig.type in VIOLENT_TYPES and trig.pos == "NOUN":
            target = self._victims(token, matches, speaker_party)
            fired += ["victims-of-subject-event"] if target is not None else []
        if target is None and trig.type in OWNED_OBJECT_TYPES and args.target is not None:
            target = self._object_owner(args.target, speaker_party)
            fired += ["object-owner-target"] if target is not None else []
        if target is None and trig.type == "SANCTION" and args.target is not None:
            # "duties on $50 billion of imports from China": the goods' country is the target.
            target = self._goods_origin(args.target)
        if target is None and trig.type == "SANCTION" and trig.objects and args.target is None:
            # "expelled 60 Russian diplomats": the diplomats' state (their own modifiers only, not
            # "more diplomats than Britain"), when it is not the actor's.
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            modifiers = [c for c in obj.children if c.dep_ in {"amod", "compound", "poss", "nmod"}] if obj else []
            owner = next((p for p in (self._party(m, speaker_party) for m in modifiers) if p and p.country), None)
            if owner is not None and (actor is None or owner.country != actor.country):
                target = owner
        if trig.type == "SANCTION" and token.lemma_.lower() == "recall" and args.passive and actor is None:
            # "the ambassador to Moscow was recalled": a state recalls its own envoy from his post.
            post = (_prep_object(args.target, "to") if args.target is not None else None) or _prep_object(token, "from")
            host = self._party(post, speaker_party)
            actor, target = (
                target,
                host if host is not None and target is not None and host.country != target.country else None,
            )
        if (
            trig.type == "RETREAT"
            and actor is None
            and target is not None
            and target.sector == "MIL"
            and target.country
        ):
            actor, target = target, None  # "pull out the 2,000 U.S. troops": the troops' side retreats
        if trig.type == "RETREAT":
            origin = args.origin or self._based_origin(args.target)
            origin_party = self._party(origin, speaker_party) if origin is not None else None
            if origin_party is not None:
                target = origin_party
            if actor is None and args.passive and args.target is not None:
                owner = self.actors.resolve(args.target, speaker_party)
                actor = Party(owner.text, owner.name, owner.country, owner.sector) if owner and owner.country else None
        if trig.absorb and target is None and not (args.passive and args.target is not None):
            # Not when a passive names the target: "X is accused of stabbing Y" accuses X, not Y.
            absorbed = self._absorbed([match, *[m for m in matches if m is not match]])
            inner = min(
                (m for m in matches if m.token.i in absorbed),
                key=lambda m: (ORIGIN_RANK.get(m.trigger.origin, len(ORIGIN_RANK)), m.token.i),
                default=None,
            )
            if inner is not None:
                # "urged X to withdraw" / "demand for X to leave": X, who is asked to act;
                # "vowed to fight the U.S." / "refused to meet X": whom the act would hit.
                inner_args = trigger_arguments(inner)
                first, second = (
                    (inner_args.actor, inner_args.target) if trig.type == "REQUEST" else (inner_args.target, None)
                )
                target = self._party(first, speaker_party) or self._party(second, speaker_party)
                if (
                    target is not None
                    and actor is not None
                    and target.country == actor.country
                    and trig.type != "REQUEST"
                ):
                    target = None
        if not self._well_formed(match, args, target, matches):
            return None
        if (
            trig.speech
            and trig.type in {"REQUEST", "ACCUSE", "REJECT"}
            and actor is not None
            and target is not None
            and actor.country is not None
            and actor.country == target.country
            and speaker_party is not None
            and speaker_party.country not in {None, actor.country}
        ):
            # "Moon said China was responsible and called for Beijing's help": a misparsed
            # coordination lends the reported clause's subject; the speaker asks, not China.
            actor = speaker_party
        event_type, mode = trig.type, match.mode
        mood = modality(token)
        negated = is_negated(token)
        status: Status
        if mood == "obligation":
            if speaker_party is None or (trig.type in {"REQUEST", "THREATEN"} and trig.construction is None):
                return None
            event_type, mode, target, actor = "REQUEST", "appeal", actor, speaker_party
            status = "asserted"
            fired.append("obligation-is-request")
        elif (
            mood in {"planned", "conditional"}
            and trig.type in FORCE_TYPES
            and self._threat_by(speaker_party, actor, target)
        ):
            # Words of a future or conditional use of force by the speaker's side: a threat.
            event_type, mode, actor = "THREATEN", "force", speaker_party
            status = "asserted"
            fired.append("future-force-is-threat")
        elif (
            mood == "planned"
            and trig.type in INTENT_TYPES
            and (intent_frame(token) is not None or (trig.type in ANNOUNCED_INTENT_TYPES and _future(token)))
            and actor is not None
            and not self._other_side(speaker_party, actor)
        ):
            event_type, mode, status = "AGREE", "intent", "asserted"  # PLOVER: intent to cooperate
            fired.append("intent-is-agree")
        elif (
            mood == "conditional"
            and trig.type in CONDITIONAL_THREAT_TYPES
            and actor is not None
            and not self._other_side(speaker_party, actor)
        ):
            event_type, mode, status = "THREATEN", None, "asserted"  # "will withdraw unless ..."
            fired.append("conditional-harm-is-threat")
        elif mood in {"planned", "conditional"} and trig.type in {"THREATEN", "REQUEST", "REJECT", "ACCUSE"}:
            status = "asserted"  # "we will take revenge" is a threat made now
        elif (
            mood in {"planned", "conditional"}
            and trig.type in FORCE_TYPES
            and not self._own_plan(speaker_party, actor)
            and not (speaker_party is None and actor is not None and planning_verb(token) is not None)
        ):
            return None  # one side's speculation about another's plans is not a coded event
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
        if trig.type == "ASSAULT" and place_target is None and args.target is not None:
            hit = next((p for p in self.places if p.start <= args.target.idx < p.end and p.precision == "city"), None)
            location = hit or location  # "the strike on Kyiv": Kyiv is the government hit and the place
        if trig.type == "RETREAT" and target is not None and target.country:
            origin_place = next((p for p in self.places if p.country == target.country and p.start >= sent.start_char
                                 and p.end <= sent.end_char and p.precision == "country"), None)  # fmt: skip
            location = origin_place or location
        when = self._date_for(token, att, dates, {m.token.i for m in matches})
        if when is not None and not when.default and self._historical(when):
            return None
        crowd = (
            trig.type == "PROTEST" and args.actor is not None and lemma(args.actor) in load_event_words().crowd_nouns
        )
        if actor is None and (trig.subjects or crowd) and args.actor is not None:
            # "hundreds of supporters of Park gathered", "thousands marched": the trigger's subject
            # list, or the protest itself, says who they are: civilians of the place they gather.
            words = self.actors.phrase_tokens(args.actor)
            text = doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
            actor = Party(text, None, None, "CVL", "group")
        if trig.type == "PROTEST" and target is None and actor is not None and location and location.country:
            # A protest with no named addressee is aimed at the government where it is held.
            target = Party("government (implied)", None, location.country, "GOV", "group", implied=True)
        if trig.type == "COERCE" and actor is not None and actor.country and args.target is not None:
            # Arrests, bans and orders fall on people within the actor's reach: an unnamed group
            # ("ordered the opposition party to disband") is of the actor's country.
            if target is None and args.target.pos_ == "NOUN":
                words = self.actors.phrase_tokens(args.target)
                text = doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
                target = Party(text, None, actor.country, None, "group")
            elif target is not None and target.country is None and target.kind == "group" and not target.name:
                target = replace(target, country=actor.country)
        if (
            actor is None
            and trig.type == "COERCE"
            and args.passive
            and source_party is not None
            and source_party.sector in AUTHORITY_SECTORS
        ):
            actor = source_party  # "X has been arrested, the NYPD says": the police made the arrest
        if event_type == "CONSULT" and mode == "visit":
            actor, target = self._visit_host(actor, target, location)
        if event_type == "CONSULT" and (actor is None or target is None):
            return None  # a meeting with one side unknown ("the president met aides") is no dyad
        if actor is None and trig.type == "COERCE" and args.passive and target is not None:
            # "Bassett was arrested": arrests and sentences are made by the authorities.
            sector = "JUD" if mode == "sentence" else "COP"
            actor = Party("authorities (implied)", None, None, sector, "group", implied=True)
        if target is not None and source_party is not None and target.text == source_party.text:
            target = None  # the reporter of an event is not its target
        local = location is not None and sent.start_char <= location.start < sent.end_char
        # Who leaves a place is not of that place ("In his haste to withdraw from Syria, Trump").
        # Protesters are people of the place where they protest, wherever the sentence names it.
        withdrawal = trig.type == "RETREAT" and mode != "resign"  # forces leave a place; an official leaves office
        actor = actor if withdrawal else self._localise(actor, location, local or trig.type == "PROTEST")
        target = self._localise(target, location, local)
        anaphoric = actor is None and target is None and event_type != "OTHER"
        confidence = mention_confidence(
            actor,
            target,
            stated_date=when is not None and not when.default,
            local_place=local,
            pronoun_actor=args.actor is not None and args.actor.pos_ == "PRON",
            status=status,
        )
        if (trig.origin != "hand" and actor is None) or (
            trig.origin == "petrarch2" and event_type in RELATIONAL_TYPES and target is None
        ):
            confidence = min(confidence, ONE_SIDED_DERIVED_CONFIDENCE)
            fired.append("one-sided-new-pattern-doubt")
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
            evidence=_evidence(sent),
            anaphoric=anaphoric,
            confidence=min(confidence, 0.95),
            rules=tuple(fired),
        )

    @cached_property
    def _reference_year(self) -> int | None:
        """The article's own year: its publication, else the year it mentions most (the latest
        of those), since a future year in "a contract to 2021" is not the article's."""
        if self.published is not None:
            return self.published.year
        years = Counter(int(y) for y in YEAR.findall(doc_text(self.doc)) if 1900 <= int(y) <= date.today().year + 1)
        return max(years, key=lambda y: (years[y], y)) if years else None

    def _historical(self, when: EventDate) -> bool:
        """An event dated three or more years before the article is history told as context
        ("in 2003, when Slovenia endorsed the invasion"), not news to code."""
        ref = self._reference_year
        year = when.value[:4]
        return ref is not None and year.isdigit() and int(year) <= ref - 3

    def _victims(self, noun: Token, matches: list[TriggerMatch], speaker: Party | None) -> Party | None:
        """ "A roadside bombing killed one U.S. soldier": the violent event the subject names hit
        the object of the verb (which makes no event of its own, see `_mention`)."""
        verb = noun.head
        if noun.dep_ != "nsubj" or not any(m.token.i == verb.i and m.trigger.type == "ASSAULT" for m in matches):
            return None
        victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return self._party(victim, speaker) if victim is not None else None

    def _object_owner(self, head: Token, speaker: Party | None) -> Party | None:
        """ "accepted the demands of the rebels", "rejected Iran's proposal", "expelled inspectors
        of the agency", "restored ties with Iran": whose demand, proposal or people it is, or the
        counterpart of the relation."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += [g for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "from", "by", "with"}
                   for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        return next((p for p in (self._party(o, speaker) for o in owners) if p is not None), None)

    def _goods_origin(self, head: Token) -> Party | None:
        for tok in head.subtree:
            country = self.ctx.demonym(tok.text) if tok.text[:1].isupper() else None
            place = next((p for p in self.places if p.start == tok.idx and p.precision == "country"), None)
            if place is not None and place.country:
                return Party(tok.text, place.name, place.country, "GOV", "country")
            if country:
                return Party(tok.text, None, country, None, "group")
        return None

    def _well_formed(
        self, match: TriggerMatch, args: Arguments, target: Party | None, matches: list[TriggerMatch]
    ) -> bool:
        """Shape checks that keep common non-events out.

        A threat needs a hostile content ("vowed to implement the rule of law" is not one); a
        request needs an addressee or something asked ("advised that it expects" informs);
        a meeting needs a counterpart ("officials continue to meet").
        """
        trig, token = match.trigger, match.token
        if trig.type == "THREATEN" and trig.speech and token.lemma_.lower() != "threaten":
            absorbed = self._absorbed([match, *[m for m in matches if m is not match]])
            hostile = any(m.token.i in absorbed and m.trigger.type in FORCE_TYPES | {"THREATEN"} for m in matches)
            revenge = any(lemma(c) in load_event_words().revenge_words for c in token.subtree)
            return hostile or revenge
        if trig.type == "REQUEST" and trig.speech and trig.pos == "VERB":
            # "demanded that the US cancel the sale": the clause says what is asked of whom.
            clause = {"ccomp"} if lemma(token) in load_event_words().clause_request_verbs else set()
            asked = any(c.dep_ in {"dobj", "dative", "xcomp"} | clause for c in token.children)
            asked = asked or args.target is not None
            return asked
        if trig.type == "CONSULT" and match.mode == "visit":
            return True  # a visit's host may be the place visited: see `_visit_host`
        if trig.type == "ACCUSE" and match.mode == "investigate" and trig.pos == "NOUN":
            # "police opened an investigation into the killing": PLOVER needs no recipient; one that
            # is only being conducted or mentioned ("an investigation by X") is no new event.
            return args.actor is not None and lemma(token.head) in load_event_words().opening_verbs
        if trig.type == "SUPPORT" and match.mode == "endorse" and _own_object(token):
            return False  # "China defended its rights": backing one's own act or claim supports no other
        if trig.type == "SUPPORT" and match.mode == "sign":
            return True  # "Kenya and Uganda signed a trade pact": the signers are all sources (PLOVER)
        if trig.type in {"CONSULT", "SUPPORT", "ACCUSE"}:
            # "failed to negotiate compensation", "the council endorsed the proposal", "said it
            # condemned the damage": no counterpart, no dyad to code.
            return target is not None
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

    @staticmethod
    def _visit_host(
        actor: Party | None, target: Party | None, location: PlaceMention | None
    ) -> tuple[Party | None, Party | None]:
        """ "a reception for the visiting Russian defence minister" in Hanoi: the side that is
        not named is the government of the place visited, when that is another country."""
        if (actor is None) == (target is None) or location is None or not location.country:
            return actor, target
        present = actor or target
        assert present is not None
        if present.country == location.country:
            return actor, target
        host = Party("host government (implied)", None, location.country, "GOV", "group", implied=True)
        return (present, host) if target is None else (host, present)

    @staticmethod
    def _localise(party: Party | None, location: PlaceMention | None, local: bool) -> Party | None:
        """An unnamed local party ("a 28-year-old man", "police") is of the country where it
        happened, as ACLED codes local actors, when the place is known below country level.
        A named person only when the place is in the same sentence."""
        if party is None or party.country or party.actor_id or party.kind == "organisation" or location is None:
            return party  # a dictionary actor with no country (an IGO's official) stays without one
        institution = party.kind == "group" and party.sector in INSTITUTION_SECTORS and party.name is None
        if (party.kind == "person" or location.precision == "country") and not local and not institution:
            return party  # but "the parliament", "police" are the institutions of where it happens
        if location.precision not in {"city", "admin2", "admin1", "facility", "country"} or not location.country:
            return party
        return replace(party, country=location.country)

    @staticmethod
    def _other_side(speaker: Party | None, actor: Party) -> bool:
        """The speaker is placed in another country than the actor: words about someone else."""
        return bool(speaker and speaker.country and actor.country and speaker.country != actor.country)

    @staticmethod
    def _own_plan(speaker: Party | None, actor: Party | None) -> bool:
        """A planned use of force counts when the actor's side announces it."""
        if speaker is None or actor is None:
            return False
        if speaker.country and actor.country:
            return speaker.country == actor.country
        return bool(speaker.name and speaker.name == actor.name)

    @staticmethod
    def _threat_by(speaker: Party | None, actor: Party | None, target: Party | None) -> bool:
        """Whether a future use of force in someone's words is that speaker's threat."""
        if speaker is None or target is None or (not speaker.country and speaker.kind != "organisation"):
            return False
        if target.country and target.country == speaker.country:
            return False
        return actor is None or actor.country == speaker.country or actor.name == speaker.name

    def _based_origin(self, head: Token | None) -> Token | None:
        """ "Iraq-based forces": the place the forces are based in."""
        if head is None:
            return None
        for tok in self.actors.phrase_tokens(head):
            nxt = self.doc[tok.i + 1 : tok.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "based":
                return tok
        for tok in head.subtree:
            # "troops currently in Syria"
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.ent_type_ == "GPE":
                return tok
        return None

    # --- quantities ------------------------------------------------------------------------
    @cached_property
    def _casualties(self) -> Incidents:
        """The report's incidents and their victims, tied across sentences (extract/casualties.py)."""
        return Incidents()

    def _attach_quantities(
        self, index: int, sent: Span, made: list[tuple[EventMention, Token]], found: list[FoundQuantity]
    ) -> None:
        statements = sentence_statements(sent, found)
        if not found and not statements:
            return
        att = attribution(sent.root)
        source = self._source(att.source)
        for q in found:
            if q.kind in TALLY_KINDS:
                continue  # counted from the victims below
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
        if is_separate_incident(sent):
            tally = self._casualties.separate(owners[0].type if owners else "ASSAULT")
        elif owners and owners[0].trigger:
            tally = self._casualties.for_mention(owners[0])
        elif recent is not None:
            tally = self._casualties.for_mention(recent)
        else:
            tally = self._casualties.current()
        tally.add(statements, index, next((m.source for m in owners if m.source), None) or source)
        violent_made = [(m, tok) for m, tok in made if m.type in VIOLENT_TYPES]
        for owner, tok in violent_made:
            # The one violent word of a sentence owns its victims; of several, each its own.
            own = [s for s in statements if len(violent_made) == 1 or tok.i in {s.anchor.i, s.anchor.head.i}]
            if owner.target is None and owner.type == "ASSAULT" and own:
                owner.target = victim_party(own, owner, self.ctx.demonym)
                owner.anaphoric = owner.anaphoric and owner.target is None and owner.actor is None
        tally.attach(owners)

    @staticmethod
    def _owner(q: FoundQuantity, made: list[tuple[EventMention, Token]]) -> EventMention | None:
        compatible = [
            (m, tok) for m, tok in made
            if m.type in KIND_FOR_TYPE.get(q.kind, VIOLENT_TYPES) or (q.kind == "weapons" and m.type == "THREATEN")
        ]  # fmt: skip
        if not compatible:
            return None
        for m, tok in compatible:
            if tok.i == q.anchor.i or _subtree_has(tok, q.anchor) or _subtree_has(q.anchor, tok):
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
            evidence=_evidence(sent),
            anaphoric=True,
            confidence=recent.confidence,
        )
        self.mentions.append(carried)
        carried.source = self._source(attribution(sent.root).source)
        return carried


def mention_confidence(
    actor: Party | None,
    target: Party | None,
    *,
    stated_date: bool,
    local_place: bool,
    pronoun_actor: bool,
    status: str,
) -> float:
    """How likely a mention is a correctly coded event, from what makes it checkable.

    Calibrated on the dev gold (tests/gold/README.md): mentions with both sides placed in a
    country were right about nine times in ten, those with one side about half the time, and
    actors read off a pronoun or plans of the future a third to a half less often.
    """

    def placed(party: Party | None) -> bool:
        return party is not None and bool(party.country or party.kind == "organisation")

    def implied(party: Party | None) -> bool:
        return party is not None and party.implied

    confidence = 0.4 + 0.2 * placed(actor) + 0.2 * placed(target)
    confidence += 0.05 * stated_date + 0.05 * local_place
    confidence -= 0.15 * pronoun_actor + 0.1 * (status in {"planned", "conditional"})
    confidence -= 0.05 * (implied(actor) or implied(target))
    return round(min(0.95, max(0.05, confidence)), 3)


def _own_object(verb: Token) -> bool:
    """The verb's object is the subject's own: "defended its decision", "upheld their rights"."""
    return any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in verb.children
    )


def _future(token: Token) -> bool:
    """A future auxiliary on the act, or on the verb of its noun: "will give", "would release",
    "will give Malawi a grant" (not "tried to force")."""
    nodes = [token, token.head] if token.pos_ == "NOUN" else [token]
    return any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would", "shall"} for n in nodes for c in n.children)


def _prep_object(head: Token, preposition: str) -> Token | None:
    """The object of a preposition on a word ("ambassador to Moscow", "recalled from Moscow")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _evidence(sent: Span) -> Evidence:
    """The sentence without surrounding white space, with offsets into the article."""
    text = sent.text
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    return Evidence(text.strip(), sent.start_char + lead, sent.end_char - trail)


def extract_mentions(doc: Doc, ctx: ArticleContext) -> list[EventMention]:
    """Sentence-level event mentions of one parsed article."""
    return MentionExtractor(doc, ctx).run()
