"""Whom a quotation calls: names used as vocatives ("Yes, Mr. Knightley.", "my dear Emma"),
and kin ("Yes, papa") as the narration names them ("said her father")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .alternation import SaidLike
from .people import NAME_RE, People

_BEFORE_VOCATIVE = re.compile(r"(?:^|[,!?;:—–]|\b(?:[Dd]ear|my|[Oo]h|[Aa]h))\s*$")
_AFTER_VOCATIVE = re.compile(r"\s*(?:[,!?;:.—–]|$)")
_LISTED = re.compile(r",?\s*(?:and|or|nor)\s+[A-Z]")
_ASIDE_THEN_VERB = re.compile(
    r",\s*(?:I|you|we)\s+\w+,(?:[^,.!?;:]{1,60},)?\s*"
    r"(?:is|was|has|had|will|would|can|could|may|might|must|shall|should|does|did)\b"
)
"""A name followed by "I suppose," (and perhaps one more aside) and a verb is the sentence's
subject, not someone called."""
_APPOSITION = (re.compile(r"[a-z]\w*,\s*$"), re.compile(r",\s*(?:who|whom|whose|which|of)\b"))
"""A name between commas after a common word and before "who", "of": an apposition ("this
butler, Lal Rao, whom we have not seen"), not someone called."""


def vocatives(quote: str, people: People) -> set[str]:
    """The people a quotation addresses by name ("Yes, Mr. Knightley.", "my dear Emma").

    >>> from sourcecheck.extract.people import people_of
    >>> p = people_of("Then Harriet came and Emma smiled; later Harriet sat and Emma spoke.")
    >>> sorted(vocatives("Did you ever, Harriet, see such a thing? Oh, Emma!", p))
    ['Emma', 'Harriet']
    """
    found = set()
    for m in NAME_RE.finditer(quote):
        if not _BEFORE_VOCATIVE.search(quote[max(0, m.start() - 8) : m.start()]):
            continue
        if not _AFTER_VOCATIVE.match(quote, m.end()):
            continue
        after = quote[m.end() :].strip()
        if not quote[: m.start()].strip() and (not after or after[0] in ".:;"):
            continue  # "Bingley.": an answer that names someone, not a call
        if not quote[: m.start()].strip() and not after.strip(",!?;:.—– "):
            continue  # "Fagin," cried the girl: a cry at the name, nobody made to answer
        if _LISTED.match(quote, m.end()) or _ASIDE_THEN_VERB.match(quote, m.end()):
            continue  # "Miss Nash, and Miss Prince"; "Mr. Martin, I suppose, is not"
        if _APPOSITION[0].search(quote[: m.start()]) and _APPOSITION[1].match(quote, m.end()):
            continue
        if _echoed(quote, m):
            continue
        person = people.resolve(m.group())
        if person is not None:
            found.add(person.name)
    return found


def _echoed(quote: str, m: re.Match[str]) -> bool:
    """Whether a name the quotation opens with, exclaimed, is the subject the speaker takes
    up from the turn before, not someone called: the quotation names it again further on
    ("Mrs. Dixon! very true indeed. I had not thought of Mrs. Dixon.")."""
    opens = not quote[: m.start()].strip() and quote[m.end() :].lstrip()[:1] == "!"
    return opens and m.group() in quote[m.end() :]


_KIN_WORDS = {"papa": "father", "father": "father", "mamma": "mother", "mama": "mother",
              "mother": "mother", "uncle": "uncle", "aunt": "aunt"}  # fmt: skip
_KIN_VOCATIVE = re.compile(
    r"(?:^|[,!?;:—–]\s*|\b(?:[Dd]ear(?:est)?|[Mm]y|[Oo]h|[Aa]h)\s+)"
    r"(?P<kin>[Pp]apa|[Mm]amma|[Mm]ama|[Ff]ather|[Mm]other|[Uu]ncle|[Aa]unt)(?=\s*(?:[,!?;:.—–]|$))"
)
_KIN_DESCRIBED = re.compile(r"^(?:her|his|their)\s+(?P<kin>father|mother|uncle|aunt)$")
MIN_KIN = 2
"""How many turns a description ("said her father") must resolve to one person for a
quotation calling "papa" to address that person."""


def kin_called(quote: str) -> set[str]:
    """The kin a quotation calls ("Yes, papa", "my dear mamma!"): father, mother, uncle, aunt.

    >>> sorted(kin_called("No, papa, nobody thought of it. Oh, mamma!"))
    ['father', 'mother']
    >>> kin_called("His father was a clergyman.")
    set()
    """
    return {_KIN_WORDS[m.group("kin").lower()] for m in _KIN_VOCATIVE.finditer(quote)}


def kin_of(said: Sequence[SaidLike], *, confident: float) -> dict[str, str]:
    """Who "papa" and "mamma" are in a text: the person the narration's "said her father"
    (or "his mother") most often names (with at least ``confident`` confidence), when at
    least :data:`MIN_KIN` turns say so and no other person as often."""
    counts: dict[str, Counter[str]] = {}
    for s in said:
        m = _KIN_DESCRIBED.match(" ".join((s.words or "").lower().split()))
        resolved = bool(s.speaker) and words_key(s.words or "") != words_key(s.speaker or "")
        if m and s.attributed and resolved and s.speaker_confidence >= confident:
            counts.setdefault(m.group("kin"), Counter())[s.speaker or ""] += 1
    found = {}
    for kin, c in counts.items():
        top = c.most_common(2)
        if top[0][1] >= MIN_KIN and (len(top) == 1 or top[1][1] < top[0][1]):
            found[kin] = top[0][0]
    return found


def words_key(words: str) -> str:
    """Words compared without case, spacing or a leading article ("the Old Lady")."""
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(words.lower().split()))


def same_family(people: People, called: set[str], name: str | None) -> bool:
    """Whether a title and surname called ("Miss Bennet") may be the person ``name`` of the
    conversation, whom the text also names with that surname ("Elizabeth Bennet")."""
    (vocative,) = called
    words = vocative.split()
    person = people.resolve(name or "")
    if len(words) != 2 or person is None or vocative in person.forms:
        return False
    return any(f.split()[-1] == words[-1] and len(f.split()) > 1 for f in person.forms)
