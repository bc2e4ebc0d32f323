"""benchmarks.held_out: the unseen-shape split and the background-floor override."""

from __future__ import annotations

import json

import pytest

from benchmarks import held_out
from benchmarks.world_eval import unseen_shape_coco


def test_unseen_shape_coco_makes_the_shape_novel_and_refuses_a_shape_the_world_lacks():
    coco = {"images": [], "annotations": [], "categories": [
        {"id": 1, "name": "red heart", "split": "base"}, {"id": 2, "name": "red circle", "split": "novel"}]}
    assert [c["split"] for c in unseen_shape_coco(coco, "heart")["categories"]] == ["novel", "base"]
    with pytest.raises(SystemExit, match="heart"):
        unseen_shape_coco(coco, "hexagon")


def test_held_out_scores_the_unseen_shape_split_with_the_floor_off_or_on(tmp_path, capsys):
    rows = []
    for quantile in ("off", "0.5"):
        assert held_out.main(["--model", "demo", "--scenes", "6", "--unseen-shape", "heart",
                              "--background-quantile", quantile, "--close-ups", "0.1", "--work", str(tmp_path)]) == 0
        rows.append(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))
    assert [r["background_quantile"] for r in rows] == [None, 0.5]
    assert all(r["unseen_shape"] == "heart" and 0 <= r["novel"]["AP50"] <= 100 for r in rows)
    off, on = (r["close_ups"]["0.1"] for r in rows)
    assert off["taught"] == on["taught"] and off["taught"]["crops"] > 0  # the floor never moves a trained class
    assert off["untaught"]["crops"] > 0 and on["untaught"]["recall"] <= off["untaught"]["recall"]
    with pytest.raises(ValueError, match="background_quantile"):
        held_out.main(["--model", "demo", "--scenes", "6", "--background-quantile", "1.5", "--work", str(tmp_path)])


def test_where_boxes_land_sorts_each_kept_box_by_what_it_overlaps():
    import numpy as np
    import supervision as sv

    from benchmarks.held_out import where_boxes_land

    names = ["red circle", "red heart", "blue heart"]
    coco = {"images": [{"id": 1}], "annotations": [
        {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10]},     # a red circle
        {"image_id": 1, "category_id": 3, "bbox": [50, 50, 10, 10]}]}  # a blue heart
    raw = [sv.Detections(xyxy=np.array([[0, 0, 10, 10], [0, 0, 10, 10], [50, 50, 60, 60], [100, 100, 110, 110],
                                        [0, 0, 10, 10]], dtype=np.float32),
                         confidence=np.array([0.9, 0.8, 0.7, 0.6, 0.1], dtype=np.float32),
                         class_id=np.array([0, 1, 1, 1, 2]))]
    landed = where_boxes_land(raw, coco, names, [False, True, True], threshold=0.3)
    assert landed["taught"]["own class"] == {"boxes": 1, "mean score": 0.9}
    untaught = {kind: v["boxes"] for kind, v in landed["untaught"].items()}
    assert untaught == {"own class": 0, "same shape": 1, "same colour": 1, "other object": 0, "clutter": 1}
