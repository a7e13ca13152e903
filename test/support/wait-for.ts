/** Polls `check` until it returns a truthy value, failing with `what` after `timeoutMs`. Waits on outcomes, never on time. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 25));
  } while (Date.now() < deadline);
  throw new Error(`Timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}
