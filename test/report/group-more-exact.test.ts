// targetGroup without a ledger: a user or a device is keyed by its id (a user's lower-cased) and comes
// first among its kind, as there is no ledger order to place it by.
import { targetGroup } from '../../src/report/group';

describe('targetGroup without a ledger', () => {
  it('keys a user by the lower-cased mcs_id and a device by its id, both at order 0', () => {
    expect(targetGroup({ kind: 'user', id: 'Tanaka@X.jp', label: '田中 美咲' }, undefined)).toEqual({ key: 'user:tanaka@x.jp', kind: 'user', order: 0 });
    expect(targetGroup({ kind: 'device', id: 'PC-01', label: 'PC-01' }, undefined)).toEqual({ key: 'device:PC-01', kind: 'device', order: 0 });
  });
});
