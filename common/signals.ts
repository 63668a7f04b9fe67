/** Runs `stop` once on the first SIGTERM or SIGINT, then exits 0: in-flight work finishes first. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const once = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void once());
  process.on("SIGINT", () => void once());
}
