"""A word said more often on one side than the other: each occurrence paired separately, the
ones left over read against the words at their own place (matching/leftover.py; walk111
ch-opp-04: "в конце ... (по умолчанию ... в начале)" against "at the beginning ... (the
default is ... at the beginning)" was ``reworded`` with no flag). Passages written for these
tests, after the aptitude manual's option."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.leftover import left_by_pairs, left_by_stem, left_over
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.wordpairs import Alignment, WordPair

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")
needs_dictionaries = pytest.mark.skipif(
    not (wordnet.available() and bilingual.available()), reason="WordNet or FreeDict missing"
)

OPTION_EN = (
    "Place the options that give the location of the state bundle at the beginning of the "
    "command line when invoking the program, overriding any previous options (the default is "
    "to place options at the beginning)."
)
OPTION_RU = (
    "Поместить опции, дающие нахождение пакета состояния, в начале командной строки при вызове "
    "программы, отменяя любые предыдущие опции (по умолчанию опции помещаются в начале)."
)


def test_the_occurrence_left_over_is_the_one_farthest_from_the_counterparts_place():
    mine = [(181, "начале")]
    theirs = [(68, "beginning"), (199, "beginning")]
    assert left_over(mine, 190, theirs, 212) == [(68, "beginning")]
    assert left_over([(20, "начале")], 190, theirs, 212) == [(199, "beginning")]
    assert left_over(mine * 2, 190, theirs, 212) == []  # as many: nothing left
    assert left_over([], 190, theirs, 212) == []  # never paired: not this module's


def test_in_one_language_by_stem():
    quote = "Put them at the end; by default at the beginning."
    passage = "Put them at the beginning; by default at the beginning."
    assert left_by_stem(quote, passage, "en") == ([], [(16, "beginning")])
    assert left_by_stem(passage, passage, "en") == ([], [])


def test_a_hyphenated_words_parts_count_as_occurrences():
    quote = "Fortune is a woman; she is always, woman-like, a lover of young men."
    passage = "Fortune is a woman, and like a woman she is a friend to the young."
    assert left_by_stem(quote, passage, "en") == ([], [])  # two "woman" on each side


def test_across_languages_by_the_pairs():
    quote = "Опции в конце строки, по умолчанию опции в начале."
    passage = "Options at the beginning of the line, by default options at the beginning."
    pairs = (
        WordPair("Опции", 0, "Options", 0, 0.87),
        WordPair("начале", quote.index("начале"), "beginning", passage.index("beginning"), 0.9),
    )
    mine, theirs = left_by_pairs(Alignment(4, pairs), quote, "ru", passage, "en")
    assert mine == []
    assert theirs == [(passage.index("beginning"), "beginning")]  # "начале" is the last


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "word"),
    [
        (
            "Поместить опции, дающие нахождение пакета состояния, в конце командной строки при "
            "вызове программы, отменяя любые предыдущие опции (по умолчанию опции должны быть "
            "помещены в начале).",
            "ru",
            "конце",
        ),
        (
            "Platzieren Sie die Optionen, die den Ort des Zustandspakets angeben, am Ende der "
            "Befehlszeile beim Aufruf des Programms und überschreiben Sie alle vorherigen "
            "Optionen (standardmäßig werden Optionen am Anfang platziert).",
            "de",
            "Ende",
        ),
    ],
)
def test_the_opposite_at_a_repeated_words_first_place_is_flagged_across_languages(
    quote, language, word
):
    r = match_meaning(quote, OPTION_EN, language=language, text_language="en")
    assert r.status == REWORDED, r.reason
    assert "opposite" in r.flags, r.reason
    assert f"“{word}”" in r.reason and "“beginning”" in r.reason


@needs_dictionaries
def test_the_repeated_word_may_be_the_passages_only_word_with_an_opposite():
    """No other English word of the passage has a WordNet opposite: the word left over is read
    all the same (it was looked for only after that test had given up)."""
    text = (
        "Place the options that give the location of the catalog at the beginning of the "
        "command line, overriding any earlier options (the default is to place options at the "
        "beginning)."
    )
    quote = (
        "Помещайте опции, указывающие расположение каталога, в конце командной строки, отменяя "
        "любые более ранние опции (по умолчанию опции помещаются в начале)."
    )
    r = match_meaning(quote, text, language="ru", text_language="en")
    assert r.status == REWORDED and "opposite" in r.flags, r.reason
    faithful = match_meaning(quote.replace("в конце", "в начале"), text, language="ru",
                             text_language="en")  # fmt: skip
    assert faithful.status == REWORDED and faithful.flags == [], faithful.reason


@needs_dictionaries
def test_an_english_quote_against_the_russian_repeated_word():
    quote = OPTION_EN.replace("at the beginning of", "at the end of")
    r = match_meaning(quote, OPTION_RU, language="en", text_language="ru")
    assert r.status == REWORDED, r.reason
    assert "opposite" in r.flags and "“end”" in r.reason


@needs_wordnet
def test_the_opposite_at_a_repeated_words_place_in_one_language():
    quote = OPTION_EN.replace("at the beginning of", "at the end of")
    text = f"Options\n\n{OPTION_EN}\n\nThe state bundle is a directory of files."
    r = match_meaning(quote, text, language="en", text_language="en")
    assert r.status == REWORDED, r.reason
    assert "opposite" in r.flags and "“end”" in r.reason


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "text", "text_language"),
    [
        (OPTION_RU, "ru", OPTION_EN, "en"),
        (OPTION_EN, "en", OPTION_RU, "ru"),
        (
            "Put the options giving where the state bundle is at the start of the command line "
            "when the program is invoked, overriding earlier options (by default options go at "
            "the beginning).",
            "en",
            OPTION_EN,
            "en",
        ),
        (
            "Fortune is a woman, and she is always, woman-like, a lover of young men, because "
            "they are less cautious and command her with more audacity.",
            "en",
            "Fortune is a woman, and like a woman she is a friend to the young, because they are "
            "less cautious and master her with greater audacity.",
            "en",
        ),
    ],
)
def test_true_renderings_that_repeat_the_word_keep_no_flag(quote, language, text, text_language):
    """(The last after prince-free-32: "woman-like" renders the second "woman".)"""
    r = match_meaning(quote, text, language=language, text_language=text_language)
    assert r.status == REWORDED, r.reason
    assert r.flags == [], r.reason
