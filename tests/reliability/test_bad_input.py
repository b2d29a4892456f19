"""Bad input corpus: every wrong argument, address, key or server gets a typed facade error whose
message names the cause and the fix — never a raw KeyError, JSONDecodeError, AttributeError or a
generated model's exception. Table-driven; the tried/passed figures go to the session summary.

``SERVER_CASES`` run against the real Airflow 2 and 3; ``LOCAL_CASES`` against no server, a
closed port, a TLS mismatch or tiny local stand-ins (an HTML login page, a non-Airflow JSON
service ...).
"""

from __future__ import annotations

import math
import random
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import attrs
import pytest
from astro_airflow import (
    AirflowError,
    APIConnectionError,
    APIKey,
    APIStatusError,
    APIVersionError,
    AuthenticationError,
    BadRequestError,
    BasicAuth,
    BearerToken,
    Client,
    ConfigurationError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    UnexpectedResponseError,
    WaitTimeoutError,
)

from .conftest import FIGURES, auth_for, make_client, record
from .stubservers import LOGIN_PAGE, StubServer, closed_port, html_answer, json_answer, login_page, lookalike
from .stubservers import other_json_service as json_service

PAUSED = "paused_dag"
#: dates far from any other test's, different each session (logical dates are unique per DAG on Airflow 2)
BASE_DATE = datetime(2001, 1, 1, tzinfo=UTC) + timedelta(minutes=random.randrange(5_000_000))
RUN_ID_PLUS_COLON = "manual__2021-11-16T11:34:00+00:00"


@attrs.frozen
class Env:
    """What a case runs against: ``client`` (admin), ``server`` (harness server or None), ``url``."""

    client: Client | None
    server: Any = None
    url: str = ""

    def other(self, **options: Any) -> Client:
        assert self.server is not None
        return Client(self.server.base_url, **options)


OK = object()


@attrs.frozen
class Case:
    id: str
    run: Callable[[Env], Any]
    #: the facade error class expected, or OK (then ``check(result, env)`` must hold)
    expect: Any
    #: substrings the message must contain (case-insensitive): the cause and the fix
    says: tuple[str, ...] = ()
    check: Callable[[Any, Env], bool] | None = None
    #: stub server handler for local cases; the case's ``env.url`` is its URL
    stub: Callable[..., Any] | None = None
    #: a known facade bug outside this suite's files (the fix is in docs/reliability.md): strict xfail
    known: str = ""


def _trigger(dag_id: Any, **kwargs: Any) -> Callable[[Env], Any]:
    return lambda env: env.client.dags.trigger(dag_id, **kwargs)  # type: ignore[union-attr]


def _run_id(tag: str) -> str:
    return f"bad_input_{tag}_{secrets.token_hex(4)}"


def _trigger_paused(*, conf: Any = None, logical_date: Any = None, tag: str = "x") -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        assert env.client is not None
        return env.client.dags.trigger(PAUSED, conf, logical_date=logical_date, run_id=_run_id(tag))

    return run


def _at(minutes: int, tz: timezone | None = UTC) -> datetime:
    return (BASE_DATE + timedelta(minutes=minutes)).replace(tzinfo=tz)


def _logical_is(expected: datetime) -> Callable[[Any, Env], bool]:
    return lambda run, env: run.logical_date == expected


def _run_id_round_trip(env: Env) -> Any:
    """A run id with ``+`` and ``:`` (URL-encoded in paths): trigger, get, trigger again, list."""
    assert env.client is not None
    first = env.client.dags.trigger(PAUSED, run_id=RUN_ID_PLUS_COLON)
    got = env.client.dag_runs.get(PAUSED, RUN_ID_PLUS_COLON)
    again = env.client.dags.trigger(PAUSED, run_id=RUN_ID_PLUS_COLON)  # idempotent: the same run
    listed = [r.run_id for r in env.client.dag_runs.list(PAUSED) if r.run_id == RUN_ID_PLUS_COLON]
    return (first.run_id, got.run_id, again.run_id, listed)


def _huge_conf(env: Env) -> Any:
    """2 MB of conf: accepted and stored whole, or refused with a typed error (413)."""
    assert env.client is not None
    run_id = _run_id("huge")
    blob = "x" * (2 * 1024 * 1024)
    try:
        run = env.client.dags.trigger(PAUSED, {"blob": blob}, run_id=run_id)
    except APIStatusError as exc:  # Airflow 2's webserver refuses bodies over 1 MB
        assert exc.status_code == 413 and "too large" in str(exc) and "send less" in str(exc), str(exc)
        return "413 too large"
    try:
        return len(env.client.dag_runs.get(PAUSED, run_id).conf.get("blob", "")) == len(blob) and run.run_id == run_id
    finally:
        env.client.dag_runs.delete(PAUSED, run_id, missing_ok=True)


def _paused_wait(env: Env) -> Any:
    assert env.client is not None
    run = env.client.dags.trigger(PAUSED, run_id=_run_id("paused"))
    return env.client.dag_runs.wait(PAUSED, run.run_id, timeout=2, poll_interval=1)


def _wrong_key(env: Env) -> Any:
    auth = APIKey("wrong-key-" + secrets.token_hex(8)) if env.server.major == 2 else BearerToken("wrong.jwt.token")
    with env.other(auth=auth) as c:
        return c.pools.list().first_page()


def _bogus_jwt(env: Env) -> Any:
    """A well-formed JWT the server did not sign (Airflow 3 answers 403 "Invalid JWT token")."""
    token = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJl"
    with env.other(auth=BearerToken(token) if env.server.major == 3 else APIKey(token)) as c:
        return c.pools.list().first_page()


def _wrong_password(env: Env) -> Any:
    if env.server.major == 2:
        auth: Any = BasicAuth(env.server.username, "wrong-password")
    else:
        from astro_airflow import AirflowJWT

        auth = AirflowJWT(env.server.username, "wrong-password")
    with env.other(auth=auth) as c:
        return c.pools.list().first_page()


def _viewer_writes(env: Env) -> Any:
    with env.other(auth=auth_for(env.server, "viewer")) as c:
        return c.pools.create(f"bad_input_{secrets.token_hex(3)}", 1)


def _api_mismatch(env: Env) -> Any:
    wrong = "v2" if env.server.major == 2 else "v1"
    with env.other(auth=auth_for(env.server), api=wrong) as c:
        return c.pools.list().first_page()


SERVER_CASES: list[Case] = [
    # DAG ids
    Case("dag_id empty", _trigger(""), InvalidInputError, ("dag_id", "non-empty")),
    Case("dag_id blank", _trigger("   "), InvalidInputError, ("dag_id", "non-empty")),
    Case("dag_id None", _trigger(None), InvalidInputError, ("dag_id", "non-empty")),
    Case("dag_id int", _trigger(42), InvalidInputError, ("dag_id", "string")),
    Case("dag_id with spaces", _trigger("my dag"), InvalidInputError, ("'my dag'", "cannot exist", "letters")),
    Case("dag_id with slash", _trigger("etl/daily"), InvalidInputError, ("'etl/daily'", "cannot exist")),
    Case("dag_id ..", _trigger(".."), InvalidInputError, ("cannot exist",)),
    Case("dag_id .", lambda env: env.client.dags.get("."), InvalidInputError, ("cannot exist",)),
    Case("dag_id with a snowman", _trigger("etl_☃"), InvalidInputError, ("cannot exist",)),
    # unicode letters are valid in Airflow ids (\w): sent URL-encoded, the server says 404
    Case("dag_id unicode letters", _trigger("dág_ünïcødé"), NotFoundError, ("404", "check the id")),
    Case("unknown DAG", _trigger("no_such_dag_" + "x" * 8), NotFoundError, ("404", "no_such_dag", "check the id")),
    Case("unknown DAG get", lambda env: env.client.dags.get("no_such_dag"), NotFoundError, ("404", "check the id")),
    # run ids
    Case(
        "run_id with + and : round-trips",
        _run_id_round_trip,
        OK,
        check=lambda r, env: r == (RUN_ID_PLUS_COLON, RUN_ID_PLUS_COLON, RUN_ID_PLUS_COLON, [RUN_ID_PLUS_COLON]),
    ),
    Case("run_id empty", _trigger(PAUSED, run_id=""), InvalidInputError, ("run_id", "non-empty")),
    Case(
        "run_id with a space",
        _trigger(PAUSED, run_id="bad input run"),
        {
            # Airflow 2.11 fails on it (500, its error page); Airflow 3 refuses it (400, naming the pattern)
            2: (InternalServerError, ("500", "server failed", "logs", "allowed pattern", "make_run_id")),
            3: (BadRequestError, ("400", "bad input run", "allowed pattern")),
        },
    ),
    Case(
        "run_id with slash, get",
        lambda env: env.client.dag_runs.get(PAUSED, "a/b"),
        NotFoundError,
        ("404", "check the id"),
    ),
    Case(
        "run_id unknown, get",
        lambda env: env.client.dag_runs.get(PAUSED, "no_such_run"),
        NotFoundError,
        ("404", "check the id"),
    ),
    # dates
    Case("date naive str (UTC)", _trigger_paused(logical_date=_at(1, None).isoformat()), OK, check=_logical_is(_at(1))),
    Case(
        "date aware str +01:00",
        _trigger_paused(logical_date=_at(2, timezone(timedelta(hours=1))).isoformat()),
        OK,
        check=_logical_is(_at(2) - timedelta(hours=1)),
    ),
    Case("date naive datetime", _trigger_paused(logical_date=_at(3, None)), OK, check=_logical_is(_at(3))),
    Case(
        "date aware datetime -05:00",
        _trigger_paused(logical_date=_at(4, timezone(timedelta(hours=-5)))),
        OK,
        check=_logical_is(_at(4) + timedelta(hours=5)),
    ),
    Case(
        "date Z str", _trigger_paused(logical_date=_at(5).isoformat().replace("+00:00", "Z")), OK, _logical_is(_at(5))
    ),
    Case("date invalid", _trigger_paused(logical_date="2021-13-45T99:00:00"), InvalidInputError, ("iso 8601", "e.g.")),
    Case("date words", _trigger_paused(logical_date="yesterday"), InvalidInputError, ("iso 8601", "e.g.")),
    Case("date empty", _trigger_paused(logical_date=""), InvalidInputError, ("iso 8601",)),
    Case("date int", _trigger_paused(logical_date=1637062440), InvalidInputError, ("datetime", "iso 8601")),
    # conf
    Case("conf object()", _trigger_paused(conf={"x": object()}), InvalidInputError, ("conf", "json")),
    Case("conf NaN", _trigger_paused(conf={"x": math.nan}), InvalidInputError, ("conf", "json")),
    Case("conf set", _trigger_paused(conf={"x": {1, 2}}), InvalidInputError, ("conf", "json")),
    Case("conf bytes", _trigger_paused(conf={"x": b"\x00"}), InvalidInputError, ("conf", "json")),
    Case("conf datetime", _trigger_paused(conf={"when": datetime.now(UTC)}), InvalidInputError, ("conf", "json")),
    Case("conf list", _trigger_paused(conf=[1, 2]), InvalidInputError, ("conf", "dict")),
    Case("conf str", _trigger_paused(conf='{"a": 1}'), InvalidInputError, ("conf", "dict")),
    Case("conf huge (2 MB)", _huge_conf, OK, check=lambda r, env: r is True or r == "413 too large"),
    # states of the server
    Case("paused DAG: wait", _paused_wait, WaitTimeoutError, ("did not finish", "unpaused")),
    Case(
        "wait timeout=0", lambda env: env.client.dag_runs.wait(PAUSED, "r", timeout=0), InvalidInputError, ("timeout",)
    ),
    # other resources
    Case("pool name empty", lambda env: env.client.pools.get(""), InvalidInputError, ("pool name", "non-empty")),
    Case("pool slots str", lambda env: env.client.pools.create("p", "3"), InvalidInputError, ("slots", "int")),
    Case("pool unknown", lambda env: env.client.pools.get("no_such_pool"), NotFoundError, ("404", "no_such_pool")),
    Case("variable value None", lambda env: env.client.variables.set("k", None), InvalidInputError, ("none",)),
    Case("variable value bytes", lambda env: env.client.variables.set("k", b"x"), InvalidInputError, ("bytes",)),
    Case("variable unknown", lambda env: env.client.variables.get("no_such_var"), NotFoundError, ("no_such_var",)),
    # credentials
    Case(
        "wrong key",
        _wrong_key,
        {
            2: (AuthenticationError, ("401", "credentials", "APIKey")),
            3: (AuthenticationError, ("403", "invalid jwt", "not valid for this deployment", "credentials")),
        },
    ),
    Case("wrong password (401)", _wrong_password, AuthenticationError, ("401", "password")),
    Case(
        "foreign JWT",
        _bogus_jwt,
        {
            2: (AuthenticationError, ("401", "credentials")),
            3: (AuthenticationError, ("403", "invalid jwt", "not valid for this deployment")),
        },
    ),
    Case("key without permission (403)", _viewer_writes, PermissionDeniedError, ("403", "permission", "role")),
    Case("API version mismatch", _api_mismatch, APIVersionError, ("pass api=", "leave api unset")),
]


def _local(options: dict[str, Any] | None = None, call: str = "pools") -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        with Client(env.url, auth=APIKey("local-key-123"), max_retries=1, timeout=5, **(options or {})) as c:
            if call == "trigger":
                return c.dags.trigger("hello", run_id="r1")
            if call == "pool":
                return c.pools.get("default_pool")
            if call == "run":
                return c.dag_runs.get("hello", "r1")
            return c.pools.list().first_page()

    return run


def _redirect_to_login(seen: Any) -> Any:
    return 302, {"Location": "http://127.0.0.1:9/login?next=/api"}, b""


def _html_500(seen: Any) -> Any:
    return html_answer(500, "<html><head><title>Internal Server Error</title></head><body>oops</body></html>")


def _bad_json(seen: Any) -> Any:
    if seen.path.endswith("/api/v1/version"):  # an Airflow 2 (its /api/v2/version gets the cut JSON too)
        return json_answer(200, {"version": "2.11.2"})
    return 200, {"Content-Type": "application/json"}, b'{"pools": [{"name": '


def _html_everywhere_but_version(seen: Any) -> Any:
    if seen.path.endswith("/api/v1/version"):
        return json_answer(200, {"version": "2.11.2"})
    return login_page(seen)


def _url(kind: str) -> Callable[[Env], Any]:
    def run(env: Env) -> Any:
        url = {
            "dns": "https://deployments.astro-airflow-test.invalid/galactic-stars-1234/airflow",
            "port": f"http://127.0.0.1:{closed_port()}/galactic-stars-1234/airflow",
        }[kind]
        return _local()(attrs.evolve(env, url=url))

    return run


def _tls(env: Env) -> Any:
    return _local()(attrs.evolve(env, url=env.url.replace("http://", "https://")))


LOCAL_CASES: list[Case] = [
    Case("wrong base domain (DNS)", _url("dns"), APIConnectionError, ("resolve", "dns", "base domain")),
    Case("wrong port (refused)", _url("port"), APIConnectionError, ("refused", "port")),
    Case("TLS to a plain-HTTP port", _tls, APIConnectionError, ("tls/ssl", "https://", "http://"), stub=json_service),
    Case("HTML login page with 200", _local(), APIVersionError, ("login page", "log in | astronomer"), stub=login_page),
    Case(
        "HTML login page with 200, api given",
        _local({"api": "v1"}),
        APIVersionError,
        ("login page", "path prefix"),
        stub=login_page,
    ),
    Case(
        "HTML page after detection",
        _local(call="pool"),
        UnexpectedResponseError,
        ("login page", "log in | astronomer", "release name"),
        stub=_html_everywhere_but_version,
    ),
    Case(
        "non-Airflow JSON server",
        _local(),
        APIVersionError,
        ("no airflow version", "'service'", "base domain"),
        stub=json_service,
    ),
    Case("lookalike: list for a run", _local(call="trigger"), UnexpectedResponseError, ("not",), stub=lookalike),
    Case(
        "lookalike: object without fields",
        _local(call="pool"),
        UnexpectedResponseError,
        ("json",),
        stub=lookalike,
    ),
    Case("redirect to a login page", _local(), APIVersionError, ("redirect", "/login"), stub=_redirect_to_login),
    Case("HTML 500 page", _local(), InternalServerError, ("500", "internal server error", "logs"), stub=_html_500),
    Case(
        "cut JSON with 200",
        _local(call="pool"),
        UnexpectedResponseError,
        ("not the airflow api's json",),
        stub=_bad_json,
    ),
    Case(
        "base_url without scheme",
        lambda env: Client("deployments.example.com/x/airflow", auth=APIKey("k")),
        ConfigurationError,
        ("http(s) url", "https://deployments.example.com/<release-name>/airflow"),
    ),
    Case(
        "astronomer_software empty base_domain",
        lambda env: Client.astronomer_software(base_domain="", release_name="r", api_key="k"),
        ConfigurationError,
        ("base_domain", "non-empty"),
    ),
    Case(
        "api unknown",
        lambda env: Client("http://127.0.0.1:1", auth=APIKey("k"), api="v9"),  # type: ignore[arg-type]
        ConfigurationError,
        ("api must be",),
    ),
    Case(
        "auth as a str",
        lambda env: Client("http://127.0.0.1:1", auth="key"),  # type: ignore[arg-type]
        ConfigurationError,
        ("apikey(key)",),
    ),
]

FORBIDDEN = (KeyError, AttributeError, TypeError, IndexError)


def _tally(server: str) -> dict[str, Any]:
    tally: dict[str, Any] = FIGURES.setdefault("bad inputs", {}).setdefault(server, {"tried": 0, "passed": 0})
    return tally


def _check(case: Case, env: Env, tally: dict[str, Any]) -> None:
    tally["tried"] += 1
    if isinstance(case.expect, dict):  # the servers differ: {major: (class, says)}
        expect, says = case.expect[env.server.major]
        case = attrs.evolve(case, expect=expect, says=says)
    try:
        result = case.run(env)
    except AirflowError as exc:
        assert not isinstance(exc, FORBIDDEN) or isinstance(exc, InvalidInputError), type(exc).__mro__
        assert case.expect is not OK, f"{case.id}: expected success, got {type(exc).__name__}: {exc}"
        assert isinstance(exc, case.expect), (
            f"{case.id}: expected {case.expect.__name__}, got {type(exc).__name__}: {exc}"
        )
        message = str(exc).lower()
        missing = [s for s in case.says if s.lower() not in message]
        assert not missing, f"{case.id}: message lacks {missing}: {exc}"
        assert "traceback" not in message and repr(exc).startswith(type(exc).__name__)
        if isinstance(exc, APIStatusError | UnexpectedResponseError):
            assert exc.response is not None and exc.status_code == exc.response.status_code
    else:
        assert case.expect is OK, f"{case.id}: expected {case.expect.__name__}, got {result!r}"
        assert case.check is None or case.check(result, env), f"{case.id}: unexpected result {result!r}"
    tally["passed"] += 1
    record("bad inputs", "_total", _total())


def _total() -> dict[str, int]:
    tallies = [v for k, v in FIGURES.get("bad inputs", {}).items() if k != "_total"]
    return {"tried": sum(t["tried"] for t in tallies), "passed": sum(t["passed"] for t in tallies)}


@pytest.fixture
def server_env(airflow: Any) -> Iterator[Env]:
    with make_client(airflow) as client:
        client.dags.pause(PAUSED)
        yield Env(client, airflow, airflow.base_url)


def _params(cases: list[Case]) -> list[Any]:
    return [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=c.known)] if c.known else [])
        for c in cases
    ]


@pytest.mark.parametrize("case", _params(SERVER_CASES))
def test_bad_input_against_airflow(case: Case, server_env: Env) -> None:
    _check(case, server_env, _tally(f"airflow{server_env.server.major}"))


@pytest.mark.parametrize("case", _params(LOCAL_CASES))
def test_bad_input_local(case: Case) -> None:
    if case.stub is None:
        _check(case, Env(None), _tally("local"))
        return
    with StubServer(case.stub) as stub:
        _check(case, Env(None, url=stub.url + "/galactic-stars-1234/airflow"), _tally("local"))


def test_login_page_is_the_page_we_think() -> None:
    assert "<title>Log In | Astronomer</title>" in LOGIN_PAGE
