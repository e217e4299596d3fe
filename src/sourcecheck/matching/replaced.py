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
- another member of a closed set of incompatible words (:data:`KINDS`: "Monday" / "Tuesday",
  "brother" / "sister", "north" / "south"), which single-word vectors place as near as
  synonyms (0.87, 0.75, 0.67): ``not_found``, the words shown;
- a word the claim adds that the source does not have: ``not_found``;
- a word of like meaning, its vector at least ``minimum`` (:data:`SYNONYM_MIN`) from the
  source's ("wrecked" / "destroyed" 0.80, "saved" / "rescued" 0.70): the rendering, the pair
  shown;
- else another word ("oaks" / "limes" 0.36): ``not_found``, the words shown.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import MatchResult
from .embed import Embedder
from .lookalike import LOOKALIKE
from .meaning import REWORDED, MeaningResult
from .opposites import flag_opposite, opposite_words
from .verdict import STRONG_PAIR
from .wordpairs import word_vectors

SYNONYM_MIN = STRONG_PAIR
"""The least word-vector similarity of a replaced word and the source's for a rendering: a
strong pair of the meaning stage (:data:`.verdict.STRONG_PAIR`). Single-word vectors place
words of like meaning and other things of a kind alike ("resisted" / "opposed" 0.62,
"sailing" / "rowing" 0.62, "passed" / "approved" 0.55, "farm" / "house" 0.49): under a strong
pair, a replaced word is taken for another thing (not found, the word shown), since a
confident wrong rendering is the worse failure."""

KINDS: dict[str, tuple[str, ...]] = {
    "weekdays": (
        "monday|montag|понедельник\\w*", "tuesday|dienstag|вторник\\w*",
        "wednesday|mittwoch|сред[аыу]", "thursday|donnerstag|четверг\\w*",
        "friday|freitag|пятниц\\w*", "saturday|samstag|sonnabend|суббот\\w*",
        "sunday|sonntag|воскресень\\w*",
    ),
    "months": (
        "january|januar|январ\\w*", "february|februar|феврал\\w*", "march|märz|март\\w*",
        "april|апрел\\w*", "may|mai|ма[йяю]", "june|juni|июн\\w*", "july|juli|июл\\w*",
        "august|август\\w*", "september|сентябр\\w*", "october|oktober|октябр\\w*",
        "november|ноябр\\w*", "december|dezember|декабр\\w*",
    ),
    "seasons": (
        "spring|frühling|frühjahr|весн\\w*", "summer|sommer|лет[оа]|летом",
        "autumn|fall|herbst|осен\\w*", "winter|зим\\w*",
    ),
    "times of day": (
        "morning|morgen|утр\\w*", "noon|midday|mittag|полдень|полдн\\w*",
        "afternoon|nachmittag", "evening|abend|вечер\\w*", "night|nacht|ноч\\w*",
    ),
    "compass points": (
        "north\\w*|nord\\w*|север\\w*", "south\\w*|süd\\w*|юг|южн\\w*",
        "east\\w*|ost\\w*|восто\\w*", "west\\w*|запад\\w*",
    ),
    "sexes": (
        "man|men|mann|männer|мужчин\\w*", "woman|women|frau|frauen|женщин\\w*",
        "boys?|junge|jungen|мальчик\\w*", "girls?|mädchen|девочк\\w*",
    ),
    "kin": (
        "father|vater|отец|отц\\w*", "mother|mutter|мать|матер\\w*",
        "brothers?|bruder|brüder|брат\\w*", "sisters?|schwester\\w*|сестр\\w*",
        "sons?|sohn|söhne|сын\\w*", "daughters?|tochter|töchter|доч\\w*",
        "husband|ehemann|муж|мужа|мужу|мужем", "wife|ehefrau|жена|жены|жене|женой",
        "uncle|onkel|дяд\\w*", "aunt|tante|тёт\\w*|тет\\w*",
        "king|könig|корол\\w*", "queen|königin|королев\\w*",
    ),
    "colours": (
        "red|rot\\w*|красн\\w*", "blue|blau\\w*|син\\w*|голуб\\w*", "green|grün\\w*|зелён\\w*",
        "yellow|gelb\\w*|жёлт\\w*|желт\\w*", "black|schwarz\\w*|чёрн\\w*|черн\\w*",
        "white|weiß\\w*|бел\\w*",
    ),
    "feelings": (
        "angry|anger|furious|fury|enraged|indignant|wütend\\w*|zornig\\w*|empört\\w*|"
        "гнев\\w*|ярост\\w*|возмущ\\w*|разгнева\\w*|рассерд\\w*",
        "relie(?:f|ved)|erleichter\\w*|облегчени\\w*",
        "glad|happy|joy\\w*|delighted|froh|frohe[mnrs]?|freud\\w*|glücklich\\w*|"
        "рад|рада|рады|радост\\w*|обрадова\\w*|счастлив\\w*",
        "afraid|frightened|scared|terrified|ängstlich\\w*|furcht\\w*|страх\\w*|испуга\\w*",
        "sad|sorrow\\w*|grief|traurig\\w*|печал\\w*|грустн\\w*",
    ),
}  # fmt: skip
"""Closed sets of words that exclude each other, in English, German and Russian: a claim
that puts one for another says something else, however near their vectors."""


@cache
def _member(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


def same_kind(word: str, other: str) -> str | None:
    """The name of the set of :data:`KINDS` whose different members ``word`` and ``other``
    are, or None.

    >>> same_kind("Monday", "Tuesday"), same_kind("sister", "brothers"), same_kind("a", "b")
    ('weekdays', 'kin', None)
    >>> print(same_kind("brother", "brothers"))
    None
    """
    mine, theirs = kind_members(word), kind_members(other)
    for name in KINDS:
        ours = {i for kind, i in mine if kind == name}
        others = {i for kind, i in theirs if kind == name}
        if ours and others and not ours & others:
            return name
    return None


@cache
def kind_members(word: str) -> frozenset[tuple[str, int]]:
    """The sets of :data:`KINDS` ``word`` is a member of: (set name, member index)."""
    return frozenset(
        (name, i)
        for name, members in KINDS.items()
        for i, member in enumerate(members)
        if _member(member).fullmatch(word)
    )


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
    pairs = [(d.quote, d.source) for d in words.differences if d.kind == "changed"]
    pairs = [(q, s) for q, s in pairs if not s or s.casefold() in passage.casefold()]
    notes = []
    for quote_word, source_word in pairs:  # the source's word in the rendering: the same place
        opposed = opposite_words(quote_word, language, source_word or passage, language)
        if opposed is not None:  # "increased" where the rendering says "decreased"
            flag_opposite(meaning, opposed)
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


def _rejected(meaning: MeaningResult, why: str) -> MeaningResult:
    """``not_found``: the rendering is the rejected candidate, and why."""
    return MeaningResult(
        "not_found", meaning.score, meaning.text_id,
        reason=f"{why}, at the passage that says the rest (similarity {meaning.score:g})",
        language=meaning.language, evidence=meaning.evidence, signals=meaning.signals,
        model_id=meaning.model_id, candidate=meaning.span,
    )  # fmt: skip
