"""A review posted to Datasette by a script: the fields it leaves out read as empty.

Datasette binds a writable canned query's parameters from the posted fields, and a field left
out fails the binding with its own message ("You did not supply a value for binding parameter
:note."), which names no field of the form as the user knows it. A review's note is optional
(the CLI's ``--note``), so :func:`with_review_fields` gives every field of ``record_review``
that a POST leaves out as empty before Datasette reads it: a review without a note is
recorded, and one without a claim, verdict or reviewer is refused by the statement's own
checks, with their messages ("give the name of the reviewer").
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode

Receive = Callable[[], Awaitable[dict[str, Any]]]


def filled_body(body: bytes, fields: Sequence[str]) -> bytes:
    """``body`` (a JSON object or a form, as Datasette reads either) with each of ``fields``
    it lacks given as empty; any other body as it is.

    >>> filled_body(b'{"claim": "c1", "verdict": "accurate"}', ["claim", "note"])
    b'{"claim": "c1", "verdict": "accurate", "note": ""}'
    >>> filled_body(b"claim=c1&verdict=accurate", ["claim", "note"])
    b'claim=c1&verdict=accurate&note='
    """
    text = body.decode("utf-8", errors="replace").strip()
    if text.startswith("{") and text.endswith("}"):
        try:
            data = json.loads(text)
        except ValueError:
            return body  # Datasette answers a broken body itself
        if not isinstance(data, dict):
            return body
        data.update({f: "" for f in fields if f not in data})
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    pairs = parse_qsl(text, keep_blank_values=True)
    present = {k for k, _ in pairs}
    return urlencode(pairs + [(f, "") for f in fields if f not in present]).encode("utf-8")


async def with_review_fields(receive: Receive, fields: Sequence[str]) -> Receive:
    """An ASGI ``receive`` that gives the whole request body read from ``receive``, with the
    review ``fields`` it lacks filled in (:func:`filled_body`), then what ``receive`` gives."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    body = filled_body(b"".join(chunks), fields)
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
