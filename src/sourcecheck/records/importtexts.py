"""The local texts an import reads before it writes anything: the paths a sources file lists
(inside its folder unless allowed) and the files a ``--texts DIR`` folder holds for a source."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..errors import InputError, SourcecheckError
from ..models import Source
from ..texts.ingest import SUFFIX_KINDS, Ingested, read_text_file
from .formats import ParsedFile

# What ``--texts DIR`` looks for, in this order: DIR/<source-id><suffix>.
TEXT_SUFFIXES = tuple(SUFFIX_KINDS)


def read_texts(
    parsed: list[ParsedFile],
    texts_dir: Path | None,
    problems: list[SourcecheckError],
    *,
    allow_outside: bool = False,
    keep_language: bool = False,
) -> list[Ingested]:
    """Read every local text the files name, and ``texts_dir/<id>.<suffix>`` files, before
    writing anything; a text that cannot be read is noted in ``problems``."""
    texts: list[Ingested] = []

    def read(path: Path, source: Source, label: str | None, language: str | None,
             encoding: str | None = None) -> None:  # fmt: skip
        try:
            texts.append(
                read_text_file(
                    path,
                    source_id=source.id,
                    label=label,
                    language=language,
                    encoding=encoding,
                    keep_language=keep_language,
                )
            )
        except SourcecheckError as exc:
            problems.append(exc)

    for pf in parsed:
        for source in pf.sources:
            for n, entry in enumerate(source.texts):
                if entry.path is None:
                    continue
                path = (pf.path.parent / entry.path).resolve()
                if not allow_outside and not path.is_relative_to(pf.path.parent.resolve()):
                    problems.append(outside_folder(pf, source.id, n, entry.path, path))
                    continue
                read(path, source, entry.label, entry.language, entry.encoding)
            for candidate in _in_texts_dir(texts_dir, source.id):
                read(candidate, source, f"{candidate.name} from {texts_dir}", source.language)
    return texts


def outside_folder(pf: ParsedFile, source_id: str, n: int, given: str, path: Path) -> InputError:
    """The refusal of a text path that leaves its sources file's folder."""
    line = pf.text_lines.get((source_id, n), pf.lines.get(("source", source_id), 1))
    return InputError(
        f"source {source_id!r}, texts path {given!r} leaves the folder of this sources file "
        f"({pf.path.parent.resolve()}): it is {path}; refused unless paths outside it are "
        "allowed",
        location=f"{pf.path}:{line}",
        option="allow_outside_paths",
    )


def texts_dir_name(source_id: str, urls: list[str]) -> str:
    """The name a source's text takes in a ``--texts DIR`` folder, for the text at ``urls``:
    the source's id with the suffix of its one URL (``.html`` for a page without one), and
    ``.txt`` for several (one file holds them all).

    >>> texts_dir_name("czernin", ["https://example.org/18160/pg18160.txt"])
    'czernin.txt'
    >>> texts_dir_name("minutes", ["https://example.org/feb/18d.htm"])
    'minutes.htm'
    >>> texts_dir_name("minutes", ["https://example.org/a.htm", "https://example.org/b.htm"])
    'minutes.txt'
    """
    if len(urls) != 1:
        return f"{source_id}.txt"
    suffix = PurePosixPath(urlsplit(urls[0]).path).suffix.lower()
    return f"{source_id}{suffix if suffix in TEXT_SUFFIXES else '.html'}"


def _in_texts_dir(texts_dir: Path | None, source_id: str) -> list[Path]:
    """The files ``--texts DIR`` holds for a source: ``DIR/<source-id><suffix>``."""
    if texts_dir is None:
        return []
    return [texts_dir / f"{source_id}{s}" for s in TEXT_SUFFIXES
            if (texts_dir / f"{source_id}{s}").exists()]  # fmt: skip
