import { target } from './targets';

describe('target status', () => {
  it.each([
    [3, 3, 1, 'on_track'],
    [4, 3, 4 / 3, 'on_track'],
    [0.45, 0.6, 0.75, 'at_risk'],
    [0.44, 0.6, 0.44 / 0.6, 'off_track'],
    [0, 3, 0, 'off_track'],
  ] as const)('value %p against %p gives ratio %p and %p', (value, goal, ratio, status) => {
    expect(target(value, goal)).toEqual({ value, target: goal, ratio, status });
  });

  it('counts a ratio a hair below a threshold, from floating point, as reaching it', () => {
    // 0.7 / (0.1 × 7) is 0.9999999999999999 and 0.3 / 0.4 is 0.7499999999999999.
    expect(target(0.7, 0.1 * 7).status).toBe('on_track');
    expect(target(0.3, 0.4).status).toBe('at_risk');
    expect(target(0.6 - 1e-6, 0.6).status).toBe('at_risk');
    expect(target(0.75 * 0.6 - 1e-6, 0.6).status).toBe('off_track');
  });

  it('has no data when the value is null, and is met by any value when the target is 0', () => {
    expect(target(null, 0.8)).toEqual({ value: null, target: 0.8, ratio: null, status: 'no_data' });
    expect(target(0, 0)).toEqual({ value: 0, target: 0, ratio: null, status: 'on_track' });
  });
});
