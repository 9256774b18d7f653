"""The last part of the deck: one slide per quick win, governance, commitment and next steps."""

from __future__ import annotations

from typing import Any

from app import i18n, model
from app.formatting import date_range, long_date, number, rupiah, year_range
from app.slides import facts, fit
from app.slides.canvas import CONTENT, GREY, INK, MIST, NAVY, Box, Deck, clean, tint

NAMES_SHOWN = 8  # members listed per body (legible from the back); the rest are counted


def quick_wins(deck: Deck) -> None:
    """One slide per quick win: problem, solution, users; owner, timeline, progress, budget."""
    for prog in deck.source.quick_wins():
        _quick_win(deck, prog)
        deck.step()


def _quick_win(deck: Deck, prog: model.Programme) -> None:
    src = deck.source
    colour = facts.colour_of(src, prog.dimension_id)
    dim = src.dimension(prog.dimension_id)
    slide = deck.slide("Title Only", f"{prog.code} {prog.name}".strip(),
                       _quick_win_notes(deck, prog))
    deck.label(slide, Box(CONTENT.left, CONTENT.top, 2.6, 0.4),
               src.name(dim) if dim else deck.t("Quick win"), colour, 13)
    deck.text(slide, Box(CONTENT.left + 2.75, CONTENT.top, 4.5, 0.4),
              deck.t("Quick win · {years}", years=year_range(prog.start_year, prog.end_year)),
              13, 9, colour=GREY, anchor="m")
    left = Box(CONTENT.left, CONTENT.top + 0.6, 7.2, CONTENT.height - 0.6)
    blocks = [(deck.t("Problem"), prog.problem, 1.0, 20),  # at most 4.75 in with headings
              (deck.t("What we do"), prog.description or prog.aim, 1.65, 18),
              (deck.t("Target users"), prog.target_users, 0.7, 18)]
    top = left.top
    for heading, text, height, size in blocks:
        deck.text(slide, Box(left.left, top, left.width, 0.32), heading, 13, 10, bold=True,
                  colour=colour)
        body = clean(text) or deck.t("None recorded.")
        box = Box(left.left, top + 0.32, left.width, height)
        box = Box(box.left, box.top, box.width, deck.measure(body, box, size, 10))
        deck.text(slide, box, body, size, 10)
        top = box.bottom + 0.2
    _panel(deck, slide, prog, colour, Box(8.05, CONTENT.top + 0.6, CONTENT.right - 8.05,
                                          CONTENT.height - 0.6))


def _panel(deck: Deck, slide: Any, prog: model.Programme, colour: str, box: Box) -> None:
    """Owner, timeline, progress bar and budget, in a light panel on the right."""
    src = deck.source
    deck.rect(slide, box, MIST)
    inner = box.inset(0.2, 0.12)
    owner = src.organisation_name(prog.lead_org_id) or deck.t("Not set")
    partners = ", ".join(src.organisation(p.organisation_id)
                         for p in src.partners.get(prog.id, []))
    milestones = [f"{m.year}: {m.title}" for m in src.milestones.get(prog.id, [])]
    rows = [(deck.t("Owner"), owner + (f" ({deck.t('with')} {partners})" if partners else ""),
             0.8),
            (deck.t("Timeline"), "\n".join([year_range(prog.start_year, prog.end_year),
                                            *milestones]), 0.8)]
    top = inner.top
    for heading, text, height in rows:
        deck.text(slide, Box(inner.left, top, inner.width, 0.3), heading, 12, 10, bold=True,
                  colour=GREY)
        box = Box(inner.left, top + 0.3, inner.width, height)
        box = Box(box.left, box.top, box.width, deck.measure(text, box, 15, 9))
        deck.text(slide, box, text, 15, 9, colour=INK)
        top = box.bottom + 0.12
    _progress_and_budget(deck, slide, prog, colour, Box(inner.left, inner.bottom - 1.9,
                                                        inner.width, 1.9))


def _progress_and_budget(deck: Deck, slide: Any, prog: model.Programme, colour: str,
                         box: Box) -> None:
    """The latest progress (number, date, bar) and the budget, in the panel's last 1.9 in."""
    done = facts.progress(deck.source, prog.id)
    deck.text(slide, Box(box.left, box.top, box.width, 0.28), deck.t("Progress"), 12, 10,
              bold=True, colour=GREY)
    deck.text(slide, Box(box.left, box.top + 0.28, 1.6, 0.55), f"{done.percent}%", 30, 20,
              bold=True, colour=colour, anchor="m")
    as_of = deck.t("as of {date}", date=long_date(done.date, deck.lang)) if done.date else (
        deck.t("no report yet"))
    deck.text(slide, Box(box.left + 1.65, box.top + 0.28, box.width - 1.65, 0.55), as_of, 13,
              9, colour=GREY, anchor="m")
    track = Box(box.left, box.top + 0.9, box.width, 0.18)
    deck.rect(slide, track, tint(colour, 0.75))
    if done.percent:
        deck.rect(slide, Box(track.left, track.top, track.width * done.percent / 100,
                             track.height), colour)
    deck.text(slide, Box(box.left, box.top + 1.2, box.width, 0.28),
              deck.t("Indicative budget"), 12, 10, bold=True, colour=GREY)
    deck.text(slide, Box(box.left, box.top + 1.48, box.width, 0.42),
              rupiah(deck.source.budget_total(prog.id)), 20, 12, bold=True, colour=NAVY)


def _quick_win_notes(deck: Deck, prog: model.Programme) -> str:
    src = deck.source
    done = facts.progress(src, prog.id)
    lines = [deck.t(QUICK_WIN_NOTES, name=prog.name, owner=src.organisation_name(
        prog.lead_org_id) or "-", years=year_range(prog.start_year, prog.end_year),
        amount=rupiah(src.budget_total(prog.id)), percent=done.percent)]
    if prog.problem.strip():
        lines.append(deck.t("Problem: {text}", text=prog.problem.strip()))
    if prog.target_users.strip():
        lines.append(deck.t("For: {text}", text=prog.target_users.strip()))
    history = sorted(src.updates.get(prog.id, []), key=lambda u: u.date or "")
    if history:
        lines.append(deck.t("Progress reports: {items}.", items="; ".join(
            f"{long_date(u.date, deck.lang)} {u.percent}%" + (f" ({u.note})" if u.note else "")
            for u in history)))
    for kpi in src.kpis.get(prog.id, []):
        lines.append(deck.t("KPI: {text}", text=facts.kpi_line(src, kpi)))
    return "\n".join(lines)


def governance(deck: Deck) -> None:
    """The Dewan Smart City and the Tim Pelaksana: who they are, what they do."""
    src = deck.source
    bodies = [("dewan", deck.t("Smart City Council"), deck.t(DEWAN), NAVY),
              ("tim_pelaksana", deck.t("Implementation Team"), deck.t(TIM), "1565C0")]
    notes = [deck.t(GOVERNANCE_NOTES, head=src.workbook.head_of_region or "-")]
    slide = deck.slide("Title Only", deck.t("Governance"), "")
    boxes = CONTENT.columns(2, 0.4)
    lists = []
    for role, _name, _duty, _colour in bodies:
        people = facts.members(src, role)
        shown = [f"{_one(p.name)} · {_one(p.position) or src.organisation(p.organisation_id)}"
                 for p in people[:NAMES_SHOWN]]
        if len(people) > NAMES_SHOWN:
            shown.append(deck.t("and {count} more", count=len(people) - NAMES_SHOWN))
        lists.append((people, "\n".join(shown) or deck.t("None recorded.")))
    bodies_box = [Box(b.left, b.top + 1.45, b.width, b.height - 1.45) for b in boxes]
    size = min(fit.fit(clean(text), box.inset(0.15, 0.1).width - 0.12,
                       box.inset(0.15, 0.1).height - 0.06, 16, 9, spacing=2).size
               for (_people, text), box in zip(lists, bodies_box, strict=True))
    for (_role, name, duty, colour), box, body, (people, text) in zip(
            bodies, boxes, bodies_box, lists, strict=True):
        count = deck.t("{count} members from {orgs} organisations", count=number(len(people)),
                       orgs=number(facts.organisations_of(src, people)))
        deck.label(slide, Box(box.left, box.top, box.width, 0.5), name, colour, 18)
        deck.text(slide, Box(box.left, box.top + 0.55, box.width, 0.85), f"{duty}\n{count}",
                  14, 10, colour=GREY)
        deck.rect(slide, body, tint(colour, 0.93))
        deck.text(slide, body.inset(0.15, 0.1), text, size, min(size, 9), spacing=2)
        notes.append(f"{name}: {count}. " + "; ".join(
            f"{_one(p.name)} ({_one(p.position)})" for p in people[:30]) + ".")
    deck.notes(slide, "\n".join(notes))


def _one(text: str) -> str:
    return clean(text, single_line=True)


def commitment(deck: Deck) -> None:
    """What the region committed to at the last Bimtek, and what happens next."""
    src = deck.source
    session = facts.final_session(src)
    agreed = [_one(a.text) for a in src.agreed.get(session.id, [])] if session else []
    agreed = [text for text in agreed if text]
    slide = deck.slide("Title Only", deck.t("Commitment and next steps"), "")
    left, right = CONTENT.columns(2, 0.4)
    when = ""
    if session:
        when = deck.t("Agreed at {session}, {dates}", session=_one(session.title),
                      dates=date_range(session.start_date, session.end_date, deck.lang))
    deck.label(slide, Box(left.left, left.top, left.width, 0.5), deck.t("Our commitment"),
               NAVY, 18)
    deck.text(slide, Box(left.left, left.top + 0.55, left.width, 0.4), when, 13, 9,
              colour=GREY)
    body = "\n".join(f"{n}. {t}" for n, t in enumerate(agreed, 1)) or deck.t(PLEDGE)
    deck.text(slide, Box(left.left, left.top + 1.0, left.width, left.height - 1.0), body, 18,
              10, spacing=5)
    steps = _next_steps(deck)
    deck.label(slide, Box(right.left, right.top, right.width, 0.5), deck.t("Next steps"),
               "2E7D32", 18)
    deck.text(slide, Box(right.left, right.top + 0.6, right.width, right.height - 0.6),
              "\n".join(f"• {s}" for s in steps), 18, 10, spacing=5)
    notes = [deck.t(COMMITMENT_NOTES), when, *agreed, deck.t("Next steps:"), *steps]
    deck.notes(slide, "\n".join(x for x in notes if x))


def _next_steps(deck: Deck) -> list[str]:
    src = deck.source
    steps = []
    for item in facts.followups(src, 4, facts.final_session(src)):
        if not _one(item.text):
            continue
        extra = ", ".join(x for x in (_one(item.owner), long_date(item.due_date, deck.lang)) if x)
        steps.append(_one(item.text) + (f" ({extra})" if extra else ""))
    regulation = deck.t("Mayor" if src.workbook.kind == "kota" else "Regent")
    start = (src.workbook.plan_start or 0) + 1
    steps += [deck.t("Adopt the masterplan by a {head} Regulation.", head=regulation),
              deck.t("Put the programmes into the RKPD and APBD from {year}.",
                     year=start if start > 1 else "-"),
              deck.t("Report quick-win progress and evaluate the plan every year.")]
    return steps


QUICK_WIN_NOTES = ("{name}: owned by {owner}, {years}, indicative budget {amount}; "
                   "progress {percent}%.")
DEWAN = "Steers and oversees the masterplan; the head of region is its patron."
TIM = "Writes the plan, carries out the programmes and reports on them."
GOVERNANCE_NOTES = ("The head of region ({head}) leads the Smart City Council by decree; the "
                    "Implementation Team of every agency carries out the plan.")
COMMITMENT_NOTES = "Close with the commitment the region signed and the next steps."
PLEDGE = ("The region commits to carry out the masterplan, to put its programmes into the "
          "regional plans and budgets, and to report on them every year.")

i18n.register({
    "Quick win · {years}": "Quick win · {years}",
    "Owner": "Penanggung jawab", "Timeline": "Jadwal",
    "What we do": "Yang dilakukan",
    "Not set": "Belum ditetapkan", "with": "bersama",
    "as of {date}": "per {date}", "no report yet": "belum ada laporan",
    QUICK_WIN_NOTES: ("{name}: penanggung jawab {owner}, {years}, indikasi anggaran {amount}; "
                      "progres {percent}%."),
    "Problem: {text}": "Permasalahan: {text}", "For: {text}": "Untuk: {text}",
    "Progress reports: {items}.": "Laporan kemajuan: {items}.",
    "KPI: {text}": "IKU: {text}",
    "{count} members from {orgs} organisations": "{count} anggota dari {orgs} instansi",
    "and {count} more": "dan {count} lainnya",
    DEWAN: "Mengarahkan dan mengawasi masterplan; kepala daerah sebagai pelindung.",
    TIM: "Menyusun rencana, melaksanakan program dan melaporkannya.",
    GOVERNANCE_NOTES: ("Kepala daerah ({head}) memimpin Dewan Smart City berdasarkan SK; Tim "
                       "Pelaksana dari seluruh perangkat daerah melaksanakan rencana."),
    "Agreed at {session}, {dates}": "Disepakati pada {session}, {dates}",
    "Our commitment": "Komitmen kami", "Next steps": "Langkah selanjutnya",
    "Next steps:": "Langkah selanjutnya:",
    "Mayor": "Wali Kota", "Regent": "Bupati",
    "Adopt the masterplan by a {head} Regulation.":
        "Tetapkan masterplan dengan Peraturan {head}.",
    "Put the programmes into the RKPD and APBD from {year}.":
        "Masukkan program ke RKPD dan APBD mulai {year}.",
    "Report quick-win progress and evaluate the plan every year.":
        "Laporkan kemajuan quick win dan evaluasi rencana setiap tahun.",
    COMMITMENT_NOTES: "Tutup dengan komitmen yang ditandatangani daerah dan langkah berikutnya.",
    PLEDGE: ("Daerah berkomitmen melaksanakan masterplan, memasukkan programnya ke dalam "
             "dokumen perencanaan dan penganggaran daerah, serta melaporkannya setiap tahun."),
})
