"""The verdict at the end of the API diff that ``make regenerate`` prints (scripts/api_diff.py
``facade_verdict``) and what it knows of the facade (scripts/facade_models.py, read at run time
from facade/astro_airflow/types.py). Synthetic specs, the pinned specs and generated/; no network."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import facade_models  # noqa: E402
from api_diff import facade_verdict, render_verdict  # noqa: E402
from facade_models import ALL, FacadeModel, class_defined, fields_read, schema_for  # noqa: E402
from generate import patched_spec  # noqa: E402
from specs import APIS  # noqa: E402

types = facade_models._types()  # astro_airflow.types of this checkout, as the scripts read it

Spec = dict[str, Any]


def spec(**schemas: Any) -> Spec:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def old() -> Spec:
    return spec(
        ThingResponse={
            "type": "object",
            "properties": {
                "a": {"type": "string"},
                "b": {"type": "integer"},
                "c": {"$ref": "#/components/schemas/Sub"},
                "d": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            },
        },
        Sub={"type": "object", "properties": {"status": {"type": "string"}, "other": {"type": "string"}}},
    )


THING = FacadeModel("Thing", "thing_response", "ThingResponse", frozenset({"a", "c", "c.status", "d"}))


def verdict(new: Spec, model: FacadeModel = THING, package_dir: Path | None = None) -> dict[str, Any]:
    return facade_verdict(old(), new, [model], package_dir=package_dir)


def props(s: Spec, name: str = "ThingResponse") -> dict[str, Any]:
    return s["components"]["schemas"][name]["properties"]  # type: ignore[no-any-return]


def test_nothing_changed() -> None:
    v = verdict(old())
    assert v["attention"] == [] and v["models"][0]["changes"] == []
    assert "facade result types: no attention needed" in render_verdict(v)


def test_a_field_the_facade_does_not_read_is_listed_only() -> None:
    new = old()
    props(new)["b"] = {"type": "string"}
    v = verdict(new)
    assert [(c["kind"], c["field"], c["read"]) for c in v["models"][0]["changes"]] == [
        ("field_type_changed", "b", False)
    ]
    assert v["attention"] == []
    text = render_verdict(v)
    assert "    Thing (ThingResponse)\n        ~ field b: type integer -> string\n" in text


@pytest.mark.parametrize(
    ("edit", "attention"),
    [
        (lambda p: p.update(a={"type": "integer"}), "Thing: reads a: ~ field a: type string -> integer"),
        (lambda p: p.update(a={"type": ["string", "null"]}), "Thing: reads a: ~ field a: nullable no -> yes"),
        (lambda p: p.pop("a"), "Thing: reads a: - field a (string, optional)"),
    ],
    ids=["type", "became-nullable", "removed"],
)
def test_a_field_the_facade_reads_needs_attention(edit: Any, attention: str) -> None:
    new = old()
    edit(props(new))
    v = verdict(new)
    assert v["attention"] == [attention]
    text = render_verdict(v)
    assert "<- read by the facade" in text and "NEED ATTENTION" in text and attention in text


def test_a_read_field_that_became_non_nullable_needs_no_attention() -> None:
    new = old()
    props(new)["d"] = {"type": "string"}
    v = verdict(new)
    assert [(c["kind"], c["read"]) for c in v["models"][0]["changes"]] == [("nullable_changed", True)]
    assert v["attention"] == []


def test_fields_read_through_a_reference_are_compared_in_the_referenced_schema() -> None:
    """Like Health reading scheduler.status: the status of the schema the field refers to."""
    new = old()
    props(new, "Sub")["status"] = {"type": "integer"}
    props(new, "Sub")["other"] = {"type": "integer"}  # not read: not reported through the reference
    v = verdict(new)
    assert v["attention"] == ["Thing: reads c.status: ~ field c.status: type string -> integer"]
    assert "        ~ field c.status: type string -> integer [in Sub]  <- read by the facade" in render_verdict(v)


def test_a_model_whose_schema_is_gone_needs_attention() -> None:
    new = old()
    new["components"]["schemas"]["ThingOut"] = new["components"]["schemas"].pop("ThingResponse")
    assert verdict(new)["attention"] == ["Thing: the new spec has no schema ThingResponse (.raw breaks)"]


def test_a_model_whose_class_is_not_generated_needs_attention(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "thing_response.py").write_text("class OtherThing:\n    pass\n")
    assert verdict(old(), package_dir=tmp_path)["attention"] == [
        "Thing: the new client has no models/thing_response.py:ThingResponse (.raw breaks; update _RAW_MODELS)"
    ]
    (tmp_path / "models" / "thing_response.py").write_text("class ThingResponse:\n    pass\n")
    assert verdict(old(), package_dir=tmp_path)["attention"] == []


def test_operations_added_and_removed_are_counted() -> None:
    a, b = old(), old()
    a["paths"] = {"/x": {"get": {"operationId": "x", "responses": {}}}}
    b["paths"] = {"/y": {"get": {"operationId": "y", "responses": {}}, "post": {"operationId": "z", "responses": {}}}}
    v = facade_verdict(a, b, [])
    assert (v["operations_added"], v["operations_removed"]) == (2, 1)
    assert render_verdict(v).splitlines()[1] == "  operations: 2 added, 1 removed"


# --------------------------------------------------------------------------- the real facade


def test_fields_read_come_from_the_readers() -> None:
    reads = {m.type_name: m.reads for m in facade_models.facade_models("v2")}
    assert {"dag_run_id", "run_id", "logical_date", "execution_date", "state", "conf"} <= reads["DagRun"]
    assert {"scheduler.status", "scheduler.latest_scheduler_heartbeat", "metadatabase.status"} <= reads["Health"]
    assert {"name", "pool", "slots"} <= reads["Pool"]
    assert "dag_display_name" not in reads["Dag"]


def test_a_reader_that_cannot_be_traced_counts_as_reading_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    import attrs

    @attrs.frozen
    class Odd:
        x: int = attrs.field(metadata={types._READ: lambda d: 1 / 0})

    assert fields_read(Odd) is ALL


def test_a_result_type_added_to_the_facade_is_covered_without_touching_the_scripts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = {**types._RAW_MODELS, "Pool": {**types._RAW_MODELS["Pool"]}}
    raw["ImportError"] = {"v2": "import_error_response:ImportErrorResponse"}
    monkeypatch.setattr(types, "_RAW_MODELS", raw)
    monkeypatch.setattr(types, "ImportError", types.Pool, raising=False)  # any attrs result type will do
    names = {m.type_name: m.class_name for m in facade_models.facade_models("v2")}
    assert names["ImportError"] == "ImportErrorResponse"
    assert "ImportError" not in {m.type_name for m in facade_models.facade_models("v1")}


@pytest.mark.parametrize("api", sorted(APIS))
def test_every_model_the_facade_reads_is_in_the_pinned_spec_and_generated(api: str) -> None:
    spec = patched_spec(APIS[api])
    package = ROOT / "generated" / APIS[api].python_package
    models = facade_models.facade_models(api)
    assert len(models) == len({t for t, per_api in types._RAW_MODELS.items() if api in per_api}) >= 7
    for m in models:
        assert schema_for(m.class_name, spec) is not None, m
        assert class_defined(package, m), m
    same = facade_verdict(spec, copy.deepcopy(spec), models, package_dir=package)
    assert same["attention"] == [] and all(not m["changes"] for m in same["models"])
