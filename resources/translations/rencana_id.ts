<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Acara</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Pembicara</translation>
        </message>
        <message>
            <source>Edit agenda</source>
            <translation>Ubah agenda</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Add agenda item</source>
            <translation>Tambah acara</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Acara baru</translation>
        </message>
    </context>
    <context>
        <name>AgreedModel</name>
        <message>
            <source>Agreed item</source>
            <translation>Butir kesepakatan</translation>
        </message>
        <message>
            <source>Edit agreed item</source>
            <translation>Ubah butir kesepakatan</translation>
        </message>
    </context>
    <context>
        <name>AgreedTab</name>
        <message>
            <source>Add agreed item</source>
            <translation>Tambah butir kesepakatan</translation>
        </message>
        <message>
            <source>New agreed item</source>
            <translation>Butir kesepakatan baru</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPage</name>
        <message>
            <source>Readiness</source>
            <translation>Kesiapan</translation>
        </message>
        <message>
            <source>SWOT</source>
            <translation>SWOT</translation>
        </message>
        <message>
            <source>Issues and gaps</source>
            <translation>Isu dan kesenjangan</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Something went wrong ({kind}); your work up to the last action is saved. The details are in {log}.</source>
            <translation>Terjadi kesalahan ({kind}); pekerjaan Anda hingga tindakan terakhir sudah tersimpan. Rinciannya ada di {log}.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Tick {name}</source>
            <translation>Tandai hadir {name}</translation>
        </message>
        <message>
            <source>Untick {name}</source>
            <translation>Batalkan hadir {name}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummaryModel</name>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>Orang hadir</translation>
        </message>
        <message>
            <source>Present per day</source>
            <translation>Hadir per hari</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Nobody to tick yet: first import the participants (People and organisations &gt; Import worksheet…), or add them there one by one.</source>
            <translation>Belum ada yang bisa ditandai: impor dulu daftar peserta (Peserta dan organisasi &gt; Impor lembar kerja…), atau tambahkan satu per satu di sana.</translation>
        </message>
        <message>
            <source>Type a name, organisation or group; Enter ticks present</source>
            <translation>Ketik nama, instansi, atau kelompok; Enter menandai hadir</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Day {number}: {date}</source>
            <translation>Hari {number}: {date}</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Semua kelompok</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Tanpa kelompok</translation>
        </message>
        <message>
            <source>Present: {present} of {total}</source>
            <translation>Hadir: {present} dari {total}</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Choose a backup. It is restored as a new file; nothing is overwritten.</source>
            <translation>Pilih cadangan. Cadangan dipulihkan sebagai berkas baru; tidak ada yang ditimpa.</translation>
        </message>
        <message>
            <source>Restore...</source>
            <translation>Pulihkan...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>BoardFilters</name>
        <message>
            <source>Find words</source>
            <translation>Cari kata</translation>
        </message>
        <message>
            <source>Fade instead of hide</source>
            <translation>Samarkan, jangan sembunyikan</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Semua sesi</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Semua tim</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>Semua dimensi</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
    </context>
    <context>
        <name>BoardLegend</name>
        <message>
            <source>Idea</source>
            <translation>Ide</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Kekuatan</translation>
        </message>
        <message>
            <source>Weakness</source>
            <translation>Kelemahan</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Ancaman</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Isu</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Kesenjangan</translation>
        </message>
    </context>
    <context>
        <name>BoardMenus</name>
        <message>
            <source>Edit text…</source>
            <translation>Ubah teks…</translation>
        </message>
        <message>
            <source>Type votes (paper dots)…</source>
            <translation>Ketik jumlah suara (stiker titik)…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Take out of its cluster</source>
            <translation>Keluarkan dari klaster</translation>
        </message>
        <message>
            <source>New cluster from the selected cards</source>
            <translation>Klaster baru dari kartu terpilih</translation>
        </message>
        <message>
            <source>Make a programme from this card</source>
            <translation>Buat program dari kartu ini</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <source>Make a programme from this cluster</source>
            <translation>Buat program dari klaster ini</translation>
        </message>
        <message>
            <source>Delete cluster (keep its cards)</source>
            <translation>Hapus klaster (kartunya tetap)</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Room</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <source>Take ideas and votes from participants' phones</source>
            <translation>Terima ide dan suara dari ponsel peserta</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>Klaster baru</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Perkecil</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Muat semua</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Rapikan</translation>
        </message>
        <message>
            <source>Projector mode</source>
            <translation>Mode proyektor</translation>
        </message>
        <message>
            <source>Card added; the filter hides it.</source>
            <translation>Kartu ditambahkan; filter menyembunyikannya.</translation>
        </message>
        <message>
            <source>Cluster {0}</source>
            <translation>Klaster {0}</translation>
        </message>
        <message>
            <source>Programme {0} made: {1}</source>
            <translation>Program {0} dibuat: {1}</translation>
        </message>
        <message>
            <source>Idea board</source>
            <translation>Papan ide</translation>
        </message>
    </context>
    <context>
        <name>BudgetModel</name>
        <message>
            <source>Funding source</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>A budget cannot be negative.</source>
            <translation>Anggaran tidak boleh negatif.</translation>
        </message>
        <message>
            <source>Type the amount in whole rupiah, digits only (for example 1500000).</source>
            <translation>Ketik jumlah dalam rupiah bulat, hanya angka (misalnya 1500000).</translation>
        </message>
    </context>
    <context>
        <name>BudgetPage</name>
        <message>
            <source>By year and dimension</source>
            <translation>Per tahun dan dimensi</translation>
        </message>
        <message>
            <source>By funding source</source>
            <translation>Per sumber dana</translation>
        </message>
        <message>
            <source>By lead OPD</source>
            <translation>Per OPD pengampu</translation>
        </message>
        <message>
            <source>Rupiah</source>
            <translation>Rupiah</translation>
        </message>
        <message>
            <source>Million (juta)</source>
            <translation>Juta</translation>
        </message>
        <message>
            <source>Billion (miliar)</source>
            <translation>Miliar</translation>
        </message>
        <message>
            <source>Indicative budget</source>
            <translation>Indikasi anggaran</translation>
        </message>
        <message>
            <source>Amounts in</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Budgets are entered per programme, year and funding source on the Programmes page.</source>
            <translation>Anggaran diisi per program, tahun dan sumber dana di halaman Program.</translation>
        </message>
        <message>
            <source>Total {amount}  ·  table amounts in {unit}</source>
            <translation>Jumlah {amount}  ·  angka tabel dalam {unit}</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Type a card and press Enter</source>
            <translation>Ketik isi kartu lalu tekan Enter</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Tambah kartu</translation>
        </message>
        <message>
            <source>Enter adds the card · Ctrl+1…8 kind · Alt+1…6 dimension (Alt+0 none) · Ctrl+T team · Ctrl+S session</source>
            <translation>Enter menambah kartu · Ctrl+1…8 jenis · Alt+1…6 dimensi (Alt+0 tanpa) · Ctrl+T tim · Ctrl+S sesi</translation>
        </message>
        <message>
            <source>Dimension: {0}</source>
            <translation>Dimensi: {0}</translation>
        </message>
        <message>
            <source>Team: {0}</source>
            <translation>Tim: {0}</translation>
        </message>
        <message>
            <source>Session: {0}</source>
            <translation>Sesi: {0}</translation>
        </message>
        <message>
            <source>Kind: {0}</source>
            <translation>Jenis: {0}</translation>
        </message>
    </context>
    <context>
        <name>CardBoard</name>
        <message>
            <source>All dimensions</source>
            <translation>Semua dimensi</translation>
        </message>
        <message>
            <source>All components</source>
            <translation>Semua komponen</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <source>Strengths</source>
            <translation>Kekuatan</translation>
        </message>
        <message>
            <source>Weaknesses</source>
            <translation>Kelemahan</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>Peluang</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Ancaman</translation>
        </message>
        <message>
            <source>Strategic issues</source>
            <translation>Isu strategis</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Kesenjangan</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Entri baru</translation>
        </message>
    </context>
    <context>
        <name>CardListModel</name>
        <message>
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Suara</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts to resolve</source>
            <translation>Konflik yang perlu diselesaikan</translation>
        </message>
        <message>
            <source>Now in the workbook</source>
            <translation>Sekarang di buku kerja</translation>
        </message>
        <message>
            <source>From the other laptop</source>
            <translation>Dari laptop lain</translation>
        </message>
        <message>
            <source>These values were changed on two laptops, or a record deleted on one was changed on another.</source>
            <translation>Nilai ini diubah di dua laptop, atau data yang dihapus di satu laptop diubah di laptop lain.</translation>
        </message>
        <message>
            <source>Keep the value now in the workbook</source>
            <translation>Pertahankan nilai di buku kerja</translation>
        </message>
        <message>
            <source>Put the other value back</source>
            <translation>Pakai nilai yang lain</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Pertahankan keduanya</translation>
        </message>
        <message>
            <source>Keep it deleted</source>
            <translation>Biarkan terhapus</translation>
        </message>
        <message>
            <source>Restore it</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>DependencyEditor</name>
        <message>
            <source>Add predecessor</source>
            <translation>Tambah program pendahulu</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>DetailsTab</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tanggal selesai</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>Dibuka oleh</translation>
        </message>
        <message>
            <source>Narasumber</source>
            <translation>Narasumber</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>Nama, dipisah koma</translation>
        </message>
        <message>
            <source>same day</source>
            <translation>hari yang sama</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Ubah sesi</translation>
        </message>
    </context>
    <context>
        <name>DimensionQuestion</name>
        <message>
            <source>New code?</source>
            <translation>Kode baru?</translation>
        </message>
        <message>
            <source>Codes printed in the documents must match their chapter. Give {old} the code {new} of its new dimension?</source>
            <translation>Kode yang tercetak di dokumen harus sesuai dengan babnya. Beri {old} kode {new} dari dimensi barunya?</translation>
        </message>
        <message>
            <source>Use {new}</source>
            <translation>Pakai {new}</translation>
        </message>
        <message>
            <source>Keep {old}</source>
            <translation>Tetap {old}</translation>
        </message>
    </context>
    <context>
        <name>ErrorModel</name>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Value reached</source>
            <translation>Nilai yang dicapai</translation>
        </message>
        <message>
            <source>Evidence (data dukung)</source>
            <translation>Data dukung</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Catat</translation>
        </message>
        <message>
            <source>OPD worksheets...</source>
            <translation>Lembar kerja OPD...</translation>
        </message>
        <message>
            <source>Import worksheet...</source>
            <translation>Impor lembar kerja...</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>Semua dimensi</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>Semua OPD</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>Semua predikat</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Setahun</translation>
        </message>
        <message>
            <source>Settings...</source>
            <translation>Pengaturan...</translation>
        </message>
        <message>
            <source>As of Q1</source>
            <translation>s.d. TW I</translation>
        </message>
        <message>
            <source>As of Q2</source>
            <translation>s.d. TW II</translation>
        </message>
        <message>
            <source>As of Q3</source>
            <translation>s.d. TW III</translation>
        </message>
        <message>
            <source>As of Q4</source>
            <translation>s.d. TW IV</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>OPD</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Predikat</translation>
        </message>
        <message>
            <source>Record for the chosen indicator:</source>
            <translation>Catat untuk indikator terpilih:</translation>
        </message>
        <message>
            <source>Target and realisation</source>
            <translation>Target dan realisasi</translation>
        </message>
        <message>
            <source>Capaian per dimension</source>
            <translation>Capaian per dimensi</translation>
        </message>
        <message>
            <source>Budget absorption</source>
            <translation>Serapan anggaran</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>The plan has no years yet.</source>
            <translation>Rencana belum memiliki tahun.</translation>
        </message>
        <message>
            <source>{year}: {programmes} programmes, {indicators} indicators; average capaian {capaian} ({band}); budget absorption {absorption}; self-assessment {score} of 100.</source>
            <translation>{year}: {programmes} program, {indicators} indikator; rata-rata capaian {capaian} ({band}); serapan anggaran {absorption}; penilaian mandiri {score} dari 100.</translation>
        </message>
        <message>
            <source>Type the value reached as a number, like 75 or 75,5.</source>
            <translation>Ketik nilai yang dicapai sebagai angka, misalnya 75 atau 75,5.</translation>
        </message>
        <message>
            <source>OPD worksheets</source>
            <translation>Lembar kerja OPD</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Import worksheet</source>
            <translation>Impor lembar kerja</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <source>Evidence</source>
            <translation>Data dukung</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
    </context>
    <context>
        <name>ExportChoices</name>
        <message>
            <source>Book 2: Masterplan</source>
            <translation>Buku 2: Masterplan</translation>
        </message>
        <message>
            <source>Book 1: Strategic Analysis</source>
            <translation>Buku 1: Analisis Strategis</translation>
        </message>
        <message>
            <source>Quick Win book</source>
            <translation>Buku Quick Win</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Ringkasan Eksekutif</translation>
        </message>
        <message>
            <source>Minutes and official record (one session)</source>
            <translation>Notulen dan berita acara (satu sesi)</translation>
        </message>
        <message>
            <source>Attendance list (one session)</source>
            <translation>Daftar hadir (satu sesi)</translation>
        </message>
        <message>
            <source>Commitment sheet (one session)</source>
            <translation>Lembar komitmen (satu sesi)</translation>
        </message>
        <message>
            <source>Presentation slides (pemaparan)</source>
            <translation>Salindia pemaparan (PowerPoint)</translation>
        </message>
        <message>
            <source>A4 (210 x 297 mm)</source>
            <translation>A4 (210 x 297 mm)</translation>
        </message>
        <message>
            <source>F4 (215 x 330 mm)</source>
            <translation>F4 (215 x 330 mm)</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>The export failed unexpectedly: {reason}</source>
            <translation>Ekspor gagal secara tak terduga: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Choose...</source>
            <translation>Pilih...</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Kerangka</translation>
        </message>
        <message>
            <source>Save the document as</source>
            <translation>Simpan dokumen sebagai</translation>
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>Presentasi PowerPoint (*.pptx)</translation>
        </message>
        <message>
            <source>Word document (.docx)</source>
            <translation>Dokumen Word (.docx)</translation>
        </message>
        <message>
            <source>PDF through LibreOffice (.pdf)</source>
            <translation>PDF melalui LibreOffice (.pdf)</translation>
        </message>
        <message>
            <source>Draft: export even if something is missing, marked KONSEP / DRAFT on every page</source>
            <translation>Konsep: ekspor walaupun ada yang kurang, bertanda KONSEP di setiap halaman</translation>
        </message>
        <message>
            <source>Click an item to go where it is entered</source>
            <translation>Klik butir untuk menuju tempat pengisiannya</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Ready: nothing the document needs is missing.</source>
            <translation>Siap: tidak ada yang kurang untuk dokumen ini.</translation>
        </message>
        <message>
            <source>Not ready to be signed yet; still needed (click to go there):</source>
            <translation>Belum siap ditandatangani; yang masih diperlukan (klik untuk menuju ke sana):</translation>
        </message>
        <message>
            <source>Still missing; the book leaves these parts out (click to go there):</source>
            <translation>Masih kurang; bagian ini tidak dimuat dalam buku (klik untuk menuju ke sana):</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Dokumen Word (*.docx)</translation>
        </message>
        <message>
            <source>Not exported; {name} is unchanged.</source>
            <translation>Tidak diekspor; {name} tidak berubah.</translation>
        </message>
        <message>
            <source>Exporting {name}...</source>
            <translation>Mengekspor {name}...</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Ganti berkas?</translation>
        </message>
        <message>
            <source>{name} already exists in {folder}. Replace it?</source>
            <translation>{name} sudah ada di {folder}. Ganti?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} tersimpan.</translation>
        </message>
        <message>
            <source>Export cancelled; any earlier file is unchanged.</source>
            <translation>Ekspor dibatalkan; berkas sebelumnya tidak berubah.</translation>
        </message>
        <message>
            <source>Could not open the folder {folder}: open it in your file manager.</source>
            <translation>Folder {folder} tidak dapat dibuka: buka lewat pengelola berkas.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>All dimensions</source>
            <translation>Semua dimensi</translation>
        </message>
        <message>
            <source>Search code, name, OPD...</source>
            <translation>Cari kode, nama, OPD...</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Semua tahap</translation>
        </message>
        <message>
            <source>Quick wins and others</source>
            <translation>Quick win dan lainnya</translation>
        </message>
        <message>
            <source>Quick wins only</source>
            <translation>Hanya quick win</translation>
        </message>
        <message>
            <source>Not quick wins</source>
            <translation>Bukan quick win</translation>
        </message>
        <message>
            <source>New and existing</source>
            <translation>Baru dan sudah ada</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>Semua OPD</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Semua tahun</translation>
        </message>
        <message>
            <source>All elements</source>
            <translation>Semua elemen</translation>
        </message>
    </context>
    <context>
        <name>GeneralForm</name>
        <message>
            <source>An element is expected: choose one (until then the documents list it under "Other").</source>
            <translation>Elemen perlu dipilih (sampai saat itu dokumen mencantumkannya di bawah "Lainnya").</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Elemen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>OPD pengampu</translation>
        </message>
        <message>
            <source>Target users</source>
            <translation>Sasaran pengguna</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Tahun mulai</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Tahun selesai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>RPJMD/Renstra link</source>
            <translation>Keterkaitan RPJMD/Renstra</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Keluaran</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Aim</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Problem it solves</source>
            <translation>Masalah yang diatasi</translation>
        </message>
    </context>
    <context>
        <name>GoalModel</name>
        <message>
            <source>Goal</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Kondisi awal</translation>
        </message>
        <message>
            <source>RPJMD link</source>
            <translation>Keterkaitan RPJMD</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import people from a worksheet</source>
            <translation>Impor peserta dari lembar kerja</translation>
        </message>
        <message>
            <source>&lt;b&gt;Roles Rencana does not know&lt;/b&gt;: each is imported as the role chosen here</source>
            <translation>&lt;b&gt;Peran yang tidak dikenal Rencana&lt;/b&gt;: masing-masing diimpor sebagai peran yang dipilih di sini</translation>
        </message>
        <message>
            <source>In the worksheet</source>
            <translation>Di lembar kerja</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Impor sebagai</translation>
        </message>
        <message>
            <source>&lt;b&gt;Problems&lt;/b&gt; (nothing is imported until they are fixed in the worksheet)</source>
            <translation>&lt;b&gt;Masalah&lt;/b&gt; (tidak ada yang diimpor sebelum masalah ini diperbaiki di lembar kerja)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rows in the worksheet&lt;/b&gt;</source>
            <translation>&lt;b&gt;Baris dalam lembar kerja&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Worksheets (*.csv *.xlsx)</source>
            <translation>Lembar kerja (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Membaca {name}…</translation>
        </message>
        <message>
            <source>Worksheet: {name}</source>
            <translation>Lembar kerja: {name}</translation>
        </message>
        <message>
            <source>{count} role(s) Rencana does not know were mapped: {pairs}. Change it below if needed. </source>
            <translation>{count} peran yang tidak dikenal Rencana dipetakan: {pairs}. Ubah di bawah bila perlu. </translation>
        </message>
        <message>
            <source>{count} problem(s) found: nothing will be imported. Fix the worksheet and import it again.</source>
            <translation>Ditemukan {count} masalah: tidak ada yang akan diimpor. Perbaiki lembar kerja lalu impor lagi.</translation>
        </message>
        <message>
            <source>The worksheet has no rows to import.</source>
            <translation>Lembar kerja tidak berisi baris untuk diimpor.</translation>
        </message>
        <message>
            <source>{count} row(s) ready to import.</source>
            <translation>{count} baris siap diimpor.</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>Impor peserta</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {unchanged} unchanged.</source>
            <translation>Diimpor: {new} baru, {updated} diperbarui, {unchanged} tidak berubah.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorChoices</name>
        <message>
            <source>Higher is better</source>
            <translation>Makin tinggi makin baik</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Dampak</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Makin rendah makin baik</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Keluaran</translation>
        </message>
        <message>
            <source>Within a range</source>
            <translation>Dalam rentang</translation>
        </message>
        <message>
            <source>Yes/no milestone</source>
            <translation>Tonggak ya/tidak</translation>
        </message>
    </context>
    <context>
        <name>KpiEditor</name>
        <message>
            <source>Add KPI</source>
            <translation>Tambah IKU</translation>
        </message>
        <message>
            <source>Remove KPI</source>
            <translation>Hapus IKU</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Indikator baru</translation>
        </message>
    </context>
    <context>
        <name>KpiModel</name>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Kondisi awal</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Tahun kondisi awal</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Arah</translation>
        </message>
        <message>
            <source>Target {year}</source>
            <translation>Target {year}</translation>
        </message>
        <message>
            <source>Higher is better</source>
            <translation>Makin tinggi makin baik</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Dampak</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>Makin rendah makin baik</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Keluaran</translation>
        </message>
        <message>
            <source>Within a range</source>
            <translation>Dalam rentang</translation>
        </message>
        <message>
            <source>Yes/no milestone</source>
            <translation>Tonggak ya/tidak</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (hanya-baca)</translation>
        </message>
        <message>
            <source>Open a workbook</source>
            <translation>Buka buku kerja</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana);;All files (*)</source>
            <translation>Buku kerja Rencana (*.rencana);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>No recent workbooks</source>
            <translation>Belum ada buku kerja terbaru</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rencana {version}&lt;/b&gt;&lt;br&gt;An offline planning workbook for Smart City masterplan workshops.&lt;br&gt;Data folder: {folder}</source>
            <translation>&lt;b&gt;Rencana {version}&lt;/b&gt;&lt;br&gt;Buku kerja perencanaan luring untuk lokakarya penyusunan masterplan Smart City.&lt;br&gt;Folder data: {folder}</translation>
        </message>
        <message>
            <source>About Rencana</source>
            <translation>Tentang Rencana</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>MilestoneEditor</name>
        <message>
            <source>Add milestone</source>
            <translation>Tambah tonggak capaian</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Hapus tonggak capaian</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>Tonggak capaian baru</translation>
        </message>
    </context>
    <context>
        <name>MilestoneModel</name>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Tonggak capaian</translation>
        </message>
    </context>
    <context>
        <name>MinutesModel</name>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Isi</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Edit minutes</source>
            <translation>Ubah notulen</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>Add point</source>
            <translation>Tambah pokok bahasan</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Tambah keputusan</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Tambah tindak lanjut</translation>
        </message>
        <message>
            <source>New point</source>
            <translation>Pokok bahasan baru</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>Keputusan baru</translation>
        </message>
        <message>
            <source>New follow-up</source>
            <translation>Tindak lanjut baru</translation>
        </message>
        <message>
            <source>Add to the minutes</source>
            <translation>Tambah ke notulen</translation>
        </message>
    </context>
    <context>
        <name>MissionModel</name>
        <message>
            <source>Mission</source>
            <translation>Misi</translation>
        </message>
    </context>
    <context>
        <name>ModerationQueue</name>
        <message>
            <source>Accept</source>
            <translation>Terima</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Tolak</translation>
        </message>
        <message>
            <source>Merge into</source>
            <translation>Gabungkan ke</translation>
        </message>
        <message>
            <source>Edit the text here before accepting</source>
            <translation>Ubah teksnya di sini sebelum diterima</translation>
        </message>
        <message>
            <source>Put the card on the board (with the edited text)</source>
            <translation>Taruh kartu di papan (dengan teks yang sudah diubah)</translation>
        </message>
        <message>
            <source>Keep the card off the board</source>
            <translation>Jangan taruh kartu di papan</translation>
        </message>
        <message>
            <source>Add the card's text to a card already on the board</source>
            <translation>Tambahkan teks kartu ke kartu yang sudah ada di papan</translation>
        </message>
        <message>
            <source>Waiting for moderation: {0}</source>
            <translation>Menunggu moderasi: {0}</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Overview</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>People and organisations</source>
            <translation>Peserta dan organisasi</translation>
        </message>
        <message>
            <source>Idea board</source>
            <translation>Papan ide</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analisis</translation>
        </message>
        <message>
            <source>Vision and goals</source>
            <translation>Visi dan tujuan</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Peta jalan</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluasi</translation>
        </message>
    </context>
    <context>
        <name>NewWorkbookDialog</name>
        <message>
            <source>New workbook</source>
            <translation>Buku kerja baru</translation>
        </message>
        <message>
            <source>for example Kota Madiun</source>
            <translation>misalnya Kota Madiun</translation>
        </message>
        <message>
            <source>City (kota)</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Regency (kabupaten)</source>
            <translation>Kabupaten</translation>
        </message>
        <message>
            <source>for example Jawa Timur</source>
            <translation>misalnya Jawa Timur</translation>
        </message>
        <message>
            <source>Region name:</source>
            <translation>Nama daerah:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Provinsi:</translation>
        </message>
        <message>
            <source>Plan starts in:</source>
            <translation>Rencana mulai tahun:</translation>
        </message>
        <message>
            <source>Plan ends in:</source>
            <translation>Rencana berakhir tahun:</translation>
        </message>
        <message>
            <source>Create...</source>
            <translation>Buat...</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Enter the name of the city or regency.</source>
            <translation>Isi nama kota atau kabupaten.</translation>
        </message>
        <message>
            <source>Save the new workbook</source>
            <translation>Simpan buku kerja baru</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Buku kerja Rencana (*.rencana)</translation>
        </message>
        <message>
            <source>{name} is the workbook open now; choose another name.</source>
            <translation>{name} adalah buku kerja yang sedang dibuka; pilih nama lain.</translation>
        </message>
        <message>
            <source>Cannot write {name}: {reason}.</source>
            <translation>Tidak dapat menulis {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Open read-only</source>
            <translation>Buka hanya-baca</translation>
        </message>
        <message>
            <source>Cannot open {name}: {reason}.</source>
            <translation>Tidak dapat membuka {name}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {name}: {reason}.</source>
            <translation>Tidak dapat menulis {name}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Abbreviation</source>
            <translation>Singkatan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Ubah organisasi</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Filter by name, abbreviation or kind…</source>
            <translation>Saring menurut nama, singkatan, atau jenis…</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Organisasi baru</translation>
        </message>
        <message>
            <source>Add organisation</source>
            <translation>Tambah organisasi</translation>
        </message>
    </context>
    <context>
        <name>OriginList</name>
        <message>
            <source>Remove link</source>
            <translation>Hapus tautan</translation>
        </message>
        <message>
            <source> ({votes} votes)</source>
            <translation> ({votes} suara)</translation>
        </message>
        <message>
            <source>Card: {text}</source>
            <translation>Kartu: {text}</translation>
        </message>
        <message>
            <source>Cluster: {name}</source>
            <translation>Klaster: {name}</translation>
        </message>
        <message>
            <source>(a card that was deleted)</source>
            <translation>(kartu yang sudah dihapus)</translation>
        </message>
        <message>
            <source>No card or cluster yet: make programmes from cards on the Idea board.</source>
            <translation>Belum ada kartu atau klaster: buat program dari kartu di Papan ide.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Idea cards</source>
            <translation>Kartu ide</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Indicative budget</source>
            <translation>Indikasi anggaran</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>Kehadiran per sesi</translation>
        </message>
        <message>
            <source>Plan health</source>
            <translation>Kesehatan rencana</translation>
        </message>
        <message>
            <source>Idea cards per dimension</source>
            <translation>Kartu ide per dimensi</translation>
        </message>
        <message>
            <source>(no region)</source>
            <translation>(tanpa daerah)</translation>
        </message>
        <message>
            <source>City (kota)</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Regency (kabupaten)</source>
            <translation>Kabupaten</translation>
        </message>
        <message>
            <source>Plan period {period}</source>
            <translation>Periode rencana {period}</translation>
        </message>
        <message>
            <source>{name} has no goal yet.</source>
            <translation>{name} belum memiliki tujuan.</translation>
        </message>
        <message>
            <source>{name} has no idea cards yet.</source>
            <translation>{name} belum memiliki kartu ide.</translation>
        </message>
        <message>
            <source>{name} has no programme yet.</source>
            <translation>{name} belum memiliki program.</translation>
        </message>
        <message>
            <source>Nobody is marked present at {name}.</source>
            <translation>Belum ada yang tercatat hadir di {name}.</translation>
        </message>
        <message>
            <source>{name} has money in {detail}, outside its years.</source>
            <translation>{name} memiliki anggaran pada {detail}, di luar tahun programnya.</translation>
        </message>
        <message>
            <source>{name} has KPI targets in {detail}, outside its years.</source>
            <translation>{name} memiliki target IKU pada {detail}, di luar tahun programnya.</translation>
        </message>
        <message>
            <source>{name} is a quick win running {detail}: longer than 12 months.</source>
            <translation>{name} adalah quick win yang berjalan {detail}: lebih dari 12 bulan.</translation>
        </message>
        <message>
            <source>Import the participants (People and organisations)</source>
            <translation>Impor daftar peserta (Peserta dan organisasi)</translation>
        </message>
        <message>
            <source>Add the first session (Sessions)</source>
            <translation>Tambahkan sesi pertama (Sesi)</translation>
        </message>
        <message>
            <source>Take the attendance of a session (Sessions)</source>
            <translation>Catat kehadiran sebuah sesi (Sesi)</translation>
        </message>
        <message>
            <source>Capture the first idea cards (Idea board)</source>
            <translation>Tangkap kartu ide pertama (Papan ide)</translation>
        </message>
        <message>
            <source>Rate the readiness (Analysis)</source>
            <translation>Nilai kesiapan daerah (Analisis)</translation>
        </message>
        <message>
            <source>Write the vision and missions (Vision and goals)</source>
            <translation>Tulis visi dan misi (Visi dan tujuan)</translation>
        </message>
        <message>
            <source>Add the first programmes (Programmes)</source>
            <translation>Tambahkan program pertama (Program)</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Langkah berikutnya</translation>
        </message>
        <message>
            <source>Click to open the page</source>
            <translation>Klik untuk membuka halamannya</translation>
        </message>
        <message>
            <source>No gaps: every dimension has goals, cards and programmes, and every session has attendance.</source>
            <translation>Tidak ada kekurangan: setiap dimensi memiliki tujuan, kartu, dan program, dan setiap sesi memiliki daftar hadir.</translation>
        </message>
        <message>
            <source>No dimension</source>
            <translation>Tanpa dimensi</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Ubah data orang</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Import worksheet…</source>
            <translation>Impor lembar kerja…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Tim</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Filter by name, position, organisation, role or team…</source>
            <translation>Saring menurut nama, jabatan, instansi, peran, atau tim…</translation>
        </message>
        <message>
            <source>New organisation?</source>
            <translation>Organisasi baru?</translation>
        </message>
        <message>
            <source>There is no organisation called "{name}". Create it?</source>
            <translation>Belum ada organisasi bernama "{name}". Buat?</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Buat</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Orang baru</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Tambah orang</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Pick people</source>
            <translation>Pilih orang</translation>
        </message>
        <message>
            <source>Type part of a name…</source>
            <translation>Ketik sebagian nama…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Merge team files</source>
            <translation>Gabungkan berkas tim</translation>
        </message>
        <message>
            <source>Merging {files} into this workbook:</source>
            <translation>Menggabungkan {files} ke buku kerja ini:</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gabungkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>These files hold nothing this workbook does not have.</source>
            <translation>Berkas-berkas ini tidak memuat apa pun yang belum ada di buku kerja ini.</translation>
        </message>
        <message>
            <source>Programme code {old} is taken twice: {name} becomes {new}.</source>
            <translation>Kode program {old} dipakai dua kali: {name} menjadi {new}.</translation>
        </message>
        <message>
            <source>Conflicts to resolve after merging: {count}</source>
            <translation>Konflik yang perlu diselesaikan setelah penggabungan: {count}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Instansi</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeEditor</name>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Indicative budget in whole rupiah: type digits (1500000); an empty cell is zero.</source>
            <translation>Indikasi anggaran dalam rupiah bulat: ketik angka (1500000); sel kosong berarti nol.</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
        <message>
            <source>KPIs and targets</source>
            <translation>IKU dan target</translation>
        </message>
        <message>
            <source>Tick the organisations that support this programme.</source>
            <translation>Centang organisasi yang mendukung program ini.</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Mitra</translation>
        </message>
        <message>
            <source>Programmes that must come first (the roadmap draws them as arrows).</source>
            <translation>Program yang harus didahulukan (peta jalan menggambarnya sebagai panah).</translation>
        </message>
        <message>
            <source>Dependencies</source>
            <translation>Ketergantungan</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Tonggak capaian</translation>
        </message>
        <message>
            <source>The workshop cards and clusters this programme came from.</source>
            <translation>Kartu dan klaster lokakarya asal program ini.</translation>
        </message>
        <message>
            <source>Origin cards</source>
            <translation>Kartu asal</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeLabels</name>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Short term</source>
            <translation>Jangka pendek</translation>
        </message>
        <message>
            <source>Medium term</source>
            <translation>Jangka menengah</translation>
        </message>
        <message>
            <source>Long term</source>
            <translation>Jangka panjang</translation>
        </message>
        <message>
            <source>Policy and suprastructure</source>
            <translation>Kebijakan dan suprastruktur</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infrastruktur</translation>
        </message>
        <message>
            <source>Application or service</source>
            <translation>Aplikasi atau layanan</translation>
        </message>
        <message>
            <source>People and literacy</source>
            <translation>SDM dan literasi</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Existing</source>
            <translation>Sudah ada</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Elemen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>OPD pengampu</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Anggaran</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Add programme</source>
            <translation>Tambah program</translation>
        </message>
        <message>
            <source>Delete programme</source>
            <translation>Hapus program</translation>
        </message>
        <message>
            <source>{shown} of {total} programmes</source>
            <translation>{shown} dari {total} program</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Program baru</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Idea board - projector</source>
            <translation>Papan ide - proyektor</translation>
        </message>
        <message>
            <source>Type minutes (10) or minutes and seconds (10:00), then Enter</source>
            <translation>Ketik menit (10) atau menit dan detik (10:00), lalu Enter</translation>
        </message>
        <message>
            <source>−1 min</source>
            <translation>−1 mnt</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 mnt</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ulang</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Muat semua</translation>
        </message>
        <message>
            <source>Space: start or pause · + − zoom · F: fit · Esc: leave</source>
            <translation>Spasi: mulai atau jeda · + − perbesar/perkecil · F: muat semua · Esc: keluar</translation>
        </message>
        <message>
            <source>All clusters</source>
            <translation>Semua klaster</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <source>Minutes and seconds to count down</source>
            <translation>Menit dan detik hitung mundur</translation>
        </message>
    </context>
    <context>
        <name>QuickWinModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>OPD pengampu</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Laporan terakhir</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <source>{count} updates</source>
            <translation>{count} laporan</translation>
        </message>
    </context>
    <context>
        <name>QuickWinProgressModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per tanggal</translation>
        </message>
        <message>
            <source>Latest note</source>
            <translation>Catatan terakhir</translation>
        </message>
    </context>
    <context>
        <name>QuickWinsPage</name>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>What was done (short)</source>
            <translation>Apa yang sudah dikerjakan (singkat)</translation>
        </message>
        <message>
            <source>Add update</source>
            <translation>Tambah laporan</translation>
        </message>
        <message>
            <source>Delete update</source>
            <translation>Hapus laporan</translation>
        </message>
        <message>
            <source>No quick wins yet: set a programme's phase to quick win on the Programmes page.</source>
            <translation>Belum ada quick win: atur tahap program menjadi quick win di halaman Program.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>History of {code} {name}</source>
            <translation>Riwayat {code} {name}</translation>
        </message>
        <message>
            <source>Delete quick-win progress</source>
            <translation>Hapus kemajuan quick win</translation>
        </message>
    </context>
    <context>
        <name>RadarChart</name>
        <message>
            <source>Drawing the chart...</source>
            <translation>Menggambar grafik...</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>This workbook is open read-only: changes cannot be saved. Save a copy to work on it.</source>
            <translation>Buku kerja ini dibuka hanya-baca: perubahan tidak dapat disimpan. Simpan salinannya untuk mengerjakannya.</translation>
        </message>
        <message>
            <source>Save a copy...</source>
            <translation>Simpan salinan...</translation>
        </message>
    </context>
    <context>
        <name>ReadinessTab</name>
        <message>
            <source>Why this rating: what the city has and lacks</source>
            <translation>Alasan nilai ini: apa yang dimiliki dan belum dimiliki daerah</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Tambah data dukung</translation>
        </message>
        <message>
            <source>Delete evidence</source>
            <translation>Hapus data dukung</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Narasi</translation>
        </message>
        <message>
            <source>Evidence (data dukung)</source>
            <translation>Data dukung</translation>
        </message>
        <message>
            <source>New evidence</source>
            <translation>Data dukung baru</translation>
        </message>
    </context>
    <context>
        <name>RecordModel</name>
        <message>
            <source>Edit</source>
            <translation>Ubah</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>Kind of record</source>
            <translation>Jenis data</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ditambah</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
    </context>
    <context>
        <name>ResizeQuestion</name>
        <message>
            <source>Years outside the programme</source>
            <translation>Tahun di luar program</translation>
        </message>
        <message>
            <source>The programme has money or KPI targets in {years}, outside its new years. What should happen to them?</source>
            <translation>Program ini memiliki anggaran atau target IKU pada {years}, di luar tahun barunya. Apa yang harus dilakukan?</translation>
        </message>
        <message>
            <source>Move into the nearest year</source>
            <translation>Pindahkan ke tahun terdekat</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Keep them (flagged)</source>
            <translation>Biarkan (ditandai)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>ResultModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Programme / goal</source>
            <translation>Program / tujuan</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Realisation</source>
            <translation>Realisasi</translation>
        </message>
        <message>
            <source>Capaian</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Predikat</translation>
        </message>
    </context>
    <context>
        <name>RoadmapBar</name>
        <message>
            <source>Lead OPD: {opd}</source>
            <translation>OPD pengampu: {opd}</translation>
        </message>
        <message>
            <source>Years: {years}</source>
            <translation>Tahun: {years}</translation>
        </message>
        <message>
            <source>Phase: {phase}</source>
            <translation>Tahap: {phase}</translation>
        </message>
        <message>
            <source>Budget: {amount}</source>
            <translation>Anggaran: {amount}</translation>
        </message>
        <message>
            <source>Milestone {year}: {title}</source>
            <translation>Tonggak capaian {year}: {title}</translation>
        </message>
    </context>
    <context>
        <name>RoadmapControls</name>
        <message>
            <source>Lanes per dimension</source>
            <translation>Lajur per dimensi</translation>
        </message>
        <message>
            <source>Lanes per OPD</source>
            <translation>Lajur per OPD</translation>
        </message>
        <message>
            <source>Lanes per phase</source>
            <translation>Lajur per tahap</translation>
        </message>
        <message>
            <source>All phases</source>
            <translation>Semua tahap</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation>Perkecil (Ctrl+roda)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation>Perbesar (Ctrl+roda)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Pas layar</translation>
        </message>
        <message>
            <source>Fit the roadmap to the window</source>
            <translation>Paskan peta jalan ke jendela</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Ukuran asli</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Tonggak capaian</translation>
        </message>
        <message>
            <source>Depends on</source>
            <translation>Bergantung pada</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Perlu perhatian</translation>
        </message>
        <message>
            <source>All dimensions</source>
            <translation>Semua dimensi</translation>
        </message>
        <message>
            <source>All OPDs</source>
            <translation>Semua OPD</translation>
        </message>
    </context>
    <context>
        <name>RoadmapFlags</name>
        <message>
            <source>Runs {start}-{end}, outside the plan period {plan_start}-{plan_end}.</source>
            <translation>Berjalan {start}-{end}, di luar periode rencana {plan_start}-{plan_end}.</translation>
        </message>
        <message>
            <source>Starts in {start}, before {code} (which it depends on) ends in {end}.</source>
            <translation>Mulai pada {start}, sebelum {code} (yang menjadi pendahulunya) selesai pada {end}.</translation>
        </message>
        <message>
            <source>Money in {years}, outside its years {start}-{end}.</source>
            <translation>Anggaran pada {years}, di luar tahun program {start}-{end}.</translation>
        </message>
        <message>
            <source>KPI targets in {years}, outside its years {start}-{end}.</source>
            <translation>Target IKU pada {years}, di luar tahun program {start}-{end}.</translation>
        </message>
        <message>
            <source>A quick win takes at most 12 months; this one runs {start}-{end}.</source>
            <translation>Quick win paling lama 12 bulan; yang ini berjalan {start}-{end}.</translation>
        </message>
    </context>
    <context>
        <name>RoadmapGrid</name>
        <message>
            <source>Plan {start}-{end}</source>
            <translation>Rencana {start}-{end}</translation>
        </message>
    </context>
    <context>
        <name>RoadmapPage</name>
        <message>
            <source>No lead OPD</source>
            <translation>Tanpa OPD pengampu</translation>
        </message>
        <message>
            <source>No dimension</source>
            <translation>Tanpa dimensi</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Peta Jalan</translation>
        </message>
    </context>
    <context>
        <name>RollupModel</name>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Dimensi</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>Lead OPD</source>
            <translation>OPD pengampu</translation>
        </message>
    </context>
    <context>
        <name>RoomDialog</name>
        <message>
            <source>Room: ideas and votes from phones</source>
            <translation>Ruang: ide dan suara dari ponsel</translation>
        </message>
        <message>
            <source>Open a room</source>
            <translation>Buka ruang</translation>
        </message>
        <message>
            <source>The room is open</source>
            <translation>Ruang sedang dibuka</translation>
        </message>
        <message>
            <source>(no session)</source>
            <translation>(tanpa sesi)</translation>
        </message>
        <message>
            <source>any free port</source>
            <translation>port bebas mana saja</translation>
        </message>
        <message>
            <source>Start the room</source>
            <translation>Mulai ruang</translation>
        </message>
        <message>
            <source>Phones join the laptop's Wi-Fi (or the travel router's) and should turn mobile data off: Android sends traffic over mobile data when the Wi-Fi has no internet, and the page would not open. Choose the address of that Wi-Fi below.</source>
            <translation>Ponsel tersambung ke Wi-Fi laptop (atau router perjalanan) dan sebaiknya mematikan data seluler: Android mengirim lalu lintas lewat data seluler bila Wi-Fi tidak punya internet, sehingga halaman tidak terbuka. Pilih alamat Wi-Fi tersebut di bawah.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Network address</source>
            <translation>Alamat jaringan</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Wi-Fi name (optional)</source>
            <translation>Nama Wi-Fi (boleh kosong)</translation>
        </message>
        <message>
            <source>Wi-Fi password (optional)</source>
            <translation>Kata sandi Wi-Fi (boleh kosong)</translation>
        </message>
        <message>
            <source>Votes per phone</source>
            <translation>Suara per ponsel</translation>
        </message>
        <message>
            <source>Voting open</source>
            <translation>Pemungutan suara dibuka</translation>
        </message>
        <message>
            <source>Stop the room</source>
            <translation>Hentikan ruang</translation>
        </message>
        <message>
            <source>Scan to open the page</source>
            <translation>Pindai untuk membuka halaman</translation>
        </message>
        <message>
            <source>Scan to join the Wi-Fi</source>
            <translation>Pindai untuk tersambung ke Wi-Fi</translation>
        </message>
        <message>
            <source>Cards from phones</source>
            <translation>Kartu dari ponsel</translation>
        </message>
        <message>
            <source>Code: {0}</source>
            <translation>Kode: {0}</translation>
        </message>
        <message>
            <source>{0}  ({1}, {2} cards)</source>
            <translation>{0}  ({1}, {2} kartu)</translation>
        </message>
        <message>
            <source>Phones joined: {0}</source>
            <translation>Ponsel bergabung: {0}</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Add session</source>
            <translation>Tambah sesi</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Daftar hadir</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
        <message>
            <source>Agreed items</source>
            <translation>Kesepakatan</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Penanda tangan</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sesi&lt;/b&gt;</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Pertemuan baru</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Hapus sesi</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Evaluation settings</source>
            <translation>Pengaturan evaluasi</translation>
        </message>
        <message>
            <source>RKPD (achieved, on track, hard effort)</source>
            <translation>RKPD (tercapai, sesuai jalur, perlu upaya keras)</translation>
        </message>
        <message>
            <source>SAKIP (Sangat Baik ... Sangat Kurang)</source>
            <translation>SAKIP (Sangat Baik ... Sangat Kurang)</translation>
        </message>
        <message>
            <source>Own scheme (below)</source>
            <translation>Skema sendiri (di bawah)</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Kondisi awal</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Keluaran</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Dampak</translation>
        </message>
        <message>
            <source>Quick win</source>
            <translation>Quick win</translation>
        </message>
        <message>
            <source>Rating scheme</source>
            <translation>Skema penilaian</translation>
        </message>
        <message>
            <source>Own scheme: bound; Indonesian; English; colour</source>
            <translation>Skema sendiri: batas; Indonesia; Inggris; warna</translation>
        </message>
        <message>
            <source>Weights of the five aspects (together 100 %)</source>
            <translation>Bobot lima aspek (jumlah 100 %)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last change (from anywhere)</source>
            <translation>Urungkan perubahan terakhir (dari mana saja)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>New workbook</source>
            <translation>Buku kerja baru</translation>
        </message>
        <message>
            <source>Open a workbook</source>
            <translation>Buka buku kerja</translation>
        </message>
        <message>
            <source>Close the workbook</source>
            <translation>Tutup buku kerja</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>This list of shortcuts</source>
            <translation>Daftar pintasan ini</translation>
        </message>
        <message>
            <source>Add a row (session, agenda item...)</source>
            <translation>Tambah baris (sesi, butir agenda...)</translation>
        </message>
        <message>
            <source>Delete the current row</source>
            <translation>Hapus baris yang dipilih</translation>
        </message>
        <message>
            <source>Move the row up or down</source>
            <translation>Pindahkan baris ke atas atau ke bawah</translation>
        </message>
        <message>
            <source>type, Enter</source>
            <translation>ketik, Enter</translation>
        </message>
        <message>
            <source>Attendance: find a person and tick them present</source>
            <translation>Kehadiran: cari orang lalu tandai hadir</translation>
        </message>
        <message>
            <source>Attendance: tick and go to the next</source>
            <translation>Kehadiran: tandai lalu ke orang berikutnya</translation>
        </message>
        <message>
            <source>Capture bar: add the typed card</source>
            <translation>Baris tangkap: tambah kartu yang diketik</translation>
        </message>
        <message>
            <source>Capture bar: kind of card</source>
            <translation>Baris tangkap: jenis kartu</translation>
        </message>
        <message>
            <source>Capture bar: dimension / none</source>
            <translation>Baris tangkap: dimensi / tanpa dimensi</translation>
        </message>
        <message>
            <source>Capture bar: next team / session</source>
            <translation>Baris tangkap: tim / sesi berikutnya</translation>
        </message>
        <message>
            <source>Add or remove a dot vote on the selected cards</source>
            <translation>Tambah atau kurangi suara titik pada kartu terpilih</translation>
        </message>
        <message>
            <source>Type the number of votes</source>
            <translation>Ketik jumlah suara</translation>
        </message>
        <message>
            <source>Edit the selected card</source>
            <translation>Ubah kartu terpilih</translation>
        </message>
        <message>
            <source>Delete the selected cards</source>
            <translation>Hapus kartu terpilih</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>Klaster baru</translation>
        </message>
        <message>
            <source>Zoom in, out, fit</source>
            <translation>Perbesar, perkecil, muat layar</translation>
        </message>
        <message>
            <source>Tidy up the board</source>
            <translation>Rapikan papan</translation>
        </message>
        <message>
            <source>Projector mode on or off</source>
            <translation>Mode proyektor nyala atau mati</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>Mulai atau jeda pewaktu</translation>
        </message>
        <message>
            <source>Zoom in, out, fit all cards</source>
            <translation>Perbesar, perkecil, tampilkan semua kartu</translation>
        </message>
        <message>
            <source>Leave projector mode</source>
            <translation>Keluar dari mode proyektor</translation>
        </message>
        <message>
            <source>Move the selected bar a year</source>
            <translation>Geser batang terpilih satu tahun</translation>
        </message>
        <message>
            <source>Move the end of the selected bar</source>
            <translation>Geser ujung batang terpilih</translation>
        </message>
        <message>
            <source>double-click</source>
            <translation>klik ganda</translation>
        </message>
        <message>
            <source>Open the programme</source>
            <translation>Buka program</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Di mana saja</translation>
        </message>
        <message>
            <source>Projector mode</source>
            <translation>Mode proyektor</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Di mana</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Fungsinya</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Add from people…</source>
            <translation>Tambah dari daftar orang…</translation>
        </message>
        <message>
            <source>Add signatory</source>
            <translation>Tambah penanda tangan</translation>
        </message>
        <message>
            <source>New signatory</source>
            <translation>Penanda tangan baru</translation>
        </message>
        <message>
            <source>Add signatories</source>
            <translation>Tambah penanda tangan</translation>
        </message>
    </context>
    <context>
        <name>SignatoryModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Office title</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Edit signatory</source>
            <translation>Ubah penanda tangan</translation>
        </message>
        <message>
            <source>Picked from the people list</source>
            <translation>Dipilih dari daftar orang</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>Filter: type part of a name…</source>
            <translation>Saring: ketik sebagian nama…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turun</translation>
        </message>
        <message>
            <source>{total} rows</source>
            <translation>{total} baris</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} dari {total}</translation>
        </message>
    </context>
    <context>
        <name>TeamModel</name>
        <message>
            <source>Team</source>
            <translation>Tim</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Edit team</source>
            <translation>Ubah tim</translation>
        </message>
    </context>
    <context>
        <name>TeamsTab</name>
        <message>
            <source>Filter teams…</source>
            <translation>Saring tim…</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>Tim baru</translation>
        </message>
        <message>
            <source>Add team</source>
            <translation>Tambah tim</translation>
        </message>
    </context>
    <context>
        <name>UpdateModel</name>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Kemajuan (%)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Edit quick-win progress</source>
            <translation>Ubah kemajuan quick win</translation>
        </message>
    </context>
    <context>
        <name>VisionPage</name>
        <message>
            <source>Vision</source>
            <translation>Visi</translation>
        </message>
        <message>
            <source>The city's smart city vision</source>
            <translation>Visi smart city daerah</translation>
        </message>
        <message>
            <source>Keywords from the workshop, comma-separated</source>
            <translation>Kata kunci dari lokakarya, dipisah koma</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Kata kunci</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Misi</translation>
        </message>
        <message>
            <source>Add mission</source>
            <translation>Tambah misi</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naik</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turun</translation>
        </message>
        <message>
            <source>Goals and yearly targets per dimension</source>
            <translation>Tujuan dan target tahunan per dimensi</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Tambah tujuan</translation>
        </message>
        <message>
            <source>Delete goal</source>
            <translation>Hapus tujuan</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Misi baru</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Tujuan baru</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Planning workbook for Smart City masterplan workshops (version {version})</source>
            <translation>Buku kerja perencanaan untuk lokakarya masterplan Smart City (versi {version})</translation>
        </message>
        <message>
            <source>New workbook...</source>
            <translation>Buku kerja baru...</translation>
        </message>
        <message>
            <source>Open...</source>
            <translation>Buka...</translation>
        </message>
        <message>
            <source>Open the demo (Kota Madiun)</source>
            <translation>Buka demo (Kota Madiun)</translation>
        </message>
        <message>
            <source>Recent workbooks</source>
            <translation>Buku kerja terbaru</translation>
        </message>
        <message>
            <source>No recent workbooks yet.</source>
            <translation>Belum ada buku kerja terbaru.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Berkas terbaru</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>&amp;New workbook...</source>
            <translation>Buku kerja &amp;baru...</translation>
        </message>
        <message>
            <source>&amp;Open...</source>
            <translation>B&amp;uka...</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Buka &amp;demo</translation>
        </message>
        <message>
            <source>Save a copy for a &amp;team...</source>
            <translation>Simpan salinan untuk &amp;tim...</translation>
        </message>
        <message>
            <source>&amp;Merge team files...</source>
            <translation>&amp;Gabungkan berkas tim...</translation>
        </message>
        <message>
            <source>Resolve merge &amp;conflicts...</source>
            <translation>Selesaikan &amp;konflik penggabungan...</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>&amp;Pulihkan dari cadangan...</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;Ekspor...</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;About Rencana</source>
            <translation>Tent&amp;ang Rencana</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>This page could not be opened. The details are in the log file in the Rencana data folder.</source>
            <translation>Halaman ini tidak dapat dibuka. Rinciannya ada di berkas log dalam folder data Rencana.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Rencana has an automatic backup of {name} from {time}. Restore it as a new file?</source>
            <translation>Rencana memiliki cadangan otomatis {name} dari {time}. Pulihkan sebagai berkas baru?</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Buku kerja Rencana (*.rencana)</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Pulihkan cadangan</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Pulihkan cadangan sebagai</translation>
        </message>
        <message>
            <source>Save a copy for a team</source>
            <translation>Simpan salinan untuk tim</translation>
        </message>
        <message>
            <source>Saved {name}: give this one file to the team. Merge it back with File &gt; Merge team files.</source>
            <translation>{name} tersimpan: berikan satu berkas ini kepada tim. Gabungkan kembali lewat Berkas &gt; Gabungkan berkas tim.</translation>
        </message>
        <message>
            <source>There are no automatic backups yet.</source>
            <translation>Belum ada cadangan otomatis.</translation>
        </message>
        <message>
            <source>There is no automatic backup of {name}.</source>
            <translation>Tidak ada cadangan otomatis untuk {name}.</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>dipulihkan</translation>
        </message>
        <message>
            <source>team</source>
            <translation>tim</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>BUMD</source>
            <translation>BUMD</translation>
        </message>
        <message>
            <source>Bimtek I</source>
            <translation>Bimtek I</translation>
        </message>
        <message>
            <source>Bimtek II</source>
            <translation>Bimtek II</translation>
        </message>
        <message>
            <source>Bimtek III</source>
            <translation>Bimtek III</translation>
        </message>
        <message>
            <source>Bimtek IV</source>
            <translation>Bimtek IV</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Komunitas</translation>
        </message>
        <message>
            <source>DPRD</source>
            <translation>DPRD</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>Dewan Smart City</source>
            <translation>Dewan Smart City</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Forkopimda</source>
            <translation>Forkopimda</translation>
        </message>
        <message>
            <source>Head of region</source>
            <translation>Kepala daerah</translation>
        </message>
        <message>
            <source>Kelurahan / village</source>
            <translation>Kelurahan / desa</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>LSM</translation>
        </message>
        <message>
            <source>Narasumber</source>
            <translation>Narasumber</translation>
        </message>
        <message>
            <source>OPD</source>
            <translation>OPD</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Other meeting</source>
            <translation>Pertemuan lain</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Pokok bahasan</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Pers</translation>
        </message>
        <message>
            <source>Private sector</source>
            <translation>Swasta</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Sekolah</translation>
        </message>
        <message>
            <source>Tim Pelaksana</source>
            <translation>Tim Pelaksana</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Perguruan tinggi</translation>
        </message>
        <message>
            <source>Vertical agency</source>
            <translation>Instansi vertikal</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge team files</source>
            <translation>Gabungkan berkas tim</translation>
        </message>
        <message>
            <source>Rencana workbooks (*.rencana)</source>
            <translation>Buku kerja Rencana (*.rencana)</translation>
        </message>
        <message>
            <source>The workbook is open read-only: nothing can be merged into it.</source>
            <translation>Buku kerja dibuka hanya-baca: tidak ada yang bisa digabungkan ke dalamnya.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Ganti berkas itu?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Lihat di:</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rinci</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis berkas:</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Lihat di:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer saya</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terbaru</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
    </context>
</TS>