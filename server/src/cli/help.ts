import { CHECK_FORMATS, EXPORT_FORMATS, EXTRACT_FORMATS, type CommandName } from './options';

// The words `--help` prints. Kept apart from the parser so the grammar and its explanation can be
// read side by side.

const COMMON = `  --reference FILE         extra reference data (aliases, offices) or conflict rules, JSON; repeatable
  --max-file-size-kb N     skip files larger than N KB with a warning (default 2048)
  -h, --help               show this help`;

const TOPICS: Record<CommandName, string> = {
  extract: `Usage: policy-lens extract [--format ${EXTRACT_FORMATS.join('|')}] PATHS...

Prints the entities found in each text: organisations, people, roles, percentages, money,
quantities and dates, with UTF-16 offsets, canonical names and normalised values.
A directory stands for its .txt and .md files, recursively.

  -f, --format FORMAT      json (default): {"documents":[{"file","entities":[...]}]}; text: a listing
${COMMON}`,
  check: `Usage: policy-lens check [--format ${CHECK_FORMATS.join('|')}] [PATHS...]

Finds claims that conflict across the texts and prints them like a compiler does. PATHS default
to ./seeds, or to the seeds shipped with Policy Lens when there is none.
Exit status: 0 no unreviewed conflict, 1 an unreviewed conflict was found, 2 bad usage or input.

  -f, --format FORMAT      text (default), json, or sarif (SARIF 2.1.0; reviewed conflicts are
                           included as suppressed results)
  --reviews FILE           reviews file (default .policy-lens/reviews.json)
  --include-reviewed       also list conflicts already marked reviewed (text and json)
${COMMON}`,
  export: `Usage: policy-lens export --format ${EXPORT_FORMATS.join('|')} [--out DIR] [PATHS...]

Exports the researchers' annotations (.policy-lens/annotations) to other tools' formats; CoNLL
also carries the engine's entities, with the annotations winning. PATHS default to every
document that has annotations. w3c, csv and conll print to stdout unless --out is given; brat
writes a .ann beside each text, or into --out DIR with copies of the texts.

  -f, --format FORMAT      w3c, brat, csv or conll
  -o, --out DIR            write files into DIR instead of printing
${COMMON}`,
};

export function helpText(topic?: CommandName): string {
  if (topic) return `${TOPICS[topic]}\n`;
  return `Usage: policy-lens <command> [options] [PATHS...]

Policy Lens reads policy texts, marks entities, extracts claims and flags where sources disagree.

Commands:
  extract    list the entities in each text
  check      report claims that conflict across texts (exit 1 on an unreviewed conflict)
  export     export annotations as W3C JSON-LD, brat standoff, CSV or CoNLL

Run 'policy-lens <command> --help' for a command's options.
  -v, --version            print the version
  -h, --help               show this help
`;
}
