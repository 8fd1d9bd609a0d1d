"""A bounded loopback load for the fault scripts: readers on GET pages, one editor writing through the admin.

Runs for --duration seconds against a running stack and writes every request
(time, kind, status or error, latency) as JSON lines to --log. Readers fetch
the given paths in turn; the writer logs into the admin and adds one Person
per iteration through the admin form, recording the names the server
acknowledged (302 after the POST), so the caller can check none was lost.
Loopback only: it refuses a base URL that is not 127.0.0.1 or localhost.
It never touches the database directly.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _opener(jar: http.cookiejar.CookieJar | None = None) -> urllib.request.OpenerDirector:
    handlers: list = [_NoRedirect()]
    if jar is not None:
        handlers.append(urllib.request.HTTPCookieProcessor(jar))
    return urllib.request.build_opener(*handlers)


def _fetch(opener, url: str, data: dict | None = None, timeout: float = 5.0):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    # main() allows only http://127.0.0.1 / localhost bases.
    req = urllib.request.Request(url, data=body, headers={"Referer": url})  # noqa: S310
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


class Recorder:
    def __init__(self, path: Path) -> None:
        self._file = path.open("w")
        self._lock = threading.Lock()

    def record(self, **row) -> None:
        with self._lock:
            self._file.write(json.dumps(row) + "\n")
            self._file.flush()

    def close(self) -> None:
        self._file.close()


def reader(base: str, paths: list[str], stop: float, rec: Recorder, pause: float) -> None:
    opener = _opener()
    i = 0
    while time.time() < stop:
        path = paths[i % len(paths)]
        i += 1
        t0 = time.time()
        try:
            status, body = _fetch(opener, base + path)
            extra = {}
            if path.startswith("/healthz") and body.startswith("{"):
                extra = {"health": json.loads(body)}
            rec.record(
                t=t0, kind="read", path=path, status=status, ms=(time.time() - t0) * 1000, **extra
            )
        except Exception as exc:  # noqa: BLE001 (every failure is a data point)
            rec.record(
                t=t0,
                kind="read",
                path=path,
                status=None,
                error=type(exc).__name__,
                ms=(time.time() - t0) * 1000,
            )
        time.sleep(pause)


def writer(
    base: str,
    user: str,
    password: str,
    stop: float,
    rec: Recorder,
    acked: list[str],
    pause: float,
    tag: str,
) -> None:
    jar = http.cookiejar.CookieJar()
    opener = _opener(jar)
    logged_in = False
    n = 0
    while time.time() < stop:
        t0 = time.time()
        try:
            if not logged_in:
                status, page = _fetch(opener, base + "/admin/login/")
                token = _TOKEN.search(page)
                if status != 200 or not token:
                    raise RuntimeError(f"login page {status}")
                status, _ = _fetch(
                    opener,
                    base + "/admin/login/",
                    {
                        "csrfmiddlewaretoken": token.group(1),
                        "username": user,
                        "password": password,
                        "next": "/admin/",
                    },
                )
                if status != 302:
                    raise RuntimeError(f"login {status}")
                logged_in = True
            status, page = _fetch(opener, base + "/admin/stories/person/add/")
            token = _TOKEN.search(page)
            if status != 200 or not token:
                raise RuntimeError(f"add form {status}")
            n += 1
            name = f"Fault {tag} writer {n}"
            status, _ = _fetch(
                opener,
                base + "/admin/stories/person/add/",
                {
                    "csrfmiddlewaretoken": token.group(1),
                    "name": name,
                    "slug": f"fault-{tag}-writer-{n}",
                    "aliases": "[]",
                },
            )
            if status == 302:
                acked.append(name)
            rec.record(t=t0, kind="write", status=status, name=name, ms=(time.time() - t0) * 1000)
        except Exception as exc:  # noqa: BLE001
            rec.record(
                t=t0,
                kind="write",
                status=None,
                error=f"{type(exc).__name__}: {exc}"[:120],
                ms=(time.time() - t0) * 1000,
            )
        time.sleep(pause)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--path", action="append", required=True, dest="paths")
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--pause", type=float, default=0.02)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--tag", default=str(int(time.time())))
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--acked", type=Path, required=True)
    args = parser.parse_args()
    parts = urllib.parse.urlsplit(args.base)
    if parts.scheme != "http" or parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
        parser.error("loopback only: --base must be http://127.0.0.1:PORT")
    rec = Recorder(args.log)
    stop = time.time() + args.duration
    acked: list[str] = []
    threads = [
        threading.Thread(target=reader, args=(args.base, args.paths, stop, rec, args.pause))
        for _ in range(args.readers)
    ]
    threads.append(
        threading.Thread(
            target=writer,
            args=(args.base, args.user, args.password, stop, rec, acked, 0.1, args.tag),
        )
    )
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rec.close()
    args.acked.write_text("\n".join(acked) + ("\n" if acked else ""))


if __name__ == "__main__":
    main()
