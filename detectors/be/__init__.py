"""Belgian identifiers: national register number, BIS number, enterprise (KBO/BCE) number."""
