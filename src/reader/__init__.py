"""reader: a terminal reader for Chinese news articles."""

__version__ = "0.1.0"
