"""What a new user's walkthrough of ``extract`` found (walk57), each on a passage written for
the test: a cited book's publication year given as a quotation's date, a pronoun resolved
across a paragraph to a person when a written work is named beside it, a diary entry's date
lost far from its heading, and the wording of the notes."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Source

GRAIN_BOOK = Source(
    id="voss-grain-winter", title="The Grain Winter", author="Albrecht Voss", issued="1923",
    kind="book",
)  # fmt: skip
HARBOUR_SPEECH = Source(
    id="voss-harbour-speech", title="Speech at the harbour", author="Albrecht Voss",
    issued="1921-03-02", kind="speech",
)  # fmt: skip


def test_a_cited_books_publication_year_is_no_date_for_its_words() -> None:
    text = (
        "The minister looked back on the winter of the blockade. Count Albrecht Voss wrote in "
        "his diary: “The grain will not last until the thaw.” Nobody believed him.\n\n"
        "Years later, he wrote in The Grain Winter: “We ate the seed corn and hoped.”\n"
    )
    claims = [c for c in extract(text, sources=[GRAIN_BOOK]).claims if c.kind == "quotation"]
    assert [c.source_id for c in claims] == ["voss-grain-winter"] * 2
    assert [c.date for c in claims] == [None, None]
    assert not any("from the source's date" in (c.notes or "") for c in claims)


def test_a_speech_is_dated_by_its_own_date() -> None:
    # a speech (a letter, minutes...) is dated when its words were said: that date stays
    text = "At the harbour Albrecht Voss declared: “The pier will stand by the autumn.”\n"
    (claim,) = extract(text, sources=[HARBOUR_SPEECH]).claims
    assert (claim.source_id, claim.date) == ("voss-harbour-speech", "1921-03-02")
