"""The yearly evaluation of a signed masterplan (monitoring and evaluation, issue 15).

After the masterplan is signed, each year the city reports what every programme
spent and achieved against its targets; Bappeda and the ministry rate it. This
package holds that work, never writing SQL itself:

``achievement``
    pure functions: capaian % of an indicator respecting its direction
    (higher, lower, range, milestone), with zero and missing targets handled
    explicitly; budget absorption %; the yearly figure from quarterly rows.
``schemes``
    rating bands: the RKPD evaluation bands and the SAKIP bands built in, a
    custom scheme from a setting; the ministry's five aspects and their weights.
``collect``
    reads a workbook (through app.storage) into an ``Evaluation`` of one year:
    indicators with target, realisation, capaian and band; budget absorption per
    programme, OPD, dimension and year; quick-win progress.
``aspects``
    the self-assessment by the ministry's five aspects, with the evidence.
``series``
    an indicator and the budget over the plan years, for the charts.
``record``
    the reversible operations (app.ops) that enter realisation, budget
    realisation and the evaluation settings.
``sheet``
    the OPD worksheet out (XLSX, protected, validated) and back in (all-or-nothing).
``report``
    the Word report (Laporan Evaluasi Tahunan Masterplan Smart City).
``charts``
    matplotlib figures: target against realisation over the years, budget absorption.

Achievement is computed, never stored: only the realisation rows are stored.
"""

from __future__ import annotations
