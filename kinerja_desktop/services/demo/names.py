"""Indonesian names, titles and places for the demo district (invented; any likeness is chance)."""

MALE = ("Ahmad", "Budi", "Agus", "Bambang", "Dedi", "Eko", "Hendra", "Irwan", "Joko", "Kurniawan",
        "Muhammad", "Nur", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Zainal", "Arif", "Fajar",
        "Gilang", "Hadi", "Imam", "Rizky", "Sutrisno", "Taufik", "Andi", "Darmawan", "Heru", "Iwan")
FEMALE = ("Siti", "Sri", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Maya", "Nurul",
          "Putri", "Ratna", "Rina", "Sari", "Tuti", "Wulan", "Yuni", "Ani", "Dian", "Eka",
          "Hartini", "Intan", "Lina", "Mega", "Novi", "Rahmawati", "Sulastri", "Wahyuni", "Yanti", "Aisyah")
FAMILY = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Nugroho", "Setiawan", "Susanto",
          "Kusuma", "Rahman", "Hakim", "Syahputra", "Gunawan", "Hermawan", "Purnomo", "Siregar",
          "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Situmorang", "Pohan", "Daulay",
          "Rangkuti", "Hasibuan", "Pane", "Tanjung", "Ritonga", "Batubara")
GELAR_BELAKANG = {
    "pendidikan": ("S.Pd.", "S.Pd.", "S.Pd.", "S.Pd., M.Pd.", "S.Pd.I.", "S.Si."),
    "kesehatan": ("S.Kep., Ns.", "S.K.M.", "S.Farm., Apt.", "A.Md.Kes."),
    "umum": ("S.E.", "S.H.", "S.Sos.", "S.Kom.", "S.T.", "S.AP.", "A.Md.", "", "", ""),
}
LEADER_GELAR = {
    "pendidikan": ("S.Pd., M.Pd.", "M.Pd.", "S.Pd., M.Si."),
    "kesehatan": ("M.Kes.", "S.K.M., M.Kes.", "M.K.M."),
    "umum": ("S.E., M.Si.", "S.H., M.H.", "S.Sos., M.Si.", "S.T., M.T.", "S.STP., M.AP."),
}
# jabatan of health staff, with the titles that go with it: (jabatan, gelar depan, gelar belakang)
# (jabatan, gelar depan, gelar belakang, golongan the jenjang allows)
NAKES = (("Perawat Terampil", "", "A.Md.Kep.", ("II/c", "II/d", "III/a", "III/b")),
         ("Perawat Ahli Pertama", "", "S.Kep., Ns.", ("III/a", "III/b")),
         ("Bidan Terampil", "", "A.Md.Keb.", ("II/c", "II/d", "III/a", "III/b")),
         ("Dokter Ahli Pertama", "dr.", "", ("III/b",)),
         ("Sanitarian Terampil", "", "A.Md.K.L.", ("II/c", "II/d", "III/a")),
         ("Apoteker Ahli Pertama", "", "S.Farm., Apt.", ("III/a", "III/b")))
KECAMATAN = ("Sukamaju", "Cempaka", "Sidorejo", "Mekarsari", "Tanjung Harapan", "Batang Kuis",
             "Sei Rampah", "Pagar Merbau", "Bandar Baru", "Sumber Rejo", "Lubuk Pakam", "Pantai Cermin",
             "Perbaungan", "Teluk Mengkudu", "Tanjung Beringin", "Sipispis", "Dolok Masihul", "Bintang Bayu",
             "Kotarih", "Silinda", "Serba Jadi", "Tebing Syahbandar", "Air Putih", "Sei Bamban",
             "Pematang Sijonam", "Kampung Baru", "Hamparan Perak", "Labuhan Deli", "Percut", "Namorambe")
FEEDBACK_RHK = ("Capaian sesuai rencana; pertahankan.", "Realisasi melampaui target, dokumentasikan praktik baiknya.",
                "Perlu percepatan pada bulan berikutnya.", "Lengkapi bukti dukung untuk setiap kegiatan.",
                "Kualitas hasil baik; tingkatkan ketepatan waktu.")
FEEDBACK_VALUE = ("Konsisten menunjukkan perilaku yang diharapkan.", "Perlu ditingkatkan dalam keseharian.",
                  "Menjadi teladan bagi rekan kerja.", "Sudah baik, pertahankan.")
