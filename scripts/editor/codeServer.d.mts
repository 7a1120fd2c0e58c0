// Types for codeServer.mjs.
export interface EditorProfile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  xdgConfig: string;
  xdgData: string;
  xdgCache: string;
  logFile: string;
}
export interface RunningEditor {
  url: string;
  port: number;
  /** Also the process group id: code-server leads its own group. */
  pid: number;
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export declare const QUIET_SETTINGS: Record<string, unknown>;
export declare function profilePaths(root: string): EditorProfile;
export declare function prepareProfile(root: string, extraSettings?: Record<string, unknown>): EditorProfile;
export declare function codeServerEnv(profile: EditorProfile): NodeJS.ProcessEnv;
export declare function runCodeServerCli(profile: EditorProfile, args: string[]): string;
export declare function freePort(): Promise<number>;
export declare function launchCodeServer(options: {
  profile: EditorProfile;
  workspace: string;
  port?: number;
  readyTimeoutMs?: number;
}): Promise<RunningEditor>;
export declare function processesInGroup(pgid: number, needle: string): number[];
