"""Faults on one SQLite file: several processes writing at once, and a process killed mid-import."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import supervision as sv
from PIL import Image as PILImage

from storage import Store

N_PREDICTIONS = 120
N_WORKERS = 4
MANUAL_PER_WORKER = 15


def _worker(db_path: str, image_id: int, prediction_ids: list[int], seed: int, queue) -> None:
    """Accept every prediction (in a shuffled order, small batches) and add some manual boxes."""
    rng = random.Random(seed)
    order = list(prediction_ids)
    rng.shuffle(order)
    store = Store.open(db_path)
    try:
        accepted: dict[int, int] = {}
        for start in range(0, len(order), 7):
            batch = order[start : start + 7]
            accepted.update(zip(batch, store.accept(batch, annotator=f"worker{seed}")))
        manual = [store.add_annotation(image_id, (seed, i, seed + 5, i + 5), f"manual-{seed}") for i in range(MANUAL_PER_WORKER)]
        queue.put((seed, accepted, manual))
    finally:
        store.close()


def test_several_processes_accepting_on_one_sqlite_file_lose_nothing_and_duplicate_nothing(tmp_path: Path) -> None:
    PILImage.new("RGB", (200, 200)).save(tmp_path / "a.png")
    db_path = str(tmp_path / "shared.db")
    with Store.open(db_path) as store:
        image_id = store.add_images(tmp_path / "a.png").added[0]
        xyxy = np.array([[i, i, i + 10, i + 10] for i in range(N_PREDICTIONS)], dtype=np.float32)
        dets = sv.Detections(xyxy=xyxy, confidence=np.full(N_PREDICTIONS, 0.5, dtype=np.float32),
                             class_id=np.zeros(N_PREDICTIONS, dtype=int),
                             data={"class_name": np.array(["box"] * N_PREDICTIONS)})
        prediction_ids = store.record_predictions(image_id, dets, "v1", "box", {})

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_worker, args=(db_path, image_id, prediction_ids, seed, queue)) for seed in range(N_WORKERS)]
    for w in workers:
        w.start()
    results = [queue.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0

    # Every worker saw the same single annotation per prediction.
    first = results[0][1]
    assert set(first) == set(prediction_ids)
    assert all(r[1] == first for r in results)
    with Store.open(db_path) as store:
        anns = store.annotations(image_id)
        assert len(anns) == N_PREDICTIONS + N_WORKERS * MANUAL_PER_WORKER
        linked = anns.data["prediction_id"][anns.data["prediction_id"] >= 0]
        assert sorted(linked.tolist()) == sorted(prediction_ids)  # each prediction exactly once
        manual_ids = sorted(i for r in results for i in r[2])
        assert len(set(manual_ids)) == N_WORKERS * MANUAL_PER_WORKER
        assert set(manual_ids) <= set(anns.data["annotation_id"].tolist())
        assert {s.name: s.accepted for s in store.stats()} == {
            "box": N_PREDICTIONS, **{f"manual-{seed}": MANUAL_PER_WORKER for seed in range(N_WORKERS)}}


IMPORT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from storage import Store

    def progress(stage, done, total):
        if stage == "writing":
            print(f"writing {done}/{total}", flush=True)
            time.sleep(2)  # a slow disk: the kill lands while the transaction is open, however loaded the machine

    store = Store.open(sys.argv[1])
    store.import_coco(sys.argv[2], sys.argv[3], progress=progress)
    print("finished", flush=True)
    """
)


def test_process_killed_mid_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    images_dir = tmp_path / "imgs"
    images_dir.mkdir()
    n_images, per_image = 4, 6000
    for i in range(n_images):
        PILImage.new("RGB", (500, 500), (i, 0, 0)).save(images_dir / f"{i}.png")
    rng = random.Random(0)
    annotations = []
    for i in range(n_images):
        for _ in range(per_image):
            x, y = rng.uniform(0, 400), rng.uniform(0, 400)
            annotations.append({"id": len(annotations) + 1, "image_id": i + 1, "category_id": 1 + len(annotations) % 3,
                                "bbox": [x, y, rng.uniform(1, 90), rng.uniform(1, 90)], "iscrowd": 0})
    coco = {"images": [{"id": i + 1, "file_name": f"{i}.png", "width": 500, "height": 500} for i in range(n_images)],
            "categories": [{"id": c, "name": f"class {c}"} for c in (1, 2, 3)], "annotations": annotations}
    coco_path = tmp_path / "big.json"
    coco_path.write_text(json.dumps(coco))
    db_path = tmp_path / "labels.db"
    with Store.open(db_path) as store:  # an earlier, committed state that must survive
        store.add_images(images_dir / "0.png")

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", IMPORT_SCRIPT, str(db_path), str(coco_path), str(images_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()  # the first chunk of rows is in the open transaction
    assert line.startswith("writing"), line + proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n_annotations = connection.execute("SELECT count(*) FROM annotations").fetchone()[0]
        n_images_now = connection.execute("SELECT count(*) FROM images").fetchone()[0]
        n_categories = connection.execute("SELECT count(*) FROM categories").fetchone()[0]
    finally:
        connection.close()
    assert (n_annotations, n_images_now, n_categories) in {(0, 1, 0), (len(annotations), n_images, 3)}
    assert n_annotations == 0, "the import was killed before its commit, so none of it may be there"

    # The database is usable afterwards and the same import now goes through completely.
    with Store.open(db_path) as store:
        report = store.import_coco(coco_path, images_dir)
        assert report.annotations_added + report.annotations_already_present == len(annotations)
        assert store.counts()["images"] == n_images
