"""Generate ``generated/airflow_api_<api>`` from ``openapi/<api>/``: verify → merge → patch → generate.

    python scripts/generate.py                      # both APIs into generated/
    python scripts/generate.py --api v1
    python scripts/generate.py --check              # regenerate into a temp dir, diff against generated/
    python scripts/generate.py --out /tmp/gen       # write somewhere else
    python scripts/generate.py --api v2 --airflow-version 3.1.8 --out /tmp/gen   # another release, pins unchanged

Steps, all deterministic:
1. the pristine spec files are checked against the sha256 in ``source.json`` (never hand-edited);
2. extra files (v2: the simple auth manager's ``/auth/token`` spec) are merged into the main spec;
3. ``patches/*.yaml`` are classified and applied in order (see ``patches.py``): a patch whose
   target is absent (not applicable) or already fixed upstream (obsolete) is skipped and said so,
   a conflict stops with the patch, op and pointer;
4. openapi-python-client (pinned in pyproject.toml) renders the client with our templates from
   ``openapi/templates/`` and ``openapi/<api>/generator.yaml``, formatted by the pinned ruff;
5. every operation of the patched spec must be a generated function: the generator skips what it
   cannot handle with a warning only, so any skipped operation fails this step, by name.

Every function takes ``openapi`` (default: the repository's ``openapi/``) so that
``regenerate.py`` can build in a staging copy.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from patches import CONFLICT, LEGEND, PatchConflict, PatchError, PatchResult, classify, patch_files, table
from specs import APIS, OPENAPI, ROOT, Api, extract, merged_spec, pristine_files

GENERATED = ROOT / "generated"
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def patch_spec(
    api: Api, files: dict[str, bytes], openapi: Path | None = None
) -> tuple[dict[str, Any], list[PatchResult]]:
    """Merge ``files`` and classify/apply the patches of ``openapi/<api>/patches``.

    Returns the patched spec and each patch's result; conflicts are in the results, not raised.
    Raises ``PatchError`` for a malformed patch file.
    """
    return classify(merged_spec(api, files), patch_files(api.folder_in(openapi)))


def conflict_message(api: Api, release: str, results: list[PatchResult]) -> str:
    """What to say when a patch conflicts: API, patch, op, pointer, and what to do."""
    conflict = next(r for r in results if r.outcome == CONFLICT)
    return (
        f"{PatchConflict(conflict)}\n"
        f"The target exists in {release} but is not what the patch's guard expects, so the patch\n"
        f"cannot be applied safely. Re-check openapi/{api.name}/patches/{conflict.name} against this\n"
        "release: if upstream fixed it another way, drop or rewrite the patch; if the spec moved, adapt\n"
        "pointer and value so that the pinned release and this one both classify without a conflict."
    )


def patched_spec(
    api: Api, version: str | None = None, openapi: Path | None = None, show: bool | None = None
) -> dict[str, Any]:
    """The spec to generate: pinned (default) or another Airflow ``version``'s, patched.

    The patch table goes to stderr when ``show`` (default: for another version, or on a conflict);
    a conflict raises SystemExit with the patch, op and pointer.
    """
    files = pristine_files(api, openapi) if version is None else extract(api, version)
    release = f"{api.package} {version}" if version else "the pinned spec"
    try:
        spec, results = patch_spec(api, files, openapi)
    except PatchError as exc:
        raise SystemExit(f"{api.name}: invalid patch: {exc}") from None
    if show is None:
        show = version is not None or any(r.outcome == CONFLICT for r in results)
    if show:
        print(f"{api.name}: patches against {release}:\n{table(results)}\n  ({LEGEND})", file=sys.stderr)
    if any(r.outcome == CONFLICT for r in results):
        raise SystemExit(f"{api.name}: " + conflict_message(api, release, results))
    return spec


def spec_operations(spec: dict[str, Any]) -> set[tuple[str, str]]:
    return {(method.upper(), path) for path, item in spec["paths"].items() for method in item if method in HTTP_METHODS}


def duplicate_operation_ids(spec: dict[str, Any]) -> dict[str, list[str]]:
    """operationId -> ["METHOD path", ...] for every id used more than once (one module would be lost)."""
    seen: dict[str, list[str]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict) and op.get("operationId"):
                seen.setdefault(op["operationId"], []).append(f"{method.upper()} {path}")
    return {k: v for k, v in sorted(seen.items()) if len(v) > 1}


_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": (?:f?)"([^"]*)"')


def generated_operations(package_dir: Path) -> set[tuple[str, str]]:
    """(METHOD, path) of every endpoint module, read from its ``request_kwargs``.

    Paths are as in the spec: v1's are relative to its server URL ``/api/v1`` (the facade puts
    that into the generated client's base URL), v2's start with ``/api/v2``.
    """
    ops = set()
    for module in sorted((package_dir / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text()
        method, url = _METHOD.search(text), _URL.search(text)
        if method is None or url is None:
            raise SystemExit(f"cannot read method/url from {module}")
        ops.add((method.group(1).upper(), url.group(1)))
    return ops


def render(
    api: Api,
    dest: Path,
    version: str | None = None,
    openapi: Path | None = None,
    spec: dict[str, Any] | None = None,
    quiet: bool = False,
) -> list[str]:
    """Generate ``api`` into ``dest/<package>``; return the generator's warnings.

    ``spec``: the patched spec to generate (default: ``patched_spec(api, version, openapi)``);
    ``quiet``: no progress lines (the generator's nor ours).
    """
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    if spec is None:
        spec = patched_spec(api, version, openapi)
    duplicates = duplicate_operation_ids(spec)
    if duplicates:
        detail = "\n".join(f"  {op_id}: {', '.join(ops)}" for op_id, ops in duplicates.items())
        raise SystemExit(
            f"{api.name}: operationIds used more than once (the generator would write one module over the other):\n"
            f"{detail}\nGive each a unique id with a patch in openapi/{api.name}/patches/ (see v2/0006)."
        )
    out = dest / api.python_package
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / f"{api.name}.json"
        spec_path.write_text(json.dumps(spec, sort_keys=True))
        config = Config.from_sources(
            ConfigFile.load_from_path(api.folder_in(openapi) / "generator.yaml"),
            MetaType.NONE,
            spec_path,
            "utf-8",
            overwrite=True,
            output_path=out,
        )
        # The post-hooks must run the pinned ruff of this interpreter's venv.
        env_path = os.environ.get("PATH", "")
        os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env_path
        try:
            with contextlib.redirect_stdout(io.StringIO() if quiet else sys.stderr):  # stdout is for reports
                errors = generate(config=config, custom_template_path=(openapi or OPENAPI) / "templates")
        finally:
            os.environ["PATH"] = env_path
    fatal = [e for e in errors if e.level.value == "ERROR"]
    if fatal:
        raise SystemExit(f"{api.name}: generation failed:\n" + "\n".join(f"  {e.header} {e.detail}" for e in fatal))
    (out / "py.typed").write_text("# Marker file for PEP 561\n")

    wanted = spec_operations(spec)
    made = generated_operations(out)
    skipped = sorted(wanted - made)
    warnings = [f"{e.header} {e.detail or ''}".strip() for e in errors]
    if skipped:
        detail = "\n".join(f"  {m} {p}" for m, p in skipped)
        said = sorted({w.splitlines()[0] for w in warnings})
        raise SystemExit(
            f"{api.name}: {len(skipped)} of {len(wanted)} operations were skipped by the generator:\n{detail}\n"
            "generator said:\n"
            + "\n".join(f"  {w}" for w in said)
            + f"\nFix each with a patch in openapi/{api.name}/patches/."
        )
    if not quiet:
        print(f"{api.name}: {len(made)}/{len(wanted)} operations generated into {out}", file=sys.stderr)
    return warnings


def _files(tree: Path) -> dict[Path, bytes]:
    return {
        p.relative_to(tree): p.read_bytes() for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, byte for byte, between two trees (ignoring __pycache__)."""
    ours, theirs = _files(expected), _files(actual)
    problems = [f"missing (the generator makes it): {p}" for p in sorted(ours.keys() - theirs.keys())]
    problems += [f"not made by the generator (hand-added?): {p}" for p in sorted(theirs.keys() - ours.keys())]
    problems += [f"differs: {p}" for p in sorted(ours.keys() & theirs.keys()) if ours[p] != theirs[p]]
    return problems


def check(apis: list[Api], openapi: Path | None = None, generated: Path = GENERATED) -> int:
    """0 when ``generated/`` is exactly what the generator makes from ``openapi/``, else 1 (with a diff)."""
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for api in apis:
            render(api, Path(tmp), openapi=openapi)
            ours, theirs = Path(tmp) / api.python_package, generated / api.python_package
            if not theirs.exists():
                print(f"{theirs} is missing: run `make generate`", file=sys.stderr)
                failed = True
                continue
            problems = diff_trees(ours, theirs)
            if problems:
                failed = True
                print(f"generated/{api.python_package} is not what the generator makes from openapi/{api.name}:")
                for p in problems:
                    print("  " + p)
                subprocess.run(["diff", "-ru", "-x", "__pycache__", str(ours), str(theirs)], check=False)
    if failed:
        print("\ngenerated/ must never be edited by hand: fix the spec with a patch, then `make generate`.")
        return 1
    print("generated/ is exactly what the generator makes from openapi/")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", choices=[*APIS, "all"], default="all")
    parser.add_argument("--check", action="store_true", help="fail with a diff if generated/ differs")
    parser.add_argument("--out", type=Path, default=GENERATED)
    parser.add_argument(
        "--airflow-version", help="generate from this Airflow version's spec instead of the pin (needs --out)"
    )
    args = parser.parse_args()
    if args.airflow_version and (args.out == GENERATED or args.api == "all"):
        parser.error("--airflow-version needs --api and an --out other than generated/")
    apis = list(APIS.values()) if args.api == "all" else [APIS[args.api]]
    if args.check:
        raise SystemExit(check(apis))
    for api in apis:
        with tempfile.TemporaryDirectory() as tmp:
            render(api, Path(tmp), args.airflow_version)
            target = args.out / api.python_package
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(Path(tmp) / api.python_package, target)


if __name__ == "__main__":
    main()
