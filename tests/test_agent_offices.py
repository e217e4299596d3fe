"""A passive's agent paired across languages only weakly with another office or person noun
(the clerk / der Bürgermeister: each other's nearest leftover words) is no rendering of it:
another doer, flagged ``roles``; the same office said in the other language is no flag.
Passage written for this test."""

from __future__ import annotations

from sourcecheck.matching.meaning import match_meaning

RATHAUS = (
    "Protokoll der Versammlung im Rathaus, Herbst 1905. Der Bürgermeister verlas den Brief, "
    "und die Bauern hörten schweigend zu. Danach gingen alle nach Hause."
)


def test_another_office_weakly_paired_is_another_doer() -> None:
    other = match_meaning(
        "The letter was read out by the clerk while the farmers sat silent.",
        RATHAUS,
    )
    assert other.status == "reworded" and "roles" in other.flags, other.reason
    assert "clerk" in other.reason and "Bürgermeister" in other.reason


def test_the_same_office_in_the_other_language_is_no_other_doer() -> None:
    same = match_meaning(
        "The letter was read out by the mayor while the farmers sat silent.",
        RATHAUS,
    )
    assert same.status == "reworded" and "roles" not in same.flags, same.reason
