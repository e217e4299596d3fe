"""Who a description names, as the whole text says: the persons the narration names around
its uses ("the doctor" is Mr. Losberne when he is named around it far more often than
anywhere; "the man" is nobody in particular). Used by :mod:`~sourcecheck.extract.resolve`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cached_property

from .descriptions import description_key
from .people import Person

MIN_DESCRIPTION_USES = 10
"""A description the narration uses less often is taken as the speaker itself ("the turnkey")."""
MIN_ASSOCIATION = 3
"""How many of its uses must have the person named around them."""
MIN_LIFT = 2.0
"""How many times more often than anywhere a person must be named around a description."""
ASSOCIATION_WINDOW = 800
"""Characters around a description's use where the persons named count (3/4 before it)."""


class Associations:
    """The persons named around each description of a text's narration."""

    def __init__(
        self, text: str, named: Sequence[tuple[int, Person]], inside_quote: Callable[[int], bool]
    ) -> None:
        self.text, self.named, self.inside_quote = text, named, inside_quote
        self._named_at = [at for at, _ in named]
        self._associations: dict[str, Counter[int]] = {}
        self._uses: dict[str, int] = {}  # how often the narration uses each description

    def uses(self, key: str) -> int:
        """How often the narration uses a description (after :meth:`association`)."""
        return self._uses.get(key, 0)

    def lifts(self, key: str) -> dict[int, float]:
        """How much more often each person is named around the description ``key`` (or its
        shorter form the narration uses often enough: see :meth:`used_key`) than anywhere
        in the narration (persons named around it at least :data:`MIN_ASSOCIATION` times),
        by ``id`` of the person."""
        key = self.used_key(key)
        counts = self.association(key)
        uses = self.uses(key)
        if uses < MIN_DESCRIPTION_USES:
            return {}  # "the turnkey", "the first housemaid": someone the text never names
        share = ASSOCIATION_WINDOW / max(1, len(self.text))
        return {
            pid: (n / uses) / (self._totals[pid] * share)
            for pid, n in counts.items()
            if n >= MIN_ASSOCIATION
        }

    def association(self, words: str) -> Counter[int]:
        """How often each person is named in the narration just around the description
        ``words`` (by ``id`` of the person)."""
        key = description_key(words)
        if key not in self._associations:
            counts: Counter[int] = Counter()
            uses = 0
            pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, key.split())) + r"\b", re.I)
            for m in pattern.finditer(self.text):
                if self.inside_quote(m.start()):
                    continue
                lo = bisect.bisect_left(self._named_at, m.start() - ASSOCIATION_WINDOW * 3 // 4)
                hi = bisect.bisect_left(self._named_at, m.end() + ASSOCIATION_WINDOW // 4)
                counts.update({id(p) for _, p in self.named[lo:hi]})
                uses += 1
            self._associations[key], self._uses[key] = counts, uses
        return self._associations[key]

    @cached_property
    def _totals(self) -> Counter[int]:
        return Counter(id(p) for _, p in self.named)

    def used_key(self, key: str) -> str:
        """The description without its first adjectives until the narration uses it often
        enough to tell who it names: "irritable old gentleman" -> "old gentleman"."""
        words = key.split()
        while len(words) > 1:
            candidate = " ".join(words)
            self.association(candidate)
            if self.uses(candidate) >= MIN_DESCRIPTION_USES:
                return candidate
            words = words[1:]
        return " ".join(words)
