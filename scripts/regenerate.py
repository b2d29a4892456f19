"""Move the Airflow pins, regenerate, and print what changed in the API.

    python scripts/regenerate.py --v1 2.11.2 --v2 3.3.2     (what `make regenerate` runs)

For each API whose version changes: fetch the new spec (pin moved in source.json), check that
every patch still applies, regenerate ``generated/``, then print the API diff old -> new. The
Airflow test servers follow the pins, so `make test` then proves the new client against them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from fetch_spec import fetch
from specs import APIS, read_source

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--v1", metavar="VERSION", help="Airflow 2.x version for the v1 spec")
    parser.add_argument("--v2", metavar="VERSION", help="Airflow 3.x version for the v2 spec")
    args = parser.parse_args()
    moves = {name: new for name, new in (("v1", args.v1), ("v2", args.v2)) if new}
    if not moves:
        parser.error("give --v1 and/or --v2 (make regenerate AIRFLOW_V1=2.x.y AIRFLOW_V2=3.x.y)")
    old = {name: read_source(APIS[name])["airflow_version"] for name in moves}
    for name, new in moves.items():
        fetch(name, new, None)
    subprocess.run([sys.executable, str(HERE / "generate.py")], check=True)
    for name, new in moves.items():
        if old[name] == new:
            print(f"\n{name}: pin unchanged ({new})")
            continue
        print(f"\n===== API diff {name}: {APIS[name].package} {old[name]} -> {new} =====")
        subprocess.run(
            [sys.executable, str(HERE / "api_diff.py"), "--api", name, "--old", old[name], "--new", new], check=True
        )


if __name__ == "__main__":
    main()
