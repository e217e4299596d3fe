"""Anaphoric attribution: "said she", "her brother replied", "the old lady observed" resolved
to the right person of the text. Passages written for the tests."""

from __future__ import annotations

from builders import speaker_of

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.people import people_of
from sourcecheck.extract.sieves import cue_before

# -- a pronoun: the person the narration before it is about -----------------------------------

NARRATION = (
    "Lady Mary watched Miss Price cross the drawing-room in her new blue gown.\n\n"
    "She had long disliked the manners of Miss Price, and she waited until the music "
    "stopped.\n\n"
    "“What a very remarkable dress,” said she, loud enough to be heard."
)


def test_said_she_is_the_woman_the_narration_is_about_not_the_last_one_named() -> None:
    # The last woman named is Miss Price (after "of"), but the narration is about Lady Mary:
    # "She" opens the sentence before the quotation and goes back to her.
    assert speaker_of(extract_claims(NARRATION), "What a very") == "Lady Mary"


def test_said_he_is_the_subject_of_the_last_clause_of_narration() -> None:
    text = (
        "Colonel Hart came in with his dog; Mr. Dobbs looked up from his paper and saw "
        "Colonel Hart.\n\n"
        "“You are late again,” said he, folding the paper."
    )
    # The last clause opens with Mr. Dobbs; the man named last is Colonel Hart (its object).
    assert speaker_of(extract_claims(text), "You are late") == "Mr. Dobbs"


def test_a_name_after_a_sentence_opening_word_is_the_subject_she_goes_back_to() -> None:
    text = (
        "Mr. Penrose and Mrs. Penrose kept the inn by the harbour, and Miss Hale lodged there "
        "all winter. Mr. Penrose mended the nets.\n\n"
        "Miss Hale had written to her brother of the storm.\n\n"
        "When Mrs. Penrose was told of it, she did not express much surprise.\n\n"
        "“I always said the roof would go,” she cried."
    )
    # "When Mrs. Penrose" is Mrs. Penrose, not "When Mrs" and a bare "Penrose" (two of them):
    # the woman the last sentence is about, not Miss Hale named before it.
    assert speaker_of(extract_claims(text), "I always said") == "Mrs. Penrose"


# -- the subject of a lead-in is not the subject of its subordinate clause --------------------


def test_the_subject_of_a_when_clause_is_not_who_replies() -> None:
    leadin = "Mr. Pell listened to her with a frown, and when she ceased speaking, replied thus,"
    cue = cue_before(leadin, 0, len(leadin))
    assert cue is not None and cue.words == "Mr. Pell"


def test_a_when_clause_with_its_own_verb_names_the_speaker_when_nobody_else_does() -> None:
    leadin = "A few days had passed, when Harriet came in and, after hesitating, thus began:"
    cue = cue_before(leadin, 0, len(leadin))
    assert cue is not None and cue.words == "Harriet"


def test_a_subject_set_off_by_commas_after_when_is_the_speaker() -> None:
    leadin = "Oliver was silent, when Mr. Sowerberry, after a glance at his wife, said,"
    cue = cue_before(leadin, 0, len(leadin))
    assert cue is not None and cue.words == "Mr. Sowerberry"


# -- people: a bare surname shared by two men goes to the one the text names far more ---------


def test_a_bare_surname_goes_to_the_man_the_text_names_far_more_often() -> None:
    text = " ".join(
        ["Then Bill Sikes came in, and Bill took off his hat."] * 6
        + ["The dog growled, and then Sikes kicked it."] * 4
        + ["The warrant named Mr. William Sikes, and the clerk read out Mr. William Sikes."]
    )
    people = people_of(text)
    sikes = people.resolve("Sikes")
    assert sikes is not None and sikes is people.resolve("Bill Sikes")
    assert people.resolve("Mr. William Sikes") not in (None, sikes)


def test_a_bare_surname_stays_nobody_s_between_two_men_named_alike() -> None:
    text = " ".join(
        ["Then Bill Sikes came in, and Bill took off his hat."] * 3
        + ["Then Tom Sikes came in, and Tom sat down."] * 2
        + ["The dog growled, and then Sikes kicked it."] * 4
    )
    assert people_of(text).resolve("Sikes") is None


# -- a reply: the person the turn it answers calls by name --------------------------------------


def test_he_replied_is_the_man_the_turn_before_called_by_name() -> None:
    text = (
        "Mr. Hurst was asleep on the sofa by the fire.\n\n"
        "“I am afraid, Mr. Darcy,” observed Miss Bingley, “that this walk has tired you.”\n\n"
        "“Not at all, I assure you, madam,” he replied; “it was a pleasant one.”"
    )
    # The last man the narration names is Mr. Hurst; the reply answers the one called.
    assert speaker_of(extract_claims(text), "Not at all") == "Mr. Darcy"


def test_the_doctor_replying_is_the_man_called_by_name() -> None:
    text = (
        "Rose came down the stairs in haste.\n\n"
        "“Is the poor boy very badly hurt, Mr. Losberne?” asked Rose.\n\n"
        "“Not so badly as I feared at first,” replied the doctor, “he will mend.”"
    )
    # Without the name called, "the doctor" stays as written (someone of that trade).
    assert speaker_of(extract_claims(text), "Not so badly") == "Mr. Losberne"


def test_her_mother_is_not_the_woman_the_turn_before_called() -> None:
    text = (
        "Mrs. Bennet and Lady Catherine sat in the parlour with Elizabeth.\n\n"
        "“Miss Bennet, I should be glad to take a turn in the garden,” said Lady "
        "Catherine.\n\n"
        "“Go with her ladyship, my dear,” cried her mother, “and shew her the walks.”"
    )
    assert speaker_of(extract_claims(text), "Go with") != "Miss Bennet"


# -- kin: "his brother" is of the family of the one "his" is ----------------------------------


def test_his_brother_is_the_other_man_of_the_family_of_the_one_he_answers() -> None:
    text = (
        "Mr. George Knightley and Mr. John Knightley sat by the fire with Mr. Weston, "
        "who soon went out.\n\n"
        "“I have always thought the same of handwriting in a family,” said Mr. John "
        "Knightley.\n\n"
        "“Yes, there is a likeness in it,” said his brother, “I know what you mean.”"
    )
    assert speaker_of(extract_claims(text), "Yes, there is") == "Mr. George Knightley"


def test_her_sister_is_the_other_woman_of_the_family() -> None:
    text = (
        "Miss Jane Bennet and Miss Mary Bennet were at the table with Mr. Collins, and Mary "
        "read on.\n\n"
        "“It has been a very agreeable day for us all,” said Miss Jane Bennet.\n\n"
        "“You are very cruel to say so,” said her sister, “and you know it.”"
    )
    assert speaker_of(extract_claims(text), "You are very cruel") == "Miss Mary Bennet"


def test_a_term_quoted_in_passing_does_not_cut_the_narration_before_he() -> None:
    text = (
        "Mr. Grey was a man of endless courage; considerations of safety were alien to "
        "him.\n\n"
        "It was hard for him to understand our plan. In that period, he often condemned the "
        "“policy of half measures,” making no distinction between Lord Ashby’s stand and "
        "my own. Early in May, he wrote: “One thing above all is necessary for us now, and "
        "that is a stern power.”"
    )
    # Without the scare quote the sentence opens with "he": the narration is about Mr. Grey.
    assert speaker_of(extract_claims(text), "One thing above all") == "Mr. Grey"


# -- a description is not the person another description of the scene names -------------------

SCENE = (
    "Rose shook her head. “It is very late,” said Rose to Mr. Hale.\n\n"
    + "".join(
        f"“{line},” said Mr. Hale.\n\nThe river ran on below them in the dark.\n\n"
        for line in ("We shall wait", "She may not come", "The clock has struck")
    )
    + "Polly came out of the shadow with her head bowed. “I kept my word,” said Polly.\n\n"
    "“You did,” said Mr. Hale.\n\n"
    "“I always do,” replied the girl.\n\n"
    "“Poor creature, she is trembling!” cried the young lady."
)


def test_the_young_lady_is_not_the_girl_of_the_same_scene() -> None:
    claims = extract_claims(SCENE)
    assert speaker_of(claims, "I always do") == "Polly"
    # "the girl" is Polly: "the young lady" is the other woman of the scene, who spoke
    # before the last turns (Rose), not Polly again.
    assert speaker_of(claims, "Poor creature") == "Rose"


# -- "her ladyship" after a long passage that names nobody ----------------------------------

LONG_TALK = (
    "Lady Catherine received them in state; Lady Catherine spoke first, and Lady Catherine "
    "asked every question. Lady Catherine was pleased with her own voice. Lady Lucas was not "
    "there; Lady Catherine would not have her.\n\n"
    + "".join(f"The rain went on; the clock struck {k}.\n\n" for k in range(36))
    + "“Upon my word,” said her ladyship, “you give your opinion very decidedly.”"
)


def test_her_ladyship_is_the_lady_the_text_names_most_when_the_scene_names_nobody() -> None:
    assert speaker_of(extract_claims(LONG_TALK), "you give") == "Lady Catherine"


def test_her_ladyship_printed_with_a_capital_is_the_lady_too() -> None:
    # "her Ladyship": a title word capitalized, not a person the text calls "Ladyship".
    text = LONG_TALK.replace("said her ladyship", "said her Ladyship")
    assert speaker_of(extract_claims(text), "you give") == "Lady Catherine"


def test_a_woman_named_inside_a_sentence_about_she_is_not_who_she_is() -> None:
    # "She" opens the sentence that names Miss Price (an owner, then a subordinate subject):
    # the sentence is about the woman "she" goes on about, Lady Mary, named before it.
    text = (
        "Lady Mary walked out alone after breakfast, as she often did.\n\n"
        "The morning was fine. The park was quiet. The birds sang in the elms.\n\n"
        "She was reading once more Miss Price's last letter, and dwelling on the passages "
        "which proved that Miss Price had not written in spirits, when she saw Colonel Hart "
        "coming towards her. Putting the letter away, she said,\n\n"
        "“I did not know that you ever walked this way.”\n"
    )
    assert speaker_of(extract_claims(text), "I did not know") == "Lady Mary"


# -- a pronoun no person of its gender explains: the person named once before it -----------


def test_he_named_once_is_never_an_organisation_named_after_him() -> None:
    # Nobody's gender is shown; the last "person" named is the committee: "he" is Kamenev.
    text = (
        "Kamenev came in late. The Central Executive Committee met in the evening…\n\n"
        "“Impossible,” he replied."
    )
    claims = extract_claims(text)
    assert speaker_of(claims, "Impossible") == "Kamenev"


def test_a_reply_is_not_said_by_the_person_whose_words_it_answers() -> None:
    # Anna's gender is never shown: "he replied" answers her, so it is not Anna (unknown).
    claims = extract_claims("“Yes,” said Anna. “No,” he replied.")
    assert speaker_of(claims, "Yes") == "Anna"
    assert speaker_of(claims, "No") is None


def test_he_said_without_a_reply_is_still_the_person_named_once_before() -> None:
    # "said" reports no reply: the rule leaves the guess (the person named once) alone.
    claims = extract_claims("“Yes,” said Liebknecht. “No,” he said.")
    assert speaker_of(claims, "No") == "Liebknecht"


# -- a possessive name before a noun: the person described, not the owner --------------------


def test_a_possessive_name_before_a_noun_is_not_the_speaker() -> None:
    text = "Mr. Bumble came home late.\n\n“Where have you been?” asked Mr. Bumble’s good lady."
    assert speaker_of(extract_claims(text), "Where have") == "Mr. Bumble’s good lady"


def test_a_possessive_description_resolves_to_the_person_the_text_names() -> None:
    text = (
        "Mrs. Bumble was cross that night. Mr. Bumble came home late.\n\n"
        "“Where have you been?” asked Mr. Bumble's good lady."
    )
    assert speaker_of(extract_claims(text), "Where have") == "Mrs. Bumble"


# -- a description the narration names before a pronoun is who the pronoun is -----------------


def test_said_he_is_her_father_who_met_her_not_the_man_named_before() -> None:
    text = (
        "Mr. Grey came home from town on Tuesday.\n\n"
        "Miss Ellen Grey was glad, for she had missed him. She read the letter Mr. Lowe had "
        "written. As she came down the stairs, she was met by her father, who came out of the "
        "library.\n\n"
        "“Ellen,” said he, “come into my room.”"
    )
    # The last man named is Mr. Lowe; the last sentence is about her father, Mr. Grey.
    assert speaker_of(extract_claims(text), "Ellen") == "Mr. Grey"


# -- "she added" goes on with the last speaker unless the narration since is about another -----


def test_she_added_is_the_woman_the_narration_names_since_the_last_speaker() -> None:
    text = (
        "“You may be sure of it, madam,” said Miss Crane, “that your daughter shall want for "
        "nothing while she stays.”\n\n"
        "Mrs. Pratt was profuse in her thanks.\n\n"
        "“I am sure,” she added, “that nobody was ever so kind.”"
    )
    # "added" would give the quotation to Miss Crane, who spoke last; the narration since is
    # about Mrs. Pratt.
    assert speaker_of(extract_claims(text), "that nobody") == "Mrs. Pratt"


def test_she_added_goes_on_with_the_last_speaker_when_the_narration_is_about_her() -> None:
    text = (
        "“You may be sure of it, madam,” said Miss Crane to Mrs. Pratt.\n\n"
        "She paused a moment.\n\n"
        "“I am sure,” she added, “that nobody will want for anything.”"
    )
    assert speaker_of(extract_claims(text), "that nobody") == "Miss Crane"


def test_said_she_is_the_woman_the_narration_names_not_the_conversation_s_turn() -> None:
    text = (
        "“Shall we walk to the village?” said Mrs. Price.\n\n"
        "“I had rather stay at home,” said Miss Hale.\n\n"
        "“Then I shall go alone,” said Mrs. Price.\n\n"
        "“As you please,” said Miss Hale.\n\n"
        "Miss Hale put down her work and looked at the fire for a long while.\n\n"
        "“You are very unkind to-day,” said she."
    )
    # The turns alternate Mrs. Price, Miss Hale, Mrs. Price, Miss Hale: the next would be Mrs.
    # Price's, but the narration between is about Miss Hale, who goes on.
    assert speaker_of(extract_claims(text), "You are very unkind") == "Miss Hale"


def test_said_she_is_not_something_unnamed_in_a_sentence_about_her() -> None:
    text = (
        "Miss Lane walked home along the river.\n\n"
        "It was a warm evening, and the water was very still.\n\n"
        "The birds had gone quiet in the hedges.\n\n"
        "Just as she turned the corner, she saw that one of the gates stood open. "
        "“How very odd!” she said."
    )
    # "one of the gates" is named in a sentence whose subject is "she": not who "she" is.
    assert speaker_of(extract_claims(text), "How very odd") == "Miss Lane"
