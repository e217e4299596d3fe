"""A verb whose one who needs or likes is in the dative: "они вам нужны" is "you need them".

The pronoun roles reader (:mod:`.pronounroles`) reads a pronoun's slot by its case: the
nominative does, the dative receives. Russian and German say needing, liking, lacking and
succeeding the other way round from English: the thing is the nominative and the person the
dative ("они вам нужны", "es gefällt mir", "mir fehlt das Geld", "ему удалось"), so "If you
need them, make sure you read the Debian Policy Manual" against "Если они вам нужны,
обязательно прочитайте ..." read "you" doing against "вам" receiving, and "them" acted upon
against "они" doing: a swap, flagged ``roles`` on a faithful rendering (the module's own
limit, "er gefällt mir" / "I like him"; met beside walk111's xc-en-de-04). A clause with such
a word is not read, as a clause in the passive voice is not: who does what is not marked
there by the cases the reader reads.
"""

from __future__ import annotations

import re

_EXPERIENCER = {
    "ru": re.compile(
        r"(?i)(?<!\w)(?:нуж(?:ен|на|но|ны)|надо|необходим[аоы]?|(?:по)?нрав(?:ит|ят|ил)\w*|"
        r"(?:хвата|недоста)(?:ет|ёт|ло|ли|ют)|хватит|уда(?:ётся|ется|лось|стся)|"
        r"хочется|хотелось)(?!\w)"
    ),
    "de": re.compile(
        r"(?i)(?<!\w)(?:gef(?:ällt|allen|iel|ielen|ällst)|fehl(?:t|en|te|ten)|"
        r"gel(?:ingt|ang|angen|ungen)|schmeck(?:t|en|te|ten))(?!\w)"
    ),
}
"""Words of needing, liking, lacking and succeeding whose person is in the dative."""


def experiencer_clause(text: str, clause: tuple[int, int], language: str) -> bool:
    """Whether the clause ``clause`` of ``text`` has such a word (see the module).

    >>> text = "Если они вам нужны, прочитайте их."
    >>> experiencer_clause(text, (0, 18), "ru"), experiencer_clause(text, (18, 33), "ru")
    (True, False)
    >>> experiencer_clause("Es gefällt mir.", (0, 15), "de")
    True
    """
    found = _EXPERIENCER.get(language)
    return found is not None and found.search(text, *clause) is not None
