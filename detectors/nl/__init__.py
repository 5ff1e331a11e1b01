"""Dutch identifiers: the citizen service number (BSN)."""
