"""The grocery outlet (gerai sembako) and LPG 3 kg: items, purchases, sales, stock, the LPG log.

Where things live:
- items (master data): TinyDB table `barang` of data/barang.json, one document per item with
  its price and HET histories and a log of every change (old and new values);
- stock: the journal itself. Every inventory posting (1130 sembako, 1131 LPG) carries
  `barang=<code>` and `qty` (+ in, - out), so `buku.saldo_tag("barang")` gives each item's
  quantity and value from the per-month totals, without reading history; data/stok.json
  caches each item's position after everything posted (with the entry number it includes),
  so that a sale needs neither history nor the per-month totals;
- member receivables: postings on 1120 tagged `anggota=<no>` (saldo_tag("anggota"));
- supplier payables: the supplier is named in the entry's `data`; data/pemasok.json holds the
  suppliers (table `pemasok`) and one row per payable movement (table `utang`), a cache that
  `periksa` rebuilds from the journal. A movement whose entry was reversed (`jurnal batal`)
  no longer counts: the head lists every reversed entry;
- the LPG buyers' log: data/lpg/YYYY-MM.json (table `lpg`), one row per LPG line with the buyer's
  NIK and category. The NIK stays out of the journal (which can never be edited) and out of
  every report unless asked for.

Moving-average costing and its rounding: see core/sembako.py.

The package, by section: `jenis` (entry kinds), `barang` (items), `persediaan` (stock positions
and the back-dating checks), `pemasok` (suppliers), `pembelian` (purchases), `piutang` (member
receivables), `penjualan` (sales, the LPG log), `stok_opname` (stock-take), `periksa` (the check).
The listings (items, stock, stock card, LPG log, sales report, receivables, suppliers) are built
in `reports/daftar_sembako.py`.
"""

from koperasi_cli.layanan.sembako.jenis import (  # noqa: F401
    JENIS_BELI, JENIS_JUAL, JENIS_OPNAME, JENIS_BAYAR_PIUTANG, JENIS_BAYAR_PEMASOK,
)
from koperasi_cli.layanan.sembako.barang import (  # noqa: F401
    semua_barang, ambil_barang, akun_barang, cek_unit_barang, tambah_barang, ubah_barang, ringkas_barang,
)
from koperasi_cli.layanan.sembako.persediaan import (  # noqa: F401
    gerak_persediaan, posisi, posisi_terkini, posisi_pada, cek_sesudah, JENIS_RATA,
    cek_biaya_sesudah, cek_gerak_mundur,
)
from koperasi_cli.layanan.sembako.pemasok import (  # noqa: F401
    tabel_pemasok, cari_pemasok, daftarkan_pemasok, utang_pemasok, catat_utang,
)
from koperasi_cli.layanan.sembako.pembelian import (  # noqa: F401
    beli, bayar_pemasok,
)
from koperasi_cli.layanan.sembako.piutang import (  # noqa: F401
    piutang_anggota, bayar_piutang,
)
from koperasi_cli.layanan.sembako.penjualan import (  # noqa: F401
    jual, tabel_lpg,
)
from koperasi_cli.layanan.sembako.stok_opname import (  # noqa: F401
    opname,
)
from koperasi_cli.layanan.sembako.periksa import (  # noqa: F401
    amati_sembako, periksa_sembako,
)
