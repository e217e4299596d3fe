"""Reading source texts from files: decoding, extraction, refusals, provenance, idempotence.

Every file is made by the test: Russian prose encoded in cp1251 and KOI8-R, a Latin-1 text
with a Project Gutenberg header, HTML with footnotes, a PDF (reportlab), an EPUB (ebooklib).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from builders import RUSSIAN, make_pdf
from conftest import dump

from sourcecheck.errors import InputError, NotFoundError
from sourcecheck.store import db as dbm
from sourcecheck.texts.ingest import ReadLimits, read_text_bytes, read_text_file

# Written for these tests: plain prose about the Brest-Litovsk talks, ASCII punctuation only
# so that the same text can be encoded in KOI8-R (which has no guillemets or dashes).

LATIN1_GUTENBERG = """\
The Project Gutenberg EBook of In the World War, by Count Ottokar Czernin

Title: In the World War
Language: English
Character set encoding: ISO-8859-1

*** START OF THIS PROJECT GUTENBERG EBOOK IN THE WORLD WAR ***

_February 11, 1918._--Trotski declines to sign. The war is over, but there is
no peace. Kühlmann was calm; the _déjeuner fort embêtant_ went on. Señor and
madame à la française: naïveté is a luxury.
"""

FOOTNOTE_PAGE = """<!DOCTYPE html>
<html><head><title>Speech</title><style>.x{}</style>
<script>var t = "not text";</script></head>
<body>
<div id="nav"><nav><a href="/">Index</a> &gt; <a href="/1918">1918</a></nav></div>
<h2>Political Report of the Central Committee</h2>
<p>Comrades, it was agreed between us that we would hold out until the Germans
presented an ultimatum.<sup class="anote"><a href="#fw1">[1]</a></sup> After the
ultimatum&nbsp;we would sign.</p>
<blockquote><p>Line one of a telegram<br>line two of it</p></blockquote>
<pre>  pre-formatted
    lines   kept</pre>
<ul><li>first point</li><li>second point</li></ul>
<hr>
<p class="endnote"><a name="fw1">[1]</a> The Germans presented their ultimatum on
February 21, 1918.</p>
<footer hidden>hidden text</footer>
</body></html>
"""


def make_epub(path: Path, chapters: list[tuple[str, str]]) -> None:
    """A real EPUB made with ebooklib: (title, html body) chapters in reading order."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("test-book")
    book.set_title("A test book")
    book.set_language("en")
    items = []
    for n, (title, body) in enumerate(chapters, 1):
        item = epub.EpubHtml(title=title, file_name=f"chap{n}.xhtml", lang="en")
        item.content = f"<html><body><h1>{title}</h1>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = items  # reading order: chapters only
    epub.write_epub(str(path), book)


def read(path: Path, **options):
    return read_text_file(path, source_id="s", **options)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- decoding ---------------------------------------------------------------------------------


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    text = "Trotski declines to sign. Kühlmann – “no peace”.\n"
    plain = read(write(tmp_path, "a.txt", text.encode()))
    bom = read(write(tmp_path, "b.txt", b"\xef\xbb\xbf" + text.encode()))
    assert plain.text.text == bom.text.text == text
    assert (plain.text.encoding_source, bom.text.encoding_source) == ("strict UTF-8", "BOM")
    assert plain.text.sha256 != bom.text.sha256  # the key is the raw bytes
    assert bom.provenance.byte_length == len(text.encode()) + 3


def test_utf16_with_bom(tmp_path: Path) -> None:
    got = read(write(tmp_path, "u.txt", RUSSIAN.encode("utf-16")))
    assert got.text.text == RUSSIAN and got.text.encoding == "utf-16-le"


def test_latin1_gutenberg_text_by_its_header(tmp_path: Path) -> None:
    got = read(write(tmp_path, "g.txt", LATIN1_GUTENBERG.encode("latin-1")))
    assert got.text.text == LATIN1_GUTENBERG
    assert got.text.encoding == "iso8859-1"
    assert got.text.encoding_source == "the Project Gutenberg header"


def test_gutenberg_header_in_a_file_converted_to_utf8_is_overruled(tmp_path: Path) -> None:
    got = read(write(tmp_path, "g.txt", LATIN1_GUTENBERG.encode("utf-8")))
    assert got.text.text == LATIN1_GUTENBERG  # not mojibake: "KÃ¼hlmann"
    assert got.text.encoding_source == (
        "strict UTF-8, though the Project Gutenberg header says ISO-8859-1"
    )


def test_latin1_without_a_declaration_is_refused_with_previews(tmp_path: Path) -> None:
    body = LATIN1_GUTENBERG.replace("Character set encoding: ISO-8859-1\n", "")
    path = write(tmp_path, "g.txt", body.encode("latin-1"))
    with pytest.raises(InputError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: not valid UTF-8 at byte ")
    assert "cannot tell its encoding for sure" in message and "Give the right encoding" in message
    assert "--" not in message and caught.value.option == "encoding"  # the CLI names its flag
    assert "fort embêtant" in message and "fort embętant" in message  # cp1252 vs cp1250
    assert read(path, encoding="latin-1").text.text == body


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_long_russian_texts_decoded_right(tmp_path: Path, encoding: str) -> None:
    got = read(write(tmp_path, "r.txt", RUSSIAN.encode(encoding)))
    assert got.text.text == RUSSIAN
    assert got.text.encoding == encoding
    assert got.text.encoding_source.startswith("charset-normalizer ")


def test_one_line_koi8r_text_is_refused_with_candidates(tmp_path: Path) -> None:
    line = "Троцкий отказывается подписать мир.\n"
    path = write(tmp_path, "line.txt", line.encode("koi8-r"))
    with pytest.raises(InputError) as caught:
        read(path)
    message = str(caught.value)
    assert "too little text to tell" in message and "\n" not in message
    assert "koi8-r: 'Троцкий отказывается подписать мир.…'" in message
    assert "cp1251: 'фТПГЛЙК" in message and "mac-cyrillic" in message
    got = read(path, encoding="KOI8-R")
    assert got.text.text == line and got.text.encoding_source == "given by the user"


def test_unknown_or_wrong_user_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", "Чернин".encode("cp1251"))
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read(path, encoding="klingon")
    with pytest.raises(InputError, match=r"not valid utf-8 at byte 0 \(b'\\xd7"):
        read(path, encoding="utf-8")


def test_declared_latin1_with_windows_1252_bytes(tmp_path: Path) -> None:
    """Curly quotes at 0x93/0x94 under an ISO-8859-1 label are windows-1252, as browsers say."""
    page = b'<meta charset="iso-8859-1"><p>\x93No peace\x94 \x96 Trotski</p>'
    got = read(write(tmp_path, "p.html", page))
    assert got.text.text == "“No peace” – Trotski\n" and got.text.encoding == "cp1252"


# -- extraction ---------------------------------------------------------------------------------


def test_html_page_with_footnotes(tmp_path: Path) -> None:
    got = read(write(tmp_path, "speech.htm", FOOTNOTE_PAGE.encode()))
    assert got.text.text == (
        "Political Report of the Central Committee\n\n"
        "Comrades, it was agreed between us that we would hold out until the Germans presented "
        "an ultimatum.[1] After the ultimatum\u00a0we would sign.\n\n"
        "Line one of a telegram\nline two of it\n\n"
        "  pre-formatted\n    lines   kept\n\n"
        "first point\n\nsecond point\n\n"
        "[1] The Germans presented their ultimatum on February 21, 1918.\n"
    )
    assert got.text.extraction == "html" and got.provenance.extractor.startswith("selectolax ")


def test_cp1251_html_file_by_its_meta(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    got = read(write(tmp_path, "r.html", page.encode("cp1251")))
    assert got.text.text == " ".join(RUSSIAN.split()) + "\n"
    assert got.text.encoding_source == "the page's <meta charset>"


def test_html_is_sniffed_when_the_name_says_nothing(tmp_path: Path) -> None:
    got = read(write(tmp_path, "page", b"<!doctype html><p>War is over.</p>"))
    assert got.text.extraction == "html" and got.text.text == "War is over.\n"


def test_markdown(tmp_path: Path) -> None:
    got = read(write(tmp_path, "n.md", b"# Diary\n\n*February 11.* Trotski\ndeclines.\n"))
    assert got.text.text == "Diary\n\nFebruary 11. Trotski declines.\n"
    assert got.text.extraction == "markdown"


def test_pdf_made_by_the_test(tmp_path: Path) -> None:
    pdf = make_pdf(["February 11, 1918.--Trotski declines to sign.", "The war is over."])
    got = read(write(tmp_path, "book.pdf", pdf))
    assert "Trotski declines to sign.\nThe war is over." in got.text.text
    assert got.text.extraction == "pdf" and got.provenance.extractor.startswith("pypdf ")
    assert got.text.encoding is None


def test_pdf_with_some_scanned_pages_says_which(tmp_path: Path) -> None:
    got = read(write(tmp_path, "b.pdf", make_pdf(["Some text."], blank_pages=2)))
    assert got.provenance.extraction_notes == "pages without text (scanned?): 2, 3"


def test_pdf_without_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", make_pdf([], blank_pages=2))
    with pytest.raises(InputError, match=r"this PDF has no text \(scanned\?\): OCR it first"):
        read(path)


def test_pdf_limits_and_damage(tmp_path: Path) -> None:
    path = write(tmp_path, "b.pdf", make_pdf(["Some text."]))
    with pytest.raises(InputError, match=r"b.pdf: reading this PDF took more than 0.001 s"):
        read(path, limits=ReadLimits(pdf_timeout=0.001))
    with pytest.raises(InputError, match=r"ran out of memory \(limit 16 MB\)"):
        read(path, limits=ReadLimits(pdf_memory_mb=16))
    broken = write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    with pytest.raises(InputError, match=r"broken\.pdf: not a readable PDF"):
        read(broken)
    fake = write(tmp_path, "fake.pdf", b"just words")
    with pytest.raises(InputError, match="expected a PDF but the bytes are text"):
        read(fake)


def test_epub_in_reading_order(tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    make_epub(
        path,
        [("Chapter X", "<p>Trotski declines to sign.</p>"), ("Appendix", "<p>The report.</p>")],
    )
    got = read(path)
    assert got.text.text == "Chapter X\n\nTrotski declines to sign.\n\nAppendix\n\nThe report.\n"
    assert got.text.extraction == "epub" and "ebooklib" in got.provenance.extractor


# -- refusals -----------------------------------------------------------------------------------


def test_png_renamed_txt(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(InputError, match=r"scan.txt: not a text file: it is a PNG image$"):
        read(path)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"PK\x03\x04\x14\x00" + b"\x00" * 30, "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 30, "a Microsoft Office document"),
        (b"text\x00with NUL bytes", "binary data (NUL bytes)"),
    ],
)
def test_binaries_refused_with_their_type(tmp_path: Path, data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=re.escape(f"not a text file: it is {kind}")):
        read(write(tmp_path, "x.txt", data))


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"empty.txt: the file is empty"):
        read(write(tmp_path, "empty.txt", b"\n  \n"))
    with pytest.raises(InputError, match=r"no readable text in this HTML"):
        read(write(tmp_path, "empty.html", b"<html><script>x()</script></html>"))


def test_oversized_file_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "big.txt", b"word " * 1000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read an oversized file"))
    with pytest.raises(
        InputError, match=r"file is 5,000 bytes \(0.0 MB\), over the limit of 0.003906 MB"
    ):
        read(path, limits=ReadLimits(max_bytes=4096))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        read(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


def test_read_text_bytes_refuses_a_binary_whatever_the_server_says() -> None:
    with pytest.raises(InputError, match="u: not a text file: it is a gzip archive"):
        read_text_bytes(b"\x1f\x8b\x08\x00", where="u", origin="u", source_id="s", kind="plain")


# -- storing: the CLI, idempotence, transactions, the schema -----------------------------------


@pytest.fixture
def source(cli) -> str:
    assert cli("source", "add", "minutes", "--title", "Minutes", "--language", "ru").exit_code == 0
    return "minutes"


def test_source_text_of_each_kind(cli, db_path: Path, source: str, tmp_path: Path) -> None:
    files = {
        "r.txt": RUSSIAN.encode("koi8-r"),
        "speech.html": FOOTNOTE_PAGE.encode(),
        "notes.md": b"# Notes\n\nWords.\n",
        "book.pdf": make_pdf(["Trotski declines to sign."]),
    }
    for name, data in files.items():
        # the English page keeps the source's language only when told to (languageclash)
        result = cli("source", "text", source, write(tmp_path, name, data), "--keep-language")
        assert result.exit_code == 0, result.output
    rows = dbm.list_texts(dbm.open_db(db_path), source_id=source)
    assert [(r["extraction"], r["encoding"]) for r in rows] == [
        ("plain", "koi8-r"), ("html", "utf-8"), ("markdown", "utf-8"), ("pdf", None),
    ]  # fmt: skip
    assert all(r["language"] == "ru" and r["byte_length"] > 0 for r in rows)
    shown = json.loads(cli("source", "show", source, "--json").output)
    assert shown["texts"][3]["extractor"].startswith("pypdf ")


def test_refused_file_through_the_cli(cli, db_path: Path, source: str, tmp_path: Path) -> None:
    path = write(tmp_path, "line.txt", "Троцкий отказывается подписать мир.".encode("koi8-r"))
    before = dump(db_path)
    result = cli("source", "text", source, path)
    assert result.exit_code == 3 and "Traceback" not in result.output
    message = result.stderr.strip()
    assert message.startswith(f"error: {path}: not valid UTF-8") and "\n" not in message
    assert dump(db_path) == before
    fixed = cli("source", "text", source, path, "--encoding", "koi8-r")
    assert fixed.exit_code == 0, fixed.output
    assert "koi8-r (given by the user)" in fixed.output


def test_same_bytes_once_changed_bytes_a_new_text(cli, db_path, source, tmp_path) -> None:
    path = write(tmp_path, "r.txt", RUSSIAN.encode("cp1251"))
    assert "added" in cli("source", "text", source, path).output
    before = dump(db_path)
    assert "already stored" in cli("source", "text", source, path).output
    assert dump(db_path) == before
    path.write_bytes((RUSSIAN + "Конец.\n").encode("cp1251"))
    assert "added" in cli("source", "text", source, path).output
    assert len(dbm.list_texts(dbm.open_db(db_path), source_id=source)) == 2  # the old one kept


SOURCES_YAML = """\
sources:
  - id: minutes
    title: Minutes
    language: ru
    texts:
      - path: texts/minutes.txt
        encoding: koi8-r
        label: the minutes, KOI8-R
      - url: https://example.org/minutes.html
  - id: diary
    title: Diary
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "texts").mkdir(parents=True)
    (root / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    # a one-liner detection would refuse: the encoding in the sources file decides
    (root / "texts" / "minutes.txt").write_bytes("Ни мира, ни войны.".encode("koi8-r"))
    (root / "extra").mkdir()
    (root / "extra" / "diary.html").write_text("<p>Trotski declines to sign.</p>")
    return root


def test_import_reads_texts_and_remembers_urls(cli, db_path: Path, project: Path) -> None:
    result = cli("import", project / "sources.yaml", "--texts", project / "extra")
    assert result.exit_code == 0, result.output
    assert "texts: 2 added" in result.output
    assert "source minutes: 1 text listed by URL not fetched yet" in result.stderr
    database = dbm.open_db(db_path)
    [minutes] = dbm.list_texts(database, source_id="minutes")
    assert "text" not in minutes  # metadata only
    assert minutes["encoding"] == "koi8-r" and minutes["label"] == "the minutes, KOI8-R"
    assert dbm.get_text(database, minutes["id"]).text == "Ни мира, ни войны."
    [diary] = dbm.list_texts(database, source_id="diary")
    assert diary["extraction"] == "html" and diary["origin"].endswith("diary.html")
    assert [r["url"] for r in dbm.list_text_urls(database)] == ["https://example.org/minutes.html"]
    before = dump(db_path)
    again = cli("import", project / "sources.yaml", "--texts", project / "extra")
    assert "nothing changed" in again.output and dump(db_path) == before
    exported = cli("export", "-").output
    assert "url: https://example.org/minutes.html" in exported


def test_removing_a_text_url_updates_the_source(cli, db_path: Path, project: Path) -> None:
    cli("import", project / "sources.yaml")
    path = project / "sources.yaml"
    path.write_text(SOURCES_YAML.replace("      - url: https://example.org/minutes.html\n", ""))
    result = cli("import", path)
    assert "sources: 1 updated, 1 unchanged" in result.output
    assert dbm.list_text_urls(dbm.open_db(db_path)) == []


def test_an_exception_midway_leaves_the_database_unchanged(
    cli, db_path: Path, project: Path, monkeypatch
) -> None:
    dbm.open_db(db_path)  # an empty, migrated database
    before = dump(db_path)
    real, calls = dbm.store_text, []

    def fail_on_second(db, text, provenance):
        calls.append(text.source_id)
        if len(calls) == 2:
            raise RuntimeError("the disk caught fire")
        return real(db, text, provenance)

    monkeypatch.setattr(dbm, "store_text", fail_on_second)
    with pytest.raises(RuntimeError):
        from sourcecheck.records.importer import import_paths

        import_paths(dbm.open_db(db_path), [project / "sources.yaml"], texts_dir=project / "extra")
    assert len(calls) == 2 and dump(db_path) == before


def test_bad_text_in_an_import_imports_nothing(cli, db_path: Path, project: Path) -> None:
    (project / "texts" / "minutes.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    dbm.open_db(db_path)  # an empty, migrated database
    before = dump(db_path)
    result = cli("import", project / "sources.yaml")
    assert (
        result.exit_code == 3 and "minutes.txt: not a text file: it is a PNG image" in result.stderr
    )
    assert dump(db_path) == before


def test_migration_adds_provenance_columns(db) -> None:
    columns = {c.name for c in db["texts"].columns}
    assert {"extractor", "extraction_notes", "byte_length", "final_url", "redirects",
            "http_status", "content_type"} <= columns  # fmt: skip
    assert db["text_urls"].pks == ["source_id", "url"]
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied.index("m003_text_provenance") == applied.index("m002_results") + 1


def test_a_texts_origin_is_its_absolute_path_whatever_the_folder(
    cli, tmp_path: Path, monkeypatch
) -> None:
    from conftest import FIXTURES

    (tmp_path / "shared").mkdir()
    (tmp_path / "work").mkdir()
    text = tmp_path / "shared" / "diary.txt"
    text.write_text((FIXTURES / "diary.txt").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    cli("source", "add", "diary", "--title", "Diary")
    assert cli("source", "text", "diary", "../shared/diary.txt").exit_code == 0
    [stored] = json.loads(cli("source", "show", "diary", "--json").stdout)["texts"]
    assert stored["origin"] == str(text.resolve())
