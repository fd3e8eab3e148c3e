"""Which sentences can hold an event: the cheap pass that decides what gets the dependency parse.

A sentence is a candidate when one of its words is a form of a trigger lemma (triggers.jsonl,
verbs and nouns inflected by English rules plus the model's own irregular forms), a title
("minister", "general": person contexts feed actor resolution) or a casualty/quantity word
("dead", "wounded": figures carried over to the event of a nearby sentence). Context the
extractor reads across sentences is kept too: the sentence before a candidate that holds a
pronoun (its antecedent), the nearest earlier sentence naming what a definite description
refers to ("the court", "the ambassador"), and the rest of a quotation that a candidate opens
(its reporting clause). Page debris is never parsed: extraction skips it anyway.

The word forms over-generate ("targetted" next to "targeted") on purpose: a missed form loses
an event, an extra one costs a little parse time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp.doctext import doc_text, span_text
from ..nlp.lemmas import VERB_PREFIXES
from .actors import GROUP_PRONOUNS, PERSON_PRONOUNS
from .dates import load_date_words
from .lexicon import NAMED_PERSON_CLASS, PLACE_CLASS, load_actor_lexicon, load_triggers
from .numbers import load_number_words
from .quantities import load_quantity_kinds
from .triggers import NAME_LABELS, PLACE_LABELS, in_long_entity
from .victims import casualty_cue_words
from .words import load_event_words

QUOTES = '"“”'
QUOTE_REACH = 3  # as far as extraction looks for the clause that closes a quotation
_VOWELS = frozenset("aeiou")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "o")


def _plural(lemma: str) -> set[str]:
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return {lemma[:-1] + "ies"}
    if lemma.endswith(_SIBILANT_ENDINGS):
        return {lemma + "es", lemma + "s"}
    return {lemma + "s"}


def noun_forms(lemma: str) -> set[str]:
    """Singular and regular plural of a noun ("attack", "attacks"; "casualty", "casualties")."""
    return {lemma} | _plural(lemma)


def verb_forms(lemma: str) -> set[str]:
    """Regular verb forms, over-generated: "target" -> targets, targeted, targetted, targeting, ..."""
    forms = {lemma} | _plural(lemma)
    if lemma.endswith("ie"):
        return forms | {lemma + "d", lemma[:-2] + "ying"}
    if lemma.endswith("e"):
        return forms | {lemma + "d", lemma[:-1] + "ing", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return forms | {lemma[:-1] + "ied", lemma + "ing"}
    forms |= {lemma + "ed", lemma + "ing"}
    last = lemma[-1]
    if len(lemma) > 2 and last not in _VOWELS | {"w", "x", "y"} and lemma[-2] in _VOWELS:
        forms |= {lemma + last + "ed", lemma + last + "ing"}  # "shelled", "targetted", "kidnapped"
    return forms


def _irregular(exceptions: Mapping[str, Mapping[str, Sequence[str]]], pos: str) -> dict[str, set[str]]:
    """Forms by lemma from the model lemmatizer's exception table ({"shot": ["shoot"]} -> shoot: shot)."""
    by_lemma: dict[str, set[str]] = {}
    for form, lemmas in exceptions.get(pos, {}).items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, set()).add(form)
    return by_lemma


@dataclass(frozen=True, slots=True)
class CueRule:
    """Words a sentence must hold for one trigger entry to match: a trigger form, and one word of
    each required group (its object words, its particle, its prepositions)."""

    forms: frozenset[str]
    requires: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class EventCues:
    """Lower-cased word forms that make a sentence worth parsing."""

    rules: dict[str, tuple[CueRule, ...]]
    quantity_forms: frozenset[str]
    count_words: frozenset[str]
    title_forms: frozenset[str]
    referent_forms: frozenset[str] = frozenset()  # "the court", "the ambassador": earlier mentions resolve them

    @classmethod
    def from_lexicons(cls, exceptions: Mapping[str, Mapping[str, Sequence[str]]] | None = None) -> EventCues:
        """Cue rules from triggers.jsonl, the quantity words, number_words.json and the titles.

        `exceptions` is the lemmatizer's exception table by part of speech ("verb", "noun").
        """
        exceptions = exceptions or {}
        irregular = {pos: _irregular(exceptions, pos.lower()) for pos in ("VERB", "NOUN", "ADJ")}

        def forms(lemmas: Iterable[str], pos: str) -> frozenset[str]:
            out: set[str] = set()
            for lemma in lemmas:
                lemma = lemma.lower()
                if pos == "VERB":
                    out.update(verb_forms(lemma))
                elif pos == "NOUN":
                    out.update(noun_forms(lemma))
                else:  # adjectives ("responsible") are matched as written
                    out.add(lemma)
                out.update(irregular.get(pos, {}).get(lemma, ()))
                if pos == "VERB":  # "retook", "overran": a prefix on an irregular base's forms
                    for prefix in VERB_PREFIXES:
                        base = lemma[len(prefix) :]
                        if lemma.startswith(prefix) and len(base) >= 3:
                            out.update(prefix + form for form in irregular["VERB"].get(base, ()))
            return frozenset(out)

        rules: dict[str, list[CueRule]] = {}
        for trigger in load_triggers().triggers:
            requires: list[frozenset[str]] = []
            if trigger.objects:  # object words are lemmas too ("stones" for "stone")
                requires.append(forms(trigger.objects, "NOUN") | forms(trigger.objects, "VERB"))
            if trigger.subjects:  # "the bomb went off": not every "went"
                requires.append(forms(trigger.subjects, "NOUN"))
            if trigger.predicates:  # "designated the group a terrorist organisation"
                requires.append(forms(trigger.predicates, "NOUN") | trigger.predicates)
            if trigger.construction is not None:  # "X said Sudan must return": a reported obligation
                requires.append(forms(load_event_words().reporting_verbs, "VERB"))
            if trigger.particle is not None:
                requires.append(frozenset({trigger.particle}))
            if trigger.preps:
                requires.append(frozenset(trigger.preps))
            for prep, words in trigger.prep_objects.items():
                requires.append(frozenset({prep}))
                if words:
                    requires.append(forms(words, "NOUN"))
            rule = CueRule(forms(trigger.lemmas, trigger.pos), tuple(requires))
            for form in rule.forms:
                rules.setdefault(form, []).append(rule)
            for lemma in (w for w in trigger.lemmas if "-" in w.strip("-")):
                # "a sit-in": the tokenizer splits the word at the hyphen (the matcher joins it
                # again, `triggers.hyphened_lemma`), so its last part is the cue, with its first.
                first, _, last = lemma.lower().rpartition("-")
                split = CueRule(forms([last], trigger.pos), (*requires, frozenset({first.rsplit("-", 1)[-1]})))
                for form in split.forms:
                    rules.setdefault(form, []).append(split)
        numbers = load_number_words()
        count_words = set(numbers.units) | set(numbers.tens) | set(numbers.scales) | set(numbers.unit_words)
        # The last word of a phrase carries it: "no one", "a handful", "tens of thousands".
        count_words |= {phrase[-1] for phrase in numbers.zero_phrases | set(numbers.vague_counts)}
        actors = load_actor_lexicon()
        kinds = load_quantity_kinds()
        # The last word of a title carries it: "Prime Minister", "Attorney General", "Secretary-General".
        title_words = [title.replace("-", " ").split()[-1] for title in actors.titles]
        return cls(
            rules={form: tuple(found) for form, found in rules.items()},
            quantity_forms=forms(kinds.by_verb, "VERB") | forms(kinds.by_noun, "NOUN"),
            count_words=frozenset(count_words),
            title_forms=forms(title_words, "NOUN"),
            referent_forms=forms([*title_words, *actors.head_nouns], "NOUN"),
        )

    def in_sentence(self, sent: Span, lowers: Sequence[str] | None = None) -> bool:
        """The sentence may hold a trigger, a figure for a nearby event, or a titled person.

        `lowers`: the lower-cased forms of the sentence's tokens, when the caller has them already."""
        lowers = lowers if lowers is not None else [token.lower_ for token in sent]
        words = frozenset(lowers)
        if any(t.ent_type_ == "NORP" for t in sent):
            # "freed two Americans": a trigger whose object is people (not yet tagged: any
            # nationality or group word may be the plural that names them)
            words |= {"people"}
        if any(t.ent_type_ in PLACE_LABELS for t in sent):
            words |= {PLACE_CLASS}  # "overran Mosul": a trigger whose object is a named place
        if any(t.ent_type_ == "PERSON" for t in sent):
            words |= {NAMED_PERSON_CLASS}  # "freed Nazanin Zaghari-Ratcliffe": a named person
        # Extraction codes no trigger inside a date ("in March") or a long name ("the Associated
        # Press"), so such words alone do not make a sentence worth parsing.
        rules, doc = self.rules, sent.doc
        for i, lower in enumerate(lowers):
            found = rules.get(lower)
            if (
                found
                and any(all(group & words for group in r.requires) for r in found)
                and not _named(doc[sent.start + i])
            ):
                return True
        if words & self.quantity_forms and (words & self.count_words or any(t.like_num for t in sent)):
            return True
        if words & casualty_cue_words():
            return True  # "He later died": a victim's outcome, tied to the incident of nearby sentences
        return bool(words & self.title_forms) and any(ent.label_ == "PERSON" for ent in sent.ents)


def _named(token: Token) -> bool:
    """Inside a date or time (or a capitalised month name), or a named entity of two or more
    tokens (see `triggers.find_triggers`)."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    if token.is_title and not token.is_sent_start and token.lower_ in load_date_words().months:
        return True  # "on March 13", "the end of March": a month the model did not tag
    return token.ent_type_ in NAME_LABELS and token.ent_iob_ != "" and in_long_entity(token)


ANTECEDENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS


def _names_someone(sent: Span, words: frozenset[str], referents: frozenset[str]) -> bool:
    """The sentence names a person, organisation, place or people a pronoun after it may stand
    for, by name or by an institution or title noun ("the ministry", "the general")."""
    return any(ent.label_ in ANTECEDENT_LABELS for ent in sent.ents) or not referents.isdisjoint(words)


def mostly_debris(sent: Span, debris: Sequence[tuple[int, int]]) -> bool:
    """More than half of the sentence's visible characters are page debris (captions, promos)."""
    if not any(start < sent.end_char and sent.start_char < end for start, end in debris):
        return False  # most sentences: no debris range touches them
    text = doc_text(sent.doc)
    visible = sum(1 for c in span_text(sent) if not c.isspace()) or 1
    masked = 0
    for start, end in debris:
        lo, hi = max(start, sent.start_char), min(end, sent.end_char)
        if lo < hi:
            masked += sum(1 for c in text[lo:hi] if not c.isspace())
    return masked / visible > 0.5


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Chooses the sentences of a doc (segmented, not yet parsed) that get the parse."""

    cues: EventCues

    def regions(self, doc: Doc, debris: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
        """Token ranges of the sentences to parse, in document order."""
        sents = list(doc.sents)
        lowers = [token.lower_ for token in doc]  # one pass over the tokens
        words = [frozenset(lowers[sent.start : sent.end]) for sent in sents]
        keep = [False] * len(sents)
        for i, sent in enumerate(sents):
            if (
                not span_text(sent).strip()
                or not self.cues.in_sentence(sent, lowers[sent.start : sent.end])
                or mostly_debris(sent, debris)
            ):
                continue
            keep[i] = True
            if (
                i > 0
                and not PRONOUNS.isdisjoint(words[i])
                and _names_someone(sents[i - 1], words[i - 1], self.cues.referent_forms)
            ):
                keep[i - 1] = True  # the pronoun's antecedent, when the sentence before names one
            if span_text(sent).lstrip()[:1] in QUOTES:
                for j in range(i + 1, min(i + 1 + QUOTE_REACH, len(sents))):
                    keep[j] = True
                    if any(q in span_text(sents[j]) for q in QUOTES):
                        break
        for i in [i for i, chosen in enumerate(keep) if chosen]:
            for j in self._antecedents(sents, words, i):
                keep[j] = True
        return [(s.start, s.end) for s, chosen in zip(sents, keep, strict=True) if chosen]

    def _antecedents(self, sents: Sequence[Span], words: Sequence[frozenset[str]], i: int) -> Iterator[int]:
        """Earlier sentences that name what a definite description of sentence `i` refers to:
        for "the court", the nearest earlier sentence with "court" in it."""
        referents = self.cues.referent_forms
        wanted = {t.lower_ for t in sents[i] if t.lower_ in referents and t.i > 0 and t.doc[t.i - 1].lower_ == "the"}
        for j in range(i - 1, -1, -1):
            if not wanted:
                return
            found = wanted & words[j]
            if found:
                wanted -= found
                yield j
