"""``python -m gateway`` = the ``dlp-gateway`` command."""

from gateway.cli import main

raise SystemExit(main())
