"""The word matcher's changed word read for what it changes (task wordstage111, walk111 F1-F2):
an opposite through the dictionary in German and Russian ("das Ende" / "den Anfang") and the
table ("install" / "remove", "включить" / "исключить"); two dictionary words a letter apart
are no spelling variant; another identifier, title or item of the source's own list is
another name; two phrases exchanged are a roles change; across languages (F3), a hyphenated
compound is read by its last part against a word negated by its prefix ("Backward-compatible" /
"несовместимых"). Each with the faithful quote of the
same passage, unflagged. Passages written for these tests, in the manner of Debian's
documentation."""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.changednames import identifier, listed_together, quoted_title
from sourcecheck.matching.dictantonyms import opposed_in
from sourcecheck.matching.exchangedphrases import exchanged_phrases
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.variants import different_words
from sourcecheck.models import Difference, Span

needs_both = pytest.mark.skipif(
    not (bilingual.available() and wordnet.available()),
    reason="FreeDict or WordNet missing (make test installs them)",
)
needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet's files missing")
needs_dictionary = pytest.mark.skipif(not bilingual.available(), reason="FreeDict missing")


def _flags(quote: str, text: str, language: str) -> list[str]:
    result = match_quote(quote, text, language=language)
    assert result.status in ("verbatim", "close", "partial"), result.reason
    return result.flags


# -- opposites -----------------------------------------------------------------------------

CHANGELOG = {
    "de": "Fügen Sie einen neuen Eintrag am Anfang der Datei changelog hinzu, zum Beispiel mit "
    "dch -i, und schreiben Sie dann Ihre Kommentare mit Ihrem Lieblingseditor.",
    "ru": "Новую запись следует добавить в начале файла changelog, например командой dch -i, а "
    "затем вписать свои комментарии в любимом редакторе.",
}


@needs_both
@pytest.mark.parametrize(
    ("language", "changed", "faithful"),
    [("de", "Fügen Sie einen neuen Eintrag am Ende der Datei changelog hinzu, zum Beispiel mit "
            "dch -i, und schreiben Sie dann Ihre Kommentare.",
            "Fügen Sie einen neuen Eintrag am Anfang der Datei changelog hinzu, zum Beispiel mit "
            "dch -i, und schreiben Sie dann Ihre Kommentare."),
     ("ru", "Новую запись следует добавить в конце файла changelog, например командой dch -i, "
            "а затем вписать свои комментарии.",
            "Новую запись следует добавить в начале файла changelog, например командой dch -i, "
            "а затем вписать свои комментарии.")],
)  # fmt: skip
def test_an_opposite_by_the_dictionary_is_flagged_in_german_and_russian(
    language: str, changed: str, faithful: str
) -> None:
    result = match_quote(changed, CHANGELOG[language], language=language)
    assert result.status == "close" and "opposite" in result.flags
    assert "where the source says the opposite" in result.reason
    assert "opposite" not in _flags(faithful, CHANGELOG[language], language)


@needs_both
def test_dictionary_opposites_need_no_shared_translation() -> None:
    assert opposed_in("Ende", "Anfang", "de")
    assert opposed_in("конце", "начале", "ru")  # read by the dictionary form
    assert not opposed_in("Anfang", "Beginn", "de")  # both "beginning"
    assert not opposed_in("Ende", "Schluss", "de")  # both "end"
    assert not opposed_in("end", "beginning", "en")  # English is WordNet's own


REMOVAL = {
    "en": "Description: How much to reward or penalize solutions that remove an Essential "
    "package. Such solutions are rarely what the user wants.",
    "de": "Mit diesem Werkzeug können Sie ein Paket aus dem System entfernen, ohne seine "
    "Konfigurationsdateien anzurühren.",
    "ru": "Противоположный по действию параметр -sd позволит исключить файл с исходным кодом "
    "orig.tar.gz из загрузки.",
}


@pytest.mark.parametrize(
    ("language", "changed", "faithful"),
    [("en", "Description: How much to reward or penalize solutions that install an Essential "
            "package.",
            "Description: How much to reward or penalize solutions that remove an Essential "
            "package."),
     ("de", "Mit diesem Werkzeug können Sie ein Paket aus dem System installieren, ohne seine "
            "Konfigurationsdateien anzurühren.",
            "Mit diesem Werkzeug können Sie ein Paket aus dem System entfernen, ohne seine "
            "Konfigurationsdateien anzurühren."),
     ("ru", "Противоположный по действию параметр -sd позволит включить файл с исходным кодом "
            "orig.tar.gz из загрузки.",
            "Противоположный по действию параметр -sd позволит исключить файл с исходным кодом "
            "orig.tar.gz из загрузки.")],
)  # fmt: skip
def test_install_and_remove_include_and_exclude_are_opposites(
    language: str, changed: str, faithful: str
) -> None:
    result = match_quote(changed, REMOVAL[language], language=language)
    assert "opposite" in result.flags, result.reason
    assert all(d.kind != "spelling" for d in result.differences)  # "включить" is no variant
    assert "opposite" not in _flags(faithful, REMOVAL[language], language)


# -- spelling variants that are two words ---------------------------------------------------


def test_two_russian_dictionary_words_are_no_spelling_variant() -> None:
    assert different_words("включить", "исключить", "ru")
    assert not different_words("пишет", "писал", "ru")  # one verb
    assert not different_words("Грегорыч", "Грегорович", "ru")  # unknown: a variant may be


@needs_wordnet
def test_two_english_dictionary_words_are_no_spelling_variant() -> None:
    assert different_words("affect", "effect", "en")
    assert not different_words("colour", "color", "en")  # one synset
    assert not different_words("agreed", "agrees", "en")  # one lemma
    assert not different_words("tbe", "the", "en")  # a misprint: unknown


@needs_dictionary
def test_two_german_dictionary_words_are_no_spelling_variant() -> None:
    assert different_words("Ursache", "Usache", "de") is False  # unknown: a misprint
    assert not different_words("sagte", "sagten", "de")  # one verb, one translation


@needs_wordnet
def test_a_word_a_letter_from_the_source_word_is_a_changed_word() -> None:
    text = (
        "The new policy will affect every package that ships a shared library, so "
        "maintainers should read it before the freeze begins."
    )
    quote = "The new policy will effect every package that ships a shared library."
    result = match_quote(quote, text, language="en")
    assert [(d.kind, d.quote, d.source) for d in result.differences] == [
        ("changed", "effect", "affect")
    ]
    assert "word_changed" in result.flags
    misprint = match_quote("The new policy will affcet every package that ships a shared library.",
                           text, language="en")  # fmt: skip
    assert [d.kind for d in misprint.differences] == ["spelling"]


# -- another name: identifiers, titles, the source's list ------------------------------------

NAMED = {
    "en": "To follow symbolic links, run the archiver with the -L option; by default it copies "
    "the link itself and never the file it points to, which keeps backups small.",
    "de": "Wenn das Makefile der Quellen das Ziel build braucht, können Sie ein Ziel namens "
    "override_dh_auto_build erstellen, um dies zu ermöglichen.",
    "ru": "Эта строка указывает операционной системе, что файл нужно обработать с помощью "
    "/usr/bin/make, а не оболочкой.",
}


@pytest.mark.parametrize(
    ("language", "changed", "faithful"),
    [("en", "To follow symbolic links, run the archiver with the -H option; by default it "
            "copies the link itself",
            "To follow symbolic links, run the archiver with the -L option; by default it "
            "copies the link itself"),
     ("de", "Wenn das Makefile der Quellen das Ziel build braucht, können Sie ein Ziel namens "
            "override_dh_auto_configure erstellen, um dies zu ermöglichen.",
            "Wenn das Makefile der Quellen das Ziel build braucht, können Sie ein Ziel namens "
            "override_dh_auto_build erstellen, um dies zu ermöglichen."),
     ("ru", "Эта строка указывает операционной системе, что файл нужно обработать с помощью "
            "/usr/bin/perl, а не оболочкой.",
            "Эта строка указывает операционной системе, что файл нужно обработать с помощью "
            "/usr/bin/make, а не оболочкой.")],
)  # fmt: skip
def test_another_identifier_is_another_name(language: str, changed: str, faithful: str) -> None:
    result = match_quote(changed, NAMED[language], language=language)
    assert result.status == "close" and "name" in result.flags
    assert "CHECK: it names" in result.reason  # .technames' note, or .changednames' with its kind
    assert "name" not in _flags(faithful, NAMED[language], language)


def test_identifier_shapes() -> None:
    shaped = ("override_dh_auto_build", "-L", "--append-args", "/usr/lib/", "setup.py",
              "UploadQueue", "debian/rules", "Aptitude::UI")  # fmt: skip
    assert all(map(identifier, shaped))
    assert not any(map(identifier, ("Debian-Richtlinien", "well-known", "e.g", "3.5", "and/or",
                                    "z.B", "Customizing", "т.е", "по-умолчанию")))  # fmt: skip


SECTIONS = (
    "For the details of how scores are computed, see the section called “Costs in the "
    "interactive dependency resolver” and the examples that follow it."
)


def test_another_section_title_is_another_name() -> None:
    quote = (
        "For the details of how scores are computed, see the section called “Costs in the "
        "package hierarchy” and the examples that follow it."
    )
    result = match_quote(quote, SECTIONS, language="en")
    assert "name" in result.flags and "titles:" in result.reason
    assert quoted_title("He said “we shall see about that.” and left.", 10, 12) is None


AREAS = {
    "en": "The archive has three areas: main (free software), contrib and non-free. Packages "
    "in contrib may depend on software outside main, but are themselves free.",
    "de": "Das Archiv ist in drei Bereiche aufgeteilt: main (freie Software), non-free (nicht "
    "wirklich freie Software) und contrib. Für den Bereich contrib verlangen die Richtlinien, "
    "dass es die Regeln für Freie Software erfüllt.",
    "ru": "Архив Debian разделён на три области: main (свободные программы), contrib и "
    "non-free. Пакеты области contrib могут зависеть от несвободных программ, но сами свободны.",
}


@pytest.mark.parametrize(
    ("language", "changed", "synonym"),
    [("en", "Packages in main may depend on software outside main, but are themselves free.",
            "Packages in contrib may rely on software outside main, but are themselves free."),
     ("de", "Für den Bereich main verlangen die Richtlinien, dass es die Regeln für Freie "
            "Software erfüllt.",
            "Für den Bereich contrib fordern die Richtlinien, dass es die Regeln für Freie "
            "Software erfüllt."),
     ("ru", "Пакеты области main могут зависеть от несвободных программ, но сами свободны.",
            "Пакеты области contrib могут опираться на несвободные программы, но сами "
            "свободны.")],
)  # fmt: skip
def test_another_item_of_the_sources_list_is_another_name(
    language: str, changed: str, synonym: str
) -> None:
    result = match_quote(changed, AREAS[language], language=language)
    assert "name" in result.flags and "lists" in result.reason
    other = match_quote(synonym, AREAS[language], language=language)
    assert "name" not in other.flags  # an ordinary word changed: no list holds both


def test_a_list_is_three_items_or_more() -> None:
    assert listed_together("Bereiche: main (frei), non-free (unfrei) und contrib.", "main",
                           "contrib")  # fmt: skip
    assert not listed_together("The main reason is that contrib packages depend on others, "
                               "or so they say.", "contrib", "main")  # fmt: skip


# -- two phrases exchanged -------------------------------------------------------------------

MODES = {
    "en": "When the option is set, in the visual interface aptitude only displays the actions "
    "it would perform; in command-line mode it starts in read-only mode, whether or not you "
    "are root.",
    "de": "Ist die Option gesetzt, zeigt aptitude in der grafischen Oberfläche nur die Aktionen "
    "an, die es ausführen würde; auf der Kommandozeile startet es schreibgeschützt, ob Sie "
    "root sind oder nicht.",
    "ru": "В режиме командной строки заставляет aptitude только отобразить действия, которые "
    "были бы выполнены (вместо их фактического выполнения); в визуальном интерфейсе aptitude "
    "запускается в режиме только для чтения, независимо от того, являетесь вы root или нет.",
}


@pytest.mark.parametrize(
    ("language", "exchanged", "faithful"),
    [("en", "When the option is set, in command-line mode aptitude only displays the actions it "
            "would perform; in the visual interface it starts in read-only mode, whether or not "
            "you are root.", MODES["en"]),
     ("de", "Ist die Option gesetzt, zeigt aptitude auf der Kommandozeile nur die Aktionen an, "
            "die es ausführen würde; in der grafischen Oberfläche startet es schreibgeschützt, "
            "ob Sie root sind oder nicht.", MODES["de"]),
     ("ru", "В визуальном интерфейсе заставляет aptitude только отобразить действия, которые "
            "были бы выполнены (вместо их фактического выполнения); в режиме командной строки "
            "aptitude запускается в режиме только для чтения, независимо от того, являетесь "
            "вы root или нет.", MODES["ru"])],
)  # fmt: skip
def test_two_phrases_exchanged_are_flagged_roles(
    language: str, exchanged: str, faithful: str
) -> None:
    result = match_quote(exchanged, MODES[language], language=language)
    assert "roles" in result.flags  # two changed phrases: .reversal; extra and changed: here
    if language == "ru":  # the first phrase left out of the span, the second changed
        assert "two phrases exchanged" in result.reason
    assert "roles" not in match_quote(faithful, MODES[language], language=language).flags


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [("en", "In command-line mode it only displays the actions; in the visual interface it "
            "starts read-only.", "the visual interface", "command-line mode"),
     ("de", "Auf der Kommandozeile zeigt es nur die Aktionen; in der grafischen Oberfläche "
            "startet es schreibgeschützt.", "grafischen Oberfläche", "Kommandozeile")],
)  # fmt: skip
def test_a_phrase_left_out_of_the_span_and_found_in_the_others_place_is_exchanged(
    language: str, text: str, first: str, second: str
) -> None:
    start = text.index(";") + 2  # the word matcher's span began after the first phrase
    at = text.index(first)
    extra = Difference("extra", f"In {first}", "", Span(0, 4 + len(first)))
    changed = Difference("changed", second, first, Span(60, 60 + len(second)),
                         Span(at, at + len(first)))  # fmt: skip
    span = Span(text.index(second) + len(second), len(text))
    assert exchanged_phrases([extra, changed], text, span, language) == (f"In {first}", second)
    elsewhere = "Preface. " + text[start:]  # the source never says the other phrase
    moved = Span(elsewhere.index(first), elsewhere.index(first) + len(first))
    changed = Difference("changed", second, first, changed.quote_span, moved)
    assert exchanged_phrases([extra, changed], elsewhere, Span(9, len(elsewhere)), language) is None


def test_a_phrase_changed_once_is_no_exchange() -> None:
    text = "Im Textmodus zeigt es nur die Aktionen; im Grafikmodus startet es schreibgeschützt."
    one = [Difference("changed", "Grafikmodus", "Textmodus", Span(3, 14), Span(3, 12))]
    assert exchanged_phrases(one, text, Span(0, len(text)), "de") is None
    both = [*one, Difference("changed", "Textmodus", "Grafikmodus", Span(43, 52), Span(43, 54))]
    assert exchanged_phrases(both, text, Span(0, len(text)), "de") == ("Grafikmodus", "Textmodus")


# -- across languages: a hyphenated compound against a word negated by its prefix ------------

LIBRARIES = {
    "en": "Shared libraries need care. Backward-compatible ABI changes normally let you keep the "
    "SONAME of the library and the name of its package. Other changes need a new SONAME and a "
    "new package name, and the old package stays in the archive until nothing depends on it.",
    "ru": "Разделяемые библиотеки требуют внимания. При обратно несовместимых изменениях ABI "
    "обычно требуется обновить SONAME библиотеки и имя пакета разделяемой библиотеки. Старый "
    "пакет остаётся в архиве, пока от него что-то зависит.",
}


@pytest.mark.parametrize(
    ("language", "changed", "faithful", "text_language"),
    [("en", "Backward-compatible ABI changes normally require you to update the SONAME of the "
            "library and the shared library package name.",
            "Backward-incompatible ABI changes normally require you to update the SONAME of the "
            "library and the shared library package name.", "ru"),
     ("ru", "При обратно несовместимых изменениях ABI обычно можно сохранить SONAME библиотеки и "
            "имя её пакета.",
            "При обратно совместимых изменениях ABI обычно можно сохранить SONAME библиотеки и "
            "имя её пакета.", "en"),
     ("de", "Bei nicht-kompatiblen Änderungen des ABI behalten Sie normalerweise den SONAME der "
            "Bibliothek und den Namen ihres Pakets.",
            "Bei abwärtskompatiblen Änderungen des ABI behalten Sie normalerweise den SONAME der "
            "Bibliothek und den Namen ihres Pakets.", "en")],
)  # fmt: skip
def test_a_hyphenated_compound_is_read_by_its_last_part_against_a_prefixed_negation(
    language: str, changed: str, faithful: str, text_language: str
) -> None:
    text = LIBRARIES[text_language]
    result = match_meaning(changed, text, language=language, text_language=text_language)
    assert result.status == "reworded" and "negation" in result.flags
    assert "a negation on one side only" in result.reason
    same = match_meaning(faithful, text, language=language, text_language=text_language)
    assert same.status == "reworded" and "negation" not in same.flags
