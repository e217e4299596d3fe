"""Names a package loads from their modules on first use (PEP 562), so that importing it (the
command line, to show its options) does not import the code behind them."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, modules: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: a name of ``modules`` is imported from its
    module (a name relative to ``package``, such as ``".data"``) when first asked for, then
    kept in the package; any other name is an AttributeError.

    >>> getattr_ = lazy_names("sourcecheck", {"MatchParams": ".matching.params"})
    >>> getattr_("MatchParams").__name__
    'MatchParams'
    """

    def load(name: str) -> Any:
        if name not in modules:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(modules[name], package), name)
        vars(sys.modules[package])[name] = value
        return value

    return load
