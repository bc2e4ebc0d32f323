"""Can the world CLIP's image tower learn shape at all, and how fast? A supervised probe (not CLIP).

The ``world-rn`` image tower (width and layers as given) plus a linear layer, trained 48-way with
cross-entropy on single-object close-ups of 1,500 world scenes (4 per scene, batch 64); every
200 steps, class / shape / colour accuracy on crops of held-out scenes (world seed 10000):

    .venv/bin/python benchmarks/shape_probe.py x 1400 16 "[1,1,1,1]" 2e-3     # args: (unused) steps width layers lr

(benchmarks/RESULTS.md, session 5: shape 21 / 30 / 52 % after 200 / 400 / 600 steps.)
"""
import json
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def main() -> None:
    from gridclip.world.clip_pretrain import create_world_clip, to_tensor
    from gridclip.world.synthetic import draw_scenes, closeup_crops, object_crop, WORLD_CLASSES
    torch.set_num_threads(1)
    arch = sys.argv[1] if len(sys.argv) > 1 else "world-rn"
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    import open_clip

    from gridclip.inference.sources import build_clip, register_model_configs
    register_model_configs()
    cfg = open_clip.get_model_config("world-rn")
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 16
    layers = json.loads(sys.argv[4]) if len(sys.argv) > 4 else [1, 1, 1, 1]
    cfg["vision_cfg"]["width"] = width; cfg["vision_cfg"]["layers"] = layers
    torch.manual_seed(0)
    model = build_clip(cfg)
    print("visual params", sum(p.numel() for p in model.visual.parameters()))
    vis = model.visual
    head = torch.nn.Linear(64, 48)
    opt = torch.optim.AdamW(list(vis.parameters()) + list(head.parameters()), lr=2e-3)
    scenes = list(draw_scenes(0, 1500))
    rng = np.random.default_rng(0)
    pairs = []
    for s in scenes:
        for crop, text, ids in closeup_crops(s, rng, count=4):
            pairs.append((crop, ids[0] if len(ids) == 1 else None))
    pairs = [p for p in pairs if p[1] is not None]
    print(len(pairs), "closeups")
    crops, labels = [], []
    for s in draw_scenes(10000, 60):
        for o in s.objects:
            crops.append(object_crop(s, o)); labels.append(o.class_id)
    labels = np.array(labels)
    shape = np.array([c.shape for c in WORLD_CLASSES]); colour = np.array([c.colour for c in WORLD_CLASSES])
    test_x = to_tensor(crops, 128)
    lr = float(sys.argv[5]) if len(sys.argv) > 5 else 2e-3
    for g in opt.param_groups: g["lr"] = lr
    def evaluate(step):
        vis.eval()
        with torch.no_grad():
            pred = head(vis(test_x)).argmax(-1).numpy()
        vis.train()
        print(step, "class", (pred == labels).mean(), "shape", (shape[pred] == shape[labels]).mean(), "colour", (colour[pred] == colour[labels]).mean(), flush=True)
    t0 = time.time()
    for step in range(steps):
        if step % 200 == 0: evaluate(step)
        idx = rng.integers(0, len(pairs), 64)
        x = to_tensor([pairs[i][0] for i in idx], 128)
        y = torch.tensor([pairs[i][1] for i in idx])
        loss = F.cross_entropy(head(vis(x)), y)
        opt.zero_grad(); loss.backward(); opt.step()
        if step % 50 == 0: print(step, float(loss.detach()), f"{time.time()-t0:.0f}s", flush=True)
    evaluate(steps)


if __name__ == "__main__":
    main()
