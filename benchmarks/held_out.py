"""AP of one model on freshly drawn held-out world scenes, at a chosen picture size and crowding.

The report's eval set is 100 scenes of seed 4242 at the world's 192 px with 2–6 objects; the
demo's pictures are 384 px with 4–10. This scores any model source on either:

    .venv/bin/python -m benchmarks.held_out --model demo                              # 192 px, 2–6 objects
    .venv/bin/python -m benchmarks.held_out --model demo --size 384 --objects 4 10    # the demo's kind of picture
    .venv/bin/python -m benchmarks.held_out --model demo --perfect-classes            # + the classification ceiling
    .venv/bin/python -m benchmarks.held_out --model demo --box-classes --teacher open_clip:world-bow=runs/bow-r6/world_clip.pt
    .venv/bin/python -m benchmarks.held_out --model demo --proposal-recall 8 16       # what proposals cover
    .venv/bin/python -m benchmarks.held_out --model runs/q-.../run_... --unseen-shape heart   # the unseen-shape split
    .venv/bin/python -m benchmarks.held_out --model demo --background-quantile off    # without the background floor
    .venv/bin/python -m benchmarks.held_out --model demo --where-boxes-land 0.3       # what each class's boxes sit on
    .venv/bin/python -m benchmarks.held_out --model demo --close-ups 0.1 0.3          # each object cropped tight

``--perfect-classes`` also scores the same candidate boxes with a perfect classifier: each box
that overlaps a true box at IoU ≥ 0.5 takes that box's class before NMS. No change of class
scores (exemplars, adapted class embeddings) can beat that figure with these boxes.

``--box-classes`` classifies every true box 48-way two ways: by the detector's grid embeddings
pooled inside it (what its class scores read), and by a CLIP's zero-shot embedding of a square
crop around it (``--teacher``, default the model's own CLIP: what image-level alignment
distils). Where the detector already classifies a split's boxes as well as the teacher does,
distilling the teacher has nothing left to give that split.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="demo", help="a model source (demo, a checkpoint folder, open_clip:…)")
    p.add_argument("--seed", type=int, default=4242, help="world seed of the held-out scenes (no build uses it)")
    p.add_argument("--scenes", type=int, default=100)
    p.add_argument("--size", type=int, default=192, help="picture side in px")
    p.add_argument("--objects", type=int, nargs=2, default=None, metavar=("LOW", "HIGH"),
                   help="objects tried per picture (default: the world's 2–6)")
    p.add_argument("--perfect-classes", action="store_true",
                   help="also AP50 with every box that overlaps a true box given its class (the classification ceiling)")
    p.add_argument("--box-classes", action="store_true",
                   help="also 48-way accuracy on the true boxes: the detector's pooled grid vs a CLIP's crop embedding")
    p.add_argument("--teacher", default=None, help="model source whose CLIP classifies the crops (default: --model's)")
    p.add_argument("--crop-contexts", type=float, nargs="+", default=[0.15],
                   help="--box-classes: the teacher's square crops with this much of the box's long side added "
                        "on each side (one figure each; 0.15 is the diagnose crops')")
    p.add_argument("--proposal-recall", type=int, nargs="+", default=None, metavar="K",
                   help="also the share of true boxes the K best class-agnostic proposals cover at IoU 0.5 "
                        "(the boxes alignment_mode='proposals' aligns on)")
    p.add_argument("--unseen-shape", default=None, metavar="SHAPE",
                   help="score the unseen-shape split: SHAPE's classes are the novel ones, every other class base "
                        "(as the ablation's --unseen-shape trains)")
    p.add_argument("--background-quantile", default=None, metavar="Q|off",
                   help="override the model's DetectorConfig.background_quantile (a number in (0, 1), or off)")
    p.add_argument("--where-boxes-land", type=float, default=None, metavar="THRESHOLD",
                   help="also count the boxes kept at THRESHOLD (after NMS) by what they sit on (IoU 0.5): "
                        "their own class, another class of the same shape or colour, another object, or "
                        "clutter; for the classes the model was trained on and for the rest")
    p.add_argument("--close-ups", type=float, nargs="+", default=None, metavar="MARGIN",
                   help="also the recall at 0.3 on close-ups: each true box cropped with MARGIN of its long side "
                        "around it, so the object fills the picture; taught and untaught classes apart")
    p.add_argument("--work", type=Path, default=REPO / "runs" / "held_out")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)

    import torch

    from benchmarks.world_eval import eval_set, score, unseen_shape_coco, vocabularies
    from gridclip.inference.sources import load_detector
    from gridclip.world.synthetic import MAX_OBJECTS, MIN_OBJECTS

    torch.set_num_threads(args.threads)
    low, high = args.objects or (MIN_OBJECTS, MAX_OBJECTS)
    coco, paths = eval_set(args.work, args.scenes, seed=args.seed, size=args.size, object_count=(low, high))
    if args.unseen_shape:
        coco = unseen_shape_coco(coco, args.unseen_shape)
    detector = load_detector(args.model, device="cpu")
    if args.background_quantile is not None:
        quantile = None if args.background_quantile == "off" else float(args.background_quantile)
        detector.model.config = replace(detector.config, background_quantile=quantile)  # checked as any config
    raw = detector.predict_raw(list(paths), vocabularies()["names"], batch_size=8)
    scores = score(detector, coco, paths, vocabularies()["names"], raw=raw)
    row = {"model": args.model, "seed": args.seed, "scenes": len(paths), "boxes": len(coco["annotations"]),
           "size": args.size, "objects": [low, high], "unseen_shape": args.unseen_shape,
           "background_quantile": detector.config.background_quantile,
           **{split: {k: round(100 * (v or 0.0), 1) for k, v in s.items()} for split, s in scores.items()}}
    if args.perfect_classes:
        ceiling = score(detector, coco, paths, vocabularies()["names"], raw=with_true_classes(raw, coco))
        row["perfect_classes"] = {split: {k: round(100 * (v or 0.0), 1) for k, v in s.items()} for split, s in ceiling.items()}
    if args.box_classes:
        teacher = load_detector(args.teacher, device="cpu") if args.teacher else detector
        row["box_classes"] = box_classification(detector, teacher, coco, paths, vocabularies()["names"],
                                                args.crop_contexts)
    if args.proposal_recall:
        row["proposal_recall"] = proposal_recall(detector, coco, paths, args.proposal_recall)
    if args.where_boxes_land is not None:
        row["where_boxes_land"] = where_boxes_land(raw, coco, vocabularies()["names"].names,
                                                   detector.untaught_classes(vocabularies()["names"]).tolist(),
                                                   args.where_boxes_land)
    if args.close_ups:
        row["close_ups"] = {f"{m:g}": close_up_recall(detector, coco, paths, vocabularies()["names"], m)
                            for m in args.close_ups}
    print(json.dumps(row))
    return 0


def true_boxes(coco: dict) -> dict[int, list]:
    """Each picture's true boxes as ``([x0, y0, x1, y1], world class id)``, by image id."""
    found: dict[int, list] = {}
    for a in coco["annotations"]:
        x, y, w, h = a["bbox"]
        found.setdefault(a["image_id"], []).append(([x, y, x + w, y + h], a["category_id"] - 1))
    return found


def where_boxes_land(raw: list, coco: dict, names: list[str], untaught: list[bool], threshold: float) -> dict:
    """Boxes kept at ``threshold`` (per-class NMS 0.5), counted by what they overlap most at IoU
    ≥ 0.5, separately for taught and untaught classes (``untaught[c]``), with their mean score.
    A class that fires on clutter shows up in ``clutter``; one that only confuses a shape or a
    colour in ``same shape`` / ``same colour``."""
    import numpy as np
    import torch
    from torchvision.ops import box_iou

    from gridclip.model.postprocess import refilter
    from gridclip.model.thresholds import Thresholds

    truth = true_boxes(coco)
    kinds = ("own class", "same shape", "same colour", "other object", "clutter")
    found = {group: {kind: [] for kind in kinds} for group in ("taught", "untaught")}
    for det, image in zip(raw, coco["images"]):
        kept = refilter(det, Thresholds(score_threshold=threshold, nms_iou=0.5, max_detections=300))
        boxes = truth.get(image["id"], [])
        iou = (box_iou(torch.as_tensor(kept.xyxy, dtype=torch.float32), torch.tensor([b for b, _ in boxes], dtype=torch.float32)).numpy()
               if len(kept) and boxes else np.zeros((len(kept), 0)))
        for j, (cls, conf) in enumerate(zip(kept.class_id.tolist(), kept.confidence.tolist())):
            group = "untaught" if untaught[cls] else "taught"
            if iou.shape[1] == 0 or iou[j].max() < 0.5:
                kind = "clutter"
            else:
                true = boxes[int(iou[j].argmax())][1]
                colour, shape = names[cls].split()[0], names[cls].split()[-1]
                kind = ("own class" if true == cls else "same shape" if names[true].split()[-1] == shape
                        else "same colour" if names[true].split()[0] == colour else "other object")
            found[group][kind].append(conf)
    return {group: {kind: {"boxes": len(v), "mean score": round(float(np.mean(v)), 3) if v else None}
                    for kind, v in by_kind.items()} for group, by_kind in found.items()}


def close_up_recall(detector, coco: dict, paths: list, vocabulary, margin: float, threshold: float = 0.3) -> dict:
    """Each true box cropped with ``margin`` of its long side on every side (the object fills
    most of the picture) and detected alone: the share whose own class scores ≥ ``threshold``
    anywhere in the crop, for the classes the model was trained on and for the rest."""
    import numpy as np
    from PIL import Image

    untaught = detector.untaught_classes(vocabulary).numpy()
    crops, classes = [], []
    for image, path in zip(coco["images"], paths):
        with Image.open(path) as picture:
            picture = picture.convert("RGB")
            for (x0, y0, x1, y1), cls in true_boxes(coco).get(image["id"], []):
                pad = margin * max(x1 - x0, y1 - y0)
                crops.append(picture.crop((int(x0 - pad), int(y0 - pad), int(x1 + pad), int(y1 + pad))))
                classes.append(cls)
    raw = detector.predict_raw(crops, vocabulary, batch_size=8)
    found = np.array([bool((det.confidence[det.class_id == cls] >= threshold).any()) for det, cls in zip(raw, classes)])
    split = untaught[np.array(classes)]
    return {group: {"crops": int(mask.sum()), "recall": round(float(found[mask].mean()), 3) if mask.any() else None}
            for group, mask in (("taught", ~split), ("untaught", split))}


def box_classification(detector, teacher, coco: dict, paths: list, vocabulary,
                       contexts: tuple[float, ...] = (0.15,)) -> dict:
    """48-way accuracy (%) on ``coco``'s true boxes, by split: ``grid`` pools the detector's grid
    embeddings inside each box (RoIAlign 1×1) and takes the nearest class text; ``crop <c>``
    embeds the square around each box with ``c`` of context (``square_crop``) with ``teacher``'s
    CLIP and does the same with its texts. Class ``k`` of ``vocabulary`` is world class ``k``."""
    import numpy as np
    import torch
    import torch.nn.functional as F

    from gridclip.inference.images import load_rgb, square_crop
    from gridclip.training.alignment import pool_grid_embeddings
    from gridclip.world.clip_pretrain import to_tensor
    from gridclip.world.synthetic import WORLD_CLASSES

    text = detector.text_embeddings(vocabulary)
    teacher_text = teacher.text_embeddings(vocabulary)
    size = teacher.clip.visual.image_size
    size = size[0] if isinstance(size, (tuple, list)) else int(size)
    boxes_of = true_boxes(coco)
    by_grid, labels = [], []
    by_crop: dict[str, list] = {f"crop {c:g}": [] for c in contexts}
    with torch.no_grad():
        for image, path in zip(coco["images"], paths):
            found = boxes_of.get(image["id"], [])
            if not found:
                continue
            picture = load_rgb(path)
            batch = detector.prepare([picture], detector.pad_multiple)
            out = detector.model(batch.tensor.to(detector.device), text)
            grid = {f"p{i + 3}": g for i, g in enumerate(out.grid_embeddings)}
            boxes = torch.tensor([b for b, _ in found], dtype=torch.float32) * batch.scales[0]
            pooled = pool_grid_embeddings(grid, [boxes.to(detector.device)], tuple(batch.tensor.shape[-2:]))
            by_grid += (F.normalize(pooled, dim=-1) @ text.T).argmax(-1).tolist()
            for context in contexts:
                crops = to_tensor([square_crop(picture, b, context) for b, _ in found], size)
                embedded = F.normalize(teacher.clip.encode_image(crops.to(teacher.device)), dim=-1)
                by_crop[f"crop {context:g}"] += (embedded @ teacher_text.T).argmax(-1).tolist()
            labels += [c for _, c in found]
    labels_arr = np.asarray(labels)
    split = np.asarray([WORLD_CLASSES[c].split for c in labels])
    out_row: dict[str, dict[str, float]] = {}
    for name, predicted in [("grid", by_grid), *by_crop.items()]:
        right = np.asarray(predicted) == labels_arr
        out_row[name] = {s: round(100 * float(right[split == s].mean()), 1) for s in ("base", "novel")}
    return out_row


def proposal_recall(detector, coco: dict, paths: list, counts: list[int]) -> dict:
    """Share (%) of true boxes, by split, that the ``k`` best class-agnostic proposals of the
    detector (``alignment.proposal_boxes``: centerness, NMS 0.5) cover at IoU ≥ 0.5, per k."""
    import numpy as np
    import torch
    from torchvision.ops import box_iou

    from gridclip.inference.images import load_rgb
    from gridclip.model.postprocess import decode_ltrb
    from gridclip.training.alignment import proposal_boxes
    from gridclip.world.synthetic import WORLD_CLASSES

    hits: dict[int, list] = {k: [] for k in counts}
    splits: list[str] = []
    boxes_of = true_boxes(coco)
    with torch.no_grad():
        for image, path in zip(coco["images"], paths):
            found = boxes_of.get(image["id"], [])
            if not found:
                continue
            batch = detector.prepare([load_rgb(path)], detector.pad_multiple)
            _, ltrb, centerness, points, _, _ = detector.model(batch.tensor.to(detector.device), None).flat()
            truth = torch.tensor([b for b, _ in found], dtype=torch.float32) * batch.scales[0]
            splits += [WORLD_CLASSES[c].split for _, c in found]
            for k in counts:
                chosen = proposal_boxes(decode_ltrb(points, ltrb), centerness.sigmoid(), batch.fitted, k)[0]
                best = box_iou(truth, chosen.cpu()).max(dim=1).values if len(chosen) else torch.zeros(len(found))
                hits[k] += (best >= 0.5).tolist()
    split = np.asarray(splits)
    return {str(k): {s: round(100 * float(np.asarray(v)[split == s].mean()), 1) for s in ("base", "novel")}
            for k, v in hits.items()}


def with_true_classes(raw: list, coco: dict, iou: float = 0.5) -> list:
    """``raw`` (``sv.Detections`` per picture, in ``coco``'s image order; class ``k`` is world
    class ``k``) with each box that overlaps a true box at IoU ≥ ``iou`` relabelled to the class of
    the true box it overlaps most."""
    import numpy as np
    import supervision as sv

    truths: dict[int, list] = {}
    for a in coco["annotations"]:
        x, y, w, h = a["bbox"]
        truths.setdefault(a["image_id"], []).append(([x, y, x + w, y + h], a["category_id"] - 1))
    relabelled = []
    for detections, image in zip(raw, coco["images"]):
        found = truths.get(image["id"], [])
        detections = detections[:]  # a copy: the caller's raw detections stay as they were
        if len(detections) and found:
            overlaps = sv.box_iou_batch(detections.xyxy, np.array([b for b, _ in found], dtype=np.float32))
            best = overlaps.argmax(axis=1)
            hit = overlaps.max(axis=1) >= iou
            classes = np.asarray(detections.class_id).copy()
            classes[hit] = np.array([found[j][1] for j in best[hit]])
            detections.class_id = classes
        relabelled.append(detections)
    return relabelled


if __name__ == "__main__":
    sys.exit(main())
