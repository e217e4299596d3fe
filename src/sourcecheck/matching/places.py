"""Places known by several names: historical, transliterated and renamed (Petrograd /
Petersburg / St. Petersburg; Kieff / Kiev / Kyiv / Київ / Киев; Reval / Tallinn).

A name is compared across scripts by its spelling-neutral key (:func:`.anchors.name_key`):
"Троцкий" and "Trotzki" have the same key. A town renamed, or named as each language names it,
has keys that no spelling rule brings together: "Petrograd" (1914-1924) and "Petersburg",
which Czernin's translator prints throughout, share no more than "Pet"; "Kieff" and "Kiev"
differ by a letter in four. A memoir saying "march on Petrograd" of Czernin's "march on
Petersburg" had the name counted as a word the passage lacks; a German "besetzte Dünaburg" of
"captured Dvinsk" left the town without a counterpart and the rendering was not found.
:data:`PLACES_FILE` lists such places of Central and Eastern Europe (1850-1950: exonyms and
renamings), one place a line; :func:`same_place` tells whether two name keys are one of them
(a key may be a declined or derived form: "Petersburgers", "Lemberga", up to three letters
more).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

PLACES_FILE = "data/places.txt"
"""The places known by several names (beside this module; the file says what is in it, where
it comes from and which names are left out): one place per line, its names."""


@lru_cache(maxsize=1)
def places() -> tuple[tuple[str, ...], ...]:
    """Each place's names, as :data:`PLACES_FILE` lists them (about 220 places).

    >>> [names for names in places() if "Dünaburg" in names][0][:3]
    ('Daugavpils', 'Dvinsk', 'Dünaburg')
    """
    text = resources.files(__package__).joinpath(PLACES_FILE).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].split() for line in text.splitlines())
    return tuple(tuple(names) for names in lines if names)


DERIVED_LETTERS = 3
"""A key this many letters longer than a place's key ("petersburgers") is the same place."""


@lru_cache(maxsize=1)
def _groups() -> dict[str, int]:
    """Each place name's key, with its group's number."""
    from .anchors import name_key  # anchors uses this module: imported when first needed

    return {name_key(name): i for i, names in enumerate(places()) for name in names}


def place_of(key: str) -> int | None:
    """The place (its number in :func:`places`) a name key names, or None.

    >>> from sourcecheck.matching.anchors import name_key
    >>> place_of(name_key("Petrograd")) == place_of(name_key("Petersburgers")) is not None
    True
    >>> place_of(name_key("Peter")) is None
    True
    """
    groups = _groups()
    for cut in range(DERIVED_LETTERS + 1):
        if cut and len(key) - cut < 4:
            break
        found = groups.get(key[: len(key) - cut] if cut else key)
        if found is not None:
            return found
    return None


def same_place(a: str, b: str) -> bool:
    """Whether two name keys name one place by two of its names (Kieff / Kyiv).

    >>> from sourcecheck.matching.anchors import name_key
    >>> same_place(name_key("Kieff"), name_key("Київ")), same_place(name_key("Reval"),
    ...     name_key("Riga"))
    (True, False)
    """
    first = place_of(a)
    return first is not None and first == place_of(b)
