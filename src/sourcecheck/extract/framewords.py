"""The words of a reporting frame, one table per language: "according to Czernin", "Czernin
records that", "Czernin wrote that", "laut Czernin", "по словам Чернина".

A frame says who reported what follows. Two readers read it, from this one table:

- extraction (:mod:`.reporters`): which *source* a stretch of history prose cites ("according
  to Czernin, Kühlmann spoke...": Czernin's book is cited, Kühlmann speaks). It reads the
  phrases before a name and the verbs of an account (:attr:`FrameWords.reporting`) in every
  language at once, and only names that are authors of known sources count;
- matching (:mod:`sourcecheck.matching.frames`): a claim compared without its frame, in the
  claim's language: any verb of saying or thinking before "that" ends a frame there ("Czernin
  wrote that", "Hoffmann feared that"), and the phrases before a name only set off by commas.

Which verbs say something is :mod:`.verbs`' (``SPEECH_VERBS``: every form, read beside
quotations); a frame needs those that take "that", past and present, and a few of writing and
thinking that verbs.py does not hold ("recorded", "feared").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FrameWords:
    """One language's words of a reporting frame (each a word or a phrase)."""

    according: tuple[str, ...]
    """Before a name, they cite it: "according to", "laut", "по словам"."""
    known_author: tuple[str, ...]
    """Before a name, they cite it only when it is a known source's author: German "nach" is
    also "to" ("nach Berlin")."""
    set_off: tuple[str, ...]
    """Before a name, they cite it only set off by commas: German "wie" is also "like"."""
    reporting: tuple[str, ...]
    """Verbs of an account: "X records that" names the source (what follows is its)."""
    saying: tuple[str, ...]
    """The other verbs of saying, writing or thinking before "that": "X declared that" names
    who said it, which may or may not be the source cited."""
    addressed: tuple[str, ...]
    """Verbs of saying followed by whom it was said to: "X told his friend that"."""
    that: tuple[str, ...]
    """The conjunction after the verb."""
    accounts: tuple[str, ...] = ()
    """Nouns of an account after a possessive: "in X's diary", "wrote in his diary"."""
    possessive: tuple[str, ...] = ()
    """Before an account's noun after the verb: "noted *in his* diary that"."""
    as_: tuple[str, ...] = ()
    """Before a name and a verb of an account, set off by commas: "as Czernin wrote"."""


FRAMES = {
    "en": FrameWords(
        according=("according to",),
        known_author=(),
        set_off=(),
        reporting=(
            "reports", "reported", "records", "recorded", "relates", "related", "tells us",
            "told us", "states", "stated", "recounts", "recounted", "writes", "wrote",
            "notes", "noted", "observes", "observed", "remarks", "remarked", "jotted down",
            "set down", "writes down", "wrote down", "notes down", "noted down",
        ),
        saying=(
            "said", "says", "declared", "declares", "claimed", "claims", "explained",
            "insisted", "maintained", "admitted", "argued",
            "complained", "recalled", "recalls", "thought", "believed", "feared", "hoped",
            "confessed", "mentioned", "added", "announced", "asserted", "emphasised",
            "emphasized", "stressed", "acknowledged", "conceded", "suggested", "predicted",
            "warned", "replied", "answered",
        ),
        addressed=("told", "assured", "informed"),
        that=("that",),
        accounts=(
            "account", "narrative", "memoirs", "recollections", "telling", "version", "words",
            "report", "diary", "journal", "notebook", "notes", "letter", "letters",
        ),
        possessive=("in his", "in her", "in their"),
        as_=("as",),
    ),
    "de": FrameWords(
        according=("laut", "nach Ansicht", "nach Angaben"),
        known_author=("nach",),
        set_off=("wie",),
        reporting=(
            "berichtet", "berichtete", "erzählt", "schreibt", "schrieb", "notiert", "notierte",
            "vermerkt", "vermerkte", "bemerkt", "bemerkte",
        ),
        saying=(
            "sagte", "sagt", "erklärte", "erklärt", "meinte", "meint",
            "behauptete", "fürchtete", "hoffte", "glaubte", "betonte", "versicherte",
        ),
        addressed=(),
        that=("dass", "daß"),
        accounts=("Tagebuch", "Erinnerungen", "Bericht", "Brief", "Aufzeichnungen"),
        possessive=("in seinem", "in ihrem", "in seinen", "in ihren"),
        as_=("wie",),
    ),
    "ru": FrameWords(
        according=("по словам", "по мнению", "как пишет", "как писал", "согласно"),
        known_author=(),
        set_off=(),
        reporting=(
            "пишет", "писал", "писала", "сообщает", "сообщил", "записал", "записала",
            "отметил", "отметила", "заметил", "заметила",
        ),
        saying=(
            "сказал", "сказала", "говорит", "говорил", "заявил", "заявила",
            "утверждал", "считал", "полагал", "признал", "опасался", "надеялся",
        ),
        addressed=(),
        that=("что",),
        accounts=("дневнике", "воспоминаниях", "письме", "записках"),
        possessive=("в своём", "в своем", "в своих"),
        as_=("как",),
    ),
}  # fmt: skip
"""The frame's words of each language sourcecheck reads frames in."""


def alternation(phrases: tuple[str, ...] | list[str], *, first_either_case: bool = False) -> str:
    """A regular expression matching any of ``phrases`` (a space in one: any white space),
    the longest first; ``first_either_case``: its first letter in either case (for a
    pattern that is otherwise case-sensitive: "According to", "according to").

    >>> alternation(("nach", "nach Angaben"), first_either_case=True)
    '[Nn]ach\\\\s+Angaben|[Nn]ach'
    """
    found = []
    for phrase in sorted(phrases, key=len, reverse=True):
        head, rest = phrase[:1], phrase[1:]
        lead = f"[{head.upper()}{head.lower()}]" if first_either_case else re.escape(head)
        found.append(lead + r"\s+".join(re.escape(word) for word in rest.split(" ")))
    return "|".join(found)


def in_account(words: FrameWords) -> str:
    """A regular expression for the optional place of an account after a verb of an account:
    " in his diary" ("Czernin noted in his diary that"); "" for a language without one.

    >>> import re
    >>> bool(re.fullmatch("noted" + in_account(FRAMES["en"]), "noted in his diary"))
    True
    """
    if not words.possessive or not words.accounts:
        return ""
    return rf"(?:\s+(?:{alternation(words.possessive)})\s+(?:{alternation(words.accounts)}))?"


def every_language(field: str) -> list[str]:
    """The phrases of one field (``"according"``, ``"reporting"``...) of every language.

    >>> every_language("that")
    ['that', 'dass', 'daß', 'что']
    """
    return [phrase for words in FRAMES.values() for phrase in getattr(words, field)]
