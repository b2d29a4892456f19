"""Keeping secrets out of everything we show: messages, errors, logs and CLI output.

One ``Redactor`` does it all: it replaces each secret (key, token, password, a connection's
password and extra) with ``***``, also in the forms a server may echo it back in (URL-encoded,
JSON-escaped). ``SecretFilter`` applies the secrets of every live client's auth to httpx's and
httpcore's log records.
"""

from __future__ import annotations

import json
import logging
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus

import httpx

if TYPE_CHECKING:
    from ._auth import Auth
    from ._errors import APIError

__all__ = ["REDACTED", "Redactor", "watch"]

REDACTED = "***"
#: secrets shorter than this are not replaced (a 1-2 character secret would mangle everything)
MIN_LENGTH = 3


def _forms(secret: str) -> set[str]:
    forms = {
        secret,
        secret.strip(),
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
    }
    return {f for f in forms if len(f) >= MIN_LENGTH}


class Redactor:
    """``redact(text)``: ``text`` with every known secret replaced by ``***``.

    >>> redact = Redactor(["s3cr3t-key"])
    >>> redact("Authorization: s3cr3t-key")
    'Authorization: ***'

    ``sources`` are asked for more secrets at each use (the JWT a client obtains while running).
    ``min_length``: shorter secrets are left alone (the CLI keeps a short password such as
    ``admin`` from mangling the server's data on stdout).
    """

    def __init__(self, secrets: Iterable[str | None] = (), sources: Iterable[Callable[[], Iterable[str]]] = ()) -> None:
        self.secrets: set[str] = set()
        self.sources: list[Callable[[], Iterable[str]]] = list(sources)
        self.add(*secrets)

    def add(self, *secrets: str | None) -> None:
        for secret in secrets:
            if secret and len(secret.strip()) >= MIN_LENGTH:
                self.secrets.add(secret)

    def __bool__(self) -> bool:
        return bool(self.secrets or self.sources)

    def __call__(self, text: str, min_length: int = MIN_LENGTH) -> str:
        for source in self.sources:
            self.add(*source())
        forms = {form for secret in self.secrets if len(secret) >= min_length for form in _forms(secret)}
        for form in sorted(forms, key=len, reverse=True):
            text = text.replace(form, REDACTED)
        return text

    def json(self, value: Any, fields: frozenset[str] = frozenset()) -> Any:
        """A JSON value with every secret string hidden, and the values of ``fields`` keys too."""
        if isinstance(value, dict):
            return {
                k: REDACTED if k in fields and v not in (None, "") else self.json(v, fields) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.json(v, fields) for v in value]
        return self(value) if isinstance(value, str) else value

    def content(self, content: bytes, fields: frozenset[str] = frozenset()) -> bytes:
        try:
            return json.dumps(self.json(json.loads(content), fields)).encode()
        except ValueError:
            return self(content.decode(errors="replace")).encode()

    def error(self, exc: APIError, fields: frozenset[str] = frozenset()) -> APIError:
        """Take the secrets (and ``fields``' values) out of everything ``exc`` carries: its message, the
        request's body, the response's body and ``.body``. Returns ``exc``."""
        exc.message = self(exc.message)
        exc.args = (exc.message,)
        if exc.request is not None and exc.request.content:
            exc.request = _rebuilt(exc.request, self.content(exc.request.content, fields))
        response = getattr(exc, "response", None)
        if isinstance(response, httpx.Response):
            scrubbed = self.content(response.content, fields) if response.content else b""
            headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _LENGTH_HEADERS]
            exc.response = httpx.Response(  # type: ignore[attr-defined]
                response.status_code, headers=headers, content=scrubbed, request=exc.request
            )
        if getattr(exc, "body", None) is not None:
            exc.body = self.json(exc.body, fields)  # type: ignore[attr-defined]
        return exc


_LENGTH_HEADERS = frozenset({"content-length", "content-encoding", "transfer-encoding"})


def _rebuilt(request: httpx.Request, content: bytes) -> httpx.Request:
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=request.extensions)


class SecretFilter(logging.Filter):
    """Takes the secrets of every live client's auth out of httpx's and httpcore's log records: at
    DEBUG they log URLs and the response headers, where a server may echo a credential."""

    def __init__(self) -> None:
        super().__init__()
        self.auths: weakref.WeakSet[Auth] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        redact = Redactor(s for auth in list(self.auths) for s in auth.secrets())
        if redact:
            text = record.getMessage()
            clean = redact(text)
            if clean != text:
                record.msg, record.args = clean, ()
        return True


_FILTER = SecretFilter()
#: the loggers that write what the transport saw (a filter on a logger does not see its children's records)
_TRANSPORT_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def watch(auth: Auth) -> None:
    """Keep ``auth``'s secrets out of the transport's log records while it lives."""
    if auth in _FILTER.auths:
        return
    if not _FILTER.auths:
        for name in _TRANSPORT_LOGGERS:
            logger = logging.getLogger(name)
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)
    _FILTER.auths.add(auth)
