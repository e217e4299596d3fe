"""Propose the claims of a text for a person to review: quotations, dates, figures, events.

The pipeline: :mod:`~sourcecheck.extract.quotes` finds quotations;
:mod:`~sourcecheck.extract.speakers` (with :mod:`~sourcecheck.extract.attribution`) finds who
said them and whether in conversation; :mod:`~sourcecheck.extract.facts` reads dates,
figures and events; :mod:`~sourcecheck.extract.sources` finds the cited source. This module
decides each proposal's cited date and which pieces to propose, and writes the evidence for all
of it in the claim's ``notes`` ("extracted: confidence 0.81; attribution: 'Zinoviev declared:'
before the quote; ..."), so that review is fast. Writing claims files is in
:mod:`~sourcecheck.extract.output`.

Kinds: a quotation of a document or public speech is ``quotation``; words spoken in
conversation (a reply, a remark in Lenin's room, a dialogue) are ``oral``; sentences outside
quotations that date an event are ``date``, that state numbers ``figure``, that report a vote
or an act ``event``, that report words without quoting them ``paraphrase``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..facts.dates import DateMention
from ..models import Claim, Source, Span, excerpt
from ..records.rules import EXTRACTED_MARK, unique_id, words_slug
from ..texts.paragraphs import Paragraph
from . import attribution as attr
from . import verbs
from .assigned import assigned_dates
from .cataphora import forget_named_later
from .citedates import CitedDates
from .extracts import with_nested, without_inner_headings
from .facts import (
    EVENT_RE,
    PARAPHRASE_RE,
    SUBJECT_BEFORE_VERB,
    Figure,
    figures,
    reports_words,
    said_that,
    sentence_spans,
)
from .kinds import one_kind_per_dialogue, spoken_text_kinds
from .otherswork import others_work
from .placeholders import Placeholders
from .prosespeakers import by_lead_in, by_paragraph_subject
from .quotes import Piece, Quotation, trim_piece, word_count
from .reporters import Reporter, reporters
from .sievelabels import sieve_shown
from .sources import dates_its_words, not_the_text, resolve_source
from .speakernames import one_line
from .speakers import Said, Speakers, TextReading, read_text
from .speech import Speech, worth_alone
from .surnames import surname
from .workauthors import by_work_named

MIN_WORDS = 8
"""A quotation this long is proposed even without an attribution; shorter ones need one, or
to open their paragraph, or to be a cry or question of their own ("Stop thief!"): this leaves
out scare quotes such as the “left” communists. Of an interrupted quotation, the longest
piece is proposed and those this long (or with a figure); the rest are named in the notes."""

_MENTION = re.compile(
    r"\b(?:the\s+(?:very\s+)?(?:word|words|term|expression|phrase)|das\s+Wort|"
    r"den\s+Ausdruck|слово|слова|выражение)\s*$",
    re.IGNORECASE,
)
"""Words that make the quoted words after them a word mentioned ("the word “currency”")."""
_SIGNATURE = re.compile(r"^(?:yours|your|sincerely|faithfully|signed)\b|^[A-Z][A-Z .\-]+\.?$", re.I)


@dataclass(slots=True)
class Extraction:
    """What :func:`extract` proposes: claims in text order, the placeholder sources that claims
    with an unidentified source cite (so the file imports), the quoted terms left out."""

    claims: list[Claim] = field(default_factory=list)
    placeholders: list[Source] = field(default_factory=list)
    skipped: list[Span] = field(default_factory=list)


def extract_claims(
    text: str,
    *,
    document_id: str | None = None,
    author: str | None = None,
    sources: Sequence[Source] = (),
    min_words: int = MIN_WORDS,
) -> list[Claim]:
    """The claims :func:`extract` proposes for ``text`` (same options).

    >>> [c.speaker for c in extract_claims("Zinoviev declared: “Trotsky is right, as always.”")]
    ['Zinoviev']
    """
    return extract(
        text, document_id=document_id, author=author, sources=sources, min_words=min_words
    ).claims


def extract(
    text: str,
    *,
    document_id: str | None = None,
    title: str | None = None,
    author: str | None = None,
    sources: Sequence[Source] = (),
    min_words: int = MIN_WORDS,
) -> Extraction:
    """Propose claims for ``text``: quotations with speaker, kind, date and source; facts.

    ``author`` is who "I" is; ``sources`` (from the database) resolve speakers' full names and
    the cited source, never the text itself (``document_id``, ``title``:
    :func:`~sourcecheck.extract.sources.not_the_text`). Every claim's ``start``/``end`` are
    offsets with ``text[start:end] == quote``.

    >>> t = "At the congress in March, 1918, Zinoviev declared: “Trotsky is right. No one denies"
    >>> c = extract(t + " it.”").claims[0]
    >>> c.quote, c.kind, c.speaker, c.date
    ('Trotsky is right. No one denies it.', 'quotation', 'Zinoviev', '1918-03')
    """
    out = Extraction()
    with verbs.reading(text):  # German and Russian texts: their verbs and pronouns
        reading = read_text(text)
        speakers = Speakers(reading, author=author, sources=sources)
        cited = not_the_text(sources, document_id=document_id, title=title, author=author)
        proposer = _Proposer(reading, speakers, sources=cited, min_words=min_words)
        said_all = with_nested(speakers, min_words=min_words)
        one_kind_per_dialogue(text, reading.paras, said_all)
        for said in spoken_text_kinds(text, said_all):
            out.claims.extend(proposer.quotation_claims(said, out))
        out.claims.extend(proposer.fact_claims())
    out.placeholders = list(proposer.placeholders.sources.values())
    out.claims.sort(key=lambda c: (c.start or 0, c.end or 0))
    assign_ids(out.claims)
    for claim in out.claims:
        claim.document_id = document_id
    return out


class _Proposer:
    """Claims built from the attributed quotations and from the sentences of the text."""

    def __init__(
        self,
        reading: TextReading,
        speakers: Speakers,
        *,
        sources: Sequence[Source],
        min_words: int,
    ) -> None:
        self.speakers, self.sources, self.min_words = speakers, sources, min_words
        self.text, self.paras, self.dates = reading.text, reading.paras, reading.dates
        self.cited = CitedDates(self.text, self.paras, self.dates, author=speakers.author)
        self.quoted, self._speech = reading.quoted, Speech(self.text, reading.quotes)
        self.placeholders = Placeholders()
        self._reporters: dict[int, list[Reporter]] = {}

    # -- quotations -----------------------------------------------------------------------

    def quotation_claims(self, said: Said, out: Extraction) -> list[Claim]:
        """One claim per proposed piece of a quotation, all with the quotation's evidence."""
        text, quote = self.text, said.quote
        forget_named_later(text, said, self.paras)  # "he" looks back, never ahead
        said.speaker, said.words = one_line(said.speaker), one_line(said.words)
        pieces = self._proposed_pieces(said)
        if not pieces:
            out.skipped.append(Span(quote.start, quote.end))
            return []
        para = self.paras[said.paragraph - 1]
        by_lead_in(said, self.text, para, self.speakers)  # "As he put it,"
        if said.kind == "quotation" and said.sieve.startswith("the verb"):  # "he warned"
            by_paragraph_subject(said, self.text, para, self.quoted, self.speakers)
            by_work_named(said, self.text, para, self.quoted, self.speakers)  # "in The Prince"
        date, date_note, source, source_note = self._citation(said)
        confidence = _boundary_confidence(quote) * said.speaker_confidence
        head = [
            f"{EXTRACTED_MARK} confidence {confidence:.2f}",
            f"attribution: {said.evidence}",
            f"speaker confidence {said.speaker_confidence:.2f} ({sieve_shown(said, text)})"
            + (f" for {' '.join(said.speaker.split())!r}" if said.speaker else ""),  # by hand?
            f"date: {date_note}" if date else "date: none found",
            f"kind {said.kind}",
        ]
        if said.words and said.words != said.speaker:
            head.insert(3, f"speaker words: {said.words!r}")
        if source_note:
            head.append(f"source: {source_note}")
        tail = []
        left_out = [p for p in quote.pieces if p not in pieces]
        if left_out:
            shown = (repr(excerpt(text, 40, p.span.start, p.span.end)) for p in left_out)
            tail.append("other pieces: " + ", ".join(shown))
        if quote.flags:
            tail.append("; ".join(dict.fromkeys(quote.flags)))
        claims = []
        for piece in pieces:
            notes = [*head, *_position(quote, piece), *tail]
            entry = self.cited.entry_of(piece.span, date_note)
            if entry is not None and entry[0] != date:  # a later entry of the same diary
                date = entry[0]
                notes = [n if not n.startswith("date: ") else f"date: {entry[1]}" for n in notes]
            notes += [
                f"nested quotation {excerpt(text, 40, n.start, n.end)!r}" for n in piece.nested
            ]
            claims.append(self._piece_claim(said, piece, notes, date=date, source=source))
        return claims

    def _citation(self, said: Said) -> tuple[str | None, str, str | None, str]:
        """The quotation's date and source, each with a note saying where it comes from."""
        date, date_note, date_mention = self.cited.cited(said)
        source, source_note = None, ""
        context = " ".join(c.slice(self.text) for c in said.contexts)
        if said.work is not None and not others_work(
            said.work, said.speaker_key or "", said.person, self.sources
        ):
            source, source_note = said.work.id, f"{said.work.id} (its paragraph names its title)"
            if date is None and dates_its_words(said.work, context):
                date, date_note = said.work.issued, f"{said.work.issued} from the source's date"
            return date, date_note, source, source_note
        if said.kind != "oral":
            if date_mention is not None and "earlier in the paragraph" in date_note:
                context += " " + self._sentence_at(date_mention.start)
            # A description as written ("the correspondent of the Times") has no surname
            # to look for among the authors.
            cue = said.cue
            named = said.person and not (
                cue is not None and cue.kind == "description" and said.words == cue.words
                and (said.speaker or "").lower() == cue.words.lower()
            )  # fmt: skip
            para = self.paras[said.quote.pieces[0].paragraph - 1]
            # The quotation's own sentences, where a reporter ("“...,” according to X") is
            # the source whatever else the paragraph says.
            here = [self._sentence_span(said.quote.start), self._sentence_span(said.quote.end - 1)]
            reported = self._reported(para, here)
            found, source_note = resolve_source(
                self.sources,
                speaker_key=said.speaker_key if named else "",
                person=named,
                context=context,
                date=date,
                reported=reported,
            )
            source = found.id if found else self.placeholders.of(said.speaker).id
            # A reporter's book is later than what it reports: its year is no date for it.
            by_reporter = reported is not None and found is reported[0].source
            if found and date is None and dates_its_words(found, context) and not by_reporter:
                date, date_note = found.issued, f"{found.issued} from the source's date"
        if date is None:
            date, date_note = self.cited.estimated(said)
        return date, date_note, source, source_note

    def _piece_claim(
        self, said: Said, piece: Piece, notes: list[str], *, date: str | None, source: str | None
    ) -> Claim:
        """The claim of one piece: its words without the punctuation the quotation adds."""
        span = trim_piece(self.text, piece.span, fragment=self._is_fragment(said, piece))
        return Claim(
            id="",
            quote=span.slice(self.text),
            kind=said.kind,
            source_id=source,
            speaker=said.speaker,
            date=date,
            locator=self._locator(said),
            start=span.start,
            end=span.end,
            paragraph=piece.paragraph,
            notes="; ".join(notes),
            # a field, not only in the notes: a reviewer sorts by it (low ones first)
            speaker_confidence=round(said.speaker_confidence, 2) if said.speaker else None,
        )

    def _is_fragment(self, said: Said, piece: Piece) -> bool:
        """Words embedded in the narration's sentence ("called them “mutinous slaves.”")."""
        quote = said.quote
        return (
            piece is quote.pieces[0]
            and piece.open is not None
            and self.text[piece.span.start].islower()
            and self.speakers.surroundings.leadin(quote.first_mark, self.paras[piece.paragraph - 1])
            is not None
        )

    def _mentioned(self, piece: Piece) -> bool:
        """Whether short quoted words are a word the narration mentions, not speech: "laughed
        at the word “currency”", "das Wort „Frieden“", "слово «мир»" (whatever verb is near)."""
        if piece.open is None or word_count(piece.span.slice(self.text)) >= self.min_words:
            return False
        return bool(_MENTION.search(self.text, max(0, piece.open - 40), piece.open))

    def _proposed_pieces(self, said: Said) -> list[Piece]:
        """The pieces worth a claim: not a signature ("Yours, TROTSKY."), not a scare quote,
        and of an interrupted quotation the longest piece and those worth a claim alone."""
        quote, text = said.quote, self.text
        pieces = without_inner_headings(list(quote.pieces), text)  # "_Sedan._" in a diary
        last = pieces[-1].span.slice(text).strip()
        if len(pieces) > 1 and word_count(last) <= 4 and _SIGNATURE.match(last):
            pieces.pop()
        if len(pieces) == 1 and self._mentioned(pieces[0]):
            return []
        if (
            len(pieces) == 1
            and not said.attributed
            and not said.starts_paragraph
            and word_count(pieces[0].span.slice(text)) < self.min_words
            and not self._speech(quote)  # a sentence; "„A“, sagte er. „B.“": B, however short
        ):
            return []
        if quote.gaps or quote.cuts:
            by_para: dict[int, list[Piece]] = {}
            for piece in pieces:
                by_para.setdefault(piece.paragraph, []).append(piece)
            kept = []
            for group in by_para.values():
                kept.append(max(group, key=lambda p: len(p.span)))  # not only "In five days"
                kept += [p for p in group if worth_alone(p.span.slice(text), self.min_words)]
            pieces = [p for p in pieces if p in kept]
        return pieces

    def _sentence_at(self, offset: int) -> str:
        s, e = self._sentence_span(offset)
        return self.text[s:e]

    def _sentence_span(self, offset: int) -> tuple[int, int]:
        para = next(p for p in reversed(self.paras) if p.start <= offset)
        for s, e in sentence_spans(self.text, para.start, para.end):
            if s <= offset < e:
                return s, e
        return offset, offset

    def _reported(
        self, para: Paragraph, spans: list[tuple[int, int]]
    ) -> tuple[Reporter, bool] | None:
        """The reporter the paragraph names ("according to Czernin"), and whether it is in
        one of ``spans`` (the claim's sentence or attribution); the nearest one else."""
        if para.number not in self._reporters:
            self._reporters[para.number] = reporters(self.text, para.start, para.end, self.sources)
        found = self._reporters[para.number]
        for reporter in found:
            if any(s <= reporter.start < e for s, e in spans):
                return reporter, True
        found = [r for r in found if r.carries]
        if not found:
            return None
        at = spans[0][0]
        return min(found, key=lambda r: abs(r.start - at)), False

    def _locator(self, said: Said) -> str | None:
        """The venue or document the attribution names: "At the party congress in March, 1918"."""
        for context in said.contexts:
            m = _VENUE.search(context.slice(self.text))
            if m:
                return m.group().strip(" ,")
        return None

    # -- facts ----------------------------------------------------------------------------

    def fact_claims(self) -> list[Claim]:
        """Claims of the sentences outside quotations and their attributions."""
        text, claims = self.text, []
        used = [(s.start, s.end) for s in self.speakers.used]
        for para in self.paras:
            for s, e in sentence_spans(text, para.start, para.end):
                if any(bs < e and s < be for bs, be in self.quoted) or text[s] == "(":
                    continue
                claim = self._fact(s, e, para)
                # A sentence read as a quotation's context is still a paraphrase of its own
                # ("Machiavelli also argued that ... wolves. “Fortune is ...,” he warned."),
                # and its figures are still figures ("the army of ninety thousand men.").
                if any(bs < e and s < be for bs, be in used) and (
                    claim is None or claim.kind not in ("paraphrase", "figure")
                ):
                    continue
                if claim is not None:
                    claims.append(claim)
        return claims

    def _fact(self, s: int, e: int, para: Paragraph) -> Claim | None:
        """A sentence's claim, if it reports words, dates an event, states figures or an act."""
        sentence = self.text[s:e]
        dates = [d for d in self.dates.mentions if s <= d.start < e]
        day_dates = [d for d in self.dates.clock if s <= d.start < e and d.month and d.year]
        day_dates += assigned_dates(self.text, s, e, dates)  # "dated ... to January 29"
        found = figures(self.text, s, e, dates)
        if not any(f.counts for f in found):
            found = []
        printed = [d for d in day_dates if d.start not in self.dates.relative]  # not "next day"
        kind = self._fact_kind(s, e, printed, found)
        if kind is None:
            return None
        name, confidence, evidence, speaker = kind
        date, date_note = self.cited.of_sentence(s, para, day_dates)
        found_source, source_note = resolve_source(
            self.sources,
            speaker_key=surname(speaker) if speaker else "",  # whose words a paraphrase reports
            person=speaker is not None,
            context=sentence,
            date=date,
            reported=self._reported(para, [(s, e)]),
        )
        source = found_source.id if found_source else self.placeholders.of(speaker).id
        notes = [
            f"{EXTRACTED_MARK} confidence {confidence:.2f}",
            f"kind {name}: {evidence}",
            f"date: {date_note}" if date else "date: none found",
        ]
        if found:
            numbers = (f"{f.value} ({f.counts})" if f.counts else str(f.value) for f in found)
            notes.append("figures: " + ", ".join(numbers))
        if source_note:
            notes.append(f"source: {source_note}")
        return Claim(
            id="",
            quote=sentence,
            kind=name,
            source_id=source,
            speaker=speaker,
            date=date,
            start=s,
            end=e,
            paragraph=para.number,
            notes="; ".join(notes),
        )

    def _fact_kind(
        self, s: int, e: int, day_dates: list[DateMention], found: list[Figure]
    ) -> tuple[str, float, str, str | None] | None:
        """The kind of a sentence's claim, its confidence, why, and who is reported (for a
        paraphrase); None for a sentence that is not a claim."""
        sentence = self.text[s:e]
        if reports_words(sentence) and not re.search(r"[“”\"]", sentence):
            agent = attr.clause_agent(self.text, s, e, self.speakers.evidence)
            for reporter in reporters(self.text, s, e, self.sources):
                # "Czernin records that Kühlmann said": Czernin is the source, Kühlmann speaks.
                if agent is not None and reporter.start <= agent.mention.start < reporter.end:
                    spoke = attr.clause_agent(self.text, reporter.end, e, self.speakers.evidence)
                    agent = spoke or agent
            if (
                agent is not None
                and agent.mention.kind != "first"
                and agent.mention.text.lower() != "we"
                and _subject_of_saying(sentence, agent.mention.end - s)
            ):
                speaker = one_line(self.speakers.display(agent.mention, agent.mention.start)[0])
                return "paraphrase", 0.5, "reported speech", speaker
        if day_dates:
            return "date", 0.7, "a dated sentence", None
        if found:
            return "figure", 0.6, "numbers that count something", None
        event = EVENT_RE.search(sentence)
        if event:
            return "event", 0.5, f"the verb {event.group()!r}", None
        return None


_VENUE = re.compile(
    r"\b(?:at|in|before|to)\s+(?:the|his|her|a|an)\s+(?:[\w\-’]+\s+){0,4}?"
    r"(?:congress|conference|session|meeting|assembly|soviet|diary|letter|speech|"
    r"telegram|report|committee)\b(?:\s+(?:of|in|on|for)\s+[\w,\- ]+?\d{4})?",
    re.IGNORECASE,
)


def _subject_of_saying(sentence: str, end: int) -> bool:
    """Whether a speaker ending at ``end`` in ``sentence`` is the subject of its verb of
    saying: always for "wrote that", "according to"; for another verb before "that"
    (:func:`~sourcecheck.extract.facts.said_that`), right before it ("Lichnowsky also added
    that"; not "Trieste" in "The Social Democrats never agreed that Trieste ...")."""
    if PARAPHRASE_RE.search(sentence):
        return True
    verb = said_that(sentence)
    between = sentence[end:verb] if verb is not None and verb >= end else None
    return between is not None and len(re.findall(r"\w+", between)) <= SUBJECT_BEFORE_VERB


def _position(quote: Quotation, piece: Piece) -> list[str]:
    """The note placing a piece in its quotation, when it has more than one."""
    n = len(quote.pieces)
    return [f"piece {quote.pieces.index(piece) + 1} of {n}"] if n > 1 else []


def _boundary_confidence(quote: Quotation) -> float:
    if any(f.startswith("no opening mark") for f in quote.flags):
        return 0.5
    if any(f.startswith("unclosed") for f in quote.flags):
        return 0.4
    return {"curly": 0.95, "straight": 0.9, "block": 0.7}.get(quote.style, 0.8)


def assign_ids(claims: list[Claim], taken: set[str] | None = None) -> None:
    """Readable ids not in ``taken``: the speaker's surname (or the kind) and the first words of
    the quote, e.g. ``lenin-all-right-let``."""
    taken = set(taken or ())
    for claim in claims:
        head = words_slug(surname(claim.speaker), 1) if claim.speaker else claim.kind
        base = "-".join(p for p in (head or claim.kind, words_slug(claim.quote)) if p)
        claim.id = unique_id(base, taken)
        taken.add(claim.id)
