"""The seed essay and the default issue taxonomy, installed as the package `compare.seeds`.

This folder is the one source: setup.py maps it into the wheel, and `corpus init` (Corpus.init)
reads it from there, so a pip user gets the same seeds as a clone of the repository.
"""
