"""Words that say "one and no other" are one word for the matcher (matching/soleword.py), and
a one-sentence source says it has no other passage to compare rather than a margin over
passages it does not have (a fresh-clone trial: "The single reading room ..." against "The
one reading room ..." was ``not_found``). Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.soleword import missing_words, sole_words, with_sole_words
from sourcecheck.matching.verdict import ALONE
from sourcecheck.matching.wordpairs import Alignment


def test_the_words_of_one_and_no_other_in_each_language():
    assert [w for _, w in sole_words("The only room, a single desk, the sole key.", "en")] == [
        "only", "single", "sole"
    ]  # fmt: skip
    # German "ein" only after a definite article: alone it is the article "a"
    assert [w for _, w in sole_words("Ein Saal, der eine Saal, die einzige Tür.", "de")] == [
        "eine", "einzige"
    ]  # fmt: skip
    assert [w for _, w in sole_words("Единственный зал и одна дверь.", "ru")] == [
        "Единственный", "одна"
    ]  # fmt: skip
    assert sole_words("Two double rooms.", "en") == []


@pytest.mark.parametrize(
    ("language", "quote", "passage", "missing"),
    [
        ("en", "The single reading room was full.", "The one reading room was full.", []),
        ("de", "Der einzige Lesesaal war voll.", "Der eine Lesesaal war voll.", []),
        ("ru", "Единственный читальный зал был полон.", "Один читальный зал был полон.", []),
        # another word is still missing; "single" against a passage with no such word too
        ("en", "The single reading room was full.", "The one reading room was empty.", ["full"]),
        ("en", "The single reading room was full.", "Two reading rooms were full.", ["single"]),
        ("de", "Der einzige Lesesaal war voll.", "Ein Lesesaal war voll.", ["einzige"]),
    ],
)
def test_a_short_quotes_word_of_one_is_not_missing_where_the_passage_says_one(
    language, quote, passage, missing
):
    assert missing_words(quote, passage, language) == missing


def test_the_word_is_paired_with_the_passages_word_across_languages():
    a = with_sole_words(Alignment(4, ()), "Единственный читальный зал был полон.", "ru",
                        "The one reading room was full.", "en")  # fmt: skip
    assert [(p.quote, p.passage) for p in a.pairs] == [("Единственный", "one")]
    none = with_sole_words(Alignment(4, ()), "Единственный читальный зал был полон.", "ru",
                           "Two reading rooms were full.", "en")  # fmt: skip
    assert none.pairs == ()


@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        ("The single reading room closes early.", "en",
         "The one reading room closes early.", "en"),
        ("Der einzige Lesesaal schließt früh.", "de", "Der eine Lesesaal schließt früh.", "de"),
        ("Единственный читальный зал закрывается рано.", "ru",
         "Один читальный зал закрывается рано.", "ru"),
    ],
)  # fmt: skip
def test_a_rendering_with_one_for_single_is_reworded_and_says_the_text_has_no_other_passage(
    quote, language, text, text_language
):
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert ALONE in r.reason and "above the text's other passages" not in r.reason


def test_a_changed_word_beside_single_stays_not_found():
    r = match_meaning("The single reading room closes late.", "The one reading room opens late.",
                      language="en", text_language="en")  # fmt: skip
    assert r.status == "not_found"
    assert "“closes”" in r.reason and ALONE not in r.reason  # rejected for its word


def test_a_one_sentence_source_rejects_another_statement_without_a_margin():
    r = match_meaning(
        "The reading room of the old library opens every morning at nine.",
        "The library bought many new books for the students this year.",
        language="en", text_language="en",
    )  # fmt: skip
    assert r.status == "not_found"
    assert ALONE in r.reason and "above them" not in r.reason


def test_a_longer_text_still_states_the_margin():
    text = (
        "The library has two floors. The one reading room closes early. "
        "Books may be borrowed for two weeks. The catalogue stands in the hall."
    )
    r = match_meaning("The single reading room closes early.", text, language="en",
                      text_language="en")  # fmt: skip
    assert r.status == REWORDED, r.reason
    assert "above the text's other passages" in r.reason and ALONE not in r.reason
