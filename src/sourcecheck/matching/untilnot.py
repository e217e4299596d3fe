"""A negation that, with its conjunction, says "until": German "solange ... nicht", Russian
"пока ... не", English "as long as ... not"; and one that, with "until", says "only when".

"als unschuldig zu gelten, solange seine Schuld nicht ... nachgewiesen ist" renders "to be
presumed innocent until proved guilty"; "считается невиновным, пока его вина не будет
доказана" says the same. Their "nicht" and "не" deny nothing the English affirms: the
construction is German's and Russian's way of saying "until". Such a negation is compared
only where the other side says no "until" (:func:`without_until`): "solange ... nicht" against
"as long as" still differs, and a negation added to the main clause ("Kein Gefangener gilt als
unschuldig, solange ...") is another negation, compared as before.

"The package is not removed until you run apt autoremove" says when it is removed, as "Пакет
удаляется только когда вы запускаете apt autoremove" and "Das Paket wird nur entfernt, wenn
..." do: a negation followed in its sentence by "until", "before", "unless" ("bis", "bevor",
"es sei denn"; "до тех пор", "пока", "прежде чем") is "only when" said otherwise. Such a
negation (and the "пока ... не" of its clause) is dropped only where the other side says "only
when" ("only ... when/after/if", "nur/erst ... wenn/nachdem", "только/лишь ... когда/после"):
"is not removed when you run it" against "удаляется только когда" still differs, as does "not
removed until" against "removed when".

A negation before "until" and a time ("not built until 1925", "nicht vor 1925", "не раньше
1925 года") bounds that time as "only in 1925" does (:mod:`.timebounds`): it is dropped where
the other side bounds the same time either way ("erst 1925": the same; "before 1925": the
opposite, flagged as such), and compared where it does not ("built in 1925").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .conjuncts import without_negations
from .timebounds import bound_negations, bounded_keys

if TYPE_CHECKING:
    from .negation import Negations

_CLAUSE = r"[^.;:!?,]{0,80}?"
_SENTENCE = r"[^.;:!?]{0,80}?"
_UNTIL_NOT = {
    "en": re.compile(rf"(?i)\b(?:as|so)\s+long\s+as\b{_CLAUSE}\b(not)\b"),
    "de": re.compile(rf"(?i)\bsolange\b{_CLAUSE}\b(nicht)\b"),
    "ru": re.compile(rf"(?i)\bпока\b{_CLAUSE}(?<!\w)(не)(?!\w)"),
}
"""A conjunction of duration and the first negation of its clause: "until" said so."""
_UNTIL = {
    "en": re.compile(r"(?i)\b(?:until|till)\b"),
    "de": re.compile(r"(?i)\bbis\b"),
    "ru": re.compile(r"(?i)(?<!\w)(?:до\s+тех\s+пор|пока\s+не)(?!\w)"),
}
""""until" said without a negation of its own (Russian "пока не" is both)."""
_NOT_UNTIL = {
    "en": re.compile(
        rf"(?i)(?<!\w)(not|never|cannot|\w+n[’']t)(?!\w){_SENTENCE}\b(?:until|till|before|unless)\b"
    ),
    "de": re.compile(
        rf"(?i)\b(nicht|nie|niemals)\b{_SENTENCE}\b(?:bis|bevor|es\s+sei\s+denn|außer\s+wenn)\b"
    ),
    "ru": re.compile(
        rf"(?i)(?<!\w)(не)(?!\w){_SENTENCE}(?<!\w)(?:до\s+тех\s+пор|пока|прежде\s+чем)(?!\w)"
    ),
}
"""A negation before a word of limit in its sentence: with it, "only when"."""
_ONLY_WHEN = {
    "en": re.compile(r"(?i)\bonly\b(?:\s+\w+){0,3}?,?\s+(?:when|after|once|if|then)\b"),
    "de": re.compile(r"(?i)\b(?:nur|erst)\b(?:\s+\w+){0,3}?,?\s+(?:wenn|nachdem|sobald|dann)\b"),
    "ru": re.compile(
        r"(?i)(?<!\w)(?:только|лишь)(?:\s+\w+){0,3}?,?\s+(?:когда|после|если|тогда)\b"
    ),
}
""""only when" said with "only" ("erst", "только"), no negation."""


class UntilReading(NamedTuple):
    """How a text says "until" and "only when" (see the module)."""

    negations: frozenset[int] = frozenset()  # "solange ... nicht": "until"
    until: bool = False  # "until" said either way
    only: frozenset[int] = frozenset()  # "not ... until": "only when"
    only_when: bool = False  # "only when" said with "only"
    bounded: tuple[tuple[int, str], ...] = ()  # "not until 1925": its "not", the time's key
    bounds: frozenset[str] = frozenset()  # the times bounded either way (.timebounds)


NO_UNTIL = UntilReading()
"""A text that says neither (the default of :attr:`.negation.Negations.until`)."""


def until_reading(text: str, language: str) -> UntilReading:
    """The offsets of ``text``'s negations that say "until" with their conjunction, whether
    ``text`` says "until" (either way), those of its negations that say "only when" with a
    word of limit, and whether it says "only when" with "only".

    >>> until_reading("Er gilt als unschuldig, solange seine Schuld nicht bewiesen ist.", "de")[:2]
    (frozenset({45}), True)
    >>> until_reading("He is innocent until proved guilty.", "en")[:2]
    (frozenset(), True)
    >>> until_reading("It is not removed until you run it.", "en").only
    frozenset({6})
    >>> until_reading("Пакет удаляется только когда вы его запускаете.", "ru").only_when
    True
    """
    pattern, said = _UNTIL_NOT.get(language), _UNTIL.get(language)
    negations = frozenset(m.start(1) for m in pattern.finditer(text)) if pattern else frozenset()
    limit, only = _NOT_UNTIL.get(language), _ONLY_WHEN.get(language)
    return UntilReading(
        negations,
        bool(negations) or (said is not None and said.search(text) is not None),
        frozenset(m.start(1) for m in limit.finditer(text)) if limit else frozenset(),
        only is not None and only.search(text) is not None,
        bound_negations(text, language),
        bounded_keys(text, language),
    )


def without_until(quote: Negations, passage: Negations) -> tuple[Negations, Negations]:
    """Each side without the negations that say "until" (:func:`until_reading`) when the
    other side says "until" too, and without those that say "only when" (with the "until"
    ones) when the other side says "only when"."""
    return _without(quote, passage.until), _without(passage, quote.until)


def _without(one: Negations, other: UntilReading) -> Negations:
    mine = one.until
    dropped = set(mine.negations) if other.until else set()
    if other.only_when and mine.only:
        dropped |= mine.only | mine.negations
    dropped |= {at for at, key in mine.bounded if key in other.bounds}  # "not until 1925"
    return without_negations(one, dropped)
