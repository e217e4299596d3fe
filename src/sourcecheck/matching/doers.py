"""A claim whose doer is nowhere in the passage, where another person does what it says.

A rendering across languages pairs words by single-word vectors, and a passage telling the
same event of another person pairs all but the doer: "Служанка сразу заметила полную миску"
at "his sister noticed the full dish immediately" (“заметила”, “полную”, “миску”, score +3.1),
"Служанка каждое утро приносила Грегору молоко с хлебом" at "He ... dipped his head into the
milk" (morning, milk, bread). The roles (:mod:`.roles`) compare people who have counterparts on
both sides; a doer without one was not compared at all.

Here the quote's doer is a noun of a household's person (:func:`.persons.person_of`: its row
tells which person it names) without a counterpart in the passage (:func:`.persons.with_people`
pairs it with any noun of the same person the passage has; one naming an owner, "her
mother's lap", is none: :mod:`.owners`), read as its clause's doer
(:func:`.roles.clause_people`; a Russian noun whose case marks an object is none, and a noun
after a capitalized word that may be a name is not read: "Gregor asked his sister"). Each
clause of the passage linked with that clause by a counterpart tells its own doer: a noun of
another person ("sister" for "Служанка"), or a personal pronoun of the other natural gender
("he" for "Служанка", "er" for "the mother"), is another doer; a name, a noun that names no
particular person ("the girl"), or a pronoun that fits may be the quote's doer said otherwise
("Grete", "she" for "the sister"), and one such clause is enough for no verdict. When every
linked clause with a doer has another, the passage tells of another person: not found, with
the reason naming both. A doer in the passive voice is not read, nor a name for a doer (who a
name is, the passage does not say).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Span
from ..normalize import WORD_RE, fold
from ..texts.sentences import sentence_spans
from .anchors import read_anchors
from .antecedent import antecedent
from .caseroles import UNDERGOES, marked
from .morph_ru import may_be_name
from .negation import clause_of, clause_spans
from .owners import owner_only
from .persons import person_of
from .roles import _DETERMINERS, _PERSON_NOUNS, _words, clause_people
from .wordpairs import Alignment, content_positions

if TYPE_CHECKING:
    from .evidence import Weighing
    from .prepared import PreparedQuote

_GENDER = {"father": "m", "mother": "f", "sister": "f", "brother": "m", "son": "m",
           "daughter": "f", "clerk": "m", "maid": "f"}  # fmt: skip
"""The natural gender of the people of :data:`.persons._RENDERINGS` (by the row's English
noun; the parents and the lodgers are several, and a servant either)."""
_UNGENDERED = frozenset({"servant", "servants", "cleaner", "прислуга", "dienstmädchen"})
"""Nouns of a gendered row that do not tell the gender ("das Dienstmädchen" is "es")."""
_PRONOUNS = {"he": "m", "she": "f", "er": "m", "он": "m", "она": "f"}
"""Subject pronouns whose natural gender is sure (German "sie" is also "they" and "Sie")."""


def doer_reason(
    quote: str,
    language: str,
    names: Sequence[str],
    passage: str,
    passage_language: str,
    alignment: Alignment,
    passage_names: Sequence[str] = (),
    before: str = "",
    earlier: str = "",
) -> str | None:
    """Why ``passage`` is no rendering of ``quote``: the doer of a clause of the quote, a
    person noun without a counterpart there, is another person in every clause of the
    passage linked with it (see the module); None when not (``names``, ``passage_names``:
    each side's names, read as people who may be anyone; ``before``: the text of the
    passage's first sentence before it, where its doer may be: "Die Bedienerin aber, statt
    sich zu fürchten, hob bloß einen ... Stuhl hoch empor" at "hob ... Stuhl hoch empor";
    ``earlier``: the sentences before that one, where the person a pronoun doer stands for is
    named: :mod:`.antecedent`).

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q, p = "The maid carried the bowl out.", "His sister carried the dish out."
    >>> a = Alignment(3, (WordPair("carried", 9, "carried", 11, 1.0),
    ...                   WordPair("bowl", 21, "dish", 23, 0.8)))
    >>> doer_reason(q, "en", (), p, "en", a)[:40]
    'the source has “sister” do this, not “ma'
    >>> doer_reason(q, "en", (), "She carried the dish out.", "en", a) is None
    True
    """
    paired = {p.quote_at for p in alignment.pairs
              if not owner_only(quote, language, passage, passage_language, p.passage_at,
                                alignment)}  # fmt: skip
    whole, shift = before + passage, len(before)
    q_clauses, p_clauses = clause_spans(quote), clause_spans(whole)
    read = _Referent(earlier + whole, passage_language, len(earlier), passage_names)
    for a, b in q_clauses:
        doer = _unpaired_doer(quote, language, names, (a, b), paired)
        if doer is None:
            continue
        linked = sorted({
            clause_of(p_clauses, p.passage_at + shift)
            for p in alignment.pairs
            if a <= p.quote_at < b
        })  # fmt: skip
        others = [_sentence_doer(whole, passage_language, passage_names, p_clauses, i, doer,
                                 read) for i in linked]  # fmt: skip
        told = [o for o in others if o is not False]
        if told and all(isinstance(o, str) for o in told):
            return (
                f"the source has {told[0]} do this, not “{doer[0]}”, whom it does not name: "
                "another person, the same kind of event"
            )
    return None


def another_doer(
    quote: PreparedQuote, text: str, span: Span, language: str, weighed: Weighing
) -> str | None:
    """:func:`doer_reason` of a prepared ``quote`` and the passage at ``span`` of ``text``
    (in ``language``), ``weighed`` (its alignment and names)."""
    floor = max(0, span.start - _BEFORE)
    sentences = sentence_spans(text, floor, span.end)
    k = next((k for k, (s, e) in enumerate(sentences) if s <= span.start < e), None)
    start = span.start if k is None else sentences[k][0]
    first = None if k is None else sentences[max(k - _EARLIER, 1 if floor else 0)][0]
    return doer_reason(quote.text, quote.language, quote.anchors.names, span.slice(text),
                       language, weighed.alignment, weighed.anchors.names,
                       before=text[start : span.start],
                       earlier=text[first:start] if first is not None and first < start else "",
                       )  # fmt: skip


_BEFORE = 600
"""How far before a passage its first sentence's start is looked for."""
_EARLIER = 2
"""How many sentences before the passage's first the person a pronoun stands for is looked
for in (a sentence cut by the window's start is not read)."""


class _Referent:
    """Who a pronoun of the passage stands for (:func:`.antecedent.antecedent`), in ``text``
    (the sentences before the passage, then the passage from its first sentence's start;
    ``shift``: where the passage's own text starts in it), its names read when needed."""

    def __init__(self, text: str, language: str, shift: int, names: Sequence[str]) -> None:
        self.text, self.language, self.shift, self.names = text, language, shift, names
        self._all_names: tuple[str, ...] | None = None

    def __call__(self, at: int, gender: str) -> tuple[int, str] | None:
        """The person (row, noun) the pronoun at ``at`` of the passage's text stands for."""
        if self._all_names is None:
            earlier = read_anchors(self.text[: self.shift], self.language).names
            self._all_names = (*self.names, *earlier)
        return antecedent(self.text, self.language, at + self.shift, gender, _GENDERS,
                          self._all_names)  # fmt: skip


def _unpaired_doer(
    quote: str, language: str, names: Sequence[str], clause: tuple[int, int], paired: set[int]
) -> tuple[str, int] | None:
    """The doer of the quote's ``clause`` when it is a person noun of :mod:`.persons` without
    a counterpart, not after a word that may be a name: (word, its person)."""
    a, b = clause
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(quote, a, b)]
    nouns = _words(_PERSON_NOUNS, language)
    people = [
        at for at, w in words if person_of(w, language) is not None or fold(w) in nouns
        or w in names
    ]  # fmt: skip
    found = clause_people(quote, language, clause, people) or []
    doer = next((p.at for p in found if p.doer), None)
    if doer is None or doer in paired or doer not in people:
        return None
    i = next(i for i, (at, _) in enumerate(words) if at == doer)
    word = words[i][1]
    if person_of(word, language) is None and i + 1 < len(words):  # "the chief clerk"
        i += 1
        if words[i][0] in paired:
            return None
        word = words[i][1]
    who = person_of(word, language)
    if who is None or (language == "ru" and marked([word.lower()]) == UNDERGOES):
        return None
    if any(_may_be_name(quote, at, w, language) for at, w in words[:i]):
        return None  # "Gregor asked his sister": a name the names reader left out
    return word, who


def _may_be_name(quote: str, at: int, word: str, language: str) -> bool:
    """Whether the quote's ``word`` (at ``at``) before its doer may be a name: capitalized,
    and no determiner, owner ("Gregor's"), function word ("In the morning"), adverb set
    off by a comma ("However,"), German noun after an article ("Am Nachmittag") nor, in
    Russian, a word the dictionary reads as no name ("Утром", "Однако")."""
    if not word[:1].isupper() or fold(word) in _words(_DETERMINERS, language):
        return False
    if _owner(word, language) or quote[at + len(word) : at + len(word) + 1] == ",":
        return False
    if language == "de" and _after_article(quote, at):
        return False  # "Am Nachmittag", "Nach einer Viertelstunde": a German noun, no name
    if not any(w == word for _, w in content_positions(word, language)):
        return False  # a function word
    return language != "ru" or may_be_name(word)


_ARTICLED_DE = frozenset({"am", "im", "beim", "vom", "zum", "zur", "ins", "ans", "aufs"})
"""German prepositions that hold an article ("am" is "an dem"): a noun follows, not a name."""


def _after_article(quote: str, at: int) -> bool:
    """Whether the German word at ``at`` follows an article or a preposition holding one."""
    before = WORD_RE.findall(quote[max(0, at - 20) : at])
    last = fold(before[-1]) if before else ""
    return last in _ARTICLED_DE or last in _words(_DETERMINERS, "de")


def _owner(word: str, language: str) -> bool:
    """ "Gregor's", "Gregors": an owner, not a doer."""
    return word.endswith(("'s", "’s")) or (language == "de" and word.endswith("s"))


def _sentence_doer(
    passage: str,
    language: str,
    names: Sequence[str],
    clauses: tuple[tuple[int, int], ...],
    i: int,
    mine: tuple[str, int],
    read: _Referent | None = None,
) -> str | bool:
    """:func:`_their_doer` of the ``i``-th clause, or, when it reads none, of the nearest
    clause before it in its sentence that does: "He was so pleased he almost laughed, ...,
    and immediately dipped his head into the milk" (a verb that shares its doer)."""
    for j in range(i, -1, -1):
        found = _their_doer(passage, language, names, clauses[j], mine, read)
        if found is not False or passage[slice(*clauses[j])].lstrip()[:1] in _SENTENCE_ENDS:
            return found
    return False


_SENTENCE_ENDS = frozenset(".!?;")
"""Where a clause opens a sentence: its doer is its own."""


def _their_doer(
    passage: str,
    language: str,
    names: Sequence[str],
    clause: tuple[int, int],
    mine: tuple[str, int],
    read: _Referent | None = None,
) -> str | bool:
    """The doer of a passage's ``clause`` against the quote's doer ``mine`` (its word and
    its person, a row of :mod:`.persons`): the word, quoted, when it is another person (a
    pronoun of the same gender, when ``read`` says it stands for another); True when it may
    be that person; False when no doer is read."""
    nouns = _words(_PERSON_NOUNS, language)
    people = [
        m.start()
        for m in WORD_RE.finditer(passage, *clause)
        if person_of(m.group(), language) is not None or fold(m.group()) in nouns
        or m.group() in names
    ]  # fmt: skip
    found = clause_people(passage, language, clause, people)
    who = mine[1]
    doers = [p.at for p in found or () if p.doer]
    if not doers:
        return False
    word = WORD_RE.match(passage, doers[0])
    assert word is not None
    theirs = word.group()
    if doers[0] in people:
        other = person_of(theirs, language)
        return f"“{theirs}”" if other is not None and other != who else True
    gender = None if fold(mine[0]) in _UNGENDERED else _gender(who)
    pronoun = _PRONOUNS.get(fold(theirs))
    if gender and pronoun and pronoun != gender:
        return f"“{theirs}”"
    meant = read(doers[0], pronoun) if read is not None and gender and pronoun else None
    return f"“{theirs}” (the “{meant[1]}” before it)" if meant and meant[0] != who else True


def _gender(who: int) -> str | None:
    """The natural gender of the person ``who`` (a row of :mod:`.persons`)."""
    return _GENDERS.get(who)


_GENDERS: dict[int, str | None] = {
    row: g for noun, g in _GENDER.items() if (row := person_of(noun, "en")) is not None
}
"""Each gendered row of :mod:`.persons` -> its natural gender."""
