"""Terms swapped across languages, "the same" / "a different" version by a cognate of a
synonym, office nouns, frequency words between German and Russian (task terms112: walk112
ch-name-18-de-en and ch-name-11-ru-en, fresh-clone findings of 2026-11-28).

- a lower-case technical name of a claim against another in a passage of another language,
  a German compound carrying it ("das mtime-Attribut" / "the atime attribute":
  matching/barenames.py), and a name a translated claim keeps that the passage leaves out
  beside a word it renders ("кодировка ASCII": matching/unnamedterms.py): ``name``;
- "вариант" / "Variante" read as "version" (a cognate of a WordNet synonym:
  matching/synonymcognates.py), so "the same" / "a different" version is ``opposite``;
- "The secretary reported that ..." at "Секретарь сообщил, что ...": no ``speaker`` alarm
  (matching/framespeaker.py reads the noun across languages);
- "selten" / "часто" (German and Russian, no English side): ``opposite``;
- "Сопровождающий загружает пакет" (a participle for a noun): the subject, no false ``roles``;
- the word matcher's "the treasurer" for "the secretary": another person (``roles``).
"""

from __future__ import annotations

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.agreement import clause_subjects
from sourcecheck.matching.barenames import bare_stand_in
from sourcecheck.matching.framespeaker import unshown_speaker
from sourcecheck.matching.match import match_quote
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.offices import other_office
from sourcecheck.matching.synonymcognates import synonym_cognate, with_synonym_cognates
from sourcecheck.matching.wordpairs import Alignment, WordPair

pytestmark = pytest.mark.skipif(
    not (wordnet.available() and bilingual.available()), reason="no WordNet or dictionaries"
)

CONTEXT = {
    "en": "The weather had been bad for days. The shop on the corner closed early. ",
    "de": "Das Wetter war seit Tagen schlecht. Der Laden an der Ecke schloss früh. ",
    "ru": "Погода была плохой уже несколько дней. Лавка на углу закрылась рано. ",
}


def _rendered(quote: str, language: str, rendering: str, text_language: str):
    text = f"{CONTEXT[text_language]}\n\n{rendering}\n\n{CONTEXT[text_language]}"
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED, result.reason
    return result


# -- terms swapped across languages (barenames, unnamedterms) --


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language", "expected"),
    [
        ("Das Lesen einer Datei ändert das mtime-Attribut der Datei.", "de",
         "Reading a file changes the atime attribute of the file.", "en", ("mtime", "atime")),
        ("Reading changes the mtime attribute of the file.", "en",
         "Чтение меняет атрибут atime у файла.", "ru", ("mtime", "atime")),
        ("Installieren Sie das python3-Paket, um das Skript auszuführen.", "de",
         "Установите пакет python2, чтобы запустить сценарий.", "ru", ("python3", "python2")),
    ],
)  # fmt: skip
def test_a_term_in_another_term_s_place(quote, language, passage, passage_language, expected):
    assert bare_stand_in(quote, language, passage, passage_language) == expected


def test_a_term_beside_a_pair_in_another_order():
    quote = "Поле mtime меняется при каждом чтении файла в старых системах."
    passage = "On old systems every read of a file changes the atime field."
    pair = WordPair("Поле", 0, "field", passage.index("field"), 0.8)
    assert bare_stand_in(quote, "ru", passage, "en") is None  # far apart in their texts
    assert bare_stand_in(quote, "ru", passage, "en", Alignment(3, (pair,))) == ("mtime", "atime")
    # beside two words the languages share: a German compound's head
    quote = "Auf dem alten System ändert das Lesen einer Datei ihr mtime-Attribut."
    passage = "The atime attribute changes when a file is read on the old system."
    assert bare_stand_in(quote, "de", passage, "en") == ("mtime", "atime")


@pytest.mark.parametrize(
    ("quote", "language", "passage", "passage_language"),
    [
        ("Das Lesen einer Datei ändert das atime-Attribut der Datei.", "de",
         "Reading a file changes the atime attribute of the file.", "en"),
        # two words no dictionary knows in two Latin-script texts: no names
        ("Sie schwieg lange, dann fand sie den Brief.", "de",
         "She kept an excusal silence, then found the letter.", "en"),
        ("He said it because he was tired himself.", "en",
         "Er sagte es, desto müder er selbst war.", "de"),
        # one language: the word matcher compares the words
        ("Reading a file changes the mtime attribute.", "en",
         "Reading a file changes the atime attribute.", "en"),
    ],
)  # fmt: skip
def test_no_term_in_another_term_s_place(quote, language, passage, passage_language):
    assert bare_stand_in(quote, language, passage, passage_language) is None


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Das Lesen einer Datei ändert das mtime-Attribut der Datei auf einem historischen "
         "Unix-System.", "de",
         "Reading a file changes the atime attribute of the file on the historic Unix "
         "system.", "en", True),  # walk112 ch-name-18-de-en
        ("Das Lesen einer Datei ändert das atime-Attribut der Datei auf einem historischen "
         "Unix-System.", "de",
         "Reading a file changes the atime attribute of the file on the historic Unix "
         "system.", "en", False),
        ("Чтение файла изменяет атрибут mtime этого файла в старых системах Unix.", "ru",
         "Reading a file changes the atime attribute of the file on the historic Unix "
         "system.", "en", True),
        ("Reading a file changes the mtime attribute of the file on old Unix systems.", "en",
         "Чтение файла изменяет атрибут atime этого файла в старых системах Unix.", "ru",
         True),
        ("Reading a file changes the atime attribute of the file on old Unix systems.", "en",
         "Чтение файла изменяет атрибут atime этого файла в старых системах Unix.", "ru",
         False),
        ("Если начальная кодировка не задана, то по умолчанию используется кодировка ASCII.",
         "ru",
         "If no from-encoding is given, the default is derived from the current locale's "
         "character encoding.", "en", True),  # walk112 ch-name-11-ru-en
        ("Если начальная кодировка не задана, то по умолчанию используется кодировка ASCII.",
         "ru",
         "If no input encoding is given, the ASCII encoding is used by default.", "en", False),
        ("Ist keine Eingabekodierung angegeben, wird standardmäßig die Kodierung ASCII "
         "verwendet.", "de",
         "If no input encoding is given, the default is derived from the current locale's "
         "character encoding.", "en", True),
        ("Ist keine Eingabekodierung angegeben, wird standardmäßig die Kodierung ASCII "
         "verwendet.", "de",
         "If no input encoding is given, the ASCII encoding is used by default.", "en", False),
    ],
)  # fmt: skip
def test_terms_end_to_end(quote, language, rendering, text_language, flagged):
    result = _rendered(quote, language, rendering, text_language)
    assert ("name" in result.flags) is flagged, result.reason
    if flagged:
        assert "CHECK: names differ" in result.reason


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language"),
    [
        # an English claim's placeholder in capitals, translated by the translation
        ("With --width=COLS the output width is set to COLS columns; 0 means no limit.", "en",
         "Mit --width=BREITE wird die Ausgabebreite auf BREITE Spalten gesetzt; 0 bedeutet "
         "keine Begrenzung.", "de"),
        # a German placeholder in capitals is a German word
        ("Mit --width=BREITE wird die Ausgabebreite auf BREITE Spalten gesetzt; 0 bedeutet "
         "keine Begrenzung.", "de",
         "With --width=COLS the output width is set to COLS columns; 0 means no limit.", "en"),
    ],
)  # fmt: skip
def test_translated_placeholders_are_no_missing_term(quote, language, rendering, text_language):
    result = _rendered(quote, language, rendering, text_language)
    assert "names differ (BREITE not there, where" not in result.reason
    assert "names differ (COLS not there, where" not in result.reason


# -- "вариант" / "Variante" read as "version" (synonymcognates) --


def test_a_cognate_of_a_synonym():
    assert synonym_cognate("варианта", "version") and synonym_cognate("Variante", "version")
    assert not synonym_cognate("экземпляр", "version")
    assert not synonym_cognate("варианта", "copy")
    a = with_synonym_cognates(Alignment(2, ()), "из другого варианта кода", "ru",
                              "from another version of the code", "en")  # fmt: skip
    assert [(p.quote, p.passage) for p in a.pairs] == [("варианта", "version")]
    same = with_synonym_cognates(Alignment(2, ()), "из другого варианта", "ru",
                                 "из другой версии", "ru")  # fmt: skip
    assert same.pairs == ()  # across languages only


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Оба пакета собраны из одного и того же варианта исходного кода.", "ru",
         "The two packages are built from a different version of the source code.", "en",
         True),
        ("Оба пакета собраны из одного и того же варианта исходного кода.", "ru",
         "The two packages are built from the same version of the source code.", "en", False),
        ("The two packages are built from the same version of the source code.", "en",
         "Оба пакета собраны из другого варианта исходного кода.", "ru", True),
        ("The two packages are built from a different version of the source code.", "en",
         "Оба пакета собраны из другого варианта исходного кода.", "ru", False),
        ("Beide Pakete werden aus derselben Variante des Quellcodes gebaut.", "de",
         "The two packages are built from a different version of the source code.", "en",
         True),
        ("Beide Pakete werden aus einer anderen Variante des Quellcodes gebaut.", "de",
         "The two packages are built from a different version of the source code.", "en",
         False),
    ],
)  # fmt: skip
def test_same_and_different_version(quote, language, rendering, text_language, flagged):
    result = _rendered(quote, language, rendering, text_language)
    assert ("opposite" in result.flags) is flagged, result.reason


# -- frequency words between German and Russian --


@pytest.mark.parametrize(
    ("quote", "language", "rendering", "text_language", "flagged"),
    [
        ("Der Betreuer lädt das Paket nur selten selbst hoch.", "de",
         "Сопровождающий часто сам загружает пакет.", "ru", True),
        ("Сопровождающий редко сам загружает пакет в архив.", "ru",
         "Der Betreuer lädt das Paket oft selbst in das Archiv hoch.", "de", True),
        ("Die Benutzer lesen die Dokumentation des Pakets selten.", "de",
         "Пользователи часто читают документацию пакета.", "ru", True),
        ("Die Benutzer lesen die Dokumentation des Pakets selten.", "de",
         "Пользователи редко читают документацию пакета.", "ru", False),
        ("Der Betreuer lädt das Paket nur selten selbst hoch.", "de",
         "Сопровождающий редко сам загружает пакет.", "ru", False),
        ("The maintainer rarely uploads the package himself.", "en",
         "Сопровождающий часто сам загружает пакет.", "ru", True),
    ],
)  # fmt: skip
def test_frequency_across_german_and_russian(quote, language, rendering, text_language, flagged):
    result = _rendered(quote, language, rendering, text_language)
    assert ("opposite" in result.flags) is flagged, result.reason
    assert "roles" not in result.flags, result.reason  # "Сопровождающий" acts: the subject


# -- a participle for a noun: the subject (agreement) --


def test_a_participle_standing_for_a_noun_is_a_subject():
    assert 0 in (clause_subjects("сопровождающий редко загружает пакет".split(), [2]) or ())
    assert 0 in (clause_subjects("Заведующий открыл склад".lower().split(), [1]) or ())
    # qualifying a noun after it, an adjective is no subject of its own
    found = clause_subjects("новый сопровождающий загружает пакет".split(), [2]) or frozenset()
    assert 0 not in found and 1 in found


@pytest.mark.parametrize(
    ("quote", "rendering"),
    [
        ("The maintainer uploads the package for the sponsor.",
         "Сопровождающий загружает пакет за спонсора."),
        ("The maintainer rarely uploads the package himself.",
         "Сопровождающий редко сам загружает пакет."),
    ],
)  # fmt: skip
def test_no_false_roles_with_a_participle_subject(quote, rendering):
    result = _rendered(quote, "en", rendering, "ru")
    assert "roles" not in result.flags, result.reason


@pytest.mark.parametrize(
    ("quote", "rendering", "flagged"),
    [
        ("The maintainer uploads the package for the sponsor.",
         "Спонсор загружает пакет за сопровождающего.", True),
        ("The maintainer uploads the package for the sponsor.",
         "Сопровождающий загружает пакет за спонсора.", False),
        ("The sponsor uploads the package for the maintainer when the maintainer has no "
         "upload rights.",
         "Сопровождающий загружает пакет за спонсора, когда у спонсора нет прав на загрузку.",
         True),
    ],
)  # fmt: skip
def test_the_doer_only_after_a_preposition_there(quote, rendering, flagged):
    result = _rendered(quote, "en", rendering, "ru")
    assert ("roles" in result.flags) is flagged, result.reason


# -- the speaker of a frame across languages (framespeaker) --

REPORTED = {
    "en": "The secretary reported that the roof of the old school had leaked all through "
    "the winter.",
    "ru": "Секретарь сообщил, что крыша старой школы протекала всю зиму.",
    "de": "Der Sekretär teilte mit, dass das Dach der alten Schule den ganzen Winter über "
    "undicht war.",
}


@pytest.mark.parametrize(
    ("language", "other"), [("en", "ru"), ("en", "de"), ("ru", "en"), ("de", "en"), ("ru", "de")]
)
def test_the_speaker_s_noun_rendered_in_another_language(language, other):
    assert unshown_speaker(REPORTED[language], language, REPORTED[other], None, other) is None


@pytest.mark.parametrize("other", ["ru", "de"])
def test_another_speaker_s_noun_is_still_flagged(other):
    quote = REPORTED["en"].replace("secretary", "treasurer")
    assert unshown_speaker(quote, "en", REPORTED[other], None, other) == "The treasurer"


def test_no_speaker_alarm_on_a_true_translation_through_verify(cli, tmp_path):
    import json

    minutes = tmp_path / "minutes.txt"
    minutes.write_text(
        "Протокол собрания.\n\nПредседатель открыл собрание в семь часов. "
        f"{REPORTED['ru']} Было решено починить её весной.\n",
        encoding="utf-8",
    )
    cli("source", "add", "minutes", "--title", "Протокол", "--author", "Общество",
        "--kind", "book")  # fmt: skip
    assert cli("source", "text", "minutes", minutes, "--language", "ru").exit_code == 0
    for claim, quote in (("true", REPORTED["en"]),
                         ("other", REPORTED["en"].replace("secretary", "treasurer"))):  # fmt: skip
        added = cli("claim", "add", quote, "--source", "minutes", "--id", claim,
                    "--kind", "paraphrase")  # fmt: skip
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["true"]["status"] == items["other"]["status"] == "reworded"
    assert "speaker" not in items["true"]["flags"], items["true"]["reason"]
    assert "speaker" in items["other"]["flags"], items["other"]["reason"]


# -- office nouns exchanged in the word matcher (offices, changedfacts) --


def test_two_offices():
    assert other_office("treasurer", "secretary", "en")
    assert other_office("Schatzmeister", "Sekretär", "de")
    assert not other_office("writer", "author", "en")  # one kind of person
    assert not other_office("guest", "visitor", "en")  # one a kind of the other
    assert not other_office("man", "clerk", "en")  # a noun for anyone
    assert not other_office("secretaries", "secretary", "en")


@pytest.mark.parametrize(
    ("quote", "source", "flagged"),
    [
        ("The chairman thanked the treasurer for the report on the society's accounts.",
         "The chairman thanked the secretary for the report on the society's accounts.", True),
        ("Der Vorsitzende dankte dem Schatzmeister für den Bericht über die Konten des Vereins.",
         "Der Vorsitzende dankte dem Sekretär für den Bericht über die Konten des Vereins.",
         True),
        ("The chairman thanked the writer for the report on the society's accounts.",
         "The chairman thanked the author for the report on the society's accounts.", False),
    ],
)  # fmt: skip
def test_the_word_matcher_s_other_office(quote, source, flagged):
    text = f"The hall was cold. {source} The meeting closed at nine."
    result = match_quote(quote, text)
    assert result.status == "close", result.reason
    assert bool({"roles", "name"} & set(result.flags)) is flagged, result.reason  # German: a name
    assert "word_changed" in result.flags
