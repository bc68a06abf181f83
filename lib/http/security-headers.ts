// Headers every response carries. The pages hold only our own scripts and styles: Next's
// inline bootstrap scripts and the theme and shortcut scripts need 'unsafe-inline' (a nonce
// would make every page dynamic and lose the page cache), so the defence against injected
// markup stays rehype-sanitize; the policy still blocks other origins, plugins, <base>
// hijacking, form posts elsewhere and framing.
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code, and its hot reloading uses a WebSocket
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(dev: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
