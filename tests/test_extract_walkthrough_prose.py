"""Walls a third new user's walkthrough of ``extract`` hit on an article of their own (issue
12), each on a passage written for the test: a memoir's words said "he admitted" made
``oral``; dates carried across a change of subject and across "Two thousand years earlier";
a written quotation's "he" given to the person of an earlier paragraph; two placeholder
sources for one person; "X also argued that ..." never proposed as a paraphrase."""

from __future__ import annotations

from builders import claim_of

from sourcecheck.extract.claims import extract
from sourcecheck.models import Source

ARTICLE = (
    "Water and Ruin\n\n"
    "Floods still teach us about haste. In his memoir, the engineer Thomas Holloway described "
    "the winter the dam failed. On March 3, 1931, he wrote in his journal: “The water came at "
    "night. Nobody in the valley slept.”\n\n"
    "Holloway was candid about why the company had built so fast. “The board wanted the "
    "turbines running before the election,” he admitted. Of the inspectors he met on April 9, "
    "1931, Holloway said that they were “tired men with too many dams to see in one season.”\n\n"
    "Two thousand years earlier, Lucius Seneca had asked whether a wise man should fear "
    "disaster. Seneca also argued that a wise man rehearses misfortune before it arrives, so "
    "that it finds him ready. “Luck never gave anything that it could not take away,” he "
    "warned.\n"
)


def test_a_memoirs_words_said_he_admitted_are_a_quotation_of_it() -> None:
    # The paragraph before is about his memoir and journal: "admitted", "said that" are the
    # book's words, not a scene's (the article's "teach us" is no narrator at a scene).
    claims = extract(ARTICLE).claims
    for begins in ("The board wanted", "tired men"):
        claim = claim_of(claims, begins)
        assert claim.kind == "quotation", claim.notes
        assert claim.source_id == "unidentified-thomas-holloway"


def test_a_pronoun_in_a_paragraph_about_another_person_is_that_person() -> None:
    claim = claim_of(extract(ARTICLE).claims, "Luck never gave")
    assert claim.speaker == "Seneca", claim.notes
    assert "the paragraph is about Seneca" in (claim.notes or "")


def test_no_date_is_carried_across_a_change_of_subject_and_of_century() -> None:
    claim = claim_of(extract(ARTICLE).claims, "Luck never gave")
    assert claim.date is None, claim.notes


def test_a_time_shift_ends_the_date_carried_for_the_same_person() -> None:
    # Same speaker on both sides of "Three centuries earlier": April 1916 is not the date of
    # what his ancestor's chronicle says, nor of the figure stated after the shift.
    text = (
        "On April 4, 1916, Mayor Anselme Roux opened the council at Lyon. “The bridge will "
        "be rebuilt before winter,” Roux said.\n\n"
        "Three centuries earlier, the town had counted 40 families on the river bank. Roux "
        "liked to quote the chronicle of that age. “The river gives and the river takes "
        "away,” Roux wrote.\n"
    )
    claims = extract(text).claims
    assert claim_of(claims, "The bridge will").date == "1916-04-04"
    assert claim_of(claims, "The river gives").date is None
    figure = claim_of(claims, "Three centuries earlier")
    assert figure.kind == "figure" and figure.date is None, figure.notes
    assert "figures: 40 (families)" in (figure.notes or "")  # "Three centuries": a time
    shifted = extract("Four centuries earlier, the abbey had stood alone on the hill.").claims
    assert not [c for c in shifted if c.kind == "figure"]


def test_one_placeholder_source_per_person() -> None:
    result = extract(ARTICLE)
    cited = {c.source_id for c in result.claims}
    assert "unidentified-holloway" not in cited
    assert [s.id for s in result.placeholders].count("unidentified-thomas-holloway") == 1
    assert {s.id for s in result.placeholders} == cited - {None}


def test_x_argued_that_is_a_paraphrase_of_xs_source() -> None:
    letters = Source(
        id="seneca-letters", title="Moral Letters", author="Lucius Seneca", kind="book"
    )
    memoir = Source(id="holloway-memoir", title="Dam Years", author="Thomas Holloway")
    claims = extract(ARTICLE, sources=[letters, memoir]).claims
    claim = claim_of(claims, "Seneca also argued that")
    assert claim.kind == "paraphrase" and claim.speaker == "Lucius Seneca"
    assert claim.source_id == "seneca-letters", claim.notes
    assert claim_of(claims, "Luck never gave").source_id == "seneca-letters"
    # A belief is no source's words ("thought that", "a pronounced feeling that"), and the
    # speaker is the subject of the verb of saying, not a name after it.
    for sentence in (
        "On the bridge Roux thought that the river was rising again.",
        "Mr. Roux had a very pronounced feeling that the river was rising again.",
    ):
        assert not [c for c in extract(sentence).claims if c.kind == "paraphrase"]
    later = extract("In the end the town council agreed that Holloway should rebuild it.").claims
    assert not [c for c in later if c.kind == "paraphrase" and c.speaker == "Holloway"]


def test_the_paragraphs_subject_is_never_a_pronoun_of_another_gender() -> None:
    # "she wrote" after "Mr. Arthur Penrose also argued ...": not Mr. Penrose, whatever
    # the paragraph's subject; the nurse of the paragraph before.
    text = (
        "The nurse Edith Lane kept a diary of the long winter at the hospital. “The wards are "
        "full and the coal is gone,” said Edith Lane. She wrote every night.\n\n"
        "Two decades later, her diary was printed. Mr. Arthur Penrose also argued that the "
        "shortages had been exaggerated. “Every word of it was true,” she wrote.\n"
    )
    claim = claim_of(extract(text).claims, "Every word of it")
    assert claim.speaker == "Edith Lane", claim.notes


def test_as_he_put_it_in_x_words_and_to_quote_x_are_attributions() -> None:
    text = (
        "The council met again in the spring. Mayor Anselme Roux spoke first. “We shall build "
        "the bridge before winter,” said Roux.\n\n"
        "The engineers doubted it. In Thomas Holloway's words, “a bridge built in haste is a "
        "bridge built twice.” To quote the county surveyor, “the river has not read the "
        "mayor's speech.”\n\n"
        "Roux did not give way. As he put it in his letter to the council, “a town that waits "
        "for certainty waits for ever.”\n"
    )
    claims = extract(text).claims
    expected = {
        "a bridge built": ("Thomas Holloway", "In Thomas Holloway's words"),
        "the river has": ("county surveyor", "To quote the county surveyor"),
        "a town that": ("Roux", "As he put it in his letter to the council"),
    }
    for begins, (speaker, phrase) in expected.items():
        claim = claim_of(claims, begins)
        assert claim.speaker == speaker, claim.notes
        # "In X's words," is also a lead-in owning a noun of saying (sentenceaway: 0.95)
        assert f"attribution: {phrase!r}"[:-1] in (claim.notes or ""), claim.notes
        assert (claim.speaker_confidence or 0) >= 0.75
