#!/usr/bin/env node
// The `kb` command (npx kb ...): runs the TypeScript CLI through tsx, which Prisma's generated ESM client needs.
import { register } from "tsx/esm/api";

register();
await import("../scripts/kb/main.ts");
