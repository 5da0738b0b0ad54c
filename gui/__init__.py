"""The PySide6 face: case library, step runner, annotator, witness view."""
