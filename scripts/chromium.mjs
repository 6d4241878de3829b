// How every test, check and benchmark of the repository launches Chromium: Debian's build
// (CI installs it with apt; Playwright downloads none), or the one CHROMIUM_PATH names, headless
// with the flags this closed network needs (no background networking, no component updates).
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Playwright launch options: the executable and the flags above, plus any `extraArgs`. */
export function chromiumLaunchOptions(extraArgs = []) {
  return { executablePath: chromiumExecutablePath, args: [...chromiumArgs, ...extraArgs] };
}
