/**
 * Asks main to cancel a test, again a few times while it says no test is running but ours has
 * not ended: the cancel can overtake the test request it belongs to (both are IPC calls, and
 * main registers the test only once its input is parsed). Never throws.
 */
export async function cancelWhileRunning(
  cancel: () => Promise<{ cancelled: boolean }>,
  stillRunning: () => boolean,
  { tries = 10, intervalMs = 100 }: { tries?: number; intervalMs?: number } = {},
): Promise<boolean> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    try {
      if ((await cancel()).cancelled) return true;
    } catch {
      // Offline or signed out: the test ends on its own (deadline) and the dialog follows it.
      return false;
    }
    if (!stillRunning()) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
