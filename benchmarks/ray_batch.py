"""Batch pre-labeling throughput: the local runner against Ray Data with 1 and 2 workers, and
the write rate the PostgreSQL store sustains, in one run on this machine.

    python -m benchmarks.ray_batch [--pictures 240] [--model demo] [--size 256] [--batch 4]
                                   [--writes 2000] [--boxes 20] [--db-server URL] [--json rows.json]

Every configuration labels the same synthetic pictures (``gridclip.world.synthetic``) into a
fresh PostgreSQL database (a throwaway server, ``tests/pg_server.py``, unless ``--db-server``
names one: a URL whose database is created per row) through the real runners
(``app.batch.prelabel_images``, ``app.ray_batch.prelabel_with_ray``). Rows:

- ``pictures/s (wall)``: all pictures over the whole call, Ray's cluster and actor start-up included;
- ``pictures/s (steady)``: from the first stored prediction to the last (Ray: after the actors
  loaded the model), the figure that scales to a million pictures;
- the store rows time ``--writes`` pictures of ``--boxes`` boxes each written from 1 and from 4
  writer threads (each its own connection), through ``Store.record_prediction_runs``: one
  transaction per picture, and one per ``--write-batch`` pictures (as both runners write).

Ray starts here with ``num_cpus`` = the cores (``--cpus``, default 2) and each worker reserves
one CPU with one torch thread; the local runner gets the same number of torch threads as a
1-worker Ray run (1), and a second local row two (``--local-threads``).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # before torch: the workers inherit it

VOCABULARY_TEXT = "square, circle, triangle, star"


@contextmanager
def database_factory(server_url: str | None) -> Iterator[Callable[[], str]]:
    """A function returning the URL of a new empty PostgreSQL database per call."""
    import psycopg
    from sqlalchemy.engine import make_url

    if server_url:
        base = make_url(server_url)
        counter = iter(range(1, 10_000))

        def new_database() -> str:
            name = f"gridclip_bench_{os.getpid()}_{next(counter)}"
            dsn = base.set(drivername="postgresql", database=base.database or "postgres")
            with psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            return base.set(database=name).render_as_string(hide_password=False)

        yield new_database
        return
    import shutil

    from tests.pg_server import find_postgres_bin, server_in_a_temporary_folder

    bin_dir = find_postgres_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (scripts/setup_test_services.sh) and --db-server was not given")
    server = server_in_a_temporary_folder(bin_dir, prefix="gridclip-bench-pg-")
    server.start()
    try:
        yield server.new_database
    finally:
        server.stop()
        shutil.rmtree(server.data_dir.parent, ignore_errors=True)


def fresh_store(new_database: Callable[[], str], pictures: Path):
    from storage import Store

    store = Store.open(new_database())
    report = store.add_images(pictures, recursive=False)
    assert not report.errors, report.errors
    return store


class Pace:
    """Progress callback remembering when the first and the last picture were stored."""

    def __init__(self) -> None:
        self.first: tuple[float, int] | None = None
        self.last: tuple[float, int] | None = None

    def __call__(self, progress) -> None:
        now = time.monotonic()
        if progress.predicted and self.first is None:
            self.first = (now, progress.predicted)
        if progress.predicted:
            self.last = (now, progress.predicted)

    def steady(self) -> float | None:
        if self.first is None or self.last is None or self.last[0] <= self.first[0]:
            return None
        return (self.last[1] - self.first[1]) / (self.last[0] - self.first[0])


def row(name: str, engine: str, workers: int, threads: int, report, wall_s: float, pace: Pace) -> dict:
    steady = pace.steady()
    return {
        "name": name, "engine": engine, "workers": workers, "torch_threads_per_worker": threads,
        "pictures": report.predicted, "failed": len(report.errors), "wall_s": round(wall_s, 2),
        "pictures_per_s_wall": round(report.predicted / wall_s, 2),
        "pictures_per_s_steady": round(steady, 2) if steady else None,
    }


def measure_runners(args, new_database, pictures: Path) -> list[dict]:
    import ray
    import torch

    from app.batch import PrelabelJob, prelabel_images
    from app.ray_batch import RayOptions, prelabel_with_ray
    from app.session import Thresholds
    from gridclip import load_detector
    from gridclip.vocabulary import Vocabulary

    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    thresholds = Thresholds(score_threshold=0.3)
    detector = load_detector(args.model, device="cpu")  # also fills the int8 trunk's disk cache the workers read
    detector.predict([next(pictures.iterdir())], vocab)  # warm-up, not timed
    rows = []
    for threads in args.local_threads:
        torch.set_num_threads(threads)
        store = fresh_store(new_database, pictures)
        pace = Pace()
        started = time.monotonic()
        report = prelabel_images(store, detector, PrelabelJob(vocab, thresholds, progress=pace), batch_size=args.batch)
        rows.append(row(f"local-{threads}thread", "local", 1, threads, report, time.monotonic() - started, pace))
        print(rows[-1], flush=True)
        store.close()
    torch.set_num_threads(1)

    ray.init(address="local", num_cpus=args.cpus, include_dashboard=False, log_to_driver=False, object_store_memory=200 * 1024**2,
             configure_logging=False)
    try:
        for workers in (1, 2):
            store = fresh_store(new_database, pictures)
            pace = Pace()
            started = time.monotonic()
            report = prelabel_with_ray(store, args.model, PrelabelJob(vocab, thresholds, progress=pace),
                                       options=RayOptions(workers=workers, batch_size=args.batch), driver_model=detector)
            rows.append(row(f"ray-{workers}worker", "ray", workers, 1, report, time.monotonic() - started, pace))
            print(rows[-1], flush=True)
            store.close()
    finally:
        ray.shutdown()
    return rows


def measure_store_writes(args, new_database, pictures: Path) -> list[dict]:
    """``record_predictions`` per picture, ``--boxes`` boxes each, from 1 and 4 writers."""
    import numpy as np
    import supervision as sv
    from PIL import Image

    from storage import Store

    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 100, size=(args.boxes, 2)).astype(np.float32)
    boxes = sv.Detections(
        xyxy=np.concatenate([xy, xy + 20], axis=1), confidence=rng.uniform(0.3, 1, args.boxes).astype(np.float32),
        class_id=np.arange(args.boxes) % 4,
        data={"class_name": np.array(VOCABULARY_TEXT.split(", "))[np.arange(args.boxes) % 4]},
    )
    rows = []
    for batched, writers in ((False, 1), (False, 4), (True, 1), (True, 4)):
        url = new_database()
        store = Store.open(url)
        folder = Path(tempfile.mkdtemp(prefix="gridclip-bench-writes-"))
        for i in range(args.writes):  # distinct content: the store deduplicates by hash
            Image.new("RGB", (128, 128), (i % 256, (i // 256) % 256, 7)).save(folder / f"w{i:06d}.png")
        assert len(store.add_images(folder, recursive=False).added) == args.writes
        ids = [r.id for r in store.list_images()]
        store.register_model_version("bench", "bench", {})
        store.record_predictions(ids[0], boxes, "bench", VOCABULARY_TEXT, {})  # categories exist: not timed
        todo = ids[1:]
        shards = [todo[i::writers] for i in range(writers)]

        def write(shard: list[int]) -> None:
            mine = Store.open(url)
            if batched:
                for start in range(0, len(shard), args.write_batch):
                    items = [(i, boxes) for i in shard[start:start + args.write_batch]]
                    mine.record_prediction_runs(items, "bench", VOCABULARY_TEXT, {"score_threshold": 0.3})
            else:
                for image_id in shard:
                    mine.record_prediction_runs([(image_id, boxes)], "bench", VOCABULARY_TEXT, {"score_threshold": 0.3})
            mine.close()

        started = time.monotonic()
        threads = [threading.Thread(target=write, args=(s,)) for s in shards]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        rows.append({
            "name": f"store-writes-{'batch' + str(args.write_batch) if batched else 'per-picture'}-{writers}writer",
            "transaction": f"{args.write_batch} pictures (record_prediction_runs)" if batched
            else "1 picture (record_prediction_runs)",
            "writers": writers, "pictures": len(todo), "boxes_per_picture": args.boxes,
            "wall_s": round(elapsed, 2), "pictures_per_s": round(len(todo) / elapsed, 1),
            "boxes_per_s": round(len(todo) * args.boxes / elapsed, 0),
        })
        print(rows[-1], flush=True)
        store.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pictures", type=int, default=240)
    parser.add_argument("--size", type=int, default=256, help="synthetic picture side (px)")
    parser.add_argument("--model", default="demo")
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--cpus", type=int, default=2, help="cores Ray may use here (and the local runner's widest row)")
    parser.add_argument("--local-threads", type=int, nargs="+", default=[1, 2],
                        help="torch threads of the local runner rows (one row each)")
    parser.add_argument("--writes", type=int, default=2000, help="pictures in the store-write rows")
    parser.add_argument("--boxes", type=int, default=20, help="boxes per picture in the store-write rows")
    parser.add_argument("--write-batch", type=int, default=32, help="pictures per transaction in the batched write rows")
    parser.add_argument("--db-server", help="PostgreSQL URL to create the databases on (default: a throwaway server)")
    parser.add_argument("--skip-runners", action="store_true", help="only the store-write rows")
    parser.add_argument("--json", help="write the rows here")
    args = parser.parse_args(argv)

    from gridclip.world.synthetic import write_dataset

    work = Path(tempfile.mkdtemp(prefix="gridclip-bench-ray-"))
    write_dataset(work, seed=11, n=args.pictures, size=args.size)
    pictures = work / "images"
    rows: list[dict] = []
    with database_factory(args.db_server) as new_database:
        if not args.skip_runners:
            rows += measure_runners(args, new_database, pictures)
        rows += measure_store_writes(args, new_database, pictures)
    meta = {"model": args.model, "pictures": args.pictures, "size": args.size, "batch": args.batch, "cpus": args.cpus,
            "load1": round(os.getloadavg()[0], 2), "cores": os.cpu_count()}
    print(json.dumps({"meta": meta, "rows": rows}, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
