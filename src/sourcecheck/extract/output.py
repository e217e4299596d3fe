"""Write proposed claims as a claims file, or merge them into a reviewed one without touching it.

:func:`extract_file` is what ``sourcecheck extract`` runs: read a UTF-8 text, propose its claims
(:func:`sourcecheck.extract.claims.extract`), and either return a new claims file (a ``document:``
block, the placeholder ``sources:`` that unidentified quotations cite, then ``claims:``) or
merge into an existing one.

A merge edits the reviewed file as text, never by re-dumping it: the new claims are appended
at the end of its ``claims:`` list (and new placeholder sources at the end of its ``sources:``
list), so its comments, quoting and order stay as they were. A placeholder source the reviewer
deleted, having made its person's claims cite a real source, is not appended again: the new
claims of that person cite that source (:mod:`sourcecheck.extract.replaced`). A proposal is
left out when a claim of the file already covers it (spans overlapping by at least half of the
shorter one, or the same words). The result is parsed before it is written, and written only if
every claim the file had is still there, unchanged, in the same order.

A claims file remembers what was proposed into it: ``proposed:``, at its end, lists the spans
(``start-end``) of the claims it was written with and those each merge added, with a digest
of their words (:mod:`sourcecheck.extract.remembered`). A merge leaves out a proposal that
one of those entries remembers and that no claim covers any more: a person removed that
claim, and it does not come back, even after an edit of the text moved it (``readd`` brings
every such claim back, and deleting one entry from ``proposed:`` brings back that one).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, OutputExistsError
from ..models import Claim, Document, Proposal, Source, excerpt, now_iso
from ..normalize import normalize
from ..records import rules
from ..records.catalog import check_writable, write_atomic
from ..records.documenttext import header_line, is_gone
from ..records.formats import ParsedFile, dump_yaml, parse_file, read_utf8
from .claims import Extraction, assign_ids, extract
from .edited import Relocation, relocate, rewritten
from .edited import claim_span as _span
from .inplace import inherit_reviewed, same_claim_edited
from .remembered import overlaps, proposal, removed_again
from .replaced import keep_replaced

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")


@dataclass(slots=True)
class ExtractReport:
    """What :func:`extract_file` did."""

    document: Document
    extraction: Extraction
    text: str = ""  # the claims file written or to print
    added: list[Claim] = field(default_factory=list)
    already_there: list[Claim] = field(default_factory=list)  # where the file has them
    moved_there: list[Claim] = field(default_factory=list)  # the file's, moved with the text
    removed: list[Claim] = field(default_factory=list)  # proposed before, removed by a person
    readded: list[Claim] = field(default_factory=list)  # removed before, proposed again (readd)
    stale: list[str] = field(default_factory=list)  # claims whose offsets no longer fit the text
    moved: list[str] = field(default_factory=list)  # the text was edited: found at another place
    moved_unproposed: list[str] = field(default_factory=list)  # of ``moved``, none proposed
    gone: list[str] = field(default_factory=list)  # the text was edited: their quote is not in it
    dropped: list[str] = field(default_factory=list)  # gone claims dropped (``drop_gone``)
    in_place_of: dict[str, str] = field(default_factory=dict)  # gone id -> a claim added there
    resourced: dict[str, str] = field(default_factory=dict)  # added id -> source (replaced.py)
    inherited: list[str] = field(default_factory=list)  # added in place of a gone one, edited
    written: Path | None = None
    left_out: list[str] = field(default_factory=list)  # the quoted terms not proposed


def read_document(path: Path) -> tuple[str, str]:
    """The text of a UTF-8 file (offsets are into this string) and the sha256 of its bytes."""
    raw, text = read_utf8(path, hint="convert the text to UTF-8 first")
    return text.removeprefix("\ufeff"), hashlib.sha256(raw).hexdigest()


def extract_file(
    path: Path,
    *,
    output: Path | None = None,
    merge: Path | None = None,
    document_id: str | None = None,
    title: str | None = None,
    author: str | None = None,
    issued: str | None = None,
    sources: list[Source] | None = None,
    taken_ids: set[str] | None = None,
    force: bool = False,
    drop_gone: bool = False,
    readd: bool = False,
    stored: list[Claim] | None = None,
) -> ExtractReport:
    """Propose the claims of the text at ``path``; write them to ``output``, merge them into
    ``merge``, or (neither) return the claims file's text in the report. When the text changed
    since ``merge`` was written, its claims follow it (:mod:`sourcecheck.extract.edited`):
    those that moved get their new offsets, those gone are marked, or dropped if
    ``drop_gone``. ``readd``: a merge proposes again the claims a person removed from
    ``merge`` (its ``proposed:`` memory). ``stored``: the database's claims (their ids are
    taken); a proposal the database holds (its quote and document) keeps its stored id
    rather than a new ``-2``."""
    _check_targets(output, merge, force=force)
    text, sha256 = read_document(path)
    existing = _claims_file(merge) if merge is not None and merge.exists() else None
    known = existing.documents[0] if existing is not None and existing.documents else None
    document = Document(
        id=document_id or (known.id if known else rules.slugify(path.stem) or "document"),
        title=title, author=author or (known.author if known else None), issued=issued,
        sha256=sha256,
    )  # fmt: skip
    rules.check(document)
    extraction = extract(
        text, document_id=document.id, title=document.title, author=document.author,
        sources=sources or [],
    )  # fmt: skip
    report = ExtractReport(document, extraction)
    report.left_out = [span.slice(text) for span in extraction.skipped]
    taken = set(taken_ids or ()) | {c.id for c in stored or [] if c.id}
    if existing is None:
        report.added = extraction.claims
        assign_ids(report.added, taken)
        report.text = new_claims_file(document, extraction, text, source_name=path.name)
        target = merge or output
        if target is not None:
            _write_checked(target, report.text, keep=[])
            report.written = target
        return report
    assert merge is not None
    old_text = merge.read_bytes().decode("utf-8")  # as is: CRLF line ends stay CRLF
    edited = known is not None and known.sha256 not in (None, sha256)
    relocation = relocate(text, existing.claims, document.id, edited=edited)
    base_text, old_claims = _followed(old_text, existing, relocation, report, drop_gone=drop_gone)
    placed = relocation.claims
    if not edited:
        placed, report.stale = _placed_now(text, old_claims)
    new = _already_there(report, placed, relocation.moved)
    # a claim removed in review is known by its words: an edit that moved it does not
    # bring it back (remembered: where each removed claim is now)
    report.removed, remembered = removed_again(new, existing.proposed or [], text, edited=edited)
    if readd:
        report.readded, report.removed = report.removed, []
    report.added = [c for c in new if c not in report.removed]
    assign_ids(report.added, taken | {c.id for c in placed if c.id})
    _keep_stored_ids(report.added, stored or [], {c.id for c in placed if c.id})
    report.resourced = keep_replaced(report.added, existing, report.extraction.placeholders)
    _in_place(report, relocation)
    ours = [c for c in placed if c.document_id in (None, document.id)]
    proposed = [*remembered, *(proposal(c, text) for c in ours + report.added)]
    report.text = with_proposed(_merged(base_text, existing, report), proposed)
    if report.text != old_text:
        _write_checked(merge, report.text, keep=old_claims, expect_added=len(report.added))
        report.written = merge
    return report


def _in_place(report: ExtractReport, relocation: Relocation) -> None:
    """For each gone claim, the claim added in its place (the report's ``in_place_of``); one
    with its words edited takes its reviewed fields (``inherited``)."""
    gone = {c.id or excerpt(c.quote, 40): c for c in relocation.claims if is_gone(c)}
    for label, guesses in relocation.now_at.items():
        there = [c for c in report.added if any(overlaps(_span(c), g) for g in guesses)]
        if not there:
            continue
        report.in_place_of[label] = there[0].id
        if label in gone and same_claim_edited(gone[label].quote, there[0].quote):
            inherit_reviewed(gone[label], there[0])
            report.inherited.append(there[0].id)


def _already_there(report: ExtractReport, placed: list[Claim], moved: list[str]) -> list[Claim]:
    """The proposals new to the file; the report says which the file has where they were and
    which it has at another place (``moved``: the ids of its claims that moved with the text)."""
    proposals = report.extraction.claims
    moved_claims = [c for c in placed if (c.id or excerpt(c.quote, 40)) in moved]
    report.moved_there = [c for c in proposals if _covered(c, moved_claims)]
    report.moved_unproposed = [  # a person's own claim, or one extraction no longer proposes
        c.id or excerpt(c.quote, 40)
        for c in moved_claims
        if not any(_covered(p, [c]) for p in proposals)
    ]
    moved_there = {id(c) for c in report.moved_there}
    report.already_there = [
        c for c in proposals if id(c) not in moved_there and _covered(c, placed)
    ]
    return [c for c in proposals if not _covered(c, placed)]


def _keep_stored_ids(added: list[Claim], stored: list[Claim], in_file: set[str | None]) -> None:
    """Give each added claim the id of the stored claim with its words and document (one the
    file no longer holds: removed in review, proposed again): importing the file then
    updates that claim instead of adding the same one again as ``-2``."""
    by_words = {(normalize(c.quote), c.document_id): c.id for c in stored if c.id not in in_file}
    used: set[str | None] = set()
    for claim in added:
        same = by_words.get((normalize(claim.quote), claim.document_id))
        if same is not None and same not in used:
            claim.id = same
            used.add(same)


def _followed(
    old_text: str,
    existing: ParsedFile,
    relocation: Relocation,
    report: ExtractReport,
    *,
    drop_gone: bool,
) -> tuple[str, list[Claim]]:
    """The claims file's text brought up to the edited document (``relocation``), and the
    claims it keeps; the report says which moved, which are gone and which were dropped."""
    report.moved, report.gone = relocation.moved, relocation.gone
    sha256 = report.document.sha256 if relocation.edited else None
    if sha256 is None and not drop_gone:
        return old_text, existing.claims
    dropped = [c for c in relocation.claims if drop_gone and is_gone(c)]
    report.dropped = [c.id or excerpt(c.quote, 40) for c in dropped]
    kept = [c for c in relocation.claims if not any(c is d for d in dropped)]
    return rewritten(old_text, existing, relocation, sha256=sha256, drop_gone=drop_gone), kept


def _check_targets(output: Path | None, merge: Path | None, *, force: bool) -> None:
    """Refuse to write both, to replace a file unasked, or to write into a missing folder."""
    if output is not None and merge is not None:
        raise InputError("write a new claims file (output) or merge into one (merge), not both")
    for target in (output, merge):
        if target is not None:
            check_writable(target)  # a folder, or a missing one: before "already exists"
    if output is not None and output.exists() and not force:
        raise OutputExistsError(
            "already exists: merge into it to add to a reviewed file, or force replacing it",
            location=str(output),
        )


def _claims_file(path: Path) -> ParsedFile:
    """The claims file to merge into, parsed; a sources file is refused."""
    parsed = parse_file(path)
    if (
        parsed.sources
        and not parsed.claims
        and re.search(r"(?m)^id:", path.read_text(encoding="utf-8"))
    ):
        raise InputError("a sources file, not a claims file", location=str(path))
    return parsed


def _merged(old_text: str, existing: ParsedFile, report: ExtractReport) -> str:
    """``old_text`` with the report's new claims, and the placeholder sources they cite,
    appended to its lists (and a ``document:`` block if the file had no document)."""
    declared = {s.id for s in existing.sources}
    cited = {c.source_id for c in report.added}
    placeholders = [
        s for s in report.extraction.placeholders if s.id in cited and s.id not in declared
    ]
    has_document = any(
        _TOP_KEY.match(line) and line.startswith("document:") for line in old_text.splitlines()
    )
    added = copy.deepcopy(report.added)
    for claim in added:
        if has_document and existing.documents and claim.document_id == existing.documents[0].id:
            claim.document_id = None  # the file's document: block is its claims' default
    new_text = old_text
    if added:
        new_text = _append_items(
            new_text, "claims", dump_yaml(documents=[], sources=[], claims=added)
        )
    if placeholders:
        new_text = _append_items(
            new_text, "sources", dump_yaml(documents=[], sources=placeholders, claims=[])
        )
    if not has_document and not existing.documents and added:
        nl = _newline(new_text)
        block = _document_block(report.document).replace("\n", nl)
        new_text = new_text.rstrip("\r\n") + nl + block
    return new_text


def new_claims_file(
    document: Document, extraction: Extraction, text: str, *, source_name: str
) -> str:
    """A claims file: a header comment, the document, placeholder sources, the claims (their
    offsets into ``text``), and the memory of what was proposed."""
    claims = copy.deepcopy(extraction.claims)
    for claim in claims:
        claim.document_id = None  # the document: block is the default
    cited = {c.source_id for c in claims}
    placeholders = [s for s in extraction.placeholders if s.id in cited]
    today = now_iso()[:10]  # UTC, like every date sourcecheck writes
    header = (
        f"{header_line(source_name, today)}\n"
        "# Review every claim before importing it: each one's notes give a confidence and the\n"
        "# evidence for its attribution, date, kind and source. Sources named unidentified-...\n"
        "# are placeholders for sources the database did not hold: replace them with the cited\n"
        "# source's slug (`sourcecheck source add`), or keep them to review later; `unidentified`\n"
        "# alone is no source (imported as a claim without one). Remove a\n"
        "# wrong claim: `extract --merge` will not propose it again (see `proposed:` below).\n"
    )
    body = _document_block(document)
    if placeholders:
        body += dump_yaml(documents=[], sources=placeholders, claims=[])
    body += dump_yaml(documents=[], sources=[], claims=claims) if claims else "claims: []\n"
    return with_proposed(header + body, [proposal(c, text) for c in extraction.claims])


PROPOSED_COMMENT = (
    "# The spans of the text (start-end, then a digest of their words) proposed as claims into\n"
    "# this file: `extract --merge` adds what is new and never proposes again a claim you\n"
    "# removed, even after an edit of the text moved it (remove its entry here to have it\n"
    "# proposed again).\n"
)


def with_proposed(text: str, entries: list[Proposal | None]) -> str:
    """``text`` ending with its ``proposed:`` list of ``entries`` (one per span, in order; the
    one remembering words if two), in place of the one it had (with its comment), or after
    a comment saying what it is."""
    nl = _newline(text)
    by_span: dict[tuple[int, int], Proposal] = {}
    for entry in entries:
        if entry is not None:
            key = (entry.span.start, entry.span.end)
            if key not in by_span or by_span[key].words is None:
                by_span[key] = entry
    listed = [by_span[key].entry() for key in sorted(by_span)]
    block = _flow_list("proposed", listed).replace("\n", nl)
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith("proposed:")), None)
    if at is None:
        return text.rstrip("\r\n") + nl + nl + PROPOSED_COMMENT.replace("\n", nl) + block
    end = at + 1
    while end < len(lines) and lines[end][:1] in (" ", "\t"):
        end += 1  # the list's continuation lines
    return "".join(lines[:at]) + block + "".join(lines[end:])


def _flow_list(key: str, items: list[str], width: int = 96) -> str:
    """``key: [a, b, ...]`` wrapped at ``width``, continuation lines indented."""
    lines, line = [], f"{key}: ["
    for n, item in enumerate(items):
        piece = item + (", " if n + 1 < len(items) else "")
        if len(line) + len(piece) > width and line.strip():
            lines.append(line.rstrip())
            line = "  "
        line += piece
    return "\n".join([*lines, line + "]"]) + "\n"


def _document_block(document: Document) -> str:
    """``document:`` followed by its fields (formats.dump_yaml writes a ``documents:`` list)."""
    listed = dump_yaml(documents=[document], sources=[], claims=[]).splitlines()
    assert listed[0] == "documents:" and listed[1].startswith("- ")
    return "\n".join(["document:", "  " + listed[1][2:], *listed[2:]]) + "\n"


def _placed_now(text: str, claims: list[Claim]) -> tuple[list[Claim], list[str]]:
    """The claims of the file with their offsets as they fit ``text`` now, and the ids of
    those whose offsets no longer hold their quote (the document was edited since): such a
    claim is placed where its quote is, when it is there once, else compared by its words
    only (a stale span would hide a new quotation now at that place)."""
    placed, stale = [], []
    for claim in claims:
        span = _span(claim)
        if span is None or normalize(span.slice(text)) == normalize(claim.quote):
            placed.append(claim)
            continue
        stale.append(claim.id or excerpt(claim.quote, 40))
        at = text.find(claim.quote)
        fits = at >= 0 and text.find(claim.quote, at + 1) < 0
        start, end = (at, at + len(claim.quote)) if fits else (None, None)
        placed.append(dataclasses.replace(claim, start=start, end=end))
    return placed, stale


def _covered(claim: Claim, existing: list[Claim]) -> bool:
    words = normalize(claim.quote)
    for other in existing:
        if other.document_id not in (None, claim.document_id):
            continue
        if overlaps(_span(claim), _span(other)):
            return True
        if words and words == normalize(other.quote):
            return True
    return False


def _append_items(text: str, key: str, dumped: str) -> str:
    """Insert the list items of ``dumped`` (``key:`` then ``- ...`` lines) at the end of the
    top-level ``key:`` list of ``text``, indented like its items; or add the key at the end."""
    nl = _newline(text)
    items = dumped.splitlines()[1:]
    lines = text.splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if at is None:
        return text.rstrip("\r\n") + f"{nl}{key}:{nl}" + nl.join(items) + nl
    inline = lines[at].removeprefix(f"{key}:").strip()
    if inline and inline not in ("[]",) and not inline.startswith("#"):
        raise InputError(f"cannot append to `{key}: {inline}`: write the list in block style")
    if inline == "[]":
        lines[at] = f"{key}:"
    end = at + 1
    while end < len(lines) and not _TOP_KEY.match(lines[end]):
        end += 1
    last = at
    for i in range(at + 1, end):
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            last = i
    indent = ""
    for line in lines[at + 1 : end]:
        m = re.match(r"^(\s*)- ", line)
        if m:
            indent = m.group(1)
            break
    lines[last + 1 : last + 1] = [indent + item if item else item for item in items]
    return nl.join(lines) + nl


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _write_checked(path: Path, text: str, *, keep: list[Claim], expect_added: int = -1) -> None:
    """Parse ``text`` as a claims file; write it atomically only if it keeps ``keep`` as is."""
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / path.name
        candidate.write_text(text, encoding="utf-8")
        parsed = parse_file(candidate)
    if parsed.claims[: len(keep)] != keep or (
        expect_added >= 0 and len(parsed.claims) != len(keep) + expect_added
    ):
        raise InputError(
            "merging would change the file's existing claims; nothing written", location=str(path)
        )
    write_atomic(path, text)
