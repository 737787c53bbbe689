/** Finding and signalling the processes of a running NewsHub (Linux /proc). */
import { readdirSync, readFileSync } from 'node:fs';

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

const parentOf = (pid: number): number | null => {
  const stat = readProc(pid, 'stat');
  if (!stat) return null;
  // The command name is in parentheses and may contain spaces; the parent pid is the second field after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
};

const allPids = () =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);

/** Every process below `pid` (children, grandchildren …). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of allPids()) {
    const parent = parentOf(p);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The first process below `root` whose command line contains `needle`. */
export function findDescendant(root: number, needle: string): number | null {
  return descendants(root).find((pid) => (readProc(pid, 'cmdline') ?? '').replace(/\0/g, ' ').includes(needle)) ?? null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signal(pids: number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/** The process below `root` running `needle` whose environment has `name=value` (an instance's PORT, say). */
export function findDescendantWithEnv(root: number, needle: string, name: string, value: string): number | null {
  return (
    descendants(root).find(
      (pid) =>
        (readProc(pid, 'cmdline') ?? '').replace(/\0/g, ' ').includes(needle) && (readProc(pid, 'environ') ?? '').split('\0').includes(`${name}=${value}`),
    ) ?? null
  );
}
