"""A throwaway PostgreSQL server on loopback, for tests and benchmarks.

>>> with TemporaryServer() as server:                       # doctest: +SKIP
...     with open_store(server.url("bench")) as store: ...

It runs ``initdb`` and ``pg_ctl`` from the local PostgreSQL installation (Debian's
``postgresql`` package puts them in ``/usr/lib/postgresql/VERSION/bin``) in a temporary
directory, listens on 127.0.0.1 on a free port (no Unix socket), trusts local
connections and is tuned for speed, not durability (``fsync=off``): never keep data
in it. As root, the server runs as the ``postgres`` user (PostgreSQL refuses root).
:func:`find_binaries` says why when no server can be started.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from lagebild.errors import StoreError

#: Settings for a fast, disposable server.
SETTINGS = (
    "-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=50 -c shared_buffers=128MB"
)


def find_binaries() -> Path:
    """The directory holding ``initdb`` and ``pg_ctl``; raises StoreError saying how to install them."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if candidates:
        return Path(candidates[-1]).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip()
        if bindir and (Path(bindir) / "initdb").exists():
            return Path(bindir)
    raise StoreError("no PostgreSQL server installed (initdb not found): apt-get install postgresql")


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TemporaryServer:
    """A PostgreSQL server in a temporary directory; :meth:`stop` (or leaving ``with``) removes it."""

    def __init__(self, *, user: str = "postgres") -> None:
        self.bindir = find_binaries()
        self.user = user
        self.port = 0
        self.directory = Path(tempfile.mkdtemp(prefix="lagebild-pg-"))
        self.data = self.directory / "data"
        self.log = self.directory / "server.log"
        self._run_as: list[str] = []
        self.started = False

    def __enter__(self) -> TemporaryServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _command(self, *args: str) -> list[str]:
        return [*self._run_as, *args]

    def start(self) -> None:
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            runuser = shutil.which("runuser")
            try:
                import pwd

                account = pwd.getpwnam("postgres")
            except KeyError:
                raise StoreError("running as root and there is no 'postgres' user to run the server as") from None
            if not runuser:
                raise StoreError("running as root and runuser is missing: run as another user")
            os.chown(self.directory, account.pw_uid, account.pw_gid)
            self._run_as = [runuser, "-u", "postgres", "--"]
        initdb = self._command(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )
        done = subprocess.run(initdb, capture_output=True, text=True)
        if done.returncode != 0:
            raise StoreError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        for attempt in range(5):
            self.port = free_port()
            command = self._command(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                "-o", f"-p {self.port} {SETTINGS}", "start",
            )
            if subprocess.run(command, capture_output=True, text=True).returncode == 0:
                self.started = True
                return
            time.sleep(0.2 * (attempt + 1))  # the port was taken meanwhile: try another
        log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
        raise StoreError(f"the temporary PostgreSQL server did not start: {log}")

    def url(self, database: str = "postgres", **options: str) -> str:
        """A connection URL; ``options`` become server settings (e.g. ``search_path``)."""
        url = f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"
        if options:
            settings = "%20".join(f"-c{key}%3D{value}" for key, value in options.items())
            url += f"?options={settings}"
        return url

    def create_database(self, name: str) -> str:
        """Create a database (if missing) and return its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run(
                self._command(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                capture_output=True,
            )
            self.started = False
        shutil.rmtree(self.directory, ignore_errors=True)
