export interface HttpAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client for the app under test: every call answers with status, parsed body and headers. */
export function httpClient(baseUrl: string, defaultHeaders: Record<string, string> = {}) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      // A FormData body (multipart upload) sets its own content type with the boundary.
      headers: body === undefined || body instanceof FormData ? defaultHeaders : { ...defaultHeaders, 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json');
    return { status: response.status, body: (isJson && text ? JSON.parse(text) : text) as T, headers: response.headers };
  }
  return {
    get: <T = any>(path: string) => call<T>('GET', path),
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
    postForm: <T = any>(path: string, form: FormData) => call<T>('POST', path, form),
    patch: <T = any>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T = any>(path: string) => call<T>('DELETE', path),
  };
}
