"""Conversation turns (extract/turns.py, alternation.py): who speaks the quotations nobody
names beside them. Every passage is written for these tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sourcecheck.extract.addressees import narrated_addressees
from sourcecheck.extract.attribution import NameEvidence
from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.cue import Cue
from sourcecheck.extract.partners import usual_partners
from sourcecheck.extract.people import people_of
from sourcecheck.extract.sameparagraph import SAME_PARAGRAPH_SIEVE, leadin_subject, someone_else
from sourcecheck.extract.turns import fill_turns
from sourcecheck.extract.vocatives import kin_called, vocatives
from sourcecheck.models import Claim


def by_quote(claims: list[Claim], start: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(start))


def test_a_thought_calls_nobody_of_the_scene() -> None:
    text = (
        "Emma walked with Harriet to the lane. Harriet talked and Harriet laughed, and "
        "Harriet spoke of Mr. Martin.\n\n"
        "“Well done, Mrs. Martin!” thought Emma. “You know what you are about.”\n\n"
        "“And Mrs. Martin sent a goose to Mrs. Goddard, the finest goose she ever saw.”\n\n"
        "“Mr. Martin, I suppose, is not a man of information?”\n\n"
        "“Oh yes! He reads the Agricultural Reports, and a great many other things.”"
    )
    claims = extract_claims(text)
    goose = by_quote(claims, "And Mrs. Martin sent")
    assert goose.speaker == "Harriet"  # Mrs. Martin is thought of, not spoken to
    assert by_quote(claims, "Oh yes!").speaker == "Harriet"
    assert by_quote(claims, "Mr. Martin, I suppose").speaker == "Emma"


def test_a_name_before_two_asides_and_a_verb_is_the_subject_not_a_vocative() -> None:
    p = people_of("Jane Fairfax came. Miss Fairfax sat. Miss Fairfax sang. Emma came. Emma sat.")
    quote = "Miss Fairfax, I suppose, though you were not aware of it, had made up her mind?"
    assert vocatives(quote, p) == set()
    assert vocatives("Miss Fairfax, I suppose, though it is late, you will sing?", p) == {
        "Miss Fairfax"
    }


def test_a_name_in_apposition_is_no_vocative() -> None:
    p = people_of(
        "Then Major Sholto came and Major Sholto sat; then Lal Rao came and Lal Rao sat; "
        "then Holmes came and Holmes sat."
    )
    assert vocatives("There is this butler, Lal Rao, whom we have not seen.", p) == set()
    assert vocatives("Only one friend, Major Sholto, of his own regiment.", p) == set()
    assert vocatives("I assure you, Holmes, that it is true.", p) == {"Holmes"}
    assert vocatives("Lal Rao, who let you in?", p) == {"Lal Rao"}


def test_the_turns_before_outrank_a_name_the_next_turn_calls() -> None:
    text = (
        "Mr. Knightley sat by the window and read; Mr. Knightley said nothing at all.\n\n"
        "“Shall we walk to the mill?” said Emma.\n\n"
        "“I should like it of all things,” said Harriet.\n\n"
        "“Then we go at noon, and we take the lane by the church.”\n\n"
        "“Mr. Knightley, will you not come with us?”"
    )
    claims = extract_claims(text)
    noon = by_quote(claims, "Then we go at noon")
    assert noon.speaker == "Emma"  # not Mr. Knightley, whom the next turn asks
    assert "two turns before" in (noon.notes or "")


def test_a_paragraph_s_quotations_follow_the_speaker_the_conversation_gives_its_first() -> None:
    text = (
        "Fagin sat by the fire, and Nancy sat by the door, and the wind blew.\n\n"
        "“Where is Bill gone, Nancy?” said Fagin.\n\n"
        "“Gone,” replied the girl, without looking up. “Gone these two days, and he never "
        "said where.”\n\n"
        "“And the boy?”\n\n"
        "“The boy is better where he is.”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Gone these two days").speaker == "Nancy"  # with "Gone"
    assert by_quote(claims, "The boy is better").speaker == "Nancy"  # answers the last of them


def test_a_silent_answer_is_a_turn_of_the_conversation() -> None:
    text = (
        "Jane sat with Elizabeth by the fire. Jane and Elizabeth were alone.\n\n"
        "“The party seemed so well selected,” said Jane to Elizabeth.\n\n"
        "Elizabeth smiled.\n\n"
        "“You must not do so. You must not suspect me.”\n\n"
        "“How hard it is in some cases to be believed!”\n\n"
        "“And how impossible in others!”"
    )
    claims = extract_claims(text)
    # Elizabeth's smile answered Jane: Jane goes on, and the turns alternate from her.
    assert by_quote(claims, "You must not do so").speaker == "Jane"
    assert by_quote(claims, "How hard it is").speaker == "Elizabeth"
    assert by_quote(claims, "And how impossible").speaker == "Jane"


def test_a_question_the_narration_reports_is_a_turn_of_the_conversation() -> None:
    text = (
        "Tom sat by the window with his uncle, and Mary came in from the garden.\n\n"
        "“The roses are all white this year,” said Tom to his uncle.\n\n"
        "Mary here asked Tom quietly whether the red ones had died in the frost.\n\n"
        "“Not one of them. The gardener planted the wrong trees.”\n\n"
        "“Then we must plant them again in the spring, all of them.”"
    )
    claims = extract_claims(text)
    # Mary's question, told not quoted, is her turn: Tom answers it, and she goes on.
    assert by_quote(claims, "Not one of them").speaker == "Tom"
    assert by_quote(claims, "Then we must plant").speaker == "Mary"


def test_a_silent_answer_by_pronoun_counts_the_other_of_its_gender() -> None:
    text = (
        "Mr. Darcy was writing, and Miss Bingley sat near him. Mr. Darcy wrote on.\n\n"
        "“How delighted your sister will be!” said Miss Bingley, looking at Mr. Darcy.\n\n"
        "He made no answer.\n\n"
        "“You write uncommonly fast.”\n\n"
        "“You are mistaken. I write rather slowly.”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "You write uncommonly").speaker == "Miss Bingley"
    assert by_quote(claims, "You are mistaken").speaker == "Mr. Darcy"


def test_a_lead_in_broken_off_with_a_dash_attributes_the_next_paragraph() -> None:
    text = (
        "Emma and Harriet sat at the window, and Mr. Elton rode by.\n\n"
        "“He is gone,” said Emma.\n\n"
        "After a mutual silence of some minutes, Harriet, with a sigh, began--\n\n"
        "“Do you think he saw us?”"
    )
    claim = by_quote(extract_claims(text), "Do you think")
    assert claim.speaker == "Harriet"
    assert "'began'" in (claim.notes or "")  # the verb of saying, not a guess from turns


def test_a_name_a_verb_of_saying_uses_is_a_person_even_after_in() -> None:
    text = (
        "Mr. Knightley had no great faith in Emma, and he said so. At last Emma rose from "
        "her chair.\n\n"
        "“I shall walk to the lane.”\n\n"
        "“Do as you please,” said Mr. Knightley.\n\n"
        "“I always do,” said Emma."
    )
    evidence = NameEvidence(text)
    assert evidence.is_person("Emma")  # "said Emma", though "in Emma" reads like a place
    assert not NameEvidence("She lived in Highbury, and Highbury was dull.").is_person("Highbury")
    assert by_quote(extract_claims(text), "I shall walk").speaker == "Emma"


def test_papa_is_the_person_the_narration_calls_her_father() -> None:
    text = (
        "Mr. Woodhouse sat by the fire, and Emma sat with him. Mr. Woodhouse was cold.\n\n"
        "“You are cold, my dear,” said her father.\n\n"
        "“Not at all,” said Emma.\n\n"
        "“Then I am glad of it,” said her father.\n\n"
        "Mr. Knightley came in, and Mr. Knightley sat down with his book, and read of the "
        "weather and of the roads, which were dirty.\n\n"
        "“Shall we have some tea, papa?”\n\n"
        "“By all means, my dear, but weak.”"
    )
    # "papa" is whom "said her father" names: the turn after the call is his
    assert by_quote(extract_claims(text), "By all means").speaker == "Mr. Woodhouse"


def test_kin_a_quotation_calls() -> None:
    assert kin_called("Yes, papa; we have something to read you.") == {"father"}
    assert kin_called("My dear mamma, do not be so angry!") == {"mother"}
    assert kin_called("Oh, my dear aunt, how glad I am!") == {"aunt"}
    assert kin_called("Your father and mother are well.") == set()


def test_a_title_and_surname_called_may_be_the_other_of_the_conversation() -> None:
    text = (
        "Elizabeth Bennet walked in the garden. Miss Bennet, her elder sister, stayed with "
        "their mother, and Miss Bennet sewed. Lady Catherine came out to Elizabeth.\n\n"
        "“You have a sister,” said Lady Catherine.\n\n"
        "“I have four, Madam,” said Elizabeth.\n\n"
        "“Four! And are they all out, Miss Bennet?”\n\n"
        "“Yes, Madam, all.”\n\n"
        "“All! Very odd!”"
    )
    claims = extract_claims(text)
    # "Miss Bennet" is called in a talk between Lady Catherine and Elizabeth Bennet
    assert by_quote(claims, "Yes, Madam, all").speaker == "Elizabeth"
    assert by_quote(claims, "All! Very odd").speaker == "Lady Catherine"


def test_a_description_keeps_its_words_when_the_turns_name_the_next_turns_speaker() -> None:
    # The turns would say "the stranger" is Oliver (he spoke two turns before), but Oliver
    # speaks, named, the very next turn: nobody answers themselves, the words stay.
    text = (
        "Oliver sat by the fire of the inn. Mr. Brownlow sat at the table.\n\n"
        "“Who are you?” asked Oliver.\n\n"
        "“A friend,” said Mr. Brownlow.\n\n"
        "“Where do you come from?” asked the stranger.\n\n"
        "“From the town,” said Oliver."
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Where do you").speaker == "the stranger"
    assert by_quote(claims, "From the town").speaker == "Oliver"


@dataclass
class _Turn:
    """A quotation's attribution as the sentence sieves leave it (speakers.Said's fields)."""

    paragraph: int
    speaker: str | None = None
    words: str | None = None
    cue: Cue | None = None
    attributed: bool = False
    speaker_confidence: float = 0.2
    evidence: str = "none found"
    sieve: str = "none"
    speaker_key: str = ""
    starts_paragraph: bool = True
    first_mark: int = 0

    @property
    def last_paragraph(self) -> int:
        return self.paragraph


def _said(paragraph: int, name: str, words: str, kind: str, confidence: float) -> _Turn:
    cue = Cue(words, kind, 40, 40 + len(words), "said", (35, 50))
    why = f"'said {words}.' beside the quote" + (
        f" ({words} = {name})" if kind == "pronoun" else ""
    )
    return _Turn(paragraph, name, words, cue, True, confidence, why, "the verb 'said' next to it")


def test_a_pronoun_turn_the_alternation_contradicts_is_the_other_person() -> None:
    # "“Here is April come!” said she." resolved to Jane, the woman last named; but Jane,
    # named, speaks five turns later in an unbroken alternation: "she" is Mrs. Elton.
    people = people_of(
        "Mrs. Elton came in. Mrs. Elton sat. Jane Fairfax came. Miss Fairfax sat. Jane sat."
    )
    said = [_said(2, "Jane", "she", "pronoun", 0.8)]
    said += [_Turn(p) for p in range(3, 7)]
    said.append(_said(7, "Jane", "Jane", "name", 0.95))
    scene = Counter({"Mrs. Elton": 3})  # (the narration before names her)
    fill_turns(said, lambda s: "Indeed it is so.", people, named_between=lambda a, b: scene)
    assert [s.speaker for s in said] == ["Mrs. Elton", "Jane"] * 3
    assert "not Jane, named 5 turns away" in said[0].evidence


def test_a_pronoun_turn_keeps_its_person_when_the_other_is_of_another_gender() -> None:
    # Jane named three turns away, but the other side is a man: "she" stays Jane (the
    # alternation broke somewhere; the pronoun's gender says so).
    people = people_of(
        "Mr. Knightley came. Mr. Knightley sat. Jane Fairfax came. Miss Fairfax sat."
    )
    said = [
        _said(2, "Jane", "she", "pronoun", 0.8),
        _said(3, "Mr. Knightley", "Mr. Knightley", "name", 0.95),
    ]
    said += [_Turn(4), _said(5, "Jane", "Jane", "name", 0.95)]
    fill_turns(said, lambda s: "Indeed it is so.", people)
    assert said[0].speaker == "Jane"
    assert said[0].evidence == "'said she.' beside the quote (she = Jane)"


def test_a_turn_with_one_known_speaker_is_their_usual_partners() -> None:
    # Emma and Harriet answer each other, named, three times; much later Harriet, named,
    # speaks to someone nobody names and the narration before names nobody: the other
    # turn is Emma's, Harriet's usual partner (not Harriet's, the person last named).
    quiet = "".join(
        f"The {w} was quiet that week, and the days went by as they always do.\n\n"
        for w in ("village", "lane", "church", "mill", "farm", "school", "road", "green")
    )
    text = (
        "“Shall we walk to the mill?” said Emma.\n\n"
        "“Oh yes, of all things,” said Harriet.\n\n"
        "“Then we go at noon,” said Emma.\n\n"
        "“I shall be ready,” said Harriet.\n\n"
        "“And we take the lane by the church,” said Emma.\n\n"
        "“The lane is so pretty in June,” said Harriet.\n\n"
        f"{quiet}“I wonder he did not remember the book,” said Harriet.\n\n"
        "“Men are so forgetful of such things.”\n\n"
        "“He is not forgetful in other things.”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Men are so forgetful").speaker == "Emma"
    assert by_quote(claims, "He is not forgetful").speaker == "Harriet"


def test_a_usual_partner_needs_three_named_exchanges() -> None:
    said = [_said(1, "Emma", "Emma", "name", 0.95), _said(2, "Harriet", "Harriet", "name", 0.95)]
    said += [_said(3, "Emma", "Emma", "name", 0.95), _said(5, "Harriet", "Harriet", "name", 0.95)]
    assert usual_partners(said) == {}  # two exchanges (paragraphs 4 and 5 do not follow 3)
    said.append(_said(6, "Emma", "Emma", "name", 0.95))
    assert usual_partners(said) == {"Emma": "Harriet", "Harriet": "Emma"}


def test_a_guess_that_answers_itself_gives_way_to_the_loose_conversation() -> None:
    # The answer to "Where is your sister?" is not Mr. Bingley's, the person last named: of
    # the last two who spoke, the other one.
    text = (
        "“How happy they will be!” said Elizabeth.\n\n"
        "In a few minutes she was joined by Mr. Bingley, whose talk with her father had been "
        "short and to the purpose; and Mr. Bingley came in smiling.\n\n"
        "“Where is your sister?” said Mr. Bingley, as he opened the door.\n\n"
        "“With my mother up stairs. She will be down in a moment.”"
    )
    answer = by_quote(extract_claims(text), "With my mother")
    assert answer.speaker == "Elizabeth"
    assert "loose conversation" in (answer.notes or "")


def test_a_description_the_alternation_contradicts_is_the_other_person() -> None:
    # "said her sister" resolved to Miss Bennet; but Miss Bennet, named, speaks three turns
    # later in an unbroken alternation: the sister who speaks is Elizabeth.
    people = people_of(
        "Miss Bennet came. Miss Bennet sat. Elizabeth Bennet came. Elizabeth sat. She smiled."
    )
    said = [_said(2, "Miss Bennet", "her sister", "description", 0.7)]
    said += [_Turn(p) for p in range(3, 5)]
    said.append(_said(5, "Miss Bennet", "Miss Bennet", "name", 0.95))
    scene = Counter({"Elizabeth": 3})
    fill_turns(said, lambda s: "Indeed it is so.", people, named_between=lambda a, b: scene)
    assert [s.speaker for s in said] == ["Elizabeth", "Miss Bennet"] * 2
    assert "not Miss Bennet, named 3 turns away" in said[0].evidence


def test_a_pronoun_turn_after_narration_of_its_person_keeps_its_person() -> None:
    text = (
        "Mrs. Ward and Miss Hill sat by the fire in the parlour of the old house; Mrs. Stone "
        "kept the house, and Mrs. Stone was in the kitchen.\n\n"
        "“It is very cold tonight,” said Mrs. Ward.\n\n"
        "“Very cold indeed,” said Miss Hill.\n\n"
        "Mrs. Stone came in with the tea, and set the tray down by the fire.\n\n"
        "“The tea is hot, ladies,” said she.\n\n"
        "“Thank you,” said Miss Hill.\n\n"
        "“You are very good to us,” said Mrs. Ward."
    )
    claims = extract_claims(text)
    assert by_quote(claims, "The tea is hot").speaker == "Mrs. Stone"  # not Mrs. Ward


def _paragraph_of_tom(leadin: str) -> list[_Turn]:
    """Tom named beside the first quotation of paragraph 2; a second quotation after
    ``leadin`` (the narration between them) that nobody names; filled."""
    people = people_of("Tom came and he sat. Mary came and she sat. Ned came and he sat.")
    said = [_said(2, "Tom", "Tom", "name", 0.95), _Turn(2, starts_paragraph=False)]
    fill_turns(said, lambda s: "We must hurry.", people, leadin=lambda i: leadin if i else "")
    return said


def test_a_quotation_its_own_lead_in_gives_to_someone_else_is_not_the_paragraphs() -> None:
    # "“We must hurry,” said Tom. Nobody moved. Then Ned began in a whisper, “...”": Ned
    # (a name the sentence sieves did not read as a speaker here), not Tom.
    assert _paragraph_of_tom("Nobody moved. Then Ned began in a whisper, ")[1].speaker is None
    assert _paragraph_of_tom("The dog rose, and it said in a small voice, ")[1].speaker is None
    assert _paragraph_of_tom("Mary turned away; she called out to the boy, ")[1].speaker is None


def test_a_quotation_after_a_lead_in_of_its_paragraphs_speaker_is_theirs() -> None:
    for leadin in (
        "He turned to the boy, and he called out loudly, ",  # (his gender)
        "Then turning to Mary, who had not heard--",  # (no subject: Mary is spoken to)
        "And Mary distinctly heard him add, in a lower tone,--",  # (his words Mary hears)
        "Nobody moved. ",  # (no lead-in)
        "",
    ):
        said = _paragraph_of_tom(leadin)
        assert said[1].speaker == "Tom", leadin
        assert (said[1].sieve, said[1].speaker_confidence) == (SAME_PARAGRAPH_SIEVE, 0.55)


def test_a_lead_ins_subject_is_a_pronoun_or_a_name_a_verb_of_saying_follows() -> None:
    assert leadin_subject("They looked at Ned. Ned began in a low voice, ") == "Ned"
    assert leadin_subject("and a Sparrow called out from the hedge, ") == "a Sparrow"
    assert leadin_subject("and he came trotting along, muttering as he came, ") == "he"
    assert leadin_subject("Ned sat down. ") is None  # (no lead-in)
    assert leadin_subject("Ned sat down on the bench, ") is None  # (no verb of saying)
    people = people_of("Tom came and he sat. Mary came and she sat. Ned came and he sat.")
    assert not someone_else("he", "Tom", people)
    assert someone_else("she", "Tom", people)
    assert someone_else("it", "Mary", people)
    assert someone_else("Ned", "Tom", people)
    assert someone_else("a Sparrow", "Tom", people)
    assert not someone_else("The Footman", "the Footman", people)


def _conversation(paragraphs: list[int]) -> list[_Turn]:
    """Mary, then Tom, named beside their turns; one more turn nobody names; filled (the
    narration between names nobody)."""
    people = people_of("Tom came. Tom sat. Mary came. Mary sat.")
    said = [_said(paragraphs[0], "Mary", "Mary", "name", 0.95)]
    said += [_said(paragraphs[1], "Tom", "Tom", "name", 0.95), _Turn(paragraphs[2])]
    fill_turns(said, lambda s: "Not yet.", people, named_between=lambda a, b: Counter())
    return said


def test_a_turn_is_surer_of_the_turns_just_before_it_than_across_narration() -> None:
    said = _conversation([2, 3, 4])
    assert (said[2].speaker, said[2].speaker_confidence) == ("Mary", 0.6)
    said = _conversation([2, 3, 5])  # (paragraph 4 narrates)
    assert (said[2].speaker, said[2].speaker_confidence) == ("Mary", 0.5)
    assert said[2].evidence == "conversation turns: speaks two turns before"


def test_a_conversations_first_turn_the_turns_after_decide_is_less_sure() -> None:
    people = people_of("Tom came. Tom sat. Mary came. Mary sat.")
    said = [_Turn(2), _said(3, "Mary", "Mary", "name", 0.95), _said(4, "Tom", "Tom", "name", 0.95)]
    fill_turns(said, lambda s: "Is it going to rain?", people)
    assert (said[0].speaker, said[0].speaker_confidence) == ("Tom", 0.5)
    assert said[0].evidence == "conversation turns: speaks two turns after"


def test_a_story_of_many_paragraphs_is_one_turn_the_answer_follows_its_end() -> None:
    # Griffin tells a story of eleven paragraphs (each opens with a mark, none closes before
    # its last): Kemp's answer follows its LAST paragraph, so the turn after Kemp's is
    # Griffin's again, by the conversation's turns, not a guess at the person last named.
    places = "street square market lane bridge park church road yard".split()
    story = "".join(
        f"“I walked on through the {place}, and nobody saw me at all.\n\n" for place in places
    )
    text = (
        "Kemp sat by the window, and Griffin stood at the door of the room.\n\n"
        "“Tell me how it began,” asked Kemp.\n\n"
        + "“It began in the snow,” replied Griffin. “I had nothing to wear.\n\n"
        + story
        + "“And then I came here to you.”\n\n"
        "“You came here!” exclaimed Kemp.\n\n"
        "“Here, to the one man I knew. Where else could I go?”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "You came here").speaker == "Kemp"
    last = by_quote(claims, "Here, to the one")
    assert last.speaker == "Griffin"
    assert "(conversation turns)" in (last.notes or "")


def test_a_document_quoted_over_many_paragraphs_is_no_turn_of_a_conversation() -> None:
    # A diary of eleven paragraphs quoted after "I will leave my diary to speak": no turn
    # of a conversation (it is written): the talk after it does not fill it by alternation.
    days = "".join(
        f"“_December {day}._--We travelled on through the snow, and nobody met us.\n\n"
        for day in range(10, 21)
    )
    text = (
        "Of the negotiations I will leave my diary to speak for itself, as I wrote it.\n\n"
        + days
        + "“_December 21._--Arrived.”\n\n"
        "“Welcome,” said Kühlmann.\n\n"
        "“Thank you,” answered Hoffmann.\n\n"
        "“And the others?”"
    )
    claims = extract_claims(text)
    assert "conversation turns" not in (by_quote(claims, "_December 10").notes or "")
    assert by_quote(claims, "_December 10").speaker != "Kühlmann"


def test_the_person_the_narration_turns_to_answers_the_turn() -> None:
    # The narration says whom Emma's words go to ("she turned to Mr. Elton"): he answers
    # them, though the scene names Harriet most; the alternation then goes on from him.
    text = (
        "Harriet came in with Mr. Elton, and Emma watched them by the fire.\n\n"
        "Harriet stood by the fire, and Harriet sang, and Harriet was merry. Emma was quiet "
        "for a while, and then she turned to Mr. Elton.\n\n"
        "“Why do you smile?” said Emma.\n\n"
        "“Nay, why do you?”\n\n"
        "“I smile at the weather, and at nothing else.”\n\n"
        "“And I smile at you.”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Nay, why").speaker == "Mr. Elton"
    assert by_quote(claims, "I smile at the").speaker == "Emma"
    assert by_quote(claims, "And I smile").speaker == "Mr. Elton"


def test_the_person_the_clause_after_a_turn_turns_to_answers_it() -> None:
    text = (
        "Harriet came in with Mr. Elton, and Emma watched them by the fire.\n\n"
        "Harriet stood by the fire, and Harriet sang, and Harriet was merry.\n\n"
        "“Why do you smile?” said Emma, turning to Mr. Elton.\n\n"
        "“Nay, why do you?”\n\n"
        "“I smile at the weather, and at nothing else.”"
    )
    claims = extract_claims(text)
    assert by_quote(claims, "Nay, why").speaker == "Mr. Elton"  # (not Harriet, the scene's)
    assert by_quote(claims, "I smile at the").speaker == "Emma"


def test_narrated_addressees_reads_the_last_sentence_only() -> None:
    people = people_of("Emma sat with Harriet and Mr. Elton; Harriet smiled at Mr. Elton and Emma.")
    assert narrated_addressees("Emma rose and turned to Mr. Elton.", people) == {"Mr. Elton"}
    assert narrated_addressees("Emma asked Harriet. Then she sat down.", people) == set()
    assert narrated_addressees("Emma walked to Mr. Elton's house.", people) == set()
    assert narrated_addressees("She told Harriet and then turned to Mr. Elton.", people) == set()
