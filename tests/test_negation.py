"""The negation check of the meaning stage (matching/negation.py): which negation a rendering
answers, clause by clause."""

from __future__ import annotations

from sourcecheck.matching.negation import negation_differs, read_negations

KAFKA = (
    "aber das war gänzlich undurchführbar, denn er war gewöhnt, auf der rechten Seite zu "
    "schlafen, konnte sich aber in seinem gegenwärtigen Zustand nicht in diese Lage bringen."
)
RENDERED = (("used", "gewöhnt"), ("sleeping", "schlafen"), ("right", "rechten"),
            ("side", "Seite"), ("position", "Lage"))  # fmt: skip


def differs(quote: str, q_lang: str, passage: str, p_lang: str, words) -> bool:
    pairs = [(quote.index(q), passage.index(p)) for q, p in words]
    return negation_differs(read_negations(quote, q_lang), read_negations(passage, p_lang), pairs)


def test_the_next_word_of_a_negation_is_read():
    n = read_negations("He was not used to it, but could not, alas.", "en")
    text = "He was not used to it, but could not, alas."
    assert [text[at : at + 4] for at in n.negated if at >= 0] == ["used"]
    assert n.negated[1] == -1  # "not" ends its clause


def test_a_negation_before_a_word_rendered_affirmed_is_not_answered_next_door():
    # the passage's "nicht" answers "could not"; "undurchführbar" renders nothing quoted
    quote = "He was not used to sleeping on his right side, but could not get into that position."
    assert differs(quote, "en", KAFKA, "de", RENDERED)
    faithful = "He was used to sleeping on his right side, but could not get into that position."
    assert not differs(faithful, "en", KAFKA, "de", RENDERED)


def test_a_free_negation_next_door_still_answers():
    # the rendering cut the clause: "никогда ... не" stands after the clause of "боль"
    quote = "He stopped when he began to feel a mild, dull pain that he had never felt before."
    passage = (
        "и бросил, только когда почувствовал в боку лёгкую тупую боль, какой никогда прежде "
        "не испытывал."
    )
    words = (("pain", "боль"), ("felt", "почувствовал"))
    assert not differs(quote, "en", passage, "ru", words)
    # a negation next door answering another clause's own negation does not answer "not used"
    passage = "er war gewöhnt, auf der rechten Seite zu schlafen, konnte aber nicht liegen."
    quote = "He was not used to sleeping on his right side, but he could not lie so."
    assert differs(quote, "en", passage, "de", (*RENDERED[:4], ("lie", "liegen")))


def test_an_affixed_word_rendering_an_affixed_word_answers_no_negation():
    # "hilflos" renders "helplessly": the quote's "not" is answered by nothing
    passage = "Seine vielen, kläglich dünnen Beine flimmerten ihm hilflos vor den Augen."
    words = (("legs", "Beine"), ("thin", "dünnen"), ("flicker", "flimmerten"),
             ("helplessly", "hilflos"), ("eyes", "Augen"))  # fmt: skip
    negated = "His many legs, pitifully thin, did not flicker helplessly before his eyes."
    assert differs(negated, "en", passage, "de", words)
    faithful = "His many legs, pitifully thin, flickered helplessly before his eyes."
    assert not differs(faithful, "en", passage, "de", (*words[:2], ("flickered", "flimmerten"),
                                                       *words[3:]))  # fmt: skip
    # an affixed word that renders no affixed word of the quote still answers ("unable")
    assert not differs("They could not move their legs.", "en",
                       "Sie waren unfähig die Beine zu bewegen.", "de",
                       (("move", "bewegen"), ("legs", "Beine")))  # fmt: skip


def test_a_german_word_beginning_with_un_is_not_always_a_negation():
    # "ungeheuer" (monstrous) and "Ungeziefer" (vermin) negate nothing
    passage = "fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt."
    words = (("find", "fand"), ("bed", "Bett"), ("transformed", "verwandelt"))
    negated = "He did not find himself transformed in his bed into a monstrous vermin."
    assert differs(negated, "en", passage, "de", words)
    assert read_negations(passage, "de").affixed == ()
    assert [w for _, w in read_negations("Es war unmöglich und sinnlos.", "de").affixed] == [
        "unmöglich", "sinnlos"]  # fmt: skip


def test_in_one_language_only_the_same_affixed_word_renders_it():
    # the aligner may pair "worthless" with "Endless": "worthless" still answers the "no"
    quote = "Examples show how many promises were rendered worthless."
    passage = "Endless examples show how many promises were made void and of no effect."
    words = (("Examples", "examples"), ("promises", "promises"), ("worthless", "Endless"))
    assert not differs(quote, "en", passage, "en", words)


def test_an_affixed_word_rendering_another_clause_answers_only_that_clause():
    # "unruhigen" renders "anxious" (its clause), not the "not" of "had not been changed"
    passage = "Als er eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett."
    words = (("morning", "Morgens"), ("anxious", "unruhigen"), ("dreams", "Träumen"),
             ("discovered", "fand"), ("bed", "Bett"))  # fmt: skip
    negated = "One morning, waking from anxious dreams, he discovered he had not been in his bed."
    assert differs(negated, "en", passage, "de", words)
    faithful = "One morning, waking from anxious dreams, he discovered he had been in his bed."
    assert not differs(faithful, "en", passage, "de", words)
