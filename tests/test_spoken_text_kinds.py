"""A text whose quotations are talk (a novel's dialogue: "asked", "replied", "cried" mark
many of them, a document's words almost none) has its unmarked quotations spoken in the
scene: "“You can go,” said Dron." is ``oral``, not a quotation of a work with a placeholder
source. A memoir whose quotations are marked as documents keeps its reading. Passages written
for these tests."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim

VILLAGE = (
    "At length Dron, the village elder, entered the room and stopped by the door.\n\n"
    "“Why shouldn’t you go away, your excellency? You can go,” said Dron.\n\n"
    "The princess walked up and down the room for a long time without a word.\n\n"
    "“There are no horses in the village at all,” Dron said at last.\n\n"
    "“Why are there none?” asked the princess.\n\n"
    "“The army took them all last week,” he replied.\n\n"
    "“And the peasants? Have they bread?” she asked.\n\n"
    "“They are hungry, little mother,” answered Dron.\n\n"
    "“Then give them the grain from the barn,” she cried.\n\n"
    "“The old prince never ordered it sold,” he muttered.\n\n"
    "“I order it now,” she answered.\n"
)

MEMOIR = (
    "On February 10 Czernin wrote in his diary: “The Russians will not sign; we must decide "
    "what to do with the army.”\n\n"
    "The same evening Kühlmann wrote to Berlin: “The negotiations are at an end and the "
    "armistice with them.”\n\n"
    "At the congress Lenin declared: “We must sign this peace, however shameful it is.”\n\n"
    "In his report to the conference Zinoviev stated: “The German revolution is near.”\n\n"
    "Radek asked: “And who will fight?”\n\n"
    "Later I met Kamenev in the corridor. “It cannot last,” said Kamenev.\n"
)


def _quote(text: str, words: str) -> Claim:
    return next(c for c in extract(text).claims if c.quote.startswith(words))


def test_an_unmarked_said_in_a_dialogue_text_is_oral() -> None:
    assert _quote(VILLAGE, "Why shouldn").kind == "oral"
    assert _quote(VILLAGE, "There are no horses").kind == "oral"


def test_a_text_of_documents_keeps_its_quotations() -> None:
    assert _quote(MEMOIR, "The Russians will not sign").kind == "quotation"
    assert _quote(MEMOIR, "We must sign").kind == "quotation"


def test_a_quoted_diarys_me_is_not_the_narrator() -> None:
    """The "me" of a diary quoted in the paragraph before is the diarist's, not the
    narrator's: it does not make the next paragraph's quotation words said in the narrator's
    presence (``oral``, never checked against a source)."""
    text = (
        "Czernin himself hesitated. “This does not confirm me in my purpose of having it "
        "signed,” he wrote on February 8, hours before the signature.\n\n"
        "His German allies were less patient. General Hoffmann, Czernin complained, “treats "
        "the conference table as a parade ground and the Russians as recruits.”\n"
    )
    assert _quote(text, "treats the conference").kind == "quotation"
