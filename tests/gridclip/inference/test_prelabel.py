"""The one pre-label pipeline (``gridclip.inference.prelabel``): skip if done, isolate a failing
picture, one replace rule, the run's record; on a scripted model, and on a real store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import supervision as sv
from PIL import Image

from gridclip.inference.prelabel import FAILED, PREDICTED, SKIPPED, PrelabelRun, predict_isolating
from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary
from tests.app_support import VOCAB, open_store

POISON_WIDTH = 77  # a picture this wide makes the scripted model fail


class ScriptedModel:
    """One box per picture, whose score is the picture's width / 1000 (0.5 more with
    exemplars); any batch holding a picture ``POISON_WIDTH`` wide fails. Remembers the size of
    every call and what it got."""

    version = "scripted-v1"

    def __init__(self) -> None:
        self.calls: list[int] = []
        self.seen: list[dict] = []

    def predict(self, pictures, vocabulary, thresholds, *, batch_size, **extra):
        self.calls.append(len(pictures))
        self.seen.append({"thresholds": thresholds, "batch_size": batch_size, **extra})
        if any(p.width == POISON_WIDTH for p in pictures):
            raise RuntimeError("the model choked on this picture")
        bonus = 0.5 if extra.get("exemplars") is not None else 0.0
        return [sv.Detections(xyxy=np.array([[1, 1, 20, 20]], np.float32),
                              confidence=np.array([p.width / 1000 + bonus], np.float32), class_id=np.array([0]),
                              data={"class_name": np.array([vocabulary.names[0]])}) for p in pictures]


class Prototypes:
    digest = "0123456789abcdef-and-more"

    def __len__(self) -> int:
        return 2


class Record:
    def __init__(self, path: Path) -> None:
        self.path = path


class MemorySink:
    """A store in memory: runs by image id; ``fail_with`` makes any write holding that id fail."""

    def __init__(self, paths: dict[int, Path], done: set[int] = frozenset(), fail_with: int | None = None) -> None:
        self.paths, self.runs, self.fail_with = paths, {i: "before" for i in done}, fail_with
        self.writes: list[tuple[list[int], bool]] = []

    def get_image(self, image_id: int) -> Record:
        return Record(self.paths[image_id])

    def has_predictions(self, image_id, model_version, vocabulary_text) -> bool:
        return image_id in self.runs

    def record_prediction_runs(self, items, model_version, vocabulary_text, thresholds=None, *, replace=False):
        ids = [i for i, _ in items]
        self.writes.append((ids, replace))
        if self.fail_with in ids:
            raise ValueError(f"image {self.fail_with} is not in the store")
        out = {}
        for image_id, detections in items:
            if image_id in self.runs and not replace:
                out[image_id] = None
            else:
                self.runs[image_id] = thresholds
                out[image_id] = list(range(len(detections)))
        return out


def pictures(tmp_path: Path, widths: list[int]) -> dict[int, Path]:
    paths = {}
    for image_id, width in enumerate(widths, start=1):
        paths[image_id] = tmp_path / f"p{image_id}.png"
        Image.new("RGB", (width, 40), (200, 100, 50)).save(paths[image_id])
    return paths


def run_on(model: ScriptedModel, **settings) -> PrelabelRun:
    return PrelabelRun(model, Vocabulary.parse(VOCAB), **settings)


def test_a_failing_picture_fails_alone_and_the_rest_of_its_batch_is_stored(tmp_path: Path) -> None:
    paths = pictures(tmp_path, [60, POISON_WIDTH, 90])
    (tmp_path / "p4.png").write_bytes(b"not a picture")
    paths[4] = tmp_path / "p4.png"
    model, sink = ScriptedModel(), MemorySink(paths)
    outcomes = run_on(model).label(sink, [1, 2, 3, 4])
    assert [o.status for o in outcomes] == [PREDICTED, FAILED, PREDICTED, FAILED]
    assert "choked" in outcomes[1].error and outcomes[3].error  # each failure says why
    assert model.calls == [3, 1, 1, 1]  # the batch, then one by one; the unreadable one never reached it
    assert sorted(sink.runs) == [1, 3]
    assert [o.path for o in outcomes] == [str(paths[i]) for i in (1, 2, 3, 4)]


def test_a_failing_write_is_retried_picture_by_picture(tmp_path: Path) -> None:
    sink = MemorySink(pictures(tmp_path, [50, 60, 70]), fail_with=2)
    outcomes = run_on(ScriptedModel()).label(sink, [1, 2, 3])
    assert [o.status for o in outcomes] == [PREDICTED, FAILED, PREDICTED]
    assert "not in the store" in outcomes[1].error
    assert [ids for ids, _ in sink.writes] == [[1, 2, 3], [1], [2], [3]]


def test_done_pictures_are_skipped_and_never_reach_the_model(tmp_path: Path) -> None:
    model, sink = ScriptedModel(), MemorySink(pictures(tmp_path, [50, 60, 70]), done={2})
    outcomes = run_on(model).label(sink, [1, 2, 3])
    assert [(o.status, o.boxes) for o in outcomes] == [(PREDICTED, 1), (SKIPPED, 0), (PREDICTED, 1)]
    assert model.calls == [2]
    assert sink.runs[2] == "before"


def test_one_replace_rule_exemplar_runs_replace_and_text_runs_keep(tmp_path: Path) -> None:
    paths = pictures(tmp_path, [50, 60])
    text_sink = MemorySink(paths)
    text_sink.has_predictions = lambda *args: False  # another writer finishes picture 1 after the check
    text_sink.runs[1] = "another writer"
    outcomes = run_on(ScriptedModel()).label(text_sink, [1, 2])
    assert [o.status for o in outcomes] == [SKIPPED, PREDICTED]  # kept as the other writer left it
    assert text_sink.runs[1] == "another writer" and text_sink.writes == [([1, 2], False)]

    model, sink = ScriptedModel(), MemorySink(paths, done={1, 2})
    run = run_on(model, exemplars=Prototypes(), thresholds=Thresholds(score_threshold=0.1))
    outcomes = run.label(sink, [1, 2])
    assert [o.status for o in outcomes] == [PREDICTED, PREDICTED]  # new scores: nothing counts as done
    assert sink.writes == [([1, 2], True)]
    assert model.seen[0]["exemplars"] is run.exemplars and model.seen[0]["thresholds"] == Thresholds(0.1)
    assert sink.runs[1] == {**Thresholds(0.1).as_dict(), "exemplars": "0123456789abcdef", "exemplar_classes": 2}


def test_predict_isolating_keeps_order_and_calls_once_when_nothing_fails() -> None:
    calls = []

    def predict(batch):
        calls.append(list(batch))
        return [x * 2 for x in batch]

    assert predict_isolating(predict, [1, 2, 3]) == [2, 4, 6] and calls == [[1, 2, 3]]
    assert predict_isolating(predict, []) == [] and len(calls) == 1


def test_on_a_real_store_a_text_run_keeps_and_an_exemplar_run_replaces_undecided(tmp_path: Path) -> None:
    store = open_store(tmp_path, images=2)
    model = ScriptedModel()
    vocab = Vocabulary.parse(VOCAB)
    first = {o.image_id: o.status for o in run_on(model).label(store, [1, 2])}
    assert first == {1: PREDICTED, 2: PREDICTED}
    accepted = int(store.predictions(1, model.version, vocab.to_text()).data["prediction_id"][0])
    store.accept([accepted])

    again = {o.image_id: o.status for o in run_on(model).label(store, [1, 2])}
    assert again == {1: SKIPPED, 2: SKIPPED}
    assert store.predictions(2, model.version, vocab.to_text()).confidence.tolist() == [np.float32(0.16)]

    replaced = run_on(model, exemplars=Prototypes()).label(store, [1, 2])
    assert [o.status for o in replaced] == [PREDICTED, PREDICTED]
    after = store.predictions(2, model.version, vocab.to_text())
    assert after.confidence.tolist() == [np.float32(0.66)]  # the undecided text-only box replaced
    kept = store.predictions(1, model.version, vocab.to_text())
    assert accepted in kept.data["prediction_id"].tolist()  # a decided prediction is never replaced
