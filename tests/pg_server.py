"""A throwaway PostgreSQL server for tests: Debian's initdb + pg_ctl, a temp data dir, a free
port on 127.0.0.1, stopped at the end. As root it runs as the ``postgres`` system user
(PostgreSQL refuses to run as root).

Use the ``postgres_server`` fixture (session scope) and ``PostgresServer.new_database()``:

    def test_x(postgres_server):
        url = postgres_server.new_database()   # "postgresql+psycopg://postgres@127.0.0.1:PORT/test_3"

Absent PostgreSQL binaries fail the test under ``CI=true`` and skip it otherwise.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.services import missing_service


def find_postgres_bin() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` holding initdb and pg_ctl, if any."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(candidates[-1]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresServer:
    bin_dir: Path
    data_dir: Path
    port: int
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self._run(self.bin_dir / "initdb", "-D", self.data_dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.data_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(self.bin_dir / "pg_ctl", "-D", self.data_dir, "-o", options, "-l", self.data_dir / "server.log", "-w", "start")

    def stop(self) -> None:
        try:
            self._run(self.bin_dir / "pg_ctl", "-D", self.data_dir, "-m", "immediate", "-w", "stop")
        except subprocess.CalledProcessError:
            pass

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg

        name = f"test_{next(self._counter)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def server_in_a_temporary_folder(bin_dir: Path, prefix: str = "gridclip-pg-") -> PostgresServer:
    """A PostgresServer (not started) whose data folder is new and, as root, owned by ``postgres``;
    ``data_dir.parent`` is the folder to remove afterwards."""
    base = Path(tempfile.mkdtemp(prefix=prefix))
    data_dir = base / "data"
    data_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(data_dir, "postgres")
        os.chmod(base, 0o755)
    return PostgresServer(bin_dir, data_dir, free_port())


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        missing_service("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): run scripts/setup_test_services.sh")
    server = server_in_a_temporary_folder(bin_dir)
    data_dir, base = server.data_dir, server.data_dir.parent
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = data_dir / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {exc.stderr or exc}\n{detail}")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)
