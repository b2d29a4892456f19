"""Run by test_regeneration.py in a fresh interpreter, against whichever generated packages are
first on sys.path: print the facade's public API and the results of real calls, as JSON."""

from __future__ import annotations

import inspect
import json
import os
import sys
import uuid

import astro_airflow
import attrs
from astro_airflow import AirflowJWT, APIKey, Client
from astro_airflow import types as facade_types


def surface() -> dict[str, object]:
    out: dict[str, object] = {"__all__": sorted(astro_airflow.__all__)}
    classes = [astro_airflow.Client, astro_airflow.AsyncClient]
    from astro_airflow.resources import config, dag_runs, dags, pools, task_instances

    for module in (dags, dag_runs, task_instances, pools, config):
        classes += [getattr(module, name) for name in module.__all__]
    for cls in classes:
        out[cls.__name__] = {
            name: str(inspect.signature(member)) if callable(member) else "property"
            for name, member in inspect.getmembers(cls)
            if not name.startswith("_")
        }
    for name in facade_types.__all__:
        cls = getattr(facade_types, name)
        if attrs.has(cls):
            out[name] = {f.name: str(f.type) for f in attrs.fields(cls)}
    return out


def calls() -> dict[str, object]:
    major = os.environ["PROBE_MAJOR"]
    if major == "2":
        auth: APIKey | AirflowJWT = APIKey(os.environ["PROBE_KEY"])
    else:
        auth = AirflowJWT(os.environ["PROBE_USER"], os.environ["PROBE_PASSWORD"])
    with Client(os.environ["PROBE_URL"], auth=auth) as client:
        name = f"regen-{uuid.uuid4().hex[:8]}"
        created = client.pools.create(name, 2, description="probe")
        updated = client.pools.update(name, slots=4)
        client.pools.delete(name)
        run = client.dags.trigger("hello", {"probe": True}, run_id=f"regen_{uuid.uuid4().hex[:8]}")
        fetched = client.dag_runs.get("hello", run.run_id)
        return {
            "version": client.version(),
            "pool": [created.name == name, created.slots, updated.slots, created.raw is not None],
            "dag": client.dags.get("hello").dag_id,
            "run": [fetched.run_id == run.run_id, fetched.conf, fetched.raw is not None],
            "default_pool": client.pools.get("default_pool").name,
            "config": "dags_folder" in client.config.get("core"),
            "health": client.health().metadatabase,
            "generated_from": sys.modules[f"airflow_api_v{1 if major == '2' else 2}"].__file__,
        }


if __name__ == "__main__":
    print(json.dumps({"surface": surface(), "calls": calls()}, sort_keys=True))
