"""Who a pronoun beside a quotation stands for in history and journalism prose, where people
are named once ("Trotsky stood up. “...,” he said"), and the words of crowds and voices
(modules actors and crowds). The passages are written for the tests."""

from __future__ import annotations

from sourcecheck.extract.actors import subject_of
from sourcecheck.extract.crowds import crowd_speaker
from sourcecheck.extract.speakers import Speakers, read_text


def speakers(text: str, author: str | None = None) -> list[str | None]:
    return [s.speaker for s in Speakers(read_text(text), author=author).attribute_all()]


def test_a_name_as_a_sentences_subject_is_who_the_pronoun_after_it_stands_for() -> None:
    text = (
        "Martov spoke first for the Mensheviki. “We propose a commission,” he said.\n\n"
        "“Then we leave!” shouted Martov, and the hall was noisy for a long while.\n\n"
        "The soldiers near me muttered among themselves.\n\n"
        "Trotsky stood up. “The revolt of the masses needs no justification,” he said."
    )
    assert speakers(text)[-1] == "Trotsky"


def test_a_name_with_an_aside_before_its_verb_is_the_subject() -> None:
    text = (
        "Schreider opened the meeting. “The Duma is the only lawful authority,” he began.\n\n"
        "There was a storm of applause, and Schreider sat down.\n\n"
        "The officers in the front rows stood and cheered.\n\n"
        "Avksentiev, pale and hoarse, demanded the floor. “We must go to the Palace,” he cried."
    )
    assert speakers(text)[-1] == "Avksentiev"


def test_a_description_as_the_subject_is_the_speaker_when_nobody_is_named() -> None:
    text = (
        "Dan, of the Mensheviki, was speaking when the guns sounded.\n\n"
        "Then a tall, lean soldier with a bandaged head climbed on the platform. “Comrades!” "
        "he cried. “The Cossacks will not fight against the people!”"
    )
    said = speakers(text)
    assert said[0] == "a tall, lean soldier", said


def test_the_pronouns_own_sentences_lead_back_to_the_subject_that_names_him() -> None:
    text = (
        "Kamenev rang the bell and read the order of the day.\n\n"
        "Then an old peasant delegate from Tver, his beard white with frost, stood on a bench. "
        "He shook his fist at the platform. “You promised us land in the spring,” he said."
    )
    assert speakers(text)[-1] == "an old peasant delegate"


def test_the_subject_of_the_last_clause_after_and() -> None:
    text = (
        "Lunacharsky was answering a question.\n\n"
        "Somebody near the door laughed, and a sailor of the Aurora, broad in his striped "
        "jersey, turned round on him. “What are you laughing at?” he growled."
    )
    assert speakers(text)[-1] == "a sailor of the Aurora"


def test_he_never_goes_to_a_woman() -> None:
    text = (
        "The princess went out to the peasants in the yard. “What do you want?” she asked.\n\n"
        "Nobody answered. She inquired of a very old man who stood leaning on his stick. But as "
        "if this angered him, he bent his head and muttered: “We want nothing from you.”"
    )
    assert speakers(text)[-1] != "the princess"


def test_a_person_named_in_the_subjects_aside_keeps_the_quotation() -> None:
    text = (
        "Volodarsky finished his speech.\n\n"
        "Then the chairman of the committee, a grey man named Ivanov, read out the resolution. "
        "“All in favour?” he asked."
    )
    assert speakers(text)[-1] == "Ivanov"


def test_subject_of_reads_past_a_place_before_the_subject() -> None:
    text = "Before the Kazan Cathedral a student in a green cap was haranguing the soldiers."
    actor = subject_of(text, 0, len(text))
    assert actor is not None and (actor.words, actor.kind) == ("a student", "description")


def test_voices_from_the_benches_are_the_speaker_not_a_voice_before() -> None:
    text = (
        "From the back of the hall a voice shouted: “Lies! Where is Kerensky?”\n\n"
        "Kamkov rose and declared: “We will stay in the Congress.”\n\n"
        "“Traitors!” cried voices from the benches of the Bolsheviki."
    )
    assert speakers(text)[-1] == "voices"


def test_words_that_come_from_the_crowd_are_the_crowds() -> None:
    text = (
        "The princess spoke to the peasants for a long time. “I will give you my bread,” she "
        "said.\n\n"
        "“We don’t want your bread!” came from various sides of the crowd.\n\n"
        "“Let them all go!” the mob were saying."
    )
    assert speakers(text)[-2:] == ["the crowd", "the mob"]


def test_crowd_speaker_reads_the_crowd_as_subject_in_either_order() -> None:
    assert crowd_speaker("voices in the crowd were heard saying") == "voices"
    assert crowd_speaker("said several voices") == "voices"
    assert crowd_speaker("said he to the crowd") is None
    assert crowd_speaker("he said") is None


def test_the_voice_of_a_person_is_that_persons() -> None:
    text = (
        "Rostopchin looked at the prisoner. “Cut him down!” shouted Rostopchin.\n\n"
        "“Count!” exclaimed the timid voice of Vereshchagin in the silence that followed."
    )
    assert speakers(text)[-1] == "Vereshchagin"


def test_the_subject_of_a_lead_in_ending_with_said_is_the_speaker() -> None:
    text = (
        "Martov spoke again. “We propose a commission,” he said.\n\n"
        "“Deserters!” shouted Martov.\n\n"
        "The soldiers near me muttered among themselves. One of them, a young peasant in a torn "
        "overcoat, turned to me and said, “They talk and talk. When will there be land?”"
    )
    assert speakers(text)[-1] == "a young peasant in a torn overcoat"


def test_a_pronoun_in_a_subordinate_clause_before_the_subject_is_not_the_speaker() -> None:
    text = (
        "Trotsky spoke for an hour. “We will not sign,” he said.\n\n"
        "When he had done, the Bulgarian delegate, a heavy old gentleman, leaned across to me "
        "and whispered, “A great orator, but a dangerous man.”"
    )
    assert speakers(text, author="Ottokar Czernin")[-1] == "the Bulgarian delegate"


def test_words_after_the_voices_of_the_crowd_are_the_voices() -> None:
    text = (
        "“But you have not understood me,” said the princess with a sad smile.\n\n"
        "But her voice was drowned by the voices of the crowd.\n\n"
        "“We are not willing. Let them ruin us!”"
    )
    assert speakers(text)[-1] == "voices"


def test_he_after_a_woman_speaking_gives_no_speaker_rather_than_her() -> None:
    text = (
        "“If you think something more is wanted, tell me!” said the princess, catching the "
        "eye of the old man.\n\n"
        "But as if this angered him, he bent his head quite low and muttered:\n\n"
        "“Why should we agree? We don’t agree.”"
    )
    assert speakers(text)[-1] != "the princess"


def test_words_right_after_the_writer_acts_in_their_paragraph_are_the_writers() -> None:
    text = (
        "General Hoffmann raised his head. “The German army is in Courland and it will stay "
        "there,” he said.\n\n"
        "I turned to Kühlmann. “So the general speaks for the German government?”"
    )
    assert speakers(text, author="Leon Trotsky")[-1] == "Leon Trotsky"
