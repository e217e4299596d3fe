"""Which content words of a quote have a counterpart in a passage, in the same or another
language: the word-level evidence of the meaning stage.

In one language a counterpart is a word with the same stem ("feared" / "fear"); otherwise,
and across languages, the passage word whose single-word vector (the sentence embedder's) is
most similar, when it is at least ``minimum`` similar ("Bett" / "bed", "Ungeziefer" /
"vermin") and the quote word is its most similar in turn (mutual nearest neighbours: one
passage word does not stand for several quote words). The share of the quote's content words
with a counterpart is the *coverage*: a rendering covers most of them, a passage that only
shares the quote's topic few ("cake", "birthday" have no counterpart in Kafka). The pairs also
align the two sides clause by clause for the negation check (:mod:`.negation`), and a quote
name nearest to another name of the passage is a substituted name (:mod:`.anchors`).

A name and a common word are never counterparts by their vectors (:func:`written_as`): the
embedder reads a word it does not know by its pieces, and a piece may be a word of another
language: "Muttered", capitalized in the middle of a sentence, is read as German "Mutter"
and came out 0.80 from "mother" (lower-cased, 0.46), so a word salad passed as a rendering.
Names are compared as names (:mod:`.anchors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from ..normalize import fold
from .auxiliaries import auxiliaries
from .dictnames import opening_name
from .embed import Embedder, RememberingEmbedder
from .lightwords import LIGHT_WORDS
from .negation import explicit_negations
from .stems import STOPWORDS, content_stems, plain_word

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]|\n\s*\n)[\s\"'“”‘’«»„()\[\]—–-]*$")
CAPITALIZED_NOUNS = frozenset({"de"})
"""Languages whose common nouns are capitalized: there a capital says nothing of a name."""
_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class WordPair:
    """A content word of the quote and its counterpart in the passage (offsets into each)."""

    quote: str
    quote_at: int
    passage: str
    passage_at: int
    similarity: float  # 0-1; 1 for the same stem


@dataclass(frozen=True, slots=True)
class Alignment:
    """The quote's content words, those with a counterpart, and the nearest passage word of
    each one without the same stem there."""

    content: int
    pairs: tuple[WordPair, ...]
    nearest: dict[str, tuple[str, float]] = field(default_factory=dict)
    """quote word -> the most similar of the passage's ``names`` (a name's stand-in), and how
    similar (0-1)"""
    rendered: tuple[dict[int, bool], dict[int, bool]] = ({}, {})
    """the quote's and the passage's content words, every occurrence: offset -> whether the
    word has a counterpart (by stem, in each side's language)"""
    repeated: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    """pair index -> (quote offset, passage offset) of each occurrence of a pair's words, in
    order, when both sides repeat them as often (:attr:`offsets`)"""

    figures: int = 0
    """content words of the quote's numbers and times without a counterpart, where the
    passage states a figure (:func:`with_figures`): counted as rendered"""
    weak: tuple[WordPair, ...] = ()
    """the words left without a counterpart, paired most similar first down to
    :data:`WEAK_MIN` (:func:`weak_pairs`): read only for who does what to whom, never counted
    as rendered"""

    @property
    def counterparts(self) -> int:
        """The quote's content words with a counterpart (a figure's words: see ``figures``)."""
        return len(self.pairs) + self.figures

    @property
    def coverage(self) -> float:
        """Share (0-1) of the quote's content words with a counterpart."""
        return self.counterparts / self.content if self.content else 0.0

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """(quote offset, passage offset) of the counterparts, where each side says them: a
        pair's words, when both sides repeat them as often, occurrence by occurrence (the
        k-th with the k-th). A pair stands for its words' first occurrences, and the clause
        aligned with a negation is where they are said: "from his father's business, at
        least his father had not told him" / "daß dem Vater von jenem Geschäft her nicht das
        Geringste übriggeblieben war, zumindest hatte ihm der Vater nichts ... gesagt"
        linked the quote's "not" with the first "Vater" and its clause's "nicht"."""
        return [
            link
            for i, p in enumerate(self.pairs)
            for link in self.repeated.get(i, ((p.quote_at, p.passage_at),))
        ]

    def with_pairs(
        self, added: Sequence[WordPair], kept: Sequence[WordPair] | None = None
    ) -> Alignment:
        """This alignment with the pairs ``added`` after ``kept`` (default: its own pairs;
        added last, since ``repeated`` is by index), their words counted as rendered."""
        q_rendered, p_rendered = self.rendered
        rendered = (
            {**q_rendered, **{p.quote_at: True for p in added}},
            {**p_rendered, **{p.passage_at: True for p in added}},
        )
        pairs = (*(self.pairs if kept is None else kept), *added)
        return replace(self, pairs=pairs, rendered=rendered)


_PHRASES = {
    "en": r"in order (?:to|that)|on the (?:other|one) hand|(?:as|with|in) regards?(?: to)?|"
    r"in spite of|by means of|in fact|in short|in conclusion|at least|of course|as well as|"
    r"on top of (?:that|this|it)|above all|after all|first of all|at all",
    "de": r"auf der (?:einen|anderen) Seite|zum Beispiel|im Gegenteil|mit Rücksicht auf|"
    r"vor allem|vor allen Dingen|erst recht",
    "ru": r"с (?:одной|другой) стороны|к тому же|во всяком случае|по крайней мере|прежде всего|"
    r"в конце концов",
}
FUNCTION_PHRASES = {
    lang: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for lang, pattern in _PHRASES.items()
}
"""Connectives whose words are no content words ("in order to", "on the other hand", "above
all"): a translator renders them freely or not at all ("um ... zu", "also"), so their words
('order', 'hand') had no counterpart in true renderings, and 'above' paired with 'surest' in
an invented sentence ("Liberality is the surest way for a prince to be loved" at "a prince
should guard himself, above all things, against being despised")."""


def content_positions(text: str, language: str) -> list[tuple[int, str]]:
    """(offset, word) of the content words of ``text``, each word once (first occurrence):
    no stop word, light word, auxiliary, modal or copula (:mod:`.auxiliaries`: "sei",
    "müsse", "являлся"), nor negation."""
    return list(_content_positions(text, language))


@lru_cache(maxsize=1 << 12)  # every pairing step reads a claim's and a passage's again
def _content_positions(text: str, language: str) -> tuple[tuple[int, str], ...]:
    stop = (
        STOPWORDS.get(language, frozenset())
        | LIGHT_WORDS.get(language, frozenset())
        | auxiliaries(language)
        | explicit_negations(language)
    )
    phrases = FUNCTION_PHRASES.get(language)
    inside = [m.span() for m in phrases.finditer(text)] if phrases is not None else []
    seen: set[str] = set()
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        key = w.casefold()
        if (
            len(w) > 2
            and plain_word(w, language) not in stop  # "tellest" is "tell": light (.stems)
            and fold(w).replace("'", "") not in stop
            and (key not in seen)
            and not any(a <= m.start() < b for a, b in inside)
        ):
            seen.add(key)
            out.append((m.start(), w))
    return tuple(out)


def written_as(text: str, at: int, word: str, language: str) -> str | None:
    """How ``word`` (at ``at`` in ``text``) is written, in a language that capitalizes names
    only: ``"name"`` (capitalized, not all capitals, where no sentence starts, or a name by
    the dictionary where one does), ``"word"`` (lower case), or None (another sentence's
    first word, all capitals, or German: it could be either).

    >>> t = "Early. Hence on Muttered spite. “Rome” said the mother"
    >>> [written_as(t, t.index(w), w, "en") for w in ("Early", "Hence", "Muttered", "Rome",
    ...                                                  "mother")]
    [None, None, 'name', None, 'word']
    """
    if language in CAPITALIZED_NOUNS or word.isupper():
        return None
    if not word[:1].isupper():
        return "word"
    if not _SENTENCE_START.search(text, max(0, at - 40), at):
        return "name"
    return "name" if opening_name(word, language) else None  # "Пьер повернул": .dictnames


def align_words(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    embedder: Embedder,
    *,
    minimum: float,
    names: Sequence[str] = (),
) -> Alignment:
    """The counterparts in ``passage`` of the content words of ``quote`` (and, for each quote
    word without the same stem there, the most similar of the passage's ``names``).

    >>> class Letters:  # a toy embedder: words by their first letter
    ...     model_id = "letters"
    ...     def __call__(self, words):
    ...         v = np.array([[w[0].lower() == c for c in "abcdefghijklmnopqrstuvwxyz"]
    ...                       for w in words], dtype=np.float32)
    ...         return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1)
    >>> a = align_words("the feared prince", "en", "princes fear it", "en", Letters(),
    ...                 minimum=0.6)
    >>> [(p.quote, p.passage) for p in a.pairs], a.coverage
    ([('feared', 'fear'), ('prince', 'princes')], 1.0)
    """
    mine = content_positions(quote, quote_language)
    theirs = content_positions(passage, passage_language)
    if not mine or not theirs:
        return Alignment(len(mine), ())
    pairs, rest, free = _by_stem(mine, quote_language, theirs, passage_language)
    nearest: dict[str, tuple[str, float]] = {}
    sims = None
    named = list(dict.fromkeys(names))
    if rest and (free or named):  # what the alignment embeds, in one call of the model
        remember_words(_embedded(quote, [mine[i] for i in rest], passage,
                                 [theirs[j] for j in free], named), embedder)  # fmt: skip
    if rest and free:
        sims = _similarities(
            quote, [mine[i] for i in rest], passage, [theirs[j] for j in free], embedder
        )
        sims[
            _name_and_word(
                quote,
                [mine[i] for i in rest],
                quote_language,
                passage,
                [theirs[j] for j in free],
                passage_language,
            )
        ] = -1.0
        back = sims.argmax(axis=0)  # each passage word's nearest quote word
        for r, (i, row) in enumerate(zip(rest, sims, strict=True)):
            (at, w), c = mine[i], int(row.argmax())
            if row[c] >= minimum and back[c] == r:  # mutual nearest neighbours only
                j = free[c]
                pairs[i] = WordPair(w, at, theirs[j][1], theirs[j][0], round(float(row[c]), 3))
    if rest and named:
        near = word_vectors([mine[i][1] for i in rest], embedder) @ word_vectors(named, embedder).T
        for i, row in zip(rest, near, strict=True):
            nearest[mine[i][1]] = (named[int(row.argmax())], float(row.max()))
    ordered = tuple(pairs[i] for i in sorted(pairs))
    q_words, p_words = _stemmed(quote, quote_language), _stemmed(passage, passage_language)
    rendered = (
        _rendered(q_words, mine, [p.quote_at for p in ordered]),
        _rendered(p_words, theirs, [p.passage_at for p in ordered]),
    )
    weak = weak_pairs(sims, [mine[i] for i in rest], [theirs[j] for j in free], pairs, rest)
    return Alignment(
        len(mine), ordered, nearest, rendered, _repeated(q_words, p_words, ordered), weak=weak
    )  # fmt: skip


def _by_stem(
    mine: list[tuple[int, str]], quote_language: str, theirs: list[tuple[int, str]],
    passage_language: str,
) -> tuple[dict[int, WordPair], list[int], list[int]]:  # fmt: skip
    """The quote's words paired with a passage word of the same stem (same language only),
    and the indexes of the quote's words and of the passage's left free."""
    pairs: dict[int, WordPair] = {}
    if quote_language == passage_language:
        stems = content_stems([w for _, w in theirs], passage_language)
        by_stem = {s: (at, w) for (at, w), s in zip(theirs, stems, strict=True)}
        for i, ((at, w), s) in enumerate(
            zip(mine, content_stems([w for _, w in mine], quote_language), strict=True)
        ):
            if s in by_stem:
                pairs[i] = WordPair(w, at, by_stem[s][1], by_stem[s][0], 1.0)
    rest = [i for i in range(len(mine)) if i not in pairs]
    used = {p.passage_at for p in pairs.values()}
    return pairs, rest, [j for j, (at, _) in enumerate(theirs) if at not in used]


def defer_alignments(
    memo: RememberingEmbedder, quote: str, quote_language: str, passages: Sequence[str],
    passage_language: str,
) -> None:  # fmt: skip
    """The words :func:`align_words` will embed to align ``quote`` with each of ``passages``
    (but the passages' names it tries), not kept yet, deferred to ``memo``'s next call: the
    candidates a claim weighs are aligned one after the other, and each alignment was a call
    of the model (about 1.5 ms besides its words)."""
    mine = content_positions(quote, quote_language)
    words: list[str] = []
    for passage in passages:
        theirs = content_positions(passage, passage_language)
        _, rest, free = _by_stem(mine, quote_language, theirs, passage_language)
        if rest and free:
            picked = ([mine[i] for i in rest], [theirs[j] for j in free])
            words += _embedded(quote, picked[0], passage, picked[1], [])
    memo.defer([w for w in dict.fromkeys(words) if (memo.model_id, w) not in _VECTORS])


WEAK_MIN = 0.42
"""The least similarity of a weak pair (:func:`weak_pairs`): "Müller" / "miller" is 0.46,
"Busse" / "buses" 0.58, and neither is anyone's mutual nearest above ``word_min``."""


def weak_pairs(
    sims: np.ndarray | None,
    mine: list[tuple[int, str]],
    theirs: list[tuple[int, str]],
    pairs: dict[int, WordPair],
    rest: list[int],
) -> tuple[WordPair, ...]:
    """The quote words (``mine``, rows of ``sims``) and passage words (``theirs``, columns)
    that :func:`align_words` left without a counterpart, paired greedily, the most similar
    first, down to :data:`WEAK_MIN`. A noun a translation renders by a word the embedder
    places less near ("Müller" / "miller", "Busse" / "buses") is still the same person or
    thing: who acts on whom is read through it (:mod:`.reversal`), while the verdict, which
    counts counterparts, does not see it."""
    if sims is None or not mine or not theirs:
        return ()
    used = {p.passage_at for p in pairs.values()}
    taken_q = {r for r, i in enumerate(rest) if i in pairs}
    taken_p = {c for c, (at, _) in enumerate(theirs) if at in used}
    found = []
    order = np.dstack(np.unravel_index(np.argsort(-sims, axis=None), sims.shape))[0]
    for r, c in order:
        if sims[r, c] < WEAK_MIN:
            break
        if r in taken_q or c in taken_p:
            continue
        taken_q.add(int(r))
        taken_p.add(int(c))
        (at, w), (p_at, p_w) = mine[r], theirs[c]
        found.append(WordPair(w, at, p_w, p_at, round(float(sims[r, c]), 3)))
    return tuple(found)


_Stemmed = tuple[list[int], list[str | None], list[str]]
"""A text's words: offsets, stems (None for stop words) and the words."""


def _repeated(
    quote: _Stemmed, passage: _Stemmed, pairs: tuple[WordPair, ...]
) -> dict[int, tuple[tuple[int, int], ...]]:
    """For each pair whose words both sides say more than once and as often (by stem, in each
    side's language: "father's" and "father"), their occurrences linked in order."""
    out: dict[int, tuple[tuple[int, int], ...]] = {}
    for i, p in enumerate(pairs):
        mine = _same_stem(quote[0], quote[1], p.quote_at)
        theirs = _same_stem(passage[0], passage[1], p.passage_at)
        if len(mine) > 1 and len(mine) == len(theirs):
            out[i] = tuple(zip(mine, theirs, strict=True))
    return out


def _rendered(
    words: _Stemmed, content: list[tuple[int, str]], paired: list[int]
) -> dict[int, bool]:
    """Every occurrence of the content words: offset -> whether the word's stem has a
    counterpart."""
    offsets, stems, raw = words
    keys = {w.casefold() for _, w in content}
    done = {stems[offsets.index(at)] for at in paired if at in offsets}
    return {
        at: stem in done
        for at, stem, w in zip(offsets, stems, raw, strict=True)
        if stem is not None and w.casefold() in keys
    }


def _stemmed(text: str, language: str) -> _Stemmed:
    """The words of ``text`` with their offsets and stems."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    stems: list[str | None] = []
    for _, w in words:
        found = content_stems([w], language)
        stems.append(found[0] if found else None)
    return [at for at, _ in words], stems, [w for _, w in words]


def _same_stem(offsets: list[int], stems: list[str | None], at: int) -> list[int]:
    """Offsets of the words with the stem of the word at ``at``."""
    stem = stems[offsets.index(at)] if at in offsets else None
    if stem is None:
        return []
    return [o for o, s in zip(offsets, stems, strict=True) if s == stem]


def _similarities(
    quote: str,
    mine: list[tuple[int, str]],
    passage: str,
    theirs: list[tuple[int, str]],
    embedder: Embedder,
) -> np.ndarray:
    """Word-vector similarities of quote words (rows) and passage words (columns). A word
    capitalized only because it opens a sentence is also read in lower case, and the nearer
    reading counts: the embedder reads "Спал" 0.52 from "slept", "спал" 0.80 ("True" /
    "правда" 0.71, "true" 0.84), and the same word mid-sentence would have paired."""
    q_words, p_words = [w for _, w in mine], [w for _, w in theirs]
    q, p = word_vectors(q_words, embedder), word_vectors(p_words, embedder)
    q_low, p_low = _opening_lower(quote, mine), _opening_lower(passage, theirs)
    if q_low == q_words and p_low == p_words:
        return q @ p.T
    q2, p2 = word_vectors(q_low, embedder), word_vectors(p_low, embedder)
    return np.maximum.reduce([q @ p.T, q @ p2.T, q2 @ p.T, q2 @ p2.T])


def _embedded(
    quote: str,
    mine: list[tuple[int, str]],
    passage: str,
    theirs: list[tuple[int, str]],
    named: list[str],
) -> list[str]:
    """The words :func:`align_words` looks up the vectors of: the quote's words without a
    counterpart by stem (``mine``) and the passage's free ones (``theirs``), each also as
    :func:`_opening_lower` reads it, when there are both (:func:`_similarities`); ``mine``
    and the passage's ``named`` when there are names."""
    words = [w for _, w in mine]
    if theirs:
        words += (
            [w for _, w in theirs] + _opening_lower(quote, mine) + _opening_lower(passage, theirs)
        )
    return words + named


def _opening_lower(text: str, words: list[tuple[int, str]]) -> list[str]:
    """Each word, lower-cased when it is capitalized (not all capitals) and opens a sentence."""
    return [
        w.lower()
        if w[:1].isupper() and not w.isupper() and _SENTENCE_START.search(text, max(0, at - 40), at)
        else w
        for at, w in words
    ]


def _name_and_word(
    quote: str,
    mine: list[tuple[int, str]],
    quote_language: str,
    passage: str,
    theirs: list[tuple[int, str]],
    passage_language: str,
) -> np.ndarray:
    """(quote word, passage word) pairs of a name and a common word: not counterparts."""
    q = [written_as(quote, at, w, quote_language) for at, w in mine]
    p = [written_as(passage, at, w, passage_language) for at, w in theirs]
    name_q = np.array([k == "name" for k in q])[:, None]
    word_q = np.array([k == "word" for k in q])[:, None]
    name_p = np.array([k == "name" for k in p])[None, :]
    word_p = np.array([k == "word" for k in p])[None, :]
    return (name_q & word_p) | (word_q & name_p)


_VECTORS: dict[tuple[str, str], np.ndarray] = {}


def word_vectors(words: list[str], embedder: Embedder) -> np.ndarray:
    """Vectors of single words, kept for the process (a run meets the same words often)."""
    remember_words(words, embedder)
    return np.stack([_VECTORS[(embedder.model_id, w)] for w in words])


def remember_words(words: Sequence[str], embedder: Embedder) -> None:
    """The vectors of those of ``words`` not kept yet, embedded in one call and kept: a call
    of the model costs about 1.5 ms besides its words, and an alignment looked its quote's,
    its passage's and their lower-case readings up in two to four."""
    todo = list(dict.fromkeys(w for w in words if (embedder.model_id, w) not in _VECTORS))
    if todo:
        if len(_VECTORS) > _CACHE_LIMIT:
            _VECTORS.clear()
        for w, v in zip(todo, embedder(todo), strict=True):
            _VECTORS[(embedder.model_id, w)] = v


def with_figures(
    alignment: Alignment,
    quote: str,
    language: str,
    figures: Sequence[tuple[int, int]],
    *,
    passage_figures: bool,
) -> Alignment:
    """``alignment`` with the content words of the quote's ``figures`` (numbers and times of
    day, (start, end) in ``quote``) that have no counterpart counted as rendered, when the
    passage states a figure too: a figure is compared by value, in the number check, which
    flags one that differs. A changed time lost the very passage it changes: "half past five
    ... a quarter to six" / "halb sieben ..." left "five" and "quarter" without a counterpart
    (5 of 10 content words; score -0.2), so the rendering was rejected instead of flagged."""
    if not passage_figures or not figures:
        return alignment
    paired = {p.quote_at for p in alignment.pairs}
    inside = sum(
        at not in paired and any(s <= at < e for s, e in figures)
        for at, _ in content_positions(quote, language)
    )
    return replace(alignment, figures=inside)
