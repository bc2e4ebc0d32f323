"""The store as a YOLO or Pascal VOC dataset, and such datasets into the store, through COCO.

Each way is one conversion and ``supervision`` writes and reads the files: export builds the
same COCO dictionary as the COCO export (:func:`storage.coco.build_coco`: same categories, same
boxes) and hands it to ``DetectionDataset.as_yolo`` / ``as_pascal_voc``; import reads with
``DetectionDataset.from_yolo`` / ``from_pascal_voc`` and merges through the COCO import, which
checks every image, class and box first and imports nothing if anything is wrong.

Layouts (written by export, expected by import)::

    yolo/  data.yaml (names, nc; path, train, val for Ultralytics)  images/NAME  labels/STEM.txt
    voc/   images/NAME  Annotations/STEM.xml

Images are copied byte for byte into one flat ``images/`` folder, as both formats expect;
``NAME`` is the COCO ``file_name`` with its folders joined by ``__`` (``site1/a.png`` →
``site1__a.png``), so pictures of different folders never collide. Only accepted boxes travel
(neither format has a place for a box's review status), and image-level tags stay COCO-only.
Both formats read a picture without boxes as "nothing here": pictures nobody decided on yet, and
pictures tagged with a class but not boxed, are left out (:func:`pictures_to_train_on`).
Class ids in YOLO are the COCO category ids minus one (the store's creation order). Pascal VOC
stores whole 1-based pixels: a box comes back from VOC within a pixel.

>>> import tempfile, pathlib
>>> from PIL import Image as PILImage
>>> from storage import Store
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> PILImage.new("RGB", (64, 48)).save(folder / "a.png")
>>> store = Store.open("sqlite://", image_root=folder)
>>> _ = store.add_annotation(store.add_images(folder).added[0], (4, 4, 20, 30), "cat")
>>> export_dataset(store, folder / "yolo", "yolo").annotations
1
>>> (folder / "yolo" / "labels" / "a.txt").read_text().split()[0]
'0'
>>> other = Store.open("sqlite://")
>>> import_dataset(other, folder / "yolo", "yolo").annotations_added
1
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol, get_args

import numpy as np
import supervision as sv
import yaml

from storage.coco import CocoStore, ExportReport, ImportReport, build_coco, export_image_files
from storage.errors import CocoError, StoreError

DatasetFormat = Literal["coco", "yolo", "voc"]
FORMATS: tuple[str, ...] = get_args(DatasetFormat)

IMAGES = "images"
YOLO_LABELS = "labels"
YOLO_DATA = "data.yaml"
VOC_ANNOTATIONS = "Annotations"


class DatasetStore(CocoStore, Protocol):
    """What export and import need of ``storage.Store`` (the store imports this module's siblings)."""

    def export_coco(self, out_path: str | os.PathLike[str], status: Literal["accepted", "all"] = "accepted",
                    include_scores: bool = False) -> ExportReport: ...

    def import_coco(self, coco_path: str | os.PathLike[str], images_dir: str | os.PathLike[str],
                    status: Literal["accepted"] = "accepted", progress: Any = None) -> ImportReport: ...

    def list_images(self, filter: Literal["all", "unlabeled", "unpredicted"] = "all") -> list[Any]: ...


class DatasetFormatError(StoreError, ValueError):
    """An unknown format, or an option the format cannot carry."""


def _check_format(format: str) -> None:
    if format not in FORMATS:
        raise DatasetFormatError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")


# -- export ---------------------------------------------------------------------------------------


def flat_names(file_names: list[str]) -> dict[str, str]:
    """A name in one flat folder for each COCO ``file_name``; stems stay unique too (a label
    file is named by its picture's stem).

    >>> flat_names(["site1/a.png", "site2/a.png", "b.png", "b.jpg"])
    {'site1/a.png': 'site1__a.png', 'site2/a.png': 'site2__a.png', 'b.png': 'b_png.png', 'b.jpg': 'b_jpg.jpg'}
    """
    joined = {name: name.replace("/", "__") for name in file_names}
    stems: dict[str, int] = {}
    for flat in joined.values():
        stems[Path(flat).stem] = stems.get(Path(flat).stem, 0) + 1
    names = {}
    for name, flat in joined.items():
        path = Path(flat)
        names[name] = f"{path.stem}_{path.suffix[1:]}{path.suffix}" if stems[path.stem] > 1 else flat
    return names


def pictures_to_train_on(coco: dict[str, Any], undecided: set[str]) -> dict[str, Any]:
    """The COCO dictionary less the pictures a training format would misread: one nobody decided
    on yet (``undecided`` file names) and one tagged with a class but without boxes. Both formats
    read a picture with no box as "no object here", which is true only of a picture whose
    proposals a person rejected (or tagged absent only).

    >>> coco = {"images": [{"id": 1, "file_name": "boxed.png"}, {"id": 2, "file_name": "new.png"},
    ...                    {"id": 3, "file_name": "empty.png"}, {"id": 4, "file_name": "tagged.png", "tags": ["cat"]}],
    ...         "annotations": [{"id": 1, "image_id": 1}], "categories": []}
    >>> [i["file_name"] for i in pictures_to_train_on(coco, {"new.png"})["images"]]
    ['boxed.png', 'empty.png']
    """
    boxed = {a["image_id"] for a in coco["annotations"]}
    kept = [image for image in coco["images"] if image["id"] in boxed
            or (image["file_name"] not in undecided and not image.get("tags"))]
    return {**coco, "images": kept}


def coco_to_dataset(coco: dict[str, Any], image_paths: dict[str, Path]) -> sv.DetectionDataset:
    """The COCO dictionary as a supervision dataset; ``image_paths`` maps each ``file_name`` to
    the picture the dataset should name (class ids: the categories in id order, from 0)."""
    categories = sorted(coco["categories"], key=lambda c: c["id"])
    class_ids = {c["id"]: i for i, c in enumerate(categories)}
    boxes: dict[int, list[dict[str, Any]]] = {}
    for annotation in coco["annotations"]:
        boxes.setdefault(annotation["image_id"], []).append(annotation)
    images, annotations = [], {}
    for image in coco["images"]:
        path = str(image_paths[image["file_name"]])
        found = boxes.get(image["id"], [])
        xyxy = np.array([[x, y, x + w, y + h] for x, y, w, h in (a["bbox"] for a in found)], dtype=np.float64)
        annotations[path] = sv.Detections(
            xyxy=xyxy.reshape(-1, 4), class_id=np.array([class_ids[a["category_id"]] for a in found], dtype=int)
        )
        images.append(path)
    return sv.DetectionDataset(classes=[c["name"] for c in categories], images=images, annotations=annotations)


def _fresh_folder(out: Path) -> None:
    """Refuse an output that is a file or a folder with something in it: stale label files of an
    earlier export would be read as labels of this one."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise DatasetFormatError(f"{out} exists and is not a folder: give a new folder to write the dataset into")
    if out.is_dir() and any(out.iterdir()):
        raise DatasetFormatError(f"{out} is not empty: give a new (or empty) folder to write the dataset into")


def export_dataset(
    store: DatasetStore,
    out: str | os.PathLike[str],
    format: DatasetFormat,
    status: Literal["accepted", "all"] = "accepted",
    include_scores: bool = False,
) -> ExportReport:
    """Write the store's labels as ``format``: a COCO JSON file, or a YOLO / Pascal VOC folder
    (built aside, then renamed into place: a failure leaves no half dataset)."""
    _check_format(format)
    if format == "coco":
        return store.export_coco(out, status=status, include_scores=include_scores)
    if status != "accepted" or include_scores:
        raise DatasetFormatError(f"{format} carries accepted boxes only, without scores: export COCO for review")
    target = Path(out).expanduser()
    _fresh_folder(target)
    files = export_image_files(store)
    undecided = {record.path for record in store.list_images("unlabeled")}
    coco = pictures_to_train_on(build_coco(store), {name for name, path in files.items() if path in undecided})
    names = flat_names([image["file_name"] for image in coco["images"]])
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        (staging / IMAGES).mkdir()
        copies = {}
        for name, flat in names.items():
            copies[name] = staging / IMAGES / flat
            shutil.copyfile(files[name], copies[name])
        dataset = coco_to_dataset(coco, copies)
        if format == "yolo":
            dataset.as_yolo(annotations_directory_path=str(staging / YOLO_LABELS))
            data = {"path": ".", "train": IMAGES, "val": IMAGES, "nc": len(dataset.classes), "names": dataset.classes}
            (staging / YOLO_DATA).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        else:
            dataset.as_pascal_voc(annotations_directory_path=str(staging / VOC_ANNOTATIONS))
        staging.chmod(0o777 & ~_umask())
        if target.is_dir():
            target.rmdir()  # empty (checked above): the rename takes its place
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ExportReport(target, len(coco["images"]), len(coco["annotations"]), len(coco["categories"]))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def zip_folder(folder: Path) -> Path:
    """``folder`` as ``folder.zip`` beside it (what a browser downloads)."""
    return Path(shutil.make_archive(str(folder), "zip", root_dir=folder))


# -- import ---------------------------------------------------------------------------------------


def _first_folder(*candidates: Path) -> Path:
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise CocoError(f"{candidates[0]}: folder not found; nothing imported")


def read_dataset(source: Path, format: Literal["yolo", "voc"], images_dir: Path | None = None) -> tuple[sv.DetectionDataset, Path]:
    """A YOLO or VOC dataset read by supervision, and the folder of its pictures.

    ``source``: the dataset folder (YOLO: ``data.yaml``, ``images/``, ``labels/``; VOC:
    ``Annotations/`` or the XML files themselves, ``images/`` or ``JPEGImages/``), or for YOLO
    its ``data.yaml``. ``images_dir`` overrides where the pictures are."""
    source = source.expanduser()
    if not source.exists():
        raise CocoError(f"{source}: not found; nothing imported")
    folder = source.parent if source.is_file() else source
    try:
        if format == "yolo":
            data_yaml = source if source.is_file() else source / YOLO_DATA
            if not data_yaml.is_file():
                raise CocoError(f"{data_yaml}: no such file (a YOLO dataset names its classes there); nothing imported")
            images = _first_folder(images_dir.expanduser() if images_dir else folder / IMAGES).resolve()
            labels = _first_folder(folder / YOLO_LABELS)
            dataset = sv.DetectionDataset.from_yolo(str(images), str(labels), str(data_yaml))
        else:
            images = _first_folder(*([images_dir.expanduser()] if images_dir else [folder / IMAGES, folder / "JPEGImages"]))
            images = images.resolve()
            annotations = folder / VOC_ANNOTATIONS if (folder / VOC_ANNOTATIONS).is_dir() else folder
            dataset = sv.DetectionDataset.from_pascal_voc(str(images), str(annotations))
    except CocoError:
        raise
    except (ValueError, KeyError, IndexError, OSError, yaml.YAMLError) as exc:  # a malformed file, named by supervision
        first_line = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        raise CocoError(f"{source}: cannot read it as {format.upper()}: {first_line}; nothing imported") from None
    return dataset, images


def dataset_to_coco(dataset: sv.DetectionDataset, images_dir: Path) -> dict[str, Any]:
    """A supervision dataset as a COCO dictionary whose ``file_name`` entries are relative to
    ``images_dir`` (category ids: class ids plus one)."""
    from storage.images import inspect_image

    coco_images: list[dict[str, Any]] = []
    coco_annotations: list[dict[str, Any]] = []
    for image_id, path in enumerate(dataset.image_paths, start=1):
        info = inspect_image(path)
        coco_images.append({"id": image_id, "file_name": Path(path).relative_to(images_dir).as_posix(),
                            "width": info.width, "height": info.height})
        detections = dataset.annotations[path]
        class_ids = detections.class_id if detections.class_id is not None else np.zeros(len(detections), dtype=int)
        for (x1, y1, x2, y2), class_id in zip(detections.xyxy.tolist(), class_ids.tolist()):
            coco_annotations.append({"id": len(coco_annotations) + 1, "image_id": image_id,
                                     "category_id": int(class_id) + 1, "bbox": [x1, y1, x2 - x1, y2 - y1],
                                     "area": (x2 - x1) * (y2 - y1), "iscrowd": 0})
    return {"images": coco_images, "annotations": coco_annotations,
            "categories": [{"id": i + 1, "name": name} for i, name in enumerate(dataset.classes)]}


def import_dataset(
    store: DatasetStore,
    source: str | os.PathLike[str],
    format: DatasetFormat,
    images_dir: str | os.PathLike[str] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ImportReport:
    """Merge a COCO file, or a YOLO / Pascal VOC dataset (see :func:`read_dataset`), all or
    nothing, through the COCO import: re-importing adds nothing."""
    _check_format(format)
    if format == "coco":
        if images_dir is None:
            raise DatasetFormatError("a COCO file needs the folder its file_name entries are relative to (--images)")
        return store.import_coco(source, images_dir, progress=progress)
    dataset, images = read_dataset(Path(source), format, Path(images_dir) if images_dir is not None else None)
    coco = dataset_to_coco(dataset, images)
    with tempfile.TemporaryDirectory(prefix="gridclip-import-") as folder:
        # Named after the source: the COCO import's messages start with this file's name.
        converted = Path(folder) / f"{Path(source).name} ({format.upper()})"
        converted.write_text(json.dumps(coco), encoding="utf-8")
        return store.import_coco(converted, images, progress=progress)
