"""The Roadmap page's parts: snapshot, layout, bars, arrows, grid, scene and view."""
