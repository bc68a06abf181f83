export * from "./evaluate";
export * from "./facts";
export * from "./fix";
export * from "./installed-file";
export * from "./supersedence";
