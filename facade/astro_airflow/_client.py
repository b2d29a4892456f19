"""``Client`` and ``AsyncClient``: the same names and methods; only the I/O differs.

Both run the operations of ``_base_client``/``resources`` (generators of ``Send``/``Sleep``
effects): ``Client`` with blocking httpx calls, ``AsyncClient`` with ``await``.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar

import httpx

from . import _deadline
from .__version__ import __version__
from ._auth import AirflowJWT, APIKey, Auth, BasicAuth, BearerToken
from ._base_client import ApiInfo, Context, Op, Sleep
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_PAGE_SIZE, DEFAULT_PREFETCH, DEFAULT_TIMEOUT
from ._detect import detect
from ._errors import ConfigurationError, UnexpectedResponseError
from ._versions import API_NAMES, ApiName

if TYPE_CHECKING:
    import asyncio  # imported when first needed: it costs more than httpx itself
    from types import ModuleType

    import airflow_api_v1
    import airflow_api_v2

    from ._generated import AsyncGeneratedPager, GeneratedPager
    from .resources.assets import Assets, AsyncAssets
    from .resources.backfills import AsyncBackfills, Backfills
    from .resources.config import AsyncConfig, Config
    from .resources.connections import AsyncConnections, Connections
    from .resources.dag_runs import AsyncDagRuns, DagRuns
    from .resources.dags import AsyncDags, Dags
    from .resources.event_logs import AsyncEventLogs, EventLogs
    from .resources.import_errors import AsyncImportErrors, ImportErrors
    from .resources.plugins import AsyncPlugins, Plugins
    from .resources.pools import AsyncPools, Pools
    from .resources.providers import AsyncProviders, Providers
    from .resources.task_instances import AsyncTaskInstances, TaskInstances
    from .resources.variables import AsyncVariables, Variables
    from .resources.xcom import AsyncXComs, XComs
    from .types import Health

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")
P = ParamSpec("P")
HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)

ENV_HELP = """Set one of:
  ASTRO_AIRFLOW_BASE_DOMAIN + ASTRO_AIRFLOW_RELEASE_NAME + ASTRO_AIRFLOW_API_KEY   (Astronomer Software)
  AIRFLOW_API_URL + AIRFLOW_API_TOKEN                                            (Astro, any bearer token)
  AIRFLOW_API_URL + AIRFLOW_API_KEY (or ASTRO_AIRFLOW_API_KEY)                   (raw key, no scheme)
  AIRFLOW_API_URL + AIRFLOW_API_USERNAME + AIRFLOW_API_PASSWORD                  (basic auth / Airflow 3 JWT)
  ASTRO_AIRFLOW_DEPLOYMENT=<name>                        (a deployment of the config file, ASTRO_AIRFLOW_CONFIG)
Optional: ASTRO_AIRFLOW_PATH_PREFIX (default /airflow), AIRFLOW_API_VERSION (v1|v2|experimental)."""


#: the environment variables that say where a deployment is (besides ASTRO_AIRFLOW_DEPLOYMENT)
_LOCATION_ENV = ("AIRFLOW_API_URL", "ASTRO_AIRFLOW_BASE_DOMAIN", "ASTRO_AIRFLOW_RELEASE_NAME")


def astronomer_url(
    base_domain: str, release_name: str = "", path_prefix: str | None = None, scheme: str = "https"
) -> str:
    """``https://deployments.<base_domain>/<release_name>/airflow``: an Astronomer Software deployment.

    People paste what they have: a base domain that already starts with ``deployments.`` is used as
    it is, and a whole deployment URL given as the base domain or the release name
    (``https://deployments.example.com/galactic-stars-1234/airflow``, even with ``/api/v1/...`` or a
    UI page after it) is split into its parts. What cannot be read is refused, showing what to write.
    ``path_prefix`` None: ``/airflow``, or what a pasted URL says.
    """
    domain, release = (base_domain or "").strip(), (release_name or "").strip()
    url_prefix: str | None = None
    for what, value in (("base_domain", domain), ("release_name", release)):
        if "/" not in value:
            continue
        scheme, host, pasted_release, url_prefix = _split_deployment_url(value, what)
        if what == "base_domain":
            domain = host
            if release and pasted_release and release != pasted_release:
                raise ConfigurationError(
                    f"base_domain {value!r} names the release {pasted_release!r} but release_name is {release!r}; "
                    f'give one: base_domain="{host}", release_name="{release or pasted_release}"'
                )
            release = release or pasted_release
        else:
            if domain and domain.removeprefix("deployments.") != host:
                raise ConfigurationError(
                    f"release_name {value!r} is a URL on deployments.{host}, but base_domain is {domain!r}; "
                    f'give one: base_domain="{host}", release_name="{pasted_release}"'
                )
            domain, release = host, pasted_release
    domain = domain.strip(".").removeprefix("deployments.")  # deployments.<base-domain> pasted as the base domain
    if path_prefix is not None and url_prefix is not None and path_prefix.strip("/") != url_prefix.strip("/"):
        raise ConfigurationError(
            f"the pasted URL has the path prefix {url_prefix!r} but path_prefix is {path_prefix!r}; "
            f"leave path_prefix out, or paste the URL with {path_prefix!r}"
        )
    examples = (("base_domain", domain, "example.com"), ("release_name", release, "galactic-stars-1234"))
    for name, value, example in examples:
        if not value or "/" in value or " " in value:
            raise ConfigurationError(
                f"{name} must be a non-empty name without '/' or spaces, got {value!r}; e.g. {name}=\"{example}\" "
                "for https://deployments.example.com/galactic-stars-1234/airflow (or paste that URL as base_domain)"
            )
    prefix = path_prefix if path_prefix is not None else url_prefix if url_prefix is not None else "/airflow"
    prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
    return f"{scheme}://deployments.{domain}/{release}{prefix}"


def _split_deployment_url(text: str, what: str) -> tuple[str, str, str, str | None]:
    """A pasted Astronomer Software deployment URL as (scheme, base domain, release name, path prefix
    or None when the URL stops at the release name)."""
    from urllib.parse import urlsplit

    url = urlsplit(text if "://" in text else "https://" + text)
    host = (url.hostname or "").lower()
    if url.scheme not in ("http", "https") or not host.startswith("deployments."):
        raise ConfigurationError(
            f"{what} {text!r} looks like a URL, but not an Astronomer Software deployment URL "
            "(https://deployments.<base-domain>/<release-name>/airflow). For any other deployment URL (Astro, "
            "self-hosted) use Client(url, auth=...) or Client.astro(deployment_url=..., token=...), `url = ...` in "
            'the config file, --url on the command line; for Astronomer Software write base_domain="example.com", '
            'release_name="galactic-stars-1234"'
        )
    domain = host.removeprefix("deployments.") + (f":{url.port}" if url.port else "")
    segments = [s for s in url.path.split("/") if s]
    release, rest = (segments[0], segments[1:]) if segments else ("", [])
    prefix: str | None = None
    if "airflow" in rest:  # UI pages and API paths after .../airflow are not part of the deployment URL
        prefix = "/" + "/".join(rest[: rest.index("airflow") + 1])
    elif rest:
        prefix = "/" + "/".join(rest[: rest.index("api")] if "api" in rest else rest)
    return url.scheme, domain, release, prefix


def _options_from_env(env: Mapping[str, str]) -> dict[str, Any]:
    def need(name: str) -> str:
        value = env.get(name, "").strip()
        if not value:
            raise ConfigurationError(f"environment variable {name} is not set.\n{ENV_HELP}")
        return value

    options: dict[str, Any] = {}
    if env.get("AIRFLOW_API_VERSION"):
        options["api"] = env["AIRFLOW_API_VERSION"]
    if env.get("ASTRO_AIRFLOW_BASE_DOMAIN") or env.get("ASTRO_AIRFLOW_RELEASE_NAME"):
        domain, release = (env.get(n, "").strip() for n in ("ASTRO_AIRFLOW_BASE_DOMAIN", "ASTRO_AIRFLOW_RELEASE_NAME"))
        # a deployment URL pasted into either one carries both
        options["base_url"] = astronomer_url(
            domain if "/" in release else need("ASTRO_AIRFLOW_BASE_DOMAIN"),
            release if "/" in domain else need("ASTRO_AIRFLOW_RELEASE_NAME"),
            env.get("ASTRO_AIRFLOW_PATH_PREFIX"),
        )
        options["auth"] = APIKey(need("ASTRO_AIRFLOW_API_KEY"))
        return options
    options["base_url"] = need("AIRFLOW_API_URL")
    if env.get("AIRFLOW_API_TOKEN"):
        options["auth"] = BearerToken(env["AIRFLOW_API_TOKEN"])
    elif env.get("AIRFLOW_API_KEY") or env.get("ASTRO_AIRFLOW_API_KEY"):
        options["auth"] = APIKey(env.get("AIRFLOW_API_KEY") or env["ASTRO_AIRFLOW_API_KEY"])
    elif env.get("AIRFLOW_API_USERNAME"):
        user, password = need("AIRFLOW_API_USERNAME"), need("AIRFLOW_API_PASSWORD")
        options["auth"] = AirflowJWT(user, password) if options.get("api") == "v2" else _UserPassword(user, password)
    else:
        raise ConfigurationError(f"no credentials for {options['base_url']} in the environment.\n{ENV_HELP}")
    return options


class _UserPassword(Auth):
    """Username and password when the API is not known yet: JWT on Airflow 3, basic auth before."""

    def __init__(self, username: str, password: str) -> None:
        self.jwt = AirflowJWT(username, password)
        self.basic = BasicAuth(username, password)
        self.use_jwt = False

    def bind(self, base_url: str) -> Auth:
        self.jwt.bind(base_url)
        return self

    def detected(self, api: str) -> None:
        self.use_jwt = api == "v2"

    def secrets(self) -> tuple[str, ...]:
        return self.jwt.secrets() + self.basic.secrets()

    def sync_auth_flow(self, request: httpx.Request) -> Any:
        return (self.jwt if self.use_jwt else self.basic).sync_auth_flow(request)

    def async_auth_flow(self, request: httpx.Request) -> Any:
        return (self.jwt if self.use_jwt else self.basic).async_auth_flow(request)

    def __repr__(self) -> str:
        return f"UserPassword(username={self.basic.username!r}, password='***')"


def _ssl_context(verify: Any) -> Any:
    """The SSL context for ``verify`` (True, False, a CA bundle path, or a context of your own), made once
    and shared by every client: making one loads the CA bundle (30-80 ms), which made a fleet of 200
    clients take seconds to build."""
    if not isinstance(verify, bool | str):
        return verify
    return _shared_ssl_context(verify, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=8)
def _shared_ssl_context(verify: bool | str, cert_file: str | None, cert_dir: str | None) -> Any:
    if isinstance(verify, str):  # a CA bundle (file or directory), as httpx reads it
        import ssl

        return (
            ssl.create_default_context(capath=verify)
            if os.path.isdir(verify)
            else ssl.create_default_context(cafile=verify)
        )
    return httpx.create_ssl_context(verify=verify)


class _Shared:
    """State shared by a client and its ``with_options`` copies: the detected API."""

    def __init__(self) -> None:
        self.info: ApiInfo | None = None
        #: the server's page limit (``[api] maximum_page_limit``) once a clamped page showed it
        self.page_limit: int | None = None
        self.thread_lock = threading.Lock()
        self.async_lock: asyncio.Lock | None = None


class _BaseClient:
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | httpx.Auth | None = None,
        api: ApiName | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: bool | str = True,
        headers: Mapping[str, str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        prefetch: int = DEFAULT_PREFETCH,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        _shared: _Shared | None = None,
    ) -> None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"base_url must be an http(s) URL of the deployment, e.g. "
                f"https://deployments.example.com/<release-name>/airflow; got {base_url!r}"
            )
        if api is not None and api not in API_NAMES:
            names = ", ".join(repr(name) for name in API_NAMES)
            raise ConfigurationError(f"api must be one of {names}, or None (detect); got {api!r}")
        if timeout is None:
            raise ConfigurationError("timeout=None would let a hung server hang the client; give seconds")
        self.base_url = base_url.rstrip("/")
        if isinstance(auth, str):
            raise ConfigurationError("auth must be an auth object, e.g. APIKey(key) or BearerToken(token)")
        self._auth = auth.bind(self.base_url) if isinstance(auth, Auth) else auth
        self._api = api
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._max_retries = max_retries
        self._verify = verify
        self._headers = dict(headers or {})
        if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
            raise ConfigurationError(f"page_size must be a positive number of items per page, got {page_size!r}")
        from ._pagination import check_prefetch

        self._page_size = page_size
        self._prefetch = check_prefetch(prefetch, ConfigurationError)
        self._owns_http = http_client is None
        self._shared = _shared or _Shared()
        self._init_options = {
            "auth": auth,
            "api": api,
            "timeout": self._timeout,
            "max_retries": max_retries,
            "verify": verify,
            "headers": self._headers,
            "page_size": page_size,
            "prefetch": prefetch,
        }

    def _context(self) -> Context:
        return Context(
            base_url=self.base_url,
            auth=self._auth if isinstance(self._auth, Auth) else None,
            max_retries=self._max_retries,
            timeout=self._timeout,
            page_size=self._page_size,
            headers=self._headers,
            info=self._shared.info,
        )

    def _http_options(self) -> dict[str, Any]:
        return {
            "timeout": self._timeout,
            "verify": _ssl_context(self._verify),
            "follow_redirects": False,
            "headers": {"User-Agent": f"astro-airflow/{__version__}"},
        }

    def _detected(self, info: ApiInfo) -> None:
        self._shared.info = info
        if isinstance(self._auth, Auth):
            self._auth.detected(info.api)

    # -- construction ----------------------------------------------------------------------
    @classmethod
    def astronomer_software(
        cls,
        *,
        base_domain: str,
        release_name: str = "",
        api_key: str,
        path_prefix: str | None = None,
        **options: Any,
    ) -> Self:
        """An Astronomer Software deployment: ``https://deployments.<base_domain>/<release_name>/airflow``,
        ``Authorization: <api_key>`` (a deployment service-account key or a temporary token). A deployment
        URL pasted as ``base_domain`` is split into its parts (see ``astronomer_url``).

        >>> Client.astronomer_software(base_domain="example.com", release_name="galactic-stars-1234", api_key="...")
        """
        return cls(astronomer_url(base_domain, release_name, path_prefix), auth=APIKey(api_key), **options)

    @classmethod
    def astro(cls, *, deployment_url: str, token: str, **options: Any) -> Self:
        """An Astro deployment: its deployment URL and an API token (``Authorization: Bearer <token>``).

        >>> Client.astro(deployment_url="https://abc123.astronomer.run/d8x9y0z1", token="...")
        """
        if not deployment_url.startswith(("http://", "https://")):
            deployment_url = "https://" + deployment_url
        return cls(deployment_url, auth=BearerToken(token), **options)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **options: Any) -> Self:
        """A client configured by environment variables (see ``ENV_HELP``); options override them.
        ``ASTRO_AIRFLOW_DEPLOYMENT=<name>``: the deployment of that name in the config file (``from_config``)."""
        env = os.environ if env is None else env
        name = env.get("ASTRO_AIRFLOW_DEPLOYMENT", "").strip()
        if not name:
            return cls(**{**_options_from_env(env), **options})
        clash = [n for n in _LOCATION_ENV if env.get(n)]
        if clash:
            raise ConfigurationError(
                f"ASTRO_AIRFLOW_DEPLOYMENT={name} names a deployment of the config file, and {' and '.join(clash)} "
                f"another deployment: unset one of them (e.g. `unset {' '.join(clash)}`)"
            )
        if env.get("AIRFLOW_API_VERSION"):
            options.setdefault("api", env["AIRFLOW_API_VERSION"])
        return cls.from_config(name, env=env, **options)

    @classmethod
    def from_config(
        cls,
        name: str,
        *,
        path: str | os.PathLike[str] | None = None,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> Self:
        """The deployment ``name`` of the config file: ``path``, else ``$ASTRO_AIRFLOW_CONFIG``, else
        ``~/.config/astro-airflow/config.toml`` (the platform's user config directory). Options override
        the file's. Its secret is read (environment variable, file or command) on first use, not here.

        >>> client = Client.from_config("prod-eu")
        """
        from ._config import load_config

        return cls(**{**load_config(path, env).deployment(name).client_options(), **options})

    def with_options(self, **changes: Any) -> Self:
        """A copy with some options changed, sharing the connection pool:
        ``client.with_options(timeout=5, max_retries=0).pools.list()``."""
        kwargs = {**self._init_options, "base_url": self.base_url, **changes}
        if "base_url" not in changes and "api" not in changes:
            kwargs["_shared"] = self._shared  # same server: share the detected API
            kwargs.setdefault("http_client", self._http)  # and the connection pool
        return type(self)(**kwargs)

    @property
    def auth(self) -> Auth | httpx.Auth | None:
        """The auth object (its ``repr`` hides the secret)."""
        return self._auth

    @property
    def api_version(self) -> ApiName | None:
        """The API this client speaks ("v1", "v2", "experimental"), or None before first use."""
        return self._shared.info.api if self._shared.info else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r}, api={self.api_version!r})"


#: what reading an answer of the wrong shape raises in the resources' conversions
_SHAPE_ERRORS = (KeyError, IndexError, TypeError, AttributeError)


def _shape_error(client: _BaseClient, exc: Exception, last: httpx.Response | None) -> Exception:
    """An answer that parsed as JSON but lacks what Airflow's API sends: a typed error, not a KeyError."""
    if last is None:  # not about an answer: a bug, keep it as it is
        return exc
    ctx = client._context()
    return UnexpectedResponseError(
        f"{ctx.where(last.request)} answered {last.status_code} with JSON that "
        f"lacks what Airflow's API sends ({type(exc).__name__}: {ctx.redact(str(exc))[:100]}); the URL does not "
        "lead to Airflow's REST API (check the base URL and path prefix), or the server is not compatible",
        response=last,
    )


class Client(_BaseClient):
    """A client for one Airflow deployment. Thread-safe; use it as a context manager.

    Listings ask for ``page_size`` items a page (Airflow clamps it to its maximum page limit; the
    client learns the clamp) and fetch up to ``prefetch`` pages at once (1: one at a time); see
    ``astro_airflow._pagination``.

    >>> from astro_airflow import Client
    >>> with Client.astronomer_software(base_domain="example.com", release_name="galactic-stars-1234",
    ...                                 api_key="...") as client:
    ...     run = client.dags.trigger("hello", conf={"x": 1})
    ...     client.dag_runs.wait("hello", run.run_id)
    """

    _http: httpx.Client

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | httpx.Auth | None = None,
        api: ApiName | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: bool | str = True,
        headers: Mapping[str, str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        prefetch: int = DEFAULT_PREFETCH,
        http_client: httpx.Client | None = None,
        _shared: _Shared | None = None,
    ) -> None:
        super().__init__(
            base_url,
            auth=auth,
            api=api,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            headers=headers,
            page_size=page_size,
            prefetch=prefetch,
            http_client=http_client,
            _shared=_shared,
        )
        if http_client is None:
            http_client = httpx.Client(**self._http_options())
            _deadline.bound(http_client)  # a trickled answer ends at the timeout too
        self._http = http_client

    # -- running operations ----------------------------------------------------------------
    def _drive(self, op: Op[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = op.send(value) if error is None else op.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            except _SHAPE_ERRORS as exc:  # the op choked on the answer it was just given
                raise _shape_error(self, exc, value if isinstance(value, httpx.Response) else None) from exc
            value, error = None, None
            if isinstance(effect, Sleep):
                _deadline.sleep(effect.seconds)  # a fan-out's limit cuts it short (_deadline.LIMIT)
                continue
            # the attempt's budget, or the fan-out's limit for this deployment if sooner (Fleet)
            token = _deadline.DEADLINE.set(_deadline.attempt_deadline(_deadline.budget(effect.request)))
            try:
                value = self._http.send(effect.request, auth=self._auth)
            except httpx.HTTPError as exc:
                error = exc
            finally:
                _deadline.DEADLINE.reset(token)

    def _info(self) -> ApiInfo:
        if self._shared.info is None:
            with self._shared.thread_lock:
                if self._shared.info is None:
                    self._detected(self._drive(detect(self._context(), self._api)))
        assert self._shared.info is not None
        return self._shared.info

    def detect(self) -> ApiName:
        """Find (once, then cached) which API the server speaks: ``"v2"``, ``"v1"`` or ``"experimental"``."""
        return self._info().api

    def _run(self, factory: Callable[..., Op[T]], *args: Any, **kwargs: Any) -> T:
        self._info()
        return self._drive(factory(self._context(), *args, **kwargs))

    # -- resources -------------------------------------------------------------------------
    @cached_property
    def dags(self) -> Dags:
        from .resources.dags import Dags

        return Dags(self)

    @cached_property
    def dag_runs(self) -> DagRuns:
        from .resources.dag_runs import DagRuns

        return DagRuns(self)

    @cached_property
    def task_instances(self) -> TaskInstances:
        from .resources.task_instances import TaskInstances

        return TaskInstances(self)

    @cached_property
    def pools(self) -> Pools:
        from .resources.pools import Pools

        return Pools(self)

    @cached_property
    def variables(self) -> Variables:
        from .resources.variables import Variables

        return Variables(self)

    @cached_property
    def connections(self) -> Connections:
        from .resources.connections import Connections

        return Connections(self)

    @cached_property
    def config(self) -> Config:
        from .resources.config import Config

        return Config(self)

    @cached_property
    def assets(self) -> Assets:
        from .resources.assets import Assets

        return Assets(self)

    @cached_property
    def backfills(self) -> Backfills:
        from .resources.backfills import Backfills

        return Backfills(self)

    @cached_property
    def xcom(self) -> XComs:
        from .resources.xcom import XComs

        return XComs(self)

    @cached_property
    def import_errors(self) -> ImportErrors:
        from .resources.import_errors import ImportErrors

        return ImportErrors(self)

    @cached_property
    def event_logs(self) -> EventLogs:
        from .resources.event_logs import EventLogs

        return EventLogs(self)

    @cached_property
    def providers(self) -> Providers:
        from .resources.providers import Providers

        return Providers(self)

    @cached_property
    def plugins(self) -> Plugins:
        from .resources.plugins import Plugins

        return Plugins(self)

    def health(self) -> Health:
        """The deployment's health: ``client.health().healthy``."""
        from .resources.config import health

        return self._run(health)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, str]] | None = None,
        json: Any = None,
        raise_for_status: bool = True,
    ) -> httpx.Response:
        """Any endpoint, with the prefix, auth, timeouts and retries of this client. ``path`` is under the
        API root (``"pools"`` → ``/api/v1/pools`` on Airflow 2), or with a leading ``/`` under the
        deployment URL (``"/health"``). An error status raises the same typed errors as every other call
        (``NotFoundError`` ...), unless ``raise_for_status=False``.

        >>> client.request("GET", "importErrors").json()
        """
        return self._run(Context.raw, method, path, params, json, raise_for_status)

    def paginate(self, endpoint: ModuleType, /, *, limit: int | None = None, **params: Any) -> GeneratedPager:
        """Every item of any list operation of the generated clients, fetched page by page as you iterate
        (by ``limit``/``offset``, or by cursor where the server offers it); ``limit`` caps the count:

        >>> from airflow_api_v2.api.import_error import get_import_errors
        >>> for error in client.paginate(get_import_errors):
        ...     print(error.filename)
        """
        from ._generated import GeneratedPager

        return GeneratedPager(self, endpoint, params, limit)

    def version(self) -> str:
        """The server's Airflow version, e.g. ``"2.11.2"`` (detected on first use, cached)."""
        return self._info().airflow_version or "unknown"

    @property
    def api(self) -> Any:
        """The generated client of the API the server speaks (``client.v1`` or ``client.v2``). Which one is
        known only at run time, so it is typed ``Any``: every generated endpoint accepts it; for the
        generated client's own static type use ``client.v1`` / ``client.v2``.

        >>> from airflow_api_v1.api.pool import get_pool
        >>> get_pool.sync(client=client.api, pool_name="default_pool")
        """
        api = self._info().api
        return self.v1 if api == "v1" else self.v2

    @cached_property
    def v1(self) -> airflow_api_v1.AuthenticatedClient:
        """The generated ``airflow_api_v1`` client (Airflow 2), sharing this client's connection pool, URL
        prefix, auth, timeouts, retries and typed errors (``APIVersionError`` if the server speaks v2):

        >>> from airflow_api_v1.api.import_error import get_import_error
        >>> get_import_error.sync(client=client.v1, import_error_id=7)   # NotFoundError if there is none
        """
        from ._generated import Via, generated_client

        return generated_client(self, "v1", Via(self, "v1"))  # type: ignore[no-any-return]

    @cached_property
    def v2(self) -> airflow_api_v2.AuthenticatedClient:
        """The generated ``airflow_api_v2`` client (Airflow 3), like ``v1``:

        >>> from airflow_api_v2.api.asset import get_assets
        >>> get_assets.sync(client=client.v2).assets
        """
        from ._generated import Via, generated_client

        return generated_client(self, "v2", Via(self, "v2"))  # type: ignore[no-any-return]

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """The async twin of ``Client``: same constructors, resources and methods, awaited.

    >>> async with AsyncClient.astro(deployment_url="...", token="...") as client:
    ...     run = await client.dags.trigger("hello")
    ...     async for pool in client.pools.list():
    ...         print(pool.name)
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth | httpx.Auth | None = None,
        api: ApiName | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: bool | str = True,
        headers: Mapping[str, str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        prefetch: int = DEFAULT_PREFETCH,
        http_client: httpx.AsyncClient | None = None,
        _shared: _Shared | None = None,
    ) -> None:
        super().__init__(
            base_url,
            auth=auth,
            api=api,
            timeout=timeout,
            max_retries=max_retries,
            verify=verify,
            headers=headers,
            page_size=page_size,
            prefetch=prefetch,
            http_client=http_client,
            _shared=_shared,
        )
        self._http = http_client if http_client is not None else httpx.AsyncClient(**self._http_options())

    async def _drive(self, op: Op[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = op.send(value) if error is None else op.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            except _SHAPE_ERRORS as exc:  # the op choked on the answer it was just given
                raise _shape_error(self, exc, value if isinstance(value, httpx.Response) else None) from exc
            value, error = None, None
            import asyncio

            if isinstance(effect, Sleep):
                await asyncio.sleep(effect.seconds)
                continue
            scope = asyncio.timeout(_deadline.budget(effect.request))  # the whole attempt (_deadline.py)
            try:
                async with scope:
                    value = await self._http.send(effect.request, auth=self._auth)
            except TimeoutError:
                if not scope.expired():
                    raise
                error = httpx.ReadTimeout("the whole answer did not arrive in time", request=effect.request)
            except httpx.HTTPError as exc:
                error = exc

    async def _info(self) -> ApiInfo:
        if self._shared.info is None:
            if self._shared.async_lock is None:
                import asyncio

                self._shared.async_lock = asyncio.Lock()
            async with self._shared.async_lock:
                if self._shared.info is None:
                    self._detected(await self._drive(detect(self._context(), self._api)))
        assert self._shared.info is not None
        return self._shared.info

    async def detect(self) -> ApiName:
        """Find (once, then cached) which API the server speaks: ``"v2"``, ``"v1"`` or ``"experimental"``."""
        return (await self._info()).api

    async def _run(self, factory: Callable[..., Op[T]], *args: Any, **kwargs: Any) -> T:
        await self._info()
        return await self._drive(factory(self._context(), *args, **kwargs))

    @cached_property
    def dags(self) -> AsyncDags:
        from .resources.dags import AsyncDags

        return AsyncDags(self)

    @cached_property
    def dag_runs(self) -> AsyncDagRuns:
        from .resources.dag_runs import AsyncDagRuns

        return AsyncDagRuns(self)

    @cached_property
    def task_instances(self) -> AsyncTaskInstances:
        from .resources.task_instances import AsyncTaskInstances

        return AsyncTaskInstances(self)

    @cached_property
    def pools(self) -> AsyncPools:
        from .resources.pools import AsyncPools

        return AsyncPools(self)

    @cached_property
    def variables(self) -> AsyncVariables:
        from .resources.variables import AsyncVariables

        return AsyncVariables(self)

    @cached_property
    def connections(self) -> AsyncConnections:
        from .resources.connections import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def config(self) -> AsyncConfig:
        from .resources.config import AsyncConfig

        return AsyncConfig(self)

    @cached_property
    def assets(self) -> AsyncAssets:
        from .resources.assets import AsyncAssets

        return AsyncAssets(self)

    @cached_property
    def backfills(self) -> AsyncBackfills:
        from .resources.backfills import AsyncBackfills

        return AsyncBackfills(self)

    @cached_property
    def xcom(self) -> AsyncXComs:
        from .resources.xcom import AsyncXComs

        return AsyncXComs(self)

    @cached_property
    def import_errors(self) -> AsyncImportErrors:
        from .resources.import_errors import AsyncImportErrors

        return AsyncImportErrors(self)

    @cached_property
    def event_logs(self) -> AsyncEventLogs:
        from .resources.event_logs import AsyncEventLogs

        return AsyncEventLogs(self)

    @cached_property
    def providers(self) -> AsyncProviders:
        from .resources.providers import AsyncProviders

        return AsyncProviders(self)

    @cached_property
    def plugins(self) -> AsyncPlugins:
        from .resources.plugins import AsyncPlugins

        return AsyncPlugins(self)

    async def health(self) -> Health:
        """The deployment's health: ``(await client.health()).healthy``."""
        from .resources.config import health

        return await self._run(health)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | Sequence[tuple[str, str]] | None = None,
        json: Any = None,
        raise_for_status: bool = True,
    ) -> httpx.Response:
        """``(await client.request("GET", "importErrors")).json()`` (see ``Client.request``)."""
        return await self._run(Context.raw, method, path, params, json, raise_for_status)

    def paginate(self, endpoint: ModuleType, /, *, limit: int | None = None, **params: Any) -> AsyncGeneratedPager:
        """``async for error in client.paginate(get_import_errors): ...`` (see ``Client.paginate``)."""
        from ._generated import AsyncGeneratedPager

        return AsyncGeneratedPager(self, endpoint, params, limit)

    async def version(self) -> str:
        """The server's Airflow version, e.g. ``"3.3.2"``."""
        return (await self._info()).airflow_version or "unknown"

    @property
    def api(self) -> Any:
        """The generated client of the API the server speaks (``v1`` or ``v2``; typed ``Any`` as on
        ``Client.api``). The API must be known:
        pass ``api=``, or ``await client.detect()`` (or make any call) first; ``v1``/``v2`` need not.

        >>> await client.detect()
        >>> await get_pool.asyncio(client=client.api, pool_name="default_pool")
        """
        info = self._shared.info
        if info is None and self._api is None:
            raise ConfigurationError(
                "the API is not known yet: `await client.detect()` (or make any call) first, pass api='v1'|'v2', "
                "or use client.v1 / client.v2"
            )
        api = info.api if info is not None else self._api
        return self.v1 if api == "v1" else self.v2

    @cached_property
    def v1(self) -> airflow_api_v1.AuthenticatedClient:
        """The generated ``airflow_api_v1`` client (Airflow 2) through this client (see ``Client.v1``):
        ``await get_pool.asyncio(client=client.v1, pool_name="default_pool")``."""
        from ._generated import AsyncVia, generated_client

        return generated_client(self, "v1", AsyncVia(self, "v1"))  # type: ignore[no-any-return]

    @cached_property
    def v2(self) -> airflow_api_v2.AuthenticatedClient:
        """The generated ``airflow_api_v2`` client (Airflow 3) through this client (see ``Client.v2``)."""
        from ._generated import AsyncVia, generated_client

        return generated_client(self, "v2", AsyncVia(self, "v2"))  # type: ignore[no-any-return]

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
