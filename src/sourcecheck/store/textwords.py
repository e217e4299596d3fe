"""A text's words as the meaning stage reads them, stored with its sentence vectors (migration
m021), so that ``verify`` reads them rather than computing them in every process.

For a text searched whole by its vectors, the stage reads the whole text three ways before its
first claim: its units and their content stems (:func:`~..matching.vectors.text_units`), the
names it prints (:func:`~..matching.openers.source_names`) and the names it may name
(:mod:`~..matching.missingname`): 2.1-2.3 s of CPU for a 3.4 MB book, paid again by every
``verify`` (cost111). They are stored when its vectors are built (:func:`.vectors.embed_texts`)
or, for vectors stored before, by the first ``verify`` that searches it, and read from then on
(:func:`supply_words`: 0.2-0.3 s); they go with its vectors (:func:`.vectors.forget_vectors`:
a text read again, removed, or embedded again).

They are what the code that reads them gives: the stored ``scheme`` is a fingerprint of that
code (the matching, facts and texts packages, ``normalize`` and the stemmer's version), so a
changed rule (a stop word, a name's shape) builds them again on first use rather than serving
an old reading; so do another language and another length of the text.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import suppress
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from ..matching.missingname import text_names
from ..matching.openers import SourceNames, source_names
from ..matching.vectors import TextUnits, TextVectors, text_units
from ..models import now_iso
from .db import Database, transaction

_READERS = ("matching", "facts", "texts", "normalize.py")
"""The parts of the package whose code the stored words depend on (:func:`words_scheme`)."""


@cache
def words_scheme() -> str:
    """A fingerprint of the code that reads a text's words: its source files' contents and
    the stemmer's version (computed once per process: a few milliseconds)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for part in _READERS:
        files = [root / part] if part.endswith(".py") else sorted((root / part).rglob("*.py"))
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    with suppress(PackageNotFoundError):  # (a dependency)
        digest.update(version("PyStemmer").encode())
    return f"words1-{digest.hexdigest()[:16]}"


def supply_words(
    db: Database, text_id: int, text: str, language: str, vectors: TextVectors | None = None
) -> None:
    """Have the process's caches hold ``text``'s words read in ``language``, for a text with
    stored ``vectors`` (nothing without): from the store, else read now and stored (in their
    own transaction)."""
    if vectors is None:
        return
    if all(c.kept(text, language) is not None for c in (text_units, source_names, text_names)):
        return
    if load_words(db, text_id, text, language):
        return
    with transaction(db):
        save_words(db, text_id, text, language)


def save_words(db: Database, text_id: int, text: str, language: str) -> None:
    """Store the words of text ``text_id`` (``text``) read in ``language``, replacing any, in
    the caller's transaction."""
    units = text_units(text, language)
    names = source_names(text, language)
    named = text_names(text, language)
    vocabulary: dict[str, int] = {}
    numbers = [vocabulary.setdefault(s, len(vocabulary)) for unit in units.stems for s in unit]
    ends = np.cumsum([len(unit) for unit in units.stems], dtype=np.int64)
    db.execute("DELETE FROM text_words WHERE text_id = ?", [text_id])
    db.execute(
        "INSERT INTO text_words (text_id, language, scheme, length, spans, words, stems, "
        "unit_stems, unit_ends, names, lower, text_names, built_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            text_id, language, words_scheme(), len(text),
            np.ascontiguousarray(units.spans, "<i8").tobytes(),
            np.ascontiguousarray(units.words, "<i8").tobytes(),
            json.dumps(list(vocabulary), ensure_ascii=False),
            np.asarray(numbers, dtype="<i4").tobytes(),
            np.ascontiguousarray(ends, "<i8").tobytes(),
            _listed(names.keys), _listed(names.lower), _listed(named), now_iso(),
        ],
    )  # fmt: skip


def load_words(db: Database, text_id: int, text: str, language: str) -> bool:
    """Give the process's caches the stored words of text ``text_id`` (``text``) read in
    ``language`` by the current code; False when there are none such."""
    row = db.execute(
        "SELECT spans, words, stems, unit_stems, unit_ends, names, lower, text_names "
        "FROM text_words WHERE text_id = ? AND language = ? AND scheme = ? AND length = ?",
        [text_id, language, words_scheme(), len(text)],
    ).fetchone()
    if row is None:
        return False
    spans_b, words_b, stems_t, numbers_b, ends_b, names_t, lower_t, named_t = row
    vocabulary: list[str] = json.loads(stems_t)
    numbers = np.frombuffer(numbers_b, dtype="<i4").astype(np.int64)
    ends = np.frombuffer(ends_b, dtype="<i8").astype(np.int64)
    starts = np.zeros_like(ends)
    starts[1:] = ends[:-1]
    words = np.array(vocabulary, dtype=object)
    stems = [
        frozenset(words[numbers[a:b]].tolist())
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True)
    ]
    units_of = np.repeat(np.arange(len(ends), dtype=np.int64), ends - starts)
    order = np.argsort(numbers, kind="stable")  # each stem's units in text order
    bounds = np.searchsorted(numbers[order], np.arange(len(vocabulary) + 1))
    by_stem = units_of[order]
    postings = {s: by_stem[bounds[i] : bounds[i + 1]].copy() for i, s in enumerate(vocabulary)}
    spans = np.frombuffer(spans_b, dtype="<i8").astype(np.int64).reshape(-1, 2)
    counts = np.frombuffer(words_b, dtype="<i8").astype(np.int64)
    text_units.remember(text, language, TextUnits(language, spans, counts, stems, postings))
    source_names.remember(text, language, SourceNames(_lines(names_t), _lines(lower_t)))
    text_names.remember(text, language, _lines(named_t))
    return True


def forget_words(db: Database, text_ids: list[int]) -> None:
    """Drop the stored words of texts (with their vectors: :func:`.vectors.forget_vectors`)."""
    marks = ", ".join("?" for _ in text_ids)
    db.execute(f"DELETE FROM text_words WHERE text_id IN ({marks})", text_ids)


def _listed(words: frozenset[str]) -> str:
    return json.dumps(sorted(words), ensure_ascii=False)


def _lines(listed: str) -> frozenset[str]:
    return frozenset(json.loads(listed))
