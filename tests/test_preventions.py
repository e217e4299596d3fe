"""Negation-like wording on one side of a true rendering, and polarity turned by it (issue
10, task polarity114): "to stop the shell from interpreting them" renders "чтобы оболочка не
обрабатывала их", "secure against being lost" renders "не может быть потерян", "sind nicht
gegen einen Mindestlohn" renders "are not opposed to a minimum wage", "cannot bear the costs
without a loan" renders "die Kosten nicht ohne ein Darlehen tragen", "Nobody believes that
you will fail" renders "Niemand glaubt, dass Du ... nicht bestehen wirst": none is flagged.
"sind gegen" against "are not opposed" and "failed to show" against "nicht versäumt, ... zu
zeigen" are flagged ``negation``. The passages are ours, in the manner of a manual, a
developers' guide, minutes and letters.
"""

from __future__ import annotations

import pytest

from sourcecheck.matching.cancelling import doubled
from sourcecheck.matching.meaning import REWORDED, match_meaning
from sourcecheck.matching.negation import read_negations
from sourcecheck.matching.preventions import against_at, prevention_at
from sourcecheck.matching.privative import idiom_spans

NEGATION = "negation"


@pytest.mark.parametrize(
    ("words", "at", "language", "expected"),
    [
        ("to stop the shell from interpreting them", 4, "en", True),
        ("it is secure against being lost", 3, "en", True),
        ("the key is protected from theft", 4, "en", True),
        ("he was kept from going home", 3, "en", True),
        ("they stopped from berlin to paris", 2, "en", False),
        ("a loan secured from the bank", 3, "en", False),
        ("the money saved from the sale", 3, "en", False),
        ("he came from berlin", 2, "en", False),
        ("der schlussel ist vor verlust geschutzt", 3, "de", True),
        ("um die daten vor fremdem zugriff zu schutzen", 3, "de", True),
        ("er hinderte ihn daran zu gehen", 3, "de", True),
        ("er stand vor dem haus", 2, "de", False),
        ("ключ защищён от кражи", 2, "ru", True),
        ("чтобы уберечь данные от потери", 3, "ru", True),
        ("письмо от брата", 1, "ru", False),
    ],
)  # fmt: skip
def test_a_phrase_of_prevention_is_a_word_of_lack(
    words: str, at: int, language: str, expected: bool
) -> None:
    assert prevention_at(words.split(), at, language) == expected


@pytest.mark.parametrize(
    ("words", "at", "language", "expected"),
    [
        ("we are against the plan", 2, "en", True),
        ("we are not against the plan", 3, "en", True),
        ("he ran against the wall", 2, "en", False),
        ("wir sind nicht gegen einen mindestlohn", 3, "de", True),
        ("der verband war gegen die regelung", 3, "de", True),
        ("er war gegen mittag da", 2, "de", False),
        ("они были против", 2, "ru", True),
        ("мы не против", 2, "ru", True),
        ("дом против церкви", 1, "ru", False),
    ],
)  # fmt: skip
def test_being_against_is_a_word_of_lack(
    words: str, at: int, language: str, expected: bool
) -> None:
    assert against_at(words.split(), at, language) == expected


def test_a_negative_pronoun_does_not_reach_into_a_clause_its_verb_governs() -> None:
    governed = "Nobody in the family believes that you will fail the examination."
    own = "Nobody in the family failed the examination."
    for text, expected in ((governed, -1), (own, own.index("failed"))):
        negations = read_negations(text, "en")
        assert negations.doubled == (expected,)
    clauses = [0, 0]
    assert doubled(own, "en", [(0, "Nobody")], [(21, "failed")], [21], clauses) == (21,)


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("The bank cannot grant the credit without a loan.", "en",
         "cannot grant the credit without"),
        ("Die Bank kann den Kredit nicht ohne eine Anleihe gewähren.", "de", "nicht ohne"),
        ("Das Amt wird nicht schnell ohne Antrag handeln.", "de", "nicht schnell ohne"),
        ("Банк не может выдать кредит без займа.", "ru", "не может выдать кредит без"),
    ],
)  # fmt: skip
def test_a_negation_and_its_absence_a_few_words_apart_negate_nothing(
    text: str, language: str, phrase: str
) -> None:
    assert [text[a:b] for a, b in idiom_spans(text, language)] == [phrase]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He could not refuse them without manifest injury.", "en"),  # a word of lack between
        ("He did not come and left without a word.", "en"),  # another clause's
        ("Ohne Getreide wird Wien den Winter nicht überstehen.", "de"),  # "without" first
        ("The village could not do without salt.", "en"),  # "do without": one verb of lack
        ("Деревня не могла обойтись без соли.", "ru"),
        ("Он не мог отказать им без явного вреда.", "ru"),
    ],
)
def test_a_negation_that_negates_a_verb_is_no_such_pair(text: str, language: str) -> None:
    assert idiom_spans(text, language) == []


_MANUAL_RU = (
    "Поиск страниц. В названии могут содержаться шаблоны (-w) или это может быть регулярное "
    "выражение (-r). При использовании этих параметров может потребоваться указывать название "
    "в кавычках или экранировать специальные символы для того, чтобы оболочка командной "
    "строки не обрабатывала их. Остальные параметры описаны ниже."
)
_GUIDE_EN = (
    "Keys. You need to ensure not only that your key is secure against being stolen, but "
    "also that it is secure against being lost. Generate a revocation certificate and keep a "
    "copy of it on paper. Then upload the key to the keyserver."
)
_DEBATE_EN = (
    "Mr. LAW: The right honourable Gentleman asks the House to pass this measure in a single "
    "week. We on this side are not opposed to a minimum wage, but we object to the haste with "
    "which it is pressed upon us. The House then divided."
)
_LETTER_DE = (
    "Brief von Clara an ihren Bruder, Leipzig, den 9. Juni 1849. Lieber Wilhelm! Ich habe "
    "nicht versäumt, Deinen Brief dem Professor zu zeigen. Niemand in der Familie glaubt, "
    "dass Du das Examen nicht bestehen wirst. Mutter lässt Dich grüßen."
)
_MINUTES_DE = (
    "Protokoll der Sitzung vom 4. Mai 1921. Der Kämmerer wies darauf hin, dass die Stadt die "
    "Kosten der Brücke nicht ohne ein Darlehen tragen könne. Danach wurde die Sitzung "
    "geschlossen."
)
_PROJECT_DE = (
    "Aus dem Protokoll. Der Kassenwart sagte, dass das Projekt die Kosten des neuen Servers "
    "nicht ohne einen Zuschuss tragen könne. Danach wurde die Sitzung geschlossen."
)


@pytest.mark.parametrize(
    ("quote", "q_lang", "text", "t_lang", "flagged"),
    [
        ("Using these options, it may be necessary to quote the name or escape the special "
         "characters to stop the shell from interpreting them.", "en", _MANUAL_RU, "ru", False),
        ("Using these options, it may be necessary to quote the name or escape the special "
         "characters so that the shell interprets them.", "en", _MANUAL_RU, "ru", True),
        ("Вам следует убедиться не только в том, что ваш ключ защищён от кражи, но и в том, "
         "что он не может быть потерян.", "ru", _GUIDE_EN, "en", False),
        ("Wir auf dieser Seite sind nicht gegen einen Mindestlohn, aber wir wenden uns gegen "
         "die Eile, mit der er uns aufgedrängt wird.", "de", _DEBATE_EN, "en", False),
        ("Wir auf dieser Seite sind gegen einen Mindestlohn, und wir wenden uns gegen die "
         "Eile, mit der er uns aufgedrängt wird.", "de", _DEBATE_EN, "en", True),
        ("I did not fail to show your letter to the professor.", "en", _LETTER_DE, "de", False),
        ("I failed to show your letter to the professor.", "en", _LETTER_DE, "de", True),
        ("Nobody in the family believes that you will fail the examination.", "en",
         _LETTER_DE, "de", False),
        ("The treasurer said that the town could not bear the costs of the bridge without a "
         "loan.", "en", _MINUTES_DE, "de", False),
        ("The treasurer said that the town could bear the costs of the bridge without a loan.",
         "en", _MINUTES_DE, "de", True),
        ("The treasurer said that the project could not bear the costs of the new server "
         "without a grant.", "en", _PROJECT_DE, "de", False),
        ("The treasurer said that the project could bear the costs of the new server without "
         "a grant.", "en", _PROJECT_DE, "de", True),  # "nicht ohne" says "with"
    ],
)  # fmt: skip
def test_match_meaning_reads_negation_like_wording(
    quote: str, q_lang: str, text: str, t_lang: str, flagged: bool
) -> None:
    result = match_meaning(quote, text, language=q_lang, text_language=t_lang)
    assert result.status == REWORDED, result.reason
    assert (NEGATION in result.flags) == flagged, result.reason
    assert set(result.flags) <= {NEGATION}, result.reason
