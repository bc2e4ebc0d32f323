"""``gridclip bench``: the speed harness (``benchmarks/speed.py``) behind the CLI, its argument
errors shown as one line."""

from __future__ import annotations

import argparse

from app.errors import CommandError


def run_bench(args: argparse.Namespace) -> int:
    """Check ``--quick`` / ``--groups`` / ``--json`` / ``--world-checkpoint`` before anything
    runs, then run and print."""
    from benchmarks.speed import BenchArgumentError, plan_for, run_plan

    try:
        plan = plan_for(args.quick, getattr(args, "groups", None), args.json, getattr(args, "world_checkpoint", None))
    except BenchArgumentError as exc:
        raise CommandError(str(exc)) from None
    return run_plan(plan, args.json)
