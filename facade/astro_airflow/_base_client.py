"""The logic shared by ``Client`` and ``AsyncClient``, without any I/O.

Every call is a generator (an "op") that yields two kinds of effects, ``Send(request)`` and
``Sleep(seconds)``, and returns its result. ``Client`` runs ops with blocking I/O,
``AsyncClient`` with ``await``: the logic (URLs, retries, error mapping, version detection,
adapting v1/v2/experimental) is written once, here and in ``resources/``.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Generator, Mapping
from typing import Any, Literal, TypeAlias, TypeVar

import attrs
import httpx

from ._auth import Auth
from ._constants import LOGGER_NAME
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    APIVersionError,
    AuthenticationError,
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


@attrs.frozen
class Send:
    request: httpx.Request


@attrs.frozen
class Sleep:
    seconds: float


Effect: TypeAlias = Send | Sleep
#: An operation: yields effects, receives ``httpx.Response`` for each ``Send``, returns T.
Op: TypeAlias = Generator[Effect, Any, T]


@attrs.frozen
class Call:
    """One API request. ``url`` is relative to the deployment URL (``api/v1/pools/x``)."""

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    data: Any = None
    headers: Mapping[str, str] | None = None
    #: retry on a lost answer? None: only for idempotent HTTP methods
    idempotent: bool | None = None
    #: the response body is text (task logs), not JSON
    text: bool = False
    #: seconds for this call instead of the client's timeout
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


@attrs.frozen
class ApiInfo:
    """What version detection found: which API to speak, and the server's Airflow version."""

    api: ApiName
    airflow_version: str | None

    @property
    def root(self) -> str:
        return API_ROOTS[self.api]

    @property
    def version_tuple(self) -> tuple[int, ...]:
        parts = re.findall(r"\d+", self.airflow_version or "")[:3]
        return tuple(int(p) for p in parts) if parts else (0,)


_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def _snippet(response: httpx.Response) -> str:
    body = response.content[:4000]
    title = _HTML_TITLE.search(body)
    if title:
        return "an HTML page titled " + repr(title.group(1).decode(errors="replace").strip()[:100])
    text = body.decode(errors="replace").strip().replace("\n", " ")
    kind = response.headers.get("content-type", "no content-type").split(";")[0]
    return f"{kind} {text[:120]!r}" if text else f"an empty {kind} body"


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


HINTS: dict[int, str] = {
    401: (
        "check the credentials: an Astronomer service-account key is sent as `Authorization: <key>` "
        "(APIKey), Astro tokens as Bearer; temporary tokens expire after 24 h"
    ),
    403: "the credentials are valid but lack permission for this call; check the key's role",
    404: "check the id (DAG, run, pool ...) and, if everything is 404, the URL prefix",
    409: "it already exists",
    429: "the server is rate limiting; retry later",
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
        for secret in self.auth.secrets() if self.auth else ():
            if secret and len(secret) >= 3:
                text = text.replace(secret, "***")
        return text

    def public_url(self, url: httpx.URL | str) -> str:
        """The URL as safe to show: no user info, query values of secret-looking keys hidden."""
        u = httpx.URL(str(url))
        if u.userinfo:
            u = u.copy_with(username=None, password=None)
        return self.redact(str(u))

    # -- requests --------------------------------------------------------------------------
    def build_request(self, call: Call) -> httpx.Request:
        url = f"{self.base_url}/{call.url}"
        headers = {"Accept": "application/json", **self.headers, **(call.headers or {})}
        return httpx.Request(
            call.method,
            url,
            params=call.params,
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
        response = yield from self.send(self.build_request(call), call.retry_safe)
        return self.decode(call, response)

    def send(self, request: httpx.Request, retry_safe: bool) -> Op[httpx.Response]:
        """Send ``request``, retrying connection failures and 429/502/503/504 when it is safe."""
        attempt = 0
        while True:
            started = time.monotonic()
            where = f"{request.method} {self.public_url(request.url)}"
            try:
                response: httpx.Response = yield Send(request)
            except httpx.TransportError as exc:
                timed_out = isinstance(exc, httpx.TimeoutException)
                cls = APITimeoutError if timed_out else APIConnectionError
                reason = (
                    f"timed out after {time.monotonic() - started:.1f}s; the server is slow or unreachable: "
                    "raise the client's timeout or check the deployment"
                    if timed_out
                    else f"failed: {self.redact(str(exc)) or 'no answer'}; check the host name, port, TLS and network"
                )
                error = cls(
                    f"{where} {reason} ({type(exc).__name__})",
                    request=request,
                    safe_to_retry=retry_safe or sent_nothing(exc),
                )
                if not error.safe_to_retry or attempt >= self.max_retries:
                    raise error from None
                delay: float | None = backoff_delay(attempt + 1)
            else:
                log.debug("%s -> %s in %.0f ms", where, response.status_code, (time.monotonic() - started) * 1000)
                if response.status_code not in RETRY_STATUSES or not retry_safe or attempt >= self.max_retries:
                    return response
                delay = backoff_delay(attempt + 1, response.headers)
                if delay is None:  # Retry-After longer than we are willing to wait
                    return response
            attempt += 1
            log.info("retry %d of %s in %.1fs", attempt, where, delay)
            yield Sleep(delay or 0.0)

    def decode(self, call: Call, response: httpx.Response) -> Any:
        status = response.status_code
        where = f"{call.method} {self.public_url(response.request.url)}"
        ctype = response.headers.get("content-type", "")
        body: Any = None
        if "json" in ctype:
            try:
                body = response.json()
            except ValueError:
                body = None
        if status >= 400:
            cls = status_error_class(status)
            detail = self.redact(_problem_detail(body)) if body is not None else _snippet(response)
            hint = HINTS.get(status, "")
            if status >= 500:
                hint = "the server failed; see the Airflow webserver/api-server logs"
            message = f"{status} {response.reason_phrase or ''} from {where}".replace("  ", " ")
            message += f": {detail}" if detail else ""
            message += f" ({hint})" if hint else ""
            raise cls(
                message,
                response=response,
                body=body,
                safe_to_retry=status in RETRY_STATUSES or status < 500 or call.retry_safe,
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
                f"{where} answered {status} with {_snippet(response)}, not the Airflow API's JSON. "
                + (
                    "A login page means the request did not reach the API: check the URL (base domain, "
                    "release name, path prefix such as /airflow) and the credentials."
                    if b"<html" in response.content[:2000].lower()
                    else "Check that the URL points at an Airflow deployment."
                ),
                response=response,
                safe_to_retry=call.retry_safe,
            )
        return body

    # -- version detection -----------------------------------------------------------------
    def detect(self, only: ApiName | None = None) -> Op[ApiInfo]:
        """Find the API: ``/api/v2/version`` → ``/api/v1/version`` → ``/api/experimental/info``."""
        tried: list[str] = []
        candidates: tuple[ApiName, ...] = (only,) if only else ("v2", "v1", "experimental")
        for api in candidates:
            path = "info" if api == "experimental" else "version"
            call = Call("GET", f"{API_ROOTS[api]}/{path}")
            url = self.public_url(f"{self.base_url}/{call.url}")
            try:
                body = yield from self.request(call)
            except (AuthenticationError, PermissionDeniedError):
                raise  # the API is there, the credentials are not right: say so now
            except (APIStatusError, UnexpectedResponseError) as exc:
                not_json = " (not JSON)" if isinstance(exc, UnexpectedResponseError) else ""
                tried.append(f"{url} -> {exc.status_code}{not_json}")
                continue
            if isinstance(body, dict) and isinstance(body.get("version"), str):
                return ApiInfo(api, body["version"])
            tried.append(f"{url} -> 200 but no Airflow version in the answer")
        raise APIVersionError(
            f"no Airflow REST API found under {self.public_url(self.base_url)}; tried:\n  "
            + "\n  ".join(tried)
            + "\nCheck the base domain, the release name and the path prefix (Astronomer Software serves "
            "https://deployments.<base-domain>/<release-name>/airflow; some deployments have no /airflow)."
        )

    def ensure(self, needed: tuple[ApiName, ...], what: str, alternative: str = "") -> None:
        if self.api not in needed:
            raise self.unsupported(what, alternative)
