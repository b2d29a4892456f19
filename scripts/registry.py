"""The facade's API registry (``facade/astro_airflow/_versions.py``) for the scripts and the test harness.

Loaded by path, not imported as ``astro_airflow``: the scripts run before anything is installed,
and the registry is standard library only. ``REGISTRY.GENERATED`` lists the APIs with a spec and a
generated client (name, package, the Airflow major that ships the spec).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parent.parent / "facade" / "astro_airflow" / "_versions.py"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("_astro_airflow_versions", _FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a NamedTuple's module must be importable
    spec.loader.exec_module(module)
    return module


REGISTRY = sys.modules.get("_astro_airflow_versions") or _load()
