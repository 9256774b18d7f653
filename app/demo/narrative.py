"""The demo's longer texts, so that its books read like books (illustrative, invented wording).

Strategy narratives per element (DocSetting ``strategy_<element id>``), the
head of region's Sambutan, a fuller Kata Pengantar and region profile, and a
stand-in emblem. Plain data: deterministic.
"""

from __future__ import annotations

from app.demo.data import element_id
from app.documents import emblem

# (dimension code, element position) -> the strategy of that element, in Indonesian.
STRATEGIES = {
    ("SG", 0): "Layanan publik dibawa ke satu pintu daring agar warga tidak perlu datang ke "
               "kantor untuk urusan yang sederhana. Mal pelayanan publik tetap dibuka bagi "
               "warga yang memerlukan pendampingan, dan setiap layanan diukur waktu "
               "penyelesaiannya.",
    ("SG", 1): "Birokrasi diperkuat dengan data yang sama untuk semua perangkat daerah: satu "
               "data, satu pusat data, dan naskah dinas elektronik. ASN dilatih agar "
               "perubahan cara kerja diterima, bukan dipaksakan.",
    ("SG", 2): "Kebijakan publik disusun dengan mendengar warga: pengaduan terpadu ditindaklanjuti "
               "dengan batas waktu yang jelas dan hasilnya diumumkan terbuka.",
    ("SB", 0): "Pariwisata kota digerakkan dari pusat kota: Pahlawan Street Center menjadi ruang "
               "pertunjukan, kuliner pecel dan budaya pesilat yang dipromosikan secara daring.",
    ("SB", 1): "Branding bisnis menonjolkan produk unggulan UMKM Madiun melalui sertifikasi, "
               "kemasan yang layak jual dan promosi bersama di platform digital.",
    ("SB", 2): "Wajah kota ditata agar informasi mudah ditemukan: papan informasi digital, "
               "penunjuk arah wisata dan taman yang terawat.",
    ("SE", 0): "Ekosistem industri kecil dibangun lewat inkubator dan pelatihan pemasaran "
               "digital, dengan mitra perguruan tinggi dan perbankan daerah.",
    ("SE", 1): "Kesejahteraan rakyat ditingkatkan dengan bantuan sosial yang tepat sasaran "
               "berbasis data terpadu dan bursa kerja daring.",
    ("SE", 2): "Transaksi keuangan pemerintah dan pasar rakyat dialihkan ke pembayaran non-tunai "
               "secara bertahap, dimulai dari retribusi dan pajak daerah.",
    ("SL", 0): "Tata ruang dikelola terbuka: izin bangunan dan peta tata ruang dapat diakses "
               "daring, dan kampung tematik menjadi contoh penataan berbasis warga.",
    ("SL", 1): "Layanan kesehatan dipercepat dengan antrean daring, rekam medis elektronik yang "
               "terhubung, dan layanan kegawatdaruratan 112.",
    ("SL", 2): "Mobilitas kota diatur dengan ATCS, informasi angkutan umum dan parkir elektronik "
               "agar lalu lintas tertib dan lancar.",
    ("SS", 0): "Komunitas warga, terutama KIM, menjadi penggerak literasi digital di setiap "
               "kelurahan, didukung Wi-Fi publik di ruang terbuka.",
    ("SS", 1): "Ekosistem belajar diperluas di luar kelas: laptop untuk siswa, perpustakaan "
               "digital dan guru yang melek TIK.",
    ("SS", 2): "Keamanan lingkungan dijaga bersama dengan CCTV terintegrasi dan sistem peringatan "
               "dini kebencanaan.",
    ("SN", 0): "Perlindungan lingkungan dimulai dari kampung iklim dan pemantauan kualitas udara "
               "dan air yang datanya terbuka bagi warga.",
    ("SN", 1): "Sampah dikurangi dari sumbernya melalui bank sampah digital, dan sisa sampah "
               "diolah menjadi energi di TPA.",
    ("SN", 2): "Energi dihemat dengan penerangan jalan LED pintar dan panel surya di gedung "
               "pemerintah.",
}

SAMBUTAN_ID = (
    "Assalamu'alaikum warahmatullahi wabarakatuh.\n\n"
    "Kota Madiun terpilih sebagai salah satu daerah dalam Gerakan Menuju 100 Smart City. Bagi "
    "kami, kota cerdas bukan sekadar aplikasi, tetapi cara baru melayani warga: lebih cepat, "
    "lebih terbuka dan lebih dekat.\n\n"
    "Masterplan ini disusun bersama perangkat daerah, Forkopimda, perguruan tinggi, dunia usaha "
    "dan komunitas. Saya minta setiap perangkat daerah menuangkan program-programnya ke dalam "
    "Renstra dan rencana kerja tahunan, dan melaporkan kemajuannya secara berkala.\n\n"
    "Wassalamu'alaikum warahmatullahi wabarakatuh.")
SAMBUTAN_EN = (
    "Kota Madiun was chosen as one of the regions of the Gerakan Menuju 100 Smart City. For us "
    "a smart city is not a set of applications but a new way of serving citizens: faster, more "
    "open and closer to them.\n\n"
    "This masterplan was written together with the regional agencies, Forkopimda, universities, "
    "business and communities. I ask every agency to carry its programmes into its strategic "
    "and yearly plans, and to report their progress regularly.")
FOREWORD_ID = (
    "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Masterplan Smart City Kota "
    "Madiun 2019-2024 disusun bersama seluruh perangkat daerah, Forkopimda, dunia usaha, "
    "akademisi dan masyarakat melalui empat kali bimbingan teknis Gerakan Menuju 100 Smart "
    "City.\n\n"
    "Buku ini memuat visi dan misi smart city, strategi per dimensi dan elemen, rencana program "
    "beserta indikasi anggaran dan indikatornya, peta jalan, quick win, tata kelola, serta cara "
    "pemantauan dan evaluasinya. Kami berterima kasih kepada narasumber Kementerian Komunikasi "
    "dan Informatika dan semua pihak yang telah memberikan masukan.")
FOREWORD_EN = (
    "We give thanks to God Almighty. The Kota Madiun Smart City Masterplan 2019-2024 was "
    "written together by all regional agencies, Forkopimda, business, academia and citizens "
    "over four technical workshops of the Gerakan Menuju 100 Smart City.\n\n"
    "This book holds the smart city vision and missions, the strategy per dimension and "
    "element, the programme plan with its indicative budget and indicators, the roadmap, the "
    "quick wins, the governance, and how the plan is monitored and evaluated. We thank the "
    "mentors of the Ministry of Communication and Informatics and everyone who contributed.")
PROFILE_MORE = (
    "\n\nDengan luas sekitar 33 km2, Kota Madiun merupakan simpul perdagangan, jasa dan "
    "pendidikan di wilayah barat Jawa Timur. Jalur kereta api lintas selatan dan jalan tol "
    "Trans Jawa menjadikannya persinggahan bagi warga kabupaten sekitarnya.\n\n"
    "Pemerintah Kota Madiun telah mengembangkan layanan daring di sejumlah perangkat daerah, "
    "jaringan serat optik antarkantor dan ruang kendali, namun data masih tersebar dan belum "
    "seluruh layanan saling terhubung. Masterplan ini menjawab kesenjangan itu.")


def settings() -> dict[str, str]:
    """Return the demo's narrative document settings (DocSetting key -> value)."""
    found = {f"strategy_{element_id(dim, pos)}": text for (dim, pos), text in STRATEGIES.items()}
    found.update({"sambutan_id": SAMBUTAN_ID, "sambutan_en": SAMBUTAN_EN,
                  "emblem": emblem.encode(emblem.shield_png())})
    return found
