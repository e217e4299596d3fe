"""A negation that, with its conjunction, says "until": German "solange ... nicht", Russian
"пока ... не", English "as long as ... not".

"als unschuldig zu gelten, solange seine Schuld nicht ... nachgewiesen ist" renders "to be
presumed innocent until proved guilty"; "считается невиновным, пока его вина не будет
доказана" says the same. Their "nicht" and "не" deny nothing the English affirms: the
construction is German's and Russian's way of saying "until". Such a negation is compared
only where the other side says no "until" (:func:`without_until`): "solange ... nicht" against
"as long as" still differs, and a negation added to the main clause ("Kein Gefangener gilt als
unschuldig, solange ...") is another negation, compared as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .conjuncts import without_negations

if TYPE_CHECKING:
    from .negation import Negations

_CLAUSE = r"[^.;:!?,]{0,80}?"
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


def until_reading(text: str, language: str) -> tuple[frozenset[int], bool]:
    """The offsets of ``text``'s negations that say "until" with their conjunction, and
    whether ``text`` says "until" (either way).

    >>> until_reading("Er gilt als unschuldig, solange seine Schuld nicht bewiesen ist.", "de")
    (frozenset({45}), True)
    >>> until_reading("He is innocent until proved guilty.", "en")
    (frozenset(), True)
    """
    pattern, said = _UNTIL_NOT.get(language), _UNTIL.get(language)
    negations = frozenset(m.start(1) for m in pattern.finditer(text)) if pattern else frozenset()
    return negations, bool(negations) or (said is not None and said.search(text) is not None)


def without_until(quote: Negations, passage: Negations) -> tuple[Negations, Negations]:
    """Each side without the negations that say "until" (:func:`until_reading`) when the
    other side says "until" too."""
    return (
        without_negations(quote, set(quote.until[0]) if passage.until[1] else set()),
        without_negations(passage, set(passage.until[0]) if quote.until[1] else set()),
    )
