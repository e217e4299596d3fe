"""Who acts in a Russian clause, read from its nouns' endings, against an English or German
rendering's doer and undergoer.

Russian has no articles and a free order ("Почтальона укусила собака" says what "Собака
укусила почтальона" says), so :mod:`.reversal` reads no Russian relation of its own and
:mod:`.roles` reads only pronouns: "Мэр раскритиковал газету" for "The mayor was criticised by
the newspaper" was ``reworded`` with every word paired and no flag. Here the other side's
relation (:func:`.reversal.relations`) is carried over by the word pairs, and the Russian
counterparts of its doer and undergoer, in one clause and neither after a preposition, are
read by their cases (:mod:`.morph_ru`: a morphological dictionary) where these are
unambiguous: the accusative (and the animate accusative, which is the genitive) of "газету",
"инженеров", "почтальона", the nominative of "мэр", "капитаны", "собака". When the Russian
counterpart of the doer is marked as an object and the undergoer's as a subject, the Russian
clause has the roles the other way round; one marked alone is not enough: a phrase read into
a doer may hold its verb.

When the cases tell nothing (a form that is nominative and accusative alike, "мост", "газеты";
one that is both a word's nominative plural and its accusative singular, "сторожа"; or one
side rendered by no word pair: "Медсестра разбудила сторожа" for "The watchman woke the
nurse", "сторожа" paired with nothing), the clause's verb, the rendering of the relation's,
tells by its agreement (:mod:`.agreement`): its subject the undergoer's counterpart and not
the doer's, or the doer's counterpart an object while another word is its subject, is the
other way round; its subject the doer's, the same. Word order decides nothing (either order
is usual). A genitive after a noun is its owner, no party ("трость управляющего": the
manager's stick, :func:`.genitives.russian_owner`). A Russian clause that agrees with the
relation (the same people, the same way round) cancels a disagreeing one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..normalize import WORD_RE, fold
from .agreement import clause_subjects
from .genitives import russian_owner
from .morph_ru import cases, finite_verb, passive_participle
from .negation import clause_spans
from .roles import _PREPOSITIONS, _SUBORDINATORS, _words
from .stems import content_stems
from .timephrases import time_phrase
from .wordpairs import Alignment

ACTS, UNDERGOES = "acts", "undergoes"


def marked(words: Sequence[str], passive: bool = False) -> str | None:
    """The role the cases of a Russian noun phrase's ``words`` (lower case) mark
    (:func:`.morph_ru.cases`): ``ACTS`` (a nominative), ``UNDERGOES`` (an accusative, and no
    nominative: an animate one's is the genitive's) or None when they are ambiguous or
    disagree. A genitive qualifies a noun, it is neither role: a word that can only be one
    ("порта" in "начальника порта") marks nothing, and one that is a genitive or a
    nominative ("кухарки") marks a nominative. In a ``passive`` clause (a short passive
    participle, :func:`.morph_ru.passive_participle`: "Мария избрана советом") the
    nominative undergoes and the instrumental acts.

    >>> marked(["газету"]), marked(["портовых", "рабочих"]), marked(["мэр"])
    ('undergoes', 'undergoes', 'acts')
    >>> marked(["собака"]), marked(["начальника", "порта"]), marked(["поварам"]), marked(["мост"])
    ('acts', 'undergoes', None, None)
    >>> marked(["мария"], passive=True), marked(["советом"], passive=True)
    ('undergoes', 'acts')
    """
    roles = set()
    for w in words:
        found = cases(w) - {"gent"}  # a genitive qualifies ("кухарки": the cook's or cooks)
        if passive:
            if found == {"nomn"}:
                roles.add(UNDERGOES)
            elif found == {"ablt"}:
                roles.add(ACTS)
        elif found == {"nomn"}:
            roles.add(ACTS)
        elif "accs" in found and "nomn" not in found:
            roles.add(UNDERGOES)
    return roles.pop() if len(roles) == 1 else None


def russian_order(
    doer: frozenset[str],
    undergoer: frozenset[str],
    text: str,
    clauses: Sequence[tuple[int, int]],
    counterparts: Mapping[str, frozenset[str]],
    linked: Collection[str] = (),
) -> bool | None:
    """Whether the Russian ``text`` has the relation of ``doer`` on ``undergoer`` (folded
    words of the other language; ``counterparts``: each to its folded Russian renderings) the
    same way round (True), reversed (False), or says nothing readable of it (None). Each
    clause holding renderings of both, neither after a preposition, is read
    (:func:`marked`); one the same way round outweighs one reversed. When a clause holds a
    Russian word of ``linked`` (the renderings of the relation's other words: its verb),
    only such clauses are read: "the workers trained the engineers" is said by the clause
    with "обучили", not by the one with "хвалили" after it."""
    # by stem: a word pair stands for its first forms ("инженеров"), the clause may say
    # another ("Инженеры обучили ..., и рабочие хвалили инженеров")
    doers = set(content_stems([r for w in doer for r in counterparts.get(w, ())], "ru"))
    undergoers = set(content_stems([r for w in undergoer for r in counterparts.get(w, ())], "ru"))
    undergoers -= doers
    others = set(content_stems([r for rs in counterparts.values() for r in rs], "ru"))
    others -= doers | undergoers  # the renderings of the relation's other words
    if not doers and not undergoers:  # one of them may be rendered by no word pair
        return None
    linked = set(content_stems(linked, "ru"))
    prepositions = _words(_PREPOSITIONS, "ru")
    found: dict[bool, set[bool]] = {True: set(), False: set()}  # linked -> readings
    # folded for the stems and prepositions, as written (with "й", "ё") for the dictionary
    said = [[(fold(m.group()), m.group().lower()) for m in WORD_RE.finditer(text, a, b)]
            for a, b in clauses]  # fmt: skip
    stems = {w: next(iter(content_stems([w], "ru")), None) for ws in said for w, _ in ws}
    verb = any(stems[w] in linked for ws in said for w, _ in ws)
    for pairs in said:
        words = [w for w, _ in pairs]
        free = [p for k, p in enumerate(pairs) if (k == 0 or words[k - 1] not in prepositions)
                and not time_phrase({p[0]}, "ru")  # "ночью": a time, no party
                and not (k and russian_owner(p[1], pairs[k - 1][1]))]  # fmt: skip
        bare = [w for w, _ in free]
        if not any(stems[w] in doers or stems[w] in undergoers for w in bare):
            continue  # neither party here: nothing to read
        passive = any(passive_participle(low) for _, low in pairs)  # "избрана советом"
        d = marked([low for w, low in free if stems[w] in doers], passive)
        u = marked([low for w, low in free if stems[w] in undergoers], passive)
        both = any(stems[w] in doers for w in bare) and any(stems[w] in undergoers for w in bare)
        link = any(stems[w] in linked for w in words)
        if both and d == UNDERGOES and u == ACTS:
            found[link].add(False)
        elif both and ((d == ACTS and u != ACTS) or (u == UNDERGOES and d != UNDERGOES)):
            found[link].add(True)
        elif link and d != ACTS and not passive:  # the cases tell nothing: the verb's may
            agreed = _agreed(pairs, free, [stems[w] for w in words],
                             (doers, undergoers, others), linked, d)  # fmt: skip
            if agreed is not None:
                found[link].add(agreed)
    read = found[True] if verb else found[False]
    return True if True in read else False if read else None


def _agreed(
    pairs: Sequence[tuple[str, str]],
    free: Sequence[tuple[str, str]],
    stems: Sequence[str | None],
    people: tuple[Collection[str], Collection[str], Collection[str]],
    linked: Collection[str],
    doer_case: str | None,
) -> bool | None:
    """A clause's order read by its verb's agreement (:mod:`.agreement`): its subject the
    counterpart of the undergoer (``people``: the stems of the doer's, the undergoer's and
    the other words' renderings) and not the doer's, or the doer's counterpart an object
    (``doer_case``, :func:`marked`) or after a preposition while another word is the subject:
    reversed (False); its subject the doer's counterpart: the same way round (True); else
    None. ``pairs``: the clause's words
    (folded, as written); ``free``: those not after a preposition; ``stems``: each word's.
    The undergoer's counterpart is the subject only when no other word may be: "Сопровождающий
    редко сам загружает пакет" ("пакет" a nominative or an accusative, "Сопровождающий" a
    participle for a noun, :mod:`.agreement`) says nothing of who uploads."""
    subjects = clause_subjects(
        [low for _, low in pairs], [k for k, s in enumerate(stems) if s in linked]
    )
    subjects = frozenset(k for k in subjects or () if pairs[k] in free)
    if not subjects:
        return None
    doer = any(stems[k] in people[0] for k in subjects)
    undergoer = any(stems[k] in people[1] for k in subjects)
    only = all(stems[k] in people[1] for k in subjects)  # no other word may be the subject
    if (only and not doer) or (doer_case == UNDERGOES and not doer):
        return False
    # the doer's counterpart only after a preposition, another rendered word the subject
    # ("Спонсор загружает пакет за сопровождающего" for "the maintainer uploads ... for the
    # sponsor")
    demoted = any(stems[k] in people[0] for k, p in enumerate(pairs) if p not in free)
    if demoted and not doer and all(stems[k] in people[1] or stems[k] in people[2]
                                    for k in subjects):  # fmt: skip
        return False
    return True if doer and not undergoer else None


def russian_swap(quote: str, passage: str, alignment: Alignment) -> str | None:
    """A Russian quote's clause whose doer and undergoer, read by their cases
    (:func:`case_relations`), the Russian passage has the other way round
    (:func:`russian_order`, ``alignment``'s pairs carrying the words over): "протестующие
    задержали полицию" / "полиция задержала протестующих"; None when none is read so. Word
    order decides nothing: "протестующих задержала полиция" is the passage's own relation."""
    renderings: dict[str, set[str]] = {}
    for p in (*alignment.pairs, *alignment.weak):
        renderings.setdefault(fold(p.quote), set()).add(fold(p.passage))
    counterparts = {w: frozenset(r) for w, r in renderings.items()}
    cut = clauses(passage, "ru")
    for doer, undergoer, shown, (a, b) in case_relations(quote):
        said = {fold(m.group()) for m in WORD_RE.finditer(quote, a, b)} - doer - undergoer
        linked = {r for w in said for r in counterparts.get(w, ())}  # its verb
        if russian_order(doer, undergoer, passage, cut, counterparts, linked) is False:
            return (
                f"the quote has “{shown[0]}” act on “{shown[1]}”, the source the other way "
                "round (by its nouns' endings): who does what to whom is reversed"
            )
    return None


def case_relations(
    text: str,
) -> list[tuple[frozenset[str], frozenset[str], tuple[str, str], tuple[int, int]]]:
    """(doer, undergoer, as written, clause span) of each clause of the Russian ``text`` that
    marks one run of words as its doer and another as undergoing by their cases
    (:func:`marked`, neither after a preposition, a time's instrumental, "вечером", aside),
    the doer read by its verb's agreement where its case is ambiguous ("протестующие
    задержали полицию": "протестующие" is a nominative or an accusative, "задержали" asks a
    plural subject, "полицию" is an accusative).

    >>> [r[2] for r in case_relations("Вчера протестующие задержали полицию.")]
    [('протестующие', 'полицию')]
    >>> [r[2] for r in case_relations("Ночью техники задержали ночного охранника.")]
    [('техники', 'ночного охранника')]
    >>> [r[2] for r in case_relations("Мария избрана советом.")]
    [('советом', 'Мария')]
    """
    prepositions = _words(_PREPOSITIONS, "ru")
    found = []
    for a, b in clauses(text, "ru"):
        words = [m for m in WORD_RE.finditer(text, a, b)]
        lows = [m.group().lower() for m in words]
        passive = any(passive_participle(w) for w in lows)
        free = [k for k, w in enumerate(lows) if fold(w) not in prepositions
                and (k == 0 or fold(lows[k - 1]) not in prepositions)]  # fmt: skip
        times = {k for k in free if time_phrase({fold(lows[k])}, "ru")}  # "вечером": a time
        roles = {k: marked([lows[k]], passive) for k in free if k not in times}
        if not passive and not any(r == ACTS for r in roles.values()):
            verbs = [k for k, w in enumerate(lows) if finite_verb(w) is not None]
            subjects = clause_subjects(lows, verbs) if verbs else None
            subject = [k for k in subjects or () if k in free and roles[k] != UNDERGOES]
            if len(subject) == 1:
                roles[subject[0]] = ACTS
        doers = [k for k, r in roles.items() if r == ACTS]
        undergoers = [k for k, r in roles.items() if r == UNDERGOES]
        if _phrase(doers) and _phrase(undergoers):  # "ночного охранника": one party
            d = " ".join(words[k].group() for k in doers)
            u = " ".join(words[k].group() for k in undergoers)
            found.append((frozenset(fold(words[k].group()) for k in doers),
                          frozenset(fold(words[k].group()) for k in undergoers),
                          (d, u), (a, b)))  # fmt: skip
    return found


def _phrase(positions: list[int]) -> bool:
    """Whether ``positions`` are one run of words (a noun with its adjectives), at most 3."""
    return 0 < len(positions) <= 3 and positions[-1] - positions[0] == len(positions) - 1


def clauses(text: str, language: str) -> list[tuple[int, int]]:
    """The clauses of ``text``: cut at punctuation, then before "and", "that", "because", "и",
    "что", "который"... (:data:`.roles._SUBORDINATORS`): each has its own doer (read here by
    case and by :mod:`.reversal` by order)."""
    cuts = _words(_SUBORDINATORS, language)
    out = []
    for a, b in clause_spans(text):
        start = a
        for m in WORD_RE.finditer(text, a, b):
            if m.start() > start and fold(m.group()) in cuts:
                out.append((start, m.start()))
                start = m.start()
        out.append((start, b))
    return out
