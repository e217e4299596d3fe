"""Stored sentence vectors of texts (migrations m010, m011), for the meaning stage.

A text's vectors (:class:`~sourcecheck.matching.vectors.TextVectors`: its unit spans and one
unit vector each, then those of the clauses of its long units) are kept per embedding model
and unit scheme: vectors of another ``model_id`` or ``scheme`` are never used, and building
the current ones replaces them. They are built when texts arrive
(import, ``source text``, ``source fetch``) while the database is small: its texts, the new
ones included, at most :data:`ARRIVAL_CHARS` characters together. Beyond, ``verify`` builds
those of the texts it needs when they are few enough (:data:`EMBED_CHARS`, see
:mod:`sourcecheck.rewording`), and ``sourcecheck index --meaning`` builds them all: embedding
takes about a minute and a half of CPU per 3 MB on these machines (units and clauses: 84-87 s
for a 3.4 MB book, measured; 83 s of CPU with the reported speech cut out of its sentences,
:mod:`~sourcecheck.matching.speech`, on a busy machine), and a library of 100 MB, whether it arrives
in one import or text by text, must import in under 90 s.

A text's language is detected when it arrives (:mod:`sourcecheck.texts.ingest`);
:func:`fill_languages` detects it for texts stored before that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..matching.embed import Embedder, default_embedder
from ..matching.vectors import SCHEME, TextVectors, build_text_vectors
from ..models import counted, now_iso
from ..texts.language import detect_language, language_of
from .db import Database, transaction
from .indexes import IndexProgress, IndexReport, index_texts

ARRIVAL_CHARS = 1_000_000
"""While a database's texts are together at most this many characters (a chapter and a few
sources), new texts get their vectors when they arrive: at most about 30 s of embedding."""
EMBED_CHARS = 4_000_000
"""``verify`` builds the vectors of the texts it needs, source by source, while they add up to
at most this many characters (see :mod:`sourcecheck.rewording`): about 100-115 s of CPU on
these machines (it was 75 s before clause vectors)."""
PART_UNITS = 65_536
"""Units per stored part (32 MB of float16 vectors of 512 dimensions): a BLOB is read and
written whole, and SQLite's limit on one is 1 GB."""

VectorProgress = Callable[[float, int], None]
Notify = Callable[[str], None]
"""The one way a text's arrival (import, ``source text``, ``source fetch``) tells the user
something besides its result: one line, shown as a note (sentence vectors left for later,
a text listed by URL not fetched yet)."""
"""progress(characters embedded, characters to embed): a long book's sentences, batch by
batch, so a bar can show the size and how long is left."""


@dataclass(frozen=True, slots=True)
class VectorReport:
    """What :func:`embed_texts` did: texts embedded (and their units), texts left without."""

    model_id: str
    built: tuple[int, ...] = ()
    units: int = 0
    skipped: tuple[int, ...] = field(default=())
    skipped_chars: int = 0

    def summary(self) -> str:
        """What was built and what was left for later, one line that never contradicts
        itself ("no sentence vectors to build" is said only when none were left)."""
        left = ""
        if self.skipped:
            left = (
                f"{counted(len(self.skipped), 'text')} ({self.skipped_chars:,} characters) left "
                f"without sentence vectors (the database's texts are over {ARRIVAL_CHARS:,} "
                "characters together): verify builds those it needs, sourcecheck index "
                "--meaning all of them"
            )
        if not self.built:
            return left or "no sentence vectors to build"
        done = (
            f"sentence vectors built for {counted(len(self.built), 'text')} "
            f"({counted(self.units, 'unit')})"
        )
        return f"{done}; {left}" if left else done


def save_vectors(db: Database, text_id: int, vectors: TextVectors) -> None:
    """Store a text's vectors (replacing any it had), in the caller's transaction: its units'
    rows, then its clauses' (migration m011)."""
    forget_vectors(db, [text_id])
    spans = np.ascontiguousarray(np.concatenate([vectors.spans, vectors.clause_spans]), "<i8")
    clauses = vectors.clause_matrix if vectors.clause_matrix is not None else vectors.matrix[:0]
    matrix = np.ascontiguousarray(np.concatenate([vectors.matrix, clauses]), dtype="<f2")
    dim = int(matrix.shape[1]) if matrix.ndim == 2 else 0
    db.execute(
        "INSERT INTO text_vectors (text_id, model_id, units, dim, built_at, clauses, scheme) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [text_id, vectors.model_id, len(vectors.spans), dim, now_iso(),
         len(vectors.clause_spans), vectors.scheme],
    )  # fmt: skip
    for part, start in enumerate(range(0, max(1, len(spans)), PART_UNITS)):
        stop = start + PART_UNITS
        db.execute(
            "INSERT INTO text_vector_parts (text_id, part, spans, matrix) VALUES (?, ?, ?, ?)",
            [text_id, part, spans[start:stop].tobytes(), matrix[start:stop].tobytes()],
        )


def load_vectors(db: Database, text_id: int, model_id: str) -> TextVectors | None:
    """A text's stored vectors of ``model_id`` and the current unit scheme
    (:data:`~sourcecheck.matching.vectors.SCHEME`); None when it has none of those (vectors
    cut by an earlier scheme, before speech was cut out of its sentences say, are rebuilt)."""
    row = db.execute(
        "SELECT units, dim, clauses FROM text_vectors "
        "WHERE text_id = ? AND model_id = ? AND scheme = ?",
        [text_id, model_id, SCHEME],
    ).fetchone()
    if row is None:
        return None
    units, dim, clauses = int(row[0]), int(row[1]), int(row[2])
    spans = np.empty((units + clauses, 2), dtype=np.int64)
    matrix = np.empty((units + clauses, dim), dtype=np.float16)
    at = 0
    for span_bytes, matrix_bytes in db.execute(
        "SELECT spans, matrix FROM text_vector_parts WHERE text_id = ? ORDER BY part", [text_id]
    ):
        n = len(span_bytes) // 16
        spans[at : at + n] = np.frombuffer(span_bytes, dtype="<i8").reshape(n, 2)
        matrix[at : at + n] = np.frombuffer(matrix_bytes, dtype="<f2").reshape(n, dim)
        at += n
    return TextVectors(
        model_id, spans[:units], matrix[:units], spans[units:], matrix[units:], SCHEME
    )


def forget_vectors(db: Database, text_ids: list[int]) -> None:
    """Drop the vectors of texts (about to be deleted, or to be rebuilt), and their stored
    words (:mod:`.textwords`)."""
    marks = ", ".join("?" for _ in text_ids)
    for table in ("text_vector_parts", "text_vectors", "text_words"):
        db.execute(f"DELETE FROM {table} WHERE text_id IN ({marks})", text_ids)


def without_vectors(
    db: Database, model_id: str, text_ids: list[int] | None = None
) -> dict[int, int]:
    """``{text id: length}`` of the texts (all, or ``text_ids``) with no vectors of
    ``model_id`` and the current unit scheme (none, or another model's or scheme's), by id."""
    where = ""
    args: list[object] = [model_id, SCHEME]
    if text_ids is not None:
        if not text_ids:
            return {}
        where = f"AND t.id IN ({', '.join('?' for _ in text_ids)})"
        args += list(text_ids)
    rows = db.execute(
        f"""SELECT t.id, t.length FROM texts t
            LEFT JOIN text_vectors v ON v.text_id = t.id AND v.model_id = ? AND v.scheme = ?
            WHERE v.text_id IS NULL {where} ORDER BY t.id""",
        args,
    )
    return {int(r[0]): int(r[1]) for r in rows}


def embed_texts(
    db: Database,
    text_ids: list[int] | None = None,
    *,
    embedder: Embedder | None = None,
    budget: int | None = None,
    progress: VectorProgress | None = None,
) -> VectorReport:
    """Build and store the vectors of the texts (all, or ``text_ids``) that have none of the
    embedder's model, each text in its own transaction (an interrupted run keeps what it
    finished). ``budget``: only when those texts are together at most this many characters;
    else none is built and the report lists them as skipped.
    """
    embedder = embedder or default_embedder()
    todo = without_vectors(db, embedder.model_id, text_ids)
    total = sum(todo.values())
    if budget is not None and total > budget:
        return VectorReport(embedder.model_id, skipped=tuple(todo), skipped_chars=total)
    built, units, done = [], 0, 0
    from .textwords import save_words  # (the meaning stage's readers: not at startup)

    for text_id, length in todo.items():
        text, given = db.execute(
            "SELECT text, language FROM texts WHERE id = ?", [text_id]
        ).fetchone()

        def step(units_done: int, units_total: int, done: int = done, length: int = length) -> None:
            if progress is not None:  # the text's sentences in its characters
                progress(done + length * units_done / max(units_total, 1), total)

        vectors = build_text_vectors(text, embedder=embedder, progress=step)
        language = language_of(text, given)  # as verify reads it (rewording)
        with transaction(db):
            save_vectors(db, text_id, vectors)
            save_words(db, text_id, text, language)  # its words, read as verify reads them
        built.append(text_id)
        units += len(vectors.spans)
        done += length
        if progress is not None:
            progress(done, total)
    return VectorReport(embedder.model_id, tuple(built), units)


def fill_languages(db: Database) -> int:
    """Detect the language of the texts stored without one (before migration m010, or where
    detection was unsure then: they stay without); return how many were found."""
    found = 0
    ids = [r[0] for r in db.execute("SELECT id FROM texts WHERE language IS NULL ORDER BY id")]
    for text_id in ids:
        text = db.execute("SELECT text FROM texts WHERE id = ?", [text_id]).fetchone()[0]
        language = detect_language(text)
        if language is not None:
            with transaction(db):
                db.execute(
                    "UPDATE texts SET language = ?, language_detected = 1 WHERE id = ?",
                    [language.code, text_id],
                )
            found += 1
    return found


def index_new_texts(
    db: Database,
    *,
    index_progress: IndexProgress | None = None,
    vector_progress: VectorProgress | None = None,
    notify: Notify | None = None,
) -> tuple[IndexReport, VectorReport]:
    """What every way a text arrives does after storing it: index the texts not indexed yet
    (:func:`~.indexes.index_texts`), then build the sentence vectors of those new texts while
    the database's texts are at most :data:`ARRIVAL_CHARS` characters together; ``notify``
    is told when some are left for later."""
    indexed = index_texts(db, progress=index_progress)
    new = list(indexed.text_ids) if not indexed.rebuilt else []
    total = db.execute("SELECT coalesce(sum(length), 0) FROM texts").fetchone()[0]
    budget = ARRIVAL_CHARS if total <= ARRIVAL_CHARS else -1  # a library: none at arrival
    vectors = embed_texts(db, new, budget=budget, progress=vector_progress)
    if vectors.skipped and notify is not None:
        notify(vectors.summary())
    return indexed, vectors


def index_all(
    db: Database,
    *,
    rebuild: bool = False,
    meaning: bool = False,
    index_progress: IndexProgress | None = None,
    vector_progress: VectorProgress | None = None,
) -> str:
    """``sourcecheck index``: index the texts not indexed yet (every text with ``rebuild``),
    detect the languages not known yet, and with ``meaning`` build the sentence vectors of
    every text without them (whatever their size); return what was done, in words."""
    lines = [index_texts(db, rebuild=rebuild, progress=index_progress).summary()]
    languages = fill_languages(db)
    if languages:
        lines.append(f"detected the language of {counted(languages, 'text')}")
    if meaning:
        lines.append(embed_texts(db, progress=vector_progress).summary())
    return "\n".join(lines)
