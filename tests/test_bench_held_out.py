"""benchmarks.held_out: the unseen-shape split and the background-floor override."""

from __future__ import annotations

import json

import pytest

from benchmarks import held_out
from benchmarks.quality import unseen_shape_coco


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
                              "--background-quantile", quantile, "--work", str(tmp_path)]) == 0
        rows.append(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))
    assert [r["background_quantile"] for r in rows] == [None, 0.5]
    assert all(r["unseen_shape"] == "heart" and 0 <= r["novel"]["AP50"] <= 100 for r in rows)
    with pytest.raises(ValueError, match="background_quantile"):
        held_out.main(["--model", "demo", "--scenes", "6", "--background-quantile", "1.5", "--work", str(tmp_path)])
