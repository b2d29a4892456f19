"""``astro-airflow``: Airflow's REST API from a terminal (also ``python -m astro_airflow``).

Built on the public ``astro_airflow`` facade only; standard library ``argparse``. This module is
imported by the console script and ``__main__`` only: ``import astro_airflow`` never loads it.

Connection (flag, else environment variable; see ``astro-airflow --help``)::

    --url URL               AIRFLOW_API_URL
    --base-domain DOMAIN    ASTRO_AIRFLOW_BASE_DOMAIN      (Astronomer Software:
    --release-name NAME     ASTRO_AIRFLOW_RELEASE_NAME      https://deployments.<domain>/<name>/airflow)
    --path-prefix PREFIX    ASTRO_AIRFLOW_PATH_PREFIX      (default /airflow)
    --api-key KEY|-|@FILE   ASTRO_AIRFLOW_API_KEY or AIRFLOW_API_KEY   (Authorization: <key>)
    --token TOKEN|-|@FILE   AIRFLOW_API_TOKEN              (Authorization: Bearer <token>)
    --user USER             AIRFLOW_API_USERNAME           (basic auth on Airflow 2, JWT on Airflow 3)
    --password PW|-|@FILE   AIRFLOW_API_PASSWORD
    --api v1|v2|experimental  AIRFLOW_API_VERSION          (default: detect)
    -d NAME                 ASTRO_AIRFLOW_DEPLOYMENT       (a deployment of the config file)
    --config PATH           ASTRO_AIRFLOW_CONFIG           (default ~/.config/astro-airflow/config.toml)

Fan-out: any command with ``--all`` or ``--select EXPR`` runs on every selected deployment of the
config file at once (``--concurrency N``, ``--deadline S`` per deployment) and prints one table
(deployment, status, seconds, result or error), or with ``--json`` one document keyed by deployment;
exit code 0 only if every deployment succeeded.

Exit codes: 0 success; 1 a DAG run failed (or the server is unhealthy, or the request failed for
another reason); 2 usage error (bad arguments, missing settings); 3 authentication or permission
error; 4 not found; 5 timeout.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import io
import json
import logging
import os
import shutil
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, NoReturn

from ._redact import Redactor
from ._versions import API_NAMES

if TYPE_CHECKING:
    from . import Client, DagRun

__all__ = ["EXIT_AUTH", "EXIT_FAILED", "EXIT_NOT_FOUND", "EXIT_OK", "EXIT_TIMEOUT", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_TIMEOUT = 5

PROG = "astro-airflow"
DEFAULT_POLL_INTERVAL = 2.0
#: on a TTY, how often the progress line re-reads the run's task states (one GET each time)
TASK_POLL_INTERVAL = 5.0

EPILOG = """\
connection (flag, else environment variable):
  --url URL                 AIRFLOW_API_URL              the deployment URL (with its path prefix)
  --base-domain DOMAIN      ASTRO_AIRFLOW_BASE_DOMAIN    Astronomer Software: together they make
  --release-name NAME       ASTRO_AIRFLOW_RELEASE_NAME   https://deployments.<domain>/<name>/airflow
  --path-prefix PREFIX      ASTRO_AIRFLOW_PATH_PREFIX    default /airflow ("" for none)
  --api-key KEY|-|@FILE     ASTRO_AIRFLOW_API_KEY        sent as `Authorization: <key>` (also AIRFLOW_API_KEY)
  --token TOKEN|-|@FILE     AIRFLOW_API_TOKEN            sent as `Authorization: Bearer <token>` (Astro)
  --user USER               AIRFLOW_API_USERNAME         basic auth (Airflow 2) / JWT exchange (Airflow 3)
  --password PW|-|@FILE     AIRFLOW_API_PASSWORD
  --api v1|v2|experimental  AIRFLOW_API_VERSION          default: detected
  -d NAME                   ASTRO_AIRFLOW_DEPLOYMENT     a deployment of the config file (URL, auth, options)
  --config PATH             ASTRO_AIRFLOW_CONFIG         default ~/.config/astro-airflow/config.toml
  Secrets: `-` reads the value from stdin, `@FILE` from a file, so it stays out of shell history.

many deployments at once (named in the config file; see `astro-airflow deployments --help`):
  --all | --select EXPR     run the command on every (selected) deployment: one table, or --json keyed
                            by deployment; EXPR: names, globs (prod-*), tag:TAG; a,b either; x+y both; !x not
  --concurrency N           deployments at a time (default 16)
  --deadline S              seconds per deployment; a slower one is left behind (exit 5)

exit codes:
  0 success   1 run failed / other failure   2 usage error   3 auth error   4 not found   5 timeout

examples:
  export AIRFLOW_API_URL=https://deployments.example.com/galactic-stars-1234/airflow
  export ASTRO_AIRFLOW_API_KEY=...            # or: --api-key @~/.astro-key
  astro-airflow trigger hello --conf '{"x": 1}' --wait
  astro-airflow runs list hello --json | jq '.[0].state'
  astro-airflow runs list --state failed --start-after 2024-06-01 --order-by=-start_date
  astro-airflow runs wait hello RUN_ID --log-tail 30   # a failed run: its failed tasks and their log ends
  astro-airflow trigger hello --count 50 --wait        # 50 runs, waited for with one list request per poll
  astro-airflow api GET pools                  # raw call under the detected API root
  astro-airflow deployments add prod-eu --base-domain example.com --release-name galactic-stars-1234 \
      --auth api_key --secret-env PROD_EU_KEY --tag prod
  astro-airflow -d prod-eu pools list
  astro-airflow --select tag:prod dags pause etl --deadline 30
"""

_SECRET_FLAGS = ("--api-key", "--token", "--password")
_SECRET_ENV = ("ASTRO_AIRFLOW_API_KEY", "AIRFLOW_API_KEY", "AIRFLOW_API_TOKEN", "AIRFLOW_API_PASSWORD")
_LOCATION_ENV = ("AIRFLOW_API_URL", "ASTRO_AIRFLOW_BASE_DOMAIN", "ASTRO_AIRFLOW_RELEASE_NAME")
_CREDENTIAL_ENV = {
    "key": ("ASTRO_AIRFLOW_API_KEY", "AIRFLOW_API_KEY"),
    "token": ("AIRFLOW_API_TOKEN",),
    "user": ("AIRFLOW_API_USERNAME", "AIRFLOW_API_PASSWORD"),
}
_ENV_NAMES = (
    *_LOCATION_ENV,
    "ASTRO_AIRFLOW_DEPLOYMENT",
    "ASTRO_AIRFLOW_CONFIG",
    "ASTRO_AIRFLOW_PATH_PREFIX",
    "AIRFLOW_API_VERSION",
    *_CREDENTIAL_ENV["key"],
    *_CREDENTIAL_ENV["token"],
    *_CREDENTIAL_ENV["user"],
)


class UsageError(Exception):
    """A wrong argument found after parsing (bad JSON, unreadable file ...): exit code 2."""


# -- output, with every known secret taken out ------------------------------------------------
#: secrets at least this long are taken out of stdout too
DATA_MIN_LENGTH = 8


class _RedactingFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(name)s %(levelname)s %(message)s")
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


class Console:
    """stdout/stderr for one command: redacted, TTY-aware."""

    def __init__(self, redact: Redactor, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> None:
        self.redact = redact
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def out(self, text: str = "") -> None:
        self.stdout.write(self.redact(text, DATA_MIN_LENGTH) + "\n")
        self.stdout.flush()

    def err(self, text: str) -> None:
        self.stderr.write(self.redact(text) + "\n")
        self.stderr.flush()

    @property
    def progress_tty(self) -> bool:
        isatty = getattr(self.stderr, "isatty", None)
        return bool(isatty and isatty())


def _argv_secrets(argv: Sequence[str]) -> list[str]:
    """Values given to --api-key/--token/--password on the command line (to redact even from
    argparse's own error messages, before parsing has succeeded)."""
    found = []
    for i, arg in enumerate(argv):
        for flag in _SECRET_FLAGS:
            if arg == flag and i + 1 < len(argv):
                found.append(argv[i + 1])
            elif arg.startswith(flag + "="):
                found.append(arg[len(flag) + 1 :])
    return [s for s in found if s not in ("-",) and not s.startswith("@")]


class _Parser(argparse.ArgumentParser):
    """argparse, with its messages redacted and usage errors leaving with exit code 2."""

    redact: Redactor = Redactor()

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (file or sys.stderr).write(self.redact(message))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# -- turning facade objects into rows and JSON ------------------------------------------------
def _plain(value: Any) -> Any:
    """A JSON-able value: datetimes as ISO 8601, durations as seconds, enums as their value, attrs objects
    as dicts."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__attrs_attrs__"):
        return record(value)
    return value


def record(obj: Any) -> dict[str, Any]:
    """The fields of a facade type (``DagRun``, ``Pool`` ...), in declaration order: stable keys,
    present even when null. ``data``/``api`` (the server's raw answer) are left out."""
    import attrs

    return {f.name: _plain(getattr(obj, f.name)) for f in attrs.fields(type(obj)) if f.name not in ("data", "api")}


def _cell(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "-"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    text = str(value)
    if isinstance(value, str) and len(text) > 19 and text[4:5] == "-" and text[10:11] == "T":
        text = text.replace("+00:00", "Z")  # a timestamp: compact UTC
    return text.replace("\n", " ")


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], empty: str = "(none)") -> str:
    """An aligned table with an upper-case header."""
    if not rows:
        return empty
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def details(row: Mapping[str, Any], keys: Sequence[str] | None = None) -> str:
    """One object as aligned ``key  value`` lines."""
    keys = list(keys or row.keys())
    width = max(len(k) for k in keys)
    return "\n".join(f"{k.ljust(width)}  {_cell(row.get(k))}".rstrip() for k in keys)


RUN_COLUMNS = ("run_id", "state", "logical_date", "run_type", "start_date", "end_date")
RUN_KEYS = ("dag_id", "run_id", "state", "logical_date", "run_type", "start_date", "end_date", "conf")


# -- connection settings ----------------------------------------------------------------------
def _read_secret(value: str | None, what: str, stdin: IO[str]) -> str | None:
    """``-``: first line of stdin; ``@FILE``: the file's content; else the value itself."""
    if value is None:
        return None
    if value == "-":
        line = stdin.readline().strip()
        if not line:
            raise UsageError(f"{what} -: nothing on stdin")
        return line
    if value.startswith("@"):
        path = os.path.expanduser(value[1:])
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read().strip()
        except OSError as exc:
            raise UsageError(f"{what} @{path}: cannot read the file ({exc.strerror or exc})") from None
        if not text:
            raise UsageError(f"{what} @{path}: the file is empty")
        return text
    return value


def connection_env(args: argparse.Namespace, environ: Mapping[str, str], stdin: IO[str]) -> dict[str, str]:
    """The settings ``Client.from_env`` reads: the environment, overridden by the flags.

    A flag replaces what the environment says about the same thing: ``--url`` drops the
    environment's Astronomer name, ``--token`` the environment's key, user and password, and so
    on. A key with ``--url``/``AIRFLOW_API_URL`` is sent as ``Authorization: <key>``.
    """
    env = {k: environ[k] for k in _ENV_NAMES if environ.get(k)}
    url, domain, release = (getattr(args, n, None) for n in ("url", "base_domain", "release_name"))
    if url and (domain or release):
        raise UsageError("give either --url or --base-domain/--release-name, not both")
    if getattr(args, "config", None):
        env["ASTRO_AIRFLOW_CONFIG"] = args.config
    deployment = getattr(args, "deployment", None)
    flags = {"--api-key": "api_key", "--token": "token", "--user": "user", "--password": "password"}
    credentials = [flag for flag, dest in flags.items() if getattr(args, dest, None)]
    if deployment or (env.get("ASTRO_AIRFLOW_DEPLOYMENT") and credentials and not (url or domain or release)):
        places = [f for f, v in (("--url", url), ("--base-domain", domain), ("--release-name", release)) if v]
        if places + credentials:
            which = f"-d {deployment}" if deployment else f"ASTRO_AIRFLOW_DEPLOYMENT={env['ASTRO_AIRFLOW_DEPLOYMENT']}"
            raise UsageError(
                f"{which} takes the deployment's URL and credentials from the config file; "
                f"drop {', '.join(places + credentials)} (or name no deployment)"
            )
    if deployment:
        for name in (*_LOCATION_ENV, *_SECRET_ENV, "AIRFLOW_API_USERNAME"):
            env.pop(name, None)
        env["ASTRO_AIRFLOW_DEPLOYMENT"] = deployment
    if url or domain or release:
        env.pop("ASTRO_AIRFLOW_DEPLOYMENT", None)  # a location flag replaces the environment's deployment too
        for name in _LOCATION_ENV:
            env.pop(name, None)
    if url:
        env["AIRFLOW_API_URL"] = url
    if domain:
        env["ASTRO_AIRFLOW_BASE_DOMAIN"] = domain
    if release:
        env["ASTRO_AIRFLOW_RELEASE_NAME"] = release
    if getattr(args, "path_prefix", None) is not None:
        env["ASTRO_AIRFLOW_PATH_PREFIX"] = args.path_prefix
    if getattr(args, "api", None):
        env["AIRFLOW_API_VERSION"] = args.api

    key = _read_secret(getattr(args, "api_key", None), "--api-key", stdin)
    token = _read_secret(getattr(args, "token", None), "--token", stdin)
    user = getattr(args, "user", None)
    password = _read_secret(getattr(args, "password", None), "--password", stdin)
    given = {"key": key is not None, "token": token is not None, "user": user is not None or password is not None}
    if sum(given.values()) > 1:
        raise UsageError("give one kind of credentials: --api-key, --token, or --user/--password")
    for kind, flagged in given.items():
        if flagged:  # the flag's kind of credentials replaces every other kind from the environment
            for other, names in _CREDENTIAL_ENV.items():
                if other != kind:
                    for name in names:
                        env.pop(name, None)
    if key is not None:
        env["ASTRO_AIRFLOW_API_KEY"] = env["AIRFLOW_API_KEY"] = key
    if token is not None:
        env["AIRFLOW_API_TOKEN"] = token
    if user is not None:
        env["AIRFLOW_API_USERNAME"] = user
    if password is not None:
        env["AIRFLOW_API_PASSWORD"] = password
    astronomer = "ASTRO_AIRFLOW_BASE_DOMAIN" in env or "ASTRO_AIRFLOW_RELEASE_NAME" in env
    if not astronomer and "ASTRO_AIRFLOW_API_KEY" in env and "AIRFLOW_API_KEY" not in env:
        env["AIRFLOW_API_KEY"] = env["ASTRO_AIRFLOW_API_KEY"]  # a raw key for the --url deployment
    return env


def client_options(args: argparse.Namespace) -> dict[str, Any]:
    """What the flags say about every client: TLS verification, timeout."""
    options: dict[str, Any] = {}
    if getattr(args, "insecure", False):
        options["verify"] = False
    if getattr(args, "http_timeout", None) is not None:
        import httpx

        options["timeout"] = httpx.Timeout(args.http_timeout, connect=min(10.0, args.http_timeout))
    return options


def make_client(args: argparse.Namespace, env: Mapping[str, str]) -> Client:
    from . import Client, ConfigurationError

    options = client_options(args)
    name = env.get("ASTRO_AIRFLOW_DEPLOYMENT")
    if name:  # a deployment of the config file; its secret is read from the whole environment
        clash = [n for n in _LOCATION_ENV if env.get(n)]
        if clash:
            raise UsageError(
                f"ASTRO_AIRFLOW_DEPLOYMENT={name} and {' and '.join(clash)} both say which deployment to use: "
                f"unset one of them, or pass -d NAME or --url"
            )
        if env.get("AIRFLOW_API_VERSION"):
            options["api"] = env["AIRFLOW_API_VERSION"]
        return Client.from_config(name, path=env.get("ASTRO_AIRFLOW_CONFIG"), **options)
    try:
        return Client.from_env(env, **options)
    except ConfigurationError as exc:
        exc.message += (
            "\nOr pass flags: --url/--token, --url/--api-key, --base-domain/--release-name/--api-key, "
            "--url/--user/--password (see astro-airflow --help)."
        )
        raise
    except ValueError as exc:  # an auth object refused an empty secret
        raise UsageError(str(exc)) from None


# -- live progress of a wait ------------------------------------------------------------------
class Progress:
    """One self-updating line on a terminal (stderr): run state, elapsed seconds, task counts.

    The state comes from ``dag_runs.wait``'s ``on_progress``; task counts are re-read every
    ``TASK_POLL_INTERVAL`` seconds and when the state changes (one GET each). Only used on a TTY.
    """

    def __init__(self, client: Client, dag_id: str, run_id: str, console: Console, started: float) -> None:
        self.client, self.dag_id, self.run_id = client, dag_id, run_id
        self.console = console
        self.started = started
        self.state = "queued"
        self.tasks: Counter[str] | None = None
        self._tasks_ok = True
        self._last_fetch = 0.0
        self._stop = threading.Event()
        self._changed = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="astro-airflow-progress", daemon=True)

    def __enter__(self) -> Progress:
        self._changed.set()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._fetch_tasks()
        self._draw(final=True)

    def update(self, run: DagRun) -> None:
        self.state = str(run.state.value if isinstance(run.state, Enum) else run.state or "queued")
        self._changed.set()

    def _fetch_tasks(self) -> None:
        if not self._tasks_ok:
            return
        from . import AirflowError

        self._last_fetch = time.monotonic()
        try:
            tis = list(self.client.task_instances.list(self.dag_id, self.run_id))
        except AirflowError:  # e.g. the experimental API has no task list: show the state only
            self._tasks_ok = False
            return
        counts: Counter[str] = Counter()
        for ti in tis:
            state = ti.state.value if isinstance(ti.state, Enum) else ti.state
            counts[str(state or "no status")] += 1
        with self._lock:
            self.tasks = counts

    def _loop(self) -> None:
        while not self._stop.wait(0.5):
            if self._changed.is_set() or time.monotonic() - self._last_fetch >= TASK_POLL_INTERVAL:
                self._changed.clear()
                self._fetch_tasks()
            self._draw()

    def line(self) -> str:
        elapsed = int(time.monotonic() - self.started)
        text = f"{self.dag_id} {self.run_id}: {self.state}  {elapsed}s"
        with self._lock:
            tasks = self.tasks
        if tasks is not None:
            order = ("success", "running", "queued", "scheduled", "failed", "upstream_failed", "skipped")
            parts = [f"{tasks[s]} {s}" for s in order if tasks.get(s)]
            parts += [f"{n} {s}" for s, n in sorted(tasks.items()) if s not in order]
            total = sum(tasks.values())
            text += f"  tasks: {', '.join(parts)}" if parts else f"  tasks: {total}"
        return text

    def _draw(self, final: bool = False) -> None:
        width = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
        text = self.console.redact(self.line())[:width]
        self.console.stderr.write("\r\x1b[K" + text + ("\n" if final else ""))
        self.console.stderr.flush()


# -- commands ---------------------------------------------------------------------------------
Handler = Callable[["Client", argparse.Namespace, Console], int]


def _emit(console: Console, args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    if args.json:
        console.out(json.dumps(_plain(data), indent=2, sort_keys=False))
    else:
        console.out(text())


def _load_json(value: str, what: str, stdin: IO[str]) -> Any:
    """JSON given inline, as ``@FILE`` or as ``-`` (stdin)."""
    if value == "-":
        text = stdin.read()
    elif value.startswith("@"):
        try:
            with open(os.path.expanduser(value[1:]), encoding="utf-8") as f:
                text = f.read()
        except OSError as exc:
            raise UsageError(f"{what} {value}: cannot read the file ({exc.strerror or exc})") from None
    else:
        text = value
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{what} is not valid JSON: {exc}") from None


def _run_row(run: DagRun) -> dict[str, Any]:
    return record(run)


def _show_run(console: Console, args: argparse.Namespace, run: DagRun) -> None:
    row = _run_row(run)
    _emit(console, args, row, lambda: details(row, RUN_KEYS))


def _wait(client: Client, args: argparse.Namespace, console: Console, dag_id: str, run_id: str) -> int:
    """Wait for a run, with a progress line on a TTY; print the final run; exit 0/1/5."""
    from . import RunFailedError, WaitTimeoutError

    # a failed run raises with its failed tasks (and, with --log-tail, their log ends) in the message
    kwargs: dict[str, Any] = {"poll_interval": args.poll_interval, "raise_on_failure": True, "log_tail": args.log_tail}
    if args.timeout is not None:
        kwargs["timeout"] = args.timeout
    started = time.monotonic()
    try:
        if console.progress_tty and not args.no_progress:
            with Progress(client, dag_id, run_id, console, started) as progress:
                try:
                    run = client.dag_runs.wait(dag_id, run_id, on_progress=progress.update, **kwargs)
                except RunFailedError as exc:
                    progress.update(exc.run)
                    raise
                progress.update(run)
        else:
            run = client.dag_runs.wait(dag_id, run_id, **kwargs)
    except (WaitTimeoutError, RunFailedError) as exc:
        if exc.run is not None:
            _show_run(console, args, exc.run)
        raise
    _show_run(console, args, run)
    return EXIT_OK


def _wait_many(client: Client, args: argparse.Namespace, console: Console, runs: list[DagRun]) -> int:
    """Wait for several runs with one list request per poll (``dag_runs.wait_all``); print them all;
    exit 0 when every one succeeded, 1 when one did not, 5 on timeout (the runs as last seen)."""
    from . import WaitTimeoutError

    kwargs: dict[str, Any] = {"poll_interval": args.poll_interval}
    if args.timeout is not None:
        kwargs["timeout"] = args.timeout
    if console.progress_tty and not args.no_progress:
        done: set[str] = set()

        def progress(run: DagRun) -> None:
            if run.finished:
                done.add(run.run_id)
            console.stderr.write(f"\r\x1b[K{len(done)} of {len(runs)} runs finished")
            console.stderr.flush()

        kwargs["on_progress"] = progress
    try:
        final = client.dag_runs.wait_all(runs, **kwargs)
    except WaitTimeoutError as exc:
        rows = [_run_row(r) for r in exc.runs]
        _emit(console, args, rows, lambda: table(rows, ("dag_id", *RUN_COLUMNS), "(no runs)"))
        raise
    finally:
        if "on_progress" in kwargs:
            console.stderr.write("\n")
    rows = [_run_row(r) for r in final]
    _emit(console, args, rows, lambda: table(rows, ("dag_id", *RUN_COLUMNS), "(no runs)"))
    failed = [r for r in final if not r.succeeded]
    if failed:
        console.err(f"{len(failed)} of {len(final)} runs did not succeed: " + ", ".join(r.run_id for r in failed[:10]))
        return EXIT_FAILED
    return EXIT_OK


def cmd_trigger(client: Client, args: argparse.Namespace, console: Console) -> int:
    conf = _load_json(args.conf, "--conf", sys.stdin) if args.conf is not None else None
    if conf is not None and not isinstance(conf, dict):
        raise UsageError(f"--conf must be a JSON object, got {type(conf).__name__}")
    if args.count > 1:
        if args.run_id is not None or args.logical_date is not None:
            raise UsageError("--count N starts N runs, each with its own run id and date: drop --run-id/--logical-date")
        runs = [client.dags.trigger(args.dag_id, conf) for _ in range(args.count)]
        if args.wait:
            return _wait_many(client, args, console, runs)
        rows = [_run_row(r) for r in runs]
        _emit(console, args, rows, lambda: table(rows, RUN_COLUMNS, "(no runs)"))
        return EXIT_OK
    run = client.dags.trigger(args.dag_id, conf, logical_date=args.logical_date, run_id=args.run_id)
    if not args.wait:
        _show_run(console, args, run)
        return EXIT_OK
    return _wait(client, args, console, run.dag_id or args.dag_id, run.run_id)


def cmd_runs_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    pager = client.dag_runs.list(
        args.dag_id,
        state=args.state or None,
        run_type=args.run_type or None,
        logical_after=args.logical_after,
        logical_before=args.logical_before,
        start_after=args.start_after,
        start_before=args.start_before,
        end_after=args.end_after,
        end_before=args.end_before,
        order_by=args.order_by,
        limit=args.limit,
    )
    runs = [_run_row(r) for r in pager]
    columns = RUN_COLUMNS if args.dag_id != "~" else ("dag_id", *RUN_COLUMNS)
    _emit(console, args, runs, lambda: table(runs, columns, "(no runs)"))
    return EXIT_OK


def cmd_runs_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    _show_run(console, args, client.dag_runs.get(args.dag_id, args.run_id))
    return EXIT_OK


def cmd_runs_wait(client: Client, args: argparse.Namespace, console: Console) -> int:
    if len(args.run_id) == 1:
        return _wait(client, args, console, args.dag_id, args.run_id[0])
    return _wait_many(client, args, console, [client.dag_runs.get(args.dag_id, r) for r in args.run_id])


TASK_COLUMNS = ("task_id", "map_index", "state", "try_number", "start_date", "end_date", "duration")


def cmd_tasks_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    pager = client.task_instances.list(
        args.dag_id,
        args.run_id,
        state=args.state,
        task_ids=args.task_id,
        pool=args.pool,
        queue=args.queue,
        limit=args.limit,
    )
    tis = [record(t) for t in pager]
    cols = (*(("dag_id",) if args.dag_id == "~" else ()), *(("run_id",) if args.run_id == "~" else ()), *TASK_COLUMNS)
    _emit(console, args, tis, lambda: table(tis, cols, "(no task instances)"))
    return EXIT_OK


def cmd_tasks_set_state(client: Client, args: argparse.Namespace, console: Console) -> int:
    tis = client.task_instances.set_state(
        args.dag_id,
        args.run_id,
        args.task_id,
        args.state,
        map_index=args.map_index,
        include_upstream=args.upstream,
        include_downstream=args.downstream,
        include_future=args.future,
        include_past=args.past,
        dry_run=args.dry_run,
    )
    rows = [record(t) for t in tis]

    def text() -> str:
        if not rows:
            return f"nothing to change: no task instance would become {args.state}"
        head = f"dry run: these would be set to {args.state} (nothing changed)" if args.dry_run else "changed:"
        return head + "\n" + table(rows, ("dag_id", "run_id", "task_id", "map_index", "state"))

    _emit(console, args, rows, text)
    return EXIT_OK


def cmd_logs(client: Client, args: argparse.Namespace, console: Console) -> int:
    text = client.task_instances.logs(
        args.dag_id, args.run_id, args.task_id, try_number=args.try_number, map_index=args.map_index
    )
    data = {"dag_id": args.dag_id, "run_id": args.run_id, "task_id": args.task_id, "log": text}
    _emit(console, args, data, lambda: text.rstrip("\n"))
    return EXIT_OK


DAG_COLUMNS = ("dag_id", "is_paused", "schedule", "owners", "tags", "description")


def cmd_dags_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    pager = client.dags.list(
        tags=args.tag or None,
        tags_match=args.tags_match,
        paused=args.paused,
        dag_id_pattern=args.pattern,
        only_active=not args.include_inactive,
        limit=args.limit,
    )
    dags = [record(d) for d in pager]
    _emit(console, args, dags, lambda: table(dags, DAG_COLUMNS, "(no DAGs)"))
    return EXIT_OK


def cmd_dags_details(client: Client, args: argparse.Namespace, console: Console) -> int:
    row = record(client.dags.details(args.dag_id))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


DAG_TASK_COLUMNS = ("task_id", "operator_name", "trigger_rule", "retries", "pool", "is_mapped", "downstream_task_ids")


def cmd_dags_tasks(client: Client, args: argparse.Namespace, console: Console) -> int:
    tasks = [record(t) for t in client.dags.tasks(args.dag_id)]
    _emit(console, args, tasks, lambda: table(tasks, DAG_TASK_COLUMNS, "(no tasks)"))
    return EXIT_OK


def cmd_dags_source(client: Client, args: argparse.Namespace, console: Console) -> int:
    text = client.dags.source(args.dag_id)
    _emit(console, args, {"dag_id": args.dag_id, "source": text}, lambda: text.rstrip("\n"))
    return EXIT_OK


def cmd_dags_warnings(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(w) for w in client.dags.warnings(args.dag_id, warning_type=args.type, limit=args.limit)]
    columns = ("dag_id", "warning_type", "timestamp", "message")
    _emit(console, args, rows, lambda: table(rows, columns, "(no warnings)"))
    return EXIT_OK


def cmd_dags_delete(client: Client, args: argparse.Namespace, console: Console) -> int:
    client.dags.delete(args.dag_id, missing_ok=args.missing_ok)
    _emit(console, args, {"deleted": args.dag_id}, lambda: f"deleted DAG {args.dag_id} (its runs and records)")
    return EXIT_OK


def cmd_dags_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    row = record(client.dags.get(args.dag_id))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_dags_pause(client: Client, args: argparse.Namespace, console: Console) -> int:
    dag = client.dags.pause(args.dag_id) if args.command == "pause" else client.dags.unpause(args.dag_id)
    row = record(dag)
    _emit(console, args, row, lambda: details(row, ("dag_id", "is_paused")))
    return EXIT_OK


POOL_COLUMNS = ("name", "slots", "occupied_slots", "running_slots", "queued_slots", "open_slots", "description")


def cmd_pools_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    pools = [record(p) for p in client.pools.list(limit=args.limit)]
    _emit(console, args, pools, lambda: table(pools, POOL_COLUMNS, "(no pools)"))
    return EXIT_OK


def cmd_pools_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    row = record(client.pools.get(args.name))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_pools_create(client: Client, args: argparse.Namespace, console: Console) -> int:
    pool = client.pools.create(
        args.name,
        args.slots,
        description=args.description,
        include_deferred=args.include_deferred,
        exist_ok=args.exist_ok,
    )
    row = record(pool)
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_pools_update(client: Client, args: argparse.Namespace, console: Console) -> int:
    pool = client.pools.update(
        args.name, slots=args.slots, description=args.description, include_deferred=args.include_deferred
    )
    row = record(pool)
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_pools_delete(client: Client, args: argparse.Namespace, console: Console) -> int:
    client.pools.delete(args.name, missing_ok=args.missing_ok)
    _emit(console, args, {"deleted": args.name}, lambda: f"deleted pool {args.name}")
    return EXIT_OK


def cmd_variables_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(v) for v in client.variables.list(limit=args.limit)]
    _emit(console, args, rows, lambda: table(rows, ("key", "value", "description"), "(no variables)"))
    return EXIT_OK


def cmd_variables_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    var = client.variables.get(args.key)
    if args.json:
        _emit(console, args, record(var), str)
    else:
        console.out(var.value or "")  # the bare value: `$(astro-airflow variables get env)`
    return EXIT_OK


def _variable_value(args: argparse.Namespace) -> str:
    value: str = args.value
    if getattr(args, "value_read", False):  # a fan-out read `-` / @FILE once for every deployment
        return value
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        try:
            with open(os.path.expanduser(value[1:]), encoding="utf-8") as f:
                return f.read()
        except OSError as exc:
            raise UsageError(f"VALUE {value}: cannot read the file ({exc.strerror or exc})") from None
    return value


def cmd_variables_set(client: Client, args: argparse.Namespace, console: Console) -> int:
    value = _variable_value(args)
    if args.command == "create":
        var = client.variables.create(args.key, value, description=args.description, exist_ok=args.exist_ok)
    else:
        var = client.variables.set(args.key, value, description=args.description)
    row = record(var)
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_variables_delete(client: Client, args: argparse.Namespace, console: Console) -> int:
    client.variables.delete(args.key, missing_ok=args.missing_ok)
    _emit(console, args, {"deleted": args.key}, lambda: f"deleted variable {args.key}")
    return EXIT_OK


ASSET_COLUMNS = ("uri", "id", "consuming_dag_ids", "updated_at")
EVENT_COLUMNS = ("timestamp", "uri", "source_dag_id", "source_run_id", "source_task_id", "extra")
BACKFILL_COLUMNS = (
    "id",
    "dag_id",
    "from_date",
    "to_date",
    "reprocess_behavior",
    "max_active_runs",
    "is_paused",
    "completed_at",
)


def cmd_assets_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(a) for a in client.assets.list(args.pattern, limit=args.limit)]
    _emit(console, args, rows, lambda: table(rows, ASSET_COLUMNS, "(no assets)"))
    return EXIT_OK


def cmd_assets_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    row = record(client.assets.get(args.uri))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_assets_events(client: Client, args: argparse.Namespace, console: Console) -> int:
    events = client.assets.events(args.uri, args.dag_id, args.run_id, args.after, args.before, limit=args.limit)
    rows = [record(e) for e in events]
    _emit(console, args, rows, lambda: table(rows, EVENT_COLUMNS, "(no events)"))
    return EXIT_OK


def cmd_assets_create_event(client: Client, args: argparse.Namespace, console: Console) -> int:
    extra = _load_json(args.extra, "--extra", sys.stdin) if args.extra is not None else None
    if extra is not None and not isinstance(extra, dict):
        raise UsageError(f"--extra must be a JSON object, got {type(extra).__name__}")
    row = record(client.assets.create_event(args.uri, extra))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_assets_queued(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(q) for q in client.assets.queued_events(args.dag_id)]
    _emit(console, args, rows, lambda: table(rows, ("dag_id", "uri", "created_at"), "(no queued events)"))
    return EXIT_OK


def cmd_assets_clear_queued(client: Client, args: argparse.Namespace, console: Console) -> int:
    client.assets.clear_queued_events(args.dag_id)
    _emit(console, args, {"cleared": args.dag_id}, lambda: f"cleared the queued events of DAG {args.dag_id}")
    return EXIT_OK


def cmd_backfills_create(client: Client, args: argparse.Namespace, console: Console) -> int:
    conf = _load_json(args.conf, "--conf", sys.stdin) if args.conf is not None else None
    if conf is not None and not isinstance(conf, dict):
        raise UsageError(f"--conf must be a JSON object, got {type(conf).__name__}")
    options: dict[str, Any] = {
        "reprocess_behavior": args.reprocess_behavior,
        "max_active_runs": args.max_active_runs,
        "run_backwards": args.run_backwards,
        "conf": conf,
    }
    if args.dry_run:
        dates = client.backfills.create(args.dag_id, args.from_date, args.to_date, dry_run=True, **options)
        rows = [{"logical_date": _plain(d)} for d in dates]
        _emit(console, args, dates, lambda: table(rows, ("logical_date",), "(no runs to create)"))
        return EXIT_OK
    row = record(client.backfills.create(args.dag_id, args.from_date, args.to_date, **options))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def _read_file(path: str, what: str) -> str:
    """A file's text (``-``: stdin), or a ``UsageError`` naming it."""
    if path == "-":
        return sys.stdin.read()
    try:
        with open(os.path.expanduser(path), encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise UsageError(f"{what} {path}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{what} {path}: not UTF-8 text ({exc.reason})") from None


def _variables_file(path: str) -> list[tuple[str, str, str | None]]:
    """(key, value as stored, description) from a file in the format of ``airflow variables export``:
    ``{key: value}``, a value that is not a string stored as JSON, ``{"value": ..., "description": ...}``
    for a variable with a description. Checked whole before anything is sent."""
    text = _read_file(path, "FILE")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(
            f"{path} must hold a JSON object {{key: value, ...}} (what `airflow variables export` writes), "
            f"got {type(data).__name__ if data is not None else 'null'}"
        )
    entries = []
    for key, raw in data.items():
        if not key.strip():
            raise UsageError(f"{path}: a variable key must be a non-empty string, got {key!r}")
        value, description = raw, None
        if isinstance(raw, dict) and "value" in raw:  # Airflow 3's form for a variable with a description
            value, description = raw["value"], raw.get("description")
            if description is not None and not isinstance(description, str):
                raise UsageError(f"{path}: the description of {key!r} must be a string or null")
        # what Airflow's import stores: a string as it is, anything else as indented JSON
        stored = value if isinstance(value, str) else json.dumps(value, indent=2)
        entries.append((key, stored, description))
    return entries


def cmd_variables_import(client: Client, args: argparse.Namespace, console: Console) -> int:
    from . import AirflowError, AuthenticationError, PermissionDeniedError

    entries = _variables_file(args.file)
    failed: list[str] = []
    for key, value, description in entries:
        try:
            client.variables.set(key, value, description=description)
        except (AuthenticationError, PermissionDeniedError):
            raise  # every other key would fail the same way
        except AirflowError as exc:
            console.err(f"error: variable {key!r} not imported: {exc}")
            failed.append(key)
    done = len(entries) - len(failed)
    summary = {"file": args.file, "imported": done, "failed": failed, "total": len(entries)}
    _emit(console, args, summary, lambda: f"imported {done} of {len(entries)} variables from {args.file}")
    return EXIT_FAILED if failed else EXIT_OK


#: what Airflow 3 answers instead of the values of keys that look secret
_HIDDEN = "***"


def _shows_hidden(value: Any) -> bool:
    if isinstance(value, str):
        return value == _HIDDEN
    if isinstance(value, dict):
        return any(_shows_hidden(v) for v in value.values())
    return isinstance(value, list) and any(_shows_hidden(v) for v in value)


def cmd_variables_export(client: Client, args: argparse.Namespace, console: Console) -> int:
    exported: dict[str, Any] = {}
    hidden: list[str] = []
    decoder = json.JSONDecoder()
    for var in client.variables.list():
        raw = var.value if var.value is not None else ""
        # what `airflow variables export` writes (Airflow 3.3, which also reads Airflow 2's files):
        # a JSON value as JSON, anything else as its string, {"value", "description"} with a description
        try:
            value: Any = decoder.decode(raw)
        except ValueError:
            value = raw
        if isinstance(value, str):
            value = raw
        if _shows_hidden(value):
            hidden.append(var.key)  # the server hid it: exporting "***" would overwrite it on import
            continue
        if var.description or (isinstance(value, dict) and "value" in value):
            exported[var.key] = {"value": value, "description": var.description}
        else:
            exported[var.key] = value
    text = json.dumps(exported, sort_keys=True, indent=4)
    if args.file == "-":
        console.out(text)
    else:
        try:
            with open(os.path.expanduser(args.file), "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as exc:
            raise UsageError(f"FILE {args.file}: cannot write the file ({exc.strerror or exc})") from None
        summary = {"file": args.file, "exported": len(exported), "not_exported": hidden}
        _emit(console, args, summary, lambda: f"exported {len(exported)} variables to {args.file}")
    if hidden:
        console.err(
            f"error: {len(hidden)} variable(s) not exported, their values read as '***' (Airflow 3 hides the values "
            f"of keys that look secret): {', '.join(sorted(hidden))}; export them with `airflow variables export` "
            "on the deployment"
        )
        return EXIT_FAILED
    return EXIT_OK


CONNECTION_COLUMNS = ("conn_id", "conn_type", "host", "port", "login", "schema", "description")


def _connection_row(conn: Any) -> dict[str, Any]:
    """A connection's fields without its password (Airflow never returns it; Airflow 3 answers ``***``)."""
    row = record(conn)
    row.pop("password", None)
    return row


def cmd_connections_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [_connection_row(c) for c in client.connections.list(limit=args.limit)]
    _emit(console, args, rows, lambda: table(rows, CONNECTION_COLUMNS, "(no connections)"))
    return EXIT_OK


def cmd_connections_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    row = _connection_row(client.connections.get(args.conn_id))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_backfills_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(b) for b in client.backfills.list(args.dag_id, limit=args.limit)]
    _emit(console, args, rows, lambda: table(rows, BACKFILL_COLUMNS, "(no backfills)"))
    return EXIT_OK


def cmd_backfills_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    actions = {
        "get": client.backfills.get,
        "pause": client.backfills.pause,
        "unpause": client.backfills.unpause,
        "cancel": client.backfills.cancel,
    }
    row = record(actions[args.command](args.backfill_id))
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def _connection_password(args: argparse.Namespace, console: Console) -> str | None:
    """The password from stdin or a file (never from the command line, where it would stay in the
    shell history and the process list); added to what is redacted from every output."""
    if args.password_stdin and args.password_file is not None:
        raise UsageError("give --password-stdin or --password-file, not both")
    if args.password_stdin:
        password = sys.stdin.read().rstrip("\r\n")
        where = "--password-stdin: stdin"
    elif args.password_file is not None:
        password = _read_file(args.password_file, "--password-file").rstrip("\r\n")
        where = f"--password-file {args.password_file}: the file"
    else:
        return None
    if not password:
        raise UsageError(f"{where} is empty")
    console.redact.add(password)
    return password


def cmd_connections_create(client: Client, args: argparse.Namespace, console: Console) -> int:
    password = _connection_password(args, console)
    extra = _load_json(args.extra, "--extra", sys.stdin) if args.extra is not None else None
    if extra is not None and not isinstance(extra, dict):
        raise UsageError(f"--extra must be a JSON object, got {type(extra).__name__}")
    conn = client.connections.create(
        args.conn_id,
        args.conn_type,
        host=args.host,
        login=args.login,
        password=password,
        schema=args.schema,
        port=args.port,
        extra=extra,
        description=args.description,
        exist_ok=args.exist_ok,
    )
    row = _connection_row(conn)
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_connections_delete(client: Client, args: argparse.Namespace, console: Console) -> int:
    client.connections.delete(args.conn_id, missing_ok=args.missing_ok)
    _emit(console, args, {"deleted": args.conn_id}, lambda: f"deleted connection {args.conn_id}")
    return EXIT_OK


def cmd_config(client: Client, args: argparse.Namespace, console: Console) -> int:
    sections = client.config.get() if args.section is None else {args.section: client.config.get(args.section)}
    if args.section is not None and not sections[args.section]:
        from . import NotFoundError

        raise NotFoundError(
            f"no section [{args.section}] in the configuration (sections are names like core, webserver, api)",
            response=_no_response(),
            body=None,
        )
    rows = [{"section": s, "key": k, "value": v} for s, opts in sections.items() for k, v in opts.items()]
    _emit(console, args, sections, lambda: table(rows, ("section", "key", "value"), "(empty configuration)"))
    return EXIT_OK


def _last_line(text: str | None) -> str:
    """The last non-empty line of a stack trace: the error itself."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def cmd_import_errors(client: Client, args: argparse.Namespace, console: Console) -> int:
    errors = list(client.import_errors.list(limit=args.limit))
    rows = [record(e) for e in errors]
    lines = [{**row, "error": _last_line(e.stack_trace)} for row, e in zip(rows, errors, strict=True)]
    _emit(console, args, rows, lambda: table(lines, ("id", "filename", "timestamp", "error"), "(no import errors)"))
    return EXIT_OK


def cmd_xcom_list(client: Client, args: argparse.Namespace, console: Console) -> int:
    entries = client.xcom.list(args.dag_id, args.run_id, args.task_id, map_index=args.map_index, limit=args.limit)
    rows = [{k: v for k, v in record(x).items() if k != "value"} for x in entries]  # listings have no values
    _emit(console, args, rows, lambda: table(rows, ("key", "map_index", "timestamp"), "(no XComs)"))
    return EXIT_OK


def cmd_xcom_get(client: Client, args: argparse.Namespace, console: Console) -> int:
    xcom = client.xcom.get(args.dag_id, args.run_id, args.task_id, args.key, map_index=args.map_index)
    if args.json:
        _emit(console, args, record(xcom), str)
    else:  # the bare value: a string as it is, anything else as JSON (`... | jq .answer`)
        value = xcom.value
        console.out(value if isinstance(value, str) else json.dumps(value, indent=2))
    return EXIT_OK


def cmd_providers(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(p) for p in client.providers.list()]
    _emit(console, args, rows, lambda: table(rows, ("package_name", "version", "description"), "(no providers)"))
    return EXIT_OK


def cmd_plugins(client: Client, args: argparse.Namespace, console: Console) -> int:
    rows = [record(p) for p in client.plugins.list()]
    _emit(console, args, rows, lambda: table(rows, ("name", "source", "macros", "timetables"), "(no plugins)"))
    return EXIT_OK


EVENT_LOG_COLUMNS = ("id", "when", "event", "dag_id", "run_id", "task_id", "owner")


def cmd_event_logs(client: Client, args: argparse.Namespace, console: Console) -> int:
    entries = client.event_logs.list(
        dag_id=args.dag_id,
        run_id=args.run_id,
        task_id=args.task_id,
        event=args.event,
        after=args.after,
        before=args.before,
        limit=args.limit,
    )
    rows = [record(e) for e in entries]
    _emit(console, args, rows, lambda: table(rows, EVENT_LOG_COLUMNS, "(no event logs)"))
    return EXIT_OK


def _no_response() -> Any:
    import httpx

    return httpx.Response(404, request=httpx.Request("GET", "http://localhost/config"))


def cmd_health(client: Client, args: argparse.Namespace, console: Console) -> int:
    health = client.health()
    row = {**record(health), "healthy": health.healthy}
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK if health.healthy else EXIT_FAILED


def _public_url(url: str) -> str:
    import httpx

    u = httpx.URL(url)
    return str(u.copy_with(username=None, password=None)) if u.userinfo else url


def cmd_version(client: Client, args: argparse.Namespace, console: Console) -> int:
    from . import __version__

    airflow = client.version()
    row = {
        "airflow_version": airflow,
        "api": client.api_version,
        "url": _public_url(client.base_url),
        "client_version": __version__,
    }
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_api(client: Client, args: argparse.Namespace, console: Console) -> int:
    """A raw request: PATH under the detected API root (``pools`` -> /api/v1/pools on Airflow 2),
    or, with a leading ``/``, under the deployment URL (``/api/v1/pools``, ``/health``)."""
    method = args.method.upper()
    path: str = args.path
    if "://" in path:
        raise UsageError("PATH is relative to the deployment (e.g. `pools` or `/api/v1/pools`), not a full URL")
    api = client.detect()
    base = client.base_url.rstrip("/")
    url = f"{base}{path}" if path.startswith("/") else f"{base}/api/{api}/{path}"
    body = _load_json(args.data, "--data", sys.stdin) if args.data is not None else None
    params: list[tuple[str, str]] = []
    for item in args.param or []:
        if "=" not in item:
            raise UsageError(f"--param {item!r}: use KEY=VALUE")
        k, v = item.split("=", 1)
        params.append((k, v))
    response = client.request(method, path, json=body, params=params or None, raise_for_status=False)
    text = response.text
    try:
        data: Any = response.json() if text.strip() else None
        out = json.dumps(data, indent=2) if data is not None else ""
    except ValueError:
        out = text
    if out:
        console.out(out.rstrip("\n"))
    status = response.status_code
    if status >= 400:
        console.err(f"error: {status} {response.reason_phrase} from {method} {_public_url(url)}")
        if status in (401, 403):
            return EXIT_AUTH
        return EXIT_NOT_FOUND if status == 404 else EXIT_FAILED
    return EXIT_OK


# -- many deployments: the config file, and fan-out -------------------------------------------
def _config_file(args: argparse.Namespace) -> str | None:
    return getattr(args, "config", None) or os.environ.get("ASTRO_AIRFLOW_CONFIG") or None


DEPLOYMENT_COLUMNS = ("name", "url", "auth", "tags")


def cmd_deployments_list(args: argparse.Namespace, console: Console) -> int:
    from ._config import load_config

    config = load_config(_config_file(args))
    rows = [
        {
            "name": d.name,
            "url": d.url,
            "auth": d.describe_auth(),
            "auth_kind": d.auth_kind,
            "secret_from": d.source.describe() if d.source else None,
            "tags": list(d.tags),
            "api": d.api,
            "timeout": d.timeout,
            "verify": d.verify,
        }
        for d in (
            config.select(getattr(args, "select", None))
            if getattr(args, "select", None)
            else config.deployments.values()
        )
    ]
    empty = f"(no deployments in {config.path})" if config.exists else f"(no config file at {config.path})"
    _emit(console, args, rows, lambda: table(rows, DEPLOYMENT_COLUMNS, empty))
    return EXIT_OK


def _new_deployment(args: argparse.Namespace) -> dict[str, Any]:
    """The table ``deployments add`` writes, from its flags (never from the environment)."""
    entry: dict[str, Any] = {}
    if args.url and (args.base_domain or args.release_name):
        raise UsageError("give either --url or --base-domain/--release-name, not both")
    if args.url:
        entry["url"] = args.url
    elif args.base_domain or args.release_name:
        domain, release = (args.base_domain or "").strip(), (args.release_name or "").strip()
        if "/" in domain or "/" in release:  # a pasted deployment URL: store the URL it means
            from ._client import astronomer_url

            entry["url"] = astronomer_url(domain, release, args.path_prefix)
        else:
            entry["base_domain"] = domain.strip(".").removeprefix("deployments.")
            entry["release_name"] = release
            if args.path_prefix is not None:
                entry["path_prefix"] = args.path_prefix
    else:
        raise UsageError("say where the deployment is: --url URL, or --base-domain DOMAIN --release-name NAME")
    inline = {"api_key": args.api_key, "token": args.token, "password": args.password}
    given = {kind: value for kind, value in inline.items() if value is not None}
    sources = {
        k: v for k, v in (("env", args.secret_env), ("file", args.secret_file), ("command", args.secret_command)) if v
    }
    kind = args.auth or (next(iter(given)) if len(given) == 1 else None)
    if kind is None and args.user:
        kind = "password"
    if kind is None:
        raise UsageError(
            "say how it authenticates: --auth api_key|token|password|basic|jwt|none (or --api-key/--token)"
        )
    auth: dict[str, Any] = {"kind": kind}
    if args.user:
        auth["username"] = args.user
    if len(given) + len(sources) > 1:
        raise UsageError("give one source of the secret: --secret-env, --secret-file, --secret-command, or the value")
    for source, value in sources.items():
        auth[source] = os.path.abspath(os.path.expanduser(value)) if source == "file" else value
    for value in given.values():
        if value.startswith("@"):  # a file: the config names it instead of holding the secret
            auth["file"] = os.path.abspath(os.path.expanduser(value[1:]))
        else:
            auth["secret"] = _read_secret(value, f"--{kind.replace('_', '-')}", sys.stdin)
    if kind != "none" and len(auth) == 1 + ("username" in auth):
        raise UsageError(
            "say where the secret comes from: --secret-env VAR, --secret-file PATH, --secret-command CMD "
            "(or the value itself with --api-key/--token/--password, stored in the file)"
        )
    entry["auth"] = auth
    if args.api:
        entry["api"] = args.api
    if args.http_timeout is not None:
        entry["timeout"] = args.http_timeout
    if args.insecure:
        entry["verify"] = False
    if args.tag:
        entry["tags"] = list(dict.fromkeys(args.tag))
    return entry


def cmd_deployments_add(args: argparse.Namespace, console: Console) -> int:
    from ._config import add_deployment, load_config

    path = add_deployment(args.name, _new_deployment(args), path=_config_file(args), replace=args.replace)
    d = load_config(path).deployment(args.name)
    row = {"name": d.name, "url": d.url, "auth": d.describe_auth(), "tags": list(d.tags), "file": str(path)}
    _emit(console, args, row, lambda: details(row))
    return EXIT_OK


def cmd_deployments_remove(args: argparse.Namespace, console: Console) -> int:
    from ._config import load_config, remove_deployment

    if args.missing_ok and args.name not in load_config(_config_file(args)).deployments:
        _emit(console, args, {"removed": None}, lambda: f"no deployment {args.name}: nothing to remove")
        return EXIT_OK
    path = remove_deployment(args.name, path=_config_file(args))
    _emit(console, args, {"removed": args.name, "file": str(path)}, lambda: f"removed {args.name} from {path}")
    return EXIT_OK


@dataclasses.dataclass
class _Captured:
    """What a command printed for one deployment of a fan-out, and its exit code."""

    code: int
    out: str
    err: str

    def result(self) -> Any:
        text = self.out.strip()
        try:
            return json.loads(text) if text else None
        except ValueError:
            return text


def _captured(handler: Handler, args: argparse.Namespace, redact: Redactor, client: Client) -> _Captured:
    out, err = io.StringIO(), io.StringIO()
    sub = copy.copy(args)
    sub.json = True  # each deployment's answer as JSON: one document, or one table row
    sub.no_progress = True
    code = handler(client, sub, Console(redact, out, err))
    return _Captured(code, out.getvalue(), err.getvalue())


def _read_inputs_once(args: argparse.Namespace) -> None:
    """``-`` (stdin) and ``@FILE`` inputs, read once for every deployment of a fan-out."""
    for attr in ("conf", "data"):
        value = getattr(args, attr, None)
        if value is not None and (value == "-" or value.startswith("@")):
            setattr(args, attr, json.dumps(_load_json(value, f"--{attr}", sys.stdin)))
    if args.handler is cmd_variables_set:
        args.value, args.value_read = _variable_value(args), True


class FanOutProgress:
    """One self-updating line on a terminal (stderr) while a fan-out runs."""

    def __init__(self, console: Console, total: int, concurrency: int) -> None:
        self.console, self.total, self.concurrency = console, total, concurrency
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="astro-airflow-fanout", daemon=True)

    def __enter__(self) -> FanOutProgress:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.console.stderr.write("\r\x1b[K")
        self.console.stderr.flush()

    def update(self, outcome: Any) -> None:
        with self._lock:
            self.done += 1
            self.failed += not (outcome.ok and outcome.value.code == EXIT_OK)

    def line(self) -> str:
        with self._lock:
            done, failed = self.done, self.failed
        running = min(self.concurrency, self.total - done)
        elapsed = time.monotonic() - self.started
        return f"deployments: {done}/{self.total} done, {failed} failed, {running} running  {elapsed:.0f}s"

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            width = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
            self.console.stderr.write("\r\x1b[K" + self.line()[:width])
            self.console.stderr.flush()


_IDS = ("run_id", "dag_id", "name", "key", "conn_id", "task_id", "filename", "section")


def _summary(value: Any) -> str:
    """A command's answer in one cell."""
    if value is None:
        return "done"
    if isinstance(value, list):
        ids = [str(next((v[k] for k in _IDS if isinstance(v, dict) and v.get(k)), "")) for v in value[:3]]
        shown = f": {', '.join(ids)}{', ...' if len(value) > 3 else ''}" if value and all(ids) else ""
        return f"{len(value)} item{'' if len(value) == 1 else 's'}{shown}"
    if isinstance(value, dict):
        if "healthy" in value:
            parts = f"metadatabase {_cell(value.get('metadatabase'))}, scheduler {_cell(value.get('scheduler'))}"
            return "healthy" if value["healthy"] else f"unhealthy ({parts})"
        if "airflow_version" in value:
            return f"Airflow {value['airflow_version']} ({value.get('api')}) {value.get('url', '')}".rstrip()
        if value and all(isinstance(v, dict) for v in value.values()):
            return f"{len(value)} sections"
        keys = [k for k in ("dag_id", "run_id", "state", "is_paused", "name", "slots", "key", "value") if k in value]
        keys = keys or list(value)[:4]
        return " ".join(f"{k}={_cell(value.get(k))}" for k in keys)[:160]
    return _cell(value)[:160]


def _fan_out(args: argparse.Namespace, console: Console, redact: Redactor) -> int:
    """The command on every selected deployment: one table (or JSON document) of outcomes."""
    from . import AirflowError, FleetTimeoutError
    from ._auth import Auth
    from ._fleet import Fleet

    dests = {"-d": "deployment", "--url": "url", "--base-domain": "base_domain", "--release-name": "release_name"}
    dests |= {"--api-key": "api_key", "--token": "token", "--user": "user", "--password": "password"}
    flags = [flag for flag, dest in dests.items() if getattr(args, dest, None)]
    if flags:
        raise UsageError(f"--all/--select take each deployment from the config file; drop {', '.join(flags)}")
    if args.all and args.select:
        raise UsageError("give --all or --select EXPR, not both")
    if args.concurrency < 1 or (args.deadline is not None and args.deadline <= 0):
        raise UsageError("--concurrency must be >= 1 and --deadline > 0 seconds")
    _read_inputs_once(args)
    if args.handler is cmd_trigger and args.run_id is None:
        from .resources.dags import make_run_id

        args.run_id = make_run_id("cli")  # one run id everywhere: repeating the command starts nothing twice
    options = client_options(args)
    if args.api:
        options["api"] = args.api
    with Fleet.from_config(args.select, path=_config_file(args), **options) as fleet:
        for client in fleet.clients.values():
            if isinstance(client.auth, Auth):
                redact.sources.append(client.auth.secrets)
        job = functools.partial(_captured, args.handler, args, redact)
        if console.progress_tty:
            with FanOutProgress(console, len(fleet), args.concurrency) as progress:
                outcomes = fleet.map(
                    job, concurrency=args.concurrency, timeout=args.deadline, on_result=progress.update
                )
        else:
            outcomes = fleet.map(job, concurrency=args.concurrency, timeout=args.deadline)
    rows, document, codes = [], {}, []
    for name, outcome in outcomes.items():
        seconds = round(outcome.seconds, 3)
        if outcome.error is not None:
            code = exit_code(outcome.error)
            status = "timeout" if isinstance(outcome.error, FleetTimeoutError) else "failed"
            message = (
                str(outcome.error)
                if isinstance(outcome.error, AirflowError | UsageError)
                else (f"unexpected {type(outcome.error).__name__}: {outcome.error}")
            )
            error = {"type": type(outcome.error).__name__, "message": message, "exit_code": code}
            document[name] = {"ok": False, "seconds": seconds, "result": None, "error": error}
            rows.append(
                {"deployment": name, "status": status, "seconds": f"{seconds:.2f}", "result": f"error: {message}"}
            )
        else:
            captured = outcome.value
            assert captured is not None
            code, result = captured.code, captured.result()
            error = None
            if code != EXIT_OK:
                lines = [line for line in captured.err.splitlines() if line.strip()]
                error = {"type": "exit", "message": lines[-1] if lines else f"exit code {code}", "exit_code": code}
            document[name] = {"ok": code == EXIT_OK, "seconds": seconds, "result": result, "error": error}
            summary = _summary(result) + (f" ({error['message']})" if error and error["message"] else "")
            rows.append(
                {
                    "deployment": name,
                    "status": "ok" if code == EXIT_OK else "failed",
                    "seconds": f"{seconds:.2f}",
                    "result": summary,
                }
            )
        codes.append(code)
    if args.json:
        console.out(json.dumps(_plain(document), indent=2))
    else:
        console.out(table(rows, ("deployment", "status", "seconds", "result")))
    failed = [c for c in codes if c != EXIT_OK]
    if not failed:
        return EXIT_OK
    console.err(f"error: {len(failed)} of {len(codes)} deployments failed")
    return failed[0] if len(set(failed)) == 1 else EXIT_FAILED


# -- the parser -------------------------------------------------------------------------------
def _common_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """Options valid before or after the command (``astro-airflow --json pools list`` or
    ``astro-airflow pools list --json``). Below the top level they default to "not given", so they
    never override what was given before the command."""

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    conn = parser.add_argument_group("connection (flags override environment variables; see below)")
    conn.add_argument("--url", default=default(None), metavar="URL", help="deployment URL [AIRFLOW_API_URL]")
    conn.add_argument("--base-domain", default=default(None), metavar="DOMAIN", help="[ASTRO_AIRFLOW_BASE_DOMAIN]")
    conn.add_argument("--release-name", default=default(None), metavar="NAME", help="[ASTRO_AIRFLOW_RELEASE_NAME]")
    conn.add_argument("--path-prefix", default=default(None), metavar="PREFIX", help="[ASTRO_AIRFLOW_PATH_PREFIX]")
    conn.add_argument(
        "--api-key", default=default(None), metavar="KEY|-|@FILE", help="raw API key [ASTRO_AIRFLOW_API_KEY]"
    )
    conn.add_argument("--token", default=default(None), metavar="TOKEN|-|@FILE", help="bearer [AIRFLOW_API_TOKEN]")
    conn.add_argument("--user", default=default(None), metavar="USER", help="[AIRFLOW_API_USERNAME]")
    conn.add_argument("--password", default=default(None), metavar="PW|-|@FILE", help="[AIRFLOW_API_PASSWORD]")
    conn.add_argument("--api", default=default(None), choices=API_NAMES, help="[AIRFLOW_API_VERSION]")
    conn.add_argument("--insecure", action="store_true", default=default(False), help="do not verify TLS certificates")
    conn.add_argument(
        "--http-timeout", type=float, default=default(None), metavar="S", help="seconds per request (default 60)"
    )
    many = parser.add_argument_group("deployments of the config file (see `astro-airflow deployments --help`)")
    many.add_argument(
        "-d",
        "--deployment",
        default=default(None),
        metavar="NAME",
        help="a named deployment [ASTRO_AIRFLOW_DEPLOYMENT]",
    )
    many.add_argument("--config", default=default(None), metavar="PATH", help="the config file [ASTRO_AIRFLOW_CONFIG]")
    many.add_argument("--all", action="store_true", default=default(False), help="run on every deployment")
    many.add_argument("--select", default=default(None), metavar="EXPR", help="run on these: names, prod-*, tag:T")
    many.add_argument(
        "--concurrency", type=int, default=default(16), metavar="N", help="deployments at a time (default 16)"
    )
    many.add_argument("--deadline", type=float, default=default(None), metavar="S", help="seconds per deployment")
    out = parser.add_argument_group("output")
    out.add_argument("--json", action="store_true", default=default(False), help="one JSON document on stdout")
    out.add_argument("--debug", action="store_true", default=default(False), help="HTTP log and tracebacks")


def _wait_options(parser: argparse.ArgumentParser, timeout_help: str) -> None:
    parser.add_argument("--timeout", type=float, metavar="S", help=timeout_help)
    parser.add_argument(
        "--poll-interval", type=float, default=DEFAULT_POLL_INTERVAL, metavar="S", help="seconds between polls"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress line, even on a terminal")
    parser.add_argument(
        "--log-tail",
        type=_count,
        default=0,
        metavar="N",
        help="if the run fails, also show the last N log lines of each failed task",
    )


def _count(text: str) -> int:
    """A number of lines: 0 or more."""
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


_count.__name__ = "count"  # argparse's message: "invalid count value: '-1'"


def _positive(text: str) -> int:
    """A number of runs: 1 or more."""
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


_positive.__name__ = "positive number"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Apache Airflow's REST API from a terminal (Astronomer Software, Astro, any Airflow 2/3).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .__version__ import __version__

    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _common_options(parser, top=True)
    commands = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)

    leaves: list[argparse.ArgumentParser] = []

    def leaf(group: Any, name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = group.add_parser(
            name, help=help, description=help, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        _common_options(p, top=False)
        p.set_defaults(handler=handler, command=name)
        leaves.append(p)
        return p

    def grouped(name: str, help: str) -> Any:
        p = commands.add_parser(name, help=help, description=help)
        return p.add_subparsers(dest="command", metavar="ACTION", required=True)

    p = leaf(commands, "trigger", cmd_trigger, "start a DAG run (and optionally wait for it)")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("--conf", metavar="JSON|@FILE|-", help="the run's conf, a JSON object")
    p.add_argument("--logical-date", metavar="ISO", help="e.g. 2021-11-16T11:34:00 (UTC) or with an offset")
    p.add_argument("--run-id", metavar="ID", help="choose the run id: a repeated trigger then returns the same run")
    p.add_argument("--wait", action="store_true", help="wait until the run finishes (exit 1 if it failed)")
    p.add_argument(
        "--count", type=_positive, default=1, metavar="N", help="start N runs (with --wait: wait for them all)"
    )
    _wait_options(p, "give up waiting after S seconds (exit 5)")

    runs = grouped("runs", "DAG runs: list, get, wait")
    p = leaf(runs, "list", cmd_runs_list, "runs of a DAG (or of all DAGs), newest first")
    p.add_argument("dag_id", metavar="DAG_ID", nargs="?", default="~", help="default: every DAG")
    p.add_argument("--state", action="append", metavar="STATE", help="only runs in this state (repeatable)")
    p.add_argument(
        "--run-type",
        action="append",
        metavar="TYPE",
        help="only runs of this type: manual, scheduled ... (repeatable; Airflow 3)",
    )
    for field in ("logical", "start", "end"):
        for side, word in (("after", "at or after"), ("before", "at or before")):
            p.add_argument(
                f"--{field}-{side}", metavar="ISO", help=f"only runs with a {field} date {word} ISO (UTC if naive)"
            )
    p.add_argument(
        "--order-by",
        metavar="FIELD",
        help="logical_date, start_date, end_date, run_id, dag_id, state or updated_at; --order-by=-FIELD: descending",
    )
    p.add_argument("--limit", type=int, default=25, metavar="N", help="at most N runs (default 25)")
    p = leaf(runs, "get", cmd_runs_get, "one DAG run")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("run_id", metavar="RUN_ID")
    p = leaf(runs, "wait", cmd_runs_wait, "wait until runs finish (exit 1 if one failed, 5 on timeout)")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("run_id", metavar="RUN_ID", nargs="+")
    _wait_options(p, "give up after S seconds (exit 5)")

    tasks = grouped("tasks", "task instances: list, set-state")
    p = leaf(tasks, "list", cmd_tasks_list, "task instances of a DAG run, filtered on the server")
    p.add_argument("dag_id", metavar="DAG_ID", help="a DAG id, or ~ for every DAG")
    p.add_argument("run_id", metavar="RUN_ID", help="a run id, or ~ for every run")
    p.add_argument("--state", action="append", metavar="STATE", help="only task instances in this state (repeatable)")
    p.add_argument("--task-id", action="append", metavar="TASK_ID", help="only this task (repeatable)")
    p.add_argument("--pool", action="append", metavar="POOL", help="only task instances of this pool (repeatable)")
    p.add_argument("--queue", action="append", metavar="QUEUE", help="only task instances of this queue (repeatable)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N task instances")
    p = leaf(tasks, "set-state", cmd_tasks_set_state, "mark a task instance success, failed or skipped")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("run_id", metavar="RUN_ID")
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument(
        "state", metavar="STATE", choices=("success", "failed", "skipped"), help="success, failed or skipped"
    )
    p.add_argument("--map-index", type=int, default=-1, metavar="I", help="a mapped task's index")
    for flag in ("upstream", "downstream", "future", "past"):
        p.add_argument(f"--{flag}", action="store_true", help=f"also the {flag} task instances")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")

    p = leaf(commands, "logs", cmd_logs, "a task's log (every try, or one)")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("run_id", metavar="RUN_ID")
    p.add_argument("task_id", metavar="TASK_ID")
    p.add_argument("--try", dest="try_number", type=int, metavar="N", help="only try N")
    p.add_argument("--map-index", type=int, default=-1, metavar="I", help="a mapped task's index")

    dags = grouped("dags", "DAGs: list, get, details, tasks, source, warnings, pause, unpause, delete")
    p = leaf(dags, "list", cmd_dags_list, "DAGs by id")
    p.add_argument("--tag", action="append", metavar="TAG", help="only DAGs with this tag (repeatable: any of them)")
    p.add_argument("--tags-match", choices=("any", "all"), help="with --tag: any (default) or all of them (Airflow 3)")
    p.add_argument("--pattern", metavar="TEXT", help="only DAGs whose id contains TEXT (case-insensitive)")
    paused = p.add_mutually_exclusive_group()
    paused.add_argument("--paused", action="store_const", const=True, dest="paused", help="only paused DAGs")
    paused.add_argument("--active", action="store_const", const=False, dest="paused", help="only unpaused DAGs")
    p.add_argument(
        "--include-inactive", action="store_true", help="also DAGs whose file is gone (Airflow 3: stale DAGs)"
    )
    p.add_argument("--limit", type=int, metavar="N")
    commands_of_a_dag: list[tuple[str, Handler, str]] = [
        ("get", cmd_dags_get, "one DAG"),
        ("details", cmd_dags_details, "a DAG with its settings (params, dates, limits, timeout ...)"),
        ("tasks", cmd_dags_tasks, "the tasks of a DAG"),
        ("source", cmd_dags_source, "the text of a DAG's file"),
        ("pause", cmd_dags_pause, "pause a DAG"),
        ("unpause", cmd_dags_pause, "unpause a DAG"),
    ]
    for name, handler, help in commands_of_a_dag:
        p = leaf(dags, name, handler, help)
        p.add_argument("dag_id", metavar="DAG_ID")
    p = leaf(dags, "warnings", cmd_dags_warnings, "what the DAG processor warns about (all DAGs, or one)")
    p.add_argument("dag_id", metavar="DAG_ID", nargs="?")
    p.add_argument("--type", metavar="TYPE", help='only warnings of this type, e.g. "non-existent pool"')
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(dags, "delete", cmd_dags_delete, "delete a DAG's runs and records (the DAG processor re-adds its file)")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("--missing-ok", action="store_true", help="a missing DAG is not an error")

    pools = grouped("pools", "pools: list, get, create, update, delete")
    p = leaf(pools, "list", cmd_pools_list, "all pools")
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(pools, "get", cmd_pools_get, "one pool")
    p.add_argument("name", metavar="NAME")
    p = leaf(pools, "create", cmd_pools_create, "create a pool")
    p.add_argument("name", metavar="NAME")
    p.add_argument("slots", type=int, metavar="SLOTS")
    p.add_argument("--description")
    p.add_argument("--include-deferred", action="store_true", default=None)
    p.add_argument("--exist-ok", action="store_true", help="an existing pool is not an error (returned unchanged)")
    p = leaf(pools, "update", cmd_pools_update, "change a pool's slots or description")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--slots", type=int)
    p.add_argument("--description")
    p.add_argument("--include-deferred", action=argparse.BooleanOptionalAction, default=None)
    p = leaf(pools, "delete", cmd_pools_delete, "delete a pool")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--missing-ok", action="store_true", help="a missing pool is not an error")

    variables = grouped("variables", "variables: list, get, set, create, delete, import, export")
    p = leaf(variables, "list", cmd_variables_list, "all variables")
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(variables, "get", cmd_variables_get, "a variable's value")
    p.add_argument("key", metavar="KEY")
    for name, help in (("set", "create or update a variable"), ("create", "create a variable (error if it exists)")):
        p = leaf(variables, name, cmd_variables_set, help)
        p.add_argument("key", metavar="KEY")
        p.add_argument("value", metavar="VALUE|@FILE|-")
        p.add_argument("--description")
        if name == "create":
            p.add_argument("--exist-ok", action="store_true", help="an existing variable is not an error")
    p = leaf(variables, "delete", cmd_variables_delete, "delete a variable")
    p.add_argument("key", metavar="KEY")
    p.add_argument("--missing-ok", action="store_true", help="a missing variable is not an error")
    p = leaf(variables, "import", cmd_variables_import, "set every variable of a file (`airflow variables export`)")
    p.add_argument("file", metavar="FILE", help="a JSON object {key: value}; - reads stdin")
    p = leaf(variables, "export", cmd_variables_export, "write every variable to a file (`airflow variables import`)")
    p.add_argument("file", metavar="FILE", help="the JSON file to write; - writes to stdout")

    connections = grouped("connections", "connections: list, get, create, delete (passwords are never shown)")
    p = leaf(connections, "list", cmd_connections_list, "all connections")
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(connections, "get", cmd_connections_get, "one connection (without its password)")
    p.add_argument("conn_id", metavar="CONN_ID")
    p = leaf(connections, "create", cmd_connections_create, "create a connection")
    p.add_argument("conn_id", metavar="CONN_ID")
    p.add_argument("--conn-type", required=True, metavar="TYPE", help="e.g. postgres, http, aws")
    p.add_argument("--host")
    p.add_argument("--login")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--password-file", metavar="FILE", help="read the password from a file")
    p.add_argument("--port", type=int)
    p.add_argument("--schema")
    p.add_argument("--extra", metavar="JSON|@FILE|-", help="a JSON object")
    p.add_argument("--description")
    p.add_argument("--exist-ok", action="store_true", help="an existing connection is not an error (unchanged)")
    p = leaf(connections, "delete", cmd_connections_delete, "delete a connection")
    p.add_argument("conn_id", metavar="CONN_ID")
    p.add_argument("--missing-ok", action="store_true", help="a missing connection is not an error")

    assets = grouped("assets", "assets (Airflow 2: datasets): list, get, events, create-event, queued events")
    p = leaf(assets, "list", cmd_assets_list, "assets by URI")
    p.add_argument("--pattern", metavar="TEXT", help="only URIs containing TEXT")
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(assets, "get", cmd_assets_get, "one asset, by URI")
    p.add_argument("uri", metavar="URI")
    p = leaf(assets, "events", cmd_assets_events, "asset events, newest first")
    p.add_argument("--uri", metavar="URI", help="of this asset")
    p.add_argument("--dag-id", metavar="DAG_ID", help="produced by this DAG")
    p.add_argument("--run-id", metavar="RUN_ID", help="produced by this run")
    p.add_argument("--after", metavar="ISO", help="at or after this time (UTC unless it has an offset)")
    p.add_argument("--before", metavar="ISO", help="before this time")
    p.add_argument("--limit", type=int, default=25, metavar="N", help="at most N events (default 25)")
    p = leaf(assets, "create-event", cmd_assets_create_event, "record an update of an asset (its DAGs run)")
    p.add_argument("uri", metavar="URI")
    p.add_argument("--extra", metavar="JSON|@FILE|-", help="a JSON object attached to the event")
    p = leaf(assets, "queued", cmd_assets_queued, "the events a DAG scheduled on several assets holds")
    p.add_argument("dag_id", metavar="DAG_ID")
    p = leaf(assets, "clear-queued", cmd_assets_clear_queued, "drop a DAG's queued events")
    p.add_argument("dag_id", metavar="DAG_ID")

    backfills = grouped("backfills", "backfills (Airflow 3): create, list, get, pause, unpause, cancel")
    p = leaf(backfills, "create", cmd_backfills_create, "run a DAG for the past dates of a range")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("--from", dest="from_date", required=True, metavar="DATE", help="first logical date (ISO)")
    p.add_argument("--to", dest="to_date", required=True, metavar="DATE", help="last logical date (ISO)")
    p.add_argument(
        "--reprocess",
        dest="reprocess_behavior",
        choices=("none", "failed", "completed"),
        help="dates that already have a run: run none again (default), the failed ones, or all",
    )
    p.add_argument("--max-active-runs", type=int, metavar="N", help="at most N runs at a time")
    p.add_argument("--backwards", dest="run_backwards", action="store_true", help="newest date first")
    p.add_argument("--conf", metavar="JSON|@FILE|-", help="the conf of every run, a JSON object")
    p.add_argument("--dry-run", action="store_true", help="only print the logical dates that would run")
    p = leaf(backfills, "list", cmd_backfills_list, "a DAG's backfills, newest first")
    p.add_argument("dag_id", metavar="DAG_ID")
    p.add_argument("--limit", type=int, metavar="N")
    for name, help in (
        ("get", "one backfill"),
        ("pause", "start no more of its runs"),
        ("unpause", "resume it"),
        ("cancel", "stop it: its queued runs fail"),
    ):
        p = leaf(backfills, name, cmd_backfills_get, help)
        p.add_argument("backfill_id", type=int, metavar="ID")

    p = leaf(commands, "import-errors", cmd_import_errors, "DAG files that fail to import, with the error")
    p.add_argument("--limit", type=int, metavar="N")

    xcom = grouped("xcom", "XComs of a task instance: list, get")
    p = leaf(xcom, "list", cmd_xcom_list, "a task instance's XCom keys (no values)")
    for name in ("dag_id", "run_id", "task_id"):
        p.add_argument(name, metavar=name.upper())
    p.add_argument("--map-index", type=int, metavar="I", help="only this map index (default: all)")
    p.add_argument("--limit", type=int, metavar="N")
    p = leaf(xcom, "get", cmd_xcom_get, "an XCom's value (a string as is, anything else as JSON)")
    for name in ("dag_id", "run_id", "task_id", "key"):
        p.add_argument(name, metavar=name.upper())
    p.add_argument("--map-index", type=int, default=-1, metavar="I", help="a mapped task's index")

    p = leaf(commands, "event-logs", cmd_event_logs, "Airflow's audit log, newest first")
    p.add_argument("--dag-id", metavar="DAG_ID")
    p.add_argument("--run-id", metavar="RUN_ID")
    p.add_argument("--task-id", metavar="TASK_ID")
    p.add_argument("--event", metavar="EVENT", help="e.g. success, failed, trigger_dag_run")
    p.add_argument("--after", metavar="ISO", help="only entries after this time (UTC if no offset)")
    p.add_argument("--before", metavar="ISO", help="only entries before this time")
    p.add_argument("--limit", type=int, default=25, metavar="N", help="at most N entries (default 25)")

    leaf(commands, "providers", cmd_providers, "the installed provider packages")
    leaf(commands, "plugins", cmd_plugins, "the loaded Airflow plugins")

    p = leaf(commands, "config", cmd_config, "the deployment's configuration (needs expose_config)")
    p.add_argument("--section", metavar="S", help="one section, e.g. core")
    leaf(commands, "health", cmd_health, "metadatabase and scheduler health (exit 1 if unhealthy)")
    leaf(commands, "version", cmd_version, "the server's Airflow version and API")

    deployments = grouped("deployments", "named deployments (the config file): list, add, remove, check")
    p = leaf(deployments, "list", cmd_version, "the deployments of the config file (never their secrets)")
    p.set_defaults(local=cmd_deployments_list)
    p = leaf(deployments, "add", cmd_version, "add a deployment to the config file (created 0600)")
    p.set_defaults(local=cmd_deployments_add)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--auth", choices=("api_key", "token", "password", "basic", "jwt", "none"), help="auth kind")
    p.add_argument("--secret-env", metavar="VAR", help="the secret is in this environment variable")
    p.add_argument("--secret-file", metavar="PATH", help="the secret is in this file")
    p.add_argument("--secret-command", metavar="CMD", help="the secret is what this command prints")
    p.add_argument("--tag", action="append", metavar="TAG", help="a tag for --select tag:TAG (repeatable)")
    p.add_argument("--replace", action="store_true", help="replace a deployment of the same name")
    p.epilog = (
        "Where the deployment is: --url URL, or --base-domain DOMAIN --release-name NAME [--path-prefix P] (a\n"
        "pasted deployment URL works too). How it authenticates: --auth KIND (--user for password/basic/jwt)\n"
        "and where the secret comes from: --secret-env VAR, --secret-file PATH, --secret-command CMD; or\n"
        "--api-key/--token/--password VALUE|-|@FILE (a value is stored in the file, which then must stay 0600;\n"
        "@FILE stores the file's path). Also --api, --http-timeout (stored as timeout), --insecure, --tag."
    )
    p = leaf(deployments, "remove", cmd_version, "remove a deployment from the config file (the rest is kept)")
    p.set_defaults(local=cmd_deployments_remove)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--missing-ok", action="store_true", help="a missing deployment is not an error")
    p = leaf(deployments, "check", cmd_version, "detect the API and Airflow version of each deployment, in parallel")
    p.set_defaults(fan_out=True)

    p = leaf(
        commands,
        "api",
        cmd_api,
        "a raw request with URL prefix and auth added, for endpoints without a command",
    )
    p.epilog = (
        "PATH without a leading / is under the detected API root: `api GET pools` is GET /api/v1/pools on\n"
        "Airflow 2 and GET /api/v2/pools on Airflow 3. With a leading / it is under the deployment URL:\n"
        "`api GET /api/v1/pools`, `api GET /health`. The answer's body goes to stdout; HTTP errors exit\n"
        "3 (401/403), 4 (404) or 1."
    )
    p.add_argument("method", metavar="METHOD", help="GET, POST, PATCH, PUT, DELETE ...")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--data", metavar="JSON|@FILE|-", help="JSON body")
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="query parameter (repeatable)")
    for p in leaves:  # a short usage line: the connection/output options are listed below it
        positionals = [
            f"[{a.metavar or a.dest}]" if a.nargs == "?" else a.metavar or a.dest for a in p._get_positional_actions()
        ]
        p.usage = " ".join([p.prog, "[options]", *(str(m) for m in positionals)])
    return parser


# -- errors and exit codes --------------------------------------------------------------------
def exit_code(exc: BaseException) -> int:
    """The documented exit code for an error."""
    from . import (
        APITimeoutError,
        AuthenticationError,
        ConfigurationError,
        FleetTimeoutError,
        InvalidInputError,
        NotFoundError,
        PermissionDeniedError,
        RunFailedError,
        WaitTimeoutError,
    )

    if isinstance(exc, UsageError | ConfigurationError | InvalidInputError):
        return EXIT_USAGE
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return EXIT_AUTH
    if isinstance(exc, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(exc, WaitTimeoutError | APITimeoutError | FleetTimeoutError):
        return EXIT_TIMEOUT
    if isinstance(exc, RunFailedError):
        return EXIT_FAILED
    return EXIT_FAILED


def _setup_debug_logging(redact: Redactor, stream: IO[str]) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(_RedactingFormatter(redact))
    for name in ("astro_airflow", "httpx"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    redact = Redactor(_argv_secrets(argv))
    redact.add(*(os.environ.get(name) for name in _SECRET_ENV))
    console = Console(redact)
    _Parser.redact = redact
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE

    handler: logging.Handler | None = None
    if args.debug:
        handler = _setup_debug_logging(redact, console.stderr)
    try:
        if getattr(args, "local", None) is not None:  # the config file only: no client
            local: Callable[[argparse.Namespace, Console], int] = args.local
            return local(args, console)
        if args.all or args.select or getattr(args, "fan_out", False):
            return _fan_out(args, console, redact)
        env = connection_env(args, os.environ, sys.stdin)
        redact.add(*(env.get(name) for name in _SECRET_ENV))
        user, password = env.get("AIRFLOW_API_USERNAME"), env.get("AIRFLOW_API_PASSWORD")
        if user and password:
            import base64

            redact.add(base64.b64encode(f"{user}:{password}".encode()).decode())
        with make_client(args, env) as client:
            from ._auth import Auth

            auth = client.auth
            if isinstance(auth, Auth):
                redact.sources.append(auth.secrets)
            code: int = args.handler(client, args, console)
            return code
    except KeyboardInterrupt:
        console.err("interrupted")
        return 130
    except Exception as exc:
        from . import AirflowError

        if not isinstance(exc, AirflowError | UsageError):
            if args.debug:
                console.err("".join(traceback.format_exception(exc)).rstrip())
            console.err(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for details)")
            return EXIT_FAILED
        if args.debug:
            console.err("".join(traceback.format_exception(exc)).rstrip())
        console.err(f"error: {exc}")
        return exit_code(exc)
    finally:
        if handler is not None:
            for name in ("astro_airflow", "httpx"):
                logging.getLogger(name).removeHandler(handler)


def run() -> NoReturn:
    """The console script's entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
