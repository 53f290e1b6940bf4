import { BusinessLinks } from './business-links';

describe('BusinessLinks', () => {
  const links = new BusinessLinks();
  links.register('document-important', (key) => `/documents/${key}`);
  links.register('goods', (key) => `/finance/commitments/${key}`, { processKeys: ['commitment-approval'] });

  it.each([
    ['document-approval', 'document-important', '12', '/documents/12'],
    ['commitment-approval', 'goods', '7', '/finance/commitments/7'],
    // A purchase request shares the business type goods but is no commitment.
    ['purchase-approval', 'goods', '7', null],
    ['generic-request', null, 'x', null],
  ])('%s / %s / %s → %s', (processKey, businessType, businessKey, link) => {
    expect(links.linkOf({ processKey, businessType, businessKey })).toBe(link);
  });
});
