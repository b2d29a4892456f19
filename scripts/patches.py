"""Apply our reviewed spec patches (``openapi/<api>/patches/NNNN-*.yaml``) in order.

Format: one YAML file per fix, applied in file-name order::

    description: One line saying what is wrong in the upstream spec.
    proved_by: >-
      The test and the real server response that showed it, e.g.
      tests/conformance/test_v1.py::test_get[get_dag_runs] -- Airflow 2.11.2 answered
      "note": null for a run without a note; the spec says string, not nullable.
    operations:            # RFC 6902 JSON Patch operations (add, remove, replace, test)
      - op: test
        path: /components/schemas/DAGRun/properties/note/type
        value: string
      - op: add
        path: /components/schemas/DAGRun/properties/note/nullable
        value: true

Paths are JSON Pointers (RFC 6901: ``~1`` is ``/``, ``~0`` is ``~``). A ``test`` op makes a
patch fail loudly when upstream changes under it, instead of silently patching the wrong thing.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from specs import load_yaml

REQUIRED_KEYS = {"description", "proved_by", "operations"}


class PatchError(Exception):
    pass


def _parts(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"JSON pointer must start with '/': {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _container(doc: Any, parts: list[str], pointer: str) -> Any:
    node = doc
    for part in parts[:-1]:
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError):
            raise PatchError(f"path not found: {pointer}") from None
    return node


def apply_operation(doc: Any, op: dict[str, Any]) -> None:
    kind, pointer = op.get("op"), op.get("path", "")
    parts = _parts(pointer)
    if not parts:
        raise PatchError("operations on the document root are not supported")
    parent, key = _container(doc, parts, pointer), parts[-1]
    if isinstance(parent, list):
        index = len(parent) if key == "-" else int(key)
        if kind == "add":
            parent.insert(index, copy.deepcopy(op["value"]))
        elif kind in ("remove", "replace", "test"):
            if not 0 <= index < len(parent):
                raise PatchError(f"index out of range: {pointer}")
            if kind == "remove":
                del parent[index]
            elif kind == "replace":
                parent[index] = copy.deepcopy(op["value"])
            elif parent[index] != op["value"]:
                raise PatchError(f"test failed at {pointer}: {parent[index]!r} != {op['value']!r}")
        else:
            raise PatchError(f"unsupported op {kind!r}")
        return
    if not isinstance(parent, dict):
        raise PatchError(f"path not found: {pointer}")
    if kind == "add":
        parent[key] = copy.deepcopy(op["value"])
    elif kind in ("remove", "replace", "test"):
        if key not in parent:
            raise PatchError(f"path not found: {pointer}")
        if kind == "remove":
            del parent[key]
        elif kind == "replace":
            parent[key] = copy.deepcopy(op["value"])
        elif parent[key] != op["value"]:
            raise PatchError(f"test failed at {pointer}: {parent[key]!r} != {op['value']!r}")
    else:
        raise PatchError(f"unsupported op {kind!r}")


def patch_files(folder: Path) -> list[Path]:
    return sorted((folder / "patches").glob("*.yaml"))


def apply_patches(spec: dict[str, Any], files: list[Path]) -> dict[str, Any]:
    """Return a patched deep copy of ``spec``; raise PatchError naming the file on any failure."""
    doc = copy.deepcopy(spec)
    for path in files:
        patch = load_yaml(path.read_bytes())
        missing = REQUIRED_KEYS - set(patch or {})
        if missing:
            raise PatchError(f"{path.name}: missing {', '.join(sorted(missing))}")
        if not str(patch["proved_by"]).strip():
            raise PatchError(f"{path.name}: proved_by must name the real server response")
        for i, op in enumerate(patch["operations"]):
            try:
                apply_operation(doc, op)
            except PatchError as exc:
                raise PatchError(f"{path.name}: operation {i}: {exc}") from None
    return doc
