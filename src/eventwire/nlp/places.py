"""Read place candidates and demonyms off a parsed Doc into plain records.

Strong candidates are the model's and the ruler's GPE/LOC/FAC entities. ORG, PERSON and
NORP entities become weak candidates: the small model often labels a city or an airbase as
an organisation or a person ("Erbil", "Ain al-Asad"), so they are kept, and resolution accepts
them only on a strong gazetteer match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..ingest.language import english_stopwords
from ..records import DemonymMention, PlaceCandidate
from ..resolve.gazetteer import load_admin1_abbreviations
from ..resolve.name_rules import (
    AMONG_ORGANISATIONS,
    COORDINATED,
    EMBEDDED_OWNER,
    LOCAL_ORGANISATION,
    PERSON_NAME,
    PERSON_TITLE,
    PERSON_VERB,
    POSSESSIVE_MARKS,
    TEAM,
    common_capital_word,
    continent_of_demonym,
    cues_for,
    landmark,
    local_head_words,
    name_rules,
)
from .doctext import doc_text
from .organisations import organisation_names

# Candidate span -> names of the context rules that fired for it (`resolve.name_rules`).
Cues = dict[tuple[int, int], frozenset[str]]
# Prepositions and patterns that make a name a place whatever else the article says of it.
PLACE_SYNTAX_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "into", "across"})
CUE_WINDOW = 5
# Tokens that may join the places of one entity that names several: "Asia-Pacific", "Greece Italy".
_LIST_JOINERS = frozenset({"-", "–", "/"})
# Label of the places of a hyphenated pair inside another entity ("MLA for Nelson-Creston").
HYPHEN_PAIR = "HYPHEN_PAIR"

STRONG_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Names that may hold a place name ("the US Trade Representative", "Seattle Fire"). Not
# facilities, which are places themselves. Inside a person's name only a country or a region
# counts (the model's "PERSON" is often an organisation; "Nancy Pelosi" is not about Nancy).
EMBEDDING_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "PERSON"})
MAX_EMBEDDED_TOKENS = 3
# Shortest all-capital word the capitals pass looks up: "WALES", "PERU"; not "UN", "US", "EU".
MIN_CAPITALS_LENGTH = 4
_CAPITALS_WORD = re.compile(rf"\b[A-Z]{{{MIN_CAPITALS_LENGTH},}}\b")
WEAK_LABELS = frozenset({"ORG", "PERSON", "NORP"})
FACILITY_WORDS = (
    "air base",
    "airbase",
    "airport",
    "airfield",
    "military base",
    "naval base",
    "base",
    "barracks",
)
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "into", "outside", "across", "around", "towards", "toward", "of", "on"}
)


def _facility_word_after(doc: Doc, ent: Span) -> tuple[str | None, int]:
    """The facility word that ends or directly follows the entity, and the char end including it."""
    inside = ent.text.lower()
    for word in FACILITY_WORDS:
        if inside.endswith(" " + word) or (inside.endswith(word) and len(inside) > len(word) + 2):
            return word, ent.end_char
    following = doc[ent.end : ent.end + 3]
    tail = " ".join(t.lower_ for t in following)
    for word in FACILITY_WORDS:
        if tail == word or tail.startswith(word + " "):
            n_tokens = word.count(" ") + 1
            return word, doc[ent.end + n_tokens - 1].idx + len(doc[ent.end + n_tokens - 1].text)
    return None, ent.end_char


def _area_word(doc: Doc, ent: Span) -> str | None:
    """The word of administration that ends the entity or directly follows it ("Plateau State",
    "Ituri province"; place_name_rules.json `area_words`)."""
    words = name_rules().area_words
    last = ent[-1].lower_
    if len(ent) > 1 and last in words:
        return last
    if ent.end < len(doc) and doc[ent.end].lower_ in words:
        return doc[ent.end].lower_
    return None


def _preposition_before(doc: Doc, ent: Span) -> str | None:
    i = ent.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].lower_ == "the"):
        i -= 1
    if i >= 0 and doc[i].lower_ in LOCATIVE_PREPOSITIONS:
        if doc[i].lower_ == "of" and i > 0 and doc[i - 1].lower_ in name_rules().settlement_words:
            return "in"  # "the town of Bakhmut": the name is where, as "in Bakhmut" says
        # "Rita Kessler of Bellmore": a person's "of" says where they are from.
        return "from" if doc[i].lower_ == "of" and _residence_of(doc, i) else doc[i].lower_
    return None


def _container_after(doc: Doc, ent: Span, ents_by_start: dict[int, Span]) -> str | None:
    """ "Erbil, Iraq" / "Gainesville, Va.": the place named right after a comma.

    Not a person's full name ("Riad, John Rafaeil and ..."), nor a name that goes on in capitals
    ("Freeland, U.S. Trade Representative ..."): a list of people or titles, unless the container
    is a state's dotted abbreviation ("Gainesville, Fla. Police").
    """
    if ent.end + 1 < len(doc) and doc[ent.end].text == "(":
        return _container_in_brackets(doc, ent.end + 1, ents_by_start)
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    nxt = ents_by_start.get(ent.end + 1)
    if nxt is not None and nxt.label_ in STRONG_LABELS | {"ORG", "PERSON"}:
        if nxt.label_ == "PERSON" and len(nxt) > 1:
            return None
        text, end = nxt.text, nxt.end
    else:
        token = doc[ent.end + 1]
        if not (token.is_title or token.text.endswith(".")):
            return None
        text, end = token.text, token.i + 1
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and not after.is_sent_start and text not in _dotted_abbreviations():
        return None
    return text


def _container_in_brackets(doc: Doc, start: int, ents_by_start: dict[int, Span]) -> str | None:
    """ "Djibo (Soum, Sahel)", "Las Navas (Northern Samar)": the areas an ACLED-style note writes
    in brackets after a place, the widest last, returned in its brackets ("(Sahel)": a bracket
    names where the place is, while a comma may also go on with a list). Capitalised words only,
    and no organisation or person ("KABUL (Reuters)", "(AP)")."""
    end = next((i for i in range(start, min(start + 10, len(doc))) if doc[i].text == ")"), None)
    if end is None or end == start:
        return None
    parts = [start] + [i + 1 for i in range(start, end) if doc[i].text == ","]
    first = parts[-1]
    words = doc[first:end]
    if not len(words) or not all(w.is_title or w.text == "-" for w in words):
        return None
    if any(e.label_ in {"ORG", "PERSON"} for i in range(first, end) for e in [ents_by_start.get(i)] if e is not None):
        return None
    return f"({words.text})"


def _in_dateline(doc: Doc, ent: Span) -> bool:
    """An all-capitals place at the start of a paragraph, followed by "(", "-" or ",": a dateline."""
    if not ent.text.isupper() or len(ent.text) < 3:
        return False
    line_start = doc_text(doc).rfind("\n", 0, ent.start_char) + 1
    if doc_text(doc)[line_start : ent.start_char].strip():
        return False
    after = doc_text(doc)[ent.end_char : ent.end_char + 3].lstrip()
    return after[:1] in {"(", "-", ",", "—", "–"}


def _embedded(
    doc: Doc,
    ent: Span,
    sentence: int,
    is_place_name: Callable[[str], bool],
    is_local_name: Callable[[str], bool] | None = None,
) -> list[PlaceCandidate]:
    """Place names inside another entity: "the US Trade Representative", "Seattle Fire".

    A name the gazetteer knows only as a small town or a county counts when the words after it
    head an organisation local to it ("Manatee County Sheriff's Office", "Hollywood Police").
    """
    out: list[PlaceCandidate] = []
    i = ent.start
    joined = False  # the words after "Nelson-" in "Nelson-Creston": a hyphen pairs two places
    while i < ent.end:
        found = None
        for n in range(min(MAX_EMBEDDED_TOKENS, ent.end - i), 0, -1):
            span = doc[i : i + n]
            if span.text == ent.text or not all(t.is_title or t.is_upper for t in span if t.is_alpha):
                continue
            if span[0].text in _LIST_JOINERS or span[-1].text in _LIST_JOINERS:
                continue
            owner = _owns_the_rest(ent, span)
            if is_place_name(span.text) or (
                is_local_name is not None
                and is_local_name(span.text)
                and (joined or owner or LOCAL_ORGANISATION in _span_cues(doc, span.start, span.end))
            ):
                found = span
                break
        if found is None:
            joined = False
            i += 1
            continue
        joined_before = joined
        person = _person_entity(ent)
        joined = not person and found.end + 1 < ent.end and _hyphen_joins(doc, found.end)
        label = "EMBEDDED_IN_PERSON" if person else "EMBEDDED"
        if not person and _owns_the_rest(ent, found):
            label = EMBEDDED_OWNER
        if joined_before and out:
            # "MLA for Nelson-Creston": two places paired by a hyphen name a district of both, each
            # a place in its own right (resolved as a weak candidate, not as an organisation's word).
            label = HYPHEN_PAIR
            out[-1].label = HYPHEN_PAIR
        out.append(PlaceCandidate(found.text, found.start_char, found.end_char, label, sentence, strong=False))
        i = found.end + 1 if joined else found.end
    return out


def _titled_name(ent: Span) -> bool:
    """ "Detective Carmen Rivera", "Sgt. Jose Lima": an entity the model tagged ORG that opens
    with a person's title and goes on in capitalised words is that person's name."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return False
    rules = name_rules()
    title = ent[0].lower_.rstrip(".")
    rest = [t for t in ent[1:] if t.text != "."]
    if title not in rules.person_titles or not 1 <= len(rest) <= 3:
        return False
    # "General Motors Company", "Queen Elizabeth Hospital": an organisation's head ends it.
    return all(t.is_title and t.is_alpha for t in rest) and rest[-1].lower_ not in rules.organisation_name_ends


def _person_entity(ent: Span) -> bool:
    """Whether an entity names a person (the model's PERSON, or a titled name it tagged ORG)."""
    return ent.label_ == "PERSON" or _titled_name(ent)


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """A hyphen written tight between two words: "Nelson-Creston", not "Paris - the city"."""
    return doc[i].text in _LIST_JOINERS and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _owns_the_rest(ent: Span, span: Span) -> bool:
    """ "Derry's Altnagelvin Hospital": a name opening an organisation's or a facility's name with
    a possessive says where that organisation is."""
    doc = ent.doc
    return span.start == ent.start and span.end + 1 < ent.end and doc[span.end].text in POSSESSIVE_MARKS


def place_candidates(
    doc: Doc,
    is_place_name: Callable[[str], bool] | None = None,
    is_local_name: Callable[[str], bool] | None = None,
) -> list[PlaceCandidate]:
    """Every entity that may name a place, in document order.

    `is_place_name` lets the caller turn capitalised tokens outside entities into weak
    candidates when they follow a locative preposition ("fled to Kerman"); `is_local_name`
    finds smaller places inside the names of local organisations ("Knox County Sheriff's Office").
    """
    sentence_of: dict[int, int] = {}
    for index, sent in enumerate(doc.sents):
        sentence_of[sent.start] = index
    sent_starts = sorted(sentence_of)

    def sentence_index(token_i: int) -> int:
        lo, hi = 0, len(sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= token_i:
                lo = mid
            else:
                hi = mid - 1
        return lo

    ents_by_start = {ent.start: ent for ent in doc.ents}
    out: list[PlaceCandidate] = []
    covered: set[int] = set()
    for ent in _whole_names(doc, is_place_name, is_local_name):
        if ent.label_ not in STRONG_LABELS | WEAK_LABELS:
            continue
        facility_word, end = _facility_word_after(doc, ent)
        strong = ent.label_ in STRONG_LABELS
        # demonyms are handled by `demonym_mentions`; a NORP place is rare, but a name the model
        # took for a people that a word of administration follows is an area ("Ituri province")
        area = ent.label_ == "NORP" and _area_word(doc, ent) is not None
        if ent.label_ == "NORP" and facility_word is None and not (area and _known(is_place_name, ent.text)):
            continue
        text = doc_text(doc)[ent.start_char : end]
        parts = _place_list(doc, ent, is_place_name, is_local_name) if strong and facility_word is None else []
        if parts:
            # "Greece Italy", "Asia-Pacific": a span made only of place names is a list of places.
            out += [
                PlaceCandidate(p.text, p.start_char, p.end_char, ent.label_, sentence_index(p.start)) for p in parts
            ]
            covered.update(range(ent.start, ent.end))
            continue
        out.append(
            PlaceCandidate(
                text=text,
                start=ent.start_char,
                end=end,
                label=ent.label_,
                sentence=sentence_index(ent.start),
                strong=strong,
                facility_word=facility_word,
                preposition=_preposition_before(doc, ent),
                container=_container_after(doc, ent, ents_by_start),
                in_dateline=_in_dateline(doc, ent),
                area_word=_area_word(doc, ent),
                organisation=ent.text in organisation_names(),
            )
        )
        covered.update(range(ent.start, ent.end))
    if is_place_name is not None:
        for ent in doc.ents:
            if ent.label_ in EMBEDDING_LABELS and len(ent) > 1 and not _names_a_place(ent, is_place_name):
                embedded = _embedded(doc, ent, sentence_index(ent.start), is_place_name, is_local_name)
                out = [c for c in out if not (c.start == ent.start_char and c.end == ent.end_char and embedded)]
                out += embedded
        out += _gazetteer_pass(doc, covered, out, is_place_name, is_local_name, sentence_index, ents_by_start)
        out += _capitals_pass(doc, out, is_place_name, sentence_index)
    datelines = dateline_candidates(doc, out)
    # A dateline's last word the model took alone ("LOUIS" of "ST. LOUIS -") is part of it.
    out = [c for c in out if not any(d.start <= c.start and c.end <= d.end for d in datelines)] + datelines
    text = doc_text(doc)
    return [c for c in _tidy(out) if not _undotted_abbreviation(c.text, text[c.end : c.end + 1])]


def _known(is_place_name: Callable[[str], bool] | None, name: str) -> bool:
    """Whether the gazetteer (when the caller gave one) knows the name as a place."""
    return is_place_name is not None and is_place_name(name)


def _names_a_place(ent: Span, is_place_name: Callable[[str], bool]) -> bool:
    """ "the Democratic People's Republic of Korea": an organisation-labelled span that is itself
    a place's name holds no other place."""
    text = ent.text[4:] if ent.text[:4].lower() == "the " else ent.text
    return is_place_name(text)


def _whole_names(
    doc: Doc,
    is_place_name: Callable[[str], bool] | None,
    is_local_name: Callable[[str], bool] | None,
) -> list[Span]:
    """The model's entities, each grown over the capitalised words after it when together they
    make a longer place name the gazetteer or the landmark list knows: "Boa" + "Vista" (split by
    the model into a place and an organisation), "U.S." + "Virgin Islands", "Windsor" + "Castle".
    A grown entity takes the longest such name of up to `MAX_EMBEDDED_TOKENS` more words and
    swallows the entities it covers."""
    if is_place_name is None:
        return list(doc.ents)

    def known(text: str) -> bool:
        local = is_local_name is not None and is_local_name(text)
        return is_place_name(text) or local or landmark(text) is not None

    out: list[Span] = []
    end_of_last = 0
    for ent in doc.ents:
        if ent.start < end_of_last:
            continue  # swallowed by the entity before
        grown = ent
        if ent.label_ in STRONG_LABELS | WEAK_LABELS:
            limit = min(len(doc), ent.end + MAX_EMBEDDED_TOKENS)
            for end in range(limit, ent.end, -1):
                words = doc[ent.end : end]
                if all(t.is_title or t.is_upper for t in words) and known(doc[ent.start : end].text):
                    grown = Span(doc, ent.start, end, label=ent.label_)
                    break
        out.append(grown)
        end_of_last = grown.end
    return out


@cache
def _dotted_abbreviations() -> frozenset[str]:
    """ "Mass.", "Ill.", "Wash.": admin1 abbreviations written with their period."""
    return frozenset(row.abbreviation for row in load_admin1_abbreviations() if row.abbreviation.endswith("."))


def _undotted_abbreviation(name: str, next_char: str) -> bool:
    """ "Weapons of Mass Destruction", "Ill will": an area's abbreviation without its period is a word."""
    return next_char != "." and name + "." in _dotted_abbreviations()


def _place_list(
    doc: Doc,
    ent: Span,
    is_place_name: Callable[[str], bool] | None,
    is_local_name: Callable[[str], bool] | None = None,
) -> list[Span]:
    """The places of an entity that is not one place but several named in a row ("Greece Italy").

    Only when the whole is no place name, nor a town's ("South Lyon" is one town in Michigan, not
    Iceland's South region and Lyon), and every word but hyphens belongs to one of the parts.
    """
    if is_place_name is None or len(ent) < 2 or is_place_name(ent.text):
        return []
    if is_local_name is not None and is_local_name(ent.text):
        return []
    parts: list[Span] = []
    i = ent.start
    while i < ent.end:
        if doc[i].text in _LIST_JOINERS:
            i += 1
            continue
        for n in range(min(MAX_EMBEDDED_TOKENS, ent.end - i), 0, -1):
            span = doc[i : i + n]
            if span.text != ent.text and not any(t.text in _LIST_JOINERS for t in span) and is_place_name(span.text):
                parts.append(span)
                i += n
                break
        else:
            return []
    return parts if len(parts) > 1 else []


def _coordinated_preposition(doc: Doc, i: int, by_end: dict[int, PlaceCandidate]) -> str | None:
    """The preposition a name shares with the place coordinated before it: "in Cushing and Friendship"."""
    if i < 2 or doc[i - 1].lower_ not in ("and", "or", ","):
        return None
    before = by_end.get(doc[i - 2].idx + len(doc[i - 2].text))
    return before.preposition if before is not None else None


def _local_agency_name(doc: Doc, i: int, covered: set[int], is_local_name: Callable[[str], bool] | None) -> Span | None:
    """A town or county heading a local agency the model did not tag: "the Knox County Sheriff's Office"."""
    if is_local_name is None:
        return None
    for n in range(min(MAX_EMBEDDED_TOKENS, len(doc) - i), 0, -1):
        words = doc[i : i + n]
        if any(t.i in covered or not t.is_title for t in words):
            continue
        if is_local_name(words.text) and LOCAL_ORGANISATION in _span_cues(doc, i, i + n):
            return words
    return None


def _gazetteer_pass(
    doc: Doc,
    covered: set[int],
    found: list[PlaceCandidate],
    is_place_name: Callable[[str], bool],
    is_local_name: Callable[[str], bool] | None,
    sentence_index: Callable[[int], int],
    ents_by_start: dict[int, Span],
) -> list[PlaceCandidate]:
    """Second pass: capitalised names outside the model's entities that the gazetteer knows.

    A country, admin1 area or large city after any locative preposition ("fled to Kerman"); a
    town, county or neighbourhood (`is_local_name`) only after a preposition of place ("in
    Bellmore", "near Walnut Hills") or coordinated with such a place ("in Cushing and Friendship").
    Lookups are cached set probes, one to three tokens per capitalised word.
    """
    by_end = {c.end: c for c in found}
    out: list[PlaceCandidate] = []
    # One pass over the tokens; the loop below reads these lists, not spaCy tokens.
    titles = [t.is_title for t in doc]
    lowers = [t.lower_ for t in doc]
    head_words = local_head_words()
    i = 1
    while i < len(doc):
        if i in covered or not titles[i]:
            i += 1
            continue
        prev = "from" if lowers[i - 1] == "of" and _residence_of(doc, i - 1) else lowers[i - 1]
        coordinated = prev not in LOCATIVE_PREPOSITIONS
        preposition = _coordinated_preposition(doc, i, by_end) if coordinated else prev
        if preposition is None:
            near_head = not head_words.isdisjoint(lowers[i + 1 : i + 1 + MAX_EMBEDDED_TOKENS])
            span = _local_agency_name(doc, i, covered, is_local_name) if near_head else None
            if span is not None:
                out.append(PlaceCandidate(span.text, span.start_char, span.end_char, "TOKEN", sentence_index(i), False))
                i = span.end
            else:
                i += 1
            continue
        span = None
        for n in range(min(MAX_EMBEDDED_TOKENS, len(doc) - i), 0, -1):
            words = doc[i : i + n]
            if any(t.i in covered or not (t.is_title or t.is_upper) for t in words):
                continue
            if i + n < len(doc) and titles[i + n]:
                continue  # part of a longer name: "at Lombard Odier", "from Robinson College"
            text = words.text
            local = preposition in PLACE_SYNTAX_PREPOSITIONS and is_local_name is not None and is_local_name(text)
            if local or (n == 1 and is_place_name(text)):
                span = words
                break
        if span is None:
            i += 1
            continue
        cand = PlaceCandidate(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            label=COORDINATED if coordinated else "TOKEN",
            sentence=sentence_index(span.start),
            strong=False,
            preposition=preposition,
            container=_container_after(doc, span, ents_by_start),
        )
        out.append(cand)
        by_end[cand.end] = cand
        i = span.end
    return out


def _capitals_pass(
    doc: Doc,
    found: list[PlaceCandidate],
    is_place_name: Callable[[str], bool],
    sentence_index: Callable[[int], int],
) -> list[PlaceCandidate]:
    """Names written in capitals that the model leaves untagged: "A MANILA court", a banner
    "MARINE ENERGY WALES CONFERENCE". Only a place beyond doubt (`is_place_name`) of one to
    `MAX_EMBEDDED_TOKENS` all-capital words of `MIN_CAPITALS_LENGTH` letters or more, outside the
    model's entities; a common English word ("READING", "NICE") is no place here. One regex scan
    of the text finds the rare all-capital words; only those reach spaCy tokens and lookups."""
    taken = [(c.start, c.end) for c in found]
    stop = english_stopwords()
    out: list[PlaceCandidate] = []
    next_free = 0
    for match in _CAPITALS_WORD.finditer(doc_text(doc)):
        first = doc.char_span(match.start(), match.end())
        if first is None or first.start < next_free or first[0].ent_type_:
            continue
        i = first.start
        if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            continue  # "(MOCA)": an abbreviation being defined
        span = None
        for n in range(min(MAX_EMBEDDED_TOKENS, len(doc) - i), 0, -1):
            words = doc[i : i + n]
            if any(not (t.is_upper and t.is_alpha) or t.ent_type_ for t in words):
                continue
            if n == 1 and (words[0].lower_ in stop or common_capital_word(words.text)):
                continue
            if is_place_name(words.text.title()):
                span = words
                break
        if span is None or any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        out.append(PlaceCandidate(span.text, span.start_char, span.end_char, "TOKEN", sentence_index(i), strong=False))
        next_free = span.end
    return out


def _residence_of(doc: Doc, of_index: int) -> bool:
    """ "David Mahler of Bellmore", "Ann Lee, 34, of Park Ridge": "of" after a person names
    where the person lives."""
    i = of_index - 1
    if i >= 2 and doc[i].text == "," and doc[i - 1].like_num and doc[i - 2].text == ",":
        i -= 3  # the age between commas
    return i >= 0 and doc[i].ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _span_cues(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The context rules that fire for the tokens doc[start:end]."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start] if not t.is_space]
    following = [t for t in doc[end : end + CUE_WINDOW] if not t.is_space]
    after = [t.lower_ for t in following]
    after_is_name = [t.is_title or t.is_upper for t in following]
    if end > start and doc[end - 1].lower_ in POSSESSIVE_MARKS:
        # The span holds the possessive ("Gaza City's"): the words after it are what it owns.
        after, after_is_name = [doc[end - 1].lower_, *after], [False, *after_is_name]
    return cues_for(before, after, after_is_name)


def person_name_words(doc: Doc, is_major_place: Callable[[str], bool] | None = None) -> frozenset[str]:
    """Words of the article's multi-word person names ("Paul Francis Floyd": Paul, Francis, Floyd).

    A name the model tags ORG counts when a person's title stands before it. The small model
    also tags organisations as persons ("Seattle Fire"): a word after "of"
    ("Governor of Sokoto State"), a word that heads a local agency, and a country or a large
    city (`is_major_place`) are not taken for a person's name.
    """
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or sum(t.is_alpha for t in ent) < 2:
            continue
        if ent.label_ == "ORG" and not _titled_name(ent) and PERSON_TITLE not in _span_cues(doc, ent.start, ent.end):
            continue  # an organisation, unless a title stands before it or opens it ("Coach Marcus Holloway")
        for token in ent:
            previous = doc[token.i - 1].lower_ if token.i > 0 else ""
            if not (token.is_title and token.is_alpha) or previous in LOCATIVE_PREPOSITIONS:
                continue
            if is_major_place is not None and is_major_place(token.text):
                continue
            if LOCAL_ORGANISATION in _span_cues(doc, token.i, token.i + 1):
                continue
            words.add(token.text)
    return frozenset(words)


def candidate_cues(
    doc: Doc, candidates: list[PlaceCandidate], is_major_place: Callable[[str], bool] | None = None
) -> Cues:
    """Names of the context rules that fire for each candidate (only candidates with some)."""
    person_words = person_name_words(doc, is_major_place)
    out: Cues = {}
    for cand in candidates:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        cues = set(_span_cues(doc, span.start, span.end))
        name = cand.text.removesuffix("'s").removesuffix("’s")
        placed = cand.preposition in PLACE_SYNTAX_PREPOSITIONS or cand.container or cand.in_dateline
        # "Seattle Fire and Police": a local agency names its own town, though "Seattle Seahawks"
        # was taken for a person's name.
        local = LOCAL_ORGANISATION in cues
        if (name in person_words or _coordinated_with_person(doc, span, person_words)) and not (placed or local):
            cues.add(PERSON_NAME)
        if placed:
            cues -= {PERSON_VERB, PERSON_TITLE, TEAM}
        # A container can be the next item of the list ("Jamison, Norbury, ..."): not evidence here.
        in_place_syntax = cand.preposition in PLACE_SYNTAX_PREPOSITIONS or cand.in_dateline
        if not in_place_syntax and _listed_with_organisation(doc, span):
            cues.add(AMONG_ORGANISATIONS)
        if cues:
            out[(cand.start, cand.end)] = frozenset(cues)
    return out


# Words that join the members of a list: "the Pentagon, the State Department and the CIA".
_LIST_WORDS = frozenset({",", "and", "or", "the"})


def _listed_with_organisation(doc: Doc, span: Span) -> bool:
    """ "The Pentagon, the State Department and CIA": a name listed next to an organisation the
    model tagged (past commas, "and", "the") is one of a list of institutions."""
    before = span.start - 1
    while before >= 0 and doc[before].lower_ in _LIST_WORDS and span.start - before <= 2:
        before -= 1
    after = span.end
    while after < len(doc) and doc[after].lower_ in _LIST_WORDS and after - span.end < 2:
        after += 1
    joined_before = before < span.start - 1 and before >= 0 and doc[before].ent_type_ == "ORG"
    joined_after = after > span.end and after < len(doc) and doc[after].ent_type_ == "ORG"
    return joined_before or joined_after


def _coordinated_with_person(doc: Doc, span: Span, person_words: frozenset[str]) -> bool:
    """ "Deen and Villanueva", "Villanueva and Deen": a name joined to a person's surname, used
    alone (not a word of a longer name: "Bains and Grants Town"), is a person's."""
    before = doc[span.start - 2 : span.start] if span.start >= 2 else None
    after = doc[span.end : span.end + 2] if span.end + 2 <= len(doc) else None
    if after is not None and after[0].text == "," and _starts_full_name(after[1]):
        return True  # "Riad, John Rafaeil and Nancy Levan": a list of people
    for pair, other in ((before, 0), (after, 1)):
        if pair is None or pair[1 - other].lower_ not in ("and", "&"):
            continue
        word = pair[other]
        alone = word.ent_iob_ != "I" and (word.i + 1 >= len(doc) or doc[word.i + 1].ent_iob_ != "I")
        if alone and word.text in person_words:
            return True
    return False


def _starts_full_name(token: Token) -> bool:
    """The token opens a person's name of two or more words that the model tagged."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
        return False
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I"


def _tidy(candidates: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """Drop a leading "The"/"the" from spans and keep one candidate per span, in text order."""
    seen: set[tuple[int, int]] = set()
    out: list[PlaceCandidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if cand.text[:4] in {"The ", "the "} and len(cand.text) > 4:
            cand.text, cand.start = cand.text[4:], cand.start + 4
        if (cand.start, cand.end) in seen or any(s <= cand.start and cand.end <= e for s, e in seen):
            continue
        seen.add((cand.start, cand.end))
        out.append(cand)
    return out


_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=\s*(?:\(|,|-|—|–))", re.M)
# A dateline inside a paragraph, after a sentence or a byline ends: "... statements. SAN DIEGO
# (AP) -", "By Nate Raymond. BOSTON (Reuters) -". Here it must be followed by an agency in
# brackets or by ", State" / ", Month day" and a dash, so a shouted word is not taken for one.
_INLINE_DATELINE = re.compile(
    r"(?<=[.!?”\"’)] )([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})"
    r"(?=\s*\([A-Z][A-Za-z ]{1,30}\)\s*[-—–]|,\s+[A-Z][A-Za-z.]{1,12}(?: \d{1,2})?\.?\s*(?:\([A-Za-z ]+\)\s*)?[-—–])"
)


_DATELINE_CONTAINER = re.compile(r",[ \t]*((?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*\.?)(?=[ \t]*[-—–(])")


def dateline_candidates(doc: Doc, taken: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """All-capitals place names opening a paragraph ("BAGHDAD (Reuters) -", "SAN DIEGO -")."""
    out: list[PlaceCandidate] = []
    text = doc_text(doc)
    for match in [*_DATELINE.finditer(text), *_INLINE_DATELINE.finditer(text)]:
        start, end = match.span(1)
        if len(match.group(1)) < 3 or any(
            c.start < end
            and start < c.end
            and not (start <= c.start and c.end <= end and c.end - c.start < end - start)
            for c in taken
        ):
            continue  # a candidate overlaps it, and is not a part of it
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence = 0
        if span is not None:
            sentence = next((i for i, s in enumerate(doc.sents) if s.start <= span.start < s.end), 0)
        container = _DATELINE_CONTAINER.match(text, end)
        out.append(
            PlaceCandidate(
                match.group(1),
                start,
                end,
                "DATELINE",
                sentence,
                strong=True,
                container=container.group(1) if container else None,
                in_dateline=True,
            )
        )
    return out


def demonym_mentions(doc: Doc, is_demonym: Callable[[str], bool]) -> list[DemonymMention]:
    """Adjectival country references ("Iraqi", "Iranians") found by NER or by the demonym lexicon."""
    prefixes = name_rules().region_demonym_prefixes
    out: list[DemonymMention] = []
    for token in doc:
        if not (token.is_title and is_demonym(token.text)):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.lower_ in prefixes and not is_demonym(f"{before.text} {token.text}"):
            continue  # "North American", "Central American": a region's people, not the country's
        out.append(DemonymMention(token.text, token.idx, token.idx + len(token.text)))
    return out


def continent_demonym_mentions(doc: Doc) -> list[DemonymMention]:
    """Continents' adjectives ("European identity", "African governments"), not after a region
    prefix ("North African", "South African": a region's or a country's)."""
    prefixes = name_rules().region_demonym_prefixes
    out: list[DemonymMention] = []
    for token in doc:
        if token.is_title and continent_of_demonym(token.text) is not None:
            if token.i > 0 and doc[token.i - 1].lower_ in prefixes:
                continue
            out.append(DemonymMention(token.text, token.idx, token.idx + len(token.text)))
    return out


def modifier_demonyms(
    doc: Doc, demonyms: list[DemonymMention], is_demonym: Callable[[str], bool]
) -> list[DemonymMention]:
    """The demonyms that modify a noun ("Russian diplomats", "a French engineer").

    These refer to the country; a demonym that names people ("Americans", "the Irish need",
    "an American;") does not. A plural whose singular is a demonym is people; otherwise the
    next word must be a content word (not punctuation, not a function word).
    """
    stopwords = english_stopwords()
    by_start = {t.idx: t for t in doc}
    out: list[DemonymMention] = []
    for dem in demonyms:
        token = by_start.get(dem.start)
        if token is None or token.i + 1 >= len(doc):
            continue
        word = dem.text
        if word.endswith("s") and is_demonym(word[:-1]):
            continue  # "Venezuelans", "Nigerians": the people
        following = _after_demonym_list(doc, token.i + 1, is_demonym)
        if following is None or not following.is_alpha or following.lower_ in stopwords:
            continue
        if following.text.endswith("s") and is_demonym(following.text[:-1]):
            continue  # "African Americans", "Mexican Americans": people, not the place
        out.append(dem)
    return out


# Words that join demonyms sharing one noun: "German, Irish and other immigrants", "Russian-European".
_DEMONYM_JOINERS = frozenset({",", "and", "or", "-", "–", "/", "other"})


def _after_demonym_list(doc: Doc, i: int, is_demonym: Callable[[str], bool]) -> Token | None:
    """The word after the demonyms coordinated from token i on: "the Russian and Venezuelan
    delegations" and "Russian-European projects" modify their noun as much as "Russian diplomats"
    does. Token i itself when no demonym is coordinated; None when the list ends in people
    ("Iraqis and Syrians")."""
    j, seen = i, False
    while j < len(doc) and j - i < 2 * MAX_EMBEDDED_TOKENS:
        token = doc[j]
        if token.lower_ in _DEMONYM_JOINERS:
            seen, j = seen or token.lower_ == "other", j + 1  # "Irish and other investors"
        elif token.is_title and is_demonym(token.text):
            if token.text.endswith("s") and is_demonym(token.text[:-1]):
                return None
            seen, j = True, j + 1
        else:
            break
    if seen and j < len(doc):
        return doc[j]
    return doc[i] if i < len(doc) else None
