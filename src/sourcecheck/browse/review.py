"""Recording a review from Datasette: who may (by address), and the link on each claim's row.

The canned query ``record_review`` (:mod:`.queries`) writes; Datasette allows it to the actor
that :func:`reviewer_actor` gives a request from an allowed address: 127.0.0.1 and ::1 unless
``sourcecheck serve --allow-review-from`` names other addresses or networks (``any``: all).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from ..errors import InputError
from .queries import REVIEW_ACTOR_KEY, REVIEW_ACTOR_VALUE

DEFAULT_REVIEW_FROM = ("127.0.0.1/32", "::1/128")
ANY = ("0.0.0.0/0", "::/0")


def review_networks(values: Sequence[str] | None = None) -> list[str]:
    """The networks allowed to record reviews: ``values`` (addresses, networks, or ``any``),
    checked and written in CIDR form; by default this machine only.

    >>> review_networks(), review_networks(["10.0.0.0/8", "192.168.1.5"])
    (['127.0.0.1/32', '::1/128'], ['10.0.0.0/8', '192.168.1.5/32'])
    """
    if not values:
        return list(DEFAULT_REVIEW_FROM)
    networks: list[str] = []
    for value in values:
        if value.strip().lower() == "any":
            networks += ANY
            continue
        try:
            networks.append(str(ipaddress.ip_network(value.strip(), strict=False)))
        except ValueError:
            raise InputError(
                f"{value!r} is not an address or a network (such as 192.168.1.0/24, or any)"
            ) from None
    return list(dict.fromkeys(networks))


def reviewer_actor(
    networks: Sequence[str], client: tuple[str, int] | None
) -> dict[str, str] | None:
    """The actor allowed to record reviews, for a request from ``client`` (host, port) in one
    of ``networks``; None for any other address.

    >>> reviewer_actor(["127.0.0.1/32"], ("127.0.0.1", 5000))["sourcecheck"]
    'reviewer'
    >>> reviewer_actor(["127.0.0.1/32"], ("10.0.0.7", 5000)) is None
    True
    """
    if not client:
        return None
    try:
        address = ipaddress.ip_address(client[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if not any(address in ipaddress.ip_network(n) for n in networks):
        return None
    return {"id": f"reviewer at {address}", REVIEW_ACTOR_KEY: REVIEW_ACTOR_VALUE}


def review_cell(verdict: Any, claim_id: str, database_url: str, reviewer: str | None) -> Markup:
    """A claim's verdict (or "not reviewed") and a link to the form that records a review of
    it, with the claim (and the configured reviewer) filled in."""
    query = {"claim": claim_id, **({"reviewer": reviewer} if reviewer else {})}
    href = f"{database_url}/record_review?{urlencode(query)}"
    shown = (
        verdict if verdict else Markup('<span class="sourcecheck-unreviewed">not reviewed</span>')
    )
    action = "change" if verdict else "review"
    return Markup('{} <a class="sourcecheck-review" href="{}">{}…</a>').format(shown, href, action)
