"""A text given a language it certainly is not in (another script; a Russian text given
Ukrainian; detection sure of a far language) is refused, naming the file, the given and the
detected language and the fix, unless --keep-language; near or unsure cases are only warned
about. Real CLI, real SQLite; passages written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
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
ENGLISH = (
    "In the evening the chairman read out the letter of the Petrograd Soviet. The delegates "
    "listened in silence. Lenin claimed that the army could no longer fight, and a week later "
    "the congress agreed to the peace. Of sixty-three members, fifteen voted against it.\n"
)
ENGLISH_QUOTING_RUSSIAN = (
    "In the evening the chairman read the letter aloud; the delegates listened in silence and "
    "nobody raised an objection before the vote. Lenin wrote «Мир заключён не будет» in the "
    "margin, and the congress agreed a week later to sign the peace.\n"
)

SOURCES_FILE = (
    "sources:\n  - id: speech\n    title: Speech\n    language: de\n"
    "    texts:\n      - path: speech-ru.txt\n"
)


def attach(cli, tmp_path: Path, text: str, *options: str) -> tuple[Path, Result]:
    """Write ``text`` to a file and attach it to the source "minutes" (added if new) with
    ``options``: the file and the CLI's result."""
    cli("source", "add", "minutes", "--title", "Minutes")  # the second time: already there
    path = tmp_path / f"text-{len(list(tmp_path.glob('text-*')))}.txt"
    path.write_text(text, encoding="utf-8")
    return path, cli("source", "text", "minutes", path, *options)


@pytest.mark.parametrize("given", ["de", "en", "pl", "uk"])
def test_a_russian_text_given_another_language_is_refused(cli, tmp_path, db_path, given) -> None:
    cli("source", "add", "minutes", "--title", "Minutes")
    before = dump(db_path)
    path, result = attach(cli, tmp_path, RUSSIAN, "--language", given)
    assert result.exit_code == 3, result.output
    said = " ".join(result.stderr.split())
    assert f"{path}: the text is not in {given} as given" in said
    assert "reads as Russian" in said and "give --language ru" in said
    assert "--keep-language keeps the given language anyway" in said
    assert "Traceback" not in result.output and dump(db_path) == before


def test_a_german_text_given_english_or_russian_is_refused(cli, tmp_path) -> None:
    _, english = attach(cli, tmp_path, GERMAN, "--language", "en")
    assert english.exit_code == 3 and "reads as German (detection is certain)" in english.stderr
    _, russian = attach(cli, tmp_path, GERMAN, "--language", "ru")
    assert russian.exit_code == 3 and "written in Latin letters" in russian.stderr
    assert "give --language de" in " ".join(russian.stderr.split())


def test_a_near_language_or_a_quoting_text_is_only_warned_about(cli, tmp_path) -> None:
    _, dutch = attach(cli, tmp_path, GERMAN, "--language", "nl")
    assert dutch.exit_code == 0, dutch.output  # Dutch and German: a detector's neighbours
    assert "reads as German (de, detected), not nl as given" in " ".join(dutch.stderr.split())
    _, quoting = attach(cli, tmp_path, ENGLISH_QUOTING_RUSSIAN, "--language", "en")
    assert quoting.exit_code == 0 and quoting.stderr == ""
    assert clash("Вечером председатель огласил письмо.", "de") is None  # too short to be sure


def test_keep_language_stores_the_given_language_and_warns(cli, tmp_path, db) -> None:
    _, result = attach(cli, tmp_path, RUSSIAN, "--language", "de", "--keep-language")
    assert result.exit_code == 0, result.output
    assert "reads as Russian (ru, detected), not de as given" in " ".join(result.stderr.split())
    assert [row["language"] for row in db.query("select language from texts")] == ["de"]


def test_an_import_refuses_a_sources_file_language_the_text_is_not_in(
    cli, tmp_path, db_path, db
) -> None:
    before = dump(db_path)
    listed = {"speech-ru.txt": RUSSIAN, "sources.yaml": SOURCES_FILE}
    for name, text in listed.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    records = tmp_path / "sources.yaml"
    result = cli("import", records)
    assert result.exit_code == 3, result.output
    said = " ".join(result.stderr.split())
    assert "speech-ru.txt: the text is not in de as given" in said
    assert "`import --keep-language`" in said and dump(db_path) == before
    kept = cli("import", records, "--keep-language")
    assert kept.exit_code == 0, kept.output
    assert [row["language"] for row in db.query("select language from texts")] == ["de"]


def test_a_passage_kept_as_another_language_is_said_to_be_in_its_stored_one_only(
    cli, tmp_path
) -> None:
    """Verified, the Russian text kept as German: the reason and the reports do not simply
    call the Cyrillic passage German, they say German is the language stored for its text
    and the passage is written in Cyrillic letters (a new user's finding)."""
    attach(cli, tmp_path, RUSSIAN, "--language", "de", "--keep-language")
    quote = (
        "In the evening the chairman read out the letter of the Petrograd Soviet, and the "
        "delegates listened in silence."
    )
    assert cli("claim", "add", quote, "--source", "minutes", "--id", "lenin").exit_code == 0
    assert cli("verify").exit_code == 0
    stored = (
        "German is the language stored for its text, not the passage's: it is written in "
        "Cyrillic letters"
    )
    shown = " ".join(cli("show", "lenin").stdout.split())
    assert "status reworded" in shown and "the source says this in German" in shown, shown
    assert shown.count(stored) == 2, shown  # the reason, and the reworded line
    markdown = " ".join(cli("report", "--format", "markdown").stdout.split())
    assert "the passage is in German (the quote in English), similarity" in markdown
    assert stored in markdown.split("**Said in other words:**")[1]


def chapters(*languages: str) -> str:
    """A text of five-thousand-character chapters in ``languages`` ("de", "en", "ru"), as a
    translation that leaves some chapters in the original is."""
    written = {"de": GERMAN, "en": ENGLISH, "ru": RUSSIAN}
    return "".join(written[code] * (5_000 // len(written[code]) + 1) for code in languages)


@pytest.mark.parametrize(
    ("languages", "given", "name"),
    [
        (("de", "de", "en", "de", "de"), "de", "English"),
        (("ru", "en", "ru"), "ru", "English"),
    ],
)
def test_a_translation_with_an_untranslated_middle_is_kept_and_warned_about(
    cli, tmp_path, db, languages, given, name
) -> None:
    """A manual's translation that leaves chapters in English, the middle one among them, is
    not refused as English (a page from its middle would refute the given language): most of
    its pages are in it; the warning says how many read as the other."""
    _, result = attach(cli, tmp_path, chapters(*languages), "--language", given)
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert f"1 of 5 pages sampled across the text read as {name} (en, detected)" in said
    assert f"as {given} as given" in said
    assert "leaves passages untranslated" in said
    assert [row["language"] for row in db.query("select language from texts")] == [given]


def test_a_text_mostly_in_another_language_is_refused_with_the_share_said(cli, tmp_path, db_path):
    cli("source", "add", "minutes", "--title", "Minutes")
    before = dump(db_path)
    _, result = attach(cli, tmp_path, chapters("de", "en", "en", "en", "de"), "--language", "de")
    assert result.exit_code == 3, result.output
    said = " ".join(result.stderr.split())
    assert "reads as English (detection is certain) (3 of 5 pages sampled across it)" in said
    assert dump(db_path) == before
    assert clash(chapters("en", "en", "en"), "de").why == "reads as English (detection is certain)"
