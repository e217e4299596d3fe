"""German attributions (issue 12): descriptions with an article ("sagte die Mutter", "rief der
Prokurist im Nebenzimmer"), words between the verb and its subject ("sagte nun der Vater",
"klagte leise die Schwester"), the reflexive thought ("sagte sich Gregor", "sagte er sich:")
and sentence-opening function words that are no names ("Dann", "Mit"). The passages are
written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.extract import lexicon
from sourcecheck.extract.claims import extract

FAMILY = (
    "Am Morgen saß die Familie in der Küche. Der Vater las die Zeitung, die Mutter schnitt "
    "das Brot, und die Schwester stand an der Tür. Der Vater schlug mit der Faust auf den "
    "Tisch, die Faust war rot.\n\n"
    "»Wo bleibt denn Gregor?« fragte die Mutter.\n\n"
    "»Er schläft noch,« sagte nun der Vater, »wie jeden Morgen.«\n\n"
    "»Ich muss gleich aufstehen,« sagte sich Gregor im Bett.\n\n"
    "Dann aber sagte er sich: »Der Zug ist längst abgefahren.«\n\n"
    "»Kommen Sie herein,« rief der Prokurist im Nebenzimmer.\n\n"
    "Mit der Faust an der Tür klagte leise die Schwester: »Gregor, mach auf!«\n"
)


@pytest.mark.parametrize(
    "quote, speaker",
    [
        ("Wo bleibt denn Gregor?", "die Mutter"),  # a description with its article
        ("Er schläft noch", "der Vater"),  # "sagte nun der Vater"
        ("Ich muss gleich aufstehen", "Gregor"),  # "sagte sich Gregor": a thought
        ("Der Zug ist längst abgefahren.", "Gregor"),  # "Dann aber sagte er sich:"
        ("Kommen Sie herein", "der Prokurist"),  # the description ends at its noun
        ("Gregor, mach auf!", "die Schwester"),  # "klagte leise die Schwester:"
    ],
)
def test_german_attribution_reads_descriptions_and_reflexive_thoughts(
    quote: str, speaker: str
) -> None:
    claims = {c.quote: c for c in extract(FAMILY).claims if c.kind in ("quotation", "oral")}
    assert claims[quote].speaker == speaker


def test_german_function_words_opening_a_sentence_are_no_speakers() -> None:
    text = (
        "Die Mutter stand auf und ging zur Tür. Dann aber flüsterte sie leise: »Er ist "
        "krank.«\n\nGregor lag im Bett. Dann flüsterte: »Ich komme gleich.«\n\n"
        "Mit der Hand an der Tür flüsterte: »Gregor, mach auf!«\n"
    )
    speakers = [c.speaker for c in extract(text).claims if c.kind in ("quotation", "oral")]
    assert len(speakers) == 3
    assert not {"Dann", "Mit", "Aber"} & set(speakers)


def test_german_determiners_open_descriptions_not_contractions() -> None:
    assert {"der", "die", "seine", "eine"} <= lexicon.determiners("de")
    assert not {"im", "zum", "vom"} & lexicon.determiners("de")  # "im Nebenzimmer" is a place
    assert lexicon.determiners("en") == frozenset()
