"""Technical names are never shared words when they differ (matching/technames.py,
matching/printednames.py): a mailing list, a path, an option or a field name the passage
prints in place of the claim's is a ``name`` flag, in one language and across languages; two
paths exchanged between two places are flagged ``roles`` (walk110's changes, Debian's
documentation in English, German and Russian)."""

from __future__ import annotations

import pytest

from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.technames import identifiers, other_identifier, shape

AROUND = {
    "en": ("The Debian project is an association of individuals who share a common goal. ",
           " Every package in the archive has a maintainer who takes care of it."),
    "de": ("Das Debian-Projekt ist eine Vereinigung von Einzelpersonen mit einem gemeinsamen "
           "Ziel. ", " Jedes Paket im Archiv hat einen Betreuer, der sich darum kümmert."),
    "ru": ("Проект Debian — это объединение людей с общей целью. ",
           " У каждого пакета в архиве есть сопровождающий, который о нём заботится."),
}  # fmt: skip

LIST = "Questions about the release should be discussed on debian-devel before any upload."
LISTS = {
    "en": "Questions about the release should be discussed on {} before any upload.",
    "de": "Fragen zur Veröffentlichung sollten vor jedem Hochladen auf {} besprochen werden.",
    "ru": "Вопросы о выпуске следует обсуждать в {} перед любой загрузкой.",
}
FIELD = "To take part in the work, add yourself to the Uploaders field of the package."
FIELDS = {
    "en": "To take part in the work, add yourself to the {} field of the package.",
    "de": "Um mitzuarbeiten, tragen Sie sich in das Feld {} des Pakets ein.",
    "ru": "Чтобы участвовать в работе, добавьте себя в поле {} пакета.",
}
PATHS = "Locally built programs go into /usr/local/bin and their libraries into /usr/local/lib."
SWAPPED = {
    "de": "Lokal gebaute Programme kommen nach /usr/local/lib und ihre Bibliotheken nach "
    "/usr/local/bin.",
    "ru": "Локально собранные программы помещаются в /usr/local/lib, а их библиотеки — в "
    "/usr/local/bin.",
}


def _found(quote: str, passage: str, language: str):
    before, after = AROUND[language]
    return match_meaning(quote, before + passage + after, language="en", text_language=language)


def test_shapes_of_technical_names_and_words_that_are_none() -> None:
    tokens = ("/etc/default", "--force-sign", "debian-bugs-dist", "sources.list",
              "Standards-Version", "x86_64")  # fmt: skip
    named = {t: shape(t, "en") for t in tokens}
    assert named == {"/etc/default": "path", "--force-sign": "option",
                     "debian-bugs-dist": "joined", "sources.list": "file",
                     "Standards-Version": "field", "x86_64": "joined"}  # fmt: skip
    words = ("well-known", "non-commercial", "co-maintainers", "and/or", "e.g.", "z.B.",
             "Brest-Litovsk", "McCarthy", "Debian")  # fmt: skip
    assert [shape(w, "en") for w in words] == [None] * len(words)
    assert shape("Debian-Projekt", "de") is None  # a German compound, no field name


def test_identifiers_are_read_whole_with_their_punctuation_off() -> None:
    text = "Write to debian-devel@lists.debian.org, read “debian/control”: run `dh --with python3`."
    found = [(i.text, i.shape) for i in identifiers(text, "en")]
    assert found == [("debian-devel@lists.debian.org", "address"), ("debian/control", "path"),
                     ("--with", "option")]  # fmt: skip


def test_another_identifier_of_the_same_shape_stands_in_the_claims() -> None:
    assert other_identifier("Use the --no-sign option.", "en",
                            "Benutzen Sie die Option --force-sign.", "de") == (
        "--no-sign", "--force-sign")  # fmt: skip
    # of another shape, or printed on both sides: nothing to say
    assert other_identifier("Use the --no-sign option.", "en",
                            "Benutzen Sie die Option aus /etc/default.", "de") is None  # fmt: skip
    assert other_identifier("Use --no-sign, not --sign.", "en",
                            "Nicht --sign, sondern --no-sign.", "de") is None  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_another_mailing_list_is_no_shared_word_but_a_name_flag(language: str) -> None:
    r = _found(LIST, LISTS[language].format("debian-bugs-dist"), language)
    assert r.status == "reworded" and "name" in r.flags
    assert not any("debian-bugs-dist" in w for w in r.evidence.shared_words)
    assert "names differ (debian-devel not there; it names debian-bugs-dist)" in r.reason


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_the_same_mailing_list_is_a_shared_word_without_a_flag(language: str) -> None:
    r = _found(LIST, LISTS[language].format("debian-devel"), language)
    assert r.status == "reworded" and r.flags == []
    assert "debian-devel" in r.evidence.shared_words


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_another_field_name_is_a_name_flag(language: str) -> None:
    changed = _found(FIELD, FIELDS[language].format("Maintainer"), language)
    assert changed.status == "reworded" and "name" in changed.flags
    assert "Uploaders" in changed.evidence.missing_names
    kept = _found(FIELD, FIELDS[language].format("Uploaders"), language)
    assert kept.status == "reworded" and kept.flags == []


def test_a_field_name_is_not_shared_with_a_word_it_begins() -> None:
    quote = "Co-maintainers add themselves to the Uploaders field and upload new versions."
    r = _found(quote, quote.replace("Uploaders", "Maintainer"), "en")
    assert "Uploaders" not in r.evidence.shared_names and "name" in r.flags


def test_a_latin_word_of_a_russian_passage_is_a_counterpart_only_as_spelled() -> None:
    quote = "Co-maintainers add themselves to the Uploaders field and upload new versions."
    r = _found(quote, "Сопровождающие добавляют себя в поле Maintainer и загружают новые версии.",
               "ru")  # fmt: skip
    assert "name" in r.flags
    assert not any(w.endswith("/Maintainer") for w in r.evidence.shared_words)


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_another_path_is_a_name_flag(language: str) -> None:
    passage = {
        "en": "The configuration files of the package are kept in /etc/alternatives.",
        "de": "Die Konfigurationsdateien des Pakets liegen in /etc/alternatives.",
        "ru": "Файлы конфигурации пакета хранятся в /etc/alternatives.",
    }[language]
    r = _found("The configuration files of the package are kept in /etc/default.", passage,
               language)  # fmt: skip
    assert r.status == "reworded" and "name" in r.flags
    assert "/etc/default not there; it names /etc/alternatives" in r.reason


@pytest.mark.parametrize("language", ["de", "ru"])
def test_two_paths_exchanged_across_languages_are_flagged(language: str) -> None:
    r = _found(PATHS, SWAPPED[language], language)
    assert r.status == "reworded" and "roles" in r.flags
    assert "“/usr/local/bin” and “/usr/local/lib” are exchanged" in r.reason


def test_two_paths_exchanged_in_one_language_are_no_rendering() -> None:
    swapped = PATHS.replace("/usr/local/bin", "@").replace("/usr/local/lib", "/usr/local/bin")
    r = _found(PATHS, swapped.replace("@", "/usr/local/lib"), "en")
    assert r.status == "not_found" and "are exchanged" in r.reason


@pytest.mark.parametrize("language", ["de", "ru"])
def test_paths_in_their_places_are_no_exchange(language: str) -> None:
    kept = SWAPPED[language].replace("/usr/local/lib", "@").replace("/usr/local/bin",
                                                                     "/usr/local/lib")  # fmt: skip
    r = _found(PATHS, kept.replace("@", "/usr/local/bin"), language)
    assert r.status == "reworded" and r.flags == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_another_option_is_a_name_flag(language: str) -> None:
    passage = {
        "en": "Run dpkg-buildpackage with the --force-sign option to skip the signature.",
        "ru": "Запустите dpkg-buildpackage с параметром --force-sign, чтобы пропустить подпись.",
    }[language]
    r = _found("Run dpkg-buildpackage with the --no-sign option to skip the signature.", passage,
               language)  # fmt: skip
    assert "name" in r.flags
    assert not any("force-sign" in w for w in r.evidence.shared_words)


@pytest.mark.parametrize(
    ("language", "quote", "changed"),
    [("en", "Run dpkg-buildpackage with the --no-sign option to skip the signature of it.",
      ("no-sign", "force-sign")),
     ("en", "Install the python3-apt package before you run the script on the server.",
      ("python3-apt", "python3-yaml")),
     ("de", "Fragen zur Veröffentlichung sollten vor jedem Hochladen auf debian-devel "
      "besprochen werden.", ("debian-devel", "debian-bugs-dist")),
     ("ru", "Файлы конфигурации этого пакета всегда хранятся в каталоге /etc/default на "
      "сервере.", ("default", "alternatives"))],
)  # fmt: skip
def test_the_word_matcher_flags_another_technical_name(
    language: str, quote: str, changed: tuple[str, str]
) -> None:
    before, after = AROUND[language]
    passage = quote.replace(changed[0], changed[1])
    r = match_quote(quote, before + passage + after, language=language)
    assert r.status == "close" and "name" in r.flags
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [("changed", *changed)]
    assert f"CHECK: it names “{changed[0]}” where the source names “{changed[1]}”" in r.reason


def test_the_word_matcher_keeps_a_technical_name_spelled_the_same() -> None:
    quote = "Run dpkg-buildpackage with the --no-sign option to skip the signature of it."
    before, after = AROUND["en"]
    r = match_quote(quote, before + quote.replace("skip", "omit") + after, language="en")
    assert r.status == "close" and "name" not in r.flags


def test_a_latin_word_of_a_russian_claim_is_shared_only_where_printed() -> None:
    quote = (
        "Чтобы участвовать в работе над пакетом, помощник сопровождающего вписывает своё "
        "имя в поле {} его управляющего файла, чтобы архив принимал его загрузки."
    )
    passage = (
        "To take part in the work on a package, a co-maintainer adds his name to the "
        "Uploaders field of its control file, so that the archive accepts his uploads."
    )
    before, after = AROUND["en"]
    text = before + passage + after
    changed = match_meaning(quote.format("Maintainer"), text, language="ru", text_language="en")
    assert changed.status == "reworded" and "name" in changed.flags
    assert "Maintainer" not in changed.evidence.shared_names
    kept = match_meaning(quote.format("Uploaders"), text, language="ru", text_language="en")
    assert kept.status == "reworded" and kept.flags == []
