"""Who is quoted: people mentioned in a text, the speaker of a clause, names resolved to sources.

Rules, not a statistical model, so that every proposal can say *why* (the evidence a reviewer
reads in the claim's notes):

- a **mention** is a proper name ("Lenin", "General Hoffmann"), a first-person pronoun (the
  document's author), a third-person pronoun (resolved to the latest person named before it),
  an institution ("the delegations of Germany and Austria-Hungary", "the stenographic report")
  or an unnamed person ("one of the representatives from the front");
- the **agent** of an attribution clause ("At the party congress in March, 1918, Zinoviev
  declared:") is its first mention that is not governed by a preposition ("at Brest-Litovsk")
  nor inside a subordinate clause ("after I had made my report, ..."); "X's diary" names X;
- a name counts as a person only if the text never uses it after "the" ("the German
  government") or after "in" (a place), and it is not a plural ("the Germans");
- names are resolved to the authors of the sources in the database by surname
  (:mod:`~sourcecheck.extract.surnames`).

(A name "never used after 'in'" is the place test: "from Zinoviev" and "bewildered at
Bukharin" are people.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ..normalize import fold
from . import lexicon
from .headings import on_heading
from .titles import OFFICE_TITLES
from .verbs import SUBJECT_PRONOUNS, language

MONTHS = (
    "January February March April May June July August September October November December"
).split()
TITLES = OFFICE_TITLES | frozenset(
    "General Comrade Count Countess Professor Prof Dr Mr Mrs Miss Herr Frau Baron Prince "
    "Princess Colonel Captain Admiral Lord Lady Sir Emperor King Queen Kaiser Field Father "
    "Saint St".split()
)
PARTICLES = frozenset("von van de der del la le du di da ten".split())
# Capitalized words that begin sentences without being names.
STOP_CAPS = (
    frozenset(
        "The A An On In At It Its This That These Those There Then But And Or Nor So Yet If When "
        "While After Before As Since Because Although Though Lastly Later Early Late Several Only "
        "What Which Who Whom Whose Why How Where Yes No Not Of For To From With Without By During "
        "Between Among Under Over Through Even Every Each All Both Many Much Some Any Most One Two "
        "Three We You They He She I My His Her Our Their Your Here Now Still Also Thus Therefore "
        "However Moreover Accordingly Nobody Nothing Everything Afterward Afterwards Long Well "
        "Perhaps Of Once Again Meanwhile Indeed Truth Exactly Nevertheless Further Finally First "
        "Second Third Next Last Such Another Other Good Let Oh Ah Mine Me Him Them Us Do Does Did "
        "Is Are Was Were Be Been Has Have Had Will Would Shall Should Can Could May Might Must "
        "Chapter Part Book Volume Note Notes See Cf Ibid Sunday Monday Tuesday Wednesday Thursday "
        "Friday Saturday".split()
    )
    | frozenset(MONTHS)
    | frozenset(w.capitalize() for t in SUBJECT_PRONOUNS.values() for w in t)
)
# (German and Russian pronouns open sentences too: "Sie fragte:", "Она спросила:")
PREPOSITIONS = frozenset(
    "of to at in on from by with for against between among about over toward towards into "
    "onto upon under behind beside near through without within across around after before "
    "during since until like than via per behalf".split()
)
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
SUBORDINATORS = frozenset(
    "after before when while since if because although though as unless until whereas once".split()
)
FIRST_PERSON = frozenset("i me my myself mine".split())
THIRD_PERSON = frozenset("he him his himself she her herself".split())
DOCUMENT_NOUNS = (
    "diary|letter|letters|memoirs|notes|note|telegram|speech|report|reply|book|article|words|"
    "message|despatch|dispatch|declaration|answer|journal|memorandum|minutes"
)
GROUP_NOUNS = (
    "delegations?|committees?|government|report|press|conference|congress|soviets?|faction|"
    "council|assembly|command|ministry|staff|newspapers?|minutes|cabinet|presidium|bureau|"
    "mission|embassy|parliament|reichstag|duma"
)

_TOKEN = re.compile(r"(?P<w>[^\W_]+(?:[’'\-][^\W_]+)*)|(?P<p>[^\w\s])")
_SPEAKS = frozenset("said replied cried answered asked returned exclaimed rejoined".split())
"""Verbs of saying whose subject, right before or after, is a person ("said Emma")."""
_POSSESSIVE_DOC = re.compile(
    r"([A-Z][\w\-]+)[’']s\s+(?:[a-z]+\s+){0,2}(?:" + DOCUMENT_NOUNS + r")\b"
)
_GROUP = re.compile(
    r"\b(?:the|a|an|our|their|its)\s+((?:[\w\-’]+\s+){0,3}?(?:" + GROUP_NOUNS + r"))\b"
    r"((?:\s+(?:of|at|in|from)\s+(?:the\s+)?[A-Z][\w\-’]*(?:\s+(?:and\s+)?[A-Z][\w\-’]*)*)*)"
)
_UNNAMED = re.compile(
    r"\bone of (?:the|our|his|their|its) ((?!(?:things|days|times|ways|words|reasons)\b)"
    r"(?:[a-z][\w\-]*s|men|women|children|people)"
    r"(?:\s+(?:from|on|of|at|in)\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]*)*)*)\b"
)
"""Someone unnamed, by a plural of persons: "one of the representatives from the front" (not
"one of the least agreeable proofs", "one of the things")."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A possible speaker named at ``[start, end)``.

    ``kind``: name | first | pronoun | group | unnamed. ``key`` is the folded surname of a
    name (its last word); ``governed``: preceded by a preposition ("at Brest-Litovsk");
    ``person``: a name the text uses like a person's.
    """

    start: int
    end: int
    text: str
    kind: str
    key: str = ""
    governed: bool = False
    person: bool = True


@dataclass(frozen=True, slots=True)
class Agent:
    """The speaker found for a clause and the words that say so."""

    mention: Mention
    evidence: str


class NameEvidence:
    """What the whole text says about capitalized words: which are people."""

    def __init__(self, text: str) -> None:
        self.after_the: set[str] = set()
        self.places: set[str] = set()
        self.mid_sentence: set[str] = set()
        self.lowercase: set[str] = set()
        self.speaking: set[str] = set()  # "said Emma", "Emma replied": a person, whatever else
        self.nouns = lexicon.common_nouns(text) if language() == "de" else frozenset()
        """German nouns ("mit der Faust", "im Nebenzimmer"): capitalized, never persons."""
        prev = ""
        for m in _TOKEN.finditer(text):
            word = m.group("w")
            if word is None:
                prev = m.group()
                continue
            if word[0].isupper():
                base = _strip_possessive(word)
                if prev == "the" and base == word:
                    self.after_the.add(base)
                if prev == "in" and base == word:  # "from Zinoviev", "at Bukharin": not places
                    self.places.add(base)
                if _inside_sentence(prev):
                    self.mid_sentence.add(base)
                if prev in _SPEAKS:
                    self.speaking.add(base)
            else:
                self.lowercase.add(word.lower())
                if word in _SPEAKS and prev[:1].isupper():
                    self.speaking.add(_strip_possessive(prev))
            prev = word

    def is_person(self, name: str) -> bool:
        """Whether the text uses ``name``'s last word like a person's: never after "the" or
        "in", and not as the plural of a word it capitalizes mid-sentence ("the Germans")."""
        last = name.split()[-1]
        if last in self.nouns:
            return False  # "Gregors Zimmer"
        if last in self.speaking:
            return True  # "said Emma" tells more than "in Emma" or "the Westons"
        if last in self.after_the or last in self.places:
            return False
        return not (
            last.endswith("s") and not last.endswith("ss") and last[:-1] in self.mid_sentence
        )


_OPENS_SENTENCE = frozenset(".!?“”\"‘’'-—–_()[]:")


def _inside_sentence(prev: str) -> bool:
    """Whether a word after ``prev`` (the token before it) is inside a sentence: not after a
    full stop or an English quotation mark, nor after a dash, a bracket, an apostrophe or a
    heading in capitals ("--Instead of", "'Upon my word", "CHAPTER XVIII\n\nTime"), which
    open sentences as often as not."""
    if not prev or prev in _OPENS_SENTENCE:
        return False
    return not (prev.isupper() and len(prev) > 1)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word


def mentions(
    text: str, start: int, end: int, evidence: NameEvidence, *, titled: bool = False
) -> list[Mention]:
    """Every mention in ``text[start:end]``, in order; ``titled``: a title's full stop
    does not end the name ("Mr. Weston", one mention, not "Mr" and "Weston").

    >>> t = "At the congress, Zinoviev declared that I was right."
    >>> [(m.text, m.kind, m.governed) for m in mentions(t, 0, len(t), NameEvidence(t))]
    [('congress', 'group', True), ('Zinoviev', 'name', False), ('I', 'first', False)]
    """
    found = _word_mentions(text, start, end, evidence, titled) + phrase_mentions(text, start, end)
    found.sort(key=lambda x: (x.start, x.kind != "group"))
    return found


def _word_mentions(
    text: str, start: int, end: int, evidence: NameEvidence, titled: bool
) -> list[Mention]:
    """Pronouns and names, word by word."""
    tokens = list(_TOKEN.finditer(text, start, end))
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group("w")
        if word is None:
            i += 1
            continue
        governed = _prev_word(tokens, i) in PREPOSITIONS
        low = word.lower()
        if word == "I" or (low in FIRST_PERSON and word != "I" and low != "i"):
            found.append(Mention(tok.start(), tok.end(), word, "first", governed=governed))
        elif low in THIRD_PERSON:
            found.append(Mention(tok.start(), tok.end(), word, "pronoun", governed=governed))
        elif word[0].isupper() and _could_be_name(word, tokens, i, text, evidence):
            last = _name_end(tokens, i, titled)
            if on_heading(text, tok.start()):  # "CHAPTER XVI": no person
                i = last + 1
                continue
            governed = governed or _coordinated_with_governed(found, tokens, i)
            found.append(_name(tokens, i, last, governed, evidence))
            i = last
        i += 1
    return found


def _name_end(tokens: list[re.Match[str]], i: int, titled: bool) -> int:
    """The index of the last token of the name starting at token ``i``: capitalized words
    and particles between them ("Richard von Kühlmann"), up to a possessive."""
    j = i
    while j + 1 < len(tokens):
        nxt = tokens[j + 1].group("w")
        gap = tokens[j].string[tokens[j].end() : tokens[j + 1].start()]
        if nxt is None and titled and _title_stop(tokens, j):
            j += 2  # "Mr. Weston": the title's full stop ends no sentence
            continue
        if nxt is None or _strip_possessive(tokens[j].group()) != tokens[j].group():
            break
        if gap.count("\n") > 1:
            break  # a paragraph ends: "... of the Case\n\nMiss Morstan entered"
        if (nxt[0].isupper() and nxt not in STOP_CAPS) or (
            nxt in PARTICLES
            and j + 2 < len(tokens)
            and (tokens[j + 2].group("w") or "a")[0].isupper()
        ):
            j += 1
            continue
        break
    return j


def _title_stop(tokens: list[re.Match[str]], j: int) -> bool:
    """Whether token ``j`` is a title followed by its full stop and a capitalized word."""
    return (
        tokens[j].group() in TITLES
        and j + 2 < len(tokens)
        and tokens[j + 1].group() == "."
        and (tokens[j + 2].group("w") or "a")[0].isupper()
    )


def _name(
    tokens: list[re.Match[str]], i: int, j: int, governed: bool, evidence: NameEvidence
) -> Mention:
    """The mention of the name in tokens ``i..j``; titles ("General") are not its words."""
    words = [t.group() for t in tokens[i : j + 1] if t.group("w")]
    words[-1] = _strip_possessive(words[-1])
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return Mention(
        tokens[i].start(),
        tokens[j].start() + len(words[-1]),
        " ".join(tokens[i].string[tokens[i].start() : tokens[j].end()].split())
        .removesuffix("’s")
        .removesuffix("'s"),
        "name",
        key=fold(words[-1]),
        governed=governed,
        person=evidence.is_person(" ".join(words)),
    )


def phrase_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Institutions ("the German delegation") and unnamed people ("one of the delegates")."""
    found = []
    for m in _GROUP.finditer(text, start, end):
        phrase = (m.group(1) + m.group(2)).strip()
        found.append(
            Mention(
                m.start(), m.end(), phrase, "group", key=fold(phrase.split()[0]),
                governed=_after_preposition(text, start, m.start()),
            )
        )  # fmt: skip
    for m in _UNNAMED.finditer(text, start, end):
        found.append(
            Mention(
                m.start(), m.end(), m.group(0), "unnamed", key="unnamed",
                governed=_after_preposition(text, start, m.start()),
            )
        )  # fmt: skip
    return found


def _after_preposition(text: str, floor: int, at: int) -> bool:
    prev = text[max(floor, at - 12) : at].split()
    return bool(prev) and prev[-1].lower() in PREPOSITIONS


def _prev_word(tokens: list[re.Match[str]], i: int) -> str:
    """The previous word, skipping determiners; "" after punctuation."""
    j = i - 1
    while j >= 0:
        word = tokens[j].group("w")
        if word is None:
            return ""
        if word.lower() not in DETERMINERS:
            return word.lower()
        j -= 1
    return ""


def _coordinated_with_governed(found: list[Mention], tokens: list[re.Match[str]], i: int) -> bool:
    """ "of Buchanan and Kerensky": the second name is governed like the first."""
    if i < 1 or (tokens[i - 1].group("w") or "").lower() not in ("and", "or"):
        return False
    return bool(found) and found[-1].governed and found[-1].end <= tokens[i - 1].start()


def _could_be_name(
    word: str, tokens: list[re.Match[str]], i: int, text: str, evidence: NameEvidence
) -> bool:
    base = _strip_possessive(word)
    if base in STOP_CAPS or not any(c.isalpha() for c in base):
        return False
    if base in lexicon.function_words(language()) or base in evidence.nouns:
        return False  # "Dann", "Aber" open German sentences; "bei diesen Umständen"
    if base.isupper() and (len(base) < 3 or base.lower() in evidence.lowercase):
        return False  # "a passion FOR hunting": a word in capitals for emphasis
    sentence_start = (
        i == 0
        or not _inside_sentence(tokens[i - 1].group())  # "--Upon my word", "'Upon"
        or (
            text[max(0, tokens[i].start() - 2) : tokens[i].start()].strip() == ""
            and text[max(0, tokens[i].start() - 2) : tokens[i].start()].count("\n") >= 1
        )
    )
    if not sentence_start:
        return True
    if base in evidence.mid_sentence:
        return True
    return base.lower() not in evidence.lowercase and not base.lower().endswith(("ing", "ly"))


# -- agents of attribution clauses ---------------------------------------------------------


def clause_agent(
    text: str, start: int, end: int, evidence: NameEvidence, *, skip_we: bool = True
) -> Agent | None:
    """The speaker an attribution clause names, or None.

    >>> t = "On February 14, after I had made my report, Svyerdlov moved a resolution:"
    >>> clause_agent(t, 0, len(t), NameEvidence(t)).mention.text
    'Svyerdlov'
    """
    clause = text[start:end]
    m = _POSSESSIVE_DOC.search(clause)
    if m:
        name = Mention(
            start + m.start(1), start + m.end(1), m.group(1), "name", key=fold(m.group(1))
        )
        return Agent(name, m.group(0))
    subordinate_until = -1
    for mention in mentions(text, start, end, evidence, titled=True):
        if mention.start < subordinate_until or mention.governed:
            continue
        # A subordinate clause ("after I had made my report,") runs to the next comma.
        before = text[start : mention.start]
        sub = _last_subordinator(before)
        if sub is not None:
            comma = text.find(",", start + sub, end)
            if comma == -1 or comma > mention.start:
                subordinate_until = comma if comma != -1 else end
                continue
        if mention.kind == "name" and not mention.person and mention.kind != "group":
            continue
        if mention.kind == "pronoun" and mention.text.lower() in (
            "his",
            "himself",
            "her",
            "herself",
        ):
            continue  # "drew himself up", "His son rose": a reflexive or an owner, not the agent
        return Agent(mention, clause.strip())
    return None


MAX_WORDS_BEFORE_SUBJECT = 4
"""Words a sentence may open with before its subject: "Shortly afterwards Miss Bates"."""


def sentence_subject(
    text: str,
    start: int,
    end: int,
    evidence: NameEvidence,
    *,
    known: Callable[[Mention], bool] = lambda m: True,
) -> Mention | None:
    """The person a sentence's last main clause opens with, its subject or the owner of it
    ("Harriet rejected the suspicion", "Here Mr. Weston joined them", "Emma's politeness was
    at hand"; "..., and then Mr. Collins came in; Mr. Collins bowed"), if a name or a pronoun
    comes within its first words (after a subordinate clause: "When Emma came in, Harriet
    rose"), governed by no preposition. ``known``: whether a name is a person of the text
    ("Dinner was on table.--Mrs. Elton" opens with Mrs. Elton).

    >>> t = "Shortly afterwards Miss Bates, passing near the window, descried Mr. Knightley."
    >>> sentence_subject(t, 0, len(t), NameEvidence(t)).text
    'Miss Bates'
    """
    bounds = [start, *(start + m.end() for m in re.finditer(";", text[start:end])), end]
    for lo, hi in reversed(list(pairwise(bounds))):
        subject = _clause_subject(text, lo, hi, evidence, known)
        if subject is not None:
            return subject
    return None


def _clause_subject(
    text: str, start: int, end: int, evidence: NameEvidence, known: Callable[[Mention], bool]
) -> Mention | None:
    for mention in mentions(text, start, end, evidence):
        if mention.kind == "group" or mention.text in TITLES:  # "Mr" of "Mr. Weston"
            continue
        before = text[start : mention.start]
        if _last_subordinator(before) is not None:
            continue  # "When Emma came in,"
        if mention.governed or len(before.split(",")[-1].split()) > MAX_WORDS_BEFORE_SUBJECT:
            return None
        if mention.kind in ("pronoun", "first"):
            return mention
        if mention.kind == "name" and mention.person and known(mention):
            return mention
    return None


def _last_subordinator(before: str) -> int | None:
    """Offset (in ``before``) of the last subordinating word not yet closed by a comma."""
    last = None
    for m in re.finditer(r"\b(\w+)\b|,", before):
        if m.group() == ",":
            last = None
        elif m.group(1).lower() in SUBORDINATORS and not (
            m.group(1).lower() == "as" and before[m.end() : m.end() + 4] == " far"
        ):
            last = m.start()
    if last is not None and "," not in before[last:]:
        return last
    return None


def clause_addressee(
    text: str, start: int, end: int, evidence: NameEvidence, agent: Mention | None
) -> Mention | None:
    """Whom a clause says the words were addressed to: "questioned me", "I told Lenin"."""
    for mention in mentions(text, start, end, evidence):
        if agent is not None and mention.start == agent.start:
            continue
        if mention.kind == "first" and (agent is None or agent.kind != "first"):
            return mention
        if mention.kind == "name" and mention.person and agent is not None:
            before = text[start : mention.start].lower().split()
            if before and before[-1] in ("told", "asked", "answered", "questioned", "to"):
                return mention
    return None
