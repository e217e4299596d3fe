"""The meaning stage's second looks at a claim, each a search of the same text again: a
framed claim without its frame (:mod:`.frames`; the frame's name compared at the passage,
:mod:`.framenames`, and with the speaker the source gives beside it, :mod:`.leadin`), and a
claim rejected where the passage says the same of another person, with that person's name in
its place (:mod:`.swapped`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..models import MatchResult
from .embed import Embedder
from .framedates import frame_date_flag
from .framenames import frame_name_flag
from .frames import better_of, reported_content
from .leadin import flag_given_speaker
from .missingname import flag_missing_name
from .namedelsewhere import named_elsewhere
from .onlynames import reject_only_names
from .quote import ParsedQuote
from .swapped import with_swapped_name

R = TypeVar("R", bound=MatchResult)


def looked_again(
    parsed: ParsedQuote,
    plain: str,
    languages: tuple[str, str],
    text: str,
    search: Callable[..., R],
    embedder: Embedder,
    *,
    frames: bool,
    swaps: bool,
) -> R | None:
    """The result of ``search`` (``match_meaning`` on ``text`` with its arguments, no second
    looks of the kind already taken) when a second look applies, else None: ``swaps`` first
    (its search takes the frame's look), then the frame. ``plain``: the quote as compared;
    ``languages``: the quote's and the text's."""
    q_lang, t_lang = languages
    if swaps:  # rejected where another person is named: that name in its place (.swapped)
        swapped = with_swapped_name(search(parsed), plain, text, search, embedder, languages)
        elsewhere = named_elsewhere(swapped, plain, text, search)  # (.namedelsewhere)
        named = flag_missing_name(elsewhere, plain, text, search, embedder)  # (.missingname)
        return reject_only_names(named, text)  # who and where only, not what (.onlynames)
    framed = reported_content(plain, q_lang) if frames else None
    if framed is None:
        return None
    whole = search(parsed, frames=False)  # the frame's name compared there too (.framenames)
    content = frame_name_flag(whole, search(framed[0], frames=False))
    content = frame_date_flag(whole, content, framed[1], q_lang)  # "On January 20 X wrote"
    best = better_of(whole, content, framed[1])
    return flag_given_speaker(best, plain, q_lang, text, t_lang)  # "Иоффе сообщал: «»"
