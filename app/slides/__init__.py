"""The pemaparan: the head of region's presentation of the masterplan as a PowerPoint deck.

Owns the deck (``export_deck(path, out, lang)``, ``outline(lang)``): the 16:9
template in ``resources/slides/`` (built by ``tools/make_slide_template.py``),
text fitting (``fit``), slides and shapes (``canvas``), native charts
(``charts``) and the slides themselves (``opening``, ``plan``, ``roadmap``,
``closing``). Pure Python (python-pptx, no Qt). May import ``app.documents``
(the workbook snapshot ``Source``, its vocabulary and the atomic save),
``app.charts.data`` and ``app.budget`` (the chart snapshots), ``app.formatting``,
``app.i18n``, ``app.text``, ``app.paths``, ``app.model`` and ``app.storage``.
python-pptx is imported by the modules of this package only, which the CLI and
the Export page import when a deck is written.
"""

from __future__ import annotations

from pathlib import Path

from app import i18n
from app.errors import ValidationError
from app.progress import Progress, silent

KIND = "slides"
SUFFIX = ".pptx"


def outline(lang: str) -> list[str]:
    """Return the parts of the deck in ``lang`` (what the Export page lists)."""
    from app.slides.opening import AGENDA

    parts = ("Cover", "Agenda", *AGENDA)
    return [i18n.translate(part, lang) for part in parts]


def export_deck(path: Path, out: Path, lang: str = "id", progress: Progress = silent) -> None:
    """Write the pemaparan deck of the workbook at ``path`` to ``out`` (.pptx), atomically.

    ``progress`` is called with (done, total) and may raise to cancel: ``out``
    then keeps its old content. Raises RencanaError (ValidationError,
    WorkbookError, ExportError) with one sentence.
    """
    from app.documents import atomic, words  # noqa: F401  (words: the shared vocabulary)
    from app.documents.source import Source
    from app.slides import closing, facts, opening, plan, roadmap
    from app.slides.canvas import Deck
    from app.storage import safe

    if lang not in i18n.LANGUAGES:
        raise ValidationError("Unknown language {lang}: choose id or en.", lang=lang)
    if Path(out).suffix.lower() != SUFFIX:
        raise ValidationError("A slide deck is saved as .pptx: name the file {name}.",
                              name=Path(out).with_suffix(SUFFIX).name)
    db = safe.load_copy(Path(path))
    try:
        source = Source(db, lang)
        steps = 12 + len(source.dimensions) + len(source.quick_wins())
        deck = Deck(source, progress, steps)
        progress(0, steps)
        deck.footer = deck.t("Smart City Masterplan of {region}",
                             region=facts.region_name(source, lang)) + f" {facts.period(source)}"
        for part in (opening.cover, opening.agenda, opening.profile, opening.swot,
                     opening.vision, opening.targets):
            part(deck)
            deck.step()
        plan.section(deck, deck.t("Programmes per dimension"), deck.t(PROGRAMMES_TEXT,
                     count=len(source.programmes), dimensions=len(source.dimensions)),
                     deck.t(PROGRAMMES_NOTES))
        plan.dimensions(deck)
        roadmap.roadmap(deck)
        deck.step()
        plan.budget(deck)
        deck.step()
        plan.section(deck, deck.t("Quick Wins"), deck.t(QUICK_WINS_TEXT,
                     count=len(source.quick_wins())), deck.t(QUICK_WINS_NOTES))
        closing.quick_wins(deck)
        closing.governance(deck)
        deck.step()
        closing.commitment(deck)
        deck.step()
        atomic.save(deck.prs, Path(out))
    finally:
        db.conn.close()
    progress(steps, steps)


PROGRAMMES_TEXT = "{count} programmes in {dimensions} dimensions"
PROGRAMMES_NOTES = ("Next, each dimension: its key programmes, who leads them, when they run, "
                    "their KPI and budget.")
QUICK_WINS_TEXT = "{count} programmes that show results within a year"
QUICK_WINS_NOTES = ("Quick wins sharpen existing services and show results in 6 to 12 months; "
                    "one slide each.")

i18n.register({
    "Cover": "Sampul",
    "A slide deck is saved as .pptx: name the file {name}.":
        "Salindia disimpan sebagai .pptx: beri nama berkas {name}.",
    PROGRAMMES_TEXT: "{count} program dalam {dimensions} dimensi",
    PROGRAMMES_NOTES: ("Berikutnya setiap dimensi: program utamanya, OPD pengampu, waktu "
                       "pelaksanaan, IKU dan anggarannya."),
    QUICK_WINS_TEXT: "{count} program yang menunjukkan hasil dalam setahun",
    QUICK_WINS_NOTES: ("Quick win mempertajam layanan yang sudah ada dan menunjukkan hasil dalam "
                       "6 sampai 12 bulan; satu salindia untuk setiap quick win."),
})
