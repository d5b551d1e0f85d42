"""The text core: plain Python, never imports textual or rich."""
