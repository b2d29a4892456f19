"""The collector and the output comparison of ``_examples.py`` (what the docs test relies on)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _examples import collect, output_matches

PAGE = """\
# A page

<!-- example: run airflow=3 auth=token -->
```python
print("hello")
```

<!-- example: output -->
```text
hello
```

<!-- example: compile -->
```python
x: int = 1
```

```python
print("unmarked")
```

```bash
echo not python
```
"""


def test_collect(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(PAGE)
    run, compiled, unmarked = collect(page)
    assert (run.kind, run.line, run.majors, run.auth, run.output, run.output_line) == (
        "run",
        4,
        ("3",),
        "token",
        "hello\n",
        9,
    )
    assert (compiled.kind, compiled.source, compiled.output) == ("compile", "x: int = 1\n", None)
    assert (unmarked.kind, unmarked.source) == ("", 'print("unmarked")\n')


def test_an_output_block_must_follow_a_run_block(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- example: compile -->\n```python\nx = 1\n```\n<!-- example: output -->\n```text\n1\n```\n")
    with pytest.raises(ValueError, match="must follow a run block"):
        collect(page)


@pytest.mark.parametrize(
    ("expected", "printed", "matches"),
    [
        ("a\nb\n", "a\nb\n", True),
        ("a\nb", "a  \nb\n\n", True),  # trailing spaces and blank lines at the ends
        ("a\nb\n", "a\nc\n", False),
        ("run manual__...\nsuccess", "run manual__2026-12-01T23:05:35+00:00\nsuccess", True),
        ("[...'x'...]", "['a', 'x', 'z']", True),
        ("first\n...\nlast", "first\n1\n2\n3\nlast", True),  # across lines
        ("first\n...\nlast", "first\nlast\nextra", False),
        ("(1.5)", "(1x5)", False),  # everything but ... is literal
    ],
)
def test_output_matches(expected: str, printed: str, matches: bool) -> None:
    assert output_matches(expected, printed) is matches
