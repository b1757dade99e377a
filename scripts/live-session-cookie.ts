/** Signs a seeded staff member in to a live server by its API and returns the session cookie, for a browser. */
export async function liveSessionCookie(
  url: string,
  staff: { email: string; password: string },
): Promise<{ name: string; value: string; url: string }> {
  const signIn = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staff.email, password: staff.password }),
  });
  const cookie = signIn.headers.getSetCookie()[0];
  if (!signIn.ok || !cookie) throw new Error(`Signing in to ${url} answered ${signIn.status}: ${await signIn.text()}`);
  const [name, value] = cookie.split(';')[0]!.split('=') as [string, string];
  return { name, value, url };
}
