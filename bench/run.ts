import { writeFileSync } from 'node:fs';
import { formatTable, type BenchGroup, type Figure } from './harness';
import { analysisBench } from './analysis.bench';
import { annotatedReaderBench } from './annotated-reader.bench';
import { compareBench } from './compare.bench';
import { factCheckBench } from './fact-check.bench';
import { importBench } from './import.bench';
import { notesBench } from './notes.bench';
import { openInvestigationBench } from './open-investigation.bench';
import { readerBench } from './reader.bench';
import { startupBench } from './startup.bench';
import { timelineBench } from './timeline.bench';

const groups: BenchGroup[] = [startupBench, openInvestigationBench, importBench, readerBench, notesBench, annotatedReaderBench, analysisBench, timelineBench, factCheckBench, compareBench];

function parseArgs(argv: string[]): { json?: string; only?: string } {
  const options: { json?: string; only?: string } = {};
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--json') options.json = argv[++index];
    else if (argv[index] === '--only') options.only = argv[++index];
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const selected = options.only ? groups.filter((group) => group.name === options.only) : groups;
  if (selected.length === 0) {
    console.error(`No benchmark group "${options.only}". Groups: ${groups.map((g) => g.name).join(', ')}`);
    process.exit(2);
  }
  const figures: Figure[] = [];
  for (const group of selected) {
    process.stderr.write(`Running ${group.name}: ${group.description}…\n`);
    figures.push(...(await group.run()));
  }
  console.log(formatTable(figures));
  if (options.json) {
    writeFileSync(
      options.json,
      JSON.stringify(
        figures.map(({ name, value, unit, floor, ratio, target, ratioTarget }) => ({ name, value, unit, floor, ratio, target, ratioTarget })),
        null,
        2,
      ),
    );
    console.log(`\nWrote ${figures.length} figures to ${options.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
