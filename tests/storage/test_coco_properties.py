"""Property tests of COCO import (issue 29, "make it systematic"): a file built from valid and
hostile pieces either is refused with a :class:`CocoError` (the store untouched) or is stored so
that it round-trips (import → export → import into a new store → export: the same file); and
``load_coco``, the training door, either reads it or raises a :class:`DataError`. No other
exception type, ever."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from gridclip.training_data import DataError, load_coco
from storage import CocoError, Store

SIZES = {"a.png": (40, 30), "b.png": (24, 36)}

#: Values a hostile file puts where an id, a name or a number belongs.
HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.integers(min_value=10**300, max_value=10**320),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=4),
    st.lists(st.integers(0, 3), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(0, 3), max_size=1),
)


def mostly(valid: st.SearchStrategy, hostile: st.SearchStrategy = HOSTILE, percent: int = 10) -> st.SearchStrategy:
    """``hostile`` about ``percent`` times in a hundred, ``valid`` otherwise, so that most files get
    far enough to be imported (the hostile share is drawn from the middle of the range: Hypothesis
    favours a range's ends, and would pick ``st.one_of``'s last branch far more often)."""
    return st.integers(0, 99).flatmap(lambda k: hostile if 40 <= k < 40 + percent else valid)


IDS = mostly(st.integers(1, 3))
NAMES = mostly(st.sampled_from(["cat", "dog", "Cat", "pet", " dog  "]))
SYNONYMS = mostly(st.one_of(st.none(), st.lists(st.sampled_from(["pet", "kitty", "dog", "hound"]), max_size=2)))
COORDINATES = st.one_of(st.floats(-5, 50, allow_nan=False), st.integers(-5, 50))


def _maybe(draw: Any, entry: dict[str, Any], key: str, strategy: st.SearchStrategy) -> None:
    if draw(st.booleans()):
        entry[key] = draw(strategy)


@st.composite
def coco_files(draw: Any) -> Any:
    """A COCO file that is mostly right (distinct ids, real pictures, boxes on listed images and
    categories), with hostile values, collisions and escapes mixed in now and then."""
    names = draw(st.permutations(["cat", "dog", "pet", "bird"]))[: draw(st.integers(0, 3))]
    categories = []
    for k, name in enumerate(names, start=1):
        category = {"id": draw(mostly(st.just(k), IDS)), "name": draw(mostly(st.just(name), NAMES))}
        _maybe(draw, category, "synonyms", SYNONYMS)
        categories.append(category)
    files = draw(st.permutations(list(SIZES)))[: draw(st.integers(0, 2))]
    images = []
    for k, listed in enumerate(files, start=1):
        file_name = draw(mostly(st.just(listed), st.one_of(st.sampled_from(["missing.png", "../a.png", "loop",
                                                                            "/etc/passwd"]), HOSTILE)))
        image = {"id": draw(mostly(st.just(k), IDS)), "file_name": file_name}
        if draw(st.booleans()):
            image["width"], image["height"] = draw(mostly(st.just(SIZES[listed]), st.tuples(HOSTILE, HOSTILE)))
        _maybe(draw, image, "split", mostly(st.sampled_from(["val", "train"])))
        if names and draw(st.booleans()):
            image["tags"] = draw(mostly(st.lists(st.sampled_from(names), min_size=1, max_size=2), HOSTILE))
        images.append(image)
    annotations = []
    for _ in range(draw(st.integers(0, 4))):
        image_id = draw(mostly(st.sampled_from(range(1, len(files) + 1)), IDS) if files else IDS)
        category_id = draw(mostly(st.sampled_from(range(1, len(names) + 1)), IDS) if names else IDS)
        annotation = {"image_id": image_id, "category_id": category_id,
                      "bbox": draw(mostly(st.tuples(*[st.integers(0, 20)] * 2, *[st.floats(1, 15)] * 2).map(list),
                                          st.one_of(st.lists(COORDINATES, min_size=4, max_size=4), HOSTILE)))}
        _maybe(draw, annotation, "iscrowd", st.sampled_from([0, 1]))
        _maybe(draw, annotation, "status", mostly(st.sampled_from(["accepted", "rejected"])))
        annotations.append(annotation)
    if annotations and draw(st.booleans()):
        for k, annotation in enumerate(annotations, start=1):
            annotation["id"] = draw(mostly(st.just(k), IDS))
    data: Any = {"images": images, "categories": categories, "annotations": annotations}
    return draw(mostly(st.just(data)))


@pytest.fixture(scope="module")
def folder() -> Path:
    root = Path(tempfile.mkdtemp(prefix="coco-properties-"))
    for k, (name, size) in enumerate(SIZES.items()):
        PILImage.new("RGB", size, (90 * k, 40, 160)).save(root / name)
    os.symlink(root / "loop", root / "loop")  # a symlink to itself
    return root


def _without_date(path: Path) -> dict:
    exported = json.loads(path.read_text(encoding="utf-8"))
    exported["info"].pop("date_created")
    return exported


@pytest.mark.filterwarnings("ignore:skipped .* crowd or zero-area boxes")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(data=coco_files())
def test_a_coco_file_is_refused_in_one_line_or_round_trips(data: Any, folder: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="coco-case-"))
    source = work / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")

    with Store.open("sqlite://") as store:
        try:
            store.import_coco(source, folder)
        except CocoError as exc:
            assert "\n" not in str(exc)
            assert store.counts() == {"images": 0, "categories": 0, "predictions": 0, "annotations": 0}
            imported = False
        else:
            imported = True
            store.export_coco(work / "first.json")
        event("imported" if imported else "refused at import")
    if imported:
        with Store.open("sqlite://") as again:
            again.import_coco(work / "first.json", folder)
            again.export_coco(work / "second.json")
        assert _without_date(work / "second.json") == _without_date(work / "first.json")

    try:
        load_coco(source, folder)
    except DataError as exc:
        assert "\n" not in str(exc)
