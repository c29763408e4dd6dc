// The one headless Chromium the browser tests and the benches drive (Debian's, installed by .ci/run), and the
// flags both launch it with: nothing in the background may touch the network or the timings.

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
