"""Reliability tests: faults, bad input, secrets, concurrency, against the harness's real Airflow 2 and 3.

Options: ``--triggers=N`` (default 200; ``--triggers=1000`` for the long storm), also settable as
the environment variable ``ASTRO_AIRFLOW_TRIGGERS``. The figures the tests measure (faults
injected, triggers sent/created/duplicated/lost, bad inputs tried/passed, canaries found) are
printed at the end of the session and written to ``.cache/reliability/figures.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from astro_airflow import AirflowJWT, APIKey, AsyncClient, Client

from .faultproxy import FaultProxy

FIGURES: dict[str, Any] = {}
FIGURES_PATH = Path(__file__).resolve().parents[2] / ".cache" / "reliability" / "figures.json"
DEFAULT_TRIGGERS = 200


def record(section: str, key: str, value: Any) -> None:
    """Keep a figure for the end-of-session summary (and figures.json)."""
    FIGURES.setdefault(section, {})[key] = value


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for section, values in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{section}:")
        for key, value in sorted(values.items()):
            terminalreporter.write_line(f"  {key}: {json.dumps(value, sort_keys=True, default=str)}")
    try:
        FIGURES_PATH.parent.mkdir(parents=True, exist_ok=True)
        FIGURES_PATH.write_text(json.dumps(FIGURES, indent=2, sort_keys=True, default=str) + "\n")
        terminalreporter.write_line(f"(written to {FIGURES_PATH})")
    except OSError:
        pass


@pytest.fixture(scope="session")
def n_triggers(pytestconfig: pytest.Config) -> int:
    value = pytestconfig.getoption("--triggers")  # registered in tests/conftest.py
    if value is None:
        value = int(os.environ.get("ASTRO_AIRFLOW_TRIGGERS") or DEFAULT_TRIGGERS)
    return int(value)


def auth_for(server: Any, role: str = "admin") -> APIKey | AirflowJWT:
    """Airflow 2: the raw Astronomer-style key; Airflow 3: a JWT from ``/auth/token``."""
    if server.major == 2:
        return APIKey(server.api_key if role == "admin" else server.viewer_api_key)
    if role == "admin":
        return AirflowJWT(server.username, server.password)
    return AirflowJWT(server.viewer_username, server.viewer_password)


def proxied(server: Any, proxy: FaultProxy) -> str:
    """The server's deployment URL, through the proxy."""
    return proxy.url + server.prefix


def make_client(server: Any, base_url: str | None = None, *, role: str = "admin", **options: Any) -> Client:
    return Client(base_url or server.base_url, auth=auth_for(server, role), **options)


def make_async_client(server: Any, base_url: str | None = None, *, role: str = "admin", **options: Any) -> AsyncClient:
    return AsyncClient(base_url or server.base_url, auth=auth_for(server, role), **options)


@pytest.fixture
def proxy_factory() -> Iterator[Callable[..., FaultProxy]]:
    """``proxy_factory(server, **FaultProxy options)``: a proxy in front of a real server, closed after the test."""
    made: list[FaultProxy] = []

    def factory(server: Any, **options: Any) -> FaultProxy:
        proxy = FaultProxy((server.host, server.port), **options)
        made.append(proxy)
        return proxy

    yield factory
    for proxy in made:
        proxy.close()
        totals = FIGURES.setdefault("faults", {}).setdefault("injected, all tests", {})
        for kind, n in proxy.injected.items():
            totals[kind] = totals.get(kind, 0) + n
        totals["(total)"] = sum(v for k, v in totals.items() if k != "(total)")
        requests = FIGURES["faults"].get("requests through proxies, all tests", 0)
        FIGURES["faults"]["requests through proxies, all tests"] = requests + proxy.requests
