"""Document labels of the vocabularies (phases, kinds, roles, stages) and words books share."""

from __future__ import annotations

from app import i18n

PHASES = {"quick_win": "Quick win", "short": "Short term", "medium": "Medium term",
          "long": "Long term"}
PROGRAMME_KINDS = {"policy": "Policy and regulation", "infrastructure": "Infrastructure",
                   "application": "Application or service", "people": "People and literacy"}
STATUSES = {"new": "New", "existing": "Existing"}
CARD_KINDS = {"idea": "Idea", "problem": "Problem", "strength": "Strength",
              "weakness": "Weakness", "opportunity": "Opportunity", "threat": "Threat",
              "issue": "Issue", "gap": "Gap"}
ROLES = {"kepala_daerah": "Head of region", "dewan": "Smart City Council",
         "tim_pelaksana": "Implementation Team", "narasumber": "Resource person",
         "participant": "Participant", "press": "Press"}
STAGES = {"I": "Bimtek I", "II": "Bimtek II", "III": "Bimtek III", "IV": "Bimtek IV",
          "other": "Session"}


ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """Return ``number`` in capital Roman numerals (``4`` -> ``IV``)."""
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


def numbered(lang: str, chapters: tuple[str, ...], annexes: tuple[str, ...] = ()) -> list[str]:
    """Return ``BAB I Pendahuluan``, ..., ``LAMPIRAN I ...``: a book's outline in ``lang``."""
    chapter = i18n.translate("CHAPTER {number}", lang)
    annex = i18n.translate("ANNEX {number}", lang)
    return ([f"{chapter.format(number=roman(n))} {i18n.translate(t, lang)}"
             for n, t in enumerate(chapters, 1)]
            + [f"{annex.format(number=roman(n))} {i18n.translate(t, lang)}"
               for n, t in enumerate(annexes, 1)])


def label(table: dict[str, str], code: str, lang: str) -> str:
    """Return the label of ``code`` from one of the tables above, in ``lang``."""
    return i18n.translate(table.get(code, code), lang)


i18n.register({
    "Quick win": "Quick win", "Short term": "Jangka pendek", "Medium term": "Jangka menengah",
    "Long term": "Jangka panjang",
    "Policy and regulation": "Kebijakan dan regulasi", "Infrastructure": "Infrastruktur",
    "Application or service": "Aplikasi atau layanan", "People and literacy": "SDM dan literasi",
    "New": "Baru", "Existing": "Lanjutan",
    "Idea": "Ide", "Problem": "Masalah", "Strength": "Kekuatan", "Weakness": "Kelemahan",
    "Opportunity": "Peluang", "Threat": "Ancaman", "Issue": "Isu", "Gap": "Kesenjangan",
    "Head of region": "Kepala daerah", "Smart City Council": "Dewan Smart City",
    "Implementation Team": "Tim Pelaksana", "Resource person": "Narasumber",
    "Participant": "Peserta", "Press": "Pers",
    "Session": "Sesi",
    # shared by every book
    "CHAPTER {number}": "BAB {number}",
    "ANNEX {number}": "LAMPIRAN {number}",
    "Table": "Tabel", "Figure": "Gambar",
    "No": "No", "Code": "Kode", "Programme": "Program", "Dimension": "Dimensi",
    "Element": "Elemen", "Kind": "Jenis", "Lead agency": "OPD Pelaksana",
    "Years": "Tahun", "Year": "Tahun", "Phase": "Tahap", "Total": "Jumlah",
    "Indicator": "Indikator", "Unit": "Satuan", "Baseline": "Kondisi Awal",
    "Name": "Nama", "Position": "Jabatan", "Organisation": "Instansi", "Role": "Peran",
    "Signature": "Tanda Tangan", "Programmes": "Program",
    "Indicative budget ({unit})": "Indikasi Anggaran ({unit})",
    "Budget ({unit})": "Anggaran ({unit})",
    "None recorded.": "Belum ada data.",
    "Smart City Masterplan": "Masterplan Smart City",
    "Vision": "Visi", "Missions": "Misi",
    "Quick wins": "Daftar quick win", "Quick Wins": "Quick Win",
    "Progress": "Progres", "Target users": "Sasaran Pengguna",
    "Indicative budget": "Indikasi Anggaran",
    "Indicative budget per year": "Indikasi anggaran per tahun",
    "Smart city roadmap": "Peta jalan smart city",
})


def figure(value: object, lang: str) -> str:
    """Return a number written in ``value`` with the book's separators (``1.500`` / ``1,500``).

    Targets are free text: ``1500`` becomes ``1.500`` (Indonesian) or ``1,500``
    (English), ``2.5`` or ``2,5`` becomes ``2,5`` / ``2.5``; other text is kept.
    """
    text = str(value).strip()
    plain = text.replace(" ", "")
    if not plain or plain.count(".") + plain.count(",") > 1 or \
            not plain.lstrip("-").replace(".", "").replace(",", "").isdigit():
        return text
    whole, _sep, part = plain.replace(",", ".").partition(".")
    if part and len(part) == 3 and not whole.lstrip("-").startswith("0") and "," not in plain:
        whole, part = whole + part, ""  # "1.500": already a thousands separator
    grouped = f"{int(whole):,}"
    thousands, decimal = (".", ",") if lang == "id" else (",", ".")
    grouped = grouped.replace(",", thousands)
    return f"{grouped}{decimal}{part}" if part else grouped


def money(text: str, lang: str) -> str:
    """Return an amount formatted the Indonesian way (``Rp1.500.000,00``) in ``lang``'s style."""
    if lang == "id":
        return text
    return text.translate(str.maketrans(".,", ",."))
