// The one place the pages talk to the API. The bearer token lives in sessionStorage only: no cookie
// carries it (so no other site can make the browser send it), it ends with the tab, and the strict
// Content-Security-Policy keeps other origins' scripts off the page that could read it.

const SESSION = 'roster.session';

export const session = {
  get() {
    try {
      return JSON.parse(sessionStorage.getItem(SESSION)) ?? null;
    } catch {
      return null;
    }
  },
  save(value) {
    sessionStorage.setItem(SESSION, JSON.stringify(value));
  },
  clear() {
    sessionStorage.removeItem(SESSION);
  },
};

/** A refusal from the API, or no answer at all (status 0), with its problem document. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

let onSessionEnded = () => {};

/** Called when the API says the token is no longer valid (expired or revoked). */
export function whenSessionEnds(callback) {
  onSessionEnded = callback;
}

/**
 * Sends a request; resolves {status, body} for a 2xx and for the statuses listed in `accept`,
 * rejects with an ApiError for any other answer.
 */
export async function request(method, path, { body, headers = {}, accept = [] } = {}) {
  const current = session.get();
  const sent = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  }
  if (current?.token) {
    sent.Authorization = `Bearer ${current.token}`;
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { code: 'network_error' });
  }
  const type = response.headers.get('Content-Type') ?? '';
  let parsed = null;
  if (type.includes('json')) {
    try {
      parsed = await response.json();
    } catch {
      parsed = null;
    }
  }
  if (response.ok || accept.includes(response.status)) {
    return { status: response.status, body: parsed };
  }
  if (response.status === 401 && current?.token) {
    session.clear();
    onSessionEnded();
  }
  throw new ApiError(response.status, parsed ?? { code: response.status >= 500 ? 'internal_error' : null });
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options = {}) => request('POST', path, { ...options, body });
export const patch = (path, body, options = {}) => request('PATCH', path, { ...options, body });
