"""Message building: what an answer or a failure was, in words, and what to do about it."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._auth import TokenExchangeError

_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_HTML_HEADING = re.compile(rb"<h[12][^>]*>(.*?)</h[12]>", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]*>|&[a-z]+;")
_HTML_SKIP = re.compile(rb"<(script|style|head)[^>]*>.*?</\1>", re.I | re.S)


def snippet(response: httpx.Response) -> str:
    body = response.content[:4000]
    for pattern, what in ((_HTML_TITLE, "titled"), (_HTML_HEADING, "headed")):
        found = pattern.search(body)
        text = _HTML_TAG.sub(" ", found.group(1).decode(errors="replace")).split() if found else []
        if text:
            return f"an HTML page {what} " + repr(" ".join(text)[:100])
    if b"<html" in body.lower() or b"<!doctype html" in body.lower():
        text = _HTML_TAG.sub(" ", _HTML_SKIP.sub(b" ", body).decode(errors="replace")).split()
        return "an HTML page saying " + repr(" ".join(text)[:120])
    plain = body.decode(errors="replace").strip().replace("\n", " ")
    kind = response.headers.get("content-type", "no content-type").split(";")[0]
    return f"{kind} {plain[:120]!r}" if plain else f"an empty {kind} body"


def shape(body: Any) -> str:
    """A short description of a JSON answer that is not what we expected."""
    if isinstance(body, dict):
        keys = ", ".join(repr(k) for k in list(body)[:6])
        return f"a JSON object with keys {keys}" if keys else "an empty JSON object"
    return f"a JSON {type(body).__name__}" if body is not None else "an empty answer"


def _shown(value: Any) -> bool:
    return isinstance(value, str) and value not in ("", "hidden")


def problem_detail(body: Any) -> str:
    """The human part of an error body: problem+json (v1), FastAPI ``detail`` (v2), ``error``."""
    if not isinstance(body, dict):
        return ""
    detail = body.get("detail")
    if isinstance(detail, list):  # FastAPI validation errors; Airflow 3's 404s of a mapped task: strings
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict):
                loc = ".".join(str(x) for x in item.get("loc", []) if x != "body")
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
            elif isinstance(item, str):
                parts.append(item)
        detail = "; ".join(parts)
    elif isinstance(detail, dict):  # Airflow 3's database errors: reason, message, statement/orig_error "hidden"
        said = [detail[k] for k in ("reason", "message", "orig_error", "statement") if _shown(detail.get(k))]
        detail = "; ".join(said) if said else json.dumps(detail)[:300]
    title = body.get("title")
    text = " - ".join(str(x) for x in (title, detail) if x)
    return text or str(body.get("error") or body.get("message") or "")


_DNS_ERRORS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
    "name does not resolve",
)


def connection_problem(exc: httpx.TransportError, url: httpx.URL) -> str:
    """What went wrong, in words, and what to check: DNS, refused port, TLS, reset, timeout."""
    text = str(exc) or type(exc).__name__
    low = text.lower()
    port = url.port or (443 if url.scheme == "https" else 80)
    where = f"{url.host}:{port}"
    if isinstance(exc, httpx.TimeoutException):
        stage = {
            httpx.ConnectTimeout: "connecting to",
            httpx.ReadTimeout: "waiting for an answer from",
            httpx.WriteTimeout: "sending the request to",
            httpx.PoolTimeout: "waiting for a free connection to",
        }.get(type(exc), "talking to")
        return (
            f"timed out {stage} {where}; the server is slow or unreachable: raise the client's timeout "
            "or check the deployment"
        )
    if isinstance(exc, TokenExchangeError):  # not a connection failure: the token endpoint refused to serve
        return f"{text}; the deployment may be starting or overloaded: retry later"
    if any(marker in low for marker in _DNS_ERRORS):
        return f"could not resolve the host name {url.host!r} (DNS: {text}); check the base domain / URL for typos"
    if "refused" in low:
        return (
            f"connection refused by {where} ({text}): nothing listens there; check the host name, the port "
            "and that the deployment is up"
        )
    if "certificate" in low and "verif" in low:
        return (
            f"the TLS certificate of {where} could not be verified ({text}); pass verify='/path/to/ca-bundle.pem' "
            "for a private CA, or fix the server's certificate"
        )
    if "ssl" in low or "tls" in low or "handshake" in low:
        return (
            f"the TLS/SSL handshake with {where} failed ({text}); check the URL's scheme (https:// for a TLS "
            "server, http:// for a plain one) and the port"
        )
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect to {where} ({text}); check the host name, port and network"
    return f"the connection to {where} broke before a complete answer ({type(exc).__name__}: {text})"


HINTS: dict[int, str] = {
    401: (
        "check the credentials: an Astronomer service-account key is sent as `Authorization: <key>` "
        "(APIKey), Astro tokens as Bearer (BearerToken), a username and password as BasicAuth (Airflow 2) or "
        "AirflowJWT (Airflow 3); temporary tokens expire after 24 h"
    ),
    403: "the credentials are valid but lack permission for this call; check the key's role",
    404: "check the id (DAG, run, pool ...) and, if everything is 404, the URL prefix",
    409: "it already exists",
    413: "the request is too large for the server or a proxy in front of it: send less (e.g. a reference to "
    "the data in conf instead of the data)",
    429: "the server is rate limiting; retry later",
}
