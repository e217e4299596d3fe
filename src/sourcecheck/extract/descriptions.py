"""The words of a description ("the old lady", "her father", "the surgeon"): its gender, its
kind of person, the family relation it names. Pure functions on words; who the description
names in a text is :mod:`~sourcecheck.extract.resolve`'s.
"""

from __future__ import annotations

from .mentions import PRONOUNS
from .titles import split_title

_FEMALE_PERSONS = frozenset(
    "woman women lady girl mother wife sister daughter aunt niece grandmother widow maid "
    "maiden spinster bride female dame mamma mama mum wench lass damsel sister-in-law "
    "mother-in-law daughter-in-law stepmother cousin-german "
    "mutter frau schwester tochter tante dame mädchen magd köchin".split()  # German
)
_MALE_PERSONS = frozenset(
    "man men gentleman boy father husband brother son uncle nephew grandfather fellow lad "
    "youth gent bachelor bridegroom papa pa widower brother-in-law father-in-law son-in-law "
    "stepfather vater mann bruder sohn onkel junge".split()  # German
)
"""Nouns for a person or a relation: "the young lady", "her father" may be anyone present."""
_FEMALE_NOUNS = _FEMALE_PERSONS | frozenset(
    "mistress housekeeper landlady matron queen princess duchess countess madam madame nurse "
    "governess hostess".split()
)
_MALE_NOUNS = _MALE_PERSONS | frozenset(
    "master landlord lord sir king prince duke count butler footman coachman waiter jew "
    "doctor surgeon clergyman parson priest beadle magistrate officer constable inspector "
    "sergeant soldier sailor captain colonel major general admiral monk friar abbot host "
    "gaoler jailer turnkey policeman detective".split()
)
"""With the nouns of an occupation or a rank: "the surgeon", "the jailer" is someone of that
trade, who may never be named (not the one man who spoke last)."""
_ROLES = frozenset(
    "other another former latter companion addressed interlocutor partner visitor "
    "questioner speaker respondent".split()
)
UNKNOWN_PERSONS = frozenset(
    "stranger visitor newcomer new-comer comer unknown traveller traveler intruder".split()
)
"""Nouns for a person the text has not named yet ("the stranger"), of either gender."""
KIN_TITLES = {"wife": "Mrs", "mother": "Mrs", "husband": "Mr", "father": "Mr"}
KIN_GENDERS = {"brother": "M", "sister": "F", "son": "M", "daughter": "F"}
"""Relations within one family name and the gender they give: "his brother", "her sister"."""
COUPLES = {
    "uncle": ("aunt", "Mr"),
    "aunt": ("uncle", "Mrs"),
    "grandfather": ("grandmother", "Mr"),
    "grandmother": ("grandfather", "Mrs"),
}
"""Relations that come as a married couple ("her uncle and aunt": Mr. and Mrs. Gardiner):
the other relation of the pair and the title of the one named."""
HONORIFIC_TITLES = {"ladyship": "Lady", "lordship": "Lord"}
"""The title of the person "her ladyship", "his lordship" stands for."""
"""The title of the person a relation names in the owner's family."""


def description_gender(words: str) -> str | None:
    """The gender a description's nouns say: "the old lady" F, "her father" M, "the doctor" M.

    >>> [description_gender(d) for d in ("the old lady", "his father", "the voice")]
    ['F', 'M', None]
    """
    if words.lower() in PRONOUNS:  # "he", "she", "er", "sie", "он", "она" (not "I", "they")
        return PRONOUNS[words.lower()] if PRONOUNS[words.lower()] in ("M", "F") else None
    head = head_noun(words)
    if head is None:
        last = words.lower().split()[-1]
        return {"ladyship": "F", "lordship": "M"}.get(last)
    return "F" if head in _FEMALE_NOUNS else "M"


_CHILDREN = frozenset("child infant baby".split())
"""Nouns for a child: "the child" is no one the text calls Mr. or Mrs."""
_OLD = frozenset("old elderly aged elder".split())
_ADULT_TITLES = frozenset("Mr Mrs Sir Lady Lord Madam Madame Dr Doctor".split())


def age_conflict(words: str, name: str) -> bool:
    """Whether a description's age cannot be the person ``name`` (its title says): "the
    child" is not "Mr. Brownlow" nor "Mrs. Mann"; "the old gentleman" is not "Master Bates".

    >>> age_conflict("the child", "Mrs. Mann"), age_conflict("the child", "Dick")
    (True, False)
    >>> age_conflict("the old gentleman", "Master Charley Bates")
    True
    """
    title = split_title(name)[0]
    parts = words.lower().split()
    if parts and parts[-1] in _CHILDREN:
        return title in _ADULT_TITLES
    return title == "Master" and bool(_OLD & set(parts))


def head_noun(words: str) -> str | None:
    """The last word of a description that names a kind of person, if one does; of a
    compound, its last part ("the charity-boy": "boy").

    >>> head_noun("the charity-boy"), head_noun("her sister-in-law"), head_noun("to-day")
    ('boy', 'sister-in-law', None)
    """
    for word in reversed(words.lower().split()):
        for part in (word, word.rsplit("-", 1)[-1]):
            if part in _FEMALE_NOUNS or part in _MALE_NOUNS:
                return part
    return None


def is_trade(words: str) -> bool:
    """Whether a description names someone by a trade or rank ("the surgeon", "the jailer":
    often someone the text never names), not as a person or a relation ("the young lady",
    "her father", "the other": anyone present).

    >>> is_trade("the old gentleman"), is_trade("the turnkey")
    (False, True)
    """
    head = head_noun(words)
    return head is not None and head not in _FEMALE_PERSONS | _MALE_PERSONS and not is_role(words)


_COLLECTIVES = frozenset(
    "crowd audience assembly gallery hall meeting mob chorus multitude throng people men women "
    "children everybody everyone all both".split()
)


def is_group(words: str) -> bool:
    """Whether a description names many people speaking as one ("the crowd", "the sailors by
    the door", "voices"): the speaker as written, never one person of the text.

    >>> is_group("the sailors"), is_group("the crowd"), is_group("the princess")
    (True, True, False)
    """
    parts = words.lower().split()
    for k, word in enumerate(parts[1:], 1):
        if word in ("in", "of", "at", "on", "from", "by", "upon", "with") or word.endswith("ing"):
            parts = parts[:k]  # "the sailors by the door", "the girl placing both hands"
            break
    head = parts[-1] if parts else ""
    if words.split()[len(parts) - 1][:1].isupper():
        return False  # "the wary Jones"
    if head in _COLLECTIVES:
        return True
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is", "ous", "'s", "’s"))
    return plural and len(head) > 3 and head not in _FEMALE_NOUNS | _MALE_NOUNS


def is_role(words: str) -> bool:
    """Whether a description names a role in the conversation, not a kind of person ("the
    other", "the person addressed", "his companion")."""
    return any(w in _ROLES for w in words.lower().split())


def description_key(words: str) -> str:
    """A description without its article, lower case: "the\\nold gentleman" -> "old gentleman"."""
    parts = words.lower().split()
    if parts and parts[0] in ("the", "a", "an"):
        parts = parts[1:]
    return " ".join(parts)


def capitalized_tail(words: str) -> str:
    """The capitalized words that end a description: "the sleepy Noah" -> "Noah"."""
    parts = words.split()
    i = len(parts)
    while i > 1 and parts[i - 1][:1].isupper():
        i -= 1
    return " ".join(parts[i:])
