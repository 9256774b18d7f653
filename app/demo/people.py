"""Builders of the Kota Madiun demo's organisations, teams, people and sessions (see app.demo)."""

from __future__ import annotations

import random
from typing import NamedTuple

from app import model, ops
from app.demo import data as demo_data
from app.demo.data import DIMENSIONS, dim_id, org_id
from app.demo.data import demo_id as _id

INVENTED = "Nama rekaan untuk demo."


class Member(NamedTuple):
    """A demo person: id, name, group (who they came as), team dimension code, NIP."""

    id: str
    name: str
    group: str
    team: str
    nip: str


class _People:
    """Adds people with unique invented names, keeping the list for attendance."""

    def __init__(self, act: ops.Action, rng: random.Random) -> None:
        self.act, self.rng = act, rng
        self.members: list[Member] = []
        self.used: set[str] = set()

    def invent(self, degree: bool = False) -> str:
        while True:
            first = self.rng.choice(demo_data.FIRST_NAMES)
            name = f"{first} {self.rng.choice(demo_data.LAST_NAMES)}"
            if name not in self.used:
                self.used.add(name)
                return name + (self.rng.choice(demo_data.DEGREES) if degree else "")

    def nip(self) -> str:
        """Return an invented 18-digit NIP: birth date, appointment month, sex, number."""
        r = self.rng.randint
        born = f"{r(1965, 1985)}{r(1, 12):02d}{r(1, 28):02d}"
        return f"{born}{r(1990, 2010)}{r(1, 12):02d}1{r(1, 9):03d}"

    def phone(self) -> str:
        """Return an invented mobile number."""
        return f"08{self.rng.randint(11, 59)}{self.rng.randint(10**7, 10**8 - 1)}"

    def add(self, group: str, position: str, org: str | None, roles: str, team: str = "",
            name: str = "", nip: str = "") -> Member:
        real = bool(name)
        name = name or self.invent(degree=group in ("head", "dewan"))
        member = Member(_id("person", len(self.members)), name, group, team, nip)
        self.act.put(model.Person(
            id=member.id, name=name, position=position, organisation_id=org, roles=roles,
            team_id=_id("team", team) if team else None, nip=nip,
            notes="" if real else INVENTED,
            phone="" if real else self.phone()))
        self.members.append(member)
        return member


def _organisations(act: ops.Action) -> None:
    for name, abbr, kind, _dim in demo_data.ORGANISATIONS:
        act.put(model.Organisation(id=org_id(abbr), name=name, abbreviation=abbr, kind=kind))
    for school in demo_data.SCHOOLS:
        act.put(model.Organisation(id=org_id(school), name=school, kind="school"))
    for media in demo_data.MEDIA:
        act.put(model.Organisation(id=org_id(media), name=media, kind="press"))


def _head_title(name: str, abbr: str) -> str:
    special = {"Setda": "Sekretaris Daerah", "RSUD": "Direktur RSUD Kota Madiun",
               "Inspektorat": "Inspektur", "Satpol PP": "Kepala Satuan Polisi Pamong Praja"}
    if abbr.startswith("Kec."):
        return "Camat " + name.removeprefix("Kecamatan ")
    return special.get(abbr, f"Kepala {name}")


def people(act: ops.Action, rng: random.Random) -> list[Member]:
    """Add organisations, teams and about 300 people; return them in the order added."""
    _organisations(act)
    for pos, code in enumerate(DIMENSIONS):
        act.put(model.Team(id=_id("team", code), name=f"Kelompok {pos + 1}: {_dim_name(code)}",
                           dimension_id=dim_id(code), position=pos))
    book = _People(act, rng)
    book.add("head", "Wali Kota Madiun", None, "kepala_daerah,dewan", name="H. Maidi")
    book.add("dewan", "Kepala Dinas Komunikasi dan Informatika", org_id("Diskominfo"),
             "dewan,tim_pelaksana", "SG", name="Subakri")
    book.add("narasumber", "Narasumber Gerakan Menuju 100 Smart City", None, "narasumber",
             name="Prof. Marsudi Wahyu Kisworo")
    for _ in range(2):
        book.add("narasumber", "Narasumber Kementerian Kominfo", org_id("Kominfo"), "narasumber")
    _officials(book)
    _staff(book)
    _community(book)
    return book.members


def _officials(book: _People) -> None:
    opds = [o for o in demo_data.ORGANISATIONS if o[2] == "opd" and o[1] != "Diskominfo"]
    for name, abbr, _kind, dim in opds:
        roles = "dewan,tim_pelaksana" if abbr in ("Setda", "Bappeda") else "dewan"
        book.add("dewan", _head_title(name, abbr), org_id(abbr), roles, dim, nip=book.nip())
    for abbr, title in (("Polres Madiun Kota", "Kapolres Madiun Kota"),
                        ("Polres Madiun Kota", "Kasat Lantas"), ("Kodim 0803", "Dandim 0803"),
                        ("Kodim 0803", "Pasi Teritorial"), ("Kejari", "Kepala Kejaksaan Negeri"),
                        ("PN Madiun", "Ketua Pengadilan Negeri")):
        book.add("forkopimda", title, org_id(abbr), "dewan")
    for title in ("Ketua DPRD", "Ketua Komisi I", "Anggota Komisi III"):
        book.add("dprd", title, org_id("DPRD"), "participant")


def _staff(book: _People) -> None:
    opds = [o for o in demo_data.ORGANISATIONS if o[2] == "opd" and not o[1].startswith("Kec.")]
    for index in range(40):
        _name, abbr, _kind, dim = opds[index % len(opds)]
        title = book.rng.choice(("Kepala Bidang", "Sekretaris Dinas", "Kepala Seksi"))
        book.add("tim", f"{title}, {abbr}", org_id(abbr), "tim_pelaksana", dim, nip=book.nip())
    for index in range(60):
        _name, abbr, _kind, dim = opds[(index * 7) % len(opds)]
        title = book.rng.choice(("Pranata Komputer", "Analis Kebijakan", "Perencana",
                                 "Staf Pelaksana", "Kepala Subbagian Program"))
        book.add("opd", f"{title}, {abbr}", org_id(abbr), "participant", dim)
    for abbr, count in (("PDAM", 3), ("Bank Daerah", 3)):
        for _ in range(count):
            book.add("bumd", "Manajer", org_id(abbr), "participant", "SE")
    for index, (district, villages) in enumerate(
            [(d, v) for d, vs in demo_data.KELURAHAN for v in vs]):
        book.add("lurah", f"Lurah {villages}", org_id(f"Kec. {district}"), "participant",
                 DIMENSIONS[index % 6])
    for title in ("Kepala Bidang Aplikasi Informatika", "Kepala Seksi Smart City",
                  "Pranata Komputer Ahli Muda", "Pranata Komputer Ahli Pertama"):
        book.add("provinsi", title, org_id("Diskominfo Jatim"), "participant", "SG")


def _community(book: _People) -> None:
    for school in demo_data.SCHOOLS:
        book.add("school", "Kepala Sekolah", org_id(school), "participant", "SS")
    for abbr in ("UNIPMA", "UNIPMA", "UNIPMA", "PNM", "PNM", "PNM"):
        book.add("university", "Dosen", org_id(abbr), "participant", book.rng.choice(DIMENSIONS))
    for abbr, dim in (("FKS", "SL"), ("LPLM", "SN"), ("KPLM", "SS")):
        for _ in range(3):
            book.add("ngo", "Pengurus", org_id(abbr), "participant", dim)
    for index in range(20):
        book.add("kim", "Anggota KIM", org_id("FKIM"), "participant", DIMENSIONS[index % 6])
    for index in range(40):
        org = org_id(("UNIPMA", "PNM")[index % 2]) if index < 20 else org_id(
            f"SMA Negeri {index % 6 + 1} Madiun")
        book.add("student", "Mahasiswa" if index < 20 else "Pelajar", org, "participant",
                 DIMENSIONS[index % 6])
    for abbr in ("Telkom", "Telkom", "Kadin", "Kadin"):
        book.add("private", "Perwakilan", org_id(abbr), "participant", "SE")
    for index in range(10):
        org = org_id("PWI") if index < 5 else org_id(demo_data.MEDIA[index - 5])
        book.add("press", "Wartawan", org, "press")


def _dim_name(code: str) -> str:
    return f"Smart {demo_data.DIM_WORD[code]}"


# -- sessions -------------------------------------------------------------------------


def _invited(index: int, members: list[Member]) -> list[Member]:
    """Bimtek I: everyone; II and III: the teams; IV: the teams and the council."""
    if index == 0:
        return members
    groups = {"tim", "opd", "narasumber"} | ({"dewan", "head", "forkopimda", "dprd"}
                                            if index == 3 else set())
    return [m for m in members if m.group in groups]


def sessions(act: ops.Action, rng: random.Random, members: list[Member]) -> None:
    """Add the four Bimtek with agenda, attendance per day, minutes, agreed items, signatories."""
    for index, (title, stage, start, end, venue, opened, mentors, notes) in enumerate(
            demo_data.SESSIONS):
        session_id = _id("session", index)
        act.put(model.Session(id=session_id, title=title, stage=stage, start_date=start,
                              end_date=end, venue=venue, opened_by=opened, narasumber=mentors,
                              notes=notes))
        _agenda(act, session_id, index, (start, end))
        _attendance(act, rng, session_id, index, (start, end), members)
        for pos, (kind, text, owner, due) in enumerate(demo_data.MINUTES[index]):
            act.put(model.MinutesItem(id=_id("minutes", index, pos), session_id=session_id,
                                      kind=kind, text=text, owner=owner, due_date=due,
                                      position=pos))
    for index, texts in enumerate((*demo_data.AGREED_EARLIER, demo_data.AGREED)):
        for pos, text in enumerate(texts):
            act.put(model.AgreedItem(id=_id("agreed", index, pos), session_id=_id("session", index),
                                     text=text, position=pos))
    _signatories(act, members)


def _agenda(act: ops.Action, session_id: str, index: int, days: tuple[str, str]) -> None:
    for day_index, items in enumerate(demo_data.AGENDA[index]):
        for pos, (time, title, speaker) in enumerate(items):
            act.put(model.AgendaItem(id=_id("agenda", index, day_index, pos),
                                     session_id=session_id, day=days[day_index], time=time,
                                     title=title, speaker=speaker, position=pos))


def _attendance(act: ops.Action, rng: random.Random, session_id: str, index: int,
                days: tuple[str, str], members: list[Member]) -> None:
    chance = ((0.96, 0.86), (0.92, 0.88), (0.9, 0.87), (0.95, 0.93))[index]
    for member in _invited(index, members):
        for day, p in zip(days, chance, strict=True):
            present = member.name in demo_data.REAL_PEOPLE or rng.random() < p
            act.put(model.Attendance(
                id=model.natural_id("attendance", session_id, member.id, day),
                session_id=session_id, person_id=member.id, day=day, present=present))


def _signatories(act: ops.Action, members: list[Member]) -> None:
    """Who signs each session's Berita Acara (and Bimtek IV's commitment), in entry order."""
    by_name = {m.name: m for m in members}
    sekda = next(m for m in members if m.group == "dewan" and m.name != "Subakri")  # Setda head
    dprd = next(m for m in members if m.group == "dprd")  # the first one added: Ketua DPRD
    head = (0, "Wali Kota Madiun", by_name["H. Maidi"])
    kominfo = (1, "Kepala Dinas Komunikasi dan Informatika", by_name["Subakri"])
    mentor = (2, "Narasumber Gerakan Menuju 100 Smart City",
              by_name["Prof. Marsudi Wahyu Kisworo"])
    per_session = (
        (head, kominfo, mentor), (kominfo, mentor), (kominfo, mentor),
        ((0, "Narasumber Gerakan Menuju 100 Smart City", by_name["Prof. Marsudi Wahyu Kisworo"]),
         (1, "Kepala Dinas Komunikasi dan Informatika", by_name["Subakri"]),
         (2, "Sekretaris Daerah Kota Madiun selaku Ketua Tim Pelaksana", sekda),
         (3, "Ketua DPRD Kota Madiun", dprd),
         (4, "Wali Kota Madiun", by_name["H. Maidi"])),
    )
    for index, blocks in enumerate(per_session):
        for pos, title, member in blocks:
            act.put(model.Signatory(id=_id("signatory", index, pos),
                                    session_id=_id("session", index), person_id=member.id,
                                    name=member.name, title=title, nip=member.nip,
                                    position=pos))
