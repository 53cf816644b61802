/** The command line itself was wrong (exit status 2), as against its input (1). */
export class UsageError extends Error {}
