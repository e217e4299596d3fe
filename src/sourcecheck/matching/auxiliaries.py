"""Auxiliaries, modals and copulas in all their forms, per language: no content words.

A rendering's content words are counted for a counterpart on the other side
(:func:`~.wordpairs.content_positions`); "sei" and "müsse" in "Lenin behauptete, die Armee sei
nicht länger kampffähig und der Frieden müsse sofort geschlossen werden" were two of its five
words "with no counterpart" in the English passage, which says "was" and "must" (function
words there), and the true rendering was published as only partly supported. The stop-word
lists held the commonest forms (German "ist", "war", "muss"; Russian "был", "будет"), not the
subjunctives ("sei", "wäre", "müsse", "könne", "hätte"), the other persons ("bist", "seid",
"musst"), nor Russian "являлся", "могли", "должны". Here each verb's whole paradigm is listed:
German "sein", "haben", "werden" and the six modals (present, preterite, both subjunctives,
participles); Russian "быть", "являться", "мочь", "хотеть" and the short adjective "должен"
(the tests check them against pymorphy3's paradigms); English "be", "have", "do" and the
modals. A light verb's content ("machen", "стать") is not here: it is a word of its own.
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold

_FORMS = {
    "de": """
    sein bin bist ist sind seid war warst waren wart sei seist seiest seien seiet wäre wärst
    wärest wären wäret wärt gewesen seiend
    haben habe hast hat habt hatte hattest hatten hattet habest habet hätte hättest hätten
    hättet gehabt habend
    werden werde wirst wird werdet wurde wurdest wurden wurdet ward werdest würde würdest
    würden würdet geworden worden
    können kann kannst könnt konnte konntest konnten konntet könne könnest könnet könnte
    könntest könnten könntet gekonnt
    müssen muss muß musst mußt müsst müßt musste mußte musstest mußtest mussten mußten
    musstet mußtet müsse müssest müsset müsste müßte müsstest müßtest müssten müßten müsstet
    gemusst gemußt
    sollen soll sollst sollt sollte solltest sollten solltet solle sollest sollet gesollt
    wollen will willst wollt wollte wolltest wollten wolltet wolle wollest wollet gewollt
    dürfen darf darfst dürft durfte durftest durften durftet dürfe dürfest dürfet dürfte
    dürftest dürften dürftet gedurft
    mögen mag magst mögt mochte mochtest mochten mochtet möge mögest möget möchte möchtest
    möchten möchtet gemocht
    """,
    "ru": """
    быть есть был была было были буду будешь будет будем будете будут будь будьте будучи
    являться являюсь являешься является являемся являетесь являются являлся являлась
    являлось являлись являясь являвшись являйся являйтесь являвшийся
    мочь могу можешь может можем можете могут мог могла могло могли могши моги могите
    хотеть хочу хочешь хочет хотим хотите хотят хотел хотела хотело хотели хотев хотевши хоти
    должен должна должно должны
    """,
    "en": """
    be am is are was were been being have has had having do does did done doing will would
    shall should can could may might must ought
    """,
}


@lru_cache(maxsize=8)
def auxiliaries(language: str) -> frozenset[str]:
    """The folded forms of ``language``'s auxiliaries, modals and copulas (empty for a
    language without a list here).

    >>> {"sei", "musse", "hatte"} <= auxiliaries("de"), "являлся" in auxiliaries("ru")
    (True, True)
    >>> "frieden" in auxiliaries("de"), auxiliaries("xx")
    (False, frozenset())
    """
    return frozenset(fold(w) for w in _FORMS.get(language, "").split())
