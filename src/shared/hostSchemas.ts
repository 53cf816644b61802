/** Runtime schemas for every IPC channel of the host contract; main validates each payload with them. */
import { z } from 'zod';
import { IPC, MENU_COMMANDS, type IpcChannel } from './host';

const fileEntry = z.object({
  token: z.string().uuid(),
  name: z.string().max(1024),
  sourceKey: z.string().max(4096),
  size: z.number().int().nonnegative(),
});

export const ipcSchemas = {
  [IPC.pickFiles]: { request: z.tuple([]), response: z.array(fileEntry) },
  [IPC.pickFolder]: { request: z.tuple([]), response: z.array(fileEntry) },
  [IPC.readFile]: { request: z.tuple([z.string().uuid()]), response: z.instanceof(Uint8Array) },
  [IPC.setLanguage]: { request: z.tuple([z.enum(['en', 'ar'])]), response: z.null() },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export const menuCommandSchema = z.enum(MENU_COMMANDS);
