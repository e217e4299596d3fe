"""A text given a language it certainly is not in (another script; a Russian text given
Ukrainian; detection sure of a far language) is refused, naming the file, the given and the
detected language and the fix, unless --keep-language; near or unsure cases are only warned
about. Real CLI, real SQLite; passages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dump

from sourcecheck.texts.languageclash import clash

RUSSIAN = (
    "Вечером председатель огласил письмо Петроградского совета. Делегаты слушали молча. "
    "Ленин утверждал, что армия не может больше воевать, и через неделю съезд согласился "
    "подписать мир. Из шестидесяти трёх членов пятнадцать голосовали против.\n"
)
GERMAN = (
    "Am Abend verlas der Vorsitzende den Brief des Petrograder Sowjets. Die Delegierten hörten "
    "schweigend zu. Lenin behauptete, die Armee könne nicht mehr kämpfen, und eine Woche später "
    "stimmte der Kongress dem Frieden zu. Von dreiundsechzig Mitgliedern stimmten fünfzehn "
    "dagegen.\n"
)
ENGLISH_QUOTING_RUSSIAN = (
    "In the evening the chairman read the letter aloud; the delegates listened in silence and "
    "nobody raised an objection before the vote. Lenin wrote «Мир заключён не будет» in the "
    "margin, and the congress agreed a week later to sign the peace.\n"
)


@pytest.fixture
def source(cli) -> str:
    assert cli("source", "add", "minutes", "--title", "Minutes").exit_code == 0
    return "minutes"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("given", ["de", "en", "pl", "uk"])
def test_a_russian_text_given_another_language_is_refused(
    cli, source, tmp_path, db_path, given
) -> None:
    path = write(tmp_path, "speech-ru.txt", RUSSIAN)
    before = dump(db_path)
    result = cli("source", "text", source, path, "--language", given)
    assert result.exit_code == 3, result.output
    said = " ".join(result.stderr.split())
    assert f"{path}: the text is not in {given} as given" in said
    assert "reads as Russian" in said and "give --language ru" in said
    assert "--keep-language keeps the given language anyway" in said
    assert "Traceback" not in result.output and dump(db_path) == before


def test_a_german_text_given_english_or_russian_is_refused(cli, source, tmp_path) -> None:
    path = write(tmp_path, "speech-de.txt", GERMAN)
    english = cli("source", "text", source, path, "--language", "en")
    assert english.exit_code == 3 and "reads as German (detection is certain)" in english.stderr
    russian = cli("source", "text", source, path, "--language", "ru")
    assert russian.exit_code == 3 and "written in Latin letters" in russian.stderr
    assert "give --language de" in " ".join(russian.stderr.split())


def test_a_near_language_or_a_quoting_text_is_only_warned_about(cli, source, tmp_path) -> None:
    dutch = cli("source", "text", source, write(tmp_path, "g.txt", GERMAN), "--language", "nl")
    assert dutch.exit_code == 0, dutch.output  # Dutch and German: a detector's neighbours
    assert "reads as German (de, detected), not nl as given" in " ".join(dutch.stderr.split())
    quoting = cli("source", "text", source, write(tmp_path, "e.txt", ENGLISH_QUOTING_RUSSIAN),
                  "--language", "en")  # fmt: skip
    assert quoting.exit_code == 0 and quoting.stderr == ""
    assert clash("Вечером председатель огласил письмо.", "de") is None  # too short to be sure


def test_keep_language_stores_the_given_language_and_warns(cli, source, tmp_path, db) -> None:
    path = write(tmp_path, "speech-ru.txt", RUSSIAN)
    result = cli("source", "text", source, path, "--language", "de", "--keep-language")
    assert result.exit_code == 0, result.output
    assert "reads as Russian (ru, detected), not de as given" in " ".join(result.stderr.split())
    assert [row["language"] for row in db.query("select language from texts")] == ["de"]


def test_an_import_refuses_a_sources_file_language_the_text_is_not_in(
    cli, tmp_path, db_path, db
) -> None:
    write(tmp_path, "speech-ru.txt", RUSSIAN)
    records = tmp_path / "sources.yaml"
    records.write_text(
        "sources:\n  - id: speech\n    title: Speech\n    language: de\n"
        "    texts:\n      - path: speech-ru.txt\n",
        encoding="utf-8",
    )
    before = dump(db_path)
    result = cli("import", records)
    assert result.exit_code == 3, result.output
    said = " ".join(result.stderr.split())
    assert "speech-ru.txt: the text is not in de as given" in said
    assert "`import --keep-language`" in said and dump(db_path) == before
    kept = cli("import", records, "--keep-language")
    assert kept.exit_code == 0, kept.output
    assert [row["language"] for row in db.query("select language from texts")] == ["de"]
