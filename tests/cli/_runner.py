"""The CLI test machinery (imported by tests as ``_runner``): ``Runner`` runs ``astro-airflow ARGS``
in-process against a real server and asserts that no secret is ever printed."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from astro_airflow.cli import main

#: distinctive wrong credentials: they must never be echoed, not even in errors or --debug
CANARY_KEY = "canary-key-7f3a9c1e5b2d4680"
CANARY_PASSWORD = "canary-password-0d9e8f7a6b5c"
WAIT = "300"
VENV_BIN = Path(sys.executable).parent


@attrs.frozen
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def _secrets(server: Any) -> list[str]:
    values = [CANARY_KEY, CANARY_PASSWORD, server.api_key, server.viewer_api_key]
    return [v for v in values if v]


def _assert_no_secrets(server: Any, *texts: str) -> None:
    for secret in _secrets(server):
        for text in texts:
            assert secret not in text, "a secret was printed"


def connection_env(server: Any, how: str = "default") -> dict[str, str]:
    """Environment variables for the server: A2 a raw key (Astronomer-shaped), A3 a bearer JWT,
    or ``how="password"``: username/password (basic auth on A2, JWT exchange on A3)."""
    env = {"AIRFLOW_API_URL": server.base_url}
    if how == "password":
        env.update(AIRFLOW_API_USERNAME=server.username, AIRFLOW_API_PASSWORD=server.password)
    elif server.major == 2:
        env["ASTRO_AIRFLOW_API_KEY"] = server.api_key
    else:
        env["AIRFLOW_API_TOKEN"] = server.api_key
    return env


class Runner:
    def __init__(self, server: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.server = server
        self.monkeypatch = monkeypatch
        self.capsys = capsys
        for name in list(os.environ):
            if name.startswith(("AIRFLOW", "ASTRO_AIRFLOW")):
                monkeypatch.delenv(name)

    def __call__(self, *args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
        """``astro-airflow ARGS`` in-process, with the server's connection in the environment."""
        with self.monkeypatch.context() as mp:
            for name, value in (connection_env(self.server) if env is None else env).items():
                mp.setenv(name, value)
            if stdin is not None:
                mp.setattr(sys, "stdin", io.StringIO(stdin))
            self.capsys.readouterr()
            code = main(list(args))
            out, err = self.capsys.readouterr()
        _assert_no_secrets(self.server, out, err)
        assert "Traceback" not in err or "--debug" in args
        return Result(code, out, err)
