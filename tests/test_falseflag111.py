"""True translations that word a negation, a number or a name otherwise carry no flag, and the
real changes of the same shapes stay flagged (task falseflag111): "without consent" / "do not
need permission"; "only when" / "not ... until" / "только когда" / "erst wenn"; "не просто" /
"nicht bloß" (not just) are no negations; "нет необходимости" (no need) is a negation of a
need, not of "unnecessary"; "will not accept" / "refuses"; "the one that" is no number; "WWW"
/ "web", "Image" / "Abbild" name one thing. Passages written for these tests, in the manner
of Debian's documentation."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.onething import one_thing
from sourcecheck.matching.opposites import opposite_words
from sourcecheck.matching.privative import idiom_spans
from sourcecheck.matching.pronounone import counted, pronoun_one
from sourcecheck.matching.roles import clause_people
from sourcecheck.matching.untilnot import until_reading


def _flags(claim: str, passage: str, language: str, text_language: str) -> list[str]:
    result = match_meaning(claim, passage, language=language, text_language=text_language)
    assert result.status == "reworded", result.reason
    return result.flags


LICENCE_RU = (
    "Программы из раздела main можно свободно копировать. Вы можете распространять эти пакеты "
    "без согласия их авторов. Исходный код доступен на зеркалах."
)
LICENCE_EN = (
    "Software in main may be copied freely. You may distribute these packages without the "
    "consent of their authors. The source code is available on the mirrors."
)
NETWORK_EN = (
    "The installer works on most machines. It can install a system without any network "
    "connection. A CD image is enough."
)
NETWORK_DE = (
    "Das Installationsprogramm läuft auf den meisten Rechnern. Es installiert ein System, auch "
    "wenn keine Netzwerkverbindung besteht. Ein Abbild genügt."
)


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [
        ("Она устанавливает систему без сетевого подключения.", False),
        ("Она устанавливает систему только с сетевым подключением.", True),
    ],
)
def test_without_answers_the_noun_after_its_adjective(claim: str, flagged: bool) -> None:
    assert ("negation" in _flags(claim, NETWORK_DE, "ru", "de")) is flagged


@pytest.mark.parametrize(
    ("claim", "language", "passage", "text_language", "flagged"),
    [
        ("You do not need the permission of the authors to distribute these packages.", "en",
         LICENCE_RU, "ru", False),
        ("You need the permission of the authors to distribute these packages.", "en",
         LICENCE_RU, "ru", True),
        ("Sie brauchen keine Erlaubnis der Autoren, um diese Pakete weiterzugeben.", "de",
         LICENCE_EN, "en", False),
        ("Das Installationsprogramm kann ein System installieren, auch wenn keine "
         "Netzwerkverbindung besteht.", "de", NETWORK_EN, "en", False),
        ("Das Installationsprogramm kann ein System installieren, auch wenn keine "
         "Netzwerkverbindung besteht.", "de", NETWORK_EN.replace("without", "with"), "en", True),
        ("Программа установки может установить систему, даже если нет сетевого подключения.",
         "ru", NETWORK_EN, "en", False),
    ],
)  # fmt: skip
def test_without_answers_no_and_a_negated_need(
    claim: str, language: str, passage: str, text_language: str, flagged: bool
) -> None:
    assert ("negation" in _flags(claim, passage, language, text_language)) is flagged


REMOVED = {
    "en": "Old packages stay on the system. The package is removed only when you run apt "
    "autoremove. This way you do not lose files you need.",
    "en-not": "Old packages stay on the system. The package is not removed until you run apt "
    "autoremove. This way you do not lose files you need.",
    "ru": "Старые пакеты остаются в системе. Пакет удаляется только когда вы запускаете apt "
    "autoremove. Так вы не потеряете нужные файлы.",
    "ru-not": "Старые пакеты остаются в системе. Пакет не удаляется до тех пор, пока вы не "
    "запустите apt autoremove. Так вы не потеряете нужные файлы.",
    "de": "Alte Pakete bleiben im System. Das Paket wird nur entfernt, wenn Sie apt autoremove "
    "ausführen. So verlieren Sie keine Dateien, die Sie brauchen.",
}


@pytest.mark.parametrize(
    ("claim", "language", "passage", "flagged"),
    [
        ("The package is not removed until you run apt autoremove.", "en", "ru", False),
        ("The package is not removed until you run apt autoremove.", "en", "de", False),
        ("The package is not removed until you run apt autoremove.", "en", "en", False),
        ("Пакет удаляется только когда вы запускаете apt autoremove.", "ru", "en-not", False),
        ("Пакет не удаляется до тех пор, пока вы не запустите apt autoremove.", "ru", "en",
         False),
        ("Das Paket wird nur entfernt, wenn Sie apt autoremove ausführen.", "de", "ru-not",
         False),
        # the same shapes changed: a negation with no "until" against "only when"
        ("The package is not removed when you run apt autoremove.", "en", "ru", True),
        ("Пакет не удаляется, когда вы запускаете apt autoremove.", "ru", "en", True),
        ("Das Paket wird nicht entfernt, wenn Sie apt autoremove ausführen.", "de", "en", True),
        ("Das Paket wird nicht entfernt, wenn Sie apt autoremove ausführen.", "de", "ru-not",
         True),
    ],
)  # fmt: skip
def test_not_until_says_only_when(claim: str, language: str, passage: str, flagged: bool) -> None:
    flags = _flags(claim, REMOVED[passage], language, passage.split("-")[0])
    assert ("negation" in flags) is flagged


def test_until_reading_finds_not_until_and_only_when() -> None:
    text = "The package is not removed until you run it."
    assert until_reading(text, "en").only == frozenset({text.index("not")})
    text = "Пакет не удаляется до тех пор, пока вы не запустите его."
    assert until_reading(text, "ru").only == frozenset({text.index("не")})
    text = "Das Paket wird nicht entfernt, bis Sie es ausführen."
    assert until_reading(text, "de").only == frozenset({text.index("nicht")})
    assert until_reading("It is removed only when you run it.", "en").only_when
    assert until_reading("Es wird erst entfernt, wenn Sie es ausführen.", "de").only_when
    assert until_reading("Он удаляется только после запуска.", "ru").only_when
    assert not until_reading("It is not removed when you run it.", "en").only
    assert not until_reading("It is removed when you run it.", "en").only_when


ABOUT_RU = (
    "Debian работает на многих архитектурах. Debian — это не просто операционная система, "
    "это сообщество разработчиков. Проект основан в 1993 году."
)
ABOUT_EN = (
    "Debian runs on many architectures. Debian is an operating system and also a community of "
    "developers. The project was founded in 1993."
)


@pytest.mark.parametrize(
    ("claim", "language", "passage", "text_language", "flagged"),
    [
        ("Debian is an operating system and also a community of developers.", "en", ABOUT_RU,
         "ru", False),
        ("Debian — это не просто операционная система, это сообщество разработчиков.", "ru",
         ABOUT_EN, "en", False),
        ("Debian ist nicht bloß ein Betriebssystem, sondern eine Gemeinschaft von Entwicklern.",
         "de", ABOUT_EN, "en", False),
        ("Debian is not an operating system but a community of developers.", "en", ABOUT_RU,
         "ru", True),
    ],
)  # fmt: skip
def test_not_just_is_no_negation(
    claim: str, language: str, passage: str, text_language: str, flagged: bool
) -> None:
    assert ("negation" in _flags(claim, passage, language, text_language)) is flagged


def test_not_just_read_only_where_it_means_not_only() -> None:
    def spans(text: str, language: str) -> list[str]:
        return [text[a:b] for a, b in idiom_spans(text, language)]

    assert spans("Это не просто программа, а целая система.", "ru") == ["не просто"]
    assert spans("Установить это не просто, но возможно.", "ru") == []  # not easy
    assert spans("It is not just a tool but a community.", "en") == ["not just"]
    assert spans("It is not merely a tool.", "en") == ["not merely"]
    assert spans("Das ist nicht bloß ein Werkzeug.", "de") == ["nicht bloß"]


UPGRADE = {
    "ru": "Обновление выполняется автоматически. Нет необходимости перезагружать компьютер после "
    "обновления пакетов. Службы перезапускаются сами.",
    "ru-must": "Обновление выполняется автоматически. Необходимо перезагружать компьютер после "
    "обновления пакетов. Службы перезапускаются сами.",
    "en": "The upgrade runs automatically. There is no need to restart the computer after "
    "upgrading packages. Services restart themselves.",
    "de": "Die Aktualisierung läuft automatisch. Es besteht kein Bedarf, den Rechner nach dem "
    "Aktualisieren der Pakete neu zu starten. Dienste starten sich selbst neu.",
}


@pytest.mark.parametrize(
    ("claim", "language", "passage", "flagged"),
    [
        ("You need not restart the computer after upgrading packages.", "en", "ru", False),
        ("Restarting the computer after upgrading packages is unnecessary.", "en", "ru", False),
        ("Перезагружать компьютер после обновления пакетов не нужно.", "ru", "en", False),
        ("Es ist nicht nötig, den Rechner nach dem Aktualisieren der Pakete neu zu starten.",
         "de", "en", False),
        ("It is unnecessary to restart the computer after upgrading packages.", "en", "de",
         False),
        # the need affirmed on one side
        ("You need to restart the computer after upgrading packages.", "en", "ru", True),
        ("Необходимо перезагружать компьютер после обновления пакетов.", "ru", "en", True),
        ("You need not restart the computer after upgrading packages.", "en", "ru-must", True),
        ("It is necessary to restart the computer after upgrading packages.", "en", "de", True),
    ],
)  # fmt: skip
def test_no_need_is_need_not(claim: str, language: str, passage: str, flagged: bool) -> None:
    flags = _flags(claim, UPGRADE[passage], language, passage.split("-")[0])
    assert ("negation" in flags) is flagged


def test_necessary_is_no_negated_word() -> None:
    negations = read_negations("Нет необходимости перезагружать компьютер.", "ru")
    assert negations.words == ("Нет",) and negations.affixed == ()
    assert read_negations("Необходимо перезагрузить компьютер.", "ru").affixed == ()
    assert [w for _, w in read_negations("Это невозможно.", "ru").affixed] == ["невозможно"]


EXIM = (
    "The mail server checks every host. Exim will {} mail from hosts that are not configured "
    "as relays. This protects against spam."
)


@pytest.mark.parametrize(
    ("claim", "verb", "opposite"),
    [
        ("Exim refuses mail from hosts that are not configured as relays.", "not accept", False),
        ("Exim refuses mail from hosts that are not configured as relays.", "accept", True),
        ("Exim does not refuse mail from hosts that are not configured as relays.",
         "not accept", True),
    ],
)  # fmt: skip
def test_a_negated_word_against_its_opposite(claim: str, verb: str, opposite: bool) -> None:
    passage = EXIM.format(verb)
    flags = _flags(claim, passage, "en", "en")
    assert ("opposite" in flags) is opposite
    found = opposite_words(claim, "en", passage.split(". ")[1], "en")
    assert (found is not None) is opposite


TOOLS = (
    "There are several tools for package management. The tool that most users prefer is called "
    "apt, and it downloads packages from the network."
)
MIRRORS = (
    "Choose a mirror near you. The best mirror is the one in your own country, and the list is "
    "on the web site."
)


@pytest.mark.parametrize(
    ("claim", "source", "number"),
    [
        ("The one that most users prefer is called apt, and it downloads packages from the "
         "network.", TOOLS, False),
        ("The two that most users prefer are called apt, and it downloads packages from the "
         "network.", TOOLS, True),
        ("The best mirror is the mirror in your own country, and the list is on the web site.",
         MIRRORS, False),
        ("The best mirror is the two in your own country, and the list is on the web site.",
         MIRRORS, True),
        ("The release team gave a reason for the delay: the installer was not ready for the new "
         "kernel.", "The release team gave one reason for the delay: the installer was not "
         "ready for the new kernel.", False),
        ("The release team gave two reasons for the delay: the installer was not ready for the "
         "new kernel.", "The release team gave one reason for the delay: the installer was not "
         "ready for the new kernel.", True),
    ],
)  # fmt: skip
def test_the_one_is_no_number(claim: str, source: str, number: bool) -> None:
    result = match_quote(claim, source, language="en")
    assert result.status == "close", result.reason
    assert ("number" in result.flags) is number


def test_pronoun_one_and_its_counts() -> None:
    words = "the best one is the one that works and the only one and one disk".split()
    assert [i for i in range(len(words)) if pronoun_one(words, i)] == [2, 5]
    assert counted(words, [5], ["tool"], "en") == []
    assert counted(words, [13], ["tool"], "en") == [1.0]  # "one disk"
    assert counted(["gave", "one", "reason"], [1], ["a"], "en") == []
    assert counted(["gave", "one", "reason"], [1], ["two"], "en") == [1.0]
    assert counted(["один", "из", "них"], [0], ["тот"], "ru") == [1.0]


@pytest.mark.skipif(not wordnet.available(), reason="needs WordNet")
@pytest.mark.parametrize(
    ("claim", "source", "language", "changed"),
    [
        ("All of the documentation is available on the WWW, and anyone can read it.",
         "Debian is developed in the open. All of the documentation is available on the web, "
         "and anyone can read it.", "en", False),
        ("All of the documentation is available on paper, and anyone can read it.",
         "Debian is developed in the open. All of the documentation is available on the web, "
         "and anyone can read it.", "en", True),
        ("Die ganze Dokumentation steht im WWW, und jeder kann sie lesen.",
         "Die ganze Dokumentation steht im Web, und jeder kann sie lesen.", "de", False),
        ("Die ganze Dokumentation steht im WWW, und jeder kann sie lesen.",
         "Die ganze Dokumentation steht im Netz, und jeder kann sie lesen.", "de", True),
    ],
)  # fmt: skip
def test_an_acronym_is_its_name(claim: str, source: str, language: str, changed: bool) -> None:
    result = match_quote(claim, source, language=language)
    assert result.status == "close", result.reason
    assert ("word_changed" in result.flags) is changed


@pytest.mark.skipif(not bilingual.available(), reason="needs the FreeDict dictionaries")
@pytest.mark.parametrize(
    ("claim", "word", "changed"),
    [
        ("Laden Sie das Image der CD herunter und schreiben Sie es auf einen USB-Stick.",
         "Abbild", False),
        ("Laden Sie das Abbild der CD herunter und schreiben Sie es auf einen USB-Stick.",
         "Image", False),
        ("Laden Sie das Handbuch der CD herunter und schreiben Sie es auf einen USB-Stick.",
         "Abbild", True),
    ],
)  # fmt: skip
def test_a_loanword_is_its_german_word(claim: str, word: str, changed: bool) -> None:
    source = (
        f"Die Installation beginnt mit einem Medium. Laden Sie das {word} der CD herunter und "
        "schreiben Sie es auf einen USB-Stick."
    )
    result = match_quote(claim, source, language="de")
    assert result.status == "close", result.reason
    assert ("word_changed" in result.flags) is changed


@pytest.mark.skipif(not bilingual.available(), reason="needs the FreeDict dictionaries")
def test_a_word_that_only_looks_english_is_not_its_translation() -> None:
    assert one_thing("Image", "Abbild", "de")
    assert not one_thing("Gift", "Geschenk", "de")  # "Gift" is poison
    assert not one_thing("Image", "Abbild", "ru")


CELLAR = {
    "de": "Der Server stand im Keller. Martin hatte die ganze Zeit still in dem Raum gewartet, in "
    "dem ihn Anna gefunden hatte. Dann gingen sie nach oben.",
    "en": "The server stood in the cellar. All this time Martin had waited quietly in the room "
    "where Anna had found Peter. Then they went upstairs.",
}


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        ("All this time Martin had waited quietly in the room where Anna had found him.", "en"),
        ("Всё это время Мартин тихо ждал в комнате, где его нашла Анна.", "ru"),
    ],
)
def test_where_opens_a_clause_with_its_own_doer(claim: str, language: str) -> None:
    passage = CELLAR["de"] if language == "en" else CELLAR["en"].replace("Peter", "him")
    assert "roles" not in _flags(claim, passage, language, "de" if language == "en" else "en")


def test_the_doer_after_where_is_still_read() -> None:
    claim = "All this time Martin had waited quietly in the room where Peter had found Anna."
    result = match_meaning(claim, CELLAR["en"], language="en", text_language="en")
    assert result.status == "not_found" or "roles" in result.flags
    assert "who does what to whom is reversed" in result.reason


def test_a_number_before_a_person_after_a_preposition() -> None:
    text = "He urged them on until the middle of the three gentlemen shouted at the door."
    clause = (text.index("the middle"), len(text))
    assert clause_people(text, "en", clause, [text.index("gentlemen")]) is None  # no doer
    text = "In the spring of 1494 King Charles the Eighth crossed the Alps."  # a year: no word
    found = clause_people(text, "en", (0, len(text)), [text.index("Charles")])
    assert [p.doer for p in found or []] == [True]
    text = "Then the three gentlemen pushed the father to the door."
    found = clause_people(
        text, "en", (0, len(text)), [text.index("gentlemen"), text.index("father")]
    )
    assert [p.doer for p in found or []] == [True, False]


@pytest.mark.skipif(not bilingual.available(), reason="needs the FreeDict dictionaries")
def test_opposites_negated_once_on_each_side_stand() -> None:
    claim = "Ebenso darf von einem Reisenden kein niedrigeres Fährgeld verlangt werden."
    passage = "Nor shall a higher toll be demanded from a traveller than the one posted."
    assert opposite_words(claim, "de", passage, "en") == ("niedrigeres", "higher")
