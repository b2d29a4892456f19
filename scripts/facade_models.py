"""Which generated models the facade's result types read, and which of their fields, for the
verdict that ``make regenerate`` prints after the API diff.

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
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
