<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
  <context>
    <name>CatalogueDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="73" />
      <source>Katalog pelatihan</source>
      <translation>Training catalogue</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="75" />
      <source>Pelatihan</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="75" />
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="102" />
      <source>JP</source>
      <translation>JP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="75" />
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="103" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="76" />
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="77" />
      <source>Untuk hasil kerja</source>
      <translation>For work results</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="78" />
      <source>Aktif</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="93" />
      <source>untuk RHK yang jauh dari target</source>
      <translation>for RHK far from target</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="94" />
      <source>aktif</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="96" />
      <source>&amp;Baru</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="97" />
      <source>&amp;Simpan pelatihan</source>
      <translation>&amp;Save training</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="98" />
      <source>&amp;Impor…</source>
      <translation>&amp;Import…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="99" />
      <source>&amp;Tutup</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="101" />
      <source>Nama pelatihan</source>
      <translation>Training name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="104" />
      <source>Nilai BerAKHLAK</source>
      <translation>BerAKHLAK value</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="138" />
      <source>Pelatihan tidak dapat disimpan.</source>
      <translation>The training could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="143" />
      <source>Impor katalog pelatihan</source>
      <translation>Import training catalogue</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="144" />
      <source>Lembar kerja (*.xlsx *.csv)</source>
      <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="148" />
      <source>Katalog tidak dapat diimpor.</source>
      <translation>The catalogue could not be imported.</translation>
    </message>
  </context>
  <context>
    <name>CharCounter</name>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/counter.py" line="34" />
      <source>Paling banyak {0} karakter.</source>
      <translation>At most {0} characters.</translation>
    </message>
  </context>
  <context>
    <name>Chooser</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="24" />
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
  </context>
  <context>
    <name>Confirm</name>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="29" />
      <source>&lt;b&gt;Belum dapat dilanjutkan:&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;Lengkapi dahulu.</source>
      <translation>&lt;b&gt;Cannot go on yet:&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;Complete these first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="33" />
      <source>&lt;b&gt;Belum lengkap:&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;Tetap lanjutkan?</source>
      <translation>&lt;b&gt;Not complete:&lt;/b&gt;&lt;ul&gt;{0}&lt;/ul&gt;Go on anyway?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="34" />
      <source>Tetap lanjutkan…</source>
      <translation>Go on anyway…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="36" />
      <source>Ya</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="43" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/confirm.py" line="43" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ConflictsPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="48" />
      <source>Tampilkan yang sudah diputuskan</source>
      <translation>Show decided ones too</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="50" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="50" />
      <source>Instansi</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="50" />
      <source>Sub-instansi</source>
      <translation>Sub-office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="51" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="52" />
      <source>Versi kiriman / provinsi</source>
      <translation>Version sent / province</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="52" />
      <source>Versi kiriman / hub</source>
      <translation>Version sent / hub</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="54" />
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="54" />
      <source>Tercatat</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="55" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="56" />
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="58" />
      <source>Kolom</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="59" />
      <source>Dikirim kabupaten/kota</source>
      <translation>Sent by the district</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="59" />
      <source>Dikirim sub-instansi</source>
      <translation>Sent by the sub-office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="60" />
      <source>Disimpan provinsi</source>
      <translation>Held by the province</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="60" />
      <source>Disimpan hub</source>
      <translation>Held by the hub</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="61" />
      <source>Beda</source>
      <translation>Differs</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="61" />
      <source>beda</source>
      <translation>differs</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="63" />
      <source>&amp;Pertahankan milik provinsi…</source>
      <translation>&amp;Keep the province's copy…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="63" />
      <source>&amp;Pertahankan milik hub…</source>
      <translation>&amp;Keep the hub's…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="64" />
      <source>&amp;Ambil milik kabupaten/kota…</source>
      <translation>&amp;Take the district's record…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="64" />
      <source>&amp;Ambil milik sub-instansi…</source>
      <translation>&amp;Take the sub-office's…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="75" />
      <source>Kabupaten/kota:</source>
      <translation>District:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="75" />
      <source>Sub-instansi:</source>
      <translation>Sub-office:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="85" />
      <source>&lt;h2&gt;Bentrok sub-instansi&lt;/h2&gt;Rekaman yang ditulis sub-instansi padahal bukan miliknya: usulan koreksi data pegawai (daftar pegawai dipegang hub), atau rekaman pegawai yang sudah pindah ke sub-instansi lain. Putuskan satu per satu dengan alasan; sub-instansi menerima hasilnya di irisan berikutnya.</source>
      <translation>&lt;h2&gt;Sub-office conflicts&lt;/h2&gt;Records a sub-office wrote that are not its own: proposed corrections of the roster (the hub keeps the roster), or records of staff who have moved to another sub-office. Decide them one by one, with a reason; the sub-office receives the outcome in its next slice.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="89" />
      <source>&lt;h2&gt;Bentrok&lt;/h2&gt;Rekaman yang tidak dapat diterapkan: versinya tidak lebih baru dari salinan provinsi padahal isinya berbeda (mis. kabupaten/kota memulihkan cadangan lama), atau NIP-nya sudah tercatat di kabupaten/kota lain. Putuskan satu per satu dengan alasan.</source>
      <translation>&lt;h2&gt;Conflicts&lt;/h2&gt;Records that could not be applied: their version is not newer than the province's copy although their content differs (a district that restored an old backup, say), or their NIP is already recorded for another district. Decide them one by one, with a reason.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="94" />
      <source>&lt;b&gt;Isi rekaman, kolom yang berbeda lebih dahulu&lt;/b&gt;</source>
      <translation>&lt;b&gt;The record's content, differing fields first&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="100" />
      <source>Bentrok</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="106" />
      <source>Semua</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/conflicts.py" line="133" />
      <source>Rekaman bentrok tidak dapat dibaca.</source>
      <translation>The conflicting record cannot be read.</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="24" />
      <source>Ambil milik kabupaten/kota</source>
      <translation>Take the district's record</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="24" />
      <source>Pertahankan milik provinsi</source>
      <translation>Keep the province's copy</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="27" />
      <source>mis. NIP ini sudah mutasi ke kabupaten lain sejak Maret (SK nomor …)</source>
      <translation>e.g. this NIP moved to another district in March (decree number …)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="28" />
      <source>Rekaman {0} {1} dari {2} (versi {3}) &lt;b&gt;diterapkan&lt;/b&gt; dan menggantikan salinan provinsi.</source>
      <translation>Record {0} {1} from {2} (version {3}) &lt;b&gt;is applied&lt;/b&gt; and replaces the province's copy.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="30" />
      <source>Rekaman {0} {1} dari {2} (versi {3}) &lt;b&gt;tidak diterapkan&lt;/b&gt;; salinan provinsi tetap. Perubahan berikutnya dari kabupaten/kota atas rekaman ini akan diterima.</source>
      <translation>Record {0} {1} from {2} (version {3}) &lt;b&gt;is not applied&lt;/b&gt;; the province's copy stays. The district's next change to this record will be accepted.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="33" />
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="45" />
      <source>Alasan:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="34" />
      <source>Keputusan tidak dapat diubah. Alasannya dicatat di log audit dan dikirim ke kabupaten/kota di data referensi berikutnya.</source>
      <translation>The decision cannot be changed. Its reason is recorded in the audit log and sent to the district in its next reference data.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="38" />
      <source>Ambil milik sub-instansi</source>
      <translation>Take the sub-office's</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="38" />
      <source>Pertahankan milik hub</source>
      <translation>Keep the hub's</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="41" />
      <source>mis. koreksi nama sesuai SK terbaru yang dikirim sekolah</source>
      <translation>e.g. name corrected as in the latest decree, sent by the school</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="42" />
      <source>Rekaman {0} {1} dari sub-instansi {2} &lt;b&gt;diterapkan&lt;/b&gt; di basis data hub.</source>
      <translation>Record {0} {1} from sub-office {2} &lt;b&gt;is applied&lt;/b&gt; to the hub's database.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="43" />
      <source>Rekaman {0} {1} dari sub-instansi {2} &lt;b&gt;tidak diterapkan&lt;/b&gt;; data hub tetap.</source>
      <translation>Record {0} {1} from sub-office {2} &lt;b&gt;is not applied&lt;/b&gt;; the hub's data stays.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/conflict.py" line="46" />
      <source>Keputusan tidak dapat diubah. Alasannya dicatat di log audit; sub-instansi menerima data hub di irisan berikutnya.</source>
      <translation>A decision cannot be changed. Its reason is kept in the audit log; the sub-office receives the hub's data in its next slice.</translation>
    </message>
  </context>
  <context>
    <name>Dialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/base.py" line="90" />
      <source>Tindakan tidak dapat dilakukan.</source>
      <translation>The action could not be done.</translation>
    </message>
  </context>
  <context>
    <name>EmployeePicker</name>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/employee_picker.py" line="15" />
      <source>ketik nama, NIP atau jabatan, lalu pilih dari daftar</source>
      <translation>type a name, NIP or position, then pick from the list</translation>
    </message>
  </context>
  <context>
    <name>EmployeeTableModel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>Gol.</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>Unit Kerja</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/employees.py" line="21" />
      <source>Status SKP</source>
      <translation>SKP status</translation>
    </message>
  </context>
  <context>
    <name>EmployeesPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="40" />
      <location filename="../../forms/employees_page.ui" line="8" />
      <source>&lt;h2&gt;Pegawai&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Staff&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="41" />
      <source>&lt;h2&gt;Pegawai yang saya nilai&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Staff I appraise&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="42" />
      <source>Cari NIP, nama, jabatan atau unit kerja…  (Ctrl+F)</source>
      <translation>Search NIP, name, position or unit…  (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="62" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="84" />
      <source>Memuat daftar pegawai…</source>
      <translation>Loading the staff list…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="85" />
      <source>Daftar pegawai tidak dapat dimuat.</source>
      <translation>The staff list could not be loaded.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="126" />
      <source>Semua unit kerja</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="138" />
      <source>Semua status SKP {0}</source>
      <translation>Any SKP status {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="148" />
      <source>{0} dari {1} pegawai</source>
      <translation>{0} of {1} staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="176" />
      <source>Impor daftar pegawai</source>
      <translation>Import staff roster</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="177" />
      <source>Daftar pegawai (*.xlsx *.csv)</source>
      <translation>Staff roster (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="183" />
      <source>Memeriksa {0}…</source>
      <translation>Checking {0}…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/employees.py" line="184" />
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
    <name>EnrolDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="58" />
      <source>Daftarkan kunci kabupaten/kota</source>
      <translation>Enrol a district's key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="61" />
      <source>(pilih berkas kunci)</source>
      <translation>(choose the key file)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="64" />
      <source>Berkas &amp;kunci (.pub)</source>
      <translation>&amp;Key file (.pub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="64" />
      <source>Kunci publik kabupaten/kota</source>
      <translation>District public key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="65" />
      <source>Kunci publik (*.pub)</source>
      <translation>Public key (*.pub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="66" />
      <source>Sidik jari</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="67" />
      <source>K&amp;ode instansi</source>
      <translation>Office c&amp;ode</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="67" />
      <source>&amp;Nama</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="68" />
      <source>Minta operator kabupaten/kota membacakan sidik jari kuncinya lewat telepon. Daftarkan hanya bila sama dengan yang tertulis di sini.</source>
      <translation>Ask the district's operator to read their key's fingerprint over the telephone. Enrol it only when it is the same as the one written here.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="61" />
      <source>— belum dinilai —</source>
      <translation>— not rated —</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="69" />
      <source>RHK</source>
      <translation>RHK</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="70" />
      <source>Perilaku kerja</source>
      <translation>Work behaviour</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="75" />
      <source>Sumber</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="76" />
      <source>Dari</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="76" />
      <source>Masukan</source>
      <translation>Input</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="83" />
      <source>Evaluasi</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="93" />
      <source>Ajukan &amp;keberatan…</source>
      <translation>File an &amp;objection…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="113" />
      <source>Evaluasi Kinerja</source>
      <translation>Performance Evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="114" />
      <source>Evaluasi Kinerja dengan Ringkasan Masukan</source>
      <translation>Performance Evaluation with Feedback Summary</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="115" />
      <source>Dokumen Evaluasi Kinerja Pegawai</source>
      <translation>Employee Performance Evaluation Document</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="116" />
      <source>Ringkasan Masukan</source>
      <translation>Feedback summary</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="117" />
      <source>Hasil Penilaian Saya (untuk pegawai)</source>
      <translation>My appraisal result (for the employee)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="143" />
      <source>Evaluasi tidak dapat dibuka.</source>
      <translation>The evaluation cannot be opened.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="158" />
      <source>Segmen {0}: {1} – {2}, penilai {3}</source>
      <translation>Segment {0}: {1} – {2}, penilai {3}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="169" />
      <source>&lt;h2&gt;Evaluasi {0}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Evaluation of {0}&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="169" />
      <source>&lt;h2&gt;Evaluasi&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Evaluation&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="201" />
      <source>Pilih pegawai di halaman Pegawai, lalu buka Evaluasi.</source>
      <translation>Pick an employee on the Staff page, then open Evaluation.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="203" />
      <source>Pegawai ini belum punya SKP tahun {0}.</source>
      <translation>This employee has no SKP for {0}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="205" />
      <source>SKP tahun {0} berstatus {1}: evaluasi dimulai setelah SKP disetujui.</source>
      <translation>The {0} SKP is {1}: evaluation starts once the SKP is approved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="207" />
      <source>Evaluasi periode {0} belum dimulai.</source>
      <translation>The evaluation for {0} has not started.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="30" />
      <source>Capaian kinerja organisasi periode ini belum ditetapkan.</source>
      <translation>The organisation's result for this period has not been set.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="32" />
      <source>Capaian kinerja organisasi ({0}): &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>Organisation result ({0}): &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="46" />
      <source>segmen {0} ({1} bulan): {2}</source>
      <translation>segment {0} ({1} months): {2}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="48" />
      <source>belum final</source>
      <translation>not final</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="50" />
      <source>{0} / {1}, predikat {2}</source>
      <translation>{0} / {1}, predikat {2}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="53" />
      <source>belum dapat diusulkan</source>
      <translation>cannot be suggested yet</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="54" />
      <source>&lt;br&gt;Tahun ini terbagi karena pindah jabatan: {0}. Usulan hasil tahunan gabungan (menurut bulan): &lt;b&gt;{1}&lt;/b&gt;.</source>
      <translation>&lt;br&gt;This year is split by a move: {0}. Suggested combined annual result (by months): &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="63" />
      <source>Presensi {0} bulan: hadir {1} dari {2} hari kerja ({3}), terlambat {4} kali, tanpa keterangan {5} hari.</source>
      <translation>Attendance over {0} months: present {1} of {2} working days ({3}), late {4} times, absent without notice {5} days.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="68" />
      <source>Belum ada rekap presensi untuk periode ini.</source>
      <translation>No attendance recap for this period yet.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="70" />
      <source>Hukuman disiplin: {0}.</source>
      <translation>Disciplinary sanctions: {0}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="71" />
      <source>Tidak ada hukuman disiplin dalam periode ini.</source>
      <translation>No disciplinary sanction in this period.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="72" />
      <source>&lt;b&gt;Data objektif untuk nilai Akuntabel&lt;/b&gt; (bahan pertimbangan, tidak mengubah rating):&lt;br&gt;{0}&lt;br&gt;{1}</source>
      <translation>&lt;b&gt;Objective data for the Akuntabel value&lt;/b&gt; (to consider; it does not change a rating):&lt;br&gt;{0}&lt;br&gt;{1}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="226" />
      <source>Realisasi dari presensi tidak dapat diisi.</source>
      <translation>The realisation could not be filled from attendance.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="228" />
      <source>{0} realisasi diusulkan dari rekap presensi; periksa dan ubah bila perlu.</source>
      <translation>{0} realisations proposed from the attendance recap; check them and change them if needed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="229" />
      <source>Tidak ada yang diisi: belum ada rekap presensi, atau realisasinya sudah diisi.</source>
      <translation>Nothing filled: no attendance recap yet, or the realisation is already filled.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="235" />
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="82" />
      <source>Penilaian diri</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="235" />
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="83" />
      <source>Masukan rekan kerja</source>
      <translation>Feedback from colleagues</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="236" />
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="84" />
      <source>Masukan bawahan</source>
      <translation>Feedback from subordinates</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="236" />
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="85" />
      <source>Masukan masyarakat pengguna layanan</source>
      <translation>Feedback from service users</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="238" />
      <source>Cetak kuesioner</source>
      <translation>Print questionnaires</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="238" />
      <source>Jenis masukan:</source>
      <translation>Kind of feedback:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="241" />
      <source>Simpan kuesioner ke folder</source>
      <translation>Save the questionnaires to a folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="248" />
      <source>{0} kuesioner dan kode.csv ditulis ke {1}.</source>
      <translation>{0} questionnaires and kode.csv written to {1}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="249" />
      <source>Kuesioner masukan</source>
      <translation>Feedback questionnaires</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="254" />
      <source>Kuesioner tidak dapat dibuat.</source>
      <translation>The questionnaires could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="91" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: {1} responden, belum ditampilkan (kurang dari 3).</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} respondents, not shown yet (fewer than 3).</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="96" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: {1} responden; rata-rata (1-4): {2}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} respondents; means (1-4): {2}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="99" />
      <source>Belum ada kuesioner masukan yang diisi untuk periode ini.</source>
      <translation>No feedback questionnaire has been answered for this period yet.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation_texts.py" line="100" />
      <source>Masukan adalah bahan pertimbangan; rating tetap keputusan pejabat penilai.</source>
      <translation>Feedback is for consideration; the ratings remain the appraising official's decision.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="259" />
      <source>Predikat: —</source>
      <translation>Predikat: —</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="263" />
      <source>Predikat: &lt;b style='color:{0}'&gt;{1}&lt;/b&gt;</source>
      <translation>Predikat: &lt;b style='color:{0}'&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="268" />
      <source>Tindakan tidak dapat dilakukan.</source>
      <translation>The action could not be done.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="279" />
      <source>Evaluasi dimulai.</source>
      <translation>Evaluation started.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="285" />
      <source>Realisasi disimpan.</source>
      <translation>Realisation saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="290" />
      <source>Umpan balik disimpan.</source>
      <translation>Feedback saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="299" />
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="311" />
      <source>Pilih baris indikator dahulu.</source>
      <translation>Select an indicator row first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="301" />
      <source>Lampirkan bukti dukung</source>
      <translation>Attach evidence</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="306" />
      <source>Bukti dukung {0} dilampirkan.</source>
      <translation>Evidence {0} attached.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="313" />
      <source>Tautan bukti dukung</source>
      <translation>Evidence link</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="313" />
      <source>Alamat tautan:</source>
      <translation>Link address:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="317" />
      <source>Tautan dilampirkan.</source>
      <translation>Link attached.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="328" />
      <source>Penilaian disimpan.</source>
      <translation>Appraisal saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="336" />
      <source>Finalkan evaluasi</source>
      <translation>Finalise evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="337" />
      <source>Setelah final, evaluasi ini tidak dapat diubah kecuali melalui keputusan keberatan atau pembukaan kunci yang dicatat. Finalkan sekarang?</source>
      <translation>Once final, this evaluation cannot change except through an objection decision or a recorded unlock. Finalise now?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="343" />
      <source>Evaluasi final dan disegel.</source>
      <translation>Evaluation final and sealed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="346" />
      <source>Buka kunci evaluasi</source>
      <translation>Unlock evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="347" />
      <source>Alasan membuka kunci (dicatat di log audit):</source>
      <translation>Reason for unlocking (recorded in the audit log):</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/evaluation.py" line="351" />
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
      <location filename="../../forms/evaluation_page.ui" line="42" />
      <source>Isi dari &amp;presensi</source>
      <translation>Fill from &amp;attendance</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="42" />
      <source>Usulkan realisasi indikator yang terikat presensi dari rekap presensi periode ini</source>
      <translation>Propose the realisation of attendance-bound indicators from this period's attendance recap</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="47" />
      <source>&lt;b&gt;Umpan balik berkelanjutan per RHK&lt;/b&gt; (klik dua kali untuk memilih frasa atau menulis sendiri)</source>
      <translation>&lt;b&gt;Continuous feedback per RHK&lt;/b&gt; (double-click to pick a phrase or write your own)</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="52" />
      <source>&amp;Perilaku Kerja</source>
      <translation>Work &amp;behaviour</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="59" />
      <source>&amp;Masukan lain</source>
      <translation>Other &amp;inputs</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="65" />
      <source>Tambah &amp;masukan…</source>
      <translation>Add &amp;input…</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="66" />
      <source>Cetak &amp;kuesioner…</source>
      <translation>Print &amp;questionnaires…</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="66" />
      <source>Kuesioner masukan dengan kode sekali pakai untuk pegawai ini</source>
      <translation>Feedback questionnaires with one-use codes for this employee</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="76" />
      <source>Penilaian</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="78" />
      <source>Rating &amp;hasil kerja</source>
      <translation>&amp;Results rating</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="80" />
      <source>Rating pe&amp;rilaku kerja</source>
      <translation>Beha&amp;viour rating</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="83" />
      <source>&amp;Catatan/rekomendasi</source>
      <translation>&amp;Notes/recommendation</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="87" />
      <source>B&amp;uka kunci…</source>
      <translation>&amp;Unlock…</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="88" />
      <source>Ceta&amp;k</source>
      <translation>Prin&amp;t</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="90" />
      <source>&amp;Simpan penilaian</source>
      <translation>&amp;Save appraisal</translation>
    </message>
    <message>
      <location filename="../../forms/evaluation_page.ui" line="91" />
      <source>&amp;Finalkan…</source>
      <translation>&amp;Finalise…</translation>
    </message>
  </context>
  <context>
    <name>FeedbackInputDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="23" />
      <source>Tambah masukan</source>
      <translation>Add input</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="27" />
      <source>nama atau keterangan (boleh kosong)</source>
      <translation>name or description (optional)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="30" />
      <source>&amp;Sumber</source>
      <translation>&amp;Source</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="30" />
      <source>&amp;Dari</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="31" />
      <source>&amp;Masukan</source>
      <translation>&amp;Input</translation>
    </message>
  </context>
  <context>
    <name>FeedbackModel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="173" />
      <source>Umpan balik</source>
      <translation>Feedback</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/start.py" line="23" />
      <source>Basis data: {0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/start.py" line="28" />
      <source>Buat akun</source>
      <translation>Create account</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/start.py" line="40" />
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
    <name>FollowUpPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="50" />
      <source>Semua unit</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="53" />
      <source>&lt;b&gt;Tindak lanjut hasil penilaian&lt;/b&gt;</source>
      <translation>&lt;b&gt;Follow-up of the results&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="55" />
      <source>Tahun hasil</source>
      <translation>Result year</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="60" />
      <source>Rencana pengembangan</source>
      <translation>Development plans</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="61" />
      <source>Kebutuhan pelatihan</source>
      <translation>Training needs</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="62" />
      <source>Kotak talenta</source>
      <translation>Talent box</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="63" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="254" />
      <source>Angka kredit</source>
      <translation>Credit points</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="64" />
      <source>Kepatuhan</source>
      <translation>Compliance</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="75" />
      <source>Tindak Lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="105" />
      <source>Data tindak lanjut tidak dapat dimuat.</source>
      <translation>The follow-up data could not be loaded.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="129" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="249" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="252" />
      <source>Predikat</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="128" />
      <source>JP</source>
      <translation>JP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="127" />
      <source>Pelatihan</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="210" />
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="110" />
      <source>Kelompok rencana suksesi (talent pool): promosi, penugasan khusus, pengembangan karier.</source>
      <translation>Succession group (talent pool): promotion, special assignments, career development.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="112" />
      <source>Pengembangan kompetensi dan rotasi untuk memantapkan kinerja atau potensinya.</source>
      <translation>Competence development and rotation to strengthen performance or potential.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="113" />
      <source>Pembinaan kinerja, dan konsekuensi sesuai ketentuan bila tidak membaik.</source>
      <translation>Performance coaching, and the consequences the rules set if it does not improve.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="120" />
      <source>Dokumen tidak dapat dicetak.</source>
      <translation>The document could not be printed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="127" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="129" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="291" />
      <source>Perangkat daerah</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="128" />
      <source>Orang</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="130" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="249" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="293" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="131" />
      <source>JP tahun ini</source>
      <translation>JP this year</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="133" />
      <source>&amp;Ekspor…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="134" />
      <source>&amp;Usulkan rencana untuk semua</source>
      <translation>&amp;Propose plans for everyone</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="149" />
      <source>&lt;b&gt;Pelatihan dalam rencana pengembangan tahun {0}&lt;/b&gt;: {1} baris</source>
      <translation>&lt;b&gt;Trainings in the development plans of {0}&lt;/b&gt;: {1} rows</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="151" />
      <source>&lt;b&gt;Pegawai dengan pengembangan kompetensi kurang dari {0} JP&lt;/b&gt;: {1} dari {2}</source>
      <translation>&lt;b&gt;Staff with less than {0} JP of competence development&lt;/b&gt;: {1} of {2}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="155" />
      <source>Ekspor kebutuhan pelatihan</source>
      <translation>Export training needs</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="171" />
      <source>Kebutuhan pelatihan tidak dapat diekspor.</source>
      <translation>The training needs could not be exported.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="173" />
      <source>Ditulis ke {0}.</source>
      <translation>Written to {0}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="178" />
      <source>Usulan rencana tidak dapat dibuat.</source>
      <translation>The plan proposals could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="180" />
      <source>{0} usulan rencana pengembangan disimpan.</source>
      <translation>{0} development plan proposals saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="187" />
      <source>&lt;b&gt;Kinerja \ Potensi&lt;/b&gt;</source>
      <translation>&lt;b&gt;Performance \ Potential&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="188" />
      <source>rendah</source>
      <translation>low</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="188" />
      <source>menengah</source>
      <translation>medium</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="189" />
      <source>tinggi</source>
      <translation>high</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="190" />
      <source>di atas ekspektasi</source>
      <translation>above expectations</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="190" />
      <source>sesuai ekspektasi</source>
      <translation>meets expectations</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="191" />
      <source>di bawah ekspektasi</source>
      <translation>below expectations</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="223" />
      <source>Kotak {0}: {1} pegawai</source>
      <translation>Box {0}: {1} staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="224" />
      <source>Belum dipetakan: {0} tanpa predikat tahunan final, {1} tanpa data potensi. Impor potensi dengan kinerja talenta potensi impor.</source>
      <translation>Not placed: {0} without a final annual predikat, {1} without potential data. Import potential with kinerja talenta potensi impor.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="232" />
      <source>Kotak {0}: {1}</source>
      <translation>Box {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="241" />
      <source>Kotak talenta {0}</source>
      <translation>Talent box {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="250" />
      <source>Jenjang</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="251" />
      <source>Koefisien</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="253" />
      <source>Persen</source>
      <translation>Percent</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="253" />
      <source>Bulan</source>
      <translation>Months</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="256" />
      <source>Keterangan</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="258" />
      <source>&amp;Cetak lembar konversi…</source>
      <translation>&amp;Print conversion sheets…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="272" />
      <source>Konversi angka kredit {0}</source>
      <translation>Credit point conversion {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="283" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="286" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="286" />
      <source>Lengkap</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="287" />
      <source>SKP belum disetujui</source>
      <translation>SKP not approved</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="288" />
      <source>Belum ada evaluasi</source>
      <translation>No evaluation yet</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="289" />
      <source>Evaluasi belum final</source>
      <translation>Evaluation not final</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="290" />
      <source>Dikecualikan</source>
      <translation>Excluded</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="292" />
      <source>Pejabat penilai</source>
      <translation>Penilai</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="294" />
      <source>Cetak &amp;pengingat per penilai…</source>
      <translation>Print &amp;reminders per penilai…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="295" />
      <source>Catat &amp;status pegawai…</source>
      <translation>Record staff &amp;status…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="314" />
      <source>Tenggat evaluasi: &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>Evaluation deadline: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up.py" line="320" />
      <source>Pengingat evaluasi {0} {1}</source>
      <translation>Evaluation reminders {0} {1}</translation>
    </message>
  </context>
  <context>
    <name>HubConflictsDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="113" />
      <source>Bentrok sub-instansi</source>
      <translation>Sub-office conflicts</translation>
    </message>
  </context>
  <context>
    <name>HubEnrolDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="24" />
      <source>Daftarkan sub-instansi</source>
      <translation>Enrol a sub-office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="31" />
      <source>(pilih berkas kunci)</source>
      <translation>(choose a key file)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="34" />
      <source>Berkas &amp;kunci (.pub)</source>
      <translation>&amp;Key file (.pub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="34" />
      <source>Kunci publik sub-instansi</source>
      <translation>Sub-office public key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="35" />
      <source>Kunci publik (*.pub)</source>
      <translation>Public key (*.pub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="36" />
      <source>Sidik jari</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="37" />
      <source>K&amp;ode sub-instansi</source>
      <translation>Sub-office c&amp;ode</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="37" />
      <source>&amp;Unit teratas</source>
      <translation>&amp;Top unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="38" />
      <source>&amp;Nama</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="39" />
      <source>Sub-instansi memegang unit ini dan semua unit di bawahnya. Minta operatornya membacakan sidik jari kuncinya lewat telepon; daftarkan hanya bila sama dengan yang tertulis di sini.</source>
      <translation>The sub-office holds this unit and every unit below it. Ask its operator to read out their key's fingerprint by telephone; enrol it only if it matches the one shown here.</translation>
    </message>
  </context>
  <context>
    <name>HubPanel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="21" />
      <source>Sub-instansi (hub kabupaten/kota)</source>
      <translation>Sub-offices (district hub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="25" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="25" />
      <source>Unit teratas</source>
      <translation>Top unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="25" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="26" />
      <source>Irisan</source>
      <translation>Slices</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="26" />
      <source>Paket</source>
      <translation>Packages</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="27" />
      <source>Paket terakhir</source>
      <translation>Last package</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="27" />
      <source>Bentrok</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="28" />
      <source>Keadaan</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="31" />
      <source>&amp;Daftarkan sub-instansi…</source>
      <translation>&amp;Enrol a sub-office…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="32" />
      <source>Tulis i&amp;risan data…</source>
      <translation>Write a data s&amp;lice…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="33" />
      <source>Tulis berkas &amp;hub…</source>
      <translation>Write the &amp;hub file…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="34" />
      <source>&amp;Pindahkan pegawai…</source>
      <translation>&amp;Move an employee…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="35" />
      <source>Putuskan &amp;bentrok…</source>
      <translation>Decide &amp;conflicts…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="36" />
      <source>&amp;Cabut kunci…</source>
      <translation>Re&amp;voke key…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="54" />
      <source>belum ada</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="54" />
      <source>{0} hari lalu</source>
      <translation>{0} days ago</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="58" />
      <source>Kunci dicabut</source>
      <translation>Key revoked</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="59" />
      <source>Siap</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="59" />
      <source>Menunggu paket pertama</source>
      <translation>Waiting for its first package</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="68" />
      <source>Dinas, kecamatan dan sekolah dapat memakai Kinerja Desktop sendiri: masing-masing memegang satu unit dan unit di bawahnya, menerima irisan datanya dari sini dan mengirim paketnya ke sini.</source>
      <translation>Agencies, sub-districts and schools can run Kinerja Desktop themselves: each holds one unit and the units below it, receives its slice of the data from here and sends its packages here.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="70" />
      <source>Buat kunci instansi dahulu; hub menandatangani irisan data untuk sub-instansinya.</source>
      <translation>Create the office key first; the hub signs the data slices for its sub-offices.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="93" />
      <source>Pilih dahulu sub-instansinya di tabel.</source>
      <translation>First choose the sub-office in the table.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="95" />
      <source>Folder atau flashdisk tujuan</source>
      <translation>Destination folder or USB drive</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="105" />
      <source>Menyusun irisan data…</source>
      <translation>Building the data slice…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="105" />
      <source>Irisan data tidak dapat ditulis.</source>
      <translation>The data slice could not be written.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="107" />
      <source>Irisan nomor {0} untuk {1} ditulis ke {2} dan dibaca ulang: {3} rekaman.</source>
      <translation>Slice number {0} for {1} written to {2} and read back: {3} records.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="111" />
      <source>Berkas hub untuk sub-instansi</source>
      <translation>Hub file for sub-offices</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="112" />
      <source>Berkas Kinerja (*.kinerja)</source>
      <translation>Kinerja files (*.kinerja)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="120" />
      <source>Berkas hub tidak dapat ditulis.</source>
      <translation>The hub file could not be written.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="122" />
      <source>Berkas hub ditulis ke {0}. Bacakan sidik jari kunci instansi kepada sub-instansi lewat telepon.</source>
      <translation>Hub file written to {0}. Read the office key's fingerprint out to the sub-offices by telephone.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="137" />
      <source>{0} pindah dari {1} ke {2} mulai {3}. Irisan ditulis: {4}.</source>
      <translation>{0} moves from {1} to {2} from {3}. Slices written: {4}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="139" />
      <source>tidak ada (pindah di dalam hub)</source>
      <translation>none (a move within the hub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="141" />
      <source>{0} SKP yang dinilainya ikut ke {1}: tetapkan penilai barunya dengan 'kinerja skp segmen --penilai NIP'.</source>
      <translation>{0} SKP they appraise go with them to {1}: set their new penilai with 'kinerja skp segmen --penilai NIP'.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="157" />
      <source>Pilih dahulu sub-instansi yang kuncinya masih berlaku.</source>
      <translation>First choose a sub-office whose key is still valid.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="159" />
      <source>Cabut kunci sub-instansi</source>
      <translation>Revoke a sub-office's key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="160" />
      <source>Cabut kunci {0} ({1})? Paket yang ditandatangani kunci itu ditolak, irisan tidak lagi ditulis untuknya, dan unitnya kembali ditulis di hub sampai kunci baru didaftarkan.</source>
      <translation>Revoke the key of {0} ({1})? Packages signed with it are refused, no more slices are written for it, and its units are written at the hub again until a new key is enrolled.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="166" />
      <source>Kunci tidak dapat dicabut.</source>
      <translation>The key could not be revoked.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/hub_panel.py" line="167" />
      <source>Kunci {0} dicabut.</source>
      <translation>Key {0} revoked.</translation>
    </message>
  </context>
  <context>
    <name>HubTransferDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="60" />
      <source>Pindahkan pegawai ke sub-instansi lain</source>
      <translation>Move an employee to another sub-office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="64" />
      <source>{0} (hub ini)</source>
      <translation>{0} (this hub)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="68" />
      <source>kosong: kepala unit tujuan</source>
      <translation>empty: the head of the new unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="69" />
      <source>kosong: tetap</source>
      <translation>empty: unchanged</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="75" />
      <source>&amp;NIP pegawai</source>
      <translation>Employee's &amp;NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="75" />
      <source>&amp;Tujuan</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="75" />
      <source>&amp;Unit tujuan</source>
      <translation>New &amp;unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="76" />
      <source>&amp;Atasan baru (NIP)</source>
      <translation>New &amp;superior (NIP)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="76" />
      <source>&amp;Jabatan baru</source>
      <translation>New &amp;position</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="77" />
      <source>&amp;Mulai berlaku</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="78" />
      <source>&amp;Folder irisan</source>
      <translation>&amp;Folder for the slices</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="78" />
      <source>Folder atau flashdisk tujuan</source>
      <translation>Destination folder or flash drive</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="80" />
      <source>&amp;Frasa sandi kunci instansi</source>
      <translation>Office key &amp;passphrase</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/hub.py" line="81" />
      <source>Daftar pegawai dipegang hub: pindah dicatat di sini. SKP tahun berjalan dibagi menjadi segmen baru yang dinilai atasan baru. Tiap sub-instansi yang terlibat menerima irisan barunya: yang ditinggalkan melepas data pegawai itu, yang dituju menerimanya.</source>
      <translation>The hub keeps the roster: a move is recorded here. This year's SKP is split into a new segment appraised by the new superior. Each sub-office concerned receives its new slice: the one left lets go of the employee's data, the one joined receives it.</translation>
    </message>
  </context>
  <context>
    <name>IndicatorDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="55" />
      <source>&amp;Perspektif</source>
      <translation>&amp;Perspective</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="55" />
      <location filename="../../forms/indicator_dialog.ui" line="10" />
      <source>&amp;Aspek</source>
      <translation>&amp;Aspect</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="66" />
      <source>satuan, mis. dokumen, %, bulan</source>
      <translation>unit, e.g. documents, %, months</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="70" />
      <source>Realisasi diusulkan dari rekap &amp;presensi (% hadir)</source>
      <translation>Realisation proposed from the &amp;attendance recap (% present)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="71" />
      <source>Untuk indikator kehadiran bersatuan %: di halaman Evaluasi, tombol Isi dari presensi mengusulkan realisasinya.</source>
      <translation>For an attendance indicator in %: on the Evaluation page, the Fill from attendance button proposes its realisation.</translation>
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
    <name>KeyFileDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="40" />
      <source>&lt;b&gt;{0}&lt;/b&gt; (ID kunci {1})</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; (key ID {1})</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="42" />
      <source>(bukan berkas kunci publik Kinerja)</source>
      <translation>(not a Kinerja public key file)</translation>
    </message>
  </context>
  <context>
    <name>KioskWindow</name>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="37" />
      <source>Survei Kepuasan Masyarakat</source>
      <translation>Public Satisfaction Survey</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="41" />
      <source>Survei Kepuasan Masyarakat — {0}</source>
      <translation>Public Satisfaction Survey — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="167" />
      <source>Saran atau komentar (boleh dikosongkan):</source>
      <translation>Suggestion or comment (may be left empty):</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="73" />
      <source>Kirim</source>
      <translation>Send</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="77" />
      <source>Terima kasih atas penilaian Anda.</source>
      <translation>Thank you for your rating.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="102" />
      <source>Ingin menilai petugas yang melayani Anda? Ketik kode pada kartu di meja petugas.</source>
      <translation>Would you like to rate the officer who served you? Type the code on the card on their desk.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="119" />
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="120" />
      <source>Lanjut</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="125" />
      <source>Lewati, selesai</source>
      <translation>Skip, finish</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="150" />
      <source>Pertanyaan {0} dari {1}</source>
      <translation>Question {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="154" />
      <source>Petugas: {0} — pertanyaan {1} dari {2}</source>
      <translation>Officer: {0} — question {1} of {2}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="158" />
      <source>Seberapa sering petugas ini menunjukkan perilaku tersebut?</source>
      <translation>How often does this officer show this behaviour?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="168" />
      <source>Komentar untuk petugas ini (boleh dikosongkan):</source>
      <translation>A comment for this officer (may be left empty):</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="192" />
      <source>Jawaban tidak dapat disimpan; mohon beri tahu petugas.</source>
      <translation>The answers could not be saved; please tell the staff.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="215" />
      <source>Tidak pernah</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="215" />
      <source>Kadang-kadang</source>
      <translation>Sometimes</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="215" />
      <source>Sering</source>
      <translation>Often</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="215" />
      <source>Selalu</source>
      <translation>Always</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="251" />
      <source>Keluar dari kios</source>
      <translation>Leave the kiosk</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="259" />
      <source>Pengguna operator</source>
      <translation>Operator user</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="260" />
      <source>Kata sandi</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/kiosk.py" line="271" />
      <source>Hanya operator yang dapat menutup kios.</source>
      <translation>Only an operator can close the kiosk.</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/start.py" line="61" />
      <source>Masuk</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/start.py" line="73" />
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
      <location filename="../../kinerja_desktop/ui/main_window.py" line="91" />
      <source>Kinerja Desktop — {0}</source>
      <translation>Kinerja Desktop — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="200" />
      <source>Perubahan belum disimpan</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="201" />
      <source>Ada perubahan di halaman {0} yang belum disimpan.</source>
      <translation>The {0} page has unsaved changes.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="202" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="203" />
      <source>Buang perubahan</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="204" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="269" />
      <source>Cadangan otomatis tidak dapat dibuat.</source>
      <translation>The automatic backup could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="282" />
      <source>Masuk sebagai {0} ({1})</source>
      <translation>Logged in as {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="324" />
      <source>Kode QR evaluasi final ditandatangani; dokumen yang dicetak berikutnya memuatnya.</source>
      <translation>The QR codes of final evaluations are signed; documents printed from now on carry them.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="360" />
      <source>Cadangkan basis data</source>
      <translation>Back up database</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="361" />
      <source>Basis data Kinerja (*.sqlite3)</source>
      <translation>Kinerja database (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="364" />
      <source>Cadangan tidak dapat dibuat.</source>
      <translation>The backup could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="365" />
      <source>Cadangan ditulis: {0}</source>
      <translation>Backup written: {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="368" />
      <source>Tentang Kinerja Desktop</source>
      <translation>About Kinerja Desktop</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main_window.py" line="369" />
      <source>&lt;b&gt;Kinerja Desktop {0}&lt;/b&gt;&lt;br&gt;Penilaian kinerja ASN menurut PermenPANRB 6/2022, tanpa internet.&lt;br&gt;&lt;br&gt;Basis data: {1}</source>
      <translation>&lt;b&gt;Kinerja Desktop {0}&lt;/b&gt;&lt;br&gt;Civil service performance appraisal under PermenPANRB 6/2022, offline.&lt;br&gt;&lt;br&gt;Database: {1}</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="32" />
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="45" />
      <source>Ban&amp;tuan</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="56" />
      <source>&amp;Impor daftar pegawai…</source>
      <translation>&amp;Import staff roster…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="59" />
      <source>Muat kabupaten &amp;contoh</source>
      <translation>Load the &amp;demo district</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="62" />
      <source>&amp;Buka basis data lain…</source>
      <translation>&amp;Open another database…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="65" />
      <source>&amp;Ganti pengguna</source>
      <translation>S&amp;witch user</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="69" />
      <source>&amp;Pulihkan…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="72" />
      <source>&amp;Cadangkan basis data…</source>
      <translation>&amp;Back up database…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="75" />
      <source>&amp;Keluar</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="79" />
      <source>&amp;Verifikasi dokumen…</source>
      <translation>&amp;Verify a document…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="82" />
      <source>&amp;Ketik jawaban kuesioner masukan…</source>
      <translation>&amp;Type in feedback questionnaires…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="85" />
      <source>&amp;Tandatangani kode QR dokumen…</source>
      <translation>&amp;Sign document QR codes…</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="88" />
      <source>Buka folder &amp;log</source>
      <translation>Open &amp;log folder</translation>
    </message>
    <message>
      <location filename="../../forms/main_window.ui" line="91" />
      <source>&amp;Tentang Kinerja Desktop</source>
      <translation>&amp;About Kinerja Desktop</translation>
    </message>
  </context>
  <context>
    <name>MassRatingPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="31" />
      <source>Pilih sel rating lalu tekan &lt;b&gt;1&lt;/b&gt; atau &lt;b&gt;B&lt;/b&gt; = Di Bawah Ekspektasi, &lt;b&gt;2&lt;/b&gt; atau &lt;b&gt;S&lt;/b&gt; = Sesuai Ekspektasi, &lt;b&gt;3&lt;/b&gt; atau &lt;b&gt;A&lt;/b&gt; = Di Atas Ekspektasi; kursor pindah sendiri. &lt;b&gt;Delete&lt;/b&gt; mengosongkan. Predikat mengikuti matriks.</source>
      <translation>Select a rating cell and press &lt;b&gt;1&lt;/b&gt; or &lt;b&gt;B&lt;/b&gt; = Di Bawah Ekspektasi (below), &lt;b&gt;2&lt;/b&gt; or &lt;b&gt;S&lt;/b&gt; = Sesuai Ekspektasi (meets), &lt;b&gt;3&lt;/b&gt; or &lt;b&gt;A&lt;/b&gt; = Di Atas Ekspektasi (above); the cursor moves on. &lt;b&gt;Delete&lt;/b&gt; clears. The predikat follows the matrix.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="49" />
      <source>Penilaian Massal</source>
      <translation>Bulk rating</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="54" />
      <source>saya</source>
      <translation>me</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="73" />
      <source>{0} pegawai · {1} sudah dinilai · {2} final</source>
      <translation>{0} staff · {1} rated · {2} final</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="92" />
      <source>{0}: {1}, tidak dapat dinilai di sini.</source>
      <translation>{0}: {1}, cannot be rated here.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="101" />
      <source>Rating tidak dapat disimpan.</source>
      <translation>The rating could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="117" />
      <source>Finalkan</source>
      <translation>Finalise</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="118" />
      <source>Finalkan {0} evaluasi yang sudah lengkap? Setelah final, evaluasi tidak dapat diubah kecuali melalui keberatan atau pembukaan kunci.</source>
      <translation>Finalise {0} complete evaluations? Once final, an evaluation cannot change except through an objection or an unlock.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="123" />
      <source>Evaluasi tidak dapat difinalkan.</source>
      <translation>The evaluations could not be finalised.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/mass_rating.py" line="125" />
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
    <name>MasukanEntryDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="18" />
      <source>Ketik jawaban kuesioner</source>
      <translation>Type in questionnaires</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="19" />
      <source>mis. K7QX-M4RP</source>
      <translation>e.g. K7QX-M4RP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="31" />
      <source>&amp;Kode</source>
      <translation>&amp;Code</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="32" />
      <source>K&amp;omentar</source>
      <translation>C&amp;omment</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="33" />
      <source>1 Tidak pernah · 2 Kadang-kadang · 3 Sering · 4 Selalu. Tekan Enter untuk menyimpan; kolom dikosongkan untuk kuesioner berikutnya.</source>
      <translation>1 Never · 2 Sometimes · 3 Often · 4 Always. Press Enter to save; the fields are cleared for the next questionnaire.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="36" />
      <source>Selesai</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="47" />
      <source>Tersimpan ({0}): kuesioner tentang {1}.</source>
      <translation>Saved ({0}): questionnaire about {1}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/masukan_entry.py" line="53" />
      <source>Jawaban tidak dapat disimpan.</source>
      <translation>The answers could not be saved.</translation>
    </message>
  </context>
  <context>
    <name>NumberEdit</name>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/number_edit.py" line="16" />
      <source>'{0}' bukan angka. Tulis desimal dengan koma dan ribuan dengan titik, mis. 12,5 atau 150.000.</source>
      <translation>'{0}' is not a number. Write decimals with a point and thousands with a comma, e.g. 12.5 or 150,000.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/number_edit.py" line="20" />
      <source>Maksudnya {0}?</source>
      <translation>Did you mean {0}?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/number_edit.py" line="21" />
      <source> atau </source>
      <translation> or </translation>
    </message>
  </context>
  <context>
    <name>ObjectionDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="47" />
      <source>Ajukan keberatan</source>
      <translation>File an objection</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="52" />
      <source>Keberatan diajukan kepada atasan pejabat penilai paling lambat 14 hari setelah hasil evaluasi diterima.</source>
      <translation>An objection goes to the appraiser's superior at most 14 days after the result was received.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="51" />
      <source>Hasil &amp;diterima tanggal</source>
      <translation>Result &amp;received on</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/evaluation_inputs.py" line="51" />
      <source>&amp;Alasan</source>
      <translation>&amp;Reason</translation>
    </message>
  </context>
  <context>
    <name>ObjectionPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="31" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="31" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="32" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="32" />
      <source>Diajukan</source>
      <translation>Filed</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="33" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="34" />
      <source>Predikat semula</source>
      <translation>Original predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="35" />
      <source>Predikat keputusan</source>
      <translation>Decided predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="36" />
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="41" />
      <source>— tetap —</source>
      <translation>— unchanged —</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="50" />
      <source>Keberatan</source>
      <translation>Objections</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="81" />
      <source>Putuskan keberatan</source>
      <translation>Decide objection</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="82" />
      <source>Keputusan atasan pejabat penilai bersifat final dan tidak dapat diubah. Simpan keputusan?</source>
      <translation>The appraiser's superior's decision is final and cannot be changed. Save the decision?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="77" />
      <source>Keputusan tidak dapat disimpan.</source>
      <translation>The decision could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/objections.py" line="77" />
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
    <name>Op</name>
    <message>
      <location filename="../../kinerja_desktop/ui/ops.py" line="275" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/ops.py" line="288" />
      <source>Membatalkan…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/ops.py" line="324" />
      <source>Dibatalkan; tidak ada yang diubah.</source>
      <translation>Cancelled; nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="20" />
      <source>Buat kunci instansi</source>
      <translation>Create office key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="20" />
      <source>Frasa sandi kunci</source>
      <translation>Key passphrase</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="21" />
      <source>kode instansi, mis. 1201</source>
      <translation>office code, e.g. 1201</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="27" />
      <source>Kunci ini menandatangani setiap paket ke provinsi. Frasa sandinya tidak dapat dipulihkan: simpan di tempat aman.</source>
      <translation>This key signs every package sent to the province. Its passphrase cannot be recovered: keep it somewhere safe.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="26" />
      <source>&amp;Kode instansi</source>
      <translation>&amp;Office code</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="24" />
      <source>&amp;Frasa sandi</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="26" />
      <source>&amp;Ulangi</source>
      <translation>&amp;Repeat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/passphrase.py" line="37" />
      <source>Kedua frasa sandi tidak sama.</source>
      <translation>The two passphrases differ.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="89" />
      <source>Atur ulang kata sandi — {0}</source>
      <translation>Reset password — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="91" />
      <source>ketik sekali lagi</source>
      <translation>type it once more</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="93" />
      <source>Sampaikan kata sandi baru kepada pemilik akun secara langsung.</source>
      <translation>Give the new password to the account's owner in person.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="92" />
      <source>Kata sandi &amp;baru</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="92" />
      <source>&amp;Ulangi kata sandi</source>
      <translation>&amp;Repeat password</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="98" />
      <source>Kedua kata sandi tidak sama.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>PlanTab</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="39" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="39" />
      <source>Predikat</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="40" />
      <source>Rencana</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="40" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="50" />
      <source>JP</source>
      <translation>JP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="50" />
      <source>Dasar</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="50" />
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="50" />
      <source>Pelatihan</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="57" />
      <source>Rencana pembinaan kinerja, ditinjau pada</source>
      <translation>Performance coaching plan, reviewed on</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="60" />
      <source>Catatan (boleh dikosongkan)</source>
      <translation>Note (may be left empty)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="61" />
      <source>&amp;Tambah butir</source>
      <translation>&amp;Add item</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="62" />
      <source>&amp;Hapus butir</source>
      <translation>&amp;Remove item</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="63" />
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="64" />
      <source>Simpan dan se&amp;tujui</source>
      <translation>Save and a&amp;gree</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="65" />
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="66" />
      <source>&amp;Katalog pelatihan…</source>
      <translation>Training &amp;catalogue…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="103" />
      <source>usulan</source>
      <translation>proposed</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="103" />
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="128" />
      <source>disetujui</source>
      <translation>agreed</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="127" />
      <source>usulan dari hasil (belum disimpan)</source>
      <translation>proposed from the result (not saved yet)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="127" />
      <source>usulan tersimpan</source>
      <translation>proposal saved</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="129" />
      <source>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Dasar: hasil {2} {3}, predikat &lt;b&gt;{4}&lt;/b&gt;. Rencana: {5}.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}&lt;br&gt;Basis: result {2} {3}, predikat &lt;b&gt;{4}&lt;/b&gt;. Plan: {5}.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="149" />
      <source>Perilaku kerja</source>
      <translation>Work behaviour</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="149" />
      <source>Hasil kerja</source>
      <translation>Work results</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="150" />
      <source>Catatan penilai</source>
      <translation>Penilai's note</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="150" />
      <source>Pembinaan</source>
      <translation>Coaching</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="151" />
      <source>Lainnya</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="196" />
      <source>Rencana pengembangan tidak dapat disimpan.</source>
      <translation>The development plan could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/follow_up_plans.py" line="209" />
      <source>Rencana pengembangan {0}</source>
      <translation>Development plan {0}</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="43" />
      <source>{0} halaman</source>
      <translation>{0} pages</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="44" />
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="45" />
      <source>&amp;Simpan sebagai…</source>
      <translation>&amp;Save as…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="61" />
      <source>Simpan PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="61" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="67" />
      <source>PDF tidak dapat disimpan.</source>
      <translation>The PDF could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="68" />
      <source>Disimpan: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="82" />
      <source>Pencetak tidak dapat dibuka.</source>
      <translation>The printer could not be opened.</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="113" />
      <source>Pratinjau cetak — {0}</source>
      <translation>Print preview — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="118" />
      <source>Dokumen tidak dapat dicetak.</source>
      <translation>The document cannot be printed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="127" />
      <source>{0} berkas PDF ditulis ke {1}; {2} pegawai dilewati.</source>
      <translation>{0} PDF files written to {1}; {2} staff skipped.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="133" />
      <source>Cetak massal dibatalkan; berkas yang sudah selesai tetap ada.</source>
      <translation>Batch printing cancelled; the files already finished stay.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="138" />
      <source>Mencetak {0}…</source>
      <translation>Printing {0}…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="138" />
      <source>Cetak massal gagal.</source>
      <translation>Batch printing failed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="144" />
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="167" />
      <source>Verifikasi dokumen</source>
      <translation>Verify a document</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="145" />
      <source>Kode verifikasi yang tercetak di bawah kode QR, atau seluruh teks hasil pindaian kode QR:</source>
      <translation>The verification code printed under the QR code, or the whole text of the scanned QR code:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/printing.py" line="160" />
      <source>Kode tidak dapat diperiksa.</source>
      <translation>The code cannot be checked.</translation>
    </message>
  </context>
  <context>
    <name>Program</name>
    <message>
      <location filename="../../kinerja_desktop/ui/main.py" line="100" />
      <location filename="../../kinerja_desktop/ui/main.py" line="107" />
      <source>Kios survei</source>
      <translation>Survey kiosk</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main.py" line="101" />
      <source>Kios disiapkan oleh operator; masuk sebagai operator.</source>
      <translation>The kiosk is set up by an operator; log in as an operator.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/main.py" line="108" />
      <source>Unit layanan yang disurvei:</source>
      <translation>Service unit surveyed:</translation>
    </message>
  </context>
  <context>
    <name>ProvincePage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="37" />
      <source>&amp;Pilih paket…</source>
      <translation>&amp;Choose packages…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="39" />
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="39" />
      <source>Hasil pemeriksaan</source>
      <translation>Verification result</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="40" />
      <source>Tanda terima</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="42" />
      <source>Instansi</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="42" />
      <source>Paket terakhir</source>
      <translation>Last package</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="43" />
      <source>Ditahan</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="43" />
      <source>Bentrok</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="44" />
      <source>Rekaman</source>
      <translation>Records</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="45" />
      <source>Hari sejak paket</source>
      <translation>Days since package</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="46" />
      <source>Kunci</source>
      <translation>Key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="46" />
      <source>dicabut</source>
      <translation>revoked</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="48" />
      <source>Seret berkas paket (.kinerja) ke halaman ini, atau pilih berkasnya. Tanda terima ditulis di folder paket.</source>
      <translation>Drag package files (.kinerja) onto this page, or choose them. Receipts are written to the package's folder.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="52" />
      <source>&lt;h2&gt;Konsolidasi Provinsi&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Province consolidation&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="56" />
      <source>&lt;b&gt;Per kabupaten/kota&lt;/b&gt;</source>
      <translation>&lt;b&gt;Per district&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="62" />
      <source>Provinsi</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="67" />
      <source>Kunci provinsi: ID {0}, sidik jari &lt;b&gt;{1}&lt;/b&gt;. Terkonsolidasi: {2} pegawai, {3} SKP, {4} evaluasi dari {5} kabupaten/kota.</source>
      <translation>Province key: ID {0}, fingerprint &lt;b&gt;{1}&lt;/b&gt;. Consolidated: {2} employees, {3} SKPs, {4} evaluations from {5} districts.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="84" />
      <source>Paket kabupaten/kota</source>
      <translation>District packages</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="85" />
      <source>Paket Kinerja (*.kinerja)</source>
      <translation>Kinerja packages (*.kinerja)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="107" />
      <source>Memeriksa dan menerapkan paket…</source>
      <translation>Verifying and applying packages…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="108" />
      <source>Paket tidak dapat diimpor.</source>
      <translation>The package cannot be imported.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province.py" line="122" />
      <source>tidak dapat dibaca: {0}</source>
      <translation>cannot be read: {0}</translation>
    </message>
  </context>
  <context>
    <name>ProvinceSettingsPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="31" />
      <source>Instansi</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="31" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="31" />
      <source>Sidik jari</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="32" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="32" />
      <source>dicabut</source>
      <translation>revoked</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="32" />
      <source>aktif</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="35" />
      <source>&amp;Simpan nama</source>
      <translation>&amp;Save name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="35" />
      <source>&amp;Terbitkan berkas provinsi…</source>
      <translation>&amp;Publish the province file…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="36" />
      <source>&amp;Daftarkan kunci…</source>
      <translation>&amp;Enrol a key…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="36" />
      <source>&amp;Cabut kunci…</source>
      <translation>&amp;Revoke key…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="37" />
      <source>Buat data &amp;referensi…</source>
      <translation>Make &amp;reference data…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="37" />
      <source>Salin kunci untuk &amp;brankas…</source>
      <translation>Copy the key for the &amp;safe…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="51" />
      <source>Provinsi</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="54" />
      <source>Nama:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="55" />
      <source>Berkas yang dipercaya kabupaten/kota: kunci tanda tangan dan penerima enkripsi provinsi.</source>
      <translation>The file districts trust: the province's signing key and encryption recipient.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="58" />
      <source>Identitas age provinsi untuk disimpan di brankas: tanpa itu paket yang sudah diterima tidak dapat dibuka lagi bila basis data ini hilang.</source>
      <translation>The province's age identity, to keep in a safe: without it, packages already received cannot be opened again if this database is lost.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="61" />
      <source>Kunci kabupaten/kota</source>
      <translation>District keys</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="70" />
      <source>&lt;h2&gt;Pengaturan Provinsi&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Province settings&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="76" />
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="80" />
      <source>Kode provinsi &lt;b&gt;{0}&lt;/b&gt;. Kunci provinsi: ID {1}, sidik jari &lt;b&gt;{2}&lt;/b&gt;.</source>
      <translation>Province code &lt;b&gt;{0}&lt;/b&gt;. Province key: ID {1}, fingerprint &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="91" />
      <source>Nama provinsi tidak dapat disimpan.</source>
      <translation>The province's name cannot be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="99" />
      <source>Berkas provinsi</source>
      <translation>Province file</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="100" />
      <source>Berkas Kinerja (*.kinerja)</source>
      <translation>Kinerja files (*.kinerja)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="104" />
      <source>Berkas provinsi tidak dapat ditulis.</source>
      <translation>The province file cannot be written.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="107" />
      <source>Identitas untuk brankas</source>
      <translation>Identity for the safe</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="111" />
      <source>Identitas tidak dapat ditulis.</source>
      <translation>The identity cannot be written.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="114" />
      <source>Ditulis: {0}</source>
      <translation>Written: {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="124" />
      <source>Pilih kabupaten/kota di tabel dahulu.</source>
      <translation>Choose a district in the table first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="126" />
      <source>Cabut kunci</source>
      <translation>Revoke key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="127" />
      <source>Cabut kunci {0}? Setiap paket berikutnya yang ditandatangani kunci ini ditolak, sampai kunci baru didaftarkan.</source>
      <translation>Revoke the key of {0}? Every further package signed with this key is refused until a new key is enrolled.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/province_settings.py" line="130" />
      <source>Kunci tidak dapat dicabut.</source>
      <translation>The key cannot be revoked.</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../kinerja_desktop/ui/errors.py" line="43" />
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
      <location filename="../../kinerja_desktop/ui/errors.py" line="58" />
      <source>Tindakan tidak dapat diselesaikan.</source>
      <translation>The action could not be completed.</translation>
    </message>
  </context>
  <context>
    <name>RealisasiModel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>RHK</source>
      <translation>RHK</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Target tahunan</source>
      <translation>Annual target</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Target periode</source>
      <translation>Period target</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Realisasi</source>
      <translation>Realisasi</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Uraian realisasi</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Capaian</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/evaluation.py" line="59" />
      <source>Bukti</source>
      <translation>Evidence</translation>
    </message>
  </context>
  <context>
    <name>ReferenceDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="85" />
      <source>Buat data referensi</source>
      <translation>Make reference data</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="91" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="93" />
      <source>&amp;Kabupaten/kota</source>
      <translation>&amp;District</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="94" />
      <source>Koreksi &amp;roster (CSV)</source>
      <translation>&amp;Roster corrections (CSV)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="94" />
      <source>Koreksi roster</source>
      <translation>Roster corrections</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="95" />
      <source>&amp;Predikat organisasi (CSV)</source>
      <translation>Organisation &amp;predikat (CSV)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="95" />
      <source>Predikat organisasi</source>
      <translation>Organisation predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="96" />
      <source>&amp;Folder tujuan</source>
      <translation>Target &amp;folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="96" />
      <source>Folder tujuan</source>
      <translation>Target folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="97" />
      <source>&amp;Frasa sandi</source>
      <translation>Pass&amp;phrase</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/province.py" line="98" />
      <source>Keputusan bentrok yang belum dikirim ikut dengan sendirinya. Kolom roster: nip, nama, gelar_depan, gelar_belakang, golongan, jabatan. Kolom predikat: unit, tahun, periode, predikat.</source>
      <translation>Conflict decisions not yet sent go along by themselves. Roster columns: nip, nama, gelar_depan, gelar_belakang, golongan, jabatan. Predikat columns: unit, tahun, periode, predikat.</translation>
    </message>
  </context>
  <context>
    <name>RekapPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="44" />
      <source>Perangkat daerah</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="44" />
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="129" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="45" />
      <source>SKP disetujui</source>
      <translation>SKP approved</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="45" />
      <source>Final</source>
      <translation>Final</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="46" />
      <source>Selesai</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="47" />
      <source>Capaian organisasi</source>
      <translation>Organisation result</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="49" />
      <source>IKM</source>
      <translation>IKM</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="50" />
      <source>Peringatan</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="55" />
      <source>— pilih —</source>
      <translation>— choose —</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="75" />
      <source>Rekap</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="87" />
      <source>Rekap tidak dapat dimuat.</source>
      <translation>The summary could not be loaded.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="109" />
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="155" />
      <source>belum ditetapkan</source>
      <translation>not set</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="111" />
      <source>Survei kepuasan masyarakat {0}: IKM &lt;b&gt;{1}&lt;/b&gt; (mutu {2}) dari {3} responden.</source>
      <translation>Public satisfaction survey {0}: IKM &lt;b&gt;{1}&lt;/b&gt; (grade {2}) from {3} respondents.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="113" />
      <source>Belum ada survei kepuasan masyarakat tahun {0}.</source>
      <translation>No public satisfaction survey for {0} yet.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="115" />
      <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Capaian kinerja organisasi: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;{2} dari {3} pegawai sudah dinilai, {4} final.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Organisation result: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;{2} of {3} staff rated, {4} final.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="120" />
      <source>Sebaran predikat sesuai pedoman.</source>
      <translation>The predikat distribution is within the guidance.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="156" />
      <source>Pola distribusi predikat pegawai (capaian organisasi: {0})</source>
      <translation>Staff predikat distribution (organisation result: {0})</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="162" />
      <source>Pilih unit di tabel dahulu.</source>
      <translation>Select a unit in the table first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="172" />
      <source>Rekap tidak dapat dicetak.</source>
      <translation>The summary cannot be printed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="173" />
      <source>Rekap {0}</source>
      <translation>Summary {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="182" />
      <source>Laporan SKM tidak dapat dicetak.</source>
      <translation>The satisfaction survey report could not be printed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="183" />
      <source>Laporan SKM {0}</source>
      <translation>Satisfaction survey report {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="193" />
      <source>Kartu kode petugas tidak dapat dibuat.</source>
      <translation>The officer desk cards could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="194" />
      <source>Kartu kode petugas {0}</source>
      <translation>Officer desk cards {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="199" />
      <source>Simpan publikasi ke folder</source>
      <translation>Save the publication to a folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="208" />
      <source>Publikasi tidak dapat dibuat.</source>
      <translation>The publication could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="210" />
      <source>Publikasi {0}</source>
      <translation>Publication {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="226" />
      <source>Dokumen Evaluasi Kinerja Pegawai</source>
      <translation>Employee Performance Evaluation Document</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="227" />
      <source>Evaluasi Kinerja</source>
      <translation>Performance Evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="227" />
      <source>SKP</source>
      <translation>SKP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="227" />
      <source>Lampiran SKP</source>
      <translation>SKP Attachment</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="228" />
      <source>Satu berkas PDF per pegawai</source>
      <translation>One PDF file per employee</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="229" />
      <source>Satu berkas gabungan</source>
      <translation>One combined file</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="230" />
      <source>Satu berkas gabungan, dicetak bolak-balik (halaman tiap pegawai digenapkan)</source>
      <translation>One combined file, printed on both sides (each employee's pages made even)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="232" />
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="235" />
      <source>Cetak massal</source>
      <translation>Batch printing</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="232" />
      <source>Dokumen:</source>
      <translation>Document:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="235" />
      <source>Susunan berkas:</source>
      <translation>Files:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="240" />
      <source>Simpan PDF ke folder</source>
      <translation>Save the PDFs to a folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="255" />
      <source>Pilih capaian kinerja organisasi dahulu.</source>
      <translation>Choose the organisation's achievement first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="260" />
      <source>Capaian organisasi tidak dapat ditetapkan.</source>
      <translation>The organisation result could not be set.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/rekap.py" line="260" />
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
    <message>
      <location filename="../../forms/rekap_page.ui" line="43" />
      <source>Laporan &amp;SKM…</source>
      <translation>&amp;Survey report…</translation>
    </message>
    <message>
      <location filename="../../forms/rekap_page.ui" line="44" />
      <source>&amp;Kartu kode petugas…</source>
      <translation>Officer &amp;desk cards…</translation>
    </message>
    <message>
      <location filename="../../forms/rekap_page.ui" line="44" />
      <source>Kartu di meja petugas: kodenya diketik masyarakat di kios survei untuk menilai petugas yang melayani</source>
      <translation>Cards for officers' desks: the public type the code at the survey kiosk to rate the officer who served them</translation>
    </message>
    <message>
      <location filename="../../forms/rekap_page.ui" line="45" />
      <source>&amp;Publikasi…</source>
      <translation>&amp;Publish…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="25" />
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="70" />
      <source>Pulihkan basis data</source>
      <translation>Restore the database</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="28" />
      <source>Diambil</source>
      <translation>Taken</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="29" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="29" />
      <source>otomatis</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="29" />
      <source>manual</source>
      <translation>by hand</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="30" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="31" />
      <source>Evaluasi</source>
      <translation>Evaluations</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="32" />
      <source>Ukuran</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="33" />
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="35" />
      <source>&amp;Pulihkan yang dipilih…</source>
      <translation>&amp;Restore the selected one…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="36" />
      <source>Pilih &amp;berkas lain…</source>
      <translation>Choose another &amp;file…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="45" />
      <source>Cadangan otomatis diambil saat program ditutup dan sekali sehari selama terbuka (disimpan 7 harian, 4 mingguan, 12 bulanan). Cadangan diperiksa dahulu sebelum menggantikan basis data; basis data yang sekarang disalin ke folder cadangan sebelum diganti.</source>
      <translation>Automatic backups are taken when the program closes and once a day while it is open (7 daily, 4 weekly and 12 monthly are kept). A backup is checked before it replaces the database; the current database is copied to the backup folder before it is replaced.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="64" />
      <source>Cadangan basis data</source>
      <translation>Database backup</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="65" />
      <source>Basis data Kinerja (*.sqlite3 *.db)</source>
      <translation>Kinerja database (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="71" />
      <source>Semua yang dicatat sesudah cadangan &lt;b&gt;{0}&lt;/b&gt; diambil akan diganti isi cadangan itu (basis data sekarang disalin dahulu ke folder cadangan). Setelah itu semua pengguna masuk lagi. Pulihkan?</source>
      <translation>Everything recorded after the backup &lt;b&gt;{0}&lt;/b&gt; was taken will be replaced by its content (the current database is copied to the backup folder first). Everyone then logs in again. Restore?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="77" />
      <source>Memeriksa dan memulihkan {0}…</source>
      <translation>Checking and restoring {0}…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/restore.py" line="78" />
      <source>Cadangan tidak dipulihkan.</source>
      <translation>The backup was not restored.</translation>
    </message>
  </context>
  <context>
    <name>RhkDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="24" />
      <source>Utama</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="25" />
      <source>Tambahan</source>
      <translation>Additional</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/skp.py" line="27" />
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
      <location filename="../../kinerja_desktop/ui/roles.py" line="7" />
      <source>operator</source>
      <translation>operator</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/roles.py" line="8" />
      <source>penilai</source>
      <translation>appraiser</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/roles.py" line="9" />
      <source>pengamat</source>
      <translation>viewer</translation>
    </message>
  </context>
  <context>
    <name>RosterImportDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="24" />
      <source>Impor daftar pegawai — {0}</source>
      <translation>Import staff roster — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="26" />
      <source>{0} pegawai baru, {1} diperbarui, {2} tidak berubah, {3} unit kerja baru.</source>
      <translation>{0} new staff, {1} updated, {2} unchanged, {3} new units.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="30" />
      <source>{0} baris ditolak dan tidak akan diimpor:</source>
      <translation>{0} rows rejected and will not be imported:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="32" />
      <source>(tabel memuat {0} yang pertama)</source>
      <translation>(the table shows the first {0})</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="35" />
      <source>Baris</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="35" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="35" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="36" />
      <source>Alasan</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="46" />
      <source>Impor {0} baris yang benar</source>
      <translation>Import the {0} good rows</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="46" />
      <source>Impor</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="55" />
      <source>Mengimpor daftar pegawai…</source>
      <translation>Importing the staff roster…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/roster.py" line="55" />
      <source>Impor gagal.</source>
      <translation>Import failed.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="42" />
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="62" />
      <source>bawaan (tempat lambang kosong); pilih lambang daerah atau logo instansi</source>
      <translation>built-in placeholder; choose the regional emblem or the office logo</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="65" />
      <source>Lambang atau logo instansi</source>
      <translation>Emblem or office logo</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="66" />
      <source>Gambar (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="72" />
      <source>Lambang tidak dapat dipasang.</source>
      <translation>The emblem could not be set.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="72" />
      <source>Lambang untuk formulir cetak diganti.</source>
      <translation>The emblem for printed forms was changed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="76" />
      <source>Folder cadangan</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="94" />
      <source>Pengaturan tidak dapat disimpan.</source>
      <translation>The settings could not be saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/settings.py" line="94" />
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
      <source>Ambang &amp;anonimitas masukan</source>
      <translation>Feedback &amp;anonymity threshold</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="24" />
      <source> responden</source>
      <translation> respondents</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="24" />
      <source>Hasil masukan rekan, bawahan dan masyarakat ditampilkan bila sedikitnya sekian orang mengisi (paling sedikit 3)</source>
      <translation>Feedback from colleagues, subordinates and the public is shown once at least this many have answered (at least 3)</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="25" />
      <source>&amp;Tenggat evaluasi</source>
      <translation>Evaluation &amp;deadline</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="26" />
      <source> hari setelah periode berakhir</source>
      <translation> days after the period ends</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="26" />
      <source>Batas waktu evaluasi di daftar kepatuhan dan pengingat per pejabat penilai</source>
      <translation>The evaluation deadline on the compliance list and the reminders per penilai</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="27" />
      <source>&amp;Lambang/logo</source>
      <translation>&amp;Emblem/logo</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="32" />
      <source>Pilih &amp;gambar…</source>
      <translation>Choose &amp;image…</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="33" />
      <source>Pakai bawaan</source>
      <translation>Use built-in</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="41" />
      <source>Program</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="43" />
      <source>&amp;Bahasa</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="45" />
      <source>Folder &amp;cadangan</source>
      <translation>&amp;Backup folder</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="49" />
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../forms/settings_page.ui" line="58" />
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
  </context>
  <context>
    <name>SheetModel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Evaluasi</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Rating hasil kerja</source>
      <translation>Results rating</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Rating perilaku kerja</source>
      <translation>Behaviour rating</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="20" />
      <source>Predikat</source>
      <translation>Predikat</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/sheet.py" line="48" />
      <source>belum dimulai</source>
      <translation>not started</translation>
    </message>
  </context>
  <context>
    <name>SkpPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="42" />
      <source>Kuantitatif</source>
      <translation>Quantitative</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="43" />
      <source>Kualitatif</source>
      <translation>Qualitative</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="213" />
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="216" />
      <source>SKP diajukan.</source>
      <translation>SKP submitted.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="54" />
      <source>SKP disetujui.</source>
      <translation>SKP approved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="57" />
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="65" />
      <source>SKP</source>
      <translation>SKP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="58" />
      <source>Lampiran SKP</source>
      <translation>SKP Attachment</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="73" />
      <source>&lt;h2&gt;SKP&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;SKP&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="74" />
      <source>Pilih pegawai di halaman Pegawai (klik dua kali) untuk membuka SKP-nya.</source>
      <translation>Pick an employee on the Staff page (double-click) to open their SKP.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="83" />
      <source>SKP tidak dapat dibuka.</source>
      <translation>The SKP cannot be opened.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="90" />
      <source>&lt;h2&gt;SKP {0}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;SKP of {0}&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="100" />
      <source>Segmen {0}: {1} – {2}, penilai {3}</source>
      <translation>Segment {0}: {1} – {2}, penilai {3}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="114" />
      <source>Belum ada SKP untuk tahun {0}.</source>
      <translation>No SKP for {0} yet.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="125" />
      <source>Catatan atasan: {0}</source>
      <translation>Superior's note: {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="142" />
      <source>PEGAWAI YANG DINILAI</source>
      <translation>EMPLOYEE APPRAISED</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="143" />
      <source>PEJABAT PENILAI KINERJA</source>
      <translation>APPRAISING OFFICIAL</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="144" />
      <source>ATASAN PEJABAT PENILAI</source>
      <translation>APPRAISER'S SUPERIOR</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="167" />
      <source>Ekspektasi khusus pimpinan (boleh kosong)</source>
      <translation>Leader's specific expectation (optional)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="182" />
      <source>&lt;i&gt;belum ada&lt;/i&gt;</source>
      <translation>&lt;i&gt;none yet&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="185" />
      <source>Tambah butir…</source>
      <translation>Add an item…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="187" />
      <source>Tambah</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="201" />
      <source>Tindakan tidak dapat dilakukan.</source>
      <translation>The action could not be done.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="208" />
      <source>SKP disusun; tambahkan RHK.</source>
      <translation>SKP created; add RHK.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="214" />
      <source>Ajukan SKP</source>
      <translation>Submit SKP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="215" />
      <source>SKP yang diajukan tidak dapat diubah sampai penilai mengembalikannya. Ajukan sekarang?</source>
      <translation>A submitted SKP cannot be changed until the penilai returns it. Submit now?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="231" />
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="232" />
      <source>Penilai non-ASN</source>
      <translation>Non-civil-servant appraiser</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="231" />
      <source>Nama (dengan gelar):</source>
      <translation>Name (with titles):</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="232" />
      <source>Jabatan, mis. Bupati Sukamaju:</source>
      <translation>Position, e.g. Bupati Sukamaju:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="239" />
      <source>Pejabat penilai dicatat.</source>
      <translation>Appraising official recorded.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="242" />
      <source>Kembalikan SKP</source>
      <translation>Return SKP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="243" />
      <source>Apa yang perlu diperbaiki?</source>
      <translation>What needs to be changed?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="247" />
      <source>SKP dikembalikan dengan catatan.</source>
      <translation>SKP returned with a note.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="264" />
      <source>Pilih RHK dahulu, lalu tambah indikatornya.</source>
      <translation>Select an RHK first, then add its indicator.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="274" />
      <source>Ekspektasi perilaku disimpan.</source>
      <translation>Behaviour expectations saved.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/skp.py" line="279" />
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
      <source>Penilai &amp;non-ASN…</source>
      <translation>&amp;Non-civil-servant appraiser…</translation>
    </message>
    <message>
      <location filename="../../forms/skp_page.ui" line="78" />
      <source>Catat pejabat penilai JPT yang bukan ASN (Bupati/Wali Kota) dengan nama dan jabatannya</source>
      <translation>Record a JPT's appraising official who is not a civil servant (the Bupati or Wali Kota) with name and position</translation>
    </message>
    <message>
      <location filename="../../forms/skp_page.ui" line="79" />
      <source>&amp;Kembalikan…</source>
      <translation>&amp;Return…</translation>
    </message>
    <message>
      <location filename="../../forms/skp_page.ui" line="80" />
      <source>Se&amp;tujui</source>
      <translation>A&amp;pprove</translation>
    </message>
    <message>
      <location filename="../../forms/skp_page.ui" line="81" />
      <source>&amp;Ajukan ke atasan</source>
      <translation>&amp;Submit to superior</translation>
    </message>
  </context>
  <context>
    <name>SkpTree</name>
    <message>
      <location filename="../../kinerja_desktop/ui/models/skp_tree.py" line="10" />
      <source>Rencana hasil kerja / indikator</source>
      <translation>Planned result (RHK) / indicator</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/skp_tree.py" line="10" />
      <source>Aspek</source>
      <translation>Aspect</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/skp_tree.py" line="10" />
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/models/skp_tree.py" line="10" />
      <source>RHK atasan yang diintervensi</source>
      <translation>Superior's RHK intervened</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="51" />
      <source>Buka basis data</source>
      <translation>Open database</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="52" />
      <source>Basis data Kinerja (*.sqlite3 *.db)</source>
      <translation>Kinerja database (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="69" />
      <source>Belum ada basis data di
{0}

Buat basis data baru di sana?</source>
      <translation>There is no database at
{0}

Create a new database there?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="70" />
      <source>Buat baru</source>
      <translation>Create new</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="71" />
      <source>Buka berkas lain…</source>
      <translation>Open another file…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="72" />
      <source>Keluar</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="105" />
      <source>Basis data '{0}' tidak dapat dibuka.</source>
      <translation>Database '{0}' cannot be opened.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="153" />
      <source>Menyusun kabupaten contoh…</source>
      <translation>Building the demo district…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="153" />
      <source>Kabupaten contoh tidak dapat dibuat.</source>
      <translation>The demo district could not be made.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/startup.py" line="154" />
      <source>Kabupaten contoh dimuat.</source>
      <translation>Demo district loaded.</translation>
    </message>
  </context>
  <context>
    <name>StatusDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="26" />
      <source>Catat status pegawai</source>
      <translation>Record staff status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="27" />
      <source>NIP 18 angka</source>
      <translation>18-digit NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="29" />
      <source>Cuti di luar tanggungan negara</source>
      <translation>Unpaid leave (CLTN)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="29" />
      <source>Tugas belajar</source>
      <translation>Study assignment</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="30" />
      <source>Pemberhentian sementara</source>
      <translation>Temporary dismissal</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="30" />
      <source>Pensiun</source>
      <translation>Retired</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="31" />
      <source>Meninggal dunia</source>
      <translation>Deceased</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="31" />
      <source>Pindah keluar</source>
      <translation>Moved out</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="32" />
      <source>Pindah masuk</source>
      <translation>Moved in</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="37" />
      <source>sampai</source>
      <translation>until</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="49" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="50" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="51" />
      <source>Mulai</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="52" />
      <source>Selesai</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="53" />
      <source>Catatan</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/follow_up.py" line="63" />
      <source>Status tidak dapat dicatat.</source>
      <translation>The status could not be recorded.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="28" />
      <source>Buat &amp;kunci…</source>
      <translation>Create &amp;key…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="29" />
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="101" />
      <source>&amp;Percayai provinsi…</source>
      <translation>&amp;Trust province…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="30" />
      <source>&amp;Ekspor paket…</source>
      <translation>&amp;Export package…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="31" />
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="103" />
      <source>&amp;Impor tanda terima / data referensi…</source>
      <translation>&amp;Import receipts / reference data…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="33" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="33" />
      <source>Dibuat</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="34" />
      <source>Rekaman</source>
      <translation>Records</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="34" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="35" />
      <source>Tanda terima</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="36" />
      <source>Bentrok</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="36" />
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="50" />
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="100" />
      <source>Kunci dan provinsi</source>
      <translation>Key and province</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="94" />
      <source>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;Instansi ini sub-instansi: paket ditandatangani dan dienkripsi untuk hub (BKPSDM), lalu dibawa dengan flashdisk; dari hub datang irisan data unit dan pegawainya. Setiap paket disimpan di kotak keluar sampai tanda terimanya diimpor.</source>
      <translation>&lt;h2&gt;Synchronisation&lt;/h2&gt;This office is a sub-office: packages are signed and encrypted for its hub (the BKPSDM), then carried on a USB drive; from the hub come data slices of its units and staff. Each package stays in the outbox until its receipt is imported.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="97" />
      <source>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;Paket ditandatangani dan dienkripsi untuk provinsi, lalu dibawa dengan flashdisk. Setiap paket disimpan di kotak keluar sampai tanda terimanya diimpor; perubahan yang belum diterima provinsi ikut lagi di paket berikutnya.</source>
      <translation>&lt;h2&gt;Synchronisation&lt;/h2&gt;Packages are signed and encrypted for the province, then carried on a USB drive. Each package stays in the outbox until its receipt is imported; changes the province has not yet received travel again in the next package.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="66" />
      <source>&lt;b&gt;Kotak keluar&lt;/b&gt;</source>
      <translation>&lt;b&gt;Outbox&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="72" />
      <source>Sinkronisasi</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="82" />
      <source>Kunci instansi: ID {0}, sidik jari &lt;b&gt;{1}&lt;/b&gt;</source>
      <translation>Office key: ID {0}, fingerprint &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="83" />
      <source>Belum ada kunci instansi. Buat kunci sebelum mengirim paket.</source>
      <translation>No office key yet. Create one before sending packages.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="86" />
      <source>Hub {0} ({1}), sidik jari &lt;b&gt;{2}&lt;/b&gt;</source>
      <translation>Hub {0} ({1}), fingerprint &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="88" />
      <source>Provinsi {0} ({1}), sidik jari &lt;b&gt;{2}&lt;/b&gt;</source>
      <translation>Province {0} ({1}), fingerprint &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="89" />
      <source>Provinsi belum dipercaya: paket tidak akan terenkripsi. Pilih berkas kunci provinsi.</source>
      <translation>No province trusted yet: packages will not be encrypted. Choose the province's key file.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="122" />
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="166" />
      <source>Berkas Kinerja (*.kinerja)</source>
      <translation>Kinerja files (*.kinerja)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="130" />
      <source>Ganti kunci provinsi</source>
      <translation>Replace the province key</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="131" />
      <source>Berkas ini membawa kunci provinsi yang &lt;b&gt;berbeda&lt;/b&gt;.&lt;br&gt;Sidik jari yang dipercaya: {0}&lt;br&gt;Sidik jari baru: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ganti hanya bila BKD provinsi membacakan sidik jari baru ini lewat telepon. Ganti kuncinya?</source>
      <translation>This file carries a &lt;b&gt;different&lt;/b&gt; province key.&lt;br&gt;Trusted fingerprint: {0}&lt;br&gt;New fingerprint: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Replace it only if the province's BKD read this new fingerprint to you by phone. Replace the key?</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="137" />
      <source>Provinsi tidak dapat dipercaya.</source>
      <translation>The province cannot be trusted.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="141" />
      <source>Hub {0} dipercaya. Cocokkan sidik jari {1} dengan BKPSDM lewat telepon.</source>
      <translation>Hub {0} trusted. Compare fingerprint {1} with the BKPSDM by telephone.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="142" />
      <source>Provinsi {0} dipercaya. Cocokkan sidik jari {1} dengan BKD provinsi lewat telepon.</source>
      <translation>Province {0} trusted. Confirm fingerprint {1} with the province's BKD by phone.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="146" />
      <source>Folder atau flashdisk tujuan</source>
      <translation>Destination folder or USB drive</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="155" />
      <source>Menyusun dan menulis paket…</source>
      <translation>Building and writing the package…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="161" />
      <source>Paket nomor {0} ditulis ke {1} dan dibaca ulang: aman untuk mencabut flashdisk.</source>
      <translation>Package {0} written to {1} and read back: safe to remove the USB drive.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="165" />
      <source>Tanda terima, data referensi, irisan atau paket sub-instansi</source>
      <translation>Receipts, reference data, slices or sub-office packages</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="155" />
      <source>Paket tidak dapat diekspor.</source>
      <translation>The package cannot be exported.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="100" />
      <source>Kunci dan hub</source>
      <translation>Key and hub</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="101" />
      <source>&amp;Percayai hub…</source>
      <translation>&amp;Trust hub…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="102" />
      <source>&amp;Impor tanda terima / irisan data…</source>
      <translation>&amp;Import receipts / data slices…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="121" />
      <source>Berkas kunci provinsi atau hub</source>
      <translation>Province or hub key file</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/sync.py" line="179" />
      <source>Berkas tidak dapat diimpor.</source>
      <translation>The file cannot be imported.</translation>
    </message>
  </context>
  <context>
    <name>UnitDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="26" />
      <source>Ubah unit kerja</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="26" />
      <source>Tambah unit kerja</source>
      <translation>Add unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="27" />
      <source>mis. Bidang Pembinaan SD</source>
      <translation>e.g. Bidang Pembinaan SD</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="30" />
      <source>(unit teratas, tanpa induk)</source>
      <translation>(top-level unit, no parent)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="37" />
      <source>(tidak ditentukan)</source>
      <translation>(not set)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="39" />
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
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="74" />
      <source>Unit kerja</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="74" />
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="74" />
      <source>Kode SIASN</source>
      <translation>SIASN code</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="75" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="80" />
      <source>&amp;Tambah unit…</source>
      <translation>&amp;Add unit…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="80" />
      <source>&amp;Ubah…</source>
      <translation>&amp;Edit…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="81" />
      <source>Tu&amp;tup unit</source>
      <translation>&amp;Close unit</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="87" />
      <source>&lt;h2&gt;Unit Kerja&lt;/h2&gt;Unit yang disebut dalam daftar pegawai dibuat otomatis saat impor; di sini unit dapat ditambah, diubah, dipindah, atau ditutup.</source>
      <translation>&lt;h2&gt;Units&lt;/h2&gt;Units named in the staff roster are created on import; here units can be added, renamed, moved or closed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="101" />
      <source>Unit Kerja</source>
      <translation>Units</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="139" />
      <source>Unit '{0}' tidak dapat ditutup.</source>
      <translation>Unit '{0}' cannot be closed.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/units.py" line="138" />
      <source>Unit '{0}' ditutup.</source>
      <translation>Unit '{0}' closed.</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="31" />
      <source>Tambah pengguna</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="31" />
      <source>Ubah peran — {0}</source>
      <translation>Change role — {0}</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="34" />
      <source>ketik sekali lagi</source>
      <translation>type it once more</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="42" />
      <source>&amp;Nama pengguna</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="41" />
      <source>&amp;Kata sandi</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="41" />
      <source>&amp;Ulangi kata sandi</source>
      <translation>&amp;Repeat password</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="43" />
      <source>&amp;Peran</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="43" />
      <source>P&amp;egawai</source>
      <translation>&amp;Employee</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="56" />
      <source>Pengamat melihat semua data tetapi tidak mengubah apa pun.</source>
      <translation>A viewer sees all data but changes nothing.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="57" />
      <source>Penilai menilai bawahan langsungnya saja: pilih pegawai pemilik akun.</source>
      <translation>A penilai appraises their direct subordinates only: choose the employee who owns the account.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="58" />
      <source>Operator mengelola pegawai, unit kerja, pengguna dan pengaturan.</source>
      <translation>An operator manages staff, units, users and settings.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="69" />
      <source>Pilih pegawai dari daftar yang muncul saat mengetik.</source>
      <translation>Choose the employee from the list that appears as you type.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/dialogs/users.py" line="75" />
      <source>Kedua kata sandi tidak sama.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="21" />
      <source>Nama pengguna</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="22" />
      <source>Peran</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="23" />
      <source>Pegawai</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="24" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="24" />
      <source>aktif</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="24" />
      <source>nonaktif</source>
      <translation>disabled</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="30" />
      <source>&amp;Tambah pengguna…</source>
      <translation>&amp;Add user…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="30" />
      <source>Ubah &amp;peran…</source>
      <translation>Change &amp;role…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="31" />
      <source>Atur ulang &amp;kata sandi…</source>
      <translation>Reset &amp;password…</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="32" />
      <source>Aktifkan/&amp;nonaktifkan</source>
      <translation>Enable/&amp;disable</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="38" />
      <source>&lt;h2&gt;Pengguna&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Users&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="45" />
      <source>Pengguna</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="59" />
      <source>Pilih pengguna di tabel dahulu.</source>
      <translation>Select a user in the table first.</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/pages/users.py" line="77" />
      <source>Status pengguna tidak dapat diubah.</source>
      <translation>The user's status could not be changed.</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/welcome.py" line="21" />
      <source>&lt;h2&gt;Selamat datang di Kinerja Desktop&lt;/h2&gt;Basis data ini belum berisi pegawai. Mulailah dengan salah satu langkah berikut:</source>
      <translation>&lt;h2&gt;Welcome to Kinerja Desktop&lt;/h2&gt;This database holds no staff yet. Start with one of these steps:</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/welcome.py" line="26" />
      <source>Impor daftar pegawai… (XLSX atau CSV dari SIASN/SIMPEG)</source>
      <translation>Import the staff roster… (XLSX or CSV from SIASN/SIMPEG)</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/welcome.py" line="27" />
      <source>Muat kabupaten contoh (300 pegawai) untuk mencoba program</source>
      <translation>Load the demo district (300 staff) to try the program</translation>
    </message>
    <message>
      <location filename="../../kinerja_desktop/ui/widgets/welcome.py" line="28" />
      <source>Buka basis data lain…</source>
      <translation>Open another database…</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source> Daftar lengkap ditulis ke {report}.</source>
      <translation> The full list was written to {report}.</translation>
    </message>
    <message>
      <source> Jika pegawai ini PPPK, tandai sebagai PPPK.</source>
      <translation> If this employee is PPPK, mark them as PPPK.</translation>
    </message>
    <message>
      <source> Paket yang ditahan ikut diterapkan: {count}.</source>
      <translation> Held packages applied with it: {count}.</translation>
    </message>
    <message>
      <source>'{cell}' bukan NIP 18 angka</source>
      <translation>'{cell}' is not an 18-digit NIP</translation>
    </message>
    <message>
      <source>'{cell}' bukan bilangan bulat</source>
      <translation>'{cell}' is not a whole number</translation>
    </message>
    <message>
      <source>'{cell}' bukan bulan; tulis 2026-03, 03/2026 atau Maret 2026</source>
      <translation>'{cell}' is not a month; write 2026-03, 03/2026 or Maret 2026</translation>
    </message>
    <message>
      <source>'{cell}' bukan tanggal; tulis 2026-03-01 atau 01/03/2026</source>
      <translation>'{cell}' is not a date; write 2026-03-01 or 01/03/2026</translation>
    </message>
    <message>
      <source>'{raw}' bukan 1-4</source>
      <translation>'{raw}' is not 1-4</translation>
    </message>
    <message>
      <source>'{target}' adalah folder; sebutkan nama berkasnya, mis. {value}.</source>
      <translation>'{target}' is a folder; give the file name, e.g. {value}.</translation>
    </message>
    <message>
      <source>'{text}' bukan jenis pelatihan; pilih {choices}</source>
      <translation>'{text}' is not a kind of training; choose {choices}</translation>
    </message>
    <message>
      <source>'{text}' bukan nilai BerAKHLAK; tulis 1-7 atau namanya, mis. Akuntabel</source>
      <translation>'{text}' is not a BerAKHLAK value; write 1-7 or its name, e.g. Akuntabel</translation>
    </message>
    <message>
      <source>'{text}' bukan ya/tidak</source>
      <translation>'{text}' is not ya/tidak (yes/no)</translation>
    </message>
    <message>
      <source>--count {count}: pilih 1 sampai 200 kuesioner per pegawai.</source>
      <translation>--count {count}: choose 1 to 200 questionnaires per employee.</translation>
    </message>
    <message>
      <source>--employees {employees}: pilih antara {min_employees} dan {max_employees}.</source>
      <translation>--employees {employees}: choose between {min_employees} and {max_employees}.</translation>
    </message>
    <message>
      <source>... dan {count} baris bermasalah lainnya.</source>
      <translation>... and {count} more rows with problems.</translation>
    </message>
    <message>
      <source>... dan {count} masalah lainnya.</source>
      <translation>... and {count} more problems.</translation>
    </message>
    <message>
      <source>; {conflicts} rekaman bentrok ditahan hub untuk diputuskan</source>
      <translation>; {conflicts} conflicting records held by the hub for a decision</translation>
    </message>
    <message>
      <source>; {conflicts} rekaman bentrok ditahan provinsi untuk ditinjau</source>
      <translation>; {conflicts} conflicting records are held by the province for review</translation>
    </message>
    <message>
      <source>Ada {count} unit bernama '{unit}'. Sebut unitnya dengan kode unit.</source>
      <translation>There are {count} units named '{unit}'. Name the unit by its code.</translation>
    </message>
    <message>
      <source>Ada {len_found} unit bernama '{unit}'; sebutkan kode SIASN-nya.</source>
      <translation>There are {len_found} units named '{unit}'; give its SIASN code.</translation>
    </message>
    <message>
      <source>Akun operator pertama sudah dibuat; masuk dengan akun itu.</source>
      <translation>The first operator account already exists; log in with it.</translation>
    </message>
    <message>
      <source>Akun penilai harus dikaitkan dengan pegawai yang bersangkutan: pilih pegawainya (NIP-nya).</source>
      <translation>A penilai account must be linked to that employee: choose the employee (their NIP).</translation>
    </message>
    <message>
      <source>Alamat basis data '{target}' tidak dikenali atau drivernya belum terpasang ({exc}). Gunakan jalur berkas SQLite, atau URL seperti postgresql+psycopg://...</source>
      <translation>Database address '{target}' is not recognised or its driver is not installed ({exc}). Use the path of an SQLite file, or a URL such as postgresql+psycopg://...</translation>
    </message>
    <message>
      <source>Alasan</source>
      <translation>The reason</translation>
    </message>
    <message>
      <source>Alasan keberatan wajib diisi.</source>
      <translation>The reason for the objection is required.</translation>
    </message>
    <message>
      <source>Alasan membuka kunci evaluasi wajib diisi (sedikitnya 10 karakter).</source>
      <translation>A reason for unlocking the evaluation is required (at least 10 characters).</translation>
    </message>
    <message>
      <source>Ambang responden masukan {value}: sedikitnya {least} (agar pengisi tetap tanpa nama), paling banyak 50.</source>
      <translation>Feedback respondent threshold {value}: at least {least} (so respondents stay anonymous), at most 50.</translation>
    </message>
    <message>
      <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
      <translation>You cannot disable your own account.</translation>
    </message>
    <message>
      <source>Anda tidak dapat menurunkan peran akun Anda sendiri; minta operator lain.</source>
      <translation>You cannot lower the role of your own account; ask another operator.</translation>
    </message>
    <message>
      <source>Aspek '{aspek}' tidak dikenal: pilih {choices}.</source>
      <translation>Unknown aspek '{aspek}': choose {choices}.</translation>
    </message>
    <message>
      <source>Atasan {nama} ada di wilayah {where}, bukan {to}: penilai SKP yang baru harus di wilayah tujuan.</source>
      <translation>Superior {nama} is in {where}, not {to}: the new SKP's penilai must be where the employee goes.</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?</source>
      <translation>How do you rate the speed of the service?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kemampuan petugas dalam memberikan pelayanan?</source>
      <translation>How do you rate the competence of the staff who served you?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kemudahan prosedur pelayanan di unit ini?</source>
      <translation>How easy is the service procedure at this unit?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?</source>
      <translation>How well does the result match what the service standard promises?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
      <translation>How well do the requirements fit the kind of service?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kesopanan dan keramahan petugas dalam memberikan pelayanan?</source>
      <translation>How polite and friendly were the staff?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?</source>
      <translation>How fair are the fees for the service?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang kualitas sarana dan prasarana pelayanan?</source>
      <translation>How do you rate the facilities?</translation>
    </message>
    <message>
      <source>Bagaimana pendapat Anda tentang penanganan pengaduan, saran dan masukan di unit ini?</source>
      <translation>How are complaints, suggestions and feedback handled at this unit?</translation>
    </message>
    <message>
      <source>Bagian lampiran '{section}' tidak dikenal: {choices}.</source>
      <translation>Unknown lampiran section '{section}': {choices}.</translation>
    </message>
    <message>
      <source>Baik</source>
      <translation>Good</translation>
    </message>
    <message>
      <source>Baris '{line}' pada teks QR tidak sah: seharusnya '{label}: ...' dengan isi yang sesuai format.</source>
      <translation>Line '{line}' of the QR text is not valid: it should read '{label}: ...' with a value in the documented format.</translation>
    </message>
    <message>
      <source>Baris ini memuat karakter NUL (biner), bukan teks: simpan ulang berkasnya sebagai XLSX atau CSV UTF-8 dari Excel.</source>
      <translation>This row holds a NUL (binary) character, not text: save the file again as XLSX or CSV UTF-8 from Excel.</translation>
    </message>
    <message>
      <source>Baris tanda tangan pada teks QR tidak sah: seharusnya '{label}: ' diikuti 88 karakter base64.</source>
      <translation>The signature line of the QR text is not valid: it should be '{label}: ' followed by 88 base64 characters.</translation>
    </message>
    <message>
      <source>Basis data '{target}' tidak dapat dibuka: {reason}. Periksa jalurnya dan hak tulis foldernya, atau pulihkan dari cadangan.</source>
      <translation>Database '{target}' cannot be opened: {reason}. Check its path and the folder's write permission, or restore it from a backup.</translation>
    </message>
    <message>
      <source>Basis data ini adalah basis data provinsi; kunci kabupaten/kota dibuat di basis data kabupaten/kota.</source>
      <translation>This is a province database; a district's key is made in the district's database.</translation>
    </message>
    <message>
      <source>Basis data ini belum punya kunci sinkronisasi. Buat dahulu dengan '{hint}'.</source>
      <translation>This database has no sync key yet. Create one first with '{hint}'.</translation>
    </message>
    <message>
      <source>Basis data ini berisi data kabupaten/kota. Basis data provinsi dibuat pada berkas tersendiri: kinerja --db provinsi.sqlite3 province init --province KODE</source>
      <translation>This database holds a district's data. A province database is made in a file of its own: kinerja --db provinsi.sqlite3 province init --province CODE</translation>
    </message>
    <message>
      <source>Basis data ini bukan basis data provinsi. Buat dengan 'kinerja --db BERKAS province init --province KODE' pada berkas basis data tersendiri.</source>
      <translation>This is not a province database. Create one with 'kinerja --db FILE province init --province CODE' in a database file of its own.</translation>
    </message>
    <message>
      <source>Basis data ini milik instansi dengan kode {code}, bukan {office_code}. Buat kunci dengan kode {code}, atau ubah dahulu kode instansi di Pengaturan (kinerja init --office-code {office_code}).</source>
      <translation>This database belongs to the office with code {code}, not {office_code}. Create the key with code {code}, or first change the office code in Settings (kinerja init --office-code {office_code}).</translation>
    </message>
    <message>
      <source>Basis data ini sudah berisi pegawai; data demo hanya diisikan ke basis data kosong. Gunakan --db dengan berkas baru.</source>
      <translation>This database already holds staff; the demo only fills an empty database. Use --db with a new file.</translation>
    </message>
    <message>
      <source>Basis data provinsi tidak menjadi hub; hub adalah basis data BKPSDM kabupaten/kota.</source>
      <translation>A province database is not a hub; a hub is a district BKPSDM's database.</translation>
    </message>
    <message>
      <source>Belum ada RHK utama.</source>
      <translation>There is no main (utama) RHK yet.</translation>
    </message>
    <message>
      <source>Belum ada paket dari instansi '{office}' yang diterapkan di provinsi ini.</source>
      <translation>No package from office '{office}' has been applied in this province yet.</translation>
    </message>
    <message>
      <source>Bentrok nomor {id} sudah diputuskan ({status}) oleh {by} pada {at:%d-%m-%Y}; keputusan tidak diubah.</source>
      <translation>Conflict number {id} was already decided ({status}) by {by} on {at:%d-%m-%Y}; the decision is not changed.</translation>
    </message>
    <message>
      <source>Bentrok nomor {id} tidak ada. Lihat daftarnya dengan 'kinerja province conflicts'.</source>
      <translation>There is no conflict number {id}. See the list with 'kinerja province conflicts'.</translation>
    </message>
    <message>
      <source>Berkas '{file_name}' ditolak: {exc}.</source>
      <translation>File '{file_name}' refused: {exc}.</translation>
    </message>
    <message>
      <source>Berkas '{file_name}' ditolak: {exc}. Tidak ada yang diubah.</source>
      <translation>File '{file_name}' refused: {exc}. Nothing was changed.</translation>
    </message>
    <message>
      <source>Berkas '{file_name}' membawa kunci provinsi lain (sidik jari {offered}) daripada yang dipercaya (sidik jari {trusted}). Kunci tidak diganti. Bila BKD provinsi memang mengganti kuncinya, cocokkan sidik jari baru lewat telepon lalu ganti secara tegas: kinerja sync trust BERKAS --replace --fingerprint {offered}</source>
      <translation>File '{file_name}' carries another province key (fingerprint {offered}) than the trusted one (fingerprint {trusted}). The key was not replaced. If the province's BKD did change its key, check the new fingerprint by phone and replace it explicitly: kinerja sync trust FILE --replace --fingerprint {offered}</translation>
    </message>
    <message>
      <source>Berkas '{file_name}' milik hub {hub}, sedangkan kode instansi ini {code} bukan kode sub-instansinya (mis. {hub}.01). Periksa kode instansi ('kinerja keys init --office').</source>
      <translation>File '{file_name}' belongs to hub {hub}, but this office's code {code} is not one of its sub-office codes (e.g. {hub}.01). Check the office code ('kinerja keys init --office').</translation>
    </message>
    <message>
      <source>Berkas '{file_name}' milik provinsi {province}, sedangkan instansi ini tercatat di provinsi {province_2}. Minta berkas yang benar dari BKD provinsi.</source>
      <translation>File '{file_name}' belongs to province {province}, while this office is recorded in province {province_2}. Ask the province's BKD for the right file.</translation>
    </message>
    <message>
      <source>Berkas '{name}' bukan buku kerja Excel (.xlsx) yang utuh: {exc}. Buka dan simpan ulang di Excel, atau ekspor sebagai CSV.</source>
      <translation>File '{name}' is not a sound Excel workbook (.xlsx): {exc}. Open and save it again in Excel, or export it as CSV.</translation>
    </message>
    <message>
      <source>Berkas '{name}' kosong.</source>
      <translation>File '{name}' is empty.</translation>
    </message>
    <message>
      <source>Berkas '{name}' memakai skema {revision} yang tidak dikenal program ini (dibuat versi Kinerja Desktop yang lebih baru, atau diubah). Perbarui program, atau pilih cadangan lain.</source>
      <translation>File '{name}' uses schema {revision}, which this program does not know (made by a newer Kinerja Desktop, or altered). Update the program, or choose another backup.</translation>
    </message>
    <message>
      <source>Berkas '{name}' memuat struktur yang tidak dibuat program ini: {items}. Cadangan seperti itu tidak dipulihkan; pilih cadangan lain.</source>
      <translation>File '{name}' holds structure this program does not make: {items}. Such a backup is not restored; choose another backup.</translation>
    </message>
    <message>
      <source>Berkas '{name}' rusak di baris 1 ({exc}). Buka dan simpan ulang di Excel, atau ekspor sebagai CSV.</source>
      <translation>File '{name}' is damaged at row 1 ({exc}). Open it and save it again in Excel, or export it as CSV.</translation>
    </message>
    <message>
      <source>Berkas '{name}' rusak sesudah baris {row} ({exc}). Buka dan simpan ulang di Excel, atau ekspor sebagai CSV.</source>
      <translation>File '{name}' is damaged after row {row} ({exc}). Open and save it again in Excel, or export it as CSV.</translation>
    </message>
    <message>
      <source>Berkas '{name}' tidak berakhiran .xlsx atau .csv; simpan sebagai salah satunya.</source>
      <translation>File '{name}' does not end in .xlsx or .csv; save it as one of them.</translation>
    </message>
    <message>
      <source>Berkas '{name}', sesudah baris {row}: sebuah sel lebih panjang dari {limit} karakter. Periksa isi sel itu (tanda kutip yang tidak ditutup?) lalu simpan ulang.</source>
      <translation>File '{name}', after row {row}: a cell is longer than {limit} characters. Check that cell (an unclosed quote?) and save again.</translation>
    </message>
    <message>
      <source>Berkas '{name}': jenis berkas {suffix} tidak didukung; simpan sebagai .xlsx atau .csv.</source>
      <translation>File '{name}': file type {suffix} is not supported; save it as .xlsx or .csv.</translation>
    </message>
    <message>
      <source>Berkas '{name}': lembar pertama kosong.</source>
      <translation>File '{name}': the first sheet is empty.</translation>
    </message>
    <message>
      <source>Berkas '{path}' bukan basis data Kinerja Desktop.</source>
      <translation>File '{path}' is not a Kinerja Desktop database.</translation>
    </message>
    <message>
      <source>Berkas '{path}' bukan basis data SQLite yang utuh ({exc}).</source>
      <translation>File '{path}' is not a sound SQLite database ({exc}).</translation>
    </message>
    <message>
      <source>Berkas '{path}' rusak (pemeriksaan integritas: {ok}).</source>
      <translation>File '{path}' is damaged (integrity check: {ok}).</translation>
    </message>
    <message>
      <source>Berkas '{path}' tidak dapat dibaca sebagai CSV UTF-8 ({exc}).</source>
      <translation>File '{path}' cannot be read as CSV UTF-8 ({exc}).</translation>
    </message>
    <message>
      <source>Berkas '{path}' tidak dapat dibaca: {value}.</source>
      <translation>File '{path}' cannot be read: {value}.</translation>
    </message>
    <message>
      <source>Berkas '{path}' tidak ditemukan.</source>
      <translation>File '{path}' not found.</translation>
    </message>
    <message>
      <source>Berkas '{source}' bukan gambar yang dapat dibaca; pilih berkas PNG atau JPEG.</source>
      <translation>File '{source}' is not a readable image; choose a PNG or JPEG file.</translation>
    </message>
    <message>
      <source>Berkas '{target}' tidak dapat dibaca ulang: {value}.</source>
      <translation>File '{target}' cannot be read back: {value}.</translation>
    </message>
    <message>
      <source>Berkas '{target}' tidak dapat ditulis: {value}.</source>
      <translation>File '{target}' cannot be written: {value}.</translation>
    </message>
    <message>
      <source>Berkas '{target}' yang terbaca ulang berbeda dari yang ditulis: media penyimpanan rusak atau penuh. Coba flashdisk lain.</source>
      <translation>File '{target}' reads back differently from what was written: the storage is damaged or full. Try another USB drive.</translation>
    </message>
    <message>
      <source>Berkas bukti dukung '{name}' berukuran {value} MB; batasnya {value_2} MB. Perkecil atau pisahkan berkasnya.</source>
      <translation>Evidence file '{name}' is {value} MB; the limit is {value_2} MB. Make it smaller or split it.</translation>
    </message>
    <message>
      <source>Berkas bukti dukung '{source}' tidak ditemukan.</source>
      <translation>Evidence file '{source}' not found.</translation>
    </message>
    <message>
      <source>Berkas cadangan '{path}' tidak ditemukan.</source>
      <translation>Backup file '{path}' not found.</translation>
    </message>
    <message>
      <source>Berkas cadangan tidak boleh sama dengan basis data yang sedang dipakai.</source>
      <translation>The backup file cannot be the database in use.</translation>
    </message>
    <message>
      <source>Berkas keluaran '{name}' harus berakhiran .csv atau .xlsx.</source>
      <translation>Output file '{name}' must end in .csv or .xlsx.</translation>
    </message>
    <message>
      <source>Berkas kunci publik tidak dapat dibaca: {reason}.</source>
      <translation>The public key file cannot be read: {reason}.</translation>
    </message>
    <message>
      <source>Butir lampiran</source>
      <translation>The lampiran item</translation>
    </message>
    <message>
      <source>Butir {n}: pelatihan '{training}' tidak ada di katalog; pilih dari katalog atau tambahkan ke katalog dahulu.</source>
      <translation>Item {n}: training '{training}' is not in the catalogue; choose from the catalogue or add it there first.</translation>
    </message>
    <message>
      <source>Cadangan '{name}' adalah basis data {kind}, sedangkan ini basis data {ours}: tidak dipulihkan di sini.</source>
      <translation>Backup '{name}' is a {kind} database, while this is a {ours} database: it is not restored here.</translation>
    </message>
    <message>
      <source>Cadangan '{name}' milik instansi {theirs} ({their_name}), bukan instansi ini ({ours}). Bila memang memindahkan data instansi itu ke sini, pulihkan dengan konfirmasi tegas: kinerja restore BERKAS --other-office.</source>
      <translation>Backup '{name}' belongs to office {theirs} ({their_name}), not to this office ({ours}). If you are moving that office's data here on purpose, restore with an explicit confirmation: kinerja restore FILE --other-office.</translation>
    </message>
    <message>
      <source>Cadangan '{name}' tidak utuh: {problems}. Cadangan itu tidak dipulihkan; pilih cadangan lain.</source>
      <translation>Backup '{name}' is not intact: {problems}. It is not restored; choose another backup.</translation>
    </message>
    <message>
      <source>Cadangan dan pemulihan dari program hanya untuk basis data SQLite; untuk PostgreSQL gunakan pg_dump/pg_restore.</source>
      <translation>Backup and restore in the program are for SQLite databases only; for PostgreSQL use pg_dump/pg_restore.</translation>
    </message>
    <message>
      <source>Capaian organisasi Istimewa: predikat Sangat Baik ({count} dari {n} pegawai) seharusnya kelompok terbesar, tetapi lebih sedikit dari {names}.</source>
      <translation>Organisation achievement Istimewa: predikat Sangat Baik ({count} of {n} staff) should be the largest group, but is smaller than {names}.</translation>
    </message>
    <message>
      <source>Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman meminta paling banyak {share}% (dihitung tepat: {share}% × {n} = {limit} pegawai).</source>
      <translation>Organisation achievement {org}: predikat {names} for {count} of {n} staff ({pct}%), while the guidance asks for at most {share}% (exactly: {share}% × {n} = {limit} staff).</translation>
    </message>
    <message>
      <source>Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman meminta sedikitnya satu pegawai.</source>
      <translation>Organisation achievement {org}: predikat {names} for {count} of {n} staff ({pct}%), while the guidance asks for at least one.</translation>
    </message>
    <message>
      <source>Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman meminta sedikitnya {share}% (dihitung tepat: {share}% × {n} = {limit} pegawai).</source>
      <translation>Organisation achievement {org}: predikat {names} for {count} of {n} staff ({pct}%), while the guidance asks for at least {share}% (exactly: {share}% × {n} = {limit} staff).</translation>
    </message>
    <message>
      <source>Capaian organisasi {org}: predikat {names} {count} dari {n} pegawai ({pct}%), padahal pedoman meminta tidak ada.</source>
      <translation>Organisation achievement {org}: predikat {names} for {count} of {n} staff ({pct}%), while the guidance asks for none.</translation>
    </message>
    <message>
      <source>Catatan pengembalian kosong: tuliskan apa yang perlu diperbaiki.</source>
      <translation>The return note is empty: write what needs to be fixed.</translation>
    </message>
    <message>
      <source>Catatan penilai</source>
      <translation>The penilai's note</translation>
    </message>
    <message>
      <source>Data referensi nomor {sequence} diterapkan: {changed} perubahan.</source>
      <translation>Reference data number {sequence} applied: {changed} changes.</translation>
    </message>
    <message>
      <source>Data referensi nomor {sequence} sudah diterapkan sebelumnya (terakhir: {last}); tidak ada yang berubah.</source>
      <translation>Reference data number {sequence} was applied before (latest: {last}); nothing changed.</translation>
    </message>
    <message>
      <source>Dokumen '{doc}' tidak dikenal: pilih {choices}.</source>
      <translation>Unknown document '{doc}': choose {choices}.</translation>
    </message>
    <message>
      <source>Ekspektasi khusus</source>
      <translation>The specific expectation</translation>
    </message>
    <message>
      <source>Evaluasi</source>
      <translation>Evaluation</translation>
    </message>
    <message>
      <source>Evaluasi #{id} ({nama}, NIP {nip}, {label} {year}) sudah final, tetapi isinya tidak lagi cocok dengan segelnya: ada yang diubah di luar program. Dokumen tidak dicetak. Jalankan 'kinerja audit verify' dan laporkan kepada operator.</source>
      <translation>Evaluation #{id} ({nama}, NIP {nip}, {label} {year}) is final, but its content no longer matches its seal: something was changed outside the program. The document is not printed. Run 'kinerja audit verify' and tell the operator.</translation>
    </message>
    <message>
      <source>Evaluasi belum dapat difinalkan: isi rating hasil kerja dan rating perilaku kerja.</source>
      <translation>The evaluation cannot be finalised yet: give the work result rating and the work behaviour rating.</translation>
    </message>
    <message>
      <source>Evaluasi ini belum final; tidak ada kunci yang perlu dibuka.</source>
      <translation>This evaluation is not final; there is no lock to open.</translation>
    </message>
    <message>
      <source>Evaluasi ini sedang diajukan keberatan: hasilnya hanya diubah oleh keputusan atasan pejabat penilai.</source>
      <translation>An objection to this evaluation is pending: only the decision of the penilai's superior changes its result.</translation>
    </message>
    <message>
      <source>Evaluasi ini sudah final dan tidak dapat diubah. Perubahan hanya melalui keputusan keberatan atau pembukaan kunci yang dicatat beserta alasannya.</source>
      <translation>This evaluation is final and cannot be changed. It changes only through an objection decision or a recorded unlock with its reason.</translation>
    </message>
    <message>
      <source>Evaluasi tahunan dinilai pada segmen terakhir tahun itu; segmen ini berakhir {end}.</source>
      <translation>The annual evaluation is made on the last segment of the year; this segment ended {end}.</translation>
    </message>
    <message>
      <source>Evaluasi {label} {year} untuk NIP {nip} belum dimulai; buka evaluasinya di halaman Evaluasi terlebih dahulu.</source>
      <translation>The {label} {year} evaluation of NIP {nip} has not been started; open it on the Evaluation page first.</translation>
    </message>
    <message>
      <source>Folder '{parent}' tidak ada; buat foldernya dahulu atau pilih folder lain.</source>
      <translation>Folder '{parent}' does not exist; create it first or choose another folder.</translation>
    </message>
    <message>
      <source>Folder tujuan '{out_dir}' tidak ada. Pilih folder atau flashdisk yang ada.</source>
      <translation>Target folder '{out_dir}' does not exist. Choose an existing folder or USB drive.</translation>
    </message>
    <message>
      <source>Frasa sandi salah: kunci tidak dapat dibuka. Ketik ulang frasa sandi yang dipakai saat kunci dibuat.</source>
      <translation>Wrong passphrase: the key cannot be opened. Type again the passphrase used when the key was made.</translation>
    </message>
    <message>
      <source>Frasa sandi terlalu pendek: paling sedikit {min_passphrase} karakter.</source>
      <translation>The passphrase is too short: at least {min_passphrase} characters.</translation>
    </message>
    <message>
      <source>Gambar '{name}' berformat {kind}; simpan sebagai PNG atau JPEG lalu pilih lagi.</source>
      <translation>Image '{name}' is {kind}; save it as PNG or JPEG and choose it again.</translation>
    </message>
    <message>
      <source>Gambar '{name}' terlalu kecil ({value}x{value_2} piksel); pakai paling sedikit 300x300 piksel agar tajam saat dicetak.</source>
      <translation>Image '{name}' is too small ({value}x{value_2} pixels); use at least 300x300 pixels so it prints sharply.</translation>
    </message>
    <message>
      <source>Golongan '{raw}' tidak dikenal: tulis seperti III/a, IV/b (I/a sampai IV/e).</source>
      <translation>Unknown golongan '{raw}': write it like III/a, IV/b (I/a to IV/e).</translation>
    </message>
    <message>
      <source>Golongan PPPK '{raw}' tidak dikenal: gunakan angka Romawi I sampai XVII.</source>
      <translation>Unknown PPPK golongan '{raw}': use the Roman numerals I to XVII.</translation>
    </message>
    <message>
      <source>Hanya operator yang dapat melakukan ini (pengguna {username}).</source>
      <translation>Only an operator can do this (user {username}).</translation>
    </message>
    <message>
      <source>Hanya operator yang dapat mengelola pengguna.</source>
      <translation>Only an operator can manage users.</translation>
    </message>
    <message>
      <source>Hub memerlukan kode instansi dan kunci. Jalankan dahulu 'kinerja keys init --office KODE'.</source>
      <translation>A hub needs an office code and keys. First run 'kinerja keys init --office CODE'.</translation>
    </message>
    <message>
      <source>Indikator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>Indikator #{indicator_id} bukan bagian dari SKP evaluasi ini.</source>
      <translation>Indicator #{indicator_id} is not part of this evaluation's SKP.</translation>
    </message>
    <message>
      <source>Indikator tanpa realisasi: {about}</source>
      <translation>Indicator without realisasi: {about}</translation>
    </message>
    <message>
      <source>Indikator yang diisi dari presensi bersatuan %: persentase kehadiran.</source>
      <translation>An indicator filled from attendance is in %: the attendance percentage.</translation>
    </message>
    <message>
      <source>Ini basis data provinsi: data demo kabupaten/kota tidak diisikan ke dalamnya.</source>
      <translation>This is a province database: the district demo is not filled into it.</translation>
    </message>
    <message>
      <source>Instansi '{office}' belum pernah mengirim paket yang diterapkan, jadi kunci enkripsinya belum diketahui. Impor paketnya dahulu.</source>
      <translation>Office '{office}' has not sent a package that was applied, so its encryption key is not known yet. Import its package first.</translation>
    </message>
    <message>
      <source>Instansi '{office}' belum terdaftar di provinsi ini.</source>
      <translation>Office '{office}' is not enrolled in this province.</translation>
    </message>
    <message>
      <source>Instansi ini sub-instansi dari sebuah hub; hanya basis data BKPSDM yang menjadi hub.</source>
      <translation>This office is a sub-office of a hub; only the BKPSDM's database is a hub.</translation>
    </message>
    <message>
      <source>Irisan data nomor {sequence} dari hub sudah diterapkan (terakhir: nomor {last}); tidak ada yang berubah.</source>
      <translation>Data slice number {sequence} from the hub was applied before (last: number {last}); nothing changed.</translation>
    </message>
    <message>
      <source>Irisan data nomor {sequence} dari hub {hub} diterapkan: {records} rekaman.</source>
      <translation>Data slice number {sequence} from hub {hub} applied: {records} records.</translation>
    </message>
    <message>
      <source>Isi keputusan atas keberatan wajib diisi.</source>
      <translation>The decision on the objection is required.</translation>
    </message>
    <message>
      <source>Isi ketujuh nilai dengan 1 sampai 4 (1 Tidak pernah, 2 Kadang-kadang, 3 Sering, 4 Selalu).</source>
      <translation>Fill in all seven values with 1 to 4 (1 Never, 2 Sometimes, 3 Often, 4 Always).</translation>
    </message>
    <message>
      <source>Isi lampiran kosong.</source>
      <translation>The lampiran item is empty.</translation>
    </message>
    <message>
      <source>Isi nama dan jabatan pejabat penilai, mis. --nama 'H. Ahmad Fauzi' --jabatan 'Bupati Sukamaju'.</source>
      <translation>Give the appraising official's name and position, e.g. --nama 'H. Ahmad Fauzi' --jabatan 'Bupati Sukamaju'.</translation>
    </message>
    <message>
      <source>JABATAN kosong: isi nama jabatan.</source>
      <translation>JABATAN is empty: fill in the position.</translation>
    </message>
    <message>
      <source>JP {jp} di luar 0 sampai 2000.</source>
      <translation>JP {jp} is outside 0 to 2000.</translation>
    </message>
    <message>
      <source>Jabatan pejabat penilai</source>
      <translation>Appraising official's position</translation>
    </message>
    <message>
      <source>Jabatan: {jabatan}</source>
      <translation>Position: {jabatan}</translation>
    </message>
    <message>
      <source>Jawab kesembilan pertanyaan dengan 1 sampai 4.</source>
      <translation>Answer all nine questions with 1 to 4.</translation>
    </message>
    <message>
      <source>Jenis RHK '{jenis}' tidak dikenal: utama atau tambahan.</source>
      <translation>Unknown RHK kind '{jenis}': utama or tambahan.</translation>
    </message>
    <message>
      <source>Jenis jabatan '{text}' tidak dikenal: gunakan salah satu dari {allowed}.</source>
      <translation>Unknown position kind '{text}': use one of {allowed}.</translation>
    </message>
    <message>
      <source>Jenis masukan '{kind}' tidak dikenal: pilih {choices}.</source>
      <translation>Feedback kind '{kind}' is not known: choose {choices}.</translation>
    </message>
    <message>
      <source>Jenis pegawai '{text}' tidak dikenal: isi PNS atau PPPK.</source>
      <translation>Unknown employee kind '{text}': fill in PNS or PPPK.</translation>
    </message>
    <message>
      <source>Jenis unit '{kind}' tidak dikenal; pilih salah satu: {choices}.</source>
      <translation>Unknown unit kind '{kind}'; choose one of: {choices}.</translation>
    </message>
    <message>
      <source>Kartu kode petugas dicetak oleh operator; pengguna {username} bukan operator.</source>
      <translation>Officer desk cards are printed by an operator; user {username} is not an operator.</translation>
    </message>
    <message>
      <source>Kata sandi terlalu pendek: sedikitnya {min_length} karakter.</source>
      <translation>The password is too short: at least {min_length} characters.</translation>
    </message>
    <message>
      <source>Kategori '{category}' tidak dikenal: pilih {choices}.</source>
      <translation>Category '{category}' is not known: choose {choices}.</translation>
    </message>
    <message>
      <source>Keberatan</source>
      <translation>Objection</translation>
    </message>
    <message>
      <source>Keberatan atas evaluasi ini sudah diputuskan atasan pejabat penilai; hanya atasan itu, atau operator dengan alasan yang dicatat, yang dapat membukanya kembali.</source>
      <translation>The objection to this evaluation was decided by the penilai's superior; only that superior, or the operator with a recorded reason, may reopen it.</translation>
    </message>
    <message>
      <source>Keberatan atas evaluasi ini sudah pernah diajukan.</source>
      <translation>An objection to this evaluation was already filed.</translation>
    </message>
    <message>
      <source>Keberatan diajukan oleh pegawai yang dinilai sendiri, atau oleh operator atas namanya.</source>
      <translation>An objection is filed by the appraised employee, or by the operator on their behalf.</translation>
    </message>
    <message>
      <source>Keberatan diajukan {days} hari setelah hasil diterima; batasnya 14 hari (PP 30/2019 pasal 59).</source>
      <translation>The objection was filed {days} days after the result was received; the limit is 14 days (PP 30/2019 article 59).</translation>
    </message>
    <message>
      <source>Keberatan diputuskan oleh atasan pejabat penilai kinerja.</source>
      <translation>Objections are decided by the penilai's superior (atasan pejabat penilai kinerja).</translation>
    </message>
    <message>
      <source>Keberatan hanya dapat diajukan atas evaluasi yang sudah final.</source>
      <translation>An objection can only be filed against a final evaluation.</translation>
    </message>
    <message>
      <source>Keberatan ini sudah diputuskan; keputusan atasan pejabat penilai bersifat final.</source>
      <translation>This objection has been decided; the decision of the penilai's superior is final.</translation>
    </message>
    <message>
      <source>Keputusan</source>
      <translation>The decision</translation>
    </message>
    <message>
      <source>Kode '{code}' tidak sah: delapan huruf/angka seperti tercetak, mis. K7QX-M4RP.</source>
      <translation>Code '{code}' is not valid: eight letters/digits as printed, e.g. K7QX-M4RP.</translation>
    </message>
    <message>
      <source>Kode SIASN wajib diisi, paling panjang 64 karakter.</source>
      <translation>The SIASN code is required, at most 64 characters.</translation>
    </message>
    <message>
      <source>Kode instansi '{office_code}' tidak sah: gunakan huruf, angka, titik, garis bawah atau tanda hubung (paling panjang 32), mis. kode BKN instansi.</source>
      <translation>Office code '{office_code}' is not valid: use letters, digits, dots, underscores or hyphens (at most 32), e.g. the office's BKN code.</translation>
    </message>
    <message>
      <source>Kode instansi '{office}' tidak sah.</source>
      <translation>Office code '{office}' is not valid.</translation>
    </message>
    <message>
      <source>Kode instansi belum diatur. Jalankan 'kinerja keys init --office KODE' atau isi kode instansi di Pengaturan.</source>
      <translation>The office code is not set. Run 'kinerja keys init --office CODE' or fill in the office code in Settings.</translation>
    </message>
    <message>
      <source>Kode instansi wajib diisi (dipakai untuk sinkronisasi dengan provinsi).</source>
      <translation>The office code is required (it is used to sync with the province).</translation>
    </message>
    <message>
      <source>Kode instansi {code} menunjuk provinsi {value}, sedangkan instansi ini tercatat di provinsi {province}. Periksa kode BKN instansi.</source>
      <translation>Office code {code} names province {value}, while this office is recorded in province {province}. Check the office's BKN code.</translation>
    </message>
    <message>
      <source>Kode petugas terdiri atas enam angka, seperti pada kartu di meja petugas.</source>
      <translation>An officer code has six digits, as on the card on the officer's desk.</translation>
    </message>
    <message>
      <source>Kode petugas {code} tidak dikenal di unit layanan ini; periksa kartu di meja petugas.</source>
      <translation>Officer code {code} is not known at this service unit; check the card on the officer's desk.</translation>
    </message>
    <message>
      <source>Kode provinsi '{code}' tidak sah: gunakan huruf, angka, titik, garis bawah atau tanda hubung (paling panjang 32), mis. 32 untuk Jawa Barat.</source>
      <translation>Province code '{code}' is not valid: use letters, digits, dots, underscores or hyphens (at most 32), e.g. 32 for Jawa Barat.</translation>
    </message>
    <message>
      <source>Kode sub-instansi '{code}' tidak sah: gunakan kode kabupaten/kota, titik dan nomor, mis. {hub}.01.</source>
      <translation>Sub-office code '{code}' is not valid: use the district's code, a dot and a number, e.g. {hub}.01.</translation>
    </message>
    <message>
      <source>Kode verifikasi '{code}' tidak sah: kode terdiri atas 12 karakter 0-9 dan A-F, seperti tercetak di bawah kode QR (mis. 3F2A-9C1B-77D0).</source>
      <translation>Verification code '{code}' is not valid: it has 12 characters 0-9 and A-F, as printed under the QR code (e.g. 3F2A-9C1B-77D0).</translation>
    </message>
    <message>
      <source>Kode verifikasi: {code}</source>
      <translation>Verification code: {code}</translation>
    </message>
    <message>
      <source>Kode {code} SAH: evaluasi final {nama} (NIP {nip}), {period}, predikat {predikat}; isinya sama dengan yang disegel. Cocokkan kertas dengan isi segel di bawah ini.</source>
      <translation>Code {code} is VALID: the final evaluation of {nama} (NIP {nip}), {period}, predikat {predikat}; its content is what was sealed. Compare the paper with the sealed content below.</translation>
    </message>
    <message>
      <source>Kode {code} bukan kode kuesioner yang dibuat kantor ini.</source>
      <translation>Code {code} is not a questionnaire code this office made.</translation>
    </message>
    <message>
      <source>Kode {code} kebetulan sudah pernah dibuat; jalankan perintahnya sekali lagi.</source>
      <translation>Code {code} happens to exist already; run the command once more.</translation>
    </message>
    <message>
      <source>Kode {code} milik evaluasi {nama} (NIP {nip}), {period}, predikat {predikat}, tetapi isi basis data tidak lagi cocok dengan segelnya: jalankan 'kinerja audit verify' dan laporkan kepada operator.</source>
      <translation>Code {code} belongs to the evaluation of {nama} (NIP {nip}), {period}, predikat {predikat}, but the database no longer matches its seal: run 'kinerja audit verify' and tell the operator.</translation>
    </message>
    <message>
      <source>Kode {code} sudah dipakai; satu kode untuk satu pengisi.</source>
      <translation>Code {code} is already used; one code for one respondent.</translation>
    </message>
    <message>
      <source>Kode {code} tidak cocok dengan evaluasi final mana pun di basis data ini: dokumen itu bukan keluaran kantor ini, kodenya salah ketik, atau evaluasinya belum final.</source>
      <translation>Code {code} matches no final evaluation in this database: the document was not issued by this office, the code was mistyped, or the evaluation is not final.</translation>
    </message>
    <message>
      <source>Kunci '{key}' tidak ada di kategori {category}: pilih {choices}.</source>
      <translation>Key '{key}' is not in category {category}: choose {choices}.</translation>
    </message>
    <message>
      <source>Kunci publik ditolak: {exc}. Minta berkas hasil 'kinerja keys public' dari sub-instansi.</source>
      <translation>Public key refused: {exc}. Ask the sub-office for the file written by 'kinerja keys public'.</translation>
    </message>
    <message>
      <source>Kunci publik ditolak: {exc}. Minta berkas hasil 'kinerja keys public'.</source>
      <translation>Public key refused: {exc}. Ask for the file made by 'kinerja keys public'.</translation>
    </message>
    <message>
      <source>Kunci publik kantor {office} tidak ada di basis data ini. Minta berkas kunci publiknya (dari provinsi atau kantor itu) lalu jalankan 'kinerja print verify --qr TEKS --key BERKAS.pub'.</source>
      <translation>This database does not hold the public key of office {office}. Ask for its public key file (from the province or that office), then run 'kinerja print verify --qr TEXT --key FILE.pub'.</translation>
    </message>
    <message>
      <source>Kunci sub-instansi {office} sudah dicabut.</source>
      <translation>The key of sub-office {office} has been revoked.</translation>
    </message>
    <message>
      <source>Kunci sudah dibuat untuk basis data ini. Kunci tidak dibuat ulang, agar paket lama tetap dapat diperiksa; hubungi provinsi bila kunci hilang.</source>
      <translation>A key was already made for this database. It is not made again, so earlier packages stay checkable; call the province if the key is lost.</translation>
    </message>
    <message>
      <source>Kurang baik</source>
      <translation>Fair</translation>
    </message>
    <message>
      <source>Lampiran SKP belum diisi: {about}</source>
      <translation>SKP lampiran not filled in: {about}</translation>
    </message>
    <message>
      <source>Masukan</source>
      <translation>The input</translation>
    </message>
    <message>
      <source>Masukan kosong.</source>
      <translation>The input is empty.</translation>
    </message>
    <message>
      <source>NAMA kosong: isi nama pegawai tanpa gelar.</source>
      <translation>NAMA is empty: fill in the employee's name without titles.</translation>
    </message>
    <message>
      <source>NIP '{text}' memuat karakter selain angka: NIP hanya berisi 18 digit.</source>
      <translation>NIP '{text}' contains characters other than digits: a NIP is 18 digits only.</translation>
    </message>
    <message>
      <source>NIP '{text}' terdiri dari {len_digits} digit: NIP harus 18 digit.</source>
      <translation>NIP '{text}' has {len_digits} digits: a NIP must have 18.</translation>
    </message>
    <message>
      <source>NIP '{text}': TMT CPNS {month:02d}/{year} ada di masa depan.</source>
      <translation>NIP '{text}': TMT CPNS {month:02d}/{year} is in the future.</translation>
    </message>
    <message>
      <source>NIP '{text}': TMT CPNS {month:02d}/{year} sebelum pegawai berumur 18 tahun.</source>
      <translation>NIP '{text}': TMT CPNS {month:02d}/{year} is before the employee turned 18.</translation>
    </message>
    <message>
      <source>NIP '{text}': digit 1-8 ({value}) bukan tanggal lahir yang ada (format TTTTBBHH).</source>
      <translation>NIP '{text}': digits 1-8 ({value}) are not a real date of birth (format YYYYMMDD).</translation>
    </message>
    <message>
      <source>NIP '{text}': digit 9-14 ({value}) bukan TMT CPNS yang sah (bulan {month:02d}).{hint}</source>
      <translation>NIP '{text}': digits 9-14 ({value}) are not a valid TMT CPNS (month {month:02d}).{hint}</translation>
    </message>
    <message>
      <source>NIP '{text}': digit ke-15 ({value}) harus 1 (laki-laki) atau 2 (perempuan).</source>
      <translation>NIP '{text}': digit 15 ({value}) must be 1 (male) or 2 (female).</translation>
    </message>
    <message>
      <source>NIP ATASAN membentuk lingkaran ({loop}): setiap pegawai harus berujung pada pimpinan tertinggi; perbaiki NIP ATASAN salah satunya.</source>
      <translation>NIP ATASAN forms a loop ({loop}): every chain of superiors must end at the top leader; correct the NIP ATASAN of one of them.</translation>
    </message>
    <message>
      <source>NIP ATASAN sama dengan NIP pegawai sendiri.</source>
      <translation>NIP ATASAN is the employee's own NIP.</translation>
    </message>
    <message>
      <source>NIP ATASAN {nip} tidak ada di berkas ini maupun di basis data: masukkan atasannya juga, atau kosongkan kolom ini.</source>
      <translation>NIP ATASAN {nip} is neither in this file nor in the database: include the superior too, or leave the column empty.</translation>
    </message>
    <message>
      <source>NIP kosong: isi 18 digit NIP.</source>
      <translation>NIP is empty: fill in the 18-digit NIP.</translation>
    </message>
    <message>
      <source>NIP sama dengan baris {row}: setiap pegawai hanya satu baris.</source>
      <translation>Same NIP as row {row}: each employee has one row only.</translation>
    </message>
    <message>
      <source>NIP: {nip}</source>
      <translation>NIP: {nip}</translation>
    </message>
    <message>
      <source>Nama instansi wajib diisi, seperti tercetak di kepala formulir.</source>
      <translation>The office name is required, as printed at the head of the forms.</translation>
    </message>
    <message>
      <source>Nama pejabat penilai</source>
      <translation>Appraising official's name</translation>
    </message>
    <message>
      <source>Nama pelatihan wajib diisi, paling panjang 200 karakter.</source>
      <translation>The training name is required, at most 200 characters.</translation>
    </message>
    <message>
      <source>Nama pengguna '{username}' sudah dipakai.</source>
      <translation>Username '{username}' is already taken.</translation>
    </message>
    <message>
      <source>Nama pengguna atau kata sandi salah.</source>
      <translation>Wrong username or password.</translation>
    </message>
    <message>
      <source>Nama pengguna hanya boleh huruf, angka, titik dan garis bawah.</source>
      <translation>A username may only contain letters, digits, dots and underscores.</translation>
    </message>
    <message>
      <source>Nama provinsi harus 3 sampai 200 karakter, mis. Provinsi Sumatera Utara.</source>
      <translation>The province's name must be 3 to 200 characters, e.g. Provinsi Sumatera Utara.</translation>
    </message>
    <message>
      <source>Nama unit kerja</source>
      <translation>The unit name</translation>
    </message>
    <message>
      <source>Nama unit kerja wajib diisi, seperti tertulis pada nomenklatur (mis. 'Dinas Pendidikan').</source>
      <translation>The unit name is required, as written in the nomenclature (e.g. 'Dinas Pendidikan').</translation>
    </message>
    <message>
      <source>Nama: {nama}</source>
      <translation>Name: {nama}</translation>
    </message>
    <message>
      <source>Nilai BerAKHLAK nomor {value_number} tidak ada (1 sampai 7).</source>
      <translation>There is no BerAKHLAK value number {value_number} (1 to 7).</translation>
    </message>
    <message>
      <source>Nilai BerAKHLAK nomor {value} tidak ada (1 sampai 7).</source>
      <translation>There is no BerAKHLAK value number {value} (1 to 7).</translation>
    </message>
    <message>
      <source>Nilai perilaku tanpa umpan balik: {about}</source>
      <translation>Behaviour value without feedback: {about}</translation>
    </message>
    <message>
      <source>Paket '{file_name}' ditolak: {exc}.</source>
      <translation>Package '{file_name}' refused: {exc}.</translation>
    </message>
    <message>
      <source>Paket '{file_name}' ditolak: {exc}. Tidak ada yang diubah.</source>
      <translation>Package '{file_name}' refused: {exc}. Nothing was changed.</translation>
    </message>
    <message>
      <source>Paket sub-instansi terenkripsi untuk hub: frasa sandi kunci instansi diperlukan.</source>
      <translation>A sub-office's package is encrypted for the hub: the office key's passphrase is needed.</translation>
    </message>
    <message>
      <source>Paket {office} nomor {seq} ditahan: paket nomor {first} sampai {last} belum diterima. Paket ini diterapkan setelah itu tiba.</source>
      <translation>Package {office} number {seq} is held: packages {first} to {last} have not arrived. It is applied once they do.</translation>
    </message>
    <message>
      <source>Paket {office} nomor {seq} diterapkan: {inserted} baru, {updated} diperbarui, {conflicts} bentrok.</source>
      <translation>Package {office} number {seq} applied: {inserted} new, {updated} updated, {conflicts} conflicts.</translation>
    </message>
    <message>
      <source>Paket {office} nomor {seq} diterapkan: {inserted} baru, {updated} diperbarui, {same} sama, {conflicts} bentrok.{extra}</source>
      <translation>Package {office} number {seq} applied: {inserted} new, {updated} updated, {same} unchanged, {conflicts} conflicts.{extra}</translation>
    </message>
    <message>
      <source>Paket {office} nomor {seq} sudah diimpor sebelumnya; tidak ada yang berubah. Tanda terima yang sama ditulis ulang.</source>
      <translation>Package {office} number {seq} was imported before; nothing changed. The same receipt was written again.</translation>
    </message>
    <message>
      <source>Paket {office} nomor {seq} sudah ditahan sebelumnya; menunggu paket sebelumnya.</source>
      <translation>Package {office} number {seq} was already held; waiting for the earlier packages.</translation>
    </message>
    <message>
      <source>Paling banyak {most} butir rencana pengembangan.</source>
      <translation>At most {most} development plan items.</translation>
    </message>
    <message>
      <source>Pegawai #{employee_id} tidak ditemukan.</source>
      <translation>Employee #{employee_id} not found.</translation>
    </message>
    <message>
      <source>Pegawai NIP {nip} belum mempunyai SKP tahun {year}; susun SKP-nya dahulu.</source>
      <translation>Employee NIP {nip} has no SKP for {year}; plan the SKP first.</translation>
    </message>
    <message>
      <source>Pegawai dengan NIP {nip} tidak ada di basis data.</source>
      <translation>There is no employee with NIP {nip} in the database.</translation>
    </message>
    <message>
      <source>Pegawai tidak dapat menjadi atasan dirinya sendiri.</source>
      <translation>An employee cannot be their own superior.</translation>
    </message>
    <message>
      <source>Pegawai tidak dapat menjadi pejabat penilai dirinya sendiri.</source>
      <translation>An employee cannot be their own penilai.</translation>
    </message>
    <message>
      <source>Pejabat penilai: {penilai}</source>
      <translation>Appraising official: {penilai}</translation>
    </message>
    <message>
      <source>Pelatihan '{name}' sudah ada di katalog.</source>
      <translation>Training '{name}' is already in the catalogue.</translation>
    </message>
    <message>
      <source>Pelatihan {id} tidak ada di katalog.</source>
      <translation>Training {id} is not in the catalogue.</translation>
    </message>
    <message>
      <source>Pendekatan '{approach}' tidak dikenal: pilih kuantitatif atau kualitatif.</source>
      <translation>Unknown approach '{approach}': choose kuantitatif or kualitatif.</translation>
    </message>
    <message>
      <source>Penerima age sub-instansi {office} belum diketahui: berkas kuncinya dibuat versi lama. Minta sub-instansi mengirim satu paket ('kinerja sync export'), impor di hub, lalu buat irisannya lagi.</source>
      <translation>The age recipient of sub-office {office} is not known yet: its key file was made by an older version. Ask the sub-office to send one package ('kinerja sync export'), import it at the hub, then write its slice again.</translation>
    </message>
    <message>
      <source>Pengguna #{user_id} tidak ada.</source>
      <translation>User #{user_id} does not exist.</translation>
    </message>
    <message>
      <source>Pengguna {username} bukan operator; hanya operator yang mengatur unit kerja.</source>
      <translation>User {username} is not an operator; only operators manage the units.</translation>
    </message>
    <message>
      <source>Pengguna {username} bukan pejabat penilai untuk SKP ini.</source>
      <translation>User {username} is not the penilai of this SKP.</translation>
    </message>
    <message>
      <source>Pengguna {username} hanya dapat melihat, tidak dapat mengubah data.</source>
      <translation>User {username} can only view, not change, data.</translation>
    </message>
    <message>
      <source>Pengguna {username} tidak berwenang atas SKP pegawai ini.</source>
      <translation>User {username} has no authority over this employee's SKP.</translation>
    </message>
    <message>
      <source>Pengguna {username} tidak berwenang melihat SKP {nama}.</source>
      <translation>User {username} may not view the SKP of {nama}.</translation>
    </message>
    <message>
      <source>Pengguna {username} tidak berwenang menyusun rencana pengembangan {nama}.</source>
      <translation>User {username} may not draw up the development plan of {nama}.</translation>
    </message>
    <message>
      <source>Penilaian massal hanya untuk bawahan langsung Anda.</source>
      <translation>Mass rating is only for your direct subordinates.</translation>
    </message>
    <message>
      <source>Periode '{text}' tidak dikenal: gunakan TW1-TW4 (triwulan), S1-S2 (semester), 1-12 atau nama bulan, atau kosongkan untuk tahunan.</source>
      <translation>Unknown period '{text}': use TW1-TW4 (quarters), S1-S2 (semesters), 1-12 or a month name, or leave it empty for the annual one.</translation>
    </message>
    <message>
      <source>Periode evaluasi '{period_kind}' tidak dikenal: {choices}.</source>
      <translation>Unknown evaluation period '{period_kind}': {choices}.</translation>
    </message>
    <message>
      <source>Periode {label} {year} di luar masa segmen SKP ini ({start} s.d. {end}): evaluasinya pada segmen yang berlaku saat itu.</source>
      <translation>Period {label} {year} is outside this SKP segment ({start} to {end}): it is evaluated on the segment in force then.</translation>
    </message>
    <message>
      <source>Periode {label} {year} tidak termasuk SKP tahun {year_2}.</source>
      <translation>Period {label} {year} is not within the {year_2} SKP.</translation>
    </message>
    <message>
      <source>Periode: {period}</source>
      <translation>Period: {period}</translation>
    </message>
    <message>
      <source>Perspektif '{perspektif}' tidak dikenal: pilih {choices}.</source>
      <translation>Unknown perspektif '{perspektif}': choose {choices}.</translation>
    </message>
    <message>
      <source>Pilih salah satu: berkas bukti dukung atau tautan.</source>
      <translation>Choose one: an evidence file or a link.</translation>
    </message>
    <message>
      <source>Potensi '{text}' tidak dikenal: tulis rendah, menengah atau tinggi.</source>
      <translation>Potensi '{text}' is not known: write rendah, menengah or tinggi.</translation>
    </message>
    <message>
      <source>Predikat organisasi ditetapkan pimpinan satu tingkat di atasnya dan dicatat operator.</source>
      <translation>The organisation predikat is set by the leader one level up and recorded by the operator.</translation>
    </message>
    <message>
      <source>Predikat: {predikat}</source>
      <translation>Predikat: {predikat}</translation>
    </message>
    <message>
      <source>Proses pembaca paket berhenti tiba-tiba (kode keluar {code}); impor ulang berkasnya.</source>
      <translation>The package reader process stopped unexpectedly (exit code {code}); import the file again.</translation>
    </message>
    <message>
      <source>RHK</source>
      <translation>RHK</translation>
    </message>
    <message>
      <source>RHK #{rhk_id} bukan bagian dari SKP evaluasi ini.</source>
      <translation>RHK #{rhk_id} is not part of this evaluation's SKP.</translation>
    </message>
    <message>
      <source>RHK atasan</source>
      <translation>Superior's RHK</translation>
    </message>
    <message>
      <source>RHK berikut belum punya indikator: {rhk}</source>
      <translation>These RHK have no indicator yet: {rhk}</translation>
    </message>
    <message>
      <source>RHK tanpa indikator: {about}</source>
      <translation>RHK without an indicator: {about}</translation>
    </message>
    <message>
      <source>RHK tanpa umpan balik: {about}</source>
      <translation>RHK without feedback: {about}</translation>
    </message>
    <message>
      <source>RHK utama harus diturunkan dari RHK atasan yang diintervensi: pilih RHK atasan.</source>
      <translation>A main RHK must cascade from the superior's RHK it intervenes: choose the superior's RHK.</translation>
    </message>
    <message>
      <source>RHK yang diintervensi harus berasal dari SKP atasan langsung pada tahun yang sama.</source>
      <translation>The intervened RHK must come from the direct superior's SKP of the same year.</translation>
    </message>
    <message>
      <source>Rating hasil kerja belum dipilih.</source>
      <translation>The work result rating is not chosen yet.</translation>
    </message>
    <message>
      <source>Rating hasil kerja pimpinan unit mengikuti capaian organisasi ({org}): {value}.</source>
      <translation>A unit head's work result rating follows the organisation's achievement ({org}): {value}.</translation>
    </message>
    <message>
      <source>Rating hasil kerja: {rating}</source>
      <translation>Work results rating: {rating}</translation>
    </message>
    <message>
      <source>Rating perilaku kerja belum dipilih.</source>
      <translation>The work behaviour rating is not chosen yet.</translation>
    </message>
    <message>
      <source>Rating perilaku kerja: {rating}</source>
      <translation>Work behaviour rating: {rating}</translation>
    </message>
    <message>
      <source>Realisasi kosong: isi angka capaian atau uraiannya.</source>
      <translation>The realisasi is empty: fill in the figure achieved or describe it.</translation>
    </message>
    <message>
      <source>Rekaman {uuid} sekarang milik {other}, bukan {office}: putuskan bentroknya di sana dahulu.</source>
      <translation>Record {uuid} now belongs to {other}, not {office}: decide its conflict there first.</translation>
    </message>
    <message>
      <source>Rekaman {uuid} sudah berubah di hub sejak bentrok ini tercatat: mengambil versi sub-instansi akan menimpa yang lebih baru. Pertahankan milik hub.</source>
      <translation>Record {uuid} has changed at the hub since this conflict was recorded: taking the sub-office's version would overwrite the newer one. Keep the hub's.</translation>
    </message>
    <message>
      <source>Rekaman {uuid} sudah berubah di provinsi sejak bentrok ini tercatat: mengambil versi lama akan menimpa yang lebih baru. Pertahankan milik provinsi.</source>
      <translation>Record {uuid} has changed at the province since this conflict was recorded: taking the old version would overwrite a newer one. Keep the province's copy.</translation>
    </message>
    <message>
      <source>SAH: pernyataan ini ditandatangani kantor {office} ({source}). Cocokkan kertas dengan isinya:</source>
      <translation>VALID: this statement is signed by office {office} ({source}). Compare the paper with its content:</translation>
    </message>
    <message>
      <source>SKP</source>
      <translation>SKP</translation>
    </message>
    <message>
      <source>SKP JPT ini belum punya pejabat penilai, jadi belum dapat {what}. Bila penilainya bukan ASN (Bupati/Wali Kota), operator mencatatnya: kinerja skp penilai --nip NIP --year TAHUN --nama NAMA --jabatan JABATAN.</source>
      <translation>This JPT's SKP has no appraising official yet, so it cannot be {what}. When the appraiser is not a civil servant (the Bupati or Wali Kota), the operator records them: kinerja skp penilai --nip NIP --year YEAR --nama NAME --jabatan POSITION.</translation>
    </message>
    <message>
      <source>SKP atasan ({nama}) untuk tahun {year} belum ada: RHK pegawai diturunkan dari RHK atasan, jadi atasan menyusun SKP-nya lebih dahulu.</source>
      <translation>The superior's SKP ({nama}) for {year} does not exist yet: an employee's RHK cascade from the superior's, so the superior plans theirs first.</translation>
    </message>
    <message>
      <source>SKP belum punya RHK utama: tambahkan sedikitnya satu sebelum diajukan.</source>
      <translation>The SKP has no main (utama) RHK: add at least one before submitting.</translation>
    </message>
    <message>
      <source>SKP berstatus {status} tidak dapat diajukan.</source>
      <translation>An SKP with status {status} cannot be submitted.</translation>
    </message>
    <message>
      <source>SKP berstatus {status} tidak dapat dikembalikan.</source>
      <translation>An SKP with status {status} cannot be returned.</translation>
    </message>
    <message>
      <source>SKP berstatus {status} tidak dapat disetujui.</source>
      <translation>An SKP with status {status} cannot be approved.</translation>
    </message>
    <message>
      <source>SKP berstatus {status} tidak dapat diubah.</source>
      <translation>An SKP with status {status} cannot be changed.</translation>
    </message>
    <message>
      <source>SKP berstatus {status} tidak dapat diubah; minta atasan mengembalikannya.</source>
      <translation>An SKP with status {status} cannot be changed; ask the superior to return it.</translation>
    </message>
    <message>
      <source>SKP berstatus {status}: evaluasi hanya untuk SKP yang sudah disetujui.</source>
      <translation>The SKP has status {status}: evaluations are only for approved SKPs.</translation>
    </message>
    <message>
      <source>SKP ini dinilai oleh pejabat penilai di luar sub-instansi ini: ia dapat dilihat di sini, tetapi diubah di instansi penilainya (atau di hub).</source>
      <translation>This SKP is appraised by a penilai outside this sub-office: it can be seen here, but it is changed at its penilai's office (or at the hub).</translation>
    </message>
    <message>
      <source>SKP ini dinilai oleh pejabat penilai di sub-instansi {office}: ia dapat dilihat di hub, tetapi diubah di sub-instansi itu.</source>
      <translation>This SKP is appraised by a penilai at sub-office {office}: the hub shows it, but it is changed at that sub-office.</translation>
    </message>
    <message>
      <source>SKP yang berjalan sudah dievaluasi untuk {periods}, sesudah tanggal pindah {day}: periode itu dinilai penilai lama, jadi tanggal pindahnya sesudah periode itu.</source>
      <translation>The current SKP is already evaluated for {periods}, after the move date {day}: the old penilai rated that period, so the move comes after it.</translation>
    </message>
    <message>
      <source>SKP {nama} sudah dievaluasi; tanggal pindah harus sesudah awal segmennya.</source>
      <translation>The SKP of {nama} has been evaluated; the move must come after its segment starts.</translation>
    </message>
    <message>
      <source>SKP {nama} untuk tahun {year} sudah ada.</source>
      <translation>The {year} SKP of {nama} already exists.</translation>
    </message>
    <message>
      <source>STATUS SELESAI {end} sebelum STATUS MULAI {start}.</source>
      <translation>STATUS SELESAI {end} is before STATUS MULAI {start}.</translation>
    </message>
    <message>
      <source>STATUS {status} tanpa STATUS MULAI: isi tanggal mulainya.</source>
      <translation>STATUS {status} without STATUS MULAI: fill in its start date.</translation>
    </message>
    <message>
      <source>Sangat baik</source>
      <translation>Very good</translation>
    </message>
    <message>
      <source>Sasaran organisasi</source>
      <translation>The organisation target</translation>
    </message>
    <message>
      <source>Satuan target</source>
      <translation>The target's unit</translation>
    </message>
    <message>
      <source>Sebut unit tujuan di hub dengan --unit KODE.</source>
      <translation>Name the unit at the hub with --unit CODE.</translation>
    </message>
    <message>
      <source>Sebutkan --roster BERKAS.csv dan/atau --org-predikat BERKAS.csv (tidak ada keputusan bentrok yang belum dikirim ke {office}).</source>
      <translation>Give --roster FILE.csv and/or --org-predikat FILE.csv (there are no conflict decisions not yet sent to {office}).</translation>
    </message>
    <message>
      <source>Sebutkan satu saja: --nip NIP (seorang pegawai) atau --unit UNIT (semua pegawai unit itu).</source>
      <translation>Give exactly one: --nip NIP (one employee) or --unit UNIT (all staff of that unit).</translation>
    </message>
    <message>
      <source>Status '{text}' tidak dikenal: pilih {choices}.</source>
      <translation>Status '{text}' is not known: choose {choices}.</translation>
    </message>
    <message>
      <source>Status {id} tidak ada (mungkin sudah dihapus).</source>
      <translation>Status {id} does not exist (perhaps it was already deleted).</translation>
    </message>
    <message>
      <source>Sub-instansi '{office}' belum terdaftar di hub ini.</source>
      <translation>Sub-office '{office}' is not enrolled at this hub.</translation>
    </message>
    <message>
      <source>Sub-instansi '{office}' belum terdaftar di hub ini: daftarkan dengan 'kinerja hub enrol KUNCI.pub --office {office} --unit UNIT'.</source>
      <translation>Sub-office '{office}' is not enrolled at this hub: enrol it with 'kinerja hub enrol KEY.pub --office {office} --unit UNIT'.</translation>
    </message>
    <message>
      <source>Sudah ada segmen SKP sesudah tanggal itu; pindah hanya dicatat berurutan.</source>
      <translation>There is already an SKP segment after that date; moves are recorded in order.</translation>
    </message>
    <message>
      <source>Sumber masukan '{source}' tidak dikenal: self, peer atau public.</source>
      <translation>Unknown input source '{source}': self, peer or public.</translation>
    </message>
    <message>
      <source>Sumber realisasi '{source}' tidak dikenal: kosongkan, atau presensi.</source>
      <translation>Realisation source '{source}' is not known: leave it empty, or presensi.</translation>
    </message>
    <message>
      <source>TIDAK SAH: tanda tangan pada kode QR tidak cocok dengan kunci kantor {office} ({source}). Isinya telah diubah atau bukan buatan kantor itu; jangan terima dokumen ini.</source>
      <translation>NOT VALID: the signature in the QR code does not match the key of office {office} ({source}). Its content was changed or it was not made by that office; do not accept this document.</translation>
    </message>
    <message>
      <source>Tahun {year} tidak masuk akal untuk survei; tulis tahun empat angka, mis. 2026.</source>
      <translation>Year {year} makes no sense for a survey; write a four-digit year, e.g. 2026.</translation>
    </message>
    <message>
      <source>Tanda terima paket nomor {sequence} dari provinsi diimpor, padahal basis data ini tidak mencatat paket itu (cadangan lama dipulihkan?). Urutan paket provinsi dipakai; ekspor berikutnya membawa semua data agar tidak ada yang hilang.</source>
      <translation>The province's receipt for package number {sequence} was imported, though this database has no record of that package (an older backup restored?). The province's order of packages is adopted; the next export carries all data so nothing is lost.</translation>
    </message>
    <message>
      <source>Tanda terima paket nomor {sequence} diimpor: perubahan sampai nomor {change_to} tercatat sudah tersinkron{note}.</source>
      <translation>Receipt for package number {sequence} imported: changes up to number {change_to} are recorded as synced{note}.</translation>
    </message>
    <message>
      <source>Tanda terima paket nomor {sequence} sudah diimpor sebelumnya; tidak ada yang berubah.</source>
      <translation>The receipt for package number {sequence} was imported before; nothing changed.</translation>
    </message>
    <message>
      <source>Tanggal final: {day}</source>
      <translation>Made final on: {day}</translation>
    </message>
    <message>
      <source>Tanggal pengajuan keberatan tidak boleh sebelum tanggal hasil diterima.</source>
      <translation>The objection cannot be filed before the result was received.</translation>
    </message>
    <message>
      <source>Tanggal pindah {day} harus di dalam tahun {year} dan sesudah 1 Januari.</source>
      <translation>The move date {day} must fall in {year}, after 1 January.</translation>
    </message>
    <message>
      <source>Tanggal pindah {day} harus sesudah awal segmen yang berjalan ({start}).</source>
      <translation>The move date {day} must be after the start of the current segment ({start}).</translation>
    </message>
    <message>
      <source>Tanggal selesai {end} sebelum tanggal mulai {start}.</source>
      <translation>End date {end} is before start date {start}.</translation>
    </message>
    <message>
      <source>Target kosong: pendekatan kualitatif memakai target berupa uraian.</source>
      <translation>The target is empty: the qualitative approach uses a described target.</translation>
    </message>
    <message>
      <source>Target kosong: pendekatan kuantitatif memakai target berupa angka.</source>
      <translation>The target is empty: the quantitative approach uses a number.</translation>
    </message>
    <message>
      <source>Target maksimum {target_max} lebih kecil dari target minimum {target_min}.</source>
      <translation>The maximum target {target_max} is below the minimum target {target_min}.</translation>
    </message>
    <message>
      <source>Target uraian</source>
      <translation>The described target</translation>
    </message>
    <message>
      <source>Teks QR bukan pernyataan hasil evaluasi Kinerja Desktop: baris pertamanya harus '{title}' dan ada {count} baris. Pindai ulang kode QR pada dokumen, atau periksa kode verifikasi di bawahnya dengan 'kinerja print verify KODE'.</source>
      <translation>The QR text is not a Kinerja Desktop evaluation statement: its first line must be '{title}' and it has {count} lines. Scan the document's QR code again, or check the verification code under it with 'kinerja print verify CODE'.</translation>
    </message>
    <message>
      <source>Teks QR terlalu panjang ({length} karakter) untuk pernyataan Kinerja Desktop.</source>
      <translation>The QR text is too long ({length} characters) for a Kinerja Desktop statement.</translation>
    </message>
    <message>
      <source>Teks RHK</source>
      <translation>The RHK text</translation>
    </message>
    <message>
      <source>Teks RHK kosong: tulis hasil kerja yang direncanakan.</source>
      <translation>The RHK text is empty: write the planned work result.</translation>
    </message>
    <message>
      <source>Teks indikator</source>
      <translation>The indicator text</translation>
    </message>
    <message>
      <source>Teks indikator kosong: tulis indikator kinerja individu.</source>
      <translation>The indicator text is empty: write the individual performance indicator.</translation>
    </message>
    <message>
      <source>Tenggat evaluasi {value} hari: isi 0 sampai 120 hari setelah periode berakhir.</source>
      <translation>Evaluation deadline {value} days: give 0 to 120 days after the period ends.</translation>
    </message>
    <message>
      <source>Terlalu banyak percobaan gagal. Coba lagi dalam {wait} detik.</source>
      <translation>Too many failed attempts. Try again in {wait} seconds.</translation>
    </message>
    <message>
      <source>Tidak ada kuesioner yang dibuat: {kind} tanpa responden yang diusulkan (tidak ada rekan atau bawahan). Sebutkan --count N untuk menentukan sendiri.</source>
      <translation>No questionnaire was made: {kind} with no proposed respondents (no peers or subordinates). Give --count N to decide yourself.</translation>
    </message>
    <message>
      <source>Tidak baik</source>
      <translation>Poor</translation>
    </message>
    <message>
      <source>Tulis alasan keputusan (paling sedikit {min} karakter): keputusan ini dicatat dan dikirim ke kabupaten/kota.</source>
      <translation>Write the reason for the decision (at least {min} characters): the decision is recorded and sent to the district.</translation>
    </message>
    <message>
      <source>UNIT KERJA '{value}' kosong atau tidak lengkap: tulis nama unit, atau jalurnya seperti 'Dinas Pendidikan &gt; SD Negeri 1 Contoh'.</source>
      <translation>UNIT KERJA '{value}' is empty or incomplete: write the unit's name, or its path like 'Dinas Pendidikan &gt; SD Negeri 1 Contoh'.</translation>
    </message>
    <message>
      <source>Ukuran kertas '{paper}' tidak dikenal: A4 atau F4.</source>
      <translation>Unknown paper size '{paper}': A4 or F4.</translation>
    </message>
    <message>
      <source>Ukuran kertas '{paper}' tidak dikenal: pilih A4 atau F4 (215 x 330 mm).</source>
      <translation>Unknown paper size '{paper}': choose A4 or F4 (215 x 330 mm).</translation>
    </message>
    <message>
      <source>Umpan balik</source>
      <translation>The feedback</translation>
    </message>
    <message>
      <source>Umpan balik kosong: pilih frasa atau tulis umpan balik.</source>
      <translation>The feedback is empty: pick a phrase or write your feedback.</translation>
    </message>
    <message>
      <source>Unit '{name}' masih berisi {staff} pegawai aktif; pindahkan mereka (lewat impor daftar pegawai) sebelum unit ditutup.</source>
      <translation>Unit '{name}' still has {staff} active staff; move them (through a roster import) before closing the unit.</translation>
    </message>
    <message>
      <source>Unit '{name}' masih mempunyai sub-unit aktif; tutup atau pindahkan dulu sub-unitnya.</source>
      <translation>Unit '{name}' still has active sub-units; close or move them first.</translation>
    </message>
    <message>
      <source>Unit '{name}' sudah ada di bawah induk yang sama; pakai nama lain atau ubah unit yang ada.</source>
      <translation>Unit '{name}' already exists under the same parent; use another name or change the existing unit.</translation>
    </message>
    <message>
      <source>Unit '{name}' tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.</source>
      <translation>Unit '{name}' cannot move under itself or one of its sub-units.</translation>
    </message>
    <message>
      <source>Unit '{unit}' tidak ada. Sebut unit dengan kode atau nama persis seperti di daftar Unit Kerja.</source>
      <translation>There is no unit '{unit}'. Name the unit by its code or its exact name as in the Work Units list.</translation>
    </message>
    <message>
      <source>Unit induk</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <source>Unit induk sudah ditutup; pilih unit induk yang masih aktif.</source>
      <translation>The parent unit is closed; choose an active parent unit.</translation>
    </message>
    <message>
      <source>Unit kerja</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Unit kerja '{unit}' tidak ada: sebutkan kode SIASN atau nama lengkapnya seperti di halaman Unit Kerja.</source>
      <translation>There is no unit '{unit}': give its SIASN code or its full name as on the Units page.</translation>
    </message>
    <message>
      <source>Unit kerja: {unit}</source>
      <translation>Work unit: {unit}</translation>
    </message>
    <message>
      <source>Unit sub-instansi {office} sudah tidak ada di basis data ini.</source>
      <translation>The unit of sub-office {office} is no longer in this database.</translation>
    </message>
    <message>
      <source>Unit {unit} sudah (sebagian) menjadi wilayah sub-instansi {other}. Satu unit hanya dipegang satu sub-instansi.</source>
      <translation>Unit {unit} is already (partly) held by sub-office {other}. A unit is held by one sub-office only.</translation>
    </message>
    <message>
      <source>Unit {unit} termasuk wilayah {where}, bukan {to}. Pilih unit di wilayah {to}.</source>
      <translation>Unit {unit} belongs to {where}, not {to}. Choose a unit of {to}.</translation>
    </message>
    <message>
      <source>Unit {unit} tidak punya satu kepala yang jelas ({count} calon): sebut atasan baru dengan --atasan NIP.</source>
      <translation>Unit {unit} has no single clear head ({count} candidates): name the new superior with --atasan NIP.</translation>
    </message>
    <message>
      <source>Uraian realisasi</source>
      <translation>The realisasi description</translation>
    </message>
    <message>
      <source>Usulan rencana pengembangan untuk semua pegawai dibuat oleh operator.</source>
      <translation>Development plan proposals for all staff are made by an operator.</translation>
    </message>
    <message>
      <source>ada anggota dengan nama ganda</source>
      <translation>a member name occurs twice</translation>
    </message>
    <message>
      <source>akhir berkas tidak sesuai format paket (terpotong, ditambah, atau diubah)</source>
      <translation>the end of the file does not match the package format (cut short, appended to, or changed)</translation>
    </message>
    <message>
      <source>anggota</source>
      <translation>member</translation>
    </message>
    <message>
      <source>anggota '{filename}' di dalam isi terenkripsi rusak</source>
      <translation>member '{filename}' in the encrypted content is damaged</translation>
    </message>
    <message>
      <source>anggota '{filename}' terlalu besar atau terlalu termampatkan</source>
      <translation>member '{filename}' is too large or too highly compressed</translation>
    </message>
    <message>
      <source>anggota '{name}' rusak (CRC tidak cocok)</source>
      <translation>member '{name}' is damaged (CRC mismatch)</translation>
    </message>
    <message>
      <source>anggota '{name}' tidak diizinkan dalam paket</source>
      <translation>member '{name}' is not allowed in a package</translation>
    </message>
    <message>
      <source>anggota isi terenkripsi tidak dalam urutan paket (header.json, records.jsonl, bukti)</source>
      <translation>the encrypted content's members are not in package order (header.json, records.jsonl, evidence)</translation>
    </message>
    <message>
      <source>anggota pertama harus mimetype, manifest.json, manifest.json.minisig</source>
      <translation>the first members must be mimetype, manifest.json, manifest.json.minisig</translation>
    </message>
    <message>
      <source>baris pertama manifest.json.minisig diubah</source>
      <translation>the first line of manifest.json.minisig was changed</translation>
    </message>
    <message>
      <source>baris {row} (NIP {nip}): {reason}</source>
      <translation>row {row} (NIP {nip}): {reason}</translation>
    </message>
    <message>
      <source>baris {row}, kolom KODE: '{code}' bukan kode kuesioner yang dibuat kantor ini</source>
      <translation>row {row}, column KODE: '{code}' is not a questionnaire code this office made</translation>
    </message>
    <message>
      <source>baris {row}, kolom KODE: kode {code} juga ada di baris {other}</source>
      <translation>row {row}, column KODE: code {code} is also on row {other}</translation>
    </message>
    <message>
      <source>baris {row}, kolom KODE: kode {code} sudah dipakai; satu kode untuk satu responden</source>
      <translation>row {row}, column KODE: code {code} is already used; one code for one respondent</translation>
    </message>
    <message>
      <source>baris {row}, kolom {column}: NIP {nip} tidak ada di data pegawai; impor daftar pegawai dahulu</source>
      <translation>row {row}, column {column}: NIP {nip} is not in the staff data; import the roster first</translation>
    </message>
    <message>
      <source>baris {row}, {problem}</source>
      <translation>row {row}, {problem}</translation>
    </message>
    <message>
      <source>baris {row}: {label} sama dengan baris {other}</source>
      <translation>row {row}: {label} the same as row {other}</translation>
    </message>
    <message>
      <source>baris {row}: {reason}</source>
      <translation>row {row}: {reason}</translation>
    </message>
    <message>
      <source>berkas berjenis '{type}' tidak diimpor di kabupaten/kota (paket kabupaten/kota diimpor di basis data provinsi)</source>
      <translation>a file of type '{type}' is not imported at a district (district packages are imported into the province database)</translation>
    </message>
    <message>
      <source>berkas berjenis '{type}', bukan paket kabupaten/kota</source>
      <translation>the file is of type '{type}', not a district package</translation>
    </message>
    <message>
      <source>berkas berjenis '{type}', bukan paket sub-instansi</source>
      <translation>the file is of type '{type}', not a sub-office's package</translation>
    </message>
    <message>
      <source>berkas bukti {value}… tidak cocok dengan nama hash-nya</source>
      <translation>evidence file {value}… does not match its hash name</translation>
    </message>
    <message>
      <source>berkas bukti {value}… tidak dirujuk rekaman mana pun</source>
      <translation>evidence file {value}… is named by no record</translation>
    </message>
    <message>
      <source>berkas ini berjenis '{type}', bukan berkas kunci provinsi atau hub (hasil 'kinerja province publish' atau 'kinerja hub publish')</source>
      <translation>this file is of type '{type}', not a province's or a hub's key file (written by 'kinerja province publish' or 'kinerja hub publish')</translation>
    </message>
    <message>
      <source>berkas kunci publik yang diberikan</source>
      <translation>the public key file given</translation>
    </message>
    <message>
      <source>berkas tanda tangan bukan format minisign (empat baris)</source>
      <translation>the signature file is not in minisign format (four lines)</translation>
    </message>
    <message>
      <source>berkas tanda tangan tidak dalam bentuk baku (spasi atau akhir baris diubah)</source>
      <translation>the signature file is not in its exact form (spaces or line ends were changed)</translation>
    </message>
    <message>
      <source>berkas terlalu besar ({len_data:,} bita; paling besar {max_file:,})</source>
      <translation>the file is too large ({len_data:,} bytes; at most {max_file:,})</translation>
    </message>
    <message>
      <source>berkas terpotong: {what} pada bita {pos:,} tidak lengkap</source>
      <translation>the file is cut short: {what} at byte {pos:,} is incomplete</translation>
    </message>
    <message>
      <source>berkas untuk instansi {office} di provinsi {province}, bukan untuk instansi ini ({office_2}, provinsi {province_2})</source>
      <translation>the file is for office {office} in province {province}, not for this office ({office_2}, province {province_2})</translation>
    </message>
    <message>
      <source>bersarang terlalu dalam (lebih dari {max_depth} tingkat)</source>
      <translation>nested too deep (more than {max_depth} levels)</translation>
    </message>
    <message>
      <source>bilangan bulat {text} di luar jangkauan 64 bit</source>
      <translation>integer {text} is outside the 64-bit range</translation>
    </message>
    <message>
      <source>bukan JSON yang sah ({exc})</source>
      <translation>not valid JSON ({exc})</translation>
    </message>
    <message>
      <source>bukan UTF-8 (bita ke-{start})</source>
      <translation>not UTF-8 (byte {start})</translation>
    </message>
    <message>
      <source>bukan berkas paket Kinerja (ZIP) atau berkasnya kosong/terpotong</source>
      <translation>not a Kinerja package file (ZIP), or the file is empty or cut short</translation>
    </message>
    <message>
      <source>bukan kunci publik Ed25519 minisign (panjang atau jenisnya salah)</source>
      <translation>not a minisign Ed25519 public key (wrong length or kind)</translation>
    </message>
    <message>
      <source>bukan kunci publik minisign (dua baris: komentar dan kunci base64)</source>
      <translation>not a minisign public key (two lines: a comment and the base64 key)</translation>
    </message>
    <message>
      <source>daftar anggota di manifest tidak sama dengan isi berkas (ada yang ditambah/dibuang)</source>
      <translation>the manifest's member list differs from the file's content (something was added or removed)</translation>
    </message>
    <message>
      <source>data referensi nomor {sequence} belum dapat diterapkan: nomor {expected} belum diimpor. Impor berkas data referensi secara berurutan.</source>
      <translation>reference data number {sequence} cannot be applied yet: number {expected} has not been imported. Import reference files in order.</translation>
    </message>
    <message>
      <source>data referensi terenkripsi: frasa sandi kunci instansi diperlukan</source>
      <translation>the reference data is encrypted: the office key's passphrase is needed</translation>
    </message>
    <message>
      <source>difinalkan</source>
      <translation>made final</translation>
    </message>
    <message>
      <source>direktori pusat</source>
      <translation>central directory</translation>
    </message>
    <message>
      <source>direktori pusat menamai anggota '{name}' secara lain</source>
      <translation>the central directory names member '{name}' differently</translation>
    </message>
    <message>
      <source>direktori pusat untuk '{name}' tidak cocok dengan anggotanya</source>
      <translation>the central directory entry of '{name}' does not match its member</translation>
    </message>
    <message>
      <source>disetujui</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>ditandatangani kunci {from_bytes:016X}, bukan kunci {key_id_hex} yang terdaftar</source>
      <translation>signed by key {from_bytes:016X}, not by the enrolled key {key_id_hex}</translation>
    </message>
    <message>
      <source>ditandatangani kunci {key_id}, bukan kunci terdaftar {key_id_2} milik {office}</source>
      <translation>signed by key {key_id}, not by the enrolled key {key_id_2} of {office}</translation>
    </message>
    <message>
      <source>evaluasi tahunan belum final</source>
      <translation>annual evaluation not final yet</translation>
    </message>
    <message>
      <source>format kolom NIP sebagai Teks di Excel, lalu ketik ulang atau tempel NIP dari sumber aslinya (angka yang sudah tersimpan tidak dapat dipulihkan)</source>
      <translation>format the NIP column as Text in Excel, then type or paste the NIPs again from their source (digits already stored as a number cannot be recovered)</translation>
    </message>
    <message>
      <source>harus bilangan</source>
      <translation>must be a number</translation>
    </message>
    <message>
      <source>harus bilangan bulat</source>
      <translation>must be a whole number</translation>
    </message>
    <message>
      <source>harus objek JSON</source>
      <translation>must be a JSON object</translation>
    </message>
    <message>
      <source>harus tanggal ISO 8601</source>
      <translation>must be an ISO 8601 date</translation>
    </message>
    <message>
      <source>harus teks</source>
      <translation>must be text</translation>
    </message>
    <message>
      <source>harus true atau false</source>
      <translation>must be true or false</translation>
    </message>
    <message>
      <source>header.json: {exc}</source>
      <translation>header.json: {exc}</translation>
    </message>
    <message>
      <source>instansi '{office}' belum terdaftar: daftarkan kuncinya dengan 'kinerja province enrol KUNCI.pub --office {office}' setelah sidik jarinya dicocokkan</source>
      <translation>office '{office}' is not enrolled: enrol its key with 'kinerja province enrol KEY.pub --office {office}' after checking its fingerprint</translation>
    </message>
    <message>
      <source>irisan data datang dari hub kabupaten/kota, sedangkan instansi ini melapor ke provinsi {province}</source>
      <translation>data slices come from a district hub, but this office reports to province {province}</translation>
    </message>
    <message>
      <source>irisan data terenkripsi: frasa sandi kunci instansi diperlukan</source>
      <translation>the data slice is encrypted: the office key's passphrase is needed</translation>
    </message>
    <message>
      <source>isi anggota '{name}' diubah: sha256 tidak cocok dengan manifest</source>
      <translation>the content of member '{name}' was changed: its sha256 does not match the manifest</translation>
    </message>
    <message>
      <source>isi terenkripsi bukan ZIP yang utuh</source>
      <translation>the encrypted content is not a sound ZIP</translation>
    </message>
    <message>
      <source>isi terenkripsi memuat anggota ganda atau terlalu banyak anggota</source>
      <translation>the encrypted content has duplicate members or too many members</translation>
    </message>
    <message>
      <source>isi terenkripsi memuat anggota tak dikenal '{value}'</source>
      <translation>the encrypted content has an unknown member '{value}'</translation>
    </message>
    <message>
      <source>isi terenkripsi memuat data di luar anggotanya (awalan atau celah)</source>
      <translation>the encrypted content holds data outside its members (a prefix or a gap)</translation>
    </message>
    <message>
      <source>isi terenkripsi memuat komentar atau medan tambahan ZIP</source>
      <translation>the encrypted content holds a ZIP comment or extra field</translation>
    </message>
    <message>
      <source>isi terenkripsi milik paket atau instansi lain (header.json tidak cocok)</source>
      <translation>the encrypted content belongs to another package or office (header.json does not match)</translation>
    </message>
    <message>
      <source>isian manifest 'counts' tidak sah</source>
      <translation>manifest field 'counts' is not valid</translation>
    </message>
    <message>
      <source>isian manifest 'sizes' tidak sah</source>
      <translation>manifest field 'sizes' is not valid</translation>
    </message>
    <message>
      <source>isian manifest '{name}' tidak sah</source>
      <translation>manifest field '{name}' is not valid</translation>
    </message>
    <message>
      <source>isian manifest tidak sesuai (lebih: {extra}, kurang: {missing})</source>
      <translation>the manifest's fields do not match (extra: {extra}, missing: {missing})</translation>
    </message>
    <message>
      <source>jenis berkas '{get}' tidak dikenal</source>
      <translation>unknown file type '{get}'</translation>
    </message>
    <message>
      <source>jenis rekaman '{kind}' tidak dikenal</source>
      <translation>unknown record kind '{kind}'</translation>
    </message>
    <message>
      <source>jenjang tidak terbaca dari nama jabatan</source>
      <translation>no jenjang can be read from the position name</translation>
    </message>
    <message>
      <source>jumlah rekaman tidak sama dengan yang tercatat di manifest</source>
      <translation>the number of records differs from the manifest's</translation>
    </message>
    <message>
      <source>kabupaten/kota</source>
      <translation>district</translation>
    </message>
    <message>
      <source>kepala anggota</source>
      <translation>member header</translation>
    </message>
    <message>
      <source>kepala anggota '{name}' di dalam isi terenkripsi tidak cocok dengan direktorinya</source>
      <translation>the header of member '{name}' in the encrypted content does not match its directory</translation>
    </message>
    <message>
      <source>kepala anggota pada bita {pos:,} tidak sesuai format paket</source>
      <translation>the member header at byte {pos:,} does not match the package format</translation>
    </message>
    <message>
      <source>kolom HADIR: {hadir} lebih dari HARI KERJA {days}</source>
      <translation>column HADIR: {hadir} more than HARI KERJA {days}</translation>
    </message>
    <message>
      <source>kolom SAMPAI: sebelum TMT</source>
      <translation>column SAMPAI: before TMT</translation>
    </message>
    <message>
      <source>kolom TANGGAL SELESAI: sebelum TANGGAL MULAI</source>
      <translation>column TANGGAL SELESAI: before TANGGAL MULAI</translation>
    </message>
    <message>
      <source>kolom TANPA KETERANGAN: {absent} lebih dari hari tidak hadir ({away})</source>
      <translation>column TANPA KETERANGAN: {absent} more than the days absent ({away})</translation>
    </message>
    <message>
      <source>kolom TERLAMBAT: {late} lebih dari HADIR {hadir}</source>
      <translation>column TERLAMBAT: {late} more than HADIR {hadir}</translation>
    </message>
    <message>
      <source>kolom {column}: kosong</source>
      <translation>column {column}: empty</translation>
    </message>
    <message>
      <source>kolom {column}: lebih dari {limit} karakter</source>
      <translation>column {column}: more than {limit} characters</translation>
    </message>
    <message>
      <source>kolom {column}: {problem}</source>
      <translation>column {column}: {problem}</translation>
    </message>
    <message>
      <source>kolom {column}: {value}</source>
      <translation>column {column}: {value}</translation>
    </message>
    <message>
      <source>komentar tepercaya tanda tangan tidak cocok dengan manifest</source>
      <translation>the signature's trusted comment does not match the manifest</translation>
    </message>
    <message>
      <source>kosong</source>
      <translation>empty</translation>
    </message>
    <message>
      <source>kunci '{key}' muncul dua kali</source>
      <translation>key '{key}' occurs twice</translation>
    </message>
    <message>
      <source>kunci di dalam berkas provinsi tidak sah: {exc}</source>
      <translation>the key in the province file is not valid: {exc}</translation>
    </message>
    <message>
      <source>kunci instansi '{office}' sudah dicabut pada {revoked_at:%d-%m-%Y}</source>
      <translation>the key of office '{office}' was revoked on {revoked_at:%d-%m-%Y}</translation>
    </message>
    <message>
      <source>kunci kantor ini</source>
      <translation>this office's key</translation>
    </message>
    <message>
      <source>kunci publik</source>
      <translation>public key</translation>
    </message>
    <message>
      <source>kunci sub-instansi '{office}' sudah dicabut</source>
      <translation>the key of sub-office '{office}' has been revoked</translation>
    </message>
    <message>
      <source>kunci terdaftar di provinsi</source>
      <translation>the key enrolled at the province</translation>
    </message>
    <message>
      <source>lebih dari {limit} karakter</source>
      <translation>more than {limit} characters</translation>
    </message>
    <message>
      <source>manifest menyatakan {declared:,} bita untuk {total:,} rekaman; paling banyak {budget:,} KiB per rekaman</source>
      <translation>the manifest declares {declared:,} bytes for {total:,} records; at most {budget:,} KiB per record</translation>
    </message>
    <message>
      <source>manifest.json bukan objek JSON</source>
      <translation>manifest.json is not a JSON object</translation>
    </message>
    <message>
      <source>manifest.json tidak dalam bentuk kanonik (diubah setelah ditandatangani)</source>
      <translation>manifest.json is not in canonical form (changed after it was signed)</translation>
    </message>
    <message>
      <source>manifest.json.minisig bukan teks ASCII</source>
      <translation>manifest.json.minisig is not ASCII text</translation>
    </message>
    <message>
      <source>mimetype bukan paket Kinerja</source>
      <translation>the mimetype is not that of a Kinerja package</translation>
    </message>
    <message>
      <source>nama anggota '{name}' menunjuk ke luar paket (ditolak)</source>
      <translation>member name '{name}' points outside the package (refused)</translation>
    </message>
    <message>
      <source>nama anggota pada bita {pos:,} bukan ASCII</source>
      <translation>the member name at byte {pos:,} is not ASCII</translation>
    </message>
    <message>
      <source>nama anggota pada bita {pos:,} terlalu panjang</source>
      <translation>the member name at byte {pos:,} is too long</translation>
    </message>
    <message>
      <source>nilai {name} tidak diizinkan</source>
      <translation>value {name} is not allowed</translation>
    </message>
    <message>
      <source>nomor urut {sequence} sudah dipakai paket lain dari {office} (terakhir diterapkan: {last_sequence}); paket lama yang diputar ulang atau percabangan dari cadangan yang dipulihkan</source>
      <translation>sequence number {sequence} is already used by another package from {office} (last applied: {last_sequence}); an old package replayed, or a fork from a restored backup</translation>
    </message>
    <message>
      <source>paket dengan id {id} sudah diterima dengan isi lain (percabangan)</source>
      <translation>a package with id {id} was already received with other content (a fork)</translation>
    </message>
    <message>
      <source>paket ditujukan ke '{province}', bukan hub ini ({hub})</source>
      <translation>the package is addressed to '{province}', not this hub ({hub})</translation>
    </message>
    <message>
      <source>paket ditujukan ke provinsi '{province}', bukan provinsi ini ({province_2})</source>
      <translation>the package is addressed to province '{province}', not this province ({province_2})</translation>
    </message>
    <message>
      <source>paket nomor {sequence} datang sebelum nomor {expected}: impor paket-paket {office} secara berurutan (paket berikutnya dari sub-instansi membawa salinan yang belum diterima)</source>
      <translation>package number {sequence} came before number {expected}: import the packages of {office} in order (the sub-office's next package carries copies of those not yet received)</translation>
    </message>
    <message>
      <source>paket nomor {sequence} tidak menyambung ke paket nomor {last_sequence} yang diterima (percabangan)</source>
      <translation>package number {sequence} does not follow package number {last_sequence} as received (a fork)</translation>
    </message>
    <message>
      <source>paket nomor {sequence} yang ditahan tidak ada lagi di {folder}; impor ulang berkasnya</source>
      <translation>held package number {sequence} is no longer in {folder}; import its file again</translation>
    </message>
    <message>
      <source>paket terenkripsi harus berisi payload.age saja</source>
      <translation>an encrypted package must hold payload.age only</translation>
    </message>
    <message>
      <source>paket tidak memuat records.jsonl</source>
      <translation>the package holds no records.jsonl</translation>
    </message>
    <message>
      <source>payload.age tidak dapat dibuka dengan kunci provinsi ini (dienkripsi untuk provinsi lain, atau rusak)</source>
      <translation>payload.age cannot be opened with this province's key (encrypted for another province, or damaged)</translation>
    </message>
    <message>
      <source>penerima age '{value}' tidak sah</source>
      <translation>age recipient '{value}' is not valid</translation>
    </message>
    <message>
      <source>penerima age di dalam berkas kunci tidak ditandatangani kunci ini</source>
      <translation>the age recipient in the key file is not signed by this key</translation>
    </message>
    <message>
      <source>provinsi</source>
      <translation>province</translation>
    </message>
    <message>
      <source>provinsi belum dipercaya: jalankan dahulu 'kinerja sync trust BERKAS'</source>
      <translation>the province is not trusted yet: run 'kinerja sync trust FILE' first</translation>
    </message>
    <message>
      <source>records.jsonl baris {number}: bukan rekaman yang sah (kind, uuid, version, owner, data)</source>
      <translation>records.jsonl line {number}: not a valid record (kind, uuid, version, owner, data)</translation>
    </message>
    <message>
      <source>records.jsonl baris {number}: rekaman tidak berurutan (jenis menurut tabel, lalu uuid menaik)</source>
      <translation>records.jsonl line {number}: records out of order (kinds in table order, then uuids ascending)</translation>
    </message>
    <message>
      <source>records.jsonl baris {number}: terlalu panjang</source>
      <translation>records.jsonl line {number}: too long</translation>
    </message>
    <message>
      <source>records.jsonl baris {number}: tidak dalam bentuk baku (JSON ringkas, kunci terurut), seperti yang ditulis Kinerja Desktop</source>
      <translation>records.jsonl line {number}: not in the exact form Kinerja Desktop writes (compact JSON, sorted keys)</translation>
    </message>
    <message>
      <source>records.jsonl baris {number}: {exc}</source>
      <translation>records.jsonl line {number}: {exc}</translation>
    </message>
    <message>
      <source>records.jsonl berukuran {actual:,} bita, manifest menyatakan {declared:,}</source>
      <translation>records.jsonl is {actual:,} bytes, the manifest declares {declared:,}</translation>
    </message>
    <message>
      <source>records.jsonl memuat lebih dari {max_records:,} rekaman</source>
      <translation>records.jsonl holds more than {max_records:,} records</translation>
    </message>
    <message>
      <source>records.jsonl terpotong (baris terakhir tidak lengkap)</source>
      <translation>records.jsonl is cut short (its last line is incomplete)</translation>
    </message>
    <message>
      <source>rekaman tidak dalam urutan jenis paket ({kind} setelah {before})</source>
      <translation>records not in the package's order of kinds ({kind} after {before})</translation>
    </message>
    <message>
      <source>rekaman yang sama muncul dua kali di dalam paket</source>
      <translation>the same record occurs twice in the package</translation>
    </message>
    <message>
      <source>rekaman {kind} bentrok dengan data yang sudah ada di basis data ini ({detail}): NIP atau periode yang sama dengan uuid lain</source>
      <translation>a {kind} record clashes with data already in this database ({detail}): the same NIP or period under another uuid</translation>
    </message>
    <message>
      <source>rekaman {kind} tidak dapat ditulis ke {table}: {detail}</source>
      <translation>a {kind} record cannot be written to {table}: {detail}</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid}</source>
      <translation>{kind} record {uuid}</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid} dihapus oleh pengirim ({table}), tetapi masih dipakai data lain di basis data ini</source>
      <translation>{kind} record {uuid} was deleted by its sender ({table}), but other data in this database still uses it</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid} milik instansi '{owner}', bukan pengirim paket ({office})</source>
      <translation>record {kind} {uuid} belongs to office '{owner}', not to the package's sender ({office})</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid}, daftar {part}, medan {field}</source>
      <translation>{kind} record {uuid}, list {part}, field {field}</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid}, medan {field}</source>
      <translation>{kind} record {uuid}, field {field}</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid}: isinya harus objek JSON</source>
      <translation>{kind} record {uuid}: its content must be a JSON object</translation>
    </message>
    <message>
      <source>rekaman {kind} {uuid}: {field} menunjuk rekaman {target} milik instansi '{other}'</source>
      <translation>record {kind} {uuid}: {field} points at record {target} of office '{other}'</translation>
    </message>
    <message>
      <source>rekaman {line}: keputusan bentrok tidak sah</source>
      <translation>record {line}: the conflict decision is not valid</translation>
    </message>
    <message>
      <source>rekaman {line}: koreksi untuk NIP {get} tidak dapat diterapkan (NIP tidak ada di basis data ini, atau kolomnya tidak boleh dikoreksi)</source>
      <translation>record {line}: the correction for NIP {get} cannot be applied (the NIP is not in this database, or its column may not be corrected)</translation>
    </message>
    <message>
      <source>rekaman {line}: predikat organisasi untuk unit yang tidak ada atau periode/predikat tidak sah</source>
      <translation>record {line}: an organisation predikat for a unit that does not exist, or an invalid period or predikat</translation>
    </message>
    <message>
      <source>rekaman {uuid} sudah tercatat milik instansi '{office}'</source>
      <translation>record {uuid} is already recorded as belonging to office '{office}'</translation>
    </message>
    <message>
      <source>rekaman {uuid} sudah tercatat sebagai {stored}, bukan {kind}</source>
      <translation>record {uuid} is already recorded as {stored}, not {kind}</translation>
    </message>
    <message>
      <source>sub-instansi '{office}' belum terdaftar di hub ini: daftarkan kuncinya dengan 'kinerja hub enrol KUNCI.pub --office {office} --unit UNIT'</source>
      <translation>sub-office '{office}' is not enrolled at this hub: enrol its key with 'kinerja hub enrol KEY.pub --office {office} --unit UNIT'</translation>
    </message>
    <message>
      <source>tanda tangan</source>
      <translation>signature</translation>
    </message>
    <message>
      <source>tanda tangan bukan Ed25519 minisign berjenis ED (prehashed)</source>
      <translation>the signature is not a minisign Ed25519 signature of kind ED (prehashed)</translation>
    </message>
    <message>
      <source>tanda tangan ditolak: {exc}</source>
      <translation>signature refused: {exc}</translation>
    </message>
    <message>
      <source>tanda tangan komentar</source>
      <translation>comment signature</translation>
    </message>
    <message>
      <source>tanda tangan komentar tepercaya panjangnya salah</source>
      <translation>the trusted comment's signature has the wrong length</translation>
    </message>
    <message>
      <source>tanda tangan tidak cocok: isinya diubah atau bukan dari kunci ini</source>
      <translation>the signature does not match: the content was changed or it is not from this key</translation>
    </message>
    <message>
      <source>tanda terima ini untuk paket yang tidak pernah dikirim dari basis data ini</source>
      <translation>this receipt is for a package that was never sent from this database</translation>
    </message>
    <message>
      <source>terlalu banyak anggota (paling banyak {max_members:,})</source>
      <translation>too many members (at most {max_members:,})</translation>
    </message>
    <message>
      <source>terlalu panjang</source>
      <translation>too long</translation>
    </message>
    <message>
      <source>terlalu panjang ({len_data:,} bita; paling banyak {max_bytes:,})</source>
      <translation>too long ({len_data:,} bytes; at most {max_bytes:,})</translation>
    </message>
    <message>
      <source>ukuran anggota '{name}' tidak sesuai manifest</source>
      <translation>the size of member '{name}' does not match the manifest</translation>
    </message>
    <message>
      <source>ukuran berkas bukti tidak sama dengan yang dinyatakan manifest</source>
      <translation>the size of the evidence files differs from what the manifest declares</translation>
    </message>
    <message>
      <source>urutan anggota tidak sesuai format: sesudah tanda tangan hanya payload.age, atau records.jsonl lalu evidence/ berurutan, atau tidak ada</source>
      <translation>members out of the documented order: after the signature only payload.age, or records.jsonl followed by evidence/ in sorted order, or nothing</translation>
    </message>
    <message>
      <source>versi format {format} tidak dikenal (program ini membaca versi {format_2}); perbarui Kinerja Desktop</source>
      <translation>unknown format version {format} (this program reads version {format_2}); update Kinerja Desktop</translation>
    </message>
    <message>
      <source>{count} kuesioner sekaligus terlalu banyak; cetak per unit (paling banyak {most}).</source>
      <translation>{count} questionnaires at once is too many; print unit by unit (at most {most}).</translation>
    </message>
    <message>
      <source>{field} '{value}' berakhir 000 (nomor urut tidak pernah 000): tanda NIP pernah tersimpan sebagai angka dan dibulatkan; {numeric_nip_fix}.</source>
      <translation>{field} '{value}' ends in 000 (a serial number is never 000): a sign that the NIP was stored as a number and rounded; {numeric_nip_fix}.</translation>
    </message>
    <message>
      <source>{field} '{value}' tertulis sebagai angka ilmiah, digitnya sudah hilang: {numeric_nip_fix}.</source>
      <translation>{field} '{value}' is written in scientific notation, its digits are lost: {numeric_nip_fix}.</translation>
    </message>
    <message>
      <source>{field} tersimpan sebagai angka ({cell!r}), sehingga digit terakhirnya sudah hilang: {numeric_nip_fix}.</source>
      <translation>{field} is stored as a number ({cell!r}), so its last digits are lost: {numeric_nip_fix}.</translation>
    </message>
    <message>
      <source>{message} Tanda terima: {files}</source>
      <translation>{message} Receipt: {files}</translation>
    </message>
    <message>
      <source>{nama} belum punya SKP tahun {year}: susun SKP-nya dahulu.</source>
      <translation>{nama} has no SKP for {year}: draw it up first.</translation>
    </message>
    <message>
      <source>{nama} belum punya atasan langsung (pejabat penilai): isi NIP ATASAN di daftar pegawai dahulu.</source>
      <translation>{nama} has no direct superior (penilai) yet: fill in NIP ATASAN in the roster first.</translation>
    </message>
    <message>
      <source>{nama} belum punya evaluasi final tahun {year}: rencana pengembangan disusun dari hasil yang sudah final.</source>
      <translation>{nama} has no final evaluation for {year}: a development plan is drawn up from a final result.</translation>
    </message>
    <message>
      <source>{nama} sudah berada di wilayah {to}. Pindah unit di dalam satu wilayah dicatat di halaman Pegawai. Bila irisan sebuah pindah belum ditulis (program terhenti), tulis lagi dengan 'kinerja hub slice --office KODE' untuk tiap sub-instansi yang terlibat.</source>
      <translation>{nama} is already in {to}. A move within one office is recorded on the Staff page. If a move's slices were not written (the program stopped), write them again with 'kinerja hub slice --office CODE' for each sub-office concerned.</translation>
    </message>
    <message>
      <source>{nama} sudah tercatat {status} mulai {start}.</source>
      <translation>{nama} is already recorded as {status} from {start}.</translation>
    </message>
    <message>
      <source>{path}, baris {line}</source>
      <translation>{path}, row {line}</translation>
    </message>
    <message>
      <source>{path}, baris {line}, kolom nip: {exc}</source>
      <translation>{path}, row {line}, column nip: {exc}</translation>
    </message>
    <message>
      <source>{path}, baris {line}: tidak ada yang dikoreksi; isi salah satu kolom {choices}.</source>
      <translation>{path}, row {line}: nothing to correct; fill in one of the columns {choices}.</translation>
    </message>
    <message>
      <source>{said} Pindah: {nama} (NIP {nip}) dari {source} ke {target} mulai {on}.</source>
      <translation>{said} Move: {nama} (NIP {nip}) from {source} to {target} from {on}.</translation>
    </message>
    <message>
      <source>{said} {dropped} rekaman yang bukan lagi milik instansi ini dilepas (tetap tersimpan di hub).</source>
      <translation>{said} {dropped} records no longer this office's were let go (the hub still keeps them).</translation>
    </message>
    <message>
      <source>{said} {kept} rekaman yang diubah di sini dan belum diterima hub tetap seperti di sini; paket berikutnya membawanya ke hub.</source>
      <translation>{said} {kept} records changed here and not yet received by the hub stay as they are here; the next package takes them to the hub.</translation>
    </message>
    <message>
      <source>{source}: kolom wajib tidak ada: {choices}. Baris pertama harus berisi judul kolom, misalnya {choices_2}.</source>
      <translation>{source}: required columns missing: {choices}. The first row must hold the column names, for example {choices_2}.</translation>
    </message>
    <message>
      <source>{source}: kolom {missing} tidak ada. Baris pertama harus memuat kolom {wanted} (dan boleh {comment}).</source>
      <translation>{source}: column {missing} is missing. The first row must hold the columns {wanted} (and may hold {comment}).</translation>
    </message>
    <message>
      <source>{source}: kolom {missing} tidak ada. Baris pertama harus memuat kolom {wanted}.</source>
      <translation>{source}: column {missing} is missing. The first row must hold the columns {wanted}.</translation>
    </message>
    <message>
      <source>{source}: kolom {value} muncul dua kali (kolom {value_2} dan {value_3}); hapus salah satunya.</source>
      <translation>{source}: column {value} occurs twice (columns {value_2} and {value_3}); delete one of them.</translation>
    </message>
    <message>
      <source>{source}: pelatihan tertulis lebih dari sekali: {names}.</source>
      <translation>{source}: trainings written more than once: {names}.</translation>
    </message>
    <message>
      <source>{source}: tidak ada baris data di bawah baris judul.</source>
      <translation>{source}: there are no data rows below the header row.</translation>
    </message>
    <message>
      <source>{source}: tidak ada baris jawaban di bawah baris judul.</source>
      <translation>{source}: there are no answer rows under the header row.</translation>
    </message>
    <message>
      <source>{source}: {count} baris bermasalah, tidak ada data yang disimpan. Perbaiki baris di bawah ini lalu impor ulang, atau gunakan --skip-invalid untuk mengimpor baris yang benar saja.{hint}</source>
      <translation>{source}: {count} rows have problems, nothing was saved. Fix the rows below and import again, or use --skip-invalid to import only the good rows.{hint}</translation>
    </message>
    <message>
      <source>{source}: {count} isian bermasalah, tidak ada jawaban yang disimpan. Perbaiki lalu impor ulang.</source>
      <translation>{source}: {count} entries have problems; no answer was saved. Correct them and import again.</translation>
    </message>
    <message>
      <source>{source}: {count} isian bermasalah, tidak ada yang disimpan. Perbaiki lalu impor ulang.</source>
      <translation>{source}: {count} entries have problems; nothing was saved. Correct them and import again.</translation>
    </message>
    <message>
      <source>{value} di luar {low} sampai {high}</source>
      <translation>{value} is outside {low} to {high}</translation>
    </message>
    <message>
      <source>{what} #{key} tidak ditemukan.</source>
      <translation>{what} #{key} not found.</translation>
    </message>
    <message>
      <source>{what} bukan base64 kanonik</source>
      <translation>{what} is not canonical base64</translation>
    </message>
    <message>
      <source>{what} bukan base64 yang sah</source>
      <translation>{what} is not valid base64</translation>
    </message>
    <message>
      <source>{what} terlalu panjang ({size:,} bita; paling banyak {limit:,})</source>
      <translation>{what} is too long ({size:,} bytes; at most {limit:,})</translation>
    </message>
    <message>
      <source>{what} terlalu panjang: {length} karakter, paling banyak {most}. Persingkat teksnya.</source>
      <translation>{what} is too long: {length} characters, at most {most}. Shorten it.</translation>
    </message>
    <message>
      <source>{where} harus daftar objek</source>
      <translation>{where} must be a list of objects</translation>
    </message>
    <message>
      <source>{where} harus uuid rekaman</source>
      <translation>{where} must be a record's uuid</translation>
    </message>
    <message>
      <source>{where} menunjuk {kind} {target} yang tidak ada di basis data ini</source>
      <translation>{where} names {kind} {target}, which is not in this database</translation>
    </message>
    <message>
      <source>{where} tidak boleh kosong</source>
      <translation>{where} may not be empty</translation>
    </message>
    <message>
      <source>{where} tidak sah</source>
      <translation>{where} is not valid</translation>
    </message>
    <message>
      <source>{where} tidak sah atau ganda</source>
      <translation>{where} is not valid or appears twice</translation>
    </message>
    <message>
      <source>{where}, kolom periode: {exc}</source>
      <translation>{where}, column periode: {exc}</translation>
    </message>
    <message>
      <source>{where}, kolom predikat: '{get}' bukan predikat organisasi; pilih {choices}.</source>
      <translation>{where}, column predikat: '{get}' is not an organisation predikat; choose {choices}.</translation>
    </message>
    <message>
      <source>{where}, kolom tahun: '{get}' bukan tahun, mis. 2026.</source>
      <translation>{where}, column tahun: '{get}' is not a year, e.g. 2026.</translation>
    </message>
    <message>
      <source>{where}, kolom unit: unit '{get}' tidak dikenal di data {office}.</source>
      <translation>{where}, column unit: unit '{get}' is unknown in the data of {office}.</translation>
    </message>
    <message>
      <source>{where}: medan tak dikenal '{field}'</source>
      <translation>{where}: unknown field '{field}'</translation>
    </message>
  </context>
</TS>