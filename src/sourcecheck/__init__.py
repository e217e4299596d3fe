"""sourcecheck: check the quotations, dates and figures of a text against the sources it cites."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sourcecheck")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+unknown"
