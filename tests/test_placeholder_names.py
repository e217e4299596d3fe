"""True translations of technical text carry no ``name`` or ``roles`` flag for words that are
no names (walk112, Debian's manual pages and reference in English, German and Russian), while
a real name or acronym put in another's place stays flagged:

- a manual's placeholder in capitals, named by each translation its own way ("--width=COLS" /
  "--width=BREITE", "--sort=WORD" / "--sort=КРИТЕРИЙ"): matching/placeholders.py;
- a common word in capitals and its translation in capitals ("the logical TRUE" / "logisches
  WAHR"): matching/placeholders.py, with_capitals;
- an acronym's plural ("PCs" / "PC"): matching/namespelling.py;
- a name inside a hyphenated compound ("group ID" / "Gruppen-ID-Bits"):
  matching/compoundnames.py, hyphen_parts; a technical name in a German compound
  ("GNU/Linux-orientierte", "debian-devel-Liste"): matching/technames.py;
- a common word opening the claim ("Setting ...") read as a person acting: matching/roles.py.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.anchors import name_key, read_anchors
from sourcecheck.matching.compoundnames import hyphen_parts
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namespelling import singular_acronym
from sourcecheck.matching.placeholders import in_capitals, placeholders, with_capitals
from sourcecheck.matching.technames import identifiers
from sourcecheck.matching.wordpairs import Alignment

needs_dictionaries = pytest.mark.skipif(
    not (bilingual.available() and wordnet.available()),
    reason="FreeDict's dictionaries and WordNet read the ordinary words",
)

AROUND = {
    "en": ("The ls command lists the contents of directories and is part of the GNU core "
           "utilities. ", " Exit status is 0 if everything went fine and 2 if there was "
           "serious trouble."),
    "de": ("Der Befehl ls listet den Inhalt von Verzeichnissen auf und gehört zu den "
           "GNU-Kernwerkzeugen. ", " Der Exit-Status ist 0, wenn alles in Ordnung war, und 2 "
           "bei ernsthaften Problemen."),
    "ru": ("Команда ls выводит содержимое каталогов и входит в основные утилиты GNU. ",
           " Код выхода равен 0, если всё в порядке, и 2 при серьёзных проблемах."),
}  # fmt: skip


def _flags(quote: str, language: str, passage: str, passage_language: str) -> list[str]:
    before, after = AROUND[passage_language]
    found = match_meaning(
        quote, before + passage + after, language=language, text_language=passage_language
    )
    assert found.status == "reworded", found.reason
    assert found.span is not None
    assert passage[:20] in found.span.slice(before + passage + after) + passage[:20]
    return found.flags


# --- the pieces -------------------------------------------------------------------------


def test_words_in_capitals_and_their_plurals() -> None:
    assert [in_capitals(w) for w in ("COLS", "FILEs", "DATEIen", "КРИТЕРИЙ", "IDs")] == [
        "COLS", "FILE", "DATEI", "КРИТЕРИЙ", "ID"]  # fmt: skip
    assert [in_capitals(w) for w in ("Cols", "X", "UTF-8", "SHell", "McCOY")] == [None] * 5


@needs_dictionaries
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("-w, --width=COLS set output width to COLS; see GNU and NVRAM", "en", {"COLS"}),
        ("ls [OPTION]... [FILE]... lists the FILEs", "en", {"OPTION", "FILE"}),
        ("-w, --width=BREITE setzt die Breite der Ausgabe auf BREITE", "de", {"BREITE"}),
        ("--color[=WANN] färbt die Ausgabe", "de", {"WANN"}),
        ("--sort=КРИТЕРИЙ сортировать по КРИТЕРИЮ", "ru", {"КРИТЕРИЙ"}),
        # real names and acronyms set as an option's value stay names: no dictionary word
        ("--signal=SIGPIPE sends SIGPIPE; LC_CTYPE=UTF", "en", set()),
        ("--with-ssl=GNUTLS baut mit GNUTLS", "de", set()),
        ("--with-ssl=OPENSSL собирает с OPENSSL", "ru", set()),
        # a word in capitals that no option takes is not read as a placeholder
        ("success is treated as the logical TRUE; see GNU", "en", set()),
    ],
)
def test_placeholders_are_an_options_ordinary_words(text: str, language: str, expected) -> None:
    assert placeholders(text, language) == expected


@needs_dictionaries
def test_placeholders_are_no_names_real_acronyms_stay_names() -> None:
    en = read_anchors("-w, --width=COLS set output width to COLS, as GNU and POSIX say.", "en")
    assert en.names == ("GNU", "POSIX")
    de = read_anchors("--sort=WORT nach WORT sortieren, wie GNU es tut; das Signal SIGPIPE.", "de")
    assert de.names == ("GNU", "SIGPIPE")
    ru = read_anchors("--sort=КРИТЕРИЙ сортировать по КРИТЕРИЮ, как в GNU и POSIX.", "ru")
    assert ru.names == ("GNU", "POSIX")  # "КРИТЕРИЮ": the placeholder declined
    kept = read_anchors("--with-ssl=OPENSSL builds the transport with OPENSSL.", "en")
    assert kept.names == ("OPENSSL", "OPENSSL")


@needs_dictionaries
def test_words_in_capitals_paired_with_their_translation_in_capitals() -> None:
    def pairs(quote: str, language: str, passage: str, other: str) -> list[tuple[str, str]]:
        found = with_capitals(Alignment(1, ()), quote, language, passage, other)
        return [(p.quote, p.passage) for p in found.pairs]

    assert pairs("the logical TRUE", "en", "als logisches WAHR", "de") == [("TRUE", "WAHR")]
    assert pairs("use quoting style WORD", "en", "стиль экранирования СЛОВО", "ru") == [
        ("WORD", "СЛОВО")]  # fmt: skip
    assert pairs("стиль экранирования СЛОВО", "ru", "quoting style WORD", "en") == [
        ("СЛОВО", "WORD")]  # fmt: skip
    # no translation of each other, or not in capitals: no pair
    assert pairs("the logical TRUE", "en", "als logisches FALSCH", "de") == []
    assert pairs("the logical TRUE", "en", "als logisch wahr", "de") == []
    assert pairs("the GNU tools", "en", "die BSD-Werkzeuge von BSD", "de") == []


def test_an_acronyms_plural_is_the_acronym() -> None:
    assert [singular_acronym(w) for w in ("PCs", "CD-ROMs", "IDs", "FIFOs")] == [
        "PC", "CD-ROM", "ID", "FIFO"]  # fmt: skip
    assert [singular_acronym(w) for w in ("Is", "Hans", "GNU", "Paris", "As")] == [
        "Is", "Hans", "GNU", "Paris", "As"]  # fmt: skip
    assert name_key("PCs") == name_key("PC") != name_key("Macs")
    assert name_key("GPU's") == name_key("GPU")


def test_a_compounds_parts_spell_a_name() -> None:
    assert hyphen_parts(["des", "Gruppen-ID-Bits", "BSD-ähnliche", "set-group-ID"]) == [
        "Gruppen", "ID", "Bits", "BSD", "ID"]  # fmt: skip
    assert hyphen_parts(["well-known", "GNU", "non-free"]) == []


# --- end to end -------------------------------------------------------------------------

PLACEHOLDERS = [
    # walk112 xc-en-ru-05, xc-ru-en-06, xc-en-de-05 in their shape
    ("--sort=КРИТЕРИЙ сортировать по КРИТЕРИЮ вместо имени: size (-S), time (-t), version (-v)",
     "ru", "--sort=WORD sort by WORD instead of name: size (-S), time (-t), version (-v)", "en"),
    ("--quoting-style=WORD use quoting style WORD for entry names: literal, locale, shell, c, "
     "escape", "en", "--quoting-style=СЛОВО использовать стиль экранирования СЛОВО для имён "
     "записей: literal, locale, shell, c, escape", "ru"),
    ("-w, --width=COLS set output width to COLS. 0 means no limit", "en",
     "-w, --width=ЧИСЛО устанавливает ширину вывода в ЧИСЛО колонок. 0 означает отсутствие "
     "ограничения.", "ru"),
    ("-w, --width=BREITE setzt die Breite der Ausgabe auf BREITE. Wenn 0 angegeben wird, ist "
     "die Ausgabebreite nicht begrenzt.", "de", "-w, --width=COLS set output width to COLS. 0 "
     "means no limit.", "en"),
    # walk112 xc-en-de-07: a common word in capitals and its translation in capitals
    ("In the logical context of the shell, success is treated as the logical TRUE, which has 0 "
     "as its value.", "en", "Im logischen Zusammenhang der Shell wird Erfolg als logisches "
     "WAHR betrachtet, was 0 als Wert bedeutet.", "de"),
    # walk112 rt-ru-en-08: "PCs" is "PC"
    ("On PCs that memory is battery-powered CMOS, although outside the PC world it is called "
     "NVRAM.", "en", "This memory in the PC is battery-backed CMOS memory; outside of the PC "
     "world, it is usually called NVRAM (nonvolatile RAM).", "en"),
    # walk112 xc-en-de-08: "ID" inside "Gruppen-ID-Bits"; "Setting" no person acting
    ("Setting the set group ID bit on a directory enables the BSD-like file creation scheme.",
     "en", "Das Setzen des Setze-Gruppen-ID-Bits eines Verzeichnisses aktiviert das "
     "BSD-ähnliche Dateierstellungs-Schema.", "de"),
    ("Setting the set group ID bit on a directory enables the BSD-like file creation scheme.",
     "en", "Установка бита set-group-ID на каталоге включает BSD-подобную схему создания "
     "файлов.", "ru"),
]  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(("quote", "language", "passage", "passage_language"), PLACEHOLDERS)
def test_true_translations_of_technical_text_have_no_name_flag(
    quote: str, language: str, passage: str, passage_language: str
) -> None:
    flags = _flags(quote, language, passage, passage_language)
    assert "name" not in flags and "roles" not in flags, flags


SWAPS = [
    # an acronym in an option's place, another there: no dictionary word, a name
    ("--with-ssl=OPENSSL builds the secure transport with OPENSSL for every connection", "en",
     "--with-ssl=GNUTLS builds the secure transport with GNUTLS for every connection", "en"),
    ("--with-ssl=OPENSSL builds the secure transport with OPENSSL for every connection", "en",
     "--with-ssl=GNUTLS собирает защищённый транспорт с GNUTLS для каждого соединения", "ru"),
    # another acronym in the compound's or the plural's place
    ("Setting the set group ID bit on a directory enables the BSD-like file creation scheme.",
     "en", "Установка бита set-group-ID на каталоге включает SysV-подобную схему создания "
     "файлов.", "ru"),
    ("Auf PCs ist dieser Speicher batteriegepuffertes CMOS, außerhalb der PC-Welt heißt er "
     "NVRAM.", "de", "This memory in the Amiga is battery-backed CMOS memory; outside of the "
     "Amiga world, it is usually called NVRAM (nonvolatile RAM).", "en"),
    ("На PC эта память — CMOS с батарейным питанием, а вне мира PC её называют NVRAM.", "ru",
     "On Amigas this memory is battery-backed CMOS memory; outside of the Amiga world, it is "
     "usually called NVRAM (nonvolatile RAM).", "en"),
    ("On PCs that memory is battery-powered CMOS, although outside the PC world it is called "
     "NVRAM.", "en", "This memory in the Mac is battery-backed CMOS memory; outside of the Mac "
     "world, it is usually called NVRAM (nonvolatile RAM).", "en"),
]  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(("quote", "language", "passage", "passage_language"), SWAPS)
def test_a_real_name_in_anothers_place_stays_flagged(
    quote: str, language: str, passage: str, passage_language: str
) -> None:
    assert "name" in _flags(quote, language, passage, passage_language)


# --- a German compound of a technical name (matching/technames.py) ---------------------


@needs_dictionaries
def test_a_german_compound_of_an_identifier_is_the_identifier() -> None:
    text = ("Nicht nur GNU/Linux-orientierte Texte; das /usr/local/bin-Verzeichnis, die "
            "debian-devel-Liste, python3-apt, das Debian-Projekt, nicht-kompatiblen")  # fmt: skip
    assert [i.text for i in identifiers(text, "de")] == [
        "GNU/Linux", "/usr/local/bin", "debian-devel", "python3-apt"]  # fmt: skip


GERMAN_COMPOUNDS = [
    ("Lokale Programme gehören in das /usr/local/{}-Verzeichnis, nicht nach /usr/bin.",
     "Local programs belong in the /usr/local/bin directory, not in /usr/bin.", "bin", "sbin"),
    ("Fragen zur Veröffentlichung gehören auf die {}-Liste, bevor etwas hochgeladen wird.",
     "Questions about the release belong on the debian-devel list before anything is "
     "uploaded.", "debian-devel", "debian-user"),
]  # fmt: skip


@needs_dictionaries
@pytest.mark.parametrize(("quote", "passage", "same", "other"), GERMAN_COMPOUNDS)
def test_german_compounds_of_technical_names_compared_as_the_names(
    quote: str, passage: str, same: str, other: str
) -> None:
    assert "name" not in _flags(quote.format(same), "de", passage, "en")
    assert "name" in _flags(quote.format(other), "de", passage, "en")  # another list, path
