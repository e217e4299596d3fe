"""Who does what to whom among personal pronouns: "he that delivered thee unto me" against "he
who delivered me to you", "I told him" against "он сказал мне".

:mod:`.roles` compares people named (names, nouns of a family): a pronoun there is no person
of its own, and a swap among pronouns alone left no trace. Here each personal pronoun is read
as a grammatical person (first, second, third masculine, feminine or plural: "thee", "you",
"dir", "тебе" are one person) in a slot its form or place marks: the doer (a nominative:
"he", "ich", "я"), the one acted upon (an accusative, "mich", "меня", or an English object form
after the verb, "delivered thee"), or the one it goes to (a dative, "mir", "ему", or after
"to", "unto", "zu", "к", but not after an English adjective's "to": "they will be faithful to
him" says what "he will find them faithful" says). A pronoun after another preposition
("against me", "über mich") is no party of the verb and is not read, nor are forms that say no
person or case alone ("sie", "ihr", "it", "es", the Russian "его" before a noun: "his").

A clause of the quote is compared with the passage's clauses that share the most of its
counterparts (:attr:`.wordpairs.Alignment.offsets`), and with those that have a verb of saying
where it has one (a light word, no counterpart: "told" / "сказала"); a clause linked by
neither is compared with the one clause of the passage that holds the same two persons or more
("der dich mir ausgeliefert hat" / "who handed me over to you": the verbs are no nearest
neighbours). The roles differ when two persons each hold, in the passage, the slot the other
holds in the quote ("thee" acted upon and "me" the recipient, against "me" acted upon and "you"
the recipient). An English object form can be either the one acted upon or the recipient ("gave
him the key", "gave the key to him"): it is taken for whichever the other side has, and for the
one acted upon beside a recipient ("delivered thee unto me"). A clause in the passive voice is
not read ("it were given thee": who gives is not said).

Limits: a verb whose roles its rendering turns round reads as a swap, but the Russian and
German verbs of needing, liking, lacking and succeeding ("er gefällt mir" / "I like him", "они
вам нужны" / "you need them": :mod:`.experiencer`, whose clauses are not read); a pronoun is
one person whatever it stands for, so "he" for two different men is read as one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..normalize import WORD_RE, fold
from .clauselinks import saying as _saying
from .experiencer import experiencer_clause
from .negation import clause_of, clause_spans
from .participles import PASSIVE
from .stems import STOPWORDS
from .wordnet import base_forms, senses
from .wordpairs import Alignment

SUBJECT, OBJECT, RECIPIENT, EITHER = "doer", "acted upon", "recipient", "object"
"""The slots a pronoun fills (EITHER: an English object form, acted upon or the recipient)."""

_FORMS = {
    "en": {
        SUBJECT: "i:1 we:1p thou:2 ye:2 he:3m she:3f they:3p",
        EITHER: "me:1 us:1p thee:2 him:3m her:3f them:3p",
    },
    "de": {
        SUBJECT: "ich:1 wir:1p du:2 er:3m",
        OBJECT: "mich:1 dich:2 ihn:3m",
        RECIPIENT: "mir:1 dir:2 ihm:3m ihnen:3p",
    },
    "ru": {
        SUBJECT: "я:1 мы:1p ты:2 вы:2 он:3m она:3f они:3p",
        OBJECT: "меня:1 нас:1p тебя:2 вас:2 его:3m него:3m ее:3f неё:3f нее:3f её:3f их:3p них:3p",
        RECIPIENT: "мне:1 нам:1p тебе:2 вам:2 ему:3m нему:3m ей:3f ней:3f",
    },
}
"""Personal pronouns by the slot their form marks: word:person."""
_EITHER_OR_SUBJECT = {"en": {"you": "2"}}
"""Forms that are the doer or the object by their place ("you told me", "I told you")."""
_TO = {"en": "to unto", "de": "zu zum zur", "ru": "к ко"}
"""Prepositions that make a pronoun the one a thing goes to ("delivered me to you")."""
_OTHER_PREPOSITIONS = {
    "en": "at by with from for of in on into onto toward towards about against upon after "
    "before behind beside near without over under through among between like than",
    "de": "an am von vom mit aus bei beim nach für gegen um über unter vor hinter neben ohne "
    "in im auf durch",
    "ru": "в во на с со у от о об обо по за над надо под подо перед пред при для до из без "
    "про через между",
}
_PARTICLES = frozenset("up over out down back away off".split())
"""English particles of phrasal verbs, adjectives too in WordNet ("up", "out")."""
_OPENERS = {
    "en": "that who whom which when while because and but or if therefore then so for yet "
    "nor though although as whether",
}
"""Words after which an English "you" opens a clause of its own: its doer."""
_OWNING = {"en": {"her": "3f"}, "ru": {"его": "3m", "её": "3f", "ее": "3f", "их": "3p"}}
"""Object forms that are also possessives ("her father", "его отец"): read only at a clause's
end or before a function word ("told her that", "видел его в саду")."""


@dataclass(frozen=True, slots=True)
class PronounSwap:
    """Two persons whose slots the passage exchanges: the words as each side has them."""

    quote: tuple[str, str]
    passage: tuple[str, str]

    @property
    def note(self) -> str:
        """The CHECK, in plain words."""
        mine, theirs = " … ".join(self.quote), " … ".join(self.passage)
        return f"who does what to whom differs: “{mine}” in the quote, “{theirs}” in the source"


def _table(language: str) -> dict[str, tuple[str, str]]:
    """Folded pronoun -> (slot, person) for ``language`` (kept: read for every word)."""
    if language not in _TABLES:
        forms = _FORMS.get(language, {})
        _TABLES[language] = {
            fold(word): (slot, person)
            for slot, words in forms.items()
            for word, person in (item.split(":") for item in words.split())
        }
    return _TABLES[language]


_TABLES: dict[str, dict[str, tuple[str, str]]] = {}


def _set(table: dict[str, str], language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in table.get(language, "").split())


def clause_pronouns(
    text: str, language: str, clause: tuple[int, int]
) -> dict[str, tuple[str, str]] | None:
    """The persons of one clause's personal pronouns -> (slot, the word); a person read in two
    slots is left out. None for a clause in the passive voice."""
    a, b = clause
    passive = PASSIVE.get(language)
    if (passive is not None and passive.search(text, a, b)) or experiencer_clause(
        text, clause, language
    ):  # "они вам нужны": "you need them" (.experiencer)
        return None
    table, words = _table(language), [m.group() for m in WORD_RE.finditer(text, a, b)]
    to, others = _set(_TO, language), _set(_OTHER_PREPOSITIONS, language)
    found: dict[str, set[tuple[str, str]]] = {}
    for i, word in enumerate(words):
        key, before = fold(word), fold(words[i - 1]) if i else ""
        slot, person = table.get(key, (None, _EITHER_OR_SUBJECT.get(language, {}).get(key)))
        if person is None or before in others:
            continue
        if slot is None:  # "you": the doer where it opens a clause
            opens = not before or before in _set(_OPENERS, language)
            slot = SUBJECT if opens else EITHER
        if key in _OWNING.get(language, {}) and not _function_next(words, i, language):
            continue  # "her father", "его отец": an owner
        if before in to and slot != SUBJECT:
            if i > 1 and _adjective(words[i - 2], language):
                continue  # "faithful to him": an adjective's, no verb's
            slot = RECIPIENT
        found.setdefault(person, set()).add((slot, word))
    read = {p: next(iter(s)) for p, s in found.items() if len({x for x, _ in s}) == 1}
    if any(slot == RECIPIENT for slot, _ in read.values()):  # "delivered thee unto me"
        read = {p: (OBJECT if s == EITHER else s, w) for p, (s, w) in read.items()}
    return read


def _adjective(word: str, language: str) -> bool:
    """Whether an English word is an adjective more than a noun or a verb (WordNet's senses):
    "faithful to him" says no recipient of a verb ("he finds them faithful")."""
    if language != "en" or fold(word) in _PARTICLES:
        return False  # "delivered thee up unto me": a phrasal verb's particle
    count = {pos: sum(len(senses(b, pos)) for b in base_forms(word, pos)) for pos in "nva"}
    return count["a"] > count["n"] + count["v"]


def _function_next(words: Sequence[str], i: int, language: str) -> bool:
    """Whether word ``i`` ends its clause or a function word follows it."""
    return i + 1 == len(words) or fold(words[i + 1]) in STOPWORDS.get(language, frozenset())


def _same(a: str, b: str) -> bool:
    """Whether two slots agree: equal, or an English object form against either object."""
    return a == b or (EITHER in (a, b) and SUBJECT not in (a, b))


def pronoun_swap(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
) -> PronounSwap | None:
    """Two persons of a quote's clause whose slots the passage's clause that renders it
    exchanges (module docstring), or None."""
    if _persons(quote, quote_language) < 2 or _persons(passage, passage_language) < 2:
        return None  # most texts: a swap needs two persons on each side
    q_clauses, p_clauses = clause_spans(quote), clause_spans(passage)
    links = _linked(q_clauses, p_clauses, alignment.offsets)
    said = {clause_of(p_clauses, at) for at in _saying(passage, passage_language)}
    for at in _saying(quote, quote_language):  # "told" / "сказала": light words, unpaired
        q = clause_of(q_clauses, at)
        links[q] = sorted({*links.get(q, []), *said})
    theirs = [clause_pronouns(passage, passage_language, c) or {} for c in p_clauses]
    for q, clause in enumerate(q_clauses):
        mine = clause_pronouns(quote, quote_language, clause)
        if not mine or len(mine) < 2:
            continue
        ps = links.get(q) or _same_persons(mine, theirs)
        found = next((s for p in ps if (s := _exchanged(mine, theirs[p])) is not None), None)
        if found is not None:
            return found
    return None


def _same_persons(
    mine: dict[str, tuple[str, str]], theirs: Sequence[dict[str, tuple[str, str]]]
) -> list[int]:
    """The one passage clause holding the quote clause's persons (two or more), if one only."""
    holding = [p for p, there in enumerate(theirs) if len(set(mine) & set(there)) >= 2]
    return holding if len(holding) == 1 else []


def _persons(text: str, language: str) -> int:
    """How many persons the personal pronouns of ``text`` name (any slot)."""
    table, either = _table(language), _EITHER_OR_SUBJECT.get(language, {})
    found = set()
    for m in WORD_RE.finditer(text):
        key = fold(m.group())
        person = table[key][1] if key in table else either.get(key)
        if person is not None:
            found.add(person)
            if len(found) >= 2:
                break
    return len(found)


def _linked(
    q_clauses: Sequence[tuple[int, int]],
    p_clauses: Sequence[tuple[int, int]],
    offsets: Sequence[tuple[int, int]],
) -> dict[int, list[int]]:
    """Each quote clause -> the passage clauses sharing the most of its counterparts."""
    shared = Counter(
        (clause_of(tuple(q_clauses), q), clause_of(tuple(p_clauses), p)) for q, p in offsets
    )
    best: dict[int, int] = {}
    for (q, _), n in shared.items():
        best[q] = max(best.get(q, 0), n)
    out: dict[int, list[int]] = {}
    for (q, p), n in sorted(shared.items()):
        if n == best[q]:
            out.setdefault(q, []).append(p)
    return out


def _exchanged(
    mine: dict[str, tuple[str, str]], theirs: dict[str, tuple[str, str]]
) -> PronounSwap | None:
    """Two persons on both sides, each in the other's slot there (and not in its own)."""
    both = sorted(set(mine) & set(theirs))
    for i, x in enumerate(both):
        for y in both[i + 1 :]:
            (mx, wx), (my, wy) = mine[x], mine[y]
            (tx, vx), (ty, vy) = theirs[x], theirs[y]
            if _same(mx, my) or _same(mx, tx) or _same(my, ty):
                continue
            if _same(tx, my) and _same(ty, mx):
                return PronounSwap((wx, wy), (vx, vy))
    return None


def pronoun_person(word: str, language: str) -> str | None:
    """The grammatical person of a personal pronoun ("him" -> "3m", "мне" -> "1"), or None."""
    folded = fold(word)
    found = _table(language).get(folded)
    return found[1] if found is not None else _EITHER_OR_SUBJECT.get(language, {}).get(folded)
