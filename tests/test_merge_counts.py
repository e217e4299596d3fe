"""``extract --merge`` after an edit: the claims it says moved agree with the proposals it says
are "there at another place", or it names the moved claims this extraction does not propose (a
new user's walkthrough read "15 there at another place" beside "16 claims moved")."""

from __future__ import annotations

from pathlib import Path

# written for the tests: a quotation the extractor proposes, and a sentence a person added
# as a claim by hand (no quotation marks: never proposed)
BEFORE = (
    "The ferry stopped running in November. Captain Ilse Moor told the crew: “We sail again "
    "when the ice breaks.” The harbour stayed shut until spring.\n"
)
AFTER = "A late thaw came that year. " + BEFORE
HAND = "The harbour stayed shut until spring."


def test_merge_names_the_moved_claims_it_does_not_propose(cli, tmp_path: Path) -> None:
    article, claims = tmp_path / "article.txt", tmp_path / "claims.yaml"
    article.write_text(BEFORE, encoding="utf-8")
    assert cli("extract", article, "-o", claims).exit_code == 0
    start = BEFORE.index(HAND)
    entry = (
        f"- id: hand-harbour-shut\n  quote: {HAND}\n  kind: oral\n"
        f"  document: article\n  start: {start}\n  end: {start + len(HAND)}\n"
    )
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("claims:\n", "claims:\n" + entry, 1), encoding="utf-8")
    article.write_text(AFTER, encoding="utf-8")
    merged = cli("extract", article, "--merge", claims)
    assert merged.exit_code == 0, merged.output
    assert "1 there at another place" in merged.stdout
    assert (
        "2 claims moved, start-end updated (1 proposed again, there at another place; 1 not "
        "proposed by this extraction: hand-harbour-shut)"
    ) in " ".join(merged.stderr.split())
