import type { PlaceGeometry } from '../applications/geometry';
import { DEMO_FEE_AREAS } from '../seed/demo-fee-areas';
import { feeDistrictOf, type FeeAreaTable } from './fee-district';

const square = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** A 10×10 grid: 1級地 in the middle (4–6), 2級地 around it (2–8) with a 3級地 park (hole) at 7–8. */
const GRID: FeeAreaTable = {
  version: 'T',
  effectiveFrom: '2024-04-01',
  defaultDistrict: 3,
  areas: [
    { name: 'centre', feeDistrict: 1, polygon: [square(4, 4, 6, 6)] },
    { name: 'ring', feeDistrict: 2, polygon: [square(2, 2, 8, 8), square(7, 7, 7.9, 7.9)] },
  ],
};

const point = (x: number, y: number): PlaceGeometry => ({ type: 'Point', coordinates: [x, y] });
const line = (...coordinates: [number, number][]): PlaceGeometry => ({ type: 'LineString', coordinates });
const polygon = (x0: number, y0: number, x1: number, y1: number): PlaceGeometry => ({
  type: 'Polygon',
  coordinates: [square(x0, y0, x1, y1)],
});

describe('the 級地 of a place', () => {
  it.each<[string, PlaceGeometry, number]>([
    ['a point in the centre', point(5, 5), 1],
    ['a point on the centre’s boundary takes the higher-priced district', point(4, 5), 1],
    ['a point in the ring', point(3, 3), 2],
    ['a point outside every area', point(9, 9), 3],
    ['a point in the hole of the ring', point(7.5, 7.5), 3],
    ['a point on the hole’s edge is still in the ring', point(7, 7.5), 2],
    ['a line wholly in the ring', line([2.5, 3], [3.5, 3]), 2],
    ['a line from outside into the ring', line([0, 3], [2.5, 3]), 2],
    ['a line passing through the centre with no vertex in it', line([3, 5], [7, 5]), 1],
    ['a line crossing a corner of the ring only', line([1, 3.5], [3.5, 1]), 2],
    ['a line passing just outside the ring’s corner', line([1, 2.5], [2.5, 1]), 3],
    ['a line ending exactly on the ring’s boundary', line([0, 3], [2, 3]), 2],
    ['a line outside every area', line([0, 0], [1, 9]), 3],
    ['a polygon inside the centre', polygon(4.5, 4.5, 5, 5), 1],
    ['a polygon overlapping ring and outside', polygon(0, 0, 3, 3), 2],
    ['a polygon containing the whole centre', polygon(3, 3, 7, 7), 1],
    ['a polygon sharing an edge with the ring', polygon(0, 3, 2, 4), 2],
    ['a polygon outside every area', polygon(8.5, 8.5, 9.5, 9.5), 3],
    ['a polygon in the hole of the ring', polygon(7.2, 7.2, 7.5, 7.5), 3],
  ])('%s', (_name, place, expected) => {
    expect(feeDistrictOf(GRID, place)).toBe(expected);
  });

  it.each<[string, PlaceGeometry, number]>([
    ['the demo 港町 centre', point(127.681, 26.212), 1],
    ['the demo 泊 area', point(127.67, 26.23), 2],
    ['the demo 久茂地 area', point(127.7, 26.21), 2],
    ['a pipe from 久茂地 into the centre', line([127.7, 26.21], [127.685, 26.21]), 1],
    ['the outskirts', point(127.75, 26.25), 3],
  ])('on the demo grid: %s', (_name, place, expected) => {
    expect(feeDistrictOf(DEMO_FEE_AREAS, place)).toBe(expected);
  });
});
