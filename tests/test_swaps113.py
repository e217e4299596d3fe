"""A replaced word the evidence already shows, flagged when it is checkable (task swaps113:
walk113 ch-name-03-en, ch-num-07-ru, ch-opp-20-de-en, ch-name-13-de-en).

- the word matcher's changed word that puts one program or package in another's place ("the
  nmap -anptu command" / "the ss -anptu command"): ``name`` (matching/namedthings.py, read by
  matching/changednames.py), and a multiple or fraction in words for another number
  ("тройной дефис" / "двойной дефис", "triple" / "double", "Hälfte" / "Viertel"): ``number``
  (facts/multiples.py, read by matching/changedfacts.py);
- across languages, a claim's lower-case name beside "Paket", "command", "пакет" where the
  passage has another one in its place ("des Pakets procps" / "the util-linux package"):
  ``name`` (matching/barenames.py with namedthings); a claim's word with no counterpart
  whose place the passage fills with its opposite ("gelöscht" / "retained"): ``opposite``
  (matching/slotopposites.py).
"""

from __future__ import annotations

import pytest

from sourcecheck.facts.multiples import multiple_value
from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.barenames import bare_stand_in
from sourcecheck.matching.changedfacts import changed_fact
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.namedthings import named_here, typed_name
from sourcecheck.matching.slotopposites import slot_opposite
from sourcecheck.matching.wordpairs import Alignment, WordPair
from sourcecheck.models import Difference

needs_dictionaries = pytest.mark.skipif(
    not (wordnet.available() and bilingual.available()), reason="no WordNet or dictionaries"
)

CONTEXT = {
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "ru": "Погода была плохой уже несколько дней. Лавка на углу закрылась рано. ",
}


# -- multiples and fractions in words (facts/multiples.py) --


@pytest.mark.parametrize(
    ("word", "language", "value"),
    [
        ("triple", "en", 3), ("double", "en", 2), ("once", "en", 1), ("half", "en", 0.5),
        ("threefold", "en", 3), ("quarter", "en", 0.25),
        ("doppelten", "de", 2), ("dreifache", "de", 3), ("einfachen", "de", 1),
        ("Hälfte", "de", 0.5), ("Viertel", "de", 0.25), ("zweifach", "de", 2),
        ("тройной", "ru", 3), ("двойного", "ru", 2), ("одинарные", "ru", 1),
        ("втрое", "ru", 3), ("половину", "ru", 0.5), ("трёхкратное", "ru", 3),
        ("треть", "ru", 1 / 3),
    ],
)  # fmt: skip
def test_multiple_values(word, language, value):
    assert multiple_value(word, language) == value


@pytest.mark.parametrize(
    ("word", "language"),
    [("third", "en"), ("two", "en"), ("trouble", "en"), ("Doppelpunkt", "de"),
     ("третий", "ru"), ("половой", "ru"), ("утром", "ru"), ("двор", "ru")],
)  # fmt: skip
def test_no_multiple(word, language):
    assert multiple_value(word, language) is None


@pytest.mark.parametrize(
    ("quote", "source", "language", "flagged"),
    [
        ("тройной", "двойной", "ru", True), ("triple", "double", "en", True),
        ("Hälfte", "Viertel", "de", True), ("doppelt", "dreifach", "de", True),
        ("half", "three", "en", True), ("вдвое", "втрое", "ru", True),
        ("double", "two", "en", False), ("single", "one", "en", False),  # the same number
        ("einfach", "einmal", "de", False), ("двойной", "двойного", "ru", False),
        ("double", "dual", "en", False),
    ],
)  # fmt: skip
def test_another_multiple_is_another_number(quote, source, language, flagged):
    fact = changed_fact(Difference("changed", quote, source), language)
    assert (fact is not None and fact[0] == "number") is flagged


@pytest.mark.parametrize(
    ("quote", "source", "language", "flagged"),
    [
        ("Long options are written as one or more words after a triple hyphen, short ones "
         "as a single letter after one hyphen.",
         "Long options are written as one or more words after a double hyphen, short ones "
         "as a single letter after one hyphen.", "en", True),
        ("Lange Optionen bestehen aus einem oder mehreren Wörtern nach einem dreifachen "
         "Bindestrich, kurze aus einem Buchstaben nach einem Bindestrich.",
         "Lange Optionen bestehen aus einem oder mehreren Wörtern nach einem doppelten "
         "Bindestrich, kurze aus einem Buchstaben nach einem Bindestrich.", "de", True),
        ("Для большинства опций существуют длинные варианты (слова, перед которыми ставится "
         "тройной дефис) и короткие варианты (одна буква после одного дефиса).",
         "Для большинства опций существуют длинные варианты (слова, перед которыми ставится "
         "двойной дефис) и короткие варианты (одна буква после одного дефиса).", "ru", True),
        ("Das Installationsprogramm reserviert die Hälfte der Festplatte für die "
         "Auslagerungspartition und den Rest für das System.",
         "Das Installationsprogramm reserviert ein Viertel der Festplatte für die "
         "Auslagerungspartition und den Rest für das System.", "de", True),  # two words each
        ("The operator runs a double check of the backup every evening before he leaves "
         "the building.",
         "The operator runs a careful check of the backup every evening before he leaves "
         "the building.", "en", False),  # no number on the other side
        ("The installer reserves twice the memory for the swap partition and the rest for "
         "the system.",
         "The installer reserves two times the memory for the swap partition and the rest "
         "for the system.", "en", False),  # the same number
    ],
)  # fmt: skip
def test_the_word_matcher_s_other_multiple(quote, source, language, flagged):
    text = f"{CONTEXT[language]}{source} {CONTEXT[language]}"
    result = match_quote(quote, text, language=language)
    assert result.status in ("close", "verbatim"), result.reason
    assert ("number" in result.flags) is flagged, result.reason


# -- programs and packages named by their place (matching/namedthings.py) --


def test_named_by_its_place():
    s = "On a Linux machine, the ss -anptu command will show the list of sessions."
    assert named_here(s, s.index("ss "), s.index("ss ") + 2, "en")  # before an option
    s = "Der Befehl dmesg ist Teil des Pakets procps."
    assert named_here(s, s.index("procps"), s.index("procps") + 6, "de")  # after "Pakets"
    assert named_here(s, s.index("dmesg"), s.index("dmesg") + 5, "de")  # after "Befehl"
    s = "Команда dmesg входит в пакет util-linux."
    assert named_here(s, s.index("util-linux"), s.index("util-linux") + 10, "ru")
    s = "Run the dmesg-Befehl."
    assert named_here(s, s.index("dmesg"), s.index("dmesg") + 5, "de")  # a compound's head
    s = "$ nmap mirwiz\nStarting Nmap"
    assert named_here(s, s.index("nmap"), s.index("nmap") + 4, "en")  # after a prompt
    s = "This facilitates identification of services offered on the network."
    assert not named_here(s, s.index("services"), s.index("services") + 8, "en")
    s = "The Linux command lists them."  # a capitalised word: the names readers'
    assert not named_here(s, s.index("Linux"), s.index("Linux") + 5, "en")


def test_typed_as_a_command():
    assert typed_name("ss", "These include the nmap and ss commands. Run ss -anptu now.")
    assert typed_name("free", "Type:\n$ free\nto see it.")
    assert not typed_name("ss", "The class has passed its tests; ss is no option here.")
    assert not typed_name("following", "Run the following command -- then wait.")


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "source", "language", "flagged"),
    [
        ("On a Linux machine, the nmap -anptu command will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "On a Linux machine, the ss -anptu command will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "en", True),
        ("Auf einem Linux-Rechner zeigt der Befehl nmap -anptu die Liste der aktiven oder "
         "anstehenden TCP-Sitzungen sowie die UDP-Ports, auf denen Programme lauschen.",
         "Auf einem Linux-Rechner zeigt der Befehl ss -anptu die Liste der aktiven oder "
         "anstehenden TCP-Sitzungen sowie die UDP-Ports, auf denen Programme lauschen.",
         "de", True),
        ("На компьютере с Linux команда nmap -anptu покажет список активных или ожидающих "
         "сеансов TCP, а также порты UDP, которые прослушивают запущенные программы.",
         "На компьютере с Linux команда ss -anptu покажет список активных или ожидающих "
         "сеансов TCP, а также порты UDP, которые прослушивают запущенные программы.",
         "ru", True),
        ("To see how much memory is used and how much is free, run the kill command "
         "without options in a terminal and read its first line of output.",
         "To see how much memory is used and how much is free, run the free command "
         "without options in a terminal and read its first line of output.",
         "en", True),  # two words of the dictionary, typed as commands in the text
        ("On a Linux machine, the next command will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "On a Linux machine, the following command will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "en", False),
        ("APT ist eine Gruppe von Programmen, die es ermöglichen, das System zu aktualisieren "
         "und die verfügbaren Pakete anzuzeigen, ohne sie zu installieren.",
         "APT ist eine Gruppe von Programmen, die es ermöglichen, das System zu aktualisieren "
         "und die verfügbaren Pakete aufzulisten, ohne sie zu installieren.",
         "de", False),  # German verbs after a noun of packages, forms the dictionary lacks
        ("On a Linux machine, the ss utility will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "On a Linux machine, the ss command will show the list of active or "
         "pending TCP sessions, as well as UDP ports on which programs are listening.",
         "en", False),
    ],
)  # fmt: skip
def test_the_word_matcher_s_other_program(quote, source, language, flagged):
    typed = "\n$ free -h\n$ kill -9 1234\n" if language == "en" else "\n"
    text = f"{CONTEXT[language]}{typed}{source} {CONTEXT[language]}"
    result = match_quote(quote, text, language=language)
    assert result.status == "close", result.reason
    assert ("name" in result.flags) is flagged, result.reason


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language", "expected"),
    [
        ("Der Befehl dmesg ist Teil des Pakets procps, welches heruntergeladen werden kann.",
         "de", "The dmesg command is part of the util-linux package which can be downloaded.",
         "en", ("procps", "util-linux")),
        ("The dmesg command is part of the procps package which can be downloaded.", "en",
         "Der Befehl dmesg ist Teil des Pakets util-linux, welches heruntergeladen werden kann.",
         "de", ("procps", "util-linux")),
        ("The dmesg command is part of the procps package which can be downloaded.", "en",
         "Команда dmesg входит в пакет util-linux, который можно загрузить.", "ru",
         ("procps", "util-linux")),
    ],
)  # fmt: skip
def test_a_package_in_another_package_s_place(quote, language, passage, passage_language,
                                               expected):  # fmt: skip
    slot = _kind_pair(quote, passage)
    assert bare_stand_in(quote, language, passage, passage_language, slot) == expected
    if "ru" not in (language, passage_language):  # Latin letters in Russian: a name anyway
        assert bare_stand_in(quote, language, passage, passage_language) is None  # no slot


def _kind_pair(quote: str, passage: str) -> Alignment:
    """The alignment's pair of the two nouns of packages ("Pakets" / "package")."""
    nouns = [next(w for w in ("Pakets", "package", "пакет") if w in side)
             for side in (quote, passage)]  # fmt: skip
    return Alignment(1, (WordPair(nouns[0], quote.index(nouns[0]), nouns[1],
                                  passage.index(nouns[1]), 0.8),))  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language"),
    [
        ("Der Befehl dmesg ist Teil des Pakets util-linux, welches heruntergeladen werden kann.",
         "de", "The dmesg command is part of the util-linux package which can be downloaded.",
         "en"),
        ("Das Werkzeug prüft die Zugriffsrechte.", "de",
         "The checkperms tool checks the permissions.", "en"),  # a German word, no name
    ],
)  # fmt: skip
def test_no_other_package(quote, language, passage, passage_language):
    assert bare_stand_in(quote, language, passage, passage_language) is None


# -- an opposite in a word's place across languages (matching/slotopposites.py) --

_Q = "Die Dateien werden gelöscht, um es zu erleichtern. Die Daten bleiben erhalten."
_P = "The files are retained to facilitate it. The data are usually retained."
_PAIRS = Alignment(5, (WordPair("Dateien", 4, "files", 4, 0.9),
                       WordPair("erleichtern", 37, "facilitate", 26, 0.9),
                       WordPair("Daten", 55, "data", 45, 0.9),
                       WordPair("bleiben", 61, "retained", 14, 0.6)))  # fmt: skip


def test_an_opposite_in_its_place():
    assert slot_opposite(_Q, "de", _P, "en", _PAIRS) == ("gelöscht", "retained")


def test_no_opposite_in_its_place():
    assert slot_opposite(_Q.replace("gelöscht", "behalten"), "de", _P, "en", _PAIRS) is None
    # negated on one side only: the negation check's ("nicht gelöscht" / "retained")
    negated = _Q.replace("werden gelöscht", "werden nicht gelöscht")
    shifted = Alignment(5, tuple(
        WordPair(p.quote, p.quote_at + (6 if p.quote_at > 20 else 0), p.passage, p.passage_at,
                 p.similarity) for p in _PAIRS.pairs))  # fmt: skip
    assert slot_opposite(negated, "de", _P, "en", shifted) is None
    # the word that renders it is paired in its own sentence: no free word in its place
    same = Alignment(5, (*_PAIRS.pairs[:3], WordPair("erhalten", 69, "retained", 14, 0.8)))
    assert slot_opposite(_Q.replace("gelöscht", "aufgeführt"), "de", _P, "en", same) is None
    assert slot_opposite(_Q, "de", _P, "de", _PAIRS) is None  # one language: not read here


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Wenn ein Debian-Paket entfernt wird, werden die Konfigurationsdateien gelöscht, um "
         "eine mögliche Neuinstallation zu erleichtern. In gleicher Weise bleiben die von einem "
         "Dienst erzeugten Daten (etwa der Inhalt einer Datenbank) normalerweise erhalten.", "de",
         "When a Debian package is removed, the configuration files are retained in order to "
         "facilitate possible re-installation. Likewise, the data generated by a daemon (such "
         "as the content of a database) are usually retained.", "en", True),
        ("Wenn ein Debian-Paket entfernt wird, bleiben die Konfigurationsdateien erhalten, um "
         "eine mögliche Neuinstallation zu erleichtern. In gleicher Weise bleiben die von einem "
         "Dienst erzeugten Daten (etwa der Inhalt einer Datenbank) normalerweise erhalten.", "de",
         "When a Debian package is removed, the configuration files are retained in order to "
         "facilitate possible re-installation. Likewise, the data generated by a daemon (such "
         "as the content of a database) are usually retained.", "en", False),
        ("When a Debian package is removed, the configuration files are deleted in order to "
         "facilitate possible re-installation. Likewise, the data generated by a daemon (such "
         "as the content of a database) are usually retained.", "en",
         "Когда пакет Debian удаляется, файлы конфигурации сохраняются, чтобы облегчить "
         "возможную повторную установку. Точно так же данные, созданные демоном (например, "
         "содержимое базы данных), обычно сохраняются.", "ru", True),
        ("When a Debian package is removed, the configuration files are retained in order to "
         "facilitate possible re-installation. Likewise, the data generated by a daemon (such "
         "as the content of a database) are usually retained.", "en",
         "Когда пакет Debian удаляется, файлы конфигурации сохраняются, чтобы облегчить "
         "возможную повторную установку. Точно так же данные, созданные демоном (например, "
         "содержимое базы данных), обычно сохраняются.", "ru", False),
    ],
)  # fmt: skip
def test_an_opposite_in_its_place_end_to_end(quote, language, rendering, text_language,
                                             flagged):  # fmt: skip
    text = f"{CONTEXT[text_language]}\n\n{rendering}\n\n{CONTEXT[text_language]}"
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED, result.reason
    assert ("opposite" in result.flags) is flagged, result.reason


@needs_dictionaries
@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Der Befehl dmesg ist Teil des Pakets procps, welches heruntergeladen werden kann von: "
         "Linux Kernel Archive.", "de",
         "The dmesg command is part of the util-linux package which can be downloaded from "
         "Linux Kernel Archive.", "en", True),
        ("Der Befehl dmesg ist Teil des Pakets util-linux, welches heruntergeladen werden kann "
         "von: Linux Kernel Archive.", "de",
         "The dmesg command is part of the util-linux package which can be downloaded from "
         "Linux Kernel Archive.", "en", False),
    ],
)  # fmt: skip
def test_another_package_end_to_end(quote, language, rendering, text_language, flagged):
    text = f"{CONTEXT[text_language]}\n\n{rendering}\n\n{CONTEXT[text_language]}"
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED, result.reason
    assert ("name" in result.flags) is flagged, result.reason


# -- a multiple for another at a rendering (facts/multiples.py, matching/factflags.py) --


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Long options start with a triple hyphen, short options with a single hyphen.", "en",
         "Длинные параметры начинаются с двойного дефиса, короткие параметры — с одинарного "
         "дефиса.", "ru", True),
        ("Lange Optionen beginnen mit einem dreifachen Bindestrich, kurze Optionen mit einem "
         "einfachen Bindestrich.", "de",
         "Long options start with a double hyphen, short options with a single hyphen.", "en",
         True),
        ("Программа установки отводит половину диска под раздел подкачки.", "ru",
         "The installer reserves a quarter of the disk for the swap partition.", "en", True),
        ("Long options start with a double hyphen, short options with a single hyphen.", "en",
         "Длинные параметры начинаются с двойного дефиса, короткие параметры — с одинарного "
         "дефиса.", "ru", False),
        ("Lange Optionen beginnen mit zwei Bindestrichen, kurze Optionen mit einem "
         "Bindestrich.", "de",
         "Long options start with a double hyphen, short options with a single hyphen.", "en",
         False),  # "double" said as a figure
        ("In March the merchants of the town cut the prices of their bread by half.", "en",
         "В марте городские купцы снизили цены на свой хлеб вдвое.", "ru",
         False),  # "by half" = "вдвое" (twofold): a multiple and its fraction, one change
        ("Программа установки отводит четверть диска под раздел подкачки.", "ru",
         "The installer reserves a quarter of the disk for the swap partition.", "en", False),
    ],
)  # fmt: skip
def test_another_multiple_at_a_rendering(quote, language, rendering, text_language, flagged):
    text = f"{CONTEXT[text_language]}\n\n{rendering}\n\n{CONTEXT[text_language]}"
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED, result.reason
    assert ("number" in result.flags) is flagged, result.reason


# -- through verify: the passage's own numbers agree, the multiple still differs --

_OPTIONS_RU = (
    "Для большинства опций существуют «длинные» (одно или несколько слов, перед которыми "
    "ставится {} дефис) и «короткие» варианты (одна буква, часто первая буква «длинного» "
    "варианта, после одного дефиса). Это соглашение так распространено, что уже является "
    "стандартом POSIX."
)


def test_another_multiple_through_verify(cli, tmp_path):
    import json

    book = tmp_path / "handbook.txt"
    book.write_text(f"Синтаксис опций команд\n\n{_OPTIONS_RU.format('двойной')}\n\n"
                    "Программа установки отводит четверть диска под раздел подкачки.\n",
                    encoding="utf-8")  # fmt: skip
    cli("source", "add", "handbook", "--title", "Справочник", "--author", "Debian",
        "--kind", "book")  # fmt: skip
    assert cli("source", "text", "handbook", book, "--language", "ru").exit_code == 0
    for claim, word in (("triple", "тройной"), ("double", "двойной")):
        added = cli("claim", "add", _OPTIONS_RU.format(word), "--source", "handbook",
                    "--id", claim)  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["double"]["status"] == "verbatim", items["double"]["reason"]
    assert items["triple"]["status"] == "close", items["triple"]["reason"]
    # the fact check finds the passage's "одного", "одна" as the quote's: the flag stays
    assert "number" in items["triple"]["flags"], items["triple"]["reason"]


def test_another_program_s_name_beside_a_verb_the_dictionary_lacks():
    quote = ("APT ist eine Gruppe von Programmen, die es ermöglichen, ein Paket zu installieren, "
             "das System zu aktualisieren und verfügbare Pakete aufzulisten.")  # fmt: skip
    passage = ("APT is a group of programs that allows installing a package, upgrading the "
               "system and listing the available packages. As for the ar program, provided by "
               "the binutils package, it handles archives.")  # fmt: skip
    assert bare_stand_in(quote, "de", passage, "en") is None  # walk113 xc-de-en-07
