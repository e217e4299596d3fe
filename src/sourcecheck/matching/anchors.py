"""What a passage says checkably, in any language: names, numbers, dates and negations.

These are the *anchors* of the meaning stage. Across languages they are what a quotation and
its rendering must still share: a name transliterated across scripts (Троцкий / Trotsky /
Trotzki / Trotski: :func:`name_key`), a number by value ("zweiundzwanzig" / 22), a date in
both calendars ("8 (21) января 1918" / "January 21, 1918"). They pick the windows of a large
text worth embedding, they are the evidence shown with a ``reworded`` result, and they flag a
rendering whose meaning differs checkably (:func:`compare_anchors`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..extract.titles import TITLE_WORDS
from ..facts.dates import DateMention, years_differ
from ..facts.languages import QUANTITY_WORDS, figures_in
from ..facts.monthdates import read_dates
from ..facts.numberwords import german_number
from ..normalize import WORD_RE, fold
from .align import word_similarity
from .compoundnames import hyphen_parts, name_parts, name_runs, spelled_by_run, word_runs
from .dayagreement import days_agree
from .demonyms import demonyms
from .germancommon import after_adjective, inflected_noun, listed_noun, no_noun
from .namespelling import latin_key, singular_acronym, umlauts_as_e, without_possessive
from .namewords import nicknames, no_names, plural_title, quoted_common
from .negation import Negations, clause_of, read_negations
from .openers import SourceNames, opener_substituted, opening_names, opening_starts, opening_words
from .ordinals import ordinals_differ, regnal_numbers
from .placeholders import common_capitals, placeholder_starts
from .places import same_place
from .plaincapitals import plain_capitals
from .stems import STOPWORDS, stem_form
from .twinnegations import negations_differ
from .wordpairs import Alignment, WordPair, content_positions

NAME_SIMILARITY = 0.8
"""Two name keys at least this similar (0-1, rapidfuzz's ratio) name the same person."""
NAME_VECTORS = (0.3, 0.7)
"""A quote's name whose nearest passage name is this similar as words (0-1, word vectors)
stands in its place: from the lower bound on, a substitution ("Romans" for "Spartans");
from the upper bound on, the same name in another language ("Bavaria" / "Bayern")."""

# Spellings of one sound across transliteration systems, applied in order to folded ASCII.
_SPELLINGS = (
    ("'", ""), ("tsch", "ch"), ("sch", "sh"), ("cz", "ch"), ("tz", "ts"), ("ck", "k"),
    ("ph", "f"), ("kh", "h"), ("ch", "h"), ("w", "v"), ("x", "ks"), ("q", "k"), ("c", "k"),
    ("j", "i"), ("y", "i"), ("z", "s"),
)  # fmt: skip
# Russian case endings of names (a stemmer would cut "Кюльман" to "кюльм"), longest first.
_CASE_ENDINGS = re.compile(
    r"(?<=[^\W\d_]{3})(?:ого|его|ому|ему|ыми|ими|ами|ями|ий|ый|ой|ым|им|ом|ем|ей|ою|ею|ах|ях"
    r"|ам|ям|а|я|у|ю|е|ы|и)$"
)
_REPEATS = re.compile(r"(.)\1+")
_VOWEL_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")  # German lengthening h: Kühlmann / Кюльман


@lru_cache(maxsize=1 << 14)
def name_key(word: str) -> str:
    """A spelling-neutral key of a name, the same across scripts and transliterations.

    >>> [name_key(w) for w in ("Троцкий", "Троцкого", "Trotsky", "Trotzki", "Trotski")]
    ['trotsk', 'trotsk', 'trotsk', 'trotsk', 'trotsk']
    >>> name_key("Кюльман"), name_key("Kühlmann"), name_key("Czernin"), name_key("Чернин")
    ('kulman', 'kulman', 'hernin', 'hernin')
    """
    form = stem_form(umlauts_as_e(singular_acronym(without_possessive(word))))  # "PCs"
    if any("\u0400" <= c <= "\u04ff" for c in form):
        form = _CASE_ENDINGS.sub("", form)  # Троцкого -> троцк, Кюльмана -> кюльман
    key = latin_key(form)  # "Fyodor" / "Фёдор", "Pourichkevitch" / "Пуришкевич"
    for old, new in _SPELLINGS:
        key = key.replace(old, new)
    key = _VOWEL_H.sub("", key).replace("iu", "u").replace("ia", "a")
    key = _REPEATS.sub(r"\1", key)
    return key[:-1] if len(key) > 4 and key[-1] in "aeiou" else key


@lru_cache(maxsize=1 << 16)  # a claim asks of the same two keys again and again
def same_name(a: str, b: str) -> bool:
    """Whether two name keys name the same person (equal, a prefix, or close: no two letters,
    "so" / "son" of "Соня"), or one place by two names (:mod:`.places`: Petrograd/Petersburg)."""
    if a == b or same_place(a, b):
        return True
    short, long = sorted((a, b), key=len)
    prefix = len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3
    return prefix or (len(short) > 2 and bool(word_similarity(a, b) >= NAME_SIMILARITY))


@dataclass(frozen=True, slots=True)
class Anchors:
    """The names, numbers, dates and negations of a quote or passage, as printed."""

    language: str
    names: tuple[str, ...]
    words: tuple[str, ...]  # every word, raw: a name of the other side may be any of them
    numbers: tuple[tuple[float, str], ...]  # (value, as printed); dates and "one" left out
    number_starts: tuple[int, ...]  # where each number starts in the text read
    quantities: tuple[int, ...]  # where each word of vague quantity ("many") starts
    dates: tuple[DateMention, ...]  # with a day or a month
    date_texts: tuple[str, ...]
    negation: Negations
    opening: tuple[str, ...] = ()  # capitalized words opening a sentence (.openers)

    @property
    def negations(self) -> tuple[str, ...]:
        """The explicit negation words, as printed."""
        return self.negation.words


def read_anchors(
    text: str, language: str, *, common_nouns: frozenset[str] = frozenset(),
    known_names: SourceNames | None = None,
) -> Anchors:  # fmt: skip
    """Names, numbers, dates and negations of ``text`` (a quote or a passage).

    Names are capitalized words that do not open a sentence and are not function words, or
    open one with the evidence of :func:`~.openers.opening_names` (``known_names``: source's);
    German capitalizes every noun, so there a name is also one that no article or adjective
    precedes, that has no noun ending and that the whole text does not use as a noun
    (``common_nouns``: :func:`german_common_nouns` of the text).

    >>> a = read_anchors("Am 11. Februar 1918 erklärte Trotzki: kein Friede, 22 Mann.", "de")
    >>> a.names, [n for _, n in a.numbers], a.date_texts, a.negations
    (('Trotzki',), ['22'], ('11. Februar 1918',), ('kein',))
    """
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(text)]
    openers = opening_starts(text, words)
    regnal = regnal_numbers(words, language)  # "Julius the Second": a number, no name
    stop = no_names(language)  # stop words, months, question words: never names
    capitalized = {
        start
        for w, start in words
        if w[:1].isupper() and start not in openers and fold(w) not in stop and len(w) > 1
        and w[:2] not in ("I'", "I’") and all(start != r[0] for r in regnal)  # "I'd", "I've"
    } | opening_names(text, language, words, stop, known_names)  # fmt: skip
    capitalized -= placeholder_starts(text, language, words)  # "--width=COLS": .placeholders
    capitalized -= common_capitals(language, words)  # "Zeigt ZAHL Zeilen", "ФАЙЛ"
    capitalized -= plain_capitals(words, language)  # "по Цельсию", "Высшей школе"
    if language != "de":  # German titles are read by german_names
        capitalized -= _titles_before_names(text, words, capitalized) | quoted_common(text, words)
        capitalized -= {at for w, at in words if plural_title(w)} | demonyms(words, language)
    names = tuple(w for w, start in words if start in capitalized)
    if language == "de":
        names = german_names(text, names, common=common_nouns)
    dates = tuple(d for d in read_dates(text, language) if d.month is not None)
    figures = figures_in(text, language)
    numbers = tuple((n.value, text[n.start : n.end]) for n in figures)
    return Anchors(
        language=language,
        names=names,
        words=tuple(w for w, _ in words),
        numbers=numbers,
        number_starts=tuple(n.start for n in figures),
        quantities=tuple(
            m.start()
            for m in WORD_RE.finditer(text)
            if fold(m.group()) in QUANTITY_WORDS.get(language, frozenset())
        ),
        dates=dates,
        date_texts=tuple(text[d.start : d.end] for d in dates),
        negation=read_negations(text, language),
        opening=opening_words(text, language, words, stop),
    )


_TITLE_GAP = re.compile(r"\.?[ \t]*\n?[ \t]*")


def _titles_before_names(
    text: str, words: list[tuple[str, int]], capitalized: set[int]
) -> set[int]:
    """Where a title stands before a name ("General Hoffmann", "Mr. Samsa"), of the
    ``capitalized`` words' starts: the person's title, not a name of its own (a title alone,
    "the Prince", still names someone). The titles are :mod:`sourcecheck.extract.titles`'."""
    return {
        start
        for (word, start), (after, at) in itertools.pairwise(words)
        if word in TITLE_WORDS
        and start in capitalized
        and at in capitalized
        and _TITLE_GAP.fullmatch(text, start + len(word), at)
    }


_GERMAN_DETERMINERS = frozenset(
    fold(w)
    for w in """der die das den dem des ein eine einen einem einer eines kein keine keinen
    keinem keiner keines am im zum zur vom beim ins ans aufs dieser diese dieses diesem diesen
    jener jene jenes jenem jenen sein seine seinen seinem seiner seines ihr ihre ihren ihrem
    ihrer ihres mein meine meinen meinem meiner unser unsere unseren unserem jede jeder jedes
    jedem jeden alle allen aller viele vielen einige einigen manche solche welche welcher""".split()
)
_GERMAN_TITLES = frozenset(fold(w) for w in TITLE_WORDS)  # "Herr", "Graf", "Stadtrat"...
_GERMAN_NOUN_ENDING = re.compile(r"(?:ung|heit|keit|schaft|tion|ismus|tat|nis|chen|lein|tum)$")


def _determined(before: str) -> bool:
    """Whether a German capitalized word after ``before`` is a noun: a determiner's, adjective's."""
    folded = fold(before)  # an inflected adjective's ending, not a function word's ("über")
    ending = re.search(r"(?:en|er|es|em)$", folded)  # "anderen": a stop word, an adjective
    inflected = ending and (folded not in STOPWORDS["de"] or folded.startswith("ander"))
    return (folded in _GERMAN_DETERMINERS or before.isdigit() or german_number(folded) is not None
            or bool(before[:1].islower() and inflected))  # fmt: skip


def german_names(
    text: str, capitalized: tuple[str, ...], *, common: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The names among a German text's capitalized words (not opening a sentence): not after
    a determiner or an inflected adjective here, no title, no noun ending, no noun's plural or
    declined adjective (:func:`~.germancommon.inflected_noun`), no adverb or verb the text
    also prints in lower case, and not among the ``common`` nouns of the whole text
    (:func:`german_common_nouns`).

    >>> german_names("Neben ihm saß ein Jude namens Joffe.", ("Jude", "Joffe"))
    ('Joffe',)
    """
    keep = set(capitalized)
    words = [m.group() for m in WORD_RE.finditer(text)]
    lower = {w for w in words if w[:1].islower()}  # "gemeinsam Gemeinsam genutzter": no noun
    names = []
    for before, word in zip(["", *words], words, strict=False):
        folded = fold(word)
        if word not in keep or folded in _GERMAN_TITLES or folded in common:
            continue
        if (_determined(before) or _GERMAN_NOUN_ENDING.search(folded) or inflected_noun(word)
                or after_adjective(before, word) or listed_noun(word)):  # fmt: skip
            continue  # "Gruppen von Treffern", "Benutzter": a noun's form (.germancommon)
        if word.lower() in lower and no_noun(word):
            continue
        names.append(word)
    return tuple(names)


@lru_cache(maxsize=16)
def german_common_nouns(text: str) -> frozenset[str]:
    """Folded capitalized words that a German text mostly puts after a determiner or an
    adjective ("die Mutter", "mit seiner Mutter"): nouns, where a name mostly stands alone
    ("Herrn Joffe", "Joffe sagte").

    >>> sorted(german_common_nouns("Die Mutter kam. Er sah die Mutter und Joffe, den Joffe sah."))
    ['mutter']
    """
    seen: Counter[str] = Counter()
    after: Counter[str] = Counter()
    words = [m.group() for m in WORD_RE.finditer(text)]
    for before, word in zip(["", *words], words, strict=False):
        if word[:1].isupper():
            folded = fold(word)
            seen[folded] += 1
            after[folded] += _determined(before)
    return frozenset(w for w, n in seen.items() if after[w] * 2 > n)


@dataclass(frozen=True, slots=True)
class AnchorComparison:
    """What a quote and a passage share checkably, and where they differ."""

    shared_names: tuple[str, ...]  # quote names found in the passage (as the quote prints them)
    missing_names: tuple[str, ...]  # quote names not in the passage
    other_names: tuple[str, ...]  # passage names not in the quote
    numbers_agree: bool | None  # None: not both sides state a number
    dates_agree: bool | None  # None: not both sides state a date
    flags: tuple[str, ...]  # "negation", "number", "date", "name": the meaning differs
    roles_note: str = ""  # what the ``roles`` flag found reversed, in words (.reversal)
    persons: tuple[tuple[str, str], ...] = ()  # person nouns of two persons paired (.otherpersons)
    checks: tuple[tuple[str, str], ...] = ()  # (flag, CHECK): a tally reversed (.factflags)


def unmatched_names(quote: Anchors, passage: Anchors) -> tuple[str, ...]:
    """The passage's names that no word of the quote spells (in any script), whole or a part
    of a compound ("Gruppen-ID-Bits": "ID", :func:`~.compoundnames.hyphen_parts`)."""
    quote_keys = {name_key(w) for w in quote.words if len(w) > 1}
    quote_keys |= {name_key(p) for n in quote.names for p in name_parts(n, quote.language)}
    return tuple(
        n
        for n in dict.fromkeys(passage.names)
        if not any(same_name(name_key(w), k) for w in (n, *hyphen_parts([n])) for k in quote_keys)
    )


def with_names(
    alignment: Alignment, quote: str, quote_names: Sequence[str], passage: str, language: str
) -> Alignment:
    """``alignment`` with each of the quote's names that has no counterpart paired with the
    passage word that spells it, in any script (:func:`name_key`): a name is rendered by
    itself. Single-word vectors pair a Russian name in the nominative with its Latin spelling
    ("Грегор" / "Gregor"), but not once declined ("Грегора", "Грегору") nor transliterated
    another way ("Замза" / "Samsa"): the quote's own hero counted as a word the passage lacks.
    ``language``: the quote's. The pairs are appended: their indexes are the alignment's.

    >>> from sourcecheck.matching.wordpairs import Alignment
    >>> a = with_names(Alignment(2, ()), "Отец Грегора молчал.", ("Грегора",),
    ...                "Gregor's father said nothing.", "ru")
    >>> [(p.quote, p.passage) for p in a.pairs], a.coverage
    ([('Грегора', "Gregor's")], 0.5)
    """
    names = set(quote_names)
    taken = {p.passage_at for p in alignment.pairs}
    paired = {p.quote_at for p in alignment.pairs}
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(passage) if len(m.group()) > 1]
    openers = opening_starts(quote, [(m.group(), m.start()) for m in WORD_RE.finditer(quote)])
    added: list[WordPair] = []
    for at, word in content_positions(quote, language):
        # a capitalized word opening a sentence is no name to the anchors, but when a capital
        # word of the passage spells it ("Зайдлер и Ландвер..." / "Seidler and Landwehr")
        opener = at in openers and word[:1].isupper()
        if at in paired or not (word in names or opener):
            continue
        key = name_key(word)
        for p_at, p_word in words:
            if p_at in taken or (opener and not p_word[:1].isupper()):
                continue
            if same_name(key, name_key(p_word)):
                added.append(WordPair(word, at, p_word, p_at, 1.0))
                taken.add(p_at)
                paired.add(at)
                break
    added += _joined_pairs(quote, names - {p.quote for p in added}, paired, words, taken)
    return replace(alignment, pairs=(*alignment.pairs, *added)) if added else alignment


def _joined_pairs(
    quote: str, names: set[str], paired: set[int], words: list[tuple[int, str]], taken: set[int]
) -> list[WordPair]:
    """The quote's runs of names that a passage word spells as one (:mod:`.compoundnames`:
    "Moon Sound" / "Моонзундские"), each name of the run paired with it."""
    runs = [(at, j) for at, j in name_runs(quote, names) if not paired & set(at)]
    spelled = spelled_by_run(runs, [w for p_at, w in words if p_at not in taken])
    out: list[WordPair] = []
    for i, p_word in spelled.items():
        starts, _ = runs[i]
        if paired & set(starts):
            continue
        p_at = next(a for a, w in words if w == p_word and a not in taken)
        out += [WordPair(WORD_RE.match(quote, at).group(), at, p_word, p_at, 1.0)  # type: ignore[union-attr]
                for at in starts]  # fmt: skip
        paired.update(starts)
        taken.add(p_at)
    return out


def compare_anchors(
    quote: Anchors, passage: Anchors, *, alignment: Alignment | None = None
) -> AnchorComparison:
    """Compare the anchors of a quote with those of a passage (any two languages).

    ``alignment``: the quote's content words and their counterparts in the passage
    (:func:`~.wordpairs.align_words`). With it, negations are compared clause by clause
    (:func:`~.twinnegations.negations_differ`) and a name differs only where the quote's name is
    nearest to another name of the passage (a substitution: "Romans" where the passage has
    "Spartans"); without it, whole texts are compared.

    >>> q = read_anchors("On January 21 Trotsky said there would be no peace.", "en")
    >>> p = read_anchors("8 (21) января 1918 г. Троцкий сказал, что мира не будет.", "ru")
    >>> c = compare_anchors(q, p)
    >>> c.shared_names, c.dates_agree, c.flags
    (('Trotsky',), True, ())
    """
    passage_keys = {name_key(w) for w in (*passage.words, *hyphen_parts(passage.words))
                    if len(w) > 1}  # fmt: skip
    shared, missing = list[str](), list[str]()
    for name in dict.fromkeys(quote.names):  # a compound by a part: "Linux-Systems" / "Linux"
        keys = [name_key(w) for w in name_parts(name, quote.language)]
        named = any(same_name(key, k) for key in keys for k in passage_keys)
        (shared if named else missing).append(name)
    other = list(unmatched_names(quote, passage))
    runs = word_runs(quote.words, set(missing))  # "Moon Sound" / "Моонзундские"
    for i, word in spelled_by_run(runs, other).items():
        shared += [n for n in runs[i][0] if n in missing]
        missing = [n for n in missing if n not in runs[i][0]]
        other = [n for n in other if n != word]
    flags = []
    pairs = alignment.offsets if alignment is not None else None
    if negations_differ(quote.negation, passage.negation, alignment):  # .twinnegations
        flags.append("negation")
    numbers_agree = _numbers_agree(quote, passage, pairs)
    if numbers_agree is False or ordinals_differ(quote, passage, alignment):
        flags.append("number")
    dates_agree = days_agree(quote, passage) and not years_differ(quote.dates, passage.dates)
    if dates_agree is False:
        flags.append("date")
    substituted = bool(missing and other)
    if alignment is not None:
        near = {name: alignment.nearest.get(name, ("", 0.0)) for name in missing}
        paired = {p.quote: p.passage for p in alignment.pairs}  # "Jew" / "Jude"
        langs, low, high = (quote.language, passage.language), *NAME_VECTORS  # nicknames: low
        near_enough = {n for n, (w, sim) in near.items()
                       if sim >= high or (sim >= low and nicknames((n, w), langs))}  # fmt: skip
        renamed = near_enough | (paired.keys() & set(missing))
        shared += [n for n in missing if n in renamed]  # "Bavaria" / "Bayern"
        missing = [n for n in missing if n not in renamed]
        stand_ins = {near[n][0] for n in near_enough} | {paired[n] for n in renamed if n in paired}
        other = [n for n in other if n not in stand_ins]
        substituted = any(near[n][0] in other and near[n][1] >= NAME_VECTORS[0] for n in missing)
        found = opener_substituted(quote, passage, passage_keys, other, alignment.nearest,
                                   NAME_VECTORS)  # fmt: skip
        missing, substituted = missing + list(found), substituted or bool(found)
    if substituted:
        flags.append("name")
    return AnchorComparison(
        tuple(shared), tuple(missing), tuple(other), numbers_agree, dates_agree, tuple(flags)
    )


def _numbers_agree(
    quote: Anchors, passage: Anchors, pairs: Sequence[tuple[int, int]] | None = None
) -> bool | None:
    """False when a number of the quote is not in the passage and the passage has another
    one in its place, or when one side states a number where the other says a vague
    quantity ("zwei" / "many": the figure changed in the rendering). A number on one side
    with nothing in its place ("two women" / "die Frauen", "both", an ordinal) is no
    difference. A passage often says more than the quote, so with ``pairs`` (the offsets of
    the quote's words and their counterparts) only the passage's numbers and quantity words
    in the clauses that render the quote count. None: not both sides state a quantity.

    >>> en = read_anchors("He had tried it many times.", "en")
    >>> de = read_anchors("Er hatte es zwei Mal versucht.", "de")
    >>> _numbers_agree(en, de), _numbers_agree(de, en), _numbers_agree(en, en)
    (False, False, None)
    >>> _numbers_agree(read_anchors("The two women held him.", "en"),
    ...                read_anchors("Die Frauen hielten ihn.", "de")) is None
    True
    """
    numbers, vague = rendered_quantities(passage, pairs)
    if quote.numbers and passage.numbers:
        q = Counter(v for v, _ in quote.numbers)
        p = Counter(v for v, _ in passage.numbers)
        return not ((q - p) and (p - q))
    # a vague word answered by one on the other side ("a few towns" / "a few lands") stands for it
    if quote.numbers and not passage.numbers and len(vague) > len(quote.quantities):
        return False
    if numbers and not quote.numbers and len(quote.quantities) > len(vague):
        return False
    return None


def rendered_quantities(
    passage: Anchors, pairs: Sequence[tuple[int, int]] | None
) -> tuple[list[int], list[int]]:
    """Where the passage's numbers and quantity words are, in the clauses holding the
    counterparts of the quote's words (all of them without ``pairs``)."""
    if not pairs:
        return list(passage.number_starts), list(passage.quantities)
    clauses = passage.negation.clauses
    aligned = {clause_of(clauses, at) for _, at in pairs}
    near = {c + d for c in aligned for d in (-1, 0, 1)}  # two languages cut at other places
    return (
        [at for at in passage.number_starts if clause_of(clauses, at) in near],
        [at for at in passage.quantities if clause_of(clauses, at) in near],
    )
