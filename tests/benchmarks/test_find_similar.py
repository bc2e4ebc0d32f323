"""The "Find similar" benchmark (``benchmarks.find_similar``, issue 28): which box is drawn,
that its picture is left out of the scored rest, that the gain is one-box minus text-only AP50,
and the table. Never the figures (those live in RESULTS.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import find_similar as fs


def _coco() -> dict:
    boxes = [(1, 1, [0, 0, 10, 10]), (1, 2, [20, 20, 30, 30]), (2, 1, [5, 5, 4, 4]), (3, 1, [0, 0, 8, 8]),
             (3, 1, [30, 30, 12, 12]), (3, 2, [1, 1, 5, 5])]
    return {"images": [{"id": 3, "file_name": "c.png"}, {"id": 1, "file_name": "a.png"},
                       {"id": 2, "file_name": "b.png"}],
            "annotations": [{"id": k + 1, "image_id": i, "category_id": c, "bbox": b, "area": b[2] * b[3],
                             "iscrowd": 0} for k, (i, c, b) in enumerate(boxes)],
            "categories": [{"id": 1, "name": "part-7b"}, {"id": 2, "name": "SKU-40213"}]}


def test_the_drawn_box_follows_the_seed_through_the_pictures_holding_the_class() -> None:
    coco = _coco()
    # Pictures holding category 1 in the set's order: 3, then 1, then 2; on 3 its largest box.
    assert fs.exemplar_box(coco, 1, 0) == (3, (30.0, 30.0, 42.0, 42.0))
    assert [fs.exemplar_box(coco, 1, s)[0] for s in range(4)] == [3, 1, 2, 3]
    with pytest.raises(ValueError, match="no picture holds category 9"):
        fs.exemplar_box(coco, 9, 0)


def test_the_rest_leaves_out_the_exemplar_picture_and_its_boxes() -> None:
    rest, kept = fs.without_image(_coco(), 1)
    assert [img["id"] for img in rest["images"]] == [3, 2] and kept == [0, 2]
    assert {a["image_id"] for a in rest["annotations"]} == {2, 3} and len(rest["annotations"]) == 4
    with pytest.raises(ValueError, match="not in the set"):
        fs.without_image(_coco(), 7)


def test_the_gain_is_the_classes_one_box_ap50_less_its_text_only_ap50() -> None:
    text = {"AP50": 5.0, "class_AP50": {"part-7b": 12.5, "SKU-40213": 4.0, "qx-118": None}}
    similar = {"AP50": 9.0, "class_AP50": {"part-7b": 7.5, "SKU-40213": 6.0, "qx-118": None}}
    row = fs.gain_row("part-7b", text, similar, seed=2)
    assert row["gain"] == pytest.approx(-5.0) and row["seed"] == 2
    assert (row["others_text_AP50"], row["others_similar_AP50"]) == (4.0, 6.0)  # qx-118 has no box: left out
    with pytest.raises(ValueError, match="no box of 'qx-118'"):
        fs.gain_row("qx-118", text, similar)


class _Spy:
    """The demo detector, noting which pictures each ``predict_raw`` got and with what exemplars."""

    def __init__(self, detector: Any) -> None:
        self.detector, self.calls = detector, []

    def predict_raw(self, images: Any, vocabulary: Any, batch_size: int = 4, exemplars: Any = None) -> list:
        self.calls.append(([Path(p).name for p in images], exemplars))
        return self.detector.predict_raw(images, vocabulary, batch_size=batch_size, exemplars=exemplars)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.detector, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("detector", "calls"):
            object.__setattr__(self, name, value)
        else:
            setattr(self.detector, name, value)


def test_one_box_prelabels_only_the_rest_of_a_tiny_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.learning_loop import domain_eval_set
    from gridclip import load_detector

    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))
    coco, paths = domain_eval_set(tmp_path, "parts", n=3)
    spy = _Spy(load_detector("demo", device="cpu", int8_static=False))
    saved: list[int] = []
    rows = fs.find_similar(tmp_path, "parts", seeds=(0, 1), detector=spy, coco_and_paths=(coco, paths),
                           blend_k=0.0, save=lambda r: saved.append(len(r)))

    on_two = [c["name"] for c in coco["categories"]
              if len({a["image_id"] for a in coco["annotations"] if a["category_id"] == c["id"]}) >= 2]
    assert on_two and [(r["seed"], r["class"]) for r in rows] == [(s, c) for s in (0, 1) for c in on_two]
    assert saved == list(range(1, len(rows) + 1))
    names = [p.name for p in paths]
    assert spy.calls[0] == (names, None)  # text only: once, the whole queue
    with_box = [(pictures, ex) for pictures, ex in spy.calls[1:] if ex is not None]
    assert len(with_box) == len(rows)
    for row, (pictures, exemplars) in zip(rows, with_box):
        # The exemplar picture is not pre-labelled; the rest is, with the one box for its class.
        assert row["file_name"] not in pictures and sorted(pictures + [row["file_name"]]) == sorted(names)
        assert exemplars.names == [row["class"]] and exemplars.count(row["class"]) == 1
        assert row["rest_pictures"] == 2 and row["blend_k"] == 0.0
        assert row["gain"] == pytest.approx(row["similar_AP50"] - row["text_AP50"])
        assert 0.0 <= row["one_box_separation"] <= 1.0 and 0.0 <= row["text_separation"] <= 1.0
    assert [r["seed"] for r in rows if r["class"] == on_two[0]] == [0, 1]

    table = fs.render_table(rows, "python -m benchmarks.find_similar --domain parts")
    body = [line for line in table if line.startswith("| ") and "---" not in line and not line.startswith("| class")]
    assert len(body) == len(on_two) + 1 and body[-1].startswith("| **mean** | ")
    assert "exemplar blend k 0" in table[0]
