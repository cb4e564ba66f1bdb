/** The bank format in miniature, shown on the upload page; tests/bank-upload.test.ts checks that it parses. */
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
