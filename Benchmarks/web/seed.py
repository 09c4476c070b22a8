"""Inserts N conversations into a Veileder database with plain SQL, copying the state of one real conversation,
so the server can be measured holding that many. Usage: seed.py DATABASE N"""
import datetime
import sqlite3
import sys

path, count = sys.argv[1], int(sys.argv[2])
connection = sqlite3.connect(path, timeout=30)
state = connection.execute("SELECT state FROM conversation LIMIT 1").fetchone()
if state is None:
    sys.exit("seed.py: start one conversation first; its state is copied")
# GRDB's date format; recent, so the rows count as active and the purge keeps them during the measurement.
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000")
with connection:
    connection.execute(
        "INSERT INTO conversation (id, locale, state, createdAt, updatedAt) "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "SELECT lower(hex(randomblob(16))), 'nb', ?, ?, ? FROM n",
        (count, state[0], now, now),
    )
total = connection.execute("SELECT count(*) FROM conversation").fetchone()[0]
print(f"seeded {count} conversations; {total} stored")
