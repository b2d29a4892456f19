"""The matrix table's writer (``_report``): what a complete run writes, and that a partial run writes nothing."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import _report
import airflow_server
import pytest


def test_write_replaces_only_the_block_between_the_markers(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(f"intro\n{_report.BEGIN}\nold table\n{_report.END}\noutro\n")
    bare = tmp_path / "bare.md"
    bare.write_text("no markers here\n")
    assert _report.write("| new |", (doc, bare, tmp_path / "absent.md")) == [doc]
    assert doc.read_text() == f"intro\n{_report.BEGIN}\n| new |\n{_report.END}\noutro\n"
    assert bare.read_text() == "no markers here\n"


def test_a_partial_run_says_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_report, "ROWS", {})
    monkeypatch.setattr(_report, "RAN_FILES", {"tests/facade/test_pools.py"})
    monkeypatch.delenv("ASTRO_AIRFLOW_MATRIX_ATTACH", raising=False)
    config = SimpleNamespace(option=SimpleNamespace(keyword="pools", markexpr=""))
    why = _report.missing(config, 0)
    assert "tests were selected with -k/-m" in why
    assert "tests/facade/test_dag_runs.py did not run" in why and "tests/facade/test_pools.py did not run" not in why
    assert {f"no churn row for Airflow {v}" for v in _report.MATRIX_VERSIONS} <= set(why)
    assert "the older-pins run is missing" in why


def test_rows_count_each_test_once_and_render() -> None:
    row = _report.Row("3.1.8", "v2", _report.churn_what(), 1)
    rows = {"matrix 3.1.8": row}
    labels = {"t::a": ["matrix 3.1.8"], "t::b": ["matrix 3.1.8"]}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_report, "ROWS", rows)
        mp.setattr(_report, "LABELS", labels)
        mp.setattr(_report, "RAN_FILES", set())
        for nodeid, when, outcome in [
            ("t::a", "setup", "passed"),
            ("t::a", "call", "passed"),
            ("t::b", "call", "failed"),
        ]:
            _report.record(
                SimpleNamespace(
                    nodeid=nodeid,
                    when=when,
                    duration=1.0,
                    passed=outcome == "passed",
                    skipped=False,
                    failed=outcome == "failed",
                )
            )
        text = _report.table()
    assert (row.passed, row.failed, row.seconds) == (1, 1, 3.0)
    assert f"| 3.1.8 | `/api/v2` | {_report.churn_what()} | 1 passed, 1 failed | 3 s |" in text


def test_the_launcher_starts_any_release_by_version() -> None:
    with pytest.raises(SystemExit) as info:
        airflow_server.main(["start"])  # neither --major nor --version
    assert info.value.code == 2


def test_a_test_of_both_pinned_servers_counts_in_both_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_report, "ROWS", {})
    monkeypatch.setattr(_report, "LABELS", {})
    monkeypatch.setattr(_report, "RAN_FILES", set())
    item = SimpleNamespace(nodeid="tests/facade/test_x.py::test_both")
    _report.label_items([item], lambda _item: {"3", "2"})
    _report.record(SimpleNamespace(nodeid=item.nodeid, when="call", duration=2.0, passed=True, skipped=False))
    assert {key: row.passed for key, row in _report.ROWS.items()} == {"pin 2": 1, "pin 3": 1}
