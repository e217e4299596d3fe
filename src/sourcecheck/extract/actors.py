"""Who a pronoun beside a quotation stands for in narrative prose that names its people once
(history, journalism: "Trotsky stood up. “The revolt ...,” he said"): the *actor* of the
narration right before the quotation, the subject of its last sentence ("Martov, pale and
hoarse, demanded the floor.", "Then a tall, lean soldier with a bandaged head climbed on the
platform.", "Somebody laughed, and a sailor of the Aurora turned round on him."), and when that
sentence's subject is the pronoun itself ("He shook his fist."), the subject of the one before.

A capitalised name acting as a sentence's subject is a person even when the text names it only
once, and a description acting so ("a tall, lean soldier") is the speaker when no person is
named. The actor is taken only when its gender does not contradict the pronoun ("he" never goes
to a woman, nor to a crowd); a speaker of the wrong gender for the pronoun is never kept
(:func:`agreeing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..texts.paragraphs import Paragraph
from .attribution import PREPOSITIONS, SUBORDINATORS, TITLES
from .crowds import crowds
from .cue import Token, tokenize
from .descriptions import description_gender, head_noun, is_group
from .mentions import _ABSTRACT, DETERMINERS, PRONOUNS, mention_at, past_verb
from .people import TITLE_WORDS
from .persons import People
from .surnames import surname
from .unannounced import unannounced
from .verbs import PAST, SPEECH_VERBS

if TYPE_CHECKING:
    from .speakers import Said

_CLAUSES = re.compile(r",\s+(?:and|but|while)\s+|;\s+|\s+and\s+then\s+")
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"]?(?=\s)")
_OPENERS = frozenset("then and but so now here there at last presently again".split())
_COMMON_PAST = frozenset(
    "stood rose came went took sat got began ran made held shook read left kept gave put struck "
    "fell drew threw bent set sprang leapt leaped climbed hung broke led met saw heard knew "
    "thought felt found grew was were had did could would rang rode wore swore sent brought "
    "caught stole spoke cried lay sank strode stuck swung tore won wrote told ate fought "
    "flung hid hit let lit lost paid quit shut slid sped spun split spread stung swept "
    "taught threw woke became began".split()
)
_PERSON_WORDS = frozenset(
    "delegate delegates leader corporal infantryman committeeman chairman junker lieutenant "
    "worker workman workmen student commissar guard sentry orator speaker stranger president "
    "secretary adjutant superintendent official deputy minister member representative "
    "correspondent journalist comrade peasant person delegate cossack cadet gunner".split()
)
_COMPARED = frozenset("younger older elder other first second former latter taller".split())
"""Words that stand for one of two persons just named: "The younger held that ..."."""
_NAMED = re.compile(r"\b(?:named|called) ((?:[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+)*)")
MAX_SENTENCES = 3
"""Sentences read back through a chain of the pronoun's own subjects ("He shook his fist.")."""


@dataclass(frozen=True, slots=True)
class Actor:
    """The subject of a narration sentence: its words, kind (name, description, pronoun,
    first) and start offset."""

    words: str
    kind: str
    start: int
    verb: int  # where its verb starts: the words between are its asides


def narration_before(text: str, paras: Sequence[Paragraph], mark: int) -> tuple[int, int] | None:
    """The narration right before the opening mark at ``mark``: the paragraph's words before it
    (after any earlier quotation of the paragraph), or, for a quotation that opens its
    paragraph, the whole paragraph before when it quotes nobody."""
    para = next((p for p in reversed(paras) if p.start <= mark), None)
    if para is None:
        return None
    closing = max(text.rfind("”", para.start, mark), text.rfind('"', para.start, mark))
    lo = max(para.start, closing + 1)  # (after a quotation of the paragraph, straight or curly)
    if text[lo:mark].strip():
        return lo, mark
    if lo != para.start or para.number < 2:
        return None
    before = paras[para.number - 2]
    if "“" in text[before.start : before.end] or '"' in text[before.start : before.end]:
        return None
    return before.start, before.end


def sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]``, in order."""
    spans, start = [], lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        word = re.search(r"(\w+)$", text[max(lo, m.start() - 12) : m.start()])
        if m.group() == "." and word and (word[1] in TITLE_WORDS | TITLES or len(word[1]) == 1):
            continue  # "Mr. Woodhouse", "J. Smith": no sentence ends there
        spans.append((start, m.end()))
        start = m.end()
    if text[start:hi].strip():
        spans.append((start, hi))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_verb(tokens: list[Token], j: int) -> bool:
    """A finite past verb at ``j``, after at most one adverb ("slowly rose", "then went")."""
    for k in (j, j + 1):
        if k >= len(tokens) or tokens[k].kind != "w":
            return False
        word = tokens[k].text.lower()
        if past_verb(word) or word in PAST or word in _COMMON_PAST:
            return True
        if k == j and not (word.endswith("ly") or word in _OPENERS):
            return False
    return False


def _description_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A determiner, adjectives and the noun of a person ("an elderly workman", "a tall, lean
    soldier"), where :func:`.mentions.mention_at` reads none."""
    if tokens[i].text.lower() == "one" and i + 2 < len(tokens) and tokens[i + 1].text == "of":
        if tokens[i + 2].text.lower() in ("them", "us", "these", "those"):
            return "description", i + 3  # "One of them, a young peasant, turned"
        i += 2
    if tokens[i].text.lower() not in DETERMINERS:
        return None
    for k in range(i + 1, min(len(tokens), i + 6)):
        word = tokens[k].text.lower()
        if tokens[k].kind != "w" and word != ",":
            return None
        if head_noun(word) is not None or word in _PERSON_WORDS or word in _COMPARED:
            return "description", k + 1
    return None


def _opens(token: Token) -> bool:
    """A preposition, a determiner or a capitalized word: a name may follow it inside a phrase
    ("from Tver", "of the Aurora"), where a name after a lower-case word opens a new clause."""
    word = token.text
    return word in PREPOSITIONS or word in DETERMINERS or word[0].isupper()


def _strict_verb(token: Token) -> bool:
    """A lower-case past form: where a subject's noun phrase ends ("an elderly workman took")."""
    word = token.text
    return word.islower() and (word in PAST or word in _COMMON_PAST or past_verb(word))


def _past_modifiers(tokens: list[Token], j: int) -> int:
    """The index after what may stand between a subject and its verb: an aside between commas
    ("Martov, pale and hoarse, demanded"), a phrase of place or of clothing ("a student in a
    green cap was"), a participle ("The young officer standing in the gateway, ... clicked")."""
    for _ in range(3):
        if j >= len(tokens) or _is_verb(tokens, j):
            return j
        word = tokens[j].text.lower()
        if tokens[j].text == ",":
            close = next(
                (k for k in range(j + 1, min(len(tokens), j + 14)) if tokens[k].text == ","), None
            )
            if close is None:
                return j
            j = close + 1
        elif (word in PREPOSITIONS and word != "to") or word.endswith("ing"):
            k = j + 1  # (a phrase of a few words, never running into a new name: "to take
            while (  # his place on the step Rostopchín stood")
                k < min(len(tokens), j + 6)
                and tokens[k].kind == "w"
                and (
                    tokens[k].text[0].islower()
                    or tokens[k - 1].kind != "w"
                    or _opens(tokens[k - 1])
                )
                and not _is_verb(tokens, k)
            ):
                k += 1
            j = k
        else:
            return j
    return j


def subject_of(text: str, start: int, end: int) -> Actor | None:
    """The subject of the last clause of the sentence ``text[start:end]``: the first name,
    pronoun or description followed (past an aside, a qualifying phrase) by a past verb.

    >>> t = "Then a tall, lean soldier with a bandaged head climbed on the platform."
    >>> a = subject_of(t, 0, len(t)); (a.words, a.kind)
    ('a tall, lean soldier', 'description')
    >>> t = "Martov, pale and hoarse, demanded the floor."
    >>> subject_of(t, 0, len(t)).words
    'Martov'
    """
    clauses = [start] + [m.end() for m in _CLAUSES.finditer(text, start, end)]
    tokens = tokenize(text, clauses[-1], end)
    first = 0
    if tokens and tokens[0].text.lower() in SUBORDINATORS:  # "When he had done, the delegate"
        first = next((k + 1 for k, t in enumerate(tokens[:12]) if t.text == ","), 0)
    for i in range(first, min(len(tokens), first + 12)):
        verb = next((k for k in range(i + 2, len(tokens)) if _strict_verb(tokens[k])), None)
        found = mention_at(tokens[:verb], i) or _description_at(tokens[:verb], i)
        if found is None:
            continue
        kind, j = found
        if i and tokens[i - 1].text.lower() in ("and", "or"):
            return None  # ("Marta and her brother Oleg stood": two subjects)
        if kind == "name" and j - i == 1 and tokens[i].text.lower() in _OPENERS:
            continue
        if kind == "description" and j - i > 2 and tokens[j - 1].text[0].isupper():
            before = tokens[j - 2].text
            if before.islower() and before not in DETERMINERS and before not in PREPOSITIONS:
                continue  # "the step Rostopchín stood": the name is the subject
        verb = _past_modifiers(tokens, j)
        if _is_verb(tokens, verb):
            words = text[tokens[i].start : tokens[j - 1].end]
            return Actor(words, kind, tokens[i].start, tokens[verb].start)
        if kind in ("pronoun", "first"):
            return None  # ("he bent his head and muttered": the subject, no verb read)
    return None


def is_person_description(words: str) -> bool:
    """Whether a description names a person ("a tall soldier", "their leader", "one of
    them", "the younger"), not a thing ("a roar of applause", "one of the eaves") nor a crowd."""
    if is_group(words) or words.split()[0].lower() in ("that", "this", "these", "those", "its"):
        return False
    lowered = words.lower().replace(",", " ").split()
    if lowered[:2] == ["one", "of"]:
        rest = " ".join(lowered[2:]).removesuffix("s")  # "one of her comrades": a comrade
        return lowered[2:3] in (["them"], ["us"]) or (bool(rest) and is_person_description(rest))
    head = lowered[: next((k for k, w in enumerate(lowered) if w in PREPOSITIONS), len(lowered))]
    if head and head[-1] in _COMPARED:
        return True  # "the younger", "the other"
    return (
        head_noun(" ".join(head)) is not None
        or any(w in _PERSON_WORDS for w in head)
        or lowered[0] in ("somebody", "someone")
    )


def gender_of(words: str, kind: str, people: People) -> str | None:
    """The gender of an actor: the person a name resolves to, or a description's noun."""
    if kind == "name":
        return people.gender(words)
    return description_gender(words)


def actor_before(
    text: str, paras: Sequence[Paragraph], mark: int, pronoun: str, people: People
) -> Actor | None:
    """The actor the pronoun ``pronoun`` ("he", "she") of a quotation opening at ``mark``
    stands for: the subject of the narration's last sentence before it, going back through
    sentences whose subject is that pronoun; None when the subject is someone else, a crowd,
    or of the other gender."""
    gender = {"he": "M", "she": "F"}.get(pronoun.lower())
    span = narration_before(text, paras, mark)
    if gender is None or span is None:
        return None
    for s, e in reversed(sentences(text, *span)[-MAX_SENTENCES:]):
        actor = subject_of(text, s, e)
        if actor is None:
            return None
        if actor.kind == "pronoun" and actor.words.lower() == pronoun.lower():
            continue  # "He shook his fist at the platform.": the one before says who
        if actor.kind == "description" and not is_person_description(actor.words):
            return None  # ("A murmur ran through the crowd.")
        shown = PRONOUNS.get(actor.words.lower()) if actor.kind != "name" else None
        if actor.kind in ("name", "description"):
            shown = gender_of(actor.words, actor.kind, people)
        if shown in (None, gender) and actor.kind in ("name", "description"):
            return actor
        if shown not in ("M", "F", "I"):
            return None  # ("they", "we": nobody of the pronoun's gender said)
        return None  # (the other persons of the sentence: tried, dropped, see the report)
    return None


def _elsewhere(
    text: str, paras: Sequence[Paragraph], actor: Actor, said: Said, people: People
) -> bool:
    """Whether an actor should not be read: a name of no known gender outside the quotation's
    paragraph ("Anna sat by the window.\n\n“...,” he said."), or the speaker the sieves
    gave written out in full ("one of the representatives from the front")."""
    current = (said.speaker or "").lower()
    if current and (current.startswith(actor.words.lower()) or actor.words.lower() in current):
        return True
    para = paras[said.paragraph - 1]
    unknown = actor.kind == "name" and gender_of(actor.words, actor.kind, people) is None
    near = text[paras[max(0, para.number - 2)].start : said.first_mark]
    named = bool(said.speaker_key) and re.search(rf"\b{re.escape(said.speaker_key)}\b", near, re.I)
    return unknown and (actor.start < para.start or bool(named))  # ("said Olga. ... Pyotr looked")


def in_quote(text: str, said: Said, name: str) -> bool:
    """Whether the quotation's own words name ``name`` ("Come, Darcy,"): someone it speaks to
    or of, not its speaker."""
    last = name.split()[-1]
    words = " ".join(p.span.slice(text) for p in said.quote.pieces)
    return last[:1].isupper() and re.search(rf"\b{re.escape(last)}\b", words) is not None


def display(text: str, actor: Actor, people: People) -> str:
    """The name to write for an actor: the person a name resolves to, or that the aside of a
    description names ("the chairman, a grey man named Ivanov, read"), a description as
    written."""
    aside = re.match(r",\s+((?:a|an)\s[^,]+),", text[actor.start + len(actor.words) : actor.verb])
    if actor.words.lower().startswith("one of") and aside and is_person_description(aside[1]):
        return " ".join(aside[1].split())  # "One of them, a young peasant in a torn overcoat,"
    named = _NAMED.search(text, actor.start, actor.verb)
    words = named.group(1) if actor.kind == "description" and named else actor.words
    if actor.kind == "name" or named:
        person = people.resolve(words)
        return person.name if person is not None else words
    return actor.words


def read_narration(
    text: str,
    paras: Sequence[Paragraph],
    said_list: Sequence[Said],
    people: People,
    *,
    author: str | None = None,
) -> None:
    """What the narration around each quotation says of its speaker, after the sieves: the
    actor a pronoun stands for (:func:`agreeing`), a crowd or a named voice
    (:func:`.crowds.crowds`)."""
    agreeing(text, paras, said_list, people)
    leadin_actors(text, paras, said_list, people)
    unannounced(text, paras, said_list, people, author=author)
    crowds(text, paras, said_list, people)


def leadin_actor(text: str, paras: Sequence[Paragraph], said: Said) -> Actor | None:
    """The subject of a lead-in that ends with a verb of saying right before the quotation
    ("One of them, a young peasant in a torn overcoat, turned to me and said, “"; "When he had
    done, the Bulgarian delegate, a heavy old gentleman, leaned across and whispered, “"),
    when the sieves did not read it: a name or the description of a person."""
    span = narration_before(text, paras, said.first_mark)
    if span is None or text[span[1] : said.first_mark].strip():
        return None
    s, e = sentences(text, *span)[-1]
    words = re.findall(r"[^\W\d_]+", text[s:e])
    if not words or words[-1].lower() not in SPEECH_VERBS or not re.search(r"[,:]\s*$", text[s:e]):
        return None
    actor = subject_of(text, s, e)
    if actor is None or actor.kind not in ("name", "description", "pronoun"):
        return None
    if actor.kind == "pronoun" and actor.words.lower() in ("he", "she"):
        return actor  # ("But as if this angered him, he bent his head and muttered: “")
    return actor if actor.kind == "name" or is_person_description(actor.words) else None


def leadin_actors(
    text: str, paras: Sequence[Paragraph], said_list: Sequence[Said], people: People
) -> None:
    """Give a quotation the subject of its lead-in (:func:`leadin_actor`) when no cue of the
    sieves named its speaker, or when their pronoun stands in a clause before that subject."""
    for said in said_list:
        cue = said.cue if said.sieve.startswith("the verb") else None
        if cue is not None and not (cue.kind == "pronoun" and cue.clause[0] < said.first_mark):
            continue
        actor = leadin_actor(text, paras, said)
        if actor is None or (cue is not None and actor.start < cue.start):
            continue
        if actor.kind == "pronoun":  # the narration before the lead-in says who, or nobody
            pronoun, actor = (
                actor.words,
                actor_before(text, paras, actor.start, actor.words, people),
            )
            if cue is not None:
                continue
            if actor is None:
                _unless_of_gender(said, pronoun, people)
                continue
        name = display(text, actor, people)
        if name != said.speaker and (cue is not None or worth(text, actor, said, people)):
            said.speaker, said.speaker_key = name, surname(name) if actor.kind == "name" else ""
            said.person, said.words = actor.kind == "name", actor.words
            said.evidence = f"{name!r}, the subject of the lead-in before the quote"
            said.speaker_confidence, said.sieve = 0.6, "lead-in subject"


_INDEFINITE = frozenset("a an one some somebody someone another".split())
_BEING = frozenset("was were had did could would".split())


def worth(text: str, actor: Actor, said: Said, people: People) -> bool:
    """Whether an actor should replace the speaker the sieves gave: an indefinite description
    ("a tall soldier": someone new) always; a definite one ("the young lady", "her father")
    only over no person, since the sieves resolve it to the person it stands for; a name
    the people of the text do not know only as the subject of an action ("Trotsky stood up",
    not "Hartfield was", nor a title alone)."""
    if actor.kind == "description" and not _NAMED.search(text, actor.start, actor.verb):
        first = actor.words.split()[0].lower()
        current = said.speaker
        return (
            first in _INDEFINITE
            or not current
            or current[0].islower()
            or people.resolve(current) is None  # (a name of the text's people is resolved)
        )
    if actor.kind == "description":
        return True  # ("the chairman, a grey man named Ivanov, read")
    verb = re.match(r"\s*([^\W\d_]+)", text[actor.verb :])
    if people.resolve(actor.words) is not None:
        return True
    first = actor.words.split()[0].rstrip(".")
    common = first.lower().endswith(_ABSTRACT) or re.search(rf"\b{first.lower()}\b", text)
    title = first in TITLE_WORDS | TITLES  # ("Mr"; "Realisation came later": a word, no name)
    return verb is not None and verb.group(1).lower() not in _BEING and not title and not common


def agreeing(
    text: str, paras: Sequence[Paragraph], said_list: Sequence[Said], people: People
) -> None:
    """Give each quotation whose speaker is a pronoun beside it ("“...,” he said") the actor
    of the narration right before it (:func:`actor_before`), and never keep a speaker of the
    other gender than the pronoun: without an actor, such a quotation has no speaker."""
    for said in said_list:
        cue = said.cue
        if cue is None or cue.kind != "pronoun" or cue.words.lower() not in ("he", "she"):
            continue
        if cue.clause[0] < said.first_mark:
            continue  # (a lead-in the sieves read: "turning to Paul, he said,")
        actor = actor_before(text, paras, said.first_mark, cue.words, people)
        if actor is not None and _elsewhere(text, paras, actor, said, people):
            actor = None
        if actor is not None:
            name = display(text, actor, people)
            named = bool(said.speaker_key) and bool(
                re.search(
                    rf"\b{re.escape(said.speaker_key)}\b", text[actor.start : actor.verb], re.I
                )
            )  # ("the chairman, a grey man named Ivanov, read": Ivanov)
            named = named or in_quote(text, said, name)  # ("Come, Darcy," said he)
            if name != said.speaker and not named and worth(text, actor, said, people):
                said.speaker, said.speaker_key = name, surname(name) if actor.kind == "name" else ""
                said.person = actor.kind == "name"
                said.evidence += f"; {cue.words} = {name}, the subject of the sentence before"
                said.speaker_confidence, said.sieve = 0.6, "actor before"
            continue
        _unless_of_gender(said, cue.words, people)


def _unless_of_gender(said: Said, pronoun: str, people: People) -> None:
    """Drop the speaker of a quotation when its gender is not the pronoun's ("he" never
    goes to a woman): no speaker rather than a wrong one."""
    gender = {"he": "M", "she": "F"}[pronoun.lower()]
    shown = people.gender(said.speaker) if said.speaker else None
    if said.speaker and (not said.person or said.speaker[0].islower()):
        shown = description_gender(said.speaker)  # ("the princess")
    if shown is not None and shown != gender:
        said.evidence += f"; not {said.speaker}: '{pronoun}' is not of their gender"
        said.speaker, said.speaker_key, said.person = None, "", True
        said.speaker_confidence, said.sieve = 0.2, "none"
