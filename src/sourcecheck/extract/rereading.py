"""Attribution read again once every quotation has a first speaker: the conversation's
turns (:mod:`~sourcecheck.extract.turns`), then the pronouns beside quotations resolved again
with every turn's speaker known, and the first-person narrator named from how the others
address them.

A first pass (:class:`~sourcecheck.extract.speakers.Speakers`) reads each quotation in order
with what came before it only; these passes read the whole text's attributions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from typing import TYPE_CHECKING

from .actors import read_narration
from .alternation import CONVERSATION_PRONOUN
from .anaphora import PLURAL, named_beside, narrated_as, pronoun_gender
from .confidences import show_confidences
from .officetags import tags_as_written
from .people import People
from .resolve import NARRATOR, Referents, Turn
from .selfnamed import name_described
from .surnames import surname
from .turns import WEAK, fill_turns
from .verbs import CONTINUING, REPLYING
from .vocatives import vocatives

if TYPE_CHECKING:
    from .speakers import Said, TextReading


def answered(said: Said, last: Said | None, verb: str = "") -> Said | None:
    """The quotation a paragraph-opening quotation answers: the one before it (``last``) if
    it opens the previous paragraph (a conversation's previous turn); for a quotation whose
    ``verb`` reports a reply ("he replied", "antwortete er"), the one before it in its
    paragraph or the previous one wherever it stands ("“Yes,” said Anna. “No,” he replied.")."""
    if last is not None and verb.lower() in REPLYING and said.paragraph - last.paragraph <= 1:
        return last
    if not said.starts_paragraph or last is None or _told_between(said, last):
        return None
    return last if last.paragraph == said.paragraph - 1 and last.starts_paragraph else None


def _told_between(said: Said, last: Said) -> bool:
    """Whether narration after the quotation before leads in to this one ("“Very true,” he
    replied. But still he ended with,\n\n“I think ...”"): the lead-in tells who speaks, not
    the turns (whose speaker it may well be again)."""
    after = last.quote.pieces[-1].span.end
    return any(after < c.start and c.end <= said.first_mark for c in said.contexts)


def answered_turn(prev: Said | None, people: People) -> Turn | None:
    """The turn a quotation answers (:func:`answered`), for the conversation's partner."""
    if prev is None or not prev.speaker:
        return None
    return Turn(prev.quote.first_mark, prev.paragraph, people.resolve(prev.speaker), prev.speaker)


def reread(
    said_list: Sequence[Said],
    quote_text: Callable[[Said], str],
    people: People,
    referents: Referents,
    *,
    author: str | None,
    silent: Callable[[int], str | None] = lambda p: None,
    reading: TextReading | None = None,
) -> None:
    """The passes over the whole text's attributions, in order: the narrator named (when no
    author is given), the conversation turns filled (``silent``: who answers without words
    in a narration paragraph; ``reading``, the text read, for the narration before each
    quotation of a paragraph), the pronouns resolved again, the descriptions named and what
    the narration around each quotation says (with ``reading``); then the confidences shown
    (:mod:`~sourcecheck.extract.confidences`)."""
    if not author:
        name_narrator(said_list, quote_text, people)

    def leadin(i: int) -> str:  # (the narration since the paragraph's start or quotation)
        s = said_list[i]
        if reading is None:
            return ""
        before = said_list[i - 1] if i else None
        start = reading.paras[s.paragraph - 1].start
        if before is not None and before.paragraph == s.paragraph:
            start = before.quote.pieces[-1].span.end
        return reading.text[start : s.first_mark]

    def narration(i: int) -> str:  # (the clauses after it; its lead-in, else the paragraph
        # of narration before it: a blank line between, each read on its own)
        s = said_list[i]
        after = (
            [c.slice(reading.text) for c in s.contexts if c.start > s.first_mark] if reading else []
        )
        return "\n\n".join([before_it(i), *after])

    def before_it(i: int) -> str:
        s, told = said_list[i], leadin(i)
        if told.strip() or reading is None or not s.starts_paragraph or s.paragraph < 2:
            return told
        if i and said_list[i - 1].last_paragraph >= s.paragraph - 1:
            return ""  # (a quotation's paragraph before: a turn, no narration)
        if silent(s.paragraph - 1) is not None:
            return ""  # ("Mary asked Tom whether ...": a turn told, which Tom answers)
        before = reading.paras[s.paragraph - 2]
        return reading.text[before.start : before.end]

    fill_turns(
        said_list,
        quote_text,
        people,
        named_between=referents.named_between,
        silent=silent,
        leadin=leadin,
        narration=narration,
    )
    pronouns_again(said_list, quote_text, people, referents)
    if reading is not None:
        name_described(reading.text, said_list, people)  # "the man" = Monks, = Mr. Brownlow
        read_narration(reading.text, reading.paras, said_list, people, author=author)
    show_confidences(said_list)  # (once every decision is made)
    if reading is not None:
        tags_as_written(reading.text, said_list)  # "said the old clerk": as sure as a name


def pronouns_again(
    said_list: Sequence[Said],
    quote_text: Callable[[Said], str],
    people: People,
    referents: Referents,
) -> None:
    """ "said she" resolved again with the speakers the conversation turns found (a woman who
    spoke without being named is a referent)."""
    turns = [
        Turn(s.quote.first_mark, s.paragraph, people.resolve(s.speaker), s.speaker)
        for s in said_list
        if s.speaker and s.speaker_confidence >= WEAK
    ]
    for i, said in enumerate(said_list):
        cue = said.cue
        if cue is None or cue.kind != "pronoun" or cue.verb.lower() in CONTINUING:
            continue
        at = said.quote.first_mark
        apart = i > 0 and said_list[i - 1].paragraph < said.paragraph - 1  # narration between
        if said.sieve == CONVERSATION_PRONOUN and (
            not apart or narrated_as(referents, at, cue, said.speaker or "", turns)
        ):
            continue  # the alternation of the conversation said who, the narration agreeing
        exclude = vocatives(quote_text(said), people) | named_beside(referents, cue)
        prev = answered(said, said_list[i - 1] if i else None, cue.verb)
        if prev is not None and prev.speaker:
            exclude = exclude | {prev.speaker}
        gender = pronoun_gender(cue)
        if gender == PLURAL:
            continue  # "they", "antworteten sie": several people, nobody in particular
        name, exact = referents.pronoun(
            said.quote.first_mark, gender, turns=turns, exclude=exclude,
            answered=answered_turn(prev, people),
        )  # fmt: skip
        if name and exact and name != said.speaker:
            said.speaker, said.speaker_key = name, surname(name)
            said.sieve = f"the verb {cue.verb!r} next to it"  # (not the alternation's)
            said.evidence = re.sub(r"\(\w+ = [^)]*\)$", f"({cue.words} = {name})", said.evidence)


def name_narrator(
    said_list: Sequence[Said], quote_text: Callable[[Said], str], people: People
) -> None:
    """ "I said" without an author: the narrator's name from how the others address them
    (:func:`~sourcecheck.extract.resolve.narrator_name`)."""
    turns = [(s.paragraph, s.speaker, vocatives(quote_text(s), people)) for s in said_list]
    name = narrator_name(turns)
    for said in said_list if name else []:
        if said.speaker == NARRATOR:
            said.speaker, said.speaker_key = name, surname(name or "")
            said.evidence += f" (I = {name}: how the others address the narrator)"


MIN_NARRATOR_VOTES = 2
"""How many replies must address the narrator by one name for it to be the narrator's."""


def narrator_name(turns: Sequence[tuple[int, str | None, Set[str]]]) -> str | None:
    """The name of a first-person narrator ("I said"), from how the others address them:
    the name most often used as a vocative in the quotations just before or after the
    narrator's own (``turns``: each quotation's paragraph, speaker, and the people it
    addresses by name).

    >>> narrator_name([(1, "Holmes", {"Watson"}), (2, NARRATOR, set()),
    ...                (3, "Holmes", {"Watson"}), (5, NARRATOR, set()), (6, "Jones", set())])
    'Watson'
    """
    votes: Counter[str] = Counter()
    for i, (paragraph, speaker, _) in enumerate(turns):
        if speaker != NARRATOR:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(turns) and abs(turns[j][0] - paragraph) == 1:
                votes.update(turns[j][2] - {turns[j][1]})
    if not votes:
        return None
    name, count = votes.most_common(1)[0]
    return name if count >= MIN_NARRATOR_VOTES else None
