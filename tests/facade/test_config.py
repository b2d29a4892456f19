"""Named deployments: the config file, its secrets, selections, the pasted-URL cases, and writing it.

Every error must name the file, the line or key, and the fix. Secrets are read only when a request
needs them, go only to their own deployment (a canary each, checked in local stub servers) and never
show up in a message. Real servers: a config naming the harness's Airflow 2 (raw key) and 3
(username + password) gives working clients.
"""

from __future__ import annotations

import base64
import re
import stat
import sys
import threading
import tomllib
from pathlib import Path
from typing import Any

import pytest
from astro_airflow import AsyncClient, Client, ConfigurationError
from astro_airflow._client import astronomer_url
from astro_airflow._config import (
    ConfiguredAuth,
    add_deployment,
    config_path,
    deployment_toml,
    load_config,
    remove_deployment,
    toml_value,
)
from reliability.fleetstubs import airflow_like, canary
from reliability.stubservers import StubServer


def write(tmp_path: Path, text: str, mode: int = 0o600, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    path.chmod(mode)
    return path


def error_of(fn: Any) -> str:
    with pytest.raises(ConfigurationError) as info:
        fn()
    return str(info.value)


# -- where the file is ---------------------------------------------------------------------------------
def test_config_path(tmp_path: Path) -> None:
    assert config_path({"ASTRO_AIRFLOW_CONFIG": "~/x.toml", "HOME": "/h"}) == Path("~/x.toml").expanduser()
    assert config_path({"XDG_CONFIG_HOME": "/xdg", "HOME": "/h"}) == Path("/xdg/astro-airflow/config.toml")
    if sys.platform.startswith("linux"):
        assert config_path({"HOME": "/h"}) == Path("/h/.config/astro-airflow/config.toml")


# -- reading -------------------------------------------------------------------------------------------
FULL = """\
# two deployments, every way of writing one
[deployments.prod-eu]
base_domain = "deployments.example.com"   # pasted with its deployments. prefix
release_name = "galactic-stars-1234"
auth = { kind = "api_key", env = "PROD_EU_KEY" }
tags = ["prod", "etl"]

[deployments.pasted]
base_domain = "https://deployments.example.com/lunar-dust-5678/airflow/home"
auth = { kind = "token", command = ["pass", "show", "astro"] }

[deployments."astro.us"]
url = "abc123.astronomer.run/d8x9y0z1/"
api = "v2"
timeout = 30
verify = "certs/ca.pem"
tags = ["prod"]

[deployments."astro.us".auth]
kind = "password"
username = "admin"
file = "secrets/astro-us"

[deployments.local]
url = "http://localhost:8080"
verify = false
tags = ["dev"]
auth = { kind = "none" }
"""


def test_a_config_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    config = load_config(path)
    assert list(config.deployments) == ["prod-eu", "pasted", "astro.us", "local"]
    eu, pasted, us, local = config.deployments.values()
    assert eu.url == "https://deployments.example.com/galactic-stars-1234/airflow"
    assert (eu.auth_kind, eu.tags, eu.line, eu.describe_auth()) == (
        "api_key",
        ("prod", "etl"),
        2,
        "api_key (env PROD_EU_KEY)",
    )
    assert pasted.url == "https://deployments.example.com/lunar-dust-5678/airflow"
    assert pasted.describe_auth() == "token (command)"  # never the command: it may hold a secret
    assert us.url == "https://abc123.astronomer.run/d8x9y0z1" and us.api == "v2" and us.timeout == 30.0
    assert us.verify == str(tmp_path / "certs" / "ca.pem")  # relative to the file
    assert us.describe_auth() == f"password admin (file {tmp_path / 'secrets' / 'astro-us'})"
    assert local.auth() is None and local.verify is False and local.client_options()["verify"] is False
    options = us.client_options()
    assert options["api"] == "v2" and options["timeout"].read == 30.0 and options["timeout"].connect == 10.0
    assert isinstance(options["auth"], ConfiguredAuth) and options["auth"].secrets() == ()
    assert (
        repr(options["auth"])
        == f"ConfiguredAuth('password', username='admin', from='file {tmp_path}/secrets/astro-us')"
    )


INVALID = [
    ("bad TOML", '[deployments.a]\nurl = "http://x"\nauth = { kind = "none" \n', "line 3", "not valid TOML"),
    ("unknown top key", '[deploymens.a]\nurl = "http://x"\n', "line 1", "did you mean 'deployments'"),
    (
        "unknown key",
        '[deployments.a]\nurl = "http://x"\ntimout = 3\nauth = { kind = "none" }\n',
        "line 3",
        "did you mean 'timeout'",
    ),
    (
        "unknown auth key",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "api_key", envv = "K" }\n',
        "line 3",
        "did you mean 'env'",
    ),
    ("no url", '[deployments.a]\nauth = { kind = "none" }\n', "line 1", 'give url = "https://..."'),
    ("url and domain", '[deployments.a]\nurl = "http://x"\nbase_domain = "e.com"\n', "line 1", "not both"),
    ("bad url", '[deployments.a]\nurl = "ftp://x"\nauth = { kind = "none" }\n', "line 2", "http(s) URL"),
    (
        "no release",
        '[deployments.a]\nbase_domain = "e.com"\nauth = { kind = "none" }\n',
        "line 2",
        'release_name="galactic-stars-1234"',
    ),
    ("astro url as domain", '[deployments.a]\nbase_domain = "https://x.astronomer.run/d1"\n', "line 2", "url = ..."),
    ("no auth", '[deployments.a]\nurl = "http://x"\n', "line 1", 'kind = "none"'),
    ("auth not a table", '[deployments.a]\nurl = "http://x"\nauth = "key"\n', "line 3", "must be a table"),
    ("bad kind", '[deployments.a]\nurl = "http://x"\nauth = { kind = "apikey", env = "K" }\n', "line 3", "'api_key'"),
    (
        "no username",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "password", env = "P" }\n',
        "line 3",
        'username = "..."',
    ),
    (
        "username for a key",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "api_key", username = "u", env = "K" }\n',
        "line 3",
        "takes no username",
    ),
    (
        "two sources",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "token", env = "T", file = "f" }\n',
        "line 3",
        "exactly one source",
    ),
    ("no source", '[deployments.a]\nurl = "http://x"\nauth = { kind = "token" }\n', "line 3", 'env = "VAR"'),
    (
        "bad env name",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "token", env = "MY-KEY" }\n',
        "line 3",
        'env = "PROD_KEY"',
    ),
    (
        "empty command",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "token", command = [] }\n',
        "line 3",
        "a list of arguments",
    ),
    (
        "secret for none",
        '[deployments.a]\nurl = "http://x"\nauth = { kind = "none", env = "K" }\n',
        "line 3",
        "takes no secret",
    ),
    (
        "bad api",
        '[deployments.a]\nurl = "http://x"\napi = "v3"\nauth = { kind = "none" }\n',
        "line 3",
        "v2, v1, experimental",
    ),
    (
        "bad timeout",
        '[deployments.a]\nurl = "http://x"\ntimeout = "30"\nauth = { kind = "none" }\n',
        "line 3",
        "timeout = 30",
    ),
    ("bad verify", '[deployments.a]\nurl = "http://x"\nverify = 1\nauth = { kind = "none" }\n', "line 3", "CA bundle"),
    (
        "bad tags",
        '[deployments.a]\nurl = "http://x"\ntags = "prod"\nauth = { kind = "none" }\n',
        "line 3",
        'tags = ["prod", "etl"]',
    ),
    (
        "bad name",
        '[deployments."my deployment"]\nurl = "http://x"\nauth = { kind = "none" }\n',
        "line 1",
        "a deployment name has",
    ),
    ("not tables", 'deployments = ["a"]\n', "line 1", "one per deployment"),
]


@pytest.mark.parametrize(("text", "line", "fix"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_an_invalid_config_names_the_file_the_line_and_the_fix(tmp_path: Path, text: str, line: str, fix: str) -> None:
    path = write(tmp_path, text)
    message = error_of(lambda: load_config(path))
    assert message.startswith(f"{path}, {line}"), message
    assert fix in message, message


def test_unknown_deployments(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    message = error_of(lambda: Client.from_config("prod_eu", path=path))
    assert f"no deployment 'prod_eu' in {path}; did you mean 'prod-eu'?" in message
    assert "prod-eu, pasted, astro.us, local" in message
    missing = tmp_path / "nothing" / "config.toml"
    message = error_of(lambda: Client.from_config("a", path=missing))
    assert f"there is no config file at {missing}" in message and "astro-airflow deployments add a" in message
    assert "[deployments.prod-eu]" in message  # what to write
    empty = write(tmp_path, "# nothing yet\n", name="empty.toml")
    assert "has no deployments yet" in error_of(lambda: Client.from_config("a", path=empty))


def test_selection(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL))
    names = lambda expr: [d.name for d in config.select(expr)]  # noqa: E731
    assert names(None) == ["prod-eu", "pasted", "astro.us", "local"]
    assert names("tag:prod") == ["prod-eu", "astro.us"]
    assert names("tag:prod+tag:etl") == ["prod-eu"]
    assert names("tag:prod+!astro*") == ["prod-eu"]
    assert names("local, p*") == ["prod-eu", "pasted", "local"]  # the file's order
    assert names(["tag:dev", "name:pasted"]) == ["pasted", "local"]
    assert names("!tag:prod") == ["pasted", "local"]
    assert names("tag:*") == ["prod-eu", "astro.us", "local"]
    assert "did you mean tag:prod?" in error_of(lambda: config.select("tag:prd"))
    assert "did you mean 'local'?" in error_of(lambda: config.select("locla"))
    assert "matches 'nothing-*'" in error_of(lambda: config.select("nothing-*"))
    assert "matches 'tag:prod+tag:dev'" in error_of(lambda: config.select("tag:prod+tag:dev"))
    assert "write a name, a glob" in error_of(lambda: config.select("label:x"))
    assert "empty selection" in error_of(lambda: config.select(" , "))


# -- secrets ---------------------------------------------------------------------------------------------
@pytest.fixture
def stub() -> Any:
    """An Airflow 3-like stub that wants the credential set in ``stub.want`` (any header it got is recorded)."""
    holder: dict[str, str] = {"want": ""}
    server = StubServer(lambda seen: airflow_like(3, holder["want"])(seen))
    server.want = holder  # type: ignore[attr-defined]
    yield server
    server.close()


def kinds_config(tmp_path: Path, url: str, secrets: dict[str, str]) -> Path:
    key_file = write(tmp_path, secrets["file"] + "\n", name="key.txt")
    return write(
        tmp_path,
        f"""\
[deployments.by-env]
url = "{url}"
auth = {{ kind = "api_key", env = "CFG_TEST_KEY" }}

[deployments.by-file]
url = "{url}"
auth = {{ kind = "token", file = "{key_file.name}" }}

[deployments.by-command]
url = "{url}"
auth = {{ kind = "api_key", command = "printf '%s\\\\n' {secrets["command"]}" }}

[deployments.inline]
url = "{url}"
auth = {{ kind = "basic", username = "bob", secret = "{secrets["inline"]}" }}
""",
    )


def test_each_source_and_kind_sends_its_own_credential(
    tmp_path: Path, stub: Any, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    secrets = {k: canary(k) for k in ("env", "file", "command", "inline")}
    path = kinds_config(tmp_path, stub.url, secrets)
    monkeypatch.setenv("CFG_TEST_KEY", secrets["env"])
    expected = {
        "by-env": secrets["env"],
        "by-file": f"Bearer {secrets['file']}",
        "by-command": secrets["command"],
        "inline": "Basic " + base64.b64encode(f"bob:{secrets['inline']}".encode()).decode(),
    }
    for name, header in expected.items():
        stub.want["want"] = header
        stub.requests.clear()
        with Client.from_config(name, path=path) as client:
            assert client.dag_runs.get("probe", "r1").state == "running"  # the stub checks the credential
            assert not [s for s in secrets.values() if s in repr(client)]
        headers = {seen.headers.get("Authorization") for seen in stub.requests}
        assert headers == {header}, name
    out, err = capfd.readouterr()
    assert not [s for s in secrets.values() if s in out + err]


def test_secrets_are_read_only_when_needed_and_once(tmp_path: Path, stub: Any) -> None:
    key = canary("once")
    runs = tmp_path / "runs"
    path = write(
        tmp_path,
        f'[deployments.a]\nurl = "{stub.url}"\n'
        f'auth = {{ kind = "api_key", command = "echo run >> {runs}; printf %s {key}" }}\n',
    )
    client = Client.from_config("a", path=path)
    load_config(path).deployment("a").describe_auth()
    assert not runs.exists()  # not when loading, listing or making the client
    stub.want["want"] = key
    threads = [threading.Thread(target=client.version) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert runs.read_text() == "run\n"  # once, however many threads
    assert {seen.headers.get("Authorization") for seen in stub.requests} == {key}


async def test_async_client_from_config(tmp_path: Path, stub: Any) -> None:
    key = canary("async")
    path = write(
        tmp_path, f'[deployments.a]\nurl = "{stub.url}"\nauth = {{ kind = "token", command = ["printf", "{key}"] }}\n'
    )
    stub.want["want"] = f"Bearer {key}"
    async with AsyncClient.from_config("a", path=path) as client:
        assert await client.version() == "3.0.2"
        assert client.auth is not None and client.auth.secrets() == (key,)
    assert {seen.headers.get("Authorization") for seen in stub.requests} == {f"Bearer {key}"}


def secret_error(tmp_path: Path, auth: str, mode: int = 0o600, env: dict[str, str] | None = None) -> str:
    path = write(
        tmp_path, f'[deployments.a]\nurl = "http://127.0.0.1:9"\nauth = {{ kind = "api_key", {auth} }}\n', mode
    )
    client = Client.from_config("a", path=path, env=env or {}, max_retries=0)
    message = error_of(lambda: client.pools.get("x"))
    assert message.startswith(f"{path}, line 3 (deployments.a.auth."), message
    return message


def test_secret_problems_name_the_file_line_key_and_fix(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert "CFG_MISSING is not set" in secret_error(tmp_path, 'env = "CFG_MISSING"')
    assert "export CFG_MISSING=" in secret_error(tmp_path, 'env = "CFG_MISSING"', env={"CFG_MISSING": " "})
    assert "cannot read the secret file" in secret_error(tmp_path, 'file = "nope.txt"')
    write(tmp_path, "\n", name="empty.txt")
    assert "the file" in secret_error(tmp_path, 'file = "empty.txt"') and "is empty" in secret_error(
        tmp_path, 'file = "empty.txt"'
    )
    write(tmp_path, "a\nb\n", name="two.txt")
    assert "has 2 lines" in secret_error(tmp_path, 'file = "two.txt"')
    leak = canary("stdout")
    message = secret_error(tmp_path, f'command = "printf {leak}; echo oops >&2; exit 3"')
    assert "exit code 3" in message and "never shown" in message and leak not in message
    out, err = capfd.readouterr()
    assert leak not in out + err and "oops" in err  # the command's stderr is the user's to see
    assert "cannot run the command" in secret_error(tmp_path, 'command = ["/no/such/command-x"]')
    inline = secret_error(tmp_path, 'secret = "k3y-inline"', mode=0o644)
    assert "readable by group or others (mode 0644)" in inline and "chmod 600" in inline and "k3y-inline" not in inline
    assert "could make you run anything" in secret_error(tmp_path, 'command = "true"', mode=0o620)


def test_a_hung_secret_command_is_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import astro_airflow._config as cfg

    monkeypatch.setattr(cfg, "COMMAND_TIMEOUT", 0.5)
    assert "did not finish within 0.5s" in secret_error(tmp_path, 'command = "sleep 5"')


# -- the environment ---------------------------------------------------------------------------------------
def test_from_env_honours_astro_airflow_deployment(tmp_path: Path, stub: Any) -> None:
    path = write(tmp_path, f'[deployments.a]\nurl = "{stub.url}"\nauth = {{ kind = "api_key", env = "K" }}\n')
    env = {
        "ASTRO_AIRFLOW_DEPLOYMENT": "a",
        "ASTRO_AIRFLOW_CONFIG": str(path),
        "K": "k-123",
        "AIRFLOW_API_VERSION": "v2",
    }
    client = Client.from_env(env)
    assert client.base_url == stub.url and client._api == "v2"
    stub.want["want"] = "k-123"
    assert client.version() == "3.0.2"
    message = error_of(lambda: Client.from_env({**env, "AIRFLOW_API_URL": "http://other"}))
    assert "ASTRO_AIRFLOW_DEPLOYMENT=a" in message and "unset AIRFLOW_API_URL" in message
    assert "did you mean 'a'" in error_of(lambda: Client.from_env({**env, "ASTRO_AIRFLOW_DEPLOYMENT": "aa"}))


# -- pasted base domains and URLs ------------------------------------------------------------------------------
URL = "https://deployments.example.com/galactic-stars-1234/airflow"
PASTED = [
    ("example.com", "galactic-stars-1234", URL),
    ("deployments.example.com", "galactic-stars-1234", URL),
    ("deployments.example.com.", "galactic-stars-1234", URL),
    (URL, "", URL),
    (URL + "/", "galactic-stars-1234", URL),
    (URL + "/api/v1/dags?limit=1", "", URL),
    (URL + "/home", "", URL),
    ("deployments.example.com/galactic-stars-1234", "", URL),
    ("", URL, URL),
    ("example.com", URL, URL),
    (
        "http://deployments.example.com:8080/galactic-stars-1234",
        "",
        "http://deployments.example.com:8080/galactic-stars-1234/airflow",
    ),
    (
        "https://deployments.example.com/galactic-stars-1234/api/v2/version",
        "",
        "https://deployments.example.com/galactic-stars-1234",
    ),
]


@pytest.mark.parametrize(("domain", "release", "url"), PASTED)
def test_pasted_base_domains_and_urls_are_recognised(tmp_path: Path, domain: str, release: str, url: str) -> None:
    assert astronomer_url(domain, release) == url
    client = Client.astronomer_software(base_domain=domain, release_name=release, api_key="k")
    assert client.base_url == url
    table = f'base_domain = "{domain}"\n' if domain else ""
    table += f'release_name = "{release}"\n' if release else ""
    path = write(tmp_path, f'[deployments.a]\n{table}auth = {{ kind = "none" }}\n')
    assert load_config(path).deployment("a").url == url
    env = {"ASTRO_AIRFLOW_BASE_DOMAIN": domain, "ASTRO_AIRFLOW_RELEASE_NAME": release, "ASTRO_AIRFLOW_API_KEY": "k"}
    assert Client.from_env({k: v for k, v in env.items() if v}).base_url == url


REFUSED = [
    ("https://abc123.astronomer.run/d8x9y0z1", "", "Client.astro(deployment_url=..."),
    ("https://airflow.example.com/x", "", 'base_domain="example.com", release_name="galactic-stars-1234"'),
    (URL, "other-release", 'base_domain="example.com", release_name="other-release"'),
    ("other.com", URL, 'base_domain="example.com", release_name="galactic-stars-1234"'),
    ("example.com", "", 'release_name="galactic-stars-1234"'),
    ("example.com", "two words", 'release_name="galactic-stars-1234"'),
]


@pytest.mark.parametrize(("domain", "release", "shown"), REFUSED)
def test_what_cannot_be_read_is_refused_showing_what_to_write(domain: str, release: str, shown: str) -> None:
    message = error_of(lambda: astronomer_url(domain, release))
    assert shown in message, message
    assert shown in error_of(lambda: Client.astronomer_software(base_domain=domain, release_name=release, api_key="k"))


def test_a_pasted_prefix_must_agree_with_path_prefix() -> None:
    assert astronomer_url(URL, path_prefix="/airflow") == URL
    assert astronomer_url("example.com", "r", path_prefix="") == "https://deployments.example.com/r"
    assert "leave path_prefix out" in error_of(lambda: astronomer_url(URL, path_prefix=""))


# -- writing ------------------------------------------------------------------------------------------------
TRICKY = [
    "plain",
    "",
    'quote " and \\ backslash',
    "tab\tnew\nline\rreturn\fform\bback",
    "control \x00 \x01 \x1f \x7f",
    "unicode é ü 漢字 🚀 \u2028",
    '\'single\' and """triple"""',
    "# not a comment = [not, a, table]",
    "C:\\Users\\me\\key.txt",
    "${NOT_EXPANDED} $(not run) `nor this`",
]


@pytest.mark.parametrize("value", TRICKY)
def test_strings_round_trip(value: str) -> None:
    assert tomllib.loads(f"x = {toml_value(value)}")["x"] == value
    assert tomllib.loads(deployment_toml(value.strip() or "x", {"url": value}))["deployments"][
        value.strip() or "x"
    ] == {"url": value}


def test_values_round_trip() -> None:
    values: list[Any] = [
        True,
        False,
        0,
        -7,
        2**53,
        1.5,
        30.0,
        1e-3,
        [],
        ["a", "b"],
        [1, 2.5, True],
        {},
        {"kind": "token", "command": ["a b", "c"]},
    ]
    for value in values:
        assert tomllib.loads(f"x = {toml_value(value)}")["x"] == value
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            toml_value(bad)
    with pytest.raises(TypeError):
        toml_value(object())


EXISTING = """\
# astro-airflow deployments
# (comments and layout are kept by add and remove)

[deployments.first]   # the first one
url = "https://first.example.com"
auth = { kind = "api_key", env = "FIRST_KEY" }

[deployments.middle]
url = "https://middle.example.com"
tags = ["a"]

# the middle one's auth, as a sub-table
[deployments.middle.auth]
kind = "token"
file = "/tmp/middle-token"

[deployments."last.one"]
url = "https://last.example.com"
auth = { kind = "none" }
"""


def test_add_and_remove_keep_the_rest_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, EXISTING, mode=0o640)
    new = {
        "url": "https://new.example.com",
        "auth": {"kind": "token", "env": "NEW_TOKEN"},
        "tags": ["prod"],
        "timeout": 12.5,
    }
    add_deployment("new", new, path=path)
    text = path.read_text()
    assert text.startswith(EXISTING) and text.endswith(
        '\n[deployments.new]\nurl = "https://new.example.com"\n'
        'auth = { kind = "token", env = "NEW_TOKEN" }\ntimeout = 12.5\n'
        'tags = ["prod"]\n'
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o640  # its mode is kept
    assert tomllib.loads(text)["deployments"]["new"] == new
    assert load_config(path).deployment("new").timeout == 12.5

    message = error_of(lambda: add_deployment("middle", new, path=path))
    assert "already has a deployment 'middle' (line 8)" in message and "--replace" in message
    remove_deployment("middle", path=path)
    middle = EXISTING[EXISTING.index("[deployments.middle]") : EXISTING.index('[deployments."last.one"]')]
    assert path.read_text() == text.replace(middle, "")  # the rest of the file, byte for byte
    assert list(tomllib.loads(path.read_text())["deployments"]) == ["first", "last.one", "new"]
    remove_deployment("last.one", path=path)
    assert list(load_config(path).deployments) == ["first", "new"]
    add_deployment("first", {"url": "https://replaced.example.com", "auth": {"kind": "none"}}, path=path, replace=True)
    assert load_config(path).deployment("first").url == "https://replaced.example.com"
    assert "# astro-airflow deployments" in path.read_text()
    assert "did you mean 'first'" in error_of(lambda: remove_deployment("firts", path=path))


def test_add_creates_a_private_file_and_refuses_inline_secrets_in_a_readable_one(tmp_path: Path) -> None:
    path = tmp_path / "new-dir" / "config.toml"
    add_deployment("a", {"url": "http://x", "auth": {"kind": "api_key", "secret": "s3cr3t"}}, path=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    readable = write(tmp_path, "", mode=0o644, name="open.toml")
    message = error_of(
        lambda: add_deployment("a", {"url": "http://x", "auth": {"kind": "api_key", "secret": "s"}}, path=readable)
    )
    assert "chmod 600" in message and str(readable) in message and readable.read_text() == ""
    bad = {"url": "http://x", "auth": {"kind": "api_key"}}
    assert "exactly one source" in error_of(lambda: add_deployment("b", bad, path=path))  # checked before writing
    assert list(load_config(path).deployments) == ["a"]


def test_remove_refuses_what_it_cannot_remove_alone(tmp_path: Path) -> None:
    path = write(tmp_path, '[deployments]\na = { url = "http://a", auth = { kind = "none" } }\n')
    message = error_of(lambda: remove_deployment("a", path=path))
    assert "by hand (line 2)" in message and "[deployments.a]" in message


def test_an_invalid_file_is_not_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "[deployments.a\n")
    assert "not valid TOML" in error_of(
        lambda: add_deployment("b", {"url": "http://b", "auth": {"kind": "none"}}, path=path)
    )
    assert path.read_text() == "[deployments.a\n"


# -- real servers ------------------------------------------------------------------------------------------
def test_real_servers_from_config(
    airflow2: Any, airflow3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = write(tmp_path, airflow3.password + "\n", name="a3-password")
    monkeypatch.setenv("CFG_A2_KEY", airflow2.api_key)
    path = write(
        tmp_path,
        f"""\
[deployments.a2]
url = "{airflow2.base_url}"
auth = {{ kind = "api_key", env = "CFG_A2_KEY" }}

[deployments.a3]
url = "{airflow3.base_url}"
auth = {{ kind = "password", username = "{airflow3.username}", file = "{password.name}" }}

[deployments.a3-jwt]
url = "{airflow3.base_url}"
api = "v2"
auth = {{ kind = "jwt", username = "{airflow3.username}", file = "{password}" }}
""",
    )
    with Client.from_config("a2", path=path) as a2:
        assert a2.version() == airflow2.version and a2.pools.get("default_pool").name == "default_pool"
        assert a2.auth is not None and a2.auth.secrets() == (airflow2.api_key,)
    for name in ("a3", "a3-jwt"):
        with Client.from_config(name, path=path) as a3:
            assert a3.pools.get("default_pool").name == "default_pool"  # an authenticated call (JWT)
            assert a3.api_version == "v2" and a3.version() == airflow3.version
    monkeypatch.delenv("CFG_A2_KEY")
    message = error_of(lambda: Client.from_config("a2", path=path).pools.get("default_pool"))
    assert re.match(
        rf"{re.escape(str(path))}, line 3 \(deployments\.a2\.auth\.env\): the environment variable CFG_A2_KEY", message
    )
