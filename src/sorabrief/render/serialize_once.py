"""Serialize each PDF object once while WeasyPrint writes the file.

With a file identifier, pydyf writes every object and then serializes all of them a second
time to hash them for the identifier's second part: every stream is compressed again (at
level 9) and every dictionary rebuilt, 2% of a PDF report's instructions. Passed to
``write_pdf`` as its finisher, ``serialize_once`` makes each object keep the bytes it
serialized to the first time. The file is byte for byte the same; no object changes
between the two passes, they are only read.
"""

from __future__ import annotations

from typing import Any


def serialize_once(document: Any, pdf: Any) -> None:
    """Make every object of ``pdf`` (a ``pydyf.PDF``) remember its serialized bytes, and so
    the objects ``write`` adds after this (the compressed object stream, 150 KB before
    compression on the bundled case, and the cross-reference stream)."""
    for obj in pdf.objects:
        _remember(obj)
    add_object = pdf.add_object

    def add_remembering(obj: Any) -> None:
        _remember(obj)
        add_object(obj)

    pdf.add_object = add_remembering


def _remember(obj: Any) -> None:
    if isinstance(getattr(type(obj), "data", None), property):
        obj.__class__ = _remembering(type(obj))


_REMEMBERING: dict[type, type] = {}


def _remembering(cls: type) -> type:
    """A subclass of ``cls`` whose ``data`` is computed once per object."""
    if cls in _REMEMBERING.values():
        return cls
    if cls in _REMEMBERING:
        return _REMEMBERING[cls]
    compute = cls.data.fget  # type: ignore[attr-defined]

    def data(self: Any) -> bytes:
        try:
            written: bytes = self.__dict__["_serialized"]
        except KeyError:
            written = self.__dict__["_serialized"] = compute(self)
        return written

    made = type(cls.__name__, (cls,), {"data": property(data), "__module__": cls.__module__})
    _REMEMBERING[cls] = made
    return made
