// Facts read by hand from real articles of the corpus (/work/shared/corpus/nt/txt), as the
// parser is expected to extract them. Only the fields that decide applicability are kept.
import type { ArticleFacts } from "./facts";

const none = { files: [], fixedIn: [], hotfixAvailable: false, hardware: [] };

/** The seed: a Terminal Server Edition hotfix for x86 and Alpha, no service pack named. */
export const Q244717: ArticleFacts = {
  id: "Q244717",
  title: "RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server",
  lastModified: "2002-05-08",
  versions: ["4.0 SP4", "4.0 SP5"],
  appliesTo: ["Microsoft Windows NT Server versions 4.0 SP4, 4.0 SP5, Terminal Server Edition"],
  hardware: ["ALPHA", "x86"],
  files: [
    { name: "Rassrv.exe", size: 69904, platform: "x86", date: "1999-10-29", time: "01:15", version: null },
    { name: "Rassrv.exe", size: 123664, platform: "alpha", date: "1999-10-29", time: "01:22", version: null },
  ],
  fixedIn: [],
  hotfixAvailable: true,
};

/** "This problem was first corrected in Windows NT 4.0 Service Pack 4" (and "obtain the latest service pack"). */
export const Q154985: ArticleFacts = {
  ...none,
  id: "Q154985",
  title: "DNS Registry Key Not Updated When Changing Zone Type",
  lastModified: "2002-02-13",
  versions: [":4.0"],
  appliesTo: ["Microsoft Windows NT Server version 4.0"],
  fixedIn: [
    { release: "4.0", servicePack: "latest" },
    { release: "4.0", servicePack: "SP4" },
  ],
  hotfixAvailable: true,
};

/** Windows NT 3.51 only; "corrected in the latest Windows NT 3.51 U.S. Service Pack". */
export const Q130876: ArticleFacts = {
  ...none,
  id: "Q130876",
  title: "Printing Through HPMON(DLC) May Cause Print Subsystem to Hang",
  lastModified: "2001-08-08",
  versions: ["3.51"],
  appliesTo: ["Microsoft Windows NT Workstation version 3.51", "Microsoft Windows NT Server version 3.51"],
  fixedIn: [{ release: "3.51", servicePack: "latest" }],
};

/** Hardware footer "ALPHA" only; "corrected in the latest U.S. Service Pack for Windows NT version 4.0". */
export const Q147363: ArticleFacts = {
  ...none,
  id: "Q147363",
  title: "AlphaServer Hangs on Install of Windows NT Version 4.0",
  lastModified: "2001-08-08",
  versions: ["4.0"],
  appliesTo: ["Microsoft Windows NT Workstation version 4.0", "Microsoft Windows NT Server version 4.0"],
  hardware: ["ALPHA"],
  fixedIn: [{ release: "4.0", servicePack: "latest" }],
};

/** Standard 4.0 and TSE; "first corrected in Windows NT Server 4.0 Service Pack 6 and … Terminal Server Edition Service Pack 6". */
export const Q238171: ArticleFacts = {
  ...none,
  id: "Q238171",
  title: "RAS Port Becomes Unavailable in Windows NT 4.0",
  lastModified: "2002-05-20",
  versions: ["4.0"],
  appliesTo: [
    "Microsoft Windows NT Server version 4.0, Terminal Server Edition",
    "Microsoft Windows NT Workstation version 4.0",
    "Microsoft Windows NT Server version 4.0",
  ],
  hardware: ["ALPHA", "x86"],
  fixedIn: [{ release: "4.0", servicePack: "SP6" }],
  hotfixAvailable: true,
};

/** The seed Q153376: 3.51 and 4.0, Workstation and Server, no fix. */
export const Q153376: ArticleFacts = {
  ...none,
  id: "Q153376",
  title: "Redial on Link Failure Problems After Upgrade",
  lastModified: "2001-08-08",
  versions: ["3.51", "4.0"],
  appliesTo: ["Microsoft Windows NT Workstation versions 3.51, 4.0", "Microsoft Windows NT Server versions 3.51, 4.0"],
};

/** Empty PROD/VER, but the applies-to box names 3.1 to 4.0. */
export const Q101861: ArticleFacts = {
  ...none,
  id: "Q101861",
  title: "Hard Disk Errors 67 and 69",
  lastModified: "2001-08-08",
  versions: [],
  appliesTo: [
    "Microsoft Windows NT Server version 3.1",
    "Microsoft Windows NT Workstation version 3.1",
    "Microsoft Windows NT Advanced Server, version 3.1",
    "Microsoft Windows NT Workstation versions 3.5, 3.51, 4.0",
    "Microsoft Windows NT Server versions 3.5, 3.51, 4.0",
  ],
};

const kernelFiles = (date: string) => [
  { name: "Ntkrnlmp.exe", size: 1405248, platform: "alpha" as const, date, time: "19:10", version: null },
  { name: "Ntoskrnl.exe", size: 1376896, platform: "alpha" as const, date, time: "19:10", version: null },
  { name: "Ntkrnlmp.exe", size: 952192, platform: "x86" as const, date, time: "19:13", version: null },
  { name: "Ntoskrnl.exe", size: 932032, platform: "x86" as const, date, time: "19:12", version: null },
];

/** Kernel hotfix, 4.0 to SP6 on every edition; no fix service pack. */
export const Q244509: ArticleFacts = {
  id: "Q244509",
  title: "Non-Paged Pool Memory Leak May Occur Reading Partition Table",
  lastModified: "2002-05-08",
  versions: ["4.0", "4.0 SP1", "4.0 SP2", "4.0 SP3", "4.0 SP4", "4.0 SP5", "4.0 SP6"],
  appliesTo: [
    "Microsoft Windows NT Server versions 4.0, 4.0 SP1, 4.0 SP2, 4.0 SP3, 4.0 SP4, 4.0 SP5, 4.0 SP6",
    "Microsoft Windows NT Server, Enterprise Edition versions 4.0, 4.0 SP4, 4.0 SP5, 4.0 SP6",
    "Microsoft Windows NT Server versions 4.0, 4.0 SP4, 4.0 SP5, 4.0 SP6, Terminal Server Edition",
    "Microsoft Windows NT Workstation versions 4.0, 4.0 SP1, 4.0 SP2, 4.0 SP3, 4.0 SP4, 4.0 SP5, 4.0 SP6",
  ],
  hardware: ["ALPHA", "x86"],
  files: kernelFiles("1999-10-28"),
  fixedIn: [],
  hotfixAvailable: true,
};

/** Ships the same kernel files (same dates), Server and Enterprise Edition; modified later than Q244509. */
export const Q268835: ArticleFacts = {
  id: "Q268835",
  title: "FIX: ClusterResourceControl May Leak Memory",
  lastModified: "2002-07-11",
  versions: ["1.0", "1.1", "4.0", "4.0 SP1", "4.0 SP2", "4.0 SP3", "4.0 SP4", "4.0 SP5", "4.0 SP6", "4.0 SP6a"],
  appliesTo: [
    "Microsoft Cluster Server, versions 1.0, 1.1, used with:",
    "Microsoft Windows NT Server versions 4.0, 4.0 SP1, 4.0 SP2, 4.0 SP3, 4.0 SP4, 4.0 SP5, 4.0 SP6, 4.0 SP6a",
    "Microsoft Windows NT Server, Enterprise Edition versions 4.0, 4.0 SP4, 4.0 SP5, 4.0 SP6, 4.0 SP6a",
  ],
  hardware: ["ALPHA", "x86"],
  files: kernelFiles("1999-10-28"),
  fixedIn: [],
  hotfixAvailable: true,
};
