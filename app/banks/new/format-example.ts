/**
 * Every layout and format Cramjam reads, in miniature, shown on the upload page
 * and in docs/banks.md. Each is a file of the corpus (tests/fixtures/banks/,
 * named by `fixture`): server/banks/examples.test.ts checks the text is that
 * file's, and the corpus test checks how it reads.
 */
export const FORMAT_EXAMPLE = `---
title: Data formats
---

## Storage

1. Which file format stores data by column?

    *Parquet. It keeps each column together, so a query reads only the columns it needs.*

2. Which formats write one record per line? (Select TWO.)

   - [x] CSV
   - [x] JSON Lines
   - [ ] Parquet
   - [ ] ORC

    *CSV and JSON Lines are row-based text formats.*
`;

export interface FormatExample {
  name: string;
  /** a file name with the extension that picks its reader */
  fileName: string;
  /** the corpus file in tests/fixtures/banks/ that holds this text */
  fixture: string;
  /** what it is and which parts are read, in one sentence */
  note: string;
  text: string;
}

export const FORMAT_EXAMPLES: FormatExample[] = [
  {
    name: 'Cramjam markdown',
    fileName: 'formats.md',
    fixture: 'example-markdown.md',
    note: 'A numbered item with its answer as an italic paragraph indented 4 spaces (Cramjam adds wrong options from the other answers), or with options as a task list; "##" headings are sections.',
    text: FORMAT_EXAMPLE,
  },
  {
    name: 'Heading and task list',
    fileName: 'practice-exam.md',
    fixture: 'example-heading-task-list.md',
    note: 'A "###" or "####" heading (numbered or not) followed by options as a task list; badges, "Back to top" links and a table of contents between questions are passed over.',
    text: `# Practice exam

[Back to top](#practice-exam)

### 1. Which service stores objects?

- [ ] Amazon EBS
- [x] Amazon S3
- [ ] Amazon EFS

### 2. Which two services are serverless? (Choose two)

- [x] AWS Lambda
- [ ] Amazon EC2
- [x] AWS Fargate
- [ ] Amazon Lightsail
- [ ] Amazon EMR
`,
  },
  {
    name: 'Lettered options and an answer line',
    fileName: 'questions.md',
    fixture: 'example-lettered.md',
    note: 'A numbered question, options lettered in any style (A. A) (A) a) a.) as a list or as lines, with or without a blank line under the question, then an answer line: "Answer: B", "Correct answer: B, D", "Answer: AC", "**Answer: b**" (also inside <details>), then the explanation. Where the options run on right under the question, the preview says how it read "Answer: B" and can read it instead as an answer to type.',
    text: `1. Which database is managed and relational? Select TWO.
   - A. Amazon RDS
   - B. Amazon DynamoDB
   - C. Amazon Aurora
   - D. Amazon S3

   Correct answer: A, C

   RDS and Aurora run relational engines for you.

2. Which service sends email?

   A) Amazon SNS
   B) Amazon SES
   C) Amazon SQS

   <details><summary>Answer</summary>Answer: B</details>
`,
  },
  {
    name: 'Moodle GIFT',
    fileName: 'quiz.gift',
    fixture: 'example-quiz.gift',
    note: 'Multiple choice {=right ~wrong}, multiple response {~%50%A ~%50%B ~%-100%C}, true/false {T}, matching {=prompt -> answer ...} (3 to 6 pairs), short answer {=answer =variant} (type the answer); $CATEGORY is the section; "#feedback" on an answer is its note ("why not", for a wrong one), and with "####general feedback" the explanation.',
    text: `$CATEGORY: Storage

::S3:: Which service stores objects? {
  =Amazon S3 #Objects live in buckets.
  ~Amazon EBS #EBS is block storage.
  ~Amazon EFS
}

Amazon S3 is serverless. {T ####You never manage its servers.}
`,
  },
  {
    name: 'Moodle Aiken',
    fileName: 'quiz.txt',
    fixture: 'example-aiken.txt',
    note: 'A question line, options "A." or "A)", then "ANSWER: B" ("ANSWER: B, D" for several); an optional "FEEDBACK:" line is the explanation.',
    text: `Which service stores objects?
A. Amazon EBS
B. Amazon S3
C. Amazon EFS
ANSWER: B
FEEDBACK: S3 stores objects in buckets.
`,
  },
  {
    name: 'CSV, or Kahoot’s spreadsheet (.xlsx)',
    fileName: 'quiz.csv',
    fixture: 'csv-example.csv',
    note: 'A header row, then one question per row. Columns are found by meaning: Question; Option 1–6 (or Answer 1, Ans1, Choice 1, A–F); Correct (or Correct answer, Correct ans, Answer) as numbers, letters like B or AC, or the option’s text; optional Explanation, Section and Feedback 1–6 (a note on each option). Other columns, like an index or Kahoot’s Time limit, are ignored, and empty numbered rows are not questions. Kahoot’s .xlsx template is read the same way from its first sheet (Question, Answer 1–4, Correct answer(s) as numbers like 1,3), starting at its header row; formulas are not run: a formula cell is read as the value the spreadsheet saved with it.',
    text: `Question,Option 1,Option 2,Option 3,Option 4,Correct,Explanation
Which service stores objects?,Amazon EBS,Amazon S3,Amazon EFS,,2,S3 stores objects in buckets.
"Which are serverless? (Select TWO)",AWS Lambda,Amazon EC2,AWS Fargate,,"1,3",
`,
  },
];
