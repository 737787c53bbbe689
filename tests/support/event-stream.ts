/** A minimal Server-Sent Events reader for tests that speak to the live stream over HTTP. */

export type EventFrame = { id: number; data: string };

/** Reads the stream at `url` until `done` says so (or `ms` pass); returns the frames' ids and data, and the response's headers. */
export async function readEventStream(
  url: string,
  headers: Record<string, string>,
  done: (frames: EventFrame[]) => boolean,
  ms = 10_000,
): Promise<{ frames: EventFrame[]; headers: Headers | null }> {
  const frames: EventFrame[] = [];
  let answered: Headers | null = null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    answered = response.headers;
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!done(frames)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (\d+)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (id && data) frames.push({ id: Number(id), data });
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { frames, headers: answered };
}
