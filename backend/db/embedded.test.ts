import { connect as connectTcp, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Sql } from './client';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { readyForQueryStatus } from './pglite-sessions';

let database: EmbeddedDatabase | null = null;
const clients: Sql[] = [];

async function anEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  database = await startEmbeddedDatabase('memory://');
  return database;
}

function aClient(url: string, max = 1): Sql {
  const sql = connect(url, { max });
  clients.push(sql);
  return sql;
}

/** A bare wire-protocol client, to send a batch in pieces the way a slow network would deliver it. */
async function aRawClient(url: string) {
  const { port } = new URL(url);
  const socket: Socket = connectTcp({ host: '127.0.0.1', port: Number(port) });
  let received = Buffer.alloc(0);
  socket.on('data', (d) => {
    received = Buffer.concat([received, d]);
  });
  const message = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    const head = Buffer.alloc(5);
    head.write(type, 0);
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
  };
  const text = (s: string) => Buffer.from(`${s}\0`);
  const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((r) => setTimeout(r, 5));
  };
  const sawReady = () => received.includes(Buffer.from([0x5a, 0, 0, 0, 5]));
  const startup = Buffer.concat([
    Buffer.from([0, 3, 0, 0]),
    text('user'),
    text('postgres'),
    text('database'),
    text('postgres'),
    Buffer.from([0]),
  ]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(startup.length + 4);
  socket.write(Buffer.concat([length, startup]));
  await until(sawReady);
  received = Buffer.alloc(0);
  return {
    send: (...messages: Buffer[]) => socket.write(Buffer.concat(messages)),
    parseAndBind: (query: string) => [
      message('P', text(''), text(query), int16(0)),
      message('B', text(''), text(''), int16(0), int16(0), int16(0)),
    ],
    executeAndSync: () => [message('E', text(''), Buffer.alloc(4)), message('S')],
    query: (query: string) => message('Q', text(query)),
    answered: sawReady,
    until,
    received: () => received.toString('latin1'),
    close: () => socket.destroy(),
  };
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((sql) => sql.end({ timeout: 1 })));
  await database?.stop();
  database = null;
});

describe('the embedded database with several clients', () => {
  it('serves a second client while the first keeps its connection open', async () => {
    const { url } = await anEmbeddedDatabase();
    const first = aClient(url);
    const second = aClient(url);
    await first`SELECT 1`;
    expect(await second`SELECT 2 AS n`).toEqual([{ n: 2 }]);
  });

  it("never runs one client's statement with another's parameters, however their queries interleave", async () => {
    const { url } = await anEmbeddedDatabase();
    const pools = [aClient(url, 4), aClient(url, 4), aClient(url, 4)];
    // Large parameters (like a hand-in's snapshot) arrive in several TCP chunks, between which other
    // clients' messages come in.
    const big = (i: number) => `${i}:`.padEnd(100_000 + i, 'x');
    const asked = Array.from({ length: 60 }, (_, i) => i);
    const answers = await Promise.all(
      asked.map((i) => pools[i % 3]!`SELECT ${i}::int AS n, length(${big(i)}::text) AS len, left(${big(i)}::text, 4) AS head`),
    );
    expect(answers.map(([row]) => row)).toEqual(asked.map((i) => ({ n: i, len: 100_000 + i, head: `${i}:`.padEnd(4, 'x') })));
  });

  it("lets no other client in between the Parse and the Sync of one client's batch", async () => {
    const { url } = await anEmbeddedDatabase();
    const a = await aRawClient(url);
    const b = await aRawClient(url);
    a.send(...a.parseAndBind("SELECT 'from a' AS who"));
    await new Promise((r) => setTimeout(r, 50));
    b.send(b.query("SELECT 'from b' AS who"));
    await new Promise((r) => setTimeout(r, 100));
    expect(b.answered()).toBe(false);
    a.send(...a.executeAndSync());
    await a.until(a.answered);
    await b.until(b.answered);
    expect(a.received()).toContain('from a');
    expect(a.received()).not.toContain('from b');
    expect(b.received()).toContain('from b');
    a.close();
    b.close();
  });

  it('keeps another client out of an open transaction until it ends', async () => {
    const { url } = await anEmbeddedDatabase();
    const writer = aClient(url);
    const reader = aClient(url);
    await writer`CREATE TABLE hand_ins (id int)`;
    let seenDuringTransaction: unknown = null;
    await writer.begin(async (tx) => {
      await tx`INSERT INTO hand_ins VALUES (1)`;
      const read = reader`SELECT count(*)::int AS n FROM hand_ins`.then((rows) => rows[0]!.n);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx`INSERT INTO hand_ins VALUES (2)`;
      seenDuringTransaction = read;
    });
    expect(await seenDuringTransaction).toBe(2);
  });

  it('rolls back the transaction of a client that disconnects in the middle of it, and serves the next', async () => {
    const { url } = await anEmbeddedDatabase();
    const setup = aClient(url);
    await setup`CREATE TABLE hand_ins (id int)`;
    const leaving = connect(url, { max: 1 });
    const inside = leaving.begin(async (tx) => {
      await tx`INSERT INTO hand_ins VALUES (1)`;
      await new Promise(() => {});
    });
    inside.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    await leaving.end({ timeout: 0 });
    expect(await setup`SELECT count(*)::int AS n FROM hand_ins`).toEqual([{ n: 0 }]);
  });

  it("a failed statement of one client leaves the next client's queries working", async () => {
    const { url } = await anEmbeddedDatabase();
    const failing = aClient(url);
    const other = aClient(url);
    await expect(failing`SELECT * FROM no_such_table WHERE id = ${1}`).rejects.toThrow(/no_such_table/);
    expect(await other`SELECT ${'still fine'}::text AS t`).toEqual([{ t: 'still fine' }]);
  });
});

describe('reading the transaction status from an answer', () => {
  const readyForQuery = (status: string) => new Uint8Array([0x5a, 0, 0, 0, 5, status.charCodeAt(0)]);
  const commandComplete = new Uint8Array([0x43, 0, 0, 0, 13, ...new TextEncoder().encode('SELECT 1'), 0]);

  it('finds the last ReadyForQuery however the answer is cut into chunks', () => {
    const answer = new Uint8Array([...commandComplete, ...readyForQuery('T')]);
    for (let cut = 0; cut <= answer.length; cut++) {
      const scanner = readyForQueryStatus();
      scanner.scan(answer.subarray(0, cut));
      scanner.scan(answer.subarray(cut));
      expect(scanner.status()).toBe('T');
    }
  });

  it('reports none when the answer has no ReadyForQuery', () => {
    const scanner = readyForQueryStatus();
    scanner.scan(commandComplete);
    expect(scanner.status()).toBeNull();
  });
});
