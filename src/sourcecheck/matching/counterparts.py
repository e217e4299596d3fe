"""A quote's words paired with a candidate passage's (:func:`counterparts`): the vector
alignment of :mod:`.wordpairs`, then every pairing that knows more than vectors do, in order:
figures (a vote's tally with its words), names, people, synonyms, "one and no other"
(:mod:`.soleword`), regnal ordinals,
compounds, cognates, dictionary translations (of words in capitals too: :mod:`.placeholders`),
cognates of an English synonym (:mod:`.synonymcognates`), the older "without" of place,
older English words read as modern ones ("must needs": :mod:`.archaicpairs`), a
legal provision's citation ("section 573 of the Civil Code" / "§ 573 BGB": :mod:`.citations`);
contraries and two technical names that differ (:mod:`.technames`) are unpaired last and
another person's noun paired with the quote's."""

from __future__ import annotations

from ..facts.tallies import rendered_tallies
from .anchors import Anchors, unmatched_names, with_names
from .archaicpairs import with_archaic_words
from .citations import with_citations
from .cognates import with_cognates
from .compounds import with_compounds
from .contrary import without_contraries
from .conventional import with_conventional_names
from .dictpairs import with_translations
from .embed import Embedder
from .ordinalpairs import with_ordinals
from .otherpersons import with_other_person
from .persons import with_people
from .placeholders import with_capitals
from .placepairs import with_place_words
from .prepared import PreparedQuote
from .printednames import without_respelled
from .soleword import with_sole_words
from .synonymcognates import with_synonym_cognates
from .synonyms import with_synonyms
from .technames import without_other_identifiers
from .wordpairs import Alignment, align_words, with_figures


def counterparts(
    quote: PreparedQuote,
    passage: str,
    anchors: Anchors,
    text_language: str,
    embedder: Embedder,
    word_min: float,
) -> Alignment:
    """The alignment of ``quote`` with ``passage`` (whose anchors are ``anchors``), pairs under
    ``word_min`` (0-100) similarity left out."""
    alignment = align_words(
        quote.text, quote.language, passage, text_language, embedder,
        minimum=word_min / 100, names=unmatched_names(quote.anchors, anchors),
    )  # fmt: skip
    starts = zip(quote.anchors.number_starts, quote.anchors.numbers, strict=True)
    figures = [(at, at + len(printed)) for at, (_, printed) in starts]
    # a vote's tally the passage states, however worded ("mit 348 gegen 225 Stimmen" / "Ayes,
    # 348; Noes, 225"): its words are the figures' (.facts.tallies)
    figures += rendered_tallies(quote.text, quote.language, passage, text_language)
    alignment = with_figures(alignment, quote.text, quote.language, figures,
                             passage_figures=bool(anchors.numbers))  # fmt: skip
    alignment = with_names(alignment, quote.text, quote.anchors.names, passage, quote.language)
    alignment = with_conventional_names(  # "Иаков" / "Jacob": .conventional
        alignment, quote.text, quote.anchors.names, passage, quote.language
    )
    for enrich in (with_people, with_synonyms, with_sole_words, with_ordinals, with_compounds):
        alignment = enrich(alignment, quote.text, quote.language, passage, text_language)
    both_names = (*quote.anchors.names, *anchors.names)
    for paired in (with_cognates, with_translations, with_synonym_cognates):
        alignment = paired(alignment, quote.text, quote.language, passage, text_language,
                           names=both_names)  # fmt: skip
    alignment = with_capitals(alignment, quote.text, quote.language, passage, text_language)
    alignment = with_place_words(  # "outside" / "without the gate": .placepairs
        alignment, quote.text, quote.language, passage, text_language, embedder=embedder,
        minimum=word_min / 100,
    )  # fmt: skip
    alignment = with_archaic_words(  # "must needs" / "must certainly": .archaicpairs
        alignment, quote.text, quote.language, passage, text_language, embedder=embedder,
        minimum=word_min / 100,
    )  # fmt: skip
    alignment = with_citations(alignment, quote.text, quote.language, passage)
    alignment = without_contraries(alignment, quote.language, text_language)
    alignment = without_other_identifiers(alignment, quote.text, quote.language, passage,
                                          text_language)  # fmt: skip
    alignment = without_respelled(alignment, quote.language, text_language)  # .printednames
    return with_other_person(alignment, quote.text, quote.language, passage, text_language)
