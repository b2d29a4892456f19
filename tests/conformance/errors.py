"""The error walk: every operation of both generated clients, called through the facade, RAISES its typed error.

For each operation of ``walk.operations(api)`` (a new one cannot be forgotten: ``plan`` fails for an
operation with neither a case nor a reason) one call the real server refuses is built:

* generically: an id that names nothing for each path parameter (``no-such-<name>``, 987654321) and
  a required body sampled from the patched spec's request schema (its required keys, valid values,
  read with the generated model's ``from_dict``): 404; for a list (an ``offset`` parameter), an
  offset below its minimum: 400 (Airflow 2) or 422 (Airflow 3);
* ``CASES`` where the server answers otherwise: an invalid or conflicting body or query value
  (400, 409, 422), the read-only viewer on a write (403), and as the last resort a credential that
  is none (401; Airflow 3 answers 403 "Invalid JWT token", which the facade raises as a 401 error);
* ``NO_ERROR``: the operations the server never refuses, with the reason.

``verdict`` wants ``sync_detailed`` and ``asyncio_detailed`` to raise exactly the
``APIStatusError`` subclass of the expected status (``status_error_class``), with that
``status_code``, ``safe_to_retry`` true (a 4xx) and a message naming the method and the path;
returning anything (an error model, ``None``) or raising anything else is a failure.
No call can change the server: each one is refused (unknown ids, invalid or conflicting values, a
role without the permission), so the walk runs after the other tests on the module's server.
"""

from __future__ import annotations

import inspect
import re
import time
import typing
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from astro_airflow import (
    AirflowJWT,
    APIKey,
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BasicAuth,
    BearerToken,
    Client,
)
from astro_airflow._errors import status_error_class

from . import servers, spec_check
from .walk import COVERAGE, Operation, operations

NO_SUCH_INT = 987654321
DATE = "2024-01-01T00:00:00+00:00"
#: the harness's Viewer (Airflow 2: FAB role Viewer, basic auth; Airflow 3: simple auth manager role viewer)
VIEWER = ("viewer", "viewer")


@dataclass(frozen=True)
class Case:
    """How to make one operation fail: the status the server answers, and what to send for it."""

    status: int
    args: dict[str, Any] = field(default_factory=dict)  # arguments over the generic ones
    body: dict[str, Any] | None = None  # JSON keys over the sampled body (sent even where the body is optional)
    auth: str = "admin"  # "admin" | "viewer" (read-only role) | "wrong" (an unknown credential)


#: the status of a query parameter out of its range: connexion (Airflow 2), FastAPI (Airflow 3)
INVALID_QUERY = {"v1": 400, "v2": 422}


def _delete(entity: str) -> dict[str, Any]:
    return {"actions": [{"action": "delete", "entities": [entity]}]}


_ADMIN_USER = {"username": "admin", "email": "admin@example.com", "first_name": "A", "last_name": "B", "password": "-"}

CASES: dict[str, dict[str, Case]] = {
    "v1": {
        "config.get_config": Case(404, {"section": "no-such-section"}),
        "dataset.create_dataset_event": Case(404),  # the sampled body names an unknown dataset
        # the spec requires no key of these bodies, the server does: the sampled body is empty
        "connection.test_connection": Case(400),
        "dag.post_set_task_instances_state": Case(400),
        "role.patch_role": Case(400),
        "task_instance.patch_mapped_task_instance": Case(400),
        "task_instance.patch_task_instance": Case(400),
        "user.patch_user": Case(400),
        "variable.patch_variable": Case(400),
        "variable.post_variables": Case(400),
        "connection.post_connection": Case(400, body={"connection_id": "no such id!", "conn_type": "http"}),
        "dag.patch_dags": Case(400, {"update_mask": ["no_such_field"]}),
        "dag_run.get_dag_runs_batch": Case(400, body={"page_limit": -1}),
        "task_instance.get_task_instances_batch": Case(400, body={"page_limit": -1}),
        # what exists already
        "pool.post_pool": Case(409, body={"name": "default_pool", "slots": 128}),
        "role.post_role": Case(409, body={"name": "Admin", "actions": []}),
        "user.post_user": Case(409, body=_ADMIN_USER),
        "provider.get_providers": Case(403, auth="viewer"),
        # any list of DAG ids is valid, and the Viewer may read the statistics
        "dag_stats.get_dag_stats": Case(401, auth="wrong"),
    },
    "v2": {
        "config.get_config": Case(404, {"section": "no-such-section"}),
        "connection.get_connection_test": Case(404),  # an unknown token (a required header)
        # the sampled body names an unknown asset or DAG
        "asset.create_asset_event": Case(404),
        "backfill.create_backfill": Case(404),
        "backfill.create_backfill_dry_run": Case(404),
        "asset.materialize_asset": Case(404, body={}),  # without a body the generated code sends UNSET
        "asset_state_store.list_asset_state_store": Case(404),  # the asset is looked up before the offset
        # queued events of an unknown asset or DAG are an empty list: an invalid date
        "asset.get_asset_queued_events": Case(400, {"before": "no-such-date"}),
        "asset.get_dag_asset_queued_events": Case(400, {"before": "no-such-date"}),
        # the sampled body names another pool or variable than the path
        "pool.patch_pool": Case(400),
        "variable.patch_variable": Case(400),
        "dag.patch_dags": Case(400, {"update_mask": ["no_such_field"], "dag_id_pattern": "no-such-dag"}),
        "login.login": Case(400, {"next_": "https://elsewhere.example.com/"}),
        "connection.enqueue_connection_test": Case(422, body={"connection_id": "no such id!"}),
        "connection.post_connection": Case(422, body={"connection_id": "no such id!"}),
        "connection.test_connection": Case(422, body={"connection_id": "no such id!"}),
        "variable.post_variable": Case(422, body={"key": "k" * 300}),  # longer than 250
        "dag_run.clear_dag_run_partitions": Case(422),  # none of run_id, partition_key, dates
        "dag_run.clear_dag_runs": Case(422),  # no run, no partition
        "task_instance.update_hitl_detail": Case(422),  # no option chosen
        "dag_run.get_list_dag_runs_batch": Case(422, body={"page_limit": -1}),
        "task_instance.get_task_instances_batch": Case(422, body={"page_limit": -1}),
        "pool.post_pool": Case(409, body={"name": "default_pool", "slots": 128}),
        # the bulk endpoints check the permission of each action (an empty list passes)
        "connection.bulk_connections": Case(403, body=_delete("no-such-connection"), auth="viewer"),
        "dag_run.bulk_dag_runs": Case(403, body=_delete("no-such-run"), auth="viewer"),
        "pool.bulk_pools": Case(403, body=_delete("no-such-pool"), auth="viewer"),
        "task_instance.bulk_task_instances": Case(403, body=_delete("no-such-task"), auth="viewer"),
        "variable.bulk_variables": Case(403, body=_delete("no-such-variable"), auth="viewer"),
        "connection.create_default_connections": Case(403, auth="viewer"),
        # the simple auth manager: an unknown user (the sampled body), or not in all-admins mode
        "simple_auth_manager_login.create_token": Case(401, body={}),
        "simple_auth_manager_login.create_token_cli": Case(401),
        "simple_auth_manager_login.create_token_all_admins": Case(403),
        "simple_auth_manager_login.login_all_admins": Case(403),
        # any list of DAG ids is valid, and the viewer may read these: a token that is none
        # (Airflow 3 answers 403 "Invalid JWT token", which the facade raises as AuthenticationError)
        "dag_stats.get_dag_stats": Case(403, auth="wrong"),
        "plugin.import_errors": Case(403, auth="wrong"),
    },
}

#: operations for which the server gives no error answer at all, with the reason
NO_ERROR: dict[str, dict[str, str]] = {
    "v1": {
        "monitoring.get_health": "takes no parameter and no credential (security: [] in the spec): always 200",
        "monitoring.get_version": "takes no parameter and no credential (security: [] in the spec): always 200",
    },
    "v2": {
        "monitor.get_health": "takes no parameter and no credential: always 200",
        "version.get_version": "takes no parameter and no credential: always 200",
        "login.logout": "always a redirect (307) to the login page, with or without a valid token "
        "(and it would revoke the walk's token)",
    },
}


# --------------------------------------------------------------------------- arguments


def _required(op: Operation) -> dict[str, Any]:
    """A value that names nothing for each required parameter but ``body`` (path parameters, a few
    required query parameters): ``no-such-<name>``, ``987654321``, ``~`` where only ``~`` is allowed."""
    values: dict[str, Any] = {}
    for param in inspect.signature(op.module.sync_detailed).parameters.values():
        if param.default is not param.empty or param.name in ("client", "body"):
            continue
        annotation = param.annotation
        if typing.get_origin(annotation) is typing.Literal:
            values[param.name] = typing.get_args(annotation)[0]
        elif annotation in (int, float):
            values[param.name] = NO_SUCH_INT
        else:
            values[param.name] = f"no-such-{param.name}"
    return values


def _sample(api: str, schema: dict[str, Any], name: str) -> Any:
    """Minimal JSON valid for ``schema``: the required keys of objects, the first choice of unions."""
    schema = spec_check._resolve(spec_check.spec(api), schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            choices = [s for s in schema[key] if spec_check._resolve(spec_check.spec(api), s).get("type") != "null"]
            return _sample(api, choices[0], name)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_sample(api, part, name) or {})
        return merged
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    types = schema.get("type", "object")
    kind = next((t for t in types if t != "null"), "string") if isinstance(types, list) else types
    if kind == "object":
        props = schema.get("properties", {})
        return {key: _sample(api, props.get(key, {}), key) for key in schema.get("required", [])}
    if kind == "array":
        return []
    if kind in ("integer", "number"):  # an id that names nothing, or a large valid number
        return min(NO_SUCH_INT, schema.get("maximum", NO_SUCH_INT))
    if kind == "boolean":
        return False
    if schema.get("format") == "date-time":
        return DATE
    return f"no-such-{name}"


def _body_model(op: Operation) -> tuple[type, bool] | None:
    """The body's model class and whether the body is required (None: the operation has no body)."""
    param = inspect.signature(op.module.sync_detailed).parameters.get("body")
    if param is None:
        return None
    hint = typing.get_type_hints(op.module.sync_detailed)["body"]
    models = [t for t in typing.get_args(hint) or (hint,) if hasattr(t, "from_dict")]
    return models[0], param.default is param.empty


def _body_schema(op: Operation) -> dict[str, Any]:
    doc = spec_check.spec(op.api)
    request = spec_check._resolve(doc, doc["paths"][op.path][op.method.lower()]["requestBody"])
    return typing.cast(dict[str, Any], request["content"]["application/json"]["schema"])


def _names_something(param: inspect.Parameter) -> bool:
    """A path parameter (positional in the generated signature) other than the ``~`` of batch operations."""
    return param.kind is param.POSITIONAL_OR_KEYWORD and typing.get_origin(param.annotation) is not typing.Literal


def case_of(op: Operation) -> Case | None:
    """The case of ``op``: its entry in ``CASES``, else a generic one; None where there is none."""
    if op.name in CASES[op.api]:
        return CASES[op.api][op.name]
    params = inspect.signature(op.module.sync_detailed).parameters
    if "offset" in params:  # a list (under unknown ids, an empty one): an offset below its minimum 0
        return Case(INVALID_QUERY[op.api], {"offset": -1})
    if any(_names_something(p) for p in params.values()):
        return Case(404)  # an id in the path that names nothing
    return None


def arguments(op: Operation, case: Case) -> dict[str, Any]:
    """The keyword arguments of ``sync_detailed`` (but ``client``) for ``case``."""
    kwargs = _required(op)
    body = _body_model(op)
    if body is not None and (body[1] or case.body is not None):
        data = {**_sample(op.api, _body_schema(op), "body"), **(case.body or {})}
        kwargs["body"] = body[0].from_dict(data)  # type: ignore[attr-defined]
    kwargs.update(case.args)
    return kwargs


# --------------------------------------------------------------------------- the walk


def plan(api: str) -> list[tuple[Operation, Case]]:
    """Every operation of ``api`` with its case; fails for one that has none and no reason in ``NO_ERROR``."""
    ops = operations(api)
    stale = sorted((set(CASES[api]) | set(NO_ERROR[api])) - set(ops))
    assert not stale, f"{api}: CASES/NO_ERROR name operations that do not exist: {stale}"
    cases = {name: case_of(op) for name, op in ops.items() if name not in NO_ERROR[api]}
    missing = [str(ops[name]) for name, case in cases.items() if case is None]
    assert not missing, f"{api}: no error case (CASES) and no reason in NO_ERROR for: {missing}"
    return [(ops[name], case) for name, case in cases.items() if case is not None]


def _expected(case: Case) -> type[APIStatusError]:
    if case.auth == "wrong" and case.status == 403:  # Airflow 3's "Invalid JWT token": not a permission matter
        return AuthenticationError
    return status_error_class(case.status)


def _path(op: Operation, kwargs: dict[str, Any]) -> str:
    """The operation's path with its arguments, as the message should show it."""
    names = re.findall(r"{(\w+)}", op.path)
    return op.path.format(**{name: kwargs[name] for name in names})


def verdict(op: Operation, case: Case, kwargs: dict[str, Any], outcome: Any) -> str | None:
    """What is wrong with the outcome of one call (None: it raised the right typed error)."""
    where = f"{op.api} {op} [{case.auth}]"
    if not isinstance(outcome, BaseException):
        parsed = type(getattr(outcome, "parsed", None)).__name__
        return f"{where}: returned {getattr(outcome, 'status_code', '?')} ({parsed}) instead of raising"
    want = _expected(case)
    if type(outcome) is not want or getattr(outcome, "status_code", None) != case.status:
        status = getattr(outcome, "status_code", "-")
        return f"{where}: raised {type(outcome).__name__} ({status}), not {want.__name__} ({case.status}): {outcome}"
    assert isinstance(outcome, APIStatusError)
    problems = []
    if outcome.safe_to_retry is not True:
        problems.append(f"safe_to_retry is {outcome.safe_to_retry!r}")
    message = unquote(str(outcome))
    if f"{op.method} " not in message or _path(op, kwargs) not in message:
        problems.append(f"the message does not name {op.method} {_path(op, kwargs)}")
    return f"{where}: {'; '.join(problems)}: {outcome}" if problems else None


@dataclass
class Result:
    raised: dict[str, str] = field(default_factory=dict)  # operation -> "NotFoundError 404"
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


async def walk(api: str, clients: dict[str, Any], asynchronous: bool) -> Result:
    """Every operation of ``api`` through the facade's generated clients ``clients`` (by credential):
    ``sync_detailed``, or ``asyncio_detailed`` if ``asynchronous`` (then the clients are async)."""
    result, started = Result(), time.monotonic()
    for op, case in plan(api):
        kwargs = {"client": clients[case.auth], **arguments(op, case)}
        outcome: Any
        try:
            if asynchronous:
                outcome = await op.module.asyncio_detailed(**kwargs)
            else:
                outcome = op.module.sync_detailed(**kwargs)
        except Exception as exc:  # judged below
            outcome = exc
        problem = verdict(op, case, kwargs, outcome)
        if problem is None:
            result.raised[op.name] = f"{type(outcome).__name__} {case.status}"
        else:
            result.failures.append(("async " if asynchronous else "") + problem)
    result.seconds = time.monotonic() - started
    return result


def summary(api: str, sync: Result, asynchronous: Result) -> str:
    """The report's lines: how many operations raised their typed error, by error; those without one."""
    counts = Counter(sync.raised.values()).most_common()
    lines = [
        f"  error walk through the facade: {len(sync.raised)}/{len(operations(api))} operations raise their "
        f"typed error (sync {sync.seconds:.1f} s; async: {len(asynchronous.raised)}, {asynchronous.seconds:.1f} s)",
        "    " + ", ".join(f"{error}: {n}" for error, n in counts),
    ]
    lines += [f"    no error answer: {operations(api)[name]} -- {why}" for name, why in sorted(NO_ERROR[api].items())]
    lines += [f"    FAILED: {failure}" for failure in sync.failures + asynchronous.failures]
    return "\n".join(lines)


def _clients(target: servers.Target, cls: type[Any]) -> dict[str, Any]:
    """Facade clients of ``cls`` (``Client``/``AsyncClient``) for the target, by credential."""
    if target.major == 2:
        assert target.api_key, "the Airflow 2 harness server has no API key"
        auths = {"admin": APIKey(target.api_key), "viewer": BasicAuth(*VIEWER), "wrong": APIKey("not-the-key")}
    else:
        auths = {
            "admin": AirflowJWT(target.username, target.password),
            "viewer": AirflowJWT(*VIEWER),
            "wrong": BearerToken("not-a-jwt"),
        }
    return {name: cls(target.base_url, auth=auth) for name, auth in auths.items()}


async def check(api: str, target: servers.Target) -> None:
    """The error walk of ``api`` on ``target``, sync then async; recorded in the conformance report."""
    sync_clients, async_clients = _clients(target, Client), _clients(target, AsyncClient)
    try:
        sync = await walk(api, {name: getattr(client, api) for name, client in sync_clients.items()}, False)
        asynchronous = await walk(api, {name: getattr(client, api) for name, client in async_clients.items()}, True)
    finally:
        for client in sync_clients.values():
            client.close()
        for aclient in async_clients.values():
            await aclient.close()
    COVERAGE.error_walk[api] = summary(api, sync, asynchronous)
    print(COVERAGE.error_walk[api])
    failures = sync.failures + asynchronous.failures
    assert not failures, f"{len(failures)} calls did not raise their typed error:\n" + "\n".join(failures)
