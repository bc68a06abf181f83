import { describe, expect, it } from "vitest";
import { systemSchema } from "./schema";

const issues = (query: unknown) => {
  const result = systemSchema.safeParse(query);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("systemSchema", () => {
  it("turns a form query into a System", () => {
    expect(systemSchema.parse({ release: "4.0", sp: "SP5", edition: "terminal-server", platform: "alpha" })).toEqual({
      release: "4.0",
      build: 1381,
      servicePack: "SP5",
      edition: "terminal-server",
      platform: "alpha",
    });
    expect(systemSchema.parse({ build: 1381, sp: "sp6a" })).toMatchObject({ release: "4.0", servicePack: "SP6a" });
  });

  it("reads pasted text and adds the fields picked beside it", () => {
    expect(systemSchema.parse({ ver: "Version 4.0 (Build 1381: Service Pack 6)", platform: "alpha" })).toMatchObject({
      servicePack: "SP6",
      platform: "alpha",
    });
  });

  it("names the query field in the error path and message", () => {
    expect(issues({ release: "3.51", sp: "SP9" })).toEqual([
      { path: "sp", message: "sp: Windows NT 3.51 has no SP9; its service packs are SP1, SP2, SP3, SP4, SP5." },
    ]);
    expect(issues({ build: "9999" })[0].path).toBe("build");
    expect(issues({ release: "3.1", platform: "ppc" })[0].path).toBe("platform");
    expect(issues({ ver: "nothing here" })[0].path).toBe("ver");
    // The build came from the pasted text, so the text is what disagrees with the release.
    expect(issues({ ver: "Version 4.0 (Build 1381)", release: "3.51" })[0].path).toBe("ver");
    expect(issues({ release: 5 })[0]).toEqual({ path: "release", message: "release must be text" });
    expect(issues({})[0].path).toBe("release");
  });
});
