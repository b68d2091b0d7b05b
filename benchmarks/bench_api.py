"""Load on the REST API over loopback: p50/p99 latency and requests/s of the main queries.

    python benchmarks/bench_ingest.py --store /tmp/gnad.duckdb        # once: 10kGNAD into a store
    python benchmarks/bench_api.py --store /tmp/gnad.duckdb [--seconds 40] [--threads 8] [--json]

Starts `lagebild serve` (read-only) on a free 127.0.0.1 port, then runs each query in turn
for an equal share of `--seconds` (at most 60 in all) from a pool of client threads, each
with its own keep-alive connection. Requests are bounded by time only and go to loopback
only. Client and server share the machine, so the figures are what one box serves to itself.
"""

from __future__ import annotations

import argparse
import json
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import httpx

MAX_SECONDS = 60
SERVE = "import typer; from lagebild.api.cli import serve_command; typer.run(serve_command)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", SERVE, "--store", str(store), "--port", str(port),
                                "--read-only"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    sys.exit("bench: the server did not start: " + (process.stderr.read().decode(errors="replace") if process.stderr else ""))


def queries(base: str) -> dict[str, Callable[[int], str]]:
    """Name → URL for the i-th request; ids are sampled from the store so requests differ."""
    with httpx.Client(base_url=base, timeout=30) as client:
        articles = [a["id"] for a in client.get("/api/articles", params={"limit": 200}).json()["items"]]
        entities = [e["corpus_id"] for e in client.get("/api/entities", params={"limit": 200}).json()["items"]]
        names = [e["name"] for e in client.get("/api/entities", params={"limit": 50}).json()["items"]]
    if not articles or not entities:
        sys.exit("bench: the store has no articles or entities")
    words = ["Regierung", "Wien", "Polizei", "Euro", "Fußball", "Minister", "Studie", "Wahl"]
    return {
        "GET /api/stats": lambda i: "/api/stats",
        "GET /api/articles (list)": lambda i: f"/api/articles?limit=50&offset={i % 10 * 50}",
        "GET /api/articles?q=": lambda i: f"/api/articles?q={words[i % len(words)]}&limit=20",
        "GET /api/articles/{id}": lambda i: f"/api/articles/{articles[i % len(articles)]}",
        "GET /api/entities?q=": lambda i: f"/api/entities?q={names[i % len(names)]}",
        "GET /api/entities/{id}": lambda i: f"/api/entities/{entities[i % len(entities)]}",
        "GET /api/events?actor=": lambda i: f"/api/events?actor={entities[i % len(entities)]}&limit=50",
        "GET /api/events (list)": lambda i: f"/api/events?limit=100&offset={i % 5 * 100}",
        "GET /api/quotes?q=": lambda i: f"/api/quotes?q={words[i % len(words)]}&limit=50",
        "GET /articles/{id} (page)": lambda i: f"/articles/{articles[i % len(articles)]}",
    }


def load(base: str, url_of: Callable[[int], str], seconds: float, threads: int) -> dict[str, float]:
    deadline = time.monotonic() + seconds

    def worker(offset: int) -> tuple[list[float], int]:
        latencies, errors, i = [], 0, offset
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < deadline:
                began = time.perf_counter()
                status = client.get(url_of(i)).status_code
                latencies.append(time.perf_counter() - began)
                errors += status != 200
                i += threads
        return latencies, errors

    began = time.monotonic()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(worker, range(threads)))
    elapsed = time.monotonic() - began
    latencies = sorted(x for lat, _ in results for x in lat)
    if not latencies:
        return {"requests": 0, "errors": 0, "rps": 0.0, "p50_ms": 0.0, "p99_ms": 0.0}
    return {
        "requests": len(latencies),
        "errors": sum(e for _, e in results),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True, help="A store (build one with bench_ingest.py --store).")
    parser.add_argument("--seconds", type=float, default=40, help=f"Total load time (at most {MAX_SECONDS}).")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.store.exists():
        sys.exit(f"bench: no store at {args.store}; build one with benchmarks/bench_ingest.py --store {args.store}")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.store, port)
    try:
        with httpx.Client(base_url=base) as client:
            counts = client.get("/api/stats").json()
        named = queries(base)
        share = min(args.seconds, MAX_SECONDS) / len(named)
        results = {name: load(base, url_of, share, args.threads) for name, url_of in named.items()}
    finally:
        server.terminate()
        server.wait(timeout=10)
    report = {"date": date.today().isoformat(), "threads": args.threads, "seconds_per_query": round(share, 1),
              "store": {k: counts[k] for k in ("articles", "entities", "events", "quotes")},
              "machine": f"{platform.machine()} python {platform.python_version()}", "queries": results}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"store: {report['store']}; {args.threads} threads, {share:.1f} s per query")
    print(f"{'query':<28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'requests':>9} {'errors':>7}")
    for name, r in results.items():
        print(f"{name:<28} {r['rps']:>8} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['requests']:>9} {r['errors']:>7}")


if __name__ == "__main__":
    main()
