"""Negations worded otherwise on each side, and a negation removed in one clause of a quote
that keeps another (task twinneg107, from walk106's real translations): a privative phrase
("for want of such care" / "through not having been seen"), a comparative of less ("less land
than" / "no more land than"), a negating prefix against a privative preposition ("unexampled"
/ "beyond example"), litotes ("go to all the trouble" / "scheute nicht die lange Mühe"); each
with the change of the same shape, which stays flagged. Passages written for these tests."""

from __future__ import annotations

import pytest

from sourcecheck.matching.meaning import match_meaning

FIELDS = (
    "The Fields\n\nThus it goes with the vines: when the blight that comes is foreseen (which "
    "it is only given to a careful grower to do), it can be quickly checked, but when, through "
    "not having been foreseen, it has been permitted to spread in a way that every neighbour "
    "can see it, there is no longer a cure.\n\n"
    "In that year the harvest of the valley was abundant beyond example, and the granaries "
    "were filled to the roof.\n\n"
    "The old growers had no more land than the young ones have now, and their vines were "
    "neither older nor stronger than these.\n\n"
    "At the beginning, through not having many fields, and because of their good name, the "
    "growers had not much to fear from the merchants; but when they bought more land, they "
    "learned their mistake.\n\n"
    "Or the boy would go to all the trouble of pulling the cart to the gate, climbing the wall "
    "and looking out over the valley from there."
)
FELDER = (
    "Die Felder\n\nIm Frühjahr gingen die Bauern jeden Morgen über die Äcker.\n\n"
    "Oder der Junge scheute nicht die lange Mühe, den Karren zum Tor zu ziehen, dann die "
    "Mauer hinaufzusteigen und von dort über das Tal zu blicken."
)


CASES = """
true FIELDS en>en: But when, for want of such knowledge, it is allowed to spread so that every
    neighbour can recognise it, there is no longer any cure to be found.
true FIELDS en>en: The old growers had less land than the young ones have today, and their vines
    were not older than these, nor stronger.
true FIELDS en>en: In that year the valley brought in an unexampled harvest of grapes, and the
    granaries were filled to the roof.
true FELDER en>de: Or the boy would go to all the trouble of pulling the cart to the gate,
    climbing the wall and looking out over the valley from there.
true FIELDS de>en: Oder der Junge scheute nicht die Mühe, den Karren zum Tor zu ziehen, die
    Mauer hinaufzusteigen und von dort über das Tal zu blicken.
true FIELDS en>en: And at the start of their purchases they had not much to fear from the
    merchants, their fields not being many and their name being good, but as their land grew,
    they saw their mistake.
changed FIELDS en>en: But when, for want of such knowledge, it is allowed to spread so that
    every neighbour can recognise it, there is still a cure to be found.
changed FIELDS en>en: In that year the harvest of the valley was not abundant, and the granaries
    were filled to the roof.
changed FELDER en>de: Or the boy would shy away from the trouble of pulling the cart to the
    gate, climbing the wall and looking out over the valley from there.
changed FIELDS en>en: And at the start of their purchases they had much to fear from the
    merchants, their fields not being many and their name being good, but as their land grew,
    they saw their mistake.
changed FIELDS en>en: The old growers had more land than the young ones have today, and their
    vines were not older than these, nor stronger.
"""
"""One case a line (indented lines go on): true (a faithful rendering) or changed (the same
shape with a negation removed or added, or a comparison reversed), the text, the languages,
the quote."""


def _cases() -> list[tuple[str, str, tuple[str, str], bool]]:
    texts = {"FIELDS": FIELDS, "FELDER": FELDER}
    out = []
    for line in CASES.strip().replace("\n    ", " ").splitlines():
        head, quote = line.split(": ", 1)
        kind, text, pair = head.split()
        languages = (pair[:2], pair[3:])
        out.append((quote, texts[text], languages, kind == "changed"))
    return out


@pytest.mark.parametrize(("quote", "text", "languages", "changed"), _cases())
def test_negations_worded_otherwise_agree_and_the_same_shapes_changed_differ(
    quote: str, text: str, languages: tuple[str, str], changed: bool
) -> None:
    r = match_meaning(quote, text, language=languages[0], text_language=languages[1])
    if changed:  # the negation removed or added: flagged (or not found there)
        assert r.status == "not_found" or {"negation", "roles"} & set(r.flags), r.reason
    else:
        assert r.status == "reworded", r.reason
        assert "negation" not in r.flags, r.reason


def test_a_negation_removed_beside_another_is_never_said_on_one_side_only() -> None:
    r = match_meaning(
        "And at the start of their purchases they had much to fear from the merchants, their "
        "fields not being many and their name being good, but as their land grew, they saw "
        "their mistake.",
        FIELDS,
    )
    assert "negation" in r.flags, r.reason
    assert "one side only" not in r.reason and "in one clause only" in r.reason, r.reason
