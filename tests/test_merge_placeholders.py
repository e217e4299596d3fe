"""``extract --merge`` respects a placeholder source the reviewer deleted: the new claims of
that person cite the source the reviewer gave their other claims, and the placeholder is not
appended again; a person new to the file still gets one."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.records.formats import parse_file

# written for the tests
FIRST = (
    "The harbour master kept a log through the storm. On March 2, 1921, Elias Brandt wrote in "
    "his log: “The pier is not yet lost, though the sea has taken the lamps.” He slept little.\n"
)
LATER = FIRST + (
    "\nOn March 3, 1921, Elias Brandt wrote in his log: “The boats are safe in the inner "
    "basin, every one of them.” The engineer Mara Quist wrote to the mayor: “The lamps can be "
    "rebuilt within a month.”\n"
)
SOURCES = "id: brandt-log\ntitle: Harbour Board archive, box 7\n"  # no author to match


def test_a_deleted_placeholder_is_not_appended_again(cli, tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    assert cli("import", tmp_path / "sources.yaml").exit_code == 0
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_text(FIRST, encoding="utf-8")
    assert cli("extract", article, "-o", claims).exit_code == 0
    text = claims.read_text(encoding="utf-8")
    assert "- id: unidentified-elias-brandt\n" in text
    # the reviewer: Brandt's words cite his log; the placeholder source deleted
    start = text.index("sources:\n")
    text = text[:start] + text[text.index("claims:\n") :]
    claims.write_text(text.replace("unidentified-elias-brandt", "brandt-log"), encoding="utf-8")
    assert cli("import", claims).exit_code == 0
    article.write_text(LATER, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    parsed = parse_file(claims)
    by_quote = {c.quote: c for c in parsed.claims}
    boats = by_quote["The boats are safe in the inner basin, every one of them."]
    assert boats.source_id == "brandt-log" and "placeholder unidentified-elias-brandt" in (
        boats.notes
    )
    assert "unidentified-elias-brandt" not in {s.id for s in parsed.sources}
    quist = by_quote["The lamps can be rebuilt within a month."].source_id
    assert quist.startswith("unidentified-") and quist.endswith("mara-quist")
    assert {s.id for s in parsed.sources} == {quist}  # a person new to the file: declared
    assert "1 new claim of a person whose placeholder source you replaced" in merged.stderr
    assert f"{boats.id} → brandt-log" in merged.stderr
    assert cli("import", claims).exit_code == 0
