"""``gridclip app`` and ``gridclip prelabel``: wire a store and a detector, then serve or batch.

With no arguments both use the embedded demo (the ``demo`` model and the demo images) and a
database in the user's data folder, so they work offline on a fresh machine.

>>> default_db_path().name
'labels.db'
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from app.errors import CommandError

DEMO_IMAGES = Path(__file__).resolve().parent.parent / "gridclip" / "assets" / "demo_images"


def user_data_dir() -> Path:
    """Where the app keeps its database, uploads and fine-tuned checkpoints."""
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir("gridclip-studio"))


def default_db_path() -> Path:
    return user_data_dir() / "labels.db"


def open_store(db: str | None):
    """The store at ``db`` (URL or SQLite path), or the default one in the user data folder."""
    from storage import Store

    if not db:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        db = str(path)
    try:
        return Store.open(db)
    except Exception as exc:  # a bad URL or an unreachable server: one line for the user
        raise CommandError(f"cannot open the database {db!r}: {exc}") from None


def load_model(source: str | None, int8_static: bool | None = None):
    """The detector for ``--model`` and ``--int8`` / ``--no-int8`` (default: int8 where it
    runs); a bad source is a user error, not a traceback."""
    from gridclip import load_detector

    try:
        return load_detector(source or "demo", int8_static=int8_static)
    except Exception as exc:
        raise CommandError(f"cannot load the model {source!r}: {exc}") from None


def add_folder(store, folder: str | Path) -> str:
    """Add a folder's images (recursively); returns a one-line summary, errors listed after."""
    from app.commands_store import added_images_summary

    folder = Path(folder)
    if not folder.is_dir():
        raise CommandError(f"{folder} is not a folder")
    report = store.add_images(folder, recursive=True)
    lines = [added_images_summary(report)]
    lines += [f"  skipped {message}" for _, message in [*report.unreadable_folders, *report.errors]]
    return "\n".join(lines)


def parse_auth(text: str | None) -> tuple[str, str] | None:
    """``USER:PASS`` → ``("USER", "PASS")``.

    >>> parse_auth("ann:secret:2")
    ('ann', 'secret:2')
    """
    if not text:
        return None
    user, sep, password = text.partition(":")
    if not sep or not user or not password:
        raise CommandError("--auth must look like USER:PASS")
    return user, password


def starting_vocabulary(images: Path | None, detector) -> str:
    """What the vocabulary box holds when the app opens.

    On the demo images: the classes drawn in them (novel ones included), so the first
    pre-label shows what the demo model can do. Else the vocabulary the model was trained on
    when it has one the app can take, else a generic example.
    """
    from app.session import MAX_CLASSES
    from app.ui import DEFAULT_VOCABULARY

    if images is not None and images.resolve() == DEMO_IMAGES.resolve():
        names = demo_vocabulary()
        if names:
            return names
    trained = getattr(detector, "vocabulary", None)
    if trained is not None and 0 < len(trained) <= MAX_CLASSES:
        return trained.to_text()
    return DEFAULT_VOCABULARY


def demo_vocabulary() -> str:
    """The demo images' classes, with their synonyms, in the order they appear."""
    import json

    from gridclip.vocabulary import Vocabulary

    coco = json.loads((DEMO_IMAGES / "annotations.json").read_text(encoding="utf-8"))
    used = {a["category_id"] for a in coco["annotations"]}
    classes = [[c["name"], *c.get("synonyms", [])] for c in coco["categories"] if c["id"] in used]
    return Vocabulary.from_names(classes).to_text() if classes else ""


def check_port_free(host: str, port: int) -> None:
    """Refuse a ``--host``/``--port`` the app could not serve on before the model loads (a
    minute on a big one), as Gradio's own check does it: bind, then let go."""
    import socket

    try:
        family, kind, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise CommandError(f"--host {host!r} is not a name or address of this machine ({exc.strerror})") from None
    with socket.socket(family, kind) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise CommandError(f"cannot serve on port {port} of {host}: {exc.strerror or exc} "
                               "(is another app on it? choose a free one with --port)") from None


def run_app(args: argparse.Namespace) -> int:
    """Open the labeling app in the browser."""
    from app.ui import build_app, launch

    auth = parse_auth(args.auth)
    check_port_free(args.host, args.port)
    store = open_store(args.db)
    images = args.images or (DEMO_IMAGES if DEMO_IMAGES.is_dir() else None)
    if images:
        print(add_folder(store, images))
    detector = load_model(args.model, int8_static=args.int8)
    data_dir = user_data_dir()
    demo = build_app(
        store,
        detector,
        data_dir=data_dir,
        model_source=args.model or "demo",
        default_vocabulary=starting_vocabulary(Path(images) if images else None, detector),
        images_folder=Path(images) if images else None,
    )
    print(f"GridCLIP Studio on http://{args.host}:{args.port} (model {detector.name}, Ctrl-C stops)")
    try:
        launch(demo, data_dir, server_name=args.host, server_port=args.port, auth=auth)
    except OSError as exc:  # Gradio's "Cannot find empty port": taken while the model loaded
        raise CommandError(f"cannot serve on port {args.port} of {args.host}: {str(exc).split('. ')[0]} "
                           "(choose a free one with --port)") from None
    return 0


def run_prelabel(args: argparse.Namespace) -> int:
    """Pre-label every image in the store (after adding ``--images``), resumably; in this
    process (``--engine local``) or on Ray Data workers (``--engine ray``): ``app.engine``."""
    from tqdm import tqdm

    from app.batch import PrelabelJob, format_seconds
    from app.engine import prelabel
    from app.ray_batch import RayClusterError
    from app.session import Thresholds, UserError, parse_vocabulary

    try:
        vocab = parse_vocabulary(args.vocab, max_classes=10_000)
    except UserError as exc:
        raise CommandError(str(exc)) from None
    # --threshold, --nms-iou, --batch, --workers and --gpus-per-worker are checked by the parser.
    store = open_store(args.db)
    options = _engine(args, store)
    if args.images:
        print(add_folder(store, args.images), file=sys.stderr)
    thresholds = Thresholds(score_threshold=args.threshold, nms_iou=args.nms_iou)
    # On Ray the driver's copy only names the version (CPU, fp32); each worker loads its own.
    detector = load_model(args.model, int8_static=False if options else args.int8)
    exemplars = store_exemplars(store, detector, vocab) if getattr(args, "exemplars", False) else None
    cancel = threading.Event()
    with tqdm(total=0, unit="img", dynamic_ncols=True) as bar:

        def show(progress) -> None:
            bar.total = progress.total
            bar.n = progress.done
            worked = progress.predicted + progress.failed
            rate = worked / progress.elapsed_s if worked and progress.elapsed_s > 0 else 0.0
            eta = progress.eta_s
            bar.set_postfix_str(
                f"{progress.predicted} predicted, {progress.skipped} done before, {progress.failed} failed, "
                f"{rate:.1f} img/s, ETA {'--' if eta is None else format_seconds(eta)}"
            )
            bar.refresh()

        try:
            job = PrelabelJob(vocab, thresholds, image_filter="unlabeled" if exemplars is not None else "all",
                              exemplars=exemplars, progress=show, cancel=cancel)
            report = prelabel(store, detector, job, engine=options, model_source=args.model or "demo",
                              batch_size=args.batch, int8_static=args.int8)
        except RayClusterError as exc:
            raise CommandError(str(exc)) from None
        except KeyboardInterrupt:
            cancel.set()
            raise
    for path, message in report.errors:
        print(f"skipped {path}: {message}", file=sys.stderr)
    print(report.summary())
    return 0


def store_exemplars(store, detector, vocab):
    """Class prototypes of the store's accepted boxes for ``detector`` (cached by content and
    model version: ``gridclip.training.exemplars.class_prototypes``); prints those ``vocab`` uses."""
    from gridclip.training.exemplars import class_prototypes

    training_set = store.training_set()
    if not training_set.examples:
        raise CommandError("--exemplars needs accepted boxes in the store: accept or draw some first")
    prototypes = class_prototypes(detector, training_set)
    used = [(cls.name, max(prototypes.count(t) for t in cls.texts)) for cls in vocab]
    counts = ", ".join(f"{name} ({n} box{'es' if n != 1 else ''})" for name, n in used if n)
    print(f"exemplars: {counts or 'none of the vocabulary has accepted boxes (text only)'}", file=sys.stderr)
    return prototypes


def _engine(args: argparse.Namespace, store):
    """The run's engine (``app.engine.ray_options``: None is this process), after refusing a Ray
    run that cannot work (before any model loads)."""
    from app.engine import ray_options
    from app.ray_batch import RayStoreError, RayUnavailableError, import_ray, shared_store_url

    options = ray_options(args.batch, getattr(args, "engine", None), getattr(args, "ray_address", None),
                          getattr(args, "workers", None), getattr(args, "gpus_per_worker", None))
    if options is not None:
        try:
            shared_store_url(store, options.address)
            import_ray()
        except (RayStoreError, RayUnavailableError) as exc:
            raise CommandError(str(exc)) from None
    return options
