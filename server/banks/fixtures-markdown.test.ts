// The markdown layouts of issue 21, one fixture each (tests/fixtures/banks/md-*,
// written for these tests from the shapes study groups download), with the parse
// a careful reader would give: the questions, what was skipped and why, what was
// ignored as not a question, and the notes on what was assumed.
import { describe, expect, it } from 'vitest';
import { loadBankFile } from './load';
import { expectRoundTrip, problems, questionsOf } from '../../tests/support/bank-fixtures';

const FIXTURES = 'tests/fixtures/banks';
const load = (name: string) => loadBankFile(`${FIXTURES}/${name}`);
const noExplanation = (line: number) => `${line}: no explanation: players will see the right answer but not why`;
const readAs = (line: number, answer: string, options: string) =>
  `${line}: read "${answer}" as ${options} of the lettered lines under the question, not as an answer to type`;
const brokenImage = (line: number, src: string) =>
  `${line}: image "${src}" would show broken: images are imported from a zip or folder holding the bank and its images, or link an https image`;

describe('lettered options and an answer line', () => {
  it('options right under the stem, with no blank line, are options; "Answer: B" names one, with a note on that reading', async () => {
    const result = await load('md-run-on-options.md');
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        section: '',
        stem: 'Which service sends email?',
        options: ['Amazon SNS', '*Amazon SES', 'Amazon SQS'],
        explanation: 'SES sends and receives email; SNS pushes notifications.',
      },
      { line: 12, section: '', stem: 'Which service decouples a producer from a slow consumer?', options: ['*Amazon SQS', 'Amazon SES', 'Amazon Route 53', 'AWS Glue'], explanation: '' },
      { line: 19, section: '', stem: 'Which service fans one message out to many subscribers?', options: ['*Amazon SNS', 'Amazon EFS', 'AWS Batch'], explanation: '' },
    ]);
    expect(result.importable?.questions.map((question) => question.type)).toEqual(['choice', 'choice', 'choice']);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([readAs(8, 'Answer: B', 'option B'), noExplanation(12), readAs(17, 'Answer: A', 'option A'), noExplanation(19), readAs(24, 'Answer: A', 'option A')]);
  });

  it('a bold numbered stem, and the answer in italic or bold with its explanation in parentheses or after a dash', async () => {
    const result = await load('md-bold-stem-italic-answer.md');
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        section: '',
        stem: 'Which storage class suits data read once a year?',
        options: ['S3 Standard', '*S3 Glacier Deep Archive', 'S3 Intelligent-Tiering', 'EBS gp3'],
        explanation: 'Deep Archive is the cheapest class for data that is rarely read.',
      },
      { line: 11, section: '', stem: 'Which volume type keeps its data when the instance stops?', options: ['Instance store', '*EBS gp3', 'A RAM disk'], explanation: 'EBS volumes live apart from the instance.' },
      { line: 18, section: '', stem: 'Which service gives a shared file system to many Linux instances?', options: ['*Amazon EFS', 'Amazon S3 Glacier', 'EC2 instance store'], explanation: '' },
    ]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([readAs(9, 'Answer: B', 'option B'), readAs(16, 'Answer: B', 'option B'), noExplanation(18)]);
  });

  it('lower-case letters a) and a., answers in any case, run together ("abd", "AB") or separated ("a, c")', async () => {
    const result = await load('md-lowercase-letters.md');
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        section: 'Queues and streams',
        stem: 'Which service keeps messages until a consumer deletes them?',
        options: ['*Amazon SQS', 'Amazon SNS', 'Amazon SES', 'Amazon Polly'],
        explanation: '',
      },
      {
        line: 12,
        section: 'Queues and streams',
        stem: 'Which of these store data durably? (Select THREE)',
        options: ['*Amazon S3', '*Amazon EBS', 'EC2 instance store', '*Amazon DynamoDB', 'CPU cache'],
        explanation: '',
      },
      {
        line: 22,
        section: 'Queues and streams',
        stem: 'Which two services process streams? (Choose two)',
        options: ['*Amazon Kinesis Data Streams', '*Amazon Managed Service for Apache Flink', 'Amazon Lightsail', 'AWS Artifact'],
        explanation: '',
      },
      { line: 31, section: 'Queues and streams', stem: 'Which services send notifications? (Select TWO.)', options: ['*Amazon SNS', 'Amazon S3', '*Amazon Pinpoint', 'AWS Config'], explanation: '' },
    ]);
    expect(result.importable?.questions.map((question) => question.select)).toEqual([1, 3, 2, 2]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([noExplanation(3), noExplanation(12), noExplanation(22), noExplanation(31), readAs(37, 'Answer: a, c', 'options A, C')]);
  });

  it('five to eight options in (A), A., a. and A) styles: up to six play, seven and eight are skipped saying why', async () => {
    const result = await load('md-many-options.md');
    expect(questionsOf(result)).toEqual([
      { line: 3, section: '', stem: 'Which is a compute service? (five options)', options: ['*Amazon EC2', 'Amazon S3', 'Amazon EBS', 'Amazon EFS', 'Amazon Glacier'], explanation: '' },
      {
        line: 13,
        section: '',
        stem: 'Which two run containers? (Select TWO)',
        options: ['*Amazon ECS', 'Amazon S3', '*Amazon EKS', 'Amazon SES', 'Amazon SNS', 'AWS Artifact'],
        explanation: '',
      },
    ]);
    expect(problems(result.errors)).toEqual(['24: 7 options: a round needs 2 to 6 options to choose from; remove 1', '36: 8 options: a round needs 2 to 6 options to choose from; remove 2']);
    expect(problems(result.warnings)).toEqual([noExplanation(3), noExplanation(13)]);
  });

  it('answers as "A and C", "A & C: why", "B - why", "B. 22" (the option repeated, no explanation) and by the option\'s text', async () => {
    const result = await load('md-answer-forms.md');
    expect(questionsOf(result)).toEqual([
      { line: 3, section: '', stem: 'Which record types map a name to an address? (Select TWO)', options: ['*A', 'MX', '*AAAA', 'TXT'], explanation: 'A maps to IPv4 and AAAA to IPv6.' },
      { line: 13, section: '', stem: 'Which port does SSH use?', options: ['21', '*22', '80'], explanation: '' },
      { line: 20, section: '', stem: 'Which protocol assigns addresses automatically?', options: ['DNS', '*DHCP', 'ARP'], explanation: 'DHCP leases an address to each new host.' },
      { line: 27, section: '', stem: 'Which layers does TLS sit between? (Select TWO)', options: ['*Transport', 'Physical', '*Application', 'Data link'], explanation: 'TLS runs over TCP and under HTTP.' },
      { line: 35, section: '', stem: 'Which service resolves domain names?', options: ['*Amazon Route 53', 'Amazon CloudFront', 'AWS WAF'], explanation: 'Route 53 is the DNS service.' },
    ]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([noExplanation(13)]);
  });

  it('"## Question 2" and "### Answer" label a question\'s parts: no sections named after them; "Q3." starts the next question', async () => {
    const result = await load('md-question-labels.md');
    expect(questionsOf(result)).toEqual([
      { line: 5, section: '', stem: 'Which database is managed and relational?', options: ['*Amazon RDS', 'Amazon DynamoDB', 'Amazon S3'], explanation: 'RDS runs relational engines for you.' },
      { line: 21, section: '', stem: 'Which database is a key-value store?', options: ['*Amazon DynamoDB', 'Amazon Redshift', 'Amazon Aurora'], explanation: '' },
      { line: 29, section: '', stem: 'Which service is a data warehouse?', options: ['*Amazon Redshift', 'Amazon ElastiCache'], explanation: '' },
    ]);
    expect(result.importable?.sections).toEqual(['']);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([noExplanation(21), noExplanation(29), readAs(33, 'Answer: A', 'option A')]);
  });

  it('the answer folded in <details>: the summary ("Answer", "Show answer") is a label, never the explanation', async () => {
    const result = await load('md-details-answer.md');
    expect(questionsOf(result)).toEqual([
      {
        line: 5,
        section: '',
        stem: 'Who is responsible for the physical security of the data centers?',
        options: ['The customer', "The customer's auditor", 'No one', '*The cloud provider'],
        explanation: '',
      },
      { line: 15, section: '', stem: 'Which is a region code?', options: ['*us-east-1', 'us-east-1a', 'use1-az1'], explanation: '' },
      { line: 26, section: '', stem: 'Which service holds the compliance reports?', options: ['*AWS Artifact', 'AWS Config', 'Amazon Inspector'], explanation: '' },
      { line: 33, section: '', stem: 'Which pillar covers recovering from failure?', options: ['*Reliability', 'Cost optimization'], explanation: 'Reliability covers recovery, failover and backups.' },
    ]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([
      '3: ignored, not a question (no answer or options): "Answers are folded: open each one after you have picked."',
      noExplanation(5),
      noExplanation(15),
      noExplanation(26),
    ]);
  });
});

describe('a heading that is the question', () => {
  it('with its image or code under it: both are the stem, and no section is named after a question', async () => {
    const result = await load('md-heading-image.md');
    expect(questionsOf(result)).toEqual([
      { line: 5, section: '', stem: 'Which tier talks to the database?\n\n![three tiers](images/tiers.png)', options: ['The web tier', '*The application tier', 'The browser'], explanation: '' },
      {
        line: 11,
        section: '',
        stem: "Which line shows the private subnet's route to the internet?\n\n![route table](images/routes.png)",
        options: ['*0.0.0.0/0 to the NAT gateway', '0.0.0.0/0 to the internet gateway', '10.0.0.0/16 to local'],
        explanation: '',
      },
      {
        line: 19,
        section: '',
        stem: 'What does this policy allow?\n\n```json\n{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*" }\n```',
        options: ['*Reading objects in the bucket "site"', 'Deleting the bucket "site"', 'Listing every bucket'],
        explanation: '',
      },
    ]);
    expect(result.importable?.sections).toEqual(['']);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([
      '3: ignored, not a question (no answer or options): "A set of diagram questions. Each has one right answer."',
      noExplanation(5),
      brokenImage(5, 'images/tiers.png'),
      noExplanation(11),
      brokenImage(11, 'images/routes.png'),
      noExplanation(19),
    ]);
  });

  it('under real section headings: the questions keep the section above them', async () => {
    const result = await load('md-heading-image-sections.md');
    expect(questionsOf(result)).toEqual([
      {
        line: 5,
        section: 'Load balancing',
        stem: 'Which load balancer routes by URL path?\n\n![listener rules](images/alb.png)',
        options: ['*Application Load Balancer', 'Network Load Balancer', 'Gateway Load Balancer'],
        explanation: '',
      },
      { line: 11, section: 'Load balancing', stem: 'Which one keeps a static IP address per zone?', options: ['Application Load Balancer', '*Network Load Balancer'], explanation: '' },
      {
        line: 19,
        section: 'DNS',
        stem: 'Which routing policy sends users to the nearest region?\n\n![map of regions](images/latency.png)',
        options: ['*Latency-based routing', 'Simple routing', 'Weighted routing'],
        explanation: '',
      },
    ]);
    expect(result.importable?.sections).toEqual(['Load balancing', 'DNS']);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toContain('17: ignored, not a question (no answer or options): "Questions about name resolution."');
  });
});

describe('one question per file', () => {
  it('"## Question", "## Correct Answer" (A: its text, **A** or the text) and "## Explanation" with sub-headings and lists', async () => {
    const result = await load('md-one-per-file');
    expect(questionsOf(result)).toEqual([
      {
        line: 3,
        section: 'q1-credit',
        stem: 'A lender wants to predict which applicants will miss repayments. Which data source is the most useful?',
        options: ['*Credit bureau data', 'Social media activity', 'Weather records', 'Website colour preferences'],
        explanation:
          'Credit bureau data records how each applicant repaid earlier loans, the strongest signal of future repayment.\n\n### Why not the other options?\n\n- **B. Social media activity**: weakly related to repayment and hard to use fairly.\n- **C. Weather records**: no link to a single applicant.\n- **D. Website colour preferences**: says nothing about credit.',
      },
      {
        line: 5,
        section: 'q2-leakage',
        stem: 'A model scores 99% on validation but 60% in production. What is the most likely cause?',
        options: ['*Data leakage from the target into the features', 'Too few epochs', 'A learning rate that is too small'],
        explanation:
          'A feature that is computed from the target makes validation look perfect.\n\n#### Checking for leakage\n\n1. Look for features computed after the outcome.\n2. Compare validation and production distributions.',
      },
      {
        line: 3,
        section: 'q3-metric',
        stem: 'Which metric suits a fraud model where missing a fraud costs far more than a false alarm?',
        options: ['*Recall', 'Precision', 'Accuracy'],
        explanation: 'Recall counts the frauds the model catches.',
      },
    ]);
    expect(problems(result.errors)).toEqual([]);
    expect(problems(result.warnings)).toEqual([]);
  });
});

describe('intro and instructions', () => {
  it('are ignored as not questions, even when they ask or say "select"; a numbered question without an answer is still skipped', async () => {
    const result = await load('md-intro-prose.md');
    expect(questionsOf(result)).toEqual([
      { line: 15, section: 'Questions', stem: 'Which factor is "something you have"?', options: ['*A hardware token', 'A password', 'A fingerprint'], explanation: '' },
      { line: 21, section: 'Questions', stem: 'Which practice follows least privilege?', options: ['*Grant only the permissions a task needs', 'Share one admin account'], explanation: '' },
    ]);
    expect(problems(result.errors)).toEqual([
      '26: question has no answer: "Which service stores secrets and rotates them?"; write the answer as an italic paragraph indented 4 spaces below it, or list options as "- [x] right" / "- [ ] wrong"',
    ]);
    expect(problems(result.warnings)).toEqual([
      '3: ignored, not a question (no answer or options): "Welcome! These questions were written by our study group…"',
      '9: ignored, not a question (no answer or options): "Read each question carefully."',
      '10: ignored, not a question (no answer or options): "Some questions have more than one right answer: select all…"',
      '11: ignored, not a question (no answer or options): "Have fun? Tell a friend."',
      noExplanation(15),
      noExplanation(21),
    ]);
  });
});

describe('export to Cramjam markdown', () => {
  it('reads every markdown fixture back to the same questions', async () => {
    const names = [
      'md-run-on-options.md',
      'md-bold-stem-italic-answer.md',
      'md-lowercase-letters.md',
      'md-many-options.md',
      'md-answer-forms.md',
      'md-question-labels.md',
      'md-details-answer.md',
      'md-heading-image.md',
      'md-heading-image-sections.md',
      'md-one-per-file',
      'md-intro-prose.md',
    ];
    for (const name of names) expectRoundTrip(await load(name));
  });
});
