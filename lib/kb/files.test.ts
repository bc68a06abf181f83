// Unit checks for table layouts beyond the corpus samples (hand-written rows).
import { describe, expect, it } from "vitest";
import { parseTableDate, parseTableTime } from "./dates";
import { extractFiles } from "./files";

const rows = (text: string) => extractFiles(text.split("\n"));

describe("file tables", () => {
  it("reads a platform column placed before the name, and time-first rows", () => {
    expect(
      rows(
        "   Date      Time    Size     Platform  File name\n   ------------------------------------\n   10/29/99  01:15a  69,904   x86       Rassrv.exe",
      ),
    ).toEqual([{ name: "Rassrv.exe", size: 69904, platform: "x86", date: "1999-10-29", time: "01:15", version: null }]);
    expect(rows("   01:15a  10/29/99  69,904  Rassrv.exe  PPC")).toEqual([
      { name: "Rassrv.exe", size: 69904, platform: "ppc", date: "1999-10-29", time: "01:15", version: null },
    ]);
  });

  it("reads filename-first rows with a trailing platform and ISO dates", () => {
    expect(
      rows(
        "   File name     Size     Date        Time   Platform\n   ----------------------------------------\n   Tcpip.sys   143,632  1999-12-01  16:24  (PowerPC)",
      ),
    ).toEqual([{ name: "Tcpip.sys", size: 143632, platform: "ppc", date: "1999-12-01", time: "16:24", version: null }]);
  });

  it("takes the platform from a caption above a table without a Platform column", () => {
    expect(
      rows("MIPS:\n\n   12/01/97  04:24p  143,632  Tcpip.sys\n\nAlpha:\n\n   12/01/97  04:21p  263,472  Tcpip.sys").map(
        (f) => f.platform,
      ),
    ).toEqual(["mips", "alpha"]);
  });

  it("ignores prose, event-log lines and dir output", () => {
    expect(rows("On 10/29/99 the file Rassrv.exe was replaced by a newer version of the driver.")).toEqual([]);
    expect(rows("11/11/96 2:41:02 PM  Security Failure Audit  Logon/Logoff   529   NT")).toEqual([]);
    expect(rows(" Volume in drive C is DISK\n 10/29/99  01:15a  69,904 Rassrv.exe\n 1 File(s)  69,904 bytes")).toEqual(
      [],
    );
  });
});

describe("dates and times", () => {
  it("normalises the corpus's forms", () => {
    expect(parseTableDate("10/29/99")).toBe("1999-10-29");
    expect(parseTableDate("1/2/03")).toBe("2003-01-02");
    expect(parseTableDate("29/10/99", true)).toBe("1999-10-29");
    expect(parseTableDate("05-Jan-2000")).toBe("2000-01-05");
    expect(parseTableDate("Sept 9, 2001")).toBe("2001-09-09");
    expect(parseTableDate("13/13/99")).toBeNull();
    expect(parseTableTime("01:15a")).toBe("01:15");
    expect(parseTableTime("06:20p")).toBe("18:20");
    expect(parseTableTime("12:05a")).toBe("00:05");
    expect(parseTableTime("12:05p")).toBe("12:05");
    expect(parseTableTime("1:15 AM")).toBe("01:15");
    expect(parseTableTime("11:10:00 PM")).toBe("23:10");
    expect(parseTableTime("18:00")).toBe("18:00");
    expect(parseTableTime("25:00")).toBeNull();
  });
});

// Layouts of held-out articles that the shared corpus has no instance of.
describe("layouts not in the corpus", () => {
  it("reads dotted thousands as a size, and day-first dotted dates", () => {
    expect(
      rows(
        "   Date         Time    Size        File name\n   ---------------------------------------------\n   05.06.2001   14:22   1.854.736   Ntoskrnl.exe",
      ),
    ).toEqual([
      { name: "Ntoskrnl.exe", size: 1854736, platform: null, date: "2001-06-05", time: "14:22", version: null },
    ]);
  });

  it("takes the platform from a heading above each group, with no colon", () => {
    const text = [
      "   x86",
      "   ---",
      "   Date        Time    Size     File name",
      "   05/14/2001  17:05   156,944  Srv.sys",
      "",
      "   Alpha",
      "   -----",
      "   Date        Time    Size     File name",
      "   05/14/2001  17:05   256,944  Srv.sys",
    ].join("\n");
    expect(rows(text).map((f) => f.platform)).toEqual(["x86", "alpha"]);
  });

  it("reads a platform cell wrapped onto the next line", () => {
    const text = [
      "   Date        Time    Size     File name     Platform",
      "   ------------------------------------------------",
      "   05/14/2001  17:05   156,944  Srv.sys       Intel",
      "   05/14/2001  17:05   256,944  Srv.sys       Compaq",
      "                                              Alpha",
    ].join("\n");
    expect(rows(text).map((f) => f.platform)).toEqual(["x86", "alpha"]);
  });

  it("reads a table of names and platforms only", () => {
    expect(
      rows("   File name      Platform\n   ------------------------\n   Srv.sys        x86\n   Srv.sys        Alpha"),
    ).toEqual([
      { name: "Srv.sys", size: null, platform: "x86", date: null, time: null, version: null },
      { name: "Srv.sys", size: null, platform: "alpha", date: null, time: null, version: null },
    ]);
  });

  it("reads yyyy/mm/dd and yyyy.mm.dd dates", () => {
    expect(parseTableDate("2001/05/14")).toBe("2001-05-14");
    expect(parseTableDate("2001.05.14")).toBe("2001-05-14");
    expect(parseTableDate("2001/05-14")).toBeNull();
    expect(parseTableDate("4.10.1999")).toBeNull();
  });
});
