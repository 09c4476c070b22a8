"""Kill -9 under load: no acknowledged turn may be lost.

Starts `veileder serve` with a temporary database, runs many concurrent conversations against it (new
conversations, option choices and free text over keep-alive connections), and kills the server with SIGKILL at a
random moment. It then checks the database file, as the restarted server will find it, against what the clients
were told:

- every conversation whose start was answered (201) is stored;
- every stored conversation has at least as many turns as the clients saw answered (200), and at most one more
  (a turn can commit while its answer is still on the wire);

and restarts the server on the same file: it must come up, and the conversations must go on where they were.

    python3 Tests/durability/test_kill9.py --binary .build/debug/veileder [--rounds 3]
"""
import argparse
import http.client
import json
import os
import pathlib
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
TEXTS = [
    "jeg blir mobbet på skolen",
    "sønnen min vil ikke gå på skolen",
    "hva kan jeg gjøre",
    "eleven min er mye borte",
    "qwerty asdf",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(binary, database, port, log):
    process = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--database", database, "--rate-limit", "off",
         "--log-level", "warning", "--dialogs", str(ROOT / "Dialogs"), "--locales", str(ROOT / "Locales")],
        stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not come up; see its log")


class Client(threading.Thread):
    """One keep-alive connection that runs conversations until the server goes away."""

    def __init__(self, port, acknowledged, started, lock, seed):
        super().__init__(daemon=True)
        self.port, self.acknowledged, self.started, self.lock = port, acknowledged, started, lock
        self.random = random.Random(seed)
        self.error = None  # an unexpected answer, which fails the round

    def post(self, connection, path, body):
        connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")

    def run(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conversation, option = None, None
        try:
            while True:
                if conversation is None or self.random.random() < 0.15:
                    status, body = self.post(connection, "/api/v1/conversations", {"locale": "nb"})
                    if status != 201:
                        raise AssertionError(f"start answered {status}: {body}")
                    conversation = body["id"]
                    with self.lock:
                        self.started.add(conversation)
                        self.acknowledged[conversation] = 0
                else:
                    message = {"option": option} if option and self.random.random() < 0.5 else {"text": self.random.choice(TEXTS)}
                    status, body = self.post(connection, f"/api/v1/conversations/{conversation}/messages", message)
                    if status != 200:
                        raise AssertionError(f"message answered {status}: {body}")
                    with self.lock:
                        self.acknowledged[conversation] += 1
                if body.get("ended"):
                    conversation = None
                option = body["options"][0]["id"] if body.get("options") else None
        except (OSError, http.client.HTTPException, ValueError):
            return  # the server was killed
        except AssertionError as error:
            self.error = str(error)


def one_round(binary, number):
    folder = tempfile.TemporaryDirectory(prefix="veileder-kill9-")
    database = os.path.join(folder.name, "data", "v.sqlite")
    port = free_port()
    log = open(os.path.join(folder.name, "server.log"), "w+")
    server = start_server(binary, database, port, log)
    acknowledged, started, lock = {}, set(), threading.Lock()
    clients = [Client(port, acknowledged, started, lock, seed=number * 100 + index) for index in range(16)]
    for client in clients:
        client.start()
    time.sleep(random.uniform(2.0, 4.0))
    with lock:
        answered_before = sum(acknowledged.values()) + len(started)
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    for client in clients:
        client.join(timeout=15)

    stored = dict(sqlite3.connect(database).execute("SELECT id, json_extract(state, '$.turns') FROM conversation"))
    missing = [conversation for conversation in started if conversation not in stored]
    behind = [c for c, count in acknowledged.items() if c in stored and stored[c] < count]
    ahead = [c for c, count in acknowledged.items() if c in stored and stored[c] > count + 1]
    answered = sum(acknowledged.values()) + len(started)
    print(f"round {number}: {answered} answers acknowledged ({answered_before} a moment before the kill) in "
          f"{len(started)} conversations; after kill -9: {len(missing)} missing, {len(behind)} behind, {len(ahead)} ahead")

    restarted = start_server(binary, database, port, log)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        continued = 0
        for conversation in random.sample(sorted(started), min(40, len(started))):
            connection.request("POST", f"/api/v1/conversations/{conversation}/messages", json.dumps({"text": "hva kan jeg gjøre"}),
                               {"Content-Type": "application/json"})
            response = connection.getresponse()
            body = response.read()
            if response.status == 200 or (response.status == 409 and b"ended" in body):
                continued += 1
        sample = min(40, len(started))
        print(f"round {number}: restarted; {continued}/{sample} conversations went on")
    finally:
        restarted.send_signal(signal.SIGTERM)
        restarted.wait(timeout=30)
    failures = [f"a client got an unexpected answer: {client.error}" for client in clients if client.error][:3]
    if answered < 200:
        failures.append(f"too little load to mean anything ({answered} answers)")
    if missing or behind or ahead:
        failures.append(f"lost or inconsistent turns: missing {missing[:3]}, behind {behind[:3]}, ahead {ahead[:3]}")
    if continued != sample:
        failures.append(f"only {continued}/{sample} conversations went on after the restart")
    if failures:
        log.seek(0)
        print(log.read()[-2000:], file=sys.stderr)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    failures = []
    for number in range(1, options.rounds + 1):
        failures += one_round(options.binary, number)
    if failures:
        print("FAILED:\n- " + "\n- ".join(failures), file=sys.stderr)
        return 1
    print(f"kill -9 test passed: {options.rounds} rounds, no acknowledged turn lost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
