// Requests to the farm with the session cookie; every change carries the session's CSRF token.

let csrf = null;

/** Called once logged in, with the token the farm gave the session. */
export function useToken(token) {
  csrf = token;
}

/** A refusal in the farm's one error shape: code for programs, message for people. */
export class FarmError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Sends one request; answers the JSON body, or throws FarmError. */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-Farmhand-Csrf'] = csrf;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new FarmError(0, 'unreachable', 'the farm cannot be reached: is it running?');
  }
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data && data.error;
    throw new FarmError(
      response.status,
      error ? error.code : 'unknown',
      error ? error.message : `the farm answered ${response.status}`,
    );
  }
  return data;
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body === undefined ? {} : body);

/** Every job of the account, newest first, a thousand a request. */
export async function allJobs() {
  const jobs = [];
  let cursor = null;
  do {
    const page = await get('/api/v1/jobs?limit=1000' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    jobs.push(...page.jobs);
    cursor = page.next_cursor || null;
  } while (cursor);
  return jobs;
}

/** Every item of a paged list under `path` (`tasks`, `outputs`). */
export async function allOf(path, field) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(path + sep + 'limit=1000' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    items.push(...page[field]);
    cursor = page.next_cursor || null;
  } while (cursor);
  return items;
}

/** Applies a control to jobs; answers one result per job. */
export function act(control, jobIds, priority) {
  const body = { control, job_ids: jobIds };
  if (priority !== undefined) body.priority = priority;
  return post('/api/v1/jobs/actions', body).then((answer) => answer.results);
}
