import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ListingCache } from './listing-cache';

const opened: Database.Database[] = [];
function database(file = ':memory:'): Database.Database {
  const db = new Database(file);
  opened.push(db);
  return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('ListingCache', () => {
  it('answers again from memory until a row is written, then computes afresh', () => {
    const db = database();
    db.exec('CREATE TABLE item (id INTEGER PRIMARY KEY, what TEXT)');
    db.prepare("INSERT INTO item (what) VALUES ('signed')").run();
    const cache = new ListingCache<string[]>();
    let computed = 0;
    const list = () => cache.get(db, 'all', () => (computed++, db.prepare('SELECT what FROM item').pluck().all() as string[]));
    expect(list()).toEqual(['signed']);
    expect(list()).toEqual(['signed']);
    expect(computed).toBe(1);
    db.prepare("UPDATE item SET what = 'cancelled'").run();
    expect(list()).toEqual(['cancelled']);
    db.prepare('DELETE FROM item').run();
    expect(list()).toEqual([]);
    expect(computed).toBe(3);
  });

  it('sees what another connection to the same file commits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'listing-cache-'));
    try {
      const file = path.join(dir, 'test.db');
      const db = database(file);
      db.exec('CREATE TABLE item (what TEXT)');
      const other = database(file);
      const cache = new ListingCache<number>();
      const count = () => cache.get(db, 'count', () => db.prepare('SELECT count(*) FROM item').pluck().get() as number);
      expect(count()).toBe(0);
      other.prepare("INSERT INTO item VALUES ('x')").run();
      expect(count()).toBe(1);
    } finally {
      opened.splice(0).forEach((db) => db.close());
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps answers per key, letting the least recently used go', () => {
    const db = database();
    const cache = new ListingCache<string>(2);
    let computed = 0;
    const get = (key: string) => cache.get(db, key, () => (computed++, key.toUpperCase()));
    get('a');
    get('b');
    get('a');
    get('c'); // lets b go
    expect(computed).toBe(3);
    get('a');
    expect(computed).toBe(3);
    get('b');
    expect(computed).toBe(4);
  });

  it('keeps databases apart', () => {
    const cache = new ListingCache<string>();
    const first = database();
    const second = database();
    expect(cache.get(first, 'k', () => 'first')).toBe('first');
    expect(cache.get(second, 'k', () => 'second')).toBe('second');
  });
});
