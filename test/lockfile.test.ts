/**
 * `npm ci` refuses a lock file that declares an optional dependency without an entry for it
 * ("Missing: … from lock file"). The registry this project installs from lacks some
 * per-platform binaries, so a plain `npm install` here can leave such holes; CI would then
 * fail before any test runs. scripts/lock-platforms.js fills them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const lockTool = require('../scripts/lock-platforms.js') as {
  platformOf(name: string): Record<string, string[]> | null;
  missingOptional(lock: unknown): { dep: string; where: string }[];
  repair(lock: unknown): string[];
};

describe('package-lock.json', () => {
  it('has an entry for every optional dependency it declares (npm ci accepts it)', () => {
    const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8'));
    const missing = lockTool.missingOptional(lock).map((m) => `${m.dep} (from ${m.where || 'root'})`);
    expect(missing).toEqual([]); // if not: node scripts/lock-platforms.js
  });
});

describe('scripts/lock-platforms.js', () => {
  it('reads os, cpu and libc from a binary package name', () => {
    expect(lockTool.platformOf('@unrs/resolver-binding-linux-arm-musleabihf')).toEqual({ os: ['linux'], cpu: ['arm'], libc: ['musl'] });
    expect(lockTool.platformOf('@unrs/resolver-binding-linux-x64-gnu')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['glibc'] });
    expect(lockTool.platformOf('@esbuild/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(lockTool.platformOf('@unrs/resolver-binding-win32-ia32-msvc')).toEqual({ os: ['win32'], cpu: ['ia32'] });
    expect(lockTool.platformOf('left-pad')).toBeNull();
  });

  it('adds hoisted platform entries for missing pinned binaries in npm order and leaves the rest to npm', () => {
    const lock = {
      packages: {
        '': { devDependencies: { r: '1' } },
        'node_modules/@x/b-linux-x64-gnu': { version: '0.9.0', os: ['linux'], cpu: ['x64'] },
        'node_modules/r': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { '@x/b-darwin-x64': '1.0.0', '@x/b-linux-x64-gnu': '1.0.0', plugin: '^2' },
        },
        'node_modules/s': { version: '1.0.0' },
      },
    };
    expect(lockTool.missingOptional(lock).map((m) => m.dep)).toEqual(['@x/b-darwin-x64', 'plugin']);
    const added = lockTool.repair(lock);
    expect(added).toEqual(['node_modules/@x/b-darwin-x64']);
    expect(lock.packages).toMatchObject({
      'node_modules/@x/b-darwin-x64': { version: '1.0.0', os: ['darwin'], cpu: ['x64'], dev: true, optional: true },
    });
    // kept in npm's order
    expect(Object.keys(lock.packages)).toEqual([
      '',
      'node_modules/@x/b-darwin-x64',
      'node_modules/@x/b-linux-x64-gnu',
      'node_modules/r',
      'node_modules/s',
    ]);
    // "plugin" has no platform in its name and no pinned version: left for npm to report
    expect(lockTool.missingOptional(lock).map((m) => m.dep)).toEqual(['plugin']);
  });
});
