"""What a document still lacks before it can go out for signature, and where that is entered.

``missing(db, kind, session)`` is pure (it only reads): the command line refuses
to export while the list is not empty (unless ``--draft``), and the Export page
lists the same items, each with the page (and part of it) where it is entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app import i18n, model
from app.storage import rows

if TYPE_CHECKING:
    import sqlite_utils

SESSION_KINDS = ("minutes", "attendance", "commitment")


@dataclass(frozen=True)
class Missing:
    """One thing a document needs that the workbook does not hold yet.

    ``page`` names the window's page where it is entered (``sessions``,
    ``vision``, ``programmes``, ``people``, ``export``), ``part`` the tab or
    box on it, ``target`` the record to show (a session id), if any.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    page: str = ""
    part: str = ""
    target: str = ""

    def sentence(self, lang: str = "en") -> str:
        """Return the item as one sentence in ``lang``."""
        return i18n.translate(self.template, lang).format(**self.params)


def missing(db: sqlite_utils.Database, kind: str, session: int | None = None) -> list[Missing]:
    """Return what document ``kind`` (of session number ``session``) still needs, in order."""
    if kind in SESSION_KINDS:
        return _session_needs(db, kind, session)
    return _book_needs(db, kind)


def _session_needs(db: sqlite_utils.Database, kind: str, number: int | None) -> list[Missing]:
    sessions = rows.select(db, model.Session)
    if not sessions:
        return [Missing(NO_SESSIONS, page="sessions")]
    if number is None or not 1 <= number <= len(sessions):
        return [Missing(NO_SUCH_SESSION, {"number": number, "count": len(sessions)},
                        page="sessions")]
    session = sessions[number - 1]
    name = {"session": session.title}

    def need(template: str, part: str) -> Missing:
        return Missing(template, name, "sessions", part, session.id)

    found: list[Missing] = []
    if kind == "attendance":
        if not rows.count(db, model.Attendance, session_id=session.id):
            found.append(need(NO_ATTENDANCE, "attendance"))
        return found
    if kind == "minutes":
        items = rows.select(db, model.MinutesItem, session_id=session.id)
        if not any(i.kind == "point" for i in items):
            found.append(need(NO_POINTS, "minutes"))
        if not rows.count(db, model.AgreedItem, session_id=session.id):
            found.append(need(NO_AGREED, "agreed"))
    if kind == "commitment" and not rows.count(db, model.AgreedItem, session_id=session.id):
        found.append(need(NO_COMMITMENTS, "agreed"))
    if not rows.count(db, model.Signatory, session_id=session.id):
        found.append(need(NO_SIGNATORIES, "signatories"))
    return found


def _book_needs(db: sqlite_utils.Database, kind: str) -> list[Missing]:
    books = rows.select(db, model.Workbook)
    book = books[0] if books else model.Workbook(region="")
    settings = {s.id: s.value.strip() for s in rows.select(db, model.DocSetting)}
    found: list[Missing] = []
    if not (settings.get("sign_name") or book.head_of_region.strip()):
        found.append(Missing(NO_HEAD, page="export", part="settings"))
    if not book.vision.strip():
        found.append(Missing(NO_VISION, page="vision", part="vision"))
    if kind in ("masterplan", "analysis", "summary") and not rows.count(db, model.Mission):
        found.append(Missing(NO_MISSIONS, page="vision", part="missions"))
    programmes = rows.select(db, model.Programme)
    if kind in ("masterplan", "summary") and not programmes:
        found.append(Missing(NO_PROGRAMMES, page="programmes"))
    if kind == "quickwins" and not any(p.is_quick_win for p in programmes):
        found.append(Missing(NO_QUICK_WINS, page="programmes"))
    if kind == "analysis" and not any(r.rating for r in rows.select(db, model.Readiness)):
        found.append(Missing(NO_READINESS, page="analysis", part="readiness"))
    return found


NO_SESSIONS = "The workbook has no sessions yet: add one on the Sessions page."
NO_SUCH_SESSION = "There is no session {number}: choose a number from 1 to {count}."
NO_ATTENDANCE = "Nobody is registered for {session} yet (Sessions, Attendance)."
NO_POINTS = "The minutes of {session} hold no points discussed yet (Sessions, Minutes)."
NO_AGREED = ("{session} has no agreed items for the official record (Berita Acara) yet "
             "(Sessions, Agreed items).")
NO_COMMITMENTS = ("{session} has no commitment points yet: enter them as agreed items "
                  "(Sessions, Agreed items).")
NO_SIGNATORIES = "{session} has no signatories for the signature blocks yet (Sessions, " \
                 "Signatories)."
NO_HEAD = "The head of region who signs the book is not named yet (Export, Document settings)."
NO_VISION = "The vision is not written yet (Vision and goals)."
NO_MISSIONS = "The plan has no missions yet (Vision and goals)."
NO_PROGRAMMES = "The plan has no programmes yet (Programmes)."
NO_QUICK_WINS = "No programme is marked as a quick win yet (Programmes)."
NO_READINESS = "No readiness rating has been given yet (Analysis, Readiness)."

i18n.register({
    NO_SESSIONS: "Buku kerja ini belum memiliki sesi: tambahkan di halaman Sesi.",
    NO_ATTENDANCE: "Belum ada peserta yang terdaftar untuk {session} (Sesi, Daftar hadir).",
    NO_POINTS: "Notulen {session} belum memuat pokok bahasan (Sesi, Notulen).",
    NO_AGREED: ("{session} belum memiliki butir kesepakatan untuk Berita Acara "
                "(Sesi, Kesepakatan)."),
    NO_COMMITMENTS: ("{session} belum memiliki butir komitmen: isikan sebagai butir "
                     "kesepakatan (Sesi, Kesepakatan)."),
    NO_SIGNATORIES: ("{session} belum memiliki penanda tangan untuk blok tanda tangan "
                     "(Sesi, Penanda tangan)."),
    NO_HEAD: ("Kepala daerah yang menandatangani buku belum diisi (Ekspor, Pengaturan "
              "dokumen)."),
    NO_VISION: "Visi belum ditulis (Visi dan tujuan).",
    NO_MISSIONS: "Rencana belum memiliki misi (Visi dan tujuan).",
    NO_PROGRAMMES: "Rencana belum memiliki program (Program).",
    NO_QUICK_WINS: "Belum ada program yang ditandai sebagai quick win (Program).",
    NO_READINESS: "Belum ada penilaian kesiapan (Analisis, Kesiapan).",
})
