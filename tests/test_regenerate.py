"""``make regenerate`` is a transaction (scripts/regenerate.py): it builds the new openapi/ and
generated/ in a staging copy and swaps them in only when every step passed. Here against a copy
of this repository's openapi/ + generated/ in tmp_path, with a fake release (no network): a
failure at each step must leave that tree byte for byte as it was, with a short message."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402
import regenerate  # noqa: E402
from regenerate import Fetched, RegenerateError  # noqa: E402
from specs import APIS, merged_spec, pristine_files, sha256  # noqa: E402

Spec = dict[str, Any]
FAKE = "2.99.0"  # a v1 release that does not exist: fetch_release is replaced


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the repository's openapi/ and generated/: the tree ``regenerate`` works on."""
    root = tmp_path / "repo"
    for name in ("openapi", "generated"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def pinned_v1() -> Spec:
    return merged_spec(APIS["v1"], pristine_files(APIS["v1"]))


def fake_release(monkeypatch: pytest.MonkeyPatch, edit: Callable[[Spec], None] | None = None) -> None:
    """``fetch_release`` answers the pinned v1 spec, edited, as release 2.99.0 (JSON is YAML)."""

    def fetch(api: Any, version: str) -> Fetched:
        if api.name != "v1":
            raise SystemExit(
                f"pip download {api.package}=={version} failed (exit 1):\n  ERROR: No matching distribution"
            )
        spec = pinned_v1()
        if edit is not None:
            edit(spec)
        data = json.dumps(spec).encode()
        path = APIS["v1"].files[0].path_in_wheel
        record = {
            "package": "apache-airflow",
            "airflow_version": version,
            "wheel": f"apache_airflow-{version}-py3-none-any.whl",
            "wheel_sha256": "0" * 64,
            "files": [{"path_in_wheel": path, "saved_as": "v1.yaml", "role": "main", "sha256": sha256(data)}],
        }
        return Fetched({"v1.yaml": (path, data)}, record)

    monkeypatch.setattr(regenerate, "fetch_release", fetch)


def slots_nullable_and_no_health(spec: Spec) -> None:
    spec["components"]["schemas"]["Pool"]["properties"]["slots"]["nullable"] = True  # the facade reads it
    spec["components"]["schemas"]["DAG"]["properties"]["dag_display_name"]["nullable"] = True  # it does not
    del spec["paths"]["/health"]


def test_success_swaps_in_the_new_trees_and_prints_table_diff_and_verdict(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_release(monkeypatch, slots_nullable_and_no_health)
    before = snapshot(repo)
    (outcome,) = regenerate.regenerate({"v1": FAKE}, root=repo)
    out = capsys.readouterr().out

    assert json.loads((repo / "openapi/v1/source.json").read_text())["airflow_version"] == FAKE
    assert not (repo / "generated/airflow_api_v1/api/monitoring/get_health.py").exists()
    assert (repo / "generated/airflow_api_v1/api/monitoring/get_version.py").exists()
    after = snapshot(repo)
    changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    assert all(k.startswith(("openapi/v1/", "generated/airflow_api_v1/")) for k in changed), changed
    assert not list(repo.glob(".regenerate-*")), "the staging folder is removed"

    assert [r.outcome for r in outcome.patches] == ["applies"] * 8
    assert "patches against apache-airflow 2.99.0:" in out and "0008-basic-dag-run-id-key" in out
    assert "== Operations removed (1) ==\n  GET    /health  (get_health)" in out
    assert "== Verdict ==\n  operations: 0 added, 1 removed" in out
    assert "~ field slots: nullable no -> yes  <- read by the facade" in out
    assert "~ field dag_display_name: nullable no -> yes\n" in out  # listed, not read
    assert "facade result types: NEED ATTENTION" in out
    assert "Pool: reads slots: ~ field slots: nullable no -> yes" in out
    assert outcome.verdict["attention"] == [  # DagDetails reads the display name of DAGDetail (it inherits DAG)
        "DagDetails: reads dag_display_name: ~ field dag_display_name: nullable no -> yes",
        "Pool: reads slots: ~ field slots: nullable no -> yes",
    ]
    # check-generated semantics: the new pin reproduces the new generated/ exactly
    assert generate.check([APIS["v1"]], openapi=repo / "openapi", generated=repo / "generated") == 0


def test_an_unchanged_pin_does_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(repo)
    assert regenerate.regenerate({"v1": "2.11.2"}, root=repo) == []
    assert "v1: pin unchanged (2.11.2)" in capsys.readouterr().out
    assert snapshot(repo) == before


def conflicting_404(spec: Spec) -> None:
    path = "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/xcomEntries/{xcom_key}"
    spec["paths"][path]["get"]["responses"]["404"] = {"description": "no such XCom"}


def duplicate_operation_id(spec: Spec) -> None:
    spec["paths"]["/health"]["get"]["operationId"] = "get_version"


def fail_diff(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a bug in the verdict")

    monkeypatch.setattr(regenerate, "facade_verdict", boom)


def fail_second_swap(monkeypatch: pytest.MonkeyPatch) -> None:
    """openapi/ is swapped, then moving generated/ away fails: openapi/ must be put back."""
    calls = []
    real = os.replace

    def replace(src: Any, dst: Any) -> None:
        calls.append((src, dst))
        if len(calls) == 3:
            raise PermissionError(13, "Permission denied", str(src))
        real(src, dst)

    monkeypatch.setattr(regenerate.os, "replace", replace)


FAILURES: dict[str, tuple[Callable[[Spec], None] | None, Callable[[pytest.MonkeyPatch], None] | None, list[str]]] = {
    "fetch": (None, None, ["No matching distribution", "What to do: check that apache-airflow-core 3.99.0 exists"]),
    "patch": (
        conflicting_404,
        None,
        [
            "patch 0003-xcom-entry-400.yaml conflicts: operation 0",
            "/get/responses/404",
            "the spec has {'description': 'no such XCom'}",
            "Re-check openapi/v1/patches/0003-xcom-entry-400.yaml",
        ],
    ),
    "generate": (duplicate_operation_id, None, ["operationIds used more than once", "get_version: GET /health"]),
    "diff": (None, fail_diff, ["ValueError: a bug in the verdict"]),
    "swap": (None, fail_second_swap, ["PermissionError", "What to do: check the permissions"]),
}


@pytest.mark.parametrize("step", list(FAILURES))
def test_a_failure_at_any_step_changes_nothing(
    step: str, repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    edit, sabotage, said = FAILURES[step]
    fake_release(monkeypatch, edit)
    if sabotage is not None:
        sabotage(monkeypatch)
    moves = {"v2": "3.99.0"} if step == "fetch" else {"v1": FAKE}
    before = snapshot(repo)
    with pytest.raises(RegenerateError) as info:
        regenerate.regenerate(moves, root=repo)
    error = info.value
    assert error.step == step
    assert snapshot(repo) == before
    assert not list(repo.glob(".regenerate-*")), "the staging folder is removed"
    text = error.render()
    assert text.startswith(f"regenerate failed ({'v2, ' if step == 'fetch' else 'v1, ' if step != 'swap' else ''}")
    assert "nothing was changed: openapi/ and generated/ are as they were." in text
    assert "Traceback" not in text and len(text.splitlines()) <= 10, text
    for words in said:
        assert words in text, text
    if step == "patch":
        table = capsys.readouterr().out
        assert "0003-xcom-entry-400                        conflict" in table  # the table is printed first


def test_both_apis_are_one_transaction(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """v1 builds fine, then v2's fetch fails: v1's new files are not swapped in either."""
    fake_release(monkeypatch, slots_nullable_and_no_health)
    before = snapshot(repo)
    with pytest.raises(RegenerateError) as info:
        regenerate.regenerate({"v1": FAKE, "v2": "3.99.0"}, root=repo)
    assert (info.value.api, info.value.step) == ("v2", "fetch")
    assert snapshot(repo) == before


@pytest.mark.parametrize(
    ("moves", "said"),
    [
        ({"v1": "3.1.8"}, "v1 is the API of Airflow 2: 3.1.8 is not a 2.x release"),
        ({"v2": "2.10.5"}, "v2 is the API of Airflow 3: 2.10.5 is not a 3.x release"),
        ({"v2": "latest"}, "'latest' is not a release version (X.Y.Z)"),
    ],
)
def test_a_wrong_version_is_refused_before_anything(repo: Path, moves: dict[str, str], said: str) -> None:
    before = snapshot(repo)
    with pytest.raises(RegenerateError, match=re.escape(said)):
        regenerate.regenerate(moves, root=repo)
    assert snapshot(repo) == before


def test_swap_puts_everything_back_when_a_rename_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, staging = tmp_path / "root", tmp_path / "root" / ".regenerate-x"
    for name in ("openapi", "generated"):
        (root / name).mkdir(parents=True)
        (root / name / "f").write_text(f"old {name}")
        (staging / name).mkdir(parents=True)
        (staging / name / "f").write_text(f"new {name}")
    fail_second_swap(monkeypatch)
    with pytest.raises(PermissionError):
        regenerate.swap(root, staging)
    assert [(root / n / "f").read_text() for n in ("openapi", "generated")] == ["old openapi", "old generated"]
    monkeypatch.undo()
    regenerate.swap(root, staging)
    assert [(root / n / "f").read_text() for n in ("openapi", "generated")] == ["new openapi", "new generated"]


def test_the_command_line_says_it_in_a_few_lines() -> None:
    """`make regenerate AIRFLOW_V1=3.1.8`: exit 1, no traceback, the real tree untouched (the version
    is refused before anything is read)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--v1", "3.1.8"], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "regenerate failed (v1, step fetch); nothing was changed: openapi/ and generated/ are as they were.",
        "  v1 is the API of Airflow 2: 3.1.8 is not a 2.x release",
        "  What to do: give AIRFLOW_V1=2.x.y (2.7 or later).",
    ]
