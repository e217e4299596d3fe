"""Record rules are checked in one place: a claims file, a bibliography, `claim add`,
`source add` and `extract` refuse the same records with the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcecheck.errors import InputError
from sourcecheck.extract.output import extract_file
from sourcecheck.models import Claim, Source
from sourcecheck.records import rules
from sourcecheck.records.bibliography import parse_bibtex
from sourcecheck.records.formats import parse_file

BAD_CLAIMS = {
    "id: Lenin 1": ("id", "'Lenin 1' is not a slug"),
    "kind: speech": ("kind", "'speech' is not one of: quotation, paraphrase"),
    "date: 1918-02-31": ("date", "'1918-02-31' is not a date"),
    "source: Czernin Diary": ("source", "'Czernin Diary' is not a slug"),
}


@pytest.mark.parametrize("line", list(BAD_CLAIMS))
def test_a_file_and_claim_add_refuse_a_claim_alike(cli, tmp_path: Path, line: str) -> None:
    field, problem = BAD_CLAIMS[line]
    key, value = line.split(": ")
    path = tmp_path / "claims.yaml"
    path.write_text(f"claims:\n  - quote: War is over.\n    source: minutes\n    {line}\n")
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert f"{path}:4: claim" in str(caught.value)
    assert f"field {field!r}: {problem}" in str(caught.value)
    assert cli("source", "add", "minutes", "--title", "Minutes").exit_code == 0
    option = {"id": "--id", "source": "--source"}.get(key, f"--{key}")
    args = {"--source": "minutes", option: value}
    result = cli("claim", "add", "War is over.", *[x for kv in args.items() for x in kv])
    assert result.exit_code == 3, result.output
    assert f"field {field!r}: {problem}" in result.stderr


def test_a_claim_without_source_names_no_flag(cli) -> None:
    result = cli("claim", "add", "War is over.")
    assert result.exit_code == 3
    assert "field 'source': missing (only a claim of kind 'oral'" in result.stderr
    assert "--source" not in result.stderr
    assert cli("claim", "add", "Between us: war is over.", "--kind", "oral").exit_code == 0


def test_source_add_and_a_bibliography_check_the_date_alike(cli, tmp_path: Path) -> None:
    result = cli("source", "add", "s", "--title", "S", "--date", "1918-02-31")
    assert result.exit_code == 3
    assert "source 's', field 'issued': '1918-02-31' is not a date" in result.stderr
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@book{s,\n  title = {S},\n  year = {1918},\n  month = {feb},\n  day = {31}\n}\n"
    )
    with pytest.raises(InputError, match=r"refs.bib:1: entry 's', field 'issued': '1918-02-31'"):
        parse_bibtex(bib)


def test_extract_refuses_a_document_id_by_the_slug_rule(tmp_path: Path) -> None:
    text = tmp_path / "memoir.txt"
    text.write_text('Lenin said: "War is over." That was all.\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"field 'id': 'My Memoir' is not a slug \(lowercase"):
        extract_file(text, document_id="My Memoir")
    with pytest.raises(InputError, match=r"field 'issued': '1930-02-30' is not a date"):
        extract_file(text, issued="1930-02-30")
    # what SLUG_RE allows, extract allows: dots and underscores too
    assert extract_file(text, document_id="my_memoir.ch1").document.id == "my_memoir.ch1"
    assert extract_file(text).document.id == "memoir"


def test_problems_list_every_field_in_file_order() -> None:
    claim = Claim(id="", quote=" ", kind="figure", start=10, end=5)
    assert [field for field, _ in rules.problems(claim)] == ["quote", "source", "end"]
    assert rules.problems(Source(id="czernin", title="In the World War")) == []
    assert [f for f, _ in rules.problems(Source(id="", title="", kind="poem"))] == [
        "id", "title", "kind",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Czernin:1919", "czernin-1919"), ("My Life (ch. 32)", "my-life-ch-32"),
     ("Ötto  –  Czernin", "tto-czernin"), ("lenin_1918.b", "lenin_1918.b"), ("!!!", "")],
)  # fmt: skip
def test_slugify_makes_what_the_slug_rule_accepts(name: str, slug: str) -> None:
    assert rules.slugify(name) == slug
    assert slug == "" or rules.slug_problem(slug) is None


def test_unique_id_counts_from_two() -> None:
    assert rules.unique_id("a", set()) == "a"
    assert rules.unique_id("a", {"a"}) == "a-2"
    assert rules.unique_id("a", {"a", "a-2", "a-3"}) == "a-4"
