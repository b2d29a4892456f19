"""Report what changed between two versions of an Airflow REST API spec.

``make regenerate`` prints this after moving the pins, so a maintainer can see what a new Airflow
release changed in the API before reviewing the regenerated client. It is a report: the exit code
is 0 whatever the differences (2 only for a usage error).

Usage::

    python scripts/api_diff.py --api v1 --old 2.10.5 --new 2.11.2     # specs from the released wheels
    python scripts/api_diff.py OLD_SPEC.yaml NEW_SPEC.yaml             # two spec files
    python scripts/api_diff.py --old-file A --new-file B --json        # machine-readable
    python scripts/api_diff.py openapi/v1/v1.yaml openapi/v2/v2-rest-api-generated.yaml \\
        --schema-map DAGRun=DAGRunResponse --schema-map DagState=DagRunState --only-mapped

What is compared:

* operations (METHOD + path): added, removed, and changed: operationId, parameters (added, removed,
  required, type), request body (added, removed, required, schema), response status codes (added,
  removed) and response schemas;
* ``components/schemas``: added, removed, and per schema its own type, nullability and enum values,
  and its fields (nested inline objects are flattened as ``a.b`` and ``a[].b``): added, removed,
  type, nullability, required-ness and enum values.

Nullability is normalised: OpenAPI 3.0 ``nullable: true``, OpenAPI 3.1 ``type: [x, 'null']`` and
``anyOf``/``oneOf`` with a ``{type: 'null'}`` branch all mean "x, nullable". A ``$ref`` compares by
the name of its target schema (after ``--schema-map`` renames) and is never expanded, except the
parts of an ``allOf``, whose fields are merged into the schema. Inline schemas compare structurally.
Documentation keywords (description, title, example, default, ...) are ignored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from specs import APIS, extract, load_yaml, merged_spec, read_source

Schema = Mapping[str, Any]
Rename = Callable[[str], str]
Change = dict[str, Any]

METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
COMPOSITES = ("anyOf", "oneOf")
MAX_DEPTH = 12


def _same(name: str) -> str:
    return name


# --------------------------------------------------------------------------- normalising schemas


def ref_name(ref: str) -> str:
    """``#/components/schemas/DAGRun`` -> ``DAGRun``."""
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") == "null" or (isinstance(schema.get("type"), list) and schema["type"] == ["null"])
    )


def split_null(schema: Any) -> tuple[dict[str, Any], bool]:
    """Return ``(schema without its null alternative, nullable)``.

    Understands 3.0 ``nullable: true``, 3.1 ``type: [x, 'null']``, ``anyOf``/``oneOf`` with a null
    branch, a null value in ``enum``, and unwraps a one-element ``anyOf``/``oneOf``/``allOf`` (the
    3.0 idiom for putting ``nullable`` or a description next to a ``$ref``).
    """
    if not isinstance(schema, Mapping):
        return {}, False
    s = dict(schema)
    nullable = bool(s.pop("nullable", False))
    t = s.get("type")
    if isinstance(t, list):
        kept = [x for x in t if x != "null"]
        if len(kept) != len(t):
            nullable = True
        if not kept:
            s.pop("type")
        else:
            s["type"] = kept[0] if len(kept) == 1 else kept
    elif t == "null":
        s.pop("type")
        nullable = True
    if isinstance(s.get("enum"), list) and None in s["enum"]:
        s["enum"] = [v for v in s["enum"] if v is not None]
        nullable = True
    for key in (*COMPOSITES, "allOf"):
        branches = s.get(key)
        if not isinstance(branches, list):
            continue
        kept_branches = [b for b in branches if not is_null(b)]
        if len(kept_branches) != len(branches):
            nullable = True
        if key in COMPOSITES:  # a union accepts null when one of its branches does (3.0 style)
            stripped = [split_null(b) for b in kept_branches]
            nullable = nullable or any(n for _, n in stripped)
            kept_branches = [b for b, _ in stripped]
        if len(kept_branches) == 1:
            rest = {k: v for k, v in s.items() if k != key}
            inner, inner_nullable = split_null({**rest, **kept_branches[0]})
            return inner, nullable or inner_nullable
        s[key] = kept_branches
    return s, nullable


def render(type_: str, nullable: bool) -> str:
    return f"{type_} | null" if nullable else type_


def describe(schema: Any, rename: Rename = _same, depth: int = 0) -> str:
    """A short type expression of ``schema``: ``string(date-time)``, ``array[DAGRun]``, ``object``..."""
    s, _ = split_null(schema)
    return _describe(s, rename, depth)


def _describe(s: dict[str, Any], rename: Rename, depth: int) -> str:
    if depth > MAX_DEPTH:
        return "..."
    if "$ref" in s:
        return rename(ref_name(s["$ref"]))
    for key in COMPOSITES:
        if isinstance(s.get(key), list) and s[key]:
            parts = sorted({_item(b, rename, depth + 1) for b in s[key]})
            return f"{key}[{', '.join(parts)}]"
    if isinstance(s.get("allOf"), list) and s["allOf"]:
        return "object"  # parts merged: their fields are compared one by one
    t = s.get("type")
    if isinstance(t, list):
        return " | ".join(sorted(str(x) for x in t))
    if t == "array" or (t is None and "items" in s):
        return f"array[{_item(s.get('items', {}), rename, depth + 1)}]"
    if t == "object" or (t is None and ("properties" in s or "additionalProperties" in s)):
        extra = s.get("additionalProperties")
        if isinstance(extra, Mapping) and extra and not s.get("properties"):
            return f"map[{_item(extra, rename, depth + 1)}]"
        return "object"
    if t is None:
        return "any"
    fmt = s.get("format")
    return f"{t}({fmt})" if fmt else str(t)


def _item(schema: Any, rename: Rename, depth: int) -> str:
    s, nullable = split_null(schema)
    return render(_describe(s, rename, depth), nullable)


@dataclass(frozen=True)
class Shape:
    """A schema reduced to what the report compares; ``key`` is ``text`` with ``--schema-map`` applied."""

    text: str
    key: str
    nullable: bool
    enum: tuple[str, ...] | None

    @property
    def shown(self) -> str:
        return render(self.text, self.nullable)


def shape(schema: Any, rename: Rename = _same) -> Shape:
    s, nullable = split_null(schema)
    enum = s.get("enum")
    values = tuple(sorted({json.dumps(v) if not isinstance(v, str) else v for v in enum})) if enum else None
    return Shape(_describe(s, _same, 0), _describe(s, rename, 0), nullable, values)


def is_inline_object(s: Mapping[str, Any]) -> bool:
    return "$ref" not in s and (
        s.get("type") == "object" or bool(s.get("properties")) or isinstance(s.get("allOf"), list)
    )


class Resolver:
    """Follows local ``$ref`` pointers of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def target(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref are supported, got {ref!r}")
        node: Any = self.spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, obj: Any) -> Any:
        """``obj`` with any chain of ``$ref`` followed (for parameters, request bodies, responses)."""
        for _ in range(MAX_DEPTH):
            if not (isinstance(obj, Mapping) and "$ref" in obj):
                return obj
            obj = self.target(obj["$ref"])
        raise ValueError("$ref chain too long")

    def object_parts(self, schema: Any, seen: frozenset[str] = frozenset()) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an inline object, ``allOf`` parts (and their refs) merged."""
        s, _ = split_null(schema)
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in s.get("allOf") or []:
            if isinstance(part, Mapping) and "$ref" in part:
                if part["$ref"] in seen:
                    continue
                inner_seen = seen | {part["$ref"]}
                part = self.target(part["$ref"])
            else:
                inner_seen = seen
            p, r = self.object_parts(part, inner_seen)
            props.update(p)
            required |= r
        props.update(s.get("properties") or {})
        required |= set(s.get("required") or [])
        return props, required


@dataclass(frozen=True)
class Field:
    shape: Shape
    required: bool


def fields(schema: Any, resolver: Resolver, rename: Rename = _same) -> dict[str, Field]:
    """Fields of an inline object schema, nested inline objects flattened (``a.b``, ``a[].b``).

    A top-level array of inline objects yields ``[].x``. A ``$ref`` is not expanded (it is compared
    by name), so ``fields({'$ref': ...})`` is empty.
    """
    out: dict[str, Field] = {}
    _collect(schema, resolver, rename, "", out, 0)
    return out


def _collect(schema: Any, resolver: Resolver, rename: Rename, path: str, out: dict[str, Field], depth: int) -> None:
    """Add the fields under ``path`` (``""`` for the schema itself) to ``out``."""
    if depth > MAX_DEPTH:
        return
    s, _ = split_null(schema)
    if s.get("type") == "array" and isinstance(s.get("items"), Mapping):
        items, _ = split_null(s["items"])
        if is_inline_object(items):
            _collect(items, resolver, rename, path + "[]", out, depth + 1)
        return
    if not is_inline_object(s):
        return
    props, required = resolver.object_parts(s)
    for name, sub in props.items():
        child = f"{path}.{name}" if path else str(name)
        out[child] = Field(shape(sub, rename), name in required)
        _collect(sub, resolver, rename, child, out, depth + 1)


# --------------------------------------------------------------------------- comparing schemas

FIELD_KIND_ORDER = (
    "type_changed",
    "field_removed",
    "field_added",
    "field_type_changed",
    "nullable_changed",
    "required_changed",
    "enum_values_removed",
    "enum_values_added",
)


def _shape_changes(old: Shape, new: Shape, field: str | None) -> list[Change]:
    out: list[Change] = []
    kind = "type_changed" if field is None else "field_type_changed"
    if old.key != new.key:
        out.append({"kind": kind, "field": field, "old": old.text, "new": new.text})
    if old.nullable != new.nullable:
        out.append({"kind": "nullable_changed", "field": field, "old": old.nullable, "new": new.nullable})
    if old.key == new.key and old.enum != new.enum:
        before, after = set(old.enum or ()), set(new.enum or ())
        if before - after:
            out.append({"kind": "enum_values_removed", "field": field, "values": sorted(before - after)})
        if after - before:
            out.append({"kind": "enum_values_added", "field": field, "values": sorted(after - before)})
    return out


def schema_changes(
    old: Any, new: Any, old_resolver: Resolver, new_resolver: Resolver, rename: Rename = _same
) -> list[Change]:
    """Differences between two schemas: their own type/nullability/enum, then field by field.

    ``rename`` maps schema names of the old spec to the new spec's (``--schema-map``), so a ``$ref``
    to a renamed schema is not reported as a type change.
    """
    changes = _shape_changes(shape(old, rename), shape(new), None)
    before = fields(old, old_resolver, rename)
    after = fields(new, new_resolver)
    for name in before.keys() - after.keys():
        f = before[name]
        changes.append({"kind": "field_removed", "field": name, "type": f.shape.shown, "required": f.required})
    for name in after.keys() - before.keys():
        f = after[name]
        changes.append({"kind": "field_added", "field": name, "type": f.shape.shown, "required": f.required})
    for name in before.keys() & after.keys():
        a, b = before[name], after[name]
        changes.extend(_shape_changes(a.shape, b.shape, name))
        if a.required != b.required:
            changes.append({"kind": "required_changed", "field": name, "old": a.required, "new": b.required})
    changes.sort(key=lambda c: (FIELD_KIND_ORDER.index(c["kind"]), c["field"] or ""))
    return changes


# --------------------------------------------------------------------------- comparing operations


def operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], tuple[Mapping[str, Any], list[Any]]]:
    """``{(METHOD, path): (operation, path-level parameters)}``."""
    out: dict[tuple[str, str], tuple[Mapping[str, Any], list[Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in METHODS:
            if isinstance(item.get(method), Mapping):
                out[(method.upper(), str(path))] = (item[method], list(item.get("parameters") or []))
    return out


def _op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    return key[1], METHODS.index(key[0].lower())


def _parameters(op: Mapping[str, Any], path_params: list[Any], resolver: Resolver) -> dict[tuple[str, str], Any]:
    out: dict[tuple[str, str], Any] = {}
    for p in [*path_params, *(op.get("parameters") or [])]:
        p = resolver.deref(p)
        out[(str(p.get("in")), str(p.get("name")))] = p
    return out


def _param_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        return (media or {}).get("schema", {})
    return {}


def _content(obj: Mapping[str, Any] | None) -> dict[str, Any]:
    """``{media type: schema}`` of a request body or response."""
    if not obj:
        return {}
    return {str(k): (v or {}).get("schema", {}) for k, v in (obj.get("content") or {}).items()}


class Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], schema_map: Mapping[str, str]) -> None:
        self.old, self.new = Resolver(old), Resolver(new)
        self.schema_map = dict(schema_map)

    def rename(self, name: str) -> str:
        return self.schema_map.get(name, name)

    def _media_changes(self, old: dict[str, Any], new: dict[str, Any], where: dict[str, Any]) -> list[Change]:
        out: list[Change] = []
        for media in sorted(old.keys() | new.keys()):
            a, b = old.get(media), new.get(media)
            if a is None or b is None:
                out.append(
                    {
                        **where,
                        "media_type": media,
                        "old": None if a is None else shape(a).shown,
                        "new": None if b is None else shape(b).shown,
                    }
                )
                continue
            changes = schema_changes(a, b, self.old, self.new, self.rename)
            # the schema's own type and nullability are shown by old -> new; details hold the rest
            details = [c for c in changes if c["field"] is not None or c["kind"].startswith("enum")]
            if changes:
                change = {**where, "media_type": media, "old": shape(a).shown, "new": shape(b).shown}
                out.append({**change, "details": details} if details else change)
        return out

    def operation_changes(
        self, old: tuple[Mapping[str, Any], list[Any]], new: tuple[Mapping[str, Any], list[Any]]
    ) -> list[Change]:
        (a, a_path_params), (b, b_path_params) = old, new
        out: list[Change] = []
        if a.get("operationId") != b.get("operationId"):
            out.append({"kind": "operation_id_changed", "old": a.get("operationId"), "new": b.get("operationId")})

        before = _parameters(a, a_path_params, self.old)
        after = _parameters(b, b_path_params, self.new)
        for key in sorted(before.keys() | after.keys()):
            p, q = before.get(key), after.get(key)
            where = {"in": key[0], "name": key[1]}
            if q is None or p is None:
                kind, given = ("parameter_removed", p) if q is None else ("parameter_added", q)
                assert given is not None
                out.append(
                    {
                        "kind": kind,
                        **where,
                        "type": shape(_param_schema(given)).shown,
                        "required": bool(given.get("required", False)),
                    }
                )
                continue
            sp, sq = shape(_param_schema(p), self.rename), shape(_param_schema(q))
            if sp.key != sq.key or sp.nullable != sq.nullable:
                out.append({"kind": "parameter_changed", **where, "what": "type", "old": sp.shown, "new": sq.shown})
            if sp.key == sq.key and sp.enum != sq.enum:
                out.append(
                    {
                        "kind": "parameter_changed",
                        **where,
                        "what": "enum",
                        "old": list(sp.enum or ()),
                        "new": list(sq.enum or ()),
                    }
                )
            if bool(p.get("required", False)) != bool(q.get("required", False)):
                out.append(
                    {
                        "kind": "parameter_changed",
                        **where,
                        "what": "required",
                        "old": bool(p.get("required", False)),
                        "new": bool(q.get("required", False)),
                    }
                )

        body_a, body_b = self.old.deref(a.get("requestBody")), self.new.deref(b.get("requestBody"))
        if body_a and not body_b:
            out.append(
                {"kind": "request_body_removed", "types": {m: shape(s).shown for m, s in _content(body_a).items()}}
            )
        elif body_b and not body_a:
            out.append(
                {
                    "kind": "request_body_added",
                    "types": {m: shape(s).shown for m, s in _content(body_b).items()},
                    "required": bool(body_b.get("required", False)),
                }
            )
        elif body_a and body_b:
            if bool(body_a.get("required", False)) != bool(body_b.get("required", False)):
                out.append(
                    {
                        "kind": "request_body_required_changed",
                        "old": bool(body_a.get("required", False)),
                        "new": bool(body_b.get("required", False)),
                    }
                )
            out += self._media_changes(_content(body_a), _content(body_b), {"kind": "request_body_changed"})

        responses_a = {str(k): v for k, v in (a.get("responses") or {}).items()}
        responses_b = {str(k): v for k, v in (b.get("responses") or {}).items()}
        for status in sorted(responses_a.keys() - responses_b.keys()):
            out.append({"kind": "response_removed", "status": status})
        for status in sorted(responses_b.keys() - responses_a.keys()):
            out.append({"kind": "response_added", "status": status})
        for status in sorted(responses_a.keys() & responses_b.keys()):
            ra, rb = self.old.deref(responses_a[status]), self.new.deref(responses_b[status])
            out += self._media_changes(_content(ra), _content(rb), {"kind": "response_changed", "status": status})
        return out

    def diff(self, include_operations: bool = True, only_mapped: bool = False) -> dict[str, Any]:
        report: dict[str, Any] = {}
        if include_operations:
            ops_a, ops_b = operations(self.old.spec), operations(self.new.spec)

            def entry(key: tuple[str, str], op: Mapping[str, Any]) -> dict[str, Any]:
                return {"method": key[0], "path": key[1], "operationId": op.get("operationId")}

            changed = []
            for key in sorted(ops_a.keys() & ops_b.keys(), key=_op_sort_key):
                changes = self.operation_changes(ops_a[key], ops_b[key])
                if changes:
                    changed.append({**entry(key, ops_b[key][0]), "changes": changes})
            report["operations"] = {
                "added": [entry(k, ops_b[k][0]) for k in sorted(ops_b.keys() - ops_a.keys(), key=_op_sort_key)],
                "removed": [entry(k, ops_a[k][0]) for k in sorted(ops_a.keys() - ops_b.keys(), key=_op_sort_key)],
                "changed": changed,
            }

        schemas_a = dict((self.old.spec.get("components") or {}).get("schemas") or {})
        schemas_b = dict((self.new.spec.get("components") or {}).get("schemas") or {})
        if only_mapped:
            schemas_a = {k: v for k, v in schemas_a.items() if k in self.schema_map}
            schemas_b = {k: v for k, v in schemas_b.items() if k in self.schema_map.values()}
        pairs = {name: self.rename(name) for name in schemas_a if self.rename(name) in schemas_b}
        changed_schemas = []
        for name in sorted(pairs):
            changes = schema_changes(schemas_a[name], schemas_b[pairs[name]], self.old, self.new, self.rename)
            if changes:
                item: dict[str, Any] = {"name": pairs[name], "changes": changes}
                if pairs[name] != name:
                    item["old_name"] = name
                changed_schemas.append(item)
        report["schemas"] = {
            "added": sorted(schemas_b.keys() - set(pairs.values())),
            "removed": sorted(schemas_a.keys() - pairs.keys()),
            "changed": changed_schemas,
        }
        report["summary"] = {
            f"{section}_{what}": len(report[section][what])
            for section in ("operations", "schemas")
            if section in report
            for what in ("added", "removed", "changed")
        }
        return report


def diff_specs(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    schema_map: Mapping[str, str] | None = None,
    only_mapped: bool = False,
) -> dict[str, Any]:
    """The report as a JSON-able dict: ``operations``, ``schemas`` (each added/removed/changed), ``summary``.

    With ``only_mapped``, only the ``schema_map`` pairs are compared (no operations, no other schemas).
    """
    return Differ(old, new, schema_map or {}).diff(include_operations=not only_mapped, only_mapped=only_mapped)


# --------------------------------------------------------------------------- text output


def _yes(value: Any) -> str:
    return "yes" if value else "no"


def _req(value: Any) -> str:
    return "required" if value else "optional"


def _field(c: Change) -> str:
    return "schema" if c["field"] is None else f"field {c['field']}"


def describe_change(c: Change) -> str:
    """One line for one change (without its nested ``details``)."""
    kind = c["kind"]
    if kind == "field_added":
        return f"+ field {c['field']} ({c['type']}, {_req(c['required'])})"
    if kind == "field_removed":
        return f"- field {c['field']} ({c['type']}, {_req(c['required'])})"
    if kind in ("type_changed", "field_type_changed"):
        return f"~ {_field(c)}: type {c['old']} -> {c['new']}"
    if kind == "nullable_changed":
        return f"~ {_field(c)}: nullable {_yes(c['old'])} -> {_yes(c['new'])}"
    if kind == "required_changed":
        return f"~ {_field(c)}: {_req(c['old'])} -> {_req(c['new'])}"
    if kind == "enum_values_added":
        return f"~ {_field(c)}: enum values added: {', '.join(c['values'])}"
    if kind == "enum_values_removed":
        return f"~ {_field(c)}: enum values removed: {', '.join(c['values'])}"
    if kind == "operation_id_changed":
        return f"~ operationId {c['old']} -> {c['new']}"
    if kind in ("parameter_added", "parameter_removed"):
        sign = "+" if kind == "parameter_added" else "-"
        return f"{sign} {c['in']} parameter {c['name']} ({c['type']}, {_req(c['required'])})"
    if kind == "parameter_changed":
        what = c["what"]
        if what == "required":
            old, new = _req(c["old"]), _req(c["new"])
        elif what == "enum":
            old, new = "[" + ", ".join(c["old"]) + "]", "[" + ", ".join(c["new"]) + "]"
        else:
            old, new = c["old"], c["new"]
        label = "" if what == "required" else f"{what} "
        return f"~ {c['in']} parameter {c['name']}: {label}{old} -> {new}"
    if kind in ("request_body_added", "request_body_removed"):
        sign = "+" if kind == "request_body_added" else "-"
        types = ", ".join(f"{m}: {t}" for m, t in sorted(c["types"].items()))
        return f"{sign} request body ({types})"
    if kind == "request_body_required_changed":
        return f"~ request body: {_req(c['old'])} -> {_req(c['new'])}"
    if kind in ("request_body_changed", "response_changed"):
        what = "request body" if kind == "request_body_changed" else f"response {c['status']}"
        old, new = c["old"] or "(none)", c["new"] or "(none)"
        return f"~ {what} {c['media_type']}: " + (f"{old} -> {new}" if old != new else f"{new} changed:")
    if kind == "response_added":
        return f"+ response {c['status']}"
    if kind == "response_removed":
        return f"- response {c['status']}"
    return f"? {json.dumps(c, sort_keys=True)}"


def _change_lines(changes: Iterable[Change], indent: str) -> list[str]:
    lines = []
    for c in changes:
        lines.append(indent + describe_change(c))
        lines += _change_lines(c.get("details") or [], indent + "    ")
    return lines


def summary_line(report: Mapping[str, Any]) -> str:
    s = report["summary"]
    parts = []
    for section in ("operations", "schemas"):
        if f"{section}_added" in s:
            parts.append(
                f"{section} {s[f'{section}_added']} added, {s[f'{section}_removed']} removed, "
                f"{s[f'{section}_changed']} changed"
            )
    return "Summary: " + "; ".join(parts)


def render_text(report: Mapping[str, Any], old_label: str, new_label: str) -> str:
    lines = [f"API diff: {old_label} -> {new_label}"]

    def section(title: str, body: list[str], count: int) -> None:
        lines.append("")
        lines.append(f"== {title} ({count}) ==")
        lines.extend(body or ["  (none)"])

    ops = report.get("operations")
    if ops is not None:

        def op_line(op: Mapping[str, Any]) -> str:
            return f"  {op['method']:<6} {op['path']}  ({op['operationId']})"

        section("Operations added", [op_line(o) for o in ops["added"]], len(ops["added"]))
        section("Operations removed", [op_line(o) for o in ops["removed"]], len(ops["removed"]))
        body = []
        for op in ops["changed"]:
            body.append(op_line(op))
            body += _change_lines(op["changes"], "      ")
        section("Operations changed", body, len(ops["changed"]))

    schemas = report["schemas"]
    section("Schemas added", [f"  {n}" for n in schemas["added"]], len(schemas["added"]))
    section("Schemas removed", [f"  {n}" for n in schemas["removed"]], len(schemas["removed"]))
    body = []
    for item in schemas["changed"]:
        name = f"{item['old_name']} -> {item['name']}" if "old_name" in item else item["name"]
        body.append(f"  {name}")
        body += _change_lines(item["changes"], "      ")
    section("Schemas changed", body, len(schemas["changed"]))
    lines += ["", summary_line(report)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- verdict for the facade

#: the changes the verdict lists for the models the facade reads
VERDICT_KINDS = ("type_changed", "field_type_changed", "nullable_changed", "field_removed")


def _ref_target(schema: Any) -> str | None:
    s, _ = split_null(schema)
    return ref_name(s["$ref"]) if isinstance(s.get("$ref"), str) else None


def _reads(field: str | None, reads: frozenset[str]) -> bool:
    """Whether the facade reads ``field`` (``None``: the schema itself) given its dotted read paths."""
    if field is None or "*" in reads:
        return True
    return any(field == r or field.startswith(r + ".") for r in reads)


def _matters(change: Change) -> bool:
    """A change in a field the facade reads that its reader may not cope with."""
    kind = change["kind"]
    if kind == "nullable_changed":
        return bool(change["new"])  # became nullable; the reverse only narrows what arrives
    return kind in ("type_changed", "field_type_changed", "field_removed")


def model_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], old_name: str, new_name: str, reads: frozenset[str]
) -> list[Change]:
    """Type/nullability changes and removals in schema ``old_name`` -> ``new_name``, and in the
    schemas behind the fields the facade reads inside them (``scheduler.status``: the ``status``
    of the schema ``scheduler`` refers to). Each change has ``read``: whether the facade reads it."""
    old_r, new_r = Resolver(old), Resolver(new)
    old_s, new_s = old["components"]["schemas"][old_name], new["components"]["schemas"][new_name]
    out = [
        {**c, "read": _reads(c["field"], reads)}
        for c in schema_changes(old_s, new_s, old_r, new_r)
        if c["kind"] in VERDICT_KINDS
    ]
    nested: dict[str, set[str]] = {}
    for path in reads:
        head, _, rest = path.partition(".")
        if rest:
            nested.setdefault(head, set()).add(rest)
    old_props, _ = old_r.object_parts(old_s)
    new_props, _ = new_r.object_parts(new_s)
    for head, rests in sorted(nested.items()):
        a, b = _ref_target(old_props.get(head)), _ref_target(new_props.get(head))
        schemas_a = old["components"]["schemas"]
        schemas_b = new["components"]["schemas"]
        if not a or not b or a not in schemas_a or b not in schemas_b:
            continue
        for c in model_changes(old, new, a, b, frozenset(rests)):
            if c["read"]:
                field = head if c["field"] is None else f"{head}.{c['field']}"
                out.append({**c, "field": field, "via": b})
    return out


def _norm_name(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def _call_problems(op: Any, changes: Iterable[Change]) -> list[str]:
    """What in ``changes`` (of an operation the facade calls) a call written for the old spec may not survive:
    a renamed module, other path parameters, a new required input, a removed parameter the call passes."""
    passed = {_norm_name(k) for k in op.keywords}
    out = []
    for c in changes:
        kind = c["kind"]
        if kind == "operation_id_changed":
            out.append(f"operationId {c['old']} -> {c['new']} (the generated module is renamed)")
        elif kind in ("parameter_added", "parameter_removed") and c["in"] == "path":
            out.append(f"path parameter {c['name']} {kind.rsplit('_', 1)[1]}")
        elif kind == "parameter_added" and c["required"]:
            out.append(f"required {c['in']} parameter {c['name']} added")
        elif kind == "parameter_changed" and c["what"] == "required" and c["new"]:
            out.append(f"{c['in']} parameter {c['name']} became required")
        elif kind == "parameter_removed" and _norm_name(c["name"]) in passed:
            out.append(f"{c['in']} parameter {c['name']} removed (the facade passes it)")
        elif (kind == "request_body_added" and c["required"]) or (kind == "request_body_required_changed" and c["new"]):
            out.append("request body became required")
        elif kind == "request_body_changed":
            for d in c.get("details") or []:
                top = d["field"] and "." not in d["field"] and "[" not in d["field"]
                if top and d["kind"] == "field_added" and d["required"]:
                    out.append(f"request body: required field {d['field']} added")
                elif top and d["kind"] == "required_changed" and d["new"]:
                    out.append(f"request body: field {d['field']} became required")
    return out


def call_verdict(
    report: Mapping[str, Any], facade_ops: Iterable[Any], package_dir: Path | None = None
) -> list[dict[str, Any]]:
    """The operations the facade calls (``facade_models.FacadeOperation``) that the new spec removes or
    changes in what a call must send (see ``_call_problems``), or whose module the new client lacks."""
    ops = report.get("operations", {"removed": [], "changed": []})
    removed = {(o["method"], o["path"]) for o in ops["removed"]}
    changed = {(o["method"], o["path"]): o["changes"] for o in ops["changed"]}
    out = []
    for op in facade_ops:
        key = (op.method, op.path)
        if op.method is None:
            problems = ["the current generated client has no such module"]
        elif key in removed:
            problems = ["not in this spec"]
        else:
            problems = _call_problems(op, changed.get(key, ()))
            module = f"api/{op.tag}/{op.module}.py"
            if package_dir is not None and not (package_dir / module).is_file():
                problems.append(f"the new client has no {module}")
        if problems:
            entry = {"operation": op.name, "method": op.method, "path": op.path, "where": list(op.where)}
            out.append({**entry, "guarded": op.guarded, "removed": key in removed, "problems": problems})
    return out


def facade_verdict(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    models: Iterable[Any],
    report: Mapping[str, Any] | None = None,
    package_dir: Path | None = None,
    facade_ops: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """What the regeneration means for the facade's calls and result types.

    ``models``: ``facade_models.FacadeModel`` of this API (the generated models the result types
    parse ``.raw`` into, and the JSON fields their readers read). ``package_dir``: the newly
    generated package, to check that each model's module and class still exist. ``facade_ops``:
    ``facade_models.facade_operations(api)``, the generated operations the facade calls (None: not checked).

    Returns ``{"operations_added", "operations_removed", "calls", "call_attention": [...], "models": [...],
    "attention": [...], "needs_attention"}``; ``call_attention`` lists the operations the facade calls that
    the new spec removes or changes (``call_verdict``), ``attention`` in words what a maintainer must check
    in ``facade/astro_airflow/types.py``; ``needs_attention`` is whether either is not empty.
    """
    from facade_models import class_defined, schema_for

    report = report if report is not None else diff_specs(old, new)
    ops = report.get("operations", {"added": [], "removed": []})
    calls = None if facade_ops is None else list(facade_ops)
    result: dict[str, Any] = {
        "operations_added": len(ops["added"]),
        "operations_removed": len(ops["removed"]),
        "calls": None if calls is None else len(calls),
        "call_attention": [] if calls is None else call_verdict(report, calls, package_dir),
        "models": [],
        "attention": [],
    }
    for m in models:
        old_name, new_name = schema_for(m.class_name, dict(old)), schema_for(m.class_name, dict(new))
        entry: dict[str, Any] = {"type": m.type_name, "schema": new_name or m.class_name, "changes": []}
        result["models"].append(entry)
        if new_name is None:
            result["attention"].append(f"{m.type_name}: the new spec has no schema {m.class_name} (.raw breaks)")
            continue
        if package_dir is not None and not class_defined(package_dir, m):
            result["attention"].append(
                f"{m.type_name}: the new client has no models/{m.module}.py:{m.class_name} (.raw breaks; "
                "update _RAW_MODELS)"
            )
        if old_name is None:
            continue
        entry["changes"] = model_changes(old, new, old_name, new_name, m.reads)
        for c in entry["changes"]:
            if c["read"] and _matters(c):
                result["attention"].append(f"{m.type_name}: reads {c['field'] or 'the schema'}: {describe_change(c)}")
    result["needs_attention"] = bool(result["attention"] or result["call_attention"])
    return result


def _render_calls(verdict: Mapping[str, Any]) -> list[str]:
    if verdict.get("calls") is None:
        return []
    bad = verdict["call_attention"]
    if not bad:
        return [
            f"  facade calls: no attention needed (the {verdict['calls']} operations it calls are in this spec, "
            "with the same path parameters and required inputs)"
        ]
    gone = len([b for b in bad if b["removed"]])
    parts = [f"{gone} operation{'s' if gone != 1 else ''} this spec does not have"] if gone else []
    if len(bad) > gone:
        parts.append(f"{len(bad) - gone} whose inputs changed")
    lines = [
        f"  facade calls: NEED ATTENTION: the facade calls {' and '.join(parts)} (check these calls in "
        "facade/astro_airflow):"
    ]
    for b in bad:
        guard = " (the facade catches its ImportError: the call raises UnsupportedOperationError)"
        guard = guard if b["guarded"] else ""
        path = b["path"] or ""
        segments = path.strip("/").split("/")
        short = ".../" + "/".join(segments[-2:]) if len(segments) > 3 else path
        op = f"{b['operation']} ({b['method']} {short})" if b["method"] else b["operation"]
        lines.append(f"    - {op} at {', '.join(b['where'])}: {'; '.join(b['problems'])}{guard}")
    return lines


def render_verdict(verdict: Mapping[str, Any]) -> str:
    models = verdict["models"]
    changed = [m for m in models if m["changes"]]
    lines = [
        "== Verdict ==",
        f"  operations: {verdict['operations_added']} added, {verdict['operations_removed']} removed",
        *_render_calls(verdict),
        f"  models the facade reads (facade/astro_airflow/types.py _RAW_MODELS): {len(models)}, "
        f"{len(changed)} with fields that changed type or nullability or were removed",
    ]
    for m in changed:
        lines.append(f"    {m['type']} ({m['schema']})")
        for c in m["changes"]:
            via = f" [in {c['via']}]" if c.get("via") else ""
            mark = "  <- read by the facade" if c["read"] else ""
            lines.append(f"        {describe_change(c)}{via}{mark}")
    if verdict["attention"]:
        lines.append("  facade result types: NEED ATTENTION (check their readers in facade/astro_airflow/types.py):")
        lines += [f"    - {a}" for a in verdict["attention"]]
    else:
        lines.append(
            "  facade result types: no attention needed (no field they read was removed, changed type or "
            "became nullable)"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def load_release(api: str, version: str) -> dict[str, Any]:
    """The spec ``api`` had in Airflow ``version`` (from the released wheel, cached under .cache/wheels)."""
    return merged_spec(APIS[api], extract(APIS[api], version))


def load_file(path: str) -> dict[str, Any]:
    spec = load_yaml(Path(path).read_bytes())
    if not isinstance(spec, dict):
        raise SystemExit(f"{path}: not an OpenAPI document")
    return spec


def parse_schema_map(values: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        old, sep, new = value.partition("=")
        if not sep or not old or not new:
            raise ValueError(f"--schema-map expects OLD=NEW, got {value!r}")
        out[old] = new
    return out


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description="Report the differences between two Airflow REST API specs (exit code 0 whatever they are).",
    )
    p.add_argument("files", nargs="*", metavar="SPEC", help="OLD_SPEC NEW_SPEC (YAML or JSON files)")
    p.add_argument("--old-file", help="old spec file")
    p.add_argument("--new-file", help="new spec file")
    p.add_argument("--api", choices=sorted(APIS), help="fetch the specs of this API from the released wheels")
    p.add_argument("--new-api", choices=sorted(APIS), help="API of --new when it differs from --api (v1 vs v2)")
    p.add_argument("--old", metavar="VERSION", help="old Airflow version (default: the pinned one)")
    p.add_argument("--new", metavar="VERSION", help="new Airflow version")
    p.add_argument(
        "--schema-map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="compare old schema OLD with new schema NEW (and treat $refs to them as equal); repeatable",
    )
    p.add_argument("--only-mapped", action="store_true", help="report only the --schema-map pairs")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        schema_map = parse_schema_map(args.schema_map)
    except ValueError as e:
        parser.error(str(e))
    if args.only_mapped and not schema_map:
        parser.error("--only-mapped needs at least one --schema-map")

    old_file = args.old_file or (args.files[0] if len(args.files) >= 1 else None)
    new_file = args.new_file or (args.files[1] if len(args.files) >= 2 else None)
    if len(args.files) > 2 or (args.files and (args.old_file or args.new_file)):
        parser.error("give the two specs either as positional arguments or with --old-file/--new-file")
    if old_file and new_file:
        if args.api or args.new_api or args.old or args.new:
            parser.error("--api/--old/--new fetch specs from wheels; do not mix them with spec files")
        old_label, new_label = old_file, new_file
        old_spec, new_spec = load_file(old_file), load_file(new_file)
    elif old_file or new_file:
        parser.error("give both the old and the new spec file")
    else:
        if not args.api or not args.new:
            parser.error("give two spec files, or --api API --new VERSION [--old VERSION]")
        new_api = args.new_api or args.api
        old_version = args.old or read_source(APIS[args.api])["airflow_version"]
        old_label = f"{args.api} ({APIS[args.api].package} {old_version})"
        new_label = f"{new_api} ({APIS[new_api].package} {args.new})"
        old_spec, new_spec = load_release(args.api, old_version), load_release(new_api, args.new)

    old_schemas = (old_spec.get("components") or {}).get("schemas") or {}
    new_schemas = (new_spec.get("components") or {}).get("schemas") or {}
    for old_name, new_name in schema_map.items():
        if old_name not in old_schemas:
            parser.error(f"--schema-map: no schema {old_name!r} in the old spec")
        if new_name not in new_schemas:
            parser.error(f"--schema-map: no schema {new_name!r} in the new spec")

    report = diff_specs(old_spec, new_spec, schema_map, args.only_mapped)
    if args.json:
        print(json.dumps({"old": old_label, "new": new_label, **report}, indent=2))
    else:
        sys.stdout.write(render_text(report, old_label, new_label))
    return 0


if __name__ == "__main__":
    sys.exit(main())
