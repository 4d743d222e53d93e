<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="34" />
        <location filename="../../forms/employees_page.ui" line="8" />
        <source>&lt;h2&gt;Pegawai&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Staff&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="35" />
        <source>&lt;h2&gt;Pegawai yang saya nilai&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Staff I appraise&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="36" />
        <source>Cari NIP, nama, jabatan atau unit kerja…  (Ctrl+F)</source>
        <translation>Search NIP, name, position or unit…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="54" />
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="60" />
        <source>Memuat daftar pegawai…</source>
        <translation>Loading the staff list…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="62" />
        <source>Daftar pegawai tidak dapat dimuat.</source>
        <translation>The staff list could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="78" />
        <source>Semua unit kerja</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="85" />
        <source>Semua status SKP {0}</source>
        <translation>Any SKP status {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="95" />
        <source>{0} dari {1} pegawai</source>
        <translation>{0} of {1} staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="102" />
        <source>Impor daftar pegawai</source>
        <translation>Import staff roster</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="103" />
        <source>Daftar pegawai (*.xlsx *.csv)</source>
        <translation>Staff roster (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="109" />
        <source>Memeriksa {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/employees.py" line="111" />
        <source>Berkas tidak dapat diimpor.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../forms/employees_page.ui" line="22" />
        <source>&amp;Impor daftar…</source>
        <translation>&amp;Import roster…</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="52" />
        <source>— belum dinilai —</source>
        <translation>— not rated —</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="58" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="59" />
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="64" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="65" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="65" />
        <source>Masukan</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="71" />
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="81" />
        <source>Ajukan &amp;keberatan…</source>
        <translation>File an &amp;objection…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="93" />
        <source>Evaluasi Kinerja</source>
        <translation>Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="94" />
        <source>Dokumen Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="115" />
        <source>Evaluasi tidak dapat dibuka.</source>
        <translation>The evaluation cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="123" />
        <source>&lt;h2&gt;Evaluasi {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Evaluation of {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="123" />
        <source>&lt;h2&gt;Evaluasi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Evaluation&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="152" />
        <source>Pilih pegawai di halaman Pegawai, lalu buka Evaluasi.</source>
        <translation>Pick an employee on the Staff page, then open Evaluation.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="154" />
        <source>Pegawai ini belum punya SKP tahun {0}.</source>
        <translation>This employee has no SKP for {0}.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="156" />
        <source>SKP tahun {0} berstatus {1}: evaluasi dimulai setelah SKP disetujui.</source>
        <translation>The {0} SKP is {1}: evaluation starts once the SKP is approved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="158" />
        <source>Evaluasi periode {0} belum dimulai.</source>
        <translation>The evaluation for {0} has not started.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="163" />
        <source>Capaian kinerja organisasi periode ini belum ditetapkan.</source>
        <translation>The organisation's result for this period has not been set.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="164" />
        <source>Capaian kinerja organisasi ({0}): &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Organisation result ({0}): &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="183" />
        <source>Predikat: —</source>
        <translation>Predikat: —</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="187" />
        <source>Predikat: &lt;b style='color:{0}'&gt;{1}&lt;/b&gt;</source>
        <translation>Predikat: &lt;b style='color:{0}'&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="196" />
        <source>Evaluasi dimulai.</source>
        <translation>Evaluation started.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="201" />
        <source>Realisasi disimpan.</source>
        <translation>Realisation saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="205" />
        <source>Umpan balik disimpan.</source>
        <translation>Feedback saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="214" />
        <source>Pilih baris indikator dahulu.</source>
        <translation>Select an indicator row first.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="216" />
        <source>Lampirkan bukti dukung</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="220" />
        <source>Bukti dukung {0} dilampirkan.</source>
        <translation>Evidence {0} attached.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="224" />
        <source>Tautan bukti dukung</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="224" />
        <source>Alamat tautan:</source>
        <translation>Link address:</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="227" />
        <source>Tautan dilampirkan.</source>
        <translation>Link attached.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="239" />
        <source>Penilaian disimpan.</source>
        <translation>Appraisal saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="244" />
        <source>Finalkan evaluasi</source>
        <translation>Finalise evaluation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="245" />
        <source>Setelah final, evaluasi ini tidak dapat diubah kecuali melalui keputusan keberatan atau pembukaan kunci yang dicatat. Finalkan sekarang?</source>
        <translation>Once final, this evaluation cannot change except through an objection decision or a recorded unlock. Finalise now?</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="249" />
        <source>Evaluasi final dan disegel.</source>
        <translation>Evaluation final and sealed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="252" />
        <source>Buka kunci evaluasi</source>
        <translation>Unlock evaluation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="253" />
        <source>Alasan membuka kunci (dicatat di log audit):</source>
        <translation>Reason for unlocking (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="256" />
        <source>Kunci evaluasi dibuka; alasannya dicatat.</source>
        <translation>Evaluation unlocked; the reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="10" />
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="23" />
        <source>&amp;Mulai evaluasi periode ini</source>
        <translation>&amp;Start this period's evaluation</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="35" />
        <source>&amp;Hasil Kerja</source>
        <translation>&amp;Work results</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="40" />
        <source>Lampirkan &amp;bukti dukung…</source>
        <translation>Attach &amp;evidence…</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="41" />
        <source>Tambah &amp;tautan bukti…</source>
        <translation>Add evidence &amp;link…</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="46" />
        <source>&lt;b&gt;Umpan balik berkelanjutan per RHK&lt;/b&gt; (klik dua kali untuk memilih frasa atau menulis sendiri)</source>
        <translation>&lt;b&gt;Continuous feedback per RHK&lt;/b&gt; (double-click to pick a phrase or write your own)</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="51" />
        <source>&amp;Perilaku Kerja</source>
        <translation>Work &amp;behaviour</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="57" />
        <source>&amp;Masukan lain</source>
        <translation>Other &amp;inputs</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="62" />
        <source>Tambah &amp;masukan…</source>
        <translation>Add &amp;input…</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="72" />
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="74" />
        <source>Rating &amp;hasil kerja</source>
        <translation>&amp;Results rating</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="76" />
        <source>Rating pe&amp;rilaku kerja</source>
        <translation>Beha&amp;viour rating</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="79" />
        <source>&amp;Catatan/rekomendasi</source>
        <translation>&amp;Notes/recommendation</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="83" />
        <source>B&amp;uka kunci…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="84" />
        <source>Ceta&amp;k</source>
        <translation>Prin&amp;t</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="86" />
        <source>&amp;Simpan penilaian</source>
        <translation>&amp;Save appraisal</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="87" />
        <source>&amp;Finalkan…</source>
        <translation>&amp;Finalise…</translation>
    </message>
</context>
<context>
    <name>FeedbackInputDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="20" />
        <source>Tambah masukan</source>
        <translation>Add input</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="24" />
        <source>nama atau keterangan (boleh kosong)</source>
        <translation>name or description (optional)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="30" />
        <source>&amp;Sumber</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="31" />
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="32" />
        <source>&amp;Masukan</source>
        <translation>&amp;Input</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/start_dialogs.py" line="21" />
        <source>Basis data: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/start_dialogs.py" line="27" />
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/start_dialogs.py" line="39" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="6" />
        <source>Mulai — Kinerja Desktop</source>
        <translation>Welcome — Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="10" />
        <source>&lt;b&gt;Selamat datang.&lt;/b&gt; Basis data ini belum punya pengguna. Buat akun operator pertama; operator mengelola daftar pegawai, unit kerja, pengguna dan periode.</source>
        <translation>&lt;b&gt;Welcome.&lt;/b&gt; This database has no users yet. Create the first operator account; operators manage the staff roster, units, users and periods.</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="25" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="32" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="39" />
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <location filename="../../forms/first_start_dialog.ui" line="48" />
        <source>Muat &amp;kabupaten contoh (300 pegawai) untuk mencoba program</source>
        <translation>Load a &amp;demo district (300 staff) to try the program</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="51" />
        <source>&amp;Perspektif</source>
        <translation>&amp;Perspective</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="51" />
        <location filename="../../forms/indicator_dialog.ui" line="10" />
        <source>&amp;Aspek</source>
        <translation>&amp;Aspect</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="62" />
        <source>satuan, mis. dokumen, %, bulan</source>
        <translation>unit, e.g. documents, %, months</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="6" />
        <source>Indikator Kinerja Individu</source>
        <translation>Individual performance indicator</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="8" />
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="12" />
        <source>&amp;Indikator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="14" />
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="18" />
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/indicator_dialog.ui" line="23" />
        <source>Target &amp;uraian</source>
        <translation>Narrative &amp;target</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/start_dialogs.py" line="58" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/start_dialogs.py" line="66" />
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6" />
        <source>Masuk — Kinerja Desktop</source>
        <translation>Log in — Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="10" />
        <source>&lt;b&gt;Kinerja Desktop&lt;/b&gt;&lt;br/&gt;Penilaian Kinerja ASN</source>
        <translation>&lt;b&gt;Kinerja Desktop&lt;/b&gt;&lt;br/&gt;Civil service performance appraisal</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="23" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="30" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="38" />
        <source>Kinerja Desktop — {0}</source>
        <translation>Kinerja Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="122" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="123" />
        <source>Ada perubahan di halaman {0} yang belum disimpan.</source>
        <translation>The {0} page has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="124" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="125" />
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="126" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="136" />
        <source>Masuk sebagai {0} ({1})</source>
        <translation>Logged in as {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="174" />
        <source>Cadangkan basis data</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="175" />
        <source>Basis data Kinerja (*.sqlite3)</source>
        <translation>Kinerja database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="181" />
        <source>Cadangan tidak dapat dibuat.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="183" />
        <source>Cadangan ditulis: {0}</source>
        <translation>Backup written: {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="186" />
        <source>Tentang Kinerja Desktop</source>
        <translation>About Kinerja Desktop</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window.py" line="187" />
        <source>&lt;b&gt;Kinerja Desktop {0}&lt;/b&gt;&lt;br&gt;Penilaian kinerja ASN menurut PermenPANRB 6/2022, tanpa internet.&lt;br&gt;&lt;br&gt;Basis data: {1}</source>
        <translation>&lt;b&gt;Kinerja Desktop {0}&lt;/b&gt;&lt;br&gt;Civil service performance appraisal under PermenPANRB 6/2022, offline.&lt;br&gt;&lt;br&gt;Database: {1}</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="32" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="38" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="48" />
        <source>&amp;Cadangkan basis data…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="51" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="55" />
        <source>&amp;Verifikasi dokumen…</source>
        <translation>&amp;Verify a document…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="58" />
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="61" />
        <source>&amp;Tentang Kinerja Desktop</source>
        <translation>&amp;About Kinerja Desktop</translation>
    </message>
</context>
<context>
    <name>MassRatingPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="28" />
        <source>Pilih sel rating lalu tekan &lt;b&gt;1&lt;/b&gt; atau &lt;b&gt;B&lt;/b&gt; = Di Bawah Ekspektasi, &lt;b&gt;2&lt;/b&gt; atau &lt;b&gt;S&lt;/b&gt; = Sesuai Ekspektasi, &lt;b&gt;3&lt;/b&gt; atau &lt;b&gt;A&lt;/b&gt; = Di Atas Ekspektasi; kursor pindah sendiri. &lt;b&gt;Delete&lt;/b&gt; mengosongkan. Predikat mengikuti matriks.</source>
        <translation>Select a rating cell and press &lt;b&gt;1&lt;/b&gt; or &lt;b&gt;B&lt;/b&gt; = Di Bawah Ekspektasi (below), &lt;b&gt;2&lt;/b&gt; or &lt;b&gt;S&lt;/b&gt; = Sesuai Ekspektasi (meets), &lt;b&gt;3&lt;/b&gt; or &lt;b&gt;A&lt;/b&gt; = Di Atas Ekspektasi (above); the cursor moves on. &lt;b&gt;Delete&lt;/b&gt; clears. The predikat follows the matrix.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="45" />
        <source>Penilaian Massal</source>
        <translation>Bulk rating</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="50" />
        <source>saya</source>
        <translation>me</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="69" />
        <source>{0} pegawai · {1} sudah dinilai · {2} final</source>
        <translation>{0} staff · {1} rated · {2} final</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="88" />
        <source>{0}: {1}, tidak dapat dinilai di sini.</source>
        <translation>{0}: {1}, cannot be rated here.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="97" />
        <source>Rating tidak dapat disimpan.</source>
        <translation>The rating could not be saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="106" />
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="107" />
        <source>Finalkan {0} evaluasi yang sudah lengkap? Setelah final, evaluasi tidak dapat diubah kecuali melalui keberatan atau pembukaan kunci.</source>
        <translation>Finalise {0} complete evaluations? Once final, an evaluation cannot change except through an objection or an unlock.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="113" />
        <source>Evaluasi tidak dapat difinalkan.</source>
        <translation>The evaluations could not be finalised.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="115" />
        <source>{0} evaluasi final dan disegel.</source>
        <translation>{0} evaluations final and sealed.</translation>
    </message>
    <message>
        <location filename="../../forms/mass_rating_page.ui" line="8" />
        <source>&lt;h2&gt;Penilaian Massal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bulk rating&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/mass_rating_page.ui" line="10" />
        <source>Pe&amp;nilai</source>
        <translation>Appr&amp;aiser</translation>
    </message>
    <message>
        <location filename="../../forms/mass_rating_page.ui" line="12" />
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../forms/mass_rating_page.ui" line="30" />
        <source>&amp;Finalkan semua yang lengkap…</source>
        <translation>&amp;Finalise all complete…</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="51" />
        <source>Ajukan keberatan</source>
        <translation>File an objection</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="58" />
        <source>Keberatan diajukan kepada atasan pejabat penilai paling lambat 14 hari setelah hasil evaluasi diterima.</source>
        <translation>An objection goes to the appraiser's superior at most 14 days after the result was received.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="60" />
        <source>Hasil &amp;diterima tanggal</source>
        <translation>Result &amp;received on</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/input_dialog.py" line="61" />
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ObjectionPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="26" />
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="26" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="27" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="27" />
        <source>Diajukan</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="29" />
        <source>Predikat semula</source>
        <translation>Original predikat</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="30" />
        <source>Predikat keputusan</source>
        <translation>Decided predikat</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="31" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="35" />
        <source>— tetap —</source>
        <translation>— unchanged —</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="43" />
        <source>Keberatan</source>
        <translation>Objections</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="65" />
        <source>Putuskan keberatan</source>
        <translation>Decide objection</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="66" />
        <source>Keputusan atasan pejabat penilai bersifat final dan tidak dapat diubah. Simpan keputusan?</source>
        <translation>The appraiser's superior's decision is final and cannot be changed. Save the decision?</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="72" />
        <source>Keputusan tidak dapat disimpan.</source>
        <translation>The decision could not be saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/objections.py" line="72" />
        <source>Keputusan atas keberatan dicatat.</source>
        <translation>The decision on the objection is recorded.</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="6" />
        <source>&lt;h2&gt;Keberatan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Objections&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="7" />
        <source>Keberatan diajukan paling lambat 14 hari setelah hasil evaluasi diterima (PP 30/2019 pasal 59), dari halaman Evaluasi pada evaluasi yang sudah final. Atasan pejabat penilai memutuskannya di sini; keputusannya final.</source>
        <translation>Objections are filed at most 14 days after the result was received (PP 30/2019 art. 59), from the Evaluation page on a final evaluation. The appraiser's superior decides them here; the decision is final.</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="19" />
        <source>Keputusan atasan pejabat penilai</source>
        <translation>Decision of the appraiser's superior</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="21" />
        <source>Alasan keberatan</source>
        <translation>Reason for the objection</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="23" />
        <source>Rating &amp;hasil kerja baru</source>
        <translation>New &amp;results rating</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="25" />
        <source>Rating &amp;perilaku kerja baru</source>
        <translation>New &amp;behaviour rating</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="27" />
        <source>&amp;Keputusan</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../forms/objection_page.ui" line="32" />
        <source>&amp;Putuskan…</source>
        <translation>&amp;Decide…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="18" />
        <source>Buat kunci instansi</source>
        <translation>Create office key</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="18" />
        <source>Frasa sandi kunci</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="19" />
        <source>kode instansi, mis. 1201</source>
        <translation>office code, e.g. 1201</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="27" />
        <source>Kunci ini menandatangani setiap paket ke provinsi. Frasa sandinya tidak dapat dipulihkan: simpan di tempat aman.</source>
        <translation>This key signs every package sent to the province. Its passphrase cannot be recovered: keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="29" />
        <source>&amp;Kode instansi</source>
        <translation>&amp;Office code</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="30" />
        <source>&amp;Frasa sandi</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="32" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/sync_dialogs.py" line="41" />
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="41" />
        <source>{0} halaman</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="42" />
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="43" />
        <source>&amp;Simpan sebagai…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="60" />
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="60" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="68" />
        <source>PDF tidak dapat disimpan.</source>
        <translation>The PDF could not be saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="70" />
        <source>Disimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="84" />
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="44" />
        <source>&amp;Pilih paket…</source>
        <translation>&amp;Choose packages…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="46" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="46" />
        <source>Hasil pemeriksaan</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="47" />
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="49" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="49" />
        <source>Paket terakhir</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="50" />
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="50" />
        <source>Bentrok</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="51" />
        <source>Rekaman</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="52" />
        <source>Hari sejak paket</source>
        <translation>Days since package</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="53" />
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="53" />
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="55" />
        <source>Seret berkas paket (.kinerja) ke halaman ini, atau pilih berkasnya. Tanda terima ditulis di folder paket.</source>
        <translation>Drag package files (.kinerja) onto this page, or choose them. Receipts are written to the package's folder.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="59" />
        <source>&lt;h2&gt;Konsolidasi Provinsi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Province consolidation&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="63" />
        <source>&lt;b&gt;Per kabupaten/kota&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per district&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="68" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="73" />
        <source>Kunci provinsi: ID {0}, sidik jari &lt;b&gt;{1}&lt;/b&gt;. Terkonsolidasi: {2} pegawai, {3} SKP, {4} evaluasi dari {5} kabupaten/kota.</source>
        <translation>Province key: ID {0}, fingerprint &lt;b&gt;{1}&lt;/b&gt;. Consolidated: {2} employees, {3} SKPs, {4} evaluations from {5} districts.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="90" />
        <source>Paket kabupaten/kota</source>
        <translation>District packages</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="91" />
        <source>Paket Kinerja (*.kinerja)</source>
        <translation>Kinerja packages (*.kinerja)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="116" />
        <source>Memeriksa dan menerapkan paket…</source>
        <translation>Verifying and applying packages…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="118" />
        <source>Paket tidak dapat diimpor.</source>
        <translation>The package cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/province.py" line="131" />
        <source>tidak dapat dibaca: {0}</source>
        <translation>cannot be read: {0}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../kinerja_desktop/ui/errors.py" line="27" />
        <source>{0}

Terjadi kesalahan tak terduga. Rinciannya tercatat di:
{1}

Kirimkan berkas itu kepada pengembang.</source>
        <translation>{0}

An unexpected error occurred. The details are in:
{1}

Please send that file to the developers.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/errors.py" line="40" />
        <source>Tindakan tidak dapat dilakukan.</source>
        <translation>The action could not be done.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/errors.py" line="54" />
        <source>Tindakan tidak dapat diselesaikan.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="60" />
        <source>Basis data '{0}' tidak dapat dibuka.</source>
        <translation>Database '{0}' cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="85" />
        <source>Belum ada basis data di
{0}

Buat basis data baru di sana?</source>
        <translation>There is no database at
{0}

Create a new one there?</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="86" />
        <source>Buat baru</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="87" />
        <source>Buka berkas lain…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="88" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="93" />
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="94" />
        <source>Basis data Kinerja (*.sqlite3 *.db)</source>
        <translation>Kinerja database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="108" />
        <source>Menyusun kabupaten contoh…</source>
        <translation>Building the demo district…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/startup.py" line="116" />
        <source>Kabupaten contoh tidak dapat dibuat.</source>
        <translation>The demo district could not be built.</translation>
    </message>
</context>
<context>
    <name>RekapPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="35" />
        <source>Perangkat daerah</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="35" />
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="105" />
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="36" />
        <source>SKP disetujui</source>
        <translation>SKP approved</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="36" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="37" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="38" />
        <source>Capaian organisasi</source>
        <translation>Organisation result</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="40" />
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="62" />
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="74" />
        <source>Rekap tidak dapat dimuat.</source>
        <translation>The summary could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="91" />
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="124" />
        <source>belum ditetapkan</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="92" />
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Capaian kinerja organisasi: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;{2} dari {3} pegawai sudah dinilai, {4} final.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Organisation result: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;{2} of {3} staff rated, {4} final.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="96" />
        <source>Sebaran predikat sesuai pedoman.</source>
        <translation>The predikat distribution is within the guidance.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="125" />
        <source>Pola distribusi predikat pegawai (capaian organisasi: {0})</source>
        <translation>Staff predikat distribution (organisation result: {0})</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="131" />
        <source>Pilih unit di tabel dahulu.</source>
        <translation>Select a unit in the table first.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="143" />
        <source>Rekap tidak dapat dicetak.</source>
        <translation>The summary cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="145" />
        <source>Rekap {0}</source>
        <translation>Summary {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="155" />
        <source>Dokumen Evaluasi Kinerja Pegawai</source>
        <translation>Employee Performance Evaluation Document</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="156" />
        <source>Evaluasi Kinerja</source>
        <translation>Performance Evaluation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="156" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="156" />
        <source>Lampiran SKP</source>
        <translation>SKP Attachment</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="158" />
        <source>Cetak massal</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="158" />
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="161" />
        <source>Simpan PDF ke folder</source>
        <translation>Save the PDFs to a folder</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="174" />
        <source>Capaian organisasi tidak dapat ditetapkan.</source>
        <translation>The organisation result could not be set.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="174" />
        <source>Capaian organisasi ditetapkan.</source>
        <translation>Organisation result set.</translation>
    </message>
    <message>
        <location filename="../../forms/rekap_page.ui" line="8" />
        <source>&lt;h2&gt;Rekap&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Summary&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/rekap_page.ui" line="10" />
        <source>P&amp;eriode</source>
        <translation>P&amp;eriod</translation>
    </message>
    <message>
        <location filename="../../forms/rekap_page.ui" line="35" />
        <source>&amp;Tetapkan capaian organisasi</source>
        <translation>&amp;Set organisation result</translation>
    </message>
    <message>
        <location filename="../../forms/rekap_page.ui" line="41" />
        <source>Cetak &amp;rekap unit…</source>
        <translation>Print unit &amp;summary…</translation>
    </message>
    <message>
        <location filename="../../forms/rekap_page.ui" line="42" />
        <source>Cetak &amp;massal unit ini…</source>
        <translation>Print this unit in &amp;batch…</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="22" />
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="23" />
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/skp_dialogs.py" line="25" />
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="6" />
        <source>Rencana Hasil Kerja</source>
        <translation>Planned work result</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="8" />
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="10" />
        <source>RHK atasan yang &amp;diintervensi</source>
        <translation>Superior's RHK &amp;supported</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="12" />
        <source>Sasaran &amp;organisasi</source>
        <translation>&amp;Organisation target</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="14" />
        <source>&amp;Rencana hasil kerja</source>
        <translation>&amp;Planned work result</translation>
    </message>
    <message>
        <location filename="../../forms/rhk_dialog.ui" line="16" />
        <source>Tulis sebagai hasil, misalnya "Tersusunnya laporan …", bukan "Menyusun …".</source>
        <translation>Write it as a result ("Tersusunnya laporan …", a report drawn up), not an activity ("Menyusun …").</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window_roles.py" line="7" />
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window_roles.py" line="8" />
        <source>penilai</source>
        <translation>appraiser</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/main_window_roles.py" line="9" />
        <source>pengamat</source>
        <translation>viewer</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="22" />
        <source>Impor daftar pegawai — {0}</source>
        <translation>Import staff roster — {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="24" />
        <source>{0} pegawai baru, {1} diperbarui, {2} tidak berubah, {3} unit kerja baru.</source>
        <translation>{0} new staff, {1} updated, {2} unchanged, {3} new units.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="28" />
        <source>{0} baris ditolak dan tidak akan diimpor:</source>
        <translation>{0} rows rejected and will not be imported:</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="31" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="31" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="31" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="32" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="43" />
        <source>Impor {0} baris yang benar</source>
        <translation>Import the {0} good rows</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="43" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="51" />
        <source>Mengimpor daftar pegawai…</source>
        <translation>Importing the staff roster…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/roster_dialog.py" line="52" />
        <source>Impor gagal.</source>
        <translation>Import failed.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="41" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="59" />
        <source>bawaan (tempat lambang kosong); pilih lambang daerah atau logo instansi</source>
        <translation>built-in placeholder; choose the regional emblem or the office logo</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="62" />
        <source>Lambang atau logo instansi</source>
        <translation>Emblem or office logo</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="63" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="71" />
        <source>Lambang tidak dapat dipasang.</source>
        <translation>The emblem could not be set.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="74" />
        <source>Lambang untuk formulir cetak diganti.</source>
        <translation>The emblem for printed forms was changed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="77" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="90" />
        <source>Pengaturan tidak dapat disimpan.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/settings.py" line="92" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="6" />
        <source>&lt;h2&gt;Pengaturan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="9" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="11" />
        <source>&amp;Nama instansi</source>
        <translation>Agency &amp;name</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="13" />
        <source>&amp;Kode instansi</source>
        <translation>Agency &amp;code</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="15" />
        <source>Ka&amp;bupaten/kota</source>
        <translation>&amp;District/city</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="17" />
        <source>&amp;Tempat penandatanganan</source>
        <translation>&amp;Place of signing</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="19" />
        <source>&amp;Periode evaluasi</source>
        <translation>Evaluation &amp;period</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="21" />
        <source>&amp;Ukuran kertas</source>
        <translation>Paper si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="23" />
        <source>&amp;Lambang/logo</source>
        <translation>&amp;Emblem/logo</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="28" />
        <source>Pilih &amp;gambar…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="29" />
        <source>Pakai bawaan</source>
        <translation>Use built-in</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="37" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="41" />
        <source>Folder &amp;cadangan</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="45" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="54" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../kinerja_desktop/ui/sheet_model.py" line="41" />
        <source>belum dimulai</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>SkpPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="36" />
        <source>Kuantitatif</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="37" />
        <source>Kualitatif</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="43" />
        <source>SKP diajukan.</source>
        <translation>SKP submitted.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="44" />
        <source>SKP disetujui.</source>
        <translation>SKP approved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="46" />
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="53" />
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="47" />
        <source>Lampiran SKP</source>
        <translation>SKP Attachment</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="61" />
        <source>&lt;h2&gt;SKP&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SKP&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="62" />
        <source>Pilih pegawai di halaman Pegawai (klik dua kali) untuk membuka SKP-nya.</source>
        <translation>Pick an employee on the Staff page (double-click) to open their SKP.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="69" />
        <source>SKP tidak dapat dibuka.</source>
        <translation>The SKP cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="73" />
        <source>&lt;h2&gt;SKP {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SKP of {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="83" />
        <source>Belum ada SKP untuk tahun {0}.</source>
        <translation>No SKP for {0} yet.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="94" />
        <source>Catatan atasan: {0}</source>
        <translation>Superior's note: {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="110" />
        <source>PEGAWAI YANG DINILAI</source>
        <translation>EMPLOYEE APPRAISED</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="111" />
        <source>PEJABAT PENILAI KINERJA</source>
        <translation>APPRAISING OFFICIAL</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="112" />
        <source>ATASAN PEJABAT PENILAI</source>
        <translation>APPRAISER'S SUPERIOR</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="132" />
        <source>Ekspektasi khusus pimpinan (boleh kosong)</source>
        <translation>Leader's specific expectation (optional)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="146" />
        <source>&lt;i&gt;belum ada&lt;/i&gt;</source>
        <translation>&lt;i&gt;none yet&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="149" />
        <source>Tambah butir…</source>
        <translation>Add an item…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="150" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="166" />
        <source>SKP disusun; tambahkan RHK.</source>
        <translation>SKP created; add RHK.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="177" />
        <source>Kembalikan SKP</source>
        <translation>Return SKP</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="178" />
        <source>Apa yang perlu diperbaiki?</source>
        <translation>What needs to be changed?</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="181" />
        <source>SKP dikembalikan dengan catatan.</source>
        <translation>SKP returned with a note.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="200" />
        <source>Pilih RHK dahulu, lalu tambah indikatornya.</source>
        <translation>Select an RHK first, then add its indicator.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="212" />
        <source>Ekspektasi perilaku disimpan.</source>
        <translation>Behaviour expectations saved.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/skp.py" line="217" />
        <source>Butir lampiran ditambahkan.</source>
        <translation>Attachment item added.</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="10" />
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="24" />
        <source>&amp;Pendekatan</source>
        <translation>&amp;Approach</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="26" />
        <source>&amp;Susun SKP</source>
        <translation>&amp;Create SKP</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="35" />
        <source>&amp;Hasil Kerja</source>
        <translation>&amp;Work results</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="46" />
        <source>Tambah &amp;RHK…</source>
        <translation>Add &amp;RHK…</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="47" />
        <source>Tambah &amp;indikator…</source>
        <translation>Add &amp;indicator…</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="54" />
        <source>&amp;Perilaku Kerja</source>
        <translation>Work &amp;behaviour</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="60" />
        <source>Simpan &amp;ekspektasi</source>
        <translation>Save &amp;expectations</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="66" />
        <source>&amp;Lampiran</source>
        <translation>Attach&amp;ment</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="76" />
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="78" />
        <source>&amp;Kembalikan…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="79" />
        <source>Se&amp;tujui</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../forms/skp_page.ui" line="80" />
        <source>&amp;Ajukan ke atasan</source>
        <translation>&amp;Submit to superior</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="24" />
        <source>Buat &amp;kunci…</source>
        <translation>Create &amp;key…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="25" />
        <source>&amp;Percayai provinsi…</source>
        <translation>&amp;Trust province…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="26" />
        <source>&amp;Ekspor paket…</source>
        <translation>&amp;Export package…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="27" />
        <source>&amp;Impor tanda terima / data referensi…</source>
        <translation>&amp;Import receipts / reference data…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="29" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="29" />
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="30" />
        <source>Rekaman</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="30" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="31" />
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="32" />
        <source>Bentrok</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="32" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="46" />
        <source>Kunci dan provinsi</source>
        <translation>Key and province</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="59" />
        <source>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;Paket ditandatangani dan dienkripsi untuk provinsi, lalu dibawa dengan flashdisk. Setiap paket disimpan di kotak keluar sampai tanda terimanya diimpor; perubahan yang belum diterima provinsi ikut lagi di paket berikutnya.</source>
        <translation>&lt;h2&gt;Synchronisation&lt;/h2&gt;Packages are signed and encrypted for the province, then carried on a USB drive. Each package stays in the outbox until its receipt is imported; changes the province has not yet received travel again in the next package.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="64" />
        <source>&lt;b&gt;Kotak keluar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outbox&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="68" />
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="78" />
        <source>Kunci instansi: ID {0}, sidik jari &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Office key: ID {0}, fingerprint &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="79" />
        <source>Belum ada kunci instansi. Buat kunci sebelum mengirim paket.</source>
        <translation>No office key yet. Create one before sending packages.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="82" />
        <source>Provinsi {0} ({1}), sidik jari &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Province {0} ({1}), fingerprint &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="83" />
        <source>Provinsi belum dipercaya: paket tidak akan terenkripsi. Pilih berkas kunci provinsi.</source>
        <translation>No province trusted yet: packages will not be encrypted. Choose the province's key file.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="100" />
        <source>Berkas kunci provinsi</source>
        <translation>Province key file</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="101" />
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="139" />
        <source>Berkas Kinerja (*.kinerja)</source>
        <translation>Kinerja files (*.kinerja)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="103" />
        <source>Provinsi tidak dapat dipercaya.</source>
        <translation>The province cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="107" />
        <source>Provinsi {0} dipercaya. Cocokkan sidik jari {1} dengan BKD provinsi lewat telepon.</source>
        <translation>Province {0} trusted. Confirm fingerprint {1} with the province's BKD by phone.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="111" />
        <source>Folder atau flashdisk tujuan</source>
        <translation>Destination folder or USB drive</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="120" />
        <source>Menyusun dan menulis paket…</source>
        <translation>Building and writing the package…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="128" />
        <source>Paket nomor {0} ditulis ke {1} dan dibaca ulang: aman untuk mencabut flashdisk.</source>
        <translation>Package {0} written to {1} and read back: safe to remove the USB drive.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="133" />
        <source>Ekspor dibatalkan; tidak ada yang diubah.</source>
        <translation>Export cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="135" />
        <source>Paket tidak dapat diekspor.</source>
        <translation>The package cannot be exported.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="138" />
        <source>Tanda terima atau data referensi</source>
        <translation>Receipts or reference data</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/sync.py" line="145" />
        <source>Berkas tidak dapat diimpor.</source>
        <translation>The file cannot be imported.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="23" />
        <source>Ubah unit kerja</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="23" />
        <source>Tambah unit kerja</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="24" />
        <source>mis. Bidang Pembinaan SD</source>
        <translation>e.g. Bidang Pembinaan SD</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="26" />
        <source>(unit teratas, tanpa induk)</source>
        <translation>(top-level unit, no parent)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="33" />
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="35" />
        <source>ID unor SIASN, bila ada</source>
        <translation>SIASN unor ID, if known</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="40" />
        <source>&amp;Nama unit</source>
        <translation>Unit &amp;name</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="40" />
        <source>&amp;Induk</source>
        <translation>&amp;Parent</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="41" />
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="41" />
        <source>&amp;Kode SIASN</source>
        <translation>SIASN &amp;code</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="76" />
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="76" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="76" />
        <source>Kode SIASN</source>
        <translation>SIASN code</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="77" />
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="82" />
        <source>&amp;Tambah unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="82" />
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="83" />
        <source>Tu&amp;tup unit</source>
        <translation>&amp;Close unit</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="89" />
        <source>&lt;h2&gt;Unit Kerja&lt;/h2&gt;Unit yang disebut dalam daftar pegawai dibuat otomatis saat impor; di sini unit dapat ditambah, diubah, dipindah, atau ditutup.</source>
        <translation>&lt;h2&gt;Units&lt;/h2&gt;Units named in the staff roster are created on import; here units can be added, renamed, moved or closed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="102" />
        <source>Unit Kerja</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="141" />
        <source>Unit '{0}' tidak dapat ditutup.</source>
        <translation>Unit '{0}' cannot be closed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/units.py" line="141" />
        <source>Unit '{0}' ditutup.</source>
        <translation>Unit '{0}' closed.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="21" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="27" />
        <source>wajib untuk penilai, mis. 19860926 201505 1 001</source>
        <translation>required for an appraiser, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="32" />
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="33" />
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="34" />
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="35" />
        <source>NIP &amp;pegawai</source>
        <translation>Employee &amp;NIP</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="49" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="50" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="51" />
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="52" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="52" />
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="57" />
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="57" />
        <source>Aktifkan/&amp;nonaktifkan</source>
        <translation>Enable/&amp;disable</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="65" />
        <source>&lt;h2&gt;Pengguna&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Users&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="71" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/pages/users.py" line="87" />
        <source>Status pengguna tidak dapat diubah.</source>
        <translation>The user's status could not be changed.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="15" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="15" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="16" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="16" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="16" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="17" />
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/dialog_base.py" line="17" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kinerja_desktop/ui/tasks.py" line="50" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="114" />
        <source>Dokumen tidak dapat dicetak.</source>
        <translation>The document cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="117" />
        <source>Pratinjau cetak — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="129" />
        <source>{0} berkas PDF ditulis ke {1}; {2} pegawai dilewati.</source>
        <translation>{0} PDF files written to {1}; {2} staff skipped.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="135" />
        <source>Cetak massal dibatalkan; berkas yang sudah selesai tetap ada.</source>
        <translation>Batch printing cancelled; the files already finished are kept.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="137" />
        <source>Cetak massal gagal.</source>
        <translation>Batch printing failed.</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="139" />
        <source>Mencetak {0}…</source>
        <translation>Printing {0}…</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="143" />
        <location filename="../../kinerja_desktop/ui/printing.py" line="155" />
        <source>Verifikasi dokumen</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="144" />
        <source>Kode verifikasi yang tercetak di bawah kode QR:</source>
        <translation>The verification code printed under the QR code:</translation>
    </message>
    <message>
        <location filename="../../kinerja_desktop/ui/printing.py" line="152" />
        <source>Kode tidak dapat diperiksa.</source>
        <translation>The code could not be checked.</translation>
    </message>
</context>
</TS>