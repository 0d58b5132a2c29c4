"""Reading `ekspor json` files: the document without its journal, its row and its problems."""

from __future__ import annotations

import os
import re
from pathlib import Path

import orjson

from koperasi_cli.core.tanggal import Bulan
from koperasi_cli.reports.baris_koperasi import FORMAT_EKSPOR, IDENTITAS_BARIS, JUMLAH, KUNCI_BARIS
from koperasi_cli.reports.rekap.dasar import hasil_baris, masalah

# Where the journal starts in an export as `ekspor json` writes it (one line; earlier versions
# indented it). A JSON string cannot hold a raw quote or newline, so these bytes are structure.
_PENANDA_JURNAL = (b',"jurnal":[', b'\n  "jurnal": ')


# A UTF-8 byte order mark: some editors put one at the start of a file they save. JSON has no
# use for it (orjson refuses it); the reader skips it, as DuckDB does.
BOM = b"\xef\xbb\xbf"


def _tanpa_bom(teks: bytes) -> bytes:
    return teks[3:] if teks.startswith(BOM) else teks


def baca_dokumen(path: Path) -> dict:
    """An `ekspor json` document without its journal: the journal (last, most of a big export) is
    neither parsed nor kept; the file's end is checked so a cut-off file is still found damaged.
    A file laid out otherwise is parsed whole."""
    with open(path, "rb") as f:
        awal = bytearray()
        blok = _tanpa_bom(f.read(1 << 20))
        while True:
            if not blok:
                return orjson.loads(bytes(awal))
            mulai_cari = max(0, len(awal) - 16)
            awal += blok
            ketemu = [i for i in (awal.find(p, mulai_cari) for p in _PENANDA_JURNAL) if i >= 0]
            if ketemu:
                break
            blok = f.read(1 << 20)
        kepala = bytes(awal[:min(ketemu)]).rstrip().rstrip(b",")
        del awal
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - 64))
        ekor = f.read().rstrip()
        if not ekor.endswith(b"}") or not ekor[:-1].rstrip().endswith(b"]"):
            raise orjson.JSONDecodeError("terpotong", "", 0)
        try:
            return orjson.loads(kepala + b"}")
        except orjson.JSONDecodeError:  # "jurnal" was not the top-level key after all
            f.seek(0)
            return orjson.loads(_tanpa_bom(f.read()))


# Where the statements start, with the balance sheet first, as `ekspor json` writes them: by the
# sections' ids (format 3) or, before, their titles.
_PENANDA_LAPORAN = ((b',"laporan":{"posisi_keuangan":', "posisi_keuangan"),
                    (b',"laporan":{"Posisi Keuangan":', "Posisi Keuangan"))
_BLOK_AWAL = 1 << 16
# How a whole export ends: its last statement (the trial balance, whose last key is "total_kredit")
# and itself, or the last journal entry's lines, the entry, the journal and itself. Neither ending
# occurs anywhere else in an export, so a file cut short never ends so.
_UJUNG = re.compile(rb'(?:"total_kredit":-?\d+\}\}\}|\}\]\}\]\})\Z')


def _tolak_konstanta(nama: str):
    raise ValueError(nama)


def baca_ringkas(path: Path) -> dict:
    """What the rekap reads of an export: every top-level key before the statements (the "rekap"
    block among them) and the balance sheet, the first statement, whose totals are checked against
    the block. The rest of the statements (nine tenths of an export without its journal) and the
    journal are neither parsed nor kept. A file that does not end as a whole export ends (`_UJUNG`:
    cut off, or laid out otherwise), an export without the block (format 1), or one whose marker is
    not where `ekspor json` puts it (within the first `_BLOK_AWAL` bytes, the balance sheet too) is
    read by `baca_dokumen` instead, which parses it and finds it damaged if it is."""
    import codecs
    import json

    with open(path, "rb") as f:
        awal = f.read(_BLOK_AWAL)
        if awal.startswith(BOM):
            awal = awal[3:] + f.read(3)  # the block counts from the document's first byte
        for penanda, kunci in _PENANDA_LAPORAN:
            i = awal.find(penanda)
            if i >= 0:
                break
        else:
            return baca_dokumen(path)
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - 64))
        ekor = f.read().rstrip()
    if not _UJUNG.search(ekor):  # not how a whole export ends: cut off, or another layout
        return baca_dokumen(path)
    try:
        doc = orjson.loads(awal[:i] + b"}")
        j = i + len(penanda)
        # Strict UTF-8 (a character cut at the block's end is left for later) and no NaN, as orjson.
        teks = codecs.getincrementaldecoder("utf-8")().decode(awal[j:], final=False)
        neraca, _ = json.JSONDecoder(parse_constant=_tolak_konstanta).raw_decode(teks)
    except (orjson.JSONDecodeError, ValueError):  # not the top level, or the sheet runs past the block
        return baca_dokumen(path)
    doc = susun_ringkas(doc, kunci, neraca)
    return baca_dokumen(path) if doc is None else doc


def susun_ringkas(doc, kunci: str, neraca) -> dict | None:
    """The document the rekap reads, from the keys before the statements (parsed) and the balance
    sheet under its key; None when they are not what `ekspor json` writes there (no "rekap" block,
    "laporan" among the keys before, an empty sheet): the whole file must be read."""
    if not isinstance(doc, dict) or not isinstance(doc.get("rekap"), dict) or "laporan" in doc:
        return None
    if not neraca:  # an empty sheet: the reader would look for the other key, further on
        return None
    doc["laporan"] = {kunci: neraca}
    return doc


def _dari_laporan(doc: dict) -> dict:
    """The row of an export made before the "rekap" block existed (format 1), from its statements."""
    idt = doc.get("identitas") or {}
    periode = doc["periode"]
    akhir = periode["akhir"]
    bulan = akhir[:7]
    lap = doc.get("laporan") or {}
    # sections by their ids (exports of format 3) or, before, by their titles
    neraca = lap.get("posisi_keuangan") or lap["Posisi Keuangan"]
    saldo = {x["kode"]: x["saldo"] for g in ("aset", "kewajiban", "ekuitas") for x in neraca.get(g, [])}
    phu = lap.get("phu") or lap.get("PHU") or {}
    kes = lap.get("kesehatan") or lap.get("Kesehatan") or {}
    ang = lap.get("keanggotaan") or lap.get("Keanggotaan")
    if ang and "laki_laki" in ang:
        ang = {**ang, "L": ang["laki_laki"], "P": ang["perempuan"]}
    bulanan = periode["awal"][:7] == bulan
    catatan = ["ekspor_lama"]
    if not bulanan:
        catatan.append("tahunan_lama")
    if bulanan:
        shu = (phu.get("sd_periode") or {}).get("shu")
    else:
        shu = phu.get("shu") if periode["awal"][5:] == "01-01" and akhir[5:] == "12-31" else None
    npl = next((r.get("nilai_bp") for r in kes.get("rasio", []) if r.get("kode") == "npl"), None)
    if npl is None:
        catatan.append("npl")
    jual = phu.get("penjualan") if bulanan else None
    baris = {
        "bulan": bulan, **{k: idt.get(k) for k in IDENTITAS_BARIS}, "mulai": idt.get("mulai"),
        "anggota_l": ang["L"]["akhir"] if ang else None, "anggota_p": ang["P"]["akhir"] if ang else None,
        "anggota": ang["jumlah"]["akhir"] if ang else None, "anggota_masuk": ang["jumlah"]["masuk"] if ang else None,
        "anggota_keluar": ang["jumlah"]["keluar"] if ang else None, "karyawan": None,
        "simpanan_pokok": saldo.get("3101", 0), "simpanan_wajib": saldo.get("3102", 0),
        "simpanan_sukarela": saldo.get("2102", 0), "pinjaman_beredar": saldo.get("1110", 0),
        "penjualan_anggota": jual["anggota"] if jual else None, "penjualan_non_anggota": jual["non_anggota"] if jual else None,
        "shu_sd_bulan": shu, "total_aset": neraca["total_aset"], "total_ekuitas": neraca["total_ekuitas"],
        "entri_bulan": None, "npl_bp": npl, "kesehatan": kes.get("predikat"), "skor_kesehatan": kes.get("skor"),
        "entri_terakhir": doc.get("entri_terakhir"), "bulan_tutup": bulan in (doc.get("bulan_tutup") or []),
        "periksa": None, "periksa_temuan": None, "periksa_rincian": [], "catatan": catatan,
    }
    return baris


def _jenis_sah(baris: dict) -> str | None:
    """The first key whose value has the wrong type, if any."""
    for k in JUMLAH + ("npl_bp", "skor_kesehatan", "periksa_temuan"):
        v = baris.get(k)
        if v is not None and type(v) is not int:
            return k
    for k in ("bulan", *IDENTITAS_BARIS, "mulai", "kesehatan", "entri_terakhir"):
        v = baris.get(k)
        if v is not None and not isinstance(v, str):
            return k
    for k in ("bulan_tutup", "periksa"):
        v = baris.get(k)
        if v is not None and not isinstance(v, bool):
            return k
    if not isinstance(baris.get("bulan"), str):
        return "bulan"
    if not isinstance(baris.get("nama"), str):
        return "nama"
    if not isinstance(baris.get("catatan") or [], list) or not isinstance(baris.get("periksa_rincian") or [], list):
        return "catatan"
    return None


def baris_dari_dokumen(doc, bulan: Bulan, sumber: str) -> dict:
    """{'baris', 'masalah'} for one export document. Format 2 and later carry the row as made
    by `baris_rekap` (the "rekap" block); format 1 is read from its statements. A document that
    says it needs a newer reader (`versi_format_minimal`) is refused with the reason."""
    gagal = lambda kode, **p: {"baris": None, "masalah": [masalah(sumber, kode, **p)]}  # noqa: E731
    if not isinstance(doc, dict) or doc.get("format") != "koperasi-ekspor":
        return gagal("rekap_bukan_ekspor")
    versi = doc.get("versi_format")
    minimal = doc.get("versi_format_minimal", versi)
    if type(versi) is not int or type(minimal) is not int:
        return gagal("rekap_ekspor_rusak", sebab="versi_format")
    if minimal > FORMAT_EKSPOR:
        return gagal("rekap_ekspor_lebih_baru", versi=versi, minimal=minimal, bisa=FORMAT_EKSPOR)
    blok = doc.get("rekap")
    try:
        if isinstance(blok, dict):
            baris = {k: blok.get(k) for k in KUNCI_BARIS}
            baris["catatan"] = baris["catatan"] or []
            baris["periksa_rincian"] = baris["periksa_rincian"] or []
        elif versi < 2:
            baris = _dari_laporan(doc)
        else:
            return gagal("rekap_ekspor_kurang", kunci='"rekap"')
    except (KeyError, TypeError, AttributeError, IndexError) as e:
        return gagal("rekap_ekspor_kurang", kunci=str(e) or type(e).__name__)
    salah = _jenis_sah(baris)
    if salah:
        return gagal("rekap_ekspor_rusak", sebab=salah)
    if baris["bulan"] != str(bulan):
        return {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_bulan_lain", baris.get("nama"), baris.get("kode_wilayah"),
                                                   bulan=str(bulan), bulan_ekspor=baris["bulan"])]}
    # The block must agree with the statements beside it (an export edited by hand does not).
    lap = doc.get("laporan")
    lap = lap if isinstance(lap, dict) else {}  # "laporan": 5 stopped the rekap
    neraca = lap.get("posisi_keuangan") or lap.get("Posisi Keuangan")  # format 3 ids, format 2 titles
    if isinstance(neraca, dict) and neraca.get("per") == bulan.akhir.isoformat() and baris.get("total_aset") is not None:
        for k in ("total_aset", "total_ekuitas"):
            if neraca.get(k) != baris.get(k):
                return {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_tidak_cocok", baris.get("nama"),
                                                           baris.get("kode_wilayah"), kunci=k)]}
    hasil = hasil_baris(baris, sumber, "ekspor", doc.get("dibuat") if isinstance(doc.get("dibuat"), str) else None)
    jb = doc.get("jangkar_bulan")
    if isinstance(jb, dict):
        hasil["jangkar_bulan"] = {k: v for k, v in jb.items() if isinstance(k, str) and isinstance(v, str)}
    if isinstance(doc.get("jangkar"), str) and not baris.get("jangkar"):
        hasil["baris"]["jangkar"] = doc["jangkar"]
    return hasil


def baca_ekspor(path: Path, bulan: Bulan, sumber: str | None = None):
    """The results of one export file: a `.json` document, or `.jsonl` with one document a line."""
    sumber = sumber or str(path)
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            with open(path, "rb") as f:
                for i, teks in enumerate(f, 1):
                    if i == 1:
                        teks = _tanpa_bom(teks)
                    if not teks.strip():
                        continue
                    s = f"{sumber}:{i}"
                    try:
                        doc = orjson.loads(teks)
                    except orjson.JSONDecodeError:
                        yield {"baris": None, "masalah": [masalah(s, "rekap_ekspor_rusak", sebab="JSON")]}
                        continue
                    yield baris_dari_dokumen(doc, bulan, s)
            return
        try:
            doc = baca_ringkas(path)
        except orjson.JSONDecodeError:
            yield {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_rusak", sebab="JSON")]}
            return
        yield baris_dari_dokumen(doc, bulan, sumber)
    except OSError as e:
        yield {"baris": None, "masalah": [masalah(sumber, "rekap_ekspor_rusak", sebab=e.strerror or type(e).__name__)]}


