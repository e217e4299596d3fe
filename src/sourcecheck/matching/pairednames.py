"""Two people's names paired as counterparts: "Sverdlov objected to him and proposed ..." of
"Урицкий возразил ему и предложил ...".

The word aligner pairs a quote's word with the passage word nearest in meaning, and two
surnames of one language's people are near as word vectors (0.5-0.65 across scripts: both
"a Russian surname"), so the quote's name can be paired with another person's: counted as a
counterpart, it is no missing name, and the passage that says the same of someone else came
out ``reworded`` with no flag. A name is its own rendering (:func:`~.anchors.name_key`:
"Свердлов" / "Sverdlov"), and the same name in another language is nearer still
(:data:`~.anchors.NAME_VECTORS`: "Bavaria" / "Bayern" from 0.7): a pair of capitalised words
that neither spells the other, under that similarity, whose passage word the text gives as a
name (never printed in lower case), is one person named in another's place: the ``name`` flag.
Only across scripts (Latin and Cyrillic), where a name's counterpart is its transliteration:
in one script a name is spelled alike, and a pair of capitalised words is two words
("Hence" / "Wherefore" opening a sentence). German sides are left out: German capitalises
every noun ("Vater" / "Father").
"""

from __future__ import annotations

from typing import TypeVar

from ..models import MatchResult
from .anchors import NAME_VECTORS, name_key, same_name
from .embed import Embedder
from .stems import STOPWORDS

R = TypeVar("R", bound=MatchResult)

NAME = "name"


def flag_paired_names(result: R, text: str, embedder: Embedder) -> R:
    """``result`` with the ``name`` flag, and a CHECK naming both, when one of its word pairs
    (the evidence's "quote/passage" words) pairs two people's names (see the module)."""
    evidence = getattr(result, "evidence", None)
    if result.status != "reworded" or evidence is None or NAME in result.flags:
        return result
    languages = (evidence.quote_language, evidence.language)
    if "de" in languages:
        return result
    split = [w.split("/", 1) for w in evidence.shared_words if "/" in w]
    pairs = [(q, p) for q, p in split if _name_pair(q, p, languages, text)]
    if not pairs:
        return result
    vectors = embedder([w for pair in pairs for w in pair])
    swapped = [
        pair for i, pair in enumerate(pairs)
        if float(vectors[2 * i] @ vectors[2 * i + 1]) < NAME_VECTORS[1]
    ]  # fmt: skip
    if not swapped:
        return result
    result.flags = [*result.flags, NAME]
    result.reason = result.reason.replace(
        "the source says this ", "the source has this passage ", 1
    )
    result.reason += (
        "; CHECK: names differ ("
        + "; ".join(f"{q} not there; it names {p} in its place" for q, p in swapped)
        + ")"
    )
    return result


def _name_pair(quote: str, passage: str, languages: tuple[str, str], text: str) -> bool:
    """Both capitalised, no function words, in two scripts, neither spelling the other, and
    the passage's word never printed in lower case in ``text``."""
    for word, language in zip((quote, passage), languages, strict=True):
        if not word[:1].isupper() or word.casefold() in STOPWORDS.get(language, ()):
            return False
    if _cyrillic(quote) == _cyrillic(passage) or same_name(name_key(quote), name_key(passage)):
        return False  # in one script a name is spelled alike: "Hence/Wherefore" are words
    return f" {passage.casefold()}" not in text


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)
