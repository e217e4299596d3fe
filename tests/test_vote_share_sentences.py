"""A vote's share read at the sentence that renders the quote (matching/voteshares.py): "The
Board agreed by a narrow majority to visit the Leith docks." was placed over two sentences,
"The Board agreed unanimously to visit the Leith docks. The motion to adjourn was carried by
a narrow majority." (its "narrow majority" paired with the second's), where the passage said
both shares and none was flagged (a fresh-clone trial's canal minutes). The minutes are ours.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.voteshares import other_vote_share

MINUTES = (
    "MINUTES OF THE HARBOUR BOARD. 12 October 1908.\n\n"
    "The CHAIRMAN (Sir John Ellis): The engineer's report on the north quay will be read next "
    "week.\n\n"
    "Mr. Dawson: The dredger has worked the channel since April. The new crane lifts twelve "
    "tons.\n\n"
    "The Board agreed unanimously to visit the Leith docks. The motion to adjourn was carried "
    "by a narrow majority.\n\n"
    "The Board adjourned at 5 p.m.\n"
)

PASSAGES = {
    "en": ("The Board agreed unanimously to visit the docks. The motion to adjourn was carried "
           "by a narrow majority.", ("Board", "agreed", "visit", "docks")),
    "de": ("Der Rat beschloss einstimmig, die Docks zu besuchen. Der Antrag auf Vertagung wurde "
           "mit knapper Mehrheit angenommen.", ("Rat", "beschloss", "Docks", "besuchen")),
    "ru": ("Совет единогласно решил посетить доки. Предложение о перерыве было принято "
           "незначительным большинством.", ("Совет", "решил", "посетить", "доки")),
}  # fmt: skip
QUOTES = {  # the quote's words paired with each passage's, in the same order
    "en": ("The Board agreed by a narrow majority to visit the docks.",
           ("Board", "agreed", "visit", "docks")),
    "de": ("Der Rat beschloss mit knapper Mehrheit, die Docks zu besuchen.",
           ("Rat", "beschloss", "Docks", "besuchen")),
    "ru": ("Совет незначительным большинством решил посетить доки.",
           ("Совет", "решил", "посетить", "доки")),
}  # fmt: skip


def _offsets(quote: tuple[str, tuple[str, ...]], passage: tuple[str, tuple[str, ...]]):
    pairs = zip(quote[1], passage[1], strict=True)
    return [(quote[0].index(q), passage[0].index(p)) for q, p in pairs]


@pytest.mark.parametrize("quote_language", ["en", "de", "ru"])
@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_share_of_the_next_sentences_vote_is_not_the_quotes(
    quote_language: str, language: str
) -> None:
    quote, passage = QUOTES[quote_language], PASSAGES[language]
    offsets = _offsets(quote, passage)
    other = other_vote_share(quote[0], quote_language, passage[0], language, offsets)
    assert other is not None
    assert other[1] in ("unanimously", "einstimmig", "единогласно")
    # read over the whole passage, both shares are said: no other share (as before)
    assert other_vote_share(quote[0], quote_language, passage[0], language) is None
    # the share the rendering sentence says is no other one
    said = {"en": "unanimously", "de": "einstimmig", "ru": "единогласно"}[quote_language]
    unanimous = (quote[0].replace(other[0], said), quote[1])
    offsets = _offsets(unanimous, passage)
    assert other_vote_share(unanimous[0], quote_language, passage[0], language, offsets) is None


def test_a_passage_whose_sentences_hold_the_counterparts_alike_is_read_whole() -> None:
    quote, passage = QUOTES["en"], PASSAGES["en"]
    second = passage[0].index("The motion")
    offsets = [(quote[0].index("Board"), 4), (quote[0].index("visit"), second + 4)]
    assert other_vote_share(quote[0], "en", passage[0], "en", offsets) is None


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        ("The Board agreed by a narrow majority to visit the Leith docks.", "en"),
        ("Der Ausschuss beschloss mit knapper Mehrheit, die Docks von Leith zu besuchen.", "de"),
        ("Совет незначительным большинством решил посетить доки Лита.", "ru"),
    ],
)
def test_a_vote_told_otherwise_is_flagged_though_its_passage_takes_the_next_sentence(
    claim: str, language: str
) -> None:
    result = match_meaning(claim, MINUTES, language=language, text_language="en")
    assert result.status == REWORDED, result.reason
    assert "agreed unanimously to visit the Leith docks" in result.span.slice(MINUTES)
    assert "number" in result.flags, result.reason
    assert "the vote is told otherwise" in result.reason


def test_the_vote_as_the_minutes_tell_it_is_not_flagged() -> None:
    for claim, language in (("The Board agreed unanimously to visit the Leith docks.", "en"),
                            ("Der Ausschuss beschloss einstimmig, die Docks von Leith zu "
                             "besuchen.", "de")):  # fmt: skip
        result = match_meaning(claim, MINUTES, language=language, text_language="en")
        assert result.status == REWORDED and result.flags == [], result.reason
