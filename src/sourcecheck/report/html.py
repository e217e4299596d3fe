"""HTML: one self-contained page (no network) a person reads, filters, searches and prints.

Jinja2 renders it with autoescape on, so every piece of claim or source text is escaped. The
stylesheet and the script are inline and allowed by their sha256 in a Content-Security-Policy
that forbids everything else (no other script, style, image, font, frame or connection).
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .alarms import SHOWN_LOUD
from .cards import KIND_TITLES, card_html
from .data import (
    FACT_LABELS,
    STATUS_KEYS,
    STATUS_LABELS,
    STATUS_MEANINGS,
    UNVERIFIED,
    VERDICTS,
    Report,
)
from .links import safe_url
from .review import NOT_REVIEWED, VERDICT_LABELS, VERDICT_MEANINGS, stale_count, verdict_counts

CHART_WIDTH, CHART_ROW, CHART_LABEL = 360, 22, 96


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("sourcecheck.report", "templates"),
        autoescape=True,  # every {{ value }} is HTML-escaped unless it is Markup
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def asset(name: str) -> str:
    """The text of a file in ``report/templates`` (the inline stylesheet and script)."""
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(content: str) -> str:
    """The CSP source expression allowing exactly this inline script or style.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(css: str, js: str) -> str:
    """Nothing but this page's own inline stylesheet and script; no network at all."""
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def chart_rows(report: Report) -> list[dict[str, Any]]:
    """One horizontal bar per status (and for claims not verified, if any): its count and its
    geometry in the inline SVG."""
    counts = report.counts()
    keys = [k for k in STATUS_KEYS if k != UNVERIFIED or counts[k]]
    most = max(counts.values(), default=0) or 1
    span = CHART_WIDTH - CHART_LABEL - 40
    return [
        {
            "key": key,
            "label": STATUS_LABELS[key],
            "count": counts[key],
            "y": i * CHART_ROW,
            "width": round(span * counts[key] / most, 1) if counts[key] else 0,
        }
        for i, key in enumerate(keys)
    ]


def render_html(report: Report) -> str:
    """The report as one HTML page."""
    css, js = asset("report.css"), asset("report.js")
    counts = report.counts()
    reviewed = verdict_counts(report.items)
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            counts=counts,
            keys=[k for k in STATUS_KEYS if counts[k]],
            all_keys=STATUS_KEYS,
            labels=STATUS_LABELS,
            meanings=STATUS_MEANINGS,
            kind_titles=KIND_TITLES,
            loud_kinds=SHOWN_LOUD,
            fact_labels=FACT_LABELS,
            verdicts=VERDICTS,
            reviewed=reviewed,
            reviewed_total=len(report.cards) - reviewed[NOT_REVIEWED],
            review_keys=[k for k, n in reviewed.items() if n],
            stale=stale_count(report.items),
            verdict_labels=VERDICT_LABELS,
            verdict_meanings=VERDICT_MEANINGS,
            chart=chart_rows(report),
            chart_width=CHART_WIDTH,
            chart_row=CHART_ROW,
            chart_label=CHART_LABEL,
            card_html=card_html,
            safe_url=safe_url,
            css=Markup(css),  # our own files, hashed into the CSP below
            js=Markup(js),
            csp=Markup(content_security_policy(css, js)),  # base64 hashes and keywords only
        )
    )
