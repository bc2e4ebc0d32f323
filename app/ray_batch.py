"""The batch pre-labeler on Ray Data: the local runner's work, on many workers and machines.

``prelabel_with_ray`` does what ``app.batch.prelabel_images`` does, with the same keys and the
same resume rule, but spreads the pictures over a pool of Ray actors (``RayPredictor``), each
loading the model once and writing its pictures' predictions straight into the store:

- the driver (this process) loads the model once on CPU to learn its version, registers it, and
  lists the images to cover; those this model version already looked at with this vocabulary
  (``Store.list_images(filter="unpredicted", ...)``, the local runner's ``has_predictions``
  rule, asked once for all) count as done and never reach a worker;
- Ray Data streams ``(image_id, path)`` rows in small blocks to a pool of ``workers`` actors
  (``map_batches`` with ``ActorPoolStrategy(size=workers)``); each actor hands its batch to the
  one pre-label pipeline (``gridclip.inference.prelabel.PrelabelRun.label``, as the local
  runner does), which checks ``has_predictions`` again (a retried block may hold pictures it
  already wrote before it died), reads the pictures from their path (every node must reach the
  store's image paths, e.g. one shared mount), predicts the batch, and commits it in one
  transaction (``Store.record_prediction_runs``; picture by picture if the batch fails, to
  report just the bad one): a picture another worker finished meanwhile is left as it is, so
  nothing is written twice, and a worker that dies loses at most its uncommitted batch;
- a worker process that dies is restarted by Ray and its block retried: Ray Data gives its
  actor pools ``max_restarts=-1`` and ``max_task_retries=-1`` (the actor options, set by
  ``ActorPoolMapOperator``; passing them through ``map_batches`` is deprecated since Ray 2.5x),
  so the run still finishes;
- the driver reads one small row per picture back (predicted / skipped / failed), counted once
  per image id, and reports progress as ``app.batch.BatchProgress``.

Workers on several machines need a store they can all reach: PostgreSQL. A SQLite file is
refused unless the whole Ray cluster is this one machine.

Exemplar prototypes (``gridclip.inference.exemplars.ClassPrototypes``) travel to the workers
with the model version and go to ``Detector.predict(exemplars=...)``, as in the local runner
(``PrelabelJob.exemplars``, for either runner): the store's keys stay the model version and the
vocabulary, the run's thresholds record the prototypes' digest, and the predictions are new ones,
so no picture counts as done before: every picture given is predicted and its undecided
predictions replaced (the pipeline's one replace rule; a retried block rewrites its pictures,
still one prediction set each).

Ray is an optional extra (``pip install -e '.[ray]'``); importing this module does not import it.
"""

from __future__ import annotations

import ipaddress
import math
import os
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.batch import BatchReport, PrelabelJob, select_image_ids
from gridclip.inference.prelabel import PictureOutcome, PrelabelRun
from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:
    from storage import Store

#: ``--ray-address`` values that start a fresh Ray on this machine.
LOCAL_ADDRESSES = (None, "", "local")
#: Rows per Ray Data block = batch_size * this: small blocks spread the work evenly and make a
#: retried block cheap; large enough that scheduling costs little next to the model.
BATCHES_PER_BLOCK = 4

class RayUnavailableError(RuntimeError):
    """Ray Data is not installed: ``pip install -e '.[ray]'``."""


class RayClusterError(ValueError):
    """The run cannot go on this cluster as asked (a store the workers cannot share, more
    workers or GPUs than the cluster has)."""


class RayStoreError(RayClusterError):
    """The store cannot be shared by the workers (SQLite on a cluster of several machines, or an
    in-memory database)."""


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide a Ray run goes.

    ``address``: None / ``"local"`` starts Ray on this machine (``num_cpus`` CPUs, default all);
    ``"auto"``, ``"HOST:6379"`` or ``"ray://HOST:10001"`` joins a running cluster.
    ``workers``: model replicas (actors); ``gpus_per_worker`` / ``cpus_per_worker``: what each
    reserves (a fraction such as 0.5 shares a GPU between two replicas).
    """

    address: str | None = None
    workers: int = 2
    gpus_per_worker: float = 0.0
    cpus_per_worker: float = 1.0
    num_cpus: int | None = None
    batch_size: int = 4

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.gpus_per_worker < 0 or self.cpus_per_worker < 0:
            raise ValueError("gpus_per_worker and cpus_per_worker must not be negative")
        if self.batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {self.batch_size}")


def import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayUnavailableError(
            f"the Ray engine needs Ray Data ({exc}): pip install -e '.[ray]' (or pip install 'ray[data]')"
        ) from None
    return ray


def is_local_address(address: str | None) -> bool:
    """Whether ``address`` names this machine (or asks for a fresh local Ray).

    >>> [is_local_address(a) for a in (None, "local", "127.0.0.1:6379", "ray://localhost:10001", "10.0.0.7:6379")]
    [True, True, True, True, False]
    """
    if address in LOCAL_ADDRESSES:
        return True
    if address == "auto":
        return True  # a running cluster reached from this machine; its node count is checked on connecting
    host = address.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
    if host in ("localhost", socket.gethostname(), socket.getfqdn()):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        try:
            ip = ipaddress.ip_address(socket.gethostbyname(host))
        except (OSError, ValueError):
            return False
    if ip.is_loopback:
        return True
    try:
        own = {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None)}
    except OSError:
        own = set()
    return str(ip) in own


def shared_store_url(store: Store, address: str | None) -> str:
    """The store's URL for the workers (password included: it goes to the workers, never to a
    log), after refusing a store they cannot share."""
    url = store.engine.url
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:" or "mode=memory" in str(url):
            raise RayStoreError("an in-memory SQLite store cannot be shared with Ray workers: use a file or PostgreSQL")
        if not is_local_address(address):
            raise RayStoreError(
                f"a SQLite store only works with Ray workers on this machine, and --ray-address {address} "
                "is another one: use a PostgreSQL store every node can reach "
                "(--db postgresql+psycopg://USER:PASSWORD@HOST/DB)"
            )
        url = url.set(database=os.path.abspath(url.database))  # the workers' working folder is not ours
    return url.render_as_string(hide_password=False)


def _check_resources(ray: Any, options: RayOptions) -> None:
    """Refuse a pool the cluster can never hold (Ray would wait for it forever)."""
    have = ray.cluster_resources()
    cpus, gpus = float(have.get("CPU", 0)), float(have.get("GPU", 0))
    need_cpus, need_gpus = options.workers * options.cpus_per_worker, options.workers * options.gpus_per_worker
    if need_gpus > gpus + 1e-9 or need_cpus > cpus + 1e-9:
        raise RayClusterError(
            f"{options.workers} workers × ({options.cpus_per_worker:g} CPU, {options.gpus_per_worker:g} GPU) need "
            f"{need_cpus:g} CPUs and {need_gpus:g} GPUs, and the cluster has {cpus:g} CPUs and {gpus:g} GPUs: "
            "lower --workers or --gpus-per-worker, or join more nodes"
        )


def _check_cluster_for_sqlite(ray: Any, store_url: str) -> None:
    if not store_url.startswith("sqlite"):
        return
    nodes = [n for n in ray.nodes() if n.get("Alive")]
    if len(nodes) > 1:
        raise RayStoreError(
            f"a SQLite store only works with Ray workers on one machine, and this cluster has {len(nodes)} nodes: "
            "use a PostgreSQL store every node can reach (--db postgresql+psycopg://USER:PASSWORD@HOST/DB)"
        )


class RayPredictor:
    """One model replica: a Ray actor that loads the model once and labels batches of rows
    ``{"image_id", "path"}`` into the store, returning one row per picture
    ``{"image_id", "path", "status", "boxes", "error"}``."""

    def __init__(
        self,
        store_url: str,
        model_source: str,
        model_version: str,
        vocabulary: Vocabulary,
        thresholds: Thresholds,
        batch_size: int,
        image_size: int | None = None,
        int8_static: bool | None = None,
        exemplars: Any = None,
    ) -> None:
        from gridclip import load_detector
        from storage import Store

        self.detector = load_detector(model_source, device=None, image_size=image_size, int8_static=int8_static)
        if self.detector.version != model_version:
            raise RuntimeError(
                f"the model {model_source!r} on this worker ({socket.gethostname()}) is version "
                f"{self.detector.version[:12]}, the driver's is {model_version[:12]}: give every node the same model files"
            )
        self.store = Store.open(store_url)
        self.run = PrelabelRun(self.detector, vocabulary, thresholds, exemplars)
        self.batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        ids = batch["image_id"].tolist()
        outcomes = self.run.label(self.store, ids, dict(zip(ids, batch["path"].tolist())))
        return {
            "image_id": np.asarray([o.image_id for o in outcomes], dtype=np.int64),
            "path": np.asarray([o.path for o in outcomes], dtype=object),
            "status": np.asarray([o.status for o in outcomes], dtype=object),
            "boxes": np.asarray([o.boxes for o in outcomes], dtype=np.int64),
            "error": np.asarray([o.error for o in outcomes], dtype=object),
        }


def prelabel_with_ray(
    store: Store,
    model_source: str,
    job: PrelabelJob,
    *,
    options: RayOptions = RayOptions(),
    image_size: int | None = None,
    int8_static: bool | None = None,
    predictor_cls: type = RayPredictor,
    driver_model: Any = None,
) -> BatchReport:
    """Pre-label images on a Ray cluster; the local runner's ``prelabel_images`` contract.

    ``store``: the driver's store (its URL goes to the workers); ``model_source``: what
    ``load_detector`` loads, on the driver (CPU, to learn the version) and once per worker.
    Images already predicted by this model version with this vocabulary are skipped, so a rerun
    after a crash or Ctrl-C predicts only what is missing. ``job.progress`` is called as results
    come back (at most a few times a second); ``job.cancel`` stops the run between blocks (what
    the workers committed stays). ``job.exemplars``: class prototypes of this model version, for
    every worker's ``predict`` (then every picture is predicted again: see the module's notes).
    ``predictor_cls``: a ``RayPredictor`` subclass (tests).
    ``driver_model``: the driver's copy of ``model_source`` if already loaded (only its version
    and name are read); by default it is loaded here, on CPU.
    """
    from gridclip import load_detector
    from gridclip.inference.model_version import register_model_version

    started = time.monotonic()
    store_url = shared_store_url(store, options.address)
    ray = import_ray()
    vocabulary_text = job.vocab.to_text()

    # The driver's copy: the version (the store's key) and its registration, as the local runner does.
    if driver_model is None:
        driver_model = load_detector(model_source, device="cpu", image_size=image_size, int8_static=False,
                                     text_cache_dir=False)
    version = driver_model.version
    register_model_version(store, driver_model, source=model_source)
    del driver_model

    image_ids = job.image_ids
    if image_ids is None:
        image_ids = select_image_ids(store, job.image_filter, version, vocabulary_text)
    wanted = set(image_ids)
    done_rule = "all" if job.exemplars is not None else "unpredicted"  # with exemplars nothing is done before
    missing = [r for r in store.list_images(filter=done_rule, model_version=version, vocabulary=vocabulary_text)
               if r.id in wanted]
    report = BatchReport(total=len(wanted), skipped=len(wanted) - len(missing))
    seen: set[int] = set()
    job.tell(report, started)
    if not missing:
        report.elapsed_s = time.monotonic() - started
        return report

    started_ray = False
    if not ray.is_initialized():
        if options.address in LOCAL_ADDRESSES:
            # address="local": a fresh Ray here, even when another cluster runs on this machine.
            ray.init(address="local", num_cpus=options.num_cpus, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(address=options.address, log_to_driver=False)
        started_ray = True
    try:
        _check_cluster_for_sqlite(ray, store_url)
        _check_resources(ray, options)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # the caller shows its own
        context.print_on_execution_start = False
        rows = [{"image_id": r.id, "path": str(r.path)} for r in missing]
        block_rows = options.batch_size * BATCHES_PER_BLOCK
        blocks = max(options.workers, math.ceil(len(rows) / block_rows))
        dataset = ray.data.from_items(rows, override_num_blocks=min(blocks, len(rows)))
        del rows
        labeled = dataset.map_batches(
            predictor_cls,
            batch_size=options.batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(size=options.workers),
            num_cpus=options.cpus_per_worker,
            num_gpus=options.gpus_per_worker or None,
            fn_constructor_kwargs=dict(
                store_url=store_url, model_source=model_source, model_version=version, vocabulary=job.vocab,
                thresholds=job.thresholds, batch_size=options.batch_size, image_size=image_size,
                int8_static=int8_static, exemplars=job.exemplars,
            ),
        )
        last_tell = 0.0
        for out in labeled.iter_batches(batch_size=None, batch_format="numpy"):
            for image_id, path, status, n, error in zip(out["image_id"].tolist(), out["path"].tolist(),
                                                        out["status"].tolist(), out["boxes"].tolist(),
                                                        out["error"].tolist()):
                if image_id in seen:
                    continue  # a retried block's rows come back again: each picture counts once
                seen.add(image_id)
                report.count(PictureOutcome(image_id, str(path), status, int(n), str(error)))
            now = time.monotonic()
            if now - last_tell >= 0.25:
                job.tell(report, started)
                last_tell = now
            if job.cancelled:
                report.cancelled = True
                break
    finally:
        if started_ray:
            ray.shutdown()
    report.elapsed_s = time.monotonic() - started
    job.tell(report, started)
    return report


def model_source_of(store: Store, detector: Any) -> str:
    """What the workers load for ``detector``: its model version's ``source`` or
    ``checkpoint_dir`` in the store (``gridclip.inference.model_version``)."""
    for row in store.model_versions():
        if row["version"] == detector.version:
            config = row.get("config") or {}
            source = config.get("source") or config.get("checkpoint_dir")
            if source:
                return str(source)
    raise RayStoreError(
        f"the active model ({detector.name}, version {detector.version[:12]}) has no source or checkpoint folder "
        "in the store that Ray workers could load: save it as a checkpoint (Train tab) or start the app with --model"
    )
