import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../src/renderer/app/commands/runCommand';
import { bindCommands, bindingOf, keyed } from '../../../src/renderer/ui/commandBindings';

describe('command bindings', () => {
  it('runs the latest binding of an id, and the one before it once that is unbound', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unbindFirst = bindCommands({ export: { run: first } });
    const unbindSecond = bindCommands({ export: { run: second } });
    expect(runCommand('export')).toBe(true);
    expect(second).toHaveBeenCalledOnce();
    unbindSecond();
    expect(runCommand('export')).toBe(true);
    expect(first).toHaveBeenCalledOnce();
    unbindFirst();
    expect(bindingOf('export')).toBeUndefined();
    expect(runCommand('export')).toBe(false);
  });

  it('does not run a command that does not apply now, or one that declines', () => {
    let importing = false;
    const cancel = vi.fn();
    const unbind = bindCommands({ 'cancel-import': { run: cancel, enabled: () => importing }, 'pick-choose': { run: () => false } });
    expect(runCommand('cancel-import')).toBe(false);
    importing = true;
    expect(runCommand('cancel-import')).toBe(true);
    expect(cancel).toHaveBeenCalledOnce();
    expect(runCommand('pick-choose')).toBe(false);
    unbind();
  });

  it('gives a command that needs its key nothing to do without one (menu, palette)', () => {
    const move = vi.fn();
    const unbind = bindCommands({ 'caret-word': keyed(move) });
    expect(runCommand('caret-word')).toBe(false);
    const event = { key: 'ArrowLeft', code: 'ArrowLeft', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    expect(runCommand('caret-word', { event })).toBe(true);
    expect(move).toHaveBeenCalledExactlyOnceWith(event);
    unbind();
  });
});
