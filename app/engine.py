"""Which engine runs a pre-label batch, chosen in one place for every door.

``gridclip prelabel`` (its ``--engine``, ``--ray-address``, ``--workers`` and
``--gpus-per-worker``) and the app's Batch tab (nothing to type: the environment, read when the
arguments say nothing) both ask :func:`ray_options`, then run :func:`prelabel`: this process
(``app.batch.prelabel_images``) when it answers None, Ray Data workers
(``app.ray_batch.prelabel_with_ray``) otherwise. Both engines hand every batch to the same
pipeline (``gridclip.inference.prelabel``).

The environment: ``GRIDCLIP_BATCH_ENGINE`` (``local`` or ``ray``), ``GRIDCLIP_RAY_ADDRESS``,
``GRIDCLIP_RAY_WORKERS`` and ``GRIDCLIP_RAY_GPUS_PER_WORKER``.

>>> ray_options(8, environ={"GRIDCLIP_BATCH_ENGINE": "ray", "GRIDCLIP_RAY_WORKERS": "3"})
RayOptions(address=None, workers=3, gpus_per_worker=0.0, cpus_per_worker=1.0, num_cpus=None, batch_size=8)
>>> ray_options(8, "local", environ={"GRIDCLIP_BATCH_ENGINE": "ray"}) is None  # the arguments win
True
>>> ray_options(8, environ={}) is None
True
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.batch import BatchReport, PrelabelJob, prelabel_images
from app.ray_batch import RayOptions, model_source_of, prelabel_with_ray

if TYPE_CHECKING:
    from storage import Store

ENGINE_ENV = "GRIDCLIP_BATCH_ENGINE"
ENGINES = ("local", "ray")


def ray_options(
    batch_size: int,
    engine: str | None = None,
    address: str | None = None,
    workers: int | None = None,
    gpus_per_worker: float | None = None,
    environ: Mapping[str, str] | None = None,
) -> RayOptions | None:
    """The Ray options of a run, or None for this process (the default). Each argument left
    None is read from the environment."""
    env = os.environ if environ is None else environ
    chosen = (engine or env.get(ENGINE_ENV) or "local").strip().lower()
    if chosen not in ENGINES:
        raise ValueError(f"engine {chosen!r} (from {'the arguments' if engine else ENGINE_ENV}): use 'local' or 'ray'")
    if chosen == "local":
        return None
    return RayOptions(
        address=address or env.get("GRIDCLIP_RAY_ADDRESS") or None,
        workers=workers if workers is not None else int(env.get("GRIDCLIP_RAY_WORKERS", "2")),
        gpus_per_worker=gpus_per_worker if gpus_per_worker is not None
        else float(env.get("GRIDCLIP_RAY_GPUS_PER_WORKER", "0")),
        batch_size=batch_size,
    )


def prelabel(store: Store, detector: Any, job: PrelabelJob, *, engine: RayOptions | None, model_source: str | None = None,
             batch_size: int = 4, model_lock: Any = None, int8_static: bool | None = None) -> BatchReport:
    """Run ``job`` with ``detector`` on the chosen engine (``ray_options``).

    On Ray the workers load ``model_source`` (default: the source the store registered for
    ``detector``'s version) with ``int8_static``, in batches of ``engine.batch_size``;
    ``detector`` only names the version there, and ``model_lock`` matters only in this process."""
    if engine is None:
        return prelabel_images(store, detector, job, batch_size=batch_size, model_lock=model_lock)
    source = model_source or model_source_of(store, detector)
    return prelabel_with_ray(store, source, job, options=engine, int8_static=int8_static, driver_model=detector)
