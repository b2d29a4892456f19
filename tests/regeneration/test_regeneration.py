"""Code written against the facade keeps working when the generated clients are regenerated for
another Airflow: generate both from older Airflow releases, then the facade's public API must be
identical and the same calls must give the same results against the real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OTHER_PINS = {"v1": "2.9.3", "v2": "3.1.0"}  # older releases with different specs (see api_diff)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regenerated")
    for api, version in OTHER_PINS.items():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "generate.py"),
                "--api",
                api,
                "--airflow-version",
                version,
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
    return out


def probe(server: Any, pythonpath: Path | None) -> dict[str, Any]:
    env = {**os.environ, "PROBE_MAJOR": str(server.major), "PROBE_URL": server.base_url}
    env.update(PROBE_KEY=server.api_key or "", PROBE_USER=server.username, PROBE_PASSWORD=server.password)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("probe.py"))], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_facade_unchanged_by_regeneration(airflow: Any, regenerated: Path) -> None:
    current = probe(airflow, None)
    other = probe(airflow, regenerated)
    assert other["calls"]["generated_from"].startswith(str(regenerated))  # really the other code
    assert current["calls"]["generated_from"].startswith(str(ROOT / "generated"))
    assert other["surface"] == current["surface"]
    for result in (current, other):
        calls = result["calls"]
        assert calls["version"] == airflow.version
        assert calls["pool"][:3] == [True, 2, 4]
        assert calls["run"][:2] == [True, {"probe": True}]
        assert calls["dag"] == "hello" and calls["default_pool"] == "default_pool"
        assert calls["config"] is True and calls["health"] == "healthy"
    assert {k: v for k, v in current["calls"].items() if k != "generated_from"} == {
        k: v for k, v in other["calls"].items() if k != "generated_from"
    }
