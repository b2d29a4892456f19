"""The logic shared by ``Client`` and ``AsyncClient``, without any I/O.

Every call is a generator (an "op") that yields two kinds of effects, ``Send(request)`` and
``Sleep(seconds)``, and returns its result. ``Client`` runs ops with blocking I/O,
``AsyncClient`` with ``await``: the logic (URLs, retries, error mapping, version detection,
adapting v1/v2/experimental) is written once, here and in ``resources/``.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
import weakref
from collections.abc import Generator, Mapping
from typing import Any, Literal, NamedTuple, TypeAlias, TypeVar
from urllib.parse import quote, quote_plus, urlencode

import httpx

from .__version__ import __version__
from ._auth import Auth, TokenExchangeError
from ._constants import LOGGER_NAME
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    APIVersionError,
    AuthenticationError,
    InvalidInputError,
    PermissionDeniedError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    status_error_class,
)
from ._retry import IDEMPOTENT_METHODS, RETRY_STATUSES, backoff_delay, sent_nothing

log = logging.getLogger(LOGGER_NAME)

ApiName: TypeAlias = Literal["v1", "v2", "experimental"]
API_ROOTS: dict[str, str] = {"v2": "api/v2", "v1": "api/v1", "experimental": "api/experimental"}
T = TypeVar("T")


class Send(NamedTuple):
    request: httpx.Request


class Sleep(NamedTuple):
    seconds: float


Effect: TypeAlias = Send | Sleep
#: An operation: yields effects, receives ``httpx.Response`` for each ``Send``, returns T.
Op: TypeAlias = Generator[Effect, Any, T]


class Call(NamedTuple):
    """One API request. ``url`` is relative to the deployment URL (``api/v1/pools/x``)."""

    method: str
    url: str
    params: Any = None
    json: Any = None
    data: Any = None
    headers: Mapping[str, str] | None = None
    #: retry on a lost answer? None: only for idempotent HTTP methods
    idempotent: bool | None = None
    #: the response body is text (task logs), not JSON
    text: bool = False
    #: seconds for this call instead of the client's timeout: a budget for the whole call, retries
    #: included (``dag_runs.wait()`` uses it so that no poll outlives its deadline)
    timeout: float | None = None

    @classmethod
    def of(cls, kwargs: Mapping[str, Any], *, root: str = "", **extra: Any) -> Call:
        """A Call from a generated endpoint's ``_get_kwargs(...)``; ``root`` prefixes its URL."""
        url = root + kwargs["url"] if root else kwargs["url"].lstrip("/")
        headers = {**(kwargs.get("headers") or {}), **extra.pop("headers", {})}
        return cls(
            kwargs["method"].upper(),
            url,
            kwargs.get("params"),
            kwargs.get("json"),
            kwargs.get("data"),
            headers or None,
            **extra,
        )

    @property
    def retry_safe(self) -> bool:
        return self.method in IDEMPOTENT_METHODS if self.idempotent is None else self.idempotent


class ApiInfo(NamedTuple):
    """What version detection found: which API to speak, and the server's Airflow version."""

    api: ApiName
    airflow_version: str | None

    @property
    def root(self) -> str:
        return API_ROOTS[self.api]

    @property
    def version_tuple(self) -> tuple[int, ...]:
        return _version_tuple(self.airflow_version or "")


@functools.lru_cache(maxsize=16)
def _version_tuple(version: str) -> tuple[int, ...]:
    """``"2.11.2"`` -> ``(2, 11, 2)`` (``(0,)`` if unreadable); every v1 trigger asks."""
    parts = re.findall(r"\d+", version)[:3]
    return tuple(int(p) for p in parts) if parts else (0,)


_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_HTML_HEADING = re.compile(rb"<h[12][^>]*>(.*?)</h[12]>", re.I | re.S)
_HTML_TAG = re.compile(r"<[^>]*>|&[a-z]+;")
_HTML_SKIP = re.compile(rb"<(script|style|head)[^>]*>.*?</\1>", re.I | re.S)


def _snippet(response: httpx.Response) -> str:
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


def _shape(body: Any) -> str:
    """A short description of a JSON answer that is not what we expected."""
    if isinstance(body, dict):
        keys = ", ".join(repr(k) for k in list(body)[:6])
        return f"a JSON object with keys {keys}" if keys else "an empty JSON object"
    return f"a JSON {type(body).__name__}" if body is not None else "an empty answer"


def _problem_detail(body: Any) -> str:
    """The human part of an error body: problem+json (v1), FastAPI ``detail`` (v2), ``error``."""
    if not isinstance(body, dict):
        return ""
    detail = body.get("detail")
    if isinstance(detail, list):  # FastAPI validation errors
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict):
                loc = ".".join(str(x) for x in item.get("loc", []) if x != "body")
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
        detail = "; ".join(parts)
    elif isinstance(detail, dict):
        detail = json.dumps(detail)[:300]
    title = body.get("title")
    text = " - ".join(str(x) for x in (title, detail) if x)
    return text or str(body.get("error") or body.get("message") or "")


def _secret_forms(secret: str) -> set[str]:
    forms = {secret, quote(secret, safe=""), quote(secret), quote_plus(secret), json.dumps(secret)[1:-1]}
    return {f for f in forms if len(f) >= 3}


_DNS_ERRORS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "temporary failure in name resolution",
    "no address associated",
    "name resolution",
    "name does not resolve",
)


def _connection_problem(exc: httpx.TransportError, url: httpx.URL) -> str:
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


def _redact_text(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret and len(secret) >= 3:
            for form in sorted(_secret_forms(secret), key=len, reverse=True):
                text = text.replace(form, "***")
    return text


class _SecretFilter(logging.Filter):
    """Takes the secrets of every live client's auth out of httpx's and httpcore's log records: at
    DEBUG they log URLs and the response headers, where a server may echo a credential."""

    def __init__(self) -> None:
        super().__init__()
        self.auths: weakref.WeakSet[Auth] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = tuple(s for auth in list(self.auths) for s in auth.secrets())
        if secrets:
            text = record.getMessage()
            clean = _redact_text(text, secrets)
            if clean != text:
                record.msg, record.args = clean, ()
        return True


_SECRET_FILTER = _SecretFilter()
#: the loggers that write what the transport saw (a filter on a logger does not see its children's records)
_TRANSPORT_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def _watch_secrets(auth: Auth) -> None:
    if auth in _SECRET_FILTER.auths:
        return
    if not _SECRET_FILTER.auths:
        for name in _TRANSPORT_LOGGERS:
            logger = logging.getLogger(name)
            if _SECRET_FILTER not in logger.filters:
                logger.addFilter(_SECRET_FILTER)
    _SECRET_FILTER.auths.add(auth)


def _query(params: dict[str, Any]) -> str:
    """``params`` as httpx encodes them (lists repeat the key, booleans are ``true``/``false``, None is
    empty, spaces are ``+``), in a third of the time httpx's ``params=`` takes on a listing call."""
    pairs = []
    for key, value in params.items():
        for v in value if isinstance(value, list | tuple) else (value,):
            pairs.append((key, "true" if v is True else "false" if v is False else "" if v is None else str(v)))
    return urlencode(pairs)


def _fits(deadline: float | None, delay: float | None) -> bool:
    """True when a retry after ``delay`` seconds still starts before ``deadline`` (None: no deadline)."""
    return deadline is None or time.monotonic() + (delay or 0.0) < deadline - 0.05


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


_DEFAULT_HEADERS = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate",
    "User-Agent": f"astro-airflow/{__version__}",
}


class Context:
    """Everything a call needs, without I/O: URLs, auth secrets (to redact), retry policy, API info."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth | None,
        max_retries: int,
        timeout: httpx.Timeout,
        page_size: int,
        headers: Mapping[str, str] | None = None,
        info: ApiInfo | None = None,
    ) -> None:
        self.headers = dict(headers or {})
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.max_retries = max_retries
        self.timeout = timeout
        self.page_size = page_size
        self.info = info
        if auth is not None:
            _watch_secrets(auth)

    @property
    def api(self) -> ApiName:
        assert self.info is not None, "version detection runs before any call"
        return self.info.api

    @property
    def root(self) -> str:
        """What goes before a generated endpoint's URL: v1 paths are relative to ``/api/v1``."""
        return "api/v1" if self.api == "v1" else ""

    # -- redaction -----------------------------------------------------------------------
    def redact(self, text: str) -> str:
        """``text`` with every secret of the auth replaced by ``***``, also in its URL-encoded and
        JSON-escaped forms (a server may echo a key back in a URL or a JSON error body)."""
        return _redact_text(text, self.auth.secrets()) if self.auth else text

    def public_url(self, url: httpx.URL | str) -> str:
        """The URL as safe to show: no user info, query values of secret-looking keys hidden."""
        u = httpx.URL(str(url))
        if u.userinfo:
            u = u.copy_with(username=None, password=None)
        return self.redact(str(u))

    # -- requests --------------------------------------------------------------------------
    def build_request(self, call: Call) -> httpx.Request:
        # A path segment that is exactly "." or ".." (a DAG id or key) would be resolved away by
        # URL normalisation; percent-encoded, it reaches the server as the id it is.
        path = "/".join({".": "%2E", "..": "%2E%2E"}.get(seg, seg) for seg in call.url.split("/"))
        url = f"{self.base_url}/{path}"
        params = call.params
        if type(params) is dict:  # what the generated endpoints give: encoded as httpx would, faster
            url, params = f"{url}?{_query(params)}" if params else url, None
        # httpx.Client.send() does not add the client's default headers to a built request
        headers = {**_DEFAULT_HEADERS, **self.headers, **(call.headers or {})}
        return httpx.Request(
            call.method,
            url,
            params=params,
            json=call.json,
            data=call.data,
            headers=headers,
            extensions={"timeout": self._timeout_for(call).as_dict()},
        )

    def _timeout_for(self, call: Call) -> httpx.Timeout:
        if call.timeout is None:
            return self.timeout
        return httpx.Timeout(call.timeout, connect=min(call.timeout, self.timeout.connect or call.timeout))

    def unsupported(self, what: str, alternative: str = "") -> UnsupportedOperationError:
        api = self.info.api if self.info else "?"
        message = f"{what} is not available on the {api} API of this server"
        if api == "experimental":
            message += (
                " (Airflow's experimental API has no such endpoint"
                + (f"; the stable REST API offers it as {alternative}" if alternative else "")
                + "; enable the stable API or use a newer Airflow)"
            )
        return UnsupportedOperationError(message)

    def request(self, call: Call) -> Op[Any]:
        """Send ``call`` with retries; return its decoded JSON (or text); raise a mapped error."""
        response = yield from self.send(self.build_request(call), call.retry_safe, budget=call.timeout)
        return self.decode(call, response)

    def send(self, request: httpx.Request, retry_safe: bool, budget: float | None = None) -> Op[httpx.Response]:
        """Send ``request``, retrying connection failures and 429/502/503/504 when it is safe.

        ``budget``: seconds for all attempts together; no attempt or retry starts after it is spent.
        """
        attempt = 0
        deadline = None if budget is None else time.monotonic() + budget
        while True:
            started = time.monotonic()
            if deadline is not None and attempt:
                left = max(deadline - started, 0.1)
                request.extensions["timeout"] = httpx.Timeout(left, connect=min(left, self.timeout.connect or left))
            try:
                response: httpx.Response = yield Send(request)
            except httpx.TransportError as exc:
                safe = retry_safe or sent_nothing(exc)
                cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                problem = self.redact(_connection_problem(exc, request.url))
                if isinstance(exc, httpx.TimeoutException):
                    problem += f" (after {time.monotonic() - started:.1f}s)"
                if not safe:
                    problem += (
                        ". The request may have reached the server before the answer was lost, so the call is "
                        "not safe to repeat blindly: check its effect first (a trigger with run_id= is always "
                        "safe to retry)"
                    )
                error = cls(f"{self.where(request)} failed: {problem}", request=request, safe_to_retry=safe)
                delay: float | None = backoff_delay(attempt + 1)
                if not safe or attempt >= self.max_retries or not _fits(deadline, delay):
                    raise error from None
            else:
                if log.isEnabledFor(logging.DEBUG):
                    ms = (time.monotonic() - started) * 1000
                    log.debug("%s -> %s in %.0f ms", self.where(request), response.status_code, ms)
                if response.status_code not in RETRY_STATUSES or not retry_safe or attempt >= self.max_retries:
                    return response
                delay = backoff_delay(attempt + 1, response.headers)
                if delay is None or not _fits(deadline, delay):  # Retry-After longer than we will wait
                    return response
            attempt += 1
            log.info("retry %d of %s in %.1fs", attempt, self.where(request), delay)
            yield Sleep(delay or 0.0)

    def where(self, request: httpx.Request) -> str:
        """``METHOD url`` safe to show. Only for messages: it parses the URL again (~30 us)."""
        return f"{request.method} {self.public_url(request.url)}"

    def decode(self, call: Call, response: httpx.Response) -> Any:
        status = response.status_code
        where = self.where(response.request) if status >= 300 else ""  # only messages need it
        ctype = response.headers.get("content-type", "")
        body: Any = None
        if "json" in ctype:
            try:
                body = response.json()
            except ValueError:
                body = None
        if status >= 400:
            cls = status_error_class(status)
            detail = self.redact(_problem_detail(body) if body is not None else _snippet(response))
            hint = HINTS.get(status, "")
            if status == 403 and "invalid jwt" in detail.lower():
                # Airflow 3 answers 403 "Invalid JWT token" to a token it cannot verify: not a permission matter
                cls, hint = AuthenticationError, "the token is not valid for this deployment; " + HINTS[401]
            if status >= 500:
                hint = "the server failed; see the Airflow webserver/api-server logs"
            message = f"{status} {response.reason_phrase or ''} from {where}".replace("  ", " ")
            message += f": {detail}" if detail else ""
            message += f" ({hint})" if hint else ""
            raise cls(
                message,
                response=response,
                body=body,
                # 4xx: refused, nothing done; 503: not served. A 500, 502 or 504 may come after the
                # server acted (a gateway timing out on a slow answer): safe only for idempotent calls.
                safe_to_retry=status < 500 or status == 503 or call.retry_safe,
            )
        if 300 <= status < 400:
            location = self.public_url(response.headers.get("location", "?"))
            raise UnexpectedResponseError(
                f"{where} answered {status}, a redirect to {location}: usually a login page or the wrong URL "
                "(http vs https, a missing or extra path prefix). Redirects are not followed, so credentials "
                "never go to another host: fix the base URL.",
                response=response,
                safe_to_retry=True,
            )
        if call.text:
            return response.text
        if status == 204 or not response.content:
            return None
        if body is None:
            raise UnexpectedResponseError(
                f"{self.where(response.request)} answered {status} "
                f"with {self.redact(_snippet(response))}, not the Airflow API's JSON. "
                + (
                    "A login page means the request did not reach the API: check the URL (base domain, "
                    "release name, path prefix such as /airflow) and the credentials."
                    if b"<html" in response.content[:2000].lower()
                    else "Check that the URL points at an Airflow deployment."
                ),
                response=response,
                safe_to_retry=call.retry_safe,
            )
        if not isinstance(body, dict) and call.url.startswith(("api/v1/", "api/v2/")):
            # every answer of the stable API (v1, v2) is a JSON object
            raise UnexpectedResponseError(
                f"{self.where(response.request)} answered {status} "
                f"with {self.redact(_shape(body))}, where Airflow's API answers a JSON "
                "object: the URL does not lead to Airflow's REST API (check the base URL and path prefix) or "
                "something in between rewrote the answer.",
                response=response,
                safe_to_retry=call.retry_safe,
            )
        return body

    def raw(self, method: str, path: str, params: Any, json: Any) -> Op[httpx.Response]:
        """Any request (``client.request``): ``path`` under the API root, or with a leading ``/``
        under the deployment URL; the answer as it came (retries and auth included)."""
        if "://" in path or path.startswith("//"):
            raise InvalidInputError(f"path must be relative to the deployment, not a URL: {path!r}")
        url = path.lstrip("/") if path.startswith("/") else f"{API_ROOTS[self.api]}/{path}"
        call = Call(method.upper(), url, params, json)
        return (yield from self.send(self.build_request(call), call.retry_safe))

    # -- version detection -----------------------------------------------------------------
    def detect(self, only: ApiName | None = None) -> Op[ApiInfo]:
        """Find the API: ``/api/v2/version`` → ``/api/v1/version`` → ``/api/experimental/info``."""
        tried: list[str] = []
        html = 0
        candidates: tuple[ApiName, ...] = (only,) if only else ("v2", "v1", "experimental")
        for api in candidates:
            path = "info" if api == "experimental" else "version"
            call = Call("GET", f"{API_ROOTS[api]}/{path}")
            url = self.public_url(f"{self.base_url}/{call.url}")
            try:
                body = yield from self.request(call)
            except (AuthenticationError, PermissionDeniedError):
                raise  # the API is there, the credentials are not right: say so now
            except APIStatusError as exc:
                if exc.status_code >= 500 or exc.status_code == 429:
                    raise  # the server (or its gateway) failed: that says nothing about which API it has
                tried.append(f"{url} -> {exc.status_code} {exc.response.reason_phrase}".rstrip())
                continue
            except UnexpectedResponseError as exc:
                html += b"<html" in exc.response.content[:2000].lower()
                if 300 <= exc.status_code < 400:
                    location = self.public_url(exc.response.headers.get("location", "?"))
                    tried.append(f"{url} -> {exc.status_code}, a redirect to {location}")
                else:
                    tried.append(f"{url} -> {exc.status_code} with {self.redact(_snippet(exc.response))}")
                continue
            if isinstance(body, dict) and isinstance(body.get("version"), str):
                return ApiInfo(api, body["version"])
            tried.append(f"{url} -> 200 but no Airflow version in the answer: {self.redact(_shape(body))}")
        if only:
            other = yield from self._other_api(only)
            if other is not None:
                raise APIVersionError(
                    f"this client was told to use the {only} API (api={only!r}), but {self.public_url(self.base_url)} "
                    f"runs Airflow {other.airflow_version} and serves the {other.api} API "
                    f"({tried[0] if tried else 'no answer'}); pass api={other.api!r}, or leave api unset to detect it"
                )
        message = f"no Airflow REST API found under {self.public_url(self.base_url)}; tried:\n  " + "\n  ".join(tried)
        if html:
            message += (
                "\nAn HTML page where the API should answer means the request did not reach Airflow's API: "
                "usually the login page of a misrouted request (wrong base domain, release name or path prefix)."
            )
        raise APIVersionError(
            message + "\nCheck the base domain, the release name and the path prefix (Astronomer Software serves "
            "https://deployments.<base-domain>/<release-name>/airflow; some deployments have no /airflow)."
        )

    def _other_api(self, only: ApiName) -> Op[ApiInfo | None]:
        """After ``api=only`` found nothing: the API the server does serve, if any (for the message)."""
        for api in ("v2", "v1", "experimental"):
            if api == only:
                continue
            call = Call("GET", f"{API_ROOTS[api]}/{'info' if api == 'experimental' else 'version'}")
            try:
                body = yield from self.request(call)
            except APIError:
                continue
            if isinstance(body, dict) and isinstance(body.get("version"), str):
                return ApiInfo(api, body["version"])
        return None

    def ensure(self, needed: tuple[ApiName, ...], what: str, alternative: str = "") -> None:
        if self.api not in needed:
            raise self.unsupported(what, alternative)
