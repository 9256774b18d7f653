"""Checking a record against the rules of app.model and the workbook it goes into."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from app import i18n, model
from app.errors import ValidationError
from app.text import clean_text

R = TypeVar("R", bound=model.Record)
MAX_PLAN_YEARS = 20


@dataclass(frozen=True)
class Context:
    """What validation needs to know about the workbook: plan period, scale, live ids."""

    plan_start: int | None
    plan_end: int | None
    rating_max: int
    exists: Any  # Callable[[str, str], bool]: (table, id) -> is a live row


_LABELS = {"lead_org_id": "Lead OPD", "rpjmd_link": "RPJMD link", "rpjmd_start": "RPJMD start",
           "rpjmd_end": "RPJMD end", "nip": "NIP", "head_nip": "NIP", "kpi_id": "KPI",
           "name_id": "Name", "name_en": "English name", "description_id": "Description",
           "description_en": "English description", "source_id": "Funding source"}


def label(name: str) -> str:
    """Return the English label of a field (``start_year`` -> ``Start year``).

    Labels are in app.i18n's catalogue, so error sentences translate them too.
    """
    if name in _LABELS:
        return _LABELS[name]
    text = name.removesuffix("_id").replace("_", " ")
    return text[:1].upper() + text[1:]


def check_value(name: str, rule: model.Rule, value: Any, ctx: Context) -> Any:
    """Return ``value`` cleaned and converted, or raise ValidationError naming the field."""
    checker = _CHECKERS[rule.kind]
    value = checker(name, rule, value, ctx)
    if rule.required and value in (None, ""):
        raise ValidationError("{field} must not be empty.", field=label(name))
    return value


def _text(name: str, rule: model.Rule, value: Any, ctx: Context) -> str:
    text = clean_text("" if value is None else str(value), single_line=rule.single_line)
    if rule.max_len and len(text) > rule.max_len:
        raise ValidationError("{field} is too long ({length} characters; at most {limit}).",
                              field=label(name), length=len(text), limit=rule.max_len)
    return text


def _whole(name: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValidationError("{field} must be a whole number.", field=label(name))
    try:
        return int(str(value).strip()) if not isinstance(value, (int, float)) else int(value)
    except ValueError:
        raise ValidationError("{field} must be a whole number.", field=label(name)) from None


def _int(name: str, rule: model.Rule, value: Any, ctx: Context) -> int | None:
    number = _whole(name, value)
    if number is None:
        return None if rule.kind == "year" else 0
    if rule.kind == "money" and number < 0:
        raise ValidationError("Amounts cannot be negative.")
    if (rule.lo is not None and number < rule.lo) or (rule.hi is not None and number > rule.hi):
        raise ValidationError("{field} must be between {lo} and {hi}.",
                              field=label(name), lo=rule.lo, hi=rule.hi)
    if rule.in_plan and ctx.plan_start and ctx.plan_end and not (
            ctx.plan_start <= number <= ctx.plan_end):
        raise ValidationError("The year {year} is outside the plan period {start}-{end}.",
                              year=number, start=ctx.plan_start, end=ctx.plan_end)
    return number


def _real(name: str, rule: model.Rule, value: Any, ctx: Context) -> float:
    try:
        number = float(value or 0)
    except (TypeError, ValueError):
        raise ValidationError("{field} must be a number.", field=label(name)) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError("{field} must be a number.", field=label(name))
    return number


def _number(name: str, rule: model.Rule, value: Any, ctx: Context) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("{field} must be a number.", field=label(name))
    if isinstance(value, str):
        from app.evaluation.numbers import number  # "75,5" and "1.500" as people write them

        parsed = number(value)
        if parsed is None:
            raise ValidationError("{field} must be a number.", field=label(name))
        return parsed
    found = _real(name, rule, value, ctx)
    if abs(found) > 1e15:
        raise ValidationError("{field} must be between {lo} and {hi}.", field=label(name),
                              lo="-1e15", hi="1e15")
    return found


def _bool(name: str, rule: model.Rule, value: Any, ctx: Context) -> bool:
    return bool(value)


def _date(name: str, rule: model.Rule, value: Any, ctx: Context) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        value = value.isoformat()
    try:
        parsed = dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("{field} must be a date like 2019-07-04.",
                              field=label(name)) from None
    if not 1900 <= parsed.year <= 2200:
        raise ValidationError("{field} must be between {lo} and {hi}.",
                              field=label(name), lo=1900, hi=2200)
    return parsed.isoformat()


def _ref(name: str, rule: model.Rule, value: Any, ctx: Context) -> str | None:
    if value is None or value == "":
        return None
    if not ctx.exists(rule.ref, str(value)):
        raise ValidationError("Unknown {field}: it does not exist in this workbook.",
                              field=label(name))
    return str(value)


def _choice(name: str, rule: model.Rule, value: Any, ctx: Context) -> str:
    if value not in rule.choices:
        raise ValidationError("{field} must be one of: {choices}.",
                              field=label(name), choices=", ".join(rule.choices))
    return str(value)


_CHECKERS = {
    "text": _text, "int": _int, "year": _int, "money": _int, "real": _real,
    "number": _number,
    "bool": _bool, "date": _date, "ref": _ref, "choice": _choice,
}


_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")


def is_color(value: str) -> bool:
    """Return whether ``value`` is a colour as ``#RRGGBB``."""
    return bool(_COLOR.fullmatch(value))


def _ordered(start: Any, end: Any) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("The end ({end}) is before the start ({start}).",
                              start=start, end=end)


def _check_whole(record: model.Record, ctx: Context) -> None:
    """Rules that span several fields of one record."""
    if isinstance(record, model.Workbook):
        _ordered(record.plan_start, record.plan_end)
        _ordered(record.rpjmd_start, record.rpjmd_end)
        if record.plan_start and record.plan_end and (
                record.plan_end - record.plan_start >= MAX_PLAN_YEARS):
            raise ValidationError("The plan period cannot be longer than {limit} years.",
                                  limit=MAX_PLAN_YEARS)
    elif isinstance(record, model.Programme):
        _ordered(record.start_year, record.end_year)
    elif isinstance(record, model.Dimension) and record.color and not is_color(record.color):
        raise ValidationError("A colour is written like #1565C0.")
    elif isinstance(record, model.Session):
        _ordered(record.start_date, record.end_date)
    elif isinstance(record, model.Dependency) and record.programme_id == record.predecessor_id:
        raise ValidationError("A programme cannot depend on itself.")
    elif isinstance(record, model.Readiness) and record.rating > ctx.rating_max:
        raise ValidationError("The rating must be between 0 and {limit}.", limit=ctx.rating_max)
    elif isinstance(record, model.ProgrammeOrigin) and not (record.card_id or record.cluster_id):
        raise ValidationError("An origin must name a card or a cluster.")
    elif isinstance(record, model.Person):
        for role in record.role_set() - set(model.ROLES):
            raise ValidationError("Unknown role: {role}.", role=role)
    elif isinstance(record, (model.Realisation, model.EvaluationSetting)):
        _check_evaluation(record)


def _check_evaluation(record: model.Realisation | model.EvaluationSetting) -> None:
    """Rules of the evaluation's rows (see app.evaluation)."""
    if isinstance(record, model.Realisation):
        if (record.kpi_id is None) == (record.goal_id is None):
            raise ValidationError("A realisation belongs to one KPI or one goal.")
        try:
            dt.datetime.fromisoformat(record.recorded_at)
        except ValueError:
            raise ValidationError("{field} must be a date like 2019-07-04.",
                                  field=label("recorded_at")) from None
        return
    from app.evaluation import schemes

    schemes.check_weights(weights_of(record))
    if record.scheme == "custom":
        schemes.parse_scheme(record.custom_scheme)


def weights_of(setting: model.EvaluationSetting) -> dict[str, int]:
    """Return the five aspect weights of an evaluation setting by aspect."""
    return {"baseline": setting.weight_baseline, "output": setting.weight_output,
            "outcome": setting.weight_outcome, "impact": setting.weight_impact,
            "quick_win": setting.weight_quick_win}


def check(record: R, ctx: Context) -> R:
    """Return ``record`` with every field cleaned and checked; raise ValidationError."""
    cleaned = {
        name: check_value(name, rule, getattr(record, name), ctx)
        for name, rule in type(record).rules().items()
    }
    result = dataclasses.replace(record, **cleaned)
    if isinstance(result, (model.KpiTarget, model.GoalTarget)):
        result = _with_numbers(result)
    _check_whole(result, ctx)
    return result


def _with_numbers(target: model.KpiTarget | model.GoalTarget) -> Any:
    """Return a target with ``value``/``upper`` read from its text (the text is what counts)."""
    from app.evaluation.numbers import read_target

    found = read_target(target.target)
    return dataclasses.replace(target, value=found.value, upper=found.upper)


i18n.register({
    "Abbreviation": "Singkatan", "Aim": "Tujuan", "Amount": "Jumlah", "Author": "Penulis",
    "Baseline": "Kondisi awal", "Card": "Kartu", "Cluster": "Klaster", "Code": "Kode",
    "Color": "Warna", "Component": "Komponen", "Date": "Tanggal", "Day": "Hari",
    "Description": "Deskripsi", "English description": "Deskripsi (Inggris)",
    "Dimension": "Dimensi", "Due date": "Tenggat", "Element": "Elemen",
    "End date": "Tanggal selesai", "End year": "Tahun selesai", "Field": "Isian",
    "Framework": "Kerangka", "Goal": "Tujuan", "NIP": "NIP", "Head of region": "Kepala daerah",
    "Head title": "Jabatan kepala daerah", "Indicator": "Indikator", "KPI": "IKU",
    "Kind": "Jenis", "Lead OPD": "OPD pengampu", "Name": "Nama", "English name": "Nama (Inggris)",
    "Narasumber": "Narasumber", "Narrative": "Narasi", "Note": "Catatan", "Notes": "Catatan",
    "Opened by": "Dibuka oleh", "Organisation": "Instansi", "Output": "Keluaran",
    "Owner": "Penanggung jawab", "Percent": "Persen", "Person": "Orang", "Phase": "Tahap",
    "Phone": "Telepon", "Plan end": "Akhir rencana", "Plan start": "Awal rencana",
    "Position": "Jabatan", "Predecessor": "Program pendahulu", "Present": "Hadir",
    "Problem": "Masalah", "Profile": "Gambaran umum", "Programme": "Program",
    "Province": "Provinsi", "Rating": "Nilai", "Rating max": "Nilai maksimum",
    "Region": "Daerah", "Roles": "Peran", "RPJMD end": "Akhir RPJMD",
    "RPJMD link": "Keterkaitan RPJMD", "RPJMD start": "Awal RPJMD", "Session": "Sesi",
    "Funding source": "Sumber dana", "Source": "Sumber", "Speaker": "Pembicara",
    "Stage": "Tahap", "Start date": "Tanggal mulai", "Start year": "Tahun mulai",
    "Status": "Status", "Target": "Target", "Target users": "Sasaran pengguna", "Team": "Tim",
    "Text": "Teks", "Time": "Waktu", "Title": "Judul", "Unit": "Satuan", "Value": "Nilai",
    "Venue": "Tempat", "Vision": "Visi", "Vision keywords": "Kata kunci visi",
    "Votes": "Suara", "Year": "Tahun",
    "A realisation belongs to one KPI or one goal.":
        "Realisasi dimiliki oleh satu IKU atau satu tujuan.",
    "Recorded at": "Waktu dicatat", "Recorded by": "Dicatat oleh", "Evidence": "Data dukung",
    "Pagu": "Pagu", "Spent": "Realisasi anggaran", "Period": "Periode", "Upper": "Batas atas",
    "Level": "Tingkat", "Direction": "Arah", "Baseline year": "Tahun kondisi awal",
    "Scheme": "Skema", "Custom scheme": "Skema sendiri",
})
