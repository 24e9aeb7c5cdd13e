"""Runtime hook of the frozen app (runs before ``launcher.py``).

* A windowed Windows program has no ``sys.stdout``/``sys.stderr``; give it
  null streams so a stray ``print`` or a warning can never crash the GUI.
* ``INNODRAFT_DENY_NETWORK=1`` makes the process stop with exit status 97 at
  the first attempt to resolve a host name or to connect or send over an IP
  socket. The build's smoke test runs every command this way, and IT can do
  the same to see for themselves that the app stays offline.
* ``blis.py`` is left out of the bundle (17 MiB: the whole BLIS library a
  second time, next to ``blis.cy``). thinc only needs it to exist, and calls
  its ``gemm`` for neural-network layers, which the rule pipelines do not
  have. A finder at the end of ``sys.meta_path`` (asked only when no real
  ``blis.py`` is found) provides ``blis.py`` with :func:`numpy_gemm`, the same
  operation done by numpy.
"""


def _null_streams():
    import os
    import sys

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _deny_network():
    import os
    import socket
    import sys

    if os.environ.get("INNODRAFT_DENY_NETWORK") != "1":
        return
    lookups = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
               "socket.gethostbyaddr", "socket.getnameinfo"}
    traffic = {"socket.connect", "socket.sendto", "socket.sendmsg"}
    ip_families = {socket.AF_INET, socket.AF_INET6}

    def hook(event, args):
        if event in lookups or (event in traffic and getattr(args[0], "family", None) in ip_families):
            sys.stderr.write(f"innodraft: network use denied: {event} {args[1:]!r}\n")
            sys.stderr.flush()
            os._exit(97)

    sys.addaudithook(hook)


def numpy_gemm(A, B, out=None, trans1=False, trans2=False, alpha=1.0, beta=1.0):
    """``blis.py.gemm`` with numpy: ``alpha * op(A) @ op(B) + beta * out``, written into ``out``."""
    import numpy

    a = A.T if trans1 else A
    b = B.T if trans2 else B
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"Shape mismatch for blis.gemm: {a.shape}, {b.shape}")
    product = numpy.matmul(a, b)
    if alpha != 1.0:
        product *= alpha
    if out is None:
        return product
    if beta == 0.0:
        out[...] = product
    else:
        out *= beta
        out += product
    return out


def _blis_py_fallback():
    import importlib.abc
    import importlib.machinery
    import sys

    class Loader(importlib.abc.Loader):
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.gemm = numpy_gemm

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname != "blis.py":
                return None
            return importlib.machinery.ModuleSpec(fullname, Loader(), origin="innodraft runtime hook")

    sys.meta_path.append(Finder())


_null_streams()
_deny_network()
_blis_py_fallback()
