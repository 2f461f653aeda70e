"""WeasyPrint's own stylesheets: the user-agent one from a table, the others parsed when used.

When ``weasyprint.html`` is imported it parses three stylesheets: the user-agent one,
which every render uses, the one for PDF forms (``pdf_forms=True``) and the one for HTML's
presentational hints (``presentational_hints=True``). A briefing asks for neither of the
last two, yet all three were parsed at every import (about 5% of a ``report --pdf``).
Inside ``prepared_stylesheets()``, while ``weasyprint.html`` runs, a stylesheet made from a
string without at-rules (no ``@counter-style`` or ``@font-face`` it could add to what it is
given) is a ``CSS`` whose parsing waits until one of its attributes is first read, and
the user-agent stylesheet, which has at-rules, comes from the table of ``prebuilt_ua``
when that table was made from the same text and versions; otherwise it is parsed as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sorabrief.render.prebuilt_ua import prebuilt_sheet

MODULE = "weasyprint.html"


def lazy_css(css: Any) -> Any:
    """A subclass of WeasyPrint's ``CSS`` that parses its string when first read."""

    class LazyCSS(css):  # type: ignore[misc]
        """A ``CSS`` parsed when one of its attributes is first read."""

        def __init__(self, **arguments: Any) -> None:
            self._arguments = arguments

        def __getattr__(self, name: str) -> Any:
            arguments = self.__dict__.pop("_arguments", None)
            if arguments is None:
                raise AttributeError(name)
            css.__init__(self, **arguments)
            return getattr(self, name)

    LazyCSS.__name__ = LazyCSS.__qualname__ = css.__name__
    return LazyCSS


class _Loader(importlib.abc.Loader):
    """Runs ``weasyprint.html`` with ``CSS`` lazy for strings without at-rules and prebuilt
    for the table's."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        package: Any = sys.modules["weasyprint"]
        runs: Any = module
        css = package.CSS
        lazy = lazy_css(css)

        def make(*args: Any, **kwargs: Any) -> Any:
            string = kwargs.get("string")
            if args or not isinstance(string, str):
                return css(*args, **kwargs)
            if "@" not in string:
                return lazy(**kwargs)
            if kwargs.keys() == {"string", "counter_style"}:
                sheet = prebuilt_sheet(css, string, kwargs["counter_style"])
                if sheet is not None:
                    return sheet
            return css(*args, **kwargs)

        package.CSS = make
        try:
            self.loader.exec_module(module)
        finally:
            package.CSS = css
            runs.CSS = css


class _Finder(importlib.abc.MetaPathFinder):
    """Finds ``weasyprint.html`` as usual and gives it the loader above."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader)
        return spec


@contextmanager
def prepared_stylesheets() -> Iterator[None]:
    """Within the block, importing ``weasyprint.html`` leaves its at-rule-free stylesheets
    unparsed and reads its user-agent stylesheet from the table when it can."""
    finder = _Finder()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
