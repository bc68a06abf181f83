// Entry of the parse worker thread: TypeScript loads through tsx, as in the main thread.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
