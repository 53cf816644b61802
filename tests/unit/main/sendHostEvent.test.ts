import { describe, expect, it, vi } from 'vitest';
import { sendHostEvent } from '../../../src/main/sendHostEvent';
import { HOST_EVENTS } from '../../../src/shared/hostContract';

describe('sendHostEvent', () => {
  it('sends each event on its contract channel with its payload alone', () => {
    const target = { send: vi.fn() };
    sendHostEvent(target, 'menuCommand', 'export');
    sendHostEvent(target, 'closeRequest', 12);
    expect(target.send.mock.calls).toEqual([
      [HOST_EVENTS.menuCommand.channel, 'export'],
      [HOST_EVENTS.closeRequest.channel, 12],
    ]);
  });
});
