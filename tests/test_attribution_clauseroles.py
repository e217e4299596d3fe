"""Who "he" or "she" beside a quotation is, by where the names of the narration stand in
their clauses: a name in a phrase fronted before the pronoun's own clause ("When alone with
Mrs. Hale, she said"), or after the pronoun in its own clause ("he said, handing Mr.
Bumble's glass"), is someone else. Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims

# -- a name in a fronted phrase, other than as its clause's subject ------------------------


def test_a_woman_named_in_a_fronted_phrase_is_not_who_she_is() -> None:
    text = (
        "Miss Grant had listened to Mrs. Hale all through dinner without a word.\n\n"
        "When alone with Mrs. Hale afterwards, she spoke more freely. “It was a poor match "
        "for my cousin,” said she, “and everybody knew it.”"
    )
    # Mrs. Hale is the first woman the last clause names, but inside "When alone with ...":
    # a writer who meant her would not have named her there. The clause before: Miss Grant.
    assert speaker_of(extract_claims(text), "It was a poor match") == "Miss Grant"


def test_the_owner_of_an_act_in_a_fronted_phrase_is_not_who_she_is() -> None:
    text = (
        "Miss Grant had waited all the morning to speak to her cousin about the letter.\n\n"
        "At last, on Mrs. Hale's leaving the room, she could not help saying, “I wish my aunt "
        "were less severe with poor Tom.”"
    )
    # "on Mrs. Hale's leaving": Mrs. Hale leaves; the one left behind speaks.
    assert speaker_of(extract_claims(text), "I wish my aunt") == "Miss Grant"


def test_the_subject_of_a_fronted_clause_may_still_be_who_she_is() -> None:
    text = (
        "Miss Grant had gone out to the garden before the post came.\n\n"
        "When at last Mrs. Hale opened the letter, she turned quite pale. “It is from my "
        "brother,” said she, “and he is coming home.”"
    )
    # The subject of the when-clause is the usual referent ("When X did this, she ...").
    assert speaker_of(extract_claims(text), "It is from my brother") == "Mrs. Hale"


def test_the_owner_of_a_thing_in_a_fronted_phrase_may_be_who_she_is() -> None:
    text = (
        "Mrs. Hale talked on about the new curate and his sisters for an hour.\n\n"
        "At this moment, a sudden suspicion entering Miss Grant's head about Mrs. Hale, she "
        "said, “You must have known him before he came here.”"
    )
    # "entering Miss Grant's head": the suspicion is hers, and so are the words.
    assert speaker_of(extract_claims(text), "You must have known") == "Miss Grant"


# -- a name after the pronoun in its own clause ----------------------------------------------


def test_he_is_not_the_man_his_own_clause_names_after_him() -> None:
    text = (
        "Mr. Monks sat down at the table opposite Mr. Bumble and watched him closely. "
        "Mr. Bumble drank his gin and water in silence.\n\n"
        "“Fill this glass again,” he said, handing Mr. Bumble's empty tumbler to the "
        "landlord."
    )
    # Mr. Bumble is the subject of the sentence before, but "he said, handing Mr. Bumble's
    # tumbler" cannot be Mr. Bumble handing his own: the pronoun governs its clause.
    assert speaker_of(extract_claims(text), "Fill this glass") == "Mr. Monks"


# -- a clause without a subject of its own goes on with the one before -----------------------


def test_a_clause_after_a_semicolon_without_a_subject_goes_on_with_the_one_before() -> None:
    text = (
        "Mrs. Cole talked of her new pianoforte for a long while, and Mr. Grey listened.\n\n"
        "Miss Hale made a polite answer; and finding that nothing more was to be learned "
        "from any remark of Mrs. Cole's, turned to Mr. Grey.\n\n"
        "“Why do you smile?” said she."
    )
    # "and finding ..., turned to Mr. Grey" has no subject: Miss Hale's, not a clause about
    # Mrs. Cole (the only woman it names).
    assert speaker_of(extract_claims(text), "Why do you smile") == "Miss Hale"
