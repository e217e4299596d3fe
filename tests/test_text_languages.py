"""Languages a text may be given, detection that leaves near languages unknown, and a stored
text re-read from the same bytes (another encoding or language). Passages written for these
tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import dump

from sourcecheck.records.formats import parse_file
from sourcecheck.texts.language import detect_language
from sourcecheck.texts.languagecodes import contradiction, language_problem

GERMAN = (
    "Am Abend erklärte der Vorsitzende, dass die Delegation den Vertrag nicht unterzeichnen "
    "werde. Niemand im Saal widersprach ihm, und die Sitzung wurde kurz darauf geschlossen.\n"
)
RUSSIAN = (
    "Вечером председатель заявил, что делегация не подпишет договор. Никто в зале ему не "
    "возразил, и заседание вскоре закрыли.\n"
)


@pytest.fixture
def source(cli) -> str:
    assert cli("source", "add", "minutes", "--title", "Minutes").exit_code == 0
    return "minutes"


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# -- codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["klingon", "xx", "qq", "german", "d"])
def test_no_language_code_is_refused(code: str) -> None:
    problem = language_problem(code)
    assert problem is not None and f"{code!r} is not a language code" in problem
    assert "en, ru, de, fr, it, es" in problem  # the codes analysed fully are named


@pytest.mark.parametrize("code", ["de", "DE", "de-AT", "pl", "uk", "nl"])
def test_iso_codes_are_accepted(code: str) -> None:
    assert language_problem(code) is None


def test_unknown_language_refused_by_every_command(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "t.txt", GERMAN.encode())
    before = dump(db_path)
    for args in (
        ("source", "text", source, path, "--language", "klingon"),
        ("source", "text", source, path, "--language", "xx"),
        ("source", "add", "other", "--title", "Other", "--language", "zz"),
    ):
        result = cli(*args)
        assert result.exit_code == 3, result.output
        assert "is not a language code" in result.stderr and "Traceback" not in result.output
        assert "en, ru, de, fr, it, es" in result.stderr
    assert dump(db_path) == before


def test_unknown_language_refused_in_a_sources_file(cli, db_path, tmp_path) -> None:
    write(tmp_path, "t.txt", GERMAN.encode())
    records = tmp_path / "sources.yaml"
    records.write_text(
        "sources:\n"
        "  - id: minutes\n"
        "    title: Minutes\n"
        "    texts:\n"
        "      - path: t.txt\n"
        "        language: qq\n",
        encoding="utf-8",
    )
    before = dump(db_path)
    result = cli("import", records)
    assert result.exit_code == 3, result.output
    assert f"{records}:6" in result.stderr and "'qq' is not a language code" in result.stderr
    assert dump(db_path) == before
    with pytest.raises(Exception, match="'qq' is not a language code"):
        parse_file(records)


def test_help_lists_the_language_codes(cli) -> None:
    result = cli("source", "text", "--help")
    assert "ISO 639-1" in result.output and "en, ru, de, fr, it, es" in result.output


def test_a_given_language_detection_contradicts_is_warned(cli, source, tmp_path) -> None:
    path = write(tmp_path, "t.txt", GERMAN.encode())  # refused without --keep-language
    result = cli("source", "text", source, path, "--language", "en", "--keep-language")
    assert result.exit_code == 0, result.output
    assert "reads as German (de, detected), not en as given (--language" in result.stderr
    assert contradiction(GERMAN, "de") is None and contradiction(GERMAN, None) is None
    assert contradiction(GERMAN, "pl") is not None  # a language outside the six, too


# -- detection: near languages are left unknown ---------------------------------------------

NEAR = {
    "uk": "Увечері голова заявив, що делегація не підпише договір. Ніхто в залі йому не "
    "заперечив, і засідання невдовзі закрили.",
    "be": "Увечары старшыня заявіў, што дэлегацыя не падпіша дамову. Ніхто ў зале яму не "
    "запярэчыў.",
    "sr": "Увече је председник изјавио да делегација неће потписати уговор. Нико у сали му "
    "није противречио, и седница је убрзо затворена.",
    "bg": "Вечерта председателят заяви, че делегацията няма да подпише договора. Никой в "
    "залата не му възрази и заседанието скоро беше закрито.",
    "nl": "In de avond verklaarde de voorzitter dat de delegatie het verdrag niet zou "
    "ondertekenen. Niemand in de zaal sprak hem tegen.",
    "pt": "À noite o presidente declarou que a delegação não assinaria o tratado. Ninguém na "
    "sala o contradisse, e a sessão foi encerrada pouco depois.",
}


@pytest.mark.parametrize("code", sorted(NEAR))
def test_near_languages_are_left_unknown(code: str) -> None:
    assert detect_language(NEAR[code]) is None


def test_the_six_are_still_detected() -> None:
    assert detect_language(RUSSIAN).code == "ru"
    assert detect_language(GERMAN).code == "de"
    spanish = "Por la noche el presidente declaró que la delegación no firmaría el tratado."
    assert detect_language(spanish).code == "es"


def test_a_region_or_capitals_are_read_as_the_language(cli, db_path, tmp_path) -> None:
    # "de-AT" was stored as typed and the opposite check, which compares codes, did not read
    # the text as German: "supported" against "war dagegen" came out reworded, unflagged
    path = write(
        tmp_path, "at.txt", b"Im Ausschuss stimmten alle zu. Nur General Hoffmann war dagegen.\n"
    )
    assert cli("source", "add", "at", "--title", "Bericht", "--language", "de-AT").exit_code == 0
    assert cli("source", "text", "at", path).exit_code == 0
    row = sqlite3.connect(db_path).execute("SELECT language FROM texts").fetchone()
    assert row == ("de",)
    claim = "Only General Hoffmann supported it."
    assert (
        cli("claim", "add", claim, "--source", "at", "--kind", "event", "--id", "h").exit_code == 0
    )
    verified = cli("verify")
    assert verified.exit_code == 0, verified.output
    shown = cli("show", "h").output
    assert "opposite" in shown or "not_found" in shown, shown
    assert "reworded" not in shown or "opposite" in shown, shown


def test_ukrainian_text_stored_without_a_language(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "uk.txt", NEAR["uk"].encode())
    result = cli("source", "text", source, path)
    assert result.exit_code == 0, result.output
    row = sqlite3.connect(db_path).execute("SELECT language FROM texts").fetchone()
    assert row == (None,)


# -- the same bytes read again ----------------------------------------------------------------


def _texts(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT id, encoding, language, text FROM texts").fetchall()
    finally:
        conn.close()


def _count(db_path: Path, table: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_a_wrong_decoding_is_refused_then_replaced(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "r.txt", (RUSSIAN * 3).encode("cp1251"))
    assert cli("source", "text", source, path, "--encoding", "latin-1").exit_code == 0
    assert _texts(db_path)[0][3].startswith("Âå÷åðîì")  # mojibake stored
    claim = ("claim", "add", "делегация не подпишет договор", "--source", source, "--id", "c1")
    assert cli(*claim).exit_code == 0
    assert cli("verify", "--no-meaning").exit_code in (0, 1)
    assert _count(db_path, "results") == 1
    before = dump(db_path)
    refused = cli("source", "text", source, path, "--encoding", "cp1251")
    assert refused.exit_code == 3, refused.output
    assert "read differently (encoding iso8859-1 -> cp1251)" in refused.stderr
    assert "(--replace)" in refused.stderr and dump(db_path) == before
    replaced = cli("source", "text", source, path, "--encoding", "cp1251", "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "text 1 re-read for source minutes" in replaced.output
    assert "1 result found in it dropped" in replaced.stderr
    [(text_id, encoding, language, text)] = _texts(db_path)
    assert (text_id, encoding, language) == (1, "cp1251", "ru") and text.startswith("Вечером")
    assert _count(db_path, "results") == 0
    verified = cli("verify", "--no-meaning")
    assert verified.exit_code == 0, verified.output
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT status FROM results").fetchone()[0] == "verbatim"


def test_a_wrong_language_is_relabelled(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "g.txt", GERMAN.encode())
    assert cli("source", "text", source, path, "--language", "en", "--keep-language").exit_code == 0
    same = cli("source", "text", source, path)  # nothing given: nothing to correct
    assert same.exit_code == 0 and "already stored" in same.output
    refused = cli("source", "text", source, path, "--language", "de")
    assert refused.exit_code == 3 and "language en -> de" in refused.stderr
    assert cli("source", "text", source, path, "--language", "de", "--replace").exit_code == 0
    assert _texts(db_path)[0][2] == "de"


# -- messages -------------------------------------------------------------------------------


def test_over_size_error_names_the_option(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "big.txt", b"war and peace " * 100_000)
    before = dump(db_path)
    result = cli("source", "text", source, path, "--max-mb", "1")
    assert result.exit_code == 3
    assert "(1.3 MB), over the limit of 1 MB (--max-mb MB)" in result.stderr
    assert dump(db_path) == before


def test_a_latin1_german_file_names_cp1252(cli, source, tmp_path) -> None:
    path = write(
        tmp_path,
        "de.txt",
        "Heute erklärte der Vorsitzende, er werde nie unterzeichnen.".encode("latin-1"),
    )
    result = cli("source", "text", source, path)
    assert result.exit_code == 3 and "cp1252" in result.stderr


def test_an_import_reading_a_stored_text_otherwise_is_refused(cli, db_path, tmp_path) -> None:
    write(tmp_path, "r.txt", (RUSSIAN * 3).encode("cp1251"))
    records = tmp_path / "sources.yaml"
    listed = "sources:\n  - id: minutes\n    title: Minutes\n    texts:\n      - path: r.txt\n"
    records.write_text(listed + "        encoding: latin-1\n", encoding="utf-8")
    assert cli("import", records).exit_code == 0
    records.write_text(listed + "        encoding: cp1251\n", encoding="utf-8")
    before = dump(db_path)
    result = cli("import", records)
    assert result.exit_code == 3, result.output
    assert "encoding iso8859-1 -> cp1251" in result.stderr
    # import's own --replace, not another command's
    assert result.stderr.rstrip().endswith("(--replace)") and dump(db_path) == before


def test_an_import_warns_of_a_language_detection_contradicts(cli, tmp_path) -> None:
    write(tmp_path, "g.txt", GERMAN.encode())
    records = tmp_path / "sources.yaml"
    records.write_text(
        "sources:\n  - id: minutes\n    title: Minutes\n    language: en\n"
        "    texts:\n      - path: g.txt\n",
        encoding="utf-8",
    )
    result = cli("import", records, "--keep-language")  # refused without it
    assert result.exit_code == 0, result.output
    assert "reads as German (de, detected), not en" in result.stderr


def test_an_import_rereads_a_corrected_text_with_replace(cli, db_path, tmp_path) -> None:
    # a sources file lists a text with the wrong encoding, then corrected: with --replace,
    # the stored text is re-read in place (same id) and the summary says what changed
    write(tmp_path, "r.txt", (RUSSIAN * 3).encode("cp1251"))
    sources = tmp_path / "sources.yaml"
    entry = (
        "sources:\n- id: minutes\n  title: Minutes\n  texts:\n  - path: r.txt\n"
        "    encoding: {}\n"
        "claims:\n- id: c1\n  quote: делегация не подпишет договор\n  source: minutes\n"
    )
    sources.write_text(entry.format("latin-1"), encoding="utf-8")
    assert cli("import", sources).exit_code == 0
    assert _texts(db_path)[0][3].startswith("Âå÷åðîì")  # mojibake stored
    assert cli("verify", "--no-meaning").exit_code in (0, 1)
    sources.write_text(entry.format("cp1251"), encoding="utf-8")
    assert cli("import", sources).exit_code == 3  # refused, naming --replace (test above)
    replaced = cli("import", sources, "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "texts: 1 updated" in replaced.stdout
    assert "text 1 re-read (encoding iso8859-1 -> cp1251): 1 result found in it dropped" in (
        replaced.stdout
    )
    [(text_id, encoding, _, text)] = _texts(db_path)
    assert (text_id, encoding) == (1, "cp1251") and text.startswith("Вечером")
    again = cli("import", sources, "--replace")  # the same reading: nothing to re-read
    assert again.exit_code == 0 and "nothing changed" in again.stdout
    assert cli("verify", "--no-meaning").exit_code == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT status FROM results").fetchone()[0] == "verbatim"
