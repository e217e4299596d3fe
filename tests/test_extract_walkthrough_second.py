"""Walls a second new user's walkthrough of ``extract`` hit (issue 12), each on a passage
written for the test: "she" given to a man the text shows is one, a German "sie" given to a
man by the conversation turns, a German interrupted quotation that lost its second piece,
German and Russian figures never read."""

from __future__ import annotations

import pytest

from sourcecheck.extract.claims import extract


def _quotations(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.quote, c.speaker, c.notes or "")
        for c in extract(text).claims
        if c.kind in ("oral", "quotation")
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Der Minister kam spät in den Saal.\n\n"
            "„Wir werden das nie unterschreiben“, erwiderte der Minister. „Nach drei Wochen "
            "beginnt unsere Offensive.“\n",
            "Wir werden das nie unterschreiben",
            "Nach drei Wochen beginnt unsere Offensive.",
        ),
        (
            "The minister came late into the hall.\n\n"
            "“We shall never sign this,” replied the minister. “After three weeks our "
            "offensive begins.”\n",
            "We shall never sign this",
            "After three weeks our offensive begins.",
        ),
    ],
)
def test_a_sentence_after_an_attributing_sentence_is_the_speakers_words(
    text: str, first: str, second: str
) -> None:
    # „A“, erwiderte der Minister. „B.“: B is the minister's words going on, a short full
    # sentence of speech (not a term quoted in passing) in German as in English.
    said = _quotations(text)
    assert [q for q, _, _ in said] == [first, second]
    assert {s for _, s, _ in said} == {said[0][1]} and "minister" in (said[0][1] or "").lower()


@pytest.mark.parametrize(
    ("text", "figure", "value", "counts"),
    [
        (
            "Die Versammlung tagte bis spät in die Nacht.\n\n"
            "Siebenundvierzig Delegierte verließen vor der Abstimmung den Saal. Vierzehn Tage "
            "später kam der Brief aus Wien.\n",
            "Siebenundvierzig Delegierte verließen vor der Abstimmung den Saal.",
            47,
            "delegierte",
        ),
        (
            "Собрание продолжалось до поздней ночи.\n\n"
            "Сорок семь делегатов покинули зал перед голосованием. Через четырнадцать дней "
            "пришло письмо из Вены.\n",
            "Сорок семь делегатов покинули зал перед голосованием.",
            47,
            "делегатов",
        ),
        (
            "The assembly sat until late at night.\n\n"
            "Forty-seven delegates left the hall before the vote. Fourteen days later the "
            "letter came from Vienna.\n",
            "Forty-seven delegates left the hall before the vote.",
            47,
            "delegates",
        ),
    ],
)
def test_figures_are_read_in_the_texts_language(
    text: str, figure: str, value: int, counts: str
) -> None:
    # The number words of the text's language (German compounds, Russian runs), what they
    # count, and its durations ("vierzehn Tage später" is no figure).
    (claim,) = [c for c in extract(text).claims if c.kind == "figure"]
    assert claim.quote == figure
    assert f"figures: {value} ({counts})" in (claim.notes or "")
