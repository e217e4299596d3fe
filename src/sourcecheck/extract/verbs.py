"""The verbs of saying: a broad list of base forms with their inflections (regular English
morphology, doubled consonants, an irregular table), not a short list. :mod:`sieves` reads
them beside quotations; "print" and "publish" are here for newspapers ("Izvestia printed:").
"""

from __future__ import annotations

import re

_BASES = """
say ask reply answer cry exclaim add continue observe remark return rejoin respond retort repeat
resume murmur mutter whisper shout scream call roar bellow yell shriek growl grumble snap snarl
hiss sigh sob laugh chuckle giggle titter smile grin nod urge plead beg implore entreat insist
protest object argue declare announce state explain suggest propose admit confess agree assent
interrupt interpose begin inquire enquire query question demand request command order warn
caution remind tell assure promise reason conclude groan moan gasp pant stammer stutter falter
drawl lisp mumble blurt venture hazard opine comment note mention report relate counter correct
persist pursue proceed concede allow grant acknowledge affirm aver assert maintain contend
claim boast complain lament wail ejaculate vociferate thunder jeer sneer scoff mock tease joke
jest prompt coax wheedle soothe console reassure encourage greet hail address accost sing chant
recite read write telegraph wire cable dictate print publish whimper squeak pipe grunt bark howl
croak screech purr breathe hint insinuate intimate reflect muse wonder guess surmise speculate cough
simper sniff snort exclaim announce proclaim testify swear vow threaten retort rap whine drone
bawl squeal chirp twitter lisp quaver quiver tremble sputter splutter wheeze shrill bluster
storm rage fume scold chide rebuke reprove admonish exhort instruct inform advise recommend
summon invite interject chime echo parrot quote cite specify explain expostulate remonstrate
deprecate apologise apologize thank congratulate pronounce predict prophesy conjecture
remonstrate sneeze hesitate pause stop go break put strike burst speak think
""".split()
_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "begin": ["began", "begun"], "go": ["went", "gone"],
    "write": ["wrote", "written"], "read": ["read"], "think": ["thought"],
    "break": ["broke", "broken"], "put": ["put"], "strike": ["struck"], "burst": ["burst"],
    "speak": ["spoke", "spoken"], "swear": ["swore", "sworn"], "sing": ["sang", "sung"],
    "cry": ["cried"], "reply": ["replied"], "query": ["queried"], "hold": ["held"],
}  # fmt: skip


def _inflections(base: str) -> set[str]:
    """The base, its -s form, its -ed form and its -ing form (regular English spelling)."""
    forms = {base, *_IRREGULAR.get(base, [])}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):  # nod -> nodded, beg -> begged
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


SPEECH_VERBS = frozenset(f for base in _BASES for f in _inflections(base))
"""Every form of a verb of saying (some only with a particle: "went on", see sieves)."""

PAST = frozenset(f for forms in _IRREGULAR.values() for f in forms) - {"read", "put", "burst"}
"""Irregular past forms: a finite verb without its -ed ("said", "told", "wrote")."""

NOT_SPEECH_ALONE = frozenset("go went gone break broke put strike struck burst stop".split())
"""Verbs of saying only with a particle ("went on", "broke in", "put in", "burst out")."""


CONTINUING = frozenset(
    "added adds continued resumed repeated went pursued proceeded persisted".split()
)
"""Verbs that say the last speaker goes on ("he added"), rather than someone answers."""
