"""A place or person named in a claim whose place the passage fills with ANOTHER name is the
``name`` flag (ClaimReview "Misquoted"), across languages: "the harbour council met in Kronstadt"
of "совет гавани собрался в Ревеле" is not "said in other words". A walkthrough found
"...opened on January 8, 1918, in Moscow" of "...в Петрограде" reworded with no flag, the
difference only in `show`. A name merely absent (nothing named in its place) is no flag, but
the reason says it is not named there. The texts were written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from sourcecheck.report import RATINGS

CHRONICLE = (
    "Хроника гавани (текст, написанный для проверки).\n\n"
    "Весной совет гавани собрался в Ревеле и решил построить новый маяк. "
    "Строительство поручили инженеру Карлсону, который обещал закончить его к осени.\n\n"
    "Летом рыбаки жаловались на цены, а зимой залив замёрз раньше обычного."
)
CLAIMS = {
    "swapped": "In the spring the harbour council met in Kronstadt and decided to build a new "
    "lighthouse.",
    "right": "In the spring the harbour council met in Reval and decided to build a new "
    "lighthouse.",
    "person": "The building was entrusted to the engineer Petersen, who promised to finish "
    "it by the autumn.",
    "absent": "In the summer the fishermen complained about the prices, and in the winter the "
    "Gulf of Riga froze earlier than usual.",
}


def test_another_name_in_the_claims_names_place_is_flagged(cli, tmp_path: Path) -> None:
    path = tmp_path / "chronicle.txt"
    path.write_text(CHRONICLE, encoding="utf-8")
    cli("source", "add", "harbour", "--title", "Harbour chronicle", "--kind", "book")
    assert cli("source", "text", "harbour", path).exit_code == 0
    for cid, quote in CLAIMS.items():
        added = cli("claim", "add", quote, "--source", "harbour", "--id", cid, "--kind", "event")
        assert added.exit_code == 0, added.output
    assert cli("verify").exit_code == 0
    items = {i["claim"]: i for i in json.loads(cli("report", "--format", "json").output)}
    for cid in ("swapped", "person"):
        assert items[cid]["status"] == "reworded", items[cid]["reason"]
        assert "name" in items[cid]["flags"], items[cid]["reason"]
        assert "names differ" in items[cid]["reason"]
    assert items["right"]["status"] == "reworded", items["right"]["reason"]
    assert "name" not in items["right"]["flags"], items["right"]["reason"]
    absent = items["absent"]
    if absent["status"] == "reworded":  # found: the name left out is said, not flagged
        assert "name" not in absent["flags"], absent["reason"]
        assert "not named there: " in absent["reason"] and "Riga" in absent["reason"]
    reviews = {
        r["identifier"]: r["reviewRating"]
        for r in json.loads(cli("report", "--format", "claimreview").output)
    }
    assert reviews["swapped"]["alternateName"] == RATINGS["misquoted"].name
    assert reviews["right"]["alternateName"] == RATINGS["reworded"].name
