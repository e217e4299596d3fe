"""A reversed statement is not the same in other words: who does what to whom, and which way a
comparison goes, read on both sides of a rendering.

"The man bit the dog" has every word of "the dog bit the man"; "the dog was bitten by the man"
has nearly all, and says what the first says; "it is much safer to be loved than feared" has
every word of "it is much safer to be feared than loved". Their sentence vectors are nearly the
same and every word has a counterpart, so without this reading they were ``reworded`` with a
high score and no flag. :mod:`.roles` reads the roles of *people* (names, a family's nouns,
personal pronouns); this module reads those of any two noun phrases of a clause, active or
passive, in English and German, where articles mark the noun phrases:

- in an active clause the first noun phrase not after a preposition acts (unless a German
  article marks it as an object: "Den Müller retteten die Feuerwehrleute"), the next one
  undergoes; a clause with a subject pronoun ("he", "wir") has it act, and its noun
  phrases are not read;
- in a passive clause ("was bitten by", "wurde ... von") the first undergoes and the one
  after "by" / "von" / "durch" acts.

A quote's clause whose doer's counterpart undergoes in a passage clause, and whose undergoer's
counterpart acts there, has the roles exchanged (the ``roles`` flag). Comparisons:
:mod:`.comparisons`. The flag says in words what differs ("the source has “dog” act on
“postman”, the quote the other way round").

Limits: a noun phrase is read from its article to the next small word, so a verb right after
a subject is told from it only when an article follows ("the dog bit the man"); Russian has no
articles and its order is free: its roles are read only by :mod:`.roles` (pronouns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from ..models import Difference, MatchResult, Span
from ..normalize import WORD_RE, fold, tokenize
from .align import align
from .caseroles import clauses, russian_order, russian_swap
from .comparisons import _THAN, mapped, opposite_degrees, reversed_comparison
from .contrasts import exchanged_ordinals, turned_preference
from .correlatives import reversed_correlative
from .crossedmembers import exchanged_members
from .differences import segment_differences
from .halves import exchanged_halves
from .lightwords import LIGHT_WORDS
from .params import MatchParams
from .participles import passive_at
from .phraseparts import head, passive_agents
from .quote import ParsedQuote
from .roles import (
    _DETERMINERS,
    _GERMAN_OBJECT,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _words,
)
from .stems import STOPWORDS
from .temporal import changed_order
from .timephrases import time_phrase
from .wordorder import SAME_WORDS, word_order
from .wordpairs import Alignment

_AGENT = {"en": "by", "de": "von vom durch"}
_RUN = 4
"""Words a noun phrase takes at most after its article."""
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_WIDER = 200
"""Characters the word matcher's passage is widened by, to its sentences' ends."""


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A noun phrase of a clause: its folded words, as written, the preposition before it,
    and whether a German article marks it as an object."""

    words: frozenset[str]
    shown: str
    preposition: str | None
    object_case: bool
    at: int = 0


@dataclass(frozen=True, slots=True)
class Relation:
    """Who acts and who undergoes in one clause (folded words; as written)."""

    doer: frozenset[str]
    undergoer: frozenset[str]
    shown: tuple[str, str]
    obliques: tuple[tuple[str, frozenset[str], str], ...] = ()
    """the clause's noun phrases after a preposition: (preposition, folded words, as
    written)"""
    span: tuple[int, int] = (0, 0)
    """the clause, (start, end) in the text read"""


def relations(text: str, language: str) -> list[Relation]:
    """The doer and the undergoer of each clause of ``text`` that names both by noun phrases
    (English and German; none in other languages)."""
    if language not in _AGENT:
        return []
    found = []
    subjects = _words(_SUBJECT_PRONOUNS, language)
    for a, b in clauses(text, language):
        phrases, verb = _phrases(text, a, b, language)
        passive = passive_at(text, a, b, language)  # "was built": .participles
        said = (fold(m.group()) for m in WORD_RE.finditer(text, a, b))
        if passive is None and any(w in subjects for w in said):
            continue  # "He would have finished the stone wall": its noun phrases are objects
        if verb or passive is not None:  # a passive's participle may close its last noun phrase
            read = _relation(phrases, passive, language)
            found += [replace(read, span=(a, b))] if read is not None else []
    return found


def _phrases(text: str, a: int, b: int, language: str) -> tuple[list[_Phrase], bool]:
    """The noun phrases of the clause ``text[a:b]``: from an article (or a name, or the
    clause's first word when it is no small word) over the words that are no small words;
    and whether a word outside them may be its verb (no small word: "the governor of some
    Russian city" has none, and relates no doer to an undergoer)."""
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text, a, b)]
    folded = [fold(w) for _, w in words]
    determiners, prepositions, small = _small_words(language)
    found: list[_Phrase] = []
    covered: set[int] = set()
    i = 0
    while i < len(words):
        key = folded[i]
        name = i > 0 and words[i][1][:1].isupper() and key not in small
        if key in determiners or name or (i == 0 and key not in small):
            start = i + 1 if key in determiners else i
            run = [j for j in range(start, min(len(words), start + _RUN))]
            run = run[: next((k for k, j in enumerate(run) if folded[j] in small), len(run))]
            end = start + len(run)
            verb = _verb_in(run, [w for _, w in words], language)  # "the board elected Maria"
            if verb is not None:
                run, end = run[:verb], start + verb + 1
            follows = folded[end] if end < len(words) else ""
            if len(run) > 1 and follows in determiners:  # "the dog bit | the man": a verb
                run = run[:-1]
            elif start == i and not name and follows in determiners:
                run = []  # "Yesterday a dog ...": an adverb opens the clause
            covered.update(run)
            parts = head(run, words, language)  # "the chief clerk's stick": the stick
            if run and not time_phrase({folded[j] for j in run}, language):
                before = folded[i - 1] if i > 0 and key in determiners else ""
                before = before or (folded[i - 1] if i > 0 and name else "")
                shown = " ".join(words[j][1] for j in run)
                found.append(_Phrase(
                    frozenset(folded[j] for j in parts),
                    shown,
                    before if before in prepositions else None,
                    language == "de" and bool(_GERMAN_OBJECT.match(key)) and key in determiners,
                    words[run[0]][0],
                ))  # fmt: skip
            i = max(end, i + 1)
            continue
        i += 1
    verb = any(f not in small for j, f in enumerate(folded) if j not in covered)
    return found, verb


def _verb_in(run: list[int], words: list[str], language: str) -> int | None:
    """Where a noun phrase's ``run`` (indices into ``words``) holds its clause's verb, by the
    capitals: in English a lower-case word before a name, after a noun ("the board elected
    Maria Keller"); in German, which capitalises its nouns, a lower-case word after one that
    no noun follows in the run ("die Polizei die Demonstranten ... fest", "von Maria Keller
    gewählt": a particle or a participle)."""
    upper = [words[j][:1].isupper() for j in run]
    for k in range(1, len(run)):
        if language == "en" and k + 1 < len(run) and upper[k + 1] and not upper[k]:
            return k if not upper[k - 1] else None  # "Debian uses", not "the new Debian"
        if language == "de" and upper[k - 1] and not upper[k] and not any(upper[k + 1 :]):
            return k
    return None


@cache
def _small_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language's determiners; prepositions (with "by" and "than": what follows "than" is
    compared, not acted upon, :mod:`.comparisons`); and every small word that ends a noun
    phrase (those, stop words, light words): built once, read for every clause."""
    determiners = _words(_DETERMINERS, language)
    prepositions = _words(_PREPOSITIONS, language) | _words(_AGENT, language)
    prepositions |= _words(_THAN, language)
    small = STOPWORDS.get(language, frozenset()) | LIGHT_WORDS.get(language, frozenset())
    return determiners, prepositions, small | determiners | prepositions


def _relation(phrases: list[_Phrase], passive: int | None, language: str) -> Relation | None:
    """Who acts on whom in a clause of these noun phrases, if it names both (or names its
    doer and one after a preposition: "bought a painting from the museum"); ``passive``:
    where the clause's passive auxiliary is, if it is passive."""
    bare = [p for p in phrases if p.preposition is None]
    than = _words(_THAN, language)  # a comparison's second term: :mod:`.comparisons`
    obliques = tuple((p.preposition, p.words, p.shown) for p in phrases
                     if p.preposition and p.preposition not in than)  # fmt: skip
    if passive is not None:
        agents = [p for p in phrases if p.preposition in _words(_AGENT, language)]
        agents = [agents[k] for k in passive_agents([p.at for p in agents], passive, language)]
        if not bare or not agents:
            return None
        return Relation(agents[0].words, bare[0].words, (agents[0].shown, bare[0].shown))
    if not bare or (len(bare) < 2 and not obliques):
        return None
    doer, undergoer = bare[0], bare[1] if len(bare) > 1 else _Phrase(frozenset(), "", None, False)
    if doer.object_case and not undergoer.object_case:  # "Den Müller retteten die Leute"
        doer, undergoer = undergoer, doer
    return Relation(doer.words, undergoer.words, (doer.shown, undergoer.shown), obliques)


@dataclass(frozen=True, slots=True)
class Reversal:
    """What a passage reverses of the quote (a ``roles`` flag), in plain words."""

    note: str


def read_reversal(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    following: str = "",
) -> Reversal | None:
    """Whether ``passage`` has the quote's doer and undergoer exchanged, or a comparison of
    the quote going the other way (:mod:`.comparisons`; also in the sentence ``following``
    it: "very different from the Russian delegates. Far less revolutionary"); None when
    neither."""
    same = quote_language == passage_language
    counterparts = _counterparts(alignment, quote, same)
    note = _exchanged(quote, quote_language, passage, passage_language, counterparts)
    if note is None:  # a party with its relative clause ("all those who helped"): it reads
        from .relativeroles import relative_reversal  # this module's phrases

        note = relative_reversal(quote, quote_language, passage, passage_language, alignment)
    if note is None and {quote_language, passage_language} & {"ru"}:
        note = crossed_cases(quote, quote_language, passage, passage_language, alignment)
    if note is None:  # a passive's agent and another doer there
        from .agents import another_agent  # it reads relations() of this module

        note = another_agent(quote, quote_language, passage, passage_language, alignment)
    if note is not None:
        return Reversal(note)
    strong = None if same else _counterparts(alignment, quote, True, weak=False)
    flipped = reversed_comparison(
        quote, quote_language, f"{passage} {following}", passage_language, counterparts, strong
    ) or reversed_correlative(quote, quote_language, passage, passage_language)  # .correlatives
    if flipped is not None:
        return Reversal(flipped.note)
    note = exchanged_ordinals(  # the two terms of a contrast exchanged (.contrasts)
        quote, quote_language, passage, passage_language, alignment
    ) or turned_preference(quote, quote_language, passage, passage_language, counterparts)
    note = note or exchanged_halves(quote, quote_language, passage, passage_language, alignment)
    note = note or changed_order(quote, quote_language, passage, passage_language, alignment)
    note = note or exchanged_members(quote, quote_language, passage, passage_language, alignment)
    return Reversal(note) if note is not None else None


def _exchanged(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    counterparts: dict[str, frozenset[str]],
) -> str | None:
    """What a relation of the quote has exchanged in the passage: its doer and undergoer
    (unless another clause of the passage has them the same way round: "the engineers
    trained the workers, and the workers praised the engineers"), or, in one language, its
    doer and a noun phrase after a preposition ("The collector bought a painting from the
    museum" / "The museum bought a painting from a private collector")."""
    quoted = relations(quote, quote_language)
    theirs = relations(passage, passage_language) if quoted else []
    for mine in quoted:
        doer, undergoer = mapped(mine.doer, counterparts), mapped(mine.undergoer, counterparts)
        if any(doer & o.doer and undergoer & o.undergoer for o in theirs):
            continue  # said the same way round in another clause
        for other in theirs:
            if (
                doer & other.undergoer
                and undergoer & other.doer
                and not doer & other.doer
                and not undergoer & other.undergoer
            ):
                return (
                    f"the source has “{other.shown[0]}” act on “{other.shown[1]}”, the quote "
                    f"“{mine.shown[0]}” on “{mine.shown[1]}”: who does what to whom is reversed"
                )
            if quote_language == passage_language:
                found = _oblique(mine, other, doer, counterparts)
                if found is not None:
                    return found
    return None


def _oblique(
    mine: Relation, other: Relation, doer: set[str], counterparts: dict[str, frozenset[str]]
) -> str | None:
    """The quote's doer after the same preposition in the passage's clause, and what follows
    that preposition in the quote the passage's doer (a verb read into both doers, "sold" of
    "The shipyard sold", is left out)."""
    for prep, words, shown in mine.obliques:
        after = mapped(words, counterparts)
        for their_prep, theirs, their_shown in other.obliques:
            if (
                prep == their_prep
                and (doer & theirs) - other.doer
                and (after & other.doer) - theirs
                and not after & theirs
            ):
                return (
                    f"the source has “{other.shown[0]}” act and “{their_prep} {their_shown}”, "
                    f"the quote “{mine.shown[0]}” act and “{prep} {shown}”: who does what to "
                    "whom is reversed"
                )
    return None


def word_reversal(
    quote: str, text: str, span: Span, differences: Sequence[Difference], language: str | None
) -> str | None:
    """What the passage ``span`` the word matcher found reverses of the quote, in words: its
    differences (:func:`reversed_wording`), or its own words in other roles
    (:func:`read_reversal` on its sentences, each word its own counterpart: the words the
    alignment leaves out, "than loved", are often what the quote moved)."""
    found = reversed_wording(differences, language)
    if found is None:
        start = max(_SENTENCE_END.finditer(text, max(0, span.start - _WIDER), span.start),
                    key=lambda m: m.end(), default=None)  # fmt: skip
        end = _SENTENCE_END.search(text, span.end, span.end + _WIDER)
        passage = text[start.end() if start else span.start : end.end() if end else span.end]
        reversal = read_reversal(quote, language or "en", passage, language or "en",
                                 Alignment(0, ()))  # fmt: skip
        found = reversal.note if reversal is not None else None
    return found


def crossed_cases(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """A relation of the English or German side whose doer the Russian side's endings mark
    as undergoing, and its undergoer as acting (:func:`.caseroles.russian_order`), in words;
    None when none is read so. Russian on both sides: :func:`.caseroles.russian_swap`."""
    if quote_language == "ru" and passage_language in _AGENT:
        russian, other, language, inverse = quote, passage, passage_language, True
    elif passage_language == "ru" and quote_language in _AGENT:
        russian, other, language, inverse = passage, quote, quote_language, False
    elif quote_language == passage_language == "ru":
        return russian_swap(quote, passage, alignment)  # both sides by their cases
    else:
        return None
    renderings: dict[str, set[str]] = {}
    for p in (*alignment.pairs, *alignment.weak):
        a, b = (p.passage, p.quote) if inverse else (p.quote, p.passage)
        renderings.setdefault(fold(a), set()).add(fold(b))
    counterparts = {w: frozenset(r) for w, r in renderings.items()}
    cut = clauses(russian, "ru")
    for rel in relations(other, language):
        said = {fold(m.group()) for m in WORD_RE.finditer(other, *rel.span)}
        linked = mapped(frozenset(said - rel.doer - rel.undergoer), counterparts)  # its verb
        if rel.undergoer and russian_order(rel.doer, rel.undergoer, russian, cut,
                                           counterparts, linked) is False:  # fmt: skip
            side = "source" if inverse else "quote"
            return (
                f"the {side} has “{rel.shown[0]}” act on “{rel.shown[1]}”, the Russian the "
                "other way round (by its nouns' endings): who does what to whom is reversed"
            )
    return None


def _counterparts(
    alignment: Alignment, quote: str, same: bool, *, weak: bool = True
) -> dict[str, frozenset[str]]:
    """Each folded quote word -> the folded passage words that render it (and itself, in the
    same language), and across languages the weak pairs too (:attr:`.wordpairs.Alignment.weak`:
    in one language a weak pair is another word, "changes" / "stages")."""
    found: dict[str, set[str]] = {}
    for p in (*alignment.pairs, *(() if same or not weak else alignment.weak)):
        found.setdefault(fold(p.quote), set()).add(fold(p.passage))
    if same and weak:
        for m in WORD_RE.finditer(quote):
            found.setdefault(fold(m.group()), set()).add(fold(m.group()))
    return {w: frozenset(ps) for w, ps in found.items()}


def exchanged_reason(quote: str, passage: str, note: str) -> str | None:
    """Why a passage whose own words the quote says with the roles or the compared exchanged
    is no rendering (same language, :data:`.wordorder.SAME_WORDS` of the quote's words)."""
    if word_order(quote, passage).same_words < SAME_WORDS:
        return None
    return f"has the quote's own words with their roles exchanged: {note}"


def reversed_wording(differences: Sequence[Difference], language: str | None) -> str | None:
    """What the word matcher's differences reverse, in words: two words each put in the
    other's place ("changed “postman” → “dog”; changed “dog” → “postman”": the roles
    exchanged), or "more" changed to "less" (:func:`.comparisons.opposite_degrees`)."""
    changed = [(d.quote, d.source) for d in differences if d.kind == "changed"]
    keys = {(fold(q), fold(s)) for q, s in changed}
    for q, s in changed:
        if fold(q) != fold(s) and (fold(s), fold(q)) in keys:
            return (
                f"the quote has “{q}” where the source has “{s}”, and “{s}” where it has "
                f"“{q}”: who does what to whom is reversed"
            )
        if opposite_degrees(q, s, language or "en"):
            return f"“{q}” in the quote, “{s}” in the source: the comparison goes the other way"
    return None


class _Found(Protocol):
    """A segment the word matcher placed (:class:`.match._Placed`)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def word_checks(
    result: MatchResult,
    parsed: ParsedQuote,
    text: str,
    placed: Sequence[_Found | None],
    language: str | None,
    params: MatchParams,
) -> MatchResult:
    """``result`` (the word matcher's, not ``not_found``) with what it reverses of the quote:
    the ``roles`` flag when its passage does (:func:`word_reversal`), the ``negation`` flag
    when a segment not found (None in ``placed``) is negated at its best place
    (:func:`near_negations`), each with a CHECK at the end of its reason."""
    if result.status == "not_found" or result.span is None:
        return result
    hidden = near_negations(parsed, text, placed, language, params)
    reversal = word_reversal(parsed.quote, text, result.span, result.differences, language)
    flags = (["negation"] if hidden else []) + (["roles"] if reversal else [])
    result.flags += [f for f in flags if f not in result.flags]
    result.reason += checks(hidden, reversal)
    return result


def near_negations(
    parsed: ParsedQuote,
    text: str,
    placed: Sequence[_Found | None],
    language: str | None,
    params: MatchParams,
) -> list[Difference]:
    """The negations on one side only between each segment the word matcher did not find and
    its best place, where it looked for it (after the segment found before it, or before the
    one after), scoring ``params.partial_min`` or more: "there is peace" where the source,
    right after the segment found before, says "there is no peace"."""
    from .match import AVERAGE_WORD_CHARS  # match calls this module: imported when run

    reach = params.max_gap_words * AVERAGE_WORD_CHARS
    ends = [(p.start, p.end) if p is not None else None for p in placed]
    found: list[Difference] = []
    for k, segment in enumerate(parsed.segments):
        before = [e[1] for e in ends[:k] if e is not None]
        after = [e[0] for e in ends[k + 1 :] if e is not None]
        if ends[k] is not None or not (before or after):
            continue
        a, b = (before[-1], before[-1] + reach) if before else (after[0] - reach, after[0])
        window = tokenize(text, max(0, a), min(len(text), b))
        alignment = align(segment.words, window.words, prefer_last=not before)
        if alignment is None or _score(alignment.cost, len(segment)) < params.partial_min:
            continue
        diffs = segment_differences(parsed.quote, segment, text, window, alignment, language)
        found += [d for d in diffs if d.kind == "negation"]
    return found


def _score(cost: float, words: int) -> float:
    return 100.0 * (1.0 - cost / max(words, 1))


def checks(hidden: Sequence[Difference], reversal: str | None) -> str:
    """What a word result's reason ends with: a segment not found whose nearest place negates
    what it says (``hidden``: :func:`near_negations`), and what ``reversal`` says."""
    notes = [
        "CHECK: a negation on one side only at the nearest place of a segment not found ("
        + (f"“{d.quote}” in the quote, " if d.quote else "none in the quote, ")
        + (f"“{d.source}” there)" if d.source else "none there)")
        for d in hidden
    ]
    notes += [f"CHECK: {reversal}"] if reversal else []
    return "".join(f"; {n}" for n in notes)
