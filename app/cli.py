"""The ``gridclip`` command line: the composition root that wires model and store.

Each command's work lives in the module of its room; this file only parses arguments and
dispatches, importing the heavy modules (torch, gradio) only for the command that needs them.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from app.errors import CommandError

Number = TypeVar("Number", int, float)

DB_HELP = "SQLAlchemy URL or SQLite file path (default: $GRIDCLIP_DB, else a file in the user data dir)"
MODEL_HELP = (
    "model source: 'demo' (default), 'open_clip:ARCH/PRETRAINED', 'open_clip:ARCH=/path/weights.pt', "
    "'open_clip:ARCH' (random weights) or a checkpoint directory"
)


INT8_HELP = (
    "CPU: the ResNet CLIP trunk as static int8 in ONNX Runtime (about 1.4x faster, within 0.5 AP50 "
    "of fp32). Default: on wherever it can run (CPU, ResNet trunk); --no-int8 runs fp32. The first "
    "picture of a new model calibrates (about a minute for RN50), then it is cached"
)


def number(convert: Callable[[str], Number], at_least: float | None = None, at_most: float | None = None,
           above: float | None = None) -> Callable[[str], Number]:
    """An argparse ``type`` that takes a finite number in a range: out of it, argparse's one-line
    error and exit status 2, before any model loads or any picture is touched.

    >>> number(float, 0, 1)("0.5"), number(int, at_least=1)("3")
    (0.5, 3)
    >>> number(float, 0, 1)("2")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be between 0 and 1, got 2.0
    """
    if at_least is not None and at_most is not None:
        bounds = f"between {at_least:g} and {at_most:g}"
    elif above is not None:
        bounds = f"above {above:g}"
    else:
        bounds = f"at least {at_least:g}" if at_least is not None else f"at most {at_most:g}"

    def parse(text: str) -> Number:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{'a whole number' if convert is int else 'a number'} {bounds} is needed, got {text!r}") from None
        if not math.isfinite(value) or (at_least is not None and value < at_least) \
                or (at_most is not None and value > at_most) or (above is not None and value <= above):
            raise argparse.ArgumentTypeError(f"must be {'a finite number ' if not math.isfinite(value) else ''}"
                                             f"{bounds}, got {value}")
        return value

    return parse


#: Scores and overlaps (--threshold, --nms-iou): a fraction.
FRACTION = number(float, 0, 1)
#: Counts that must be one or more: epochs, batch sizes, workers, pictures.
AT_LEAST_ONE = number(int, at_least=1)
PORT = number(int, 1, 65535)


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=os.environ.get("GRIDCLIP_DB"), help=DB_HELP)


def _add_model(p: argparse.ArgumentParser, default: str | None = "demo", int8: bool = True) -> None:
    p.add_argument("--model", default=default, help=MODEL_HELP)
    if int8:
        p.add_argument("--int8", action=argparse.BooleanOptionalAction, default=None, help=INT8_HELP)


def _add_label_studio_project(p: argparse.ArgumentParser) -> None:
    """Which Label Studio project, and the key for it (from the environment when set)."""
    p.add_argument("--url", default=os.environ.get("LABEL_STUDIO_URL"), required="LABEL_STUDIO_URL" not in os.environ)
    p.add_argument("--api-key", default=os.environ.get("LABEL_STUDIO_API_KEY"), required="LABEL_STUDIO_API_KEY" not in os.environ)
    p.add_argument("--project", type=int, required=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gridclip", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    # -- the browser door --------------------------------------------------------------------
    p = sub.add_parser("app", help="open the labeling app in the browser")
    p.add_argument("--images", help="image folder to label (default: the demo images)")
    _add_db(p)
    _add_model(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=PORT, default=7860)
    p.add_argument("--auth", help="USER:PASS for HTTP login")
    p.set_defaults(handler="app.commands_app:run_app")

    p = sub.add_parser("prelabel", help="pre-label a folder or the store in batch (resumable)")
    _add_db(p)
    p.add_argument("--images", help="folder to add (recursively) before pre-labeling")
    p.add_argument("--vocab", required=True, help='classes, e.g. "forklift, pallet | skid"')
    _add_model(p)
    p.add_argument("--threshold", type=FRACTION, default=0.3, help="keep boxes scoring at least this (0-1)")
    p.add_argument("--nms-iou", type=FRACTION, default=0.5, help="suppress same-class boxes overlapping more than this (0-1)")
    p.add_argument("--batch", type=AT_LEAST_ONE, default=4)
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: this process (default); ray: Ray Data workers, on this machine or a cluster")
    p.add_argument("--ray-address", help="ray: a running cluster ('auto', HOST:6379, ray://HOST:10001); default: start one here")
    p.add_argument("--workers", type=AT_LEAST_ONE, default=2, help="ray: model replicas (default 2)")
    p.add_argument("--gpus-per-worker", type=number(float, at_least=0), default=0.0, help="ray: GPUs each replica reserves (e.g. 1, or 0.5)")
    p.add_argument("--exemplars", action="store_true",
                   help="score classes by text + prototypes of the store's accepted boxes, and pre-label the "
                        "images without a decision yet (default: text only)")
    p.set_defaults(handler="app.commands_app:run_prelabel")

    # -- the store -----------------------------------------------------------------------------
    images = sub.add_parser("images", help="manage the images in the store")
    images_sub = images.add_subparsers(dest="images_command", required=True, metavar="ACTION")
    p = images_sub.add_parser("add", help="add a folder of images (recursive, deduplicated by content)")
    _add_db(p)
    p.add_argument("dir")
    p.set_defaults(handler="app.commands_store:run_images_add")

    p = sub.add_parser("stats", help="per-class counts of predicted / accepted / rejected boxes")
    _add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler="app.commands_store:run_stats")

    p = sub.add_parser("export-coco", help="export labels as COCO JSON")
    _add_db(p)
    p.add_argument("--out", required=True)
    p.add_argument("--status", choices=["accepted", "all"], default="accepted")
    p.add_argument("--include-scores", action="store_true")
    p.set_defaults(handler="app.commands_store:run_export_coco")

    p = sub.add_parser("import-coco", help="merge a COCO JSON file into the store")
    _add_db(p)
    p.add_argument("--coco", required=True)
    p.add_argument("--images", required=True, help="the folder COCO file_name entries are relative to")
    p.add_argument("--status", choices=["accepted"], default="accepted")
    p.set_defaults(handler="app.commands_store:run_import_coco")

    p = sub.add_parser("export", help="export labels as COCO JSON, a YOLO folder or a Pascal VOC folder")
    _add_db(p)
    p.add_argument("--format", choices=["coco", "yolo", "voc"], default="coco")
    p.add_argument("--out", required=True, help="coco: the JSON file; yolo, voc: a new folder (images copied in)")
    p.add_argument("--status", choices=["accepted", "all"], default="accepted", help="all: coco only")
    p.add_argument("--include-scores", action="store_true", help="coco only")
    p.set_defaults(handler="app.commands_formats:run_export")

    p = sub.add_parser("import", help="merge a COCO file, a YOLO folder or a Pascal VOC folder into the store")
    _add_db(p)
    p.add_argument("--format", choices=["coco", "yolo", "voc"], required=True)
    p.add_argument("--dataset", required=True,
                   help="coco: the JSON file; yolo: the folder with data.yaml, images/, labels/ (or its data.yaml); "
                        "voc: the folder with Annotations/ and images/ (or JPEGImages/)")
    p.add_argument("--images", help="the pictures' folder (coco: required; yolo, voc: default DATASET/images)")
    p.set_defaults(handler="app.commands_formats:run_import")

    p = sub.add_parser("import-captions", help="tag pictures with the store's classes their captions name")
    _add_db(p)
    p.add_argument("--captions", required=True, help='a JSON list of {"file_name", "caption"} (the world\'s captions.json)')
    p.add_argument("--images", required=True, help="the folder file_name entries are relative to")
    p.set_defaults(handler="app.commands_store:run_import_captions")

    db = sub.add_parser("db", help="the store's schema: which revision, upgrade to this release's")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    p = db_sub.add_parser("upgrade", help="bring the database to this release's schema (a SQLite file is backed up first)")
    _add_db(p)
    p.set_defaults(handler="app.commands_store:run_db_upgrade")
    p = db_sub.add_parser("current", help="print the database's schema revision and this release's (changes nothing)")
    _add_db(p)
    p.set_defaults(handler="app.commands_store:run_db_current")

    # -- the model -----------------------------------------------------------------------------
    p = sub.add_parser("train", help="train or fine-tune the detector")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--coco", help="COCO JSON with boxes (needs --images)")
    src.add_argument("--db", help="train on the store's accepted boxes and tag-only pictures")
    p.add_argument("--images", help="image folder for --coco")
    p.add_argument("--out", required=True, help="checkpoint directory to write")
    _add_model(p, int8=False)
    p.add_argument("--epochs", type=AT_LEAST_ONE, default=None,
                   help="passes over the pictures (default: from their number, about 300 steps; "
                        "gridclip.training.fine_tune.fit_to_data)")
    p.add_argument("--batch-size", type=AT_LEAST_ONE, default=4)
    p.add_argument("--lr", type=number(float, above=0), default=None,
                   help="learning rate (default: by whether the head trained before and the number of pictures)")
    p.add_argument("--hold-out", action=argparse.BooleanOptionalAction, default=True,
                   help="--db: never train on the store's held-out pictures (marked val/test, else one in ten once "
                        "there are 30) and report AP50 on them before and after")
    p.add_argument("--image-size", type=AT_LEAST_ONE, default=None)
    p.add_argument("--image-level-alignment", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument("--head-only", action=argparse.BooleanOptionalAction, default=None,
                   help="freeze the backbone and cache its features (default: on only when the data holds classes "
                        "new to the model, gridclip.training.new_classes)")
    p.add_argument("--resume", help="checkpoint directory to resume from")
    p.add_argument("--tag-batch-size", type=number(int, at_least=2), default=None,
                   help="tag-only pictures per tag batch (default: TrainConfig's, 8); a tag batch follows each box batch")
    p.add_argument("--tag-weight", type=number(float, at_least=0), default=None, help="weight of the word-region loss of tag batches (default 1)")
    p.add_argument("--seed", type=number(int, at_least=0), default=0)
    p.add_argument("--device", default=None)
    p.set_defaults(handler="app.commands_model:run_train")

    p = sub.add_parser("eval", help="COCO AP of a model on a labeled set")
    p.add_argument("--coco", required=True)
    p.add_argument("--images", required=True)
    _add_model(p)
    p.add_argument("--json", help="write the metrics here")
    p.add_argument("--device", default=None)
    p.set_defaults(handler="app.commands_model:run_eval")

    p = sub.add_parser("synth", help="draw scenes of the synthetic open-vocabulary world")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--domain", default=None,
                   help="draw a second domain instead of the world: parts or symbols (gridclip.world.domains: "
                        "object kinds the demo never boxed, made-up class names)")
    p.set_defaults(handler="app.commands_synth:run_synth")

    p = sub.add_parser("bench", help="speed benchmark against peer open-vocabulary detectors")
    p.add_argument("--quick", action="store_true", help="fewer runs per row (under 10 minutes on 2 cores)")
    p.add_argument("--json", help="write the rows here")
    p.add_argument("--groups", nargs="+", metavar="GROUP", help="run only these row groups, e.g. targets (see benchmarks/speed.py GROUPS)")
    p.add_argument("--world-checkpoint", action="append", metavar="NAME=PATH",
                   help="add a row NAME to the world group (world models on a 384 px world scene, beside the embedded "
                        "demo-world-rn, with ratio_to_demo) for the checkpoint folder PATH; repeatable, e.g. "
                        "demo-world-vit=runs/vit/det-vit-s0/demo")
    p.set_defaults(handler="app.commands_bench:run_bench")

    # -- the Label Studio door -----------------------------------------------------------------
    p = sub.add_parser("serve-ls", help="serve the Label Studio ML backend")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=PORT, default=9090)
    _add_db(p)
    _add_model(p)
    p.set_defaults(handler="backends.commands:run_serve")

    p = sub.add_parser("ls-prelabel", help="import predictions into a Label Studio project")
    _add_label_studio_project(p)
    p.add_argument("--batch", type=AT_LEAST_ONE, default=16)
    _add_model(p)
    p.set_defaults(handler="backends.commands:run_ls_prelabel")

    p = sub.add_parser("ls-pull", help="copy a Label Studio project's submitted annotations into the store")
    _add_label_studio_project(p)
    _add_db(p)
    p.set_defaults(handler="backends.commands:run_ls_pull")
    return parser


def _user_errors() -> tuple[type[Exception], ...]:
    """Errors shown as one line: this door's, and the Label Studio commands' own (backends/ may
    not import app/, so the dependency points this way)."""
    from backends.commands import CommandError as LabelStudioCommandError

    return (CommandError, LabelStudioCommandError)


def _store_failure(exc: Exception) -> str | None:
    """One line for a store or database failure a command did not turn into a CommandError (a
    write to a read-only or locked database, ...); None for anything else (a bug: traceback).
    Looked up in ``sys.modules`` so that commands which never touch the store never import it."""
    store_errors, db_errors = sys.modules.get("storage.errors"), sys.modules.get("sqlalchemy.exc")
    if store_errors is not None and isinstance(exc, store_errors.StoreError):
        return str(exc)
    if db_errors is not None and isinstance(exc, db_errors.DBAPIError):
        from storage.schema import describe_database_error

        return describe_database_error(exc, "the database")
    return None


def _stdout_to_devnull() -> None:
    """Point standard output at /dev/null after its reader left, so that Python's flush at exit
    does not meet the broken pipe again (and print "Exception ignored ... BrokenPipeError")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a file (captured): nothing will flush to a pipe
        pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, func_name = args.handler.split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    try:
        code = int(handler(args) or 0)
        sys.stdout.flush()  # a reader that went away (`| head`) is met here, not at exit
        return code
    except BrokenPipeError:
        _stdout_to_devnull()
        return 141  # as a program that SIGPIPE ended: quietly, and the pipeline knows
    except _user_errors() as exc:
        print(f"gridclip {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        line = _store_failure(exc)
        if line is None:
            raise
        print(f"gridclip {args.command}: error: {line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; work committed so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
