"""The classification of spec patches (scripts/patches.py): one small synthetic spec per case, then
the real patches against the pinned specs with a target taken away. No network."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import patches  # noqa: E402
from patches import (  # noqa: E402
    APPLIES,
    CONFLICT,
    NOT_APPLICABLE,
    OBSOLETE,
    PatchConflict,
    PatchFormatError,
    anchor,
    classify,
    classify_patch,
    raise_on_conflict,
    short_path,
    table,
)
from specs import APIS, merged_spec, pristine_files  # noqa: E402

Ops = list[dict[str, Any]]


def spec() -> dict[str, Any]:
    """A tiny spec: one operation with a parameter, two schemas."""
    return {
        "openapi": "3.1.0",
        "paths": {
            "/pools/{name}": {
                "get": {
                    "operationId": "get_pool",
                    "parameters": [
                        {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "index", "in": "path", "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}]}},
                    ],
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Pool": {
                    "type": "object",
                    "title": "Pool",
                    "properties": {
                        "name": {"type": "string", "description": "Its name."},
                        "slots": {"type": "integer"},
                        "title": {"type": "string"},
                    },
                },
                "Queue": {"type": "object", "properties": {"datasets": {"type": "array"}}},
            }
        },
    }


PARAM = "/paths/~1pools~1{name}/get/parameters/1"
INTEGER = {"type": "integer", "title": "Index"}

# the guard of a patch like v2/0001: test the parameter's name, then retype it
RETYPE: Ops = [
    {"op": "test", "path": PARAM + "/name", "value": "index"},
    {"op": "replace", "path": PARAM + "/schema", "value": INTEGER},
]
# a patch like v1/0005: rename a property the server sends under another name
RENAME: Ops = [
    {"op": "test", "path": "/components/schemas/Queue/properties/datasets", "value": {"type": "array"}},
    {"op": "remove", "path": "/components/schemas/Queue/properties/datasets"},
    {"op": "add", "path": "/components/schemas/Queue/properties/queued_events", "value": {"type": "array"}},
]


def write_patch(path: Path, ops: Ops) -> None:
    """A patch file (JSON is YAML)."""
    path.write_text(json.dumps({"description": "d", "proved_by": "a real answer", "operations": ops}))


def run(doc: dict[str, Any], ops: Ops) -> tuple[Any, dict[str, Any]]:
    before = copy.deepcopy(doc)
    result, after = classify_patch(doc, "0001-x.yaml", ops)
    assert doc == before, "classification never modifies its input"
    return result, after


# --------------------------------------------------------------------------- the four classes


def test_applies() -> None:
    result, after = run(spec(), RETYPE)
    assert result.outcome == APPLIES and result.detail() == ""
    assert after["paths"]["/pools/{name}"]["get"]["parameters"][1]["schema"] == INTEGER


def test_obsolete_when_applying_changes_nothing() -> None:
    doc = spec()
    doc["paths"]["/pools/{name}"]["get"]["parameters"][1]["schema"] = {"type": "integer", "title": "Index"}
    result, after = run(doc, RETYPE)
    assert result.outcome == OBSOLETE
    assert after == doc
    assert "already in the spec: GET /pools/{name}" in result.detail()


def test_obsolete_when_upstream_made_the_same_fix_the_test_guarded_against() -> None:
    """The test op fails (``datasets`` is gone) but the spec already has what the patch writes."""
    doc = spec()
    doc["components"]["schemas"]["Queue"]["properties"] = {"queued_events": {"type": "array"}}
    result, after = run(doc, RENAME)
    assert (result.outcome, result.guards[0].op_index) == (OBSOLETE, 0)
    assert after == doc


def test_obsolete_ignores_documentation_strings() -> None:
    doc = spec()
    doc["paths"]["/pools/{name}"]["get"]["parameters"][1]["schema"] = {
        "type": "integer",
        "title": "Map index",
        "description": "upstream's own words",
    }
    assert run(doc, RETYPE)[0].outcome == OBSOLETE


def test_documentation_keys_are_only_ignored_as_strings() -> None:
    """A property *named* ``title`` is a schema, not documentation."""
    stripped = patches.without_docs(spec()["components"]["schemas"]["Pool"])
    assert stripped == {
        "type": "object",
        "properties": {"name": {"type": "string"}, "slots": {"type": "integer"}, "title": {"type": "string"}},
    }


def test_not_applicable_when_the_operation_is_absent() -> None:
    doc = spec()
    del doc["paths"]["/pools/{name}"]["get"]
    result, after = run(doc, RETYPE)
    assert result.outcome == NOT_APPLICABLE
    assert (result.guards[0].op_index, result.guards[0].pointer) == (0, PARAM + "/name")
    assert result.detail() == "absent: GET /pools/{name}"
    assert after == doc


def test_not_applicable_when_the_schema_is_absent() -> None:
    doc = spec()
    del doc["components"]["schemas"]["Queue"]
    result, _ = run(doc, RENAME)
    assert result.outcome == NOT_APPLICABLE
    assert result.detail() == "absent: schema Queue"


def test_conflict_when_the_test_value_differs() -> None:
    doc = spec()
    doc["paths"]["/pools/{name}"]["get"]["parameters"][1]["name"] = "offset"
    result, after = run(doc, RETYPE)
    assert result.outcome == CONFLICT
    guard = result.guards[0]
    assert (guard.op_index, guard.pointer, guard.found, guard.expected) == (0, PARAM + "/name", "offset", "index")
    assert "the spec has 'offset', the patch expects 'index'" in result.detail()
    assert after == doc


def test_conflict_when_a_pointer_inside_an_existing_target_is_missing() -> None:
    """The operation exists but has one parameter: index 1 is missing (a moved parameter)."""
    doc = spec()
    del doc["paths"]["/pools/{name}"]["get"]["parameters"][1]
    result, _ = run(doc, RETYPE)
    assert result.outcome == CONFLICT
    assert "is not in the spec (GET /pools/{name} exists, but not this)" in result.detail()


def test_conflict_when_upstream_fixed_it_differently() -> None:
    """The test fails and the spec does not say what the patch writes either: a human decides."""
    doc = spec()
    doc["components"]["schemas"]["Queue"]["properties"] = {"events": {"type": "array"}}
    assert run(doc, RENAME)[0].outcome == CONFLICT


# --------------------------------------------------------------------------- guards and patches


def test_guards_are_a_run_of_tests_and_the_writes_after_them() -> None:
    ops = [
        {"op": "add", "path": "/a", "value": 1},
        {"op": "test", "path": "/b", "value": 1},
        {"op": "test", "path": "/c", "value": 1},
        {"op": "replace", "path": "/c", "value": 2},
        {"op": "remove", "path": "/d"},
        {"op": "test", "path": "/e", "value": 1},
    ]
    assert [(first, len(guard)) for first, guard in patches._split_guards(ops)] == [(0, 1), (1, 4), (5, 1)]


def test_a_patch_with_an_absent_target_applies_the_rest() -> None:
    """Like v2/0001 on Airflow 3.1: three operations, one of them not in this release."""
    doc = spec()
    doc["paths"]["/other"] = copy.deepcopy(doc["paths"]["/pools/{name}"])
    other = [{**op, "path": op["path"].replace("~1pools~1{name}", "~1other")} for op in RETYPE]
    missing = [{**op, "path": op["path"].replace("~1pools~1{name}", "~1gone")} for op in RETYPE]
    result, after = run(doc, RETYPE + missing + other)
    assert [g.outcome for g in result.guards] == [APPLIES, NOT_APPLICABLE, APPLIES]
    assert result.outcome == APPLIES
    assert result.detail() == "2 of 3 guards; absent: GET /gone"
    assert after["paths"]["/other"]["get"]["parameters"][1]["schema"] == INTEGER


def test_obsolete_and_absent_guards_make_an_obsolete_patch() -> None:
    doc = spec()
    doc["paths"]["/pools/{name}"]["get"]["parameters"][1]["schema"] = INTEGER
    missing = [{**op, "path": op["path"].replace("~1pools~1{name}", "~1gone")} for op in RETYPE]
    result, _ = run(doc, RETYPE + missing)
    assert result.outcome == OBSOLETE
    assert result.detail() == "absent: GET /gone; already in the spec: GET /pools/{name}"


def test_one_conflicting_guard_makes_a_conflict() -> None:
    doc = spec()
    conflicting = [
        {"op": "test", "path": "/components/schemas/Pool/type", "value": "array"},
        {"op": "add", "path": "/components/schemas/Pool/required", "value": ["name"]},
    ]
    result, _ = run(doc, RETYPE + conflicting)
    assert [g.outcome for g in result.guards] == [APPLIES, CONFLICT]
    assert result.outcome == CONFLICT
    with pytest.raises(PatchConflict, match=r"operation 2 \(schema Pool\) at /components/schemas/Pool/type"):
        raise_on_conflict([result])


def test_patches_apply_in_order_each_seeing_the_previous(tmp_path: Path) -> None:
    folder = tmp_path / "v9"
    (folder / "patches").mkdir(parents=True)
    write_patch(folder / "patches" / "0001-retype.yaml", RETYPE)
    # the second patch tests what the first one wrote
    write_patch(
        folder / "patches" / "0002-after.yaml",
        [
            {"op": "test", "path": PARAM + "/schema", "value": INTEGER},
            {"op": "add", "path": PARAM + "/schema/minimum", "value": -1},
        ],
    )
    doc, results = classify(spec(), patches.patch_files(folder))
    assert [r.outcome for r in results] == [APPLIES, APPLIES]
    assert doc["paths"]["/pools/{name}"]["get"]["parameters"][1]["schema"] == {**INTEGER, "minimum": -1}
    text = table(results)
    assert text.splitlines()[0].split() == ["patch", "result", "detail"]
    assert "0002-after" in text


@pytest.mark.parametrize(
    ("ops", "message"),
    [
        ([{"op": "move", "from": "/a", "path": "/b"}], "unsupported op 'move'"),
        ([{"op": "add", "path": "", "value": 1}], "document root"),
        ([{"op": "add", "path": "a", "value": 1}], "must start with '/'"),
    ],
)
def test_a_malformed_operation_is_an_error_not_a_class(ops: Ops, message: str) -> None:
    with pytest.raises(PatchFormatError, match=message):
        classify_patch(spec(), "0009-bad.yaml", ops)


def test_a_patch_without_proof_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "v9"
    (folder / "patches").mkdir(parents=True)
    (folder / "patches" / "0001-x.yaml").write_text("description: x\nproved_by: ''\noperations: []\n")
    with pytest.raises(PatchFormatError, match="proved_by"):
        classify(spec(), patches.patch_files(folder))


@pytest.mark.parametrize(
    ("pointer", "label"),
    [
        ("/paths/~1pools~1{name}/get/parameters/1/name", "GET /pools/{name}"),
        ("/paths/~1dagSources~1{file_token}/parameters/0", "path /dagSources/{file_token}"),
        ("/components/schemas/Pool/properties/slots", "schema Pool"),
        ("/components/responses/NotFound/content", "components/responses NotFound"),
        ("/info/title", "/info"),
    ],
)
def test_anchor_labels(pointer: str, label: str) -> None:
    assert anchor(pointer)[1] == label


def test_short_path_keeps_the_end() -> None:
    long = "/api/v2/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/dry_run"
    assert short_path(long) == ".../taskInstances/{task_id}/{map_index}/dry_run"
    assert short_path("/api/v2/pools") == "/api/v2/pools"


# --------------------------------------------------------------------------- the real patches


def test_v2_0001_on_a_release_without_the_hitl_operation() -> None:
    """The pinned 3.3.2 spec without GET .../hitlDetails/tries/{try_number} (as in 3.1.x): 2 of 3."""
    api = APIS["v2"]
    doc = merged_spec(api, pristine_files(api))
    del doc["paths"][
        "/api/v2/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/{map_index}/hitlDetails/tries/{try_number}"
    ]
    _, results = classify(doc, patches.patch_files(api.folder))
    first = results[0]
    assert (first.stem, first.outcome) == ("0001-integer-path-parameters", APPLIES)
    assert first.detail() == "2 of 3 guards; absent: GET .../{map_index}/hitlDetails/tries/{try_number}"


def test_v1_0005_fixed_upstream_is_obsolete() -> None:
    """If Airflow renamed QueuedEventCollection's list to what the server sends, 0005 is obsolete."""
    api = APIS["v1"]
    doc = merged_spec(api, pristine_files(api))
    props = doc["components"]["schemas"]["QueuedEventCollection"]["allOf"][0]["properties"]
    props["queued_events"] = props.pop("datasets")
    _, results = classify(doc, patches.patch_files(api.folder))
    assert {r.stem: r.outcome for r in results}["0005-queued-event-collection-key"] == OBSOLETE
