"""Word templates and the code that fills them (evidence packs, reports). No Qt."""
