"""From Label Studio back into the store, and from the store into a fine-tuned model.

Submitted boxes become accepted annotations with source ``label-studio``, and the classes
picked in ``<Choices>`` / ``<Taxonomy>`` controls the picture's tags (source ``label-studio``). Each region is keyed
by ``external_id = "label-studio:<project>:<annotation>:<region>"``, so a webhook delivered
twice, an updated annotation, or ``ls-pull`` after the webhooks all converge on the same rows;
deleting the Label Studio annotation deletes exactly its rows.

Tags follow the annotations that picked them (``Store.set_external_tags``, keyed by
``label-studio:<project>:<annotation>:``): a class stays tagged while any Label Studio annotation
of the picture picks it, so deleting or updating one annotation (a box-only one, say) never
takes away what another picked, and deleting the annotation that picked a class takes its tag
away. Tags ticked in the app or imported are never changed by Label Studio.

>>> external_id_prefix(3, 41)
'label-studio:3:41:'
"""

from __future__ import annotations

import copy
import hashlib
import io
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PIL import Image

from backends.convert import RECTANGLE_TYPE, RegionError
from backends.images import ImageFetcher
from backends.label_config import LabelConfig
from backends.predictor import annotation_boxes, annotation_tags, image_url_of
from gridclip.files import write_bytes_atomically
from storage.boxes import clip_box
from storage.convert import CLASS_NAME

logger = logging.getLogger(__name__)

SOURCE = "label-studio"


def project_prefix(project_id: int) -> str:
    """What the ``external_id`` of every box of one Label Studio project starts with.

    >>> project_prefix(3)
    'label-studio:3:'
    """
    return f"{SOURCE}:{int(project_id)}:"


def external_id_prefix(project_id: int, annotation_id: int) -> str:
    return f"{project_prefix(project_id)}{int(annotation_id)}:"


def annotator_of(annotation: Mapping[str, Any]) -> str | None:
    """Who submitted it, as Label Studio says: an e-mail when given, else ``label-studio user <id>``.

    >>> annotator_of({"completed_by": {"id": 1, "email": "a@b.c"}}), annotator_of({"completed_by": 7})
    ('a@b.c', 'label-studio user 7')
    """
    who = annotation.get("completed_by")
    if isinstance(who, Mapping):
        return who.get("email") or (f"label-studio user {who['id']}" if "id" in who else None)
    if isinstance(who, int):
        return f"label-studio user {who}"
    return None


def _unique_region_ids(boxes: Any) -> list[str]:
    """Each box's region id, or ``RegionError`` naming an id two regions share: a box is stored
    under its id, so the second would silently replace the first."""
    ids: list[str] = []
    for i in range(len(boxes)):
        region_id = str(boxes.data["region_id"][i])
        if region_id in ids:
            raise RegionError(region_id, "two regions of the annotation have this id; each region needs its own")
        ids.append(region_id)
    return ids


#: Label Studio writes the picture's size in whole pixels; a pixel of rounding is no disagreement.
SIZE_TOLERANCE = 1.0


def _check_picture_size(result: Sequence[Any], config: LabelConfig, width: int, height: int) -> None:
    """``RegionError`` naming the region and the field when a rectangle's ``original_width`` /
    ``original_height`` is not the size of the picture the store holds for the task.

    Refused rather than rescaled: a region's percentages fit any scale of the same picture, but
    a different size means Label Studio drew on other pixels than the store holds (another file
    behind the URL, or its EXIF orientation read differently), and rescaled boxes would then
    look plausible while marking the wrong place."""
    image_key = config.controls[0].image_key
    names = [c.name for c in config.controls if c.image_key == image_key]  # a list: a from_name may be unhashable junk
    for region in result:
        if not isinstance(region, Mapping) or region.get("type") != RECTANGLE_TYPE or region.get("from_name") not in names:
            continue
        value = region.get("value")
        if not isinstance(value, Mapping) or not value.get("rectanglelabels"):
            continue
        for field_name, actual in (("original_width", width), ("original_height", height)):
            given = region.get(field_name)
            if given is not None and abs(float(given) - actual) > SIZE_TOLERANCE:
                raise RegionError(region.get("id"), f"{field_name} is {given!r}, but the task's picture is "
                                  f"{width}x{height} pixels (after EXIF rotation): Label Studio and the store "
                                  "do not hold the same picture")


class AnnotationSync:
    """Keeps the store's copy of Label Studio annotations; safe to call from several threads.

    Task images are downloaded once into ``image_dir`` (named by content hash) and added to the
    store, so training can read them without Label Studio.
    """

    def __init__(self, store: Any, image_dir: str | Path) -> None:
        self.store = store
        self.image_dir = Path(image_dir).expanduser().resolve()
        self._lock = threading.Lock()
        self._image_ids: dict[tuple[int, Any], int] = {}

    def image_id_for_task(self, project_id: int, task: Mapping[str, Any], config: LabelConfig, fetcher: ImageFetcher) -> int:
        """The store's id for the task's picture, downloading and adding it on first sight."""
        key = (project_id, task.get("id"))
        with self._lock:
            if key in self._image_ids:
                return self._image_ids[key]
        url = image_url_of(task, config.controls[0].image_key)
        task_id = task.get("id")
        data = fetcher.fetch_bytes(url, task_id=task_id if isinstance(task_id, int) else None)
        image_id = self.add_image_bytes(data)
        with self._lock:
            self._image_ids[key] = image_id
        return image_id

    def add_image_bytes(self, data: bytes) -> int:
        sha = hashlib.sha256(data).hexdigest()
        found = self.store.find_image(sha256=sha)
        if found is not None:
            return found.id
        try:
            with Image.open(io.BytesIO(data)) as probe:
                extension = (probe.format or "png").lower().replace("jpeg", "jpg")
        except Exception as exc:
            raise ValueError(f"the task's image is not a picture Pillow can read: {exc}") from None
        self.image_dir.mkdir(parents=True, exist_ok=True)
        path = self.image_dir / f"{sha}.{extension}"
        if not path.exists():
            write_bytes_atomically(path, data)
        report = self.store.add_images([path])
        if report.errors:
            raise ValueError(f"the store refused the task's image: {report.errors[0][1]}")
        found = self.store.find_image(sha256=sha)
        if found is None:  # pragma: no cover - add_images either adds, dedupes or reports
            raise RuntimeError(f"image {sha} vanished from the store")
        return found.id

    def upsert(
        self, project_id: int, annotation: Mapping[str, Any], task: Mapping[str, Any], config: LabelConfig, fetcher: ImageFetcher
    ) -> list[int]:
        """Make the store hold exactly this annotation's boxes (one transaction); returns their
        annotation ids.

        Checked before anything is fetched or written: every region (``RegionError`` naming it),
        then every box against the picture's size (``InvalidBox`` naming the region). A refused
        annotation changes nothing in the store.
        """
        annotation_id = int(annotation["id"])
        prefix = external_id_prefix(project_id, annotation_id)
        result = [] if annotation.get("was_cancelled") else annotation.get("result")
        if result is None:
            result = []
        if not isinstance(result, list):
            raise RegionError("result", f"the annotation's 'result' is {type(result).__name__}, not a list of regions")
        boxes = annotation_boxes(result, config)
        region_ids = _unique_region_ids(boxes)
        # What this annotation picks now; other annotations' picks and the app's tags stay.
        tags = annotation_tags(result, config) if config.tag_controls else None
        image_id = self.image_id_for_task(project_id, task, config, fetcher)
        image = self.store.get_image(image_id)
        _check_picture_size(result, config, image.width, image.height)
        rows = []
        for i, region_id in enumerate(region_ids):
            xyxy = clip_box(boxes.xyxy[i], image.width, image.height, f"region {region_id!r}")
            rows.append((prefix + region_id, xyxy, str(boxes.data[CLASS_NAME][i])))
        ids = self.store.set_external_annotations(image_id, prefix, rows, source=SOURCE, annotator=annotator_of(annotation))
        if tags is not None:
            self.store.set_external_tags(image_id, prefix, tags, source=SOURCE, annotator=annotator_of(annotation))
            logger.info("project %s annotation %s: tags %s", project_id, annotation_id, tags)
        logger.info("project %s annotation %s: %d boxes stored", project_id, annotation_id, len(ids))
        return ids

    def delete(self, project_id: int, annotation_ids: Sequence[int]) -> int:
        """Remove every box of these Label Studio annotations, and their tag picks (a tag no other
        annotation picks goes with them); returns how many boxes went."""
        self.store.delete_external_tags([external_id_prefix(project_id, a) for a in annotation_ids])
        gone = [e for a in annotation_ids for e in self.external_ids(external_id_prefix(project_id, a))]
        return self.store.delete_annotations_by_external_id(gone) if gone else 0

    def external_ids(self, prefix: str) -> list[str]:
        return self.store.external_ids(prefix)


def make_fine_tune(store: Any, checkpoint_root: str | Path, epochs: int | None = None, **settings: Any):
    """A ``job(detector) -> TrainResult`` that fine-tunes a copy of the served detector on the
    store's accepted boxes: ``fine_tune_on_store`` with ``QUICK_FINE_TUNE`` (head only, epochs
    and learning rate from the number of pictures), ``epochs`` (None: from the data) and
    ``settings`` (``TrainConfig`` fields) on top.

    The new checkpoint goes to ``checkpoint_root/<timestamp>`` and its version is registered in
    the store with the serving model as parent; the result's ``held_out`` holds the AP50 on the
    store's held-out pictures before and after (``ModelHolder`` reports it as the job's result).
    """
    root = Path(checkpoint_root).expanduser()

    def job(detector: Any) -> Any:
        from gridclip.training.fine_tune import (
            QUICK_FINE_TUNE,
            fine_tune_on_store,
            require_training_data,
            store_training_data,
        )

        data = require_training_data(store_training_data(store))
        out_dir = root / time.strftime("%Y%m%d-%H%M%S")
        logger.info("fine-tuning on %d images into %s", len(data.examples), out_dir)
        run_settings = {**QUICK_FINE_TUNE, **({} if epochs is None else {"epochs": epochs}), **settings}
        # The run updates the detector it is given in place; the served one must not change under /predict.
        result = fine_tune_on_store(store, copy.deepcopy(detector), out_dir=out_dir, data=data, **run_settings)
        logger.info("fine-tuned %s epochs at lr %s", (result.config or {}).get("epochs"), (result.config or {}).get("lr"))
        return result

    return job
