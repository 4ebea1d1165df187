import { join } from 'node:path';
import { checkListDefinitions } from './check-lists';

const messages = (dir: string) => checkListDefinitions(dir).map((f) => `${f.file}: ${f.message}`);

describe('contact list definitions (lists/*.json, bodies of POST /crm/v3/lists/)', () => {
  it('are dynamic contact lists over the properties the app creates', () => {
    expect(messages(join(__dirname, '..', '..', 'lists'))).toEqual([]);
  });

  it('the check reports a property the app does not create, an unknown operator and another object', () => {
    expect(messages(join(__dirname, 'fixtures', 'lists-bad'))).toEqual([
      'bad.json: objectTypeId: 0-2 is not contacts (0-1)',
      'bad.json: filterBranch.filterBranches[0].filters[0].property: ma_mql_typo is not a contact property the app creates',
      'bad.json: filterBranch.filterBranches[0].filters[1].operation: IS_SET is not an operator of ALL_PROPERTY',
    ]);
  });
});
