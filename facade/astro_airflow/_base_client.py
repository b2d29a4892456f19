"""The logic shared by ``Client`` and ``AsyncClient``, without any I/O.

Every call is a generator (an "op") that yields two kinds of effects, ``Send(request)`` and
``Sleep(seconds)``, and returns its result. ``Client`` runs ops with blocking I/O,
``AsyncClient`` with ``await``: the logic is written once. Here: building requests, the retry
loop, and turning answers into results or typed errors. Elsewhere: detection (``_detect``),
messages (``_messages``), redaction (``_redact``), the per-API adapters (``_adapters``).
"""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, TypeVar
from urllib.parse import urlencode

import httpx

from . import _messages, _redact
from .__version__ import __version__
from ._auth import Auth
from ._constants import LOGGER_NAME
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InvalidInputError,
    UnexpectedResponseError,
    UnsupportedOperationError,
    status_error_class,
)
from ._retry import IDEMPOTENT_METHODS, RETRY_STATUSES, backoff_delay, sent_nothing
from ._versions import ApiName, APIVersion, version

if TYPE_CHECKING:
    from ._adapters import Adapter

log = logging.getLogger(LOGGER_NAME)

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
        """A Call from a generated endpoint's ``request_kwargs(...)``; ``root`` prefixes its URL."""
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
    def spec(self) -> APIVersion:
        return version(self.api)

    @property
    def version_tuple(self) -> tuple[int, ...]:
        return _version_tuple(self.airflow_version or "")


@functools.lru_cache(maxsize=16)
def _version_tuple(version: str) -> tuple[int, ...]:
    """``"2.11.2"`` -> ``(2, 11, 2)`` (``(0,)`` if unreadable); every v1 trigger asks."""
    parts = re.findall(r"\d+", version)[:3]
    return tuple(int(p) for p in parts) if parts else (0,)


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


_DEFAULT_HEADERS = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate",
    "User-Agent": f"astro-airflow/{__version__}",
}
#: a GET is never answered from a cache: an ingress or a proxy caching "running" would make a wait
#: wait forever (Astronomer's own examples send it too)
NO_CACHE = {"Cache-Control": "no-cache"}
_GET_HEADERS = {**_DEFAULT_HEADERS, **NO_CACHE}


def _merged(*layers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers, each layer over the ones before, names compared without case (a generated endpoint's
    ``accept: text/plain`` replaces our ``Accept: application/json``, not joins it)."""
    merged: dict[str, tuple[str, str]] = {}
    for layer in layers:
        for name, value in (layer or {}).items():
            merged[name.lower()] = (name, value)
    return dict(merged.values())


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
            _redact.watch(auth)

    @property
    def api(self) -> ApiName:
        assert self.info is not None, "version detection runs before any call"
        return self.info.api

    @functools.cached_property
    def adapter(self) -> Adapter:
        """The adapter of the detected API: the only code that knows its paths and body shapes."""
        from ._adapters import adapter_for

        return adapter_for(self.api)(self)

    # -- redaction -----------------------------------------------------------------------
    def redact(self, text: str) -> str:
        """``text`` with every secret of the auth replaced by ``***``, also in its URL-encoded and
        JSON-escaped forms (a server may echo a key back in a URL or a JSON error body)."""
        return _redact.Redactor(self.auth.secrets())(text) if self.auth else text

    def public_url(self, url: httpx.URL | str) -> str:
        """The URL as safe to show: no user info, query values of secret-looking keys hidden."""
        u = httpx.URL(str(url))
        if u.userinfo:
            u = u.copy_with(username=None, password=None)
        return self.redact(str(u))

    def where(self, request: httpx.Request) -> str:
        """``METHOD url`` safe to show. Only for messages: it parses the URL again (~30 us)."""
        return f"{request.method} {self.public_url(request.url)}"

    def unsupported(self, what: str, alternative: str = "") -> UnsupportedOperationError:
        api = self.info.api if self.info else "?"
        message = f"{what} is not available on the {api} API of this server"
        if api == "experimental":
            message += (
                " (Airflow's experimental API has no such endpoint"
                + (f"; the stable REST API offers it as {alternative}" if alternative else "")
                + "; enable the stable API or use a newer Airflow)"
            )
        elif alternative:
            message += f" ({alternative})"
        return UnsupportedOperationError(message)

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
        defaults = _GET_HEADERS if call.method == "GET" else _DEFAULT_HEADERS
        headers = _merged(defaults, self.headers, call.headers) if self.headers or call.headers else defaults
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
                problem = self.redact(_messages.connection_problem(exc, request.url))
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

    # -- answers ---------------------------------------------------------------------------
    def check(self, response: httpx.Response, retry_safe: bool, body: Any = None) -> None:
        """Raise the typed error of an error status (``APIStatusError`` subclasses) or a redirect
        (``UnexpectedResponseError``): the same for resources, generated operations and raw requests."""
        status = response.status_code
        if status < 300:
            return
        where = self.where(response.request)
        if status >= 400:
            if body is None and "json" in response.headers.get("content-type", ""):
                try:
                    body = response.json()
                except ValueError:
                    body = None
            cls = status_error_class(status)
            detail = self.redact(_messages.problem_detail(body) if body is not None else _messages.snippet(response))
            hint = _messages.HINTS.get(status, "")
            if status == 403 and "invalid jwt" in detail.lower():
                # Airflow 3 answers 403 "Invalid JWT token" to a token it cannot verify: not a permission matter
                cls, hint = AuthenticationError, "the token is not valid for this deployment; " + _messages.HINTS[401]
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
                safe_to_retry=status < 500 or status == 503 or retry_safe,
            )
        location = self.public_url(response.headers.get("location", "?"))
        raise UnexpectedResponseError(
            f"{where} answered {status}, a redirect to {location}: usually a login page or the wrong URL "
            "(http vs https, a missing or extra path prefix). Redirects are not followed, so credentials "
            "never go to another host: fix the base URL.",
            response=response,
            safe_to_retry=True,
        )

    def not_the_api(self, response: httpx.Response, retry_safe: bool) -> UnexpectedResponseError:
        """A successful status with something that is not the API's JSON (an HTML login page ...)."""
        return UnexpectedResponseError(
            f"{self.where(response.request)} answered {response.status_code} "
            f"with {self.redact(_messages.snippet(response))}, not the Airflow API's JSON. "
            + (
                "A login page means the request did not reach the API: check the URL (base domain, "
                "release name, path prefix such as /airflow) and the credentials."
                if b"<html" in response.content[:2000].lower()
                else "Check that the URL points at an Airflow deployment."
            ),
            response=response,
            safe_to_retry=retry_safe,
        )

    def decode(self, call: Call, response: httpx.Response) -> Any:
        body: Any = None
        if "json" in response.headers.get("content-type", ""):
            try:
                body = response.json()
            except ValueError:
                body = None
        self.check(response, call.retry_safe, body)
        if call.text:
            return response.text
        if response.status_code == 204 or not response.content:
            return None
        if body is None:
            raise self.not_the_api(response, call.retry_safe)
        if not isinstance(body, dict) and call.url.startswith(("api/v1/", "api/v2/")):
            # every answer of the stable API (v1, v2) is a JSON object
            raise UnexpectedResponseError(
                f"{self.where(response.request)} answered {response.status_code} "
                f"with {self.redact(_messages.shape(body))}, where Airflow's API answers a JSON "
                "object: the URL does not lead to Airflow's REST API (check the base URL and path prefix) or "
                "something in between rewrote the answer.",
                response=response,
                safe_to_retry=call.retry_safe,
            )
        return body

    def raw(self, method: str, path: str, params: Any, json: Any, raise_for_status: bool) -> Op[httpx.Response]:
        """Any request (``client.request``): ``path`` under the API root, or with a leading ``/``
        under the deployment URL; the answer as it came (retries and auth included), typed errors for
        error statuses unless ``raise_for_status`` is False."""
        if "://" in path or path.startswith("//"):
            raise InvalidInputError(f"path must be relative to the deployment, not a URL: {path!r}")
        url = path.lstrip("/") if path.startswith("/") else f"{version(self.api).root}/{path}"
        call = Call(method.upper(), url, params, json)
        response = yield from self.send(self.build_request(call), call.retry_safe)
        if raise_for_status:
            self.check(response, call.retry_safe)
        return response
