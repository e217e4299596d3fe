"""``extract --merge`` after the document was edited: the reviewed claims follow the text
(moved: new offsets; gone: marked, or dropped with --drop-gone) and ``import`` warns when a
claims file's offsets no longer fit its document's text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sourcecheck.records.formats import parse_file

BEFORE = (
    "The harbour master kept a log through the storm. On March 2, 1921, Elias Brandt wrote in "
    "his log: “The pier is not yet lost, though the sea has taken the lamps.” He slept little."
    "\n\n"
    "Later the engineer Mara Quist told the council: “We shall rebuild the pier in stone before "
    "the autumn gales.” Nobody objected.\n"
)
# the misquote corrected ("not" removed) and a sentence put in before the second quotation
AFTER = BEFORE.replace("is not yet lost", "is yet lost").replace(
    "Later the engineer", "The council met in the chapel. Later the engineer"
)
GONE = "The pier is not yet lost, though the sea has taken the lamps."
NEW = "The pier is yet lost, though the sea has taken the lamps."
MOVED = "We shall rebuild the pier in stone before the autumn gales."


@pytest.fixture
def reviewed(cli, tmp_path: Path) -> tuple[Path, Path]:
    """The article and a claims file extracted from it, with a reviewer's comment."""
    article = tmp_path / "article.txt"
    article.write_text(BEFORE, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    assert cli("extract", article, "-o", claims).exit_code == 0
    text = claims.read_text(encoding="utf-8").replace(
        "claims:\n", "claims:\n# Checked against the harbour log by hand.\n", 1
    )
    claims.write_text(text, encoding="utf-8")
    assert sorted(c.quote for c in parse_file(claims).claims) == sorted([MOVED, GONE])
    return article, claims


def _by_quote(path: Path) -> dict[str, object]:
    return {c.quote: c for c in parse_file(path).claims}


def test_merge_moves_claims_found_again_and_marks_the_gone_ones(cli, reviewed) -> None:
    article, claims = reviewed
    before = _by_quote(claims)
    article.write_text(AFTER, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    after = _by_quote(claims)
    moved = after[MOVED]
    assert AFTER[moved.start : moved.end] == MOVED and moved.start != before[MOVED].start
    assert moved.paragraph == 2 and moved.notes == before[MOVED].notes
    gone = after[GONE]  # kept with its fields, no offsets, notes saying it is gone
    assert (gone.id, gone.speaker) == (before[GONE].id, before[GONE].speaker)
    assert (gone.start, gone.end, gone.paragraph) == (None, None, None)
    assert gone.notes.startswith("gone: no longer in the text") and before[GONE].notes in gone.notes
    new = after[NEW]  # the corrected quotation is a new claim
    assert AFTER[new.start : new.end] == NEW
    stderr = merged.stderr
    assert f"1 claim moved, start-end updated: {moved.id}" in stderr
    assert "1 claim gone from it" in stderr and f"{gone.id} (in its place now: {new.id})" in stderr
    assert "no longer at its start-end" not in stderr  # the old catch-all note
    text = claims.read_text(encoding="utf-8")
    assert "# Checked against the harbour log by hand." in text
    assert parse_file(claims).documents[0].sha256 == hashlib.sha256(AFTER.encode()).hexdigest()
    again = cli("extract", article, "--merge", claims)  # nothing more to do the second time
    assert again.exit_code == 0 and "added 0 claims" in again.output
    assert claims.read_text(encoding="utf-8") == text and "moved" not in again.stderr


def test_drop_gone_removes_them_from_the_file(cli, reviewed) -> None:
    article, claims = reviewed
    article.write_text(AFTER, encoding="utf-8")
    assert cli("extract", article, "--merge", claims).exit_code == 0  # marked first
    gone_id = _by_quote(claims)[GONE].id
    dropped = cli("extract", article, "--merge", claims, "--drop-gone")
    assert dropped.exit_code == 0, dropped.output
    assert f"1 claim gone from the text dropped from {claims}" in dropped.stderr
    assert gone_id in dropped.stderr
    assert sorted(_by_quote(claims)) == sorted([MOVED, NEW])
    assert "# Checked against the harbour log by hand." in claims.read_text(encoding="utf-8")
    refused = cli("extract", article, "--drop-gone")
    assert refused.exit_code != 0 and "--drop-gone goes with --merge" in refused.output


def test_import_warns_about_offsets_that_miss_the_text(cli, reviewed) -> None:
    article, claims = reviewed
    assert cli("import", claims).exit_code == 0
    article.write_text(AFTER, encoding="utf-8")  # edited, the claims file not merged
    stale = cli("import", claims)
    assert stale.exit_code == 0, stale.output  # a warning, not a refusal
    assert "article.txt changed since its claims were written" in stale.stderr
    assert f"extract article.txt --merge {claims.name}" in stale.stderr
    assert cli("extract", article, "--merge", claims).exit_code == 0
    merged = cli("import", claims)
    assert merged.exit_code == 0, merged.output
    gone_id = _by_quote(claims)[GONE].id
    assert "1 claim marked gone from the document's text" in merged.stderr
    assert gone_id in merged.stderr and "changed since" not in merged.stderr
    moved = _by_quote(claims)[MOVED]
    text = claims.read_text(encoding="utf-8")
    text = text.replace(f"start: {moved.start}\n", f"start: {moved.start + 1}\n")
    claims.write_text(text.replace(f"end: {moved.end}\n", f"end: {moved.end + 1}\n"), "utf-8")
    shifted = cli("import", claims)
    assert shifted.exit_code == 0, shifted.output
    assert f"1 claim whose start-end do not hold its quote in article.txt: {moved.id}" in (
        shifted.stderr
    )


def test_a_gone_claims_comments_and_fields_stay_as_the_reviewer_left_them(cli, reviewed) -> None:
    # the README: --merge edits the file as text; a gone claim "stays in the file with its
    # fields (you reviewed it)": its comments too (they were dropped, the entry written anew)
    article, claims = reviewed
    gone_id = _by_quote(claims)[GONE].id
    lines = claims.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == f"- id: {gone_id}")
    speaker = next(n for n in range(at, len(lines)) if lines[n].lstrip().startswith("speaker:"))
    lines[speaker] += "  # reviewed: the harbour master himself"
    lines.insert(speaker, lines[speaker][: len(lines[speaker]) - len(lines[speaker].lstrip())]
                 + "# Brandt's log, page 12, checked at the archive")  # fmt: skip
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article.write_text(AFTER, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    text = claims.read_text(encoding="utf-8")
    assert "# reviewed: the harbour master himself" in text
    assert "# Brandt's log, page 12, checked at the archive" in text
    gone = _by_quote(claims)[GONE]
    assert gone.id == gone_id and (gone.start, gone.end, gone.paragraph) == (None, None, None)
    assert gone.notes.startswith("gone: no longer in the text")


@pytest.mark.parametrize("shape", ["notes first", "no notes"])
def test_a_gone_claim_keeps_its_comments_whatever_the_place_of_its_notes(
    cli, reviewed, shape
) -> None:
    # a reviewer's own entry may open with its notes ("- notes: ...") or have none: the merge
    # marks it gone in place all the same (it wrote such an entry anew, losing its comments)
    article, claims = reviewed
    gone_id = _by_quote(claims)[GONE].id
    lines = claims.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == f"- id: {gone_id}")
    end = next(n for n in range(at + 1, len(lines)) if lines[n].startswith("- "))
    notes = next(n for n in range(at, end) if lines[n].lstrip().startswith("notes:"))
    fields = ["  " + line.lstrip("- ") for line in lines[at:notes]]  # its notes last: dropped
    fields = [f"{line}  # the harbour master, checked" if "speaker:" in line else line
              for line in fields]  # fmt: skip
    fields.insert(1, "  # Brandt's log, page 12, checked at the archive")
    if shape == "notes first":
        entry = ["- notes: 'checked by hand: the log says so'", *fields]
    else:
        entry = ["- " + fields[0].lstrip(), *fields[1:]]
    lines[at:end] = entry
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article.write_text(AFTER, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    text = claims.read_text(encoding="utf-8")
    assert "# the harbour master, checked" in text
    assert "# Brandt's log, page 12, checked at the archive" in text
    gone = _by_quote(claims)[GONE]
    assert gone.id == gone_id and (gone.start, gone.end) == (None, None)
    assert gone.notes.startswith("gone: no longer in the text")
    assert (shape == "notes first") == ("checked by hand: the log says so" in gone.notes)
