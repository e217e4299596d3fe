"""Negations of a quote and of its rendering, compared clause by clause, in any language.

A rendering may keep the meaning with a negation on one side only ("cannot form a good
opinion" / "form an unfavourable opinion"; "nicht leer" / "somebody was there"), and a passage
often says more than the quote (a parenthesis with its own "nicht"). So a negation is compared
only with the clauses its clause is aligned with (the clauses holding the counterparts of its
content words, :mod:`.wordpairs`), and only an *explicit* negation word ("not", "nicht", "не",
"kein", "never") can raise a difference: a word negated by an affix ("unable", "nutzlos",
"неспокойно", "impossible") only answers one. "these colonies are costly" against "these
colonies cost nothing" is a difference; "they cannot hurt" against "they are unable to do
mischief" is not. A negation answered only in a neighbouring clause is not answered when the
word right after it has a counterpart in a clause without negation and the negations next door
answer something else ("He was not used to sleeping on his right side, but could not get into
that position" / "er war gewöhnt, ... konnte sich aber ... nicht in diese Lage bringen").
A negation in a clause without any counterpart is compared with the clauses of the other side
that stand in its place (:mod:`.clauseorder`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..facts.languages import NEGATIONS, read_numbers_in
from ..normalize import WORD_RE, fold
from .absenceanswers import absence_answers
from .boundabsence import absence_at, lack_at
from .cancelling import ABSENCE, PRESENCE, cancelled, doubled, doubles
from .clauseorder import clauses_in_order, next_to, uncrossed
from .conjuncts import joins_in
from .lightwords import LIGHT_WORDS
from .listedvalues import value_reading
from .negscope import complements_in, in_scope, negated_after, past_scope
from .nextdoor import claimed, spoken_for
from .outside import place_reading
from .polarity import affixed_double, parity_differs, turned_lack
from .prefixsense import negated_by_dis
from .privative import idiom_spans, lacking
from .reported import clause_cuts
from .stems import STOPWORDS
from .untilnot import NO_UNTIL, UntilReading, until_reading

_AFFIXED = {
    "en": re.compile(
        r"un(?!der|til|to|ion|it|iv|iq|cle|less|ess)[a-z]{4,}|(?:im|in)(?:possib|prob|capab|abil"
        r"|suffic|adequa|visib|evitab|credib|activ|dispens|compat)[a-z]*|(?!(?:un|bl|nevertheless|"
        r"regardless|doubtless))[a-z]{3,}less(?:ly|ness)?|hardly|scarcely|barely"
        r"|non(?!e|sens|chal|descr|plus|ag)[a-z]{4,}"  # "non-self-governing", folded
    ),
    "de": re.compile(
        r"un(?!ter|s|d$|ser|sr|gefahr|gefähr|geheuer|geziefer|bedingt|mittelbar|heimlich|i(?!n))"
        r"[a-zäöüß]{4,}|[a-zäöüß]{3,}los(?:e[nmrs]?)?"
        r"|kaum|inkompatib[a-zäöüß]*|nicht(?!s|ig)[a-zäöüß]{4,}"  # "Nicht-Mitglieder"
    ),
    "ru": re.compile(
        r"не(?!сколь|мног|котор|давн|бо|дел|мец|мецк|рв|сти|сл|сь|т$|льз|жн|же|ве|ча|да|го|обход)"
        r"[а-яё]{4,}|бе[зс][а-яё]{4,}|едва"
    ),
}
"""Words negated by an affix, or nearly negations ("hardly", "kaum", "едва"): they answer an
explicit negation on the other side but never raise a difference themselves."""
_AUXILIARIES = {
    "en": frozenset(
        "have has had having being to be been do does did need needs needed ought dare dares "
        "dared".split()
    ),
    "de": frozenset(
        fold(w)
        for w in "müssen muß muss mußte musste mußten mussten brauchen braucht brauchte "
        "haben hat hatte hatten sein".split()
    ),
    "ru": frozenset(
        "был была было были будет приходилось пришлось надо нужно бы "
        "должен должна должно должны мог могла могло могли смог смогла смогло смогли "
        "может могут сможет смогут смел смела смело смели смеет смеют сметь".split()
    ),
}
"""Words between a negation and the word it negates in a verb's chain ("not have to cook",
"не приходилось готовить", "не смог бы ... быть"): read past; so is the modal "dare" ("dare
not oppose", "will not dare to oppose", "не смели возражать": each negates "oppose")."""
_DETERMINERS = frozenset(
    fold(w)
    for w in """no kein keine keinen keinem keiner keines aucun aucune nessun nessuno nessuna
    ningun ninguna ninguno никакой никакого никакая никакие никаких никаким никакую""".split()
)
"""Negations that head a noun phrase ("no other answer", "keine andere Antwort"): they negate
its noun, past the phrase's function words."""
_GERMAN_OPENERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines auf an in im am um mit für
    fur über uber unter vor nach bei von vom zum zur aus durch gegen ohne""".split()
)
"""Articles and prepositions: German "nicht" stands before the phrase it negates ("nicht auf
vier Uhr eingestellt"); not "zu" ("nicht zu denken" negates the verb, as "not to")."""
_CLAUSE_MARK = re.compile(
    r"[,;:()\[\]!?…]|\.(?!\d|\s*[^\W\d_](?<=[a-zäöüßа-яё]))|\s[-–—]+\s|--|»|«|“|”|\"|"
    r"\s(?=(?i:because|although|though|unless|whereas)\b)"
)
"""Where a clause ends: punctuation (no period before a figure or a small letter: "Karl VIII.
mit", "3.5"), dashes, quotation marks, and before an English subordinator, which German and
Russian set off by a comma: "unable to do because he was used to ..." is two clauses."""

_SENTENCE_END = re.compile(r"[.!?…]")


def affix_negated(word: str, language: str) -> bool:
    """Whether ``word`` is negated by an affix (:data:`_AFFIXED`: "unwilling", "nutzlos"), not
    a word of lack."""
    affix = _AFFIXED.get(language)
    return affix is not None and affix.fullmatch(fold(word).casefold()) is not None


def explicit_negations(language: str) -> frozenset[str]:
    """The folded negation words of a language (the word matcher's list: facts.languages)."""
    return NEGATIONS.get(language, frozenset())


@dataclass(frozen=True, slots=True)
class Negations:
    """Where a text negates: explicit words and affixed ones (start offsets), and its
    clauses (spans): what :func:`negation_differs` compares."""

    explicit: tuple[tuple[int, str], ...]
    affixed: tuple[tuple[int, str], ...]
    clauses: tuple[tuple[int, int], ...]
    counts: tuple[int, ...] = ()  # where a number over one is stated ("a hundred times")
    negated: tuple[int, ...] = ()  # per explicit negation: the next word's offset in its clause
    language: str = ""
    reach: tuple[int, ...] = ()  # per explicit negation: the last clause its verb chain reaches
    targets: tuple[int, ...] = ()  # per explicit negation: the word it negates (-1: none)
    absence: frozenset[int] = frozenset()  # the explicit ones that are prepositions of absence
    doubled: tuple[int, ...] = ()  # per explicit negation: a word it negates in turn (-1: none)
    presence: tuple[int, ...] = ()  # where a preposition of presence stands ("with", "mit")
    infinitive: frozenset[int] = frozenset()  # German clauses of "zu" and an infinitive
    coordinators: tuple[int, ...] = ()  # where "and", "und", "и" stand (.conjuncts)
    complements: tuple[tuple[int, int], ...] = ()  # "that", "dass", "что" (.negscope)
    until: UntilReading = NO_UNTIL  # "solange nicht", "not until" (.untilnot)
    text: str = ""  # the text read (.wordedotherwise, .negatedopposite read its words)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for _, w in self.explicit)


@lru_cache(maxsize=1 << 12)  # a quote and its passages are read by several checks
def read_negations(text: str, language: str) -> Negations:
    """The negations of ``text`` in ``language``.

    "not only" is no negation, nor Russian "ни" after "бы" ("как бы он ни бросался": however
    hard he threw himself).

    >>> n = read_negations("Как бы он ни бросался, он не мог, и это было невозможно.", "ru")
    >>> n.words, [w for _, w in n.affixed]
    (('не',), ['невозможно'])
    """
    text = place_reading(text, language)  # "stood without the city": outside, no absence
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    folded = [fold(w) if language != "ru" else w.casefold() for _, w in words]
    explicit_set = {fold(w) for w in explicit_negations(language)}
    affix = _AFFIXED.get(language)
    explicit, affixed, idioms = [], [], idiom_spans(text, language)  # "not only": :mod:`.privative`
    for i, ((start, word), low) in enumerate(zip(words, folded, strict=True)):
        value = fold(low) in explicit_set and value_reading(text, start, start + len(word),
                                                            explicit_set)  # fmt: skip
        if value:  # "--color=never": no negation; "(-U, не сортировать)": answers (.listedvalues)
            affixed += [(start, word)] if value == "gloss" else []
        elif fold(low) in explicit_set or absence_at(folded, i, language):  # not "do without"
            concessive = language == "ru" and low == "ни" and "бы" in folded[max(0, i - 3) : i]
            if not any(a <= start < b for a, b in idioms) and not concessive:
                explicit.append((start, word))
        elif (
            (affix is not None and affix.fullmatch(low))
            or lack_at(folded, i, language)
            or (language == "en" and negated_by_dis(low))  # "disarmed", not "dismissed"
        ):
            affixed.append((start, word))
    counts = tuple(n.start for n in read_numbers_in(text, language) if n.value > 1)
    clauses = clause_spans(text)
    starts = [start for start, _ in words] + [-1]
    nexts = [_negated_word(starts, folded, starts.index(at), language) for at, _ in explicit]
    negated = tuple(
        -1 if nxt < 0 or clause_of(clauses, nxt) != clause_of(clauses, at) else nxt
        for (at, _), nxt in zip(explicit, nexts, strict=True)
    )
    reach = tuple(
        _reach(text, clauses, at, nxt, language)
        for (at, _), nxt in zip(explicit, nexts, strict=True)
    )
    targets = tuple(
        _target_word(starts, folded, starts.index(at), nxt, language, clause_of(clauses, at),
                     clauses)
        for (at, _), nxt in zip(explicit, nexts, strict=True)
    )  # fmt: skip
    without = frozenset(at for at, w in explicit if w.casefold() in ABSENCE.get(language, ()))
    lacks = {at for at, _ in affixed}  # "nicht gegen einen Mindestlohn": "gegen" (.preventions)
    lacked = tuple(n if n in lacks else t for n, t in zip(negated, targets, strict=True))
    double = doubled(text, language, explicit, affixed, lacked,
                     [clause_of(clauses, at) for at, _ in explicit + affixed])  # fmt: skip
    present = tuple(  # "nicht ohne einen Zuschuss" says "with" too (.privative)
        s for s, w in zip(starts[:-1], folded, strict=True) if w in PRESENCE.get(language, ())
        or (w in ABSENCE.get(language, ()) and any(a <= s < b for a, b in idioms))
    )  # fmt: skip
    return Negations(
        tuple(explicit), tuple(affixed), clauses, counts, negated, language, reach, targets,
        without, double, present, _infinitives(text, clauses, language), joins_in(text, language),
        complements_in(text, language), until_reading(text, language), text,
    )  # fmt: skip


def _infinitives(text: str, clauses: tuple[tuple[int, int], ...], language: str) -> frozenset[int]:
    """The German clauses that end in "zu" and an infinitive, complements of the clause before
    ("wir weigerten uns, einen Annexionsfrieden zu unterzeichnen"): negated with it."""
    zu = re.compile(r"\bzu\s+\w+en\W*$")
    return frozenset(
        k for k, (a, b) in enumerate(clauses) if language == "de" and zu.search(text, a, b)
    )


def _target_word(
    starts: list[int],
    folded: list[str],
    i: int,
    nxt: int,
    language: str,
    clause: int,
    clauses: tuple[tuple[int, int], ...],
) -> int:
    """The offset of the word the negation at word ``i`` negates, -1 when its clause ends
    first: the word after it past its verb's auxiliaries (``nxt``) and the light words that
    say little alone ("did not go slowly": "slowly"); past function words too after a
    negation heading a noun phrase ("no other answer": "answer") and in German, where
    "nicht" stands before the phrase it negates ("nicht auf vier Uhr eingestellt": past its
    articles and prepositions). Else a function word stops it ("certainly not his sister",
    "nor in the Italians' breasts" negate no word of their own: an ellipsis)."""
    if nxt < 0:
        return -1
    # past "to" too after a light word ("not much to fear": "fear")
    skip = LIGHT_WORDS.get(language, frozenset()) | _AUXILIARIES.get(language, frozenset())
    if fold(folded[i]) in _DETERMINERS or folded[i] in ABSENCE.get(language, ()):
        skip = skip | STOPWORDS.get(language, frozenset())
    elif language == "de":
        skip = skip | _GERMAN_OPENERS | {"viel", "zu"}  # "nicht viel zu fürchten": "fürchten"
    j = starts.index(nxt)
    while j < len(folded) - 1 and fold(folded[j]) in skip:
        j += 1
    return starts[j] if j < len(folded) and clause_of(clauses, starts[j]) == clause else -1


def _reach(
    text: str, clauses: tuple[tuple[int, int], ...], at: int, nxt: int, language: str
) -> int:
    """The last clause a negation's verb chain reaches: its own, or, when the chain runs over
    its clause's end ("и он не смог бы, даже поторопившись, ... быть на вокзале": the verb
    negated is past a parenthesis), the last clause of its sentence. German puts "nicht"
    after its verb ("rührte sich nicht, um ..."): its chain never runs on."""
    own = clause_of(clauses, at)
    if nxt < 0 or language == "de" or clause_of(clauses, nxt) == own:
        return own
    if _SENTENCE_END.search(text, at, nxt):
        return own
    end = own
    while end + 1 < len(clauses) and not _SENTENCE_END.match(text, clauses[end + 1][0]):
        end += 1
    return end


def _negated_word(starts: list[int], folded: list[str], i: int, language: str) -> int:
    """The offset of the word the negation at word ``i`` negates: the next word past the
    auxiliaries of its verb ("did not have to cook": "cook"), -1 at the end. A sentence's
    other negations ("not much trouble", "almost nothing") answered the "not" of "did not have
    to cook" from next door, against "mußte ... kochen; allerdings machte das nicht viel
    Mühe": "have" has no counterpart, so what "not" negates was never compared."""
    skip = _AUXILIARIES.get(language, frozenset())
    j = i + 1
    while j < len(folded) and folded[j] in skip:
        j += 1
    return starts[j] if j < len(folded) else -1


def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Clauses of ``text``: cut at punctuation, dashes and quotation marks."""
    cuts = clause_cuts(text, _CLAUSE_MARK)  # and before a reported "that" (.reported)
    spans = [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip(" ,;:")]
    return tuple(spans) or ((0, len(text)),)


def clause_of(clauses: tuple[tuple[int, int], ...], offset: int) -> int:
    """The clause (index into ``clauses``) holding ``offset``; the last when beyond."""
    for i, (a, b) in enumerate(clauses):
        if a <= offset < b:
            return i
    return len(clauses) - 1


def negation_differs(
    quote: Negations,
    passage: Negations,
    pairs: Iterable[tuple[int, int]] | None,
    *,
    rendered: tuple[Mapping[int, bool], Mapping[int, bool]] = ({}, {}),
) -> bool:
    """Whether one side negates what the other affirms.

    ``pairs``: (quote offset, passage offset) of content words that render each other. An
    explicit negation in a clause counts against the clauses of the other side that hold the
    counterparts of its clause's words; it is answered by any negation (explicit or affixed)
    there or in a clause next to one of them. Without pairs, the whole texts are compared.
    ``rendered``: the quote's and the passage's content words, offset -> whether the word
    has a counterpart (:attr:`.wordpairs.Alignment.rendered`).
    """
    links: dict[int, set[int]] = {}
    back: dict[int, set[int]] = {}
    pairs = uncrossed(list(pairs or ()), (quote.clauses, passage.clauses))  # .clauseorder
    for q_at, p_at in pairs or ():
        qc, pc = clause_of(quote.clauses, q_at), clause_of(passage.clauses, p_at)
        links.setdefault(qc, set()).add(pc)
        back.setdefault(pc, set()).add(qc)
    if turned_lack(quote, passage, rendered) or turned_lack(passage, quote, rendered[::-1]):
        return True  # "failed to show" / "nicht versäumt, ... zu zeigen" (.polarity)
    if not links:
        return bool(quote.explicit) != bool(passage.explicit)
    there = dict(pairs or ())
    here = {p_at: q_at for q_at, p_at in pairs or ()}
    return _unanswered(quote, passage, links, there, rendered) or _unanswered(
        passage, quote, back, here, (rendered[1], rendered[0])
    )


def _unanswered(
    one: Negations,
    other: Negations,
    links: dict[int, set[int]],
    counterparts: dict[int, int],
    content: tuple[Mapping[int, bool], Mapping[int, bool]] = ({}, {}),
) -> bool:
    """An explicit negation of ``one`` whose aligned clauses of ``other``, and the clauses
    next to them (two languages cut a sentence at different places), negate nothing.

    A negation answered only next door is unanswered where its own aligned clause states a
    number that its clause does not: "He must never have tried it, shut his eyes so that he
    wouldn't have to look" against "He must have tried it a hundred times, shut his eyes so that
    he wouldn't have to look" differs ("wouldn't" answers its own clause's); and where the word
    it negates is rendered affirmed (:func:`.nextdoor.spoken_for`), or has no counterpart while
    the negations next door answer others (:func:`.nextdoor.claimed`). A negation of ``other``
    that negates the counterpart of what another negation of ``one`` negates answers that one
    only (:func:`_taken`: "keine andere Antwort" renders "no other answer", it does not answer
    "did not urge" in the same German clause). ``counterparts``: offset of a content word of
    ``one`` -> its counterpart's in ``other``; ``content``: each side's content
    words, offset -> whether the word has a counterpart."""
    rendered = _renders_affixed(one, other, counterparts)
    affixed = {at for at, _ in other.affixed}
    lacks = {at for at, w in other.affixed if lacking(fold(w), other.language or "en")}
    counted = {clause_of(other.clauses, at) for at in other.counts}
    taken = _taken(one, other, counterparts)
    for i, (at, _) in enumerate(one.explicit):
        if cancelled(one, other, i, counterparts, content[0]):  # "without a word": .cancelling
            continue
        clause = clause_of(one.clauses, at)
        # across languages, an affixed word rendering a word of another clause answers that
        # clause, not this one ("unruhigen" renders "anxious dreams", not "had not been
        # changed"); in one language such a pair is a chance ("worthless"/"endless")
        elsewhere = {
            p
            for q, p in counterparts.items()
            if one.language != other.language and clause_of(one.clauses, q) != clause
        }
        answering = [
            a
            for a, _ in other.explicit + other.affixed
            if a not in rendered
            and not (a in affixed and (a in elsewhere or _lack_double(one, other, i, a)))
            and not parity_differs(one, other, i, a)  # "did not go" / "scheute nicht"
            and _answers(one, other, i, a, taken, counterparts)
            and absence_answers(one, other, i, a, counterparts, content)  # .absenceanswers
        ]
        answers = {clause_of(other.clauses, a) for a in answering}
        answers |= {c + 1 for c in answers if c + 1 in other.infinitive}  # "weigerten uns, zu"
        aligned = _aligned(one, i, links)
        worded = _worded(one, content[0]), _worded(other, content[1])
        if not aligned:  # no counterpart in its clause: the other side's clauses in its place
            placed = clauses_in_order(clause, links, *worded)
            # answered there or next to it, as an aligned clause is (cut elsewhere)
            if placed and clause in worded[0] and not next_to(placed) & answers:
                return True
            continue
        if aligned & answers:
            continue
        near = next_to(aligned)  # a word of lack ("failed to") answers its own clause only
        if not near & {clause_of(other.clauses, a) for a in answering if a not in lacks}:
            return True
        counts_here = any(clause_of(one.clauses, n) == clause for n in one.counts)
        if aligned & counted and not counts_here:
            return True
        if _negates_unrendered(one, at, content[0]) and not near & answers - claimed(
            one, links, clause
        ):
            return True  # each negation next door answers another negated clause
        target = _target(one, i)
        if (
            target in counterparts
            and clause_of(other.clauses, counterparts[target]) not in answers
            and spoken_for(one, other, links, clause, aligned, worded)
        ):
            return True
    return False


def _lack_double(one: Negations, other: Negations, i: int, at: int) -> bool:
    """Whether ``one``'s ``i``-th negation negates a word of lack in its turn while ``other``'s
    affixed word at ``at`` does not ("unwilling to leave out" answers "cannot omit":
    :func:`.polarity.affixed_double`)."""
    return doubles(one, i) and not affixed_double(other, at)


def _worded(one: Negations, rendered: Mapping[int, bool]) -> set[int]:
    """The clauses of ``one`` that hold a content word (``rendered``: its content words)."""
    return {clause_of(one.clauses, at) for at in rendered}


def _aligned(one: Negations, i: int, links: dict[int, set[int]]) -> set[int]:
    """The clauses of the other side aligned with the clause of ``one``'s ``i``-th negation;
    when that clause has no counterparts and the negation's verb chain runs past it ("он не
    смог бы, даже поторопившись, в восемь часов быть на вокзале"), those of the clauses it
    runs into."""
    clause = clause_of(one.clauses, one.explicit[i][0])
    aligned = set(links.get(clause, set()))
    reach = one.reach[i] if i < len(one.reach) else clause
    for later in range(clause + 1, reach + 1) if not aligned else ():
        aligned |= links.get(later, set())
    return aligned


def _target(one: Negations, i: int) -> int:
    """The word the ``i``-th negation of ``one`` negates (:func:`_target_word`), -1: none."""
    return one.targets[i] if i < len(one.targets) else -1


def _answers(
    one: Negations,
    other: Negations,
    i: int,
    at: int,
    taken: dict[int, set[int]],
    counterparts: dict[int, int],
) -> bool:
    """Whether the negation of ``other`` at ``at`` may answer ``one``'s ``i``-th: unless it
    is :func:`_taken` by another, while what the ``i``-th negates has a counterpart before
    it or in another clause ("bat ... vergeblich ... und bekam keine Antwort" answers no "did
    not ask"). Its scope, the rest of its clause, it answers still ("weder Zeit noch
    Möglichkeit" for "не было ни времени, ни возможности"; "it may not become known"), up
    to a complement clause's "that" (:mod:`.negscope`): none answers a negation of a word
    there ("no other way than letting them understand that the dam would not flood")."""
    there = counterparts.get(_target(one, i), -1)
    after = there > at and clause_of(other.clauses, there) == clause_of(other.clauses, at)
    if after and not in_scope(other.complements, at, there, negated_after(other, at)):
        return False
    if past_scope(one, other, i, at, counterparts):
        return False
    return i in taken.get(at, {i}) or there < 0 or after


def _taken(one: Negations, other: Negations, counterparts: dict[int, int]) -> dict[int, set[int]]:
    """The explicit negations of ``other`` that negate the counterpart of what a negation of
    ``one`` negates: offset -> the indices of those negations of ``one``."""
    targets: dict[int, set[int]] = {}
    for i in range(len(one.explicit)):
        if (t := _target(one, i)) in counterparts:
            targets.setdefault(counterparts[t], set()).add(i)
    return {
        at: targets[t]
        for j, (at, _) in enumerate(other.explicit)
        if (t := _target(other, j)) in targets
    }


def _negates_unrendered(one: Negations, at: int, rendered: Mapping[int, bool]) -> bool:
    """Whether the first content word after the negation at ``at``, in its clause, has no
    counterpart."""
    _, end = one.clauses[clause_of(one.clauses, at)]
    after = [w for w in rendered if at < w < end]
    return bool(after) and not rendered[min(after)]


def _renders_affixed(one: Negations, other: Negations, counterparts: dict[int, int]) -> set[int]:
    """Offsets of ``other``'s affixed words that render an affixed word of ``one``: "hilflos"
    renders "helplessly", it answers no "not" ("His legs did not flicker helplessly" /
    "flimmerten ... hilflos"). In one language only the same word renders it ("worthless" is
    no rendering of "endless", whatever the word vectors pair)."""
    theirs = dict(other.affixed)
    return {
        counterparts[at]
        for at, word in one.affixed
        if counterparts.get(at) in theirs
        and (one.language != other.language or fold(word) == fold(theirs[counterparts[at]]))
    }
