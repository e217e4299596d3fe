"""Mentions of persons in the words around a quotation: a name (titles kept: "Miss Daisy
Miller"), a pronoun, or a description ("the old gentleman", "the gentleman in the white
waistcoat", "one of the delegates"). :func:`mention_at` reads the one starting at a token;
:mod:`sieves` and :mod:`leadins` ask it for the speaker of a verb of saying."""

from __future__ import annotations

from . import lexicon, verbs
from .attribution import PREPOSITIONS, STOP_CAPS
from .cue import Token
from .verbs import SUBJECT_PRONOUNS, is_speech_verb

PRONOUNS = {w: g for t in SUBJECT_PRONOUNS.values() for w, g in t.items()}  # each language's
DETERMINERS = frozenset(
    "the a an his her my our their your this that its one another some every each".split()
)
_STOP_DESCRIPTION = frozenset(
    "with to in at on as and but who which that while when for from by of into after before "
    "then again also, so not whose was were is are has had".split()
)  # (a verb of being ends it: "as of foreseeing any that was doubtful, said")
_ABSTRACT = ("tion", "sion", "ness", "ity", "ment", "ism", "hood")
"""Endings of abstract nouns: a description ending so names no speaker."""
_PERSONS_SO_ENDING = ("witness", "baroness", "highness")
"""Persons whose nouns end like abstract ones ("the witness wrote:", "her Highness said")."""
_NOT_NOUNS = frozenset("little few moment while bit time deal great good long way".split())
"""Last words of phrases after a determiner that are no speaker: "said, a little ..."."""
MAX_DESCRIPTION_WORDS = 4
OBJECTS = frozenset("me him her us them you it".split())


def mention_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The kind of the mention starting at token ``i`` and the index after it."""
    if i >= len(tokens) or tokens[i].kind == "p":
        return None
    tok = tokens[i]
    low = tok.text.lower()
    if low in verbs.subject_pronouns() and (low != "i" or tok.text == "I"):
        return ("first" if PRONOUNS[low] == "I" else "pronoun"), i + 1
    if low in INDEFINITE_PERSONS:
        return "description", i + 1  # "somebody asked from the gallery"
    if low in _PARTITIVES and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "of":
        rest = mention_at(tokens, i + 2)  # "One of the delegates wrote:"
        return ("description", rest[1]) if rest and rest[0] == "description" else None
    stops = STOP_CAPS | lexicon.function_words(verbs.language())  # "Dann", "Aber"
    if _sentence_adverb(tokens, i):
        return None  # "Suddenly the stranger ... said,"
    if tok.kind == "title" or (tok.text[0].isupper() and tok.text not in stops):
        j = i + 1
        while j < len(tokens) and tokens[j].kind != "p" and tokens[j].text[0].isupper():
            if tokens[j].text in stops:
                break
            j += 1
        if j <= i + (tok.kind == "title"):
            return None
        if tokens[j - 1].text.endswith(("’s", "'s")):
            return _owned_person(tokens, j)  # "Rasputin’s command": an owner, not a speaker
        return "name", j
    determiners = (lexicon.determiners(lang) for lang in verbs.languages())  # of each paragraph
    if low in DETERMINERS or any(low in found for found in determiners):  # "der Vater"
        j = i + 1
        while j < len(tokens) and j - i <= MAX_DESCRIPTION_WORDS and _describes(tokens, j):
            j += 1
            if tokens[j - 1].text[0].isupper() and (
                verbs.language() == "de" or (_lower_at(tokens, j) and not _person_noun(tokens, j))
            ):
                break  # "der Prokurist freundlich", "the King very decidedly": the noun ends it
        j = _noun_end(tokens, i, j)
        if j - i >= 3 and past_verb(tokens[j - 1].text) and j < len(tokens):
            j -= 1  # "The soldier waited, and then went on:": the noun ends before its verb
        last = tokens[j - 1].text.lower()
        abstract = last.endswith(_ABSTRACT) and not last.endswith(_PERSONS_SO_ENDING)
        if j == i + 1 or abstract or last in _NOT_NOUNS or tokens[i + 1].text in _TIMES:
            return None  # "the temptation, added,": a thing, not a speaker
        return "description", _qualifier_end(tokens, j)
    return None


def names_one(tokens: list[Token], m: int, found: tuple[str, int]) -> bool:
    """Whether the mention at ``m`` is a description ending in a capitalized noun, a name the
    text gives someone with its article ("the White Rabbit", "the Dodger", "the Mock Turtle")
    rather than a kind of person ("the old gentleman")."""
    kind, end = found
    if verbs.language() == "de":
        return False  # (every German noun is capitalized: "die Finger gespreizt, rief:")
    return kind == "description" and end > m + 1 and tokens[end - 1].text[:1].isupper()


def _sentence_adverb(tokens: list[Token], i: int) -> bool:
    """A capitalized adverb opening a clause before its subject ("Suddenly the stranger",
    "Presently he"), not a name ending so ("Polly said")."""
    opens = i == 0 or tokens[i - 1].kind == "p"
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    subject = nxt in DETERMINERS or nxt in verbs.subject_pronouns()
    return opens and tokens[i].text.endswith("ly") and tokens[i].text[:1].isupper() and subject


_PHRASE_OPENERS = frozenset("the a an this that these those his my our their your its".split())
"""Determiners that open a new noun phrase: inside a description they end it."""


def _opens_phrase(tokens: list[Token], j: int) -> bool:
    """Whether the determiner at ``j`` opens a new noun phrase ("that the Gryphon", "this
    moment the King"), not a preposition's object inside the description ("the voice through
    the key-hole")."""
    return not j or tokens[j - 1].text.lower() not in PREPOSITIONS


def _lower_at(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a lower-case word: after a capitalized noun ("the King", "the
    Invisible Man") it is no part of the description ("very decidedly", "many times over")."""
    owner = tokens[j - 1].text.endswith(("’s", "'s"))  # ("the Rabbit's voice": its noun)
    return j < len(tokens) and tokens[j].kind == "w" and tokens[j].text[:1].islower() and not owner


_PERSON_NOUNS = frozenset(
    "official officials delegate delegates deputy minister diplomat statesman member "
    "representative correspondent journalist commissar comrade worker workers peasant "
    "peasants student students person people".split()
)


def _person_noun(tokens: list[Token], j: int) -> bool:
    """Whether the lower-case word ``j`` after a capitalized one is the noun of a person it
    qualifies ("a German official", "the Russian delegate", "the Red soldier"): the
    description goes on, unlike after a name ("the King very decidedly")."""
    from .descriptions import head_noun  # (descriptions reads sieves, which reads this)

    word = tokens[j].text.lower()
    return word in _PERSON_NOUNS or head_noun(word) is not None


def _owned_person(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """After a possessive name ("asked Mr. Bumble's good lady"), the person it describes:
    a description of lowercase words to the end of the phrase, the speaker as written; none
    when no noun phrase follows ("Rasputin’s command was:" is no speaker either way)."""
    k = j
    while k < len(tokens) and k - j < MAX_DESCRIPTION_WORDS and tokens[k].text.islower():
        if not _describes(tokens, k):
            break
        k += 1
    ends = k == len(tokens) or tokens[k].kind == "p" or is_speech_verb(tokens, k)
    return ("description", k) if k > j and ends else None


def _describes(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` may go on a description ("the old gentleman"), not end it."""
    word = tokens[j].text.lower()
    return (
        tokens[j].kind == "w"
        and word not in _STOP_DESCRIPTION
        and word not in verbs.subject_pronouns()  # ("as he regained his breath he said")
        and not (word in _PHRASE_OPENERS and _opens_phrase(tokens, j))
        and not word.endswith("ly")
        and (tokens[j].text[:1].isupper() or not is_speech_verb(tokens, j))
        and not _participle_with_object(tokens, j)
    )  # (after its determiner, a capitalized word is a name: "the Mock Turtle", not "mock")


def past_verb(word: str) -> bool:
    """A past tense ending a phrase after its noun ("the soldier waited"), not a role ("the
    person addressed")."""
    return word.endswith("ed") and word.lower() not in ("addressed", "concerned")


_TIMES = frozenset("morning evening night day afternoon week month year hour time".split())
"""Words after a determiner that date, not describe: "That morning Izvestia printed:"."""
_PARTITIVES = frozenset("one each some either neither several many most".split())
INDEFINITE_PERSONS = frozenset("somebody someone anybody anyone everybody everyone".split())
"""Pronouns for a person the text does not name: the speaker as written."""
_QUALIFYING = frozenset("in of at on from with through".split())
_MANNER = frozenset(
    "voice tone tones manner way breath whisper undertone accent moment instant time same".split()
)


def _qualifier_end(tokens: list[Token], j: int) -> int:
    """The end of a description with the phrase that tells which person it is: "the gentleman
    in the white waistcoat", "the landlord of the Cripples", "the correspondent of the Times"
    before its verb (not "in the same tone")."""
    if j + 2 >= len(tokens) or tokens[j].text.lower() not in _QUALIFYING:
        return j
    if tokens[j + 1].text.lower() != "the":
        return j
    k = j + 2
    while k < len(tokens) and k - j <= 4 and tokens[k].kind == "w":
        if is_speech_verb(tokens, k) and k > j + 2:
            break  # "the correspondent of the Times wrote:": the verb ends the phrase
        if tokens[k].text.lower() in _MANNER or tokens[k].text.lower() in _STOP_DESCRIPTION:
            return j
        if tokens[j].text.lower() == "with" and tokens[k].text.lower().endswith(_ABSTRACT):
            return j  # "with the utmost gravity": a manner ("the man with the black beard")
        k += 1
    ends = (
        k == len(tokens)
        or (tokens[k].kind == "p" and tokens[k].text in ",.;:!?")
        or is_speech_verb(tokens, k)
    )
    return k if ends and k > j + 2 else j


_SPEAKING_THINGS = frozenset("voice voices figure".split())
"""Nouns of something heard or seen speaking that a description may end with, beside the
nouns of persons: "a loud, hoarse voice", "the rigid figure"."""


_AFTER_NOUN = frozenset(
    "close soon afterwards behind inside outside near again now then still too once presently "
    "here there aloud below above beside within without back instantly immediately very quite "
    "rather much".split()
)
"""Adverbs that follow the noun of a description and end it ("a voice close to his ear",
"her mother soon afterwards"), where a noun would go on it ("a withered old female pauper")."""


def _speaking_noun(token: Token) -> bool:
    """Whether ``token`` is a lower-case noun of a person or of a voice ("gentleman", "voice")."""
    from .descriptions import head_noun  # (descriptions reads sieves, which reads this)

    word = token.text
    return word.islower() and (word in _SPEAKING_THINGS or head_noun(word) is not None)


def _noun_end(tokens: list[Token], i: int, j: int) -> int:
    """The end of the description ``tokens[i:j]`` at its noun: the adjectives before it read
    past a comma or an "and" ("a loud, hoarse voice", "a faint and feeble voice", not "a
    faint"), the adverbs after it left out ("a voice close to his ear", "her mother soon
    afterwards": "a voice", "her mother")."""
    for k in range(i + 1, j - 1):
        after = tokens[k + 1].text
        if _speaking_noun(tokens[k]) and (after in _AFTER_NOUN or after.endswith("ing")):
            return k + 1  # (and a participle: "the girl placing both hands")
    if j - i < 2 or j >= len(tokens) or tokens[j].text not in (",", "and"):
        return j
    if _speaking_noun(tokens[j - 1]) or not tokens[j - 1].text.islower():
        return j  # ("the old gentleman, ..."; "the White Rabbit, ...")
    for k in range(j + 1, min(j + 3, len(tokens))):
        if tokens[k].kind != "w" or not tokens[k].text.islower() or _stops(tokens[k]):
            return j
        if _speaking_noun(tokens[k]):
            return k + 1
    return j


def _stops(token: Token) -> bool:
    """Whether a word after a comma or an "and" cannot be an adjective of the noun that
    follows it: a function word or an adverb ("a faint, then ...")."""
    word = token.text.lower()
    return word in _STOP_DESCRIPTION or word in DETERMINERS or word.endswith("ly")


def _participle_with_object(tokens: list[Token], j: int) -> bool:
    """ "supporting her", "holding the lamp": a participle that ends a description ("the
    doctor supporting her"), not an adjective before its noun ("the still waiting Harriet")."""
    if not tokens[j].text.endswith("ing") or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].text.lower()
    return after in DETERMINERS or after in OBJECTS or after in PREPOSITIONS
