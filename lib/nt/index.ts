export * from "./article-versions";
export * from "./editions";
export * from "./names";
export * from "./parse-system";
export * from "./platforms";
export * from "./releases";
export * from "./service-packs";
export * from "./system";
