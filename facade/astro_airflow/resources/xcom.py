"""XComs: ``client.xcom.list / get / set / delete``.

Paths relative to ``/api/v1`` (Airflow 2) and ``/api/v2`` (Airflow 3), under
``dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}``:

=======  ======================================  ============================================  ============
method   v1                                      v2                                            experimental
=======  ======================================  ============================================  ============
list     GET .../xcomEntries                     GET .../xcomEntries                           unsupported
get      GET .../xcomEntries/{key}               GET .../xcomEntries/{key}                     unsupported
         ``?stringify=false``                    (defaults: ``deserialize=false``,
                                                 ``stringify=false``)
set      unsupported (push from a task)          PATCH .../xcomEntries/{key}; POST             unsupported
                                                 .../xcomEntries if 404 (PATCH again if 409)
delete   unsupported (clear the task instance)   DELETE .../xcomEntries/{key}                  unsupported
=======  ======================================  ============================================  ============

**Values.** ``get`` returns the value as JSON (``XCom.value``: a dict, list, str, number, bool or
None), as the task pushed it, on both majors. The servers' defaults differ: Airflow 2 sends
``str(value)`` unless asked ``stringify=false`` (a dict reads ``"{'status': 'ok'}"``, a Python
repr, not JSON), so the client asks for it; Airflow 3 sends the stored JSON by default. Neither
``deserialize`` option is used: Airflow 2 refuses it unless ``[api]
enable_xcom_deserialize_support`` is set (400 "XCom deserialization is disabled in
configuration."), and Airflow 3 answers it with a display string (``str()`` of the value). With a
custom XCom backend the value is what the backend stored in the database (often a reference such
as an object-storage path); Airflow < 2.10 ignores ``stringify`` and sends ``str(value)``.

``list`` leaves values out (the servers do: values can be large); ``value`` is then None. Airflow
2 does not say an entry's run id: it is filled in from the request. ``"~"`` as the DAG, run or
task id lists the entries of every DAG, run or task.

``set`` creates or updates (Airflow 3 has POST to create, 409 if the key exists, and PATCH to
change, 404 if it does not); the value is sent as JSON and stored as it is. The task instance
must exist: for a ``map_index`` the task does not have, Airflow 3.3.2 answers the POST with 500
(its database's foreign key to the task instance refuses the row). Airflow 2's stable API cannot
write or delete XComs: ``UnsupportedOperationError`` names what to do instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .._base_client import Context, Op
from .._errors import APIStatusError, ConflictError, InvalidInputError, NotFoundError
from .._pagination import AsyncPager, Page, SyncPager
from ..types import XCom
from ._base import AsyncResource, SyncResource, require_id

__all__ = ["AsyncXComs", "XComs"]

ANY = "~"  # every DAG, run or task


def _ids(dag_id: str, run_id: str, task_id: str, wildcard: bool = False) -> None:
    for what, value in (("dag_id", dag_id), ("run_id", run_id), ("task_id", task_id)):
        if not (wildcard and value == ANY):
            require_id(what, value)


def _map_index(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < -1:
        raise InvalidInputError(f"map_index must be an int >= -1 (-1: a task that is not mapped), got {value!r}")
    return value


def _key(key: Any) -> str:
    return require_id("XCom key", key)


def _says_run(data: Any) -> bool:
    return isinstance(data, dict) and "run_id" in data


def _naming(exc: APIStatusError, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> APIStatusError:
    """Say which XCom, as the caller wrote it, at the front of a 404's message (the URL has it encoded)."""
    where = f"{dag_id}/{run_id}/{task_id}" + (f"[{map_index}]" if map_index >= 0 else "")
    exc.message = f"XCom {key!r} of {where} not found: {exc.message}"
    exc.args = (exc.message,)
    return exc


def _list(
    dag_id: str, run_id: str, task_id: str, map_index: int | None
) -> Callable[[Context, int, int], Op[Page[XCom]]]:
    _ids(dag_id, run_id, task_id, wildcard=True)
    if map_index is not None:
        _map_index(map_index)
    known = {} if run_id == ANY else {"run_id": run_id}

    def fetch(ctx: Context, offset: int, limit: int) -> Op[Page[XCom]]:
        items, total = yield from ctx.adapter.xcoms(dag_id, run_id, task_id, map_index, offset, limit)
        # Airflow 2's entries do not say their run: it is the one asked for
        entries = [XCom.from_json(item, ctx.api, **({} if _says_run(item) else known)) for item in items]
        return Page(entries, total, offset)

    return fetch


def _get(ctx: Context, dag_id: str, run_id: str, task_id: str, key: str, map_index: int) -> Op[XCom]:
    _ids(dag_id, run_id, task_id)
    _key(key)
    _map_index(map_index)
    try:
        body = yield from ctx.adapter.xcom(dag_id, run_id, task_id, key, map_index)
    except NotFoundError as exc:
        raise _naming(exc, dag_id, run_id, task_id, key, map_index) from None
    return XCom.from_json(body, ctx.api, **({} if _says_run(body) else {"run_id": run_id}))


def _set(ctx: Context, dag_id: str, run_id: str, task_id: str, key: str, value: Any, map_index: int) -> Op[XCom]:
    """Create or update: PATCH; POST if there is none; PATCH again if a racing writer created it."""
    _ids(dag_id, run_id, task_id)
    _key(key)
    _map_index(map_index)
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(
            f"an XCom value must be JSON-serialisable (dict, list, str, number, bool, None): {exc}"
        ) from None
    args = (dag_id, run_id, task_id, key, value, map_index)
    try:
        return XCom.from_json((yield from ctx.adapter.update_xcom(*args)), ctx.api)
    except NotFoundError:
        pass
    try:
        # a 404 here names what is missing (the run, the task): the server's words
        return XCom.from_json((yield from ctx.adapter.create_xcom(*args)), ctx.api)
    except ConflictError:
        return XCom.from_json((yield from ctx.adapter.update_xcom(*args)), ctx.api)


def _delete(
    ctx: Context, dag_id: str, run_id: str, task_id: str, key: str, map_index: int, missing_ok: bool
) -> Op[None]:
    _ids(dag_id, run_id, task_id)
    _key(key)
    _map_index(map_index)
    try:
        yield from ctx.adapter.delete_xcom(dag_id, run_id, task_id, key, map_index)
    except NotFoundError as exc:
        if not missing_ok:
            raise _naming(exc, dag_id, run_id, task_id, key, map_index) from None


class XComs(SyncResource):
    def list(
        self, dag_id: str, run_id: str, task_id: str, *, map_index: int | None = None, limit: int | None = None
    ) -> SyncPager[XCom]:
        """A task instance's XComs (keys, map indexes, timestamps; no values), page by page:
        ``[x.key for x in client.xcom.list("etl", run_id, "extract")]``. ``map_index=None``: every
        map index; ``"~"`` as an id: every DAG, run or task."""
        return SyncPager(self._client, _list(dag_id, run_id, task_id, map_index), self._client._page_size, limit)

    def get(self, dag_id: str, run_id: str, task_id: str, key: str, *, map_index: int = -1) -> XCom:
        """One XCom with its value as JSON: ``client.xcom.get("etl", run_id, "extract", "return_value").value``.
        NotFoundError if there is none."""
        return self._client._run(_get, dag_id, run_id, task_id, key, map_index)

    def set(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, *, map_index: int = -1) -> XCom:
        """Create or update (safe to retry): ``client.xcom.set("etl", run_id, "extract", "rows", 42)``.
        Airflow 3 only: UnsupportedOperationError on Airflow 2, saying what to do instead."""
        return self._client._run(_set, dag_id, run_id, task_id, key, value, map_index)

    def delete(
        self, dag_id: str, run_id: str, task_id: str, key: str, *, map_index: int = -1, missing_ok: bool = False
    ) -> None:
        """``client.xcom.delete("etl", run_id, "extract", "rows")``; NotFoundError if there is none, unless
        ``missing_ok=True``. Airflow 3 only: UnsupportedOperationError on Airflow 2, saying what to do instead."""
        return self._client._run(_delete, dag_id, run_id, task_id, key, map_index, missing_ok)


class AsyncXComs(AsyncResource):
    def list(
        self, dag_id: str, run_id: str, task_id: str, *, map_index: int | None = None, limit: int | None = None
    ) -> AsyncPager[XCom]:
        """``async for x in client.xcom.list("etl", run_id, "extract"): print(x.key)``."""
        return AsyncPager(self._client, _list(dag_id, run_id, task_id, map_index), self._client._page_size, limit)

    async def get(self, dag_id: str, run_id: str, task_id: str, key: str, *, map_index: int = -1) -> XCom:
        """``(await client.xcom.get("etl", run_id, "extract", "return_value")).value``."""
        return await self._client._run(_get, dag_id, run_id, task_id, key, map_index)

    async def set(self, dag_id: str, run_id: str, task_id: str, key: str, value: Any, *, map_index: int = -1) -> XCom:
        """``await client.xcom.set("etl", run_id, "extract", "rows", 42)`` (Airflow 3)."""
        return await self._client._run(_set, dag_id, run_id, task_id, key, value, map_index)

    async def delete(
        self, dag_id: str, run_id: str, task_id: str, key: str, *, map_index: int = -1, missing_ok: bool = False
    ) -> None:
        """``await client.xcom.delete("etl", run_id, "extract", "rows")`` (Airflow 3)."""
        return await self._client._run(_delete, dag_id, run_id, task_id, key, map_index, missing_ok)
