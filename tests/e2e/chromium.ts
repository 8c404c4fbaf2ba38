/**
 * How the suites and the renderer bench launch Chromium. Playwright cannot download its own browsers
 * on this project's machines, so Debian's chromium package is used. Root in a container needs
 * --no-sandbox; the networking flags stop Chromium calling home on a machine without a network.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
