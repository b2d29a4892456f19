"""Which generated models the facade's result types read (and which of their fields), and which
generated operations the facade calls, for the verdict that ``make regenerate`` prints after the
API diff.

Read at run time from ``facade/astro_airflow/types.py`` (never copied here), so a result type
added there is covered the moment it exists:

* ``_RAW_MODELS``: result type -> {api: ``"module:Class"``} of the generated model ``.raw``
  parses into. The spec schema behind ``Class`` is found by name (the generator keeps a schema's
  name as the class name; compared case- and punctuation-insensitively);
* the fields each type reads: every attrs field of the type has a reader in its metadata (a small
  function of the server's JSON). Each reader is called on a recording mapping, twice: once
  answering ``None`` for every key (so ``_first("dag_run_id", "run_id")`` also reads its fallback
  key) and once answering a nested recording mapping (so ``_part("scheduler")`` shows that it reads
  ``scheduler.status``). The keys asked for are the fields read, as dotted paths. A reader that
  raises on the recorder makes the whole model count as read.

The operations the facade calls (``facade_operations``) are read from its source the same way:
every ``from airflow_api_vN.api.<tag> import <module>`` (or ``import_module("...")``) in
``facade/astro_airflow/**/*.py``, parsed with ``ast``, is one operation; its ``(METHOD, path)`` is
what the module's ``request_kwargs`` sends (the generator names the module after the snake_case
operationId and the folder after the tag, so the match is exact), and the spec is compared on that.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

FACADE = Path(__file__).resolve().parent.parent / "facade"


def _types() -> Any:
    if str(FACADE) not in sys.path:
        sys.path.insert(0, str(FACADE))
    from astro_airflow import types

    return types


class _Recorder(dict):  # type: ignore[type-arg]
    """A JSON object that answers every key and remembers which were asked for."""

    def __init__(self, seen: set[str], prefix: str = "", nested: bool = False) -> None:
        super().__init__()
        self._seen, self._prefix, self._nested = seen, prefix, nested

    def _answer(self, key: Any) -> Any:
        path = f"{self._prefix}{key}"
        self._seen.add(path)
        return _Recorder(self._seen, path + ".", nested=True) if self._nested else None

    def get(self, key: Any, default: Any = None) -> Any:
        return self._answer(key)

    def __getitem__(self, key: Any) -> Any:
        return self._answer(key)

    def __contains__(self, key: object) -> bool:
        self._answer(key)
        return True


ALL = frozenset({"*"})  # the model counts as read as a whole


def fields_read(cls: type) -> frozenset[str]:
    """Dotted paths of the JSON keys the readers of result type ``cls`` ask for (``ALL`` if unknown)."""
    import attrs

    types = _types()
    seen: set[str] = set()
    for field in attrs.fields(cls):
        reader = field.metadata.get(types._READ)
        if reader is None:
            continue
        for nested in (False, True):
            try:
                reader(_Recorder(seen, nested=nested))
            except Exception:
                return ALL
    return frozenset(seen)


@dataclass(frozen=True)
class FacadeModel:
    type_name: str  # the facade's result type, e.g. "DagRun"
    module: str  # generated module under <package>.models, e.g. "dag_run_response"
    class_name: str  # e.g. "DAGRunResponse"
    reads: frozenset[str]  # dotted JSON paths, or ALL


def facade_models(api: str) -> list[FacadeModel]:
    """The generated models of ``api`` (``"v1"``/``"v2"``) behind the facade's result types."""
    types = _types()
    out = []
    for type_name, per_api in sorted(types._RAW_MODELS.items()):
        target = per_api.get(api)
        if target is None:
            continue
        module, class_name = target.split(":")
        out.append(FacadeModel(type_name, module, class_name, fields_read(getattr(types, type_name))))
    return out


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def schema_for(class_name: str, spec: dict[str, Any]) -> str | None:
    """The name of the schema of ``spec`` that the generator turns into ``class_name``."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    if class_name in schemas:
        return class_name
    matches = [name for name in schemas if _norm(name) == _norm(class_name)]
    return matches[0] if len(matches) == 1 else None


def class_defined(package_dir: Path, model: FacadeModel) -> bool:
    """Whether the generated package at ``package_dir`` defines ``models/<module>.py:<Class>``."""
    path = package_dir / "models" / f"{model.module}.py"
    return path.is_file() and re.search(rf"^class {re.escape(model.class_name)}\b", path.read_text(), re.M) is not None


# --------------------------------------------------------------------------- operations the facade calls

GENERATED = FACADE.parent / "generated"
_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": f?"([^"]*)"')


@dataclass(frozen=True)
class FacadeOperation:
    """A generated endpoint module the facade imports (and so calls)."""

    api: str  # "v1" | "v2"
    tag: str  # folder under <package>/api, e.g. "x_com"
    module: str  # e.g. "delete_xcom_entry": openapi-python-client's snake_case of the operationId
    method: str | None  # from the module's request_kwargs, e.g. "DELETE"; None if the module is missing
    path: str | None  # as in the spec (v1's relative to /api/v1, v2's starting with /api/v2)
    where: tuple[str, ...]  # "_adapters/v2.py:569" for every import of it
    guarded: bool  # every import is in a ``try`` whose ImportError handler raises UnsupportedOperationError
    keywords: frozenset[str] = frozenset()  # the arguments the facade passes to its request_kwargs by name

    @property
    def name(self) -> str:
        return f"{self.tag}.{self.module}"


def _catches_import_error(node: ast.AST) -> TypeGuard[ast.Try]:
    """``node`` is a ``try`` whose ImportError handler raises ``UnsupportedOperationError``."""

    def names(t: ast.expr | None) -> list[str]:
        if t is None:
            return ["BaseException"]  # a bare except
        if isinstance(t, ast.Tuple):
            return [n for e in t.elts for n in names(e)]
        return [t.id] if isinstance(t, ast.Name) else [t.attr] if isinstance(t, ast.Attribute) else []

    def unsupported(handler: ast.ExceptHandler) -> bool:
        """The handler calls ``self._unsupported(...)`` or raises ``UnsupportedOperationError``."""
        for n in ast.walk(handler):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "_unsupported":
                return True
            if isinstance(n, ast.Name) and n.id == "UnsupportedOperationError":
                return True
        return False

    return isinstance(node, ast.Try) and any(
        {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"} & set(names(h.type)) and unsupported(h)
        for h in node.handlers
    )


def _imported_endpoints(tree: ast.AST, package: str) -> list[tuple[str, str, int, bool]]:
    """``(tag, module, line, guarded)`` of every import of ``<package>.api.<tag>.<module>`` in ``tree``:
    ``from <package>.api.<tag> import <module>``, ``from <package>.api.<tag>.<module> import ...``,
    ``import <package>.api.<tag>.<module>`` and ``importlib.import_module("<package>.api.<tag>.<module>")``."""
    prefix = f"{package}.api."
    guarded_lines: set[int] = set()
    for node in ast.walk(tree):
        if _catches_import_error(node):
            for stmt in node.body:
                guarded_lines |= {n.lineno for n in ast.walk(stmt) if hasattr(n, "lineno")}
    found: list[tuple[str, str, int, bool]] = []

    def add(dotted: str, node: ast.AST, names: list[str] | None = None) -> None:
        if not dotted.startswith(prefix):
            return
        parts = dotted[len(prefix) :].split(".")
        line = getattr(node, "lineno", 0)
        if len(parts) == 1 and names:  # from <package>.api.<tag> import <module>, ...
            found.extend((parts[0], n, line, line in guarded_lines) for n in names)
        elif len(parts) >= 2:
            found.append((parts[0], parts[1], line, line in guarded_lines))

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            add(node.module, node, [a.name for a in node.names])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            add(node.args[0].value, node)
    return found


def _keywords_passed(tree: ast.AST) -> dict[str, set[str]]:
    """``{module: names}``: the keyword arguments of every ``<module>.request_kwargs(...)`` call in ``tree``."""
    out: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "request_kwargs"
            and isinstance(node.func.value, ast.Name)
        ):
            out.setdefault(node.func.value.id, set()).update(k.arg for k in node.keywords if k.arg)
    return out


def facade_operations(api: str, generated: Path = GENERATED, facade: Path = FACADE) -> list[FacadeOperation]:
    """The generated operations of ``api`` that the facade calls, found in its source (never a list
    kept by hand): the endpoint modules ``facade/astro_airflow/**/*.py`` import from the generated
    package, each with the ``(METHOD, path)`` its ``request_kwargs`` sends, read from ``generated``
    (the client the facade was written against; a module it lacks has ``method``/``path`` None)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from specs import APIS

    package = APIS[api].python_package
    seen: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    keywords: dict[tuple[str, str], set[str]] = {}
    for source in sorted((facade / "astro_airflow").rglob("*.py")):
        tree = ast.parse(source.read_text(), str(source))
        name = source.relative_to(facade / "astro_airflow").as_posix()
        passed = _keywords_passed(tree)
        for tag, module, line, guarded in _imported_endpoints(tree, package):
            seen.setdefault((tag, module), []).append((f"{name}:{line}", guarded))
            keywords.setdefault((tag, module), set()).update(passed.get(module, ()))
    out = []
    for (tag, module), uses in sorted(seen.items()):
        method = path = None
        file = generated / package / "api" / tag / f"{module}.py"
        if file.is_file():
            text = file.read_text()
            m, u = _METHOD.search(text), _URL.search(text)
            if m and u:
                method, path = m.group(1).upper(), u.group(1)
        where = tuple(w for w, _ in uses)
        guarded = all(g for _, g in uses)
        out.append(FacadeOperation(api, tag, module, method, path, where, guarded, frozenset(keywords[(tag, module)])))
    return out
