"""The label store's tables (SQLAlchemy 2.0 typed ORM).

Boxes are ``x1, y1, x2, y2`` floats in original-image pixels, after EXIF transpose, clipped to
the image. A :class:`Prediction` is what a model said; an :class:`Annotation` is what a person
decided (accepted or rejected), optionally linked to the prediction it came from. An
:class:`ImageTag` is an image-level label: a person (or an imported data set) says a class is
in the picture, or that it is not, with no box. A :class:`TagPick` records which outside
annotation (one Label Studio annotation) picked which class, so its tags leave with it. A
:class:`VocabularyUse` remembers a vocabulary a person used, and on which picture folder.

>>> from sqlalchemy import create_engine
>>> engine = create_engine("sqlite://")
>>> Base.metadata.create_all(engine)
>>> sorted(Base.metadata.tables)
['annotations', 'categories', 'image_tag_picks', 'image_tags', 'images', 'model_versions', 'prediction_runs', 'predictions', 'vocabulary_uses']
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSES = ("accepted", "rejected")
# "imported" marks boxes merged from a COCO file (an addition to the four sources of the design).
SOURCES = ("predicted", "edited", "manual", "label-studio", "imported")
# Image-level tags: ticked in the app, chosen in Label Studio, or imported (COCO "tags", captions).
TAG_SOURCES = ("manual", "label-studio", "imported")


def utcnow() -> datetime:
    """Timestamps are stored in UTC."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class BoxColumns:
    """The four box coordinates shared by predictions and annotations."""

    x1: Mapped[float] = mapped_column(Float)
    y1: Mapped[float] = mapped_column(Float)
    x2: Mapped[float] = mapped_column(Float)
    y2: Mapped[float] = mapped_column(Float)

    @property
    def xyxy(self) -> tuple[float, float, float, float]:
        return (self.x1, self.y1, self.x2, self.y2)


class Image(Base):
    """An image file: ``root / relpath``, identified by the sha256 of its bytes."""

    __tablename__ = "images"
    __table_args__ = (UniqueConstraint("root", "relpath", name="uq_images_root_relpath"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    root: Mapped[str] = mapped_column(Text)  # absolute folder the relpath is relative to
    relpath: Mapped[str] = mapped_column(Text)  # POSIX separators
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    width: Mapped[int] = mapped_column(Integer)  # after EXIF transpose
    height: Mapped[int] = mapped_column(Integer)
    split: Mapped[str | None] = mapped_column(String(64), default=None)  # kept from a COCO import
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Category(Base):
    """A class; names are unique case-insensitively (``name_key`` is the casefolded name)."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    synonyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ModelVersion(Base):
    """A model that produced predictions; ``version`` is the detector's content fingerprint."""

    __tablename__ = "model_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(Text)
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    metrics: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    parent: Mapped[str | None] = mapped_column(String(200), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PredictionRun(Base):
    """That a model looked at an image with a vocabulary, even if it found nothing there."""

    __tablename__ = "prediction_runs"
    __table_args__ = (UniqueConstraint("image_id", "model_version_id", "vocabulary_text", name="uq_prediction_runs"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"), index=True)
    model_version_id: Mapped[int] = mapped_column(ForeignKey("model_versions.id"))
    vocabulary_text: Mapped[str] = mapped_column(Text)
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Prediction(BoxColumns, Base):
    """One box a model proposed, with the vocabulary and thresholds that produced it."""

    __tablename__ = "predictions"
    __table_args__ = (Index("ix_predictions_run", "image_id", "model_version_id", "vocabulary_text"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    model_version_id: Mapped[int] = mapped_column(ForeignKey("model_versions.id"))
    score: Mapped[float] = mapped_column(Float)
    vocabulary_text: Mapped[str] = mapped_column(Text)
    thresholds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    category: Mapped[Category] = relationship(lazy="joined")
    model_version: Mapped[ModelVersion] = relationship()


class Annotation(BoxColumns, Base):
    """A person's decision about one box.

    At most one annotation per prediction (``prediction_id`` unique), so accepting the same
    prediction twice, even from two processes at once, never duplicates it. ``external_id``
    (e.g. a Label Studio region id) makes upserts and deletes from outside idempotent.
    """

    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUSES!r}", name="ck_annotations_status"),
        CheckConstraint(f"source IN {SOURCES!r}", name="ck_annotations_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    prediction_id: Mapped[int | None] = mapped_column(
        ForeignKey("predictions.id", ondelete="SET NULL"), unique=True, default=None
    )
    annotator: Mapped[str | None] = mapped_column(Text, default=None)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    category: Mapped[Category] = relationship(lazy="joined")
    prediction: Mapped[Prediction | None] = relationship()


class ImageTag(Base):
    """An image-level label: ``present`` (the class is in the picture) or not (a person said it
    is absent). One row per (image, class), so a later decision replaces the earlier one;
    provenance as for boxes (source, annotator, times)."""

    __tablename__ = "image_tags"
    __table_args__ = (
        UniqueConstraint("image_id", "category_id", name="uq_image_tags_image_category"),
        CheckConstraint(f"source IN {TAG_SOURCES!r}", name="ck_image_tags_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(16))
    annotator: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    category: Mapped[Category] = relationship(lazy="joined")


class TagPick(Base):
    """One outside annotation's pick of a class on an image: ``external_id`` names the annotation
    (``label-studio:<project>:<annotation>:``). The image's tag of that class and ``source`` lives
    while at least one pick backs it (``Store.set_external_tags`` / ``delete_external_tags``);
    a tag another source set is never changed by picks."""

    __tablename__ = "image_tag_picks"
    __table_args__ = (
        UniqueConstraint("external_id", "image_id", "category_id", name="uq_image_tag_picks"),
        CheckConstraint(f"source IN {TAG_SOURCES!r}", name="ck_image_tag_picks_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), index=True)
    image_id: Mapped[int] = mapped_column(ForeignKey("images.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    source: Mapped[str] = mapped_column(String(16))
    annotator: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class VocabularyUse(Base):
    """A vocabulary a person used (confirmed, pre-labeled with), per picture folder (an image's
    ``root``; ``""``: no picture open), with when it was used last: the app opens with the last
    one and offers the recent ones (``storage.vocabularies``). Kept in the store, not in a file
    beside it, because a store can be a PostgreSQL URL shared by several annotators."""

    __tablename__ = "vocabulary_uses"
    __table_args__ = (UniqueConstraint("folder", "text_key", name="uq_vocabulary_uses_folder_text"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(Text)
    text_key: Mapped[str] = mapped_column(String(64))  # sha256 of text: a long vocabulary stays indexable
    text: Mapped[str] = mapped_column(Text)
    used_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
