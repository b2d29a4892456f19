"""Tests of scripts/api_diff.py: synthetic specs for each kind of change, then real Airflow specs.

The real-spec facts asserted here were checked by hand in the YAML shipped in the wheels
(``airflow/api_connexion/openapi/v1.yaml`` of apache-airflow 2.9.3, 2.10.5 and 2.11.2, and the
pristine ``openapi/v1/v1.yaml`` / ``openapi/v2/v2-rest-api-generated.yaml`` of this repo).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import api_diff  # noqa: E402
from api_diff import diff_specs, render_text, shape, split_null  # noqa: E402
from specs import APIS, extract, merged_spec, pristine_files  # noqa: E402

Spec = dict[str, Any]


# --------------------------------------------------------------------------- helpers


def make_spec(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None, openapi: str = "3.0.3"
) -> Spec:
    return {
        "openapi": openapi,
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def obj(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        out["required"] = required
    return out


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def schema_changes(report: dict[str, Any], name: str) -> list[dict[str, Any]]:
    found: list[list[dict[str, Any]]] = [i["changes"] for i in report["schemas"]["changed"] if i["name"] == name]
    assert len(found) == 1, f"{name} not reported as changed: {report['schemas']['changed']}"
    return found[0]


def op_changes(report: dict[str, Any], method: str, path: str) -> list[dict[str, Any]]:
    found: list[list[dict[str, Any]]] = [
        o["changes"] for o in report["operations"]["changed"] if (o["method"], o["path"]) == (method, path)
    ]
    assert len(found) == 1, f"{method} {path} not reported as changed: {report['operations']['changed']}"
    return found[0]


def kinds(changes: list[dict[str, Any]], field: str) -> dict[str, dict[str, Any]]:
    return {c["kind"]: c for c in changes if c.get("field") == field}


def assert_no_changes(report: dict[str, Any]) -> None:
    assert all(v == 0 for v in report["summary"].values()), report


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("schema", "text", "nullable"),
    [
        ({"type": "string"}, "string", False),
        ({"type": "string", "nullable": True}, "string", True),  # OpenAPI 3.0
        ({"type": ["string", "null"]}, "string", True),  # OpenAPI 3.1
        ({"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]}, "string(date-time)", True),
        ({"oneOf": [{"type": "null"}, ref("DagState")]}, "DagState", True),
        ({"anyOf": [ref("DagRunTriggeredByType"), {"type": "null"}], "title": "x"}, "DagRunTriggeredByType", True),
        ({"allOf": [ref("Timezone")], "nullable": True}, "Timezone", True),  # 3.0 ref + nullable idiom
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, "anyOf[integer, string]", False),
        ({"anyOf": [{"type": "string"}, {"type": "object", "nullable": True}]}, "anyOf[object, string]", True),
        ({"type": "array", "items": ref("DAGRun")}, "array[DAGRun]", False),
        ({"type": "array", "items": {"type": "string", "nullable": True}}, "array[string | null]", False),
        ({"type": "object", "additionalProperties": ref("JsonValue")}, "map[JsonValue]", False),
        ({"type": "object", "additionalProperties": True}, "object", False),
        ({"type": "string", "enum": ["a", None]}, "string", True),
        ({}, "any", False),
    ],
)
def test_shape_normalises_nullability(schema: dict[str, Any], text: str, nullable: bool) -> None:
    s = shape(schema)
    assert (s.text, s.nullable) == (text, nullable)


def test_nullable_spellings_are_equivalent() -> None:
    spellings = [
        {"type": "integer", "nullable": True},
        {"type": ["integer", "null"]},
        {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, {"type": "integer"}], "description": "doc is ignored"},
    ]
    assert len({shape(s) for s in spellings}) == 1
    assert split_null(spellings[2]) == ({"type": "integer"}, True)


# --------------------------------------------------------------------------- operations

PET: dict[str, Any] = {
    "get": {
        "operationId": "get_pet",
        "parameters": [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"$ref": "#/components/parameters/Verbose"},
        ],
        "responses": {"200": json_response(ref("Pet")), "404": {"description": "missing"}},
    },
    "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
}


def pet_spec(pet: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> Spec:
    spec = make_spec(
        schemas or {"Pet": obj({"name": {"type": "string"}}), "PetV2": obj({"name": {"type": "string"}})},
        {"/pets/{pet_id}": copy.deepcopy(pet or PET)},
    )
    spec["components"]["parameters"] = {"Verbose": {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}}
    return spec


def test_identical_specs_report_nothing() -> None:
    report = diff_specs(pet_spec(), pet_spec())
    assert_no_changes(report)
    assert report["operations"] == {"added": [], "removed": [], "changed": []}


def test_operation_added_and_removed() -> None:
    old = pet_spec()
    new = pet_spec()
    new["paths"]["/pets"] = {"post": {"operationId": "post_pet", "responses": {"201": json_response(ref("Pet"))}}}
    del new["paths"]["/pets/{pet_id}"]["get"]
    new["paths"]["/pets/{pet_id}"]["delete"] = {"operationId": "delete_pet", "responses": {"204": {}}}
    report = diff_specs(old, new)
    assert report["operations"]["added"] == [
        {"method": "POST", "path": "/pets", "operationId": "post_pet"},
        {"method": "DELETE", "path": "/pets/{pet_id}", "operationId": "delete_pet"},
    ]
    assert report["operations"]["removed"] == [{"method": "GET", "path": "/pets/{pet_id}", "operationId": "get_pet"}]
    assert report["summary"]["operations_added"] == 2
    assert report["summary"]["operations_removed"] == 1
    # and the other way round
    back = diff_specs(new, old)
    assert [o["operationId"] for o in back["operations"]["removed"]] == ["post_pet", "delete_pet"]


def test_operation_id_changed() -> None:
    new = pet_spec()
    new["paths"]["/pets/{pet_id}"]["get"]["operationId"] = "fetch_pet"
    changes = op_changes(diff_specs(pet_spec(), new), "GET", "/pets/{pet_id}")
    assert changes == [{"kind": "operation_id_changed", "old": "get_pet", "new": "fetch_pet"}]


def test_parameter_added_removed_and_changed() -> None:
    pet = copy.deepcopy(PET)
    pet["get"]["parameters"] = [
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer", "nullable": True}},
        {"name": "order_by", "in": "query", "schema": {"type": "string"}},
    ]
    pet["parameters"][0]["schema"] = {"type": "integer"}  # path-level parameter
    changes = op_changes(diff_specs(pet_spec(), pet_spec(pet)), "GET", "/pets/{pet_id}")
    assert {
        "kind": "parameter_added",
        "in": "query",
        "name": "order_by",
        "type": "string",
        "required": False,
    } in changes
    assert {"kind": "parameter_removed", "in": "query", "name": "verbose", "type": "boolean", "required": False} in (
        changes
    )
    assert {
        "kind": "parameter_changed",
        "in": "query",
        "name": "limit",
        "what": "required",
        "old": False,
        "new": True,
    } in changes
    assert {
        "kind": "parameter_changed", "in": "query", "name": "limit", "what": "type",
        "old": "integer", "new": "integer | null",
    } in changes  # fmt: skip
    assert {
        "kind": "parameter_changed",
        "in": "path",
        "name": "pet_id",
        "what": "type",
        "old": "string",
        "new": "integer",
    } in changes
    assert len(changes) == 5


def test_parameter_nullable_spelling_is_not_a_change() -> None:
    old = copy.deepcopy(PET)
    old["get"]["parameters"][0]["schema"] = {"type": "integer", "nullable": True}
    new = copy.deepcopy(PET)
    new["get"]["parameters"][0]["schema"] = {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert_no_changes(diff_specs(pet_spec(old), pet_spec(new)))


def test_request_body_changes() -> None:
    old = copy.deepcopy(PET)
    old["patch"] = {
        "operationId": "patch_pet",
        "requestBody": {"content": {"application/json": {"schema": ref("Pet")}}},
        "responses": {"200": json_response(ref("Pet"))},
    }
    new = copy.deepcopy(old)
    new["patch"]["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref("PetV2")}}}
    new["get"]["requestBody"] = {"content": {"application/json": {"schema": obj({"q": {"type": "string"}})}}}
    report = diff_specs(pet_spec(old), pet_spec(new))
    assert op_changes(report, "PATCH", "/pets/{pet_id}") == [
        {"kind": "request_body_required_changed", "old": False, "new": True},
        {"kind": "request_body_changed", "media_type": "application/json", "old": "Pet", "new": "PetV2"},
    ]
    assert op_changes(report, "GET", "/pets/{pet_id}") == [
        {"kind": "request_body_added", "types": {"application/json": "object"}, "required": False}
    ]
    back = diff_specs(pet_spec(new), pet_spec(old))
    assert op_changes(back, "GET", "/pets/{pet_id}") == [
        {"kind": "request_body_removed", "types": {"application/json": "object"}}
    ]


def test_inline_request_bodies_compare_structurally() -> None:
    def with_body(schema: dict[str, Any]) -> Spec:
        pet = copy.deepcopy(PET)
        pet["post"] = {
            "operationId": "post_pet",
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}},
        }
        return pet_spec(pet)

    same = diff_specs(
        with_body(obj({"a": {"type": "string", "description": "x"}})), with_body(obj({"a": {"type": "string"}}))
    )
    assert_no_changes(same)
    report = diff_specs(
        with_body(obj({"a": {"type": "string"}})), with_body(obj({"a": {"type": "integer"}, "b": {"type": "string"}}))
    )
    [change] = op_changes(report, "POST", "/pets/{pet_id}")
    assert change["kind"] == "request_body_changed"
    assert (change["old"], change["new"]) == ("object", "object")
    assert change["details"] == [
        {"kind": "field_added", "field": "b", "type": "string", "required": False},
        {"kind": "field_type_changed", "field": "a", "old": "string", "new": "integer"},
    ]


def test_response_codes_and_schemas() -> None:
    new = copy.deepcopy(PET)
    new["get"]["responses"] = {
        "200": json_response({"anyOf": [ref("PetV2"), {"type": "null"}]}),
        "422": json_response(ref("Pet")),
    }
    changes = op_changes(diff_specs(pet_spec(), pet_spec(new)), "GET", "/pets/{pet_id}")
    assert changes == [
        {"kind": "response_removed", "status": "404"},
        {"kind": "response_added", "status": "422"},
        {"kind": "response_changed", "status": "200", "media_type": "application/json", "old": "Pet",
         "new": "PetV2 | null"},
    ]  # fmt: skip


def test_response_codes_given_as_integers() -> None:
    old = copy.deepcopy(PET)
    old["get"]["responses"] = {200: json_response(ref("Pet"))}
    new = copy.deepcopy(PET)
    new["get"]["responses"] = {"200": json_response(ref("Pet"))}
    assert_no_changes(diff_specs(pet_spec(old), pet_spec(new)))


# --------------------------------------------------------------------------- schemas


def test_schema_added_and_removed() -> None:
    old = make_spec({"A": obj({}), "B": obj({})})
    new = make_spec({"B": obj({}), "C": obj({})})
    report = diff_specs(old, new)
    assert (report["schemas"]["added"], report["schemas"]["removed"]) == (["C"], ["A"])


def test_field_added_removed_and_type_changed() -> None:
    old = make_spec({"T": obj({"a": {"type": "string"}, "b": {"type": "integer"}, "c": ref("X")})})
    new = make_spec(
        {"T": obj({"a": {"type": "string", "format": "date-time"}, "c": ref("Y"), "d": {"type": "boolean"}}, ["d"])}
    )
    assert schema_changes(diff_specs(old, new), "T") == [
        {"kind": "field_removed", "field": "b", "type": "integer", "required": False},
        {"kind": "field_added", "field": "d", "type": "boolean", "required": True},
        {"kind": "field_type_changed", "field": "a", "old": "string", "new": "string(date-time)"},
        {"kind": "field_type_changed", "field": "c", "old": "X", "new": "Y"},
    ]


def test_nullable_30_vs_31() -> None:
    old = make_spec(
        {
            "T": obj(
                {
                    "same_a": {"type": "string", "nullable": True},
                    "same_b": {"allOf": [ref("X")], "nullable": True},
                    "became_nullable": {"type": "integer"},
                    "became_required": {"type": "string", "nullable": True},
                }
            )
        }
    )
    new = make_spec(
        {
            "T": obj(
                {
                    "same_a": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Same A"},
                    "same_b": {"anyOf": [ref("X"), {"type": "null"}]},
                    "became_nullable": {"type": ["integer", "null"]},
                    "became_required": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
                ["became_required"],
            )
        },
        openapi="3.1.0",
    )
    assert schema_changes(diff_specs(old, new), "T") == [
        {"kind": "nullable_changed", "field": "became_nullable", "old": False, "new": True},
        {"kind": "required_changed", "field": "became_required", "old": False, "new": True},
    ]
    back = schema_changes(diff_specs(new, old), "T")
    assert kinds(back, "became_nullable") == {
        "nullable_changed": {"kind": "nullable_changed", "field": "became_nullable", "old": True, "new": False}
    }


def test_enum_values_added_and_removed() -> None:
    old = make_spec(
        {
            "State": {"type": "string", "enum": ["queued", "running", "success"]},
            "T": obj({"mode": {"type": "string", "enum": ["a", "b"]}}),
        }
    )
    new = make_spec(
        {
            "State": {"type": "string", "enum": ["queued", "running", "success", "failed", "deferred"]},
            "T": obj({"mode": {"type": "string", "enum": ["b", "c"]}}),
        }
    )
    report = diff_specs(old, new)
    assert schema_changes(report, "State") == [
        {"kind": "enum_values_added", "field": None, "values": ["deferred", "failed"]}
    ]
    assert schema_changes(report, "T") == [
        {"kind": "enum_values_removed", "field": "mode", "values": ["a"]},
        {"kind": "enum_values_added", "field": "mode", "values": ["c"]},
    ]


def test_required_changed() -> None:
    old = make_spec({"T": obj({"a": {"type": "string"}, "b": {"type": "string"}}, ["a"])})
    new = make_spec({"T": obj({"a": {"type": "string"}, "b": {"type": "string"}}, ["b"])})
    assert schema_changes(diff_specs(old, new), "T") == [
        {"kind": "required_changed", "field": "a", "old": True, "new": False},
        {"kind": "required_changed", "field": "b", "old": False, "new": True},
    ]


def test_schema_type_changed() -> None:
    old = make_spec({"T": {"type": "string"}})
    new = make_spec({"T": obj({"a": {"type": "string"}})})
    assert schema_changes(diff_specs(old, new), "T") == [
        {"kind": "type_changed", "field": None, "old": "string", "new": "object"},
        {"kind": "field_added", "field": "a", "type": "string", "required": False},
    ]


def test_allof_parts_are_merged_and_nested_fields_flattened() -> None:
    info = obj({"total_entries": {"type": "integer"}})
    old = make_spec(
        {
            "CollectionInfo": info,
            "Runs": {
                "allOf": [
                    obj({"runs": {"type": "array", "items": obj({"id": {"type": "string"}})}}),
                    ref("CollectionInfo"),
                ]
            },
        }
    )
    new = make_spec(
        {
            "CollectionInfo": info,
            "Runs": obj(
                {
                    "runs": {"type": "array", "items": obj({"id": {"type": "integer"}})},
                    "total_entries": {"type": ["integer", "null"]},
                },
                ["runs"],
            ),
        }
    )
    assert schema_changes(diff_specs(old, new), "Runs") == [
        {"kind": "field_type_changed", "field": "runs[].id", "old": "string", "new": "integer"},
        {"kind": "nullable_changed", "field": "total_entries", "old": False, "new": True},
        {"kind": "required_changed", "field": "runs", "old": False, "new": True},
    ]


def test_recursive_allof_terminates() -> None:
    spec = make_spec({"A": {"allOf": [ref("B"), obj({"a": {"type": "string"}})]}, "B": {"allOf": [ref("A")]}})
    assert_no_changes(diff_specs(spec, copy.deepcopy(spec)))


def test_schema_map_pairs_renamed_schemas_and_their_refs() -> None:
    old = make_spec(
        {
            "DagState": {"type": "string", "enum": ["queued", "running"]},
            "DAGRun": obj({"state": ref("DagState"), "execution_date": {"type": "string", "nullable": True}}),
            "Other": obj({}),
        }
    )
    new = make_spec(
        {
            "DagRunState": {"type": "string", "enum": ["queued", "running"]},
            "DAGRunResponse": obj({"state": ref("DagRunState")}),
            "Another": obj({}),
        },
        openapi="3.1.0",
    )
    unmapped = diff_specs(old, new)
    assert set(unmapped["schemas"]["removed"]) == {"DAGRun", "DagState", "Other"}

    mapping = {"DAGRun": "DAGRunResponse", "DagState": "DagRunState"}
    report = diff_specs(old, new, mapping)
    assert report["schemas"]["changed"] == [
        {
            "name": "DAGRunResponse",
            "old_name": "DAGRun",
            "changes": [
                {"kind": "field_removed", "field": "execution_date", "type": "string | null", "required": False}
            ],
        }
    ]  # state: DagState -> DagRunState is not a change once the two are mapped
    assert (report["schemas"]["added"], report["schemas"]["removed"]) == (["Another"], ["Other"])

    only = diff_specs(old, new, {"DAGRun": "DAGRunResponse"}, only_mapped=True)
    assert "operations" not in only
    assert only["summary"] == {"schemas_added": 0, "schemas_removed": 0, "schemas_changed": 1}
    assert kinds(only["schemas"]["changed"][0]["changes"], "state") == {
        "field_type_changed": {"kind": "field_type_changed", "field": "state", "old": "DagState", "new": "DagRunState"}
    }


# --------------------------------------------------------------------------- text output and CLI


def test_text_output_is_grouped_and_stable() -> None:
    old = make_spec({"T": obj({"a": {"type": "string"}, "b": {"type": "string", "enum": ["x"]}})}, {})
    new = make_spec(
        {"T": obj({"a": {"type": "integer"}, "b": {"type": "string", "enum": ["x", "y"]}}), "U": obj({})},
        {"/u": {"get": {"operationId": "get_u", "responses": {"200": json_response(ref("U"))}}}},
    )
    text = render_text(diff_specs(old, new), "old.yaml", "new.yaml")
    assert text == render_text(diff_specs(copy.deepcopy(old), copy.deepcopy(new)), "old.yaml", "new.yaml")
    lines = text.splitlines()
    assert lines[0] == "API diff: old.yaml -> new.yaml"
    assert lines[-1] == ("Summary: operations 1 added, 0 removed, 0 changed; schemas 1 added, 0 removed, 1 changed")
    headings = [line for line in lines if line.startswith("==")]
    assert headings == [
        "== Operations added (1) ==",
        "== Operations removed (0) ==",
        "== Operations changed (0) ==",
        "== Schemas added (1) ==",
        "== Schemas removed (0) ==",
        "== Schemas changed (1) ==",
    ]
    assert "  GET    /u  (get_u)" in lines
    assert "      ~ field a: type string -> integer" in lines
    assert "      ~ field b: enum values added: y" in lines


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_cli_files_json_and_text(tmp_path: Path) -> None:
    old = make_spec({"T": obj({"a": {"type": "string", "nullable": True}})})
    new = make_spec({"T": obj({"a": {"type": "string"}})}, openapi="3.1.0")
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.yaml").write_text(json.dumps(new))  # JSON is YAML
    result = run_cli("--old-file", str(tmp_path / "old.json"), "--new-file", str(tmp_path / "new.yaml"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schemas"]["changed"] == [
        {"name": "T", "changes": [{"kind": "nullable_changed", "field": "a", "old": True, "new": False}]}
    ]
    assert data["summary"]["schemas_changed"] == 1

    text = run_cli(str(tmp_path / "old.json"), str(tmp_path / "new.yaml"))
    assert text.returncode == 0, text.stderr
    assert "      ~ field a: nullable yes -> no" in text.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["only_one.yaml"],
        ["--api", "v1"],  # no --new
        ["a.yaml", "b.yaml", "--api", "v1"],
        ["a.yaml", "b.yaml", "--schema-map", "DAGRun"],
        ["a.yaml", "b.yaml", "--only-mapped"],
    ],
)
def test_cli_usage_errors(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        api_diff.main(args)
    assert exc.value.code == 2


# --------------------------------------------------------------------------- real Airflow specs


@pytest.fixture(scope="module")
def v1_2_11_2() -> Spec:
    return merged_spec(APIS["v1"], pristine_files(APIS["v1"]))


@pytest.fixture(scope="module")
def v2_pristine() -> Spec:
    return merged_spec(APIS["v2"], pristine_files(APIS["v2"]))


def release(api: str, version: str) -> Spec:
    return merged_spec(APIS[api], extract(APIS[api], version))


def test_real_v1_2_10_5_to_2_11_2(v1_2_11_2: Spec) -> None:
    # Checked by hand: the two v1.yaml differ only in WeightRule, which lost its enum
    # (downstream, upstream, absolute) in 2.11 to allow custom priority weight strategies.
    report = diff_specs(release("v1", "2.10.5"), v1_2_11_2)
    assert report["schemas"]["changed"] == [
        {
            "name": "WeightRule",
            "changes": [
                {"kind": "enum_values_removed", "field": None, "values": ["absolute", "downstream", "upstream"]}
            ],
        }
    ]
    assert report["summary"] == {
        "operations_added": 0,
        "operations_removed": 0,
        "operations_changed": 0,
        "schemas_added": 0,
        "schemas_removed": 0,
        "schemas_changed": 1,
    }


def test_real_v1_2_9_3_to_2_11_2(v1_2_11_2: Spec) -> None:
    report = diff_specs(release("v1", "2.9.3"), v1_2_11_2)
    added = {(o["method"], o["path"]): o["operationId"] for o in report["operations"]["added"]}
    # /dagStats and task-instance tries are new in 2.10; nothing was removed
    assert added[("GET", "/dagStats")] == "get_dag_stats"
    assert added[("GET", "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/tries")] == (
        "get_task_instance_tries"
    )
    assert report["operations"]["removed"] == []
    assert {"TaskInstanceHistory", "DagStatsCollectionSchema"} <= set(report["schemas"]["added"])

    xcom_entry = op_changes(
        report, "GET", "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}"
    )
    assert {"kind": "parameter_added", "in": "query", "name": "stringify", "type": "boolean", "required": False} in (
        xcom_entry
    )
    # 2.9.3 declared the DAG source as "plain/text", 2.11.2 as "text/plain"
    dag_source = op_changes(report, "GET", "/dagSources/{file_token}")
    assert {c["media_type"]: (c["old"], c["new"]) for c in dag_source} == {
        "plain/text": ("string", None),
        "text/plain": (None, "string"),
    }

    # DagWarningCollection's list was misnamed import_errors, renamed dag_warnings
    warnings = schema_changes(report, "DagWarningCollection")
    assert {(c["kind"], c["field"]) for c in warnings} == {
        ("field_removed", "import_errors"),
        ("field_added", "dag_warnings"),
    }
    # EventLog.owner became nullable (3.0 `nullable: true`), map_index/try_number were added
    event_log = schema_changes(report, "EventLog")
    assert {"kind": "nullable_changed", "field": "owner", "old": False, "new": True} in event_log
    assert {"kind": "field_added", "field": "try_number", "type": "integer | null", "required": False} in event_log
    assert {"kind": "field_added", "field": "executor", "type": "string | null", "required": False} in (
        schema_changes(report, "TaskInstance")
    )


def test_real_v1_dagrun_vs_v2_dagrunresponse(v1_2_11_2: Spec, v2_pristine: Spec) -> None:
    report = diff_specs(v1_2_11_2, v2_pristine, {"DAGRun": "DAGRunResponse"}, only_mapped=True)
    [item] = report["schemas"]["changed"]
    assert (item["old_name"], item["name"]) == ("DAGRun", "DAGRunResponse")
    changes = item["changes"]

    # v1 has execution_date (deprecated alias of logical_date) and external_trigger; v2 dropped them
    assert kinds(changes, "execution_date") == {
        "field_removed": {"kind": "field_removed", "field": "execution_date", "type": "string(date-time) | null",
                          "required": False}
    }  # fmt: skip
    assert "field_removed" in kinds(changes, "external_trigger")
    # v2 added run_after (not nullable) and queued_at (anyOf-null), both required
    assert kinds(changes, "run_after")["field_added"]["type"] == "string(date-time)"
    assert kinds(changes, "queued_at")["field_added"] == {
        "kind": "field_added", "field": "queued_at", "type": "string(date-time) | null", "required": True
    }  # fmt: skip
    # logical_date is nullable in both (3.0 `nullable: true` vs 3.1 anyOf-null): only required-ness changed
    assert kinds(changes, "logical_date") == {
        "required_changed": {"kind": "required_changed", "field": "logical_date", "old": False, "new": True}
    }
    # dag_run_id was nullable in v1 (it could be generated), it is a non-null required string in v2
    assert kinds(changes, "dag_run_id") == {
        "nullable_changed": {"kind": "nullable_changed", "field": "dag_run_id", "old": True, "new": False},
        "required_changed": {"kind": "required_changed", "field": "dag_run_id", "old": False, "new": True},
    }
    # conf: plain object in v1, nullable object in v2
    assert kinds(changes, "conf")["nullable_changed"]["new"] is True
    # run_type: inline enum in v1, $ref DagRunType in v2; state: DagState -> DagRunState
    assert kinds(changes, "run_type")["field_type_changed"] == {
        "kind": "field_type_changed", "field": "run_type", "old": "string", "new": "DagRunType"
    }  # fmt: skip
    assert kinds(changes, "state")["field_type_changed"]["new"] == "DagRunState"
    # note has the same type and nullability in both
    assert set(kinds(changes, "note")) == {"required_changed"}

    mapped = diff_specs(v1_2_11_2, v2_pristine, {"DAGRun": "DAGRunResponse", "DagState": "DagRunState"}, True)
    dagrun = next(i for i in mapped["schemas"]["changed"] if i["name"] == "DAGRunResponse")
    assert "field_type_changed" not in kinds(dagrun["changes"], "state")


def test_real_cli_release_versions() -> None:
    result = run_cli("--api", "v1", "--old", "2.10.5", "--new", "2.11.2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "API diff: v1 (apache-airflow 2.10.5) -> v1 (apache-airflow 2.11.2)"
    assert "      ~ schema: enum values removed: absolute, downstream, upstream" in lines
    assert lines[-1] == "Summary: operations 0 added, 0 removed, 0 changed; schemas 0 added, 0 removed, 1 changed"


def test_real_cli_v1_vs_v2_schema_map() -> None:
    result = run_cli(
        "openapi/v1/v1.yaml",
        "openapi/v2/v2-rest-api-generated.yaml",
        "--schema-map",
        "DAGRun=DAGRunResponse",
        "--only-mapped",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  DAGRun -> DAGRunResponse" in lines
    assert "      - field execution_date (string(date-time) | null, optional)" in lines
    assert "      ~ field logical_date: optional -> required" in lines
    assert not any("logical_date: nullable" in line for line in lines)
    assert lines[-1] == "Summary: schemas 0 added, 0 removed, 1 changed"
