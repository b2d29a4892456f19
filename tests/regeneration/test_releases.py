"""``make regenerate`` for real Airflow releases other than the pins, without any leniency: each pair
is regenerated as one transaction into a copy of openapi/ + generated/ (the real tree is never
touched), the patch table must be what each release's spec calls for, the verdict is printed, and
the new pins must reproduce the new generated/ exactly (``make check-generated``).

Slow-ish: it downloads the wheels once (``pip download --no-deps`` into .cache/wheels) and runs the
generator twice per API and release (30-65 s per pair on the 2-core development machine).
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402
import regenerate  # noqa: E402
from specs import APIS  # noqa: E402

ALL_APPLY_V1 = {f"000{i}": "applies" for i in range(1, 9)}
ALL_APPLY_V2 = {f"000{i}": "applies" for i in range(1, 7)}
HITL = "GET .../{map_index}/hitlDetails/tries/{try_number}"
MAP_INDEX = "PATCH .../taskInstances/{task_id}/{map_index}, PATCH .../taskInstances/{task_id}/{map_index}/dry_run"
BY_MAP_INDEX = "GET .../{task_id}/{map_index}/dependencies, " + MAP_INDEX
#: patch number -> (class, detail) where they differ from "applies" with every guard
EXPECTED: dict[str, dict[str, tuple[str, str]]] = {
    "2.10.5": {},
    "2.9.3": {"0006": ("not applicable", "absent: schema TaskInstanceHistoryCollection")},
    "2.7.0": {
        "0005": ("not applicable", "absent: schema QueuedEventCollection"),
        "0006": ("not applicable", "absent: schema TaskInstanceHistoryCollection"),
    },
    "3.1.8": {
        "0001": ("applies", f"2 of 3 guards; absent: {HITL}"),
        "0006": ("obsolete", f"already in the spec: {BY_MAP_INDEX}"),
    },
    "3.2.2": {"0006": ("obsolete", f"already in the spec: {BY_MAP_INDEX}")},
    # 3.0.0 typed the two map_index path parameters as plain integers itself; 0006 exists for it
    "3.0.0": {
        "0001": ("obsolete", f"absent: {HITL}; already in the spec: {MAP_INDEX}"),
    },
}
PAIRS = [("2.10.5", "3.1.8"), ("2.9.3", "3.2.2"), ("2.7.0", "3.0.0")]
TRIES = ["task_instance.get_mapped_task_instance_tries", "task_instance.get_task_instance_tries"]
STRINGIFY = ("x_com.get_xcom_entry", "query parameter stringify removed (the facade passes it)")
#: the operations the facade calls that each release's spec lacks (or whose inputs differ), with the problem
CALLS: dict[str, list[tuple[str, str]]] = {
    "2.10.5": [],
    "2.9.3": [*((op, "not in this spec") for op in TRIES), STRINGIFY],  # both added in 2.10
    "2.7.0": [
        *(
            (op, "not in this spec")
            for op in (
                "dataset.create_dataset_event",
                "dataset.delete_dag_dataset_queued_events",
                "dataset.get_dag_dataset_queued_events",
                *TRIES,
            )
        ),
        STRINGIFY,
    ],
    "3.2.2": [],
    "3.1.8": [("x_com.delete_xcom_entry", "not in this spec")],  # DELETE of an XCom entry: Airflow 3.2
    "3.0.0": [("x_com.delete_xcom_entry", "not in this spec")],
}


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for name in ("openapi", "generated"):
        for p in sorted((root / name).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                digest.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize(("v1", "v2"), PAIRS, ids=[f"{a}+{b}" for a, b in PAIRS])
def test_regenerate_for_other_releases(v1: str, v2: str, tmp_path: Path) -> None:
    real = tree_digest(ROOT)
    repo = tmp_path / "repo"
    for name in ("openapi", "generated"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = io.StringIO()
    outcomes = {o.api: o for o in regenerate.regenerate({"v1": v1, "v2": v2}, root=repo, out=out)}
    text = out.getvalue()
    sys.stdout.write(text)  # the tables and verdicts, for `pytest -s`

    for api, version in (("v1", v1), ("v2", v2)):
        outcome = outcomes[api]
        assert (outcome.old, outcome.new) == (regenerate.read_source(APIS[api])["airflow_version"], version)
        got = {r.stem[:4]: (r.outcome, r.detail()) for r in outcome.patches}
        expected = {n: ("applies", "") for n in (ALL_APPLY_V1 if api == "v1" else ALL_APPLY_V2)}
        expected.update(EXPECTED[version])
        assert got == expected, (api, version)
        assert f"patches against {APIS[api].package} {version}:" in text
        assert (repo / "openapi" / api / "source.json").read_text().count(f'"airflow_version": "{version}"') == 1
        # the verdict closes the diff, and says whether the facade needs attention
        assert isinstance(outcome.verdict["attention"], list)
        calls = [(c["operation"], "; ".join(c["problems"])) for c in outcome.verdict["call_attention"]]
        assert calls == CALLS[version], (api, version)
        assert outcome.verdict["needs_attention"] is bool(calls or outcome.verdict["attention"])
    assert text.count("== Verdict ==") == 2
    assert text.count("  facade calls: ") == 2
    assert text.count("facade result types: ") == 2

    # `make check-generated` semantics: the new pins reproduce the new generated/ byte for byte
    assert generate.check(list(APIS.values()), openapi=repo / "openapi", generated=repo / "generated") == 0
    assert tree_digest(ROOT) == real, "the real openapi/ and generated/ are never touched"
    assert not list(repo.glob(".regenerate-*")) and not list(ROOT.glob(".regenerate-*"))
