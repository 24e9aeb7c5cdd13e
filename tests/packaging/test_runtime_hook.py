"""The frozen app's runtime hook: the ``blis.py`` stand-in and the network switch."""

from __future__ import annotations

import importlib.util
import runpy
import sys
from typing import Any

import numpy
import pytest

from tests.conftest import REPO

RUNTIME_HOOK = REPO / "packaging" / "rthooks" / "pyi_rth_innodraft.py"


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The hook's namespace, run with a private copy of ``sys.meta_path`` and no network switch."""
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.delenv("INNODRAFT_DENY_NETWORK", raising=False)
    return runpy.run_path(str(RUNTIME_HOOK), run_name="innodraft_rthook")


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
@pytest.mark.parametrize(("alpha", "beta"), [(1.0, 0.0), (1.0, 1.0), (0.5, 2.0)])
def test_numpy_gemm_matches_blis(hook: dict[str, Any], trans1: bool, trans2: bool, alpha: float,
                                 beta: float) -> None:
    blis_py = pytest.importorskip("blis.py")
    rng = numpy.random.default_rng(7)
    a = rng.random((3, 4) if not trans1 else (4, 3), dtype="float32")
    b = rng.random((4, 5) if not trans2 else (5, 4), dtype="float32")
    start = rng.random((3, 5), dtype="float32")
    expected = blis_py.gemm(a, b, out=start.copy(), trans1=trans1, trans2=trans2, alpha=alpha, beta=beta)
    out = start.copy()
    got = hook["numpy_gemm"](a, b, out=out, trans1=trans1, trans2=trans2, alpha=alpha, beta=beta)
    assert got is out
    numpy.testing.assert_allclose(got, expected, rtol=1e-5)
    fresh = hook["numpy_gemm"](a, b, trans1=trans1, trans2=trans2, beta=0.0)
    reference = blis_py.gemm(a, b, trans1=trans1, trans2=trans2, beta=0.0)
    numpy.testing.assert_allclose(fresh, reference, rtol=1e-5)


def test_numpy_gemm_refuses_mismatched_shapes(hook: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="Shape mismatch"):
        hook["numpy_gemm"](numpy.ones((2, 3)), numpy.ones((2, 3)))


def test_the_finder_provides_blis_py_only(hook: dict[str, Any]) -> None:
    finder = sys.meta_path[-1]  # appended last: asked only when no real blis.py exists
    assert finder.find_spec("blis.cy") is None and finder.find_spec("numpy") is None
    spec = finder.find_spec("blis.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.gemm is hook["numpy_gemm"]
