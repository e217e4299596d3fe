"""A given language the text itself refutes: refused unless the user insists.

A text given the wrong language is read wrongly everywhere (a Russian "не" read as German is no
negation, "11 февраля 1918" no date, "пятнадцать" no number) while every reason names the
given language. :func:`~sourcecheck.texts.languagecodes.contradiction` warns whenever detection
disagrees; this module says when the disagreement is certain enough to refuse the text:

- the script settles it: a Cyrillic text given a language written in Latin letters (``de``,
  ``en``, ``pl``...), or a Latin-script text given a Cyrillic one (``ru``, ``uk``...);
- a Russian text given another Cyrillic language whose own letters it never uses (``uk``
  without і ї є ґ, ``be`` without ў і, ``bg`` with ы and э, which Bulgarian lacks);
- a Latin-script text of a page or more that detection reads, nearly certain (0.99), as one of
  the six analysed languages far from the given one (German given ``en``; not ``nl`` for German,
  ``pt`` for Spanish: near languages a detector can confuse).

A long text is judged on its middle; when the middle refutes the given language, pages spread
over the text (:data:`~.language.PAGES`) are judged too, and the text is refused only when most
of them refute it: a translation that leaves chapters untranslated is in the given language
where it is translated (it is then warned about, see :func:`.languagecodes.contradiction`).

Short texts (under :data:`MIN_LETTERS` letters) are only warned about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .language import LANGUAGE_NAMES, PAGES, detect_language, pages, script

MIN_LETTERS = 100
"""Letters a text needs before its script or detection refutes a given language (a title line
or a heading may be written in another script than the text it names)."""
SCRIPT_SHARE = 0.8
"""The share of the letters in the other script above which the script settles it (an English
book quoting Russian stays Latin-script by far)."""
CERTAIN = 0.99
"""Detection's probability (among the six) above which it refutes a given Latin-script language."""
SAMPLE_CHARS = 4_000
"""A long text is judged on this many characters from its middle, as detection judges it."""

CYRILLIC_WRITTEN = frozenset("ru uk be bg mk kk ky tg mn tt ba cv ce os kv av ab".split())
"""Languages written in Cyrillic letters only (Serbian, Azerbaijani, Uzbek are written in both)."""
LATIN_WRITTEN = frozenset(
    """en de fr it es pt nl pl cs sk sl hr bs da sv no nb nn fi et lv lt hu ro ca eu gl ga gd
    cy is mt sq tr la eo af id ms vi lb fy oc br co rm sw tl wa""".split()
)
"""Languages written in Latin letters only."""
OWN_LETTERS = {
    "uk": "іїєґ", "be": "ўі", "kk": "әөүұқғңһі", "ky": "өүң", "tg": "ғӣқӯҳҷ", "mn": "өү",
    "tt": "әөүҗңһ", "ba": "әөүғҡңҙҫһ", "mk": "ѓќѕјљњџ",
}  # fmt: skip
"""Letters of a Cyrillic language that Russian lacks: a long text without any is not in it."""
LACKED_LETTERS = {"bg": "ыэ"}
"""Letters Russian uses that a Cyrillic language lacks (Bulgarian has no own letter to miss)."""
NEAR = (
    frozenset("de nl lb af fy yi".split()),
    frozenset("es pt gl ca it oc".split()),
    frozenset("fr ca oc wa it".split()),
)
"""Languages a detector can take for each other: detection does not refute one with another."""
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Clash:
    """Why the text is not in the given language: what it is written in and reads as."""

    given: str
    detected: str | None
    """The language detection reads (a code), or None when it is not one of the six."""
    why: str

    def message(self) -> str:
        """The refusal, naming the given and the detected language and the fix."""
        fix = f"give --language {self.detected}, or " if self.detected else ""
        return (
            f"the text is not in {self.given} as given (--language, or language: in a sources "
            f"file): it {self.why}; read as {self.given}, its negations, dates and numbers "
            f"would go unread: {fix}leave the language out to have it detected"
        )


def _near(one: str, other: str) -> bool:
    return any(one in group and other in group for group in NEAR)


def clash(text: str, given: str | None) -> Clash | None:
    """Why ``text`` certainly is not in ``given`` (a base code, as stored), or None.

    >>> clash("Вечером председатель заявил, что делегация не подпишет договор. " * 3, "de").why
    'is written in Cyrillic letters and reads as Russian'
    >>> clash("Вечером председатель заявил, что делегация не подпишет договор. " * 3, "ru")
    >>> clash("Вечером председатель заявил.", "de") is None  # too short to be sure
    True
    """
    if not given:
        return None
    middle = _clash_at(pages(text, SAMPLE_CHARS)[0], given)
    if middle is None or len(text) <= SAMPLE_CHARS:
        return middle
    judged = [p for p in pages(text, SAMPLE_CHARS, PAGES) if len(_LETTER.findall(p)) >= MIN_LETTERS]
    refuting = sum(_clash_at(page, given) is not None for page in judged)
    if 2 * refuting <= len(judged):
        return None  # translated where most of it is: warned about, not refused
    if refuting == len(judged):
        return middle
    spread = f" ({refuting} of {len(judged)} pages sampled across it)"
    return Clash(middle.given, middle.detected, middle.why + spread)


def _clash_at(sample: str, given: str) -> Clash | None:
    """Why the page ``sample`` certainly is not in ``given``, or None."""
    letters = _LETTER.findall(sample)
    if len(letters) < MIN_LETTERS:
        return None
    written = script(sample)
    detected = detect_language(sample)
    code = detected.code if detected is not None else None
    if written == "cyrillic" and given in LATIN_WRITTEN:
        return _by_script(given, code, "Cyrillic", letters, written)
    if written == "latin" and given in CYRILLIC_WRITTEN:
        return _by_script(given, code, "Latin", letters, written)
    if written == "cyrillic" and code == "ru" and given != "ru":
        return _by_letters(given, sample)
    if written == "latin" and code and code != given and given in LATIN_WRITTEN:
        sure = detect_language(sample, min_confidence=CERTAIN)
        if sure is not None and not _near(given, code):
            return Clash(given, code, f"reads as {LANGUAGE_NAMES[code]} (detection is certain)")
    return None


def _by_script(
    given: str, code: str | None, alphabet: str, letters: list[str], written: str
) -> Clash | None:
    share = sum(script(letter) == written for letter in letters) / len(letters)
    if share < SCRIPT_SHARE:
        return None
    reads = f" and reads as {LANGUAGE_NAMES[code]}" if code else ""
    return Clash(given, code, f"is written in {alphabet} letters{reads}")


def _by_letters(given: str, sample: str) -> Clash | None:
    folded = sample.lower()
    own = OWN_LETTERS.get(given)
    if own is not None and not any(letter in folded for letter in own):
        return Clash(given, "ru", f"reads as Russian, without any of the letters {own} of {given}")
    lacked = LACKED_LETTERS.get(given)
    if lacked is not None and all(letter in folded for letter in lacked):
        return Clash(given, "ru", f"reads as Russian, with the letters {lacked} that {given} lacks")
    return None


PASSAGE_LETTERS = 12
"""Letters a passage needs before its script is said to disagree with its text's language."""


def script_disagrees(passage: str, language: str | None) -> str | None:
    """The alphabet ``passage`` is written in when it is not the one its text's stored
    ``language`` is written in ("Cyrillic" for a Russian passage of a text kept as German
    with ``--keep-language``), else None.

    >>> script_disagrees("Вечером рабочие собрались у реки.", "de")
    'Cyrillic'
    >>> script_disagrees("Вечером рабочие собрались у реки.", "ru") is None
    True
    """
    letters = _LETTER.findall(passage)
    if not language or len(letters) < PASSAGE_LETTERS:
        return None
    written = script(passage)
    if written == "cyrillic" and language in LATIN_WRITTEN:
        return "Cyrillic"
    if written == "latin" and language in CYRILLIC_WRITTEN:
        return "Latin"
    return None


def stored_language(passage: str, language: str | None, named: str) -> str | None:
    """Where the passage's script disagrees with its text's stored ``language`` (``named``
    as a reason names it), that this is the text's language, not the passage's: a language
    the user kept (``--keep-language``) or a passage in another script than its text; else
    None.

    >>> print(stored_language("Вечером рабочие собрались у реки.", "de", "German"))
    ... # doctest: +ELLIPSIS
    German is the language stored for its text, not the passage's: it is written in Cyrillic...
    >>> stored_language("Am Abend versammelten sich die Arbeiter.", "de", "German") is None
    True
    """
    alphabet = script_disagrees(passage, language)
    if alphabet is None:
        return None
    return (
        f"{named} is the language stored for its text, not the passage's: it is written in "
        f"{alphabet} letters (a language kept as given with --keep-language, or a passage in "
        "another script)"
    )
