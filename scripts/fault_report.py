"""Summarise a fault run: requests and errors before, during and after the outage, recovery time, lost writes.

Reads the JSON lines written by fault_load.py and the outage window (two Unix
times: when the fault began, when the service was back). Prints figures only;
it changes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--log", type=Path, required=True)
    parser.add_argument("--down", type=float, required=True, help="Unix time the fault began")
    parser.add_argument("--up", type=float, required=True, help="Unix time the service was back")
    parser.add_argument(
        "--grace", type=float, default=1.0, help="seconds after --up still counted as the outage"
    )
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.log.read_text().splitlines() if line.strip()]
    start = min(r["t"] for r in rows)

    def ok(r) -> bool:
        return r["status"] is not None and r["status"] < 500

    def phase(r) -> str:
        if r["t"] < args.down:
            return "before"
        if r["t"] <= args.up + args.grace:
            return "during"
        return "after"

    print(
        f"fault window: t={args.down - start:.2f}s .. t={args.up - start:.2f}s "
        f"({args.up - args.down:.2f}s)"
    )
    print(f"{'phase':8} {'kind':6} {'requests':>8} {'errors':>7} {'p50 ms':>8} {'max ms':>8}")
    for ph in ("before", "during", "after"):
        for kind in ("read", "write"):
            sel = [r for r in rows if phase(r) == ph and r["kind"] == kind]
            if not sel:
                continue
            errs = [r for r in sel if not ok(r)]
            ms = sorted(r["ms"] for r in sel)
            print(
                f"{ph:8} {kind:6} {len(sel):8d} {len(errs):7d} {ms[len(ms) // 2]:8.1f} {ms[-1]:8.1f}"
            )
    errors = [r for r in rows if not ok(r)]
    if errors:
        first, last = min(r["t"] for r in errors), max(r["t"] for r in errors)
        print(
            f"errors from t={first - start:.2f}s to t={last - start:.2f}s "
            f"(last error {last - args.up:+.2f}s after the service was back)"
        )
        kinds: dict[str, int] = {}
        for r in errors:
            key = str(r["status"] or r.get("error", "?"))[:60]
            kinds[key] = kinds.get(key, 0) + 1
        print("error kinds:", ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items())))
    else:
        print("errors: none")
    after = [r for r in rows if r["t"] > args.up and ok(r)]
    if after:
        print(
            f"first success after the service was back: {min(r['t'] for r in after) - args.up:+.2f}s"
        )
    health = [r for r in rows if "health" in r]
    if health:
        for ph in ("before", "during", "after"):
            states: dict[str, int] = {}
            for r in health:
                if phase(r) == ph:
                    key = f"{r['status']} cache {r['health'].get('cache')}"
                    states[key] = states.get(key, 0) + 1
            print(f"/healthz/ {ph}: " + ", ".join(f"{k} x{v}" for k, v in sorted(states.items())))
    outside = [r for r in errors if phase(r) != "during"]
    print(f"errors outside the fault window: {len(outside)}")


if __name__ == "__main__":
    main()
