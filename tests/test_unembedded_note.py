"""A claim not found in a source whose text has no sentence vectors (over what a verify
embeds) says so: the text was searched by meaning only around the quote's words, names,
numbers and dates, and `sourcecheck index --meaning` builds its vectors. A walkthrough found a
rewording missed in a 195 MB text with a reason that said nothing of it. Texts written for the
test; the size limits are lowered so that a small text stands for a big one."""

from __future__ import annotations

from pathlib import Path

from sourcecheck.matching.meaning import MeaningParams
from sourcecheck.models import Claim, Source
from sourcecheck.records.catalog import add_claim, add_source, attach_text
from sourcecheck.store import vectors as stored_vectors
from sourcecheck.verify import verify

LOG = (
    "The lighthouse log (written for the test).\n\n"
    "On the first night the lamp burned until dawn and no ship passed the cape. "
    "On the second night a storm broke the western window, and the keeper mended it with "
    "boards before the rain came in. On the third night the fog was so thick that the horn "
    "was sounded every minute until morning.\n"
)
REWORDED = "A gale smashed the west window, and the keeper nailed planks over it."


def test_a_text_without_vectors_is_named_in_the_reason(db, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(stored_vectors, "ARRIVAL_CHARS", 100)  # no vectors at import
    add_source(db, Source("log", "Lighthouse log", kind="diary"))
    path = tmp_path / "log.txt"
    path.write_text(LOG, encoding="utf-8")
    text_id, _ = attach_text(db, "log", path, language="en")
    add_claim(db, Claim("storm", REWORDED, source_id="log"))
    monkeypatch.setattr(stored_vectors, "EMBED_CHARS", 100)  # the text counts as too big
    (verdict,) = verify(db, meaning=MeaningParams(scan_chars=100)).verdicts
    reason = verdict.result.reason
    assert verdict.result.status == "not_found", reason
    assert f"text {text_id} ({len(LOG):,} characters) has no sentence vectors" in reason
    assert "sourcecheck index --meaning" in reason
    monkeypatch.undo()
    (verdict,) = verify(db).verdicts  # embedded now: no such note
    assert "no sentence vectors" not in verdict.result.reason


def test_the_reason_names_which_of_the_sources_texts(db, tmp_path: Path) -> None:
    """A source of several texts: the place a reason gives says in which of them."""
    add_source(db, Source("log", "Lighthouse log", kind="diary"))
    ids = []
    for name, body in (("other", "The keeper's accounts: oil, wicks and bread.\n"), ("log", LOG)):
        path = tmp_path / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        ids.append(attach_text(db, "log", path, language="en")[0])
    quote = (
        "In der dritten Nacht war der Nebel so dicht, dass das Horn bis zum Morgen jede "
        "Minute ertönte."
    )
    add_claim(db, Claim("fog", quote, source_id="log"))
    (verdict,) = verify(db).verdicts
    assert verdict.result.status == "reworded", verdict.result.reason
    assert f"in text {ids[1]} at line 3" in verdict.result.reason
