import path from 'node:path';

/**
 * Paths the reporter picked in the system's file dialog. The window may ask to import only
 * these: a compromised page must not be able to read, say, ~/.ssh into an investigation by
 * naming a path. A grant is used once.
 */
export class GrantedPaths {
  private readonly granted = new Set<string>();

  grant(paths: string[]): void {
    for (const chosen of paths) this.granted.add(path.resolve(chosen));
  }

  /** True once for a granted path, then forgets it. */
  consume(candidate: string): boolean {
    const resolved = path.resolve(candidate);
    return this.granted.delete(resolved);
  }
}
