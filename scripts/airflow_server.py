#!/usr/bin/env python3
"""Run a REAL Apache Airflow 2.x or 3.x server for tests and demos.

Shaped like an Astronomer deployment: everything is served under the path
prefix ``/<release>/airflow`` so the REST API lives at
``http://127.0.0.1:<port>/<release>/airflow/api/v1`` (Airflow 2) or
``.../api/v2`` (Airflow 3), exactly like
``https://deployments.<base-domain>/<release>/airflow/api/v1``.

Each server gets a free port, its own temporary ``AIRFLOW_HOME`` with SQLite,
a real scheduler (and, on Airflow 3, a dag-processor), and loads the test DAGs
from ``tests/airflow/dags``.

Library use (stdlib only, importable from the dev venv)::

    from airflow_server import AirflowServer

    with AirflowServer(major=2) as srv:           # installs Airflow if needed
        print(srv.base_url)                       # http://127.0.0.1:PORT/galactic-stars-1234/airflow
        print(srv.api_url)                        # ... + /api/v1
        print(srv.auth_headers())                 # {"Authorization": "<raw api key>"}

Command line::

    python scripts/airflow_server.py start --major 2     # detached; prints JSON info, writes a state file
    python scripts/airflow_server.py start --version 3.1.8   # any release (state name airflow-3.1.8)
    python scripts/airflow_server.py start --major 2 --workers 4 --name af2-w4   # 4 webserver workers
    python scripts/airflow_server.py status
    python scripts/airflow_server.py logs --major 2
    python scripts/airflow_server.py stop                # stops what the state files say (by PID)
    python scripts/airflow_server.py run --major 3       # foreground; Ctrl-C stops it

Authentication:

* Airflow 2: ``api_key`` / ``viewer_api_key`` are raw keys accepted in
  ``Authorization: <key>`` (no scheme) by ``tests/airflow/astro_auth_backend.py``,
  like an Astronomer Software deployment service account; basic auth with
  ``username``/``password`` (Admin) and ``viewer_username``/``viewer_password``
  (Viewer) works too.
* Airflow 3: the simple auth manager with users ``admin`` (admin role) and
  ``viewer`` (viewer role) and fixed passwords; ``POST <base_url>/auth/token``
  returns ``{"access_token": ...}``. ``api_key`` / ``viewer_api_key`` hold such
  access tokens (JWTs, fetched at start-up) to be sent as ``Bearer``.
"""

from __future__ import annotations

import argparse
import atexit
import base64
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

SCRIPTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = SCRIPTS_DIR.parent
TESTS_AIRFLOW_DIR = REPO_ROOT / "tests" / "airflow"
DAGS_DIR = TESTS_AIRFLOW_DIR / "dags"
STATE_DIR = REPO_ROOT / ".cache" / "airflow" / "servers"
DEFAULT_RELEASE = "galactic-stars-1234"
HARNESS_ENV = "ASTRO_AIRFLOW_HARNESS_ID"

if str(SCRIPTS_DIR) not in sys.path:
    sys.path.insert(0, str(SCRIPTS_DIR))

import install_airflow  # noqa: E402  (stdlib-only sibling module)


class AirflowServerError(RuntimeError):
    """Start-up failed; the message carries the tail of the server logs."""


def log(msg: str) -> None:
    print(f"[airflow_server] {msg}", file=sys.stderr, flush=True)


def free_port(host: str = "127.0.0.1") -> int:
    """A free TCP port (bind port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def free_ports(n: int, host: str = "127.0.0.1") -> list[int]:
    """``n`` distinct free TCP ports (all bound at once, then released)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((host, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def expected_dag_ids(dags_folder: Path = DAGS_DIR) -> list[str]:
    """Test DAG ids: one DAG per file, named after the file (``hello.py`` -> ``hello``)."""
    return sorted(p.stem for p in Path(dags_folder).glob("*.py") if not p.stem.startswith("_"))


# --------------------------------------------------------------------------- processes


def _proc_table() -> dict[int, tuple[int, int, int, bytes]]:
    """pid -> (ppid, pgid, sid, state) for every process, from /proc."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        try:
            table[int(entry)] = (int(fields[1]), int(fields[2]), int(fields[3]), fields[0])
        except (IndexError, ValueError):
            continue
    return table


def _proc_environ_has(pid: int, needle: bytes) -> bool:
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            return needle in f.read().split(b"\0")
    except OSError:
        return False


def harness_pids(harness_id: str | None, leaders: list[int] | tuple[int, ...] = ()) -> list[int]:
    """PIDs of all live (non-zombie) processes that belong to a server.

    A process belongs when any of these holds:

    * its session or process group is one of ``leaders`` (every Airflow process
      is started with ``start_new_session=True``, and children inherit the
      session; Airflow's task runners only call ``setpgid``);
    * it descends (ppid chain) from such a process (covers ``setsid`` children);
    * its environment carries ``ASTRO_AIRFLOW_HARNESS_ID=<harness_id>``.  Not
      reliable alone: Airflow's ``setproctitle`` overwrites the memory that
      ``/proc/<pid>/environ`` shows for most of its processes.
    """
    table = _proc_table()
    me = os.getpid()
    leaders_set = set(leaders)
    needle = f"{HARNESS_ENV}={harness_id}".encode() if harness_id else None
    members = set()
    for pid, (_ppid, pgid, sid, _state) in table.items():
        if pid == me:
            continue
        if {pid, sid, pgid} & leaders_set or (needle is not None and _proc_environ_has(pid, needle)):
            members.add(pid)
    children: dict[int, list[int]] = {}
    for pid, (ppid, *_rest) in table.items():
        children.setdefault(ppid, []).append(pid)
    stack = list(members)
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in members and child != me:
                members.add(child)
                stack.append(child)
    return sorted(p for p in members if table.get(p, (0, 0, 0, b"Z"))[3] != b"Z")


def pid_alive(pid: int) -> bool:
    """True when ``pid`` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rfind(b")") + 2 :][:1] != b"Z"


def _signal_all(pgids: list[int], pids: list[int], sig: int) -> None:
    for pgid in pgids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, sig)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


def terminate(leaders: list[int], harness_id: str | None, grace: float = 15.0) -> list[int]:
    """Stop a server's processes: SIGTERM to the leaders' process groups and to
    every member process (see :func:`harness_pids`), wait up to ``grace``
    seconds, then SIGKILL what is left.  Returns PIDs still alive afterwards
    (should be empty)."""
    snapshot = set(harness_pids(harness_id, leaders))

    def remaining() -> list[int]:
        alive = {p for p in snapshot if pid_alive(p)}
        alive.update(harness_pids(harness_id, leaders))
        return sorted(alive)

    _signal_all(leaders, sorted(snapshot), signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not remaining():
            return []
        time.sleep(0.2)
    left = remaining()
    _signal_all(leaders, left, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        left = remaining()
        if not left:
            return []
        time.sleep(0.1)
    return left


# --------------------------------------------------------------------------- server


_LIVE: set[AirflowServer] = set()
_LIVE_LOCK = threading.Lock()


def stop_all() -> None:
    """Stop every server started by this process that is still running."""
    with _LIVE_LOCK:
        servers = list(_LIVE)
    for srv in servers:
        try:
            srv.stop()
        except Exception as exc:  # pragma: no cover - best effort at exit
            log(f"error stopping {srv!r}: {exc}")


_HANDLERS_INSTALLED = False
_ATEXIT_REGISTERED = False


def install_cleanup_handlers() -> None:
    """``atexit`` + SIGTERM/SIGINT/SIGHUP handlers that stop all live servers,
    then chain to the previous handler (so pytest still sees KeyboardInterrupt).
    Only effective when called from the main thread; idempotent."""
    global _HANDLERS_INSTALLED, _ATEXIT_REGISTERED
    if not _ATEXIT_REGISTERED:
        _ATEXIT_REGISTERED = True
        atexit.register(stop_all)
    if _HANDLERS_INSTALLED or threading.current_thread() is not threading.main_thread():
        return
    _HANDLERS_INSTALLED = True
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        previous = signal.getsignal(sig)

        def handler(signum, frame, _previous=previous):
            log(f"signal {signum}: stopping Airflow servers")
            stop_all()
            if callable(_previous):
                return _previous(signum, frame)
            if _previous == signal.SIG_IGN:
                return None
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return None

        signal.signal(sig, handler)


class AirflowServer:
    """A real Airflow webserver/api-server + scheduler (+ dag-processor on 3.x).

    Parameters
    ----------
    major: 2 or 3 (its pinned version), unless ``version`` names any release ("2.10.5").
    port: TCP port on 127.0.0.1 (default: a free one).
    release: Astronomer release name; the deployment URL is
        ``http://127.0.0.1:<port>/<release>/airflow``.
    env: extra environment variables for all Airflow processes (applied last,
        e.g. ``{"AIRFLOW__API_AUTH__JWT_EXPIRATION_TIME": "5"}``).
    install: install Airflow (``scripts/install_airflow.py``) if needed.
    cleanup_at_exit: register ``atexit``/signal handlers and a reaper process
        that kills the server if this Python process dies (disable for the
        detached CLI ``start``).
    keep_home: keep the temporary ``AIRFLOW_HOME`` after ``stop()``.
    workers: worker processes of the Airflow 2 webserver (gunicorn, sync workers) or of the Airflow 3
        api-server that serves the REST API (uvicorn); 1 by default (tests), Astronomer deployments run
        4 webserver workers. Every worker shares the harness's fixed secret key and JWT secret, so a
        token or session from one worker is accepted by all.
    dag_ids: the DAGs ``start()`` waits for (default: one a file of ``dags_folder``, named as the file).
    """

    def __init__(
        self,
        major: int | str = 2,
        port: int | None = None,
        release: str = DEFAULT_RELEASE,
        *,
        host: str = "127.0.0.1",
        username: str = "admin",
        password: str = "admin",
        viewer_username: str = "viewer",
        viewer_password: str = "viewer",
        api_key: str | None = None,
        viewer_api_key: str | None = None,
        env: dict[str, str] | None = None,
        dags_folder: str | os.PathLike | None = None,
        airflow_home: str | os.PathLike | None = None,
        start_timeout: float = 300.0,
        dags_timeout: float = 120.0,
        install: bool = True,
        cleanup_at_exit: bool = True,
        keep_home: bool = False,
        wait_for_dags: bool = True,
        version: str | None = None,
        workers: int = 1,
        dag_ids: list[str] | None = None,
    ) -> None:
        #: the Airflow release: ``version`` (any, e.g. "2.10.5"), else the major's pinned version
        self.version = version or install_airflow.airflow_version(int(major))
        self.major = int(self.version.split(".", 1)[0])
        if self.major not in (2, 3):
            raise ValueError("major must be 2 or 3")
        self.venv = install_airflow.venv_path(self.version)
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, not {workers}")
        self.workers = workers
        self.host = host
        self.port = port
        self.release = release
        self.prefix = f"/{release}/airflow" if release else ""
        self.username, self.password = username, password
        self.viewer_username, self.viewer_password = viewer_username, viewer_password
        # Airflow 2: raw Astronomer-style keys; Airflow 3: replaced by JWTs at start.
        self._raw_api_key = api_key or "astro-test-admin-" + secrets.token_hex(16)
        self._raw_viewer_api_key = viewer_api_key or "astro-test-viewer-" + secrets.token_hex(16)
        self.api_key: str | None = self._raw_api_key if self.major == 2 else None
        self.viewer_api_key: str | None = self._raw_viewer_api_key if self.major == 2 else None
        self.extra_env = dict(env or {})
        self.dags_folder = Path(dags_folder) if dags_folder else DAGS_DIR
        self.dag_ids = list(dag_ids) if dag_ids is not None else None
        self._given_home = Path(airflow_home) if airflow_home else None
        self.airflow_home: Path | None = self._given_home
        self.start_timeout = start_timeout
        self.dags_timeout = dags_timeout
        self.install = install
        self.cleanup_at_exit = cleanup_at_exit
        self.keep_home = keep_home
        self.wait_for_dags = wait_for_dags
        self.harness_id = uuid.uuid4().hex
        self.procs: dict[str, subprocess.Popen] = {}
        self.pids: dict[str, int] = {}
        self.reaper_pid: int | None = None
        self._cmd_pids: list[int] = []
        self._log_port: int | None = None
        self._trigger_log_port: int | None = None
        self._execution_port: int | None = None  # Airflow 3: the api-server of the task runners
        self.timings: dict[str, float] = {}
        self.started = False
        self._stopped = False
        self._lock = threading.Lock()

    @classmethod
    def attach(cls, state: dict[str, Any]) -> AirflowServer:
        """A handle on a server started elsewhere (``start`` on the command line writes ``state``):
        tests use it without starting or stopping anything (``ASTRO_AIRFLOW_REUSE=1``, development only)."""
        srv = cls(
            major=state["major"],
            version=state.get("version"),
            release=state["release"],
            install=False,
            cleanup_at_exit=False,
            keep_home=True,
        )
        srv.port = int(state["base_url"].split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
        srv._given_home = srv.airflow_home = Path(state["airflow_home"])
        srv.api_key, srv.viewer_api_key = state.get("api_key"), state.get("viewer_api_key")
        srv.pids = dict(state.get("pids", {}))
        srv.harness_id = state["harness_id"]
        srv.started, srv._stopped = True, True  # stop() is a no-op: its owner stops it
        return srv

    # ------------------------------------------------------------------ urls

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:<port>`` (no prefix)."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Deployment URL without the API path: ``http://127.0.0.1:<port>/<release>/airflow``."""
        return f"{self.root_url}{self.prefix}"

    @property
    def api_url(self) -> str:
        """``<base_url>/api/v1`` (Airflow 2) or ``<base_url>/api/v2`` (Airflow 3)."""
        return f"{self.base_url}/api/v{1 if self.major == 2 else 2}"

    @property
    def health_url(self) -> str:
        if self.major == 2:
            return f"{self.base_url}/api/v1/health"
        return f"{self.base_url}/api/v2/monitor/health"

    @property
    def token_url(self) -> str | None:
        """Airflow 3 only: ``<base_url>/auth/token``."""
        return f"{self.base_url}/auth/token" if self.major == 3 else None

    def __repr__(self) -> str:
        return f"<AirflowServer {self.version} {self.base_url if self.port else '(not started)'}>"

    # ------------------------------------------------------------------ env

    def _build_env(self) -> dict[str, str]:
        assert self.airflow_home is not None and self.port is not None
        home = str(self.airflow_home)
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("AIRFLOW") and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
        }
        env.update(
            {
                HARNESS_ENV: self.harness_id,
                # The executors spawn ``airflow tasks run`` from PATH: the venv must come first.
                "PATH": f"{self.venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
                "VIRTUAL_ENV": str(self.venv),
                "PYTHONPATH": str(TESTS_AIRFLOW_DIR),
                "PYTHONUNBUFFERED": "1",
                "AIRFLOW_HOME": home,
                # SQLite's default 5 s busy timeout is too short when the api-server, scheduler,
                # dag-processor and task runners write at once ("database is locked" -> HTTP 500).
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db?timeout=60",
                "AIRFLOW__CORE__DAGS_FOLDER": str(self.dags_folder),
                "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
                "AIRFLOW__CORE__PARALLELISM": "4",
                "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "4",
                "AIRFLOW__LOGGING__BASE_LOG_FOLDER": f"{home}/logs",
                "AIRFLOW__WEBSERVER__EXPOSE_CONFIG": "True",
                "AIRFLOW__API__EXPOSE_CONFIG": "True",
                "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
                # The scheduler/worker serves task logs on 8793 (triggerer: 8794) by default;
                # give each server its own ports so several can run side by side.
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(self._log_port),
                "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(self._trigger_log_port),
            }
        )
        if self.major == 2:
            secret = "astro-harness-secret-" + self.harness_id
            env.update(
                {
                    "AIRFLOW__CORE__EXECUTOR": "SequentialExecutor",
                    # New DAG files are picked up within the (cheap) dir-listing interval and parsed at
                    # once; re-parsing unchanged files every 30 s (the default) keeps idle CPU low.
                    "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "30",
                    "AIRFLOW__SCHEDULER__DAG_DIR_LIST_INTERVAL": "5",
                    "AIRFLOW__SCHEDULER__PARSING_PROCESSES": "1",
                    "AIRFLOW__WEBSERVER__BASE_URL": self.base_url,
                    "AIRFLOW__WEBSERVER__WEB_SERVER_HOST": self.host,
                    "AIRFLOW__WEBSERVER__WEB_SERVER_PORT": str(self.port),
                    "AIRFLOW__WEBSERVER__WORKERS": str(self.workers),
                    "AIRFLOW__WEBSERVER__SECRET_KEY": secret,
                    "AIRFLOW__WEBSERVER__WARN_DEPLOYMENT_EXPOSURE": "False",
                    # AUTH_ROLE_PUBLIC = None, so a request without credentials gets 401 (not 403)
                    "AIRFLOW__WEBSERVER__CONFIG_FILE": str(TESTS_AIRFLOW_DIR / "webserver_config.py"),
                    "AIRFLOW__API__ENABLE_EXPERIMENTAL_API": "True",
                    "AIRFLOW__API__AUTH_BACKENDS": (
                        "astro_auth_backend,airflow.providers.fab.auth_manager.api.auth.backend.basic_auth"
                    ),
                    "ASTRO_TEST_API_KEY": self._raw_api_key,
                    "ASTRO_TEST_API_USER": self.username,
                    "ASTRO_TEST_VIEWER_API_KEY": self._raw_viewer_api_key,
                    "ASTRO_TEST_VIEWER_API_USER": self.viewer_username,
                }
            )
        else:
            env.update(
                {
                    "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
                    # New DAG files are picked up within the (cheap) dir-listing interval and parsed at
                    # once; re-parsing unchanged files every 30 s (the default) keeps idle CPU low.
                    "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "30",
                    "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
                    "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
                    "AIRFLOW__CORE__AUTH_MANAGER": (
                        "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
                    ),
                    "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": (
                        f"{self.username}:admin,{self.viewer_username}:viewer"
                    ),
                    "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": f"{home}/simple_auth_manager_passwords.json",
                    "AIRFLOW__API__BASE_URL": self.base_url,
                    "AIRFLOW__API__HOST": self.host,
                    "AIRFLOW__API__PORT": str(self.port),
                    "AIRFLOW__API__WORKERS": str(self.workers),
                    "AIRFLOW__API__SECRET_KEY": "astro-harness-secret-" + self.harness_id,
                    # The task runners' Execution API is served by an api-server of its own
                    # (start(): "--apps execution"), not by the one our clients call.
                    "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": (
                        f"http://{self.host}:{self._execution_port}{self.prefix}/execution/"
                    ),
                    "AIRFLOW__API_AUTH__JWT_SECRET": "astro-harness-jwt-secret-" + self.harness_id,
                }
            )
        env.update({k: str(v) for k, v in self.extra_env.items()})
        return env

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> AirflowServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _log_path(self, name: str) -> Path:
        assert self.airflow_home is not None
        return self.airflow_home / "harness-logs" / f"{name}.log"

    def log_files(self) -> dict[str, Path]:
        """Log file of every command/process run so far, by name."""
        if self.airflow_home is None:
            return {}
        d = self.airflow_home / "harness-logs"
        return {p.stem: p for p in sorted(d.glob("*.log"))} if d.is_dir() else {}

    def tail_logs(self, lines: int = 60, names: list[str] | None = None) -> str:
        """The last ``lines`` lines of each log (webserver/api-server, scheduler, ...)."""
        out = []
        for name, path in self.log_files().items():
            if names and name not in names:
                continue
            try:
                text = path.read_text(errors="replace").splitlines()[-lines:]
            except OSError as exc:
                text = [f"<cannot read: {exc}>"]
            out.append(f"===== {name} ({path}) =====")
            out.extend(text)
        return "\n".join(out)

    def _run_cmd(self, name: str, args: list[str], env: dict[str, str], timeout: float = 600) -> None:
        if self._stopped:
            raise AirflowServerError("server stopped during start-up")
        path = self._log_path(name)
        t0 = time.monotonic()
        with open(path, "ab") as logf:
            proc = subprocess.Popen(
                [str(self.venv / "bin" / "airflow"), *args],
                env=env,
                cwd=str(self.airflow_home),
                stdout=logf,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
            self._cmd_pids.append(proc.pid)
            self._record_leaders()
            try:
                rc = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                terminate([proc.pid], None, grace=5)
                proc.wait()
                raise AirflowServerError(
                    f"`airflow {' '.join(args)}` timed out after {timeout}s\n" + self.tail_logs(names=[name])
                ) from None
            finally:
                self._cmd_pids.remove(proc.pid)
                self._record_leaders()
        self.timings[name] = round(time.monotonic() - t0, 1)
        if rc != 0:
            raise AirflowServerError(
                f"`airflow {' '.join(args)}` failed with exit code {rc}\n" + self.tail_logs(names=[name])
            )

    def _spawn(self, name: str, args: list[str], env: dict[str, str]) -> None:
        if self._stopped:  # stop() ran (signal handler) while start() was in progress
            raise AirflowServerError("server stopped during start-up")
        path = self._log_path(name)
        with open(path, "ab") as logf:
            proc = subprocess.Popen(
                [str(self.venv / "bin" / "airflow"), *args],
                env=env,
                cwd=str(self.airflow_home),
                stdout=logf,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.procs[name] = proc
        self.pids[name] = proc.pid
        self._record_leaders()

    def _record_leaders(self) -> None:
        """Write the session leaders' PIDs where the reaper can find them."""
        assert self.airflow_home is not None
        tmp = self.airflow_home / "harness-pids.json.tmp"
        tmp.write_text(json.dumps(sorted(self._leaders())))
        tmp.replace(self.airflow_home / "harness-pids.json")

    def _leaders(self) -> list[int]:
        return [p.pid for p in self.procs.values()] + list(self._cmd_pids)

    def leader_pids(self) -> list[int]:
        """PIDs of the processes the harness started itself (session leaders)."""
        return self._leaders()

    def _spawn_reaper(self) -> None:
        """A tiny watchdog (own session) that kills this server's processes if
        the owning Python process dies without cleaning up (e.g. SIGKILL)."""
        proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "_reap",
                "--owner",
                str(os.getpid()),
                "--harness-id",
                self.harness_id,
                "--pids-file",
                str(self.airflow_home / "harness-pids.json"),
            ]
            + (["--remove-home", str(self.airflow_home)] if self._owns_home() else []),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
        self._reaper_proc = proc
        self.reaper_pid = proc.pid

    def start(self) -> AirflowServer:
        """Install (if needed), initialise and start; return when healthy and
        the test DAGs are visible through the API.  Raises AirflowServerError
        (with the tail of the logs) on failure, after stopping everything."""
        with self._lock:
            if self.started:
                return self
            t_start = time.monotonic()
            if self.install and not install_airflow.is_installed(self.version):
                t0 = time.monotonic()
                install_airflow.install(self.version, quiet=True)
                self.timings["install"] = round(time.monotonic() - t0, 1)
            if not (self.venv / "bin" / "airflow").exists():
                raise AirflowServerError(
                    f"Airflow {self.version} is not installed in {self.venv}; "
                    f"run scripts/install_airflow.py --version {self.version}"
                )
            ports = free_ports(4, self.host)
            if self.port is None:
                self.port = ports.pop(0)
            others = [p for p in ports if p != self.port]
            self._log_port, self._trigger_log_port, self._execution_port = others[0], others[1], others[2]
            if self._given_home is None:
                self.airflow_home = Path(tempfile.mkdtemp(prefix=f"airflow{self.major}-home-"))
            assert self.airflow_home is not None
            self.airflow_home.mkdir(parents=True, exist_ok=True)
            (self.airflow_home / "harness-logs").mkdir(exist_ok=True)
            self._stopped = False
            if self.cleanup_at_exit:
                with _LIVE_LOCK:
                    _LIVE.add(self)
                install_cleanup_handlers()
                self._spawn_reaper()
            try:
                self._start_processes(t_start)
            except BaseException:
                self.stop()
                raise
            self.started = True
            self.timings["start_total"] = round(time.monotonic() - t_start, 1)
            return self

    def _start_processes(self, t_start: float) -> None:
        env = self._build_env()
        if self.major == 3:
            (self.airflow_home / "simple_auth_manager_passwords.json").write_text(
                json.dumps(
                    {
                        self.username: self.password,
                        self.viewer_username: self.viewer_password,
                    }
                )
                + "\n"
            )
        self._run_cmd("db-migrate", ["db", "migrate"], env)
        if self.major == 2:
            # Default FAB roles (Viewer, Op, ...) only exist after a permission sync.
            self._run_cmd("sync-perm", ["sync-perm"], env)
            for user, pw, role in (
                (self.username, self.password, "Admin"),
                (self.viewer_username, self.viewer_password, "Viewer"),
            ):
                self._run_cmd(
                    f"users-create-{user}",
                    [
                        "users",
                        "create",
                        "--username",
                        user,
                        "--password",
                        pw,
                        "--role",
                        role,
                        "--firstname",
                        user.capitalize(),
                        "--lastname",
                        "Test",
                        "--email",
                        f"{user}@example.com",
                    ],
                    env,
                )
            web = ["webserver", "--port", str(self.port), "--hostname", self.host, "--workers", str(self.workers)]
            self._spawn("webserver", web, env)
            self._spawn("scheduler", ["scheduler"], env)
        else:
            # Two api-servers: "core" (the REST API and UI, on the public port) and "execution" (what
            # running tasks call). In one process, a task's write that holds SQLite's lock until its
            # session closes (a step scheduled by the event loop) and an `async` action-log commit
            # of a REST call blocking that event loop while it waits for the same lock deadlock
            # each other until the 60 s busy timeout: a REST trigger then hangs a minute (seen in
            # CI). Apart, each process's event loop only waits for the other process's commit.
            # ``workers`` serve the REST API; the task runners' execution api-server keeps one.
            api = ["api-server", "--host", self.host, "--workers"]
            self._spawn("api-server", [*api, str(self.workers), "--apps", "core", "--port", str(self.port)], env)
            execution = [*api, "1", "--apps", "execution", "--port", str(self._execution_port)]
            self._spawn("execution-api-server", execution, env)
            self._spawn("scheduler", ["scheduler"], env)
            self._spawn("dag-processor", ["dag-processor"], env)
        t0 = time.monotonic()
        self._wait_healthy(deadline=t_start + self.start_timeout)
        self.timings["healthy"] = round(time.monotonic() - t0, 1)
        if self.major == 3:
            self.api_key = self.get_token(self.username, self.password)
            self.viewer_api_key = self.get_token(self.viewer_username, self.viewer_password)
        if self.wait_for_dags:
            t0 = time.monotonic()
            self._wait_dags(deadline=time.monotonic() + self.dags_timeout)
            self.timings["dags_visible"] = round(time.monotonic() - t0, 1)

    def _check_procs(self) -> None:
        for name, proc in self.procs.items():
            rc = proc.poll()
            if rc is not None:
                raise AirflowServerError(f"Airflow {name} exited with code {rc} during start-up\n" + self.tail_logs())

    def _wait_healthy(self, deadline: float) -> None:
        last = "no answer yet"
        while time.monotonic() < deadline:
            self._check_procs()
            try:
                status, body = self._http("GET", self.health_url, auth=None, timeout=5)
                if status == 200 and isinstance(body, dict):
                    comps = ["metadatabase", "scheduler"] + (["dag_processor"] if self.major == 3 else [])
                    states = {c: (body.get(c) or {}).get("status") for c in comps}
                    if all(states.get(c) == "healthy" for c in ("metadatabase", "scheduler")) and states.get(
                        "dag_processor", "healthy"
                    ) in ("healthy", None):
                        return
                    last = f"health: {states}"
                else:
                    last = f"health: HTTP {status}: {str(body)[:200]}"
            except OSError as exc:
                last = f"health: {exc}"
            time.sleep(1)
        raise AirflowServerError(
            f"Airflow {self.version} not healthy within {self.start_timeout}s "
            f"({last}) at {self.health_url}\n" + self.tail_logs()
        )

    def _wait_dags(self, deadline: float) -> None:
        want = set(self.dag_ids if self.dag_ids is not None else expected_dag_ids(self.dags_folder))
        last = "no answer yet"
        while time.monotonic() < deadline:
            self._check_procs()
            try:
                status, body = self.api_request("GET", "/dags?limit=100")
                if status == 200:
                    got = {d["dag_id"] for d in body.get("dags", [])}
                    if want <= got:
                        return
                    last = f"missing DAGs {sorted(want - got)}"
                    st, errs = self.api_request("GET", "/importErrors")
                    # a file named _*.py is not a test DAG: tests/airflow/dags/_broken_dag.py fails on purpose
                    broken = [
                        e
                        for e in (errs.get("import_errors") or [] if st == 200 else [])
                        if not Path(str(e.get("filename", ""))).name.startswith("_")
                    ]
                    if broken:
                        raise AirflowServerError("test DAG import errors:\n" + json.dumps(broken, indent=2))
                else:
                    last = f"GET /dags: HTTP {status}: {str(body)[:200]}"
            except OSError as exc:
                last = str(exc)
            time.sleep(1)
        raise AirflowServerError(f"test DAGs not visible within {self.dags_timeout}s ({last})\n" + self.tail_logs())

    def is_running(self) -> bool:
        return bool(self.procs) and all(p.poll() is None for p in self.procs.values())

    def all_pids(self) -> list[int]:
        """PIDs of every live process belonging to this server (incl. task runners)."""
        return harness_pids(self.harness_id, self._leaders())

    def stop(self) -> None:
        """Stop all processes (SIGTERM to the process groups, then SIGKILL),
        and remove the temporary AIRFLOW_HOME (unless keep_home or ASTRO_AIRFLOW_KEEP_HOME=1)."""
        if self._stopped:
            return
        self._stopped = True
        left = terminate(self._leaders(), self.harness_id)
        if left:
            log(f"processes still alive after SIGKILL: {left}")
        for proc in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        reaper = getattr(self, "_reaper_proc", None)
        if reaper is not None:
            reaper.terminate()
            try:
                reaper.wait(timeout=5)
            except subprocess.TimeoutExpired:
                reaper.kill()
                reaper.wait()
        with _LIVE_LOCK:
            _LIVE.discard(self)
        self.started = False
        if self._owns_home():
            shutil.rmtree(self.airflow_home, ignore_errors=True)

    def _owns_home(self) -> bool:
        """True when AIRFLOW_HOME is our temp dir and may be deleted at stop."""
        return bool(
            self.airflow_home
            and self._given_home is None
            and not self.keep_home
            and os.environ.get("ASTRO_AIRFLOW_KEEP_HOME") != "1"
        )

    # ------------------------------------------------------------------ HTTP helpers (urllib)

    def _http(
        self, method: str, url: str, body: Any = None, auth: dict | None = None, timeout: float = 30
    ) -> tuple[int, Any]:
        data = None
        headers = {"Accept": "application/json"}
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        headers.update(auth or {})
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                raw, status = resp.read(), resp.status
        except urllib.error.HTTPError as err:
            raw, status = err.read(), err.code
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode(errors="replace")

    def get_token(self, username: str | None = None, password: str | None = None) -> str:
        """Airflow 3: ``POST <base_url>/auth/token`` -> access token (JWT)."""
        if self.major != 3:
            raise RuntimeError("get_token() is for Airflow 3 (simple auth manager)")
        status, body = self._http(
            "POST", self.token_url, {"username": username or self.username, "password": password or self.password}
        )
        if status not in (200, 201) or not isinstance(body, dict) or "access_token" not in body:
            raise AirflowServerError(f"POST {self.token_url} -> HTTP {status}: {body}")
        return body["access_token"]

    def auth_headers(self, role: str = "admin") -> dict[str, str]:
        """Headers for the API as ``admin`` or ``viewer``: raw key (Airflow 2,
        Astronomer-style, no scheme) or ``Bearer <jwt>`` (Airflow 3)."""
        key = self.api_key if role == "admin" else self.viewer_api_key
        if self.major == 2:
            return {"Authorization": str(key)}
        if key is None:
            key = self.get_token(
                *((self.username, self.password) if role == "admin" else (self.viewer_username, self.viewer_password))
            )
        return {"Authorization": f"Bearer {key}"}

    def basic_auth_headers(self, role: str = "admin") -> dict[str, str]:
        """Airflow 2: HTTP basic auth headers for the admin/viewer user."""
        user, pw = (self.username, self.password) if role == "admin" else (self.viewer_username, self.viewer_password)
        return {"Authorization": "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()}

    def api_request(
        self, method: str, path: str, body: Any = None, role: str = "admin", timeout: float = 30
    ) -> tuple[int, Any]:
        """``method <api_url><path>`` authenticated as ``role``; returns (status, json)."""
        return self._http(method, self.api_url + path, body, self.auth_headers(role), timeout)

    def trigger_dag(self, dag_id: str, conf: dict | None = None) -> dict:
        """Trigger a DAG run (3.x needs ``logical_date``; null means now)."""
        body: dict[str, Any] = {"conf": conf or {}}
        if self.major == 3:
            body["logical_date"] = None
        status, resp = self.api_request("POST", f"/dags/{dag_id}/dagRuns", body)
        if status not in (200, 201):
            raise AirflowServerError(f"trigger {dag_id}: HTTP {status}: {resp}")
        return resp

    def wait_for_dag_run(
        self, dag_id: str, run_id: str, timeout: float = 120, states: tuple[str, ...] = ("success", "failed")
    ) -> str:
        """Poll the run until its state is in ``states``; return the state."""
        deadline = time.monotonic() + timeout
        state = None
        while time.monotonic() < deadline:
            status, resp = self.api_request("GET", f"/dags/{dag_id}/dagRuns/{run_id}")
            if status == 200:
                state = resp.get("state")
                if state in states:
                    return state
            time.sleep(1)
        raise TimeoutError(
            f"{dag_id}/{run_id} still {state!r} after {timeout}s\n" + self.tail_logs(names=["scheduler"])
        )

    # ------------------------------------------------------------------ state (CLI)

    def info(self) -> dict[str, Any]:
        """Everything a client needs (printed by the CLI; test credentials only)."""
        return {
            "major": self.major,
            "version": self.version,
            "release": self.release,
            "url": self.base_url,
            "base_url": self.base_url,
            "api_url": self.api_url,
            "health_url": self.health_url,
            "token_url": self.token_url,
            "username": self.username,
            "password": self.password,
            "viewer_username": self.viewer_username,
            "viewer_password": self.viewer_password,
            "api_key": self.api_key,
            "viewer_api_key": self.viewer_api_key,
            "auth_header": self.auth_headers() if self.api_key else None,
            "airflow_home": str(self.airflow_home),
            "venv": str(self.venv),
            "pids": dict(self.pids),
            "reaper_pid": self.reaper_pid,
            "harness_id": self.harness_id,
            "log_files": {k: str(v) for k, v in self.log_files().items()},
            "timings": dict(self.timings),
            "workers": self.workers,
        }


# --------------------------------------------------------------------------- CLI


def _state_path(name: str) -> Path:
    return STATE_DIR / f"{name}.json"


def _cmd_start(args: argparse.Namespace) -> int:
    name = args.name or f"airflow{args.major}"
    path = _state_path(name)
    if path.exists():
        state = json.loads(path.read_text())
        if any(pid_alive(p) for p in state.get("pids", {}).values()):
            print(f"{name} already running (state {path}); stop it first", file=sys.stderr)
            print(json.dumps(state, indent=2))
            return 1
    env = dict(kv.split("=", 1) for kv in args.env or [])
    srv = AirflowServer(
        major=args.major,
        version=args.version,
        port=args.port,
        release=args.release,
        env=env,
        cleanup_at_exit=False,
        keep_home=True,
        start_timeout=args.timeout,
        workers=args.workers,
    )
    srv.start()
    info = srv.info()
    info["name"] = name
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(info, indent=2) + "\n")
    print(json.dumps(info, indent=2))
    log(f"started {name}: {srv.base_url} (state: {path})")
    return 0


def _load_states(name: str | None) -> list[tuple[Path, dict]]:
    paths = [_state_path(name)] if name else sorted(STATE_DIR.glob("*.json")) if STATE_DIR.is_dir() else []
    out = []
    for p in paths:
        if p.exists():
            out.append((p, json.loads(p.read_text())))
    return out


def _name_from_args(args: argparse.Namespace) -> str | None:
    if getattr(args, "name", None):
        return args.name
    if getattr(args, "major", None):
        return f"airflow{args.major}"
    return None


def _cmd_stop(args: argparse.Namespace) -> int:
    states = _load_states(_name_from_args(args))
    if not states:
        print("nothing to stop (no state files)", file=sys.stderr)
        return 0
    rc = 0
    for path, state in states:
        pgids = list(state.get("pids", {}).values())
        left = terminate(pgids, state.get("harness_id"))
        if left:
            print(f"{path.stem}: still alive after SIGKILL: {left}", file=sys.stderr)
            rc = 1
            continue
        home = state.get("airflow_home")
        if home and not args.keep_home and Path(home).name.startswith("airflow"):
            shutil.rmtree(home, ignore_errors=True)
        path.unlink()
        print(f"stopped {path.stem} (pids {pgids})")
    return rc


def _cmd_status(args: argparse.Namespace) -> int:
    states = _load_states(_name_from_args(args))
    for path, state in states:
        alive = {n: pid_alive(p) for n, p in state.get("pids", {}).items()}
        print(json.dumps({"name": path.stem, "url": state.get("url"), "alive": alive}))
    if not states:
        print("no servers")
    return 0


def _cmd_logs(args: argparse.Namespace) -> int:
    for path, state in _load_states(_name_from_args(args)):
        for name, logfile in state.get("log_files", {}).items():
            print(f"===== {path.stem}: {name} ({logfile}) =====")
            try:
                print("\n".join(Path(logfile).read_text(errors="replace").splitlines()[-args.lines :]))
            except OSError as exc:
                print(f"<cannot read: {exc}>")
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    env = dict(kv.split("=", 1) for kv in args.env or [])
    srv = AirflowServer(
        major=args.major,
        version=args.version,
        port=args.port,
        release=args.release,
        env=env,
        start_timeout=args.timeout,
        workers=args.workers,
    )
    srv.start()
    print(json.dumps(srv.info(), indent=2), flush=True)
    log("running; press Ctrl-C to stop")
    try:
        while srv.is_running():
            time.sleep(1)
        log("a server process exited:\n" + srv.tail_logs(lines=30))
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        srv.stop()


def _cmd_reap(args: argparse.Namespace) -> int:
    """Watchdog: when the owner process is gone, kill the harness's processes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while pid_alive(args.owner):
        time.sleep(1)
    leaders: list[int] = []
    with contextlib.suppress(OSError, ValueError):
        leaders = json.loads(Path(args.pids_file).read_text())
    if harness_pids(args.harness_id, leaders):
        terminate(leaders, args.harness_id, grace=10)
    if args.remove_home:
        shutil.rmtree(args.remove_home, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run a real Airflow 2/3 server (Astronomer-shaped).")
    sub = ap.add_subparsers(dest="cmd", required=True)

    def common(p, need_major=True):
        p.add_argument("--major", choices=["2", "3"], required=need_major)
        p.add_argument("--name", help="state name (default airflow<major>)")

    for cmd in ("start", "run"):
        p = sub.add_parser(
            cmd,
            help="start detached (writes a state file)" if cmd == "start" else "start in the foreground until Ctrl-C",
        )
        common(p, need_major=False)
        p.add_argument("--port", type=int)
        p.add_argument("--version", help="any Airflow release (e.g. 2.10.5) instead of the major's pinned one")
        p.add_argument("--release", default=DEFAULT_RELEASE)
        p.add_argument("--timeout", type=float, default=300.0)
        p.add_argument(
            "--workers", type=int, default=1, help="webserver (Airflow 2) / api-server (Airflow 3) workers (default 1)"
        )
        p.add_argument(
            "--env", action="append", metavar="KEY=VALUE", help="extra environment for the Airflow processes"
        )
    p = sub.add_parser("stop", help="stop servers from state files (all by default)")
    common(p, need_major=False)
    p.add_argument("--keep-home", action="store_true")
    p = sub.add_parser("status")
    common(p, need_major=False)
    p = sub.add_parser("logs")
    common(p, need_major=False)
    p.add_argument("--lines", type=int, default=60)
    p = sub.add_parser("_reap")
    p.add_argument("--owner", type=int, required=True)
    p.add_argument("--harness-id", required=True)
    p.add_argument("--pids-file", required=True)
    p.add_argument("--remove-home")

    args = ap.parse_args(argv)
    if args.cmd in ("start", "run"):
        if not args.major and not args.version:
            ap.error(f"{args.cmd}: give --major 2|3 (the pinned release) or --version X.Y.Z (any release)")
        if args.version:  # --version alone starts any release: its major follows from it
            args.major = args.major or install_airflow.major_of(args.version)
            args.name = args.name or f"airflow-{args.version}"
    return {
        "start": _cmd_start,
        "run": _cmd_run,
        "stop": _cmd_stop,
        "status": _cmd_status,
        "logs": _cmd_logs,
        "_reap": _cmd_reap,
    }[args.cmd](args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AirflowServerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
