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
    assert (args.epochs, args.batch_size, args.seed, args.head_only, args.image_level_alignment) == (
        defaults.epochs, defaults.batch_size, defaults.seed, defaults.head_only, defaults.image_level_alignment)
    assert args.lr is None and defaults.lr is None  # None: chosen by whether the head trained before
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
