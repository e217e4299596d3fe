"""BibTeX and CSL-JSON into sources (with line numbers for what cannot be read), and
``export --format csl-json`` back out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, dump

from sourcecheck.errors import InputError
from sourcecheck.records.bibliography import parse_bibtex, parse_csl_json, to_csl_json
from sourcecheck.records.importer import import_paths
from sourcecheck.store import db as dbm

BIBTEX = r"""% exported from a reference manager
@book{Czernin:1919,
  title     = {In the {World} War},
  author    = {Czernin, Ottokar},
  year      = 1919,
  month     = may,
  publisher = {Cassell},
  langid    = {english},
  url       = {https://www.gutenberg.org/ebooks/18160},
  isbn      = {not-a-field-sources-have},
}

@incollection{lenin1918,
  title      = {Political Report of the Central Committee},
  author     = {Lenin, V. I. and M{\"u}ller, Hans and {Central Committee of the RSDLP(b)}},
  booktitle  = {Collected Works, vol. 27},
  translator = {Hanna, George},
  date       = {1918-03-07},
  doi        = {10.1000/xyz123},
}

@misc{minutes,
  title = {Minutes},
  year  = {1929},
}
"""

CSL = """[
  {
    "id": "czernin-1919",
    "type": "book",
    "title": "In the World War",
    "author": [{"family": "Czernin", "given": "Ottokar"}],
    "issued": {"date-parts": [[1919, 5, 3]]},
    "publisher": "Cassell",
    "language": "en",
    "URL": "https://www.gutenberg.org/ebooks/18160"
  },
  {
    "id": "Diary 1918",
    "type": "manuscript",
    "genre": "diary",
    "title": "Diary",
    "author": [{"given": "Ludwig", "non-dropping-particle": "van", "family": "Beethoven"}],
    "issued": {"raw": "1918-02"}
  }
]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bibtex_entries_become_sources(tmp_path: Path) -> None:
    parsed = parse_bibtex(write(tmp_path, "refs.bib", BIBTEX))
    czernin, lenin, minutes = parsed.sources
    assert (czernin.id, czernin.title, czernin.author) == (
        "czernin-1919", "In the World War", "Ottokar Czernin",
    )  # fmt: skip
    assert (czernin.issued, czernin.kind, czernin.language) == ("1919-05", "book", "en")
    assert czernin.publisher == "Cassell" and czernin.url.endswith("/18160")
    assert lenin.author == "V. I. Lenin; Hans Müller; Central Committee of the RSDLP(b)"
    assert (lenin.issued, lenin.translator, lenin.kind) == ("1918-03-07", "George Hanna", "other")
    assert lenin.container_title == "Collected Works, vol. 27"
    assert lenin.url == "https://doi.org/10.1000/xyz123"
    assert (minutes.issued, minutes.kind) == ("1929", "other")
    assert parsed.lines == {
        ("source", "czernin-1919"): 2, ("source", "lenin1918"): 13, ("source", "minutes"): 22,
    }  # fmt: skip


def test_unparseable_bibtex_names_the_lines(cli, db_path: Path, tmp_path: Path) -> None:
    broken = BIBTEX.replace("  title      = {Political", "  title      = {Political,\n@oops{")
    path = write(tmp_path, "refs.bib", broken + "\n@article{late, title = {x}\n")
    dbm.open_db(db_path)  # an empty, migrated database
    before = dump(db_path)
    result = cli("import", path)
    assert result.exit_code == 3 and "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.startswith(f"error: {path}:13: could not parse the entry that starts here")
    assert "(Unexpected block start: `@oops`" in message
    assert "the entry at line 28 could not be parsed either" in message
    assert "\n" not in message and dump(db_path) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("  title = {Minutes},\n", ""), "refs.bib:22: entry 'minutes', field 'title': missing"),
        (("year  = {1929}", "year = {c. 1929}"), "field 'year': 'c. 1929' is not a year"),
        (("@misc{minutes,", "@misc{czernin:1919,"), "two entries become source 'czernin-1919'"),
    ],
)
def test_bibtex_records_checked(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = write(tmp_path, "refs.bib", BIBTEX.replace(*change))
    with pytest.raises(InputError, match=message):
        parse_bibtex(path)


def test_csl_json_items_become_sources(tmp_path: Path) -> None:
    parsed = parse_csl_json(write(tmp_path, "refs.json", CSL))
    czernin, diary = parsed.sources
    assert (czernin.id, czernin.author, czernin.issued) == (
        "czernin-1919", "Ottokar Czernin", "1919-05-03",
    )  # fmt: skip
    assert (diary.id, diary.kind, diary.author, diary.issued) == (
        "diary-1918", "diary", "Ludwig van Beethoven", "1918-02",
    )  # fmt: skip
    assert parsed.lines == {("source", "czernin-1919"): 2, ("source", "diary-1918"): 12}


def test_csl_json_errors_name_the_line(tmp_path: Path) -> None:
    no_title = CSL.replace('    "title": "Diary",\n', "")
    with pytest.raises(InputError, match=r"refs.json:12: item 'Diary 1918', field 'title'"):
        parse_csl_json(write(tmp_path, "refs.json", no_title))
    bad_date = CSL.replace('{"raw": "1918-02"}', '{"raw": "Feb 1918"}')
    with pytest.raises(InputError, match=r"refs.json:12: .*field 'issued'"):
        parse_csl_json(write(tmp_path, "refs.json", bad_date))
    malformed = CSL.replace('"Cassell",', '"Cassell"')
    with pytest.raises(InputError, match=r"refs.json:9: malformed JSON: Expecting .,. delimiter"):
        parse_csl_json(write(tmp_path, "refs.json", malformed))


def test_import_bibliographies_is_idempotent(cli, db_path: Path, tmp_path: Path) -> None:
    bib = write(tmp_path, "refs.bib", BIBTEX)
    csl = write(tmp_path, "more.json", CSL.replace("czernin-1919", "czernin-csl"))
    result = cli("import", bib, csl)
    assert result.exit_code == 0, result.output
    assert "sources: 5 added" in result.output
    before = dump(db_path)
    again = cli("import", tmp_path)  # the directory: .bib and .json found
    assert "nothing changed" in again.output and dump(db_path) == before


def test_csl_json_export_round_trips_the_bundled_sources(db, tmp_path: Path) -> None:
    """Every source of the repository's sources/ out as CSL-JSON and back in, unchanged."""
    import_paths(db, [REPO / "sources"])
    originals = dbm.list_sources(db)
    path = tmp_path / "sources.json"
    path.write_text(to_csl_json(originals), encoding="utf-8")
    items = json.loads(path.read_text())
    assert len(items) == len(originals) >= 20
    assert all(item["type"] and item["title"] for item in items)
    fresh = dbm.open_db(tmp_path / "fresh.db")
    import_paths(fresh, [path])
    assert dbm.list_sources(fresh) == originals


def test_export_format_option(cli, tmp_path: Path) -> None:
    cli("import", write(tmp_path, "refs.bib", BIBTEX))
    out = cli("export", "-", "--format", "csl-json")
    assert out.exit_code == 0
    items = json.loads(out.output)
    assert [i["id"] for i in items] == ["czernin-1919", "lenin1918", "minutes"]
    assert items[0]["issued"] == {"date-parts": [[1919, 5]]}
    written = cli("export", tmp_path / "out.json", "--format", "csl-json")
    assert "wrote" in written.output and json.loads((tmp_path / "out.json").read_text()) == items
    bad = cli("export", "-", "--format", "ris")
    assert bad.exit_code == 3 and "unknown format 'ris'" in bad.stderr
    # a file not named .yaml/.yml needs its format named: no YAML in a .json or .pdf unasked
    for name in ("sources.json", "claims.pdf"):
        unnamed = cli("export", tmp_path / name)
        assert unnamed.exit_code == 3 and "which export format?" in unnamed.stderr, name
        assert "--format" in unnamed.stderr and not (tmp_path / name).exists()
    assert cli("export", tmp_path / "all.yml").exit_code == 0
    assert cli("export", tmp_path / "all.txt", "--format", "yaml").exit_code == 0
    assert (tmp_path / "all.txt").read_text() == (tmp_path / "all.yml").read_text()
