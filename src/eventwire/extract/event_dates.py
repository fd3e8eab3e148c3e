"""When the violence happened, as opposed to when it was reported, charged or announced.

Crime copy dates its news twice: "A man was shot Monday night ... police said Tuesday ... a
suspect was charged Wednesday". The incident's day is a date phrase on the violent act or on a
sentence that reports it, not one hanging on a verb of telling, charging or identifying
(date_words.json `announcement_verbs`). A violent mention without a date of its own takes the
incident day stated last in the report before it, else the first one after a dateline.

A violent event that no sentence about violence dates at all ("The bodies of two people were found
at about 1 p.m. Wednesday", "the alleged crime took place on Saturday morning", "A man was arrested
Tuesday after a shootout") takes the report's day (`report_day`): the first day the report states
for something that happened, not one of telling or charging, instead of the publication day. Local
news tells first when its story happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_json, string_list
from ..errors import DataFileError
from ..nlp.doctext import span_text
from ..records import Event, EventDate
from .dates import DATA_FILE, find_dates, is_calendar_day, load_date_words, resolve_date
from .numbers import parse_quantity
from .prefilter import mostly_debris
from .tree import rush
from .victims import load_casualty_words


def _word_section(key: str, field: str) -> frozenset[str]:
    """The lower-cased words of date_words.json's `key` section, listed under `field`."""
    section = read_json(DATA_FILE).get(key)
    if not isinstance(section, dict):
        raise DataFileError(f"{DATA_FILE}: {key!r} must be an object with {field!r}")
    return frozenset(w.lower() for w in string_list(DATA_FILE, section.get(field), f"{key}.{field}"))


@cache
def announcement_verbs() -> frozenset[str]:
    """Lemmas of verbs whose dates are news-making dates (date_words.json)."""
    return _word_section("announcement_verbs", "lemmas")


def is_violent_word(tok: Token) -> bool:
    """A word that reports the violence itself ("shot", "killed", "died", "shooting")."""
    lex = load_casualty_words()
    lemma = tok.lemma_.lower()
    return lemma in lex.verbs or lemma in lex.dying_verbs or lemma in lex.death_nouns or lemma in lex.violence_words


@cache
def acting_verbs() -> frozenset[str]:
    """Lemmas of the announcement verbs of police action on the incident ("arrested", "investigating";
    date_words.json)."""
    return _word_section("acting_verbs", "lemmas")


def announced(date_token: Token) -> bool:
    """Whether a date phrase hangs on a verb of telling or charging ("police said Monday")."""
    return announcing_verb(date_token) is not None


def announcing_verb(date_token: Token) -> Token | None:
    """The verb of telling or charging a date phrase hangs on, if any; none when the phrase
    follows a noun of violence ("an attempted robbery late Tuesday night"; see `dated_noun`), or
    comes with a clock time on a verb of telling (`timed`). A clock time does not make a day of
    police action the violence's ("were booked around 1:15 a.m. Tuesday on counts of robbery")."""
    if dated_noun(date_token) is not None:
        return None
    told = _telling_before(date_token)
    if told is not None and not timed(date_token):
        return told  # "Officer Calonge said Tuesday police have no motive", however it is parsed
    found = _news_word(date_token)
    if found is None:
        return None
    node, telling = found
    return None if telling and timed(date_token) else node


def after_relative_clause(clause: Token, dates: Sequence[tuple[Token, EventDate]]) -> EventDate | None:
    """The date phrase right after a relative clause that the parser hung on the verb the clause's
    noun is the subject of: "A man who was fatally shot in Denver on Wednesday night has been
    identified" dates the shooting, not the identifying. Only a phrase between the clause and that
    verb: one after the verb ("has been identified Thursday") is the verb's."""
    edge = clause.right_edge.i
    for tok, when in dates:
        anchor = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
        start = min(anchor.i, tok.left_edge.i)
        if start == edge + 1 and anchor.head.i > tok.i and anchor.head.i != clause.i:
            return when
    return None


_DAYS_IN = {"day": 1, "week": 7}  # the units of date_words.json `ago_units` that count whole days


def clause_lead(clause: Token) -> tuple[int, str]:
    """Days a clause's act came before the clause it hangs on, by a measured "after" or "before",
    and the words that measure them ("died Monday, three days after she was shot": 3, "three days
    after"; "a day before he was arrested": -1); (0, "") when the clause measures no interval."""
    if clause.dep_ != "advcl":
        return 0, ""
    marker = next((c for c in clause.children if c.dep_ == "mark"), None)
    words = load_date_words()
    direction = words.count_directions.get(marker.lower_ if marker is not None else "")
    units = {w for w, unit in words.ago_units.items() if unit in _DAYS_IN}
    measure = next((c for c in clause.children if c.dep_ == "npadvmod" and c.lower_ in units), None)
    if marker is None or direction is None or measure is None or not measure.i < marker.i < clause.i:
        return 0, ""
    count = next((c for c in measure.children if c.dep_ == "nummod"), None)
    if count is not None:
        quantity = parse_quantity(count.text)
        number = quantity.value if quantity is not None and isinstance(quantity.value, int) else 0
    else:
        number = int(any(c.lower_ in {"a", "an", "one"} for c in measure.children))
    first = min([measure.i, *(c.i for c in measure.children)])
    days = number * _DAYS_IN[words.ago_units[measure.lower_]] * direction
    return days, span_text(clause.doc[first : marker.i + 1])


def days_before(when: EventDate, days: int, interval: str) -> EventDate:
    """A stated day moved this many days back, told with the interval ("three days after" on
    Monday's death: Friday, "Monday, three days after"); a vaguer date stays as it is."""
    if days == 0 or when.precision != "day":
        return when
    day = day_of(when.value)
    if day is None:
        return when
    return replace(when, value=(day - timedelta(days=days)).isoformat(), text=f"{when.text}, {interval}")


def charged_on(date_token: Token) -> bool:
    """Whether a date phrase hangs on a verb of charging or finding ("was charged Tuesday with
    stabbing him", "was ruled a homicide Tuesday"; date_words.json `charging_verbs`) or on a noun
    of news-making ("after an autopsy Tuesday"): a later step than the violence, whatever the
    parse. Not a verb of saying ("Early Sunday, a resident said he shot someone" may date the
    shooting) nor police action ("arrested on Jan. 6 after he pointed a gun")."""
    verb = announcing_verb(date_token)
    return verb is not None and (verb.pos_ == "NOUN" or verb.lemma_.lower() in charging_verbs())


@cache
def charging_verbs() -> frozenset[str]:
    """Lemmas of verbs of charging and finding (date_words.json)."""
    return _word_section("charging_verbs", "lemmas")


def said_on(date_token: Token) -> bool:
    """Whether a date phrase comes right after a past verb of telling ("police said Wednesday they
    believe the victim was targeted"), with no clock time: the telling's day, whatever the parse."""
    return _telling_before(date_token) is not None and not timed(date_token)


def _telling_before(date_token: Token) -> Token | None:
    """A past verb of telling right before a date phrase ("said Tuesday"), not one before a day
    that owns a noun ("said Tuesday's shooting")."""
    phrase = [t for t in date_token.subtree if t.i <= date_token.i] or [date_token]
    doc, first = date_token.doc, phrase[0].i
    if first <= date_token.sent.start:
        return None  # "..., police said. Tuesday, a man was shot": another sentence's telling
    verb = doc[first - 1]
    after = doc[date_token.i + 1] if date_token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in {"'s", "’s"}:
        return None
    lemma = verb.lemma_.lower()
    telling = lemma in announcement_verbs() and lemma not in acting_verbs() and verb.tag_ in _PAST_TAGS
    return verb if telling and not is_violent_word(verb) else None


def _news_word(date_token: Token) -> tuple[Token, bool] | None:
    """The word of news-making a date phrase hangs on within three steps, and whether it is a plain
    verb of telling (not police action, not a noun of news-making)."""
    node = date_token
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in announcement_nouns():
            return node, False  # "at his arraignment Monday", "after an autopsy Thursday"
        if node.pos_ in {"VERB", "AUX"} and _made_news(node):
            return node, False  # "an arrest was made Friday", "police made an arrest Friday"
        if node.pos_ in {"VERB", "AUX"}:
            if rush(node):
                return None  # "a man who charged at him with a knife Saturday": a rush, no charge
            lemma = node.lemma_.lower()
            # "detectives say they have video of him firing at the building on Jan. 20": a telling in
            # the present tense attributes the story and has no day of its own.
            present = node.tag_ in _PRESENT_TAGS
            if (
                lemma in announcement_verbs()
                and not present
                and not is_violent_word(node)
                and not _reported_itself(node)
            ):
                return node, lemma not in acting_verbs()
            return None
    return None


_PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def dated_noun(date_token: Token) -> Token | None:
    """The noun of violence a date phrase directly follows, past a time of day: "police sought
    leads into a robbery late Tuesday night", "are investigating a shooting about 10 p.m. Friday".
    The parser often hangs such a phrase on the clause's verb; next to the noun, it dates the
    noun. So with a verb of violence or of happening ("that happened about 7 p.m. Saturday,
    deputies reported"; date_words.json `occurrence_verbs`). Not when a past verb of telling or
    charging governs the noun ("was charged in the shooting Monday": the charging's day as likely
    as the shooting's)."""
    phrase = [t for t in date_token.subtree if t.i <= date_token.i]
    if not phrase or date_token.pos_ not in {"PROPN", "NOUN"}:
        return None
    following = _violent_noun_after(date_token)
    if following is not None:
        return following  # "the Thursday night shooting", "a Saturday armed robbery"
    i = phrase[0].i - 1
    skipped = 0
    while i >= 0 and skipped < 6 and _time_word(date_token.doc[i]):
        i, skipped = i - 1, skipped + 1
    if i < 0:
        return None
    noun = date_token.doc[i]
    if noun.pos_ == "VERB" and (is_violent_word(noun) or noun.lemma_.lower() in occurrence_verbs()):
        return noun  # "the shooting that happened shortly after 7 p.m. Saturday, deputies reported"
    noun = _violence_told_of(noun) or noun
    if noun.pos_ != "NOUN" or not is_violent_word(noun):
        return None
    governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
    telling = governor.lemma_.lower() in announcement_verbs() and governor.tag_ in _PAST_TAGS
    return None if telling and not is_violent_word(governor) else noun


_PAST_TAGS = frozenset({"VBD", "VBN"})
_TOLD_OF_PREPS = frozenset({"of", "in", "at", "near", "outside", "on"})


def _violence_told_of(noun: Token) -> Token | None:
    """The noun of violence whose victim or place a noun before a date phrase is: "the shooting
    death of his cousin Thursday night", "the fatal shooting of a woman in the Ensley
    neighborhood on March 2" (the date tells the violence, not the cousin or the neighbourhood)."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in _TOLD_OF_PREPS:
            return None
        node = node.head.head
        if node.pos_ == "NOUN" and is_violent_word(node):
            return node
        if node.pos_ not in {"NOUN", "PROPN"}:
            return None
    return None


def _violent_noun_after(date_token: Token) -> Token | None:
    """The noun of violence or of the happening (`incident_nouns`) a date phrase modifies from
    before it, past adjectives ("a Saturday armed robbery", "the Friday afternoon incident"); the
    parser may tag "shooting" there as a verb."""
    doc = date_token.doc
    i = date_token.i + 1
    while i < len(doc) and doc[i].head.i == date_token.i and doc[i].ent_type_ in {"DATE", "TIME"}:
        i += 1  # "the Feb. 27 shooting death": past the day's number that hangs on its month
    parts = load_date_words().parts_of_day  # "the Friday afternoon incident": the phrase's own part of day
    while i < len(doc) and i - date_token.i <= 3 and (doc[i].pos_ == "ADJ" or doc[i].lower_ in parts):
        i += 1
    if i >= len(doc) or not (is_violent_word(doc[i]) or doc[i].lemma_.lower() in incident_nouns()):
        return None
    tok = doc[i]
    return tok if tok.pos_ == "NOUN" or tok.tag_ == "VBG" else None


_CLOCK_REACH = 5  # tokens either side of a date phrase where its time of day is written


def timed(date_token: Token) -> bool:
    """Whether a date phrase comes with a clock time ("On Monday, at approximately 6:12 p.m., the
    police said it responded"; "on Wednesday, Jan. 22, around 9:30 p.m."): a day told to the minute
    is when something happened, not when the news was told, whatever verb the parser hangs it on."""
    subtree = list(date_token.subtree)
    sent = date_token.sent
    lo = max(sent.start, min(t.i for t in subtree) - _CLOCK_REACH)
    hi = min(sent.end, max(t.i for t in subtree) + 1 + _CLOCK_REACH)
    return any(_clock(t) for t in date_token.doc[lo:hi])


def _clock(tok: Token) -> bool:
    lower = tok.lower_
    return lower in clock_words() or (len(lower) in (4, 5) and lower[-3] == ":" and lower.replace(":", "").isdigit())


def _time_word(tok: Token) -> bool:
    """A word of a time of day between an event noun and its date ("about 10:30 p.m.")."""
    lower = tok.lower_
    return tok.like_num or lower in load_time_words() or (":" in lower and any(c.isdigit() for c in lower))


@cache
def incident_nouns() -> frozenset[str]:
    """Lemmas of nouns a report calls its happening by ("incident"; date_words.json)."""
    return _word_section("incident_nouns", "lemmas")


@cache
def occurrence_verbs() -> frozenset[str]:
    """Lemmas of verbs of happening ("happened", "occurred"; date_words.json)."""
    return _word_section("occurrence_verbs", "lemmas")


@cache
def clock_words() -> frozenset[str]:
    """Words of a clock time ("p.m.", "noon"; date_words.json `clock_words`)."""
    return _word_section("clock_words", "words")


@cache
def load_time_words() -> frozenset[str]:
    """Words of a time of day ("about", "p.m."; date_words.json `time_of_day_words`)."""
    return _word_section("time_of_day_words", "words")


def _made_news(verb: Token) -> bool:
    """A verb whose subject or object is a noun of news-making ("an arrest was made")."""
    return any(
        c.dep_ in {"nsubjpass", "dobj", "nsubj"} and c.pos_ == "NOUN" and c.lemma_.lower() in announcement_nouns()
        for c in verb.children
    ) and not is_violent_word(verb)


@cache
def announcement_nouns() -> frozenset[str]:
    """Nouns of news-making whose day is not the violence's ("his arraignment Monday", date_words.json)."""
    return _word_section("announcement_nouns", "lemmas")


def _reported_itself(verb: Token) -> bool:
    """ "A shooting was reported Monday night": the violence is the passive subject of the telling,
    whose day is the day it happened (a call to the police), not a later announcement. Only for
    verbs of a call about the violence (date_words.json `reporting_verbs`): "His death was ruled a
    homicide after an autopsy Tuesday" is a finding made after it."""
    return verb.lemma_.lower() in reporting_verbs() and any(
        c.dep_ == "nsubjpass" and is_violent_word(c) for c in verb.children
    )


@cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas of announcement verbs whose violent passive subject is dated by them ("a shooting
    was reported Monday"; date_words.json)."""
    return _word_section("reporting_verbs", "lemmas")


def incident_dates(dates: list[tuple[Token, EventDate]]) -> list[EventDate]:
    """The day-precision dates of a sentence that can be an incident's day."""
    return [
        when
        for tok, when in dates
        if when.precision == "day" and not when.approximate and not announced(tok) and not bounds_a_span(tok)
    ]


def bounds_a_span(date_token: Token) -> bool:
    """Whether a date phrase opens or closes a span of days ("shootings since Friday afternoon",
    "a rash of robberies starting Wednesday night", "no arrests as of Monday"): the span's
    violence has no day of its own."""
    first = min(t.i for t in date_token.subtree if t.i <= date_token.i)
    doc, words = date_token.doc, span_words()
    one = doc[first - 1].lower_ if first > 0 else ""
    two = f"{doc[first - 2].lower_} {one}" if first > 1 else ""
    if one in words or two in words:
        return True
    opener = span_closers().get(one)  # "between last Wednesday and Friday": Friday closes the span
    start = max(date_token.sent.start, first - 1 - _SPAN_REACH)
    return opener is not None and any(doc[i].lower_ == opener for i in range(start, first - 1))


_SPAN_REACH = 5  # words back from a span's closing word to its opening word


@cache
def span_closers() -> dict[str, str]:
    """Words before a date that close a span an earlier word opened ("and" after "between";
    date_words.json `span_words.closers`)."""
    section = read_json(DATA_FILE).get("span_words")
    closers = section.get("closers") if isinstance(section, dict) else None
    if not isinstance(closers, dict):
        raise DataFileError(f"{DATA_FILE}: 'span_words.closers' must be an object")
    return {k.lower(): str(v).lower() for k, v in closers.items() if k != "comment"}


def _life_event(phrase: Span) -> bool:
    """Whether a date phrase is the day of a step in someone's life ("the deputy was hired May 31,
    1985", "born on Jan. 4, 1990"; date_words.json `life_event_words`): no story's day. Read on the
    words, as the sentence may be unparsed."""
    doc = phrase.doc
    for i in range(phrase.start - 1, max(phrase.sent.start, phrase.start - _LIFE_REACH) - 1, -1):
        word = doc[i]
        if word.lower_ in life_event_words():
            return True  # "hired May 31, 1985", "retired from the sheriff's office June 25, 2010"
        if word.is_punct or word.lower_ in _CLAUSE_BREAKS:
            return False  # "born in 1990 and shot Monday": Monday is the shooting's
    return False


def told_by_words(phrase: Span) -> bool:
    """Whether the word before a date phrase (past "on") is a past form of a verb of telling or
    charging ("released Monday", "said on Tuesday") or a noun of news-making ("his arraignment
    Monday"): read on the words, for a sentence left unparsed. Police action is not telling
    ("arrested Monday" may be the story's day)."""
    doc = phrase.doc
    i = phrase.start - 1
    if i >= phrase.sent.start and doc[i].lower_ == "on":
        i -= 1
    if i < phrase.sent.start:
        return False
    word = doc[i].lower_
    if word in announcement_nouns():
        return True
    forms = {word} if word in _IRREGULAR_TELLING else {word[:-1], word[:-2]} if word.endswith("ed") else set()
    lemmas = {_IRREGULAR_TELLING.get(f, f) for f in forms}
    return any(lemma in announcement_verbs() and lemma not in acting_verbs() for lemma in lemmas)


_IRREGULAR_TELLING = {"said": "say", "told": "tell", "held": "hold"}
_LIFE_REACH = 8  # words back from a date phrase to its verb, past an object or place ("from the ... Office")
_CLAUSE_BREAKS = frozenset({"and", "or", "but", "when", "while", "after", "before", "until"})


@cache
def life_event_words() -> frozenset[str]:
    """Words of a step in someone's life ("hired", "retired"; date_words.json)."""
    return _word_section("life_event_words", "words")


@cache
def span_words() -> frozenset[str]:
    """Words before a date that make it a bound of a span of days (date_words.json)."""
    return _word_section("span_words", "words")


_APPROXIMATE_WORDS = ("week", "recent", "earlier", "ago")
REPORT_DAY_TYPES = frozenset({"ASSAULT"})


@dataclass(frozen=True, slots=True)
class ReportDays:
    """The days a report states: its first day of something that happened (`report_day`) and the
    date phrases it only ever gives a verb of telling or charging ("police said Wednesday")."""

    first: EventDate | None
    told: frozenset[tuple[str, str]]
    published: date | None = None
    happened: tuple[EventDate, ...] = ()


def report_days(doc: Doc, published: date | None, debris: Sequence[tuple[int, int]] = ()) -> ReportDays:
    """The first day a report states for something that happened ("was found Wednesday", "took
    place on Saturday morning"), not a day of telling or charging, nor one after publication, as a
    default date (it never splits an event); without one, the first day of an arrest or an
    investigation ("was arrested Monday"); without one, the first day of a sentence left unparsed,
    which has no cue of an event and no parse to tell a telling's day from a happening's ("He was
    scheduled to be arraigned Monday"); and the phrases only said of a telling."""
    if published is None:
        return ReportDays(None, frozenset())
    first: EventDate | None = None
    acted: EventDate | None = None
    unread: EventDate | None = None  # the first day of a sentence left unparsed (no event cue)
    told: set[tuple[str, str]] = set()
    happened: set[tuple[str, str]] = set()
    days: list[EventDate] = []
    for sent in doc.sents:
        if mostly_debris(sent, debris):
            continue
        parsed = bool(sent[0].pos_)
        for start, end, resolved in find_dates(span_text(sent), published):
            if resolved.precision != "day" or resolved.value > published.isoformat():
                continue
            if any(w in resolved.text.lower() for w in _APPROXIMATE_WORDS):
                continue
            span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if bounds_a_span(span.root) or _life_event(span):
                continue
            key = (resolved.value, resolved.text)
            verb = announcing_verb(span.root)
            day = EventDate(resolved.value, resolved.text, "day", default=True)
            if not parsed and told_by_words(span):
                told.add(key)  # "an incident report released Monday, it happened ... Saturday"
                continue
            if verb is None:
                happened.add(key)
                days.append(day)
                if parsed:
                    first = first or day
                else:
                    unread = unread or day  # "He was scheduled to be arraigned Monday": unknown
                continue
            told.add(key)
            if verb.lemma_.lower() in acting_verbs():
                acted = acted or day  # "was arrested Monday", "are investigating a shooting on Monday"
    return ReportDays(first or acted or unread, frozenset(told - happened), published, tuple(days))


def report_day(doc: Doc, published: date | None, debris: Sequence[tuple[int, int]] = ()) -> EventDate | None:
    """The first day a report states for something that happened (see `report_days`)."""
    return report_days(doc, published, debris).first


def with_report_day(events: list[Event], days: ReportDays) -> list[Event]:
    """Violent events dated only by the publication-day fallback, by a day the report only gives a
    telling ("A man was shot Tuesday night, police said Wednesday") or by a month the report's first
    day of something that happened falls in, take that day (for a telling, when shortly before);
    and violence dated by a day and month ahead of publication took place a year before it (`_in_the_past`)."""
    first = days.first
    out: list[Event] = []
    for e in events:
        when = e.date
        if first is not None and e.type in REPORT_DAY_TYPES:
            fallback = when is None or (when.default and not when.text) or _coarse_ahead(e, days.published)
            told = when is not None and (when.value, when.text) in days.told and _shortly_before(first, when)
            # "a drive-by shooting earlier this month ... On March 13, deputies responded": the day in it.
            coarse = when is not None and when.precision != "day" and first.value.startswith(when.value)
            # "robbed at gunpoint ... last week ... It happened Jan. 28": the day in that week.
            within = when is not None and _in_stated_week(first, when)
            if fallback or told or coarse or within:
                out.append(replace(e, date=first))
                continue
        out.append(_across_midnight(_in_the_past(_recent(e, days), days.published), days.happened))
    return out


OLD_DAYS = 30  # violence dated this long before publication is history, if the report has recent news
RECENT_DAYS = 7  # a day this close before publication is the news of the report


def _recent(event: Event, days: ReportDays) -> Event:
    """ "As we reported, in early January shots were fired at the school ... On Thursday, March 15,
    a student was arrested with a loaded gun": violence dated only by a month or a year that ended
    more than a month before publication ("last year", "in September"), in a report that states a
    day of the week before it for something that happened, takes that day. A local report is news
    of its week; a coarse old date in it is an earlier case told as background. A day stated to
    the day keeps it ("convicted of shooting him on Jan. 22, 2014": a trial's report tells its
    case's day), and so does a report with no recent day of something happening."""
    when, published = event.date, days.published
    if published is None or when is None or event.type not in REPORT_DAY_TYPES or event.status in PLANNED_STATUSES:
        return event
    if when.precision == "day":
        return event  # "convicted of shooting him on Jan. 22, 2014": a told day is the case's
    last = _last_day(when.value)
    if last is None or published.toordinal() - last <= OLD_DAYS:
        return event
    for day in days.happened:
        stated = day_of(day.value)
        if stated is not None and 0 <= (published - stated).days <= RECENT_DAYS:
            return replace(event, date=replace(day, default=False))
    return event


def _last_day(value: str) -> int | None:
    """The ordinal of the last day of a date value (a day, "YYYY-MM" or "YYYY")."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value).toordinal()
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        if len(value) == 4:
            return date(int(value), 12, 31).toordinal()
    except ValueError:
        return None
    return None


def _in_stated_week(day: EventDate, when: EventDate) -> bool:
    """Whether a day falls in the calendar week (Monday to Sunday) of a date that names a week
    ("last week", "earlier this week"): the week's stated day."""
    if not when.approximate or "week" not in when.text.lower():
        return False
    stated, week = day_of(day.value), day_of(when.value)
    if stated is None or week is None:
        return False
    monday = week.toordinal() - week.weekday()
    return monday <= stated.toordinal() < monday + 7


def _across_midnight(event: Event, happened: Sequence[EventDate]) -> Event:
    """ "A man was shot overnight ... It happened about 1:15 a.m. Tuesday": a night that runs across
    two days (date_words.json `night_spans`) is the first day the report states for something that
    happened that falls in it, the day before publication or publication day; else it stays."""
    when = event.date
    if event.type not in REPORT_DAY_TYPES or when is None or when.text.lower() not in night_spans():
        return event
    start = day_of(when.value)
    if start is None:
        return event
    for day in happened:
        stated = day_of(day.value)
        if stated is not None and 0 <= (stated - start).days <= 1 and day.text.lower() not in night_spans():
            return replace(event, date=replace(when, value=day.value, text=day.text))
    return event


def day_of(value: str) -> date | None:
    """The day of a date value ("2020-01-06"), None for a month, a year or a malformed value."""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


@cache
def night_spans() -> frozenset[str]:
    """Relative phrases of a night that runs across two days ("overnight"; date_words.json)."""
    return _word_section("night_spans", "phrases")


PLANNED_STATUSES = frozenset({"planned", "threatened"})


def _coarse_ahead(event: Event, published: date | None) -> bool:
    """A month or year after publication ("Copyright 2019" on a page of 2018) for violence that
    took place: no date of it, whatever sentence gave it."""
    when = event.date
    if published is None or when is None or when.precision == "day" or event.status in PLANNED_STATUSES:
        return False
    return when.value > published.isoformat()[: len(when.value)]


def _in_the_past(event: Event, published: date | None) -> Event:
    """ "pleaded guilty to shooting him Jan. 5" in a paper of December 1: a report's violence that
    took place is past, so a day and month without a year that the calendar rule put ahead of
    publication is the same day a year earlier (not for planned or threatened violence)."""
    when = event.date
    if (
        published is None
        or when is None
        or event.type not in REPORT_DAY_TYPES
        or event.status in PLANNED_STATUSES
        or when.precision != "day"
        or when.value <= published.isoformat()
        or not is_calendar_day(when.text)
    ):
        return event
    past = resolve_date(when.text, published, tense="past")
    if past is None or past.precision != "day":
        return event
    return replace(event, date=replace(when, value=past.value))


TOLD_WITHIN_DAYS = 7  # a telling is news of the week's violence, not of last year's


def _shortly_before(first: EventDate, told: EventDate) -> bool:
    try:
        gap = (date.fromisoformat(told.value[:10]) - date.fromisoformat(first.value[:10])).days
    except ValueError:
        return False
    return 0 < gap <= TOLD_WITHIN_DAYS
