"""The placeholder sources that proposed claims with an unidentified source cite, one per
person: a claims file imports only when every claim's source is declared, and a reviewer
replaces each placeholder with the cited source's slug. Words attributed to no one cite
``unidentified`` (:data:`~sourcecheck.records.rules.UNKNOWN_SOURCE`), declared nowhere: a claim
without a source."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Source
from ..records.rules import UNKNOWN_SOURCE, words_slug


@dataclass(slots=True)
class Placeholders:
    """The placeholder sources written so far, by slug."""

    sources: dict[str, Source] = field(default_factory=dict)

    def of(self, speaker: str | None) -> Source:
        """The placeholder of the words attributed to ``speaker`` (one per person: "Czernin"
        after "Ottokar Czernin" is the same person's, :func:`same_person`).

        >>> p = Placeholders()
        >>> p.of("Ottokar Czernin").id, p.of("Czernin").id, p.of(None).id
        ('unidentified-ottokar-czernin', 'unidentified-ottokar-czernin', 'unidentified')
        """
        key = words_slug(speaker or "", 4)
        if not key:  # no one named: no source known, and no record for it (rules.py)
            return Source(id=UNKNOWN_SOURCE, title="no source known")
        slug = same_person(f"unidentified-{key}", self.sources) or f"unidentified-{key}"
        if slug not in self.sources:
            self.sources[slug] = Source(
                id=slug,
                title=f"Unidentified source of words attributed to {speaker or 'no one named'}",
                kind="other",
                note="Placeholder written by `sourcecheck extract`: no source in the database "
                "matched. Replace it with the cited source's slug when reviewing.",
            )
        return self.sources[slug]


def same_person(slug: str, placeholders: dict[str, Source]) -> str | None:
    """The one placeholder among ``placeholders`` already written for the person of
    placeholder ``slug``: the same surname, and one name's words all among the other's
    ("unidentified-czernin" and "unidentified-ottokar-czernin"); None when none is, or when
    more than one is (two Millers: "unidentified-miller" is neither's).

    >>> taken = {"unidentified-ottokar-czernin": Source(id="x", title="t")}
    >>> same_person("unidentified-czernin", taken)
    'unidentified-ottokar-czernin'
    >>> same_person("unidentified-leon-trotsky", taken) is None
    True
    >>> two = {"unidentified-daisy-miller": taken["unidentified-ottokar-czernin"],
    ...        "unidentified-mrs-miller": taken["unidentified-ottokar-czernin"]}
    >>> same_person("unidentified-miller", two) is None
    True
    """
    if slug in placeholders or slug == UNKNOWN_SOURCE:
        return None
    words = set(slug.split("-")[1:])
    last = slug.rsplit("-", 1)[-1]
    found = [
        other
        for other in placeholders
        if other.rsplit("-", 1)[-1] == last
        and other != UNKNOWN_SOURCE
        and (words <= set(other.split("-")[1:]) or set(other.split("-")[1:]) <= words)
    ]
    return found[0] if len(found) == 1 else None
