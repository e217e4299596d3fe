"""Quotation marks of every common style, apostrophes, and what a quotation holds that is not
its speaker's words (passages written for these tests)."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.quotemarks import primary_style
from sourcecheck.extract.quotes import find_quotations


def pieces(text: str) -> list[list[str]]:
    return [[p.span.slice(text) for p in q.pieces] for q in find_quotations(text)]


def test_german_low_high_marks_close_with_the_high_mark() -> None:
    text = "„Wir fahren morgen“, sagte der Graf, „und kommen nie zurück.“ Dann ging er."
    assert pieces(text) == [["Wir fahren morgen"], ["und kommen nie zurück."]]


def test_reversed_guillemets_and_french_guillemets() -> None:
    german = "Er rief: »Halt, wer da?« und wartete. »Niemand«, kam die Antwort."
    assert pieces(german) == [["Halt, wer da?"], ["Niemand"]]
    french = "Il répondit : « Nous verrons demain. » Puis il sortit."
    assert pieces(french) == [["Nous verrons demain."]]


def test_single_marks_as_the_texts_quotation_marks() -> None:
    text = (
        "‘It is five o’clock,’ said the porter, ‘and the boys’ room is shut.’\n\n"
        "‘’Tis late,’ she answered. ‘Tell them “not tonight” and go.’\n\n"
        "He left the girls' bags by the door."
    )
    assert primary_style(text).primary == "single"
    assert pieces(text) == [
        ["It is five o’clock,", "and the boys’ room is shut."],
        ["’Tis late,", "Tell them “not tonight” and go."],
    ]
    [_, last] = find_quotations(text)
    assert [n.slice(text) for n in last.pieces[1].nested] == ["not tonight"]


def test_straight_single_marks_and_elisions() -> None:
    text = (
        "'Bring 'em in,' said the sergeant. 'We'll want 'em by eight.'\n\n"
        "'Very good,' said the corporal, 'if the lads' boots are dry.'\n\n"
        "''Tis late,' he sighed."
    )
    assert pieces(text) == [
        ["Bring 'em in,"],
        ["We'll want 'em by eight."],
        ["Very good,", "if the lads' boots are dry."],
        ["'Tis late,"],
    ]


def test_double_marked_text_keeps_apostrophes_out_of_nested_quotations() -> None:
    text = "\"I'll take 'em away again, sir, and you'll not see 'em more,\" said the man."
    [quote] = find_quotations(text)
    assert quote.pieces[0].nested == [] and quote.cuts == []


def test_stage_directions_in_parentheses_are_not_the_speakers_words() -> None:
    text = (
        '"Yes, my dear, if there is time.--But--(in a very depressed tone)--she is coming '
        'for only one week, and there will not be time for any thing at all."\n\n'
        '"I must see him first; Mr. Elton, you know, (recollecting herself,) is out of the '
        'question, and I do not wish to see any such person for a long while."\n\n'
        '"The bridge (as I understand) was mended on Monday by the men of the parish."'
    )
    first, second, third = find_quotations(text)
    assert [p.span.slice(text) for p in first.pieces] == [  # the dashes go with the aside
        "Yes, my dear, if there is time.--But",
        "she is coming for only one week, and there will not be time for any thing at all.",
    ]
    assert [c.slice(text) for c in first.cuts] == ["(in a very depressed tone)"]
    assert first.gaps == []  # a cut is no attribution
    assert second.pieces[1].span.slice(text).startswith("is out of the question")
    assert len(third.pieces) == 1  # the speaker's own aside stays


def test_nested_quotations_stay_inside_even_when_reported_speech() -> None:
    text = (
        "\"They will come and stand by my chair, and say, 'Grandpapa, can you give me a bit "
        "of string?' and once Henry asked me for a knife, but I told him knives were only "
        'made for grandpapas (I assure you)."'
    )
    [quote] = find_quotations(text)
    assert quote.cuts == [] and len(quote.pieces) == 1
    assert [n.slice(text) for n in quote.pieces[0].nested] == [
        "Grandpapa, can you give me a bit of string?"
    ]


def test_a_long_participle_aside_is_the_documents_own() -> None:
    text = (
        'The note ran: "The Government (acting upon the proposals made at the time of the '
        'incident last spring) declines, and (including the colonies) will not yield."'
    )
    [quote] = find_quotations(text)
    assert quote.cuts == []


def test_cut_quotation_proposes_its_long_pieces_with_the_speaker() -> None:
    text = (
        '"I shall never forget what you did for us that winter," said Mrs. Bates. '
        '"Oh! yes--(laughing affectedly) I must protest against that, for it was the '
        'kindest thing any body ever did for us."'
    )
    claims = [c for c in extract_claims(text) if c.kind in ("quotation", "oral")]
    assert [c.quote for c in claims] == [
        "I shall never forget what you did for us that winter",
        "I must protest against that, for it was the kindest thing any body ever did for us.",
    ]
    assert {c.speaker for c in claims} == {"Mrs. Bates"}
    assert "(laughing affectedly)" in (claims[1].notes or "")


def test_a_short_cry_inside_narration_is_speech_and_a_scare_quote_is_not() -> None:
    text = (
        'The crowd ran after him down the lane. "Stop thief!" "Where\'s the gentleman?" '
        'Nobody stopped; the "honest" shopkeepers watched from their doors, and the '
        '"gentleman" came last.'
    )
    claims = [c for c in extract_claims(text) if c.kind in ("quotation", "oral")]
    assert [c.quote for c in claims] == ["Stop thief!", "Where's the gentleman?"]


def test_dialogue_dashes_speech_and_narration_alternate() -> None:
    english = (
        "—Good morning, —said Stephen. —Is the tea ready? The kettle has been on the fire "
        "for a long while now.\n\n—It is not, —said Buck Mulligan.\n\nHe poured it anyway."
    )
    first, _ = find_quotations(english)
    assert [p.span.slice(english) for p in first.pieces] == [
        "Good morning,",
        "Is the tea ready? The kettle has been on the fire for a long while now.",
    ]
    assert [g.slice(english) for g in first.gaps] == ["said Stephen. "]
    claims = [c for c in extract_claims(english) if c.kind in ("quotation", "oral")]
    assert [(c.quote[:16], c.speaker) for c in claims] == [
        ("Is the tea ready", "Stephen"),
        ("It is not", "Buck Mulligan"),
    ]
    spanish = (
        "—Hola —dijo Juan—. ¿Cómo estás?\n\n—Bien —respondió Ana.\n\n"
        "—Las guerras de 1914–1918 fueron largas —dijo él."
    )
    assert pieces(spanish) == [
        ["Hola", "¿Cómo estás?"],
        ["Bien"],
        ["Las guerras de 1914–1918 fueron largas"],
    ]


def test_one_paragraph_opening_with_a_dash_is_no_dialogue() -> None:
    text = "—and so the war went on.\n\nThe next spring, nothing had changed at all."
    assert find_quotations(text) == []
