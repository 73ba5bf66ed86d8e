/**
 * How many search shards are indexed at once (scripts/lib/shard-schedule.ts): a memory budget and the cores
 * decide, never the memory that happens to be free. At 10,000 reports two shards of 5,000 at once peaked at
 * 20.89 GiB because free memory (about 23 GiB) counted room for both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shardSchedule } from '../../scripts/lib/shard-schedule.ts';
import { searchMemoryGiB } from '../../src/config.ts';
import { indexingBytesPerReport } from '../../src/lib/search-records.ts';

const GiB = 2 ** 30;

test('10,000 reports in two shards of 5,000 are indexed one after another within the default 12 GiB, on 2 cores', () => {
  assert.equal(searchMemoryGiB, 12, 'the default budget (SEARCH_MEMORY_GIB unset)');
  const schedule = shardSchedule([5000, 5000], 12 * GiB, 2, indexingBytesPerReport);
  assert.equal(schedule.parallel, 1);
  assert.ok(schedule.parallel * schedule.shardBytes <= 12 * GiB, `${schedule.parallel} × ${(schedule.shardBytes / GiB).toFixed(1)} GiB fits 12 GiB`);
  assert.equal(schedule.overBudget, false);
});

test('the budget, not the machine, bounds the shards at once; the cores and the number of shards bound them too', () => {
  // Shards of 2,500 (about 5.4 GiB each): two fit 12 GiB, three need 24 GiB.
  assert.equal(shardSchedule([2500, 2500, 2500, 2500], 12 * GiB, 8, indexingBytesPerReport).parallel, 2);
  assert.equal(shardSchedule([2500, 2500, 2500, 2500], 24 * GiB, 8, indexingBytesPerReport).parallel, 4);
  assert.equal(shardSchedule([2500, 2500, 2500, 2500], 24 * GiB, 2, indexingBytesPerReport).parallel, 2, 'no more than the cores');
  assert.equal(shardSchedule([100], 24 * GiB, 8, indexingBytesPerReport).parallel, 1, 'no more than the shards');
  // The largest shard sets the cost of each: a short last shard does not make room for a second full one.
  assert.equal(shardSchedule([5000, 10], 12 * GiB, 2, indexingBytesPerReport).parallel, 1);
});

test('a shard larger than the budget is still indexed, alone, and says so', () => {
  const schedule = shardSchedule([5000, 5000], 8 * GiB, 2, indexingBytesPerReport);
  assert.equal(schedule.parallel, 1);
  assert.equal(schedule.overBudget, true);
});
