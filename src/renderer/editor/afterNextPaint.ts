/**
 * Resolves once the next frame has been painted: a timer set from that frame's animation
 * callback runs after its style, layout and paint. Work that need not be on screen (a database
 * write) waits for it, so the frame that answers a key press is not held up by it; for a tag
 * the write's own JavaScript was half of the key press's task (bench --profile, session 3).
 * A hidden page runs no animation frames, so a plain timer stands in after 100 ms.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, 100);
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
