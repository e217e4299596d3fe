"""The typography of quotation marks: which marks a text quotes with, what each mark does
(opens, closes, or is an apostrophe), and what a quotation holds that is not its speaker's
words. The reading of quotations from the marks is in :mod:`~sourcecheck.extract.quotes`.

- **Styles.** Most texts quote with double marks (“...”, "...", „...“, «...», »...«) and nest
  single ones (‘...’, '...', ‚...‘); British printing often does the reverse. A text whose
  single marks open many quotations and whose double marks are few is read the other way
  round (:func:`primary_style`).
- **Roles.** A mark's neighbours decide what it does where they are clear (a space before and
  a letter after opens: “ closes the German „Ja“ and « the German »Ja«); the mark's usual
  role decides otherwise (French « Oui » has spaces on both sides).
- **Apostrophes.** A single mark between letters (don't, o'clock), at the start of an elided
  word ('tis, 'em, 'ere) or year ('84), or after the s of a plural possessive (the boys'
  room) is no quotation mark.
- **Inside a quotation**, a stage direction in parentheses is the narrator's, not the
  speaker's words ("(smiling,)", "(turning to Emma)", "(in a low voice)"), and cuts the
  quotation into pieces (:func:`inner_gaps`). Nested quotations stay inside the quotation
  (reported speech too: a document quoting what someone said is quoted whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Span
from ..normalize import WORD_RE
from .verbs import SPEECH_VERBS

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
DOUBLE_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + '"'
SINGLE_MARKS = "‘’'‚‹›"
"""The quotation marks, double and single (a single one may be an apostrophe, see
:func:`single_role`); :mod:`sourcecheck.matching.speech` reads quotations with them too."""
# Doubled single marks used for a double mark; the straight double mark; the curly ones.
DOUBLE_RE = re.compile(r"’’|‘‘|''|``|[" + re.escape(DOUBLE_MARKS) + "]")
SINGLE_RE = re.compile("[" + re.escape(SINGLE_MARKS) + "]")
_OPEN_SINGLE = "‘‚‹"
OPENING = OPEN_DOUBLE + _OPEN_SINGLE + "\"'"
"""Every mark that may open a quotation (the straight ones open or close)."""
_CLOSE_SINGLE = "’›"
OPENS_AFTER = "([{—–-/"
"""Besides a space, what a mark opening a quotation may follow: a bracket, a dash, a slash."""
CLOSES_BEFORE = ".,;:!?)]}—–-"
"""Besides a space, what a mark closing a quotation may precede: punctuation, a dash."""
_SPACE_BEFORE_OPEN = set(" \t\n\r\u00a0" + OPENS_AFTER) | set("_‘“„«‚‹")
_PUNCT_AFTER_CLOSE = set(CLOSES_BEFORE)

ELISIONS = frozenset(
    "em tis twas twere twill twould twixt til cause cos n un ere im er is ow ave ome alf ead "
    "eart ouse ope bout fore cept nough gainst mongst neath spect spectable prentice scuse "
    "specially nother taint ud".split()
)
"""Words that begin with an apostrophe where a letter or syllable was left out ('tis, 'em,
the dropped h of 'ere): a single mark before them opens no quotation."""

MIN_SINGLE_OPENINGS = 2
"""A text is read as quoting with single marks only when this many of them open words."""


@dataclass(frozen=True, slots=True)
class Marks:
    """The marks that open and close a text's quotations (``primary``) and those that nest
    inside them."""

    primary: str  # "double" | "single"

    @property
    def pattern(self) -> re.Pattern[str]:
        """The marks quotations open and close with."""
        return DOUBLE_RE if self.primary == "double" else SINGLE_RE

    @property
    def nesting(self) -> Marks:
        """The marks that nest inside this text's quotations (single ones in a text quoting
        with double ones, and the reverse)."""
        return Marks("single" if self.primary == "double" else "double")

    def is_straight(self, mark: str) -> bool:
        """Whether ``mark`` is a typewriter mark (the quotation's style is then straight)."""
        return mark in ('"', "''", "``", "'")


def primary_style(text: str) -> Marks:
    """How ``text`` quotes: with single marks when they open more words than there are
    double marks (a text quoting with double marks nests single ones far less often than it
    prints double ones), else with double marks.

    >>> primary_style("‘Yes,’ she said. ‘Go on.’ And ‘now,’ he said.").primary
    'single'
    >>> primary_style("“Yes,” she said, “it is ‘true’ and 'tis so.”").primary
    'double'
    """
    doubles = sum(1 for _ in DOUBLE_RE.finditer(text))
    openings = 0
    for m in SINGLE_RE.finditer(text):
        if single_role(text, m.start(), 0, len(text)) == "open":
            openings += 1
    single = openings >= MIN_SINGLE_OPENINGS and doubles < openings
    return Marks("single" if single else "double")


def role(marks: Marks, text: str, m: re.Match[str], para_start: int, para_end: int) -> str:
    """'open', 'close', 'either' or 'none' (an apostrophe) for a mark of the text's style."""
    if marks.primary == "single":
        return single_role(text, m.start(), para_start, para_end)
    return double_role(text, m, para_start, para_end)


def _sides(text: str, start: int, end: int, para_start: int, para_end: int) -> tuple[bool, bool]:
    """Whether a mark has a space (or an opening bracket, a dash) before it, and a space or
    punctuation after it."""
    before = text[start - 1] if start > para_start else " "
    after = text[end] if end < para_end else " "
    space_before = before in _SPACE_BEFORE_OPEN or before.isspace()
    space_after = after.isspace() or after in _PUNCT_AFTER_CLOSE
    return space_before, space_after


def double_role(text: str, m: re.Match[str], para_start: int, para_end: int) -> str:
    """What a double mark does, from its neighbours where they are clear (a space before and
    none after opens, the reverse closes), else from the mark (“ „ « open, ” » close)."""
    mark = m.group()
    space_before, space_after = _sides(text, m.start(), m.end(), para_start, para_end)
    if mark in ("’’", "''") and not space_before:
        return "close"
    if space_before and not space_after and mark != "„":
        return "open"
    if space_after and not space_before and mark != "„":
        return "close"
    if mark in OPEN_DOUBLE:
        return "open"
    if mark in CLOSE_DOUBLE:
        return "close"
    return "either"


def single_role(text: str, i: int, para_start: int, para_end: int) -> str:
    """What a single mark does: 'none' for an apostrophe (between letters, before an elided
    word, after a plural's s), else as :func:`double_role` reads a double mark."""
    mark = text[i]
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    if before.isalnum() and after.isalnum():
        return "none"  # don't, o'clock
    if after.isdigit():
        return "none"  # a year's century left out: "in the year '84", "the ’90s"
    space_before, space_after = _sides(text, i, i + 1, para_start, para_end)
    if after.isalpha():
        word = WORD_RE.match(text, i + 1)
        if word and re.split("['’]", word.group().lower())[0] in ELISIONS:
            return "none"  # 'tis, 'em
        if space_before or mark in _OPEN_SINGLE:
            return "open"
    if mark == "‚":
        return "open"
    if space_after and not space_before:
        return "none" if _plural_possessive(text, i, para_end) else "close"
    if mark in _OPEN_SINGLE:
        return "open"
    if mark in _CLOSE_SINGLE:
        return "close"
    return "either"


def _plural_possessive(text: str, i: int, para_end: int) -> bool:
    """Whether the mark at ``i`` ends a plural's possessive ("the boys' room"): after an s,
    before a word in lower case, with another closing mark later in the paragraph."""
    if text[i - 1 : i] != "s" or not re.match(r"\s+[a-z]", text[i + 1 : i + 4]):
        return False
    return bool(re.search(r"[^\s][’'](?![^\W_])", text[i + 1 : para_end]))


# -- nested quotations ---------------------------------------------------------------------

_NESTED_DOUBLE = re.compile(r"[“„«\"]")
_NESTED_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"'}


def nested(marks: Marks, text: str, span: Span) -> list[Span]:
    """The quotations inside a piece, in the marks the text nests with (single marks in a
    text that quotes with double ones), apostrophes left alone."""
    if marks.primary == "single":
        return _nested_double(text, span)
    found: list[Span] = []
    opening: int | None = None
    for m in SINGLE_RE.finditer(text, span.start, span.end):
        what = single_role(text, m.start(), span.start, span.end)
        if opening is None and what == "open":
            opening = m.start()
        elif opening is not None and what in ("close", "either") and m.start() > opening + 1:
            found.append(Span(opening + 1, m.start()))
            opening = None
    return found


def _nested_double(text: str, span: Span) -> list[Span]:
    found: list[Span] = []
    pos = span.start
    while (m := _NESTED_DOUBLE.search(text, pos, span.end)) is not None:
        close = text.find(_NESTED_CLOSE[m.group()], m.end(), span.end)
        if close < 0:
            break
        found.append(Span(m.end(), close))
        pos = close + 1
    return found


# -- what a quotation holds that is not its speaker's words ----------------------------------

_PARENTHESIS = re.compile(r"\(([^()\n]|\n(?!\s*\n)){1,160}\)")
_PERSONAL = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
)
_NOT_PARTICIPLES = frozenset(
    "nothing something anything everything morning evening during being thing king string "
    "bring ring sing wing including excluding regarding concerning considering according "
    "following respecting touching pending excepting barring notwithstanding".split()
)
_THIRD_PERSON = frozenset("he she him her his hers himself herself".split())
STAGE_DIRECTION_WORDS = 8
"""A parenthesis opening with a participle longer than this describes the speaker only when
it names him or her ("(acting upon the proposals made at the time ...)" is a document's)."""
_DEGREE = frozenset("again still rather then now half".split())


def is_stage_direction(words: list[str]) -> bool:
    """Whether the words of a parenthesis inside a quotation are the narrator's, describing
    the speaker ("smiling", "turning to Emma", "with a sigh", "in a low voice"), not the
    speaker's own aside ("(I assure you)", "(which is more than possible)").

    >>> is_stage_direction(["rather", "hesitatingly"]), is_stage_direction(["to", "Emma"])
    (True, True)
    >>> is_stage_direction(["finding", "me", "nowhere", "else"])
    False
    """
    lower = [w.lower() for w in words]
    if not lower or _PERSONAL & set(lower):
        return False
    first = 1 if len(lower) > 1 and (lower[0] in _DEGREE or lower[0].endswith("ly")) else 0
    head = lower[first]
    if head.endswith("ing") and len(head) > 4 and head not in _NOT_PARTICIPLES:
        return len(lower) <= STAGE_DIRECTION_WORDS or bool(_THIRD_PERSON & set(lower))
    if first == 1 and len(lower) == 2 and head.endswith("ly"):
        return True  # (rather hesitatingly)
    if head == "with" and first == 0:
        return True
    if head == "in" and len(lower) > 2 and lower[1] in ("a", "an"):
        return True
    return head == "to" and len(words) > 1 and words[1][:1].isupper()


def inner_gaps(text: str, piece: Span) -> list[Span]:
    """The stretches inside a piece that are not the speaker's words: stage directions in
    parentheses (:func:`is_stage_direction`), in order.

    >>> t = "Yes--(rather hesitatingly)--I believe I do (as you know)."
    >>> [g.slice(t) for g in inner_gaps(t, Span(0, len(t)))]
    ['(rather hesitatingly)']
    """
    gaps = [
        Span(m.start(), m.end())
        for m in _PARENTHESIS.finditer(text, piece.start, piece.end)
        if is_stage_direction(WORD_RE.findall(m.group()))
    ]
    return gaps


def is_exclamation(text: str, span: Span) -> bool:
    """Whether quoted words are a sentence of their own that is cried or asked (a capital
    first, "!" or "?" last): speech however short, never a scare quote or a term.

    >>> t = 'shouting "Stop thief!" at the "left" and "What then?"'
    >>> [is_exclamation(t, Span(a, b)) for a, b in ((10, 21), (31, 35), (42, 52))]
    [True, False, True]
    """
    words = text[span.start : span.end].strip()
    return bool(words) and words[0].isupper() and words[-1] in "!?"


_FINITE = frozenset(
    "is are was were am be been have has had do does did will would can could shall should may "
    "might must shan’t won’t don’t can’t isn’t wasn’t ist sind war waren hat haben wird kann "
    "muss soll".split()
)
"""Finite verbs that make quoted words a sentence ("It was late.", "Es ist spät.")."""
_SUBJECTS = frozenset("i you he she we they it ich du er sie wir ihr я ты он она мы вы они".split())
_VOCATIVE = re.compile(r"(?:,\s*[^\W\d_][\w’'.-]*(?:\s+[A-Z][\w’'-]*)*[.!?]$|^[A-Z]\w+,\s)")


def is_sentence(text: str, span: Span) -> bool:
    """Whether quoted words are a full sentence (a capital first, ".", "!" or "?" last, and a
    verb or a vocative): speech however short, never a scare quote or a term.

    >>> t = 'said “You always say that, Peter.” and the “Times.” and “Peace and Bread.”'
    >>> [is_sentence(t, Span(a, b)) for a, b in ((6, 33), (44, 50), (57, 73))]
    [True, False, False]
    """
    if is_exclamation(text, span):
        return True
    words = text[span.start : span.end].strip()
    if len(words) < 2 or not words[0].isupper() or words[-1] != ".":
        return False
    if _VOCATIVE.search(words):
        return True
    found = [w.lower() for w in WORD_RE.findall(words)]
    if len(found) < 2:
        return False
    return any(w in _FINITE or w in SPEECH_VERBS for w in found) or (
        found[0] in _SUBJECTS and len(found) >= 3
    )
