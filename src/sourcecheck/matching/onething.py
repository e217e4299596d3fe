"""Two words that name one thing, spelled otherwise: an acronym and its name ("WWW" / "web" /
"World Wide Web", "UN" / "United Nations"), an English loanword in German and the German word
for it ("Image" / "Abbild", "Manual" / "Handbuch").

A ``close`` result whose source word is replaced by another is flagged ``word_changed`` (a
person must tell a synonym from an opposite, :func:`.differences.changed_wording`). These pairs
need no person: "All of the documentation is available on the WWW" quotes "... on the web"
as a spelling of the same name would. An acronym (a word in capitals) is one thing when
WordNet gives the other word in one of its synsets (its expansion, or a short name of it: the
synset of "WWW" is "World Wide Web, WWW, web"); a German word is an English loanword when the
German-English dictionary gives the word itself as its translation ("Image": "image"), and it
names the other word's thing when the dictionaries of both directions translate the English
word by it ("image": "Abbild", "Abbild": "image"). A German word that only looks English
("Gift": poison) translates to something else and is left to a person, as is every other
replaced word ("Handbuch" for "Abbild").
"""

from __future__ import annotations

from . import bilingual, wordnet


def one_thing(word: str, other: str, language: str) -> bool:
    """Whether ``word`` and ``other`` (as printed, in ``language``) name one thing spelled
    otherwise (see the module).

    >>> one_thing("WWW", "web", "en") if wordnet.available() else True
    True
    >>> one_thing("WWW", "net", "en"), one_thing("Gift", "Geschenk", "de")
    (False, False)
    """
    if word.casefold() == other.casefold():
        return True
    return any(
        _acronym(a, b) or (language == "de" and _loanword(a, b))
        for a, b in ((word, other), (other, word))
    )


def _acronym(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is in capitals and WordNet gives ``name`` in one of its synsets."""
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper():
        return False
    lemma = "_".join(name.casefold().split())
    return any(
        lemma in found.lemmas or any(b in found.lemmas for b in wordnet.base_forms(lemma, "n"))
        for offset in wordnet.senses(acronym.casefold(), "n")
        if (found := wordnet.synset("n", offset)) is not None
    )


def _loanword(loan: str, german: str) -> bool:
    """Whether the German ``loan`` is an English word that the German-English dictionary
    gives as its own translation, and ``german`` its German word in both directions."""
    if " " in loan or " " in german:
        return False
    own = loan.casefold() in bilingual.translated_words(loan, "de", "en")
    return own and bilingual.translate_each_other(loan.casefold(), "en", german, "de", both=True)
