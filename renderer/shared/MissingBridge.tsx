/** Shown when a window is opened without Mobes behind it (a plain browser tab, say). */
export function MissingBridge() {
  return (
    <main className="missing-bridge">
      <p>
        This page is part of the Mobes app and needs the app to run. In a browser, open{' '}
        <a href="demo.html">the demo</a> instead.
      </p>
    </main>
  );
}
