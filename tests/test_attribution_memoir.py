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


def speaker_of(text: str) -> str | None:
    claims = quoted(extract(text, author="Anton Weber").claims)
    assert len(claims) == 1, claims
    return claims[0].speaker


def test_the_agent_of_a_passive_lead_in_is_the_speaker() -> None:
    text = (
        "When the nephew was already Regent, and his much older uncle still a captain, the "
        "difference in their positions was summed up by the witty Hallmayer in the following "
        "terms: "
        '"The Regent has the crown, and the captain has the debts, and neither can be rid of '
        'his burden."'
    )
    assert speaker_of(text) == "Hallmayer"


def test_words_between_the_verb_and_the_colon_keep_the_subject() -> None:
    text = (
        "The Chancellor spoke to the deputies about the harvest. An old deputy of long "
        "experience said to me in the winter of 1916: "
        '"We shall not feed the towns another year on promises alone."'
    )
    assert speaker_of(text) == "an old deputy"


def test_a_relative_clause_between_subject_and_verb_names_no_speaker() -> None:
    text = (
        "Baron Hallmayer invited the Regent to hunt. The visiting duke, who mistook the "
        "Regent Albrecht for a forester, said to him during dinner: "
        '"I hope the Regent himself will not come with us tomorrow, for he is tiresome."'
    )
    assert speaker_of(text) == "the visiting duke"


def test_a_pronoun_opening_the_second_clause_is_the_sentence_subject() -> None:
    text = (
        "The Regent gave me his pamphlet on the navy. A professor from the Academy had "
        "warmly praised the pamphlet to me, but he went on to say: "
        '"The Regent writes like a man who has never been contradicted in his life."'
    )
    assert speaker_of(text) == "a professor"


def test_a_quotation_nested_in_a_quoted_diary_is_attributed_by_the_words_inside_it() -> None:
    text = DIARY.replace(
        "the church bells had been taken for the guns.",
        "the church bells had been taken for the guns. I drove back together with Colonel "
        "Hayward. When we passed the batteries, he remarked: 'The gunners will throw their "
        "shells at me when they see me coming down this road again.'",
    )
    claims = quoted(extract(text, author="Anton Weber").claims)
    nested = [c for c in claims if c.quote.startswith("The gunners")]
    assert [(c.speaker, c.kind) for c in nested] == [("Colonel Hayward", "oral")]
    outer = [c for c in claims if c.quote.startswith("The town")]
    assert [c.speaker for c in outer] == ["Anton Weber"]  # the diary paragraph stays his
