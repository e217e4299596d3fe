"""Dialogue printed with dashes, taken on the evidence of its own paragraph (issue 12, the
new user's walkthrough): a dash that opens the paragraph or follows a sentence's end, and a
verb of saying after the dash that closes the speech, in the text's language. One such
paragraph is enough; a dash in a sentence of narration is no speech. Passages written for
the tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract_claims
from sourcecheck.extract.quotes import find_quotations


def said(text: str) -> dict[str, str | None]:
    """Each proposed quotation's words and speaker."""
    return {c.quote: c.speaker for c in extract_claims(text, min_words=1)}


def quoted(text: str) -> list[list[str]]:
    return [[p.span.slice(text) for p in q.pieces] for q in find_quotations(text)]


def test_one_russian_dash_paragraph_is_dialogue() -> None:
    text = "Ленин вошёл в комнату.\n\n— Да, — сказал Ленин.\n"
    assert said(text) == {"Да": "Ленин"}


def test_a_russian_dash_reply_after_a_sentence_of_narration() -> None:
    text = (
        "Ленин вошёл в комнату.\n\n"
        "Коллонтай посмотрела на него. — Я с вами не согласна, — ответила она.\n"
    )
    assert quoted(text) == [["Я с вами не согласна,"]]
    assert said(text) == {"Я с вами не согласна": "Коллонтай"}


def test_one_spanish_french_german_english_dash_paragraph_is_dialogue() -> None:
    spanish = "Juan entró en la sala.\n\n—Me quedo en Madrid —dijo Juan—. Mañana salgo.\n"
    assert quoted(spanish) == [["Me quedo en Madrid", "Mañana salgo."]]
    assert said(spanish)["Mañana salgo."] == "Juan"
    french = "Jean entra dans la pièce.\n\n— Je reste à Paris, — dit-il.\n"
    assert quoted(french) == [["Je reste à Paris,"]]
    german = "Anna trat ins Zimmer.\n\n– Ich bleibe in Berlin, – sagte Anna.\n"
    assert said(german) == {"Ich bleibe in Berlin": "Anna"}
    english = "The general came in.\n\n—It is over, —said the general quietly.\n"
    assert quoted(english) == [["It is over,"]]


def test_a_french_attribution_set_off_by_commas() -> None:
    text = "Jean entra dans la pièce.\n\n— Je reste, dit-il, à Paris pour cinq jours.\n"
    assert quoted(text) == [["Je reste,", "à Paris pour cinq jours."]]
    reply = "Jean entra.\n\n— Oui, répondit Marie. Je le savais.\n"
    assert quoted(reply) == [["Oui,", "Je le savais."]]
    # a verb of saying without its subject after it is no attribution: nothing is cut
    text = "—I went there, said nothing, and left.\n\n—Yes, —said Stephen.\n"
    assert quoted(text) == [["I went there, said nothing, and left."], ["Yes,"]]


def test_a_dash_after_a_lead_in_with_a_verb_of_saying() -> None:
    inline = "Ленин вошёл в комнату и сказал: — Мир нужен немедленно.\n"
    assert said(inline) == {"Мир нужен немедленно.": "Ленин"}
    broken = "Ленин вошёл в комнату и сказал:\n\n— Мир нужен немедленно.\n\nОн сел.\n"
    assert said(broken) == {"Мир нужен немедленно.": "Ленин"}
    spanish = "Juan entró y dijo: —Me quedo en Madrid.\n"
    assert quoted(spanish) == [["Me quedo en Madrid."]]
    assert find_quotations("The rule was simple: — never retreat.\n") == []


def test_a_dash_in_a_sentence_of_narration_is_no_speech() -> None:
    texts = [
        "The army — or what was left of it — retreated. Nobody said a word.\n",
        "El ejército — o lo que quedaba de él — se retiró. Nadie dijo nada.\n",
        "L'armée — ou ce qu'il en restait — se retira. Personne ne dit rien.\n",
        "Армия — или то, что от неё осталось, — отступила. Никто ничего не сказал.\n",
        "Die Armee – oder was von ihr übrig war – zog sich zurück. Niemand sagte etwas.\n",
        # opening the paragraph, but no verb of saying after it, and no other dash paragraph
        "—and so the war went on.\n\nThe next spring, nothing had changed at all.\n",
    ]
    for text in texts:
        assert find_quotations(text) == [], text


def test_dash_paragraphs_without_a_verb_in_a_text_of_dash_dialogue() -> None:
    # The convention of the text: the unattributed replies of a dash dialogue are speech.
    text = "— Ты уезжаешь? — спросила Анна.\n\n— Утром.\n\n— Так скоро?\n"
    assert quoted(text) == [["Ты уезжаешь?"], ["Утром."], ["Так скоро?"]]
