"""Two near passages that both pass: the one that names the quote's names is judged
(matching/namedrival.py), and no passage lacking one of them is taken for it by the look
elsewhere (matching/elsewhere.py). A manual's neighbouring sentences share the quote's common
words; the name ("NM") says which one the quote renders."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import sourcecheck.matching.elsewhere as elsewhere_module
import sourcecheck.matching.meaning as meaning_module
from sourcecheck.matching.meaning import match_meaning
from sourcecheck.matching.namedrival import named_rival, names_fewer

# A handbook's section in three languages (our own text, in the manner of a developers' manual)
ENGLISH = """3.2. Coming back after retirement

A retired member's login is marked as "emeritus" when the leaving process in the handbook \
is followed, and "removed" otherwise. Retired members with an "emeritus" login can have \
their login re-activated as follows:

Write to the front desk for further instructions.

Go through a shortened check of knowledge (to make sure the returning member still knows \
the important rules).

Retired members with a "removed" login need to go through the full NM procedure again.
"""
GERMAN = """3.2. Rückkehr nach dem Ruhestand

Das Konto eines ausgeschiedenen Mitglieds wird als „emeritiert“ markiert, wenn das \
Verfahren zum Ausscheiden aus dem Handbuch befolgt wird, und andernfalls als „entfernt“. \
Ausgeschiedene Mitglieder mit einem „emeritierten“ Konto können ihr Konto wie folgt \
reaktivieren lassen:

Schreiben Sie an die Anlaufstelle, um weitere Anweisungen zu erhalten.

Durchlaufen Sie eine verkürzte Prüfung des Wissens.

Ausgeschiedene Mitglieder mit einem „entfernten“ Konto müssen das vollständige NM-Verfahren \
erneut durchlaufen.
"""
RUSSIAN = """3.2. Возвращение после ухода

Учётная запись ушедшего участника помечается как «почётная», если была выполнена процедура \
ухода из руководства, и как «удалённая» в противном случае. Ушедшие участники с «почётной» \
учётной записью могут восстановить её следующим образом:

Напишите в приёмную за дальнейшими инструкциями.

Пройдите сокращённую проверку знаний.

Ушедшие участники с «удалённой» учётной записью должны снова пройти полную процедуру NM.
"""
RETRANSLATED = (
    'Members who retired and whose login is marked "removed" have to go through the NM process '
    "once more."
)
GERMAN_QUOTE = (
    "Mitglieder, die ausgeschieden sind und deren Konto als „entfernt“ markiert ist, müssen das "
    "NM-Verfahren noch einmal durchlaufen."
)
RUSSIAN_QUOTE = (
    "Участники, которые ушли и чья учётная запись помечена «удалённой», должны ещё раз пройти "
    "процесс NM."
)
CASES = [
    (RETRANSLATED, ENGLISH, "en", "Retired members with a"),
    (RETRANSLATED, GERMAN, "de", "Ausgeschiedene Mitglieder mit einem „entfernten“"),
    (RETRANSLATED, RUSSIAN, "ru", "Ушедшие участники с «удалённой»"),
    (GERMAN_QUOTE, ENGLISH, "en", "Retired members with a"),
    (RUSSIAN_QUOTE, ENGLISH, "en", "Retired members with a"),
]


@pytest.mark.parametrize("quote, text, language, start", CASES)
def test_the_sentence_that_names_the_quotes_name_is_the_rendering(quote, text, language, start):
    result = match_meaning(quote, text, text_language=language)
    assert result.status == "reworded" and result.span is not None
    assert result.span.slice(text).startswith(start)
    assert "NM" in result.reason and "not named there: NM" not in result.reason
    assert not result.flags


@pytest.mark.parametrize("quote, text, language", [c[:3] for c in CASES[:2]])
def test_without_the_rule_the_neighbour_sharing_more_common_words_wins(
    quote, text, language, monkeypatch
):
    monkeypatch.setattr(meaning_module, "named_rival", lambda chosen, weighed: chosen)
    monkeypatch.setattr(elsewhere_module, "names_fewer", lambda other, chosen: False)
    result = match_meaning(quote, text, text_language=language)
    assert result.span is not None and "NM" not in result.span.slice(text)


def _weighed(score: float, missing: tuple[str, ...], flags: tuple[str, ...] = ()):
    return SimpleNamespace(
        signals=SimpleNamespace(score=score),
        comparison=SimpleNamespace(missing_names=missing, flags=flags),
    )


def test_a_rival_is_taken_only_when_it_passes_names_every_name_and_has_no_flag():
    chosen = ("neighbour", _weighed(4.1, ("NM",)))
    named = ("rendering", _weighed(2.3, ()))
    assert named_rival(chosen, [chosen, named])[0] == "rendering"
    failing = ("rendering", _weighed(-0.5, ()))
    assert named_rival(chosen, [chosen, failing]) is chosen
    flagged = ("rendering", _weighed(2.3, (), ("number",)))
    assert named_rival(chosen, [chosen, flagged]) is chosen
    lacking = ("other", _weighed(2.3, ("NM",)))
    assert named_rival(chosen, [chosen, lacking]) is chosen
    whole = ("rendering", _weighed(4.1, ()))  # naming every name: no rival needed
    assert named_rival(whole, [whole, named]) is whole


def test_a_passage_lacking_a_name_the_chosen_names_is_no_better_rendering():
    assert names_fewer(_weighed(4.1, ("NM",)), _weighed(2.3, ()))
    assert not names_fewer(_weighed(4.1, ()), _weighed(2.3, ()))
    assert not names_fewer(_weighed(4.1, ("NM",)), _weighed(2.3, ("NM",)))
