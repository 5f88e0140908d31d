/** Process and temp-dir bookkeeping for the benchmarks: everything started here is killed on exit, whatever the reason. */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";

const children = new Set<ChildProcess>();
export const tempDirs = new Set<string>();
let cleanupInstalled = false;

export function alive(c: ChildProcess): boolean {
  return c.exitCode === null && c.signalCode === null;
}

function signalGroup(c: ChildProcess, signal: NodeJS.Signals): void {
  if (!c.pid || !alive(c)) return;
  try {
    process.kill(-c.pid, signal); // detached ⇒ own process group: also reaches grandchildren (npx → node → chrome)
  } catch {
    try {
      c.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

export function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", () => {
    for (const c of children) signalGroup(c, "SIGKILL");
    for (const d of tempDirs) {
      try {
        fs.rmSync(d, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    }
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping the processes this script started …`);
      process.exit(130);
    });
  }
}

/** spawn in its own process group, tracked for cleanup. */
export function spawnTracked(cmd: string, args: string[], opts: SpawnOptions): ChildProcess {
  installCleanup();
  const child = spawn(cmd, args, { ...opts, detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export function waitExit(c: ChildProcess): Promise<number> {
  if (!alive(c)) return Promise.resolve(c.exitCode ?? 1);
  return new Promise((resolve) => c.once("exit", (code) => resolve(code ?? 1)));
}

/** SIGTERM (or the given signal) to the whole group, SIGKILL after graceMs. */
export async function stopProcess(c: ChildProcess, graceMs = 5000, first: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!alive(c)) return;
  signalGroup(c, first);
  const done = await Promise.race([waitExit(c).then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    signalGroup(c, "SIGKILL");
    await Promise.race([waitExit(c), sleep(2000)]);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
