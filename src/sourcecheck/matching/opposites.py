"""Opposite words: a claim that says "supported" where its source says "opposed" (issue 10).

The sentence vectors place a sentence and its opposite side by side ("Only Councillor Brandt
supported the proposal" is 0.94 from "... opposed the proposal"), and single-word vectors
pair an opposite as readily as a synonym ("accepted" / "rejected" 0.64, "increase" /
"decrease" 0.66): neither can tell a rendering from its contrary. This module can, for the
words of a small curated table (:data:`OPPOSITES`), in English, German and Russian: each entry
is two *concepts*, each a pattern of word forms per language (synonyms together, so that a
rendering by a synonym of the quote's word is no opposite: "rose" / "increased").

A quote and a passage say opposite things (:func:`opposite_words`) when the quote says one
concept and not the other, and the passage the other and not the first. Not when one side
only has an explicit negation ("did not support" is "opposed"; the negation check reads
those, :mod:`.negation`). Prepositions and conjunctions ("before" / "after", "for" /
"against") are compared only in the same language and followed by the same two words
("before the storm" / "after the storm"): alone they occur everywhere.

:func:`opposite_change` reads the word matcher's differences ("changed “fell” → “rose”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..models import Difference, MatchResult
from ..normalize import fold
from .antonyms import antonym_words
from .crossantonyms import translated_opposite
from .crossidentity import DIFFERENT, SAME, crossed_identity
from .crossquantities import crossed_quantity
from .crossties import crossed_tie
from .dictantonyms import LANGUAGES as TRANSLATED
from .dictantonyms import opposed_in, translated_antonyms
from .needconditions import ALWAYS, IF_NEEDED
from .negation import clause_of, clause_spans, read_negations
from .obligations import MAY, MUST, obligation_agrees, obligation_opposite
from .oppositeconcepts import FINDINGS, Opposites, turned_verb
from .outside import as_printed, place_reading
from .polarwords import ADDING, AGAINST, NEEDS_AND_HONOUR, POLAR_WORDS, WELCOMING, with_forms
from .quantities import quantity_words
from .sameness import sameness_varied
from .separable import joined_verbs
from .stems import content_words
from .timebounds import opposed_bounds
from .wordpairs import Alignment

OPPOSITE = "opposite"
"""The flag of a result whose passage says the opposite of a word of the claim."""


IDENTITY = Opposites(SAME, DIFFERENT, tied=True)  # "the same version" / "a different" (walk110)
"""Identity words: "the same X" / "a different X" (tied in one language; across
languages tied through the alignment, :mod:`.crossidentity`)."""
OBLIGATION = Opposites(MUST, MAY, tied=True, across="near")  # "must" / "may" (scalar111)
"""Obligation against permission; negated both ways, :mod:`.obligations` reads them."""

OPPOSITES: tuple[Opposites, ...] = (
    Opposites(
        {"en": r"support(?:s|ed|ing|ers?)?|backed|backing|endors(?:e|es|ed|ing)|favou?red|"
               r"(?:vot(?:e|es|ed|ing)|spoke|was|were)\s+(?:for|in\s+favou?r\s+of)",
         "de": r"unterstütz\w*|befürwort\w*|(?:war|waren|ist|sind|stimmt\w*)\s+dafür|"
               r"stimmt\w*\s+für",
         "ru": r"поддерж\w*|поддрж\w*|(?:выступ|высказа|голосова|проголосова)\w*\s+за"},
        with_forms({
         "en": r"oppos(?:e|es|ed|ing|ition)|resist(?:s|ed|ing)?|objected|"
               r"(?:was|were|voted|spoke)\s+against",
         "de": r"widersetz\w*|widersprach\w*|widerspr[io]ch\w*|bekämpf\w*|"
               r"(?:war|waren|ist|sind|wäre|wären|stimmt\w*)\s+dagegen|stimmt\w*\s+gegen",
         "ru": r"возраж\w*|возрази\w*|воспротив\w*|"
               r"(?:выступ|высказа|голосова|проголосова|был)\w*\s+против"}, AGAINST),
    ),
    Opposites(  # and welcoming, being against, adding (.polarwords)
        with_forms({
         "en": r"accept(?:s|ed|ing|ance)?|approv(?:e|es|ed|ing|al)|agree(?:s|d|ing|ment)?|"
               r"consent(?:s|ed|ing)?|adopt(?:s|ed|ing)?|ratif(?:y|ies|ied|ying|ication)|"
               r"pass(?:es|ed)",
         "de": r"akzeptier\w*|angenommen|annahm\w*|annehm\w*|billigt\w*|gebilligt|genehmig\w*|"
               r"zustimm\w*|zugestimmt|einverstanden|willigt\w*|eingewilligt|ratifiz\w*|verabschiedet\w*",
         "ru": r"принял\w*|принят\w*|приня[лт]\w*|одобр\w*|соглас\w*|утверди\w*|"
               r"утвержд[её]н\w*|ратифицир\w*"}, WELCOMING),
        {"en": r"reject(?:s|ed|ing|ion)?|refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing)|"
               r"veto(?:es|ed)?",
         "de": r"ablehn\w*|abgelehnt|lehnt\w*|verwarf\w*|verworfen|weiger\w*|verweiger\w*",
         "ru": r"отклон\w*|отверг\w*|отказ\w*"},
    ),
    Opposites(
        {"en": r"win|wins|won|winning|winners?|victor(?:y|ies|ious)",
         "de": r"gewann\w*|gewinn\w*|gewonnen|siegt\w*|gesiegt|sieg|sieger\w*",
         "ru": r"победи\w*|побед[аыу]\w*|выигра\w*|выигр\w*"},
        {"en": r"lose|loses|lost|losing|losers?",
         "de": r"verlor\w*|verlier\w*",
         "ru": r"проигра\w*|проигр\w*|поражени\w*"},
    ),
    Opposites(
        {"en": r"rise|rises|rose|risen|rising|increas(?:e|es|ed|ing)|grew|grow|grows|grown|"
               r"climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|rais(?:e|es|ed|ing)|expand(?:s|ed|ing)?|"
               r"expansion|doubl(?:es|ed|ing)|(?:will|would|to|could|may|might|can)\s+double",
         "de": r"stieg\w*|steig\w*|gestiegen|wuchs|wächst|gewachsen|erhöh\w*|zunahm\w*|"
               r"zugenommen|anstieg\w*|anheb\w*|angehoben|anhob\w*|erweiter\w*|ausgeweitet|"
               r"ausweit\w*|verdoppel\w*|vergrößer\w*",
         "ru": r"вырос\w*|вырас\w*|вырос|рост[ау]?|повыси\w*|повыш\w*|увелич\w*|поднял\w*|"
               r"подним\w*|расшир\w*|удво\w*|удваива\w*"},
        {"en": r"fall|falls|fell|fallen|falling|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
               r"declin(?:e|es|ed|ing)|shr[iau]nk(?:s|ing)?|sank|sink(?:s|ing)?|"
               r"lower(?:s|ed|ing)|reduc(?:e|es|ed|ing|tion)|halv(?:e|es|ed|ing)",
         "de": r"fiel|fielen|fällt|sank\w*|sink\w*|gesunken|senkt\w*|gesenkt|verringer\w*|"
               r"abnahm\w*|abgenommen|rückgang\w*|reduzier\w*|verminder\w*|halbier\w*",
         "ru": r"упа[лд]\w*|падени\w*|снизи\w*|сниж\w*|уменьш\w*|сократи\w*|сокращ\w*|"
               r"пониз\w*|пониж\w*"},
    ),
    Opposites(
        {"en": r"prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?",
         "de": r"lobt\w*|gelobt|lob|lobe",
         "ru": r"похвал\w*|хвали\w*"},
        {"en": r"criticis\w*|criticiz\w*|blam(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|censur\w*",
         "de": r"kritisier\w*|tadel\w*|getadelt",
         "ru": r"критик\w*|раскритик\w*|осуди\w*|осужд\w*"},
    ),
    Opposites(
        {"en": r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?",
         "de": r"erlaub\w*|gestatt\w*",
         "ru": r"разреш\w*|позвол\w*"},
        {"en": r"forbid(?:s|ding)?|forbade|forbidden|prohibit(?:s|ed|ing)?|banned",
         "de": r"verbot\w*|verbiet\w*|untersag\w*",
         "ru": r"запрет\w*|запрещ\w*"},
    ),
    Opposites(
        {"en": r"surviv(?:e|es|ed|ing|ors?)|live|lived|alive",  # not "lives": "lost their lives"
         "de": r"überleb\w*|lebte|lebten|gelebt|(?:am|beim)\s+leben|lebendig\w*",
         "ru": r"выжил\w*|выжив\w*|уцеле\w*|жил[аио]?|жив[аоы]?|живой|живым|живого|живут|жив[её]т"},
        {"en": r"die|died|dies|perish(?:ed|es)?|killed",
         "de": r"starb\w*|gestorben|getötet|umgekommen|kam\w* um",
         "ru": r"погиб\w*|умер\w*|убит\w*|убил\w*"},
    ),
    Opposites(
        {"en": r"succeed(?:s|ed|ing)?|success(?:ful|fully)?",
         "de": r"gelang\w*|gelungen|erfolgreich\w*",
         "ru": r"удалось|успешн\w*"},
        {"en": r"fail(?:s|ed|ing|ure)?",
         "de": r"scheitert\w*|gescheitert|misslang\w*|misslungen",
         "ru": r"провал\w*|не удалось"},
    ),
    Opposites(
        {"en": r"arriv(?:e|es|ed|ing|al)", "de": r"ankam\w*|angekommen|ankunft|eintraf\w*",
         "ru": r"прибы[лвт]\w*|приехал\w*|прибыти\w*"},
        {"en": r"depart(?:s|ed|ing|ure)", "de": r"abreis\w*|abgereist|abfahrt|abfuhr\w*",
         "ru": r"уехал\w*|отбыл\w*|отъезд\w*|отбыти\w*"},
    ),
    Opposites(  # what a list, a system or a file gets or loses (walk111: "install" / "remove")
        with_forms({
         "en": r"install(?:s|ed|ing|ation)?|includ(?:e|es|ed|ing)|insert(?:s|ed|ing)?",
         "de": r"installier\w*|einzuschlie(?:ß|ss)en|einschlie(?:ß|ss)(?:en|t|e)|"
               r"eingeschlossen|einbezieh\w*|einbezogen|einfüg\w*|eingefügt",
         "ru": r"установи(?:ть|л\w*|т|те)|устанавлива\w*|установк\w*|включ\w*|встав\w*"}, ADDING),
        {"en": r"uninstall(?:s|ed|ing|ation)?|remov(?:e|es|ed|ing|al)|exclud(?:e|es|ed|ing)|"
               r"delet(?:e|es|ed|ing)",
         "de": r"deinstallier\w*|entfern\w*|auszuschlie(?:ß|ss)en|ausschlie(?:ß|ss)(?:en|t|e)|"
               r"ausgeschlossen|lösch\w*|gelöscht",
         "ru": r"удал(?:ить|ит|ите|и|ил[аио]?|ят|яет|яют|ял[аио]?|яя|ени[еяюи]|ением|ён|ен[аоы]?)|"
               r"исключ(?:ить|ит|ил[аио]?|ат|ает|ают|ал[аио]?|ая|ён|ен[аоы]?)|выключ\w*"},
        # not "удалённый" (remote), "за исключением" (except), "ausschließlich" (only)
    ),
    Opposites(
        {"en": r"guilty", "de": r"schuldig", "ru": r"виновн\w*"},
        {"en": r"innocent|acquitt(?:ed|al)", "de": r"unschuldig|freigesprochen",
         "ru": r"невиновн\w*|оправда[лн]\w*"},
    ),
    Opposites(  # and earlier / later in time (scalar111)
        {"en": r"early|earlier|sooner|beforehand",
         "de": r"früh|frühe[mnrs]?|frühzeitig\w*|früher|vorher|zuvor",
         "ru": r"рано|ранн\w*|раньше|ранее"},
        {"en": r"late|later|afterwards", "de": r"spät|späte[mnrs]?|spätabends|später|nachher",
         "ru": r"поздно|поздн\w*|позже"},
    ),
    Opposites(  # degree: overstate / understate (scalar111)
        {"en": r"overstat\w*|exaggerat\w*|overestimat\w*",
         "de": r"übertreib\w*|übertrieb\w*|überschätz\w*|überbewert\w*",
         "ru": r"преувелич\w*|переоцен\w*"},
        {"en": r"understat\w*|underestimat\w*|downplay\w*",
         "de": r"untertreib\w*|untertrieb\w*|unterschätz\w*|herunterspiel\w*|heruntergespielt",
         "ru": r"преуменьш\w*|приуменьш\w*|недооцен\w*"},
    ),
    *NEEDS_AND_HONOUR,  # hungry / fed, honourable / shameful (.polarwords)
    Opposites(
        {"en": r"before", "de": r"bevor|vor", "ru": r"перед|до|прежде"},
        {"en": r"after", "de": r"nachdem|nach", "ru": r"после"},
        tied=True, across="after",
    ),
    Opposites(  # order: "came first" / "kam zuletzt" (scalar111)
        {"en": r"first|firstly", "de": r"zuerst|erste[mnrs]?|anfangs",
         "ru": r"сначала|сперва|перв(?:ый|ая|ое|ые|ым|ой|ого|ому|ую|ых|ыми)"},
        {"en": r"last|lastly|finally", "de": r"zuletzt|letzte[mnrs]?|schließlich",
         "ru": r"последн\w*|наконец"},
        tied=True, across="near",
    ),
    OBLIGATION,
    Opposites(
        {"en": r"small|smaller|smallest|little", "de": r"klein\w*", "ru": r"мал\w*|небольш\w*"},
        {"en": r"large|larger|largest|big|bigger|biggest|great", "de": r"gro(?:ß|ss)\w*|größ\w*",
         "ru": r"больш\w*|крупн\w*"},
        tied=True,
    ),
    IDENTITY,
    Opposites(ALWAYS, IF_NEEDED),  # "always" / "if necessary" (.needconditions)
    *FINDINGS,  # "contradict" / "согласуются", "convicted" / "оправдал" (.oppositeconcepts)
    *POLAR_WORDS,  # "pleased" / "недоволен", "full" / "shortened"
    Opposites(
        {"en": r"for", "de": r"für", "ru": r"за"},
        {"en": r"against", "de": r"gegen", "ru": r"против"},
        tied=True,
    ),
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")


@cache
def word_pattern(words: str) -> re.Pattern[str]:
    """``words`` (a pattern of word forms) matched whole and case-blind."""
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def _said(
    concept: dict[str, str], language: str, text: str, *, joined: bool = False
) -> list[re.Match[str]]:
    """Where ``text`` (in ``language``) says a word of ``concept``; ``joined``: a German verb
    read with its separated particle too ("nahm ... an": "annahm", :mod:`.separable`; the
    match is then of the joined word)."""
    words = concept.get(language)
    if not words:
        return []
    said = list(word_pattern(words).finditer(text))
    if joined and language == "de":
        said += [m for verb in joined_verbs(text) if (m := word_pattern(words).fullmatch(verb))]
    return said


@cache
def _table_words(language: str) -> re.Pattern[str] | None:
    words = [c[language] for e in OPPOSITES for c in (e.one, e.other) if language in c]
    return word_pattern("|".join(words)) if words else None


def _said_on_both(quote: str, passage: str) -> frozenset[str]:
    """The words (lower case) of two English texts that say a concept of the table both
    say ("rose" / "increased"): rendered, though WordNet files them apart."""
    if not (_says_any("en", quote) and _says_any("en", passage)):
        return frozenset()
    words: set[str] = set()
    for entry in OPPOSITES:
        for concept in (entry.one, entry.other):
            mine, theirs = _said(concept, "en", quote), _said(concept, "en", passage)
            if mine and theirs and not entry.tied:
                words.update(m.group().casefold() for m in (*mine, *theirs))
    return frozenset(words)


def _says_any(language: str, text: str) -> bool:
    """Whether ``text`` has a word of any concept of :data:`OPPOSITES` (a German verb with
    its separated particle too): one search for all of them."""
    pattern = _table_words(language)
    if pattern is None:
        return False
    if pattern.search(text):
        return True
    return language == "de" and any(pattern.fullmatch(v) for v in joined_verbs(text))


def _next_words(text: str, at: int) -> list[str]:
    return [fold(w) for w in _WORD.findall(text, at)[:2]]


def _negated(text: str, language: str, word: str | None = None) -> bool:
    """Whether ``text`` has an explicit negation word ("not", "nicht", "не"), read as the
    negation check reads it (:func:`.negation.read_negations`: "nothing but", "not only" are
    none); a preposition of absence ("without") does not count here. With ``word``, only in
    the clause that says it (its first whole occurrence; anywhere when not found as
    written)."""
    negations = read_negations(text, language)
    explicit = [at for at, _ in negations.explicit if at not in negations.absence]
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) if explicit and word else None
    if m is None:
        return bool(explicit)
    clauses = clause_spans(text)
    return any(clause_of(clauses, at) == clause_of(clauses, m.start()) for at in explicit)


def _count(text: str, language: str) -> int:
    """How many explicit negation words ``text`` has, as the negation check reads them (no
    preposition of absence)."""
    negations = read_negations(text, language)
    return sum(at not in negations.absence for at, _ in negations.explicit)


def _governed(text: str, language: str, word: str) -> bool:
    """Whether an explicit negation of ``text`` negates ``word`` itself (its first whole
    occurrence): the word right after the negation, past its verb's auxiliaries ("will not
    accept"), or the word it negates (:func:`.negation.read_negations`)."""
    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    negations = read_negations(text, language)
    return m is not None and any(
        m.start() in (negations.negated[k], negations.targets[k])
        for k, (at, _) in enumerate(negations.explicit)
        if at not in negations.absence
    )


def _turned(quote: str, quote_language: str, passage: str, passage_language: str,
            found: tuple[str, str]) -> bool:  # fmt: skip
    """Whether a negation on one side only may turn the opposite ``found`` round ("did not
    support" is "opposed"; the negation check reads that): one side has a negation and the
    other none, both in all and in the clauses of the two words. A negation of another
    clause does not ("Зимой не хватало хлеба, и купцы поднимали цены": raised all the same),
    nor one on each side ("it never occurred to him that he was weakening"), unless one side
    negates once more, the very word ("will not accept mail from hosts that are not
    configured" / "refuses mail from hosts that are not configured"); "kein niedrigeres
    Fährgeld" / "nor shall a higher toll" negate once each, their opposites stand."""
    if _negated(quote, quote_language) == _negated(passage, passage_language):
        counts = _count(quote, quote_language), _count(passage, passage_language)
        here = _governed(quote, quote_language, found[0])
        return counts[0] != counts[1] and here != _governed(passage, passage_language, found[1])
    here = _negated(quote, quote_language, found[0])
    return here != _negated(passage, passage_language, found[1])


def opposite_words(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment | None = None,
) -> tuple[str, str] | None:
    """The first (quote word, passage word) of :data:`OPPOSITES` that the two say against
    each other (its tied words across languages through the ``alignment``'s counterparts,
    :mod:`.crossties`), or else of quantity words in one language ("more" / "less",
    :mod:`.quantities`; across languages :mod:`.crossquantities`) or of WordNet's antonyms
    between two English texts (:mod:`.antonyms`), or between English and another language
    through a dictionary (:mod:`.crossantonyms`; among the words the two's ``alignment``
    leaves unpaired, when given), or None.

    >>> opposite_words("Only Brandt supported the plan.", "en", "Only Brandt opposed it.", "en")
    ('supported', 'opposed')
    >>> opposite_words("Nur Brandt unterstützte den Plan.", "de", "Only Brandt opposed it.", "en")
    ('unterstützte', 'opposed')
    >>> print(opposite_words("Brandt did not support it.", "en", "Brandt opposed it.", "en"))
    None
    >>> opposite_words("They left before the storm.", "en", "They left after the storm.", "en")
    ('before', 'after')
    >>> print(opposite_words("They left before the storm.", "en", "After dinner they left "
    ...                      "before the storm.", "en"))
    None
    """
    read = place_reading(quote, quote_language), place_reading(passage, passage_language)
    if read != (quote, passage):  # "without" of place is "outside", "within" "inside"
        found = opposite_words(read[0], quote_language, read[1], passage_language, alignment)
        return None if found is None else as_printed(found, (quote, passage), read)
    found = obligation_opposite(quote, quote_language, passage, passage_language) or (
        opposed_bounds(quote, quote_language, passage, passage_language)
    )  # "must not" / "need not" (.obligations), "before 1925" / "erst 1925" (.timebounds)
    if found is not None:
        return found
    agree = obligation_agrees(quote, quote_language, passage, passage_language)  # "must not"
    entries = tuple(e for e in OPPOSITES if not (agree and e is OBLIGATION))  # / "darf nicht"
    same = quote_language == passage_language  # quantity words (.quantities)
    general = same and quote_language == "en"  # WordNet's antonyms (.antonyms)
    across = not same and "en" in (quote_language, passage_language)  # .crossantonyms
    table = _says_any(quote_language, quote) and _says_any(passage_language, passage)
    found = (
        _table_opposite(quote, quote_language, passage, passage_language, entries)
        if table
        else None
    )
    if found is None and table and not same and alignment is not None:  # "after" / "bevor"
        ties = tuple((e.one, e.other, e.across) for e in entries if e.tied and e.across)
        found = crossed_tie(quote, quote_language, passage, passage_language, alignment,
                            ties, _said)  # fmt: skip
    if found is None and general:
        found = antonym_words(quote, passage, _said_on_both(quote, passage))
    if found is None and across:  # WordNet's through a dictionary
        found = translated_opposite(quote, quote_language, passage, passage_language, alignment)
    if found is None and same and quote_language in TRANSLATED:  # "länger" / "kürzer"
        found = translated_antonyms(quote, passage, quote_language)
    if found is not None and not _turned(quote, quote_language, passage, passage_language, found):
        return found  # not "did not support" / "opposed": the negation check reads that
    # a quantity word is read with the negations of its own clause (.quantities)
    if not same:  # "much to fear" / "wenig zu fürchten" (.crossquantities), "same" / "andere";
        # German and Russian alike ("selten" / "часто"), with no English side to translate
        concepts = (IDENTITY.one, IDENTITY.other)
        found = crossed_quantity(
            quote, quote_language, passage, passage_language, alignment
        ) or crossed_identity(quote, quote_language, passage, passage_language, alignment, concepts)
    else:
        found = quantity_words(quote, passage, quote_language)
    return found or sameness_varied(quote, quote_language, passage, passage_language, alignment)


def _table_opposite(
    quote: str, quote_language: str, passage: str, passage_language: str,
    entries: Sequence[Opposites] = OPPOSITES,
) -> tuple[str, str] | None:  # fmt: skip
    """The first (quote word, passage word) of ``entries`` the two say against each other
    (:func:`opposite_words` before its negation check)."""
    same = quote_language == passage_language
    for entry in entries:
        if entry.tied and not same:
            continue
        joined = not entry.tied  # (a tied word's next words are read where it stands)
        for mine, theirs in ((entry.one, entry.other), (entry.other, entry.one)):
            said = _said(mine, quote_language, quote, joined=joined)
            if not said or _said(theirs, quote_language, quote, joined=joined):
                continue
            if also := _said(mine, passage_language, passage, joined=joined):
                against = _said(theirs, passage_language, passage, joined=joined)
                texts = (quote, quote_language), (passage, passage_language)
                if not entry.tied and (found := turned_verb(*texts, said, also, against)):
                    return found  # said by a noun there, its opposite by the verb
                continue  # the passage says it too
            for there in _said(theirs, passage_language, passage, joined=joined):
                for here in said:
                    if not entry.tied or _next_words(quote, here.end()) == _next_words(
                        passage, there.end()
                    ):
                        return here.group(), there.group()
    return None


def opposite_change(differences: Sequence[Difference], language: str | None) -> Difference | None:
    """The first word difference of the word matcher ("changed", or a "spelling" variant that
    is another word: "refused" / "agreed") whose two sides are opposites.

    >>> opposite_change([Difference("changed", "fell", "rose")], "en").quote
    'fell'
    >>> print(opposite_change([Difference("changed", "wrecked", "destroyed")], "en"))
    None
    """
    lang = language or "en"
    for d in differences:
        known = d.kind in ("changed", "spelling") and d.quote and d.source
        if known and opposite_words(d.quote, lang, d.source, lang) is not None:
            return d
        if known and lang != "en" and _dictionary_opposite(d.quote, d.source, lang):
            return d  # "das Ende" / "den Anfang" (.dictantonyms)
    changed = [d for d in differences if d.kind == "changed" and d.quote and d.source]
    if lang == "de" and len(changed) > 1:  # "lehnte ... ab" / "nahm ... an": one verb each
        quote, source = (
            " ".join(getattr(d, side) for d in changed) for side in ("quote", "source")
        )
        if opposite_words(quote, lang, source, lang) is not None:
            return Difference("changed", " … ".join(d.quote for d in changed),
                              " … ".join(d.source for d in changed))  # fmt: skip
    return None


def _dictionary_opposite(quote: str, source: str, language: str) -> bool:
    """Whether one content word on each side are opposites by the dictionary
    (:func:`.dictantonyms.opposed_in`, either way round)."""
    mine, theirs = (content_words(_WORD.findall(side), language) for side in (quote, source))
    if len(mine) != 1 or len(theirs) != 1:
        return False
    return opposed_in(mine[0], theirs[0], language) or opposed_in(theirs[0], mine[0], language)


def opposite_note(opposed: tuple[str, str]) -> str:
    """A reason's words for an opposite: what to check."""
    return f"CHECK: it says “{opposed[0]}” where the source says the opposite, “{opposed[1]}”"


def flag_opposite(result: MatchResult, opposed: tuple[str, str] | None) -> MatchResult:
    """``result`` flagged :data:`OPPOSITE`, its reason saying which words, when ``opposed``."""
    if opposed is not None and OPPOSITE not in result.flags:
        result.flags.append(OPPOSITE)
        result.reason = f"{not_as_quoted(result.reason)}; {opposite_note(opposed)}"
    return result


_SAYS = "the source says this "


def not_as_quoted(reason: str) -> str:
    """A ``reworded`` reason that said the source "says this" says where it has the passage
    instead, "but not as quoted (see CHECK)", as every flagged rendering's reason does
    (.evidence): a flag added after the reason was written (opposite, a left-out negation)."""
    if not reason.startswith(_SAYS):
        return reason
    head, colon, rest = reason.partition(": ")
    where = head[len(_SAYS) :]
    return f"the source has this passage {where}, but not as quoted (see CHECK){colon}{rest}"


def with_opposite_change(result: MatchResult, language: str | None) -> MatchResult:
    """A word matcher's ``close`` or ``partial`` result flagged :data:`OPPOSITE` when one of
    its differences puts the opposite of the source's word ("fell" for "rose"): a word the
    score counts as one changed word in many, and ``word_changed`` as a synonym or not."""
    if result.status not in ("close", "partial"):
        return result
    d = opposite_change(result.differences, language)
    return flag_opposite(result, None if d is None else (d.quote, d.source))
