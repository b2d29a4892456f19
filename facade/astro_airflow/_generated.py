"""The generated clients through the facade: ``client.v1``, ``client.v2``, ``client.api``, ``client.paginate``.

A generated endpoint called with one of these sends its request through the facade's client:
the deployment's URL prefix, its auth, timeouts and retries, and its typed errors: every answer
that is not a success raises the same ``APIStatusError`` subclasses (or ``UnexpectedResponseError``
for a redirect or an HTML login page) as the resources, so ``.sync()`` never returns ``None`` or an
error model for an error answer.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from types import ModuleType
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .__version__ import __version__
from ._base_client import NO_CACHE
from ._errors import APIVersionError, ConfigurationError, InvalidInputError, UnexpectedResponseError
from ._pagination import AsyncPager, Page, SyncPager
from ._retry import IDEMPOTENT_METHODS
from ._versions import ApiName, for_package, version

if TYPE_CHECKING:
    from ._base_client import ApiInfo, Context
    from ._client import AsyncClient, Client, _BaseClient

__all__ = ["AsyncGeneratedPager", "GeneratedPager", "generated_client"]

_USER_AGENT = f"astro-airflow/{__version__}"
_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def generated_client(
    client: _BaseClient, api: ApiName, transport: httpx.BaseTransport | httpx.AsyncBaseTransport
) -> Any:
    """An ``AuthenticatedClient`` of ``api``'s generated package whose requests go through ``transport``."""
    spec = version(api)
    if spec.package is None:
        raise ConfigurationError(f"the {api} API has no generated client (it has no OpenAPI spec)")
    package = importlib.import_module(spec.package)
    base_url = f"{client.base_url}/{spec.generated_root}".rstrip("/")
    # the token is never used: the facade's transport sends the client's own auth
    gen = package.AuthenticatedClient(base_url=base_url, token="")
    options: dict[str, Any] = {"base_url": base_url, "transport": transport, "timeout": client._timeout}
    if isinstance(transport, httpx.BaseTransport):
        gen.set_httpx_client(httpx.Client(**options))
    else:
        gen.set_async_httpx_client(httpx.AsyncClient(**options))
    return gen


def check_api(client: _BaseClient, info: ApiInfo, api: ApiName) -> None:
    """``client.v1`` on a server that speaks v2 (or the other way round): say which to use."""
    if info.api != api:
        raise APIVersionError(
            f"client.{api} is the generated client of the {api} API ({version(api).airflow}), but "
            f"{client._context().public_url(client.base_url)} runs Airflow {info.airflow_version} and serves the "
            f"{info.api} API: use client.{info.api}, or client.api (the API the server speaks)"
        )


def _headers(ctx: Context, request: httpx.Request) -> None:
    """The client's own headers (``headers=``, User-Agent, no-cache GETs) on a generated request too."""
    request.headers["User-Agent"] = _USER_AGENT
    if request.method == "GET":
        request.headers.update(NO_CACHE)
    request.headers.update(ctx.headers)


def _answer(client: _BaseClient, request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Typed errors for what is not a successful API answer; else a copy the generated code can read."""
    ctx = client._context()
    safe = request.method in IDEMPOTENT_METHODS
    ctx.check(response, safe)
    if b"<html" in response.content[:2000].lower() and "html" in response.headers.get("content-type", ""):
        raise ctx.not_the_api(response, safe)
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _ENCODING_HEADERS]
    answer = httpx.Response(response.status_code, headers=headers, content=response.content, request=request)
    answer.extensions["unreadable"] = functools.partial(_misfit, client, answer)
    return answer


def _misfit(client: _BaseClient, response: httpx.Response, exc: Exception) -> UnexpectedResponseError:
    """An answer the generated module cannot read (``"unreadable"``, our endpoint template): a typed error.

    A model that does not fit (a server older or newer than the spec) or a success status the spec does
    not document."""
    request = response.request
    info = client._shared.info
    server = f"Airflow {info.airflow_version}" if info and info.airflow_version else "the server"
    where = f"{request.method} {client._context().public_url(str(request.url))}"
    alternatives = (
        "The facade's resources read any version (e.g. client.pools.list()); client.request() gives the JSON as "
        "it is; or regenerate the clients for this Airflow (make regenerate)"
    )
    if not isinstance(exc, (KeyError, TypeError, ValueError, AttributeError)):  # the package's UnexpectedStatus
        what = f"answered {response.status_code}, a status its generated operation does not document"
        return UnexpectedResponseError(f"{where} {what}. {alternatives}", response=response)
    what = f"a required field is missing: {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
    return UnexpectedResponseError(
        f"the answer of {where} does not fit its generated model ({what}); {server} is older or newer than the "
        f"spec the client was generated from. {alternatives}",
        response=response,
    )


class Via(httpx.BaseTransport):
    """Sends a generated client's requests through a ``Client`` (auth, retries, pool, typed errors)."""

    def __init__(self, client: Client, api: ApiName | None) -> None:
        self._client, self._api = client, api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        info = self._client._info()
        if self._api is not None:
            check_api(self._client, info, self._api)
        ctx = self._client._context()
        _headers(ctx, request)
        response = self._client._drive(ctx.send(request, request.method in IDEMPOTENT_METHODS))
        return _answer(self._client, request, response)


class AsyncVia(httpx.AsyncBaseTransport):
    def __init__(self, client: AsyncClient, api: ApiName | None) -> None:
        self._client, self._api = client, api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        info = await self._client._info()
        if self._api is not None:
            check_api(self._client, info, self._api)
        ctx = self._client._context()
        _headers(ctx, request)
        response = await self._client._drive(ctx.send(request, request.method in IDEMPOTENT_METHODS))
        return _answer(self._client, request, response)


# -- pagination of any generated list operation ------------------------------------------------------
def _list_endpoint(endpoint: ModuleType) -> tuple[ApiName, set[str]]:
    spec = for_package(getattr(endpoint, "__name__", ""))
    fn = getattr(endpoint, "sync_detailed", None)
    if spec is None or fn is None:
        raise InvalidInputError(
            "paginate() takes a generated endpoint module, e.g. airflow_api_v2.api.dag_run.get_dag_runs; "
            f"got {endpoint!r}"
        )
    names = set(inspect.signature(fn).parameters)
    if not {"limit", "offset"} <= names:
        raise InvalidInputError(f"{endpoint.__name__} is not a list operation (it takes no limit/offset)")
    return spec.name, names


#: what a generated model holds for a field the answer left out (each package has its own Unset)
UNSET = object()


def _page(endpoint: ModuleType, answer: Any, offset: int) -> Page[Any]:
    """The items of a generated collection model (its one list field), its total and next cursor."""
    parsed = answer.parsed
    if not attrs.has(type(parsed)):  # a documented success without a collection model (none of today's lists)
        response = httpx.Response(int(answer.status_code), content=answer.content, request=httpx.Request("GET", "/"))
        raise UnexpectedResponseError(
            f"{endpoint.__name__} answered {int(answer.status_code)} with no collection to page through",
            response=response,
        )
    values = attrs.asdict(parsed, recurse=False)
    lists = [v for k, v in values.items() if isinstance(v, list) and k != "additional_properties"]
    total, cursor = values.get("total_entries"), values.get("next_cursor", UNSET)
    return Page(
        lists[0] if lists else [],
        total if isinstance(total, int) else None,
        offset,
        cursor if isinstance(cursor, str) and cursor else None,
        # the answer carries next_cursor (null on the last page) when the server paged by cursor
        cursor is None or isinstance(cursor, str),
    )


def _arguments(names: set[str], params: dict[str, Any], offset: int, size: int, cursor: str | None) -> dict[str, Any]:
    unknown = sorted(set(params) - names)
    if unknown:
        raise InvalidInputError(f"paginate(): the operation takes no {', '.join(unknown)} (it takes {sorted(names)})")
    args = {**params, "limit": size, "offset": offset}
    if "cursor" in names and "cursor" not in params:
        args["cursor"] = cursor if cursor is not None else ""  # "" asks for cursor pagination's first page
    return args


class GeneratedPager(SyncPager[Any]):
    """``client.paginate(endpoint, **params)``: the items of every page of a generated list operation."""

    def __init__(self, client: Client, endpoint: ModuleType, params: dict[str, Any], limit: int | None) -> None:
        super().__init__(client, None, client._page_size, limit)
        api, self._names = _list_endpoint(endpoint)
        self._endpoint, self._params, self._gen = endpoint, params, getattr(client, api)

    def _page(self, offset: int, size: int, cursor: str | None) -> Page[Any]:
        args = _arguments(self._names, self._params, offset, size, cursor)
        answer = self._endpoint.sync_detailed(client=self._gen, **args)
        return _page(self._endpoint, answer, offset)


class AsyncGeneratedPager(AsyncPager[Any]):
    """``client.paginate(endpoint, **params)`` of ``AsyncClient``: ``async for item in ...``."""

    def __init__(self, client: AsyncClient, endpoint: ModuleType, params: dict[str, Any], limit: int | None) -> None:
        super().__init__(client, None, client._page_size, limit)
        api, self._names = _list_endpoint(endpoint)
        self._endpoint, self._params, self._gen = endpoint, params, getattr(client, api)

    async def _page(self, offset: int, size: int, cursor: str | None) -> Page[Any]:
        args = _arguments(self._names, self._params, offset, size, cursor)
        answer = await self._endpoint.asyncio_detailed(client=self._gen, **args)
        return _page(self._endpoint, answer, offset)
