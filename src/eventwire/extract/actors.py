"""Resolve noun phrases to parties (country + sector).

Evidence, strongest first: a named organisation (organisations.jsonl); a person, through
the titles, possessive countries, demonyms and appositions of any of their mentions in the
article ("Iran's President Hassan Rouhani" makes every later "Rouhani" IRN/GOV); a name that
carries no title, through the actor dictionary (actors.tsv, via the actor index), whose role
is the one it held on the event's date (else the publication date): "Rouhani said" -> IRN GOV
in 2018, an armed group or an IGO by any of its variants; a country or capital used as an
actor ("Tehran said" -> IRN GOV); a head noun with a country modifier ("Iraqi forces" -> IRQ
MIL, "lawmakers in Iraq" -> IRQ LEG), agent nouns refining the sector ("Iraqi clerics" -> REL).
Titles and appositions win over the dictionary, which ends in 2014. Pronouns take the nearest
preceding subject that fits (persons for he/she, groups and states for it/they).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..nlp.doctext import doc_text
from ..records import Party, PlaceMention
from ..resolve.actors_index import ActorEntry, ActorIndex, actor_index
from .dates import stated_publication
from .lexicon import ActorLexicon, Organisation, names_people_or_a_side
from .role_words import load_role_words
from .victims import load_casualty_words
from .words import HYPHENS, lemma, load_event_words, stance

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "theirs"})
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "ours"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_UNARMED_SECTORS = frozenset({"CVL", "PPL"})  # people the agent nouns give no arms
_STATE_FORCES = frozenset({"MIL", "COP"})
# A role of a state's (a leader, a commander, an officer) held in a non-state armed group is the
# group's: "an Islamic State leader", "a Hezbollah commander".
_NON_STATE_ARMED = frozenset({"REB"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP"})
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})  # bodies of no one country: the UN, the Red Cross
_ARMED_MODIFIERS = frozenset({"MIL", "COP", "REB"})  # sectors an adjective lends a party noun
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "conj", "appos"})


def _clause_prep(tok: Token) -> bool:
    """A preposition that opens a clause ("a man for shooting his neighbour"): not the phrase's."""
    return tok.dep_ == "prep" and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in tok.children)


_TIME_PREPS = frozenset({"on", "during", "since", "until", "before", "after"})


def _time_prep(tok: Token) -> bool:
    """A preposition of time the parse hangs on a noun ("launched rockets at Israeli positions on
    Sunday"): when it happened, not who the side is."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in _TIME_PREPS
        and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)
    )


def agent_of_noun(tok: Token) -> bool:
    """The object of an event noun's "by" ("an attack by gunmen on a church"): a side, whose own
    phrase ends before a target preposition the parse hangs on it."""
    by = tok.head
    return tok.dep_ == "pobj" and by.lower_ == "by" and by.head.pos_ == "NOUN" and by.head.i != by.i


def _charged(tok: Token) -> bool:
    """The object of a verb of accusing or convicting (role_words.json `charge_clause_verbs`),
    whose "of" names the charge ("accused Ethiopian forces of ethnic cleansing")."""
    return tok.dep_ == "dobj" and lemma(tok.head) in load_role_words().charge_clause_verbs


def _a_charge(of: Token) -> bool:
    """An "of" that names a deed ("of ethnic cleansing", "of inciting violence"), not the people a
    side is part of ("the leaders of the opposition")."""
    objects = [c for c in of.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and not any(c.dep_ == "pobj" and names_people_or_a_side(lemma(c)) for c in objects)


_ALIGNMENT_PREFIXES = ("pro-", "anti-", "pro ", "anti ")
_NAMED_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC", "LOC"})
_AIMING_PREPS = frozenset({"at", "against", "into", "toward", "towards"})
# Dictionary kinds that name a party of their own (a country entry only restates the gazetteer).
_DICTIONARY_KINDS = {"person": "person", "institution": "organisation", "armed": "organisation",
                     "igo": "organisation", "ngo": "organisation"}  # fmt: skip


@dataclass(slots=True)
class PersonInfo:
    """What the article says about one person, gathered over all their mentions."""

    name: str
    country: str | None = None
    sector: str | None = None
    titles: set[str] = field(default_factory=set)
    actor: ActorEntry | None = None  # the dictionary's entry for a name of theirs, if any


@dataclass(slots=True)
class _Mention:
    token_i: int
    party: Party
    is_subject: bool
    sentence: int
    lemma: str = ""


# "supporters of the opposition leader": people who follow a side are a group of its country, of its
# sector when that is a political one, else civilians (a president's followers are no government).
_POLITICAL_SECTORS = frozenset({"OPP", "PTY"})
_FOLLOWER_HEADS = frozenset({"supporters", "supporter", "followers", "follower", "loyalists", "loyalist"})
PARTITIVE_HEADS = frozenset(
    {"some", "many", "all", "most", "part", "several", "none", "few", "hundreds", "dozens", "thousands", "each",
     "any", "half", "members", "member", "rest", "contingent", "deployment", "batch", "detachment", "group",
     "team", "gang", "band", "crowd", "unit", "squad", "convoy", "column", "patrol", "delegation", "activities",
     "staff", "personnel", "crew", "workforce",
     "activity",
     *_FOLLOWER_HEADS}
)  # fmt: skip


_ALL_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON
_GROUP_HEADS = frozenset(
    {"group", "faction", "gang", "cell", "network", "outfit", "movement", "organisation", "organization"}
)


def _patron(modifier: Token) -> bool:
    """ "Iran-backed", "Turkish-backed": a participle of patronage (event_words.json
    `patron_participles`) joined by a hyphen to the word before it, which names the patron."""
    patronage = load_event_words().patron_participles
    if modifier.dep_ != "amod" or modifier.tag_ != "VBN" or lemma(modifier) not in patronage:
        return False
    return modifier.i > 0 and modifier.doc[modifier.i - 1].text in HYPHENS


def _verbs_result(modifier: Token) -> bool:
    """ "shot dead two protesters": an outcome adjective right after the verb, which the parse hangs
    on the object, is what the verb did to it, not a word of the object's phrase."""
    noun = modifier.head
    verb = noun.head
    return (
        modifier.dep_ == "amod"
        and modifier.lower_ in load_casualty_words().outcome_adjectives
        and noun.dep_ == "dobj"
        and modifier.i == verb.i + 1
        and modifier.i < noun.i
    )


_GOVERNING_HEADS = frozenset({"government", "administration", "authority", "cabinet", "ministry", "regime"})
"""Heads that make a group named before them the government it has become ("the Taliban
administration", "the Houthi-run government"), not the armed group's own people."""
_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
"""Sectors of state offices that a "former" before the title leaves (CAMEO's elites, ELI)."""
_FORMER_WORDS = frozenset({"former", "ex", "ex-"})


def _former(left: list[Token]) -> bool:
    """Whether the title words before a name say the person no longer holds the office ("former
    Prime Minister Imran Khan", "ex-president X")."""
    return any(t.lower_ in _FORMER_WORDS or t.lower_.startswith("ex-") for t in left)


_SPLINTER_HEADS = frozenset({"dissident", "splinter", "faction", "remnant", "holdout", "defector"})


def _house_of_worship(head: Token) -> bool:
    """A mosque, church or temple, or a part of one ("the Al-Aqsa mosque compound")."""
    worship = load_role_words().worship_nouns
    return lemma(head) in worship or any(c.dep_ == "compound" and lemma(c) in worship for c in head.children)


def _is_pronoun(tok: Token) -> bool:
    """A personal pronoun; "US" in capitals is the country, not "us"."""
    return tok.lower_ in _ALL_PRONOUNS and not (tok.is_upper and len(tok) > 1)


def _teller(pronoun: Token) -> Token | None:
    """The subject of the verb of telling whose told clause has the pronoun as its subject
    ("police said they arrested a man": "police")."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return teller if teller is not None and teller.i < pronoun.i else None


def _surname(ent: Span) -> str | None:
    """The last word of a person's name, without a possessive ("Khamenei's" -> "Khamenei")."""
    words = [t.text for t in ent if t.is_alpha]
    return words[-1] if words else None


def _of_moved_to_first_conjunct(prep: Token) -> bool:
    """ "between police and supporters of the opposition leader": the parse hangs the "of" that
    follows a partitive conjunct on the first conjunct; it is the partitive's, which it follows."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    return any(
        c.dep_ == "conj" and c.i < prep.i and (c.lower_ in PARTITIVE_HEADS or c.lemma_.lower() in PARTITIVE_HEADS)
        for c in prep.head.children
    )


def _partitive_inner(head: Token) -> Token | None:
    """The people a partitive or a held post stands for: "two of the soldiers", "a convoy of
    aid workers", "positions of the Kurdish militia" (a post of armed forces, role_words.json
    `military_positions`, is whoever holds it), "a bus carrying pilgrims" (`carrier_nouns`)."""
    word = head.lemma_.lower()
    words = load_role_words()
    if word in words.carrier_nouns:
        # "ambushed a convoy carrying aid workers", "a bus carrying pilgrims": the people carried
        carried = next((c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in words.carrying_verbs), None)
        people = next((c for c in carried.children if c.dep_ == "dobj"), None) if carried is not None else None
        if people is not None:
            return people
    held = word in words.military_positions
    if head.lower_ not in PARTITIVE_HEADS and word not in PARTITIVE_HEADS and not head.like_num and not held:
        return None  # "groups of youths" as "group of youths": the people are the youths
    if head.pos_ == "PROPN":
        return None  # "the Group of 20": a name
    preps = list(head.children)
    if head.dep_ == "conj":
        preps += [p for p in head.head.children if _of_moved_to_first_conjunct(p)]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


class ActorResolver:
    """Per-article resolver: call `scan_sentence` on each sentence in order, then `resolve`."""

    def __init__(
        self,
        doc: Doc,
        lexicon: ActorLexicon,
        places: dict[int, PlaceMention],
        demonym: Callable[[str], str | None],
        is_capital: Callable[[str], str | None],
        published: date | None = None,
        index: ActorIndex | None = None,
    ) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.places = places
        self.demonym = demonym
        self.is_capital = is_capital
        self.published = published
        self._published_known = published is not None
        self.index = index or actor_index()
        self._when: date | None = None  # the event date of the resolve() call in progress
        self.persons: dict[str, PersonInfo] = {}
        self.mentions: list[_Mention] = []
        self._org_heads: dict[str, Organisation] = {}
        self._sentence_index = -1
        self._candidates: tuple[frozenset[int], frozenset[int], list[int]] | None = None
        self._ent_of: dict[int, Span] = {}
        self._police: bool | None = None
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._ent_of[i] = ent
        self._collect_persons()

    # --- persons -------------------------------------------------------------------------
    def _collect_persons(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            key = _surname(ent)
            if key is None:
                continue
            info = self.persons.setdefault(key, PersonInfo(name=ent.text))
            if len(ent.text) > len(info.name):
                info.name = ent.text
            country, sector, titles = self._person_context(ent)
            info.titles |= titles
            info.country = info.country or country
            info.sector = info.sector or sector
            found = self.dictionary_entry(ent) or self._titled_entry(ent)
            if found is not None and found.kind in _DICTIONARY_KINDS:
                info.actor = info.actor or found

    def _titled_entry(self, ent: Span) -> ActorEntry | None:
        """The dictionary's person for a title and a name it lists only together ("President Bush")."""
        for width in (1, 2):
            start = ent.start - width
            if start < 0 or not all(t.text[:1].isupper() for t in self.doc[start : ent.start]):
                continue
            if self.doc[start : ent.start].text.lower() in self.lexicon.titles:
                found = self.dictionary_entry(self.doc[start : ent.end])
                if found is not None:
                    return found
        return None

    # --- the actor dictionary ------------------------------------------------------------------
    def dictionary_entry(self, span: Span) -> ActorEntry | None:
        """The dictionary's actor a named span is, when its name and variants say so unambiguously.

        A one-word name of four letters or fewer must be written in capitals ("ISIS", not "Isis"),
        unless it is a person's, tagged as one ("Xi", "Modi").
        Several actors under one name count only when they agree on the country.
        """
        words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
        if words and words[-1].tag_ == "POS":
            words = words[:-1]
        if not words:
            return None
        text = doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
        found = self.index.lookup(text.removesuffix("'s").removesuffix("’s"))
        if " " not in text and len(text) <= 4 and not text.isupper():
            # "Isis" is no ISIS; a person's short name ("Xi", "Modi", "Lula") is still theirs
            found = tuple(e for e in found if e.kind == "person") if span.label_ == "PERSON" else ()
        if not found:
            return None
        when = self.when()
        countries = {r.country for r in (e.role_at(when) for e in found) if r is not None}
        return found[0] if len(countries) == 1 else None

    def when(self) -> date | None:
        """The date roles are chosen for: the event's, else the publication date (stated or given)."""
        if self._when is not None:
            return self._when
        if not self._published_known:
            self._published_known = True
            self.published = stated_publication(doc_text(self.doc))
        return self.published

    def dictionary_party(self, text: str, entry: ActorEntry) -> Party | None:
        """A party from the dictionary's entry, with its role on the event's date (None when the
        dictionary codes no role then)."""
        role = entry.role_at(self.when())
        if role is None or entry.kind not in _DICTIONARY_KINDS:
            return None
        if entry.kind == "person":
            return Party(text, entry.name, role.country, role.sector, "person", entry.id, role.code)
        return Party(text, entry.name, role.country, role.sector, "organisation", entry.id, role.code)

    def _person_context(self, ent: Span) -> tuple[str | None, str | None, set[str]]:
        """Country, sector and titles from a person mention's left context and appositions."""
        titles: set[str] = set()
        sector: str | None = None
        country: str | None = None
        # The name's own modifiers: "Iran's President Hassan Rouhani", "Iraqi Prime Minister X".
        left = sorted((t for t in ent.root.subtree if t.i < ent.start), key=lambda t: t.i)
        if ent.root.dep_ == "compound" and ent.root.head.i >= ent.end:
            left = []  # the name modifies something else ("Soleimani aide")
        left += [t for t in ent if t.lower_ in self.lexicon.titles]
        left_text = " ".join(t.lower_ for t in left)
        for title, title_sector in sorted(self.lexicon.titles.items(), key=lambda kv: -len(kv[0])):
            if title in left_text.split() or (" " in title and title in left_text):
                titles.add(title)
                sector = sector or title_sector
        if sector in _OFFICE_SECTORS and _former(left):
            sector = "ELI"  # "former Prime Minister Imran Khan": out of office, no longer the state
        country = self._country_in(left)
        # Appositions: "Ali Shamkhani, secretary of Iran's Supreme National Security Council".
        head = ent.root
        appos_heads = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            appos_heads.append(head.head)
        for app in appos_heads:
            tokens = [t for t in app.subtree if t.i < ent.start or t.i >= ent.end]
            party = self._party_from_tokens(app, tokens)
            if party is not None:
                country = country or party.country
                sector = sector or party.sector
            if app.lemma_.lower() in self.lexicon.titles:
                titles.add(app.lemma_.lower())
                sector = sector or self.lexicon.titles[app.lemma_.lower()]
        return country, sector, titles

    # --- country signals ---------------------------------------------------------------------
    def _country_of_token(self, tok: Token) -> str | None:
        place = self.places.get(tok.idx)
        if place is None:
            ent = self._ent_of.get(tok.i)
            if ent is not None:
                place = self.places.get(ent.start_char)
        # A region of one country ("northern Gaza", "Darfur") places a phrase as its country does.
        if place is not None and place.country and place.precision in ("country", "city", "admin1", "region"):
            nxt = self.doc[tok.i + 1 : tok.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in {"based", "born"}:
                return None  # "Iraq-based forces" are located there, not of there
            return place.country
        if tok.text[:1].isupper():
            ent = self._ent_of.get(tok.i)
            if ent is not None and len(ent) > 1 and ent.label_ == "NORP":
                # "South Korean", "North Korean": the demonym is the whole entity.
                whole = self.demonym(ent.text)
                if whole:
                    return whole
            if tok.i > 0 and self.doc[tok.i - 1].text[:1].isupper():
                pair = self.demonym(f"{self.doc[tok.i - 1].text} {tok.text}")
                if pair:
                    return pair
            return self.demonym(tok.text) or self._country_name(tok)
        return None

    def _country_name(self, tok: Token) -> str | None:
        """ "The Mozambique government": a country's name used as a modifier, which the model tags
        as a nationality (NORP) and the gazetteer therefore never placed, names the country."""
        ent = self._ent_of.get(tok.i)
        if ent is None or ent.label_ not in {"NORP", "GPE"}:
            return None
        # "anti-Israel protests": the model tags the prefix with the name; the name is the country.
        names = (ent.text, tok.text) if stance(tok) is not None else (ent.text,)
        return next((country for name in names if (country := self._country_named(name))), None)

    def _country_in(self, tokens: list[Token]) -> str | None:
        """The phrase's country: a possessive country ("Iran's"), else the first country or
        demonym left to right, else the country of a possessive pronoun's antecedent ("its
        forces"), which is the weakest signal ("her American counterparts" are American)."""
        for tok in tokens:
            if (any(c.dep_ == "case" for c in tok.children) or tok.dep_ == "poss") and tok.lower_ not in (
                GROUP_PRONOUNS | PERSON_PRONOUNS
            ):
                country = self._country_of_token(tok)
                if country:
                    return country
        for tok in tokens:
            country = self._country_of_token(tok)
            if country:
                return country
        for tok in tokens:
            if tok.dep_ == "poss" and tok.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS:
                owner = self.antecedent(tok)
                if owner is not None and owner.country:
                    return owner.country
        return None

    def _organisation_in(self, tokens: list[Token], head: Token | None = None) -> Party | None:
        """The first named organisation among the tokens (organisations.jsonl, else the actor
        dictionary; a person the dictionary knows lends their country: "Rouhani's government")."""
        seen: set[int] = set()
        for tok in tokens:
            if (tok.text[:1].isupper() and tok.text in self._org_heads and self._ent_of.get(tok.i) is None) or (
                tok.text in self._org_heads and (ent := self._ent_of.get(tok.i)) is not None and len(ent) == 1
            ):
                # "the Guards" after "the Revolutionary Guards": a short reference to a named group.
                known = self._org_heads[tok.text]
                return self._curated(tok.text, known)
            ent = self._ent_of.get(tok.i)
            if ent is None or ent.start in seen:
                continue
            seen.add(ent.start)
            if ent.label_ in {"ORG", "NORP", "PERSON", "GPE"}:
                org = self.lexicon.organisation(ent.text)
                if org is not None:
                    self._remember_org(ent, org)
                    return self._curated(ent.text, org)
                named = self._dictionary_named(ent, head)
                if named is not None:
                    return named
        return None

    def _curated(self, text: str, org: Organisation) -> Party:
        """A party of organisations.jsonl, with the dictionary's id and role when the dictionary
        lists the same name for the same country."""
        party = Party(text, org.name, org.country, org.sector, "organisation")
        found = self.index.lookup(org.name)
        role = found[0].role_at(self.when()) if found else None
        if role is not None and role.country == org.country:
            party.actor_id, party.role = found[0].id, role.code
        return party

    def _dictionary_named(self, ent: Span, head: Token | None) -> Party | None:
        """The dictionary's party for a named entity that is not the phrase's own person or a
        place the gazetteer knows."""
        if head is not None and ent.start <= head.i < ent.end and ent.label_ == "PERSON":
            return None
        if ent.label_ in {"GPE", "NORP"} and (self.places.get(ent.start_char) or self.demonym(ent.text)):
            return None
        found = self.dictionary_entry(ent)
        return self.dictionary_party(ent.text, found) if found is not None else None

    def _remember_org(self, ent: Span, org: Organisation) -> None:
        if len(ent) > 1 and ent[-1].text[:1].isupper() and ent[-1].is_alpha:
            self._org_heads.setdefault(ent[-1].text, org)

    # --- phrases ---------------------------------------------------------------------------
    def phrase_tokens(self, head: Token) -> list[Token]:
        """The head's noun phrase: its subtree without clauses, conjuncts and appositions, nor a
        possessor's own "'s" ("Iran's attack" is Iran's, "the victim's head" the victim's)."""
        out: list[Token] = []

        def walk(tok: Token) -> None:
            out.append(tok)
            for child in tok.children:
                if tok is head and head.dep_ == "poss" and child.dep_ == "case":
                    continue
                if child.dep_ in _CLAUSE_DEPS or _clause_prep(child) or _verbs_result(child) or _time_prep(child):
                    continue
                if tok is head and _of_moved_to_first_conjunct(child):
                    continue
                if (
                    tok is head
                    and child.dep_ == "prep"
                    and child.lower_ in _AIMING_PREPS | {"on"}
                    and agent_of_noun(head)
                ):
                    continue  # "an attack by jihadists on a military post": the post is the attack's
                if (
                    tok is head
                    and child.dep_ == "prep"
                    and child.lower_ == "of"
                    and _charged(head)
                    and _a_charge(child)
                ):
                    continue  # "accused Ethiopian forces of ethnic cleansing": the charge, not the forces
                walk(child)

        walk(head)
        return sorted(out, key=lambda t: t.i)

    def _signal_tokens(self, head: Token, tokens: list[Token], sector: str | None) -> list[Token]:
        """Tokens whose country counts for the phrase: its own modifiers, and for an actor noun
        ("lawmakers in Iraq", "allies of the US") the object of an of/in/from phrase on it."""
        direct = {head.i}
        for child in head.children:
            if _patron(child) or stance(child) is not None:
                continue  # "Iran-backed militias", "pro-Iranian militias" are not Iran's
            if child.dep_ in {"poss", "amod", "compound", "npadvmod", "nmod", "nummod", "det"}:
                direct.update(t.i for t in child.subtree)
            elif sector is not None and child.dep_ == "prep" and child.lower_ in {"of", "in", "from"}:
                direct.update(t.i for g in child.children if g.dep_ == "pobj" for t in g.subtree)
        tied = self._affiliation(head)
        # "an anti-Israel student group": a cause nested deeper is no country of the group either
        own = [t for t in tokens if t.i in direct and (t.i == head.i or stance(t) is None)]
        return own + [t for t in tied if t.i not in direct]

    @staticmethod
    def _affiliation(head: Token) -> list[Token]:
        """ "Workers affiliated with the Serbian Workers' Union", "gunmen linked to the Taliban":
        the body a group is tied to (a clause the phrase otherwise leaves out) tells its side."""
        out: list[Token] = []
        for clause in head.children:
            if clause.dep_ not in {"acl", "amod"} or lemma(clause) not in load_event_words().affiliation_words:
                continue
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                    out += [t for g in prep.children if g.dep_ == "pobj" for t in g.subtree]
        return sorted(out, key=lambda t: t.i)

    def _of_the_group(self, head: Token, name: str | None) -> bool:
        """Whether the head's own modifiers or its "of" name the group ("an Islamic State leader",
        "a commander of the SDF"), not a phrase hung on it ("security forces in a crackdown on
        Taliban militants")."""
        holders = [c for c in head.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
        holders += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        for tok in (t for holder in holders for t in holder.subtree):
            ent = self._ent_of.get(tok.i)
            words = ent.text if ent is not None else tok.text
            found = self.lexicon.organisation(words) or self._org_heads.get(tok.text)
            if found is not None and found.name == name:
                return True
        return False

    def _names_police(self) -> bool:
        """Whether the report names the police anywhere (a head noun of sector COP)."""
        if self._police is None:
            cop = {w for w, sector in self.lexicon.head_nouns.items() if sector == "COP"}
            self._police = any(t.lemma_.lower() in cop or t.lower_ in cop for t in self.doc)
        return self._police

    def _condition(self, head: Token) -> bool:
        """ "a state of emergency", "a state of siege": a condition, not a party (actor_sectors.json
        `condition_heads`); "the State of Israel", "the state of Kaduna" name one."""
        if head.text not in self.lexicon.condition_heads:
            return False
        return any(
            g.pos_ == "NOUN" and g.text.islower()
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        )

    def _in_dateline(self, tok: Token) -> bool:
        ent = self._ent_of.get(tok.i)
        if ent is None or not ent.text.isupper() or len(ent.text) < 3:
            return False
        line_start = doc_text(self.doc).rfind("\n", 0, ent.start_char) + 1
        after = doc_text(self.doc)[ent.end_char : ent.end_char + 3].lstrip()
        return not doc_text(self.doc)[line_start : ent.start_char].strip() and after[:1] in {"(", "-", ",", "—", "–"}

    def _party_from_tokens(self, head: Token, tokens: list[Token]) -> Party | None:
        inner = _partitive_inner(head)
        if inner is not None:
            # "some of its 500 forces", "two of the soldiers": the party is the inner noun's.
            party = self._party_from_tokens(inner, self.phrase_tokens(inner))
            if party is not None and head.lower_ in _FOLLOWER_HEADS:
                # "supporters of the president" are no president: a group of the side's country,
                # political only when the side is ("supporters of the opposition")
                words = tokens or [head]
                said = " ".join(doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1].text)].split())
                side = party.sector if party.sector in _POLITICAL_SECTORS else "CVL"
                return Party(said, None, party.country, side, "group")
            return party
        if not tokens:
            tokens = [head]
        text = " ".join(doc_text(self.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)].split())
        lemma = head.lemma_.lower()
        plural_name = head.pos_ == "PROPN" and lemma.removesuffix("s") in self.lexicon.head_nouns
        if plural_name and (head.is_sent_start or (head.tag_ == "NNPS" and self._country_in(tokens) is not None)):
            # "Gendarmes fired ...": a plural the model took for a name; "the Sudanese Armed
            # Forces": a state's forces by their formal name (a named group has its own entry).
            lemma = lemma.removesuffix("s")
        if self._in_dateline(head) or self._condition(head):
            return None
        if lemma in self.lexicon.location_nouns:
            # "fired rockets at Israeli towns", "drones struck Russian territory": a country's land
            # that a verb acts on or aims at is that country, hit or threatened; land where
            # something happens ("the killing on Iraqi soil", "in Syrian territory") is a place.
            aimed = head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in _AIMING_PREPS)
            modifiers = (c for c in head.children if c.dep_ in {"amod", "compound", "poss"} and c.i < head.i)
            owner = (
                next((country for c in modifiers if (country := self._country_of_token(c))), None) if aimed else None
            )
            return Party(text, None, owner, None, "country") if owner else None
        if head.pos_ == "NOUN" and lemma in self.lexicon.act_heads:
            owner_party = self._act_owner(head, text)
            if owner_party is not None:
                return owner_party
        sector = self.lexicon.head_nouns.get(lemma) or self.lexicon.titles.get(lemma)
        if head.pos_ == "PROPN" and head.ent_type_ == "GPE":
            sector = None  # "the Soviet Union", "the Central African Republic": a state's name, no union
        joined = self._hyphened_title(head)
        if joined is not None:
            sector = self.lexicon.titles[f"{joined.lower_}-{lemma}"]  # "Secretary-General" is no general
        elif head.i > 0 and f"{self.doc[head.i - 1].lower_} {lemma}" in self.lexicon.titles:
            joined = self.doc[head.i - 1]  # "the Attorney General": no general either
            sector = self.lexicon.titles[f"{joined.lower_} {lemma}"]
        # "a birthday party", "a block party": people at a celebration, not a political party
        prep = head.head.lower_ if head.dep_ == "pobj" else None
        attached = (c.lower_ for c in head.children if c.dep_ not in {"prep", "relcl", "acl", "punct", "appos"})
        sector = self.lexicon.gathering_sector(lemma, attached, prep) or sector
        kinds = [c.lemma_.lower() for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i]
        sector = self.lexicon.civic_sector(lemma, kinds) or sector  # "a social leader": no government's
        run_party = self._run_party(head) if head.pos_ == "NOUN" or self._ent_of.get(head.i) is None else None
        for child in head.children:
            # "police officers", "army commander": the modifier names the institution; "PM Miro
            # Cerar" (not tagged as a person): the title does; "rebel leaders", when the model
            # tags "rebel" an adjective, an armed side does as well, of a noun that names people
            # already ("a military post" stays no side: a party's country would come from its place).
            word = child.lemma_.lower()
            armed_adjective = child.dep_ == "amod" and self.lexicon.head_nouns.get(word) in _ARMED_MODIFIERS
            # "bombed Kurdish militant positions": a post an armed group holds stands for the group
            # (a "military post" stays the place it is: the army's posts are `attacked-position-is-its-forces`).
            held = lemma in load_role_words().military_positions and self.lexicon.head_nouns.get(word) == "REB"
            armed_adjective = armed_adjective and (sector is not None or held)
            if child is joined or self.lexicon.names_generation(child):
                continue  # "Gen Z protesters": an age group, not a general's men
            if lemma in self.lexicon.machine_heads and word in self.lexicon.machine_kinds:
                continue  # "fighter jets", "attack helicopters": the kind of craft, not who flies it
            if armed_adjective or (
                child.dep_ == "compound" and (word in self.lexicon.head_nouns or word in self.lexicon.titles)
            ):
                if run_party is not None or self._inside_named_body(child, head):
                    continue  # "Islamic State militants": "State" is part of the group's name
                modifier = self.lexicon.head_nouns.get(word) or self.lexicon.titles[word]
                if modifier == "GOV" and sector in _STATE_FORCES:
                    break  # "government troops", "state police": whose forces, not what they are
                sector = modifier
                break
        # "Officers returned fire" in a report that names the police: police officers.
        heads = self.lexicon.head_nouns
        described = any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in heads for c in head.children)
        if sector is not None and lemma in self.lexicon.police_context_heads and not described and self._names_police():
            sector = "COP"
        sector = self._armed(head, sector)
        signals = self._signal_tokens(head, tokens, sector)
        if _house_of_worship(head):
            return None  # "the Al-Aqsa mosque": the name is the building's, not a side's
        org = self._organisation_in(signals, head) or run_party
        head_ent = self._ent_of.get(head.i)
        if head_ent is not None and head_ent.label_ == "PERSON" and head_ent.root.i == head.i:
            state = self._state_taken_for_a_person(head_ent)
            if state is not None:
                return Party(text, head_ent.text, state, "GOV", "country")
        if head_ent is not None and (head_ent.label_ == "PERSON" or self._named_person_elsewhere(head_ent)):
            return self._person_party(text, head_ent, org, signals)
        if head_ent is not None and self.lexicon.organisation(head_ent.text) is not None:
            found = self.lexicon.organisation(head_ent.text)
            assert found is not None
            return self._curated(text, found)
        if head_ent is not None and head_ent.label_ in _NAMED_LABELS:
            named = self._dictionary_named(head_ent, head)
            if named is not None:
                named.text = text
                return named
        if head_ent is not None and head_ent.label_ in {"GPE"}:
            place = self.places.get(head_ent.start_char)
            if place is not None and place.country:
                if place.precision == "country":
                    return Party(text, place.name, place.country, "GOV", "country")
                if self.is_capital(head_ent.text):
                    return Party(text, place.name, place.country, "GOV", "country")
        country = self._country_in(signals)
        # "hundreds of Hindus": followers of a faith, a group the model tags like a nationality
        believers = head_ent is not None and head_ent.label_ == "NORP" and not self.demonym(head.text)
        common = (head.pos_ == "NOUN" or head_ent is None or believers) and not load_role_words().is_premises(lemma)
        if sector is None and org is None and lemma in load_role_words().projectile_nouns:
            # "Mortar rounds struck a camp": a munition is nobody's side unless its owner is named
            # ("Russian missiles hit a power plant": Russia's).
            return Party(text, None, country, None, "group") if country is not None else None
        if sector is None and (country is not None or org is not None or common):
            # The agent nouns (actor_agents.tsv) name the sector of any common-noun head the short
            # head-noun list leaves out ("militiamen", "looters", "sheriff's deputies"); a school
            # or a camp that nothing makes a country's institution is a place hit, not a side.
            sector = self._agent_sector(head) or self._person_noun(head, lemma)
        if org is not None and org.kind == "person":
            # "Rouhani's government": the person lends a country, the phrase is not the person.
            return Party(text, None, org.country, sector or org.sector, "group")
        if org is not None:
            governs = lemma in _GOVERNING_HEADS  # "the Taliban administration" governs as a state
            if org.sector in _NON_STATE_ARMED and sector in _STATE_ROLES and self._of_the_group(head, org.name):
                sector = sector if governs else org.sector  # "an Islamic State leader": the group's
            if org.sector in _NON_STATE_ARMED and lemma in _SPLINTER_HEADS:
                sector = org.sector  # "FARC dissidents", "Taliban splinter factions": armed still
            return Party(text, org.name, org.country, sector or org.sector, "organisation", org.actor_id, org.role)
        hyphened = head.dep_ == "npadvmod" and head.head.tag_ == "VBN"  # "a Saudi-led strike": the state
        if head.pos_ == "PROPN" and self.demonym(head.text) and not hyphened:
            # "Iranians", "Americans": the people of a country.
            return Party(text, None, self.demonym(head.text), "CVL", "group")
        if sector is None and country is None:
            if head_ent is not None and head_ent.root.i == head.i and self._unknown_name(head_ent):
                # A named body we have no entry for ("the Verkhovna Rada"), or a name the model
                # took for a place that no gazetteer places ("Blinken met Wang Yi"): a party whose
                # country the event's place may tell.
                return Party(text, head_ent.text, None, None, "group")
            return None
        if sector is None and lemma in self.lexicon.collective_nouns:
            sector = "CVL"
        place = self._place_in(head_ent) if head_ent is not None and head_ent.root.i == head.i else None
        if sector is None and place is not None and place.precision == "country" and place.country == country:
            # "Niger expelled the ambassador", "The United States": a country's name the model
            # tagged an organisation or a person, or whose own words led elsewhere, is its state.
            return Party(text, place.name, place.country, "GOV", "country")
        return Party(text, None, country, sector, "group")

    def _state_taken_for_a_person(self, ent: Span) -> str | None:
        """ "delivered grain to Burkina Faso, the Russian Embassy said": a country's name of two
        words or more that the model tagged as a person (its apposition then read as the person's
        post) is the state; a one-word name ("Chad", "Jordan") may well be a person's."""
        if len(ent) < 2 or ent.text[:1].islower():
            return None
        return self._country_named(ent.text)

    def _country_named(self, name: str) -> str | None:
        """The country the actor dictionary knows by this name on the event's date, if any."""
        for entry in self.index.lookup(name):
            role = entry.role_at(self._when or self.published) if entry.kind == "country" else None
            if role is not None and role.country:
                return role.country
        return None

    def _office_of_a_state(self, head: Token) -> Party | None:
        """ "the King of Jordan", "the Emir of Qatar": a title whose "of" names a state, which the
        model tagged a person as a whole, is that state's office-holder."""
        sector = self.lexicon.titles.get(head.lemma_.lower())
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if sector is None or named is None or named.pos_ != "PROPN":
            return None
        words = list(named.subtree)
        country = self._country_named(" ".join(t.text for t in words))
        if country is None:
            return None
        start = min(t.idx for t in head.subtree if t.i <= head.i)
        said = " ".join(doc_text(self.doc)[start : words[-1].idx + len(words[-1].text)].split())
        return Party(said, None, country, sector, "group")

    def _act_owner(self, head: Token, text: str) -> Party | None:
        """The party whose proposal, decision or statement a head names (actor_sectors.json
        `act_heads`): its possessor ("Kenya's bid", "the Sudanese army's decision"), else the state
        a country's name or demonym before it names ("the Israeli proposal"), else None (an owner
        of no known country or name, "the company's plan", is left to the phrase's own words)."""
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                owner = self._party_from_tokens(child, self.phrase_tokens(child))
                if owner is not None and (owner.country is not None or owner.name is not None):
                    return Party(text, owner.name, owner.country, owner.sector, owner.kind, owner.actor_id, owner.role)
                return None
        for child in head.children:
            if child.dep_ in {"amod", "compound"} and child.i < head.i:
                country = self._country_of_token(child)
                if country is not None:
                    return Party(text, None, country, "GOV", "country")
        return None

    def _place_in(self, ent: Span) -> PlaceMention | None:
        """The first place the geoparser found inside an entity ("the United States" in "The
        United States", whose place starts after the article)."""
        return next((self.places[i] for i in range(ent.start_char, ent.end_char) if i in self.places), None)

    def _named_person_elsewhere(self, ent: Span) -> bool:
        """ "Olaf Scholz said ... Macron hosted Scholz": a one-word name the model labels a place or
        a body in one sentence is the person the article names in full elsewhere."""
        return (
            len(ent) == 1
            and ent.label_ in {"GPE", "ORG"}
            and ent.text in self.persons
            and (ent.label_ != "GPE" or self.places.get(ent.start_char) is None)
        )

    def _unknown_name(self, ent: Span) -> bool:
        """A named body, or a name labelled a place that the gazetteer does not place and that is
        no people's name: the small model labels many surnames GPE ("Blinken", "Scholz")."""
        if ent.label_ == "ORG":
            return True
        if ent.root.tag_ == "NNPS" or ent.root.pos_ != "PROPN":
            # "Rockets rained down": a plural the model took for a name is no one's name;
            # "the first Western delegation": an adjective names nobody.
            return False
        return ent.label_ == "GPE" and self.places.get(ent.start_char) is None and not self.demonym(ent.text)

    def _inside_named_body(self, tok: Token, head: Token) -> bool:
        """True when `tok` is a word of a multi-word name, not the head's, that names a body."""
        ent = self._ent_of.get(tok.i)
        if ent is None or len(ent) < 2 or ent.start <= head.i < ent.end or ent.label_ not in _NAMED_LABELS:
            return False
        return self.lexicon.organisation(ent.text) is not None or self.dictionary_entry(ent) is not None

    def _hyphened_title(self, head: Token) -> Token | None:
        """The first word of a hyphenated title the head ends ("UN Secretary-General",
        "Major-General"), when actor_sectors.json `titles` lists the whole title."""
        if head.i < 2 or head.nbor(-1).text not in {"-", "–"}:
            return None
        first = head.nbor(-2)
        if first.head.i != head.i or f"{first.lower_}-{head.lemma_.lower()}" not in self.lexicon.titles:
            return None
        return first

    def _agent_sector(self, head: Token) -> str | None:
        """The sector an agent noun gives the head, with its compound modifiers ("riot police") or,
        for a group, with the adjectives that say which kind it is ("two rebel groups", "an armed
        group"; not "heavy machine guns", which the agent nouns list)."""
        lemma = head.lemma_.lower()
        compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        modifiers = [c for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i]
        for words in (compounds, modifiers if lemma in _GROUP_HEADS else []):
            if words:
                found = self.index.agent(" ".join([*(c.lower_ for c in words), lemma]))
                if found is not None:
                    return found
        return self._armed(head, self.index.agent(lemma) or self.index.agent(head.lower_))

    @staticmethod
    def _person_noun(head: Token, lemma: str) -> str | None:
        """ "30 schoolgirls", "the worshippers": a noun of people no sector list names is civilians
        (casualty_words.json `person_nouns`, less the words that stand for others or nobody)."""
        words = load_casualty_words()
        if head.pos_ != "NOUN" or lemma not in words.person_nouns or lemma in words.additive_words:
            return None
        if lemma in words.group_members:
            return None  # "Al-Shabaab members": the group's, not civilians
        return None if lemma in words.no_count_determiners else "CVL"

    def noun_sector(self, noun: str) -> str | None:
        """The sector a bare people noun names ("soldiers" -> MIL, "militiamen" -> UAF): the
        head-noun list first, then the agent nouns."""
        word = noun.lower()
        heads = self.lexicon.head_nouns
        return heads.get(word) or heads.get(word.removesuffix("s")) or self.index.agent(word)

    def _armed(self, head: Token, sector: str | None) -> str | None:
        """ "armed men", "masked men": people a modifier arms are an unidentified armed group
        (actor_sectors.json `armed_modifiers`), not civilians."""
        if sector not in _UNARMED_SECTORS:
            return sector
        armed = self.lexicon.armed_modifiers
        return next((armed[c.lower_] for c in head.children if c.dep_ == "amod" and c.lower_ in armed), sector)

    def _person_party(self, text: str, ent: Span, org: Party | None, signals: list[Token]) -> Party:
        """A person's party: what the article says (titles, appositions) first, then the
        dictionary's role on the event's date, then the modifiers of this mention."""
        info = self.persons.get(_surname(ent) or "")
        country = info.country if info else None
        sector = info.sector if info else None
        if org is not None:
            # "Arab League chief X", "Hamas leader X": the body named in the phrase says whose
            # official the person is; a title alone ("chief": government) only guesses.
            country, sector = country or org.country, org.sector or sector
        name = info.name if info else ent.text
        if org is not None and org.country is None and org.sector in INTERNATIONAL_SECTORS and country is None:
            # "UN Secretary-General Antonio Guterres": the official of a body of no one country
            # acts for none, whatever office the dictionary knew him in at home.
            return Party(text, name, None, sector, "person")
        entry = info.actor if info is not None else self.dictionary_entry(ent)
        listed = self.dictionary_party(text, entry) if entry is not None else None
        if listed is None or (country is not None and listed.country != country):
            return Party(text, name, country or self._country_in(signals), sector, "person")
        if " " not in name.strip() and listed.name:
            name = listed.name  # "Ahmadinejad" alone: the dictionary's full name
        return Party(text, name, listed.country, sector or listed.sector, "person", listed.actor_id, listed.role)

    def _name_run(self, head: Token) -> Span | None:
        """The capitalised words the head's compound modifiers form, with the head when it is a
        proper noun itself ("Islamic State fighters" -> "Islamic State"); the model's entities may
        cover them in part only ("Islamic" as NORP)."""
        words: list[Token] = [head] if head.pos_ == "PROPN" and head.text[:1].isupper() else []
        stack = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        while stack:
            tok = stack.pop()
            if not (tok.text[:1].isupper() or tok.text == "-"):
                continue
            words.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
        if not 2 <= len(words) <= 6:
            return None
        start, end = min(t.i for t in words), max(t.i for t in words) + 1
        return self.doc[start:end] if end - start == len(words) else None

    def _run_party(self, head: Token) -> Party | None:
        """A named body or person that a run of capitalised modifiers names, longest first."""
        run = self._name_run(head)
        if run is None:
            return None
        for length in range(len(run), 1, -1):
            for start in range(run.start, run.end - length + 1):
                span = self.doc[start : start + length]
                org = self.lexicon.organisation(span.text)
                if org is not None:
                    return self._curated(span.text, org)
                found = self.dictionary_entry(span)
                party = self.dictionary_party(span.text, found) if found is not None else None
                if party is not None:
                    return party
        return None

    def resolve(self, head: Token, speaker: Party | None = None, when: date | None = None) -> Party | None:
        """The party a noun phrase headed by `head` names, or None when it names none. `when` is
        the event's date, which chooses a dictionary person's role (default: the publication date)."""
        self._when = when
        try:
            return self._resolve(head, speaker)
        finally:
            self._when = None

    def _resolve(self, head: Token, speaker: Party | None) -> Party | None:
        if _is_pronoun(head):
            return self.antecedent(head, speaker)
        definite = any(c.lower_ == "the" for c in head.children)
        lemma = head.lemma_.lower()
        office = self._office_of_a_state(head) if lemma in self.lexicon.titles else None
        if office is not None:
            return office  # "the King of Jordan": the state's, whoever the article calls king
        if definite and (lemma in self.lexicon.titles or head.lower_ in {"leader", "spokesman"}):
            # "the crown prince", "the president": the one person the article gives that title.
            person = self._person_by_title(lemma)
            if person is not None:
                listed = self.dictionary_party(head.text, person.actor) if person.actor is not None else None
                if listed is not None and person.country in (None, listed.country):
                    country, sector = person.country or listed.country, person.sector or listed.sector
                    return Party(head.text, person.name, country, sector, "person", listed.actor_id, listed.role)
                return Party(head.text, person.name, person.country, person.sector, "person")
        party = self._party_from_tokens(head, self.phrase_tokens(head))
        if definite and party is not None and party.country is None and head.pos_ == "NOUN":
            return self._definite_antecedent(head, party)
        return party

    def _definite_antecedent(self, head: Token, party: Party) -> Party:
        """ "the court", "the ministry", "the company": the latest earlier mention with the same
        head noun that has a country lends it."""
        lemma = head.lemma_.lower()
        for m in reversed(self.mentions):
            if m.token_i < head.i and m.lemma == lemma and m.party.country:
                return Party(party.text, m.party.name, m.party.country, party.sector or m.party.sector, party.kind)
        return party

    def _person_by_title(self, title: str) -> PersonInfo | None:
        found = [p for p in self.persons.values() if title in p.titles]
        return found[-1] if len(found) == 1 else None

    # --- subjects and pronouns ----------------------------------------------------------------
    def scan_sentence(self, sent: Span, event_heads: frozenset[int] = frozenset()) -> None:
        """Record the sentence's party mentions (subjects and named parties) for later pronouns.

        `event_heads` are token indices of event triggers: "Teheran's attacks" is an event, not
        an antecedent.
        """
        self._sentence_index += 1
        subjects, named_roots, candidates = self._scan_candidates()
        doc = self.doc
        for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
            tok = doc[i]
            if i in event_heads or _is_pronoun(tok):
                continue
            is_subject = i in subjects
            if not (is_subject or i in named_roots):
                continue
            party = self._party_from_tokens(tok, self.phrase_tokens(tok))
            if party is not None and (party.country or party.name) and party.sector != "MED":
                self.mentions.append(_Mention(i, party, is_subject, self._sentence_index, tok.lemma_.lower()))

    def _scan_candidates(self) -> tuple[frozenset[int], frozenset[int], list[int]]:
        """Indices of the doc's subjects, of the roots of its named parties, and both in order:
        the only tokens `scan_sentence` records (read once per doc, not token by token)."""
        if self._candidates is None:
            doc = self.doc
            strings = doc.vocab.strings
            wanted = {strings.add("nsubj"), strings.add("nsubjpass")}
            subjects = frozenset(i for i, dep in enumerate(doc.to_array("DEP").tolist()) if dep in wanted)
            roots = frozenset(e.root.i for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"})
            self._candidates = (subjects, roots, sorted(subjects | roots))
        return self._candidates

    def antecedent(self, pronoun: Token, speaker: Party | None = None) -> Party | None:
        """The nearest preceding party mention that fits the pronoun."""
        low = pronoun.lower_
        if low in FIRST_PERSON:
            return speaker
        want_person = low in PERSON_PRONOUNS
        current = self._sentence_index
        teller = _teller(pronoun) if not want_person else None
        if teller is not None and speaker is not None and speaker.kind != "person":
            # "the rebels said they attacked a convoy": the tellers, as the report named them.
            told = [m for m in self.mentions if m.sentence == current and teller.left_edge.i <= m.token_i <= teller.i]
            named = next((m.party for m in told if m.token_i == teller.i), told[-1].party if told else speaker)
            return replace(named, text=pronoun.text)
        same_sentence = [m for m in self.mentions if m.sentence == current and m.token_i < pronoun.i]
        earlier = [m for m in self.mentions if current - 3 <= m.sentence < current and m.is_subject]
        if low in _PLURAL_PRONOUNS and same_sentence and same_sentence[-1].party.kind == "country":
            # "If the Houthis continue attacking shipping, Washington will strike their missile
            # sites": "they" stands for a group, not for the nearer state, which is "it"
            groups = [m for m in same_sentence if m.party.kind in {"organisation", "group"}]
            if groups:
                party = groups[-1].party
                return Party(
                    pronoun.text, party.name, party.country, party.sector, party.kind, party.actor_id, party.role
                )
        for pool in (same_sentence, earlier):
            for m in reversed(pool):
                if (m.party.kind == "person") == want_person:
                    party = m.party
                    kind = party.kind
                    return Party(
                        pronoun.text, party.name, party.country, party.sector, kind, party.actor_id, party.role
                    )
        if not want_person:
            # "A Nato official told Reuters it would ...": the official's organisation or state.
            for m in reversed(same_sentence + earlier):
                if m.party.country or m.party.kind == "organisation":
                    return Party(pronoun.text, None, m.party.country, m.party.sector, "group")
        return None
