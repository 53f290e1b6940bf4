import { surfacesFor, webAppsFor } from './web-apps';

describe('which browser app each listener serves', () => {
  it('serves only the portal on the internet listener under alpha', () => {
    expect(webAppsFor('alpha', 'internet')).toEqual(['portal']);
    expect(webAppsFor('alpha', 'lgwan')).toEqual(['staff']);
    expect(webAppsFor('alpha', 'mynumber')).toEqual([]);
  });

  it('adds the staff app on the internet listener where business work is reachable', () => {
    expect(webAppsFor('beta', 'internet')).toEqual(['staff', 'portal']);
    expect(surfacesFor('beta', 'internet')).not.toContain('admin');
    expect(surfacesFor('beta-prime', 'internet')).toContain('admin');
  });
});
