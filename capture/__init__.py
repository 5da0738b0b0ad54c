"""Getting evidence in: the one intake path every item goes through, and (later) screen grabs."""
