"""Stand-ins for modules that a library imports at its top but calls only in rare cases.

WeasyPrint imports fontTools' subsetter (its fallback when HarfBuzz's subsetter is
missing) and variable-font instancer (for variable fonts; none is bundled) when it is
imported. Loading them costs about a quarter of importing WeasyPrint. Inside
``deferred(names)``, importing one of ``names`` gives a stand-in instead: a name imported
from it (``from fontTools.varLib.instancer import instantiateVariableFont``) becomes a
function that imports the real module when it is first called, and after the block any
attribute of the stand-in (``subset.Options``) is the real module's. When the block ends the
stand-ins leave ``sys.modules`` and their parent packages, so a later ``import`` anywhere
loads the real module.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any


class _StandIn(types.ModuleType):
    """A module of ``deferred``'s names, loaded from the real one when it is used."""

    importing = True
    """While the block runs, names taken from the module are deferred functions."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if self.importing:
            return _call_later(self.__name__, name)
        return getattr(importlib.import_module(self.__name__), name)


def _call_later(module: str, name: str) -> Callable[..., Any]:
    """A function that imports ``module`` on its first call and calls its ``name``."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the deferred names and makes a stand-in for each."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = frozenset(names)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.names:
            return None
        return importlib.util.spec_from_loader(fullname, self, is_package=True)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _StandIn(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        """A stand-in runs no code."""


@contextmanager
def deferred(names: Sequence[str]) -> Iterator[None]:
    """Within the block, importing a module of ``names`` not yet loaded gives a stand-in."""
    finder = _Finder(names)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        for name in names:
            stand_in = sys.modules.get(name)
            if not isinstance(stand_in, _StandIn):
                continue
            stand_in.importing = False
            del sys.modules[name]
            parent, _, child = name.rpartition(".")
            if getattr(sys.modules.get(parent), child, None) is stand_in:
                delattr(sys.modules[parent], child)
