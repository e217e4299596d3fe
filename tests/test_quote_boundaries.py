"""Quotation boundaries a new user's texts broke: the pieces of an interrupted quotation, a
stage direction set off by dashes, single-quoted quotations in a text quoting with double
marks, and a text whose paragraphs change language (passages written for these tests)."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.paragraphlanguages import others, paragraph_language
from sourcecheck.extract.quotes import find_quotations


def quotes(text: str) -> list[str]:
    return [c.quote for c in extract_claims(text) if c.kind in ("quotation", "oral")]


def pieces(text: str) -> list[list[str]]:
    return [[p.span.slice(text) for p in q.pieces] for q in find_quotations(text)]


# -- 1. the pieces of an interrupted quotation -----------------------------------------------


def test_the_statement_of_an_interrupted_quotation_is_kept_beside_a_short_piece_with_a_figure():
    # "In five days" holds a figure (worth a claim alone); the statement, the longer piece,
    # was dropped for it.
    text = (
        "The general turned to the delegates. “In five days,” he added, “the border will be "
        "closed for good.”"
    )
    assert pieces(text) == [["In five days,", "the border will be closed for good."]]
    found = extract_claims(text)
    assert [c.quote for c in found] == ["In five days", "the border will be closed for good."]
    assert {c.speaker for c in found} == {"the general"}
    statement = found[1]
    assert text[statement.start : statement.end] == statement.quote


def test_an_interrupted_quotation_without_figures_keeps_its_longest_piece_only():
    text = "The porter looked up. “Well,” he said, “the gate is shut until the morning.”"
    assert quotes(text) == ["the gate is shut until the morning."]


# -- 2. a stage direction set off by dashes --------------------------------------------------


def test_a_stage_direction_between_dashes_is_cut_without_its_dashes():
    text = "“Yes--(smiling)--I do believe it will end soon,” said Mrs. Weston."
    assert pieces(text) == [["Yes", "I do believe it will end soon,"]]
    assert quotes(text) == ["I do believe it will end soon"]
    long_dashes = "“No — (turning to Emma) — we shall not wait for them any longer,” he said."
    assert pieces(long_dashes) == [["No", "we shall not wait for them any longer,"]]


# -- 3. single marks in a text quoting with double ones ---------------------------------------


SINGLE_AMONG_DOUBLE = (
    "In 1812, Kutúzov said: “We shall not give battle before Moscow unless the army is "
    "rested.”\n\n"
    "Bethmann seemed to divine my thoughts. ‘Yes,’ he said, ‘the situation is grave, but we "
    "must hold on.’\n\n"
    "The minister wrote: “The word ‘peace’ is not to be printed in the newspapers.”"
)


def test_a_single_quoted_quotation_outside_double_ones_is_a_quotation():
    assert pieces(SINGLE_AMONG_DOUBLE) == [
        ["We shall not give battle before Moscow unless the army is rested."],
        ["Yes,", "the situation is grave, but we must hold on."],
        ["The word ‘peace’ is not to be printed in the newspapers."],
    ]
    found = {c.quote: c.speaker for c in extract_claims(SINGLE_AMONG_DOUBLE)}
    assert found["the situation is grave, but we must hold on."] == "Bethmann"


def test_single_marks_inside_a_double_quotation_stay_nested():
    [*_, last] = find_quotations(SINGLE_AMONG_DOUBLE)
    assert [n.slice(SINGLE_AMONG_DOUBLE) for n in last.pieces[0].nested] == ["peace"]
    assert "peace" not in quotes(SINGLE_AMONG_DOUBLE)


def test_apostrophes_and_an_unclosed_single_mark_open_no_quotation():
    text = (
        "“We leave at five,” she said. It was o’clock talk; the boys’ room was shut and "
        "’tis said the cart ‘would not come back before the frost had gone from the road."
    )
    assert pieces(text) == [["We leave at five,"]]
    years = (
        "“We hold it,” he said. The Duke withstood the Venetians in the year '84, and "
        "Pope Julius in the year '10, for no other reason than the age of his house."
    )
    assert pieces(years) == [["We hold it,"]]


# -- 4. paragraphs in another language than the text's ---------------------------------------

MIXED = (
    "Коллонтай посмотрела на него. — Я не согласна, — ответила она.\n\n"
    "— Да, — сказала Анна. — Нет, — ответил он.\n\n"
    "General Hoffmann stand am Fenster. „Wir warten nicht länger“, antwortete der General. "
    "„In fünf Tagen marschieren wir.“\n\n"
    "Die Kaiserin schrieb an ihren Bruder. „Ich bitte dich um Frieden für unsere Völker“, "
    "sagte sie."
)


def test_german_paragraphs_of_a_russian_text_are_read_with_german_verbs():
    found = {c.quote: c.speaker for c in extract_claims(MIXED)}
    assert found["Я не согласна"] == "Коллонтай"
    assert found["Wir warten nicht länger"] == "der General"
    assert found["In fünf Tagen marschieren wir."] == "der General"
    assert found["Ich bitte dich um Frieden für unsere Völker"] == "die Kaiserin"


def test_russian_dash_dialogue_in_a_german_text():
    text = (
        "General Hoffmann stand am Fenster und sah auf die Straße hinaus. Die Delegierten "
        "warteten auf seine Antwort, und er wusste es nicht. Er hatte die Karte vor sich und "
        "zählte die Tage, die ihm noch blieben.\n\n"
        "Коллонтай посмотрела на него. — Я не согласна, — ответила она."
    )
    assert {c.quote: c.speaker for c in extract_claims(text)} == {"Я не согласна": "Коллонтай"}


def test_the_language_of_a_paragraph_from_its_letters_and_stop_words():
    assert paragraph_language("Die Delegierten warteten nicht auf seine Antwort.") == "de"
    assert paragraph_language("The delegates did not wait for his answer.") == "en"
    assert paragraph_language("Коллонтай посмотрела на него.") == "ru"
    assert paragraph_language("General Hoffmann, 1918.") is None  # names are no language
    english = "“Yes,” said Anna. “We are not at home.”\n\n„Ja“, sagte er, „und nicht hier.“"
    assert others(english, "en") == frozenset({"de"})
    assert others("“Yes,” said Anna, “and the door is shut.”", "en") == frozenset()
