"""``python -m sorabrief``."""

from sorabrief.cli import main

main()
