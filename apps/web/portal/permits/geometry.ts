import type { GeometryType, PlaceGeometry, Position } from './types';

/** The GeoJSON of drawn vertices; a polygon's ring is closed here, so people never draw the last point twice. */
export function geometryOf(type: GeometryType, vertices: Position[]): PlaceGeometry {
  if (type === 'Point') return { type, coordinates: vertices[0] ?? [Number.NaN, Number.NaN] };
  if (type === 'LineString') return { type, coordinates: vertices };
  return { type, coordinates: [vertices.length > 0 ? [...vertices, vertices[0]] : []] };
}

/** The vertices one draws or types, from a stored geometry (the closing point of a ring left out). */
export function verticesOf(geometry: PlaceGeometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  return geometry.coordinates[0]?.slice(0, -1) ?? [];
}

/** Fewest vertices a shape needs, for the message before submitting. */
export const MIN_VERTICES: Record<GeometryType, number> = { Point: 1, LineString: 2, Polygon: 3 };

/** Six decimals of a degree are about 10 cm: finer than any drawing on a screen. */
export const roundDegrees = (n: number) => Math.round(n * 1e6) / 1e6;
