"""German capitalised words that the dictionary shows to be no names: a verb, an adverb or a
conjunction capitalised by its place, and a common noun in a form no name takes.

German capitalises every noun and the first word of every sentence, item and description, so
its names are read by elimination (:func:`~.anchors.german_names`: no determiner before it, no
noun ending, not used as a noun elsewhere in the text). That left true translations flagged
``name`` on words that are plainly common (walk113): "Zeigt ZAHL Kontextzeilen" (a verb
opening an option's description), "Aus Gründen der Abwärtskompatibilität" (a noun's plural
after a preposition), "benutzt Benutzter oder nicht verfügbarer Speicher" (a participle used
as a noun), "zwischen benachbarten Gruppen von Treffern", "Sobald alle Dateien" (a
conjunction). FreeDict's German-English dictionary (:mod:`.bilingual`) prints each entry's
headword as German writes it, with its part of speech, which tells them apart:

- :func:`no_noun`: every entry of the word has a headword in lower case (a verb's form, an
  adverb, a conjunction, an adjective: "zeigt", "sobald", "gründen"): its capital is its
  place's. Only where a place capitalises it (a sentence's or an item's first word): inside a
  sentence such a word is a name as often ("Herr Lange", "Kurz" the chancellor);
- :func:`inflected_noun`: a common noun in a form no name takes: listed only as a plural
  ("Zeilen", "Gründe"), a plural's dative ("Treffern", "Gründen": the plural plus "-n"), a
  compound ending in one ("Kontextzeilen"), or an adjective or participle declined as a noun
  and not listed ("Benutzter": "benutzt"). Anywhere.

A name stays one: a word the dictionary does not know ("Schmidt", "Joffe", "Linux"), a place
it knows as a place (its translation capitalised or marked [geogr.]: "Berlin", "Wien" /
"Vienna", "Sachsen" / "Saxony"), and a singular noun that is also a surname ("Müller",
"Koch", "Weber": a name where no determiner stands before it). Without the dictionary every
word stays what the other readers make of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import bilingual

_PLACE = re.compile(r"\[geogr\.\]|^\s*(?:\[[^\]]*\]\s*)*[A-ZÄÖÜ]")
"""A translations' line of a place or a people ("[geogr.] Vienna", "Saxons"): a name's entry."""
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
"""The endings of an adjective or participle declined as a noun ("ein Benutzter", "Fremden")."""
COMPOUND_HEAD = 4
"""The fewest letters before a compound's last part ("Kontext|zeilen")."""
COMPOUND_TAIL = 5
"""The fewest letters of a compound's last part read as an inflected noun ("zeilen")."""


def _headings(word: str) -> tuple[tuple[str, str, str], ...]:
    """The entries of ``word`` itself (not of an abbreviation that the index lists under it,
    "Luth." under "lutherisch")."""
    key = word.casefold()
    return tuple(h for h in bilingual.headings(word, "de", "en") if h[0].casefold() == key)


def _named(headings: tuple[tuple[str, str, str], ...]) -> bool:
    """Whether one of a word's entries is a place's or a people's (see :data:`_PLACE`)."""
    return any(_PLACE.search(line) for _, _, line in headings)


def _whole(head: str) -> bool:
    """A headword of a word of its own, not a compound's first part ("Klein…")."""
    return not head.endswith("…")


@lru_cache(maxsize=1 << 14)
def no_noun(word: str) -> bool:
    """Whether the dictionary lists the German ``word`` and only in lower case: a verb's form,
    an adverb, a conjunction or an adjective, no noun and no name.

    >>> [no_noun(w) for w in ("Zeigt", "Sobald", "Gründen", "Programm", "Schmidt", "Berlin")] \
if bilingual.available() else [True, True, True, False, False, False]
    [True, True, True, False, False, False]
    """
    headings = [h for h in _headings(word) if _whole(h[0])]
    return bool(headings) and all(head[:1].islower() for head, _, _ in headings)


def common_noun(word: str) -> bool:
    """Whether the dictionary lists ``word`` (any case: "DATEI") as a German noun, and as no
    place's or people's name ("BERLIN", "Sachsen").

    >>> [common_noun(w) for w in ("DATEI", "Zahl", "BERLIN", "Schmidt", "sobald")] \
if bilingual.available() else [True, True, False, False, False]
    [True, True, False, False, False]
    """
    headings = [h for h in _headings(word) if _whole(h[0])]
    return any(h[0][:1].isupper() for h in headings) and not _named(tuple(headings))


def _plurals(word: str) -> tuple[bool, bool]:
    """Whether ``word`` (capitalised) is listed as a noun's plural, and only so (no singular,
    no other reading, no name): "Zeilen", "Gründe" (True, True); "Treffer" (True, False: the
    singular is spelled alike); "Zimmer" (True, False)."""
    headings = [h for h in _headings(word) if h[0][:1].isupper()]
    plural = ["pl" in label.split(", ") for _, label, _ in headings]
    if not any(plural) or _named(tuple(headings)):
        return False, False
    return True, all(plural)


def _plural_form(word: str) -> bool:
    """A noun listed only as a plural ("Zeilen"), or a plural's dative: a plural with "-n"
    ("Treffern", "Gründen")."""
    return _plurals(word)[1] or (word.endswith("n") and _plurals(word[:-1])[0])


@lru_cache(maxsize=1 << 14)
def inflected_noun(word: str) -> bool:
    """Whether the capitalised German ``word`` is a common noun in a form no name takes (see
    the module): a plural, a plural's dative, a compound ending in one, or an adjective or
    participle declined as a noun, not listed itself.

    >>> [inflected_noun(w) for w in ("Treffern", "Gründen", "Kontextzeilen", "Benutzter")] \
if bilingual.available() else [True] * 4
    [True, True, True, True]
    >>> [inflected_noun(w) for w in ("Müller", "Schmidt", "Sachsen", "Programm", "Becker")]
    [False, False, False, False, False]
    """
    if not word[:1].isupper() or not bilingual.available():
        return False
    own = _headings(word)
    if _named(own):
        return False
    if _plural_form(word):
        return True
    if own:
        return False  # listed: a singular noun ("Müller"), a verb's form
    for at in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1):
        tail = word[at].upper() + word[at + 1 :]
        if _plural_form(tail):
            return True
    return _declined(word)


def _declined(word: str) -> bool:
    """An adjective or participle declined as a noun, listed in lower case without its
    ending ("Benutzter": "benutzt" <adj>)."""
    for ending in _ADJECTIVE_ENDINGS:
        stem = word[: -len(ending)].lower()  # "große": "groß" (casefold spells "gross")
        if word.endswith(ending) and len(stem) >= 4:
            headings = [h for h in _headings(stem) if _whole(h[0]) and h[0][:1].islower()]
            if any(label in ("adj", "") for _, label, _ in headings):
                return True
    return False


@lru_cache(maxsize=1 << 14)
def after_adjective(before: str, word: str) -> bool:
    """Whether the capitalised German ``word`` is a common noun (:func:`common_noun`) after an
    adjective the dictionary lists, declined (``before``): "die grafische Oberfläche", "an der
    Technischen Hochschule" (an adjective capitalised in a name). An inflected adjective in
    lower case ending "-en", "-er", "-es" or "-em" marks a noun already
    (:func:`~.anchors.german_names`); "-e" ends a verb's form as often ("sagte Schmidt"), and
    a capitalised word opens a sentence or is a name: only the dictionary tells. A name the
    dictionary does not know stays one ("der junge Goethe").

    >>> [after_adjective(b, w) for b, w in (("grafische", "Oberfläche"), ("Technischen",
    ...  "Hochschule"), ("sagte", "Schmidt"), ("junge", "Goethe"))] \
if bilingual.available() else [True, True, False, False]
    [True, True, False, False]
    """
    return bilingual.available() and _declined(before) and common_noun(word)


_SURNAMES = frozenset(
    """müller schneider fischer weber wagner becker schulz koch bauer richter klein wolf
    schröder neumann schwarz zimmermann braun krüger hartmann lange krause lehmann köhler
    könig walter kaiser fuchs lang scholz möller weiß jung hahn vogel keller berger winkler
    roth beck baumann schuster winter schumacher krämer vogt stein jäger sommer groß
    schreiber graf ziegler kuhn engel horn busch bergmann sauer pfeiffer kraft mann kurz
    brandt schmied bär adler löwe hase rose iris erika flora sonntag""".split()
)
"""German surnames (and a few first names) that are common words too: the commonest of the
occupations, colours, animals, seasons and qualities ("Müller", "Koch", "Winter", "Mann",
"Kraft"), names as often as nouns where no determiner stands before them."""


@lru_cache(maxsize=1 << 14)
def listed_noun(word: str) -> bool:
    """Whether the capitalised German ``word`` is a common noun the dictionary lists
    (:func:`common_noun`: no place's or people's entry) and no common surname
    (:data:`_SURNAMES`): a noun without its article ("9 Zoll Durchmesser", "eine Spur von
    Chlor", "fand Spuren"), never a person's or a place's name.

    >>> [listed_noun(w) for w in ("Durchmesser", "Spuren", "Koch", "Winter", "Schmidt",
    ...  "Halle", "Graz", "GNU")] if bilingual.available() else [True, True] + [False] * 6
    [True, True, False, False, False, False, False, False]
    """
    return (
        word[:1].isupper()
        and word[1:2].islower()  # "GNU" is a system's name, not the antelope
        and bilingual.available()
        and word.casefold() not in _SURNAMES
        and common_noun(word)
    )


def lower_rendered(
    names: tuple[str, ...], words: tuple[str, ...], pairs: dict[str, str], language: str
) -> tuple[str, ...]:
    """The German quote's ``names`` that the passage (in ``language``, which capitalises its
    names only: not German) renders in lower case only: its counterpart (``pairs``: quote
    word -> passage word) or, without one, every passage word (``words``) that spells it
    ("Speicher/memory", "Kernel/kernel", "Teil/part"): a noun translated, listed as a name
    in the evidence of true translations (walk113 xc-de-en-01, ch-name-13-de-en).

    >>> lower_rendered(("Linux", "Kernel", "Speicher"), ("the", "Linux", "kernel", "memory"),
    ...                {"Speicher": "memory"}, "en")
    ('Kernel', 'Speicher')
    """
    if language == "de":
        return ()
    from .anchors import name_key, same_name  # anchors reads its names with this module

    found = []
    for name in names:
        if name in pairs:
            spelled = [pairs[name]]
        else:
            spelled = [w for w in words if same_name(name_key(name), name_key(w))]
        if spelled and not any(w[:1].isupper() for w in spelled):
            found.append(name)
    return tuple(found)
