"""The Evaluation page's parts: the table models (results, quick wins) and the filter."""
