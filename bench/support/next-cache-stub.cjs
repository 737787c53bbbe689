// See inert-next-cache.cjs.
const noop = () => {};
module.exports = { cacheLife: noop, cacheTag: noop, updateTag: noop, revalidateTag: noop, revalidatePath: noop, unstable_cache: (fn) => fn };
