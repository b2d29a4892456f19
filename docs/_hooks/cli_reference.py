"""MkDocs hook: the CLI reference page, rendered from ``astro_airflow.cli.build_parser()`` at build time.

``docs/reference/cli.md`` holds the marker ``<!-- cli:commands -->``; it is replaced by the help of the
program and of every command, walked from the argparse parser itself, so the page never drifts from
the code (nothing is retyped).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

MARKER = "<!-- cli:commands -->"
FACADE = Path(__file__).resolve().parents[2] / "facade"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help(parser: argparse.ArgumentParser) -> str:
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal: the page must not depend on it
    try:
        return parser.format_help().rstrip()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def render() -> str:
    if str(FACADE) not in sys.path:
        sys.path.insert(0, str(FACADE))
    from astro_airflow.cli import build_parser

    parts: list[str] = []

    def walk(parser: argparse.ArgumentParser, words: list[str]) -> None:
        level = "#" * min(len(words) + 1, 4)
        title = " ".join(words) if words else parser.prog
        parts.append(f"{level} `{title}`\n\n```text\n{_help(parser)}\n```\n")
        for name, sub in _subcommands(parser).items():
            walk(sub, [*words, name] if words else [parser.prog, name])

    walk(build_parser(), [])
    return "\n".join(parts)


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, render())
