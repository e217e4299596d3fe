"""One name swapped: a claim rejected at a passage that says the same of another person.

"Radek did not agree with him." of a passage "Ломов с ним не согласился.", "Sverdlov said that
every day of delay costs us new provinces." of "Ленин сказал, что каждый день отсрочки стоит
нам новых губерний.": the claim's name has no counterpart there, and in a short claim that one
word weighs so much (its coverage, and the sentence vector a name pulls) that the passage was
rejected as a topic match, and the claim came out ``not_found`` with no flag, while the
passage renders every other word. When the rejected candidate lacks exactly one name of the
claim and names exactly one other person (in it, or as the speaker given beside it,
:mod:`.leadin`; a title and a name together, "Папа Климент", are one person), the claim is
compared again with the passage's name in its place: when the passage then renders it clearly
(a score of :data:`~.verdict.STRANGER_SCORE` or more: a rendering that changes a name renders
the rest clearly) at the same place, the result is that passage, ``reworded`` with the
``name`` flag, and the reason names both. Otherwise the rejection's reason says whom the
candidate names (fresh106 F6: "Lenin received the envoys ..." at "Папа Климент V принял ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..models import MatchResult, Span
from ..normalize import fold
from .demonyms import demonyms
from .embed import Embedder
from .evidence import Evidence
from .framenames import half_shared
from .morph_ru import may_be_name
from .othertimes import time_words
from .pairednames import flag_paired_names, one_person, other_names, unspelled
from .persons import person_of
from .verdict import STRANGER_SCORE, Signals

R = TypeVar("R", bound=MatchResult)

NAME = "name"


def unflagged(result: MatchResult) -> tuple[Span, Signals, Evidence] | None:
    """A ``reworded`` result's passage, signals and evidence, when it has no ``name`` flag
    yet (a :class:`~.meaning.MeaningResult`'s), else None."""
    signals = getattr(result, "signals", None)
    evidence = getattr(result, "evidence", None)
    if result.status != "reworded" or NAME in result.flags or result.span is None:
        return None
    if signals is None or evidence is None:
        return None
    return result.span, signals, evidence


def swap_name(quote: str, name: str, other: str) -> str | None:
    """``quote`` with ``other`` in the place of ``name`` (its one occurrence), else None."""
    owner = re.search(r"['’]s$", name)  # "Gregor's mother": the other's mother, still an owner
    if owner and not re.search(r"['’]s$", other):
        other += owner.group()
    swapped, count = re.subn(rf"\b{re.escape(name)}\b", other, quote)
    return swapped if count == 1 else None


def with_swapped_name(
    result: R,
    quote: str,
    text: str,
    again: Callable[[str], R],
    embedder: Embedder,
    languages: tuple[str, str] | None = None,
) -> R:
    """``result`` (``quote``'s in ``text``), or, when it was rejected at a candidate that lacks
    one name of the claim and names one other person, the claim compared ``again`` with that
    person in its place, when that finds the same passage clearly (see the module); else a
    rejected result's reason says whom its candidate names (:func:`_named_note`). A
    ``reworded`` result has its word pairs' names checked (:mod:`.pairednames`).
    ``languages``: the quote's and the text's, for a candidate rejected before its evidence."""
    if result.status == "reworded":
        return flag_paired_names(result, text, embedder, quote)
    candidate = getattr(result, "candidate", None)
    evidence = getattr(result, "evidence", None)
    if evidence is not None:
        languages = (evidence.quote_language, evidence.language)
    if result.status != "not_found" or candidate is None or languages is None:
        return result
    missing = unspelled(quote, languages[0], candidate.slice(text))
    others = one_person(other_names(quote, text, candidate, languages[1]), candidate.slice(text))
    found = None
    if evidence is not None and len(missing) == 1 and len(others) == 1:
        found = _swapped(quote, candidate, (missing[0], others[0]), languages[0], again)
    if found is None and languages[1] != "de":  # German capitalises every noun: no names
        people = [w for w in others if languages[1] != "ru" or may_be_name(w)]  # not "Услыхав"
        return _named_note(result, _persons(missing, quote, languages[0]), people)
    if found is None:
        return result
    return found


def _swapped(quote: str, candidate: Span, names: tuple[str, str], language: str,
             again: Callable[[str], R]) -> R | None:  # fmt: skip
    """The claim with the passage's name in its name's place (``names``: its, the other's),
    found clearly at ``candidate`` and flagged; else None."""
    name, other = names
    if person_of(name, language) is not None or time_words(name, language):  # "Мать", "Monday"
        return None
    swapped = swap_name(quote, name, other)
    if swapped is None:
        return None
    found = again(swapped)
    signals = getattr(found, "signals", None)
    if found.status != "reworded" or found.span is None or signals is None:
        return None
    if signals.score < STRANGER_SCORE or not half_shared(found.span, candidate):
        return None
    if not _beyond_names(getattr(found, "evidence", None), other):
        return None  # the name put there and a place: no rendering of what was done
    if _facts_unsaid(getattr(found, "evidence", None)):
        return None  # "verließ das Projekt im Jahr 1998" at a passage with no year: not the rest
    found.flags = [*found.flags, NAME] if NAME not in found.flags else found.flags
    found.reason = (
        found.reason.replace("the source says this ", "the source has this passage ", 1)
        + f"; CHECK: names differ ({name} not there; it names {other}): compared with {other} "
        f"in {name}'s place, the passage renders the rest of the claim"
    )
    return found


def _persons(names: list[str], quote: str, language: str) -> list[str]:
    """``names`` of ``quote`` but its adjectives of nations ("the French king") and words
    with an apostrophe ("That's")."""
    words = [(m.group(), m.start()) for m in re.finditer(r"\w+", quote)]
    nations = {w for w, at in words if at in demonyms(words, language)}
    return [n for n in names if n not in nations and not re.search(r"['’]", n)]


def _named_note(result: R, missing: list[str], others: list[str]) -> R:
    """``result``, rejected, whose reason also says that its candidate names one other person
    and none of the claim's names ("Lenin received the envoys ..." at "Папа Климент V
    принял послов ..."): a reader sees who the passage is about (fresh106 F6)."""
    said = ("CHECK: names differ", "names none of the quote's people")
    if missing and len(others) == 1 and not any(x in result.reason for x in said):
        result.reason += (
            f"; the candidate names {others[0]}, and not {', '.join(missing)} of the quote"
        )
    return result


def _facts_unsaid(evidence: Evidence | None) -> bool:
    """Whether the claim states a number or a date and the passage states none: with a name
    put in the claim's one's place, a passage that does not say when or how many renders
    less than the rest of the claim ("Ian Murdock verließ das Projekt im Jahr 1998, um ...
    Progeny zu gründen" of "eine Kombination aus Debra und Ian Murdock": ab-de-11, walk115).

    >>> _facts_unsaid(Evidence("de", "de", quote_numbers=("1998",)))
    True
    >>> _facts_unsaid(Evidence("de", "de", quote_numbers=("1998",), passage_numbers=("1993",)))
    False
    """
    if evidence is None:
        return False
    stated = evidence.quote_numbers or evidence.quote_dates
    return bool(stated) and not (evidence.passage_numbers or evidence.passage_dates)


def _beyond_names(evidence: Evidence | None, other: str) -> bool:
    """A counterpart besides names: a word pair whose claim word is neither the name put in
    the claim (``other``) nor one of the names it shares with the passage. "Belov resigned
    from the commission and went back to Samara." of "Соколова обещала прислать муку из
    Самары.": with Соколова in Belov's place, "Соколова" and "Samara"/"Самары" were its only
    counterparts (+1.8), and the passage, which says nothing of resigning, came out
    ``reworded`` (n95-absent-1)."""
    if evidence is None:
        return False
    names = {fold(n) for n in (*evidence.shared_names, other)}
    return any(fold(w.split("/", 1)[0]) not in names for w in evidence.shared_words)
