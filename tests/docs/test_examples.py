"""Every Python example of the docs and the README: run against the real servers, or type-checked.

How blocks are marked and how output is compared: ``_examples.py``. Run blocks execute in this
process (``exec``) with the environment a user would have set (``environment()``), stdout captured
and compared with the page's output block.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from _examples import PRELUDE, REPO, Example, all_examples, output_matches

EXAMPLES = all_examples()
RUNNABLE = [
    pytest.param(ex, major, id=f"{ex.id}-airflow{major}") for ex in EXAMPLES if ex.kind == "run" for major in ex.majors
]
PAGES_NEEDING_A_RUN = [
    REPO / "README.md",
    *sorted((REPO / "docs" / "getting-started").glob("*.md")),
    *sorted((REPO / "docs" / "guides").glob("*.md")),
]

#: the config file of the many-deployments guide, the harness's servers in place of real deployments
CONFIG = """\
[deployments.prod-eu]
url = "{url2}"
auth = {{ kind = "api_key", env = "PROD_EU_KEY" }}
tags = ["prod", "etl"]

[deployments.prod-us]
url = "{url3}"
auth = {{ kind = "password", username = "{user3}", env = "PROD_US_PASSWORD" }}
tags = ["prod"]
"""


def _jwt(server: Any) -> str:
    answer = httpx.post(server.token_url, json={"username": server.username, "password": server.password}, timeout=30)
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def environment(ex: Example, server: Any, airflow2: Any, airflow3: Any, tmp_path: Path) -> dict[str, str]:
    """What the example's reader would have exported: the deployment URL and one credential
    (Airflow 2: its raw API key, as on Astronomer Software; Airflow 3: username + password, for a
    JWT; ``auth=token``: a bearer token, as on Astro; ``auth=basic``: username + password on
    Airflow 2), and the config file of the many-deployments guide."""
    env = {"AIRFLOW_API_URL": server.base_url}
    if ex.auth == "token":
        env["AIRFLOW_API_TOKEN"] = _jwt(server) if server.major == 3 else server.api_key
    elif server.major == 2 and ex.auth != "basic":
        env["AIRFLOW_API_KEY"] = server.api_key
    else:
        env |= {"AIRFLOW_API_USERNAME": server.username, "AIRFLOW_API_PASSWORD": server.password}
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(url2=airflow2.base_url, url3=airflow3.base_url, user3=airflow3.username))
    config.chmod(0o600)
    env |= {"ASTRO_AIRFLOW_CONFIG": str(config), "PROD_EU_KEY": airflow2.api_key, "PROD_US_PASSWORD": airflow3.password}
    return env


@pytest.mark.parametrize(("example", "major"), RUNNABLE)
def test_example_runs(
    example: Example, major: str, airflow2: Any, airflow3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = airflow2 if major == "2" else airflow3
    for name in list(os.environ):
        if name.startswith(("AIRFLOW_API_", "ASTRO_AIRFLOW_")):
            monkeypatch.delenv(name)
    for name, value in environment(example, server, airflow2, airflow3, tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example.source, example.id, "exec"), {"__name__": "__main__"})
    if example.output is not None:
        assert output_matches(example.output, printed.getvalue()), (
            f"{example.id}: the output block at line {example.output_line} is not what the example printed on "
            f"Airflow {major}:\n--- the page ---\n{example.output}--- printed ---\n{printed.getvalue()}"
        )


def test_every_python_block_is_marked_and_every_run_shows_its_output() -> None:
    unmarked = [ex.id for ex in EXAMPLES if not ex.kind]
    assert not unmarked, f"python blocks without <!-- example: run|compile --> before their fence: {unmarked}"
    silent = [ex.id for ex in EXAMPLES if ex.kind == "run" and ex.output is None]
    assert not silent, f"run blocks without an <!-- example: output --> block showing what they print: {silent}"


@pytest.mark.parametrize("page", PAGES_NEEDING_A_RUN, ids=lambda p: str(p.relative_to(REPO)))
def test_page_has_a_runnable_example(page: Path) -> None:
    assert any(ex.path == page and ex.kind == "run" for ex in EXAMPLES), f"{page} has no runnable example"


def test_examples_compile_and_type_check(tmp_path: Path) -> None:
    """mypy --strict over every run and compile block, each as its own module."""
    files = []
    for n, ex in enumerate(e for e in EXAMPLES if e.kind):
        compile(ex.source, ex.id, "exec")  # a SyntaxError names the page and line
        f = tmp_path / f"example_{n}.py"
        f.write_text(("" if "prelude" not in ex.options else PRELUDE) + ex.source)
        files.append(f)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(REPO / ".mypy_cache"), *map(str, files)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": "facade:generated"},  # as `make lint` runs it: pyproject's [tool.mypy]
        capture_output=True,
        text=True,
        check=False,
    )
    typed = [e for e in EXAMPLES if e.kind]

    def where(m: re.Match[str]) -> str:  # example_N.py:L -> the page and its line
        ex = typed[int(m[1])]
        return f"{ex.id.rsplit(':', 1)[0]}:{ex.line + int(m[2]) - ('prelude' in ex.options)}"

    report = re.sub(r"\S*example_(\d+)\.py:(\d+)", where, result.stdout)
    assert result.returncode == 0, f"mypy --strict on the docs' examples:\n{report}"
