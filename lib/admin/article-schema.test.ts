import { describe, expect, it } from "vitest";
import { emptyFormValues, formDataToValues, inputToValues, valuesToInput } from "./article-form";
import { fieldErrors } from "../validations/issues";
import { articleInputSchema, EMPTY_FOOTER } from "./article-schema";

function validValues() {
  return {
    ...emptyFormValues(),
    id: "q900001",
    title: "STOP 0x0000001E in Rassrv.exe",
    lastModified: "1999-12-01",
    versions: "4.0, 4.0 SP5",
    editions: "Server, Terminal Server Edition",
    keywords: "kbbug kbfix",
    fixedIn: "4.0 SP6a, latest",
    body: "## Symptoms\n\nThe server stops.",
    files: [
      {
        name: "Rassrv.exe",
        size: "61,712",
        platform: "x86",
        date: "1999-11-30",
        time: "17:05",
        version: "4.0.1381.133",
      },
    ],
  };
}

describe("article schema through the form", () => {
  it("accepts a valid article and normalizes its text", () => {
    const parsed = articleInputSchema.parse(valuesToInput(validValues()));
    expect(parsed.id).toBe("Q900001");
    expect(parsed.editions).toEqual(["Server", "Terminal Server Edition"]);
    expect(parsed.fixedIn).toEqual([
      { release: "4.0", servicePack: "SP6a" },
      { release: null, servicePack: "latest" },
    ]);
    expect(parsed.files[0]).toMatchObject({ size: 61712, platform: "x86" });
  });

  it("round-trips stored articles to form text and back", () => {
    const parsed = articleInputSchema.parse(valuesToInput(validValues()));
    expect(articleInputSchema.parse(valuesToInput(inputToValues(parsed, 3)))).toEqual(parsed);
  });

  it("names each bad field", () => {
    const values = validValues();
    values.id = "KB123";
    values.lastModified = "1999-02-30";
    values.files = [{ ...values.files[0], date: "30/11/1999", time: "5pm", size: "60 KB", platform: "sparc" }];
    const result = articleInputSchema.safeParse(valuesToInput(values));
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors.id).toMatch(/Q/);
    expect(errors.lastModified).toMatch(/real date/);
    expect(errors["files.0.date"]).toMatch(/YYYY-MM-DD/);
    expect(errors["files.0.time"]).toMatch(/HH:MM/);
    expect(errors["files.0.size"]).toMatch(/bytes/);
    expect(errors["files.0.platform"]).toMatch(/x86, alpha, mips, ppc/);
  });

  it("reads file rows from form data in screen order", () => {
    const fd = new FormData();
    fd.set("id", "Q1");
    fd.set("files.1.name", "b.dll");
    fd.set("files.0.name", "a.dll");
    fd.set("hotfixAvailable", "on");
    const values = formDataToValues(fd);
    expect(values.files.map((f) => f.name)).toEqual(["a.dll", "b.dll"]);
    expect(values.hotfixAvailable).toBe(true);
  });
});

describe("article schema for the write API", () => {
  it("accepts only id, title, lastModified and body, defaulting the rest", () => {
    const parsed = articleInputSchema.parse({
      id: "Q900001",
      title: "Rassrv.exe stops",
      lastModified: "1999-12-01",
      body: "The service stops.",
    });
    expect(parsed).toMatchObject({
      product: "winnt",
      versions: [],
      appliesTo: [],
      editions: [],
      keywords: [],
      fixedIn: [],
      hotfixAvailable: false,
      files: [],
      footer: EMPTY_FOOTER,
    });
  });

  it("drops keys it does not know, as the API's GET answer carries revision and deleted", () => {
    const parsed = articleInputSchema.parse({
      id: "Q900001",
      title: "T",
      lastModified: null,
      body: "B",
      revision: 3,
      deleted: false,
    });
    expect(parsed).not.toHaveProperty("revision");
    expect(parsed).not.toHaveProperty("deleted");
  });

  it("still requires the id, title, lastModified and body", () => {
    const result = articleInputSchema.safeParse({});
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(["body", "id", "lastModified", "title"]);
  });
});
