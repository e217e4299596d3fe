"""Attribution in memoir and history prose: a diary quoted under a heading over many
paragraphs, quotations nested in it, lead-ins that describe their speaker. The passages are
written for the tests, in the manner of a statesman's memoir."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim

DIARY = (
    "The conversations I had with the Marshal showed me very clearly that he was then a "
    "pronounced pacifist.\n\n"
    "_Extract from my Diary._\n\n"
    '"On the Eastern front, 1916. We drove to the lines early in the morning, and the mist '
    "lay thick over the river while the Marshal explained the positions to us.\n\n"
    '"_Kovel._\n\n'
    '"The town was nearly empty. A few old people sat on their steps and watched the cars '
    "go by without a word, and the church bells had been taken for the guns.\n\n"
    '"In the evening the Marshal asked me to stay for supper, and we talked of the peace '
    'until late into the night."\n\n'
    "The Marshal left for the north on the following day."
)


def quoted(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind in ("quotation", "oral")]


def test_every_paragraph_of_a_diary_quoted_under_my_diary_is_the_authors() -> None:
    claims = quoted(extract(DIARY, author="Anton Weber").claims)
    assert [c.quote.split()[:3] for c in claims] == [
        ["On", "the", "Eastern"],
        ["The", "town", "was"],
        ["In", "the", "evening"],
    ]  # "_Kovel._" is a heading of the diary, not a quotation
    assert {c.speaker for c in claims} == {"Anton Weber"}
    assert {c.kind for c in claims} == {"quotation"}  # a diary: a written source
    assert all("document heading" in (c.notes or "") for c in claims)


def test_a_diary_heading_naming_its_keeper_gives_that_person() -> None:
    text = DIARY.replace("_Extract from my Diary._", "From the diary of Colonel Hayward:")
    claims = quoted(extract(text, author="Anton Weber").claims)
    assert {c.speaker for c in claims} == {"Colonel Hayward"}


def test_a_sentence_about_a_diary_is_not_a_heading() -> None:
    text = DIARY.replace(
        "_Extract from my Diary._",
        "I later found the whole account in my diary, written in pencil on the very night "
        "at Kovel.",
    )
    claims = quoted(extract(text, author="Anton Weber").claims)
    assert not any("document heading" in (c.notes or "") for c in claims)
