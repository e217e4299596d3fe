"""A verb of saying followed by its reported clause: "Czernin wrote that Hoffmann “gave me his
word”" quotes Czernin's writing; Hoffmann is the subject of the reported clause, not who
said the quoted words (whose "me" is Czernin).

A quotation inside a that-clause (a mixed quotation) gives the reporter's words: the speaker
is the subject of the verb of saying before the clause ("The minister wrote in his diary
that Hoffmann “...”", "Ida told the board that the keeper “...”"), and the person named
after "that" is what the words are about. So the lead-in is read as if it ended before
"that".
"""

from __future__ import annotations

from .cue import Token
from .mentions import DETERMINERS, PRONOUNS, mention_at

COMPLEMENTIZERS = frozenset({"that", "dass", "daß"})
"""The words opening a reported clause after a verb of saying ("wrote that", "schrieb, dass")."""
_REACH = 8  # words of the clause's subject looked back over from the opening mark


def reported_clause_start(tokens: list[Token]) -> int | None:
    """The index of the complementizer opening a reported clause whose subject runs up to the
    end of ``tokens`` (the words before an opening mark), if there is one: "wrote that
    Hoffmann", "told the board that the keeper"; not "that" as a demonstrative ("said that
    man:") nor a clause that goes on ("so kindly, that he burst out,"); or the complementizer
    ending ``tokens``, when the quotation is the whole reported clause ("said on May 4, 2025,
    that “the archive will reopen”")."""
    if tokens and tokens[-1].text.lower() in COMPLEMENTIZERS:
        return len(tokens) - 1
    for r in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _REACH), -1):
        if tokens[r].text.lower() not in COMPLEMENTIZERS or not _subject_follows(tokens, r + 1):
            continue
        found = mention_at(tokens, r + 1)
        if found is not None and found[1] >= len(tokens):
            return r
    return None


def _subject_follows(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` may open a clause's subject: a name, a title, a pronoun, a
    determiner."""
    word = tokens[i].text.lower()
    if tokens[i].kind == "title" or word in PRONOUNS or word in DETERMINERS:
        return True
    return tokens[i].kind == "w" and tokens[i].text[:1].isupper()
