// `prisma generate` needs no schema engine, but the CLI tries to download one
// first and fails offline unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file. Point it at Node itself so generate runs on any machine.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
