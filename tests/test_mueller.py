"""Müller's English-Russian dictionary (issue 10): its entries read for their one-word
translations, looked up English into Russian beside FreeDict's and read backwards for Russian
into English, Müller's first translations first, a Russian word found by its dictionary form
when its Snowball stem is not listed.

The reader's tests build a small database of their own in Müller's layout; the others read
Debian's ``mueller7-dict`` (``make dictionaries`` installs it). Passages are ours.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sourcecheck.matching import bilingual, mueller
from sourcecheck.matching.crossantonyms import opposed
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.mueller import translations_of
from sourcecheck.matching.opposites import OPPOSITE

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

GOVERNOR = """governor
   [↗gʌvɜnɜ] _n.
   1) правитель
   2) губернатор
   3) комендант (крепости); начальник (тюрьмы)
   5) _разг. отец
   8) _тех. регулятор
"""
FATHER = """father
   [↗fɑ:ðɜ]
   1. _n.
      1) отец; he is a father of two у него двое детей
      2) предок, праотец
   2. _v. усыновлять
"""
BED = """bed
   [bɛd]
   1. _n.
      1) постель, кровать, ложе; bed of straw соломенный тюфяк; to go to bed
      ложиться спать
      2) _поэт. могила
"""
FORBID = """forbid
   [fɜ↗bɪd] _v. запрещать; не позволять; time forbids время не позволяет
"""
CHIEF = """chief
   [tʃi:f]
   1. _n.
      1) глава, вождь
      2) начальник, руководитель; шеф
"""
DIARIST = """diarist
   [↗daɪɜrɪst] _n. человек, ведущий дневник
"""
LABEL = """_a.
   adjective имя прилагательное
"""


def test_an_entry_gives_its_translations_in_order_without_examples() -> None:
    assert translations_of(GOVERNOR) == [
        "правитель", "губернатор", "комендант", "начальник", "отец", "регулятор"
    ]  # fmt: skip
    # "he is a father of two у него двое детей" is an example: its Russian is no translation
    assert translations_of(FATHER) == ["отец", "предок", "праотец", "усыновлять"]
    assert translations_of(BED) == ["постель", "кровать", "ложе", "могила"]


def test_a_negated_translation_and_a_definition_are_no_translations() -> None:
    # "не позволять" is the opposite of "позволять": never read as "forbid"
    assert translations_of(FORBID) == ["запрещать"]
    # "человек, ведущий дневник" defines a diarist: "человек" alone is not one
    assert translations_of(DIARIST) == []
    assert translations_of("headword only") == []


def test_homonyms_and_labels_are_read_past() -> None:
    entry = "refuse\n   _I  [x] _v.\n      1) отказывать, отвергать\n   _II [y]\n" + (
        "         1. _n. отбросы; мусор\n         2. _a. _разг. негодный\n"
    )
    assert translations_of(entry) == ["отказывать", "отвергать", "отбросы", "мусор", "негодный"]


def _write(folder: Path, entries: list[str]) -> None:
    """``entries`` as a dictd database named as Debian's (``mueller7``): plain gzip, which
    the reader inflates whole."""
    text, lines = b"", []
    for entry in entries:
        data = entry.encode()
        head = entry.split("\n", 1)[0]
        lines.append((head.encode(), f"{head}\t{_b64(len(text))}\t{_b64(len(data))}"))
        text += data
    index = "\n".join(line for _, line in sorted(lines)) + "\n"
    (folder / "mueller7.index").write_text(index, encoding="utf-8")
    (folder / "mueller7.dict.dz").write_bytes(gzip.compress(text))


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def _fresh() -> None:
    for cached in (bilingual._dictionary, bilingual._mueller, bilingual._mueller_table,
                   bilingual._russian_english, bilingual.translations,
                   bilingual.translated_words, bilingual.translate_each_other):  # fmt: skip
        cached.cache_clear()


@pytest.fixture
def own_mueller(tmp_path: Path, monkeypatch):
    _write(tmp_path, [GOVERNOR, FATHER, BED, FORBID, CHIEF, DIARIST, LABEL])
    monkeypatch.setenv("FREEDICT_DIR", str(tmp_path))  # no FreeDict database there
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _fresh()
    yield tmp_path
    _fresh()


def test_english_words_are_looked_up_in_it(own_mueller) -> None:
    assert bilingual.translated_words("governors", "en", "ru")[:2] == ("правитель", "губернатор")
    assert bilingual.translated_words("forbids", "en", "ru") == ("запрещать",)
    assert bilingual.dictionaries() == "Mueller en-ru"


def test_russian_words_are_read_backwards_first_translations_first(own_mueller) -> None:
    assert bilingual.translated_words("губернатора", "ru", "en") == ("governor",)
    # "начальник" is chief's second sense and governor's third
    assert bilingual.translated_words("начальника", "ru", "en") == ("chief", "governor")
    # "отец" is father's first sense, and governor's fifth: a rare sense, not read backwards
    assert bilingual.translated_words("отцу", "ru", "en") == ("father",)
    assert bilingual.translated_words("запрещали", "ru", "en") == ("forbid",)
    assert bilingual.translated_words("позволять", "ru", "en") == ()  # "не позволять"
    assert bilingual.translated_words("человек", "ru", "en") == ()
    assert bilingual.translate_each_other("губернатору", "ru", "governor", "en")
    assert not bilingual.translate_each_other("губернатору", "ru", "father", "en")


def test_a_russian_word_is_found_by_its_dictionary_form(own_mueller) -> None:
    # Snowball stems "кровати" "кроват" and "кровать" "кров" (read as a verb's ending): the
    # word's dictionary form, "кровать", finds it
    assert bilingual.translated_words("кровати", "ru", "en") == ("bed",)
    assert bilingual.translated_words("могилой", "ru", "en") == ("bed",)


def test_the_backwards_table_is_kept_in_the_cache_folder(own_mueller) -> None:
    assert bilingual.translated_words("губернатора", "ru", "en") == ("governor",)
    tables = [p.name for p in (own_mueller / "cache" / "sourcecheck").iterdir()]
    assert sorted(t.startswith("mueller7.dict.dz-") for t in tables) == [True, True]
    backwards = f"-ru-en-r{mueller.READING}s{mueller.SENSES}.sqlite"
    assert sorted(t.endswith(backwards) for t in tables) == [False, True]


def test_without_a_cache_folder_it_is_read_in_memory(own_mueller, monkeypatch) -> None:
    blocked = own_mueller / "blocked"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _fresh()
    assert bilingual.translated_words("начальника", "ru", "en") == ("chief", "governor")
    assert bilingual.translated_words("governor", "en", "ru")[1] == "губернатор"


def test_without_its_files_russian_has_freedicts_words_only(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FREEDICT_DIR", str(tmp_path))
    _fresh()
    try:
        assert bilingual.translated_words("губернатора", "ru", "en") == ()
        assert bilingual.dictionaries() == "none"
    finally:
        _fresh()


debian = pytest.mark.skipif(
    bilingual._mueller() is None, reason="Debian's mueller7-dict missing (make test installs it)"
)


@debian
@pytest.mark.parametrize(
    ("russian", "english"),
    [("губернатора", "governor"), ("казначею", "treasurer"), ("кровати", "bed"),
     ("памяти", "memory"), ("отказывался", "refuse"), ("свободного", "free"),
     ("председателем", "chairman")],
)  # fmt: skip
def test_debians_dictionary_translates_russian_words(russian, english) -> None:
    assert english in bilingual.translated_words(russian, "ru", "en")
    assert bilingual.translate_each_other(russian, "ru", english, "en")
    assert bilingual.translate_each_other(english, "en", russian, "ru")


@debian
@pytest.mark.parametrize(
    ("english", "russian", "opposite"),
    [("quickly", "медленно", True), ("heavier", "легче", True), ("narrow", "широкий", True),
     # a cognate of the opposite ("horizontal"), though a rare sense of one of the word's
     # English words ("point-blank") shares a sense with "vertical"
     ("vertical", "горизонтальное", True),
     # "особенно" gives "particularly", which WordNet sets against "usual"; "седьмого" gives
     # "seventh", the ordinal WordNet sets against the cardinal; "конца" gives "bottom" among
     # 20 words, set against "side": none is given forwards for an opposite of the English word
     ("usual", "особенно", False), ("six", "седьмого", False), ("side", "конца", False),
     # a posture places a thing as each language places it
     ("lay", "стояла", False), ("lighter", "легче", False)],
)  # fmt: skip
def test_russian_opposites_are_read_only_where_the_dictionary_gives_them_forwards(
    english, russian, opposite
) -> None:
    assert opposed(english, russian, "ru") is opposite


FERRY_RU = (
    "Паром у старой мельницы\n\n"
    "Железная цепь парома была легче каната, который она заменила, и заржавела за один год. "
    "Паромщик медленно переводил тяжёлую лодку через реку. Его дом стоял на высоком берегу, "
    "среди старых лип, и зимой в нём было особенно холодно.\n\n"
    "Весной губернатор приехал посмотреть на новую пристань и остался ею доволен.\n"
)


@debian
@pytest.mark.parametrize(
    ("claim", "flags", "there"),
    [("The ferry's iron chain was lighter than the rope it replaced, and it rusted within a "
      "single year.", [], "Железная цепь"),
     ("The ferry's iron chain was heavier than the rope it replaced, and it rusted within a "
      "single year.", [OPPOSITE], "Железная цепь"),
     ("His house lay on the high bank among the old lime trees, and in winter it was "
      "particularly cold inside.", [], "Его дом"),
     ("In spring the governor came to look at the new landing stage and was pleased with it.",
      [], "Весной губернатор")],
)  # fmt: skip
def test_english_claims_against_a_russian_source(claim, flags, there) -> None:
    result = match_meaning(claim, FERRY_RU, language="en", text_language="ru")
    assert result.status == REWORDED and result.flags == flags, result.reason
    assert result.span is not None and result.span.slice(FERRY_RU).startswith(there)
    if flags:
        assert "“heavier” where the source says the opposite, “легче”" in result.reason
