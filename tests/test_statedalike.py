"""A number or a date both sides state alike counts toward the minimum of counterparts a
rendering in the quote's own language needs (matching/statedalike.py): "Since it was
established in 1998, the association has had a good number of chairpersons." pairs only
"association" and "chairs" with "The association has had several chairs since its beginnings
in 1998.", and the year says the rest."""

from __future__ import annotations

from dataclasses import replace

import pytest

import sourcecheck.matching.meaning as meaning_module
from sourcecheck.matching import verdict
from sourcecheck.matching.anchors import AnchorComparison
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.statedalike import counted_minimum
from sourcecheck.matching.verdict import Signals, judge

# An association's history in three languages (our own text)
ENGLISH = """Chapter 2. Leadership

The association has had several chairs since its beginnings in 1998.

Anna Berg founded the association in August 1998 and chaired it until March 2001.

Peter Lind chaired the association from March 2001 to April 2004. He moved the archive to a \
new building.

Maria Holm was the association's chair from April 2004 until June 2009.

The chair of the association is elected every two years by the members at the general meeting.

Since its founding the association has been led by a board of five members.

Jonas Vik became the chair of the association in 2009 and held the post for six years.

The first years of the association were spent organising its library and finding members.

In 2015 the association elected its youngest chair so far, Lena Dahl.

The association's chairs have always come from its own members.
"""
GERMAN = """Kapitel 2. Vorsitz

Der Verein hatte seit seinen Anfängen im Jahr 1998 mehrere Vorsitzende.

Anna Berg gründete den Verein im August 1998 und leitete ihn bis März 2001.

Peter Lind leitete den Verein von März 2001 bis April 2004. Er brachte das Archiv in ein \
neues Gebäude.

Maria Holm war von April 2004 bis Juni 2009 Vorsitzende des Vereins.

Der Vorsitz des Vereins wird alle zwei Jahre von den Mitgliedern auf der Hauptversammlung \
gewählt.

Seit seiner Gründung wird der Verein von einem Vorstand aus fünf Mitgliedern geleitet.

Jonas Vik wurde 2009 Vorsitzender des Vereins und hatte das Amt sechs Jahre lang inne.

Die ersten Jahre des Vereins vergingen mit dem Aufbau seiner Bibliothek und der Suche nach \
Mitgliedern.

Im Jahr 2015 wählte der Verein mit Lena Dahl seine bisher jüngste Vorsitzende.
"""
RUSSIAN = """Глава 2. Руководство

С момента своего возникновения в 1998 году у общества сменилось несколько председателей.

Анна Берг основала общество в августе 1998 года и руководила им до марта 2001 года.

Петер Линд руководил обществом с марта 2001 по апрель 2004 года. Он перевёз архив в новое \
здание.

Мария Хольм была председателем общества с апреля 2004 по июнь 2009 года.

Председателя общества раз в два года избирают члены на общем собрании.

С момента основания обществом руководит правление из пяти человек.

Йонас Вик стал председателем общества в 2009 году и занимал этот пост шесть лет.

Первые годы общества ушли на устройство его библиотеки и поиск членов.

В 2015 году общество избрало своим председателем самую молодую за всю историю Лену Даль.
"""
CASES = [
    ("Since it was established in 1998, the association has had a good number of chairpersons.",
     ENGLISH, "en", "The association has had several chairs"),
    ("Seit er 1998 ins Leben gerufen wurde, hat der Verein so manchen Vorsitzenden erlebt.",
     GERMAN, "de", "Der Verein hatte seit seinen Anfängen"),
    ("Основанное в 1998 году общество за эти годы видело немало председателей.",
     RUSSIAN, "ru", "С момента своего возникновения в 1998 году"),
]  # fmt: skip
AGREE = AnchorComparison((), (), (), numbers_agree=True, dates_agree=None, flags=())
# walk114 rt-de-en-03's weighing: similar, far above the text's other passages, 2 of 6 words
FREE = Signals(0.827, 0.251, 2 / 6, cross=False, content_words=6, counterparts=2, names=1)


def test_a_number_or_date_stated_alike_lowers_the_minimum_by_one():
    assert counted_minimum(3, AGREE) == 2
    assert counted_minimum(3, replace(AGREE, numbers_agree=None, dates_agree=True)) == 2
    assert counted_minimum(3, replace(AGREE, numbers_agree=False)) == 3  # another number
    assert counted_minimum(3, replace(AGREE, numbers_agree=None)) == 3  # none stated
    assert counted_minimum(0, AGREE) == 0


def test_the_free_short_rendering_passes_with_its_year_and_not_without():
    assert 0 <= FREE.score < verdict.CLEAR_SCORE
    assert "at least 3 needed" in (judge(FREE, short=False, missing_stems=[], minimum=3) or "")
    assert judge(FREE, short=False, missing_stems=[], minimum=counted_minimum(3, AGREE)) is None
    one = replace(FREE, counterparts=1, coverage=1 / 6)  # one shared word and the year: no
    assert judge(one, short=False, missing_stems=[], minimum=counted_minimum(3, AGREE))


@pytest.fixture
def minimum_asked(monkeypatch):
    """The minimum asked of every passage (these short texts put the right one so far above
    the rest that it is not asked: a longer text's neighbours bring the margin down)."""
    monkeypatch.setattr(verdict, "CLEAR_SCORE", 100.0)


@pytest.mark.parametrize("quote, text, language, start", CASES)
def test_a_free_rendering_stating_the_year_is_found(quote, text, language, start, minimum_asked):
    result = match_meaning(quote, text, language=language, text_language=language)
    assert result.status == "reworded" and result.span is not None
    assert result.span.slice(text).startswith(start)
    assert "1998 in the quote, 1998 there" in result.reason
    # another year: not helped (and not found)
    other = match_meaning(quote.replace("1998", "2003"), text, language=language,
                          text_language=language)  # fmt: skip
    assert other.status == "not_found"


@pytest.mark.parametrize("quote, text, language, start", CASES[:2])
def test_without_the_rule_two_counterparts_fall_short(quote, text, language, start, minimum_asked,
                                                      monkeypatch):  # fmt: skip
    monkeypatch.setattr(meaning_module, "counted_minimum", lambda minimum, comparison: minimum)
    result = match_meaning(quote, text, language=language, text_language=language)
    assert result.status == "not_found" and "at least 3 needed" in result.reason
