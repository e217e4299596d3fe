"""A lower-case name in Latin letters of a claim ("команду dcut из пакета dupload", "ändert
das mtime-Attribut") against a passage in another language that prints another one in its
place ("the dcut command from the dput package", "changes the atime attribute"): the ``name``
flag (walk111 ch-name-05, walk112 ch-name-18-de-en).

A translation prints the names of programs, packages and fields as they are, in Latin
letters, and often in lower case ("dupload", "dquilt", "lintian", "mtime"): no word of any
language, no capital to mark a name, so :func:`.printednames.latin_quoted` (which reads the
quote's names) and :func:`.technames.other_identifier` (paths, options, hyphenated lists)
pass them by. Such a word that the passage does not print, where the passage prints, at about
the same place of its text (:data:`PLACE`), a lower-case word no dictionary knows and the
claim does not print ("dput"), names another program: :func:`bare_stand_in`. A word the
dictionary knows ("upload", "quilt", "hochladen"), an Early Modern English form ("hath",
"spake") or a German form the German-English dictionary reads by its stem ("ungeheueren") is
a word the passage may render, no name. A German compound carries such a name before its
hyphen ("mtime-Attribut": the attribute named "mtime"). One side's word must be a name by
where it stands (Latin letters in a Russian text, a German compound's first part, a word with
digits), or both must stand in a name's place (beside "package", "Befehl", "команда" or
before an option, :func:`.namedthings.named_here`), each beside one word of a pair of the
alignment that names what a name names ("des Pakets procps" / "the util-linux package"; not
"Pakete aufzulisten", a verb the dictionary lacks, against "the binutils package" of another
clause): two words no dictionary knows
in two Latin-script texts are as often words it lacks ("schwieg" / "excusal": a first
reading flagged 18 true renderings of the labelled set).
Across languages only: in one language the word matcher compares the words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import bilingual
from .archaic import FUNCTION_FORMS, verb_lemma
from .cognates import cognate
from .lightwords import LIGHT_WORDS
from .namedthings import kind_noun, named_here
from .stems import STOPWORDS
from .variants import dictionary_word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .wordpairs import Alignment, WordPair

PLACE = 0.2
"""How far apart (a share of their texts' lengths) the claim's name and the passage's may
stand: a name in the claim's place, not one of another clause."""
_BARE = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*")
"""A lower-case Latin word, maybe with digits or joined parts ("dupload", "python3")."""
_COMPOUND = re.compile(r"([a-z][a-z0-9]*)-[A-ZÄÖÜ][a-zäöüß]+")
"""A German compound of a lower-case Latin name and a capitalised German noun
("mtime-Attribut", "dput-Befehl"): the name is the first part."""
LANGUAGES = frozenset({"en", "de", "ru"})
_TOKEN = re.compile(r"[^\W_](?:[\w.\-/@:]*[^\W_])?")
"""A run of word characters with the joiners of addresses and paths: their parts are read
as one token, never as bare words."""


def _bare_words(text: str, language: str) -> list[tuple[int, str, bool, bool]]:
    """The (offset, word, certain, placed) of the lower-case words of ``text`` in Latin letters that
    no dictionary of ``language`` (nor English's) knows, nor a stop word: names printed as
    they are (in a German text also before a compound's hyphen: "mtime-Attribut"). A word is
    *certain* when its place says it is no word of the text's language: Latin letters in a
    Russian text, a German compound's first part, digits or an underscore ("python3");
    *placed* when it stands in a name's place, beside a noun of programs or packages ("des
    Pakets procps": .namedthings)."""
    found = []
    for m in _TOKEN.finditer(text):
        word, at = m.group(), m.start()
        compound = _COMPOUND.fullmatch(word) if language == "de" else None
        word = compound.group(1) if compound is not None else word
        if len(word) < 3 or _BARE.fullmatch(word) is None:
            continue  # a path, an address, a capitalised word or one in another script
        if word in STOPWORDS.get(language, ()) or word in STOPWORDS.get("en", ()):
            continue
        coded = re.search(r"[\d_]", word) is not None  # "python3": no word, whatever its stem
        if not coded and _a_word(word, language):
            continue
        certain = language == "ru" or compound is not None or coded
        found.append((at, word, certain, named_here(text, at, at + len(word), language)))
    return found


def _a_word(word: str, language: str) -> bool:
    """Whether a lower-case Latin ``word`` of a text in ``language`` is a word of English or
    of that language, however inflected or however old (see the module)."""
    if word in LIGHT_WORDS.get("en", ()) or word in FUNCTION_FORMS or dictionary_word(word, "en"):
        return True  # "because", "himself"; "hath"
    if verb_lemma(word) is not None:  # "knoweth"
        return True
    if language != "de":
        return False
    return dictionary_word(word, "de") or bool(bilingual.translated_words(word, "de", "en"))


def _printed(text: str) -> set[str]:
    """The tokens of ``text`` (case-folded), whole ("dh_lintian", "safe-upgrade") and each
    of their parts ("lintian")."""
    tokens = {m.group().casefold() for m in _TOKEN.finditer(text)}
    return tokens | {p for t in tokens for p in re.split(r"[-_./@:]+", t) if p}


def bare_stand_in(
    quote: str, language: str, passage: str, passage_language: str,
    alignment: Alignment | None = None,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (claim's name, passage's name) where a claim prints a lower-case Latin name
    the passage in another language does not, and the passage prints another one the claim
    does not at about the same place (see the module), or each beside one word of a pair of
    ``alignment`` ("атрибут mtime" / "atime attribute": the languages order them otherwise),
    or beside two words the languages share ("mtime-Attribut" / "atime attribute"); else None.

    >>> bare_stand_in("Используйте команду dcut из пакета dupload.", "ru",
    ...               "You can use the dcut command from the dput package.", "en")
    ('dupload', 'dput')
    >>> print(bare_stand_in("Используйте команду dcut из пакета dput.", "ru",
    ...                     "You can use the dcut command from the dput package.", "en"))
    None
    >>> bare_stand_in("Das Lesen ändert das mtime-Attribut.", "de",
    ...               "Reading changes the atime attribute.", "en")
    ('mtime', 'atime')
    """
    if language == passage_language or not {language, passage_language} <= LANGUAGES:
        return None
    printed = _printed(passage)
    missing = [w for w in _bare_words(quote, language) if w[1] not in printed]
    if not missing:
        return None
    quoted = _printed(quote)
    theirs = [w for w in _bare_words(passage, passage_language) if w[1] not in quoted]
    pairs = alignment.pairs if alignment is not None else ()
    for at, word, sure, placed in missing:
        for there, other, sure_there, placed_there in theirs:
            if not (sure or sure_there):  # two words no dictionary knows: no names
                if placed and placed_there and _named_beside(  # ("schwieg" / "excusal")
                    (quote, (at, word), language), (passage, (there, other), passage_language),
                    pairs,
                ):  # fmt: skip
                    return word, other  # "des Pakets procps" / "the util-linux package"
                continue
            if abs(at / max(len(quote), 1) - there / max(len(passage), 1)) <= PLACE or any(
                _beside(quote, (at, word), (p.quote_at, p.quote))
                and _beside(passage, (there, other), (p.passage_at, p.passage))
                for p in pairs
            ):
                return word, other
            if any(cognate(a, b) for a in _neighbours(quote, at, word)
                   for b in _neighbours(passage, there, other)):  # fmt: skip
                return word, other  # "mtime-Attribut" / "atime attribute"
    return None


def _named_beside(
    mine: tuple[str, tuple[int, str], str], theirs: tuple[str, tuple[int, str], str],
    pairs: Sequence[WordPair],
) -> bool:  # fmt: skip
    """Whether the claim's word and the passage's (each ``(text, (offset, word), language)``)
    stand beside the two words of one pair of the alignment that are nouns of programs or
    packages ("Pakets procps" / "util-linux package", :data:`.namedthings.KIND_NOUNS`): a
    German verb the dictionary lacks after "Pakete" ("Pakete aufzulisten") has no "binutils"
    beside the counterpart of that noun."""
    (quote, word, language), (passage, other, passage_language) = mine, theirs
    return any(
        kind_noun(p.quote, language) and kind_noun(p.passage, passage_language)
        and _beside(quote, word, (p.quote_at, p.quote))
        and _beside(passage, other, (p.passage_at, p.passage))
        for p in pairs
    )  # fmt: skip


def _neighbours(text: str, at: int, word: str) -> list[str]:
    """The words right before and after ``word`` at ``at`` in ``text`` (only spaces or a
    hyphen between: a German compound's head too, "Attribut" of "mtime-Attribut")."""
    before = re.search(r"([^\W\d_]+)[\s\-]{1,3}$", text[max(0, at - 60) : at])
    after = re.match(r"[\s\-]{1,3}([^\W\d_]+)", text[at + len(word) :])
    return [m.group(1) for m in (before, after) if m is not None]


def _beside(text: str, one: tuple[int, str], other: tuple[int, str]) -> bool:
    """Whether two words of ``text`` (offset, word) stand next to each other, only spaces
    or a hyphen between them."""
    (a, x), (b, _) = sorted((one, other))
    return re.fullmatch(r"[\s\-]{1,3}", text[a + len(x) : b]) is not None
