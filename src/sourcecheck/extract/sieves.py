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
from .clauses import ADVERBS, MAX_ADVERBIAL, is_noun_use, tail_ok
from .cue import Cue, Token, tokenize
from .leadsubject import acting_end, governed
from .mentions import INDEFINITE_PERSONS as INDEFINITE_PERSONS
from .mentions import PRONOUNS as PRONOUNS
from .mentions import mention_at, names_one, past_verb
from .reported import reported_clause_start
from .verbs import HEARER_OBJECT, PARTICLES, is_finite, is_speech_verb

MAX_ASIDE = 7
"""Words of an aside between commas after a speaker's name and the verb."""
MAX_GAP = 3
"""Words allowed between a mention and its verb: "Mr. Knightley, smiling, replied"."""


def _skip_adverbs(tokens: list[Token], i: int, limit: int = MAX_GAP) -> int:
    """Past adverbs and a parenthetical between commas: "Emma, smiling, said"."""
    j = i
    russian = verbs.language() == "ru"
    while j < len(tokens) and j - i < limit + 2:
        word = tokens[j].text.lower()
        if tokens[j].text == "," or word.endswith("ly") or word in ADVERBS:
            j += 1
            continue
        if russian and len(word) > 3 and word.endswith("о") and is_speech_verb(tokens, j + 1):
            j += 1  # "— тихо спросила она": a Russian adverb before its verb
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
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text.lower() in PARTICLES)
        j = _after_verb(tokens, j)
        found = mention_at(tokens, j)
        if found is not None:
            return _cue(text, tokens, j, found, tokens[i].text, start, end)
        return None
    found = mention_at(tokens, i)
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
    cut = reported_clause_start(tokens)  # "wrote that Hoffmann “": the writer's words
    tokens = tokens[:cut] if cut is not None else tokens
    while tokens and tokens[-1].kind == "p":
        tokens.pop()
    if len(tokens) < 2:
        return None
    last = len(tokens) - 1
    for v in range(last, max(-1, last - 4 - MAX_ADVERBIAL), -1):
        if not is_speech_verb(tokens, v) or is_noun_use(tokens, v):
            continue
        after = _after_verb(tokens, v + 1)
        found = mention_at(tokens, after)  # said Emma (never "scolding her guest")
        hearer = found is not None and tokens[v].text.lower() in HEARER_OBJECT
        if hearer and found is not None:
            tail = found[1]  # "told the council:": the one spoken to; the speaker is before
        elif found is not None and _after_verb(tokens, found[1]) > last and is_finite(tokens, v):
            return _cue(text, tokens, after, found, tokens[v].text, start, end)
        else:
            tail = v + 1 + (v + 1 <= last and tokens[v + 1].text in PARTICLES)
        if not tail_ok(tokens, tail):
            return None
        for m in range(max(0, v - 8 - MAX_ASIDE), v):  # Emma (politely) said: the longest name
            found = mention_at(tokens, m)
            if (
                found is not None
                and not (
                    governed(tokens, m)  # "in a constrained manner said"; "to Emma, said"
                    and (found[0] == "description" or _aside_before(tokens, found[1], v))
                )
                and _to_verb(tokens, found[1]) == v
                and (is_finite(tokens, v, subject=tokens[m].text) or tokens[v].text.endswith("ing"))
            ):
                return _cue(text, tokens, m, found, tokens[v].text, start, end)
        owner = _owner_before(text, tokens, v, start, end)  # "Miss Bates's saying,"
        if owner is not None:
            return owner
        subject = clause_subject(tokens, v)
        nonfinite = tokens[v].text.endswith("ing") or tokens[v - 1].text.lower() == "to"
        if subject is not None and (
            nonfinite or is_finite(tokens, v, subject=tokens[subject[0]].text)
        ):  # "Emma took the opportunity of whispering,"; "only stopt to say,"
            return _cue(text, tokens, subject[0], subject[1], tokens[v].text, start, end)
        return None
    return None


def _aside_before(tokens: list[Token], end: int, v: int) -> bool:
    """Whether a comma stands between a mention ending at ``end`` and the verb at ``v``: a
    governed one is then not its subject ("and turning to Emma, said": said to Emma), where
    one the verb follows is ("with Anna Pávlovna scolding her guest")."""
    return any(t.text == "," for t in tokens[end:v])


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


def clause_subject(tokens: list[Token], v: int) -> tuple[int, tuple[str, int]] | None:
    """The subject of the sentence whose verb of saying ends the lead-in, when words stand
    between them: the last name or pronoun before the verb that opens a clause ("Mrs. Hurst
    thought the same, and added,"; "when Mr. Collins, joining in, observed,"; "and Lydia,
    always unguarded, boisterously exclaimed,"); the subject of a subordinate clause only
    when no other comes before it ("Mr. Collins listened, and when she ceased, replied,")."""
    subordinate = None
    for m in range(v - 1, -1, -1):
        found = ("description", m + 2) if _paired(tokens, m) else mention_at(tokens, m)
        if found is None or found[1] > v:
            continue
        named = names_one(tokens, m, found) and not _relative_between(tokens, found[1], v)
        acting = named or _acting_description(tokens, m, found[1], v) or _paired(tokens, m)
        ends = None if acting or found[0] != "description" else acting_end(tokens, m, found[1])
        if ends is not None:  # "and his father gave ... by calling out,"
            acting, found = True, ("description", ends)
        if found[0] == "description" and not acting:
            continue  # ("The Queen turned ..., and said": a description used as a name acts)
        if tokens[m].text.lower() in ("they", "we"):
            continue
        k = m - 1
        while k >= 0 and tokens[k].text.lower() in ADVERBS - {"then"}:
            k -= 1  # "and still he ended with,"
        before = tokens[k].text.lower() if k >= 0 else ""
        opens = k < 0 or before in _CLAUSE_OPENERS or tokens[k].kind == "p"
        opens = opens or (before == "that" and _that_of_result(tokens, k))
        if opens or _after_opening(tokens, m):
            if m and tokens[m - 1].kind == "title":
                continue
            if _subordinate(tokens, before, found[1], v):
                subordinate = subordinate or (m, found)
                continue  # "and when she ceased speaking, replied": she is not who replied
            return m, found
    return subordinate


def _that_of_result(tokens: list[Token], t: int) -> bool:
    """Whether "that" at ``t`` opens a clause of result ("spoke so kindly, that he burst
    out,"), not the reported words of a verb before it ("replied, that he was, adding,")."""
    words = [tokens[k].text.lower() for k in range(max(0, t - 4), t) if tokens[k].kind == "w"]
    return bool({"so", "such"} & set(words))


def _paired(tokens: list[Token], m: int) -> bool:
    """ "the former", "the latter": a description that names one of a pair just named, the
    subject of its clause as a name is ("...; the former continued the subject, by saying,")."""
    pair = [t.text.lower() for t in tokens[m : m + 2]]
    return pair in (["the", "former"], ["the", "latter"])  # (formerlatter.py resolves them)


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
    if v < 4 or not past_verb(tokens[2].text) or tokens[3].text != ",":
        return False
    return not _relative_between(tokens, 3, v)


def _relative_between(tokens: list[Token], end: int, v: int) -> bool:
    """Whether a relative pronoun stands between a subject and the verb: "The King looked at
    the Dodger, who said,": the verb is the relative clause's."""
    return any(t.text.lower() in ("who", "which", "whom") for t in tokens[end:v])


def _to_verb(tokens: list[Token], i: int) -> int:
    """The index after adverbs or an aside between commas after a mention: "Prince Vasíli,
    not in the least disconcerted, told her" (not ", and turning to Clara,": a clause)."""
    j = _skip_adverbs(tokens, i)
    progressive = j + 1 < len(tokens) and tokens[j].text.lower() in ("was", "were")
    if progressive and tokens[j + 1].text.endswith("ing"):
        return j + 1  # "and his wife was exclaiming,"
    comma = j > i and (tokens[j - 1].text == "," or tokens[i].text == ",")  # ", drawing near X,"
    coordinated = j < len(tokens) and tokens[j].text.lower() in ("and", "but")
    if ((j < len(tokens) and tokens[j].text == ",") or comma) and not coordinated:
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
    named = mention_at(tokens, j) if kind == "description" else None
    if named is not None and named[0] == "name":  # "the obliging Mrs. Ford": the name
        i, (kind, j) = j, named
    words = text[tokens[i].start : tokens[j - 1].end]
    return Cue(words, kind, tokens[i].start, tokens[j - 1].end, verb, (start, end))
