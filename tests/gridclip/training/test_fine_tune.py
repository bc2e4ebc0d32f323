"""The one fine-tune entry point (gridclip.training.fine_tune), the store's training set as a
Vocabulary, and the one Detector → model-version conversion every door shares."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from gridclip.vocabulary import Vocabulary, VocabularyError
from tests.app_support import open_store, tiny_detector

# What a labeling person may well type as a class name: each must stay one class.
AWKWARD_NAMES = ["red, circle", "a|b", "x;y", 'say "hi"', "größe"]
TINY_RUN = dict(epochs=1, image_size=128, head_only=True, image_level_alignment=False, show_progress=False)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))


def test_from_classes_keeps_names_verbatim_where_parse_would_split_them():
    vocab = Vocabulary.from_classes(AWKWARD_NAMES, [[], ["b  a"], [], [], ["GRÖSSE", "size", "size"]])
    assert vocab.names == AWKWARD_NAMES
    assert [vocab.index(name) for name in AWKWARD_NAMES] == [0, 1, 2, 3, 4]
    assert vocab.classes[1].synonyms == ("b a",)  # white space tidied, as parse does
    # "GRÖSSE" is the name itself (casefolded), and "size" a repeat: both dropped, as parse does.
    assert vocab.classes[4].synonyms == ("size",)
    assert len(Vocabulary.parse(", ".join(AWKWARD_NAMES))) > len(AWKWARD_NAMES)  # why from_classes exists


def test_from_classes_refuses_what_a_vocabulary_cannot_be():
    with pytest.raises(VocabularyError, match="2 class names but 1 synonym lists"):
        Vocabulary.from_classes(["a", "b"], [[]])
    with pytest.raises(VocabularyError, match="empty name"):
        Vocabulary.from_classes(["a", "  "])
    with pytest.raises(VocabularyError, match="appears twice"):
        Vocabulary.from_classes(["a", "a"])


def test_fine_tune_on_the_store_keeps_awkward_class_names_as_one_class_each(tmp_path: Path):
    from gridclip.training.fine_tune import fine_tune_on_store, store_training_data

    store = open_store(tmp_path, images=len(AWKWARD_NAMES))
    image_ids = [record.id for record in store.list_images()]
    for image_id, name in zip(image_ids, AWKWARD_NAMES):
        store.add_annotation(image_id, [10.0, 20.0, 60.0, 70.0], name, status="accepted")
    data = store_training_data(store)
    assert data.vocabulary is not None and data.vocabulary.names == AWKWARD_NAMES
    # Each picture's one box carries the id of its own class in the vocabulary.
    ids_by_picture = {str(example.image): int(example.class_ids[0]) for example in data.examples}
    paths = {record.id: str(record.path) for record in store.list_images()}
    assert [ids_by_picture[paths[i]] for i in image_ids] == [data.vocabulary.index(n) for n in AWKWARD_NAMES]
    assert [data.vocabulary.index(n) for n in AWKWARD_NAMES] == [0, 1, 2, 3, 4]

    start = copy.deepcopy(tiny_detector())
    steps: list[dict] = []
    result = fine_tune_on_store(store, start, out_dir=tmp_path / "ck", progress=steps.append, **TINY_RUN)

    assert result.detector.vocabulary.names == AWKWARD_NAMES
    assert any(event["event"] == "step" and event["loss"] is not None for event in steps)  # the live loss
    rows = {row["version"]: row for row in store.model_versions()}
    row = rows[result.detector.version]
    assert row["parent"] == tiny_detector().version
    assert row["config"]["checkpoint_dir"] == str(tmp_path / "ck")
    assert row["config"]["training"]["epochs"] == 1 and row["config"]["training"]["head_only"] is True
    assert row["config"]["is_trained"] is True and row["metrics"]["epoch"] == 1


def test_an_empty_store_is_no_fine_tune(tmp_path: Path):
    from gridclip.training.fine_tune import NoAcceptedBoxes, fine_tune_on_store, store_training_data

    store = open_store(tmp_path, images=1)
    assert store_training_data(store).examples == []
    with pytest.raises(NoAcceptedBoxes, match="no accepted boxes"):
        fine_tune_on_store(store, "open_clip:tiny-rn", out_dir=tmp_path / "ck", **TINY_RUN)
    assert store.model_versions() == []


def test_the_cli_documents_the_shared_defaults():
    """``gridclip train --help`` shows TrainConfig's defaults, which every fine-tune door starts from."""
    from app.cli import build_parser
    from gridclip.training.config import TrainConfig

    args = build_parser().parse_args(["train", "--db", "x.db", "--out", "ck"])
    defaults = TrainConfig()
    assert (args.batch_size, args.seed, args.image_level_alignment) == (
        defaults.batch_size, defaults.seed, defaults.image_level_alignment)
    assert args.epochs is None and args.lr is None  # None: fit_to_data chooses them from the pictures
    # None: the defaults decide (TrainConfig's whole network; head-only for classes new to the model).
    assert args.head_only is None and defaults.head_only is False
    assert build_parser().parse_args(["train", "--db", "x.db", "--out", "ck", "--head-only"]).head_only is True
    assert args.hold_out is True
    assert args.image_size is None and defaults.image_size is None  # None: the model's own size


def test_registering_again_keeps_what_the_first_registration_knew(tmp_path: Path):
    from gridclip.inference.model_version import register_model_version

    class Loaded:  # what load_detector gives: no metrics, no parent of its own
        version, name, is_trained, metrics, parent_version = "v2", "ck", True, {}, None

    store = open_store(tmp_path, images=1)
    register_model_version(store, Loaded(), checkpoint_dir="/ck", metrics={"loss": 0.5}, parent="v1")
    register_model_version(store, Loaded(), source="/ck")  # e.g. serve-ls loading the checkpoint later
    (row,) = store.model_versions()
    assert row["config"] == {"name": "ck", "is_trained": True, "checkpoint_dir": "/ck", "source": "/ck"}
    assert row["metrics"] == {"loss": 0.5} and row["parent"] == "v1"


# -- epochs and learning rate from the data (fit_to_data) ------------------------------------------


def test_fit_to_data_gives_few_pictures_many_short_passes_and_many_pictures_a_couple():
    from gridclip.training.config import FINE_TUNE_LR, FRESH_HEAD_LR
    from gridclip.training.fine_tune import MAX_EPOCHS, MIN_EPOCHS, TARGET_STEPS, fit_to_data

    few, many = fit_to_data(5, trained=True), fit_to_data(500, trained=True)
    assert few["epochs"] == min(MAX_EPOCHS, TARGET_STEPS // 2) and MIN_EPOCHS <= many["epochs"] < 10  # 2 steps an epoch
    assert many["epochs"] * 125 >= TARGET_STEPS  # 500 pictures, batch 4: 125 steps an epoch
    assert fit_to_data(1, trained=True)["epochs"] == MAX_EPOCHS
    assert fit_to_data(10_000, trained=True)["epochs"] == MIN_EPOCHS
    assert fit_to_data(100, trained=True, batch_size=8, target_steps=130)["epochs"] == 10  # 13 steps an epoch
    # A trained head moves slowly on a few pictures and faster on many; a fresh head starts fast.
    assert few["lr"] == FINE_TUNE_LR < many["lr"] <= FRESH_HEAD_LR
    assert fit_to_data(5, trained=False)["lr"] == fit_to_data(500, trained=False)["lr"] == FRESH_HEAD_LR
    assert fit_to_data(10**6, trained=True)["lr"] == FRESH_HEAD_LR
    with pytest.raises(ValueError):
        fit_to_data(0, trained=True)


def test_every_door_gets_the_fitted_epochs_and_lr_unless_it_sets_them(tmp_path: Path):
    """fine_tune fills in what the caller left unset from fit_to_data (the CLI, the Train tab and
    START_TRAINING all come through here); explicit settings win; the registered version holds
    what ran."""
    from gridclip.training.fine_tune import QUICK_FINE_TUNE, fine_tune_on_store, fit_to_data

    store = open_store(tmp_path, images=3)
    for record in store.list_images():
        store.add_annotation(record.id, [10.0, 20.0, 50.0, 60.0], "square", status="accepted")
    quick = {k: v for k, v in TINY_RUN.items() if k != "epochs"} | {"target_steps": 2}
    fitted = fit_to_data(3, trained=False, target_steps=2)
    result = fine_tune_on_store(store, copy.deepcopy(tiny_detector()), out_dir=tmp_path / "auto", **quick)
    assert (result.config["epochs"], result.config["lr"]) == (fitted["epochs"], fitted["lr"])
    assert len(result.metrics) == fitted["epochs"]
    row = next(r for r in store.model_versions() if r["version"] == result.detector.version)
    assert row["config"]["training"]["epochs"] == fitted["epochs"] and row["config"]["training"]["lr"] == fitted["lr"]

    mine = fine_tune_on_store(store, "open_clip:tiny-rn", out_dir=tmp_path / "mine", **(quick | {"epochs": 1, "lr": 3e-4}))
    assert (mine.config["epochs"], mine.config["lr"], len(mine.metrics)) == (1, 3e-4, 1)
    assert QUICK_FINE_TUNE["head_only"] is True and "epochs" not in QUICK_FINE_TUNE


def test_held_out_pictures_are_scored_before_and_after_by_real_evaluation(tmp_path: Path):
    """Pictures marked "val" are not trained on; the run scores them before and after, and the
    figures are what evaluate_examples says of the starting and the finished detector."""
    from gridclip.training.evaluate import evaluate_examples
    from gridclip.training.fine_tune import fine_tune_on_store, store_training_data

    store = open_store(tmp_path, images=4)
    ids = [record.id for record in store.list_images()]
    for image_id in ids:
        store.add_annotation(image_id, [10.0, 20.0, 50.0, 60.0], "square", status="accepted")
        store.add_annotation(image_id, [70.0, 50.0, 110.0, 90.0], "circle", status="accepted")
    store.set_split(ids[-1:], "val")
    data = store_training_data(store)
    assert len(data.examples) == 3 and data.held_out is not None and len(data.held_out.examples) == 1

    start = copy.deepcopy(tiny_detector())
    expected_before = evaluate_examples(copy.deepcopy(start), data.held_out.examples, data.held_out.vocabulary)
    events: list[dict] = []
    result = fine_tune_on_store(store, start, out_dir=tmp_path / "ck", progress=events.append, **TINY_RUN)

    held = result.held_out
    assert held is not None and (held["pictures"], held["boxes"]) == (1, 2)
    assert held["before"]["AP50"] == pytest.approx(expected_before["AP50"])
    expected_after = evaluate_examples(result.detector, data.held_out.examples, data.held_out.vocabulary)
    assert held["after"]["AP50"] == pytest.approx(expected_after["AP50"])
    assert all(isinstance(held[s][k], float) for s in ("before", "after") for k in ("AP", "AP50", "AP75"))
    assert [e["stage"] for e in events if e["event"] == "held_out"] == ["before", "after"]
    assert not any(str(store.get_image(ids[-1]).path) == str(ex.image) for ex in data.examples)
    row = next(r for r in store.model_versions() if r["version"] == result.detector.version)
    assert row["metrics"]["held_out_AP50_after"] == pytest.approx(held["after"]["AP50"])
    assert row["metrics"]["held_out_pictures"] == 1

    every = fine_tune_on_store(store, copy.deepcopy(tiny_detector()), out_dir=tmp_path / "all", hold_out=False, **TINY_RUN)
    assert every.held_out is None
