import type { FeeAreaTable } from '../fee-areas/fee-district';

const box = (west: number, south: number, east: number, north: number): [number, number][][] => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

/**
 * みなと市 級地の区域 (demo): on the demo grid around the city hall (127.68 E, 26.21 N). The 港町 centre is
 * 1級地, the ring of 泊・久茂地 around it 2級地, everything else in the city 3級地. Not any real city's areas.
 */
export const DEMO_FEE_AREAS: FeeAreaTable = {
  version: 'R6',
  effectiveFrom: '2024-04-01',
  defaultDistrict: 3,
  areas: [
    { name: '港町中心地区', feeDistrict: 1, polygon: box(127.675, 26.205, 127.69, 26.22) },
    { name: '泊地区', feeDistrict: 2, polygon: box(127.66, 26.22, 127.69, 26.235) },
    { name: '久茂地地区', feeDistrict: 2, polygon: box(127.69, 26.2, 127.705, 26.22) },
  ],
};
