"""Parallel members of a sentence that exchange what the sentence says of them: a value, a
negation, the side of a choice.

"Bavaria acceded to the treaty in 1867, Württemberg in 1868" against "Württemberg trat dem
Vertrag 1867 bei, Bayern 1868": every word has its counterpart, the numbers are the same two on
both sides and so are the names, yet the years are exchanged between the states. So "prices
rose by 5% in Berlin and by 8% in Munich" with the figures the other way round, "Father was
pleased, but Mother was not" / "Die Mutter war erfreut, der Vater dagegen nicht", and "make
1,500 muskets instead of the former 1,000" / "1000 ... вместо прежних 1500".
:mod:`.crossedmembers` reads two halves around a coordinator that exchange their words; here
the halves are told apart by what is attached to them.

Each side is cut into segments: at sentence ends, commas, semicolons, a coordinator
(:func:`.conjuncts.joins_in`), a contrast ("while", "während", "тогда как") and a choice
("instead of", "rather than", "statt", "вместо"). A segment is *marked* by what the sentence
attaches to it:

- a value: the one number the segment states (said once on each side; a year is a date);
- a negation: the one segment of the side with an explicit negation ("not", "nicht", "нет");
- a choice: the one segment of the side that a choice word opens (what is not chosen).

Each counterpart (a word said once on each side, no figure; a month by its number) links a
quote segment to a passage segment; it is sure at :data:`SURE` similarity (a name at
:data:`NAME_SURE`). The pairing follows the member, not the
position (German puts the verb last, Russian orders freely): it *stays* when it links the two
segments marked alike (the same value; both negated; both rejected), it *crosses* when it
links a marked segment to the other member's. The members exchanged their attachments when
words cross both ways (a word of each quote member with the other member's attachment in the
passage) and, in one of the two, more cross than stay: a shared verb said only in the first
member ("acceded ... in 1867, Württemberg in 1868") stays while its name crosses. A segment
that holds no link, two values, or a side with two negated segments is not read: when a side
cannot be paired clearly, nothing is said. The flag: ``date`` (years), ``number``
(other values), ``negation``, ``roles`` (the choice), with a CHECK naming the members and
their attachments on each side.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..facts.dates import MONTHS as _ENGLISH_MONTHS
from ..facts.languages import read_numbers_in
from ..facts.monthdates import MONTHS
from ..normalize import WORD_RE, fold
from .choices import CHOICES, choice_ends, openers, sole_links
from .conjuncts import joins_in
from .negation import explicit_negations
from .wordpairs import Alignment

_CONTRASTS = {
    "en": ("while", "whereas"),
    "de": ("während", "wohingegen", "wogegen"),
    "ru": ("тогда как", "в то время как"),
}
"""A contrast opening a second member after a comma (not "while" of time: a comma first)."""
_STRUCTURE = frozenset(
    fold(w)
    for w in "while whereas instead rather than however though meanwhile "
    "während wohingegen wogegen statt anstatt anstelle dagegen hingegen jedoch wiederum "
    "тогда вместо однако зато напротив же".split()
)
"""Words that build the parallel (a contrast, a choice, "dagegen"), no member: never linked."""
_SENTENCE = re.compile(r"[.!?…]+(?=\s|$)")
_CUT = re.compile(r"[.!?…]+(?=\s|$)|[;:]|,(?!\d)")
SURE = 0.68
"""Similarity (0-1) of a word pair read as a member's word moved to the other member: a
dictionary's rendering across languages ("mayor" / "Bürgermeister" 0.70, "engineers" /
"Ingenieure" 0.89); a looser pair only counts where it stays (which says nothing is
exchanged)."""
NAME_SURE = 0.6
"""Similarity (0-1) at which two capitalised words paired are read as one name moved: a name
across scripts and languages pairs lower than a word with itself ("Бавария" / "Bavaria" 0.81,
"Вюртемберг" / "Württemberg" 0.62)."""
_APART = 2
"""Two parallel members stand side by side, or with one segment between them ("The
engineers inspected the harbour | and were satisfied, | but the mayor was not")."""
_GAPPED = 5
"""Words at most of a member said without its predicate ("but Father was not")."""
_YEARS = (1000, 2100)
_YEARS_APART = 100
"""Two values are read as years when printed as four digits in this range and this close."""


@dataclass(frozen=True, slots=True)
class Exchange:
    """Two members exchanging their attachments: the flag and the plain words of its CHECK."""

    flag: str
    note: str


def segments(text: str, language: str) -> list[tuple[int, int]]:
    """The segments of ``text`` (start, end): cut at sentence ends, commas, semicolons,
    colons, before a coordinator, a contrast after a comma and a choice word.

    >>> t = "Bavaria joined in 1867, Württemberg in 1868 and Baden later."
    >>> [t[a:b].strip(" ,.") for a, b in segments(t, "en")]
    ['Bavaria joined in 1867', 'Württemberg in 1868', 'and Baden later']
    """
    cuts = {0, len(text)}
    cuts.update(m.end() for m in _CUT.finditer(text) if not _bracketed(text, m.start()))
    cuts.update(joins_in(text, language))
    cuts.update(openers(text, CHOICES.get(language, ())))
    cuts.update(choice_ends(text, language))  # "Вместо Москвы | я поеду": .choices
    cuts.update(a for a in openers(text, _CONTRASTS.get(language, ()))
                if text[:a].rstrip().endswith(","))  # fmt: skip
    spans = [(a, b) for a, b in itertools.pairwise(sorted(cuts)) if WORD_RE.search(text, a, b)]
    joined: list[tuple[int, int]] = []
    glue = False  # "kilo, mega, giga (...)": a list's items are one member's, not members
    for a, b in spans:
        one = _one_word(text, a, b)
        if joined and (glue or one):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
        glue = one  # the item after a one-word item ends the list: joined too
    return joined


def _bracketed(text: str, at: int) -> bool:
    """Whether ``at`` stands inside parentheses ("(power of 1000, kilo)")."""
    before = text[:at]
    return before.count("(") > before.count(")")


def _one_word(text: str, a: int, b: int) -> bool:
    """A piece of one word or figure ("mega,", "Likewise,"): no member of its own."""
    return len(WORD_RE.findall(text, a, b)) == 1 and not _SENTENCE.search(text, a, b)


def _segment_of(spans: Sequence[tuple[int, int]], at: int) -> int | None:
    return next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)


@dataclass(frozen=True, slots=True)
class _Side:
    """A text read for its members: its segments and what marks them."""

    text: str
    spans: tuple[tuple[int, int], ...]
    sentences: tuple[int, ...]  # per segment: its sentence
    values: dict[float, tuple[int, int, int]]  # value said once -> (segment, start, end)
    negated: frozenset[int]  # the one segment with an explicit negation (or none)
    rejected: frozenset[int]  # the segments of what a choice word rejects (or none)
    figures: tuple[tuple[int, int], ...]  # where numbers stand (no links there)
    months: dict[int, tuple[int, str]]  # a month said once -> (offset, as printed)


@lru_cache(maxsize=1 << 10)  # a quote is read against each of its candidate passages
def _side(text: str, language: str) -> _Side:
    spans = tuple(segments(text, language))
    numbers = [n for n in read_numbers_in(text, language) if not n.word]  # "twice": no value
    count = Counter(n.value for n in numbers)
    per_segment = Counter(_segment_of(spans, n.start) for n in numbers)
    values = {
        n.value: (k, n.start, n.end)
        for n in numbers
        if count[n.value] == 1 and (k := _segment_of(spans, n.start)) is not None
        and per_segment[k] == 1
    }  # fmt: skip
    negations = explicit_negations(language)
    negated = _segments_of(spans, (m.start() for m in WORD_RE.finditer(text)
                                   if fold(m.group()) in negations))  # fmt: skip
    ends = [m.end() for m in _SENTENCE.finditer(text)]
    sentences = tuple(sum(e <= a for e in ends) for a, _ in spans)
    choices = _segments_of(spans, openers(text, CHOICES.get(language, ())))
    negated -= choices  # "а не рыть новый": the choice's negation, no member's
    shut = set(choice_ends(text, language))  # the choice's phrase ends there: .choices
    rejected = _rejected(text, spans, sentences, min(choices), shut) if len(choices) == 1 else []
    return _Side(
        text,
        spans,
        sentences,
        values,
        frozenset(negated) if len(negated) == 1 else frozenset(),
        frozenset(rejected),
        tuple((n.start, n.end) for n in numbers),
        _months(text, language),
    )


def _segments_of(spans: Sequence[tuple[int, int]], offsets: Iterable[int]) -> set[int]:
    return {k for at in offsets if (k := _segment_of(spans, at)) is not None}


def _rejected(
    text: str, spans: Sequence[tuple[int, int]], sentences: Sequence[int], k: int, shut: set[int]
) -> list[int]:
    """The segments of what a choice rejects: its own, when the choice opens the sentence
    ("Instead of the former 1,000, the factory made 1,500"); else its own and the rest of the
    sentence's up to a semicolon or a colon ("rather than repair the old one, as the
    engineers wished") or where its phrase ends (``shut``: "statt mit dem Zug | nach
    Berlin")."""
    found = [k]
    if k == 0 or sentences[k - 1] != sentences[k]:
        return found
    for j in range(k + 1, len(spans)):
        if (
            sentences[j] != sentences[k]
            or text[: spans[j][0]].rstrip()[-1:] in (";", ":")
            or spans[j][0] in shut
        ):
            break
        found.append(j)
    return found


def _months(text: str, language: str) -> dict[int, tuple[int, str]]:
    """Month names said once (month -> (offset, as printed)): a member of its own ("in April
    by 2 metres, in October by 3"), which the word pairs leave out as a date's word. English
    months are read capitalised and in full ("May" of "May I" is no month)."""
    names = MONTHS.get(language, {}) if language != "en" else _ENGLISH_MONTHS
    found: dict[int, list[tuple[int, str]]] = {}
    for m in WORD_RE.finditer(text):
        word = m.group()
        month = names.get(fold(word))
        if month is not None and (language != "en" or word[:1].isupper()):
            found.setdefault(month, []).append((m.start(), word))
    return {k: v[0] for k, v in found.items() if len(v) == 1}


def _worth_reading(quote: str, language: str) -> bool:
    """A cheap look at the quote: two figures, a negation or a choice word (most say none)."""
    return (
        bool({fold(w) for w in WORD_RE.findall(quote)} & explicit_negations(language))
        or bool(openers(quote, CHOICES.get(language, ())))
        or len(read_numbers_in(quote, language)) >= 2
    )


def exchanged_attachments(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> Exchange | None:
    """What two parallel members of the quote exchange in the passage (:mod:`this module
    <.parallelvalues>`): a value, a negation or the side of a choice; None when none do or a
    side cannot be paired clearly.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q = "Bavaria joined in 1867, Württemberg in 1868."
    >>> p = "Württemberg joined in 1867, Bavaria in 1868."
    >>> pairs = tuple(WordPair(w, q.index(w), w, p.index(w), 1.0)
    ...               for w in ("Bavaria", "joined", "Württemberg"))
    >>> exchanged_attachments(q, "en", p, "en", Alignment(3, pairs)).flag
    'date'
    """
    if not alignment.pairs or not _worth_reading(quote, quote_language):
        return None
    mine = _side(quote, quote_language)
    if len(mine.spans) < 2 or (len(mine.values) < 2 and not mine.negated and not mine.rejected):
        return None  # nothing to exchange: the passage is not read
    theirs = _side(passage, passage_language)
    links = _links(alignment, mine, theirs) if len(theirs.spans) > 1 else []
    if not links:
        return None
    return (
        _values(mine, theirs, links)
        or _marked(mine, theirs, links, mine.negated, theirs.negated, "negation")
        or _marked(mine, theirs, links, mine.rejected, theirs.rejected, "roles")
        or _chosen_value(mine, theirs)
    )


def kept_negation(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> bool:
    """Whether the quote's one negation and the passage's one negation stand with the same
    member, the members said in another order ("Der Vater war mit dem Haus nicht zufrieden,
    die Mutter dagegen sehr" / "Мать была очень довольна домом, а отец нет"): each side's
    linked words stand in two members, the negated one and another; a sure word of each
    member stays with its own (negated with negated), and words cross one way at most (the
    predicate both members share, said with the first one only: "zufrieden" / "довольна"),
    and one side's negated member is said without its predicate ("а отец нет"). A negation
    "in another place" read by its position alone is then none; where both negated members
    say their predicate, the negation may well negate another word ("did not go to the
    effort" / "не избегал труда") and stays flagged."""
    negations = [explicit_negations(lang) for lang in (quote_language, passage_language)]
    said = [[m for m in WORD_RE.finditer(t) if fold(m.group()) in n]
            for t, n in zip((quote, passage), negations, strict=True)]  # fmt: skip
    if not alignment.pairs or any(len(s) != 1 for s in said):
        return False
    mine, theirs = _side(quote, quote_language), _side(passage, passage_language)
    if len(mine.negated) != 1 or len(theirs.negated) != 1 or mine.rejected or theirs.rejected:
        return False
    (qn,), (pn,) = mine.negated, theirs.negated
    links = _links(alignment, mine, theirs)
    q_linked, p_linked = {q for q, *_ in links}, {s for _, s, *_ in links}
    if len(q_linked) != 2 or len(p_linked) != 2 or qn not in q_linked or pn not in p_linked:
        return False
    qo, po = next(iter(q_linked - {qn})), next(iter(p_linked - {pn}))
    if not (
        _gapped(mine, qn, [q for q, *_ in links]) or _gapped(theirs, pn, [s for _, s, *_ in links])
    ):
        return False  # the negation read in its own member's words: "another place" stands
    sure = {(q, s) for q, s, _, certain in links if certain}
    return (qn, pn) in sure and (qo, po) in sure and not ((qn, po) in sure and (qo, pn) in sure)


def _gapped(side: _Side, k: int, linked: list[int]) -> bool:
    """Whether segment ``k`` is a member said without its predicate ("а отец нет", "der
    Vater dagegen nicht"): one linked word, a few words in all."""
    a, b = side.spans[k]
    return linked.count(k) == 1 and len(WORD_RE.findall(side.text, a, b)) <= _GAPPED


def _links(alignment: Alignment, mine: _Side, theirs: _Side) -> list[tuple[int, int, str, bool]]:
    """(quote segment, passage segment, quote word, sure) of each counterpart said once on
    each side, outside the figures; sure: at :data:`SURE` similarity, or two
    capitalised words (a name across scripts, "Вюртемберг" / "Württemberg") at
    :data:`NAME_SURE`."""
    q_once, p_once = _once(mine.text), _once(theirs.text)
    found = []
    for p in alignment.pairs:  # a month's word is paired below, by its number
        if p.quote_at not in q_once or p.passage_at not in p_once or fold(p.quote) in _STRUCTURE:
            continue
        if _in(mine.figures, p.quote_at) or _in(theirs.figures, p.passage_at):
            continue
        q, s = _segment_of(mine.spans, p.quote_at), _segment_of(theirs.spans, p.passage_at)
        named = p.quote[:1].isupper() and p.passage[:1].isupper()
        sure = p.similarity >= SURE or (named and p.similarity >= NAME_SURE)
        if q is not None and s is not None:
            found.append((q, s, p.quote, sure))
    for month in mine.months.keys() & theirs.months.keys():  # "April" / "в апреле"
        (q_at, word), (p_at, _) = mine.months[month], theirs.months[month]
        q, s = _segment_of(mine.spans, q_at), _segment_of(theirs.spans, p_at)
        if q is not None and s is not None:
            found.append((q, s, word, True))
    return found


def _once(text: str) -> set[int]:
    words = [(m.start(), fold(m.group())) for m in WORD_RE.finditer(text)]
    count = Counter(w for _, w in words)
    return {at for at, w in words if count[w] == 1}


def _in(spans: Iterable[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


_Member = tuple[frozenset[int], frozenset[int]]
"""A member's segments in the quote and in the passage, marked alike."""


def _crossing(
    links: list[tuple[int, int, str, bool]], one: _Member, other: _Member
) -> tuple[str, str] | None:
    """The quote words of the two members (``one``, ``other``) that cross to each other's
    mark, when words cross both ways and, in one member, more cross than stay; else None."""
    (qa, pa), (qb, pb) = one, other
    stay_a = [w for q, s, w, _ in links if q in qa and s in pa]  # any pair: staying is safe
    stay_b = [w for q, s, w, _ in links if q in qb and s in pb]
    cross_a = [w for q, s, w, sure in links if q in qa and s in pb and sure]
    cross_b = [w for q, s, w, sure in links if q in qb and s in pa and sure]
    if not cross_a or not cross_b:
        return None
    if len(cross_a) <= len(stay_a) and len(cross_b) <= len(stay_b):
        return None
    return _member(cross_a), _member(cross_b)


def _one(q: int, p: int) -> _Member:
    return frozenset({q}), frozenset({p})


def _parallel(side: _Side, a: int, b: int) -> bool:
    """Whether two segments may be parallel members: two, of one sentence, at most one other
    segment between them."""
    return a != b and side.sentences[a] == side.sentences[b] and abs(a - b) <= _APART


def _member(words: list[str]) -> str:
    """The word that names a member: a capitalised one first (a name), else the first."""
    return next((w for w in words if w[:1].isupper()), words[0])


def _values(mine: _Side, theirs: _Side, links: list[tuple[int, int, str, bool]]) -> Exchange | None:
    shared = [v for v in mine.values if v in theirs.values]
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            (qx, *_), (qy, *_) = mine.values[x], mine.values[y]
            (px, *_), (py, *_) = theirs.values[x], theirs.values[y]
            if not (_parallel(mine, qx, qy) and _parallel(theirs, px, py)):
                continue
            members = _crossing(links, _one(qx, px), _one(qy, py))
            if members is None:
                continue
            flag = "date" if _years(mine, x, y) and _years(theirs, x, y) else "number"
            a, b = members
            return Exchange(
                flag,
                f"CHECK: the values are exchanged: the quote has “{a}” with "
                f"{_shown(mine, x)} and “{b}” with {_shown(mine, y)}, the source has the "
                f"counterpart of “{a}” with {_shown(theirs, y)} and of “{b}” with "
                f"{_shown(theirs, x)}",
            )
    return None


def _chosen_value(mine: _Side, theirs: _Side) -> Exchange | None:
    """A value on the other side of a choice: in what the quote does not choose ("instead of
    the former 1,500") and in what the passage chooses ("делать 1500 ружей ... вместо
    прежней тысячи"), or the other way round; the choice's other value may be read on one
    side only ("тысячи")."""
    if not mine.rejected or not theirs.rejected:
        return None
    for value in (v for v in mine.values if v in theirs.values):
        rejected = mine.values[value][0] in mine.rejected
        if rejected == (theirs.values[value][0] in theirs.rejected):
            continue
        said = ("not chosen", "chosen") if rejected else ("chosen", "not chosen")
        return Exchange(
            "number",
            f"CHECK: the quote has {_shown(mine, value)} {said[0]}, the source has "
            f"{_shown(theirs, value)} {said[1]} (“{_segments(theirs, theirs.rejected)}”): "
            f"the values of the choice are exchanged",
        )
    return None


def _years(side: _Side, x: float, y: float) -> bool:
    """Whether two values are years: printed as four plain digits within :data:`_YEARS`, less
    than :data:`_YEARS_APART` apart ("1867", "1868"; "1,500" and "1000" muskets are not)."""
    printed = [side.text[a:b] for v in (x, y) for _, a, b in (side.values[v],)]
    return (
        all(p.isdigit() and len(p) == 4 for p in printed)
        and all(_YEARS[0] <= v <= _YEARS[1] for v in (x, y))
        and abs(x - y) < _YEARS_APART
    )


def _shown(side: _Side, value: float) -> str:
    _, a, b = side.values[value]
    return f"“{side.text[a:b]}”"


def _marked(
    mine: _Side,
    theirs: _Side,
    links: list[tuple[int, int, str, bool]],
    quote_mark: frozenset[int],
    passage_mark: frozenset[int],
    flag: str,
) -> Exchange | None:
    """Two members exchanging a mark (a negation, the side of a choice): the quote's marked
    segment's words in the passage's unmarked member, and the words of the quote's member
    rendered in the passage's marked segment; none of the marked words marked on both sides
    (what a negation negates stays negated: "he was not too shy to move forward ... onto the
    floor" / "hatte er keine Scheu, ein Stück auf dem Fußboden vorzurücken" cuts the sentence
    elsewhere, and says the same)."""
    if not quote_mark or not passage_mark:
        return None
    if flag == "roles":  # a choice's lone word with the other side is what it rejects
        links = sole_links(links, quote_mark, passage_mark)  # .choices
    # the other member on each side: the one the marked segment's words cross to, and the one
    # the passage's marked segment's words come from, each a single segment (or no reading)
    to = {s for q, s, _, _ in links if q in quote_mark and s not in passage_mark}
    came = {q for q, s, _, _ in links if s in passage_mark and q not in quote_mark}
    if len(to) != 1 or len(came) != 1:
        return None
    if any(sure and q in quote_mark and s in passage_mark for q, s, _, sure in links):
        return None  # a word negated (rejected) on both sides: "not too shy" / "keine Scheu"
    (other_quote,), (other_passage,) = came, to
    if not (_parallel(mine, min(quote_mark), other_quote)
            and _parallel(theirs, min(passage_mark), other_passage)):  # fmt: skip
        return None
    members = _crossing(links, (quote_mark, passage_mark), _one(other_quote, other_passage))
    if members is None:
        return None
    a, b = members
    verb = ("negates", "affirms") if flag == "negation" else ("rejects", "chooses")
    return Exchange(
        flag,
        f"CHECK: the parallel members are exchanged: the quote {verb[0]} what it says of "
        f"“{a}” (“{_segments(mine, quote_mark)}”) and {verb[1]} it of “{b}”, the source "
        f"{verb[0]} it of the counterpart of “{b}” (“{_segments(theirs, passage_mark)}”) and "
        f"{verb[1]} it of the counterpart of “{a}”",
    )


def _segments(side: _Side, ks: frozenset[int]) -> str:
    a, b = side.spans[min(ks)][0], side.spans[max(ks)][1]
    return side.text[a:b].strip(" ,;:.")
