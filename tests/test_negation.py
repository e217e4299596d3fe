"""The negation check of the meaning stage (matching/negation.py): which negation a rendering
answers, clause by clause."""

from __future__ import annotations

from sourcecheck.matching.negation import clause_spans, negation_differs, read_negations

KAFKA = (
    "aber das war gänzlich undurchführbar, denn er war gewöhnt, auf der rechten Seite zu "
    "schlafen, konnte sich aber in seinem gegenwärtigen Zustand nicht in diese Lage bringen."
)
RENDERED = (("used", "gewöhnt"), ("sleeping", "schlafen"), ("right", "rechten"),
            ("side", "Seite"), ("position", "Lage"))  # fmt: skip


def differs(quote: str, q_lang: str, passage: str, p_lang: str, words) -> bool:
    pairs = [(quote.index(q), passage.index(p)) for q, p in words]
    return negation_differs(read_negations(quote, q_lang), read_negations(passage, p_lang), pairs)


def only_changed_differs(changed: str, faithful: str, languages: str, passage: str, words):
    """Whether the changed quote differs from ``passage`` and the faithful one does not
    (``languages``: "quote>passage")."""
    q, p = languages.split(">")
    return differs(changed, q, passage, p, words) and not differs(faithful, q, passage, p, words)


def test_the_next_word_of_a_negation_is_read():
    n = read_negations("He was not used to it, but could not, alas.", "en")
    text = "He was not used to it, but could not, alas."
    assert [text[at : at + 4] for at in n.negated if at >= 0] == ["used"]
    assert n.negated[1] == -1  # "not" ends its clause


def test_a_negation_before_a_word_rendered_affirmed_is_not_answered_next_door():
    # the passage's "nicht" answers "could not"; "undurchführbar" renders nothing quoted
    quote = "He was not used to sleeping on his right side, but could not get into that position."
    assert differs(quote, "en", KAFKA, "de", RENDERED)
    faithful = "He was used to sleeping on his right side, but could not get into that position."
    assert not differs(faithful, "en", KAFKA, "de", RENDERED)


def test_a_free_negation_next_door_still_answers():
    # the rendering cut the clause: "никогда ... не" stands after the clause of "боль"
    quote = "He stopped when he began to feel a mild, dull pain that he had never felt before."
    passage = (
        "и бросил, только когда почувствовал в боку лёгкую тупую боль, какой никогда прежде "
        "не испытывал."
    )
    words = (("pain", "боль"), ("felt", "почувствовал"))
    assert not differs(quote, "en", passage, "ru", words)
    # a negation next door answering another clause's own negation does not answer "not used"
    passage = "er war gewöhnt, auf der rechten Seite zu schlafen, konnte aber nicht liegen."
    quote = "He was not used to sleeping on his right side, but he could not lie so."
    assert differs(quote, "en", passage, "de", (*RENDERED[:4], ("lie", "liegen")))


def test_an_affixed_word_rendering_an_affixed_word_answers_no_negation():
    # "hilflos" renders "helplessly": the quote's "not" is answered by nothing
    passage = "Seine vielen, kläglich dünnen Beine flimmerten ihm hilflos vor den Augen."
    words = (("legs", "Beine"), ("thin", "dünnen"), ("flicker", "flimmerten"),
             ("helplessly", "hilflos"), ("eyes", "Augen"))  # fmt: skip
    negated = "His many legs, pitifully thin, did not flicker helplessly before his eyes."
    assert differs(negated, "en", passage, "de", words)
    faithful = "His many legs, pitifully thin, flickered helplessly before his eyes."
    assert not differs(faithful, "en", passage, "de", (*words[:2], ("flickered", "flimmerten"),
                                                       *words[3:]))  # fmt: skip
    # an affixed word that renders no affixed word of the quote still answers ("unable")
    assert not differs("They could not move their legs.", "en",
                       "Sie waren unfähig die Beine zu bewegen.", "de",
                       (("move", "bewegen"), ("legs", "Beine")))  # fmt: skip


def test_a_german_word_beginning_with_un_is_not_always_a_negation():
    # "ungeheuer" (monstrous) and "Ungeziefer" (vermin) negate nothing
    passage = "fand er sich in seinem Bett zu einem ungeheueren Ungeziefer verwandelt."
    words = (("find", "fand"), ("bed", "Bett"), ("transformed", "verwandelt"))
    negated = "He did not find himself transformed in his bed into a monstrous vermin."
    assert differs(negated, "en", passage, "de", words)
    assert read_negations(passage, "de").affixed == ()
    assert [w for _, w in read_negations("Es war unmöglich und sinnlos.", "de").affixed] == [
        "unmöglich", "sinnlos"]  # fmt: skip


def test_in_one_language_only_the_same_affixed_word_renders_it():
    # the aligner may pair "worthless" with "Endless": "worthless" still answers the "no"
    quote = "Examples show how many promises were rendered worthless."
    passage = "Endless examples show how many promises were made void and of no effect."
    words = (("Examples", "examples"), ("promises", "promises"), ("worthless", "Endless"))
    assert not differs(quote, "en", passage, "en", words)


def test_an_affixed_word_rendering_another_clause_answers_only_that_clause():
    # "unruhigen" renders "anxious" (its clause), not the "not" of "had not been changed"
    passage = "Als er eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett."
    words = (("morning", "Morgens"), ("anxious", "unruhigen"), ("dreams", "Träumen"),
             ("discovered", "fand"), ("bed", "Bett"))  # fmt: skip
    negated = "One morning, waking from anxious dreams, he discovered he had not been in his bed."
    assert differs(negated, "en", passage, "de", words)
    faithful = "One morning, waking from anxious dreams, he discovered he had been in his bed."
    assert not differs(faithful, "en", passage, "de", words)


def flagged(quote: str, q_lang: str, passage: str, p_lang: str) -> bool:
    """The negation flag as the meaning stage raises it: words aligned by the embedder."""
    from sourcecheck.matching.anchors import compare_anchors, read_anchors
    from sourcecheck.matching.embed import default_embedder
    from sourcecheck.matching.wordpairs import align_words

    alignment = align_words(quote, q_lang, passage, p_lang, default_embedder(), minimum=0.6)
    comparison = compare_anchors(
        read_anchors(quote, q_lang), read_anchors(passage, p_lang), alignment=alignment
    )
    return "negation" in comparison.flags


TRAIN = (
    "Der nächste Zug ging um sieben Uhr; um den einzuholen, hätte er sich unsinnig beeilen "
    "müssen, und die Kollektion war noch nicht eingepackt, und er selbst fühlte sich durchaus "
    "nicht besonders frisch und beweglich."
)


def test_a_negation_answered_next_door_only_by_another_clauses_negation_is_unanswered():
    # changed-40: "rush" has no counterpart ("catch"/"beeilen" paired); "noch nicht" answers
    # "still not packed", and "durchaus nicht" renders nothing of the quote's
    changed = (
        "The next train went at seven; if he were to catch that he would not rush like mad, "
        "and the collection of samples was still not packed."
    )
    assert flagged(changed, "en", TRAIN, "de")
    rendering = (
        "The next train left at seven; to catch it he would have had to hurry like mad, and "
        "his samples were not yet packed."
    )
    assert not flagged(rendering, "en", TRAIN, "de")


def test_one_negation_answers_two_when_what_they_negate_is_rendered():
    # "nor ..., nor better precaution" / "Neither ..., or a greater source": "better" has a
    # counterpart, so the second "nor" is the first one's scope, not a change
    quote = (
        "Nor could any better or more prudent measure have been adopted, nor better precaution "
        "for the safety of the king and the kingdom."
    )
    passage = (
        "Neither could you have a better or a more prudent arrangement, or a greater source of "
        "security to the king and kingdom."
    )
    assert not flagged(quote, "en", passage, "en")
    assert not flagged(
        "Gregor had not meant to scare anybody, and certainly not his sister.", "en",
        "But Gregor had had no intention of frightening anyone, least of all his sister.", "en",
    )  # fmt: skip


def test_a_repeated_word_links_its_clauses_occurrence_by_occurrence():
    # changed-43: the quote's second "father" is the passage's second "Vater" (the clause of
    # "nichts ... gesagt"), not its first (the clause of "nicht das Geringste"): the
    # passage's "nicht" then answers nothing of "something remained"
    passage = (
        "Er war der Meinung gewesen, daß dem Vater von jenem Geschäft her nicht das Geringste "
        "übriggeblieben war, zumindest hatte ihm der Vater nichts Gegenteiliges gesagt, und "
        "Gregor allerdings hatte ihn auch nicht darum gefragt."
    )
    changed = (
        "He had thought that something remained from his father's business, at least his "
        "father had not told him anything different, and Gregor had not asked him about it "
        "either."
    )
    assert flagged(changed, "en", passage, "de")
    rendering = (
        "He had been of the opinion that nothing at all was left of his father's business; at "
        "least his father had told him nothing to the contrary, and Gregor had not asked him "
        "either."
    )
    assert not flagged(rendering, "en", passage, "de")


def test_an_english_subordinate_clause_is_a_clause_as_in_german():
    text = "but that was something he was unable to do because he was used to sleeping on it"
    assert [text[a:b].strip() for a, b in clause_spans(text)] == [
        "but that was something he was unable to do",
        "because he was used to sleeping on it",
    ]
    # changed-41: "unable" (Wyllie's "undurchführbar") answers no "nicht gewöhnt"
    passage = (
        "but that was something he was unable to do because he was used to sleeping on his "
        "right, and in his present state couldn't get into that position."
    )
    changed = (
        "Er war nicht gewöhnt, auf der rechten Seite zu schlafen, konnte sich aber in seinem "
        "gegenwärtigen Zustand nicht in diese Lage bringen."
    )
    assert flagged(changed, "de", passage, "en")
    rendering = (
        "Er schlief immer auf der rechten Seite, kam aber in seinem jetzigen Zustand nicht in "
        "diese Lage."
    )
    assert not flagged(rendering, "de", passage, "en")


COOKING = (
    "Nun mußte die Schwester im Verein mit der Mutter auch kochen; allerdings machte das nicht "
    "viel Mühe, denn man aß fast nichts."
)


def test_a_negation_added_to_a_sentence_that_has_others_is_read_at_the_word_it_negates():
    # a fresh-clone check: "did not have to cook" was answered by the "nicht" next door,
    # which answers "not much trouble"; the word "not" negates is "cook" (rendered affirmed
    # by "kochen"), not the auxiliary "have" after it
    changed = (
        "Now the sister did not have to cook with the mother; but that was not much trouble, "
        "as they ate almost nothing."
    )
    assert flagged(changed, "en", COOKING, "de")
    rendering = (
        "Now the sister had to cook with the mother as well; but that was not much trouble, as "
        "they ate almost nothing."
    )
    assert not flagged(rendering, "en", COOKING, "de")
    russian = (
        "Теперь сестре не приходилось готовить вместе с матерью; впрочем, это было не так уж "
        "трудно, потому что почти ничего не ели."
    )
    assert flagged(russian, "ru", COOKING, "de")


def test_a_negation_negates_the_word_past_a_light_verb():
    # "did not go home quickly": "go" says little alone, the negation negates "home"; the
    # passage's "kein" renders "no money", so nothing there answers "not go home"
    passage = "Der alte Mann hatte kein Geld für den Zug, und er ging schnell nach Hause."
    words = (("man", "Mann"), ("money", "Geld"), ("train", "Zug"), ("home", "Hause"),
             ("quickly", "schnell"))  # fmt: skip
    changed = "The old man had no money for the train, and he did not go home quickly."
    faithful = "The old man had no money for the train, and he went home quickly."
    assert only_changed_differs(changed, faithful, "en>de", passage, words)


def test_a_negation_that_renders_another_answers_only_that_one():
    # German sets no comma before "und": "keine Antwort" stands in the clause of "bat", but
    # it renders "no answer", it does not answer "did not ask"
    passage = "Der Prokurist bat die Mutter vergeblich zu sitzen und bekam keine andere Antwort."
    words = (("clerk", "Prokurist"), ("ask", "bat"), ("mother", "Mutter"), ("sit", "sitzen"),
             ("answer", "Antwort"))  # fmt: skip
    changed = "The clerk did not ask the mother to sit, and got no other answer."
    assert differs(changed, "en", passage, "de", words)
    # what the passage's negation is followed by in its clause is its scope: it answers that
    scoped = "Сестре было некогда объяснять, у неё не было ни времени, ни желания."
    assert not differs(
        scoped,
        "ru",
        "Die Schwester hatte weder Zeit noch Lust zu erklären.",
        "de",
        (("Сестре", "Schwester"), ("времени", "Zeit"), ("желания", "Lust")),
    )
    faithful = "The clerk asked the mother in vain to sit, and got no other answer."
    assert not differs(faithful, "en", passage, "de", (("clerk", "Prokurist"), ("asked", "bat"),
                                                       *words[2:]))  # fmt: skip


def test_a_verb_chain_running_past_its_clause_is_compared_where_it_goes():
    # "не смог бы, даже поторопившись, успеть на поезд": the clause of "не" holds no word
    # with a counterpart; what it negates stands after the parenthesis
    passage = (
        "If they stayed silent, he had no reason to worry, and could, if he hurried, catch "
        "the train at seven."
    )
    words = (("молчали", "silent"), ("причин", "reason"), ("волноваться", "worry"),
             ("поторопившись", "hurried"), ("поезд", "train"))  # fmt: skip
    changed = (
        "Если бы они молчали, у него не было бы причин волноваться, и он не смог бы, даже "
        "поторопившись, успеть на поезд в семь часов."
    )
    faithful = (
        "Если бы они молчали, у него не было бы причин волноваться, и он смог бы, "
        "поторопившись, успеть на поезд в семь часов."
    )
    assert only_changed_differs(changed, faithful, "ru>en", passage, words)


def test_a_negated_clause_without_counterparts_claims_its_neighbours_negation():
    # "and did not move" has no counterpart ("move" / "rührte" unpaired): the passage's
    # "nicht" next door renders it, it does not answer "not ready"
    passage = (
        "»Ich bin gleich fertig,« sagte der Prokurist leise und rührte sich nicht, um kein "
        "Wort zu verpassen."
    )
    words = (("ready", "fertig"), ("clerk", "Prokurist"), ("quietly", "leise"),
             ("miss", "verpassen"), ("word", "Wort"))  # fmt: skip
    changed = (
        '"I am not ready yet," said the clerk quietly, and did not move, so as not to miss a word.'
    )
    faithful = (
        '"I am ready in a moment," said the clerk quietly, and did not move, so as not to '
        "miss a word."
    )
    assert only_changed_differs(changed, faithful, "en>de", passage, words)


def test_german_nicht_negates_past_a_preposition():
    # "nicht auf sechs Uhr gestellt": the word negated is "sechs", rendered affirmed; the
    # passage's "not" renders the first sentence's "nicht"
    passage = "Had the clock not struck? He saw that it had been set for six o'clock."
    words = (("Uhr", "clock"), ("geschlagen", "struck"), ("sah", "saw"), ("sechs", "six"),
             ("gestellt", "set"))  # fmt: skip
    changed = "Hatte die Uhr nicht geschlagen? Er sah, dass sie nicht auf sechs Uhr gestellt war."
    faithful = "Hatte die Uhr nicht geschlagen? Er sah, dass sie auf sechs Uhr gestellt war."
    assert only_changed_differs(changed, faithful, "de>en", passage, words)


# Prepositions of absence ("without", "ohne", "без"): a negation of their noun
GRAIN = "Er fürchtete, daß Wien ohne Getreide aus der Ukraine den Winter nicht überstehen werde."
GRAIN_WORDS = (("боялся", "fürchtete"), ("Вена", "Wien"), ("зерна", "Getreide"),
               ("Украины", "Ukraine"), ("зиму", "Winter"))  # fmt: skip


def test_a_preposition_of_absence_answers_only_its_own_noun():
    # m20-neg-4: "без зерна" renders "ohne Getreide"; it does not answer "nicht überstehen"
    changed = "Он боялся, что Вена и без зерна из Украины переживёт эту зиму."
    faithful = "Он боялся, что без зерна из Украины Вена не переживёт эту зиму."
    assert only_changed_differs(changed, faithful, "ru>de", GRAIN, GRAIN_WORDS)
    # "no grain" negates the noun "без" negates: that answers it
    passage = "Er fürchtete, daß Wien den Winter ohne Getreide aus der Ukraine überstehen werde."
    quote = "He feared that Vienna would get through the winter with no grain from the Ukraine."
    words = (("feared", "fürchtete"), ("Vienna", "Wien"), ("winter", "Winter"),
             ("grain", "Getreide"), ("Ukraine", "Ukraine"))  # fmt: skip
    assert not differs(quote, "en", passage, "de", words)


def test_a_preposition_of_absence_on_one_side_only_is_a_difference():
    # it was an affixed word that could only answer: "with" for "ohne" went unseen
    passage = (
        "Wir seien bereit, einen allgemeinen Frieden ohne Entschädigungen und Annexionen zu "
        "schließen."
    )
    words = (("ready", "bereit"), ("general", "allgemeinen"), ("peace", "Frieden"),
             ("indemnities", "Entschädigungen"), ("annexations", "Annexionen"),
             ("conclude", "schließen"))  # fmt: skip
    changed = "We were ready to conclude a general peace with indemnities and annexations."
    faithful = "We were ready to conclude a general peace without indemnities and annexations."
    assert only_changed_differs(changed, faithful, "en>de", passage, words)


def test_russian_bez_telling_a_time_is_no_negation():
    # "без четверти семь" is a quarter to seven
    assert read_negations("Было без четверти семь, без пяти восемь.", "ru").explicit == ()
    assert read_negations("Он ушёл без зерна.", "ru").words == ("без",)
    quote = "Было без четверти семь, и стрелки спокойно шли вперёд."
    passage = "It was a quarter to seven, and the hands were quietly moving forwards."
    words = (("стрелки", "hands"), ("спокойно", "quietly"), ("вперёд", "forwards"))
    assert not differs(quote, "ru", passage, "en", words)
