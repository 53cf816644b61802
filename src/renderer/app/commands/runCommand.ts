/**
 * Running a bound command (ui/commandBindings.ts holds the bindings): for the key dispatcher, the
 * menu, the toolbar and the palette.
 */
import type { CommandId } from '../../../shared/commands/commandTable';
import { bindingOf, type CommandBinding, type Invocation } from '../../ui/commandBindings';

/** The binding of `id` if it is bound and applies now. */
export function availableBinding(id: CommandId): CommandBinding | undefined {
  const binding = bindingOf(id);
  return binding && (binding.enabled?.() ?? true) ? binding : undefined;
}

/**
 * Runs a command as the menu, the toolbar or the palette asks for it. Returns whether it ran (it
 * is bound, applies now, and did not decline).
 */
export function runCommand(id: CommandId, invocation: Invocation = { event: null }): boolean {
  const binding = availableBinding(id);
  return !!binding && binding.run(invocation) !== false;
}
