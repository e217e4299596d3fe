"""A reviewed claims file brought up to its document's edited text: the claims that moved and
the claims that are gone.

``extract --merge`` runs this when the file's ``document:`` records the sha256 of another text
than the one read now (the document was edited since). A claim whose quote is found again in
the new text *moved*: its ``start``, ``end`` and ``paragraph`` are rewritten in the file, in
place. A claim whose quote is no longer in the text is *gone*: it stays in the file with its
review (a person may want to see what changed), its offsets cleared (they would cite other
characters) and its notes starting with :data:`GONE_MARK`, which ``import`` reports; or, asked
(``--drop-gone``), it is dropped from the file. The ``sha256:`` of the document block becomes
the new text's. Everything else in the file stays as written.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ..gone import GONE_MARK
from ..models import Claim, Span, excerpt, now_iso
from ..normalize import normalize
from ..records.documenttext import is_gone
from ..records.formats import ParsedFile, dump_yaml
from ..texts.paragraphs import paragraph_at, paragraph_starts

_OFFSET_LINE = re.compile(r"^(\s*)(start|end|paragraph):\s*(\d+)\s*(#.*)?$")
_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*:")


@dataclass(slots=True)
class Relocation:
    """The claims of a file against the text as it is now, in the file's order."""

    edited: bool = False  # whether the text is another than the one the claims were made from
    claims: list[Claim] = field(default_factory=list)  # as they are now (moved: new offsets)
    moved: list[str] = field(default_factory=list)  # ids of claims found at another place
    gone: list[str] = field(default_factory=list)  # ids of claims whose quote is not there
    was_at: dict[str, Span] = field(default_factory=dict)  # a gone claim's span in the old text
    now_at: dict[str, list[Span]] = field(default_factory=dict)  # ... and guesses in the new one


def relocate(text: str, claims: list[Claim], document_id: str, *, edited: bool) -> Relocation:
    """When the text was ``edited``, each claim of ``document_id`` whose span no longer holds
    its quote placed where its quote is now (the occurrence nearest its old place), or marked
    gone (offsets cleared, notes saying so); the other claims as they are."""
    result = Relocation(edited=edited)
    starts = paragraph_starts(text)
    for claim in claims:
        span = claim_span(claim)
        ours = claim.document_id in (None, document_id)
        if (
            not edited
            or not ours
            or span is None
            or normalize(span.slice(text)) == normalize(claim.quote)
        ):
            result.claims.append(claim)
            continue
        at = _nearest(text, claim.quote, span.start)
        label = claim.id or excerpt(claim.quote, 40)
        if at is None:
            result.gone.append(label)
            result.was_at[label] = span
            note = f"{GONE_MARK} no longer in the text of {document_id} ({now_iso()[:10]})"
            notes = f"{note}; {claim.notes}" if claim.notes else note
            result.claims.append(
                dataclasses.replace(claim, start=None, end=None, paragraph=None, notes=notes)
            )
            continue
        result.moved.append(label)
        paragraph = paragraph_at(text, at, starts=starts) if claim.paragraph else None
        result.claims.append(
            dataclasses.replace(claim, start=at, end=at + len(claim.quote), paragraph=paragraph)
        )
    result.now_at = {label: _guesses(span, claims, result) for label, span in result.was_at.items()}
    return result


def _guesses(old: Span, claims: list[Claim], result: Relocation) -> list[Span]:
    """Where the gone claim that was at ``old`` would be in the edited text: ``old`` shifted as
    the nearest claim still there before it moved (the text's start, if none: not at all),
    and as the nearest one after it moved (the edit may lie between the two)."""
    kept = [
        (was.start, now.start - was.start, was.end <= old.start)
        for was, now in zip(map(claim_span, claims), map(claim_span, result.claims), strict=True)
        if was is not None and now is not None and (was.end <= old.start or was.start >= old.end)
    ]
    before = [(start, shift) for start, shift, earlier in kept if earlier]
    after = [(start, shift) for start, shift, earlier in kept if not earlier]
    shifts = [max(before)[1] if before else 0]
    if after:
        shifts.append(min(after)[1])
    return [Span(old.start + d, old.end + d) for d in dict.fromkeys(shifts)]


def _nearest(text: str, quote: str, old_start: int) -> int | None:
    """The offset of the occurrence of ``quote`` in ``text`` nearest ``old_start``, if any."""
    found = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    return min(found, key=lambda at: abs(at - old_start)) if found else None


def rewritten(
    old_text: str,
    parsed: ParsedFile,
    relocation: Relocation,
    *,
    sha256: str | None,
    drop_gone: bool = False,
) -> str:
    """``old_text`` (the claims file) with the moved claims' offsets, the gone claims marked
    (``drop_gone``: those gone now or marked before dropped), and its ``document:`` block's
    ``sha256`` set to the new text's (when given)."""
    if sha256 is None and not (drop_gone and any(is_gone(c) for c in relocation.claims)):
        return old_text
    nl = "\r\n" if "\r\n" in old_text else "\n"
    lines = old_text.splitlines()
    bounds = _claim_blocks(lines, parsed.claim_lines)
    # from the last claim up, so that the line numbers of the earlier ones still hold
    for (first, last), old, new in reversed(
        list(zip(bounds, parsed.claims, relocation.claims, strict=True))
    ):
        if drop_gone and is_gone(new):
            del lines[first:last]
        elif new is old:
            continue
        elif new.start is not None:
            lines[first:last] = _with_offsets(lines[first:last], new)
        else:
            lines[first:last] = _gone_in_place(lines[first:last], new, parsed)
    return nl.join(_with_sha(lines, sha256) if sha256 else lines) + nl


def _claim_blocks(lines: list[str], claim_lines: list[int]) -> list[tuple[int, int]]:
    """The line range (0-based, end excluded) of each claim's entry: from its ``- `` line to
    the next entry, or to its last written line before the next top-level key."""
    bounds = []
    for n, line_no in enumerate(claim_lines):
        first = line_no - 1
        while first > 0 and not lines[first].lstrip().startswith("- "):
            first -= 1  # the mapping starts at its first key; the entry at its dash
        if n + 1 < len(claim_lines):
            end = claim_lines[n + 1] - 1
            while end > first + 1 and not lines[end].lstrip().startswith("- "):
                end -= 1
        else:
            end = first + 1
            while end < len(lines) and not _TOP_KEY.match(lines[end]):
                end += 1
        while end > first + 1 and (not lines[end - 1].strip() or _comment(lines[end - 1])):
            end -= 1  # blank lines and comments after an entry belong to what follows
        bounds.append((first, end))
    return bounds


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _with_offsets(block: list[str], claim: Claim) -> list[str]:
    """A claim's entry with its ``start``, ``end`` and ``paragraph`` lines set to ``claim``'s."""
    values = {"start": claim.start, "end": claim.end, "paragraph": claim.paragraph}
    out = []
    for line in block:
        m = _OFFSET_LINE.match(line)
        if m and values.get(m.group(2)) is not None:
            comment = f" {m.group(4)}" if m.group(4) else ""
            line = f"{m.group(1)}{m.group(2)}: {values[m.group(2)]}{comment}"
        out.append(line)
    return out


_FIELD = re.compile(r"^(\s*(?:- )?)([A-Za-z_]\w*):")


def _gone_in_place(block: list[str], claim: Claim, parsed: ParsedFile) -> list[str]:
    """A gone claim's entry edited as text: its offset lines dropped and its ``notes`` set to
    ``claim``'s (replaced where they were, the entry's first key too, or added after its last
    field), every other line (fields, the reviewer's comments) as it was; written anew only
    when its notes cannot be found as one field."""
    keyed = [(n, m) for n, line in enumerate(block) if (m := _FIELD.match(line))]
    notes = [(n, m) for n, m in keyed if m.group(2) == "notes"]
    if len(notes) > 1 or not keyed:
        return _dumped(claim, block[0], parsed)
    dumped = dump_yaml(documents=[], sources=[], claims=[claim]).splitlines()
    written, dumped_indent = _field_lines(dumped, "notes")
    if notes:
        start, key = notes[0]
        prefix = key.group(1)  # "  " or "- ": the notes may be the entry's first key
        end = next(
            (n for n, m in keyed if n > start and len(m.group(1)) <= len(prefix)), len(block)
        )
    else:  # no notes yet: after the entry's last field, at its fields' indent
        prefix = " " * len(keyed[0][1].group(1))
        start, end = 0, len(block)
    while end > start + 1 and (not block[end - 1].strip() or _comment(block[end - 1])):
        end -= 1  # a comment after the notes (or the entry) belongs to what follows
    if not notes:
        start = end
    indent = " " * len(prefix)
    notes_lines = [prefix + written[0][dumped_indent:]] + [
        indent + line[dumped_indent:] if line.strip() else line for line in written[1:]
    ]
    out = block[:start] + notes_lines + block[end:]
    return [line for line in out if not _OFFSET_LINE.match(line)]


def _field_lines(dumped: list[str], name: str) -> tuple[list[str], int]:
    """The lines of field ``name`` in a claim dumped alone (its key line and continuations),
    and the indent of its key."""
    first = next(n for n, line in enumerate(dumped) if re.match(rf"^\s*{name}:", line))
    key_indent = len(dumped[first]) - len(dumped[first].lstrip())
    end = first + 1
    while end < len(dumped) and (
        not dumped[end].strip() or len(dumped[end]) - len(dumped[end].lstrip()) > key_indent
    ):
        end += 1
    return dumped[first:end], key_indent


def _dumped(claim: Claim, first_line: str, parsed: ParsedFile) -> list[str]:
    """A claim's entry written anew (its notes and offsets changed), indented like the old."""
    indent = first_line[: len(first_line) - len(first_line.lstrip())]
    if parsed.documents and claim.document_id == parsed.documents[0].id:
        claim = dataclasses.replace(claim, document_id=None)  # the file's default document
    items = dump_yaml(documents=[], sources=[], claims=[claim]).splitlines()[1:]
    return [indent + item if item else item for item in items]


def _with_sha(lines: list[str], sha256: str) -> list[str]:
    """The lines with the ``document:`` block's ``sha256:`` set (added after its id if none)."""
    at = next((i for i, line in enumerate(lines) if line.startswith("document:")), None)
    if at is None:
        return lines
    end = at + 1
    while end < len(lines) and not _TOP_KEY.match(lines[end]):
        end += 1
    for i in range(at + 1, end):
        m = re.match(r"^(\s+)sha256:", lines[i])
        if m:
            lines[i] = f"{m.group(1)}sha256: {sha256}"
            return lines
    ids = [i for i in range(at + 1, end) if re.match(r"^\s+id:", lines[i])]
    if ids:
        indent = lines[ids[0]][: len(lines[ids[0]]) - len(lines[ids[0]].lstrip())]
        lines.insert(ids[0] + 1, f"{indent}sha256: {sha256}")
    return lines


def claim_span(claim: Claim) -> Span | None:
    """A claim's ``start``-``end``, if it has both."""
    if claim.start is None or claim.end is None:
        return None
    return Span(claim.start, claim.end)
