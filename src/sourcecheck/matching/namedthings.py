"""A program, command or package named by where it stands: "the ss -anptu command", "des
Pakets procps", "команда dcut", "$ nmap mirwiz" (walk113 ch-name-03-en, ch-name-13-de-en).

Documentation names its programs and packages in lower case, as they are typed, and many such
names are words of the language as well ("free", "kill", "more", "ss", "cat"): neither a
capital (:mod:`.changedsense`) nor an identifier's shape (:mod:`.technames`: a dash, a slash,
an underscore) marks them, and no dictionary tells "nmap" from a word it lacks. Their place
does: a word right before or after a noun of what a name names ("command", "package",
"Befehl", "Paket", "команда", "пакет": :data:`KIND_NOUNS`), a word before a command-line
option ("ss -anptu"), a word after a shell prompt at a line's start ("$ nmap mirwiz").

- :func:`named_here`: whether a word at its place of a text is so named;
- :func:`typed_name`: whether a word is a command's name by how it is typed (before an
  option or after a prompt) somewhere in a text: "ss" is a word of the dictionary ("SS"), but
  a text that prints "ss -anptu" names a program by it;
- :func:`other_program`: the word matcher's changed word that puts one such name in
  another's place (:mod:`.changednames` flags it ``name``).

A lower-case word in Latin letters only ("nmap", "util-linux", "python3"): a name written
otherwise ("Nmap", "Linux") is read by the names readers.
"""

from __future__ import annotations

import re

from ..models import Difference
from . import bilingual
from .stems import STOPWORDS
from .variants import dictionary_word

KIND_NOUNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"commands?|programs?|programmes?|packages?|tools?|utilit(?:y|ies)|daemons?|"
        r"librar(?:y|ies)|binar(?:y|ies)|executables?|scripts?|modules?"
    ),
    "de": re.compile(
        r"befehls?|befehle[n]?|kommandos?|programms?|programme[n]?|pakets?|pakete[n]?|"
        r"werkzeugs?|werkzeuge[n]?|dienstprogramms?|dienstprogramme[n]?|bibliothek(?:en)?|"
        r"skripts?|skripte[n]?|daemons?|moduls?|module[n]?"
    ),
    "ru": re.compile(
        r"команд[аыеуоя]?|командой|командами|командах|программ[аыеуо]?|программой|"
        r"программами|пакет(?:а|у|ом|е|ы|ов|ами|ах)?|утилит[аыеуо]?|утилитой|утилитами|"
        r"библиотек[аиеу]?|библиотекой|демон(?:а|у|ом|е|ы|ов)?|скрипт(?:а|у|ом|е|ы|ов)?|"
        r"модул(?:ь|я|ю|ем|е|и|ей)"
    ),
}
"""Per language, the forms (matched whole, case-blind) of nouns that a program's or a
package's name stands beside: "the X command", "der Befehl X", "из пакета X"."""
_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_.+][a-z0-9]+)*")
"""A lower-case name as it is typed ("nmap", "util-linux", "python3", "e2fsprogs")."""
_OPTION = re.compile(r"--?[A-Za-z][\w-]*")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_PROMPT = re.compile(r"(?:^|\n)[ \t]*[$#][ \t]+$")
_REACH = 80  # characters read on either side of a word for its neighbours


def _options_after(text: str, end: int) -> int:
    """The end of the command-line options right after ``end`` of ``text`` (``end`` when
    none): "ss -anptu -4" skips to after "-4"."""
    at = end
    while True:
        m = re.compile(r"[ \t]+").match(text, at)
        space_end = m.end() if m else at
        option = _OPTION.match(text, space_end) if m else None
        if option is None or not _token_ends(text, option.end()):
            return at
        at = option.end()


def _token_ends(text: str, at: int) -> bool:
    return at >= len(text) or text[at].isspace() or text[at] in ",.;:)»”\"'"


def _before_option(text: str, end: int) -> bool:
    """Whether a command-line option follows ``end`` of ``text`` (spaces between)."""
    return _options_after(text, end) > end


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words right before ``start`` and right after ``end`` of ``text`` (options after
    it skipped: "the ss -anptu command"; only spaces or a hyphen between), a German
    compound's head among them ("dmesg-Befehl")."""
    after_at = _options_after(text, end)
    before = re.search(r"([^\W\d_]+)[\s-]{1,3}$", text[max(0, start - _REACH) : start])
    after = re.match(r"[\s-]{1,3}([^\W\d_]+)", text[after_at : after_at + _REACH])
    return [m.group(1) for m in (before, after) if m is not None]


def kind_noun(word: str, language: str) -> bool:
    """Whether ``word`` is a noun of what a program's or a package's name names
    (:data:`KIND_NOUNS`: "package", "Pakets", "команды").

    >>> kind_noun("Pakets", "de"), kind_noun("команду", "ru"), kind_noun("system", "en")
    (True, True, False)
    """
    return KIND_NOUNS.get(language, KIND_NOUNS["en"]).fullmatch(word.casefold()) is not None


def named_here(text: str, start: int, end: int, language: str) -> bool:
    """Whether the lower-case Latin word at ``start``-``end`` of ``text`` stands where a
    program's or a package's name stands: beside a noun of :data:`KIND_NOUNS` (options after
    it skipped), before a command-line option, or after a shell prompt (see the module).

    >>> s = "On Linux, the ss -anptu command lists the sessions."
    >>> named_here(s, s.index("ss"), s.index("ss") + 2, "en")
    True
    >>> s = "Der Befehl dmesg ist Teil des Pakets procps."
    >>> named_here(s, s.index("procps"), s.index("procps") + 6, "de")
    True
    >>> s = "Run the command to list the sessions."
    >>> named_here(s, s.index("list"), s.index("list") + 4, "en")
    False
    """
    word = text[start:end]
    start, end = start + len(word) - len(word.lstrip()), start + len(word.rstrip())
    if _NAME.fullmatch(text[start:end]) is None:
        return False
    if _before_option(text, end) or _PROMPT.search(text[max(0, start - _REACH) : start]):
        return True
    return any(kind_noun(w, language) for w in _neighbours(text, start, end))


def typed_name(word: str, text: str) -> bool:
    """Whether ``text`` prints ``word`` as a command is typed, somewhere: before a
    command-line option, or after a shell prompt ("ss -anptu", "$ nmap mirwiz"), or names
    it by its manual page ("apt(8)", "ls(1)": a word of the dictionary, "apt", named as a
    program). One regular expression each over the text (a book: no loop over "ss" in
    "class", "pass").

    >>> typed_name("ss", "Use ss to list them: the ss -anptu command.")
    True
    >>> typed_name("apt", "See apt(8) for the commands it knows.")
    True
    >>> typed_name("following", "Run the following command (1) and (2).")
    False
    """
    name = re.escape(word)
    before_option = re.compile(rf"(?<![\w-]){name}[ \t]+--?[A-Za-z]")
    prompted = re.compile(rf"(?:^|\n)[ \t]*[$#][ \t]+{name}(?![\w-])")
    manual = re.compile(rf"(?<![\w-]){name}\([1-9][a-z]*\)")
    return any(r.search(text) for r in (before_option, prompted, manual))


def _program_word(word: str, texts: tuple[str, ...], language: str) -> bool:
    """Whether a lower-case Latin ``word`` may name a program: no function word, and unknown
    to the dictionary ("nmap") or typed as a command in one of ``texts`` ("ss -anptu")."""
    if _NAME.fullmatch(word) is None or word in STOPWORDS.get(language, ()):
        return False
    if word in STOPWORDS.get("en", ()):
        return False
    known = dictionary_word(word, "en") or dictionary_word(word, language)
    known = known or (language == "de" and _german_form(word))
    return not known or any(typed_name(word, t) for t in texts)


_ZU = re.compile(r"(ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zurück|dar|her|hin)zu(\w{3,})")


def _german_form(word: str) -> bool:
    """Whether a German word the dictionary lacks is a form of one it knows: a zu-infinitive
    ("aufzulisten": "auflisten"), or another ending of its verb ("aktualisieren":
    "aktualisiert"). A German lower-case word after a noun ("Pakete aufzulisten") is a verb
    far more often than a program's name."""
    forms = {word}
    if (m := _ZU.fullmatch(word)) is not None:
        forms.add(m.group(1) + m.group(2))
    for stem in [f[: -len(end)] for f in list(forms) for end in ("en", "n", "e", "t", "et")
                 if f.endswith(end)]:  # fmt: skip
        forms |= {stem + end for end in ("en", "t", "e", "et", "te")}
    return any(dictionary_word(f, "de") or bilingual.translated_words(f, "de", "en")
               for f in forms - {word})  # fmt: skip


def other_program(d: Difference, quote: str, text: str, language: str) -> str | None:
    """The words to compare when the word matcher's changed word ``d`` (of ``quote`` at its
    passage of ``text``) puts one program's or package's name in another's place: both are
    lower-case Latin words that may name a program (unknown to the dictionary, or typed as a
    command in the quote or the text), and one of them stands where a name stands
    (:func:`named_here`); else None.

    >>> from sourcecheck.models import Span
    >>> q = "On Linux, the nmap -anptu command lists the sessions."
    >>> t = "On Linux, the ss -anptu command lists the sessions."
    >>> d = Difference("changed", "nmap", "ss", Span(14, 18), Span(14, 16))
    >>> other_program(d, q, t, "en")
    'two programs or packages'
    >>> q, t = "Run the next command to list them.", "Run the following command to list them."
    >>> print(other_program(Difference("changed", "next", "following", Span(8, 12),
    ...                                Span(8, 17)), q, t, "en"))
    None
    """
    if d.kind != "changed" or d.quote_span is None or d.source_span is None:
        return None
    mine, theirs = d.quote.strip(), d.source.strip()
    q, s = d.quote_span, d.source_span
    if mine == theirs or not (
        named_here(quote, q.start, q.end, language) or named_here(text, s.start, s.end, language)
    ):
        return None  # the place first: a text is searched for a typed word only in a name's
    if _program_word(mine, (quote, text), language) and _program_word(theirs, (text,), language):
        return "two programs or packages"
    return None
