"""A claim's word without a counterpart whose place the passage fills with its opposite, across
languages: "werden die Konfigurationsdateien gelöscht" where the English passage says "the
configuration files are retained" (walk113 ch-opp-20-de-en).

The opposites check (:func:`.opposites.opposite_words`) reads a concept of its table that the
quote says and the passage does not, against the other concept the passage says and the
quote does not. A claim that says both, each in its own sentence ("gelöscht ... bleiben
erhalten" where the passage says "retained ... retained"), escapes it, and the word vectors
pair the passage's first "retained" with the claim's later "bleiben": "gelöscht" is left
"with no counterpart", and nothing is flagged. Here each content word of the claim without a
counterpart is read in its place: the passage words between the counterparts of its
neighbours (the nearest words of its sentence that have one), in one sentence of the
passage. A word there that no word of that sentence of the claim renders (none, or one of
another sentence of the claim) and that says the opposite concept is the ``opposite`` flag:

- by the table's concepts, each in its own language (:data:`.opposites.OPPOSITES`' untied
  entries, and :data:`KEPT`: what is kept against what is deleted);
- between English and German or Russian, by WordNet through the dictionary
  (:func:`.crossantonyms.opposed`: "breite" / "narrow").

Never when the slot of the passage also says the claim's concept, the claim's sentence also
says the passage's, or one word only stands under a negation ("nicht gelöscht" /
"retained": the negation check reads those). A word the dictionary leaves unpaired is no
opposite by itself: the concept or WordNet must say so, at its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.numberwords import is_number_word_in
from ..facts.ordinalwords import ordinal_value
from ..normalize import WORD_RE
from ..texts.sentences import sentence_spans
from . import bilingual, wordnet
from .antonyms import scoped_words
from .crossantonyms import opposed
from .oppositeconcepts import Opposites
from .opposites import OPPOSITES, word_pattern
from .wordpairs import Alignment, content_positions

KEPT = Opposites(
    {"en": r"retain(?:s|ed|ing)?|kept|keeps?|keeping|preserv(?:e|es|ed|ing)",
     "de": r"behalten|behält|behielt\w*|beibehalten|beibehält|bewahrt\w*|aufbewahrt\w*|"
           r"aufbewahren|erhalten",
     "ru": r"сохран(?:ить|ит|ил[аио]?|ят|яет|яют|ял[аио]?|яются|яется|ены?|ена|ено|[её]н|"
           r"ение|ения|яя)|оставля(?:ет|ют|ются|ется)|оста[её]тся|остаются"},
    {"en": r"delet(?:e|es|ed|ing|ion)|eras(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|"
           r"discard(?:s|ed|ing)?|wip(?:e|es|ed|ing)",
     "de": r"lösch\w*|gelöscht\w*|verworfen|verwirf\w*|verwerf\w*|bereinigt",
     "ru": r"удал(?:ить|ит|ил[аио]?|ят|яет|яют|ял[аио]?|яя|яются|яется|ены?|ена|ено|[её]н|"
           r"ение|ения)|стер(?:ты|т|та|то)|стира(?:ет|ют|ются|ется)|уничтож\w*"},
)  # fmt: skip
"""What is kept against what is deleted ("retained" / "gelöscht", "сохраняются" /
"deleted"). Not "remove" / "entfernt" / "удалить" from the disk against "keep": those are the
table's "install" / "remove" already. German "erhalten" is "receive" too; read only at a
deleted word's place."""
REACH = 6
"""How many words past a neighbour's counterpart the slot reaches when the neighbours'
counterparts are not in the claim's order (as :data:`.nameslots.REACH`)."""
_ENTRIES = (*(e for e in OPPOSITES if not e.tied), KEPT)


def _concepts(word: str, language: str) -> set[tuple[int, int]]:
    """The (entry, side) of :data:`_ENTRIES` whose concept says ``word``."""
    return {
        (k, side)
        for k, entry in enumerate(_ENTRIES)
        for side, concept in enumerate((entry.one, entry.other))
        if language in concept and word_pattern(concept[language]).fullmatch(word)
    }


def _sentence_index(spans: Sequence[tuple[int, int]], at: int) -> int:
    return next((k for k, (_, end) in enumerate(spans) if at < end), len(spans))


def _slot(
    words: list[tuple[int, str]], ends: tuple[int | None, int | None], sentences: list[int]
) -> list[int]:
    """The indexes of ``words`` between the counterparts ``ends`` (word indexes: before,
    after), or within :data:`REACH` words of one, in its sentence (``sentences``: each
    word's)."""
    lo, hi = ends
    if lo is not None and hi is not None and lo < hi <= lo + 2 * REACH:
        return [i for i in range(lo + 1, hi) if sentences[i] == sentences[lo]]
    near: list[int] = []
    if lo is not None:
        near += [i for i in range(lo + 1, min(lo + 1 + REACH, len(words)))
                 if sentences[i] == sentences[lo]]  # fmt: skip
    if hi is not None:
        near += [i for i in range(max(0, hi - REACH), hi) if sentences[i] == sentences[hi]]
    return near


def _opposite(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether ``word`` and ``other`` say opposite concepts of the table, or are opposites by
    WordNet through the dictionary (one English)."""
    mine, theirs = _concepts(word, language), _concepts(other, other_language)
    if any((k, 1 - side) in theirs for k, side in mine) and not mine & theirs:
        return True
    if "en" not in (language, other_language) or not (
        wordnet.available() and bilingual.available()
    ):
        return False
    if language == "en":
        return opposed(word.casefold(), other, other_language)
    return opposed(other.casefold(), word, language)


def slot_opposite(
    quote: str, quote_language: str, passage: str, passage_language: str,
    alignment: Alignment | None,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (claim's word, passage's word) where a content word of the claim without a
    counterpart has its opposite in its place of a passage in another language (see the
    module), or None.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q = "Die Dateien werden gelöscht, um es zu erleichtern. Die Daten bleiben erhalten."
    >>> p = "The files are retained to facilitate it. The data are usually retained."
    >>> a = Alignment(5, (WordPair("Dateien", 4, "files", 4, 0.9),
    ...                   WordPair("erleichtern", 37, "facilitate", 26, 0.9),
    ...                   WordPair("Daten", 55, "data", 45, 0.9),
    ...                   WordPair("bleiben", 61, "retained", 14, 0.6)))
    >>> slot_opposite(q, "de", p, "en", a)
    ('gelöscht', 'retained')
    >>> print(slot_opposite(q.replace("gelöscht", "behalten"), "de", p, "en", a))
    None
    """
    if alignment is None or quote_language == passage_language:
        return None
    q_spans, p_spans = tuple(sentence_spans(quote)), tuple(sentence_spans(passage))
    counterpart = {p.quote_at: p.passage_at for p in alignment.pairs}
    pair_of = {p.passage_at: p.quote_at for p in alignment.pairs}
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(passage)]
    content = {at for at, w in words if _plain(w, passage_language)} & (
        {at for at, _ in content_positions(passage, passage_language)}
        | set(alignment.rendered[1])  # every occurrence of a content word
    )
    index = {at: i for i, (at, _) in enumerate(words)}
    sentences = [_sentence_index(p_spans, at) for at, _ in words]
    q_negated: set[int] | None = None
    for at, word in content_positions(quote, quote_language):
        readable = _concepts(word, quote_language) or "en" in (quote_language, passage_language)
        if at in counterpart or not _plain(word, quote_language) or not readable:
            continue
        mine = _sentence_index(q_spans, at)
        paired = [a for a in counterpart if _sentence_index(q_spans, a) == mine]
        before = max((a for a in paired if a < at), default=None)
        after = min((a for a in paired if a > at), default=None)
        ends = tuple(None if a is None else index.get(counterpart[a]) for a in (before, after))
        slot = _slot(words, ends, sentences)  # type: ignore[arg-type]
        free = [i for i in slot if words[i][0] in content and (words[i][0] not in pair_of
                or _sentence_index(q_spans, pair_of[words[i][0]]) != mine)]  # fmt: skip
        for i in free:
            other = words[i][1]
            if not _opposite(word, quote_language, other, passage_language):
                continue
            if _rendered(word, quote_language, [words[j][1] for j in slot], passage_language):
                break  # the slot says the claim's word too
            if _rendered(other, passage_language, WORD_RE.findall(quote[slice(*q_spans[mine])])
                         if mine < len(q_spans) else [], quote_language):  # fmt: skip
                continue  # the claim's sentence says the passage's word too
            q_negated = q_negated if q_negated is not None else scoped_words(quote, quote_language)
            p_negated = scoped_words(passage, passage_language)
            if (at in q_negated) == (words[i][0] in p_negated):
                return word, other
    return None


def _plain(word: str, language: str) -> bool:
    """Whether ``word`` may say a concept: in lower case, no number or ordinal in words."""
    return word[:1].islower() and not (
        is_number_word_in(word, language) or ordinal_value(word, language) is not None
    )


def _rendered(word: str, language: str, slot: list[str], slot_language: str) -> bool:
    """Whether a word of the ``slot`` says the claim's ``word``'s concept of the table."""
    mine = _concepts(word, language)
    return any(mine & _concepts(w, slot_language) for w in slot)
