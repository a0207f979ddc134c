/**
 * A tiny GraphQL client for test set-up and for acting as "someone else" (for example the
 * concurrent edit in the conflict test). It signs in like the dashboard does and keeps the
 * session cookie.
 */
export interface ApiSession {
  cookie: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  logout(): Promise<void>;
}

export async function apiLogin(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }',
      variables: { email, password },
    }),
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`Sign-in of ${email} failed: ${body.errors[0].message}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('hub_session='));
  if (!cookie) throw new Error(`Sign-in of ${email} set no hub_session cookie`);

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const r = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await r.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (json.errors?.length) {
      const e = json.errors[0];
      throw Object.assign(new Error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`), { code: e.extensions?.code });
    }
    return json.data as T;
  };
  return {
    cookie,
    gql,
    logout: async () => {
      await gql('mutation { logout }').catch(() => undefined);
    },
  };
}
