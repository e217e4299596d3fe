"""How a vote was carried: unanimously, by a large or a narrow majority, or by a majority
(issue 10, task crossterms113).

Minutes and news say how many agreed in words, not figures: "The motion was passed by a
narrow majority" at "Der Antrag wurde einstimmig angenommen", "mehrheitlich angenommen" at
"принято единогласно", "by a large majority" at "mit knapper Mehrheit" passed as true
renderings (a fresh-clone finding): the sentence vectors place them together, and the words
are no opposites a dictionary knows. Here each side's words of a vote's share
(:data:`PATTERNS`, English, German and Russian) are read into four shares, and two shares
that exclude each other (:data:`EXCLUDED`) are another count of the votes: unanimity excludes
any majority (a majority says some voted against: "mehrheitlich" is said when it was not
unanimous), a narrow majority a large one; a majority said without its size excludes neither
a narrow nor a large one. A share negated ("nicht einstimmig", "not unanimously") is not
read, nor is a word of size that is about no vote ("knapp 200 Besucher", "a large hall").
A tally says a share too (:mod:`..facts.tallies`): votes against, a majority ("21 votes to
9" is no unanimous vote); none against, unanimity ("27 zu 0 Stimmen").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import product

from ..facts.tallies import read_tallies
from ..normalize import WORD_RE, fold
from ..texts.sentences import sentence_spans
from .negation import explicit_negations

UNANIMOUS, LARGE, NARROW, MAJORITY = "unanimous", "large", "narrow", "majority"
EXCLUDED = frozenset(
    frozenset(pair)
    for pair in ((UNANIMOUS, NARROW), (UNANIMOUS, LARGE), (UNANIMOUS, MAJORITY), (NARROW, LARGE))
)
"""The shares of a vote that exclude each other."""
_PASSED = {
    "en": r"(?:passed|carried|approved|adopted|accepted|rejected|defeated|elected|re-elected"
    r"|won|lost|voted|endorsed|confirmed)",
    "de": r"(?:angenommen|abgelehnt|gebilligt|beschlossen|gewählt|wiedergewählt|verabschiedet"
    r"|bestätigt|gescheitert|zugestimmt|durchgefallen)",
    "ru": r"(?:принят\w*|одобр\w*|отклон\w*|избран\w*|переизбран\w*|утвержд\w*|утвердил\w*"
    r"|поддержа\w*|провален\w*|проголосова\w*)",
}
PATTERNS: dict[str, dict[str, str]] = {
    "en": {
        UNANIMOUS: r"unanimous(?:ly)?|without\s+(?:a\s+single\s+)?dissent(?:ing\s+votes?)?"
        r"|nem\.?\s+con\.?|with\s+no\s+votes?\s+against",
        NARROW: r"(?:narrow|slim|slender|bare|razor-thin|wafer-thin|small|tiny)\s+"
        r"(?:majority|margin)|by\s+(?:a\s+single|one)\s+vote"
        rf"|narrowly\s+{_PASSED['en']}|{_PASSED['en']}\s+narrowly",
        LARGE: r"(?:large|big|huge|vast|overwhelming|clear|comfortable|wide|broad|substantial"
        r"|sweeping|two-thirds|three-quarters)\s+majority|overwhelmingly"
        rf"|{_PASSED['en']}\s+by\s+a\s+landslide",
        MAJORITY: r"by\s+(?:a\s+)?majority(?:\s+vote)?|by\s+a\s+majority\s+of\s+votes"
        r"|majority\s+vote",
    },
    "de": {
        UNANIMOUS: r"einstimmig\w*|einmütig\w*|ohne\s+gegenstimmen?",
        NARROW: r"(?:knapp|knappe[rn]?|hauchdünne[rn]?|geringe[rn]?|kleine[rn]?|schmale[rn]?)"
        rf"\s+(?:stimmen)?mehrheit|knapp\s+{_PASSED['de']}|mit\s+einer\s+stimme\s+mehrheit",
        LARGE: r"(?:große[rn]?|breite[rn]?|deutliche[rn]?|überwältigende[rn]?|klare[rn]?"
        r"|satte[rn]?|überragende[rn]?|zweidrittel)\s*(?:stimmen)?mehrheit"
        r"|mit\s+(?:großer|breiter|deutlicher|überwältigender|klarer)\s+zustimmung",
        MAJORITY: r"mehrheitlich|mit\s+(?:der\s+)?(?:stimmen)?mehrheit|per\s+mehrheitsbeschluss",
    },
    "ru": {
        UNANIMOUS: r"единогласн\w*|единодушн\w*|без\s+(?:голосов\s+)?против|без\s+возражений",
        NARROW: r"(?:незначительн|небольш|минимальн|ничтожн|узк|перевесом\s+в\s+(?:один|1)\s+голос)"
        r"\w*(?:\s+(?:большинств|перевес)\w*)?|с\s+(?:небольшим|минимальным|незначительным)"
        r"\s+перевесом",
        LARGE: r"(?:подавляющ|значительн|уверенн|явн|огромн|широк)\w*\s+большинств\w*",
        MAJORITY: r"большинством(?:\s+голосов)?",
    },
}
"""Per language, the words of each share of a vote (read case-blind)."""
_VOTED = re.compile(r"(?i)(?<!\w)(?:votes?|for|against|(?:\w+-)?stimm\w*|dafür|dagegen|голос\w*"
                    r"|за|против)(?!\w)")  # fmt: skip
"""A tally's words of voting: its numbers are votes."""


@cache
def _pattern(language: str, share: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{PATTERNS[language][share]})(?!\w)", re.IGNORECASE)


def vote_shares(text: str, language: str) -> dict[str, str]:
    """The shares of a vote ``text`` says, each with its first words: {share: words}.

    >>> vote_shares("Der Antrag wurde mit knapper Mehrheit angenommen.", "de")
    {'narrow': 'knapper Mehrheit'}
    >>> vote_shares("Предложение принято подавляющим большинством голосов.", "ru")
    {'large': 'подавляющим большинством'}
    >>> vote_shares("The motion was not carried unanimously; knapp 200 came.", "en")
    {}
    >>> vote_shares("It was carried by 21 votes to 9 at 10:30.", "en")
    {'majority': '21 votes to 9'}
    """
    if language not in PATTERNS:
        return {}
    found: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    for share in (UNANIMOUS, NARROW, LARGE, MAJORITY):  # a sized majority before "majority"
        for m in _pattern(language, share).finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "большинством" in "подавляющим большинством": the large one
            taken.append(m.span())
            if share == NARROW and language == "ru" and not _about_votes(m.group()):
                continue
            if not _negated(text, m.start(), language):
                found.setdefault(share, m.group())
    for tally in read_tallies(text, language):
        at = text.find(tally.text)
        if _VOTED.search(text, at, at + len(tally.text) + 16):  # "10:30" is no vote
            found.setdefault(UNANIMOUS if tally.second == 0 else MAJORITY, tally.text)
    return found


def _about_votes(words: str) -> bool:
    """Whether Russian words of smallness are about a vote ("небольшим большинством", "с
    минимальным перевесом"), not any small thing ("небольшой зал")."""
    return bool(re.search(r"большинств|перевес|голос", words, re.IGNORECASE))


def _negated(text: str, at: int, language: str) -> bool:
    """Whether an explicit negation stands among the three words before ``at`` ("not carried
    unanimously", "nicht einstimmig", "не единогласно")."""
    before = [fold(w) for w in WORD_RE.findall(text[max(0, at - 40) : at])][-3:]
    return bool(set(before) & explicit_negations(language))


def other_vote_share(
    quote: str,
    quote_language: str,
    passage: str,
    language: str,
    offsets: Sequence[tuple[int, int]] = (),
) -> tuple[str, str] | None:
    """A share of the vote the quote says and one the passage says that exclude each other,
    neither said on the other side (see the module): their words, or None.

    A passage of several sentences that says both (the quote's vote and the next one's: "The
    Commission agreed unanimously to visit the canals. The motion to adjourn was carried by a
    narrow majority.") is read at the sentence that renders the quote: the one holding most
    of its counterparts (``offsets``: (quote, passage) offsets), its share words aside.

    >>> q = "The Commission agreed by a narrow majority to visit the canals."
    >>> p = ("The Commission agreed unanimously to visit the canals. The motion was carried "
    ...      "by a narrow majority.")
    >>> offsets = [(q.index(w), p.index(w)) for w in ("Commission", "agreed", "visit")]
    >>> other_vote_share(q, "en", p, "en", offsets)
    ('narrow majority', 'unanimously')
    >>> print(other_vote_share(q, "en", p, "en"))
    None

    >>> other_vote_share("The motion was passed by a narrow majority.", "en",
    ...                  "Der Antrag wurde einstimmig angenommen.", "de")
    ('narrow majority', 'einstimmig')
    >>> print(other_vote_share("Der Antrag wurde mehrheitlich angenommen.", "de",
    ...                        "The motion was carried by a narrow majority.", "en"))
    None
    """
    mine = vote_shares(quote, quote_language)  # the quote first: most say no vote
    if not mine:
        return None
    theirs = vote_shares(passage, language)
    found = _excluded(mine, theirs)
    if found is None and offsets and any(frozenset(p) in EXCLUDED for p in product(mine, theirs)):
        home = _rendering_sentence(quote, mine, passage, offsets)  # the share of another vote
        found = _excluded(mine, vote_shares(home, language)) if home else None
    return found


def _excluded(mine: dict[str, str], theirs: dict[str, str]) -> tuple[str, str] | None:
    """A share of ``mine`` and one of ``theirs`` that exclude each other, neither said on the
    other side: their words."""
    for share, words in mine.items():
        for other, there in theirs.items():
            if frozenset((share, other)) in EXCLUDED and share not in theirs and other not in mine:
                return words, there
    return None


def _rendering_sentence(
    quote: str, mine: dict[str, str], passage: str, offsets: Sequence[tuple[int, int]]
) -> str | None:
    """The sentence of ``passage`` holding most of the quote's counterparts (not those of its
    words of the vote's share), when the passage has several and one holds most; else None."""
    spans = sentence_spans(passage)
    if len(spans) < 2:
        return None
    said = [(at, at + len(words)) for words in mine.values() if (at := quote.find(words)) >= 0]
    held = Counter(
        next((k for k, (_, end) in enumerate(spans) if p_at < end), len(spans) - 1)
        for q_at, p_at in offsets
        if not any(a <= q_at < b for a, b in said)
    )
    ranked = held.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    start, end = spans[ranked[0][0]]
    return passage[start:end]
