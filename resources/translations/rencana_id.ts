<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID" sourcelanguage="en_GB">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit agenda</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Add agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New agenda item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreedModel</name>
        <message>
            <source>Agreed item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit agreed item</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgreedTab</name>
        <message>
            <source>Add agreed item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New agreed item</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick {name}</source>
            <translation type="unfinished" />
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
            <source>Type a name, organisation or group; Enter ticks present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day {number}: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present: {present} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardLegend</name>
        <message>
            <source>Idea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weakness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <source>Idea board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme {0} made: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Type a card and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter adds the card · Ctrl+1…8 kind · Alt+1…6 dimension (Alt+0 none) · Ctrl+T team · Ctrl+S session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dimension: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind: {0}</source>
            <translation type="unfinished" />
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
        <name>DetailsTab</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Narasumber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit session</source>
            <translation type="unfinished" />
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
        <name>FilterBar</name>
        <message>
            <source>Find words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fade instead of hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All dimensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
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
        <name>MinutesModel</name>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>Add point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to the minutes</source>
            <translation type="unfinished" />
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
    </context>
    <context>
        <name>OrganisationModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abbreviation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Page</name>
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
        <message>
            <source>Analysis</source>
            <translation>Analisis</translation>
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
            <source>Idea cards</source>
            <translation>Kartu ide</translation>
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
            <source>No gaps: every dimension has goals, cards and programmes, and every session has attendance.</source>
            <translation>Tidak ada kekurangan: setiap dimensi memiliki tujuan, kartu, dan program, dan setiap sesi memiliki daftar hadir.</translation>
        </message>
        <message>
            <source>No dimension</source>
            <translation>Tanpa dimensi</translation>
        </message>
        <message>
            <source>No lead OPD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Sessions&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vision and goals</source>
            <translation>Visi dan tujuan</translation>
        </message>
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
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Pick people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of a name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>Idea board - projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes and seconds to count down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space starts or pauses · Esc leaves projector mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordModel</name>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoadmapControls</name>
        <message>
            <source>Lanes per dimension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes per OPD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lanes per phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the years to the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick win</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All dimensions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All OPDs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoadmapGrid</name>
        <message>
            <source>Plan {start}-{end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoadmapPage</name>
        <message>
            <source>Roadmap</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignatoriesTab</name>
        <message>
            <source>Add from people…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add signatories</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignatoryModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picked from the people list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <source>Filter: type part of a name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamModel</name>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit team</source>
            <translation type="unfinished" />
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
</TS>