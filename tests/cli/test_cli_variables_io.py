"""``astro-airflow variables import FILE / export FILE`` against the real Airflow 2 and 3 servers, in the
format of ``airflow variables export`` (Airflow 3.3's, which reads Airflow 2's files too)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _runner import Runner
from astro_airflow.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE


@pytest.fixture
def prefix(cli: Runner) -> Iterator[str]:
    prefix = f"cli_io_{cli.server.major}_{uuid.uuid4().hex[:8]}"
    yield prefix
    r = cli("--json", "variables", "list")
    for key in (v["key"] for v in r.json() if v["key"].startswith(prefix)):
        cli("variables", "delete", key, "--missing-ok")


def values(prefix: str) -> dict[str, Any]:
    """What a file may hold: strings, JSON values, and Airflow 3's form for a description."""
    return {
        f"{prefix}_text": "plain text",
        f"{prefix}_json": {"a": [1, 2], "b": None, "ü": "✓"},
        f"{prefix}_number": 42,
        f"{prefix}_list": [1, "x"],
        f"{prefix}_true": True,
        f"{prefix}_null": None,
        f"{prefix}_quoted": '"a JSON string"',  # exported as the string, so that importing it stores it unchanged
        f"{prefix}_described": {"value": "v", "description": "with a description"},
        f"{prefix}_described_json": {"value": {"k": 1}, "description": "a JSON value, described"},
    }


def test_import_then_export_round_trips(cli: Runner, prefix: str, tmp_path: Path) -> None:
    data = values(prefix)
    source = tmp_path / "variables.json"
    source.write_text(json.dumps(data))
    r = cli("--json", "variables", "import", str(source))
    assert r.code == EXIT_OK, r.err
    assert r.json() == {"file": str(source), "imported": len(data), "failed": [], "total": len(data)}
    r = cli("variables", "import", str(source))  # again: set overwrites
    assert r.code == EXIT_OK and r.out.strip() == f"imported {len(data)} of {len(data)} variables from {source}"

    # stored as Airflow's own import stores them: strings as they are, the rest as JSON
    assert cli("variables", "get", f"{prefix}_text").out == "plain text\n"
    assert json.loads(cli("variables", "get", f"{prefix}_json").out) == data[f"{prefix}_json"]
    assert cli("variables", "get", f"{prefix}_number").out == "42\n"
    assert cli("variables", "get", f"{prefix}_null").out == "null\n"
    described = cli("--json", "variables", "get", f"{prefix}_described").json()
    assert (described["value"], described["description"]) == ("v", "with a description")

    target = tmp_path / "export.json"
    r = cli("--json", "variables", "export", str(target))
    # other engineers' variables are exported too; Airflow 3 hides the values of secret-looking ones (exit 1)
    hidden = r.json()["not_exported"]
    assert r.code == (EXIT_FAILED if hidden else EXIT_OK), r.err
    assert not [key for key in hidden if key.startswith(prefix)]
    text = target.read_text()
    exported = json.loads(text)
    assert text == json.dumps(exported, sort_keys=True, indent=4)  # `airflow variables export`'s layout
    assert r.json() == {"file": str(target), "exported": len(exported), "not_exported": hidden}
    mine = {k: v for k, v in exported.items() if k.startswith(prefix)}
    assert mine == data
    r = cli("variables", "export", str(target))
    assert r.out.startswith(f"exported {len(exported)} variables to {target}")

    r = cli("variables", "export", "-")  # the file's content on stdout
    assert {k: v for k, v in json.loads(r.out).items() if k.startswith(prefix)} == data
    mine_only = tmp_path / "mine.json"
    mine_only.write_text(json.dumps(mine))
    r = cli("--json", "variables", "import", str(mine_only))  # what export wrote, imported back
    assert r.code == EXIT_OK and r.json()["failed"] == [] and r.json()["imported"] == len(data)
    assert json.loads(cli("variables", "get", f"{prefix}_json").out) == data[f"{prefix}_json"]
    assert cli("variables", "get", f"{prefix}_quoted").out == '"a JSON string"\n'


def test_export_never_writes_hidden_values(cli: Runner, prefix: str, tmp_path: Path) -> None:
    """Airflow 3 answers '***' for keys that look secret: exporting that would overwrite the value on
    import, so such keys are left out, named, and the export fails (exit 1) after writing the rest."""
    secret, plain = f"{prefix}_password", f"{prefix}_plain"
    assert cli("variables", "set", secret, "s3cret-value-1234").code == EXIT_OK
    assert cli("variables", "set", plain, "visible").code == EXIT_OK
    target = tmp_path / "export.json"
    r = cli("--json", "variables", "export", str(target))
    exported = json.loads(target.read_text())
    assert exported[plain] == "visible"
    if cli.server.major == 3:
        assert r.code == EXIT_FAILED
        assert secret not in exported and secret in r.json()["not_exported"]
        assert "not exported, their values read as '***'" in r.err and secret in r.err
        assert "s3cret-value-1234" not in r.out + r.err
    else:  # Airflow 2's API shows values as they are
        assert exported[secret] == "s3cret-value-1234"
        assert secret not in r.json()["not_exported"]


def test_bad_files_fail_clearly_before_sending(cli: Runner, prefix: str, tmp_path: Path) -> None:
    cases: list[tuple[str | None, str]] = [
        (None, "cannot read the file (No such file or directory)"),
        ('{"k": 1,', "is not valid JSON"),
        (json.dumps([{prefix: 1}]), "must hold a JSON object {key: value, ...}"),
        ("null", "got null"),
        (json.dumps({f"{prefix}_a": "1", "": "2"}), "a variable key must be a non-empty string"),
        (json.dumps({f"{prefix}_a": {"value": "1", "description": 5}}), "must be a string or null"),
    ]
    for i, (content, fragment) in enumerate(cases):
        path = tmp_path / f"bad{i}.json"
        if content is not None:
            path.write_text(content)
        r = cli("variables", "import", str(path))
        assert r.code == EXIT_USAGE, (content, r.err)
        assert r.err.startswith("error: ") and fragment in r.err, r.err
    assert cli("variables", "get", f"{prefix}_a").code != EXIT_OK  # nothing was sent
    r = cli("variables", "export", str(tmp_path / "no" / "such" / "dir.json"))
    assert r.code == EXIT_USAGE and "cannot write the file" in r.err


def test_a_key_the_server_refuses_is_counted(cli: Runner, prefix: str, tmp_path: Path) -> None:
    # Airflow 3 refuses keys over 250 characters (422); Airflow 2 on SQLite stores any length, but its web
    # server refuses a URL this long (414)
    too_long = prefix + "_" + "x" * 5000
    source = tmp_path / "variables.json"
    source.write_text(json.dumps({f"{prefix}_ok": "fine", too_long: "refused"}))
    r = cli("--json", "variables", "import", str(source))
    assert r.code == EXIT_FAILED
    assert r.json() == {"file": str(source), "imported": 1, "failed": [too_long], "total": 2}
    assert f"error: variable '{too_long}' not imported" in r.err
    assert cli("variables", "get", f"{prefix}_ok").out == "fine\n"
