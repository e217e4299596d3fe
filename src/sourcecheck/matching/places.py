"""Places known by several names: historical, transliterated and renamed (Petrograd /
Petersburg / St. Petersburg; Kieff / Kiev / Kyiv / Київ / Киев; Reval / Tallinn).

A name is compared across scripts by its spelling-neutral key (:func:`.anchors.name_key`):
"Троцкий" and "Trotzki" have the same key. A town renamed, or named as each language names it,
has keys that no spelling rule brings together: "Petrograd" (1914-1924) and "Petersburg",
which Czernin's translator prints throughout, share no more than "Pet"; "Kieff" and "Kiev"
differ by a letter in four. A memoir saying "march on Petrograd" of Czernin's "march on
Petersburg" had the name counted as a word the passage lacks. :data:`PLACES` lists such towns,
each group one place; :func:`same_place` tells whether two name keys are one of them (a key
may be a declined or derived form: "Petersburgers", "Lemberga", up to three letters more).
"""

from __future__ import annotations

from functools import lru_cache

PLACES = (
    "Petrograd Petersburg Peterburg Sanktpeterburg Leningrad Petrohrad Петроград Петербург "
    "Санкт-Петербург Ленинград",
    "Kiev Kieff Kiew Kijew Kyiv Kijów Київ Киев",
    "Reval Tallinn Ревель Таллин Таллинн",
    "Lemberg Lwów Lviv Lvov Львов Львів",
    "Danzig Gdańsk Данциг Гданьск",
    "Vilna Wilna Vilnius Wilno Вильна Вильнюс Вільнюс",
    "Kovno Kowno Kaunas Ковно Каунас",
    "Helsingfors Helsinki Гельсингфорс Хельсинки",
    "Dorpat Tartu Yuryev Jurjew Дерпт Юрьев Тарту",
    "Pressburg Bratislava Pozsony Пресбург Братислава",
    "Laibach Ljubljana Лайбах Любляна",
    "Agram Zagreb Аграм Загреб",
    "Constantinople Konstantinopel Istanbul Stambul Константинополь Стамбул Царьград",
    "Königsberg Kaliningrad Кёнигсберг Калининград",
    "Tiflis Tbilisi Тифлис Тбилиси",
    "Bucharest Bukarest București Bucuresti Бухарест",
    "Mitau Jelgava Митава Елгава",
    "Libau Liepāja Либава Лиепая",
    "Memel Klaipėda Мемель Клайпеда",
    "Breslau Wrocław Бреслау Вроцлав",
    "Posen Poznań Познань",
    "Stettin Szczecin Штеттин Щецин",
    "Czernowitz Chernivtsi Cernăuți Черновцы Чернівці",
    "Christiania Oslo Христиания Осло",
    "Tsaritsyn Zarizyn Stalingrad Volgograd Царицын Сталинград Волгоград",
    "Ekaterinburg Yekaterinburg Jekaterinburg Sverdlovsk Екатеринбург Свердловск",
    "Peking Peiping Beijing Пекин",
)
"""Groups of the names of one place (each group a string of its names)."""
DERIVED_LETTERS = 3
"""A key this many letters longer than a place's key ("petersburgers") is the same place."""


@lru_cache(maxsize=1)
def _groups() -> dict[str, int]:
    """Each place name's key, with its group's number."""
    from .anchors import name_key  # anchors uses this module: imported when first needed

    return {name_key(name): i for i, group in enumerate(PLACES) for name in group.split()}


def place_of(key: str) -> int | None:
    """The group (:data:`PLACES`) a name key is a place of, or None.

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
