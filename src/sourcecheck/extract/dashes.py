"""Dialogue printed with dashes (Russian, French, Spanish, Italian printing; Joyce): where a
dash opens speech, and the speech and narration of a paragraph that holds it.

A dash opens speech on evidence in its own paragraph, not on how many such paragraphs the
text has: it opens the paragraph or follows a sentence's end, and a verb of saying in the
text's language comes right after the dash that closes the first piece of speech ("— Да, —
сказал Ленин.", "Коллонтай посмотрела на него. — Я не согласна, — ответила она.",
"—Sí —dijo Juan—.", "— Oui, — dit-il."); or the dash follows a lead-in, a colon ending a
clause with such a verb ("Ленин сказал: — Да."); or the verb and its subject are set off by
commas inside the speech, as French prints it ("— Je reste, dit-il, à Paris.": cut there).
A dash inside a sentence of narration ("the army — or what was left of it — retreated")
follows no sentence's end, and no verb of saying follows it. A paragraph that opens with a
dash and carries no verb ("— Нет.") is speech too in a text that prints its dialogue so:
:data:`MIN_DASH_PARAGRAPHS` paragraphs open with a dash, one of them with the verb beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Span
from ..normalize import WORD_RE
from ..texts.language import detect_language
from . import paragraphlanguages
from .verbs import GERMAN_VERBS, NOT_SPEECH_ALONE, RUSSIAN_VERBS, SPEECH_VERBS

DASHES = "—―–"
MIN_DASH_PARAGRAPHS = 2
"""A paragraph opening with a dash and no verb of saying after its speech is read as dialogue
when the text has this many paragraphs opening with one, one of them with a verb: a
convention of the text, not a stray dash."""
VERB_WINDOW = 3
"""The verb of saying is among the first this many words after the closing dash ("— Да, —
тихо сказал Ленин", "—le dijo Juan—")."""

_DASH_OPENING = re.compile(rf"[{DASHES}] ?(?=[^\W\d_]|[¿¡«“\"'‘…])")
_DASH = re.compile(rf"[{DASHES}]")
_AFTER_SENTENCE = re.compile(r"[.!?…][)\]»”\"’']*[ \t]+$")

_ROMANCE_VERBS = {
    "fr": """
dit disait dirent répondit répond répondait répondirent demanda demande demandait demandèrent
cria crie criait écria écrie exclama exclame ajouta ajoute ajoutait reprit reprend reprenait
murmura murmure chuchota souffla continua poursuivit répliqua réplique rétorqua objecta fit fait
lança expliqua observa déclara interrompit insista soupira protesta affirma remarqua hurla
gronda grommela balbutia bredouilla songea pensa
""",
    "es": """
dijo dice decía dijeron respondió responde respondía respondieron contestó contesta contestaba
contestaron preguntó pregunta preguntaba preguntaron exclamó exclama gritó grita gritaba
murmuró murmura susurró susurra añadió añade agregó agrega replicó replica repuso continuó
prosiguió insistió explicó afirmó declaró comentó observó advirtió protestó suspiró
interrumpió ordenó pensó
""",
    "it": """
disse dice diceva dissero rispose risponde rispondeva risposero domandò domanda chiese chiede
esclamò esclama gridò grida aggiunse aggiunge mormorò sussurrò continuò riprese replicò
osservò spiegò fece urlò sospirò insistette interruppe dichiarò affermò pensò
""",
}
"""Finite verbs of saying of the Romance languages that print dialogue with dashes (the
other languages' are :mod:`~sourcecheck.extract.verbs`'): "dit-il", "dijo Juan", "disse"."""

_VERBS: dict[str, frozenset[str]] = {
    "en": SPEECH_VERBS - NOT_SPEECH_ALONE,
    "de": GERMAN_VERBS,
    "ru": RUSSIAN_VERBS,
    **{code: frozenset(words.split()) for code, words in _ROMANCE_VERBS.items()},
}


def saying_verbs(text: str) -> frozenset[str]:
    """The verbs of saying of ``text``'s language and of its paragraphs written in another
    (:func:`~.paragraphlanguages.others`); every language's when it is not clear."""
    found = detect_language(text)
    if found is not None and found.code in _VERBS:
        codes = {found.code} | paragraphlanguages.others(text, found.code)
        return frozenset().union(*(_VERBS[code] for code in codes if code in _VERBS))
    return frozenset().union(*_VERBS.values())


@dataclass(frozen=True, slots=True)
class DashSpeech:
    """The speech of one paragraph of dialogue printed with dashes: the pieces of speech,
    the narration between them (``gaps``), and each piece's opening and closing dash."""

    pieces: list[Span]
    gaps: list[Span]
    opens: list[int | None]  # (None after an attribution set off by commas)
    closes: list[int | None]


def dash_dialogue(text: str, start: int, end: int) -> DashSpeech | None:
    """The speech of ``text[start:end]``, which opens with a dialogue dash: each later dash
    (not one joining two words or figures, 1914–1918) switches between speech and narration
    ("—Hola —dijo Juan—. ¿Cómo estás?", "— Привет, — сказал он. — Как дела?").

    >>> t = "—Good morning, —said Stephen. —Is the tea ready?"
    >>> s = dash_dialogue(t, 0, len(t))
    >>> [p.slice(t) for p in s.pieces], [g.slice(t) for g in s.gaps]
    (['Good morning,', 'Is the tea ready?'], ['said Stephen. '])
    """
    if not _DASH_OPENING.match(text, start):
        return None
    switches = [
        m.start()
        for m in _DASH.finditer(text, start + 1, end)
        if not (text[m.start() - 1].isalnum() and text[m.start() + 1 : m.start() + 2].isalnum())
    ]
    bounds = [start, *switches, end]
    speech = DashSpeech([], [], [], [])
    last_close = start
    for i in range(0, len(bounds) - 1, 2):
        a, b = bounds[i] + 1, bounds[i + 1]
        while a < b and (text[a].isspace() or text[a] in ".,;:"):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if not WORD_RE.search(text, a, b):
            continue
        if speech.pieces:
            speech.gaps.append(Span(last_close + 1, bounds[i]))
        speech.pieces.append(Span(a, b))
        speech.opens.append(bounds[i])
        last_close = bounds[i + 1]
        speech.closes.append(last_close if last_close < end else None)
    return speech if speech.pieces else None


def said_after(text: str, speech: DashSpeech, verbs: frozenset[str]) -> bool:
    """Whether a verb of saying (of ``verbs``) is among the first :data:`VERB_WINDOW` words
    after the dash closing the speech's first piece ("— Да, — сказал Ленин", "— Oui, —
    dit-il", "—Sí —le dijo Juan—").

    >>> t = "— Да, — тихо сказал Ленин. — the army — retreated"
    >>> said_after(t, dash_dialogue(t, 0, 26), frozenset(["сказал"]))
    True
    >>> said_after(t, dash_dialogue(t, 27, len(t)), frozenset(["сказал", "said"]))
    False
    """
    close = speech.closes[0]
    if close is None:
        return False
    words = WORD_RE.findall(re.split(rf"[{DASHES}\n]", text[close + 1 : close + 80])[0])
    for word in words[:VERB_WINDOW]:
        head = re.split(r"[-‐‑]", word.lower())[0]  # "dit-il", "fit-elle"
        if head in verbs or re.sub(r"^[sl][’']", "", head) in verbs:  # "s'écria"
            return True
    return False


_INCISE = re.compile(
    r",[ \t]+(?P<verb>[^\W\d_][\w’']*)"
    r"(?:(?:-t)?-(?:il|elle|ils|elles|on)\b|[ \t]+(?:(?:le|la|les|l’|l')[ \t]*[^\W\d_]"
    r"[\w’'-]*|[A-ZÀ-Ý][\w’'-]*)(?:[ \t]+[A-ZÀ-Ý][\w’'-]*){0,2})[ \t]*(?P<end>[,.!?…]|$)"
)
"""An attribution set off by commas inside a speech, as French printing has it ("— Je reste,
dit-il, à Paris.", "— Oui, répondit Marie."): a verb of saying, then its subject."""


def comma_incise(text: str, speech: DashSpeech, verbs: frozenset[str]) -> DashSpeech | None:
    """A one-piece speech cut at an attribution set off by commas (:data:`_INCISE`) whose
    verb is one of ``verbs``: the words before it and those after it are its pieces.

    >>> t = "— Je reste, dit-il, à Paris."
    >>> s = comma_incise(t, dash_dialogue(t, 0, len(t)), frozenset(["dit"]))
    >>> [p.slice(t) for p in s.pieces], [g.slice(t) for g in s.gaps]
    (['Je reste,', 'à Paris.'], [' dit-il, '])
    """
    if len(speech.pieces) != 1:
        return None
    piece = speech.pieces[0]
    for m in _INCISE.finditer(text[: piece.end], piece.start):
        if re.sub(r"^[sl][’']", "", m.group("verb").lower()) not in verbs:
            continue
        first = Span(piece.start, m.start() + 1)
        rest = m.end() if m.group("end") else piece.end
        while rest < piece.end and text[rest].isspace():
            rest += 1
        if not WORD_RE.search(text, rest, piece.end):
            return DashSpeech([first], [], speech.opens, [None])
        gap = Span(m.start() + 1, rest)
        return DashSpeech(
            [first, Span(rest, piece.end)], [gap], [*speech.opens, None], [None, None]
        )
    return None


def speech_starts(text: str, start: int, end: int) -> list[int]:
    """Where a dash may open speech in the paragraph ``text[start:end]``: at its start, and
    after the end of a sentence of its narration ("Коллонтай посмотрела на него. — Я ...")."""
    found = [start] if _DASH_OPENING.match(text, start) else []
    for m in _DASH.finditer(text, start + 1, end):
        before = text[start : m.start()]
        opens = _AFTER_SENTENCE.search(before) or before.rstrip().endswith(":")
        if opens and _DASH_OPENING.match(text, m.start()):
            found.append(m.start())
    return found


def after_leadin(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the dash at ``at`` follows a lead-in: a colon ending a clause with a verb of
    saying, in its paragraph or ending the one before ("Ленин сказал: — Да.").

    >>> t = "Ленин сказал: — Да. Он писал так: — the army"
    >>> after_leadin(t, 14, frozenset(["сказал"])), after_leadin(t, 34, frozenset(["сказал"]))
    (True, False)
    """
    before = text[max(0, at - 200) : at].rstrip()
    if not before.endswith(":"):
        return False
    clause = re.split(r"[.!?…]\s", before)[-1]
    return any(word.lower() in verbs for word in WORD_RE.findall(clause))


def paragraph_speech(
    text: str, start: int, end: int, *, verbs: frozenset[str], convention: bool
) -> DashSpeech | None:
    """The dash speech of the paragraph ``text[start:end]``: from its first dash that opens
    speech on the evidence of :func:`said_after` or :func:`after_leadin` (or that opens the
    paragraph, where the text prints its dialogue with dashes: ``convention``)."""
    for at in speech_starts(text, start, end):
        speech = dash_dialogue(text, at, end)
        if speech is None:
            continue
        cut = comma_incise(text, speech, verbs)
        if said_after(text, speech, verbs) or after_leadin(text, at, verbs):
            return cut or speech
        if cut is not None:
            return cut
        if convention and at == start:
            return speech
    return None


def prints_dash_dialogue(
    text: str, paragraphs: list[tuple[int, int]], verbs: frozenset[str]
) -> bool:
    """Whether the text prints dialogue with dashes: :data:`MIN_DASH_PARAGRAPHS` of its
    ``paragraphs`` (start, end) open with a dash, one with a verb of saying after its speech
    or before it (:func:`said_after`, :func:`after_leadin`)."""
    opening = [(s, e) for s, e in paragraphs if _DASH_OPENING.match(text, s)]
    if len(opening) < MIN_DASH_PARAGRAPHS:
        return False
    for start, end in opening:
        speech = dash_dialogue(text, start, end)
        if speech is not None and (
            said_after(text, speech, verbs) or after_leadin(text, start, verbs)
        ):
            return True
    return False


def by_speaker(
    text: str, speech: DashSpeech, end: int, *, names_another: Callable[[Span, Span], bool]
) -> list[DashSpeech]:
    """The speech of one paragraph cut where a second speaker answers in it ("— Да, —
    сказала Анна. — Нет, — ответил он."): before a piece whose attribution (the narration
    after it, up to ``end`` for the last) ``names_another`` speaker than the one before it."""
    after = [*speech.gaps]
    last = speech.closes[-1]
    after.append(Span(last + 1, end) if last is not None else Span(end, end))
    parts: list[DashSpeech] = []
    first = 0
    for k in range(1, len(speech.pieces)):
        if after[k].end > after[k].start and names_another(after[k - 1], after[k]):
            parts.append(_part(speech, first, k))
            first = k
    parts.append(_part(speech, first, len(speech.pieces)))
    return parts


def _part(speech: DashSpeech, first: int, stop: int) -> DashSpeech:
    """The pieces ``first`` to ``stop`` (excluded) of a speech, with the gaps between them."""
    return DashSpeech(
        speech.pieces[first:stop],
        speech.gaps[first : stop - 1],
        speech.opens[first:stop],
        speech.closes[first:stop],
    )
