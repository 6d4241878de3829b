// Submissions that survive a lost reply (decision 0022): one Idempotency-Key per submission,
// sent again with each retry, so that the server stores the submission once however many times
// it arrives. A network error or a 5xx is retried a few times with growing pauses; a 4xx is the
// server's answer and is not retried.

/** A new Idempotency-Key: 16 random bytes in base64url (22 characters). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The pauses before each retry, in milliseconds: three retries within about six seconds. */
export const RETRY_DELAYS: readonly number[] = [500, 1500, 4000];

/**
 * POSTs a submission as JSON with the page's CSRF token and one Idempotency-Key for all its
 * attempts. Resolves with the first answer below 500, or the last 5xx after the last retry;
 * rejects with the network error of the last attempt.
 */
export async function postSubmission(
  url: string,
  body: unknown,
  options: { csrfToken: string; key?: string; delays?: readonly number[] },
): Promise<Response> {
  const key = options.key ?? newIdempotencyKey();
  const delays = options.delays ?? RETRY_DELAYS;
  // The same bytes on every attempt: the server compares the request with the first one.
  const text = JSON.stringify(body);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'csrf-token': options.csrfToken,
          'idempotency-key': key,
        },
        body: text,
        credentials: 'same-origin',
      });
      if (response.status < 500 || attempt >= delays.length) return response;
    } catch (error) {
      if (attempt >= delays.length) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
  }
}
