/**
 * Sends a main → renderer event of the host contract: the channel comes from the contract and the
 * payload is type-checked against the event's schema, as handlers' replies are (the preload
 * checks it again at run time before the page sees it).
 */
import { HOST_EVENTS, type EventPayload, type HostEventName } from '../shared/hostContract';

/** What of a WebContents this needs (tests pass a fake). */
export interface HostEventTarget {
  send(channel: string, ...args: unknown[]): void;
}

export function sendHostEvent<E extends HostEventName>(target: HostEventTarget, event: E, payload: EventPayload<E>): void {
  target.send(HOST_EVENTS[event].channel, payload);
}
