"""The language codes a text or a source may be given (``--language``, ``language:``).

ISO 639-1 two-letter codes, optionally with a region (``de-AT``, read as ``de``). The six
:data:`~sourcecheck.texts.language.CANDIDATES` are analysed fully (numbers, dates, negations,
words and meaning in that language); any other ISO 639-1 code is stored as given but its text
is read with no table of its own (the English tables, as a text of unknown language). A code
that is no ISO 639-1 code ("klingon", "xx") is refused: a wrong code silently changes what is
read (a German "nicht" read as English is no negation).
"""

from __future__ import annotations

import re

from ..errors import InputError
from .language import CANDIDATES, LANGUAGE_NAMES, PAGES, SAMPLE_CHARS, detect_language, pages

ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu
    cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv
    kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr
    nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq
    sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
    yi yo za zh zu""".split()
)
"""Every ISO 639-1 code (184)."""
_CODE = re.compile(r"(?P<base>[A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})?")

ACCEPTED = (
    f"ISO 639-1 codes; analysed fully: {', '.join(CANDIDATES)} "
    f"({', '.join(LANGUAGE_NAMES[c] for c in CANDIDATES)}); any other ISO 639-1 code "
    "(pl, uk, nl...) is stored but not analysed in its language"
)
"""What ``--language`` accepts, as help texts and errors say it."""


def language_problem(code: str) -> str | None:
    """Why ``code`` is no language code a text may be given, or None if it is one.

    >>> language_problem("de"), language_problem("de-AT"), language_problem("pl")
    (None, None, None)
    >>> language_problem("klingon")[:60]
    "'klingon' is not a language code (ISO 639-1 codes; analysed "
    """
    found = _CODE.fullmatch(code.strip())
    if found and found["base"].lower() in ISO_639_1:
        return None
    return f"{code!r} is not a language code ({ACCEPTED})"


def checked_language(code: str | None, *, where: str = "--language") -> str | None:
    """``code`` as given (None stays None), or :class:`InputError` naming ``where``."""
    if code is None:
        return None
    problem = language_problem(code)
    if problem:
        raise InputError(f"{where}: {problem}")
    return code.strip()


def read_as(code: str | None) -> str | None:
    """The language a text given ``code`` is read in: its base code in lower case ("de-AT",
    "DE" -> "de"): every rule here is a language's, none a region's, and a code stored as
    typed was not read as German by the checks that compare codes (a new user's "de-AT").

    >>> read_as("de-AT"), read_as(" DE "), read_as(None)
    ('de', 'de', None)
    """
    return code.strip().split("-")[0].lower() if code and code.strip() else None


def contradiction(text: str, given: str | None) -> str | None:
    """A warning when detection clearly says ``text`` is in another language than ``given``
    (the user's): a wrong code silently changes what is read. None when detection agrees or is
    unsure (a language outside the candidates is never contradicted by an unsure detector).

    >>> contradiction("Er sagte, dass er den Vertrag niemals unterzeichnen werde.", "en")[:54]
    'the text reads as German (de, detected), not en as giv'
    >>> contradiction("Er sagte, dass er den Vertrag niemals unterzeichnen werde.", "de-AT")

    A long text whose middle is in another language and some of whose pages are in the given
    one (a translation with untranslated chapters) is warned about as such.
    """
    if not given:
        return None
    base = read_as(given)
    detected = detect_language(text)
    if detected is None or detected.code == base:
        return None
    name = LANGUAGE_NAMES[detected.code]
    found = [f.code if f else None for f in map(detect_language, pages(text, SAMPLE_CHARS, PAGES))]
    if len(text) > SAMPLE_CHARS and base in found:  # its middle in another language, not all
        return (
            f"{found.count(detected.code)} of {len(found)} pages sampled across the text read as "
            f"{name} ({detected.code}, detected), {found.count(base)} as {given} as given: a "
            "translation that leaves passages untranslated? check it"
        )
    return (
        f"the text reads as {name} ({detected.code}, detected), not {given} as given "
        "(--language, or language: in a sources file): check it"
    )
