/** A one-line progress bar on a terminal's stderr; silent when piped, so logs stay clean. */
export function progressBar(label: string, unit = "articles") {
  const tty = process.stderr.isTTY;
  let last = 0;
  let finished = "";
  return {
    update(done: number, total: number) {
      if (!tty || finished === `${done}/${total}`) return;
      const now = Date.now();
      if ((total === 0 || done < total) && now - last < 100) return;
      last = now;
      if (total === 0) return void process.stderr.write(`\r${label} ${done} ${unit}`);
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
      if (done >= total) {
        process.stderr.write("\n");
        finished = `${done}/${total}`;
      }
    },
  };
}
