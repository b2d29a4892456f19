"""Connections: ``client.connections.list() / get / create / update / delete``.

=========  ========================================  ========================================  ============
method     v1 (Airflow 2)                            v2 (Airflow 3)                            experimental
=========  ========================================  ========================================  ============
list       GET /api/v1/connections                   GET /api/v2/connections                   unsupported
get        GET /api/v1/connections/{conn_id}         GET /api/v2/connections/{conn_id}         unsupported
create     POST /api/v1/connections                  POST /api/v2/connections                  unsupported
update     PATCH /api/v1/connections/{conn_id}       PATCH /api/v2/connections/{conn_id}       unsupported
delete     DELETE /api/v1/connections/{conn_id}      DELETE /api/v2/connections/{conn_id}      unsupported
=========  ========================================  ========================================  ============

**Passwords never show.** ``Connection`` keeps ``password`` and ``extra`` out of ``repr()``/``str()``.
Airflow itself does not return passwords: Airflow 2 leaves ``password`` out of every answer,
Airflow 3 answers ``"***"``; both redact secret-looking keys of ``extra``. The password (and
``extra``) of a create/update request are scrubbed from every error this module raises: its
message, ``.body``, ``.request`` and ``.response`` (a 422 echoes the request body back as
``input``).

**Fields.** ``extra`` is a dict (sent as JSON) or a JSON string; ``conn.extra_dejson`` reads it
back as a dict. ``port`` is an int. Connection ids are what Airflow accepts: letters, digits,
``_``, ``.``, ``-`` (both servers refuse others, with 400 on Airflow 2 and 422 on Airflow 3).

**Server quirks this module smooths over** (Airflow 2.11 and 3.3):

* Airflow 3 validates a PATCH body as a whole connection whatever ``update_mask`` says:
  ``connection_id`` and ``conn_type`` are required (422 ``conn_type: Field required``).
  ``update()`` without ``conn_type`` sends the current one (one GET first); ``update_mask``
  still limits what changes.
* Airflow 2 reads ``update_mask`` comma-separated (``?update_mask=host,port``) and, given the
  parameter repeated (``?update_mask=host&update_mask=port``, what the generated v1 client sends),
  applies only the last one: ``host`` would silently stay unchanged. v1 masks are sent joined.
* Airflow 2 answers a PATCH whose ``update_mask`` names a field missing from the body with 400
  ``'<field>' is unknown or cannot be updated.``: the body always holds exactly the masked fields.
* Airflow 2 answers a create with a non-ASCII id (``"ü"``) with 500 and an HTML error page: its
  key check accepts Unicode letters, then ``sanitize_conn_id`` (re2, ASCII-only ``\\w``) turns
  the id into ``None`` and the insert fails. ``create()`` refuses such ids on v1 with
  ``InvalidInputError``; Airflow 3 stores them.
* Neither server can clear a password: ``Connection.set_password`` ignores ``None`` and ``""``
  and the PATCH answers 200 with the old password kept. ``update(password=None)`` raises
  ``InvalidInputError`` instead of silently doing nothing.
* Airflow 3 merges an updated ``password``/``extra`` with the stored one where the new value
  still holds ``"***"``: sending back what ``get()`` returned keeps the secrets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Final

import httpx

from .._base_client import Call, Context, Op
from .._errors import (
    APIError,
    APIStatusError,
    ConflictError,
    InvalidInputError,
    NotFoundError,
    UnexpectedResponseError,
)
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Connection
from ._base import AsyncResource, SyncResource, items_of, json_object, require_id

__all__ = ["NOT_GIVEN", "AsyncConnections", "Connections"]

_ALTERNATIVE = "/api/v1/connections (Airflow >= 2.0)"
_REDACTED = "***"
#: request/answer fields whose values are never shown in errors
_SECRET_FIELDS = frozenset({"password", "extra"})


class _NotGiven:
    """The default of ``update()``'s fields: leave the field as it is (``None`` clears it)."""

    _instance: _NotGiven | None = None

    def __new__(cls) -> _NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven()


def _ensure(ctx: Context, what: str) -> None:
    ctx.ensure(("v1", "v2"), what, _ALTERNATIVE)


# -- keeping secrets out of errors ---------------------------------------------------------------
def _secrets_of(fields: dict[str, Any]) -> tuple[str, ...]:
    """The strings of a request that must not appear in an error: the password and the extra."""
    out = []
    for name in _SECRET_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and value and value != _REDACTED:
            out.append(value)
    return tuple(out)


def _scrub_text(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, _REDACTED)
    return text


def _scrub_json(value: Any, secrets: tuple[str, ...]) -> Any:
    """``value`` with the values of password/extra keys and every secret string hidden."""
    if isinstance(value, dict):
        return {
            k: (_REDACTED if k in _SECRET_FIELDS and v not in (None, "") else _scrub_json(v, secrets))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(v, secrets) for v in value]
    if isinstance(value, str):
        return _scrub_text(value, secrets)
    return value


def _scrub_content(content: bytes, secrets: tuple[str, ...]) -> bytes:
    try:
        return json.dumps(_scrub_json(json.loads(content), secrets)).encode()
    except ValueError:
        return _scrub_text(content.decode(errors="replace"), secrets).encode()


def _scrub_request(request: httpx.Request, secrets: tuple[str, ...]) -> httpx.Request:
    content = request.content
    if not content:
        return request
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "content-length"]
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        content=_scrub_content(content, secrets),
        extensions=request.extensions,
    )


def _scrub(exc: APIError, secrets: tuple[str, ...]) -> None:
    """Remove the password and extra of the request from everything ``exc`` carries."""
    exc.message = _scrub_text(exc.message, secrets)
    exc.args = (exc.message,)
    if exc.request is not None:
        exc.request = _scrub_request(exc.request, secrets)
    if isinstance(exc, (APIStatusError, UnexpectedResponseError)):
        response = exc.response
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        scrubbed = httpx.Response(
            response.status_code,
            headers=headers,
            content=_scrub_content(response.content, secrets) if response.content else b"",
            request=exc.request,
        )
        exc.response = scrubbed
    if isinstance(exc, APIStatusError) and exc.body is not None:
        exc.body = _scrub_json(exc.body, secrets)


def _request(ctx: Context, call: Call, conn_id: str, secrets: tuple[str, ...] = ()) -> Op[Any]:
    """``ctx.request`` whose errors carry no secret and whose 404 names the connection."""
    try:
        return (yield from ctx.request(call))
    except APIError as exc:
        if secrets or call.json is not None:
            _scrub(exc, secrets)
        if isinstance(exc, (NotFoundError, ConflictError)):
            what = "not found" if isinstance(exc, NotFoundError) else "already exists"
            exc.message = f"connection {conn_id!r} {what}: {exc.message}"
            exc.args = (exc.message,)
        raise exc from None


# -- arguments -------------------------------------------------------------------------------------
def _check_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and convert the fields of a create/update (messages never show password or extra)."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            out[name] = None
        elif name == "port":
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidInputError(f"port must be an int, got {type(value).__name__}")
            out[name] = value
        elif name == "extra":
            if isinstance(value, str):
                out[name] = value
            else:
                out[name] = json.dumps(json_object(value, "extra"))
        elif not isinstance(value, str):
            raise InvalidInputError(f"{name} must be a str, got {type(value).__name__}")
        else:
            out[name] = value
    return out


def _get_call(ctx: Context, conn_id: str) -> Call:
    if ctx.api == "v1":
        from airflow_api_v1.api.connection import get_connection

        return Call.of(get_connection._get_kwargs(conn_id), root=ctx.root)
    from airflow_api_v2.api.connection import get_connection as get_connection_v2

    return Call.of(get_connection_v2._get_kwargs(conn_id), root=ctx.root)


# -- operations ------------------------------------------------------------------------------------
def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Connection]]:
    _ensure(ctx, "listing connections")
    if ctx.api == "v1":
        from airflow_api_v1.api.connection import get_connections

        kwargs = get_connections._get_kwargs(limit=limit, offset=offset, order_by="connection_id")
    else:
        from airflow_api_v2.api.connection import get_connections as get_connections_v2

        kwargs = get_connections_v2._get_kwargs(limit=limit, offset=offset, order_by=["connection_id"])
    items, total = items_of((yield from ctx.request(Call.of(kwargs, root=ctx.root))), "connections")
    return Page(Connection._many(items, ctx.api), total, offset)


def _get(ctx: Context, conn_id: str) -> Op[Connection]:
    require_id("connection id", conn_id)
    _ensure(ctx, "reading a connection")
    return Connection.from_json((yield from _request(ctx, _get_call(ctx, conn_id), conn_id)), ctx.api)


def _create(ctx: Context, conn_id: str, fields: dict[str, Any], exist_ok: bool) -> Op[Connection]:
    require_id("connection id", conn_id)
    _ensure(ctx, "creating a connection")
    checked = _check_fields({k: v for k, v in fields.items() if v is not None})
    if not checked.get("conn_type"):
        raise InvalidInputError("conn_type must be a non-empty string, e.g. 'postgres' or 'http'")
    body = {"connection_id": conn_id, **checked}
    if ctx.api == "v1" and not conn_id.isascii():
        raise InvalidInputError(
            f"Airflow 2 cannot store the connection id {conn_id!r}: it accepts non-ASCII letters, then "
            "fails with 500 (its conn_id sanitiser is ASCII-only). Use ASCII letters, digits, '_', '.', '-'"
        )
    if ctx.api == "v1":
        from airflow_api_v1.api.connection import post_connection
        from airflow_api_v1.models.connection import Connection as ConnectionV1

        call = Call.of(post_connection._get_kwargs(body=ConnectionV1.from_dict(body)), root=ctx.root)
    else:
        from airflow_api_v2.api.connection import post_connection as post_connection_v2
        from airflow_api_v2.models.connection_body import ConnectionBody

        call = Call.of(post_connection_v2._get_kwargs(body=ConnectionBody.from_dict(body)), root=ctx.root)
    try:
        answer = yield from _request(ctx, call, conn_id, _secrets_of(checked))
    except ConflictError:
        if not exist_ok:
            raise
        return (yield from _get(ctx, conn_id))
    return Connection.from_json(answer, ctx.api)


def _update(ctx: Context, conn_id: str, fields: dict[str, Any]) -> Op[Connection]:
    require_id("connection id", conn_id)
    _ensure(ctx, "updating a connection")
    changes = _check_fields({k: v for k, v in fields.items() if v is not NOT_GIVEN})
    if not changes:
        raise InvalidInputError(
            "connections.update() needs at least one field to change: conn_type, host, login, password, "
            "schema, port, extra, description"
        )
    if "conn_type" in changes and not changes["conn_type"]:
        raise InvalidInputError("conn_type cannot be cleared: give a connection type such as 'postgres'")
    if "password" in changes and not changes["password"]:
        raise InvalidInputError(
            "Airflow cannot clear a connection's password through its API (Connection.set_password ignores "
            "an empty one and the old password stays): delete and re-create the connection without one"
        )
    mask = list(changes)
    body: dict[str, Any] = {"connection_id": conn_id, **changes}
    if ctx.api == "v1":
        from airflow_api_v1.api.connection import patch_connection
        from airflow_api_v1.models.connection import Connection as ConnectionV1

        # Airflow 2 reads update_mask comma-separated (style=form, explode=false): repeated, only
        # the last one counts
        kwargs = patch_connection._get_kwargs(conn_id, body=ConnectionV1.from_dict(body), update_mask=[",".join(mask)])
    else:
        from airflow_api_v2.api.connection import patch_connection as patch_connection_v2
        from airflow_api_v2.models.connection_body import ConnectionBody

        if "conn_type" not in body:
            # Airflow 3 requires conn_type in every PATCH body; update_mask keeps it unchanged
            current = yield from _get(ctx, conn_id)
            body["conn_type"] = current.conn_type
        kwargs = patch_connection_v2._get_kwargs(conn_id, body=ConnectionBody.from_dict(body), update_mask=mask)
    call = Call.of(kwargs, root=ctx.root, idempotent=True)
    return Connection.from_json((yield from _request(ctx, call, conn_id, _secrets_of(changes))), ctx.api)


def _delete(ctx: Context, conn_id: str, missing_ok: bool) -> Op[None]:
    require_id("connection id", conn_id)
    _ensure(ctx, "deleting a connection")
    if ctx.api == "v1":
        from airflow_api_v1.api.connection import delete_connection

        call = Call.of(delete_connection._get_kwargs(conn_id), root=ctx.root)
    else:
        from airflow_api_v2.api.connection import delete_connection as delete_connection_v2

        call = Call.of(delete_connection_v2._get_kwargs(conn_id), root=ctx.root)
    try:
        yield from _request(ctx, call, conn_id)
    except NotFoundError:
        if not missing_ok:
            raise


def _fields(**fields: Any) -> dict[str, Any]:
    return fields


class Connections(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[Connection]:
        """All connections (ordered by id), fetched page by page as you iterate:
        ``[c.conn_id for c in client.connections.list()]``. Airflow lists no password or extra."""
        return SyncPager(self._client, _list, self._client._page_size, limit)

    def get(self, conn_id: str) -> Connection:
        """``client.connections.get("my_postgres").host``; NotFoundError if there is no such connection."""
        return self._client._run(_get, conn_id)

    def create(
        self,
        conn_id: str,
        conn_type: str,
        *,
        host: str | None = None,
        login: str | None = None,
        password: str | None = None,
        schema: str | None = None,
        port: int | None = None,
        extra: dict[str, Any] | str | None = None,
        description: str | None = None,
        exist_ok: bool = False,
    ) -> Connection:
        """``client.connections.create("my_postgres", "postgres", host="db", port=5432, login="etl",
        password="...", extra={"sslmode": "require"})``. ConflictError if it exists, unless
        ``exist_ok=True`` (then the existing connection is returned unchanged: safe to retry)."""
        fields = _fields(
            conn_type=conn_type,
            host=host,
            login=login,
            password=password,
            schema=schema,
            port=port,
            extra=extra,
            description=description,
        )
        return self._client._run(_create, conn_id, fields, exist_ok)

    def update(
        self,
        conn_id: str,
        *,
        conn_type: str | _NotGiven = NOT_GIVEN,
        host: str | _NotGiven | None = NOT_GIVEN,
        login: str | _NotGiven | None = NOT_GIVEN,
        password: str | _NotGiven | None = NOT_GIVEN,
        schema: str | _NotGiven | None = NOT_GIVEN,
        port: int | _NotGiven | None = NOT_GIVEN,
        extra: dict[str, Any] | str | _NotGiven | None = NOT_GIVEN,
        description: str | _NotGiven | None = NOT_GIVEN,
    ) -> Connection:
        """Change only the given fields (``None`` clears one, except password, which Airflow cannot
        clear): ``client.connections.update("my_postgres", host="db2", port=5433)``; NotFoundError if
        it does not exist."""
        fields = _fields(
            conn_type=conn_type,
            host=host,
            login=login,
            password=password,
            schema=schema,
            port=port,
            extra=extra,
            description=description,
        )
        return self._client._run(_update, conn_id, fields)

    def delete(self, conn_id: str, *, missing_ok: bool = False) -> None:
        """``client.connections.delete("my_postgres")``; NotFoundError if it does not exist, unless
        ``missing_ok=True``."""
        return self._client._run(_delete, conn_id, missing_ok)


class AsyncConnections(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[Connection]:
        """All connections, page by page: ``async for c in client.connections.list(): ...``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)

    async def get(self, conn_id: str) -> Connection:
        """``(await client.connections.get("my_postgres")).host``."""
        return await self._client._run(_get, conn_id)

    async def create(
        self,
        conn_id: str,
        conn_type: str,
        *,
        host: str | None = None,
        login: str | None = None,
        password: str | None = None,
        schema: str | None = None,
        port: int | None = None,
        extra: dict[str, Any] | str | None = None,
        description: str | None = None,
        exist_ok: bool = False,
    ) -> Connection:
        """``await client.connections.create("my_postgres", "postgres", host="db", password="...")``."""
        fields = _fields(
            conn_type=conn_type,
            host=host,
            login=login,
            password=password,
            schema=schema,
            port=port,
            extra=extra,
            description=description,
        )
        return await self._client._run(_create, conn_id, fields, exist_ok)

    async def update(
        self,
        conn_id: str,
        *,
        conn_type: str | _NotGiven = NOT_GIVEN,
        host: str | _NotGiven | None = NOT_GIVEN,
        login: str | _NotGiven | None = NOT_GIVEN,
        password: str | _NotGiven | None = NOT_GIVEN,
        schema: str | _NotGiven | None = NOT_GIVEN,
        port: int | _NotGiven | None = NOT_GIVEN,
        extra: dict[str, Any] | str | _NotGiven | None = NOT_GIVEN,
        description: str | _NotGiven | None = NOT_GIVEN,
    ) -> Connection:
        """``await client.connections.update("my_postgres", host="db2")``."""
        fields = _fields(
            conn_type=conn_type,
            host=host,
            login=login,
            password=password,
            schema=schema,
            port=port,
            extra=extra,
            description=description,
        )
        return await self._client._run(_update, conn_id, fields)

    async def delete(self, conn_id: str, *, missing_ok: bool = False) -> None:
        """``await client.connections.delete("my_postgres")``."""
        return await self._client._run(_delete, conn_id, missing_ok)
