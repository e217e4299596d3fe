"""What the word matcher's changed word changes: a name, a negation, an opposite (walk86).

The word matcher scores a quote by its words: one word changed in nine costs 12 points and
leaves it ``close``, whatever the word. Some words carry what the quote asserts, and a
person must not read "close" as "right, minor wording" when one of them differs:

- a preposition of absence on one side only (``negation``): "left Brest-Litovsk after
  signing the treaty" where the source has "without signing" (the word matcher counts
  "after", "before", "without" as function words; the meaning stage reads "without",
  "ohne", "без" as a negation of its noun, :data:`.negation.ABSENCE`, and so does this);
- another name in a name's place (``name``): a person ("Trotsky argued" / "Lenin argued"),
  a place ("взяла Ригу" / "взяла Двинск", "des Moskauer Sowjets" / "des Petrograder
  Sowjets") or a nation ("the Austrian army" / "the German army", "österreichische" /
  "deutsche": :data:`.closedsets.KINDS`' nations), never one name in two spellings
  ("Trotsky" / "Trotski", "Petrograd" / "Petersburg": :func:`.anchors.same_name`);
- the opposite of the source's word (``opposite``, :mod:`.opposites`);
- another technical name ("debian-devel" / "debian-bugs-dist", "--no-sign" / "--force-sign":
  ``name``, :mod:`.technames`), never a spelling variant.

Each is flagged, its pair named in the reason ("CHECK: ..."), and rated as a misquotation in
every report. A "spelling" variant is the same word spelled otherwise: two words that share
less than half their letters in place ("agreed" / "refused"), or are opposites, other names,
other members of a closed set or two words of the dictionary ("включить" / "исключить",
:mod:`.variants`), are a changed word, and the score counts them so.

The status stays ``close`` (for 8 words or more; a shorter quote is held to
:mod:`.lookalike`'s rule): it says how the words found the passage, as it does with a
``number`` or ``negation`` difference, and the flag says what differs. A ``partial`` would
send the claim to the meaning stage, where a rendering ranks above it and may not carry the
flag (the meaning stage reads no nation as a name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..facts.languages import negation_words, read_word_numbers
from ..facts.times import other_day_hour
from ..models import Difference, MatchResult
from ..normalize import WORD_RE, fold, tokenize
from ..texts.sentences import sentence_spans
from .align import MISMATCH, edit_share, similarity_matrix
from .anchors import german_names, name_key, same_name
from .antonyms import opposites
from .archaic import same_form
from .changedfacts import DATE, ROLES, changed_fact
from .changednames import changed_name
from .closedsets import kind_members, same_kind
from .contractions import contracted_alike
from .daychange import changed_day, day_note
from .demonyms import demonyms
from .differences import WORD_CHANGED, changed_wording, summary
from .exchangedphrases import exchange_note, exchanged_phrases
from .incontext import read_in_context, same_focus
from .namenote import names_note
from .negation import ABSENCE
from .openers import opening_starts
from .opposites import flag_opposite, opposite_change
from .ordinals import same_ordinals
from .outside import read_difference
from .quote import ParsedQuote
from .referents import names_the_referent
from .stems import STOPWORDS
from .swappedpronouns import swapped_pronouns
from .technames import changed_identifiers
from .timelimits import time_limit
from .variants import different_words

NAME = "name"
NEGATION = "negation"
NATIONS = "nations"
OTHER_WORD_SHARE = 0.5
"""A "spelling variant" with more than this share of its letters edited (of the longer
word's) is another word: "agreed" / "refused" 0.71, where "colour" / "color" is 0.17,
"Trotsky" / "Trotski" 0.14 and OCR damage ("tbe" / "the", "fome" / "some") 0.25-0.33."""
_CONTEXT = 200  # characters read around a source word to tell whether it is a name
_GERMAN_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][^\W\d_]+er\s+[A-ZÄÖÜ]")
"""German's adjective of a place, capitalized and not inflected, before its noun: "des
Moskauer Sowjets", "die Wiener Zeitung" (an article before it reads it as a common noun)."""


def judge_changed_words(
    result: MatchResult, parsed: ParsedQuote, text: str, language: str | None
) -> MatchResult:
    """A word matcher's ``close`` or ``partial`` ``result`` (of ``parsed`` in ``text``) with
    its changed words judged (see the module): retyped, flagged, noted in its reason, and
    ``word_changed`` when a content word of a ``close`` one is replaced by another."""
    if result.status not in ("close", "partial"):
        return result
    lang = language or "en"
    span = result.span  # its sentences: "before 1996" past the words found
    passage = (
        text[_sentence(text, span.start)[0] : _sentence(text, span.end - 1)[1]] if span else text
    )
    opposed = opposite_change(result.differences, language)  # "fell" for "rose"
    opposed = read_in_context(opposed, parsed.quote, passage, lang)  # "must not" / "need not"
    # "without" read where it stands: "stood without the city" is outside (.outside)
    read = [read_difference(d, parsed.quote, text, lang) for d in result.differences]
    differences = [replace(d, kind=_retyped(r, lang, opposite=d is opposed).kind)
                   for d, r in zip(result.differences, read, strict=True)]  # fmt: skip
    flags = list(result.flags)
    notes = []
    differences = _time_limits(differences, parsed.quote, (text, passage), lang, flags)
    differences = _negated_opposites(differences, lang, flags)
    absent = [d for d, old in zip(differences, result.differences, strict=True)
              if d.kind == NEGATION and old.kind != NEGATION]  # fmt: skip
    if absent and NEGATION not in flags:
        flags.append(NEGATION)
        said = f"it says “{absent[0].quote}” where the source says “{absent[0].source}”"
        notes.append(f"CHECK: {said}: a preposition of absence on one side only")
    named = next((d for d in differences if _names_differ(d, parsed.quote, text, lang)), None)
    differences, other = changed_identifiers(differences, parsed.quote, text, lang)
    named = named or other  # "--no-sign" / "--force-sign": another thing (.technames)
    if named is not None and NAME not in flags:
        flags.append(NAME)
        notes.append(names_note(named.quote, named.source))
    things = ((d, changed_name(d, parsed.quote, text, lang))  # .changednames: an opposite is one
              for d, old in zip(differences, result.differences, strict=True)
              if old is not opposed)  # fmt: skip
    thing = next(((d, what) for d, what in things if what is not None), None)
    if thing is not None and NAME not in flags:  # "contrib" / "main", "-L" / "-H"
        flags.append(NAME)
        notes.append(f"{names_note(thing[0].quote, thing[0].source)} ({thing[1]})")
    for fact in filter(None, (changed_fact(d, lang) for d in differences)):
        if fact[0] not in flags:  # another person, another day, another colour
            flags.append(fact[0])
            notes.append(fact[1])
    swap = swapped_pronouns(differences, lang)  # "I told him" / "he told me"
    phrases = exchanged_phrases(differences, text, result.span, lang)  # .exchangedphrases
    if swap is None and phrases is not None:
        swap = exchange_note(*phrases)
    if swap is not None and ROLES not in flags:
        flags.append(ROLES)
        notes.append(f"CHECK: {swap}")
    day = changed_day(differences, parsed.quote, text, lang)  # "15 March" / "14 March"
    if day is not None:  # a date that differs, not a figure (.daychange)
        flags = [f for f in flags if f != "number"] + ([] if DATE in flags else [DATE])
        notes.append(day_note(day))
    hour = other_day_hour(parsed.quote, lang, passage, lang) if differences else None
    if hour is not None and DATE not in flags:  # "6 a.m." / "6 p.m.": "a" / "p" changed
        flags.append(DATE)
        notes.append(f"CHECK: it says “{hour[0]}” where the source says “{hour[1]}”: another "
                     "time of day")  # fmt: skip
    asked = [replace(r, kind=d.kind) for d, r in zip(differences, read, strict=True)
             if not names_the_referent(d, text, lang)  # .referents
             and not same_focus(d, parsed.quote, text, lang)]  # "not just": .incontext  # fmt: skip
    if result.status == "close" and WORD_CHANGED not in flags and changed_wording(asked, language):
        flags.append(WORD_CHANGED)  # "agrees" for "declines": a person must look
    reason = result.reason.replace(summary(result.differences), summary(differences), 1)
    judged = replace(
        result,
        differences=differences,
        flags=flags,
        reason="; ".join([reason, *notes]),
        score=_rescored(result, differences, len(parsed.words)),
    )
    return flag_opposite(judged, None if opposed is None else (opposed.quote, opposed.source))


def _retyped(d: Difference, language: str, *, opposite: bool) -> Difference:
    """``d`` as the change it is: a preposition of absence on one side only is a negation
    (also as a "spelling variant": "with" / "without"),
    a "spelling variant" that is another word (or its ``opposite``) is a changed word."""
    if d.kind in ("changed", "extra", "missing", "spelling") and _absence(
        d.quote, language
    ) != _absence(d.source, language):
        return replace(d, kind=NEGATION)
    if d.kind == "spelling" and (opposite or _other_word(d, language)):
        return replace(d, kind="changed")
    return d


def _time_limits(
    differences: list[Difference], quote: str, texts: tuple[str, str], language: str,
    flags: list[str],
) -> list[Difference]:  # fmt: skip
    """``differences`` with a negation that sets a time's limit against the other side's
    "only" (:mod:`.timelimits`: "did not return until March" / "only returned in March")
    retyped as changed words; ``flags`` without ``negation`` when no other remains. A
    negation on one side only has no span on the other: that side's sentence is the
    quote, or the passage (``texts``: the text and the passage found)."""
    kept, retyped = [], False
    text, passage = texts
    for d in differences:
        if d.kind == NEGATION and (d.quote_span is not None or d.source_span is not None):
            q_span, s_span = d.quote_span, d.source_span
            mine = quote[slice(*_sentence(quote, q_span.start))] if q_span else quote
            theirs = text[slice(*_sentence(text, s_span.start))] if s_span else passage
            negated = _negations(d.quote, language) > _negations(d.source, language)
            pair = (mine, theirs) if negated else (theirs, mine)
            if time_limit(*pair, language):
                d, retyped = replace(d, kind="changed"), True
        kept.append(d)
    if retyped and NEGATION in flags and not any(d.kind == NEGATION for d in kept):
        flags.remove(NEGATION)
    return kept


def _negated_opposites(
    differences: list[Difference], language: str, flags: list[str]
) -> list[Difference]:
    """``differences`` with a negation whose verb the other side renders by its opposite ("did
    not remember" / "forgot": the same statement, fresh106) retyped as a changed word; ``flags``
    without ``negation`` when no other remains. English, by WordNet (:func:`.opposites`)."""
    if language != "en":
        return differences
    negations = negation_words(language)
    kept, retyped = [], False
    for d in differences:
        if d.kind == NEGATION and d.quote and d.source:
            said = tokenize(d.quote).words, tokenize(d.source).words
            mine, theirs = ([w for w in side if w not in negations] for side in said)
            explicit = len(mine) < len(said[0]) or len(theirs) < len(said[1])  # not "impossible"
            if explicit and any(opposites(a, b) for a in mine for b in theirs):
                d, retyped = replace(d, kind="changed"), True
        kept.append(d)
    if retyped and NEGATION in flags and not any(d.kind == NEGATION for d in kept):
        flags.remove(NEGATION)
    return kept


def _negations(words: str, language: str) -> int:
    negations = negation_words(language)
    return sum(w in negations for w in tokenize(words).words)


def _absence(words: str, language: str) -> int:
    absence = ABSENCE.get(language, frozenset())
    return sum(m.group().casefold() in absence for m in WORD_RE.finditer(words))


def _other_word(d: Difference, language: str) -> bool:
    """Whether a spelling difference's two words are two words (see the module)."""
    q, s = d.quote.strip(), d.source.strip()
    if not q or not s or fold(q) == fold(s) or _numbers(q + " " + s, language):
        return False  # a number in words and in figures: "thirty-two" / "32"
    if language == "en" and (same_form(fold(q), fold(s)) or contracted_alike(q, s)):
        return False  # an older form: "hath" / "has" (.archaic); "will not" / "won't"
    if same_ordinals(q, s, language):
        return False  # a regnal number in words and in numerals: "the Second" / "II"
    if same_kind(q, s) is not None:
        return True  # two nations spelled alike are two: "Australian" / "Austrian"
    if _named(q) and _named(s) and same_name(name_key(q), name_key(s)):
        return False  # one name's transliterations: "Trotsky" / "Trotski"
    if different_words(q, s, language):
        return True  # two words of the dictionary: "включить" / "исключить" (.variants)
    return edit_share(fold(q), fold(s)) > OTHER_WORD_SHARE


def _numbers(words: str, language: str) -> bool:
    """Whether ``words`` has a figure or a number word (a spelling difference's numbers are
    equal: "thirty-two" / "32")."""
    return any(c.isdigit() for c in words) or bool(
        read_word_numbers(tokenize(words).words, language)
    )


def _named(word: str) -> bool:
    return word[:1].isupper()


def _rescored(result: MatchResult, differences: list[Difference], words: int) -> float:
    """The score with each variant retyped as another word costing what another word costs
    in the alignment (it cost what a spelling variant does)."""
    extra = 0.0
    for old, new in zip(result.differences, differences, strict=True):
        if old.kind == "spelling" and new.kind != "spelling":
            variant = float(similarity_matrix((fold(old.quote),), (fold(old.source),))[0, 0])
            extra += MISMATCH - (1.0 - variant)
    if not extra:
        return result.score
    return round(max(0.0, result.score - 100.0 * extra / max(words, 1)), 1)


def _names_differ(d: Difference, quote: str, text: str, language: str) -> bool:
    """Whether a changed word ``d`` puts another name (a person, a place, a nation) in the
    place of the source's name."""
    if d.kind != "changed" or d.quote_span is None or d.source_span is None:
        return False
    q, s = d.quote.strip(), d.source.strip()
    if len(WORD_RE.findall(q)) != 1 or len(WORD_RE.findall(s)) != 1:
        return False
    if same_kind(q, s) == NATIONS:
        return True  # "Austrian" / "German", "österreichische" / "deutsche"
    if not (_named(q) and _named(s)) or same_name(name_key(q), name_key(s)):
        return False
    if _demonym(quote, d.quote_span.start, language) and _demonym(
        text, d.source_span.start, language
    ):
        return True  # "the Latvian army" / "the Estonian army"
    return _name_at(text, d.source_span.start, s, language, whole=True) and _name_at(
        quote, d.quote_span.start, q, language, whole=False
    )


def _demonym(text: str, at: int, language: str) -> bool:
    lo = max(0, at - 40)
    words = [(m.group(), m.start() + lo) for m in WORD_RE.finditer(text[lo : at + 60])]
    return at in demonyms(words, language)


def _name_at(text: str, at: int, word: str, language: str, *, whole: bool) -> bool:
    """Whether ``word`` at ``at`` of ``text`` reads as a name: capitalized where its
    language writes other words in lower case, no function word and no member of a closed
    set (a month, a weekday); German: no noun after its article (:func:`.anchors.german_names`)
    unless an adjective of a place. A word opening its sentence is a name when the text
    never prints it in lower case (``whole``: the source; a quote is too short to tell, and
    its word stands in the place of the source's name)."""
    folded = fold(word)
    if folded in STOPWORDS.get(language, frozenset()) or len(folded) < 2:
        return False
    if any(kind != NATIONS for kind, _ in kind_members(word)):
        return False  # "Monday" / "Tuesday": another day, not another name (word_changed)
    start, end = _sentence(text, at)
    if language == "de":
        return bool(
            _GERMAN_PLACE_ADJECTIVE.match(text, at) or german_names(text[start:end], (word,))
        )
    sentence = text[start:end]  # read alone: opening_starts reads its text's sentences
    words = [(m.group(), m.start()) for m in WORD_RE.finditer(sentence)]
    if at - start not in opening_starts(sentence, words):
        return True
    return not whole or not _printed_lower(text, word.lower())


_LETTER = re.compile(r"[^\W\d_]")


def _printed_lower(text: str, lower: str) -> bool:
    """Whether ``text`` prints ``lower`` as a word (no letter on either side): ``str.find``
    over the text (a 3 MB book when the word is rare), then each hit's neighbours, instead of
    a regular expression's lookbehind tried at every offset."""
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if not (at and _LETTER.match(text, at - 1)) and not _LETTER.match(text, end):
            return True
        at = text.find(lower, at + 1)
    return False


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` holding offset ``at`` (read within a few hundred
    characters)."""
    lo, hi = max(0, at - _CONTEXT), min(len(text), at + _CONTEXT)
    for start, end in sentence_spans(text, lo, hi):
        if start <= at < end:
            return start, end
    return lo, hi
