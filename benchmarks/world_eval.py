"""Held-out scenes of the synthetic world and how a detector is scored on them: what the quality
report, the learning loop and ``held_out`` share.

Every figure is measured on held-out scenes (world seed ``EVAL_SEED``, never drawn for
training); detectors train on scenes of ``DETECTOR_WORLD_SEED``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

EVAL_SEED = 4242
DETECTOR_WORLD_SEED = 1  # the same training scenes the demo build uses


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def score(
    detector: Any,
    coco: dict,
    image_paths: Sequence[Path],
    vocabulary: Any,
    *,
    class_agnostic_nms: bool = False,
    raw: list | None = None,
) -> dict[str, dict[str, float | None]]:
    """COCO AP/AP50 of ``detector`` with ``vocabulary`` on a world COCO dict, per split.

    Vocabulary class ``k < 48`` is world class ``k`` (COCO id ``k + 1``); classes past the
    world's (distractors) are scored by NMS but never match a box, so they only hurt.
    """
    from gridclip.model.postprocess import refilter
    from gridclip.training.evaluate import EVALUATION_THRESHOLDS, coco_ap, detections_to_coco

    raw = raw if raw is not None else detector.predict_raw(list(image_paths), vocabulary, batch_size=8)
    category_ids = [c["id"] for c in coco["categories"]]
    results: list[dict] = []
    for det, image in zip(raw, coco["images"]):
        kept = refilter(det, replace(EVALUATION_THRESHOLDS, class_agnostic_nms=class_agnostic_nms))
        kept = kept[kept.class_id < len(category_ids)]
        results.extend(detections_to_coco(kept, image["id"], category_ids))
    out: dict[str, dict[str, float | None]] = {}
    for split in ("base", "novel"):
        ids = [c["id"] for c in coco["categories"] if c["split"] == split]
        _, summary = coco_ap(coco, [r for r in results if r["category_id"] in set(ids)], ids)
        out[split] = {"AP": summary["AP"], "AP50": summary["AP50"]}
    _, summary = coco_ap(coco, results, category_ids)
    out["all"] = {"AP": summary["AP"], "AP50": summary["AP50"]}
    return out


def vocabularies() -> dict[str, Any]:
    """The vocabularies of the robustness test, all in world-class order (distractors appended)."""
    from gridclip.vocabulary import Vocabulary
    from gridclip.world.synthetic import WORLD_CLASSES, distractor_names, world_vocabulary

    names = world_vocabulary(synonyms=False)
    return {
        "names": names,
        "synonyms only": Vocabulary.from_names([c.synonyms[0] if c.synonyms else c.name for c in WORLD_CLASSES]),
        "names + synonyms": world_vocabulary(synonyms=True),
        "names + 5× distractors": Vocabulary.from_names(names.names + distractor_names(5 * len(WORLD_CLASSES))),
    }


def scene_folder(folder: Path, size: int | None, object_count: tuple[int, int] | None) -> tuple[Path, int, tuple[int, int]]:
    """``(folder, size, object_count)`` of a drawn scene set: the world's picture size and object
    count where not given, and a folder name that says so when they are not the world's."""
    from gridclip.world.synthetic import DEFAULT_IMAGE_SIZE, MAX_OBJECTS, MIN_OBJECTS

    size = size or DEFAULT_IMAGE_SIZE
    object_count = tuple(object_count or (MIN_OBJECTS, MAX_OBJECTS))
    if (size, object_count) != (DEFAULT_IMAGE_SIZE, (MIN_OBJECTS, MAX_OBJECTS)):
        folder = folder.with_name(f"{folder.name}_{size}px_{object_count[0]}-{object_count[1]}")
    return folder, size, object_count


def eval_set(work: Path, n: int, seed: int = EVAL_SEED, size: int | None = None,
             object_count: tuple[int, int] | None = None) -> tuple[dict, list[Path]]:
    """The held-out COCO dict and picture paths (drawn once into ``work``): ``n`` scenes of
    ``seed``, at the world's picture size and object count unless ``size`` / ``object_count``."""
    from gridclip.world.synthetic import write_dataset

    folder, size, object_count = scene_folder(work / f"eval_s{seed}_n{n}", size, object_count)
    if not (folder / "annotations.json").is_file():
        write_dataset(folder, seed=seed, n=n, size=size, object_count=object_count)
    coco = json.loads((folder / "annotations.json").read_text())
    return coco, [folder / "images" / img["file_name"] for img in coco["images"]]


def unseen_shape_coco(coco: dict, shape: str) -> dict:
    """``coco`` with its categories' split redrawn for the unseen-shape split: ``shape``'s
    classes are "novel", every other class "base" (what ``score`` reports per split)."""
    from gridclip.world.synthetic import SHAPES

    if shape not in {s.name for s in SHAPES}:
        raise SystemExit(f"--unseen-shape must be one of the world's shapes {[s.name for s in SHAPES]}, got {shape!r}")
    categories = [dict(c, split="novel" if c["name"].split()[-1] == shape else "base") for c in coco["categories"]]
    return dict(coco, categories=categories)
