import { NextResponse, type NextRequest } from "next/server";

// Next's router answers 500 when a dynamic segment is not valid percent-encoding
// (/kb/%E0): refuse such addresses with a 400 before routing. The matcher sends only
// addresses with a "%" in a dynamic route here, so ordinary requests pay nothing.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/(kb|files|admin/kb|api/articles)/(.*%.*)"],
};
