"""The operations the facade calls, in the verdict that ``make regenerate`` prints: found in the
facade's own imports of generated endpoints (scripts/facade_models.py ``facade_operations``), and
flagged when a new spec removes them or changes what a call must send (scripts/api_diff.py
``call_verdict``). The pinned specs, synthetic specs, and other releases' specs from their wheels
(cached in .cache/wheels, as test_releases.py gets them); no servers."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from api_diff import facade_verdict, operations, render_verdict  # noqa: E402
from facade_models import FacadeOperation, facade_models, facade_operations  # noqa: E402
from generate import patched_spec  # noqa: E402
from openapi_python_client.strings import snake_case  # noqa: E402
from specs import APIS  # noqa: E402

XCOM_ENTRY = "/api/v2/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}"
KNOWN = {
    "v1": {
        "pool.get_pools": ("GET", "/pools"),
        "dag_run.post_dag_run": ("POST", "/dags/{dag_id}/dagRuns"),
        "x_com.get_xcom_entry": (
            "GET",
            "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}",
        ),
        "monitoring.get_health": ("GET", "/health"),
    },
    "v2": {
        "pool.get_pools": ("GET", "/api/v2/pools"),
        "dag_run.trigger_dag_run": ("POST", "/api/v2/dags/{dag_id}/dagRuns"),
        "x_com.delete_xcom_entry": ("DELETE", XCOM_ENTRY),
        "simple_auth_manager_login.create_token": ("POST", "/auth/token"),  # _auth.py, not an adapter
    },
}


@pytest.mark.parametrize("api", sorted(APIS))
def test_the_operations_the_facade_calls_are_found_in_its_source(api: str) -> None:
    found = {op.name: op for op in facade_operations(api)}
    assert {name: (found[name].method, found[name].path) for name in KNOWN[api] if name in found} == KNOWN[api]
    assert len(found) >= 50
    # every one is an operation of the pinned spec, and the module is named after its operationId and tag
    spec_ops = operations(patched_spec(APIS[api]))
    for op in found.values():
        assert (op.method, op.path) in spec_ops, op
        operation, _ = spec_ops[(op.method, op.path)]
        assert (snake_case(operation["tags"][0]), snake_case(operation["operationId"])) == (op.tag, op.module)
        assert op.where and all(w.endswith(tuple("0123456789")) for w in op.where)
    # the one call the facade makes ready for its absence (a client generated from Airflow < 3.2)
    assert [op.name for op in found.values() if op.guarded] == (["x_com.delete_xcom_entry"] if api == "v2" else [])


def test_the_finder_reads_every_kind_of_import(tmp_path: Path) -> None:
    source = tmp_path / "astro_airflow" / "_adapters" / "x.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "import importlib\n"
        "import airflow_api_v2.api.pool.get_pool\n"
        "from airflow_api_v2.api.dag import get_dag, patch_dag\n"
        "from airflow_api_v2.api.variable.get_variable import request_kwargs\n"
        "from airflow_api_v2.models.pool_body import PoolBody\n"  # a model, not an operation
        "from airflow_api_v1.api.pool import get_pools\n"  # the other API
        "def f(self):\n"
        "    m = importlib.import_module('airflow_api_v2.api.connection.get_connection')\n"
        "    try:\n"
        "        from airflow_api_v2.api.x_com import delete_xcom_entry\n"
        "    except ImportError:\n"
        "        self._unsupported('deleting an XCom', 'clear the task instance')\n"
        "    try:\n"
        "        from airflow_api_v2.api.x_com import get_xcom_entry\n"
        "    except ImportError:\n"
        "        pass\n"  # caught, but the call does not raise UnsupportedOperationError
        "    return patch_dag.request_kwargs('d', body=1, update_mask=['x'])\n"
    )
    found = {op.name: op for op in facade_operations("v2", facade=tmp_path)}
    assert sorted(found) == [
        "connection.get_connection",
        "dag.get_dag",
        "dag.patch_dag",
        "pool.get_pool",
        "variable.get_variable",
        "x_com.delete_xcom_entry",
        "x_com.get_xcom_entry",
    ]
    assert [n for n, op in found.items() if op.guarded] == ["x_com.delete_xcom_entry"]
    assert found["dag.patch_dag"].keywords == {"body", "update_mask"}
    assert found["dag.patch_dag"].where == ("_adapters/x.py:3",)
    assert (found["pool.get_pool"].method, found["pool.get_pool"].path) == ("GET", "/api/v2/pools/{pool_name}")
    assert [op.name for op in facade_operations("v1", facade=tmp_path)] == ["pool.get_pools"]


def release_verdict(api: str, version: str) -> dict[str, Any]:
    old, new = patched_spec(APIS[api]), patched_spec(APIS[api], version, show=False)
    return facade_verdict(old, new, facade_models(api), facade_ops=facade_operations(api))


def test_an_older_v2_spec_without_xcom_delete_needs_attention() -> None:
    """Airflow 3.2 added DELETE of an XCom entry; a client generated from 3.1.8 has no delete_xcom_entry."""
    v = release_verdict("v2", "3.1.8")
    assert [(c["operation"], c["method"], c["path"], c["problems"]) for c in v["call_attention"]] == [
        ("x_com.delete_xcom_entry", "DELETE", XCOM_ENTRY, ["not in this spec"])
    ]
    assert v["needs_attention"] is True
    text = render_verdict(v)
    assert (
        "  facade calls: NEED ATTENTION: the facade calls 1 operation this spec does not have "
        "(check these calls in facade/astro_airflow):\n"
        "    - x_com.delete_xcom_entry (DELETE .../xcomEntries/{xcom_key}) at _adapters/v2.py:"
    ) in text
    assert "not in this spec (the facade catches its ImportError: the call raises UnsupportedOperationError)" in text


def test_an_older_v1_spec_with_every_call_says_so() -> None:
    v = release_verdict("v1", "2.10.5")
    assert v["call_attention"] == [] and v["calls"] == len(facade_operations("v1"))
    assert (
        f"  facade calls: no attention needed (the {v['calls']} operations it calls are in this spec, with the "
        "same path parameters and required inputs)\n"
    ) in render_verdict(v)


# --------------------------------------------------------------------------- synthetic specs

GET_POOLS = FacadeOperation("v2", "pool", "get_pools", "GET", "/pools", ("_adapters/v2.py:1",), False, frozenset())
GET_POOL = FacadeOperation(
    "v2", "pool", "get_pool", "GET", "/pools/{name}", ("_adapters/v2.py:2",), False, frozenset({"fields"})
)


def spec() -> dict[str, Any]:
    name = {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
    fields = {"name": "fields", "in": "query", "schema": {"type": "string"}}
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
    return {
        "openapi": "3.1.0",
        "paths": {
            "/pools": {"get": {"operationId": "get_pools", "parameters": [limit], "responses": {"200": {}}}},
            "/pools/{name}": {
                "get": {"operationId": "get_pool", "parameters": [name, fields, limit], "responses": {"200": {}}}
            },
        },
        "components": {"schemas": {}},
    }


def call_verdict_of(new: dict[str, Any], package_dir: Path | None = None) -> dict[str, Any]:
    return facade_verdict(spec(), new, [], package_dir=package_dir, facade_ops=[GET_POOLS, GET_POOL])


def test_no_call_needs_attention_when_only_other_things_change() -> None:
    new = spec()
    new["paths"]["/other"] = {"get": {"operationId": "other", "responses": {}}}  # added
    get_pool = new["paths"]["/pools/{name}"]["get"]
    get_pool["parameters"] = get_pool["parameters"][:2]  # limit removed: the facade does not pass it
    v = call_verdict_of(new)
    assert v["call_attention"] == [] and v["needs_attention"] is False
    lines = render_verdict(v).splitlines()
    assert lines[1:3] == [
        "  operations: 1 added, 0 removed",
        "  facade calls: no attention needed (the 2 operations it calls are in this spec, with the same path "
        "parameters and required inputs)",
    ]
    # without facade_ops (as before) there is no such line
    assert "facade calls" not in render_verdict(facade_verdict(spec(), new, []))


def test_a_removed_operation_the_facade_calls_needs_attention() -> None:
    new = spec()
    del new["paths"]["/pools"]
    v = call_verdict_of(new)
    assert [(c["operation"], c["removed"], c["problems"]) for c in v["call_attention"]] == [
        ("pool.get_pools", True, ["not in this spec"])
    ]
    assert v["needs_attention"] is True and v["attention"] == []
    assert "    - pool.get_pools (GET /pools) at _adapters/v2.py:1: not in this spec\n" in render_verdict(v)


def test_changed_inputs_of_an_operation_the_facade_calls_need_attention(tmp_path: Path) -> None:
    new = copy.deepcopy(spec())
    op = new["paths"].pop("/pools/{name}")["get"]
    op["operationId"] = "read_pool"
    op["parameters"] = [
        {"name": "team", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}},
        {"name": "order", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    new["paths"]["/pools/{name}"] = {"get": op}
    (tmp_path / "api" / "pool").mkdir(parents=True)
    (tmp_path / "api" / "pool" / "get_pools.py").write_text("")
    v = call_verdict_of(new, package_dir=tmp_path)
    assert [(c["operation"], c["removed"], c["problems"]) for c in v["call_attention"]] == [
        (
            "pool.get_pool",
            False,
            [
                "operationId get_pool -> read_pool (the generated module is renamed)",
                "path parameter team added",
                "query parameter fields removed (the facade passes it)",
                "query parameter limit became required",
                "required query parameter order added",
                "the new client has no api/pool/get_pool.py",
            ],
        )
    ]
    assert "  facade calls: NEED ATTENTION: the facade calls 1 whose inputs changed" in render_verdict(v)


def test_a_request_body_that_became_required_needs_attention() -> None:
    old, new = spec(), spec()
    body = {"type": "object", "properties": {"a": {"type": "string"}}}
    old["paths"]["/pools"]["post"] = {
        "operationId": "post_pool",
        "requestBody": {"content": {"application/json": {"schema": body}}},
    }
    new_body = {**body, "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a", "b"]}
    new["paths"]["/pools"]["post"] = {
        "operationId": "post_pool",
        "requestBody": {"required": True, "content": {"application/json": {"schema": new_body}}},
    }
    post = FacadeOperation("v2", "pool", "post_pool", "POST", "/pools", ("x.py:1",), False, frozenset({"body"}))
    v = facade_verdict(old, new, [], facade_ops=[post])
    assert v["call_attention"][0]["problems"] == [
        "request body became required",
        "request body: required field b added",
        "request body: field a became required",
    ]
