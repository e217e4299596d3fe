"""A word matcher's changed word that names another thing: an identifier, a title, a member of
the text's own list (walk111 ch-name-01..03).

:mod:`.changedsense` reads a changed word as another name when both words are capitalised
names of people, places or nations. Technical prose names its things otherwise, and a quote
that puts one in another's place says something else, though the word matcher sees one word
in twenty changed (``close``, ``word_changed``: "same meaning or not?"):

- an *identifier* (:func:`identifier`): a word printed with an underscore, a path's or a
  file's slash or dot, "::", "@", "=", an inner capital ("UploadQueue"), or a command-line
  option's leading dash: "override_dh_auto_configure" where the source has
  "override_dh_auto_build", "-L" for "-H", "/usr/bin/foo" for "/usr/bin/make". Both sides'
  words must stand in such tokens, and the tokens differ;
- a *title* in quotation marks (:func:`quoted_title`): "the section called “Customizing the
  package hierarchy”" where the source refers to "“Costs in the interactive dependency
  resolver”": a capitalised phrase of a few words without a sentence's closing stop, in marks
  on both sides;
- a member of *the text's own list* (:func:`listed_together`): "contrib" where the source
  says "main", when the text lists both as items of one enumeration of three or more ("main
  (freie Software), non-free (...) und contrib (...)"): the Debian archive's areas, a
  program's commands, a household's names. A list's items are things the text tells apart;
  a synonym is not listed beside the word it renders. One word of the two at least must be
  unknown to the language's dictionary (a term, a name: :func:`.variants.dictionary_word`):
  two dictionary words are a synonym or an opposite, read as such;
- a *program or package* named where another is (:func:`.namedthings.other_program`): "the
  nmap -anptu command" where the source says "the ss -anptu command", "des Pakets procps"
  for "des Pakets util-linux": lower-case names as typed, marked as names by their place.

Each is flagged ``name`` (:data:`.changedsense.NAME`), its pair named in the reason by
:func:`.namenote.names_note`, so that every report marks that difference as a name's.
"""

from __future__ import annotations

import re

from ..models import Difference
from ..normalize import WORD_RE, fold
from .namedthings import other_program
from .stems import STOPWORDS
from .technames import shape
from .variants import dictionary_word

_STRIP = "([{<«„“‚‘\"'`)]}>»”’.,;:!?"
_INNER = re.compile(r"[\w][_@=]|::|[^\W\d_][a-z]+[A-Z]|[a-z][A-Z]")
_FIGURES = re.compile(r"[\d.,:/-]+")
_TITLE_WORDS = 12
"""A quoted title has at most this many words: a longer quoted text is a speech or a
sentence, not a name."""
_REACH = 160  # characters read on either side of a changed word for its marks and its list
_OPENING = {"“": "”", "„": "“", "«": "»", "‘": "’", "‚": "‘", '"': '"'}
_LIST_WORDS = 3
"""An item of a list has at most this many words (its parenthesis left out)."""
_JOINERS = {"and", "or", "und", "oder", "sowie", "и", "или", "либо"}
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whitespace-delimited token(s) around ``start``-``end`` of ``text``,
    without the punctuation around them."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def identifier(token: str, language: str = "en") -> bool:
    """Whether ``token`` (one word as printed, no spaces) is shaped as an identifier: a
    technical name as :func:`.technames.shape` reads it (a path, an option, a file name, a
    code, a field), or a word printed with an underscore, "::", "@", "=" or an inner capital.

    >>> [identifier(t) for t in ("override_dh_auto_build", "-L", "--append-args",
    ...  "/usr/lib/", "setup.py", "UploadQueue", "debian/rules", "Foo::Bar")]
    [True, True, True, True, True, True, True, True]
    >>> [identifier(t) for t in ("Debian-Richtlinien", "well-known", "e.g", "3.5", "and/or",
    ...  "z.B", "Customizing", "т.е", "10.30", "28.11.1917", "1/2")]
    [False, False, False, False, False, False, False, False, False, False, False]
    """
    if not token or any(c.isspace() for c in token) or _FIGURES.fullmatch(token):
        return False  # a number, a time or a date: the number check's ("10.30", "28.11.1917")
    return shape(token, language) is not None or _INNER.search(token) is not None


def _identifiers(text: str, start: int, end: int, language: str) -> list[str]:
    """The identifier tokens of ``text`` that the span ``start``-``end`` touches."""
    lo, hi = _token(text, start, end)
    return [t for t in text[lo:hi].split() if identifier(t.strip(_STRIP), language)]


def quoted_title(text: str, start: int, end: int) -> str | None:
    """The title in quotation marks that holds ``start``-``end`` of ``text``: a capitalised
    phrase of at most :data:`_TITLE_WORDS` words, without a closing stop, or None.

    >>> s = "See the section called “Costs in the interactive dependency resolver” for more."
    >>> quoted_title(s, s.index("interactive"), s.index("interactive") + 11)
    'Costs in the interactive dependency resolver'
    >>> s = "He said “we shall see about that.” and left."
    >>> print(quoted_title(s, s.index("shall"), s.index("shall") + 5))
    None
    """
    before = text[max(0, start - _REACH) : start]
    for at in range(len(before) - 1, -1, -1):
        mark = before[at]
        if mark in _OPENING.values() and mark not in _OPENING:
            return None  # a closing mark first: the span is outside marks
        if mark in _OPENING:
            close = text.find(_OPENING[mark], end, end + _REACH)
            if close < 0:
                return None
            title = text[start - len(before) + at + 1 : close].strip()
            if "\n" in title or any(m in title for m in _OPENING):
                return None
            words = WORD_RE.findall(title)
            if not words or len(words) > _TITLE_WORDS or not title[:1].isupper():
                return None
            return None if title[-1:] in ".!?" else title
    return None


def listed_together(text: str, word: str, other: str) -> bool:
    """Whether ``text`` lists ``word`` and ``other`` as two items of one enumeration of three
    items or more, each of at most :data:`_LIST_WORDS` words once a parenthesis is left out.

    >>> listed_together("Das Archiv hat drei Bereiche: main (freie Software), non-free "
    ...                 "(unfreie) und contrib (abhängige).", "contrib", "main")
    True
    >>> listed_together("The main reason is that contrib packages depend on others, "
    ...                 "or so they say.", "contrib", "main")
    False
    """
    if text.count(other) < text.count(word):
        word, other = other, word  # read around the rarer word (a book has "said" 5,000 times)
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for found in pattern.finditer(text):
        lo, hi = max(0, found.start() - _REACH), min(len(text), found.end() + _REACH)
        window = _PARENTHESIS.sub("", text[lo:hi])
        for sentence in re.split(r"[.;:!?\n]\s", window):
            if _in_one_list(sentence, word, other):
                return True
    return False


def _in_one_list(sentence: str, word: str, other: str) -> bool:
    items = [i.strip() for i in re.split(r",\s*|\s+(?=(?:" + "|".join(_JOINERS) + r")\s)",
                                          sentence)]  # fmt: skip
    items = [" ".join(w for w in i.strip(_STRIP).split() if w.casefold() not in _JOINERS)
             for i in items]  # fmt: skip
    places = []
    for mine in (word, other):
        at = [k for k, i in enumerate(items) if i == mine or i.endswith(" " + mine)]
        if not at:
            return False
        places.append(at[0])
    lo, hi = sorted(places)
    run = items[lo : hi + 1]
    # the run holds both, and every item between them is a list's item: a word or three
    if len(run) < 2 or any(len(i.split()) > _LIST_WORDS or not i for i in run):
        return False
    ahead = items[hi + 1 : hi + 2] + items[max(0, lo - 1) : lo]
    return len(run) >= 3 or any(0 < len(i.split()) <= _LIST_WORDS for i in ahead)


def _term(word: str, other: str, language: str) -> bool:
    """Whether a pair may be two items of a text's list of names: no function word, and one
    word at least that the dictionary does not know ("contrib"; "main" / "contrib": the Debian
    archive's areas). Two dictionary words are a synonym or an opposite ("remove" /
    "install"), not read here (and a book's lists are not searched for every synonym)."""
    if any(fold(w) in STOPWORDS.get(language, ()) for w in (word, other)):
        return False
    return not (dictionary_word(word, language) and dictionary_word(other, language))


def changed_name(d: Difference, quote: str, text: str, language: str) -> str | None:
    """The words a person should compare when the changed word ``d`` (of ``quote`` at its
    passage of ``text``, in ``language``) puts another identifier, title or listed item (no
    function word) in the source's thing's place (see the module), or None."""
    if d.kind != "changed" or d.quote_span is None or d.source_span is None:
        return None
    q, s = d.quote_span, d.source_span
    mine = _identifiers(quote, q.start, q.end, language)
    theirs = _identifiers(text, s.start, s.end, language)
    if mine and theirs and {fold(t) for t in mine} != {fold(t) for t in theirs}:
        return f"identifiers: “{' '.join(mine)}” / “{' '.join(theirs)}”"
    titles = quoted_title(quote, q.start, q.end), quoted_title(text, s.start, s.end)
    if titles[0] and titles[1] and fold(titles[0]) != fold(titles[1]):
        return f"titles: “{titles[0]}” / “{titles[1]}”"
    program = other_program(d, quote, text, language)  # "nmap" / "ss" (.namedthings)
    if program is not None:
        return program
    words = WORD_RE.findall(d.quote), WORD_RE.findall(d.source)
    if len(words[0]) != 1 or len(words[1]) != 1 or fold(words[0][0]) == fold(words[1][0]):
        return None
    listed = _term(words[0][0], words[1][0], language) and listed_together(
        text, words[1][0], words[0][0]
    )
    return "two items of one of the source's lists" if listed else None
