/**
 * Checks a reply from main before the renderer uses it. The bridge passes on whatever came back;
 * here it must be a `{ ok, value | error }` result whose value matches the call's reply schema in
 * the contract. Anything else becomes an error that names the call, not a crash further on.
 */
import * as z from 'zod/mini';
import { describeIssues, HOST_CALLS, type CallReply, type HostCallName } from '../../shared/hostContract';

const resultSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]);

/** Main answered, but not as the contract says. */
export class MalformedReplyError extends Error {
  override readonly name = 'MalformedReplyError';
}

export function readReply<N extends HostCallName>(name: N, reply: unknown): CallReply<N> {
  const result = resultSchema.safeParse(reply);
  if (!result.success) throw new MalformedReplyError(`The desktop app sent a malformed reply to ${name}: not a result (${describeIssues(result.error)}).`);
  if (!result.data.ok) throw new Error(result.data.error);
  const value = HOST_CALLS[name].response.safeParse(result.data.value);
  if (!value.success) throw new MalformedReplyError(`The desktop app sent a malformed reply to ${name}: ${describeIssues(value.error)}.`);
  return value.data as CallReply<N>;
}
