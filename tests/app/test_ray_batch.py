"""The Ray Data batch runner (``gridclip prelabel --engine ray``) against a real PostgreSQL store.

The fault test starts a local Ray cluster of 2 CPUs, labels 200 synthetic pictures with 2
workers while one worker process dies mid-run (``os._exit``, driven by a flag file), reruns, and
checks that the store holds exactly one prediction set per picture, none of them written twice.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
import pytest
import supervision as sv

from app.batch import PrelabelJob, prelabel_images
from app.cli import main
from app.ray_batch import RayOptions, RayPredictor, RayStoreError, is_local_address, prelabel_with_ray, shared_store_url
from app.session import Thresholds, parse_vocabulary
from storage import Store
from storage.errors import InvalidBox
from tests.app_support import VOCAB, tiny_detector
from tests.pg_server import postgres_server  # noqa: F401  (fixture)

MODEL = "open_clip:tiny-rn"
ALL = Thresholds(score_threshold=0.0, max_detections=3)


def add_scenes(store: Store, folder: Path, n: int, size: int = 64) -> list[int]:
    """``n`` distinct synthetic scenes (small PNGs) in the store; their ids."""
    from gridclip.world.synthetic import write_dataset

    write_dataset(folder, seed=3, n=n, size=size)
    report = store.add_images(folder / "images", recursive=False)
    assert len(report.added) == n, report
    return list(report.added)


@pytest.fixture(scope="module")
def ray_cluster():
    if os.environ.get("CI", "").lower() == "true":
        import ray  # make test installs the extra: missing it fails in CI, and is skipped elsewhere
        import ray.data  # noqa: F401
    else:
        ray = pytest.importorskip("ray")
        pytest.importorskip("ray.data")
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=150 * 1024**2,
             configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def crash_once_predictor(flag: Path) -> type:
    """A predictor whose worker process dies (``os._exit``) at its second batch, once per flag
    file: after it has committed a batch of the block it is working on, so Ray restarts it and
    retries a block that is partly written already."""

    class CrashOncePredictor(RayPredictor):
        batches = 0

        def __call__(self, batch):
            self.batches += 1
            if self.batches == 2:
                try:
                    os.remove(flag)
                except FileNotFoundError:
                    pass  # the other worker took the crash
                else:
                    os._exit(1)
            return super().__call__(batch)

    return CrashOncePredictor


def one_set_per_picture(store: Store, version: str, vocabulary_text: str) -> dict[str, int]:
    """What the store holds, straight from SQL."""
    from sqlalchemy import text

    with store.engine.connect() as conn:
        runs = conn.execute(text("SELECT image_id, count(*) FROM prediction_runs GROUP BY image_id")).all()
        versions = conn.execute(text(
            "SELECT count(DISTINCT (model_version_id, vocabulary_text)) FROM predictions")).scalar_one()
        rows = conn.execute(text("SELECT count(*) FROM predictions")).scalar_one()
        last_id = conn.execute(text("SELECT coalesce(max(id), 0) FROM predictions")).scalar_one()
        runs_keys = conn.execute(text(
            "SELECT DISTINCT r.vocabulary_text, m.version FROM prediction_runs r JOIN model_versions m "
            "ON m.id = r.model_version_id")).all()
    assert runs_keys == [(vocabulary_text, version)]
    return {"runs": len(runs), "max_runs_per_image": max(n for _, n in runs), "keys": versions,
            "predictions": rows, "last_prediction_id": last_id}


@pytest.mark.integration
def test_ray_run_survives_a_dead_worker_and_a_rerun_predicts_only_what_is_missing(
    tmp_path: Path, postgres_server, ray_cluster  # noqa: F811
) -> None:
    store = Store.open(postgres_server.new_database())
    ids = add_scenes(store, tmp_path / "scenes", 200)
    vocab = parse_vocabulary(VOCAB)
    version = tiny_detector().version

    # The local runner labels the first 30: the Ray runner must see them as done (same keys).
    local = prelabel_images(store, tiny_detector(), PrelabelJob(vocab, ALL, ids[:30]), batch_size=4)
    assert local.predicted == 30

    # A first Ray run over 150 pictures (as if stopped there), with a worker dying mid-run.
    flag = tmp_path / "crash-once"
    flag.touch()
    seen = []
    options = RayOptions(workers=2, batch_size=4)
    first = prelabel_with_ray(store, MODEL, PrelabelJob(vocab, ALL, ids[:150], progress=seen.append), options=options,
                              int8_static=False, predictor_cls=crash_once_predictor(flag))
    assert not flag.exists(), "no worker died: the fault was not injected"
    assert not first.errors and not first.cancelled
    assert first.total == 150 and first.predicted + first.skipped == 150
    assert 30 <= first.skipped < 30 + 2 * options.batch_size  # the dead worker's committed batch counts as done
    assert seen[-1].done == 150 and seen[-1].total == 150
    assert all(store.has_predictions(i, version, vocab.to_text()) for i in ids[:150])
    assert not any(store.has_predictions(i, version, vocab.to_text()) for i in ids[150:])

    # The rerun over everything predicts the 50 missing pictures only.
    second = prelabel_with_ray(store, MODEL, PrelabelJob(vocab, ALL), options=options, int8_static=False)
    assert (second.total, second.predicted, second.skipped, len(second.errors)) == (200, 50, 150, 0)

    held = one_set_per_picture(store, version, vocab.to_text())
    assert held["runs"] == 200 and held["max_runs_per_image"] == 1 and held["keys"] == 1
    assert held["predictions"] == 200 * ALL.max_detections
    # No prediction row was ever deleted and rewritten: the ids were handed out once each.
    assert held["last_prediction_id"] == held["predictions"]

    # Nothing left: a third run has nothing to do and starts no worker.
    third = prelabel_with_ray(store, MODEL, PrelabelJob(vocab, ALL), options=options, int8_static=False)
    assert (third.predicted, third.skipped) == (0, 200)
    # The boxes are the model's, as the local runner would store them.
    from gridclip import load_detector

    fp32 = load_detector(MODEL, device="cpu", int8_static=False, text_cache_dir=False)  # as the workers run it
    expected = fp32.predict([store.get_image(ids[-1]).path], vocab, Thresholds(score_threshold=0.0, max_detections=ALL.max_detections))[0]
    stored = store.predictions(ids[-1], version, vocab.to_text())
    np.testing.assert_allclose(np.sort(stored.confidence), np.sort(expected.confidence), atol=2e-3)  # batch of 4 vs 1


@pytest.mark.integration
def test_exemplars_travel_to_the_workers(tmp_path: Path, ray_cluster) -> None:
    """Prototypes of the store's accepted boxes reach every worker's predict, as in the local
    runner: the stored scores are the blended ones, and every picture is predicted again."""
    from gridclip import load_detector
    from gridclip.training.exemplars import class_prototypes

    store = Store.open(tmp_path / "labels.db")  # one machine: SQLite is fine
    ids = add_scenes(store, tmp_path / "scenes", 6)
    store.add_annotation(ids[0], [4, 4, 40, 40], "square")
    vocab = parse_vocabulary(VOCAB)
    prototypes = class_prototypes(tiny_detector(), store.training_set(), cache_dir=False)
    options = RayOptions(workers=1, batch_size=3)
    report = prelabel_with_ray(store, MODEL, PrelabelJob(vocab, ALL, ids, exemplars=prototypes), options=options,
                               int8_static=False)
    assert (report.predicted, report.skipped, len(report.errors)) == (6, 0, 0)
    pictures = [store.get_image(i).path for i in ids[:3]]  # the worker's first batch, predicted here as it was there
    fp32 = load_detector(MODEL, device="cpu", int8_static=False, text_cache_dir=False)  # as the workers run it
    blended = fp32.predict(pictures, vocab, Thresholds(score_threshold=0.0, max_detections=3), batch_size=3,
                                      exemplars=prototypes)[1]
    text_only = fp32.predict(pictures, vocab, Thresholds(score_threshold=0.0, max_detections=3), batch_size=3)[1]
    stored = store.predictions(ids[1], tiny_detector().version, vocab.to_text())
    np.testing.assert_allclose(np.sort(stored.confidence), np.sort(blended.confidence), atol=2e-3)
    assert not np.allclose(np.sort(blended.confidence), np.sort(text_only.confidence), atol=2e-3)
    again = prelabel_with_ray(store, MODEL, PrelabelJob(vocab, ALL, ids, exemplars=prototypes), options=options,
                              int8_static=False)
    assert again.predicted == 6  # exemplar predictions are new ones: nothing counts as done before
    assert all(len(store.predictions(i, tiny_detector().version, vocab.to_text())) == 3 for i in ids)


@pytest.mark.integration
def test_batch_tab_runs_on_ray_when_asked(tmp_path: Path, ray_cluster, monkeypatch) -> None:
    """``GRIDCLIP_BATCH_ENGINE=ray``: the app's Batch tab hands its run to the Ray workers, which
    load the active model from its registered source; the progress bar is fed as results come."""
    from app.session import LabelingService, ModelSlot
    from app.tab_jobs import BatchJob

    store = Store.open(tmp_path / "labels.db")
    ids = add_scenes(store, tmp_path / "scenes", 5)
    service = LabelingService(store, ModelSlot(tiny_detector()))
    service.ensure_model_registered(source=MODEL)
    broken = store.get_image(ids[2]).path
    broken.write_bytes(b"overwritten with junk after it was added")
    monkeypatch.setenv("GRIDCLIP_BATCH_ENGINE", "ray")
    monkeypatch.setenv("GRIDCLIP_RAY_WORKERS", "1")
    seen = []
    summary = BatchJob(service).run(VOCAB, 0.0, 0.5, False, "all", 4, progress=lambda value, desc="": seen.append(value))
    assert "4 images pre-labeled" in summary and "1 failed" in summary, summary
    assert f"`{broken}`" in summary  # the unreadable picture is named, the run went on
    assert seen and seen[-1] == (5, 5)
    done = [store.has_predictions(i, tiny_detector().version, parse_vocabulary(VOCAB).to_text()) for i in ids]
    assert done == [True, True, False, True, True]


@pytest.mark.integration
def test_prelabel_command_on_ray_adds_a_folder_and_resumes(tmp_path: Path, ray_cluster, capsys) -> None:
    from gridclip.world.synthetic import write_dataset

    write_dataset(tmp_path / "incoming", seed=4, n=6, size=64)
    db = tmp_path / "labels.db"
    command = ["prelabel", "--db", str(db), "--images", str(tmp_path / "incoming"), "--vocab", VOCAB, "--model", MODEL,
               "--no-int8", "--threshold", "0", "--engine", "ray", "--workers", "1"]
    assert main(command) == 0
    out = capsys.readouterr()
    assert "finished: 6 images pre-labeled" in out.out, out
    assert "img/s" in out.err and "ETA" in out.err  # the progress bar
    assert main(command) == 0
    assert "0 images pre-labeled (0 boxes), 6 already done" in capsys.readouterr().out


@pytest.mark.integration
def test_racing_writers_leave_one_prediction_set(tmp_path: Path, postgres_server) -> None:  # noqa: F811
    """Two workers writing the same picture at the same moment (a retried task next to the one
    it replaces): ``record_prediction_runs`` writes once, inside one transaction."""
    store = Store.open(postgres_server.new_database())
    image_ids = add_scenes(store, tmp_path / "scenes", 8)
    store.register_model_version("v-race", "race", {})
    boxes = sv.Detections(xyxy=np.array([[1, 1, 20, 20], [5, 5, 30, 30]], np.float32),
                          confidence=np.array([0.9, 0.5], np.float32), class_id=np.array([0, 1]),
                          data={"class_name": np.array(["square", "circle"])})
    results: dict[int, list] = {i: [] for i in image_ids}
    gate = threading.Barrier(2)

    def writer() -> None:
        mine = Store.open(store.engine.url.render_as_string(hide_password=False))
        for image_id in image_ids:
            gate.wait()
            results[image_id].append(mine.record_prediction_runs([(image_id, boxes)], "v-race", VOCAB, {})[image_id])
        mine.close()

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for image_id in image_ids:
        written = [r for r in results[image_id] if r is not None]
        assert len(written) == 1, results[image_id]  # one writer won, the other wrote nothing
        assert len(store.predictions(image_id, "v-race", VOCAB)) == 2


@pytest.mark.integration
def test_racing_batch_writers_leave_one_prediction_set(tmp_path: Path, postgres_server) -> None:  # noqa: F811
    """``record_prediction_runs``: two writers with overlapping batches write each picture once."""
    store = Store.open(postgres_server.new_database())
    image_ids = add_scenes(store, tmp_path / "scenes", 24)
    store.register_model_version("v-race", "race", {})
    store.ensure_categories("square, circle")
    boxes = sv.Detections(xyxy=np.array([[1, 1, 20, 20], [5, 5, 30, 30]], np.float32),
                          confidence=np.array([0.9, 0.5], np.float32), class_id=np.array([0, 1]),
                          data={"class_name": np.array(["square", "circle"])})
    written: list[dict] = []
    gate = threading.Barrier(2)

    def writer(order: list[int]) -> None:
        mine = Store.open(store.engine.url.render_as_string(hide_password=False))
        for start in range(0, len(order), 4):
            gate.wait()
            written.append(mine.record_prediction_runs([(i, boxes) for i in order[start:start + 4]], "v-race", VOCAB))
        mine.close()

    threads = [threading.Thread(target=writer, args=(o,)) for o in (image_ids, image_ids[2:] + image_ids[:2])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    winners = [i for result in written for i, ids in result.items() if ids is not None]
    assert sorted(winners) == sorted(image_ids)  # each picture written by exactly one writer
    assert all(len(store.predictions(i, "v-race", VOCAB)) == 2 for i in image_ids)


def test_batch_write_skips_what_is_there_and_fails_whole(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "labels.db")
    a, b, c = add_scenes(store, tmp_path / "scenes", 3)
    box = sv.Detections(xyxy=np.array([[1, 1, 20, 20]], np.float32), confidence=np.array([0.9], np.float32),
                        class_id=np.array([0]), data={"class_name": np.array(["square"])})
    first = store.record_prediction_runs([(a, box)], "v1", VOCAB)
    assert list(first) == [a] and len(first[a]) == 1
    second = store.record_prediction_runs([(a, box), (b, box), (c, sv.Detections.empty())], "v1", VOCAB)
    assert second[a] is None and len(second[b]) == 1 and second[c] == []
    assert store.has_predictions(c, "v1", VOCAB)  # a run that found nothing still counts
    assert [r.id for r in store.list_images("unpredicted", "v1", VOCAB)] == []
    outside = sv.Detections(xyxy=np.array([[500, 500, 600, 600]], np.float32), confidence=np.array([0.9], np.float32),
                            class_id=np.array([0]), data={"class_name": np.array(["square"])})
    with pytest.raises(InvalidBox):
        store.record_prediction_runs([(a, box), (b, outside)], "v2", VOCAB)
    assert not store.has_predictions(a, "v2", VOCAB)  # all or nothing


def test_sqlite_is_refused_for_workers_on_other_machines(tmp_path: Path, capsys) -> None:
    store = Store.open(tmp_path / "labels.db")
    assert shared_store_url(store, None).endswith(str(tmp_path / "labels.db"))
    with pytest.raises(RayStoreError, match="PostgreSQL"):
        shared_store_url(store, "10.11.12.13:6379")
    with pytest.raises(RayStoreError, match="in-memory"):
        shared_store_url(Store.open("sqlite://"), None)
    assert is_local_address("127.0.0.1:6379") and not is_local_address("ray://10.11.12.13:10001")
    code = main(["prelabel", "--db", str(tmp_path / "labels.db"), "--vocab", VOCAB, "--engine", "ray",
                 "--ray-address", "10.11.12.13:6379", "--model", MODEL])
    assert code == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_a_pool_the_cluster_cannot_hold_is_refused() -> None:
    from app.ray_batch import RayClusterError, _check_resources

    class Cluster:
        @staticmethod
        def cluster_resources():
            return {"CPU": 2.0}

    _check_resources(Cluster, RayOptions(workers=2))
    with pytest.raises(RayClusterError, match="4 CPUs and 0 GPUs, and the cluster has 2 CPUs and 0 GPUs"):
        _check_resources(Cluster, RayOptions(workers=4))
    with pytest.raises(RayClusterError, match="GPU"):
        _check_resources(Cluster, RayOptions(workers=1, gpus_per_worker=1))


def test_ray_options_are_checked() -> None:
    with pytest.raises(ValueError, match="workers"):
        RayOptions(workers=0)
    with pytest.raises(ValueError, match="batch size"):
        RayOptions(batch_size=0)
