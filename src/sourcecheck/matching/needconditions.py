"""Always against only when needed: "always modify the control file" where the source says
"Passen Sie die Datei control an, falls notwendig" (walk111 ch-freq-01).

A condition of need ("if necessary", "falls nötig", "bei Bedarf", "при необходимости") makes
an act occasional: it is done when the need arises, and "always" says it is done every time.
The two exclude each other as "must" / "may" do, so they are a concept pair of the opposites
table (:data:`.opposites.OPPOSITES`, untied: either says its concept of the whole sentence,
and a side that says both says neither against the other). Not "immer" in "immer mehr", "noch
immer", "für immer", "immer wieder" (more and more, still, forever, again and again), nor "как
всегда" (as usual): no frequency of the act.
"""

from __future__ import annotations

ALWAYS = {
    "en": r"always|invariably|every\s+time",
    "de": r"(?<!noch\s)(?<!für\s)(?<!wie\s)(?<!fur\s)stets"
    r"|(?<!noch\s)(?<!für\s)(?<!wie\s)(?<!fur\s)immer(?!\s+(?:noch|wieder|mehr|weniger|\w+er)\b)"
    r"|jedes\s*mal",
    "ru": r"(?<!как\s)всегда|каждый\s+раз",
}
"""Per language, the words that say an act is done every time."""

IF_NEEDED = {
    "en": r"(?:if|when|whenever|where|wherever)\s+(?:necessary|needed|required|need\s+be)"
    r"|as\s+(?:needed|necessary|required)",
    "de": r"(?:falls|wenn|sofern|soweit)\s+(?:notwendig|nötig|erforderlich|benötigt)"
    r"|bei\s+bedarf|gegebenenfalls|ggf|nötigenfalls|notfalls|erforderlichenfalls",
    "ru": r"(?:при|в\s+случае|по\s+мере)\s+(?:необходимости|надобности|потребности)"
    r"|если\s+(?:это\s+)?(?:необходимо|нужно|потребуется|понадобится|требуется)",
}
"""Per language, the conditions of need: the act is done only when it is needed."""
