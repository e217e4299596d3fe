"""Technical names: paths, command-line options, mailing lists, e-mail addresses, file names,
package names and field names ("/usr/local/bin", "--no-sign", "debian-devel",
"README.Debian", "python3-apt", "Build-Depends", "DebConf").

Documentation about software names things by identifiers, and a translation keeps them as
printed (German and Russian texts print "debian-devel" and "/usr/local/bin" in Latin letters).
Two identifiers that differ in letters are two things, however near the word vectors place
them: "debian-devel" / "debian-bugs-dist" (two mailing lists) and "no-sign" / "force-sign"
were paired as counterparts and shown as shared words of a ``reworded`` passage, and
"/usr/local/bin" / "/usr/local/lib" split into words that each found their twin. Here a pair
of the alignment with an identifier on either side whose words differ in letters is no
counterpart (:func:`without_other_identifiers`), and a claim's identifier the passage does not
print, where the passage prints another of the same shape that the claim does not, is a
``name`` difference (:func:`other_identifier`): the passage names another thing. One side's
identifier alone (a translator may leave a path out) is no difference; printed on both
sides, it is compared as printed (case aside). Two identifiers both sides print, each in the
other's place, are exchanged (:func:`exchanged_identifiers`: the ``roles`` flag). The word
matcher's changed word inside an identifier is another thing, never a spelling variant
(:func:`changed_identifiers`: "no-sign" / "force-sign" was a "spelling" difference of a
``close`` result with no flag). Names printed as they are across scripts are read by
:mod:`.printednames` first (:func:`identifier_substituted`).

Versions and codes with digits ("2.6.32", "i386") are compared by :mod:`sourcecheck.facts.
identifiers`. Capitalised hyphenated words are field names in English and Russian texts
only: in German they are compounds ("Debian-Projekt"), and a German compound of an identifier
and a German word is the identifier ("GNU/Linux-orientierte", "debian-devel-Liste").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..linebreaks import joined_at_slash
from ..texts.sentences import sentence_spans
from .anchors import AnchorComparison
from .barenames import bare_stand_in
from .contrary import without_pairs
from .negation import clause_of, clause_spans
from .printednames import latin_quoted, latin_stand_in, word_only
from .roles import ROLES
from .stems import STOPWORDS
from .unnamedterms import unnamed_term
from .wordnet import common_word
from .wordpairs import Alignment

if TYPE_CHECKING:
    from ..models import Difference
    from .prepared import PreparedQuote

NAME = "name"

_TOKEN = re.compile(r"[^\s\"“”‘’«»„()\[\]{}<>,;!?*`]+")
_LATIN = re.compile(r"[A-Za-z]")
_NON_LATIN = re.compile(r"[^\x00-\x7f]")
_OPTION = re.compile(r"--[a-z][a-z0-9._-]*|-[a-z][a-z0-9]{0,2}|-[A-Z]")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PATH = re.compile(r"(?:~|\.{1,2})?/[\w.+~-]*(?:/[\w.+~-]*)*|[\w.+-]+(?:/[\w.+~-]+)+/?")
_DOTTED = re.compile(r"[A-Za-z][\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w-]+")
_JOINED = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
_FIELD = re.compile(r"[A-Z][a-z0-9]+(?:-[A-Z][A-Za-z0-9]*)+")
_CAMEL = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+)+")
_PREFIXES = frozenset("non co re pre self un anti multi sub post inter semi".split())
"""Prefixes of English compounds that are words ("non-commercial", "co-maintainer")."""


@dataclass(frozen=True, slots=True)
class Identifier:
    """A technical name as printed, where it starts and ends, and its shape (``path``,
    ``option``, ``address``, ``file``, ``joined``: lower-case parts joined by hyphens or
    underscores, ``field``: capitalised parts or CamelCase)."""

    text: str
    start: int
    end: int
    shape: str

    @property
    def key(self) -> str:
        """The identifier compared: case aside, a path's closing slash aside."""
        return self.text.casefold().rstrip("/") or "/"


def shape(token: str, language: str) -> str | None:
    """The shape of ``token`` (a run of non-space characters, punctuation trimmed) as an
    identifier, or None when it is a word ("well-known", "and/or", "e.g.", "Debian-Projekt").

    >>> [shape(t, "en") for t in ("/usr/local/bin", "--no-sign", "debian-devel",
    ...                           "README.Debian", "python3-apt", "Build-Depends", "DebConf")]
    ['path', 'option', 'joined', 'file', 'joined', 'field', 'field']
    >>> [shape(t, "en") for t in ("well-known", "non-commercial", "and/or", "e.g.", "Debian",
    ...                           "end.The", "--Trotski", "-Yes")]
    [None, None, None, None, None, None, None, None]
    >>> shape("Build-Depends", "de"), shape("debian-devel@lists.debian.org", "de")
    (None, 'address')
    >>> shape("debian-devel", "de")
    'joined'
    >>> from sourcecheck.matching import bilingual
    >>> print(shape("nicht-kompatiblen", "de") if bilingual.available() else None)
    None
    """
    if _NON_LATIN.search(token) or not _LATIN.search(token):
        return None
    if _ADDRESS.fullmatch(token):
        return "address"
    if _OPTION.fullmatch(token):
        return "option"
    if "/" in token and _PATH.fullmatch(token) and _path(token):
        return "path"
    if _DOTTED.fullmatch(token) and _file(token):
        return "file"
    if _JOINED.fullmatch(token) and not _word(token) and not _german_word(token, language):
        return "joined"
    if language != "de" and _field(token):
        return "field"
    return None


def _field(token: str) -> bool:
    """Whether a capitalised token is a field name: parts that are words, joined by hyphens
    ("Build-Depends", "Standards-Version"; not "Brest-Litovsk", "Austria-Hungary": names), or
    CamelCase ("DebConf"; not "McCarthy", "MacDonald", "DeWitt")."""
    if _FIELD.fullmatch(token):
        parts = token.casefold().split("-")
        return all(common_word(p) or p in _PREFIXES for p in parts)
    camel = _CAMEL.fullmatch(token)
    return (
        camel is not None and re.match(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]", token) is None
    )


def _file(token: str) -> bool:
    """Whether a dotted token is a file or a domain name ("sources.list", "README.Debian",
    "debian.org"); not an abbreviation ("e.g.") nor two words a missing space joins
    ("end.The")."""
    parts = token.split(".")
    if min(len(p) for p in parts) < 2:
        return False
    return not parts[-1][:1].isupper() or parts[0].isupper()


def _path(token: str) -> bool:
    """Whether a token with slashes is a path: absolute ("/etc", "~/.bashrc"), or relative
    with two slashes, a dot, a digit or an underscore, or a part no dictionary knows
    ("debian/rules"); not words in alternation ("and/or", "input/output")."""
    if token[0] in "/~." or token.count("/") > 1 or re.search(r"[._\d]", token):
        return True
    parts = [p for p in token.split("/") if p]
    stop = STOPWORDS.get("en", frozenset())
    return not any(p.casefold() in stop for p in parts) and not all(common_word(p) for p in parts)


@lru_cache(maxsize=1 << 12)
def _word(token: str) -> bool:
    """Whether a lower-case hyphenated token is a word: the dictionary knows it whole, or
    each part (after a prefix such as "non", "co"); digits or underscores make a code."""
    if re.search(r"[\d_]", token):
        return False
    if common_word(token) or common_word(token.replace("-", "")):
        return True
    parts = token.split("-")
    if parts[0] in _PREFIXES:
        parts = parts[1:]
    return all(common_word(p) for p in parts)


def _german_word(token: str, language: str) -> bool:
    """Whether a lower-case hyphenated token of a German text is a German compound: one of
    its parts is a word the German dictionary knows ("nicht-kompatiblen"; "debian-devel" is
    none)."""
    if language != "de" or re.search(r"[\d_]", token):
        return False
    from .variants import dictionary_word  # the German dictionary: read only for German

    return any(dictionary_word(p, "de") for p in token.split("-"))


@lru_cache(maxsize=1 << 12)
def identifiers(text: str, language: str) -> tuple[Identifier, ...]:
    """The identifiers of ``text``, in order.

    >>> [i.text for i in identifiers("Ask on debian-devel, or see /usr/share/doc/.", "en")]
    ['debian-devel', '/usr/share/doc/']
    """
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        start = m.start()
        trimmed = token.rstrip(".:'’")  # a sentence's end, a colon after it
        trimmed = _suspended(trimmed)  # "Debian-Edu/Skolelinux-, Debian-Med- und ...-Projekte"
        trimmed = re.sub(r"['’]s$", "", trimmed)  # "debian-devel's"
        if token.startswith(("'", "’")):
            trimmed, start = trimmed[1:], start + 1
        kind = shape(trimmed, language) if trimmed else None
        if trimmed and language == "de":  # "GNU/Linux-orientierte": "GNU/Linux"
            trimmed, kind = _compounded(trimmed, kind)
        if kind is not None:
            found.append(Identifier(trimmed, start, start + len(trimmed), kind))
    return tuple(found)


def _suspended(token: str) -> str:
    """``token`` without the hyphen that ends a compound cut before the part it shares with
    the next ("Debian-Edu/Skolelinux-, Debian-Med- und Debian-Accessibility-Unterprojekte":
    the sub-projects of Debian-Edu/Skolelinux; "first- and second-class"): the identifier is
    what stands before it. A token of hyphens only ("--") stays.

    >>> _suspended("Debian-Edu/Skolelinux-"), _suspended("debian-devel"), _suspended("--")
    ('Debian-Edu/Skolelinux', 'debian-devel', '--')
    """
    return token.rstrip("-") if token.endswith("-") and token.strip("-") else token


def _compounded(token: str, kind: str | None) -> tuple[str, str | None]:
    """A German compound of an identifier and a German word after a hyphen
    ("GNU/Linux-orientierte", "/etc-Verzeichnis"): the identifier and its shape; else
    ``token`` and ``kind``. Without it a German claim's "GNU/Linux-orientierte Texte" was
    another path than the English passage's "GNU/Linux texts" (walk112 xc-de-en-06).

    >>> from sourcecheck.matching import bilingual
    >>> _compounded("GNU/Linux-orientierte", "path") if bilingual.available() else (
    ...     "GNU/Linux", "path")
    ('GNU/Linux', 'path')
    >>> _compounded("/etc-Verzeichnis", "path") if bilingual.available() else ("/etc", "path")
    ('/etc', 'path')
    >>> _compounded("debian-devel-Liste", None) if bilingual.available() else (
    ...     "debian-devel", "joined")
    ('debian-devel', 'joined')
    >>> _compounded("GNU/Linux-Systems", "path") if bilingual.available() else (
    ...     "GNU/Linux", "path")
    ('GNU/Linux', 'path')
    >>> _compounded("python3-apt", "joined"), _compounded("debian-devel", "joined")
    (('python3-apt', 'joined'), ('debian-devel', 'joined'))
    """
    head, _, word = token.rpartition("-")
    if not head or not word.isalpha() or not word[1:].islower():
        return token, kind
    if common_word(word) and not word[:1].isupper():  # "python3-apt"; "-Systems" is a noun
        return token, kind
    from .variants import dictionary_word  # the German dictionary: read only for German

    noun = dictionary_word(word, "de") or (  # its genitive: "GNU/Linux-Systems"
        word.endswith("s") and dictionary_word(word[:-1], "de"))  # fmt: skip
    inner = shape(head, "de") if noun else None
    return (head, inner) if inner is not None else (token, kind)


_EDGE = re.compile(r"[\s\"“”‘’«»„()\[\]{}<>,;!?*`]")


def identifier_around(text: str, start: int, end: int, language: str) -> Identifier | None:
    """The identifier of ``text`` that the characters ``start``-``end`` are part of (read
    around them only: ``text`` may be a whole book), or None.

    >>> t = "Run it with --no-sign to skip it."
    >>> identifier_around(t, t.index("no-sign"), t.index("no-sign") + 7, "en").text
    '--no-sign'
    >>> print(identifier_around(t, 0, 3, "en"))
    None
    """
    lo = start
    while lo > 0 and start - lo < 200 and not _EDGE.match(text, lo - 1):
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < 200 and not _EDGE.match(text, hi):
        hi += 1
    found = identifiers(text[lo:hi], language)
    inside = next((i for i in found if i.start <= start - lo < i.end), None)
    return None if inside is None else replace(inside, start=inside.start + lo, end=inside.end + lo)


def changed_identifiers(
    differences: list[Difference], quote: str, text: str, language: str
) -> tuple[list[Difference], Difference | None]:
    """The word matcher's ``differences`` with a changed or "spelling" word that is part of
    an identifier on either side and differs in letters retyped as a changed word ("no-sign"
    / "force-sign", "python3-apt" / "python3-yaml" are two things, not one spelled
    otherwise), and the first of them (None when none), unless two words are exchanged (the
    roles check reads that: "bin" / "lib", "lib" / "bin").

    >>> from sourcecheck.models import Difference, Span
    >>> q, t = "Use the --no-sign option.", "Use the --force-sign option."
    >>> d = Difference("spelling", "no-sign", "force-sign", Span(10, 17), Span(10, 20))
    >>> kept, first = changed_identifiers([d], q, t, "en")
    >>> kept[0].kind, first.quote
    ('changed', 'no-sign')
    """
    swapped = {(d.quote.casefold(), d.source.casefold()) for d in differences}
    out: list[Difference] = []
    first = None
    for d in differences:
        if (
            d.kind in ("changed", "spelling")
            and d.quote_span is not None
            and d.source_span is not None
            and d.quote.strip().casefold() != d.source.strip().casefold()
            and (d.source.casefold(), d.quote.casefold()) not in swapped
            and (
                identifier_around(quote, d.quote_span.start, d.quote_span.end, language)
                or identifier_around(text, d.source_span.start, d.source_span.end, language)
            )
        ):
            d = replace(d, kind="changed")
            first = first or d
        out.append(d)
    return out, first


def _inside(found: tuple[Identifier, ...], at: int) -> Identifier | None:
    return next((i for i in found if i.start <= at < i.end), None)


def without_other_identifiers(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` without its pairs of two words that differ in letters where either is
    part of an identifier (see the module): "debian-devel" / "debian-bugs-dist" is no
    counterpart, nor "bin" / "lib" of two paths; "usr" / "usr" stays.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q, p = "Ask on debian-devel first.", "Ask on debian-bugs-dist first."
    >>> a = Alignment(3, (WordPair("Ask", 0, "Ask", 0, 1.0),
    ...                   WordPair("debian-devel", 7, "debian-bugs-dist", 7, 0.8)))
    >>> [p.quote for p in without_other_identifiers(a, q, "en", p, "en").pairs]
    ['Ask']
    """
    mine, theirs = identifiers(quote, language), identifiers(passage, passage_language)
    if not mine and not theirs:
        return alignment
    kept = [
        p
        for p in alignment.pairs
        if p.quote.casefold() == p.passage.casefold()
        or (_inside(mine, p.quote_at) is None and _inside(theirs, p.passage_at) is None)
    ]
    if len(kept) == len(alignment.pairs):
        return alignment
    return without_pairs(alignment, {i for i, p in enumerate(alignment.pairs) if p not in kept})


def other_identifier(
    quote: str, language: str, passage: str, passage_language: str
) -> tuple[str, str] | None:
    """The first (quote's identifier, passage's identifier) where the passage does not print
    the quote's and prints, of the same shape, one the quote does not: another list, path,
    option or field named in its place. None when there is none.

    >>> other_identifier("Discuss it on debian-devel.", "en",
    ...                  "Обсудите это в debian-bugs-dist.", "ru")
    ('debian-devel', 'debian-bugs-dist')
    >>> print(other_identifier("Discuss it on debian-devel.", "en",
    ...                        "Обсудите это в debian-devel или на IRC.", "ru"))
    None
    """
    mine, theirs = identifiers(quote, language), identifiers(passage, passage_language)
    if not mine or not theirs:
        return None
    q_keys, p_keys = {i.key for i in mine}, {i.key for i in theirs}
    for ident in mine:
        if ident.key in p_keys:
            continue
        other = next((t for t in theirs if t.shape == ident.shape and t.key not in q_keys), None)
        if other is not None:
            return ident.text, other.text
    return None


def identifier_substituted(
    comparison: AnchorComparison, quote: PreparedQuote, passage: str, passage_language: str,
    alignment: Alignment,
) -> AnchorComparison:  # fmt: skip
    """``comparison`` read for names printed as they are (:mod:`.printednames`), then with
    the ``name`` flag, the quote's identifier among the names not
    there and the passage's among its other names, when :func:`other_identifier` finds one;
    else with the ``roles`` flag and its note when :func:`exchanged_identifiers` finds two
    exchanged (both are there: no name is missing)."""
    language = quote.language
    comparison = word_only(comparison, quote.text, language, passage, passage_language, alignment)
    comparison = latin_stand_in(comparison, quote.text, language, passage, passage_language)
    comparison = latin_quoted(comparison, quote.text, language, passage, passage_language)
    joined = joined_at_slash(passage, quote.text)  # "GNU\n /Linux": the quote's "GNU/Linux"
    found = other_identifier(quote.text, language, joined, passage_language)
    if found is None and NAME not in comparison.flags:  # "dupload" / "dput": .barenames
        found = bare_stand_in(quote.text, language, passage, passage_language, alignment)
    if found is not None:
        missing = tuple(dict.fromkeys((*comparison.missing_names, found[0])))
        others = tuple(dict.fromkeys((*comparison.other_names, found[1])))
        flags = comparison.flags if NAME in comparison.flags else (*comparison.flags, NAME)
        return replace(comparison, missing_names=missing, other_names=others, flags=flags)
    # a kept name left out where the passage says what it names otherwise (.unnamedterms)
    comparison = unnamed_term(comparison, quote.text, language, passage, passage_language,
                              alignment)  # fmt: skip
    if ROLES in comparison.flags:
        return comparison
    swapped = exchanged_identifiers(quote.text, language, passage, passage_language, alignment)
    if swapped is None:
        return comparison
    note = (
        f"“{swapped[0]}” and “{swapped[1]}” are exchanged: each stands where the source "
        "has the other"
    )
    return replace(comparison, flags=(*comparison.flags, ROLES), roles_note=note)


def exchanged_identifiers(
    quote: str, language: str, passage: str, passage_language: str, alignment: Alignment
) -> tuple[str, str] | None:
    """Two identifiers of one shape that both sides print, each in the other's place: the
    content word before each in its clause of the quote has a counterpart in the passage
    (any occurrence of a repeated word: "sind /usr/bin nun Symlinks zu /bin", the second
    "Symlinks"), and the identifier after that counterpart in its sentence, the first (the
    k-th where the quote has k others of both sides between that word and this one: "links
    from /a to /b" / "verweist von /b auf /a"), is the other one ("programs go into
    /usr/local/bin and libraries into /usr/local/lib" / "Programme kommen nach
    /usr/local/lib und Bibliotheken nach /usr/local/bin"). Both places must be exchanged:
    "X is replaced by Y" / "Y replaces X" has one place only.

    >>> from sourcecheck.matching.wordpairs import WordPair
    >>> q = "Programs go to /usr/bin, libraries to /usr/lib."
    >>> p = "Programme kommen nach /usr/lib, Bibliotheken nach /usr/bin."
    >>> a = Alignment(2, (WordPair("Programs", 0, "Programme", 0, 0.9),
    ...                   WordPair("libraries", 25, "Bibliotheken", 32, 0.8)))
    >>> exchanged_identifiers(q, "en", p, "de", a)
    ('/usr/bin', '/usr/lib')
    """
    mine, theirs = identifiers(quote, language), identifiers(passage, passage_language)
    p_keys = {i.key for i in theirs}
    shared = [i for i in mine if i.key in p_keys]
    q_keys = {i.key for i in shared}
    if len({i.key for i in shared}) < 2:
        return None
    pairs = [  # every occurrence of a repeated pair ("Symlinks zu /bin"): .wordpairs.offsets
        (q, p)
        for q, p in alignment.offsets
        if _inside(mine, q) is None and _inside(theirs, p) is None
    ]
    q_clauses, p_sentences = clause_spans(quote), tuple(sentence_spans(passage))
    placed: dict[str, str] = {}
    for ident in shared:
        clause = clause_of(q_clauses, ident.start)
        before = [
            (q, p) for q, p in pairs
            if q < ident.start and clause_of(q_clauses, q) == clause
        ]  # fmt: skip
        if not before:
            continue
        anchor, there = max(before)
        # the k-th identifier after the word before it ("links from /a to /b" / "verweist
        # von /b auf /a": both follow "links" / "verweist")
        k = sum(anchor < i.start < ident.start and i.shape == ident.shape for i in shared)
        after = [
            t for t in theirs
            if t.start > there and t.shape == ident.shape and t.key in q_keys
            and clause_of(p_sentences, t.start) == clause_of(p_sentences, there)
        ]  # fmt: skip
        if len(after) > k:
            placed[ident.key] = after[k].key
    for ident in shared:
        other = placed.get(ident.key)
        if other is not None and other != ident.key and placed.get(other) == ident.key:
            return ident.text, next(i.text for i in shared if i.key == other)
    return None
