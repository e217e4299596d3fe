"""A ``partial`` of the word matcher judged by meaning at the passage the words placed it at
(matching/placed.py): its margin counts as at least the topic margin there, the rest of the
rule decides."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sourcecheck.matching.placed import at_placed, word_place
from sourcecheck.matching.stems import missing_stems
from sourcecheck.matching.topicmargin import topic_match
from sourcecheck.matching.verdict import TOPIC_MARGIN, Signals, describe
from sourcecheck.models import MatchResult, Span

# a modern rendering of an older wording in a book of like passages: similar, 5 of 7 content
# words rendered, hardly above the text's other passages (+0.06)
LIKE = Signals(0.705, 0.06, 5 / 7, cross=False, content_words=7, counterparts=5)


def test_at_the_words_place_the_margin_counts_as_the_topic_margin():
    assert LIKE.score < 0  # alone, a topic match
    placed = replace(LIKE, placed=True)
    assert placed.counted_margin == TOPIC_MARGIN and placed.margin == 0.06
    assert placed.score >= 0
    assert topic_match(placed) is None
    # the reason gives the margin measured, and how it was counted
    assert "+0.06 above the text's other passages (the words placed the quote here" in describe(
        placed
    )
    # a margin above the topic margin is counted as it is
    above = replace(LIKE, margin=0.2, placed=True)
    assert above.counted_margin == 0.2 and above.score == replace(above, placed=False).score


def test_the_rest_of_the_rule_still_decides_at_the_words_place():
    # a real partial: half its words invented, none of them with a counterpart there
    half = replace(LIKE, coverage=3 / 7, counterparts=3, similarity=0.6, placed=True)
    assert half.score < 0


@dataclass(frozen=True)
class _Weighed:
    signals: Signals


def test_the_placed_passage_is_taken_only_when_it_passes():
    passage = object()

    def weigh(signals: Signals):
        return lambda p, m: _Weighed(signals)

    taken = at_placed((passage, 0.06), weigh(LIKE))  # type: ignore[arg-type]
    assert taken is not None and taken[0] is passage and taken[1].signals.placed
    half = replace(LIKE, coverage=3 / 7, counterparts=3, similarity=0.6)
    assert at_placed((passage, 0.06), weigh(half)) is None  # type: ignore[arg-type]
    assert at_placed(None, weigh(LIKE)) is None


def test_the_words_place_is_a_partials_in_its_own_text():
    partial = MatchResult("partial", 73.5, 2, span=Span(10, 60))
    assert word_place(partial, 2) == Span(10, 60)
    assert word_place(partial, 3) is None
    assert word_place(MatchResult("not_found", 0.0, 2), 2) is None
    assert word_place(None, 2) is None


def test_a_quotes_words_whose_stem_the_passage_lacks():
    quote = "the prince was feared and never loved by his people".split()
    passage = "a prince who is loved by the people is safe".split()
    assert missing_stems(quote, passage, "en") == ["feared", "never"]
