"""Concepts of polarity the opposites table (:mod:`.opposites`) reads besides its verbs of
voting and counting: a state of mind ("pleased" / "недоволен"), a measure of wholeness ("the
full procedure" / "a shortened process"), and the states of need and honour (issue 10).

A translator renders "displeased" by "недоволен" and "a shortened NM process" by "сокращённую
процедуру"; a claim that says "доволен" or "полную" there says the contrary, and neither the
sentence vectors nor WordNet through the dictionary see it: WordNet sets "displeased" against
"pleased", not against "content" or "happy", which is all the dictionary gives for
"доволен"; and "shortened" is a length, set against "long", not against "full". Each entry is
two concepts, each the word forms of its synonyms per language (:class:`.Opposites`), read
by the table's rule: one side says one concept and not the other, the other side the other
and not the first, and no negation on one side only may turn it round.

Kept apart from :mod:`.opposites` for its size. The words of turning down ("lehnte ab" /
"welcomed") and of adding ("Fügen Sie ... hinzu" / "Remove yourself") are the table's own
entries' (accepting, installing), listed here as extra forms (:data:`WELCOMING`,
:data:`ADDING`, :data:`AGAINST`).
"""

from __future__ import annotations

from .oppositeconcepts import Opposites

WELCOMING = {
    "en": r"welcom(?:e|es|ed|ing)",
    "de": r"begrü(?:ß|ss)(?:e|en|t|te|ten|ung)|begrü(?:ß|ss)t(?:e[mnrs]?)?",
    "ru": r"приветствова\w*|приветству(?:ет|ют|ю|ем|ете|я)",
}
"""Forms of welcoming, a kind of accepting ("welcomed state interference" / "lehnte ... ab")."""

ADDING = {
    "en": r"add(?:s|ed|ing|ition)?|append(?:s|ed|ing)?",
    "de": r"hinzu(?:zu)?füg\w*|hinzugefügt\w*|füg(?:e|en|t|te|ten|st)\s+(?:[\w-]+\s+){0,12}?hinzu"
    r"|angehängt\w*|anhäng\w*|anzuhängen",
    "ru": r"добав(?:ить|ит|ят|ил[аио]?|или|ьте|ь|ля(?:ет|ют|ть|л[аио]?|ли|йте|я)"
    r"|лен[аоы]?|лени[еяю])|дописыва\w*|дописа\w*|присоедин\w*",
}
"""Forms of adding and appending, a kind of including: "Fügen Sie sich ... hinzu" (a German
imperative, its particle at the clause's end, which :mod:`.separable` joins only in a main
clause's second place), "add yourself", "добавьте себя" against "remove", "entfernen",
"удалите"; and appending with them, so that "the option is added to every command, the
others skipped" is no opposite of "excluding the others, with the option appended"
(walk111 rt-de-12)."""

AGAINST = {
    "en": r"(?:am|is|are|was|were|be|been)\s+against",
    "de": r"(?:bin|bist|ist|sind|seid|war|waren|wäre|wären|sein)\s+gegen"
    r"(?=\s+(?:den|die|das|einen?|eine[mnrs]?|jede[nmrs]?|diese[nmrs]?|solche[nmrs]?)\b)",
    "ru": r"(?:будет|будут|есть)\s+против",
}
"""Being against, a kind of opposing ("sind gegen einen Mindestlohn" / "are not opposed to a
minimum wage"); German "gegen" before an article only, not a time ("war gegen Mittag da")."""

POLAR_WORDS: tuple[Opposites, ...] = (
    Opposites(  # a state of mind: satisfied or not
        {"en": r"pleased|satisfied|contented|delighted|glad",
         "de": r"zufrieden\w*|erfreut\w*|froh|frohe[mnrs]?",
         "ru": r"довол(?:ен|ьна|ьно|ьны|ьный|ьная|ьное|ьные|ьным|ьного|ьной)|"
               r"удовлетвор[её]н\w*|рад|рада|рады"},
        {"en": r"displeased|dissatisfied|discontent(?:ed)?|unsatisfied|annoyed|vexed",
         "de": r"unzufrieden\w*|verärgert\w*|verstimmt\w*|ungehalten\w*|missvergnügt\w*",
         "ru": r"недовол(?:ен|ьна|ьно|ьны|ьный|ьная|ьное|ьные|ьным|ьного|ьной)|"
               r"неудовлетвор[её]н\w*|раздосадован\w*|раздражён\w*|раздражен\w*"},
    ),
    Opposites(  # wholeness: a procedure, a text, a list in full or cut short
        {"en": r"full|complete|entire|unabridged|in\s+full",
         "de": r"volle[mnrs]?|vollständig\w*|komplett\w*|ungekürzt\w*|gesamte[mnrs]?",
         "ru": r"полн(?:ый|ая|ое|ые|ую|ого|ой|ом|ым|ыми|ых|ому)|полностью|"
               r"целиком|несокращённ\w*|несокращенн\w*"},
        {"en": r"shortened|abridged|abbreviated|truncated|partial|incomplete|curtailed",
         "de": r"verkürzt\w*|gekürzt\w*|abgekürzt\w*|unvollständig\w*|teilweise|partiell\w*",
         "ru": r"сокращённ\w*|сокращенн\w*|укороченн\w*|частичн\w*|неполн(?:ый|ая|ое|ые|ую|"
               r"ого|ой|ом|ым|ыми|ых|ому)|урезанн\w*"},
    ),
)  # fmt: skip
"""The entries this module adds to :data:`.opposites.OPPOSITES` (read after the others)."""

NEEDS_AND_HONOUR: tuple[Opposites, ...] = (
    Opposites(
        {"en": r"hungry|hunger|starv\w*|famished|famine",
         "de": r"hunger\w*|hungert\w*|hungrig\w*|verhunger\w*|gehungert",
         "ru": r"голод\w*|голодн\w*"},
        {"en": r"fed|well-fed|sated|nourished", "de": r"satt|satte[mnrs]?|gesättigt|\w*genährt\w*",
         "ru": r"сыт\w*|накормлен\w*"},
    ),
    Opposites(
        {"en": r"honou?rable|honou?red|glorious|proud|dignified",
         "de": r"ehrenvoll\w*|ehrenhaft\w*|ruhmreich\w*|ruhmvoll\w*|stolz\w*|würdig\w*",
         "ru": r"почётн\w*|почетн\w*|достойн\w*|славн\w*|горд\w*"},
        {"en": r"shameful|disgraceful|dishonou?rable|ignominious|humiliating|infamous",
         "de": r"schmachvoll\w*|schändlich\w*|schimpflich\w*|demütigend\w*|ehrlos\w*|"
               r"unwürdig\w*|entehrend\w*",
         "ru": r"позорн\w*|постыдн\w*|унизительн\w*|бесчестн\w*"},
    ),
)  # fmt: skip
"""Hunger against being fed, honour against shame: the table's entries, moved here unchanged
(:mod:`.opposites` reads them at their old place)."""


def with_forms(concept: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """``concept`` with the word forms of ``extra`` added, language by language.

    >>> with_forms({"en": "accept"}, {"en": "welcome", "de": "begrüßt"})
    {'en': 'accept|welcome', 'de': 'begrüßt'}
    """
    merged = dict(concept)
    for language, forms in extra.items():
        merged[language] = f"{merged[language]}|{forms}" if language in merged else forms
    return merged
