"""Verbs of like meaning: a claim that says "gave" where its source says "presented" (issue 10).

Single-word vectors place a verb and its synonym no nearer than a word and another thing of
its kind: "gave" / "presented" 0.63, "left" / "departed" 0.62, "одобрила" / "утвердила" 0.62,
"пожертвовал" / "подарил" 0.57, but "sailing" / "rowing" 0.62 and "verkaufte" / "schenkte"
0.60. Under a strong pair (:data:`.verdict.STRONG_PAIR`) the meaning stage takes such a word
for another thing, since a confident wrong rendering is the worse failure (:mod:`.replaced`,
:mod:`.unsaid`), and a rendering by a plain synonym of its verb stayed ``not_found``.

This module knows the synonyms of the common verbs of a chronicle, a report or minutes (who
gave, bought, destroyed, saved, began, ended, left, said, asked, built, freed...) in English,
German and Russian: a small curated table (:data:`SYNONYMS`), each entry one *concept*, a
pattern of word forms per language, like the concepts of :data:`.opposites.OPPOSITES` (whose
concepts count here too: "resisted" / "opposed", "backed" / "supported" are one concept
there). Nouns are left out: their synonyms and the other things of their kind ("contest" /
"race", "farm" / "house") are not told apart by a short table.

- :func:`with_synonyms`: a content word of the quote without a counterpart is paired with a
  word of the passage that says the same concept and has none either (in any of the three
  languages), as :mod:`.persons` pairs a household's nouns;
- :func:`shared_concept`: whether a word the word matcher found replaced ("gave" for
  "presented") says the concept of the source's word (:mod:`.replaced`);
- :func:`other_verbs`: whether what the word matcher took for a spelling variant is another
  verb ("продал" / "подарил": sold, gave), a short quote's changed word (:mod:`.lookalike`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .kindred import with_kindred
from .opposites import OPPOSITES, word_pattern
from .persons import PAIRED
from .wordpairs import Alignment, WordPair, content_positions

LANGUAGES = ("en", "de", "ru")
"""The languages of the table."""
SYNONYMS: tuple[dict[str, str], ...] = (
    {"en": r"give|gives|gave|given|giving|donat(?:e|es|ed|ing)|presented|grant(?:s|ed|ing)?|"
           r"bestow(?:s|ed|ing)?|bequeath(?:s|ed)?",
     "de": r"gab|gaben|gibt|geben|gegeben|schenkte\w*|schenken|schenkt|geschenkt|"
           r"spendete\w*|spenden|spendet|gespendet|stiftete\w*|gestiftet|vermachte\w*|vermacht|"
           r"überreichte\w*|überreicht",
     "ru": r"дал|дала|дали|дать|подари\w*|дари\w*|пожертвова\w*|жертвова\w*|вручи\w*|"
           r"вруча\w*|переда[лв]\w*"},
    {"en": r"buy|buys|bought|buying|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)",
     "de": r"kaufte\w*|kaufen|kauft|gekauft|erwarb\w*|erwirbt|erworben|erwerben",
     "ru": r"купи\w*|куплен\w*|покупа\w*|приобре\w*"},
    {"en": r"sell|sells|sold|selling",
     "de": r"verkaufte\w*|verkaufen|verkauft",
     "ru": r"прода\w*"},
    {"en": r"destroy(?:s|ed|ing)?|demolish(?:es|ed|ing)?|wreck(?:s|ed|ing)?|ruin(?:s|ed)|"
           r"raz(?:e|es|ed)|devastat(?:e|es|ed|ing)",
     "de": r"zerstör\w*|vernicht\w*|verwüst\w*|abgerissen|niedergerissen",
     "ru": r"разруши\w*|разруша\w*|разрушен\w*|уничтож\w*|снесл[аио]|снес|снёс|сноси\w*"},
    {"en": r"sav(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)",
     "de": r"rettete\w*|retten|rettet|gerettet|barg|bargen|geborgen",
     "ru": r"спас|спасл[аио]|спасти|спаса(?:л|ла|ли|ет|ют)|спас[её]н\w*"},
    {"en": r"begin|begins|began|begun|start(?:s|ed)?|commenc(?:e|es|ed)|launch(?:es|ed)?",
     "de": r"begann\w*|beginn\w*|begonnen|startet\w*|gestartet",
     "ru": r"начал|начала|начали|начало|начать|начался|началась|начались|начина\w*|"
           r"стартова\w*"},
    {"en": r"end(?:s|ed)|finish(?:es|ed)?|conclud(?:e|es|ed)|complet(?:e|es|ed)",
     "de": r"beendet\w*|beende|beenden|endete\w*|abgeschlossen|vollendet\w*",
     "ru": r"законч\w*|заверши\w*|заверша\w*|окончи\w*|кончил\w*"},
    {"en": r"leave|leaves|left|leaving|depart(?:s|ed|ing)?|quit|quitted",
     "de": r"verließ\w*|verlässt|verlassen|abgereist|reist\w*\s+ab",
     "ru": r"покину\w*|покида\w*|остави\w*|оставля\w*|уехал\w*|выехал\w*|ушл[аи]|ушёл|ушел"},
    {"en": r"return(?:s|ed|ing)?|(?:came|come|comes|went|go|goes)\s+back",
     "de": r"kehrt\w*\s+zurück|zurückgekehrt|zurückkehr\w*",
     "ru": r"верну\w*|вернул\w*|возврати\w*|возвраща\w*"},
    {"en": r"sa(?:y|ys|id)|declar(?:e|es|ed)|announc(?:e|es|ed)|stated|proclaim(?:s|ed)?|"
           r"remark(?:s|ed)",
     "de": r"sagt\w*|gesagt|erklärt\w*|erklären|verkündet\w*|verkünden|angekündigt|"
           r"kündigt\w*\s+an",
     "ru": r"сказа\w*|заяви\w*|заявля\w*|объяви\w*|объявля\w*|провозгласи\w*"},
    {"en": r"ask(?:s|ed)?|request(?:s|ed)?",
     "de": r"bat|baten|bittet|gebeten|ersucht\w*",
     "ru": r"попроси\w*|проси\w*|просил\w*"},
    {"en": r"help(?:s|ed)?|assist(?:s|ed)?|aided",
     "de": r"half|halfen|hilft|helfen|geholfen",
     "ru": r"помог\w*|помога\w*"},
    {"en": r"build|builds|built|construct(?:s|ed)?|erect(?:s|ed)?",
     "de": r"baute\w*|gebaut|erbaut|errichte\w*",
     "ru": r"построи\w*|строил\w*|строить|соорудил\w*|возвел\w*|возвёл"},
    {"en": r"releas(?:e|es|ed)|freed|liberat(?:e|es|ed)",
     "de": r"befrei\w*|freigelassen|ließ\w*\s+frei",
     "ru": r"освободи\w*|освобожда\w*|отпусти\w*"},
    {"en": r"arrest(?:s|ed)?|detain(?:s|ed)?",
     "de": r"verhaftet\w*|verhaften|festgenommen|nahm\w*\s+\w+\s+fest",
     "ru": r"арестова\w*|задержа\w*"},
    {"en": r"attack(?:s|ed)?|assault(?:s|ed)?",
     "de": r"angegriffen|griff\w*\s+an|überfiel\w*|überfallen",
     "ru": r"атакова\w*|напал\w*|напада\w*"},
    {"en": r"send|sends|sent|dispatch(?:es|ed)?",
     "de": r"schickt\w*|geschickt|sandte\w*|gesandt|entsandt\w*",
     "ru": r"посла[лв]\w*|отправи\w*|присла[лв]\w*"},
    {"en": r"answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?",
     "de": r"antwortet\w*|geantwortet|erwidert\w*",
     "ru": r"ответи\w*|отвеча\w*"},
    {"en": r"promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?",
     "de": r"versprach\w*|versprochen|verspricht|gelobt\w*",
     "ru": r"обеща\w*|пообеща\w*"},
    {"en": r"appoint(?:s|ed)?|nominat(?:e|es|ed)",
     "de": r"ernannt\w*|ernennt|berief\w*|berufen",
     "ru": r"назначи\w*|назначен\w*|назнача\w*"},
    {"en": r"cur(?:e|es|ed)|heal(?:s|ed)?",
     "de": r"heilt\w*|geheilt|kuriert\w*",
     "ru": r"вылечи\w*|излечи\w*|исцели\w*"},
)  # fmt: skip
"""Concepts of common verbs, each a pattern of word forms per language (matched whole and
case-blind, as :data:`.opposites.OPPOSITES`' are): the words of one concept render each other.
General vocabulary of events and of speech, never a text's own words."""


@cache
def _concepts() -> tuple[dict[str, str], ...]:
    """The table's concepts and those of :data:`.opposites.OPPOSITES` (not its small words,
    compared only before the same words)."""
    opposed = [c for entry in OPPOSITES if not entry.tied for c in (entry.one, entry.other)]
    return (*SYNONYMS, *opposed)


@lru_cache(maxsize=1 << 12)
def _said(text: str, language: str) -> tuple[tuple[int, int, int], ...]:
    """Where ``text`` says a concept: (start, end, the concept's index). Remembered: a
    claim's quote is read again for each passage weighed, a passage for each reading of it
    (a scan per concept: 2% of the meaning stage's time on a 3.4 MB book; cost114)."""
    found: list[tuple[int, int, int]] = []
    for i, concept in enumerate(_concepts()):
        words = concept.get(language)
        if words:
            found += [(m.start(), m.end(), i) for m in word_pattern(words).finditer(text)]
    return tuple(found)


def shared_concept(word: str, language: str, other: str, other_language: str) -> bool:
    """Whether ``word`` and ``other`` (a word or a few) say one concept of the table.

    >>> shared_concept("gave", "en", "presented", "en"), shared_concept("left", "en",
    ...     "departed from", "en"), shared_concept("sold", "en", "gave", "en")
    (True, True, False)
    >>> shared_concept("resisted", "en", "opposed", "en")  # a concept of the opposites
    True
    """
    return concept_word(word, language, other, other_language) is not None


def concept_word(word: str, language: str, text: str, text_language: str) -> str | None:
    """The first word of ``text`` that says a concept ``word`` says, or None.

    >>> concept_word("erwarb", "de", "Im Mai kaufte die Witwe das Haus.", "de")
    'kaufte'
    """
    mine = {i for _, _, i in _said(word, language)}
    there = min(((s, e) for s, e, i in _said(text, text_language) if i in mine), default=None)
    return None if there is None else _first_word(text[there[0] : there[1]])


def other_verbs(word: str, other: str) -> bool:
    """Whether ``word`` and ``other`` say concepts of the table, none the same, in one of its
    languages: two verbs, not spelling variants of one ("продал" / "подарил": sold, gave).

    >>> other_verbs("продал", "подарил"), other_verbs("подарил", "подарила")
    (True, False)
    """
    for language in LANGUAGES:
        mine = {i for _, _, i in _said(word, language)}
        theirs = {i for _, _, i in _said(other, language)}
        if mine and theirs and not mine & theirs:
            return True
    return False


def with_synonyms(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with each content word of the quote that has no counterpart paired with
    the passage's first word of the same concept that has none either (see the module), then
    in English with a word of one WordNet sense (:mod:`.kindred`: "obliged" / "compelled").

    >>> a = with_synonyms(Alignment(3, ()), "Keller gave the house", "en",
    ...                   "Keller presented the house", "en")
    >>> [(p.quote, p.passage) for p in a.pairs]
    [('gave', 'presented')]
    """
    found = _with_concepts(alignment, quote, language, passage, passage_language)
    return with_kindred(found, quote, language, passage, passage_language)


def _with_concepts(
    alignment: Alignment, quote: str, language: str, passage: str, passage_language: str
) -> Alignment:
    """``alignment`` with the pairs of :data:`SYNONYMS`' concepts (:func:`with_synonyms`)."""
    paired = {p.quote_at for p in alignment.pairs}
    words = [(at, w) for at, w in content_positions(quote, language) if at not in paired]
    mine = _said(quote, language) if words else ()
    if not mine:
        return alignment
    taken = {p.passage_at for p in alignment.pairs}
    theirs = [
        (start, end, i) for start, end, i in _said(passage, passage_language)
        if not any(start <= at < end for at in taken)
    ]  # fmt: skip
    added: list[WordPair] = []
    for at, word in words:
        concepts = {i for start, end, i in mine if start <= at < end}
        there = next(((s, e) for s, e, i in theirs if i in concepts and s not in taken), None)
        if there is None:
            continue
        taken.add(there[0])
        added.append(WordPair(word, at, _first_word(passage[there[0] : there[1]]), there[0],
                              PAIRED))  # fmt: skip
    if not added:
        return alignment
    return alignment.with_pairs(added)


def _first_word(phrase: str) -> str:
    """The first word of a concept's words ("kehrte" of "kehrte zurück")."""
    return re.split(r"\s+", phrase.strip(), maxsplit=1)[0]
