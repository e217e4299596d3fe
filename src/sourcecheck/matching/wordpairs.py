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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..normalize import fold
from .embed import Embedder
from .negation import explicit_negations
from .stems import STOPWORDS, content_stems

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CACHE_LIMIT = 200_000
_LIGHT = {
    "en": """just get got gets getting out up down even though too much more most less like own
    also still ever only very ought make made take took go went gone come came thing things way
    well now yet quite rather perhaps really indeed once again back off away whether while since
    because although however therefore thus being said say says tell told know knew let put
    see saw seem seemed something anything everything someone anyone everyone many few other
    others another each every both either same such given""",
    "de": """auch noch schon nur sehr ja doch wohl mal immer wieder gar ganz dann denn etwa eben
    erst bloß zwar gewiß worden gewesen habe hatten wäre wären sollte sollten müssen muß mußte
    musste konnte können könnte dabei daran darauf davon dazu dafür hier dort da wo man etwas
    jetzt nun also einmal beide beiden andere anderen ließ lassen""",
    "ru": """же ли бы уж ещё уже даже только вот там тут так это чтобы есть было быть свой себя
    весь всё всего этого этой того той тот эта эти очень более менее""",
}
LIGHT_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in words.split()) for lang, words in _LIGHT.items()
}
"""Words that say little alone (auxiliaries, light verbs, common adverbs), left out of the
content words whose counterparts are counted, besides the stop words (:mod:`.stems`) and
the negations (:mod:`.negation`, compared on their own)."""


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

    @property
    def coverage(self) -> float:
        """Share (0-1) of the quote's content words with a counterpart."""
        return len(self.pairs) / self.content if self.content else 0.0

    @property
    def offsets(self) -> list[tuple[int, int]]:
        return [(p.quote_at, p.passage_at) for p in self.pairs]


def content_positions(text: str, language: str) -> list[tuple[int, str]]:
    """(offset, word) of the content words of ``text``, each word once (first occurrence)."""
    stop = (
        STOPWORDS.get(language, frozenset())
        | LIGHT_WORDS.get(language, frozenset())
        | explicit_negations(language)
    )
    seen: set[str] = set()
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        key = w.casefold()
        if (
            len(w) > 2
            and fold(w) not in stop
            and fold(w).replace("'", "") not in stop
            and (key not in seen)
        ):
            seen.add(key)
            out.append((m.start(), w))
    return out


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
    free = [j for j, (at, _) in enumerate(theirs) if at not in used]
    nearest: dict[str, tuple[str, float]] = {}
    if rest and free:
        sims = (
            word_vectors([mine[i][1] for i in rest], embedder)
            @ word_vectors([theirs[j][1] for j in free], embedder).T
        )
        back = sims.argmax(axis=0)  # each passage word's nearest quote word
        for r, (i, row) in enumerate(zip(rest, sims, strict=True)):
            (at, w), c = mine[i], int(row.argmax())
            if row[c] >= minimum and back[c] == r:  # mutual nearest neighbours only
                j = free[c]
                pairs[i] = WordPair(w, at, theirs[j][1], theirs[j][0], round(float(row[c]), 3))
    named = list(dict.fromkeys(names))
    if rest and named:
        near = word_vectors([mine[i][1] for i in rest], embedder) @ word_vectors(named, embedder).T
        for i, row in zip(rest, near, strict=True):
            nearest[mine[i][1]] = (named[int(row.argmax())], float(row.max()))
    return Alignment(len(mine), tuple(pairs[i] for i in sorted(pairs)), nearest)


_VECTORS: dict[tuple[str, str], np.ndarray] = {}


def word_vectors(words: list[str], embedder: Embedder) -> np.ndarray:
    """Vectors of single words, kept for the process (a run meets the same words often)."""
    todo = list(dict.fromkeys(w for w in words if (embedder.model_id, w) not in _VECTORS))
    if todo:
        if len(_VECTORS) > _CACHE_LIMIT:
            _VECTORS.clear()
        for w, v in zip(todo, embedder(todo), strict=True):
            _VECTORS[(embedder.model_id, w)] = v
    return np.stack([_VECTORS[(embedder.model_id, w)] for w in words])
