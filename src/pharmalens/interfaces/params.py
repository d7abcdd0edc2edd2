"""The bounded parameter types of every route: no text in a query, a path or a JSON body is longer than
its maximum and no whole number is larger, so a hostile request is a coded 422 before any work starts
(and /openapi.json states each bound as maxLength or maximum)."""
from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query
from pydantic import StringConstraints

from .queries import MAX_OFFSET

MAX_TEXT = 1000  # a name, a filter, an id or a short query; a document's source reference fits
MAX_FORM_TEXT = 64_000  # a YAML spec typed into a form of the /decide page
MAX_NOTE = 10_000  # free text that is stored, such as a correction's note
MAX_SEED = 2**32 - 1

Text = Annotated[str, Query(max_length=MAX_TEXT)]
OptionalText = Annotated[str | None, Query(max_length=MAX_TEXT)]
FormText = Annotated[str | None, Query(max_length=MAX_FORM_TEXT)]
PathText = Annotated[str, Path(max_length=MAX_TEXT)]
BodyText = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
NoteText = Annotated[str, StringConstraints(max_length=MAX_NOTE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
