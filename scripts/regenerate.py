"""Move the Airflow pins and regenerate, as one transaction; print the patch table, the API diff
and a verdict for the facade.

    python scripts/regenerate.py --v1 2.11.2 --v2 3.3.2     (what `make regenerate` runs)

For each API whose version changes, in a staging copy of ``openapi/`` and ``generated/`` (a
hidden ``.regenerate-*`` folder next to them, git-ignored):

1. **fetch**: the new release's spec files from its wheel (``pip download --no-deps``, cached in
   ``.cache/wheels``) and a new ``source.json``;
2. **patch**: every patch is classified against the new spec (``patches.py``) and the table is
   printed: *applies*, *obsolete*, *not applicable* never stop; a *conflict* does;
3. **generate**: openapi-python-client into the staging ``generated/``, every operation generated;
4. **diff**: the API diff of the patched specs old -> new, ending with a verdict: operations
   added/removed, the operations the facade calls that the new spec removes or changes in what a
   call must send (``facade_models.facade_operations``, found in the facade's imports), fields
   that changed type or nullability (or went) in the models the facade's result types read, and
   whether those calls and types need attention;
5. **swap**: only now are ``openapi/`` and ``generated/`` replaced by the staging copies (two
   directory renames each; a failure puts the old ones back).

On any failure nothing in the working tree has changed (``git status`` is as before) and the
error is a few lines: which API, which step, the patch and pointer if any, and what to do.
The Airflow test servers follow the pins, so `make test` then proves the new client against them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from api_diff import diff_specs, facade_verdict, render_text, render_verdict
from facade_models import facade_models, facade_operations
from generate import conflict_message, generated_operations, patch_spec, render
from patches import CONFLICT, LEGEND, PatchError, PatchResult, table
from specs import APIS, ROOT, Api, extract_files, pristine_files, read_source, source_record

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class RegenerateError(Exception):
    """A failed step: nothing in the working tree was changed."""

    def __init__(self, api: str | None, step: str, message: str, todo: str = "", unchanged: bool = True) -> None:
        self.api, self.step, self.message, self.todo, self.unchanged = api, step, message, todo, unchanged
        super().__init__(message)

    def render(self) -> str:
        where = f"{self.api}, step {self.step}" if self.api else f"step {self.step}"
        state = (
            "nothing was changed: openapi/ and generated/ are as they were."
            if self.unchanged
            else "the working tree could NOT be restored."
        )
        lines = [f"regenerate failed ({where}); {state}"]
        lines += [f"  {line}" for line in self.message.strip().splitlines()]
        if self.todo:
            lines.append(f"  What to do: {self.todo}")
        return "\n".join(lines)


@dataclass
class Fetched:
    files: dict[str, tuple[str, bytes]]  # saved_as -> (path in wheel, bytes)
    record: dict[str, Any]  # the new source.json


def fetch_release(api: Api, version: str) -> Fetched:
    """The spec files of ``api`` in Airflow ``version`` and their source record (tests replace this)."""
    files = extract_files(api, version)
    return Fetched(files, source_record(api, version, files))


@dataclass
class Outcome:
    """What one API's regeneration produced (before the swap)."""

    api: str
    old: str
    new: str
    patches: list[PatchResult] = field(default_factory=list)
    operations: int = 0
    diff: str = ""
    verdict: dict[str, Any] = field(default_factory=dict)


def check_version(api: Api, version: str) -> None:
    if not _VERSION.match(version):
        raise RegenerateError(api.name, "fetch", f"{version!r} is not a release version (X.Y.Z)")
    if int(version.split(".")[0]) != api.major:
        raise RegenerateError(
            api.name,
            "fetch",
            f"{api.name} is the API of Airflow {api.major}: {version} is not a {api.major}.x release",
            f"give {'AIRFLOW_V1=2.x.y' if api.major == 2 else 'AIRFLOW_V2=3.x.y'} "
            f"({'2.7' if api.major == 2 else '3.0'} or later).",
        )


@contextlib.contextmanager
def step(api: str, name: str, todo: str = "") -> Iterator[None]:
    """Turn any failure inside into a ``RegenerateError`` of step ``name`` (no traceback; set
    ``REGENERATE_TRACEBACK=1`` to see one)."""
    try:
        yield
    except (KeyboardInterrupt, RegenerateError):
        raise
    except BaseException as exc:  # SystemExit from the helpers included: they speak in messages
        if os.environ.get("REGENERATE_TRACEBACK"):
            traceback.print_exc()
        message = str(exc) if isinstance(exc, SystemExit | PatchError) else f"{type(exc).__name__}: {exc}"
        raise RegenerateError(api, name, message or type(exc).__name__, todo) from None


def build_api(api: Api, version: str, root: Path, staging: Path, out: TextIO) -> Outcome:
    """Steps fetch, patch, generate and diff of one API, in ``staging`` (a copy of root's trees)."""
    openapi_new = staging / "openapi"
    old_version = read_source(api, root / "openapi")["airflow_version"]
    outcome = Outcome(api.name, old_version, version)
    release = f"{api.package} {version}"
    print(f"\n===== {api.name}: {api.package} {old_version} -> {version} =====", file=out)

    with step(api.name, "fetch", f"openapi/{api.name} differs from its source.json: run `make check-generated`."):
        old_files = pristine_files(api, openapi_new)  # the pinned files, before fetch replaces them

    with step(api.name, "fetch", f"check that {release} exists on PyPI and that pip can reach it, then run again."):
        fetched = fetch_release(api, version)
        folder = api.folder_in(openapi_new)
        for name, (_, data) in fetched.files.items():
            (folder / name).write_bytes(data)
        (folder / "source.json").write_text(json.dumps(fetched.record, indent=2) + "\n")
        print(f"fetch: {fetched.record['wheel']} (sha256 {fetched.record['wheel_sha256'][:16]}...)", file=out)

    with step(api.name, "patch", f"fix the patch file named above in openapi/{api.name}/patches/."):
        files = pristine_files(api, openapi_new)
        spec, results = patch_spec(api, files, openapi_new)
    outcome.patches = results
    print(f"patches against {release}:\n{table(results)}\n  ({LEGEND})", file=out)
    if any(r.outcome == CONFLICT for r in results):
        raise RegenerateError(api.name, "patch", conflict_message(api, release, results))

    with step(
        api.name,
        "generate",
        f"add or adapt a patch in openapi/{api.name}/patches/ so that the generator can handle {release}.",
    ):
        dest = staging / "render" / api.name
        render(api, dest, openapi=openapi_new, spec=spec, quiet=True)
        target = staging / "generated" / api.python_package
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(str(dest / api.python_package), target)
        outcome.operations = len(generated_operations(target))
        print(f"generate: {outcome.operations} operations into generated/{api.python_package}", file=out)

    with step(api.name, "diff", "this is a bug in scripts/api_diff.py or scripts/facade_models.py: report it."):
        old_spec, _ = patch_spec(api, old_files, root / "openapi")
        report = diff_specs(old_spec, spec)
        outcome.diff = render_text(report, f"{api.name} ({api.package} {old_version}, patched)", f"{release}, patched")
        calls = facade_operations(api.name, generated=root / "generated")  # as written against the old client
        outcome.verdict = facade_verdict(old_spec, spec, facade_models(api.name), report, target, calls)
        print(outcome.diff + "\n" + render_verdict(outcome.verdict), file=out, end="")
    return outcome


def _copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)


class RollbackFailed(Exception):
    pass


def swap(root: Path, staging: Path, names: tuple[str, ...] = ("openapi", "generated")) -> None:
    """Replace ``root/<name>`` by ``staging/<name>`` for each name (directory renames, same file
    system); on failure put every one back. ``RollbackFailed`` if even that fails."""
    backup = staging / "previous"
    backup.mkdir(exist_ok=True)
    done: list[tuple[str, bool]] = []  # (name, new one in place)
    try:
        for name in names:
            os.replace(root / name, backup / name)
            done.append((name, False))
            os.replace(staging / name, root / name)
            done[-1] = (name, True)
    except BaseException as exc:
        try:
            for name, placed in reversed(done):
                if placed:
                    os.replace(root / name, staging / name)
                os.replace(backup / name, root / name)
        except BaseException as again:
            raise RollbackFailed(
                f"{exc}; then putting the previous trees back failed too ({again}): they are in {backup}"
            ) from None
        raise


def regenerate(moves: dict[str, str], root: Path = ROOT, out: TextIO | None = None) -> list[Outcome]:
    """Regenerate every API of ``moves`` ({api: Airflow version}) in ``root``, as one transaction.

    Prints to ``out`` (default: stdout). Raises ``RegenerateError`` (nothing changed) on any failure.
    """
    out = out or sys.stdout
    apis = [APIS[name] for name in moves]
    for api in apis:
        check_version(api, moves[api.name])
    current = {api.name: read_source(api, root / "openapi")["airflow_version"] for api in apis}
    todo = [api for api in apis if current[api.name] != moves[api.name]]
    for api in apis:
        if api not in todo:
            print(f"{api.name}: pin unchanged ({moves[api.name]})", file=out)
    if not todo:
        return []
    staging = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=root))
    keep = False
    try:
        with step(todo[0].name, "fetch", "check the free disk space and permissions of the repository."):
            for name in ("openapi", "generated"):
                _copy_tree(root / name, staging / name)
        outcomes = [build_api(api, moves[api.name], root, staging, out) for api in todo]
        try:
            swap(root, staging)
        except RollbackFailed as exc:
            keep = True
            raise RegenerateError(
                None, "swap", str(exc), f"move the folders in {staging / 'previous'} back by hand.", unchanged=False
            ) from None
        except BaseException as exc:
            raise RegenerateError(
                None, "swap", f"{type(exc).__name__}: {exc}", "check the permissions of openapi/ and generated/."
            ) from None
    finally:
        if not keep:
            shutil.rmtree(staging, ignore_errors=True)
    for o in outcomes:
        print(
            f"\n{o.api}: pin moved {o.old} -> {o.new}; openapi/{o.api}/ and generated/{APIS[o.api].python_package} "
            "replaced. Review with `git diff`; `make check-generated` reproduces generated/, `make test` runs "
            "everything against the new pins.",
            file=out,
        )
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--v1", metavar="VERSION", help="Airflow 2.x version for the v1 spec")
    parser.add_argument("--v2", metavar="VERSION", help="Airflow 3.x version for the v2 spec")
    args = parser.parse_args(argv)
    moves = {name: new for name, new in (("v1", args.v1), ("v2", args.v2)) if new}
    if not moves:
        parser.error("give --v1 and/or --v2 (make regenerate AIRFLOW_V1=2.x.y AIRFLOW_V2=3.x.y)")
    try:
        regenerate(moves)
    except RegenerateError as exc:
        sys.stdout.flush()
        print("\n" + exc.render(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        sys.stdout.flush()
        print("\nregenerate interrupted; nothing was changed.", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
