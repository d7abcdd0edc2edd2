"""`python -m pharmalens` runs the command line."""
from pharmalens.interfaces.cli import main

if __name__ == "__main__":
    main()
