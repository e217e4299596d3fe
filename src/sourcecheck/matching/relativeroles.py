"""Who does what to whom where a party of the clause carries a relative clause: "All those who
helped make this document possible would like to thank the authors" against "The authors would
like to thank all those who helped make this document possible" (walk115 ch-rol-en-en-09:
every word pairs, the similarity is 98.6, and no flag).

:mod:`.reversal` reads a clause's noun phrases from an article to the next small word, and
cuts clauses before "who", "die", "кто": the relative clause ("who helped make this document
possible") is read as a clause of its own, its words as the doer of the main verb, and the
head ("all those") as no phrase at all. Here a relative clause is joined to the phrase it
qualifies, a *party* of the main clause whose words are the head's and the relative clause's
(these are what pairs across a rendering: "those" pairs with nothing):

- English: "who", "whom", "which" (and "that" after "those", "all", "everyone"...) after its
  head; the clause runs to a comma or the sentence's end, or to the first auxiliary or modal
  after its own verb ("who helped ... | would like"): the main verb;
- German: ", der", ", die", ", denen"... before no noun ("die geholfen haben"; ", die
  Autoren" is an article): it runs to the comma before a word in lower case that is no small
  word (the finite verb of the main clause, "..., möchten den Autoren danken") or the
  sentence's end; placed after the main verb ("Die Autoren möchten allen danken, die ..."),
  it qualifies the pronoun ("allen", "jenen") before it;
- Russian: ", кто", ", который" (any form) to the next comma or the sentence's end.

The parties of the main clause are these and its other noun phrases (:func:`.reversal`'s
phrases; in Russian the words the dictionary reads in one role, :func:`.caseroles.marked`).
Their roles: in English the first acts and the next undergoes (a passive main clause is not
read); in German an object's article or pronoun ("den Autoren", "allen") marks the one that
undergoes, else the order; in Russian the cases ("Все, кто ..., хотели бы поблагодарить
авторов": "авторов" is an object), one party at least marked. A party of the quote is linked
to the passage's party holding most of its word pairs (in one language, also its own
words). The roles are exchanged (the ``roles`` flag) when the quote's doer is linked to the
passage's undergoer and its undergoer to the passage's doer. Nothing is read where the main
verb is a copula ("Those who came were the delegates" / "The delegates were those who came"
say one thing) or a verb of a symmetric relation ("met", "traf", "встретил"), or where a side
has not exactly two parties: when unclear, nothing is said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..normalize import WORD_RE, fold
from .caseroles import ACTS, UNDERGOES, marked
from .morph_ru import cases
from .participles import passive_at
from .reversal import _phrases
from .roles import _DETERMINERS, _GERMAN_OBJECT, _PREPOSITIONS, _SUBORDINATORS, _words
from .stems import STOPWORDS, content_stems
from .wordpairs import Alignment

_RELATIVES = {
    "en": "who whom which",
    "de": "der die das dem den denen dessen deren welcher welche welches welchem welchen",
    "ru": "кто который которая которое которые которого которой которых которым которому "
    "которыми котором",
}
_HEADS = {
    "en": "those all everyone everybody anyone anybody",
    "de": "alle allen jene jenen diejenigen denjenigen derjenige demjenigen jeder jeden jedem",
    "ru": "все всех всем те тех тем каждый каждого каждому",
}
"""Pronouns a relative clause qualifies ("all those who", "allen ..., die", "все, кто")."""
_AUXILIARIES = frozenset(
    "is are was were has have had will would can could shall should may might must do does "
    "did".split()
)
"""English words opening a main clause's verb after a relative clause ("who helped | would")."""
_COPULAS = {
    "en": "is are was were be been being become became becomes remain remained remains",
    "de": "ist sind war waren sein gewesen bleibt blieb blieben wird werden wurde wurden",
    "ru": "является являются являлся являлась являлись был была были было стал стала стали "
    "это есть",
}
_SYMMETRIC = {
    "en": "meet meets met meeting marry marries married resemble resembles resembled equal "
    "equals equalled fought fight fights",
    "de": "trifft treffen traf trafen getroffen heiratet heiraten heiratete heirateten ähnelt "
    "ähneln ähnelte glich gleicht",
    "ru": "встретил встретила встретили встречает встречают встретился встретились женился "
    "женились похож похожи",
}
"""Verbs of a relation that holds both ways: "X met Y" says "Y met X"."""
_SENTENCE = re.compile(r"[.!?…;:]+(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Party:
    """A party of a main clause: the spans of its words, as written, and its role (``ACTS``,
    ``UNDERGOES`` or None where the language marks none)."""

    spans: tuple[tuple[int, int], ...]
    shown: str
    role: str | None

    def holds(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.spans)


def units(text: str, language: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The head (start, end) and the relative clause (start, end) of each phrase with its
    relative clause in ``text``.

    >>> t = "All those who helped make it possible would like to thank the authors."
    >>> [(t[slice(*h)], t[slice(*r)]) for h, r in units(t, "en")]
    [('All those', 'who helped make it possible')]
    >>> t = "Die Autoren möchten allen danken, die geholfen haben, es möglich zu machen."
    >>> [(t[slice(*h)], t[slice(*r)]) for h, r in units(t, "de")]
    [('allen', 'die geholfen haben, es möglich zu machen')]
    """
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    relatives, heads = _words(_RELATIVES, language), _words(_HEADS, language)
    found = []
    for i, (at, _, word) in enumerate(words):
        key = fold(word)
        before = fold(words[i - 1][2]) if i else ""
        comma = i > 0 and text[words[i - 1][1] : at].strip() == ","
        if language == "en" and not (key in relatives or (key == "that" and before in heads)):
            continue
        if language != "en" and not (key in relatives and comma):
            continue
        if language == "de" and i + 1 < len(words) and words[i + 1][2][:1].isupper():
            continue  # ", die Autoren": an article
        head = _head(words, i, language, heads)
        if head is not None:
            found.append(
                ((words[head[0]][0], words[head[1]][1]), (at, _end(text, words, i, language)))
            )
    return found


def _head(
    words: Sequence[tuple[int, int, str]], i: int, language: str, heads: frozenset[str]
) -> tuple[int, int] | None:
    """The indices of the first and the last word of the phrase the relative clause at ``i``
    qualifies: the word before it, back to its article or pronoun ("all those", "the
    workers") within three words; in German after a verb, the head pronoun before it
    ("allen danken, die")."""
    if i == 0:
        return None
    determiners = _words(_DETERMINERS, language) | heads
    last = i - 1
    if language == "de" and not words[last][2][:1].isupper() and fold(words[last][2]) not in heads:
        last = next((k for k in range(i - 2, max(-1, i - 5), -1)
                     if fold(words[k][2]) in heads), -1)  # fmt: skip
        if last < 0:
            return None
    first = last
    for k in range(last - 1, max(-1, last - 3), -1):
        if fold(words[k][2]) not in determiners:
            break
        first = k
    return first, last


def _end(text: str, words: Sequence[tuple[int, int, str]], i: int, language: str) -> int:
    """Where the relative clause opened at ``i`` ends (see the module)."""
    stop = _SENTENCE.search(text, words[i][1])
    limit = stop.start() if stop else len(text)
    small = STOPWORDS.get(language, frozenset()) | _words(_PREPOSITIONS, language)
    verb_seen = False
    for k in range(i + 1, len(words)):
        at, _, word = words[k]
        if at >= limit:
            break
        comma = text[words[k - 1][1] : at].strip() == ","
        key = fold(word)
        if language == "en":
            if comma:
                return words[k - 1][1]
            if key in _AUXILIARIES and verb_seen:
                return words[k - 1][1]
            verb_seen = verb_seen or key not in _AUXILIARIES
        elif comma and (language == "ru" or (word[:1].islower() and key not in small)):
            return words[k - 1][1]
    return limit


def parties(text: str, language: str) -> list[Party] | None:
    """The parties of the main clause around the first phrase with a relative clause in
    ``text`` (see the module), or None when it has not exactly two or reads no roles."""
    found = units(text, language)
    if not found:
        return None
    (start, _), (_, end) = found[0]
    stop = _SENTENCE.search(text, end)
    a = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
    b = stop.start() if stop else len(text)
    inside = [(h, r) for h, r in found if a <= h[0] and r[1] <= b]
    outside = _outside(a, b, [span for unit in inside for span in unit])
    said = {fold(m.group()) for x, y in outside for m in WORD_RE.finditer(text, x, y)}
    if said & (_words(_COPULAS, language) | _words(_SYMMETRIC, language)):
        return None
    if language == "en" and any(passive_at(text, x, y, language) is not None for x, y in outside):
        return None
    cuts = _words(_SUBORDINATORS, language) - {"and"}
    if said & cuts:
        return None  # another clause beside the main one: whose parties are whose is unclear
    units_read = [_unit(text, h, r, language) for h, r in inside]
    others = [p for x, y in outside for p in _phrase_parties(text, x, y, language, x == a)]
    read = sorted([*units_read, *others], key=lambda p: p.spans[0][0])
    if len(read) != 2:
        return None
    return _roles(read, language)


def _reach(text: str, end: int) -> int:
    """``end`` past the next word: a phrase read up to a relative clause's head is told from
    its verb by the article that follows ("The engineers thanked | the workers who")."""
    nxt = WORD_RE.search(text, end)
    return nxt.end() if nxt else end


def _outside(a: int, b: int, inside: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, at = [], a
    for h, e in sorted(inside):
        pieces.append((at, h))
        at = e
    pieces.append((at, b))
    return [(x, y) for x, y in pieces if y > x]


def _unit(text: str, head: tuple[int, int], relative: tuple[int, int], language: str) -> Party:
    words = [m.group() for m in WORD_RE.finditer(text, *head)]
    role = None
    first = fold(words[0])
    if language == "de" and _GERMAN_OBJECT.match(first) and not first.startswith("die"):
        role = UNDERGOES  # "allen ..., die", "den Leuten, die"
    elif language == "ru":
        role = marked([words[0].lower()])  # "всех, кто": an object
    gap = text[head[1] : relative[0]]
    shown = (
        text[head[0] : relative[1]]
        if not WORD_RE.search(gap)
        else (f"{text[slice(*head)]} … {text[slice(*relative)]}")
    )  # "Alle, die ...", "allen … die ..."
    return Party((head, relative), shown, role)


def _phrase_parties(text: str, a: int, b: int, language: str, opens: bool) -> list[Party]:
    """The other parties of a piece ``text[a:b]`` of the main clause (``opens``: whether it
    opens the sentence): its noun phrases not after a preposition (English, German: one
    opening a piece after a relative clause in lower case and without an article is its
    verb, "danken"), or in Russian its runs of words in the nominative or the accusative,
    read in a role where their cases mark one (:func:`.caseroles.marked`)."""
    if language == "ru":
        return _russian_parties(text, a, b)
    phrases, _ = _phrases(text, a, _reach(text, b), language)
    first = WORD_RE.search(text, a, b)
    found = []
    for p in phrases:
        if p.preposition is not None or p.at >= b or _genitive(text, a, p.at, language):
            continue
        if not opens and first is not None and p.at == first.start() and p.shown[:1].islower():
            continue  # "möchte allen | danken, die ...": the verb
        end = p.at + len(p.shown)
        found.append(Party(((p.at, end),), p.shown, UNDERGOES if p.object_case else None))
    return found


def _genitive(text: str, a: int, at: int, language: str) -> bool:
    """Whether the German phrase at ``at`` follows "des" or "eines": a genitive that qualifies
    the phrase before it ("den Ingenieuren des Hafenamts")."""
    before = WORD_RE.findall(text, a, at)
    return language == "de" and bool(before) and fold(before[-1]) in ("des", "eines")


def _russian_parties(text: str, a: int, b: int) -> list[Party]:
    """A Russian piece's runs of nominal words in the nominative or the accusative: a
    preposition's phrase is none, a genitive after a nominal word qualifies it ("инженеры
    портовой конторы": one party)."""
    prepositions, small = _words(_PREPOSITIONS, "ru"), STOPWORDS.get("ru", frozenset())
    runs: list[list[tuple[int, int, str]]] = []
    state = ""  # "prep": in a preposition's phrase; "run": in a party; "owner": its genitive
    for m in WORD_RE.finditer(text, a, b):
        key, found = fold(m.group()), cases(m.group().lower())
        if key in prepositions:
            state = "prep"
        elif not found or key in small:
            state = ""  # a verb, an adverb: the phrase ends
        elif state in ("run", "owner") and "gent" in found:
            state = "owner"
        elif state == "run" and found & {"nomn", "accs"}:
            runs[-1].append((m.start(), m.end(), m.group()))  # "новый причал"
        elif state != "prep" and found & {"nomn", "accs"}:
            runs.append([(m.start(), m.end(), m.group())])
            state = "run"
    return [
        Party(((run[0][0], run[-1][1]),), " ".join(w for *_, w in run),
              marked([w.lower() for *_, w in run]))
        for run in runs
    ]  # fmt: skip


def _roles(read: list[Party], language: str) -> list[Party] | None:
    """The two parties with their roles: marked ones as marked, the other the other role; in
    English and German, unmarked, the first acts."""
    one, other = read
    roles = {one.role, other.role} - {None}
    if len(roles) == 2 or (not roles and language == "ru"):
        return None if one.role == other.role or not roles else read
    if not roles:
        return [_with(one, ACTS), _with(other, UNDERGOES)]
    (role,) = roles
    opposite = UNDERGOES if role == ACTS else ACTS
    return [p if p.role else _with(p, opposite) for p in read]


def _with(p: Party, role: str) -> Party:
    return Party(p.spans, p.shown, role)


def relative_reversal(
    quote: str, quote_language: str, passage: str, passage_language: str, alignment: Alignment
) -> str | None:
    """What the passage reverses of the quote's parties (see the module), in words; None when
    nothing is read so.

    >>> q = "All those who helped write the guide would like to thank the authors."
    >>> p = "The authors would like to thank all those who helped write the guide."
    >>> relative_reversal(q, "en", p, "en", Alignment(0, ())) is not None
    True
    """
    if not (_opens(quote, quote_language) and _opens(passage, passage_language)):
        return None  # the cheap look first: most sentences have no relative clause
    mine = parties(quote, quote_language)
    theirs = parties(passage, passage_language) if mine else None
    if not mine or not theirs:
        return None
    same = quote_language if quote_language == passage_language else ""
    links = _linked(quote, passage, mine, theirs, alignment, same)
    doer = next(p for p in mine if p.role == ACTS)
    undergoer = next(p for p in mine if p.role == UNDERGOES)
    d, u = links.get(doer.spans), links.get(undergoer.spans)
    if d is None or u is None or d is u or d.role != UNDERGOES or u.role != ACTS:
        return None
    return (
        f"the quote has “{doer.shown}” act on “{undergoer.shown}”, the source “{u.shown}” on "
        f"“{d.shown}”: who does what to whom is reversed"
    )


@cache
def _opening(language: str) -> re.Pattern[str] | None:
    """A relative pronoun where :func:`units` may read one: in English anywhere ("that" after
    a pronoun), in German and Russian after a comma."""
    words = _RELATIVES.get(language, "").split() + (["that"] if language == "en" else [])
    if not words:
        return None
    comma = r",\s*" if language != "en" else r"\b"
    return re.compile(rf"(?i){comma}(?:{'|'.join(words)})\b")


def _opens(text: str, language: str) -> bool:
    """Whether ``text`` may hold a relative clause (the cheap look before any reading)."""
    pattern = _opening(language)
    return pattern is not None and pattern.search(text) is not None


def _linked(
    quote: str,
    passage: str,
    mine: list[Party],
    theirs: list[Party],
    alignment: Alignment,
    same: str,
) -> dict[tuple[tuple[int, int], ...], Party]:
    """Each quote party (by its spans) -> the passage party holding most of its pairs."""
    pairs = list(alignment.offsets)
    if same:  # in one language (``same``) a word is its own counterpart too, by its stem
        where: dict[str, list[int]] = {}
        for m in WORD_RE.finditer(passage):
            for stem in content_stems([m.group()], same):
                where.setdefault(stem, []).append(m.start())
        for m in WORD_RE.finditer(quote):
            pairs += [(m.start(), at) for s in content_stems([m.group()], same)
                      for at in where.get(s, ())]  # fmt: skip
    found = {}
    for party in mine:
        votes = Counter(
            k for q, p in pairs if party.holds(q) for k, t in enumerate(theirs) if t.holds(p)
        )
        if votes:
            (k, n), *rest = votes.most_common()
            if not rest or rest[0][1] < n:
                found[party.spans] = theirs[k]
    return found
