"""Long speeches, names called and names echoed (extract/beside.py, turns.py, vocatives.py).
Every passage is written for these tests."""

from __future__ import annotations

from sourcecheck.extract.attribution import NameEvidence, mentions
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.extract.vocatives import vocatives
from sourcecheck.models import Claim


def by_quote(claims: list[Claim], start: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(start))


STORY = (
    "Small sat in the chair with his hands chained, and Holmes stood by the fire.\n\n"
    '"Justice!" snarled Small. "Whose loot is this, if it is not ours?"\n\n'
    '"You forget that we know nothing of all this," said Holmes quietly.\n\n'
    '"Well, sir, you have been fair to me, and I will tell you my story. I was born '
    "near Pershore, and my people were farmers there.\n\n"
    '"I went out to India with the regiment, and I kept the watch at the old gate of the '
    "fort, night after night, with two men of the country.\n\n"
    '"Take him to the guard," said I. The two men marched him off through the dark gateway, '
    "and I stayed at the gate with the lantern.\n\n"
    "He stopped, and held out his hands for the glass."
)


def test_a_speech_of_many_paragraphs_is_not_attributed_by_a_verb_at_its_end() -> None:
    claims = extract_claims(STORY, author="John Watson")
    story = by_quote(claims, "Well, sir, you have been fair")
    # "said I" at the end is Small telling his story, not Watson speaking it.
    assert story.speaker == "Small"
    assert "said I" not in (story.notes or "")


def test_a_speech_of_two_paragraphs_keeps_the_verb_after_it() -> None:
    text = (
        "Mr. Weston and Emma walked in the garden.\n\n"
        "“I have a piece of news for you. Frank is coming next week.\n\n"
        "“He writes that he will stay a fortnight,” said Mr. Weston."
    )
    claims = extract_claims(text)
    assert by_quote(claims, "I have a piece of news").speaker == "Mr. Weston"


def test_a_name_exclaimed_and_spoken_of_again_is_no_vocative() -> None:
    p = people_of("Mrs. Dixon wrote. Mrs. Dixon came. Frank sat. Frank spoke. Emma sat.")
    echo = "Mrs. Dixon! very true indeed. I had not thought of Mrs. Dixon."
    assert vocatives(echo, p) == set()
    assert vocatives("Mrs. Dixon! do come in, the tea is ready.", p) == {"Mrs. Dixon"}
    assert vocatives("Mrs. Dixon, I had not thought of Mrs. Dixon's letter.", p) == {"Mrs. Dixon"}


def test_a_title_s_full_stop_does_not_cut_the_name_in_a_lead_in() -> None:
    text = (
        "It was a sad event, and even Mr.\nWeston shook his head, and looked solemn, "
        "and said, “Ah! poor woman, who would have thought it!”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Ah! poor woman").speaker == "Mr. Weston"  # was "Mr"
    t = "Then Dr. Watson rose."
    found = [
        m.text for m in mentions(t, 0, len(t), NameEvidence(t), titled=True) if m.kind == "name"
    ]
    assert found == ["Dr. Watson"]


def test_miss_and_a_surname_called_is_the_daughter_of_that_family_in_the_scene() -> None:
    text = (
        "Lady Catherine sat with Elizabeth Bennet in the drawing-room; Miss Bennet, the "
        "eldest, was away at home, and Miss Bennet wrote every week. Then Elizabeth sat down, "
        "and Elizabeth waited, and Elizabeth said nothing.\n\n"
        "“Do you play and sing, Miss Bennet?” said Lady Catherine.\n\n"
        "“A little.”\n\n"
        "“Oh! then we shall be happy to hear you some time or other.”\n\n"
        "“I thank your ladyship.”"
    )
    claims = extract_claims(text)
    little = by_quote(claims, "A little")
    assert little.speaker == "Elizabeth"  # not the eldest, "Miss Bennet", who is away
    assert "Miss Bennet: Elizabeth" in (little.notes or "")
    assert by_quote(claims, "I thank your ladyship").speaker == "Elizabeth"
    assert by_quote(claims, "Oh! then we shall").speaker == "Lady Catherine"


def test_the_daughter_a_turn_calls_miss_and_her_surname_does_not_speak_it() -> None:
    text = (
        "Lady Catherine sat with Elizabeth Bennet in the drawing-room; Miss Bennet, the "
        "eldest, was away at home, and Miss Bennet wrote every week. Then Elizabeth sat down, "
        "and Elizabeth waited, and Elizabeth said nothing.\n\n"
        "“You can be at no loss to understand my journey hither,” said Lady Catherine.\n\n"
        "“Indeed, you are mistaken, madam,” said Elizabeth.\n\n"
        "“Obstinate, headstrong girl! I am ashamed of you!”\n\n"
        "“Let us sit down. You are to understand, Miss Bennet, that I came with a purpose.”\n\n"
        "“That will make your ladyship's situation at present more pitiable.”\n\n"
        "“I will not be interrupted. Hear me in silence.”\n\n"
        "“In marrying your nephew, I should not quit that sphere,” said Elizabeth."
    )
    claims = extract_claims(text)
    # Lady Catherine speaks twice: the second turn calls Elizabeth "Miss Bennet", so it is
    # not Elizabeth's, though she spoke two turns before.
    assert by_quote(claims, "Let us sit down").speaker == "Lady Catherine"
    assert by_quote(claims, "That will make").speaker == "Elizabeth"
    assert by_quote(claims, "I will not be interrupted").speaker == "Lady Catherine"


def test_a_verb_of_saying_after_an_auxiliary_and_its_subject_names_the_speaker() -> None:
    text = (
        "Mrs. Bennet and Jane sat by the fire. Their reception at home was most kind, and "
        "more than once during dinner did Mr. Bennet say voluntarily to Elizabeth,\n\n"
        "“I am glad you are come back, Lizzy.”"
    )
    lizzy = by_quote(extract_claims(text), "I am glad you are come back")
    assert lizzy.speaker == "Mr. Bennet"  # not Mrs. Bennet, the subject of the sentence before
    assert "verb 'say'" in (lizzy.notes or "")
    t = "“Shall we go?” one could question, and nobody did."
    assert by_quote(extract_claims(t), "Shall we go").speaker != "one could"
