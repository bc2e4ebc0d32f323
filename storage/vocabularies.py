"""The vocabularies people used, per picture folder: what the app opens with and offers again.

A use is recorded when a person confirms a vocabulary or labels with it, under the folder of
the picture on the canvas (an image's ``root``). The app opens with the last vocabulary used on
its picture folder, else the last one used in the store; the recent ones are offered, the
folder's first. Re-using a vocabulary moves it to the front, so the list never repeats one.

>>> from storage import Store
>>> store = Store.open("sqlite://")
>>> remember_vocabulary(store, "cat, dog", folder="/pics/a")
>>> remember_vocabulary(store, "pallet | skid", folder="/pics/b")
>>> last_vocabulary(store, folder="/pics/a"), last_vocabulary(store), last_vocabulary(store, folder="/pics/c")
('cat, dog', 'pallet | skid', 'pallet | skid')
>>> recent_vocabularies(store, folder="/pics/a")
['cat, dog', 'pallet | skid']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol, TypeVar

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from storage.models import VocabularyUse, utcnow

T = TypeVar("T")

#: How many vocabularies are offered again.
RECENT = 8


class VocabularyStore(Protocol):
    """What this module needs of ``storage.Store``."""

    def read_session(self) -> AbstractContextManager[Session]: ...

    def _write(self, work: Callable[[Session], T], attempts: int = 3) -> T: ...


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remember_vocabulary(store: VocabularyStore, text: str, folder: str | None = None) -> None:
    """Record that ``text`` (a vocabulary as ``Vocabulary.to_text`` writes it) was used now on
    ``folder`` (None: no picture open)."""
    text = text.strip()
    if not text:
        return
    folder_key, text_key = folder or "", _key(text)

    def work(session: Session) -> None:
        row = session.scalar(select(VocabularyUse).where(VocabularyUse.folder == folder_key,
                                                         VocabularyUse.text_key == text_key))
        if row is None:
            session.add(VocabularyUse(folder=folder_key, text_key=text_key, text=text, used_at=utcnow()))
        else:
            row.used_at = utcnow()

    store._write(work)


def recent_vocabularies(store: VocabularyStore, folder: str | None = None, limit: int = RECENT) -> list[str]:
    """The vocabularies used last, newest first: those used on ``folder`` first, then the store's."""
    here = func.max(case((VocabularyUse.folder == (folder or ""), 1), else_=0))  # 1: used on this folder
    last_use = func.max(VocabularyUse.used_at)
    with store.read_session() as session:
        rows = session.execute(
            select(VocabularyUse.text)
            .group_by(VocabularyUse.text_key, VocabularyUse.text)
            .order_by(here.desc(), last_use.desc(), VocabularyUse.text)
            .limit(limit)
        ).all()
    return [row.text for row in rows]


def last_vocabulary(store: VocabularyStore, folder: str | None = None) -> str | None:
    """The vocabulary used last on ``folder``, else the last one used in the store (None: none yet)."""
    recent = recent_vocabularies(store, folder, limit=1)
    return recent[0] if recent else None
