"""Partner-to-partner relay latency of Mend's live sessions, and memory per open socket.

Starts nothing itself: point it at one or two running `mend` instances (two must share one
PostgreSQL database and one MEND_SECRET_KEY). It signs up `--sessions` couples, starts and
accepts a repair session for each, opens two WebSockets per session (partner A on the first
instance, partner B on the last), then has every partner A pause and resume repeatedly and
measures the time from submitting the action to partner B's socket receiving the event.

    python3 Benchmarks/relay/relay_bench.py --instance http://127.0.0.1:8080 --sessions 500 --rounds 6 --pid PID

Only loopback addresses are accepted.
"""
import argparse
import asyncio
import json
import resource
import statistics
import time
import urllib.parse
import uuid

import websockets


class HTTPPool:
    """A few keep-alive HTTP/1.1 connections per instance; enough for a load test on loopback."""

    def __init__(self, base, size=24):
        parsed = urllib.parse.urlparse(base)
        assert parsed.hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"
        self.host, self.port, self.size = parsed.hostname, parsed.port, size
        self.idle = asyncio.Queue()
        self.opened = 0

    async def _connection(self):
        if self.idle.empty() and self.opened < self.size:
            self.opened += 1
            return await asyncio.open_connection(self.host, self.port)
        return await self.idle.get()

    async def call(self, method, path, body=None, token=None):
        reader, writer = await self._connection()
        payload = json.dumps(body).encode() if body is not None else b""
        headers = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Content-Type: application/json",
                   f"Content-Length: {len(payload)}"]
        if token:
            headers.append(f"Authorization: Bearer {token}")
        writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + payload)
        await writer.drain()
        status_line = await reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        data = await reader.readexactly(length) if length else b""
        self.idle.put_nowait((reader, writer))
        return status, (json.loads(data) if data else {})


async def make_couple(pool_a, pool_b, index, run):
    tokens = []
    for who, pool in (("a", pool_a), ("b", pool_b)):
        email = f"bench-{run}-{index}-{who}@example.com"
        status, _ = await pool.call("POST", "/api/v1/accounts", {"email": email, "password": "benchmark password", "displayName": who})
        assert status == 201, status
        status, body = await pool.call("POST", "/api/v1/login", {"email": email, "password": "benchmark password"})
        tokens.append(body["token"])
    _, couple = await pool_a.call("POST", "/api/v1/couple", token=tokens[0])
    await pool_b.call("POST", "/api/v1/couple/join", {"inviteCode": couple["inviteCode"]}, token=tokens[1])
    _, session = await pool_a.call("POST", "/api/v1/sessions", {"topic": "benchmark"}, token=tokens[0])
    await pool_b.call("POST", f"/api/v1/sessions/{session['id']}/actions", {"type": "accept"}, token=tokens[1])
    return session["id"], tokens


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
    return 0


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--instance", action="append", required=True, help="base URL; give twice for two instances")
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--pid", type=int, action="append", default=[], help="server PIDs to measure memory of")
    parser.add_argument("--spread", type=float, action="append", default=[],
                        help="seconds over which each round's actions are spread (0: all at once); repeatable")
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))

    first, last = args.instance[0], args.instance[-1]
    pool_a, pool_b = HTTPPool(first), HTTPPool(last) if last != first else None
    pool_b = pool_b or pool_a
    run = uuid.uuid4().hex[:6]
    started = time.monotonic()
    couples = []
    for batch in range(0, args.sessions, 50):
        couples += await asyncio.gather(*(make_couple(pool_a, pool_b, i, run) for i in range(batch, min(batch + 50, args.sessions))))
    print(f"set up {len(couples)} sessions in {time.monotonic() - started:.1f} s")

    before = {pid: rss_kib(pid) for pid in args.pid}
    ws_a = first.replace("http://", "ws://")
    ws_b = last.replace("http://", "ws://")
    sockets = []
    for sid, (token_a, token_b) in couples:
        a = await websockets.connect(f"{ws_a}/api/v1/sessions/{sid}/live?after=2", additional_headers={"Authorization": f"Bearer {token_a}"})
        b = await websockets.connect(f"{ws_b}/api/v1/sessions/{sid}/live?after=2", additional_headers={"Authorization": f"Bearer {token_b}"})
        for socket in (a, b):
            assert json.loads(await socket.recv())["type"] == "ready"
        sockets.append((a, b))
    await asyncio.sleep(1)
    after = {pid: rss_kib(pid) for pid in args.pid}
    for pid in args.pid:
        print(f"server {pid}: RSS {before[pid] / 1024:.1f} MiB before sockets, {after[pid] / 1024:.1f} MiB with {2 * len(sockets)} open "
              f"({(after[pid] - before[pid]) / (2 * len(sockets)):.1f} KiB per socket, across all instances' sockets)")

    latencies = []

    async def drain(socket):
        # Partner A's own socket also receives the events; keep it read so nothing backs up.
        try:
            async for _ in socket:
                pass
        except websockets.ConnectionClosed:
            pass

    drains = [asyncio.create_task(drain(a)) for a, _ in sockets]

    async def one(sid, token_a, b_socket, action, delay):
        await asyncio.sleep(delay)
        sent = time.perf_counter()
        status, _ = await pool_a.call("POST", f"/api/v1/sessions/{sid}/actions", {"type": action}, token=token_a)
        assert status == 200, status
        while True:
            message = json.loads(await b_socket.recv())
            if message["type"] == "event" and message["event"]["type"] == action:
                latencies.append((time.perf_counter() - sent) * 1000)
                return

    import random
    random.seed(7)
    state = {"paused": False}
    for spread in args.spread or [5.0]:
        latencies.clear()
        started = time.monotonic()
        for _ in range(args.rounds):
            action = "resume" if state["paused"] else "pause"
            state["paused"] = not state["paused"]
            await asyncio.gather(*(one(sid, tokens[0], b, action, random.uniform(0, spread))
                                   for (sid, tokens), (_, b) in zip(couples, sockets)))
        elapsed = time.monotonic() - started
        latencies.sort()
        p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
        load = f"spread over {spread:g} s per round (~{len(sockets) / spread:.0f} events/s offered)" if spread else "all sessions at once each round"
        print(f"{len(latencies)} relayed events in {elapsed:.1f} s, {load}")
        print(f"  relay latency (submit on A to arrival on B): p50 {p(0.50):.2f} ms, p90 {p(0.90):.2f} ms, p99 {p(0.99):.2f} ms, "
              f"max {latencies[-1]:.2f} ms, mean {statistics.mean(latencies):.2f} ms")
    for task in drains:
        task.cancel()
    for a, b in sockets:
        await a.close()
        await b.close()


if __name__ == "__main__":
    asyncio.run(main())
