"""Two pre-label runs and two people accepting boxes on one store at once (issue 29, item 3): every
picture ends with its box accepted once, on SQLite and on a real PostgreSQL server. Each actor is
a thread with its own ``Store`` (its own engine and connections), as separate processes would be."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import supervision as sv
from PIL import Image as PILImage

from storage import NotFound, Store
from tests.pg_server import postgres_server  # noqa: F401  (fixture)

PICTURES = 30
VERSION, VOCAB = "v1", "pallet | skid"


def _box(run: int, k: int) -> sv.Detections:
    # The second run finds the same pallet a quarter pixel off, as a re-run in another batch can.
    x = 4.0 + k % 7 + 0.25 * run
    return sv.Detections(xyxy=np.array([[x, 4.0, x + 30.0, 34.0]], np.float32), confidence=np.array([0.8], np.float32),
                         class_id=np.array([0]), data={"class_name": np.array(["pallet"], dtype=object)})


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "labels.db")
    return request.getfixturevalue("postgres_server").new_database()


def test_two_prelabel_runs_and_two_accepting_clients_accept_each_box_once(url: str, tmp_path: Path) -> None:
    folder = tmp_path / "imgs"
    folder.mkdir()
    for k in range(PICTURES):
        PILImage.new("RGB", (64, 48), (k, 2 * k, 3 * k)).save(folder / f"p{k:02d}.png")
    with Store.open(url) as setup:
        ids = setup.add_images(folder).added
    assert len(ids) == PICTURES

    runs_done, first_third = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def prelabel(run: int, order: list[int]) -> None:
        # As `gridclip prelabel` writes a picture: replace the undecided predictions of this
        # model version and vocabulary with what the model says now. The second run starts once
        # the first is a third through, from the other end: the pictures in between are
        # accepted from the first run's boxes while the second is on its way to them.
        with Store.open(url) as store:
            if run == 2:
                first_third.wait(timeout=120)
            for done, k in enumerate(order, start=1):
                store.record_predictions(ids[k], _box(run, k), VERSION, VOCAB, {"run": run})
                if done == PICTURES // 3:
                    first_third.set()

    def accept(client: str) -> None:
        # A person accepting whatever pending box their screen shows, picture after picture,
        # until both runs are over (and one pass more).
        with Store.open(url) as store:
            last_pass = False
            while True:
                last_pass = runs_done.is_set()
                for image_id in ids:
                    shown = store.predictions(image_id, VERSION, VOCAB)
                    pending = [int(p) for p, s in zip(shown.data["prediction_id"], shown.data["status"]) if s == "pending"]
                    try:
                        store.accept(pending, annotator=client)
                    except NotFound:  # a run replaced them since the screen was drawn: look again
                        pass
                if last_pass:
                    return

    def guarded(work, *args) -> None:
        try:
            work(*args)
        except BaseException as exc:  # noqa: BLE001 - the main thread reports it
            failures.append(exc)

    runs = [threading.Thread(target=guarded, args=(prelabel, 1, list(range(PICTURES)))),
            threading.Thread(target=guarded, args=(prelabel, 2, list(reversed(range(PICTURES)))))]
    clients = [threading.Thread(target=guarded, args=(accept, name)) for name in ("ann", "bob")]
    for thread in clients + runs:
        thread.start()
    for thread in runs:
        thread.join(timeout=300)
    runs_done.set()
    for thread in clients:
        thread.join(timeout=300)
    assert not failures, failures

    with Store.open(url) as store:
        accepted = {image_id: len(store.annotations(image_id)) for image_id in ids}
        store.export_coco(tmp_path / "labels.json")
    twice = [image_id for image_id, n in accepted.items() if n > 1]
    assert not twice, f"{len(twice)} of {PICTURES} pictures have their box accepted more than once"
    assert set(accepted.values()) == {1}
