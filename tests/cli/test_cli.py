"""The ``astro-airflow`` CLI against REAL Airflow 2 and 3 servers (tests/conftest.py), not mocks.

Most commands run in-process (``main([...])`` returns the exit code; capsys holds the output);
a few run as subprocesses: the installed ``astro-airflow`` script and ``python -m astro_airflow``.

Every invocation goes through ``Runner``, which asserts that no secret (API key, JWT, password
canary) appears in stdout or stderr: on success, on errors and with ``--debug``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _runner import CANARY_KEY, CANARY_PASSWORD, VENV_BIN, WAIT, Runner, _assert_no_secrets, connection_env
from astro_airflow.cli import EXIT_AUTH, EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE, main


def api_root(server: Any) -> str:
    return "/api/v1" if server.major == 2 else "/api/v2"


# -- no server needed -------------------------------------------------------------------------
def test_importing_the_package_does_not_import_the_cli() -> None:
    code = "import sys, astro_airflow; sys.exit('astro_airflow.cli' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["trigger"],
        ["runs", "frobnicate"],
        ["trigger", "hello", "--timeout", "soon"],
        ["pools", "create", "p", "many"],
        ["--api", "v9", "version"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    assert "usage:" in capsys.readouterr().err


def test_missing_connection_settings_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in list(os.environ):
        if name.startswith(("AIRFLOW", "ASTRO_AIRFLOW")):
            monkeypatch.delenv(name)
    assert main(["pools", "list"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: environment variable AIRFLOW_API_URL is not set")
    assert "--url" in err and "Traceback" not in err


def test_bad_arguments_found_before_sending_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("AIRFLOW_API_URL", "http://127.0.0.1:9/nowhere")
    monkeypatch.setenv("AIRFLOW_API_TOKEN", CANARY_KEY)
    for argv in (
        ["trigger", "hello", "--conf", "{not json"],
        ["trigger", "hello", "--conf", "[1, 2]"],
        ["trigger", "hello", "--conf", f"@{tmp_path / 'missing.json'}"],
        ["--api-key", f"@{tmp_path / 'missing-key'}", "version"],
        ["--url", "http://x", "--base-domain", "example.com", "version"],
        ["--token", "t", "--api-key", "k", "version"],
    ):
        assert main(argv) == EXIT_USAGE, argv
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1, err
        assert CANARY_KEY not in err


def test_secret_flags_never_echoed_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--api-key", CANARY_KEY, "--password", CANARY_PASSWORD, "no-such-command"]) == EXIT_USAGE
    assert main([f"--token={CANARY_KEY}", "version", "--bogus", CANARY_KEY]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert CANARY_KEY not in out + err and CANARY_PASSWORD not in out + err
    assert "***" in err


def test_connection_refused_is_one_line_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AIRFLOW_API_URL", "http://127.0.0.1:9/nowhere")
    monkeypatch.setenv("AIRFLOW_API_TOKEN", CANARY_KEY)
    assert main(["--http-timeout", "3", "version"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and CANARY_KEY not in err


# -- every command, both servers --------------------------------------------------------------
def test_version_and_health(cli: Runner) -> None:
    r = cli("--json", "version")
    assert r.code == EXIT_OK
    data = r.json()
    assert list(data) == ["airflow_version", "api", "url", "client_version"]
    assert data["airflow_version"].startswith(f"{cli.server.major}.")
    assert data["api"] == ("v1" if cli.server.major == 2 else "v2")
    assert data["url"] == cli.server.base_url

    r = cli("health", "--json")  # global options after the command work too
    assert r.code == EXIT_OK
    assert r.json()["healthy"] is True and r.json()["metadatabase"] == "healthy"

    r = cli("version")  # a table on stdout
    assert r.code == EXIT_OK and "airflow_version" in r.out and cli.server.version in r.out


def test_user_and_password(cli: Runner) -> None:
    """Basic auth on Airflow 2, the JWT exchange on Airflow 3, from flags and from the environment."""
    server = cli.server
    env = {"AIRFLOW_API_URL": server.base_url, "AIRFLOW_API_PASSWORD": server.password}
    r = cli("--user", server.username, "--json", "pools", "get", "default_pool", env=env)
    assert r.code == EXIT_OK, r.err
    assert r.json()["name"] == "default_pool"
    r = cli("--json", "pools", "get", "default_pool", env=connection_env(server, "password"))
    assert r.code == EXIT_OK, r.err


def test_pools(cli: Runner) -> None:
    name = f"cli_pool_{cli.server.major}"
    cli("pools", "delete", name, "--missing-ok")
    r = cli("--json", "pools", "create", name, "3", "--description", "from the CLI")
    assert r.code == EXIT_OK, r.err
    assert r.json()["name"] == name and r.json()["slots"] == 3
    assert cli("pools", "create", name, "3").code == EXIT_FAILED  # 409: exists
    assert cli("pools", "create", name, "3", "--exist-ok").code == EXIT_OK
    r = cli("--json", "pools", "update", name, "--slots", "5")
    assert r.code == EXIT_OK and r.json()["slots"] == 5
    r = cli("--json", "pools", "list")
    assert r.code == EXIT_OK
    pools = {p["name"]: p for p in r.json()}
    assert pools[name]["slots"] == 5 and "default_pool" in pools
    assert set(pools[name]) == set(pools["default_pool"])  # stable keys
    r = cli("pools", "list")
    assert r.out.splitlines()[0].split()[:2] == ["NAME", "SLOTS"] and name in r.out
    r = cli("--json", "pools", "delete", name)
    assert r.code == EXIT_OK and r.json() == {"deleted": name}
    r = cli("pools", "get", name)
    assert r.code == EXIT_NOT_FOUND
    assert r.err.startswith("error: 404") and r.err.count("\n") == 1


def test_variables(cli: Runner, tmp_path: Path) -> None:
    key = f"cli_var_{cli.server.major}"
    r = cli("--json", "variables", "set", key, "one", "--description", "from the CLI")
    assert r.code == EXIT_OK, r.err
    assert r.json()["key"] == key and r.json()["value"] == "one"
    (tmp_path / "value.json").write_text('{"a": 1}')
    assert cli("variables", "set", key, f"@{tmp_path / 'value.json'}").code == EXIT_OK
    r = cli("variables", "get", key)
    assert r.code == EXIT_OK and json.loads(r.out) == {"a": 1}
    r = cli("--json", "variables", "list")
    assert r.code == EXIT_OK and key in {v["key"] for v in r.json()}
    assert cli("variables", "create", key, "x").code == EXIT_FAILED  # exists
    assert cli("variables", "delete", key).code == EXIT_OK
    assert cli("variables", "get", key).code == EXIT_NOT_FOUND
    assert cli("variables", "delete", key, "--missing-ok").code == EXIT_OK


def test_config(cli: Runner) -> None:
    r = cli("--json", "config", "--section", "core")
    assert r.code == EXIT_OK, r.err
    data = r.json()
    assert list(data) == ["core"] and "executor" in data["core"]
    r = cli("config", "--section", "core")
    assert r.out.splitlines()[0].split() == ["SECTION", "KEY", "VALUE"]
    r = cli("--json", "config")
    assert r.code == EXIT_OK and {"core", "logging"} <= set(r.json())
    assert cli("config", "--section", "no_such_section").code == EXIT_NOT_FOUND


def test_trigger_wait_runs_tasks_logs(cli: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    r = cli("--json", "trigger", "hello", "--conf", '{"x": 1}', "--wait", "--timeout", WAIT, "--poll-interval", "1")
    assert r.code == EXIT_OK, r.err
    run = r.json()
    assert run["state"] == "success" and run["conf"] == {"x": 1} and run["dag_id"] == "hello"
    assert set(run) >= {"dag_id", "run_id", "state", "logical_date", "start_date", "end_date", "conf"}
    assert "\r" not in r.err and r.err == ""  # piped: nothing extra
    run_id = run["run_id"]

    r = cli("--json", "runs", "get", "hello", run_id)
    assert r.code == EXIT_OK and r.json()["state"] == "success"
    r = cli("--json", "runs", "list", "hello")
    assert r.code == EXIT_OK and run_id in {x["run_id"] for x in r.json()}
    r = cli("runs", "list", "hello")
    assert r.out.splitlines()[0].split()[:2] == ["RUN_ID", "STATE"] and run_id in r.out

    r = cli("--json", "tasks", "list", "hello", run_id)
    assert r.code == EXIT_OK
    assert {t["task_id"]: t["state"] for t in r.json()} == {"say_hello": "success", "done": "success"}

    r = cli("logs", "hello", run_id, "say_hello")
    assert r.code == EXIT_OK and "say_hello try 1" in r.out and "hello" in r.out
    r = cli("--json", "logs", "hello", run_id, "say_hello", "--try", "1")
    assert r.code == EXIT_OK and r.json()["task_id"] == "say_hello" and r.json()["log"]

    # on a terminal, a wait shows one self-updating progress line on stderr
    class TTY(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = TTY()
    monkeypatch.setattr(sys, "stderr", tty)
    r = cli("runs", "wait", "hello", run_id)
    assert r.code == EXIT_OK and "success" in r.out
    progress = tty.getvalue()
    assert progress.startswith("\r\x1b[K") and progress.endswith("\n")
    assert f"hello {run_id}: success" in progress and "tasks: 2 success" in progress


def test_trigger_idempotent_run_id_and_logical_date(cli: Runner) -> None:
    run_id = f"cli_{cli.server.major}_{os.getpid()}"
    args = ("--json", "trigger", "paused_dag", "--run-id", run_id, "--logical-date", "2024-06-01T12:00:00+02:00")
    first = cli(*args)
    assert first.code == EXIT_OK, first.err
    assert first.json()["run_id"] == run_id
    assert first.json()["logical_date"] == "2024-06-01T10:00:00+00:00"
    again = cli(*args)  # the same run id: the existing run, no second run
    assert again.code == EXIT_OK and again.json()["run_id"] == run_id


def test_failed_run_exit_1(cli: Runner) -> None:
    r = cli("--json", "trigger", "fails", "--wait", "--timeout", WAIT, "--poll-interval", "1")
    assert r.code == EXIT_FAILED
    assert r.json()["state"] == "failed"  # the run is still printed, for scripts
    assert r.err.startswith("error: DAG run fails/") and r.err.strip().endswith(
        "finished failed; failed tasks: boom (failed)"
    )
    assert r.err.count("\n") == 1


def test_not_found_exit_4(cli: Runner) -> None:
    for args in (
        ("trigger", "no_such_dag"),
        ("runs", "get", "hello", "no_such_run"),
        ("dags", "get", "no_such_dag"),
        ("pools", "get", "no_such_pool"),
    ):
        r = cli(*args)
        assert r.code == EXIT_NOT_FOUND, (args, r.err)
        assert r.err.startswith("error: ") and r.err.count("\n") == 1 and r.out == ""


def test_auth_errors_exit_3_and_never_echo_the_secret(cli: Runner, tmp_path: Path) -> None:
    server = cli.server
    url = {"AIRFLOW_API_URL": server.base_url}
    attempts: list[tuple[tuple[str, ...], dict[str, str], str | None]] = [
        (("--api-key", CANARY_KEY, "pools", "list"), url, None),
        (("--token", CANARY_KEY, "--debug", "pools", "list"), url, None),
        (("--api-key", "-", "--debug", "trigger", "hello"), url, CANARY_KEY + "\n"),
        (("--user", server.username, "--password", CANARY_PASSWORD, "--debug", "pools", "list"), url, None),
        (("--json", "pools", "list"), {**url, "AIRFLOW_API_TOKEN": CANARY_KEY}, None),
        (("config",), {**url, "AIRFLOW_API_USERNAME": "admin", "AIRFLOW_API_PASSWORD": CANARY_PASSWORD}, None),
    ]
    (tmp_path / "key").write_text(CANARY_KEY + "\n")
    # (not `version`: Airflow 2 serves /api/v1/version to anyone)
    attempts.append((("--api-key", f"@{tmp_path / 'key'}", "--debug", "dags", "list"), url, None))
    for args, env, stdin in attempts:
        r = cli(*args, env=env, stdin=stdin)  # Runner asserts the canaries are absent
        assert r.code == EXIT_AUTH, (args, r.code, r.err)
        assert "error: " in r.err and ("401" in r.err or "403" in r.err), r.err
        if "--debug" in args:
            assert "Traceback" in r.err  # --debug shows it, still without the secret


def test_secret_from_stdin_and_file(cli: Runner, tmp_path: Path) -> None:
    server = cli.server
    flag = "--api-key" if server.major == 2 else "--token"
    url = {"AIRFLOW_API_URL": server.base_url}
    r = cli(flag, "-", "--json", "version", env=url, stdin=server.api_key + "\n")
    assert r.code == EXIT_OK, r.err
    (tmp_path / "secret").write_text(server.api_key + "\n")
    r = cli(flag, f"@{tmp_path / 'secret'}", "--debug", "pools", "list", env=url)
    assert r.code == EXIT_OK, r.err
    assert "default_pool" in r.out and "HTTP Request" in r.err  # --debug logs requests, redacted


def test_api_raw_calls(cli: Runner) -> None:
    root = api_root(cli.server)
    r = cli("api", "GET", "pools")
    assert r.code == EXIT_OK, r.err
    assert "default_pool" in {p["name"] for p in r.json()["pools"]}
    r = cli("api", "GET", f"{root}/pools/default_pool")
    assert r.code == EXIT_OK and r.json()["name"] == "default_pool"
    r = cli("api", "GET", "version")
    assert r.code == EXIT_OK and r.json()["version"].startswith(f"{cli.server.major}.")
    r = cli("api", "GET", "dags", "--param", "limit=1")
    assert r.code == EXIT_OK and len(r.json()["dags"]) == 1
    name = f"cli_api_pool_{cli.server.major}"
    body = json.dumps({"name": name, "slots": 2, "description": "raw", "include_deferred": False})
    r = cli("api", "POST", "pools", "--data", body)
    assert r.code == EXIT_OK, r.out + r.err
    assert cli("api", "DELETE", f"pools/{name}").code == EXIT_OK
    r = cli("api", "GET", "dags/no_such_dag")
    assert r.code == EXIT_NOT_FOUND and r.err.startswith("error: 404")
    assert r.json()  # the server's error body is on stdout
    r = cli("api", "GET", "pools", env={"AIRFLOW_API_URL": cli.server.base_url, "AIRFLOW_API_TOKEN": CANARY_KEY})
    assert r.code == EXIT_AUTH
    assert cli("api", "GET", "http://example.com/steal").code == EXIT_USAGE


def test_experimental_api(cli2: Runner) -> None:
    r = cli2("--api", "experimental", "--json", "pools", "list")
    assert r.code == EXIT_OK, r.err
    assert "default_pool" in {p["name"] for p in r.json()}
    r = cli2("--api", "experimental", "config")
    assert r.code == EXIT_FAILED
    assert r.err.startswith("error: reading the configuration is not available on the experimental API")
    assert r.err.count("\n") == 1
    r = cli2("--api", "experimental", "api", "GET", "pools")  # raw, under /api/experimental
    assert r.code == EXIT_OK and r.json()[0]["pool"] == "default_pool"


def test_installed_script_and_python_m(airflow: Any) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ASTRO_AIRFLOW"))}
    env.update(connection_env(airflow))
    script = VENV_BIN / "astro-airflow"
    assert script.exists(), "pip install -e . creates the astro-airflow script"
    for argv in ([str(script)], [sys.executable, "-m", "astro_airflow"]):
        proc = subprocess.run([*argv, "--json", "pools", "list"], env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == EXIT_OK, proc.stderr
        assert "default_pool" in {p["name"] for p in json.loads(proc.stdout)}
        proc = subprocess.run([*argv, "runs", "get", "hello", "nope"], env=env, capture_output=True, text=True)
        assert proc.returncode == EXIT_NOT_FOUND and proc.stderr.startswith("error: ")
        _assert_no_secrets(airflow, proc.stdout, proc.stderr)
    # the key from stdin, so it is neither in argv nor in the environment
    url_only = {k: v for k, v in env.items() if k not in ("ASTRO_AIRFLOW_API_KEY", "AIRFLOW_API_TOKEN")}
    flag = "--api-key" if airflow.major == 2 else "--token"
    proc = subprocess.run(
        [str(script), flag, "-", "version"], env=url_only, input=airflow.api_key, capture_output=True, text=True
    )
    assert proc.returncode == EXIT_OK, proc.stderr
    assert airflow.version in proc.stdout
    _assert_no_secrets(airflow, proc.stdout, proc.stderr)


# -- last: the slow run occupies a worker slot for a minute -----------------------------------
@pytest.fixture
def slow_run(cli: Runner) -> Iterator[str]:
    r = cli("--json", "trigger", "slow")
    assert r.code == EXIT_OK, r.err
    run_id = r.json()["run_id"]
    yield run_id
    # free the executor: mark the run failed (through the raw `api` command)
    cli("api", "PATCH", f"dags/slow/dagRuns/{run_id}", "--data", '{"state": "failed"}')


def test_wait_timeout_exit_5(cli: Runner, slow_run: str) -> None:
    r = cli("--json", "runs", "wait", "slow", slow_run, "--timeout", "2", "--poll-interval", "1")
    assert r.code == EXIT_TIMEOUT, r.err
    assert r.json()["run_id"] == slow_run and r.json()["state"] in ("queued", "running")
    assert r.err.startswith(f"error: DAG run slow/{slow_run} did not finish within 2s")
    r = cli("trigger", "slow", "--run-id", slow_run, "--wait", "--timeout", "1")
    assert r.code == EXIT_TIMEOUT
