/** Waits until `url` answers 2xx (a server starting up), or throws after `ms`. */
export async function waitFor(url: string, ms = 240_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in time`);
}
