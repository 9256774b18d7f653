"""The Kota Madiun demo's facts and illustrative material: region, organisations, sessions.

Public facts (domain.md, "Demo material") are the region, the plan period, Bimtek I
and IV with their dates and venue, the officials named below and the six quick
wins; everything else (other names, Bimtek II and III dates, numbers) is invented
for the demo and says so in the workbook's notes.
"""

from __future__ import annotations

from app import model

DIMENSIONS = ("SG", "SB", "SE", "SL", "SS", "SN")
DIM_WORD = {"SG": "Governance", "SB": "Branding", "SE": "Economy", "SL": "Living",
            "SS": "Society", "SN": "Environment"}
PLAN = tuple(range(2019, 2025))


def demo_id(kind: str, *parts: object) -> str:
    """Return the stable id of a demo row of ``kind`` identified by ``parts``."""
    return model.natural_id(f"demo-{kind}", *parts)


def dim_id(code: str) -> str:
    """Return the id of the framework dimension with ``code``."""
    return model.natural_id("dimensions", code)


def element_id(code: str, position: int) -> str:
    """Return the id of the framework element at ``position`` in dimension ``code``."""
    return model.natural_id("elements", code, position)


def component_id(code: str) -> str:
    """Return the id of the readiness component with ``code``."""
    return model.natural_id("components", code)


def source_id(code: str) -> str:
    """Return the id of the funding source with ``code``."""
    return model.natural_id("funding_sources", code)


def org_id(key: str) -> str:
    """Return the id of the demo organisation with abbreviation (or full name) ``key``."""
    return demo_id("org", key)

REAL_PEOPLE = ("H. Maidi", "Subakri", "Prof. Marsudi Wahyu Kisworo")

NOTES = (
    "Buku kerja demo Kota Madiun 2019. Fakta publik: Bimtek I 4-5 Juli 2019 di Ruang Bima 2, "
    "Hotel Aston Madiun (sekitar 300 peserta), dibuka Wali Kota H. Maidi; Kepala Dinas Kominfo "
    "Subakri; narasumber Prof. Marsudi Wahyu Kisworo dan Kementerian Kominfo; Bimtek IV "
    "30 September - 1 Oktober 2019 dengan penandatanganan komitmen; enam quick win. "
    "Semua nama peserta lain adalah REKAAN untuk demo; tanggal Bimtek II dan III, anggaran, "
    "indikator, nilai kesiapan dan isi kartu bersifat ilustratif.\n\n"
    "Kota Madiun 2019 demo workbook. Public facts: Bimtek I on 4-5 July 2019 in Ruang Bima 2, "
    "Hotel Aston Madiun (about 300 participants), opened by Mayor H. Maidi; head of the "
    "communications office Subakri; mentors Prof. Marsudi Wahyu Kisworo and the ministry; "
    "Bimtek IV on 30 September - 1 October 2019 with the commitment signed; six quick wins. "
    "All other participant names are INVENTED for the demo; the dates of Bimtek II and III, "
    "budgets, indicators, ratings and card texts are illustrative."
)

PROFILE = (
    "Kota Madiun terletak di bagian barat Provinsi Jawa Timur, terdiri atas 3 kecamatan "
    "(Kartoharjo, Manguharjo, Taman) dan 27 kelurahan. Kota ini dikenal sebagai kota "
    "pendidikan, perdagangan dan jasa, kota pesilat, serta kuliner pecel."
)

VISION = ("Madiun Kota Cerdas: pelayanan publik yang prima, ekonomi kreatif yang tumbuh, "
          "dan warga yang sejahtera, aman dan berbudaya")
VISION_KEYWORDS = ("pelayanan prima, kota pesilat, pariwisata, perdagangan dan jasa, "
                   "pendidikan, ekonomi kreatif, sejahtera, aman, hijau, berbudaya")
MISSIONS = (
    "Mewujudkan tata kelola pemerintahan yang terbuka, efektif dan berbasis data.",
    "Membangun citra Kota Madiun sebagai tujuan wisata, perdagangan dan jasa.",
    "Menumbuhkan ekonomi kerakyatan dan UMKM yang melek digital.",
    "Menyediakan lingkungan hidup yang sehat, tertata dan mudah dijangkau.",
    "Membangun masyarakat yang cerdas, aman dan saling peduli.",
    "Menjaga kelestarian lingkungan dan menghemat energi.",
)

# (name, abbreviation, kind, dimension code the organisation mostly works in)
ORGANISATIONS = (
    ("Sekretariat Daerah Kota Madiun", "Setda", "opd", "SG"),
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda", "opd", "SG"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo", "opd", "SG"),
    ("Inspektorat Daerah", "Inspektorat", "opd", "SG"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "opd", "SG"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "opd", "SG"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "opd", "SG"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "opd", "SG"),
    ("Dinas Kebudayaan, Pariwisata, Kepemudaan dan Olahraga", "Disbudparpora", "opd", "SB"),
    ("Dinas Perdagangan", "Disdag", "opd", "SE"),
    ("Dinas Koperasi dan Usaha Mikro", "Dinkop UM", "opd", "SE"),
    ("Dinas Tenaga Kerja", "Disnaker", "opd", "SE"),
    ("Dinas Sosial", "Dinsos", "opd", "SE"),
    ("Dinas Pertanian dan Ketahanan Pangan", "Dispertan", "opd", "SE"),
    ("Dinas Kesehatan", "Dinkes", "opd", "SL"),
    ("Rumah Sakit Umum Daerah Kota Madiun", "RSUD", "opd", "SL"),
    ("Dinas Perhubungan", "Dishub", "opd", "SL"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "opd", "SL"),
    ("Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "opd", "SL"),
    ("Dinas Pendidikan", "Dindik", "opd", "SS"),
    ("Dinas Perpustakaan dan Kearsipan", "Disperpusip", "opd", "SS"),
    ("Satuan Polisi Pamong Praja", "Satpol PP", "opd", "SS"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", "opd", "SS"),
    ("Badan Kesatuan Bangsa dan Politik", "Bakesbangpol", "opd", "SS"),
    ("Dinas Lingkungan Hidup", "DLH", "opd", "SN"),
    ("Kecamatan Kartoharjo", "Kec. Kartoharjo", "opd", "SL"),
    ("Kecamatan Manguharjo", "Kec. Manguharjo", "opd", "SL"),
    ("Kecamatan Taman", "Kec. Taman", "opd", "SL"),
    ("Perusahaan Daerah Air Minum Tirta Taman Sari", "PDAM", "bumd", "SN"),
    ("PD BPR Bank Daerah Kota Madiun", "Bank Daerah", "bumd", "SE"),
    ("Kepolisian Resor Madiun Kota", "Polres Madiun Kota", "forkopimda", "SS"),
    ("Komando Distrik Militer 0803/Madiun", "Kodim 0803", "forkopimda", "SS"),
    ("Kejaksaan Negeri Kota Madiun", "Kejari", "forkopimda", "SG"),
    ("Pengadilan Negeri Madiun", "PN Madiun", "forkopimda", "SG"),
    ("Dewan Perwakilan Rakyat Daerah Kota Madiun", "DPRD", "dprd", "SG"),
    ("Dinas Komunikasi dan Informatika Provinsi Jawa Timur", "Diskominfo Jatim", "vertical", "SG"),
    ("Kementerian Komunikasi dan Informatika", "Kominfo", "vertical", "SG"),
    ("Universitas PGRI Madiun", "UNIPMA", "university", "SS"),
    ("Politeknik Negeri Madiun", "PNM", "university", "SE"),
    ("Forum Kelompok Informasi Masyarakat Kota Madiun", "FKIM", "community", "SS"),
    ("Forum Kota Sehat Kota Madiun", "FKS", "ngo", "SL"),
    ("Lembaga Pemerhati Lingkungan Madiun", "LPLM", "ngo", "SN"),
    ("Komunitas Pegiat Literasi Madiun", "KPLM", "ngo", "SS"),
    ("Persatuan Wartawan Indonesia Madiun", "PWI", "press", "SB"),
    ("PT Telkom Indonesia Witel Madiun", "Telkom", "private", "SG"),
    ("Kamar Dagang dan Industri Kota Madiun", "Kadin", "private", "SE"),
)

SCHOOLS = (
    *(f"SMP Negeri {n} Madiun" for n in range(1, 15)),
    *(f"SMA Negeri {n} Madiun" for n in range(1, 7)),
    *(f"SMK Negeri {n} Madiun" for n in range(1, 6)),
    "SD Negeri 01 Nambangan Lor", "SD Negeri 02 Oro-oro Ombo", "SD Negeri 01 Taman",
    "SD Negeri 03 Klegen", "SD Negeri 01 Kejuron",
)

KELURAHAN = (
    ("Kartoharjo", ("Kanigoro", "Kartoharjo", "Kelun", "Klegen", "Oro-oro Ombo", "Pilangbango",
                    "Rejomulyo", "Sukosari", "Tawangrejo")),
    ("Manguharjo", ("Madiun Lor", "Manguharjo", "Nambangan Kidul", "Nambangan Lor", "Ngegong",
                    "Pangongangan", "Patihan", "Sogaten", "Winongo")),
    ("Taman", ("Banjarejo", "Demangan", "Josenan", "Kejuron", "Kuncen", "Manisrejo",
               "Mojorejo", "Pandean", "Taman")),
)

MEDIA = ("Radar Madiun", "Madiun Pos", "RRI Madiun", "Madiun TV", "Warta Madiun Online")

FIRST_NAMES = (
    "Agus", "Bambang", "Budi", "Dwi", "Eko", "Endang", "Fitri", "Galih", "Hadi", "Hari",
    "Indah", "Joko", "Kurniawan", "Lestari", "Mulyono", "Nanik", "Nur", "Puji", "Rahmat",
    "Retno", "Rina", "Sri", "Sugeng", "Suharto", "Sumarni", "Tri", "Wahyu", "Wulan", "Yuli",
    "Yudi", "Ahmad", "Anik", "Arif", "Dewi", "Dian", "Edi", "Erna", "Heru", "Ika", "Imam",
    "Siti", "Slamet", "Teguh", "Umi", "Widodo", "Yanti", "Rudi", "Sari", "Bayu", "Citra",
    "Dimas", "Fajar", "Gita", "Hendra", "Ilham", "Kartika", "Lukman", "Maya", "Novi", "Putri",
)
LAST_NAMES = (
    "Santoso", "Wibowo", "Prasetyo", "Rahayu", "Susanto", "Hidayat", "Setiawan", "Purnomo",
    "Handayani", "Kusuma", "Nugroho", "Utami", "Saputra", "Wijaya", "Hartono", "Sulistyo",
    "Mulyani", "Suryani", "Pratama", "Permana", "Anggraini", "Firmansyah", "Haryanto",
    "Kurniasih", "Lestiani", "Maharani", "Novitasari", "Pamungkas", "Ramadhan", "Setyowati",
    "Sugiarto", "Triyono", "Wardani", "Yulianto", "Zulkarnain", "Budiono", "Cahyono",
    "Darmawan", "Effendi", "Gunawan", "Irawan", "Junaedi", "Kristanto", "Laksono", "Mahendra",
    "Nurhayati", "Puspitasari", "Rosyid", "Sasongko", "Winarno",
)
DEGREES = ("", "", "", ", S.E.", ", S.Kom.", ", S.T.", ", S.Sos., M.Si.", ", S.H.",
           ", S.Pd.", ", M.M.")

# (title, stage, start, end, venue, opened_by, narasumber, notes)
SESSIONS = (
    ("Bimtek I: Analisis Strategis", "I", "2019-07-04", "2019-07-05",
     "Ruang Bima 2, Hotel Aston Madiun", "Wali Kota Madiun, H. Maidi",
     "Prof. Marsudi Wahyu Kisworo; Kementerian Komunikasi dan Informatika",
     "Bimbingan teknis pertama: pengenalan program, analisis kesiapan dan SWOT, "
     "kata kunci visi, inovasi kandidat per dimensi. Sekitar 300 peserta."),
    ("Bimtek II: Pemetaan Program dan Quick Win", "II", "2019-08-01", "2019-08-02",
     "Ruang 13, Balai Kota Madiun", "Sekretaris Daerah Kota Madiun",
     "Kementerian Komunikasi dan Informatika",
     "Tanggal ilustratif. Reviu Buku 1, pemetaan program RPJMD/Renstra, rancangan quick win."),
    ("Bimtek III: Strategi dan Peta Jalan", "III", "2019-08-29", "2019-08-30",
     "Ruang 13, Balai Kota Madiun", "Kepala Dinas Kominfo, Subakri",
     "Kementerian Komunikasi dan Informatika",
     "Tanggal ilustratif. Strategi per dimensi, rencana aksi dan peta jalan, pemilihan quick win."),
    ("Bimtek IV: Finalisasi dan Komitmen", "IV", "2019-09-30", "2019-10-01",
     "Ruang Bima 2, Hotel Aston Madiun", "Wali Kota Madiun, H. Maidi",
     "Prof. Marsudi Wahyu Kisworo; Kementerian Komunikasi dan Informatika",
     "Reviu bab demi bab, finalisasi quick win, penandatanganan lembar komitmen."),
)

# Per session: per day, (time, title, speaker)
AGENDA = (
    ((("08.00", "Registrasi peserta", ""),
      ("08.30", "Pembukaan dan sambutan Wali Kota Madiun", "H. Maidi"),
      ("09.00", "Gerakan Menuju 100 Smart City: arah dan tahapan", "Prof. Marsudi Wahyu Kisworo"),
      ("10.30", "Konsep enam dimensi smart city", "Kementerian Kominfo"),
      ("13.00", "Analisis kesiapan: struktur, infrastruktur, suprastruktur", "Kementerian Kominfo"),
      ("15.00", "Diskusi kelompok: SWOT per dimensi", "Tim Pelaksana"),
      ("16.30", "Penutupan hari pertama", "Subakri")),
     (("08.00", "Presentasi hasil SWOT per kelompok", "Ketua kelompok"),
      ("10.00", "Perumusan kata kunci visi smart city", "Prof. Marsudi Wahyu Kisworo"),
      ("13.00", "Inovasi kandidat per dimensi", "Kementerian Kominfo"),
      ("15.00", "Rencana tindak lanjut dan penugasan Buku 1", "Subakri"),
      ("16.00", "Penutupan", "Subakri"))),
    ((("08.30", "Pembukaan", "Sekretaris Daerah"),
      ("09.00", "Reviu Buku 1 Analisis Strategis", "Kementerian Kominfo"),
      ("13.00", "Pemetaan program RPJMD dan Renstra ke enam dimensi", "Tim Pelaksana")),
     (("08.30", "Rancangan quick win dan rencana aksi", "Kementerian Kominfo"),
      ("13.00", "Presentasi kelompok dan tanggapan narasumber", "Ketua kelompok"),
      ("15.30", "Penutupan", "Subakri"))),
    ((("08.30", "Pembukaan", "Subakri"),
      ("09.00", "Strategi per dimensi dan elemen", "Kementerian Kominfo"),
      ("13.00", "Rencana aksi dan peta jalan 1, 5 dan 10 tahun", "Tim Pelaksana")),
     (("08.30", "Pemilihan quick win", "Kementerian Kominfo"),
      ("13.00", "Tata kelola dan pembiayaan", "Bappeda"),
      ("15.30", "Penutupan", "Subakri"))),
    ((("08.30", "Pembukaan dan sambutan Wali Kota Madiun", "H. Maidi"),
      ("09.00", "Reviu Buku 1 dan Buku 2 bab demi bab", "Prof. Marsudi Wahyu Kisworo"),
      ("13.00", "Finalisasi profil quick win", "Kementerian Kominfo")),
     (("08.30", "Reviu akhir dan perbaikan dokumen", "Tim Pelaksana"),
      ("10.30", "Penandatanganan lembar komitmen", "H. Maidi"),
      ("11.30", "Penutupan", "Subakri"))),
)

# Per session: (kind, text, owner, due date)
MINUTES = (
    (("point", "Wali Kota menegaskan smart city sebagai gerakan bersama, bukan proyek TIK.", "",
      None),
     ("point", "Peserta dibagi menjadi enam kelompok sesuai dimensi smart city.", "", None),
     ("decision", "Tim Pelaksana menyusun Buku 1 Analisis Strategis dari hasil diskusi kelompok.",
      "", None),
     ("followup", "Lengkapi data dukung kesiapan per dimensi.", "Bappeda", "2019-07-26"),
     ("followup", "Kumpulkan kartu dan foto papan diskusi ke Diskominfo.", "Diskominfo",
      "2019-07-12")),
    (("point", "Buku 1 direviu; bab kesiapan infrastruktur perlu data jaringan.", "", None),
     ("decision", "Setiap OPD memetakan program Renstra ke dimensi smart city.", "", None),
     ("followup", "Kirim lembar kerja program OPD ke Bappeda.", "Seluruh OPD", "2019-08-16")),
    (("point", "Peta jalan disusun untuk 2019-2024 mengikuti periode RPJMD.", "", None),
     ("decision", "Enam quick win dipilih, satu per dimensi.", "", None),
     ("followup", "Susun profil quick win lengkap dengan rencana aksi.", "Diskominfo",
      "2019-09-20")),
    (("point", "Buku 1 dan Buku 2 direviu bab demi bab bersama narasumber.", "", None),
     ("decision", "Masterplan Smart City Kota Madiun 2019-2024 disepakati untuk ditetapkan.", "",
      None),
     ("decision", "Enam quick win dilaksanakan mulai triwulan IV 2019.", "", None),
     ("followup", "Siapkan rancangan Peraturan Wali Kota tentang Masterplan Smart City.",
      "Setda (Bagian Hukum)", "2019-11-29"),
     ("followup", "Laporkan kemajuan quick win setiap triwulan.", "Diskominfo", "2020-01-15")),
)

# Agreed items of Bimtek I-III (the Berita Acara of each session); Bimtek IV: AGREED below.
AGREED_EARLIER = (
    ("Pemerintah Kota Madiun mengikuti Gerakan Menuju 100 Smart City dan menyusun Masterplan "
     "Smart City 2019-2024 melalui empat bimbingan teknis.",
     "Analisis kesiapan disusun per dimensi oleh enam kelompok kerja dan dihimpun Tim "
     "Pelaksana menjadi Buku 1 Analisis Strategis.",
     "Setiap OPD menunjuk satu penghubung data untuk melengkapi data dukung kesiapan."),
    ("Program Renstra OPD dipetakan ke enam dimensi smart city sebagai bahan Buku 2.",
     "Calon quick win diusulkan oleh setiap kelompok beserta rencana aksinya.",
     "Bappeda memastikan keselarasan program dengan RPJMD 2019-2024."),
    ("Peta jalan 2019-2024 disusun mengikuti tahapan RPJMD.",
     "Enam quick win dipilih, satu untuk setiap dimensi smart city.",
     "Rancangan Buku 2 Masterplan direviu dalam Bimtek IV."),
)

AGREED = (
    "Pemerintah Kota Madiun berkomitmen melaksanakan Masterplan Smart City 2019-2024.",
    "Visi smart city: " + VISION + ".",
    "Enam quick win ditetapkan, satu untuk setiap dimensi smart city.",
    "Masterplan ditetapkan dengan Peraturan Wali Kota dan diintegrasikan ke dalam RPJMD "
    "dan Renstra OPD.",
    "Dewan Smart City dan Tim Pelaksana mengevaluasi pelaksanaan setiap tahun.",
)

GOALS = {
    "SG": (("Layanan publik dapat diakses secara daring", "Layanan perizinan daring", "%", "20",
            20, 90),
           ("Pengambilan keputusan berbasis data", "Data sektoral dalam Satu Data", "set", "40",
            40, 400)),
    "SB": (("Kunjungan wisata meningkat", "Kunjungan wisatawan per tahun", "ribu orang", "450",
            450, 900),
           ("Produk unggulan dikenal luas", "Produk bersertifikat dan terpromosi", "produk", "60",
            60, 300)),
    "SE": (("UMKM naik kelas melalui digital", "UMKM berjualan daring", "unit", "300", 300, 2500),
           ("Transaksi pemerintah non-tunai", "Transaksi retribusi non-tunai", "%", "5", 5, 80)),
    "SL": (("Layanan kesehatan lebih cepat", "Puskesmas dengan antrean daring", "puskesmas", "0",
            0, 6),
           ("Lalu lintas tertib dan lancar", "Simpang ber-ATCS", "simpang", "4", 4, 30)),
    "SS": (("Warga melek digital", "Warga mengikuti literasi digital", "orang", "500", 500, 15000),
           ("Lingkungan aman terpantau", "Titik CCTV terintegrasi", "titik", "30", 30, 400)),
    "SN": (("Sampah berkurang dari sumbernya", "Sampah terkelola bank sampah", "%", "8", 8, 30),
           ("Energi lebih hemat", "Lampu jalan hemat energi", "%", "15", 15, 85)),
}

FOREWORD_ID = (
    "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Masterplan Smart City Kota "
    "Madiun 2019-2024 disusun bersama seluruh perangkat daerah, Forkopimda, dunia usaha, "
    "akademisi dan masyarakat melalui empat kali bimbingan teknis Gerakan Menuju 100 Smart City."
)
FOREWORD_EN = (
    "We give thanks to God Almighty. The Kota Madiun Smart City Masterplan 2019-2024 was "
    "written together by all regional agencies, Forkopimda, business, academia and citizens "
    "over four technical workshops of the Gerakan Menuju 100 Smart City."
)
