"""What stands between the network and the store: tokens, body limits, rates, headers.

* :class:`TokenAuth` compares bearer tokens in constant time; writes always need
  one, reads only when the server is started with ``--protect-reads``; with no
  token configured, writes are refused outright.
* :class:`BodyLimit` refuses bodies declared over the limit with 413 before the
  app reads them; chunked bodies are cut off at the same limit as they are read.
* :class:`RateLimit` is a token bucket per client address and kind (read/write).
* :class:`SecurityHeaders` sets a strict Content-Security-Policy (no inline script
  or style, nothing from other origins) and the usual hardening headers.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
]


class TokenAuth:
    """Bearer-token checks (constant-time comparison)."""

    def __init__(self, token: str | None, protect_reads: bool = False) -> None:
        self.token = token.encode() if token else None
        self.protect_reads = protect_reads

    def allowed(self, authorization: str | None, *, write: bool) -> tuple[bool, int, str]:
        """Whether a request with this ``Authorization`` header may go on, else status, why."""
        if not write and not self.protect_reads:
            return True, 200, ""
        if self.token is None:
            return False, 403, "writes are disabled: start the server with REALPOLITIK_TOKEN set"
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given:
            return False, 401, "a bearer token is required (Authorization: Bearer TOKEN)"
        if not hmac.compare_digest(given.strip().encode(), self.token):
            return False, 401, "the bearer token is not valid"
        return True, 200, ""


class RateLimit:
    """A token bucket per (client, kind): ``rate`` requests per second, bursts of ``burst``."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str, kind: str) -> float:
        """0 when the request may go on, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            if len(self._buckets) > 100_000:  # forget idle clients rather than grow without end
                self._buckets.clear()
            bucket = self._buckets.setdefault((client, kind), [float(self.burst), now])
            bucket[0] = min(self.burst, bucket[0] + (now - bucket[1]) * self.rate)
            bucket[1] = now
            if bucket[0] >= 1:
                bucket[0] -= 1
                return 0.0
            return (1 - bucket[0]) / self.rate


async def send_json(send: Send, status: int, body: dict[str, Any],
                    extra: list[tuple[bytes, bytes]] = ()) -> None:  # type: ignore[assignment]
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode()), *extra]})
    await send({"type": "http.response.body", "body": payload})


class BodyLimit:
    """ASGI middleware: 413 for requests that declare a body over ``max_bytes``.

    Bodies without a declared length (chunked) are counted as they are read by
    :func:`realpolitik.api.app.read_body`, which stops at the same limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = {"error": f"request body over the limit of {self.max_bytes} bytes"}
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_json(send, 400, {"error": "malformed Content-Length"})
                    return
                if declared > self.max_bytes:
                    await send_json(send, 413, too_big)
                    return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware adding the hardening headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {n.lower() for n, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)
