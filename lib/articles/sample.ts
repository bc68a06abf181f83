/** Fewer articles than any real load: the shipped content/ sample (and test seeds). The home page and `npm start` then say how to load the archive. */
export const isSampleOnly = (total: number) => total < 100;

export const LOAD_ARCHIVE_COMMAND = "npx kb import --kbarchive";
