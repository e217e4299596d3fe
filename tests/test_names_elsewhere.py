"""The claim's name at a passage that says something else of that person, and the passage that
says it of another person (matching/namedelsewhere.py, missingname.py, swapped.py,
onlynames.py): the passage that renders what the claim says wins, flagged ``name``; a passage
sharing only names is no rendering. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.evidence import Evidence
from sourcecheck.matching.meaning import MeaningResult, match_meaning
from sourcecheck.matching.onlynames import reject_only_names
from sourcecheck.matching.swapped import _beyond_names
from sourcecheck.matching.verdict import Signals
from sourcecheck.models import Span

HEAD = (
    "Aus den Aufzeichnungen eines Sekretärs (für diese Prüfung geschrieben).\n\n"
    "3. März.\n\nDie Abordnung aus Lodz kam erst gegen Abend an, weil die Brücke über die "
    "Weichsel gesperrt war. Hartmann begrüßte sie kurz und ging dann in sein Zimmer.\n\n"
)
RIGHT = (
    "In der Nacht wurde der Vertrag mit den Webern unterzeichnet. Die Weber versprachen uns "
    "tausend Ballen Baumwolle bis zum Herbst. Vogel war erleichtert und telegraphierte sofort "
    "nach Dresden.\n\n"
)
DIARY = (
    HEAD + RIGHT + "Hartmann war müde und fuhr am Abend nach Dresden zurück. Niemand hielt ihn auf."
)


def _at(text: str, result: MeaningResult) -> str:
    assert result.span is not None
    return result.span.slice(text)


def test_a_passage_sharing_the_name_loses_to_the_one_that_says_it_of_another_person():
    r = match_meaning(
        "Hartmann was relieved and at once telegraphed to Dresden.",
        DIARY,
        language="en",
        text_language="de",
    )
    assert r.status == "reworded"
    assert _at(DIARY, r).startswith("Vogel war erleichtert")
    assert "name" in r.flags
    assert "says this of Vogel, not Hartmann" in r.reason
    assert "Hartmann war müde" not in _at(DIARY, r)


@pytest.mark.parametrize(
    ("quote", "language", "starts"),
    [
        ("Vogel was relieved and at once telegraphed to Dresden.", "en", "Vogel war"),
        ("Hartmann was tired and went back to Dresden in the evening.", "en", "Hartmann war"),
        ("Вечером усталый Гартман уехал обратно в Дрезден.", "ru", "Hartmann war"),
    ],
)
def test_a_true_rendering_naming_a_person_named_elsewhere_stays_unflagged(quote, language, starts):
    r = match_meaning(quote, DIARY, language=language, text_language="de")
    assert r.status == "reworded"
    assert _at(DIARY, r).startswith(starts)
    assert "name" not in r.flags


SHORT = (
    "Die Verhandlungen in Lodz dauerten bis tief in die Nacht. Am Ende wurde der Vertrag "
    "unterzeichnet. Vogel war froh und schickte sofort ein Telegramm nach Dresden.\n\n"
    "Am nächsten Morgen fuhren alle zum Bahnhof. Hartmann sagte beim Kaffee nur: "
    "„Dresden wird warten müssen.“ Niemand antwortete ihm."
)


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Hartmann was glad and at once sent a telegram to Dresden.", "en"),
        ("Гартман обрадовался и сразу отправил телеграмму в Дрезден.", "ru"),
    ],
)
def test_the_right_passage_naming_another_person_is_flagged_across_a_german_side(quote, language):
    r = match_meaning(quote, SHORT, language=language, text_language="de")
    assert r.status == "reworded"
    assert _at(SHORT, r).startswith("Vogel war froh")
    assert "name" in r.flags
    assert "it names Vogel" in r.reason


def test_a_noun_opening_the_claim_is_no_name_to_swap():
    r = match_meaning(
        "Vogel was glad and at once sent a telegram to Dresden.",
        SHORT,
        language="en",
        text_language="de",
    )
    assert r.status == "reworded" and "name" not in r.flags
    english = "The treaty was signed at last. Everyone was glad, and Vogel sent a telegram home."
    r = match_meaning(
        "Alle waren froh, und Vogel schickte ein Telegramm nach Hause.",
        english,
        language="de",
        text_language="en",
    )
    assert r.status == "reworded" and "name" not in r.flags  # "Alle" is no name for "Everyone"


def _reworded(shared: tuple[str, ...], unmatched: tuple[str, ...], names: tuple[str, ...],
              score: float = 0.6, dates: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
              ) -> MeaningResult:  # fmt: skip
    signals = Signals(0.57, 0.12, 0.5, True, len(shared) + len(unmatched), len(shared))
    assert round(signals.score, 1) == pytest.approx(signals.score, abs=0.05)
    evidence = Evidence(
        "de", "en", shared_words=shared, unmatched_words=unmatched, shared_names=names,
        quote_dates=dates[0], passage_dates=dates[1],
    )  # fmt: skip
    r = MeaningResult("reworded", 57.1, span=Span(10, 40), evidence=evidence, signals=signals)
    r.reason = (
        "the source says this in English (the quote is in German) at line 3 (characters 10-40)"
    )
    return r


def test_a_weak_passage_sharing_only_names_is_no_rendering():
    text = "x" * 10 + "Vogel said only that Dresden was far" + "x" * 10
    r = _reworded(("Vogel", "Dresden"), ("Vorsteher", "verhaften"), ("Dresden",))
    if not 0 <= r.signals.score < 2.0:  # type: ignore[union-attr]
        pytest.skip("the signals' score moved: the rule is asked under the clear score")
    r = reject_only_names(r, text)
    assert r.status == "not_found" and r.span is None and r.candidate == Span(10, 40)
    assert "shares only names" in r.reason and "“verhaften”" in r.reason


def test_a_passage_sharing_a_name_and_a_word_or_a_date_stays():
    text = "x" * 50
    word = _reworded(("Vogel", "arrested/verhaftete"), ("Vorsteher", "Nacht"), ())
    assert reject_only_names(word, text).status == "reworded"
    dated = _reworded(("Prinz", "Bayern/Bavaria"), ("Fest", "Mittag"), ("Bayern",),
                      dates=(("25. Dezember",), ("December 21",)))  # fmt: skip
    assert reject_only_names(dated, text).status == "reworded"


def test_a_swapped_name_with_only_a_place_beside_it_renders_nothing():
    only = Evidence(
        "en", "ru", shared_words=("Фогель", "Dresden/Дрездена"), shared_names=("Dresden",)
    )
    assert not _beyond_names(only, "Фогель")
    more = Evidence(
        "en", "ru", shared_words=("Фогель", "promised/обещал", "Dresden/Дрездена"),
        shared_names=("Dresden",),
    )  # fmt: skip
    assert _beyond_names(more, "Фогель")
