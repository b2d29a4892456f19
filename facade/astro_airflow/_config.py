"""Named deployments: the config file, where each deployment's secret comes from, selections.

The file is TOML, at ``$ASTRO_AIRFLOW_CONFIG``, else in the platform's user config directory
(``$XDG_CONFIG_HOME/astro-airflow/config.toml``, by default ``~/.config/astro-airflow/config.toml``
on Linux; ``~/Library/Application Support/astro-airflow/config.toml`` on macOS,
``%APPDATA%\\astro-airflow\\config.toml`` on Windows). One table per deployment::

    [deployments.prod-eu]                       # Astronomer Software
    base_domain = "example.com"                 # https://deployments.example.com/
    release_name = "galactic-stars-1234"        #   galactic-stars-1234/airflow
    auth = { kind = "api_key", env = "PROD_EU_KEY" }
    tags = ["prod", "etl"]

    [deployments.astro-us]                      # any URL: Astro, self-hosted
    url = "https://abc123.astronomer.run/d8x9y0z1"
    auth = { kind = "token", command = "cat ~/.astro/us-token" }
    api = "v2"                                  # optional: v1, v2, experimental (default: detected)
    timeout = 30                                # optional: seconds per request (default 60)
    verify = "/etc/ssl/corp-ca.pem"             # optional: false, or a CA bundle

Auth kinds: ``api_key`` (``Authorization: <key>``), ``token`` (``Bearer``), ``password`` (with
``username``: a JWT on Airflow 3, basic auth before), ``basic``, ``jwt``, ``none``. The secret comes
from exactly one of ``env`` (an environment variable), ``file`` (its content; relative to the config
file), ``command`` (its stdout; a string is run by the shell, a list as it is) or ``secret`` (inline:
only when the file is not readable by group or others, as ssh does for keys). It is read when the
client first sends a request, never when the file is loaded or listed, and never logged.

Every error names the file, the line and key, and what to write instead.
"""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import os
import re
import stat
import subprocess
import sys
import threading
import tomllib
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import httpx

from ._auth import AirflowJWT, APIKey, Auth, BasicAuth, BearerToken
from ._errors import ConfigurationError
from ._versions import API_NAMES

__all__ = [
    "AUTH_KINDS",
    "Config",
    "ConfiguredAuth",
    "Deployment",
    "SecretSource",
    "add_deployment",
    "config_path",
    "load_config",
    "remove_deployment",
    "toml_value",
]

APP = "astro-airflow"
#: what each auth kind sends, for messages and ``deployments list``
AUTH_KINDS = {
    "api_key": "Authorization: <key> (an Astronomer Software service-account key)",
    "token": "Authorization: Bearer <token> (Astro, any bearer token)",
    "password": "username + password: a JWT from /auth/token on Airflow 3, basic auth on Airflow 2",
    "basic": "HTTP basic auth with username + password",
    "jwt": "Airflow 3: username + password exchanged for a JWT at /auth/token",
    "none": "no credentials",
}
_NEEDS_USERNAME = frozenset({"password", "basic", "jwt"})
SOURCES = ("env", "file", "command", "secret")
DEPLOYMENT_KEYS = ("url", "base_domain", "release_name", "path_prefix", "auth", "api", "timeout", "verify", "tags")
AUTH_KEYS = ("kind", "username", *SOURCES)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: seconds a secret command may take (less when a fan-out's timeout comes first)
COMMAND_TIMEOUT = 60.0
_EXAMPLE = """[deployments.prod-eu]
base_domain = "example.com"
release_name = "galactic-stars-1234"
auth = { kind = "api_key", env = "PROD_EU_KEY" }
tags = ["prod"]"""


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the config file is: ``$ASTRO_AIRFLOW_CONFIG``, else the platform's user config directory."""
    env = os.environ if env is None else env
    if env.get("ASTRO_AIRFLOW_CONFIG"):
        return Path(env["ASTRO_AIRFLOW_CONFIG"]).expanduser()
    home = Path(env.get("HOME") or Path.home())
    if env.get("XDG_CONFIG_HOME"):
        base = Path(env["XDG_CONFIG_HOME"]).expanduser()
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    elif sys.platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    else:
        base = home / ".config"
    return base / APP / "config.toml"


# -- where each key is in the file, for messages ------------------------------------------------
def _path_of(text: str) -> tuple[str, ...] | None:
    """The key path of a table header or a key (``deployments."a.b"`` -> ("deployments", "a.b")),
    read by tomllib itself, so every way of quoting a key is understood."""
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    path: list[str] = []
    while isinstance(data, dict) and len(data) == 1:
        key = next(iter(data))
        path.append(key)
        data = data[key]
    return tuple(path) or None


def _headers(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Every ``[table]`` header of the file: (line number, key path)."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith("[["):
            path = _path_of(stripped)
            if path is not None:
                out.append((number, path))
    return out


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line of each table header and ``key = value`` (best effort: a key inside a multi-line
    value is not seen; a key of an inline table is found as the line of the inline table)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            table = _path_of(stripped) or table
            for n in range(1, len(table) + 1):  # [a.b] is where a is first seen, too
                lines.setdefault(table[:n], number)
        elif "=" in stripped:
            key = _path_of(stripped.split("=", 1)[0] + "= 0")
            if key is not None:
                lines.setdefault(table + key, number)
    return lines


# -- secrets -------------------------------------------------------------------------------------
@attrs.frozen
class SecretSource:
    """Where one deployment's secret comes from; read only by ``resolve``, when first needed."""

    #: "env", "file", "command" or "secret" (inline)
    kind: str
    #: the variable's name, the file's path, the command (str: shell; list: argv), or the secret itself
    value: str | tuple[str, ...] = attrs.field(repr=False)
    #: "<file>, line N (deployments.x.auth.env)": where it is configured, for messages
    where: str
    #: the config file (an inline secret's file must not be readable by group or others)
    config: Path

    def describe(self) -> str:
        """What ``deployments list`` shows: never the secret (nor the command, which may hold one)."""
        if self.kind == "env":
            return f"env {self.value}"
        if self.kind == "file":
            return f"file {self.value}"
        return "command" if self.kind == "command" else "inline"

    def resolve(self, env: Mapping[str, str], budget: float | None = None) -> str:
        """The secret. Raises ``ConfigurationError`` naming where it is configured and what to do."""
        if self.kind == "env":
            value = env.get(str(self.value), "").strip()
            if not value:
                raise ConfigurationError(
                    f"{self.where}: the environment variable {self.value} is not set (or is empty); "
                    f"export {self.value}=<the secret>, or take the secret from a file or command instead"
                )
            return value
        if self.kind == "file":
            path = Path(str(self.value))
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigurationError(
                    f"{self.where}: cannot read the secret file {path} ({exc.strerror or exc}); create it "
                    "(chmod 600) with the secret on one line, or fix the path"
                ) from None
            return self._one_line(text, f"the file {path}")
        if self.kind == "command":
            return self._one_line(self._run(budget), "the command's output")
        mode = _mode(self.config)
        if mode is not None and mode & 0o044:
            raise ConfigurationError(
                f"{self.where}: an inline secret, but {self.config} is readable by group or others "
                f"(mode {mode & 0o777:04o}), as ssh refuses for keys. Run `chmod 600 {self.config}`, or move the "
                'secret out of the file: env = "VAR", file = "path" or command = "..."'
            )
        return self._one_line(str(self.value), "the inline secret")

    def _one_line(self, text: str, what: str) -> str:
        value = text.strip()
        if not value:
            raise ConfigurationError(f"{self.where}: {what} is empty; it must hold the secret")
        if "\n" in value:
            raise ConfigurationError(
                f"{self.where}: {what} has {value.count(chr(10)) + 1} lines; the secret must be its only line "
                "(e.g. `pass show x | head -1`)"
            )
        return value

    def _run(self, budget: float | None) -> str:
        """Run the command: stdout is the secret (never shown); stderr goes to ours, stdin is closed."""
        mode = _mode(self.config)
        if mode is not None and mode & 0o022:
            raise ConfigurationError(
                f"{self.where}: a secret command, but {self.config} is writable by group or others "
                f"(mode {mode & 0o777:04o}), so they could make you run anything; run `chmod 600 {self.config}`"
            )
        command = self.value if isinstance(self.value, str) else list(self.value)
        timeout = COMMAND_TIMEOUT if budget is None else max(0.1, min(COMMAND_TIMEOUT, budget))
        try:
            # its own process group: a timeout kills what it started too (a shell's children)
            process = subprocess.Popen(
                command,
                shell=isinstance(command, str),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                start_new_session=sys.platform != "win32",
            )
        except (FileNotFoundError, PermissionError) as exc:
            raise ConfigurationError(
                f"{self.where}: cannot run the command ({exc.strerror}); fix the command"
            ) from None
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            raise ConfigurationError(
                f"{self.where}: the command did not finish within {timeout:g}s (its output is never shown); "
                "run it by hand to see why it hangs (does it wait for input?)"
            ) from None
        except BaseException:
            _kill(process)
            raise
        if process.returncode != 0:
            raise ConfigurationError(
                f"{self.where}: the command failed with exit code {process.returncode} (its output is never shown; "
                "what it wrote to stderr is above); run it by hand and fix it"
            )
        return out.decode(errors="replace")


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill a secret command and whatever it started, and reap it."""
    import signal

    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    process.communicate()


def _mode(path: Path) -> int | None:
    """The file's permission bits (None on Windows or when it cannot be read)."""
    if sys.platform == "win32":
        return None
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


class ConfiguredAuth(Auth):
    """The auth of a configured deployment (``Client.from_config``): its secret is read, and the real
    auth made, when the first request is sent, once, whatever the number of threads or tasks; until
    then it holds no secret. Its ``repr`` says where the secret comes from, never the secret."""

    def __init__(self, kind: str, username: str | None, source: SecretSource, env: Mapping[str, str]) -> None:
        self.kind = kind
        self.username = username
        self.source = source
        self._env = env
        self._auth: Auth | None = None
        self._base_url: str | None = None
        self._api: str | None = None
        self._lock = threading.Lock()

    def bind(self, base_url: str) -> Auth:
        self._base_url = base_url
        return self

    def detected(self, api: str) -> None:
        self._api = api
        if self._auth is not None:
            self._auth.detected(api)

    def secrets(self) -> tuple[str, ...]:
        return self._auth.secrets() if self._auth is not None else ()

    def resolved(self) -> Auth:
        """The real auth (reads the secret on first call)."""
        if self._auth is None:
            with self._lock:
                if self._auth is None:
                    from . import _deadline

                    self._auth = self._make(self.source.resolve(self._env, _deadline.remaining()))
        return self._auth

    def _make(self, secret: str) -> Auth:
        auth: Auth
        if self.kind == "api_key":
            auth = APIKey(secret)
        elif self.kind == "token":
            auth = BearerToken(secret)
        elif self.kind == "basic":
            auth = BasicAuth(self.username or "", secret)
        elif self.kind == "jwt":
            auth = AirflowJWT(self.username or "", secret)
        else:
            from ._client import _UserPassword

            auth = _UserPassword(self.username or "", secret)
        if self._base_url is not None:
            auth = auth.bind(self._base_url)
        if self._api is not None:
            auth.detected(self._api)
        return auth

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return (yield from self.resolved().sync_auth_flow(request))

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        auth = self._auth
        if auth is None:
            import asyncio

            auth = await asyncio.to_thread(self.resolved)  # a command must not block the event loop
        flow = auth.async_auth_flow(request)
        request = await flow.__anext__()
        while True:
            response = yield request
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return

    def __repr__(self) -> str:
        user = f", username={self.username!r}" if self.username else ""
        return f"ConfiguredAuth({self.kind!r}{user}, from={self.source.describe()!r})"


# -- the file ------------------------------------------------------------------------------------
@attrs.frozen
class Deployment:
    """One ``[deployments.<name>]`` table, checked."""

    name: str
    url: str
    #: "api_key", "token", "password", "basic", "jwt" or "none"
    auth_kind: str
    username: str | None = None
    source: SecretSource | None = None
    tags: tuple[str, ...] = ()
    api: str | None = None
    timeout: float | None = None
    verify: bool | str | None = None
    #: the line of its table in the file
    line: int | None = None
    #: the environment its secret is read from (os.environ when None)
    env: Mapping[str, str] | None = attrs.field(default=None, repr=False, eq=False)

    def auth(self) -> Auth | None:
        """Its auth (the secret is not read yet)."""
        if self.source is None:
            return None
        return ConfiguredAuth(self.auth_kind, self.username, self.source, os.environ if self.env is None else self.env)

    def describe_auth(self) -> str:
        """``api_key (env PROD_KEY)``: what ``deployments list`` shows (never a secret)."""
        user = f" {self.username}" if self.username else ""
        return f"{self.auth_kind}{user}" + (f" ({self.source.describe()})" if self.source else "")

    def client_options(self) -> dict[str, Any]:
        """``Client(**options)`` for it."""
        options: dict[str, Any] = {"base_url": self.url, "auth": self.auth()}
        if self.api is not None:
            options["api"] = self.api
        if self.timeout is not None:
            options["timeout"] = httpx.Timeout(self.timeout, connect=min(10.0, self.timeout))
        if self.verify is not None:
            options["verify"] = self.verify
        return options


@attrs.frozen
class Config:
    """The config file, read and checked: ``load_config().deployment("prod-eu")``."""

    path: Path
    deployments: dict[str, Deployment]
    exists: bool = True

    def deployment(self, name: str) -> Deployment:
        """The deployment ``name``; ``ConfigurationError`` naming the file, close names and the fix."""
        if not isinstance(name, str) or name not in self.deployments:
            raise ConfigurationError(self._unknown(repr(name), name if isinstance(name, str) else ""))
        return self.deployments[name]

    def _unknown(self, shown: str, name: str) -> str:
        if not self.exists:
            return (
                f"no deployment {shown}: there is no config file at {self.path} (set ASTRO_AIRFLOW_CONFIG to use "
                f"another one). Create it with `astro-airflow deployments add {name or 'NAME'} --url URL ...`, "
                f"or write it by hand:\n{_EXAMPLE}"
            )
        if not self.deployments:
            return (
                f"no deployment {shown}: {self.path} has no deployments yet; add one with "
                "`astro-airflow deployments add NAME --url URL ...`"
            )
        close = difflib.get_close_matches(name, list(self.deployments), n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"no deployment {shown} in {self.path}; {hint}its deployments: {', '.join(self.deployments)}"

    def select(self, expr: str | Sequence[str] | None = None) -> list[Deployment]:
        """The deployments an expression selects, in the file's order. ``None``: all of them.

        ``prod-eu`` (a name), ``prod-*`` (a glob on names), ``tag:prod`` (a tag; globs too),
        ``name:x`` (a name, explicitly); ``a,b``: either; ``tag:prod+tag:eu``: both; ``!x``: not x
        (``tag:prod+!legacy-*``). A name or tag that matches nothing is an error (a typo, most often).
        """
        if expr is None:
            if not self.deployments:
                raise ConfigurationError(self._unknown("to select", ""))
            return list(self.deployments.values())
        terms = [t.strip() for part in ([expr] if isinstance(expr, str) else expr) for t in str(part).split(",")]
        terms = [t for t in terms if t]
        if not terms:
            raise ConfigurationError(f"empty selection {expr!r}: give names, globs or tag:TAG (e.g. tag:prod)")
        chosen: dict[str, Deployment] = {}
        for term in terms:
            conditions = [c.strip() for c in term.split("+")]
            for condition in conditions:
                self._check_condition(condition, term)
            for d in self.deployments.values():
                if all(self._matches(c, d) for c in conditions):
                    chosen.setdefault(d.name, d)
            if not any(all(self._matches(c, d) for c in conditions) for d in self.deployments.values()):
                tags = sorted({t for d in self.deployments.values() for t in d.tags})
                raise ConfigurationError(
                    f"no deployment of {self.path} matches {term!r} (selection {expr!r}); its deployments: "
                    f"{', '.join(self.deployments)}; tags: {', '.join(tags) or 'none'}"
                )
        return [d for d in self.deployments.values() if d.name in chosen]

    @staticmethod
    def _parts(condition: str) -> tuple[bool, str, str]:
        negated = condition.startswith("!")
        condition = condition[1:] if negated else condition
        kind, _, pattern = condition.partition(":") if ":" in condition else ("name", "", condition)
        return negated, kind, pattern

    def _matches(self, condition: str, d: Deployment) -> bool:
        negated, kind, pattern = self._parts(condition)
        if kind == "tag":
            found = any(fnmatch.fnmatchcase(tag, pattern) for tag in d.tags)
        else:
            found = fnmatch.fnmatchcase(d.name, pattern)
        return found != negated

    def _check_condition(self, condition: str, term: str) -> None:
        _, kind, pattern = self._parts(condition)
        if kind not in ("tag", "name") or not pattern:
            raise ConfigurationError(
                f"cannot read {condition!r} in the selection {term!r}: write a name, a glob (prod-*), tag:TAG, "
                "joined by ',' (either) or '+' (both), '!' before one to exclude it"
            )
        if any(ch in pattern for ch in "*?["):
            return
        tags = sorted({t for d in self.deployments.values() for t in d.tags})
        if kind == "tag" and pattern not in tags:
            close = difflib.get_close_matches(pattern, tags, n=1)
            hint = f"did you mean tag:{close[0]}? " if close else ""
            raise ConfigurationError(
                f"no deployment of {self.path} has the tag {pattern!r}; {hint}tags in use: {', '.join(tags) or 'none'}"
            )
        if kind == "name" and pattern not in self.deployments:
            raise ConfigurationError(self._unknown(repr(pattern), pattern))


class _Reader:
    """Checks a parsed config file, naming the file, line and key of every problem."""

    def __init__(self, path: Path, text: str, env: Mapping[str, str] | None) -> None:
        self.path = path
        self.env = env
        self.lines = _key_lines(text)

    def where(self, *keys: str) -> str:
        for n in range(len(keys), 0, -1):
            line = self.lines.get(keys[:n])
            if line is not None:
                return f"{self.path}, line {line} ({'.'.join(keys)})"
        return f"{self.path} ({'.'.join(keys)})"

    def fail(self, keys: Sequence[str], problem: str) -> ConfigurationError:
        return ConfigurationError(f"{self.where(*keys)}: {problem}")

    def unknown_keys(self, table: Mapping[str, Any], allowed: Sequence[str], keys: tuple[str, ...], what: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise self.fail((*keys, key), f"unknown key; {hint}{what} takes: {', '.join(allowed)}")

    def string(self, table: Mapping[str, Any], key: str, keys: tuple[str, ...], example: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or (not value.strip() and key != "path_prefix"):
            raise self.fail((*keys, key), f"must be a non-empty string, e.g. {key} = {example}")
        return value.strip()

    def read(self, data: dict[str, Any]) -> dict[str, Deployment]:
        self.unknown_keys(data, ("deployments",), (), "the file")
        tables = data.get("deployments", {})
        if not isinstance(tables, dict):
            raise self.fail(("deployments",), f"must be tables, one per deployment:\n{_EXAMPLE}")
        return {name: self.deployment(name, table) for name, table in tables.items()}

    def deployment(self, name: str, table: Any) -> Deployment:
        keys = ("deployments", name)
        if not _NAME.match(name):
            raise self.fail(
                keys, "a deployment name has letters, digits, '_', '.' and '-', and starts with a letter or digit"
            )
        if not isinstance(table, dict):
            raise self.fail(keys, f"must be a table: [deployments.{name}] followed by its keys")
        self.unknown_keys(table, DEPLOYMENT_KEYS, keys, "a deployment")
        url = self.string(table, "url", keys, '"https://deployments.example.com/galactic-stars-1234/airflow"')
        domain = self.string(table, "base_domain", keys, '"example.com"')
        release = self.string(table, "release_name", keys, '"galactic-stars-1234"')
        prefix = self.string(table, "path_prefix", keys, '"/airflow"')
        if url and (domain or release or prefix is not None):
            raise self.fail(keys, "give either url, or base_domain + release_name (+ path_prefix), not both")
        if url:
            url = url if "://" in url else "https://" + url
            if not url.startswith(("http://", "https://")) or not httpx.URL(url).host:
                raise self.fail(
                    (*keys, "url"), 'must be an http(s) URL, e.g. url = "https://abc123.astronomer.run/d8x9"'
                )
            url = url.rstrip("/")
        elif domain or release:
            from ._client import astronomer_url

            try:
                url = astronomer_url(domain or "", release or "", prefix)
            except ConfigurationError as exc:
                raise self.fail((*keys, "base_domain" if domain else "release_name"), exc.message) from None
        else:
            raise self.fail(
                keys,
                'no url: give url = "https://..." or base_domain = "example.com" with '
                'release_name = "galactic-stars-1234"',
            )
        kind, username, source = self.auth(table, keys)
        api = table.get("api")
        if api is not None and api not in API_NAMES:
            raise self.fail(
                (*keys, "api"), f"must be one of {', '.join(API_NAMES)} (or left out: detected), got {api!r}"
            )
        timeout = table.get("timeout")
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0):
            raise self.fail((*keys, "timeout"), f"must be a number of seconds > 0, e.g. timeout = 30; got {timeout!r}")
        verify = table.get("verify")
        if verify is not None and not isinstance(verify, bool | str):
            raise self.fail(
                (*keys, "verify"), 'must be true, false or the path of a CA bundle, e.g. verify = "/etc/ca.pem"'
            )
        if isinstance(verify, str):
            verify = str(self.relative(verify))
        tags = table.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and _NAME.match(t) for t in tags):
            raise self.fail(
                (*keys, "tags"),
                f'must be a list of names (letters, digits, "_", ".", "-"), e.g. tags = ["prod", "etl"]; got {tags!r}',
            )
        return Deployment(
            name=name,
            url=url,
            auth_kind=kind,
            username=username,
            source=source,
            tags=tuple(tags),
            api=api,
            timeout=float(timeout) if timeout is not None else None,
            verify=verify,
            line=self.lines.get(keys),
            env=self.env,
        )

    def auth(self, table: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str, str | None, SecretSource | None]:
        auth = table.get("auth")
        example = 'auth = { kind = "api_key", env = "PROD_EU_KEY" }'
        if auth is None:
            raise self.fail(keys, f'no auth: say how to authenticate, e.g. {example} (or kind = "none")')
        keys = (*keys, "auth")
        if not isinstance(auth, dict):
            raise self.fail(keys, f"must be a table, e.g. {example}")
        self.unknown_keys(auth, AUTH_KEYS, keys, "auth")
        kind = auth.get("kind")
        if kind not in AUTH_KINDS:
            shown = ", ".join(f"{k!r}" for k in AUTH_KINDS)
            raise self.fail((*keys, "kind"), f"must be one of {shown}; got {kind!r}")
        username = auth.get("username")
        if kind in _NEEDS_USERNAME:
            if not isinstance(username, str) or not username.strip():
                raise self.fail(keys, f'kind = "{kind}" needs username = "..." (and the password as its secret)')
        elif username is not None:
            raise self.fail((*keys, "username"), f'kind = "{kind}" takes no username (only password, basic and jwt do)')
        given = [s for s in SOURCES if s in auth]
        if kind == "none":
            if given:
                raise self.fail((*keys, given[0]), 'kind = "none" takes no secret')
            return kind, None, None
        if len(given) != 1:
            found = f"{len(given)} ({', '.join(given)})" if given else "none"
            raise self.fail(
                keys,
                f'give exactly one source of the secret: env = "VAR", file = "path", command = "..." or '
                f'secret = "..." (inline); found {found}',
            )
        which = given[0]
        value: Any = auth[which]
        if which == "env" and (not isinstance(value, str) or not _ENV_NAME.match(value)):
            raise self.fail(
                (*keys, which), f'must be the name of an environment variable, e.g. env = "PROD_KEY"; got {value!r}'
            )
        if which == "command":
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                value = tuple(value)
            elif not isinstance(value, str) or not value.strip():
                raise self.fail(
                    (*keys, which),
                    "must be a command: a string run by the shell, or a list of arguments, "
                    'e.g. command = "pass show airflow"',
                )
        elif not isinstance(value, str) or not value.strip():
            raise self.fail((*keys, which), f'must be a non-empty string, e.g. {which} = "..."')
        if which == "file":
            value = str(self.relative(value))
        source = SecretSource(kind=which, value=value, where=self.where(*keys, which), config=self.path)
        return kind, username.strip() if isinstance(username, str) else None, source

    def relative(self, value: str) -> Path:
        """A path as written in the file: ``~`` expanded, relative to the file's directory."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.path.parent / path


def load_config(path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read and check the config file (``config_path()`` by default). A missing file is an empty
    config whose ``deployment(name)`` says how to create it."""
    file = Path(path).expanduser() if path is not None else config_path(env)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config(file, {}, exists=False)
    except OSError as exc:
        raise ConfigurationError(f"cannot read the config file {file} ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{file} is not UTF-8 text ({exc}); save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        at = f", line {line.group(1)}" if line else ""
        raise ConfigurationError(
            f"{file}{at}: not valid TOML ({exc}). Fix that line; a deployment is written as:\n{_EXAMPLE}"
        ) from None
    return Config(file, _Reader(file, text, env).read(data))


# -- writing: `deployments add` / `remove` ------------------------------------------------------------
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def toml_value(value: Any) -> str:
    """The TOML of the subset this package writes: strings, booleans, integers, finite floats, lists
    of those, and (inline) tables of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} has no place in the config file")
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }" if value else "{}"
    raise TypeError(f"cannot write a {type(value).__name__} to the config file")


def deployment_toml(name: str, table: Mapping[str, Any]) -> str:
    """``[deployments.<name>]`` and its keys, in the order of ``DEPLOYMENT_KEYS``."""
    lines = [f"[deployments.{toml_key(name)}]"]
    for key in DEPLOYMENT_KEYS:
        if key in table and table[key] is not None:
            lines.append(f"{key} = {toml_value(table[key])}")
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str, mode: int) -> None:
    """Replace the file at once (a temporary file renamed over it), with ``mode``."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _read_for_update(path: Path) -> tuple[str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path} is not valid TOML ({exc}); fix it before changing it with the CLI") from None
    load_config(path)  # the whole file must be valid first: say what is wrong where
    return text, data


def _without(text: str, name: str) -> str:
    """``text`` without the ``[deployments.<name>]`` table and its sub-tables, everything else kept."""
    lines = text.splitlines(keepends=True)
    headers = _headers(text)
    drop: set[int] = set()
    for i, (number, path) in enumerate(headers):
        if path[:2] == ("deployments", name):
            end = headers[i + 1][0] - 1 if i + 1 < len(headers) else len(lines)
            drop.update(range(number - 1, end))
    kept = "".join(line for i, line in enumerate(lines) if i not in drop)
    return re.sub(r"\n{3,}", "\n\n", kept).lstrip("\n")


def add_deployment(
    name: str, table: Mapping[str, Any], *, path: str | os.PathLike[str] | None = None, replace: bool = False
) -> Path:
    """Append ``[deployments.<name>]`` to the config file (created 0600, its directory 0700), keeping the
    rest of the file as it is (comments included). The result is read back and checked before it is
    written. ``replace``: an existing deployment of that name is replaced."""
    file = Path(path).expanduser() if path is not None else config_path()
    text, data = _read_for_update(file)
    existing = data.get("deployments", {})
    if name in existing:
        if not replace:
            line = _key_lines(text).get(("deployments", name))
            at = f" (line {line})" if line else ""
            raise ConfigurationError(
                f"{file} already has a deployment {name!r}{at}; pass --replace (replace=True) to overwrite it, "
                "or choose another name"
            )
        text = _without(text, name)
    mode = _mode(file) if file.exists() else 0o600
    if "secret" in (table.get("auth") or {}) and mode is not None and mode & 0o044:
        raise ConfigurationError(
            f"{file} is readable by group or others (mode {mode:04o}), so it cannot hold an inline secret: run "
            f"`chmod 600 {file}`, or take the secret from an environment variable, a file or a command"
        )
    new = (text.rstrip("\n") + "\n\n" if text.strip() else "") + deployment_toml(name, table)
    try:
        after = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - the writer writes valid TOML
        raise ConfigurationError(
            f"writing {name!r} to {file} would make it invalid TOML ({exc}); nothing written"
        ) from None
    expected = {**existing, name: dict(table)}
    if after.get("deployments") != expected or {k: v for k, v in after.items() if k != "deployments"} != {
        k: v for k, v in data.items() if k != "deployments"
    }:
        raise ConfigurationError(
            f"cannot add {name!r} to {file} without changing something else (is {name!r} written other than as a "
            f"[deployments.{name}] table?); edit the file by hand"
        )
    _Reader(file, new, None).deployment(name, after["deployments"][name])  # the same checks as loading it
    _write(file, new, 0o600 if mode is None else mode)
    return file


def remove_deployment(name: str, *, path: str | os.PathLike[str] | None = None) -> Path:
    """Remove ``[deployments.<name>]`` (and its sub-tables) from the config file, keeping everything else."""
    file = Path(path).expanduser() if path is not None else config_path()
    config = load_config(file)
    config.deployment(name)  # unknown: the error names the file and the close names
    text, data = _read_for_update(file)
    new = _without(text, name)
    expected = {k: v for k, v in data["deployments"].items() if k != name}
    after = tomllib.loads(new)
    rest = {k: v for k, v in after.items() if k != "deployments"}
    if after.get("deployments", {}) != expected or rest != {k: v for k, v in data.items() if k != "deployments"}:
        line = config.deployments[name].line
        raise ConfigurationError(
            f"cannot remove {name!r} from {file} automatically: it is not written as a [deployments.{name}] table; "
            f"delete its lines by hand{f' (line {line})' if line else ''}"
        )
    _write(file, new, _mode(file) or 0o600)
    return file
