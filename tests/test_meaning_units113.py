"""Units, spans of time, currencies, materials and scale words in the meaning stage (units113:
a new user's trial on a report with measurements, a chronicle and letters). Passages written
for these tests, in English, German and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck import (
    Claim,
    Source,
    add_claim,
    add_source,
    add_text,
    match_meaning,
    match_quote,
    open_db,
    verify,
)
from sourcecheck.facts.languages import figures_in
from sourcecheck.facts.scalewords import scale_figures
from sourcecheck.matching.contrary import contrary
from sourcecheck.matching.unitsets import other_unit, unit_kind, unit_words

# -- closed classes: two members are never one thing ----------------------------------------


@pytest.mark.parametrize(
    ("word", "other", "kind"),
    [
        ("Jahr", "month", "spans of time"),
        ("недели", "months", "spans of time"),
        ("Zentimetern", "inches", "lengths"),
        ("литров", "gallons", "volumes"),
        ("Dollar", "pounds", "currencies"),
        ("рублей", "Mark", None),  # "Mark" alone is no currency here: "mark" is a word
        ("Kupfer", "lead", "materials"),
        ("свинца", "copper", "materials"),
        ("Цельсию", "Fahrenheit", "temperature scales"),
        ("Zoll", "inches", None),
        ("дюймов", "inches", None),
        ("Pfund", "pounds", None),  # a weight and a currency, one member of both
        ("недели", "weeks", None),
        ("утром", "month", None),
    ],
)
def test_members_of_one_class_are_other_things(word: str, other: str, kind: str | None) -> None:
    assert unit_kind(word, other) == kind


def test_two_members_are_no_counterparts_across_languages() -> None:
    assert contrary("Jahr", "de", "month", "en") == "spans of time"
    assert contrary("литров", "ru", "gallons", "en") == "volumes"
    assert contrary("Jahr", "de", "year", "en") is None


def test_a_unit_is_measured_by_its_figure_or_a_word_before_it() -> None:
    words = unit_words("Die Filter werden einmal im Monat gereinigt, seit Jahren 3 Wochen", "de")
    assert [(u.word, u.amount) for u in words] == [
        ("Monat", 30.0), ("Jahren", None), ("Wochen", 21.0),
    ]  # fmt: skip
    words = unit_words("Фильтры промывают раз в год, в те годы — две недели.", "ru")
    assert [(u.word, u.amount) for u in words] == [("год", 365.0), ("годы", None), ("недели", 14.0)]
    words = unit_words("in 1918 years, 2.5 million gallons", "en")
    assert [(u.word, u.amount) for u in words] == [("years", None), ("gallons", 11365000.0)]


@pytest.mark.parametrize(
    ("quote", "quote_language", "passage", "language", "found"),
    [
        ("einmal im Jahr", "de", "once a month", "en", ("spans of time", "Jahr", "month")),
        ("раз в год", "ru", "einmal im Monat", "de", ("spans of time", "год", "Monat")),
        ("for two months", "en", "на две недели", "ru", ("spans of time", "months", "недели")),
        ("на месяц", "ru", "for seven days", "en", ("spans of time", "месяц", "days")),
        ("9 Zentimeter", "de", "9 inches", "en", ("lengths", "Zentimeter", "inches")),
        ("9 дюймов", "ru", "9 Zentimeter", "de", ("lengths", "дюймов", "Zentimeter")),
        ("4200 Dollar", "de", "4,200 pounds", "en", ("currencies", "Dollar", "pounds")),
        ("4200 рублей", "ru", "4200 Dollar", "de", ("currencies", "рублей", "Dollar")),
        ("a trace of lead", "en", "eine Spur von Kupfer", "de", ("materials", "lead", "Kupfer")),
        ("следов меди", "ru", "traces of arsenic", "en", ("materials", "меди", "arsenic")),
        ("2 million litres", "en", "2 million gallons", "en", ("volumes", "litres", "gallons")),
        (
            "einmal im Jahr, alle drei Monate",
            "de",
            "once a month; every three months",
            "en",
            ("spans of time", "Jahr", "month"),
        ),  # "Monate" is said, but as three of them
        ("раз в месяц и раз в три месяца", "ru", "einmal im Monat, alle drei Monate", "de", None),
        # one span said in another unit, or no measure at all: nothing
        ("for about a week", "en", "примерно на семь дней", "ru", None),
        ("a fortnight", "en", "zwei Wochen", "de", None),
        ("две недели", "ru", "a fortnight", "en", None),
        ("9 Zoll", "de", "9 inches", "en", None),
        ("in those days", "en", "in jenen Jahren", "de", None),
        ("4200 фунтов", "ru", "4,200 pounds", "en", None),
        ("no lead", "en", "kein Blei und kein Kupfer", "de", None),
    ],
)
def test_another_unit_in_the_quotes_place(
    quote: str, quote_language: str, passage: str, language: str, found: tuple | None
) -> None:
    assert other_unit(quote, quote_language, passage, language) == found


# -- scale words: each is the figure it says ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Production doubled, then tripled; half as much; a dozen lamps; dozens of men", "en",
         [2.0, 3.0, 0.5, 12.0]),
        ("Die Ernte verdoppelte sich, doppelt so breit, dreifach, halb so viel, ein Dutzend",
         "de", [2.0, 2.0, 3.0, 0.5, 12.0]),
        ("Сбор удвоился, втрое больше, вдвое меньше, дюжина фонарей, утром, утро", "ru",
         [2.0, 3.0, 0.5, 12.0]),
        ("Er hatte die Hälfte, halb sieben, Dutzende Leute", "de", []),
    ],
)  # fmt: skip
def test_scale_words_are_read_as_their_figure(
    text: str, language: str, values: list[float]
) -> None:
    assert [v for v, _, _ in scale_figures(text, language)] == values


def test_a_figure_is_read_once_with_its_scale_word() -> None:
    assert [n.value for n in figures_in("It rose twice and then tripled.", "en")] == [2.0, 3.0]
    assert [n.value for n in figures_in("Die Ernte hat sich verdreifacht.", "de")] == [3.0]


# -- end to end: a rendering with another unit or another scale is flagged -----------------

WATERWORKS = (
    "Report of the waterworks committee, 1902.\n\n"
    "The new reservoir holds 3 million gallons, enough for about a week. "
    "The sand filters are washed once a month by the town's labourers. "
    "The committee advises laying a main of 8 inches diameter along the high street. "
    "The whole work is estimated to cost 5,600 pounds. "
    "No trace of arsenic was found in any of the samples from the old wells."
)


@pytest.mark.parametrize(
    ("quote", "flag", "words"),
    [
        ("Der neue Speicher fasst 3 Millionen Liter, genug für etwa eine Woche.", "number",
         "“Liter” in the quote, “gallons” there"),
        ("Песочные фильтры промывают раз в год рабочие города.", "number",
         "“год” in the quote, “month” there"),
        ("Die gesamten Arbeiten sollen nach Schätzung 5600 Dollar kosten.", "number",
         "“Dollar” in the quote, “pounds” there"),
        ("In keiner der Proben aus den alten Brunnen fand man eine Spur von Blei.", "name",
         "“Blei” in the quote, “arsenic” there"),
    ],
)  # fmt: skip
def test_another_unit_is_flagged_at_its_rendering(quote: str, flag: str, words: str) -> None:
    result = match_meaning(quote, WATERWORKS)
    assert result.status == "reworded" and flag in result.flags, result.reason
    assert words in result.reason
    assert "год/month" not in result.reason and "Blei/arsenic" not in result.reason


@pytest.mark.parametrize(
    "quote",
    [
        "Der neue Speicher fasst 3 Millionen Gallonen, genug für etwa sieben Tage.",
        "Песочные фильтры промывают раз в месяц рабочие города.",
        "Die gesamten Arbeiten sollen nach Schätzung 5600 Pfund kosten.",
        "In keiner der Proben aus den alten Brunnen fand man eine Spur von Arsen.",
    ],
)
def test_the_same_unit_rendered_is_no_flag(quote: str) -> None:
    result = match_meaning(quote, WATERWORKS)
    assert result.status == "reworded" and not {"number", "name"} & set(result.flags), result.reason


CHRONICLE = (
    "Хроника уезда за 1911 год.\n\n"
    "Новое водохранилище вмещает два миллиона литров, этого хватает на две недели. "
    "При новом управляющем выработка фабрики удвоилась за четыре года. "
    "Новый мост будет втрое шире старого и получит дюжину фонарей."
)


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        ("The new reservoir holds two million litres, enough for a fortnight.", False),
        ("The new reservoir holds two million litres, enough for two months.", True),
        ("Under the new manager the factory's output doubled in four years.", False),
        ("Under the new manager the factory's output tripled in four years.", True),
        ("Die Produktion der Fabrik hat sich unter dem neuen Verwalter in vier Jahren "
         "verdoppelt.", False),
        ("Die Produktion der Fabrik hat sich unter dem neuen Verwalter in vier Jahren "
         "verdreifacht.", True),
        ("The new bridge will be three times as wide as the old one and get a dozen lamps.",
         False),
        ("The new bridge will be twice as wide as the old one and get a dozen lamps.", True),
        ("The new bridge will be three times as wide as the old one and get twenty lamps.",
         True),
    ],
)  # fmt: skip
def test_a_scale_or_a_span_is_compared_as_its_figure(quote: str, changed: bool) -> None:
    result = match_meaning(quote, CHRONICLE)
    assert result.status == "reworded", result.reason
    assert ("number" in result.flags) == changed, result.reason


# -- the word matcher's changed word: another unit or scale is a changed fact --------------

WORD_CASES = [
    ("Für die meisten Optionen gibt es lange Varianten mit zwei Bindestrichen und kurze "
     "Varianten, vor denen ein doppelter Bindestrich steht.", "doppelter", "dreifacher", "de"),
    ("Для большинства опций существуют длинные варианты, перед которыми ставится двойной "
     "дефис, и короткие варианты с одним дефисом.", "двойной", "тройной", "ru"),
    ("The committee recommends that a new main of 9 inches diameter be laid instead of "
     "repairing the old one.", "inches", "centimetres", "en"),
    ("Der Ausschuss empfiehlt, die Filter einmal im Monat zu reinigen, wie es die Vorschrift "
     "verlangt.", "Monat", "Jahr", "de"),
    ("В пробах из колодцев нижнего города не нашли никаких следов свинца, как и в прошлом "
     "году.", "свинца", "меди", "ru"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "word", "other", "language"), WORD_CASES)
def test_another_unit_or_scale_is_a_changed_fact_in_the_word_stage(
    source: str, word: str, other: str, language: str
) -> None:
    result = match_quote(source.replace(word, other), source, language=language)
    flag = "name" if word == "свинца" else "number"
    assert result.status == "close" and flag in result.flags, result.reason
    assert f"“{other}” → “{word}”" in result.reason  # changed, or a number (German compounds)
    assert match_quote(source, source, language=language).flags == []


def test_a_changed_scale_word_keeps_its_number_flag_through_verify(tmp_path: Path) -> None:
    """The verify run sets a match's number differences against the passage's number check;
    a flag no number difference raised (a changed word read as another figure) stays."""
    text = tmp_path / "handbook-ru.txt"
    text.write_text(
        "Синтаксис опций команд\n\nДля большинства опций существуют длинные варианты (одно "
        "или несколько слов, перед которыми ставится двойной дефис) и короткие варианты "
        "(одна буква после одного дефиса). Это соглашение так распространено, что стало "
        "стандартом.\n",
        encoding="utf-8",
    )
    db = open_db(tmp_path / "checks.db")
    add_source(db, Source("handbook", "Handbook", kind="book"))
    add_text(db, "handbook", str(text), language="ru")
    quote = (
        "Для большинства опций существуют длинные варианты (одно или несколько слов, перед "
        "которыми ставится {} дефис) и короткие варианты (одна буква после одного дефиса)."
    )
    add_claim(db, Claim("triple", quote.format("тройной"), source_id="handbook"))
    add_claim(db, Claim("double", quote.format("двойной"), source_id="handbook"))
    results = {v.claim.id: v.result for v in verify(db).verdicts}
    assert results["triple"].status == "close" and "number" in results["triple"].flags
    assert "another number" in results["triple"].reason
    assert results["double"].status == "verbatim" and results["double"].flags == []
