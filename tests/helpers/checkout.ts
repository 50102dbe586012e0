/** Names in the system's temp folder that belong to this checkout. */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `<temp>/atlas-<name>-<digest of the checkout's path>`: the same folder for
 * every test run of this checkout, and another one for each other checkout
 * on the machine, whose test runs may be going on at the same time.
 */
export function checkoutTempPath(name: string): string {
  const digest = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
  return join(tmpdir(), `atlas-${name}-${digest}`);
}
