"""A division list's tally, its labels before the numbers ("Ayes, 348; Noes, 225"), read as a
tally: with its numbers exchanged ("Ayes, 225; Noes, 348") it is flagged, where a fresh-clone
trial found it `reworded` with no flag (the same two values). The passages are ours.
"""

from __future__ import annotations

import pytest

from sourcecheck.facts.tallies import read_tallies
from sourcecheck.matching.meaning import REWORDED, match_meaning

PASSAGES = {
    "en": "Second reading of the Coal Mines Bill. The House divided: Ayes, 348; Noes, 225. "
    "Bill read a second time and committed.",
    "de": "Zweite Lesung des Kohlengesetzes. Das Haus stimmte ab: Dafür: 348, dagegen: 225. "
    "Das Gesetz wurde in zweiter Lesung angenommen.",
    "ru": "Второе чтение закона об угольных шахтах. Палата проголосовала: за — 348, против — "
    "225. Закон принят во втором чтении.",
}
CLAIMS = {
    "en": "The House divided: Ayes, {}; Noes, {}.",
    "de": "Das Haus stimmte ab: Dafür: {}, dagegen: {}.",
    "ru": "Палата проголосовала: за — {}, против — {}.",
}


PAIRS = [("en", "en"), ("de", "de"), ("ru", "ru"), ("en", "de"), ("de", "en")]
"""(claim, passage) languages; a division of 3 content words said across English and Russian,
or German and Russian, is too short to be placed by meaning (not_found): not this test's."""


@pytest.mark.parametrize(("claim_language", "language"), PAIRS)
def test_an_exchanged_division_is_flagged_and_the_true_one_is_not(
    language: str, claim_language: str
) -> None:
    for numbers, flagged in (((225, 348), True), ((348, 225), False)):
        claim = CLAIMS[claim_language].format(*numbers)
        result = match_meaning(
            claim, PASSAGES[language], language=claim_language, text_language=language
        )
        if flagged:
            assert "number" in result.flags or result.status == "not_found", result.reason
            assert "tally is reversed" in result.reason, result.reason
        else:
            assert result.status == REWORDED, result.reason
            assert "number" not in result.flags, result.reason


def test_labels_before_the_numbers_in_either_order() -> None:
    assert [str(t) for t in read_tallies("Noes, 225; Ayes, 348.", "en")] == ["348 to 225"]
    assert [str(t) for t in read_tallies("Ja: 21, Nein: 9", "de")] == ["21 to 9"]
    assert read_tallies("Chapter 3, 12 pages; 1917, 1918", "en") == ()
