"""`python -m pharmalens` runs the command line."""
from pharmalens.interfaces.cli import main

main()
