"""Downloading source texts: the one module that uses httpx.

Safety comes before convenience, because a sources file may come from anyone:

- only ``http`` and ``https``; redirects are followed by hand (at most ``max_redirects``), and
  every hop is checked like the first URL;
- hosts that resolve to an address that is not public (loopback, private ranges, link-local,
  however spelled: ``0x7f000001`` and ``2130706433`` are 127.0.0.1) are refused unless
  ``allow_private`` (an intranet archive is legitimate); the address actually connected to is
  checked again, so a DNS answer that changes between the check and the connection is caught;
- time limits on connecting, on each read, and on the whole download (``deadline``), so a
  server trickling a byte a second cannot hold the tool;
- size limits on the bytes received and on the bytes they decompress to (a gzip bomb stops
  at the limit; decompression is bounded, never all at once);
- a User-Agent naming the tool.

Every failure is a :class:`~sourcecheck.errors.FetchError` whose one-line message names the
URL and what went wrong. Nothing is stored here: :func:`fetch` returns the body and its
provenance, or raises.
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import ipaddress
import socket
import time
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .. import __version__
from ..errors import FetchError
from ..models import now_iso
from .limits import MIB, FetchLimits, over_limit

USER_AGENT = f"sourcecheck/{__version__} (claim and citation checker; fetches source texts)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Content types worth downloading; anything else (images, audio, archives) is refused
# from the headers, before the body is read. Octet-stream is checked from its bytes later.
TEXT_MEDIA_PREFIXES = (
    "text/", "application/xhtml+xml", "application/xml", "application/pdf", "application/x-pdf",
    "application/epub+zip", "application/octet-stream", "binary/octet-stream",
)  # fmt: skip


class UnreachableError(FetchError):
    """The host could not be reached at all (DNS, refused, connect timeout): its other URLs
    are not worth trying in the same run."""


Progress = Callable[[int, int | None], None]
"""Called as bytes arrive: (bytes received so far, total announced by the server or None)."""


@dataclass(slots=True)
class Fetched:
    """A downloaded body and where it came from."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    media_type: str | None
    charset: str | None
    body: bytes
    wire_bytes: int
    retrieved_at: str
    redirects: list[dict[str, Any]] = field(default_factory=list)  # [{"url", "status"}, ...]


def make_client(
    *,
    transport: httpx.BaseTransport | None = None,
    limits: FetchLimits = FetchLimits(),
) -> httpx.Client:
    """The HTTP client every download uses: timeouts, no automatic redirects, a User-Agent.

    ``transport``: for tests (``httpx.MockTransport``) of what a real server cannot produce.
    """
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout),
        follow_redirects=False,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html, text/plain, application/pdf, application/epub+zip, */*;q=0.5",
            "Accept-Encoding": "gzip, deflate",  # what _Inflater decodes, within limits
        },
    )


def fetch(
    url: str,
    *,
    client: httpx.Client,
    limits: FetchLimits = FetchLimits(),
    allow_private: bool = False,
    progress: Progress | None = None,
) -> Fetched:
    """Download ``url`` within ``limits``, following at most ``limits.max_redirects`` redirects.

    Raises :class:`FetchError` naming ``url`` (and the hop, after a redirect) on any failure.
    """
    deadline = time.monotonic() + limits.deadline
    current = _parse(url, url)
    redirects: list[dict[str, Any]] = []
    while True:
        where = url if not redirects else f"{url} (redirected to {current})"
        _check_host(current, where, allow_private=allow_private, deadline=deadline)
        guard = _Guard(deadline)
        token = _GUARD.set(guard)  # the reads of this exchange, whichever connection serves it
        try:
            hop = _Hop(url, current, where, redirects, limits, guard, allow_private, progress)
            outcome = hop.exchange(client)
        finally:
            _GUARD.reset(token)
        if isinstance(outcome, Fetched):
            return outcome
        current = outcome


@dataclass(slots=True)
class _Hop:
    """One request of a download (the first, or one after a redirect) and its answer."""

    url: str
    current: httpx.URL
    where: str
    redirects: list[dict[str, Any]]
    limits: FetchLimits
    guard: _Guard
    allow_private: bool
    progress: Progress | None

    def exchange(self, client: httpx.Client) -> Fetched | httpx.URL:
        """The download, or the URL a redirect points to."""
        where, limits = self.where, self.limits
        response = _send(client, self.current, where, limits=limits, guard=self.guard)
        try:
            if not self.allow_private:
                _check_peer(response, self.current, where)
            status = response.status_code
            if status in REDIRECT_STATUSES:
                self.redirects.append({"url": str(self.current), "status": status})
                return _next_hop(response, self.current, self.url, self.redirects, limits)
            if status >= 400:
                raise FetchError(f"{where}: HTTP {status} {response.reason_phrase}".rstrip())
            if not 200 <= status < 300:
                raise FetchError(f"{where}: unexpected HTTP status {status}")
            media_type, charset = _content_type(response.headers.get("content-type"))
            if media_type and not media_type.startswith(TEXT_MEDIA_PREFIXES):
                raise FetchError(f"{where}: not text: the server says it is {media_type}")
            body, wire = _read_body(response, where, limits, self.guard, self.progress)
        finally:
            response.close()
        return Fetched(
            url=self.url,
            final_url=str(self.current),
            status=status,
            content_type=response.headers.get("content-type"),
            media_type=media_type,
            charset=charset,
            body=body,
            wire_bytes=wire,
            retrieved_at=now_iso(),
            redirects=self.redirects,
        )


# -- URLs and addresses ----------------------------------------------------------------------


def _parse(value: str | httpx.URL, where: str) -> httpx.URL:
    try:
        parsed = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise FetchError(f"{where}: not a valid URL ({exc})") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"{where}: only http and https URLs can be fetched, not {parsed.scheme!r}")
    if not parsed.host:
        raise FetchError(f"{where}: the URL has no host")
    return parsed


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet.

    >>> [is_public(a) for a in ("93.184.215.14", "127.0.0.1", "10.1.2.3", "169.254.169.254",
    ...                         "::1", "::ffff:192.168.0.1", "fe80::1", "100.64.0.1")]
    [True, False, False, False, False, False, False, False]
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """The addresses ``host`` resolves to, within ``timeout`` (the OS resolver has none)."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        future = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
        infos = future.result(timeout=max(timeout, 0.001))
    finally:
        pool.shutdown(wait=False)
    return [str(info[4][0]) for info in infos]


def _check_host(url: httpx.URL, where: str, *, allow_private: bool, deadline: float) -> None:
    """Resolve the host (a clear DNS error) and refuse non-public addresses."""
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = _resolve(host, port, deadline - time.monotonic())
    except concurrent.futures.TimeoutError:
        raise UnreachableError(f"{where}: timed out resolving the host name {host!r}") from None
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UnreachableError(
            f"{where}: cannot resolve the host name {host!r} ({reason})"
        ) from None
    if allow_private:
        return
    private = [address for address in addresses if not is_public(address)]
    if private:
        # an address given as such is named once; a name, with the address it resolves to
        what = (
            f"{host} is a non-public address"
            if host in addresses
            else f"{host} resolves to a non-public address ({private[0]})"
        )
        raise FetchError(
            f"{where}: {what}: refused unless private "
            "addresses are allowed (to fetch from an intranet archive)",
            option="allow_private",
        )


def _check_peer(response: httpx.Response, url: httpx.URL, where: str) -> None:
    """Refuse a connection that reached a non-public address despite the check before it."""
    proxies = urllib.request.getproxies()
    if url.scheme in proxies and not urllib.request.proxy_bypass(url.host):
        return  # the peer is the proxy, not the host
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer and not is_public(str(peer[0])):
        raise FetchError(
            f"{where}: connected to the non-public address {peer[0]} (the host's address "
            "changed after it was checked): refused"
        )


def _next_hop(
    response: httpx.Response,
    current: httpx.URL,
    url: str,
    redirects: list[dict[str, Any]],
    limits: FetchLimits,
) -> httpx.URL:
    location = response.headers.get("location")
    if not location:
        raise FetchError(f"{url}: HTTP {response.status_code} redirect without a Location")
    target = _parse(current.join(location), f"{url} (redirected to {location})")
    if any(hop["url"] == str(target) for hop in redirects):
        raise FetchError(f"{url}: redirect loop ({current} redirects back to {target})")
    if len(redirects) > limits.max_redirects:
        raise FetchError(
            f"{url}: too many redirects (more than {limits.max_redirects}; last to {target})"
        )
    return target


# -- the request and the body ----------------------------------------------------------------


class _Guard:
    """The reads of one exchange: none waits past the download's deadline, and every byte
    received is counted.

    httpx bounds each read (``read_timeout``), not the exchange: a server trickling its
    response headers a byte a second would hold the tool for ever. httpcore's ``trace``
    extension hands over each new connection's stream; its ``read`` is wrapped to ask the
    guard of the exchange under way (:data:`_GUARD`) for the time left, and to count. The
    count tells a body longer than its Content-Length, which h11 would silently cut.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.received = 0
        self.head = bytearray()  # the bytes up to the end of the response headers

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            if stream is not None:
                stream.read = _bounded(stream.read)

    def count(self, data: bytes) -> None:
        self.received += len(data)
        if b"\r\n\r\n" not in self.head and len(self.head) < 1 << 16:
            self.head += data

    def excess(self, content_length: int) -> int:
        """Bytes received beyond the headers and the announced body."""
        end = self.head.find(b"\r\n\r\n")
        return self.received - (end + 4) - content_length if end >= 0 else 0


_GUARD: contextvars.ContextVar[_Guard | None] = contextvars.ContextVar("guard", default=None)


def _bounded(read: Callable[..., bytes]) -> Callable[..., bytes]:
    """A stream's ``read`` that waits no longer than the current exchange has left."""

    def bounded(max_bytes: int, timeout: float | None = None) -> bytes:
        guard = _GUARD.get()
        if guard is None:
            return read(max_bytes, timeout)
        left = max(guard.deadline - time.monotonic(), 0.001)
        data = read(max_bytes, left if timeout is None else min(timeout, left))
        guard.count(data)
        return data

    return bounded


def _send(
    client: httpx.Client, url: httpx.URL, where: str, *, limits: FetchLimits, guard: _Guard
) -> httpx.Response:
    remaining = guard.deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{where}: gave up after the deadline of {limits.deadline:g} s")
    timeout = httpx.Timeout(
        min(limits.read_timeout, remaining), connect=min(limits.connect_timeout, remaining)
    )
    request = client.build_request("GET", url, timeout=timeout, extensions={"trace": guard.trace})
    try:
        return client.send(request, stream=True, follow_redirects=False)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise UnreachableError(f"{where}: {_describe(exc, timeout)}") from None
    except httpx.HTTPError as exc:
        if guard.expired():
            raise FetchError(
                f"{where}: too slow: gave up after the deadline of {limits.deadline:g} s "
                "(the response headers had not all arrived)"
            ) from None
        raise FetchError(f"{where}: {_describe(exc, timeout)}") from None


def _describe(exc: httpx.HTTPError, timeout: httpx.Timeout) -> str:
    """A short reason for a transport error."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (no answer in {timeout.connect:g} s)"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out waiting for the server (no data for {timeout.read:g} s)"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if "refused" in lowered:
            return "connection refused"
        if "certificate" in lowered or "ssl" in lowered:
            return f"TLS/certificate error ({text})"
        if "name or service" in lowered or "nodename" in lowered or "getaddrinfo" in lowered:
            return f"cannot resolve the host name ({text})"
        return f"cannot connect ({text})"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"the server broke the connection ({text})"
    return f"download failed ({type(exc).__name__}: {text})"


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type header.

    >>> _content_type('text/html; charset="windows-1251"')
    ('text/html', 'windows-1251')
    """
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower() or None, charset


class _Inflater:
    """Bounded gzip/deflate decoding: never produces more than the room it is given."""

    def __init__(self, coding: str, where: str) -> None:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"{where}: unsupported Content-Encoding {coding!r}")
        self.where = where
        self.decompressor = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header

    def feed(self, data: bytes, room: int) -> bytes:
        out = bytearray()
        try:
            while data:
                out += self.decompressor.decompress(data, room - len(out) + 1)
                if len(out) > room:
                    break
                data = self.decompressor.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(f"{self.where}: the compressed body is damaged ({exc})") from None
        return bytes(out)


def _read_body(
    response: httpx.Response,
    where: str,
    limits: FetchLimits,
    guard: _Guard,
    progress: Progress | None,
) -> tuple[bytes, int]:
    """The decoded body and the number of bytes received, within every limit; a body
    shorter or longer than its Content-Length is an error, not a truncated text."""
    announced = response.headers.get("content-length")
    total = int(announced) if announced and announced.isdigit() else None
    if total is not None and total > limits.max_bytes:
        raise FetchError(
            f"{where}: too large: {over_limit(total, limits.max_bytes)}", option="max_mb"
        )
    coding = response.headers.get("content-encoding", "identity").strip().lower()
    inflater = None if coding in ("", "identity") else _Inflater(coding, where)
    chunks: list[bytes] = []
    wire = size = 0
    try:
        for chunk in response.iter_raw():
            wire += len(chunk)
            if wire > limits.max_bytes:
                raise FetchError(
                    f"{where}: too large: more than the limit of "
                    f"{limits.max_bytes / MIB:,.4g} MB ({limits.max_bytes:,} bytes)",
                    option="max_mb",
                )
            room = limits.max_decoded_bytes - size
            data = chunk if inflater is None else inflater.feed(chunk, room)
            size += len(data)
            if size > limits.max_decoded_bytes:
                raise FetchError(
                    f"{where}: too large: the body decompresses to more than "
                    f"{limits.max_decoded_bytes:,} bytes (a compression bomb?)"
                )
            chunks.append(data)
            if progress is not None:
                progress(wire, total)
            if guard.expired():
                raise FetchError(
                    f"{where}: too slow: gave up after the deadline of {limits.deadline:g} s "
                    f"({wire:,} bytes received)"
                )
    except httpx.HTTPError as exc:
        raise FetchError(f"{where}: {_body_failure(exc, wire, total, limits, guard)}") from None
    if total is not None and "transfer-encoding" not in response.headers:
        extra = guard.excess(total)
        if extra > 0:
            raise FetchError(
                f"{where}: the server sent {extra:,} bytes more than the {total:,} its "
                "Content-Length announces: refused rather than cut short"
            )
    return b"".join(chunks), wire


def _body_failure(
    exc: httpx.HTTPError, wire: int, total: int | None, limits: FetchLimits, guard: _Guard
) -> str:
    """Why reading a body failed: the deadline, a body cut short, or the transport."""
    if guard.expired():
        return (
            f"too slow: gave up after the deadline of {limits.deadline:g} s "
            f"({wire:,} bytes received)"
        )
    if isinstance(exc, httpx.RemoteProtocolError) and total is not None and wire < total:
        return (
            f"the body ended after {wire:,} of the {total:,} bytes its Content-Length "
            "announces: an incomplete download, not stored"
        )
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    return _describe(exc, timeout)
