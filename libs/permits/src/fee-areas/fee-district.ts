import type { PlaceGeometry } from '../applications/geometry';

type Position = readonly [number, number];

/** One area of a 級地: a GeoJSON polygon (outer ring, then holes). */
export interface FeeArea {
  name: string;
  feeDistrict: number;
  polygon: readonly (readonly Position[])[];
}

/** A version of the area table (級地の区域), in force from a date, like the fee tables. */
export interface FeeAreaTable {
  version: string;
  effectiveFrom: string;
  /** The 級地 of every place outside all areas. */
  defaultDistrict: number;
  areas: readonly FeeArea[];
}

/**
 * The 級地 of a place. A place that reaches into several areas (a pipe under two districts, a scaffold on a
 * boundary) takes the highest-priced one, as the ordinances modelled on 道路法施行令別表 say for objects
 * spanning 級地: 1級地 is the highest-priced, so the lowest number among the areas touched wins. Touching
 * the boundary counts. A place in no area is in the table's default district.
 */
export function feeDistrictOf(table: FeeAreaTable, place: PlaceGeometry): number {
  const touched = table.areas.filter((area) => touches(area.polygon, place)).map((a) => a.feeDistrict);
  return touched.length > 0 ? Math.min(...touched) : table.defaultDistrict;
}

/** Whether a place has any point in common with a polygon (boundary included). */
export function touches(polygon: readonly (readonly Position[])[], place: PlaceGeometry): boolean {
  switch (place.type) {
    case 'Point':
      return inPolygon(polygon, place.coordinates);
    case 'LineString':
      return lineTouches(polygon, place.coordinates);
    case 'Polygon':
      // Crossing or touching edges, the place inside the area, or the area inside the place.
      return (
        place.coordinates.some((ring) => lineTouches(polygon, ring)) ||
        polygon[0].some((p) => inPolygon(place.coordinates, p))
      );
  }
}

function lineTouches(polygon: readonly (readonly Position[])[], line: readonly Position[]): boolean {
  if (line.some((p) => inPolygon(polygon, p))) return true;
  return segments(line).some(([a, b]) =>
    polygon.some((ring) => segments(ring).some(([c, d]) => intersect(a, b, c, d))),
  );
}

/** Inside the outer ring (boundary included) and not strictly inside a hole. */
function inPolygon(polygon: readonly (readonly Position[])[], p: Position): boolean {
  const [outer, ...holes] = polygon;
  if (!inRing(outer, p)) return false;
  return !holes.some((hole) => inRing(hole, p) && !onRing(hole, p));
}

function inRing(ring: readonly Position[], p: Position): boolean {
  if (onRing(ring, p)) return true;
  let inside = false;
  for (const [a, b] of segments(ring)) {
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      inside = !inside;
    }
  }
  return inside;
}

function onRing(ring: readonly Position[], p: Position): boolean {
  return segments(ring).some(([a, b]) => cross(a, b, p) === 0 && onSegment(a, b, p));
}

function segments(points: readonly Position[]): Array<[Position, Position]> {
  return points.slice(1).map((p, i) => [points[i], p]);
}

function cross(a: Position, b: Position, p: Position): number {
  return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function intersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = Math.sign(cross(c, d, a));
  const d2 = Math.sign(cross(c, d, b));
  const d3 = Math.sign(cross(a, b, c));
  const d4 = Math.sign(cross(a, b, d));
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}
