"""Transport behaviour only (retries, timeouts, faults, auth flows), with httpx.MockTransport.

Every feature here is also exercised against the real servers elsewhere; these tests make the
faults happen on demand.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from astro_airflow import (
    AirflowJWT,
    APIConnectionError,
    APIKey,
    APITimeoutError,
    APIVersionError,
    AsyncClient,
    AuthenticationError,
    BasicAuth,
    BearerToken,
    Client,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)

BASE = "https://deployments.example.com/galactic-stars-1234/airflow"
CANARY = "canary-secret-5f1e"
Handler = Callable[[httpx.Request], httpx.Response]


def v1_server(routes: dict[str, Handler | list[Handler]]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """An Airflow-2-shaped mock: /api/v1/version answers, routes by 'METHOD path-suffix'."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path.endswith("/api/v2/version"):
            return httpx.Response(404, text="<html><title>404 Not Found</title></html>")
        if path.endswith("/api/v1/version"):
            return httpx.Response(200, json={"version": "2.11.2", "git_version": None})
        for key, handler in routes.items():
            method, suffix = key.split(" ", 1)
            if request.method == method and path.endswith(suffix):
                if isinstance(handler, list):
                    return handler.pop(0)(request) if len(handler) > 1 else handler[0](request)
                return handler(request)
        return httpx.Response(404, json={"title": "Not Found", "detail": f"no route {path}", "status": 404})

    return httpx.MockTransport(handle), seen


POOL = {"name": "p", "slots": 3, "occupied_slots": 0, "open_slots": 3, "description": None}


def ok_pool(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=POOL)


def make(transport: httpx.MockTransport, **options: Any) -> Client:
    http = httpx.Client(transport=transport)
    return Client(BASE, auth=APIKey(CANARY), http_client=http, **options)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept


def test_raw_api_key_header_and_prefix() -> None:
    transport, seen = v1_server({"GET /pools/p": ok_pool})
    client = make(transport)
    assert client.pools.get("p").slots == 3
    request = seen[-1]
    assert request.headers["authorization"] == CANARY  # no scheme: Astronomer service-account style
    assert request.url.path == "/galactic-stars-1234/airflow/api/v1/pools/p"
    assert request.headers["user-agent"].startswith("astro-airflow/")
    assert "gzip" in request.headers["accept-encoding"] and request.headers["accept"] == "application/json"


@pytest.mark.parametrize(
    ("auth", "header"),
    [
        (BearerToken(CANARY), f"Bearer {CANARY}"),
        (BasicAuth("u", CANARY), "Basic " + base64.b64encode(f"u:{CANARY}".encode()).decode()),
    ],
)
def test_other_auth_headers(auth: Any, header: str) -> None:
    transport, seen = v1_server({"GET /pools/p": ok_pool})
    client = Client(BASE, auth=auth, http_client=httpx.Client(transport=transport))
    client.pools.get("p")
    assert seen[-1].headers["authorization"] == header
    assert CANARY not in repr(auth) and CANARY not in repr(client)


def test_retries_502_503_then_succeeds(no_sleep: list[float]) -> None:
    transport, seen = v1_server(
        {
            "GET /pools/p": [
                lambda r: httpx.Response(502, text="bad gateway"),
                lambda r: httpx.Response(503, headers={"Retry-After": "3"}, text="busy"),
                ok_pool,
            ]
        }
    )
    assert make(transport).pools.get("p").name == "p"
    assert len([r for r in seen if r.url.path.endswith("/pools/p")]) == 3
    assert no_sleep[1] == 3.0  # Retry-After honoured
    assert 0 < no_sleep[0] <= 0.5


def test_retry_gives_up_with_typed_error() -> None:
    transport, _ = v1_server({"GET /pools/p": lambda r: httpx.Response(503, json={"title": "Service Unavailable"})})
    with pytest.raises(InternalServerError) as info:
        make(transport, max_retries=1).pools.get("p")
    assert info.value.status_code == 503 and info.value.safe_to_retry


def test_429_is_rate_limit_error_after_retries() -> None:
    transport, seen = v1_server({"GET /pools/p": lambda r: httpx.Response(429, headers={"Retry-After": "1"})})
    with pytest.raises(RateLimitError):
        make(transport, max_retries=2).pools.get("p")
    assert len([r for r in seen if r.url.path.endswith("/pools/p")]) == 3


def test_post_without_idempotency_is_not_retried_after_lost_answer() -> None:
    calls = []

    def reset(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    transport, _ = v1_server({"POST /pools": reset})
    with pytest.raises(APIConnectionError) as info:
        make(transport).pools.create("p", 3)
    assert len(calls) == 1 and info.value.safe_to_retry is False
    assert "RemoteProtocolError" in str(info.value) and CANARY not in str(info.value)


def test_trigger_with_run_id_is_retried_after_lost_answer() -> None:
    attempts: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ReadError("connection reset", request=request)
        body = json.loads(request.content)
        return httpx.Response(200, json={"dag_id": "hello", "dag_run_id": body["dag_run_id"], "state": "queued"})

    transport, _ = v1_server({"POST /dags/hello/dagRuns": flaky})
    run = make(transport).dags.trigger("hello", run_id="r1")
    assert run.run_id == "r1" and len(attempts) == 2


def test_connect_error_is_always_safe_to_retry() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    client = Client(BASE, auth=APIKey(CANARY), http_client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(APIConnectionError) as info:
        client.version()
    assert info.value.safe_to_retry and "Connection refused" in str(info.value) and "host name" in str(info.value)


def test_timeout_is_typed_and_says_what_to_do() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    transport, _ = v1_server({"GET /pools/p": slow})
    with pytest.raises(APITimeoutError) as info:
        make(transport, max_retries=0).pools.get("p")
    assert "timed out" in str(info.value) and "timeout" in str(info.value)


def test_html_login_page_with_200_is_unexpected_response() -> None:
    page = "<html><head><title>Sign In - Astronomer</title></head><body>login</body></html>"
    transport, _ = v1_server({"GET /pools/p": lambda r: httpx.Response(200, html=page)})
    with pytest.raises(UnexpectedResponseError) as info:
        make(transport).pools.get("p")
    message = str(info.value)
    assert "Sign In - Astronomer" in message and "login page" in message and "release name" in message


def test_redirect_is_not_followed_and_auth_stays_home() -> None:
    seen: list[httpx.Request] = []

    def redirect(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.example.net/login"})

    transport, _ = v1_server({"GET /pools/p": redirect})
    with pytest.raises(UnexpectedResponseError) as info:
        make(transport).pools.get("p")
    assert "redirect" in str(info.value) and "evil.example.net" in str(info.value)
    assert all(r.url.host == "deployments.example.com" for r in seen)


def test_problem_json_and_fastapi_detail_messages() -> None:
    transport, _ = v1_server(
        {
            "GET /pools/p": lambda r: httpx.Response(
                404, json={"title": "Pool not found", "detail": "Pool with name:'p' not found", "status": 404}
            ),
            "POST /pools": lambda r: httpx.Response(
                422, json={"detail": [{"loc": ["body", "slots"], "msg": "Input should be a valid integer"}]}
            ),
        }
    )
    client = make(transport)
    with pytest.raises(NotFoundError) as info:
        client.pools.get("p")
    assert "Pool with name:'p' not found" in str(info.value) and "GET " in str(info.value)
    with pytest.raises(UnprocessableEntityError) as info2:
        client.pools.create("p", 1)
    assert "slots: Input should be a valid integer" in str(info2.value)


def test_error_echoing_the_key_is_redacted() -> None:
    transport, _ = v1_server(
        {"GET /pools/p": lambda r: httpx.Response(401, json={"title": "Unauthorized", "detail": f"bad key {CANARY}"})}
    )
    with pytest.raises(AuthenticationError) as info:
        make(transport).pools.get("p")
    assert CANARY not in str(info.value) and "***" in str(info.value)
    assert "service-account key" in str(info.value)


def test_unknown_enum_extra_field_and_null_do_not_crash() -> None:
    """A newer server: new run state, new field, null where the spec promised a value."""
    run = {
        "dag_id": "d",
        "dag_run_id": "r",
        "state": "brand_new_state",
        "new_field": [1],
        "logical_date": None,
        "start_date": "not a date",
        "conf": None,
        "run_type": "asset_partition",
    }
    transport, _ = v1_server({"GET /dags/d/dagRuns/r": lambda r: httpx.Response(200, json=run)})
    got = make(transport).dag_runs.get("d", "r")
    assert got.state == "brand_new_state" and got.logical_date is None and got.start_date is None
    assert got.conf == {} and got.data["new_field"] == [1]


def test_timeout_none_is_refused_and_bad_url_is_clear() -> None:
    with pytest.raises(ConfigurationError):
        Client(BASE, timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError) as info:
        Client("deployments.example.com/x", auth=APIKey(CANARY))
    assert "https://deployments.example.com/<release-name>/airflow" in str(info.value)


def test_astronomer_and_astro_constructors() -> None:
    client = Client.astronomer_software(base_domain="example.com", release_name="galactic-stars-1234", api_key=CANARY)
    assert client.base_url == BASE
    bare = Client.astronomer_software(base_domain="example.com", release_name="r", api_key=CANARY, path_prefix="")
    assert bare.base_url == "https://deployments.example.com/r"
    astro = Client.astro(deployment_url="abc.astronomer.run/d1", token=CANARY)
    assert astro.base_url == "https://abc.astronomer.run/d1" and CANARY not in repr(astro)


def test_from_env_names_the_missing_variable() -> None:
    with pytest.raises(ConfigurationError) as info:
        Client.from_env({"ASTRO_AIRFLOW_BASE_DOMAIN": "example.com", "ASTRO_AIRFLOW_RELEASE_NAME": "r"})
    assert "ASTRO_AIRFLOW_API_KEY" in str(info.value)
    client = Client.from_env(
        {"ASTRO_AIRFLOW_BASE_DOMAIN": "example.com", "ASTRO_AIRFLOW_RELEASE_NAME": "r", "ASTRO_AIRFLOW_API_KEY": CANARY}
    )
    assert client.base_url == "https://deployments.example.com/r/airflow"
    token = Client.from_env({"AIRFLOW_API_URL": "https://x.example.com/d", "AIRFLOW_API_TOKEN": CANARY})
    assert "BearerToken" in repr(token)
    with pytest.raises(ConfigurationError) as info2:
        Client.from_env({})
    assert "AIRFLOW_API_URL" in str(info2.value)


def _jwt(exp: float) -> str:
    def part(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS512'})}.{part({'sub': 'admin', 'exp': exp})}.sig"


class JWTServer:
    """Airflow 3 shaped: /auth/token issues tokens; tokens listed in ``revoked`` get 401."""

    def __init__(self, lifetime: float = 3600.0) -> None:
        self.lifetime = lifetime
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/auth/token"):
            with self.lock:
                token = _jwt(time.time() + self.lifetime) + str(len(self.issued))
                self.issued.append(token)
            return httpx.Response(201, json={"access_token": token})
        if path.endswith("/api/v2/version"):
            return httpx.Response(200, json={"version": "3.3.2"})
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.revoked:
            return httpx.Response(403, json={"detail": "Invalid JWT token"})  # e.g. the server's secret changed
        if bearer not in self.issued:
            return httpx.Response(401, json={"detail": "Token Expired"})
        return httpx.Response(200, json=POOL)


def jwt_client(server: JWTServer, auth: AirflowJWT) -> Client:
    return Client("http://af3.local/prefix", auth=auth, http_client=httpx.Client(transport=httpx.MockTransport(server)))


def test_jwt_exchanged_once_and_reexchanged_when_rejected() -> None:
    server = JWTServer()
    auth = AirflowJWT("admin", CANARY)
    client = Client(
        "http://af3.local/prefix", auth=auth, http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    for _ in range(3):
        client.pools.get("p")
    assert auth.exchanges == 1
    server.revoked.add(server.issued[0])
    assert client.pools.get("p").name == "p"
    assert auth.exchanges == 2 and CANARY not in repr(auth)


def test_jwt_single_flight_under_threads() -> None:
    server = JWTServer()
    auth = AirflowJWT("admin", CANARY)
    client = Client(
        "http://af3.local/prefix", auth=auth, http_client=httpx.Client(transport=httpx.MockTransport(server))
    )
    client.detect()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                client.pools.get("p")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(server.issued) == 1


async def test_jwt_single_flight_async() -> None:
    server = JWTServer()
    auth = AirflowJWT("admin", CANARY)
    client = AsyncClient(
        "http://af3.local/prefix", auth=auth, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
    )
    await asyncio.gather(*(client.pools.get("p") for _ in range(200)))
    assert len(server.issued) == 1 and auth.exchanges == 1


def test_expired_jwt_is_refreshed_before_use() -> None:
    server = JWTServer(lifetime=10)  # inside the 30 s leeway: every use needs a fresh one
    auth = AirflowJWT("admin", CANARY)
    client = jwt_client(server, auth)
    client.detect()
    before = auth.exchanges
    client.pools.get("p")
    client.pools.get("p")
    assert auth.exchanges - before == 2


def test_json_of_the_wrong_shape_is_a_typed_error() -> None:
    transport, _ = v1_server({"GET /pools/p": lambda r: httpx.Response(200, json={"ok": True})})
    with pytest.raises(UnexpectedResponseError) as info:
        make(transport).pools.get("p")
    assert "KeyError: 'name'" in str(info.value) and "base URL" in str(info.value)


def test_query_strings_are_the_ones_httpx_would_send() -> None:
    """The facade encodes generated endpoints' params itself (faster than httpx's ``params=``): the
    URL on the wire must be exactly httpx's, for every kind of value Airflow's filters take."""
    from astro_airflow._base_client import Call, Context

    ctx = Context(base_url="http://h/r/airflow", auth=None, max_retries=0, timeout=httpx.Timeout(5), page_size=100)
    params = {
        "limit": 100,
        "offset": 0,
        "state": ["queued", "running"],
        "tags": ["a b", "x+y", "é/ü", "c&d=e", "~._-", ""],
        "paused": True,
        "only_active": False,
        "dag_id_pattern": "foo%_bar:*",
        "logical_date_gte": "2021-11-16T11:34:00+00:00",
        "ratio": 1.5,
    }
    ours = ctx.build_request(Call("GET", "api/v1/dags", params)).url
    assert ours == httpx.Request("GET", "http://h/r/airflow/api/v1/dags", params=params).url
    assert ctx.build_request(Call("GET", "api/v1/dags", {})).url == "http://h/r/airflow/api/v1/dags"


@pytest.mark.parametrize(
    "make",
    [
        lambda: APIKey(""),
        lambda: APIKey("   "),
        lambda: BearerToken(None),  # type: ignore[arg-type]
        lambda: BasicAuth("admin", ""),
        lambda: AirflowJWT("", "secret-pw"),
    ],
    ids=["empty key", "blank key", "token None", "empty password", "empty username"],
)
def test_empty_credentials_are_a_configuration_error(make: Callable[[], Any]) -> None:
    """An unset variable gives an empty credential: said at construction, before anything is sent."""
    with pytest.raises(ConfigurationError, match=r"needs .* non-empty string") as info:
        make()
    assert isinstance(info.value, ValueError) and "secret-pw" not in str(info.value)


def test_gets_are_never_answered_from_a_cache_and_carry_the_clients_headers() -> None:
    """``Cache-Control: no-cache`` on every GET (a cached "running" would make wait() wait forever), none on
    writes; the client's ``headers=`` and User-Agent on resource calls and generated calls alike."""
    from airflow_api_v1.api.pool import get_pool

    transport, seen = v1_server({"GET /pools/p": ok_pool, "DELETE /pools/p": lambda r: httpx.Response(204)})
    client = make(transport, headers={"X-Team": "data-eng"})
    client.pools.get("p")
    client.pools.delete("p")
    get_pool.sync(client=client.v1, pool_name="p")
    get, delete, generated = seen[-3:]
    assert get.headers["cache-control"] == "no-cache" and generated.headers["cache-control"] == "no-cache"
    assert "cache-control" not in delete.headers
    for request in (get, delete, generated):
        assert request.headers["x-team"] == "data-eng"
        assert request.headers["user-agent"].startswith("astro-airflow/")


@pytest.mark.parametrize(
    ("path", "version"),
    [("/api/v1/version", "2.5.3"), ("/api/v2/version", "4.0.0"), ("/api/v1/version", "3.0.1")],
    ids=["Airflow 2.5", "a future major", "3.x on v1"],
)
def test_a_release_outside_the_supported_range_is_refused_at_detection(path: str, version: str) -> None:
    """Said once, at detection, with the supported range: not a crash on some later call."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(path):
            return httpx.Response(200, json={"version": version, "git_version": None})
        return httpx.Response(404, json={"detail": "Not Found"})

    client = make(httpx.MockTransport(handle))
    with pytest.raises(APIVersionError) as info:
        client.pools.get("default_pool")
    message = str(info.value)
    assert f"runs Airflow {version}" in message and "Airflow 2.7 up to (not including) 3.0" in message
    assert "api/v2: Airflow 3.0 up to (not including) 4.0" in message


def test_an_endpoints_own_accept_header_replaces_the_default() -> None:
    """Header names compare without case: ``accept: text/plain`` from a generated endpoint is the one
    sent, not joined to the default ``Accept: application/json`` (the server then picked JSON)."""
    from astro_airflow._base_client import Call, Context

    ctx = Context(base_url="http://h/r/airflow", auth=None, max_retries=0, timeout=httpx.Timeout(5), page_size=100)
    request = ctx.build_request(Call("GET", "api/v2/dagSources/d", headers={"accept": "text/plain"}))
    assert request.headers.get_list("accept") == ["text/plain"]
    assert request.headers["cache-control"] == "no-cache" and request.headers["accept-encoding"] == "gzip, deflate"
    plain = ctx.build_request(Call("GET", "api/v2/pools"))
    assert plain.headers.get_list("accept") == ["application/json"]
