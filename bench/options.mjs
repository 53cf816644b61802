/**
 * `npm run bench -- [--quick] [--skip-build] [--only=open,tag,scroll,heap,peer,import,export,bundle,search,mentions] [--sizes=50k,200k,1m,5m,19m] [--profile[=19m]]`
 *   --quick       fewer runs (a smoke run of the harness; figures are rougher)
 *   --skip-build  reuse bench/.work/renderer and bench/.work/peer from the last run
 *   --only=…      run only these parts
 *   --sizes=…     the article sizes for open, tag, heap and peer (default: all five; scroll is 1 MB)
 *   --peer-sizes=… the sizes the peer is run on (default: up to 1 MB; see wantsPeerSize below)
 *   --profile     record CPU profiles and a trace of one 1 MB open (=19m: of that size) and of tagging, on an
 *                 unminified build, and print where the time goes (bench/.work/profiles/); this
 *                 also happens by itself when an open or tagging budget is missed
 *   --no-profile  never profile
 */
export function parseOptions(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.includes('=')));
  const only =
    argv
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',') ?? null;
  const quick = flags.has('--quick');
  const sizes =
    argv
      .find((a) => a.startsWith('--sizes='))
      ?.slice('--sizes='.length)
      .split(',') ?? null;
  const peerSizes =
    argv
      .find((a) => a.startsWith('--peer-sizes='))
      ?.slice('--peer-sizes='.length)
      .split(',') ?? null;
  const profileArg = argv.find((a) => a.startsWith('--profile='));
  return {
    quick,
    skipBuild: flags.has('--skip-build'),
    profile: flags.has('--profile') || !!profileArg,
    profileSize: profileArg?.slice('--profile='.length) ?? '1m',
    sizes,
    wantsSize: (key) => !sizes || sizes.includes(key),
    // The peer resolves each annotation's range by walking the text nodes from the start of the
    // article, so its open grows with annotations × paragraphs: 3.4 s at 1 MB / 5,000 on a quiet
    // machine, by that rate ~35 s at 5 MB / 10,000 and minutes at 19 MB / 20,000, for each run
    // and each of its two renderers. Not run above 1 MB unless asked (--peer-sizes=…,5m,19m).
    wantsPeerSize: (key) => (peerSizes ? peerSizes.includes(key) : !['5m', '19m'].includes(key)),
    noProfile: flags.has('--no-profile'),
    wants: (part) => !only || only.includes(part),
    // ≥5 opens per size and ≥30 tag actions in a full run (the minimums), with margin.
    openRuns: quick ? 3 : 7,
    tagActions: quick ? 10 : 40,
    // At 240 px a frame, 1,300 frames cover the whole 1 MB article (~300,000 px).
    scrollFrames: quick ? 400 : 1300,
    importRuns: quick ? 1 : 3,
    // Per format (HTML, DOCX): 7 exports make p95 the slowest of them, the first (cold) one included.
    exportRuns: quick ? 2 : 7,
    // Each bundle run seeds 2,000 articles into a fresh browser, then exports and imports twice.
    bundleRuns: quick ? 1 : 3,
    // Each search run imports the 2,000 articles into a fresh browser, restarts, then times every
    // query of SEARCH_QUERIES this many rounds (100 queries a run: p95 is the 5th slowest).
    searchRuns: quick ? 1 : 3,
    // Find all mentions: runs in one renderer after seeding the 2,000-article corpus.
    mentionRuns: quick ? 3 : 9,
    searchRounds: quick ? 2 : 5,
    peerOpenRuns: quick ? 3 : 7,
    // Above 1 MB each of the peer's opens takes seconds (it lays out the whole text): fewer there.
    peerBigOpenRuns: quick ? 1 : 2,
    peerTagActions: quick ? 10 : 40,
  };
}
