"""A work its paragraph names that is not the speaker's: "Czernin himself confided to his diary
that “it is much safer to be feared than loved”" in a paragraph that names The Prince. The
paragraph's title says whose words the text discusses, but the attribution says whose they are
here: when the speaker is a person the database knows a work of, and the work named is not
theirs, the source is found as for any quotation (the speaker's own work), not taken from the
title: a misattributed quotation must be checked against the speaker's work, where it is not,
never against the title's, where it is (verbatim, "accurately quoted")."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Source
from .surnames import same_surname, split_authors, surname


def by_the_speaker(source: Source, speaker_key: str) -> bool:
    """Whether one of ``source``'s authors has the speaker's surname.

    >>> by_the_speaker(Source(id="p", title="P", author="Niccolò Machiavelli"), "czernin")
    False
    >>> by_the_speaker(Source(id="w", title="W", author="Ottokar Czernin"), "czernin")
    True
    """
    return any(same_surname(speaker_key, surname(a)) for a in split_authors(source.author))


def others_work(work: Source, speaker_key: str, person: bool, sources: Sequence[Source]) -> bool:
    """Whether ``work`` (a title the paragraph names) is another person's than the quotation's
    speaker, a person with a work of their own among ``sources``: then it is not the source."""
    if not (person and speaker_key) or by_the_speaker(work, speaker_key):
        return False
    return any(by_the_speaker(s, speaker_key) for s in sources if s is not work)
