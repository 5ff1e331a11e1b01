"""``python -m gateway.scanpool FD``: run a scanner template as a new interpreter (see template.py)."""

from gateway.scanpool.template import main

main()
