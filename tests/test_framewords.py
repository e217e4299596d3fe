"""The reporting frame has one table per language (extract/framewords.py), read by extraction
(reporters: which source a sentence cites) and by matching (frames: a claim compared without
its frame): every phrase and verb of the table works in both, and each keeps its own rule on
the words that also mean something else ("nach Berlin", "ein Mann wie Czernin")."""

from __future__ import annotations

import pytest

from sourcecheck.extract.framewords import FRAMES
from sourcecheck.extract.reporters import reporters
from sourcecheck.extract.verbs import SPEECH_VERBS
from sourcecheck.matching.frames import reported_content
from sourcecheck.models import Source

CZERNIN = Source(id="cz", title="In the World War", author="Ottokar Czernin")
NAME = {"en": "Czernin", "de": "Czernin", "ru": "Чернина"}
REPORTING_NAME = {"en": "Czernin", "de": "Czernin", "ru": "Чернин"}
CONTENT = {
    "en": "the talks were broken off on the tenth of February and never taken up again",
    "de": "die Verhandlungen wurden am zehnten Februar abgebrochen und nie wieder aufgenommen",
    "ru": "переговоры были прерваны десятого февраля и больше никогда не возобновлялись",
}
CASES = [(lang, phrase) for lang, words in FRAMES.items() for phrase in words.according]
VERBS = [(lang, verb) for lang, words in FRAMES.items() for verb in words.reporting + words.saying]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cited(text: str) -> list[str]:
    return [r.words for r in reporters(text, 0, len(text), [CZERNIN])]


@pytest.mark.parametrize(("lang", "phrase"), CASES)
def test_every_according_phrase_cites_in_extraction_and_frames_a_claim(lang, phrase) -> None:
    text = f"{_capital(CONTENT[lang])}, {phrase} {NAME[lang]}."
    assert _cited(text) == [f"{phrase} {NAME[lang]}"]
    content, frame = reported_content(text, lang) or ("", "")
    assert frame == f"{phrase} {NAME[lang]}" and content == _capital(CONTENT[lang]) + "."


@pytest.mark.parametrize(("lang", "verb"), VERBS)
def test_every_verb_ends_a_frame_and_those_of_an_account_cite(lang, verb) -> None:
    that = FRAMES[lang].that[0]
    text = f"{REPORTING_NAME[lang]} {verb}, {that} {CONTENT[lang]}."
    content, frame = reported_content(text, lang) or ("", "")
    assert frame == f"{REPORTING_NAME[lang]} {verb}, {that}"
    assert content == _capital(CONTENT[lang]) + "."
    # "X records that" names the source; "X declared that" names who spoke
    assert bool(_cited(text)) == (verb in FRAMES[lang].reporting)


def test_words_with_another_sense_count_only_where_they_cannot_mean_it() -> None:
    # "nach" cites a known author ("Nach Czernin sagte Kühlmann"), but is also "to"
    assert _cited("Nach Czernin sagte Kühlmann, der Friede sei gesichert.") == ["Nach Czernin"]
    to_berlin = "Die Delegation fuhr am Abend, nach Berlin, und der Kaiser empfing sie sofort."
    assert reported_content(to_berlin, "de") is None
    # "wie" cites set off by commas, but is also "like"
    assert _cited("Ein Mann wie Czernin hätte den Frieden sofort unterschrieben.") == []
    set_off = "Am zehnten Februar, wie Czernin, wurden die Verhandlungen endgültig abgebrochen."
    assert (reported_content(set_off, "de") or ("", ""))[1] == "wie Czernin"


def test_the_english_verbs_of_saying_are_those_of_extract_verbs() -> None:
    """A frame's verbs of saying are verbs.SPEECH_VERBS' (which reads them beside quotations);
    the table adds only verbs of writing and thinking that take "that"."""
    en = FRAMES["en"]
    words = [w for w in (*en.reporting, *en.saying, *en.addressed) if " " not in w]
    beyond = {w for w in words if w not in SPEECH_VERBS}
    assert beyond == {
        "records", "recorded", "recounts", "recounted", "recalled", "recalls", "believed",
        "feared", "hoped", "emphasised", "emphasized", "stressed",
    }  # fmt: skip
