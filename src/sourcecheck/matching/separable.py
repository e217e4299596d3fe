"""A German verb read with its separated particle: "nahm den Vorschlag an" is "annahm".

German puts a separable verb's particle at the end of a main clause ("Der Ausschuss lehnte
den Vorschlag nach langer Beratung ab"): "nahm" alone is "took", "nahm ... an" "accepted".
The opposites table (:mod:`.opposites`) reads a word at a time, so "lehnte ... ab" against
"nahm ... an" was no opposite, and the word matcher's two changed words ("lehnte" / "nahm",
"ab" / "an") only ``word_changed``. Here each lower-case word of a clause that ends in a
particle is read joined to it, as the verb is written where it is not separated
("annahm", "ablehnte", "anstieg"): the table's patterns match those forms and no other
(a noun is capitalized, and "an" + "den" is no word of the table). A sentence's first word
is read so too, lowered: an imperative or a question opens with its verb ("Lehnen Sie den
Antrag ab", "Fügen Sie sich zu den Uploader-Feldern hinzu": "ablehnen", "hinzufügen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import WORD_RE

PARTICLES = frozenset(
    "ab an auf aus bei dazu ein fest fort her hin hinzu los mit nach vor weg zu zurück "
    "zusammen".split()
)
"""German's separable particles (those that stand alone at a clause's end)."""
_CLAUSE = re.compile(r"[^.,;:!?]+")
_PRONOUNS = frozenset("Sie du ihr wir er sie es man".split())
"""The pronouns after a verb that opens its sentence (an imperative, a question): "Lehnen
Sie", "Nehmen wir"; not an article's noun ("Der Ausschuss")."""


@lru_cache(maxsize=512)
def joined_verbs(text: str) -> tuple[str, ...]:
    """Each lower-case word of a clause of German ``text`` that ends in a separable particle,
    joined to that particle (see the module).

    >>> joined_verbs("Der Ausschuss nahm den Vorschlag an.")
    ('annahm', 'anden')
    >>> joined_verbs("Er nahm den Vorschlag.")
    ()
    >>> joined_verbs("Lehnen Sie den Antrag ab.")
    ('abden', 'ablehnen')
    """
    found = []
    for clause in _CLAUSE.finditer(text):
        words = WORD_RE.findall(clause.group())
        if len(words) < 2 or words[-1] not in PARTICLES:
            continue
        found += [words[-1] + w for w in words[:-1] if w[:1].islower() and w not in PARTICLES]
        if _opens_sentence(text, clause.start()) and words[1] in _PRONOUNS:
            found.append(words[-1] + words[0].lower())  # "Lehnen Sie den Antrag ab."
    return tuple(found)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the clause at ``at`` opens a sentence (text start, or after ".", "!", "?",
    ":"): its first word, capitalized there, may be the verb of an imperative or a question
    ("Fügen Sie sich zu den Feldern hinzu", "Nehmen Sie den Antrag an?")."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:"
