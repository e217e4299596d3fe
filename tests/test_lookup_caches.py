"""The lookups the meaning stage keeps per text or per word: each answers as the plain
computation does, whatever was asked before (no stale or shared answer)."""

from __future__ import annotations

from sourcecheck.matching.align import similarity_matrix, word_similarity
from sourcecheck.matching.anchors import same_name
from sourcecheck.matching.pairednames import other_names
from sourcecheck.matching.spaced import LONG_TEXT, between_spaces
from sourcecheck.matching.wordpairs import content_positions
from sourcecheck.models import Span

FILLER = "The ferryman rowed across the grey river every morning. " * (LONG_TEXT // 50)


def test_between_spaces_answers_as_the_search_of_a_long_text() -> None:
    text = "Marwood opened the gate. " + FILLER + "Then the warden came, and marwood left end"
    assert len(text) > LONG_TEXT
    for word in ("marwood", "Marwood", "gate.", "gate", "warden", "came,", "end", "then",
                 "the warden", "", "river", "ferryman", "left"):  # fmt: skip
        assert between_spaces(word, text) == (f" {word} " in text), word


def test_between_spaces_reads_each_text_apart() -> None:
    one = FILLER + "and then marwood left. "
    other = FILLER + "and then Marwood left. "
    assert between_spaces("marwood", one)
    assert not between_spaces("marwood", other)  # not the first text's answer
    assert between_spaces("marwood", one)


def test_a_name_printed_in_lower_case_in_a_long_source_is_no_name() -> None:
    source = FILLER + "Hollis drove the cart. " + FILLER + "The rope was hollis and worn. "
    span = Span(len(FILLER), len(FILLER) + len("Hollis drove the cart."))
    assert other_names("The cart was driven.", source, span, "en", given=False) == []
    plain = source.replace(" hollis ", " frayed ")
    assert other_names("The cart was driven.", plain, span, "en", given=False) == ["Hollis"]


def test_content_positions_are_not_shared_between_callers() -> None:
    text = "The miller ground the barley slowly."
    first = content_positions(text, "en")
    first.append((99, "extra"))
    first[0] = (0, "changed")
    assert content_positions(text, "en") == [(4, "miller"), (11, "ground"), (22, "barley"),
                                             (29, "slowly")]  # fmt: skip
    assert content_positions(text.replace("barley", "oats"), "en")[2] == (22, "oats")


def test_same_name_answers_each_pair_of_keys() -> None:
    assert same_name("marwood", "marwood")
    assert not same_name("marwood", "hollis")
    assert same_name("marwood", "marwod")


def test_word_similarity_is_the_matrix_value_of_one_pair() -> None:
    pairs = [("trotsk", "trotzk"), ("hernin", "czernin"), ("kulman", "kuhlman"), ("so", "son"),
             ("marwood", "hollis"), ("", "a"), ("abc", "abc")]  # fmt: skip
    for a, b in pairs:
        expected = similarity_matrix((a,), (b,))[0, 0]
        assert word_similarity(a, b) == expected and word_similarity(a, b).dtype == expected.dtype
