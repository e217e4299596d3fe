"""Noun phrases that tell a time: "Seven days later", "On 14 October", "Zehn Tage später".

A clause's first noun phrase not after a preposition is read as its doer (:mod:`.reversal`),
but "Seven days later the German army resumed its advance" opens with a phrase of time, an
adverbial: read as the doer, "Seven days" acted on "the German army", and the Russian rendering
("Спустя неделю немцы ..."), whose "неделю" is an accusative, was reported as the other way
round (a false ``roles`` flag); so was "On 14 October the delegates left" (a date). A phrase
whose words are all words of time (units, months, weekdays, "later", "ago") or numbers, with
at least one word of time, is no doer nor undergoer ("That winter the soldiers committed":
a season is a time too; "Heute hat Trotzki erklärt": a German clause opening with its adverb of
time puts its verb second, and "Heute" acted on "Trotzki" for a false ``roles``).
"""

from __future__ import annotations

from collections.abc import Collection

from ..facts.dates import MONTHS as ENGLISH_MONTHS
from ..facts.languages import read_numbers_in
from ..facts.monthdates import MONTHS
from ..normalize import fold

_TIME = {
    "en": """second seconds minute minutes hour hours day days week weeks fortnight month months
    year years decade decades century centuries morning mornings evening evenings night nights
    afternoon noon midnight later earlier ago afterwards monday tuesday wednesday thursday
    friday saturday sunday spring summer autumn winter today yesterday tomorrow tonight""",
    "de": """sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat
    monate monaten jahr jahre jahren jahrzehnt jahrzehnte morgen abend abende nacht nachte
    nachmittag mittag mitternacht spater fruher danach zuvor vorher montag dienstag mittwoch
    donnerstag freitag samstag sonntag fruhling fruhjahr sommer herbst winter heute gestern
    vorgestern ubermorgen damals""",
    "ru": """секунда секунду секунды минута минуту минуты час часа часов день дня дней неделя
    неделю недели неделей месяц месяца месяцев год года лет утро утром днём вечер вечером
    ночь ночью полдень полночь позже раньше назад спустя понедельник вторник среда среду
    четверг пятница пятницу суббота субботу воскресенье весна весной лето летом осень
    осенью зима зимой сегодня вчера завтра позавчера послезавтра""",
}  # Russian: "вечером", "весной" are instrumentals of time, no passive's doer
_WORDS = {lang: frozenset(fold(w) for w in words.split()) for lang, words in _TIME.items()}


def time_phrase(words: Collection[str], language: str) -> bool:
    """Whether a noun phrase's folded ``words`` tell a time (see the module).

    >>> time_phrase({"seven", "days"}, "en"), time_phrase({"october"}, "en")
    (True, True)
    >>> time_phrase({"sieben", "tage"}, "de"), time_phrase({"german", "army"}, "en")
    (True, False)
    """
    months = ENGLISH_MONTHS if language == "en" else MONTHS.get(language, {})
    time = _WORDS.get(language, frozenset()) | set(months)
    if not words or not any(w in time for w in words):
        return False
    return all(w in time or w.isdigit() or read_numbers_in(w, language) for w in words)
