"""Who does what to whom: the doer of a quote's clause against the doer of the passage's clause
that renders it.

A rendering keeps its people and still says something else when it swaps them: "Gregor told
his father that nothing at all was left from the business" where the book has the father tell
Gregor nothing ("zumindest hatte ihm der Vater nichts Gegenteiliges gesagt"); every word pairs.
Without a parser the roles are read from what marks them in each language: a personal
pronoun's case ("ihm", "him", "ему" are no doers), a German article's case ("den Vater", "dem
Vater"), a preposition before a person ("to his mother", "mit dem Besen"), an English or German
possessive ("Gregor's", "Gregors"), and otherwise the order of the clause (the first person
unmarked is its doer). A clause in the passive voice is not read.

People are the counterparts that are names on both sides or nouns of a family and its
household (:data:`_PERSON_NOUNS`; a person's noun is paired with its rendering by a table where
the word vectors miss it, "Prokurist" / "chief clerk": :mod:`.persons`). A clause is cut before
"and", "whether", "that"...: what follows has its own doer. Clauses are linked through what is
said of the people (a counterpart of :mod:`.wordpairs` that is no person, or a verb of saying,
which is a light word: "told" / "gesagt"), or through the same two people ("his father had to
try to calm Gregor down" / "mußte Gregor den Vater jetzt zu besänftigen suchen": the verbs
are no nearest neighbours). When the quote's clause has a person for its doer and another
undergoing, and the linked clause of the passage has for its doer the counterpart of the one
undergoing (and not of the doer), the roles differ; so they do when the quote's clause has a
named person for its doer and the linked clause of the passage, naming none of the quote's
people, has another person act ("Gregor knocked at one of the side doors" / "в одну из
боковых дверей постучал отец"). It is a flag, not a rejection: the passage found is the one
that tells of these people (the user's case above is at its right passage), and what differs
is checkable, as a negation on one side only is.

A swap needs the same two people on opposite sides: the passage's clause has the quote's
undergoer act and the quote's doer undergo (the doer itself, a pronoun that may stand for
it, or a doer the passage never names). A doer the passage names only in another clause
leaves the link in doubt: "What later became GNU/Linux started to be developed in 1984, when
the Free Software Foundation began work" had its second clause linked by "began" with
"Development of what later became GNU/Linux began", where GNU acts (walk114). Russian order
alone names no doer between two people whose case the dictionary cannot read ("Harbour
Committee больше не признаётся Shipping Board"); the first is the doer where it may be a
nominative ("сказал управляющий матери").

A Russian noun's case is read where the dictionary (:mod:`.morph_ru`) knows the word and
gives one case only: a nominative is the doer ("Анна"), a form with no nominative or dative
reading is none ("почтальона"; "отцу пришлось": the father must), so "Весной письма Борису
отправляет Анна" is Anna's doing; an ambiguous form ("мать") goes by order. A quote's name
without a counterpart (a doer the passage only calls "er" or "ему") is read as a person of its
clause, as is a capitalized word opening the quote without one (the names reader leaves
sentence openers out: "Lenin objected to Uritsky"). On the labelled set (bench_meaning
--detect) every role swap of roles-1..7 is flagged (4 of 7 before the table, the links
through two people and another's acting), and no true rendering.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..facts.languages import read_word_numbers
from ..normalize import WORD_RE, fold
from .addressee import formal_you
from .clauselinks import linked_clauses, occurrences
from .genitives import genitive_owner, german_s_owner, owners_exchanged, russian_owner
from .morph_ru import cases, known_name
from .namewords import mere_word
from .negation import clause_spans
from .onename import one_name_each
from .openerpersons import opening_persons
from .participles import PASSIVE, passive_at
from .passiveroles import passive_people
from .perceived import perceived, untitled
from .personnouns import office_swap
from .persons import person_of
from .timephrases import time_phrase
from .wordpairs import CAPITALIZED_NOUNS, Alignment

ROLES = "roles"
"""The flag of a passage whose people's roles differ from the quote's."""

OWNER = "owner"

_SUBJECT_PRONOUNS = {
    "en": "he she they i we",
    "de": "er ich wir du",
    "ru": "он она они я мы ты",
}
_OBJECT_PRONOUNS = {
    "en": "him them me us",
    "de": "ihn ihm mich mir uns dich dir ihnen",
    "ru": "его ему него нему им ним её ее ей ней нее их них меня мне нас нам тебя тебе",
}
_PREPOSITIONS = {
    "en": "to at by with from for of in on into onto toward towards about against upon after "
    "before behind beside near without during under over through across between among within "
    "since until via throughout despite around along beyond inside outside except amid "
    "alongside beneath underneath",
    "de": "zu zum zur an am von vom mit aus bei beim nach für gegen um über unter vor hinter "
    "neben ohne in im auf durch während seit bis zwischen wegen trotz außer innerhalb "
    "außerhalb entlang gegenüber samt statt anstatt",
    "ru": "к ко в во на с со у от о об по за над под перед при для до из без через между "
    "среди после около вокруг вместо кроме возле против про вдоль вне внутри мимо сквозь "
    "ради благодаря согласно",
}  # "During the upgrade the installer creates": the upgrade is no doer; "the wall around
# the orchard": the orchard is no one acted upon
_DETERMINERS = {
    "en": "the a an his her their my our your its this that",
    "de": "der die das des dem den ein eine einen einem einer eines sein seine seinen seinem "
    "seiner ihr ihre ihren ihrem ihrer mein meine meinen meinem meiner dieser diese diesen "
    "diesem",
    "ru": "его её ее их мой моя мою моей свой своя свою своей своего своему",
}
_NEVER = re.compile(r"$^")
_GERMAN_OBJECT = re.compile(r"(?:den|dem|einen|einem|[a-zäöü]*(?:en|em))$")
"""A German determiner in the accusative or dative ("den", "seinem", "ihren")."""
_PERSON_NOUNS = {
    "en": "father mother sister brother son daughter wife husband parents family man woman "
    "girl boy clerk maid servant lodger lodgers gentleman gentlemen master chief manager",
    "de": "vater mutter schwester bruder sohn tochter frau mann eltern familie mädchen junge "
    "prokurist prokuristen dienstmädchen bedienerin zimmerherr zimmerherren herr herren chef",
    "ru": "отец отца отцу отцом мать матери матерью сестра сестры сестре сестру сестрой брат "
    "сын дочь жена муж родители семья мужчина женщина девушка управляющий управляющего "
    "управляющему служанка жилец жильцы господин хозяин хозяина",
}
"""Nouns that name people (a family and its household, in each language's common forms):
with the names, the words whose roles are compared. A thing has a role too ("das trübe
Wetter machte ihn melancholisch"), but a translator makes a thing the doer or the object
freely ("Gregor's gaze turned to the window" / "Gregor turned to look out the window")."""
_SUBORDINATORS = {
    "en": "whether that if who which when where while because and but or",
    "de": "ob daß dass weil wenn wo als damit und aber oder sondern",
    "ru": "что чтобы ли когда где если который которая которое которые потому и а но или",
}  # "the spot where the lodgers had caught him": the lodgers are that clause's doers


def _words(table: dict[str, str], language: str) -> frozenset[str]:
    """A table's words in ``language``, folded (kept: the tables are the modules' constants,
    read for every word of a clause)."""
    key = (id(table), language)
    if key not in _FOLDED:
        _FOLDED[key] = frozenset(fold(w) for w in table.get(language, "").split())
    return _FOLDED[key]


_FOLDED: dict[tuple[int, str], frozenset[str]] = {}


@dataclass(frozen=True, slots=True)
class Person:
    """A person of a clause: where the word is, and whether it is the doer (None: an owner,
    "Gregor's", neither doer nor undergoer)."""

    at: int
    doer: bool | None


def clause_people(
    text: str,
    language: str,
    clause: tuple[int, int],
    people: Sequence[int],
    openers: Collection[int] = (),
) -> list[Person] | None:
    """The people of one clause of ``text`` (``people``: offsets of the words naming them,
    personal pronouns added), each a doer or not (in the passive voice, the one after "by":
    :mod:`.passiveroles`); None when it names no doer it can tell. ``openers``: words read
    as people where they open the clause (:func:`~.openerpersons.opening_persons`): its
    first person, so its doer where no other is marked one; in German and Russian, where
    what opens a clause is as often its object or an adverb ("Darüber schrie die Mutter"),
    only when no other person can be the doer."""
    a, b = clause
    subject, objects = _words(_SUBJECT_PRONOUNS, language), _words(_OBJECT_PRONOUNS, language)
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text, a, b)]
    opening = _words(_SUBORDINATORS, language)  # a clause within the clause: its own doer,
    # or another doer after "and" ("the mother appeared ... and behind her came the sister")
    cut = next((i for i, (_, w) in enumerate(words) if i and fold(w) in opening), len(words))
    own = words[cut][0] if cut < len(words) else b  # "was left" after "that" is another's
    passive = bool(PASSIVE.get(language, _NEVER).search(text, a, b)) or (
        passive_at(text, a, own, language) is not None  # "was built": .participles
    )
    words = words[:cut]
    if passive:  # "sent by Boris to Anna": .passiveroles
        read = passive_people(text, language, words, people)
        return None if read is None else [Person(at, doer) for at, doer in read]
    marked: dict[int, bool | str | None] = {}
    for i, (at, w) in enumerate(words):
        key = fold(w)
        if at in people:
            marked[at] = _marked(words, i, language)  # False: no doer; None: unmarked
        elif key in subject or formal_you(text, at, w, language):  # "Sie": .addressee
            marked[at] = True
        elif key in objects:
            marked[at] = False
    opener = words[0][0] if words and words[0][0] in openers else None
    if opener is not None and language not in _VERB_SECOND:  # "Lenin answered Bukharin"
        marked = {opener: None, **marked}
    found = [Person(at, None if doer == OWNER else bool(doer))
             for at, doer in marked.items() if doer is not None]  # fmt: skip
    unmarked = [at for at, doer in marked.items() if doer is None]
    if unmarked:  # the first unmarked person is the doer, unless a marked one is; in
        # Russian, whose order is free, one of two only beside a person its case marks or
        # where it may be a nominative ("Harbour Committee больше не признаётся Shipping
        # Board": no case the dictionary knows, no doer)
        ordered = language != "ru" or bool(found) or len(unmarked) < 2
        if not ordered:  # the first a nominative by the dictionary ("управляющий матери")
            ordered = "nomn" in cases(_word_at(words, unmarked[0]).lower())
        first = ordered and not any(p.doer for p in found)
        found += [Person(at, first and i == 0) for i, at in enumerate(unmarked)]
    if opener is not None and found and not any(p.doer for p in found):
        found.append(Person(opener, True))  # "Lenin objected to Uritsky"
    found.sort(key=lambda p: p.at)
    return found if any(p.doer for p in found) else None


def _word_at(words: list[tuple[int, str]], at: int) -> str:
    return next(w for a, w in words if a == at)


def _marked(words: list[tuple[int, str]], i: int, language: str) -> bool | str | None:
    """A person word's role as its language marks it: False (after a preposition, or in the
    accusative or dative), :data:`OWNER` ("Gregor's"), or None (unmarked)."""
    w = words[i][1]
    if re.search(r"['’]s$", w) or (language == "de" and german_s_owner(words, i)):
        return OWNER  # "Gregor's", "Gregors Vater" (not "schickt Boris die": .genitives)
    if genitive_owner(words, i, language):
        return OWNER  # "the voice of the LORD my God", "Yahweh my God's voice": .genitives
    if language == "ru" and i and russian_owner(w, words[i - 1][1]):
        return OWNER  # "силы Западной Европы": a genitive after a noun is no doer
    before = [fold(x) for _, x in words[max(0, i - 3) : i]]
    determiners, prepositions = _words(_DETERMINERS, language), _words(_PREPOSITIONS, language)
    if perceived(words, i, language, determiners, prepositions | _words(_SUBORDINATORS, language)):
        return OWNER  # "hear his mother express her joy": she does the next verb (.perceived)
    while before and (before[-1] in determiners or _number_word(before[-1], language)):
        if language == "de" and _GERMAN_OBJECT.match(before[-1]):
            return False
        before.pop()  # "of the three gentlemen": a number word between is read past
    if before and before[-1] in prepositions:
        return False
    known = language == "ru" and (w[:1].islower() or known_name(w))  # not a guess: "Ансельм"
    if known and (found := cases(w.lower())):  # "письма Борису отправляет Анна"
        if not found & {"nomn", "datv"}:
            return False  # "почтальона", "Анной": no subject (a dative may be: "отцу пришлось")
        if found == {"nomn"}:
            return True  # "Анна", "мэр": the subject
    return None


def _number_word(word: str, language: str) -> bool:
    """Whether ``word`` is a number in words ("three", "drei", "трёх"), not figures: "In the
    spring of 1494 King Charles" is a date before the doer."""
    return word.isalpha() and bool(read_word_numbers([word], language))


def people(
    alignment: Alignment,
    names: tuple[Sequence[str], Sequence[str]],
    languages: tuple[str, str],
) -> list[tuple[str, str]]:
    """The counterparts that name people, (quote word, passage word): a noun of
    :data:`_PERSON_NOUNS` on either side, or a name capitalized on both (``names``: the quote's
    and the passage's; or the same word on both sides, "Gregor" opening a sentence). "Russian"
    / "russischen" is no person, nor a month or a weekday ("on 11 February" / "On February
    11,": a time, read as a doer, was another's)."""
    mine, theirs = _words(_PERSON_NOUNS, languages[0]), _words(_PERSON_NOUNS, languages[1])
    nouns = set(languages) <= CAPITALIZED_NOUNS  # German to German: "Briefe" / "Briefe"
    found = _paired(alignment, mine, theirs, names, same_word=not nouns)
    return [(q, p) for q, p in found if not time_phrase({fold(q)}, languages[0])]  # "February"


def _paired(
    alignment: Alignment,
    mine: frozenset[str],
    theirs: frozenset[str],
    names: tuple[Sequence[str], Sequence[str]],
    *,
    same_word: bool = True,
) -> list[tuple[str, str]]:
    """The pairs of :func:`people`; ``same_word``: a capitalised word on both sides is a
    name (not where both sides capitalise every noun: there only the names are)."""
    return [
        (p.quote, p.passage)
        for p in alignment.pairs
        if fold(p.quote) in mine
        or fold(p.passage) in theirs
        or (
            p.quote[:1].isupper()
            and p.passage[:1].isupper()
            and (
                p.quote in names[0]
                or p.passage in names[1]
                or (same_word and fold(p.quote) == fold(p.passage))
            )
        )
    ]


@dataclass(frozen=True, slots=True)
class RolesReading:
    """What the roles of a passage's people say against the quote's."""

    swapped: bool
    """the passage's doer, in a clause that renders a clause of the quote, is a person the
    quote's clause has undergo what its own doer does (a flag: :data:`ROLES`)"""
    demoted: bool
    """no swap, but the doer of a quote's clause undergoes in the passage's clause, or is only
    named after a preposition, while another acts ("Die Mutter schlug Gregor" / "Gregor's
    sister rushed to his mother"): the passage tells of that person, not what the quote says
    they did (:func:`.verdict.judge`)"""


def read_roles(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    people: Sequence[tuple[str, str]],
    *,
    absent: Sequence[str] = (),
    others: Sequence[str] = (),
) -> RolesReading:
    """The roles of ``people`` (the counterparts that name people, (quote word, passage word),
    each found wherever its side says it) in the quote's clauses and the passage's clauses
    that render them. ``absent``: the quote's names without a counterpart there (:data:`ABSENT`
    persons of the quote: "Lenin objected to Uritsky" / "Урицкий возразил ему", where the
    passage calls Lenin "him"); ``others``: the passage's names without a counterpart
    (:data:`ANOTHER` persons there), read with them: "The Romans held Athens" / "The Spartans
    held Athens" is no swap (the names differ: the ``name`` flag)."""
    swapped = demoted = False
    for mine, theirs in _linked_people(quote, quote_language, passage, passage_language,
                                       alignment, people, absent, others):  # fmt: skip
        doers = {who for who, doer in mine if doer}
        undergoers = {who for who, doer in mine if doer is False} - {None}
        their_doers = {who for who, doer in theirs if doer} - {None}
        their_undergoers = {who for who, doer in theirs if doer is False}
        if (
            None not in doers
            and their_doers & undergoers
            and not their_doers & doers
            and _undergone(doers, their_undergoers)
        ):
            swapped = True
        swapped |= owners_exchanged(mine, theirs)  # "the cry of Martin" / "Martin's cry"
        if doers - {ABSENT} and None not in doers and their_doers == {ANOTHER}:
            swapped = True  # another does what the quote's named doer does
        named = doers - {None, ABSENT}
        if named & their_undergoers and not named & their_doers:
            demoted = True
            # the quote's doer undergoes what "he" does there, and the one the quote has
            # undergo it is not named there: "he" is that one ("Trotsky said to Kühlmann" /
            # "sagte er zu Trotzki")
            swapped |= ABSENT in undergoers and any(w is None and d for w, d in theirs)
    swapped = swapped or office_swap(
        quote, quote_language, passage, passage_language, alignment, clause_people
    )  # "the sponsor": .personnouns
    return RolesReading(swapped, demoted and not swapped)


def _undergone(doers: set[int | None], undergoers: set[int | None]) -> bool:
    """Whether the passage's clause has the quote's doer undergo: the doer itself, or a
    pronoun acted upon that may stand for it ("Gregor told his father" / "hatte ihm der
    Vater ... gesagt"), or a doer the passage never names (:data:`ABSENT`: "Lenin answered
    Bukharin" / "Бухарин ответил"). A doer the passage names in another clause, and not
    here, leaves this clause's reading without evidence: the clause may render another of
    the quote's ("Development of what later became GNU/Linux began in 1984" is no clause
    where the Free Software Foundation, named in the next, undergoes)."""
    return bool(doers & undergoers) or None in undergoers or ABSENT in doers


ANOTHER = -1
"""A person of a passage's clause whom the quote does not name (:func:`_another_acts`)."""
ABSENT = -2
"""A person the quote names and the passage does not (no counterpart there)."""

_Roles = list[tuple[int | None, bool | None]]
"""A clause's people: (index of the person in ``people``, or None for a pronoun; doer)."""


def _linked_people(
    quote: str,
    quote_language: str,
    passage: str,
    passage_language: str,
    alignment: Alignment,
    people: Sequence[tuple[str, str]],
    absent: Sequence[str] = (),
    others: Sequence[str] = (),
) -> Iterator[tuple[_Roles, _Roles]]:
    """The people of each quote clause and of each passage clause linked with it, where both
    name a doer (``absent``, ``others``: each side's names without a counterpart, read only
    when the quote has such: :data:`ABSENT`, :data:`ANOTHER`)."""
    q_clauses, p_clauses = clause_spans(quote), clause_spans(passage)
    q_who, p_who = (
        occurrences(
            quote, [q for q, _ in people], quote_language, _words(_PERSON_NOUNS, quote_language)
        ),
        occurrences(
            passage,
            [p for _, p in people],
            passage_language,
            _words(_PERSON_NOUNS, passage_language),
        ),
    )
    missing = {at: ABSENT for at, i in occurrences(quote, absent).items()
               if at not in q_who and not mere_word(absent[i], quote_language, quote)}  # fmt: skip
    openers = {at: ABSENT for at in opening_persons(quote, alignment, quote_language)
               if at not in q_who}  # fmt: skip
    extra = (
        {at: ANOTHER for at in occurrences(passage, others) if at not in p_who}
        if missing or openers
        else {}
    )
    missing |= openers
    q_one, p_one = one_name_each(  # "Frau Samsa", "the Debian Installer": one person each
        (quote, untitled(quote, q_who, quote_language)),
        (passage, untitled(passage, p_who, passage_language)),
    )
    kept: dict[int, set[int | None]] = {}  # quote clause -> doers the passage keeps doing
    others_act: list[tuple[int, _Roles]] = []
    another: _Roles = [(ANOTHER, True)]
    for q_clause, p_clause in linked_clauses(quote, quote_language, passage, passage_language,
                                              alignment, q_clauses, p_clauses, q_who,
                                              p_who):  # fmt: skip
        named = [*q_one, *(at for at in missing if at not in openers)]
        mine = clause_people(quote, quote_language, q_clauses[q_clause], named, openers)
        theirs = clause_people(passage, passage_language, p_clauses[p_clause], [*p_one, *extra])
        if not mine:
            continue
        roles = [(q_who.get(p.at, missing.get(p.at)), p.doer) for p in mine]
        if theirs:
            their_roles = [(p_who.get(p.at, extra.get(p.at)), p.doer) for p in theirs]
            kept.setdefault(q_clause, set()).update(
                {w for w, d in roles if d} & {w for w, d in their_roles if d}
            )
            yield roles, their_roles
        elif _another_acts(passage, passage_language, p_clauses[p_clause], p_who):
            others_act.append((q_clause, roles))
    # another acting in one linked clause is no swap where a clause linked with the same quote
    # clause has its doer act: "The charwoman stood ... as if she had news to report" / "Die
    # Bedienerin stand ..., als habe sie der Familie ... zu melden" (the family is no doer)
    yield from ((roles, another) for q, roles in others_act if not kept.get(q, set()) - {None})


_VERB_SECOND = frozenset({"de", "ru"})
"""Languages whose clause may open with its object or an adverb, the doer after the verb."""


def _another_acts(
    passage: str, language: str, clause: tuple[int, int], paired: Mapping[int, int]
) -> bool:
    """Whether the doer of a passage's clause that names none of the quote's people
    (``paired``: where the passage names them) is a person the quote does not name: "Gregor
    knocked at one of the side doors" / "и вот уже в одну из боковых дверей постучал отец"
    (the father knocked; Gregor is named in the clause before)."""
    a, b = clause
    if any(a <= at < b for at in paired):
        return False
    nouns = _words(_PERSON_NOUNS, language)
    others = [
        m.start()
        for m in WORD_RE.finditer(passage, a, b)
        if fold(m.group()) in nouns or person_of(m.group(), language) is not None
    ]
    found = clause_people(passage, language, clause, others) if others else None
    return found is not None and any(p.doer and p.at in others for p in found)
