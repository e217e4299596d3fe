"""The sieves that read a conversation rather than a sentence: who speaks the quotations that
nobody names beside them.

After the sieves that read a quotation's own sentence (:mod:`sourcecheck.extract.sieves`,
:mod:`sourcecheck.extract.speakers`), in this order:

1. **same paragraph**: a quotation in the paragraph of an attributed one is the same speaker's
   ("“Yes,” said Emma. “I shall go.”");
2. **conversation turns**: in a run of consecutive paragraphs that each open with (or hold) a
   quotation, two people alternate: a turn nobody attributes is spoken by whoever spoke two
   turns before (or two turns after), when the turn between is the other person's;
3. **vocatives**: a turn that answers a quotation addressing someone by name ("..., Harriet?")
   is that person's; and nobody speaks the quotation in which they are addressed ("Yes,
   papa" is not said by papa).

Each decision keeps a confidence lower than the sentence sieves', and the evidence says which
rule gave it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from .addressees import narrated_addressees
from .alternation import MAX_REACH, SaidLike, fill_doubting, set_speaker
from .callers import fill_callers
from .partners import usual_partners
from .people import People
from .reseed import reseed
from .sameparagraph import SAME_PARAGRAPH, SAME_PARAGRAPH_SIEVE, same_paragraph
from .sieves import PRONOUNS
from .turndescriptions import (
    adjacent,
    apart_shown,
    descriptions_apart,
    descriptions_kept,
    written_descriptions,
)
from .turngender import Candidate, fitting, narrators, other_gender
from .vocatives import kin_called, kin_of, same_family, vocatives

GUESSES = frozenset({"paragraph-final mention", "the subject of the sentence before"})
"""Sieves whose decision a vocative of the conversation overrules."""
TURNS = 0.6
TURNS_APART = 0.5
"""How sure a turn is that the turns after it decide, or that narration separates."""
VOCATIVE = 0.55
ADDRESSED_BEFORE = "vocative: the previous turn addresses them"
"""The evidence of a turn the previous one calls by name (shown surer: see confidences.py)."""
PARTNER = 0.5
WEAK = 0.45
"""Decisions below this are guesses the turn sieves may replace (the fallback's 0.3)."""
_S = TypeVar("_S", bound=SaidLike)
LOOSE = 0.35
LOOSE_PARAGRAPHS = 8
"""How far back the loose conversation sieve looks for the last two speakers."""
MAX_NARRATION = 2
"""Narration paragraphs a conversation may pass through (when they name nobody new)."""


def fill_turns(
    said: Sequence[_S],
    quote_text: Callable[[_S], str],
    people: People,
    *,
    named_between: Callable[[int, int], Counter[str]] = lambda a, b: Counter(),
    silent: Callable[[int], str | None] = lambda p: None,
    leadin: Callable[[int], str] = lambda i: "",
    narration: Callable[[int], str] = lambda i: "",
) -> None:
    """Give a speaker to the quotations the sentence sieves left without one (or with a
    guess), from their paragraph, the conversation's turns and its vocatives.

    ``named_between(a, b)``: the persons the narration names in the paragraphs strictly
    between paragraphs ``a`` and ``b`` (a conversation goes on through narration that names
    nobody new); ``silent(p)``: who answers without a quotation in narration paragraph ``p``
    (:func:`~sourcecheck.extract.silences.silent_answer`), a turn of the conversation;
    ``leadin(i)``: the narration before quotation ``i`` since the last quotation of its
    paragraph (:func:`~sourcecheck.extract.sameparagraph.same_paragraph`); ``narration(i)``:
    the narration just before quotation ``i`` (its lead-in, or the narration paragraph before
    it), whose last sentence may say whom it is spoken to
    (:func:`~sourcecheck.extract.addressees.narrated_addressees`)."""
    to = lambda told: narrated_addressees(told, people)  # noqa: E731
    addressed = [
        set() if _thought(s) else vocatives(quote_text(s), people) | to(narration(i))
        for i, s in enumerate(said)
    ]
    kin = kin_of(said, confident=WEAK)
    for names, s in zip(addressed, said, strict=True):
        if not _thought(s):
            names.update(kin[k] for k in kin_called(quote_text(s)) if k in kin)
    descriptions_apart(said)
    written = written_descriptions(said)
    same_paragraph(said, people, may_take=_may_take, leadin=leadin)
    heads = [i for i, s in enumerate(said) if _first_of_paragraph(said, i)]
    last = {h: (heads[n + 1] if n + 1 < len(heads) else len(said)) - 1 for n, h in enumerate(heads)}
    turns: list[SaidLike] = list(said)
    usual = usual_partners(said)
    as_i = narrators(said)
    for chain in _chains(said, heads, named_between, silent):
        chain = _with_silences(turns, chain, last, silent, people)
        first = said[chain[0]].paragraph
        scene = named_between(first - 2, first)
        silences = [set[str]()] * (len(turns) - len(addressed))
        addressed.extend(silences)  # (a silent turn calls nobody)
        conv = _Conversation(
            turns, chain, addressed, people, scene, last, usual, named_between, as_i
        )
        _fill_chain(conv)
    same_paragraph(said, people, may_take=_may_take, leadin=leadin)
    fill_callers(
        said,
        quote_text,
        may_be=lambda i, who: who not in addressed[i] and not other_gender(said[i], who, people),
    )
    for i, s in enumerate(said):
        if s.speaker in addressed[i] and s.speaker_confidence < WEAK:
            s.speaker, s.speaker_key = None, ""
            s.evidence = "no attribution (the person last named is the one addressed)"
            s.speaker_confidence, s.sieve = 0.1, "none"
        answers_self = i > 0 and adjacent(said, i - 1) and said[i - 1].speaker == s.speaker
        if not s.speaker or (s.speaker_confidence < LOOSE and answers_self):
            _loose_conversation(said, i, addressed, people)  # (a guess answering itself is wrong)
    descriptions_kept(said, written)
    apart_shown(said)


THINKING = frozenset({"thought", "thinks", "think", "reflected", "mused"})
"""Verbs of a quotation nobody hears: whom it calls by name is not in the scene."""


def _thought(s: SaidLike) -> bool:
    """Whether a quotation is thought, not said ("“Well done, Mrs. Martin!” thought Emma.")."""
    return s.cue is not None and s.cue.verb.lower() in THINKING


def _loose_conversation(
    said: Sequence[SaidLike], i: int, addressed: list[set[str]], people: People
) -> None:
    """The last sieve, for a quotation nobody speaks yet (or a guess that answers itself): of
    the last two speakers, the one who did not speak just before (of its pronoun's gender)."""
    me = said[i]
    speakers: list[str] = []
    for s in reversed(said[max(0, i - 8) : i]):
        if me.paragraph - s.last_paragraph > LOOSE_PARAGRAPHS:
            break
        if s.speaker and s.speaker not in speakers and s.speaker_confidence >= WEAK:
            speakers.append(s.speaker)
    if len(speakers) < 2 or i == 0:
        return
    last = said[i - 1].speaker
    who = speakers[1] if last == speakers[0] else speakers[0]
    if who not in addressed[i] and not other_gender(me, who, people):  # ("sagte sie")
        set_speaker(
            me, who, "loose conversation: the other of the last two speakers (a guess)", LOOSE
        )


def _chains(
    said: Sequence[SaidLike],
    heads: list[int],
    named_between: Callable[[int, int], Counter[str]],
    silent: Callable[[int], str | None],
) -> list[list[int]]:
    """The conversations: runs of paragraphs holding quotations, through at most
    :data:`MAX_NARRATION` narration paragraphs that name nobody but those who spoke, or
    through one that tells a silent answer."""
    chains: list[list[int]] = []
    for i in heads:
        chain = chains[-1] if chains else None
        if chain is not None:
            last = said[i - 1].last_paragraph  # (where its last turn ends: a story is one)
            gap = said[i].paragraph - last - 1
            speakers = {said[k].speaker for k in chain if _known(said[k])}
            if (
                gap == 0
                or (gap == 1 and silent(last + 1) is not None)
                or (
                    gap <= MAX_NARRATION and set(named_between(last, said[i].paragraph)) <= speakers
                )
            ):
                chain.append(i)
                continue
        chains.append([i])
    return chains


SILENT = 0.6
"""How sure a silent answer's person is (a name; a pronoun resolved from the turns)."""


@dataclass(slots=True)
class _Silence:
    """A silent turn: a narration paragraph telling how someone answered without words."""

    paragraph: int
    speaker: str | None
    speaker_key: str = ""
    evidence: str = "a silent answer"
    speaker_confidence: float = SILENT
    sieve: str = "a silent answer"
    attributed: bool = False
    starts_paragraph: bool = True
    words: str | None = None
    cue: None = None
    first_mark: int = -1  # (no quotation: nothing is beside it)

    @property
    def last_paragraph(self) -> int:
        return self.paragraph


def _with_silences(
    turns: list[SaidLike],
    chain: list[int],
    last: dict[int, int],
    silent: Callable[[int], str | None],
    people: People,
) -> list[int]:
    """The conversation ``chain`` with the silent turns of the narration paragraph between
    two of its turns (appended to ``turns``, their indices put in the chain)."""
    out = chain[:1]
    for i in chain[1:]:
        before = turns[last.get(out[-1], out[-1])]
        between = turns[i].paragraph - 1
        who = silent(between) if between == before.last_paragraph + 1 else None
        if who is not None:
            speaker = _silent_speaker(turns, out, who, people)
            turns.append(_Silence(between, speaker, speaker_confidence=SILENT if speaker else 0.0))
            out.append(len(turns) - 1)
        out.append(i)
    return out


def _silent_speaker(
    turns: Sequence[SaidLike], chain: list[int], who: str, people: People
) -> str | None:
    """The person a silent answer names (``who``: a name, "he", "she", "I"): a pronoun is
    the last speaker of the conversation of that gender (not the one who spoke just
    before, of the same gender: then nobody can tell)."""
    if who not in ("he", "she", "I"):
        return who
    known = [turns[k] for k in reversed(chain) if _known(turns[k])]
    if who == "I":
        return next((s.speaker for s in known if s.cue is not None and s.cue.kind == "first"), None)
    gender = PRONOUNS[who]
    if known and people.gender(known[0].speaker or "") == gender:
        return None
    return next((s.speaker for s in known if people.gender(s.speaker or "") == gender), None)


def _first_of_paragraph(said: Sequence[SaidLike], i: int) -> bool:
    return i == 0 or said[i - 1].paragraph != said[i].paragraph


def _may_take(s: SaidLike) -> bool:
    """Whether a quotation may take its paragraph's speaker: it has none, or a guess ("poor
    Isabella" named just before)."""
    return s.speaker_confidence < WEAK or s.sieve in GUESSES


@dataclass(frozen=True, slots=True)
class _Conversation:
    """One conversation: ``chain``, the indices in ``said`` of its paragraphs' first
    quotations; what each quotation ``addressed`` by name; the ``scene``, the persons the
    narration names just before it (with how often); the ``last`` quotation of each paragraph
    (by the index of its first), the one the next turn answers; each speaker's ``usual``
    partner in the whole text; ``named_between``, as :func:`fill_turns` takes it; the
    ``narrators``, who speak as "I" ("“...,” I said"), whom "he" or "she" never names."""

    said: Sequence[SaidLike]
    chain: list[int]
    addressed: list[set[str]]
    people: People
    scene: Counter[str]
    last: dict[int, int]
    usual: dict[str, str]
    named_between: Callable[[int, int], Counter[str]] = lambda a, b: Counter()
    narrators: frozenset[str] = frozenset()


def _fill_chain(conv: _Conversation) -> None:
    """Fill the unknown turns of one conversation until nothing changes: each decision may
    let the next one be made (A, B, A, B ... from one attributed turn); the pronoun turns
    its anchors contradict filled too, then the turns named beside them correct it
    (:func:`~sourcecheck.extract.alternation.fill_doubting`)."""
    fill_doubting(
        conv.said,
        conv.chain,
        conv.people,
        lambda: _fill_twice(conv),
        narrated=lambda p: conv.named_between(p - 1, p + 1),
    )
    reseed(conv.said, conv.chain, conv.addressed, conv.people)


def _fill_twice(conv: _Conversation) -> None:
    """Fill the turns; then again with each speaker's usual partner (the last resort)."""
    _fill_loop(replace(conv, usual={}))
    _fill_loop(conv)


def _fill_loop(conv: _Conversation) -> None:
    said, changed = conv.said, True
    while changed:
        changed = False
        for k, i in enumerate(conv.chain):
            guess = said[i].sieve in GUESSES  # a vocative may overrule it
            if said[i].speaker_confidence >= WEAK and not guess:
                continue
            found = fitting(_infer(conv, k), said[i], conv.people, conv.narrators)
            if found is None:
                continue
            if (
                not guess
                or (found[2] == VOCATIVE and said[i].sieve != found[1].split(":")[0])
                or (k and isinstance(said[conv.chain[k - 1]], _Silence))
            ):  # (the sentence before told who answered without words: not who speaks)
                before = said[i].speaker
                set_speaker(said[i], *found)  # (a guess the vocative confirms is the vocative's)
                _follow(conv, i, before)
                changed = True


def _follow(conv: _Conversation, i: int, before: str | None) -> None:
    """Let the quotations of turn ``i``'s paragraph that took its speaker (``before``, from
    :func:`same_paragraph`) take the one the conversation now gives it: the next turn
    answers the last of them."""
    for j in range(i + 1, conv.last.get(i, i) + 1):
        s = conv.said[j]
        if s.sieve == SAME_PARAGRAPH_SIEVE and s.speaker == before and not s.attributed:
            set_speaker(s, conv.said[i].speaker, SAME_PARAGRAPH_SIEVE, SAME_PARAGRAPH)


def _infer(conv: _Conversation, k: int) -> Iterator[Candidate]:
    """The speakers turn ``k`` of a conversation may have, the likeliest first, each with why
    and how sure: the caller takes the first of the gender the turn's words say (a woman two
    turns before is not "he replied": the next rule's person may be)."""
    said, chain, addressed = conv.said, conv.chain, conv.addressed

    def turn(j: int) -> int:  # a turn before answers with its paragraph's last quotation
        return conv.last.get(chain[j], chain[j]) if j < k else chain[j]

    def known(j: int) -> str | None:
        if 0 <= j < len(chain) and _known(said[turn(j)]):
            return said[turn(j)].speaker
        return None

    mine = addressed[chain[k]]  # (and the daughter a "Miss Bennet" it calls is: not hers)
    mine = mine | {m for n in mine if (m := _family_member(conv, k, n, set())) is not None}
    prev = known(k - 1)
    if prev is not None:
        names = addressed[turn(k - 1)] - {prev} - mine
        far = known(k - 2)
        if len(names) == 1 and far not in (None, prev) and same_family(conv.people, names, far):
            yield far, "conversation turns: speaks two turns before (called by surname)", TURNS
        if len(names) == 1:
            (name,) = names
            member = _family_member(conv, k, name, {prev} | mine)
            if member is not None:
                why = f"{ADDRESSED_BEFORE} ({name}: {member})"
                yield member, why, VOCATIVE
            yield name, ADDRESSED_BEFORE, VOCATIVE
    for step, side in ((-1, "before"), (1, "after")):
        near, far = known(k + step), known(k + 2 * step)
        if near is not None and far is not None and near != far and far not in mine:
            yield far, f"conversation turns: speaks two turns {side}", _sureness(conv, k, step)
        if step == -1 and k + 1 < len(chain):  # (after the turns before: surer)
            after = known(k + 1)
            names = addressed[chain[k + 1]] - {after} - mine
            if len(names) == 1 and (after is None or after not in names):
                (name,) = names
                others = mine | ({after} if after else set())
                member = _family_member(conv, k, name, others)
                why = "vocative: the next turn answers them by name"
                if member is not None:
                    yield member, f"{why} ({name}: {member})", VOCATIVE
                yield name, why, VOCATIVE
    pair = _participants(conv, k)
    for step in (-1, 1):
        near = known(k + step)
        if near is not None and near in pair and len(pair) == 2:
            (other,) = pair - {near}
            if other not in mine:
                yield other, "conversation turns: the other of its two speakers", PARTNER
    if said[chain[k]].attributed and said[chain[k]].words:  # ("he replied", "the other")
        yield from _called_recently(conv, k, turn, mine)


CALLED_BACK = 4
"""How many turns back a person called by name is still one of the scene who may answer."""


def _called_recently(
    conv: _Conversation, k: int, turn: Callable[[int], int], mine: set[str]
) -> Iterator[Candidate]:
    """The persons the turns just before turn ``k`` call by name, the most recent first, for
    a turn whose words the rules before explain by nobody (a pronoun no person of its gender
    resolved): whom the scene calls is present, and answers ("Oh! my dear father," she cried.
    / "Let me write," said Jane. / "I dislike it," he replied.: the father)."""
    for j in range(k - 1, max(-1, k - 1 - CALLED_BACK), -1):
        speaker = conv.said[turn(j)].speaker
        for name in sorted(conv.addressed[turn(j)] - mine - {speaker}):
            yield name, "conversation turns: the one of its gender the turns before call", PARTNER


def _sureness(conv: _Conversation, k: int, step: int) -> float:
    """How sure turn ``k`` is of the speaker two turns away (``step``: -1 before, 1 after):
    :data:`TURNS` when the three turns open three paragraphs in a row and the turns before
    decide; :data:`TURNS_APART` when the turns after decide (the conversation's first turns,
    where the narration has just brought someone in) or narration stands between them."""
    said, chain = conv.said, conv.chain
    if step > 0 or k < 2:
        return TURNS_APART
    first = said[conv.last.get(chain[k - 2], chain[k - 2])].paragraph
    return TURNS if said[chain[k]].paragraph - first == 2 else TURNS_APART


def _family_member(conv: _Conversation, k: int, called: str, others: set[str]) -> str | None:
    """The one person of the conversation around turn ``k`` (its speakers, the persons its
    scene names) whom "Miss" and a surname called ("Miss Bennet") may be: a daughter of that
    family the text also names in full ("Elizabeth Bennet"), not one of ``others``. ("Mrs.
    Bennet" and "Mr. Bennet" are one person each; "Miss Bennet", any of five sisters.)"""
    if not called.startswith("Miss "):
        return None
    said, chain = conv.said, conv.chain
    near = {
        s
        for i in chain[max(0, k - MAX_REACH) : k + MAX_REACH + 1]
        if _known(said[i]) and (s := said[i].speaker)
    }
    found = {
        n
        for n in near | set(conv.scene)
        if n not in others and same_family(conv.people, {called}, n)
    }
    return found.pop() if len(found) == 1 else None


def _participants(conv: _Conversation, k: int) -> set[str]:
    """The people of the conversation around turn ``k``: those who speak in the nearby turns
    and those they address by name, else the other person the scene names most (the whole
    text names most, between two the scene names as often), else the speaker's usual partner
    (:func:`~sourcecheck.extract.partners.usual_partners`)."""
    said, chain = conv.said, conv.chain
    near = [chain[j] for j in range(max(0, k - 4), min(len(chain), k + 5))]
    speakers = {s for i in near if _known(said[i]) and (s := said[i].speaker)}
    if len(speakers) == 1:
        (only,) = speakers
        for i in near:
            if _known(said[i]):
                speakers |= conv.addressed[i] - {only}
        others = sorted(
            ((n, _uses(conv.people, name), name) for name, n in conv.scene.items()),
            reverse=True,
        )
        others = [o for o in others if o[2] not in speakers]
        clear = len(others) == 1 or (len(others) > 1 and others[0][:2] != others[1][:2])
        if len(speakers) == 1 and clear:
            speakers.add(others[0][2])
        if len(speakers) == 1 and only in conv.usual:
            speakers.add(conv.usual[only])
    return speakers


def _uses(people: People, name: str) -> int:
    person = people.resolve(name)
    return person.forms.total() if person is not None else 0


def _known(s: SaidLike) -> bool:
    """A speaker other turns may follow: decided, or a description nobody resolved ("his
    wife" is one person in the conversation, even before it is known who)."""
    return bool(s.speaker) and (s.speaker_confidence >= WEAK or s.attributed)
