"""``gridclip synth``: draw scenes of the synthetic open-vocabulary world (or, with ``--domain``,
of a second domain: ``gridclip.world.domains``) to disk.

>>> import argparse, tempfile, json, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "world"
>>> run_synth(argparse.Namespace(out=str(out), seed=0, n=2))  # doctest: +ELLIPSIS
wrote 2 scenes, ... boxes (... of novel classes) to ...
0
>>> len(json.loads((out / "annotations.json").read_text())["images"])
2
"""

from __future__ import annotations

import argparse

from app.errors import CommandError


def run_synth(args: argparse.Namespace) -> int:
    """Write ``--n`` scenes of world seed ``--seed`` to ``--out`` (images/, annotations.json, captions.json)."""
    from gridclip.world.synthetic import write_dataset

    if args.n < 1:
        raise CommandError(f"--n must be at least 1, got {args.n}")
    if args.seed < 0:
        raise CommandError(f"--seed must be ≥ 0, got {args.seed}")
    if getattr(args, "domain", None):
        return _run_domain(args)
    try:
        coco = write_dataset(args.out, seed=args.seed, n=args.n)
    except (FileExistsError, NotADirectoryError, PermissionError) as exc:
        raise CommandError(str(exc)) from exc
    novel = {c["id"] for c in coco["categories"] if c["split"] == "novel"}
    n_novel = sum(a["category_id"] in novel for a in coco["annotations"])
    print(
        f"wrote {len(coco['images'])} scenes, {len(coco['annotations'])} boxes "
        f"({n_novel} of novel classes) to {args.out}"
    )
    return 0


def _run_domain(args: argparse.Namespace) -> int:
    from gridclip.world.domains import DOMAINS, write_domain_dataset

    if args.domain not in DOMAINS:
        raise CommandError(f"unknown --domain {args.domain!r}: choose from {', '.join(DOMAINS)}")
    try:
        coco = write_domain_dataset(args.out, args.domain, seed=args.seed, n=args.n)
    except (FileExistsError, NotADirectoryError, PermissionError) as exc:
        raise CommandError(str(exc)) from exc
    names = ", ".join(c["name"] for c in coco["categories"])
    print(f"wrote {len(coco['images'])} scenes of domain {args.domain}, {len(coco['annotations'])} boxes "
          f"({names}) to {args.out}")
    return 0
