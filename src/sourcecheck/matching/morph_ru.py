"""The grammatical case of a Russian noun, adjective or pronoun, read with a morphological
dictionary (pymorphy3 and its Russian dictionary, OpenCorpora's), for :mod:`.caseroles`.

Endings alone cannot tell "собака" (a feminine nominative) from "почтальона" (a masculine
animate accusative, which is the genitive): both end in "-а". The dictionary knows each word's
paradigm, so it reads "собака" as a nominative only and "почтальона" as an accusative or a
genitive. A form may belong to several words ("лиса" is the fox, and the genitive of "лис";
"внука" is the grandson's accusative and a rarer word's nominative): the word the dictionary's
frequencies make likeliest is read, and all the cases that word's form can be in (a form whose
own paradigm has it in two cases, "мост", nominative or accusative, stays ambiguous: the
frequencies of a case are not read, only those of the words).

The analyser (about 0.6 s to load, 25 MB) is loaded when a Russian clause is first read.
"""

from __future__ import annotations

from functools import lru_cache

_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
"""The parts of speech whose case is read: a verb's or an adverb's reading is no noun's."""
_CASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}
"""The second genitive, accusative and locative ("чаю", "в лесу") as the case they are of."""


@lru_cache(maxsize=1)
def _analyzer():  # pymorphy3.MorphAnalyzer (untyped)
    import pymorphy3  # here, not at the top: only a Russian clause's reading needs it

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The dictionary form of the Russian ``word``'s likeliest reading ("доволен":
    "довольный"; a short adjective is listed under its full form).

    >>> lemma("доволен")
    'довольный'
    """
    parses = _analyzer().parse(word.casefold())
    return str(parses[0].normal_form) if parses else word


@lru_cache(maxsize=65536)
def cases(word: str) -> frozenset[str]:
    """The cases (OpenCorpora's tags: "nomn", "accs", "gent", ...) that the Russian ``word``
    (lower case, with its "й" and "ё") can be in as its likeliest noun, adjective or pronoun;
    empty when it reads as none.

    >>> sorted(cases("собака")), sorted(cases("почтальона")), sorted(cases("мост"))
    (['nomn'], ['accs', 'gent'], ['accs', 'nomn'])
    """
    weight: dict[tuple[str, str], float] = {}
    found: dict[tuple[str, str], set[str]] = {}
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.POS not in _NOMINAL or tag.case is None:
            continue
        key = (parse.normal_form, tag.POS)
        weight[key] = weight.get(key, 0.0) + parse.score
        found.setdefault(key, set()).add(_CASES.get(tag.case, tag.case))
    if not weight:
        return frozenset()
    return frozenset(found[max(weight, key=weight.__getitem__)])


@lru_cache(maxsize=16384)
def finite_verb(word: str) -> tuple[str, str | None] | None:
    """The number and (a singular past's) gender a finite active verb form ``word`` (lower
    case) asks of its subject: ("sing", "femn") of "разбудила", ("plur", None) of
    "предупредили"; None when its likeliest reading is no such verb (a participle
    "разбужена", an infinitive, a reflexive "-ся" that is often passive, a first or second
    person: its subject is a pronoun).

    >>> finite_verb("разбудила"), finite_verb("предупредили"), finite_verb("разбужена")
    (('sing', 'femn'), ('plur', None), None)
    """
    tag = _analyzer().parse(word)[0].tag
    if tag.POS != "VERB" or word.endswith(("ся", "сь")) or tag.person in ("1per", "2per"):
        return None
    gender = _named(tag.gender) if tag.tense == "past" and tag.number == "sing" else None
    return _named(tag.number) or "", gender


@lru_cache(maxsize=16384)
def passive_participle(word: str) -> bool:
    """Whether the Russian ``word``'s likeliest reading is a short passive participle, the
    predicate of a passive clause ("избран", "задержаны": its nominative undergoes, its
    instrumental acts).

    >>> passive_participle("избрана"), passive_participle("задержаны"), passive_participle("избрал")
    (True, True, False)
    """
    tag = _analyzer().parse(word.casefold())[0].tag
    return tag.POS == "PRTS" and "pssv" in tag


@lru_cache(maxsize=16384)
def is_verb(word: str) -> bool:
    """Whether the Russian ``word``'s likeliest reading is a verb: finite, an infinitive or a
    gerund (a participle reads as the adjective it declines like).

    >>> is_verb("выбирает"), is_verb("включить"), is_verb("установленные"), is_verb("стол")
    (True, True, False, False)
    """
    return str(_analyzer().parse(word.casefold())[0].tag.POS) in ("VERB", "INFN", "GRND")


@lru_cache(maxsize=16384)
def may_be_name(word: str) -> bool:
    """Whether the Russian ``word`` may be a person's or a place's name: its likeliest
    reading is one (a first name, a surname, a patronymic, a place) or the dictionary does
    not know it ("Грегор"); "Утром", "Однако", "Мать" are no names.

    >>> may_be_name("Грегор"), may_be_name("Иван"), may_be_name("Утром"), may_be_name("Однако")
    (True, True, False, False)
    """
    parse = _analyzer().parse(word.lower())[0]
    return not parse.is_known or bool({"Name", "Surn", "Patr", "Geox"} & parse.tag.grammemes)


@lru_cache(maxsize=16384)
def known_name(word: str) -> bool:
    """Whether the likeliest reading of the Russian ``word`` in the dictionary is a name (a
    first name, a surname, a patronymic, a place): unlike :func:`may_be_name`, a word the
    dictionary does not know is none.

    >>> known_name("Пьер"), known_name("Услыхав"), known_name("Барин"), known_name("Фемгалкой")
    (True, False, False, False)
    """
    parse = _analyzer().parse(word.lower())[0]
    return parse.is_known and bool({"Name", "Surn", "Patr", "Geox"} & parse.tag.grammemes)


@lru_cache(maxsize=65536)
def nominatives(word: str) -> frozenset[tuple[str, str | None]]:
    """The (number, gender) of each nominative reading of ``word`` as its likeliest noun or
    pronoun (as :func:`cases` reads it): what a verb agreeing with it must have.

    >>> sorted(nominatives("медсестра")), sorted(nominatives("почтальона"))
    ([('sing', 'femn')], [])
    """
    weight: dict[tuple[str, str], float] = {}
    found: dict[tuple[str, str], set[tuple[str, str | None]]] = {}
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.POS not in ("NOUN", "NPRO") or tag.case is None:
            continue
        key = (parse.normal_form, tag.POS)
        weight[key] = weight.get(key, 0.0) + parse.score
        forms = found.setdefault(key, set())
        if tag.case == "nomn":
            forms.add((_named(tag.number) or "", _named(tag.gender)))
    if not weight:
        return frozenset()
    return frozenset(found[max(weight, key=weight.__getitem__)])


@lru_cache(maxsize=16384)
def substantive_nominatives(word: str) -> frozenset[tuple[str, str | None]]:
    """The (number, gender) of each nominative reading of ``word`` as its likeliest adjective
    or participle: what a verb agrees with when the word stands for a noun, as a participle
    often does ("сопровождающий": the maintainer; "управляющий", "заведующий").

    >>> sorted(substantive_nominatives("сопровождающий")), substantive_nominatives("стол")
    ([('sing', 'masc')], frozenset())
    """
    parses = [p for p in _analyzer().parse(word) if p.tag.POS in ("ADJF", "PRTF")]
    if not parses:
        return frozenset()
    likeliest = max(parses, key=lambda p: p.score).normal_form
    return frozenset(
        (_named(p.tag.number) or "", _named(p.tag.gender))
        for p in parses
        if p.normal_form == likeliest and p.tag.case == "nomn"
    )


def _named(grammeme: object) -> str | None:
    """A tag attribute as a plain string (pymorphy3's compare only with known grammemes)."""
    return None if grammeme is None else str(grammeme)


@lru_cache(maxsize=16384)
def common_word(word: str) -> bool:
    """Whether the dictionary knows the Russian ``word`` and as a name (a first name, a
    surname, a patronymic, a place) in none of its readings: "Каждый", "Услыхав"; not
    "Рыбаков" (fishermen's, and a surname), "Вера", "Пётр", nor a word it does not know. The
    Russian counterpart of :func:`~.wordnet.common_word`.

    >>> common_word("Каждый"), common_word("Рыбаков"), common_word("Вера"), common_word("Грегор")
    (True, False, False, False)
    """
    parses = _analyzer().parse(word.lower())
    names = {"Name", "Surn", "Patr", "Geox"}
    return parses[0].is_known and not any(names & p.tag.grammemes for p in parses)


_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND"})
"""The parts of speech that say something of a clause's nouns: a verb in any of its forms
(a finite one, an infinitive, a gerund), a short participle or adjective ("закрыт", "рад")."""


@lru_cache(maxsize=16384)
def predicate_word(word: str) -> bool:
    """Whether the likeliest reading of the Russian ``word`` is a predicate's: a verb (finite,
    infinitive or gerund), a short participle or a short adjective (:mod:`.predicates`).

    >>> predicate_word("отказал"), predicate_word("просить"), predicate_word("рад")
    (True, True, True)
    >>> predicate_word("лодка"), predicate_word("утром"), predicate_word("старые")
    (False, False, False)
    """
    return _analyzer().parse(word.lower())[0].tag.POS in _PREDICATES


@lru_cache(maxsize=16384)
def dictionary_forms(word: str) -> frozenset[str]:
    """The dictionary forms of every reading of the Russian ``word`` that the dictionary
    knows (empty for a word it only guesses): "пишет" is "писать", "стали" "стать" and
    "сталь" (:mod:`.variants`).

    >>> sorted(dictionary_forms("стали")), dictionary_forms("Грегорыч")
    (['сталь', 'стать'], frozenset())
    """
    parses = _analyzer().parse(word.casefold())
    if not parses or not parses[0].is_known:
        return frozenset()
    return frozenset(str(p.normal_form).replace("ё", "е") for p in parses if p.is_known)


_ATTRIBUTES = frozenset({"ADJF", "PRTF"})
"""An adjective's or a participle's full form: what agrees with the noun it stands before."""


@lru_cache(maxsize=16384)
def agreeing_adjective(word: str, following: str) -> bool:
    """Whether the Russian ``word``'s likeliest reading is an adjective (or a participle) that
    agrees in case and number (and, singular, gender) with some reading of ``following`` as
    a noun, an adjective or a participle: the first word of a phrase ("Высшей технической
    школе", "Лейбористская партия"), not a word of its own ("Белый написал").

    >>> agreeing_adjective("Высшей", "технической"), agreeing_adjective("Лейбористская", "партия")
    (True, True)
    >>> agreeing_adjective("Белый", "написал"), agreeing_adjective("Движение", "по")
    (False, False)
    """
    first = _analyzer().parse(word.casefold())
    if not first or first[0].tag.POS not in _ATTRIBUTES:
        return False
    mine = {_agreement(p.tag) for p in first if p.tag.POS in _ATTRIBUTES}
    theirs = {
        _agreement(p.tag)
        for p in _analyzer().parse(following.casefold())
        if p.tag.POS in _ATTRIBUTES | {"NOUN"}
    }
    return any(_agree(a, b) for a in mine for b in theirs)


def _agreement(tag: object) -> tuple[str | None, str | None, str | None]:
    """A reading's (case, number, gender), as plain strings."""
    case = _named(getattr(tag, "case", None))
    return (_CASES.get(case, case) if case else None, _named(getattr(tag, "number", None)),
            _named(getattr(tag, "gender", None)))  # fmt: skip


def _agree(a: tuple[str | None, ...], b: tuple[str | None, ...]) -> bool:
    """Two readings in one case and number, and one gender where both are singular and have
    one (a noun of common gender, "сирота", has none)."""
    case, number, gender = a
    if case is None or case != b[0] or number != b[1]:
        return False
    return number != "sing" or gender is None or b[2] is None or gender == b[2]


@lru_cache(maxsize=16384)
def common_thing(word: str) -> bool:
    """Whether the Russian ``word`` is a common word (:func:`common_word`: no name in any
    reading) whose likeliest reading is an inanimate noun: a thing, never a person, whatever
    its ending ("Выпуск" has a surname's "-ск"; "Барин", a person, is not one).

    >>> common_thing("Выпуск"), common_thing("Барин"), common_thing("Урицкий")
    (True, False, False)
    """
    parse = _analyzer().parse(word.casefold())[0]
    return common_word(word) and parse.tag.POS == "NOUN" and "inan" in parse.tag.grammemes


_ADVERB_PREPOSITIONS = ("во", "в", "на", "по", "за", "до", "с")
"""Prepositions that open an adverb written together with an adjective's form ("вручную",
"вслепую", "впустую", "наугад" has none)."""


@lru_cache(maxsize=4096)
def adverb_adjective(word: str) -> str | None:
    """The adjective (its dictionary form) that a Russian adverb written as a preposition and
    that adjective's form contains ("вручную": "ручной", "вслепую": "слепой"), which a
    dictionary may know where it does not know the adverb; None for another word.

    >>> adverb_adjective("вручную"), adverb_adjective("быстро")
    ('ручной', None)
    """
    parses = _analyzer().parse(word.casefold())
    if not parses or parses[0].tag.POS != "ADVB":
        return None
    for preposition in _ADVERB_PREPOSITIONS:
        rest = word.casefold()[len(preposition) :]
        if word.casefold().startswith(preposition) and len(rest) >= 4:
            for parse in _analyzer().parse(rest):
                if parse.tag.POS == "ADJF" and parse.score >= 0.1:
                    return str(parse.normal_form)
    return None
