"""Content-word stems per language: what two renderings of a passage in one language share.

"it is much safer to be feared than loved" and "it is far safer to be feared than to be
loved" share the stems safer, fear, love: function words (a short list per language,
:data:`STOPWORDS`) are dropped, and the rest reduced to Snowball stems (PyStemmer, imported
here only), so "feared"/"fear" and "Träumen"/"Traum" are one stem. The library lists of
``stop-words`` were tried and rejected: its English list drops "men", "state", "world" and
"great", the very words a passage of The Prince is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from ..facts.check import STOPWORDS as ENGLISH_STOPWORDS
from ..normalize import fold
from .archaic import ARCHAIC_FUNCTION_WORDS, modern_word

SNOWBALL = {"en": "english", "ru": "russian", "de": "german", "fr": "french", "it": "italian",
            "es": "spanish"}  # fmt: skip
"""ISO 639-1 -> Snowball algorithm, for the languages with stop-word lists here."""

_STOPWORDS = {
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
    только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если
    уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может
    они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под
    будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем
    чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после
    над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо
    свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это
    также этим которые который которая которое которых свой своей своих своего""",
    "de": """aber alle allem allen aller alles als also am an ander andere anderem anderen
    anderer anderes auch auf aus bei bin bis bist da damit dann das dass daß dasselbe dazu dein
    deine dem den denn der des dessen dich die dies diese diesem diesen dieser dieses dir doch
    dort du durch ein eine einem einen einer eines einig einige er es etwas euch euer für gegen
    gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
    ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener
    jenes jetzt kann können könnte machen man manche mein meine mich mir mit muss musste nach
    noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind
    so solche soll sollte sondern sonst über um und uns unter viel vom von vor war waren warst
    was weg weil weiter welche wenn werde werden wie wieder will wir wird wirst wo wollen
    wollte würde würden zu zum zur zwar zwischen""",
    "fr": """au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma
    mais me même mes moi mon nous on ou par pour qu que qui sa se ses son sur ta te tes toi ton
    tu un une vos votre vous c d j l à m n s t y été était étaient être avoir avait ont a est
    sont cette cet comme plus tout tous""",
    "it": """ad al allo ai agli all alla alle con col da dal dallo dai dagli dall dalla dalle
    di del dello dei degli dell della delle in nel nello nei negli nell nella nelle su sul
    sullo sui sugli sull sulla sulle per tra contro io tu lui lei noi voi loro mio mia miei
    mie tuo tua suo sua suoi sue nostro nostra vostro vostra il lo la i gli le un uno una ma
    ed se perché anche come che chi cui e è era erano essere avere ha hanno aveva più quale
    questo questa quello quella sono""",
    "es": """de la que el en y a los del se las por un para con una su al lo como más pero
    sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde
    quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí
    antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes muchos cual
    poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas es era son fue
    ser haber ha había han""",
}
STOPWORDS: dict[str, frozenset[str]] = {
    "en": ENGLISH_STOPWORDS | ARCHAIC_FUNCTION_WORDS,  # "thee", "hath", "unto": .archaic
    **{lang: frozenset(fold(w) for w in words.split()) for lang, words in _STOPWORDS.items()},
}
"""Folded function words per language: never content words."""


@cache
def _stemmer(language: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(SNOWBALL[language])


def stem_form(word: str) -> str:
    """The form a raw word is stemmed in: Cyrillic keeps its letters (й is not и), ё is е;
    other scripts are folded (case and diacritics off).

    >>> stem_form("Троцкий"), stem_form("Träumen")
    ('троцкий', 'traumen')
    """
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return word.casefold().replace("ё", "е").replace("-", "")
    return fold(word)


def content_stems(words: Iterable[str], language: str) -> list[str]:
    """Stems of the content words among raw ``words`` (stop words, numbers and one-letter
    words dropped), in order. A language without a stemmer keeps folded words.

    >>> content_stems("it is much safer to be feared than loved".split(), "en")
    ['much', 'safer', 'fear', 'love']
    >>> content_stems("fand er sich in seinem Bett zu einem ungeheueren Ungeziefer".split(), "de")
    ['fand', 'bett', 'ungeheu', 'ungezief']
    """
    return [s for s in (_content_stem(w, language) for w in words) if s is not None]


@lru_cache(maxsize=1 << 18)
def _content_stem(word: str, language: str) -> str | None:
    """The stem of one raw word, or None for a stop word, a number or one letter (remembered:
    a text repeats its words, and stemming each occurrence was most of a text's units)."""
    form = stem_form(word)
    if len(form) <= 1 or form.isdigit() or fold(form) in STOPWORDS.get(language, frozenset()):
        return None
    if language == "en":
        form = modern_word(form)  # "knoweth" is "know" (.archaic)
    return str(_stemmer(language).stemWord(form)) if language in SNOWBALL else form


def plain_word(word: str, language: str) -> str:
    """A raw word folded and, in English, read as the modern word an Early Modern English
    form is (:func:`.archaic.modern_word`): a function or light word in its old form is one
    still ("tellest" is "tell", "saith" is "says", as "told" and "said" are light words).

    >>> plain_word("Tellest", "en"), plain_word("Tellest", "de")
    ('tell', 'tellest')
    """
    folded = fold(word)
    return modern_word(folded) if language == "en" else folded


def content_words(words: Iterable[str], language: str) -> list[str]:
    """The content words among raw ``words``, as printed, each once (first occurrence).

    >>> content_words("fand er sich in seinem Bett zu einem Bett".split(), "de")
    ['fand', 'Bett']
    """
    stop = STOPWORDS.get(language, frozenset())
    kept = [w for w in words if len(w) > 2 and not w.isdigit() and fold(w) not in stop]
    return list(dict.fromkeys(kept))


def missing_stems(words: list[str], passage_words: list[str], language: str) -> list[str]:
    """Of ``words`` (a quote's, as printed), those whose content stem ``passage_words`` lack
    (stop words are never missing)."""
    there = set(content_stems(passage_words, language))
    return [w for w in words if (s := content_stems([w], language)) and s[0] not in there]
