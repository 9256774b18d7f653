"""The Budget page's parts: roll-up table models."""
