"""Older English words paired with the modern words a rendering puts for them (task
retrans115): "must needs" is "must certainly", "spake" is "spoke", "whilst" is "while". The
passages are written for these tests: a chronicle of a town's famine in a 1611 register, its
modern English wording, and German and Russian renderings."""

from __future__ import annotations

import pytest

from sourcecheck import match_quote
from sourcecheck.matching import wordnet
from sourcecheck.matching.archaic import modern_word, same_form
from sourcecheck.matching.archaicpairs import modern_reading, modern_readings, with_archaic_words
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.stems import content_stems
from sourcecheck.matching.wordpairs import Alignment, align_words

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet not installed")

OLDER = (
    "In the third year of the reign the harvest failed in all the valley. "
    "Then the elders of the town spake unto the miller, saying, Wherefore hast thou shut thy "
    "mill? And the miller answered them, The river is dry, and the wheel turneth not. "
    "What shall we do then? the company must needs gather: for they will learn that thou art "
    "returned. And the miller took his sons and went with them unto the harbour. "
    "And the merchants sold them corn for silver, and they returned whilst it was yet day. "
    "And no man durst ask the miller whence the silver came, and his sons clave unto him."
)
GATHER = "the company must needs gather: for they will learn that thou art returned."


def _aligned(quote: str, q_lang: str, passage: str, p_lang: str = "en") -> Alignment:
    embedder = default_embedder()
    alignment = align_words(quote, q_lang, passage, p_lang, embedder, minimum=0.6)
    return with_archaic_words(
        alignment, quote, q_lang, passage, p_lang, embedder=embedder, minimum=0.6
    )


def _pairs(alignment: Alignment) -> set[tuple[str, str]]:
    return {(p.quote, p.passage) for p in alignment.pairs}


def test_needs_beside_must_is_the_adverb_of_necessity_and_elsewhere_a_noun_or_verb() -> None:
    for text in ("they must needs gather", "Needs must they go", "he MUST  needs go"):
        at = text.casefold().index("needs")
        assert modern_reading(text, at, text[at : at + 5]) == "necessarily", text
    for text in ("the needs of the town", "the miller needs bread", "must we? needs more"):
        at = text.index("needs")
        assert modern_reading(text, at, "needs") is None, text


def test_older_forms_and_words_read_as_the_modern_ones() -> None:
    assert modern_word("spake") == "spoke" and modern_word("shewed") == "showed"
    assert modern_word("whilst") == "while" and modern_word("betwixt") == "between"
    assert modern_word("miller") == "miller"
    # an old form is the same word to the word matcher; an older word is another word
    assert same_form("spake", "spoke") and same_form("spoke", "spake")
    assert not same_form("haply", "perhaps") and not same_form("spake", "spoken")
    # stems: "spake" is stemmed as "spoke"
    assert content_stems(["spake"], "en") == content_stems(["spoke"], "en")
    # only English sides are read so
    assert modern_readings("Er spake nicht", "de") == {}


@needs_wordnet
def test_eth_forms_are_read_as_their_verb_beside_the_table() -> None:
    readings = modern_readings(OLDER, "en")
    assert readings[OLDER.index("turneth")] == "turn"
    assert readings[OLDER.index("needs")] == "necessarily"
    assert OLDER.index("miller") not in readings


def test_must_needs_pairs_with_the_modern_adverb_in_english() -> None:
    modern = "The people must surely assemble, for they will hear that you have come back."
    assert ("surely", "needs") in _pairs(_aligned(modern, "en", GATHER))
    # and the other way round: the older wording quoted against a modern one
    assert ("needs", "surely") in _pairs(_aligned(GATHER, "en", modern))
    # without "must", "needs" is the verb: no adverb to pair
    plain = "the company needs to gather: for they will learn that thou art returned."
    assert not any(p.passage == "needs" for p in _aligned(modern, "en", plain).pairs)


def test_must_needs_pairs_across_languages() -> None:
    german = (
        "Die Leute müssen unbedingt zusammenkommen, denn sie werden erfahren, dass du zurück bist."
    )
    russian = "Люди непременно должны собраться, потому что они узнают, что ты вернулся."
    assert ("unbedingt", "needs") in _pairs(_aligned(german, "de", GATHER))
    assert ("непременно", "needs") in _pairs(_aligned(russian, "ru", GATHER))


def test_a_modern_rendering_of_an_older_sentence_is_found_by_its_adverb() -> None:
    # four content words: "people" has no counterpart ("company"); without "surely" /
    # "must needs" two of them, under the three a rendering in one language needs
    quote = (
        "What should we do? The people must surely assemble, for they will hear that you have "
        "come back."
    )
    result = match_meaning(quote, OLDER, language="en", text_language="en")
    assert result.status == REWORDED, result.reason
    assert result.span is not None and GATHER[:30] in result.span.slice(OLDER)
    assert "surely/needs" in result.reason and result.flags == []


def test_an_absent_statement_in_modern_words_stays_not_found() -> None:
    # the same register, the topic of the text, something it does not say
    quote = "The people must surely leave the valley, for the miller has sold the mill."
    assert match_meaning(quote, OLDER, language="en", text_language="en").status == "not_found"


def test_the_word_matcher_reads_an_old_verb_form_as_a_spelling() -> None:
    quote = "And no man dared ask the miller whence the silver came, and his sons clung unto him."
    result = match_quote(quote, OLDER, language="en")
    assert result.status == "close", result.reason
    assert "spelling “dared” → “durst”" in result.reason
    assert "spelling “clung” → “clave”" in result.reason and not result.flags
    # an older word is another word there: "haply" / "perhaps" stays a changed word
    changed = match_quote(
        "And perhaps no man dared ask the miller whence the silver came.",
        OLDER.replace("And no man", "And haply no man"), language="en",
    )  # fmt: skip
    assert "changed “perhaps” → “haply”" in changed.reason
