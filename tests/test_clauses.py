"""Clause vectors: a quote that renders one clause of a long sentence.

A long sentence's vector is diluted by the rest of it, so a rendering of one of its clauses
came nowhere near it ("For the first four days ..." of a 55-word German sentence: 0.33, the
text's 136th unit); the clauses of long units are embedded and stored with the units, and
runs of them are candidates. Real passages from ../shared/translations (Kafka's German
original, Wyllie's English); each end-to-end test fails without the clause vectors (the
same vectors with none give another candidate).
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import shared_excerpt, shared_file

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.vectors import (
    CLAUSE_WORDS,
    SCHEME,
    TextVectors,
    build_text_vectors,
    clause_spans,
)
from sourcecheck.matching.verdict import Signals, maybe_the_passage
from sourcecheck.models import Source
from sourcecheck.records.catalog import add_source, attach_text
from sourcecheck.store import vectors as stored_vectors
from sourcecheck.store.db import transaction

LONG = (
    "In den ersten vierzehn Tagen konnten es die Eltern nicht über sich bringen, zu ihm "
    "hereinzukommen, und er hörte oft, wie sie die jetzige Arbeit der Schwester völlig "
    "anerkannten, während sie sich bisher häufig über die Schwester geärgert hatten."
)


def _without_clauses(v: TextVectors) -> TextVectors:
    return TextVectors(v.model_id, v.spans, v.matrix)


class Letters:
    """A stand-in embedder: a vector per sentence from its letters (no model needed)."""

    model_id = "letters"

    def __call__(self, sentences):
        out = np.zeros((len(sentences), 26), dtype=np.float32)
        for i, s in enumerate(sentences):
            for ch in s.lower():
                if "a" <= ch <= "z":
                    out[i, ord(ch) - 97] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@pytest.fixture(scope="module")
def kafka_de_2() -> tuple[str, TextVectors]:
    """Die Verwandlung, part II (213 units, 548 clauses), and its vectors."""
    text = shared_excerpt("kafka-die-verwandlung-de.txt", "\nII.", "\nIII.")
    return text, build_text_vectors(text)


@pytest.fixture(scope="module")
def kafka_en_1() -> tuple[str, TextVectors]:
    """Metamorphosis (Wyllie), part I, and its vectors."""
    text = shared_excerpt("kafka-metamorphosis-en.txt", "One morning, when Gregor Samsa", "\nII\n")
    return text, build_text_vectors(text)


# --- the pieces ---------------------------------------------------------------------------


def test_a_long_unit_is_cut_into_clauses_of_enough_words():
    pieces = [LONG[s:e] for s, e in clause_spans(LONG, 0, len(LONG))]
    assert pieces == [
        # "zu ihm hereinzukommen" is too short alone and opens with no conjunction: it joins
        # the clause before; "und er hörte oft" opens with one: it joins the clause after
        "In den ersten vierzehn Tagen konnten es die Eltern nicht über sich bringen, zu ihm "
        "hereinzukommen",
        "und er hörte oft, wie sie die jetzige Arbeit der Schwester völlig anerkannten",
        "während sie sich bisher häufig über die Schwester geärgert hatten.",
    ]
    assert all(len(p.split()) >= CLAUSE_WORDS for p in pieces)
    short = "Er lag auf seinem panzerartig harten Rücken, und er sah, wenn er den Kopf hob."
    assert clause_spans(short, 0, len(short)) == []  # under 20 words: its own vector will do
    one = "Gregor " + " ".join(["sah"] * 25) + ", und."
    assert clause_spans(one, 0, len(one)) == []  # no two clauses of enough words


def test_direct_speech_and_its_tag_is_a_clause_of_its_own():
    # Kafka's text has a comma where the speaker's sentence ends: "Es war halb sieben Uhr"
    # (5 words) was joined to the speech before it, and no clause began where it begins
    t = (
        "»Himmlischer Vater!« dachte er, Es war halb sieben Uhr, und die Zeiger gingen ruhig "
        "vorwärts, es war sogar halb vorüber, es näherte sich schon dreiviertel."
    )
    assert [t[s:e] for s, e in clause_spans(t, 0, len(t))] == [
        "»Himmlischer Vater!« dachte er",
        "Es war halb sieben Uhr, und die Zeiger gingen ruhig vorwärts, es war sogar halb "
        "vorüber, es näherte sich schon dreiviertel.",
    ]
    english = (
        '"Come here!" he said, and then he walked slowly out of the room without looking '
        "back, down the stairs and further on."
    )
    assert [english[s:e] for s, e in clause_spans(english, 0, len(english))] == [
        '"Come here!" he said',
        "and then he walked slowly out of the room without looking back",
        "down the stairs and further on.",
    ]
    # a short piece without speech, or speech whose mark is no sentence end, still joins
    plain = "Er dachte nach, Es war halb sieben Uhr, und die Zeiger gingen ruhig vorwärts weiter."
    assert [plain[s:e] for s, e in clause_spans(plain, 0, len(plain), long=10)] == [
        "Er dachte nach, Es war halb sieben Uhr",
        "und die Zeiger gingen ruhig vorwärts weiter.",
    ]
    cut = (
        "»Himmlischer Vater« dachte er, Es war halb sieben Uhr, und die Zeiger gingen still weiter."
    )
    assert [cut[s:e] for s, e in clause_spans(cut, 0, len(cut), long=10)] == [
        "»Himmlischer Vater« dachte er, Es war halb sieben Uhr",
        "und die Zeiger gingen still weiter.",
    ]
    # the speech at the very end of a unit joins the clause before, as any short piece
    last = "Die Zeiger gingen ruhig vorwärts und es wurde spät, »Halt!« rief er."
    assert [last[s:e] for s, e in clause_spans(last, 0, len(last), long=10)] == []


def test_clause_vectors_are_built_and_stored_with_the_units(db, tmp_path):
    text = "Er lag auf seinem Rücken. " + LONG
    v = build_text_vectors(text, embedder=Letters())
    assert len(v.spans) == 2 and len(v.clause_spans) == 3
    assert v.clause_matrix is not None and v.clause_matrix.shape == (3, 26)
    _, unit, running = v.clauses()
    assert unit.tolist() == [1, 1, 1] and running.shape == (4, 2)
    assert text[v.clause_spans[0, 0] : v.clause_spans[0, 1]].startswith("In den ersten")

    add_source(db, Source("kafka", "Die Verwandlung", kind="book"))
    (tmp_path / "kafka.txt").write_text(text, encoding="utf-8")
    text_id, _ = attach_text(db, "kafka", tmp_path / "kafka.txt")
    with transaction(db):
        stored_vectors.save_vectors(db, text_id, v)  # replaces the default model's
    back = stored_vectors.load_vectors(db, text_id, "letters")
    assert back is not None and back.scheme == SCHEME
    assert np.array_equal(back.spans, v.spans) and np.array_equal(back.matrix, v.matrix)
    assert np.array_equal(back.clause_spans, v.clause_spans)
    assert back.clause_matrix is not None
    assert np.array_equal(back.clause_matrix, v.clause_matrix)
    assert stored_vectors.without_vectors(db, "letters") == {}
    # vectors stored before clauses (migration m011 gives them the scheme ''): rebuilt
    db.execute("UPDATE text_vectors SET scheme = ''")
    assert stored_vectors.load_vectors(db, text_id, "letters") is None
    assert stored_vectors.without_vectors(db, "letters") == {text_id: len(text)}


# --- end to end ---------------------------------------------------------------------------


@pytest.mark.shared
def test_a_clause_of_a_long_sentence_is_found_and_its_number_named(kafka_de_2):
    text, vectors = kafka_de_2
    quote = (
        "For the first four days, Gregor's parents could not bring themselves to come into "
        "the room to see him."
    )  # Kafka: "In den ersten vierzehn Tagen", fourteen
    r = match_meaning(quote, text, vectors=vectors)
    # (read without "Gregor's", which Kafka does not write there: :mod:`.readings`)
    assert r.span is not None and r.status == "reworded", r.reason
    assert r.span.slice(text).startswith("In den ersten vierzehn Tagen konnten es die Eltern")
    assert r.span.slice(text).endswith("zu ihm hereinzukommen")  # the clause, not more
    assert r.flags == ["number"] and "CHECK: the numbers differ" in r.reason
    bare = match_meaning(quote, text, vectors=_without_clauses(vectors))
    assert bare.status == "not_found" and bare.candidate is not None
    assert "vierzehn" not in bare.candidate.slice(text)


@pytest.mark.shared
def test_two_clauses_of_a_long_sentence_are_found_across_languages(kafka_en_1):
    text, vectors = kafka_en_1
    quote = "Он пробовал, наверно, раз десять, зажмуривался, чтобы не видеть барахтающихся ножек."
    r = match_meaning(quote, text, vectors=vectors, language="ru")  # Wyllie: a hundred times
    assert r.candidate is not None
    found = " ".join(r.candidate.slice(text).split())
    assert found.startswith("He must have tried it a hundred times, shut his eyes")
    assert found.endswith("the floundering legs")  # two clauses of the sentence, embedded
    assert r.candidate_flags == ["number"] and "CHECK: the numbers differ" in r.reason
    bare = match_meaning(quote, text, vectors=_without_clauses(vectors), language="ru")
    assert bare.candidate is not None and "hundred" not in bare.candidate.slice(text)


@pytest.mark.shared
def test_a_negation_dropped_from_a_clause_is_named(kafka_de_2):
    text, vectors = kafka_de_2
    quote = (
        "For the first fourteen days, Gregor's parents could bring themselves to come into the "
        "room to see him."
    )  # Kafka: "konnten es die Eltern nicht über sich bringen"
    r = match_meaning(quote, text, vectors=vectors)
    assert r.status in ("not_found", REWORDED)
    where = r.span or r.candidate
    assert where is not None and where.slice(text).startswith("In den ersten vierzehn Tagen")
    assert "negation" in (r.flags or r.candidate_flags)
    assert "CHECK: a negation on one side only (none in the quote, “nicht” there)" in r.reason
    bare = match_meaning(quote, text, vectors=_without_clauses(vectors))
    assert "negation" not in bare.flags + bare.candidate_flags


@pytest.mark.shared
def test_a_unit_nearest_the_quote_is_weighed_though_runs_are_nearer(kafka_de_2):
    """ "True, he had slept peacefully" (Kafka: "Nun, ruhig hatte er ja nicht geschlafen")
    is nearest its unit, but two clauses elsewhere are nearer still and could not pass: they
    no longer take the places of the passages weighed. (In the whole book, whose margin's
    floor is lower, the unit passes, flagged: ``reworded`` with the negation named.)"""
    text = shared_file("translations", "kafka-die-verwandlung-de.txt").read_text(encoding="utf-8")
    quote = "True, he had slept peacefully, and probably all the more deeply because of that."
    r = match_meaning(quote, text)
    where = r.span if r.status == REWORDED else r.candidate
    assert where is not None
    assert where.slice(text).startswith("Nun, ruhig hatte er ja nicht geschlafen")
    assert (r.flags if r.status == REWORDED else r.candidate_flags) == ["negation"]
    assert "CHECK: a negation on one side only (none in the quote, “nicht” there)" in r.reason
    if r.status != REWORDED:  # worded as what the passage would differ in: no finding
        assert "; were that rejected passage the one quoted, it would differ: CHECK:" in r.reason


@pytest.mark.shared
def test_an_unrelated_rejected_candidate_names_no_difference(kafka_en_1):
    """An invented sentence's best candidate shares its topic, not its words: its
    differences ("never" where the passage has none) are not named, as if the source said
    the opposite; a rejected candidate that may be the passage keeps them (above)."""
    text, vectors = kafka_en_1
    r = match_meaning("Gregor never once tried to open the window.", text, vectors=vectors)
    assert r.status == "not_found" and r.candidate is not None
    assert "window" in r.candidate.slice(text)  # "Gregor then turned to look out the window"
    assert r.candidate_flags == [] and "CHECK" not in r.reason and "differ" not in r.reason
    assert r.reason.startswith("no passage says this in other words; the best candidate")


def test_only_a_candidate_sharing_most_of_the_quote_s_words_may_be_the_passage():
    def signals(counterparts: int, coverage: float | None) -> Signals:
        return Signals(0.5, 0.0, coverage, False, 8, counterparts)

    assert maybe_the_passage(signals(5, 5 / 8))
    assert not maybe_the_passage(signals(4, 4 / 8))  # invented-24's kind: half
    assert not maybe_the_passage(signals(0, None))  # rejected before its words were aligned
