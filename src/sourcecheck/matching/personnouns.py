"""Nouns that name a person by what they do or are, beyond a household's: "the sponsor", "the
maintainer", "der Betreuer", "the mayor" (fresh111).

:mod:`.roles` compares the roles of people: names, and the nouns of a family and its
household (a table, :mod:`.persons`). A swap of two people named by their office went unseen:
"the maintainer uploads the package for the sponsor" where the source has the sponsor upload
it for the maintainer ("lädt der Sponsor das Paket für den Betreuer hoch"). Here a noun names
a person (:func:`person_noun`) when WordNet files its first sense among the nouns of people
(the ``noun.person`` lexicographer file): in English the word itself (in any form: "sponsors"),
in German or Russian the first of its English translations that WordNet knows as a noun
(:mod:`.bilingual`: "Betreuer" is "counsellor"). Such nouns are not read as people
everywhere (a first reading that did so flagged 18 true renderings of the labelled set: a
predicate noun, "as a drinking companion", read as a doer; a German relative clause read the
wrong way): only an exchange both sides show is flagged (:func:`office_swap`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..normalize import fold
from . import bilingual, wordnet
from .negation import clause_of, clause_spans
from .wordpairs import Alignment, content_positions

PERSON_FILE = 18
"""WordNet's lexicographer file of the nouns of people (``noun.person``, lexnames(5WN))."""


@lru_cache(maxsize=1 << 14)
def person_noun(word: str, language: str) -> bool:
    """Whether ``word`` names a person by what they do or are (see the module).

    >>> person_noun("sponsors", "en"), person_noun("package", "en"), person_noun("Mayor", "en")
    (True, False, True)
    """
    if not wordnet.available() or not word[:1].isalpha():
        return False
    if language == "en":
        return _first_sense_person(fold(word))
    if not bilingual.available():
        return False
    english = bilingual.entry_words(word, language, "en") or bilingual.translated_words(
        word, language, "en"
    )
    first = next((w for w in english if wordnet.base_forms(w, "n")), None)
    return first is not None and _first_sense_person(first)


def _first_sense_person(word: str) -> bool:
    for lemma in wordnet.base_forms(word, "n")[:1]:
        senses = wordnet.senses(lemma, "n")
        found = wordnet.synset("n", senses[0]) if senses else None
        return found is not None and found.lexfile == PERSON_FILE
    return False


def office_swap(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    clause_people: Callable[..., Sequence[Any] | None],
) -> bool:
    """Whether two people named by their office (:func:`person_noun`) exchange their roles:
    a pair of them (the quote's noun and its counterpart, "sponsor" / "Sponsor") and, in each
    of the two clauses holding that pair, one other such noun without a counterpart
    ("maintainer", "Betreuer": the dictionary pairs no such words), the quote's doer being the
    paired one where the passage's is the other, or the other way round. ``clause_people``:
    :func:`.roles.clause_people` (its people each with ``at`` and ``doer``).

    Both sides must show the exchange: a person noun read alone, or in one clause only, was
    read too often against a true rendering (a predicate noun, "as a drinking companion"; a
    relative clause: "den die Sozialisten ... verurteilt hatten").
    """
    q_clauses, p_clauses = clause_spans(quote), clause_spans(passage)
    q_free = _free(quote, quote_language, alignment.rendered[0])
    p_free = _free(passage, passage_language, alignment.rendered[1])
    if not q_free or not p_free:
        return False
    for pair in alignment.pairs:
        if not (
            person_noun(pair.quote, quote_language) and person_noun(pair.passage, passage_language)
        ):
            continue
        q_clause = q_clauses[clause_of(q_clauses, pair.quote_at)]
        p_clause = p_clauses[clause_of(p_clauses, pair.passage_at)]
        mine = [at for at in q_free if q_clause[0] <= at < q_clause[1]]
        theirs = [at for at in p_free if p_clause[0] <= at < p_clause[1]]
        if len(mine) != 1 or len(theirs) != 1:
            continue
        q_roles = _doers(clause_people(quote, quote_language, q_clause, [pair.quote_at, *mine]))
        p_roles = _doers(clause_people(passage, passage_language, p_clause,
                                       [pair.passage_at, *theirs]))  # fmt: skip
        paired = (q_roles.get(pair.quote_at), p_roles.get(pair.passage_at))
        other = (q_roles.get(mine[0]), p_roles.get(theirs[0]))
        if None in paired or None in other:
            continue
        if paired[0] != paired[1] and other[0] != other[1] and paired[0] != other[0]:
            return True
    return False


def _free(text: str, language: str, rendered: dict[int, bool]) -> list[int]:
    """Where ``text`` names a person by a noun (:func:`person_noun`) that has no counterpart."""
    return [
        at for at, word in content_positions(text, language)
        if rendered.get(at) is False and (word[:1].islower() or language == "de")
        and person_noun(word, language)
    ]  # fmt: skip


def _doers(people: Sequence[Any] | None) -> dict[int, bool | None]:
    return {p.at: p.doer for p in people or ()}
