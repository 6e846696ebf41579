import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WorkbookSnapshot } from '../../shared/snapshot';

/**
 * wrk (`apt-get install wrk`) as the load generator where it is installed: written in C, it leaves the two
 * shared cores to the server, where a Node client measures itself as much as the server.
 */
const WRK = '/usr/bin/wrk';
export const wrkInstalled = () => existsSync(WRK);

export interface WrkFigures {
  requests: number;
  seconds: number;
  rps: number;
  errors: number;
  p50: number;
  p99: number;
}

/** Authenticated reads for `seconds` by `connections` clients, each request with the next candidate's token. */
export async function wrkReads(base: string, tokens: string[], connections: number, seconds: number): Promise<WrkFigures> {
  const script =
    `local tokens = { ${tokens.map(luaString).join(', ')} }\nlocal i = 0\n` +
    'request = function()\n  i = i + 1\n  return wrk.format("GET", "/api/v1/session", { ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1] })\nend\n';
  const out = await runWrk(script, ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', `${base}/api/v1/session`]);
  return { ...figures(out), seconds };
}

/**
 * One hand-in per session, by `connections` clients at once, each answered as soon as it is stored
 * (`Prefer: respond-async`). wrk stops when every session's hand-in has been answered. Returns the ids
 * the server acknowledged (from the 202 bodies), for the reconciliation, and the figures.
 */
export async function wrkHandIns(
  base: string,
  sessions: { token: string; taskId: string }[],
  snapshots: Record<string, WorkbookSnapshot>,
  connections: number,
): Promise<WrkFigures & { acknowledged: string[] }> {
  const run = Math.floor(Math.random() * 0xffffffff)
    .toString(16)
    .padStart(8, '0');
  const script = `
io.stdout:setvbuf("line")
local sessions = { ${sessions.map((s) => `{ ${luaString(s.token)}, ${luaString(s.taskId)} }`).join(',\n')} }
local snapshots = { ${Object.entries(snapshots)
    .map(([id, snap]) => `[${luaString(id)}] = ${luaString(JSON.stringify(snap))}`)
    .join(',\n')} }
local sent, answered, first = 0, 0, true
-- A client with no hand-in left goes quiet until the run is stopped (a flood of health reads from the idle
-- connections held the last hand-ins back by seconds at N = 500).
delay = function()
  if sent >= #sessions then return 600000 end
  return 0
end
request = function()
  -- wrk 4.1 makes one request per thread that it never sends: let that one be a cheap read, not a hand-in.
  if first then
    first = false
    return wrk.format("GET", "/api/health")
  end
  sent = sent + 1
  if sent > #sessions then return wrk.format("GET", "/api/health") end
  local s = sessions[sent]
  local id = string.format("${run}-0000-4000-8000-%012x", sent)
  local body = '{"submissionId":"' .. id .. '","taskId":"' .. s[2] .. '","snapshot":' .. snapshots[s[2]] .. '}'
  return wrk.format("POST", "/api/v1/session/submissions", { ["Authorization"] = "Bearer " .. s[1], ["Content-Type"] = "application/json", ["Prefer"] = "respond-async" }, body)
end
response = function(status, headers, body)
  local id = body:match('"submissionId":"([%x%-]+)"')
  if not id then return end
  answered = answered + 1
  if status >= 200 and status < 300 then io.write("ACK " .. id .. "\\n") end
  if answered == #sessions then io.write("ALL ANSWERED\\n") end
end
done = function(summary) io.write(string.format("ELAPSED_US %d\\n", summary.duration)) end
`;
  // wrk has no "stop after N requests": it is interrupted (it then reports, as at the end of -d) once
  // every hand-in has been answered.
  const out = await runWrk(
    script,
    ['-t1', `-c${connections}`, '-d120s', '--timeout', '30s', '--latency', `${base}/api/v1/session/submissions`],
    'ALL ANSWERED',
  );
  const acknowledged = [...out.matchAll(/^ACK (\S+)$/gm)].map((m) => m[1]!);
  const seconds = Number(/^ELAPSED_US (\d+)$/m.exec(out)?.[1] ?? 0) / 1e6;
  return { ...figures(out), seconds, rps: acknowledged.length / seconds, acknowledged };
}

function luaString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Runs wrk with `script`; interrupts it (SIGINT: it still reports) when its output shows `stopWhen`. */
async function runWrk(script: string, args: string[], stopWhen?: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ei-wrk-'));
  try {
    const file = path.join(dir, 'script.lua');
    await writeFile(file, script);
    return await new Promise((resolve, reject) => {
      const child = spawn(WRK, ['-s', file, ...args]);
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (stopWhen && out.includes(stopWhen) && child.exitCode === null) child.kill('SIGINT');
      });
      child.stderr.on('data', (d) => {
        out += d;
      });
      child.on('error', reject);
      child.on('close', () => resolve(out));
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function figures(out: string): Omit<WrkFigures, 'seconds'> {
  const ms = (label: string) => {
    const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    return m ? Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as 'us' | 'ms' | 's'] : NaN;
  };
  return {
    requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    errors: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    p50: ms('50%'),
    p99: ms('99%'),
  };
}
