"""Labelled quotations drawn from real texts, perturbed the way real quotations differ.

A quotation starts as a *stretch*: 8-60 consecutive words of one paragraph of a source text,
beginning at a sentence start when one fits, ending at a word boundary, and occurring only once
in the text (so that its expected location is unambiguous). Its expected location is the
character span of the stretch in the text. A perturbation of one category then rewrites it
(see ``CATEGORIES``); every quotation also has its line breaks flattened, as a quotation
printed in a document would. Everything is drawn from one ``random.Random``: the same seed
gives the same benchmark.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from sourcecheck.normalize import Tokens, fold, tokenize

# The brief's negation words, and any "n't" contraction (checked on the raw word).
NEGATION_WORDS = frozenset(
    "not no never nor neither none nothing nobody cannot nowhere".split()  # folded
)
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "thousand": 1000,
}  # fmt: skip
# Words no perturbation other than negation_flip / number_change may touch or introduce.
_GUARDED_NUMBERS = set(NUMBER_WORDS) | {
    "one", "zero", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "seventy", "eighty", "ninety", "million", "first", "second", "third",
}  # fmt: skip
AUXILIARIES = frozenset(
    "is was were are am had have has would could should will shall must did do does can may "
    "might".split()
)
PRONOUNS = frozenset("he she him her they them it his their".split())
NAMES = {
    "tolstoy": ["Pierre", "Prince Andrew", "Natásha", "Nicholas Rostóv", "Kutúzov", "Napoleon"],
    "czernin": ["Trotski", "Kühlmann", "the Emperor", "Count Tisza", "Germany", "Lenin"],
}
ELISION_MARKS = ("...", "…", ". . .", "[...]")
MIN_SEGMENT = 3  # words of a quotation kept between elisions

_WORD_EDGE = re.compile(r"\s+")
_APOSTROPHE_NT = re.compile(r"n['’]t$", re.IGNORECASE)


def is_negation(raw: str) -> bool:
    """A negation word of the brief: not/no/never/... or an "n't" contraction."""
    return fold(raw) in NEGATION_WORDS or bool(_APOSTROPHE_NT.search(raw))


def is_number(raw: str) -> bool:
    word = fold(raw)
    return word.isdigit() or word in _GUARDED_NUMBERS or fold(raw[:-2]).isdigit()


def is_guarded(raw: str) -> bool:
    """Negations and numbers: only their own categories may change them."""
    return is_negation(raw) or is_number(raw)


@dataclass
class Source:
    """A source text, its prose paragraphs and its word tokens (offsets into ``text``)."""

    name: str
    text: str
    paragraphs: list[tuple[int, int]]  # (first token, last token) of each usable paragraph
    tokens: Tokens
    normalized: str = ""  # " " + folded words joined by spaces + " ", for uniqueness checks
    vocabulary: list[str] = field(default_factory=list)  # raw words of 3+ letters, for swaps

    def occurrences(self, first: int, last: int) -> int:
        """How many times the folded words ``first..last`` occur in the whole text."""
        needle = " " + " ".join(self.tokens.words[first : last + 1]) + " "
        return self.normalized.count(needle)


def gutenberg_body(text: str) -> tuple[int, int]:
    """Character range between the Gutenberg START and END lines (whole text if absent)."""
    start = text.find("*** START OF")
    start = text.find("\n", start) + 1 if start >= 0 else 0
    end = text.find("*** END OF")
    return start, end if end >= 0 else len(text)


def load_source(
    name: str, text: str, *, body: tuple[int, int] | None = None, unique: bool = True
) -> Source:
    """Tokenize ``text`` and find its prose paragraphs (inside ``body``)."""
    lo, hi = body if body is not None else gutenberg_body(text)
    tokens = tokenize(text)
    paragraphs = []
    first = None
    for i, start in enumerate(tokens.starts):
        if start < lo or start >= hi:
            continue
        if first is None:
            first = i
        blank_after = i + 1 >= len(tokens) or "\n\n" in text[tokens.ends[i] : tokens.starts[i + 1]]
        if blank_after or i + 1 >= len(tokens) or tokens.starts[i + 1] >= hi:
            if _is_prose(text[tokens.starts[first] : tokens.ends[i]]):
                paragraphs.append((first, i))
            first = None
    vocabulary = sorted(
        {
            text[s:e]
            for s, e in zip(tokens.starts[::7], tokens.ends[::7], strict=True)
            if lo <= s < hi
        }
    )
    vocabulary = [w for w in vocabulary if w.isalpha() and len(w) >= 3 and not is_guarded(w)]
    normalized = " " + " ".join(tokens.words) + " " if unique else ""
    return Source(name, text, paragraphs, tokens, normalized, vocabulary)


def _is_prose(paragraph: str) -> bool:
    """Ordinary running text: no brackets, ellipses, tables or headings."""
    if any(mark in paragraph for mark in ("[", "]", "...", "…", "|", "*", "+--")):
        return False
    letters = sum(c.isalpha() for c in paragraph)
    lower = sum(c.islower() for c in paragraph)
    numbers = len(re.findall(r"\b\d+\b", paragraph))
    words = len(paragraph.split())
    return letters > 0.6 * len(paragraph) and lower > 0.7 * letters and numbers < 0.05 * words


@dataclass
class Stretch:
    """Consecutive words ``first..last`` of a source, as printed (line breaks included)."""

    source: Source
    first: int
    last: int

    @property
    def span(self) -> tuple[int, int]:
        return self.source.tokens.starts[self.first], self.source.tokens.ends[self.last]

    @property
    def raw(self) -> str:
        start, end = self.span
        return self.source.text[start:end]

    def words(self) -> list[str]:
        """The raw words of the stretch (as printed, one token each)."""
        t = self.source.tokens
        return [self.source.text[t.starts[i] : t.ends[i]] for i in range(self.first, self.last + 1)]

    def pieces(self) -> tuple[list[str], list[str]]:
        """Raw words and the separators after each (the last separator is "")."""
        t, text = self.source.tokens, self.source.text
        seps = [text[t.ends[i] : t.starts[i + 1]] for i in range(self.first, self.last)] + [""]
        return self.words(), seps


def sample_stretch(
    source: Source, rng: random.Random, min_words: int, max_words: int, *, tries: int = 200
) -> Stretch | None:
    """A random stretch of ``min_words..max_words`` words inside one paragraph, unique."""
    for _ in range(tries):
        p_first, p_last = rng.choice(source.paragraphs)
        size = p_last - p_first + 1
        if size < min_words:
            continue
        n = rng.randint(min_words, min(max_words, size))
        t = source.tokens
        starts = [
            i
            for i in range(p_first, p_last - n + 2)
            if i == p_first or re.search(r"[.!?]\W*\s", source.text[t.ends[i - 1] : t.starts[i]])
        ]
        first = rng.choice(starts) if starts else rng.randint(p_first, p_last - n + 1)
        stretch = Stretch(source, first, first + n - 1)
        if not source.normalized or source.occurrences(stretch.first, stretch.last) == 1:
            return stretch
    return None


def join(words: list[str], seps: list[str]) -> str:
    """Words and separators back into one line, line breaks flattened."""
    out = "".join(w + s for w, s in zip(words, seps, strict=True))
    return _WORD_EDGE.sub(" ", out).strip()


@dataclass
class Case:
    """One labelled quotation."""

    id: str
    category: str
    source: str  # the text it is searched in
    quote: str
    expected: tuple[str, ...]  # acceptable statuses
    span: tuple[int, int] | None  # expected location (None: absent)
    note: str = ""
    origin: str = ""  # where the words come from, when not from ``source``
    kinds: tuple[str, ...] = ()  # difference kinds that must be reported


Perturb = Callable[[Stretch, random.Random], tuple[str, str, tuple[str, ...]] | None]
"""stretch -> (quote, note, expected statuses), or None when it does not apply."""


# -- typography ------------------------------------------------------------------------------

_LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"))


def _restyle_quotes(s: str) -> str:
    """Curly quotation marks made straight, or straight ones curly."""
    if "“" in s or "’" in s or "‘" in s or "”" in s:
        return s.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    s = re.sub(r'(^|[\s(—-])"', "\\1“", s)
    s = s.replace('"', "”")
    s = re.sub(r"(^|[\s(—-])'", "\\1‘", s)
    return s.replace("'", "’")


def perturb_typography(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]]:
    words, seps = stretch.pieces()
    quote = join(words, seps)
    notes = ["flattened"]
    if rng.random() < 0.8:
        quote = _restyle_quotes(quote)
        notes.append("quotes restyled")
    if "--" in quote:
        quote = quote.replace("--", "—")
        notes.append("-- to —")
    elif "—" in quote:
        quote = quote.replace("—", rng.choice(["--", " – "]))
        notes.append("— restyled")
    if rng.random() < 0.3:
        for plain, ligature in _LIGATURES:
            if plain in quote:
                quote = quote.replace(plain, ligature)
                notes.append(f"ligature {ligature}")
                break
    if rng.random() < 0.3 and any(ord(c) > 127 and c.isalpha() for c in quote):
        decomposed = unicodedata.normalize("NFKD", quote)
        quote = unicodedata.normalize(
            "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
        )
        notes.append("diacritics dropped")
    if quote[:1].islower() and rng.random() < 0.7:
        quote = quote[0].upper() + quote[1:]
        notes.append("first letter capitalized")
    elif quote[:1].isupper() and rng.random() < 0.5:
        quote = quote[0].lower() + quote[1:]
        notes.append("first letter lowered")
    if rng.random() < 0.3:
        quote = quote.upper() if rng.random() < 0.3 else quote.lower()
        notes.append("case changed throughout")
    if rng.random() < 0.2:
        quote = f"“{quote}”"
        notes.append("enclosed in quotation marks")
    return quote, ", ".join(notes), ("verbatim",)


# -- elisions and interpolations -------------------------------------------------------------


def perturb_elided(
    stretch: Stretch, rng: random.Random, *, hide_negation: bool = False
) -> tuple[str, str, tuple[str, ...]] | None:
    """Remove one or two stretches of 4-40 words; a short removed negation makes it close.

    Kept segments have at least ``MIN_SEGMENT`` words. With ``hide_negation`` one removed
    stretch is 4-6 words holding a negation word (make_cases asks for it in a quarter of the
    cases); any other removed stretch that happens to be such is labelled the same way.
    """
    words, seps = stretch.pieces()
    n, edge = len(words), MIN_SEGMENT
    cuts = 1 if rng.random() < 0.6 else 2
    negations = [i for i in range(edge, n - edge) if is_negation(words[i])]
    if hide_negation and not negations:
        return None
    for _ in range(50):
        removed: list[tuple[int, int]] = []
        if hide_negation:
            k = rng.choice(negations)
            length = rng.randint(4, 6)
            a = rng.randint(max(edge, k - length + 1), min(k, n - edge - length))
            removed.append((a, a + length))
        while len(removed) < cuts:
            length = rng.randint(4, min(40, n - 2 * edge - 2))
            a = rng.randint(edge, n - edge - length)
            removed.append((a, a + length))
        removed.sort()
        kept = n - sum(b - a for a, b in removed)
        apart = all(b1 + edge <= a2 for (_, b1), (a2, _) in itertools.pairwise(removed))
        if apart and 8 <= kept <= 60:
            break
    else:
        return None
    out: list[str] = []
    notes = []
    negation_hidden = False
    i = 0
    for a, b in removed:
        out.append(join(words[i:a], [*seps[i : a - 1], ""]))
        out.append(rng.choice(ELISION_MARKS))
        gone = words[a:b]
        if len(gone) <= 6 and any(is_negation(w) for w in gone):
            negation_hidden = True
        notes.append(f"removed {len(gone)} words: “{' '.join(gone)}”")
        i = b
    out.append(join(words[i:], seps[i:]))
    expected = ("close",) if negation_hidden else ("verbatim",)
    if negation_hidden:
        notes.append("a removed stretch of <= 6 words holds a negation")
    return " ".join(out), "; ".join(notes), expected


def perturb_interpolated(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]]:
    words, seps = stretch.pieces()
    words = list(words)
    kind = rng.choice(["[!]", "[sic]", "that is"])
    if kind == "that is":
        names = NAMES.get(stretch.source.name.split("-")[0]) or [
            n for v in NAMES.values() for n in v
        ]
        name = rng.choice(names)
        spots = [i for i, w in enumerate(words) if fold(w) in PRONOUNS] or [len(words) // 2]
        k = rng.choice(spots)
        words[k] += f" [that is, {name}]"
        note = f"“[that is, {name}]” after “{stretch.words()[k]}”"
    else:
        k = rng.randrange(len(words))
        words[k] += f" {kind}"
        note = f"“{kind}” after word {k + 1}"
    return join(words, seps), note, ("verbatim",)


# -- spelling and OCR ------------------------------------------------------------------------

_OUR = re.compile(
    r"^((?:hon|col|fav|lab|behavi|neighb|harb|rum|vig|val|hum|od|ard|arm|endeav|parl|clam|"
    r"splend|rig|sav|cand|ferv|vap|savi|flav)o)u(r(?:s|ed|ing|able|ably|ite|ites|hood|less|"
    r"ful|er|ers)?)$",
    re.IGNORECASE,
)
_ISE = re.compile(
    r"^((?:real|recogn|organ|apolog|critic|sympath|civil|author|character|mobil|demobil|"
    r"neutral|util|summar|familiar|symbol|colon|agon|tranquil|harmon|scrutin|tyrann|patron|"
    r"econom|memor|central|special|general)i)s(e|ed|es|ing|ation|ations)$",
    re.IGNORECASE,
)
_ELLED = re.compile(
    r"^((?:travel|quarrel|level|label|model|cancel|marvel|signal|equal|counsel|shovel|revel|"
    r"channel|tunnel|rival|grovel|snivel|duel|pencil|total|unravel|dishevel))l(ed|ing|er|ers)$",
    re.IGNORECASE,
)


def spelling_variant(word: str) -> str | None:
    """A British/American or transliteration variant of ``word``, or None."""
    rules: list[tuple[re.Pattern[str], str]] = [
        (_OUR, r"\1\2"),
        (_ISE, r"\1z\2"),
        (_ELLED, r"\1\2"),
        (re.compile(r"^(Rou|ROU)(mania\w*)$"), r"Ro\2"),
    ]
    for pattern, repl in rules:
        if pattern.match(word):
            return pattern.sub(repl, word)
    if word[:1].isupper() and len(word) >= 6:  # Russian and Polish names
        for ending, variant in (
            ("ski", "sky"), ("sky", "ski"), ("ov", "off"), ("óv", "óff"), ("off", "ov"),
            ("oy", "oi"), ("óy", "ói"), ("ev", "eff"),
        ):  # fmt: skip
            if word.endswith(ending):
                return word[: -len(ending)] + variant
    return None


def perturb_spelling(
    stretch: Stretch, rng: random.Random
) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    spots = [i for i, w in enumerate(words) if spelling_variant(w)]
    if not spots:
        return None
    chosen = rng.sample(spots, k=min(len(spots), rng.choice([1, 1, 2])))
    notes = []
    for i in chosen:
        variant = spelling_variant(words[i])
        assert variant is not None
        notes.append(f"“{words[i]}” → “{variant}”")
        words[i] = variant
    return join(words, seps), "; ".join(notes), ("close",)


_OCR_SWAPS = (("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "l"), ("e", "c"), ("c", "e"),
              ("h", "b"), ("n", "u"), ("u", "n"), ("o", "0"), ("cl", "d"))  # fmt: skip


def ocr_damage(word: str, rng: random.Random) -> str | None:
    """One OCR-like character error in ``word``, or None if nothing applies."""
    options = []
    for old, new in _OCR_SWAPS:
        for m in re.finditer(re.escape(old), word):
            options.append(word[: m.start()] + new + word[m.end() :])
    for k in range(1, len(word) - 1):  # a dropped interior letter
        if word[k].isalpha():
            options.append(word[:k] + word[k + 1 :])
    options = [o for o in options if fold(o) != fold(word) and not is_guarded(o)]
    return rng.choice(options) if options else None


def perturb_ocr(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and not is_guarded(w)]
    errors = rng.randint(1, 3)
    n_words = rng.randint(1, errors)
    if len(spots) < n_words:
        return None
    chosen = rng.sample(spots, k=n_words)
    per_word = [1] * n_words
    for _ in range(errors - n_words):
        per_word[rng.randrange(n_words)] += 1
    notes = []
    for i, n_errors in zip(chosen, per_word, strict=True):
        damaged = words[i]
        for _ in range(n_errors):
            damaged = ocr_damage(damaged, rng) or damaged
        if fold(damaged) == fold(words[i]):
            return None  # two errors undid each other ("n" -> "u" -> "n")
        if fuzz.ratio(fold(damaged), fold(words[i])) < 60:
            return None  # no longer recognisably the same word: not an OCR case
        notes.append(f"“{words[i]}” → “{damaged}”")
        words[i] = damaged
    return join(words, seps), "; ".join(notes), ("close",)


# -- word changes ----------------------------------------------------------------------------


def _other_word(source: Source, rng: random.Random, *avoid: str) -> str:
    """A random word of the source unlike every word of ``avoid``."""
    while True:
        w = rng.choice(source.vocabulary)
        if all(fuzz.ratio(fold(w), fold(a)) < 60 for a in avoid):
            return w


def _match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new.lower()


def perturb_changed(
    stretch: Stretch, rng: random.Random
) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    spots = [i for i in range(1, len(words) - 1) if not is_guarded(words[i])]
    if len(words) < 12 or not spots:
        return None
    i = rng.choice(spots)
    new = _match_case(_other_word(stretch.source, rng, words[i]), words[i])
    note = f"“{words[i]}” → “{new}”"
    words[i] = new
    return join(words, seps), note, ("close",)


def perturb_missing(
    stretch: Stretch, rng: random.Random
) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    spots = [i for i in range(1, len(words) - 1) if not is_guarded(words[i])]
    if len(words) < 12 or not spots:
        return None
    i = rng.choice(spots)
    note = f"removed “{words[i]}”"
    del words[i], seps[i]
    return join(words, seps), note, ("close",)


def perturb_extra(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    if len(words) < 12:
        return None
    i = rng.randint(1, len(words) - 1)
    new = _other_word(stretch.source, rng, words[i - 1], words[i]).lower()
    words.insert(i, new)
    seps.insert(i, " ")
    return join(words, seps), f"inserted “{new}” before word {i + 1}", ("close",)


# -- negations and numbers -------------------------------------------------------------------

_CONTRACTIONS = {"won": "will", "can": "can", "shan": "shall", "ca": "can", "sha": "shall"}


def _drop_negation(word: str) -> str | None:
    """The word without its negation: "didn't" -> "did", "cannot" -> "can", "not" -> None."""
    if fold(word) == "cannot":
        return word[:3]
    m = _APOSTROPHE_NT.search(word)
    if m:
        stem = word[: m.start()]
        return _match_case(_CONTRACTIONS.get(stem.lower(), stem), stem)
    return None


def perturb_negation(
    stretch: Stretch, rng: random.Random
) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    if len(words) < 12:
        return None
    removable = [i for i in range(1, len(words) - 1) if is_negation(words[i])]
    removable = [
        i for i in removable if fold(words[i]) in {"not", "never", "no"} or _drop_negation(words[i])
    ]
    insertable = [
        i
        for i in range(0, len(words) - 2)
        if fold(words[i]) in AUXILIARIES and not is_negation(words[i + 1])
    ]
    if removable and (not insertable or rng.random() < 0.5):
        i = rng.choice(removable)
        stripped = _drop_negation(words[i])
        if stripped is None:
            note = f"removed “{words[i]}”"
            del words[i], seps[i]
        else:
            note = f"“{words[i]}” → “{stripped}”"
            words[i] = stripped
    elif insertable:
        i = rng.choice(insertable)
        new = rng.choice(["not", "not", "never"])
        note = f"inserted “{new}” after “{words[i]}”"
        words.insert(i + 1, new)
        seps.insert(i + 1, " ")
    else:
        return None
    return join(words, seps), note, ("close",)


_WORD_NUMBER_SWAP = {
    "two": "three", "three": "four", "four": "five", "five": "six", "six": "seven",
    "seven": "eight", "eight": "nine", "nine": "ten", "ten": "twelve", "eleven": "twelve",
    "twelve": "fifteen", "fifteen": "twenty", "twenty": "thirty", "thirty": "forty",
    "forty": "fifty", "fifty": "sixty", "sixty": "seventy", "hundred": "thousand",
    "thousand": "hundred",
}  # fmt: skip


def _change_word_number(word: str) -> str | None:
    """Another number in words: "three" -> "four", "twenty-five" -> "twenty-six"; or None."""
    parts = re.split(r"([-‐])", word)
    last = parts[-1].lower()
    if last in _WORD_NUMBER_SWAP:  # "twenty-five": change the last part
        parts[-1] = _match_case(_WORD_NUMBER_SWAP[last], parts[-1])
        return "".join(parts)
    if len(parts) == 3 and last in {"one", "six", "seven", "eight", "nine"}:
        parts[-1] = "two" if last == "one" else "three"
        return "".join(parts)
    return None


def _change_number(word: str, rng: random.Random) -> str:
    if word.isdigit():
        value = int(word) + rng.choice([-3, -2, -1, 1, 2, 3, 10])
        return str(value if value >= 0 else int(word) + 10).zfill(len(word))
    new = _change_word_number(word)
    assert new is not None, word
    return new


def perturb_number(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]] | None:
    words, seps = stretch.pieces()
    spots = [
        i
        for i in range(1, len(words) - 1)
        if words[i].isdigit() or _change_word_number(words[i]) is not None
    ]
    if len(words) < 10 or not spots:
        return None
    i = rng.choice(spots)
    new = _change_number(words[i], rng)
    note = f"“{words[i]}” → “{new}”"
    words[i] = new
    return join(words, seps), note, ("close",)


# -- negative cases --------------------------------------------------------------------------


def perturb_near_miss(
    stretch: Stretch, rng: random.Random
) -> tuple[str, str, tuple[str, ...]] | None:
    """About 40% of the words replaced by other words of the same text."""
    words, seps = stretch.pieces()
    if len(words) < 12:
        return None
    chosen = rng.sample(range(len(words)), k=round(0.4 * len(words)))
    for i in chosen:
        words[i] = _match_case(_other_word(stretch.source, rng, words[i]), words[i])
    return (
        join(words, seps),
        f"{len(chosen)} of {len(words)} words replaced",
        ("partial", "not_found"),
    )


def perturb_plain(stretch: Stretch, rng: random.Random) -> tuple[str, str, tuple[str, ...]]:
    """Line breaks flattened only (used for absent quotations, searched in the other text)."""
    words, seps = stretch.pieces()
    return join(words, seps), "flattened", ("not_found",)


@dataclass(frozen=True)
class Category:
    name: str
    perturb: Perturb
    min_words: int
    max_words: int
    kinds: tuple[str, ...] = ()  # difference kinds that must be reported
    absent: bool = False  # searched in the other text


CATEGORIES = [
    Category("typography", perturb_typography, 8, 60),
    Category("elided", perturb_elided, 16, 100),
    Category("interpolated", perturb_interpolated, 8, 60),
    Category("spelling", perturb_spelling, 10, 60),
    Category("ocr", perturb_ocr, 10, 60),
    Category("changed_word", perturb_changed, 12, 60),
    Category("missing_word", perturb_missing, 12, 60),
    Category("extra_word", perturb_extra, 12, 60),
    Category("negation_flip", perturb_negation, 12, 60, kinds=("negation",)),
    Category("number_change", perturb_number, 10, 60, kinds=("number",)),
    Category("absent", perturb_plain, 8, 60, absent=True),
    Category("near_miss", perturb_near_miss, 12, 60),
]
BY_NAME = {c.name: c for c in CATEGORIES}


def make_case(
    category: Category,
    source: Source,
    rng: random.Random,
    case_id: str,
    *,
    searched_in: str | None = None,
    tries: int = 20_000,
) -> Case:
    """One labelled case of ``category`` drawn from ``source`` (rejection sampling)."""
    for _ in range(tries):
        stretch = sample_stretch(source, rng, category.min_words, category.max_words, tries=20)
        if stretch is None:
            continue
        made = category.perturb(stretch, rng)
        if made is None:
            continue
        quote, note, expected = made
        if category.name == "elided" and expected == ("close",):
            kinds: tuple[str, ...] = ("negation",)
        else:
            kinds = category.kinds
        return Case(
            id=case_id,
            category=category.name,
            source=searched_in or source.name,
            quote=quote,
            expected=expected,
            span=None if category.absent else stretch.span,
            note=note,
            origin=f"{source.name}:{stretch.span[0]}-{stretch.span[1]}" if category.absent else "",
            kinds=kinds,
        )
    raise RuntimeError(f"could not draw a {category.name} case from {source.name}")


def read_sources(paths: list[Path]) -> dict[str, Source]:
    """The benchmark's source texts, keyed by file stem."""
    return {p.stem: load_source(p.stem, p.read_text(encoding="utf-8")) for p in paths}


def make_cases(sources: dict[str, Source], rng: random.Random, per_category: int) -> list[Case]:
    """``per_category`` cases of every category, alternating between the sources."""
    names = sorted(sources)
    cases = []
    for category in CATEGORIES:
        for k in range(per_category):
            name = names[k % len(names)]
            if category.name == "elided" and k % 4 == 3:  # a short negation elided
                perturb = functools.partial(perturb_elided, hide_negation=True)
                case = make_case(
                    replace(category, perturb=perturb), sources[name], rng, f"elided-{k}"
                )
            elif category.absent:  # drawn from another text, searched in this one
                origin = names[(k + 1) % len(names)]
                case = make_case(
                    category, sources[origin], rng, f"{category.name}-{k}", searched_in=name
                )
            else:
                case = make_case(category, sources[name], rng, f"{category.name}-{k}")
            cases.append(case)
    return cases
