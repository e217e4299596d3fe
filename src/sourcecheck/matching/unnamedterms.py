"""A technical name of a translated claim that the passage does not print where it says the
same thing without it: "по умолчанию используется кодировка ASCII" at "the default is derived
from the current locale's character encoding" (walk112 ch-name-11-ru-en).

A Russian or German translation of technical documentation prints the names it keeps as they
are: a Russian text in Latin letters ("ASCII", "Maintainer", "dpkg"), a German one as an
acronym ("ASCII", "FIFO", "UTF") or a word in quotation marks that is no German word ("die
»Section«": a field's English name, :func:`_quoted_terms`). Such a name of a claim in Russian
or German comes from the text it translates: the passage in another language that renders the
claim prints it too. One it does not print, beside a word of the claim whose counterpart the
passage has ("кодировка ASCII": "encoding" is there; "»Section« zeigt": "indicates"), is a
name the passage does not give to what it speaks of: it says something else there, and the
``name`` flag asks a person to look (:func:`unnamed_term`). Not for a claim in English: the
man pages' translations render their placeholders ("WORD" / "СЛОВО", "COLS" / "BREITE"), so
an English claim's capitals may be missing from a true translation; nor for a German word in
capitals (a translated placeholder, "BREITE"); nor for a Roman numeral ("Карл IV").
:mod:`.printednames` and :mod:`.barenames` read a name the passage replaces with another; this
one, a name the passage leaves out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .anchors import AnchorComparison
from .variants import dictionary_word
from .wordpairs import Alignment

NAME = "name"
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.+\-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:[-_][A-Z0-9]+)*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_TOKEN = re.compile(r"[^\s\"“”‘’«»„()\[\]{}<>,;:!?*`]+")


def _kept_name(name: str, language: str) -> bool:
    """Whether ``name`` of a claim in ``language`` is one a translation keeps as printed (see
    the module): Latin in a Russian claim, an acronym that is no German word in a German one."""
    if _ROMAN.fullmatch(name) or len(name) < 2:
        return False
    if language == "ru":
        return _LATIN_NAME.fullmatch(name) is not None
    if language == "de":
        return _ACRONYM.fullmatch(name) is not None and not dictionary_word(name.title(), "de")
    return False


_QUOTED = re.compile(r"[»„“\"‚›]([A-Za-z][A-Za-z0-9_.+\-]*)[«“”\"‘‹]")
"""A single Latin word in quotation marks: "die »Section«", "das Feld „Priority“"."""


def _quoted_terms(quote: str, language: str) -> list[str]:
    """A German quote's single words in quotation marks that the German dictionary does not
    know: a term of the translated text kept as printed ("Die »Section« zeigt": the field's
    English name), though German capitalises it as a noun and reads no name in it."""
    if language != "de":
        return []
    return [m.group(1) for m in _QUOTED.finditer(quote)
            if len(m.group(1)) > 1 and not dictionary_word(m.group(1), "de")]  # fmt: skip


def _printed(passage: str) -> set[str]:
    """The tokens of ``passage`` (case-folded, edges trimmed) and their parts."""
    tokens = {t.strip(".'’-").casefold() for t in _TOKEN.findall(passage)}
    return tokens | {p for t in tokens for p in re.split(r"[-_./@]+", t) if p}


def _beside_pair(quote: str, name: str, alignment: Alignment) -> bool:
    """Whether a word of ``quote`` with a counterpart (any occurrence of it) stands right
    before or after ``name``, only spaces or a hyphen between ("кодировка ASCII")."""
    paired = {p.quote.casefold() for p in alignment.pairs}
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", quote):
        before = re.search(r"([^\W\d_]+)[\s\-»«„“”\"]{1,4}$", quote[: m.start()])
        after = re.match(r"[\s\-»«„“”\"]{1,4}([^\W\d_]+)", quote[m.end() :])
        if any(w is not None and w.group(1).casefold() in paired for w in (before, after)):
            return True
    return False


def unnamed_term(
    comparison: AnchorComparison, quote: str, language: str, passage: str,
    passage_language: str, alignment: Alignment,
) -> AnchorComparison:  # fmt: skip
    """``comparison`` with the ``name`` flag when a name of the Russian or German ``quote``
    kept as printed is not in the ``passage`` of another language and stands beside a word
    the passage renders (see the module); else as it is.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q = "По умолчанию используется кодировка ASCII."
    >>> p = "The default is derived from the current locale's character encoding."
    >>> a = Alignment(3, (WordPair("кодировка", 26, "encoding", 60, 0.8),))
    >>> c = AnchorComparison((), ("ASCII",), (), None, None, ())
    >>> unnamed_term(c, q, "ru", p, "en", a).flags
    ('name',)
    >>> unnamed_term(c, q, "ru", "The default encoding is ASCII.", "en", a).flags
    ()
    >>> unnamed_term(c, q, "ru", p, "en", Alignment(3, ())).flags
    ()
    >>> q, p = "Die »Section« zeigt, wie wichtig es ist.", "The Priority shows how important it is."
    >>> a = Alignment(3, (WordPair("zeigt", 14, "shows", 13, 0.8),))
    >>> c = AnchorComparison((), (), ("Priority",), None, None, ())
    >>> r = unnamed_term(c, q, "de", p, "en", a)
    >>> r.flags, r.missing_names
    (('name',), ('Section',))
    >>> unnamed_term(c, q, "de", "The Section shows how important it is.", "en", a).flags
    ()
    """
    if NAME in comparison.flags or language == passage_language or language not in ("ru", "de"):
        return comparison
    printed = _printed(passage)
    terms = [t for t in _quoted_terms(quote, language) if t not in comparison.shared_names]
    unnamed = [
        n for n in dict.fromkeys((*comparison.missing_names, *terms))
        if (_kept_name(n, language) or n in terms) and n.casefold() not in printed
        and _beside_pair(quote, n, alignment)
    ]  # fmt: skip
    if not unnamed:
        return comparison
    missing = tuple(dict.fromkeys((*comparison.missing_names, *unnamed)))
    return replace(comparison, missing_names=missing, flags=(*comparison.flags, NAME))
