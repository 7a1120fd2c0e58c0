// Types for install-editor.mjs.
export declare class InstallError extends Error {}
export declare function ensureEditor(options?: { browser?: boolean }): Promise<void>;
