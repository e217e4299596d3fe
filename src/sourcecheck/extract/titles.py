"""The words around a name that are not the name: titles with the gender they say ("Mr.",
"Frau", "Comrade"), words of address ("her Ladyship") and epithets ("Poor Miss Taylor").
:mod:`people` groups name forms by them; :mod:`sieves` reads titles before a speaker."""

from __future__ import annotations

MALE_TITLES = frozenset(
    "Mr Sir Lord Master Monsieur Herr Herrn Signor Count Prince Baron Duke King Emperor Kaiser "
    "Father Brother Uncle General Colonel Captain Major Admiral Sergeant Inspector".split()
)
FEMALE_TITLES = frozenset(
    "Mrs Miss Ms Lady Madam Madame Mme Mlle Mademoiselle Dame Frau Countess Princess Baroness "
    "Duchess Queen Empress Mother Sister Aunt Mistress".split()
)
_RU_MALE = "Князь Граф Барон Генерал Полковник Капитан Государь Император Господин".split()
_RU_FEMALE = "Княжна Княгиня Графиня Баронесса Госпожа Императрица".split()
MALE_TITLES |= frozenset(_RU_MALE + [t.lower() for t in _RU_MALE])
FEMALE_TITLES |= frozenset(_RU_FEMALE + [t.lower() for t in _RU_FEMALE])
"""(Russian writes titles in lower case inside a sentence: "спросил князь Андрей".)"""
_DE_MALE = "Graf Grafen Fürst Fürsten Freiherr Prinz Prinzen Herzog König".split()
_DE_FEMALE = "Gräfin Fürstin Freifrau Baronin Prinzessin Herzogin Königin Kaiserin Fräulein".split()
MALE_TITLES |= frozenset(_DE_MALE)
FEMALE_TITLES |= frozenset(_DE_FEMALE)
"""(German titles: "Graf Czernin", "Gräfin Thun"; "Herrn", "Grafen" are declined forms.)"""
DECLINED = {"Herrn": "Herr", "Grafen": "Graf", "Fürsten": "Fürst", "Prinzen": "Prinz"}
"""A German title declined after a preposition or an object ("den alten Herrn Lanski"): the
same title, so "Herrn Lanski" and "Herr Lanski" are one person."""
NEUTRAL_TITLES = frozenset("Dr Doctor Professor Prof Comrade Citizen Rev Reverend".split())
OFFICE_TITLES = frozenset(
    "Councillor Councilor Alderman Mayor Minister Secretary Senator Governor Chancellor "
    "President Ambassador Envoy Consul Commissar Commissioner Marshal Commander Lieutenant "
    "Corporal Judge Bishop Cardinal Chairman Chairwoman "
    "Stadtrat Ratsherr Bürgermeister Kanzler Reichskanzler Botschafter Gesandte Gesandter "
    "Gesandten Staatssekretär Kommissar Oberst Leutnant Hauptmann Rittmeister Feldmarschall "
    "Generals Doktor".split()
)
"""Offices and ranks that stand before a name as a title does ("Councillor Brandt", "Minister
Vogel", "Stadtrat Brandt"): the person's office, no name of theirs, and no gender said
("Generals": "des Generals Hoffmann")."""
_RU_NEUTRAL = "Товарищ Гражданин Гражданка Министр Нарком Комиссар Посол Советник".split()
OFFICE_TITLES |= frozenset(_RU_NEUTRAL + [t.lower() for t in _RU_NEUTRAL])
TITLE_WORDS = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES | OFFICE_TITLES
"""Every title, rank and office before a name: one set, read by extraction (:mod:`people`,
sieves) and by the meaning stage's names (``matching.anchors``: "Councillor" of "Councillor
Brandt" is no name to compare)."""
HONORIFICS = frozenset(
    "Ladyship Lordship Majesty Highness Excellency Honour Honor Worship Reverence Grace "
    "Ma'am Ma’am".split()
)
"""Words of address that stand for a person without naming one ("her Ladyship")."""
EPITHETS = frozenset("Dear Dearest Poor Little Old Young Good Sweet Bless Thank Pray".split())
"""Words before a name that are not part of it: "Dear Harriet", "Poor Miss Taylor"."""
DOTTED = frozenset("Mr Mrs Ms Dr St Prof Rev Mme Mlle".split())
"""Titles written with a full stop when abbreviated ("Mr. Knightley")."""


def split_title(name: str) -> tuple[str, list[str]]:
    """A name's first title (or "") and its other words, full stops dropped.

    >>> split_title("Mr. Frank Churchill"), split_title("Emma"), split_title("Herrn Lanski")
    (('Mr', ['Frank', 'Churchill']), ('', ['Emma']), ('Herr', ['Lanski']))
    """
    words = name.replace(".", " ").split()
    title = ""
    while len(words) > 1 and words[0] in TITLE_WORDS:
        title = title or DECLINED.get(words[0], words[0])
        words = words[1:]
    return title, words


def title_gender(title: str) -> str | None:
    """The gender a title says: "M" (Mr., Herr), "F" (Mrs., Frau) or None (Dr., Comrade)."""
    if title in MALE_TITLES:
        return "M"
    if title in FEMALE_TITLES:
        return "F"
    return None


ORGANISATION_WORDS = frozenset(
    "Committee Commission Congress Party Soviet Soviets Council Government Ministry Bureau "
    "Assembly Conference Delegation Parliament Senate Duma Reichstag Cabinet Department Office "
    "Board Tribunal Komitee Kongress Partei Regierung Ministerium Versammlung Konferenz "
    "Комитет Съезд Партия Совет Правительство Министерство Бюро Собрание".split()
)
"""Last words of a name that make it an organisation ("Central Executive Committee", "the
Council of People's Commissaries"): it may speak (a resolution), but it is never "he"."""


def is_organisation(name: str) -> bool:
    """Whether ``name`` names an organisation, not a person: one of its words is one of
    :data:`ORGANISATION_WORDS` ("Central Executive Committee", "Council of People's
    Commissaries").

    >>> is_organisation("Central Executive Committee"), is_organisation("General Hoffmann")
    (True, False)
    """
    return any(w in ORGANISATION_WORDS for w in name.split())
