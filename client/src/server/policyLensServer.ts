// Typed access to the server's custom requests, for the views and commands. Requests wait for a
// starting server and fail with a clear error when it is stopped, instead of hanging.

import type * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  ClaimMatrixRequest,
  type ClaimMatrixParams,
  ConflictsRequest,
  EntitiesRequest,
  EntityAtRequest,
  SetReviewedRequest,
  type ClaimMatrixResult,
  type ConflictsParams,
  type ConflictsResult,
  type EntitiesParams,
  type EntitiesResult,
  type EntityAtParams,
  type EntityAtResult,
  type SetReviewedParams,
  type SetReviewedResult,
} from '../../../server/src/protocol';
import type { RestartBudget } from './restartBudget';

export class ServerNotRunningError extends Error {
  constructor() {
    super('The Policy Lens language server is not running. Run "Policy Lens: Restart Language Server".');
  }
}

export type ServerState = 'starting' | 'running' | 'stopped';

export class PolicyLensServer {
  /** The first start, so that views asking before it has begun wait instead of failing. */
  private firstStart: Promise<void> | undefined;

  constructor(
    readonly client: LanguageClient,
    private readonly budget: RestartBudget,
  ) {}

  get state(): ServerState {
    if (this.client.state === State.Running) return 'running';
    if (this.client.state === State.Starting || this.firstStart === undefined) return 'starting';
    return 'stopped';
  }

  start(): Promise<void> {
    this.firstStart ??= this.client.start();
    return this.firstStart;
  }

  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    if (this.client.state === State.Starting) {
      await this.client.start(); // resolves with the start already under way
    } else if (this.client.state !== State.Running && this.firstStart === undefined) {
      await this.start();
    }
    if (this.client.state !== State.Running) throw new ServerNotRunningError();
    return this.client.sendRequest<R>(method, params, token);
  }

  entities(params: EntitiesParams, token?: vscode.CancellationToken): Promise<EntitiesResult> {
    return this.request(EntitiesRequest, params, token);
  }

  conflicts(params: ConflictsParams, token?: vscode.CancellationToken): Promise<ConflictsResult> {
    return this.request(ConflictsRequest, params, token);
  }

  claimMatrix(params: ClaimMatrixParams, token?: vscode.CancellationToken): Promise<ClaimMatrixResult> {
    return this.request(ClaimMatrixRequest, params, token);
  }

  entityAt(params: EntityAtParams, token?: vscode.CancellationToken): Promise<EntityAtResult | null> {
    return this.request(EntityAtRequest, params, token);
  }

  setReviewed(params: SetReviewedParams): Promise<SetReviewedResult> {
    return this.request(SetReviewedRequest, params);
  }

  /** The user asked for a restart: forget earlier crashes and start afresh. */
  async restart(): Promise<void> {
    this.budget.reset();
    if (this.client.state === State.Running) await this.client.restart();
    else await this.client.start();
  }
}
