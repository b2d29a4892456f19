"""A newer server than our pins (issue #11, part 3): the clients regenerated from OLDER pins (2.10.5 and
3.1.8, ``_report.OLDER_PINS``) run the churn subset against the session's pinned servers (2.11.2 and
3.3.2). That is a user who has not regenerated while their deployments upgraded: nothing may crash,
unknown fields stay in ``.data``, unknown enum values stay plain strings.

The older generated packages have the import names of ours, so they run in their own pytest process
(``PYTHONPATH=facade:<tree>/generated``) that attaches to the running servers
(``ASTRO_AIRFLOW_MATRIX_ATTACH``). The tree is made by ``scripts/regenerate.py`` in a copy of
openapi/ + generated/ (the real ones are never touched) and kept in ``.cache/older-pins/<hash>``, keyed
by what it is made from (openapi/, the generator scripts, the older pins): later runs reuse it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import _report

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "older-pins"
INPUTS = ("openapi", "scripts/generate.py", "scripts/regenerate.py", "scripts/patches.py", "scripts/specs.py")


def tree_key() -> str:
    digest = hashlib.sha256(json.dumps(_report.OLDER_PINS, sort_keys=True).encode())
    for name in INPUTS:
        path = ROOT / name
        for p in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if p.is_file() and "__pycache__" not in p.parts:
                digest.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes())
    return digest.hexdigest()[:16]


def older_tree() -> tuple[Path, float]:
    """``.cache/older-pins/<key>`` holding openapi/ + generated/ regenerated for the older pins; the
    seconds it took (0 when cached)."""
    tree = CACHE / tree_key()
    if (tree / "done").is_file():
        return tree, 0.0
    sys.path.insert(0, str(ROOT / "scripts"))
    import regenerate

    t0 = time.monotonic()
    CACHE.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE))
    try:
        for name in ("openapi", "generated"):
            shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        out = io.StringIO()
        regenerate.regenerate(dict(_report.OLDER_PINS), root=work, out=out)
        (work / "regenerate.txt").write_text(out.getvalue())
        (work / "done").write_text(json.dumps(_report.OLDER_PINS) + "\n")
        shutil.rmtree(tree, ignore_errors=True)
        work.rename(tree)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tree, time.monotonic() - t0


def test_churn_subset_through_clients_generated_from_older_pins(airflow2: Any, airflow3: Any, tmp_path: Path) -> None:
    tree, built = older_tree()
    for api, version in _report.OLDER_PINS.items():
        source = json.loads((tree / "openapi" / api / "source.json").read_text())
        assert source["airflow_version"] == version
    servers = tmp_path / "servers.json"
    servers.write_text(json.dumps([airflow2.info(), airflow3.info()]))
    results = tmp_path / "results.json"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "facade"), str(tree / "generated")]),
        "ASTRO_AIRFLOW_MATRIX_ATTACH": str(servers),
        "ASTRO_AIRFLOW_MATRIX_RESULTS": str(results),
        "ASTRO_AIRFLOW_GENERATED_FROM": ",".join(_report.OLDER_PINS.values()),
    }
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/matrix/test_churn.py", "-q", "-p", "no:cacheprovider", "--tb=short"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    seconds = time.monotonic() - t0
    sys.stdout.write(proc.stdout[-6000:])
    got = json.loads(results.read_text())
    # the subprocess ran the OLDER generated packages, not ours
    for package, path in got["generated"].items():
        assert Path(path).is_relative_to(tree / "generated"), (package, path)
    older = "/".join(_report.OLDER_PINS.values())
    for row in got["rows"].values():
        version = row["version"]
        what = f"{row['what']} via clients generated from {older}"
        _report.add_row(
            f"older {version}",
            _report.Row(version, row["api"], what, 2, row["passed"], row["failed"], row["skipped"], row["seconds"]),
        )
    print(f"older-pins tree: {tree} (built in {built:.0f} s; 0: cached); churn run {seconds:.0f} s")
    print(f"result types whose .raw did not fit the older models: {got['raw_misses']}")
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert {row["version"] for row in got["rows"].values()} == {airflow2.version, airflow3.version}
