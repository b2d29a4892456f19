"""Check real server responses against the *patched* spec the clients were generated from.

The generated models are lenient: ``from_dict`` stores whatever the server sent in a ``str`` field,
``None`` included, so parsing alone does not prove conformance. Every successful response is
therefore also validated against the response schema of the patched spec (the same document
``scripts/generate.py`` renders), with a small validator for the OpenAPI subset Airflow uses:
``$ref``, ``type`` (3.0 ``nullable`` and 3.1 type lists / ``{type: 'null'}``), ``enum``, ``const``,
``anyOf``/``oneOf``/``allOf``, ``properties``, ``required``, ``items``, ``additionalProperties``
and ``format: date-time``.

Keys the spec does not declare (where it does not say ``additionalProperties``) are not errors;
they are collected as *undocumented keys* for the report, since the generated models keep them in
``additional_properties`` and only some of them are worth a patch.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from generate import patched_spec  # noqa: E402
from specs import APIS  # noqa: E402


@functools.cache
def spec(api: str) -> dict[str, Any]:
    return patched_spec(APIS[api])


@dataclass
class Result:
    errors: list[str] = field(default_factory=list)
    undocumented: set[str] = field(default_factory=set)


def _resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref {ref}")
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        extra = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **extra} if extra else target
    return node


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def _type_ok(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def _is_datetime(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


class Validator:
    def __init__(self, api: str) -> None:
        self.doc = spec(api)

    def _ok(self, value: Any, schema: dict[str, Any], where: str) -> Result:
        sub = Result()
        self._validate(value, schema, where, sub)
        return sub

    def _validate(self, value: Any, schema: dict[str, Any], where: str, result: Result) -> None:
        schema = _resolve(self.doc, schema)
        if not schema:
            return
        if value is None and schema.get("nullable") and None in schema.get("enum", [None]):
            return  # OpenAPI 3.0: an enum must list null itself (as the generator reads it)
        if "allOf" in schema:
            declared = self._declared(schema)
            for part in schema["allOf"]:
                sub = self._ok(value, part, where)
                result.errors += sub.errors
                result.undocumented |= {
                    u for u in sub.undocumented if not (u.startswith(f"{where}.") and u[len(where) + 1 :] in declared)
                }
        for key in ("anyOf", "oneOf"):
            if key in schema:
                subs = [self._ok(value, part, where) for part in schema[key]]
                good = [s for s in subs if not s.errors]
                if good:  # the closest match: the one that leaves the fewest keys undocumented
                    result.undocumented |= min(good, key=lambda s: len(s.undocumented)).undocumented
                else:
                    best = min(subs, key=lambda s: len(s.errors))
                    kinds = [self._describe(part) for part in schema[key]]
                    result.errors.append(
                        f"{where}: {_short(value)} matches none of {key} {kinds}"
                        + (f" (closest: {best.errors[0]})" if best.errors else "")
                    )
                    return
        types = schema.get("type")
        if types is not None:
            names = types if isinstance(types, list) else [types]
            if not any(_type_ok(value, n) for n in names):
                nullable = " (not nullable)" if value is None else ""
                result.errors.append(f"{where}: {_short(value)} is not {'/'.join(names)}{nullable}")
                return
        if "enum" in schema and value not in schema["enum"]:
            result.errors.append(f"{where}: {_short(value)} is not one of {schema['enum']}")
        if "const" in schema and value != schema["const"]:
            result.errors.append(f"{where}: {_short(value)} != const {schema['const']!r}")
        if isinstance(value, str) and schema.get("format") == "date-time" and not _is_datetime(value):
            result.errors.append(f"{where}: {value!r} is not a date-time")
        if isinstance(value, dict):
            self._object(value, schema, where, result)
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                self._validate(item, schema["items"], f"{where}[{i}]", result)

    def _object(self, value: dict[str, Any], schema: dict[str, Any], where: str, result: Result) -> None:
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                result.errors.append(f"{where}: required key {name!r} is missing")
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in props:
                self._validate(item, props[name], f"{where}.{name}", result)
            elif isinstance(extra, dict):
                self._validate(item, extra, f"{where}.{name}", result)
            elif extra is False:
                result.errors.append(f"{where}: key {name!r} is not allowed (additionalProperties: false)")
            elif props and name not in self._declared(schema):
                result.undocumented.add(f"{where}.{name}")

    def _declared(self, schema: dict[str, Any]) -> set[str]:
        """Property names an object schema declares, across its allOf parts."""
        schema = _resolve(self.doc, schema)
        names = set(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            names |= self._declared(part)
        return names

    def _describe(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            return schema["$ref"].rsplit("/", 1)[-1]
        return str(schema.get("type", "?"))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def response_schema(api: str, method: str, path: str, status: int) -> dict[str, Any] | None:
    """The JSON schema of the documented ``status`` response of ``method path`` (None: no JSON body)."""
    doc = spec(api)
    operation = doc["paths"][path][method.lower()]
    response = operation.get("responses", {}).get(str(status))
    if response is None:
        return None
    response = _resolve(doc, response)
    media = response.get("content", {})
    for content_type, body in media.items():
        if "json" in content_type:
            return body.get("schema", {})
    return None


def documented_statuses(api: str, method: str, path: str) -> set[int]:
    responses = spec(api)["paths"][path][method.lower()].get("responses", {})
    return {int(code) for code in responses if code.isdigit()}


def check_body(api: str, method: str, path: str, status: int, body: Any) -> Result:
    result = Result()
    schema = response_schema(api, method, path, status)
    if schema is None:
        return result
    Validator(api)._validate(body, schema, "$", result)
    return result
