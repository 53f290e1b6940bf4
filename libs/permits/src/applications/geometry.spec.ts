import { geometryProblem } from './geometry';

describe('place geometry', () => {
  it.each([
    [{ type: 'Point', coordinates: [127.68, 26.21] }, null],
    [
      {
        type: 'LineString',
        coordinates: [
          [127.68, 26.21],
          [127.69, 26.22],
        ],
      },
      null,
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      null,
    ],
    [{ type: 'Point', coordinates: [200, 26] }, '点の座標'],
    [{ type: 'LineString', coordinates: [[127.68, 26.21]] }, '線は2点以上'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 1],
            [1, 1],
            [1, 0],
          ],
        ],
      },
      '始点と終点',
    ],
    [{ type: 'Circle', coordinates: [0, 0] }, 'Point・LineString・Polygon'],
    ['here', 'GeoJSON'],
  ])('%j', (geometry, problem) => {
    const found = geometryProblem(geometry);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
