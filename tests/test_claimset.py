"""The Brest-Litovsk claim set: offsets point at the quotes, sources exist, it imports."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import REPO, shared_file

from sourcecheck.records.formats import parse_file
from sourcecheck.records.importer import import_paths
from sourcecheck.store import db as dbm
from sourcecheck.texts.paragraphs import paragraph_at, paragraph_starts

CLAIMS = REPO / "claims" / "my-life-brest-litovsk.yaml"


@pytest.mark.shared
def test_every_offset_points_at_its_quote_in_the_chapter() -> None:
    memoir = shared_file("memoir", "my-life-brest-litovsk.txt")
    raw = memoir.read_bytes()
    text = raw.decode("utf-8")
    parsed = parse_file(CLAIMS)
    assert parsed.documents[0].sha256 == hashlib.sha256(raw).hexdigest()
    starts = paragraph_starts(text)
    assert len(parsed.claims) >= 35
    for claim in parsed.claims:
        assert claim.start is not None and claim.end is not None, claim.id
        assert text[claim.start : claim.end] == claim.quote, claim.id
        assert paragraph_at(text, claim.start, starts=starts) == claim.paragraph, claim.id


def test_every_claim_cites_an_existing_source(db) -> None:
    report = import_paths(db, [REPO / "claims", REPO / "sources"])
    assert report.count("claims", "added") == len(parse_file(CLAIMS).claims)
    source_ids = {s.id for s in dbm.list_sources(db)}
    for claim in dbm.list_claims(db):
        if claim.kind == "oral":
            assert claim.source_id is None and "no document" in (claim.notes or "")
        else:
            assert claim.source_id in source_ids, claim.id
    for path in (REPO / "sources").glob("*.yaml"):
        assert parse_file(path).sources[0].id == path.stem


def test_the_claim_set_covers_what_the_chapter_cites() -> None:
    claims = {c.id: c for c in parse_file(CLAIMS).claims}
    quotes = " ".join(c.quote for c in claims.values())
    for words in (
        "Trotsky refuses to sign. War is over, but there is no peace.",
        "thirty-two votes, Lenin fifteen, and I sixteen",
        "[that is, Lenin and me]",
        "happy by-gone days [!]",
        "six votes against five",
        "Over two hundred local Soviets",
    ):
        assert words in quotes, words
    kinds = {c.kind for c in claims.values()}
    assert {"quotation", "oral", "figure", "date", "event", "paraphrase"} <= kinds


def test_paragraph_numbering() -> None:
    text = "My Life\n\n\nFirst paragraph\ncontinues.\n  \nSecond.\n"
    assert paragraph_at(text, 0) == 1
    assert paragraph_at(text, text.index("continues")) == 2
    assert paragraph_at(text, text.index("Second")) == 3
    assert Path(CLAIMS).exists()
