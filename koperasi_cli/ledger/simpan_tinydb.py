"""A TinyDB storage that reads the book's files with orjson and stages writes into the
book's unit of work, so that master data is written atomically with the journal."""

from __future__ import annotations

from tinydb.storages import Storage


class PenyimpananBertahap(Storage):
    def __init__(self, buku, rel: str):
        self._buku = buku
        self._rel = rel

    def read(self):
        return self._buku._baca_json(self._rel)

    def write(self, data) -> None:
        self._buku.tandai(self._rel, data)

    def close(self) -> None:
        pass
