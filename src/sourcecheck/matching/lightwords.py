"""Words that say little alone, per language: left out of the content words whose
counterparts are counted (:mod:`.wordpairs`), and read past between a negation and the word
it negates (:mod:`.negation`: "did not go slowly" negates "slowly")."""

from __future__ import annotations

from ..normalize import fold

_LIGHT = {
    "en": """just get got gets getting out up down even though too much more most less like own
    also still ever only very ought make made take took go went gone come came thing things way
    well now yet quite rather perhaps really indeed once again back off away whether while since
    because although however therefore thus being said say says tell told know knew let put
    see saw seem seemed something anything everything someone anyone everyone many few other
    others another each every both either same such given doing done already
    want wants wanted wanting
    myself yourself himself herself itself oneself ourselves yourselves themselves
    mine yours hers ours theirs i'd i'm i've i'll he'd he's she'd she's it's we'd we're we've
    you'd you're you've they'd they're they've that's there's""",
    "de": """auch noch schon nur sehr ja doch wohl mal immer wieder gar ganz dann denn etwa eben
    erst bloß zwar gewiß worden gewesen habe hatten wäre wären sollte sollten müssen muß mußte
    musste konnte können könnte dabei daran darauf davon dazu dafür hier dort da wo man etwas
    jetzt nun also einmal beide beiden andere anderen ließ lassen
    deren denen derer welcher welches welchem welchen einander
    scheinen schien schienen scheint sagen sagte sagten gesagt sagt wissen wußte wusste wußten
    wussten weiß gewußt gewusst sehen sah sahen gesehen sieht gehen ging gingen gegangen geht
    kommen kam kamen gekommen kommt machte machten gemacht macht nehmen nahm nahmen genommen
    nimmt tun tat getan ding dinge weise während seit seitdem obwohl obgleich jedoch daher
    deshalb deswegen darum entweder viele vielen vieler wenige wenigen mehr meist meisten
    weniger eigen
    eigene eigenen eigener eigenes eigenem je jemals gerade ziemlich eher vielleicht wirklich
    tatsächlich eigentlich sogar derartig derart immerhin überhaupt bereits zurück fort jemand
    jemandem jemanden
    zumindest wenigstens mindestens her hin""",
    "ru": """же ли бы уж ещё уже даже только вот там тут так это чтобы есть было быть свой себя
    весь всё всего этого этой того той тот эта эти очень более менее
    сама сами само своя своё своим своими своём
    казалось кажется казался казалась казались показалось сказал сказала сказали сказать
    говорил говорила говорили говорить знал знала знали знать знаю знает пошёл пошла пошли шёл
    шла шли идти пришёл пришла пришли прийти взял взяла взяли сделал сделала сделали сделать
    делать наверно наверное пожалуй возможно действительно снова назад обратно хотя однако
    поэтому поскольку пока многие многих каждый каждая каждое каждого оба обе
    собственный собственная собственно столь настолько кто-то что-то""",
}
LIGHT_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for w in words.split()) for lang, words in _LIGHT.items()
}
"""Words that say little alone (auxiliaries, light verbs, common adverbs; pronouns whose
rendering is a stop word of the other language: "himself" / "sich", "себя"; German "deren"),
left out of the content words whose counterparts are counted, besides the stop words
(:mod:`.stems`) and the negations (:mod:`.negation`, compared on their own). The lists say
the same in each language: a German or Russian word whose English rendering is light
("schien" / "seemed", "sogar" / "even", "derartig" / "so", "ging" / "went") could have no
counterpart, and the true renderings of German and Russian quotes lost coverage for it
(Kafka's "Der Vater schien ... derartig ergriffen, daß er jeden Respekt vergaß, den er seinen
Mietern immerhin schuldete" had a counterpart for 5 of its 10 content words). And the other way
round: "want" and "already" are light because "wollen" is a German stop word and "schon",
"bereits", "уже" are light or stop words: "But it never occurred to Gregor to want to
frighten anyone" could find no counterpart for "want" in "irgend jemandem ... Angst machen zu
wollen". German "zumindest", "wenigstens" and "mindestens" are light as English "at least"
is a function phrase, and the adverbs "her" and "hin" (a direction, "von jenem Geschäft her")
as English has none: "little" paired with "zumindest" and "give" with "her" put a claim the
book does not have ("Gregor's father gave her nothing from his little safe") at a wrong
passage."""
