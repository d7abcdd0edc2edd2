"""pharmalens: cited facts from biopharma business-development news."""

__version__ = "0.1.0"
