// Imported first by the engine worker: wraps the RegExp constructor so that every pattern the
// engine builds at run time (from lexicons and reference data, invisible to a source scan) is
// recorded with its flags, for the catastrophic-backtracking test to exercise as well.

export const constructedPatterns = new Map<string, { source: string; flags: string }>();

const NativeRegExp = RegExp;
const record = (args: unknown[]) => {
  const [pattern, flags] = args as [string | RegExp, string | undefined];
  const source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
  const flagText = flags ?? (pattern instanceof NativeRegExp ? pattern.flags : '');
  if (constructedPatterns.size < 5000) constructedPatterns.set(`/${source}/${flagText}`, { source, flags: flagText });
};

globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args, newTarget) {
    record(args);
    return Reflect.construct(target, args, newTarget);
  },
  apply(target, thisArg, args) {
    record(args);
    return Reflect.apply(target, thisArg, args);
  },
});
