"""Parts of the Analysis page: readiness grid, SWOT quadrants, issues and gaps."""
