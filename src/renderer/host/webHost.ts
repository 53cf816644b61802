/**
 * The host as a plain browser provides it (`npm run web`, and how CI tests the renderer):
 * file pickers are hidden `<input type=file>` elements; there is no native menu.
 */
import type { Host, PickedFile } from '../../shared/host';
import { pickedFromFile } from './browserFiles';

function pick(configure: (input: HTMLInputElement) => void): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    configure(input);
    const finish = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? [])
        .filter((file) => !file.name.startsWith('.'))
        .map((file) => pickedFromFile(file));
      files.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
      finish(files);
    });
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

export function createWebHost(): Host {
  return {
    kind: 'web',
    pickFiles: () => pick((input) => (input.multiple = true)),
    pickFolder: () =>
      pick((input) => {
        input.multiple = true;
        input.webkitdirectory = true;
      }),
    onMenuCommand: () => () => undefined,
    setLanguage: async () => undefined,
  };
}
