"""A transcript's speaker labels: who owns which stretch of the text.

Minutes, stenographic records and parliamentary debates print each speech after its
speaker's label, a line that opens with a name or an office and a colon ("Милюков:",
"Председатель (Родзянко):", "Mr. BONAR LAW:", "The PRIME MINISTER (Mr. Asquith):",
"Präsident Dr. Löbe:", "Abg. Müller (SPD):"). The words after a label, up to the next one,
are that speaker's: the next speaker's label or the chair's "Слово принадлежит ... Милюкову"
beside a speech names someone who did not say it. So a claim giving a transcript's words to
another speaker is checked against the label that owns its passage (:mod:`.labelspeaker`),
not against the names printed near it (:mod:`.framespeaker`).

A text is read as a transcript only where labels follow one another (no more than
:data:`MAX_GAP` characters apart), at least :data:`MIN_LABELS` of them with evidence of a
person (a title or an office, a party or constituency in brackets, a name the dictionaries do
not know as a common word: "Note:", "Monday:", "Пример:" are none) for at least two persons: a
memoir printing "Trotsky: ..." once, a manual's "Warning:" are no transcript. The last label
of a run owns its paragraph only (the narration after a transcript is no one's speech). A voice
("Голос слева:", "Zurufe:", "HON. MEMBERS:") owns its words and names no one. An office alone
("Председатель:", "Präsident:") names the person an earlier label gives that office
("Председатель (Родзянко):"): the chair is Rodzianko; a deputy's office
("Товарищ председателя", "Vizepräsident", "Deputy Speaker") is another.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..extract.titles import TITLE_WORDS
from ..normalize import WORD_RE
from . import germancommon, morph_ru, wordnet
from .closedsets import kind_members
from .officeholders import NO_QUALIFIER, Qualifier, offices_agree, qualifier, without_body
from .offices import OFFICES, office_words

MIN_LABELS = 3
"""The fewest labels with evidence of a person in a run for it to be a transcript."""
MAX_GAP = 20_000
"""The most characters between two labels of one run (a long speech runs to a few pages)."""

_TOKEN = r"(?:[^\W\d_][\w'’\-]*\.?|\d+-?[^\W\d_]{1,2}|\([^()\n:]{1,60}\))"
_LABEL = re.compile(
    rf"^[ \t]*(?P<label>{_TOKEN}(?:,?[ \t]+{_TOKEN}){{0,7}})[ \t]*:(?=\s|$)", re.M
)  # a comma before a role: the Reichstag's "Dr. Breitscheid, Abgeordneter:"
_PAREN = re.compile(r"\(([^()]*)\)")
_PARAGRAPH_END = re.compile(r"\n[ \t\r]*\n")
_TITLES = frozenset(t.casefold() for t in TITLE_WORDS) | frozenset(
    "hon honourable honorable rt right abg abgeordneter abgeordnete staatsminister staatssekretär "
    "член депутат товарищ господин г гр".split()
)
"""Titles before a name (:data:`~sourcecheck.extract.titles.TITLE_WORDS`, read without case)
and a parliament's: "Hon.", "Abg.", "член Государственной думы", "г. Милюков"."""
_CHAIRS = frozenset("speaker".split())
"""English offices of a chair that :data:`.offices.OFFICES` leaves out ("Mr. SPEAKER")."""
_OFFICE_END = re.compile(rf"(?i)\b(?:{'|'.join(OFFICES)}|{'|'.join(_CHAIRS)})\b")
"""An office's word, whose end is where a name after it begins ("Präsident Dr. Löbe")."""
_DEPUTY = re.compile(r"(?i)\b(?:deputy|vice|товарищ\w*|заместител\w*)\b|vize|stellvertret")
_VOICES = frozenset(
    "voice voices member members голос голоса шум zuruf zurufe stimme stimmen ruf rufe".split()
)
"""Words of a label that is a voice from the floor, no one named ("Голоса справа",
"Zuruf von der SPD", "An HON. MEMBER")."""
_OPENERS = frozenset(
    "the a an several some der die das des dem den ein eine einer eines einem".split()
)
"""Words that may open a label before an office or a voice ("The CHAIRMAN", "Der Präsident",
"An HON. MEMBER"), not before a name: "DIE PUMPENWERKE WENDT:" is a shouted heading."""
_FIRM = re.compile(
    r"(?i)^(?:company|co|corporation|corp|ltd|limited|inc|plc|works|mills|brothers|bros|ag|gmbh"
    r"|kg|ohg|gebrüder|gebr|\w*werke?|\w*fabrik(?:en)?|\w*gesellschaft|завод\w*|фабрик\w*"
    r"|компани\w*|товариществ\w*|общество|обществ[ао]|брать[яев]\w*|тов)$"
)
"""Words of a firm's name ("Stahlwerke Krupp AG:", "ЗАВОД БРАТЬЕВ НОБЕЛЬ:"): a label with one
and no title or office is a heading, not a person's turn."""
_HONORIFICS = frozenset(
    "mr mrs ms miss dr sir lord lady dame herr frau fräulein abg hon rt prof professor graf "
    "fürst freiherr count countess prince baron earl viscount duke bishop rev comrade citizen "
    "член депутат господин г гр товарищ князь граф барон".split()
)
"""Titles that say a person follows: a label with one before a capitalised word shows one."""
_PARTY = re.compile(r"[A-ZÄÖÜА-ЯЁ][A-ZÄÖÜА-ЯЁa-zäöüа-яё./\-]{0,7}\.?")
"""A party in brackets after a name ("(SPD)", "(Soz.)", "(CDU/CSU)", "(к.-д.)" is lowercase)."""
_WORDS = 8
"""The most words a label may have outside brackets."""
_LOWERCASE_WORDS = 3
"""The most lowercase words a label may have ("Министр иностранных дел Сазонов")."""

Office = tuple[int, bool]
"""An office: its member of :data:`.offices.OFFICES` (0 is the chair) and whether a deputy's."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's stretch of a transcript: the label as printed (``label``, before the
    colon, from ``start``, on ``line``), the words it owns (``body`` to ``end``), the names it
    prints (``names``) or its office gives (``named_by``: the label that gives the office with
    a name), its office, whether it is a voice from the floor and whether it shows a person
    (``evidenced``, see the module)."""

    label: str
    start: int
    body: int
    end: int
    names: tuple[str, ...]
    office: Office | None
    voice: bool
    evidenced: bool
    named_by: str | None = None
    line: int = 0  # the label's line, from 1
    qualifier: Qualifier = NO_QUALIFIER  # the office's narrowing words (.officeholders)

    def display(self) -> str:
        """Who the label names, as printed: "Председатель (Родзянко)", "Милюков"."""
        return self.label if self.named_by is None else f"{self.label} ({', '.join(self.names)})"


@lru_cache(maxsize=8)  # a text is asked again for each claim placed in it
def transcript_turns(text: str) -> tuple[Turn, ...]:
    """The speakers' stretches of ``text``'s transcripts, in order (none: no transcript).

    >>> turns = transcript_turns("Председатель (Родзянко): Слово Милюкову.\\n\\n"
    ...     "Милюков: Что это, глупость или измена?\\n\\nПуришкевич: Правительство бессильно.\\n\\n"
    ...     "Председатель: Заседание закрывается.\\n\\nНа этом отчёт кончается.")
    >>> [t.display() for t in turns][1:], turns[-1].names
    (['Милюков', 'Пуришкевич', 'Председатель (Родзянко)'], ('Родзянко',))
    >>> transcript_turns("Note: read the manual.\\n\\nWarning: back up.\\n\\nNote: see above.")
    ()
    """
    labels = [t for m in _LABEL.finditer(text) if (t := _turn(m)) is not None]
    turns: list[Turn] = []
    line, counted = 1, 0
    for run in _runs(labels):
        shown = [k for k, t in enumerate(run) if t.evidenced or t.names]
        run = run[shown[0] : shown[-1] + 1] if shown else []  # ("FOOTNOTES:" before it)
        persons = {_person_key(t) for t in run if t.evidenced}
        if sum(t.evidenced for t in run) < MIN_LABELS or len(persons) < 2:
            continue
        for k, turn in enumerate(run):
            if k + 1 < len(run):
                end = run[k + 1].start
            else:  # the last speaker of a run: its paragraph only
                found = _PARAGRAPH_END.search(text, turn.body)
                end = found.start() if found else len(text)
            line += text.count("\n", counted, turn.start)
            counted = turn.start
            turns.append(replace(turn, end=end, line=line))
    if not turns:
        return ()
    heading = text[max(0, turns[0].start - HEADING_CHARS) : turns[0].start]
    turns = [replace(t, qualifier=without_body(t.qualifier, heading)) for t in turns]
    return tuple(_named_offices(turns, stated_holders(text, turns[0].start)))


def turn_at(turns: tuple[Turn, ...], start: int, end: int) -> Turn | None:
    """The turn that owns most of ``start``-``end`` (a passage), if a turn owns any of it.

    >>> t = Turn("A", 0, 3, 10, ("A",), None, False, True)
    >>> turn_at((t, Turn("B", 10, 13, 20, ("B",), None, False, True)), 4, 12).label
    'A'
    """
    at = bisect.bisect_right([t.start for t in turns], start) - 1
    best, most = None, 0
    for turn in turns[max(at, 0) : at + 8]:
        if turn.start >= end:
            break
        shared = min(end, turn.end) - max(start, turn.body)
        if shared > most:
            best, most = turn, shared
    return best


def label_words(words: str) -> tuple[tuple[str, ...], Office | None]:
    """The names and the office of a speaker's words (a label's or a claim's: "The PRIME
    MINISTER (Mr. Asquith)", "Präsident Dr. Löbe", "the chairman"): the office of the words
    outside brackets; the names in brackets after an office ("Председатель (Родзянко)"), else
    the capitalised words after the office that are no common words ("Präsident Dr. Löbe",
    not "Председатель Государственной думы"), else the capitalised words outside brackets
    that are no title and no article ("Abg. Müller (SPD)": its party is no name).

    >>> label_words("The PRIME MINISTER (Mr. Asquith)")
    (('Asquith',), (5, False))
    >>> label_words("Abg. Müller (SPD)"), label_words("Товарищ председателя")
    ((('Müller',), None), ((), (0, True)))
    >>> label_words("Председатель Государственной думы Родзянко")
    (('Родзянко',), (0, False))
    """
    outside = _PAREN.sub(" ", words)
    office = _office(outside)
    if office is None:
        return _names(outside), None
    bracketed = tuple(n for group in _PAREN.findall(words) for n in _names(group))
    if bracketed:
        return bracketed, office
    after = _OFFICE_END.split(outside)[-1].split()
    trailing = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(after)))[::-1]
    titled = any(w.rstrip(".").casefold() in _TITLES for w in trailing)
    names = _names(" ".join(trailing))
    return tuple(n for n in names if titled or not _common(n)), office


def _turn(m: re.Match[str]) -> Turn | None:
    label = m.group("label")
    _, comma, role = _PAREN.sub(" ", label).rpartition(",")
    if comma and not _is_role(role):
        return None  # "Brest-Litovsk, January 7th:", "Berlin, Montag:": a diary's heading
    outside = _PAREN.sub(" ", label).split()
    if not outside:
        return None
    folded = [w.rstrip(".").casefold() for w in outside]
    start, body = m.start("label"), m.end()
    voice = bool(_VOICES & set(folded)) and len(outside) <= 6
    if voice:
        return Turn(label, start, body, body, (), None, True, False)
    names, office = label_words(label)
    titled = any(
        f in _HONORIFICS and k + 1 < len(outside) and outside[k + 1][:1].isupper()
        for k, f in enumerate(folded)
    )  # "Mr. BAKER", "Abg. Koenen", "член Государственной думы Пуришкевич"
    lowercase = [w for w in outside if w[:1].islower() and w.rstrip(".").casefold() not in _TITLES]
    opened = folded[0] in _OPENERS and office is None
    if opened or not outside[0][:1].isupper() or len(outside) > _WORDS:
        return None  # "The House divided", "Then he said", a sentence
    if office is None and not titled and any(_FIRM.match(f) for f in folded):
        return None  # "Stahlwerke Krupp AG:": a firm's name, no person's
    if lowercase and ((office is None and not titled) or len(lowercase) > _LOWERCASE_WORDS):
        return None  # "Es gibt mehrere Ressourcen": no office's words ("Министр иностранных дел")
    if office is None and not outside[-1][:1].isupper() and not outside[-1][:1].isdigit():
        return None  # "Trotsky replied:"
    party = any(_PARTY.fullmatch(g.strip()) for g in _PAREN.findall(label)) and bool(names)
    party = party and not any(wordnet.common_word(n) for n in names)  # "Developer (DD)"
    evidenced = bool(office or titled or party or any(_known_name(n) for n in names))
    if not evidenced and all(_common(n) for n in names):
        names = ()  # "Version:", "Note:", "Montag:": no one named
    narrowed = qualifier(" ".join(outside), names) if office is not None else NO_QUALIFIER
    return Turn(label, start, body, body, names, office, False, evidenced, qualifier=narrowed)


def _is_role(words: str) -> bool:
    """Whether the words after a label's comma are a title or an office ("Abgeordneter",
    "член Государственной думы", "Minister of Labour"), not a date or a place."""
    folded = [w.casefold() for w in WORD_RE.findall(words)]
    return bool(folded) and (
        _office(words) is not None or all(f in _TITLES or not f[:1].isalpha() for f in folded)
    )


def _names(words: str) -> tuple[str, ...]:
    """The capitalised words of ``words`` that name a person: no title, office or article."""
    found = []
    for w in WORD_RE.findall(words):
        f = w.casefold()
        if not w[:1].isupper() or f in _TITLES or f in _OPENERS or f in _CHAIRS or len(w) < 2:
            continue
        if _office(w) is None:
            found.append(w)
    return tuple(found)


def _office(words: str) -> Office | None:
    """The office ``words`` name (the first), read in the three languages, a deputy's apart."""
    members = [m for _, m in office_words(words, "en")]  # (one table: every language's)
    member = max(members[0]) if members else None  # "Ministerpräsident": a minister
    if member is None and _CHAIRS & {w.casefold() for w in WORD_RE.findall(words)}:
        member = 0
    return None if member is None else (member, bool(_DEPUTY.search(words)))


def _known_name(word: str) -> bool:
    """Whether a dictionary knows ``word`` as a person's or a place's name: pymorphy3 a
    Russian surname ("Милюков"), WordNet an instance in its first sense ("Trotsky", "Grey";
    not "Book", whose first sense is a book)."""
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return morph_ru.known_name(word)
    senses = wordnet.senses(word.casefold(), "n")
    first = wordnet.synset("n", senses[0]) if senses else None
    return first is not None and any(p.symbol == "@i" for p in first.pointers)


def _common(word: str) -> bool:
    """Whether a capitalised word is a common word of its language, no name ("Note",
    "Hinweis", "Примечание", a member of a closed set such as the weekdays): a label of one
    is a heading, not a speaker."""
    if kind_members(word):  # a weekday, a month, a unit ("Montag:" of a diary)
        return True
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return morph_ru.common_word(word)
    return wordnet.common_word(word) or germancommon.common_noun(word) or germancommon.no_noun(word)


def common_word(word: str) -> bool:
    """Whether a capitalised word is a common word of its language, no name (see
    :func:`_common`): "Правительство", "Note"."""
    return _common(word)


def _runs(labels: list[Turn]) -> list[list[Turn]]:
    """The labels in runs, each no more than :data:`MAX_GAP` characters after the one before."""
    runs: list[list[Turn]] = []
    for turn in labels:
        if runs and turn.start - runs[-1][-1].body <= MAX_GAP:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    return runs


def _person_key(turn: Turn) -> object:
    return turn.names[-1].casefold() if turn.names else turn.office


def _named_offices(turns: list[Turn], stated: tuple[Turn, ...] = ()) -> list[Turn]:
    """The turns with an office and no name given the names of the label (or the statement,
    :func:`stated_holders`) before, else the first after, that gives the same office with a
    name: "Председатель:" after "Председатель (Родзянко):". The same office: the same
    narrowing words ("Председатель Совета министров Столыпин:" names no "Председатель:"),
    or others that agree when all agreeing holders narrow it alike."""
    holders = sorted(
        (t for t in (*turns, *stated) if t.office is not None and t.names),
        key=lambda t: t.start,
    )
    out = []
    for turn in turns:
        if turn.office is not None and not turn.names:
            same = _holders_of(turn, holders)
            before = [t for t in same if t.start < turn.start]
            after = [t for t in same if t.start > turn.start]
            holder = before[-1] if before else (after[0] if after else None)
            if holder is not None:
                turn = replace(turn, names=holder.names, named_by=holder.label)
        out.append(turn)
    return out


def _holders_of(turn: Turn, holders: list[Turn]) -> list[Turn]:
    """The ``holders`` that give ``turn``'s office: narrowed alike, else those that agree
    when they all narrow it alike ("Председатель:" after "Председатель Государственной думы
    Родзянко", not when "Председатель Совета министров Столыпин" is one of them)."""
    same = [t for t in holders if t.office == turn.office and t.qualifier == turn.qualifier]
    if same:
        return same
    agree = [
        t
        for t in holders
        if t.office == turn.office and offices_agree(t.qualifier, turn.qualifier) is True
    ]
    return agree if len({t.qualifier for t in agree}) == 1 else []


def office_holders(
    turns: tuple[Turn, ...], office: Office, narrowed: Qualifier = NO_QUALIFIER,
    stated: tuple[Turn, ...] = (),
) -> tuple[str, ...]:  # fmt: skip
    """The names the transcript's labels (and ``stated``: :func:`stated_holders`) give
    ``office`` ("Родзянко" for the chair), narrowed as ``narrowed`` allows."""
    given = (
        t.names
        for t in (*turns, *stated)
        if t.office == office and t.named_by is None and offices_agree(narrowed, t.qualifier)
    )
    return tuple(dict.fromkeys(n for names in given for n in names))


_IN_THE_CHAIR = re.compile(r"(?P<who>[A-Z][\w'’.\- \t]{2,60}?)[ \t]+in[ \t]+the[ \t]+Chair\b")
_NOTE = re.compile(r"^[ \t]*[\[(][^\]()\n]{3,200}[\])][ \t]*$", re.M)
HEADING_CHARS = 2000
"""How far before a transcript's first label its heading is read for the offices it names."""
_STATED_WORDS = 8


@lru_cache(maxsize=8)
def stated_holders(text: str, first: int) -> tuple[Turn, ...]:
    """The offices ``text`` says who held outside its labels, as turns that own no words: in
    its heading (the :data:`HEADING_CHARS` before its first label at ``first``: "Präsident
    Löbe eröffnet die Sitzung", "Председательствует Председатель Государственной думы М. В.
    Родзянко") and in notes on a line of their own in brackets ("[Sir ROBERT YOUNG in the
    Chair.]", "(Vorsitz: Vizepräsident Esser)").

    >>> [(t.names, t.office) for t in stated_holders("Präsident Löbe eröffnet die Sitzung.", 36)]
    [(('Löbe',), (0, False))]
    >>> [(t.names, t.office) for t in stated_holders("[Mr. DUNNICO in the Chair.]", 0)]
    [(('DUNNICO',), (0, False))]
    """
    heading = text[max(0, first - HEADING_CHARS) : first]
    regions = [(max(0, first - HEADING_CHARS), heading)]
    regions += [(m.start(), m.group()) for m in _NOTE.finditer(text)]
    found: list[Turn] = []
    for at, region in regions:
        for m in _IN_THE_CHAIR.finditer(region):
            names = _names(m.group("who"))
            if names and _office(m.group("who")) is None:  # "Mr. SPEAKER in the Chair"
                found.append(_stated(m.group(), at + m.start(), names, (0, False)))
        words = list(WORD_RE.finditer(region))
        for k, m in enumerate(words):
            office = _office(m.group()) if m.group()[:1].isalpha() else None
            if office is None or (k and _office(words[k - 1].group()) is not None):
                continue
            names = _holder_names([w.group() for w in words[k + 1 : k + 1 + _STATED_WORDS]])
            if names:
                phrase = region[m.start() : words[min(k + _STATED_WORDS, len(words) - 1)].end()]
                deputy = (office[0], office[1] or bool(_DEPUTY.search(phrase)))
                found.append(_stated(phrase, at + m.start(), names, deputy))
    return tuple(replace(t, qualifier=without_body(t.qualifier, heading)) for t in found)


def _stated(phrase: str, start: int, names: tuple[str, ...], office: Office) -> Turn:
    narrowed = qualifier(phrase.split(names[0])[0], names)
    return Turn(phrase, start, start, start, names, office, False, True, qualifier=narrowed)


def _holder_names(after: list[str]) -> tuple[str, ...]:
    """The name an office word is followed by in a sentence ("Löbe" of "Präsident Löbe
    eröffnet", "Родзянко" of "Председатель Государственной думы М. В. Родзянко"): titles,
    initials, lowercase and common words skipped before it, its other parts kept."""
    names: list[str] = []
    for word in after:
        folded = word.rstrip(".").casefold()
        plain = folded in _TITLES or folded in _HONORIFICS or len(folded) == 1
        person = word[:1].isupper() and not plain and _office(word) is None
        if person and (_known_name(word) or not _common(word)):
            names.append(word)
        elif names or (person and word.isupper()):
            break  # the name ended; a shouted common word ("SITZUNG") is no heading's name
    return tuple(names)
