// Types for extension.mjs.
import type { EditorProfile } from './codeServer.mjs';
export declare function readManifest(): { name: string; publisher: string; version: string; [key: string]: unknown };
export declare function extensionFolderName(manifest?: { name: string; publisher: string; version: string }): string;
export declare function buildExtension(): void;
export declare function packageVsix(outDir: string): string | undefined;
export declare function copyExtensionFolder(extensionsDir: string): string;
export declare function installExtension(profile: EditorProfile, options: { vsix: string | undefined }): { kind: 'vsix' | 'folder'; path: string };
