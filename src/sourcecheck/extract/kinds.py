"""Whether quoted words were spoken in the narrated scene (``oral``) or come from a written
work or a public statement (``quotation``), from the words around them.

"replied", "exclaimed", "in his room" say conversation; "wrote", "declared", "congress",
"telegram" say a document; a tie goes to the dialogue it continues, then to the words' place
(embedded in the narration's sentence: reported speech), then to whether the narrator is
present.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from ..models import Span
from ..texts.paragraphs import Paragraph
from .cue import Cue
from .descriptions import description_key
from .facts import sentence_spans
from .quotes import Quotation
from .verbs import CONTINUING, language

DOC_CUES = {
    "wrote": 2, "write": 2, "writes": 2, "writing": 2, "written": 2, "telegraphed": 2,
    "wired": 2, "cabled": 2, "declared": 1, "averred": 2, "announced": 2, "stated": 2,
    "proclaimed": 2, "reported": 2, "dictated": 2, "read": 2, "printed": 2, "published": 2,
    "diary": 1, "letter": 1, "telegram": 1, "despatch": 1, "dispatch": 1, "memoirs": 1,
    "memoir": 1, "journal": 1,
    "book": 1, "article": 1,
    "newspaper": 1, "declaration": 1, "report": 1, "resolution": 1, "congress": 1,
    "conference": 1, "session": 1, "meeting": 1, "assembly": 1, "soviet": 1, "speech": 1,
    "slogan": 1, "words": 1, "notes": 1,
}  # fmt: skip
CONVERSATION_CUES = {
    "replied": 2, "answered": 2, "asked": 2, "asking": 2, "questioned": 2, "exclaimed": 2,
    "rejoined": 2, "added": 2, "told": 2, "whispered": 2, "shouted": 2, "cried": 2, "nod": 2,
    "nodded": 2, "laughed": 2, "muttered": 2, "retorted": 2, "chuckle": 1, "privately": 1,
    "conversation": 1, "room": 1, "corridor": 1, "remarked": 2, "remark": 1, "exclaiming": 2,
    "interrupted": 2, "flung": 2, "smile": 1,
    # A temper shown in the scene: "The old gentleman was very angry, and declared:".
    "angry": 2, "angrily": 2, "furious": 2, "furiously": 2, "indignant": 2, "indignantly": 2,
    "excitedly": 2, "heatedly": 2, "shouting": 2,
}  # fmt: skip
# "declared" weighs 1, not 2: said aloud, in a scene as at a congress ("Zinoviev declared:"
# is a statement by the congress beside it; "angrily declared:" is the scene's).
# The same cues in German and Russian texts (read in the text's language, so that an English
# "brief" is no German letter): spoken words are ``oral`` in every language.
_GERMAN_DOC = (
    "schrieb schrieben schreibt geschrieben telegraphierte telegrafierte verkündete verkündeten "
    "veröffentlichte druckte tagebuch brief briefe briefes telegramm depesche zeitung buch artikel "
    "rede erklärung kongress kongreß konferenz sitzung versammlung protokoll aufzeichnungen"
)
_GERMAN_TALK = (
    "fragte fragten antwortete antworteten erwiderte erwiderten entgegnete entgegneten rief "
    "riefen flüsterte flüsterten schrie schrien lachte lachten murmelte murmelten brüllte "
    "stammelte knurrte seufzte nickte zimmer gespräch"
)
_RUSSIAN_DOC = (
    "написал написала написали писал писала пишет телеграфировал заявил заявила заявили объявил "
    "объявила опубликовал дневник дневнике письмо письме письма телеграмма телеграмме газета "
    "газете книга книге статья статье речь речи декларация съезд съезде конференция "
    "конференции заседание заседании собрание собрании протокол"
)
_RUSSIAN_TALK = (
    "спросил спросила спросили ответил ответила ответили воскликнул воскликнула крикнул "
    "крикнула закричал закричала прошептал прошептала пробормотал пробормотала возразил "
    "возразила рассмеялся рассмеялась кивнул кивнула комнате разговор"
)
_CUES: dict[str, tuple[dict[str, int], dict[str, int]]] = {
    "en": (DOC_CUES, CONVERSATION_CUES),
    "de": (dict.fromkeys(_GERMAN_DOC.split(), 2), dict.fromkeys(_GERMAN_TALK.split(), 2)),
    "ru": (dict.fromkeys(_RUSSIAN_DOC.split(), 2), dict.fromkeys(_RUSSIAN_TALK.split(), 2)),
}
_NARRATOR = {
    "en": re.compile(r"\b(I|me|my|we|us|our)\b"),
    "de": re.compile(r"\b(ich|mich|mir|mein\w*|wir|uns|unser\w*)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)(я|меня|мне|мной|мы|нас|нам|мой|моя|наш\w*)(?!\w)", re.IGNORECASE),
}


# Words said to the narrator or to someone there ("said to him during dinner:"), or heard by
# the narrator: spoken in the narrated scene.
_IN_THE_SCENE = re.compile(
    r"\b(?:said|say|says|saying|spoke|talked)\s+(?:\w+\s+)?(?:to|at)\s+(?:me|us|him|her)\b"
    r"|\b(?:I|we)\s+(?:\w+\s+)?(?:heard|hear)\s+(?:him|her|them|\w+)\s+(?:say|said|exclaim)",
    re.IGNORECASE,
)


def _cues() -> tuple[dict[str, int], dict[str, int]]:
    """The words that say a document and a conversation in the text being read."""
    return _CUES.get(language(), _CUES["en"])


class _Said(Protocol):
    """What the kind is decided from (speakers.Said)."""

    quote: Quotation
    attributed: bool
    starts_paragraph: bool
    kind: str
    contexts: list[Span]


def speech_kind(
    text: str,
    paras: Sequence[Paragraph],
    said: _Said,
    *,
    leadin: Span | None,
    direct: bool,
    prev: _Said | None,
    recent: _Said | None = None,
    written: Sequence[tuple[int, int]] = (),
) -> str:
    """``oral`` or ``quotation`` for an attributed quotation ``said`` (see the module
    docstring); ``prev`` is the quotation opening the previous paragraph, if any; ``recent``
    the one opening the paragraph before that (a conversation a short narration interrupts);
    ``written``: the spans of the written quotations just before (:func:`written_before`),
    whose "I" is not the narrator's."""
    if not said.attributed and prev is not None and said.starts_paragraph:
        return prev.kind
    contexts = list(said.contexts)
    if not said.attributed and (said.starts_paragraph or said.quote.style == "block"):
        # The sentence before an unattributed quotation opening its paragraph, or an indented
        # block ("... which contained the following passage:"), says what it is.
        para = paras[said.quote.pieces[0].paragraph - 1]
        if para.number > 1:
            before = paras[para.number - 2]
            spans = sentence_spans(text, before.start, before.end)
            contexts.append(Span(spans[-1][0], before.end))
    words = [w.lower() for c in contexts for w in re.findall(r"\w+", c.slice(text))]
    doc_cues, talk_cues = _cues()
    doc = sum(doc_cues.get(w, 0) for w in words)
    talk = sum(talk_cues.get(w, 0) for w in words)
    if doc != talk:
        return "quotation" if doc > talk else "oral"
    going_on = prev if prev is not None else recent
    if going_on is not None and said.starts_paragraph:
        return going_on.kind  # the dialogue goes on
    attribution = " ".join(c.slice(text) for c in said.contexts)
    if language() == "en" and _IN_THE_SCENE.search(attribution):
        return "oral"  # "said to me in the spring of 1918:", "I heard him say:": in my presence
    if leadin is not None and direct and not said.starts_paragraph:
        return "quotation"  # words embedded in the narration's sentence: reported speech
    para = paras[said.quote.pieces[0].paragraph - 1]
    window = narration(text, paras[max(0, para.number - 2)].start, said.quote.first_mark, written)
    window += " ".join(c.slice(text) for c in said.contexts)
    if _about_writing(window):
        return "quotation"  # "In his memoir, Czernin ... he wrote in his diary" / "he admitted"
    narrator = _NARRATOR.get(language(), _NARRATOR["en"])
    return "oral" if narrator.search(window) else "quotation"


WRITTEN_TOPIC = 3
"""Weight of a written work's words (:data:`DOC_CUES`: "memoir", "wrote", "diary") at least,
with no word of conversation, in the narration around a quotation for its paragraph to be
about that work or its author's writing."""


def _about_writing(narration: str) -> bool:
    """Whether the narration of a quotation's paragraph and the one before (quoted words
    left out) is about a written work or its author's writing, with no scene of conversation
    in it: "In his memoir, Czernin described the day ... he wrote in his diary: ..." then
    "“The peace was made under pressure,” he admitted.": the memoir's words, not words
    spoken in a scene, however "admitted" or "noted" say them (and a writer's "argue with
    us" is no narrator present at a scene)."""
    words = [w.lower() for w in re.findall(r"\w+", narration)]
    doc_cues, talk_cues = _cues()
    doc = sum(doc_cues.get(w, 0) for w in words)
    return doc >= WRITTEN_TOPIC and not any(w in talk_cues for w in words)


def written_before(said: Sequence[_Said], last: int = 6) -> list[tuple[int, int]]:
    """The spans of the written quotations (kind ``quotation``) among the ``last`` ones of
    ``said``: the "me" of a diary quoted in the paragraph before ("“This does not confirm me
    ...,” he wrote") is the diarist's, not the narrator's. (Spoken ones keep counting: in a
    dialogue the "I" of the talk says the scene.)"""
    return [
        (p.span.start, p.span.end)
        for s in said[-last:]
        if s.kind == "quotation"
        for p in s.quote.pieces
    ]


def narration(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` without the ``quoted`` spans in it (the narration around them)."""
    parts, at = [], start
    for a, b in sorted(quoted):
        if b <= at or a >= end:
            continue
        parts.append(text[at:a])
        at = max(at, b)
    parts.append(text[at:end])
    return " ".join(parts)


class _Going(Protocol):
    """What :func:`kind_going_on` reads of an attribution (speakers.Said)."""

    speaker: str | None
    kind: str

    @property
    def cue(self) -> Cue | None: ...

    @property
    def paragraph(self) -> int: ...


def kind_going_on(said: _Going, before: Sequence[_Going]) -> str | None:
    """The kind of the speaker's words just before (in ``before``, within three paragraphs),
    when a verb says they go on ("The soldier waited, and then went on:" after "“Comrades!” he
    cried"): one speech, one kind."""
    cue = said.cue
    if cue is None or cue.verb.lower() not in CONTINUING or not said.speaker:
        return None
    key = description_key(said.speaker)
    for earlier in reversed(before[-4:]):
        if said.paragraph - earlier.paragraph > 3:
            return None
        if earlier.speaker and description_key(earlier.speaker) == key:
            return earlier.kind
    return None


class _Turn(Protocol):
    """What :func:`one_kind_per_dialogue` reads and writes of an attribution (speakers.Said)."""

    starts_paragraph: bool
    kind: str
    contexts: list[Span]

    @property
    def work(self) -> object | None: ...

    @property
    def paragraph(self) -> int: ...

    @property
    def first_mark(self) -> int: ...


_T = TypeVar("_T", bound=_Turn)
BEAT_WORDS = 8
"""Words of narration at most before a quotation in its paragraph for it to be a turn of the
dialogue going on ("Thomas looked up. “Thank you, sir.”")."""


def one_kind_per_dialogue(text: str, paras: Sequence[Paragraph], said: list[_T]) -> list[_T]:
    """Give the turns of a dialogue (quotations opening paragraphs one after the other) the
    kind ``oral`` when one of them is oral and nothing around a turn says a document: "“The
    last train has gone,” said Peter. / “Then I shall walk,” she said. / “In this rain?” he
    asked.": the first two are as spoken as the third ("asked"), though "said" alone tells no
    kind. A turn naming a work or a document ("wrote", "the letter") keeps its kind. A
    turn is a quotation opening the paragraph after the last turn's, or after a short beat
    of narration there ("Thomas looked up. “Thank you, sir.”"), or going on in the last
    turn's paragraph (“The roads are flooded,” the doctor said. “I could not ...”).
    Returns ``said``, changed in place."""
    run: list[_T] = []
    for s in [*said, None]:
        if s is not None and run and _turn_after(text, paras, s, run[-1]):
            run.append(s)
            continue
        if len(run) > 1 and any(t.kind == "oral" for t in run):
            for t in run:
                if t.kind == "quotation" and t.work is None and not _documented(text, t):
                    t.kind = "oral"
        run = [s] if s is not None and s.starts_paragraph else []
    return said


TALK_TEXT_QUOTATIONS = 5
"""Quotations a verb of conversation marks, at least, for a text to be read as dialogue."""
TALK_TEXT_RATIO = 4
"""How many times more quotations a verb of conversation marks than a document's words, at
least, for a text to be read as dialogue."""


def spoken_text_kinds(text: str, said: list[_T]) -> list[_T]:
    """In a text whose quotations are talk (a novel: "asked", "replied", "cried" mark many,
    a document's words almost none), a quotation that nothing marks either way ("“You can go,”
    said Dron.") was spoken in the scene: ``oral``, not a quotation of some work; the
    fallback of :func:`speech_kind` (no narrator "I" near it: a quotation) is a memoir's
    reading. A quotation naming a work or a document keeps its kind. Returns ``said``,
    changed in place."""
    doc_cues, talk_cues = _cues()
    talk = doc = 0
    for s in said:
        words = [w.lower() for c in s.contexts for w in re.findall(r"\w+", c.slice(text))]
        weight = sum(talk_cues.get(w, 0) for w in words) - sum(doc_cues.get(w, 0) for w in words)
        talk += weight > 0
        doc += weight < 0
    if talk < TALK_TEXT_QUOTATIONS or talk < TALK_TEXT_RATIO * doc:
        return said
    for s in said:
        if s.kind == "quotation" and s.work is None and not _documented(text, s):
            s.kind = "oral"
    return said


def _documented(text: str, said: _Turn) -> bool:
    """Whether the words around a quotation name a document or writing ("wrote", "diary")."""
    words = [w.lower() for c in said.contexts for w in re.findall(r"\w+", c.slice(text))]
    return any(w in _cues()[0] for w in words)


def _turn_after(text: str, paras: Sequence[Paragraph], said: _Turn, last: _Turn) -> bool:
    """Whether ``said`` is the turn after ``last`` in a dialogue (see
    :func:`one_kind_per_dialogue`)."""
    if said.paragraph == last.paragraph:
        return True
    if said.paragraph != last.paragraph + 1:
        return False
    if said.starts_paragraph:
        return True
    beat = text[paras[said.paragraph - 1].start : said.first_mark]
    return len(re.findall(r"\w+", beat)) <= BEAT_WORDS
