// The extension manifest is code too: these checks keep package.json, the client's registered
// commands, the server's token legend and the packaged files consistent.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from '../../../server/src/protocol';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

function clientSources(dir = join(root, 'client', 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? clientSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

const declaredCommands: string[] = contributes.commands.map((c: { command: string }) => c.command);

describe('extension manifest', () => {
  it('keeps the engine, entry point and packaging script the brief requires', () => {
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(manifest.main).toBe('./dist/client.js');
    expect(manifest.scripts.package).toMatch(/^vsce package --no-dependencies .*-o policy-lens\.vsix$/);
    expect(manifest.scripts['vscode:prepublish']).toBe('npm run build');
  });

  it('declares every command the client registers, all in the "Policy Lens" category', () => {
    const registered = new Set(clientSources().flatMap((source) => [...source.matchAll(/register(?:Command)?\('(policyLens\.[\w.]+)'/g)].map((m) => m[1])));
    expect(registered.size).toBeGreaterThan(10);
    for (const id of registered) expect(declaredCommands, id).toContain(id);
    for (const c of contributes.commands) expect(c.category, c.command).toBe('Policy Lens');
  });

  it('offers the researcher’s main commands in the palette, and hides the internal ones', () => {
    for (const id of ['policyLens.checkClaims', 'policyLens.showClaimMatrix', 'policyLens.revealEntity', 'policyLens.annotateSelection', 'policyLens.exportAnnotations', 'policyLens.restartServer', 'policyLens.showOutput']) {
      expect(declaredCommands).toContain(id);
      const hidden = contributes.menus.commandPalette.find((entry: { command: string; when: string }) => entry.command === id && entry.when === 'false');
      expect(hidden, id).toBeUndefined();
    }
    const openLocation = contributes.menus.commandPalette.find((entry: { command: string }) => entry.command === 'policyLens.openLocation');
    expect(openLocation.when).toBe('false');
  });

  it('keeps the annotation commands disabled until the annotations feature says it is ready', () => {
    for (const id of ['policyLens.annotateSelection', 'policyLens.exportAnnotations']) {
      const command = contributes.commands.find((c: { command: string }) => c.command === id);
      expect(command.enablement).toBe('policyLens.annotationsReady');
    }
  });

  it('contributes one semantic token type per entity kind, matching the server’s legend, each with a default colour scope', () => {
    const ids = contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
    expect(ids).toEqual([...SemanticTokenTypes]);
    const scopes = contributes.semanticTokenScopes[0].scopes;
    for (const id of ids) expect(scopes[id]?.length, id).toBeGreaterThan(0);
  });

  it('gives every setting a description, a default and a scope', () => {
    const properties = contributes.configuration.properties;
    for (const key of ['policyLens.corpus.include', 'policyLens.corpus.exclude', 'policyLens.checkOn', 'policyLens.diagnostics.severity', 'policyLens.maxFileSizeKB', 'policyLens.server.maxMemoryMB', 'policyLens.referenceData', 'policyLens.annotations.author']) {
      expect(properties[key], key).toBeDefined();
    }
    for (const [key, setting] of Object.entries<Record<string, unknown>>(properties)) {
      expect(setting.description ?? setting.markdownDescription, key).toBeTruthy();
      expect(setting, key).toHaveProperty('default');
      expect(setting.scope, key).toBeTruthy();
      if (Array.isArray(setting.enum)) expect((setting.enumDescriptions as unknown[]).length, key).toBe(setting.enum.length);
    }
    expect(properties['policyLens.diagnostics.severity'].default).toBe('warning');
  });

  it('restricts reference data in untrusted workspaces and declares virtual-workspace support', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['policyLens.referenceData'] });
    expect(manifest.capabilities.untrustedWorkspaces.description).toBeTruthy();
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
  });

  it('has an activity-bar container with the three views, and welcome content for annotations', () => {
    expect(contributes.viewsContainers.activitybar[0]).toMatchObject({ id: 'policyLens', icon: 'media/policy-lens.svg' });
    expect(contributes.views.policyLens.map((v: { id: string }) => v.id)).toEqual(['policyLens.entities', 'policyLens.conflicts', 'policyLens.annotations']);
    expect(contributes.viewsWelcome.find((w: { view: string }) => w.view === 'policyLens.annotations').contents).toContain('Annotate Selection');
  });

  it('points only at files that exist', () => {
    const paths = [
      manifest.icon,
      contributes.viewsContainers.activitybar[0].icon,
      ...contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...contributes.grammars.map((g: { path: string }) => g.path),
    ];
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('names each grammar by the scope its file declares, and injects figures into plain text, Markdown and policy-text', () => {
    for (const grammar of contributes.grammars) {
      const file = JSON.parse(readFileSync(join(root, grammar.path), 'utf8'));
      expect(file.scopeName).toBe(grammar.scopeName);
    }
    const injection = contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
    expect(injection.injectTo).toEqual(['text.plain', 'text.html.markdown', 'text.policy']);
    // VS Code has no grammar for plain text; without a host grammar the injection would never run there.
    expect(contributes.grammars).toContainEqual(expect.objectContaining({ language: 'plaintext', scopeName: 'text.plain' }));
  });
});

describe('packaged file list (.vscodeignore)', () => {
  const rules = readFileSync(join(root, '.vscodeignore'), 'utf8');

  it('starts by excluding everything and lets in only what the extension runs or shows', () => {
    expect(rules.split('\n').find((line) => line.trim() && !line.startsWith('#'))).toBe('**');
    // dist/*.js: the client, the server, its analysis worker and the CLI are all bundles that run.
    for (const kept of ['!dist/*.js', '!seeds/**', '!server/data/**', '!syntaxes/*.json', '!media/icon.png', '!media/screenshot.png', '!language-configuration.json', '!CHANGELOG.md', '!LICENSE']) {
      expect(rules).toContain(kept);
    }
    expect(rules).not.toMatch(/^!(client|test|scripts|node_modules)/m);
    expect(rules).toMatch(/^\*\*\/\*\.map$/m);
  });

  it('packages the Marketplace README, which has no links relative to the repository', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.scripts.package).toContain('--readme-path MARKETPLACE.md');
    const marketplace = readFileSync(join(root, 'MARKETPLACE.md'), 'utf8');
    expect(marketplace).not.toMatch(/\]\((?!https:)[^)]*\)/);
  });
});
