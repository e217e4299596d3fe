"""A short claim in its writer's words with one word replaced: a synonym, an opposite, or
another thing (issue 10).

The word matcher finds the passage of a short claim whose content word differs ("A storm
wrecked the old bridge" / "A storm destroyed the old bridge over the river") and calls it a
lookalike (:mod:`.lookalike`): for a quotation it stays ``not_found``, a quotation must keep
every word. A claim of another kind (an event, a paraphrase) is in its writer's words, so
the meaning stage places it, and :func:`judge_replacement` then judges the word the words
found replaced, from the pair itself (the sentence vectors cannot: a sentence and its
opposite are 0.94 apart):

- an opposite (:mod:`.opposites`: "supported" / "opposed"): the rendering, flagged
  ``opposite``, the words shown;
- another member of a closed set of incompatible words (:mod:`.closedsets`: "Monday" / "Tuesday",
  "brother" / "sister", "north" / "south"), which single-word vectors place as near as
  synonyms (0.87, 0.75, 0.67): ``not_found``, the words shown;
- a word the claim adds that the source does not have: ``not_found``;
- a verb of the same concept in a curated table (:mod:`.synonyms`: "gave" / "presented",
  "passed" / "approved"), or a word of like meaning, its vector at least ``minimum``
  (:data:`SYNONYM_MIN`) from the source's ("wrecked" / "destroyed" 0.80, "saved" / "rescued"
  0.70): the rendering, the pair shown;
- else another word ("oaks" / "limes" 0.36): ``not_found``, the words shown.
"""

from __future__ import annotations

from ..models import MatchResult
from ..normalize import WORD_RE, fold
from .closedsets import same_kind
from .embed import Embedder
from .evidence import flag_opposed
from .lookalike import LOOKALIKE
from .meaning import REWORDED, MeaningResult
from .opposites import opposite_words
from .stems import content_stems
from .synonyms import concept_word, shared_concept
from .verdict import STRONG_PAIR
from .wordpairs import word_vectors

SYNONYM_MIN = STRONG_PAIR
"""The least word-vector similarity of a replaced word and the source's for a rendering: a
strong pair of the meaning stage (:data:`.verdict.STRONG_PAIR`). Single-word vectors place
words of like meaning and other things of a kind alike ("resisted" / "opposed" 0.62,
"sailing" / "rowing" 0.62, "passed" / "approved" 0.55, "farm" / "house" 0.49): under a strong
pair, a replaced word is taken for another thing (not found, the word shown), since a
confident wrong rendering is the worse failure."""


def judge_replacement(
    words: MatchResult | None,
    meaning: MeaningResult,
    passage: str,
    language: str,
    embedder: Embedder,
    *,
    minimum: float = SYNONYM_MIN,
) -> MeaningResult:
    """The meaning stage's ``reworded`` result of a claim whose word result ``words`` is a
    short lookalike, judged on the words replaced (see the module): ``meaning`` with the pair
    shown or flagged ``opposite``, or ``not_found`` with it as the rejected candidate.
    ``passage``: the rendering's text; ``language``: the claim's and the source's (the
    word matcher compares one language). Any other result is returned as it is."""
    if words is None or LOOKALIKE not in words.flags or meaning.status != REWORDED:
        return meaning
    # a word the source does not have is the lookalike's "extra" one (lookalike.py)
    replaced = ("changed", "extra")
    pairs = [(d.quote, d.source) for d in words.differences if d.kind in replaced]
    said = passage.casefold()  # the source's word there; an added word the rendering lacks
    stems = set(content_stems(WORD_RE.findall(passage), language))
    pairs = [
        (q, s) for q, s in pairs
        if (s.casefold() in said if s else not set(content_stems(q.split(), language)) <= stems)
    ]  # fmt: skip
    notes = []
    for quote_word, source_word in pairs:  # the source's word in the rendering: the same place
        opposed = opposite_words(quote_word, language, source_word or passage, language)
        if opposed is not None:  # "increased" where the rendering says "decreased"
            flag_opposed(meaning, opposed)
            continue
        synonym = _synonym_in(quote_word, passage, language)  # "gave" / "presented"
        if synonym is not None:
            notes.append(f"“{synonym[0]}” for the source's “{synonym[1]}” (one verb's synonyms)")
            continue
        if not source_word:
            return _rejected(meaning, f"it says “{quote_word}”, which the source does not have")
        kind = same_kind(quote_word, source_word)
        said = f"it says “{quote_word}” where the source has “{source_word}”"
        if kind is not None:
            return _rejected(meaning, f"{said}: another of the {kind}, not a rendering")
        near = word_vectors([quote_word.lower(), source_word.lower()], embedder)
        similarity = float(near[0] @ near[1])
        if similarity < minimum:
            return _rejected(
                meaning, f"{said}: another word, not taken for a rendering (their similarity "
                f"{similarity:.2f} is under {minimum:.2f}, a word of like meaning's)",
            )  # fmt: skip
        notes.append(f"“{quote_word}” for the source's “{source_word}” ({similarity:.2f})")
    if notes:
        meaning.reason += f"; a word of like meaning: {', '.join(notes)}"
    return meaning


def _synonym_in(words: str, passage: str, language: str) -> tuple[str, str] | None:
    """A verb of ``words`` (the quote's words found replaced) and the word of ``passage``
    that says its concept (:mod:`.synonyms`), when every other of ``words`` is the passage's
    too; else None. Not only at the replaced word's place: a word order of its own ("Die Witwe
    erwarb" / "kaufte die Witwe"), or the word matcher's pair shifted ("Pfarrer spendete" for
    "Schule" where the passage has "Der Pfarrer schenkte der Schule")."""
    synonym = concept_word(words, language, passage, language)
    if synonym is None:
        return None
    theirs = {fold(w) for w in WORD_RE.findall(passage)}
    others = [
        w for w in WORD_RE.findall(words) if not shared_concept(w, language, synonym, language)
    ]
    if not all(fold(w) in theirs for w in others):
        return None
    return concept_word(synonym, language, words, language) or words, synonym


def _rejected(meaning: MeaningResult, why: str) -> MeaningResult:
    """``not_found``: the rendering is the rejected candidate, and why."""
    return MeaningResult(
        "not_found", meaning.score, meaning.text_id,
        reason=f"{why}, at the passage that says the rest (similarity {meaning.score:g})",
        language=meaning.language, evidence=meaning.evidence, signals=meaning.signals,
        model_id=meaning.model_id, candidate=meaning.span,
    )  # fmt: skip
