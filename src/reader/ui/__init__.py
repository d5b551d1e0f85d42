"""The Textual app: thin widgets over the core."""
