"""The right passage, another person's name: "Hartmann was relieved and at once telegraphed
to Dresden." of "Vogel war erleichtert und telegraphierte sofort nach Dresden.".

The passage renders every word of the claim but its doer's name, and it came out
``reworded`` with no flag: the name had no counterpart (one word among several), and the
check of paired names (:mod:`.pairednames`) leaves German sides out, where every noun is
capitalised and a capitalised word is no evidence of a name. The claim's name that the
passage does not spell, and the passage's name that the claim does not spell, are each
known from their sentences (neither after a preposition, :func:`~.pairednames.placed_name`:
"nach Dresden" is where, not who; in a German claim not a noun after its article); the
claim is then compared again with the passage's name in its place (:func:`~.swapped.swap_name`).
When the passage then renders it better, by :data:`GAIN` or more, with that name a counterpart,
the passage's name is the claim's name's counterpart: the claim says this of another person,
the ``name`` flag, and the reason names both. A name spelled otherwise in the passage
("Belov"/"Below") is one name (:func:`~.anchors.same_name`), never tried, and so is a nickname
translated ("Сонной"/"Sleepy": :func:`~.namewords.nicknames`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..models import MatchResult
from ..normalize import fold
from .anchors import NAME_VECTORS, german_common_nouns, german_names, name_key, same_name
from .citations import cited_alike
from .embed import Embedder
from .framenames import half_shared
from .namewords import nicknames
from .openers import opening_starts
from .pairednames import _WORD, cyrillic, other_names, placed_name, unspelled
from .persons import person_of
from .stems import STOPWORDS
from .swapped import NAME, swap_name, unflagged
from .textcache import TextCache

R = TypeVar("R", bound=MatchResult)

GAIN = 0.5
"""How much higher (decision score) the passage must render the claim with the passage's name
in the claim's name's place: the name then has its counterpart, a word more of the claim."""
TRIED = 2
"""The claim's names and the passage's names tried, at most (each pair is one search)."""


def flag_missing_name(
    result: R, quote: str, text: str, again: Callable[[str], R], embedder: Embedder
) -> R:
    """``result`` (``quote``'s ``reworded`` passage in ``text``) with the ``name`` flag when
    the passage says it of another person: the claim searched ``again`` with that person's
    name in the place of its own renders the passage better (see the module)."""
    looked = unflagged(result)
    if looked is None:
        return result
    span, _, evidence = looked
    q_lang, t_lang = evidence.quote_language, evidence.language
    if q_lang == t_lang:  # in one language the word matcher compares the names (.anchors)
        return result
    passage = span.slice(text)
    missing = [
        w for w in unspelled(quote, q_lang, passage)
        if person_of(w, q_lang) is None and not placed_name(quote, w, q_lang)
        and _claim_name(w, quote, q_lang, text, t_lang)
    ]  # fmt: skip
    others = [
        w for w in other_names(quote, text, span, t_lang, given=False)
        if person_of(w, t_lang) is None and not placed_name(passage, w, t_lang)
        and (t_lang != "de" or german_names(passage, (w,)))
    ]  # fmt: skip
    cited = cited_alike(quote, passage)  # "ГК" / "Civil Code": one code (.citations)
    missing = [w for w in missing if w not in cited]
    others = [w for w in others if w not in cited]
    paired = [w.split("/") for w in evidence.shared_words]  # a word's counterpart: no name's place
    missing = [w for w in missing if not any(w == pair[0] for pair in paired)]
    others = [w for w in others if not any(w == pair[-1] for pair in paired)]
    rendered = [(n, o) for n in missing for o in others if nicknames((n, o), (q_lang, t_lang))]
    missing = [w for w in missing if w not in {n for n, _ in rendered}]  # "Сонной"/"Sleepy"
    others = [w for w in others if w not in {o for _, o in rendered}]
    if not missing or not others or len(missing) > TRIED:
        return result
    for name in missing:
        for other in others[:TRIED]:
            swapped = swap_name(quote, name, other)
            found = again(swapped) if swapped is not None else None
            if _renders_better(found, result, other) and not _translated(name, other, embedder):
                return _flagged(result, name, other)
    return result


def _claim_name(word: str, quote: str, language: str, text: str, t_lang: str) -> bool:
    """A name of the claim: capitalised inside a sentence of it (in German not as a noun
    after its article or adjective), or, opening one ("Sokolova wrote ..."), a name of the
    text (its key, any script: "Sokolowa"; a near spelling only across scripts, where
    transliterations differ: in one script a noun finds a near key, "Come" / "Kommen")."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(quote)]
    starts = opening_starts(quote, words)
    inside = any(w == word and at not in starts for w, at in words)
    if inside and (language != "de" or german_names(quote, (word,))):
        return True
    key, names = name_key(word), text_names(text, t_lang)
    if key in names:
        return True
    across = cyrillic(word) != (t_lang == "ru")  # transliterated: "Гартман" / "Hartmann"
    return across and any(same_name(key, k) for k in names)


def read_text_names(text: str, language: str) -> frozenset[str]:
    """The name keys of ``text``'s capitalised words that it never prints in lower case (in
    German not its common nouns), sentence openers included: the names it may name."""
    lower = {fold(w) for w in _WORD.findall(text) if w[:1].islower()}
    stop = STOPWORDS.get(language, frozenset())
    common = german_common_nouns(text) if language == "de" else frozenset()
    return frozenset(
        name_key(w) for w in set(_WORD.findall(text))
        if w[:1].isupper() and len(w) > 1 and fold(w) not in lower and fold(w) not in stop
        and fold(w) not in common
    )  # fmt: skip


text_names = TextCache(read_text_names, 8)
"""The names a text may name (:func:`read_text_names`), kept for 8 texts, or read from the
store (:mod:`sourcecheck.store.textwords`)."""


def _translated(name: str, other: str, embedder: Embedder) -> bool:
    """The two words as near as one word in two languages ("Colonel"/"Oberst",
    "Nobody"/"Niemand"), not two people's names (:data:`~.anchors.NAME_VECTORS`)."""
    vectors = embedder([name, other])
    return float(vectors[0] @ vectors[1]) >= NAME_VECTORS[1]


def _renders_better(found: MatchResult | None, result: MatchResult, other: str) -> bool:
    """``found`` is ``reworded`` at ``result``'s passage, :data:`GAIN` higher, with ``other``
    among its counterparts."""
    signals = getattr(found, "signals", None)
    evidence = getattr(found, "evidence", None)
    before = getattr(result, "signals", None)
    if found is None or found.status != "reworded" or found.span is None or result.span is None:
        return False
    if signals is None or evidence is None or before is None:
        return False
    if not half_shared(found.span, result.span) or signals.score < before.score + GAIN:
        return False
    return any(other in w.split("/") for w in evidence.shared_words)


def _flagged(result: R, name: str, other: str) -> R:
    result.flags = [*result.flags, NAME]
    result.reason = result.reason.replace(
        "the source says this ", "the source has this passage ", 1
    ) + (
        f"; CHECK: names differ ({name} not there; it names {other}): compared with {other} "
        f"in {name}'s place, the passage renders the claim better"
    )
    return result
