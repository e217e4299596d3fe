"""Capitalised common words are no names, and names cross scripts by convention (task
names114: false ``name`` flags on true translations of a fresh-clone trial and walk114):

- a unit or a material named after a person ("по Цельсию", "Grad Celsius", "Chlor") is read
  by the unit sets, not as a name (matching/plaincapitals.py);
- a Russian adjective opening a name of common words ("в Высшей технической школе",
  "Лейбористская партия") is no name; one that is a surname too ("Толстой") or stands
  before a verb ("Андрей Белый написал") stays one (plaincapitals, morph_ru);
- a Russian sentence's first word that the dictionary knows as a common word only
  ("Движение по каналу") is no name's place;
- a capitalised word whose dictionary rendering the passage prints in lower case
  ("an Englishman" / "англичанин") is no person to swap (pairednames);
- a German noun after a declined adjective the dictionary lists ("die grafische
  Oberfläche", "der Technischen Hochschule") is a noun (germancommon.after_adjective);
- a speaker's label opens what is said after it ("Mr. Baker: Traffic on the canal";
  layoutstarts);
- a German hyphen ending a compound cut before its shared part ("Debian-Edu/Skolelinux-,
  Debian-Med- und ...-Unterprojekte") is no part of the identifier (technames);
- a German or Dutch "h" is a Russian "г" by convention ("Галле" / "Halle", "Гейне" /
  "Heine": conventional).

Real names stay names, and a real name swapped stays flagged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.matching import bilingual
from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.conventional import conventional_name
from sourcecheck.matching.germancommon import after_adjective
from sourcecheck.matching.layoutstarts import layout_starts
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.morph_ru import agreeing_adjective
from sourcecheck.matching.openers import opener_substituted
from sourcecheck.matching.plaincapitals import plain_capitals, rendered_lower
from sourcecheck.matching.technames import identifiers
from sourcecheck.normalize import WORD_RE

needs_dictionary = pytest.mark.skipif(
    not bilingual.available(), reason="FreeDict's dictionaries tell common words from names"
)
DATA = Path(__file__).resolve().parents[1] / "bench" / "data"


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in WORD_RE.finditer(text)]


def _plain(text: str, language: str) -> list[str]:
    return [w for w, at in _words(text) if at in plain_capitals(_words(text), language)]


# --- units and Russian phrase adjectives -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The water had 11 degrees Celsius, not 52 degrees Fahrenheit.",
            "en",
            ["Celsius", "Fahrenheit"],
        ),
        ("Das Wasser hatte 11 Grad Celsius und eine Spur von Chlor.", "de", ["Celsius", "Chlor"]),
        ("Вода имела 11 градусов по Цельсию.", "ru", ["Цельсию"]),
        ("Он учился в Высшей технической школе в Карлсруэ.", "ru", ["Высшей"]),
        (
            "Лейбористская партия и Государственная дума согласились.",
            "ru",
            ["Лейбористская", "Государственная"],
        ),
        # names stay: a surname that is an adjective too, an adjective before a verb, a place
        ("Об этом писал Толстой, а Андрей Белый написал иначе в Карлсруэ.", "ru", []),
        ("Herr Schmidt sprach mit Doktor Lowe in Berlin.", "de", []),
    ],
)
def test_units_and_phrase_adjectives_are_plain(
    text: str, language: str, expected: list[str]
) -> None:
    assert _plain(text, language) == expected


def test_an_adjective_agrees_with_the_word_after_it() -> None:
    assert agreeing_adjective("Высшей", "технической")
    assert agreeing_adjective("Лейбористская", "партия")
    assert not agreeing_adjective("Белый", "написал")  # a verb: a pen name before it
    assert not agreeing_adjective("Движение", "по")  # a noun


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("С 1871 года он учился в Высшей технической школе в Карлсруэ.", "ru", ("Карлсруэ",)),
        ("Лейбористская партия поддержит Макдональда.", "ru", ("Макдональда",)),
        ("The water had 11 degrees Celsius, said Baker.", "en", ("Baker",)),
        ("Das Wasser hatte 11 Grad Celsius, sagte Baker.", "de", ("Baker",)),
        ("Дзержинский сказал, что Толстой прав.", "ru", ("Дзержинский", "Толстой")),
    ],
)
def test_anchors_read_no_name_in_plain_capitals(
    text: str, language: str, names: tuple[str, ...]
) -> None:
    assert read_anchors(text, language).names == names


# --- a Russian sentence's first word -----------------------------------------------------


def test_a_russian_common_word_opening_a_sentence_is_no_names_place() -> None:
    passage = read_anchors("Traffic on the canal has trebled.", "en")
    passage = passage.__class__(**{**{f: getattr(passage, f) for f in passage.__slots__},
                                   "opening": ("Traffic",), "names": ("Traffic",)})  # fmt: skip
    common = read_anchors("Движение по каналу утроилось.", "ru")
    person = read_anchors("Свердлов с ним согласился.", "ru")
    near = {"Движение": ("Traffic", 0.5), "Свердлов": ("Traffic", 0.5)}
    assert opener_substituted(common, passage, set(), ["Traffic"], near, (0.3, 0.7)) == ()
    # an unknown or surname-shaped opener is still a name's place
    person = person.__class__(**{**{f: getattr(person, f) for f in person.__slots__},
                                 "names": ()})  # fmt: skip
    assert opener_substituted(person, passage, set(), ["Traffic"], near, (0.3, 0.7)) == (
        "Свердлов",
    )


def test_a_thing_with_a_surnames_ending_is_no_name() -> None:
    # "Выпуск" ends like a surname ("-ск"); a person's noun ("Барин") may stand for one
    assert read_anchors("Выпуск 4.0 вышел в 2015 году.", "ru").names == ()
    assert read_anchors("Барин, лошади готовы.", "ru").names == ("Барин",)
    assert read_anchors("Урицкий возразил ему.", "ru").names == ("Урицкий",)


def test_a_russian_adjective_opening_a_name_is_no_surname() -> None:
    # the surname's shape ("-ская", "-цкий") reads an opener as a name; a phrase's adjective
    # agreeing with the noun after it is none (plaincapitals), a surname stays one
    assert read_anchors("Лейбористская партия победила.", "ru").names == ()
    assert read_anchors("Государственная дума собралась.", "ru").names == ()
    assert read_anchors("Урицкий возразил ему.", "ru").names == ("Урицкий",)
    assert read_anchors("Дзержинский согласился.", "ru").names == ("Дзержинский",)


# --- a common noun rendered in lower case, a German noun after its adjective -------------


@needs_dictionary
def test_a_capitalised_word_rendered_in_lower_case_is_no_name() -> None:
    passage = ["доктор", "Лоу", "англичанин", "лечил", "его"]
    assert rendered_lower("Englishman", "en", passage, "ru")
    assert not rendered_lower("Frenchman", "en", passage, "ru")
    assert not rendered_lower("Lowe", "en", passage, "ru")
    assert not rendered_lower("Englishman", "en", ["the", "Englishman"], "en")  # one language
    assert rendered_lower("Engländer", "de", ["an", "englishman", "came"], "en")


@needs_dictionary
@pytest.mark.parametrize(
    ("before", "word", "expected"),
    [
        ("grafische", "Oberfläche", True),
        ("Technischen", "Hochschule", True),
        ("sagte", "Schmidt", False),  # a verb's form before a name
        ("junge", "Goethe", False),  # a name the dictionary does not know
    ],
)
def test_a_german_noun_after_an_adjective(before: str, word: str, expected: bool) -> None:
    assert after_adjective(before, word) is expected


@needs_dictionary
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Eine neue Leitung von 9 Zoll Durchmesser wurde verlegt.", ()),
        ("Man fand Spuren von Chlor im Wasser, sagte Schmidt.", ("Schmidt",)),
        # surnames that are nouns too, places, names the dictionary does not know stay
        (
            "Dort sprach Herr Koch mit Thomas Mann und Winter in Halle.",
            ("Koch", "Thomas", "Mann", "Winter", "Halle"),
        ),
        ("Danach fuhr Gregor Samsa nach Graz.", ("Gregor", "Samsa", "Graz")),
        # a noun with "ß" is looked up as printed ("weißbrot", not "weissbrot")
        ("in der kleine Schnitte von Weißbrot schwammen, sagte Grete.", ("Grete",)),
    ],
)
def test_german_nouns_without_an_article_are_no_names(text: str, names: tuple[str, ...]) -> None:
    assert read_anchors(text, "de").names == names


@needs_dictionary
def test_german_anchors_read_no_name_after_an_adjective() -> None:
    text = "Das X-Window-System (die grafische Oberfläche) wurde von Keith Packard gebaut."
    assert "Oberfläche" not in read_anchors(text, "de").names
    assert "Packard" in read_anchors(text, "de").names


# --- a speaker's label, a suspended hyphen, Г for H ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Baker: Traffic on the canal has trebled.", ["Traffic"]),
        ("Sir EDWARD GREY: Most of the owners agreed.", ["Most"]),
        ("Herr Baker: Das Werk muss an die Stadt gehen.", ["Das"]),
        ("Г-н Бейкер: Завод должен перейти к городу.", ["Завод"]),
        # prose: a colon inside a sentence opens nothing
        ("He named the towns: Halle and Leipzig.", []),
        ("Trotsky wrote: Lenin agreed.", []),
    ],
)
def test_a_speakers_label_opens_what_is_said(text: str, expected: list[str]) -> None:
    assert [text[at:].split()[0] for at in sorted(layout_starts(text))] == expected


def test_a_suspended_hyphen_is_no_part_of_the_identifier() -> None:
    de = "die Debian-Edu/Skolelinux-, Debian-Med- und Debian-Accessibility-Unterprojekte"
    en = "the Debian-Edu/Skolelinux, Debian-Med and Debian-Accessibility sub-projects"
    assert [i.text for i in identifiers(de, "de")] == ["Debian-Edu/Skolelinux"]
    assert [i.key for i in identifiers(en, "en")] == [i.key for i in identifiers(de, "de")]
    assert [i.text for i in identifiers("see debian-devel- and debian-user lists", "en")] == [
        "debian-devel",
        "debian-user",
    ]


@pytest.mark.parametrize(
    ("russian", "latin", "expected"),
    [
        ("Галле", "Halle", True),
        ("Гейне", "Heine", True),
        ("Гамбурге", "Hamburg", True),
        ("Гегеля", "Hegel", True),
        ("Григорий", "Grigory", True),  # a "г" that is a "g" stays one
        ("Галле", "Halifax", False),
        ("Гамбург", "Bamberg", False),
    ],
)
def test_a_russian_g_writes_an_h(russian: str, latin: str, expected: bool) -> None:
    assert conventional_name(russian, latin) is expected


# --- end to end: the works' history in three languages -------------------------------------


def _text(language: str) -> str:
    return (DATA / f"n114-works-{language}-ours.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("quote", "language", "text_language"),
    [
        ("Его отец был кузнецом, а мать была родом из Галле.", "ru", "de"),
        (
            "С 1871 по 1875 год он изучал машиностроение в Высшей технической школе в Карлсруэ.",
            "ru",
            "de",
        ),
        ("Движение по каналу у завода утроилось с 1890 по 1900 год.", "ru", "en"),
        ("Температура воды в колодцах составляла 11 градусов по Цельсию.", "ru", "en"),
        ("Лейбористская партия поддержала покупку завода городом.", "ru", "en"),
        ("Doctor Lowe, an Englishman, treated him there for many years.", "en", "ru"),
        ("Die grafische Oberfläche des neuen Steuerpults entwarf seine Tochter Emma.", "de", "en"),
    ],
)
def test_true_renderings_are_not_flagged(quote: str, language: str, text_language: str) -> None:
    result = match_meaning(quote, _text(text_language), language=language,
                           text_language=text_language)  # fmt: skip
    assert result.status == "reworded"
    assert "name" not in result.flags, result.reason


@pytest.mark.parametrize(
    ("quote", "language", "text_language", "flag"),
    [
        ("Его отец был кузнецом, а мать была родом из Лейпцига.", "ru", "de", "name"),
        (
            "С 1871 по 1875 год он изучал машиностроение в Высшей технической школе в Мюнхене.",
            "ru",
            "en",
            "name",
        ),
        ("Doctor Hale, an Englishman, treated him there for many years.", "en", "ru", "name"),
        (
            "Die grafische Oberfläche des neuen Steuerpults entwarf seine Tochter Anna.",
            "de",
            "en",
            "name",
        ),
        ("Температура воды в колодцах составляла 11 градусов по Фаренгейту.", "ru", "en", "number"),
    ],
)
def test_swapped_names_stay_flagged(
    quote: str, language: str, text_language: str, flag: str
) -> None:
    result = match_meaning(quote, _text(text_language), language=language,
                           text_language=text_language)  # fmt: skip
    assert result.status == "not_found" or flag in result.flags, result.reason


_MINUTES = (
    "MINUTES OF THE TOWN COUNCIL, 3 MAY 1905\n\nMr. Baker: Traffic on the canal beside the works "
    "has trebled since 1890.\nMr. Grey: Most of the owners have already accepted the price.\n"
    "The Mayor: The vote will be taken next week.\n"
)
_LETTER = (
    "Дорогой брат!\n\nЗдоровье моё, слава Богу, поправилось; доктор Лоу, англичанин, который "
    "лечит меня с весны, позволил мне выходить на прогулку, но не более часа в день.\n"
)
_DOCTOR = "Doctor {}, {} who has been treating me since spring, has allowed me to go out for walks."


def test_a_speakers_label_makes_no_name_of_the_first_word_said() -> None:
    # "Traffic" after "Mr. Baker:" was a name of the passage standing where "Движение" opens
    result = match_meaning("Движение по каналу у завода утроилось с 1890 года.", _MINUTES,
                           language="ru", text_language="en")  # fmt: skip
    assert result.status == "reworded"
    assert "name" not in result.flags, result.reason


@pytest.mark.parametrize(
    ("doctor", "who", "flagged"),
    [
        ("Lowe", "an Englishman", False),
        ("Hale", "an Englishman", True),
        ("Lowe", "a Frenchman", True),
    ],
)
def test_a_nations_noun_rendered_in_lower_case_is_no_name(
    doctor: str, who: str, flagged: bool
) -> None:
    # "Englishman" / "англичанин" is a word rendered; "Богу" ("thank God") stands nowhere
    result = match_meaning(_DOCTOR.format(doctor, who), _LETTER, language="en",
                           text_language="ru")  # fmt: skip
    assert result.status == "reworded"
    assert ("name" in result.flags) is flagged, result.reason
