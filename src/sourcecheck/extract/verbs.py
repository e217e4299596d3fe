"""The verbs of saying: a broad list of base forms with their inflections (regular English
morphology, doubled consonants, an irregular table), not a short list. :mod:`sieves` reads
them beside quotations; "print" and "publish" are here for newspapers ("Izvestia printed:").

German and Russian texts have their own verbs and subject pronouns ("meinte General Hoffmann",
"antwortete er", "сказал Ленин", "она ответила"): :func:`reading` sets the language of the
text being read (detected by :func:`~sourcecheck.texts.language.language_of`), and
:func:`speech_verbs`, :func:`finite_forms` and :func:`subject_pronouns` answer for it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

from ..texts.language import language_of
from . import paragraphlanguages

if TYPE_CHECKING:
    from .cue import Token

_BASES = """
say ask reply answer cry exclaim add continue observe remark return rejoin respond retort repeat
resume murmur mutter whisper shout scream call roar bellow yell shriek growl grumble snap snarl
hiss sigh sob laugh chuckle giggle titter smile grin nod urge plead beg implore entreat insist
protest object argue declare announce state explain suggest propose admit confess agree assent
interrupt interpose begin inquire enquire query question demand request command order warn
caution remind tell assure promise reason conclude groan moan gasp pant stammer stutter falter
drawl lisp mumble blurt venture hazard opine comment note mention report relate counter correct
persist pursue proceed concede allow grant acknowledge affirm aver assert maintain contend
claim boast complain lament wail ejaculate vociferate thunder jeer sneer scoff mock tease joke
jest prompt coax wheedle soothe console reassure encourage greet hail address accost sing chant
recite read write telegraph wire cable dictate print publish whimper squeak pipe grunt bark howl
croak screech purr breathe hint insinuate intimate reflect muse wonder guess surmise speculate cough
simper sniff snort exclaim announce proclaim testify swear vow threaten retort rap whine drone
bawl squeal chirp twitter lisp quaver quiver tremble sputter splutter wheeze shrill bluster
storm rage fume scold chide rebuke reprove admonish exhort instruct inform advise recommend
summon invite interject chime echo parrot quote cite specify explain expostulate remonstrate
deprecate apologise apologize thank congratulate pronounce predict prophesy conjecture
remonstrate sneeze hesitate pause stop go break put strike burst speak think blubber
""".split()
_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "begin": ["began", "begun"], "go": ["went", "gone"],
    "write": ["wrote", "written"], "read": ["read"], "think": ["thought"],
    "break": ["broke", "broken"], "put": ["put"], "strike": ["struck"], "burst": ["burst"],
    "speak": ["spoke", "spoken"], "swear": ["swore", "sworn"], "sing": ["sang", "sung"],
    "cry": ["cried"], "reply": ["replied"], "query": ["queried"], "hold": ["held"],
}  # fmt: skip


def _inflections(base: str) -> set[str]:
    """The base, its -s form, its -ed form and its -ing form (regular English spelling)."""
    forms = {base, *_IRREGULAR.get(base, [])}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):  # nod -> nodded, beg -> begged
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


SPEECH_VERBS = frozenset(f for base in _BASES for f in _inflections(base))
"""Every form of a verb of saying (some only with a particle: "went on", see sieves)."""

PAST = frozenset(f for forms in _IRREGULAR.values() for f in forms) - {"read", "put", "burst"}
"""Irregular past forms: a finite verb without its -ed ("said", "told", "wrote")."""

NOT_SPEECH_ALONE = frozenset("go went gone break broke put strike struck burst stop".split())
"""Verbs of saying only with a particle ("went on", "broke in", "put in", "burst out")."""

_WORDLESS_BASES = """
smile grin nod laugh chuckle giggle titter sigh sob cough sneeze sniff snort groan moan gasp pant
breathe hesitate pause stop think wonder muse reflect read write print publish telegraph wire
cable dictate tremble quaver quiver storm rage fume purr bark howl croak wheeze sing chant hum
""".split()
WORDLESS = frozenset(f for base in _WORDLESS_BASES for f in _inflections(base))
"""Verbs of saying that also tell a sound, a gesture or a thought without words ("She
smiled.", "He nodded."): beside a quotation they attribute it, a sentence away they do not
(:mod:`~sourcecheck.extract.sentenceaway`)."""


# -- other languages -------------------------------------------------------------------------
# Finite forms only (present and past, singular and plural, as attributions print them): the
# inverted order ("sagte Trotzki", "сказал Ленин") has no -ed to tell a finite verb by.
_GERMAN_WEAK = """
sag mein antwort frag erklär erwider entgegn bemerk füg ruf versicher beton wiederhol seufz lach
ergänz erzähl bericht verkünd meld behaupt dräng protestier knurr brumm stammel stotter
fleh warn forder hauch brüll jammer klag zisch mahn flüster murmel schrei beruhig
""".split()
_GERMAN_STRONG = """
rief riefen bat baten las lasen warf warfen fuhr fuhren schrie schrien sprach sprachen spricht
schrieb schrieben begann begannen schloss schloß befahl widersprach unterbrach gestand riet
wandte wandten gab gaben dachte dachten
""".split()
GERMAN_VERBS = (
    frozenset(
        stem + (ending[1:] if stem.endswith("el") and ending.startswith("e") else ending)
        for stem in _GERMAN_WEAK
        for ending in (
            ("et", "ete", "eten") if stem.endswith(("t", "d", "gn")) else ("t", "te", "ten")
        )
    )
    | frozenset(_GERMAN_STRONG)
) - {"rufte", "ruften", "schreite", "schreiten", "gab", "gaben"}
"""German finite verbs of saying ("sagte", "meinte", "antwortete", "rief", "fügte hinzu")."""

_RUSSIAN_STEMS = """
сказал ответил спросил заявил говорил проговорил произнес произнёс воскликнул крикнул закричал
добавил продолжал возразил прошептал пробормотал подумал заметил объявил написал повторил
согласился предложил отозвался откликнулся перебил прервал вставил признал признался пояснил
объяснил сообщил уточнил подтвердил потребовал приказал попросил вздохнул рассмеялся усмехнулся
улыбнулся буркнул отрезал парировал начал закончил заключил настаивал протестовал
""".split()
RUSSIAN_VERBS = frozenset(
    form
    for stem in _RUSSIAN_STEMS
    for form in (
        (stem, stem[:-2] + "ась", stem[:-2] + "ись")
        if stem.endswith("ся")
        else (stem, stem + "а", stem + "и")
    )
) | frozenset("говорит скажет спрашивает отвечает пишет замечает".split())
"""Russian verbs of saying, past forms of the three genders and the plural ("сказал",
"сказала", "сказали", "согласилась") and a few present ones ("говорит")."""

CONTINUING_FOREIGN = frozenset(
    "fügte fügten fuhr fuhren ergänzte ergänzten wiederholte wiederholten "
    "добавил добавила добавили продолжал продолжала продолжали повторил повторила".split()
)
"""Verbs that say the last speaker goes on ("fügte er hinzu", "продолжал он")."""

CONTINUING = (
    frozenset("added adds continued resumed repeated went pursued proceeded persisted".split())
    | CONTINUING_FOREIGN
)
"""Verbs that say the last speaker goes on ("he added"), rather than someone answers."""

REPLYING = frozenset(
    "replied answered returned retorted rejoined antwortete antworteten erwiderte erwiderten "
    "entgegnete entgegneten ответил ответила ответили возразил возразила возразили".split()
)
"""Verbs that report a reply ("he replied"): the words of another person than the one whose
words they answer."""

HEARER_OBJECT = frozenset(
    f
    for base in "tell inform assure reassure warn remind notify advise caution instruct brief "
    "address exhort admonish".split()
    for f in _inflections(base)
)
"""Verbs of saying whose object is the one spoken to, never an inverted subject: "X told the
council:", "he warned the delegates that" (the council and the delegates hear the words; an
inverted speaker follows "said", "asked", "cried", not "told")."""

SUBJECT_PRONOUNS: dict[str, dict[str, str | None]] = {
    "en": {"he": "M", "she": "F", "i": "I", "we": "I", "they": None},
    "de": {"er": "M", "sie": "F", "ich": "I", "wir": "I"},
    "ru": {"он": "M", "она": "F", "я": "I", "мы": "I", "они": None},
}
"""The subject pronouns read as speakers, by language, with the gender they say ("I" for the
narrator; None for a plural). German "sie" is read as "she": after a singular verb of saying
("meinte sie") it is."""

_VERBS = {"en": SPEECH_VERBS, "de": GERMAN_VERBS, "ru": RUSSIAN_VERBS}
_LANGUAGE: ContextVar[str] = ContextVar("speech_language", default="en")
_OTHERS: ContextVar[tuple[str, ...]] = ContextVar("speech_languages_also", default=())


def language() -> str:
    """The language of the text being read (see :func:`reading`): "en", "de" or "ru"."""
    return _LANGUAGE.get()


def text_language(text: str) -> str:
    """The language whose verbs and pronouns attribute ``text``'s quotations: German or
    Russian when detected, else English.

    >>> text_language("„Dann müssen wir eben weitermarschieren“, meinte General Hoffmann.")
    'de'
    >>> text_language("— Да, — сказал Ленин."), text_language("“Yes,” said Anna.")
    ('ru', 'en')
    """
    language = language_of(text)
    return language if language in _VERBS else "en"


@contextmanager
def reading(text: str) -> Iterator[str]:
    """Read ``text``'s attributions in its language (:func:`text_language`), and in the
    languages of its paragraphs written in another (:func:`~.paragraphlanguages.others`:
    Russian paragraphs then German ones), until the block ends; yields the language."""
    primary = text_language(text)
    token = _LANGUAGE.set(primary)
    also = _OTHERS.set(tuple(sorted(paragraphlanguages.others(text, primary) & _VERBS.keys())))
    try:
        yield _LANGUAGE.get()
    finally:
        _OTHERS.reset(also)
        _LANGUAGE.reset(token)


def speech_verbs() -> frozenset[str]:
    """The verbs of saying of the text being read (English: every form), and of the other
    languages some of its paragraphs are written in."""
    return _verbs_of(languages())


def finite_forms() -> frozenset[str]:
    """Forms known finite without an -ed: the English irregular pasts, and every German and
    Russian form of :func:`speech_verbs` (their tables hold finite forms only)."""
    return _finite_of(languages())


def subject_pronouns() -> dict[str, str | None]:
    """The subject pronouns of the text being read and the gender each says (the text's own
    language first, then its paragraphs' other languages)."""
    return _pronouns_of(languages())


def languages() -> tuple[str, ...]:
    """The language of the text being read, then those of its paragraphs written in another
    (see :func:`reading`)."""
    return (_LANGUAGE.get(), *_OTHERS.get())


@lru_cache(maxsize=16)
def _verbs_of(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_VERBS[lang] for lang in languages))


@lru_cache(maxsize=16)
def _finite_of(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(PAST if lang == "en" else _VERBS[lang] for lang in languages))


@lru_cache(maxsize=16)
def _pronouns_of(languages: tuple[str, ...]) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for lang in reversed(languages):  # the text's own language wins
        found.update(SUBJECT_PRONOUNS[lang])
    return found


PARTICLES = frozenset("on in out up forth".split())
"""Particles after a verb of saying ("went on", "cried out"): "went" says only with one."""


def is_speech_verb(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a verb of saying ("went" only as "went on")."""
    if i >= len(tokens) or tokens[i].kind != "w":
        return False
    word = tokens[i].text.lower()
    if word not in speech_verbs():
        return False
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    return word not in NOT_SPEECH_ALONE or nxt in PARTICLES


def is_finite(tokens: list[Token], i: int, *, subject: str = "") -> bool:
    """Whether the speech verb at ``i`` is a finite form ("said", "asks", "went on"); a base
    form only after I, we, you or they ("I say") or after an auxiliary before its subject ("did
    Mr. Bennet say"): "the preliminary question" is a noun."""
    word = tokens[i].text.lower()
    if word in finite_forms() or (language() == "en" and word.endswith(("ed", "s"))):
        return True
    if word in _SAME_PAST and subject and subject.lower() not in ("i", "we", "you", "they"):
        return True  # "she burst out": a past (the present would be "bursts")
    aux = any(t.text.lower() in _AUXILIARIES for t in tokens[max(0, i - 3) : i - 1])
    return subject.lower() in ("i", "we", "you", "they") or (language() == "en" and aux)


_SAME_PAST = frozenset("burst put".split())
"""Verbs whose past is their base: finite after a singular subject of the third person."""
_AUXILIARIES = frozenset("did do does would will could can shall should may might must".split())
