"""``astro-airflow`` with named deployments: ``deployments list/add/remove/check``, ``-d NAME``, and any
command fanned out with ``--all`` / ``--select`` over the real Airflow 2 and 3 servers and local stub
deployments (dead port, 401, hung). Every invocation is checked for secrets: no canary, key, token or
password of any deployment appears in stdout or stderr.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from astro_airflow import Client
from astro_airflow.cli import EXIT_AUTH, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE, main
from reliability.fleetstubs import StubFleet, canary

DAG = "fleet_probe"
STUB_KINDS = ("ok2", "dead", "unauthorized", "hung")


@attrs.frozen
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class FleetCLI:
    """``astro-airflow ARGS`` in-process with a config file; asserts no secret is ever printed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], config: Path) -> None:
        self.monkeypatch, self.capsys, self.config = monkeypatch, capsys, config
        self.secrets: list[str] = []
        for name in list(os.environ):
            if name.startswith(("AIRFLOW", "ASTRO_AIRFLOW")):
                monkeypatch.delenv(name)
        monkeypatch.setenv("ASTRO_AIRFLOW_CONFIG", str(config))

    def __call__(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        with self.monkeypatch.context() as mp:
            for name, value in (env or {}).items():
                mp.setenv(name, value)
            if stdin is not None:
                mp.setattr(sys, "stdin", io.StringIO(stdin))
            self.capsys.readouterr()
            code = main(list(args))
            out, err = self.capsys.readouterr()
        leaked = [s for s in self.secrets if s and (s in out or s in err)]
        assert not leaked, f"a secret was printed by {args}"
        assert "Traceback" not in err or "--debug" in args
        return Result(code, out, err)


@pytest.fixture(scope="module")
def stubs() -> Iterator[StubFleet]:
    fleet = StubFleet(STUB_KINDS)
    yield fleet
    fleet.close()


@pytest.fixture
def cli(
    airflow2: Any,
    airflow3: Any,
    stubs: StubFleet,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> FleetCLI:
    """A config file naming both real servers (tag real) and the stubs (tag stub), made with the CLI itself."""
    runner = FleetCLI(monkeypatch, capsys, tmp_path / "astro" / "config.toml")
    runner.secrets = [*stubs.canaries.values(), airflow2.api_key, airflow3.api_key, airflow2.viewer_api_key]
    monkeypatch.setenv("FLEET_CLI_A2_KEY", airflow2.api_key)
    monkeypatch.setenv("FLEET_CLI_A3_PASSWORD", airflow3.password)
    made = [
        ("a2", "--url", airflow2.base_url, "--auth", "api_key", "--secret-env", "FLEET_CLI_A2_KEY", "--tag", "real"),
        ("a3", "--url", airflow3.base_url, "--auth", "password", "--user", airflow3.username),
        ("a3-more", "--url", airflow3.base_url, "--user", airflow3.username),
    ]
    for kind in STUB_KINDS:
        made.append((kind, "--url", stubs[kind].url, "--api-key", stubs[kind].canary, "--tag", "stub"))
    for args in made:
        extra = ("--secret-env", "FLEET_CLI_A3_PASSWORD", "--tag", "real") if args[0].startswith("a3") else ()
        r = runner("deployments", "add", *args, *extra, "--http-timeout", "30")
        assert r.code == EXIT_OK, r.err
    assert runner("deployments", "remove", "a3-more").code == EXIT_OK
    return runner


# -- the config file -----------------------------------------------------------------------------------------
def test_deployments_add_list_remove(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    config = tmp_path / "dir" / "config.toml"
    cli = FleetCLI(monkeypatch, capsys, config)
    key, token = canary("inline-key"), canary("stdin-token")
    cli.secrets = [key, token]
    token_file = tmp_path / "token"
    token_file.write_text("t0k3n-from-file\n")
    r = cli("deployments", "list")
    assert r.code == EXIT_OK and r.out.strip() == f"(no config file at {config})"
    cases = [
        ("sw", "--base-domain", "deployments.example.com", "--release-name", "galactic-stars-1234", "--api-key", key),
        (
            "pasted",
            "--base-domain",
            "https://deployments.example.com/lunar-dust-5678/airflow/home",
            "--auth",
            "api_key",
            "--secret-command",
            "pass show lunar",
            "--tag",
            "prod",
            "--tag",
            "eu",
        ),
        ("astro", "--url", "https://abc123.astronomer.run/d8x9", "--token", "-", "--api", "v2", "--tag", "prod"),
        ("file", "--url", "https://x.example.com", "--token", f"@{token_file}", "--insecure", "--http-timeout", "20"),
        ("local", "--url", "http://localhost:8080", "--auth", "none"),
    ]
    for args in cases:
        r = cli("deployments", "add", *args, stdin=token + "\n")
        assert r.code == EXIT_OK, r.err
        assert f"file  {config}" in r.out
    assert stat.S_IMODE(config.stat().st_mode) == 0o600 and stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    text = config.read_text()
    assert 'base_domain = "example.com"' in text  # deployments. taken off
    assert 'url = "https://deployments.example.com/lunar-dust-5678/airflow"' in text  # a pasted URL: what it means
    assert f'file = "{token_file}"' in text and "t0k3n" not in text  # @FILE: the file is named, not copied
    assert key in text and token in text  # inline, in a 0600 file

    r = cli("deployments", "list")
    lines = r.out.splitlines()
    assert lines[0].split() == ["NAME", "URL", "AUTH", "TAGS"]
    assert lines[1].split() == [
        "sw",
        "https://deployments.example.com/galactic-stars-1234/airflow",
        "api_key",
        "(inline)",
        "-",
    ]
    assert "token (command)" not in r.out and "api_key (command)" in r.out and "pass show" not in r.out
    listed = cli("deployments", "list", "--json").json()
    assert [d["name"] for d in listed] == ["sw", "pasted", "astro", "file", "local"]
    assert listed[2] == {
        "name": "astro",
        "url": "https://abc123.astronomer.run/d8x9",
        "auth": "token (inline)",
        "auth_kind": "token",
        "secret_from": "inline",
        "tags": ["prod"],
        "api": "v2",
        "timeout": None,
        "verify": None,
    }
    assert listed[3]["verify"] is False and listed[3]["timeout"] == 20.0
    assert [d["name"] for d in cli("deployments", "list", "--json", "--select", "tag:prod").json()] == [
        "pasted",
        "astro",
    ]

    for bad, message in (
        (("sw", "--url", "http://x", "--auth", "none"), "already has a deployment 'sw' (line 1)"),
        (("new", "--auth", "none"), "--url URL, or --base-domain"),
        (("new", "--url", "http://x"), "--auth api_key|token"),
        (("new", "--url", "http://x", "--auth", "token"), "--secret-env VAR"),
        (("new", "--url", "http://x", "--auth", "token", "--secret-env", "A", "--secret-file", "b"), "one source"),
        (("new", "--base-domain", "https://x.astronomer.run/d1", "--auth", "none"), "Client.astro(deployment_url="),
        (("new", "--url", "http://x", "--auth", "password", "--secret-env", "P"), 'username = "..."'),
    ):
        r = cli("deployments", "add", *bad)
        assert r.code == EXIT_USAGE and message in r.err, (bad, r.err)
    r = cli("deployments", "add", "sw", "--url", "http://replaced", "--auth", "none", "--replace")
    assert r.code == EXIT_OK and "http://replaced" in r.out

    r = cli("deployments", "remove", "sw")
    assert r.code == EXIT_OK and r.out.strip() == f"removed sw from {config}"
    r = cli("deployments", "remove", "pasetd")
    assert r.code == EXIT_USAGE and "did you mean" in r.err
    assert cli("deployments", "remove", "sw", "--missing-ok").code == EXIT_OK
    config.chmod(0o644)  # an inline secret in a readable file: refused when used, as ssh does
    r = cli("-d", "astro", "version")
    assert r.code == EXIT_USAGE and "chmod 600" in r.err and "deployments.astro.auth.secret" in r.err


def test_a_named_deployment(cli: FleetCLI, airflow2: Any, airflow3: Any) -> None:
    r = cli("-d", "a2", "--json", "pools", "get", "default_pool")
    assert r.code == EXIT_OK and r.json()["name"] == "default_pool"
    r = cli("version", "--json", env={"ASTRO_AIRFLOW_DEPLOYMENT": "a3"})
    assert r.code == EXIT_OK and r.json()["airflow_version"] == airflow3.version and r.json()["api"] == "v2"
    r = cli("--deployment", "a3", "--json", "version", env={"ASTRO_AIRFLOW_DEPLOYMENT": "a2"})  # the flag wins
    assert r.json()["api"] == "v2"
    r = cli(
        "--url",
        airflow2.base_url,
        "--api-key",
        airflow2.api_key,
        "version",
        "--json",
        env={"ASTRO_AIRFLOW_DEPLOYMENT": "a3"},
    )
    assert r.code == EXIT_OK and r.json()["api"] == "v1"  # a location flag replaces the environment's deployment
    r = cli("-d", "unauthorized", "pools", "list")
    assert r.code == EXIT_AUTH and "401" in r.err
    for args, env, message in (
        (("-d", "a2", "--url", "http://x", "version"), {}, "drop --url"),
        (("-d", "a2", "--api-key", "k", "version"), {}, "drop --api-key"),
        (("--token", "t", "version"), {"ASTRO_AIRFLOW_DEPLOYMENT": "a2"}, "ASTRO_AIRFLOW_DEPLOYMENT=a2 takes"),
        (("version",), {"ASTRO_AIRFLOW_DEPLOYMENT": "a2", "AIRFLOW_API_URL": "http://x"}, "unset one of them"),
        (("-d", "a22", "version"), {}, "did you mean 'a2'"),
    ):
        r = cli(*args, env=env)
        assert r.code == EXIT_USAGE and message in r.err, (args, r.err)
        assert r.err.startswith("error: ")


# -- fan-out -----------------------------------------------------------------------------------------------
def rows(out: str) -> dict[str, list[str]]:
    lines = out.splitlines()
    assert lines[0].split() == ["DEPLOYMENT", "STATUS", "SECONDS", "RESULT"]
    return {line.split()[0]: line.split(None, 3)[1:] for line in lines[1:]}


def test_deployments_check(cli: FleetCLI, airflow2: Any, airflow3: Any) -> None:
    started = time.monotonic()
    r = cli("deployments", "check", "--deadline", "2")
    assert time.monotonic() - started < 2 + 3
    table = rows(r.out)
    assert list(table) == ["a2", "a3", "ok2", "dead", "unauthorized", "hung"]  # the file's order
    assert table["a2"][:1] == ["ok"] and table["a2"][2].startswith(
        f"Airflow {airflow2.version} (v1) {airflow2.base_url}"
    )
    assert table["a3"][:1] == ["ok"] and table["a3"][2].startswith(f"Airflow {airflow3.version} (v2)")
    assert table["ok2"][2].startswith("Airflow 2.10.5 (v1)")
    assert table["dead"][0] == "failed" and table["dead"][2].startswith("error: GET http://127.0.0.1:")
    assert table["unauthorized"][0] == "failed" and "401" in table["unauthorized"][2]
    assert table["hung"][0] == "timeout" and "timeout of 2s" in table["hung"][2]
    assert r.code == EXIT_FAILED and r.err == "error: 3 of 6 deployments failed\n"  # several kinds of failure
    r = cli("deployments", "check", "--select", "tag:real", "--json")
    assert r.code == EXIT_OK and r.err == ""
    doc = r.json()
    assert list(doc) == ["a2", "a3"] and doc["a3"]["ok"] and doc["a3"]["error"] is None
    assert doc["a2"]["result"]["airflow_version"] == airflow2.version and doc["a2"]["seconds"] >= 0


def test_fan_out_any_command(cli: FleetCLI) -> None:
    r = cli("--select", "tag:real", "pools", "get", "default_pool")
    assert r.code == EXIT_OK
    table = rows(r.out)
    assert list(table) == ["a2", "a3"] and all(v[0] == "ok" and "name=default_pool" in v[2] for v in table.values())
    r = cli("--json", "--select", "tag:real,dead,unauthorized", "pools", "list", "--limit", "1")
    assert r.code == EXIT_FAILED and "2 of 4 deployments failed" in r.err
    doc = r.json()
    assert [p["name"] for p in doc["a2"]["result"]] == ["default_pool"] and doc["a2"]["ok"]
    assert doc["dead"] == {
        "ok": False,
        "seconds": doc["dead"]["seconds"],
        "result": None,
        "error": doc["dead"]["error"],
    }
    assert doc["dead"]["error"]["type"] == "APIConnectionError" and doc["dead"]["error"]["exit_code"] == EXIT_FAILED
    assert (
        doc["unauthorized"]["error"]["type"] == "AuthenticationError"
        and doc["unauthorized"]["error"]["exit_code"] == EXIT_AUTH
    )
    r = cli("--select", "unauthorized", "pools", "list")  # every failure the same: its exit code
    assert r.code == EXIT_AUTH
    r = cli("--all", "--deadline", "1", "--concurrency", "2", "version")
    assert r.code == EXIT_FAILED and rows(r.out)["hung"][0] == "timeout"
    r = cli("--select", "hung", "--deadline", "0.5", "version")
    assert r.code == EXIT_TIMEOUT
    r = cli("--select", "tag:real", "health", "--json")  # a deployment whose scheduler is down fails `health`
    doc = r.json()
    assert r.code == (EXIT_OK if all(d["result"]["healthy"] for d in doc.values()) else EXIT_FAILED)
    assert all(d["ok"] == d["result"]["healthy"] for d in doc.values())


def test_fan_out_writes_once_per_deployment(cli: FleetCLI, airflow2: Any, airflow3: Any) -> None:
    key = f"fleet_cli_{uuid.uuid4().hex[:8]}"
    clients = {"a2": Client.from_config("a2", path=cli.config), "a3": Client.from_config("a3", path=cli.config)}
    try:
        r = cli("--select", "tag:real", "--json", "variables", "set", key, "-", stdin="from stdin, read once\n")
        assert r.code == EXIT_OK, r.err
        assert {d["result"]["value"] for d in r.json().values()} == {"from stdin, read once\n"}
        assert {c.variables.get(key).value for c in clients.values()} == {"from stdin, read once\n"}
        r = cli("--select", "tag:real", "variables", "delete", key)
        assert r.code == EXIT_OK and all(v[2] == f"deleted={key}" for v in rows(r.out).values())

        r = cli("--select", "tag:real", "--json", "trigger", DAG, "--conf", "-", stdin='{"x": 1}')
        assert r.code == EXIT_OK, r.err
        run_ids = {d["result"]["run_id"] for d in r.json().values()}
        assert len(run_ids) == 1 and next(iter(run_ids)).startswith("cli__")  # one run id everywhere
        assert {d["result"]["conf"]["x"] for d in r.json().values()} == {1}
        run_id = run_ids.pop()
        again = cli("--select", "tag:real", "--json", "trigger", DAG, "--run-id", run_id)  # repeated: the same runs
        assert again.code == EXIT_OK and {d["result"]["run_id"] for d in again.json().values()} == {run_id}
    finally:
        for client in clients.values():
            client.variables.delete(key, missing_ok=True)
            for run in list(client.dag_runs.list(DAG)):
                if run.run_id.startswith("cli__"):
                    client.dag_runs.delete(DAG, run.run_id, missing_ok=True)
            client.close()


def test_fan_out_progress_line_on_a_terminal(cli: FleetCLI, monkeypatch: pytest.MonkeyPatch) -> None:
    class TTY(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = TTY()
    monkeypatch.setattr(sys, "stderr", tty)
    r = cli("--select", "tag:real,hung", "--deadline", "1", "version")
    assert r.code == EXIT_TIMEOUT
    progress = tty.getvalue()
    assert progress.startswith("\r\x1b[Kdeployments: ") and "/3 done" in progress
    assert "deployments: 2/3 done, 0 failed, 1 running" in progress
    assert progress.endswith("\r\x1b[Kerror: 1 of 3 deployments failed\n")  # the line is cleared at the end
    assert "DEPLOYMENT" in r.out


def test_fan_out_usage_errors_and_debug(cli: FleetCLI) -> None:
    for args, message in (
        (("--all", "-d", "a2", "version"), "drop -d"),
        (("--all", "--url", "http://x", "version"), "drop --url"),
        (("--all", "--select", "a2", "version"), "not both"),
        (("--all", "--concurrency", "0", "version"), "--concurrency must be >= 1"),
        (("--select", "tag:rael", "version"), "did you mean tag:real?"),
        (("--select", "a2+", "version"), "cannot read ''"),
    ):
        r = cli(*args)
        assert r.code == EXIT_USAGE and message in r.err, (args, r.err)
    r = cli("--select", "a2,ok2,unauthorized", "--debug", "pools", "list")  # logs every request, no secret
    assert r.code == EXIT_FAILED and "HTTP Request" in r.err
