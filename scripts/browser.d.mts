export declare const DEBIAN_CHROMIUM: string;
/** undefined when Playwright's own Chromium is installed, else Debian's path */
export declare function chromiumExecutable(): string | undefined;
