/**
 * Whether a request that changes something comes from one of this site's own pages. Server actions
 * get this check from Next; a route handler that takes a form (an import) does it here, the same way:
 * the browser's `Origin` must name the host the request was sent to (as a proxy in front reports it).
 * A request without `Origin` is refused too, since every browser sends it with a POST from a page.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
