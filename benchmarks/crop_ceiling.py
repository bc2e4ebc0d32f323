"""How much shape can any classifier read from the zero-shot crops? A supervised ceiling probe (issue 14).

The world CLIP is asked (issue 14 part 1) to get the predicted class's shape right on ≥ 95 % of
the single-object crops of ``clip_pretrain._zero_shot_crops`` (world seed 10000, 150 scenes,
``synthetic.object_crop`` with margin 0.15). Those crops are cut around an object's *visible*
box: an occluded object (≥ 60 % visible) shares its crop with the object covering it, and the
smallest objects are 18 px wide. This script measures whether that target is bounded by the
crops themselves:

1. it builds the exact evaluation crop set, keeping each crop's class, shape, colour, split,
   visible fraction, size (max side of the visible box) and how many other objects reach into it;
2. it trains a supervised CNN (shape 6-way and class 48-way heads; not CLIP) on crops cut the same
   way from training scenes of other world seeds, so the training distribution equals the test
   one, occlusion included (dihedral flips / rotations and a small shift as augmentation), and
   logs its held-out accuracy every ``--eval-every`` steps;
3. it breaks held-out shape accuracy down by visible fraction, object size and intruders, with
   the shape confusion matrix, for the probe and for a CLIP zero-shot (``--clip``: by default the
   committed demo model's);
4. it writes every figure to ``runs/crop_ceiling/report.json`` and prints markdown tables, and
   draws the misread crops of the standard set (``probe_errors.png``, ``clip_errors.png``).

    OMP_NUM_THREADS=1 .venv/bin/python -m benchmarks.crop_ceiling --train-scenes 8000 --steps 2500 --extra-eval-scenes 1000

``--tower world-bow`` probes the world CLIP's own image tower (128 px; ``--width`` to widen it)
instead of the plain CNN. ``--extra-eval-scenes N`` also scores the probe (and the CLIP) on the next N scenes of the
held-out seed, for per-bin figures with smaller error bars; those are reported separately.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
EVAL_SEED, EVAL_SCENES = 10_000, 150

#: (label, low, high): low ≤ value < high; the last visible-fraction bin is exactly 1 (unoccluded).
VISIBLE_BINS = (("<0.7", 0.0, 0.7), ("0.7-0.8", 0.7, 0.8), ("0.8-0.9", 0.8, 0.9), ("0.9-1.0", 0.9, 1.0), ("=1.0", 1.0, math.inf))
SIZE_BINS = (("<25px", 0, 25), ("25-35px", 25, 35), ("35-45px", 35, 45), (">=45px", 45, math.inf))
INTRUDER_BINS = (("0 others", 0, 1), ("1 other", 1, 2), (">=2 others", 2, math.inf))


# --------------------------------------------------------------------------------------------
# Crops


@dataclass(frozen=True)
class CropRecord:
    """What is known about one object's crop (the picture itself is kept alongside)."""

    scene: int
    class_id: int
    shape: int
    colour: int
    split: str
    visible_fraction: float
    size: float  # max side of the object's visible box, in scene pixels (192-px scenes)
    intruders: int  # other objects whose visible box reaches into the crop window


def crop_window(xyxy: tuple[float, ...], margin: float = 0.15) -> tuple[int, int, int, int]:
    """The window ``synthetic.object_crop`` (``square_crop``) cuts around a visible box (same arithmetic).

    >>> crop_window((10, 10, 30, 20))
    (7, 2, 33, 28)
    """
    x0, y0, x1, y1 = xyxy
    side = max(x1 - x0, y1 - y0) * (1 + 2 * margin)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return int(cx - side / 2), int(cy - side / 2), int(cx + side / 2), int(cy + side / 2)


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def object_crops(seed: int, n_scenes: int, start: int = 0) -> tuple[list, list[CropRecord]]:
    """Every object's ``object_crop`` in scenes ``start … start+n-1`` of ``seed``, in the order
    ``clip_pretrain._zero_shot_crops`` uses: (PIL crops, records)."""
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes, object_crop

    images, records = [], []
    for scene in draw_scenes(seed, n_scenes, start=start):
        for obj in scene.objects:
            window = crop_window(obj.xyxy)
            cls = WORLD_CLASSES[obj.class_id]
            images.append(object_crop(scene, obj))
            records.append(CropRecord(
                scene=scene.index, class_id=obj.class_id, shape=cls.shape, colour=cls.colour, split=cls.split,
                visible_fraction=obj.visible_fraction,
                size=max(obj.xyxy[2] - obj.xyxy[0], obj.xyxy[3] - obj.xyxy[1]),
                intruders=sum(_overlaps(window, o.xyxy) for o in scene.objects if o is not obj),
            ))
    return images, records


def to_uint8(images: list, size: int):
    """PIL crops -> a uint8 [N, 3, size, size] tensor (bilinear, as ``clip_pretrain.to_tensor``)."""
    import torch
    from PIL import Image

    arrays = [np.asarray(im.convert("RGB").resize((size, size), Image.BILINEAR), dtype=np.uint8) for im in images]
    return torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2).contiguous()


def cached_crops(path: Path, seeds: list[int], n_scenes: int, size: int, start: int = 0):
    """Crops of ``n_scenes`` scenes of each seed as (uint8 tensor, records), cached at ``path``."""
    import torch

    if path.exists():
        blob = torch.load(path, weights_only=True)
        return blob["x"], [CropRecord(**r) for r in blob["records"]]
    xs, records = [], []
    for seed in seeds:
        images, recs = object_crops(seed, n_scenes, start)
        xs.append(to_uint8(images, size))
        records += recs
    x = torch.cat(xs)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save({"x": x, "records": [asdict(r) for r in records]}, path)
    return x, records


# --------------------------------------------------------------------------------------------
# The probe: a small plain CNN with a shape head and a class head


def _heads_on(trunk, features: int):
    import torch.nn as nn

    class Probe(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.trunk = trunk
            self.shape_head = nn.Linear(features, 6)
            self.class_head = nn.Linear(features, 48)

        def forward(self, x):
            f = self.trunk(x)
            return self.shape_head(f), self.class_head(f)

    return Probe()


def plain_cnn(width: int):
    """One conv-BN-ReLU at full resolution, three stride-2 stages of two convs each (1×, 2×, 4×, 8×
    ``width`` channels), global average pool, then a 6-way shape and a 48-way class head."""
    import torch.nn as nn

    def block(cin: int, cout: int, stride: int) -> list:
        return [nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]

    w = width
    layers = block(3, w, 1)
    for cin, cout in ((w, 2 * w), (2 * w, 4 * w), (4 * w, 8 * w)):
        layers += block(cin, cout, 2) + block(cout, cout, 1)
    return _heads_on(nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten()), 8 * w)


def world_tower(arch: str, width: int | None):
    """The world CLIP's own image tower (``arch``'s open_clip config, optionally another
    ``width``), built like ``load_detector`` builds it, with the two heads on its embedding.
    Returns (probe, the tower's input side)."""
    import open_clip

    from gridclip.inference.sources import build_clip, register_model_configs

    register_model_configs()
    cfg = open_clip.get_model_config(arch)
    if width:
        cfg["vision_cfg"]["width"] = width
    visual = build_clip(cfg).visual
    size = visual.image_size
    return _heads_on(visual, cfg["embed_dim"]), size[0] if isinstance(size, (tuple, list)) else int(size)


def normalise(x):
    """uint8 [N, 3, H, W] -> float, CLIP-normalised, channels-last (faster convolutions on CPU)."""
    import torch

    from gridclip.world.clip_pretrain import CLIP_MEAN, CLIP_STD

    mean = torch.tensor(CLIP_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD).view(1, 3, 1, 1)
    return ((x.float() / 255.0 - mean) / std).contiguous(memory_format=torch.channels_last)


def dihedral(x, k: int):
    """The k-th of the 8 rotations / reflections of a [N, C, H, W] batch."""
    import torch

    x = torch.rot90(x, k % 4, dims=(2, 3))
    return x.flip(3) if k >= 4 else x


def augment(x, rng: np.random.Generator, max_shift: int):
    """A random dihedral transform per sample, then a random shift of up to ``max_shift`` px
    (replicate-padded): shapes sit at any angle in the world, and a crop's centre is the visible box's."""
    import torch
    import torch.nn.functional as F

    out = torch.empty_like(x)
    ks = rng.integers(0, 8, len(x))
    for k in range(8):
        idx = np.nonzero(ks == k)[0]
        if len(idx):
            out[idx] = dihedral(x[idx], k)
    if max_shift:
        n, _, h, w = x.shape
        padded = F.pad(out, (max_shift,) * 4, mode="replicate")
        dx, dy = rng.integers(0, 2 * max_shift + 1, size=(2, n))
        out = torch.stack([padded[i, :, dy[i]:dy[i] + h, dx[i]:dx[i] + w] for i in range(n)])
    return out


def predict(model, x, tta: bool = False, batch: int = 512):
    """(shape logits, class logits) of uint8 crops; ``tta`` averages the 8 dihedral views."""
    import torch

    model.eval()
    shapes, classes = [], []
    with torch.no_grad():
        for i in range(0, len(x), batch):
            xb = normalise(x[i:i + batch])
            views = range(8) if tta else (0,)
            s = c = 0
            for k in views:
                ls, lc = model(dihedral(xb, k))
                s, c = s + ls.log_softmax(-1), c + lc.log_softmax(-1)
            shapes.append(s)
            classes.append(c)
    model.train()
    return torch.cat(shapes), torch.cat(classes)


def probe_scores(model, x, records: list[CropRecord], tta: bool = False) -> dict:
    """Shape accuracy (shape head, and the class head's shape), class accuracy by split, colour."""
    from gridclip.world.synthetic import WORLD_CLASSES

    shape_logits, class_logits = predict(model, x, tta)
    shape_pred = shape_logits.argmax(-1).numpy()
    class_pred = class_logits.argmax(-1).numpy()
    shape_of = np.array([c.shape for c in WORLD_CLASSES])
    colour_of = np.array([c.colour for c in WORLD_CLASSES])
    labels = np.array([r.class_id for r in records])
    split = np.array([r.split for r in records])
    out = {
        "shape_head": float((shape_pred == shape_of[labels]).mean()),
        "class_head_shape": float((shape_of[class_pred] == shape_of[labels]).mean()),
        "class_head_colour": float((colour_of[class_pred] == colour_of[labels]).mean()),
        "class_base": float((class_pred == labels)[split == "base"].mean()),
        "class_novel": float((class_pred == labels)[split == "novel"].mean()),
    }
    return out | {"_shape_pred": shape_pred, "_class_pred": class_pred}


def train_probe(train_x, train_records, eval_x, eval_records, args, log) -> tuple[object, list[dict]]:
    """AdamW with warm-up and cosine decay, shape + class cross-entropy; held-out curve every
    ``args.eval_every`` steps."""
    import torch
    import torch.nn.functional as F

    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    model = (plain_cnn(args.width) if args.tower == "cnn" else world_tower(args.tower, args.width)[0])
    model = model.to(memory_format=torch.channels_last)
    log(f"probe: {args.tower}, width {args.width}, {sum(p.numel() for p in model.parameters()):,} parameters, input {args.size} px")
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    shapes = torch.tensor([r.shape for r in train_records])
    classes = torch.tensor([r.class_id for r in train_records])
    curve, start = [], time.perf_counter()
    for step in range(args.steps + 1):
        if step % args.eval_every == 0 or step == args.steps:
            s = probe_scores(model, eval_x, eval_records)
            curve.append({"step": step, "seconds": round(time.perf_counter() - start, 1),
                          **{k: round(v, 4) for k, v in s.items() if not k.startswith("_")}})
            log(json.dumps(curve[-1]))
        if step == args.steps:
            break
        lr = args.lr * min(1.0, (step + 1) / args.warmup) * 0.5 * (1 + math.cos(math.pi * step / args.steps))
        for group in optimizer.param_groups:
            group["lr"] = lr
        idx = torch.from_numpy(rng.integers(0, len(train_x), args.batch))
        xb = normalise(augment(train_x[idx], rng, args.max_shift))
        shape_logits, class_logits = model(xb)
        loss = F.cross_entropy(shape_logits, shapes[idx]) + F.cross_entropy(class_logits, classes[idx])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if step % 50 == 0:
            log(f"step {step} loss {float(loss.detach()):.4f} lr {lr:.2e} {time.perf_counter() - start:.0f}s")
    return model, curve


# --------------------------------------------------------------------------------------------
# A world CLIP, zero-shot


def load_clip(source: str):
    """``demo``: the committed demo model's CLIP (its tower as the detector build left it); else a
    ``world-bow`` state dict as ``pretrain_clip`` / ``save_clip`` write it (``runs/…/world_clip.pt``)."""
    import torch

    if source == "demo":
        from gridclip.inference.sources import load_detector

        return load_detector("demo", device="cpu").clip
    from gridclip.world.clip_pretrain import create_world_clip

    clip = create_world_clip("world-bow")
    clip.load_state_dict(torch.load(source, map_location="cpu", weights_only=True))
    return clip.eval()


def clip_predictions(clip, n_scenes: int, start_scene: int = 0) -> np.ndarray:
    """A world-bow CLIP, 48-way zero-shot on the held-out crops: predicted class ids in crop
    order (exactly ``_zero_shot_crops`` for the standard set)."""
    import torch
    import torch.nn.functional as F

    from gridclip.world.clip_pretrain import _zero_shot_crops, to_tensor

    with torch.no_grad():
        if start_scene == 0:
            return _zero_shot_crops(clip, "world-bow", EVAL_SEED, n_scenes)[0]
        # The same classifier on further scenes of the held-out seed.
        text = _zero_shot_crops(clip, "world-bow", EVAL_SEED, 1)[2]
        images, _ = object_crops(EVAL_SEED, n_scenes, start_scene)
        size = clip.visual.image_size
        size = size[0] if isinstance(size, (tuple, list)) else int(size)
        preds = [(F.normalize(clip.encode_image(to_tensor(images[i:i + 256], size)), dim=-1) @ text.T).argmax(-1).numpy()
                 for i in range(0, len(images), 256)]
    return np.concatenate(preds)


# --------------------------------------------------------------------------------------------
# Breakdowns


def breakdown(correct: np.ndarray, records: list[CropRecord]) -> dict:
    """Accuracy and share of crops per visible-fraction, size and intruder bin."""
    columns = {
        "visible_fraction": (np.array([r.visible_fraction for r in records]), VISIBLE_BINS),
        "size": (np.array([r.size for r in records]), SIZE_BINS),
        "intruders": (np.array([r.intruders for r in records]), INTRUDER_BINS),
    }
    out: dict = {"overall": {"n": len(records), "share": 1.0, "accuracy": float(correct.mean()),
                             "errors": int((~correct).sum())}}
    for name, (values, bins) in columns.items():
        out[name] = {}
        for label, low, high in bins:
            mask = (values >= low) & (values < high)
            out[name][label] = {
                "n": int(mask.sum()),
                "share": float(mask.mean()),
                "accuracy": float(correct[mask].mean()) if mask.any() else None,
                "errors": int((~correct[mask]).sum()),
            }
    return out


def confusion(true: np.ndarray, pred: np.ndarray, n: int = 6) -> list[list[int]]:
    """Rows: true shape, columns: predicted shape.

    >>> confusion(np.array([0, 1, 1]), np.array([0, 1, 0]), 2)
    [[1, 0], [1, 1]]
    """
    matrix = np.zeros((n, n), dtype=int)
    np.add.at(matrix, (true, pred), 1)
    return matrix.tolist()


def shape_report(shape_pred: np.ndarray, records: list[CropRecord]) -> dict:
    true = np.array([r.shape for r in records])
    return {"breakdown": breakdown(shape_pred == true, records), "confusion": confusion(true, shape_pred)}


def markdown(reports: dict[str, dict]) -> str:
    """One table: every bin (share of crops) × every classifier's shape accuracy (errors)."""
    names = list(reports)
    first = reports[names[0]]["breakdown"]
    lines = ["| bin | crops (share) | " + " | ".join(names) + " |", "| --- | ---: |" + " ---: |" * len(names)]
    rows = [("overall", "all")] + [(group, label) for group in ("visible_fraction", "size", "intruders")
                                   for label in first[group]]
    for group, label in rows:
        cell = first[group] if group == "overall" else first[group][label]
        head = f"| {group if group == 'overall' else group + ' ' + label} | {cell['n']} ({100 * cell['share']:.1f} %) |"
        accs = []
        for name in names:
            b = reports[name]["breakdown"]
            c = b[group] if group == "overall" else b[group][label]
            accs.append("–" if c["accuracy"] is None else f"{100 * c['accuracy']:.1f} ({c['errors']})")
        lines.append(head + " " + " | ".join(accs) + " |")
    return "\n".join(lines)


def confusion_markdown(matrix: list[list[int]]) -> str:
    from gridclip.world.synthetic import SHAPES

    names = [s.name for s in SHAPES]
    lines = ["| true \\ predicted | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    lines += [f"| {names[i]} | " + " | ".join(str(v) for v in row) + " |" for i, row in enumerate(matrix)]
    return "\n".join(lines)


def error_sheet(images: list, records: list[CropRecord], shape_pred: np.ndarray, path: Path, tile: int = 96) -> int:
    """A contact sheet of the misread crops (upscaled), each captioned true > predicted shape,
    visible fraction and size, for looking at what the errors are. Returns how many it shows."""
    from PIL import Image, ImageDraw

    from gridclip.world.synthetic import SHAPES

    wrong = [i for i, r in enumerate(records) if shape_pred[i] != r.shape]
    cols = 8
    rows = max(1, math.ceil(len(wrong) / cols))
    sheet = Image.new("RGB", (cols * tile, rows * (tile + 24)), (255, 255, 255))
    draw = ImageDraw.Draw(sheet)
    for k, i in enumerate(wrong):
        x, y = (k % cols) * tile, (k // cols) * (tile + 24)
        sheet.paste(images[i].convert("RGB").resize((tile - 4, tile - 4), Image.NEAREST), (x + 2, y + 2))
        r = records[i]
        draw.text((x + 2, y + tile - 2), f"{SHAPES[r.shape].name[:5]}>{SHAPES[int(shape_pred[i])].name[:5]}", fill=(0, 0, 0))
        draw.text((x + 2, y + tile + 9), f"v{r.visible_fraction:.2f} {r.size:.0f}px", fill=(90, 90, 90))
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(path)
    return len(wrong)


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--train-seeds", type=int, nargs="+", default=[0], help="world seeds of the probe's training scenes")
    p.add_argument("--train-scenes", type=int, default=8000, help="scenes per training seed")
    p.add_argument("--extra-eval-scenes", type=int, default=0,
                   help=f"also score scenes {EVAL_SCENES}… of seed {EVAL_SEED} (tighter per-bin figures)")
    p.add_argument("--tower", default="cnn",
                   help="cnn: a small plain CNN; or an open_clip arch (world-bow): the world CLIP's image tower")
    p.add_argument("--size", type=int, default=48, help="cnn input side in px (a world tower takes its own)")
    p.add_argument("--width", type=int, default=None,
                   help="channels at full resolution (cnn: default 24, ×2 per stage; tower: default its config's)")
    p.add_argument("--steps", type=int, default=2500)
    p.add_argument("--batch", type=int, default=96)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--warmup", type=int, default=100)
    p.add_argument("--max-shift", type=int, default=3, help="augmentation shift in probe px")
    p.add_argument("--eval-every", type=int, default=250)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--load", type=Path, default=None, help="score this saved probe instead of training one")
    p.add_argument("--clip", default="demo", help="the CLIP scored zero-shot: demo, or a world-bow world_clip.pt")
    p.add_argument("--no-clip", action="store_true", help="skip the CLIP's zero-shot")
    p.add_argument("--work", type=Path, default=REPO / "runs" / "crop_ceiling")
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args(argv)
    if EVAL_SEED in args.train_seeds:
        p.error(f"seed {EVAL_SEED} is the held-out seed")
    if args.tower == "cnn":
        args.width = args.width or 24
    else:
        args.size = world_tower(args.tower, args.width)[1]

    import torch

    torch.set_num_threads(args.threads)
    args.work.mkdir(parents=True, exist_ok=True)
    log_file = (args.work / "log.txt").open("a")

    def log(message: str) -> None:
        print(message, flush=True)
        log_file.write(message + "\n")
        log_file.flush()

    log(f"args: {vars(args)}")
    from gridclip.world.synthetic import WORLD_CLASSES

    t0 = time.perf_counter()
    eval_images, eval_records = object_crops(EVAL_SEED, EVAL_SCENES)
    eval_x = to_uint8(eval_images, args.size)
    seeds = "-".join(map(str, args.train_seeds))
    train_x, train_records = cached_crops(args.work / f"train_s{seeds}_n{args.train_scenes}_{args.size}px.pt",
                                          args.train_seeds, args.train_scenes, args.size)
    data_seconds = time.perf_counter() - t0
    log(f"crops: {len(eval_records)} held-out, {len(train_records)} training ({data_seconds:.0f}s)")

    if args.load:  # re-score a probe trained earlier with the same --tower / --width
        model = plain_cnn(args.width) if args.tower == "cnn" else world_tower(args.tower, args.width)[0]
        model.load_state_dict(torch.load(args.load, weights_only=True))
        previous = args.work / "report.json"
        curve = json.loads(previous.read_text())["curve"] if previous.exists() else [{"seconds": None}]
    else:
        model, curve = train_probe(train_x, train_records, eval_x, eval_records, args, log)
        torch.save(model.state_dict(), args.work / "probe.pt")
    train_seconds = curve[-1]["seconds"]

    sets = {"standard": (eval_x, eval_records, 0, EVAL_SCENES)}
    if args.extra_eval_scenes:
        extra_x, extra_records = cached_crops(args.work / f"extra_s{EVAL_SEED}_n{args.extra_eval_scenes}_{args.size}px.pt",
                                              [EVAL_SEED], args.extra_eval_scenes, args.size, start=EVAL_SCENES)
        sets["extra"] = (extra_x, extra_records, EVAL_SCENES, args.extra_eval_scenes)

    shape_of = np.array([c.shape for c in WORLD_CLASSES])
    clip = None if args.no_clip else load_clip(args.clip)
    report: dict = {"args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
                    "n_train_crops": len(train_records), "data_seconds": round(data_seconds, 1),
                    "train_seconds": train_seconds, "curve": curve, "sets": {}}
    for name, (x, records, start, n_scenes) in sets.items():
        per: dict = {}
        summary: dict = {}
        for label, tta in (("probe", False), ("probe+tta", True)):
            s = probe_scores(model, x, records, tta)
            summary[label] = {k: round(v, 4) for k, v in s.items() if not k.startswith("_")}
            if name == "standard" and not tta:
                error_sheet(eval_images, records, s["_shape_pred"], args.work / "probe_errors.png")
            per[f"{label} shape head"] = shape_report(s["_shape_pred"], records)
            per[f"{label} class head"] = shape_report(shape_of[s["_class_pred"]], records)
        if not args.no_clip:
            clip_pred = clip_predictions(clip, n_scenes, start)
            if len(clip_pred) != len(records):
                raise RuntimeError("the CLIP's crops do not line up with ours")
            labels = np.array([r.class_id for r in records])
            per["CLIP"] = shape_report(shape_of[clip_pred], records)
            if name == "standard":
                error_sheet(eval_images, records, shape_of[clip_pred], args.work / "clip_errors.png")
            summary["CLIP"] = {"class_accuracy": float((clip_pred == labels).mean()),
                               "shape": per["CLIP"]["breakdown"]["overall"]["accuracy"]}
        report["sets"][name] = {"seed": EVAL_SEED, "scenes": [start, start + n_scenes], "n_crops": len(records),
                                "summary": summary, "shape": per}
        log(f"\n### {name} held-out set: seed {EVAL_SEED}, scenes {start}–{start + n_scenes - 1}, "
            f"{len(records)} crops\n")
        log(json.dumps(summary))
        log("\nShape accuracy % (errors) by bin:\n")
        log(markdown(per))
        for label in per:
            log(f"\nShape confusion, {label}:\n")
            log(confusion_markdown(per[label]["confusion"]))
    (args.work / "report.json").write_text(json.dumps(report, indent=1))
    log(f"\nwrote {args.work / 'report.json'} ({time.perf_counter() - t0:.0f}s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
