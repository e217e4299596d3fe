"""Conversation turns filled from their strongest anchors: two people alternating, A, B, A, B.

A conversation (a run of paragraphs that open with a quotation) has *anchors*, turns whose
speaker is named beside them ("said Elizabeth", "replied the old lady" resolved); a turn with
a pronoun ("said she") is not one: it says a gender, and the conversation tells which woman.
Every other turn takes the speaker of the nearest anchor an even number of turns away, before
or after it, when the turns between alternate: nobody at an odd distance is that same person,
and the other side of the alternation is one person only (a third speaker stops it). When the
anchors before and after disagree, the nearer one decides; one wrong anchor so spoils at most
the turns up to the next anchor, never the whole conversation.

A pronoun turn takes the alternation's speaker when that person has the pronoun's gender;
else it keeps its own referent (the last person of that gender named).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .cue import Cue
from .descriptions import description_gender
from .people import People
from .sieves import PRONOUNS
from .surnames import surname
from .verbs import CONTINUING

ANCHOR = 0.7
"""A turn named beside it with at least this confidence anchors the alternation."""
ALTERNATION = 0.6
"""The confidence of the conversation's turns (0.65 when the anchors on both sides agree)."""
CONVERSATION_PRONOUN = "a pronoun, the conversation's turn"
PRONOUN_TURN = 0.8
"""How sure a pronoun turn the anchors alternate to is while the text is read (above its
own referent's; shown lower, see confidences.py)."""
CALLED = "called by name"
"""The evidence of a pronoun the turn it answers calls by name: stronger than the alternation."""
MAX_REACH = 6
"""How many turns away an anchor may decide a turn."""


class SaidLike(Protocol):
    """What the conversation sieves read and write of an attribution (speakers.Said)."""

    speaker: str | None
    speaker_key: str
    evidence: str
    speaker_confidence: float
    sieve: str
    attributed: bool
    starts_paragraph: bool
    words: str | None  # the speaker as the text says it: "the old gentleman", "she"

    @property
    def cue(self) -> Cue | None: ...

    @property
    def paragraph(self) -> int: ...

    @property
    def last_paragraph(self) -> int:
        """The paragraph where the quotation's turn ends: a speech's last (a story of twenty
        paragraphs is one turn: the answer follows its end); a document quoted over many
        paragraphs (a diary, a letter) is no turn of a conversation: its first."""
        ...

    @property
    def first_mark(self) -> int: ...


def set_speaker(s: SaidLike, speaker: str | None, why: str, confidence: float) -> None:
    """Give ``s`` a speaker, the evidence ``why`` (its sieve is the part before a colon)."""
    s.speaker, s.speaker_key = speaker, surname(speaker or "")
    s.evidence, s.sieve, s.speaker_confidence = why, why.split(":")[0], confidence


def pronoun_of(s: SaidLike) -> str | None:
    """The pronoun beside a quotation ("said she"), lower case, if that is how it is named."""
    words = (s.words or "").lower()
    return words if s.attributed and words in ("he", "she") else None


def is_anchor(s: SaidLike) -> bool:
    """Whether a turn's speaker is named beside it, surely enough to anchor the others."""
    return (
        bool(s.speaker)
        and s.attributed
        and pronoun_of(s) is None
        and s.speaker_confidence >= ANCHOR
    )


def alternate(
    said: Sequence[SaidLike],
    chain: list[int],
    people: People,
    *,
    narrated: Callable[[int], Counter[str]] = lambda p: Counter(),
) -> None:
    """Correct one conversation (``chain``: indices in ``said`` of its paragraph-opening
    quotations) after its turns were filled one from the next: a pronoun turn takes the
    speaker its anchors give by alternation, when of the pronoun's gender (unless the
    narration paragraph just before names its own referent and not that speaker: see
    :func:`_narrated_referent`); a turn the conversation filled takes the speaker the
    anchors on both sides of it agree on. ``narrated(p)``: the persons the narration names
    in paragraph ``p``."""
    anchors = {k: said[i].speaker for k, i in enumerate(chain) if is_anchor(said[i])}
    for k, i in enumerate(chain):  # "“Such sweet lines!” continued Harriet": she spoke before
        if k in anchors and k - 1 not in anchors and _goes_on(said[i]) and k > 0:
            anchors[k - 1] = anchors[k]
    for k, i in enumerate(chain):
        s = said[i]
        found = None if k in anchors else predict(anchors, k, len(chain))
        if found is None or found[0] == s.speaker:
            continue
        name, agree = found
        pronoun = pronoun_of(s)
        if (
            pronoun is not None
            and s.starts_paragraph
            and CALLED not in s.evidence  # ("I am afraid, Mr. Darcy" / "No," he replied)
            and people.gender(name) == PRONOUNS[pronoun]
            and not _narrated_referent(said, s, name, narrated)
        ):
            why = s.evidence.split(" (")[0] + f" ({pronoun} = {name}: the conversation's turn)"
            set_speaker(s, name, why, PRONOUN_TURN)
            s.sieve = CONVERSATION_PRONOUN
        elif pronoun is None and agree and s.sieve == "conversation turns":
            why = "conversation turns: the speaker named on both sides"
            set_speaker(s, name, why, ALTERNATION + 0.05)


def _narrated_referent(
    said: Sequence[SaidLike], s: SaidLike, name: str, narrated: Callable[[int], Counter[str]]
) -> bool:
    """Whether the paragraph just before turn ``s`` is narration (no quotation) that names
    the pronoun's own referent and not ``name``, the alternation's speaker ("Mrs. Elton
    chose another subject. / “...,” said she."): the pronoun is the person just told of,
    whoever spoke two turns before."""
    before = s.paragraph - 1
    if not s.speaker or any(t.paragraph <= before <= t.last_paragraph for t in said):
        return False
    names = narrated(before)
    return s.speaker in names and name not in names


def _goes_on(s: SaidLike) -> bool:
    """Whether a quotation's verb says its speaker goes on ("continued Harriet")."""
    return s.cue is not None and s.cue.verb.lower() in CONTINUING


def predict(anchors: dict[int, str | None], k: int, length: int) -> tuple[str, bool] | None:
    """The speaker turn ``k`` has by alternation from the anchors, and whether the anchors
    before and after it agree; None when no anchor reaches it.

    >>> predict({0: "Jane", 1: "Eliza", 5: "Jane"}, 2, 6)
    ('Jane', False)
    >>> predict({0: "Jane", 1: "Eliza", 4: "Eliza"}, 3, 6)  # Eliza just after: no guess
    """
    before = _reach(anchors, k, -1, length)
    after = _reach(anchors, k, 1, length)
    if before is not None and after is not None and before[0] == after[0]:
        found: tuple[str, bool] = (before[0], True)
    elif before is not None and (after is None or before[1] <= after[1]):
        found = (before[0], False)
    elif after is not None:
        found = (after[0], False)
    else:
        return None
    if found[0] in (anchors.get(k - 1), anchors.get(k + 1)):
        return None  # nobody answers themselves
    return found


def _reach(
    anchors: dict[int, str | None], k: int, step: int, length: int
) -> tuple[str, int] | None:
    """The nearest anchor an even number of turns from ``k`` in direction ``step`` and its
    distance, if the turns between alternate with one other person."""
    others: set[str | None] = set()
    for d in range(1, MAX_REACH + 1):
        j = k + step * d
        if not 0 <= j < length:
            return None
        if j not in anchors:
            continue
        if d % 2:
            others.add(anchors[j])
            if len(others) > 1:
                return None  # a third person speaks: the alternation stops
            continue
        name = anchors[j]
        if name is None or name in others:
            return None  # A, ?, A at an odd distance: no alternation here
        return name, d
    return None


def fill_doubting(
    said: Sequence[SaidLike],
    chain: list[int],
    people: People,
    fill: Callable[[], None],
    *,
    narrated: Callable[[int], Counter[str]] = lambda p: Counter(),
) -> None:
    """Fill one conversation (``fill``: its turns one from the next) with its doubtful pronoun
    turns (:func:`doubt_pronouns`) left unknown, settle them (:func:`settle_pronouns`), and
    let its anchors correct it (:func:`alternate`, ``narrated`` as there)."""
    doubts = doubt_pronouns(said, chain)
    fill()
    if settle_pronouns(said, doubts, people):
        fill()
    alternate(said, chain, people, narrated=narrated)


ODD_REACH = 5
"""How many turns away an anchor may contradict a pronoun turn (3 or 5: its partner's)."""


@dataclass(frozen=True, slots=True)
class Doubt:
    """A pronoun or description turn whose referent an anchor an odd number of turns away
    names (its speaker, evidence, confidence and sieve as the sentence sieves gave them)."""

    index: int
    speaker: str
    evidence: str
    confidence: float
    sieve: str
    distance: int


def doubt_pronouns(said: Sequence[SaidLike], chain: list[int]) -> list[Doubt]:
    """The pronoun turns ("“...,” said she") and resolved descriptions ("said her sister":
    Miss Bennet) of one conversation whose person speaks, named, three or five turns away,
    every turn between in the paragraph right after the one before: in an alternation that
    person is the other side, so the referent is doubtful. Each such turn loses its speaker
    (the conversation fills it again, see :func:`settle_pronouns`); a turn that says its
    speaker goes on ("continued Harriet") breaks the alternation and is no anchor here."""
    doubts = []
    for k, i in enumerate(chain):
        s = said[i]
        if pronoun_of(s) is None and not _resolved_description(s):
            continue
        if not s.starts_paragraph or not s.speaker or _goes_on(s):
            continue
        if s.cue is None or s.cue.start < s.first_mark:
            continue  # (a lead-in, "After a pause he began,": narration between, no answer)
        for d in range(3, ODD_REACH + 1, 2):  # (the turn just before or after: a pronoun
            # resolver's own exclusion; here it would be the same person going on)
            near = [chain[j] for j in (k - d, k + d) if 0 <= j < len(chain)]
            if any(_contradicts(said, chain, k, j, s.speaker) for j in near):
                doubts.append(Doubt(i, s.speaker, s.evidence, s.speaker_confidence, s.sieve, d))
                s.speaker, s.speaker_confidence = None, 0.2
                break
    return doubts


def _resolved_description(s: SaidLike) -> bool:
    """Whether a description beside the quotation ("said her sister") was resolved to a
    person ("Miss Bennet")."""
    words, speaker = s.words or "", s.speaker or ""
    return s.attributed and words[:1].islower() and speaker[:1].isupper()


def _contradicts(said: Sequence[SaidLike], chain: list[int], k: int, j: int, name: str) -> bool:
    """Whether the turn at index ``j`` of ``said`` is an anchor naming ``name`` by name (not
    by a description) whose turns and chain position ``k``'s all follow one another
    paragraph by paragraph."""
    a = said[j]
    if not (a.words or "")[:1].isupper():
        return False
    lo, hi = sorted((said[chain[k]].paragraph, a.paragraph))
    between = [said[i] for i in chain if lo <= said[i].paragraph <= hi]
    return (
        is_anchor(a)
        and a.speaker == name
        and not _goes_on(a)
        and hi - lo == len(between) - 1
        and all(t.starts_paragraph for t in between)
    )


def settle_pronouns(said: Sequence[SaidLike], doubts: list[Doubt], people: People) -> bool:
    """Each doubted turn keeps the person the conversation filled it with when of the gender
    its pronoun or description says (the evidence says whom the anchor named), else takes
    back its own referent; whether any took it back (then the conversation is filled again)."""
    restored = False
    for doubt in doubts:
        s = said[doubt.index]
        words = pronoun_of(s) or s.words or ""
        wanted = PRONOUNS.get(words) or description_gender(words)
        name = s.speaker
        fits = wanted is None or people.gender(name or "") == wanted
        if name and name != doubt.speaker and fits:
            base = doubt.evidence.split(" (")[0]
            why = (
                f"{base} ({words} = {name}: the conversation's turn; not {doubt.speaker}, "
                f"named {doubt.distance} turns away)"
            )
            set_speaker(s, name, why, ALTERNATION + 0.1)
            s.sieve = CONVERSATION_PRONOUN
            continue
        s.speaker, s.speaker_key = doubt.speaker, surname(doubt.speaker)
        s.evidence, s.speaker_confidence, s.sieve = doubt.evidence, doubt.confidence, doubt.sieve
        restored = True
    return restored
