/**
 * `npm run bench -- [--quick] [--skip-build] [--only=open,tag,scroll,heap,peer,import,export] [--profile]`
 *   --quick       fewer runs (a smoke run of the harness, ~2 min; figures are rougher)
 *   --skip-build  reuse bench/.work/renderer and bench/.work/peer from the last run
 *   --only=…      run only these parts
 *   --profile     record CPU profiles and a trace of one 1 MB open and of tagging, on an
 *                 unminified build, and print where the time goes (bench/.work/profiles/); this
 *                 also happens by itself when an open or tagging budget is missed
 *   --no-profile  never profile
 */
export function parseOptions(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.includes('=')));
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') ?? null;
  const quick = flags.has('--quick');
  return {
    quick,
    skipBuild: flags.has('--skip-build'),
    profile: flags.has('--profile'),
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
    peerOpenRuns: quick ? 3 : 7,
    peerTagActions: quick ? 10 : 40,
  };
}
