/**
 * Puts bench articles into the app's IndexedDB the way the app would have stored them, without
 * going through the UI: the app is loaded once (Dexie creates the schema, seeds the five samples
 * and the tag set), the rows are written with plain IndexedDB, and the page is reloaded.
 */

/** Loads the app on a fresh profile and waits until the sample corpus is in and one is selected. */
export async function openFreshApp(page, appUrl) {
  await page.goto(appUrl);
  await page.locator('.article-item').nth(4).waitFor();
  await page.locator('.article-item[aria-selected="true"]').waitFor();
}

/** Seeds `articles`, leaves the first sample article selected, and returns that sample's id. */
export async function seedArticles(page, appUrl, articles) {
  await openFreshApp(page, appUrl);
  const selectedArticleId = await page.locator('.article-item').first().getAttribute('data-article-id');
  for (const article of articles) {
    await page.evaluate(
      async ({ record, text, annotations }) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('isnad'); // no version: the one the app created
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['articles', 'articleTexts', 'annotations'], 'readwrite');
        tx.objectStore('articles').put(record);
        tx.objectStore('articleTexts').put({ id: record.id, text });
        const store = tx.objectStore('annotations');
        for (const row of annotations) store.put(row);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { record: article.record, text: article.text, annotations: article.annotations },
    );
  }
  await page.evaluate(async (selected) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('isnad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'sampleCorpusSeeded', value: true });
    tx.objectStore('settings').put({ key: 'selectedArticleId', value: selected });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, selectedArticleId);
  // A reload, so the app starts from the stored rows as it would after a restart.
  await page.reload();
  await page
    .locator('.article-item')
    .nth(4 + articles.length)
    .waitFor();
  await page.locator(`.article-item[aria-selected="true"][data-article-id="${selectedArticleId}"]`).waitFor();
  return selectedArticleId;
}

/**
 * Makes `articles` the whole library: the sample corpus (and anything else) is deleted first, so
 * "the whole corpus" is exactly these. All rows go in one transaction; the first article is left
 * selected, and the page is reloaded as after a restart.
 */
export async function seedLibrary(page, appUrl, articles) {
  await openFreshApp(page, appUrl);
  await page.evaluate(
    async (articles) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('isnad');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = ['articles', 'articleTexts', 'annotations', 'articleNotes', 'readingPositions', 'history', 'settings'];
      const tx = db.transaction(stores, 'readwrite');
      for (const name of stores.slice(0, -1)) tx.objectStore(name).clear();
      for (const { record, text, annotations } of articles) {
        tx.objectStore('articles').put(record);
        tx.objectStore('articleTexts').put({ id: record.id, text });
        for (const row of annotations) tx.objectStore('annotations').put(row);
      }
      tx.objectStore('settings').put({ key: 'sampleCorpusSeeded', value: true });
      tx.objectStore('settings').put({ key: 'selectedArticleId', value: articles[0].record.id });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    articles.map(({ record, text, annotations }) => ({ record, text, annotations })),
  );
  await page.reload();
  await page
    .locator('.article-item')
    .nth(articles.length - 1)
    .waitFor();
  await page.locator(`.article-item[aria-selected="true"][data-article-id="${articles[0].record.id}"]`).waitFor();
  const shown = await page.locator('.article-item').count();
  if (shown !== articles.length) throw new Error(`seedLibrary: the library lists ${shown} articles, not ${articles.length}`);
}
