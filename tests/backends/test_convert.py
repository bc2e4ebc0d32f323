"""The Detections <-> Label Studio region conversion."""

from __future__ import annotations

import numpy as np
import pytest
import supervision as sv

from backends.convert import detections_to_regions, prediction_score, regions_to_detections
from backends.label_config import parse_label_config

CONFIG = parse_label_config(
    """<View><Image name="img" value="$image"/>
    <RectangleLabels name="box" toName="img"><Label value="car" alias="C"/><Label value="person"/></RectangleLabels>
    <RectangleLabels name="other" toName="img"><Label value="tree"/></RectangleLabels></View>"""
)
BOX = CONFIG.control("box")


def random_detections(rng: np.random.Generator, n: int, width: int, height: int) -> sv.Detections:
    x1 = rng.uniform(0, width - 2, n)
    y1 = rng.uniform(0, height - 2, n)
    x2 = np.minimum(x1 + rng.uniform(1, width, n), width)
    y2 = np.minimum(y1 + rng.uniform(1, height, n), height)
    return sv.Detections(
        xyxy=np.column_stack([x1, y1, x2, y2]).astype(np.float32),
        confidence=rng.uniform(0, 1, n).astype(np.float32),
        class_id=rng.integers(0, 2, n),
    )


@pytest.mark.parametrize("width, height", [(640, 480), (33, 1000), (1, 1)])
def test_round_trip_keeps_boxes_classes_and_scores(width: int, height: int) -> None:
    dets = random_detections(np.random.default_rng(width), 25, max(width, 3), max(height, 3))
    dets.xyxy = np.clip(dets.xyxy, 0, [width, height, width, height]).astype(np.float32)
    regions = detections_to_regions(dets, BOX, width=width, height=height)
    back = regions_to_detections(regions, BOX)
    np.testing.assert_allclose(back.xyxy, dets.xyxy, atol=1e-3)
    np.testing.assert_array_equal(back.class_id, dets.class_id)
    np.testing.assert_allclose(back.confidence, dets.confidence, atol=1e-6)
    assert back.data["class_name"].tolist() == [BOX.class_names[c] for c in dets.class_id]


def test_regions_are_percent_of_the_original_size_with_the_configs_exact_labels() -> None:
    dets = sv.Detections(
        xyxy=np.array([[50, 25, 150, 75], [0, 0, 200, 100]], dtype=np.float32),
        confidence=np.array([0.8, 0.4], dtype=np.float32),
        class_id=np.array([0, 1]),
    )
    regions = detections_to_regions(dets, BOX, width=200, height=100)
    first = regions[0]
    assert (first["from_name"], first["to_name"], first["type"]) == ("box", "img", "rectanglelabels")
    assert (first["original_width"], first["original_height"]) == (200, 100)
    value = dict(first["value"])
    assert value.pop("rectanglelabels") == ["C"]
    assert value == pytest.approx({"x": 25.0, "y": 25.0, "width": 50.0, "height": 50.0, "rotation": 0})
    assert regions[1]["value"]["rectanglelabels"] == ["person"]
    assert first["score"] == pytest.approx(0.8)
    assert len({r["id"] for r in regions}) == 2
    assert prediction_score(regions) == pytest.approx(0.6)


def test_boxes_poking_outside_the_image_are_clipped_to_it() -> None:
    dets = sv.Detections(xyxy=np.array([[-10, -5, 250, 50]], dtype=np.float32), class_id=np.array([0]))
    value = detections_to_regions(dets, BOX, width=200, height=100)[0]["value"]
    assert (value["x"], value["y"], value["width"], value["height"]) == pytest.approx((0, 0, 100, 50))


def test_rotated_rectangles_become_their_axis_aligned_bounds() -> None:
    region = {
        "id": "r", "from_name": "box", "to_name": "img", "type": "rectanglelabels",
        "original_width": 100, "original_height": 100,
        "value": {"x": 50, "y": 50, "width": 10, "height": 20, "rotation": 90, "rectanglelabels": ["car"]},
    }
    back = regions_to_detections([region], BOX)
    # 90 degrees clockwise around the top-left corner (50, 50): x spans 30..50, y spans 50..60.
    np.testing.assert_allclose(back.xyxy[0], [30, 50, 50, 60], atol=1e-4)


def test_other_controls_and_types_are_ignored_and_sizes_fall_back_to_the_image() -> None:
    regions = [
        {"id": "a", "from_name": "other", "type": "rectanglelabels",
         "value": {"x": 0, "y": 0, "width": 1, "height": 1, "rectanglelabels": ["tree"]}},
        {"id": "b", "from_name": "box", "type": "choices", "value": {"choices": ["x"]}},
        {"id": "c", "from_name": "box", "type": "rectanglelabels",
         "value": {"x": 10, "y": 10, "width": 10, "height": 10, "rectanglelabels": ["person"]}},
    ]
    back = regions_to_detections(regions, BOX, width=50, height=200)
    assert back.data["region_id"].tolist() == ["c"]
    np.testing.assert_allclose(back.xyxy[0], [5, 20, 10, 40])


def test_a_label_not_in_the_config_is_an_error_naming_it() -> None:
    region = {"id": "z", "from_name": "box", "type": "rectanglelabels", "original_width": 10, "original_height": 10,
              "value": {"x": 0, "y": 0, "width": 5, "height": 5, "rectanglelabels": ["bicycle"]}}
    with pytest.raises(ValueError, match="bicycle"):
        regions_to_detections([region], BOX)


def test_a_region_without_any_size_is_an_error() -> None:
    region = {"id": "z", "from_name": "box", "type": "rectanglelabels",
              "value": {"x": 0, "y": 0, "width": 5, "height": 5, "rectanglelabels": ["car"]}}
    with pytest.raises(ValueError, match="original_width"):
        regions_to_detections([region], BOX)


def test_class_ids_outside_the_control_are_refused() -> None:
    dets = sv.Detections(xyxy=np.array([[0, 0, 1, 1]], dtype=np.float32), class_id=np.array([5]))
    with pytest.raises(ValueError, match="class_id 5"):
        detections_to_regions(dets, BOX, width=10, height=10)
