// A stand-in for the web app or the worker under scripts/lib/app.sh's supervisor:
//   node fake-service.mjs NAME DIR CRASHES
// appends its pid to DIR/NAME.pids on every start, exits with code 1 on its first CRASHES starts,
// and otherwise runs until SIGTERM or SIGINT, which it records in DIR/NAME.stopped before exiting 0.
import { appendFileSync, readFileSync } from "node:fs";

const [name, dir, crashes] = process.argv.slice(2);
const pidsFile = `${dir}/${name}.pids`;
appendFileSync(pidsFile, `${process.pid}\n`);
const starts = readFileSync(pidsFile, "utf8").trim().split("\n").length;
if (starts <= Number(crashes)) {
  setTimeout(() => process.exit(1), 50);
} else {
  // Like the real web app and worker: SIGINT (Ctrl-C) and SIGTERM both shut down cleanly.
  const stop = () => {
    appendFileSync(`${dir}/${name}.stopped`, `${process.pid}\n`);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  setInterval(() => {}, 1000);
}
