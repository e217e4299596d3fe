"""Who said each quotation, and whether it was said in conversation: the attribution step.

:func:`read_text` computes once what the whole extraction needs about a text (paragraphs,
quotations, dates, the names it uses); :class:`Speakers` decides, for each quotation, in this
order:

1. a **verb of saying beside it** (:mod:`~sourcecheck.extract.sieves`: a name, a pronoun or a
   description next to the verb), its mention resolved to a person of the text
   (:mod:`~sourcecheck.extract.resolve`); else an **attribution clause**: the lead-in of the
   quotation's sentence ("Zinoviev declared:", "averred that", "called them"), the words
   interrupting it, or a short clause after it ("” Lenin questioned me.");
2. **dialogue**: a paragraph that is only a quotation, after one, answers it: its speaker is
   whom the previous one addressed ("questioned me": the author), else the one before;
3. **salience**: the person last named before it, within two paragraphs (a guess);
4. once every quotation is read, the **conversation** (:mod:`~sourcecheck.extract.turns`):
   turns, vocatives, the narrator's name, pronouns read again with every turn's speaker.

"I" is the author, else the narrator; "he" is never the "I" who writes. The kind (``oral`` or
``quotation``) is :mod:`~sourcecheck.extract.kinds`'s; a paragraph naming a source's title
makes its quotations that source's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..models import Source, Span, excerpt
from ..normalize import WORD_RE, fold
from ..texts.paragraphs import Paragraph, paragraphs
from . import attribution as attr
from . import colonleads, extracts, sieves
from .anaphora import contradicts, narrated_as, pronoun_gender, resolve_cue
from .beside import CueFinder
from .contexts import Surroundings
from .cue import Cue
from .facts import TextDates, find_dates
from .gender_shown import name_shown, shown_by_pronoun
from .kinds import kind_going_on, speech_kind, written_before
from .people import people_of
from .quotes import Quotation, find_quotations, is_attribution
from .rereading import answered, answered_turn, reread
from .resolve import NARRATOR, Referents, Turn
from .silences import silent_answer
from .sources import title_spans
from .surnames import full_name, split_authors, surname
from .titles import is_organisation
from .verbs import CONTINUING, REPLYING
from .vocatives import vocatives

_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Miss|Ms|Dr|Lady|Lord|Sir)\.?\s+$")


@dataclass(slots=True)
class Said:
    """What was decided about one quotation."""

    quote: Quotation
    speaker: str | None = None
    speaker_key: str = ""
    person: bool = True
    addressee: str | None = None
    evidence: str = "none found"
    speaker_confidence: float = 0.2
    attributed: bool = False
    starts_paragraph: bool = False
    kind: str = "quotation"
    contexts: list[Span] = field(default_factory=list)
    words: str | None = None  # the speaker as the text says it: "the old gentleman", "he"
    sieve: str = "none"  # which rule decided the speaker
    cue: Cue | None = None  # the verb of saying next to it and who it says spoke
    work: Source | None = None  # a source whose title its paragraph's narration names

    @property
    def paragraph(self) -> int:
        """The number of the paragraph where the quotation begins."""
        return self.quote.pieces[0].paragraph

    @property
    def last_paragraph(self) -> int:  # (where a speech ends; a document quoted is no turn)
        return self.quote.pieces[-1].paragraph if self.kind == "oral" else self.paragraph

    @property
    def first_mark(self) -> int:
        """The offset of the quotation's opening mark."""
        return self.quote.first_mark


@dataclass(frozen=True, slots=True)
class TextReading:
    """What extraction computes once about a text and every step reads."""

    text: str
    paras: list[Paragraph]
    quotes: list[Quotation]
    quoted: list[tuple[int, int]]  # the spans of the quotations' pieces
    dates: TextDates
    evidence: attr.NameEvidence  # which capitalized words are people


def read_text(text: str) -> TextReading:
    """Paragraphs, quotations, dates and name evidence of ``text``.

    >>> r = read_text("On February 14, Lenin said: “We shall see.”")
    >>> len(r.paras), [r.text[s:e] for s, e in r.quoted], [d.iso() for d in r.dates.clock]
    (1, ['We shall see.'], ['????-02-14'])
    """
    quotes = find_quotations(text)
    quoted = [(p.span.start, p.span.end) for q in quotes for p in q.pieces]
    return TextReading(
        text=text,
        paras=paragraphs(text),
        quotes=quotes,
        quoted=quoted,
        dates=find_dates(text, quoted),
        evidence=attr.NameEvidence(text),
    )


class Speakers:
    """The attribution of a text's quotations, and what it learns on the way: the people
    already resolved (for "he") and the spans of attribution clauses (not facts)."""

    def __init__(
        self, reading: TextReading, *, author: str | None = None, sources: Sequence[Source] = ()
    ) -> None:
        self.reading, self.author = reading, author
        self.text, self.paras, self.evidence = reading.text, reading.paras, reading.evidence
        self.known = [a for s in sources for a in split_authors(s.author)]
        self.titles = title_spans(self.text, sources)
        self.cues = CueFinder(self.text, reading.quoted, self.titles)
        if author:
            self.known.append(author)
        self.people = people_of(
            self.text, evidence=self.evidence, quoted=reading.quoted, known=self.known
        )
        self.resolved: list[tuple[int, str, str]] = []  # (offset, display name, key)
        self.surroundings = Surroundings(self.text, self.paras)
        self.referents = Referents(
            self.text, self.people, quoted=reading.quoted, paras=reading.paras
        )
        self.turns: list[Turn] = []  # the quotations attributed so far, for "he" and "the girl"
        self.said_so_far: list[Said] = []
        self.used: list[Span] = []  # spans of attribution contexts: not facts

    # -- attribution ---------------------------------------------------------------------

    def attribute_all(self) -> list[Said]:
        """Who said each quotation of the text, in order (each can answer the one before).

        >>> text = "Lenin asked me: “Shall we sign?”\\n\\n“No,” I replied."
        >>> said = Speakers(read_text(text), author="Leon Trotsky").attribute_all()
        >>> [(s.speaker, s.kind, s.evidence) for s in said]  # doctest: +NORMALIZE_WHITESPACE
        [('Lenin', 'oral', "'Lenin asked me:' before the quote"),
         ('Leon Trotsky', 'oral', "'I replied.' beside the quote")]
        """
        said_list: list[Said] = []
        by_para: dict[int, Said] = {}
        for quote in self.reading.quotes:
            said = self.attribute(quote, by_para)
            said_list.append(said)
            self.said_so_far.append(said)
            if said.starts_paragraph:
                by_para[quote.pieces[-1].paragraph] = said
        reread(said_list, self._quote_text, self.people, self.referents, author=self.author,
               silent=self._silent_answer, reading=self.reading)  # fmt: skip
        return said_list

    def _silent_answer(self, paragraph: int) -> str | None:
        """Who answers without a quotation in narration paragraph ``paragraph``."""
        return silent_answer(self.text, self.paras[paragraph - 1], self.people)

    def _quote_text(self, said: Said) -> str:
        return " ".join(p.span.slice(self.text) for p in said.quote.pieces)

    def attribute(self, quote: Quotation, by_para: dict[int, Said]) -> Said:
        """Who said ``quote`` and in what kind of speech, trying in turn its attribution
        clause, the dialogue it continues and the person last named before it (see the
        module docstring). ``by_para`` holds the quotations read so far that open their
        paragraph, by paragraph number: the dialogue."""
        said = Said(quote)
        first = quote.pieces[0]
        para = self.paras[first.paragraph - 1]
        anchor = quote.first_mark
        said.starts_paragraph = anchor == para.start
        leadin = self.surroundings.leadin(anchor, para)
        direct = leadin is not None and self.surroundings.direct(leadin, first)
        clauses, trailing = self._contexts(said, leadin, direct)
        cue = colonleads.colon_cue(self.text, leadin, self.cues.adjacent(quote, leadin, trailing))
        if cue and trailing and cue.clause[0] == trailing.start and trailing not in said.contexts:
            said.contexts.append(trailing)  # "” somebody asked from the gallery."
        self.used.extend(said.contexts)
        if cue is not None and leadin is not None and cue.clause[0] < quote.first_mark:
            # The lead-in names the speaker: the sentence after the quotation ("I answered
            # him that ...") is the narration going on, no attribution and no kind of it.
            said.contexts = [c for c in said.contexts if c != trailing]
        if cue is not None:
            self._from_cue(said, cue, leadin=leadin)
        else:
            self._from_clauses(said, clauses, leadin=leadin, trailing=trailing)
        prev = by_para.get(first.paragraph - 1)  # the dialogue, or the document, it goes on
        extracts.from_document_heading(said, self.text, self.paras, author=self.author, prev=prev)
        if (
            not said.attributed
            and said.starts_paragraph
            and prev is not None
            and (self.author or prev.addressee)
        ):
            self._from_dialogue(said, prev, by_para)
        if said.speaker is None:
            back = self._resolve_back(anchor)
            after = quote.pieces[0].span.end
            shown = name_shown(self.referents, back[0], anchor) if back else None
            if (
                back is not None
                and not contradicts(
                    said.cue, back[0], self.people, text=self.text, after=after, shown=shown
                )
                and not self._replies_to(said, back[0], said.cue)
            ):
                said.speaker, said.speaker_key = back
                said.evidence = "no attribution; the person last named before it (a guess)"
                said.speaker_confidence, said.sieve = 0.3, "fallback"
                if prev is None and self._named_just_before(anchor, said.speaker_key):
                    said.evidence = "no attribution; the person the narration names just before"
                    said.speaker_confidence, said.sieve = 0.5, "paragraph-final mention"
            if not said.attributed:
                self._from_subject_before(said, para)
        if said.speaker and said.sieve != "fallback":
            self.resolved.append((anchor, said.speaker, said.speaker_key))
            person = self.people.resolve(said.speaker)
            self.turns.append(Turn(anchor, said.paragraph, person, said.speaker))
        said.kind = speech_kind(
            self.text, self.paras, said, leadin=leadin, direct=direct, prev=prev,
            recent=by_para.get(first.paragraph - 2), written=written_before(self.said_so_far),
        )  # fmt: skip
        said.kind = kind_going_on(said, self.said_so_far) or said.kind
        said.work = self._work_named(said)
        if said.work is not None:
            said.kind = "quotation"  # "War and Peace opens with ... told her:": the book's words
        return said

    def _from_subject_before(self, said: Said, para: Paragraph) -> None:
        """The person the narration's sentence right before the quotation opens with ("Here
        Mr. Weston joined them, and ... gave it his decided approbation.\n\n“Aye, do"): the
        one about to speak, more than the last person it names (a guess all the same)."""
        sentence = self.surroundings.sentence_before(
            said.quote.first_mark, self.reading.quoted, para
        )
        if sentence is None:
            return
        subject = attr.sentence_subject(
            self.text, sentence.start, sentence.end, self.evidence, known=self._a_person
        )
        if subject is None or subject.kind != "name":
            return
        name, key = self.display(subject, subject.start)
        if name:
            said.speaker, said.speaker_key = name, key
            said.evidence = f"no attribution; {excerpt(sentence.slice(self.text))!r} just before"
            said.speaker_confidence, said.sieve = 0.5, "the subject of the sentence before"

    def _a_person(self, mention: attr.Mention) -> bool:
        """Whether a name is a person of the text (not "Upon", "Italian songs")."""
        name = self.display(mention, mention.start)[0]
        return name is not None and self.people.resolve(name) is not None

    def _work_named(self, said: Said) -> Source | None:
        """The source whose title the narration of the quotation's paragraph names, if one
        does (one source only)."""
        para = self.paras[said.paragraph - 1]
        found = {
            id(source): source
            for start, _, source in self.titles
            if para.start <= start < para.end and not self.referents.inside_quote(start)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _contexts(
        self, said: Said, leadin: Span | None, direct: bool
    ) -> tuple[list[Span], Span | None]:
        """Set the quotation's contexts (the text around it that may say who, when, where);
        return the clauses that may attribute it, and the clause after it."""
        text, quote = self.text, said.quote
        trailing = self.surroundings.trailing(quote)
        citation = self.surroundings.citation(quote, trailing)
        clauses = ([self.cues.narration(leadin)] if direct and leadin else []) + list(quote.gaps)
        if (
            trailing
            and is_attribution(text[trailing.start : trailing.end])
            and not re.search(r"(?::|\bthat,?)\s*$", text[trailing.start : trailing.end])
        ):
            clauses.append(trailing)
        said.contexts = [c for c in [*clauses, citation] if c is not None]
        if leadin and leadin not in said.contexts:
            said.contexts.insert(0, leadin)
        if leadin and direct:
            extension = self.surroundings.before(leadin)
            if extension is not None:
                said.contexts.insert(0, extension)
        return clauses, trailing

    def _named_just_before(self, anchor: int, key: str) -> bool:
        """Whether the narration right before a quotation (after the last closing mark, in
        its paragraph or the previous one) names the person: "Lenin was very pleased.\n\n“"."""
        ends = [e for _, e in self.reading.quoted if e < anchor]
        start = max(ends[-1] + 1 if ends else 0, anchor - 300)
        words = {fold(w) for w in WORD_RE.findall(self.text[start:anchor])}
        return bool(key) and key in words

    def _from_cue(self, said: Said, cue: Cue, *, leadin: Span | None) -> None:
        """The speaker a cue names: a name as the people of the text know it, a pronoun's or
        a description's referent (:mod:`sourcecheck.extract.resolve`), the author for "I"."""
        last = self.said_so_far[-1] if self.said_so_far else None
        prev = answered(said, last, cue.verb if cue.kind == "pronoun" else "")  # not "the beadle"
        exclude = vocatives(self._quote_text(said), self.people)
        goes_on = cue.verb.lower() in CONTINUING  # "he added": the last speaker
        if prev is not None and prev.speaker and not goes_on:
            exclude = exclude | {prev.speaker}
        name, confidence, note = resolve_cue(
            cue, said.quote.first_mark, self.referents, turns=self.turns, exclude=exclude,
            answered=None if goes_on else answered_turn(prev, self.people),
        )  # fmt: skip
        if (
            goes_on
            and cue.kind == "pronoun"
            and last is not None
            and last.speaker
            and said.paragraph - last.paragraph <= 3
            and self.people.gender(last.speaker) == sieves.PRONOUNS.get(cue.words.lower())
            and narrated_as(self.referents, said.quote.first_mark, cue, last.speaker, self.turns)
        ):
            name, confidence, note = last.speaker, 0.8, f" ({cue.words} = {last.speaker}, going on)"
        if cue.kind == "name":
            name = self.name_of(cue.words)
        elif cue.kind == "first":
            name = self.author or NARRATOR
            confidence = 0.9 if self.author else 0.6
        elif cue.kind == "pronoun" and name is None:  # nobody of that gender named
            back = self._named_once_before(said, cue)
            if back:  # "Liebknecht ... he", named once
                name, confidence, note = back, 0.5, f" ({cue.words} = {back})"
        if cue.kind == "pronoun" and name:  # "“No,” he replied." (he = Ivan): Ivan is a man
            shown_by_pronoun(self.referents, name, pronoun_gender(cue))
        where = "before" if leadin and cue.clause[0] == leadin.start else "beside"
        clause = self.text[cue.clause[0] : cue.clause[1]]
        said.speaker, said.speaker_key = name, surname(name) if name else ""
        said.words, said.attributed, said.cue = cue.words, True, cue
        said.person = cue.kind != "description" or not re.search(r"\b(?:of|the \w+s)$", name or "")
        said.evidence = f"{excerpt(clause)!r} {where} the quote{note}"
        said.speaker_confidence, said.sieve = confidence, f"the verb {cue.verb!r} next to it"

    def _named_once_before(self, said: Said, cue: Cue) -> str | None:
        """The referent of a pronoun no person of its gender explains: the person last named
        before the quotation, if the people of the text do not know them (named once), it is
        a person ("he" is never "the Central Executive Committee") and the verb does not say
        it answers them ("“Yes,” said Anna. “No,” he replied.": not Anna)."""
        replied = lambda n: is_organisation(n) or self._replies_to(said, n, cue)  # noqa: E731
        found = self._resolve_back(said.quote.first_mark, skip=replied)
        back = found[0] if found else None
        if not back or self.people.resolve(back) is not None:
            return None
        shown = name_shown(self.referents, back, said.quote.first_mark)  # "his sister Anna"
        if contradicts(cue, back, self.people, shown=shown):
            return None
        return back

    def _replies_to(self, said: Said, name: str, cue: Cue | None) -> bool:
        """Whether the verb of ``cue`` beside ``said`` reports a reply ("he replied") to the
        quotation before it (in its paragraph or the previous one), which the text gives
        ``name`` by name: a reply is another person's words."""
        last = self.said_so_far[-1] if self.said_so_far else None
        return (
            cue is not None
            and cue.verb.lower() in REPLYING
            and last is not None
            and said.paragraph - last.paragraph <= 1
            and last.cue is not None
            and last.cue.kind == "name"
            and last.speaker == name
        )

    def name_of(self, words: str) -> str:
        """The name to write for a name as printed: the person of the text it names (a
        source author's full name when one matches), else the words, titles kept."""
        full = full_name(words, self.known)
        if full:
            return full
        person = self.people.resolve(words)
        return person.name if person is not None else words

    def _from_clauses(
        self, said: Said, clauses: list[Span], *, leadin: Span | None, trailing: Span | None
    ) -> None:
        """The speaker (and addressee) named by the first clause that names one."""
        for clause in clauses:
            agent = attr.clause_agent(self.text, clause.start, clause.end, self.evidence)
            if agent is None or self.cues.in_title(agent.mention.start, agent.mention.end):
                continue
            where = "within"
            if leadin is not None and clause.end == leadin.end:
                where = "before"
            elif clause == trailing:
                where = "after"
            self._set_speaker(said, agent.mention, f"{excerpt(agent.evidence)!r} {where} the quote")
            said.attributed, said.sieve = True, "an attribution clause"
            addressee = attr.clause_addressee(
                self.text, clause.start, clause.end, self.evidence, agent.mention
            )
            if addressee is not None:
                said.addressee = self.display(addressee, addressee.start)[0]
            return

    def _from_dialogue(self, said: Said, prev: Said, by_para: dict[int, Said]) -> None:
        """A paragraph that is only a quotation answers the previous one: its speaker is whom
        the previous one addressed, else the speaker before that one, else the author."""
        partner = prev.addressee or self._previous_partner(prev, by_para)
        if partner:
            said.speaker, said.speaker_key = partner, surname(partner)
            said.evidence = "dialogue: answers the previous paragraph's speaker"
            said.speaker_confidence = 0.65
            said.addressee = prev.speaker

    def _set_speaker(self, said: Said, mention: attr.Mention, evidence: str) -> None:
        said.speaker, said.speaker_key = self.display(mention, mention.start)
        said.person = mention.kind in ("name", "first", "pronoun", "unnamed")
        said.evidence = evidence
        said.speaker_confidence = {
            "name": 0.9,
            "first": 0.9 if self.author else 0.6,
            "group": 0.7,
            "unnamed": 0.6,
        }.get(mention.kind, 0.75)
        if mention.kind == "pronoun":
            said.evidence += f" ({mention.text} = {said.speaker or '?'})"

    def display(self, mention: attr.Mention, offset: int) -> tuple[str | None, str]:
        """The name to write for a mention, and its folded surname."""
        if mention.kind == "first":
            return (self.author or NARRATOR), surname(self.author or "narrator")
        if mention.kind == "pronoun":
            back = self._resolve_back(offset)
            return back if back else (None, "")
        if mention.kind in ("group", "unnamed"):
            return mention.text.removeprefix("the "), mention.key
        full = full_name(mention.text, self.known)
        words = mention.text.title() if mention.text.isupper() else mention.text
        title = _TITLE_BEFORE.search(self.text, max(0, mention.start - 12), mention.start)
        person = self.people.resolve((title.group(1) + " " if title else "") + words)
        name = full or (person.name if person is not None else words)
        return name, surname(name)

    def _resolve_back(
        self, offset: int, *, skip: Callable[[str], bool] = lambda name: False
    ) -> tuple[str, str] | None:
        """The person last named before ``offset`` (within two paragraphs), for "he"; not
        one ``skip`` rules out."""
        para = next(p for p in reversed(self.paras) if p.start <= offset)
        floor = self.paras[max(0, para.number - 3)].start
        best: tuple[int, str, str] | None = None
        for mention in attr.mentions(self.text, floor, offset, self.evidence):
            if mention.governed or any(s <= mention.start < e for s, e in self.reading.quoted):
                continue
            if (mention.kind == "name" and mention.person) or mention.kind == "unnamed":
                name, key = self.display(mention, mention.start)
                if name and not skip(name):
                    best = (mention.start, name, key)
        for at, name, key in self.resolved:
            if name in (self.author, NARRATOR) or skip(name):
                continue  # "he" is never the "I" who writes
            if floor <= at < offset and (best is None or at > best[0]):
                best = (at, name, key)
        return (best[1], best[2]) if best else None

    def _previous_partner(self, prev: Said, by_para: dict[int, Said]) -> str | None:
        before = by_para.get(prev.quote.pieces[0].paragraph - 1)
        if before is not None and before.speaker and before.speaker != prev.speaker:
            return before.speaker
        if self.author and prev.speaker != self.author:
            return self.author
        return None
