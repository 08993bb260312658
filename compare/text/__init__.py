"""Text helpers shared across the engine: one tokeniser, one longest-increasing-subsequence."""
