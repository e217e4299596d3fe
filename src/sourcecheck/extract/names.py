"""The gender a given name usually has, from gender-guesser's offline list of first names.

A weak vote beside the text's own evidence (titles, the pronouns after a name): "Kitty",
"Lizzy" and "Harriet" are women's names, "Frank" and "Oliver" men's. gender-guesser is imported
here only, and its data loads on first use (about a quarter of a second).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from gender_guesser.detector import Detector  # type: ignore[import-untyped]

_VOTES = {
    "male": Counter({"M": 2}),
    "female": Counter({"F": 2}),
    "mostly_male": Counter({"M": 1}),
    "mostly_female": Counter({"F": 1}),
}


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


def given_name_gender(word: str) -> Counter[str]:
    """Votes for the gender of a given name: 2 for a name of one gender, 1 for one mostly of
    one gender, none for a name it does not know or gives to both.

    >>> given_name_gender("Harriet"), given_name_gender("Wickham")
    (Counter({'F': 2}), Counter())
    """
    return Counter(_VOTES.get(_detector().get_gender(word), Counter()))
