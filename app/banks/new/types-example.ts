/** Every question type in markdown, shown on the upload page; server/banks/formats/question-forms.test.ts checks that it parses as these types. */
export const TYPES_EXAMPLE = `---
title: Question types
---

## Pipeline

1. Put these steps of an ML pipeline in order.

    1. Collect the data
    2. Label it
    3. Train a model
    4. Deploy the model

    *Data first, then labels, then training, then deployment.*

2. Match each SageMaker feature to what it does.

    - Clarify -> Detects bias
    - Model Monitor -> Watches for data drift
    - Ground Truth -> Labels data

    *Each feature does one job.*

3. Which SageMaker feature labels data with human workers?

    Answer: SageMaker Ground Truth | Ground Truth

    *Ground Truth runs labeling jobs.*

4. Spot Instances can be interrupted.

    *True. AWS can reclaim them with a two-minute warning.*

### Case study: Churn

> A telecom keeps two years of customer records and wants to predict who will leave.

5. Is this supervised learning?

    *True. Past customers are labelled stayed or left.*

6. Which built-in algorithm suits this tabular data best?

    - [x] XGBoost
    - [ ] DeepAR
`;
