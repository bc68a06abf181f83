import { readdirSync, readFileSync } from "node:fs";

/** Resident memory of a process and all its descendants (tsx → node → Next), in bytes; Linux /proc. */
export function treeRss(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      bytes += Number(kb ?? 0) * 1024;
    } catch {
      // ended
    }
  }
  return bytes;
}

/** Samples a process tree's memory until stopped: the peak, and the last reading. */
export function watchMemory(pid: number, everyMs = 250) {
  let peak = 0;
  let last = 0;
  const sample = () => {
    last = treeRss(pid);
    peak = Math.max(peak, last);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    read() {
      sample();
      return { peak, last };
    },
    stop: () => clearInterval(timer),
  };
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export const formatMemory = (label: string, m: { peak: number; last: number }) =>
  `${label} server memory (RSS of its processes): peak ${mib(m.peak)}, at the end ${mib(m.last)}`;
