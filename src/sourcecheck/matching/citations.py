"""A legal provision cited two ways: "section 573 of the Civil Code" / "§ 573 BGB" / "статья
573 ГК".

A judgment, a statute's commentary or a news report cites a provision by its unit ("§",
"section", "Art.", "Artikel", "статья", "ст."), its number and its code, each language in its
own words and abbreviations: "BGB" is the Civil Code, "StGB" the Criminal Code, "ГК" and "УК"
theirs. Word vectors know none of them, so "The court relied on section 573 of the Civil
Code." had one counterpart of five at "Das Gericht stützte sich auf § 573 BGB." and its names
"Civil", "Code" none: ``not_found`` (fresh-clone trial, a court judgment). Here a citation is
read as a value, (number, code), and the words of a quote's citation are paired with the
passage's citation of the same provision: the same code, or the same number where a side
names no code. A citation of the same code under another number still pairs its words: the
number is compared by value in the number check, which flags it (``number``); another code
pairs nothing, and its name stays another name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .wordpairs import Alignment, WordPair, content_positions

_UNIT = (
    r"§§?|(?:sections?|sec\.|articles?|art\.|paragraphs?|para\.|paragraf(?:en)?|artikel[ns]?|"
    r"стать(?:я|и|е|ю|ей|ёй)|ст\.)"
)
_SUB = r"(?:\s*\(\d+\)|\s*,?\s*(?:abs\.|absatz|satz|s\.|nr\.|subsection|para\.|п\.|ч\.)\s*\d+)*"
_LINK = r"(?:\s+(?:of\s+the|of|des|der|to\s+the))?"
CODES: dict[str, tuple[str, ...]] = {
    "civil": (
        r"civil\s+code", r"BGB", r"bürgerlich\w*\s+gesetzbuch\w*", r"ГК(?:\s+РФ)?",
        r"гражданск\w+\s+кодекс\w*",
    ),
    "criminal": (
        r"criminal\s+code", r"penal\s+code", r"StGB", r"strafgesetzbuch\w*", r"УК(?:\s+РФ)?",
        r"уголовн\w+\s+кодекс\w*",
    ),
    "civil procedure": (
        r"code\s+of\s+civil\s+procedure", r"ZPO", r"zivilprozessordnung", r"ГПК(?:\s+РФ)?",
        r"гражданск\w+\s+процессуальн\w+\s+кодекс\w*",
    ),
    "criminal procedure": (
        r"code\s+of\s+criminal\s+procedure", r"StPO", r"strafprozessordnung", r"УПК(?:\s+РФ)?",
        r"уголовно-процессуальн\w+\s+кодекс\w*",
    ),
    "commercial": (r"commercial\s+code", r"HGB", r"handelsgesetzbuch\w*"),
    "constitution": (
        r"basic\s+law", r"constitution", r"GG", r"grundgesetz\w*", r"verfassung",
        r"конституци\w+(?:\s+РФ)?",
    ),
    "human rights convention": (
        r"(?:european\s+)?convention(?:\s+on\s+human\s+rights)?", r"ECHR", r"EMRK",
        r"(?:europäischen\s+)?menschenrechtskonvention", r"ЕКПЧ", r"конвенци\w+",
    ),
    "administrative offences": (
        r"code\s+of\s+administrative\s+offences", r"OWiG", r"ordnungswidrigkeitengesetz\w*",
        r"КоАП(?:\s+РФ)?",
    ),
    "labour": (r"labou?r\s+code", r"ТК\s+РФ", r"трудов\w+\s+кодекс\w*"),
    "tax": (r"tax\s+code", r"НК\s+РФ", r"налогов\w+\s+кодекс\w*"),
}  # fmt: skip
"""Each code's names and abbreviations in English, German and Russian (abbreviations in
capitals are matched as printed: "GG", not "gg"; full names in any case)."""
_ALTERNATIVES = "|".join(
    rf"(?P<c{i}>{pattern})" if pattern.upper() == pattern else rf"(?P<c{i}>(?i:{pattern}))"
    for i, pattern in enumerate(p for patterns in CODES.values() for p in patterns)
)
_CODE_OF = [code for code, patterns in CODES.items() for _ in patterns]
_CITATION = re.compile(
    rf"(?P<unit>(?i:{_UNIT}))\s*(?P<number>\d+[a-z]?)\b(?i:{_SUB})"
    rf"(?:(?i:{_LINK})\s+(?:{_ALTERNATIVES})(?!\w))?"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|§")


@dataclass(frozen=True, slots=True)
class Citation:
    """A provision cited: its number ("573", "12a"), its code (a key of :data:`CODES`, None
    when not named) and the words that cite it ((offset, word): the unit, the code's)."""

    number: str
    code: str | None
    words: tuple[tuple[int, str], ...]


def citations(text: str) -> list[Citation]:
    """The provisions ``text`` cites (any of the three languages).

    >>> [(c.number, c.code) for c in citations("Das Gericht stützte sich auf § 573 Abs. 2 BGB.")]
    [('573', 'civil')]
    >>> [(c.number, c.code, [w for _, w in c.words])
    ...  for c in citations("under section 573 of the Civil Code and Art. 6")]
    [('573', 'civil', ['section', 'Civil', 'Code']), ('6', None, ['Art'])]
    >>> [(c.number, c.code) for c in citations("по ч. 1 ст. 105 УК РФ")]
    [('105', 'criminal')]
    """
    found = []
    for m in _CITATION.finditer(text):
        code_group = next((k for k, v in m.groupdict().items() if k[0] == "c" and v), None)
        code = _CODE_OF[int(code_group[1:])] if code_group is not None else None
        spans = [m.span("unit")] + ([m.span(code_group)] if code_group is not None else [])
        words = tuple(
            (a + w.start(), w.group()) for a, b in spans for w in _WORD.finditer(text[a:b])
        )
        found.append(Citation(m.group("number"), code, words))
    return found


def same_provision(a: Citation, b: Citation) -> bool:
    """Whether two citations cite one code (or the same number where one names no code): their
    words render each other; a number that differs is the number check's."""
    if a.code is not None and b.code is not None:
        return a.code == b.code
    return a.number == b.number


def with_citations(alignment: Alignment, quote: str, language: str, passage: str) -> Alignment:
    """``alignment`` with the content words of the quote's citations that have no counterpart
    paired with the words of the passage's citation of the same provision (see the module):
    the unit with the unit ("section" / "§"), the code's words with the code's ("Civil",
    "Code" / "BGB"), a word of the passage standing for several of the quote's; a code's
    abbreviation that is no content word ("ГК") has the passage's for its name's stand-in
    (:attr:`~.wordpairs.Alignment.nearest`).

    >>> a = with_citations(Alignment(5, ()), "The court relied on section 573 of the Civil Code.",
    ...                    "en", "Das Gericht stützte sich auf § 573 BGB.")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('section', '§'), ('Civil', 'BGB'), ('Code', 'BGB')]
    """
    theirs = citations(passage)
    if not theirs:
        return alignment
    paired = {p.quote_at for p in alignment.pairs}
    content = {at for at, _ in content_positions(quote, language)}
    added: list[WordPair] = []
    stand_ins = dict(alignment.nearest)
    for mine in citations(quote):
        other = next((c for c in theirs if same_provision(mine, c)), None)
        if other is None:
            continue
        unit, *code = other.words
        for i, (at, word) in enumerate(mine.words):
            p_at, p_word = unit if i == 0 or not code else code[min(i - 1, len(code) - 1)]
            if at not in content:  # "ГК": no content word, a name the passage's stands for
                stand_ins[word] = (p_word, 1.0)
            elif at not in paired:
                added.append(WordPair(word, at, p_word, p_at, 1.0))
                paired.add(at)
    if stand_ins != alignment.nearest:
        alignment = replace(alignment, nearest=stand_ins)
    return alignment.with_pairs(added) if added else alignment


def other_code(quote: str, passage: str) -> tuple[str, str] | None:
    """The code a quote's citation names and the other code the passage's citation of the
    same number names (as each prints it), or None: "§ 573 StGB" is no "section 573 of the
    Civil Code" (a ``name`` flag, :mod:`.factflags`).

    >>> other_code("Das Gericht stützte sich auf § 573 StGB.", "The court relied on section "
    ...            "573 of the Civil Code.")
    ('StGB', 'Civil Code')
    >>> other_code("по статье 573 ГК", "nach § 573 BGB") is None
    True
    """
    cited = citations(quote)  # the quote first: most cite no provision
    theirs = citations(passage) if cited else []
    for mine in cited:
        for other in theirs:
            codes = (mine.code, other.code)
            if mine.number == other.number and None not in codes and codes[0] != codes[1]:
                return _code_words(mine), _code_words(other)
    return None


def _code_words(citation: Citation) -> str:
    return " ".join(w for _, w in citation.words[1:])


def cited_alike(quote: str, passage: str) -> set[str]:
    """The words of the quote's and the passage's citations of one provision
    (:func:`same_provision`): "Civil", "Code" and "ГК" render each other, and are no two
    names (:mod:`.pairednames`).

    >>> sorted(cited_alike("under section 573 of the Civil Code", "по статье 573 ГК"))
    ['Civil', 'Code', 'section', 'ГК', 'статье']
    """
    theirs = citations(passage)
    words: set[str] = set()
    for mine in citations(quote):
        for other in theirs:
            if same_provision(mine, other):
                words |= {w for _, w in (*mine.words, *other.words)}
    return words
