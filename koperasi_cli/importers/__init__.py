"""Batch imports (CSV/XLSX): read the rows, validate every one, then post once.

`baca` reads a file into rows of raw cell values under canonical column names;
`impor` validates and posts them (one unit of work of the Book)."""
