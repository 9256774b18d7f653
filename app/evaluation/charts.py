"""Evaluation charts as matplotlib Figures: target against realisation, capaian, absorption.

``draw_*`` functions draw on a Figure they are given (the window passes its Qt
canvas's figure, the report an Agg one from app.charts.figures.new_figure);
matplotlib itself is imported by those callers only when a chart is drawn.
"""

from __future__ import annotations

from typing import Any

from app import i18n
from app.evaluation import collect
from app.evaluation.numbers import show

TARGET_COLOR, REALISED_COLOR, PAGU_COLOR = "#90A4AE", "#1565C0", "#CFD8DC"


def t(text: str, lang: str) -> str:
    """Return a chart label in ``lang``."""
    return i18n.translate(text, lang)


def draw_indicator(fig: Any, series: list[tuple[int, float | None, float | None]], title: str,
                   unit: str, lang: str = "id") -> None:
    """Draw one indicator's target (bars) and realisation (line) for every plan year."""
    ax = fig.add_subplot(1, 1, 1)
    xs = list(range(len(series)))
    targets = [s[1] if s[1] is not None else 0.0 for s in series]
    ax.bar(xs, targets, 0.6, color=TARGET_COLOR, label=t("Target", lang))
    done = [(x, s[2]) for x, s in zip(xs, series, strict=True) if s[2] is not None]
    if done:
        ax.plot([d[0] for d in done], [d[1] for d in done], marker="o", color=REALISED_COLOR,
                linewidth=2, label=t("Realisation", lang))
        for x, value in done:
            ax.annotate(show(value, lang), (x, value), xytext=(0, 5),
                        textcoords="offset points", ha="center", fontsize=8)
    ax.set_xticks(xs, [str(s[0]) for s in series], fontsize=8)
    ax.set_ylabel(unit or "", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_title(_short(title, 70), fontsize=10, loc="left")
    ax.legend(fontsize=8, frameon=False, loc="upper left")
    if not series:
        _empty(ax, t("Choose an indicator in the table.", lang))


def draw_capaian(fig: Any, evaluations: list[collect.Evaluation], lang: str = "id") -> None:
    """Draw each dimension's average capaian for each evaluated year (grouped bars)."""
    ax = fig.add_subplot(1, 1, 1)
    if not evaluations:
        _empty(ax, t("No realisation reported yet.", lang))
        return
    dims = evaluations[0].data.dimensions
    width = 0.8 / max(len(evaluations), 1)
    for n, ev in enumerate(evaluations):
        values = [g.capaian or 0.0 for g in ev.by_dimension()]
        xs = [i + n * width - 0.4 + width / 2 for i in range(len(dims))]
        ax.bar(xs, values, width * 0.95, label=str(ev.year),
               color=_shade(n, len(evaluations)))
    ax.axhline(100, color="#555555", linewidth=0.8, linestyle="--")
    ax.set_xticks(range(len(dims)), [d.code for d in dims], fontsize=8)
    ax.set_ylabel(t("Average capaian (%)", lang), fontsize=8)
    ax.set_ylim(0, 110)
    ax.tick_params(axis="y", labelsize=8)
    ax.legend(fontsize=8, frameon=False, ncols=len(evaluations), loc="upper center",
              bbox_to_anchor=(0.5, -0.1))
    ax.set_title(t("Capaian per dimension and year", lang), fontsize=10, loc="left")


def draw_absorption(fig: Any, data: collect.Data, upto: int, lang: str = "id") -> None:
    """Draw pagu (bars) and spending (bars) per year up to ``upto``, with absorption in %."""
    ax = fig.add_subplot(1, 1, 1)
    years = [y for y in data.years() if y <= upto]
    totals = [sum((data.money(p.id, y) for p in data.programmes), collect.Money())
              for y in years]
    xs = list(range(len(years)))
    ax.bar([x - 0.2 for x in xs], [m.pagu / 1e9 for m in totals], 0.4, color=PAGU_COLOR,
           label=t("Pagu", lang))
    ax.bar([x + 0.2 for x in xs], [(m.spent or 0) / 1e9 for m in totals], 0.4,
           color=REALISED_COLOR, label=t("Spent", lang))
    for x, money in zip(xs, totals, strict=True):
        if money.absorption is not None:
            ax.annotate(f"{show(money.absorption, lang)}%", (x + 0.2, (money.spent or 0) / 1e9),
                        xytext=(0, 4), textcoords="offset points", ha="center", fontsize=8)
    ax.set_xticks(xs, [str(y) for y in years], fontsize=8)
    ax.set_ylabel(t("Rp billion", lang), fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.legend(fontsize=8, frameon=False, loc="upper left")
    ax.set_title(t("Budget absorption per year", lang), fontsize=10, loc="left")
    if not years:
        _empty(ax, t("No realisation reported yet.", lang))


def _shade(n: int, count: int) -> str:
    palette = ("#B0BEC5", "#64B5F6", "#1E88E5", "#1565C0", "#0D47A1", "#002171")
    return palette[max(0, len(palette) - count + n)] if count <= len(palette) else palette[-1]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _empty(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=10, color="#777777")


i18n.register({
    "Realisation": "Realisasi", "Choose an indicator in the table.":
        "Pilih indikator pada tabel.",
    "No realisation reported yet.": "Belum ada realisasi yang dilaporkan.",
    "Average capaian (%)": "Rata-rata capaian (%)",
    "Capaian per dimension and year": "Capaian per dimensi dan tahun",
    "Spent": "Realisasi", "Rp billion": "Rp miliar",
    "Budget absorption per year": "Serapan anggaran per tahun",
})
