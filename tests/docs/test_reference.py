"""The API reference (``docs/reference/*.md``, rendered by mkdocstrings) covers every public name."""

from __future__ import annotations

import importlib
import re

import astro_airflow
from _examples import REPO

DIRECTIVE = re.compile(r"^::: (\S+)", re.MULTILINE)


def _resolve(path: str) -> object:
    module, _, name = path.rpartition(".")
    try:
        return importlib.import_module(path)
    except ImportError:
        return getattr(importlib.import_module(module), name)


def test_every_public_name_is_in_the_reference() -> None:
    rendered: list[object] = []
    for page in (REPO / "docs" / "reference").glob("*.md"):
        rendered += [_resolve(p) for p in DIRECTIVE.findall(page.read_text())]  # an unknown path fails here
    modules = [obj for obj in rendered if isinstance(obj, type(astro_airflow))]
    public = {name: getattr(astro_airflow, name) for name in astro_airflow.__all__ if name != "__version__"}
    missing = [
        name
        for name, obj in public.items()
        if not any(obj is r for r in rendered) and not any(getattr(m, name, None) is obj for m in modules)
    ]
    assert not missing, f"public names not rendered by any ::: directive in docs/reference/: {missing}"


def test_cli_reference_is_generated_from_the_parser() -> None:
    import sys

    sys.path.insert(0, str(REPO / "docs" / "_hooks"))
    try:
        import cli_reference
    finally:
        sys.path.remove(str(REPO / "docs" / "_hooks"))
    page = (REPO / "docs" / "reference" / "cli.md").read_text()
    assert cli_reference.MARKER in page
    text = cli_reference.render()
    from astro_airflow.cli import build_parser

    commands = cli_reference._subcommands(build_parser())
    assert commands and all(f"`astro-airflow {name}`" in text for name in commands)


def test_readme_links_exist() -> None:
    """The README is read on GitHub, outside the site's strict build: its relative links are checked here."""
    readme = (REPO / "README.md").read_text()
    targets = [t.split("#", 1)[0] for t in re.findall(r"\]\(([^)#:]+(?:#[^)]*)?)\)", readme)]
    assert targets and all((REPO / t).exists() for t in targets), [t for t in targets if not (REPO / t).exists()]
