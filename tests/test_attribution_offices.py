"""Speakers named by a description beside a verb of saying, speakers who address someone,
and speaker names printed over a line break (extract/offices.py, officetags.py, sieves.py's
verbs of telling, speakernames.py). Passages written for the tests: reporting, history and
fiction."""

from __future__ import annotations

from builders import claim_of

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.offices import office_holder, office_noun
from sourcecheck.extract.people import people_of
from sourcecheck.extract.sieves import cue_before


def test_a_description_by_office_beside_the_verb_is_the_explicit_speaker() -> None:
    # Reporting: nobody is named; "the mayor" said it, as surely as a name would say.
    text = (
        "The council met on Tuesday to discuss the new bridge. Several members spoke "
        "against the cost.\n\n"
        "“We cannot afford another year of delay on this project,” the mayor said."
    )
    claim = claim_of(extract_claims(text), "We cannot afford")
    assert claim.speaker == "the mayor"
    assert claim.speaker_confidence == 0.85
    assert "'the mayor said.' beside the quote" in (claim.notes or "")
    text = "“There will be no further concessions this year,” said a spokesman for the ministry."
    claim = claim_of(extract_claims(text), "There will be")
    assert (claim.speaker, claim.speaker_confidence) == ("a spokesman", 0.85)


def test_a_trade_in_a_conversation_keeps_the_verbs_evidence_not_the_turns() -> None:
    # Fiction: the turns of a two-person conversation only kept the description; the verb
    # beside it is the evidence, at an explicit tag's confidence.
    text = (
        "Anna walked into the shop and looked about her.\n\n"
        "“Have you any candles left for the winter?” she asked.\n\n"
        "“None at all, madam, the last of them went yesterday,” said the old shopkeeper."
    )
    claim = claim_of(extract_claims(text), "None at all")
    assert claim.speaker == "the old shopkeeper"
    assert claim.speaker_confidence == 0.85
    notes = claim.notes or ""
    assert "'said the old shopkeeper.' beside the quote" in notes
    assert "conversation turns" not in notes


def test_a_kind_of_person_stays_a_guess() -> None:
    # "the old man" in a story stands for someone the story may name: not an office.
    text = (
        "Mr. Hale came into the archive.\n\n"
        "“Where are the ledgers?” he asked.\n\n"
        "“Gone missing again, sir,” the old man replied."
    )
    claim = claim_of(extract_claims(text), "Gone missing")
    assert claim.speaker_confidence is not None and claim.speaker_confidence < 0.85
    assert [office_noun(w) for w in ("the old man", "the voice", "the other", "a clerk")] == [
        None,
        None,
        None,
        None,
    ]


def test_the_office_the_text_gives_a_person_names_them() -> None:
    titled = (
        "Mayor Thomas Brandt opened the session at nine. He had prepared a long speech.\n\n"
        "“We cannot afford another year of delay on this project,” the mayor said."
    )
    claim = claim_of(extract_claims(titled), "We cannot afford")
    assert claim.speaker == "Thomas Brandt"
    assert claim.speaker_confidence == 0.85
    assert "the mayor = Thomas Brandt" in (claim.notes or "")
    apposed = (
        "Ruth Hale, the chief prosecutor, rose at ten. Her deputy, Tom Reid, sat beside her."
        "\n\n“The evidence is overwhelming and the jury will see it,” the prosecutor said."
    )
    assert claim_of(extract_claims(apposed), "The evidence").speaker == "Ruth Hale"
    lower = (
        "The strike entered its third week. Union leader Maria Costa addressed the crowd.\n\n"
        "“We are not going back until the company signs,” the union leader said."
    )
    assert claim_of(extract_claims(lower), "We are not").speaker == "Maria Costa"
    named = (
        "The harbour board met on Friday. Later the engineer Mara Quist told the council: “We "
        "shall rebuild the pier in stone before the autumn gales.”"
    )
    assert claim_of(extract_claims(named), "We shall").speaker == "Mara Quist"


def test_an_office_given_to_two_people_or_after_a_preposition_names_nobody() -> None:
    two = (
        "Senator Hollis and Senator Grey met the press.\n\n"
        "“We will vote against the bill, all of us, tomorrow,” the senator said."
    )
    claim = claim_of(extract_claims(two), "We will vote")
    assert claim.speaker == "the senator"
    # "on the way to the judge, Mr. Pratt, ...": Mr. Pratt goes to the judge; he is not one
    text = "On the way to the judge, Mr. Pratt, who was tired, said nothing. Later the judge spoke."
    found = office_holder(
        text,
        "the judge",
        text.index("Later"),
        people=people_of(text),
        inside_quote=lambda at: False,
    )
    assert found is None


def test_the_one_told_is_not_the_speaker() -> None:
    told = (
        "The session opened at noon. Senator Hollis told the council: “The bridge will be "
        "finished before the winter comes.”"
    )
    assert claim_of(extract_claims(told), "The bridge").speaker == "Senator Hollis"
    warned = (
        "Senator Hollis spoke first. He warned the assembled delegates: “The treaty is dead "
        "and will never be signed by this government.”"
    )
    assert claim_of(extract_claims(warned), "The treaty").speaker == "Senator Hollis"
    that = (
        "Senator Hollis spoke first. He told the delegates that “the treaty is dead and will "
        "never be signed by this government.”"
    )
    assert claim_of(extract_claims(that), "the treaty").speaker == "Senator Hollis"
    t = "Brandt assured the workers: “"
    cue = cue_before(t, 0, len(t) - 1)
    assert cue is not None and cue.words == "Brandt"


def test_a_description_after_a_noun_in_ing_is_the_subject() -> None:
    # "At the third sitting": a noun, not a participle whose object is the delegate.
    text = (
        "At the third sitting the chief delegate of the Ukraine declared: “We shall sign a "
        "separate peace within days.”"
    )
    claim = claim_of(extract_claims(text), "We shall sign")
    assert claim.speaker == "the chief delegate of the Ukraine"


def test_speaker_names_are_stored_on_one_line() -> None:
    text = (
        "At the third sitting Count\nCzernin declared: “The Central Powers accept the "
        "principle of peace without annexations.”\n\n"
        "The minutes were read aloud.\n\n"
        "“Nothing is missing from the ledgers this year at all,” said the\nold clerk.\n\n"
        "The Austrian\ndelegation declared that the talks would resume early in February."
    )
    claims = extract_claims(text)
    czernin = claim_of(claims, "The Central Powers")
    assert czernin.speaker == "Count Czernin"
    assert "\n" not in (czernin.notes or "")
    assert claim_of(claims, "Nothing is missing").speaker == "the old clerk"
    paraphrase = next(c for c in claims if c.kind == "paraphrase")
    assert paraphrase.speaker is not None and "\n" not in paraphrase.speaker
    for claim in claims:  # the spans still point at the exact text
        assert text[claim.start or 0 : claim.end or 0] == claim.quote
