"""Suite-wide settings.

The tests run on 2 cores next to the servers they start (PostgreSQL, Label Studio, the app, a
browser): one intra-op thread per process avoids the oversubscription stalls that made two
threads ~10x slower here. Set before any test module imports torch, and inherited by the
subprocesses the tests start; a test that wants more threads sets them itself (the benchmarks do).
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
