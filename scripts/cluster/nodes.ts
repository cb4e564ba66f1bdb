import path from 'node:path';
import { ROOT, startServer, type ServerProcess } from '../bench/server';

/** Cramjam nodes on consecutive ports, one after the other (the first imports the shipped banks). */
export async function startNodes(options: { count: number; firstPort: number; env: Record<string, string>; idPrefix?: string }): Promise<ServerProcess[]> {
  const nodes: ServerProcess[] = [];
  try {
    for (let i = 0; i < options.count; i++) {
      const nodeId = `${options.idPrefix ?? 'node'}-${i + 1}`;
      nodes.push(await startServer({ env: { ...options.env, CRAMJAM_NODE_ID: nodeId }, profileDir: null, port: options.firstPort + i, label: nodeId }));
    }
  } catch (error) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw error;
  }
  return nodes;
}

export const CLUSTER_DIR = path.join(ROOT, '.data/cluster');
