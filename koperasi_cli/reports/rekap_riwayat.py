"""`rekap --riwayat FILE`: the Dinas remembers, per cooperative, the anchors it has received
(`Buku.jangkar` and `Buku.jangkar_bulan`, carried by `ekspor json` and read from folders), and
lists as a rekap problem a cooperative whose books were rewritten after a month was reported, or
whose books went back to an older state. Rules: docs/aturan/rekap-riwayat.md.

The file is plain JSON:
    {"format": "koperasi-rekap-riwayat", "versi_format": 1,
     "koperasi": {KEY: {"nama": ..., "jangkar": "ID:HASH", "bulan": {"YYYY-MM": "ID:HASH"}}}}
KEY is the cooperative's NIK koperasi, else its area code (a cooperative with neither is not
remembered). It is read before the rekap and written (0600, temp file + rename) only after it."""

from __future__ import annotations

import re
from pathlib import Path

import orjson

from koperasi_cli.core.galat import PEMAKAIAN, Galat

FORMAT = "koperasi-rekap-riwayat"
VERSI = 1
_JANGKAR = re.compile(r"[Jj](\d{1,12}):([0-9a-fA-F]{64})")


def nomor(jangkar) -> int | None:
    """The entry number of an anchor "J000123:HASH", None when it is not one."""
    m = _JANGKAR.fullmatch(jangkar) if isinstance(jangkar, str) else None
    return int(m.group(1)) if m else None


def kunci(baris: dict) -> str | None:
    if baris.get("nik_koperasi"):
        return f"nik:{baris['nik_koperasi']}"
    if baris.get("kode_wilayah"):
        return f"wilayah:{baris['kode_wilayah']}"
    return None


class Riwayat:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.koperasi: dict[str, dict] = {}
        self.baru: dict[str, dict] = {}
        if not self.path.exists():
            return
        try:
            doc = orjson.loads(self.path.read_bytes())
        except OSError as e:
            raise Galat("rekap_riwayat_tak_terbaca", keluar=PEMAKAIAN, berkas=str(self.path),
                        sebab=e.strerror or type(e).__name__) from None
        except orjson.JSONDecodeError:
            raise Galat("rekap_riwayat_rusak", keluar=PEMAKAIAN, berkas=str(self.path)) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("koperasi"), dict):
            raise Galat("rekap_riwayat_rusak", keluar=PEMAKAIAN, berkas=str(self.path))
        if type(doc.get("versi_format")) is not int or doc["versi_format"] > VERSI:
            raise Galat("rekap_riwayat_rusak", keluar=PEMAKAIAN, berkas=str(self.path))
        for k, v in doc["koperasi"].items():
            bulan = v.get("bulan", {}) if isinstance(v, dict) else None
            if (not isinstance(bulan, dict) or not all(isinstance(x, str) for x in bulan.values())
                    or not isinstance(v.get("jangkar"), (str, type(None)))):
                raise Galat("rekap_riwayat_rusak", keluar=PEMAKAIAN, berkas=str(self.path))
            self.koperasi[k] = {"nama": v.get("nama"), "jangkar": v.get("jangkar"), "bulan": dict(v.get("bulan", {}))}

    def periksa(self, baris: dict, jangkar_bulan: dict[str, str]) -> list[dict]:
        """The problems of one row against what was received before; remembers the new anchors
        (kept aside until `tulis`). A month reported before keeps its first anchor, and the
        latest anchor never goes back, so a problem is listed again on every later rekap."""
        from koperasi_cli.reports.rekap.dasar import masalah

        k = kunci(baris)
        if k is None:
            return []
        lama = self.koperasi.get(k) or {"nama": None, "jangkar": None, "bulan": {}}
        baru = self.baru.setdefault(k, {"nama": lama["nama"], "jangkar": lama["jangkar"], "bulan": dict(lama["bulan"])})
        baru["nama"] = baris.get("nama") or baru["nama"]
        hasil = []
        m = lambda kode, **p: masalah(baris["sumber"], kode, baris.get("nama"), baris.get("kode_wilayah"), **p)  # noqa: E731
        for b in sorted(jangkar_bulan):
            j = jangkar_bulan[b]
            dulu = lama["bulan"].get(b)
            if dulu is None:
                if nomor(j) is not None:
                    baru["bulan"][b] = j
            elif dulu.lower() != j.lower():
                hasil.append(m("rekap_riwayat_diubah", bulan=b, dulu=dulu.split(":")[0], kini=j.split(":")[0]))
        kini = baris.get("jangkar")
        n_kini, n_dulu = nomor(kini), nomor(lama["jangkar"])
        if n_kini is not None:
            if n_dulu is not None and n_kini < n_dulu:
                hasil.append(m("rekap_riwayat_mundur", bulan=baris.get("bulan"), dulu=lama["jangkar"].split(":")[0],
                               kini=kini.split(":")[0]))
            elif nomor(baru["jangkar"]) is None or n_kini >= nomor(baru["jangkar"]):
                baru["jangkar"] = kini
        # A month reported before whose last entry is now beyond the books' end: rolled back too.
        if n_kini is not None and not any(x["kode"] == "rekap_riwayat_mundur" for x in hasil):
            for b, j in sorted(lama["bulan"].items()):
                if (nomor(j) or 0) > n_kini:
                    hasil.append(m("rekap_riwayat_mundur", bulan=b, dulu=j.split(":")[0], kini=kini.split(":")[0]))
                    break
        return hasil

    def isi(self) -> bytes:
        semua = {**self.koperasi, **self.baru}
        return orjson.dumps({"format": FORMAT, "versi_format": VERSI, "koperasi": dict(sorted(semua.items()))},
                            option=orjson.OPT_INDENT_2) + b"\n"

    def tulis(self) -> None:
        from koperasi_cli.ledger.berkas import tulis_keluaran

        tulis_keluaran(self.path, self.isi())
