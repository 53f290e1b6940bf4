import type { Position } from './types';

/**
 * The demo city's road network around 港町, drawn as the map's base layer: the map needs no tiles from the
 * internet, so it works on any listener and in a closed network.
 */
export interface MapRoad {
  name: string;
  kind: 'prefectural' | 'municipal';
  path: Position[];
}

/** [west, south, east, north] in degrees: the city centre and the 級地 areas around it. */
export const MAP_BOUNDS: [number, number, number, number] = [127.66, 26.2, 127.705, 26.235];

const eastWest = (name: string, lat: number): MapRoad => ({
  name,
  kind: 'municipal',
  path: [
    [127.66, lat],
    [127.705, lat],
  ],
});
const northSouth = (name: string, lon: number): MapRoad => ({
  name,
  kind: 'municipal',
  path: [
    [lon, 26.2],
    [lon, 26.235],
  ],
});

export const DEMO_ROADS: readonly MapRoad[] = [
  {
    name: '県道みなと環状線',
    kind: 'prefectural',
    path: [
      [127.66, 26.203],
      [127.6775, 26.2095],
      [127.6865, 26.2185],
      [127.705, 26.2275],
    ],
  },
  eastWest('市道港町1号線', 26.212),
  eastWest('市道港町2号線', 26.2165),
  eastWest('市道泊線', 26.228),
  northSouth('市道本町線', 127.681),
  northSouth('市道西浜線', 127.6675),
  northSouth('市道東通り線', 127.6955),
];
