"""eventwire: news reports in, sourced and geocoded political and conflict events out."""

__version__ = "0.1.0"
