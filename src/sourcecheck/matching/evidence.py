"""What a person sees of the meaning stage: the evidence of a passage and the reasons, in
plain words (the words both share, the names, what the numbers and dates say on each side,
and each flag as a CHECK to make)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..facts.duals import shown_duals
from ..facts.identifiers import shared_identifiers
from ..models import Span, excerpt
from ..texts.language import LANGUAGE_NAMES
from ..texts.languageclash import stored_language
from .align import similarity_matrix
from .anchors import AnchorComparison, Anchors, name_key, rendered_quantities
from .contrary import contrary
from .germancommon import lower_rendered
from .negprefix import negated_words
from .opposites import OPPOSITE, flag_opposite
from .ordinals import differing_ordinals
from .roles import ROLES
from .verdict import Signals, describe, maybe_the_passage
from .wordpairs import Alignment, WordPair, content_positions

if TYPE_CHECKING:
    from .meaning import MeaningResult


@dataclass(frozen=True, slots=True)
class Weighing:
    """A candidate passage weighed: its signals, word alignment and anchors compared."""

    signals: Signals
    alignment: Alignment
    anchors: Anchors
    comparison: AnchorComparison
    prefixed: WordPair | None = None  # a word negated by its prefix on one side: .negprefix


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a person needs to judge a ``reworded`` passage (or a rejected candidate)."""

    quote_language: str
    language: str  # the passage's
    shared_words: tuple[str, ...] = ()  # "quote word/passage word", or one word when the same
    unmatched_words: tuple[str, ...] = ()  # the quote's content words with no counterpart
    shared_names: tuple[str, ...] = ()
    missing_names: tuple[str, ...] = ()  # the quote's names the passage does not have
    quote_numbers: tuple[str, ...] = ()
    passage_numbers: tuple[str, ...] = ()
    quote_dates: tuple[str, ...] = ()
    passage_dates: tuple[str, ...] = ()
    quote_negations: tuple[str, ...] = ()
    passage_negations: tuple[str, ...] = ()
    opposite_words: tuple[str, ...] = ()  # "quote word/passage word" read as opposites


def evidence(
    quote_language: str, language: str, quote: Anchors, weighed: Weighing, quote_text: str = ""
) -> Evidence:
    """The evidence of a weighed passage: shared words and names, the quote's words with no
    counterpart there (``quote_text``: the quote as aligned), numbers, dates, negations."""
    p, comparison = weighed.anchors, weighed.comparison
    # numbers are compared by value in their own row: "five/vier" is no shared word
    # (a time's words too: "half past six" / "halb sieben")
    # and ordinals that differ ("second/first", "Seventh/VIII": :mod:`.ordinals`)
    ordinals = differing_ordinals(quote, p, weighed.alignment)
    counted = (
        _figure_words(quote) | {w.casefold() for w in ordinals[0]},
        _figure_words(p) | {w.casefold() for w in ordinals[1]},
    )
    if p.date_texts:  # a date's words too ("January 24" / "11 (24) января"): the dates' row
        counted = (
            counted[0] | {w.casefold() for d in quote.date_texts for w in d.split()},
            counted[1],
        )
    shared = tuple(
        w.passage if w.quote.casefold() == w.passage.casefold() or (
            quote_language == language and w.similarity == 1.0
        ) else f"{w.quote}/{w.passage}"
        for w in weighed.alignment.pairs
        if w.quote.casefold() not in counted[0] and w.passage.casefold() not in counted[1]
        and w != weighed.prefixed  # "понятно/incomprehensible" is no word both share
        and not _opposed(w, quote_language, language)
    )  # fmt: skip
    prefixed = negated_words(weighed.prefixed, quote_language, language)
    # an ordinal word is a number already ("third" / "zweiten": once, not twice); a version
    # both print is shown on both sides, as two equal figures are ("2.6.32")
    codes = shared_identifiers(quote.words, p.words)
    values = ([v for v, _ in quote.numbers], [v for v, _ in p.numbers])  # "Beide" / "two"
    duals = (
        shown_duals(quote.words, quote_language, values[0], values[1]),
        shown_duals(p.words, language, values[1], values[0]),
    )
    return Evidence(
        quote_language=quote_language,
        language=language,
        shared_words=shared,
        unmatched_words=_unmatched(quote_text, quote_language, weighed, counted[0]),
        shared_names=_shown_names(comparison.shared_names, quote_language, language, weighed),
        missing_names=comparison.missing_names,
        quote_numbers=_plus(tuple(n for _, n in quote.numbers), ordinals[0] + codes[0] + duals[0]),
        passage_numbers=_plus(_passage_numbers(quote, weighed), ordinals[1] + codes[1] + duals[1]),
        quote_dates=quote.date_texts,
        passage_dates=p.date_texts,
        quote_negations=quote.negations + prefixed[0],
        passage_negations=p.negations + prefixed[1],
    )


def _shown_names(
    names: tuple[str, ...], quote_language: str, language: str, weighed: Weighing
) -> tuple[str, ...]:
    """The shared names to show: a German quote's noun that the passage renders in lower case
    is none (:func:`~.germancommon.lower_rendered`: "Speicher/memory", "Kernel/kernel")."""
    if quote_language != "de":
        return names
    pairs = {p.quote: p.passage for p in weighed.alignment.pairs}
    nouns = lower_rendered(names, weighed.anchors.words, pairs, language)
    return tuple(n for n in names if n not in nouns)


def _plus(numbers: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    """``numbers`` and those of ``more`` not among them, each once: a changed ordinal word is
    read as a number and as an ordinal that differs (:func:`~.ordinals.differing_ordinals`),
    one word shown once ("third" / "zweiten", not "third, third")."""
    return numbers + tuple(w for w in dict.fromkeys(more) if w not in numbers)


def _opposed(pair: WordPair, quote_language: str, language: str) -> bool:
    """Whether the alignment paired a word with its opposite ("remember/forgotten"): no word
    both share, whether or not the passage is flagged for it (a negation on one side may
    turn it round: "did not remember" / "forgot")."""
    return contrary(pair.quote, quote_language, pair.passage, language) == "opposites"


def _passage_numbers(quote: Anchors, weighed: Weighing) -> tuple[str, ...]:
    """The passage's numbers to show: all of them beside the quote's; when the quote states
    none, only those in the clauses that render it, as the number check counts them (not
    "две" of "через две недели" two clauses after "Ленин выступил первым")."""
    p = weighed.anchors
    if quote.numbers:
        return tuple(n for _, n in p.numbers)
    rendered = set(rendered_quantities(p, weighed.alignment.offsets)[0])
    return tuple(n for at, (_, n) in zip(p.number_starts, p.numbers, strict=True) if at in rendered)


def _unmatched(text: str, language: str, weighed: Weighing, figures: set[str]) -> tuple[str, ...]:
    """The quote's content words (each once, names and figures aside: their own rows) with
    no counterpart in the passage: "giant", "bird" where the passage says "Ungeziefer"."""
    rendered = weighed.alignment.rendered[0]
    names = {
        n.casefold() for n in weighed.comparison.shared_names + weighed.comparison.missing_names
    }
    return tuple(
        dict.fromkeys(
            word
            for at, word in content_positions(text, language)
            if rendered.get(at) is False
            and word.casefold() not in figures
            and word.casefold() not in names
        )
    )


def _figure_words(anchors: Anchors) -> set[str]:
    return {w.casefold() for _, n in anchors.numbers for w in n.split()}


def strangers(comparison: AnchorComparison) -> bool:
    """Whether a passage has none of the quote's names and names others
    (:data:`.verdict.STRANGER_SCORE`)."""
    return bool(comparison.missing_names and comparison.other_names) and not (
        comparison.shared_names
    )


def found_reason(
    where: str,
    signals: Signals,
    ev: Evidence,
    comparison: AnchorComparison,
    passage: tuple[str, Span] | None = None,
) -> str:
    """The reason of a ``reworded`` result: where the source says it and in which language
    (the text's stored one, said to be so where the ``passage``'s script disagrees), how
    close, and the evidence."""
    same = ev.quote_language == ev.language
    kind = "in other words" if same else f"in {_named(ev.language)} (the quote is in "
    kind += "" if same else f"{_named(ev.quote_language)})"
    # a flagged passage is where the source says it, not what it says: the CHECK tells
    says = "has this passage" if comparison.flags else "says this"
    but = ", but not as quoted (see CHECK)" if comparison.flags else ""
    parts = [f"the source {says} {kind} {where}{but}: {describe(signals)}"]
    said = passage[1].slice(passage[0]) if passage else ""  # the passage (a text, its span)
    stored = stored_language(said, ev.language, _named(ev.language))
    parts += [stored] if stored else []
    if ev.shared_words:
        parts.append(_shared_note(ev.shared_words))
    if ev.unmatched_words:  # what the passage may not say: read these first
        parts.append("no counterpart: " + ", ".join(f"“{w}”" for w in ev.unmatched_words[:8]))
    if ev.shared_names:
        parts.append("names: " + ", ".join(ev.shared_names))
    if ev.missing_names and "name" not in comparison.flags:  # absent, nothing in its place
        parts.append("not named there: " + ", ".join(ev.missing_names))
    if ev.quote_numbers or ev.passage_numbers:
        parts.append(f"numbers {_both(ev.quote_numbers, ev.passage_numbers)}")
    if ev.quote_dates or ev.passage_dates:
        parts.append(f"dates {_both(ev.quote_dates, ev.passage_dates)}")
    parts += flag_notes(ev, comparison)
    return "; ".join(parts)


def _shared_note(words: tuple[str, ...]) -> str:
    return "shared words: " + ", ".join(f"“{w}”" for w in words[:8])


def flag_opposed(result: MeaningResult, opposed: tuple[str, str] | None) -> None:
    """``result`` flagged :data:`~.opposites.OPPOSITE` when ``opposed`` (the quote's word and
    the passage's its opposite, :func:`~.opposites.opposite_words`), and the pair the
    alignment made of the quote's word ("endorsed/opposed", or "endorsed/adjourned" where it
    paired it with another) taken out of the shared words, in the evidence and the reason:
    a word said the other way round is no word both share. The evidence shows the pair as
    ``opposite_words``, beside the flag."""
    if opposed is None or OPPOSITE in result.flags:
        return
    flag_opposite(result, opposed)
    ev = result.evidence
    if ev is None:
        return
    quote_word, passage_word = (w.casefold() for w in opposed)

    def paired(word: str) -> bool:
        quote, _, passage = word.partition("/")
        return quote.casefold() == quote_word or (passage or quote).casefold() == passage_word

    kept = tuple(w for w in ev.shared_words if not paired(w))
    result.evidence = replace(
        ev, shared_words=kept, opposite_words=(*ev.opposite_words, "/".join(opposed))
    )
    if kept != ev.shared_words and ev.shared_words:
        note = _shared_note(kept) if kept else ""
        result.reason = result.reason.replace(_shared_note(ev.shared_words), note, 1)
        result.reason = result.reason.replace("; ; ", "; ", 1)


def flag_notes(ev: Evidence, comparison: AnchorComparison) -> list[str]:
    """Each flag of a passage as a CHECK to make, in plain words."""
    checks = dict(comparison.checks)  # a tally reversed, another day (.factflags)
    return [checks.get(flag) or _FLAG_TEXT[flag](ev, comparison) for flag in comparison.flags]


def candidate_notes(
    signals: Signals, ev: Evidence, comparison: AnchorComparison
) -> tuple[list[str], list[str]]:
    """A rejected candidate's flags and their CHECKs, only when it may still be the passage
    quoted (:func:`~.verdict.maybe_the_passage`): the differences of an unrelated passage
    ("never" where the quote's invented sentence has none) would read as a finding. Roles
    read exchanged (``roles_note``: the quote's doer and undergoer both found there, the
    other way round, :mod:`.reversal`) are named whatever the share: the passage tells of
    the quote's two parties, and its words, the verb above all, may pair badly ("The
    postman bit the dog" / "Собака укусила почтальона")."""
    if not maybe_the_passage(signals):
        if ROLES not in comparison.flags or not comparison.roles_note:
            return [], []
        comparison = replace(comparison, flags=(ROLES,))
    return list(comparison.flags), flag_notes(ev, comparison)


def rejected_reason(
    place: str,
    similarity: float,
    passage: tuple[str, Span],
    why: str,
    notes: list[str] | None = None,
) -> str:
    """Why the best candidate ``passage`` (a text and its span there) is no rendering
    (``why``: from the decision rule), and
    where it differs checkably from the quote (``notes``, :func:`flag_notes`): a rendering
    whose meaning was changed ("four days" for "vierzehn Tagen") is often rejected, and the
    difference is what its reader must see."""
    reason = (
        f"no passage says this in other words; the best candidate ({place}, similarity "
        f"{similarity:g}) reads “{excerpt(passage[0], 80, passage[1].start, passage[1].end)}” "
        f"and {why}"
    )
    if not notes:
        return reason
    return f"{reason}; were that rejected passage the one quoted, it would differ: " + "; ".join(
        notes
    )


def _named(language: str | None) -> str:
    return LANGUAGE_NAMES.get(language or "", language or "an unknown language")


def _marked(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"“{w}”" for w in words)


def _both(quote: tuple[str, ...], passage: tuple[str, ...]) -> str:
    return f"{', '.join(quote) or 'none'} in the quote, {', '.join(passage) or 'none'} there"


def _negation_note(ev: Evidence) -> str:
    """A negation flag's CHECK: on one side only, or, when both sides negate as often, in
    another place (one negates what the other affirms: never "on one side only" beside "“not”
    in the quote, “not” there"), or, when both negate but not as often, in one clause only
    ("much to fear", "not being very large" / "not having much", "not much to fear")."""
    both = _both(_marked(ev.quote_negations), _marked(ev.passage_negations))
    if ev.quote_negations and len(ev.quote_negations) == len(ev.passage_negations):
        return f"CHECK: a negation in another place ({both}: one negates what the other affirms)"
    if ev.quote_negations and ev.passage_negations:  # both negate, a clause on one side only
        return f"CHECK: a negation in one clause only ({both}: one negates what the other affirms)"
    return f"CHECK: a negation on one side only ({both})"


NEAR_SPELLING = 0.6
"""A name and another whose keys are this similar (rapidfuzz's ratio, 0-1), under
:func:`~.anchors.same_name`'s 0.8, with the same first letter, are spelled alike."""


def near_spellings(names: tuple[str, ...], others: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pairs of a name and another spelled alike (:data:`NEAR_SPELLING`): "Rohan"/"Rouen",
    one cardinal in two translations (the Italian "Roano"), or two men. The ``name`` flag
    stays (a swap of two near names is a swap); its CHECK says so, the reader decides.

    >>> near_spellings(("Rohan", "Pietro"), ("Rouen", "Colonna"))
    [('Rohan', 'Rouen')]
    """
    keys = [(n, o, name_key(n), name_key(o)) for n in names for o in others]
    return [(n, o) for n, o, a, b in keys if a[:1] == b[:1] and min(len(a), len(b)) > 2
            and float(similarity_matrix((a,), (b,))[0, 0]) >= NEAR_SPELLING]  # fmt: skip


def _name_note(c: AnchorComparison) -> str:
    """The ``name`` flag's CHECK: the names differing, and the person nouns of two persons
    paired (:mod:`.otherpersons`: "sister" and "Mutter" are two people, not one rendered)."""
    notes = []
    if c.missing_names and not c.other_names:  # a kept name left out (.unnamedterms)
        notes.append(
            f"CHECK: names differ ({', '.join(c.missing_names)} not there, where it says the "
            "rest: it names none in its place)"
        )
    elif c.missing_names or not c.persons:
        notes.append(
            f"CHECK: names differ ({', '.join(c.missing_names)} not there; "
            f"it names {', '.join(c.other_names)})"
        )
    near = near_spellings(c.missing_names, c.other_names)
    if near:
        notes[-1] = notes[-1][:-1] + (
            "; "
            + "; ".join(f"{q} and {p} are spelled alike" for q, p in near)
            + ": one person spelled otherwise by the translator, or two? see the passage)"
        )
    if c.persons:
        pairs = "; ".join(f"“{q}” in the quote, “{p}” there" for q, p in c.persons)
        notes.append(f"CHECK: another person ({pairs}: two persons, not one rendered)")
    return "; ".join(notes)


_FLAG_TEXT = {
    "negation": lambda ev, c: _negation_note(ev),
    "number": lambda ev, c: (
        "CHECK: the numbers differ"
        if ev.quote_numbers and ev.passage_numbers
        else f"CHECK: a number on one side only ({_both(ev.quote_numbers, ev.passage_numbers)})"
    ),
    "date": lambda ev, c: "CHECK: the dates differ",
    "name": lambda ev, c: _name_note(c),
    "roles": lambda ev, c: (
        f"CHECK: {c.roles_note}"
        if c.roles_note
        else "CHECK: who does what to whom differs (the one acting there is acted upon in "
        "the quote, or another than the quote's)"
    ),
}


def nothing_reason(same: bool, language: str) -> str:
    """Why no passage was even a candidate."""
    if same:
        return "no passage shares the quote's content words"
    return (
        f"the text is in {language} and has no sentence vectors, and no name, number or date "
        "of the quote occurs in it"
    )
