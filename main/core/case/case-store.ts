/**
 * `case.json` through lowdb. lowdb's JSONFile writes through a temporary file and a rename, so
 * a crash mid-write leaves the previous version intact.
 */
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { AppError } from '../../../shared/errors.js';
import type { CaseData } from './case-data.js';
import { migrateCaseData } from './case-migrations.js';

export class CaseStore {
  private constructor(
    private readonly db: Low<CaseData>,
    readonly path: string,
  ) {}

  static async create(path: string, initial: CaseData): Promise<CaseStore> {
    const db = new Low<CaseData>(new JSONFile<CaseData>(path), initial);
    await db.write();
    return new CaseStore(db, path);
  }

  static async open(path: string): Promise<CaseStore> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new AppError('case-invalid', `Cannot read ${path}: ${(error as Error).message}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new AppError('case-invalid', `${path} is not valid JSON: ${(error as Error).message}`);
    }
    const { data, migrated } = migrateCaseData(raw, path);
    const db = new Low<CaseData>(new JSONFile<CaseData>(path), data);
    if (migrated) {
      await db.write();
    }
    return new CaseStore(db, path);
  }

  get data(): Readonly<CaseData> {
    return this.db.data;
  }

  /**
   * Applies a change and writes it. If the write fails, the in-memory copy is reloaded from disk
   * so memory never claims a decision that was not saved.
   */
  async update<T>(change: (data: CaseData) => T): Promise<T> {
    const result = change(this.db.data);
    try {
      await this.db.write();
    } catch (error) {
      const reloaded = await CaseStore.open(this.path);
      this.db.data = reloaded.db.data;
      throw new AppError('internal', `Could not save ${this.path}: ${(error as Error).message}`);
    }
    return result;
  }
}
