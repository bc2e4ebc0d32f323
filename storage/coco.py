"""The store ⇄ COCO JSON conversion: export (atomic, deterministic) and import (all or nothing).

Export: categories get 1-based ids in the store's creation order (stable: a new category is
appended, never renumbers the others), images and annotations get 1-based ids in a content
order (images by ``file_name``, boxes by category and position), so exporting, importing into
another store and exporting again gives the same bytes apart from ``info.date_created``.
Coordinates are written rounded to 1/1000 pixel.

Import: every image, category and box is checked before anything is written, then the whole
file is merged in one transaction. Re-importing the same file adds nothing (a box equal to an
existing box of the same class on the same image, to 1/1000 pixel, is skipped).

Image-level tags travel in the image entries: ``"tags": ["forklift", "pallet"]`` (classes the
picture shows, named as in ``categories``) and ``"absent_tags"`` (classes a person said are not
there). An image with tags and no annotations is a tag-only training picture. A captions file
(``[{"file_name", "caption"}]``, as the synthetic world writes) imports as tags too: the
categories a caption names (name or synonym, as whole words) are the picture's tags.

>>> import json, tempfile, pathlib
>>> from PIL import Image as PILImage
>>> from storage import Store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> PILImage.new("RGB", (64, 48)).save(folder / "a.png")
>>> store = Store.open("sqlite://", image_root=folder)
>>> image_id = store.add_images(folder).added[0]
>>> _ = store.add_annotation(image_id, (4, 4, 20, 30), "cat")
>>> report = store.export_coco(folder / "labels.json")
>>> coco = json.loads((folder / "labels.json").read_text())
>>> coco["images"][0]["file_name"], coco["categories"][0]["id"], coco["annotations"][0]["bbox"]
('a.png', 1, [4.0, 4.0, 16.0, 26.0])
>>> other = Store.open("sqlite://")
>>> other.import_coco(folder / "labels.json", folder).annotations_added
1
>>> other.import_coco(folder / "labels.json", folder).annotations_added   # idempotent
0
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ContextManager, Literal, Protocol, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from gridclip.files import write_text_atomically
from gridclip.training_data import CocoCategory, CocoFile, DataError, check_coco, describe_problems, read_coco_json
from gridclip.vocabulary import Vocabulary, VocabularyError
from storage.boxes import clip_box
from storage.errors import CocoError, ImageRejected, InvalidBox, PathOutsideRoot, StoreError
from storage.images import ImageInfo, inspect_image
from storage.models import Annotation, Category, Image, ImageTag, Prediction, utcnow
from storage.paths import relpath_under

T = TypeVar("T")


class CocoStore(Protocol):
    """What COCO import and export need of ``storage.Store`` (this module never imports it:
    the store imports this one)."""

    image_root: Path | None

    def read_session(self) -> ContextManager[Session]: ...

    def _category(self, session: Session, name: str, synonyms: Any) -> Category: ...

    def _write(self, work: Callable[[Session], T], attempts: int = 3) -> T: ...


class ExportTargetRefused(StoreError, ValueError):
    """An export path that is not a plain file to write or replace (a symlink, a device, a folder)."""


#: ``progress(stage, done, total)``: stage is "checking images", "checking boxes" or "writing".
Progress = Callable[[str, int, int], None]

_DECIMALS = 3
_WRITE_CHUNK = 500


@dataclass
class ExportReport:
    """What :func:`export_coco` wrote."""

    path: Path
    images: int
    annotations: int
    categories: int


@dataclass
class ImportReport:
    """What :func:`import_coco` merged."""

    images_added: int = 0
    images_known: int = 0
    categories_added: int = 0
    annotations_added: int = 0
    annotations_already_present: int = 0
    annotations_skipped: int = 0  # crowd regions and boxes whose "status" is not accepted
    tags_added: int = 0  # image-level tags new or changed
    tags_already_present: int = 0
    messages: list[str] = field(default_factory=list)


# -- export ---------------------------------------------------------------------------------------


def _r(value: float) -> float:
    return round(float(value), _DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0


def _coco_bbox(x1: float, y1: float, x2: float, y2: float) -> list[float]:
    return [_r(x1), _r(y1), _r(x2 - x1), _r(y2 - y1)]


def _export_root(store: CocoStore, images: list[Image]) -> Path | None:
    if store.image_root is not None:
        return store.image_root
    roots = sorted({row.root for row in images})
    if len(roots) <= 1:
        return Path(roots[0]) if roots else None
    # Images added from several folders: name them relative to the folders' common parent,
    # so that two "img1.jpg" in different folders can never collide.
    return Path(os.path.commonpath(roots))


def _file_name(root: Path | None, image: Image) -> str:
    if root is None or Path(image.root) == root:
        return image.relpath
    return relpath_under(root, Path(image.root) / image.relpath)


def export_image_files(store: CocoStore) -> dict[str, Path]:
    """Each image's export ``file_name`` and the file it names, for writers that copy images."""
    with store.read_session() as session:
        images = list(session.scalars(select(Image)))
    root = _export_root(store, images)
    return {_file_name(root, row): Path(row.root) / row.relpath for row in images}


def _check_export_target(path: Path) -> None:
    """Refuse an ``--out`` that a rename would silently destroy: a symlink (its target would be
    left behind, the link replaced), a device, a FIFO, a folder. A plain file is replaced."""
    if path.is_symlink():
        raise ExportTargetRefused(
            f"{path} is a symbolic link (to {os.readlink(path)}); refusing to replace it: give the real file's path"
        )
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "a device, FIFO or socket, not a regular file"
        raise ExportTargetRefused(f"{path} is {kind}; refusing to replace it: give a file path")


def _atomic_write_text(path: Path, content: str) -> None:
    _check_export_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, content)


def build_coco(store: CocoStore, status: Literal["accepted", "all"] = "accepted", include_scores: bool = False) -> dict[str, Any]:
    """The COCO dictionary of the store (see the module docstring for ids and ordering).

    ``status="all"`` adds rejected boxes and pending predictions, each annotation then carrying
    a ``"status"`` field (``accepted`` / ``rejected`` / ``predicted``) — for review, not training.
    ``include_scores`` adds ``"score"``: the model's score, or 1.0 for a box a person drew.
    """
    if status not in ("accepted", "all"):
        raise ValueError(f"unknown export status {status!r}: use 'accepted' or 'all'")
    with store.read_session() as session:
        images = list(session.scalars(select(Image)))
        categories = list(session.scalars(select(Category).order_by(Category.id)))
        # Plain columns, not ORM objects: exports of many thousand boxes stay quick.
        query = select(Annotation.image_id, Annotation.category_id, Annotation.x1, Annotation.y1, Annotation.x2,
                       Annotation.y2, Annotation.status, Annotation.prediction_id)
        if status == "accepted":
            query = query.where(Annotation.status == "accepted")
        annotations = session.execute(query).all()
        scores = dict(session.execute(select(Prediction.id, Prediction.score)).tuples().all()) if include_scores else {}
        tag_rows = session.execute(select(ImageTag.image_id, ImageTag.category_id, ImageTag.present)).all()
        pending: list[Any] = []
        if status == "all":
            decided = {a.prediction_id for a in session.execute(select(Annotation.prediction_id)) if a.prediction_id}
            predictions = session.execute(select(Prediction.id, Prediction.image_id, Prediction.category_id, Prediction.x1,
                                                 Prediction.y1, Prediction.x2, Prediction.y2, Prediction.score)).all()
            pending = [p for p in predictions if p.id not in decided]

    root = _export_root(store, images)
    names = {row.id: _file_name(root, row) for row in images}
    ordered_images = sorted(images, key=lambda row: names[row.id])
    image_ids = {row.id: i for i, row in enumerate(ordered_images, start=1)}
    category_ids = {row.id: i for i, row in enumerate(categories, start=1)}

    entries: list[dict[str, Any]] = []
    for a in annotations:
        entry: dict[str, Any] = {"image_id": image_ids[a.image_id], "category_id": category_ids[a.category_id],
                                 "bbox": _coco_bbox(a.x1, a.y1, a.x2, a.y2)}
        if status == "all":
            entry["status"] = a.status
        if include_scores:
            entry["score"] = _r(scores.get(a.prediction_id, 1.0) if a.prediction_id else 1.0)
        entries.append(entry)
    for p in pending:
        entry = {"image_id": image_ids[p.image_id], "category_id": category_ids[p.category_id],
                 "bbox": _coco_bbox(p.x1, p.y1, p.x2, p.y2), "status": "predicted"}
        if include_scores:
            entry["score"] = _r(p.score)
        entries.append(entry)
    entries.sort(key=lambda e: (e["image_id"], e["category_id"], e["bbox"], e.get("status", ""), -e.get("score", 0.0)))

    coco_annotations = []
    for i, e in enumerate(entries, start=1):
        w, h = e["bbox"][2], e["bbox"][3]
        item = {"id": i, "image_id": e["image_id"], "category_id": e["category_id"], "bbox": e["bbox"],
                "area": _r(w * h), "iscrowd": 0}
        item.update({k: e[k] for k in ("score", "status") if k in e})
        coco_annotations.append(item)

    category_order = {row.id: i for i, row in enumerate(categories)}
    category_names = {row.id: row.name for row in categories}
    tags: dict[tuple[int, bool], list[int]] = {}
    for t in tag_rows:
        tags.setdefault((t.image_id, bool(t.present)), []).append(t.category_id)
    coco_images = []
    for row in ordered_images:
        item = {"id": image_ids[row.id], "file_name": names[row.id], "width": row.width, "height": row.height}
        if row.split is not None:
            item["split"] = row.split
        for key, present in (("tags", True), ("absent_tags", False)):
            if (row.id, present) in tags:
                item[key] = [category_names[c] for c in sorted(tags[row.id, present], key=category_order.__getitem__)]
        coco_images.append(item)

    return {
        "info": {
            "description": "GridCLIP Studio labels",
            "version": "1.0",
            "status": status,
            "date_created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        },
        "licenses": [],
        "categories": [
            {"id": category_ids[c.id], "name": c.name, "supercategory": "", "synonyms": list(c.synonyms)}
            for c in categories
        ],
        "images": coco_images,
        "annotations": coco_annotations,
    }


def export_coco(
    store: CocoStore,
    out_path: str | os.PathLike[str],
    status: Literal["accepted", "all"] = "accepted",
    include_scores: bool = False,
) -> ExportReport:
    """Write the store as COCO JSON to ``out_path`` atomically (temp file in the same folder,
    fsync, ``os.replace``): a crash leaves either the old file or the new one, never half."""
    coco = build_coco(store, status=status, include_scores=include_scores)
    path = Path(out_path).expanduser()
    _atomic_write_text(path, json.dumps(coco, indent=2, ensure_ascii=False) + "\n")
    return ExportReport(path, len(coco["images"]), len(coco["annotations"]), len(coco["categories"]))


# -- import ---------------------------------------------------------------------------------------


@dataclass
class _CheckedImage:
    coco_id: int
    file_name: str
    path: Path
    info: ImageInfo
    split: str | None


@dataclass
class _CheckedBox:
    coco_image_id: int
    coco_category_id: int
    xyxy: tuple[float, float, float, float]


def _read_json(path: Path) -> dict[str, Any]:
    """The file's JSON through gridclip's one COCO reader, refused as a :class:`CocoError`."""
    try:
        return read_coco_json(path)
    except DataError as exc:
        raise CocoError(f"{exc}; nothing imported") from None


def _inspect_images(coco: CocoFile, problems: list[str], progress: Progress | None) -> dict[int, _CheckedImage]:
    """The pictures the reader passed, opened: readable images of the size the file states."""
    images: dict[int, _CheckedImage] = {}
    for done, image in enumerate(coco.images, start=1):
        if progress:
            progress("checking images", done, len(coco.images))
        try:
            info = inspect_image(image.path)
        except ImageRejected as exc:
            problems.append(f"image {image.file_name!r}: {exc}")
            continue
        if (image.width is not None and image.width != info.width) or (image.height is not None and image.height != info.height):
            problems.append(
                f"image {image.file_name!r}: the COCO file says {image.width}×{image.height} but the file is "
                f"{info.width}×{info.height} (after EXIF rotation); its boxes would be misplaced"
            )
            continue
        images[image.coco_id] = _CheckedImage(image.coco_id, image.file_name, image.path, info, image.split)
    return images


def _clip_boxes(coco: CocoFile, images: dict[int, _CheckedImage], problems: list[str]) -> list[_CheckedBox]:
    """The reader's boxes clipped to their pictures (:func:`storage.boxes.clip_box`)."""
    boxes: list[_CheckedBox] = []
    for box in coco.boxes:
        image = images.get(box.image_id)
        if image is None:
            continue  # its image already has a problem listed
        try:
            xyxy = clip_box(box.xyxy, image.info.width, image.info.height, f"image {image.file_name!r}")
        except InvalidBox as exc:
            problems.append(f"annotation id {box.coco_id}: {exc}")
            continue
        boxes.append(_CheckedBox(box.image_id, box.category_id, xyxy))
    return boxes


def _check_against_store(store: CocoStore, categories: list[CocoCategory], problems: list[str]) -> None:
    """The file's categories merged into the store's (same name: synonyms joined) must still form
    a vocabulary: a synonym that is another class's name, or one word for two classes, would
    only fail later, at training."""
    if not categories:
        return
    with store.read_session() as session:
        existing = [(row.name, list(row.synonyms)) for row in session.scalars(select(Category).order_by(Category.id))]
    merged = {name.casefold(): (name, synonyms) for name, synonyms in existing}
    for category in categories:
        name, synonyms = merged.get(category.name.casefold(), (category.name, []))
        merged[category.name.casefold()] = (name, list(dict.fromkeys([*synonyms, *category.synonyms])))
    try:
        Vocabulary.from_classes([n for n, _ in merged.values()], [s for _, s in merged.values()])
    except VocabularyError as exc:
        try:
            if existing:
                Vocabulary.from_classes([n for n, _ in existing], [s for _, s in existing])
        except VocabularyError:
            return  # the store's own categories already share a word: not this file's doing
        problems.append(f"the file's categories clash with the store's: {exc}")


def _box_key(category_id: int, xyxy: tuple[float, float, float, float]) -> tuple[int, float, float, float, float]:
    x1, y1, x2, y2 = (_r(v) for v in xyxy)
    return category_id, x1, y1, x2, y2


def _write(
    store: CocoStore,
    session: Session,
    images: dict[int, _CheckedImage],
    categories: dict[int, tuple[str, list[str]]],
    boxes: list[_CheckedBox],
    images_dir: Path,
    report: ImportReport,
    progress: Progress | None,
    tags: dict[int, tuple[list[str], list[str]]] | None = None,
) -> None:
    root = store.image_root or images_dir
    category_rows: dict[int, Category] = {}
    for cid in sorted(categories):
        name, synonyms = categories[cid]
        existed = session.scalar(select(Category.id).where(Category.name_key == name.casefold())) is not None
        category_rows[cid] = store._category(session, name, synonyms)
        report.categories_added += 0 if existed else 1

    image_rows: dict[int, Image] = {}
    for iid, checked in images.items():
        row = session.scalar(select(Image).where(Image.sha256 == checked.info.sha256))
        if row is None:
            try:
                relpath = relpath_under(root, checked.path)
            except PathOutsideRoot as exc:
                raise CocoError(f"image {checked.file_name!r}: {exc}; nothing imported") from exc
            clash = session.scalar(select(Image).where(Image.root == str(root), Image.relpath == relpath))
            if clash is not None:
                raise CocoError(f"image {checked.file_name!r} is already in the store with different content; nothing imported")
            row = Image(root=str(root), relpath=relpath, sha256=checked.info.sha256,
                        width=checked.info.width, height=checked.info.height, split=checked.split)
            session.add(row)
            report.images_added += 1
        else:
            report.images_known += 1
            if checked.split is not None and row.split != checked.split:
                row.split = checked.split
        image_rows[iid] = row
    session.flush()

    by_name = {name.casefold(): category_rows[cid] for cid, (name, _) in categories.items()}
    for iid, (present, absent) in (tags or {}).items():
        image = image_rows[iid]
        existing_tags = {t.category_id: t for t in session.scalars(select(ImageTag).where(ImageTag.image_id == image.id))}
        for names, is_present in ((present, True), (absent, False)):
            for name in names:
                category = by_name[name.casefold()]
                tag_row = existing_tags.get(category.id)
                if tag_row is not None and tag_row.present == is_present:
                    report.tags_already_present += 1
                    continue
                if tag_row is None:
                    tag_row = ImageTag(image_id=image.id, category_id=category.id, present=is_present,
                                       source="imported")
                    session.add(tag_row)
                    existing_tags[category.id] = tag_row
                else:  # the file's decision replaces the store's, as a later tag would
                    tag_row.present, tag_row.source, tag_row.annotator, tag_row.updated_at = (
                        is_present, "imported", None, utcnow())
                report.tags_added += 1
    session.flush()

    existing: dict[int, set[tuple[int, float, float, float, float]]] = {}
    touched = {row.id for row in image_rows.values()}
    present_rows = session.execute(
        select(Annotation.image_id, Annotation.category_id, Annotation.x1, Annotation.y1, Annotation.x2, Annotation.y2)
        .where(Annotation.status == "accepted", Annotation.image_id.in_(touched))
    )
    for image_id, category_id, x1, y1, x2, y2 in present_rows:
        existing.setdefault(image_id, set()).add(_box_key(category_id, (x1, y1, x2, y2)))
    pending: list[dict[str, Any]] = []
    now = utcnow()
    for done, box in enumerate(boxes, start=1):
        image_id, category_id = image_rows[box.coco_image_id].id, category_rows[box.coco_category_id].id
        key = _box_key(category_id, box.xyxy)
        image_keys = existing.setdefault(image_id, set())
        if key in image_keys:
            report.annotations_already_present += 1
        else:
            image_keys.add(key)
            x1, y1, x2, y2 = box.xyxy
            pending.append({"image_id": image_id, "category_id": category_id, "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                            "status": "accepted", "source": "imported", "created_at": now, "updated_at": now})
            report.annotations_added += 1
        if done % _WRITE_CHUNK == 0 or done == len(boxes):
            if pending:
                session.execute(insert(Annotation), pending)  # bulk insert: many rows, one statement
                pending = []
            if progress:
                progress("writing", done, len(boxes))


def import_coco(
    store: CocoStore,
    coco_path: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    status: Literal["accepted"] = "accepted",
    progress: Progress | None = None,
) -> ImportReport:
    """Merge a COCO file whose ``file_name`` entries are relative to ``images_dir``.

    Everything is checked first — the JSON, every category, every image (exists under
    ``images_dir`` without escaping it, is a readable image, has the stated size) and every box —
    and if anything is wrong a :class:`CocoError` lists the problems and nothing is imported.
    Then images, categories (with synonyms) and boxes are merged in one transaction: a known
    image (same content) is reused, a box already present is skipped. Boxes get source
    ``"imported"``. Crowd regions and annotations whose ``"status"`` is not ``status`` are skipped.
    """
    if status != "accepted":
        raise ValueError(f"only accepted boxes can be imported, not {status!r}")
    path = Path(coco_path).expanduser()
    root = _images_folder(images_dir)
    return _merge(store, _read_json(path), path.name, root, status, progress)


def _images_folder(images_dir: str | os.PathLike[str]) -> Path:
    root = Path(images_dir).expanduser()
    if not root.is_dir():
        raise CocoError(f"{root}: images folder not found; nothing imported")
    return root.resolve()


def _merge(store: CocoStore, data: dict[str, Any], name: str, root: Path, status: str,
           progress: Progress | None) -> ImportReport:
    """Check everything of a COCO dictionary (gridclip's one reader, then the pictures opened and
    the boxes clipped to them), then merge it in one transaction (or refuse all)."""
    problems: list[str] = []
    coco = check_coco(data, root, problems, status=status)
    report = ImportReport(annotations_skipped=coco.skipped)
    categories = {c.coco_id: (c.name, list(c.synonyms)) for c in coco.categories}
    images = _inspect_images(coco, problems, progress)
    boxes = _clip_boxes(coco, images, problems)
    tags = {image.coco_id: (list(image.tags), list(image.absent_tags))
            for image in coco.images if image.tagged and image.coco_id in images}
    _check_against_store(store, coco.categories, problems)
    if problems:
        raise CocoError(describe_problems(name, problems, "nothing imported"))

    def work(session: Session) -> ImportReport:
        attempt = ImportReport(annotations_skipped=report.annotations_skipped)
        _write(store, session, images, categories, boxes, root, attempt, progress, tags)
        return attempt

    return store._write(work)


def caption_tags(caption: str, categories: list[tuple[str, list[str]]]) -> list[str]:
    """The categories a caption names (its name or a synonym, as whole words, any case), in the
    categories' order.

    >>> caption_tags("A scarlet disc left of a blue square.", [("red circle", ["scarlet disc"]), ("blue square", []), ("star", [])])
    ['red circle', 'blue square']
    """
    import re

    words = " " + " ".join(re.findall(r"[\w'-]+", caption.casefold())) + " "
    found = []
    for name, synonyms in categories:
        phrases = [" " + " ".join(re.findall(r"[\w'-]+", p.casefold())) + " " for p in (name, *synonyms)]
        if any(p.strip() and p in words for p in phrases):
            found.append(name)
    return found


def import_captions(
    store: CocoStore,
    captions_path: str | os.PathLike[str],
    images_dir: str | os.PathLike[str],
    categories: list[tuple[str, list[str]]],
    progress: Progress | None = None,
) -> ImportReport:
    """Tag pictures from a captions file (``[{"file_name": ..., "caption": ...}]``, the world's
    ``captions.json``): each picture's tags are the ``categories`` (``(name, synonyms)``, e.g. the
    store's) its caption names. Pictures are found (or added) like a COCO import's; a caption
    that names no category tags nothing (counted in ``report.messages``). Everything is checked
    first: a file that is not JSON, an entry without ``file_name``/``caption``, a picture missing
    under ``images_dir`` refuse the whole file."""
    path = Path(captions_path).expanduser()
    root = _images_folder(images_dir)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CocoError(f"{path}: no such captions file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CocoError(f"{path}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise CocoError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
                        "nothing imported") from exc
    except (RecursionError, ValueError) as exc:  # nested too deeply; an integer of thousands of digits
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise CocoError(f"{path}: not usable JSON ({reason}); nothing imported") from None
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("file_name"), str) and isinstance(e.get("caption"), str)
            for e in entries):
        raise CocoError(f"{path}: a captions file is a JSON list of {{\"file_name\", \"caption\"}} objects; nothing imported")
    if not categories:
        raise CocoError(f"{path}: there are no categories for the captions to name; add classes first")
    images, silent = [], 0
    for i, entry in enumerate(entries, start=1):
        tags = caption_tags(entry["caption"], categories)
        if not tags:
            silent += 1
            continue
        images.append({"id": i, "file_name": entry["file_name"], "tags": tags})
    data = {"images": images, "annotations": [],
            "categories": [{"id": k, "name": n, "synonyms": s} for k, (n, s) in enumerate(categories, start=1)]}
    report = _merge(store, data, path.name, root, "accepted", progress)
    if silent:
        report.messages.append(f"{silent} caption(s) named none of the {len(categories)} categories: not tagged")
    return report


__all__ = ["ExportReport", "ImportReport", "build_coco", "caption_tags", "export_coco", "import_captions", "import_coco"]
