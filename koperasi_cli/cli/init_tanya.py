"""`koperasi init` on a terminal: ask for the required fields that were not given as options.

Each answer is checked as it is typed; a wrong one gets its one-sentence reason and the same
question again, and the answers already given are kept. The area code is offered from the village
list (a village's name gives its code; a near miss gets a suggestion), and the village, district,
regency and province it implies are offered as defaults. Messages name what the user sees (the
question), never a profile key or a file.
"""

from __future__ import annotations

from datetime import date

import typer

from koperasi_cli import i18n
from koperasi_cli.core.galat import Galat

# Asked in this order; only those missing are asked.
URUTAN = ("nama", "kode_wilayah", "desa", "kecamatan", "kabupaten", "provinsi", "mulai")


def _salah(g: Galat) -> None:
    from koperasi_cli.cli.main import render_galat

    typer.echo(render_galat(g), err=True)


def hari_pertama_bawaan(isian: dict, hari_ini: date | None = None) -> date:
    """The first day of the current month in the cooperative's time zone (from its province or area code)."""
    if hari_ini is None:
        from koperasi_cli.core.wilayah import zona_waktu_untuk
        from koperasi_cli.ledger.buku import zona_sah
        from koperasi_cli.lingkungan import aktif

        zona = str(isian.get("zona_waktu") or zona_waktu_untuk(isian.get("provinsi"), isian.get("kode_wilayah")))
        # an unknown zone is refused later, with its own message; the default is only a suggestion
        hari_ini = aktif().hari_ini(zona if zona_sah(zona) else "Asia/Jakarta")
    return hari_ini.replace(day=1)


def _daftar_desa(daftar: list[dict]) -> None:
    for w in daftar:
        typer.echo(f"  {w['kode']}  {w['nama']} ({w['kecamatan']})")


def cek_jawaban(kunci: str, jawab: str, isian: dict, daftar: list[dict], hari_ini: date) -> object:
    """The value for one answer, or a Galat saying what is wrong with it (in the user's words)."""
    from koperasi_cli.core.masukan import periksa_teks
    from koperasi_cli.core.tanggal import parse_tanggal
    from koperasi_cli.core.wilayah import POLA_KODE, cari_desa, normal_nama, provinsi_cocok, provinsi_dari_kode

    jawab = jawab.strip()
    label = i18n.t(f"init_tanya_{kunci}")
    if kunci == "mulai":
        return parse_tanggal(jawab, hari_ini)
    periksa_teks(jawab, medan=label, maks=100, wajib=True)
    if kunci == "kode_wilayah":
        if POLA_KODE.match(jawab):
            return jawab
        w, saran = cari_desa(jawab, daftar)
        if w is not None:
            return w["kode"]
        if saran:
            raise Galat("init_desa_saran", nilai=jawab, saran=saran)
        raise Galat("init_kode_tidak_dikenal", nilai=jawab)
    kode = isian.get("kode_wilayah")
    desa_kode = next((w for w in daftar if w["kode"] == kode), None)
    if kunci == "desa" and desa_kode and normal_nama(jawab) != normal_nama(desa_kode["nama"]):
        raise Galat("init_desa_beda_kode", nilai=jawab, kode_wilayah=kode, desa=desa_kode["nama"])
    if kunci == "desa" and not desa_kode and str(kode or "").startswith("51.71."):
        w, saran = cari_desa(jawab, daftar)
        if w is None:
            raise Galat("init_desa_saran" if saran else "init_desa_tidak_dikenal", nilai=jawab, saran=saran or "")
    if kunci == "kecamatan" and desa_kode and normal_nama(jawab) not in (
            normal_nama(desa_kode["kecamatan"]), "kecamatan " + normal_nama(desa_kode["kecamatan"])):
        raise Galat("init_kecamatan_beda", nilai=jawab, desa=desa_kode["nama"], kecamatan=desa_kode["kecamatan"])
    if kunci == "provinsi" and not provinsi_cocok(jawab, kode):
        raise Galat("init_provinsi_beda", nilai=jawab, kode_wilayah=kode, provinsi=provinsi_dari_kode(kode))
    return jawab


def bawaan(kunci: str, isian: dict, daftar: list[dict], hari_ini: date | None) -> str | None:
    """What pressing Enter gives for a question, from the answers so far (None: no default)."""
    from koperasi_cli.core.wilayah import provinsi_dari_kode

    kode = isian.get("kode_wilayah")
    w = next((x for x in daftar if x["kode"] == kode), None)
    if kunci == "desa" and w:
        return w["nama"]
    if kunci == "kecamatan" and w:
        return w["kecamatan"]
    if kunci == "kabupaten" and str(kode or "").startswith("51.71."):
        return "Kota Denpasar"
    if kunci == "provinsi":
        return provinsi_dari_kode(kode)
    if kunci == "mulai":
        return hari_pertama_bawaan(isian, hari_ini).isoformat()
    return None


def tanya_isian(isian: dict, hari_ini: date | None = None, wajib_kode: bool = True) -> dict:
    """Ask for every required field missing from `isian` (kept as given), each checked as typed."""
    from koperasi_cli.data import wilayah_denpasar

    daftar = wilayah_denpasar()
    if hari_ini is None:
        from koperasi_cli.lingkungan import aktif

        hari_ini_cek = aktif().hari_ini()
    else:
        hari_ini_cek = hari_ini
    for kunci in URUTAN:
        if isian.get(kunci) not in (None, ""):
            if kunci == "mulai" or not isinstance(isian[kunci], str):
                continue
            try:  # an option given is kept when it is right, asked again (with the reason) when not
                isian[kunci] = cek_jawaban(kunci, isian[kunci], isian, daftar, hari_ini_cek)
                continue
            except Galat as g:
                _salah(g)
                isian[kunci] = None
        if kunci == "kode_wilayah" and not wajib_kode:
            continue
        if kunci == "kode_wilayah":
            if isian.get("desa"):  # a village given as an option offers its code
                w = next((x for x in daftar if x["nama"].lower() == str(isian["desa"]).strip().lower()), None)
                if w:
                    isian["kode_wilayah"] = w["kode"]
                    continue
            typer.echo(i18n.t("init_petunjuk_kode"), err=True)
        while True:
            jawab = typer.prompt(i18n.t(f"init_tanya_{kunci}"), default=bawaan(kunci, isian, daftar, hari_ini),
                                 show_default=True, err=True)
            if kunci == "kode_wilayah" and jawab.strip() == "?":
                _daftar_desa(daftar)
                continue
            try:
                isian[kunci] = cek_jawaban(kunci, jawab, isian, daftar, hari_ini_cek)
            except Galat as g:
                _salah(g)
                continue
            if kunci == "kode_wilayah" and isian[kunci] != jawab.strip():
                typer.echo(i18n.t("init_kode_ditemukan", kode_wilayah=isian[kunci], nilai=jawab.strip()), err=True)
            break
    return isian


def tanya_unit() -> list[str]:
    """The programme units, comma-separated, each checked (kantor and simpan-pinjam always)."""
    from koperasi_cli.core.unit import PROGRAM

    while True:
        jawab = typer.prompt(i18n.t("init_tanya_unit"), default="sembako", err=True)
        unit = [x.strip().lower() for x in jawab.split(",") if x.strip()]
        salah = [u for u in unit if u not in PROGRAM]
        if not salah:
            return unit
        _salah(Galat("init_unit_tidak_ada", nilai=salah[0], sah=", ".join(k for k in PROGRAM if k not in ("kantor", "simpan-pinjam"))))
