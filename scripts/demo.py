#!/usr/bin/env python3
"""``make demo``: the seed's requests, through the ``astro-airflow`` CLI, against a real Airflow.

    python scripts/demo.py --airflow 2     # Airflow 2, Astronomer-shaped: /<release>/airflow prefix, raw API key
    python scripts/demo.py --airflow 3     # Airflow 3: username/password exchanged for a JWT

It installs Airflow when needed (``scripts/install_airflow.py``, cached in ``.cache/airflow``),
starts a private server (``scripts/airflow_server.py``), prints every CLI command before running
it (secrets stay in the environment and are never printed), stops the server by its PIDs in a
``finally``, and prints the total time. Exit code 0 when every step did what it should.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

SCRIPTS_DIR = Path(__file__).resolve().parent
if str(SCRIPTS_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPTS_DIR))

from airflow_server import AirflowServer, AirflowServerError  # noqa: E402

#: the seed's logical date (after the test DAGs' start_date, 2021-01-01: the run has tasks to run)
LOGICAL_DATE = "2021-11-16T11:34:00"
WAIT_TIMEOUT = "600"
BOLD, DIM, RESET = ("\x1b[1m", "\x1b[2m", "\x1b[0m") if sys.stdout.isatty() else ("", "", "")


class DemoFailed(Exception):
    pass


def say(text: str = "") -> None:
    print(text, flush=True)


def note(text: str, gap: bool = False) -> None:
    if gap:
        say()
    say(f"{DIM}# {text}{RESET}")


def cli_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m astro_airflow``."""
    script = Path(sys.executable).parent / "astro-airflow"
    return [str(script)] if script.exists() else [sys.executable, "-m", "astro_airflow"]


class Demo:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.cli = cli_command()
        self.commands = 0

    def run(self, *args: str, expect: int = 0, capture: bool = False) -> str:
        """Print ``$ astro-airflow ARGS``, run it, check its exit code; return stdout if captured."""
        say()
        say(f"{BOLD}$ {shlex.join(['astro-airflow', *args])}{RESET}")
        self.commands += 1
        proc = subprocess.run(
            [*self.cli, *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE if capture else None,
            text=True,
            check=False,
        )
        out = proc.stdout or ""
        if capture and out:
            sys.stdout.write(out)
            sys.stdout.flush()
        if proc.returncode != expect:
            raise DemoFailed(f"`astro-airflow {shlex.join(args)}` exited {proc.returncode}, expected {expect}")
        if expect:
            note(f"exit code {proc.returncode}, as expected")
        return out


def run_id_of(details: str) -> str:
    for line in details.splitlines():
        key, _, value = line.partition(" ")
        if key == "run_id":
            return value.strip()
    raise DemoFailed(f"no run_id in the trigger's output:\n{details}")


def clean_env() -> dict[str, str]:
    """This environment without any Airflow/astro-airflow settings of the caller's own."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ASTRO_AIRFLOW"))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--airflow", choices=["2", "3"], default="2", help="Airflow major version (default 2)")
    args = ap.parse_args(argv)
    major = int(args.airflow)
    started = time.monotonic()
    server = AirflowServer(
        major=major,
        # the seed's config request needs the configuration exposed (Airflow hides it by default);
        # non-sensitive-only: secrets such as the fernet key show as "< hidden >"
        env={
            "AIRFLOW__WEBSERVER__EXPOSE_CONFIG": "non-sensitive-only",
            "AIRFLOW__API__EXPOSE_CONFIG": "non-sensitive-only",
        },
    )
    shape = "Astronomer-shaped: path prefix + raw API key" if major == 2 else "api-server, JWT auth"
    say(f"{BOLD}== astro-airflow demo: Airflow {server.version} ({shape}) =={RESET}")
    note("installing Airflow if needed (first run only) and starting it with expose_config on ...")
    ok = False
    try:
        server.start()
        boot = time.monotonic() - started
        note(f"Airflow {server.version} is up at {server.base_url} ({boot:.0f} s; harness timings {server.timings})")
        env = clean_env()
        env["AIRFLOW_API_URL"] = server.base_url
        say()
        say(f"{BOLD}$ export AIRFLOW_API_URL={server.base_url}{RESET}")
        if major == 2:
            env["ASTRO_AIRFLOW_API_KEY"] = str(server.api_key)
            secret_note = f"{DIM}# the deployment's API key (never printed){RESET}"
            say(f"{BOLD}$ export ASTRO_AIRFLOW_API_KEY=...{RESET}   {secret_note}")
        else:
            env["AIRFLOW_API_USERNAME"] = server.username
            env["AIRFLOW_API_PASSWORD"] = server.password
            say(f"{BOLD}$ export AIRFLOW_API_USERNAME={server.username}{RESET}")
            say(f"{BOLD}$ export AIRFLOW_API_PASSWORD=...{RESET}   {DIM}# exchanged for a JWT (never printed){RESET}")
        demo = Demo(env)
        t_cmds = time.monotonic()

        demo.run("version")
        first = run_id_of(demo.run("trigger", "hello", "--conf", "{}", capture=True))
        second = run_id_of(demo.run("trigger", "hello", "--logical-date", LOGICAL_DATE, capture=True))
        demo.run("runs", "wait", "hello", first, "--timeout", WAIT_TIMEOUT)
        demo.run("runs", "wait", "hello", second, "--timeout", WAIT_TIMEOUT)
        demo.run("runs", "list", "hello")
        demo.run("pools", "list")
        demo.run("config", "--section", "core")

        if major == 2:
            note("the same through Airflow's experimental API (/api/experimental):", gap=True)
            demo.run("--api", "experimental", "trigger", "hello", "--conf", "{}")
            demo.run("--api", "experimental", "pools", "list")
            note("the experimental API has no config endpoint: a clear error, exit code 1", gap=True)
            demo.run("--api", "experimental", "config", expect=1)
        else:
            note("Airflow 3 removed the experimental API: asking for it is a clear error, exit code 1", gap=True)
            demo.run("--api", "experimental", "pools", "list", expect=1)
        ok = True
        note(f"{demo.commands} commands in {time.monotonic() - t_cmds:.0f} s", gap=True)
    except DemoFailed as exc:
        say()
        say(f"demo failed: {exc}")
    except AirflowServerError as exc:
        say()
        say(f"demo failed: the Airflow server did not start:\n{exc}")
    except KeyboardInterrupt:
        say("\ninterrupted")
    finally:
        note(f"stopping Airflow (pids {sorted(server.pids.values())}) ...")
        server.stop()
        total = time.monotonic() - started
        say(f"{BOLD}demo {'done' if ok else 'FAILED'}: Airflow {server.version}, total {total:.0f} s{RESET}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
