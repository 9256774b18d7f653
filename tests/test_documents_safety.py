"""Exports survive hostile text; a failed export leaves the old file as it was and no debris."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import model, ops, workbooks
from app.documents import KINDS, export_document
from app.documents.atomic import ExportError
from app.documents.source import Source
from app.documents.tables import Column
from app.documents.writer import Book, Signer
from app.storage import safe
from tests.helpers import ROOT, run_cli_on_full_disk

WEIRD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\ufffe",
         "\uffff", "\u200e", "\u200f", "\u202e", "\u2066", "\u2028", "\U0001F600",
         "\U0001F469\u200d\U0001F469\u200d\U0001F467", "e\u0301", "\u0651",
         "\u05e9\u05dc\u05d5\u05dd", "\u0639\u0631\u0628\u064a", "<&>\"'", "\t", "\n", "\r\n"]
# Text as a hostile file could hold it (SQLite stores no lone surrogates).
STORED = st.lists(st.one_of(st.sampled_from(WEIRD), st.characters(
    codec="utf-8", exclude_categories=("Cs",))), max_size=40).map("".join)
# Text as Python could hand it to the writer (lone surrogates included).
ANY = st.lists(st.one_of(st.sampled_from([*WEIRD, "\ud800", "\udfff"]), st.characters()),
               max_size=40).map("".join)


def small_workbook(path: Path) -> Path:
    """Write a small workbook holding one of everything a document prints; return its path."""
    book = model.Workbook(region="Kota Uji", province="Jawa Timur", head_of_region="Budi",
                          plan_start=2020, plan_end=2022, vision="Visi", profile="Profil")
    wb = workbooks.new_workbook(path, book)
    try:
        _fill(wb)
    finally:
        wb.close()
    return path


def _fill(wb: object) -> None:
    from app.storage import rows

    dims = rows.select(wb.db, model.Dimension)
    comp = rows.select(wb.db, model.Component)[0]
    source = rows.select(wb.db, model.FundingSource)[0]
    with ops.Action(wb, "fill") as act:
        org = act.put(model.Organisation(name="Dinas Komunikasi", abbreviation="Diskominfo"))
        person = act.put(model.Person(name="Ani", position="Kepala", organisation_id=org,
                                      roles="dewan", nip="1980"))
        session = act.put(model.Session(title="Bimtek I", stage="I", start_date="2020-07-04",
                                        end_date="2020-07-05", venue="Aula"))
        for day in ("2020-07-04", "2020-07-05"):
            act.put(model.Attendance(id=model.natural_id("attendance", session, person, day),
                                     session_id=session, person_id=person, day=day,
                                     present=True))
        for kind in model.MINUTES_KINDS:
            act.put(model.MinutesItem(session_id=session, kind=kind, text="Catatan",
                                      owner="Ani", due_date="2020-08-01"))
        act.put(model.AgreedItem(session_id=session, text="Sepakat"))
        act.put(model.Signatory(session_id=session, person_id=person, name="Ani",
                                title="Kepala Dinas", nip="1980"))
        act.put(model.Mission(text="Misi"))
        card = act.put(model.Card(kind="strength", text="Kuat", dimension_id=dims[0].id,
                                  session_id=session))
        act.put(model.Readiness(id=model.natural_id("readiness", comp.id, dims[0].id),
                                component_id=comp.id, dimension_id=dims[0].id, rating=3,
                                narrative="Narasi"))
        act.put(model.Evidence(component_id=comp.id, dimension_id=dims[0].id, text="Data",
                               source="BPS"))
        goal = act.put(model.Goal(dimension_id=dims[0].id, text="Tujuan", indicator="Ind"))
        act.put(model.GoalTarget(goal_id=goal, year=2021, target="10"))
        for phase in ("quick_win", "medium"):
            prog = act.put(model.Programme(code=f"P-{phase}", dimension_id=dims[0].id,
                                           name="Program", phase=phase, start_year=2020,
                                           end_year=2021, lead_org_id=org, description="D"))
            act.put(model.Budget(id=model.natural_id("budgets", prog, 2020, source.id),
                                 programme_id=prog, year=2020, source_id=source.id,
                                 amount=1_500_000))
            kpi = act.put(model.Kpi(programme_id=prog, indicator="KPI", unit="%"))
            act.put(model.KpiTarget(kpi_id=kpi, year=2021, target="50"))
            act.put(model.ProgrammeOrigin(id=model.natural_id("programme_origins", prog, card),
                                          programme_id=prog, card_id=card))
            act.put(model.Milestone(programme_id=prog, year=2021, title="Tonggak"))
            act.put(model.QuickWinUpdate(programme_id=prog, date="2020-09-01", percent=40,
                                         note="Catatan"))
        for key in ("foreword_id", "sign_place", "sign_name", "sign_title", "font"):
            act.put(model.DocSetting(id=key, value="Teks"))


def poison(path: Path, texts: list[str]) -> None:
    """Overwrite every text field of every user row with hostile ``texts``, bypassing checks."""
    conn = sqlite3.connect(path)
    try:
        number = 0
        for cls in model.RECORDS:
            for name, rule in cls.rules().items():
                if rule.kind == "text":
                    conn.execute(f"UPDATE [{cls.TABLE}] SET [{name}] = ?",
                                 [texts[number % len(texts)]])
                    number += 1
        conn.commit()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def clean_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a small workbook written once for this module (copy it before changing it)."""
    return small_workbook(tmp_path_factory.mktemp("small") / "small.rencana")


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(STORED, min_size=1, max_size=8), kind=st.sampled_from(KINDS),
       lang=st.sampled_from(["id", "en"]))
def test_hostile_text_in_every_field_still_exports(clean_book: Path, tmp_path_factory:
                                                   pytest.TempPathFactory, texts: list[str],
                                                   kind: str, lang: str) -> None:
    """Controls, U+FFFE, bidi marks, emoji, combining marks in every field: the export opens."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "h.rencana"
    path.write_bytes(clean_book.read_bytes())
    poison(path, [*texts, "x" * 300])
    out = folder / "out.docx"
    export_document(path, kind, out, lang=lang)
    assert docx.Document(str(out)).paragraphs
    assert sorted(p.name for p in folder.iterdir()) == ["h.rencana", "out.docx"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_exports_with_every_hostile_character_and_long_texts(
        clean_book: Path, tmp_path: Path, kind: str) -> None:
    """Each weird character in some field, 300-character titles and a 1 MB text: it still opens."""
    path = tmp_path / "h.rencana"
    path.write_bytes(clean_book.read_bytes())
    poison(path, [*WEIRD, "T" * 300, "".join(WEIRD) * 20, ("long note " * 100_000)[:1_000_000]])
    out = tmp_path / "out.docx"
    export_document(path, kind, out)
    assert docx.Document(str(out)).paragraphs


@settings(max_examples=30, deadline=None)
@given(text=ANY)
def test_every_way_text_enters_a_document_cleans_it(tmp_path_factory: pytest.TempPathFactory,
                                                    clean_book: Path, text: str) -> None:
    """Headings, paragraphs, captions, table cells and signatures accept any Python string."""
    book = Book(Source(safe.load_copy(clean_book), "id"), "a4")
    book.chapter(text)
    book.heading(text)
    book.subheading(text)
    book.paragraph(text)
    book.paragraphs(text)
    book.bullets([text])
    book.table([Column(text, 3), Column("b", 3)], [(text, text)], caption=text)
    book.signatures([Signer(title=text, name=text, nip=text, above=text)])
    out = tmp_path_factory.mktemp("any") / "any.docx"
    book.doc.save(str(out))
    assert docx.Document(str(out)).paragraphs


# -- failed exports -------------------------------------------------------------------------


@pytest.fixture
def old_export(clean_book: Path, tmp_path: Path) -> Path:
    """Return an existing export in its own folder, to be overwritten by the tests."""
    out = tmp_path / "out" / "summary.docx"
    out.parent.mkdir()
    export_document(clean_book, "summary", out)
    return out


def test_a_cancel_midway_leaves_the_old_file_and_no_temporary_file(
        clean_book: Path, old_export: Path) -> None:
    """A progress callback that raises halfway cancels: same bytes, nothing else in the folder."""
    before = old_export.read_bytes()
    calls = []

    def cancel(done: int, total: int) -> None:
        calls.append(done)
        if done >= total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_document(clean_book, "masterplan", old_export, progress=cancel)
    assert old_export.read_bytes() == before
    assert os.listdir(old_export.parent) == ["summary.docx"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_really_full_disk_is_one_sentence_keeps_the_old_file_and_leaves_no_debris(
        clean_book: Path, old_export: Path, lang: str) -> None:
    """A real ENOSPC while saving: one sentence and no traceback, the old bytes, no temp file."""
    before = old_export.read_bytes()
    done, after = run_cli_on_full_disk(old_export.parent, "export", str(clean_book), "--doc",
                                       "masterplan", "-o", str(old_export),
                                       env={"RENCANA_LANG": lang})
    assert done.returncode == 1
    sentence = {"en": "Cannot write summary.docx: the disk is full.",
                "id": "Tidak dapat menulis summary.docx: disk penuh."}[lang]
    assert done.stderr.strip().splitlines()[-1] == sentence
    assert "Traceback" not in done.stderr and ".tmp" not in done.stderr
    assert (after / "summary.docx").read_bytes() == before
    assert os.listdir(after) == ["summary.docx"]


def test_an_export_killed_mid_write_leaves_the_old_file_and_the_next_export_sweeps(
        clean_book: Path, old_export: Path) -> None:
    """kill -9 while the document is half written: old file intact; next export leaves no temp."""
    before = old_export.read_bytes()
    script = KILLED_EXPORT.format(root=str(ROOT), book=str(clean_book), out=str(old_export))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=600,
                          check=False)
    assert done.returncode == -signal.SIGKILL
    assert old_export.read_bytes() == before
    left = [name for name in os.listdir(old_export.parent) if name != "summary.docx"]
    assert left and left[0].endswith(".tmp")  # the half-written file the killed export left
    export_document(clean_book, "summary", old_export)
    assert os.listdir(old_export.parent) == ["summary.docx"]
    assert docx.Document(str(old_export)).paragraphs


KILLED_EXPORT = """
import os, signal, sys
sys.path.insert(0, {root!r})
from pathlib import Path
import app.atomic as atomic
from app.documents import export_document

def half_then_die(temp, data):
    with temp.open("wb") as stream:
        stream.write(bytes(data)[: len(data) // 2])
        stream.flush()
        os.kill(os.getpid(), signal.SIGKILL)

atomic._write = half_then_die
export_document(Path({book!r}), "masterplan", Path({out!r}))
"""


def test_a_read_only_folder_is_one_sentence_and_the_old_file_stays(
        clean_book: Path, old_export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without write permission on the folder: one sentence naming it; the old file untouched."""
    before = old_export.read_bytes()
    old_export.parent.chmod(0o500)
    if os.access(old_export.parent, os.W_OK):  # root writes anyway: refuse as the OS would
        real_open = Path.open

        def refused(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.parent == old_export.parent and "w" in str(args[:1]):
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refused)
    try:
        with pytest.raises(ExportError) as caught:
            export_document(clean_book, "summary", old_export)
        assert caught.value.message("en") == (
            "Cannot write summary.docx: the folder is read-only or you may not write there; "
            "choose another folder.")
    finally:
        old_export.parent.chmod(0o700)
    assert old_export.read_bytes() == before
    assert os.listdir(old_export.parent) == ["summary.docx"]


def test_a_missing_folder_and_a_locked_target_are_one_sentence_each(
        clean_book: Path, old_export: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that is gone, and a target Word holds open (rename refused), each one sentence."""
    with pytest.raises(ExportError, match="does not exist: choose another folder"):
        export_document(clean_book, "summary", old_export.parent / "gone" / "x.docx")
    before = old_export.read_bytes()
    monkeypatch.setattr("app.atomic.PAUSE", 0)

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="close it in Word or choose another name"):
        export_document(clean_book, "summary", old_export)
    assert old_export.read_bytes() == before
    assert os.listdir(old_export.parent) == ["summary.docx"]
