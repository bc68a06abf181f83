/**
 * A render that threw after Next had sent its 200 (streaming): the page carries the exception's
 * numeric digest (notFound and redirect digests are words) and the browser shows the error page.
 */
export const streamedError = (body: string) => /data-dgst="\d+"|"digest":"\d+"/.test(body);
