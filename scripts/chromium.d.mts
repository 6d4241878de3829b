export const chromiumExecutablePath: string;
export const chromiumArgs: readonly string[];
export function chromiumLaunchOptions(extraArgs?: readonly string[]): {
  executablePath: string;
  args: string[];
};
