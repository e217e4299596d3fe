"""A text's words stored with its sentence vectors (store/textwords.py, migration m021), and the
compiled products and selections of a large text's scores (matching/kernel.py): what verify
reads and computes must be what it read and computed before, only cheaper (cost111)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from sourcecheck.matching import missingname, openers
from sourcecheck.matching import vectors as unit_vectors
from sourcecheck.matching.anchors import name_key
from sourcecheck.matching.candidates import COMPILED_SCORES, largest
from sourcecheck.matching.embed import one_blas_thread, unit_rows
from sourcecheck.matching.passages import _product, nearest_reading
from sourcecheck.models import Claim, Source
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.store import textwords
from sourcecheck.store import vectors as stored_vectors
from sourcecheck.store.db import transaction
from sourcecheck.verify import verify

TEXTS = {
    "en": (
        "The meeting opened at ten. Count Czernin said that the Russians would not sign the "
        "peace. General Hoffmann laid the map on the table and showed the new frontier; "
        "Trotsky looked at it for a long time. Nobody spoke. In the evening the delegates left "
        "Brest, and Czernin wrote in his diary that the peace was lost."
    ),
    "de": (
        "Die Sitzung begann um zehn Uhr. Graf Czernin sagte, die Russen würden den Frieden "
        "nicht unterschreiben. General Hoffmann legte die Karte auf den Tisch und zeigte die "
        "neue Grenze; Trotzki sah sie lange an. Niemand sprach. Am Abend verließen die "
        "Delegierten Brest, und Czernin schrieb in sein Tagebuch, der Frieden sei verloren."
    ),
    "ru": (
        "Заседание открылось в десять часов. Граф Чернин сказал, что русские не подпишут мира. "
        "Генерал Гофман положил карту на стол и показал новую границу; Троцкий долго смотрел на "
        "неё. Никто не говорил. Вечером делегаты покинули Брест, и Чернин записал в дневнике, "
        "что мир потерян."
    ),
}
CACHES = (unit_vectors.text_units, openers.source_names, missingname.text_names)


def _stored(db, tmp_path: Path, language: str, monkeypatch) -> tuple[int, str]:
    """The text of ``language`` attached without vectors, its words saved."""
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 0)  # no vectors at arrival
    path = tmp_path / f"brest-{language}.txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    add_source(db, Source("brest", "Brest-Litovsk"))
    text_id, _ = attach_text(db, "brest", path, language=language)
    with transaction(db):
        textwords.save_words(db, text_id, TEXTS[language], language)
    return text_id, TEXTS[language]


def _forget_caches() -> None:
    for cache in CACHES:
        cache.clear()


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_a_text_s_words_read_back_are_those_read_from_it(db, tmp_path, monkeypatch, language):
    text_id, text = _stored(db, tmp_path, language, monkeypatch)
    _forget_caches()
    assert textwords.load_words(db, text_id, text, language)
    units = unit_vectors.text_units.kept(text, language)
    built = unit_vectors.build_units(text, language)
    assert units is not None and units is not built
    assert np.array_equal(units.spans, built.spans) and units.spans.dtype == np.int64
    assert np.array_equal(units.words, built.words) and units.words.dtype == np.int64
    assert units.stems == built.stems and len(units.stems) == len(built.spans) > 3
    assert list(units.postings) == list(built.postings)  # the same stems in the same order
    for stem, found in built.postings.items():
        assert (
            np.array_equal(units.postings[stem], found) and units.postings[stem].dtype == np.int64
        )
    names = openers.source_names.kept(text, language)
    assert names == openers.read_source_names(text, language) and names.keys
    assert missingname.text_names.kept(text, language) == missingname.read_text_names(
        text, language
    )
    czernin = {"en": "Czernin", "de": "Czernin", "ru": "Чернин"}[language]
    assert name_key(czernin) in missingname.text_names(text, language)


def test_words_read_by_other_code_in_another_language_or_of_another_text_are_not_read(
    db, tmp_path, monkeypatch
) -> None:
    text_id, text = _stored(db, tmp_path, "de", monkeypatch)
    assert textwords.load_words(db, text_id, text, "de")
    assert not textwords.load_words(db, text_id, text, "en")  # read in another language
    assert not textwords.load_words(db, text_id, text + " Ende.", "de")  # another text
    monkeypatch.setattr(textwords, "words_scheme", lambda: "words1-other-code")
    assert not textwords.load_words(db, text_id, text, "de")  # a rule changed since
    monkeypatch.undo()
    with transaction(db):
        stored_vectors.forget_vectors(db, [text_id])  # the text read again, or removed
    assert db.execute("SELECT count(*) FROM text_words").fetchone() == (0,)


def test_the_scheme_is_a_fingerprint_of_the_readers_code() -> None:
    scheme = textwords.words_scheme()
    assert scheme.startswith("words1-") and len(scheme) == len("words1-") + 16
    assert textwords.words_scheme() == scheme  # once per process


def _boom(text: str, language: str) -> None:
    raise AssertionError(f"read again: {language} {text[:30]!r}")


def test_verify_reads_a_text_s_words_where_they_are_stored(db, tmp_path, monkeypatch) -> None:
    """Vectors built at arrival store the words with them; a new verify process (the caches
    empty) reads them back and never reads the text for them, with the same result."""
    path = tmp_path / "brest-en.txt"
    path.write_text(TEXTS["en"], encoding="utf-8")
    add_source(db, Source("brest", "Brest-Litovsk"))
    text_id, _ = attach_text(db, "brest", path, language="en")  # vectors and words built
    row = db.execute("SELECT language, length FROM text_words WHERE text_id = ?", [text_id])
    assert row.fetchone() == ("en", len(TEXTS["en"]))
    add_claim(db, Claim("czernin", "Graf Czernin sagte, die Russen würden nicht unterschreiben.",
                        source_id="brest"))  # fmt: skip
    [before] = verify(db).verdicts
    assert before.result.status == "reworded", before.result.reason
    _forget_caches()
    for cache in CACHES:
        monkeypatch.setattr(cache, "build", _boom)
    [after] = verify(db).verdicts
    assert (after.result.status, after.result.span, after.result.reason) == (
        before.result.status, before.result.span, before.result.reason
    )  # fmt: skip


def test_verify_stores_the_words_of_vectors_stored_before_them(db, tmp_path, monkeypatch):
    path = tmp_path / "brest-en.txt"
    path.write_text(TEXTS["en"], encoding="utf-8")
    add_source(db, Source("brest", "Brest-Litovsk"))
    text_id, _ = attach_text(db, "brest", path, language="en")
    with transaction(db):
        db.execute("DELETE FROM text_words")  # as in a database of an earlier version
    add_claim(db, Claim("czernin", "Die Russen würden nicht unterschreiben, sagte Czernin.",
                        source_id="brest"))  # fmt: skip
    _forget_caches()
    [verdict] = verify(db).verdicts  # the meaning stage searched the text
    assert verdict.result.status == "reworded", verdict.result.reason
    assert db.execute("SELECT text_id FROM text_words").fetchall() == [(text_id,)]


@pytest.mark.parametrize("n", [COMPILED_SCORES, COMPILED_SCORES + 7])
def test_a_large_text_s_cosines_are_compiled_and_those_of_openblas_to_1e_7(n: int) -> None:
    rng = np.random.default_rng(n)
    rows = unit_rows(rng.standard_normal((n, 512)).astype(np.float32))
    for k in (1, 2, 3):
        readings = unit_rows(rng.standard_normal((k, 512)).astype(np.float32))
        with one_blas_thread():
            whole = rows @ readings.T
        compiled = _product(rows, readings.T)
        assert compiled.dtype == np.float32 and compiled.shape == (n, k)
        assert np.abs(compiled - whole).max() < 1e-6
        assert np.allclose(nearest_reading(rows, readings), whole.max(axis=1), atol=1e-6, rtol=0)
    wide = rows.astype(np.float64)  # not float32: OpenBLAS in blocks, as before
    assert np.abs(_product(wide, readings.T.astype(np.float64)) - whole).max() < 1e-6


def _largest_plainly(values: np.ndarray, count: int) -> list[int]:
    return sorted(range(len(values)), key=lambda i: (-values[i], i))[:count]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_largest_of_many_scores_come_first_ties_to_the_earlier(dtype) -> None:
    rng = np.random.default_rng(7)
    n = COMPILED_SCORES + 500
    values = rng.integers(0, 40, n).astype(dtype) / 7  # many ties
    values[rng.choice(n, 100, replace=False)] = -np.inf  # runs across units (passages.py)
    for count in (1, 3, 12, 40):
        assert largest(values, count).tolist() == _largest_plainly(values, count)
    few = np.full(n, -np.inf, dtype=dtype)
    few[[5, 900, 17]] = [0.5, 0.9, 0.5]
    assert largest(few, 4).tolist() == [900, 5, 17, 0]  # then the earliest of the rest
    assert largest(values, n).tolist() == list(range(n))  # all of them: in order


def test_a_short_array_s_largest_are_argpartition_s() -> None:
    values = np.random.default_rng(3).standard_normal(COMPILED_SCORES - 1)
    found = largest(values, 12)
    assert sorted(found.tolist()) == sorted(_largest_plainly(values, 12))
    assert np.array_equal(found, np.argpartition(-values, 11)[:12])
