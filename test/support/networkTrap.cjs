// Preload (node --require) that traps every way a Node process can reach the network: sockets
// (net, tls), HTTP(S) requests, DNS look-ups and fetch. An attempt is recorded (one JSON line in
// the file named by POLICY_LENS_NETWORK_LOG, with a stack) and then refused with an error, so the
// tests can prove that the server and the CLI make no network request at run time. Local pipes
// (stdio, IPC) never go through these functions and are untouched.
'use strict';

const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');

const logFile = process.env.POLICY_LENS_NETWORK_LOG;

function describeTarget(args) {
  try {
    return JSON.stringify(args, (key, value) => (typeof value === 'function' ? '[function]' : value)).slice(0, 300);
  } catch {
    return String(args[0]);
  }
}

function trap(api, original) {
  return function trapped(...args) {
    const entry = { api, target: describeTarget(args), pid: process.pid, stack: new Error().stack.split('\n').slice(2, 8).join('\n') };
    if (logFile) fs.appendFileSync(logFile, JSON.stringify(entry) + '\n');
    throw new Error(`network access blocked by the test trap: ${api} ${entry.target}`);
  };
}

const patches = [
  [net.Socket.prototype, 'connect', 'net.Socket#connect'],
  [net, 'connect', 'net.connect'],
  [net, 'createConnection', 'net.createConnection'],
  [tls, 'connect', 'tls.connect'],
  [http, 'request', 'http.request'],
  [http, 'get', 'http.get'],
  [https, 'request', 'https.request'],
  [https, 'get', 'https.get'],
  [dns, 'lookup', 'dns.lookup'],
  [dns, 'resolve', 'dns.resolve'],
  [dns, 'resolve4', 'dns.resolve4'],
  [dns, 'resolve6', 'dns.resolve6'],
  [dns.promises, 'lookup', 'dns.promises.lookup'],
  [dns.promises, 'resolve', 'dns.promises.resolve'],
];
for (const [owner, name, api] of patches) owner[name] = trap(api, owner[name]);
if (typeof globalThis.fetch === 'function') globalThis.fetch = trap('fetch', globalThis.fetch);
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket', globalThis.WebSocket);
