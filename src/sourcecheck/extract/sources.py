"""Which source in the database a proposed claim cites, with the reasons, or none.

Each source is scored against what the text says near the claim:

- the speaker's surname among the source's authors (+3), or a *different* person as its
  author (-2: Lenin's speeches are not Zinoviev's words; an institution's minutes may print
  anyone's);
- the source's whole title named in the attribution ("the correspondent of the Times",
  "Izvestia printed:": +3);
- words of the attribution found in the source's title ("Petrograd Soviet", "party congress":
  +1 each, at most +3);
- a word that goes with the source's kind ("diary", "telegraphed", "meeting": +1);
- the cited date against the source's date: equal (+2), one within the other (+1), impossible
  (-3: a dated speech of another day; a book published before the words it would quote).

The best source is chosen only if it scores at least :data:`MIN_SCORE`, has the author, two
title words, or a title word and the date behind it, and beats the next one; otherwise the
claim is left for review and the note names the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Source
from ..normalize import latin, tokenize
from ..records.rules import slugify
from .attribution import MONTHS
from .reporters import Reporter
from .surnames import same_surname, split_authors, surname

MIN_SCORE = 3
KIND_WORDS = {
    "diary": {"diary"},
    "letter": {"letter", "wrote", "reply", "letters"},
    "telegram": {"telegram", "telegraphed", "wire", "wired", "cabled", "despatch", "dispatch"},
    "speech": {"speech", "said", "declared", "remarked", "spoke", "speaking"},
    "minutes": {"minutes", "meeting", "session", "congress", "committee", "resolution", "vote"},
    "book": {"book", "memoirs", "wrote"},
    "article": {"article", "wrote"},
    "newspaper": {"newspaper", "press", "paper"},
}
STOPWORDS = frozenset(
    "the and that this with from were have been which their there they them what when where "
    "will would could should about after before into over upon than then also only said".split()
)


_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)


WRITTEN_BEFORE = re.compile(
    r"\b(?:diary|diaries|journal|notebook|letters?|entry|Tagebuch\w*|Brief\w*"
    r"|дневник\w*|письм\w*)\b",
    re.IGNORECASE,
)
"""Words saying that what a book prints was written before it: its diary, its letters."""


def dates_its_words(source: Source, context: str = "") -> str | None:
    """The date of the words ``source`` holds, when its own date is that.

    A diary's date, or a book's whose quotation the text calls a diary entry or a letter
    (``context``: the words around the quotation; Czernin's book of 1919 prints his diary of
    1918), is when they were printed, not written: no date for the words. A book's own words
    (a memoir of 1923), a speech's, a letter's, minutes' or an article's are dated by it.

    >>> dates_its_words(Source("s", "A speech", kind="speech", issued="1919-03-18"))
    '1919-03-18'
    >>> book = Source("b", "A book", kind="book", issued="1919")
    >>> dates_its_words(book), dates_its_words(book, "as he wrote in his diary:")
    ('1919', None)
    """
    if source.kind == "diary" or (
        source.kind in ("book", "memoir") and WRITTEN_BEFORE.search(context)
    ):
        return None
    return source.issued


def _words(text: str) -> set[str]:
    """Content words; not months or numbers, which the date score already weighs."""
    return {
        w
        for w in tokenize(text).words
        if len(w) >= 4 and w not in STOPWORDS and w not in _MONTH_WORDS and not w.isdigit()
    }


def _is_person_name(author: str) -> bool:
    """ "Vladimir Lenin", "H. H. Fisher" are people; "Central Committee of the RSDLP(b)" and
    "German government" are institutions, which may print anyone's words."""
    words = author.split()
    return 1 < len(words) <= 4 and all(w[0].isupper() for w in words)


def _date_score(cited: str | None, issued: str | None) -> int:
    if not cited or not issued:
        return 0
    if cited == issued:
        return 2
    if cited.startswith(issued) or issued.startswith(cited):
        return 1
    if len(issued) == 4:  # a year: words from before it may appear in it, not after
        return 0 if cited[:4] <= issued else -3
    return -3


def resolve_source(
    sources: Sequence[Source],
    *,
    speaker_key: str,
    person: bool,
    context: str,
    date: str | None,
    reported: tuple[Reporter, bool] | None = None,
) -> tuple[Source | None, str]:
    """The source a claim cites, and a note saying why (or naming the candidates).

    ``reported`` is a reporter the text names ("according to Czernin") and whether it is in
    the claim's own sentence: there it is the source; elsewhere in the paragraph, unless the
    claim's words name an author or the title of another source.

    >>> s = [Source(id="czernin", title="In the World War", author="Ottokar Czernin")]
    >>> found, note = resolve_source(s, speaker_key="czernin", person=True,
    ...                              context="In Czernin's diary we read:", date="1918-02-11")
    >>> found.id, note
    ('czernin', "czernin (author Ottokar Czernin matches 'czernin')")
    """
    if not sources:
        return None, "no sources in the database to match"
    if reported is not None and reported[1]:
        return reported[0].source, f"{reported[0].source.id} ({reported[0].words!r})"
    words = _words(context)
    lowered = set(re.findall(r"[a-z]+", context.lower()))
    scored, strong = [], False  # strong: an author or a whole title named
    for source in sources:
        score, reasons, backed = 0, [], False
        authors = split_authors(source.author)
        matching = [a for a in authors if speaker_key and same_surname(speaker_key, surname(a))]
        if matching:
            score += 3
            reasons.append(f"author {matching[0]} matches {speaker_key!r}")
            backed = True
        elif person and speaker_key and any(_is_person_name(a) for a in authors):
            score -= 2
        if named_title(source, context):
            score += 3
            reasons.append(f"title {source.title!r} named")
            backed = True
        shared = sorted(words & _words(source.title))
        date_points = _date_score(date, source.issued)
        if shared:
            score += min(3, len(shared))
            reasons.append("title words " + ", ".join(repr(w) for w in shared[:3]))
            backed = backed or len(shared) >= 2 or date_points > 0
        if KIND_WORDS.get(source.kind, set()) & lowered:
            score += 1
            reasons.append(f"kind {source.kind}")
        score += date_points
        if date_points > 0:
            reasons.append(f"date {source.issued}")
        scored.append((score, backed, source, reasons))
        strong = strong or bool(matching) or named_title(source, context)
    if reported is not None and not strong:
        reporter = reported[0]
        return reporter.source, f"{reporter.source.id} ({reporter.words!r} in its paragraph)"
    scored.sort(key=lambda x: -x[0])
    best_score, backed, best, reasons = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else None
    if best_score >= MIN_SCORE and backed and (runner_up is None or best_score > runner_up):
        return best, f"{best.id} ({'; '.join(reasons)})"
    candidates = [s.id for sc, _, s, _ in scored[:3] if sc > 0]
    if candidates:
        return None, "not identified; candidates: " + ", ".join(candidates)
    return None, "not identified"


def named_title(source: Source, context: str) -> bool:
    """Whether ``context`` names the source's whole title as printed, a leading "The" aside
    ("the correspondent of the Times", "Izvestia printed:"): a capitalized title only, so
    that a title that is a common word ("Notes") is not found in any sentence.

    >>> named_title(Source(id="t", title="The Times"), "The correspondent of the Times wrote:")
    True
    """
    title = re.sub(r"^(?:The|A|An)\s+", "", (source.title or "").strip())
    if not title[:1].isupper():
        return False
    pattern = r"(?<![\w’'])" + r"\s+".join(map(re.escape, title.split())) + r"(?![\w’'])"
    return re.search(pattern, context) is not None


def title_spans(text: str, sources: Sequence[Source]) -> list[tuple[int, int, Source]]:
    """Where ``text`` prints the title of one of ``sources`` (titles of two words or more,
    as printed, any spacing): ``(start, end, source)`` in text order.

    >>> s = Source(id="wp", title="War and Peace")
    >>> [(a, b) for a, b, _ in title_spans("War and Peace opens with a party.", [s])]
    [(0, 13)]
    """
    found = []
    for source in sources:
        words = (source.title or "").split()
        if len(words) < 2:
            continue
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")
        found += [(m.start(), m.end(), source) for m in pattern.finditer(text)]
    return sorted(found, key=lambda x: x[0])


def not_the_text(
    sources: Sequence[Source],
    *,
    document_id: str | None,
    title: str | None,
    author: str | None,
) -> list[Source]:
    """``sources`` without the text being extracted itself, which no claim of it cites: a
    quotation of the text's own author in its narration ("I rose and declared: “...”") is
    their words at that moment (a session's minutes, a telegram), never the memoir they are
    told in. The text is the source with its id, or one of its author whose title opens the
    document's id or title ("My Life" for ``my-life-brest-litovsk`` or "My Life, chapter
    XXXII: Peace").

    >>> life = Source(id="my-life", title="My Life", author="Leon Trotsky")
    >>> not_the_text([life], document_id="my-life-brest-litovsk", title=None, author="L. Trotsky")
    []
    >>> [s.id for s in not_the_text([life], document_id="ch32", title=None, author=None)]
    ['my-life']
    """
    names = [slugify(latin(n)).split("-") for n in (document_id, title) if n]

    def is_text(source: Source) -> bool:
        if source.id == document_id:
            return True
        authors = split_authors(source.author)
        key = surname(author or "")
        if key and authors and not any(same_surname(key, surname(a)) for a in authors):
            return False
        words = slugify(latin(source.title or "")).split("-")
        if not words or words == [""] or (len(words) < 2 and not author):
            return False
        return any(name[: len(words)] == words for name in names)

    return [s for s in sources if not is_text(s)]
