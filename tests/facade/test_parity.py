"""Sync and async twins: every ``X``/``AsyncX`` (or ``SyncX``/``AsyncX``) pair of the package, found by
walking its modules, has the same public names, the same full signatures (parameter names, kinds,
defaults and annotations, with ``Async`` names read as their sync twins) and the right awaitability:
a method of the async twin is a coroutine function exactly where the sync one returns a value (not a
pager, which both return as is)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import astro_airflow

#: members of a sync class (or of its bases) that its async twin cannot have, and why
SYNC_ONLY = {
    ("SyncPager", "total_entries"): "a property cannot await: the async pager has `await first_page()`",
}
#: httpx's own names for the async side of a transport
ASYNC_NAMES = {"aclose": "close", "handle_async_request": "handle_request"}
#: methods that do no I/O in either twin (they return at once)
NOT_AWAITED = {"with_options"}
_ASYNC_NAME = re.compile(r"\bAsync(?=[A-Z])")
_ASYNC_TYPES = {"AsyncIterator": "Iterator", "Awaitable": "", "Coroutine": ""}


def _classes() -> dict[str, dict[str, type]]:
    found: dict[str, dict[str, type]] = {}
    modules = [astro_airflow.__name__] + [
        m.name for m in pkgutil.walk_packages(astro_airflow.__path__, "astro_airflow.") if not m.name.endswith(".cli")
    ]
    for name in modules:
        module = importlib.import_module(name)
        for cls_name, cls in vars(module).items():
            if inspect.isclass(cls) and cls.__module__ == name:
                found.setdefault(name, {})[cls_name] = cls
    return found


def pairs() -> list[tuple[type, type]]:
    out = []
    for classes in _classes().values():
        for name, cls in classes.items():
            if name.startswith("Async") and name[5:6].isupper():
                twin = classes.get(name[5:]) or classes.get("Sync" + name[5:])
                assert twin is not None, f"{cls.__module__}.{name} has no sync twin"
                out.append((twin, cls))
    return out


def _norm(annotation: Any) -> str:
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    text = _ASYNC_NAME.sub("", text)
    for name, sync in _ASYNC_TYPES.items():
        text = text.replace(name, sync)
    return text.replace("SyncPager", "Pager").replace("AsyncPager", "Pager").replace("[]", "")


def _signature(fn: Any) -> list[tuple[str, Any, Any, str]]:
    sig = inspect.signature(fn)
    params = [(p.name, p.kind, p.default, _norm(p.annotation)) for p in sig.parameters.values()]
    return [*params, ("return", None, None, _norm(sig.return_annotation))]


def _returns_pager(fn: Any) -> bool:
    return "Pager" in _norm(inspect.signature(fn).return_annotation)


def test_twins_are_found() -> None:
    names = {(s.__name__, a.__name__) for s, a in pairs()}
    for expected in [("Client", "AsyncClient"), ("Pools", "AsyncPools"), ("SyncPager", "AsyncPager")]:
        assert expected in names
    assert len(names) >= 12, names


def test_twins_have_the_same_surface_and_signatures() -> None:
    problems = []
    for sync_cls, async_cls in pairs():
        sync_names = {n for n in dir(sync_cls) if not n.startswith("_")}
        async_names = {ASYNC_NAMES.get(n, n) for n in dir(async_cls) if not n.startswith("_")}
        bases = {base.__name__ for base in sync_cls.__mro__}
        missing = {n for n in sync_names - async_names if not any((b, n) in SYNC_ONLY for b in bases)}
        if missing or async_names - sync_names:
            problems.append(
                f"{async_cls.__name__}: missing {sorted(missing)}, extra {sorted(async_names - sync_names)}"
            )
        for name in sorted(sync_names & async_names):
            async_name = (
                {v: k for k, v in ASYNC_NAMES.items()}.get(name, name) if not hasattr(async_cls, name) else name
            )
            sync_member = inspect.getattr_static(sync_cls, name)
            async_member = inspect.getattr_static(async_cls, async_name)
            if isinstance(sync_member, property) or hasattr(sync_member, "func"):  # property, cached_property
                getter = getattr(sync_member, "fget", None) or sync_member.func
                agetter = getattr(async_member, "fget", None) or getattr(async_member, "func", None)
                if agetter is None:
                    problems.append(f"{async_cls.__name__}.{name}: not a property like its twin")
                elif _norm(inspect.signature(getter).return_annotation) != _norm(
                    inspect.signature(agetter).return_annotation
                ):
                    problems.append(f"{async_cls.__name__}.{name}: property types differ")
                continue
            sync_fn, async_fn = getattr(sync_cls, name), getattr(async_cls, async_name)
            if not callable(sync_fn):
                continue
            if _signature(sync_fn) != _signature(async_fn):
                problems.append(f"{async_cls.__name__}.{name}: {_signature(sync_fn)} != {_signature(async_fn)}")
            if inspect.iscoroutinefunction(sync_fn):
                problems.append(f"{sync_cls.__name__}.{name} is a coroutine function")
            if "Iterator" in _norm(inspect.signature(sync_fn).return_annotation):
                if not inspect.isasyncgenfunction(async_fn):
                    problems.append(f"{async_cls.__name__}.{name} is not an async generator like its twin's iterator")
                continue
            no_io = (
                _returns_pager(sync_fn) or name in NOT_AWAITED or isinstance(sync_member, classmethod | staticmethod)
            )
            if inspect.iscoroutinefunction(async_fn) == no_io:
                problems.append(f"{async_cls.__name__}.{name}: awaitable={not no_io} expected, it is not")
    assert not problems, "\n".join(problems)
