/** Class names joined, the falsy ones left out: cn("row", active && "bg-blue-50"). */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
