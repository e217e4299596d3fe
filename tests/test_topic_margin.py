"""The meaning stage's topic margin (matching/topicmargin.py): a passage hardly above the text's
other passages that passes only on its topic's words, or on a loose pair of two different
words in the quote's own language, is a topic match."""

from __future__ import annotations

from dataclasses import replace

from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.topicmargin import loose_pairs, topic_match
from sourcecheck.matching.verdict import TOPIC_MARGIN, Signals
from sourcecheck.matching.wordpairs import Alignment, WordPair, align_words

# a German claim at an English passage +0.08 above the text: 5 of its 10 content words paired
# ("father", "Gregor", "towards", "head" and "warf"/"lifted" at 0.64): a96-absent-5's signals
HALF = Signals(0.634, 0.079, 0.5, cross=True, content_words=10, counterparts=5, strong=3, topic=2)
# a Russian claim: 5 of 8, three of them words of every page ("sister", "Gregor's", "room")
TOPICAL = Signals(0.529, 0.085, 0.625, cross=True, content_words=8, counterparts=5, strong=3,
                  topic=3, names=1)  # fmt: skip
# one language: 5 of 7, the fifth two different words paired at 0.61
LOOSE = Signals(0.656, 0.094, 5 / 7, cross=False, content_words=7, counterparts=5, strong=4,
                topic=1, loose=1)  # fmt: skip


def test_under_the_topic_margin_half_the_words_across_languages_is_a_topic_match():
    assert HALF.score >= 0 and HALF.margin < TOPIC_MARGIN
    why = topic_match(HALF) or ""
    assert "+0.08 above them" in why and "only 5 of the quote's 10 content words" in why
    assert "a topic match" in why


def test_under_the_topic_margin_mostly_the_texts_words_is_a_topic_match():
    assert TOPICAL.score >= 0
    why = topic_match(TOPICAL) or ""
    assert "3 of its 5 counterparts are words found throughout the text" in why


def test_under_the_topic_margin_a_loose_pair_in_one_language_is_no_evidence():
    assert 0 <= LOOSE.score < 4.43 / 7  # it passes by that one pair's share of the coverage
    why = topic_match(LOOSE) or ""
    assert "only with a loose pair of two different words" in why


def test_above_the_margin_or_with_more_the_rule_is_not_asked():
    for signals in (HALF, TOPICAL, LOOSE):  # the same signals, standing out of the text
        assert topic_match(replace(signals, margin=TOPIC_MARGIN + 0.01)) is None
    # more than half the words, most of them not the text's topic (kafka-en-39: 4 of 7, 1 topic)
    assert topic_match(replace(HALF, coverage=4 / 7, content_words=7, counterparts=4,
                               topic=1)) is None  # fmt: skip
    # as many topic words as others, over half the words rendered
    assert topic_match(replace(TOPICAL, topic=2, counterparts=4, coverage=4 / 6)) is None
    # across languages a loose pair is a translation as often as not ("geschlafen"/"slept")
    assert topic_match(replace(LOOSE, cross=True, topic=0)) is None
    # a passage passing without its loose pair, or one already rejected, is left alone
    assert topic_match(replace(LOOSE, similarity=0.85)) is None
    assert topic_match(replace(LOOSE, similarity=0.55)) is None  # score under 0: not asked


def test_a_loose_pair_is_two_different_words_paired_under_the_strong_pair():
    pairs = (WordPair("soldiers", 0, "soldiers", 0, 1.0), WordPair("paid", 10, "duties", 10, 0.61),
             WordPair("keep", 20, "hold", 20, 0.78))  # fmt: skip
    assert loose_pairs(Alignment(4, pairs), cross=False) == 1
    assert loose_pairs(Alignment(4, pairs), cross=True) == 0


def test_written_sentences_a_loose_pair_and_a_rendering_without_one():
    embedder = default_embedder()
    quote = "The miller never paid his workers in winter."
    topic = align_words(quote, "en", "In winter the miller gave his workers their duties.", "en",
                        embedder, minimum=0.6)  # fmt: skip
    assert [(p.quote, p.passage) for p in topic.pairs if p.similarity < 1] == [("paid", "duties")]
    assert loose_pairs(topic, cross=False) == 1
    rendered = align_words(quote, "en", "In winter the miller paid none of his workers.", "en",
                           embedder, minimum=0.6)  # fmt: skip
    assert rendered.counterparts == 4 and loose_pairs(rendered, cross=False) == 0
