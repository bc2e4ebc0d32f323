"""The label store: images, predictions and people's decisions, in any SQLAlchemy database.

Every public method that writes runs in exactly one transaction: it either happens completely
or not at all. On SQLite (the default) write transactions start with ``BEGIN IMMEDIATE`` so
that several processes writing the same file queue up (WAL, busy timeout) instead of failing.

Boxes are validated on the way in (:func:`storage.boxes.clip_box`): a box partly outside its
image is clipped to it; NaN, zero/negative size or entirely outside is refused with
:class:`InvalidBox` and nothing of that call is written.

>>> import tempfile, pathlib
>>> from PIL import Image as PILImage
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> PILImage.new("RGB", (64, 48)).save(folder / "a.png")
>>> store = Store.open(folder / "labels.db")
>>> report = store.add_images(folder)
>>> len(report.added), report.errors
(1, [])
>>> image = store.list_images()[0]
>>> ann = store.add_annotation(image.id, (10, 10, 90, 30), "Forklift")   # clipped to x2=64
>>> store.annotations(image.id).xyxy.tolist()
[[10.0, 10.0, 64.0, 30.0]]
>>> [(s.name, s.accepted) for s in store.stats()]
[('Forklift', 1)]
>>> store.close()
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import numpy as np
import supervision as sv
from PIL import Image as PILImage
from sqlalchemy import Delete, Engine, and_, create_engine, delete, event, exists, func, select
from sqlalchemy.engine import URL, CursorResult, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from gridclip.training_data import TagExample, TrainingExample
from gridclip.vocabulary import Vocabulary
from storage.boxes import SAME_DETECTION_IOU, box_iou, clip_box
from storage.coco import ExportReport, ImportReport, Progress, export_coco, import_captions, import_coco
from storage.convert import (
    BoxInput,
    boxes_from_any,
    boxes_from_detections,
    detections_from_annotations,
    detections_from_predictions,
    synonyms_by_name,
)
from storage.errors import ImageRejected, InvalidBox, InvalidCategory, NotFound, PathOutsideRoot, StoreError
from storage.images import image_files, inspect_image
from storage.models import (
    SOURCES,
    STATUSES,
    Annotation,
    Category,
    Image,
    ImageTag,
    ModelVersion,
    Prediction,
    PredictionRun,
    TagPick,
    utcnow,
)
from storage.paths import relpath_under
from storage.schema import describe_database_error, sqlite_file, upgrade_to_head
from storage.tags import TagRecord, check_tags, follow_picks, upsert_tags

T = TypeVar("T")

#: Seconds a SQLite writer waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT_S = 60
#: Images inspected per write transaction in :meth:`Store.add_images`.
ADD_IMAGES_CHUNK = 200
_IMAGE_EXTENSIONS = frozenset(ext.lower() for ext in PILImage.registered_extensions())

#: Image splits (a COCO import's ``"split"``, or ``Store.set_split``) whose pictures a fine-tune
#: never trains on: ``training_set(hold_out=True)`` gives them as ``held_out``.
HELD_OUT_SPLITS = frozenset({"val", "validation", "test", "held-out", "holdout"})
#: With no picture marked held-out, ``training_set(hold_out=True)`` holds out about one in
#: ``AUTO_HOLD_OUT_EVERY`` of the pictures with accepted boxes (those whose content hash says so:
#: a picture's place never changes as more are accepted), once there are at least
#: ``AUTO_HOLD_OUT_MIN_PICTURES`` of them. Pictures with split ``"train"`` are never held out.
AUTO_HOLD_OUT_EVERY = 10
AUTO_HOLD_OUT_MIN_PICTURES = 30


def is_auto_held_out(sha256: str) -> bool:
    """Whether the automatic hold-out takes the picture with this content hash.

    >>> is_auto_held_out("00" * 32), is_auto_held_out("0000000b" + "00" * 28)
    (True, False)
    """
    return int(sha256[:8], 16) % AUTO_HOLD_OUT_EVERY == 0


# -- records handed out (plain data, detached from any session) ----------------------------------


@dataclass(frozen=True)
class ImageRecord:
    """An image in the store. ``path`` is absolute; ``relpath`` is relative to ``root``."""

    id: int
    path: Path
    root: Path
    relpath: str
    sha256: str
    width: int
    height: int
    split: str | None = None
    added_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Image) -> ImageRecord:
        root = Path(row.root)
        return cls(row.id, root / row.relpath, root, row.relpath, row.sha256, row.width, row.height, row.split, row.added_at)


@dataclass
class AddImagesReport:
    """What :meth:`Store.add_images` did: new image ids, paths already in the store (same
    content), ``(path, message)`` for every file refused, and ``(folder, message)`` for every
    folder that could not be read (its pictures were not seen)."""

    added: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    unreadable_folders: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ClassStats:
    """Per-category counts: model boxes, and boxes people accepted or rejected."""

    name: str
    predicted: int
    accepted: int
    rejected: int


@dataclass
class TrainingSet:
    """The accepted boxes as training data, and the tag-only pictures (tags, no accepted box),
    as gridclip's own types: ``examples`` are ``TrainingExample`` s, ``tag_examples``
    ``TagExample`` s, their class ids indexing ``categories`` (``synonyms[i]`` are category
    ``i``'s). ``vocabulary`` is the same classes as a ``gridclip.Vocabulary``, what a training
    run takes."""

    categories: list[str]
    synonyms: list[list[str]]
    examples: list[TrainingExample]
    tag_examples: list[TagExample] = field(default_factory=list)
    #: ``training_set(hold_out=True)``: the held-out pictures with accepted boxes, not in
    #: ``examples``, as a training set of their own (its ``categories`` index their class ids);
    #: None when nothing is held out.
    held_out: TrainingSet | None = None

    @property
    def vocabulary(self) -> Vocabulary | None:
        """The categories as a vocabulary (names verbatim: a ``,`` or ``|`` in a name does not
        split it), None when there are none. Built on demand: a store whose categories share a
        word (possible across vocabularies pre-labelled over time) still hands out its boxes,
        and only a training run on them hears the ``VocabularyError``."""
        return Vocabulary.from_classes(self.categories, self.synonyms) if self.categories else None

    @property
    def vocabulary_text(self) -> str:
        """``"name | synonym, ..."``, for people to read. Not for parsing back: a name with a
        ``,`` or ``|`` would split; :attr:`vocabulary` keeps the names as data."""
        return ", ".join(" | ".join([name, *syns]) for name, syns in zip(self.categories, self.synonyms))


def _training_examples(box_rows: Sequence[Any], tag_rows: Sequence[Any], images: dict[int, Image],
                       index: dict[int, int]) -> tuple[list[TrainingExample], list[TagExample]]:
    """The one conversion from the store's rows to gridclip's training types: accepted box rows
    (in image order) as one ``TrainingExample`` per picture, and tag rows (in image order) as one
    ``TagExample`` per picture; ``index`` maps a category id to its class id."""

    def path(image_id: int) -> Path:
        return Path(images[image_id].root) / images[image_id].relpath

    boxes: dict[int, list[Any]] = {}
    for row in box_rows:
        boxes.setdefault(row.image_id, []).append(row)
    tags: dict[int, list[Any]] = {}
    for row in tag_rows:
        tags.setdefault(row.image_id, []).append(row)
    examples = [TrainingExample(path(image_id), np.array([[b.x1, b.y1, b.x2, b.y2] for b in rows], dtype=np.float32),
                                np.array([index[b.category_id] for b in rows], dtype=np.int64), image_id=image_id)
                for image_id, rows in boxes.items()]
    tag_examples = [TagExample(path(image_id), [index[t.category_id] for t in rows if t.present],
                               [index[t.category_id] for t in rows if not t.present], image_id=image_id)
                    for image_id, rows in tags.items()]
    return examples, tag_examples


# -- opening a database ---------------------------------------------------------------------------


def default_database_path() -> Path:
    """The SQLite file used when no URL is given: ``<user data dir>/gridclip-studio/labels.db``."""
    import platformdirs

    return Path(platformdirs.user_data_dir("gridclip-studio")) / "labels.db"


def database_url(url_or_path: str | os.PathLike[str] | None) -> URL:
    """Turn a SQLAlchemy URL, a file path, or None (the default file) into a URL.

    >>> database_url("postgresql+psycopg://u@h/db").drivername
    'postgresql+psycopg'
    >>> database_url("/tmp/x.db").render_as_string()
    'sqlite:////tmp/x.db'
    """
    if url_or_path is None or str(url_or_path) == "":
        path = default_database_path()
    elif "://" in str(url_or_path):
        return make_url(str(url_or_path))
    else:
        path = Path(url_or_path).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def _create_engine(url: URL, create: bool = True) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    database_file = sqlite_file(url)
    memory, read_only = database_file is None, False
    if database_file is not None:
        path, read_only = database_file
        if (not create or read_only) and not path.exists():
            # Read-only commands must not leave an empty database (or its folders) behind.
            raise NotFound(f"there is no database at {path}")
        if path.exists() and not path.is_file():
            raise StoreError(f"{path} is not a database file (it is a {'folder' if path.is_dir() else 'special file'})")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if memory:
        kwargs["poolclass"] = StaticPool  # one shared in-memory database, not one per connection
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below (the documented
        # pysqlite recipe), so writers can take the write lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not memory and not read_only:  # a read-only connection cannot change the journal mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A deferred transaction that reads and then writes can fail with SQLITE_BUSY no
        # busy-timeout can cure (its snapshot is stale); IMMEDIATE takes the lock first.
        immediate = connection.get_execution_options().get("gridclip_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_engine(url_or_path: str | os.PathLike[str] | None, create: bool = True) -> Engine:
    """An engine on the database (configured as the store uses it), without touching its schema.
    With ``create=False`` a missing SQLite file is :class:`NotFound` and nothing is created."""
    return _create_engine(database_url(url_or_path), create)


def _deleted(session: Session, statement: Delete) -> int:
    """How many rows a DELETE removed. ``Session.execute`` is typed to return a ``Result``; for a
    DML statement it is a ``CursorResult``, which carries the count."""
    return cast(CursorResult[Any], session.execute(statement)).rowcount or 0


def _clean_name(name: object) -> str:
    if not isinstance(name, str):
        raise InvalidCategory(f"category name {name!r} is not text")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidCategory(f"category name {name!r} is empty")
    return cleaned


class Store:
    """The label store. Open with :meth:`Store.open`; use as a context manager or call :meth:`close`."""

    def __init__(self, engine: Engine, image_root: str | os.PathLike[str] | None = None) -> None:
        self.engine = engine
        self.image_root = Path(image_root).expanduser().resolve() if image_root is not None else None
        # Alembic brings any older database (a pre-Alembic one included) to this code's schema.
        try:
            upgrade_to_head(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(describe_database_error(exc, self.url)) from exc
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def open(
        cls, url: str | os.PathLike[str] | None = None, image_root: str | os.PathLike[str] | None = None, create: bool = True
    ) -> Store:
        """Open a store, creating it when ``create`` (else a missing SQLite file is :class:`NotFound`),
        and bring its schema to this release's (:mod:`storage.schema`; a SQLite file is backed up
        first).

        ``url``: a SQLAlchemy URL (``sqlite:///…``, ``postgresql+psycopg://…``), a SQLite file
        path, or None for the default file under the user data dir. ``image_root``: when set,
        every image added must lie under it and is recorded relative to it. A file that is not a
        database, a read-only one that needs an upgrade, or one from a newer release raise
        :class:`StoreError` with one line saying so.
        """
        return cls(open_engine(url, create), image_root)

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- sessions ---------------------------------------------------------------------------------

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_transaction(self) -> Iterator[Session]:
        """One write transaction: committed if the block succeeds, rolled back otherwise."""
        with Session(self.engine, expire_on_commit=False) as session:
            session.connection(execution_options={"gridclip_write": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def _write(self, work: Callable[[Session], T], attempts: int = 3) -> T:
        """Run ``work`` in one write transaction, retrying when a concurrent writer won a race
        on a unique key (another process created the same category or accepted the same box)."""
        for attempt in range(attempts):
            try:
                with self.write_transaction() as session:
                    return work(session)
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    # -- categories -------------------------------------------------------------------------------

    @staticmethod
    def _category(session: Session, name: str, synonyms: Sequence[str] = ()) -> Category:
        """The category named ``name`` (case-insensitive), created on demand; new synonyms are added."""
        cleaned = _clean_name(name)
        row = session.scalar(select(Category).where(Category.name_key == cleaned.casefold()))
        if row is None:
            row = Category(name=cleaned, name_key=cleaned.casefold(), synonyms=list(dict.fromkeys(synonyms)))
            session.add(row)
            session.flush()
        elif synonyms:
            merged = list(dict.fromkeys([*row.synonyms, *synonyms]))
            if merged != row.synonyms:
                row.synonyms = merged
        return row

    def categories(self) -> list[tuple[str, list[str]]]:
        """Every category as ``(name, synonyms)``, in creation order."""
        with self.read_session() as session:
            return [(c.name, list(c.synonyms)) for c in session.scalars(select(Category).order_by(Category.id))]

    def ensure_categories(self, vocabulary_text: str) -> None:
        """Create the categories of ``"car | automobile, person"`` (with synonyms) if missing."""
        by_name = synonyms_by_name(vocabulary_text)
        self._write(lambda session: [self._category(session, n, s) for n, s in by_name.items()])

    # -- images -----------------------------------------------------------------------------------

    def _candidates(self, dir_or_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], recursive: bool,
                    unreadable_folders: list[tuple[str, str]]):
        """Yield ``(path, root)`` for every file to consider; folders that cannot be read go
        to ``unreadable_folders``."""
        items = [dir_or_paths] if isinstance(dir_or_paths, (str, os.PathLike)) else list(dir_or_paths)
        for item in items:
            path = Path(item).expanduser()
            if path.is_dir():
                root = self.image_root or path.resolve()
                found, unreadable = image_files(path, _IMAGE_EXTENSIONS, recursive)
                unreadable_folders.extend(unreadable)
                for file in found:
                    yield file, root
            else:
                yield path, self.image_root or path.resolve().parent

    def add_images(
        self,
        dir_or_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        recursive: bool = True,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> AddImagesReport:
        """Add a folder (every file with an extension Pillow knows, recursively) or explicit files.

        Images are deduplicated by the sha256 of their bytes; unreadable files, non-images and
        decompression bombs are reported in ``errors`` and skipped, folders that cannot be read in
        ``unreadable_folders``. Each chunk of ``ADD_IMAGES_CHUNK`` images is committed in one
        transaction, so a crash keeps the chunks already done. ``progress("adding images", done, total)`` is called after each file.
        """
        report = AddImagesReport()
        candidates = list(self._candidates(dir_or_paths, recursive, report.unreadable_folders))
        chunk: list[tuple[str, str, str, Any]] = []
        for done, (path, root) in enumerate(candidates, start=1):
            try:
                relpath = relpath_under(root, path)
                info = inspect_image(path)
                chunk.append((str(path), str(root), relpath, info))
            except (ImageRejected, PathOutsideRoot) as exc:
                report.errors.append((str(path), str(exc)))
            if progress:
                progress("adding images", done, len(candidates))
            if len(chunk) >= ADD_IMAGES_CHUNK or (chunk and done == len(candidates)):
                self._write(lambda session: self._insert_images(session, chunk, report))
                chunk = []
        return report

    @staticmethod
    def _insert_images(session: Session, chunk: list[tuple[str, str, str, Any]], report: AddImagesReport) -> None:
        added: list[Image] = []
        duplicates: list[str] = []
        errors: list[tuple[str, str]] = []
        for shown, root, relpath, info in chunk:
            same_content = session.scalar(select(Image).where(Image.sha256 == info.sha256))
            if same_content is not None:
                duplicates.append(shown)
                continue
            same_place = session.scalar(select(Image).where(Image.root == root, Image.relpath == relpath))
            if same_place is not None:
                errors.append((shown, f"{shown}: already in the store with different content; refused"))
                continue
            row = Image(root=root, relpath=relpath, sha256=info.sha256, width=info.width, height=info.height)
            session.add(row)
            session.flush()
            added.append(row)
        # Only extend the report once the transaction body has fully run (a retry re-runs it).
        report.added.extend(r.id for r in added)
        report.duplicates.extend(duplicates)
        report.errors.extend(errors)

    @staticmethod
    def _claim_images(session: Session, image_ids: Iterable[int]) -> list[Image]:
        """The images, their rows locked until the transaction ends (``SELECT … FOR UPDATE``, in
        id order so that two claimers never deadlock): replacing a picture's predictions and
        deciding on them happen one after the other, whatever process does them. On SQLite the
        write transaction (``BEGIN IMMEDIATE``) already holds the whole database."""
        wanted = list(dict.fromkeys(int(i) for i in image_ids))
        rows = {row.id: row for row in session.scalars(
            select(Image).where(Image.id.in_(wanted)).order_by(Image.id).with_for_update())}
        missing = [i for i in wanted if i not in rows]
        if missing:
            raise NotFound(f"image {missing[0]} is not in the store")
        return [rows[i] for i in wanted]

    @staticmethod
    def _image(session: Session, image_id: int) -> Image:
        row = session.get(Image, image_id)
        if row is None:
            raise NotFound(f"image {image_id} is not in the store")
        return row

    def get_image(self, image_id: int) -> ImageRecord:
        """The image with this id, or :class:`NotFound`."""
        with self.read_session() as session:
            return ImageRecord.from_row(self._image(session, image_id))

    def find_image(self, sha256: str | None = None, relpath: str | None = None) -> ImageRecord | None:
        """The image with this content hash or relative path, if any."""
        query = select(Image)
        if sha256 is not None:
            query = query.where(Image.sha256 == sha256)
        if relpath is not None:
            query = query.where(Image.relpath == relpath)
        with self.read_session() as session:
            row = session.scalars(query.order_by(Image.id)).first()
            return ImageRecord.from_row(row) if row else None

    def list_images(
        self,
        filter: Literal["all", "unlabeled", "unpredicted"] = "all",
        model_version: str | None = None,
        vocabulary: str | None = None,
    ) -> list[ImageRecord]:
        """Images in id order. ``unlabeled``: no decision (accepted or rejected box) yet;
        ``unpredicted``: no prediction run yet (for this model version / vocabulary if given)."""
        query = select(Image).order_by(Image.id)
        if filter == "unlabeled":
            query = query.where(~exists().where(Annotation.image_id == Image.id))
        elif filter == "unpredicted":
            condition = PredictionRun.image_id == Image.id
            if model_version is not None:
                condition = and_(condition, PredictionRun.model_version_id.in_(
                    select(ModelVersion.id).where(ModelVersion.version == model_version)))
            if vocabulary is not None:
                condition = and_(condition, PredictionRun.vocabulary_text == vocabulary)
            query = query.where(~exists().where(condition))
        elif filter != "all":
            raise ValueError(f"unknown image filter {filter!r}: use 'all', 'unlabeled' or 'unpredicted'")
        with self.read_session() as session:
            return [ImageRecord.from_row(row) for row in session.scalars(query)]

    # -- model versions and predictions -------------------------------------------------------------

    @staticmethod
    def _model_version(session: Session, version: str) -> ModelVersion:
        row = session.scalar(select(ModelVersion).where(ModelVersion.version == version))
        if row is None:
            row = ModelVersion(version=version, name=version, config={})
            session.add(row)
            session.flush()
        return row

    def register_model_version(
        self,
        version: str,
        name: str,
        config: dict[str, Any],
        metrics: dict[str, Any] | None = None,
        parent: str | None = None,
    ) -> int:
        """Record (or update) a model version; returns its row id."""

        def work(session: Session) -> int:
            row = self._model_version(session, version)
            row.name, row.config, row.metrics, row.parent = name, dict(config), metrics, parent
            session.flush()
            return row.id

        return self._write(work)

    def model_versions(self) -> list[dict[str, Any]]:
        """Every model version, oldest first, as plain dicts."""
        with self.read_session() as session:
            rows = session.scalars(select(ModelVersion).order_by(ModelVersion.id))
            return [
                {"version": r.version, "name": r.name, "config": r.config, "metrics": r.metrics,
                 "parent": r.parent, "created_at": r.created_at}
                for r in rows
            ]

    def record_predictions(
        self,
        image_id: int,
        detections: sv.Detections,
        model_version: str,
        vocabulary_text: str,
        thresholds: dict[str, Any] | None = None,
        replace: bool = True,
    ) -> list[int]:
        """Store what a model said about an image; returns the new prediction ids (input order).

        ``detections`` need ``confidence`` and ``data["class_name"]``. Categories (with the
        vocabulary's synonyms) are created on demand; an unregistered model version is
        registered under its own name. With ``replace`` (default), the earlier predictions of
        the same model version and vocabulary on this image that nobody decided on are removed
        first, so re-running never piles up duplicates; without, they stay and these are added
        to the run (the app stores the candidates a lower threshold shows). A batch runner
        writes through :meth:`record_prediction_runs` instead, whose rule keeps a picture that
        has a run.

        A decision stands: a box of a class that a person already accepted or rejected among this
        model version's predictions with this vocabulary (overlapping it at
        ``SAME_DETECTION_IOU``) is not offered again; its slot in the returned ids is the decided
        prediction's id. The picture is claimed for the transaction (its row locked, as
        :meth:`accept` does), so two pre-label runs and the people accepting their boxes, in
        any number of processes, never leave one box accepted twice.
        """
        boxes = boxes_from_detections(detections)
        if boxes and detections.confidence is None:
            raise InvalidBox("predictions need a confidence per box (detections.confidence is None)")
        synonyms = synonyms_by_name(vocabulary_text)
        thresholds = dict(thresholds or {})

        def work(session: Session) -> list[int]:
            image = self._claim_images(session, [image_id])[0]
            where = f"image {image.relpath!r}"
            clipped = [clip_box(b.xyxy, image.width, image.height, where) for b in boxes]
            version = self._model_version(session, model_version)
            run = session.scalar(select(PredictionRun).where(
                PredictionRun.image_id == image_id,
                PredictionRun.model_version_id == version.id,
                PredictionRun.vocabulary_text == vocabulary_text,
            ))
            if run is None:
                session.add(PredictionRun(image_id=image_id, model_version_id=version.id,
                                          vocabulary_text=vocabulary_text, thresholds=thresholds))
            else:
                run.thresholds, run.created_at = thresholds, utcnow()
            if replace:
                session.execute(delete(Prediction).where(
                    Prediction.image_id == image_id,
                    Prediction.model_version_id == version.id,
                    Prediction.vocabulary_text == vocabulary_text,
                    ~exists().where(Annotation.prediction_id == Prediction.id),
                ))
            decided = list(session.scalars(select(Prediction).where(
                Prediction.image_id == image_id,
                Prediction.model_version_id == version.id,
                Prediction.vocabulary_text == vocabulary_text,
                exists().where(Annotation.prediction_id == Prediction.id),
            ).order_by(Prediction.id)))
            # One look-up per class, not per box (a picture's 20 boxes of 3 classes cost 3 queries).
            categories = {name: self._category(session, name, synonyms.get(name, ()))
                          for name in dict.fromkeys(box.class_name for box in boxes)}
            rows: list[Prediction | int] = []
            for box, xyxy in zip(boxes, clipped):
                category = categories[box.class_name]
                same = next((p.id for p in decided if p.category_id == category.id
                             and box_iou(p.xyxy, xyxy) >= SAME_DETECTION_IOU), None)
                if same is not None:
                    rows.append(same)
                    continue
                x1, y1, x2, y2 = xyxy
                rows.append(Prediction(
                    image_id=image_id, category_id=category.id, model_version_id=version.id,
                    x1=x1, y1=y1, x2=x2, y2=y2, score=float(box.score if box.score is not None else 0.0),
                    vocabulary_text=vocabulary_text, thresholds=thresholds,
                ))
            session.add_all([r for r in rows if isinstance(r, Prediction)])
            session.flush()
            return [r if isinstance(r, int) else r.id for r in rows]

        return self._write(work)

    def record_prediction_runs(
        self,
        items: Sequence[tuple[int, sv.Detections]],
        model_version: str,
        vocabulary_text: str,
        thresholds: dict[str, Any] | None = None,
        *,
        replace: bool = False,
    ) -> dict[int, list[int] | None]:
        """The batch runner's write (``gridclip.inference.prelabel``): each ``(image_id,
        detections)`` as this model version's run on the picture with this vocabulary, under one
        rule: a picture that has such a run already is left as it is, unless ``replace``, when
        its undecided predictions are replaced (:meth:`record_predictions`, one transaction per
        picture). Returns, per image id, the new prediction ids, or None where nothing was written.

        Without ``replace``, one transaction and a handful of statements for the whole batch
        instead of about ten per picture: what a batch worker writing thousands of pictures a
        second needs. All or nothing: a bad box or a missing image fails the batch (write the
        pictures one by one to find it). Two writers racing on a picture meet at the run's
        unique key; the loser's transaction is retried, sees the winner's run and skips that
        picture.
        """
        if not items:
            return {}
        if replace:
            return {int(image_id): self.record_predictions(int(image_id), detections, model_version, vocabulary_text,
                                                           thresholds, replace=True)
                    for image_id, detections in items}
        thresholds = dict(thresholds or {})
        synonyms = synonyms_by_name(vocabulary_text)
        prepared: list[tuple[int, list[Any]]] = []
        for image_id, detections in items:
            boxes = boxes_from_detections(detections)
            if boxes and detections.confidence is None:
                raise InvalidBox("predictions need a confidence per box (detections.confidence is None)")
            prepared.append((int(image_id), boxes))
        image_ids = [image_id for image_id, _ in prepared]
        if len(set(image_ids)) != len(image_ids):
            raise ValueError("record_prediction_runs: an image id appears twice in one batch")

        def work(session: Session) -> dict[int, list[int] | None]:
            version = self._model_version(session, model_version)
            images = {row.id: row for row in session.scalars(select(Image).where(Image.id.in_(image_ids)))}
            missing = [i for i in image_ids if i not in images]
            if missing:
                raise NotFound(f"image {missing[0]} is not in the store")
            done = set(session.scalars(select(PredictionRun.image_id).where(
                PredictionRun.image_id.in_(image_ids),
                PredictionRun.model_version_id == version.id,
                PredictionRun.vocabulary_text == vocabulary_text,
            )))
            todo = [(i, boxes) for i, boxes in prepared if i not in done]
            names = dict.fromkeys(box.class_name for _, boxes in todo for box in boxes)
            categories = {name: self._category(session, name, synonyms.get(name, ())) for name in names}
            runs = [PredictionRun(image_id=i, model_version_id=version.id, vocabulary_text=vocabulary_text,
                                  thresholds=thresholds) for i, _ in todo]
            rows: dict[int, list[Prediction]] = {}
            for image_id, boxes in todo:
                image = images[image_id]
                where = f"image {image.relpath!r}"
                rows[image_id] = []
                for box in boxes:
                    x1, y1, x2, y2 = clip_box(box.xyxy, image.width, image.height, where)
                    rows[image_id].append(Prediction(
                        image_id=image_id, category_id=categories[box.class_name].id, model_version_id=version.id,
                        x1=x1, y1=y1, x2=x2, y2=y2, score=float(box.score if box.score is not None else 0.0),
                        vocabulary_text=vocabulary_text, thresholds=thresholds,
                    ))
            session.add_all(runs)
            session.add_all([row for group in rows.values() for row in group])
            session.flush()
            return {i: ([r.id for r in rows[i]] if i in rows else None) for i in image_ids}

        return self._write(work)

    def has_predictions(self, image_id: int, model_version: str, vocabulary_text: str) -> bool:
        """Whether this model version already looked at this image with this vocabulary
        (even if it found nothing)."""
        with self.read_session() as session:
            return session.scalar(select(exists().where(
                PredictionRun.image_id == image_id,
                PredictionRun.vocabulary_text == vocabulary_text,
                PredictionRun.model_version_id.in_(select(ModelVersion.id).where(ModelVersion.version == model_version)),
            ))) is True

    def predictions(self, image_id: int, model_version: str | None = None, vocabulary_text: str | None = None) -> sv.Detections:
        """The predictions of one run on an image, best score first, as Detections
        (``data``: ``prediction_id``, ``class_name``, ``status`` pending/accepted/rejected).

        Without ``model_version``/``vocabulary_text`` the most recent run on the image is used.
        """
        with self.read_session() as session:
            self._image(session, image_id)
            run_query = select(PredictionRun).join(ModelVersion).where(PredictionRun.image_id == image_id)
            if model_version is not None:
                run_query = run_query.where(ModelVersion.version == model_version)
            if vocabulary_text is not None:
                run_query = run_query.where(PredictionRun.vocabulary_text == vocabulary_text)
            run = session.scalars(run_query.order_by(PredictionRun.created_at.desc(), PredictionRun.id.desc())).first()
            if run is None:
                return detections_from_predictions([])
            rows = list(session.scalars(select(Prediction).where(
                Prediction.image_id == image_id,
                Prediction.model_version_id == run.model_version_id,
                Prediction.vocabulary_text == run.vocabulary_text,
            ).order_by(Prediction.score.desc(), Prediction.id)))
            decisions = {prediction_id: status for prediction_id, status in session.execute(
                select(Annotation.prediction_id, Annotation.status).where(
                    Annotation.prediction_id.in_([r.id for r in rows]))).tuples()
                if prediction_id is not None}  # always, by the query; the column is nullable
            return detections_from_predictions(rows, decisions)

    # -- decisions --------------------------------------------------------------------------------

    def _decide(self, prediction_ids: Sequence[int], status: str, annotator: str | None) -> list[int]:
        ids = [int(p) for p in prediction_ids]

        def work(session: Session) -> list[int]:
            # The pictures are claimed first: a pre-label run replacing their predictions waits
            # (or is waited for), so it sees this decision and does not offer the box again.
            self._claim_images(session, session.scalars(select(Prediction.image_id).where(Prediction.id.in_(ids))))
            result = []
            for pid in ids:
                prediction = session.get(Prediction, pid)
                if prediction is None:
                    raise NotFound(f"prediction {pid} is not in the store")
                row = session.scalar(select(Annotation).where(Annotation.prediction_id == pid))
                if row is None:
                    x1, y1, x2, y2 = prediction.xyxy
                    row = Annotation(image_id=prediction.image_id, category_id=prediction.category_id,
                                     x1=x1, y1=y1, x2=x2, y2=y2, status=status, source="predicted",
                                     prediction_id=pid, annotator=annotator)
                    session.add(row)
                elif row.status != status:
                    row.status, row.annotator = status, annotator
                session.flush()
                result.append(row.id)
            return result

        return self._write(work)

    def accept(self, prediction_ids: Sequence[int], annotator: str | None = None) -> list[int]:
        """Accept predictions as they are (source ``predicted``); returns annotation ids.
        Idempotent: a prediction accepted twice (even by two processes at once) has one annotation."""
        return self._decide(prediction_ids, "accepted", annotator)

    def reject(self, prediction_ids: Sequence[int], annotator: str | None = None) -> list[int]:
        """Mark predictions wrong (kept as ``rejected`` annotations); returns annotation ids."""
        return self._decide(prediction_ids, "rejected", annotator)

    @staticmethod
    def _check_kind(source: str, status: str) -> None:
        if source not in SOURCES:
            raise ValueError(f"unknown annotation source {source!r}: use one of {', '.join(SOURCES)}")
        if status not in STATUSES:
            raise ValueError(f"unknown annotation status {status!r}: use one of {', '.join(STATUSES)}")

    def _upsert_annotation(
        self, session: Session, image: Image, box: BoxInput, source: str, status: str, annotator: str | None
    ) -> Annotation:
        xyxy = clip_box(box.xyxy, image.width, image.height, f"image {image.relpath!r}")
        category = self._category(session, box.class_name)
        row: Annotation | None = None
        if box.annotation_id is not None:
            row = session.get(Annotation, box.annotation_id)
            if row is None or row.image_id != image.id:
                raise NotFound(f"annotation {box.annotation_id} is not on image {image.relpath!r}")
        if row is None and box.external_id is not None:
            row = session.scalar(select(Annotation).where(Annotation.external_id == box.external_id))
        if row is None and box.prediction_id is not None:
            prediction = session.get(Prediction, box.prediction_id)
            if prediction is None or prediction.image_id != image.id:
                raise NotFound(f"prediction {box.prediction_id} is not on image {image.relpath!r}")
            row = session.scalar(select(Annotation).where(Annotation.prediction_id == box.prediction_id))
        if row is None:
            row = Annotation(image_id=image.id, prediction_id=box.prediction_id, external_id=box.external_id)
            session.add(row)
        elif row.image_id != image.id:
            raise NotFound(f"annotation {box.external_id!r} belongs to another image than {image.relpath!r}")
        changed = row.id is None or row.xyxy != xyxy or row.category_id != category.id or row.status != status
        if changed:
            row.x1, row.y1, row.x2, row.y2 = xyxy
            row.category_id, row.status, row.source, row.annotator = category.id, status, source, annotator
            row.updated_at = utcnow()
        session.flush()
        return row

    def add_annotation(
        self,
        image_id: int,
        xyxy: Sequence[float],
        category: str,
        source: str = "manual",
        prediction_id: int | None = None,
        annotator: str | None = None,
        status: str = "accepted",
        external_id: str | None = None,
    ) -> int:
        """Record a person's box; returns its annotation id.

        With ``prediction_id`` (an edited prediction) or ``external_id`` (e.g. a Label Studio
        region), an existing annotation for it is updated instead of adding a second one.
        """
        self._check_kind(source, status)
        box = BoxInput(xyxy=tuple(xyxy), class_name=category, prediction_id=prediction_id, external_id=external_id)

        def work(session: Session) -> int:
            image = self._claim_images(session, [image_id])[0]  # a decision, as accept's
            return self._upsert_annotation(session, image, box, source, status, annotator).id

        return self._write(work)

    def annotations(self, image_id: int, status: Literal["accepted", "rejected", "all"] = "accepted") -> sv.Detections:
        """An image's annotations as Detections (``data``: ``annotation_id``, ``class_name``,
        ``source``, ``status``, ``prediction_id``, ``external_id``), in id order."""
        query = select(Annotation).where(Annotation.image_id == image_id).order_by(Annotation.id)
        if status != "all":
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}: use 'accepted', 'rejected' or 'all'")
            query = query.where(Annotation.status == status)
        with self.read_session() as session:
            self._image(session, image_id)
            return detections_from_annotations(list(session.scalars(query)))

    def delete_annotations(self, annotation_ids: Sequence[int]) -> int:
        """Delete annotations by id (ids not in the store are ignored); returns how many went."""
        ids = [int(a) for a in annotation_ids]
        return self._write(lambda s: _deleted(s, delete(Annotation).where(Annotation.id.in_(ids))))

    def external_ids(self, prefix: str = "") -> list[str]:
        """The ``external_id`` of every annotation that starts with ``prefix`` (taken literally)."""
        with self.read_session() as session:
            query = select(Annotation.external_id).where(Annotation.external_id.is_not(None))
            if prefix:
                query = query.where(Annotation.external_id.startswith(prefix, autoescape=True))
            return list(session.scalars(query.order_by(Annotation.external_id)))

    def delete_annotations_by_external_id(self, external_ids: Sequence[str]) -> int:
        """Delete annotations by ``external_id`` (e.g. Label Studio region ids); returns how many went."""
        ids = [str(e) for e in external_ids]
        return self._write(lambda s: _deleted(s, delete(Annotation).where(Annotation.external_id.in_(ids))))

    def replace_annotations(
        self,
        image_id: int,
        boxes: sv.Detections | Iterable[BoxInput | tuple],
        source: str = "edited",
        annotator: str | None = None,
    ) -> list[int]:
        """Make the image's accepted boxes exactly ``boxes`` (what the person sees now), in one
        transaction; returns their annotation ids in input order.

        Boxes that carry ``annotation_id``, ``external_id`` or ``prediction_id`` update that
        annotation (``source`` is set only on boxes that changed); others are added. Accepted
        boxes no longer present are removed, except that one which came from a prediction
        becomes ``rejected`` (the model was wrong there, which is worth remembering).
        """
        self._check_kind(source, "accepted")
        items = boxes_from_any(boxes)

        def work(session: Session) -> list[int]:
            image = self._claim_images(session, [image_id])[0]  # decisions, as accept's
            kept = [self._upsert_annotation(session, image, box, source, "accepted", annotator).id for box in items]
            gone = session.scalars(select(Annotation).where(
                Annotation.image_id == image_id, Annotation.status == "accepted", Annotation.id.not_in(kept)))
            for row in gone:
                if row.prediction_id is not None:
                    row.status, row.annotator, row.updated_at = "rejected", annotator, utcnow()
                else:
                    session.delete(row)
            return kept

        return self._write(work)

    def set_external_annotations(
        self,
        image_id: int,
        external_prefix: str,
        boxes: Sequence[tuple[str, Sequence[float], str]],
        source: str = "label-studio",
        annotator: str | None = None,
    ) -> list[int]:
        """Make the accepted boxes whose ``external_id`` starts with ``external_prefix`` exactly
        ``boxes`` (``(external_id, xyxy, class_name)``), in one transaction: an outside tool's
        annotation (e.g. one Label Studio annotation) replaced as a whole or not at all. Returns
        the annotation ids in input order."""
        self._check_kind(source, "accepted")
        items = [BoxInput(xyxy=tuple(float(v) for v in xyxy), class_name=name, external_id=eid)
                 for eid, xyxy, name in boxes]
        if any(not (b.external_id or "").startswith(external_prefix) for b in items):
            raise ValueError(f"every external_id must start with {external_prefix!r}")

        def work(session: Session) -> list[int]:
            image = self._image(session, image_id)
            kept = [self._upsert_annotation(session, image, box, source, "accepted", annotator).id for box in items]
            session.execute(delete(Annotation).where(
                Annotation.external_id.startswith(external_prefix, autoescape=True), Annotation.id.not_in(kept)))
            return kept

        return self._write(work)

    # -- image-level tags -------------------------------------------------------------------------

    def add_tags(self, image_id: int, present: Sequence[str] = (), absent: Sequence[str] = (),
                 source: str = "manual", annotator: str | None = None) -> list[int]:
        """Tag an image with classes it shows (``present``) and, when a person says so, classes it
        does not (``absent``); categories are created on demand, a class tagged before is updated.
        Returns the tag ids, present first. An empty call or a class both present and absent is
        refused and nothing is written."""
        check_tags(present, absent, source)

        def work(session: Session) -> list[int]:
            image = self._image(session, image_id)
            return [row.id for row in upsert_tags(session, image, present, absent, source, annotator, self._category)]

        return self._write(work)

    def set_tags(self, image_id: int, present: Sequence[str] = (), absent: Sequence[str] = (),
                 source: str = "manual", annotator: str | None = None, only_this_source: bool = False,
                 among: Sequence[str] | None = None) -> list[int]:
        """Make the image's tags exactly these (what the person ticked now), in one transaction:
        the other tags of the image go. With ``only_this_source`` only the others from
        ``source`` go (a Label Studio annotation replaces Label Studio's tags, not the app's);
        with ``among`` only the others of these classes (the app offers its vocabulary's).
        Empty lists clear them."""
        check_tags(present, absent, source, allow_empty=True)
        among_keys = None if among is None else [" ".join(str(n).split()).casefold() for n in among]

        def work(session: Session) -> list[int]:
            image = self._image(session, image_id)
            kept = [row.id for row in upsert_tags(session, image, present, absent, source, annotator, self._category)]
            gone = delete(ImageTag).where(ImageTag.image_id == image_id, ImageTag.id.not_in(kept))
            if only_this_source:
                gone = gone.where(ImageTag.source == source)
            if among_keys is not None:
                gone = gone.where(ImageTag.category_id.in_(select(Category.id).where(Category.name_key.in_(among_keys))))
            session.execute(gone)
            return kept

        return self._write(work)

    def set_external_tags(self, image_id: int, external_id: str, present: Sequence[str], source: str = "label-studio",
                          annotator: str | None = None) -> list[int]:
        """Make the classes the outside annotation ``external_id`` picks on the image exactly
        ``present`` (one transaction); the image's ``source`` tags follow the picks of every such
        annotation (``storage.tags``: a class stays tagged while any annotation picks it; tags
        of other sources are left alone). Returns the tag ids of ``present``, in order."""
        check_tags(present, (), source, allow_empty=True)
        external_id = str(external_id)

        def work(session: Session) -> list[int]:
            self._image(session, image_id)
            wanted = list(dict.fromkeys(self._category(session, name).id for name in present))
            old = {pick.category_id: pick for pick in session.scalars(select(TagPick).where(
                TagPick.external_id == external_id, TagPick.image_id == image_id))}
            for category_id, pick in old.items():
                if category_id not in wanted:
                    session.delete(pick)
            for category_id in wanted:
                if category_id not in old:
                    session.add(TagPick(external_id=external_id, image_id=image_id, category_id=category_id,
                                        source=source, annotator=annotator))
            session.flush()
            follow_picks(session, image_id, [*old, *wanted], source, annotator)
            rows = {row.category_id: row.id for row in session.scalars(select(ImageTag).where(
                ImageTag.image_id == image_id, ImageTag.category_id.in_(wanted)))}
            return [rows[c] for c in wanted]

        return self._write(work)

    def delete_external_tags(self, external_ids: Sequence[str]) -> int:
        """Forget the picks of these outside annotations; a tag no other pick backs goes with
        them (tags of other sources stay). Returns how many tags went."""
        ids = [str(e) for e in external_ids]

        def work(session: Session) -> int:
            picks = list(session.scalars(select(TagPick).where(TagPick.external_id.in_(ids))))
            touched: dict[tuple[int, str], set[int]] = {}
            for pick in picks:
                touched.setdefault((pick.image_id, pick.source), set()).add(pick.category_id)
                session.delete(pick)
            session.flush()
            return sum(follow_picks(session, image_id, categories, source, None)
                       for (image_id, source), categories in touched.items())

        return self._write(work) if ids else 0

    def external_tag_ids(self, prefix: str = "") -> list[str]:
        """The ``external_id`` of every outside annotation with a tag pick, starting with ``prefix``."""
        with self.read_session() as session:
            query = select(TagPick.external_id).distinct()
            if prefix:
                query = query.where(TagPick.external_id.startswith(prefix, autoescape=True))
            return list(session.scalars(query.order_by(TagPick.external_id)))

    def tags(self, image_id: int) -> list[TagRecord]:
        """The image's tags, present ones first, each in the order it was first tagged."""
        with self.read_session() as session:
            self._image(session, image_id)
            rows = session.scalars(select(ImageTag).where(ImageTag.image_id == image_id)
                                   .order_by(ImageTag.present.desc(), ImageTag.id))
            return [TagRecord.from_row(row) for row in rows]

    def count_tags(self) -> int:
        """How many image-level tags the store holds (present and absent)."""
        with self.read_session() as session:
            return session.scalar(select(func.count()).select_from(ImageTag)) or 0

    def remove_tags(self, image_id: int, class_names: Sequence[str] | None = None) -> int:
        """Remove the image's tags of these classes (all its tags with None); returns how many went."""
        keys = None if class_names is None else [" ".join(str(n).split()).casefold() for n in class_names]

        def work(session: Session) -> int:
            self._image(session, image_id)
            query = delete(ImageTag).where(ImageTag.image_id == image_id)
            if keys is not None:
                query = query.where(ImageTag.category_id.in_(select(Category.id).where(Category.name_key.in_(keys))))
            return _deleted(session, query)

        return self._write(work)

    # -- views ------------------------------------------------------------------------------------

    def set_split(self, image_ids: Sequence[int], split: str | None) -> int:
        """Mark images as ``split`` (e.g. ``"val"``: held out from fine-tuning, see
        ``HELD_OUT_SPLITS``; ``"train"``: never held out; None: unmarked). Returns how many changed."""
        cleaned = None if split is None else (" ".join(str(split).split()) or None)

        def work(session: Session) -> int:
            changed = 0
            for image_id in image_ids:
                row = self._image(session, image_id)
                if row.split != cleaned:
                    row.split, changed = cleaned, changed + 1
            return changed

        return self._write(work)

    def training_set(self, hold_out: bool = False, external_prefix: str | None = None) -> TrainingSet:
        """Accepted boxes grouped by image (images without accepted boxes are left out of
        ``examples``), and as ``tag_examples`` the images with at least one present tag and no
        accepted box (an image with boxes is taught by its boxes). ``categories`` are those
        with an accepted box or a tag of a tag-only picture, in creation order.

        ``external_prefix``: only the accepted boxes whose ``external_id`` starts with it (taken
        literally; e.g. ``"label-studio:7:"``, one Label Studio project's boxes), and no
        ``tag_examples`` (tags carry no external id).

        ``hold_out=True``: pictures with accepted boxes whose split is one of ``HELD_OUT_SPLITS``
        (or, when none is, the automatic one-in-``AUTO_HOLD_OUT_EVERY`` hold-out once there are
        ``AUTO_HOLD_OUT_MIN_PICTURES``) leave ``examples`` for ``held_out``."""
        query = (select(Annotation.image_id, Annotation.category_id, Annotation.x1, Annotation.y1,
                        Annotation.x2, Annotation.y2)
                 .where(Annotation.status == "accepted").order_by(Annotation.image_id, Annotation.id))
        if external_prefix is not None:
            query = query.where(Annotation.external_id.startswith(external_prefix, autoescape=True))
        with self.read_session() as session:
            rows = session.execute(query).all()
            held: set[int] = set()
            if hold_out:
                held = self._held_out_images(session, {r.image_id for r in rows})
            held_rows = [r for r in rows if r.image_id in held]
            rows = [r for r in rows if r.image_id not in held]
            boxed = {r.image_id for r in rows} | held
            tag_rows = [] if external_prefix is not None else [t for t in session.execute(
                select(ImageTag.image_id, ImageTag.category_id, ImageTag.present).order_by(ImageTag.image_id, ImageTag.id)
            ).all() if t.image_id not in boxed]
            tagged = {t.image_id for t in tag_rows if t.present}
            tag_rows = [t for t in tag_rows if t.image_id in tagged]
            used = sorted({r.category_id for r in rows} | {t.category_id for t in tag_rows})
            held_used = sorted({r.category_id for r in held_rows})
            categories = {c.id: c for c in session.scalars(select(Category).where(Category.id.in_(used + held_used)))}
            index = {cid: i for i, cid in enumerate(used)}
            images = {i.id: i for i in session.scalars(select(Image).where(Image.id.in_(boxed | tagged)))}
        examples, tag_examples = _training_examples(rows, tag_rows, images, index)
        held_out = None
        if held_rows:
            held_out = TrainingSet(categories=[categories[c].name for c in held_used],
                                   synonyms=[list(categories[c].synonyms) for c in held_used],
                                   examples=_training_examples(held_rows, [], images,
                                                               {c: i for i, c in enumerate(held_used)})[0])
        return TrainingSet(
            categories=[categories[c].name for c in used],
            synonyms=[list(categories[c].synonyms) for c in used],
            examples=examples,
            tag_examples=tag_examples,
            held_out=held_out,
        )

    @staticmethod
    def _held_out_images(session: Session, boxed: set[int]) -> set[int]:
        """Which of the pictures with accepted boxes are held out (``training_set(hold_out=True)``)."""
        if not boxed:
            return set()
        pictures = session.execute(select(Image.id, Image.sha256, Image.split).where(Image.id.in_(boxed))).all()
        marked = {p.id for p in pictures if p.split is not None and p.split.casefold() in HELD_OUT_SPLITS}
        if marked or len(pictures) < AUTO_HOLD_OUT_MIN_PICTURES:
            return marked
        return {p.id for p in pictures if (p.split or "").casefold() != "train" and is_auto_held_out(p.sha256)}

    def stats(self) -> list[ClassStats]:
        """Per-category counts of predicted, accepted and rejected boxes, in creation order."""
        with self.read_session() as session:
            predicted = dict(session.execute(
                select(Prediction.category_id, func.count()).group_by(Prediction.category_id)).tuples().all())
            decided: dict[tuple[int, str], int] = {
                (cid, status): n for cid, status, n in session.execute(
                    select(Annotation.category_id, Annotation.status, func.count())
                    .group_by(Annotation.category_id, Annotation.status)).tuples()
            }
            return [
                ClassStats(c.name, predicted.get(c.id, 0), decided.get((c.id, "accepted"), 0), decided.get((c.id, "rejected"), 0))
                for c in session.scalars(select(Category).order_by(Category.id))
            ]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (images, categories, predictions, annotations)."""
        with self.read_session() as session:
            return {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (("images", Image), ("categories", Category),
                                    ("predictions", Prediction), ("annotations", Annotation))
            }

    # -- COCO -------------------------------------------------------------------------------------

    def export_coco(
        self,
        out_path: str | os.PathLike[str],
        status: Literal["accepted", "all"] = "accepted",
        include_scores: bool = False,
    ) -> ExportReport:
        """Write the labels as COCO JSON (atomically); see :func:`storage.coco.export_coco`."""
        return export_coco(self, out_path, status=status, include_scores=include_scores)

    def import_coco(
        self,
        coco_path: str | os.PathLike[str],
        images_dir: str | os.PathLike[str],
        status: Literal["accepted"] = "accepted",
        progress: Progress | None = None,
    ) -> ImportReport:
        """Merge a COCO JSON file (all or nothing); see :func:`storage.coco.import_coco`."""
        return import_coco(self, coco_path, images_dir, status=status, progress=progress)

    def import_captions(
        self,
        captions_path: str | os.PathLike[str],
        images_dir: str | os.PathLike[str],
        progress: Progress | None = None,
    ) -> ImportReport:
        """Tag pictures with the store's categories their captions name (all or nothing); see
        :func:`storage.coco.import_captions`."""
        return import_captions(self, captions_path, images_dir, self.categories(), progress=progress)
