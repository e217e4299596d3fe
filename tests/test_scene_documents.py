"""A speaker's temper in a scene ("very angry, and declared:") is spoken words, not a
document; a diary quoted after a colon lead-in ("I find the following noted in my diary:")
keeps every entry closed with its own marks, and its nested remarks ("Kühlmann said to me:
‘...’") are their speaker's without carrying to the next entry. Passages written for these
tests, in the style of Czernin's *In the World War*."""

from __future__ import annotations

from sourcecheck.extract.claims import extract
from sourcecheck.models import Claim


def _quotes(text: str) -> list[Claim]:
    found = extract(text, author="Ottokar Czernin").claims
    return [c for c in found if c.kind in ("quotation", "oral")]


def _starting(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if c.quote.startswith(words))


def test_an_angry_declared_in_a_scene_is_oral() -> None:
    text = (
        "The Russian delegation had just refused the new frontier when Hoffmann rose. He was "
        "very angry, and declared: “I will not listen to such insolence from a defeated army "
        "for another minute.”\n\n"
        "Trotsky looked at him calmly and said nothing.\n"
    )
    assert _starting(_quotes(text), "I will not").kind == "oral"


def test_declared_at_a_congress_stays_a_quotation() -> None:
    text = (
        "At the party congress in March, 1918, Zinoviev declared: “Trotsky is right, and the "
        "peace must be refused whatever it costs us.”\n"
    )
    assert _starting(_quotes(text), "Trotsky is right").kind == "quotation"


DIARY = (
    "We reached the fortress late in the evening. I find the following noted in my diary:\n\n"
    "“We drove to the conference early in the morning, and the roads were bad. Kühlmann "
    "said to me: ‘The Russians will give way within the week, you may be sure of it.’”\n\n"
    "“The Russians kept us waiting for an hour, and then their leader read out a long "
    "declaration about peace.”\n\n"
    "“The negotiations were broken off at noon, and everybody went home angry and tired.”\n\n"
    "So it went on for a week.\n"
)


def test_entries_after_a_diary_leadin_are_the_diarys() -> None:
    claims = _quotes(DIARY)
    entries = [_starting(claims, w) for w in ("We drove", "The Russians kept", "The negotiations")]
    assert [(c.speaker, c.kind) for c in entries] == [("Ottokar Czernin", "quotation")] * 3
    assert "an entry of the document" in (entries[1].notes or "")


def test_a_nested_remark_in_the_diary_is_its_speakers_and_stays_there() -> None:
    claims = _quotes(DIARY)
    remark = _starting(claims, "The Russians will give way")
    assert (remark.speaker, remark.kind) == ("Kühlmann", "oral")
    assert _starting(claims, "The negotiations").speaker == "Ottokar Czernin"
