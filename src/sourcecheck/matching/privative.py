"""Words that say a lack or a failure, and phrases whose negation word negates nothing: what
:mod:`.negation` reads besides "not", "nicht", "не".

A translator renders "did not record" as "failed to record", "does not understand" as "is
ignorant of", "konnte kaum" as "с трудом": the meaning is kept with an explicit negation on
one side only. Such a word *answers* an explicit negation on the other side (as an affixed
one does, "unable"), never raises a difference itself. And "none the less", "тем не менее"
(nevertheless), "если не считать" (apart from), "not only" (and "not just", "nicht bloß", "не
просто X, а Y") hold a negation word that negates nothing: they are no negations, nor is "no
matter how" (a concession: however they behave).
Nor are "nothing but", "no one but", "no other rulers but", "keine anderen Herren als",
"никаких других правителей, кроме", "никто иной" (an exception: only) and "never ceased
to" (always): a negation of a negation, the affirmation of "loved no one but Prince Andrew and
had never ceased to love him", which "never loved Prince Andrew at all" denies; nor "nothing
more than", "no more than", "не более чем", "nichts weiter als" (only, at most: a measure,
"no more than two days" / "only two days"), nor "not without", "nicht ohne", "не без" (a
negation of an absence: "не без труда", with some trouble; a few words apart in their clause
too: "cannot grant the credit without a loan" renders "kann den Kredit nicht ohne eine Anleihe
gewähren" and "не может выдать кредит без займа", the two words read as one; not "without"
first, which German says with its "nicht" far after: "ohne Getreide ... den Winter nicht
überstehen"), nor "No." before a
figure (a number sign: "Order No. 47"). Refusing, declining, objecting
and denying ("weigerten sich", "отказались", "возражал") say a negation's meaning: they answer
one ("would not sign"), as a failure does; so does preventing ("was prevented from telling" /
"nicht erzählen durfte"), and German "erst", only then ("spät erst in der Nacht" / "not until
late at night"). So do avoiding, shying from and hesitating ("scheute die Mühe", "избегал"):
negated, they affirm (litotes, :mod:`.cancelling`: "scheute nicht die große Mühe" / "go to all
the effort"). The three lists say the same class of words: the German and Russian words
that render an English one ("shun": "meiden", "scheuen" in FreeDict's English-German
dictionary; "avoid": "избегать", "миновать", "сторониться"; "do without", "spare":
"entbehren"; "deprive": "entziehen", "aberkennen", "лишить"; "deny": "versagen", "verwehren")
are listed with it, so that a
litotes rendered by a litotes has a word of lack on both sides (:mod:`.polarity`: "would not
avoid his boss's anger" / "хозяйского гнева ему не миновать"). So do the words of exclusion,
indifference and release (walk113's manual pages and handbook): "cannot be combined" / "are
mutually exclusive" / "schließen sich gegenseitig aus" (the particle read by
:mod:`.lackphrases`) / "взаимоисключающие"; "do not distinguish upper and lower case" /
"ignore case" / "ignorieren" / "игнорировать"; "is not bound by the limitations" /
"overcomes the limitations" / "überwindet" / "преодолевает"; and a malfunction ("causes a
malfunction" / "работает не так", "funktioniert nicht richtig", "сбой"). Not "exclusively",
"ausschließlich", "исключительно" (only), nor "за исключением" (except).
"""

from __future__ import annotations

import re

from ..normalize import fold

_LACKING = {
    "en": r"fail(?:s|ed|ing|ure)?|lack(?:s|ed|ing)?|ignor(?:e|es|ed|ing|an(?:t|ce))"
    r"|refus(?:e|es|ed|ing|al)|disregard(?:s|ed|ing)?|exclu(?:de|des|ded|ding|sion|sive)"
    r"|overc[oa]m(?:e|es|ing)?|transcend(?:s|ed|ing)?"
    r"|omit(?:s|ted|ting)?|neglect(?:s|ed|ing)?|declin(?:e|es|ed|ing)|disagree(?:s|d|ing)?"
    r"|contradict(?:s|ed|ing)?"
    r"|object(?:s|ed|ing)|oppos(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|prevent(?:s|ed|ing)?"
    r"|avoid(?:s|ed|ing|ance)?|hesitat(?:e|es|ed|ing|ion)|refrain(?:s|ed|ing)?"
    r"|shr[aiu]nk(?:s|ing)?|sh(?:y|ies|ied|ying)|spar(?:e|es|ed|ing)"
    r"|shun(?:s|ned|ning)?|eschew(?:s|ed|ing)?|depriv(?:e|es|ed|ing|ation)|bereft"
    r"|bereav(?:e|es|ed|ing)|withh[oe]ld(?:s|ing)?|malfunction(?:s|ed|ing)?",
    "de": r"vers[aä]um[a-zäöüß]*|verfehl[a-zäöüß]*|(?:ver)?weiger[a-zäöüß]*|fehl(?:t|te|ten|en)?"
    r"|ablehn[a-zäöüß]*|abgelehnt[a-zäöüß]*|widersp?r[aiou]ch[a-zäöüß]*|bestr[ei]+tt?[a-zäöüß]*"
    r"|verhinder[a-zäöüß]*|erst|scheu(?:e|st|t|te|ten|en)?|gescheut|(?:vermeid|vermied)[a-zäöüß]*"
    r"|z[oö]ger[a-zäöüß]*|unterl(?:ass|aß|ieß|iess|äss)[a-zäöüß]*"
    r"|(?:ge)?mied(?:en)?|meid(?:e|est|et|en)?|entbehr[a-zäöüß]*|beraub[a-zäöüß]*"
    r"|aberk[ae]nn[a-zäöüß]*|entz(?:ieh|og|ög)[a-zäöüß]*|vorenth[aä]lt[a-zäöüß]*"
    r"|versag[a-zäöüß]*|verwehr[a-zäöüß]*|ignorier[a-zäöüß]*|missacht[a-zäöüß]*"
    r"|ausschlie(?:ß|ss)(?:en|t|e|st)|auszuschlie(?:ß|ss)en|ausgeschlossen[a-zäöüß]*"
    r"|(?:ue|u|ü)berw(?:ind|and|und)[a-zäöüß]*|fehlfunktion[a-zäöüß]*|funktionsst[oö]rung[a-zäöüß]*",
    "ru": r"трудом|отказ[а-яё]*|лиш[её]н[а-яё]*|лиш[иа][а-яё]*|упуст[а-яё]*|отверг[а-яё]*"
    r"|возраж[а-яё]*"
    r"|отрица[а-яё]*|помеша[а-яё]*|избега[а-яё]*|избе[жг][а-яё]*|(?:по)?колеба[а-яё]*"
    r"|преминул[а-яё]*|уклон[а-яё]*|минова[а-яё]*|мину(?:ю|ет|ешь|ем|ете|ют)"
    r"|сторони(?:ться|тся|лся|лась|лись|шься|мся)|игнорир[а-яё]*|пренебре[гж][а-яё]*"
    r"|(?:взаимо)?исключа(?:ет|ют|ть|л[аио]?|ли|ющ[а-яё]*|ться|ется|ются)"
    r"|исключ(?:ить|ит|ат|ил[аио]?|ен[аоы]?|ён)|преодоле[а-яё]*|преодолева[а-яё]*"
    r"|сбо(?:й|я|ю|ем|е|и|ев|ям|ями|ях)",  # casefolded
}
LACKING = {lang: re.compile(pattern) for lang, pattern in _LACKING.items()}
"""Per language, the words that say a lack or a failure (matched whole, folded: "versaumte")."""

_NOT_NEGATING = {
    "en": r"not\s+(?:only|merely)|not\s+just(?=\s+(?:an?|the|for|in|on|as|about|because)\b)"
    r"|none the less|(?:nothing|no one|nobody|none|no other)\s+but"
    r"|never\s+(?:ceased|stopped|failed)\s+to|never\s+ceased|not\s+without"
    r"|(?:nothing|no|not)\s+(?:more|less|fewer|other)\s+than|none\s+other\s+than"
    r"|(?:no|none|nobody|no\s+one|nothing)\s+(?:other|else)(?:\s+[a-z]+){0,5}?"
    r"\s+(?:but|than|except)"  # an exception: "recognised no other rulers but the Romans"
    r"|no\s+matter(?=\s+(?:how|what|who|whom|whose|which|where|when|whether|if)\b)"
    r"|nos?\.?\s*(?=\d)"  # a number sign: "Memorandum No. 178"
    r"|(?:not|cannot|never)\s+(?:(?!(?:and|or|but|nor)\b)[a-z'’]+\s+){1,8}?without",
    "de": r"nicht\s+(?:nur|bloß|bloss|lediglich)"
    r"|(?:nichts|niemand|niemanden|keiner|keinen)\s+(?:anderes?\s+)?als"
    r"|nie\s+aufgehört|hörte\w*\s+nie\s+auf|nicht\s+ohne|nicht\s+(?:mehr|weniger)\s+als"
    r"|nichts\s+(?:weiter|mehr)\s+als|kein(?:e[nmrs]?)?\s+andere[nmrs]?(?:\s+\w+){0,2}?,?\s+als"
    r"|nicht\s+(?:(?!(?:und|oder|aber|sondern)\b)\w+\s+){1,8}?ohne",
    "ru": r"не\s+только|не\s+просто(?=\s+[^,.;:!?]+?(?:,\s*(?:а|но|это)\b|\s[—–-]\s))"
    r"|тем не менее|если не считать|не считая|не переставал\w*|не переставая"
    r"|не\s+без|не\s+(?:более|больше|менее|меньше)(?:,?\s+чем)?|не\s+что\s+иное"
    r"|не\s+кто\s+иной|ни(?:кто|кого|кому|что|чего)\s+ин(?:ой|ого|ому|ое)"
    r"|никак(?:их|ой|ого|ие)\s+других(?:\s+\w+){0,2}?,?\s+кроме"
    r"|не\s+(?:(?!(?:и|или|но|а)\b)\w+\s+){1,8}?безо?",
    "fr": "(?:pas|non) seulement",
    "it": "non solo",
}
NOT_NEGATING = {
    lang: re.compile(rf"(?i)\b(?:{phrases})\b") for lang, phrases in _NOT_NEGATING.items()
}
"""Per language, the phrases whose negation word negates nothing."""


def idiom_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where ``text`` has a phrase whose negation negates nothing (:data:`NOT_NEGATING`).

    >>> t = "Тем не менее он не пришёл."
    >>> [t[a:b] for a, b in idiom_spans(t, "ru")]
    ['Тем не менее']
    >>> t = "No, the wording of Memorandum No. 178 was not clumsy."
    >>> [t[a:b] for a, b in idiom_spans(t, "en")]
    ['No. ']
    """
    pattern = NOT_NEGATING.get(language)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text) if not _denied_lack(m.group(), language)]


_ABSENT = re.compile(r"(?i)(?:without|ohne|безо?)$")


def _denied_lack(phrase: str, language: str) -> bool:
    """Whether ``phrase`` is a negation and a preposition of absence a few words apart with a
    word of lack between: "could not refuse them without manifest injury" says refusing hurts,
    no "with" (the negation negates "refuse", :mod:`.cancelling`); or with a verb that makes
    the preposition one verb of lack with it: "could not do without salt", "не мог обойтись
    без соли" (:func:`.boundabsence.doing_without`)."""
    from .boundabsence import doing_without  # it imports this module

    words = [fold(w) if language != "ru" else w.casefold() for w in phrase.split()]
    if not _ABSENT.search(phrase) or len(words) < 3:
        return False
    return doing_without(words[-2], language) or any(lacking(w, language) for w in words[1:-1])


def lacking(word: str, language: str) -> bool:
    """Whether the folded ``word`` says a lack or a failure (:data:`LACKING`).

    >>> lacking("failed", "en"), lacking("versaumten", "de"), lacking("fall", "en")
    (True, True, False)
    """
    pattern = LACKING.get(language)
    return pattern is not None and pattern.fullmatch(word) is not None
