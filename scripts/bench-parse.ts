/**
 * Bank parse benchmark: times the whole reading of generated banks (markdown ->
 * questions, options, validation), in this process, and prints a table; then
 * the event loop's longest stall while a 5,000-question upload is read in the
 * parse child process (as the server does) and, for comparison, in-process.
 *
 *   npm run bench:parse
 *
 * Times are wall-clock and CPU time of this process; on a busy machine the
 * CPU time is the steadier figure.
 * Cases: 10,000 and 5,000 questions with generated options (the answer only,
 * as in the shipped bank), 5,000 with task-list options, 5,000 in GIFT, and the
 * shapes that used to freeze the server for seconds to minutes (deep ">"
 * nesting, floods of "*a"), which must now be refused in milliseconds.
 * Each case runs 3 times; the table shows the fastest and the slowest.
 */
import { readBankBytes, readBankText } from '../server/banks/read-bank';
import { parseBankOffThread } from '../server/banks/parse/off-thread';
import { longestStall } from './bench/longest-stall';

const generatedAnswers = (count: number) =>
  Array.from({ length: count }, (_, i) => `${i + 1}. Which service handles workload ${i} best?\n\n    *Service ${i % 997} handles it, because it scales.*\n`).join('\n');

const taskLists = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `### ${i + 1}. A team needs to move ${i} TB of data every night. Which option is the most cost-effective?\n\n- [ ] Copy it by hand\n- [x] Option ${i} with a scheduled job\n- [ ] Mail disks\n- [ ] Do nothing\n\nA scheduled job is cheapest because it runs unattended.\n`,
  ).join('\n');

const gift = (count: number) =>
  Array.from({ length: count }, (_, i) => `::Q${i}:: Which port does service ${i} use? {=${i + 1000} #Right. ~${i + 2000} ~${i + 3000} ~${i + 4000}}\n`).join('\n');

const cases: [string, string, string][] = [
  ['10,000 questions, generated options', 'bank.md', generatedAnswers(10_000)],
  ['5,000 questions, generated options', 'bank.md', generatedAnswers(5_000)],
  ['5,000 questions, task lists', 'bank.md', taskLists(5_000)],
  ['5,000 questions, GIFT', 'bank.gift', gift(5_000)],
  ['32 KB of nested ">"', 'bank.md', '>'.repeat(32 * 1024)],
  ['5 MiB of nested ">"', 'bank.md', '>'.repeat(5 * 1024 * 1024 - 1)],
  ['64 KB of "*a"', 'bank.md', '*a'.repeat(32 * 1024)],
  ['1 MB of "*a" paragraphs', 'bank.md', Array.from({ length: 10_000 }, () => '*a'.repeat(50)).join('\n\n')],
  ['a list nested 2,000 deep', 'bank.md', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')],
];

console.log(`bank parse times on ${process.version}, fastest of 3 runs (wall clock / CPU of this process)`);
console.log('| case | size | result | wall | CPU |\n| --- | --- | --- | --- | --- |');
for (const [name, fileName, text] of cases) {
  let wall = Infinity;
  let cpu = Infinity;
  let outcome = '';
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = readBankText(text, { fileName, maxQuestions: Infinity });
    const used = process.cpuUsage(startCpu);
    wall = Math.min(wall, performance.now() - start);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    outcome = result.bank ? `${result.bank.questions.length} questions` : `refused: ${result.errors[0]?.message.slice(0, 50)}…`;
  }
  const size = text.length >= 1024 * 1024 ? `${(text.length / 1024 / 1024).toFixed(1)} MiB` : `${(text.length / 1024).toFixed(0)} KiB`;
  console.log(`| ${name} | ${size} | ${outcome} | ${wall.toFixed(0)} ms | ${cpu.toFixed(0)} ms |`);
}

const upload = new TextEncoder().encode(generatedAnswers(5_000));
const inChild = await longestStall(() => parseBankOffThread({ fileName: 'big.md', bytes: upload }));
const inProcess = await longestStall(async () => readBankBytes('big.md', upload));
console.log('\nreading a 5,000-question upload | total | longest event-loop stall\n--- | --- | ---');
console.log(`in the parse child (the server) | ${inChild.wall.toFixed(0)} ms | ${inChild.stall.toFixed(0)} ms`);
console.log(`in-process (before) | ${inProcess.wall.toFixed(0)} ms | ${inProcess.stall.toFixed(0)} ms`);
