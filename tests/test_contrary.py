"""A word of a short claim said by its contrary across languages (issue 10): a counterpart
that is an opposite ("supported" / "war dagegen", "early" / "поздно") is flagged
``opposite``; another member of a closed set ("morning" / "Abend", "furious" / "с
облегчением") leaves the claim not found, the word shown; never an unflagged ``reworded``.
The true renderings of the same sentences stay reworded, unflagged. The notes are ours,
written for these tests.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.contrary import contrary, contrary_reason, without_contraries
from sourcecheck.matching.embed import default_embedder
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE
from sourcecheck.matching.wordpairs import Alignment, WordPair

NOTES_DE = (
    "Aus den Aufzeichnungen eines Sekretärs.\n\n"
    "Der Kanzler eröffnete die Sitzung um neun Uhr. Man sprach lange über die neue Brücke.\n\n"
    "Nur Major Lindqvist war dagegen.\n\n"
    "Am Abend fuhren die schwedischen Gesandten nach Hause.\n\n"
    "Die Bauern in Tirol hungern und brauchen Saatgut.\n"
)
NOTES_RU = (
    "Записки секретаря.\n\n"
    "Канцлер открыл заседание в девять часов. Долго обсуждали новый мост.\n\n"
    "Только майор Линдквист выступил против моста.\n\n"
    "Шведские посланники вздохнули с облегчением.\n\n"
    "Заседание закончилось поздно вечером.\n"
)


def _meaning(quote: str, text: str, text_language: str):
    return match_meaning(
        quote, text, language="en", text_language=text_language, kind="event",
        embedder=default_embedder(),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("quote", "text", "language", "said"),
    [
        ("Only Major Lindqvist supported it.", NOTES_DE, "de", "Nur Major Lindqvist war dagegen."),
        ("Only Major Lindqvist supported the bridge.", NOTES_RU, "ru",
         "Только майор Линдквист выступил против моста."),
        ("The session ended early in the morning.", NOTES_RU, "ru",
         "Заседание закончилось поздно вечером."),
        ("The farmers in Tyrol are well fed.", NOTES_DE, "de",
         "Die Bauern in Tirol hungern und brauchen Saatgut."),
    ],
)  # fmt: skip
def test_an_opposite_across_languages_is_flagged_never_plain_reworded(
    quote: str, text: str, language: str, said: str
) -> None:
    r = _meaning(quote, text, language)
    place = r.span if r.status == REWORDED else r.candidate
    assert place is not None and said in text[place.start - 1 : place.end + 1]
    flags = r.flags if r.status == REWORDED else r.candidate_flags
    assert OPPOSITE in flags, (r.status, r.flags, r.reason)
    assert "CHECK: it says" in r.reason
    # the opposite is no shared word of the evidence
    assert "early/поздно" not in r.reason and "fed/" not in r.reason


@pytest.mark.parametrize(
    ("quote", "text", "language", "words"),
    [
        ("In the morning the Swedish envoys went home.", NOTES_DE, "de", ("Abend", "morning")),
        ("The Swedish envoys were furious.", NOTES_RU, "ru", ("облегчением", "furious")),
    ],
)  # fmt: skip
def test_another_of_a_closed_set_across_languages_is_not_found_the_word_shown(
    quote: str, text: str, language: str, words: tuple[str, str]
) -> None:
    r = _meaning(quote, text, language)
    assert r.status == "not_found", r.reason
    assert f"says “{words[0]}” where the quote says “{words[1]}”" in r.reason


@pytest.mark.parametrize(
    ("quote", "text", "language"),
    [
        ("Only Major Lindqvist opposed it.", NOTES_DE, "de"),
        ("In the evening the Swedish envoys went home.", NOTES_DE, "de"),
        ("The session ended late in the evening.", NOTES_RU, "ru"),
        ("The Swedish envoys sighed with relief.", NOTES_RU, "ru"),
        ("The farmers in Tyrol are starving and need seed.", NOTES_DE, "de"),
    ],
)
def test_the_true_renderings_stay_reworded_unflagged(quote: str, text: str, language: str) -> None:
    r = _meaning(quote, text, language)
    assert r.status == REWORDED and r.flags == [], (r.status, r.flags, r.reason)


def test_contrary_words_and_their_pairs() -> None:
    assert contrary("supported", "en", "war dagegen", "de") == "opposites"
    assert contrary("Monday", "en", "вторник", "ru") == "weekdays"
    assert contrary("evening", "en", "вечером", "ru") is None
    pairs = (
        WordPair("meeting", 4, "Совещание", 0, 0.9),
        WordPair("early", 19, "поздно", 21, 0.68),
        WordPair("morning", 32, "вечером", 28, 0.66),
    )
    alignment = Alignment(4, pairs, rendered=({4: True, 19: True, 32: True}, {}))
    kept = without_contraries(alignment, "en", "ru")
    assert [p.quote for p in kept.pairs] == ["meeting"] and kept.coverage == 0.25
    assert kept.rendered[0] == {4: True, 19: False, 32: False}
    # the quote's own member there too: no contrary ("evening ... in the morning")
    assert contrary_reason("They left in the evening.", "en", "Am Abend, nicht am Morgen, "
                           "reisten sie ab.", "de") is None  # fmt: skip


MINUTES = {
    "de": "Protokoll der Sitzung.\n\nDer Rat sprach lange über die neue Brücke.\n\n"
    "Nur Herr Braun stimmte gegen den Antrag.\n\nAm Abend fuhren alle nach Hause.\n",
    "ru": "Протокол заседания.\n\nСовет долго обсуждал новый мост.\n\n"
    "Только Иванов голосовал против резолюции.\n\nВечером все разошлись по домам.\n",
    "en": "Minutes of the session.\n\nThe council spoke at length about the new bridge.\n\n"
    "Only Mr. Brown voted against the motion.\n\nIn the evening everyone went home.\n",
}


@pytest.mark.parametrize(
    ("changed", "faithful", "language", "text_language"),
    [
        ("Only Mr. Braun voted for the motion.", "Only Mr. Braun voted against the motion.",
         "en", "de"),
        ("Only Ivanov voted in favour of the resolution.",
         "Only Ivanov voted against the resolution.", "en", "ru"),
        ("Nur Herr Brown stimmte für den Antrag.", "Nur Herr Brown stimmte gegen den Antrag.",
         "de", "en"),
    ],
)  # fmt: skip
def test_a_vote_for_against_a_vote_against_is_an_opposite_across_languages(
    changed: str, faithful: str, language: str, text_language: str
) -> None:
    """A fresh-clone finding of session 19: "voted for" / "stimmte gegen" was plain reworded
    (the table's support side lacked the vote "for"; "против" was read already)."""
    text = MINUTES[text_language]
    r = match_meaning(changed, text, language=language, text_language=text_language)
    assert r.status == REWORDED and OPPOSITE in r.flags, (r.status, r.flags, r.reason)
    same = match_meaning(faithful, text, language=language, text_language=text_language)
    assert same.status == REWORDED and OPPOSITE not in same.flags, (same.flags, same.reason)
