"""Retry decisions, pure functions: which failures to retry and how long to wait."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait (``Retry-After``: seconds or an HTTP date), or None."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if "," in value or " " in value else None
    if parsed is None:
        return None
    return max(0.0, float(parsed.timestamp()) - time.time())


def backoff_delay(attempt: int, headers: httpx.Headers | None = None) -> float | None:
    """Delay before retry number ``attempt`` (1-based); None when Retry-After is too long to wait."""
    if headers is not None:
        asked = retry_after(headers)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    delay: float = min(INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def sent_nothing(exc: httpx.TransportError) -> bool:
    """True when the request certainly never reached the server (safe to repeat any call)."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
