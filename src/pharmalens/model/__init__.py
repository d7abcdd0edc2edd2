"""Typed records handed from stage to stage."""
