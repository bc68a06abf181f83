// The KB's issue types, as its keywords file them (the footer's "Issue type" and the header's
// KEYWORDS carry the same tags): what the "Issue type" filter offers.
export const ISSUE_TYPES = [
  { id: "kbbug", label: "Bug" },
  { id: "kbprb", label: "Problem" },
  { id: "kbinfo", label: "Information" },
  { id: "kbhowto", label: "How-to" },
] as const;

export type IssueType = (typeof ISSUE_TYPES)[number]["id"];

export const ISSUE_TYPE_IDS = ISSUE_TYPES.map((t) => t.id) as [IssueType, ...IssueType[]];
