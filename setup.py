"""Package list for setuptools (everything else is in pyproject.toml).

seeds/ stays where it is, the one source of the seed essay and the default taxonomy; it is
installed as the package data of `compare.seeds`, which `corpus init` and Corpus.init read.
Folders of data inside the packages (compare/data) are found as namespace packages.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["corpus", "corpus.*", "compare", "compare.*"],
                                     exclude=["*.__pycache__"]) + ["compare.seeds"],
    package_dir={"compare.seeds": "seeds"},
)
