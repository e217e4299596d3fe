"""A text's units (sentences, long ones cut) with their stems and sentence vectors.

:class:`TextVectors` is what is worth keeping between runs: the unit spans of a text and one
unit vector per unit, keyed by the embedder's ``model_id`` (a plain dataclass, so the store can
keep ``spans`` and ``matrix`` as BLOBs). :class:`TextUnits` is rebuilt per process (stems are
cheap: about 0.5 s for a 3 MB book) and cached for the few texts a run is working on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..texts.sentences import unit_spans
from .embed import Embedder, default_embedder
from .stems import content_stems

UNIT_WORDS = 60
"""A sentence longer than this is cut into units at clause marks (see texts.sentences)."""
BATCH = 256
"""Units embedded per call when building a text's vectors (one progress step each)."""
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")

Progress = Callable[[int, int], None]
"""progress(done, total): units embedded so far, of all."""


@dataclass
class TextVectors:
    """Sentence vectors of one text: ``spans`` (n, 2) int64 character ranges of its units,
    ``matrix`` (n, d) unit vectors (float16 to store, float32 to compute), ``model_id``."""

    model_id: str
    spans: np.ndarray
    matrix: np.ndarray
    _dense: np.ndarray | None = field(default=None, repr=False, compare=False)
    _adjacent: dict[int, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

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


def build_text_vectors(
    text: str,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    dtype: type = np.float16,
) -> TextVectors:
    """Embed every unit of ``text`` (float16 halves the storage and changes cosines by less
    than 0.002).

    >>> class Ones:
    ...     model_id = "ones"
    ...     def __call__(self, sentences):
    ...         return np.ones((len(sentences), 2), dtype=np.float32) / np.sqrt(2)
    >>> v = build_text_vectors("One sentence. And another one.", embedder=Ones())
    >>> v.model_id, v.spans.tolist(), v.matrix.shape
    ('ones', [[0, 13], [14, 30]], (2, 2))
    """
    embedder = embedder or default_embedder()
    spans = np.array(unit_spans(text, max_words=UNIT_WORDS), dtype=np.int64).reshape(-1, 2)
    parts = []
    for first in range(0, len(spans), BATCH):
        chunk = spans[first : first + BATCH]
        parts.append(embedder([" ".join(text[s:e].split()) for s, e in chunk.tolist()]))
        if progress is not None:
            progress(min(first + BATCH, len(spans)), len(spans))
    dim = parts[0].shape[1] if parts else 0
    matrix = np.concatenate(parts) if parts else np.zeros((0, dim), dtype=np.float32)
    return TextVectors(embedder.model_id, spans, matrix.astype(dtype))


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

    def window_text(self, first: int, last: int, text: str) -> str:
        return " ".join(text[self.spans[first, 0] : self.spans[last, 1]].split())


@lru_cache(maxsize=4)
def text_units(text: str, language: str) -> TextUnits:
    """Units and stems of a text, built once per process and text."""
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


def raw_words(text: str) -> list[str]:
    """The words of a quote or passage as printed."""
    return _WORD.findall(text)
