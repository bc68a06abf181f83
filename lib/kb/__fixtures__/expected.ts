// Hand-checked expectations over real corpus articles, one per table layout / wording met.
// Every value here was read off the raw article text, not produced by the parser.
// Only the listed fields are compared; `md: true` also checks the kbarchive README.md twin.
import type { FixedIn, HotfixFile, Platform } from "../types";

export interface Expected {
  id: string;
  /** What this article exercises. */
  note: string;
  md?: boolean;
  title?: string;
  product?: string;
  lastModified?: string | null;
  versions?: string[];
  files?: HotfixFile[];
  fixedIn?: FixedIn[];
  references?: string[];
  hotfixAvailable?: boolean;
}

/** One file row: name, size, platform, date, time, version. */
const f = (
  name: string,
  size: number | null,
  platform: Platform | null,
  date: string | null,
  time: string | null,
  version: string | null = null,
): HotfixFile => ({ name, size, platform, date, time, version });
const sp = (release: string | null, servicePack: string): FixedIn => ({ release, servicePack });

export const EXPECTED: Expected[] = [
  {
    id: "Q244717",
    note: "seed: Date Time Size File name Platform, 01:15a, x86/Alpha; fix only 'wait for next SP'",
    md: true,
    title: "RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server",
    product: "winnt",
    lastModified: "2002-05-08",
    versions: ["4.0 SP4", "4.0 SP5"],
    files: [
      f("Rassrv.exe", 69904, "x86", "1999-10-29", "01:15"),
      f("Rassrv.exe", 123664, "alpha", "1999-10-29", "01:22"),
    ],
    fixedIn: [],
    references: ["Q238171"],
    hotfixAvailable: true,
  },
  {
    id: "Q156348",
    note: "Date Time Version Size File name, no platform, 24-hour, 4-digit year",
    md: true,
    title: "Memory-Related Performance Counters Show Zero Values",
    lastModified: "2002-05-08",
    versions: ["4.0"],
    files: [f("Srv.sys", 231120, null, "2001-11-19", "18:00", "4.0.1381.7110")],
  },
  {
    id: "Q169742",
    note: "Version column empty, (x86)/(Alpha)/(MIPS), 06:20p; latest SP + first corrected SP4 (+TSE SP4)",
    md: true,
    versions: ["3.51", "4.0"],
    files: [
      f("Rdr.sys", 259920, "x86", "1997-05-29", "18:20"),
      f("Rdr.sys", 470928, "alpha", "1997-05-29", "17:19"),
      f("Rdr.sys", 430160, "mips", "1997-05-29", "17:18"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
    hotfixAvailable: true,
  },
  {
    id: "Q238185",
    note: "05-Jan-2000 dates, Intel/Alpha",
    md: true,
    lastModified: "2002-08-06",
    versions: ["4.0"],
    files: [
      f("Ntlmssps.dll", 36112, "x86", "2000-01-05", "02:55"),
      f("Security.dll", 59664, "x86", "2000-01-05", "02:55"),
      f("Ntlmssps.dll", 60176, "alpha", "2000-01-05", "02:47"),
      f("Security.dll", 99600, "alpha", "2000-01-05", "02:47"),
    ],
    fixedIn: [],
  },
  {
    id: "Q142615",
    note: "headerless rows after 'time stamp:', '(Intel)' glued after name; 'Service Pack 4.0' typo; 3.51 'wait'",
    md: true,
    versions: ["3.51", "4.0"],
    files: [
      f("Eventlog.dll", 46288, "x86", "1998-02-03", "21:27"),
      f("Eventlog.dll", 68880, "alpha", "1998-02-03", "21:24"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
  },
  {
    id: "Q173385",
    note: "boxed | Date | Time | Size | File Name | Platform |, i386/alpha; PROD/VER 'WINDOWS:95; winnt:4.0'",
    md: true,
    versions: ["4.0"],
    files: [
      f("poledit.exe", 123152, "x86", "1998-10-26", "13:21"),
      f("poledit.dbg", 156788, "x86", "1998-10-26", "13:21"),
      f("poledit.exe", 196880, "alpha", "1998-10-26", "13:23"),
      f("poledit.dbg", 96700, "alpha", "1998-10-26", "13:23"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
  },
  {
    id: "Q189318",
    note: "File Name / Version tables (no date), crossnet; Exchange service packs are not NT fixes",
    md: true,
    product: "crossnet",
    versions: ["4.0", "5.0", "5.5"],
    files: [
      f("Mapi.dll", null, null, null, null, "4.0.834.840"),
      f("Mapi32.dll", null, null, null, null, "4.0.834.840"),
      f("Mapi.dll", null, null, null, null, "4.0.997.1"),
      f("Mapi32.dll", null, null, null, null, "4.0.997.1"),
      f("Mapi32.dll", null, null, null, null, "5.0.1461.43"),
      f("Mapi32.dll", null, null, null, null, "5.5.2326.0"),
    ],
    fixedIn: [],
  },
  {
    id: "Q235602",
    note: "two tables, second header unindented; event text with a date is not a row; TSE SP6",
    md: true,
    files: [
      f("Browser.dll", 48400, "x86", "1999-06-18", "12:45"),
      f("Browser.dll", 81168, "alpha", "1999-06-18", "12:44"),
      f("Browser.dll", 47888, "x86", "2000-07-11", "16:39"),
    ],
    fixedIn: [sp("4.0", "SP6")],
  },
  {
    id: "Q184757",
    note: "boxed filename-first rows without header: | name | size | date | time | (Intel) |",
    md: true,
    files: [
      f("Imm32.dll", 94992, "x86", "1998-03-04", "17:07"),
      f("User32.dll", 346384, "x86", "1998-03-04", "17:07"),
      f("Win32k.sys", 1307376, "x86", "1998-04-20", "20:35"),
      f("Winsrv.dll", 251152, "x86", "1998-03-04", "17:04"),
      f("Imm32.dll", 171792, "alpha", "1998-03-04", "17:08"),
      f("User32.dll", 623888, "alpha", "1998-03-04", "17:08"),
      f("Win32k.sys", 2173776, "alpha", "1998-04-20", "20:34"),
      f("Winsrv.dll", 450832, "alpha", "1998-03-04", "17:05"),
    ],
    fixedIn: [],
  },
  {
    id: "Q229613",
    note: "boxed | Name | Date | Time | Size |, 4/22/99; latest + SP5",
    md: true,
    files: [
      f("Dtccm.dll", 110864, null, "1999-04-22", "12:04"),
      f("Dtcxatm.dll", 162064, null, "1999-04-22", "12:04"),
      f("Logmgr.dll", 59664, null, "1999-04-22", "12:04"),
      f("Msdtcprx.dll", 189712, null, "1999-04-22", "12:04"),
      f("Msdtctm.dll", 456976, null, "1999-04-22", "12:04"),
      f("Mtxoci.dll", 69904, null, "1999-04-22", "12:04"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP5")],
  },
  {
    id: "Q122389",
    note: "'The following lists files in the ... directory on the CD': a product's list of updated files, not a fix (a listing)",
    md: true,
    product: "crossnet",
    versions: ["3.5", "4.0"],
    files: [],
  },
  {
    id: "Q166750",
    note: "platform first '(i386) 12/01/97 04:24p'; 'SP3 must be applied before' is not fixed-in",
    md: true,
    files: [
      f("Tcpip.sys", 143632, "x86", "1997-12-01", "16:24"),
      f("Tcpip.sys", 263472, "alpha", "1997-12-01", "16:21"),
    ],
    fixedIn: [],
    hotfixAvailable: true,
  },
  {
    id: "Q214488",
    note: "version typo '5.0:2195.2097', 4-digit year, 03:53p; latest for TSE + TSE SP4",
    md: true,
    versions: ["2000", "4.0"],
    files: [f("Winlogon.exe", 177936, null, "2000-06-23", "15:53", "5.0:2195.2097")],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
  },
  {
    id: "Q242040",
    note: "day-first dates 28/07/99",
    md: true,
    versions: ["4.0 SP4"],
    files: [
      f("Mstsc.exe", 194832, "x86", "1999-07-28", "21:48"),
      f("Mstsc.exe", 334608, "alpha", "1999-07-28", "23:46"),
    ],
    fixedIn: [],
  },
  {
    id: "Q181490",
    note: "boxed File|Date|Size|Version with 'May 01, 1997', '120,592 bytes', free-text version",
    md: true,
    files: [f("Tapisrv.exe", 120592, null, "1997-05-01", null, "TAPI 2.0 (from Windows NT 4.0 Service Pack 3)")],
    fixedIn: [],
  },
  {
    id: "Q273614",
    note: "three-digit year '11/03/200', '08:14 PM'",
    md: true,
    versions: ["1.0", "4.0 SP4", "4.0 SP5", "4.0 SP6", "4.0 SP6a"],
    files: [
      f("Clusres.dll", 166000, "x86", "2000-11-03", "20:14"),
      f("Resutils.dll", 30000, "x86", "2000-11-03", "20:14"),
      f("Clusres.dll", 266000, "alpha", "2000-11-03", "20:12"),
      f("Resutils.dll", 49000, "alpha", "2000-11-01", "21:41"),
    ],
    fixedIn: [],
  },
  {
    id: "Q283805",
    note: "'22-Jan-01', version '5.131:1877.9'",
    md: true,
    files: [f("Crypt32.dll", 371472, null, "2001-01-22", "20:33", "5.131:1877.9")],
  },
  {
    id: "Q301462",
    note: "'May 17, 2001' dates, '(32-bit)' after name",
    md: true,
    versions: ["4.0 SP6"],
    files: [
      f("Rdpwsx.dll", 34200, null, "2001-05-17", "15:42", "4.0.1381.33478"),
      f("Rdpwd.sys", 91288, null, "2001-05-17", "15:41", "4.0.1381.33478"),
      f("Mstsc.exe", 195344, null, "2001-05-17", "15:42", "4.0.1381.33478"),
      f("Mstsc.exe", 177520, null, "2001-05-17", "15:42", "4.0.1381.710"),
    ],
    fixedIn: [],
  },
  {
    id: "Q303437",
    note: "'July 11, 2001', 02:42p, Intel",
    md: true,
    versions: ["4.0 SP6a"],
    files: [f("Shfolder.dll", 23312, "x86", "2001-07-11", "14:42", "5.50.4719.1100")],
    fixedIn: [],
  },
  {
    id: "Q306513",
    note: "'Aug-30-2001'; 'post-Service Pack 6a' is not fixed-in",
    md: true,
    files: [f("Hotfix.exe", 94992, "x86", "2001-08-30", "18:21", "4.0.1381.7097")],
    fixedIn: [],
  },
  {
    id: "Q319185",
    note: "'Mar-4-2002', empty Version column, empty PROD/VER",
    md: true,
    versions: [],
    lastModified: "2002-07-25",
    files: [f("Q319185.CAB", 13347, "x86", "2002-03-04", "17:26")],
  },
  {
    id: "Q323909",
    note: "'31 May 2002' dates",
    md: true,
    versions: ["4.0", "4.0 SP1", "4.0 SP2", "4.0 SP3", "4.0 SP4", "4.0 SP5", "4.0 SP6", "4.0 SP6a"],
    files: [
      f("Win32k.sys", 1254608, null, "2002-05-31", "17:26", "4.0.1381.7165"),
      f("User32.dll", 327440, null, "2002-05-31", "17:28", "4.0.1381.7159"),
      f("Winsrv.dll", 175888, null, "2002-05-31", "17:28", "4.0.1381.7102"),
      f("Gdi32.dll", 169744, null, "2002-05-31", "17:28", "4.0.1381.7155"),
    ],
  },
  {
    id: "Q299971",
    note: "'11-July-2001' dates",
    md: true,
    files: [
      f("Rpcrt4.dll", 343312, "x86", "2001-07-11", "11:51"),
      f("Winlogon.exe", 192784, "x86", "2001-07-24", "13:32"),
    ],
  },
  {
    id: "Q255271",
    note: "build-number Version column '7043' (looks like a size)",
    md: true,
    files: [
      f("Drwtsn32.exe", 90384, "alpha", "2000-02-25", "19:19", "7043"),
      f("Drwtsn32.exe", 66832, "x86", "2000-02-25", "19:20", "7043"),
    ],
    fixedIn: [],
  },
  {
    id: "Q248279",
    note: "Platform column filled only on the first row of each group",
    md: true,
    versions: ["1.0", "4.0"],
    files: [
      f("Wlbs.exe", 36112, "x86", "1999-10-12", "20:44"),
      f("Wlbs.sys", 60208, "x86", "1999-10-29", "14:06"),
      f("Ndis.sys", 121744, "x86", "1999-10-12", "20:43"),
      f("Wlbs.exe", 51472, "alpha", "1999-10-12", "20:43"),
      f("Wlbs.sys", 101104, "alpha", "1999-10-29", "14:05"),
      f("Ndis.sys", 213680, "alpha", "1999-10-12", "20:41"),
    ],
  },
  {
    id: "Q322051",
    note: "platform text 'I386 - 128-bit'",
    md: true,
    files: [
      f("Ntlmssps.dll", 36112, "x86", "2001-07-16", "12:05"),
      f("Security.dll", 59152, "x86", "1999-09-23", "11:04"),
      f("Ntlmssps.dll", 36112, "x86", "2001-07-16", "12:05"),
      f("Security.dll", 59152, "x86", "1999-11-18", "12:04"),
    ],
  },
  {
    id: "Q312066",
    note: "extensionless file name 'Ntldr' under a File name header",
    md: true,
    versions: [],
    files: [f("Ntldr", 247744, null, "2001-12-03", "14:43")],
  },
  {
    id: "Q269214",
    note: "Date Version Size File name Platform (no time)",
    md: true,
    versions: ["4.0 SP6"],
    files: ["Tdasync.sys", "Tdipx.sys", "Tdnetb.sys", "Tdpipe.sys", "Tdspx.sys", "Tdtcp.sys"].map((n, i) =>
      f(n, [12600, 18488, 17016, 10232, 16152, 18360][i], "x86", "2000-08-17", null, "4.0.1381.33402"),
    ),
  },
  {
    id: "Q166822",
    note: "'9:49PM' times, (Mips); PROD/VER 'winnt:3.51,4.0; :'",
    md: true,
    versions: ["3.51", "4.0"],
    files: [
      f("Netapi32.dll", 215968, "x86", "1997-04-30", "21:49"),
      f("Netapi32.dll", 322832, "alpha", "1997-04-30", "21:52"),
      f("Netapi32.dll", 339216, "mips", "1997-04-30", "21:50"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
  },
  {
    id: "Q191828",
    note: "sizes '182KB' (null), '08:18 PM', (INTEL); SMS service pack is not an NT fix",
    md: true,
    files: [
      f("Climonnt.exe", null, "alpha", "1998-04-22", "20:18"),
      f("Climonnt.exe", null, "x86", "1998-04-22", "20:23"),
    ],
    fixedIn: [],
  },
  {
    id: "Q231308",
    note: "European thousands separator '177.424' in Size",
    md: true,
    files: [f("Dns.exe", 177424, "x86", "1999-06-29", "00:25"), f("Dns.exe", 297744, "alpha", "1999-06-29", "00:24")],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP6")],
  },
  {
    id: "Q216795",
    note: "'11:10:00 PM' times, Version '4.0'; 'latest US service pack for Windows NT 4.0 ... SP4'",
    md: true,
    files: [
      f("Rdr.sys", 264848, "x86", "1999-02-14", "23:10", "4.0"),
      f("Rdr.sys", 506928, "alpha", "1999-02-14", "23:09", "4.0"),
    ],
    fixedIn: [sp("4.0", "latest"), sp("4.0", "SP4")],
  },
  {
    id: "Q217206",
    note: "sizes '57kb' (null), '11:48:17 AM'",
    md: true,
    files: [
      f("Remotesp.tsp", null, "x86", "1999-02-12", "11:48"),
      f("Tapi32.dll", null, "x86", "1999-02-12", "12:54"),
      f("Tapisrv.exe", null, "x86", "1999-02-12", "12:54"),
      f("Remotesp.tsp", null, "alpha", "1999-02-12", "12:54"),
      f("Tapi32.dll", null, "alpha", "1999-02-12", "12:54"),
      f("Tapisrv.exe", null, "alpha", "1999-02-12", "12:54"),
    ],
    fixedIn: [],
  },
  {
    id: "Q195144",
    note: "dir listings (<DIR>, File(s)) skipped; later hotfix tables kept; '(Windows 95)' is no platform",
    md: true,
    versions: ["2000", "4.0"],
    files: [
      f("Shell32.dll", 2337552, null, "2001-05-11", "10:51", "5.0.3315.1000"),
      f("Shell32.dll", 1431264, null, "1999-03-02", "18:40"),
    ],
  },
  {
    id: "Q321453",
    note: "dir output with blank lines between rows is not a file table",
    files: [],
  },
  {
    id: "Q110763",
    note: "'corrected in the latest US Service Pack for Windows NT' (no release)",
    md: true,
    versions: ["3.1"],
    fixedIn: [sp(null, "latest")],
  },
  {
    id: "Q243232",
    note: "Windows 2000: 'latest service pack for Windows 2000' + 'first corrected in Windows 2000 Service Pack 1'",
    md: true,
    fixedIn: [sp("2000", "latest"), sp("2000", "SP1")],
  },
  {
    id: "Q108261",
    note: "'corrected in the latest Microsoft Windows NT 4.0 U.S. Service Pack'",
    fixedIn: [sp("4.0", "latest")],
  },
  {
    id: "Q100108",
    note: "references: 'ARTICLE-ID: Q118335'; PROD/VER ':; winnt:'; HPFS 'hot fixing' is no hotfix",
    versions: [],
    references: ["Q118335"],
    hotfixAvailable: false,
  },
  {
    id: "Q306460",
    note: "references: 'MS01-022 (Q296441)', self 'KB article 306460' excluded",
    references: ["Q155197", "Q169556", "Q184375", "Q242294", "Q259799", "Q260267", "Q296441"],
  },
  {
    id: "Q194507",
    note: "references: 'KB article Q185195' and URLs '.../kb/articles/Q151/8/60.asp', lower-case 'q189/5/95'",
    references: [
      "Q146887",
      "Q147706",
      "Q151860",
      "Q158423",
      "Q183476",
      "Q184693",
      "Q185195",
      "Q188855",
      "Q189594",
      "Q189595",
      "Q194301",
    ],
  },
  {
    id: "Q159055",
    note: "'fixed in Service Pack 2 for Windows NT Server and Workstation version 4.0' (release after the pack)",
    fixedIn: [sp("4.0", "SP2")],
  },
  {
    id: "Q103445",
    note: "'latest US Service Pack for Windows NT and Windows NT Advanced Server version 3.1'",
    fixedIn: [sp("3.1", "latest")],
  },
  // Listings and layouts of issue 12, read by hand.
  {
    id: "Q128403",
    note: "Mail's parenthesized rows 'ASYNC.OVL (371,898 bytes, dated 12/01/94, 6:01 P.M.)'",
    files: [
      f("ASYNC.OVL", 371898, null, "1994-12-01", "18:01"),
      f("EXTERNAL.EXE", 57535, null, "1994-12-01", "17:46"),
      f("X25ATLAN.OVL", 376890, null, "1994-12-01", "18:06"),
      f("X25EICON.OVL", 395898, null, "1994-12-01", "18:09"),
    ],
  },
  {
    id: "Q131035",
    note: "'The following files have been updated and are located in \\CLIENTS\\MSCLIENT ... on the compact disc': a listing",
    md: true,
    files: [],
  },
  {
    id: "Q235373",
    note: "Contents of Service Pack 5: 1,036 rows of a service pack's file list, no fix",
    files: [],
  },
  {
    id: "Q187801",
    note: "File Descriptions for RRAS and the RRAS Service Pack: boxed file lists, no fix",
    files: [],
  },
];
