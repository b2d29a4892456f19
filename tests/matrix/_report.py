"""The version matrix, produced by the test run: which Airflow servers ran what, and the result.

tests/conftest.py feeds every test report in (``record``) and calls ``finish`` at the end of the
session; when the run was complete enough to fill every row (every file of tests/facade, tests/cli
and tests/matrix ran, no ``-k``/``-m`` selection, not interrupted), the table is written into
``README.md`` and ``docs/version-support.md`` between ``<!-- matrix:begin -->`` and
``<!-- matrix:end -->``. A partial run writes nothing, and says so in the terminal summary.

Rows: the two pinned servers (the full tests/facade + tests/cli suite, counted per major), the
server matrix (the churn subset of tests/matrix) and the older-pins run (the churn subset through
clients generated from older pins, against the pinned servers: tests/matrix/test_older_pins.py).
"""

from __future__ import annotations

import functools
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TARGETS = (ROOT / "README.md", ROOT / "docs" / "version-support.md")
BEGIN, END = "<!-- matrix:begin -->", "<!-- matrix:end -->"
#: the older releases the matrix runs the churn subset against (servers older than our specs)
MATRIX_VERSIONS = ("2.10.5", "3.1.8", "3.2.2")
#: the pins the older-pins run generates its clients from (part 3 of issue #11)
OLDER_PINS = {"v1": "2.10.5", "v2": "3.1.8"}
SUITE_DIRS = ("tests/facade", "tests/cli")


@functools.cache
def churn_what() -> str:
    from _calls import public_methods  # imports the facade: only once churn tests are collected

    return f"churn subset ({len(public_methods())} public calls, sync + async)"


@dataclass
class Row:
    version: str
    api: str
    what: str
    order: int
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def result(self) -> str:
        parts = [f"{self.passed} passed"]
        parts += [f"{self.failed} failed"] if self.failed else []
        parts += [f"{self.skipped} skipped"] if self.skipped else []
        return ", ".join(parts) if self.passed or self.failed else "did not run"


ROWS: dict[str, Row] = {}
LABELS: dict[str, list[str]] = {}  # nodeid -> the keys of its rows (a test of both pinned servers: two)
RAN_FILES: set[str] = set()


def label(nodeid: str, key: str, version: str, api: str, what: str, order: int) -> None:
    """The test ``nodeid`` counts in the row ``key`` (made on first use)."""
    ROWS.setdefault(key, Row(version, api, what, order))
    LABELS.setdefault(nodeid, []).append(key)


def label_items(items: list[Any], majors_of: Any) -> None:
    """Rows of the collected tests: tests/facade + tests/cli per major (``majors_of(item)``), the churn
    tests per server version."""
    import install_airflow

    for item in items:
        path = item.nodeid.split("::", 1)[0]
        if path.startswith(SUITE_DIRS):
            for major in sorted(majors_of(item)):
                version = install_airflow.airflow_version(major)
                api = "v1" if major == "2" else "v2"
                label(item.nodeid, f"pin {major}", version, api, "full suite (tests/facade + tests/cli)", 0)
        elif path == "tests/matrix/test_churn.py":
            callspec = getattr(item, "callspec", None)
            version = str(callspec.params.get("matrix_server", "")) if callspec else ""
            if version:
                api = "v1" if version.startswith("2.") else "v2"
                label(item.nodeid, f"matrix {version}", version, api, churn_what(), 1)


def record(report: Any) -> None:
    """A test's report (setup, call, teardown): counted once per test in its row."""
    RAN_FILES.add(report.nodeid.split("::", 1)[0])
    for key in LABELS.get(report.nodeid, []):
        _count(ROWS[key], report)


def _count(row: Row, report: Any) -> None:
    row.seconds += report.duration
    if report.when == "call" or (report.when == "setup" and not report.passed):
        if report.passed:
            row.passed += 1
        elif report.skipped:
            row.skipped += 1
        else:
            row.failed += 1
    elif report.when == "teardown" and report.failed:
        row.failed += 1


def add_row(key: str, row: Row) -> None:
    """A row measured elsewhere (the older-pins subprocess)."""
    ROWS[key] = row


def missing(config: Any, exitstatus: int) -> list[str]:
    """Why the run cannot fill the table (empty: it can)."""
    why = []
    if os.environ.get("ASTRO_AIRFLOW_MATRIX_ATTACH"):
        return ["a churn subprocess of the older-pins run"]
    if config.option.keyword or config.option.markexpr:
        why.append("tests were selected with -k/-m")
    if exitstatus in (2, 3, 4):  # interrupted, internal error, usage error
        why.append(f"the run ended with exit status {exitstatus}")
    for folder in (*SUITE_DIRS, "tests/matrix"):
        for path in sorted((ROOT / folder).glob("test_*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel not in RAN_FILES:
                why.append(f"{rel} did not run")
    for version in MATRIX_VERSIONS:
        if f"matrix {version}" not in ROWS:
            why.append(f"no churn row for Airflow {version}")
    if sum(key.startswith("older ") for key in ROWS) < 2:
        why.append("the older-pins run is missing")
    return why


def table() -> str:
    lines = [
        "| Airflow | API | what ran | result | time |",
        "| --- | --- | --- | --- | --- |",
    ]
    ran = [row for row in ROWS.values() if row.passed or row.failed]
    for row in sorted(ran, key=lambda r: (r.order, [int(p) for p in r.version.split(".")])):
        lines.append(f"| {row.version} | `/api/{row.api}` | {row.what} | {row.result()} | {row.seconds:.0f} s |")
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines.append("")
    for row in ROWS.values():
        lines += [f"- {row.version}, {row.what}: {note}" for note in row.notes]
    lines.append(
        f"Written by the test run of {stamp} (`tests/matrix/_report.py`, only when every row ran); "
        "time: the tests' own durations, server start-ups included."
    )
    return "\n".join(lines)


def write(text: str, targets: tuple[Path, ...] = TARGETS) -> list[Path]:
    """Replace what is between the markers of each target; a target without the markers is left alone."""
    written = []
    block = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    for path in targets:
        if not path.is_file():
            continue
        old = path.read_text()
        if BEGIN not in old or END not in old:
            continue
        new = block.sub(lambda _: f"{BEGIN}\n{text}\n{END}", old, count=1)
        if new != old:
            path.write_text(new)
        written.append(path)
    return written


def finish(config: Any, exitstatus: int, terminal: Any) -> None:
    if not any(row.passed or row.failed for row in ROWS.values()):
        return
    why = missing(config, exitstatus)
    if why and os.environ.get("ASTRO_AIRFLOW_MATRIX_ATTACH"):
        return
    text = table()
    terminal.write_sep("=", "Airflow version matrix")
    terminal.write_line(text)
    if why:
        terminal.write_line("not written to README.md (a partial run): " + "; ".join(why[:5]))
        return
    paths = write(text)
    terminal.write_line("written to " + ", ".join(p.relative_to(ROOT).as_posix() for p in paths))
