"""Image-level tags: a class is in the picture (or, when a person says so, is not), no box.

The rows are :class:`storage.models.ImageTag`, one per (image, class): a later decision about
the same class replaces the earlier one. :class:`storage.Store` offers ``add_tags``,
``set_tags``, ``tags`` and ``remove_tags``; ``training_set()`` turns pictures that have tags
and no accepted box into tag-only training pictures (gridclip's ``TagExample``).

Tags an outside tool's annotations pick (Label Studio ``<Choices>``) go through
``set_external_tags`` / ``delete_external_tags``, which keep one :class:`storage.models.TagPick`
per (annotation, image, class). The rule: a class is tagged present, with that tool's source,
while at least one of its annotations picks it; when the last pick goes (the annotation is
deleted, or updated without it), the tag goes too. A tag of another source (ticked in the app,
imported) is never changed or removed by picks, and a tag of the tool's source that no pick
backs (written before picks were recorded) stays until a pick of that class comes and goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import TAG_SOURCES, Category, Image, ImageTag, TagPick, utcnow


@dataclass(frozen=True)
class TagRecord:
    """One image-level label as handed out: the class, present or absent, and who said so."""

    tag_id: int
    class_name: str
    present: bool
    source: str
    annotator: str | None
    updated_at: datetime

    @classmethod
    def from_row(cls, row: ImageTag) -> TagRecord:
        return cls(row.id, row.category.name, bool(row.present), row.source, row.annotator, row.updated_at)


def check_tags(present: Sequence[str], absent: Sequence[str], source: str, allow_empty: bool = False) -> None:
    """Refuse a tag call that says nothing, contradicts itself or names an unknown source."""
    if source not in TAG_SOURCES:
        raise ValueError(f"unknown tag source {source!r}: use one of {', '.join(TAG_SOURCES)}")
    for names in (present, absent):
        if isinstance(names, str):
            raise ValueError(f"tags must be a list of class names, got the string {names!r}")
    if not allow_empty and not present and not absent:
        raise ValueError("the tag list is empty: name at least one class present or absent")
    both = {" ".join(str(n).split()).casefold() for n in present} & {" ".join(str(n).split()).casefold() for n in absent}
    if both:
        raise ValueError(f"classes {sorted(both)} are tagged both present and absent")


def upsert_tags(session: Session, image: Image, present: Iterable[str], absent: Iterable[str], source: str,
                annotator: str | None, category: Callable[[Session, str], Category]) -> list[ImageTag]:
    """Write the image's tags for these classes (created on demand by ``category``); a class
    already tagged is updated in place. Returns the rows, present ones first."""
    rows = []
    existing = {row.category_id: row for row in session.scalars(select(ImageTag).where(ImageTag.image_id == image.id))}
    for names, is_present in ((present, True), (absent, False)):
        for name in names:
            cat = category(session, name)
            row = existing.get(cat.id)
            if row is None:
                row = ImageTag(image_id=image.id, category_id=cat.id, present=is_present, source=source,
                               annotator=annotator)
                session.add(row)
                existing[cat.id] = row
            elif row.present != is_present or row.source != source or row.annotator != annotator:
                row.present, row.source, row.annotator, row.updated_at = is_present, source, annotator, utcnow()
            rows.append(row)
    session.flush()
    return rows


def follow_picks(session: Session, image_id: int, category_ids: Iterable[int], source: str,
                 annotator: str | None) -> int:
    """Make the image's tags of these classes follow the picks of ``source`` (the rule of the
    module doc): a picked class without a tag gets one (present, ``source``, ``annotator``), a
    ``source`` tag no pick backs any more goes; tags of other sources stay. Returns how many went."""
    ids = sorted(set(category_ids))
    if not ids:
        return 0
    backed = set(session.scalars(select(TagPick.category_id).where(
        TagPick.image_id == image_id, TagPick.source == source, TagPick.category_id.in_(ids))))
    rows = {row.category_id: row for row in session.scalars(select(ImageTag).where(
        ImageTag.image_id == image_id, ImageTag.category_id.in_(ids)))}
    removed = 0
    for category_id in ids:
        row = rows.get(category_id)
        if category_id in backed:
            if row is None:
                session.add(ImageTag(image_id=image_id, category_id=category_id, present=True, source=source,
                                     annotator=annotator))
            elif row.source == source and not row.present:
                row.present, row.annotator, row.updated_at = True, annotator, utcnow()
        elif row is not None and row.source == source:
            session.delete(row)
            removed += 1
    session.flush()
    return removed
