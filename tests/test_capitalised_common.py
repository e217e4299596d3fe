"""Capitalised common words are no names; real names stay names (walk113's false ``name``
flags on true translations of Debian's manual pages and handbook, en/de/ru):

- a word its layout capitalises (an option's description after its synopsis, a table's second
  cell, an indented item, a sentence glued to the last) opens like a sentence's first word:
  a name there only on evidence (matching/layoutstarts.py, through openers.opening_starts);
- a German word the dictionary lists in lower case only (a verb, an adverb, a conjunction:
  "Zeigt", "Sobald") is no name where a place capitalises it, nor where the text also prints it
  in lower case; a noun's plural, a plural's dative, a compound ending in one or a declined
  adjective ("Zeilen", "Treffern", "Kontextzeilen", "Benutzter") is none anywhere
  (matching/germancommon.py); a German noun after its article is no person to swap
  (pairednames.unspelled);
- a German or Russian word in capitals that the dictionary knows as a common word ("ZAHL",
  "DATEI", "ФАЙЛ") is a placeholder (placeholders.common_capitals);
- the evidence's "names:" leaves out a German quote's noun the passage renders in lower case
  ("Speicher/memory", "Kernel/kernel": germancommon.lower_rendered).

Real names stay names, and a real name swapped stays flagged: "Müller", "Weber" (surnames that
are nouns), "Schmidt", "Berlin", "Wien", "Linux", "Мюллер", "Вена".
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.anchors import read_anchors
from sourcecheck.matching.germancommon import (
    common_noun,
    inflected_noun,
    lower_rendered,
    no_noun,
)
from sourcecheck.matching.layoutstarts import layout_starts
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namewords import mere_word
from sourcecheck.matching.openers import opening_starts
from sourcecheck.matching.pairednames import name_pair, unspelled
from sourcecheck.matching.placeholders import common_capital, common_capitals
from sourcecheck.normalize import WORD_RE

needs_dictionaries = pytest.mark.skipif(
    not (bilingual.available() and wordnet.available()),
    reason="FreeDict's dictionaries and WordNet tell common words from names",
)


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in WORD_RE.finditer(text)]


def _opened(text: str) -> list[str]:
    return [text[at:].split()[0].strip(",.") for at in sorted(layout_starts(text))]


# --- where a layout capitalises a word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an option's description under its synopsis, and flattened after it (en, de, ru)
        ("    -A NUM, --after-context=NUM\n          Print NUM lines of context.", ["Print"]),
        ("-A ZAHL, --after-context=ZAHL Zeigt ZAHL Zeilen an.", ["Zeigt"]),
        ("-c, --count Unterdrückt die normale Ausgabe.", ["Unterdrückt"]),
        ("-A ЧИСЛО, --after-context=ЧИСЛО Выводит ЧИСЛО строк.", ["Выводит"]),
        ("--color[=WHEN] Colorize the output.", ["Colorize"]),
        # a table's second cell, a list's item
        ("    used   Used or unavailable memory\n    free   Unused memory", ["Used", "Unused"]),
        ("Optionen:\n  - Gibt die Version aus\n  * Zeigt die Hilfe", ["Gibt", "Zeigt"]),
        # two sentences glued by a translation
        ("Zeigt ZAHL Zeilen vor der Zeile an.Gibt eine Zeile aus.", ["Gibt"]),
        ("Выводит строки.Показывает число строк.", ["Показывает"]),
    ],
)
def test_a_layout_opens_its_items_first_word(text: str, expected: list[str]) -> None:
    assert _opened(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # prose: a wrapped line, a hyphen inside a word, a placeholder in capitals, a URL
        "the treaty was signed by\nTrotsky and Joffe at Brest",
        "the anti-Bolshevik Party and the pro-German Press",
        "       -A NUM, --after-context=NUM\n              NUM lines of context.",
        "see www.Debian.org for the Linux kernel",
        "Der Vertrag wurde von\nTrotzki und Joffe unterzeichnet",
        "Договор подписали\nТроцкий и Иоффе",
    ],
)
def test_prose_has_no_layout_openings(text: str) -> None:
    assert layout_starts(text) == set()


def test_layout_openings_are_sentence_openings() -> None:
    text = "-B NUM, --before-context=NUM Print NUM lines. Trotsky came."
    opened = {text[at:].split()[0] for at in opening_starts(text, _words(text))}
    assert opened == {"B", "Print", "Trotsky"}  # "-B" opens the text


# --- German: what the dictionary says ------------------------------------------------------


@needs_dictionaries
def test_german_words_listed_in_lower_case_only_are_no_nouns() -> None:
    assert [no_noun(w) for w in ("Zeigt", "Erzeugt", "Sobald", "Zusammen", "Gründen")] == [True] * 5
    assert [no_noun(w) for w in ("Programm", "Müller", "Schmidt", "Berlin", "Linux")] == [False] * 5


@needs_dictionaries
def test_german_nouns_in_a_form_no_name_takes() -> None:
    common = ("Treffern", "Gründen", "Zeilen", "Kontextzeilen", "Benutzter", "Dateien")
    assert [inflected_noun(w) for w in common] == [True] * len(common)
    names = ("Müller", "Weber", "Schmidt", "Becker", "Berlin", "Wien", "Sachsen", "Linux")
    assert [inflected_noun(w) for w in names] == [False] * len(names)
    assert [inflected_noun(w) for w in ("Programm", "Zeile", "Kernel")] == [False] * 3  # singular


@needs_dictionaries
def test_german_common_nouns_are_no_places() -> None:
    assert [common_noun(w) for w in ("DATEI", "Zahl", "Müller")] == [True, True, True]
    assert [common_noun(w) for w in ("BERLIN", "Wien", "Schmidt", "sobald")] == [False] * 4


@needs_dictionaries
def test_german_names_read_by_the_dictionary() -> None:
    quote = (
        "-B ZAHL, --before-context=ZAHL Zeigt ZAHL Kontextzeilen vor passenden Zeilen an.Gibt "
        "eine Zeile zwischen Gruppen von Treffern aus. Aus Gründen der Kompatibilität benutzt "
        "Benutzter oder gemeinsam Gemeinsam genutzter Speicher."
    )
    assert read_anchors(quote, "de").names == ()
    kept = read_anchors("Das schrieb Müller mit Schmidt und Weber in Berlin für Linux.", "de")
    assert kept.names == ("Müller", "Schmidt", "Weber", "Berlin", "Linux")
    # mid-sentence, an adverb that is a surname too stays a name when the text never prints
    # it in lower case ("Lange", "Kurz")
    assert read_anchors("Den Antrag stellte Herr Kurz mit Frau Lange.", "de").names == (
        "Kurz", "Lange")  # fmt: skip


@needs_dictionaries
def test_german_conjunction_opening_a_sentence_is_a_mere_word() -> None:
    text = "Sobald alle Dateien ersetzt wurden, gilt das Paket als entfernt."
    assert mere_word("Sobald", "de", text)
    assert not mere_word("Müller", "de", "Müller schrieb das Programm.")  # a noun, a surname
    assert not mere_word("Schmidt", "de", "Schmidt schrieb das Programm.")


@needs_dictionaries
def test_a_german_noun_after_its_article_is_no_person_to_swap() -> None:
    quote = "Das Programm cruft-ng löscht standardmäßig alle Dateien von Treffern."
    passage = "Sobald alle Dateien eines Pakets ersetzt wurden, gilt das Paket als entfernt."
    assert unspelled(quote, "de", passage) == []
    assert unspelled("Das schrieb Müller für das Programm.", "de", passage) == ["Müller"]
    assert unspelled("Wenn das FIFO mehr als 64 Kilobyte fasst.", "de", passage) == []


@needs_dictionaries
def test_words_in_capitals_of_german_and_russian_are_placeholders() -> None:
    de = "Durchsucht DATEI nach MUSTER und zeigt ZAHL Zeilen; siehe GNU, NVRAM und BERLIN."
    assert [w for w, at in _words(de) if at in common_capitals("de", _words(de))] == [
        "DATEI", "MUSTER", "ZAHL"]  # fmt: skip
    assert read_anchors(de, "de").names == ("GNU", "NVRAM", "BERLIN")
    ru = "Ищет ШАБЛОН в ФАЙЛ и выводит ЧИСЛО строк; см. GNU, ВЦИК и МОСКВА."
    assert read_anchors(ru, "ru").names == ("GNU", "ВЦИК", "МОСКВА")
    en = "Searches FILE for PATTERN; see GNU."  # English keeps its capitals: acronyms
    assert common_capitals("en", _words(en)) == set()


@needs_dictionaries
def test_a_placeholder_in_capitals_is_no_persons_name_across_scripts() -> None:
    assert [common_capital(w, "ru") for w in ("ЧИСЛО", "ШАБЛОНОМ", "ВЦИК")] == [True, True, False]
    assert [common_capital(w, "en") for w in ("FILE", "PATTERN", "NUM", "SIGPIPE")] == [
        True, True, False, False]  # fmt: skip
    text = "Skip NUM lines at the start of every file."
    assert not name_pair("ЧИСЛО", "NUM", ("ru", "en"), text)
    assert name_pair("Свердлов", "Uritsky", ("ru", "en"), "Uritsky objected.")


def test_a_german_noun_rendered_in_lower_case_is_no_name_shown() -> None:
    names = ("Linux", "Kernel", "Speicher", "Trotzki")
    words = ("the", "Linux", "kernel", "memory", "Trotsky")
    pairs = {"Speicher": "memory", "Trotzki": "Trotsky"}
    assert lower_rendered(names, words, pairs, "en") == ("Kernel", "Speicher")
    assert lower_rendered(names, words, pairs, "de") == ()  # German capitalises its nouns


# --- end to end --------------------------------------------------------------------------

MANUAL_EN = """GREP(1)

OPTIONS
       -A NUM, --after-context=NUM
              Print NUM lines of trailing context after matching lines.

       -c, --count
              Suppress normal output; instead print a count of matching lines for each input
              file.

MEMORY
       shared   Shared memory, mostly used by tmpfs (Shmem in /proc/meminfo)

       buffers  Memory used by kernel buffers (Buffers in /proc/meminfo)
"""
MANUAL_RU = """ПАРАМЕТРЫ
       -A ЧИСЛО, --after-context=ЧИСЛО
              Показывает ЧИСЛО строк контекста после совпавших строк.

       -c, --count
              Подавляет обычный вывод и вместо этого выводит число совпавших строк для
              каждого входного файла.
"""
HANDBOOK_DE = """Das Feld Replaces gibt an, dass ein Paket Dateien eines anderen Pakets
ersetzt. Eine ersetzte Datei gehört danach nicht mehr zum alten Paket, sondern nur noch zum neuen.

Sobald alle Dateien eines installierten Pakets ersetzt wurden, gilt das Paket als entfernt.
Das Werkzeug dpkg entfernt es dann aus seiner Datenbank.

Herr Müller hat das Werkzeug 2004 in Berlin geschrieben und pflegt es seitdem.
"""
HANDBOOK_EN = """The Replaces field says that a package replaces files of another package.
A replaced file then no longer belongs to the old package, only to the new one.

Once all files of an installed package have been replaced, the package is considered removed.
The dpkg tool then drops it from its database.

Mr Müller wrote the tool in Berlin in 2004 and has maintained it since.
"""

TRUE = [
    # walk113 xc-de-en-04, -02 and their kind: a verb opening a description, a table's cell
    ("-A ZAHL, --after-context=ZAHL Zeigt ZAHL Zeilen des nachfolgenden Kontexts nach "
     "passenden Zeilen an.", "de", MANUAL_EN, "en"),
    ("gemeinsam Gemeinsam genutzter Speicher, meist von tmpfs belegt (Shmem in /proc/meminfo)",
     "de", MANUAL_EN, "en"),
    ("-A ЧИСЛО, --after-context=ЧИСЛО Выводит ЧИСЛО строк контекста после совпавших строк.",
     "ru", MANUAL_EN, "en"),
    ("-A NUM, --after-context=NUM Print NUM lines of trailing context after matching lines.",
     "en", MANUAL_RU, "ru"),
    ("-c, --count Unterdrückt die normale Ausgabe; gibt stattdessen für jede Eingabedatei die "
     "Anzahl von Treffern aus.", "de", MANUAL_EN, "en"),
    # walk113 ab-de-05's passage: a conjunction opening it; a surname that is a noun
    ("Sobald alle Dateien eines installierten Pakets ersetzt wurden, gilt das Paket als "
     "entfernt.", "de", HANDBOOK_EN, "en"),
    ("Herr Müller hat das Werkzeug 2004 in Berlin geschrieben.", "de", HANDBOOK_EN, "en"),
]  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(("quote", "language", "text", "text_language"), TRUE)
def test_true_translations_have_no_name_flag(
    quote: str, language: str, text: str, text_language: str
) -> None:
    found = match_meaning(quote, text, language=language, text_language=text_language)
    assert found.status == "reworded", found.reason
    assert "name" not in found.flags, found.reason


SWAPS = [
    # another person or place: flagged, a surname that is a German noun too ("Weber")
    ("Herr Weber hat das Werkzeug 2004 in Berlin geschrieben.", "de", HANDBOOK_EN, "en"),
    ("Mr Weber wrote the tool in Berlin in 2004.", "en", HANDBOOK_DE, "de"),
    ("Мистер Вебер написал этот инструмент в Берлине в 2004 году.", "ru", HANDBOOK_EN, "en"),
    ("Господин Мюллер написал этот инструмент в Вене в 2004 году.", "ru", HANDBOOK_EN, "en"),
]  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(("quote", "language", "text", "text_language"), SWAPS)
def test_a_real_name_swapped_stays_flagged(
    quote: str, language: str, text: str, text_language: str
) -> None:
    found = match_meaning(quote, text, language=language, text_language=text_language)
    assert "name" in found.flags, found.reason
