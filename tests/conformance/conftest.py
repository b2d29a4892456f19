"""Fixtures of the spec conformance walk: one real server per API, a checked client, the seed data."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from . import servers
from .walk import COVERAGE, REPORT, Walker

TIMEOUT = httpx.Timeout(60)


def _target(major: int) -> Iterator[servers.Target]:
    given = servers.from_environment(major)
    if given is not None:
        yield given
        return
    server, target = servers.start(major)
    try:
        yield target
    finally:
        servers.stop(server, target)


@pytest.fixture(scope="module")
def target2() -> Iterator[servers.Target]:
    yield from _target(2)


@pytest.fixture(scope="module")
def target3() -> Iterator[servers.Target]:
    yield from _target(3)


@pytest.fixture(scope="module")
def v1(target2: servers.Target) -> Iterator[Walker]:
    import airflow_api_v1
    from airflow_api_v1.models.error import Error

    assert target2.api_key, "the Airflow 2 harness server has no API key"
    client = airflow_api_v1.Client(
        base_url=f"{target2.base_url}/api/v1",
        headers={"Authorization": target2.api_key},
        raise_on_unexpected_status=True,
        timeout=TIMEOUT,
    )
    COVERAGE.versions["v1"] = target2.version
    started = time.monotonic()
    yield Walker("v1", client, (Error,), server_log=target2.server_log)
    COVERAGE.seconds["v1"] = time.monotonic() - started
    client.get_httpx_client().close()


@pytest.fixture(scope="module")
def v2(target3: servers.Target) -> Iterator[Walker]:
    import airflow_api_v2
    from airflow_api_v2.models.http_exception_response import HTTPExceptionResponse
    from airflow_api_v2.models.http_validation_error import HTTPValidationError
    from airflow_api_v2.models.login_body import LoginBody

    anonymous = airflow_api_v2.Client(base_url=target3.base_url, raise_on_unexpected_status=True, timeout=TIMEOUT)
    walker = Walker("v2", anonymous, (HTTPExceptionResponse, HTTPValidationError))

    def new_client() -> airflow_api_v2.AuthenticatedClient:
        token = walker.call(
            "simple_auth_manager_login.create_token",
            body=LoginBody(username=target3.username, password=target3.password),
        ).access_token
        return airflow_api_v2.AuthenticatedClient(
            base_url=target3.base_url, token=token, raise_on_unexpected_status=True, timeout=TIMEOUT
        )

    client = new_client()
    all_admins = None
    if target3.all_admins_url:
        all_admins = airflow_api_v2.Client(
            base_url=target3.all_admins_url, raise_on_unexpected_status=True, timeout=TIMEOUT
        )
    COVERAGE.versions["v2"] = target3.version
    started = time.monotonic()
    yield Walker(
        "v2",
        client,
        (HTTPExceptionResponse, HTTPValidationError),
        anonymous=anonymous,
        new_client=new_client,
        all_admins=all_admins,
        server_log=target3.server_log,
    )
    COVERAGE.seconds["v2"] = time.monotonic() - started
    for used in (client, anonymous, all_admins):
        if used is not None:
            used.get_httpx_client().close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not (COVERAGE.exercised or COVERAGE.error_walk):
        return
    from .unsupported import UNSUPPORTED

    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(COVERAGE.report(UNSUPPORTED))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT.exists() and (COVERAGE.exercised or COVERAGE.error_walk):
        terminalreporter.section("spec conformance walk")
        terminalreporter.write(REPORT.read_text())
