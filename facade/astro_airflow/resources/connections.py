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
from typing import Any, Final

from .._base_client import Context, Op
from .._errors import APIError, ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from .._redact import REDACTED, Redactor
from ..types import Connection
from ._base import AsyncResource, SyncResource, json_object, require_id

__all__ = ["NOT_GIVEN", "AsyncConnections", "Connections"]

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


def _naming(exc: APIError, conn_id: str, fields: dict[str, Any] | None = None) -> APIError:
    """``exc`` with the password and extra of the request scrubbed from everything it carries, and
    its 404/409 naming the connection."""
    if fields is not None:
        secrets = (fields.get(name) for name in _SECRET_FIELDS)
        Redactor(s for s in secrets if isinstance(s, str) and s != REDACTED).error(exc, _SECRET_FIELDS)
    if isinstance(exc, (NotFoundError, ConflictError)):
        what = "not found" if isinstance(exc, NotFoundError) else "already exists"
        exc.message = f"connection {conn_id!r} {what}: {exc.message}"
        exc.args = (exc.message,)
    return exc


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


# -- operations ------------------------------------------------------------------------------------
def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Connection]]:
    items, total = yield from ctx.adapter.connections(offset, limit)
    return Page(Connection._many(items, ctx.api), total, offset)


def _get(ctx: Context, conn_id: str) -> Op[Connection]:
    require_id("connection id", conn_id)
    try:
        return Connection.from_json((yield from ctx.adapter.connection(conn_id)), ctx.api)
    except APIError as exc:
        raise _naming(exc, conn_id) from None


def _create(ctx: Context, conn_id: str, fields: dict[str, Any], exist_ok: bool) -> Op[Connection]:
    require_id("connection id", conn_id)
    checked = _check_fields({k: v for k, v in fields.items() if v is not None})
    if not checked.get("conn_type"):
        raise InvalidInputError("conn_type must be a non-empty string, e.g. 'postgres' or 'http'")
    try:
        answer = yield from ctx.adapter.create_connection({"connection_id": conn_id, **checked})
    except ConflictError as exc:
        if not exist_ok:
            raise _naming(exc, conn_id, checked) from None
        return (yield from _get(ctx, conn_id))
    except APIError as exc:
        raise _naming(exc, conn_id, checked) from None
    return Connection.from_json(answer, ctx.api)


def _update(ctx: Context, conn_id: str, fields: dict[str, Any]) -> Op[Connection]:
    require_id("connection id", conn_id)
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
    try:
        return Connection.from_json((yield from ctx.adapter.update_connection(conn_id, changes)), ctx.api)
    except APIError as exc:
        raise _naming(exc, conn_id, changes) from None


def _delete(ctx: Context, conn_id: str, missing_ok: bool) -> Op[None]:
    require_id("connection id", conn_id)
    try:
        yield from ctx.adapter.delete_connection(conn_id)
    except NotFoundError as exc:
        if not missing_ok:
            raise _naming(exc, conn_id) from None


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
