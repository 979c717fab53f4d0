import { beforeEach, describe, expect, it } from 'vitest';
import { peekContent } from '../content';
import type { LimitsDb } from '../../platform/db/db';
import { freshDb } from '../../../tests/unit/render-app';
import { getCurrentRun } from './get-current-run';
import { listCurrentRuns } from './list-current-runs';
import { listRuns } from './list-runs';
import { restartRun } from './restart-run';
import { toggleStep, UnknownStepError } from './toggle-step';

let db: LimitsDb;
beforeEach(async () => {
  db = await freshDb();
});

const at = (minute: number) => new Date(Date.UTC(2025, 4, 3, 14, minute));

describe('checklist runs', () => {
  it('creates the run on the first tick, and a second toggle unticks', async () => {
    expect(await getCurrentRun('referral-cej')).toBeUndefined();

    const first = await toggleStep('referral-cej', 'consent', at(0));
    expect(first).toMatchObject({
      checklistId: 'referral-cej',
      ticked: ['consent'],
      startedAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
    });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);

    const second = await toggleStep('referral-cej', 'consent', at(5));
    expect(second).toMatchObject({ id: first.id, ticked: [], startedAt: at(0).toISOString() });
    expect(second.updatedAt).toBe(at(5).toISOString());
    expect(await db.checklistRuns.count()).toBe(1);
  });

  it('applies quick taps one after the other', async () => {
    await Promise.all([
      toggleStep('referral-cej', 'explain'),
      toggleStep('referral-cej', 'consent'),
      toggleStep('referral-cej', 'cej-plan'),
    ]);
    const run = await getCurrentRun('referral-cej');
    expect([...(run?.ticked ?? [])].sort()).toEqual(['cej-plan', 'consent', 'explain']);
    expect(await db.checklistRuns.count()).toBe(1);
  });

  it('refuses a step the checklist does not have, and stores nothing', async () => {
    await expect(toggleStep('referral-cej', 'no-such-step')).rejects.toBeInstanceOf(UnknownStepError);
    await expect(toggleStep('no-such-list', 'consent')).rejects.toBeInstanceOf(UnknownStepError);
    expect(await db.checklistRuns.count()).toBe(0);
  });

  it('restart archives the current run, keeps it as history and starts afresh on the next tick', async () => {
    const first = await toggleStep('referral-cej', 'explain', at(0));
    await toggleStep('referral-cej', 'consent', at(1));

    const archived = await restartRun('referral-cej', at(2));
    expect(archived).toMatchObject({ id: first.id, archivedAt: at(2).toISOString() });
    expect(await getCurrentRun('referral-cej')).toBeUndefined();

    const next = await toggleStep('referral-cej', 'explain', at(3));
    expect(next.id).not.toBe(first.id);
    expect(next.ticked).toEqual(['explain']);

    const runs = await listRuns('referral-cej');
    expect(runs.map((run) => run.id)).toEqual([next.id, first.id]);
    expect(runs[1]).toMatchObject({ ticked: ['explain', 'consent'], archivedAt: at(2).toISOString() });
  });

  it('restart with nothing in progress does nothing', async () => {
    expect(await restartRun('referral-cej')).toBeUndefined();
    expect(await db.checklistRuns.count()).toBe(0);
  });

  it('keeps the runs of each checklist apart', async () => {
    await toggleStep('referral-cej', 'consent');
    await toggleStep('rao-procedure', peekContent('en')?.checklistsById.get('rao-procedure')?.steps[0]?.id ?? '');
    await restartRun('rao-procedure');

    expect((await getCurrentRun('referral-cej'))?.ticked).toEqual(['consent']);
    expect(await getCurrentRun('referral-epide')).toBeUndefined();
    expect(await listRuns('referral-epide')).toEqual([]);
    const current = await listCurrentRuns();
    expect([...current.keys()]).toEqual(['referral-cej']);
  });

  it('checks the step against the page language, whose step ids are the same', async () => {
    const run = await toggleStep('referral-cej', 'consent', at(0), 'fr');
    expect(run.ticked).toEqual(['consent']);
    await expect(toggleStep('referral-cej', 'no-such-step', at(1), 'fr')).rejects.toBeInstanceOf(UnknownStepError);
  });
});
