"""Apply our reviewed spec patches (``openapi/<api>/patches/NNNN-*.yaml``) in order, each classified
against the spec it meets.

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

Classification
--------------

A patch is written against one Airflow release (the pin) but meets others when the pin moves
(``make regenerate``) or another release is generated (``generate.py --airflow-version``). Each
patch is classified against the spec it meets, from its own operations only:

* **Guards.** A patch's operations are cut into guards: a run of ``test`` ops and the writes
  (``add``/``replace``/``remove``) after it, up to the next ``test`` (writes before the first
  ``test`` form a guard of their own). v2 ``0001`` has three guards, one per operation it fixes.
* **Target.** Every op targets an *anchor*, the thing its pointer is inside: an operation
  (``/paths/<path>/<method>``), a path item (``/paths/<path>``, e.g. its shared parameters) or a
  component (``/components/<section>/<name>``, e.g. a schema); otherwise its first segment.
* **A guard**, run in order on the spec as left by the guards and patches before it, is:

  1. **applies** when all its ops succeed and the spec changes;
  2. **not applicable** when an op fails and the anchor of that op is absent from the spec (the
     operation or schema does not exist in this release);
  3. **obsolete** when all its ops succeed and nothing changes, or when an op fails inside an
     anchor that exists but the spec already says what the guard would write: its writes applied
     leniently (``remove`` of an absent key and ``add`` of an array element already there do
     nothing, ``replace`` of an absent key adds it) change nothing. Both sides are compared
     without documentation strings (``description``, ``title``, ``summary``): upstream words a
     fix its own way. A fix upstream may well have removed what the guard tested for;
  4. **conflict** otherwise: the anchor exists but is not what the guard expects (a ``test``
     value differs, or a pointer inside it is missing) and the spec does not already say what the
     guard writes.
* **A patch** is a *conflict* if any guard is; else *applies* if any guard applies (the others
  are skipped and said so, e.g. ``2 of 3 guards; absent: GET .../hitlDetails/tries/{try_number}``);
  else *obsolete* if any guard is (fixed upstream: drop the patch, unless an older release that
  is still generated needs it, like v2 ``0006`` for Airflow 3.0.0 and 3.0.1); else *not
  applicable* (kept for the releases that have the target, skipped here).

Only guards that apply change the spec. Obsolete and not applicable never stop a regeneration;
a conflict always does (``PatchConflict``, naming patch, op and pointer). ``tests/test_pipeline.py``
checks that nothing conflicts at the pins and that only the patches kept for older releases do
not apply there; ``tests/test_patches.py`` has one small synthetic spec per case.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specs import load_yaml

REQUIRED_KEYS = {"description", "proved_by", "operations"}
WRITES = ("add", "replace", "remove")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOC_KEYS = frozenset({"description", "title", "summary"})

APPLIES = "applies"
OBSOLETE = "obsolete"
NOT_APPLICABLE = "not applicable"
CONFLICT = "conflict"
OUTCOMES = (APPLIES, OBSOLETE, NOT_APPLICABLE, CONFLICT)


class PatchError(Exception):
    pass


class PatchConflict(PatchError):
    """A patch whose target exists but differs from what its guard expects."""

    def __init__(self, result: PatchResult) -> None:
        self.result = result
        super().__init__(result.conflict_message())


class PatchFormatError(PatchError):
    """A malformed patch file or operation (not a classification)."""


class _Missing(PatchError):
    """An op failed because its pointer does not resolve (as opposed to a differing test value)."""


def _parts(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchFormatError(f"JSON pointer must start with '/': {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _container(doc: Any, parts: list[str], pointer: str) -> Any:
    node = doc
    for part in parts[:-1]:
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            raise _Missing(f"path not found: {pointer}") from None
    return node


def resolve(doc: Any, pointer: str) -> tuple[bool, Any]:
    """``(True, value)`` at ``pointer`` in ``doc``, or ``(False, None)`` if it does not resolve."""
    node = doc
    for part in _parts(pointer):
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return False, None
    return True, node


def apply_operation(doc: Any, op: dict[str, Any]) -> None:
    kind, pointer = op.get("op"), op.get("path", "")
    if kind not in (*WRITES, "test"):
        raise PatchFormatError(f"unsupported op {kind!r}")
    parts = _parts(pointer)
    if not parts:
        raise PatchFormatError("operations on the document root are not supported")
    parent, key = _container(doc, parts, pointer), parts[-1]
    if isinstance(parent, list):
        try:
            index = len(parent) if key == "-" else int(key)
        except ValueError:
            raise _Missing(f"path not found: {pointer}") from None
        if kind == "add":
            parent.insert(index, copy.deepcopy(op["value"]))
            return
        if not 0 <= index < len(parent):
            raise _Missing(f"index out of range: {pointer}")
        if kind == "remove":
            del parent[index]
        elif kind == "replace":
            parent[index] = copy.deepcopy(op["value"])
        elif parent[index] != op["value"]:
            raise PatchError(f"test failed at {pointer}: {parent[index]!r} != {op['value']!r}")
        return
    if not isinstance(parent, dict):
        raise _Missing(f"path not found: {pointer}")
    if kind == "add":
        parent[key] = copy.deepcopy(op["value"])
        return
    if key not in parent:
        raise _Missing(f"path not found: {pointer}")
    if kind == "remove":
        del parent[key]
    elif kind == "replace":
        parent[key] = copy.deepcopy(op["value"])
    elif parent[key] != op["value"]:
        raise PatchError(f"test failed at {pointer}: {parent[key]!r} != {op['value']!r}")


# --------------------------------------------------------------------------- classification


def short_path(path: str, limit: int = 48) -> str:
    """``/api/v2/dags/{dag_id}/.../{map_index}/dry_run`` shortened to its last segments: ``.../{map_index}/dry_run``."""
    if len(path) <= limit:
        return path
    kept: list[str] = []
    for segment in reversed(path.split("/")):
        if len("/".join([segment, *kept])) + 4 > limit and kept:
            break
        kept.insert(0, segment)
    return ".../" + "/".join(kept)


def anchor(pointer: str) -> tuple[str, str]:
    """``(pointer of the anchor, label)``: the operation, path item or component ``pointer`` is in."""
    parts = _parts(pointer)
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        return "/" + "/".join(_escape(p) for p in parts[:3]), f"{parts[2].upper()} {short_path(parts[1])}"
    if len(parts) >= 2 and parts[0] == "paths":
        return "/" + "/".join(_escape(p) for p in parts[:2]), f"path {short_path(parts[1])}"
    if len(parts) >= 3 and parts[0] == "components":
        kind = {"schemas": "schema"}.get(parts[1], f"components/{parts[1]}")
        return "/" + "/".join(_escape(p) for p in parts[:3]), f"{kind} {parts[2]}"
    head = parts[:1]
    return "/" + "/".join(_escape(p) for p in head), "/" + "/".join(head)


def without_docs(node: Any) -> Any:
    """``node`` without documentation strings (``description``/``title``/``summary`` keys holding a
    string: a property *named* ``title`` holds a schema, and stays)."""
    if isinstance(node, dict):
        return {k: without_docs(v) for k, v in node.items() if not (k in DOC_KEYS and isinstance(v, str))}
    if isinstance(node, list):
        return [without_docs(v) for v in node]
    return node


def _lenient_write(doc: Any, op: dict[str, Any]) -> None:
    """``op`` as a statement of the result: what is already so is left alone (see the module doc)."""
    kind, pointer = op["op"], op.get("path", "")
    parts = _parts(pointer)
    if not parts:
        raise PatchFormatError("operations on the document root are not supported")
    found, parent = resolve(doc, "/" + "/".join(_escape(p) for p in parts[:-1]))
    key = parts[-1]
    if kind == "remove":
        if found and isinstance(parent, dict):
            parent.pop(key, None)
        elif found and isinstance(parent, list) and key.isdigit() and int(key) < len(parent):
            del parent[int(key)]
        return
    if not found:
        raise _Missing(f"path not found: {pointer}")
    value = copy.deepcopy(op["value"])
    if isinstance(parent, dict):
        parent[key] = value
        return
    if not isinstance(parent, list) or not (key == "-" or key.isdigit()):
        raise _Missing(f"path not found: {pointer}")
    if key == "-":
        if without_docs(value) not in [without_docs(v) for v in parent]:
            parent.append(value)
        return
    index = int(key)
    if index > len(parent) or (kind == "replace" and index == len(parent)):
        raise _Missing(f"path not found: {pointer}")
    if kind == "replace":
        parent[index] = value
    elif not (index < len(parent) and without_docs(parent[index]) == without_docs(value)):
        parent.insert(index, value)


def _already_holds(doc: Any, ops: list[dict[str, Any]]) -> bool:
    """True when the writes of ``ops``, applied leniently, leave ``doc`` as it is (docs aside)."""
    writes = [op for op in ops if op.get("op") in WRITES]
    if not writes:
        return False
    trial = copy.deepcopy(doc)
    try:
        for op in writes:
            _lenient_write(trial, op)
    except (PatchError, KeyError, TypeError):
        return False
    return without_docs(trial) == without_docs(doc)


@dataclass
class GuardResult:
    """One guard of a patch: its outcome, and for the failed op its index, pointer and reason."""

    outcome: str
    anchor: str  # label of the anchor of the guard (its first op), or of the op that failed
    first_op: int
    op_index: int | None = None
    pointer: str | None = None
    reason: str | None = None
    expected: Any = None
    found: Any = None


@dataclass
class PatchResult:
    name: str  # file name
    outcome: str
    guards: list[GuardResult] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".yaml")

    def detail(self) -> str:
        """One line for the table: which guards were skipped, and why (nothing when all apply)."""
        if self.outcome == CONFLICT:
            g = next(g for g in self.guards if g.outcome == CONFLICT)
            return f"op {g.op_index} at {g.pointer}: {g.reason}"
        parts = []
        for outcome, words in ((NOT_APPLICABLE, "absent"), (OBSOLETE, "already in the spec")):
            labels = sorted({g.anchor for g in self.guards if g.outcome == outcome})
            if labels:
                parts.append(f"{words}: {', '.join(labels)}")
        applied = sum(g.outcome == APPLIES for g in self.guards)
        if self.outcome == APPLIES and parts:
            parts.insert(0, f"{applied} of {len(self.guards)} guards")
        return "; ".join(parts)

    def conflict_message(self) -> str:
        g = next(g for g in self.guards if g.outcome == CONFLICT)
        lines = [
            f"patch {self.name} conflicts: operation {g.op_index} ({g.anchor}) at {g.pointer}",
            f"  {g.reason}",
        ]
        return "\n".join(lines)


def _split_guards(ops: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]]:
    guards: list[tuple[int, list[dict[str, Any]]]] = []
    previous = None
    for i, op in enumerate(ops):
        kind = op.get("op")
        if not guards or (kind == "test" and previous != "test"):
            guards.append((i, []))
        guards[-1][1].append(op)
        previous = kind
    return guards


def _short(value: Any, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _run_guard(doc: Any, first: int, ops: list[dict[str, Any]]) -> tuple[GuardResult, Any]:
    """Classify one guard against ``doc``; return its result and the document after it."""
    trial = copy.deepcopy(doc)
    label = anchor(ops[0].get("path", ""))[1]
    for offset, op in enumerate(ops):
        try:
            apply_operation(trial, op)
        except PatchFormatError as exc:
            raise PatchFormatError(f"operation {first + offset}: {exc}") from None
        except PatchError as exc:
            pointer = op.get("path", "")
            anchor_pointer, anchor_label = anchor(pointer)
            result = GuardResult(CONFLICT, anchor_label, first, first + offset, pointer)
            if not resolve(doc, anchor_pointer)[0]:
                result.outcome, result.reason = NOT_APPLICABLE, f"{anchor_label} is absent"
                return result, doc
            if _already_holds(doc, ops):
                result.outcome, result.reason = OBSOLETE, "the spec already says what the patch writes"
                return result, doc
            if op.get("op") == "test" and not isinstance(exc, _Missing):
                result.expected = op.get("value")
                result.found = resolve(trial, pointer)[1]
                result.reason = (
                    f"test failed: the spec has {_short(result.found)}, the patch expects {_short(result.expected)}"
                )
            elif op.get("op") == "test":
                result.expected = op.get("value")
                result.reason = f"test failed: {pointer} is not in the spec ({anchor_label} exists, but not this)"
            else:
                result.reason = f"{op.get('op')} failed: {exc} ({anchor_label} exists, but not this)"
            return result, doc
    if without_docs(trial) == without_docs(doc):
        return GuardResult(OBSOLETE, label, first, reason="applying it changes nothing"), doc
    return GuardResult(APPLIES, label, first), trial


def load_patch(path: Path) -> dict[str, Any]:
    patch = load_yaml(path.read_bytes())
    missing = REQUIRED_KEYS - set(patch or {})
    if missing:
        raise PatchFormatError(f"{path.name}: missing {', '.join(sorted(missing))}")
    if not str(patch["proved_by"]).strip():
        raise PatchFormatError(f"{path.name}: proved_by must name the real server response")
    if not isinstance(patch["operations"], list) or not patch["operations"]:
        raise PatchFormatError(f"{path.name}: operations must be a non-empty list")
    return dict(patch)


def classify_patch(doc: Any, name: str, ops: list[dict[str, Any]]) -> tuple[PatchResult, Any]:
    """Classify one patch's ``ops`` against ``doc`` (not modified); return it and the patched copy."""
    guards: list[GuardResult] = []
    for first, guard_ops in _split_guards(ops):
        try:
            result, doc = _run_guard(doc, first, guard_ops)
        except PatchFormatError as exc:
            raise PatchFormatError(f"{name}: {exc}") from None
        guards.append(result)
    outcomes = {g.outcome for g in guards}
    for outcome in (CONFLICT, APPLIES, OBSOLETE, NOT_APPLICABLE):
        if outcome in outcomes:
            return PatchResult(name, outcome, guards), doc
    raise AssertionError("a patch has at least one guard")


def classify(spec: dict[str, Any], files: list[Path]) -> tuple[dict[str, Any], list[PatchResult]]:
    """Patch a deep copy of ``spec`` with every guard that applies; return it and each patch's result.

    Raises ``PatchError`` for a malformed patch file. Conflicts are returned, not raised
    (``raise_on_conflict`` does that), so that the whole table can be shown first.
    """
    doc = copy.deepcopy(spec)
    results = []
    for path in files:
        patch = load_patch(path)
        result, doc = classify_patch(doc, path.name, patch["operations"])
        results.append(result)
    return doc, results


def raise_on_conflict(results: list[PatchResult]) -> None:
    for result in results:
        if result.outcome == CONFLICT:
            raise PatchConflict(result)


LEGEND = (
    "applies: patched | obsolete: the spec already says it, fixed upstream: drop the patch unless an older "
    "release still needs it | not applicable: its target is absent in this release, kept for other releases, "
    "skipped here | conflict: the target exists but differs from what the patch expects: stops"
)


def table(results: list[PatchResult]) -> str:
    """The classification as an aligned text table: patch, result, detail."""
    rows = [("patch", "result", "detail")] + [(r.stem, r.outcome, r.detail()) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    return "\n".join(f"  {a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in rows)


def patch_files(folder: Path) -> list[Path]:
    return sorted((folder / "patches").glob("*.yaml"))


def apply_patches(spec: dict[str, Any], files: list[Path]) -> dict[str, Any]:
    """Return a patched deep copy of ``spec``; every op of every patch must apply (strict: the pins).

    Raises PatchError naming the file and operation on any failure.
    """
    doc = copy.deepcopy(spec)
    for path in files:
        patch = load_patch(path)
        for i, op in enumerate(patch["operations"]):
            try:
                apply_operation(doc, op)
            except PatchError as exc:
                raise PatchError(f"{path.name}: operation {i}: {exc}") from None
    return doc
