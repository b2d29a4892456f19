"""Fetch Airflow's REST API spec(s) from a released wheel into ``openapi/<api>/``.

    python scripts/fetch_spec.py --api v1                  # restore/verify the pinned version
    python scripts/fetch_spec.py --api v2 --version 3.3.2  # move the pin (rewrites source.json)
    python scripts/fetch_spec.py --api v1 --version 2.10.5 --out /tmp/v1-2.10.5   # just extract

The wheel is downloaded once with ``pip download --no-deps`` into ``.cache/wheels``; with the
pinned version its sha256 and every extracted file's sha256 must match ``source.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from specs import APIS, extract_files, read_source, source_record


def fetch(api_name: str, version: str | None, out: Path | None) -> Path:
    api = APIS[api_name]
    record_path = api.folder / "source.json"
    pinned = read_source(api) if record_path.exists() else None
    if version is None:
        if pinned is None:
            raise SystemExit(f"{record_path} is missing: pass --version")
        version = pinned["airflow_version"]
    same_pin = pinned is not None and pinned["airflow_version"] == version
    files = extract_files(api, version, expected=pinned if same_pin else None)
    target = out or api.folder
    target.mkdir(parents=True, exist_ok=True)
    for name, (_, data) in files.items():
        (target / name).write_bytes(data)
    if out is None and not same_pin:
        record = source_record(api, version, files)
        record_path.write_text(json.dumps(record, indent=2) + "\n")
        print(f"{api_name}: pin moved to {api.package}=={version}")
    print(f"{api_name}: {api.package}=={version} -> {target}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", choices=[*APIS, "all"], default="all")
    parser.add_argument("--version", help="Airflow version; default: the pin in source.json")
    parser.add_argument("--out", type=Path, help="extract here instead of openapi/<api>/ (pin unchanged)")
    args = parser.parse_args()
    for name in APIS if args.api == "all" else [args.api]:
        fetch(name, args.version, args.out)


if __name__ == "__main__":
    main()
