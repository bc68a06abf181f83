import { expect, test } from "vitest";
import { Lru } from "./lru";

test("evicts the least recently used entry", () => {
  const lru = new Lru<string, number>(2);
  lru.set("a", 1);
  lru.set("b", 2);
  expect(lru.get("a")).toBe(1); // a is now the most recent
  lru.set("c", 3);
  expect(lru.get("b")).toBeUndefined();
  expect(lru.get("a")).toBe(1);
  expect(lru.get("c")).toBe(3);
  expect(lru.size).toBe(2);
});

test("setting an existing key refreshes it without growing", () => {
  const lru = new Lru<string, number>(2);
  lru.set("a", 1);
  lru.set("b", 2);
  lru.set("a", 10);
  lru.set("c", 3);
  expect(lru.get("a")).toBe(10);
  expect(lru.get("b")).toBeUndefined();
});

test("with a weight, the total stays under the bound however the entries come", () => {
  const lru = new Lru<string, string>(10, (s) => s.length);
  lru.set("a", "xxxx");
  lru.set("b", "xxxx");
  lru.set("c", "xxxx"); // 12 > 10: a goes
  expect(lru.get("a")).toBeUndefined();
  expect(lru.total).toBe(8);
  lru.set("b", "x"); // replacing counts the new weight only
  expect(lru.total).toBe(5);
  lru.set("d", "xxxxxxxxxxx"); // heavier than the bound: nothing can stay, itself included
  expect(lru.size).toBe(0);
  expect(lru.total).toBe(0);
});
