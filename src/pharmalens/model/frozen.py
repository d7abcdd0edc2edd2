"""Frozen dataclasses that are quick to make.

A frozen dataclass's generated __init__ sets each field through object.__setattr__, the way round its
own __setattr__ that refuses changes: one Python-level call per field, about three times what a
plain dataclass's __init__ costs. An article's extraction makes some 350 of the small frozen values
(sentences, cues, hits, mentions, evidence), so `frozen` gives such a class an __init__ that writes its
fields into the instance's __dict__ directly. Everything else is the dataclass's own: equality,
hashing, repr, the refusal of later changes, replace() and pickling."""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def frozen(cls: type[T] | None = None, /, **options: Any) -> Any:
    """@dataclass(frozen=True, **options), with the quick __init__. Refuses what that __init__ does not
    do (__post_init__, default factories, init=False or keyword-only fields, slots), so a class that
    needs them says so at import."""
    def wrap(klass: type[T]) -> type[T]:
        made = dataclasses.dataclass(frozen=True, **options)(klass)
        made.__init__ = _quick_init(made)  # type: ignore[misc]
        return made
    return wrap if cls is None else wrap(cls)


def _quick_init(cls: type) -> Any:
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: frozen() makes no __post_init__ call and needs an instance __dict__")
    arguments, lines, defaults = [], [], {}
    for field in dataclasses.fields(cls):
        if not field.init or field.kw_only or field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__qualname__}.{field.name}: frozen() takes positional fields with plain defaults only")
        if field.default is dataclasses.MISSING:
            arguments.append(field.name)
        else:
            defaults[f"_default_{field.name}"] = field.default
            arguments.append(f"{field.name}=_default_{field.name}")
        lines.append(f"    fields[{field.name!r}] = {field.name}")
    source = f"def __init__(self, {', '.join(arguments)}):\n    fields = self.__dict__\n" + "\n".join(lines or ["    pass"])
    namespace: dict[str, Any] = {}
    exec(source, defaults, namespace)  # noqa: S102 - the source is made above from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init
