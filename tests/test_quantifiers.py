"""Quantifiers compared as counts (matching/quantifiers.py): "only one" against "all", "at most
one" against "one or more", in English, German and Russian, on man-page prose (walk112's
ch-num-09-ru and ch-num-14-ru-en), and the renderings of one count in other words that must
stay unflagged ("at least one" / "one or more" / "mindestens ein" / "один или несколько")."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.quantifiers import (
    ALL,
    AT_LEAST_ONE,
    AT_MOST_ONE,
    ONE,
    SEVERAL,
    changed_count,
    read_counts,
)

AROUND = {
    "en": ("The locale command displays information about the current locale on standard "
           "output. ", " When invoked without arguments, it prints a summary of the settings."),
    "de": ("Der Befehl locale zeigt Informationen über die aktuelle Locale auf der "
           "Standardausgabe an. ", " Ohne Argumente aufgerufen, gibt er eine Übersicht der "
           "Einstellungen aus."),
    "ru": ("Команда locale выводит информацию о текущей локали на стандартный вывод. ",
           " При вызове без аргументов она выводит сводку настроек."),
}  # fmt: skip
ARGUMENTS = {
    "en": "The locale command can also be given one or more arguments, the names of locale "
    "keywords or locale categories.",
    "de": "Dem Befehl locale können auch ein oder mehrere Argumente übergeben werden, die Namen "
    "von Schlüsselwörtern oder Kategorien der Locale.",
    "ru": "Команде locale можно также передать один или несколько аргументов: имена ключевых "
    "слов или категорий локали.",
}
CATEGORY = {
    "en": "For a locale category, the values of all keywords in that category are shown.",
    "de": "Für eine Locale-Kategorie werden die Werte aller Schlüsselwörter dieser Kategorie "
    "angezeigt.",
    "ru": "Для категории локали выводятся значения всех ключевых слов этой категории.",
}


def _found(quote: str, language: str, passage_language: str, passage: str):
    before, after = AROUND[passage_language]
    return match_meaning(
        quote, before + passage + after, language=language, text_language=passage_language
    )


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [("takes one or more arguments, or at least one name", "en", [AT_LEAST_ONE, AT_LEAST_ONE]),
     ("höchstens ein Argument, mehrere Namen, alle Kategorien", "de",
      [AT_MOST_ONE, SEVERAL, ALL]),
     ("не более одного аргумента, только одно имя, каждый ключ", "ru", [AT_MOST_ONE, ONE, ALL]),
     ("один или несколько аргументов, хотя бы одна категория", "ru",
      [AT_LEAST_ONE, AT_LEAST_ONE]),
     ("mindestens ein Argument oder ein oder mehrere Namen", "de", [AT_LEAST_ONE, AT_LEAST_ONE])],
)  # fmt: skip
def test_quantifiers_are_read_as_kinds_of_count(text: str, language: str, kinds: list[str]) -> None:
    assert [c.kind for c in read_counts(text, language)] == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [("one of the arguments is the name of a category", "en"),
     ("the one argument it takes, at all events, and all the same", "en"),
     ("ни один аргумент не нужен, один из ключей", "ru"),
     ("mit einem Argument, vor allem ein Name", "de"),
     ("все ещё одно и то же", "ru"),
     ("they explained it to each other", "en")],
)  # fmt: skip
def test_articles_pronouns_and_idioms_are_no_count(text: str, language: str) -> None:
    assert read_counts(text, language) == []


@pytest.mark.parametrize(
    ("quote", "passage", "language", "words"),
    [("For a locale category, the value of only one keyword in that category is shown.",
      CATEGORY["en"], "en", ("only one", "all")),
     ("Für eine Locale-Kategorie wird der Wert nur eines Schlüsselworts dieser Kategorie "
      "angezeigt.", CATEGORY["de"], "de", ("nur eines", "aller")),
     ("Для категории локали выводится значение только одного ключевого слова этой категории.",
      CATEGORY["ru"], "ru", ("только одного", "всех")),
     ("The locale command can be given at most one argument, the name of a locale keyword or "
      "category.", ARGUMENTS["en"], "en", ("at most one", "one or more")),
     ("Dem Befehl locale kann höchstens ein Argument übergeben werden, der Name eines "
      "Schlüsselworts oder einer Kategorie.", ARGUMENTS["de"], "de",
      ("höchstens ein", "ein oder mehrere")),
     ("Команде locale можно передать не более одного аргумента: имя ключевого слова или "
      "категории локали.", ARGUMENTS["ru"], "ru", ("не более одного", "один или несколько"))],
)  # fmt: skip
def test_an_exact_count_or_a_bound_against_a_range_or_all_is_changed_in_one_language(
    quote: str, passage: str, language: str, words: tuple[str, str]
) -> None:
    assert changed_count(quote, language, passage, language) == words
    r = _found(quote, language, language, passage)
    assert r.status == "reworded" and "number" in r.flags
    assert f"CHECK: the count differs (“{words[0]}” in the quote, “{words[1]}” there" in r.reason


@pytest.mark.parametrize(
    ("quote", "language", "passage_language", "words"),
    [("Команде locale можно передать не более одного аргумента: имя ключевого слова локали "
      "(например, date_fmt) или категории локали (например, LC_CTYPE или LC_TIME).", "ru", "en",
      ("не более одного", "one or more")),
     ("Dem Befehl locale kann höchstens ein Argument übergeben werden, der Name eines "
      "Schlüsselworts oder einer Kategorie.", "de", "en", ("höchstens ein", "one or more")),
     ("For a locale category, the value of only one keyword in that category is shown.", "en",
      "ru", ("only one", "всех"))],
)  # fmt: skip
def test_a_changed_count_across_languages_is_flagged_number(
    quote: str, language: str, passage_language: str, words: tuple[str, str]
) -> None:
    passage = (ARGUMENTS if "argument" in quote.lower() or "аргумент" in quote else CATEGORY)[
        passage_language
    ]
    r = _found(quote, language, passage_language, passage)
    assert r.status == "reworded" and "number" in r.flags
    assert f"(“{words[0]}” in the quote, “{words[1]}” there" in r.reason


@pytest.mark.parametrize(
    ("quote", "language", "passage_language"),
    [("The locale command may also be given at least one argument, the names of locale "
      "keywords or locale categories.", "en", "en"),
     ("Dem Befehl locale kann auch mindestens ein Argument übergeben werden: Namen von "
      "Schlüsselwörtern oder Kategorien der Locale.", "de", "en"),
     ("Команде locale можно также передать один или несколько аргументов: имена ключевых слов "
      "или категорий локали.", "ru", "en"),
     ("The locale command can also be given one or more arguments, the names of keywords or "
      "categories of the locale.", "en", "de"),
     ("Команде locale можно передать несколько аргументов: имена ключевых слов или категорий "
      "локали.", "ru", "en")],
)  # fmt: skip
def test_one_or_more_rendered_as_at_least_one_or_several_is_no_change(
    quote: str, language: str, passage_language: str
) -> None:
    r = _found(quote, language, passage_language, ARGUMENTS[passage_language])
    assert r.status == "reworded" and "number" not in r.flags, r.reason


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_all_rendered_as_all_or_each_is_no_change(language: str) -> None:
    quote = {
        "en": "For each locale category, the values of every keyword in it are displayed.",
        "de": "Für eine Kategorie der Locale werden die Werte sämtlicher Schlüsselwörter "
        "angezeigt.",
        "ru": "Для категории локали показываются значения каждого ключевого слова этой категории.",
    }[language]
    r = _found(quote, language, "ru", CATEGORY["ru"])
    assert r.status == "reworded" and "number" not in r.flags, r.reason


def test_counts_of_different_things_are_not_compared() -> None:
    assert changed_count("Only one user may log in.", "en", "All users may log in.", "en") == (
        "Only one", "All")  # fmt: skip
    assert changed_count("Only one user may log in.", "en", "All files stay.", "en") is None
    assert changed_count("Только один пользователь может войти.", "ru",
                         "Все файлы остаются.", "ru") is None  # fmt: skip


def test_a_negated_quantifier_is_left_to_the_negation_check() -> None:
    assert changed_count("Not all keywords are shown.", "en", "Only one keyword is shown.",
                         "en") is None  # fmt: skip
    assert changed_count("Не все ключевые слова показаны.", "ru",
                         "Показано только одно ключевое слово.", "ru") is None  # fmt: skip
