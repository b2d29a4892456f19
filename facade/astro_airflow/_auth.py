"""Authentication: ``httpx.Auth`` objects for every way an Airflow deployment is called.

=================  ===============================================  ============================
class              header sent                                      for
=================  ===============================================  ============================
``APIKey``         ``Authorization: <key>`` (no scheme)             Astronomer Software service
                                                                    account key / temporary token
``BearerToken``    ``Authorization: Bearer <token>``                Astro deployments, any token
``BasicAuth``      ``Authorization: Basic ...``                     self-hosted Airflow 2
``AirflowJWT``     ``Authorization: Bearer <jwt>`` from             Airflow 3 (simple / FAB auth
                   ``POST <deployment>/auth/token``                 manager)
=================  ===============================================  ============================

No auth object shows its secret in ``repr()``/``str()``.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING

import httpx

from ._errors import AuthenticationError, ConfigurationError, UnexpectedResponseError

if TYPE_CHECKING:
    import asyncio  # imported when first needed: it costs more than httpx itself

__all__ = ["APIKey", "AirflowJWT", "Auth", "BasicAuth", "BearerToken"]


class TokenExchangeError(httpx.ConnectError):
    """Getting a token failed (429/5xx at the token endpoint): the request itself was never sent,
    so it is retried like a connection failure, whatever its method."""


class Auth(httpx.Auth):
    """Base of our auth classes: knows its secrets, so they can be kept out of every message."""

    def secrets(self) -> tuple[str, ...]:
        return ()

    def bind(self, base_url: str) -> Auth:
        """Called by the client with the deployment URL; returns the auth to use."""
        return self

    def detected(self, api: str) -> None:
        """Called by the client once it knows the API the server speaks ("v1", "v2", "experimental")."""


def _given(cls: str, what: str, value: object) -> str:
    """A credential must be a non-empty string; an empty one is a configuration mistake (an unset
    variable), said before anything is sent. The value itself is never shown."""
    if not isinstance(value, str) or not value.strip():
        shown = "an empty string" if isinstance(value, str) else type(value).__name__
        raise ConfigurationError(f"{cls} needs {what} as a non-empty string, got {shown} (an unset variable?)")
    return value


class _StaticHeader(Auth):
    _scheme = ""

    def __init__(self, secret: str) -> None:
        self._secret = _given(type(self).__name__, "the key" if self._scheme == "" else "the token", secret).strip()
        self._header = f"{self._scheme}{self._secret}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def secrets(self) -> tuple[str, ...]:
        return (self._secret,)

    def __repr__(self) -> str:
        return f"{type(self).__name__}('***')"


class APIKey(_StaticHeader):
    """``Authorization: <key>``: an Astronomer Software deployment service-account key.

    >>> client = Client("https://deployments.example.com/galactic-stars-1234/airflow", auth=APIKey("..."))
    """


class BearerToken(_StaticHeader):
    """``Authorization: Bearer <token>``: an Astro deployment API token or any bearer token."""

    _scheme = "Bearer "


class BasicAuth(Auth):
    """HTTP basic auth (self-hosted Airflow 2 with ``airflow.api.auth.backend.basic_auth``)."""

    def __init__(self, username: str, password: str) -> None:
        self.username = _given("BasicAuth", "username", username)
        self._password = _given("BasicAuth", "password", password)
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._header = f"Basic {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def secrets(self) -> tuple[str, ...]:
        return (self._password, self._header.split(" ", 1)[1])

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='***')"


def _jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (not verified: the server does that), or None."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError):
        return None


class AirflowJWT(Auth):
    """Airflow 3: exchange a username and password for a JWT at ``POST <deployment>/auth/token``.

    The token is fetched on first use, re-fetched shortly before it expires and once after a
    401, and only one request fetches it however many threads or tasks need it at once.

    >>> client = Client("http://localhost:8080", auth=AirflowJWT("admin", "admin"))
    """

    #: refresh this many seconds before the token's ``exp``
    leeway = 30.0

    def __init__(self, username: str, password: str, *, token_url: str | None = None) -> None:
        self.username = _given("AirflowJWT", "username", username)
        self._password = _given("AirflowJWT", "password", password)
        self.token_url = token_url
        self._token: str | None = None
        self._expires: float | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        #: how many tokens were fetched (for tests and diagnostics)
        self.exchanges = 0

    def bind(self, base_url: str) -> AirflowJWT:
        if self.token_url is None:
            self.token_url = base_url.rstrip("/") + "/auth/token"
        return self

    def secrets(self) -> tuple[str, ...]:
        return (self._password,) + ((self._token,) if self._token else ())

    def __repr__(self) -> str:
        return f"AirflowJWT(username={self.username!r}, password='***')"

    # -- shared, no I/O --------------------------------------------------------------------
    def _fresh(self, used: str | None) -> bool:
        """True when the cached token can be used (and is not the one that just got a 401)."""
        if self._token is None or self._token == used:
            return False
        return self._expires is None or time.time() < self._expires - self.leeway

    def _token_request(self) -> httpx.Request:
        from airflow_api_v2.api.simple_auth_manager_login import create_token
        from airflow_api_v2.models.login_body import LoginBody

        if self.token_url is None:
            raise RuntimeError("AirflowJWT is not bound to a deployment URL")
        kwargs = create_token.request_kwargs(body=LoginBody(username=self.username, password=self._password))
        return httpx.Request(
            kwargs["method"].upper(),
            self.token_url,
            headers=kwargs.get("headers"),
            data=kwargs.get("data"),
            json=None if "data" in kwargs else kwargs.get("json"),
        )

    def _store(self, response: httpx.Response) -> None:
        from airflow_api_v2.models.login_response import LoginResponse

        if response.status_code in (401, 403):
            raise AuthenticationError(
                f"{response.status_code} from POST {response.request.url}: the Airflow 3 token exchange refused "
                f"user {self.username!r}; check the username and password",
                response=response,
                body=None,
            )
        if response.status_code == 429 or response.status_code >= 500:
            raise TokenExchangeError(
                f"the Airflow 3 token exchange (POST {response.request.url}) answered {response.status_code}; "
                "the request itself was not sent",
                request=response.request,
            )
        try:
            token = LoginResponse.from_dict(response.json()).access_token
        except (ValueError, KeyError, TypeError, AttributeError):
            raise UnexpectedResponseError(
                f"{response.status_code} from POST {response.request.url} is not an Airflow 3 token "
                "(expected JSON with access_token); check the deployment URL and that it runs Airflow 3",
                response=response,
            ) from None
        self._token, self._expires = token, _jwt_expiry(token)
        self.exchanges += 1

    @staticmethod
    def _rejected(response: httpx.Response) -> bool:
        """Airflow 3 answers 401 to an expired token and 403 "Invalid JWT token" to a foreign one."""
        return response.status_code == 401 or (response.status_code == 403 and b"Invalid JWT" in response.content)

    def _authorize(self, request: httpx.Request) -> str:
        assert self._token is not None
        request.headers["Authorization"] = f"Bearer {self._token}"
        return self._token

    # -- the two flows: identical but for locking and reading ------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        used = None
        for _ in range(2):
            if not self._fresh(used):
                with self._thread_lock:
                    if not self._fresh(used):
                        response = yield self._token_request()
                        response.read()
                        self._store(response)
            used = self._authorize(request)
            response = yield request
            if response.status_code in (401, 403):
                # read it (frees the connection before waiting for the refresh lock; tells a
                # rejected token from a real 403)
                response.read()
            if not self._rejected(response):
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        used = None
        for _ in range(2):
            if not self._fresh(used):
                async with self._async_lock:
                    if not self._fresh(used):
                        response = yield self._token_request()
                        await response.aread()
                        self._store(response)
            used = self._authorize(request)
            response = yield request
            if response.status_code in (401, 403):
                await response.aread()
            if not self._rejected(response):
                return
