import { expect, test, type Page } from '@playwright/test';
import { storedAnnotations } from './annotateSupport';
import { openApp } from './support';

/** Sends key presses and counts them: a chord such as Shift+Control+ArrowLeft is one press. */
class Keyboard {
  total = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press(key);
      this.total++;
    }
  }
}

// In right-to-left text ← is forward: Ctrl+← a word on, Alt+← a phrase on, Shift+Ctrl+← selects the next word.
const WORD = 'Control+ArrowLeft';
const WORD_BACK = 'Control+ArrowRight';
const SELECT_WORD = 'Shift+Control+ArrowLeft';
const SELECT_WORD_BACK = 'Shift+Control+ArrowRight';
const PHRASE = 'Alt+ArrowLeft';
const PHRASE_BACK = 'Alt+ArrowRight';
const SELECT_PHRASE = 'Alt+Shift+ArrowLeft';
const PARAGRAPH = 'Control+ArrowDown';
const PARAGRAPH_START = 'Control+ArrowUp';

interface Step {
  keys: [string, number?][];
  tag: string;
  exact: string;
}

/**
 * Ten entities and two claims in three paragraphs of the second sample article (its title, and its
 * fourth and sixth lines), each from where the caret was left by the tag before.
 */
const SESSION: Step[] = [
  { keys: [[SELECT_WORD], ['1']], tag: 'person', exact: 'بوتين' },
  { keys: [[WORD], [SELECT_WORD, 3], ['1']], tag: 'person', exact: 'شي جينغ بين' },
  { keys: [[PHRASE], [SELECT_WORD_BACK], ['3']], tag: 'place', exact: 'بكين' },
  // Three paragraphs down: from after المستقلة to the comma.
  { keys: [[PARAGRAPH, 3], [WORD], [SELECT_PHRASE], ['8']], tag: 'claim', exact: 'أعلنت روسيا و الصين أنهما ستعملان على تعميق علاقاتهما العسكرية الوثيقة بالفعل' },
  { keys: [[PARAGRAPH_START], [SELECT_WORD], ['2']], tag: 'organisation', exact: 'المستقلة' },
  { keys: [[WORD], [SELECT_WORD], ['3']], tag: 'place', exact: 'روسيا' },
  { keys: [[WORD], [SELECT_WORD], ['3']], tag: 'place', exact: 'الصين' },
  { keys: [[PHRASE], [WORD, 2], [SELECT_WORD, 2], ['1']], tag: 'person', exact: 'فلاديمير بوتين' },
  { keys: [[WORD], [SELECT_WORD, 3], ['1']], tag: 'person', exact: 'شي جين بينغ' },
  // Two paragraphs further: the second sentence of the line, past two dashes and a full stop.
  { keys: [[PARAGRAPH, 2], [PHRASE, 3], ['s'], ['8']], tag: 'claim', exact: 'و أعلنت إدارة بايدن يوم الثلاثاء عن تعريفات جمركية على بضائع صينية بقيمة 18 مليار دولار مما أثار غضب بكين' },
  { keys: [[WORD_BACK, 4], [SELECT_WORD_BACK, 3], ['5']], tag: 'figure', exact: '18 مليار دولار' },
  { keys: [[PHRASE_BACK], [WORD, 2], [SELECT_WORD, 2], ['2']], tag: 'organisation', exact: 'إدارة بايدن' },
];

test('keyboard only: ten entities and two claims across three paragraphs in 59 key presses, none over 10 a tag, every stored span exact', async ({ page }) => {
  const problems = await openApp(page);
  await page.locator('.article-item').nth(1).click();
  await expect(page.getByTestId('article-root')).toContainText('بوتين و شي جينغ بين يعلنان');
  const keys = new Keyboard(page);
  // From the library to the reader: the direction selector, then the text.
  await keys.press('Tab', 2);
  await expect(page.getByTestId('reader-scroll')).toBeFocused();

  const perTag: number[] = [];
  const expected: [string, string][] = [];
  for (const step of SESSION) {
    const before = keys.total;
    for (const [key, times] of step.keys) await keys.press(key, times ?? 1);
    perTag.push(keys.total - before);
    expected.push([step.tag, step.exact]);
    // Each tag lands as its own annotation; none before it changed.
    await expect.poll(async () => (await storedAnnotations(page)).map((a) => [a.tagId, a.exact]).sort()).toEqual([...expected].sort());
  }

  expect(perTag).toEqual([2, 5, 3, 6, 3, 3, 3, 6, 5, 7, 8, 6]);
  expect(Math.max(...perTag)).toBeLessThanOrEqual(10);
  expect(keys.total).toBe(2 + 57);
  // The stored quotes are the article's own text at the stored offsets.
  const text = await page.getByTestId('article-root').evaluate((root) => Array.from(root.children, (p) => p.textContent ?? '').join('\n'));
  for (const a of await storedAnnotations(page)) expect(text.slice(a.start, a.end)).toBe(a.exact);
  expect(problems).toEqual([]);
});
