"""Airflow's REST API specs: where they live in the released wheels, and how we fetch them.

Used by ``fetch_spec.py``, ``generate.py`` and ``api_diff.py``. Stdlib only, plus
``ruamel.yaml`` (which the pinned generator already brings) to read YAML.

Each API has a folder ``openapi/<api>/`` holding:

* the pristine spec file(s), byte-for-byte as shipped in the wheel;
* ``source.json``: package, version, wheel sha256, path in wheel and sha256 of each file;
* ``patches/``: our reviewed fixes, applied in order (see ``patches.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from registry import REGISTRY

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
CACHE = ROOT / ".cache" / "wheels"


@dataclass(frozen=True)
class SpecFile:
    path_in_wheel: str
    saved_as: str
    role: str  # "main" is generated; "merge" is merged into main before patching
    #: where older releases ship the same file (tried in order when ``path_in_wheel`` is absent)
    older_paths: tuple[str, ...] = ()

    @property
    def candidates(self) -> tuple[str, ...]:
        return (self.path_in_wheel, *self.older_paths)


@dataclass(frozen=True)
class Api:
    name: str  # "v1" | "v2"
    package: str  # PyPI distribution that ships the spec
    major: int  # Airflow major version serving this API
    files: tuple[SpecFile, ...]

    @property
    def folder(self) -> Path:
        return OPENAPI / self.name

    def folder_in(self, openapi: Path | None) -> Path:
        """This API's folder under another ``openapi/`` tree (a staging copy), or the real one."""
        return self.folder if openapi is None else openapi / self.name

    @property
    def python_package(self) -> str:
        return str(REGISTRY.version(self.name).package)


APIS: dict[str, Api] = {
    "v1": Api(
        "v1",
        "apache-airflow",
        REGISTRY.version("v1").major,
        (SpecFile("airflow/api_connexion/openapi/v1.yaml", "v1.yaml", "main"),),
    ),
    "v2": Api(
        "v2",
        "apache-airflow-core",
        REGISTRY.version("v2").major,
        (
            # Airflow 3.0.0-3.0.2 ship the same files named v1-*-generated.yaml (paths /api/v2/...)
            SpecFile(
                "airflow/api_fastapi/core_api/openapi/v2-rest-api-generated.yaml",
                "v2-rest-api-generated.yaml",
                "main",
                ("airflow/api_fastapi/core_api/openapi/v1-rest-api-generated.yaml",),
            ),
            # Airflow 3's token endpoints (/auth/token, /auth/token/cli) live in the
            # simple auth manager's own spec; generate.py merges its paths and schemas.
            SpecFile(
                "airflow/api_fastapi/auth/managers/simple/openapi/v2-simple-auth-manager-generated.yaml",
                "v2-simple-auth-manager-generated.yaml",
                "merge",
                ("airflow/api_fastapi/auth/managers/simple/openapi/v1-simple-auth-manager-generated.yaml",),
            ),
        ),
    ),
}
assert set(APIS) == {v.name for v in REGISTRY.GENERATED}, "every generated API of the registry has its spec files here"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source(api: Api, openapi: Path | None = None) -> dict[str, Any]:
    return json.loads((api.folder_in(openapi) / "source.json").read_text())


def wheel_for(api: Api, version: str) -> Path:
    """Download (once, cached under .cache/wheels) the wheel of ``api.package==version``.

    Raises SystemExit with pip's own error lines when the download fails (no such release, no network).
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    stem = api.package.replace("-", "_")
    found = sorted(CACHE.glob(f"{stem}-{version}-*.whl"))
    if not found:
        print(f"downloading {api.package}=={version} (no dependencies) ...", file=sys.stderr)
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
                "--dest",
                str(CACHE),
                f"{api.package}=={version}",
            ],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            said = [
                re.sub(r" \(from versions: [^)]*\)", "", line)
                for line in done.stderr.splitlines()
                if line.startswith("ERROR")
            ][-2:]
            raise SystemExit(
                f"pip download {api.package}=={version} failed (exit {done.returncode}):\n  "
                + "\n  ".join(said or done.stderr.strip().splitlines()[-2:] or ["(no output)"])
            )
        found = sorted(CACHE.glob(f"{stem}-{version}-*.whl"))
    if not found:
        raise SystemExit(f"no wheel of {api.package}=={version} in {CACHE} after download")
    return found[0]


def extract_files(api: Api, version: str, expected: dict[str, Any] | None = None) -> dict[str, tuple[str, bytes]]:
    """``{saved_as: (path in wheel, bytes)}`` of every spec file of ``api`` at ``version``.

    When ``expected`` (a source record) is given, the wheel and every file must match its sha256,
    and each file is read from the path the record names.
    """
    wheel = wheel_for(api, version)
    data = wheel.read_bytes()
    if expected is not None and sha256(data) != expected["wheel_sha256"]:
        wheel.unlink()
        raise SystemExit(
            f"{wheel.name}: sha256 {sha256(data)} does not match source.json "
            f"({expected['wheel_sha256']}); the cached copy was deleted, run again to re-download"
        )
    recorded = {rec["saved_as"]: rec["path_in_wheel"] for rec in (expected or {}).get("files", [])}
    out: dict[str, tuple[str, bytes]] = {}
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for f in api.files:
            candidates = (recorded[f.saved_as],) if f.saved_as in recorded else f.candidates
            path = next((p for p in candidates if p in names), None)
            if path is None:
                raise SystemExit(f"{wheel.name} has no {' or '.join(candidates)}")
            out[f.saved_as] = (path, zf.read(path))
    if expected is not None:
        for rec in expected["files"]:
            got = sha256(out[rec["saved_as"]][1])
            if got != rec["sha256"]:
                raise SystemExit(f"{rec['path_in_wheel']}: sha256 {got} != recorded {rec['sha256']}")
    return out


def extract(api: Api, version: str, expected: dict[str, Any] | None = None) -> dict[str, bytes]:
    """Return ``{saved_as: bytes}`` of every spec file of ``api`` at ``version`` (see ``extract_files``)."""
    return {name: data for name, (_, data) in extract_files(api, version, expected).items()}


def source_record(api: Api, version: str, files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
    """The ``source.json`` of ``files`` (from ``extract_files``)."""
    wheel = wheel_for(api, version)
    return {
        "package": api.package,
        "airflow_version": version,
        "wheel": wheel.name,
        "wheel_sha256": sha256(wheel.read_bytes()),
        "files": [
            {
                "path_in_wheel": files[f.saved_as][0],
                "saved_as": f.saved_as,
                "role": f.role,
                "sha256": sha256(files[f.saved_as][1]),
            }
            for f in api.files
        ],
    }


def load_yaml(data: bytes | str) -> Any:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=False).load(data)


def merged_spec(api: Api, files: dict[str, bytes]) -> dict[str, Any]:
    """The spec to patch: the ``main`` file with every ``merge`` file's paths and schemas added.

    A merged path or schema must not already exist with different content (it would be lost).
    """
    main = next(f for f in api.files if f.role == "main")
    spec: dict[str, Any] = load_yaml(files[main.saved_as])
    for f in api.files:
        if f.role != "merge":
            continue
        extra = load_yaml(files[f.saved_as])
        for key, section in (
            ("paths", spec["paths"]),
            ("schemas", spec.setdefault("components", {}).setdefault("schemas", {})),
        ):
            source = extra["paths"] if key == "paths" else extra.get("components", {}).get("schemas", {})
            for name, value in source.items():
                if name in section and section[name] != value:
                    raise SystemExit(f"merging {f.saved_as}: {key} {name!r} differs from the main spec")
                section[name] = value
    return spec


def pristine_files(api: Api, openapi: Path | None = None) -> dict[str, bytes]:
    """The pristine spec files, verified against ``source.json`` (fetched from the wheel if missing).

    ``openapi``: another ``openapi/`` tree than the repository's (a staging copy).
    """
    folder = api.folder_in(openapi)
    record = read_source(api, openapi)
    if any(not (folder / rec["saved_as"]).exists() for rec in record["files"]):
        # fetch if needed: the pinned wheel, checksum-verified against source.json
        for name, data in extract(api, record["airflow_version"], expected=record).items():
            (folder / name).write_bytes(data)
    out = {}
    for rec in record["files"]:
        path = folder / rec["saved_as"]
        data = path.read_bytes()
        if sha256(data) != rec["sha256"]:
            raise SystemExit(
                f"{path} was edited: sha256 {sha256(data)} != {rec['sha256']} "
                "recorded in source.json. Specs are never hand-edited: put the fix in patches/ "
                "and restore the file with `python scripts/fetch_spec.py --api " + api.name + "`."
            )
        out[rec["saved_as"]] = data
    return out
