"""dashboard.ui: uploads go through the real ingest and stay traceable; counts fit their tiles."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from _fixture_db import build_fixture_db
from dashboard import ui
from dashboard.db import Database

REPORT = (
    "date 2025-10-01\n"
    "Russia and China sign grain deal\n"
    "wire report · Test Wire\n\n"
    "Russia and China signed a grain trade agreement in Moscow on 1 October 2025.\n"
)


def _database(tmp_path: Path) -> Path:
    live = tmp_path / "db" / "live.duckdb"
    live.parent.mkdir()
    shutil.copy(build_fixture_db(tmp_path / "fixture.duckdb"), live)
    return live


def test_a_stored_upload_keeps_its_file_and_a_refused_one_leaves_nothing(tmp_path: Path) -> None:
    live = _database(tmp_path)
    result = ui.ingest_uploads([("grain deal.txt", REPORT.encode()), ("broken.pdf", b"not a pdf")], live)

    assert result.error is None
    assert result.added == 1
    by_name = {o.name: o for o in result.outcomes}
    assert by_name["grain deal.txt"].outcome == "stored"
    assert by_name["broken.pdf"].outcome == "failed"

    stored = Database(live).query("SELECT path FROM documents WHERE id = $id",
                                  {"id": by_name["grain deal.txt"].document_id})
    path = Path(stored["path"][0])
    # The document's path is the kept upload beside the database, not a vanished temporary file.
    assert path.read_text(encoding="utf-8") == REPORT
    assert path.parent.parent == live.parent / "uploads"
    assert not (path.parent / "broken.pdf").exists()


def test_an_upload_that_adds_nothing_is_not_reported_as_added(tmp_path: Path) -> None:
    live = _database(tmp_path)
    result = ui.ingest_uploads([("broken.pdf", b"not a pdf")], live)

    assert result.added == 0
    assert [o.outcome for o in result.outcomes] == ["failed"]
    uploads = live.parent / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())  # the refused file was not kept


@pytest.mark.parametrize("n, shown", [(0, "0"), (987, "987"), (9_999, "9,999"), (10_000, "10.0k"), (87_654, "87.7k"),
                                      (187_129, "187k"), (999_499, "999k"), (1_250_000, "1.2M"), (12_000_000, "12.0M")])
def test_a_tile_count_is_exact_while_short_and_rounded_beyond(n: int, shown: str) -> None:
    assert ui.fmt_count(n) == shown
