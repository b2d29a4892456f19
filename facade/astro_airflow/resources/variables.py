"""Variables: ``client.variables.list() / get / create / update / set / delete``.

=========  ====================================  ====================================  ============
method     v1 (Airflow 2)                        v2 (Airflow 3)                        experimental
=========  ====================================  ====================================  ============
list       GET /api/v1/variables                 GET /api/v2/variables                 unsupported
get        GET /api/v1/variables/{key}           GET /api/v2/variables/{key}           unsupported
create     GET, then POST /api/v1/variables      POST /api/v2/variables (409: exists)  unsupported
update     PATCH /api/v1/variables/{key}         PATCH /api/v2/variables/{key}         unsupported
set        PATCH, POST if 404                    PATCH, POST if 404 (PATCH if 409)     unsupported
delete     DELETE /api/v1/variables/{key}        DELETE /api/v2/variables/{key}        unsupported
=========  ====================================  ====================================  ============

**Values.** Airflow stores a variable as a string. A ``str`` value is sent as it is; any other
JSON-serialisable value (dict, list, int, float, bool) is JSON-encoded first, as
``json.dumps(value, indent=2)``: exactly what Airflow's own ``Variable.set(key, value,
serialize_json=True)`` stores, so a task reads it back with ``Variable.get(key,
deserialize_json=True)`` and the client with ``client.variables.get(key).json()``. ``None``
and values JSON cannot encode (bytes, NaN, objects) raise ``InvalidInputError`` before anything
is sent. Reading always gives the stored string (``Variable.value``).

**Server quirks this module smooths over** (seen on Airflow 2.11 and 3.3):

* Airflow 2's ``POST /variables`` silently overwrites an existing variable (it calls
  ``Variable.set``; there is no 409). ``create()`` therefore looks the key up first on v1, so
  ``ConflictError`` / ``exist_ok`` mean the same on both servers (a writer racing between the
  GET and the POST can still be overwritten on Airflow 2).
* Both servers validate a PATCH body as a whole variable whatever ``update_mask`` says: v1 needs
  ``key`` and ``value`` (400 ``{'value': ['Missing data for required field.']}``), v2 needs
  ``key`` and ``value`` (422 ``value: Field required``). ``update(key, description=...)`` sends
  the current value with ``update_mask=description``, so the value is not rewritten.
* Airflow 2 refuses ``update_mask=value`` (its schema loads ``value`` as ``val``: 400
  ``'value' is unknown or cannot be updated.``). On v1 a value change is sent without a mask:
  Airflow 2 then applies exactly the fields in the body.
* Airflow 3 answers ``***`` as the value of keys that look secret (``*password*``,
  ``*secret*``, ``*api_key*`` ...), and a value that parses as JSON re-serialised by
  ``json.dumps`` after redaction: stored indented, ``{"a":1}`` reads back as ``{"a": 1}``
  (``1e3`` as ``1000.0``). The stored value is unchanged; compare ``.json()``, not strings.
"""

from __future__ import annotations

import json
from typing import Any

from .._base_client import Context, Op
from .._errors import APIStatusError, ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import Variable
from ._base import AsyncResource, SyncResource, require_id

__all__ = ["AsyncVariables", "Variables", "encode_value"]


def encode_value(value: Any) -> str:
    """The string Airflow stores for ``value``: ``str`` as is, anything else as indented JSON."""
    if isinstance(value, str):
        return value
    if value is None:
        raise InvalidInputError("a variable's value must not be None; use a string, or delete the variable")
    if isinstance(value, (bytes, bytearray)):
        raise InvalidInputError("a variable's value must be a str or a JSON-serialisable value, not bytes")
    try:
        return json.dumps(value, indent=2, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(
            f"a variable's value must be a str or JSON-serialisable (dict, list, number, bool): {exc}"
        ) from None


def _naming(exc: APIStatusError, key: str) -> APIStatusError:
    """Put the key, as the caller wrote it, at the front of a 404's message (the URL has it encoded)."""
    exc.message = f"variable {key!r} not found: {exc.message}"
    exc.args = (exc.message,)
    return exc


def _list(ctx: Context, offset: int, limit: int) -> Op[Page[Variable]]:
    items, total = yield from ctx.adapter.variables(offset, limit)
    return Page(Variable._many(items, ctx.api), total, offset)


def _get(ctx: Context, key: str) -> Op[Variable]:
    require_id("variable key", key)
    try:
        body = yield from ctx.adapter.variable(key)
    except NotFoundError as exc:
        raise _naming(exc, key) from None
    return Variable.from_json(body, ctx.api)


def _fields(key: str, value: Any, description: str | None) -> dict[str, Any]:
    fields: dict[str, Any] = {"key": key, "value": encode_value(value)}
    if description is not None:
        fields["description"] = description
    return fields


def _create(ctx: Context, key: str, value: Any, description: str | None, exist_ok: bool) -> Op[Variable]:
    require_id("variable key", key)
    fields = _fields(key, value, description)
    try:
        # with exist_ok a repeated POST meets a 409 that returns the variable: safe to retry
        body = yield from ctx.adapter.create_variable(fields, exist_ok)
    except ConflictError:
        if not exist_ok:
            raise
        return (yield from _get(ctx, key))
    return Variable.from_json(body, ctx.api)


def _update(ctx: Context, key: str, value: Any, description: str | None) -> Op[Variable]:
    require_id("variable key", key)
    if value is None and description is None:
        raise InvalidInputError("variables.update() needs a value or a description to change")
    changes: dict[str, Any] = {}
    if value is not None:
        changes["value"] = encode_value(value)
    if description is not None:
        changes["description"] = description
    body: dict[str, Any] = {"key": key, **changes}
    if "value" not in changes:
        # value is required in a PATCH body on both servers whatever update_mask says: send the
        # current one; update_mask=["description"] keeps the server from writing it.
        current = yield from _get(ctx, key)
        body["value"] = current.value if current.value is not None else ""
    try:
        answer = yield from ctx.adapter.update_variable(key, body, list(changes))
    except NotFoundError as exc:
        raise _naming(exc, key) from None
    return Variable.from_json(answer, ctx.api)


def _set(ctx: Context, key: str, value: Any, description: str | None) -> Op[Variable]:
    """Create or update: PATCH; POST if there is none; PATCH again if a racing writer created it."""
    require_id("variable key", key)
    fields = _fields(key, value, description)  # fails on a bad value before sending anything
    try:
        return (yield from _update(ctx, key, value, description))
    except NotFoundError:
        pass
    try:
        # a POST repeated after a lost answer meets a 409, handled below: safe to retry
        body = yield from ctx.adapter.create_variable(fields, True)
    except ConflictError:
        return (yield from _update(ctx, key, value, description))
    return Variable.from_json(body, ctx.api)


def _delete(ctx: Context, key: str, missing_ok: bool) -> Op[None]:
    require_id("variable key", key)
    try:
        yield from ctx.adapter.delete_variable(key)
    except NotFoundError as exc:
        if not missing_ok:
            raise _naming(exc, key) from None


class Variables(SyncResource):
    def list(self, *, limit: int | None = None) -> SyncPager[Variable]:
        """All variables (ordered by key), fetched page by page as you iterate:
        ``{v.key: v.value for v in client.variables.list()}``."""
        return SyncPager(self._client, _list, self._client._page_size, limit)

    def get(self, key: str) -> Variable:
        """``client.variables.get("env").value``; NotFoundError if there is no such variable.
        JSON values: ``client.variables.get("cfg").json()``."""
        return self._client._run(_get, key)

    def create(self, key: str, value: Any, *, description: str | None = None, exist_ok: bool = False) -> Variable:
        """``client.variables.create("cfg", {"retries": 3}, description="ETL settings")``: a non-str
        value is stored as JSON. ConflictError if the key exists, unless ``exist_ok=True`` (then the
        existing variable is returned unchanged: safe to retry)."""
        return self._client._run(_create, key, value, description, exist_ok)

    def update(self, key: str, value: Any = None, *, description: str | None = None) -> Variable:
        """Change only what is given: ``client.variables.update("env", "prod")`` or
        ``client.variables.update("env", description="where we run")``; NotFoundError if it does not exist."""
        return self._client._run(_update, key, value, description)

    def set(self, key: str, value: Any, *, description: str | None = None) -> Variable:
        """Create or update (idempotent, safe to retry): ``client.variables.set("env", "prod")``.
        An existing description is kept unless one is given."""
        return self._client._run(_set, key, value, description)

    def delete(self, key: str, *, missing_ok: bool = False) -> None:
        """``client.variables.delete("env")``; NotFoundError if it does not exist, unless ``missing_ok=True``."""
        return self._client._run(_delete, key, missing_ok)


class AsyncVariables(AsyncResource):
    def list(self, *, limit: int | None = None) -> AsyncPager[Variable]:
        """All variables, page by page: ``async for v in client.variables.list(): ...``."""
        return AsyncPager(self._client, _list, self._client._page_size, limit)

    async def get(self, key: str) -> Variable:
        """``(await client.variables.get("env")).value``."""
        return await self._client._run(_get, key)

    async def create(self, key: str, value: Any, *, description: str | None = None, exist_ok: bool = False) -> Variable:
        """``await client.variables.create("cfg", {"retries": 3})``."""
        return await self._client._run(_create, key, value, description, exist_ok)

    async def update(self, key: str, value: Any = None, *, description: str | None = None) -> Variable:
        """``await client.variables.update("env", "prod")``."""
        return await self._client._run(_update, key, value, description)

    async def set(self, key: str, value: Any, *, description: str | None = None) -> Variable:
        """``await client.variables.set("env", "prod")``: create or update, safe to retry."""
        return await self._client._run(_set, key, value, description)

    async def delete(self, key: str, *, missing_ok: bool = False) -> None:
        """``await client.variables.delete("env")``."""
        return await self._client._run(_delete, key, missing_ok)
