"""Bilingual dictionaries (issue 10): FreeDict's dictd files read with the stdlib (a binary
search over the sorted index, dictzip's chunks inflated one by one), lookups lemmatised by the
Snowball stems; and what the meaning stage does with them across languages: a word and its
translation are counterparts ("Zimmerdecke" / "ceiling"), and an English word and a German or
Russian word whose translation WordNet reads as its opposite are flagged ("dry" / "nassen").

The reader's tests build small dictionaries of their own; the rules' tests read Debian's
(``make test`` installs them: ``make dictionaries``). Passages are ours, written for the tests.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from sourcecheck.matching import bilingual, wordnet
from sourcecheck.matching.crossantonyms import opposed, translated_opposite
from sourcecheck.matching.dictpairs import with_translations
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.opposites import OPPOSITE, opposite_words
from sourcecheck.matching.wordpairs import Alignment, WordPair

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(n: int) -> str:
    out = ""
    while True:
        out = _B64[n % 64] + out
        n //= 64
        if not n:
            return out


def _dictzip(text: bytes, chunk: int) -> bytes:
    """``text`` as a dictzip file: gzip whose header's "RA" field lists its chunks, each
    compressed to a full flush (so that each inflates on its own)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    pieces = []
    for at in range(0, len(text), chunk):
        piece = compressor.compress(text[at : at + chunk])
        last = at + chunk >= len(text)
        piece += compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)
        pieces.append(piece)
    ra = struct.pack("<HHH", 1, chunk, len(pieces)) + b"".join(
        struct.pack("<H", len(p)) for p in pieces
    )
    extra = b"RA" + struct.pack("<H", len(ra)) + ra
    header = b"\x1f\x8b\x08\x0c" + b"\0\0\0\0" + b"\x02\x03" + struct.pack("<H", len(extra))
    header += extra + b"test.dict\0"
    trailer = struct.pack("<II", zlib.crc32(text), len(text) & 0xFFFFFFFF)
    return header + b"".join(pieces) + trailer


ENTRIES = {
    "deu-eng": [
        ("finster", "finster /f/ <adj>\ngloomy <adj>, dark <adj> [obs.]\n   Synonyms: {düster}\n"),
        ("finster", "finster /f/ <adj>\nsinister <adj>\n"),
        ("herb", "herb /h/ <adj>\ndry <adj>, tart <adj>\n"),
        ("herbst", "Herbst /h/ <masc, n, sg>\nautumn <n>, fall <n> [Am.]\n"),
        ("teuer", "teuer /t/ <adj>\nexpensive <adj>, line of sight <n>\n"),
        ("zimmerdecke", "Zimmerdecke /z/ <fem, n, sg>\nceiling <n>\n"),
    ],
    "eng-deu": [
        ("ceiling", "ceiling /s/\nZimmerdecke <fem>, Decke <fem>\n"),
        ("dark", "dark /d/\ndunkel, finster <adj>\n"),
    ],
}


def _write(folder: Path, name: str, entries: list[tuple[str, str]], *, chunk: int) -> None:
    text, lines = b"", []
    for head, body in entries:
        data = (body + "\n").encode()
        lines.append(f"{head}\t{_b64(len(text))}\t{_b64(len(data))}")
        text += data
    (folder / f"freedict-{name}.index").write_text("\n".join(sorted(lines)) + "\n")
    (folder / f"freedict-{name}.dict.dz").write_bytes(_dictzip(text, chunk))


def _fresh() -> None:
    for cached in (bilingual._dictionary, bilingual.translations, bilingual.translated_words,
                   bilingual._russian_english, bilingual.translate_each_other,
                   bilingual._mueller, bilingual._mueller_table):  # fmt: skip
        cached.cache_clear()


@pytest.fixture
def own_dictionaries(tmp_path: Path, monkeypatch):
    for name, entries in ENTRIES.items():
        _write(tmp_path, name, entries, chunk=40)  # entries span several chunks
    monkeypatch.setenv("FREEDICT_DIR", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the tables (.dicttable)
    _fresh()
    yield tmp_path
    _fresh()


def test_the_reader_finds_every_entry_of_a_word_across_chunks(own_dictionaries) -> None:
    book = bilingual._dictionary("de", "en")
    assert book is not None and book.chunk_size == 40 and len(book.chunks) > 5
    entries = [book.entry(*at) for at in book.offsets("finster")]
    assert [e.split("\n")[1] for e in entries] == [
        "gloomy <adj>, dark <adj> [obs.]",
        "sinister <adj>",
    ]
    assert book.offsets("finste") == [] and book.offsets("zzz") == []
    assert bilingual.translated_words("finster", "de", "en") == ("gloomy", "dark", "sinister")
    assert bilingual.dictionaries() == "FreeDict de-en, en-de"


def test_a_plain_gzip_file_is_read_whole(own_dictionaries) -> None:
    data = own_dictionaries / "freedict-eng-deu.dict.dz"
    text = zlib.decompress(data.read_bytes(), 31)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip without dictzip's table
    data.write_bytes(compressor.compress(text) + compressor.flush())
    _fresh()
    assert bilingual.translated_words("ceiling", "en", "de") == ("zimmerdecke", "decke")


def test_translations_are_kept_by_headword_in_the_cache_folder(own_dictionaries) -> None:
    book = bilingual._dictionary("de", "en")
    assert book is not None and book.table is not None
    tables = sorted(p.name for p in (own_dictionaries / "cache" / "sourcecheck").iterdir())
    assert [t.split(".dict.dz")[0] for t in tables] == ["freedict-deu-eng"]  # the one opened
    assert book.table.translations("finster") == ("gloomy", "dark", "sinister")  # both entries
    assert book.table.translations("finste") is None
    book._inflated.clear()
    assert bilingual.translated_words("finsteren", "de", "en") == ("gloomy", "dark", "sinister")
    assert book._inflated == {}  # read from the table: no chunk inflated


def test_without_a_cache_folder_the_entries_are_read(own_dictionaries, monkeypatch) -> None:
    blocked = own_dictionaries / "blocked"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    _fresh()
    book = bilingual._dictionary("de", "en")
    assert book is not None and book.table is None
    assert bilingual.translated_words("finsteren", "de", "en") == ("gloomy", "dark", "sinister")
    assert bilingual.translated_words("Herbst", "de", "en") == ("autumn", "fall")


def test_entries_give_their_one_word_translations() -> None:
    entry = "x /x/\nleave sb./sth. <v>, line of sight <n>, to be careful, [ugs.] bill <n>\n see: y"
    assert bilingual.translations_of(entry) == ["leave", "careful", "bill"]
    assert bilingual.translations_of("headword only") == []


def test_lookups_are_lemmatised_but_a_noun_is_itself(own_dictionaries) -> None:
    assert "dark" in bilingual.translated_words("finsteren", "de", "en")  # finster's stem
    assert "expensive" in bilingual.translated_words("teuren", "de", "en")  # "e" restored
    # "Herbst" is a noun listed as written: not read as "herb" (Snowball's stem of both)
    assert bilingual.translated_words("Herbst", "de", "en") == ("autumn", "fall")
    assert bilingual.translate_each_other("Zimmerdecke", "de", "ceiling", "en")
    assert bilingual.translate_each_other("dark", "en", "finsteren", "de")
    assert not bilingual.translate_each_other("dark", "en", "Herbst", "de")
    assert not bilingual.translate_each_other("dark", "en", "dark", "en")


def test_without_the_files_nothing_is_found_and_the_run_says_so(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("FREEDICT_DIR", str(tmp_path / "none"))
    _fresh()
    try:
        assert not bilingual.available() and bilingual.dictionaries() == "none"
        assert bilingual.translations("finster", "de", "en") == frozenset()
        assert "make dictionaries" in (bilingual.missing_note() or "")
        alignment = Alignment(2, ())
        assert with_translations(alignment, "die Zimmerdecke", "de", "the ceiling", "en") is (
            alignment
        )
        assert translated_opposite("It was dry.", "en", "Es war nass.", "de") is None
    finally:
        _fresh()


debian = pytest.mark.skipif(
    not bilingual.available() or not wordnet.available(),
    reason="FreeDict's dictionaries or WordNet missing (make test installs them)",
)

MILL_DE = (
    "Die Mühle am Wehr\n\n"
    "Im nassen Herbst verkaufte die Witwe des Müllers die alte Mühle einem jungen Schreiber "
    "aus der Stadt. Die schmale Brücke über das Wehr war morsch, und die Karren fuhren "
    "langsam darüber. Der Winter war mild, und der Fluss blieb bis zum März seicht.\n\n"
    "Im Sommer war es in der Mühle wieder still, und die Decke des Kornspeichers war "
    "eingestürzt. Der Sohn des Schreibers ging im Herbst in die Lehre bei einem Schmied.\n"
)
MILL_EN = (
    "The Mill on the Weir\n\n"
    "In the wet autumn the miller's widow sold the old mill to a young clerk from the town. "
    "The narrow bridge over the weir was rotten, and the carts crossed it slowly. The winter "
    "was mild, and the river stayed shallow until March.\n\n"
    "By the summer the mill was quiet again, and the ceiling of the granary had fallen in. "
    "The clerk's son was apprenticed to a smith in the autumn.\n"
)


@debian
@pytest.mark.parametrize(
    ("english", "word", "language"),
    [("dry", "nassen", "de"), ("wide", "schmale", "de"), ("careless", "sorgfältiger", "de"),
     ("deep", "seicht", "de"), ("cheap", "teuren", "de"), ("quickly", "медленно", "ru")],
)  # fmt: skip
def test_an_english_word_and_a_translation_of_its_opposite(english, word, language) -> None:
    assert opposed(english, word, language)
    assert not opposed(english, english if language == "en" else word, "xx")


@debian
@pytest.mark.parametrize(
    ("english", "word"),
    [("wet", "nassen"), ("narrow", "schmale"), ("careful", "sorgfältiger"), ("dark", "finster"),
     ("shallow", "seicht"), ("expensive", "teuren")],
)  # fmt: skip
def test_an_english_word_and_its_translation_are_no_opposites(english, word) -> None:
    assert not opposed(english, word, "de")


@debian
def test_only_words_the_other_side_does_not_render_are_read() -> None:
    quote = "The wide bridge over the weir was rotten, and the carts crossed it slowly."
    passage = "Die schmale Brücke über das Wehr war morsch, und die Karren fuhren langsam darüber."
    assert translated_opposite(quote, "en", passage, "de") == ("wide", "schmale")
    assert opposite_words(quote, "en", passage, "de") == ("wide", "schmale")
    assert translated_opposite(passage, "de", quote, "en") == ("schmale", "wide")
    # the narrow bridge was also there: "narrow" renders "schmale", nothing is opposed
    assert translated_opposite(quote.replace("wide", "narrow"), "en", passage, "de") is None
    # a negation on one side only is the negation check's ("not wide" says "schmale")
    negated = quote.replace("was rotten", "was not wide but rotten").replace("The wide", "The")
    assert opposite_words(negated, "en", passage, "de") is None


@debian
def test_a_word_the_alignment_pairs_is_a_rendering_not_an_opposite() -> None:
    quote = "Der Schreiber las den Brief vor, und die Gäste hörten schweigend zu."
    passage = "The clerk read the letter aloud, and the guests listened in silence."
    # the dictionary gives "silence" for "schweigend" read as its verb, "schweigen"
    # (.verbforms): rendered, it opposes nothing; paired by the alignment, nor does it
    assert translated_opposite(quote, "de", passage, "en") is None
    pair = WordPair(
        "schweigend", quote.index("schweigend"), "silence", passage.index("silence"), 0.7
    )
    alignment = Alignment(6, (pair,))
    assert translated_opposite(quote, "de", passage, "en", alignment) is None
    assert opposite_words(quote, "de", passage, "en", alignment) is None


@debian
def test_translations_pair_the_words_vectors_miss() -> None:
    quote = (
        "Im Sommer war es in der Mühle wieder still, und die Decke des Kornspeichers war "
        "eingestürzt."
    )
    passage = (
        "By the summer the mill was quiet again, and the ceiling of the granary had fallen in."
    )
    pairs = {(p.quote, p.passage) for p in with_translations(Alignment(6, ()), quote, "de",
                                                            passage, "en").pairs}  # fmt: skip
    assert {("Decke", "ceiling"), ("Kornspeichers", "granary"), ("still", "quiet")} <= pairs
    assert ("Mühle", "mill") in pairs
    # names are compared as names, not translated
    named = with_translations(Alignment(1, ()), "in Venedig", "de", "in Venice", "en",
                              names=("Venedig", "Venice"))  # fmt: skip
    assert named.pairs == ()


@debian
@pytest.mark.parametrize(
    ("quote", "language", "text", "words"),
    [("The wide bridge over the weir was rotten, and the carts crossed it slowly.", "en",
      MILL_DE, ("wide", "schmale")),
     ("Der Winter war mild, und der Fluss blieb bis zum März tief.", "de", MILL_EN,
      ("tief", "shallow"))],
)  # fmt: skip
def test_a_rendering_with_an_opposite_across_languages_is_flagged(
    quote, language, text, words
) -> None:
    text_language = "de" if language == "en" else "en"
    result = match_meaning(quote, text, language=language, text_language=text_language)
    assert result.status == REWORDED and OPPOSITE in result.flags, result.reason
    assert f"“{words[0]}” where the source says the opposite, “{words[1]}”" in result.reason


@debian
def test_true_renderings_across_languages_are_found_unflagged() -> None:
    for quote, text, language, there in (
        ("The narrow bridge over the weir was rotten, and the carts crossed it slowly.",
         MILL_DE, "de", "Die schmale Brücke"),
        ("Die schmale Brücke über das Wehr war morsch, und die Karren fuhren langsam darüber.",
         MILL_EN, "en", "The narrow bridge"),
        ("Im Sommer war es in der Mühle wieder still, und die Decke des Kornspeichers war "
         "eingestürzt.", MILL_EN, "en", "By the summer"),
    ):  # fmt: skip
        quote_language = "de" if language == "en" else "en"
        result = match_meaning(quote, text, language=quote_language, text_language=language)
        assert result.status == REWORDED and result.flags == [], result.reason
        assert result.span is not None and result.span.slice(text).startswith(there)


def _verify(cli, tmp_path: Path, db_path: Path):
    text = tmp_path / "mill.txt"
    text.write_text(MILL_DE, encoding="utf-8")
    cli("source", "add", "mill", "--title", "Die Mühle")
    assert cli("source", "text", "mill", text).exit_code == 0
    cli("claim", "add", "The wide bridge over the weir was rotten, and the carts crossed it "
        "slowly.", "--source", "mill", "--id", "bridge", "--kind", "paraphrase")  # fmt: skip
    run = cli("verify")
    conn = sqlite3.connect(db_path)
    parameters = json.loads(conn.execute("SELECT parameters FROM runs").fetchone()[0])
    conn.close()
    return run, parameters


def test_a_run_without_the_dictionaries_warns_and_records_it(
    cli, tmp_path: Path, db_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("FREEDICT_DIR", str(tmp_path / "no-dictionaries"))
    _fresh()
    try:
        run, parameters = _verify(cli, tmp_path, db_path)
    finally:
        _fresh()
    assert run.exit_code == 0, run.output
    assert "warning: FreeDict's German-English dictionaries not found in" in run.stderr
    assert "make dictionaries" in run.stderr
    assert parameters["dictionaries"] == "none"


@debian
def test_a_run_with_the_dictionaries_reads_them_and_says_nothing(
    cli, tmp_path: Path, db_path: Path
) -> None:
    run, parameters = _verify(cli, tmp_path, db_path)
    assert run.exit_code == 0, run.output
    assert "FreeDict" not in run.stderr
    assert parameters["dictionaries"] == "FreeDict de-en, en-de, en-ru; Mueller en-ru"
