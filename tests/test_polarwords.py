"""Concepts of polarity across English, German and Russian (issue 10, task polarity114):
"welcomed" / "lehnte ab", "displeased" / "доволен", "the full procedure" / "a shortened
process", "Fügen Sie sich ... hinzu" / "Remove yourself", "sind gegen" / "support" are
flagged ``opposite``; their faithful renderings ("welcomed" / "begrüßte", "not displeased" /
"nicht unzufrieden", "complete" / "vollständige") are not. The passages are ours, written for
these tests in the manner of minutes, letters and a developers' manual.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_words
from sourcecheck.matching.polarwords import with_forms


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang", "quote_word"),
    [
        ("The council welcomed the proposal of the mayor.", "en",
         "Der Rat lehnte den Vorschlag des Bürgermeisters ab.", "de", "welcomed"),
        ("Совет приветствовал предложение мэра.", "ru",
         "The council rejected the mayor's proposal.", "en", "приветствовал"),
        ("Der Verein begrüßte den neuen Plan.", "de", "Общество отвергло новый план.", "ru",
         "begrüßte"),
        ("Fügen Sie sich zu den Uploader-Feldern der Pakete hinzu.", "de",
         "Remove yourself from the uploaders of the packages.", "en",
         "Fügen Sie sich zu den Uploader-Feldern der Pakete hinzu"),
        ("Добавьте себя в список сопровождающих.", "ru",
         "Remove yourself from the list of maintainers.", "en", "Добавьте"),
        ("Add the package to the list of uploads.", "en",
         "Удалите пакет из списка загрузок.", "ru", "Add"),
        ("The minister was displeased with the report.", "en",
         "Министр был доволен докладом.", "ru", "displeased"),
        ("Der Direktor war mit dem Bericht zufrieden.", "de",
         "The director was dissatisfied with the report.", "en", "zufrieden"),
        ("Губернатор остался недоволен гимназией.", "ru",
         "Der Gouverneur war mit dem Gymnasium sehr zufrieden.", "de", "недоволен"),
        ("Пройдите через полную процедуру получения статуса.", "ru",
         "Go through a shortened process to regain the status.", "en", "полную"),
        ("The library holds the complete edition of the letters.", "en",
         "Die Bibliothek besitzt eine gekürzte Ausgabe der Briefe.", "de", "complete"),
        ("Die Bibliothek besitzt eine vollständige Ausgabe der Briefe.", "de",
         "Библиотека хранит сокращённое издание писем.", "ru", "vollständige"),
        ("Wir sind gegen einen Mindestlohn.", "de", "We support a minimum wage.", "en",
         "sind gegen"),
        ("Lehnen Sie den Antrag des Vorstands ab.", "de", "Accept the motion of the board.",
         "en", "ablehnen"),  # an imperative's verb opens its sentence (.separable)
        ("Nehmen Sie den Antrag des Vorstands an!", "de", "Отклоните предложение правления!",
         "ru", "annehmen"),
    ],
)  # fmt: skip
def test_polar_words_are_opposed_across_languages(
    quote: str, q_lang: str, passage: str, p_lang: str, quote_word: str
) -> None:
    found = opposite_words(quote, q_lang, passage, p_lang)
    assert found is not None and found[0] == quote_word


@pytest.mark.parametrize(
    ("quote", "q_lang", "passage", "p_lang"),
    [
        ("The council welcomed the proposal.", "en", "Der Rat begrüßte den Vorschlag.", "de"),
        ("Совет приветствовал предложение.", "ru", "The council welcomed the proposal.", "en"),
        ("Add yourself to the list.", "en", "Fügen Sie sich zur Liste hinzu.", "de"),
        ("Nehmen Sie den Antrag des Vorstands an.", "de", "Accept the motion of the board.",
         "en"),
        ("Der Ausschuss nahm den Antrag an.", "de", "The committee accepted the motion.", "en"),
        ("Добавьте себя в список.", "ru", "Add yourself to the list.", "en"),
        ("It runs the same sequence, except that the -i option is added to every command and "
         "two commands are skipped.", "en", "It runs the same sequence but excluding two "
         "commands, with the -i option appended for each remaining command.", "en"),
        ("The minister was pleased with the report.", "en", "Министр был доволен докладом.",
         "ru"),
        ("He was not displeased with your work.", "en",
         "Er war mit Deiner Arbeit nicht unzufrieden.", "de"),
        ("Он был не вполне доволен работой.", "ru", "He was not entirely satisfied with the work.",
         "en"),
        ("The library holds the complete edition.", "en",
         "Die Bibliothek besitzt die vollständige Ausgabe.", "de"),
        ("Пройдите через сокращённую процедуру.", "ru", "Go through a shortened process.", "en"),
        ("Er war gegen Mittag im Büro.", "de", "He supported the plan at noon in the office.",
         "en"),  # a time: no "being against"
    ],
)  # fmt: skip
def test_faithful_renderings_are_no_opposite(
    quote: str, q_lang: str, passage: str, p_lang: str
) -> None:
    assert opposite_words(quote, q_lang, passage, p_lang) is None


def test_with_forms_adds_a_languages_forms() -> None:
    merged = with_forms({"en": "accept", "de": "annehm"}, {"en": "welcome", "ru": "приветств"})
    assert merged == {"en": "accept|welcome", "de": "annehm", "ru": "приветств"}


_MANUAL = (
    "Chapter 3. Retiring and returning. Developers who leave should follow these steps. "
    "Remove yourself from uploaders for co- or team-maintained packages. "
    "If you return later, go through a shortened NM process to ensure that you still know "
    "the important parts of the policy. The keyring team will then restore your account."
)
_LETTER = (
    "Письмо из Тулы, 3 мая 1881 года. Губернатор вчера посетил нашу гимназию и остался "
    "очень доволен; учителя, напротив, жаловались на недостаток жалованья. Совет постановил "
    "просить министерство об увеличении средств."
)
_MINUTES = (
    "Protokoll der Sitzung vom 4. Mai 1921. Der Bürgermeister eröffnete die Sitzung. "
    "Der Rat lehnte den Vorschlag des Bürgermeisters ab, eine neue Brücke zu bauen. "
    "Danach sprach der Kämmerer über die Kosten der Straßenbeleuchtung."
)


@pytest.mark.parametrize(
    ("quote", "q_lang", "text", "t_lang", "flagged"),
    [
        ("Fügen Sie sich zu Uploader-Feldern hinzu für Co- oder Team-betreute Pakete.", "de",
         _MANUAL, "en", True),
        ("Entfernen Sie sich aus den Uploader-Feldern für Co- oder Team-betreute Pakete.", "de",
         _MANUAL, "en", False),
        ("Если вы вернётесь позже, пройдите через полную процедуру NM, чтобы убедиться, что "
         "вы всё ещё помните важные части политики.", "ru", _MANUAL, "en", True),
        ("Если вы вернётесь позже, пройдите через сокращённую процедуру NM, чтобы убедиться, "
         "что вы всё ещё помните важные части политики.", "ru", _MANUAL, "en", False),
        ("The governor visited our gymnasium yesterday and was very displeased; the teachers "
         "complained of their low pay.", "en", _LETTER, "ru", True),
        ("The governor visited our gymnasium yesterday and was very pleased; the teachers "
         "complained of their low pay.", "en", _LETTER, "ru", False),
        ("The council welcomed the mayor's proposal to build a new bridge.", "en", _MINUTES,
         "de", True),
        ("The council rejected the mayor's proposal to build a new bridge.", "en", _MINUTES,
         "de", False),
    ],
)  # fmt: skip
def test_match_meaning_flags_a_polar_word_turned_round(
    quote: str, q_lang: str, text: str, t_lang: str, flagged: bool
) -> None:
    result = match_meaning(quote, text, language=q_lang, text_language=t_lang)
    assert result.status == REWORDED
    assert (OPPOSITE in result.flags) == flagged
    assert result.flags == ([OPPOSITE] if flagged else [])
