"""The Kota Madiun demo's Bimtek I cards (illustrative): SWOT, innovations, issues and gaps.

SWOT entries are given per dimension and readiness component as (strength,
weakness, opportunity, threat); innovations per dimension; readiness ratings with
a narrative and one piece of evidence per cell.
"""

from __future__ import annotations

COMPONENTS = ("struktur", "infrastruktur", "suprastruktur")

SWOT = {
    "SG": (
        ("ASN Diskominfo berlatar belakang TIK", "Jumlah pranata komputer masih sedikit",
         "Pelatihan digital talent Kominfo", "ASN terlatih pindah ke instansi lain"),
        ("Jaringan fiber optik menghubungkan kantor OPD", "Ruang server belum memenuhi standar",
         "Layanan pusat data nasional", "Gangguan listrik merusak perangkat"),
        ("Komitmen Wali Kota pada layanan cepat", "Belum ada Perwal tata kelola TIK",
         "Perpres SPBE menjadi acuan", "Perubahan regulasi pusat yang cepat"),
    ),
    "SB": (
        ("Identitas kota pesilat dan kuliner pecel kuat", "Belum ada tim pengelola merek kota",
         "Media sosial memperluas promosi", "Kota tetangga bersaing menarik wisatawan"),
        ("Alun-alun dan Jalan Pahlawan mudah dijangkau", "Penunjuk arah wisata belum lengkap",
         "Jalur kereta api membawa banyak pengunjung", "Kemacetan saat acara besar"),
        ("Kalender event tahunan sudah berjalan", "Belum ada strategi branding tertulis",
         "Dukungan provinsi untuk promosi wisata", "Citra negatif dari pemberitaan"),
    ),
    "SE": (
        ("Banyak UMKM kuliner dan kerajinan", "Pelaku UMKM belum melek pemasaran daring",
         "Lokapasar nasional membuka pasar baru", "Produk luar lebih murah"),
        ("Pasar rakyat tersebar di tiga kecamatan", "Pembayaran non-tunai di pasar masih jarang",
         "Bank daerah siap menyediakan QR pembayaran", "Penipuan transaksi daring"),
        ("Perizinan usaha sudah satu pintu", "Data UMKM tersebar di beberapa OPD",
         "Program elektronifikasi transaksi pemda", "Perubahan aturan pajak daerah"),
    ),
    "SL": (
        ("Tenaga kesehatan puskesmas memadai", "Petugas belum terbiasa rekam medis elektronik",
         "Program kampung tematik menggerakkan warga", "Kepadatan permukiman di pusat kota"),
        ("Enam puskesmas dan RSUD tersedia", "Simpang padat belum dipantau kamera",
         "Bantuan ATCS dari Kementerian Perhubungan", "Pertumbuhan kendaraan pribadi"),
        ("Rencana tata ruang sudah ditetapkan", "Integrasi data kesehatan belum diatur",
         "Standar layanan BPJS Kesehatan daring", "Wabah penyakit menular"),
    ),
    "SS": (
        ("Guru dan kepala sekolah antusias pada TIK", "Literasi digital warga lanjut usia rendah",
         "Komunitas KIM aktif di kelurahan", "Hoaks menyebar melalui media sosial"),
        ("Sekolah negeri sudah terhubung internet", "Wi-Fi publik baru di sedikit titik",
         "CSR operator telekomunikasi", "Pencurian perangkat di ruang publik"),
        ("Forum kelompok informasi masyarakat terbentuk", "Belum ada SOP keamanan informasi",
         "Kurikulum nasional mendorong literasi digital", "Kejahatan siber meningkat"),
    ),
    "SN": (
        ("Kader lingkungan aktif di kelurahan", "Petugas pengelola sampah terbatas",
         "Program Kampung Iklim KLHK", "Volume sampah terus bertambah"),
        ("Bank sampah berdiri di beberapa kelurahan", "Lampu jalan masih boros energi",
         "Teknologi LED dan panel surya makin murah", "Banjir lokal saat hujan deras"),
        ("Perda pengelolaan sampah tersedia", "Belum ada target energi daerah",
         "Skema KPBU untuk penerangan jalan", "Kenaikan tarif listrik"),
    ),
}

# Per dimension: candidate innovations (the programme of the same rank grew from each one).
INNOVATIONS = {
    "SG": ("Satu portal untuk semua layanan publik online", "Satu data kota di pusat data",
           "Perencanaan dan penganggaran elektronik", "Aplikasi pengaduan warga terpadu",
           "Tanda tangan elektronik untuk naskah dinas"),
    "SB": ("Jalan Pahlawan sebagai pusat wisata kota", "Portal wisata dan kalender event",
           "Merek kota Madiun Kota Pendekar", "Sertifikasi dan promosi pecel dan produk unggulan",
           "Taman tematik di setiap kecamatan"),
    "SE": ("Galeri online produk UMKM Madiun", "Kelas pemasaran digital untuk UMKM",
           "Retribusi dan pajak daerah non-tunai", "Pasar rakyat dengan pembayaran QR",
           "Data bantuan sosial terpadu"),
    "SL": ("Kampung tematik di setiap kelurahan", "Antrean online puskesmas",
           "Rekam medis elektronik RSUD dan puskesmas", "ATCS dan CCTV di simpang padat",
           "Perizinan bangunan online dengan peta tata ruang"),
    "SS": ("Laptop untuk siswa dan belajar di luar kelas", "Wi-Fi gratis di taman dan kelurahan",
           "KIM sebagai duta literasi digital", "Perpustakaan digital kota",
           "CCTV lingkungan terhubung ke Polres"),
    "SN": ("Kampung iklim di setiap kecamatan", "Bank sampah dengan aplikasi tabungan",
           "Sensor kualitas udara dan air", "Lampu jalan LED pintar",
           "Sampah menjadi energi di TPA"),
}

ISSUES = {
    "SG": ("Layanan masih mengharuskan warga datang ke kantor",
           "Aplikasi OPD tidak saling terhubung"),
    "SB": ("Wisatawan singgah tetapi tidak menginap", "Promosi wisata berjalan sendiri-sendiri"),
    "SE": ("UMKM sulit menjangkau pasar di luar kota", "Data UMKM tidak mutakhir"),
    "SL": ("Antrean panjang di puskesmas pada pagi hari", "Kemacetan di simpang pusat kota"),
    "SS": ("Kesenjangan akses internet antarkelurahan", "Hoaks meresahkan warga"),
    "SN": ("Sampah plastik rumah tangga meningkat", "Biaya listrik penerangan jalan tinggi"),
}

GAPS = {
    "SG": ("Belum ada arsitektur SPBE kota", "Kompetensi keamanan informasi ASN kurang"),
    "SB": ("Belum ada data kunjungan wisata harian", "Belum ada pedoman identitas visual kota"),
    "SE": ("Belum ada platform pemasaran bersama UMKM", "Kanal pembayaran non-tunai belum merata"),
    "SL": ("Data kesehatan belum terintegrasi", "Belum ada pusat kendali lalu lintas"),
    "SS": ("Titik akses internet publik terbatas",
           "Belum ada program literasi digital berkelanjutan"),
    "SN": ("Belum ada pemantauan kualitas udara", "Belum ada inventaris konsumsi energi gedung"),
}

# Clusters of the Bimtek I board: (name, dimension, indices of that dimension's innovations)
CLUSTERS = (
    ("Layanan online terpadu", "SG", (0, 3, 4)),
    ("Kota wisata dan kuliner", "SB", (0, 1, 3)),
    ("UMKM naik kelas digital", "SE", (0, 1, 3)),
    ("Kesehatan dan kampung tertata", "SL", (0, 1, 2)),
    ("Belajar dan literasi digital", "SS", (0, 2, 3)),
    ("Kota hijau dan hemat energi", "SN", (0, 1, 3)),
)

# Readiness per component (rows) x dimension (columns SG SB SE SL SS SN): rating 1-5
RATINGS = ((3, 2, 2, 3, 3, 2), (3, 3, 2, 3, 3, 2), (2, 2, 3, 3, 2, 3))

NARRATIVE = {
    "struktur": "Sumber daya manusia dan anggaran untuk {dim}: {s}; namun {w}.",
    "infrastruktur": "Infrastruktur pendukung {dim}: {s}; namun {w}.",
    "suprastruktur": "Kebijakan dan kelembagaan {dim}: {s}; namun {w}.",
}

EVIDENCE = {
    "struktur": ("Rekap ASN per jabatan dan kompetensi TIK", "BKPSDM, Juni 2019"),
    "infrastruktur": ("Inventaris jaringan, perangkat dan fasilitas", "Diskominfo, Juni 2019"),
    "suprastruktur": ("Daftar Perda, Perwal dan SOP yang berlaku", "Setda Bagian Hukum, 2019"),
}
