"""The Store API, run against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import supervision as sv
from PIL import Image as PILImage

from storage import InvalidBox, InvalidCategory, NotFound, PathOutsideRoot, Store
from storage.models import Base
from tests.pg_server import postgres_server  # noqa: F401  (fixture)

VOCAB = "forklift | lift truck, pallet | skid"


def make_image(path: Path, size: tuple[int, int] = (64, 48), colour: tuple[int, int, int] = (0, 0, 0)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    PILImage.new("RGB", size, colour).save(path)
    return path


def detections(boxes: list[list[float]], names: list[str], scores: list[float] | None = None) -> sv.Detections:
    return sv.Detections(
        xyxy=np.array(boxes, dtype=np.float32).reshape(-1, 4),
        confidence=np.array(scores if scores is not None else [0.9] * len(boxes), dtype=np.float32),
        class_id=np.arange(len(boxes)),
        data={"class_name": np.array(names, dtype=object)},
    )


@pytest.fixture(scope="module")
def postgres_url(postgres_server) -> str:  # noqa: F811
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path / "labels.db")
    else:
        url = request.getfixturevalue("postgres_url")
    opened = Store.open(url)
    yield opened
    if request.param == "postgresql":  # one database for the module, emptied after each test
        Base.metadata.drop_all(opened.engine)
        with opened.engine.begin() as connection:  # and Alembic's record of the schema
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    opened.close()


@pytest.fixture
def image_id(store: Store, tmp_path: Path) -> int:
    make_image(tmp_path / "imgs" / "a.png")
    return store.add_images(tmp_path / "imgs").added[0]


def test_add_images_recursive_dedupes_by_content_and_reports_bad_files(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "imgs"
    make_image(folder / "a.png", (64, 48), (255, 0, 0))
    make_image(folder / "sub" / "b.jpg", (30, 20), (0, 255, 0))
    make_image(folder / "sub" / "copy_of_a.png", (64, 48), (255, 0, 0))  # same bytes as a.png
    (folder / "notes.txt").write_text("not an image, not an image extension: ignored")
    (folder / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a png")

    report = store.add_images(folder)

    assert len(report.added) == 2
    assert [Path(p).name for p in report.duplicates] == ["copy_of_a.png"]
    assert [Path(p).name for p, _ in report.errors] == ["broken.png"]
    assert "broken.png" in report.errors[0][1]
    images = {i.relpath: i for i in store.list_images()}
    assert set(images) == {"a.png", "sub/b.jpg"}
    assert (images["sub/b.jpg"].width, images["sub/b.jpg"].height) == (30, 20)
    assert images["a.png"].path == (folder / "a.png").resolve()
    # Adding again adds nothing.
    again = store.add_images(folder)
    assert again.added == [] and len(again.duplicates) == 3


def test_predictions_accept_reject_and_stats(store: Store, image_id: int) -> None:
    dets = detections([[1, 2, 30, 40], [10, 10, 20, 20], [0, 0, 5, 5]], ["forklift", "Pallet", "pallet"], [0.9, 0.5, 0.7])
    pids = store.record_predictions(image_id, dets, "v1", VOCAB, {"score_threshold": 0.3})
    assert len(pids) == 3 and store.has_predictions(image_id, "v1", VOCAB)
    assert not store.has_predictions(image_id, "v2", VOCAB)

    preds = store.predictions(image_id)
    assert preds.confidence.tolist() == pytest.approx([0.9, 0.7, 0.5])  # best first
    assert list(preds.data["class_name"]) == ["forklift", "Pallet", "Pallet"]  # "pallet" matched case-insensitively
    assert list(preds.data["status"]) == ["pending"] * 3

    accepted = store.accept([pids[0], pids[2]], annotator="ann")
    assert store.accept([pids[0]]) == accepted[:1]  # idempotent
    rejected = store.reject([pids[1]])
    assert len(set(accepted + rejected)) == 3

    stats = {s.name: s for s in store.stats()}
    assert (stats["forklift"].predicted, stats["forklift"].accepted, stats["forklift"].rejected) == (1, 1, 0)
    assert (stats["Pallet"].predicted, stats["Pallet"].accepted, stats["Pallet"].rejected) == (2, 1, 1)
    assert dict(store.categories())["forklift"] == ["lift truck"]
    assert dict(store.categories())["Pallet"] == ["skid"]

    anns = store.annotations(image_id)
    assert sorted(anns.data["source"]) == ["predicted", "predicted"]
    assert sorted(anns.data["prediction_id"].tolist()) == sorted([pids[0], pids[2]])
    statuses = dict(zip(store.predictions(image_id).data["prediction_id"], store.predictions(image_id).data["status"]))
    assert statuses == {pids[0]: "accepted", pids[1]: "rejected", pids[2]: "accepted"}


def test_record_predictions_replaces_undecided_ones_of_the_same_run(store: Store, image_id: int) -> None:
    first = store.record_predictions(image_id, detections([[1, 1, 9, 9], [2, 2, 8, 8]], ["a", "b"]), "v1", "a, b", {})
    store.accept([first[0]])
    second = store.record_predictions(image_id, detections([[3, 3, 7, 7]], ["a"]), "v1", "a, b", {})
    kept = set(store.predictions(image_id).data["prediction_id"].tolist())
    assert kept == {first[0], second[0]}  # the decided one stays, the undecided one went


def test_empty_prediction_run_still_counts_as_predicted(store: Store, image_id: int) -> None:
    store.record_predictions(image_id, sv.Detections.empty(), "v1", VOCAB, {})
    assert store.has_predictions(image_id, "v1", VOCAB)
    assert store.list_images("unpredicted", model_version="v1", vocabulary=VOCAB) == []
    assert len(store.list_images("unpredicted", model_version="v2")) == 1
    assert len(store.predictions(image_id)) == 0


@pytest.mark.parametrize(
    ("box", "reason"),
    [
        ((10, 10, 5, 20), "zero or negative size"),
        ((10, 10, 10, 20), "zero or negative size"),
        ((-20, -20, -5, -5), "entirely outside"),
        ((100, 10, 120, 20), "entirely outside"),
        ((math.nan, 0, 10, 10), "NaN"),
        ((0, 0, math.inf, 10), "NaN or infinite"),
    ],
)
def test_invalid_boxes_are_refused_and_nothing_is_written(store: Store, image_id: int, box, reason: str) -> None:
    with pytest.raises(InvalidBox, match=reason):
        store.add_annotation(image_id, box, "thing")
    # In a call with a good box first, the bad one still stops the whole call.
    with pytest.raises(InvalidBox, match="a.png"):
        store.replace_annotations(image_id, [((1, 1, 5, 5), "thing"), (box, "thing")])
    if all(math.isfinite(v) for v in box):  # supervision itself refuses to hold NaN boxes
        with pytest.raises(InvalidBox):
            store.record_predictions(image_id, detections([[1, 1, 5, 5], list(box)], ["thing", "thing"]), "v1", "thing", {})
    assert store.counts()["annotations"] == 0 and store.counts()["predictions"] == 0


def test_boxes_partly_outside_are_clipped(store: Store, image_id: int) -> None:
    store.add_annotation(image_id, (-10, 40, 30, 100), "thing")
    assert store.annotations(image_id).xyxy.tolist() == [[0.0, 40.0, 30.0, 48.0]]


@pytest.mark.parametrize("name", ['le "chariot" élévateur', "O'Brien's pallet; DROP TABLE images; --", "叉车 🚜", "a\\b"])
def test_unicode_and_quote_laden_category_names_survive(store: Store, image_id: int, name: str) -> None:
    store.add_annotation(image_id, (1, 1, 10, 10), name)
    store.add_annotation(image_id, (2, 2, 10, 10), name.upper())  # same category, case-insensitively
    assert [s.name for s in store.stats()] == [name]
    assert list(store.annotations(image_id).data["class_name"]) == [name, name]
    assert store.counts()["images"] == 1


@pytest.mark.parametrize("name", ["", "   ", None])
def test_empty_category_names_are_refused(store: Store, image_id: int, name) -> None:
    with pytest.raises(InvalidCategory):
        store.add_annotation(image_id, (1, 1, 10, 10), name)
    assert store.counts()["annotations"] == 0


def test_replace_annotations_is_what_the_person_sees(store: Store, image_id: int) -> None:
    pids = store.record_predictions(image_id, detections([[1, 1, 9, 9], [20, 20, 30, 30]], ["a", "b"]), "v1", "a, b", {})
    from_prediction, from_other = store.accept(pids)
    manual = store.add_annotation(image_id, (40, 5, 50, 15), "c")
    # The person moves the first box, deletes the second (from a prediction) and the manual one, draws a new one.
    seen_now = sv.Detections(
        xyxy=np.array([[2, 2, 12, 12], [5, 30, 15, 40]], dtype=np.float32),
        data={"class_name": np.array(["a", "d"]), "annotation_id": np.array([from_prediction, -1])},
    )
    ids = store.replace_annotations(image_id, seen_now, source="edited", annotator="ann")

    assert ids[0] == from_prediction
    accepted = store.annotations(image_id)
    assert sorted(accepted.data["class_name"]) == ["a", "d"]
    assert accepted[accepted.data["annotation_id"] == from_prediction].xyxy.tolist() == [[2, 2, 12, 12]]
    rejected = store.annotations(image_id, status="rejected")
    assert rejected.data["annotation_id"].tolist() == [from_other]  # the model's box, now known wrong
    assert manual not in store.annotations(image_id, status="all").data["annotation_id"]


def test_edit_of_a_prediction_updates_its_one_annotation(store: Store, image_id: int) -> None:
    (pid,) = store.record_predictions(image_id, detections([[1, 1, 9, 9]], ["a"]), "v1", "a", {})
    (first,) = store.accept([pid])
    edited = store.add_annotation(image_id, (1, 1, 20, 20), "b", source="edited", prediction_id=pid)
    assert edited == first
    anns = store.annotations(image_id, status="all")
    assert list(anns.data["source"]) == ["edited"] and list(anns.data["class_name"]) == ["b"]


def test_external_ids_lists_by_literal_prefix(store: Store, image_id: int) -> None:
    for external_id in ("ls:7:1:r1", "ls:7:1:r2", "ls:7:10:r1", "ls:7_1:r9"):
        store.add_annotation(image_id, (1, 1, 9, 9), "a", source="label-studio", external_id=external_id)
    store.add_annotation(image_id, (1, 1, 9, 9), "a")  # a hand-drawn box has no external id
    assert store.external_ids("ls:7:1:") == ["ls:7:1:r1", "ls:7:1:r2"]
    assert store.external_ids("ls:7_") == ["ls:7_1:r9"]  # "_" is not a LIKE wildcard here
    assert len(store.external_ids()) == 4


def test_external_ids_make_upserts_and_deletes_idempotent(store: Store, image_id: int) -> None:
    first = store.add_annotation(image_id, (1, 1, 9, 9), "a", source="label-studio", external_id="ls:7:r1")
    again = store.add_annotation(image_id, (2, 2, 9, 9), "a", source="label-studio", external_id="ls:7:r1")
    assert first == again and store.annotations(image_id).xyxy.tolist() == [[2, 2, 9, 9]]
    assert store.delete_annotations_by_external_id(["ls:7:r1"]) == 1
    assert store.delete_annotations_by_external_id(["ls:7:r1"]) == 0
    assert len(store.annotations(image_id)) == 0


def test_training_set_holds_accepted_boxes_only(store: Store, image_id: int, tmp_path: Path) -> None:
    make_image(tmp_path / "more" / "b.png", (32, 32), (9, 9, 9))
    other = store.add_images(tmp_path / "more").added[0]
    pids = store.record_predictions(image_id, detections([[1, 1, 9, 9], [2, 2, 6, 6]], ["cat", "dog"]), "v1", "cat | kitty, dog", {})
    store.accept([pids[0]])
    store.reject([pids[1]])
    store.add_annotation(other, (3, 3, 8, 8), "dog")

    training = store.training_set()
    assert training.categories == ["cat", "dog"]
    assert training.vocabulary_text == "cat | kitty, dog"
    by_name = {Path(e.image).name: (e.xyxy.tolist(), e.class_ids.tolist()) for e in training.examples}
    assert by_name == {"a.png": ([[1, 1, 9, 9]], [0]), "b.png": ([[3, 3, 8, 8]], [1])}



def test_training_set_of_one_external_prefix(store: Store, image_id: int, tmp_path: Path) -> None:
    make_image(tmp_path / "more" / "b.png", (32, 32), (9, 9, 9))
    other = store.add_images(tmp_path / "more").added[0]
    store.add_annotation(image_id, (1, 1, 9, 9), "cat", source="label-studio", external_id="label-studio:7:1:r")
    store.add_annotation(image_id, (2, 2, 8, 8), "dog", source="label-studio", external_id="label-studio:70:1:r")
    store.add_annotation(other, (3, 3, 8, 8), "dog")  # drawn in the app: no external id
    store.add_tags(other, ["cat"])

    seven = store.training_set(external_prefix="label-studio:7:")
    assert seven.categories == ["cat"] and seven.tag_examples == []
    assert [(Path(e.image).name, e.xyxy.tolist(), e.class_ids.tolist()) for e in seven.examples] == [("a.png", [[1, 1, 9, 9]], [0])]
    assert store.training_set(external_prefix="label-studio:9:").examples == []
    assert len(store.training_set().examples) == 2  # without a prefix: everything, as before


def test_held_out_pictures_leave_the_training_set_only_when_asked(store: Store, image_id: int, tmp_path: Path) -> None:
    """Pictures marked "val" (a COCO import's split, or set_split) are the fine-tune's held-out
    set: with hold_out=True they leave ``examples`` and come back as ``held_out``, with their own
    categories (a class only held-out pictures show is not trained on)."""
    make_image(tmp_path / "more" / "b.png", (32, 32), (9, 9, 9))
    other = store.add_images(tmp_path / "more").added[0]
    store.add_annotation(image_id, (1, 1, 9, 9), "cat")
    store.add_annotation(other, (3, 3, 8, 8), "dog")
    store.add_annotation(other, (1, 1, 5, 5), "cat")
    assert store.set_split([other], "val") == 1 and store.get_image(other).split == "val"

    plain = store.training_set()
    assert len(plain.examples) == 2 and plain.held_out is None  # as it always was
    training = store.training_set(hold_out=True)
    assert training.categories == ["cat"] and [Path(e.image).name for e in training.examples] == ["a.png"]
    held = training.held_out
    assert held is not None and held.categories == ["cat", "dog"]
    (example,) = held.examples
    assert Path(example.image).name == "b.png" and example.xyxy.tolist() == [[3, 3, 8, 8], [1, 1, 5, 5]]
    assert example.class_ids.tolist() == [1, 0]
    store.set_split([other], None)
    assert store.training_set(hold_out=True).held_out is None  # two pictures: too few to hold one out


def test_the_automatic_hold_out_is_a_fixed_tenth_once_there_are_enough(store: Store, tmp_path: Path) -> None:
    from storage.store import AUTO_HOLD_OUT_MIN_PICTURES, is_auto_held_out

    ids = store.add_images([make_image(tmp_path / "many" / f"p{i:02d}.png", (16, 16), (i, 2 * i, 3 * i))
                            for i in range(AUTO_HOLD_OUT_MIN_PICTURES + 5)]).added
    for i in ids:
        store.add_annotation(i, (1, 1, 9, 9), "cat")
    chosen = {store.get_image(i).relpath for i in ids if is_auto_held_out(store.get_image(i).sha256)}
    assert chosen, "the drawn pictures should put at least one in the automatic hold-out"
    training = store.training_set(hold_out=True)
    held = {Path(e.image).name for e in training.held_out.examples}
    assert held == {Path(r).name for r in chosen}
    assert len(training.examples) + len(held) == len(ids)
    store.set_split([next(i for i in ids if store.get_image(i).relpath in chosen)], "train")  # never held out
    assert len(store.training_set(hold_out=True).held_out.examples) == len(held) - 1


def test_list_images_filters(store: Store, image_id: int, tmp_path: Path) -> None:
    make_image(tmp_path / "more" / "b.png", (32, 32), (9, 9, 9))
    other = store.add_images(tmp_path / "more").added[0]
    store.add_annotation(image_id, (1, 1, 9, 9), "a")
    store.record_predictions(other, detections([[1, 1, 9, 9]], ["a"]), "v1", "a", {})
    assert [i.id for i in store.list_images("unlabeled")] == [other]
    assert [i.id for i in store.list_images("unpredicted")] == [image_id]
    assert [i.id for i in store.list_images("unpredicted", model_version="v1", vocabulary="b")] == [image_id, other]
    with pytest.raises(ValueError, match="unknown image filter"):
        store.list_images("everything")  # type: ignore[arg-type]


def test_unknown_ids_are_clear_errors(store: Store, image_id: int) -> None:
    with pytest.raises(NotFound, match="image 999"):
        store.get_image(999)
    with pytest.raises(NotFound, match="prediction 999"):
        store.accept([999])
    with pytest.raises(NotFound, match="image 999"):
        store.add_annotation(999, (1, 1, 5, 5), "a")
    assert store.counts()["annotations"] == 0 and store.counts()["categories"] == 0


def test_image_root_refuses_paths_outside_it(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "root"
    make_image(root / "in.png")
    outside = make_image(tmp_path / "elsewhere" / "out.png", (10, 10), (1, 2, 3))
    (root / "escape.png").symlink_to(outside)  # a link inside the root that points outside it
    rooted = Store(store.engine, image_root=root)
    report = rooted.add_images([root / "in.png", outside, root / "escape.png"])
    assert len(report.added) == 1
    assert [Path(p).name for p, _ in report.errors] == ["out.png", "escape.png"]
    assert all("outside the image root" in message for _, message in report.errors)
    assert [i.relpath for i in rooted.list_images()] == ["in.png"]
    with pytest.raises(PathOutsideRoot):
        from storage import resolve_under

        resolve_under(root, "../elsewhere/out.png")


def test_storage_never_imports_torch() -> None:
    import subprocess
    import sys

    code = "import sys, storage, storage.coco, app.commands_store; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "False"
