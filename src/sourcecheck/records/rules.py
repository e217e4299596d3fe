"""What a document, source or claim must be, checked in one place; and how slugs and unique
ids are made.

Every way a record enters sourcecheck (a claims or sources file, a bibliography, ``source
add``/``claim add``, ``extract``) builds the dataclass and asks :func:`problems` what is wrong
with it; each caller only says where (a file and line, or nothing for a record typed in).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Collection, Iterable
from urllib.parse import urlsplit

from ..errors import InputError
from ..models import CLAIM_KINDS, SOURCE_KINDS, Claim, Document, Source, excerpt
from ..normalize import latin, normalize
from ..texts.languagecodes import language_problem

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MISSING = "missing (required)"
UNKNOWN_SOURCE = "unidentified"
"""A claim's ``source`` when no one knows it (``extract`` writes it for words it attributes
to no one): imported as a claim without a source (verify: ``no_text``, "no source cited"),
never as a source record of that name; exported again as this word. ``unidentified-<who>``
placeholders are ordinary sources for a reviewer to replace."""

EXTRACTED_MARK = "extracted:"
"""How the notes of a claim ``extract`` proposed begin ("extracted: confidence 0.81; ...")."""

Record = Document | Source | Claim
Problem = tuple[str, str]
"""A field as users write it (``source``, not ``source_id``) and what is wrong with it."""


def is_iso_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day ("1918-02-31" is not one).

    >>> is_iso_date("1918-02-11"), is_iso_date("1918-02-31"), is_iso_date("1918-13")
    (True, False, False)
    """
    if not DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def slug_problem(value: str) -> str | None:
    """Why ``value`` is not a slug, or None if it is one."""
    if SLUG_RE.match(value):
        return None
    return f"{value!r} is not a slug (lowercase letters, digits, '-', '_', '.'; no space)"


def date_problem(value: str) -> str | None:
    """Why ``value`` is not an ISO date of a real day, or None if it is one."""
    if is_iso_date(value):
        return None
    return f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real day)"


def url_problem(value: str) -> str | None:
    """Why ``value`` is not an http(s) URL with a host, or None if it is one: a record's URL
    is a link in reports and a download for `source fetch`, so ``javascript:``, ``file:``
    and ``ftp:`` are refused when stored.

    >>> url_problem("https://example.org/a"), url_problem("javascript:alert(1)")
    (None, "'javascript:alert(1)' is not an http(s) URL")
    """
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in value)
    ):
        return f"{value!r} is not an http(s) URL"
    return None


def choice_problem(value: str, choices: tuple[str, ...]) -> str | None:
    """Why ``value`` is not one of ``choices``, or None if it is.

    >>> choice_problem("quotaton", ("quotation", "oral"))
    "'quotaton' is not one of: quotation, oral (did you mean 'quotation'?)"
    """
    if value in choices:
        return None
    return f"{value!r} is not one of: {', '.join(choices)}{did_you_mean(value, choices)}"


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """The hint " (did you mean 'x'?)" naming the choice ``value`` is most likely a misspelling of,
    or "" when none is close (difflib's ratio of at least 0.75)."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _field(name: str, problem: str | None) -> Problem | None:
    return (name, problem) if problem else None


def _document_problems(document: Document) -> list[Problem | None]:
    return [
        _field("id", slug_problem(document.id) if document.id else MISSING),
        _field("issued", document.issued and date_problem(document.issued)),
        _field("url", document.url and url_problem(document.url)),
    ]


def _source_problems(source: Source) -> list[Problem | None]:
    return [
        _field("id", slug_problem(source.id) if source.id else MISSING),
        _field("title", None if source.title.strip() else MISSING),
        _field("issued", source.issued and date_problem(source.issued)),
        _field("kind", choice_problem(source.kind, SOURCE_KINDS)),
        _field("language", source.language and language_problem(source.language)),
        _field("url", source.url and url_problem(source.url)),
    ]


def without_unknown_source(sources: list[Source], claims: list[Claim]) -> list[Source]:
    """``sources`` without a record named :data:`UNKNOWN_SOURCE`, and each of ``claims`` that
    cites it made a claim without a source (in place).

    >>> c = Claim(id="c", quote="Peace.", source_id="unidentified")
    >>> [s.id for s in without_unknown_source([Source(id="unidentified", title="?")], [c])]
    []
    >>> c.source_id is None
    True
    """
    for claim in claims:
        if claim.source_id == UNKNOWN_SOURCE:
            claim.source_id = None
    return [s for s in sources if s.id != UNKNOWN_SOURCE]


def _claim_problems(claim: Claim) -> list[Problem | None]:
    if claim.source_id:
        source = slug_problem(claim.source_id)
    elif claim.kind != "oral":
        source = "missing (only a claim of kind 'oral' may cite no source)"
    else:
        source = None
    return [
        _field("id", claim.id and slug_problem(claim.id)),  # no id yet: one is made
        _field("quote", None if claim.quote.strip() else MISSING),
        _field("kind", choice_problem(claim.kind, CLAIM_KINDS)),
        _field("source", source),
        _field("document", claim.document_id and slug_problem(claim.document_id)),
        _field("date", claim.date and date_problem(claim.date)),
        *_span_problems(claim),
    ]


def _span_problems(claim: Claim) -> list[Problem | None]:
    start, end = claim.start, claim.end
    if start is None and end is None:
        return []
    if start is None or end is None:
        return [("end" if end is None else "start", "give both start and end, or neither")]
    if end <= start:
        return [("end", f"end ({end}) must be greater than start ({start})")]
    if end - start != len(claim.quote):
        # text[start:end] == quote: offsets of another length belong to another quote (a
        # quote edited in a spreadsheet or a file kept the offsets of the old one)
        return [("end", f"characters {start}-{end} of the document are {end - start} "
                 f"characters, the quote {len(claim.quote)}: the offsets belong to another "
                 "quote (after editing a quote, clear start and end or give its own)")]  # fmt: skip
    return []


_CHECKS: dict[type, Callable[..., list[Problem | None]]] = {
    Document: _document_problems,
    Source: _source_problems,
    Claim: _claim_problems,
}


def problems(record: Record) -> list[Problem]:
    """What is wrong with a record, field by field in the order files write them.

    >>> problems(Claim(id="Lenin 1", quote="War is over.", kind="speech", source_id="minutes"))
    [('id', "'Lenin 1' is not a slug (lowercase letters, digits, '-', '_', '.'; no space)"), \
('kind', "'speech' is not one of: quotation, paraphrase, figure, date, event, oral")]
    """
    return [found for found in _CHECKS[type(record)](record) if found]


def label(record: Record) -> str:
    """``source 'czernin'``, ``claim 'lenin-1'``, or for a claim without an id yet its quote:
    ``claim “War is over.” (no id)``."""
    kind = type(record).__name__.lower()
    if record.id:
        return f"{kind} {record.id!r}"
    quote = record.quote if isinstance(record, Claim) else ""
    return f"{kind} “{excerpt(quote, 40)}” (no id)" if quote.strip() else kind


def check(record: Record, *, location: str | None = None, named: str | None = None) -> None:
    """Raise :class:`InputError` for the first problem of ``record``: ``named`` (default: its
    :func:`label`) and the field, at ``location`` if given."""
    found = problems(record)
    if found:
        name, problem = found[0]
        raise InputError(f"{named or label(record)}, field {name!r}: {problem}", location=location)


def slugify(name: str) -> str:
    """A slug made of any name: lowercased, and each run of other characters (with the
    separators beside it) turned into one ``-``; "" when nothing is left.

    >>> slugify("Czernin:1919"), slugify("Lenin 1918b"), slugify("My Life (ch. 32)")
    ('czernin-1919', 'lenin-1918b', 'my-life-ch-32')
    """
    slug = re.sub(r"[._-]*[^a-z0-9._-]+[._-]*", "-", name.strip().lower())
    return slug.strip("-._")


def words_slug(text: str, words: int = 3) -> str:
    """The first ``words`` folded words of ``text``, in Latin letters, joined by "-": a piece
    of an id.

    >>> words_slug("Als Gregor Samsa eines Morgens"), words_slug("Мы должны подписать мир")
    ('als-gregor-samsa', 'my-dolzhny-podpisat')
    """
    parts = [re.sub(r"[^a-z0-9]", "", w) for w in normalize(latin(text)).split()]
    return "-".join([p for p in parts if p][:words])


def unique_id(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... the first that is not ``taken``.

    >>> unique_id("lenin-1918", {"lenin-1918", "lenin-1918-2"})
    'lenin-1918-3'
    """
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def proposed_by_extract(claim: Claim) -> bool:
    """Whether ``extract`` proposed ``claim``: its speaker's confidence or its notes say so (a
    date or figure claim has no speaker, only the notes).

    >>> proposed_by_extract(Claim("d", "4 May 1921.", kind="date", notes="extracted: 0.70"))
    True
    >>> proposed_by_extract(Claim("w", "The ferry sails at dawn.", notes="checked by hand"))
    False
    """
    return claim.speaker_confidence is not None or (claim.notes or "").startswith(EXTRACTED_MARK)
