"""The word matcher reads negations and numbers in the text's language.

A quotation that drops "nicht" or "не", or says "fünf" where the text says "vier", changes
the meaning: in German and Russian as in English it is a ``negation`` or ``number``
difference (and flag), never a near-perfect ``close`` match with a ``missing`` or
``spelling`` word; the number fact is checked by value (5 = fünf = пять).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcecheck.facts.languages import read_word_numbers
from sourcecheck.matching.match import match_quote

GERMAN = (
    "Sie klopfte wohl hundertmal an die Tür, schloss die Augen, um die leeren Zimmer nicht "
    "sehen zu müssen, und ging dann zwischen den vier alten Wänden auf und ab, bis es Abend war."
)
RUSSIAN = (
    "Она стучала в дверь двадцать раз, закрыла глаза, чтобы не видеть пустых комнат, "
    "и долго ходила вдоль пяти старых стен, пока не стемнело."
)
ENGLISH = (
    "She knocked at the door a hundred times, closed her eyes so as not to see the empty "
    "rooms, and walked between the four old walls until it was evening."
)


def kinds(result) -> list[tuple[str, str, str]]:
    return [(d.kind, d.quote, d.source) for d in result.differences]


@pytest.mark.parametrize(
    ("text", "language", "quote", "expected"),
    [
        (
            GERMAN,
            "de",
            "Sie klopfte wohl hundertmal an die Tür, schloss die Augen, um die leeren Zimmer "
            "sehen zu müssen",
            ("negation", "", "nicht"),
        ),
        (
            RUSSIAN,
            "ru",
            "Она стучала в дверь двадцать раз, закрыла глаза, чтобы видеть пустых комнат",
            ("negation", "", "не"),
        ),
        (
            ENGLISH,
            "en",
            "She knocked at the door a hundred times, closed her eyes so as to see the empty rooms",
            ("negation", "", "not"),
        ),
    ],
)
def test_a_negation_on_one_side_only_is_flagged(
    text: str, language: str, quote: str, expected: tuple[str, str, str]
) -> None:
    result = match_quote(quote, text, language=language)
    assert kinds(result) == [expected]
    assert "negation" in result.flags
    assert result.status != "verbatim"


@pytest.mark.parametrize(
    ("text", "language", "quote", "expected"),
    [
        (
            GERMAN,
            "de",
            "und ging dann zwischen den fünf alten Wänden auf und ab, bis es Abend war",
            ("number", "fünf", "vier"),
        ),
        (
            GERMAN,
            "de",
            "Sie klopfte wohl tausendmal an die Tür, schloss die Augen, um die leeren Zimmer",
            ("number", "tausendmal", "hundertmal"),
        ),
        (
            GERMAN,
            "de",
            "und ging dann zwischen den 5 alten Wänden auf und ab, bis es Abend war",
            ("number", "5", "vier"),
        ),
        (
            RUSSIAN,
            "ru",
            "Она стучала в дверь тридцать раз, закрыла глаза, чтобы не видеть пустых комнат",
            ("number", "тридцать", "двадцать"),
        ),
        (
            RUSSIAN,
            "ru",
            "и долго ходила вдоль шести старых стен, пока не стемнело",
            ("number", "шести", "пяти"),
        ),
        (
            ENGLISH,
            "en",
            "and walked between the five old walls until it was evening",
            ("number", "five", "four"),
        ),
    ],
)
def test_a_changed_number_word_is_a_number_difference(
    text: str, language: str, quote: str, expected: tuple[str, str, str]
) -> None:
    result = match_quote(quote, text, language=language)
    assert kinds(result) == [expected]
    assert "number" in result.flags


@pytest.mark.parametrize(
    ("quote", "text", "language"),
    [
        ("zwischen den 4 alten Wänden auf und ab", GERMAN, "de"),
        ("вдоль 5 старых стен, пока не стемнело", RUSSIAN, "ru"),
    ],
)
def test_a_number_in_digits_for_the_same_word_is_spelling(
    quote: str, text: str, language: str
) -> None:
    result = match_quote(quote, text, language=language)
    assert [d.kind for d in result.differences] == ["spelling"]
    assert "number" not in result.flags


def test_an_article_is_no_number() -> None:
    """German "ein" is an article far more often than a count: "ein" for "der" is a change."""
    text = "Da kam der alte Mann mit seinem Hund die Straße herauf und blieb stehen."
    result = match_quote(
        "Da kam ein alte Mann mit seinem Hund die Straße herauf", text, language="de"
    )
    assert [d.kind for d in result.differences] == ["changed"]


def test_number_words_are_read_by_value_in_each_language() -> None:
    def values(words: str, language: str | None) -> list[float]:
        return [n.value for n in read_word_numbers(words.split(), language)]

    assert values("funf mal, hundertmal und tausendfach 5 dreiundzwanzig", "de") == [
        5,
        100,
        1000,
        5,
        23,
    ]
    assert values("пять пятью двадцать пять раз", "ru") == [5, 5, 25]
    assert values("five hundred and two", "en") == [502]
    assert values("five hundred and two", None) == [502]


SOURCES = """\
sources:
  - {id: haus, title: Haus, language: de, texts: [{path: haus.txt}]}
  - {id: dom, title: Dom, language: ru, texts: [{path: dom.txt}]}
claims:
  - {id: funf, quote: "und ging dann zwischen den fünf alten Wänden auf und ab", source: haus}
  - {id: vier, quote: "und ging dann zwischen den vier alten Wänden auf und ab", source: haus}
  - {id: nicht, quote: "schloss die Augen, um die leeren Zimmer sehen zu müssen", source: haus}
  - {id: tridtsat, quote: "Она стучала в дверь тридцать раз, закрыла глаза", source: dom}
"""


def test_verify_checks_number_words_by_value_and_flags_a_dropped_negation(
    cli, tmp_path: Path
) -> None:
    (tmp_path / "haus.txt").write_text(GERMAN + "\n", encoding="utf-8")
    (tmp_path / "dom.txt").write_text(RUSSIAN + "\n", encoding="utf-8")
    (tmp_path / "s.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "s.yaml").exit_code == 0
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    facts = {claim: [(f["claim"], f["source"], f["verdict"]) for f in i["facts"]]
             for claim, i in items.items()}  # fmt: skip
    assert facts["funf"] == [("5", "4", "differs")]
    assert facts["vier"] == [("4", "4", "agrees")]
    assert facts["tridtsat"] == [("30", "20", "differs")]
    assert "number" in items["funf"]["flags"]
    assert "negation" in items["nicht"]["flags"]
    assert items["vier"]["status"] == "verbatim"


def test_the_facts_of_a_text_whose_language_was_detected_are_read_in_it(
    cli, tmp_path: Path
) -> None:
    """No language given: the text's detected language reads its facts, as it reads its words
    (the number flag and the number fact agree)."""
    (tmp_path / "haus.txt").write_text(GERMAN + "\n", encoding="utf-8")
    (tmp_path / "s.yaml").write_text(
        "sources:\n  - {id: haus, title: Haus, texts: [{path: haus.txt}]}\nclaims:\n"
        + "\n".join(line for line in SOURCES.splitlines() if "source: haus" in line)
        + "\n",
        encoding="utf-8",
    )
    assert cli("import", tmp_path / "s.yaml").exit_code == 0
    assert "language de (detected)" in cli("source", "show", "haus").stdout
    assert cli("verify", "--no-meaning").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").stdout)}
    facts = {claim: [(f["claim"], f["source"], f["verdict"]) for f in i["facts"]]
             for claim, i in items.items()}  # fmt: skip
    assert "number" in items["funf"]["flags"]
    assert facts["funf"] == [("5", "4", "differs")]
    assert facts["vier"] == [("4", "4", "agrees")]
