/** Reads the JSON a page embeds for its scripts (`jsonScript` on the server). */
export function pageData<T>(id: string): T | undefined {
  const element = document.getElementById(id);
  if (!element?.textContent) return undefined;
  return JSON.parse(element.textContent) as T;
}

/** The CSRF token of the page (a meta element written by the server). */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

/** Sends JSON to the server with the page's CSRF token; rejects when the answer is not 2xx. */
export async function sendJson(
  url: string,
  method: 'POST' | 'PUT',
  body: unknown,
): Promise<Response> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'csrf-token': csrfToken() },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response;
}
