"""``/api/experimental`` (Airflow 1.10, and Airflow 2 with ``[api] enable_experimental_api``).

It has no OpenAPI spec and no generated client: its few paths are written here. What it lacks
raises ``UnsupportedOperationError`` (the defaults of ``Adapter``). Lists come whole: pages are
cut from them here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from .._base_client import Call, Op
from .._errors import BadRequestError, ConflictError, NotFoundError
from .._versions import version
from . import Adapter, Items, Listing

ROOT = version("experimental").root


def _dag_path(dag_id: str, *rest: str) -> str:
    return "/".join((ROOT, "dags", quote(dag_id, safe=""), *rest))


class Experimental(Adapter):
    # -- DAGs ------------------------------------------------------------------------------------
    def dag(self, dag_id: str) -> Op[Any]:
        return {"dag_id": dag_id, **((yield from self.ctx.request(Call("GET", _dag_path(dag_id, "paused")))) or {})}

    def dag_source(self, dag_id: str) -> Op[str]:
        text: str = yield from self.ctx.request(Call("GET", _dag_path(dag_id, "code"), text=True))
        return text

    def delete_dag(self, dag_id: str) -> Op[None]:
        yield from self.ctx.request(Call("DELETE", _dag_path(dag_id)))

    def set_paused(self, dag_id: str, paused: bool) -> Op[Any]:
        yield from self.ctx.request(Call("GET", _dag_path(dag_id, "paused", "true" if paused else "false")))
        return (yield from self.dag(dag_id))

    def trigger(
        self, dag_id: str, conf: dict[str, Any] | None, logical_date: str | None, run_id: str | None, note: str | None
    ) -> Op[Any]:
        if note is not None:
            self._unsupported("a run note", "POST /api/v1/dags/{dag_id}/dagRuns with note")
        body: dict[str, Any] = {}
        if conf is not None:
            body["conf"] = conf
        if run_id is not None:
            body["run_id"] = run_id
        if logical_date is not None:
            body["execution_date"] = logical_date
        call = Call("POST", _dag_path(dag_id, "dag_runs"), json=body, idempotent=run_id is not None)
        try:
            created = yield from self.ctx.request(call)
        except BadRequestError as exc:  # the experimental API answers 400 to a duplicate run
            if "already exists" not in exc.message:
                raise
            raise ConflictError(exc.message, response=exc.response, body=exc.body, safe_to_retry=True) from None
        return (yield from self.dag_run(dag_id, (created or {}).get("run_id") or "", None))

    # -- DAG runs --------------------------------------------------------------------------------
    def dag_runs(
        self,
        dag_id: str,
        filters: dict[str, Any],
        offset: int,
        limit: int,
        cursor: str | None = None,
        timeout: float | None = None,
    ) -> Op[Listing]:
        if dag_id == "~":
            self._unsupported("listing the runs of every DAG", "GET /api/v1/dags/~/dagRuns")
        states = filters.get("state")
        if states and len(states) > 1:
            self._unsupported("filtering by several states", "GET /api/v1/dags/{dag_id}/dagRuns?state=..")
        others = sorted(k for k, v in filters.items() if k != "state" and v is not None)
        if others:
            self._unsupported(f"filtering or ordering runs by {', '.join(others)}", "GET /api/v1/dags/{dag_id}/dagRuns")
        params = {"state": states[0]} if states else None
        body = yield from self.ctx.request(Call("GET", _dag_path(dag_id, "dag_runs"), params))
        runs = [{"dag_id": dag_id, **run} for run in body or [] if isinstance(run, dict)]
        return Listing(runs[offset : offset + limit], len(runs))

    def dag_run(self, dag_id: str, run_id: str, timeout: float | None) -> Op[Any]:
        path = _dag_path(dag_id, "dag_runs")
        for data in (yield from self.ctx.request(Call("GET", path, timeout=timeout))) or []:
            if isinstance(data, dict) and data.get("run_id") == run_id:
                return {"dag_id": dag_id, **data}
        url = f"{self.ctx.base_url}/{path}"
        raise NotFoundError(
            f"no run {run_id!r} of DAG {dag_id!r} in GET {self.ctx.public_url(url)} (404)",
            response=httpx.Response(404, request=httpx.Request("GET", url)),
            body=None,
        )

    # -- pools -----------------------------------------------------------------------------------
    def pools(self, offset: int, limit: int) -> Op[Items]:
        pools = (yield from self.ctx.request(Call("GET", f"{ROOT}/pools"))) or []
        return pools[offset : offset + limit], len(pools)

    def pool(self, name: str) -> Op[Any]:
        return (yield from self.ctx.request(Call("GET", f"{ROOT}/pools/{quote(name, safe='')}")))

    def create_pool(self, fields: dict[str, Any], idempotent: bool) -> Op[Any]:
        if fields.get("include_deferred") is not None:
            self._unsupported("include_deferred", "POST /api/v1/pools")
        body = {**fields, "description": fields.get("description") or ""}
        return (yield from self.ctx.request(Call("POST", f"{ROOT}/pools", json=body, idempotent=idempotent)))

    def delete_pool(self, name: str) -> Op[None]:
        yield from self.ctx.request(Call("DELETE", f"{ROOT}/pools/{quote(name, safe='')}"))

    # -- health ----------------------------------------------------------------------------------
    def health(self) -> Op[Any]:
        return (yield from self.ctx.request(Call("GET", "health")))
