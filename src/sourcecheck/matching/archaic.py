"""Early Modern English forms read as the modern words they are (walk108, task archaic109).

Historians quote older translations (the King James Bible, 1900s renderings, legal English)
against modern ones, and the two differ in grammar, not in what they say: "Wherefore standest
thou without?" is "Why do you stand outside?". Two parts of that grammar are read here:

- a closed class of function words (:data:`FUNCTION_FORMS`): the second person's pronouns
  ("thee", "thou", "ye" = "you"; "thy", "thine" = "your"), the auxiliaries' second and third
  persons ("hast", "hath", "doth", "shalt", "wilt", "art", "didst", "couldest"), and the
  adverbs and conjunctions the modern language lost ("unto", "wherefore", "hither",
  "whither", "ere", "whosoever"). Each is the same word as its modern form
  (:func:`same_form`): the word matcher aligns the two as a variant of one word, not a changed
  word (:func:`mark_forms`), and the meaning stage reads them as the function words they are;
- the verb endings "-eth" (third person: "knoweth", "cometh", "crieth") and "-est" / "-st" /
  "-edst" (second person: "standest", "comest", "desiredst"), read as the verb WordNet lists
  (:func:`verb_lemma`): only a word that WordNet does not know as it stands, whose stem is a
  verb there ("know", "come", "cry"), so "honest", "forest", "teeth" and "suggest" keep theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ..normalize import fold
from . import wordnet

FUNCTION_FORMS: dict[str, tuple[str, ...]] = {
    # the second person's pronouns
    "thou": ("you",), "thee": ("you",), "ye": ("you",), "thy": ("your",),
    "thine": ("your", "yours"), "thyself": ("yourself",), "mine": ("my",),
    # the auxiliaries' second and third persons, and their past
    "art": ("are",), "wast": ("were", "was"), "wert": ("were",), "hast": ("have",),
    "hath": ("has",), "hadst": ("had",), "dost": ("do",), "doth": ("does",),
    "didst": ("did",), "shalt": ("shall",), "wilt": ("will",), "wouldest": ("would",),
    "wouldst": ("would",), "shouldest": ("should",), "shouldst": ("should",),
    "couldest": ("could",), "couldst": ("could",), "canst": ("can",), "mayest": ("may",),
    "mayst": ("may",), "mightest": ("might",), "mightst": ("might",), "saith": ("says",),
    "sayest": ("say",),
    # adverbs and conjunctions ("except it were given thee": unless)
    "unto": ("to",), "wherefore": ("why", "therefore"), "hither": ("here",),
    "thither": ("there",), "whither": ("where",), "whence": ("where",), "thence": ("there",),
    "ere": ("before",), "except": ("unless",), "whosoever": ("whoever", "anyone"),
    "whatsoever": ("whatever",), "nay": ("no",), "yea": ("yes",),
}  # fmt: skip
"""Folded Early Modern English function words -> the modern words each is a form of."""
OLD_FORMS: dict[str, str] = {
    "spake": "spoke", "shew": "show", "shewed": "showed", "shewn": "shown", "digged": "dug",
    "sware": "swore", "durst": "dared", "holpen": "helped", "clave": "clung", "wist": "knew",
    "wot": "know", "quoth": "said", "builded": "built",
}  # fmt: skip
"""Folded old forms of verbs WordNet does not read as such -> the modern form (the same word:
"spake" / "spoke" is a spelling to the word matcher, as "hath" / "has" is)."""
OLD_WORDS: dict[str, str] = {
    "whilst": "while", "afore": "before", "betwixt": "between", "howbeit": "however",
    "methinks": "think", "haply": "perhaps", "peradventure": "perhaps", "verily": "truly",
    "forthwith": "immediately", "straightway": "immediately", "nigh": "near",
    "raiment": "clothing", "victuals": "food", "kine": "cows", "wroth": "angry",
}  # fmt: skip
"""Folded older words -> the modern word a rendering puts for them: read so by the meaning
stage (stems, counterparts), never the same word to the word matcher ("haply" / "perhaps" is
a changed word there)."""
_SAYING = frozenset({"saith", "sayest"})
"""The verb of saying's old forms: content words, read as "says", "say"."""
ARCHAIC_FUNCTION_WORDS = frozenset(FUNCTION_FORMS) - {"art", "nay", "yea"} - _SAYING
"""The forms of :data:`FUNCTION_FORMS` that are function words only (never content words of
the meaning stage): "art" is also the noun, "nay" and "yea" answer, "saith" says."""
FORM_SIMILARITY = 0.8
"""The similarity the word matcher gives a form and its modern word ("thee" / "you"): a
variant's (:data:`.align.VARIANT_SIMILARITY` is 0.6), as "colour" / "color" is."""
_OLD_OF: dict[str, tuple[str, ...]] = {
    **FUNCTION_FORMS, **{old: (new,) for old, new in OLD_FORMS.items()}
}  # fmt: skip
"""Every old form of one word (:data:`FUNCTION_FORMS`, :data:`OLD_FORMS`) -> its modern forms."""
_MODERN_OF: dict[str, frozenset[str]] = {}
for _old, _new in _OLD_OF.items():
    for _word in _new:
        _MODERN_OF.setdefault(_word, frozenset())
        _MODERN_OF[_word] = _MODERN_OF[_word] | {_old}
_ALL_FORMS = frozenset(_OLD_OF) | frozenset(_MODERN_OF)
_ENDINGS = (("eth", ("", "e")), ("ieth", ("y",)), ("est", ("", "e")), ("st", ("",)),
            ("edst", ("ed", "e", "")), ("dst", ("d",)))  # fmt: skip
"""Verb endings of the second and third persons, each with what replaces it to give the
verb's plain form ("knoweth" -> "know", "cometh" -> "come", "crieth" -> "cry", "comest" ->
"come", "desiredst" -> "desired"); a doubled consonant is undone too ("forgettest")."""


def same_form(word: str, other: str) -> bool:
    """Whether two folded words are forms of one word by Early Modern English grammar: a
    function word and its modern form ("thee" / "you", "hath" / "has", "unto" / "to"), two old
    forms of one ("thee" / "thou"), an old form of a verb (:data:`OLD_FORMS`), or a verb's
    "-eth" / "-est" form and another of its forms ("knoweth" / "knows", "standest" / "stand").

    >>> same_form("thee", "you"), same_form("wherefore", "why"), same_form("thee", "me")
    (True, True, False)
    >>> same_form("spake", "spoke"), same_form("haply", "perhaps")
    (True, False)
    >>> same_form("knoweth", "knows") if wordnet.available() else True
    True
    """
    if word == other:
        return True
    mine, theirs = FUNCTION_FORMS.get(word, ()), FUNCTION_FORMS.get(other, ())
    if other in mine or word in theirs or set(mine) & set(theirs):
        return True
    if OLD_FORMS.get(word, word) == OLD_FORMS.get(other, other):  # "spake" / "spoke"
        return True
    lemma = verb_lemma(word) or verb_lemma(other)
    return lemma is not None and lemma in _verb_forms(word) and lemma in _verb_forms(other)


def forms_of_one(words: list[str], others: list[str]) -> bool:
    """Whether two runs of raw words are the same words in other forms, word for word:
    Early Modern English ones (:func:`same_form`) or two forms of one lemma in WordNet
    ("smote" / "smites", "struck" / "strikes"; not "struck" / "smote", two verbs).

    >>> forms_of_one(["hath"], ["has"]), forms_of_one(["struck"], ["smote"])
    (True, False)
    """
    if len(words) != len(others) or not words:
        return False
    return all(_one_word(fold(a), fold(b)) for a, b in zip(words, others, strict=True))


def _one_word(word: str, other: str) -> bool:
    if same_form(word, other):
        return True
    return any(
        set(wordnet.base_forms(word, pos)) & set(wordnet.base_forms(other, pos)) for pos in "nvar"
    )


@lru_cache(maxsize=1 << 14)
def verb_lemma(word: str) -> str | None:
    """The verb a folded Early Modern English "-eth" / "-est" / "-st" form is of ("knoweth":
    "know", "standest": "stand", "smote" is WordNet's own: not here), or None for a word WordNet
    knows as it stands ("honest", "forest", "suggest") or whose stem is no verb there."""
    if len(word) < 5 or not word.isalpha() or _known(word):
        return None
    for ending, plains in _ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        stems = [stem + p for p in plains]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])  # "forgettest", "setteth"
        for plain in stems:
            lemmas = wordnet.base_forms(plain, "v")
            if len(plain) > 1 and lemmas:
                return lemmas[0]
    return None


@lru_cache(maxsize=1 << 14)
def _known(word: str) -> bool:
    return any(wordnet.base_forms(word, pos) for pos in "nvar")


@lru_cache(maxsize=1 << 14)
def _verb_forms(word: str) -> frozenset[str]:
    """The verbs a folded word is a form of: WordNet's, or an old form's."""
    old = verb_lemma(word)
    return frozenset({*wordnet.base_forms(word, "v"), *((old,) if old else ())})


_DO = frozenset({"do", "does", "did", "dost", "doth", "didst"})
"""The auxiliary a modern question or negation adds: "standest thou" is "do you stand"."""


def do_periphrasis(word: str, auxiliary: str, missing: Sequence[str]) -> bool:
    """Whether a quote's old verb form ``word`` set against the source's ``auxiliary`` ("do")
    is the source's "do ... stand", its verb among the source's ``missing`` words (the word
    matcher's: "changed “standest” → “do”; missing “stand”"): the same verb, no changed word.

    >>> do_periphrasis("standest", "do", ["stand"]) if wordnet.available() else True
    True
    >>> do_periphrasis("standest", "do", ["sit"]), do_periphrasis("standest", "will", ["stand"])
    (False, False)
    """
    lemma = verb_lemma(fold(word))
    if lemma is None or fold(auxiliary) not in _DO:
        return False
    return any(lemma in wordnet.base_forms(fold(w), "v") for w in missing)


def modern_word(word: str) -> str:
    """The modern word a folded word stands for, for reading its content: the verb of an
    "-eth" / "-est" form ("knoweth": "know"), a verb of :data:`FUNCTION_FORMS` ("saith":
    "says"), an old form or word (:data:`OLD_FORMS`: "spake": "spoke"; :data:`OLD_WORDS`:
    "whilst": "while"), or the word itself.

    >>> modern_word("spake"), modern_word("whilst"), modern_word("spoke")
    ('spoke', 'while', 'spoke')
    """
    if word in _SAYING:
        return FUNCTION_FORMS[word][0]
    return OLD_FORMS.get(word) or OLD_WORDS.get(word) or verb_lemma(word) or word


def mark_forms(quote: tuple[str, ...], text: tuple[str, ...], similar: np.ndarray) -> None:
    """Raise ``similar`` (quote words x text words, as :func:`.align.similarity_matrix`
    gives it) to :data:`FORM_SIMILARITY` where a function word of :data:`FUNCTION_FORMS`
    or an old form of :data:`OLD_FORMS` meets a modern form of it, on either side: "unto" /
    "to", "you" / "thee", "durst" / "dared"."""
    wanted = [(i, forms) for i, forms in enumerate(map(_forms_of, quote)) if forms]
    if not wanted:
        return
    for j, t in enumerate(text):
        if t not in _ALL_FORMS:
            continue  # most words: one set lookup
        for i, forms in wanted:
            if t in forms and similar[i, j] < FORM_SIMILARITY:
                similar[i, j] = FORM_SIMILARITY


@lru_cache(maxsize=1 << 12)
def _forms_of(word: str) -> frozenset[str]:
    """The other words of :data:`FUNCTION_FORMS` and :data:`OLD_FORMS` that are a form of
    ``word`` (folded)."""
    mine = _OLD_OF.get(word, ())
    out = set(mine) | _MODERN_OF.get(word, frozenset())
    for modern in mine:
        out |= _MODERN_OF.get(modern, frozenset())
    out.discard(word)
    return frozenset(out)
