// What support engineers type against what the Knowledge Base writes. Each group is a set of
// interchangeable spellings: a query word or phrase from a group matches any member. Words are
// written as the search box tokenizes them (lower case, letters and digits; FTS5's porter
// stemmer then folds plurals and verb forms, so "hangs" and "hanging" need no entry). Keep a
// group's members narrow: a member that is a common word ("stop", "error") would make every
// query that uses it match the whole group. README "Search" documents this list;
// synonyms.test.ts checks that it stays well formed.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // failures as users describe them
  ["blue screen", "bsod", "stop error", "stop screen", "stop message", "kernel mode trap"],
  ["hang", "freeze", "stops responding", "stop responding", "not responding", "locks up", "lock up"],
  ["crash", "access violation", "application error", "unhandled exception", "dr watson", "drwtsn32"],
  ["reboot", "restart", "reboots", "restarts"],
  ["hang up", "disconnect", "disconnected", "drops the connection"],
  ["slow", "slowly", "poor performance", "performance degrades"],
  ["memory leak", "leaks memory", "leak"],
  ["access denied", "access is denied", "error 5"],
  ["gpf", "general protection fault"],
  // signing in and out
  ["logon", "log on", "login", "log in", "logging on", "sign in"],
  ["logoff", "log off", "logout", "log out", "logging off"],
  // hardware
  ["nic", "network adapter", "network card", "network interface card", "net card"],
  ["hard disk", "hard drive", "hdd", "disk drive"],
  ["cd", "cdrom", "cd rom"],
  ["cpu", "processor"],
  ["smp", "multiprocessor"],
  ["ups", "uninterruptible power supply"],
  // the network and its servers
  ["dc", "domain controller"],
  ["pdc", "primary domain controller"],
  ["bdc", "backup domain controller"],
  ["ras", "remote access", "remote access service"],
  ["dun", "dial up networking", "dialup networking", "dial up"],
  ["vpn", "pptp", "virtual private network"],
  ["ipx", "nwlink"],
  ["gsnw", "gateway service for netware"],
  ["csnw", "client service for netware"],
  ["sfm", "services for macintosh"],
  ["mac", "macintosh"],
  ["rdr", "redirector"],
  ["smb", "server message block"],
  ["acl", "access control list", "permissions"],
  // products
  ["ie", "internet explorer"],
  ["iis", "internet information server", "internet information services"],
  ["wfw", "windows for workgroups"],
  ["tse", "terminal server edition", "terminal server"],
  ["w2k", "win2k", "windows 2000"],
  ["w95", "win95", "windows 95"],
  ["w98", "win98", "windows 98"],
  ["nt4", "nt 4.0", "windows nt 4.0"],
  ["y2k", "year 2000"],
  ["exchange", "exchange server"],
  ["sms", "systems management server"],
  ["sql", "sql server"],
  ["email", "e mail", "mail"],
];
