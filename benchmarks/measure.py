"""Measuring one thing at a time: wall time per image, FLOPs, the CPU's fp32 peak, peak RSS.

>>> timing = time_calls(lambda: sum(range(1000)), RunPolicy(warmup=1, min_runs=3, max_runs=3, budget_s=5))
>>> timing.runs, timing.ms > 0
(3, True)
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import torch
from torch.utils.flop_counter import FlopCounterMode

K = TypeVar("K")


@dataclass(frozen=True)
class RunPolicy:
    """How many times to run a measured call: ``warmup`` untimed calls, then timed calls until
    ``max_runs`` or until ``budget_s`` seconds have been spent, but never fewer than ``min_runs``.

    >>> RunPolicy.quick().max_runs <= RunPolicy.full().max_runs
    True
    """

    warmup: int
    min_runs: int
    max_runs: int
    budget_s: float

    @classmethod
    def quick(cls) -> RunPolicy:
        # One timed call is enough for a row whose call takes longer than the budget (the
        # two-stage baselines: ~1 minute at N = 300); the rest get up to three.
        return cls(warmup=1, min_runs=1, max_runs=3, budget_s=20.0)

    @classmethod
    def full(cls) -> RunPolicy:
        return cls(warmup=2, min_runs=5, max_runs=11, budget_s=90.0)

    @classmethod
    def smoke(cls) -> RunPolicy:
        return cls(warmup=0, min_runs=1, max_runs=1, budget_s=0.0)


@dataclass(frozen=True)
class Timing:
    """Median and spread of the timed calls, in milliseconds per image.

    >>> Timing.from_seconds([0.2, 0.1, 0.3], images_per_call=2).ms  # median 0.2 s, 2 pictures a call
    100.0
    """

    ms: float
    runs: int
    min_ms: float
    max_ms: float

    @classmethod
    def from_seconds(cls, seconds: list[float], images_per_call: int = 1) -> Timing:
        per_image_ms = [1000.0 * s / images_per_call for s in seconds]
        return cls(
            ms=statistics.median(per_image_ms), runs=len(per_image_ms), min_ms=min(per_image_ms), max_ms=max(per_image_ms)
        )


def time_calls(call: Callable[[], object], policy: RunPolicy, images_per_call: int = 1) -> Timing:
    """Run ``call`` per ``policy`` and return the median wall time per image."""
    for _ in range(policy.warmup):
        call()
    seconds: list[float] = []
    started = time.perf_counter()
    while len(seconds) < policy.max_runs:
        if len(seconds) >= policy.min_runs and time.perf_counter() - started > policy.budget_s:
            break
        tick = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - tick)
    return Timing.from_seconds(seconds, images_per_call)


def time_round_robin(calls: dict[K, Callable[[], object]], rounds: int) -> dict[K, Timing]:
    """Time every call once per round, ``rounds`` rounds, in turn: a slow spell of a shared
    machine then hits every call alike, so their ratios hold where row-by-row timing drifts.

    >>> order = []
    >>> timings = time_round_robin({"a": lambda: order.append("a"), "b": lambda: order.append("b")}, rounds=2)
    >>> order, timings["a"].runs
    (['a', 'b', 'a', 'b'], 2)
    """
    seconds: dict[K, list[float]] = {key: [] for key in calls}
    for _ in range(rounds):
        for key, call in calls.items():
            tick = time.perf_counter()
            call()
            seconds[key].append(time.perf_counter() - tick)
    return {key: Timing.from_seconds(values) for key, values in seconds.items()}


def count_flops(call: Callable[[], object]) -> int:
    """FLOPs (2 per multiply-add) of the matmuls and convolutions ``call`` runs, counted by
    ``torch.utils.flop_counter``; elementwise work and custom kernels are not counted.

    >>> count_flops(lambda: torch.ones(4, 8) @ torch.ones(8, 2))
    128
    """
    counter = FlopCounterMode(display=False)
    with counter:
        call()
    return int(counter.get_total_flops())


def cpu_peak_gflops(size: int = 2048, repeats: int = 8) -> float:
    """The CPU's reachable fp32 rate: the best GFLOP/s of a ``size``³ matmul at the current
    thread count, the yardstick the models' achieved rates are a fraction of."""
    a = torch.randn(size, size)
    b = torch.randn(size, size)
    torch.mm(a, b)
    best = float("inf")
    for _ in range(repeats):
        tick = time.perf_counter()
        torch.mm(a, b)
        best = min(best, time.perf_counter() - tick)
    return 2.0 * size**3 / best / 1e9


def current_rss_mb() -> float:
    """Resident memory of this process now, in MiB."""
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def reset_peak_rss() -> bool:
    """Restart the kernel's high-water mark of this process's RSS (Linux ≥ 4.0), so the peak
    of each benchmark row can be read separately. Returns False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def peak_rss_mb() -> float:
    """The high-water mark of this process's RSS in MiB (since the last ``reset_peak_rss``)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_rows(path: Path | None, rows: list[dict]) -> None:
    """Write a benchmark's ``rows`` to ``path`` (its ``--json``) as indented JSON, making its
    folder first; nothing when ``path`` is None."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows, indent=2))
