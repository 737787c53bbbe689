// Preloaded by the scale bench (node --require): outside Next.js the `'use cache'` directive is inert,
// but `cacheLife`/`cacheTag` would throw. Resolves `next/cache` to functions that do nothing, so the data
// layer can be timed uncached, as a first render after an invalidation reads it.
const Module = require('node:module');
const path = require('node:path');

const stub = path.join(__dirname, 'next-cache-stub.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveNextCache(request, ...rest) {
  if (request === 'next/cache') return stub;
  return resolve.call(this, request, ...rest);
};
