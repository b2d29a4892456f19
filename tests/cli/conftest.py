"""Fixtures of the CLI tests: ``cli`` (a ``Runner`` for each major's real server) and ``cli2`` (Airflow 2)."""

from __future__ import annotations

from typing import Any

import pytest
from _runner import Runner


@pytest.fixture
def cli(airflow: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    return Runner(airflow, monkeypatch, capsys)


@pytest.fixture
def cli2(airflow2: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Runner:
    return Runner(airflow2, monkeypatch, capsys)
