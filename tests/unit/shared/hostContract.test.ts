import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  BRIDGE_METHODS,
  CLOSE_REQUEST_CHANNEL,
  describeIssues,
  HOST_CALL_NAMES,
  HOST_CALLS,
  HOST_EVENT_NAMES,
  HOST_EVENTS,
  IPC,
  ipcSchemas,
  listenerName,
  MENU_EVENT_CHANNEL,
  SAME_CALL_NAMES,
  SAME_EVENT_NAMES,
} from '../../../src/shared/hostContract';
import { fileBytesSchema } from '../../../src/shared/hostSchemas';

describe('the host contract', () => {
  it('gives every call and every event its own channel', () => {
    const channels = [...Object.values(HOST_CALLS), ...Object.values(HOST_EVENTS)].map((definition) => definition.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('derives the channel tables from the definitions', () => {
    expect(HOST_CALL_NAMES).toEqual(Object.keys(HOST_CALLS));
    expect(HOST_EVENT_NAMES).toEqual(Object.keys(HOST_EVENTS));
    for (const name of HOST_CALL_NAMES) {
      expect(IPC[name]).toBe(HOST_CALLS[name].channel);
      expect(ipcSchemas[HOST_CALLS[name].channel]).toBe(HOST_CALLS[name]);
    }
    expect(Object.keys(ipcSchemas)).toHaveLength(HOST_CALL_NAMES.length);
    expect(MENU_EVENT_CHANNEL).toBe('menu:command');
    expect(CLOSE_REQUEST_CHANNEL).toBe('window:close-request');
  });

  it('names the bridge methods after the calls and, with "on", the events', () => {
    expect([...BRIDGE_METHODS].sort()).toEqual(
      [
        'pickFiles',
        'pickFolder',
        'readFile',
        'setLanguage',
        'saveExport',
        'printReportToPdf',
        'readyToClose',
        'openExternal',
        'writeBackup',
        'listBackups',
        'readBackup',
        'setLibraryAside',
        'onMenuCommand',
        'onCloseRequest',
      ].sort(),
    );
    expect(listenerName('closeRequest')).toBe('onCloseRequest');
  });

  it('lists as "same" the calls and events the Host has unchanged, and only those', () => {
    expect([...SAME_CALL_NAMES].sort()).toEqual(['listBackups', 'openExternal', 'printReportToPdf', 'readBackup', 'saveExport', 'setLanguage', 'setLibraryAside', 'writeBackup']);
    expect(SAME_EVENT_NAMES).toEqual(['menuCommand']);
  });

  it('takes its arguments as a tuple: no call accepts an extra argument', () => {
    for (const name of HOST_CALL_NAMES) {
      const request = HOST_CALLS[name].request;
      const arity = request._zod.def.items.length;
      expect(request.safeParse(Array.from({ length: arity + 1 }, () => null)).success, name).toBe(false);
    }
  });

  it('parses without eval, which the renderer CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
  });
});

describe('fileBytesSchema', () => {
  it('accepts a Uint8Array from another realm (a reply copied across contextBridge) and a Buffer', () => {
    const foreign: unknown = runInNewContext('new Uint8Array([1, 2, 3])');
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(fileBytesSchema.safeParse(foreign).success).toBe(true);
    expect(fileBytesSchema.safeParse(Buffer.from('abc')).success).toBe(true);
  });

  it('refuses what only looks like bytes', () => {
    for (const value of [[1, 2, 3], new Uint8Array(2).buffer, new Uint16Array(2), 'AQID', { [Symbol.toStringTag]: 'Uint8Array', byteLength: 3 }, null]) {
      expect(fileBytesSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('describeIssues', () => {
  it('says which argument and which field, and what is wrong', () => {
    const result = HOST_CALLS.saveExport.request.safeParse([{ suggestedName: '../x.html', mimeType: 'text/html', bytes: new Uint8Array() }]);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error, true)).toBe('argument 1 (suggestedName): a file name, not a path');
  });

  it('speaks of the arguments as a whole when their number is wrong', () => {
    const result = HOST_CALLS.readFile.request.safeParse([]);
    if (!result.success) expect(describeIssues(result.error, true)).toMatch(/^arguments: Too small/);
    expect(result.success).toBe(false);
  });

  it('gives a field path for a reply, and counts what it leaves out', () => {
    const result = HOST_CALLS.pickFiles.response.safeParse([{ token: 'x', name: 1, sourceKey: 2, size: -1 }]);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toMatch(/^0\.token: Invalid UUID; 0\.name: .+; 0\.sourceKey: .+ \(and 1 more\)$/);
  });
});
