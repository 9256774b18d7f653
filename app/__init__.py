"""Rencana's pure-Python core: the workbook, its rules, and everything made from it."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence

__version__ = "0.1.0"
APP_NAME = "Rencana"


class _Later(types.ModuleType):
    """Stands in for a module while sqlite-utils is imported; the real module is imported
    at the first use of any name the stand-in does not hold."""

    Group = object  # ``click.Group``: only an annotation of sqlite-utils' plugin hook

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # introspection (inspect, PySide's import hook): no import
            raise AttributeError(name)
        real = importlib.import_module(self.__name__)
        if real is self:  # asked while still standing in
            raise AttributeError(name)
        return getattr(real, name)


def _import_later(*names: str) -> list[str]:
    """Put stand-ins for ``names`` (not yet imported) in sys.modules; return the names.

    sqlite-utils imports click (for its command line) and dateutil's parser (for its
    date recipes) at import time, about 50 ms of every start; Rencana uses neither.
    After the import the stand-ins leave sys.modules, so ``import click`` gets the real
    module, and sqlite-utils' own uses still work (through ``__getattr__``).
    """
    missing = [name for name in names if name not in sys.modules]
    for name in missing:
        sys.modules[name] = _Later(name)
    return missing



class _HidingLoader(importlib.abc.Loader):
    """Runs sqlite-utils' own loader while hiding numpy, click and dateutil from it.

    sqlite-utils 4 imports numpy at import time (``sqlite_utils/db.py``: "If numpy
    is available, add more types") only to map numpy scalar types to column
    types, which Rencana never stores; numpy is installed for matplotlib and costs
    about 0.25 s, a whole start-up budget, on every window and CLI start. numpy
    stays importable afterwards (matplotlib imports it when a chart is drawn).
    """

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        hide = "numpy" not in sys.modules
        if hide:
            sys.modules["numpy"] = None  # type: ignore[assignment]  # makes its import fail
        later = _import_later("click", "dateutil.parser")
        try:
            self.loader.exec_module(module)
        finally:
            if hide:
                del sys.modules["numpy"]
            for name in later:
                del sys.modules[name]


class _LazySqliteUtils(importlib.abc.MetaPathFinder):
    """Imports sqlite-utils through _HidingLoader, and only when something first
    imports it: the welcome screen and ``--version`` never need it
    (about 50-90 ms of their start)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "sqlite_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _HidingLoader(spec.loader)
        return spec


if "sqlite_utils" not in sys.modules and not any(
        isinstance(f, _LazySqliteUtils) for f in sys.meta_path):
    sys.meta_path.insert(0, _LazySqliteUtils())
