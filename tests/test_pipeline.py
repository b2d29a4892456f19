"""The spec → patch → generate pipeline, and the package built from it."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402
from patches import PatchError, apply_patches, classify, patch_files  # noqa: E402
from specs import APIS, load_yaml, merged_spec, pristine_files, read_source, sha256  # noqa: E402


@pytest.mark.parametrize("api", sorted(APIS))
def test_pristine_specs_match_their_source_record(api: str) -> None:
    record = read_source(APIS[api])
    assert record["package"] == APIS[api].package
    files = pristine_files(APIS[api])  # raises when a file was edited
    for rec in record["files"]:
        assert sha256(files[rec["saved_as"]]) == rec["sha256"]
        assert rec["path_in_wheel"].startswith("airflow/")


def test_edited_spec_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import specs

    api = APIS["v1"]
    folder = tmp_path / "v1"
    folder.mkdir()
    (folder / "source.json").write_text((api.folder / "source.json").read_text())
    (folder / "v1.yaml").write_bytes((api.folder / "v1.yaml").read_bytes().replace(b"Airflow", b"Airfl0w", 1))
    monkeypatch.setattr(specs, "OPENAPI", tmp_path)
    with pytest.raises(SystemExit) as info:
        specs.pristine_files(api)
    assert "never hand-edited" in str(info.value)


#: patches that fix older releases only: at the pins the spec already says what they write
#: (tests/regeneration/test_releases.py checks that each applies to the release named here)
KEPT_FOR_OLDER_RELEASES = {"v2": {"0006-unique-operation-ids": "3.0.0"}}


@pytest.mark.parametrize("api", sorted(APIS))
def test_patches_apply_cleanly_and_name_their_proof(api: str) -> None:
    files = patch_files(APIS[api].folder)
    for path in files:
        patch = load_yaml(path.read_bytes())
        assert patch["proved_by"].strip() and patch["description"].strip()
    spec = merged_spec(APIS[api], pristine_files(APIS[api]))
    patched, results = classify(spec, files)
    outcomes = {r.stem: r.outcome for r in results}
    kept = KEPT_FOR_OLDER_RELEASES.get(api, {})
    assert {name for name, outcome in outcomes.items() if outcome != "applies"} == set(kept), outcomes
    assert all(outcomes[name] == "obsolete" for name in kept)
    # every guard of the others applies at the pin: nothing is skipped there
    assert all(g.outcome == "applies" for r in results if r.stem not in kept for g in r.guards)
    strict = [f for f in files if f.stem not in kept]
    assert apply_patches(spec, strict) == patched


def test_patch_test_op_guards_against_upstream_change() -> None:
    spec = {"paths": {"/a": {"get": {"parameters": [{"name": "x", "schema": {"type": "string"}}]}}}}
    guarded = [
        {"op": "test", "path": "/paths/~1a/get/parameters/0/name", "value": "y"},
        {"op": "replace", "path": "/paths/~1a/get/parameters/0/schema", "value": {"type": "integer"}},
    ]
    from patches import apply_operation

    with pytest.raises(PatchError, match="test failed"):
        for op in guarded:
            apply_operation(spec, op)
    apply_operation(spec, {"op": "add", "path": "/paths/~1a/get/parameters/0/schema/nullable", "value": True})
    assert spec["paths"]["/a"]["get"]["parameters"][0]["schema"] == {"type": "string", "nullable": True}


def test_v2_includes_the_token_endpoints() -> None:
    spec = merged_spec(APIS["v2"], pristine_files(APIS["v2"]))
    assert "/auth/token" in spec["paths"] and "/auth/token/cli" in spec["paths"]
    assert (ROOT / "generated/airflow_api_v2/api/simple_auth_manager_login/create_token.py").exists()


def test_generation_is_deterministic_and_catches_a_one_character_edit(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    generate.render(APIS["v1"], a)
    generate.render(APIS["v1"], b)
    assert generate.diff_trees(a / "airflow_api_v1", b / "airflow_api_v1") == []
    # ... and equal to what is checked in
    assert generate.diff_trees(a / "airflow_api_v1", ROOT / "generated/airflow_api_v1") == []
    target = b / "airflow_api_v1/api/pool/get_pool.py"
    target.write_text(target.read_text().replace("pool_name", "pool_nam3", 1))
    assert generate.diff_trees(a / "airflow_api_v1", b / "airflow_api_v1") == ["differs: api/pool/get_pool.py"]


@pytest.mark.parametrize("api", sorted(APIS))
def test_every_operation_is_generated(api: str) -> None:
    spec = generate.patched_spec(APIS[api])
    made = generate.generated_operations(ROOT / "generated" / APIS[api].python_package)
    assert made == generate.spec_operations(spec)
    assert len(made) == {"v1": 89, "v2": 132}[api]


def test_importing_the_facade_imports_nothing_generated() -> None:
    """Nor what httpx itself imports only on first use (httpcore, h11: ~28 ms), nor asyncio."""
    code = (
        "import sys, astro_airflow; "
        "print(sorted(m for m in sys.modules if m.startswith(('airflow_api', 'astro_airflow.resources', "
        "'astro_airflow._adapters', 'astro_airflow._generated', 'astro_airflow.cli', 'dateutil', 'httpcore', "
        "'h11', 'asyncio', 'attrs', 'attr'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == []


def test_one_endpoint_module_loads_only_its_models() -> None:
    code = "import sys, airflow_api_v2.api.pool.get_pool as m; print(len([x for x in sys.modules if '.models.' in x]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) < 10  # not the ~200 models of the whole package


def test_wheel_installs_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], check=True, capture_output=True
    )
    (wheel,) = dist.glob("astro_airflow-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    check = (
        "import astro_airflow, airflow_api_v1, airflow_api_v2, importlib.resources as r;"
        "import airflow_api_v1.api.dag_run.post_dag_run, airflow_api_v2.api.dag_run.trigger_dag_run;"
        "assert all(r.files(p).joinpath('py.typed').is_file() for p in "
        "('astro_airflow', 'airflow_api_v1', 'airflow_api_v2'));"
        "print(astro_airflow.__version__)"
    )
    out = subprocess.run([str(py), "-c", check], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0.1.0"
    assert (
        str(ROOT)
        not in subprocess.run(
            [str(py), "-c", "import astro_airflow; print(astro_airflow.__file__)"], capture_output=True, text=True
        ).stdout
    )
