/**
 * How a post is named after its unit: 総務課 + 課長 → 総務課長, 庶務係 + 係長 → 庶務係長,
 * 総務部 + 部長 → 総務部長; otherwise the two are joined (総務課 + 課長補佐 → 総務課課長補佐).
 */
export function postLabel(unitName: string, positionName: string): string {
  const last = unitName.at(-1);
  if (last !== undefined && positionName.startsWith(last) && positionName.length > 1) {
    return unitName + positionName.slice(1);
  }
  return unitName + positionName;
}
