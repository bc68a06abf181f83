import { describe, expect, it } from "vitest";
import { can } from "./roles";

describe("can", () => {
  it("lets admins do everything and editors only articles", () => {
    expect(can("admin", "users")).toBe(true);
    expect(can("admin", "articles")).toBe(true);
    expect(can("editor", "articles")).toBe(true);
    expect(can("editor", "users")).toBe(false);
  });

  it("gives an unknown role nothing", () => {
    expect(can("root", "articles")).toBe(false);
  });
});
