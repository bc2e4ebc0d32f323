"""The batch pre-labeler and its headless twin ``gridclip prelabel``."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image

from app.batch import BatchProgress, PrelabelJob, prelabel_images
from app.cli import main
from app.session import Thresholds, parse_vocabulary
from tests.app_support import VOCAB, draw_pictures, open_store, tiny_detector

ALL = Thresholds(score_threshold=0.0, max_detections=5)


class CountingDetector:
    """The tiny detector, remembering how many pictures each model call got."""

    def __init__(self) -> None:
        self.inner = tiny_detector()
        self.version, self.name, self.is_trained = self.inner.version, self.inner.name, False
        self.calls: list[int] = []

    def predict(self, pictures, vocab, **kwargs):
        self.calls.append(len(pictures))
        return self.inner.predict(pictures, vocab, **kwargs)


def test_batch_predicts_every_image_and_a_rerun_resumes(tmp_path: Path) -> None:
    store = open_store(tmp_path, images=5)
    detector = CountingDetector()
    vocab = parse_vocabulary(VOCAB)
    cancel = threading.Event()
    seen: list[BatchProgress] = []

    def stop_after_two(progress: BatchProgress) -> None:
        seen.append(progress)
        if progress.predicted == 2:
            cancel.set()

    first = prelabel_images(store, detector, PrelabelJob(vocab, ALL, progress=stop_after_two, cancel=cancel), batch_size=2)
    assert first.cancelled and first.predicted == 2
    assert max(detector.calls) <= 2  # never more than one batch of pictures at a time
    assert seen[-1].eta_s is not None and "ETA" in seen[-1].describe()
    done = [i for i in range(1, 6) if store.has_predictions(i, detector.version, vocab.to_text())]
    assert done == [1, 2]

    second = prelabel_images(store, detector, PrelabelJob(vocab, ALL), batch_size=2)
    assert (second.predicted, second.skipped, second.cancelled) == (3, 2, False)
    assert all(store.has_predictions(i, detector.version, vocab.to_text()) for i in range(1, 6))
    assert second.boxes > 0
    assert sum(detector.calls) == 5  # the two done before were not predicted again


def test_unreadable_image_is_reported_and_skipped(tmp_path: Path) -> None:
    store = open_store(tmp_path, images=3)
    broken = store.get_image(2).path
    broken.write_bytes(b"the file was overwritten with junk after it was added")
    report = prelabel_images(store, tiny_detector(), PrelabelJob(parse_vocabulary(VOCAB), ALL), batch_size=4)
    assert report.predicted == 2
    assert [Path(p).name for p, _ in report.errors] == [broken.name]
    assert report.errors[0][1]  # a message, not empty


def test_bad_batch_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="batch size"):
        prelabel_images(open_store(tmp_path, 1), tiny_detector(), PrelabelJob(parse_vocabulary(VOCAB)), batch_size=0)


@pytest.mark.slow
def test_prelabel_command_adds_recursively_and_resumes(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "incoming"
    draw_pictures(folder / "a", 2)
    draw_pictures(folder / "b" / "c", 1, size=(150, 110))
    Image.new("RGB", (80, 60), (0, 0, 0)).save(folder / "b" / "dark.jpg")
    Image.new("RGB", (80, 60), (9, 9, 9)).save(folder / "b" / "gray.webp")
    (folder / "b" / "broken.png").write_bytes(b"junk")
    db = tmp_path / "labels.db"
    args = ["prelabel", "--db", str(db), "--images", str(folder), "--vocab", VOCAB,
            "--model", "open_clip:tiny-rn", "--threshold", "0", "--batch", "2"]
    assert main(args) == 0
    out = capsys.readouterr()
    assert "5 images pre-labeled" in out.out
    assert "broken.png" in out.err

    assert main(args) == 0
    out = capsys.readouterr()
    assert "0 images pre-labeled" in out.out and "5 already done" in out.out


@pytest.mark.parametrize(
    "extra, message",
    [(["--vocab", " , "], "vocabulary is empty"), (["--vocab", "cat", "--threshold", "2"], "--threshold"),
     (["--vocab", "cat", "--batch", "0"], "--batch")],
)
def test_prelabel_command_refuses_bad_arguments(tmp_path: Path, capsys, extra: list[str], message: str) -> None:
    """Numbers are refused by the parser (argparse's SystemExit 2), the rest by the command (2)."""
    try:
        status = main(["prelabel", "--db", str(tmp_path / "x.db"), *extra])
    except SystemExit as exit_:
        status = exit_.code
    assert status == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()  # refused before the store opened
