import { InvalidInputError } from '@ringi/platform';

/** The place of an occupation as GeoJSON: a point (pole), a line (pipe, cable) or a polygon (sign, scaffold). */
export type PlaceGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'Polygon'; coordinates: [number, number][][] };

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) &&
  p.length === 2 &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

/** A message when the value is not a usable GeoJSON geometry, or null. Rings must close. */
export function geometryProblem(value: unknown): string | null {
  const g = value as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return '位置はGeoJSONのジオメトリで指定してください';
  switch (g.type) {
    case 'Point':
      return isPosition(g.coordinates) ? null : '点の座標は [経度, 緯度] で指定してください';
    case 'LineString':
      return Array.isArray(g.coordinates) && g.coordinates.length >= 2 && g.coordinates.every(isPosition)
        ? null
        : '線は2点以上の [経度, 緯度] で指定してください';
    case 'Polygon': {
      const rings = g.coordinates;
      const ok =
        Array.isArray(rings) &&
        rings.length >= 1 &&
        rings.every(
          (ring) =>
            Array.isArray(ring) &&
            ring.length >= 4 &&
            ring.every(isPosition) &&
            ring[0][0] === ring[ring.length - 1][0] &&
            ring[0][1] === ring[ring.length - 1][1],
        );
      return ok ? null : '面は始点と終点が同じ4点以上の [経度, 緯度] で指定してください';
    }
    default:
      return '位置の種類は Point・LineString・Polygon のいずれかです';
  }
}

/** The value as a place, or 400 with the geometry's problem. */
export function placeOf(value: unknown): PlaceGeometry {
  const problem = geometryProblem(value);
  if (problem) throw new InvalidInputError('位置が正しくありません。', [{ field: 'geometry', messages: [problem] }]);
  return value as PlaceGeometry;
}
