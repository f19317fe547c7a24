/**
 * Minimal argv parsing for the ITC-2007 scripts: `--name value` flags and positional arguments.
 * Kept tiny on purpose (no dependency); unknown flags are an error so typos do not silently
 * fall back to defaults in a benchmark.
 */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

export function parseArgs(argv: string[], knownFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2);
    if (!knownFlags.includes(name)) throw new Error(`unknown option --${name} (known: ${knownFlags.map((f) => `--${f}`).join(", ")})`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`option --${name} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}

export function numberFlag(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, got "${raw}"`);
  return value;
}
