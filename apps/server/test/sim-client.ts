/**
 * One call to the Zalo simulator's scripting API (`/_sim/...`) at `baseUrl`: the JSON answer, or
 * `{}` for an empty one.
 */
export async function callSim<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/_sim${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return (text === '' ? {} : JSON.parse(text)) as T;
}
