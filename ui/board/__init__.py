"""The idea board's parts: card and cluster items, scene and view, capture, filters, projector."""
