import { Injectable } from '@nestjs/common';

/**
 * Counts the changes, made in this process, to what a submit looks up: catalog items and which version of a flow
 * is published. A reader that remembers such a lookup keeps the count it read under, and reads again once the
 * count has moved. Another process's changes are not counted here; its readers bound that by time.
 */
@Injectable()
export class CatalogChanges {
  private count = 0;

  get current(): number {
    return this.count;
  }

  /** Called after the change has committed, so a read that follows it sees the change. */
  changed(): void {
    this.count++;
  }
}
