"""Concepts of the opposites table (:data:`.opposites.OPPOSITES`) said in reports, judgments,
minutes and abstracts, and a verb turned round beside a noun of its own concept (issue 10,
task opposites112).

Across languages an opposite is read by the table or, for English words WordNet opposes,
through a bilingual dictionary (:mod:`.crossantonyms`). The dictionary into German is large;
Russian has none in Debian, and the small English-Russian one read backwards knows a few
hundred words ("увеличивать", "шум", "дефицит", "оправдать" are not among them), so English
claims against Russian sources lost most of their opposites: "contradict" / "согласуются",
"praised the quiet" / "жаловались на шум", "frequent" / "редкими", "convicted" /
"оправдал", "surplus" / "дефицит". This module holds the table's concepts for those
(:data:`FINDINGS`), in English, German and Russian alike, and the class of its entries.

And a passage may say the claim's concept by a noun and its opposite by the verb in the
claim's verb's role: "Raising the temperature by two degrees increased yields" / "Die
Erhöhung der Temperatur um zwei Grad senkte die Erträge", "Повышение температуры снижало
урожайность": the passage says "rise" too, so the table read no opposite. :func:`turned_verb`
reads it: the quote says its concept more often than the passage, which says it by nouns only
and its opposite by a verb, while the quote says its concept by a verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .morph_ru import is_verb


@dataclass(frozen=True, slots=True)
class Opposites:
    """Two concepts that exclude each other: word-form patterns (regular expressions,
    matched whole and case-blind) per language. ``tied``: small words compared only in the
    same language and before the same words, and across languages by ``across``, when given:
    tied to the counterparts of their complement ("after") or of the words next to them
    ("near", :mod:`.crossties`)."""

    one: dict[str, str]
    other: dict[str, str]
    tied: bool = False
    across: str = ""


FINDINGS: tuple[Opposites, ...] = (
    Opposites(  # a finding agrees with another or contradicts it
        {"en": r"consistent|confirm(?:s|ed|ing)?|corroborat(?:e|es|ed|ing)|"
               r"agree(?:s|d)?\s+with|in\s+(?:line|agreement|accordance)\s+with",
         "de": r"übereinstimm\w*|stimm(?:t|en|te|ten)\s+\w*\s*überein|bestätig\w*|"
               r"im\s+einklang|vereinbar(?:e[mnrs]?)?",
         "ru": r"согласу\w*|соответству(?:ет|ют|овал\w*)|подтвер[дж]\w*"},
        {"en": r"contradict(?:s|ed|ing|ion|ory)?|inconsistent|refut(?:e|es|ed|ing)",
         "de": r"widersprech\w*|widerspr[ia]ch\w*|widersprochen|widerleg\w*|unvereinbar\w*",
         "ru": r"противореч\w*|опроверг\w*|опровер[гж]\w*"},
    ),
    Opposites(  # praise / complain (criticise is in the table's praise entry)
        {"en": r"prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?",
         "de": r"lobt\w*|gelobt|lob|lobe|lobten",
         "ru": r"похвал\w*|хвали\w*"},
        {"en": r"complain(?:s|ed|ing|t|ts)?",
         "de": r"beschwer(?:t|en|te|ten|de|den)|beschwerde\w*|beklag(?:t|en|te|ten)",
         "ru": r"жалова\w*|жалуе\w*|жалую\w*|пожалова\w*|жалоб\w*"},
    ),
    Opposites(  # quiet / noise
        {"en": r"quiet|quietness",
         "de": r"ruhe|ruhig(?:e[mnrs]?)?|stille",
         "ru": r"тишин\w*|тих(?:ий|ая|ое|ие|о|ого|ой|ую|их|им|ими)"},
        {"en": r"noise|noises|noisy|loud|din",
         "de": r"lärm\w*|krach|lautstark\w*",
         "ru": r"шум|шума|шуму|шумом|шуме|шумы|шумн\w*|грохот\w*"},
    ),
    Opposites(  # how often a thing is seen: frequent / rare (adjectives; adverbs: .quantities)
        {"en": r"frequent|common|commonplace",
         "de": r"häufige[mnrs]?|verbreitet(?:e[mnrs]?)?",
         "ru": r"част(?:ый|ая|ое|ые|ых|ыми|ым|ой|ого|ую)|распростран[её]нн\w*"},
        {"en": r"rare|rarer|uncommon|infrequent|scarce",
         "de": r"seltene[mnrs]?|selten",
         "ru": r"редк(?:ий|ая|ое|ие|их|ими|им|ой|ого|ую|и|а)"},
    ),
    Opposites(  # a finding's significance ("statistisch nicht signifikant": the negation's)
        {"en": r"significant|considerable|substantial",
         "de": r"signifikant(?:e[mnrs]?)?|erheblich(?:e[mnrs]?)?",
         "ru": r"значим(?:ый|ая|ое|ые|ых|ым|ой|ого|ую|а|о|ы)|значительн\w*|существенн\w*"},
        {"en": r"insignificant|non-?significant|negligible",
         "de": r"insignifikant\w*|unerheblich\w*|geringfügig\w*|vernachlässigbar\w*",
         "ru": r"незначим\w*|незначительн\w*|несущественн\w*|пренебрежимо"},
    ),
    Opposites(  # what is in force and what is void (a contract, a clause, a vote)
        {"en": r"valid|effective|in\s+force",
         "de": r"wirksam(?:e[mnrs]?)?|gültig(?:e[mnrs]?)?|rechtswirksam\w*|rechtsgültig\w*",
         "ru": r"действительн(?:ый|ая|ое|ые|ым|ой|ого|ых|ыми|ую|а|ы)|действителен|эффективн\w*"},
        {"en": r"invalid|void|ineffective",
         "de": r"unwirksam\w*|ungültig\w*|nichtig\w*|wirkungslos\w*",
         "ru": r"недействительн\w*|недействителен|ничтожн\w*|неэффективн\w*"},
    ),
    Opposites(  # a verdict: convicted / acquitted
        {"en": r"convict(?:ed|ing|ion)|found\s+guilty",
         "de": r"verurteilt\w*|verurteil(?:en|ung)|schuldig\s+gesprochen|schuldspruch",
         "ru": r"осуд(?:ил|ила|или|ить|ят)|осужд[её]н\w*|приговори\w*"},
        {"en": r"acquit(?:s|ted|ting|tal)?|found\s+(?:not\s+guilty|innocent)",
         "de": r"freigesprochen|freisprech\w*|freispruch|sprach\w*\s+(?:\w+\s+){1,4}frei",
         "ru": r"оправда(?:л|ла|ли|ть|н|на|ны|нн\w*)|оправдательн\w*"},
    ),
    Opposites(  # a budget's balance
        {"en": r"surplus(?:es)?", "de": r"überschu(?:ss|ß)\w*|überschüsse\w*",
         "ru": r"профицит\w*"},
        {"en": r"deficits?|shortfalls?", "de": r"defizit\w*|fehlbetr[aä]g\w*",
         "ru": r"дефицит\w*"},
    ),
)  # fmt: skip
"""Concepts of reports, judgments and abstracts that the table did not know (see the module)."""

_DETERMINERS = frozenset("a an the this that its their his her our any no each every such".split())
"""English words before a noun ("a rise", "the increase")."""
_GERMAN_NOUN = re.compile(r"(?:ung|ungen|nahme|stieg|gang|ion|ionen)$", re.IGNORECASE)
"""Endings of a German noun, for a capitalized word that opens its sentence."""
_WORD = re.compile(r"[^\W\d_]+")


def nounal(word: re.Match[str], text: str, language: str) -> bool:
    """Whether the table's ``word`` (a match in ``text``) is read as a noun: in Russian a word
    that pymorphy3 reads as no verb ("Повышение"), in German a capitalized word within its
    sentence or one with a noun's ending ("Erhöhung"), in English a word after a determiner
    ("a rise"), ending in "-ion", or a gerund opening its sentence ("Raising the temperature
    lowered yields")."""
    first = _WORD.match(word.group())
    head = first.group() if first is not None else word.group()
    if language == "ru":
        return not is_verb(head)
    before = text[: word.start()].rstrip()
    if language == "de":
        opening = not before or before[-1] in ".!?:;"
        return head[:1].isupper() and (not opening or bool(_GERMAN_NOUN.search(head)))
    previous = _WORD.findall(before[-20:])
    if not before or before[-1] in ".!?:;":  # a gerund opening its sentence: its subject
        return head.casefold().endswith(("ing", "ion", "ions"))
    return bool(previous and previous[-1].casefold() in _DETERMINERS) or head.endswith(
        ("ion", "ions")
    )


def turned_verb(
    quote: tuple[str, str],
    passage: tuple[str, str],
    said: list[re.Match[str]],
    also: list[re.Match[str]],
    against: list[re.Match[str]],
) -> tuple[str, str] | None:
    """(quote verb, passage verb) when the passage says the quote's concept (``said`` in the
    quote, ``also`` in the passage) by nouns only, fewer times than the quote, and its
    opposite (``against``) by a verb, while the quote says its concept by a verb: "Raising
    the temperature increased yields" / "Die Erhöhung der Temperatur senkte die Erträge".
    ``quote`` and ``passage``: (text, language). "Temperatures increased" / "Die Erhöhung
    der Temperatur senkte die Erträge" is none: the passage says the rise too."""
    (text, language), (other, other_language) = quote, passage
    if len(also) >= len(said) or any(not nounal(m, other, other_language) for m in also):
        return None
    verbs = [m for m in said if not nounal(m, text, language)]
    turned = [m for m in against if not nounal(m, other, other_language)]
    if not verbs or not turned:
        return None
    there = turned[0]
    at = there.start() / max(len(other), 1)
    here = min(verbs, key=lambda m: abs(m.start() / max(len(text), 1) - at))
    return here.group(), there.group()
