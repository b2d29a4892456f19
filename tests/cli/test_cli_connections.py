"""``astro-airflow connections list / get / create / delete`` against the real Airflow 2 and 3 servers.

A connection's password is never printed: not in tables, ``--json``, errors or ``--debug`` logs. Each
test creates connections with a distinctive canary password and looks for it in everything printed.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from _runner import Result, Runner
from astro_airflow.cli import EXIT_FAILED, EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE

CANARY = "conn-canary-pw-7c1e0b5a93d2"
SHORT_CANARY = "pw4x"  # shorter than the 8 characters stdout redaction needs: must simply never be printed


@pytest.fixture
def conn_id(cli: Runner) -> Iterator[str]:
    name = f"cli_conn_{cli.server.major}_{uuid.uuid4().hex[:8]}"
    yield name
    cli("connections", "delete", name, "--missing-ok")


def no_password(r: Result, *passwords: str) -> None:
    for password in passwords or (CANARY,):
        assert password not in r.out and password not in r.err


def test_connections_round_trip(cli: Runner, conn_id: str) -> None:
    r = cli(
        "--json",
        "connections",
        "create",
        conn_id,
        "--conn-type",
        "postgres",
        "--host",
        "db.example.com",
        "--login",
        "etl",
        "--port",
        "5432",
        "--schema",
        "warehouse",
        "--extra",
        '{"sslmode": "require"}',
        "--description",
        "from the CLI",
        "--password-stdin",
        stdin=CANARY + "\n",
    )
    assert r.code == EXIT_OK, r.err
    no_password(r)
    row = r.json()
    assert "password" not in row
    assert (row["conn_id"], row["conn_type"], row["host"], row["port"], row["login"], row["schema"]) == (
        conn_id,
        "postgres",
        "db.example.com",
        5432,
        "etl",
        "warehouse",
    )
    assert json.loads(row["extra"]) == {"sslmode": "require"} and row["description"] == "from the CLI"
    if cli.server.major == 3:  # Airflow 3 says a password is set (as ***); Airflow 2 never says
        assert cli("api", "GET", f"connections/{conn_id}").json()["password"] == "***"

    r = cli("connections", "get", conn_id)
    assert r.code == EXIT_OK and "db.example.com" in r.out and "password" not in r.out
    no_password(r)
    r = cli("--json", "connections", "list")
    assert r.code == EXIT_OK
    listed = {c["conn_id"]: c for c in r.json()}
    assert listed[conn_id]["host"] == "db.example.com" and all("password" not in c for c in listed.values())
    r = cli("connections", "list")
    assert r.out.splitlines()[0].split()[:3] == ["CONN_ID", "CONN_TYPE", "HOST"] and conn_id in r.out
    no_password(r)

    r = cli("connections", "create", conn_id, "--conn-type", "postgres", "--password-stdin", stdin=CANARY)
    assert r.code == EXIT_FAILED and "already exists" in r.err  # 409
    no_password(r)
    r = cli("--json", "connections", "create", conn_id, "--conn-type", "http", "--exist-ok")
    assert r.code == EXIT_OK and r.json()["conn_type"] == "postgres"  # the existing one, unchanged

    r = cli("--json", "connections", "delete", conn_id)
    assert r.code == EXIT_OK and r.json() == {"deleted": conn_id}
    r = cli("connections", "get", conn_id)
    assert r.code == EXIT_NOT_FOUND and conn_id in r.err
    assert cli("connections", "delete", conn_id).code == EXIT_NOT_FOUND
    assert cli("connections", "delete", conn_id, "--missing-ok").code == EXIT_OK


def test_password_from_a_file_and_short_passwords(cli: Runner, conn_id: str, tmp_path: Path) -> None:
    secret = tmp_path / "password"
    secret.write_text(SHORT_CANARY + "\n")
    r = cli("--json", "connections", "create", conn_id, "--conn-type", "http", "--password-file", str(secret))
    assert r.code == EXIT_OK, r.err
    no_password(r, SHORT_CANARY)
    assert "password" not in r.json()
    r = cli("--debug", "connections", "get", conn_id)
    assert r.code == EXIT_OK
    no_password(r, SHORT_CANARY)


def test_password_never_in_errors(cli: Runner) -> None:
    """Server errors that echo the request (Airflow 3's 422 returns the body as ``input``), with and
    without ``--debug``: the password and the extra's secret never come back."""
    secret_extra = json.dumps({"token": CANARY + "-extra"})
    for flags in ((), ("--debug",)):
        r = cli(
            *flags,
            "--json",
            "connections",
            "create",
            "bad id!",
            "--conn-type",
            "http",
            "--extra",
            secret_extra,
            "--password-stdin",
            stdin=CANARY,
        )
        assert r.code in (EXIT_USAGE, EXIT_FAILED), r.err
        assert "error" in r.err
        no_password(r, CANARY, CANARY + "-extra")
        assert r.out == ""


def test_bad_arguments_exit_2_before_sending(cli: Runner, tmp_path: Path) -> None:
    create = ("connections", "create", "cli_conn_never_created", "--conn-type", "http")
    for args, stdin, fragment in (
        ((*create, "--password-stdin"), "\n", "--password-stdin: stdin is empty"),
        ((*create, "--password-stdin", "--password-file", str(tmp_path / "p")), CANARY, "not both"),
        ((*create, "--password-file", str(tmp_path / "missing")), None, "cannot read the file"),
        ((*create, "--extra", "[1, 2]"), None, "--extra must be a JSON object"),
        ((*create, "--extra", "{nope"), None, "--extra is not valid JSON"),
        ((*create, "--port", "many"), None, "invalid int value"),
        (("connections", "create", "x"), None, "--conn-type"),
    ):
        r = cli(*args, stdin=stdin)
        assert r.code == EXIT_USAGE, (args, r.err)
        assert fragment in r.err, r.err
        no_password(r)
    assert cli("connections", "get", "cli_conn_never_created").code == EXIT_NOT_FOUND
