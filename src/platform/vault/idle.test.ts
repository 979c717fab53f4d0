import { describe, expect, it, vi } from 'vitest';
import { fakeIdleClock as fakeClock } from '../../../tests/unit/fake-idle-clock';
import { createIdleTimer, idleElapsedMs, isIdleExpired, msUntilIdleLock, type Instant } from './idle';

const at = (wall: number, mono: number): Instant => ({ wall, mono });

describe('idle deadline (pure)', () => {
  const last = at(10_000, 500);

  it('counts from the last activity and expires exactly at the timeout', () => {
    expect(msUntilIdleLock(at(10_000, 500), last, 60_000)).toBe(60_000);
    expect(msUntilIdleLock(at(69_999, 59_999 + 500), last, 60_000)).toBe(1);
    expect(isIdleExpired(at(69_999, 59_999 + 500), last, 60_000)).toBe(false);
    expect(isIdleExpired(at(70_000, 60_000 + 500), last, 60_000)).toBe(true);
    expect(msUntilIdleLock(at(999_999, 999_999), last, 60_000)).toBe(0);
  });

  it('a phone that slept (monotonic clock stopped) still expires by the wall clock', () => {
    expect(idleElapsedMs(at(10_000 + 3_600_000, 600), last)).toBe(3_600_000);
    expect(isIdleExpired(at(10_000 + 3_600_000, 600), last, 60_000)).toBe(true);
  });

  it('a wall clock set back does not keep the vault open: the monotonic clock still counts', () => {
    expect(isIdleExpired(at(10_000 - 86_400_000, 500 + 60_000), last, 60_000)).toBe(true);
    expect(isIdleExpired(at(10_000 - 86_400_000, 500 + 59_000), last, 60_000)).toBe(false);
  });
});

describe('idle timer', () => {
  it('fires once after the timeout without activity, then stays stopped until started again', () => {
    const clock = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle }, clock);
    timer.start();
    clock.advance(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    clock.advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(timer.running).toBe(false);
    clock.advance(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.start();
    clock.advance(60_000);
    expect(onIdle).toHaveBeenCalledTimes(2);
  });

  it('activity pushes the deadline back', () => {
    const clock = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle }, clock);
    timer.start();
    for (let i = 0; i < 10; i++) {
      clock.advance(50_000);
      timer.touch();
    }
    expect(onIdle).not.toHaveBeenCalled();
    clock.advance(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('check() locks at once on wake when the wall clock says the time has passed', () => {
    const clock = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle }, clock);
    timer.start();
    clock.sleep(3_600_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stop() cancels; a shorter timeout applies at once; invalid timeouts are refused', () => {
    const clock = fakeClock();
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle }, clock);
    timer.start();
    timer.stop();
    clock.advance(120_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.start();
    clock.advance(30_000);
    timer.setTimeoutMs(20_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => timer.setTimeoutMs(bad)).toThrow(RangeError);
      expect(() => createIdleTimer({ timeoutMs: bad, onIdle }, clock)).toThrow(RangeError);
    }
  });
});
