"""Status as of the date: a member who left in March was a member in February."""

from __future__ import annotations

from akuntansi_bantu import cli  # noqa: F401  (the faster fixture)
from anggota_bantu import Lib, js, neraca, ok


def test_jasa_februari_untuk_anggota_yang_keluar_maret(cli, kop):
    with Lib(kop) as k:
        k.modal()
        k.tambah("Made", 1)
        k.tambah("Ketut", 2)
        k.setor("1", "sukarela", 12_000_000, "2025-01-31")
        k.setor("2", "sukarela", 12_000_000, "2025-01-31")
    ok(cli, "anggota", "keluar", "0002", "--tanggal", "2025-03-10")
    d = js(cli, "simpanan", "jasa", "2025-02")
    # Both were members on 28 February: 12.000.000 x 3 % / 12 = 30.000 each, below the tax threshold.
    assert [(a["no"], a["jasa"]) for a in d["anggota"]] == [("0001", 30_000), ("0002", 30_000)]
    tb = neraca(cli)
    # 0002's savings were moved to the payable to leaving members (2112) in March: the interest
    # goes there too, not back into a savings account of a member who has left.
    assert tb["5201"] == 60_000 and tb["2102"] == -12_030_000
    lap = js(cli, "laporan", "simpanan", "--per", "2025-02-28")
    status = {a["no"]: (a["status"], a["sukarela"], a["utang_keluar"]) for a in lap["anggota"]}
    # The interest is dated 28 February: 0001's in savings, 0002's already owed to them (2112).
    assert status == {"0001": ("aktif", 12_030_000, 0), "0002": ("aktif", 12_000_000, 30_000)}
    assert lap["cocok"]
    lap = js(cli, "laporan", "simpanan", "--per", "2025-03-31")
    assert {a["no"]: a["status"] for a in lap["anggota"]}["0002"] == "keluar"
    ok(cli, "periksa")
