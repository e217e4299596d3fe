"""A ``reworded`` result is rated in ClaimReview by what its evidence covers: when as many of
the quote's content words have no counterpart at the passage as have one (three or more),
the passage supports only part of the quote, and what the quote adds ("soldiers would soon
guard the mines") may be what the source does not say: it is rated as a partial match,
"Partly supported by the cited source", not "Supported in other words". A walkthrough found
"no counterpart: separate, meant, bring, grain" rated Supported."""

from __future__ import annotations

import json
from pathlib import Path

from builders import diary_cited

from sourcecheck.report import RATINGS

RENDERED = (
    "In the dining car the minister talked at length with the banker about the new duties on "
    "coal and iron."
)
ADDED = (
    "The minister told the banker in the dining car that soldiers would soon guard the coal "
    "mines and iron works."
)


def test_a_rendering_of_part_of_the_quote_is_rated_partly_supported(cli, tmp_path: Path) -> None:
    diary_cited(cli, tmp_path, {"rendered": RENDERED, "added": ADDED})
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    assert items["rendered"]["status"] == items["added"]["status"] == "reworded"
    assert "soldiers" in items["added"]["evidence"]["unmatched_words"]
    reviews = {
        r["identifier"]: r["reviewRating"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    partly, supported = RATINGS["partial"], RATINGS["reworded"]
    assert reviews["added"]["alternateName"] == partly.name
    assert reviews["added"]["ratingValue"] == partly.value == supported.value  # as partial
    assert reviews["rendered"]["alternateName"] == supported.name
    # every other view says what ClaimReview rates: part of it in other words (docs/matching.md)
    markdown = cli("report", "--format", "markdown").output
    added = markdown.split("added: reworded")[1].split("###")[0]
    rendered = markdown.split("rendered: reworded")[1].split("###")[0]
    assert "- **Partly said in other words:**" in added
    assert "the source says part of this in other words" in added and "soldiers" in added
    assert "- **Said in other words:**" in rendered and "part of this" not in rendered
    html = cli("report", "--format", "html").output
    card = html.split('id="claim-added"')[1].split("</article>")[0]
    assert "<strong>Partly said in other words:</strong>" in card
    assert "reworded  the source says part of this in other words" in cli("show", "added").output
