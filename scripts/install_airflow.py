#!/usr/bin/env python3
"""Install a real Apache Airflow (2.x or 3.x) from PyPI into its own venv.

Usage::

    python scripts/install_airflow.py --major 2            # install (idempotent)
    python scripts/install_airflow.py --major 3 --print-path  # install, then print the venv path only
    python scripts/install_airflow.py --version 2.10.5     # any release (the server matrix)
    nice -n 10 python scripts/install_airflow.py --version 3.1.8   # what the test session does in the background

The venv lives in ``.cache/airflow/venv-<version>`` (``.cache/`` is git-ignored).
The version comes from ``openapi/v1/source.json`` (major 2) or
``openapi/v2/source.json`` (major 3), key ``"airflow_version"``; when those
files don't exist yet we fall back to :data:`FALLBACK_VERSIONS`.

Extra pip requirement lines per Airflow version live in ``scripts/airflow_pins/<version>.txt``
(passed with ``-r``).  A marker file ``.installed.json`` inside the venv records
the version and a hash of the pins; when it matches, a second run is instant.
A venv without a matching marker (a half-finished or outdated install) is
deleted and rebuilt.

Stdlib only: it runs before any venv exists.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from registry import REGISTRY

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = REPO_ROOT / ".cache" / "airflow"
PINS_DIR = Path(__file__).resolve().parent / "airflow_pins"
FALLBACK_VERSIONS = {"2": "2.11.2", "3": "3.3.2"}
#: the pins: major -> openapi/<api>/source.json of the API whose spec that major ships (the registry)
SOURCE_FILES = {str(v.major): REPO_ROOT / "openapi" / v.name / "source.json" for v in REGISTRY.GENERATED}
MARKER = ".installed.json"
# The interpreter for the Airflow venvs: python3.11 (both Airflow 2.11 and 3.x support it);
# falls back to the interpreter running this script when python3.11 is not on PATH.
PYTHON = os.environ.get("AIRFLOW_HARNESS_PYTHON") or ("python3.11" if shutil.which("python3.11") else sys.executable)


def log(msg: str) -> None:
    print(f"[install_airflow] {msg}", file=sys.stderr, flush=True)


def airflow_version(major: str | int) -> str:
    """The pinned Airflow version for a major ("2" or "3")."""
    major = str(major)
    if major not in FALLBACK_VERSIONS:
        raise ValueError(f"unsupported Airflow major {major!r} (want 2 or 3)")
    env = os.environ.get(f"AIRFLOW_HARNESS_VERSION_{major}")
    if env:
        return env
    src = SOURCE_FILES[major]
    if src.is_file():
        try:
            data = json.loads(src.read_text())
            version = data.get("airflow_version")
            if version:
                return str(version)
        except (OSError, ValueError) as exc:
            log(f"could not read {src}: {exc}; using fallback")
    return FALLBACK_VERSIONS[major]


def resolve(release: str | int) -> str:
    """An Airflow version: ``"2.10.5"`` as it is, a major (``2``, ``"3"``) as its pinned version."""
    release = str(release)
    return release if "." in release else airflow_version(release)


def major_of(release: str | int) -> str:
    return resolve(release).split(".", 1)[0]


def pins_file(release: str | int) -> Path | None:
    """Extra pip requirements for one Airflow version (``scripts/airflow_pins/<version>.txt``)."""
    p = PINS_DIR / f"{resolve(release)}.txt"
    return p if p.is_file() else None


def expected_marker(release: str | int) -> dict:
    version = resolve(release)
    pins = pins_file(version)
    pins_text = pins.read_text() if pins else ""
    return {
        "major": major_of(version),
        "version": version,
        "pins_sha256": hashlib.sha256(pins_text.encode()).hexdigest(),
        "python": PYTHON,
    }


def venv_path(release: str | int) -> Path:
    """``.cache/airflow/venv-<version>`` of a version, or of a major's pinned version."""
    return CACHE_DIR / f"venv-{resolve(release)}"


def is_installed(release: str | int) -> bool:
    venv = venv_path(release)
    marker = venv / MARKER
    if not marker.is_file() or not (venv / "bin" / "airflow").exists():
        return False
    try:
        got = json.loads(marker.read_text())
    except (OSError, ValueError):
        return False
    want = expected_marker(release)
    return all(got.get(k) == v for k, v in want.items())


def _run(cmd: list[str], **kw) -> None:
    log("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, **kw)


def install(release: str | int, *, quiet: bool = False, nice: int = 0) -> Path:
    """Install (if needed) Airflow ``release`` (a version, or a major's pinned version); return the venv.

    ``nice``: run venv and pip at that niceness (the test session installs the matrix's releases in
    the background at 10, so they take only CPU time that the tests leave idle)."""
    if nice:
        return _niced(release, quiet, nice)
    venv = venv_path(release)
    if is_installed(release):
        log(f"Airflow {resolve(release)} already installed in {venv} (marker ok)")
        return venv
    want = expected_marker(release)
    t0 = time.monotonic()
    if venv.exists():
        log(f"removing incomplete/outdated venv {venv}")
        shutil.rmtree(venv)
    venv.parent.mkdir(parents=True, exist_ok=True)
    _run([PYTHON, "-m", "venv", str(venv)])
    t_venv = time.monotonic()
    py = str(venv / "bin" / "python")
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check"]
    if quiet:
        pip.append("-q")
    _run([*pip, "--upgrade", "pip"])
    cmd = [*pip, f"apache-airflow=={want['version']}"]
    pins = pins_file(release)
    if pins:
        cmd += ["-r", str(pins)]
    t_pip0 = time.monotonic()
    _run(cmd)
    t_pip = time.monotonic()
    # sanity: the airflow CLI imports
    out = subprocess.run(
        [str(venv / "bin" / "airflow"), "version"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "AIRFLOW_HOME": str(venv / "airflow_home_check"), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"},
    )
    shutil.rmtree(venv / "airflow_home_check", ignore_errors=True)
    got_version = out.stdout.strip().splitlines()[-1].strip() if out.stdout.strip() else "?"
    t_end = time.monotonic()
    marker = dict(
        want,
        installed_version=got_version,
        seconds={"venv": round(t_venv - t0, 1), "pip_airflow": round(t_pip - t_pip0, 1), "total": round(t_end - t0, 1)},
        finished_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    )
    (venv / MARKER).write_text(json.dumps(marker, indent=2) + "\n")
    log(
        f"installed Airflow {got_version} in {venv}: venv {t_venv - t0:.1f}s, "
        f"pip install apache-airflow {t_pip - t_pip0:.1f}s, total {t_end - t0:.1f}s"
    )
    return venv


def _niced(release: str | int, quiet: bool, nice: int) -> Path:
    """``install`` in a child process at niceness ``nice`` (the caller's own priority is untouched)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--version", resolve(release), "--print-path"]
    if shutil.which("nice"):
        cmd = ["nice", "-n", str(nice), *cmd]
    subprocess.run(cmd + (["--quiet"] if quiet else []), check=True, stdout=subprocess.PIPE)
    return venv_path(release)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = ap.add_mutually_exclusive_group(required=True)
    which.add_argument("--major", choices=["2", "3"], help="the major's pinned version (openapi/<api>/source.json)")
    which.add_argument("--version", help="any Airflow version, e.g. 2.10.5")
    ap.add_argument(
        "--print-path", action="store_true", help="print only the venv path on stdout (after installing if needed)"
    )
    ap.add_argument("--quiet", action="store_true", help="pass -q to pip")
    args = ap.parse_args(argv)
    release = args.version or args.major
    t0 = time.monotonic()
    venv = install(release, quiet=args.quiet)
    log(f"done in {time.monotonic() - t0:.1f}s")
    if args.print_path:
        print(venv)
    else:
        print(json.dumps({"major": major_of(release), "version": resolve(release), "venv": str(venv)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
