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


# a product manual (written for this test) with like sentences: three editions, three
# channels, three licence files, three mirrors
EDITIONS = (
    "Chapter 4. The editions\n\n"
    "4.1. How many editions are there?\n\n"
    'There are three major editions: the "home" edition, the "office" edition, and the '
    '"server" edition. The "office" edition is sometimes locked before a release.\n\n'
    'Next to these, there is the "classic" edition (that\'s just the one from before "home"), '
    'and the "preview" edition, which has the newest features.\n\n'
    "You can move from home to office to server by changing one line of the licence file.\n\n"
    "The home edition is the one most people install on their own computers. "
    "The office edition adds the shared calendar and the mail server. "
    "The server edition has no desktop at all and is meant for machines in a data centre.\n\n"
    "Each edition has its own update channel, and updates of one edition never change another. "
    "If you want to run the preview edition, change the channel in the licence file to "
    "'preview'.\n\n"
    'An edition is declared "classic" when a newer one is released, and it keeps its updates '
    "for a year.\n\n"
    'There are three update channels: the "home" channel, the "office" channel and the '
    '"server" channel.\n\n'
    "There are three licence files: one for the home edition, one for the office edition and "
    "one for the server edition.\n\n"
    "The editions are: home (for one computer), office (for a team) and server (for a data "
    "centre).\n\n"
    "Three mirrors carry the editions: the home mirror, the office mirror and the server "
    "mirror.\n"
)


def test_a_partial_is_judged_at_its_place_when_a_later_rule_rejects_the_best() -> None:
    # a retranslation the words place but call partial ("main" / "major", "the home one
    # ("home")" / "the "home" edition"); the stage's own best is another list of three, which
    # a later rule rejects (its words reordered): the words' place is then judged, and passes
    from sourcecheck import match_quote
    from sourcecheck.matching.meaning import REWORDED, match_meaning

    quote = (
        'There are three main editions: the home one ("home"), the office one ("office") and '
        'the server one ("server").'
    )
    words = match_quote(quote, EDITIONS, language="en")
    assert words.status == "partial" and words.span is not None
    found = match_meaning(quote, EDITIONS, language="en", text_language="en", placed=words.span)
    assert found.status == REWORDED, found.reason
    assert found.span is not None and found.span.slice(EDITIONS).startswith("There are three major")
    assert "main/major" in found.reason and found.flags == []
    # without the words' place the stage's best is rejected: not found
    alone = match_meaning(quote, EDITIONS, language="en", text_language="en")
    assert alone.status == "not_found"
