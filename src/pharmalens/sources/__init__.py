"""Raw bytes and where they came from."""
from .files import SUPPORTED_SUFFIXES, SourceFile, expand_paths, read_source

__all__ = ["SUPPORTED_SUFFIXES", "SourceFile", "expand_paths", "read_source"]
