"""A text's units (sentences, long ones cut) with their stems and sentence vectors.

:class:`TextVectors` is what is worth keeping between runs: the unit spans of a text and one
unit vector per unit, and the same for the clauses of its long units, keyed by the embedder's
``model_id`` and the unit scheme (:data:`SCHEME`; a plain dataclass, so the store can keep the
arrays as BLOBs). :class:`TextUnits` is rebuilt per process (stems are cheap: about 0.5 s for a
3 MB book) and cached for the few texts a run is working on.

Why clauses: a quote often renders one clause of a long sentence ("For the first fourteen
days his parents could not bring themselves to come in to him" of a 55-word German sentence),
and the sentence's vector is diluted by the rest of it (0.33 from the quote, 136th of the
text's 905 units, where the clause alone is 0.58). So a unit of at least
:data:`LONG_WORDS` words is also cut into clauses of at least :data:`CLAUSE_WORDS` words,
each embedded (about half a book's words are in such units: its vectors cost half as much
again to build). A unit that reports speech inside its narration ("Lenin said: «We must sign
the peace at once...»", "„Die Russen werden nicht unterschreiben“, sagte Graf Czernin.") is
cut at the ends of the speech whatever its length (:mod:`.speech`): the quoted words are a
clause of their own.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..linebreaks import unbroken
from ..texts.sentences import unit_spans
from .embed import Embedder, default_embedder
from .speech import SPEECH_WORDS, speech_pieces, strip_span
from .speech import WORD as _WORD
from .stems import content_stems
from .textcache import TextCache

UNIT_WORDS = 60
"""A sentence longer than this is cut into units at clause marks (see texts.sentences)."""
LONG_WORDS = 20
"""A unit of at least this many words also gets vectors of its clauses."""
CLAUSE_WORDS = 6
"""...of at least this many words each (a shorter piece joins a neighbour, but direct speech
with its tag: :data:`_SPEECH_TAG`)."""
_TAG_WORDS = 3
"""A speech tag ("he thought", "sagte die Schwester") has at most this many words."""
SCHEME = (
    f"units{UNIT_WORDS}+clauses{LONG_WORDS}/{CLAUSE_WORDS}+speech+quoted{SPEECH_WORDS}/{_TAG_WORDS}"
    "+unbroken"
)
"""The unit scheme, stored with the vectors: vectors of another scheme are rebuilt (those
stored before quoted speech was cut out of its sentence, :mod:`.speech`, are, and those
embedded before a word hyphenated across a line break was joined again: :func:`flat_text`)."""
_CLAUSE_MARK = re.compile(r"[,;:]+[”\"’»«)\]]*\s+|\s+(?:—|--|–)\s*|\s+(?=\()")
_CONJUNCTIONS = frozenset(
    """and but or nor yet so because while whereas although though when where which who whom
    whose that if as since until unless after before
    und aber oder denn sondern doch jedoch weil während als wenn ob obwohl obgleich daß dass da
    damit bis nachdem indem sodaß wie wo welcher welche welches
    и а но или да что чтобы когда где который которая которое которые которого которой если
    хотя потому пока как будто""".split()
)
"""Words that open a clause: a short piece opening with one joins the next piece, any other
the previous one ("konnten es nicht über sich bringen, zu ihm hereinzukommen")."""
_SPEECH_TAG = re.compile(r"[!?.…]\s*[«»“”\"]\s*(?:[^\W\d_]+\s+){0,2}[^\W\d_]+[,;:]?\s*\Z")
"""Direct speech closed by its own sentence mark and followed by its tag, ending a piece
("»Himmlischer Vater!« dachte er,"): the speaker's sentence ends there, so the piece is a
clause of its own however short, and a short piece after it opens the next clause instead of
joining it. Otherwise "Es war halb sieben Uhr" (5 words) was only stored joined to
"»Himmlischer Vater!« dachte er", and no passage started where a rendering of it begins
(changed-32: 0.46 for the joined clause, 0.62-0.65 from "Es war")."""
BATCH = 256
"""Units embedded per call when building a text's vectors (one progress step each)."""

Progress = Callable[[int, int], None]
"""progress(done, total): units embedded so far, of all."""


@dataclass
class TextVectors:
    """Sentence vectors of one text: ``spans`` (n, 2) int64 character ranges of its units,
    ``matrix`` (n, d) unit vectors (float16 to store, float32 to compute), ``model_id``; the
    same for the clauses of its long units (``clause_spans`` (m, 2), ``clause_matrix``), in
    text order, and the unit ``scheme`` they were cut by."""

    model_id: str
    spans: np.ndarray
    matrix: np.ndarray
    clause_spans: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))
    clause_matrix: np.ndarray | None = None
    scheme: str = SCHEME
    _dense: np.ndarray | None = field(default=None, repr=False, compare=False)
    _adjacent: dict[int, np.ndarray] = field(default_factory=dict, repr=False, compare=False)
    _clauses: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(
        default=None, repr=False, compare=False
    )
    _per_text: dict[tuple[str, int], tuple[np.ndarray, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def dense(self) -> np.ndarray:
        """The matrix as float32 (converted once, then kept: one matrix-vector product per
        claim)."""
        if self._dense is None:
            self._dense = np.ascontiguousarray(self.matrix, dtype=np.float32)
        return self._dense

    def adjacent_cumsum(self, gap: int) -> np.ndarray:
        """Running sums (from 0) of the cosines of unit i with unit i + ``gap``, computed once
        per gap: what the length of a window's summed vector needs."""
        if gap not in self._adjacent:
            d = self.dense()
            dots = np.einsum("ij,ij->i", d[:-gap], d[gap:]) if len(d) > gap else np.zeros(0)
            self._adjacent[gap] = np.concatenate([[0.0], np.cumsum(dots, dtype=np.float64)])
        return self._adjacent[gap]

    def window_lengths(self, k: int) -> np.ndarray:
        """The length of the summed vector of each run of ``k`` consecutive units (n - k + 1;
        at least 0.001), from the cosines of neighbouring units: the same for every quote, so
        computed once per ``k``."""
        key = ("units", k)
        if key not in self._per_text:
            n = len(self.spans)
            norm2 = np.full(n - k + 1, float(k))
            for gap in range(1, k):
                c = self.adjacent_cumsum(gap)
                norm2 += 2 * (c[k - gap : n - gap + 1] - c[: n - k + 1])
            self._per_text[key] = (np.sqrt(np.maximum(norm2, 1e-6)),)
        return self._per_text[key][0]

    def clause_run_lengths(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """For each run of ``k`` consecutive clauses (m - k + 1): the length of its summed
        vector (as :meth:`window_lengths`; runs across units count their clauses as
        orthogonal), and whether it is no run of one unit's clauses (it crosses into another
        unit, or it is the whole unit, which has its own vector). The same for every quote,
        so computed once per ``k``."""
        key = ("clauses", k)
        if key not in self._per_text:
            _, unit, running = self.clauses()
            opens, closes, _ = self._clause_ends()
            n = len(unit) - k + 1
            norm2 = np.full(n, float(k))
            for gap in range(1, k):
                c = running[:, gap - 1]
                norm2 += 2 * (c[k - gap : k - gap + n] - c[:n])
            apart = (unit[k - 1 :] != unit[:n]) | (opens[:n] & closes[k - 1 :])
            self._per_text[key] = (np.sqrt(np.maximum(norm2, 1e-6)), apart)
        lengths, apart = self._per_text[key]
        return lengths, apart

    def clause_openings(self) -> np.ndarray:
        """The indexes of the clauses that open their unit (each unit's clauses follow)."""
        return self._clause_ends()[2]

    def _clause_ends(self) -> tuple[np.ndarray, ...]:
        """Whether each clause opens its unit, whether it closes it, and the openers."""
        key = ("ends", 0)
        if key not in self._per_text:
            unit = self.clauses()[1]
            opens = np.concatenate([[True], unit[1:] != unit[:-1]])
            closes = np.concatenate([unit[:-1] != unit[1:], [True]])
            self._per_text[key] = (opens, closes, np.flatnonzero(opens))
        return self._per_text[key]

    def clauses(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The clause vectors as float32 (m, d), the unit each clause is of (m,), and the
        running sums (from 0) of the cosines of each clause with the next and the one after
        (m + 1, 2; 0 past its unit's last): computed once, what runs of clauses are scored
        with."""
        if self._clauses is None:
            m = len(self.clause_spans)
            dim = self.matrix.shape[1] if self.matrix.ndim == 2 else 0
            source = self.clause_matrix if self.clause_matrix is not None else np.zeros((0, dim))
            dense = np.ascontiguousarray(source, dtype=np.float32).reshape(m, dim)
            starts = self.spans[:, 0] if len(self.spans) else np.zeros(0, dtype=np.int64)
            unit = (np.searchsorted(starts, self.clause_spans[:, 0], side="right") - 1).astype(
                np.int64
            )
            after = np.zeros((m, 2))
            for gap in (1, 2):
                if m > gap:
                    same = unit[gap:] == unit[:-gap]
                    dots = np.einsum("ij,ij->i", dense[:-gap], dense[gap:])
                    after[:-gap, gap - 1] = np.where(same, dots, 0.0)
            running = np.vstack([np.zeros((1, 2)), np.cumsum(after, axis=0, dtype=np.float64)])
            self._clauses = (dense, unit, running)
        return self._clauses


def build_text_vectors(
    text: str,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    dtype: type = np.float16,
) -> TextVectors:
    """Embed every unit of ``text``, and the clauses of its long units (float16 halves the
    storage and changes cosines by less than 0.002).

    >>> class Ones:
    ...     model_id = "ones"
    ...     def __call__(self, sentences):
    ...         return np.ones((len(sentences), 2), dtype=np.float32) / np.sqrt(2)
    >>> v = build_text_vectors("One sentence. And another one.", embedder=Ones())
    >>> v.model_id, v.spans.tolist(), v.matrix.shape, v.clause_spans.shape
    ('ones', [[0, 13], [14, 30]], (2, 2), (0, 2))
    """
    embedder = embedder or default_embedder()
    spans = np.array(unit_spans(text, max_words=UNIT_WORDS), dtype=np.int64).reshape(-1, 2)
    clauses = np.array(
        [c for s, e in spans.tolist() for c in unit_clauses(text, s, e)], dtype=np.int64
    ).reshape(-1, 2)
    every = np.concatenate([spans, clauses])
    parts = []
    for first in range(0, len(every), BATCH):
        chunk = every[first : first + BATCH]
        parts.append(embedder([flat_text(text, s, e) for s, e in chunk.tolist()]))
        if progress is not None:
            progress(min(first + BATCH, len(every)), len(every))
    dim = parts[0].shape[1] if parts else 0
    matrix: np.ndarray = (np.concatenate(parts) if parts else np.zeros((0, dim))).astype(dtype)
    n = len(spans)
    return TextVectors(embedder.model_id, spans, matrix[:n], clauses, matrix[n:])


def unit_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses stored for a unit: its reported speech and the narration around it, each
    whatever its length (:func:`~.speech.speech_pieces`), a long one cut further into its
    clauses; else, for a unit with no such speech, its clauses (:func:`clause_spans`).

    >>> t = "Czernin sagte: „Die Russen werden nicht unterschreiben.“"
    >>> [t[s:e] for s, e in unit_clauses(t, 0, len(t))]
    ['Czernin sagte', '„Die Russen werden nicht unterschreiben.“']
    """
    pieces = speech_pieces(text, start, end)
    if not pieces:
        return clause_spans(text, start, end)
    split = [p for i, (a, b) in enumerate(pieces) for p in _tag_apart(text, a, b, i > 0)]
    return [c for a, b in split for c in clause_spans(text, a, b) or [strip_span(text, a, b)]]


def _tag_apart(text: str, start: int, end: int, after: bool) -> list[tuple[int, int]]:
    """A narration piece ``after`` speech without the tag that opens it ("he thought, but
    that was something he was unable to do..."): the tag is a clause of its own, as it was
    of the speech before it, so the narration's clauses start where a rendering of them
    does (para-20: "he thought, but ... right" 0.53 where "but ... right" is 0.58)."""
    mark = _CLAUSE_MARK.search(text, start, end) if after and text[start].isalpha() else None
    if mark is None or len(_WORD.findall(text, start, mark.start())) > _TAG_WORDS:
        return [(start, end)]
    if len(_WORD.findall(text, mark.end(), end)) < CLAUSE_WORDS:
        return [(start, end)]
    return [strip_span(text, start, mark.end()), (mark.end(), end)]


def clause_spans(
    text: str, start: int, end: int, *, long: int = LONG_WORDS, least: int = CLAUSE_WORDS
) -> list[tuple[int, int]]:
    """The clauses of a unit of at least ``long`` words, each at least ``least`` words: cut
    at commas, semicolons, colons, dashes and before a bracket; a shorter piece joins the next
    when it opens with a conjunction (or is the first), else the previous one. No clauses
    (``[]``) for a shorter unit, or one that does not come apart in two such pieces.

    >>> t = ("In den ersten vierzehn Tagen konnten es die Eltern nicht über sich bringen, zu "
    ...      "ihm hereinzukommen, und er hörte oft, wie sie die Arbeit der Schwester anerkannten.")
    >>> [t[s:e] for s, e in clause_spans(t, 0, len(t))]  # doctest: +NORMALIZE_WHITESPACE
    ['In den ersten vierzehn Tagen konnten es die Eltern nicht über sich bringen, zu ihm
      hereinzukommen', 'und er hörte oft, wie sie die Arbeit der Schwester anerkannten.']
    """
    if len(_WORD.findall(text, start, end)) < long:
        return []
    cuts = [start] + [m.end() for m in _CLAUSE_MARK.finditer(text, start, end)] + [end]
    pieces = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    merged: list[tuple[int, int]] = []
    carry: int | None = None  # the start of a short piece waiting for the next one
    spoken = False  # the last clause is direct speech and its tag: the sentence ended there
    for i, (a, b) in enumerate(pieces):
        a = a if carry is None else carry
        words = _WORD.findall(text, a, b)
        if len(words) >= least or (
            carry is None and i < len(pieces) - 1 and _SPEECH_TAG.search(text, a, b)
        ):
            merged.append((a, b))
            carry, spoken = None, len(words) < least
        elif (
            merged
            and carry is None
            and not spoken
            and words
            and words[0].casefold() not in _CONJUNCTIONS
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            carry = a
    if carry is not None:
        if not merged:
            return []
        merged[-1] = (merged[-1][0], end)
    if len(merged) < 2:
        return []
    return [strip_span(text, a, b) for a, b in merged]


@lru_cache(maxsize=4)
def cached_vectors(text: str, embedder: Embedder) -> TextVectors:
    """The vectors of a text built once per process (for texts without stored vectors)."""
    return build_text_vectors(text, embedder=embedder)


@dataclass
class TextUnits:
    """The units of a text with the content stems of each, indexed by stem."""

    language: str
    spans: np.ndarray  # (n, 2)
    words: np.ndarray  # (n,) words per unit
    stems: list[frozenset[str]]
    postings: dict[str, np.ndarray]  # stem -> sorted unit ids

    def idf(self, stem: str) -> float:
        """Inverse unit frequency: a stem in every unit weighs nothing, a rare one much."""
        found = self.postings.get(stem)
        n = len(found) if found is not None else 0
        return float(np.log((len(self.spans) + 1) / (n + 1)))

    def alone(self, start: int, end: int) -> bool:
        """Whether the characters ``start``-``end`` hold every unit of the text: it has no
        other passage to compare them with (a one-sentence source)."""
        spans = self.spans
        return not bool(((spans[:, 1] <= start) | (spans[:, 0] >= end)).any())

    def window_text(self, first: int, last: int, text: str) -> str:
        return flat_text(text, int(self.spans[first, 0]), int(self.spans[last, 1]))


def flat_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as it is embedded: its whitespace and line breaks one space each, a
    word hyphenated across a line break joined again (:func:`~sourcecheck.linebreaks.unbroken`).

    >>> flat_text("a  long\\nline ", 0, 13)
    'a long line'
    """
    return " ".join(unbroken(text[start:end]).split())


def build_units(text: str, language: str) -> TextUnits:
    """Units and stems of a text (:func:`text_units` keeps them)."""
    spans = np.array(unit_spans(text, max_words=UNIT_WORDS), dtype=np.int64).reshape(-1, 2)
    words, stems = [], []
    postings: dict[str, list[int]] = defaultdict(list)
    for i, (s, e) in enumerate(spans.tolist()):
        raw = _WORD.findall(text, s, e)
        words.append(len(raw))
        unit = frozenset(content_stems(raw, language))
        stems.append(unit)
        for stem in unit:
            postings[stem].append(i)
    return TextUnits(
        language,
        spans,
        np.array(words, dtype=np.int64),
        stems,
        {k: np.array(v, dtype=np.int64) for k, v in postings.items()},
    )


text_units = TextCache(build_units, 8)
"""Units and stems of a text, built once per process and text (kept for 8 texts: with 4,
the labelled set's claims, which take 17 texts in turn, had them built again 60 times), or
read from the store (:mod:`sourcecheck.store.textwords`)."""


def raw_words(text: str) -> list[str]:
    """The words of a quote or passage as printed, a word hyphenated across a line break
    joined again (:func:`~sourcecheck.linebreaks.unbroken`)."""
    return [unbroken(word) for word in _WORD.findall(text)]
