"""Secrets never leak: canary keys, passwords and JWTs run through every error path (a server that
echoes the credentials back in every kind of answer, connection failures, timeouts, faults, real
401/403s) with DEBUG logging on; no exception's ``str``/``repr``/traceback, no log record and no
CLI output may contain them. Credentials never go to another host on a redirect.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import secrets
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from astro_airflow import (
    AirflowError,
    AirflowJWT,
    APIKey,
    AsyncClient,
    BasicAuth,
    BearerToken,
    Client,
    UnexpectedResponseError,
)
from astro_airflow._auth import Auth

from .conftest import FIGURES, make_client, proxied
from .stubservers import Hung, Seen, StubServer, closed_port, html_answer, json_answer


def _b64url(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


HEX = secrets.token_hex(6)
CANARY_KEY = f"canary-KEY+/:={HEX}"  # characters that change under URL encoding
CANARY_PASSWORD = f"canary p@ss&w0rd={HEX}"
CANARY_JWT = ".".join(
    (
        _b64url({"alg": "HS256", "typ": "JWT"}),
        _b64url({"sub": "canary", "exp": 4102444800, "n": HEX}),
        "canarySig" + secrets.token_urlsafe(24),
    )
)
CANARY_USER = "admin"
BASIC_TOKEN = base64.b64encode(f"{CANARY_USER}:{CANARY_PASSWORD}".encode()).decode()
CANARIES = (CANARY_KEY, CANARY_PASSWORD, CANARY_JWT, CANARY_JWT.rsplit(".", 1)[1], BASIC_TOKEN)


def _forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote(secret), quote_plus(secret), json.dumps(secret)[1:-1]}


class Leaks:
    """Scans texts for canaries (in every encoded form); counts what it checked and found."""

    def __init__(self, canaries: tuple[str, ...] = CANARIES) -> None:
        self.canaries = canaries
        self.checked = 0
        self.paths = 0
        self.found: list[str] = []

    def scan(self, where: str, text: str) -> None:
        self.checked += 1
        for canary in self.canaries:
            for form in _forms(canary):
                if form in text:
                    self.found.append(f"{where}: {form!r} in {text[:300]!r}")

    def exception(self, where: str, exc: BaseException) -> None:
        self.paths += 1
        self.scan(f"{where} str", str(exc))
        self.scan(f"{where} repr", repr(exc))
        self.scan(f"{where} args", repr(exc.args))
        self.scan(f"{where} traceback", "".join(traceback.format_exception(exc)))
        for attr in ("request", "response"):
            if getattr(exc, attr, None) is not None:
                self.scan(f"{where} {attr}", repr(getattr(exc, attr)))

    def records(self, where: str, records: list[logging.LogRecord]) -> None:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        for record in records:
            self.scan(f"{where} log {record.name}", formatter.format(record))


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def debug_logs() -> Iterator[_Collect]:
    """Every record of astro_airflow, httpx and httpcore at DEBUG."""
    handler = _Collect()
    loggers = [logging.getLogger(n) for n in ("astro_airflow", "httpx", "httpcore", "")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    yield handler
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(handler)
        lg.setLevel(level)


@pytest.fixture
def leaks() -> Iterator[Leaks]:
    """Per test; the totals go to the session's figures."""
    found = Leaks()
    yield found
    tally = FIGURES.setdefault("secrets", {})
    tally["canaries found"] = tally.get("canaries found", 0) + len(found.found)
    tally["texts checked"] = tally.get("texts checked", 0) + found.checked
    tally["error paths run"] = tally.get("error paths run", 0) + found.paths


# -- a server that echoes the credentials in every kind of answer --------------------------------
def _echoed(seen: Seen) -> str:
    """Everything secret the request carried: the Authorization header, decoded basic credentials, body."""
    auth = seen.headers.get("Authorization", "")
    parts = [auth]
    if auth.startswith("Basic "):
        parts.append(base64.b64decode(auth[6:]).decode(errors="replace"))
    if seen.body:
        parts.append(seen.body.decode(errors="replace"))
    return " | ".join(parts)


def echo(seen: Seen) -> Any:
    path = seen.path.split("?")[0]
    secret = _echoed(seen)
    if path.endswith("/auth/token"):
        if "fail" in seen.path:
            return json_answer(401, {"detail": f"bad credentials {secret}"})
        return json_answer(201, {"access_token": CANARY_JWT})
    if path.endswith("/version"):
        if "/api/v2/" in path:
            return json_answer(200, {"version": "3.3.2"})
        return json_answer(404, {"detail": f"Not Found {secret}"})
    name = path.rsplit("/", 1)[-1]
    answers: dict[str, Callable[[], Any]] = {
        "e400": lambda: json_answer(400, {"title": "Bad Request", "detail": f"bad key {secret}", "status": 400}),
        "e401": lambda: json_answer(401, {"detail": f"invalid token {secret}"}),
        "e403": lambda: html_answer(403, f"<html><head><title>Forbidden {secret}</title></head><body>{secret}</body>"),
        "e404": lambda: (404, {"Content-Type": "text/plain"}, f"no route for {secret}".encode()),
        "e409": lambda: json_answer(409, {"error": f"exists {secret}"}),
        "e422": lambda: json_answer(422, {"detail": [{"loc": ["body", secret], "msg": f"bad {secret}"}]}),
        "e429": lambda: (429, {"Retry-After": "0", "Content-Type": "text/plain"}, secret.encode()),
        "e500": lambda: json_answer(500, {"message": f"boom {secret}"}),
        "e502": lambda: html_answer(502, f"<html><body><h1>502 {secret}</h1></body></html>"),
        "e200html": lambda: html_answer(200, f"<html><head><title>Log In {secret}</title></head></html>"),
        "e200text": lambda: (200, {"Content-Type": "text/plain"}, f"hello {secret}".encode()),
        "e200list": lambda: json_answer(200, [secret]),
        "e200badjson": lambda: (200, {"Content-Type": "application/json"}, f'{{"x": "{secret}'.encode()),
        "e302": lambda: (302, {"Location": f"http://127.0.0.1:9/login?token={quote(secret, safe='')}"}, b""),
    }
    return answers.get(name, lambda: json_answer(404, {"detail": f"no {name} {secret}"}))()


ECHO_PATHS = ("e400", "e401", "e403", "e404", "e409", "e422", "e429", "e500", "e502")
ECHO_PATHS += ("e200html", "e200text", "e200list", "e200badjson", "e302")


def _auths(base_url: str) -> list[tuple[str, Auth]]:
    return [
        ("APIKey", APIKey(CANARY_KEY)),
        ("BearerToken", BearerToken(CANARY_JWT)),
        ("BasicAuth", BasicAuth(CANARY_USER, CANARY_PASSWORD)),
        ("AirflowJWT", AirflowJWT(CANARY_USER, CANARY_PASSWORD)),
    ]


def test_echoed_secrets_never_appear(leaks: Leaks, debug_logs: _Collect) -> None:
    """Each auth kind × each kind of answer that echoes the credentials back."""
    errors = 0
    with StubServer(echo) as stub:
        for name, auth in _auths(stub.url):
            with Client(stub.url, auth=auth, api="v2", max_retries=1) as client:
                leaks.scan(f"{name} client repr", repr(client))
                leaks.scan(f"{name} auth repr/str", repr(auth) + str(auth))
                for path in ECHO_PATHS:
                    try:
                        client.pools.get(path)
                    except AirflowError as exc:
                        errors += 1
                        leaks.exception(f"{name} {path}", exc)
                    try:
                        client.dags.trigger(path, {"k": "v"}, run_id="r1")
                    except AirflowError as exc:
                        errors += 1
                        leaks.exception(f"{name} trigger {path}", exc)
    leaks.records("echo", debug_logs.records)
    assert errors >= 4 * len(ECHO_PATHS)
    assert not leaks.found, leaks.found[:5]


def test_echoed_secrets_in_version_detection(leaks: Leaks, debug_logs: _Collect) -> None:
    """Detection's own messages (tried URLs, what each answered, the api= mismatch probe)."""

    def detect_echo(seen: Seen) -> Any:
        secret = _echoed(seen)
        if "/api/v2/" in seen.path:
            return html_answer(200, f"<html><head><title>Sign in {secret}</title></head></html>")
        if "/api/v1/" in seen.path:
            return json_answer(200, {"service": secret, secret: 1})
        return (302, {"Location": f"http://127.0.0.1:9/?k={quote(secret, safe='')}"}, b"")

    with StubServer(detect_echo) as stub:
        for name, auth in _auths(stub.url)[:3]:
            for api in (None, "v1", "v2", "experimental"):
                with Client(stub.url, auth=auth, api=api) as client:  # type: ignore[arg-type]
                    try:
                        client.detect()
                    except AirflowError as exc:
                        leaks.exception(f"detect {name} api={api}", exc)
    leaks.records("detect", debug_logs.records)
    assert not leaks.found, leaks.found[:5]


def test_jwt_exchange_failure_and_env_credentials(leaks: Leaks, debug_logs: _Collect) -> None:
    """The password in a refused token exchange; username/password from the environment."""
    with StubServer(echo) as stub:
        auth = AirflowJWT(CANARY_USER, CANARY_PASSWORD, token_url=stub.url + "/auth/token?fail=1")
        with Client(stub.url, auth=auth) as client:
            try:
                client.pools.get("e401")
            except AirflowError as exc:
                leaks.exception("jwt exchange refused", exc)
        env = {
            "AIRFLOW_API_URL": stub.url,
            "AIRFLOW_API_USERNAME": CANARY_USER,
            "AIRFLOW_API_PASSWORD": CANARY_PASSWORD,
        }
        with Client.from_env(env) as client:
            leaks.scan("from_env repr", repr(client))
            for path in ("e401", "e403", "e500"):
                try:
                    client.pools.get(path)
                except AirflowError as exc:
                    leaks.exception(f"from_env {path}", exc)
    leaks.records("jwt", debug_logs.records)
    assert not leaks.found, leaks.found[:5]


def test_connection_failures_and_timeouts(leaks: Leaks, debug_logs: _Collect) -> None:
    urls = {
        "dns": "https://deployments.canary.invalid/r/airflow",
        "refused": f"http://127.0.0.1:{closed_port()}/r/airflow",
    }
    with StubServer(echo) as stub, Hung() as hung:
        urls["tls"] = stub.url.replace("http://", "https://")
        urls["hung"] = hung.url
        for kind, url in urls.items():
            for name, auth in _auths(url)[:3]:
                with Client(url, auth=auth, timeout=0.5, max_retries=1) as client:
                    try:
                        client.dags.trigger("hello", {"x": 1})
                    except AirflowError as exc:
                        leaks.exception(f"{kind} {name}", exc)
    leaks.records("connection", debug_logs.records)
    assert not leaks.found, leaks.found[:5]


async def test_async_client_echo(leaks: Leaks, debug_logs: _Collect) -> None:
    with StubServer(echo) as stub:
        for name, auth in _auths(stub.url):
            async with AsyncClient(stub.url, auth=auth, api="v2", max_retries=0) as client:
                for path in ECHO_PATHS:
                    try:
                        await client.pools.get(path)
                    except AirflowError as exc:
                        leaks.exception(f"async {name} {path}", exc)
    leaks.records("async", debug_logs.records)
    assert not leaks.found, leaks.found[:5]


# -- real servers -------------------------------------------------------------------------------
def test_real_server_rejects_canaries(airflow: Any, leaks: Leaks, debug_logs: _Collect) -> None:
    """A real 401 for a canary key / JWT / password; a real 403 and 404 with a real key, which is
    a secret too."""
    if airflow.major == 2:
        auths: list[Auth] = [APIKey(CANARY_KEY), BasicAuth(airflow.username, CANARY_PASSWORD)]
    else:
        auths = [BearerToken(CANARY_JWT), AirflowJWT(airflow.username, CANARY_PASSWORD)]
    for auth in auths:
        with Client(airflow.base_url, auth=auth) as client:
            try:
                client.pools.get("default_pool")
            except AirflowError as exc:
                leaks.exception(f"airflow{airflow.major} {type(auth).__name__}", exc)
    real = Leaks(canaries=tuple(s for s in (airflow.api_key, airflow.viewer_api_key, airflow.password) if s))
    with make_client(airflow, role="viewer") as viewer:
        for call in (lambda: viewer.pools.create("canary_pool", 1), lambda: viewer.pools.get("no_such_pool")):
            try:
                call()
            except AirflowError as exc:
                real.exception("viewer", exc)
                leaks.exception("viewer", exc)
        if isinstance(viewer._auth, AirflowJWT) and viewer._auth._token:
            real.canaries += (viewer._auth._token,)
    real.records("real", debug_logs.records)
    leaks.records("real", debug_logs.records)
    leaks.found += real.found
    leaks.checked += real.checked
    assert not leaks.found, leaks.found[:5]


def test_faults_with_real_credentials(airflow: Any, proxy_factory: Any, leaks: Leaks, debug_logs: _Collect) -> None:
    """A short burst of faults (no retries, so every fault surfaces) with the real credentials."""
    proxy = proxy_factory(airflow, fault_rate=0.5, seed=7, slow_seconds=1.5)
    with make_client(airflow, proxied(airflow, proxy), timeout=1, max_retries=0) as client:
        proxy.fault_rate = 0.0
        client.detect()
        proxy.fault_rate = 0.5
        for i in range(30):
            try:
                client.pools.get("default_pool") if i % 2 else client.dags.trigger(
                    "paused_dag", run_id=f"canary_{HEX}_{i}"
                )
            except AirflowError as exc:
                leaks.exception(f"fault {i}", exc)
        token = getattr(client._auth, "_token", None)
    proxy.fault_rate = 0.0
    real = Leaks(canaries=tuple(s for s in (airflow.api_key, airflow.password, token) if s and len(s) > 5))
    real.records("faults", debug_logs.records)
    leaks.found += real.found
    leaks.checked += real.checked
    assert proxy.total_injected() > 5
    assert not leaks.found, leaks.found[:5]


# -- the CLI ------------------------------------------------------------------------------------
def _cli(*argv: str) -> tuple[int, str]:
    from astro_airflow.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue() + err.getvalue()


def test_cli_output(leaks: Leaks, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AIRFLOW_API_URL", "AIRFLOW_API_TOKEN", "AIRFLOW_API_KEY", "ASTRO_AIRFLOW_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    runs = 0
    with StubServer(echo) as stub:
        creds = [
            ("--api-key", CANARY_KEY),
            ("--token", CANARY_JWT),
            ("--user", CANARY_USER, "--password", CANARY_PASSWORD, "--api", "v1"),
        ]
        for cred in creds:
            for command in (("pools", "get", "e401"), ("pools", "get", "e500"), ("pools", "get", "e200html")):
                code, output = _cli("--url", stub.url, *cred, "--debug", *command)
                runs += 1
                assert code != 0
                leaks.scan(f"cli {cred[0]} {command}", output)
            code, output = _cli("--url", stub.url, *cred, "--debug", "api", "GET", "pools/e401")
            leaks.scan(f"cli api {cred[0]}", output)
        code, output = _cli("--url", "https://deployments.canary.invalid/r/airflow", "--api-key", CANARY_KEY, "health")
        leaks.scan("cli dns", output)
    assert runs == 9
    assert not leaks.found, leaks.found[:5]


def test_cli_jwt_from_password_is_redacted(leaks: Leaks, monkeypatch: pytest.MonkeyPatch) -> None:
    """Airflow 3 via --user/--password: the CLI only knows the password, the JWT comes from the server."""
    for name in ("AIRFLOW_API_URL", "AIRFLOW_API_TOKEN", "AIRFLOW_API_KEY", "ASTRO_AIRFLOW_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with StubServer(echo) as stub:
        for command in (("pools", "get", "e401"), ("api", "GET", "pools/e401"), ("api", "GET", "pools/e200text")):
            _code, output = _cli(
                "--url", stub.url, "--user", CANARY_USER, "--password", CANARY_PASSWORD, "--api", "v2", *command
            )
            leaks.scan(f"cli jwt {command}", output)
    assert not leaks.found, leaks.found[:3]


# -- redirects ----------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_never_sends_credentials_to_another_host(status: int, leaks: Leaks) -> None:
    with StubServer(lambda seen: json_answer(200, {"version": "3.3.2"})) as elsewhere:
        target = f"http://localhost:{elsewhere.port}"

        def redirect(seen: Seen) -> Any:
            return status, {"Location": target + seen.path}, b""

        with StubServer(redirect) as home:
            for name, auth in _auths(home.url):
                for api in (None, "v2"):
                    with Client(home.url, auth=auth, api=api) as client:  # type: ignore[arg-type]
                        try:
                            client.pools.get("default_pool")
                        except AirflowError as exc:
                            leaks.exception(f"redirect {status} {name}", exc)
                            # (AirflowJWT's token exchange says "301 ... is not an Airflow 3 token")
                            assert "redirect" in str(exc).lower() or name == "AirflowJWT", str(exc)
                        else:
                            raise AssertionError("a redirect was followed")
            assert home.requests, "the client did call the home server"
            assert elsewhere.requests == [], [(r.method, r.path, r.headers) for r in elsewhere.requests]
    assert not leaks.found, leaks.found[:5]


def test_generated_client_hatch_does_not_follow_redirects() -> None:
    with StubServer(lambda seen: json_answer(200, {"pools": [], "total_entries": 0})) as elsewhere:

        def home_answer(seen: Seen) -> Any:
            if seen.path.endswith("/version"):
                return json_answer(200, {"version": "2.11.2"})
            return 302, {"Location": f"http://localhost:{elsewhere.port}{seen.path}"}, b""

        with StubServer(home_answer) as home, Client(home.url, auth=APIKey(CANARY_KEY), api="v1") as client:
            client.detect()
            with pytest.raises(UnexpectedResponseError) as info:  # a redirect is an error, never followed
                client.api.get_httpx_client().get("/pools")
            assert info.value.status_code == 302 and CANARY_KEY not in str(info.value)
            time.sleep(0.1)
            assert elsewhere.requests == []
