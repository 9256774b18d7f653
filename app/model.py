"""The workbook's content: one frozen dataclass per user table, with the rules its fields obey.

The classes are the single description of the data: storage derives the
tables from them, validation reads the rules in their field metadata, and
the user interface, documents and merge all handle these objects (never
raw row dictionaries).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

# The fixed vocabularies. Labels for people live in ui/ and app/i18n.py.
WORKBOOK_KINDS = ("kota", "kabupaten")
ORGANISATION_KINDS = (
    "opd", "bumd", "vertical", "forkopimda", "dprd", "village", "school",
    "university", "ngo", "community", "press", "private", "other",
)
ROLES = ("kepala_daerah", "dewan", "tim_pelaksana", "narasumber", "participant", "press")
STAGES = ("I", "II", "III", "IV", "other")
MINUTES_KINDS = ("point", "decision", "followup")
CARD_KINDS = (
    "idea", "problem", "strength", "weakness", "opportunity", "threat", "issue", "gap",
)
PROGRAMME_KINDS = ("policy", "infrastructure", "application", "people")
PHASES = ("quick_win", "short", "medium", "long")
STATUSES = ("new", "existing")
# A card sent from a phone in room mode waits as "pending" until the facilitator accepts it
# (an ordinary card), rejects it, or merges it into another card; only accepted cards
# reach the board, the documents and the counts.
CARD_STATUSES = ("accepted", "pending", "rejected", "merged")
KPI_LEVELS = ("output", "outcome", "impact")
KPI_DIRECTIONS = ("higher", "lower", "range", "milestone")  # which way is better
# The yearly evaluation (app.evaluation): goals are judged like KPIs; when values are reported.
INDICATOR_LEVELS, INDICATOR_DIRECTIONS = KPI_LEVELS, KPI_DIRECTIONS
PERIODS = ("year", "Q1", "Q2", "Q3", "Q4")  # values are "as of" the period (year to date)
RATING_SCHEMES = ("rkpd", "sakip", "custom")

LONG_TEXT = 1_000_000  # notes may hold a pasted report; 50 MB cells are refused
NAME_TEXT = 300

# Ids of rows that stand for a natural key (a budget cell, an attendance tick) are
# derived from that key, so that two laptops adding the same cell make one row.
_NAMESPACE = uuid.UUID("6f1c3a52-5d0e-4a8e-9c55-52656e63616e")


def natural_id(table: str, *parts: object) -> str:
    """Return the stable id of the row of ``table`` identified by ``parts``."""
    return str(uuid.uuid5(_NAMESPACE, "|".join([table, *map(str, parts)])))


def new_id() -> str:
    """Return a fresh random id for a new row."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Rule:
    """What a field may hold: its storage type and the checks it must pass."""

    kind: str  # text | int | real | number | bool | date | year | money | ref | choice
    required: bool = False
    max_len: int = 0
    single_line: bool = True
    ref: str | None = None
    choices: tuple[str, ...] = ()
    lo: int | None = None
    hi: int | None = None
    in_plan: bool = False  # a year that must fall in the plan period
    owner: bool = False  # a ref to the row this one belongs to (deleted with it)
    derived: bool = False  # computed from other fields on every write, never typed by a user


def _f(default: Any, rule: Rule) -> Any:
    return field(default=default, metadata={"rule": rule})


def short_text(max_len: int = NAME_TEXT, *, required: bool = False) -> Any:
    return _f("", Rule("text", required=required, max_len=max_len))


def long_text(max_len: int = LONG_TEXT, *, required: bool = False) -> Any:
    return _f("", Rule("text", required=required, max_len=max_len, single_line=False))


def ref(table: str, *, required: bool = False, owner: bool = False) -> Any:
    return _f(None, Rule("ref", required=required or owner, ref=table, owner=owner))


def owner_or_none(table: str) -> Any:
    """A ref to the row this one belongs to when set (one of several possible owners)."""
    return _f(None, Rule("ref", required=False, ref=table, owner=True))


def choice(choices: tuple[str, ...], default: str) -> Any:
    return _f(default, Rule("choice", required=True, choices=choices))


def integer(default: int = 0, *, lo: int | None = None, hi: int | None = None) -> Any:
    return _f(default, Rule("int", lo=lo, hi=hi))


def year(*, required: bool = False, in_plan: bool = True) -> Any:
    return _f(None, Rule("year", required=required, lo=1900, hi=2200, in_plan=in_plan))


def money() -> Any:
    return _f(0, Rule("money", lo=0, hi=10**16))


def date(*, required: bool = False) -> Any:
    return _f(None, Rule("date", required=required))


def real() -> Any:
    return _f(0.0, Rule("real"))


def number(*, required: bool = False, derived: bool = False) -> Any:
    """A measured quantity that may be unknown (None), unlike ``real``'s 0.0."""
    return _f(None, Rule("number", required=required, derived=derived))


def flag() -> Any:
    return _f(False, Rule("bool"))


@dataclass(frozen=True)
class Record:
    """A row of a user table. ``id`` is a UUID string (or a natural key id)."""

    TABLE: ClassVar[str] = ""
    # What a kind of record is called for people (merge reports, conflicts), in English
    # and Indonesian; empty: the table's name.
    LABEL: ClassVar[tuple[str, str]] = ("", "")
    ORDER: ClassVar[tuple[str, ...]] = ("position",)
    IN_DUMP: ClassVar[bool] = True

    id: str = ""

    @classmethod
    def rules(cls) -> dict[str, Rule]:
        """Return the rule of every user field (all fields but ``id``); shared: do not modify."""
        return _rules_of(cls)  # made once per class: every row read asks for them

    def values(self) -> dict[str, Any]:
        """Return the user fields as a dict (without ``id``)."""
        return {name: getattr(self, name) for name in self.rules()}


_RULES: dict[type[Record], dict[str, Rule]] = {}


def _rules_of(cls: type[Record]) -> dict[str, Rule]:
    found = _RULES.get(cls)
    if found is None:
        fields = dataclasses.fields(cls)
        found = _RULES[cls] = {f.name: f.metadata["rule"] for f in fields if f.name != "id"}
    return found


# -- the workbook and its framework -------------------------------------------------


@dataclass(frozen=True)
class Workbook(Record):
    TABLE = "workbook"
    LABEL = ("Workbook", "Buku kerja")
    ORDER = ("region",)
    region: str = short_text(120, required=True)
    kind: str = choice(WORKBOOK_KINDS, "kota")
    province: str = short_text(120)
    head_of_region: str = short_text(200)
    head_title: str = short_text(120)
    head_nip: str = short_text(40)
    plan_start: int | None = year(required=True, in_plan=False)
    plan_end: int | None = year(required=True, in_plan=False)
    rpjmd_start: int | None = year(in_plan=False)
    rpjmd_end: int | None = year(in_plan=False)
    vision: str = long_text(5000)
    vision_keywords: str = long_text(5000)
    profile: str = long_text()
    notes: str = long_text()
    framework: str = short_text(120)
    rating_max: int = integer(5, lo=2, hi=10)


@dataclass(frozen=True)
class Mission(Record):
    TABLE = "missions"
    LABEL = ("Missions", "Misi")
    position: int = integer(0, lo=0)
    text: str = long_text(5000, required=True)


@dataclass(frozen=True)
class Dimension(Record):
    TABLE = "dimensions"
    LABEL = ("Dimensions", "Dimensi")
    code: str = short_text(8, required=True)
    name_id: str = short_text(120, required=True)
    name_en: str = short_text(120)
    color: str = short_text(9)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Element(Record):
    TABLE = "elements"
    LABEL = ("Elements", "Elemen")
    dimension_id: str | None = ref("dimensions", owner=True)
    name_id: str = short_text(120, required=True)
    name_en: str = short_text(120)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Component(Record):
    TABLE = "components"
    LABEL = ("Readiness components", "Komponen kesiapan")
    code: str = short_text(20, required=True)
    name_id: str = short_text(120, required=True)
    name_en: str = short_text(120)
    description_id: str = long_text(2000)
    description_en: str = long_text(2000)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class FundingSource(Record):
    TABLE = "funding_sources"
    LABEL = ("Funding sources", "Sumber dana")
    code: str = short_text(20, required=True)
    name_id: str = short_text(120, required=True)
    name_en: str = short_text(120)
    position: int = integer(0, lo=0)


# -- people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Organisation(Record):
    TABLE = "organisations"
    LABEL = ("Organisations", "Organisasi")
    ORDER = ("name",)
    name: str = short_text(200, required=True)
    abbreviation: str = short_text(40)
    kind: str = choice(ORGANISATION_KINDS, "opd")


@dataclass(frozen=True)
class Team(Record):
    TABLE = "teams"
    LABEL = ("Teams", "Tim")
    ORDER = ("position", "name")
    name: str = short_text(120, required=True)
    dimension_id: str | None = ref("dimensions")
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Person(Record):
    TABLE = "people"
    LABEL = ("People", "Orang")
    ORDER = ("name",)
    name: str = short_text(200, required=True)
    position: str = short_text(200)  # jabatan
    organisation_id: str | None = ref("organisations")
    team_id: str | None = ref("teams")
    roles: str = short_text(200)  # comma-separated codes from ROLES
    phone: str = short_text(40)
    nip: str = short_text(40)
    notes: str = long_text(5000)

    def role_set(self) -> set[str]:
        """Return the roles as a set of codes."""
        return {r for r in self.roles.split(",") if r}


# -- sessions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Session(Record):
    TABLE = "sessions"
    LABEL = ("Sessions", "Sesi")
    ORDER = ("start_date", "title")
    title: str = short_text(200, required=True)
    stage: str = choice(STAGES, "other")
    start_date: str | None = date(required=True)
    end_date: str | None = date()
    venue: str = short_text(300)
    opened_by: str = short_text(200)
    narasumber: str = short_text(500)
    notes: str = long_text()


@dataclass(frozen=True)
class AgendaItem(Record):
    TABLE = "agenda_items"
    LABEL = ("Agenda items", "Butir agenda")
    ORDER = ("day", "position", "time")
    session_id: str | None = ref("sessions", owner=True)
    day: str | None = date()
    time: str = short_text(20)
    title: str = short_text(300, required=True)
    speaker: str = short_text(200)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Attendance(Record):
    """One person present (or not) on one day of one session; id from that key."""

    TABLE = "attendance"
    LABEL = ("Attendance", "Kehadiran")
    ORDER = ("day", "person_id")
    session_id: str | None = ref("sessions", owner=True)
    person_id: str | None = ref("people", owner=True)
    day: str | None = date(required=True)
    present: bool = flag()


@dataclass(frozen=True)
class MinutesItem(Record):
    TABLE = "minutes_items"
    LABEL = ("Minutes", "Notulen")
    session_id: str | None = ref("sessions", owner=True)
    kind: str = choice(MINUTES_KINDS, "point")
    text: str = long_text(5000, required=True)
    owner: str = short_text(200)
    due_date: str | None = date()
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class AgreedItem(Record):
    TABLE = "agreed_items"
    LABEL = ("Agreed items", "Butir kesepakatan")
    session_id: str | None = ref("sessions", owner=True)
    text: str = long_text(5000, required=True)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Signatory(Record):
    TABLE = "signatories"
    LABEL = ("Signatories", "Penanda tangan")
    session_id: str | None = ref("sessions", owner=True)
    person_id: str | None = ref("people")
    name: str = short_text(200, required=True)
    title: str = short_text(200)  # office title printed above the name
    nip: str = short_text(40)
    position: int = integer(0, lo=0)


# -- the idea board ------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster(Record):
    TABLE = "clusters"
    LABEL = ("Clusters", "Klaster")
    ORDER = ("name",)
    name: str = short_text(200, required=True)
    session_id: str | None = ref("sessions")
    dimension_id: str | None = ref("dimensions")
    x: float = real()
    y: float = real()


@dataclass(frozen=True)
class Card(Record):
    TABLE = "cards"
    LABEL = ("Cards", "Kartu")
    ORDER = ("position",)
    kind: str = choice(CARD_KINDS, "idea")
    text: str = long_text(2000, required=True)
    session_id: str | None = ref("sessions")
    team_id: str | None = ref("teams")
    dimension_id: str | None = ref("dimensions")
    element_id: str | None = ref("elements")
    component_id: str | None = ref("components")
    cluster_id: str | None = ref("clusters")
    votes: int = integer(0, lo=0, hi=100_000)
    x: float = real()
    y: float = real()
    author: str = short_text(200)
    position: int = integer(0, lo=0)
    status: str = choice(CARD_STATUSES, "accepted")


# -- analysis, vision and goals ------------------------------------------------------


@dataclass(frozen=True)
class Readiness(Record):
    """The rating of one component in one dimension; id from that pair."""

    TABLE = "readiness"
    LABEL = ("Readiness ratings", "Nilai kesiapan")
    ORDER = ("component_id", "dimension_id")
    component_id: str | None = ref("components", owner=True)
    dimension_id: str | None = ref("dimensions", owner=True)
    rating: int = integer(0, lo=0, hi=10)  # 0 = not rated; at most the workbook's rating_max
    narrative: str = long_text(20_000)


@dataclass(frozen=True)
class Evidence(Record):
    TABLE = "evidence"
    LABEL = ("Evidence", "Bukti")
    component_id: str | None = ref("components", owner=True)
    dimension_id: str | None = ref("dimensions", owner=True)
    text: str = long_text(2000, required=True)
    source: str = short_text(300)
    position: int = integer(0, lo=0)


@dataclass(frozen=True)
class Goal(Record):
    TABLE = "goals"
    LABEL = ("Goals", "Sasaran")
    dimension_id: str | None = ref("dimensions", owner=True)
    text: str = long_text(2000, required=True)
    indicator: str = short_text(300)
    unit: str = short_text(60)
    baseline: str = short_text(60)
    rpjmd_link: str = short_text(300)
    position: int = integer(0, lo=0)
    level: str = choice(INDICATOR_LEVELS, "impact")
    direction: str = choice(INDICATOR_DIRECTIONS, "higher")


@dataclass(frozen=True)
class GoalTarget(Record):
    """A goal's target for one year: as written (``target``), and its number(s) if it holds one."""

    TABLE = "goal_targets"
    LABEL = ("Goal targets", "Target sasaran")
    ORDER = ("year",)
    goal_id: str | None = ref("goals", owner=True)
    year: int | None = year(required=True)
    target: str = short_text(100)  # as written; the note when it holds words
    value: float | None = number(derived=True)  # the number it holds (low end of a range)
    upper: float | None = number(derived=True)  # the high end of a range


# -- programmes ----------------------------------------------------------------------


@dataclass(frozen=True)
class Programme(Record):
    TABLE = "programmes"
    LABEL = ("Programmes", "Program")
    ORDER = ("code", "name")
    code: str = short_text(20)
    dimension_id: str | None = ref("dimensions", required=True)
    element_id: str | None = ref("elements")
    name: str = short_text(NAME_TEXT, required=True)
    description: str = long_text(20_000)
    aim: str = long_text(5000)
    problem: str = long_text(5000)
    target_users: str = short_text(300)
    output: str = short_text(300)
    kind: str = choice(PROGRAMME_KINDS, "application")
    lead_org_id: str | None = ref("organisations")
    phase: str = choice(PHASES, "medium")
    start_year: int | None = year(required=True)
    end_year: int | None = year(required=True)
    status: str = choice(STATUSES, "new")
    rpjmd_link: str = short_text(300)

    @property
    def is_quick_win(self) -> bool:
        """Return whether this programme is a quick win (its phase says so)."""
        return self.phase == "quick_win"


@dataclass(frozen=True)
class ProgrammePartner(Record):
    """A supporting organisation of a programme; id from the pair."""

    TABLE = "programme_partners"
    LABEL = ("Programme partners", "Mitra program")
    ORDER = ("organisation_id",)
    programme_id: str | None = ref("programmes", owner=True)
    organisation_id: str | None = ref("organisations", owner=True)


@dataclass(frozen=True)
class Budget(Record):
    """Indicative budget of a programme for one year from one source; id from the triple."""

    TABLE = "budgets"
    LABEL = ("Budgets", "Anggaran")
    ORDER = ("year", "source_id")
    programme_id: str | None = ref("programmes", owner=True)
    year: int | None = year(required=True)
    source_id: str | None = ref("funding_sources", required=True)
    amount: int = money()


@dataclass(frozen=True)
class Kpi(Record):
    TABLE = "kpis"
    LABEL = ("KPIs", "IKU")
    programme_id: str | None = ref("programmes", owner=True)
    indicator: str = short_text(300, required=True)
    unit: str = short_text(60)
    baseline: str = short_text(60)  # as written in the plan ("12", "belum ada")
    position: int = integer(0, lo=0)
    # Schema version 2 (for monitoring and evaluation):
    level: str = choice(KPI_LEVELS, "output")
    direction: str = choice(KPI_DIRECTIONS, "higher")
    baseline_value: float | None = number()
    baseline_year: int | None = year(in_plan=False)


@dataclass(frozen=True)
class KpiTarget(Record):
    """A KPI's target for one year: as written (``target``), and its number(s) if it holds one."""

    TABLE = "kpi_targets"
    LABEL = ("KPI targets", "Target IKU")
    ORDER = ("year",)
    kpi_id: str | None = ref("kpis", owner=True)
    year: int | None = year(required=True)
    target: str = short_text(100)  # as written; the note when it holds words
    value: float | None = number(derived=True)  # the number it holds (low end of a range)
    upper: float | None = number(derived=True)  # the high end of a range


@dataclass(frozen=True)
class Dependency(Record):
    """``programme_id`` cannot start before ``predecessor_id``; id from the pair."""

    TABLE = "dependencies"
    LABEL = ("Dependencies", "Ketergantungan")
    ORDER = ("programme_id", "predecessor_id")
    programme_id: str | None = ref("programmes", owner=True)
    predecessor_id: str | None = ref("programmes", owner=True)


@dataclass(frozen=True)
class ProgrammeOrigin(Record):
    """A workshop card or cluster a programme came from; id from the pair."""

    TABLE = "programme_origins"
    LABEL = ("Programme origins", "Asal program")
    ORDER = ("programme_id",)
    programme_id: str | None = ref("programmes", owner=True)
    card_id: str | None = ref("cards")
    cluster_id: str | None = ref("clusters")


@dataclass(frozen=True)
class Milestone(Record):
    TABLE = "milestones"
    LABEL = ("Milestones", "Tonggak")
    ORDER = ("year", "title")
    programme_id: str | None = ref("programmes", owner=True)
    year: int | None = year(required=True)
    title: str = short_text(200, required=True)


@dataclass(frozen=True)
class QuickWinUpdate(Record):
    TABLE = "quickwin_updates"
    LABEL = ("Quick-win updates", "Kemajuan quick win")
    ORDER = ("date",)
    programme_id: str | None = ref("programmes", owner=True)
    date: str | None = date(required=True)
    percent: int = integer(0, lo=0, hi=100)
    note: str = short_text(500)


# -- the yearly evaluation (app.evaluation) ---------------------------------------------


@dataclass(frozen=True)
class Realisation(Record):
    """A value an indicator (a KPI or a goal) reached, as of one period of one year.

    Append-only: a correction is a new row, and the latest recorded row of an
    indicator, year and period is its value (app.evaluation.collect). The id comes
    from (indicator, year, period, recorded_at, recorded_by), so the rows of
    several laptops merge as a union and entering the same report twice makes
    one row. ``recorded_at`` is an ISO date-time (``2021-01-15T10:30:00``).
    """

    TABLE = "realisations"
    LABEL = ("KPI realisations", "Realisasi IKU")
    ORDER = ("year", "period", "recorded_at")
    kpi_id: str | None = owner_or_none("kpis")
    goal_id: str | None = owner_or_none("goals")
    year: int | None = year(required=True)
    period: str = choice(PERIODS, "year")
    value: float | None = number(required=True)
    evidence: str = long_text(5000)  # data dukung
    recorded_by: str = short_text(200)
    recorded_at: str = short_text(32, required=True)


@dataclass(frozen=True)
class BudgetRealisation(Record):
    """Ceiling (pagu) and amount spent of a programme from one source, as of one period.

    The id comes from (programme, year, period, source): one cell, like Budget.
    """

    TABLE = "budget_realisations"
    LABEL = ("Budget realisations", "Realisasi anggaran")
    ORDER = ("year", "period", "source_id")
    programme_id: str | None = ref("programmes", owner=True)
    year: int | None = year(required=True)
    period: str = choice(PERIODS, "year")
    source_id: str | None = ref("funding_sources", required=True)
    pagu: int = money()
    spent: int = money()
    note: str = short_text(500)
    recorded_by: str = short_text(200)
    recorded_at: str = short_text(32)


@dataclass(frozen=True)
class EvaluationSetting(Record):
    """How the evaluation rates: the scheme and the weights of the ministry's five aspects.

    One row, id ``evaluation``; weights are whole numbers adding up to 100.
    """

    TABLE = "evaluation_settings"
    LABEL = ("Evaluation settings", "Pengaturan evaluasi")
    ORDER = ("id",)
    scheme: str = choice(RATING_SCHEMES, "rkpd")
    custom_scheme: str = long_text(2000)  # "80; Tercapai; Achieved; #2E7D32" one band a line
    weight_baseline: int = integer(10, lo=0, hi=100)
    weight_output: int = integer(20, lo=0, hi=100)
    weight_outcome: int = integer(30, lo=0, hi=100)
    weight_impact: int = integer(30, lo=0, hi=100)
    weight_quick_win: int = integer(10, lo=0, hi=100)


# -- documents and merge -------------------------------------------------------------


@dataclass(frozen=True)
class DocSetting(Record):
    """One document setting; its id is the setting's key (``paper``, ``font``, ...)."""

    TABLE = "doc_settings"
    LABEL = ("Document settings", "Pengaturan dokumen")
    ORDER = ("id",)
    value: str = long_text(50_000)


@dataclass(frozen=True)
class Conflict(Record):
    """A long text that two laptops both changed, left for the facilitator to resolve."""

    TABLE = "conflicts"
    LABEL = ("Conflicts", "Konflik")
    ORDER = ("table_name", "row_id", "field")
    IN_DUMP = False
    table_name: str = short_text(60, required=True)
    row_id: str = short_text(60, required=True)
    field: str = short_text(60, required=True)
    kept: str = long_text()
    other: str = long_text()
    resolved: bool = flag()


# In creation order: a table comes after every table it refers to.
RECORDS: tuple[type[Record], ...] = (
    Workbook, Mission, Dimension, Element, Component, FundingSource,
    Organisation, Team, Person,
    Session, AgendaItem, Attendance, MinutesItem, AgreedItem, Signatory,
    Cluster, Card, Readiness, Evidence, Goal, GoalTarget,
    Programme, ProgrammePartner, Budget, Kpi, KpiTarget, Dependency, ProgrammeOrigin,
    Milestone, QuickWinUpdate, Realisation, BudgetRealisation, EvaluationSetting,
    DocSetting, Conflict,
)
BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in RECORDS}


def owned_by(table: str) -> list[tuple[type[Record], str]]:
    """Return (record class, field) pairs of the rows deleted along with a row of ``table``."""
    return [
        (cls, name)
        for cls in RECORDS
        for name, rule in cls.rules().items()
        if rule.owner and rule.ref == table
    ]


def referring_to(table: str) -> list[tuple[type[Record], str, Rule]]:
    """Return (record class, field, rule) of the references to ``table`` that rows do not own."""
    return [
        (cls, name, rule)
        for cls in RECORDS
        for name, rule in cls.rules().items()
        if rule.ref == table and not rule.owner
    ]
