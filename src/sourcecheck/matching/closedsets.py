"""Closed sets of incompatible words (issue 10): weekdays, months, seasons, times of day,
compass points, sexes, kin, military ranks and services, colours, feelings, nations, in
English, German and Russian. Two different members of one set are other things, not a
rendering of each other ("Monday" / "Tuesday", "morning" / "Abend", "soldiers" / "sailors"),
though single-word vectors place them as near as synonyms: read by :mod:`.replaced` (a short
claim's replaced word), :mod:`.contrary` (counterparts across languages) and
:mod:`.changedfacts` (the word matcher's changed word).
"""

from __future__ import annotations

import re
from functools import cache

KINDS: dict[str, tuple[str, ...]] = {
    "weekdays": (
        "monday|montag|понедельник\\w*", "tuesday|dienstag|вторник\\w*",
        "wednesday|mittwoch|сред[аыу]", "thursday|donnerstag|четверг\\w*",
        "friday|freitag|пятниц\\w*", "saturday|samstag|sonnabend|суббот\\w*",
        "sunday|sonntag|воскресень\\w*",
    ),
    "months": (
        "january|januar|январ\\w*", "february|februar|феврал\\w*", "march|märz|март\\w*",
        "april|апрел\\w*", "may|mai|ма[йяю]", "june|juni|июн\\w*", "july|juli|июл\\w*",
        "august|август\\w*", "september|сентябр\\w*", "october|oktober|октябр\\w*",
        "november|ноябр\\w*", "december|dezember|декабр\\w*",
    ),
    "seasons": (
        "spring|frühling|frühjahr|весн\\w*", "summer|sommer|лет[оа]|летом",
        "autumn|fall|herbst|осен\\w*", "winter|зим\\w*",
    ),
    "times of day": (
        "morning|morgen|утр(?!ат)\\w*", "noon|midday|mittag|полдень|полдн\\w*",
        "afternoon|nachmittag", "evening|abend|вечер\\w*", "night|nacht|ноч\\w*",
    ),
    "compass points": (
        "north\\w*|nord\\w*|север\\w*", "south\\w*|süd\\w*|юг|южн\\w*",
        "east\\w*|ost\\w*|восто\\w*", "west\\w*|запад\\w*",
    ),
    "sexes": (
        "man|men|mann|männer|мужчин\\w*", "woman|women|frau|frauen|женщин\\w*",
        "boys?|junge|jungen|мальчик\\w*", "girls?|mädchen|девочк\\w*",
    ),
    "kin": (
        "father|vater|отец|отц\\w*", "mother|mutter|мать|матер\\w*",
        "brothers?|bruder|brüder|брат\\w*", "sisters?|schwester\\w*|сестр\\w*",
        "sons?|sohn|söhne|сын\\w*", "daughters?|tochter|töchter|доч\\w*",
        "husband|ehemann|муж|мужа|мужу|мужем", "wife|ehefrau|жена|жены|жене|женой",
        "uncle|onkel|дяд\\w*", "aunt|tante|тёт\\w*|тет\\w*",
        "king|könig|корол\\w*", "queen|königin|королев\\w*",
        "popes?|papst|päpste",  # not "папа": Russian for "dad" too
    ),
    "ranks": (
        "corporals?|korporal\\w*|капрал\\w*",
        "sergeants?|feldwebel\\w*|unteroffizier\\w*|сержант\\w*|фельдфебел\\w*",
        "lieutenants?|leutnants?|лейтенант\\w*|поручик\\w*",
        "captains?|hauptmann|hauptleute|kapitäns?|rittmeister\\w*|капитан\\w*|ротмистр\\w*",
        "majors?|майор\\w*", "colonels?|obersts?|oberste[nr]?|полковник\\w*",
        "generals?|generäle|generalen|генерал\\w*", "admirals?|admiräle|адмирал\\w*",
    ),
    "services": (
        "soldiers?|soldat|soldaten|солдат\\w*",
        "sailors?|seam[ae]n|matrose[n]?|матрос\\w*",
        "airm[ae]n|flieger|лётчик\\w*|летчик\\w*",
    ),
    "colours": (
        "red|rot\\w*|красн\\w*", "blue|blau\\w*|син\\w*|голуб\\w*", "green|grün\\w*|зелён\\w*",
        "yellow|gelb\\w*|жёлт\\w*|желт\\w*", "black|schwarz\\w*|чёрн\\w*|черн\\w*",
        "white|weiß\\w*|бел\\w*",
    ),
    "feelings": (
        "angry|anger|furious|fury|enraged|indignant|wütend\\w*|zornig\\w*|empört\\w*|"
        "гнев\\w*|ярост\\w*|возмущ\\w*|разгнева\\w*|рассерд\\w*",
        "relie(?:f|ved)|erleichter\\w*|облегчени\\w*",
        "glad|happy|joy\\w*|delighted|froh|frohe[mnrs]?|freud\\w*|glücklich\\w*|"
        "рад|рада|рады|радост\\w*|обрадова\\w*|счастлив\\w*",
        "afraid|frightened|scared|terrified|ängstlich\\w*|furcht\\w*|страх\\w*|испуга\\w*",
        "sad|sorrow\\w*|grief|traurig\\w*|печал\\w*|грустн\\w*",
    ),
    "nations": (
        "germany|germans?|deutsch\\w*|герман\\w*|немц\\w*|немец\\w*|немецк\\w*",
        "austria|austrians?|österreich\\w*|австри\\w*|австрийц\\w*",
        "hungary|hungarians?|ungarn|ungar(?:isch\\w*|in|en)?|венгри\\w*|венгерск\\w*|венгр\\w*",
        "russia|russians?|russland|russe|russen|russisch\\w*|росси\\w*|русск\\w*",
        "turkey|turkish|turks?|türkei|türke[n]?|türkisch\\w*|турци\\w*|турецк\\w*|турк\\w*",
        "bulgaria|bulgarians?|bulgarien|bulgar(?:isch\\w*|e|en)|болгари\\w*|болгарск\\w*|болгар\\w*",
        "france|french|frankreich|franzos\\w*|französ\\w*|франци\\w*|французск\\w*",
        "britain|british|britons?|england|english|brit(?:en|isch\\w*)|englisch\\w*|англи\\w*|британ\\w*",
        "poland|polen|polnisch\\w*|польш\\w*|польск\\w*|поляк\\w*",
        "ukraine|ukrainians?|ukrain\\w*|украин\\w*",
        "america|americans?|amerika\\w*|америк\\w*",
        "italy|italians?|italien\\w*|итали\\w*|итальян\\w*",
        "japan|japanese|japan(?:isch\\w*|er\\w*)|япони\\w*|японск\\w*|японц\\w*",
        "romania|romanians?|rumänien|rumän\\w*|румыни\\w*|румынск\\w*|румын\\w*",
        "finland|finnish|finns?|finnland|finn(?:e|en|isch\\w*)|финлянд\\w*|финск\\w*|финн\\w*",
        "sweden|swedish|swedes?|schweden|schwed(?:isch\\w*|e|in)|швеци\\w*|швед\\w*",
        "switzerland|swiss|schweiz\\w*|швейцар\\w*",
        "denmark|danish|danes?|dänemark|dän(?:isch\\w*|e|en)|дания|дании|данию|датск\\w*|датчан\\w*",
        "norway|norwegians?|norwegen|norweg(?:isch\\w*|er\\w*)|норвеги\\w*|норвежск\\w*|норвежц\\w*",
        "estonia|estonians?|estland|est(?:nisch\\w*|en|in)|эстони\\w*|эстонск\\w*|эстонц\\w*",
        "latvia|latvians?|letts?|lettland|lett(?:isch\\w*|en|in)|латви\\w*|латыш\\w*",
        "lithuania|lithuanians?|litauen|litau(?:isch\\w*|er\\w*)|литв\\w*|литовск\\w*|литовц\\w*",
        "australia|australians?|australien|australisch\\w*|австрали\\w*",
        "netherlands|dutch|holland|niederl(?:and|ande|änd)\\w*|holländ\\w*|нидерланд\\w*|голланд\\w*",
        "belgium|belgians?|belgien|belgisch\\w*|бельги\\w*",
        "spain|spanish|spaniards?|spanien|spanisch\\w*|spanier\\w*|испани\\w*|испанск\\w*|испанц\\w*",
        "greece|greeks?|griechenland|griech(?:isch\\w*|e|en)|греци\\w*|греческ\\w*|грек\\w*",
        "serbia|serbians?|serbs?|serbien|serb(?:isch\\w*|e|en)|серби\\w*|сербск\\w*|серб\\w*",
        "china|chinese|chinesisch\\w*|chinesen?|китай\\w*|китайц\\w*",
    ),
}  # fmt: skip
"""Closed sets of words that exclude each other, in English, German and Russian: a claim
that puts one for another says something else, however near their vectors."""


@cache
def _member(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


def same_kind(word: str, other: str) -> str | None:
    """The name of the set of :data:`KINDS` whose different members ``word`` and ``other``
    are, or None.

    >>> same_kind("Monday", "Tuesday"), same_kind("sister", "brothers"), same_kind("a", "b")
    ('weekdays', 'kin', None)
    >>> print(same_kind("brother", "brothers"))
    None
    """
    mine, theirs = kind_members(word), kind_members(other)
    for name in KINDS:
        ours = {i for kind, i in mine if kind == name}
        others = {i for kind, i in theirs if kind == name}
        if ours and others and not ours & others:
            return name
    return None


@cache
def _any_member() -> re.Pattern[str]:
    return _member("|".join(m for members in KINDS.values() for m in members))


@cache
def kind_members(word: str) -> frozenset[tuple[str, int]]:
    """The sets of :data:`KINDS` ``word`` is a member of: (set name, member index)."""
    if not _any_member().fullmatch(word):
        return frozenset()  # most words: one match against every member at once
    return frozenset(
        (name, i)
        for name, members in KINDS.items()
        for i, member in enumerate(members)
        if _member(member).fullmatch(word)
    )
