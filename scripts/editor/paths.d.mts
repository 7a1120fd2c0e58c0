// Types for paths.mjs, so the TypeScript end-to-end suite can share the editor scripts.
export declare const projectRoot: string;
export declare const cacheDir: string;
export declare const CODE_SERVER_VERSION: string;
export declare const NODE24_VERSION: string;
export declare function node24PackageName(): string;
export declare const node24Prefix: string;
export declare function node24Home(): string;
export declare function node24Binary(): string;
export declare const codeServerPrefix: string;
export declare const codeServerPackageDir: string;
export declare const codeServerEntry: string;
export declare const codeServerMarker: string;
export declare const node24Marker: string;
export declare const logsDir: string;
export declare const BUILD_PACKAGES: string[];
export declare const BROWSER_PACKAGES: string[];
export declare const CHROMIUM_PATH: string;
