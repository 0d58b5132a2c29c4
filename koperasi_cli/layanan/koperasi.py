"""Registering a cooperative (`koperasi init`) and the summary `koperasi info` shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson

from koperasi_cli.core.galat import Galat, GalatBanyak
from koperasi_cli.core.profil import IDENTITAS, IDENTITAS_WAJIB, validasi_profil
from koperasi_cli.core.wilayah import provinsi_cocok, provinsi_dari_kode
from koperasi_cli.ledger import berkas
from koperasi_cli.ledger.buku import KEPALA, NAMA_PROFIL, Buku, kepala_kosong, zona_sah
from koperasi_cli.layanan import pajak

_KET_IDENTITAS = {
    "nama": "nama resmi, mis. Koperasi Desa Merah Putih Tegal Harum",
    "nik_koperasi": "Nomor Induk Koperasi (angka; kosongkan bila belum ada)",
    "badan_hukum": "nomor SK badan hukum (AHU)",
    "tanggal_badan_hukum": "tanggal SK badan hukum",
    "npwp": "NPWP koperasi",
    "nib": "Nomor Induk Berusaha",
    "alamat": "alamat kantor",
    "desa": "desa/kelurahan",
    "kecamatan": "kecamatan",
    "kabupaten": "kabupaten/kota",
    "provinsi": "provinsi",
    "kode_wilayah": "kode wilayah Kemendagri PP.KK.CC.DDDD",
    "zona_waktu": "zona waktu tanggal transaksi (diisi dari provinsi bila kosong)",
    "mulai": "hari pertama pembukuan",
    "ketua": "nama ketua (blok tanda tangan)",
    "bendahara": "nama bendahara (blok tanda tangan)",
}


def _skalar(v) -> str:
    """A YAML scalar: dates bare, text always double-quoted (so codes stay text)."""
    import json

    if v is None or v == "":
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def _baris_unit(unit: list[str] | None) -> list[str]:
    """The `unit_usaha:` lines: the programme units named (kantor, simpan-pinjam and sembako when
    none are), each with its kind and, for goods, rentals and services, its accounts."""
    from koperasi_cli.core.unit import pilih_program

    hasil = []
    for u in pilih_program(unit if unit else ["sembako"]):
        teks = f"  - {{kode: {u['kode']}, nama: {_skalar(u['nama'])}"
        if u["kode"] not in ("kantor", "simpan-pinjam", "sembako"):
            from koperasi_cli.core.unit import PROGRAM

            teks += f", jenis: {u['jenis']}"
            akun = PROGRAM[u["kode"]].get("akun")
            if akun:
                teks += ", akun: {" + ", ".join(f'{k}: "{v}"' for k, v in akun.items()) + "}"
        hasil.append(teks + "}")
    return hasil


def teks_profil(identitas: dict, pokok: int = 100_000, wajib: int = 20_000, unit: list[str] | None = None) -> str:
    """A commented, human-editable koperasi.yaml with the docs/aturan.md defaults."""
    from koperasi_cli.data import bagan_akun_awal_teks

    baris = [
        "# Profil dan pengaturan koperasi untuk `koperasi` (buku besar berpasangan).",
        "# Boleh diubah dengan editor teks; `koperasi periksa` memeriksa isinya.",
        "# Jumlah uang ditulis rupiah bulat tanpa titik (100000), persen sebagai angka (1.5).",
        "format: 1",
        "",
        "profil:",
    ]
    for k in IDENTITAS:
        baris.append(f"  {k}: {_skalar(identitas.get(k))}".rstrip() + f"  # {_KET_IDENTITAS[k]}")
    baris += [
        "",
        "# Unit usaha: setiap jurnal ditandai dengan unitnya, sehingga tiap unit punya PHU sendiri.",
        "# jenis: kantor, simpan-pinjam, barang, sewa atau jasa; akun: akun unit barang/sewa/jasa.",
        "unit_usaha:",
        *_baris_unit(unit),
        "",
        "pengaturan:",
        "  pembulatan: setengah-ke-atas   # ke rupiah terdekat; setengah dibulatkan ke atas",
        "  kas:",
        '    akun: "1101"                  # akun kas bawaan untuk `kas masuk|keluar`',
        '    akun_selisih_kurang: "6115"   # `kas cek --catat-selisih` bila kas kurang',
        '    akun_selisih_lebih: "4403"    # ... bila kas lebih',
        "  simpanan:",
        f"    pokok: {pokok:<22d}# simpanan pokok, sekali saat masuk (AD/ART)",
        f"    wajib: {wajib:<22d}# simpanan wajib per bulan",
        "    kelas_pokok_wajib: ekuitas    # penyajian pokok/wajib di neraca: ekuitas atau kewajiban (SAK EP); akunnya tetap 3101/3102",
        "    bunga_sukarela_tahunan: 3     # jasa simpanan sukarela, persen per tahun",
        "    dasar_jasa: terendah          # saldo terendah atau rata-rata (saldo harian) sebulan",
        "    jasa_otomatis: false          # hitung jasa saat tutup buku bulanan",
        "    batas_pajak_jasa: 240000      # PP 15/2009: bebas pajak sampai Rp 240.000 sebulan",
        "    tarif_pajak_jasa: 10          # persen dari seluruh jasa bila di atas batas",
        "  shu:",
        "    alokasi:                      # pembagian SHU menurut AD/ART, persen (jumlahnya harus 100)",
        "      cadangan: 30",
        "      jasa_modal: 20              # dibagi menurut simpanan pokok + wajib anggota",
        "      jasa_usaha: 25              # dibagi menurut transaksi anggota (belanja, jasa pinjaman, sewa dan jasa)",
        "      dana_pengurus: 5",
        "      dana_karyawan: 5",
        "      dana_pendidikan: 5",
        "      dana_sosial: 5",
        "      dana_pembangunan_desa: 5    # sebagian KDKMP memberi desa 20 %",
        "    pisah_non_anggota: false      # true: SHU dari non-anggota ke cadangan dulu",
        "    transaksi_jasa_usaha: [belanja, jasa_pinjaman, sewa_jasa]",
        "  sembako:",
        "    het_lpg: 18000                # HET LPG 3 kg bawaan untuk barang LPG baru (Bali: Pergub 63/2022)",
        '    akun_selisih: "6113"          # selisih opname persediaan (rugi atau laba)',
        '    akun_kedaluwarsa: "6113"      # pemusnahan batch kedaluwarsa (rugi)',
        "  utang_bank:                     # pinjaman bank Himbara (PMK 49/2025), docs/aturan/utang-bank.md",
        "    bunga_tahunan: 6              # persen per tahun",
        "    plafon: 3000000000            # plafon seluruh pencairan",
        "    hari_jatuh_tempo: 12          # tanggal angsuran tiap bulan (Sabtu/Minggu: hari kerja berikutnya)",
        "    tenggang: 0                   # bulan masa tenggang (hanya bunga) bila --tenggang tidak disebut",
        "  pajak:                          # PPh final atas peredaran bruto (PP 55/2022), docs/aturan/pajak.md",
        "    final: true                   # false: koperasi tidak memakai PPh final",
        "    tarif_bp: 50                  # basis poin dari peredaran bruto (50 = 0,5 %)",
        "    tahun_mulai:                  # tahun pertama; kosong: tahun badan hukum (atau tahun mulai buku)",
        "    tahun_maks: 4                 # paling lama 4 tahun pajak",
        "    batas_peredaran: 4800000000   # peredaran bruto setahun paling tinggi",
        "    akun_dikecualikan: []         # akun 41xx-43xx yang tidak dihitung sebagai peredaran bruto",
        "  pinjaman:",
        "    produk_bawaan: umum           # produk untuk `pinjaman cair` tanpa --produk",
        "    produk:                       # produk pinjaman unit simpan pinjam",
        "      - kode: umum",
        "        nama: Pinjaman Umum",
        "        bunga: 1.5                # jasa, persen per bulan",
        "        metode: flat              # flat, efektif (menurun) atau anuitas",
        "        tenor_maks: 24            # bulan",
        "        jumlah_maks: 10000000     # rupiah",
        "        biaya_admin: 1            # provisi, persen dari pokok, dipotong saat pencairan",
        "        kelipatan: 1              # angsuran dibulatkan ke atas ke kelipatan ini (mis. 100); selisihnya jadi jasa",
        "        denda: {dasar: tidak, tarif: 0, tenggang: 0}  # dasar tidak|harian|bulanan; tarif persen dari angsuran tertunggak",
        "        jasa_pelunasan: bulan-berjalan  # jasa saat pelunasan dipercepat: tanpa, bulan-berjalan atau sisa",
        "        boleh_ubah: [bunga, metode, biaya_admin, kelipatan]  # opsi `cair` yang boleh menimpa produk",
        "    kolektibilitas:               # batas hari tunggakan; lebih dari batas diragukan = macet",
        "      lancar: 90",
        "      kurang_lancar: 180",
        "      diragukan: 270",
        "    ppap:                         # penyisihan kerugian pinjaman, persen dari sisa pokok",
        "      lancar: 0.5",
        "      kurang_lancar: 10",
        "      diragukan: 50",
        "      macet: 100",
        "    npl_sehat: 5                  # NPL paling tinggi (persen) yang masih sehat",
        '    akun_pemulihan: "4402"        # pendapatan dari pembayaran pinjaman yang sudah dihapus buku',
        "    pengakuan_jasa: akrual        # akrual (SAK EP: jasa jatuh tempo diakui akhir bulan, 1112) atau kas",
        "    bayar_di_muka: pokok          # bayar di muka jadwal: pokok (mengurangi pokok) atau titipan (2113)",
        "",
        "# Bagan akun: kode empat angka; golongan 1 aset, 2 kewajiban, 3 ekuitas,",
        "# 4 pendapatan, 5 beban pokok, 6 beban operasional. Tambahkan akun sendiri di sini.",
    ]
    bagan = bagan_akun_awal_teks()
    mulai = bagan.index("akun:")
    baris.append(bagan[mulai:].rstrip())
    return "\n".join(baris) + "\n"


def baca_dari_berkas(path: Path) -> dict:
    """Identity fields from a YAML file: either a `profil:` section or plain keys."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        raise Galat("berkas_tidak_ada", berkas=str(path)) from None
    except yaml.YAMLError as e:
        tanda = getattr(e, "problem_mark", None)
        raise Galat("yaml_rusak", berkas=str(path), baris=(tanda.line + 1) if tanda else "?") from None
    if isinstance(data, dict) and isinstance(data.get("profil"), dict):
        data = data["profil"]
    if not isinstance(data, dict):
        raise Galat("yaml_bukan_profil", berkas=str(path))
    return {k: v for k, v in data.items() if k in IDENTITAS}


def kurang_wajib(identitas: dict) -> list[str]:
    return [k for k in IDENTITAS_WAJIB if identitas.get(k) in (None, "")]


def koperasi_induk(akar: Path) -> Path | None:
    """The nearest folder above `akar` that holds a cooperative (koperasi.yaml), or None: one
    cooperative's books are never created inside another's."""
    p = akar.resolve()
    for atas in p.parents:
        try:
            if (atas / NAMA_PROFIL).is_file():
                return atas
        except OSError:
            continue
    return None


def daftarkan_koperasi(akar: Path, identitas: dict, pokok: int = 100_000, wajib: int = 20_000,
                       unit: list[str] | None = None) -> None:
    """Create koperasi.yaml and the data folder; refuses an existing cooperative."""
    from koperasi_cli.data import wilayah_denpasar

    import yaml

    if (akar / NAMA_PROFIL).exists():
        raise Galat("koperasi_sudah_ada", folder=str(akar))
    teks = teks_profil(identitas, pokok, wajib, unit)
    profil, galat = validasi_profil(yaml.safe_load(teks), wilayah_denpasar(), zona_sah)
    prov, kode = identitas.get("provinsi"), identitas.get("kode_wilayah")
    if prov and kode and not provinsi_cocok(str(prov), str(kode)):
        # Only when a cooperative is registered: a book made before this check stays readable.
        galat.append(Galat("provinsi_tidak_cocok", kunci="profil.provinsi", nilai=str(prov),
                           kode_wilayah=str(kode), provinsi=provinsi_dari_kode(str(kode))))
    if galat:
        raise GalatBanyak("profil_tidak_sah", galat)
    if not profil.identitas.get("zona_waktu") == identitas.get("zona_waktu"):
        identitas = {**identitas, "zona_waktu": profil.identitas["zona_waktu"]}
        teks = teks_profil(identitas, pokok, wajib, unit)
    induk = koperasi_induk(akar)
    if induk is not None:
        raise Galat("init_di_dalam_koperasi", folder=str(akar), induk=str(induk))
    try:
        if akar.is_dir() and any(akar.iterdir()):
            pass  # an existing folder with files in it keeps the permissions its owner gave it
        else:
            berkas.buat_folder(akar)
    except OSError as e:
        raise Galat("folder_tak_tertulis", folder=str(akar), sebab=type(e).__name__) from None
    from koperasi_cli.ledger.kunci import kunci_folder

    kunci = kunci_folder(akar)
    try:
        berkas.pulihkan(akar)  # an init killed half-way: finish it or clear it first
        if (akar / NAMA_PROFIL).exists():
            raise Galat("koperasi_sudah_ada", folder=str(akar))
        berkas.buat_folder(akar / "data" / "jurnal")
        berkas.tulis_atomik(akar, {NAMA_PROFIL: teks.encode("utf-8"), KEPALA: orjson.dumps(kepala_kosong())})
    finally:
        kunci.release()


def ringkasan(buku: Buku) -> dict:
    """What `koperasi info` shows."""
    p = buku.profil
    saldo = buku.saldo_akun()
    neto = {a: d - k for a, (d, k) in saldo.items()}
    kas = sum(n for a, n in neto.items() if "1101" <= a <= "1109")
    aset = sum(n for a, n in neto.items() if a[0] == "1")
    pendapatan = -sum(n for a, n in neto.items() if a[0] == "4")
    beban = sum(n for a, n in neto.items() if a[0] in "56")
    terakhir = None
    if buku.jumlah_entri:
        r = buku.cari_entri(f"J{buku.jumlah_entri}")
        terakhir = {"id": r["id"], "tanggal": r["tanggal"], "ket": r["ket"]}
    anggota = buku.tabel("anggota").all() if buku.ada("data/anggota.json") else []
    return {
        "nama": p.nama,
        "desa": p.identitas.get("desa"),
        "kecamatan": p.identitas.get("kecamatan"),
        "kabupaten": p.identitas.get("kabupaten"),
        "kode_wilayah": p.identitas.get("kode_wilayah"),
        "nik_koperasi": p.identitas.get("nik_koperasi"),
        "zona_waktu": p.zona_waktu,
        "mulai": p.mulai.isoformat(),
        "unit_usaha": list(p.unit),
        "anggota": {
            "jumlah": len(anggota),
            "aktif": sum(1 for a in anggota if a.get("status") == "aktif"),
        },
        "jumlah_entri": buku.jumlah_entri,
        "entri_terakhir": terakhir,
        "jangkar": buku.jangkar(),
        "bulan_tutup": sorted(buku.bulan_tutup),
        "saldo": {"kas_dan_bank": kas, "total_aset": aset, "shu_berjalan": pendapatan - beban},
        "pajak_terlambat": _pajak_terlambat(buku),
    }


def _pajak_terlambat(buku: Buku) -> list[dict]:
    """Months whose final tax is computed but unpaid after its deadline (layanan.pajak)."""
    return pajak.pengingat(buku)
