"""Attribution cues next to a quotation: a verb of saying and who it says spoke.

The most precise sieve of attribution (after Muzny et al., EACL 2017): a speech verb right
beside the quotation, in either order and with inversion:

- after the closing mark: "” said Antonov.", "” Antonov said.", "” he asked politely.",
  "” urged Miss Daisy Miller.", "” the student replied.", "” said the old gentleman";
- before the opening mark, at the end of the quotation's sentence: "Daisy exclaimed, “",
  "said Emma: “", "Winterbourne inquired. “" does not count (the sentence ended).

The speaker may be a name (titles kept), a pronoun ("he", "she", "I") or a description ("the
old gentleman", "a soldier", "her sister"): a description is the speaker when no person is
named. Any verb of saying counts, not a short list: :data:`.verbs.SPEECH_VERBS` holds many
base forms with their inflections (regular morphology, doubled consonants, an irregular table).
"""

from __future__ import annotations

import re

from . import lexicon, verbs
from .attribution import PREPOSITIONS, STOP_CAPS, SUBORDINATORS
from .cue import Cue, Token, tokenize
from .verbs import NOT_SPEECH_ALONE, SUBJECT_PRONOUNS

_PARTICLES = frozenset("on in out up forth".split())

PRONOUNS = {w: g for t in SUBJECT_PRONOUNS.values() for w, g in t.items()}  # each language's
DETERMINERS = frozenset(
    "the a an his her my our their your this that its one another some every each".split()
)
_STOP_DESCRIPTION = frozenset(
    "with to in at on as and but who which that while when for from by of into after before "
    "then again also, so not".split()
)
_ADVERBS = frozenset(
    "then again now soon still just only even at once last length thus afterwards afterward "
    "presently".split()
)
_ABSTRACT = ("tion", "sion", "ness", "ity", "ment", "ism", "hood")
"""Endings of abstract nouns: a description ending so names no speaker."""
_PERSONS_SO_ENDING = ("witness", "baroness", "highness")
"""Persons whose nouns end like abstract ones ("the witness wrote:", "her Highness said")."""
_NOT_NOUNS = frozenset("little few moment while bit time deal great good long way".split())
"""Last words of phrases after a determiner that are no speaker: "said, a little ..."."""
MAX_DESCRIPTION_WORDS = 4
MAX_ASIDE = 7
"""Words of an aside between commas after a speaker's name and the verb."""
MAX_GAP = 3
"""Words allowed between a mention and its verb: "Mr. Knightley, smiling, replied"."""


def is_speech_verb(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a verb of saying ("went" only as "went on")."""
    if i >= len(tokens) or tokens[i].kind != "w":
        return False
    word = tokens[i].text.lower()
    if word not in verbs.speech_verbs():
        return False
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return word not in NOT_SPEECH_ALONE or nxt in _PARTICLES


def is_finite(tokens: list[Token], i: int, *, subject: str = "") -> bool:
    """Whether the speech verb at ``i`` is a finite form ("said", "asks", "went on"); a base
    form only after I, we, you or they ("I say") or after an auxiliary before its subject ("did
    Mr. Bennet say"): "the preliminary question" is a noun."""
    word = tokens[i].text.lower()
    if word in verbs.finite_forms() or (verbs.language() == "en" and word.endswith(("ed", "s"))):
        return True
    aux = any(t.text.lower() in _AUXILIARIES for t in tokens[max(0, i - 3) : i - 1])
    return subject.lower() in ("i", "we", "you", "they") or (verbs.language() == "en" and aux)


_AUXILIARIES = frozenset("did do does would will could can shall should may might must".split())
_OBJECTS = frozenset("me him her us them you it".split())


def _tail_ok(tokens: list[Token], i: int) -> bool:
    """Whether what follows a verb of saying up to the opening mark may end its clause: an
    adverb, a particle, an object pronoun, "to" someone ("asked her", "said to Emma")."""
    j = i
    while j < len(tokens):
        tok, word = tokens[j], tokens[j].text.lower()
        if j == i and word in DETERMINERS and 2 <= len(tokens) - j <= 3:
            return True  # "scolding her guest:", "told the company:"
        if word in PREPOSITIONS and 2 <= len(tokens) - j <= 4 and word != "to":
            return True  # "said in reply,", "added with a smile:"
        if word in PREPOSITIONS and word != "to" and _then_manner(tokens, j):
            return True  # "said in reply, with a good-humoured smile,"
        if word in ("with", "by") and j == len(tokens) - 1:
            return True  # "he began with,"
        if j > i and tokens[j - 1].kind == "p" and _adverbial(tokens[j:]):
            return True  # "added, with an air of grave reflection,"
        if (
            tok.kind == "p"
            or word in _PARTICLES
            or word in _OBJECTS
            or word in _ADVERBS
            or word.endswith("ly")
        ):
            j += 1
        elif word == "to" and j + 1 < len(tokens) and _mention_at(tokens, j + 1) is not None:
            kind, after = _mention_at(tokens, j + 1) or ("", j + 2)
            if kind == "description":
                return False
            j = after
        else:
            return False
    return True


def _then_manner(tokens: list[Token], j: int) -> bool:
    """A short phrase from ``j`` ("in reply"), a comma, then a phrase of manner."""
    comma = next((k for k in range(j + 1, min(j + 4, len(tokens))) if tokens[k].text == ","), 0)
    return comma > 0 and _adverbial(tokens[comma + 1 :])


MAX_ADVERBIAL = 10
"""Words of a phrase of manner between a verb of saying and the quotation."""


def _adverbial(tokens: list[Token]) -> bool:
    """Whether the words after a comma or a dash up to the quotation are a phrase of manner:
    "with a smile", "as if quite another subject", "in the same half-whisper to Jane" (a
    preposition first, no pronoun subject of a new clause after it)."""
    words = [t.text.lower() for t in tokens if t.kind != "p"]
    if not words or len(words) > MAX_ADVERBIAL:
        return False
    starts = words[0] in PREPOSITIONS or words[:2] in (["as", "if"], ["as", "though"])
    return starts and not any(w in ("he", "she", "i", "they", "we") for w in words[1:])


def _mention_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
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
        rest = _mention_at(tokens, i + 2)  # "One of the delegates wrote:"
        return ("description", rest[1]) if rest and rest[0] == "description" else None
    stops = STOP_CAPS | lexicon.function_words(verbs.language())  # "Dann", "Aber"
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
    if low in DETERMINERS or low in lexicon.determiners(verbs.language()):  # "der Vater"
        j = i + 1
        while j < len(tokens) and j - i <= MAX_DESCRIPTION_WORDS and _describes(tokens, j):
            j += 1
            if verbs.language() == "de" and tokens[j - 1].text[0].isupper():
                break  # "der Prokurist freundlich": a German description ends at its noun
        if j - i >= 3 and _past_verb(tokens[j - 1].text) and j < len(tokens):
            j -= 1  # "The soldier waited, and then went on:": the noun ends before its verb
        last = tokens[j - 1].text.lower()
        abstract = last.endswith(_ABSTRACT) and not last.endswith(_PERSONS_SO_ENDING)
        if j == i + 1 or abstract or last in _NOT_NOUNS or tokens[i + 1].text in _TIMES:
            return None  # "the temptation, added,": a thing, not a speaker
        return "description", _qualifier_end(tokens, j)
    return None


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
        and not word.endswith("ly")
        and not is_speech_verb(tokens, j)
        and not _participle_with_object(tokens, j)
    )


def _past_verb(word: str) -> bool:
    """A past tense ending a phrase after its noun ("the soldier waited"), not a role ("the
    person addressed")."""
    return word.endswith("ed") and word.lower() not in ("addressed", "concerned")


_TIMES = frozenset("morning evening night day afternoon week month year hour time".split())
"""Words after a determiner that date, not describe: "That morning Izvestia printed:"."""
_PARTITIVES = frozenset("one each some either neither several many most".split())
INDEFINITE_PERSONS = frozenset("somebody someone anybody anyone everybody everyone".split())
"""Pronouns for a person the text does not name: the speaker as written."""
_QUALIFYING = frozenset("in of at on from".split())
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
        k += 1
    ends = (
        k == len(tokens)
        or (tokens[k].kind == "p" and tokens[k].text in ",.;:!?")
        or is_speech_verb(tokens, k)
    )
    return k if ends and k > j + 2 else j


def _participle_with_object(tokens: list[Token], j: int) -> bool:
    """ "supporting her", "holding the lamp": a participle that ends a description ("the
    doctor supporting her"), not an adjective before its noun ("the still waiting Harriet")."""
    if not tokens[j].text.endswith("ing") or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].text.lower()
    return after in DETERMINERS or after in _OBJECTS or after in PREPOSITIONS


def _skip_adverbs(tokens: list[Token], i: int, limit: int = MAX_GAP) -> int:
    """Past adverbs and a parenthetical between commas: "Emma, smiling, said"."""
    j = i
    while j < len(tokens) and j - i < limit + 2:
        word = tokens[j].text.lower()
        if tokens[j].text == "," or word.endswith("ly") or word in _ADVERBS:
            j += 1
            continue
        if tokens[j].kind == "w" and word.endswith("ing") and j > i and tokens[j - 1].text == ",":
            j += 1  # ", smiling,"
            continue
        break
    return j


def cue_after(text: str, start: int, end: int) -> Cue | None:
    """A cue at the start of the words after a closing mark: "said Emma", "Emma said", "he
    asked politely", "said the old gentleman".

    >>> t = "” said Miss Daisy Miller, smiling."
    >>> c = cue_after(t, 1, len(t)); (c.words, c.kind, c.verb)
    ('Miss Daisy Miller', 'name', 'said')
    >>> t = "” the student replied."
    >>> c = cue_after(t, 1, len(t)); (c.words, c.kind)
    ('the student', 'description')
    """
    tokens = tokenize(text, start, min(end, start + 200))
    i = 0
    while i < len(tokens) and tokens[i].kind == "p" and tokens[i].text in ",—–-;":
        i += 1
    i = _skip_adverbs(tokens, i)
    if i < len(tokens) and tokens[i].text.lower() in ("was", "were"):
        return _owner_of_words(text, tokens, i + 1, start, end)
    if is_speech_verb(tokens, i) and is_finite(tokens, i):  # inverted: said Emma
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text.lower() in _PARTICLES)
        j = _after_verb(tokens, j)
        found = _mention_at(tokens, j)
        if found is not None:
            return _cue(text, tokens, j, found, tokens[i].text, start, end)
        return None
    found = _mention_at(tokens, i)
    if found is None:
        return None
    k = _skip_adverbs(tokens, found[1])
    if is_speech_verb(tokens, k) and is_finite(tokens, k, subject=tokens[i].text):
        return _cue(text, tokens, i, found, tokens[k].text, start, end)
    return None


_WORDS_NOUNS = frozenset(
    "reply answer observation question remark exclamation comment rejoinder retort response "
    "words greeting salutation cry speech advice sentence inquiry enquiry reflection".split()
)


def _after_verb(tokens: list[Token], j: int) -> int:
    """The index from ``j`` past German words around the subject of an inverted verb of
    saying: "sagte nun der Vater", "sagte sich Gregor", "sagte er sich:" (a thought)."""
    between = lexicon.between_verb_and_subject(verbs.language())
    while j < len(tokens) and tokens[j].text.lower() in between:
        j += 1
    return j


def _owner_of_words(text: str, tokens: list[Token], i: int, start: int, end: int) -> Cue | None:
    """ "” was Mrs. Weston's parting question.", "” was his only answer.": the owner of the
    words the sentence names (his -> he, her -> she)."""
    noun = next((k for k in range(i, min(len(tokens), i + 7)) if tokens[k].kind == "p"), None)
    head = tokens[(noun or len(tokens)) - 1].text.lower() if tokens[i:] else ""
    if head not in _WORDS_NOUNS and not head.endswith(("tion", "sion", "ment", "ark")):
        return None  # (an injunction, a conclusion, a comment, a remark)
    owner = tokens[i].text.lower() if i < len(tokens) else ""
    if owner in ("his", "her"):
        he = "he" if owner == "his" else "she"
        return Cue(he, "pronoun", tokens[i].start, tokens[i].end, head, (start, end))
    j = i + (i < len(tokens) and tokens[i].kind == "title")
    while j < len(tokens) and tokens[j].kind == "w" and tokens[j].text[0].isupper():
        if tokens[j].text.endswith(("’s", "'s")):  # the owner's name ends here
            words = text[tokens[i].start : tokens[j].end - 2]
            return Cue(words, "name", tokens[i].start, tokens[j].end - 2, head, (start, end))
        j += 1
    return None


def cue_before(text: str, start: int, end: int) -> Cue | None:
    """A cue at the end of the words before an opening mark, in the quotation's sentence:
    "Daisy exclaimed,", "said Emma:", "urged Miss Daisy Miller,", "he asked her:".

    >>> t = "At last Daisy exclaimed, “"
    >>> cue_before(t, 0, len(t) - 1).words
    'Daisy'
    """
    if re.search(r"[.!?…][”\"’)\]]*\s*$", text[start:end]):
        return None  # the sentence ended before the quotation: "Winterbourne inquired. “"
    tokens = tokenize(text, start, end)
    while tokens and tokens[-1].kind == "p":
        tokens.pop()
    if len(tokens) < 2:
        return None
    last = len(tokens) - 1
    for v in range(last, max(-1, last - 4 - MAX_ADVERBIAL), -1):
        if not is_speech_verb(tokens, v) or _is_noun_use(tokens, v):
            continue
        after = _after_verb(tokens, v + 1)
        found = _mention_at(tokens, after)  # said Emma (never "scolding her guest")
        if found is not None and _after_verb(tokens, found[1]) > last and is_finite(tokens, v):
            return _cue(text, tokens, after, found, tokens[v].text, start, end)
        if not _tail_ok(tokens, v + 1 + (v + 1 <= last and tokens[v + 1].text in _PARTICLES)):
            return None
        for m in range(max(0, v - 8 - MAX_ASIDE), v):  # Emma (politely) said: the longest name
            found = _mention_at(tokens, m)
            if (
                found is not None
                and not (found[0] == "description" and _governed(tokens, m))
                and _to_verb(tokens, found[1]) == v
                and (is_finite(tokens, v, subject=tokens[m].text) or tokens[v].text.endswith("ing"))
            ):
                return _cue(text, tokens, m, found, tokens[v].text, start, end)
        owner = _owner_before(text, tokens, v, start, end)  # "Miss Bates's saying,"
        if owner is not None:
            return owner
        subject = _clause_subject(tokens, v)
        nonfinite = tokens[v].text.endswith("ing") or tokens[v - 1].text.lower() == "to"
        if subject is not None and (
            nonfinite or is_finite(tokens, v, subject=tokens[subject[0]].text)
        ):  # "Emma took the opportunity of whispering,"; "only stopt to say,"
            return _cue(text, tokens, subject[0], subject[1], tokens[v].text, start, end)
        return None
    return None


def _owner_before(text: str, tokens: list[Token], v: int, start: int, end: int) -> Cue | None:
    """ "Miss Bates's saying,": a possessive name right before a verb of saying in -ing."""
    if not v or not tokens[v].text.endswith("ing") or tokens[v - 1].kind != "w":
        return None
    owner = tokens[v - 1]
    if not owner.text[0].isupper() or not owner.text.endswith(("’s", "'s")):
        return None
    i = v - 1
    while i > 0 and (tokens[i - 1].kind == "title" or tokens[i - 1].text[0].isupper()):
        i -= 1
    if tokens[i].text in STOP_CAPS:
        return None
    words = text[tokens[i].start : owner.end - 2]
    return Cue(words, "name", tokens[i].start, owner.end - 2, tokens[v].text, (start, end))


_CLAUSE_OPENERS = frozenset("and but when then while as so , ;".split())


def _clause_subject(tokens: list[Token], v: int) -> tuple[int, tuple[str, int]] | None:
    """The subject of the sentence whose verb of saying ends the lead-in, when words stand
    between them: the last name or pronoun before the verb that opens a clause ("Mrs. Hurst
    thought the same, and added,"; "when Mr. Collins, joining in, observed,"; "and Lydia,
    always unguarded, boisterously exclaimed,"); the subject of a subordinate clause only
    when no other comes before it ("Mr. Collins listened, and when she ceased, replied,")."""
    subordinate = None
    for m in range(v - 1, -1, -1):
        found = _mention_at(tokens, m)
        if found is None or found[1] > v:
            continue
        if found[0] == "description" and not _acting_description(tokens, m, found[1], v):
            continue
        if tokens[m].text.lower() in ("they", "we"):
            continue
        before = tokens[m - 1].text.lower() if m else ""
        opens = m == 0 or before in _CLAUSE_OPENERS or tokens[m - 1].kind == "p"
        if opens or _after_opening(tokens, m):
            if m and tokens[m - 1].kind == "title":
                continue
            if _subordinate(tokens, before, found[1], v):
                subordinate = subordinate or (m, found)
                continue  # "and when she ceased speaking, replied": she is not who replied
            return m, found
    return subordinate


def _after_opening(tokens: list[Token], m: int) -> bool:
    """A subject pronoun after the sentence's opening phrase, no comma between ("After a
    silence of several minutes he came towards her ..., and thus began,")."""
    head = tokens[0].text.lower() in PREPOSITIONS and all(t.kind != "p" for t in tokens[:m])
    return head and tokens[m].text in ("he", "she")


def _subordinate(tokens: list[Token], opener: str, end: int, v: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a subordinate clause closed
    before the finite verb of saying ``v`` ("when she ceased speaking, replied thus"), not of
    the verb ("when Mr. Sowerberry, after a glance at his wife, said"; "by saying")."""
    if opener not in SUBORDINATORS or tokens[v].text.endswith("ing") or end >= v:
        return False
    return tokens[end].text != "," and any(t.text == "," for t in tokens[end:v])


def _acting_description(tokens: list[Token], m: int, end: int, v: int) -> bool:
    """A description that is the subject of the lead-in's sentence: its first two words, an
    article and a noun, then a past tense and a comma ("The soldier waited, and then went
    on:"); not "His son" (the conversation tells who) nor "The King looked at X, who said"."""
    if m > 0 or end != 2 or tokens[0].text.lower() not in ("the", "a", "an"):
        return False
    if v < 4 or not _past_verb(tokens[2].text) or tokens[3].text != ",":
        return False
    return not any(t.text.lower() in ("who", "which", "whom") for t in tokens[3:v])


def _governed(tokens: list[Token], m: int) -> bool:
    """Whether the phrase at ``m`` is a preposition's or a participle's object ("in the least
    disconcerted", "taking her hand"), not a subject."""
    before = tokens[m - 1].text.lower() if m else ""
    return before in PREPOSITIONS or (before.endswith("ing") and tokens[m - 1].kind == "w")


def _is_noun_use(tokens: list[Token], v: int) -> bool:
    """ "in reply", "a whisper": a verb of saying used as a noun."""
    before = tokens[v - 1].text.lower() if v else ""
    if tokens[v].text.endswith("ing") and before not in DETERMINERS:
        return False  # "of whispering,": a gerund that says someone spoke
    if before == "to":
        return False  # "he proceeded to say,": an infinitive
    if v >= 2 and tokens[v - 2].text.lower() in ("a", "an"):  # "a good-humoured smile"
        return "-" in before or before.endswith(("ed", "ful", "ous", "ish"))
    return before in PREPOSITIONS or before in DETERMINERS


def _to_verb(tokens: list[Token], i: int) -> int:
    """The index after adverbs or an aside between commas after a mention: "Prince Vasíli,
    not in the least disconcerted, told her"."""
    j = _skip_adverbs(tokens, i)
    if (j < len(tokens) and tokens[j].text == ",") or (j > i and tokens[j - 1].text == ","):
        close = next(
            (k for k in range(j, min(len(tokens), j + MAX_ASIDE)) if tokens[k].text == ","), None
        )
        if close is not None and all(t.kind == "w" for t in tokens[j:close] if t.text != ","):
            return close + 1
    return j


def _cue(
    text: str,
    tokens: list[Token],
    i: int,
    found: tuple[str, int],
    verb: str,
    start: int,
    end: int,
) -> Cue:
    kind, j = found
    named = _mention_at(tokens, j) if kind == "description" else None
    if named is not None and named[0] == "name":  # "the obliging Mrs. Ford": the name
        i, (kind, j) = j, named
    words = text[tokens[i].start : tokens[j - 1].end]
    return Cue(words, kind, tokens[i].start, tokens[j - 1].end, verb, (start, end))
