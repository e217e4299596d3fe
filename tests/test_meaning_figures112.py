"""Amounts with their scale words, vote tallies and closed sets of times in the meaning stage
(figures112: a new user's trial on news, minutes and a judgment). Passages written for these
tests, in English, German and Russian."""

from __future__ import annotations

import pytest

from sourcecheck import match_meaning
from sourcecheck.facts.duals import shown_duals
from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.rendering import rendering_facts
from sourcecheck.facts.tallies import read_tallies, reversed_tally
from sourcecheck.matching.othertimes import other_time, time_words
from sourcecheck.models import Span

# -- amounts: a number with its scale word is one value, in every language -----------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The bridge is to cost 340 million euros.", "en", 340e6),
        ("The bridge cost 11 billion roubles.", "en", 11e9),
        ("Some 30 thousand men and 1.5 million pounds.", "en", 30e3),
        ("Die Brücke soll 340 Millionen Euro kosten.", "de", 340e6),
        ("Die Brücke soll 340 Mio. Euro kosten.", "de", 340e6),
        ("Sie kostete 11 Milliarden Euro.", "de", 11e9),  # Milliarde: 10^9, an English billion
        ("Мост обошёлся в 11 миллиардов рублей.", "ru", 11e9),
        ("Мост обошёлся в 11 млрд рублей.", "ru", 11e9),
        ("Мост стоил 340 млн евро.", "ru", 340e6),
        ("Er spendete 340 Tausend Euro, 5 Tsd. im Jahr.", "de", 340e3),
        ("Собрали 5 тыс. рублей.", "ru", 5e3),
    ],
)
def test_a_number_and_its_scale_are_one_value(text: str, language: str, value: float) -> None:
    assert next(n.value for n in figures_in(text, language)) == value


def test_the_facts_of_a_rendering_read_the_scale_on_both_sides() -> None:
    text = "The council met on Tuesday. The bridge is to cost 340 million euros. Residents."
    span = Span(text.index("The bridge"), text.index(" Residents"))
    for quote, language in (
        ("Die Brücke soll 340 Millionen Euro kosten.", "de"),
        ("Die Brücke soll 340000000 Euro kosten.", "de"),
        ("Мост будет стоить 340 миллионов евро.", "ru"),
    ):
        [check] = rendering_facts(quote, text, span, quote_language=language, language="en")
        assert check.verdict == "agrees", (quote, check)
    [check] = rendering_facts(
        "Die Brücke soll 340 Milliarden Euro kosten.", text, span, quote_language="de",
        language="en",
    )  # fmt: skip
    assert check.verdict == "differs"


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        (
            "Die Brücke soll 340 Millionen Euro kosten.",
            "The council met on Tuesday. The bridge is to cost 340 million euros. Residents "
            "were divided.",
        ),
        (
            "The bridge cost 11 billion roubles.",
            "Совет заседал во вторник. Мост обошёлся в 11 миллиардов рублей. Жители разделились.",
        ),
        (
            "Мост обошёлся в 11 миллиардов рублей.",
            "The council met on Tuesday. The bridge cost 11 billion roubles. Residents were "
            "divided.",
        ),
        (
            "Die Brücke soll 340000000 Euro kosten.",
            "The council met on Tuesday. The bridge is to cost 340 million euros. Residents "
            "were divided.",
        ),
    ],
)
def test_an_amount_rendered_with_its_scale_is_no_changed_number(quote: str, text: str) -> None:
    result = match_meaning(quote, text)
    assert result.status == "reworded" and result.flags == [], result.reason


def test_an_amount_with_another_scale_is_flagged() -> None:
    text = (
        "The council met on Tuesday. The bridge is to cost 340 million euros. Residents "
        "were divided."
    )
    result = match_meaning("Die Brücke soll 340 Milliarden Euro kosten.", text)
    assert result.status == "reworded" and "number" in result.flags


# -- tallies: an ordered pair ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "pairs"),
    [
        ("The motion was carried by 21 votes to 9, with 4 abstentions.", "en", ["21 to 9"]),
        ("It passed by a vote of 27 to 12.", "en", ["27 to 12"]),
        ("21 for, 9 against; then 5 in favour and 3 against.", "en", ["21 to 9", "5 to 3"]),
        ("9 against and 21 for.", "en", ["21 to 9"]),
        ("Der Antrag wurde mit 21 gegen 9 Stimmen angenommen.", "de", ["21 to 9"]),
        ("Er wurde mit 27 zu 12 Stimmen gebilligt, 21:9 im Ausschuss.", "de",
         ["27 to 12", "21 to 9"]),
        ("Bei 21 Ja-Stimmen und 9 Nein-Stimmen angenommen.", "de", ["21 to 9"]),
        ("Предложение принято 21 голосом против 9.", "ru", ["21 to 9"]),
        ("Голосовали: 21 «за», 9 «против».", "ru", ["21 to 9"]),
        ("In 1917 and 1918 there were 9 meetings.", "en", []),
    ],
)  # fmt: skip
def test_tallies_are_read_in_their_order(text: str, language: str, pairs: list[str]) -> None:
    assert [str(t) for t in read_tallies(text, language)] == pairs


def test_a_tally_is_reversed_only_when_never_stated_in_the_quotes_order() -> None:
    quote = "The motion was carried by 21 votes to 9."
    assert reversed_tally(quote, "en", "mit 9 gegen 21 Stimmen", "de") is not None
    assert reversed_tally(quote, "en", "9 голосами против 21", "ru") is not None
    assert reversed_tally(quote, "en", "21 голосом против 9", "ru") is None
    assert reversed_tally(quote, "en", "9 to 21 in May, 21 to 9 in June", "en") is None
    assert reversed_tally(quote, "en", "It was carried by 9 votes.", "en") is None


def test_the_fact_of_a_reversed_tally_differs() -> None:
    text = "Sitzung. Der Antrag wurde mit 21 gegen 9 Stimmen angenommen. Danach Pause."
    span = Span(text.index("Der"), text.index(" Danach"))
    [check] = rendering_facts("Carried by 9 votes to 21.", text, span, quote_language="en",
                              language="de")  # fmt: skip
    assert check.verdict == "differs" and "the tally reversed: 9 to 21 claimed" in check.detail
    [check] = rendering_facts("Принято 21 голосом против 9.", text, span, quote_language="ru",
                              language="de")  # fmt: skip
    assert check.verdict == "agrees"


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        (
            "The motion was carried by 21 votes to 9.",
            "The chairman opened the meeting. The motion was carried by 9 votes to 21. "
            "Mrs Meier was elected.",
        ),
        (
            "The motion was carried by 9 votes to 21.",
            "Der Vorsitzende eröffnete die Sitzung. Der Antrag wurde mit 21 gegen 9 Stimmen "
            "angenommen. Frau Meier wurde gewählt.",
        ),
    ],
)
def test_a_reversed_tally_is_a_changed_number(quote: str, text: str) -> None:
    result = match_meaning(quote, text)
    assert result.status == "reworded" and "number" in result.flags, result.reason
    assert "CHECK: the tally is reversed" in result.reason


def test_a_tally_rendered_in_its_order_is_no_changed_number() -> None:
    text = (
        "Der Vorsitzende eröffnete die Sitzung. Der Antrag wurde mit 21 gegen 9 Stimmen "
        "angenommen. Frau Meier wurde gewählt."
    )
    result = match_meaning("The motion was carried by 21 votes to 9.", text)
    assert result.status == "reworded" and result.flags == [], result.reason


# -- closed sets of times: another member is no shared word, and a changed date -----------


def test_time_words_skip_the_lowercase_verbs_and_losses() -> None:
    words = time_words("You may march in the fall, on Tuesday in May.", "en")
    assert [w for w, _, _ in words] == ["Tuesday", "May"]
    assert [w for w, _, _ in time_words("Он утратил всё утром в среду.", "ru")] == [
        "утром",
        "среду",
    ]


def test_another_time_is_found_across_languages() -> None:
    assert other_time("Am Mittwoch tagte der Rat.", "de", "On Tuesday the council sat.", "en") == (
        "Mittwoch",
        "Tuesday",
    )
    assert other_time("Вечером совет собрался.", "ru", "Am Morgen tagte der Rat.", "de") == (
        "Вечером",
        "Morgen",
    )
    assert other_time("In spring the council sat.", "en", "Im Frühjahr tagte er.", "de") is None
    assert other_time("On Monday and Tuesday.", "en", "Am Dienstag.", "de") is None
    assert other_time("Im Sommer und im Herbst.", "de", "In spring and autumn.", "en") == (
        "Sommer",
        "spring",
    )


NEWS = (
    "HARBOUR CITY, 3 May 2024. The city council approved the new harbour bridge on Tuesday "
    "by a vote of 27 to 12. Mayor Elena Novak said the bridge would open in 2027."
)


@pytest.mark.parametrize(
    "quote",
    [
        "On Wednesday the city council approved the new harbour bridge by 27 votes to 12.",
        "Am Mittwoch billigte der Stadtrat die neue Hafenbrücke mit 27 zu 12 Stimmen.",
        "В среду городской совет одобрил новый мост в гавани 27 голосами против 12.",
    ],
)
def test_another_weekday_is_a_changed_date(quote: str) -> None:
    result = match_meaning(quote, NEWS)
    assert result.status == "reworded" and "date" in result.flags, result.reason
    assert "CHECK: another time" in result.reason
    assert "Wednesday/Tuesday" not in result.reason  # never a shared word


def test_the_same_weekday_rendered_is_no_flag() -> None:
    result = match_meaning(
        "Am Dienstag billigte der Stadtrat die neue Hafenbrücke mit 27 zu 12 Stimmen.", NEWS
    )
    assert result.status == "reworded" and result.flags == [], result.reason


def test_a_short_claim_with_another_weekday_is_no_name_swap() -> None:
    result = match_meaning(
        "On Wednesday the city council approved the new bridge.",
        "The city council approved the new bridge on Tuesday. Residents were divided.",
    )
    assert result.status == "not_found", result.reason
    assert "another time (“Wednesday” in the quote, “Tuesday” there)" in result.reason


# -- duals: "both" counts two on the side that says it --------------------------------------


def test_a_dual_is_shown_where_the_other_side_states_a_two() -> None:
    assert shown_duals(["Beide", "Studien"], "de", [], [2]) == ("Beide",)
    assert shown_duals(["обе", "студии"], "ru", [2], [2]) == ()
    assert shown_duals(["both"], "en", [], []) == ()
    result = match_meaning(
        "Beide Studien verwendeten dieselbe Methode.",
        "Introduction. The two studies used the same method. The sample was small.",
    )
    assert result.status == "reworded" and result.flags == []
    assert "numbers Beide in the quote, two there" in result.reason
