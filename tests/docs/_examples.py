"""The Python examples of ``docs/**/*.md`` and ``README.md``, and how each is checked.

A fenced ``python`` block is preceded (on the line before its fence) by one of these HTML comments,
invisible on the site and on GitHub:

``<!-- example: run -->``
    executed against the harness's real Airflow 2 and Airflow 3 (``run airflow=3``: one major only;
    ``auth=token`` / ``auth=basic``: the credential the environment carries, see ``environment()``
    in ``test_examples.py``). The example reads its connection from the environment
    (``Client.from_env()``, the config file at ``ASTRO_AIRFLOW_CONFIG``), so the code on the page is
    the code a user pastes.
``<!-- example: compile -->``
    cannot run here (a real Astronomer URL, a placeholder secret): compiled and type-checked only.
``<!-- example: compile prelude=client -->``
    a fragment of a longer page that uses ``client`` and ``run_id``: type-checked after ``PRELUDE``.
``<!-- example: output -->``
    before a fenced block (``text``): what the run block above it printed. The test compares it with
    what the example printed on each server, line by line after stripping trailing spaces; ``...``
    stands for any text (on one line or across lines): written where a value varies from run to run
    or between the majors (run ids, dates, durations, versions). Everything else must match.

Every ``python`` block carries ``run`` or ``compile``, and every run and compile block is
type-checked with ``mypy --strict``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: what a ``prelude=client`` fragment is type-checked after (on one line: the fragment's line numbers stay)
PRELUDE = "from astro_airflow import Client; client = Client.from_env(); run_id = 'manual__2024-06-01'\n"
MARKER = re.compile(r"^<!--\s*example:\s*(?P<kind>run|compile|output)(?P<opts>[^>]*?)\s*-->\s*$")
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)\s*(?P<info>[^\s`]*)")


@dataclass
class Example:
    path: Path
    line: int  # 1-based line of the opening fence
    kind: str  # "run" | "compile" | "" (a python block without a marker)
    source: str
    majors: tuple[str, ...] = ("2", "3")
    auth: str = "default"
    output: str | None = None
    output_line: int = 0
    options: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(REPO)}:{self.line}"


def markdown_files() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def _blocks(text: str) -> list[tuple[int, str, str, str]]:
    """(fence line, info, body, marker line before the fence) of each fenced block."""
    lines = text.splitlines()
    out: list[tuple[int, str, str, str]] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m["indent"], m["fence"], m["info"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        marker = lines[i - 1].strip() if i > 0 else ""
        out.append((i + 1, info, "\n".join(body) + "\n", marker))
        i = j + 1
    return out


def collect(path: Path) -> list[Example]:
    examples: list[Example] = []
    last_run: Example | None = None
    for line, info, body, marker in _blocks(path.read_text()):
        m = MARKER.match(marker)
        kind = m["kind"] if m else ""
        if kind == "output":
            if last_run is None or last_run.output is not None:
                raise ValueError(f"{path}:{line}: an output block must follow a run block (one output each)")
            last_run.output, last_run.output_line = body, line
            continue
        if info != "python":
            continue
        options = dict(o.split("=", 1) for o in (m["opts"].split() if m else []))
        ex = Example(path, line, kind, body, options=options)
        if "airflow" in options:
            ex.majors = tuple(options["airflow"].split(","))
        ex.auth = options.get("auth", "default")
        examples.append(ex)
        last_run = ex if kind == "run" else None
    return examples


def all_examples() -> list[Example]:
    return [ex for path in markdown_files() for ex in collect(path)]


def output_matches(expected: str, actual: str) -> bool:
    """``expected`` (the page's output block) against what was printed; ``...`` is any text."""

    def norm(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())

    pattern = ".*?".join(re.escape(part) for part in norm(expected).split("..."))
    return re.fullmatch(pattern, norm(actual), re.DOTALL) is not None
