-- Images imported with a bank from its zip or folder, by the sha256 of their
-- bytes (the URL a question's markdown links to). In Postgres rather than a data
-- folder: one backup holds the banks and their images, and every node of a
-- cluster serves them without a shared disk.
CREATE TABLE "BankImage" (
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankImage_pkey" PRIMARY KEY ("sha256")
);
