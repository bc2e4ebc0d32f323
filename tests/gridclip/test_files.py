"""gridclip.files: the one atomic write and the one path guard every room uses."""

from __future__ import annotations

import os
import stat

import pytest

from gridclip.files import PathOutsideRoot, relpath_under, resolve_under, write_atomically, write_text_atomically


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = write_text_atomically(tmp_path / "labels.json", "old")

    def half_then_crash(temp):
        temp.write_text("new but torn")
        raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError, match="killed"):
        write_atomically(target, half_then_crash)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labels.json"]


def test_the_written_file_gets_the_umask_mode_not_the_temporary_files_0600(tmp_path):
    previous = os.umask(0o027)
    try:
        path = write_text_atomically(tmp_path / "out.json", "{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize("relpath", ["../outside.png", "/etc/passwd", "a/../../x", "", "a\x00b"])
def test_paths_that_leave_their_root_are_refused(tmp_path, relpath):
    with pytest.raises(PathOutsideRoot):
        resolve_under(tmp_path, relpath)


def test_a_link_inside_the_root_that_points_outside_is_refused(tmp_path):
    outside = tmp_path.parent / f"{tmp_path.name}-outside.png"
    outside.write_bytes(b"x")
    (tmp_path / "link.png").symlink_to(outside)
    with pytest.raises(PathOutsideRoot, match="escapes its root"):
        resolve_under(tmp_path, "link.png")
    with pytest.raises(PathOutsideRoot, match="outside the image root"):
        relpath_under(tmp_path, tmp_path / "link.png")
    assert relpath_under(tmp_path, tmp_path / "a" / "b.png") == "a/b.png"


def test_the_stores_and_the_trainers_guards_are_this_one():
    from gridclip.training.data import DataError
    from gridclip.training.data import resolve_under as training_guard
    from storage import PathOutsideRoot as StorePathOutsideRoot
    from storage import resolve_under as store_guard

    with pytest.raises(StorePathOutsideRoot) as store_error:
        store_guard("/data", "../x")
    with pytest.raises(DataError) as training_error:
        training_guard("/data", "../x")
    assert isinstance(store_error.value, PathOutsideRoot)
    assert str(store_error.value) == str(training_error.value)
