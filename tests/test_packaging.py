"""The wheel stands alone: built, installed into a fresh virtual environment, run from an empty folder.

Needs pip to reach a package index (for the build backend and the dependencies); without one the
test is skipped after one quick probe rather than failing.
"""

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ESSAY, FIXTURE

ROOT = Path(__file__).resolve().parents[1]
NETWORK_MARKERS = ("Could not find a version", "No matching distribution", "Failed to establish",
                   "Temporary failure in name resolution", "Network is unreachable", "ConnectionError")


def _pip(python: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", *args], capture_output=True,
                          text=True, timeout=timeout)


def _skip_if_offline(result: subprocess.CompletedProcess, step: str) -> None:
    if result.returncode and any(marker in result.stdout + result.stderr for marker in NETWORK_MARKERS):
        pytest.skip(f"{step}: no package index reachable")
    assert result.returncode == 0, f"{step} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A virtual environment with the project's wheel installed (not editable, no repository on the path)."""
    work = tmp_path_factory.mktemp("wheel")
    probe = _pip(Path(sys.executable), "download", "--no-deps", "--quiet", "--timeout", "10", "--retries", "0",
                 "-d", str(work / "probe"), "setuptools>=77", timeout=60)
    _skip_if_offline(probe, "probe")
    source = work / "src"  # a clean copy, so the build leaves nothing in the repository
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "*.db*", "build", "*.egg-info",
                                                                 "__pycache__", ".pytest_cache", ".ruff_cache",
                                                                 ".mypy_cache"))
    build = _pip(Path(sys.executable), "wheel", "-v", "--no-deps", "-w", str(work / "dist"), str(source))
    _skip_if_offline(build, "wheel build")
    # -v shows the build backend's output: setuptools' deprecation and configuration warnings are
    # "...Warning:" lines (distutils' "warning: byte-compiling is disabled" notes are not warnings about us).
    warnings = [line for line in (build.stdout + build.stderr).splitlines() if "Warning" in line]
    assert not warnings, warnings
    environment = work / "env"
    # (no pip of its own: this pip installs into it, which spares seeding one; and no byte-compiling of the
    # dependencies, which the run compiles as it needs them: the two took half of this test's minute)
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    wheel = next((work / "dist").glob("corpus_compare-*.whl"))
    _skip_if_offline(_pip(Path(sys.executable), "--python", str(python), "install", "--quiet", "--no-compile",
                          str(wheel)), "install")
    return environment


def test_the_api_session_runs_from_an_installed_wheel(installed, tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(FIXTURE / "revised.txt", folder / "later.txt")
    session = ROOT / "examples" / "api_session.py"
    result = subprocess.run([str(installed / "bin" / "python"), "-I", str(session)], cwd=folder, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{ESSAY}@2 added"
    assert any(" reversed " in line for line in lines)  # the essay revision reverses a position
    assert lines[-1].startswith("1 documents,") and lines[-1].endswith("characters of HTML")
    assert " 0 position" not in lines[-1] and " 0 timeline" not in lines[-1]


def test_corpus_init_from_any_folder(installed, tmp_path):
    corpus = installed / "bin" / "corpus"
    result = subprocess.run([str(corpus), "--db", "x.db", "init"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{ESSAY}@1 added"
    assert "issues: " in result.stdout and "added" in result.stdout.splitlines()[-1]
