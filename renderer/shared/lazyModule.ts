/**
 * A module fetched when first needed, once: what it holds once loaded, a load to wait on, and a
 * preload that ignores failure. A failed load is tried again next time.
 */
export function lazyModule<M>(importer: () => Promise<M>) {
  let value: M | undefined;
  let loading: Promise<M> | undefined;
  const load = (): Promise<M> =>
    (loading ??= importer().then(
      (m) => (value = m),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return { get: () => value, load, preload: () => void load().catch(() => undefined) };
}
