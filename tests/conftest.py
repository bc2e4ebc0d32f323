"""Suite-wide settings.

The tests run on 2 cores next to the servers they start (PostgreSQL, Label Studio, the app, a
browser): one intra-op thread per process avoids the oversubscription stalls that made two
threads ~10x slower here. Set before any test module imports torch, and inherited by the
subprocesses the tests start; a test that wants more threads sets them itself (the benchmarks do).

The caches (text embeddings, the int8 trunk, teacher embeddings) go to a folder of this run,
not the user's cache: a test must not depend on, or leave behind, what another run cached.
"""

import atexit
import os
import shutil
import tempfile

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
if "GRIDCLIP_CACHE_DIR" not in os.environ:
    os.environ["GRIDCLIP_CACHE_DIR"] = tempfile.mkdtemp(prefix="gridclip-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["GRIDCLIP_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def ls():
    """A recording HTTP server playing Label Studio (tests/backends/test_images.py)."""
    from tests.backends.test_images import RecordingServer

    server = RecordingServer()
    yield server
    server.close()


@pytest.fixture
def foreign():
    """A second recording server: whoever else can reach the backend; it must never get a token."""
    from tests.backends.test_images import RecordingServer

    server = RecordingServer()
    yield server
    server.close()
