"""Rencana's benchmarks: ``uv run python -m bench [--quick]`` measures every goal of issue 7."""
