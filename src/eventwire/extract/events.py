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
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..nlp.doctext import doc_text, span_text
from ..records import EventDate, EventMention, Party, PlaceMention
from ..resolve.actors_index import actor_index
from ..resolve.name_rules import name_rules
from .actors import ActorResolver
from .arguments import trigger_arguments
from .dates import find_dates, is_calendar_day, stated_publication
from .event_dates import (
    after_relative_clause,
    announced,
    bounds_a_span,
    charged_on,
    clause_lead,
    dated_noun,
    day_of,
    days_before,
    incident_dates,
    is_violent_word,
    said_on,
)
from .known_persons import tag_known_persons
from .lexicon import load_actor_lexicon, load_triggers, people_words
from .mention_quantities import VIOLENT_TYPES, QuantityAttachment, sentence_evidence
from .modality import Attribution, attribution, is_negated, modality
from .prefilter import QUOTES, mostly_debris
from .quantities import CASUALTY_KINDS, sentence_quantities
from .role_words import load_role_words
from .rule_registry import RULES
from .rules import RuleContext, Stage, run_stage
from .shape import well_formed
from .tree import absorbed, core_span, in_cause_phrase, subtree_has, travelled_for
from .triggers import TriggerMatch, find_triggers, of_objects
from .words import lemma

# Acts one side does to another. Coded from a derived (PETRARCH2) pattern with one side missing,
# or from any new pattern or frame with no actor at all, they are mostly not events ("offered a
# timetable", "adopt the bills", "talks were suspended"): confidence says so.
RELATIONAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
     "CONCEDE"}
)  # fmt: skip
STORY_WEEK = 7  # days apart past which violence first dated later is background to the story's day
ONE_SIDED_DERIVED_CONFIDENCE = 0.2  # below the reportable floor even when two mentions merge
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
    # Names of role and status rules to skip (`extract/rule_registry.py`), to measure each one.
    disabled_rules: frozenset[str] = frozenset()


def _country_names_a_thing(root: Token, trigger: Token) -> bool:
    """ "waving Korean and US flags", "attacks on US targets": a country named before a thing
    outside the event's own phrase names whose it is, not where the event happened (not "the
    Lebanon border", actor_sectors.json `location_nouns`; nor people of the place, "Hong Kong
    protesters"; "the US drone strike" names the strike's side in its own phrase)."""
    modifier = root
    while modifier.dep_ == "conj" and modifier.head.i != modifier.i:
        modifier = modifier.head  # "Korean and US flags": the first of the modifiers
    if modifier.dep_ not in {"compound", "amod"}:
        return False
    thing = modifier.head
    while thing.dep_ in {"compound", "amod"} and thing.i != trigger.i:
        thing = thing.head
    if thing.i == trigger.i or thing.pos_ != "NOUN":
        return False
    named = modifier.head.lemma_.lower()
    lexicon = load_actor_lexicon()
    if named in people_words() or named in lexicon.head_nouns:
        return False  # "Hong Kong protesters", "Georgian police": people of the place, often in it
    return named not in lexicon.location_nouns


def _counterpart_not_scene(root: Token) -> bool:
    """ "freed five activists after talks with the United States", "signed a deal with Iran": a
    country one deals "with" is a side, not where anything happened ("the border with
    Turkmenistan", role_words.json `boundary_nouns`, is a place near it); so is one that does a
    passive's act ("a ceasefire brokered by Saudi Arabia")."""
    if root.dep_ != "pobj":
        return False
    if root.head.dep_ == "agent":
        return True
    if root.head.lower_ != "with":
        return False
    return root.head.head.lemma_.lower() not in load_role_words().boundary_nouns


def _owner_not_scene(root: Token, trigger: Token) -> bool:
    """ "Iran's response to the killing", "Iraq's oil minister said": a place that owns a thing or
    a person outside the event's phrase speaks of a party, not of where the event happened; so
    does one that names a mission or an agreement (role_words.json `place_named_things`)
    ("boycott Algeria's elections", "Russia's attack" own the event's own words; "Iran's Kerman
    province" is a place)."""
    if root.dep_ == "compound" and root.head.i != trigger.i:
        # "the Haiti mission", "the Minsk agreements": the place names a thing, not a scene.
        return root.head.lemma_.lower() in load_role_words().place_named_things
    if root.dep_ != "poss" or subtree_has(trigger, root.head):
        return False
    return root.head.lemma_.lower() not in load_actor_lexicon().location_nouns


def _charge_not_scene(root: Token, trigger: Token) -> bool:
    """ "Iran executed four men convicted of spying for Israel", "detained a man accused of
    smuggling weapons to Syria": a country inside what someone is accused, charged or convicted of
    (role_words.json `charge_clause_verbs`) is part of the charge, not where the event happened (a
    town in a charge, "charged with murder in the shooting on Elm Street", is where the crime was,
    as often as not in the same place)."""
    verbs = load_role_words().charge_clause_verbs
    act = False  # passed the act charged ("spying"), not only a preposition of the charge verb
    for up in list(root.ancestors)[:6]:
        if up.pos_ == "VERB" and up.lemma_.lower() in verbs:
            # "convicted of spying for Israel" (on the conviction too), not "convicted in Tehran"
            return act and (up.i == trigger.i or not subtree_has(up, trigger))
        if up.i == trigger.i:
            return False  # the event's own phrase
        act = act or up.pos_ == "VERB"
    return False


def _refuge_not_scene(root: Token, trigger: Token) -> bool:
    """ "Thousands of Rohingya fled to Bangladesh after the army offensive": the place a flight
    heads to (role_words.json `flight_verbs`, `flight_preps`) is the refuge, not where the act
    that drove people out happened."""
    words = load_role_words()
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words.flight_preps:
        return False
    verb = prep.head
    return verb.i != trigger.i and verb.pos_ == "VERB" and verb.lemma_.lower() in words.flight_verbs


def _in_span(place: PlaceMention, span: tuple[int, int]) -> bool:
    return span[0] <= place.start < span[1]


class MentionExtractor(QuantityAttachment):
    """Extracts EventMentions from one parsed article, sentence by sentence."""

    def __init__(self, doc: Doc, ctx: ArticleContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.triggers = load_triggers()
        place_by_start = {p.start: p for p in ctx.places}
        self.places = sorted(ctx.places, key=lambda p: p.start)
        # Without a given date, one the page states ("Published Saturday, March 31, 2018").
        self.published = ctx.published or stated_publication(doc_text(doc))
        # "Modi accused ...": dictionary people the model left untagged are persons (known_persons).
        placed = (doc.char_span(p.start, p.end, alignment_mode="expand") for p in ctx.places)
        tag_known_persons(doc, actor_index(), (t.i for span in placed if span is not None for t in span))
        # A person's role in the actor dictionary is the one held on the article's date.
        self.actors = ActorResolver(
            doc, load_actor_lexicon(), place_by_start, ctx.demonym, ctx.capital_country, published=self.published
        )
        self.dateline = self._dateline_place()
        self.mentions: list[EventMention] = []
        self.dropped: list[str] = []  # the rule that dropped each mention a rule dropped
        self._year_anchor: date | None = None
        # The last day a sentence stated and where: what "the day before" in a sentence shortly
        # after counts from (`ANCHOR_REACH`).
        self._last_day: tuple[date, int] | None = None
        self._first_stated: EventDate | None = None  # the first day a sentence stated something happened on

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
            if span_text(sent).strip() and not self._is_debris(sent):
                self._sentence(index, sent)
        return self.mentions

    def _is_debris(self, sent: Span) -> bool:
        """Captions, promos and other page debris are not reports of events."""
        return mostly_debris(sent, self.ctx.debris)

    def _sentence(self, index: int, sent: Span) -> None:
        if not any(t.pos_ for t in sent):
            # Left out of the parse by the prefilter: no trigger can match (no part of speech) and
            # it holds no figure (figure words select a sentence), but its people and days
            # still carry over to the sentences after it.
            self.actors.scan_sentence(sent, frozenset())
            self._dates(sent)
            return
        matches = find_triggers(sent, self.triggers)
        self.actors.scan_sentence(sent, frozenset(m.token.i for m in matches))
        quantities = sentence_quantities(sent)
        dates = self._dates(sent)
        inside = absorbed(matches)
        made: list[tuple[EventMention, Token]] = []
        for match in matches:
            if match.token.i in inside:
                continue
            mention = self._mention(index, sent, match, dates, matches)
            if mention is not None:
                mention.cause = in_cause_phrase(match.token)
                made.append((mention, match.token))
        self._attach_quantities(index, sent, made, quantities)
        for mention, token in made:
            # its victims stay its own (counted above); it only never merges with the other act
            mention.cause = mention.cause or _earlier_act(mention, token, made)
        for mention, _ in made:
            if mention.type == "OTHER" and not any(q.kind in CASUALTY_KINDS for q in mention.quantities):
                continue
            self.mentions.append(mention)

    def _dates(self, sent: Span) -> list[tuple[Token, EventDate]]:
        published = self.published
        out: list[tuple[Token, EventDate]] = []
        anchor = self._year_anchor
        last = self._last_day
        told_from = last[0] if last is not None and sent.start_char - last[1] <= ANCHOR_REACH else None
        found = find_dates(span_text(sent), published or anchor or date.today(), anchor=told_from)
        for start, end, resolved in found:
            if published is None and resolved.relative and not (anchor and is_calendar_day(resolved.text)):
                continue
            if resolved.precision == "day":
                self._last_day = (date.fromisoformat(resolved.value), sent.start_char + end)
            if not resolved.relative and resolved.precision == "day":
                # "On March 21, 2018, ... On March 22, the parliament": the stated year carries on.
                self._year_anchor = date.fromisoformat(resolved.value)
            span = self.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            # "last week" is a week, not a day: merging allows for it and a stated day wins.
            approximate = any(w in resolved.text.lower() for w in load_role_words().approximate_date_words)
            out.append(
                (span.root, EventDate(resolved.value, resolved.text, resolved.precision, approximate=approximate))
            )
        stated = incident_dates(out)
        if any(is_violent_word(t) for t in sent):
            # The days this sentence gives the violence it reports, for mentions that state none.
            first = not self._incident_days
            self._incident_days.extend(stated)
            if first and self._incident_days and not self._background(self._incident_days[0]):
                # Violent mentions before it (a headline) had only the publication day.
                day = self._incident_days[0]
                for mention in self.mentions:
                    if mention.type in VIOLENT_TYPES and mention.date is not None and mention.date.default:
                        mention.date = EventDate(day.value, day.text, day.precision, default=True)
        self._first_stated = self._first_stated or next(iter(stated), None)
        return out

    def _background(self, day: EventDate) -> bool:
        """Whether a day violence is first given is background to the story's day an earlier
        sentence stated: over a week apart ("the chase began Monday, March 12 ... he was accused
        of threatening to kill his father on Oct. 24"). Violent mentions before it keep the
        story's day; a day within the week is the same story's ("pronounced dead Monday ...
        found shot Friday")."""
        story = day_of(self._first_stated.value) if self._first_stated is not None else None
        told = day_of(day.value)
        return story is not None and told is not None and abs((story - told).days) > STORY_WEEK

    @property
    def _told_violence(self) -> bool:
        """Whether an earlier sentence of the report told of violence."""
        return any(m.type in VIOLENT_TYPES for m in self.mentions)

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
        violent_type: bool = False,
    ) -> EventDate | None:
        if is_violent_word(trigger):  # "shootings since Friday": the span's violence has no day of its own
            dates = [(tok, when) for tok, when in dates if not bounds_a_span(tok)]
        for tok, when in dates:
            if subtree_has(trigger, tok) and self._nearest_trigger(tok, trigger_tokens) == trigger.i:
                if tok.dep_ in {"nummod", "compound", "amod"} and tok.head.i != trigger.i:
                    continue  # "a 2015 nuclear deal": a year describing a thing, not the event
                return when
        for tok, when in dates:
            noun = dated_noun(tok)
            if noun is not None and noun.i == trigger.i:
                # "investigating two shootings Monday night": the parser hung the day on the
                # verb, but it follows the noun and dates it.
                return when
        shared = _shared_conjunct_day(trigger, dates, trigger_tokens)
        if shared is not None:
            return shared
        violent = violent_type or is_violent_word(trigger)
        if violent and trigger.dep_ in {"relcl", "acl"}:
            closing = after_relative_clause(trigger, dates)
            if closing is not None:
                return closing
        # Walk up clausal links only ("voted on Sunday to demand"), not through prepositions; violence
        # the report told of before does not take the day right after a telling ("police said
        # Wednesday they believe the victim was targeted"), but does one the parser hung on the
        # telling ("shot Wednesday evening, police said").
        node, lead, interval = trigger, 0, ""
        while (governor := _clausal_governor(node)) is not None:
            # "died Monday, three days after she was shot": the shooting came three days before
            days, measured = clause_lead(node)
            lead, interval = lead + days, interval or measured
            node = governor
            for tok, when in dates:
                if _hangs_on(tok, node):
                    if violent and (self._news_day(tok) or (said_on(tok) and trigger.i < node.i)):
                        # The report told of violence before, or the day follows a past verb of
                        # telling after the violence ("struck by a pellet last week, an official
                        # said Wednesday"): its day is elsewhere.
                        continue
                    return days_before(when, lead, interval)
        host = _host_verb(trigger)
        if host is not None:
            # An event noun as the subject, or as the agent of a passive, takes its verb's day ("a
            # car crash killed two on Saturday", "a man was killed by gunfire Saturday evening").
            for tok, when in dates:
                if _hangs_on(tok, host):
                    if violent and self._news_day(tok):
                        continue  # "The death was ruled a homicide after an autopsy Thursday"
                    return when
        protest_day = _protest_day_of_object(trigger, dates)
        if protest_day is not None:
            return protest_day
        # A robbery or a home invasion is violence too: "police said Wednesday" is not its day.
        if violent:
            # "A man was shot Monday, police said Tuesday": the violence's day, not the telling's.
            own = incident_dates(dates) if len(trigger_tokens) == 1 else []
            if own:
                return own[0]
        if att.verb is not None and not violent:
            for tok, when in dates:
                if _hangs_on(tok, att.verb):
                    return when
        for tok, when in dates:
            owner = self._nearest_trigger(tok, trigger_tokens)
            owner_tok = self.doc[owner] if owner is not None else None
            if (
                owner_tok is not None
                and owner_tok.dep_ == "pobj"
                and owner_tok.head.lower_ in load_role_words().adjunct_time_preps
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

    def _news_day(self, tok: Token) -> bool:
        """Whether a date phrase is a day of telling, charging or news-making ("police said
        Wednesday", "was ruled a homicide after an autopsy Thursday") in a report that told of
        violence before: that violence's day is elsewhere. Before any, a day the parser hung on a
        telling may be the violence's ("shot Wednesday evening, police said"). Not a day of police
        action ("arrested on Jan. 6 after he pointed a gun": that day's)."""
        return (bool(self._incident_days) or self._told_violence) and (said_on(tok) or charged_on(tok))

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
        things = 0  # countries that only name whose a thing is or a charge's, and refuges
        for place in list(usable):
            span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if (
                root is not None
                and place.precision == "country"
                and (
                    _country_names_a_thing(root, trigger)
                    or _charge_not_scene(root, trigger)
                    or _counterpart_not_scene(root)
                )
            ):
                usable.remove(place)
                things += 1
                continue
            if span is not None and _refuge_not_scene(span.root, trigger):
                usable.remove(place)
                things += 1  # the refuge is the report's focus as often as not: no guess from it
                continue
            if span is not None and _owner_not_scene(span.root, trigger):
                usable.remove(place)
                continue
            if self._attached(trigger, place):
                attached.append(place)
        para_start = max(doc_text(self.doc).rfind("\n", 0, sent.start_char), self._sentence_start(sent, back=2))
        earlier = [p for p in self.places if para_start <= p.start < sent.start_char and p.kind == "toponym"]
        # "attacks on US targets": a sentence whose only places name whose a thing
        # is takes a place the paragraph named before it, not the report's focus (a guess).
        fallback = None if things and not usable else self.dateline or self.focus
        return event_location(attached, usable, earlier, fallback, trigger.idx)

    def _attached(self, trigger: Token, place: PlaceMention | None) -> bool:
        """Whether a place hangs in the trigger's phrase behind a locative preposition ("struck
        positions in southern Khartoum", "In El Geneina, armed men attacked")."""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand") if place is not None else None
        if span is None or not subtree_has(trigger, span.root):
            return False
        head = span.root.head
        if span.root.dep_ in {"compound", "amod", "nmod"} and head.lower_ in name_rules().area_words:
            head = head.head  # "in the Kherson region", "in Mali's Mopti region": the area's preposition
        return head.lower_ in load_role_words().locative_preps | {"-"}

    def _scene_of(self, trigger: Token, place: PlaceMention | None) -> bool:
        """Whether a place is the scene the trigger's own phrase states (`EventMention.place_attached`):
        attached to it (`_attached`), or fronted before the first of coordinated verbs ("In the
        coastal city of Mombasa, demonstrators blocked roads and clashed with police")."""
        if place is None or self._attached(trigger, place):
            return place is not None
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if trigger.dep_ != "conj" or span is None:
            return False
        first, locative = trigger.head, load_role_words().locative_preps
        for up in list(span.root.ancestors)[:4]:
            if up.dep_ == "prep" and up.lower_ in locative:
                return up.head.i == first.i and up.i < first.i
        return False

    def _sentence_start(self, sent: Span, back: int) -> int:
        index = next((i for i, s in enumerate(self.sentences) if s.start == sent.start), 0)
        return self.sentences[max(0, index - back)].start_char

    @property
    def focus(self) -> PlaceMention | None:
        """The article's main place (`resolve.focus.article_focus`)."""
        from ..resolve.focus import article_focus  # imported here: the method's body is the resolve helper's

        return article_focus(self.places)

    def party(self, head: Token | None, speaker: Party | None) -> Party | None:
        """The party a head token names (the speaker resolves "we" and "our")."""
        if head is None:
            return None
        if head.pos_ == "NOUN":
            # "a fellow US ally in the Gulf, Qatar", "EU countries - Austria, Slovakia": the named
            # apposition says who.
            # The apposition may hang on the noun or on its place modifier ("ally in the Gulf, Qatar"),
            # unless the noun says who by itself: "villagers in Zamfara state, Nigeria" are villagers,
            # and the apposition is their place's country.
            holders = [head]
            if head.lemma_.lower() not in load_actor_lexicon().head_nouns:
                holders += [g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            for holder in holders:
                for app in (c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                    named = self.actors.resolve(app, speaker)
                    if named is None or not named.country or named.kind != "country":
                        continue
                    if holder is not head and self._placed_in(holder, named.country):
                        continue  # "a school in Mandera, Kenya": the town's country, an address
                    return named
        for tok in [head, *head.conjuncts]:
            party = self.actors.resolve(tok, speaker)
            if party is not None and (party.country or party.name or party.sector):
                return party
        return None

    def _placed_in(self, token: Token, country: str) -> bool:
        """Whether the token names a place below country level in that country ("Mandera")."""
        return any(
            p.start <= token.idx < p.end and p.country == country and p.precision != "country" for p in self.places
        )

    def _source(self, head: Token | None) -> Party | None:
        """A source needs no country: "state TV", "the military", "a senior official"."""
        if head is None:
            return None
        party = self.party(head, None)
        if party is not None:
            return party
        tokens = self.actors.phrase_tokens(head)
        text = doc_text(self.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        sector = load_actor_lexicon().head_nouns.get(head.lemma_.lower())
        return Party(text, None, None, sector, "unknown")

    def _quote_attribution(self, index: int, sent: Span) -> Attribution:
        """A quoted sentence with no reporting verb takes the one that closes the quotation
        ('"Their bases will be targeted ..." state TV cited the Guards as saying.')."""
        if span_text(sent).lstrip()[:1] not in QUOTES:
            return Attribution(None, None, None)
        for later in self.sentences[index + 1 : index + 4]:
            att = attribution(later.root)
            if att.verb is not None:
                return att
            if any(q in span_text(later) for q in QUOTES):
                break
        return Attribution(None, None, None)

    def place_at(self, head: Token | None) -> PlaceMention | None:
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
                if place.precision == "region" and self.actors.lexicon.organisation(place.text) is not None:
                    return None  # "criticized the EU": a union of states named as a side is that body
                return place
        return None

    def demonym(self, text: str) -> str | None:
        """The country a demonym ("Chinese") names, from the gazetteer."""
        return self.ctx.demonym(text)

    def noun_sector(self, noun: str) -> str | None:
        """The sector a bare people noun names, from the actor lexicons."""
        return self.actors.noun_sector(noun)

    def _rule_context(self, index: int, sent: Span, match: TriggerMatch, matches: list[TriggerMatch]) -> RuleContext:
        """The mention's record before any rule: arguments, attribution, speaker and source."""
        trig, token = match.trigger, match.token
        att = attribution(token)
        if att.verb is None:
            att = self._quote_attribution(index, sent)
        speaker = self.party(att.speaker, None) if att.speaker is not None else None
        if speaker is None and att.verb is not None and trig.pos == "ADJ":
            # '"The analysis shows that Russia is responsible," Cerar said': the one who says it.
            outer = attribution(att.verb)
            if outer.verb is not None and outer.speaker is not None:
                att = outer
                speaker = self.party(att.speaker, None)
        source = self._source(att.source)
        return RuleContext(self, sent, match, matches, trigger_arguments(match), att, speaker, source, trig.type,
                           match.mode, rules=[f"pattern:{trig.id}"])  # fmt: skip

    def _stage(self, stage: Stage, ctx: RuleContext) -> RuleContext:
        """Run one stage of the registry's rules; note the rule that drops the mention, if one does."""
        ctx = run_stage(RULES, stage, ctx, self.ctx.disabled_rules)
        if ctx.drop:
            self.dropped.append(ctx.rules[-1])
        return ctx

    def _mention(
        self,
        index: int,
        sent: Span,
        match: TriggerMatch,
        dates: list[tuple[Token, EventDate]],
        matches: list[TriggerMatch],
    ) -> EventMention | None:
        """The mention of one trigger, shaped by the rule stages (`extract/rule_registry.py`)."""
        token = match.token
        ctx = self._stage("subject", self._rule_context(index, sent, match, matches))
        if ctx.drop:
            return None
        ctx.actor = self.party(ctx.args.actor, ctx.speaker)
        ctx = self._stage("actor", ctx)
        if ctx.drop:
            return None
        ctx.place_target = self.place_at(ctx.args.target)
        ctx.target = None if ctx.place_target is not None else self.party(ctx.args.target, ctx.speaker)
        ctx = self._stage("roles", ctx)
        if not well_formed(match, ctx.args, ctx.target, matches):
            return None
        ctx = self._stage("speech", ctx)
        ctx.mood, ctx.negated = modality(token), is_negated(token)
        ctx = self._stage("status", ctx)
        if ctx.drop:
            return None
        ctx.status = ctx.status or "asserted"
        ctx = self._stage("claim", ctx)
        exclude = [core_span(ctx.args.actor), core_span(ctx.args.target if ctx.place_target is None else None)]
        ctx.location = ctx.place_target or self._location_for(sent, token, exclude)
        ctx = self._stage("place", ctx)
        violent_type = match.trigger.type in VIOLENT_TYPES
        when = self._date_for(token, ctx.att, dates, {m.token.i for m in matches}, violent_type)
        if when is not None and not when.default and self._historical(when):
            return None
        location = ctx.location
        ctx.local = location is not None and sent.start_char <= location.start < sent.end_char
        ctx = self._stage("parties", ctx)
        return None if ctx.drop else self._built(index, ctx, when)

    def _built(self, index: int, ctx: RuleContext, when: EventDate | None) -> EventMention:
        """The mention a shaped record makes, with its confidence."""
        trig, token, args, actor = ctx.match.trigger, ctx.token, ctx.args, ctx.actor
        status = ctx.status or "asserted"
        confidence = mention_confidence(
            actor,
            ctx.target,
            stated_date=when is not None and not when.default,
            local_place=ctx.local,
            # "Syria says it will not accept ...": a pronoun that stands for the speaker is read reliably.
            pronoun_actor=args.actor is not None
            and args.actor.pos_ == "PRON"
            and "claimed-by-own-side" not in ctx.rules,
            status=status,
            own_forces="deployed-forces-are-the-deployers" in ctx.rules,
        )
        # A named side's refusal needs no counterpart ("Syria will not accept more refugees").
        refusal = "refusal-is-reject" in ctx.rules
        if (trig.origin != "hand" and actor is None) or (
            trig.origin == "petrarch2" and ctx.event_type in RELATIONAL_TYPES and ctx.target is None and not refusal
        ):
            confidence = min(confidence, ONE_SIDED_DERIVED_CONFIDENCE)
            ctx.rules.append("one-sided-new-pattern-doubt")
        return EventMention(
            type=ctx.event_type,
            mode=ctx.mode,
            trigger=token.text,
            trigger_start=token.idx,
            sentence_index=index,
            actor=actor,
            target=ctx.target,
            location=ctx.location,
            place_attached=self._scene_of(token, ctx.location),
            date=when,
            status=status,
            source=ctx.source,
            quantities=[],
            evidence=sentence_evidence(ctx.sentence),
            anaphoric=actor is None and ctx.target is None and ctx.event_type != "OTHER",
            confidence=min(confidence, 0.95),
            rules=tuple(ctx.rules),
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


ANCHOR_REACH = 400
"""Characters back from a sentence within which a stated day is what its "the day before" counts
from: a day told paragraphs earlier (another entry of a police log) is no anchor."""


def _earlier_act(mention: EventMention, trigger: Token, made: Sequence[tuple[EventMention, Token]]) -> bool:
    """ "A mob set fire to a police station after a suspect died in custody": an act of another
    type told in a clause of sequence (role_words.json `sequence_markers`) on a trigger of its
    sentence came before or after that act, and is no part of it (the death is not the mob's).
    One of the same type may well be ("two people were killed after a bomb exploded")."""
    if trigger.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in load_role_words().sequence_markers for c in trigger.children
    ):
        return False
    return any(token.i == trigger.head.i and other.type != mention.type for other, token in made)


def _host_verb(trigger: Token) -> Token | None:
    """The verb an event noun is the subject of ("a car crash killed two"), or the agent of
    ("was killed by gunfire"): the verb's act is the noun's. So is the trip of the travellers who
    hold it ("arrived in Cairo on Tuesday for talks": role_words.json `purpose_preps` after a
    travel verb of event_words.json): the talks are held on the day of arrival."""
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i != trigger.i:
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent" and trigger.head.head.i != trigger.head.i:
        return trigger.head.head
    return travelled_for(trigger)


def _clausal_governor(node: Token) -> Token | None:
    """The clause a verb hangs on, for its day: through clausal links, and through a preposition
    to an act that is no violence of its own ("went home Monday night after getting shot": the
    going's day). A death ("died Tuesday after being shot"), a state ("was in critical condition
    Monday") or "since" tells nothing of the shooting's day."""
    if node.head.i == node.i:
        return None
    if node.dep_ in {"xcomp", "conj", "ccomp", "advcl", "relcl"}:
        return node.head
    prep, verb = node.head, node.head.head
    if node.dep_ != "pcomp" or prep.dep_ != "prep" or verb.i == prep.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if prep.lower_ in load_role_words().earlier_time_preps or verb.lemma_ == "be" or is_violent_word(verb):
        return None
    return verb


def _hangs_on(date_token: Token, node: Token) -> bool:
    """Whether a date phrase modifies `node`: directly, through a preposition ("on Tuesday"), or
    set by the parser beside a noun of a prepositional phrase that does ("killed at an
    intersection in Joliet, Illinois, Tuesday evening": the day is the killing's, not Joliet's).
    A violent noun on the way owns the day itself ("arrested in connection with a shooting
    Tuesday")."""
    head = date_token.head
    if head.i == node.i or (head.dep_ == "prep" and head.head.i == node.i):
        return True
    if date_token.dep_ not in {"appos", "npadvmod"} or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
        if is_violent_word(head):
            return False
        head = head.head.head
        if head.i == node.i:
            return True
    return False


def _protest_day_of_object(trigger: Token, dates: Sequence[tuple[Token, EventDate]]) -> EventDate | None:
    """ "fired tear gas to disperse students protesting against the law in Dhaka on Tuesday": the
    people acted on were protesting on that day, and the act on them was done at their protest
    (role_words.json `protesting_verbs`); "arrested a man who killed his wife on Monday" keeps the
    killing's day to the killing."""
    verbs = load_role_words().protesting_verbs
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in of_objects(o)]
    for obj in objects:  # "arrested dozens of students who marched": the students
        for clause in (c for c in obj.children if c.dep_ in {"acl", "relcl"} and lemma(c) in verbs):
            for tok, when in dates:
                if subtree_has(clause, tok) and _hangs_on(tok, clause):
                    return when
    return None


def _shared_conjunct_day(
    trigger: Token, dates: Sequence[tuple[Token, EventDate]], trigger_tokens: set[int]
) -> EventDate | None:
    """The day the parser hung on the last of two coordinated verbs that share one subject: "a
    woman was shot and wounded Friday" dates the shooting too. A conjunct with a subject of its
    own ("was shot Thursday and he died Friday") keeps its day to itself."""
    for tok, when in dates:
        conj = next((n for n in [tok, *tok.ancestors] if n.i in trigger_tokens), None)
        if (
            conj is not None
            and conj.dep_ == "conj"
            and conj.head.i == trigger.i
            and tok.i > conj.i
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
        ):
            return when
    return None


def mention_confidence(
    actor: Party | None,
    target: Party | None,
    *,
    stated_date: bool,
    local_place: bool,
    pronoun_actor: bool,
    status: str,
    own_forces: bool = False,
) -> float:
    """How likely a mention is a correctly coded event, from what makes it checkable.

    Calibrated on the dev gold (tests/gold/README.md): mentions with both sides placed in a
    country were right about nine times in ten, those with one side about half the time, and
    actors read off a pronoun or plans of the future a third to a half less often. A pronoun
    actor with no placed target is the least checkable reading: of the dev events whose actor
    was a pronoun, 6 of 8 were wrong, all but one of those with no placed target ("It is working to
    freeze the assets of a fugitive banker"); such a mention stays below the reportable floor
    (`extractor.REPORTABLE_CONFIDENCE`) unless another sentence reports the event too. A side's
    deployment of its own forces (`own_forces`) is placed by those forces when no other side is
    named: PLOVER codes such a mobilisation with no target.
    """

    def placed(party: Party | None) -> bool:
        return party is not None and bool(party.country or party.kind == "organisation")

    def implied(party: Party | None) -> bool:
        return party is not None and party.implied

    confidence = 0.4 + 0.2 * placed(actor) + 0.2 * (placed(target) or own_forces)
    confidence += 0.05 * stated_date + 0.05 * local_place
    confidence -= 0.15 * pronoun_actor + 0.1 * (status in {"planned", "conditional"})
    confidence -= 0.1 * (pronoun_actor and not (placed(target) or own_forces))
    confidence -= 0.05 * (implied(actor) or implied(target))
    return round(min(0.95, max(0.05, confidence)), 3)


def extract_mentions(doc: Doc, ctx: ArticleContext) -> list[EventMention]:
    """Sentence-level event mentions of one parsed article."""
    return MentionExtractor(doc, ctx).run()
