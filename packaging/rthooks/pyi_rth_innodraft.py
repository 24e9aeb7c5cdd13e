"""Runtime hook of the frozen app (runs before ``launcher.py``).

* A windowed Windows program has no ``sys.stdout``/``sys.stderr``; give it
  null streams so a stray ``print`` or a warning can never crash the GUI.
* ``INNODRAFT_DENY_NETWORK=1`` makes the process stop with exit status 97 at
  the first attempt to resolve a host name or to connect or send over an IP
  socket. The build's smoke test runs every command this way, and IT can do
  the same to see for themselves that the app stays offline.
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


_null_streams()
_deny_network()
